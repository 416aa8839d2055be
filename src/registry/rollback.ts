import { InputError, toProblems } from '../contract/errors.js'
import type { Actor, ModelVersion, Registry } from '../contract/registry.js'
import type { Check, GateOutcome, SubjectFile } from '../contract/types.js'
import { verifyHeldVersion } from './bundle.js'
import { VERSION_FILE, type LinkVerdict } from './chain.js'
import { assertRollbackTarget, defaultRollbackTarget, releaseTag } from './lifecycle.js'

export interface RollbackRequest {
  registry: Registry
  model: string
  /** The version to return to; default: the last version promoted before the current one. */
  to?: string
  reason: string
  actor: Actor
}

export interface RollbackResult {
  outcome: GateOutcome
  /** Set once the production pointer moved. */
  moved?: { from: ModelVersion; to: ModelVersion; toTag: string; fromTag: string }
}

/**
 * `modelgate rollback`: returns production to a version that passed G5.
 * 1. the target is eligible (promoted once, not rolled back, not production now);
 * 2. its files and chain verify (the digests the registry recorded, each
 *    evidence digest, the manifest, G5's references: `verifyHeldVersion`);
 * 3. the registry moves the pointer and marks the bad version rolled-back,
 *    recording reason, actor and run in the history.
 * Never throws: problems are an `error` outcome, an unsafe target a `fail`
 * with one check per failing link; nothing moves unless every link passes.
 */
export async function rollbackModel(request: RollbackRequest): Promise<RollbackResult> {
  try {
    return await rollback(request)
  } catch (error) {
    return {
      outcome: {
        status: 'error',
        summary: `Rollback of ${request.model} not done: ${toProblems(error)[0]?.message ?? 'error'}`,
        subject: { data: [], artifacts: [] },
        checks: [],
        problems: toProblems(error),
        report: { model: request.model, reason: request.reason },
      },
    }
  }
}

async function rollback(request: RollbackRequest): Promise<RollbackResult> {
  const { registry, model } = request
  if (request.reason.trim() === '')
    throw new InputError({
      message: 'A rollback needs a reason',
      expected: 'reason (Action input) or --reason "..." (CLI): what went wrong in production',
      found: 'no reason',
    })
  const [production, versions, history] = await Promise.all([
    registry.production(model),
    registry.versions(model),
    registry.history(model),
  ])
  if (!production)
    throw new InputError({
      message: `${model} has no version in production to roll back from`,
      expected: 'a model promoted by G5 before',
      found: versions.length
        ? `versions ${versions.map((v) => v.version).join(', ')}, none in production`
        : 'no versions',
    })
  const to = request.to || defaultRollbackTarget(versions, production.version, history)
  if (!to)
    throw new InputError({
      message: `${model} has no earlier version that passed G5 to roll back to`,
      expected: 'a version promoted before the one in production',
      found: `only ${production.version}`,
    })
  const target = versions.find((v) => v.version === to)
  const checks: Check[] = []
  const base = { model, from: production.version, to, reason: request.reason }
  const failed = (summary: string, verdicts: LinkVerdict[] = []): RollbackResult => ({
    outcome: {
      status: 'fail',
      summary,
      subject: { ...(target ? { model: modelSubject(target) } : {}), data: [], artifacts: [] },
      checks,
      problems: [],
      report: { ...base, verdicts },
    },
  })
  if (!target)
    throw new InputError({
      message: `${model} ${to} is not in the registry`,
      expected: versions.map((v) => v.version).join(', ') || 'a registered version',
      found: to,
    })
  try {
    assertRollbackTarget(target, production.version, history, 'registry')
    checks.push(
      check('rollback.target', 'eligible', true, 'pass', `${to} was promoted through G5 before`),
    )
  } catch (error) {
    const message = toProblems(error)[0]!.message
    checks.push(check('rollback.target', 'eligible', false, 'fail', message))
    return failed(`Refused: ${message}`)
  }
  const verdicts = await verifyHeldVersion(registry, target)
  for (const v of verdicts)
    checks.push(
      check(
        `rollback.verify.${v.link}`,
        'chain',
        v.status !== 'fail',
        v.status,
        `${v.message}${v.expected !== undefined ? ` (expected ${v.expected}, found ${v.found ?? '?'})` : ''}`,
      ),
    )
  const bad = verdicts.filter((v) => v.status === 'fail')
  if (bad.length > 0)
    return failed(
      `Refused: ${model} ${to} does not verify (${bad.length} failing link${bad.length === 1 ? '' : 's'}: ${bad
        .slice(0, 3)
        .map((v) => v.link)
        .join(', ')})`,
      verdicts,
    )
  await registry.rollback({ model, version: to }, request.actor, request.reason)
  const after = (await registry.version({ model, version: to })) ?? target
  checks.push(
    check(
      'rollback.pointer',
      'production',
      to,
      'pass',
      `production moved from ${production.version} to ${to}; ${production.version} is rolled-back`,
    ),
  )
  const fromTag = releaseTag(model, production.version)
  const toTag = releaseTag(model, to)
  return {
    outcome: {
      status: 'pass',
      summary: `Production of ${model} rolled back from ${fromTag} to ${toTag}: ${request.reason}`,
      subject: {
        model: modelSubject(after),
        data: [],
        artifacts: [{ ...modelSubject(production), role: 'rolled-back-model' }],
      },
      checks,
      problems: [],
      report: {
        ...base,
        fromTag,
        toTag,
        toUrl: after.url ?? null,
        fromUrl: production.url ?? null,
        modelDigest: after.modelDigest,
        actor: request.actor,
        verdicts,
      },
    },
    moved: { from: production, to: after, fromTag, toTag },
  }
}

function modelSubject(v: ModelVersion): SubjectFile {
  const file = v.files.find((f) => f.sha256 === v.modelDigest && f.name !== VERSION_FILE)
  return {
    role: 'model',
    path: `${releaseTag(v.model, v.version)}/${file?.name ?? 'model'}`,
    sha256: v.modelDigest,
    bytes: file?.bytes ?? 0,
  }
}

function check(
  id: string,
  rule: string,
  value: string | boolean,
  status: LinkVerdict['status'],
  message: string,
): Check {
  return { id, rule, value, status, severity: 'block', message }
}
