import { InputError } from '../../contract/errors.js'
import {
  LIFECYCLE_STATES,
  type HistoryEvent,
  type LifecycleState,
  type ModelVersion,
  type StoredFile,
} from '../../contract/registry.js'
import type { EvidenceRecord, GateId } from '../../contract/types.js'

/**
 * How modelgate's registry maps onto MLflow's: pure translation between the
 * `Registry` types and MLflow's tags, no I/O. Everything is a tag, so any
 * MLflow user (UI, MlflowClient) reads the same facts modelgate does.
 *
 * Model version tags:
 *   modelgate.version        the version from model.json (MLflow numbers its own)
 *   modelgate.model_digest   sha256 of the registered model file
 *   modelgate.lifecycle      lifecycle state (seed 004)
 *   modelgate.frozen         "true" / "false" (drift freeze), with
 *   modelgate.frozen_at / modelgate.frozen_reason / modelgate.frozen_run_url
 *   modelgate.promoted_at    set by the first promotion: the version is no longer a draft
 *   modelgate.file.<name>    {"sha256","bytes"} of each artifact held
 *   modelgate.<GATE>.status / .evidence_digest / .run_url   per gate
 *   dataset, env, purpose, owner   the seed's tags (002)
 * Registered model tags:
 *   owner                      the model's owner; another owner is refused
 *   modelgate.history.<key>    one JSON history event each; keys sort oldest first
 */
export const TAG = {
  version: 'modelgate.version',
  digest: 'modelgate.model_digest',
  lifecycle: 'modelgate.lifecycle',
  frozen: 'modelgate.frozen',
  frozenAt: 'modelgate.frozen_at',
  frozenReason: 'modelgate.frozen_reason',
  frozenRunUrl: 'modelgate.frozen_run_url',
  promotedAt: 'modelgate.promoted_at',
  filePrefix: 'modelgate.file.',
  historyPrefix: 'modelgate.history.',
  owner: 'owner',
  dataset: 'dataset',
  env: 'env',
  purpose: 'purpose',
} as const

export const gateTag = (gate: GateId, what: 'status' | 'evidence_digest' | 'run_url'): string =>
  `modelgate.${gate}.${what}`

export interface MlflowTag {
  key: string
  value: string
}

/** A model version as MLflow's REST API returns it (the fields modelgate reads). */
export interface MlflowModelVersion {
  name: string
  version: string
  creation_timestamp?: number | string
  source?: string
  run_id?: string
  run_link?: string
  tags?: MlflowTag[]
  aliases?: string[]
}

export function tagMap(tags: readonly MlflowTag[] | undefined): Map<string, string> {
  return new Map((tags ?? []).map((t) => [t.key, t.value]))
}

/**
 * File names an artifact may have: one path segment, characters MLflow
 * accepts in a tag key, no `..`.
 */
export function checkFileName(name: string): void {
  if (!/^[\w.\- ]{1,200}$/.test(name) || name === '.' || name === '..')
    throw new InputError({
      message: 'A registry file name must be one plain file name',
      expected: 'letters, digits, `_`, `-`, `.` and spaces, no folders (e.g. G1.evidence.json)',
      found: JSON.stringify(name),
    })
}

export function fileTag(file: StoredFile): MlflowTag {
  return {
    key: `${TAG.filePrefix}${file.name}`,
    value: JSON.stringify({ sha256: file.sha256, bytes: file.bytes }),
  }
}

function filesOf(tags: Map<string, string>): StoredFile[] {
  const files: StoredFile[] = []
  for (const [key, value] of tags) {
    if (!key.startsWith(TAG.filePrefix)) continue
    try {
      const v = JSON.parse(value) as { sha256?: unknown; bytes?: unknown }
      if (typeof v.sha256 === 'string' && typeof v.bytes === 'number')
        files.push({ name: key.slice(TAG.filePrefix.length), sha256: v.sha256, bytes: v.bytes })
    } catch {
      /* a hand-edited tag that is not ours: not a held file */
    }
  }
  return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

function lifecycleOf(value: string | undefined, champion: boolean): LifecycleState {
  if (value && (LIFECYCLE_STATES as readonly string[]).includes(value))
    return value as LifecycleState
  return champion ? 'production' : 'validation'
}

/** True when modelgate registered the version (it carries modelgate's own tags). */
export function isModelgateVersion(mv: MlflowModelVersion): boolean {
  const tags = tagMap(mv.tags)
  return tags.has(TAG.version) && tags.has(TAG.digest)
}

/**
 * The `Registry` view of an MLflow model version. A version modelgate did not
 * register keeps MLflow's number as its version and has no digest.
 */
export function toModelVersion(
  mv: MlflowModelVersion,
  options: { champion: boolean; url: string },
): ModelVersion {
  const tags = tagMap(mv.tags)
  const frozen = tags.get(TAG.frozen) === 'true'
  const runUrl = tags.get(TAG.frozenRunUrl)
  const created = Number(mv.creation_timestamp ?? 0)
  return {
    model: mv.name,
    version: tags.get(TAG.version) ?? mv.version,
    modelDigest: tags.get(TAG.digest) ?? '',
    state: lifecycleOf(tags.get(TAG.lifecycle), options.champion),
    draft: !tags.has(TAG.promotedAt) && !options.champion,
    ...(frozen
      ? {
          frozen: {
            at: tags.get(TAG.frozenAt) ?? '',
            reason: tags.get(TAG.frozenReason) ?? '',
            ...(runUrl ? { runUrl } : {}),
          },
        }
      : {}),
    files: filesOf(tags),
    url: options.url,
    createdAt: new Date(Number.isFinite(created) ? created : 0).toISOString(),
  }
}

/** The run that produced a piece of evidence, as a link, when it ran in Actions. */
export function evidenceRunUrl(evidence: EvidenceRecord): string | undefined {
  const c = evidence.context
  if (!c.runId || !c.repository) return undefined
  return `${c.serverUrl ?? 'https://github.com'}/${c.repository}/actions/runs/${c.runId}`
}

/**
 * The seed's `dataset` tag: `role=sha256` for every data file judged,
 * merged with what earlier gates recorded (a later gate replaces a role).
 */
export function mergeDatasetTag(existing: string | undefined, evidence: EvidenceRecord): string {
  const entries = new Map<string, string>()
  for (const part of (existing ?? '').split(/,\s*/)) {
    const eq = part.indexOf('=')
    if (eq > 0) entries.set(part.slice(0, eq), part.slice(eq + 1))
  }
  for (const d of evidence.subject.data) entries.set(d.role, `sha256:${d.sha256}`)
  return [...entries].map(([role, digest]) => `${role}=${digest}`).join(', ')
}

/** A history event as a registered-model tag; `seq` orders events written in the same millisecond. */
export function historyTag(event: HistoryEvent, seq: number, random: string): MlflowTag {
  const ms = Date.parse(event.at)
  const stamp = String(Number.isFinite(ms) ? ms : 0).padStart(15, '0')
  return {
    key: `${TAG.historyPrefix}${stamp}.${String(seq).padStart(6, '0')}.${random}`,
    value: JSON.stringify(event),
  }
}

/** The history events held in a registered model's tags, oldest first. */
export function historyFromTags(tags: readonly MlflowTag[] | undefined): HistoryEvent[] {
  return (tags ?? [])
    .filter((t) => t.key.startsWith(TAG.historyPrefix))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .flatMap((t) => {
      try {
        const e = JSON.parse(t.value) as HistoryEvent
        return typeof e.kind === 'string' && typeof e.version === 'string' ? [e] : []
      } catch {
        return []
      }
    })
}

/** The MLflow version number holding the production alias. */
export function championOf(
  rm: { aliases?: { alias: string; version: string }[] },
  alias: string,
): string | undefined {
  return rm.aliases?.find((a) => a.alias === alias)?.version
}

/** The modelgate version of an MLflow version (MLflow's number for one modelgate did not register). */
export function refOf(mv: MlflowModelVersion): string {
  return tagMap(mv.tags).get(TAG.version) ?? mv.version
}
