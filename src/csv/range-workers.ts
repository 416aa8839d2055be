import { open } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { InputError } from '../contract/errors.js'
import type { FileDigest } from '../io/file-digest.js'
import { endProgress, reportProgress } from '../io/progress.js'
import { parseCsvBuffer } from './byte-csv-reader.js'
import { takeWorkers, workerEntry } from './range-pool.js'
import {
  drainQueue,
  runFailed,
  sharedCounter,
  WORKER_SLOTS,
  type QueueItem,
  type RangeReply,
  type RangeScope,
  type RunSetup,
} from './range-queue.js'

/**
 * Reading a large CSV in worker threads. A quote-free CSV can be cut at any
 * newline, so the data is cut into chunks of whole lines (their number
 * depends on the file size only, so results do not depend on the thread
 * count). The main thread and `threads - 1` pooled workers take the chunks
 * from one shared queue (see range-queue.ts), which keeps every core busy
 * while the workers are still starting; the caller merges the parts in file
 * order. The file's digest can be one more item of the queue, read by
 * whichever thread is free first instead of beside the parse on the main
 * thread. Any quote or problem in a chunk sends the caller back to its
 * sequential path, which reports errors with the right line numbers.
 */

export { closeRangeWorkers, prestartRangeWorkers, runRangeWorkerIfAsked } from './range-pool.js'
export { defineRangeTask } from './range-queue.js'
export type { FileDigest } from '../io/file-digest.js'
export type { RangeJob, RangeReply, RangeScope } from './range-queue.js'

/** Files smaller than this are read sequentially: threads would cost more than they save. */
export const MIN_PARALLEL_BYTES = 8 * 1024 * 1024
/** About this many bytes per chunk (at least two chunks, at most MAX_CHUNKS before the last quarter is cut finer: see chunkOffsets). */
export const CHUNK_BYTES = 4 * 1024 * 1024
const MAX_CHUNKS = 512

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
  /** The `finish` result of every worker that read at least one chunk (in no particular order). */
  threads: T[]
  /**
   * The calling thread's own task state, when it read chunks: the caller
   * merges into it, rather than have `finish` (run for workers only) copy it out.
   */
  scope?: RangeScope
  /** The physical line after the last record. */
  nextLine: number
  /** The file's SHA-256 and size, when RangeOptions.digest asked for them. */
  digest?: FileDigest
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
  /**
   * Also hash the whole file (RangeRun.digest), as the queue's first item:
   * whichever thread is free first reads it while the others parse.
   */
  digest?: boolean
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
  const layout = await planRanges(
    absolute,
    display,
    options.chunkBytes ?? CHUNK_BYTES,
    options.minBytes ?? MIN_PARALLEL_BYTES,
  )
  if (!layout) return undefined
  const setup: RunSetup = {
    modelgateRangeTask: name,
    absolute,
    display,
    header: layout.header,
    params,
  }
  const items: QueueItem[] = [
    ...(options.digest ? [{ kind: 'digest' } as const] : []),
    ...layout.ranges.map((r, index) => ({
      kind: 'chunk' as const,
      index,
      range: { ...r, firstLine: 0 as const },
    })),
  ]
  const progress = new RunProgress(items, display, layout.size)
  const settle = (index: number, reply: RangeReply<unknown>) => progress.settle(index, reply)
  const workers =
    entry === undefined ? [] : takeWorkers(entry, name, Math.min(threads, layout.ranges.length) - 1)
  const counter = sharedCounter(workers.length)
  const finals = workers.map((w, i) =>
    w.join({ message: { setup, items, counter, slot: WORKER_SLOTS + i }, settle }),
  )
  const scope: RangeScope = {}
  const readChunk = await drainQueue(setup, items, counter, scope, settle)
  for (const w of workers) w.release()
  const threadFinals = await Promise.all(finals)
  endProgress(display)

  if (process.env.MODELGATE_DEBUG_RANGES)
    for (const r of progress.replies)
      if (r && !r.ok) console.error(`range task ${name}: ${r.message}`)
  if (runFailed(counter) || progress.replies.some((r) => r === undefined)) return undefined
  const threadResults = threadFinals
    .filter((f): f is { final: unknown } => f !== undefined)
    .map((f) => f.final as T)
  const replies = progress.replies as Extract<RangeReply<unknown>, { ok: true }>[]
  let line = 2 // the header is line 1
  const parts: RangeRun<R, T>['parts'] = []
  let digest: FileDigest | undefined
  items.forEach((item, i) => {
    const r = replies[i]!
    if (item.kind === 'digest') {
      digest = r.result as FileDigest
      return
    }
    parts.push({ result: r.result as R, rows: r.rows, firstLine: line })
    line += r.lines
  })
  return {
    header: layout.header,
    hadBom: layout.hadBom,
    bytes: layout.size,
    parts,
    threads: threadResults,
    ...(readChunk ? { scope } : {}),
    nextLine: line,
    ...(digest ? { digest } : {}),
  }
}

/** The replies of one run as they come, from any thread, and the progress they make. */
class RunProgress {
  readonly replies: (RangeReply<unknown> | undefined)[]
  private bytesDone: number
  private rowsDone = 0

  constructor(
    private readonly items: readonly QueueItem[],
    private readonly label: string,
    private readonly totalBytes: number,
  ) {
    this.replies = new Array<RangeReply<unknown> | undefined>(items.length)
    // The header (and a byte order mark) before the first chunk counts as read.
    const first = items.find((item) => item.kind === 'chunk')
    this.bytesDone = first?.kind === 'chunk' ? first.range.start : 0
  }

  settle(index: number, reply: RangeReply<unknown>): void {
    this.replies[index] = reply
    const item = this.items[index]!
    if (!reply.ok || item.kind !== 'chunk') return
    this.bytesDone += item.range.end - item.range.start
    this.rowsDone += reply.rows
    reportProgress({
      label: this.label,
      done: this.bytesDone,
      total: this.totalBytes,
      rows: this.rowsDone,
    })
  }
}

/**
 * Where chunks of `data` bytes should start (after the first), before they
 * are moved to the next line start: chunks of about `chunkBytes`, except
 * the last quarter of the data, cut four times finer. Threads take chunks in
 * order, so the last ones decide how long the first thread to finish waits
 * for the others: small chunks there keep that wait short, large ones
 * before keep the per-chunk costs low. The offsets depend on the size only.
 */
export function chunkOffsets(data: number, chunkBytes: number): number[] {
  const count = Math.min(MAX_CHUNKS, Math.max(2, Math.ceil(data / chunkBytes)))
  const size = data / count
  // The tail: the last quarter of the chunks (at least 1), each split in four.
  const tail = count >= 4 ? Math.floor(count / 4) : 0
  const offsets: number[] = []
  for (let k = 1; k < count - tail; k++) offsets.push(Math.floor(size * k))
  for (let k = (count - tail) * 4; k < count * 4; k++)
    if (k > 0) offsets.push(Math.floor((size * k) / 4))
  return offsets
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
    const ranges: { start: number; end: number }[] = []
    let start = nl + 1
    const probe = Buffer.alloc(1 << 16)
    for (const offset of chunkOffsets(data, chunkBytes)) {
      const guess = nl + 1 + offset
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
