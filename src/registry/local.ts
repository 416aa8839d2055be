import { copyFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { InputError } from '../contract/errors.js'
import { digestFile } from '../io/file-digest.js'
import type {
  Actor,
  HistoryEvent,
  LifecycleState,
  ModelVersion,
  RegisterInput,
  Registry,
  StoredFile,
  VersionRef,
} from '../contract/registry.js'
import type { EvidenceRecord, GateId } from '../contract/types.js'
import { evidenceFileNames } from './evidence.js'
import {
  CANDIDATE_STATE,
  REPLACED_STATE,
  assertName,
  assertPromotable,
  assertRollbackTarget,
  assertStateChange,
} from './lifecycle.js'

/**
 * A registry in a local folder, for the CLI, the demo and the tests:
 *
 *     <root>/<model>/registry.json            state, history, production pointer
 *     <root>/<model>/versions/<version>/...   the version's files, copied in
 *
 * `registry.json` lists every version with its state and its files (name,
 * sha256, bytes), the production pointer and the history, oldest first. A
 * published version (promoted once) accepts no new files, as an immutable
 * GitHub release does. Writes go to a temporary file and are renamed.
 */
interface LocalIndex {
  schemaVersion: 1
  model: string
  production?: string
  versions: (ModelVersion & { owner: string })[]
  history: HistoryEvent[]
}

export interface LocalRegistryOptions {
  root: string
  now?: () => Date
}

export class LocalRegistry implements Registry {
  readonly kind = 'local' as const
  readonly root: string
  private readonly now: () => Date

  constructor(options: LocalRegistryOptions) {
    this.root = resolve(options.root)
    this.now = options.now ?? (() => new Date())
  }

  private indexPath(model: string): string {
    assertName('model', model, 'registry')
    return join(this.root, model, 'registry.json')
  }

  private versionDir(ref: VersionRef): string {
    assertName('version', ref.version, 'registry')
    return join(this.root, ref.model, 'versions', ref.version)
  }

  private async load(model: string): Promise<LocalIndex> {
    const path = this.indexPath(model)
    let text: string
    try {
      text = await readFile(path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        return { schemaVersion: 1, model, versions: [], history: [] }
      throw new InputError({
        file: path,
        message: 'Cannot read the registry index',
        expected: 'a readable registry.json',
        found: (error as NodeJS.ErrnoException).code ?? 'an unreadable file',
      })
    }
    try {
      const index = JSON.parse(text) as LocalIndex
      if (
        index.schemaVersion !== 1 ||
        !Array.isArray(index.versions) ||
        !Array.isArray(index.history)
      )
        throw new Error('not a modelgate registry index (schemaVersion 1)')
      return index
    } catch (error) {
      throw new InputError({
        file: path,
        message: 'The registry index is damaged',
        expected: 'registry.json written by modelgate',
        found: (error as Error).message,
      })
    }
  }

  private async save(index: LocalIndex): Promise<void> {
    const path = this.indexPath(index.model)
    await mkdir(join(this.root, index.model), { recursive: true })
    const tmp = `${path}.${process.pid}.tmp`
    await writeFile(tmp, `${JSON.stringify(index, null, 2)}\n`)
    await rename(tmp, path)
  }

  private find(index: LocalIndex, ref: VersionRef): LocalIndex['versions'][number] {
    const v = index.versions.find((x) => x.version === ref.version)
    if (!v)
      throw new InputError({
        file: this.indexPath(ref.model),
        message: `${ref.model} ${ref.version} is not in the registry`,
        expected: `a registered version (${index.versions.map((x) => x.version).join(', ') || 'none yet'}); run modelgate candidate first`,
        found: `version ${ref.version}`,
      })
    return v
  }

  private event(e: Omit<HistoryEvent, 'at'>): HistoryEvent {
    return { ...e, at: this.now().toISOString() }
  }

  async register(input: RegisterInput): Promise<ModelVersion> {
    assertName('model', input.model, 'ssot/model.json')
    assertName('version', input.version, 'ssot/model.json')
    const index = await this.load(input.model)
    const { sha256 } = await digestFile(input.modelFile)
    const existing = index.versions.find((v) => v.version === input.version)
    if (existing && (!existing.draft || existing.modelDigest !== sha256))
      throw new InputError({
        file: this.indexPath(input.model),
        message: `${input.model} ${input.version} is already registered${existing.draft ? ' with another model file' : ' and published'}`,
        expected: existing.draft
          ? `the model with sha256 ${existing.modelDigest}, or a new version in ssot/model.json`
          : 'a new version in ssot/model.json (a published version never changes)',
        found: existing.draft
          ? `a model with sha256 ${sha256}`
          : `version ${input.version} in state ${existing.state}`,
      })
    if (!existing) {
      const version: LocalIndex['versions'][number] = {
        model: input.model,
        version: input.version,
        modelDigest: sha256,
        state: CANDIDATE_STATE,
        draft: true,
        files: [],
        url: this.versionDir(input),
        createdAt: this.now().toISOString(),
        owner: input.owner,
      }
      index.versions.push(version)
      index.history.push(
        this.event({ kind: 'register', version: input.version, actor: input.actor }),
      )
      await this.save(index)
    }
    await this.attachFile(input, basename(input.modelFile), input.modelFile)
    for (const f of input.files ?? []) await this.attachFile(input, f.name, f.path)
    return (await this.version(input))!
  }

  async attachFile(ref: VersionRef, name: string, absolutePath: string): Promise<StoredFile> {
    const index = await this.load(ref.model)
    const v = this.find(index, ref)
    if (!v.draft)
      throw new InputError({
        file: name,
        message: `${ref.model} ${ref.version} is published; its files cannot change`,
        expected: 'a draft (candidate) version',
        found: `a published version in state ${v.state}`,
      })
    if (basename(name) !== name || name.startsWith('.') || name === '')
      throw new InputError({
        file: name,
        message: 'A registry file name must be a plain file name',
        expected: 'a name without folders, not starting with "."',
        found: JSON.stringify(name),
      })
    const dir = this.versionDir(ref)
    await mkdir(dir, { recursive: true })
    const target = join(dir, name)
    const tmp = `${target}.${process.pid}.tmp`
    await copyFile(absolutePath, tmp)
    await rename(tmp, target)
    const { sha256, bytes } = await digestFile(target)
    const stored: StoredFile = { name, sha256, bytes }
    v.files = [...v.files.filter((f) => f.name !== name), stored]
    await this.save(index)
    return stored
  }

  async attachEvidence(
    ref: VersionRef,
    evidence: EvidenceRecord,
    reports?: { markdown?: string; html?: string },
  ): Promise<StoredFile> {
    const names = evidenceFileNames(evidence.gate)
    const dir = join(this.root, ref.model, '.staging')
    await mkdir(dir, { recursive: true })
    const write = async (name: string, text: string): Promise<StoredFile> => {
      const path = join(dir, name)
      await writeFile(path, text)
      try {
        return await this.attachFile(ref, name, path)
      } finally {
        await rm(path, { force: true })
      }
    }
    const stored = await write(names.evidence, `${JSON.stringify(evidence, null, 2)}\n`)
    if (reports?.markdown !== undefined) await write(names.markdown, reports.markdown)
    if (reports?.html !== undefined) await write(names.html, reports.html)
    return stored
  }

  async readEvidence(ref: VersionRef, gate: GateId): Promise<EvidenceRecord | undefined> {
    const index = await this.load(ref.model)
    const v = this.find(index, ref)
    const name = evidenceFileNames(gate).evidence
    if (!v.files.some((f) => f.name === name)) return undefined
    const path = join(this.versionDir(ref), name)
    try {
      return JSON.parse(await readFile(path, 'utf8')) as EvidenceRecord
    } catch (error) {
      throw new InputError({
        file: path,
        message: `The ${gate} evidence held by ${ref.model} ${ref.version} cannot be read`,
        expected: 'an evidence record (JSON)',
        found: (error as Error).message,
      })
    }
  }

  async download(ref: VersionRef, name: string, toPath: string): Promise<StoredFile> {
    const index = await this.load(ref.model)
    const v = this.find(index, ref)
    const held = v.files.find((f) => f.name === name)
    if (!held)
      throw new InputError({
        file: name,
        message: `${ref.model} ${ref.version} holds no file named ${name}`,
        expected: v.files.map((f) => f.name).join(', ') || 'a held file',
        found: name,
      })
    await copyFile(join(this.versionDir(ref), name), toPath)
    const { sha256, bytes } = await digestFile(toPath)
    return { name, sha256, bytes }
  }

  async version(ref: VersionRef): Promise<ModelVersion | undefined> {
    const index = await this.load(ref.model)
    const v = index.versions.find((x) => x.version === ref.version)
    return v ? publicVersion(v) : undefined
  }

  async versions(model: string): Promise<ModelVersion[]> {
    return (await this.load(model)).versions.map(publicVersion)
  }

  async promote(ref: VersionRef, actor: Actor, reason?: string): Promise<void> {
    const g5 = await this.readEvidence(ref, 'G5')
    const index = await this.load(ref.model)
    const v = this.find(index, ref)
    assertPromotable(v, g5, this.indexPath(ref.model))
    const previous = index.production
    if (previous !== undefined) {
      const p = index.versions.find((x) => x.version === previous)
      if (p) p.state = REPLACED_STATE
    }
    v.state = 'production'
    v.draft = false
    index.production = v.version
    index.history.push(
      this.event({ kind: 'promote', version: v.version, previousVersion: previous, actor, reason }),
    )
    await this.save(index)
  }

  async rollback(ref: VersionRef, actor: Actor, reason: string): Promise<void> {
    const index = await this.load(ref.model)
    const target = this.find(index, ref)
    assertRollbackTarget(target, index.production, index.history, this.indexPath(ref.model))
    const bad = index.versions.find((x) => x.version === index.production)
    if (bad) bad.state = 'rolled-back'
    target.state = 'production'
    const previous = index.production
    index.production = target.version
    index.history.push(
      this.event({
        kind: 'rollback',
        version: target.version,
        previousVersion: previous,
        actor,
        reason,
      }),
    )
    await this.save(index)
  }

  async setState(
    ref: VersionRef,
    state: LifecycleState,
    actor: Actor,
    reason?: string,
  ): Promise<void> {
    const index = await this.load(ref.model)
    const v = this.find(index, ref)
    assertStateChange(v, state, this.indexPath(ref.model))
    v.state = state
    index.history.push(this.event({ kind: 'state', version: v.version, state, actor, reason }))
    await this.save(index)
  }

  async setFrozen(ref: VersionRef, frozen: boolean, actor: Actor, reason: string): Promise<void> {
    const index = await this.load(ref.model)
    const v = this.find(index, ref)
    const at = this.now().toISOString()
    if (frozen) v.frozen = { at, reason, ...(actor.runUrl ? { runUrl: actor.runUrl } : {}) }
    else delete v.frozen
    index.history.push({
      kind: frozen ? 'freeze' : 'unfreeze',
      version: v.version,
      at,
      actor,
      reason,
    })
    await this.save(index)
  }

  async production(model: string): Promise<ModelVersion | undefined> {
    const index = await this.load(model)
    const v = index.versions.find((x) => x.version === index.production)
    return v ? publicVersion(v) : undefined
  }

  async history(model: string): Promise<HistoryEvent[]> {
    return (await this.load(model)).history
  }

  /** The folder that holds a version's files (for `modelgate verify`). */
  folderOf(ref: VersionRef): string {
    return this.versionDir(ref)
  }
}

function publicVersion(v: LocalIndex['versions'][number]): ModelVersion {
  const { owner: _owner, ...rest } = v
  return structuredClone(rest)
}
