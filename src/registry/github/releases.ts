import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
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
import type { GitHubClient } from '../../github/octokit.js'
import { evidenceFileNames } from '../evidence.js'
import {
  CANDIDATE_STATE,
  REPLACED_STATE,
  assertName,
  assertPromotable,
  assertRollbackTarget,
  assertStateChange,
  releaseTag,
} from '../lifecycle.js'
import { RestReleases, type Release } from './rest.js'
import { emptyLedger, ledgerTag, parseLedger, renderLedger, type Ledger } from './ledger.js'

export interface GitHubRegistryOptions {
  client: GitHubClient
  owner: string
  repo: string
  /** The commit a candidate's release (and its tag) points at: the commit the gates judged. */
  targetCommitish?: string
}

/**
 * The registry on GitHub Releases (README "Model registry"):
 * - one version = one release tagged `<model>-v<version>`, a draft while it
 *   is a candidate: the model, the model card, modelgate-version.json and
 *   each gate's evidence are its assets, uploaded while it is a draft
 *   (immutable releases accept none after publishing); G5's promote
 *   publishes it and makes it "latest";
 * - the ledger of each model (states, production pointer, history) is the
 *   body of a published pre-release `<model>-registry` (see ledger.ts);
 * - `refs/tags/<model>-production` follows production: a ref a deploy
 *   script can fetch without modelgate.
 * A file's recorded digest is the one GitHub computed for the asset.
 */
export class GitHubRegistry implements Registry {
  readonly kind = 'github' as const
  private readonly rest: RestReleases

  constructor(
    options: GitHubRegistryOptions,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.rest = new RestReleases(
      options.client,
      options.owner,
      options.repo,
      options.targetCommitish,
    )
  }

  private event(e: Omit<HistoryEvent, 'at'>): HistoryEvent {
    return { ...e, at: this.now().toISOString() }
  }

  private async ledger(model: string): Promise<{ ledger: Ledger; release?: Release }> {
    assertName('model', model, 'registry')
    const release = await this.rest.findRelease(ledgerTag(model))
    if (!release) return { ledger: emptyLedger(model) }
    return { ledger: parseLedger(release.body, release.html_url), release }
  }

  private async saveLedger(ledger: Ledger, release: Release | undefined): Promise<void> {
    const releases = await this.rest.listReleases()
    const urls = new Map(releases.map((r) => [r.tag_name, r.html_url]))
    const body = renderLedger(ledger, (v) => urls.get(releaseTag(ledger.model, v)))
    if (release) await this.rest.updateRelease(release.id, { body })
    else
      await this.rest.createRelease({
        tag_name: ledgerTag(ledger.model),
        name: `${ledger.model} registry`,
        body,
        draft: false,
        prerelease: true,
        make_latest: 'false',
      })
  }

  private async versionRelease(ref: VersionRef): Promise<Release | undefined> {
    assertName('version', ref.version, 'registry')
    return this.rest.findRelease(releaseTag(ref.model, ref.version))
  }

  private async requireRelease(ref: VersionRef): Promise<Release> {
    const r = await this.versionRelease(ref)
    if (!r)
      throw new InputError({
        message: `${ref.model} ${ref.version} has no release ${releaseTag(ref.model, ref.version)}`,
        expected: 'a candidate registered with modelgate candidate (gate: candidate)',
        found: 'no such release',
      })
    return r
  }

  private toVersion(
    entry: Ledger['versions'][number],
    model: string,
    release: Release | undefined,
  ): ModelVersion {
    return {
      model,
      version: entry.version,
      modelDigest: entry.modelDigest,
      state: entry.state,
      draft: release ? release.draft : entry.draft,
      ...(entry.frozen ? { frozen: entry.frozen } : {}),
      files: (release?.assets ?? []).map((a) => ({
        name: a.name,
        sha256: (a.digest ?? '').replace(/^sha256:/, ''),
        bytes: a.size,
      })),
      ...(release ? { url: release.html_url } : {}),
      createdAt: entry.createdAt,
    }
  }

  private entry(ledger: Ledger, ref: VersionRef): Ledger['versions'][number] {
    const e = ledger.versions.find((v) => v.version === ref.version)
    if (!e)
      throw new InputError({
        message: `${ref.model} ${ref.version} is not in the registry ledger ${ledgerTag(ref.model)}`,
        expected: `a registered version (${ledger.versions.map((v) => v.version).join(', ') || 'none yet'})`,
        found: `version ${ref.version}`,
      })
    return e
  }

  async register(input: RegisterInput): Promise<ModelVersion> {
    assertName('model', input.model, 'ssot/model.json')
    assertName('version', input.version, 'ssot/model.json')
    const tag = releaseTag(input.model, input.version)
    const { sha256 } = await digestFile(input.modelFile)
    const { ledger, release: ledgerRelease } = await this.ledger(input.model)
    const existing = await this.versionRelease(input)
    const entry = ledger.versions.find((v) => v.version === input.version)
    if (existing && !existing.draft)
      throw new InputError({
        message: `Release ${tag} is already published; a published version never changes`,
        expected: 'a new version in ssot/model.json',
        found: `a published release ${existing.html_url}`,
      })
    if (existing && entry && entry.modelDigest !== sha256)
      throw new InputError({
        message: `${input.model} ${input.version} is already a candidate with another model file`,
        expected: `the model with sha256 ${entry.modelDigest}, or a new version in ssot/model.json`,
        found: `a model with sha256 ${sha256}`,
      })
    if (!existing)
      await this.rest.createRelease({
        tag_name: tag,
        name: `${input.model} ${input.version}`,
        body: `Candidate ${input.version} of ${input.model}, model sha256 \`${sha256}\`. Gate evidence is attached as the gates pass; G5 publishes it.`,
        draft: true,
        prerelease: false,
      })
    if (!existing && entry && entry.draft && entry.modelDigest !== sha256) {
      // The draft was deleted by hand: the new candidate starts over with this model.
      entry.modelDigest = sha256
      ledger.history.push(
        this.event({ kind: 'register', version: input.version, actor: input.actor }),
      )
      await this.saveLedger(ledger, ledgerRelease)
    }
    if (!entry) {
      ledger.versions.push({
        version: input.version,
        modelDigest: sha256,
        state: CANDIDATE_STATE,
        draft: true,
        owner: input.owner,
        createdAt: this.now().toISOString(),
      })
      ledger.history.push(
        this.event({ kind: 'register', version: input.version, actor: input.actor }),
      )
      await this.saveLedger(ledger, ledgerRelease)
    }
    await this.attachFile(input, basename(input.modelFile), input.modelFile)
    for (const f of input.files ?? []) await this.attachFile(input, f.name, f.path)
    return (await this.version(input))!
  }

  async attachFile(ref: VersionRef, name: string, absolutePath: string): Promise<StoredFile> {
    const release = await this.requireRelease(ref)
    if (!release.draft)
      throw new InputError({
        file: name,
        message: `Release ${release.tag_name} is published; its assets cannot change`,
        expected: 'a draft (candidate) release',
        found: `a published release ${release.html_url}`,
      })
    if (basename(name) !== name || name.startsWith('.') || name === '')
      throw new InputError({
        file: name,
        message: 'A release asset name must be a plain file name',
        expected: 'a name without folders, not starting with "."',
        found: JSON.stringify(name),
      })
    const { sha256, bytes } = await digestFile(absolutePath)
    const old = release.assets.find((a) => a.name === name)
    if (old) await this.rest.deleteAsset(old.id)
    const asset = await this.rest.uploadAsset(release, name, await readFile(absolutePath))
    const reported = (asset.digest ?? '').replace(/^sha256:/, '')
    if (reported && reported !== sha256)
      throw new InputError({
        file: name,
        message: `GitHub recorded another digest for the uploaded ${name}`,
        expected: sha256,
        found: reported,
      })
    return { name, sha256, bytes }
  }

  async attachEvidence(
    ref: VersionRef,
    evidence: EvidenceRecord,
    reports?: { markdown?: string; html?: string },
  ): Promise<StoredFile> {
    const names = evidenceFileNames(evidence.gate)
    const dir = await mkdtemp(join(tmpdir(), 'modelgate-attach-'))
    try {
      const write = async (name: string, text: string) => {
        await writeFile(join(dir, name), text)
        return this.attachFile(ref, name, join(dir, name))
      }
      const stored = await write(names.evidence, `${JSON.stringify(evidence, null, 2)}\n`)
      if (reports?.markdown !== undefined) await write(names.markdown, reports.markdown)
      if (reports?.html !== undefined) await write(names.html, reports.html)
      return stored
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }

  async readEvidence(ref: VersionRef, gate: GateId): Promise<EvidenceRecord | undefined> {
    const release = await this.requireRelease(ref)
    const asset = release.assets.find((a) => a.name === evidenceFileNames(gate).evidence)
    if (!asset) return undefined
    const bytes = await this.rest.downloadAsset(asset.id)
    try {
      return JSON.parse(bytes.toString('utf8')) as EvidenceRecord
    } catch (error) {
      throw new InputError({
        file: `${release.tag_name}/${asset.name}`,
        message: `The ${gate} evidence of ${release.tag_name} cannot be read`,
        expected: 'an evidence record (JSON)',
        found: (error as Error).message,
      })
    }
  }

  async download(ref: VersionRef, name: string, toPath: string): Promise<StoredFile> {
    const release = await this.requireRelease(ref)
    const asset = release.assets.find((a) => a.name === name)
    if (!asset)
      throw new InputError({
        file: name,
        message: `Release ${release.tag_name} has no asset ${name}`,
        expected: release.assets.map((a) => a.name).join(', ') || 'an asset',
        found: name,
      })
    await writeFile(toPath, await this.rest.downloadAsset(asset.id))
    const { sha256, bytes } = await digestFile(toPath)
    return { name, sha256, bytes }
  }

  async version(ref: VersionRef): Promise<ModelVersion | undefined> {
    const { ledger } = await this.ledger(ref.model)
    const entry = ledger.versions.find((v) => v.version === ref.version)
    return entry ? this.toVersion(entry, ref.model, await this.versionRelease(ref)) : undefined
  }

  async versions(model: string): Promise<ModelVersion[]> {
    const { ledger } = await this.ledger(model)
    const releases = new Map((await this.rest.listReleases()).map((r) => [r.tag_name, r]))
    return ledger.versions.map((e) =>
      this.toVersion(e, model, releases.get(releaseTag(model, e.version))),
    )
  }

  async promote(ref: VersionRef, actor: Actor, reason?: string): Promise<void> {
    const g5 = await this.readEvidence(ref, 'G5')
    const { ledger, release: ledgerRelease } = await this.ledger(ref.model)
    const entry = this.entry(ledger, ref)
    assertPromotable(this.toVersion(entry, ref.model, undefined), g5, ledgerTag(ref.model))
    const release = await this.requireRelease(ref)
    if (release.draft)
      await this.rest.updateRelease(release.id, { draft: false, make_latest: 'true' })
    const previous = ledger.production
    const p = ledger.versions.find((v) => v.version === previous)
    if (p) p.state = REPLACED_STATE
    entry.state = 'production'
    entry.draft = false
    ledger.production = entry.version
    ledger.history.push(
      this.event({
        kind: 'promote',
        version: entry.version,
        previousVersion: previous,
        actor,
        reason,
      }),
    )
    await this.saveLedger(ledger, ledgerRelease)
    await this.rest.moveProductionRef(ref.model, releaseTag(ref.model, ref.version))
  }

  async rollback(ref: VersionRef, actor: Actor, reason: string): Promise<void> {
    const { ledger, release: ledgerRelease } = await this.ledger(ref.model)
    const target = this.entry(ledger, ref)
    assertRollbackTarget(
      this.toVersion(target, ref.model, undefined),
      ledger.production,
      ledger.history,
      ledgerTag(ref.model),
    )
    const previous = ledger.production
    const bad = ledger.versions.find((v) => v.version === previous)
    if (bad) bad.state = 'rolled-back'
    target.state = 'production'
    ledger.production = target.version
    ledger.history.push(
      this.event({
        kind: 'rollback',
        version: target.version,
        previousVersion: previous,
        actor,
        reason,
      }),
    )
    await this.saveLedger(ledger, ledgerRelease)
    const release = await this.requireRelease(ref)
    await this.rest.updateRelease(release.id, { make_latest: 'true' })
    await this.rest.moveProductionRef(ref.model, release.tag_name)
  }

  async setState(
    ref: VersionRef,
    state: LifecycleState,
    actor: Actor,
    reason?: string,
  ): Promise<void> {
    const { ledger, release } = await this.ledger(ref.model)
    const entry = this.entry(ledger, ref)
    assertStateChange(this.toVersion(entry, ref.model, undefined), state, ledgerTag(ref.model))
    entry.state = state
    ledger.history.push(this.event({ kind: 'state', version: entry.version, state, actor, reason }))
    await this.saveLedger(ledger, release)
  }

  async setFrozen(ref: VersionRef, frozen: boolean, actor: Actor, reason: string): Promise<void> {
    const { ledger, release } = await this.ledger(ref.model)
    const entry = this.entry(ledger, ref)
    const at = this.now().toISOString()
    if (frozen) entry.frozen = { at, reason, ...(actor.runUrl ? { runUrl: actor.runUrl } : {}) }
    else delete entry.frozen
    ledger.history.push({
      kind: frozen ? 'freeze' : 'unfreeze',
      version: entry.version,
      at,
      actor,
      reason,
    })
    await this.saveLedger(ledger, release)
  }

  async production(model: string): Promise<ModelVersion | undefined> {
    const { ledger } = await this.ledger(model)
    return ledger.production ? this.version({ model, version: ledger.production }) : undefined
  }

  async history(model: string): Promise<HistoryEvent[]> {
    return (await this.ledger(model)).ledger.history
  }
}

/** The GitHub Releases registry (see README "Model registry"). */
export function openGitHubRegistry(options: GitHubRegistryOptions, now?: () => Date): Registry {
  return new GitHubRegistry(options, now)
}
