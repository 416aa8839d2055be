import { open } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { parseCsvBuffer, QuoteInRangeError, readCsvFile, type CsvReadSummary } from '../../csv/byte-csv-reader.js'
import { InputError, toProblems } from '../../engine/errors.js'
import { compileDataSchema, type DataSchema } from './data-schema.js'
import { TableValidator, type TablePartial, type TableResult } from './table-validator.js'

/**
 * G0 over byte ranges in worker threads. A quote-free CSV can be cut at any
 * newline, so each worker validates one range of whole lines and the main
 * thread merges the parts in file order (counts add, statistics merge,
 * violations keep the first N with global line numbers). A quote anywhere
 * in a range, a unique-key rule, or a small file sends G0 down the
 * sequential path, which gives the same counts and violations.
 */

/** Files smaller than this are read sequentially: threads would cost more than they save. */
export const MIN_PARALLEL_BYTES = 8 * 1024 * 1024

interface WorkerJob {
  modelgateG0Worker: true
  absolute: string
  display: string
  role: string
  schema: { raw: unknown; file: string; maxReportedViolations: number }
  header: string[]
  range: { start: number; end: number; firstLine: number }
  index: number
}

type WorkerReply = { ok: true; partial: TablePartial; summary: CsvReadSummary } | { ok: false; quote: boolean; problems: ReturnType<typeof toProblems> }

/**
 * The script workers run: the bundle itself (dist/index.js), which calls
 * `runG0WorkerIfAsked()` first. From TypeScript sources (tests) there is no
 * bundle to start, so G0 stays sequential unless MODELGATE_WORKER_ENTRY names one.
 */
function workerEntry(): string | undefined {
  if (process.env.MODELGATE_WORKER_ENTRY) return process.env.MODELGATE_WORKER_ENTRY
  const self = fileURLToPath(import.meta.url)
  return /[\\/]dist[\\/]index\.js$/.test(self) ? self : undefined
}

/** Thread count: MODELGATE_THREADS or the `threads` option, else the available cores (at most 8). */
export function threadCount(option: string | undefined): number {
  const raw = option ?? process.env.MODELGATE_THREADS
  if (raw === undefined || raw === '') return Math.min(8, availableParallelism())
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InputError({ message: 'Invalid thread count (option threads or MODELGATE_THREADS)', expected: 'a whole number from 1 to 64', found: JSON.stringify(raw) })
  return n
}

/**
 * Validates a file with `threads` workers, or returns undefined when the
 * sequential path must be used (see above).
 */
export async function validateFileParallel(
  absolute: string,
  display: string,
  role: string,
  schema: DataSchema,
  rawSchema: unknown,
  threads: number,
): Promise<{ table: TableResult; summary: CsvReadSummary } | undefined> {
  const entry = workerEntry()
  if (!entry || threads < 2 || schema.dataset.unique.length > 0) return undefined
  const layout = await planRanges(absolute, display, threads)
  if (!layout) return undefined
  const jobs: WorkerJob[] = layout.ranges.map((range, index) => ({
    modelgateG0Worker: true,
    absolute,
    display,
    role,
    schema: { raw: rawSchema, file: schema.file, maxReportedViolations: schema.dataset.maxReportedViolations },
    header: layout.header,
    range: { ...range, firstLine: 0 },
    index,
  }))
  // The main thread takes the first range itself: one bundle start-up fewer.
  const replies = await Promise.all(
    jobs.map((job, index) =>
      index === 0
        ? validateRange(job)
        : new Promise<WorkerReply>((resolve, reject) => {
            const worker = new Worker(entry, { workerData: job })
            worker.once('message', (m: WorkerReply) => resolve(m))
            worker.once('error', reject)
            worker.once('exit', (code) => code !== 0 && reject(new Error(`G0 worker exited with code ${code}`)))
          }),
    ),
  )
  // A quote, or any problem (reported with range-local lines), is left to the sequential path.
  if (replies.some((r) => !r.ok)) return undefined
  // Workers count lines from 0 in their range; shift each to the file's physical lines.
  const validator = new TableValidator(schema, display, role)
  if (validator.onHeader(layout.header, 1) !== undefined) return undefined
  let line = layout.headerLines + 1
  let rows = 0
  let bytes = layout.dataStart
  for (const reply of replies as Extract<WorkerReply, { ok: true }>[]) {
    const shift = line
    for (const v of reply.partial.violations) v.line += shift
    validator.absorb(reply.partial)
    line += reply.summary.nextLine
    rows += reply.summary.rows
    bytes += reply.summary.bytes
  }
  return { table: validator.finish(), summary: { header: layout.header, rows, bytes, hadBom: layout.hadBom, lineEnding: 'lf', nextLine: line } }
}

/** Reads the header and cuts the data into `threads` ranges at newlines. */
async function planRanges(absolute: string, display: string, threads: number) {
  const handle = await open(absolute, 'r')
  try {
    const { size } = await handle.stat()
    if (size < MIN_PARALLEL_BYTES) return undefined
    const head = Buffer.alloc(Math.min(size, 1 << 20))
    await handle.read(head, 0, head.length, 0)
    const nl = head.indexOf(10)
    if (nl < 0) return undefined
    const hadBom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf
    const headerBytes = head.subarray(0, nl + 1)
    if (headerBytes.includes(13)) return undefined // CRLF: keep the sequential path and its line-ending report
    let header: string[] = []
    parseCsvBuffer(headerBytes, display, (h) => (header = h), () => {})
    if (header.length === 0) return undefined
    const dataStart = nl + 1
    const ranges: { start: number; end: number }[] = []
    let start = dataStart
    const probe = Buffer.alloc(1 << 16)
    for (let k = 1; k < threads; k++) {
      const guess = dataStart + Math.floor(((size - dataStart) * k) / threads)
      if (guess <= start) continue
      const { bytesRead } = await handle.read(probe, 0, probe.length, guess)
      const i = probe.subarray(0, bytesRead).indexOf(10)
      if (i < 0) continue
      const cut = guess + i + 1
      if (cut >= size) break
      ranges.push({ start, end: cut })
      start = cut
    }
    ranges.push({ start, end: size })
    if (ranges.length < 2) return undefined
    return { header, hadBom, dataStart, headerLines: 1, ranges }
  } finally {
    await handle.close()
  }
}

/** Validates one byte range and returns its partial result (in a worker or on the main thread). */
async function validateRange(job: WorkerJob): Promise<WorkerReply> {
  try {
    const schema = compileDataSchema(job.schema.raw, job.schema.file)
    schema.dataset.maxReportedViolations = job.schema.maxReportedViolations
    const validator = new TableValidator(schema, job.display, job.role, job.index + 1)
    validator.onHeader(job.header, 1)
    const summary = await readCsvFile(job.absolute, { displayPath: job.display, range: { ...job.range, header: job.header } }, () => {}, (rec) => validator.onRecord(rec))
    return { ok: true, partial: validator.partial(), summary }
  } catch (error) {
    return { ok: false, quote: error instanceof QuoteInRangeError, problems: toProblems(error) }
  }
}

/** The worker side: validate one range and post the result. Returns true when this thread was a G0 worker. */
export async function runG0WorkerIfAsked(): Promise<boolean> {
  const job = workerData as WorkerJob | undefined
  if (isMainThread || !job?.modelgateG0Worker) return false
  parentPort!.postMessage(await validateRange(job))
  return true
}
