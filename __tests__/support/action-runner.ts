import { spawn, spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeEach } from 'vitest'

export const REPO = join(import.meta.dirname, '..', '..')

/**
 * A folder laid out like the runner's copy of the action next to a user's
 * checkout: `action/` holds only action.yml and dist/, `workspace/` the user's
 * files. It lives under the system temp dir, so no node_modules is anywhere
 * on its path, and is removed after the test file.
 */
export function makeRunnerFolder(copy: Record<string, string>): {
  root: string
  action: string
  workspace: string
} {
  const root = mkdtempSync(join(tmpdir(), 'mg-runner-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  const action = join(root, 'action')
  const workspace = join(root, 'workspace')
  mkdirSync(action)
  mkdirSync(workspace)
  cpSync(join(REPO, 'action.yml'), join(action, 'action.yml'))
  cpSync(join(REPO, 'dist'), join(action, 'dist'), { recursive: true })
  for (const [to, from] of Object.entries(copy))
    cpSync(join(REPO, from), join(workspace, to), { recursive: true })
  return { root, action, workspace }
}

/**
 * Gives every test of the file a fresh copy of the user's files: the
 * workspace is filled before each test and removed after it, so a test that
 * changes a file (re-signs, tampers with the model) leaves nothing behind
 * for the next one, whatever order they run in.
 */
export function freshWorkspaceEachTest(
  folder: { workspace: string },
  copy: Record<string, string>,
): void {
  beforeEach(() => {
    mkdirSync(folder.workspace, { recursive: true })
    for (const [to, from] of Object.entries(copy))
      cpSync(join(REPO, from), join(folder.workspace, to), { recursive: true })
  })
  afterEach(() => rmSync(folder.workspace, { recursive: true, force: true }))
}

export interface RunnerResult {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

/**
 * Runs `node dist/index.js` the way the Actions runner does: inputs as
 * INPUT_<NAME> variables (hyphens kept, upper-cased), and GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY and GITHUB_EVENT_PATH files.
 */
type RunnerFolder = { root: string; action: string; workspace: string }
type RunnerOptions = { event?: unknown; eventName?: string; env?: Record<string, string> }

export function runAction(
  folder: RunnerFolder,
  inputs: Record<string, string>,
  opts: RunnerOptions = {},
): RunnerResult {
  const { env, files } = runnerEnvironment(folder, inputs, opts)
  const r = spawnSync(process.execPath, [join(folder.action, 'dist', 'index.js')], {
    cwd: folder.workspace,
    env,
    encoding: 'utf8',
    timeout: 120_000,
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ...readRunnerFiles(files) }
}

/**
 * The same, without blocking this process: use it when the test process
 * also serves the stand-ins the action talks to.
 */
export function runActionAsync(
  folder: RunnerFolder,
  inputs: Record<string, string>,
  opts: RunnerOptions = {},
): Promise<RunnerResult> {
  const { env, files } = runnerEnvironment(folder, inputs, opts)
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(folder.action, 'dist', 'index.js')], {
      cwd: folder.workspace,
      env,
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr, ...readRunnerFiles(files) }))
  })
}

function readRunnerFiles(files: { outputPath: string; summaryPath: string }) {
  return {
    outputs: parseOutputFile(readFileSync(files.outputPath, 'utf8')),
    summary: readFileSync(files.summaryPath, 'utf8'),
  }
}

function runnerEnvironment(
  folder: RunnerFolder,
  inputs: Record<string, string>,
  opts: RunnerOptions,
) {
  const files = mkdtempSync(join(folder.root, 'runner-'))
  const outputPath = join(files, 'output')
  const summaryPath = join(files, 'summary')
  const eventPath = join(files, 'event.json')
  writeFileSync(outputPath, '')
  writeFileSync(summaryPath, '')
  writeFileSync(eventPath, JSON.stringify(opts.event ?? {}))
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: folder.root,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: folder.workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_EVENT_NAME: opts.eventName ?? 'push',
    GITHUB_REPOSITORY: 'acme/plant-models',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'gates',
    GITHUB_JOB: 'g0',
    GITHUB_ACTOR: 'octocat',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_TEMP: files,
    ...opts.env,
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  return { env, files: { outputPath, summaryPath } }
}

/** Parses the runner's `name<<DELIMITER` output file format. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!)
    if (m) {
      const value: string[] = []
      while (++i < lines.length && lines[i] !== m[2]) value.push(lines[i]!)
      out[m[1]!] = value.join('\n')
    } else if (lines[i]!.includes('=')) {
      const k = lines[i]!.indexOf('=')
      out[lines[i]!.slice(0, k)] = lines[i]!.slice(k + 1)
    }
  }
  return out
}
