import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import { InputError } from '../contract/errors.js'
import { unreadableFile } from '../io/file-errors.js'
import { endProgress, reportProgress } from '../io/progress.js'
import { ByteCsvParser, QUOTE } from './byte-csv-parser.js'
import {
  MAX_RECORD_BYTES,
  QuoteInRangeError,
  type CsvReadOptions,
  type CsvReadSummary,
  type CsvRecord,
} from './csv-record.js'

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

export {
  fieldText,
  type CsvReadOptions,
  type CsvReadSummary,
  type CsvRecord,
} from './csv-record.js'

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
    options.scanLine,
  )
  const range = options.range
  if (range) parser.startInRange(range.header, range.firstLine, range.start)
  let position = range ? range.start : 0
  let size: number
  // A range belongs to a thread of a range run that has nothing else to do meanwhile: blocking
  // calls spare it the idle wait of a thread-pool round trip per call. A whole file is read
  // with promises, so that the event loop turns between reads.
  const file = range ? new BlockingFile() : new PromiseFile()
  try {
    size = await file.open(path)
  } catch (error) {
    await file.close()
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
      const bytesRead = want > 0 ? await file.read(buf, filled, want, position) : 0
      position += bytesRead
      if (range && buf.subarray(filled, filled + bytesRead).includes(QUOTE))
        throw new QuoteInRangeError()
      total += bytesRead
      // A whole-file read (a quoted CSV, a small file) reports its progress; ranges are counted by range-workers.
      if (!range && bytesRead > 0)
        reportProgress({ label: options.displayPath, done: position, total: size })
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
    if (!range) endProgress(options.displayPath)
    await file.close()
  }
}

/** A file read with promises. */
class PromiseFile {
  private handle: FileHandle | undefined

  async open(path: string): Promise<number> {
    this.handle = await open(path, 'r')
    const stat = await this.handle.stat()
    if (stat.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' })
    return stat.size
  }

  async read(buf: Buffer, offset: number, length: number, position: number): Promise<number> {
    return (await this.handle!.read(buf, offset, length, position)).bytesRead
  }

  async close(): Promise<void> {
    await this.handle?.close()
    this.handle = undefined
  }
}

/** The same file with blocking calls. */
class BlockingFile {
  private fd: number | undefined

  open(path: string): number {
    this.fd = openSync(path, 'r')
    const stat = fstatSync(this.fd)
    if (stat.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' })
    return stat.size
  }

  read(buf: Buffer, offset: number, length: number, position: number): number {
    return readSync(this.fd!, buf, offset, length, position)
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd)
    this.fd = undefined
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
