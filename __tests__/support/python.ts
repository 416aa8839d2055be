import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'

/** The project-local environment that `npm run test:all` and .ci/run create (.ci/setup.sh). */
const PROJECT_VENV = join(import.meta.dirname, '..', '..', '.ci', '.venv', 'bin', 'python')

/**
 * The Python the reference and fixture scripts run with: MODELGATE_PYTHON,
 * else the project's own environment once `npm run test:all` has made it, else python3.
 */
export const PYTHON =
  process.env.MODELGATE_PYTHON ?? (existsSync(PROJECT_VENV) ? PROJECT_VENV : 'python3')

/**
 * True when PYTHON imports every module in `modules`. Tests that need them
 * skip without them on a laptop, but in CI a missing module is an error: a
 * parity or fixture test must never pass there by being skipped.
 */
export function pythonHas(modules: readonly string[], tests: string, python = PYTHON): boolean {
  const ok =
    spawnSync(python, ['-c', `import ${modules.join(', ')}`], { encoding: 'utf8' }).status === 0
  if (!ok && (process.env.CI || process.env.MODELGATE_REQUIRE_ALL))
    throw new Error(
      `${modules.join(', ')} ${modules.length > 1 ? 'are' : 'is'} not importable by ${python}: ${tests} must run where every test runs (.ci/setup.sh installs it)`,
    )
  return ok
}

/** The project-local MLflow environment (.ci/setup.sh), kept apart from the peers: MLflow brings pyarrow. */
const PROJECT_MLFLOW_VENV = join(
  import.meta.dirname,
  '..',
  '..',
  '.ci',
  '.venv-mlflow',
  'bin',
  'python',
)

/** The Python that runs `mlflow server` and MLflow's own client in the registry tests. */
export const MLFLOW_PYTHON =
  process.env.MODELGATE_MLFLOW_PYTHON ??
  (existsSync(PROJECT_MLFLOW_VENV) ? PROJECT_MLFLOW_VENV : PYTHON)

/**
 * A fresh temporary folder filled by the fixture script `script` (run with
 * PYTHON, the folder as its argument) when `enabled`, and removed after the
 * test file.
 */
export function pythonFixtures(script: string, prefix: string, enabled: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  if (enabled) execFileSync(PYTHON, [script, dir])
  return dir
}
