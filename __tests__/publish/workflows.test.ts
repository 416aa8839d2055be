import { spawnSync } from 'node:child_process'
import { createPublicKey } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { keyFingerprint } from '../../src/signing/signatures.js'
import { REPO } from '../support/action-runner.js'
import { PYTHON, pythonHas } from '../support/python.js'

/**
 * Every workflow users copy or CI runs: the repository's own, the template's,
 * and the YAML workflows in README.md and docs/publishing.md. Each must parse
 * (PyYAML, pinned in .ci/requirements.txt), give every job explicit and
 * minimal permissions, never trigger on pull_request_target, use no secret
 * but github.token, and pin third-party actions to a commit.
 */
const hasYaml = pythonHas(['yaml'], 'the workflow checks')

/** What G2 computes for template/ssot/keys/release.pub, the key the template's committed signatures verify with. */
const TEMPLATE_KEY_FINGERPRINT = keyFingerprint(
  createPublicKey(readFileSync(join(REPO, 'template', 'ssot', 'keys', 'release.pub'))),
)

type Json = Record<string, unknown>
interface Workflow {
  where: string
  text: string
}

function workflowFiles(): Workflow[] {
  const out: Workflow[] = []
  for (const dir of ['.github/workflows', 'template/.github/workflows']) {
    for (const f of readdirSync(join(REPO, dir)).filter((n) => /\.ya?ml$/.test(n)))
      out.push({ where: `${dir}/${f}`, text: readFileSync(join(REPO, dir, f), 'utf8') })
  }
  return out
}

/** The ```yaml blocks of a markdown file that are whole workflows (they have `jobs:`): the README's and the docs' workflows are checked like the files. */
function workflowBlocks(file: string): Workflow[] {
  const text = readFileSync(join(REPO, file), 'utf8')
  return [...text.matchAll(/```ya?ml\n([\s\S]*?)```/g)]
    .filter((m) => /^jobs:/m.test(m[1]!))
    .map((m) => ({
      where: `${file} line ${text.slice(0, m.index).split('\n').length}`,
      text: m[1]!,
    }))
}

/** Every ```yaml block of a markdown file, whole workflows and fragments alike. */
function yamlBlocks(file: string): Workflow[] {
  const text = readFileSync(join(REPO, file), 'utf8')
  return [...text.matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) => ({
    where: `${file} line ${text.slice(0, m.index).split('\n').length}`,
    text: m[1]!,
  }))
}

/** Every mapping in a parsed YAML value that is a modelgate step (`uses:` modelgate), wherever it sits. */
function modelgateStepsAnywhere(node: unknown): Json[] {
  if (Array.isArray(node)) return node.flatMap(modelgateStepsAnywhere)
  if (node === null || typeof node !== 'object') return []
  const here =
    typeof (node as Json).uses === 'string' && MODELGATE.test((node as Json).uses as string)
      ? [node as Json]
      : []
  return [...here, ...Object.values(node as Json).flatMap(modelgateStepsAnywhere)]
}

function parse(texts: string[]): { value?: Json; error?: string }[] {
  const r = spawnSync(PYTHON, [join(import.meta.dirname, 'load_yaml.py')], {
    input: JSON.stringify(texts),
    encoding: 'utf8',
  })
  if (r.status !== 0) throw new Error(r.stderr)
  return JSON.parse(r.stdout) as { value?: Json; error?: string }[]
}

/** Actions from GitHub itself, modelgate (this repository, or the placeholder in the docs) and local ones may use a tag. */
const FIRST_PARTY = /^(actions\/|github\/|modelgate\/modelgate@|<owner>\/modelgate@|\.\/)/
/** The scopes a gate job may need, and the level. */
const ALLOWED: Record<string, string[]> = {
  contents: ['read'],
  checks: ['write'],
  'pull-requests': ['write'],
  actions: ['read'],
}
/** Writes a modelgate step may hold; issues and actions only where extraGrants says why (drift, rollback). */
const WRITES_FOR_MODELGATE = new Set(['checks', 'pull-requests', 'issues', 'actions'])

/** The gates that write to the model registry (the draft release, its evidence, the production pointer). */
const REGISTRY_WRITERS = new Set(['candidate', 'G5', 'drift', 'rollback'])
/** The gates that open or update an issue (the drift alert, the RCA issue). */
const ISSUE_WRITERS = new Set(['drift', 'rollback'])
/** Where a gate must run: behind the environment whose reviewers stand for its role. */
const GATE_ENVIRONMENT: Record<string, string> = { G5: 'production', rollback: 'production' }
/** G3 judges the approvals of sign-off jobs that wait behind environments, in the same run. */
const NEEDS_SIGNOFF = new Set(['G3'])
/** The one secret a template workflow may hold, and the environment that holds it. */
const SECRET_ENVIRONMENT: Record<string, string> = { MODELGATE_SIGNING_KEY: 'signing' }

/**
 * Permissions beyond a gate job's that the release workflows need, each granted only to a job that
 * does the thing that needs it: registry writes by the gates that write, issues by drift and
 * rollback, dispatching a workflow by a `gh workflow run` step, pushing a branch and opening a pull
 * request by retrain's last job. Returns scope -> why.
 */
function extraGrants(job: Json): Record<string, string> {
  const steps = (job.steps ?? []) as Json[]
  const gates = steps
    .filter((s) => typeof s.uses === 'string' && MODELGATE.test(s.uses))
    .map((s) => ({
      gate: String((s.with as Json | undefined)?.gate ?? ''),
      with: (s.with ?? {}) as Json,
    }))
  const scripts = steps.map((s) => (typeof s.run === 'string' ? s.run : '')).join('\n')
  const out: Record<string, string> = {}
  if (gates.some((g) => REGISTRY_WRITERS.has(g.gate) || isTrue(g.with['registry-attach'])))
    out.contents = 'write'
  if (/\bgit\b[^\n]*\bpush\b/.test(scripts) && /\bgh pr create\b/.test(scripts)) {
    out.contents = 'write'
    out['pull-requests'] = 'write'
  }
  if (gates.some((g) => ISSUE_WRITERS.has(g.gate))) out.issues = 'write'
  // drift dispatches retrain.yml itself when drift persists (ssot/drift.json `retrain`).
  if (gates.some((g) => g.gate === 'drift')) out.actions = 'write'
  if (/\bgh workflow run\b/.test(scripts)) out.actions = 'write'
  return out
}
const isTrue = (v: unknown) => v === true || v === 'true'

const MODELGATE = /^(modelgate\/modelgate|<owner>\/modelgate)@|^\.\/?$/
const isCheckout = (uses: unknown) => typeof uses === 'string' && /^actions\/checkout@/.test(uses)
const isFalse = (v: unknown) => v === false || v === 'false'

/** The job's matrix combinations (arrays crossed, then `include` entries added or merged), or one empty one. */
function matrixCombos(job: Json): Record<string, unknown>[] {
  const matrix = ((job.strategy as Json | undefined)?.matrix ?? {}) as Json
  let combos: Record<string, unknown>[] = [{}]
  for (const [k, values] of Object.entries(matrix)) {
    if (k === 'include' || k === 'exclude' || !Array.isArray(values)) continue
    combos = combos.flatMap((c) => values.map((v) => ({ ...c, [k]: v })))
  }
  const base = combos.length === 1 && Object.keys(combos[0]!).length === 0 ? [] : combos
  for (const extra of (matrix.include ?? []) as Record<string, unknown>[]) {
    const matching = base.filter(
      (c) =>
        Object.keys(c).every((k) => !(k in extra) || c[k] === extra[k]) &&
        Object.keys(extra).some((k) => k in c),
    )
    if (matching.length > 0) for (const c of matching) Object.assign(c, extra)
    else base.push({ ...extra })
  }
  return base.length > 0 ? base : [{}]
}

/** A modelgate step's inputs, as strings, for one matrix combination. */
function inputsFor(step: Json, combo: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries((step.with ?? {}) as Json))
    out[k] = String(v).replace(/\$\{\{\s*matrix\.([\w-]+)\s*\}\}/g, (_m, key: string) =>
      String(combo[key] ?? ''),
    )
  return out
}

interface ModelgateStep {
  job: string
  inputs: Record<string, string>
}

/** Every modelgate step of a workflow, once per matrix combination of its job. */
function modelgateSteps(wf: Json): ModelgateStep[] {
  const out: ModelgateStep[] = []
  for (const [name, job] of Object.entries((wf.jobs ?? {}) as Record<string, Json>)) {
    for (const step of (job.steps ?? []) as Json[]) {
      if (typeof step.uses !== 'string' || !MODELGATE.test(step.uses)) continue
      for (const combo of matrixCombos(job)) out.push({ job: name, inputs: inputsFor(step, combo) })
    }
  }
  return out
}

const environmentOf = (job: Json): string | undefined =>
  typeof job.environment === 'string'
    ? job.environment
    : ((job.environment as Json | undefined)?.name as string | undefined)

const triggers = (wf: Json): string[] => {
  const on = wf.on
  return typeof on === 'string'
    ? [on]
    : Array.isArray(on)
      ? (on as string[])
      : Object.keys((on as Json) ?? {})
}

/** Every problem with one parsed workflow. */
function problems(wf: Json): string[] {
  const out: string[] = []
  const events = triggers(wf)
  if (events.length === 0) out.push('no `on:` trigger')
  if (events.includes('pull_request_target'))
    out.push('triggers on pull_request_target (a write token next to untrusted code)')
  const jobs = (wf.jobs ?? {}) as Record<string, Json>
  if (Object.keys(jobs).length === 0) out.push('no jobs')
  for (const [name, job] of Object.entries(jobs)) {
    const perms = job.permissions ?? wf.permissions
    const steps = (job.steps ?? []) as Json[]
    const usesModelgate = steps.some((s) => typeof s.uses === 'string' && MODELGATE.test(s.uses))
    const writes =
      perms !== null && typeof perms === 'object' && Object.values(perms as Json).includes('write')
    if (perms === undefined)
      out.push(`job ${name}: no permissions (it would get the repository's default token)`)
    else if (typeof perms === 'string')
      out.push(`job ${name}: permissions ${perms} (list the scopes it needs)`)
    else {
      const extra = extraGrants(job)
      for (const [scope, level] of Object.entries(perms as Json)) {
        if (extra[scope] === level) continue
        if (
          !ALLOWED[scope]?.includes(String(level)) &&
          level !== 'none' &&
          !(level === 'read' && ALLOWED[scope])
        )
          out.push(`job ${name}: permission ${scope}: ${String(level)} is more than a gate needs`)
        if (level === 'write' && WRITES_FOR_MODELGATE.has(scope) && !usesModelgate)
          out.push(`job ${name}: ${scope}: write, but it does not run modelgate`)
      }
    }
    for (const s of steps) {
      const uses = s.uses
      if (typeof uses === 'string' && !FIRST_PARTY.test(uses) && !/@[0-9a-f]{40}$/.test(uses))
        out.push(`job ${name}: third-party action ${uses} is not pinned to a commit`)
      if (isCheckout(uses) && !isFalse((s.with as Json | undefined)?.['persist-credentials']))
        out.push(
          `job ${name}: ${String(uses)} keeps its credentials in the checkout (set persist-credentials: false)`,
        )
    }
    // A write token in a workflow_run follow-up sits next to whatever the job reads: it must read nothing of the pull request.
    const publishes = steps.some(
      (s) => (s.with as Json | undefined)?.['publish-evidence'] !== undefined,
    )
    if ((events.includes('workflow_run') && writes) || publishes) {
      for (const s of steps) {
        if (isCheckout(s.uses))
          out.push(`job ${name}: holds a write token and checks out code (${String(s.uses)})`)
        if (typeof s.uses === 'string' && s.uses.startsWith('./'))
          out.push(
            `job ${name}: holds a write token and runs a local action (${s.uses}) from the checkout`,
          )
        if (s.run !== undefined) out.push(`job ${name}: holds a write token and has a run: step`)
        if (
          typeof s.uses === 'string' &&
          MODELGATE.test(s.uses) &&
          (s.with as Json | undefined)?.['publish-evidence'] === undefined
        )
          out.push(
            `job ${name}: holds a write token and runs a gate on the checkout (publish evidence judged in a job without write access instead)`,
          )
      }
    }
  }
  for (const step of modelgateSteps(wf)) {
    if (
      step.inputs.gate === 'G2' &&
      step.inputs['publish-evidence'] === undefined &&
      !step.inputs['trusted-keys']?.trim()
    )
      out.push(
        `job ${step.job}: G2 without trusted-keys (a pull request can swap the key in ssot/security.json and re-sign)`,
      )
  }
  // A secret only where its environment's reviewers guard it, in a job that can write nothing.
  const { jobs: _jobs, ...top } = wf
  for (const m of JSON.stringify(top).matchAll(/secrets\.([A-Za-z_]+)/g))
    out.push(`uses the secret ${m[1]} (only github.token is needed)`)
  for (const [name, job] of Object.entries(jobs)) {
    for (const m of JSON.stringify(job).matchAll(/secrets\.([A-Za-z_]+)/g)) {
      const env = SECRET_ENVIRONMENT[m[1]!]
      const perms = (job.permissions ?? {}) as Json
      if (env === undefined) out.push(`uses the secret ${m[1]} (only github.token is needed)`)
      else if (environmentOf(job) !== env)
        out.push(`job ${name}: the secret ${m[1]} outside the ${env} environment`)
      else if (typeof perms !== 'object' || Object.values(perms).includes('write'))
        out.push(`job ${name}: the secret ${m[1]} next to a write token`)
    }
    for (const s of (job.steps ?? []) as Json[]) {
      const gate = String((s.with as Json | undefined)?.gate ?? '')
      if (typeof s.uses !== 'string' || !MODELGATE.test(s.uses)) continue
      if (NEEDS_SIGNOFF.has(gate)) {
        const needs = [job.needs ?? []].flat() as string[]
        if (!needs.some((n) => environmentOf(jobs[n] ?? {}) !== undefined))
          out.push(`job ${name}: ${gate} without a sign-off job behind an environment in needs:`)
      }
      if (!GATE_ENVIRONMENT[gate]) continue
      if (environmentOf(job) !== GATE_ENVIRONMENT[gate])
        out.push(`job ${name}: ${gate} outside the ${GATE_ENVIRONMENT[gate]} environment`)
    }
  }
  return out
}

describe.runIf(hasYaml)('workflows in the repository, the template and the docs', () => {
  it('parse, with explicit minimal permissions, no pull_request_target, no secrets and pinned third-party actions', () => {
    const all = [
      ...workflowFiles(),
      ...workflowBlocks('README.md'),
      ...workflowBlocks('docs/publishing.md'),
      ...workflowBlocks('docs/drift.md'),
    ]
    expect(all.filter((w) => w.where.startsWith('template/')).length).toBeGreaterThan(0)
    expect(all.filter((w) => w.where.startsWith('README.md')).length).toBeGreaterThan(0)
    const parsed = parse(all.map((w) => w.text))
    const found: string[] = []
    parsed.forEach((p, i) => {
      if (p.error !== undefined) found.push(`${all[i]!.where}: not YAML: ${p.error}`)
      else for (const problem of problems(p.value!)) found.push(`${all[i]!.where}: ${problem}`)
    })
    expect(found).toEqual([])
  })

  it("judges the same way everywhere: every G2 step pins trusted-keys, every G1 step has the template's options", () => {
    const all = [
      ...workflowFiles(),
      ...workflowBlocks('README.md'),
      ...workflowBlocks('docs/publishing.md'),
    ]
    const steps = parse(all.map((w) => w.text)).flatMap((p, i) =>
      modelgateSteps(p.value!).map((s) => ({ ...s, where: all[i]!.where })),
    )
    const judging = (gate: string) =>
      steps.filter((s) => s.inputs.gate === gate && s.inputs['publish-evidence'] === undefined)
    const template = judging('G1').find((s) => s.where.startsWith('template/'))!
    expect(template.inputs.options).toBe('bootstrap=1000\n')
    // The template, the README, the fork follow-up in the docs, and the action's own dogfood run.
    expect(judging('G1').map((s) => s.where.split(' ')[0])).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        'template/.github/workflows/gates.yml',
        'README.md',
        'docs/publishing.md',
      ]),
    )
    for (const s of judging('G1'))
      expect(s.inputs.options, `${s.where} job ${s.job}`).toBe(template.inputs.options)
    expect(judging('G2').length).toBeGreaterThanOrEqual(4)
    for (const s of judging('G2')) {
      if (s.where.startsWith('.github/')) {
        expect(s.inputs['trusted-keys'], s.where).toMatch(/^sha256:[0-9a-f]{64}$/)
        // The repository's CI runs G2 on the template: it must pin the template's own key, or CI fails only on GitHub.
        expect(s.inputs['trusted-keys'], s.where).toBe(TEMPLATE_KEY_FINGERPRINT)
      } else
        expect(s.inputs['trusted-keys'], `${s.where} job ${s.job}`).toBe(
          '${{ vars.MODELGATE_TRUSTED_KEYS }}',
        )
    }
  })

  it('pins trusted-keys on every G2 step of every YAML block in the README and the docs, fragments included', () => {
    const docs = [
      'README.md',
      ...readdirSync(join(REPO, 'docs'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => `docs/${f}`),
    ]
    const blocks = docs.flatMap(yamlBlocks)
    expect(blocks.length).toBeGreaterThanOrEqual(3)
    const parsed = parse(blocks.map((b) => b.text))
    let g2 = 0
    parsed.forEach((p, i) => {
      expect(p.error, blocks[i]!.where).toBeUndefined()
      for (const step of modelgateStepsAnywhere(p.value)) {
        const inputs = (step.with ?? {}) as Json
        if (inputs['publish-evidence'] !== undefined || inputs.gate !== 'G2') continue
        g2++
        expect(
          String(inputs['trusted-keys'] ?? ''),
          `${blocks[i]!.where}: a G2 step without trusted-keys`,
        ).toBe('${{ vars.MODELGATE_TRUSTED_KEYS }}')
      }
    })
    expect(g2).toBeGreaterThanOrEqual(2)
  })

  it('documents the fork follow-up as a judge job without write access and a publish job that only publishes verified evidence', () => {
    const followUps = workflowBlocks('docs/publishing.md').filter((w) =>
      /workflow_run/.test(w.text),
    )
    expect(followUps).toHaveLength(1)
    const wf = parse([followUps[0]!.text])[0]!.value!
    expect(Object.keys(wf.on as Json)).toEqual(['workflow_run'])
    const jobs = wf.jobs as Record<string, Json>
    const judge = jobs.judge!
    expect(judge.permissions).toEqual({ contents: 'read' })
    const steps = judge.steps as Json[]
    expect(steps[0]).toMatchObject({
      uses: 'actions/checkout@v5',
      with: {
        repository: '${{ github.event.workflow_run.head_repository.full_name }}',
        ref: '${{ github.event.workflow_run.head_sha }}',
        'persist-credentials': false,
      },
    })
    const gates = modelgateSteps({ jobs: { judge } })
    expect(gates.map((g) => g.inputs.gate)).toEqual(['G0', 'G1', 'G2'])
    for (const g of gates)
      expect(g.inputs).toMatchObject({ comment: 'false', 'check-run': 'false', artifact: 'false' })
    expect(steps.at(-1)).toMatchObject({
      uses: 'actions/upload-artifact@v4',
      with: { name: 'judged-evidence' },
    })
    const publish = jobs.publish!
    expect(publish.needs).toBe('judge')
    expect(publish.permissions).toEqual({ checks: 'write', 'pull-requests': 'write' })
    const published = modelgateSteps({ jobs: { publish } })
    expect(published.map((g) => g.inputs)).toEqual(
      ['G0', 'G1', 'G2'].map((gate) => ({
        gate,
        'publish-evidence': `judged/${gate}.evidence.json`,
      })),
    )
    expect((publish.steps as Json[]).map((s) => s.uses)).toEqual([
      'actions/download-artifact@v4',
      '<owner>/modelgate@v1',
    ])
  })

  it('runs the gates on every pull request in the template and the README: no paths filter that would leave required checks waiting', () => {
    const [template, readme] = parse([
      workflowFiles().find((w) => w.where === 'template/.github/workflows/gates.yml')!.text,
      workflowBlocks('README.md')[0]!.text,
    ]).map((p) => p.value!)
    for (const wf of [template!, readme!]) {
      const pr = ((wf.on as Json).pull_request ?? {}) as Json
      expect(pr.paths).toBeUndefined()
      expect(pr['paths-ignore']).toBeUndefined()
    }
    // The template also takes workflow_dispatch: retrain.yml runs the gates on its branch that way.
    expect((readme!.on as Json).pull_request).toEqual((template!.on as Json).pull_request)
    expect(Object.keys(template!.on as Json)).toEqual(['pull_request', 'workflow_dispatch'])
  })

  it('has a G0, G1 and G2 job in the template and in the README, each allowed to comment and check', () => {
    const sources = [
      ...workflowFiles().filter((w) => w.where === 'template/.github/workflows/gates.yml'),
      ...workflowBlocks('README.md'),
    ]
    for (const [i, p] of parse(sources.map((w) => w.text)).entries()) {
      const jobs = Object.values((p.value!.jobs ?? {}) as Record<string, Json>)
      const gates = jobs.flatMap((j) =>
        ((j.steps ?? []) as Json[]).map((s) => (s.with as Json | undefined)?.gate).filter(Boolean),
      )
      expect(gates, sources[i]!.where).toEqual(['G0', 'G1', 'G2'])
      for (const j of jobs)
        expect(j.permissions, sources[i]!.where).toEqual({
          contents: 'read',
          checks: 'write',
          'pull-requests': 'write',
        })
      expect(Object.keys(p.value!.on as Json), sources[i]!.where).toContain('pull_request')
    }
  })

  it('gives the template a whole release story: each workflow with a concurrency group, timeouts, and its gates behind their environments', () => {
    const files = workflowFiles().filter((w) => w.where.startsWith('template/'))
    expect(files.map((w) => w.where.split('/').at(-1)).sort()).toEqual([
      'drift.yml',
      'gates.yml',
      'release.yml',
      'retrain.yml',
      'rollback.yml',
      'shadow.yml',
    ])
    const parsed = Object.fromEntries(
      parse(files.map((w) => w.text)).map((p, i) => [
        files[i]!.where.split('/').at(-1)!.replace('.yml', ''),
        p.value!,
      ]),
    )
    for (const [name, wf] of Object.entries(parsed)) {
      expect(wf.concurrency, name).toBeDefined()
      expect(wf.permissions, name).toEqual(name === 'gates' ? { contents: 'read' } : {})
      for (const [job, j] of Object.entries(wf.jobs as Record<string, Json>))
        expect(j['timeout-minutes'], `${name} job ${job}`).toBeGreaterThan(0)
    }
    const jobs = (name: string) => parsed[name]!.jobs as Record<string, Json>
    const gatesOf = (job: Json) => modelgateSteps({ jobs: { job } }).map((s) => s.inputs.gate)
    expect(Object.keys(parsed.release!.on as Json)).toEqual(['push', 'workflow_dispatch'])
    expect(gatesOf(jobs('release').candidate!)).toEqual(['candidate', 'G0', 'G1', 'G2'])
    expect(jobs('release')['ot-signoff']).toMatchObject({
      needs: 'candidate',
      environment: 'ot-signoff',
    })
    expect(jobs('release')['qa-signoff']).toMatchObject({
      needs: 'candidate',
      environment: 'qa-signoff',
    })
    expect(jobs('release')['g3-approval']).toMatchObject({ needs: ['ot-signoff', 'qa-signoff'] })
    expect(gatesOf(jobs('release')['g3-approval']!)).toEqual(['G3'])
    expect(jobs('release')['g5-release']).toMatchObject({ environment: 'production' })
    expect(gatesOf(jobs('shadow').shadow!)).toEqual(['G4'])
    expect(Object.keys(parsed.shadow!.on as Json)).toEqual(['schedule', 'workflow_dispatch'])
    expect(String((jobs('shadow').promote!.steps as Json[])[0]!.run)).toMatch(
      /gh workflow run release\.yml .*-f stage=promote/,
    )
    expect(gatesOf(jobs('drift').drift!)).toEqual(['drift'])
    expect(Object.keys(jobs('drift'))).toEqual(['drift'])
    expect(jobs('retrain').sign).toMatchObject({
      environment: 'signing',
      permissions: { contents: 'read' },
    })
    // Pull requests opened with GITHUB_TOKEN start no workflow: retrain dispatches the gates on its branch.
    expect(String((jobs('retrain')['pull-request']!.steps as Json[]).at(-1)!.run)).toMatch(
      /gh workflow run gates\.yml --repo "\$GITHUB_REPOSITORY" --ref "\$branch"/,
    )
    expect(Object.keys((parsed.rollback!.on as Json).workflow_dispatch as Json)).toEqual(['inputs'])
    expect(
      Object.keys(((parsed.rollback!.on as Json).workflow_dispatch as Json).inputs as Json),
    ).toEqual(['model', 'to', 'reason'])
    expect(gatesOf(jobs('rollback').rollback!)).toEqual(['rollback'])
    // G5 and rollback never move the production pointer at the same time.
    expect(jobs('release')['g5-release']!.concurrency).toEqual(
      jobs('rollback').rollback!.concurrency,
    )
  })

  it('catches what it looks for in the release workflows', () => {
    const [wf] = parse([
      [
        'on: workflow_dispatch\njobs:\n  g3:\n    runs-on: x\n    permissions:\n      contents: write\n      issues: write\n    steps:',
        '      - uses: modelgate/modelgate@v1\n        with:\n          gate: G3',
        '  sign:\n    runs-on: x\n    environment: signing\n    permissions:\n      contents: write\n    steps:',
        '      - run: echo ${{ secrets.MODELGATE_SIGNING_KEY }}\n      - run: gh workflow run x.yml',
        '  leak:\n    runs-on: x\n    permissions:\n      contents: read\n    steps:\n      - run: echo ${{ secrets.MODELGATE_SIGNING_KEY }}',
      ].join('\n'),
    ])
    expect(problems(wf!.value!)).toEqual([
      'job g3: permission contents: write is more than a gate needs',
      'job g3: permission issues: write is more than a gate needs',
      'job sign: permission contents: write is more than a gate needs',
      'job g3: G3 without a sign-off job behind an environment in needs:',
      'job sign: the secret MODELGATE_SIGNING_KEY next to a write token',
      'job leak: the secret MODELGATE_SIGNING_KEY outside the signing environment',
    ])
  })

  it('catches what it looks for', () => {
    const bad = parse([
      'on: pull_request_target\njobs:\n  a:\n    runs-on: x\n    permissions: write-all\n    steps:\n      - uses: someone/action@v1\n      - run: echo ${{ secrets.NPM_TOKEN }}\n',
      'on: [push]\njobs:\n  b:\n    runs-on: x\n    permissions:\n      contents: write\n      checks: write\n    steps:\n      - uses: someone/action@0123456789abcdef0123456789abcdef01234567\n  c:\n    runs-on: x\n    steps: []\n',
      'on: push\njobs: [\n',
      // The fork follow-up as it was: the write token next to the fork's checkout, and G2 without pinned keys.
      [
        'on:\n  workflow_run:\n    workflows: [gates]\njobs:\n  publish:\n    runs-on: x\n    permissions:\n      checks: write\n      pull-requests: write',
        '    strategy:\n      matrix:\n        gate: [G0, G2]\n    steps:',
        '      - uses: actions/checkout@v5\n        with:\n          ref: ${{ github.event.workflow_run.head_sha }}',
        '      - run: ./build.sh\n      - uses: ./\n        with:\n          gate: G1',
        '      - uses: <owner>/modelgate@v1\n        with:\n          gate: ${{ matrix.gate }}',
      ].join('\n'),
    ])
    expect(problems(bad[0]!.value!)).toEqual([
      'triggers on pull_request_target (a write token next to untrusted code)',
      'job a: permissions write-all (list the scopes it needs)',
      'job a: third-party action someone/action@v1 is not pinned to a commit',
      'uses the secret NPM_TOKEN (only github.token is needed)',
    ])
    expect(problems(bad[1]!.value!)).toEqual([
      'job b: permission contents: write is more than a gate needs',
      'job b: checks: write, but it does not run modelgate',
      "job c: no permissions (it would get the repository's default token)",
    ])
    expect(bad[2]!.error).toBeTruthy()
    // Broken YAML is an error with its place, never a value.
    expect(bad[2]).toEqual({
      error: expect.stringMatching(/found '<stream end>'[\s\S]*line 3, column 1/),
    })
    expect(problems(bad[3]!.value!)).toEqual([
      'job publish: actions/checkout@v5 keeps its credentials in the checkout (set persist-credentials: false)',
      'job publish: holds a write token and checks out code (actions/checkout@v5)',
      'job publish: holds a write token and has a run: step',
      'job publish: holds a write token and runs a local action (./) from the checkout',
      'job publish: holds a write token and runs a gate on the checkout (publish evidence judged in a job without write access instead)',
      'job publish: holds a write token and runs a gate on the checkout (publish evidence judged in a job without write access instead)',
      'job publish: G2 without trusted-keys (a pull request can swap the key in ssot/security.json and re-sign)',
    ])
  })
})
