import { fileURLToPath } from 'node:url'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import {
  drainQueue,
  failRun,
  finishTask,
  type QueueItem,
  type RangeReply,
  type RangeScope,
  type RunSetup,
} from './range-queue.js'

/**
 * The worker threads of range runs, kept in a pool: a worker boots once (a
 * Node worker costs tens of milliseconds of start-up) and then serves run
 * after run, so a gate that reads three files, or an entry that starts its
 * workers while it is still loading (prestartRangeWorkers), pays that once.
 * Pooled workers are unreferenced: they never keep the process alive.
 */

/** What a worker is started with: the task whose module it loads at once. */
interface WorkerSetup {
  modelgateRangeTask: string
}
/**
 * A run for a worker to take items of. `counter[slot]` settles, with one
 * compare-and-swap on each side, whether the worker joins the run (1) or the
 * main thread, done with the queue before the worker had booted, left it out
 * (2): a worker's replies may still be in flight when the main thread
 * finishes, so only the shared slot can tell which happened.
 */
interface RunMessage {
  setup: RunSetup
  items: readonly QueueItem[]
  counter: Int32Array
  slot: number
}
const JOINED = 1
const LEFT_OUT = 2
type WorkerMessage =
  { index: number; reply: RangeReply<unknown> } | { final: unknown; readChunk: boolean }

/**
 * The worker side. Returns true when this thread is a range worker: it then
 * takes the items of each run it is sent, and does nothing else.
 */
export async function runRangeWorkerIfAsked(
  taskModules: Readonly<Record<string, () => Promise<unknown>>>,
): Promise<boolean> {
  const setup = workerData as WorkerSetup | undefined
  if (isMainThread || !setup?.modelgateRangeTask) return false
  await taskModules[setup.modelgateRangeTask]?.()
  const port = parentPort!
  // Typed arrays in results travel without a copy.
  const post = (message: WorkerMessage, value: unknown) =>
    port.postMessage(message, collectBuffers(value))
  port.on('message', (run: RunMessage) => {
    if (Atomics.compareExchange(run.counter, run.slot, 0, JOINED) !== 0) return
    void (async () => {
      await taskModules[run.setup.modelgateRangeTask]?.()
      const scope: RangeScope = {}
      const readChunk = await drainQueue(run.setup, run.items, run.counter, scope, (index, reply) =>
        post({ index, reply }, reply.ok ? reply.result : undefined),
      )
      const final = readChunk ? finishTask(run.setup.modelgateRangeTask, scope) : undefined
      post({ final, readChunk }, final)
    })()
  })
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
export function workerEntry(): string | undefined {
  if (process.env.MODELGATE_WORKER_ENTRY) return process.env.MODELGATE_WORKER_ENTRY
  const self = fileURLToPath(import.meta.url)
  return /[\\/]dist[\\/]index\.js$/.test(self) ? self : undefined
}

/** One run as a worker takes part in it. */
interface WorkerRun {
  message: RunMessage
  settle: (index: number, reply: RangeReply<unknown>) => void
}

/** A pooled worker; `join` enters it in a run, and resolves with its final result. */
class RangeWorker {
  private readonly worker: Worker
  private dead = false
  private run: WorkerRun | undefined
  private finish: ((final: { final: unknown } | undefined) => void) | undefined

  constructor(
    readonly entry: string,
    task: string,
  ) {
    this.worker = new Worker(entry, { workerData: { modelgateRangeTask: task } })
    this.worker.on('message', (m: WorkerMessage) => this.onMessage(m))
    const die = () => {
      this.dead = true
      const at = pool.indexOf(this)
      if (at >= 0) pool.splice(at, 1)
      // A worker that dies inside a run may leave an item without a reply: the run fails. One
      // that dies before it joined (while booting, say) took nothing: the others go on without it.
      if (this.run && !this.leaveOut()) failRun(this.run.message.counter)
      this.end(undefined)
    }
    this.worker.once('error', die)
    this.worker.once('exit', die)
    // Idle in the pool, a worker keeps nothing alive; in a run, it does (see join). After the
    // listeners: adding one references the worker again.
    this.worker.unref()
  }

  /** Stops the thread (see closeRangeWorkers). */
  terminate(): Promise<number> {
    return this.worker.terminate()
  }

  get idle(): boolean {
    return !this.dead && this.run === undefined
  }

  /**
   * Enters a run. The message goes at once, even to a worker still booting
   * (it waits in the worker's queue), so that no worker waits for the main
   * thread, which may be busy with an item of its own, to let it start.
   */
  join(run: WorkerRun): Promise<{ final: unknown } | undefined> {
    this.run = run
    this.worker.ref()
    const final = new Promise<{ final: unknown } | undefined>((resolve) => (this.finish = resolve))
    this.worker.postMessage(run.message)
    return final
  }

  /**
   * Called when the main thread has drained the queue: a worker that has not
   * joined the run yet (still booting) is left out of it, and not waited for.
   */
  release(): void {
    if (this.run && this.leaveOut()) this.end(undefined)
  }

  /** Leaves the worker out of its run unless it has joined already; true when it was left out. */
  private leaveOut(): boolean {
    const { counter, slot } = this.run!.message
    return Atomics.compareExchange(counter, slot, 0, LEFT_OUT) === 0
  }

  private onMessage(m: WorkerMessage): void {
    if ('reply' in m) this.run?.settle(m.index, m.reply)
    else this.end(m.readChunk ? { final: m.final } : undefined)
  }

  private end(final: { final: unknown } | undefined): void {
    const finish = this.finish
    this.run = undefined
    this.finish = undefined
    if (!this.dead) this.worker.unref()
    finish?.(final)
  }
}

const pool: RangeWorker[] = []

/**
 * Up to `count` idle workers started from `entry` for a run, started now when
 * the pool has too few (each loads `task`'s module first; any worker can run
 * any task).
 */
export function takeWorkers(entry: string, task: string, count: number): RangeWorker[] {
  const idle = pool.filter((w) => w.idle && w.entry === entry).slice(0, count)
  while (idle.length < count) {
    const worker = startWorker(entry, task)
    if (worker === undefined) break // the threads that exist do the work: same chunks, same result
    idle.push(worker)
  }
  return idle
}

/** A new pooled worker, or undefined when the system refuses one (too many threads, say). */
function startWorker(entry: string, task: string): RangeWorker | undefined {
  try {
    const worker = new RangeWorker(entry, task)
    pool.push(worker)
    return worker
  } catch {
    return undefined
  }
}

/**
 * Starts `count` workers for `task` ahead of the run that will need them, so
 * that they boot while the entry is still loading the program. Does nothing
 * without a bundle to start them from, or when the pool already has them.
 */
export function prestartRangeWorkers(task: string, count: number): void {
  const entry = workerEntry()
  if (entry === undefined) return
  for (let n = pool.filter((w) => w.entry === entry).length; n < count; n++)
    if (startWorker(entry, task) === undefined) return
}

/**
 * Stops every pooled worker: for a long-lived process that is done reading
 * (the CLI and the Action need not call it, idle workers never keep them alive).
 */
export async function closeRangeWorkers(): Promise<void> {
  const workers = pool.splice(0)
  await Promise.all(workers.map((w) => w.terminate()))
}
