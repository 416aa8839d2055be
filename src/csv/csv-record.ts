/** A parsed CSV record as the byte reader hands it out (field offsets into its buffer), the reader's options and its summary. */

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
  /**
   * A faster form of the fast path, which finds the record's end itself
   * while it reads its fields, so that the reader need not look for it
   * first: it receives the position `from` where a record starts, with no
   * double quote in `buf[from, limit)` and a double quote (a sentinel, when
   * the data holds none) at `buf[limit]`, so that a scan for digits stops
   * by `limit` without comparing positions. It either handles the whole
   * record and returns the position of its LF (after an optional CR), or
   * returns -1 having done nothing: the record is then read as without it.
   * Empty lines never reach it.
   */
  scanLine?: LineScanner
}

export type LineScanner = (
  buf: Buffer,
  from: number,
  limit: number,
  line: number,
  offset: number,
) => number

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
