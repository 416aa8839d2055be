import { InputError } from '../contract/errors.js'
import type { HistoryEvent, LifecycleState, ModelVersion } from '../contract/registry.js'
import type { EvidenceRecord } from '../contract/types.js'

/**
 * The lifecycle rules every backend enforces, in one place, so that the local
 * folder, GitHub Releases and MLflow refuse the same transitions with the
 * same words:
 * - nothing enters `production` except `promote` (after a G5 pass on the same
 *   model digest) or `rollback` (to a version that was promoted once);
 * - a `rolled-back` version is never promoted or rolled back to again: it
 *   needs a new chain from G0 under a new version;
 * - `setState` never reaches `production` and never leaves `rolled-back`
 *   except for `retirement`.
 */

/** Model and version names become folder names and tag names: keep them plain. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/

export function assertName(kind: 'model' | 'version', value: string, where: string): void {
  if (!NAME.test(value) || value.includes('..'))
    throw new InputError({
      file: where,
      pointer: kind === 'model' ? '/name' : '/version',
      message: `The ${kind} name cannot name a registry entry`,
      expected: 'letters, digits, ".", "_", "+" or "-", starting with a letter or digit, no ".."',
      found: JSON.stringify(value),
    })
}

/** The first state of a registered version: it is going through the gates. */
export const CANDIDATE_STATE: LifecycleState = 'validation'

/** State given to the version that production moved away from by a promotion. */
export const REPLACED_STATE: LifecycleState = 'retirement'

export function assertStateChange(version: ModelVersion, to: LifecycleState, where: string): void {
  const name = `${version.model} ${version.version}`
  if (to === 'production')
    throw new InputError({
      file: where,
      message: `${name} cannot be set to production by a state change`,
      expected: 'promotion through G5 (modelgate g5) or a rollback (modelgate rollback)',
      found: `a state change from ${version.state} to production`,
    })
  if (to === 'rolled-back')
    throw new InputError({
      file: where,
      message: `${name} cannot be marked rolled-back by a state change`,
      expected: 'a rollback away from it (modelgate rollback)',
      found: `a state change from ${version.state} to rolled-back`,
    })
  if (version.state === 'rolled-back' && to !== 'retirement')
    throw new InputError({
      file: where,
      message: `${name} was rolled back; it can only be retired`,
      expected: 'retirement, or a new version through G0 to G5',
      found: `a state change to ${to}`,
    })
  if (version.state === 'production')
    throw new InputError({
      file: where,
      message: `${name} is in production; it leaves production only by a promotion of another version or a rollback`,
      expected: 'modelgate g5 on another version, or modelgate rollback',
      found: `a state change to ${to}`,
    })
}

/** The checks before `promote`: a G5 pass on this very model digest, and a version that may still enter production. */
export function assertPromotable(
  version: ModelVersion,
  g5: EvidenceRecord | undefined,
  where: string,
): void {
  const name = `${version.model} ${version.version}`
  if (version.state === 'rolled-back')
    throw new InputError({
      file: where,
      message: `${name} was rolled back and cannot be promoted again`,
      expected: 'a new version with a new chain from G0',
      found: 'state rolled-back',
    })
  if (version.state === 'retirement' || version.state === 'production')
    throw new InputError({
      file: where,
      message: `${name} cannot be promoted from state ${version.state}`,
      expected: 'a candidate (validation or pre-production)',
      found: `state ${version.state}`,
    })
  if (!g5)
    throw new InputError({
      file: where,
      message: `${name} has no G5 evidence; nothing enters production without G5`,
      expected: 'G5.evidence.json attached to the candidate with status pass',
      found: 'no G5 evidence',
    })
  if (g5.status !== 'pass')
    throw new InputError({
      file: where,
      message: `${name}: G5 did not pass`,
      expected: 'G5 status pass',
      found: `G5 status ${g5.status}`,
    })
  const digest = g5.subject.model?.sha256
  if (digest !== version.modelDigest)
    throw new InputError({
      file: where,
      message: `${name}: the G5 evidence is about another model`,
      expected: `model sha256 ${version.modelDigest}`,
      found: digest ? `model sha256 ${digest}` : 'no model in the G5 subject',
    })
}

/** Whether a version was ever promoted (that is, once passed G5), read from the history. */
export function everPromoted(history: HistoryEvent[], version: string): boolean {
  return history.some((e) => e.kind === 'promote' && e.version === version)
}

/** The checks before `rollback`: the target was promoted once, is not production now and was not rolled back. */
export function assertRollbackTarget(
  target: ModelVersion,
  production: string | undefined,
  history: HistoryEvent[],
  where: string,
): void {
  const name = `${target.model} ${target.version}`
  if (!everPromoted(history, target.version))
    throw new InputError({
      file: where,
      message: `${name} never passed G5; a rollback only returns to a version that was in production`,
      expected: `a version promoted before (${promotedVersions(history).join(', ') || 'none yet'})`,
      found: `${target.version}, never promoted`,
    })
  if (target.state === 'rolled-back')
    throw new InputError({
      file: where,
      message: `${name} was rolled back before; it cannot return to production`,
      expected: 'another version that passed G5',
      found: 'state rolled-back',
    })
  if (production === target.version)
    throw new InputError({
      file: where,
      message: `${name} is already in production`,
      expected: 'an earlier version than the one in production',
      found: `${target.version} in production`,
    })
  if (production === undefined)
    throw new InputError({
      file: where,
      message: `${target.model} has no version in production to roll back from`,
      expected: 'a model with a version in production',
      found: 'no production version',
    })
}

export function promotedVersions(history: HistoryEvent[]): string[] {
  return [...new Set(history.filter((e) => e.kind === 'promote').map((e) => e.version))]
}

/**
 * The version a rollback returns to by default: the most recent version that
 * was promoted before the current one, is not the current one and was not
 * rolled back.
 */
export function defaultRollbackTarget(
  versions: ModelVersion[],
  production: string | undefined,
  history: HistoryEvent[],
): string | undefined {
  const states = new Map(versions.map((v) => [v.version, v.state]))
  const promoted = history.filter((e) => e.kind === 'promote').map((e) => e.version)
  for (let i = promoted.length - 1; i >= 0; i--) {
    const v = promoted[i]!
    if (v !== production && states.get(v) !== 'rolled-back' && states.has(v)) return v
  }
  return undefined
}

/** The version in production at a given instant, replayed from the history (oldest first). */
export function productionAt(history: HistoryEvent[], at: string | Date): string | undefined {
  const t = new Date(at).getTime()
  let current: string | undefined
  for (const e of history) {
    if (new Date(e.at).getTime() > t) break
    if (e.kind === 'promote' || e.kind === 'rollback') current = e.version
  }
  return current
}

/** The release tag of a version: `<model>-v<version>` (the GitHub release; the same name everywhere). */
export function releaseTag(model: string, version: string): string {
  return `${model}-v${version}`
}
