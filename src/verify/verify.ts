import { isAbsolute, resolve } from 'node:path'
import type { ModelVersion } from '../contract/registry.js'
import type { EvidenceRecord } from '../contract/types.js'
import { digestFile } from '../io/file-digest.js'
import { verifyChain, type BundleFile, type LinkVerdict } from '../registry/chain.js'
import type { LocalRegistry } from '../registry/local.js'
import { readBundle, renderingsOf } from '../registry/bundle.js'

/** Data files named by the evidence subjects, digested where they exist under `dataRoot`. */
async function dataDigests(
  files: BundleFile[],
  dataRoot: string | undefined,
): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  if (!dataRoot) return out
  for (const f of files.filter((x) => x.name.endsWith('.evidence.json') && x.text)) {
    let record: EvidenceRecord
    try {
      record = JSON.parse(f.text!) as EvidenceRecord
    } catch {
      continue
    }
    for (const d of record.subject?.data ?? []) {
      if (out.has(d.path) || isAbsolute(d.path) || d.path.split('/').includes('..')) continue
      try {
        out.set(d.path, (await digestFile(resolve(dataRoot, d.path))).sha256)
      } catch {
        // Not available here: the link is reported as skipped.
      }
    }
  }
  return out
}

export interface VerifyOptions {
  /** Digests the registry recorded for the version's files. */
  recorded?: { name: string; sha256: string }[]
  /** Folder against which the evidence's data paths are recomputed (the repository checkout). */
  dataRoot?: string
  /** false: a candidate, verified without G5. */
  requireG5?: boolean
}

export async function verifyFolder(
  dir: string,
  options: VerifyOptions = {},
): Promise<LinkVerdict[]> {
  const files = await readBundle(dir)
  return verifyChain(files, {
    render: renderingsOf,
    data: await dataDigests(files, options.dataRoot),
    ...(options.recorded ? { recorded: options.recorded } : {}),
    ...(options.requireG5 !== undefined ? { requireG5: options.requireG5 } : {}),
  })
}

/** Verifies one version held by a local registry, against the digests its index recorded too. */
export async function verifyLocalVersion(
  registry: LocalRegistry,
  version: ModelVersion,
  options: Omit<VerifyOptions, 'recorded'> = {},
): Promise<LinkVerdict[]> {
  return verifyFolder(registry.folderOf(version), { ...options, recorded: version.files })
}

/** One line per link: `PASS  link: message (expected X, found Y)`. */
export function formatVerdicts(verdicts: LinkVerdict[]): string {
  return verdicts
    .map((v) => {
      const tail =
        v.expected !== undefined || v.found !== undefined
          ? ` (expected ${v.expected ?? '?'}, found ${v.found ?? '?'})`
          : ''
      return `${v.status.toUpperCase().padEnd(7)} ${v.link}: ${v.message}${tail}\n`
    })
    .join('')
}
