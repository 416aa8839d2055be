import { open } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { InputError } from '../engine/errors.js'
import { parseCsvBuffer, QuoteInRangeError } from './byte-csv-reader.js'

/**
 * Reading a large CSV in worker threads, one byte range each. A quote-free
 * CSV can be cut at any newline, so each range holds whole lines; the main
 * thread takes the first range itself and merges the parts in file order.
 * Any quote or problem in a range sends the caller back to its sequential
 * path, which reports errors with the right line numbers.
 */

/** Files smaller than this are read sequentially: threads would cost more than they save. */
export const MIN_PARALLEL_BYTES = 8 * 1024 * 1024

export interface ByteRange {
  start: number
  end: number
  /** Lines inside a range are counted from 0; the caller shifts them. */
  firstLine: 0
}

export interface RangeJob<P> {
  modelgateRangeTask: string
  absolute: string
  display: string
  header: string[]
  range: ByteRange
  index: number
  params: P
}

export type RangeReply<R> = { ok: true; result: R; rows: number; lines: number } | { ok: false; quote: boolean; message: string }

type Task = (job: RangeJob<unknown>) => Promise<{ result: unknown; rows: number; lines: number }>
const TASKS = new Map<string, Task>()

/** Registers what a worker does for a task name. Modules call this at load, in the main thread and in workers alike. */
export function defineRangeTask<P, R>(name: string, run: (job: RangeJob<P>) => Promise<{ result: R; rows: number; lines: number }>): void {
  TASKS.set(name, run as Task)
}

async function runTask(job: RangeJob<unknown>): Promise<RangeReply<unknown>> {
  const task = TASKS.get(job.modelgateRangeTask)
  if (!task) return { ok: false, quote: false, message: `unknown range task ${job.modelgateRangeTask}` }
  try {
    return { ok: true, ...(await task(job)) }
  } catch (error) {
    return { ok: false, quote: error instanceof QuoteInRangeError, message: (error as Error).message }
  }
}

/** The worker side. Returns true when this thread is a range worker (it then does nothing else). */
export async function runRangeWorkerIfAsked(): Promise<boolean> {
  const job = workerData as RangeJob<unknown> | undefined
  if (isMainThread || !job?.modelgateRangeTask) return false
  const reply = await runTask(job)
  // Typed arrays in the result travel without a copy.
  const transfer = reply.ok ? collectBuffers(reply.result) : []
  parentPort!.postMessage(reply, transfer)
  return true
}

function collectBuffers(value: unknown, out: ArrayBuffer[] = []): ArrayBuffer[] {
  if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer && !out.includes(value.buffer)) out.push(value.buffer)
  else if (Array.isArray(value)) for (const v of value) collectBuffers(v, out)
  else if (value && typeof value === 'object') for (const v of Object.values(value)) collectBuffers(v, out)
  return out
}

/**
 * The script workers run: the bundle itself (dist/index.js), whose entry
 * calls `runRangeWorkerIfAsked()` first. From TypeScript sources (tests)
 * there is no bundle, so callers stay sequential unless MODELGATE_WORKER_ENTRY names one.
 */
function workerEntry(): string | undefined {
  if (process.env.MODELGATE_WORKER_ENTRY) return process.env.MODELGATE_WORKER_ENTRY
  const self = fileURLToPath(import.meta.url)
  return /[\\/]dist[\\/]index\.js$/.test(self) ? self : undefined
}

/** Thread count: the `threads` option or MODELGATE_THREADS, else the available cores (at most 8). */
export function threadCount(option: string | undefined): number {
  const raw = option ?? process.env.MODELGATE_THREADS
  if (raw === undefined || raw === '') return Math.min(8, availableParallelism())
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InputError({ message: 'Invalid thread count (option threads or MODELGATE_THREADS)', expected: 'a whole number from 1 to 64', found: JSON.stringify(raw) })
  return n
}

export interface RangeRun<R> {
  header: string[]
  hadBom: boolean
  bytes: number
  /** In file order, with the physical line of each part's first record. */
  parts: { result: R; rows: number; firstLine: number }[]
  /** The physical line after the last record. */
  nextLine: number
}

/**
 * Runs task `name` over `threads` ranges of the file. Returns undefined when
 * the caller must read sequentially: no bundle to start workers from, one
 * thread, a small or CRLF file, or a quote or problem in any range.
 */
export async function runRangeTask<P, R>(name: string, absolute: string, display: string, threads: number, params: P): Promise<RangeRun<R> | undefined> {
  const entry = workerEntry()
  if (!entry || threads < 2) return undefined
  const layout = await planRanges(absolute, display, threads)
  if (!layout) return undefined
  const jobs: RangeJob<P>[] = layout.ranges.map((range, index) => ({ modelgateRangeTask: name, absolute, display, header: layout.header, range: { ...range, firstLine: 0 }, index, params }))
  const replies = await Promise.all(
    jobs.map((job, index) =>
      index === 0
        ? runTask(job as RangeJob<unknown>)
        : new Promise<RangeReply<unknown>>((resolve, reject) => {
            const worker = new Worker(entry, { workerData: job })
            worker.once('message', (m: RangeReply<unknown>) => resolve(m))
            worker.once('error', reject)
            worker.once('exit', (code) => code !== 0 && reject(new Error(`worker exited with code ${code}`)))
          }),
    ),
  )
  if (process.env.MODELGATE_DEBUG_RANGES) for (const r of replies) if (!r.ok) console.error(`range task ${name}: ${r.message}`)
  if (replies.some((r) => !r.ok)) return undefined
  let line = 2 // the header is line 1
  const parts = (replies as Extract<RangeReply<R>, { ok: true }>[]).map((r) => {
    const part = { result: r.result, rows: r.rows, firstLine: line }
    line += r.lines
    return part
  })
  return { header: layout.header, hadBom: layout.hadBom, bytes: layout.size, parts, nextLine: line }
}

/** Reads the header line and cuts the data into `threads` ranges at newlines. */
async function planRanges(absolute: string, display: string, threads: number) {
  const handle = await open(absolute, 'r')
  try {
    const { size } = await handle.stat()
    if (size < MIN_PARALLEL_BYTES) return undefined
    const head = Buffer.alloc(Math.min(size, 1 << 20))
    await handle.read(head, 0, head.length, 0)
    const nl = head.indexOf(10)
    if (nl < 0) return undefined
    const headerBytes = head.subarray(0, nl + 1)
    if (headerBytes.includes(13)) return undefined // CRLF: the sequential path reports line endings
    let header: string[] = []
    parseCsvBuffer(headerBytes, display, (h) => (header = h), () => {})
    if (header.length === 0) return undefined
    const hadBom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf
    const ranges: { start: number; end: number }[] = []
    let start = nl + 1
    const probe = Buffer.alloc(1 << 16)
    for (let k = 1; k < threads; k++) {
      const guess = nl + 1 + Math.floor(((size - nl - 1) * k) / threads)
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
    return ranges.length < 2 ? undefined : { header, hadBom, size, ranges }
  } finally {
    await handle.close()
  }
}
