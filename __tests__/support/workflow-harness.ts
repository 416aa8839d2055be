import { spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { data, Evaluator, Lexer, Parser } from '@actions/expressions'
import type { FunctionDefinition } from '@actions/expressions/funcs/info'
import {
  convertWorkflowTemplate,
  isBasicExpression,
  isMapping,
  isSequence,
  isString,
  NoOperationTraceWriter,
  parseWorkflow,
} from '@actions/workflow-parser'
import type { MappingToken } from '@actions/workflow-parser/templates/tokens/mapping-token'
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token'
import type { Job, Step } from '@actions/workflow-parser/model/workflow-template'
import { parse as parseYaml } from 'yaml'
import { parseOutputFile, REPO, runActionAsync } from './action-runner.js'

/**
 * A workflow HARNESS: plays a workflow file as GitHub would, on this machine.
 *
 * - reads it with GitHub's own parser (@actions/workflow-parser) and refuses
 *   a workflow with errors;
 * - orders the jobs by `needs:` and evaluates every `${{ }}` (job and step
 *   `if:`, `with:`, `env:`, `outputs:`, `run:`) with @actions/expressions,
 *   with the contexts github, inputs, vars, secrets, env, needs, steps,
 *   runner and job, and the status functions success(), failure(),
 *   always() and cancelled();
 * - runs each modelgate step (`uses: modelgate/modelgate@…`) as the runner
 *   does: `node dist/index.js` with INPUT_* from its `with:` plus action.yml's
 *   defaults, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and GITHUB_EVENT_PATH
 *   (action-runner.ts), against whatever GITHUB_API_URL the caller gives (the
 *   API stand-in);
 * - runs `run:` steps for real with bash (GITHUB_ENV, GITHUB_OUTPUT and
 *   GITHUB_STEP_SUMMARY honoured), with `extraPath` first on PATH so a test
 *   can put stand-in commands (a `gh`) there;
 * - replaces other actions by documented stand-ins (STAND_INS below), and
 *   fails loudly on an action it has none for.
 *
 * What is NOT the real thing, and stands in for it:
 * - `actions/checkout` copies the caller's `source` folder (or clones
 *   `gitRemote`), and modelgate's own action.yml + dist/ for
 *   `repository: modelgate/modelgate`: no fetch from GitHub;
 * - the deploy hook is the template's own `run:` step (an echo of the tag,
 *   digest and previous tag it was handed): nothing is deployed;
 * - training (retrain.yml's `python train.py`) runs for real only when the
 *   caller puts the Python peer on PATH (harness-retrain.test.ts); the story
 *   (story.test.ts) checks that drift dispatches retrain.yml, not the
 *   training itself;
 * - `gh` is whatever `extraPath` provides (__tests__/support/gh-standin:
 *   REST calls to the API stand-in); environment reviewers are played by
 *   `onEnvironment`.
 *
 * Every job gets its own workspace (a fresh runner): `actions/checkout`
 * copies the caller's `source` folder into it. Environments are not waited
 * for: `onEnvironment(job, name)` is called before such a job runs, where a
 * test plays the reviewers (the stand-in serves their approvals).
 */

type Json = Record<string, unknown>

export interface WorkflowEvent {
  name: string
  payload: Json
  /** workflow_dispatch inputs. */
  inputs?: Record<string, string>
}

export interface HarnessOptions {
  /** The workflow file. */
  workflow: string
  event: WorkflowEvent
  /** The repository's files, as checked out. */
  source: string
  /**
   * A git repository (a local bare one) to check out from instead of `source`:
   * `actions/checkout` then clones the run's branch from it, with `origin`
   * pointing there, so `git push origin` in a `run:` step lands in it.
   */
  gitRemote?: string
  repository?: string
  sha?: string
  ref?: string
  runId?: number
  actor?: string
  vars?: Record<string, string>
  secrets?: Record<string, string>
  /** Environment for every step (GITHUB_API_URL of the stand-in, the artifact service). */
  env?: Record<string, string>
  /** Folders put first on PATH for `run:` steps (stand-in commands). */
  extraPath?: string[]
  onEnvironment?: (job: string, environment: string) => void | Promise<void>
  /**
   * Jobs taken as already run, with their result and outputs (they are not run): to play part of a
   * workflow whose earlier jobs need what this build does not have yet, or were proven elsewhere.
   */
  given?: Record<string, { result: 'success' | 'failure'; outputs?: Record<string, string> }>
}

export interface StepRecord {
  id: string
  name: string
  kind: 'modelgate' | 'run' | 'stand-in'
  outcome: 'success' | 'failure' | 'skipped'
  inputs?: Record<string, string>
  outputs: Record<string, string>
  exitCode?: number | null
  log: string
}

export interface JobRecord {
  id: string
  result: 'success' | 'failure' | 'skipped'
  environment?: string
  outputs: Record<string, string>
  steps: StepRecord[]
  workspace?: string
}

export interface WorkflowRun {
  /** The run's folder (jobs' workspaces, artifacts): the caller removes it. */
  root: string
  order: string[]
  jobs: Record<string, JobRecord>
  /** Artifacts uploaded by actions/upload-artifact stand-ins, by name: folder holding the files. */
  artifacts: Map<string, string>
}

// ---------------------------------------------------------------------------
// Expressions

const CONTEXTS = [
  'github',
  'inputs',
  'vars',
  'secrets',
  'env',
  'needs',
  'steps',
  'runner',
  'job',
  'matrix',
  'strategy',
]

function statusFunctions(status: {
  success: boolean
  failure: boolean
}): Map<string, FunctionDefinition> {
  const fn = (name: string, value: () => boolean): [string, FunctionDefinition] => [
    name,
    { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(value()) },
  ]
  return new Map([
    fn('success', () => status.success),
    fn('failure', () => status.failure),
    fn('always', () => true),
    fn('cancelled', () => false),
    [
      'hashfiles',
      { name: 'hashFiles', minArgs: 1, maxArgs: 255, call: () => new data.StringData('') },
    ],
  ])
}

export function evaluateExpression(
  expression: string,
  context: Json,
  status = { success: true, failure: false },
): unknown {
  const functions = statusFunctions(status)
  const lexed = new Lexer(expression).lex()
  const ast = new Parser(lexed.tokens, CONTEXTS, [...functions.values()]).parse()
  const dict = JSON.parse(JSON.stringify(context), data.reviver) as data.Dictionary
  const result = new Evaluator(ast, dict, functions).evaluate()
  return JSON.parse(JSON.stringify(result, data.replacer) ?? 'null') as unknown
}

/** A token's value with its expressions evaluated. */
function evaluate(
  token: TemplateToken | undefined,
  context: Json,
  status?: { success: boolean; failure: boolean },
): unknown {
  if (token === undefined) return undefined
  if (isBasicExpression(token)) return evaluateExpression(token.expression, context, status)
  if (isString(token)) return token.value
  if (isMapping(token)) {
    const out: Json = {}
    for (let i = 0; i < token.count; i++) {
      const pair = token.get(i)
      out[String(evaluate(pair.key, context, status))] = evaluate(pair.value, context, status)
    }
    return out
  }
  if (isSequence(token)) {
    const out: unknown[] = []
    for (let i = 0; i < token.count; i++) out.push(evaluate(token.get(i), context, status))
    return out
  }
  return (token as unknown as { value?: unknown }).value ?? null
}

/** How the runner turns a value into an input or environment string. */
const asString = (v: unknown): string =>
  v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v)

const stringMap = (v: unknown): Record<string, string> =>
  Object.fromEntries(Object.entries((v ?? {}) as Json).map(([k, x]) => [k, asString(x)]))

// ---------------------------------------------------------------------------
// Stand-ins for the actions a template workflow uses besides modelgate

interface StandInContext {
  workspace: string
  with: Record<string, string>
  source: string
  gitRemote?: string
  refName: string
  artifacts: Map<string, string>
  root: string
}
type StandIn = (ctx: StandInContext) => string

/** The modelgate Action as a runner holds it: action.yml and dist/ (what `actions/checkout` of modelgate/modelgate gives, too). */
function copyAction(to: string) {
  mkdirSync(to, { recursive: true })
  cpSync(join(REPO, 'action.yml'), join(to, 'action.yml'))
  cpSync(join(REPO, 'dist'), join(to, 'dist'), { recursive: true })
}

export const STAND_INS: Record<string, StandIn> = {
  /** The repository's files (the caller's `source`), or modelgate itself for `repository: modelgate/modelgate` (its action.yml and dist/). */
  'actions/checkout': (c) => {
    const to = resolve(c.workspace, c.with.path ?? '.')
    if (c.with.repository && c.with.repository !== '${{ github.repository }}') {
      if (!/^modelgate\/modelgate$/.test(c.with.repository))
        throw new Error(`checkout stand-in: no copy of ${c.with.repository}`)
      copyAction(to)
      return `modelgate ${c.with.ref ?? ''} (action.yml and dist/) into ${c.with.path ?? '.'}`
    }
    if (c.gitRemote) {
      const r = spawnSync(
        'git',
        ['clone', '-q', '--branch', c.with.ref || c.refName, c.gitRemote, to],
        { encoding: 'utf8' },
      )
      if (r.status !== 0) throw new Error(`checkout stand-in: git clone: ${r.stderr}`)
      return `git clone of ${c.with.ref || c.refName} into ${c.with.path ?? '.'}`
    }
    cpSync(c.source, to, { recursive: true })
    return `repository files into ${c.with.path ?? '.'}`
  },
  /** Python is already there (MODELGATE_PYTHON's venv is put on PATH by the caller when a step needs it). */
  'actions/setup-python': () => 'python from the machine',
  'actions/setup-node': () => 'node from the machine',
  /** Kept in the run: a folder per artifact name. */
  'actions/upload-artifact': (c) => {
    const name = c.with.name ?? 'artifact'
    const dir = join(c.root, 'artifacts', name)
    mkdirSync(dir, { recursive: true })
    for (const p of (c.with.path ?? '')
      .split('\n')
      .map((x) => x.trim())
      .filter(Boolean)) {
      const from = resolve(c.workspace, p)
      if (existsSync(from)) cpSync(from, join(dir, p), { recursive: true })
    }
    c.artifacts.set(name, dir)
    return `artifact ${name}`
  },
  'actions/download-artifact': (c) => {
    const dir = c.artifacts.get(c.with.name ?? '')
    if (!dir) throw new Error(`download-artifact stand-in: no artifact ${c.with.name}`)
    cpSync(dir, resolve(c.workspace, c.with.path ?? '.'), { recursive: true })
    return `artifact ${c.with.name}`
  },
}

const MODELGATE = /^modelgate\/modelgate@|^\.\/?$/

/** action.yml's input defaults, as the runner sets them when `with:` leaves them out. */
function actionDefaults(): Record<string, string> {
  const action = parseYaml(readFileSync(join(REPO, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: unknown }>
  }
  const out: Record<string, string> = {}
  for (const [name, spec] of Object.entries(action.inputs))
    if (spec.default !== undefined) out[name] = String(spec.default)
  return out
}

// ---------------------------------------------------------------------------

function runBash(
  script: string,
  cwd: string,
  env: Record<string, string>,
): Promise<{ code: number | null; log: string }> {
  return new Promise((done, fail) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      cwd,
      env,
    })
    let log = ''
    child.stdout.on('data', (d: Buffer) => (log += d.toString('utf8')))
    child.stderr.on('data', (d: Buffer) => (log += d.toString('utf8')))
    child.on('error', fail)
    child.on('close', (code) => done({ code, log }))
  })
}

/** The jobs in an order that respects `needs:` (the file's order among equals). */
export function orderJobs(jobs: { id: string; needs: string[] }[]): string[] {
  const done: string[] = []
  const left = [...jobs]
  while (left.length > 0) {
    const i = left.findIndex((j) => j.needs.every((n) => done.includes(n)))
    if (i < 0)
      throw new Error(`needs: cycle or unknown job among ${left.map((j) => j.id).join(', ')}`)
    done.push(left.splice(i, 1)[0]!.id)
  }
  return done
}

/** Reads a workflow with GitHub's parser; throws on any error the parser reports. */
export async function loadWorkflow(file: string) {
  const parsed = parseWorkflow(
    { name: file, content: readFileSync(file, 'utf8') },
    new NoOperationTraceWriter(),
  )
  const errors = parsed.context.errors.getErrors().map((e) => e.message)
  if (errors.length > 0 || !parsed.value) throw new Error(`${file}: ${errors.join('; ')}`)
  const template = await convertWorkflowTemplate(parsed.context, parsed.value)
  if (template.errors?.length)
    throw new Error(`${file}: ${template.errors.map((e) => e.Message).join('; ')}`)
  return { template, raw: parsed.value as MappingToken }
}

const field = (m: TemplateToken | undefined, key: string): TemplateToken | undefined =>
  m && isMapping(m) ? m.find(key) : undefined

export async function runWorkflow(opts: HarnessOptions): Promise<WorkflowRun> {
  const { template, raw } = await loadWorkflow(opts.workflow)
  // Under the system temp dir, as the runner's folders are: no node_modules on the path.
  const root = mkdtempSync(join(tmpdir(), 'mg-harness-'))
  const action = join(root, 'action')
  copyAction(action)
  const defaults = actionDefaults()
  const repository = opts.repository ?? 'acme/plant-models'
  const sha = opts.sha ?? 'a'.repeat(40)
  const ref = opts.ref ?? 'refs/heads/main'
  const runId = opts.runId ?? 4242
  const github: Json = {
    event_name: opts.event.name,
    event: opts.event.payload,
    repository,
    repository_owner: repository.split('/')[0],
    sha,
    ref,
    ref_name: ref.replace(/^refs\/(heads|tags)\//, ''),
    run_id: String(runId),
    run_attempt: '1',
    actor: opts.actor ?? 'octocat',
    server_url: 'https://github.com',
    api_url: opts.env?.GITHUB_API_URL ?? 'https://api.github.com',
    workflow: asString(evaluate(field(raw, 'name'), {})),
    token: 'ghs_harness_token',
  }
  const workflowEnv = stringMap(
    evaluate(field(raw, 'env'), {
      github,
      inputs: opts.event.inputs ?? {},
      vars: opts.vars ?? {},
      secrets: opts.secrets ?? {},
    }),
  )
  const rawJobs = field(raw, 'jobs') as MappingToken
  const jobs = template.jobs.filter((j): j is Job => j.type === 'job')
  const order = orderJobs(
    jobs.map((j) => ({ id: j.id.value, needs: (j.needs ?? []).map((n) => n.value) })),
  )
  const run: WorkflowRun = { root, order, jobs: {}, artifacts: new Map() }

  for (const id of order) {
    const job = jobs.find((j) => j.id.value === id)!
    const rawJob = field(rawJobs, id) as MappingToken
    const needsIds = (job.needs ?? []).map((n) => n.value)
    const needs = Object.fromEntries(
      needsIds.map((n) => [n, { result: run.jobs[n]!.result, outputs: run.jobs[n]!.outputs }]),
    )
    const base: Json = {
      github,
      inputs: opts.event.inputs ?? {},
      vars: opts.vars ?? {},
      secrets: opts.secrets ?? {},
      needs,
      env: workflowEnv,
    }
    const status = {
      success: needsIds.every((n) => run.jobs[n]!.result === 'success'),
      failure: needsIds.some((n) => run.jobs[n]!.result === 'failure'),
    }
    const record: JobRecord = { id, result: 'skipped', outputs: {}, steps: [] }
    run.jobs[id] = record
    const given = opts.given?.[id]
    if (given) {
      Object.assign(record, { result: given.result, outputs: given.outputs ?? {} })
      continue
    }
    if (!evaluate(job.if, base, status)) continue
    const environment = evaluate(field(rawJob, 'environment'), base)
    const envName =
      typeof environment === 'string' ? environment : (environment as Json | undefined)?.name
    if (typeof envName === 'string') {
      record.environment = envName
      await opts.onEnvironment?.(id, envName)
    }
    const jobRoot = join(root, 'jobs', id)
    const workspace = join(jobRoot, 'workspace')
    const temp = join(jobRoot, 'temp')
    mkdirSync(workspace, { recursive: true })
    mkdirSync(temp, { recursive: true })
    record.workspace = workspace
    const jobEnv: Record<string, string> = {
      ...workflowEnv,
      ...stringMap(evaluate(field(rawJob, 'env'), base)),
    }
    const steps: Record<
      string,
      { outputs: Record<string, string>; outcome: string; conclusion: string }
    > = {}
    let failed = false
    const rawSteps = field(rawJob, 'steps')
    for (const [index, step] of job.steps.entries()) {
      const rawStep = rawSteps && isSequence(rawSteps) ? rawSteps.get(index) : undefined
      const ctx: Json = {
        ...base,
        env: jobEnv,
        steps,
        runner: { temp, os: 'Linux', arch: 'X64' },
        job: { status: failed ? 'failure' : 'success' },
      }
      const stepId = step.id
      const name = asString(evaluate(step.name, ctx)) || stepId
      const stepStatus = { success: !failed, failure: failed }
      const rec: StepRecord = {
        id: stepId,
        name,
        kind: 'run',
        outcome: 'skipped',
        outputs: {},
        log: '',
      }
      record.steps.push(rec)
      if (!evaluate((step as Step & { if?: TemplateToken }).if, ctx, stepStatus)) {
        steps[stepId] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' }
        continue
      }
      const stepEnv = { ...jobEnv, ...stringMap(evaluate(field(rawStep, 'env'), ctx)) }
      const files = mkdtempSync(join(temp, 'step-'))
      const outputFile = join(files, 'output')
      const envFile = join(files, 'env')
      writeFileSync(outputFile, '')
      writeFileSync(envFile, '')
      const runnerEnv: Record<string, string> = {
        GITHUB_ACTIONS: 'true',
        CI: 'true',
        GITHUB_REPOSITORY: repository,
        GITHUB_SHA: sha,
        GITHUB_REF: ref,
        GITHUB_REF_NAME: String(github.ref_name),
        GITHUB_RUN_ID: String(runId),
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_WORKFLOW: String(github.workflow),
        GITHUB_JOB: id,
        GITHUB_ACTOR: String(github.actor),
        GITHUB_EVENT_NAME: opts.event.name,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_WORKSPACE: workspace,
        RUNNER_TEMP: temp,
        ...opts.env,
        ...stepEnv,
      }
      const uses = 'uses' in step ? step.uses.value : undefined
      let ok = true
      if (uses && MODELGATE.test(uses)) {
        rec.kind = 'modelgate'
        const given = stringMap(evaluate(field(rawStep, 'with'), ctx))
        const inputs: Record<string, string> = {}
        for (const [k, v] of Object.entries(defaults))
          inputs[k] = v.includes('${{')
            ? asString(evaluateExpression(v.replace(/^\$\{\{|\}\}$/g, ''), ctx))
            : v
        Object.assign(inputs, given)
        rec.inputs = inputs
        const r = await runActionAsync({ root: jobRoot, action, workspace }, inputs, {
          event: opts.event.payload,
          eventName: opts.event.name,
          env: runnerEnv,
        })
        rec.exitCode = r.code
        rec.outputs = r.outputs
        rec.log = r.stdout + r.stderr
        ok = r.code === 0
      } else if (uses) {
        rec.kind = 'stand-in'
        const key = uses.replace(/@.*$/, '')
        const standIn = STAND_INS[key]
        if (!standIn) throw new Error(`job ${id} step ${name}: no stand-in for ${uses}`)
        rec.inputs = stringMap(evaluate(field(rawStep, 'with'), ctx))
        rec.log = standIn({
          workspace,
          with: rec.inputs,
          source: opts.source,
          ...(opts.gitRemote ? { gitRemote: opts.gitRemote } : {}),
          refName: String(github.ref_name),
          artifacts: run.artifacts,
          root,
        })
      } else if ('run' in step) {
        const script = asString(evaluate(step.run, ctx))
        const dir = asString(evaluate(field(rawStep, 'working-directory'), ctx))
        const r = await runBash(script, resolve(workspace, dir || '.'), {
          PATH: [...(opts.extraPath ?? []), process.env.PATH ?? ''].join(':'),
          HOME: jobRoot,
          ...runnerEnv,
          GITHUB_OUTPUT: outputFile,
          GITHUB_ENV: envFile,
          GITHUB_STEP_SUMMARY: join(files, 'summary'),
        })
        rec.exitCode = r.code
        rec.log = r.log
        rec.outputs = parseOutputFile(readFileSync(outputFile, 'utf8'))
        Object.assign(jobEnv, parseOutputFile(readFileSync(envFile, 'utf8')))
        ok = r.code === 0
      }
      const continueOnError = evaluate(field(rawStep, 'continue-on-error'), ctx) === true
      rec.outcome = ok ? 'success' : 'failure'
      steps[stepId] = {
        outputs: rec.outputs,
        outcome: rec.outcome,
        conclusion: ok || continueOnError ? 'success' : 'failure',
      }
      if (!ok && !continueOnError) failed = true
    }
    record.result = failed ? 'failure' : 'success'
    record.outputs = stringMap(evaluate(field(rawJob, 'outputs'), { ...base, env: jobEnv, steps }))
  }
  return run
}
