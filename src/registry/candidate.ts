import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { InputError } from '../contract/errors.js'
import type { Actor, ModelVersion, Registry, StoredFile, VersionRef } from '../contract/registry.js'
import type { EvidenceRecord } from '../contract/types.js'
import { digestFile } from '../io/file-digest.js'
import { Workspace } from '../io/workspace.js'
import type { ReportFiles } from '../report/files.js'
import type { ModelConfig } from '../ssot/model-config.js'
import { Ssot } from '../ssot/ssot.js'
import { MANIFEST_FILE, VERSION_FILE, type VersionDescriptor } from './chain.js'

/** The version `ssot/model.json` names; a registry needs both a name and a version. */
export async function versionFromSsot(
  workspaceRoot: string,
  ssotPath: string,
): Promise<{ ref: VersionRef; config: ModelConfig; ssot: Ssot }> {
  const ssot = new Ssot(new Workspace(workspaceRoot), ssotPath)
  const config = await ssot.model()
  if (!config.version)
    throw new InputError({
      file: ssot.display('model.json'),
      pointer: '/version',
      message: 'A registry version needs a version in model.json',
      expected: 'a version such as "1.2.0" (the release tag becomes <name>-v<version>)',
      found: 'no version',
    })
  return { ref: { model: config.name, version: config.version }, config, ssot }
}

/**
 * `modelgate candidate`: registers the version of `ssot/model.json` as a
 * candidate (a draft release) holding the model, the model card and
 * `modelgate-version.json`, the anchor of the chain (model file name, sha256,
 * owner). Each gate's evidence is attached to it afterwards (`--attach`).
 */
export async function registerCandidate(options: {
  registry: Registry
  workspaceRoot: string
  ssotPath: string
  actor: Actor
  now?: () => Date
}): Promise<{ version: ModelVersion; descriptor: VersionDescriptor }> {
  const { ref, config, ssot } = await versionFromSsot(options.workspaceRoot, options.ssotPath)
  const modelFile = ssot.resolveRepoPath(config.paths.model, 'model', '/paths/model')
  const cardPath = config.paths.modelCard
    ? ssot.resolveRepoPath(config.paths.modelCard, 'model card', '/paths/modelCard')
    : undefined
  let digest: string
  try {
    digest = (await digestFile(modelFile)).sha256
  } catch (error) {
    throw new InputError({
      file: ssot.display('model.json'),
      pointer: '/paths/model',
      message: 'Cannot read the model file',
      expected: `a model file at ${config.paths.model}`,
      found: (error as NodeJS.ErrnoException).code ?? 'an unreadable file',
    })
  }
  const descriptor: VersionDescriptor = {
    schemaVersion: 1,
    model: ref.model,
    version: ref.version,
    modelFile: basename(modelFile),
    modelDigest: digest,
    owner: config.owner,
    registeredAt: (options.now ?? (() => new Date()))().toISOString(),
  }
  const dir = await mkdtemp(join(tmpdir(), 'modelgate-candidate-'))
  try {
    const descriptorPath = join(dir, VERSION_FILE)
    await writeFile(descriptorPath, `${JSON.stringify(descriptor, null, 2)}\n`)
    const files = [{ name: VERSION_FILE, path: descriptorPath }]
    if (cardPath) files.push({ name: basename(cardPath), path: cardPath })
    const existing = await options.registry.version(ref)
    if (
      existing?.draft &&
      existing.modelDigest === digest &&
      existing.files.some((f) => f.name === VERSION_FILE)
    )
      // Re-running the candidate job keeps the first descriptor (its registeredAt).
      files.shift()
    const version = await options.registry.register({
      ...ref,
      modelFile,
      owner: config.owner.github ?? config.owner.name,
      files,
      actor: options.actor,
    })
    return { version, descriptor }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/**
 * Attaches a gate's evidence (and its markdown and HTML reports) to the
 * candidate of `ssot/model.json`, after the gate wrote them. Refuses evidence
 * about another model than the candidate's. G2's manifest is also attached as
 * `manifest.json`, readable without modelgate.
 */
export async function attachGateEvidence(options: {
  registry: Registry
  workspaceRoot: string
  ssotPath: string
  evidence: EvidenceRecord
  files: ReportFiles
}): Promise<StoredFile[]> {
  const { ref } = await versionFromSsot(options.workspaceRoot, options.ssotPath)
  const version = await options.registry.version(ref)
  if (!version)
    throw new InputError({
      message: `${ref.model} ${ref.version} has no candidate in the registry to attach ${options.evidence.gate} to`,
      expected: 'modelgate candidate (Action: gate: candidate) run before the gates',
      found: 'no such version',
    })
  const subject = options.evidence.subject.model?.sha256
  if (subject !== undefined && subject !== version.modelDigest)
    throw new InputError({
      file: options.files.evidence,
      pointer: '/subject/model/sha256',
      message: `The ${options.evidence.gate} evidence is about another model than candidate ${ref.model} ${ref.version}`,
      expected: version.modelDigest,
      found: subject,
    })
  const [markdown, html] = await Promise.all([
    readFile(options.files.markdown, 'utf8'),
    readFile(options.files.html, 'utf8'),
  ])
  const stored = [await options.registry.attachEvidence(ref, options.evidence, { markdown, html })]
  const manifest = options.evidence.report.manifest
  if (options.evidence.gate === 'G2' && Array.isArray(manifest)) {
    const dir = await mkdtemp(join(tmpdir(), 'modelgate-manifest-'))
    try {
      const path = join(dir, MANIFEST_FILE)
      await writeFile(path, `${JSON.stringify(manifest, null, 2)}\n`)
      stored.push(await options.registry.attachFile(ref, MANIFEST_FILE, path))
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }
  return stored
}
