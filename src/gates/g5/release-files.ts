import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import type { ModelVersion, Registry, VersionRef } from '../../contract/registry.js'
import type { Check } from '../../contract/types.js'
import { digestFile } from '../../io/file-digest.js'
import {
  checkManifest,
  MANIFEST_FILE,
  VERSION_FILE,
  type BundleFile,
  type VersionDescriptor,
} from '../../registry/chain.js'
import type { ChainLink } from './chain.js'

/** One entry of G2's digest manifest (src/gates/g2/manifest.ts), as G2's evidence reports it. */
export interface ManifestFile {
  path: string
  role: string
  sha256: string
  bytes: number
}

/** The manifest of a verified G2 evidence record, or undefined when it carries none. */
export function g2Manifest(link: ChainLink | undefined): ManifestFile[] | undefined {
  const manifest = link?.verified?.report.manifest
  if (!Array.isArray(manifest)) return undefined
  return manifest.filter(
    (m): m is ManifestFile =>
      !!m &&
      typeof (m as ManifestFile).path === 'string' &&
      typeof (m as ManifestFile).sha256 === 'string' &&
      typeof (m as ManifestFile).role === 'string',
  )
}

/** The file of the release an entry of the manifest names: the same file name (as verify matches them). */
export function heldFileFor(version: ModelVersion, entry: ManifestFile) {
  return version.files.find((f) => f.name === basename(entry.path))
}

/**
 * `G5.manifest`: the release holds `modelgate-version.json` (the anchor
 * `modelgate candidate` wrote) naming the version's model digest; every file
 * the release holds that G2's manifest lists (and the manifest copy
 * `manifest.json`) is downloaded and hashed again, then
 * judged by the same link checks `modelgate verify` runs
 * (src/registry/chain.ts checkManifest): each must have the digest G2 signed
 * off, and G2's model entry must be the version's model. The release must
 * also hold the model and the model card. Catches a file swapped after G2.
 */
export async function judgeManifest(
  registry: Registry,
  ref: VersionRef,
  version: ModelVersion,
  g2: ChainLink | undefined,
): Promise<{ check: Check; descriptor?: VersionDescriptor }> {
  const base = {
    id: 'G5.manifest',
    rule: 'g2-manifest',
    severity: 'block' as const,
    source: { file: g2?.file ?? 'G2.evidence.json', pointer: '/report/manifest' },
  }
  const manifest = g2Manifest(g2)
  if (!g2?.verified || !manifest)
    return {
      check: {
        ...base,
        value: null,
        status: 'fail',
        message: g2?.verified
          ? 'The G2 evidence carries no digest manifest'
          : 'No verified G2 evidence, so no manifest to check the release against',
      },
    }
  const problems: string[] = []
  for (const role of ['model', 'model-card']) {
    const entry = manifest.find((m) => m.role === role)
    if (entry && !heldFileFor(version, entry))
      problems.push(`the release holds no ${role} ${basename(entry.path)}`)
  }
  const names = new Set(manifest.map((m) => basename(m.path)))
  names.add(MANIFEST_FILE)
  names.add(VERSION_FILE)
  const bundle: BundleFile[] = []
  const dir = await mkdtemp(join(tmpdir(), 'modelgate-g5-'))
  try {
    for (const [i, held] of version.files.filter((f) => names.has(f.name)).entries()) {
      const copy = join(dir, String(i))
      await registry.download(ref, held.name, copy)
      const { sha256, bytes } = await digestFile(copy)
      bundle.push({
        name: held.name,
        sha256,
        bytes,
        ...(held.name === MANIFEST_FILE || held.name === VERSION_FILE
          ? { text: await readFile(copy, 'utf8') }
          : {}),
      })
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
  const descriptor = versionDescriptor(bundle, version.modelDigest, problems)
  // The anchor's model file is the one a deploy ships: it must be the judged model (verify's `model` link).
  const shipped = descriptor
    ? (bundle.find((f) => f.name === descriptor.modelFile) ??
      version.files.find((f) => f.name === descriptor.modelFile))
    : undefined
  if (descriptor && shipped?.sha256 !== version.modelDigest)
    problems.push(
      `${VERSION_FILE} names model file ${descriptor.modelFile}, ${shipped ? `of sha256 ${shipped.sha256}` : 'which the release does not hold'}, not the model ${version.modelDigest}`,
    )
  const verdicts = checkManifest(g2.verified, bundle, version.modelDigest)
  for (const v of verdicts.filter((x) => x.status === 'fail'))
    problems.push(
      `${v.link}: ${v.message}${v.expected !== undefined ? ` (G2: ${v.expected}, found ${v.found ?? '?'})` : ''}`,
    )
  return {
    check: {
      ...base,
      value: problems.length ? 'changed' : 'unchanged',
      status: problems.length ? 'fail' : 'pass',
      message: problems.length
        ? `The release does not match G2's manifest: ${problems.join('; ')}`
        : `${bundle.length} released files hashed again match G2's manifest`,
      details: { files: bundle.map((f) => [f.name, f.sha256]) },
    },
    ...(descriptor ? { descriptor } : {}),
  }
}

/** modelgate-version.json of the release, when it holds one that names the version's model digest; else a problem. */
function versionDescriptor(
  bundle: BundleFile[],
  modelDigest: string,
  problems: string[],
): VersionDescriptor | undefined {
  const file = bundle.find((f) => f.name === VERSION_FILE)
  if (!file) {
    problems.push(`the release holds no ${VERSION_FILE} (modelgate candidate writes it)`)
    return undefined
  }
  let descriptor: VersionDescriptor | undefined
  try {
    descriptor = JSON.parse(file.text ?? '') as VersionDescriptor
  } catch {
    descriptor = undefined
  }
  if (descriptor?.modelDigest !== modelDigest) {
    problems.push(
      `${VERSION_FILE} names model ${String(descriptor?.modelDigest)}, the version's is ${modelDigest}`,
    )
    return undefined
  }
  return descriptor
}
