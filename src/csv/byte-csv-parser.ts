import { isUtf8 } from 'node:buffer'
import { InputError } from '../contract/errors.js'
import {
  fieldText,
  type CsvReadSummary,
  type CsvRecord,
  type LineHandler,
  type LineScanner,
} from './csv-record.js'

/** The RFC 4180 state machine of the byte CSV reader (byte-csv-reader.ts): it parses buffers, the reader feeds it a file's chunks. */

const COMMA = 44
export const QUOTE = 34
const LF = 10
const CR = 13

export class ByteCsvParser {
  private line = 1
  private started = false
  private inRange = false
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
    private readonly scanLine?: LineScanner,
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
    this.inRange = true
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
    // A range has no quote: its reader has checked every byte it read (QuoteInRangeError).
    let nextQuote = this.inRange ? -1 : buf.indexOf(QUOTE, pos)
    if (nextQuote >= filled) nextQuote = -1
    // The scanner's sentinel (see CsvReadOptions.scanLine), past the data: the next read overwrites it.
    const scan = filled < buf.length ? this.scanLine : undefined
    if (scan !== undefined) buf[filled] = QUOTE
    while (pos < filled) {
      if (nextQuote !== -1 && nextQuote < pos) {
        nextQuote = buf.indexOf(QUOTE, pos)
        if (nextQuote >= filled) nextQuote = -1
      }
      if (
        scan !== undefined &&
        this.headerSeen &&
        nextQuote !== pos &&
        buf[pos] !== LF &&
        buf[pos] !== CR
      ) {
        const end = scan(
          buf,
          pos,
          nextQuote === -1 ? filled : nextQuote,
          this.line,
          this.base + pos,
        )
        if (end >= 0) {
          if (end > pos && buf[end - 1] === CR) this.crlf++
          else this.lf++
          this.rows++
          this.line++
          pos = end + 1
          continue
        }
      }
      let lineEnd = buf.indexOf(LF, pos)
      if (lineEnd >= filled) lineEnd = -1
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
