import { randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { InputError } from '../../contract/errors.js'
import type {
  Actor,
  HistoryEvent,
  LifecycleState,
  ModelVersion,
  RegisterInput,
  Registry,
  StoredFile,
  VersionRef,
} from '../../contract/registry.js'
import type { EvidenceRecord, GateId } from '../../contract/types.js'
import { digestFile } from '../../io/file-digest.js'
import {
  CANDIDATE_STATE,
  REPLACED_STATE,
  assertName,
  assertPromotable,
  assertRollbackTarget,
  assertStateChange,
} from '../lifecycle.js'
import type { MlflowClient } from './client.js'
import { assertReleasedByModelgate, assertSameDraft, releasedFile } from './refusals.js'
import { MlflowStore, proxiedArtifactRoot } from './store.js'
import {
  TAG,
  checkFileName,
  evidenceRunUrl,
  fileTag,
  gateTag,
  historyFromTags,
  historyTag,
  mergeDatasetTag,
  championOf,
  refOf,
  tagMap,
  toModelVersion,
  type MlflowModelVersion,
  type MlflowTag,
} from './tags.js'

export interface MlflowRegistrySettings {
  /** The experiment whose runs hold the artifacts (default `modelgate`). */
  experiment?: string
  /** The production alias (default `champion`). */
  alias?: string
  /** The seed's `env` tag of a version that is not in production (default `staging`). */
  envTag?: string
  /** The seed's `purpose` tag (default `modelgate release candidate`). */
  purpose?: string
  now?: () => Date
}

/**
 * The `Registry` on an MLflow Model Registry. A modelgate version is an MLflow
 * model version whose source is the artifact folder of its own run (experiment
 * `modelgate`); the files live there through the server's artifact proxy, and
 * every fact is a tag (see tags.ts). Production is the `champion` alias;
 * stages are never used. The history is one registered-model tag per event,
 * so it survives the alias moving.
 */
export class MlflowRegistry implements Registry {
  readonly kind = 'mlflow' as const
  private readonly store: MlflowStore
  private readonly alias: string
  private readonly now: () => Date
  private seq = 0
  /** A run's artifact root never changes: looked up once per run. */
  private readonly roots = new Map<string, string>()

  constructor(
    private readonly client: MlflowClient,
    private readonly settings: MlflowRegistrySettings = {},
  ) {
    this.store = new MlflowStore(client)
    this.alias = settings.alias ?? 'champion'
    this.now = settings.now ?? (() => new Date())
  }

  async register(input: RegisterInput): Promise<ModelVersion> {
    assertName('model', input.model, 'ssot/model.json')
    assertName('version', input.version, 'ssot/model.json')
    const modelName = basename(input.modelFile)
    checkFileName(modelName)
    for (const f of input.files ?? []) checkFileName(f.name)
    // Independent first steps side by side: hash the model while MLflow answers.
    const [digest, , existing] = await Promise.all([
      digestFile(input.modelFile),
      this.store.ensureRegisteredModel(input.model, input.owner),
      this.find(input),
    ])
    if (existing) {
      assertSameDraft(existing, input, digest.sha256)
      for (const f of input.files ?? []) await this.attachFile(input, f.name, f.path)
      return (await this.version(input))!
    }
    const at = this.now()
    const experimentId = await this.store.experimentId(this.settings.experiment ?? 'modelgate')
    const seedTags: MlflowTag[] = [
      { key: TAG.owner, value: input.owner },
      { key: TAG.env, value: this.settings.envTag ?? 'staging' },
      { key: TAG.purpose, value: this.settings.purpose ?? 'modelgate release candidate' },
    ]
    const run = await this.store.createRun({
      experimentId,
      runName: `${input.model}-${input.version}`,
      startTime: at.getTime(),
      tags: [
        ...seedTags,
        { key: TAG.version, value: input.version },
        { key: TAG.digest, value: digest.sha256 },
        ...(input.actor.runUrl ? [{ key: 'modelgate.run_url', value: input.actor.runUrl }] : []),
      ],
    })
    const root = proxiedArtifactRoot(run.artifactUri, this.client.uri)
    this.roots.set(run.runId, root)
    const files: StoredFile[] = [await this.upload(root, modelName, input.modelFile, digest)]
    for (const f of input.files ?? []) files.push(await this.upload(root, f.name, f.path))
    const mv = await this.store.createModelVersion({
      name: input.model,
      source: run.artifactUri,
      runId: run.runId,
      ...(input.actor.runUrl ? { runLink: input.actor.runUrl } : {}),
      description: `modelgate candidate ${input.version}`,
      tags: [
        ...seedTags,
        { key: TAG.version, value: input.version },
        { key: TAG.digest, value: digest.sha256 },
        { key: TAG.lifecycle, value: CANDIDATE_STATE },
        { key: TAG.frozen, value: 'false' },
        ...files.map(fileTag),
      ],
    })
    await Promise.all([
      this.store.finishRun(run.runId, this.now().getTime()),
      this.record(input.model, { kind: 'register', version: input.version, actor: input.actor }),
    ])
    // A version just created holds no alias.
    return this.view(mv, undefined)
  }

  async attachFile(ref: VersionRef, name: string, absolutePath: string): Promise<StoredFile> {
    checkFileName(name)
    return this.attachTo(await this.need(ref), name, absolutePath)
  }

  /** attachFile on a version already looked up (one lookup for several files). */
  private async attachTo(
    mv: MlflowModelVersion,
    name: string,
    absolutePath: string,
  ): Promise<StoredFile> {
    const tags = tagMap(mv.tags)
    const held = tags.get(`${TAG.filePrefix}${name}`)
    const digest = await digestFile(absolutePath)
    if (held) {
      const old = JSON.parse(held) as { sha256?: string }
      if (old.sha256 === digest.sha256) return { name, ...digest }
      if (tags.has(TAG.promotedAt))
        throw releasedFile({ model: mv.name, version: refOf(mv) }, name, old.sha256, digest.sha256)
    }
    const root = await this.artifactRoot(mv)
    const stored = await this.upload(root, name, absolutePath, digest)
    const tag = fileTag(stored)
    await this.store.setVersionTag(mv.name, mv.version, tag.key, tag.value)
    return stored
  }

  async attachEvidence(
    ref: VersionRef,
    evidence: EvidenceRecord,
    reports: { markdown?: string; html?: string } = {},
  ): Promise<StoredFile> {
    const dir = await mkdtemp(join(tmpdir(), 'modelgate-mlflow-'))
    try {
      const mv = await this.need(ref)
      const files = [
        [`${evidence.gate}.evidence.json`, `${JSON.stringify(evidence, null, 2)}\n`],
        [`${evidence.gate}.md`, reports.markdown],
        [`${evidence.gate}.html`, reports.html],
      ].filter((f): f is [string, string] => f[1] !== undefined)
      await Promise.all(files.map(([name, text]) => writeFile(join(dir, name), text)))
      const [stored] = await Promise.all(
        files.map(([name]) => this.attachTo(mv, name, join(dir, name))),
      )
      const runUrl = evidenceRunUrl(evidence)
      const tags: Record<string, string> = {
        [gateTag(evidence.gate, 'status')]: evidence.status,
        [gateTag(evidence.gate, 'evidence_digest')]: `sha256:${evidence.digest.value}`,
        ...(runUrl ? { [gateTag(evidence.gate, 'run_url')]: runUrl } : {}),
      }
      if (evidence.subject.data.length > 0)
        tags[TAG.dataset] = mergeDatasetTag(tagMap(mv.tags).get(TAG.dataset), evidence)
      await this.store.setVersionTags(mv.name, mv.version, tags)
      return stored!
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }

  async readEvidence(ref: VersionRef, gate: GateId): Promise<EvidenceRecord | undefined> {
    return this.evidenceOf(await this.find(ref), ref, gate)
  }

  private async evidenceOf(mv: MlflowModelVersion | undefined, ref: VersionRef, gate: GateId) {
    if (!mv || !tagMap(mv.tags).has(`${TAG.filePrefix}${gate}.evidence.json`)) return undefined
    const root = await this.artifactRoot(mv)
    const bytes = await this.client.readArtifact(`${root}/${gate}.evidence.json`)
    try {
      return JSON.parse(bytes.toString('utf8')) as EvidenceRecord
    } catch {
      throw new InputError({
        message: `The ${gate} evidence of ${ref.model} ${ref.version} in MLflow is not JSON`,
        file: `${gate}.evidence.json`,
      })
    }
  }

  async download(ref: VersionRef, name: string, toPath: string): Promise<StoredFile> {
    checkFileName(name)
    const mv = await this.need(ref)
    const held = tagMap(mv.tags).get(`${TAG.filePrefix}${name}`)
    if (!held)
      throw new InputError({
        message: `${ref.model} ${ref.version} holds no file ${name} in MLflow`,
        expected: name,
        found:
          toModelVersion(mv, { champion: false, url: '' })
            .files.map((f) => f.name)
            .join(', ') || 'no modelgate files',
      })
    const expected = JSON.parse(held) as { sha256: string }
    const got = await this.client.getArtifact(`${await this.artifactRoot(mv)}/${name}`, toPath)
    if (got.sha256 !== expected.sha256)
      throw new InputError({
        message: `${name} of ${ref.model} ${ref.version} changed in MLflow's artifact store since modelgate stored it`,
        expected: `sha256 ${expected.sha256}`,
        found: `sha256 ${got.sha256}`,
      })
    return { name, ...got }
  }

  async version(ref: VersionRef): Promise<ModelVersion | undefined> {
    const mv = await this.find(ref)
    return mv ? this.view(mv, await this.championNumber(ref.model)) : undefined
  }

  async versions(model: string): Promise<ModelVersion[]> {
    const rm = await this.store.registeredModel(model)
    if (!rm) return []
    const champion = championOf(rm, this.alias)
    return (await this.store.modelVersions(model)).map((mv) => this.view(mv, champion))
  }

  async promote(ref: VersionRef, actor: Actor, reason?: string): Promise<void> {
    const [mv, previous] = await Promise.all([this.need(ref), this.championVersion(ref.model)])
    assertPromotable(
      this.view(mv, previous?.version),
      await this.evidenceOf(mv, ref, 'G5'),
      this.where(ref.model),
    )
    await this.store.setVersionTags(mv.name, mv.version, {
      ...(tagMap(mv.tags).has(TAG.promotedAt)
        ? {}
        : { [TAG.promotedAt]: this.now().toISOString() }),
      [TAG.lifecycle]: 'production',
      [TAG.env]: 'production',
    })
    await this.store.setAlias(mv.name, this.alias, mv.version)
    await Promise.all([
      previous && previous.version !== mv.version
        ? this.store.setVersionTags(previous.name, previous.version, {
            [TAG.lifecycle]: REPLACED_STATE,
            [TAG.env]: this.settings.envTag ?? 'staging',
          })
        : undefined,
      this.record(ref.model, {
        kind: 'promote',
        version: ref.version,
        ...(previous && previous.version !== mv.version
          ? { previousVersion: refOf(previous) }
          : {}),
        actor,
        ...(reason ? { reason } : {}),
      }),
    ])
  }

  async rollback(ref: VersionRef, actor: Actor, reason: string): Promise<void> {
    const mv = await this.need(ref)
    assertReleasedByModelgate(mv, ref.model)
    const previous = await this.championVersion(ref.model)
    assertRollbackTarget(
      this.view(mv, previous?.version),
      previous ? refOf(previous) : undefined,
      await this.history(ref.model),
      this.where(ref.model),
    )
    await this.store.setVersionTags(mv.name, mv.version, {
      [TAG.lifecycle]: 'production',
      [TAG.env]: 'production',
    })
    await this.store.setAlias(mv.name, this.alias, mv.version)
    if (previous)
      await this.store.setVersionTags(previous.name, previous.version, {
        [TAG.lifecycle]: 'rolled-back',
        [TAG.env]: this.settings.envTag ?? 'staging',
      })
    await this.record(ref.model, {
      kind: 'rollback',
      version: ref.version,
      ...(previous ? { previousVersion: refOf(previous) } : {}),
      actor,
      reason,
    })
  }

  async setState(ref: VersionRef, state: LifecycleState, actor: Actor, reason?: string) {
    const mv = await this.need(ref)
    assertStateChange(
      this.view(mv, await this.championNumber(ref.model)),
      state,
      this.where(ref.model),
    )
    await this.store.setVersionTag(mv.name, mv.version, TAG.lifecycle, state)
    await this.record(ref.model, {
      kind: 'state',
      version: ref.version,
      state,
      actor,
      ...(reason ? { reason } : {}),
    })
  }

  async setFrozen(ref: VersionRef, frozen: boolean, actor: Actor, reason: string) {
    const mv = await this.need(ref)
    const at = this.now().toISOString()
    await this.store.setVersionTags(mv.name, mv.version, {
      [TAG.frozen]: String(frozen),
      [TAG.frozenAt]: at,
      [TAG.frozenReason]: reason,
      [TAG.frozenRunUrl]: actor.runUrl ?? '',
    })
    await this.record(ref.model, {
      kind: frozen ? 'freeze' : 'unfreeze',
      version: ref.version,
      actor,
      reason,
    })
  }

  async production(model: string): Promise<ModelVersion | undefined> {
    const mv = await this.championVersion(model)
    return mv ? this.view(mv, mv.version) : undefined
  }

  async history(model: string): Promise<HistoryEvent[]> {
    return historyFromTags((await this.store.registeredModel(model))?.tags)
  }

  /** The MLflow version holding a modelgate version: by its tag, or by MLflow's number for one modelgate did not register. */
  private async find(ref: VersionRef): Promise<MlflowModelVersion | undefined> {
    const all = await this.store.modelVersions(ref.model)
    return (
      all.find((v) => tagMap(v.tags).get(TAG.version) === ref.version) ??
      all.find((v) => v.version === ref.version && !tagMap(v.tags).has(TAG.version))
    )
  }

  private async need(ref: VersionRef): Promise<MlflowModelVersion> {
    const mv = await this.find(ref)
    if (!mv)
      throw new InputError({
        message: `MLflow at ${this.client.uri} has no version ${ref.version} of ${ref.model}`,
        expected: 'a version registered by modelgate (tag modelgate.version)',
        found: 'none',
      })
    return mv
  }

  /** Where a refusal happened, for its message: the server and the registered model. */
  private where(model: string): string {
    return `MLflow ${this.client.uri} registered model ${model}`
  }

  private async championNumber(model: string): Promise<string | undefined> {
    const rm = await this.store.registeredModel(model)
    return rm ? championOf(rm, this.alias) : undefined
  }

  private async championVersion(model: string): Promise<MlflowModelVersion | undefined> {
    const number = await this.championNumber(model)
    return number ? this.store.modelVersion(model, number) : undefined
  }

  private view(mv: MlflowModelVersion, champion: string | undefined): ModelVersion {
    const url = `${this.client.uri}/#/models/${encodeURIComponent(mv.name)}/versions/${mv.version}`
    return toModelVersion(mv, { champion: champion === mv.version, url })
  }

  private async artifactRoot(mv: MlflowModelVersion): Promise<string> {
    if (!mv.run_id)
      throw new InputError({
        message: `MLflow model version ${mv.version} of ${mv.name} has no run to hold files`,
        expected: 'a version registered by modelgate',
        found: `source ${mv.source ?? '(none)'}`,
      })
    let root = this.roots.get(mv.run_id)
    if (root === undefined) {
      root = proxiedArtifactRoot(await this.store.runArtifactUri(mv.run_id), this.client.uri)
      this.roots.set(mv.run_id, root)
    }
    return root
  }

  /** Uploads a file; `digest` when the caller already hashed it (a large model is read once). */
  private async upload(
    root: string,
    name: string,
    path: string,
    digest?: { sha256: string; bytes: number },
  ): Promise<StoredFile> {
    const d = digest ?? (await digestFile(path))
    await this.client.putArtifact(`${root}/${name}`, path)
    return { name, ...d }
  }

  private async record(model: string, event: Omit<HistoryEvent, 'at'>): Promise<void> {
    const full: HistoryEvent = { ...event, at: this.now().toISOString() } as HistoryEvent
    const tag = historyTag(full, this.seq++, randomBytes(3).toString('hex'))
    await this.store.setModelTag(model, tag.key, tag.value)
  }
}
