import { crc32 } from 'node:zlib'
import type { ByteSource } from './byte-source.js'

/**
 * Zip archives read the way CPython's zipfile reads them (Lib/zipfile.py:
 * _EndRecData, _EndRecData64, _RealGetContents, ZipInfo._decodeExtra and
 * ZipFile.open), so that the scanner sees every entry Python would load:
 *
 * - the end record is the last 22 bytes when they are one with no comment,
 *   else the last end-record signature in the final 64 KiB + 22 bytes,
 *   whatever its comment length says (other readers take the last one whose
 *   comment fits, or one whose comment runs exactly to the end of the file:
 *   findEndRecords names those too, since a reader may pick them);
 * - a ZIP64 locator right before the end record is followed to a ZIP64 end
 *   record right before it; a locator without one is ignored, as zipfile
 *   ignores it;
 * - the central directory is read right before the end record (any bytes
 *   before the archive shift every offset, zipfile's "concat"), and its
 *   records are read until its declared byte size is used up: the entry
 *   count the end record declares is not what zipfile goes by, so it is
 *   returned for the caller to compare;
 * - names are UTF-8 when flagged, else cp437, cut at the first NUL;
 * - each entry's data starts after its own local header, whose name and
 *   extra field lengths may differ from the directory's.
 */

/** One entry of a zip's central directory. */
export interface ZipEntry {
  /** The name zipfile gives it: UTF-8 when flagged, else cp437, cut at the first NUL. */
  name: string
  /** Other names readers may use for it: the full name when a NUL cuts it, and a Unicode Path extra field (which zipfile reads from Python 3.12). */
  otherNames: string[]
  /** 0 stored, 8 deflated; others are not supported. */
  method: number
  /** General-purpose flags: bit 0 encrypted, bit 5 compressed patched data, bit 6 strong encryption. */
  flags: number
  compressedSize: number
  /** The uncompressed size the directory declares (not trusted). */
  size: number
  /** Offset of the entry's data, past its local header (meaningless when `problem` is set). */
  dataStart: number
  /** The name in the entry's local header, when it differs from the directory's (zipfile refuses to open such an entry). */
  localName?: string
  /** Why zipfile cannot open the entry at all (no local header where the directory says). */
  problem?: string
}

export interface ZipDirectory {
  entries: ZipEntry[]
  /** zipfile's "concat": bytes before the archive proper, by which every offset it records is shifted (negative when its offsets point past the directory). */
  prefix: number
  /** The entry counts the end record declares, on this disk and in total (not what zipfile goes by). */
  declared: { thisDisk: number; total: number }
}

/** The end records of a file: the one zipfile reads, and others that some zip reader picks instead. */
export interface EndRecords {
  /** Where zipfile's end record is; undefined when zipfile finds none (another reader may still). */
  zipfile: number | undefined
  /** Other end records a reader may take: the last one whose comment fits in the file, one whose comment runs exactly to its end. */
  others: number[]
}

/** A zip that cannot be read: names what is wrong and where. */
export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ZipFormatError'
  }
}

/** The archive has more entries than the caller allows: as its end record declares (checked before the directory is read), or as its directory really holds. */
export class ZipLimitError extends ZipFormatError {
  constructor(
    readonly count: number,
    readonly declared: boolean,
    limit: number,
  ) {
    super(
      declared
        ? `the archive declares ${count} entries, over the limit of ${limit}`
        : `the archive holds more than ${limit} entries (its directory goes on past entry ${count})`,
    )
    this.name = 'ZipLimitError'
  }
}

const EOCD = 0x06054b50
const EOCD64 = 0x06064b50
const EOCD64_LOCATOR = 0x07064b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
const EOCD_SIZE = 22
const MAX_COMMENT = 0xffff
/** The central directory is read into memory; larger ones are refused. */
const MAX_DIRECTORY_BYTES = 256 * 1024 * 1024
/** The bytes 0x80-0xFF of code page 437, which zipfile uses for names not flagged as UTF-8. */
const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0'

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength)
const u64 = (v: DataView, at: number): number => {
  const n = v.getBigUint64(at, true)
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError(`a ZIP64 value of ${n} bytes`)
  return Number(n)
}
const utf8 = new TextDecoder('utf-8')
function cp437(b: Uint8Array): string {
  let out = ''
  for (const c of b) out += c < 0x80 ? String.fromCharCode(c) : CP437_HIGH[c - 0x80]
  return out
}
const decodeName = (raw: Uint8Array, flags: number) =>
  flags & 0x800 ? utf8.decode(raw) : cp437(raw)

/**
 * Where the end-of-central-directory records are, or undefined when there is
 * none. zipfile's pick comes first; `others` are records another reader
 * picks instead, which can describe a different set of files.
 */
export function findEndRecords(source: ByteSource): EndRecords | undefined {
  if (source.size < EOCD_SIZE) return undefined
  const tailStart = Math.max(0, source.size - MAX_COMMENT - EOCD_SIZE)
  const tail = source.read(tailStart, source.size - tailStart)
  const tv = view(tail)
  const signature = (i: number) =>
    tail[i] === 0x50 && tail[i + 1] === 0x4b && tail[i + 2] === 0x05 && tail[i + 3] === 0x06
  let zipfile: number | undefined
  const last = tail.length - EOCD_SIZE
  if (signature(last) && tv.getUint16(last + 20, true) === 0) zipfile = last
  else {
    // rfind: the last signature wherever it is; too close to the end to hold a record, and zipfile finds no zip.
    for (let i = tail.length - 4; i >= 0; i--) {
      if (!signature(i)) continue
      if (i <= last) zipfile = i
      break
    }
  }
  const others: number[] = []
  let lenient = false
  for (let i = last; i >= 0; i--) {
    if (!signature(i)) continue
    const end = i + EOCD_SIZE + tv.getUint16(i + 20, true)
    if (end === tail.length || (!lenient && end <= tail.length)) {
      if (i !== zipfile && !others.includes(tailStart + i)) others.push(tailStart + i)
    }
    if (end <= tail.length) lenient = true
  }
  if (zipfile === undefined && others.length === 0) return undefined
  return { zipfile: zipfile === undefined ? undefined : tailStart + zipfile, others }
}

/**
 * Reads the central directory the end record at `at` describes (ZIP64
 * included), as zipfile does. Throws ZipFormatError when zipfile would
 * refuse the archive, and ZipLimitError when the archive declares, or its
 * directory holds, more than `maxEntries` entries.
 */
export function readZipDirectory(
  source: ByteSource,
  at: number,
  maxEntries = Number.MAX_SAFE_INTEGER,
): ZipDirectory {
  const record = source.read(at, EOCD_SIZE)
  if (record.length < EOCD_SIZE || view(record).getUint32(0, true) !== EOCD)
    throw new ZipFormatError(`no end-of-central-directory record at byte ${at}`)
  const rv = view(record)
  let thisDisk = rv.getUint16(8, true)
  let total = rv.getUint16(10, true)
  let cdSize = rv.getUint32(12, true)
  let cdOffset = rv.getUint32(16, true)
  let zip64Bytes = 0
  if (at >= 20) {
    const locator = view(source.read(at - 20, 20))
    if (locator.getUint32(0, true) === EOCD64_LOCATOR) {
      if (locator.getUint32(4, true) !== 0 || locator.getUint32(16, true) > 1)
        throw new ZipFormatError('an archive that spans several disks')
      // The ZIP64 end record is read right before its locator; without one there, zipfile keeps the plain end record.
      const record64 = at >= 76 ? source.read(at - 76, 56) : new Uint8Array(0)
      if (record64.length === 56 && view(record64).getUint32(0, true) === EOCD64) {
        const v = view(record64)
        thisDisk = u64(v, 24)
        total = u64(v, 32)
        cdSize = u64(v, 40)
        cdOffset = u64(v, 48)
        zip64Bytes = 76
      }
    }
  }
  if (total > maxEntries) throw new ZipLimitError(total, true, maxEntries)
  if (cdSize > MAX_DIRECTORY_BYTES)
    throw new ZipFormatError(
      `a central directory of ${cdSize} bytes (more than ${MAX_DIRECTORY_BYTES})`,
    )
  const prefix = at - cdSize - cdOffset - zip64Bytes
  const startDir = cdOffset + prefix
  if (startDir < 0)
    throw new ZipFormatError(
      `the central directory (offset ${cdOffset}, ${cdSize} bytes) does not fit before its end record`,
    )
  const cd = source.read(startDir, cdSize)
  const cv = view(cd)
  const entries: ZipEntry[] = []
  for (let p = 0; p < cdSize;) {
    const i = entries.length
    if (p + 46 > cd.length)
      throw new ZipFormatError(`the central directory is truncated at entry ${i}`)
    if (cv.getUint32(p, true) !== CENTRAL)
      throw new ZipFormatError(`corrupt central directory at entry ${i}`)
    if (i >= maxEntries) throw new ZipLimitError(i, false, maxEntries)
    const flags = cv.getUint16(p + 8, true)
    const nameLength = cv.getUint16(p + 28, true)
    const extraLength = cv.getUint16(p + 30, true)
    const commentLength = cv.getUint16(p + 32, true)
    // Like zipfile's reads from the directory's bytes, a name or extra field that runs past them is cut short.
    const rawName = cd.subarray(p + 46, p + 46 + nameLength)
    const extra = cd.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength)
    let compressedSize = cv.getUint32(p + 20, true)
    let size = cv.getUint32(p + 24, true)
    let local = cv.getUint32(p + 42, true)
    const fullName = decodeName(rawName, flags)
    const otherNames: string[] = []
    const ev = view(extra)
    for (let e = 0; e + 4 <= extra.length;) {
      const id = ev.getUint16(e, true)
      const len = ev.getUint16(e + 2, true)
      if (e + 4 + len > extra.length)
        throw new ZipFormatError(
          `entry ${i}: corrupt extra field 0x${id.toString(16).padStart(4, '0')}`,
        )
      if (id === 0x0001) {
        // ZIP64 extended information: the 8-byte values of the fields set to 0xFFFFFFFF, in this order.
        let q = e + 4
        const next = () => {
          if (q + 8 > e + 4 + len)
            throw new ZipFormatError(`entry ${i}: a corrupt ZIP64 extra field`)
          q += 8
          return u64(ev, q - 8)
        }
        if (size === 0xffffffff) size = next()
        if (compressedSize === 0xffffffff) compressedSize = next()
        if (local === 0xffffffff) local = next()
      } else if (
        id === 0x7075 &&
        len >= 5 &&
        ev.getUint8(e + 4) === 1 &&
        ev.getUint32(e + 5, true) === crc32(rawName)
      ) {
        const unicode = extra.subarray(e + 9, e + 4 + len)
        if (unicode.length) otherNames.push(utf8.decode(unicode))
      }
      e += 4 + len
    }
    const nul = fullName.indexOf('\0')
    const name = nul < 0 ? fullName : fullName.slice(0, nul)
    if (nul >= 0) otherNames.push(fullName)
    const entry: ZipEntry = {
      name,
      otherNames: otherNames.filter((n) => n !== name),
      method: cv.getUint16(p + 10, true),
      flags,
      compressedSize,
      size,
      dataStart: 0,
    }
    readLocalHeader(source, entry, local + prefix, fullName)
    entries.push(entry)
    p += 46 + nameLength + extraLength + commentLength
  }
  return { entries, prefix, declared: { thisDisk, total } }
}

/** Finds an entry's data past its local header, as ZipFile.open does, or says why it cannot. */
function readLocalHeader(
  source: ByteSource,
  entry: ZipEntry,
  at: number,
  directoryName: string,
): void {
  const header = at >= 0 ? source.read(at, 30) : new Uint8Array(0)
  if (header.length < 30 || view(header).getUint32(0, true) !== LOCAL) {
    entry.problem = `no local header at byte ${at}, where the directory puts it`
    return
  }
  const hv = view(header)
  const nameLength = hv.getUint16(26, true)
  entry.dataStart = at + 30 + nameLength + hv.getUint16(28, true)
  const localName = decodeName(source.read(at + 30, nameLength), hv.getUint16(6, true))
  if (localName !== directoryName) entry.localName = localName
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
