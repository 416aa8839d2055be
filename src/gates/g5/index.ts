import { InputError } from '../../contract/errors.js'
import type { Actor, Registry, VersionRef } from '../../contract/registry.js'
import type { Check, EvidenceRecord, GateOutcome } from '../../contract/types.js'
import type { Gate, GateContext } from '../../engine/gate.js'
import { decideStatus, describeCounts } from '../../engine/outcome.js'
import { judgeApproval } from './approval.js'
import {
  CHAIN_GATES,
  chainReferences,
  releaseReport as releaseChain,
} from '../../registry/chain.js'
import { judgeAge, judgeData, judgeEvidence, type ChainLink } from './chain.js'
import { actionsOrigin, localOrigin, type OriginRules } from './origin.js'
import { loadReleasePolicy } from './policy.js'
import { judgeManifest } from './release-files.js'
import { judgeFreeze, judgeModelCard, judgeOwner, judgeRisks } from './readiness.js'
import { checklistTable, releaseReport, releaseTag } from './report.js'
import { promoteRelease } from './promote.js'

/**
 * G5 Production Release: judges the release checklist of the candidate named
 * by ssot/model.json (name and version) in the model registry. Each item is
 * one named check: the evidence of G0 to G4 (present, verified, passed, same
 * model digest), its trusted origin and age, the release files against G2's
 * manifest, owner, model card, risk register, the Release Manager's approval
 * and drift freezes. On pass (after the evidence is built) it attaches its
 * evidence to the candidate and promotes it; on fail it touches nothing.
 */
export const g5: Gate = {
  id: 'G5',
  options: {},
  async run(ctx: GateContext): Promise<GateOutcome> {
    const registry = needRegistry(ctx)
    const policy = await loadReleasePolicy(ctx.ssot)
    const policyFile = ctx.ssot.display('release.json')
    const model = await ctx.ssot.model()
    const modelFile = ctx.ssot.display('model.json')
    if (!model.version)
      throw new InputError({
        file: modelFile,
        pointer: '/version',
        message: 'G5 releases one version, and model.json names none',
        expected: 'a version, e.g. "1.0.0" (the release tag is <name>-v<version>)',
        found: 'no version',
      })
    const ref: VersionRef = { model: model.name, version: model.version }
    const tag = releaseTag(ref)
    const version = await registry.version(ref)
    if (!version)
      throw new InputError({
        message: `No candidate ${tag} in the ${registry.kind} registry`,
        expected: `a draft release ${tag} registered by modelgate candidate (the candidate step), holding the evidence of G0 to G4`,
        found: 'no such version',
      })
    if (!version.draft)
      throw new InputError({
        message: `Release ${tag} is already published (state ${version.state}): a version is released once`,
        expected: `a new version in ${modelFile} /version, released through a new chain from G0`,
        found: `published release ${tag}`,
      })
    const production = await registry.production(model.name)
    const checks: Check[] = []

    // The chain: evidence of G0 to G4, verified and about this model digest, fresh
    const links: ChainLink[] = []
    for (const gate of CHAIN_GATES) {
      const file = `${tag}/${gate}.evidence.json`
      const record = await registry.readEvidence(ref, gate)
      const judged = judgeEvidence({ gate, file, record }, version.modelDigest, policy, policyFile)
      checks.push(judged.check)
      links.push(judged.link)
    }

    // Trusted origins
    const rules: OriginRules = {
      run: ctx.run,
      policy,
      policyFile,
      releaseTag: tag,
      modelDigest: version.modelDigest,
    }
    checks.push(...(await originChecks(ctx, registry, links, rules, version.url ?? registry.kind)))
    for (const link of links) {
      const age = judgeAge(link, ctx.now(), policy, policyFile)
      if (age) checks.push(age)
    }
    checks.push(judgeData(links))

    // The release itself
    const g2 = links.find((l) => l.gate === 'G2')
    const manifest = await judgeManifest(registry, ref, version, g2)
    checks.push(manifest.check)
    checks.push(judgeOwner(model, modelFile))
    checks.push(judgeModelCard(model, modelFile, version, g2))
    const registerFile = ctx.ssot.display('risk_register.csv')
    checks.push(
      judgeRisks(
        ctx.ssot.has('risk_register.csv') ? await ctx.ssot.risks() : undefined,
        registerFile,
        policy,
        policyFile,
      ),
    )
    checks.push(
      await judgeApproval(
        ctx,
        version.modelDigest,
        links,
        ctx.ssot.resolveRepoPath(model.paths.model, 'model', '/paths/model'),
      ),
    )
    checks.push(judgeFreeze(await registry.versions(model.name), version, production))

    const status = decideStatus(checks, 0)
    const judged = Object.fromEntries(
      links.flatMap((l) => (l.verified ? [[l.gate, l.verified]] : [])),
    )
    const heldModel = version.files.find((f) => f.sha256 === version.modelDigest)
    const required = CHAIN_GATES.filter((g) => g !== 'G4' || policy.requireG4)
    return {
      status,
      summary: `${status === 'pass' ? `Release ${tag} approved` : `Release ${tag} refused`}${production ? (status === 'pass' ? ` (replaces ${production.version} in production)` : ` (${production.version} stays in production)`) : ''}; ${describeCounts(checks)}`,
      subject: {
        model: {
          role: 'model',
          path: `${tag}/${heldModel?.name ?? 'model'}`,
          sha256: version.modelDigest,
          bytes: heldModel?.bytes ?? 0,
        },
        data: [],
        artifacts: version.files.map((f) => ({
          role: 'release-file',
          path: `${tag}/${f.name}`,
          sha256: f.sha256,
          bytes: f.bytes,
        })),
      },
      checks,
      problems: [],
      report: {
        release: releaseReport(ref, version, production, publishedUrl(registry, ctx, tag)),
        // What G5 judged, by digest, and the version anchor: modelgate verify and rollback check the release against them.
        ...(manifest.descriptor
          ? releaseChain(judged, manifest.descriptor, required)
          : { chain: chainReferences(judged, required) }),
        tables: [checklistTable(checks)],
      },
    }
  },
  async afterPass(evidence: EvidenceRecord, ctx: GateContext): Promise<void> {
    await promoteRelease(needRegistry(ctx), evidence, actorOf(ctx))
  },
}

/** GitHub's page of a published release; a draft's URL changes when it is published. */
function publishedUrl(registry: Registry, ctx: GateContext, tag: string): string | undefined {
  const { serverUrl, repository } = ctx.run
  return registry.kind === 'github' && serverUrl && repository
    ? `${serverUrl}/${repository}/releases/tag/${encodeURIComponent(tag)}`
    : undefined
}

function needRegistry(ctx: GateContext): Registry {
  const registry = ctx.services.registry
  if (!registry)
    throw new InputError({
      message: 'G5 needs the model registry that holds the candidate',
      expected:
        'a registry: the registry input in the Action (GitHub Releases), --registry DIR in the CLI',
      found: 'no registry',
    })
  return registry
}

function actorOf(ctx: GateContext): Actor {
  const r = ctx.run
  return {
    ...(r.actor ? { login: r.actor } : {}),
    ...(r.runId ? { runId: r.runId } : {}),
    ...(r.serverUrl && r.repository && r.runId
      ? { runUrl: `${r.serverUrl}/${r.repository}/actions/runs/${r.runId}` }
      : {}),
  }
}

/** `G5.origin.<GATE>` for each verified link: the local registry outside Actions, the workflow run and its artifact in Actions. */
async function originChecks(
  ctx: GateContext,
  registry: Registry,
  links: ChainLink[],
  rules: OriginRules,
  where: string,
): Promise<Check[]> {
  const verified = links.filter((l) => l.verified)
  if (ctx.run.mode !== 'actions') return verified.map((l) => localOrigin(l, registry.kind, where))
  const runs = ctx.services.workflowRuns
  if (!runs)
    throw new InputError({
      message:
        'G5 in GitHub Actions verifies where each evidence came from through the REST API, and has no client',
      expected: 'the github-token input (with permissions actions: read)',
      found: 'no token',
    })
  let branch: Promise<string> | undefined
  const defaultBranch = () => (branch ??= runs.defaultBranch())
  const checks: Check[] = []
  for (const link of verified) {
    const check = await actionsOrigin(link, runs, rules, defaultBranch)
    if (check) checks.push(check)
  }
  return checks
}
