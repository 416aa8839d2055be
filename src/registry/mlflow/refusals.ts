import { InputError } from '../../contract/errors.js'
import type { VersionRef } from '../../contract/registry.js'
import { TAG, gateTag, isModelgateVersion, tagMap, type MlflowModelVersion } from './tags.js'

/** The MLflow backend's own refusals (the lifecycle ones are shared: ../lifecycle.ts). Pure. */

/** A version registered again: only the same model file, while still an unpromoted candidate. */
export function assertSameDraft(existing: MlflowModelVersion, ref: VersionRef, sha256: string) {
  const tags = tagMap(existing.tags)
  const draft = !tags.has(TAG.promotedAt)
  if (draft && tags.get(TAG.digest) === sha256) return
  throw new InputError({
    message: `${ref.model} ${ref.version} is already registered in MLflow (model version ${existing.version})`,
    expected:
      'a new version in model.json, or the same model file while the version is an unpromoted candidate',
    found: draft
      ? `a candidate of another model file (sha256 ${tags.get(TAG.digest) ?? 'unknown'})`
      : 'a version already promoted',
  })
}

/**
 * A rollback returns only to a version modelgate released: its G5 passed and
 * its G5 evidence is held. A version registered or aliased by hand in MLflow
 * has neither, and is refused.
 */
export function assertReleasedByModelgate(mv: MlflowModelVersion, model: string) {
  const tags = tagMap(mv.tags)
  const status = tags.get(gateTag('G5', 'status'))
  if (isModelgateVersion(mv) && status === 'pass' && tags.has(`${TAG.filePrefix}G5.evidence.json`))
    return
  throw new InputError({
    message: `Refusing to roll ${model} back to MLflow model version ${mv.version}: it has no modelgate G5 evidence`,
    expected: `a version released by modelgate (tags ${gateTag('G5', 'status')}=pass and ${TAG.filePrefix}G5.evidence.json)`,
    found: isModelgateVersion(mv)
      ? `${gateTag('G5', 'status')}=${status ?? '(absent)'}`
      : 'a model version modelgate did not register',
  })
}

/** A registered model another owner holds (its `owner` tag) is not modelgate's to change. */
export function assertOwner(name: string, held: string | undefined, owner: string) {
  if (held === undefined || held === owner) return
  throw new InputError({
    message: `The MLflow registered model ${name} is held by another owner`,
    expected: `owner ${JSON.stringify(owner)} (ssot/model.json)`,
    found: `owner tag ${JSON.stringify(held)}`,
  })
}

/** The files of a promoted version are fixed. */
export function releasedFile(
  ref: VersionRef,
  name: string,
  held: string | undefined,
  found: string,
) {
  return new InputError({
    message: `${ref.model} ${ref.version} is released: its file ${name} cannot be replaced`,
    expected: `the file as released (sha256 ${held ?? 'unknown'})`,
    found: `sha256 ${found}`,
  })
}
