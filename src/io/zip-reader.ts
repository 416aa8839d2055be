import type { ByteSource } from './byte-source.js'

/** One entry of a zip's central directory. */
export interface ZipEntry {
  /** The name as stored (UTF-8 when flagged so, else read byte for byte). */
  name: string
  /** 0 stored, 8 deflated; others are not supported. */
  method: number
  /** General-purpose flags (bit 0: encrypted). */
  flags: number
  compressedSize: number
  /** The uncompressed size the directory declares (not trusted). */
  size: number
  /** Offset of the entry's data, past its local header. */
  dataStart: number
  /** The name in the entry's local header, when it differs from the directory's. */
  localName?: string
}

export interface ZipDirectory {
  entries: ZipEntry[]
  /** Bytes before the archive proper (a prefixed, self-extracting style file). */
  prefix: number
}

/** A zip that cannot be read: names what is wrong and where. */
export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ZipFormatError'
  }
}

/** The archive has more entries than the caller allows (checked before its directory is read). */
export class ZipLimitError extends ZipFormatError {
  constructor(readonly count: number, limit: number) {
    super(`the archive has ${count} entries, over the limit of ${limit}`)
    this.name = 'ZipLimitError'
  }
}

const EOCD = 0x06054b50
const EOCD64 = 0x06064b50
const EOCD64_LOCATOR = 0x07064b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
/** The central directory is read into memory; larger ones are refused. */
const MAX_DIRECTORY_BYTES = 256 * 1024 * 1024

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength)
const u64 = (v: DataView, at: number): number => {
  const n = v.getBigUint64(at, true)
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError(`a ZIP64 value of ${n} bytes`)
  return Number(n)
}

/**
 * Reads a zip's central directory by ranges (ZIP64 included), as Python's
 * zipfile does: the end record is searched from the end, a prefix before the
 * archive is allowed, and each entry's local header is read for its data
 * offset. Returns undefined when there is no end-of-central-directory record;
 * throws ZipFormatError when the directory is corrupt or has more than
 * `maxEntries` entries (checked before the directory is read).
 */
export function readZipDirectory(source: ByteSource, maxEntries = Number.MAX_SAFE_INTEGER): ZipDirectory | undefined {
  const tailStart = Math.max(0, source.size - (22 + 65535))
  const tail = source.read(tailStart, source.size - tailStart)
  const tv = view(tail)
  let eocd = -1
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tv.getUint32(i, true) === EOCD && i + 22 + tv.getUint16(i + 20, true) <= tail.length) {
      eocd = i
      break
    }
  }
  if (eocd < 0) return undefined
  const eocdAt = tailStart + eocd
  let count = tv.getUint16(eocd + 10, true)
  let cdSize = tv.getUint32(eocd + 12, true)
  let cdOffset = tv.getUint32(eocd + 16, true)
  let recordStart = eocdAt
  if (eocdAt >= 20) {
    const locator = view(source.read(eocdAt - 20, 20))
    if (locator.getUint32(0, true) === EOCD64_LOCATOR) {
      // Like Python's zipfile, the ZIP64 end record is read right before its locator.
      recordStart = eocdAt - 20 - 56
      const record = recordStart >= 0 ? view(source.read(recordStart, 56)) : undefined
      if (!record || record.byteLength < 56 || record.getUint32(0, true) !== EOCD64) throw new ZipFormatError('a ZIP64 locator without its ZIP64 end record')
      count = u64(record, 32)
      cdSize = u64(record, 40)
      cdOffset = u64(record, 48)
    }
  }
  if (count > maxEntries) throw new ZipLimitError(count, maxEntries)
  if (cdSize > MAX_DIRECTORY_BYTES) throw new ZipFormatError(`a central directory of ${cdSize} bytes (more than ${MAX_DIRECTORY_BYTES})`)
  const prefix = recordStart - cdSize - cdOffset
  if (prefix < 0) throw new ZipFormatError(`the central directory (offset ${cdOffset}, ${cdSize} bytes) overlaps its end record`)
  const cd = source.read(cdOffset + prefix, cdSize)
  if (cd.length < cdSize) throw new ZipFormatError('the central directory runs past the end of the file')
  const cv = view(cd)
  const entries: ZipEntry[] = []
  let p = 0
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || cv.getUint32(p, true) !== CENTRAL) throw new ZipFormatError(`corrupt central directory at entry ${i}`)
    const flags = cv.getUint16(p + 8, true)
    const nameLength = cv.getUint16(p + 28, true)
    const extraLength = cv.getUint16(p + 30, true)
    const commentLength = cv.getUint16(p + 32, true)
    if (p + 46 + nameLength + extraLength + commentLength > cd.length) throw new ZipFormatError(`central directory entry ${i} runs past the directory`)
    const rawName = cd.subarray(p + 46, p + 46 + nameLength)
    let compressedSize = cv.getUint32(p + 20, true)
    let size = cv.getUint32(p + 24, true)
    let local = cv.getUint32(p + 42, true)
    // ZIP64 extended information: the 8-byte values of the fields set to 0xFFFFFFFF, in this order.
    for (let e = p + 46 + nameLength; e + 4 <= p + 46 + nameLength + extraLength; ) {
      const id = cv.getUint16(e, true)
      const len = cv.getUint16(e + 2, true)
      if (id === 0x0001) {
        let q = e + 4
        const next = () => {
          if (q + 8 > e + 4 + len) throw new ZipFormatError(`entry ${i}: a short ZIP64 extra field`)
          q += 8
          return u64(cv, q - 8)
        }
        if (size === 0xffffffff) size = next()
        if (compressedSize === 0xffffffff) compressedSize = next()
        if (local === 0xffffffff) local = next()
      }
      e += 4 + len
    }
    const name = flags & 0x800 ? Buffer.from(rawName).toString('utf8') : Buffer.from(rawName).toString('latin1')
    const header = source.read(local + prefix, 30)
    if (header.length < 30 || view(header).getUint32(0, true) !== LOCAL) throw new ZipFormatError(`entry ${i} ("${name}") has no local header at byte ${local + prefix}`)
    const hv = view(header)
    const localNameLength = hv.getUint16(26, true)
    const dataStart = local + prefix + 30 + localNameLength + hv.getUint16(28, true)
    const localRaw = source.read(local + prefix + 30, localNameLength)
    const entry: ZipEntry = { name, method: cv.getUint16(p + 10, true), flags, compressedSize, size, dataStart }
    if (Buffer.compare(Buffer.from(localRaw), Buffer.from(rawName)) !== 0) entry.localName = Buffer.from(localRaw).toString('latin1')
    if (dataStart + compressedSize > source.size) throw new ZipFormatError(`entry ${i} ("${name}") runs past the end of the archive`)
    entries.push(entry)
    p += 46 + nameLength + extraLength + commentLength
  }
  return { entries, prefix }
}

/** Why an entry name could write or read outside the folder it is extracted into, or undefined. */
export function unsafeEntryName(name: string): string | undefined {
  if (name.includes('\\')) return 'a backslash (a Windows path separator)'
  if (/^[A-Za-z]:/.test(name)) return 'a drive letter'
  if (name.startsWith('/')) return 'an absolute path'
  if (name.split('/').includes('..')) return 'a ".." component'
  if (name.includes('\0')) return 'a NUL byte'
  return undefined
}
