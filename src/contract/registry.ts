import type { EvidenceRecord, GateId } from './types.js'

/**
 * The model registry: where model versions, their files and their gate
 * evidence live, and which version is in production. One interface, several
 * backends: a local folder (CLI, demo, tests), GitHub Releases (the default in
 * Actions) and MLflow (aliases and tags). Gates and commands reach a registry
 * only through this interface; each backend translates it to its own storage.
 *
 * Kept deliberately small: every backend must be able to implement each call
 * with the storage it has (a release and its assets; an MLflow model version,
 * its tags, its artifacts and the `champion` alias).
 */

/** Lifecycle states from the lifecycle seed, plus `rolled-back`. */
export const LIFECYCLE_STATES = [
  'exploration',
  'validation',
  'pre-production',
  'production',
  'monitoring',
  'retirement',
  'rolled-back',
] as const
export type LifecycleState = (typeof LIFECYCLE_STATES)[number]

/** A model version, named as in `ssot/model.json` (`name`, `version`). */
export interface VersionRef {
  model: string
  version: string
}

/** A file held by a version: the model, the model card, the manifest, each gate's evidence and reports. */
export interface StoredFile {
  name: string
  sha256: string
  bytes: number
}

export interface ModelVersion extends VersionRef {
  /** sha256 of the model file the version was registered with: the subject every gate's evidence must name. */
  modelDigest: string
  state: LifecycleState
  /** True while the version is a candidate (a draft release, an unpromoted MLflow version). */
  draft: boolean
  /** Set by a drift freeze: the version keeps serving but its recommendations are held. */
  frozen?: { at: string; reason: string; runUrl?: string }
  files: StoredFile[]
  /** Where a person reads it: the release page, the MLflow model version page, the local folder. */
  url?: string
  createdAt: string
}

/** Who did something, from where: recorded with every change of production or state. */
export interface Actor {
  login?: string
  runId?: string
  runUrl?: string
}

/** One entry of a model's history: the answer to "which version was in production on date X". */
export interface HistoryEvent {
  kind: 'register' | 'promote' | 'rollback' | 'state' | 'freeze' | 'unfreeze'
  version: string
  /** For promote and rollback: the version that was in production before. */
  previousVersion?: string
  /** For state: the new state. */
  state?: LifecycleState
  at: string
  actor: Actor
  reason?: string
}

export interface RegisterInput extends VersionRef {
  /** Absolute path of the model file; its digest becomes the version's modelDigest. */
  modelFile: string
  /** The model's owner from model.json (the lifecycle seed: no owner, no production). */
  owner: string
  /** Other files to hold from the start (model card, manifest), by name. */
  files?: { name: string; path: string }[]
  actor: Actor
}

export interface Registry {
  readonly kind: 'local' | 'github' | 'mlflow'
  /** Creates the candidate; refuses a version that already exists unless it is still a draft of the same model digest. */
  register(input: RegisterInput): Promise<ModelVersion>
  /** Attaches (or replaces, while a draft) a file. */
  attachFile(ref: VersionRef, name: string, absolutePath: string): Promise<StoredFile>
  /** Attaches a gate's evidence (`<GATE>.evidence.json`) and its reports, when given. */
  attachEvidence(
    ref: VersionRef,
    evidence: EvidenceRecord,
    reports?: { markdown?: string; html?: string },
  ): Promise<StoredFile>
  /** The evidence of a gate held by a version, parsed but not yet verified (the caller verifies). */
  readEvidence(ref: VersionRef, gate: GateId): Promise<EvidenceRecord | undefined>
  /** Copies a held file to a local path, for verification and deployment. */
  download(ref: VersionRef, name: string, toPath: string): Promise<StoredFile>
  version(ref: VersionRef): Promise<ModelVersion | undefined>
  versions(model: string): Promise<ModelVersion[]>
  /** Publishes the draft (if it is one) and moves the production pointer to it. */
  promote(ref: VersionRef, actor: Actor, reason?: string): Promise<void>
  /** Moves the production pointer back to an earlier version; the caller has verified it. */
  rollback(ref: VersionRef, actor: Actor, reason: string): Promise<void>
  setState(ref: VersionRef, state: LifecycleState, actor: Actor, reason?: string): Promise<void>
  setFrozen(ref: VersionRef, frozen: boolean, actor: Actor, reason: string): Promise<void>
  /** The version in production now, if any. */
  production(model: string): Promise<ModelVersion | undefined>
  /** Every register, promotion, rollback, state change and freeze, oldest first. */
  history(model: string): Promise<HistoryEvent[]>
}
