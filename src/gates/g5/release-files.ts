import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import type { ModelVersion, Registry, VersionRef } from '../../contract/registry.js'
import type { Check } from '../../contract/types.js'
import { digestFile } from '../../io/file-digest.js'
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

/** The file of the release an entry of the manifest names: same path, or same file name. */
export function heldFileFor(version: ModelVersion, entry: ManifestFile) {
  return (
    version.files.find((f) => f.name === entry.path) ??
    version.files.find((f) => f.name === basename(entry.path))
  )
}

/**
 * `G5.manifest`: every file the release holds that G2's manifest lists is
 * downloaded and hashed again, and must have the digest G2 signed off; the
 * release must hold the model (with the version's model digest) and the model
 * card. Catches a model or card swapped after G2.
 */
export async function judgeManifest(
  registry: Registry,
  ref: VersionRef,
  version: ModelVersion,
  g2: ChainLink | undefined,
): Promise<Check> {
  const base = {
    id: 'G5.manifest',
    rule: 'g2-manifest',
    severity: 'block' as const,
    source: { file: g2?.file ?? 'G2.evidence.json', pointer: '/report/manifest' },
  }
  const manifest = g2Manifest(g2)
  if (!manifest)
    return {
      ...base,
      value: null,
      status: 'fail',
      message: g2?.verified
        ? 'The G2 evidence carries no digest manifest'
        : 'No verified G2 evidence, so no manifest to check the release against',
    }
  const problems: string[] = []
  const model = manifest.find((m) => m.role === 'model')
  if (!model) problems.push('the manifest lists no model')
  else if (model.sha256 !== version.modelDigest)
    problems.push(
      `the release's model digest is ${version.modelDigest}, G2 signed off ${model.sha256} (${model.path})`,
    )
  const rows: (string | number)[][] = []
  const dir = await mkdtemp(join(tmpdir(), 'modelgate-g5-'))
  try {
    for (const [i, entry] of manifest.entries()) {
      const held = heldFileFor(version, entry)
      if (!held) {
        if (entry.role === 'model' || entry.role === 'model-card')
          problems.push(`the release holds no ${entry.role} ${basename(entry.path)}`)
        continue
      }
      const copy = join(dir, String(i))
      await registry.download(ref, held.name, copy)
      const { sha256 } = await digestFile(copy)
      rows.push([held.name, entry.role, entry.sha256, sha256])
      if (sha256 !== entry.sha256)
        problems.push(
          `${held.name} has sha256 ${sha256}, G2's manifest says ${entry.sha256} for ${entry.path}`,
        )
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
  return {
    ...base,
    value: problems.length ? 'changed' : 'unchanged',
    status: problems.length ? 'fail' : 'pass',
    message: problems.length
      ? `The release does not match G2's manifest: ${problems.join('; ')}`
      : `${rows.length} released files hashed again match G2's manifest`,
    details: { files: rows },
  }
}
