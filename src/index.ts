import { realpathSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { runRangeWorkerIfAsked } from './csv/range-workers.js'
import { actionThreads, cliThreads, prestartWorkersFor, RANGE_TASK_MODULES } from './range-tasks.js'

/**
 * The bundle's entry, for the Action (`node dist/index.js`), the CLI
 * (dist/cli.js) and the CSV range workers alike. It is kept small: the
 * Action, the CLI and the gates are imported on demand, so that a worker
 * thread compiles only the reader it needs, and a local CLI run never loads
 * the GitHub and artifact clients.
 */

/** The Action, in the runner's environment (process.env): judge, write the evidence files, publish; returns the exit code. */
export async function run(): Promise<number> {
  const { command, threads } = actionThreads(process.env)
  prestartWorkersFor(command, threads)
  const { run: runAction } = await import('./main.js')
  return runAction()
}

/** The local CLI; returns the exit code. */
export async function runCli(argv: readonly string[]): Promise<number> {
  const { command, threads } = cliThreads(argv)
  prestartWorkersFor(command, threads)
  const { runCli: runLocal } = await import('./cli/run-cli.js')
  return runLocal(argv)
}

/** True when this file is the program node was started with (the Actions runner runs `node dist/index.js`). */
function isEntryPoint(): boolean {
  const script = process.argv[1]
  if (!script) return false
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url))
  } catch {
    return false
  }
}

// G0 and G1 start this same bundle in worker threads to read byte ranges of large CSVs;
// a worker does its range and nothing else.
if (!(await runRangeWorkerIfAsked(RANGE_TASK_MODULES)) && isEntryPoint()) {
  process.exitCode = await run()
}
