import { open } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { InputError } from '../contract/errors.js'
import { endProgress, reportProgress } from '../io/progress.js'
import { parseCsvBuffer, QuoteInRangeError } from './byte-csv-reader.js'

/**
 * Reading a large CSV in worker threads. A quote-free CSV can be cut at any
 * newline, so the data is cut into chunks of whole lines (their number
 * depends on the file size only, so results do not depend on the thread
 * count). The main thread and `threads - 1` workers take chunks from one
 * queue, which keeps every core busy while the workers are still starting;
 * the caller merges the parts in file order. Any quote or problem in a chunk
 * sends the caller back to its sequential path, which reports errors with
 * the right line numbers.
 */

/** Files smaller than this are read sequentially: threads would cost more than they save. */
export const MIN_PARALLEL_BYTES = 8 * 1024 * 1024
/** About this many bytes per chunk (at least one chunk per thread, at most MAX_CHUNKS). */
export const CHUNK_BYTES = 8 * 1024 * 1024
const MAX_CHUNKS = 256

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
  /** The chunk's position in the file (0-based). */
  index: number
  params: P
}

export type RangeReply<R> =
  | { ok: true; result: R; rows: number; lines: number }
  | { ok: false; quote: boolean; message: string }

/**
 * State a task keeps across the chunks one thread reads in one run (for
 * example statistics that merge in any order); it starts empty.
 */
export type RangeScope = Record<string, unknown>

interface Task {
  run: (
    job: RangeJob<unknown>,
    scope: RangeScope,
  ) => Promise<{ result: unknown; rows: number; lines: number }>
  finish?: (scope: RangeScope) => unknown
}
const TASKS = new Map<string, Task>()

/**
 * Registers what a thread does for a task name: `run` for each chunk, and
 * optionally `finish` once a thread has read its last chunk, whose results
 * come back in RangeRun.threads. Modules call this at load, in the main
 * thread and in workers alike.
 */
export function defineRangeTask<P, R, T = undefined>(
  name: string,
  run: (job: RangeJob<P>, scope: RangeScope) => Promise<{ result: R; rows: number; lines: number }>,
  finish?: (scope: RangeScope) => T,
): void {
  TASKS.set(name, { run: run as Task['run'], ...(finish ? { finish } : {}) })
}

async function runTask(job: RangeJob<unknown>, scope: RangeScope): Promise<RangeReply<unknown>> {
  const task = TASKS.get(job.modelgateRangeTask)
  if (!task)
    return { ok: false, quote: false, message: `unknown range task ${job.modelgateRangeTask}` }
  try {
    return { ok: true, ...(await task.run(job, scope)) }
  } catch (error) {
    return {
      ok: false,
      quote: error instanceof QuoteInRangeError,
      message: (error as Error).message,
    }
  }
}

function finishTask(name: string, scope: RangeScope): unknown {
  return TASKS.get(name)?.finish?.(scope)
}

/** What a worker is started with; the chunks then come one message at a time. */
type WorkerSetup = Omit<RangeJob<unknown>, 'range' | 'index'>
/** A chunk to read, or null: no more chunks, send the thread's final result and exit. */
type ChunkMessage = { index: number; range: ByteRange } | null
/** A worker's first message: it has loaded and can take chunks. */
const READY = 'ready'
type WorkerMessage =
  typeof READY | { index: number; reply: RangeReply<unknown> } | { final: unknown }

/**
 * The worker side. Returns true when this thread is a range worker: it then
 * answers chunk messages until the main thread sends `null`, and does nothing else.
 */
export async function runRangeWorkerIfAsked(
  taskModules: Readonly<Record<string, () => Promise<unknown>>>,
): Promise<boolean> {
  const setup = workerData as WorkerSetup | undefined
  if (isMainThread || !setup?.modelgateRangeTask) return false
  await taskModules[setup.modelgateRangeTask]?.()
  const port = parentPort!
  const scope: RangeScope = {}
  // Typed arrays in results travel without a copy.
  const post = (message: WorkerMessage, value: unknown) =>
    port.postMessage(message, collectBuffers(value))
  port.on('message', (message: ChunkMessage) => {
    if (message === null) {
      const final = finishTask(setup.modelgateRangeTask, scope)
      post({ final }, final)
      port.close()
      return
    }
    void runTask({ ...setup, ...message }, scope).then((reply) =>
      post({ index: message.index, reply }, reply.ok ? reply.result : undefined),
    )
  })
  port.postMessage(READY)
  return true
}

function collectBuffers(value: unknown, out: ArrayBuffer[] = []): ArrayBuffer[] {
  if (
    ArrayBuffer.isView(value) &&
    value.buffer instanceof ArrayBuffer &&
    !out.includes(value.buffer)
  )
    out.push(value.buffer)
  else if (Array.isArray(value)) for (const v of value) collectBuffers(v, out)
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) collectBuffers(v, out)
  return out
}

/**
 * The script workers run: the bundle itself (dist/index.js), whose entry
 * calls `runRangeWorkerIfAsked()` first. From TypeScript sources (tests)
 * there is no bundle, so chunks run in-process unless MODELGATE_WORKER_ENTRY names one.
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
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new InputError({
      message: 'Invalid thread count (option threads or MODELGATE_THREADS)',
      expected: 'a whole number from 1 to 64',
      found: JSON.stringify(raw),
    })
  return n
}

export interface RangeRun<R, T = undefined> {
  header: string[]
  hadBom: boolean
  bytes: number
  /** In file order, with the physical line of each part's first record. */
  parts: { result: R; rows: number; firstLine: number }[]
  /** The `finish` result of every thread that read at least one chunk (in no particular order). */
  threads: T[]
  /** The physical line after the last record. */
  nextLine: number
}

export interface RangeOptions {
  /**
   * `in-process` runs every chunk on the calling thread even when workers
   * could start (tests). Without it, chunks run on worker threads started
   * from the bundle when there are 2 or more threads and a bundle, and on the
   * calling thread otherwise: the chunking, and so every result, is the same.
   */
  mode?: 'in-process'
  /** Overrides CHUNK_BYTES and MIN_PARALLEL_BYTES (tests, with small files). */
  chunkBytes?: number
  minBytes?: number
}

/**
 * Runs task `name` over chunks of the file, on the main thread and up to
 * `threads - 1` workers (or on the main thread alone, see RangeOptions). The
 * chunks depend on the file size only, so a result merged in chunk order is
 * the same for any thread count. Returns undefined when the caller must read
 * sequentially: a small or CRLF file, or a quote or problem in any chunk.
 */
export async function runRangeTask<P, R, T = undefined>(
  name: string,
  absolute: string,
  display: string,
  threads: number,
  params: P,
  options: RangeOptions = {},
): Promise<RangeRun<R, T> | undefined> {
  const entry = options.mode === 'in-process' || threads < 2 ? undefined : workerEntry()
  const inProcess = entry === undefined
  const layout = await planRanges(
    absolute,
    display,
    options.chunkBytes ?? CHUNK_BYTES,
    options.minBytes ?? MIN_PARALLEL_BYTES,
  )
  if (!layout) return undefined
  const setup: WorkerSetup = {
    modelgateRangeTask: name,
    absolute,
    display,
    header: layout.header,
    params,
  }
  const queue = new ChunkQueue(
    layout.ranges.map((r) => ({ ...r, firstLine: 0 })),
    display,
    layout.size,
  )
  const workers = inProcess
    ? []
    : Array.from(
        { length: Math.min(threads, queue.chunks.length) - 1 },
        () => new RangeWorker(entry!, setup, queue),
      )
  const scope: RangeScope = {}
  let tookAny = false
  for (let index = queue.take(); index >= 0; index = queue.take()) {
    tookAny = true
    queue.settle(index, await runTask({ ...setup, index, range: queue.chunks[index]! }, scope))
  }
  for (const w of workers) w.release()
  const finals = await Promise.all(workers.map((w) => w.final))
  endProgress(display)
  // Workers still starting up when the main thread took the last chunk were not needed.
  for (const w of workers) void w.worker.terminate()

  if (process.env.MODELGATE_DEBUG_RANGES)
    for (const r of queue.replies) if (r && !r.ok) console.error(`range task ${name}: ${r.message}`)
  if (queue.failed || queue.replies.some((r) => r === undefined)) return undefined
  const threadResults = finals
    .filter((f): f is { final: unknown } => f !== undefined)
    .map((f) => f.final as T)
  if (tookAny) threadResults.push(finishTask(name, scope) as T)
  let line = 2 // the header is line 1
  const parts = (queue.replies as Extract<RangeReply<R>, { ok: true }>[]).map((r) => {
    const part = { result: r.result, rows: r.rows, firstLine: line }
    line += r.lines
    return part
  })
  return {
    header: layout.header,
    hadBom: layout.hadBom,
    bytes: layout.size,
    parts,
    threads: threadResults,
    nextLine: line,
  }
}

/** The chunks of one run, handed out in file order to whichever thread asks first. */
class ChunkQueue {
  readonly replies: (RangeReply<unknown> | undefined)[]
  failed = false
  private next = 0

  private bytesDone = 0
  private rowsDone = 0

  constructor(
    readonly chunks: ByteRange[],
    private readonly label: string,
    private readonly totalBytes: number,
  ) {
    this.replies = new Array<RangeReply<unknown> | undefined>(chunks.length)
    // The header (and a byte order mark) before the first chunk counts as read.
    this.bytesDone = chunks[0]?.start ?? 0
  }

  /** The next chunk's index, or -1 when there is none left (or one failed). */
  take(): number {
    if (this.failed || this.next >= this.chunks.length) return -1
    return this.next++
  }

  settle(index: number, reply: RangeReply<unknown>): void {
    this.replies[index] = reply
    if (!reply.ok) this.failed = true
    else {
      const range = this.chunks[index]!
      this.bytesDone += range.end - range.start
      this.rowsDone += reply.rows
      reportProgress({
        label: this.label,
        done: this.bytesDone,
        total: this.totalBytes,
        rows: this.rowsDone,
      })
    }
  }
}

/** A worker that takes chunks from the queue until none are left or one has failed, then sends its final result. */
class RangeWorker {
  readonly worker: Worker
  /** Its `finish` result once it has read all its chunks; undefined when it read none, or failed. */
  readonly final: Promise<{ final: unknown } | undefined>
  private current = -1
  private tookAny = false
  private readonly done: (value: { final: unknown } | undefined) => void

  constructor(entry: string, setup: WorkerSetup, queue: ChunkQueue) {
    this.worker = new Worker(entry, { workerData: setup })
    let done: (value: { final: unknown } | undefined) => void = () => {}
    this.final = new Promise((resolve) => (done = resolve))
    this.done = done
    const fail = (message: string) => {
      if (this.current >= 0) queue.settle(this.current, { ok: false, quote: false, message })
      this.current = -1
      done(undefined)
    }
    this.worker.on('message', (m: WorkerMessage) => {
      if (m !== READY && 'final' in m) {
        done(m)
        return
      }
      if (m !== READY) {
        this.current = -1
        queue.settle(m.index, m.reply)
      }
      this.current = queue.take()
      if (this.current >= 0) {
        this.tookAny = true
        this.worker.postMessage({
          index: this.current,
          range: queue.chunks[this.current]!,
        } satisfies ChunkMessage)
      } else if (this.tookAny && !queue.failed) {
        this.worker.postMessage(null satisfies ChunkMessage)
      } else {
        done(undefined)
      }
    })
    this.worker.once('error', (error) => fail(`worker error: ${error.message}`))
    this.worker.once('exit', (code) => fail(`worker exited with code ${code}`))
  }

  /** Called when the queue is empty: a worker that never took a chunk is not waited for. */
  release(): void {
    if (!this.tookAny) this.done(undefined)
  }
}

/** Reads the header line and cuts the data into chunks of whole lines. */
async function planRanges(absolute: string, display: string, chunkBytes: number, minBytes: number) {
  const handle = await open(absolute, 'r')
  try {
    const { size } = await handle.stat()
    if (size < minBytes) return undefined
    const head = Buffer.alloc(Math.min(size, 1 << 20))
    await handle.read(head, 0, head.length, 0)
    const nl = head.indexOf(10)
    if (nl < 0) return undefined
    const headerBytes = head.subarray(0, nl + 1)
    if (headerBytes.includes(13)) return undefined // CRLF: the sequential path reports line endings
    let header: string[] = []
    parseCsvBuffer(
      headerBytes,
      display,
      (h) => (header = h),
      () => {},
    )
    if (header.length === 0) return undefined
    const hadBom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf
    const data = size - nl - 1
    const count = Math.min(MAX_CHUNKS, Math.max(2, Math.ceil(data / chunkBytes)))
    const ranges: { start: number; end: number }[] = []
    let start = nl + 1
    const probe = Buffer.alloc(1 << 16)
    for (let k = 1; k < count; k++) {
      const guess = nl + 1 + Math.floor((data * k) / count)
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
