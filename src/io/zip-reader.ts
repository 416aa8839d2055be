import { inflateRawSync } from 'node:zlib'

/** One entry of a zip's central directory. */
export interface ZipEntry {
  name: string
  /** 0 stored, 8 deflated. */
  method: number
  compressedSize: number
  size: number
  /** Offset of the entry's data, past its local header. */
  dataStart: number
}

/**
 * Reads a zip's central directory (no ZIP64). Returns undefined when there is
 * no end-of-central-directory record; throws on a corrupt directory.
 */
export function zipEntries(zip: Buffer): ZipEntry[] | undefined {
  let eocd = zip.length - 22
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--
  if (eocd < 0) return undefined
  const count = zip.readUInt16LE(eocd + 10)
  let p = zip.readUInt32LE(eocd + 16)
  const out: ZipEntry[] = []
  for (let i = 0; i < count; i++) {
    if (p + 46 > zip.length || zip.readUInt32LE(p) !== 0x02014b50) throw new Error(`corrupt central directory at entry ${i}`)
    const nameLength = zip.readUInt16LE(p + 28)
    const local = zip.readUInt32LE(p + 42)
    if (local + 30 > zip.length) throw new Error(`entry ${i} points past the end of the archive`)
    out.push({
      name: zip.toString('utf8', p + 46, p + 46 + nameLength),
      method: zip.readUInt16LE(p + 10),
      compressedSize: zip.readUInt32LE(p + 20),
      size: zip.readUInt32LE(p + 24),
      dataStart: local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28),
    })
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32)
  }
  return out
}

/** An entry's bytes, inflating at most `maxOutput` bytes (a zip bomb stops there with an error). */
export function zipEntryData(zip: Buffer, entry: ZipEntry, maxOutput = 2 ** 31 - 1): Buffer {
  const raw = zip.subarray(entry.dataStart, entry.dataStart + entry.compressedSize)
  return entry.method === 8 ? inflateRawSync(raw, { maxOutputLength: maxOutput }) : Buffer.from(raw)
}
