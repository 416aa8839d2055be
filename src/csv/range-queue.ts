import { digestFileSync, type FileDigest } from '../io/file-digest.js'
import { QuoteInRangeError } from './csv-record.js'

/**
 * The work of one range run, as every thread sees it: a list of items (the
 * file's digest, then its chunks) and a shared counter that hands them out.
 * Each thread, the main one and every worker alike, takes the next item with
 * one atomic add and runs it, so that a worker never waits for the main
 * thread to give it work, and a thread that finds an item failed stops
 * taking more. The tasks a thread can run are registered here by name.
 */

interface ByteRange {
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

/** What every thread of a run knows: the task, the file, and the items to take. */
export type RunSetup = Omit<RangeJob<unknown>, 'range' | 'index'>
/** An item of a run: the file's digest (first, when asked for) or a chunk. */
export type QueueItem = { kind: 'digest' } | { kind: 'chunk'; index: number; range: ByteRange }

/**
 * The shared counter's slots: the next item to take, 1 once an item has
 * failed, then one per worker (see range-pool.ts) from WORKER_SLOTS on.
 */
const NEXT = 0
const FAILED = 1
export const WORKER_SLOTS = 2

export function sharedCounter(workers: number): Int32Array {
  return new Int32Array(
    new SharedArrayBuffer((WORKER_SLOTS + workers) * Int32Array.BYTES_PER_ELEMENT),
  )
}

export function runFailed(counter: Int32Array): boolean {
  return Atomics.load(counter, FAILED) === 1
}

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
 * optionally `finish` once a worker has read its last chunk, whose results
 * come back in RangeRun.threads (the calling thread's own state comes back
 * as RangeRun.scope instead). Modules call this at load, in the main thread
 * and in workers alike.
 */
export function defineRangeTask<P, R, T = undefined>(
  name: string,
  run: (job: RangeJob<P>, scope: RangeScope) => Promise<{ result: R; rows: number; lines: number }>,
  finish?: (scope: RangeScope) => T,
): void {
  TASKS.set(name, { run: run as Task['run'], ...(finish ? { finish } : {}) })
}

async function runItem(
  setup: RunSetup,
  item: QueueItem,
  scope: RangeScope,
): Promise<RangeReply<unknown>> {
  try {
    if (item.kind === 'digest') {
      const digest: FileDigest = digestFileSync(setup.absolute)
      return { ok: true, result: digest, rows: 0, lines: 0 }
    }
    const task = TASKS.get(setup.modelgateRangeTask)
    if (!task)
      return { ok: false, quote: false, message: `unknown range task ${setup.modelgateRangeTask}` }
    return {
      ok: true,
      ...(await task.run({ ...setup, index: item.index, range: item.range }, scope)),
    }
  } catch (error) {
    return {
      ok: false,
      quote: error instanceof QuoteInRangeError,
      message: (error as Error).message,
    }
  }
}

/**
 * Takes items until none is left or one has failed, handing each reply to
 * `settle` as it comes; returns whether this thread read any chunk (and so
 * has task state to give back).
 */
export async function drainQueue(
  setup: RunSetup,
  items: readonly QueueItem[],
  counter: Int32Array,
  scope: RangeScope,
  settle: (index: number, reply: RangeReply<unknown>) => void,
): Promise<boolean> {
  let readChunk = false
  for (;;) {
    if (runFailed(counter)) return readChunk
    const index = Atomics.add(counter, NEXT, 1)
    if (index >= items.length) return readChunk
    const item = items[index]!
    if (item.kind === 'chunk') readChunk = true
    const reply = await runItem(setup, item, scope)
    if (!reply.ok) Atomics.store(counter, FAILED, 1)
    settle(index, reply)
  }
}

/** Marks a run failed from outside its loop (a worker that died mid-item). */
export function failRun(counter: Int32Array): void {
  Atomics.store(counter, FAILED, 1)
}

export function finishTask(name: string, scope: RangeScope): unknown {
  return TASKS.get(name)?.finish?.(scope)
}
