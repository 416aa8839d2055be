import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import type {
  Actor,
  HistoryEvent,
  LifecycleState,
  ModelVersion,
  RegisterInput,
  Registry,
  StoredFile,
  VersionRef,
} from '../../src/contract/registry.js'
import type { EvidenceRecord, GateId } from '../../src/contract/types.js'

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')
const key = (r: VersionRef) => `${r.model}@${r.version}`

/**
 * A Registry held in memory, for gate tests: files are bytes (tests may
 * overwrite them to play an attacker), evidence is stored as JSON text and
 * parsed on read, as a backend would. Records every write in `writes`, so a
 * test can assert that a refused release touched nothing.
 */
export class MemoryRegistry implements Registry {
  readonly kind = 'local' as const
  readonly entries = new Map<string, { version: ModelVersion; bytes: Map<string, Buffer> }>()
  readonly productionOf = new Map<string, string>()
  readonly events: HistoryEvent[] = []
  readonly writes: string[] = []
  now = () => new Date().toISOString()

  async register(input: RegisterInput): Promise<ModelVersion> {
    const model = await readFile(input.modelFile)
    const bytes = new Map<string, Buffer>([[basename(input.modelFile), model]])
    for (const f of input.files ?? []) bytes.set(f.name, await readFile(f.path))
    const version: ModelVersion = {
      model: input.model,
      version: input.version,
      modelDigest: sha(model),
      state: 'pre-production',
      draft: true,
      files: [],
      url: `memory://${input.model}/${input.version}`,
      createdAt: this.now(),
    }
    this.entries.set(key(input), { version, bytes })
    this.refresh(input)
    this.writes.push(`register ${key(input)}`)
    this.events.push({
      kind: 'register',
      version: input.version,
      at: this.now(),
      actor: input.actor,
    })
    return structuredClone(version)
  }

  /** Puts bytes under a name without the checks a backend makes: the attacker's write. */
  put(ref: VersionRef, name: string, bytes: Buffer | string): void {
    this.entry(ref).bytes.set(name, Buffer.from(bytes))
    this.refresh(ref)
  }

  async attachFile(ref: VersionRef, name: string, absolutePath: string): Promise<StoredFile> {
    this.writes.push(`attach ${key(ref)} ${name}`)
    this.put(ref, name, await readFile(absolutePath))
    return this.stored(ref, name)
  }

  async attachEvidence(
    ref: VersionRef,
    evidence: EvidenceRecord,
    reports?: { markdown?: string; html?: string },
  ): Promise<StoredFile> {
    this.writes.push(`evidence ${key(ref)} ${evidence.gate}`)
    this.put(ref, `${evidence.gate}.evidence.json`, JSON.stringify(evidence, null, 2))
    if (reports?.markdown) this.put(ref, `${evidence.gate}.md`, reports.markdown)
    if (reports?.html) this.put(ref, `${evidence.gate}.html`, reports.html)
    return this.stored(ref, `${evidence.gate}.evidence.json`)
  }

  async readEvidence(ref: VersionRef, gate: GateId): Promise<EvidenceRecord | undefined> {
    const bytes = this.entries.get(key(ref))?.bytes.get(`${gate}.evidence.json`)
    return bytes ? (JSON.parse(bytes.toString('utf8')) as EvidenceRecord) : undefined
  }

  async download(ref: VersionRef, name: string, toPath: string): Promise<StoredFile> {
    const bytes = this.entry(ref).bytes.get(name)
    if (!bytes) throw new Error(`no file ${name} in ${key(ref)}`)
    await writeFile(toPath, bytes)
    return this.stored(ref, name)
  }

  async version(ref: VersionRef): Promise<ModelVersion | undefined> {
    const e = this.entries.get(key(ref))
    return e ? structuredClone(e.version) : undefined
  }

  async versions(model: string): Promise<ModelVersion[]> {
    return [...this.entries.values()]
      .filter((e) => e.version.model === model)
      .map((e) => structuredClone(e.version))
  }

  async promote(ref: VersionRef, actor: Actor, reason?: string): Promise<void> {
    const e = this.entry(ref)
    const previous = this.productionOf.get(ref.model)
    this.writes.push(`promote ${key(ref)}`)
    e.version.draft = false
    e.version.state = 'production'
    this.productionOf.set(ref.model, ref.version)
    this.events.push({
      kind: 'promote',
      version: ref.version,
      ...(previous ? { previousVersion: previous } : {}),
      at: this.now(),
      actor,
      ...(reason ? { reason } : {}),
    })
  }

  async rollback(ref: VersionRef, actor: Actor, reason: string): Promise<void> {
    this.writes.push(`rollback ${key(ref)}`)
    const previous = this.productionOf.get(ref.model)
    this.productionOf.set(ref.model, ref.version)
    this.events.push({
      kind: 'rollback',
      version: ref.version,
      ...(previous ? { previousVersion: previous } : {}),
      at: this.now(),
      actor,
      reason,
    })
  }

  async setState(
    ref: VersionRef,
    state: LifecycleState,
    actor: Actor,
    reason?: string,
  ): Promise<void> {
    this.writes.push(`state ${key(ref)} ${state}`)
    this.entry(ref).version.state = state
    this.events.push({
      kind: 'state',
      version: ref.version,
      state,
      at: this.now(),
      actor,
      ...(reason ? { reason } : {}),
    })
  }

  async setFrozen(ref: VersionRef, frozen: boolean, actor: Actor, reason: string): Promise<void> {
    this.writes.push(`${frozen ? 'freeze' : 'unfreeze'} ${key(ref)}`)
    const v = this.entry(ref).version
    if (frozen) v.frozen = { at: this.now(), reason }
    else delete v.frozen
    this.events.push({
      kind: frozen ? 'freeze' : 'unfreeze',
      version: ref.version,
      at: this.now(),
      actor,
      reason,
    })
  }

  async production(model: string): Promise<ModelVersion | undefined> {
    const v = this.productionOf.get(model)
    return v ? this.version({ model, version: v }) : undefined
  }

  async history(model: string): Promise<HistoryEvent[]> {
    void model
    return structuredClone(this.events)
  }

  private entry(ref: VersionRef) {
    const e = this.entries.get(key(ref))
    if (!e) throw new Error(`no version ${key(ref)}`)
    return e
  }

  private stored(ref: VersionRef, name: string): StoredFile {
    return this.entry(ref).version.files.find((f) => f.name === name)!
  }

  private refresh(ref: VersionRef): void {
    const e = this.entry(ref)
    e.version.files = [...e.bytes].map(([name, b]) => ({ name, sha256: sha(b), bytes: b.length }))
  }
}
