import { realpathSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { runRangeWorkerIfAsked } from './csv/range-workers.js'
import { run } from './main.js'

export { runCli } from './cli/run-cli.js'
export { run } from './main.js'

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
if (!(await runRangeWorkerIfAsked()) && isEntryPoint()) {
  process.exitCode = await run()
}
