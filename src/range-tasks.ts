import { prestartRangeWorkers, threadCount } from './csv/range-workers.js'

/**
 * The modules that define each CSV range task (see csv/range-workers.ts), loaded
 * on demand in a worker thread: the bundle's entry imports the rest of the
 * program lazily, so a worker loads only these (and their imports) instead of
 * the whole Action. The table lives at the top of the layers so that the CSV
 * reader, at the bottom, never imports a gate.
 */
export const RANGE_TASK_MODULES: Readonly<Record<string, () => Promise<unknown>>> = {
  G0: () => import('./gates/g0/parallel.js'),
  holdout: () => import('./gates/g1/holdout.js'),
  'drift-table': () => import('./gates/drift/window.js'),
  'shadow-log': () => import('./gates/g4/log.js'),
}

/** The range task each command reads its large CSVs with. */
const COMMAND_TASKS: Readonly<Record<string, string>> = {
  G0: 'G0',
  G1: 'holdout',
  G4: 'shadow-log',
  drift: 'drift-table',
}

/**
 * Starts the range workers a command will read its large CSVs with, before
 * the entry loads the rest of the program: a worker's start-up (tens of
 * milliseconds) then overlaps the main thread's instead of delaying the first
 * chunk. `threads` is the raw `threads` option, if any. A command that reads
 * no large file leaves the workers idle; they never keep the process alive.
 * The gate reads and validates its inputs as always: nothing here judges them.
 */
export function prestartWorkersFor(command: string | undefined, threads: string | undefined): void {
  if (command === undefined || !Object.hasOwn(COMMAND_TASKS, command)) return
  const task = COMMAND_TASKS[command]!
  let count: number
  try {
    count = threadCount(threads)
  } catch {
    return // the gate reports the invalid thread count
  }
  if (count >= 2) prestartRangeWorkers(task, count - 1)
}

/** The command and `threads` option of a CLI command line, as far as prestartWorkersFor needs them. */
export function cliThreads(argv: readonly string[]): { command?: string; threads?: string } {
  const command = argv.find((a) => Object.hasOwn(COMMAND_TASKS, a))
  let threads: string | undefined
  argv.forEach((a, i) => {
    const option =
      a === '--option' ? argv[i + 1] : a.startsWith('--option=') ? a.slice(9) : undefined
    if (option?.startsWith('threads=')) threads = option.slice(8)
  })
  return { command, threads }
}

/** The same for the Action's inputs (the `gate` input and an `options` line threads=N). */
export function actionThreads(env: NodeJS.ProcessEnv): { command?: string; threads?: string } {
  const line = (env.INPUT_OPTIONS ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l.startsWith('threads='))
  return { command: env.INPUT_GATE?.trim(), threads: line?.slice(8) }
}
