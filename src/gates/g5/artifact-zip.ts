import { createHash } from 'node:crypto'
import { inflateRawSync } from 'node:zlib'
import { bufferSource } from '../../io/byte-source.js'
import { findEndRecords, readZipDirectory } from '../../io/zip-reader.js'

/** `sha256:<hex>` of bytes, in the form GitHub reports artifact digests. */
export function artifactDigest(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`
}

/** Largest evidence file read out of an artifact. */
const MAX_EVIDENCE_BYTES = 64 * 1024 * 1024

/**
 * The `<GATE>.evidence.json` a modelgate evidence artifact holds (the
 * artifact holds the evidence, its markdown and its HTML report, side by
 * side), or undefined when it holds none or cannot be read.
 */
export function evidenceInArtifact(zip: Uint8Array, gate: string): string | undefined {
  try {
    const source = bufferSource(zip)
    const end = findEndRecords(source)
    if (end?.zipfile === undefined) return undefined
    const dir = readZipDirectory(source, end.zipfile, 64)
    const name = `${gate}.evidence.json`
    const entry = dir.entries.find(
      (e) => !e.problem && (e.name === name || e.name.endsWith(`/${name}`)),
    )
    if (!entry || entry.compressedSize > MAX_EVIDENCE_BYTES) return undefined
    const raw = zip.subarray(entry.dataStart, entry.dataStart + entry.compressedSize)
    const data =
      entry.method === 0
        ? Buffer.from(raw)
        : entry.method === 8
          ? inflateRawSync(raw, { maxOutputLength: MAX_EVIDENCE_BYTES })
          : undefined
    return data?.toString('utf8')
  } catch {
    return undefined
  }
}
