import { InputError } from '../contract/errors.js'
import type { ModelVersion, Registry, StoredFile } from '../contract/registry.js'

/**
 * `models:/<name>@champion` and `models:/<name>/<version>`: a model held by
 * the registry, named as MLflow names it. `champion` is the production
 * pointer of any backend (the MLflow alias, the GitHub production release,
 * the local registry's pointer); a version is the one from model.json.
 */
export interface ModelUri {
  uri: string
  model: string
  /** `champion`: the version in production now. */
  alias?: 'champion'
  version?: string
}

export function isModelUri(text: string): boolean {
  return text.startsWith('models:/')
}

export function parseModelUri(
  uri: string,
  where: { file?: string; pointer?: string } = {},
): ModelUri {
  const m = /^models:\/([^@/]+)(?:@([^/]+)|\/([^/@]+))$/.exec(uri)
  const fail = (found: string) =>
    new InputError({
      ...where,
      message: 'A registry model URI names a model and the champion alias or a version',
      expected: 'models:/<name>@champion or models:/<name>/<version>',
      found,
    })
  if (!m) throw fail(JSON.stringify(uri))
  if (m[2] !== undefined && m[2] !== 'champion')
    throw fail(
      `the alias ${JSON.stringify(m[2])} (modelgate keeps only champion, the production pointer)`,
    )
  return {
    uri,
    model: m[1]!,
    ...(m[2] !== undefined ? { alias: 'champion' as const } : { version: m[3]! }),
  }
}

/**
 * Downloads the model file of a registry version to `toPath`: the file whose
 * digest is the version's model digest, checked again after the download.
 */
export async function fetchRegistryModel(
  registry: Registry,
  ref: ModelUri,
  toPath: string,
  where: { file?: string; pointer?: string } = {},
): Promise<{ version: ModelVersion; file: StoredFile }> {
  const version = ref.alias
    ? await registry.production(ref.model)
    : await registry.version({ model: ref.model, version: ref.version! })
  if (!version)
    throw new InputError({
      ...where,
      message: ref.alias
        ? `The ${registry.kind} registry has no version of ${ref.model} in production`
        : `The ${registry.kind} registry has no version ${ref.version} of ${ref.model}`,
      expected: ref.alias
        ? 'a model promoted by G5 (or no baseline until the first release)'
        : 'a registered version',
      found: ref.uri,
    })
  const held = version.files.find((f) => f.sha256 === version.modelDigest)
  if (!version.modelDigest || !held)
    throw new InputError({
      ...where,
      message: `${ref.uri} is ${ref.model} ${version.version}, which holds no model file that modelgate registered`,
      expected: 'a version registered by modelgate (its model file and digest)',
      found: version.files.map((f) => f.name).join(', ') || 'no files',
    })
  const file = await registry.download(version, held.name, toPath)
  if (file.sha256 !== version.modelDigest)
    throw new InputError({
      ...where,
      message: `The model file of ${ref.uri} does not match its registered digest`,
      expected: `sha256 ${version.modelDigest}`,
      found: `sha256 ${file.sha256}`,
    })
  return { version, file }
}
