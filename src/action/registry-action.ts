import * as core from '@actions/core'
import { InputError, formatProblem, toProblems } from '../contract/errors.js'
import type { Actor, Registry } from '../contract/registry.js'
import type { EvidenceRecord } from '../contract/types.js'
import { buildEvidence } from '../engine/evidence.js'
import { runContextFromEnv } from '../engine/run-context.js'
import { exitCodeFor } from '../engine/run-gate.js'
import type { GateServices } from '../engine/gate.js'
import { createGitHubClient } from '../github/octokit.js'
import { Workspace } from '../io/workspace.js'
import type { ReportFiles } from '../report/files.js'
import { writeReportFiles } from '../report/files.js'
import { renderMarkdown } from '../report/markdown.js'
import { attachGateEvidence, registerCandidate } from '../registry/candidate.js'
import { openIncident } from '../registry/github/incident.js'
import { releaseTag } from '../registry/lifecycle.js'
import { openRegistry, parseRegistryKind } from '../registry/open.js'
import { rollbackModel } from '../registry/rollback.js'
import { Ssot } from '../ssot/ssot.js'
import { setErrorOutputs, setGateOutputs } from './outputs.js'

/** The registry the Action inputs name: `registry` (github by default) and `registry-path`. */
export async function registryFromInputs(
  fallback: 'github' | undefined,
): Promise<Registry | undefined> {
  const raw = core.getInput('registry').trim()
  if (raw === '' && !fallback) return undefined
  const kind = parseRegistryKind(raw || fallback!, 'input registry')
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/')
  const token = core.getInput('github-token')
  return openRegistry({
    kind,
    source: 'input registry',
    path: core.getInput('registry-path') || undefined,
    ...(kind === 'github'
      ? {
          github: {
            client: createGitHubClient(requireToken(token), {
              ...(process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}),
              log: (m) => core.info(m),
            }),
            owner: requirePart(owner),
            repo: requirePart(repo),
            ...(process.env.GITHUB_SHA ? { targetCommitish: process.env.GITHUB_SHA } : {}),
          },
        }
      : {}),
  })
}

/**
 * What the gates may read from the registry (G1's `models:/<name>@champion`
 * baseline): the registry the `registry` input names, if any. A registry that
 * cannot be opened is logged and left out; a gate that needs it then says so.
 */
export async function gateServicesFromInputs(): Promise<GateServices> {
  try {
    const registry = await registryFromInputs(undefined)
    return registry ? { registry } : {}
  } catch (error) {
    for (const p of toProblems(error)) core.error(`registry: ${formatProblem(p)}`)
    return {}
  }
}

function requireToken(token: string): string {
  if (!token)
    throw new InputError({
      message: 'The GitHub registry needs a token',
      expected: 'input github-token (default: github.token) with `permissions: contents: write`',
      found: 'no token',
    })
  return token
}

function requirePart(part: string | undefined): string {
  if (!part)
    throw new InputError({
      message: 'The GitHub registry needs the repository',
      expected: 'GITHUB_REPOSITORY (owner/name), as in every workflow run',
      found: 'none',
    })
  return part
}

function actorFromEnv(): Actor {
  const c = runContextFromEnv(process.env)
  const runUrl =
    c.serverUrl && c.repository && c.runId
      ? `${c.serverUrl}/${c.repository}/actions/runs/${c.runId}`
      : undefined
  return {
    ...(c.actor ? { login: c.actor } : {}),
    ...(c.runId ? { runId: c.runId } : {}),
    ...(runUrl ? { runUrl } : {}),
  }
}

/** `gate: candidate` and `gate: rollback`: commands beside the gates. Returns the exit code. */
export async function runRegistryAction(command: 'candidate' | 'rollback'): Promise<number> {
  try {
    return command === 'candidate' ? await candidate() : await rollback()
  } catch (error) {
    for (const p of toProblems(error)) core.error(formatProblem(p))
    setErrorOutputs()
    core.setFailed(`modelgate ${command}: error, see the errors above`)
    return 2
  }
}

const workspaceRoot = () => process.env.GITHUB_WORKSPACE ?? process.cwd()
const ssotInput = () => core.getInput('ssot') || 'ssot'

async function candidate(): Promise<number> {
  const registry = (await registryFromInputs('github'))!
  const { version } = await registerCandidate({
    registry,
    workspaceRoot: workspaceRoot(),
    ssotPath: ssotInput(),
    actor: actorFromEnv(),
  })
  const tag = releaseTag(version.model, version.version)
  core.setOutput('status', 'pass')
  core.setOutput('passed', 'true')
  core.setOutput('candidate-tag', tag)
  core.setOutput('release-tag', tag)
  core.setOutput('release-url', version.url ?? '')
  core.setOutput('model-digest', version.modelDigest)
  core.info(
    `Candidate ${tag} (${version.state}), model sha256 ${version.modelDigest}: ${version.files.map((f) => f.name).join(', ')}`,
  )
  return 0
}

async function rollback(): Promise<number> {
  const registry = (await registryFromInputs('github'))!
  const config = await new Ssot(new Workspace(workspaceRoot()), ssotInput()).model()
  const context = runContextFromEnv(process.env)
  const started = new Date()
  const actor = actorFromEnv()
  const to = core.getInput('to').trim()
  const { outcome, moved } = await rollbackModel({
    registry,
    model: config.name,
    ...(to ? { to } : {}),
    reason: core.getInput('reason'),
    actor,
  })
  // The evidence digest the incident names is known only once built: build, open the issue, then record its URL.
  let evidence = buildEvidence('rollback', outcome, context, started, new Date())
  let incidentUrl = ''
  if (moved && registry.kind === 'github') {
    const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '/').split('/') as [string, string]
    const client = createGitHubClient(core.getInput('github-token'), {
      ...(process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}),
      log: (m) => core.info(m),
    })
    const incident = await openIncident(client, owner, repo, {
      model: config.name,
      fromVersion: moved.from.version,
      toVersion: moved.to.version,
      fromTag: moved.fromTag,
      toTag: moved.toTag,
      ...(moved.from.url ? { fromUrl: moved.from.url } : {}),
      ...(moved.to.url ? { toUrl: moved.to.url } : {}),
      reason: core.getInput('reason'),
      ...(actor.login ? { actor: actor.login } : {}),
      ...(actor.runUrl ? { runUrl: actor.runUrl } : {}),
      modelDigest: moved.to.modelDigest,
      evidenceDigest: evidence.digest.value,
      ...(config.owner.github ? { ownerLogin: config.owner.github } : {}),
    })
    for (const w of incident.warnings) core.warning(w)
    incidentUrl = incident.url ?? ''
    if (incident.url) {
      outcome.report.incident = {
        url: incident.url,
        number: incident.number,
        created: incident.created,
      }
      evidence = buildEvidence('rollback', outcome, context, started, new Date())
    }
  }
  const files = await writeReportFiles(
    evidence,
    core.getInput('report-dir') || `${process.env.RUNNER_TEMP ?? '.'}/modelgate`,
  )
  setGateOutputs(evidence, files, {})
  core.setOutput('rolled-back-to', moved?.toTag ?? '')
  core.setOutput('rolled-back-from', moved?.fromTag ?? '')
  core.setOutput('rolled-back-model-digest', moved?.to.modelDigest ?? '')
  core.setOutput('release-tag', moved?.toTag ?? '')
  core.setOutput('release-url', moved?.to.url ?? '')
  core.setOutput('model-digest', moved?.to.modelDigest ?? '')
  core.setOutput('incident-url', incidentUrl)
  if (process.env.GITHUB_STEP_SUMMARY)
    await core.summary.addRaw(renderMarkdown(evidence), true).write()
  for (const p of evidence.problems) core.error(formatProblem(p))
  const code = exitCodeFor(evidence.status)
  if (code !== 0) core.setFailed(`rollback: ${evidence.status}. ${evidence.summary}`)
  else core.info(evidence.summary)
  return code
}

/** `registry-attach: true`: after a gate wrote its files, attach them to the candidate. Returns false on failure (reported). */
export async function attachAfterGate(
  evidence: EvidenceRecord,
  files: ReportFiles,
): Promise<boolean> {
  const raw = core.getInput('registry-attach').trim().toLowerCase()
  if (raw === '' || raw === 'false') return true
  try {
    if (raw !== 'true')
      throw new InputError({
        message: 'Invalid input registry-attach',
        expected: 'true or false',
        found: JSON.stringify(raw),
      })
    const registry = (await registryFromInputs('github'))!
    const stored = await attachGateEvidence({
      registry,
      workspaceRoot: workspaceRoot(),
      ssotPath: ssotInput(),
      evidence,
      files,
    })
    core.info(`Attached ${stored.map((f) => f.name).join(', ')} to the candidate.`)
    return true
  } catch (error) {
    for (const p of toProblems(error)) core.error(`registry-attach: ${formatProblem(p)}`)
    return false
  }
}
