import { isUtf8 } from 'node:buffer'
import { open } from 'node:fs/promises'
import { InputError } from '../contract/errors.js'
import { unreadableFile } from '../io/file-errors.js'

/**
 * A streaming RFC 4180 CSV reader that works on bytes and hands out field
 * offsets instead of strings, so that a validator can parse numbers straight
 * from the buffer. It exists because csv-parse, which modelgate still uses for
 * the small SSOT tables, runs at about 19 MB/s with array output on the
 * benchmark file, five times slower than pandas (see `bench/`). A differential
 * test (`__tests__/csv/byte-csv-reader.test.ts`) proves it yields the same
 * records as csv-parse on a large randomized corpus.
 *
 * Dialect: comma delimiter, `"` quotes with `""` as the escape, LF or CRLF
 * record ends (a lone CR inside an unquoted field is data), an optional UTF-8
 * BOM, and quoted fields that may contain delimiters and newlines.
 */

const COMMA = 44
const QUOTE = 34
const LF = 10
const CR = 13

/** One parsed record. Field `i` spans `buf[start[i], end[i])`. */
export interface CsvRecord {
  buf: Buffer
  start: Int32Array
  end: Int32Array
  /** 1 where the field was quoted and contains `""` escapes that must be unescaped. */
  escaped: Uint8Array
  /** Number of fields in this record. */
  count: number
  /** 1-based physical line where the record starts (the header is line 1). */
  line: number
  /** Byte offset in the file where the record starts. */
  offset: number
}

export interface CsvReadOptions {
  /** Name shown in errors (workspace-relative path). */
  displayPath: string
  /** Bytes read per I/O call. */
  chunkSize?: number
  /** Upper bound on fields per record, to keep a garbage file from exhausting memory. */
  maxFields?: number
  /**
   * Read only bytes [start, end) of a quote-free part of the file, whose
   * records start at physical line `firstLine`; the header is not in it. A
   * double quote in the range throws `QuoteInRangeError` (a quoted field
   * may span the range boundary, so the caller must read sequentially).
   */
  range?: { start: number; end: number; header: string[]; firstLine: number }
  /**
   * An optional fast path for data records without quotes: it receives the
   * record's bytes `buf[from, to)` (line ending excluded), its line and the
   * file offset of `buf[from]`, and
   * either handles the whole record, returning true, or returns false having
   * done nothing, so that the record is split and given to `onRecord` instead.
   * Empty lines never reach it.
   */
  onLine?: LineHandler
}

export type LineHandler = (
  buf: Buffer,
  from: number,
  to: number,
  line: number,
  offset: number,
) => boolean

/** The longest record the reader accepts, so that memory stays bounded whatever the file holds. */
export const MAX_RECORD_BYTES = 32 * (1 << 20)

/** Thrown when a byte range meant for parallel reading contains a double quote. */
export class QuoteInRangeError extends Error {
  constructor() {
    super('a double quote in a byte range: read the file sequentially')
    this.name = 'QuoteInRangeError'
  }
}

export interface CsvReadSummary {
  header: string[]
  rows: number
  bytes: number
  hadBom: boolean
  lineEnding: 'lf' | 'crlf' | 'mixed' | 'none'
  /** The physical line after the last record (for stitching byte ranges together). */
  nextLine: number
}

/** Decodes field `i` of a record as a UTF-8 string, unescaping `""` if needed. */
export function fieldText(rec: CsvRecord, i: number): string {
  const s = rec.start[i]!
  const e = rec.end[i]!
  const text = rec.buf.toString('utf8', s, e)
  return rec.escaped[i] === 1 ? text.replace(/""/g, '"') : text
}

/**
 * Reads `path` record by record. `onHeader` receives the decoded header;
 * `onRecord` receives every data record (the same `CsvRecord` object is reused:
 * copy what you keep). Structural errors (invalid UTF-8, an unterminated
 * quote, text after a closing quote, an empty file) throw an `InputError` that
 * names the file and line.
 */
export async function readCsvFile(
  path: string,
  options: CsvReadOptions,
  onHeader: (header: string[], line: number) => void,
  onRecord: (rec: CsvRecord) => void,
): Promise<CsvReadSummary> {
  const chunkSize = options.chunkSize ?? 1 << 22
  const parser = new ByteCsvParser(
    options.displayPath,
    options.maxFields ?? 100_000,
    onHeader,
    onRecord,
    options.onLine,
  )
  const range = options.range
  if (range) parser.startInRange(range.header, range.firstLine, range.start)
  let position = range ? range.start : 0
  let handle
  try {
    handle = await open(path, 'r')
    if ((await handle.stat()).isDirectory())
      throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' })
  } catch (error) {
    await handle?.close()
    throw unreadableFile(error, options.displayPath, 'a readable CSV file')
  }
  try {
    let buf = takeSpare(chunkSize * 2)
    let filled = 0
    let total = 0
    for (;;) {
      if (buf.length - filled < chunkSize) {
        // A single record longer than the buffer: grow it, up to a limit that keeps memory bounded.
        if (buf.length >= MAX_RECORD_BYTES) {
          throw new InputError({
            file: options.displayPath,
            line: parser.nextLine,
            message: 'A record is too long',
            expected: `records of at most ${MAX_RECORD_BYTES / (1 << 20)} MiB`,
            found: `more than ${Math.floor(filled / (1 << 20))} MiB without the record ending (an unbalanced quote, or no line breaks)`,
          })
        }
        const bigger = Buffer.allocUnsafe(buf.length * 2)
        buf.copy(bigger, 0, 0, filled)
        buf = bigger
      }
      const want = range ? Math.min(chunkSize, range.end - position) : chunkSize
      const { bytesRead } =
        want > 0 ? await handle.read(buf, filled, want, position) : { bytesRead: 0 }
      position += bytesRead
      if (range && buf.subarray(filled, filled + bytesRead).includes(QUOTE))
        throw new QuoteInRangeError()
      total += bytesRead
      const eof = bytesRead === 0
      filled += bytesRead
      const consumed = parser.push(buf, filled, eof)
      if (eof) break
      if (consumed > 0) {
        buf.copy(buf, 0, consumed, filled)
        filled -= consumed
        parser.base += consumed
      }
    }
    const summary = parser.summary(total)
    if (buf.length === chunkSize * 2) spare = buf // a buffer grown for a long record is not kept
    return summary
  } finally {
    await handle.close()
  }
}

/**
 * One read buffer kept per thread between calls: a file read in many chunks
 * would otherwise allocate megabytes per chunk, and the garbage collector
 * would spend its time reclaiming them.
 */
let spare: Buffer | undefined

function takeSpare(size: number): Buffer {
  const buf = spare !== undefined && spare.length >= size ? spare : Buffer.allocUnsafe(size)
  spare = undefined
  return buf
}

/** Parses an in-memory buffer (tests and small inputs). */
export function parseCsvBuffer(
  data: Buffer,
  displayPath: string,
  onHeader: (header: string[], line: number) => void,
  onRecord: (rec: CsvRecord) => void,
): CsvReadSummary {
  const parser = new ByteCsvParser(displayPath, 100_000, onHeader, onRecord)
  parser.push(data, data.length, true)
  return parser.summary(data.length)
}

class ByteCsvParser {
  private line = 1
  private started = false
  private headerSeen = false
  private header: string[] = []
  private rows = 0
  private hadBom = false
  private lf = 0
  private crlf = 0
  private start = new Int32Array(64)
  private end = new Int32Array(64)
  private escaped = new Uint8Array(64)
  private readonly rec: CsvRecord
  /** File offset of `buf[0]` in the current push. */
  base = 0

  constructor(
    private readonly file: string,
    private readonly maxFields: number,
    private readonly onHeader: (header: string[], line: number) => void,
    private readonly onRecord: (rec: CsvRecord) => void,
    private readonly onLine?: LineHandler,
  ) {
    this.rec = {
      buf: Buffer.alloc(0),
      start: this.start,
      end: this.end,
      escaped: this.escaped,
      count: 0,
      line: 1,
      offset: 0,
    }
  }

  /** For a byte range: no BOM, no header line, and line numbers that continue the file's. */
  startInRange(header: string[], firstLine: number, offset: number): void {
    this.base = offset
    this.started = true
    this.headerSeen = true
    this.header = header
    this.line = firstLine
  }

  /** The physical line the next record would start on. */
  get nextLine(): number {
    return this.line
  }

  summary(bytes: number): CsvReadSummary {
    if (!this.headerSeen) {
      throw new InputError({
        file: this.file,
        line: 1,
        message: 'The file is empty',
        expected: 'a header line naming the columns',
        found: bytes === 0 ? '0 bytes' : 'only a byte order mark or blank content',
      })
    }
    const lineEnding = this.lf && this.crlf ? 'mixed' : this.crlf ? 'crlf' : this.lf ? 'lf' : 'none'
    return {
      header: this.header,
      rows: this.rows,
      bytes,
      hadBom: this.hadBom,
      lineEnding,
      nextLine: this.line,
    }
  }

  /**
   * Parses complete records in `buf[0, filled)`. Returns how many bytes were
   * consumed; the caller keeps the rest for the next call. With `eof`, the
   * final record may end without a newline.
   */
  push(buf: Buffer, filled: number, eof: boolean): number {
    let pos = 0
    if (!this.started) {
      if (filled < 3 && !eof) return 0
      this.started = true
      if (filled >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
        this.hadBom = true
        pos = 3
      }
    }
    this.checkUtf8(buf, pos, filled, eof)
    this.rec.buf = buf
    let nextQuote = buf.indexOf(QUOTE, pos)
    if (nextQuote >= filled) nextQuote = -1
    while (pos < filled) {
      let lineEnd = buf.indexOf(LF, pos)
      if (lineEnd >= filled) lineEnd = -1
      if (nextQuote !== -1 && nextQuote < pos) {
        nextQuote = buf.indexOf(QUOTE, pos)
        if (nextQuote >= filled) nextQuote = -1
      }
      let next: number
      if (nextQuote === -1 || (lineEnd !== -1 && nextQuote > lineEnd)) {
        // Fast path: the record has no quote character at all.
        if (lineEnd === -1) {
          if (!eof) break
          next = this.plainRecord(buf, pos, filled, filled)
        } else {
          next = this.plainRecord(buf, pos, lineEnd, lineEnd + 1)
        }
      } else {
        const r = this.parseQuoted(buf, pos, filled, eof)
        if (r === -1) break
        next = r
        this.rec.offset = this.base + pos
        this.emit()
      }
      pos = next
    }
    return pos
  }

  /** Handles the quote-free record `buf[from, to)`; returns where the next record starts. */
  private plainRecord(buf: Buffer, from: number, to: number, next: number): number {
    let stop = to
    if (to > from && buf[to - 1] === CR && to < next) {
      stop = to - 1
      this.crlf++
    } else if (to < next) {
      this.lf++
    }
    if (
      this.onLine !== undefined &&
      this.headerSeen &&
      stop > from &&
      this.onLine(buf, from, stop, this.line, this.base + from)
    ) {
      this.rows++
      this.line++
      return next
    }
    this.splitPlain(buf, from, stop)
    this.emit()
    return next
  }

  /** Splits the quote-free record `buf[from, stop)` on commas. */
  private splitPlain(buf: Buffer, from: number, stop: number): void {
    let n = 0
    let s = from
    for (let i = from; i < stop; i++) {
      if (buf[i] === COMMA) {
        this.setField(n++, s, i, 0)
        s = i + 1
      }
    }
    this.setField(n++, s, stop, 0)
    this.rec.count = n
    this.rec.line = this.line
    this.rec.offset = this.base + from
    this.line++
  }

  /** General RFC 4180 path for a record containing quotes. Returns -1 when the record is incomplete. */
  private parseQuoted(buf: Buffer, from: number, filled: number, eof: boolean): number {
    let n = 0
    let i = from
    let newlines = 0
    for (;;) {
      if (buf[i] === QUOTE) {
        const s = i + 1
        let j = s
        let esc = 0
        for (;;) {
          j = buf.indexOf(QUOTE, j)
          if (j === -1 || j >= filled) {
            if (!eof) return -1
            throw new InputError({
              file: this.file,
              line: this.line,
              message: 'Unterminated quoted field',
              expected: 'a closing double quote',
              found: 'end of file',
            })
          }
          if (j + 1 < filled && buf[j + 1] === QUOTE) {
            esc = 1
            j += 2
            continue
          }
          if (j + 1 >= filled && !eof) return -1
          break
        }
        for (let k = s; k < j; k++) if (buf[k] === LF) newlines++
        this.setField(n++, s, j, esc)
        i = j + 1
        const c = buf[i]
        if (i >= filled) return this.finishQuoted(n, newlines, filled)
        if (c === COMMA) {
          i++
          if (i >= filled && !eof) return -1
          if (i >= filled) {
            this.setField(n++, i, i, 0)
            return this.finishQuoted(n, newlines, filled)
          }
          continue
        }
        if (c === LF) {
          this.lf++
          return this.finishQuoted(n, newlines, i + 1)
        }
        if (c === CR && i + 1 < filled && buf[i + 1] === LF) {
          this.crlf++
          return this.finishQuoted(n, newlines, i + 2)
        }
        if (c === CR && i + 1 >= filled && !eof) return -1
        throw new InputError({
          file: this.file,
          line: this.line + newlines,
          message: 'Unexpected text after a closing quote',
          expected: 'a comma or the end of the line after a quoted field',
          found: JSON.stringify(buf.toString('utf8', i, Math.min(i + 10, filled))),
        })
      }
      // Unquoted field inside a record that has quotes elsewhere.
      let j = i
      while (j < filled && buf[j] !== COMMA && buf[j] !== LF) {
        if (buf[j] === QUOTE) {
          throw new InputError({
            file: this.file,
            line: this.line + newlines,
            message: 'A double quote inside an unquoted field',
            expected: 'the whole field quoted, with inner quotes doubled ("")',
            found: JSON.stringify(buf.toString('utf8', i, Math.min(j + 10, filled))),
          })
        }
        j++
      }
      if (j >= filled) {
        if (!eof) return -1
        this.setField(n++, i, j, 0)
        return this.finishQuoted(n, newlines, filled)
      }
      if (buf[j] === COMMA) {
        this.setField(n++, i, j, 0)
        i = j + 1
        if (i >= filled) {
          if (!eof) return -1
          this.setField(n++, i, i, 0)
          return this.finishQuoted(n, newlines, filled)
        }
        continue
      }
      // LF
      let stop = j
      if (stop > i && buf[stop - 1] === CR) {
        stop--
        this.crlf++
      } else {
        this.lf++
      }
      this.setField(n++, i, stop, 0)
      return this.finishQuoted(n, newlines, j + 1)
    }
  }

  private finishQuoted(count: number, newlines: number, next: number): number {
    this.rec.count = count
    this.rec.line = this.line
    this.line += 1 + newlines
    return next
  }

  private setField(i: number, s: number, e: number, esc: number): void {
    if (i >= this.start.length) {
      if (i >= this.maxFields) {
        throw new InputError({
          file: this.file,
          line: this.line,
          message: 'Too many fields in one record',
          expected: `at most ${this.maxFields} fields`,
          found: `more than ${this.maxFields}`,
        })
      }
      const grow = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
        const b = make(a.length * 2)
        b.set(a)
        return b
      }
      this.start = grow(this.start, (n) => new Int32Array(n))
      this.end = grow(this.end, (n) => new Int32Array(n))
      this.escaped = grow(this.escaped, (n) => new Uint8Array(n))
      this.rec.start = this.start
      this.rec.end = this.end
      this.rec.escaped = this.escaped
    }
    this.start[i] = s
    this.end[i] = e
    this.escaped[i] = esc
  }

  private emit(): void {
    const rec = this.rec
    // A completely empty line (one empty field) is skipped, as csv-parse and pandas do.
    if (
      rec.count === 1 &&
      rec.end[0] === rec.start[0] &&
      rec.escaped[0] === 0 &&
      !this.isQuotedEmpty(rec)
    )
      return
    if (!this.headerSeen) {
      this.headerSeen = true
      const header: string[] = []
      for (let i = 0; i < rec.count; i++) header.push(fieldText(rec, i))
      this.header = header
      this.onHeader(header, rec.line)
      return
    }
    this.rows++
    this.onRecord(rec)
  }

  private isQuotedEmpty(rec: CsvRecord): boolean {
    const s = rec.start[0]!
    return s > 0 && rec.buf[s - 1] === QUOTE && rec.buf[s] === QUOTE
  }

  /** Checks that the complete UTF-8 part of the buffer is valid; reports the line of the first bad byte. */
  private checkUtf8(buf: Buffer, from: number, filled: number, eof: boolean): void {
    let stop = filled
    if (!eof) {
      // Leave an incomplete trailing sequence for the next chunk.
      let k = filled - 1
      let back = 0
      while (k >= from && back < 3 && (buf[k]! & 0xc0) === 0x80) {
        k--
        back++
      }
      if (k >= from && buf[k]! >= 0xc0) stop = k
    }
    if (isUtf8(buf.subarray(from, stop))) return
    const bad = firstInvalidUtf8(buf, from, stop)
    let line = this.line
    for (let k = from; k < bad; k++) if (buf[k] === LF) line++
    throw new InputError({
      file: this.file,
      line,
      message: 'The file is not valid UTF-8',
      expected: 'UTF-8 text',
      found: `byte 0x${buf[bad]!.toString(16).padStart(2, '0')} at byte offset ${this.base + bad}`,
    })
  }
}

/** Offset of the first byte that starts an invalid UTF-8 sequence. */
function firstInvalidUtf8(buf: Buffer, from: number, to: number): number {
  let i = from
  while (i < to) {
    const b = buf[i]!
    const len =
      b < 0x80
        ? 1
        : b >= 0xc2 && b < 0xe0
          ? 2
          : b >= 0xe0 && b < 0xf0
            ? 3
            : b >= 0xf0 && b < 0xf5
              ? 4
              : 0
    if (len === 0 || i + len > to || !isUtf8(buf.subarray(i, i + len))) return i
    i += len
  }
  return to
}
