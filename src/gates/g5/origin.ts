import type { Check, EvidenceRecord, RunContext } from '../../contract/types.js'
import type { ArtifactInfo, WorkflowRunInfo, WorkflowRuns } from '../../contract/workflow-runs.js'
import { artifactDigest, evidenceInArtifact } from './artifact-zip.js'
import type { ChainLink } from './chain.js'
import type { ReleasePolicy } from './policy.js'

/** Where G5 itself runs and what it trusts: from the run context, ssot/release.json and the release. */
export interface OriginRules {
  run: RunContext
  policy: ReleasePolicy
  policyFile: string
  /** The release's tag (for messages; a run is not trusted by its name: see runProblems). */
  releaseTag: string
  modelDigest: string
}

/** An evidence artifact holds one evidence record and two reports; anything far larger is not one. */
const MAX_ARTIFACT_BYTES = 256 * 1024 * 1024

const checkBase = (link: ChainLink, file: string) => ({
  id: `G5.origin.${link.gate}`,
  rule: 'trusted-origin',
  variable: link.gate,
  severity: 'block' as const,
  source: { file },
})

/**
 * `G5.origin.<GATE>` outside Actions: the evidence was read from the local
 * registry, and the check says so (there is no workflow run to verify).
 */
export function localOrigin(link: ChainLink, registryKind: string, where: string): Check {
  const base = checkBase(link, link.file)
  if (registryKind !== 'local')
    return {
      ...base,
      value: registryKind,
      status: 'error',
      message: `Outside GitHub Actions G5 trusts only evidence read from a local registry, and this one is ${registryKind}`,
    }
  return {
    ...base,
    value: 'local-registry',
    status: 'pass',
    message: `Local release: the ${link.gate} evidence was read from the local registry (${where}); no workflow run to verify`,
    details: { origin: 'local-registry', evidenceMode: link.verified?.context.mode ?? null },
  }
}

/**
 * The workflow file of a run's `path`: GitHub answers `<file>@<ref>`, and
 * sometimes `<owner>/<repo>/<file>@<ref>`; a prefix naming another repository
 * is kept, so it never matches a trusted file of this one.
 */
export function workflowFile(path: string, repository: string | undefined): string {
  const file = path.replace(/@[^@]*$/, '')
  return repository && file.startsWith(`${repository}/`) ? file.slice(repository.length + 1) : file
}

/** What is wrong with a workflow run as the origin of evidence (none: trusted). */
export function runProblems(
  run: WorkflowRunInfo,
  evidence: EvidenceRecord,
  rules: OriginRules,
  defaultBranch: string,
): string[] {
  const problems: string[] = []
  const repo = rules.run.repository
  if (run.repository !== repo)
    problems.push(`run ${run.id} belongs to ${run.repository}, not ${repo}`)
  if (run.headRepository !== repo)
    problems.push(
      `run ${run.id} ran code from ${run.headRepository ?? 'an unknown repository'} (a fork), not ${repo}`,
    )
  if (run.event === 'pull_request_target')
    problems.push(`run ${run.id} was triggered by pull_request_target`)
  const file = workflowFile(run.path, repo)
  if (!rules.policy.trustedWorkflows.includes(file))
    problems.push(
      `run ${run.id} ran ${file}, not a trusted workflow (${rules.policy.trustedWorkflows.join(', ')} in ${rules.policyFile})`,
    )
  const branch = run.headBranch ?? ''
  // Not the release tag: the release is a draft, so the tag does not exist yet, and a run's
  // head_branch cannot tell a tag from a branch given its name. Only refs the policy names.
  const refs = [defaultBranch, ...(rules.policy.releaseRefs ?? [])]
  const onRef = refs.some((r) =>
    r.endsWith('*') ? branch.startsWith(r.slice(0, -1)) : branch === r,
  )
  if (!onRef)
    problems.push(
      `run ${run.id} ran on ${branch ? `"${branch}"` : 'no branch'}, not the default branch (${defaultBranch}) or a releaseRefs entry of ${rules.policyFile}`,
    )
  if (evidence.context.sha && run.headSha !== evidence.context.sha)
    problems.push(
      `run ${run.id} ran commit ${run.headSha}, the evidence names ${evidence.context.sha}`,
    )
  return problems
}

/**
 * The artifact of the run that carries this evidence: named
 * `modelgate-<gate>-<model digest, 12 hex>-…` (src/publish/github/artifact.ts),
 * its zip's digest equal to the one GitHub recorded, and holding an evidence
 * file whose digest is the registry's. Returns the problems found (none: trusted).
 */
async function artifactProblems(
  runs: WorkflowRuns,
  evidence: EvidenceRecord,
  rules: OriginRules,
): Promise<{ problems: string[]; artifact?: ArtifactInfo }> {
  const runId = evidence.context.runId!
  const prefix = `modelgate-${evidence.gate}-${rules.modelDigest.slice(0, 12)}-`
  const candidates = (await runs.artifacts(runId)).filter((a) => a.name.startsWith(prefix))
  if (candidates.length === 0)
    return { problems: [`run ${runId} uploaded no artifact named ${prefix}…`] }
  const problems: string[] = []
  for (const artifact of candidates) {
    if (artifact.expired) {
      problems.push(`artifact ${artifact.name} (${artifact.id}) has expired`)
      continue
    }
    if (artifact.sizeInBytes > MAX_ARTIFACT_BYTES) {
      problems.push(
        `artifact ${artifact.name} (${artifact.id}) is ${artifact.sizeInBytes} bytes, over the ${MAX_ARTIFACT_BYTES} G5 downloads`,
      )
      continue
    }
    if (!artifact.digest) {
      problems.push(`GitHub records no digest for artifact ${artifact.name} (${artifact.id})`)
      continue
    }
    const zip = await runs.downloadArtifact(artifact.id)
    const computed = artifactDigest(zip)
    if (computed !== artifact.digest) {
      problems.push(
        `artifact ${artifact.name} (${artifact.id}) has digest ${computed}, GitHub recorded ${artifact.digest}`,
      )
      continue
    }
    const text = evidenceInArtifact(zip, evidence.gate)
    let digest: unknown
    try {
      digest = text === undefined ? undefined : (JSON.parse(text) as EvidenceRecord).digest?.value
    } catch {
      digest = undefined
    }
    if (digest === evidence.digest.value) return { problems: [], artifact }
    problems.push(
      `artifact ${artifact.name} (${artifact.id}) holds ${text === undefined ? `no readable ${evidence.gate}.evidence.json` : `evidence with digest ${String(digest)}`}, not the released ${evidence.digest.value}`,
    )
  }
  return { problems }
}

/**
 * `G5.origin.<GATE>` in Actions: the evidence was judged in a workflow run of
 * this repository that exists, ran a trusted workflow file on the default
 * branch or a releaseRefs entry (not a fork, not pull_request_target), and its
 * artifact has the digest GitHub reports and holds this very evidence.
 */
export async function actionsOrigin(
  link: ChainLink,
  runs: WorkflowRuns,
  rules: OriginRules,
  defaultBranch: () => Promise<string>,
): Promise<Check | undefined> {
  const evidence = link.verified
  if (!evidence) return undefined
  const base = checkBase(link, link.file)
  const c = evidence.context
  const refuse = (
    value: string,
    message: string,
    details: Record<string, unknown> = {},
  ): Check => ({
    ...base,
    value,
    status: 'fail',
    message,
    details,
  })
  if (c.mode !== 'actions' || !c.runId)
    return refuse(
      'no workflow run',
      `The ${link.gate} evidence was judged in a ${c.mode} run, not in a workflow run of ${rules.run.repository}`,
    )
  if (c.repository !== rules.run.repository)
    return refuse(
      'another repository',
      `The ${link.gate} evidence was judged for ${String(c.repository)}, not ${rules.run.repository}`,
    )
  const run = await runs.run(c.runId)
  if (!run)
    return refuse(
      'no such run',
      `Workflow run ${c.runId} named by the ${link.gate} evidence does not exist in ${rules.run.repository}`,
    )
  const details = { runId: run.id, runUrl: run.htmlUrl, workflow: run.path, event: run.event }
  const problems = runProblems(run, evidence, rules, await defaultBranch())
  if (problems.length > 0)
    return refuse(
      'untrusted run',
      `The ${link.gate} evidence is not from a trusted run: ${problems.join('; ')}`,
      details,
    )
  const found = await artifactProblems(runs, evidence, rules)
  if (found.problems.length > 0)
    return refuse(
      'untrusted artifact',
      `The ${link.gate} evidence does not match an artifact of run ${run.id}: ${found.problems.join('; ')}`,
      details,
    )
  return {
    ...base,
    value: 'workflow-run',
    status: 'pass',
    message: `${link.gate} judged in run ${run.id} (${workflowFile(run.path, rules.run.repository)}, ${run.event} on ${run.headBranch ?? '?'}); artifact ${found.artifact!.name} matches GitHub's digest ${found.artifact!.digest}`,
    details: { ...details, artifactId: found.artifact!.id, artifactDigest: found.artifact!.digest },
  }
}
