import { bufferSource, windowSource, type ByteSource } from '../../../io/byte-source.js'
import {
  ByteStream,
  InflateLimitError,
  inflateChunks,
  keepTail,
  sourceChunks,
  type ChunkSource,
  type InflateBudget,
} from '../../../io/byte-stream.js'
import {
  findEndRecords,
  readZipDirectory,
  unsafeEntryName,
  ZipFormatError,
  ZipLimitError,
  type ZipDirectory,
  type ZipEntry,
} from '../../../io/zip-reader.js'
import { truncate } from '../../../report/escape.js'
import { judgeNpyHeader, type NpyHeader } from './npy-header.js'
import { scanOnnx, type ExternalLookup, type ExternalReference } from './onnx-scan.js'
import { scanPickle } from './pickle-scan.js'
import {
  asObject,
  asString,
  PickleLog,
  type PickleGlobal,
  type PickleOptions,
  type PickleResult,
  type StorageRef,
  type Value,
} from './pickle-values.js'

/**
 * A global's name as findings and the report show it: pickles may write
 * names of many megabytes (the scan reads names of up to 64 MiB), and the
 * evidence must not carry them whole.
 */
export function shownName(name: string): string {
  return truncate(name, 300)
}

export type { ExternalLookup } from './onnx-scan.js'

/**
 * Model-file safety without loading anything. A file's format is recognised
 * by its content, not its name: pickles (and joblib's arrays and compressed
 * wrappers), PyTorch zip and legacy files, zip and numpy archives, numpy
 * arrays, ONNX, safetensors, text. Every pickle stream in a file is scanned
 * (pickle-scan.ts), every zip entry is judged by its own content within the
 * SSOT's limits, and a file's first bytes are also read the way pickle.load
 * would read them, so a file that is both (say) a zip and a pickle is caught.
 *
 * Plain data (text, safetensors, numeric arrays, images, tensor storages) is
 * reported as "not executable, nothing to scan". Anything the scanner cannot
 * judge is named with the reason, and the file is not "scanned": "no issues"
 * is only said of files whose every executable byte was judged.
 */

export interface ScanPolicy {
  forbidPickle: boolean
  allowedOnnxDomains: string[]
  maxArchiveEntries: number
  /** Bytes a file may inflate to (zip entries, gzip and zlib wrappers), counted as they are produced. */
  maxUncompressedBytes: number
  /** The status of a file (or part) the scanner could not judge. */
  unscannable: 'fail' | 'warn'
  /** Globals the team reviewed and accepts (its own classes), as exact dotted paths; never one on the denylist. */
  allowedGlobals: string[]
}

export const DEFAULT_SCAN_POLICY: ScanPolicy = {
  forbidPickle: false,
  allowedOnnxDomains: ['', 'ai.onnx', 'ai.onnx.ml'],
  maxArchiveEntries: 10_000,
  maxUncompressedBytes: 4 * 1024 ** 3,
  unscannable: 'fail',
  allowedGlobals: [],
}

export interface ScanFinding {
  severity: 'critical' | 'high' | 'medium'
  message: string
}

export interface FileScan {
  file: string
  /** What the file is: pickle, joblib, pytorch-zip, pytorch-legacy, numpy, numpy-zip, zip, onnx, safetensors, text, image, empty, symlink, unknown. */
  format: string
  /** Every part a loader could execute was judged. */
  scanned: boolean
  /** The file holds something a loader executes or interprets (a pickle, an ONNX graph); false for plain data. */
  executable: boolean
  /** Why (part of) the file was not scanned. */
  reason?: string
  findings: ScanFinding[]
  globals: PickleGlobal[]
  /** What was found inside, part by part (zip entries, pickle streams, storages). */
  parts: string[]
  /** Files an ONNX model keeps its external data in (relative to the model's folder), with the ranges its tensors take. */
  references?: ExternalReference[]
  /**
   * The file's only reading as a pickle is one Python cannot load (PROTO,
   * then a stop before any import), and nothing else was found or left
   * unjudged: bytes that merely start like a pickle, such as tensor data.
   */
  unloadablePickleOnly?: true
}

const MAX_ARCHIVE_NESTING = 3
const MAX_LISTED = 200
/** A compressed archive inside an archive must be unpacked to be read by ranges; larger ones are not. */
const MAX_MATERIALIZED = 64 * 1024 * 1024
const TEXT_PREFIX = 1024 * 1024
/** The bytes at the end of a file in which zipfile looks for an end record: a 64 KiB comment and the record. */
const EOCD_SEARCH = 65535 + 22
const MAX_SAFETENSORS_HEADER = 100 * 1024 * 1024
const TORCH_MAGIC = 0x1950a86a20f9469cfc6cn
/** Element sizes of the storage types a legacy torch.save file names. */
const STORAGE_BYTES: Record<string, number> = {
  ...Object.fromEntries(
    Object.entries({
      Double: 8,
      Float: 4,
      Half: 2,
      Long: 8,
      Int: 4,
      Short: 2,
      Char: 1,
      Byte: 1,
      Bool: 1,
      BFloat16: 2,
      ComplexDouble: 16,
      ComplexFloat: 8,
      QUInt8: 1,
      QInt8: 1,
      QInt32: 4,
      QUInt4x2: 1,
      QUInt2x4: 1,
      Untyped: 1,
    }).map(([k, v]) => [`torch.${k}Storage`, v]),
  ),
  'torch.storage.UntypedStorage': 1,
}

type Kind =
  | 'zip'
  | 'gzip'
  | 'zlib'
  | 'zfile'
  | 'xz'
  | 'lzma'
  | 'bz2'
  | 'lz4'
  | 'zstd'
  | 'npy'
  | 'tar'
  | 'image'
  | 'safetensors'

/**
 * Recognises a format by its first bytes (the magic numbers joblib, numpy,
 * zip and friends write). `size` is the content's size when it is known (a
 * file, a stored entry); a stream's is not (an inflated entry), and then a
 * safetensors header must at least fit the limit G2 reads.
 */
function sniff(h: Uint8Array, size: number | undefined): Kind | undefined {
  const at = (i: number, ...bytes: number[]) => bytes.every((b, k) => h[i + k] === b)
  if (at(0, 0x50, 0x4b, 0x03, 0x04) || at(0, 0x50, 0x4b, 0x05, 0x06)) return 'zip'
  if (at(0, 0x1f, 0x8b)) return 'gzip'
  if (h[0] === 0x78 && h.length > 1 && ((h[0] << 8) | h[1]!) % 31 === 0) return 'zlib'
  if (
    at(0, 0x5a, 0x46) &&
    /^0x[0-9a-f]+L? *$/i.test(Buffer.from(h.subarray(2, 21)).toString('latin1'))
  )
    return 'zfile'
  if (at(0, 0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00)) return 'xz'
  if (at(0, 0x5d, 0x00, 0x00)) return 'lzma'
  if (
    at(0, 0x42, 0x5a, 0x68) &&
    h[3]! >= 0x31 &&
    h[3]! <= 0x39 &&
    at(4, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59)
  )
    return 'bz2'
  if (at(0, 0x04, 0x22, 0x4d, 0x18)) return 'lz4'
  if (at(0, 0x28, 0xb5, 0x2f, 0xfd)) return 'zstd'
  if (at(0, 0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59)) return 'npy'
  if (at(257, 0x75, 0x73, 0x74, 0x61, 0x72)) return 'tar'
  if (
    at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) ||
    at(0, 0xff, 0xd8, 0xff) ||
    at(0, 0x47, 0x49, 0x46, 0x38) ||
    (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50))
  )
    return 'image'
  if ((size === undefined || size >= 10) && h.length >= 9 && h[8] === 0x7b) {
    const n = Number(new DataView(h.buffer, h.byteOffset, 8).getBigUint64(0, true))
    if (n >= 2 && (size === undefined ? n <= MAX_SAFETENSORS_HEADER : 8 + n <= size))
      return 'safetensors'
  }
  return undefined
}

/** The control characters text may hold: tab, line feed, vertical tab, form feed, carriage return, escape (terminal colours). */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b])
/** A character text may hold: not a control character other than TEXT_CONTROLS (nor DEL), except a DOS end-of-file mark (0x1a) as the very last one. */
const textChar = (c: number, last: boolean) =>
  (c >= 0x20 && c !== 0x7f) || TEXT_CONTROLS.has(c) || (c === 0x1a && last)

/**
 * Text, by its first bytes (`complete` when they are the whole content):
 * - UTF-8 (a BOM allowed);
 * - UTF-16 with a byte order mark (FF FE or FE FF), well-formed (no lone surrogate);
 * - otherwise a single-byte encoding such as Latin-1 or Windows-1252 (an
 *   Excel CSV export): any byte from 0x80 to 0xFF.
 * In every case no NUL and no control character other than TEXT_CONTROLS,
 * a DOS end-of-file mark (0x1a) being allowed as the last character.
 */
function isText(b: Uint8Array, complete: boolean): boolean {
  if (b.length === 0) return false
  const bom16 =
    b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))
  if (bom16) {
    const even = b.subarray(0, b.length - (b.length % 2))
    if (complete && even.length !== b.length) return false
    let text: string
    try {
      text = new TextDecoder(b[0] === 0xff ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(
        even,
        { stream: !complete },
      )
    } catch {
      return false
    }
    for (let i = 0; i < text.length; i++)
      if (!textChar(text.charCodeAt(i), complete && i === text.length - 1)) return false
    return true
  }
  for (let i = 0; i < b.length; i++)
    if (!textChar(b[i]!, complete && i === b.length - 1)) return false
  // Not UTF-8: every byte is still a character of a single-byte encoding.
  return true
}

/** Names from inside a file (globals, entry names) can hold control characters; they are shown escaped, never raw. */
export function printable(text: string): string {
  let out = ''
  for (const c of text) {
    const code = c.codePointAt(0)!
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f))
      out += `\\x${code.toString(16).padStart(2, '0')}`
    else if (code === 0x2028 || code === 0x2029) out += `\\u${code.toString(16)}`
    else out += c
  }
  return out
}

/** Compressors G2 does not unpack (joblib, pandas and others write files with them). */
const COMPRESSORS = new Set<Kind>(['xz', 'lzma', 'bz2', 'lz4', 'zstd'])

/** What one file's scan collects, part by part. */
class Scan {
  readonly findings: ScanFinding[] = []
  readonly unscanned: string[] = []
  readonly parts: string[] = []
  readonly globals: PickleGlobal[] = []
  readonly storages: StorageRef[] = []
  readonly references: ExternalReference[] = []
  readonly budget: InflateBudget
  private readonly allowed: ReadonlySet<string>
  /** Pickle readings of any kind: one Python loads, one it cannot (after PROTO), an object array, a polyglot. Above 0, the file holds a pickle. */
  readings = 0
  /** Pickle readings Python cannot load (PROTO, then a stop before any import); `readings` counts them too. */
  unloadable = 0
  executable = false
  entries = 0
  limitHit = false

  constructor(
    readonly policy: ScanPolicy,
    readonly external: ExternalLookup,
  ) {
    this.budget = { limit: policy.maxUncompressedBytes, used: 0 }
    this.allowed = new Set(policy.allowedGlobals)
  }

  /** How to read a pickle here: following joblib's arrays or not, resolving persistent ids (as PyTorch does) or not. */
  pickleOptions(joblib: boolean, persistentLoad: boolean): PickleOptions {
    return { joblib, persistentLoad, allowed: this.allowed }
  }

  finding(part: string, severity: ScanFinding['severity'], message: string): void {
    const text = printable(part ? `${part}: ${message}` : message)
    if (this.findings.length < MAX_LISTED && !this.findings.some((f) => f.message === text))
      this.findings.push({ severity, message: text })
  }

  /** Records that the file holds a pickle (`unloadable`: one Python cannot load). */
  markPickled(unloadable = false): void {
    this.readings++
    if (unloadable) this.unloadable++
  }

  notScanned(part: string, reason: string): void {
    if (this.unscanned.length < MAX_LISTED)
      this.unscanned.push(printable(part ? `${part}: ${reason}` : reason))
  }

  part(part: string, what: string): void {
    if (this.parts.length < MAX_LISTED) this.parts.push(printable(part ? `${part}: ${what}` : what))
  }

  /**
   * Turns a pickle log into findings: dangerous globals are critical; an
   * unknown global is high when loading calls it (or hands it to a call),
   * since code nobody reviewed then runs, and medium when it is only imported.
   */
  report(part: string, log: PickleLog): void {
    for (const g of log.globals.values()) {
      this.globals.push(g)
      const written =
        g.path.startsWith('<') || g.path === `${g.module}.${g.name}`
          ? ''
          : ` (written as ${shownName(`${g.module}.${g.name}`)})`
      const path = shownName(g.path)
      const times = g.count > 1 ? `, ${g.count} times` : ''
      if (g.tier === 'dangerous')
        this.finding(
          part,
          'critical',
          `dangerous global ${path}${written} at byte ${g.offset}${times}: ${g.reason}`,
        )
      else if (g.tier === 'unknown' && g.called) {
        const how = g.called.passed
          ? `handed to a call (${g.called.op} at byte ${g.called.at}), which may call it`
          : `called while loading (${g.called.op} at byte ${g.called.at})`
        this.finding(
          part,
          'high',
          `unknown global ${path}${written} at byte ${g.offset}${times}, ${how}: not on the list of known ML globals; once reviewed, list it in modelScan.allowedGlobals`,
        )
      } else if (g.tier === 'unknown')
        this.finding(
          part,
          'medium',
          `unknown global ${path}${written} at byte ${g.offset}${times}: imported but never called; not on the list of known ML globals`,
        )
    }
    this.storages.push(...log.storages)
  }
}

const isTorchMagic = (v: Value | undefined) =>
  asObject(v)?.t === 'bigint' && (v as { v: bigint }).v === TORCH_MAGIC

/** A ByteStream's remaining bytes as chunks (to inflate a compressed stream inside another). */
function remaining(stream: ByteStream): ChunkSource {
  return {
    next: async () => ((await stream.ensure(1)) ? stream.take(stream.available) : undefined),
    close: () => stream.close(),
  }
}

/**
 * Scans every pickle in the stream, one after the other, until the bytes stop
 * being a pickle. A legacy torch.save file (magic number, protocol version,
 * system info, the payload, the storage keys, then raw storages) is parsed
 * for what it is: the raw storages are stepped over by their declared sizes
 * and anything after them is scanned too. Returns undefined when the stream
 * is not a pickle at all.
 */
async function scanPickles(
  ctx: Scan,
  part: string,
  stream: ByteStream,
  restart?: () => ByteStream,
): Promise<{ format: string } | { notPickle: PickleResult }> {
  const log = new PickleLog()
  const head = await stream.peek(2)
  let r: PickleResult = await scanPickle(stream, ctx.pickleOptions(true, true), log)
  if (!r.complete && !r.acted) {
    // Starts like a pickle (PROTO 0-5) but Python cannot load it: name the reason rather than calling it unknown.
    if (head[0] !== 0x80 || head[1]! > 5) return { notPickle: r }
    ctx.executable = true
    ctx.markPickled(true)
    ctx.notScanned(part, `a pickle that Python cannot load either: ${r.error}`)
    return { format: 'pickle' }
  }
  ctx.executable = true
  ctx.markPickled()
  let legacy = r.complete && isTorchMagic(r.value)
  let count = 0
  let joblibArrays = 0
  let objectArrays = 0
  let payloadStorages = 0
  let trailing: number | undefined
  for (;;) {
    joblibArrays += r.joblibArrays
    objectArrays += r.joblibObjectArrays
    if (!r.complete) {
      ctx.notScanned(
        part,
        `pickle ${count + 1} (from byte ${r.start}) could not be read to its end: ${r.error}`,
      )
      break
    }
    count++
    if (legacy) {
      if ((count === 2 && r.value !== 1001) || (count === 3 && asObject(r.value)?.t !== 'dict'))
        legacy = false
      if (count === 3) payloadStorages = log.storages.length
      if (count === 5) {
        const list = asObject(r.value)
        const keys = list?.t === 'list' ? list.items.map(asString) : undefined
        if (!keys || keys.some((k) => k === undefined)) legacy = false
        else {
          const problem = await skipStorages(
            stream,
            keys as string[],
            log.storages.slice(payloadStorages),
          )
          if (problem) {
            ctx.notScanned(
              part,
              `the legacy PyTorch storages could not be stepped over: ${problem}`,
            )
            break
          }
          ctx.part(part, `${keys.length} tensor storages (data)`)
        }
      }
    }
    if (await stream.atEnd()) break
    const at = stream.offset
    r = await scanPickle(stream, ctx.pickleOptions(!legacy, true), log)
    if (!r.complete && !r.acted) {
      trailing = at
      break
    }
  }
  const format =
    legacy && count >= 5 ? 'pytorch-legacy' : joblibArrays + objectArrays > 0 ? 'joblib' : 'pickle'
  ctx.report(part, log)
  ctx.part(
    part,
    `${format}: ${count} pickle stream${count === 1 ? '' : 's'}${joblibArrays ? `, ${joblibArrays} joblib arrays stepped over` : ''}${objectArrays ? `, ${objectArrays} joblib object arrays scanned` : ''}`,
  )
  if (trailing !== undefined)
    ctx.finding(
      part,
      'medium',
      `the bytes from byte ${trailing} on, after the last pickle, are not a pickle: no standard loader reads them, and the scanner did not judge them`,
    )
  // pickle.load (rather than joblib.load) would read joblib's raw array bytes as opcodes: judge that reading too.
  if (joblibArrays > 0 && restart) {
    const plain = new PickleLog()
    const s = restart()
    try {
      await scanPickle(s, ctx.pickleOptions(false, false), plain)
    } finally {
      s.close()
    }
    // Only named dangerous imports: raw array bytes read as opcodes can pop call results into a STACK_GLOBAL by chance.
    for (const [path, g] of plain.globals)
      if (g.tier === 'dangerous' && !path.startsWith('<') && !log.globals.has(path))
        ctx.finding(
          part,
          'critical',
          `read with pickle.load instead of joblib.load, the array bytes import the dangerous global ${path} at byte ${g.offset}: ${g.reason}`,
        )
  }
  return { format }
}

/** Steps over a legacy torch.save file's raw storages: each is an 8-byte element count and its bytes. */
async function skipStorages(
  stream: ByteStream,
  keys: string[],
  refs: StorageRef[],
): Promise<string | undefined> {
  const types = new Map<string, string | undefined>()
  for (const ref of refs) if (!types.has(ref.key)) types.set(ref.key, ref.storageType)
  for (const key of keys) {
    const type = types.get(key)
    const size = type === undefined ? undefined : STORAGE_BYTES[type]
    if (size === undefined)
      return `storage "${key}" has ${type ? `type ${type}, whose element size is unknown` : 'no persistent id in the payload'}`
    if (!(await stream.ensure(8))) return `the file ends before storage "${key}"`
    const raw = stream.take(8)
    const numel = Number(new DataView(raw.buffer, raw.byteOffset, 8).getBigUint64(0, true))
    if (!Number.isSafeInteger(numel * size) || !(await stream.skip(numel * size)))
      return `the file ends inside storage "${key}" (${numel} elements of ${size} bytes)`
  }
  return undefined
}

/**
 * A numpy .npy array: plain data, unless its dtype holds Python objects,
 * which numpy writes as a pickle after the header. The header is judged as
 * numpy judges it (npy-header.ts); whatever it says, the bytes after it are
 * also read as a pickle, and scanned when they are one.
 */
async function scanNpy(ctx: Scan, part: string, stream: ByteStream): Promise<string> {
  const head = await stream.peek(12)
  const major = head[6]
  const minor = head[7]
  let header: NpyHeader
  if (head.length < 10 || minor !== 0 || (major !== 1 && major !== 2 && major !== 3)) {
    header = {
      kind: 'refused',
      reason: `format version ${major ?? '?'}.${minor ?? '?'}, which numpy does not read`,
    }
    await stream.skip(8)
  } else {
    const v = new DataView(head.buffer, head.byteOffset, head.byteLength)
    const headerLength = major === 1 ? v.getUint16(8, true) : v.getUint32(8, true)
    await stream.skip(major === 1 ? 10 : 12)
    if (headerLength > TEXT_PREFIX) {
      header = {
        kind: 'unreadable',
        reason: `a header of ${headerLength} bytes (G2 reads at most ${TEXT_PREFIX})`,
      }
      await stream.skip(headerLength)
    } else if (!(await stream.ensure(headerLength))) {
      header = { kind: 'refused', reason: 'the file ends inside its header' }
    } else {
      const raw = stream.take(headerLength)
      const text = major === 3 ? decodeStrictUtf8(raw) : Buffer.from(raw).toString('latin1')
      header =
        text === undefined
          ? { kind: 'refused', reason: 'a version 3.0 header that is not UTF-8' }
          : judgeNpyHeader(text, major)
    }
  }
  const log = new PickleLog()
  const r = await scanPickle(stream, ctx.pickleOptions(false, false), log)
  const objects = header.kind === 'array' && header.objects
  const pickle = r.complete || r.acted
  if (objects || pickle) {
    ctx.executable = true
    ctx.markPickled()
    ctx.report(part, log)
  }
  if (objects) {
    if (!r.complete)
      ctx.notScanned(
        part,
        `the object array's pickle (from byte ${r.start}) could not be read to its end: ${r.error ?? 'it is not a pickle'}`,
      )
    else ctx.part(part, 'numpy object array: its pickle was scanned')
    return 'numpy'
  }
  if (pickle) {
    const why =
      header.kind === 'array'
        ? 'its dtype holds no Python objects, so numpy reads them as raw data'
        : 'numpy refuses its header'
    ctx.finding(
      part,
      'high',
      `the bytes after the numpy header (from byte ${r.start}) are a pickle, though ${why}: a file made to be read two ways`,
    )
    if (!r.complete)
      ctx.notScanned(part, `the pickle after the header could not be read to its end: ${r.error}`)
  }
  if (header.kind === 'unreadable')
    ctx.notScanned(part, `a numpy header G2 cannot read: ${header.reason}`)
  else if (header.kind === 'refused')
    ctx.part(part, `numpy refuses this file (${header.reason}): it loads nothing`)
  else if (!pickle)
    ctx.part(part, 'numpy array without Python objects: not executable, nothing to scan')
  return 'numpy'
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })
function decodeStrictUtf8(b: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(b)
  } catch {
    return undefined
  }
}

/**
 * A safetensors header (JSON) followed by raw tensor bytes: data. Undefined,
 * with nothing consumed, when the header is not a JSON object: the content
 * is then something else that happens to look like one.
 */
async function scanSafetensors(
  ctx: Scan,
  part: string,
  stream: ByteStream,
): Promise<string | undefined> {
  const head = await stream.peek(8)
  const n = Number(new DataView(head.buffer, head.byteOffset, 8).getBigUint64(0, true))
  if (n > MAX_SAFETENSORS_HEADER) {
    ctx.notScanned(part, `a safetensors header of ${n} bytes (more than ${MAX_SAFETENSORS_HEADER})`)
    return 'safetensors'
  }
  const bytes = await stream.peek(8 + n)
  if (bytes.length < 8 + n) return undefined
  let header: unknown
  try {
    header = JSON.parse(Buffer.from(bytes.subarray(8)).toString('utf8'))
  } catch {
    return undefined
  }
  if (!header || typeof header !== 'object' || Array.isArray(header)) return undefined
  await stream.skip(8 + n)
  const tensors = Object.keys(header).filter((k) => k !== '__metadata__').length
  ctx.part(part, `safetensors: ${tensors} tensors, not executable, nothing to scan`)
  return 'safetensors'
}

/** Inflates a gzip, zlib or joblib zfile wrapper as it is read and scans what is inside. */
async function scanCompressed(
  ctx: Scan,
  part: string,
  input: ChunkSource,
  kind: 'gzip' | 'zlib',
  depth: number,
): Promise<string> {
  const inner = new ByteStream(inflateChunks(input, kind, ctx.budget))
  try {
    const format = await scanStream(ctx, part, inner, depth + 1)
    await inner.skip(Number.MAX_SAFE_INTEGER)
    return format === 'pickle' || format === 'joblib' ? 'joblib' : `${kind}:${format}`
  } catch (error) {
    if (error instanceof InflateLimitError)
      ctx.finding(
        part,
        'high',
        `the ${kind} stream expands past ${error.limit} bytes (modelScan.maxUncompressedBytes): a decompression bomb?`,
      )
    else
      ctx.notScanned(part, `the ${kind} stream could not be inflated (${(error as Error).message})`)
    return kind
  } finally {
    inner.close()
  }
}

/** Reads a whole stream into memory, up to `limit` bytes; undefined when it is longer. */
async function materialize(stream: ByteStream, limit: number): Promise<Uint8Array | undefined> {
  const chunks: Uint8Array[] = []
  let total = 0
  while (await stream.ensure(1)) {
    const c = stream.take(stream.available)
    total += c.length
    if (total > limit) return undefined
    chunks.push(c)
  }
  return Buffer.concat(chunks)
}

/** Scans content that can only be read front to back (an inflated stream), or any source through its stream. */
async function scanStream(
  ctx: Scan,
  part: string,
  stream: ByteStream,
  depth: number,
  restart?: () => ByteStream,
  size?: number,
): Promise<string> {
  const head = await stream.peek(512)
  if (head.length === 0) {
    ctx.part(part, 'empty: nothing to scan')
    return 'empty'
  }
  const kind = sniff(head, size)
  if (kind === 'npy') return scanNpy(ctx, part, stream)
  if (kind === 'gzip' || kind === 'zlib')
    return scanCompressed(ctx, part, remaining(stream), kind, depth)
  if (kind && COMPRESSORS.has(kind)) {
    ctx.notScanned(part, `${kind}-compressed content, which G2 cannot unpack`)
    return kind
  }
  if (kind === 'zip') {
    const whole = await materialize(stream, MAX_MATERIALIZED)
    if (!whole) {
      ctx.finding('', 'high', `nested archive "${part}" inside a model archive`)
      ctx.notScanned(
        part,
        `a compressed archive larger than ${MAX_MATERIALIZED} bytes inside another`,
      )
      return 'zip'
    }
    return scanSource(ctx, part, bufferSource(whole), depth, part)
  }
  if (kind === 'safetensors') {
    const format = await scanSafetensors(ctx, part, stream)
    if (format) return format
    // Not safetensors after all: judged as whatever else it is (a pickle, text, or nothing G2 knows).
  }
  const prefix = await stream.peek(TEXT_PREFIX)
  const textual = isText(prefix, prefix.length < TEXT_PREFIX)
  const pickled = await scanPickles(ctx, part, stream, restart)
  if ('format' in pickled) return pickled.format
  if (textual) {
    // Text is only text when pickle.load refuses its very first opcode: past that, it is a stream the unpickler runs.
    // (The scan above also resolved persistent ids, as PyTorch does; pickle.load refuses them.)
    const r =
      pickled.notPickle.opcodes === 0
        ? pickled.notPickle
        : await scanPickle(
            new ByteStream(sourceChunks(bufferSource(prefix))),
            ctx.pickleOptions(false, false),
            new PickleLog(),
          )
    if (r.opcodes === 0) {
      ctx.part(part, 'text: not executable, nothing to scan')
      return 'text'
    }
    ctx.executable = true
    ctx.part(
      part,
      `read by pickle.load, ${r.opcodes} opcode${r.opcodes === 1 ? '' : 's'} run, then the unpickler stops (${r.error}) before anything is imported`,
    )
    return 'pickle'
  }
  if (kind === 'image' || kind === 'tar') {
    if (kind === 'image') ctx.part(part, 'image: not executable, nothing to scan')
    else ctx.notScanned(part, "a tar archive (PyTorch's pre-1.0 format), which G2 does not unpack")
    return kind
  }
  ctx.notScanned(
    part,
    'not a format G2 recognises (pickle, joblib, PyTorch, numpy, ONNX, safetensors, zip, text)',
  )
  return 'unknown'
}

/**
 * The file's first bytes read as pickle.load would read them. For a file that
 * is something else (a zip, an npy array, safetensors), any import this
 * reaches means the file is also a pickle: a polyglot built to pass one
 * loader's checks and run in another.
 */
async function probeAsPickle(
  ctx: Scan,
  part: string,
  source: ByteSource,
  what: string,
): Promise<void> {
  const log = new PickleLog()
  const s = new ByteStream(sourceChunks(source))
  try {
    const r = await scanPickle(s, ctx.pickleOptions(false, false), log)
    if (!r.acted) return
  } finally {
    s.close()
  }
  ctx.executable = true
  ctx.markPickled()
  for (const g of log.globals.values()) {
    if (g.tier === 'dangerous')
      ctx.finding(
        part,
        'critical',
        `this ${what} also unpickles (read by pickle.load): dangerous global ${shownName(g.path)} at byte ${g.offset}: ${g.reason}`,
      )
    else
      ctx.finding(
        part,
        'high',
        `this ${what} also unpickles (read by pickle.load), importing ${shownName(g.path)} at byte ${g.offset}: a file that is two formats at once`,
      )
  }
}

/**
 * Scans content that can be read by ranges: a file, or a stored zip entry.
 * Whatever its first bytes, a zip at its end is opened too: zipfile finds a
 * zip by its end record, so a zip appended to a pickle (or anything) loads.
 */
async function scanSource(
  ctx: Scan,
  part: string,
  source: ByteSource,
  depth: number,
  name: string,
): Promise<string> {
  if (source.size === 0) {
    ctx.part(part, 'empty: nothing to scan')
    return 'empty'
  }
  const head = source.read(0, 512)
  const kind = sniff(head, source.size)
  const unscanned = ctx.unscanned.length
  const format = await scanByContent(ctx, part, source, depth, name, head, kind)
  return kind === 'zip' ? format : scanTrailingZip(ctx, part, source, depth, format, unscanned)
}

/** Scans content that can be read by ranges by what its first bytes are. */
async function scanByContent(
  ctx: Scan,
  part: string,
  source: ByteSource,
  depth: number,
  name: string,
  head: Uint8Array,
  kind: Kind | undefined,
): Promise<string> {
  const restart = () => new ByteStream(sourceChunks(source))
  if (!kind && (head[0] === 0x08 || /\.onnx$/i.test(name))) {
    const onnx = scanOnnx(source, ctx.policy.allowedOnnxDomains, ctx.external)
    if (onnx.isOnnx || /\.onnx$/i.test(name)) {
      await probeAsPickle(ctx, part, source, 'ONNX model')
      ctx.executable = true
      for (const f of onnx.findings) ctx.finding(part, f.severity, f.message)
      if (depth === 0) ctx.references.push(...onnx.references)
      if (onnx.isOnnx)
        ctx.part(part, `onnx: ${onnx.graphs} graphs, ${onnx.tensors} tensors checked`)
      else ctx.notScanned(part, onnx.error ?? 'not an ONNX model')
      return 'onnx'
    }
  }
  if (!kind || kind === 'image' || kind === 'tar')
    return scanStream(ctx, part, restart(), depth, restart, source.size)
  await probeAsPickle(ctx, part, source, kind === 'npy' ? 'numpy array' : `${kind} file`)
  switch (kind) {
    case 'zip':
      if (depth > 0) ctx.finding('', 'high', `nested archive "${part}" inside a model archive`)
      return scanZip(ctx, part, source, depth)
    case 'gzip':
    case 'zlib':
      return scanCompressed(ctx, part, sourceChunks(source), kind, depth)
    case 'zfile':
      // joblib before 0.9.3: "ZF", the length in hex padded to 19 bytes, then zlib.
      return scanCompressed(ctx, part, sourceChunks(source, 21), 'zlib', depth)
    case 'safetensors': {
      const format = await scanSafetensors(ctx, part, restart())
      return format ?? scanStream(ctx, part, restart(), depth, restart, source.size)
    }
    default:
      return scanStream(ctx, part, restart(), depth, restart, source.size)
  }
}

const ZIP_FORMATS = new Set(['zip', 'pytorch-zip', 'numpy-zip'])

/** The directory of the first end record that leads to one with entries, or undefined (four bytes of data can look like an end record). */
function trailingDirectory(
  ctx: Scan,
  source: ByteSource,
): { at: number; prefix: number } | undefined {
  const records = findEndRecords(source)
  for (const at of records ? [records.zipfile, ...records.others] : []) {
    if (at === undefined) continue
    try {
      const dir = readZipDirectory(source, at, ctx.policy.maxArchiveEntries - ctx.entries)
      if (dir.entries.length) return { at, prefix: dir.prefix }
    } catch (error) {
      if (error instanceof ZipLimitError) return { at, prefix: 0 }
      if (!(error instanceof ZipFormatError)) throw error
    }
  }
  return undefined
}

/**
 * A zip at the end of content whose first bytes are something else (a
 * pickle, an array, text): zipfile opens it all the same, so its entries are
 * scanned. Bytes G2 does not recognise before a zip are a zip with a prefix
 * (a self-extracting layout): the file is judged as that zip.
 */
async function scanTrailingZip(
  ctx: Scan,
  part: string,
  source: ByteSource,
  depth: number,
  format: string,
  unscanned: number,
): Promise<string> {
  if (ZIP_FORMATS.has(format)) return format
  const dir = trailingDirectory(ctx, source)
  if (!dir) return format
  if (depth > 0) ctx.finding('', 'high', `nested archive "${part}" inside a model archive`)
  if (format === 'unknown') {
    ctx.unscanned.splice(unscanned)
    return scanZip(ctx, part, source, depth)
  }
  ctx.finding(
    part,
    'medium',
    `this ${format} content also holds a zip archive (from byte ${dir.prefix}, its end record at byte ${dir.at}), which zipfile opens whatever the first bytes are: its entries were scanned`,
  )
  await scanZip(ctx, `${part ? `${part} > ` : ''}zip from byte ${dir.prefix}`, source, depth, true)
  return format
}

/** The zip entry flags zipfile refuses to read without more than the archive: a password, or a patch base. */
function unreadableFlags(flags: number): string | undefined {
  if (flags & 0x40) return 'strong encryption (flag bit 6), which zipfile refuses'
  if (flags & 0x01)
    return 'an encrypted entry (flag bit 0): zipfile needs its password, and G2 cannot read it'
  if (flags & 0x20) return 'compressed patched data (flag bit 5), which zipfile refuses'
  return undefined
}

/**
 * Scans every entry of a zip by its content, within the entry, size and
 * nesting limits. The directory zipfile reads is scanned, and so is any
 * other directory another reader would pick (a second end record): readers
 * that disagree on which files an archive holds are how a payload hides.
 */
async function scanZip(
  ctx: Scan,
  part: string,
  source: ByteSource,
  depth: number,
  embedded = false,
): Promise<string> {
  if (depth >= MAX_ARCHIVE_NESTING) {
    ctx.finding(part, 'high', `archives nested more than ${MAX_ARCHIVE_NESTING} deep`)
    ctx.notScanned(part, `archives nested more than ${MAX_ARCHIVE_NESTING} deep are not opened`)
    return 'zip'
  }
  const records = findEndRecords(source)
  if (!records) {
    ctx.notScanned(part, 'a zip local header without an end-of-central-directory record')
    return 'zip'
  }
  const read: { at: number; dir: ZipDirectory }[] = []
  for (const at of [records.zipfile, ...records.others]) {
    if (at === undefined) continue
    try {
      read.push({
        at,
        dir: readZipDirectory(source, at, ctx.policy.maxArchiveEntries - ctx.entries),
      })
    } catch (error) {
      if (error instanceof ZipLimitError) {
        const around = ctx.entries ? ` (${ctx.entries} more in the archives around it)` : ''
        ctx.finding(
          part,
          'high',
          `${error.declared ? `the archive declares ${error.count} entries` : `the archive holds more than ${ctx.policy.maxArchiveEntries - ctx.entries} entries`}${around}, over the limit of ${ctx.policy.maxArchiveEntries} (modelScan.maxArchiveEntries)`,
        )
        return 'zip'
      }
      if (!(error instanceof ZipFormatError)) throw error
      if (at === records.zipfile)
        ctx.notScanned(part, `the zip directory cannot be read: ${error.message}`)
      else
        ctx.part(
          part,
          `the end record at byte ${at}, which some zip readers pick, leads to no readable directory (${error.message})`,
        )
    }
  }
  if (read.length === 0) return 'zip'
  if (records.zipfile === undefined)
    ctx.finding(
      part,
      'high',
      `zipfile finds no end record here, but other zip readers do (at byte ${read[0]!.at})`,
    )
  if (read.length > 1)
    ctx.finding(
      part,
      'high',
      `${read.length} end-of-central-directory records (at bytes ${read.map((r) => r.at).join(', ')}) lead to different directories: zip readers disagree on which files the archive holds (every directory was scanned)`,
    )
  const entries: ZipEntry[] = []
  const seen = new Set<string>()
  for (const { dir } of read) {
    const { thisDisk, total } = dir.declared
    if (total !== dir.entries.length || thisDisk !== total) {
      ctx.finding(
        part,
        'high',
        `the end record declares ${total === thisDisk ? total : `${thisDisk} (this disk) and ${total} (in total)`} entries, but its central directory holds ${dir.entries.length}: readers that go by the count and readers that read the directory to its end (Python's zipfile) see different files (all ${dir.entries.length} were scanned)`,
      )
    }
    if (dir.prefix !== 0 && !embedded)
      ctx.finding(
        part,
        'medium',
        dir.prefix > 0
          ? `a zip archive behind ${dir.prefix} bytes of something else`
          : `the archive's offsets point ${-dir.prefix} bytes past where its directory is: zipfile shifts them back, readers that trust them read other bytes`,
      )
    for (const e of dir.entries) {
      const key = `${e.dataStart}:${e.compressedSize}:${e.method}:${e.name}:${e.problem ?? ''}`
      if (!seen.has(key)) entries.push(e)
      seen.add(key)
    }
  }
  ctx.entries += entries.length
  const counts = new Map<string, number>()
  for (const e of entries) counts.set(e.name, (counts.get(e.name) ?? 0) + 1)
  for (const [name, n] of counts)
    if (n > 1)
      ctx.finding(
        part,
        'medium',
        `entry "${name}" appears ${n} times: readers disagree on which copy they load (every copy was scanned)`,
      )
  for (const e of entries) {
    for (const name of [e.name, ...e.otherNames]) {
      const unsafe = unsafeEntryName(name)
      if (unsafe)
        ctx.finding(
          part,
          'high',
          `entry name "${name}" has ${unsafe}: extracted, it lands outside the target folder`,
        )
    }
    if (e.otherNames.length)
      ctx.finding(
        part,
        'medium',
        `entry "${e.name}" is also named ${e.otherNames.map((n) => `"${n}"`).join(', ')} by some readers: readers disagree on its name`,
      )
    if (e.localName !== undefined)
      ctx.finding(
        part,
        'medium',
        `entry "${e.name}" is named "${e.localName}" in its local header: readers disagree on its name`,
      )
  }
  const torch = entries.some((e) => /(^|\/)data\.pkl$/.test(e.name))
  // Pickles first: their persistent ids say which entries are raw tensor storages.
  const ordered = [
    ...entries.filter((e) => e.name.endsWith('.pkl')),
    ...entries.filter((e) => !e.name.endsWith('.pkl')),
  ]
  const storageNames = new Set<string>()
  let storages = 0
  for (const e of ordered) {
    const entryPart = part ? `${part} > ${e.name}` : e.name
    if (e.problem) {
      ctx.notScanned(entryPart, `zipfile cannot open it: ${e.problem}`)
      continue
    }
    if (e.name.endsWith('/') && e.size === 0 && e.compressedSize === 0) continue
    const flagged = unreadableFlags(e.flags)
    if (flagged) {
      ctx.notScanned(entryPart, flagged)
      continue
    }
    // Only an entry a persistent id names is a tensor storage, and only when no reader could take another entry for it.
    if (
      torch &&
      storageNames.has(e.name) &&
      counts.get(e.name) === 1 &&
      !e.otherNames.length &&
      e.localName === undefined
    ) {
      storages++
      continue
    }
    if (e.dataStart + e.compressedSize > source.size)
      ctx.finding(
        entryPart,
        'medium',
        `the entry runs ${e.dataStart + e.compressedSize - source.size} bytes past the end of the archive (what is there was scanned)`,
      )
    const refsBefore = ctx.storages.length
    await scanEntry(ctx, entryPart, source, e, depth)
    const dir = e.name.includes('/') ? e.name.slice(0, e.name.lastIndexOf('/') + 1) : ''
    const stem = e.name.slice(dir.length).replace(/\.pkl$/, '')
    for (const ref of ctx.storages.slice(refsBefore)) {
      storageNames.add(`${dir}data/${ref.key}`)
      storageNames.add(`${dir}${stem}/${ref.key}`)
    }
  }
  if (storages) ctx.part(part, `${storages} tensor storages (data)`)
  return torch
    ? 'pytorch-zip'
    : entries.length > 0 && entries.every((e) => e.name.endsWith('.npy'))
      ? 'numpy-zip'
      : 'zip'
}

async function scanEntry(
  ctx: Scan,
  part: string,
  source: ByteSource,
  e: ZipEntry,
  depth: number,
): Promise<void> {
  const data = windowSource(source, e.dataStart, e.compressedSize)
  if (e.method === 0) {
    if (e.size !== e.compressedSize)
      ctx.finding(
        part,
        'medium',
        `a stored entry that declares ${e.size} bytes but holds ${e.compressedSize}`,
      )
    await scanSource(ctx, part, data, depth + 1, e.name)
    return
  }
  if (e.method !== 8) {
    ctx.notScanned(part, `compression method ${e.method}, which G2 does not unpack`)
    return
  }
  if (ctx.limitHit) {
    ctx.notScanned(part, 'not inflated: the inflation limit was already reached')
    return
  }
  const inflated = keepTail(inflateChunks(sourceChunks(data), 'raw', ctx.budget), EOCD_SEARCH)
  const stream = new ByteStream(inflated)
  try {
    const unscanned = ctx.unscanned.length
    const format = await scanStream(ctx, part, stream, depth + 1)
    // Inflate the rest too: the limit holds for what the entry really expands to, whatever it declares.
    await stream.skip(Number.MAX_SAFE_INTEGER)
    if (stream.offset !== e.size)
      ctx.finding(
        part,
        'medium',
        `declares ${e.size} bytes uncompressed but inflates to ${stream.offset}`,
      )
    // A zip at its end: the entry is inflated again, into memory, to be read by ranges.
    if (!ZIP_FORMATS.has(format) && findEndRecords(bufferSource(inflated.tail()))) {
      const whole = await materialize(
        new ByteStream(inflateChunks(sourceChunks(data), 'raw', ctx.budget)),
        MAX_MATERIALIZED,
      )
      if (whole) await scanTrailingZip(ctx, part, bufferSource(whole), depth + 1, format, unscanned)
      else
        ctx.notScanned(
          part,
          `an entry that may end in a zip archive, larger than ${MAX_MATERIALIZED} bytes inflated`,
        )
    }
  } catch (error) {
    if (error instanceof InflateLimitError) {
      ctx.limitHit = true
      ctx.finding(
        part,
        'high',
        `the archive expands past ${error.limit} bytes (modelScan.maxUncompressedBytes): a zip bomb?`,
      )
      ctx.notScanned(part, `inflation stopped at the limit of ${error.limit} bytes`)
    } else
      ctx.notScanned(part, `the deflated data could not be inflated (${(error as Error).message})`)
  } finally {
    stream.close()
  }
}

/**
 * Scans one file (or buffer) by its content. `file` is the name shown in
 * findings; `external` answers for ONNX external data locations.
 */
export async function scanModelFile(
  file: string,
  input: ByteSource | Uint8Array,
  policy: ScanPolicy,
  external: ExternalLookup = () => undefined,
): Promise<FileScan> {
  const source = input instanceof Uint8Array ? bufferSource(input) : input
  const ctx = new Scan(policy, external)
  let format = 'unknown'
  try {
    format = await scanSource(ctx, '', source, 0, file)
  } catch (error) {
    ctx.notScanned('', `the scan stopped: ${(error as Error).message}`)
  }
  const unloadablePickleOnly =
    format === 'pickle' &&
    ctx.readings === 1 &&
    ctx.unloadable === 1 &&
    ctx.findings.length === 0 &&
    ctx.unscanned.length === 1 &&
    ctx.globals.length === 0
  if (policy.forbidPickle && ctx.readings > 0)
    ctx.findings.unshift({
      severity: 'critical',
      message:
        'pickle model formats are forbidden by ssot/security.json (modelScan.forbidPickle), and this file holds a pickle',
    })
  return {
    file,
    format,
    scanned: ctx.unscanned.length === 0,
    executable: ctx.executable,
    ...(ctx.unscanned.length ? { reason: ctx.unscanned.join('; ') } : {}),
    findings: ctx.findings,
    globals: ctx.globals,
    parts: ctx.parts,
    ...(ctx.references.length ? { references: ctx.references } : {}),
    ...(unloadablePickleOnly ? { unloadablePickleOnly: true as const } : {}),
  }
}
