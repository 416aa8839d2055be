import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO } from '../support/action-runner.js'

/**
 * Every workflow users copy or CI runs: the repository's own, the template's,
 * and the YAML workflows in README.md and docs/publishing.md. Each must parse
 * (PyYAML, pinned in .ci/requirements.txt), give every job explicit and
 * minimal permissions, never trigger on pull_request_target, use no secret
 * but github.token, and pin third-party actions to a commit.
 */
const PYTHON = process.env.MODELGATE_PYTHON ?? 'python3'
const hasYaml = spawnSync(PYTHON, ['-c', 'import yaml'], { encoding: 'utf8' }).status === 0
if (!hasYaml && process.env.CI) throw new Error(`PyYAML is not importable by ${PYTHON}: the workflow checks must run in CI (set MODELGATE_PYTHON)`)

type Json = Record<string, unknown>
interface Workflow {
  where: string
  text: string
}

function workflowFiles(): Workflow[] {
  const out: Workflow[] = []
  for (const dir of ['.github/workflows', 'template/.github/workflows']) {
    for (const f of readdirSync(join(REPO, dir)).filter((n) => /\.ya?ml$/.test(n))) out.push({ where: `${dir}/${f}`, text: readFileSync(join(REPO, dir, f), 'utf8') })
  }
  return out
}

/** The ```yaml blocks of a markdown file that are whole workflows (they have `jobs:`). */
function workflowBlocks(file: string): Workflow[] {
  const text = readFileSync(join(REPO, file), 'utf8')
  return [...text.matchAll(/```ya?ml\n([\s\S]*?)```/g)].filter((m) => /^jobs:/m.test(m[1]!)).map((m) => ({ where: `${file} line ${text.slice(0, m.index).split('\n').length}`, text: m[1]! }))
}

function parse(texts: string[]): { value?: Json; error?: string }[] {
  const r = spawnSync(PYTHON, [join(import.meta.dirname, 'load_yaml.py')], { input: JSON.stringify(texts), encoding: 'utf8' })
  if (r.status !== 0) throw new Error(r.stderr)
  return JSON.parse(r.stdout) as { value?: Json; error?: string }[]
}

/** Actions from GitHub itself, modelgate (this repository, or the placeholder in the docs) and local ones may use a tag. */
const FIRST_PARTY = /^(actions\/|github\/|modelgate\/modelgate@|<owner>\/modelgate@|\.\/)/
/** The scopes a gate job may need, and the level. */
const ALLOWED: Record<string, string[]> = { contents: ['read'], checks: ['write'], 'pull-requests': ['write'], actions: ['read'] }
const WRITES_FOR_MODELGATE = new Set(['checks', 'pull-requests'])

/** Every problem with one parsed workflow. */
function problems(wf: Json): string[] {
  const out: string[] = []
  const on = wf.on
  const events = typeof on === 'string' ? [on] : Array.isArray(on) ? (on as string[]) : Object.keys((on as Json) ?? {})
  if (events.length === 0) out.push('no `on:` trigger')
  if (events.includes('pull_request_target')) out.push('triggers on pull_request_target (a write token next to untrusted code)')
  const jobs = (wf.jobs ?? {}) as Record<string, Json>
  if (Object.keys(jobs).length === 0) out.push('no jobs')
  for (const [name, job] of Object.entries(jobs)) {
    const perms = job.permissions ?? wf.permissions
    const steps = (job.steps ?? []) as Json[]
    const usesModelgate = steps.some((s) => typeof s.uses === 'string' && /^(modelgate\/modelgate|<owner>\/modelgate)@|^\.\/?$/.test(s.uses))
    if (perms === undefined) out.push(`job ${name}: no permissions (it would get the repository's default token)`)
    else if (typeof perms === 'string') out.push(`job ${name}: permissions ${perms} (list the scopes it needs)`)
    else {
      for (const [scope, level] of Object.entries(perms as Json)) {
        if (!ALLOWED[scope]?.includes(String(level)) && level !== 'none' && !(level === 'read' && ALLOWED[scope])) out.push(`job ${name}: permission ${scope}: ${String(level)} is more than a gate needs`)
        if (level === 'write' && WRITES_FOR_MODELGATE.has(scope) && !usesModelgate) out.push(`job ${name}: ${scope}: write, but it does not run modelgate`)
      }
    }
    for (const s of steps) {
      const uses = s.uses
      if (typeof uses === 'string' && !FIRST_PARTY.test(uses) && !/@[0-9a-f]{40}$/.test(uses)) out.push(`job ${name}: third-party action ${uses} is not pinned to a commit`)
    }
  }
  const text = JSON.stringify(wf)
  for (const m of text.matchAll(/secrets\.([A-Za-z_]+)/g)) out.push(`uses the secret ${m[1]} (only github.token is needed)`)
  return out
}

describe.runIf(hasYaml)('workflows in the repository, the template and the docs', () => {
  it('parse, with explicit minimal permissions, no pull_request_target, no secrets and pinned third-party actions', () => {
    const all = [...workflowFiles(), ...workflowBlocks('README.md'), ...workflowBlocks('docs/publishing.md')]
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

  it('runs the gates on every pull request in the template and the README: no paths filter that would leave required checks waiting', () => {
    const [template, readme] = parse([workflowFiles().find((w) => w.where === 'template/.github/workflows/gates.yml')!.text, workflowBlocks('README.md')[0]!.text]).map((p) => p.value!)
    for (const wf of [template!, readme!]) {
      const pr = ((wf.on as Json).pull_request ?? {}) as Json
      expect(pr.paths).toBeUndefined()
      expect(pr['paths-ignore']).toBeUndefined()
    }
    expect(readme!.on).toEqual(template!.on)
  })

  it('has a G0, G1 and G2 job in the template and in the README, each allowed to comment and check', () => {
    const sources = [...workflowFiles().filter((w) => w.where.startsWith('template/')), ...workflowBlocks('README.md')]
    for (const [i, p] of parse(sources.map((w) => w.text)).entries()) {
      const jobs = Object.values((p.value!.jobs ?? {}) as Record<string, Json>)
      const gates = jobs.flatMap((j) => ((j.steps ?? []) as Json[]).map((s) => (s.with as Json | undefined)?.gate).filter(Boolean))
      expect(gates, sources[i]!.where).toEqual(['G0', 'G1', 'G2'])
      for (const j of jobs) expect(j.permissions, sources[i]!.where).toEqual({ contents: 'read', checks: 'write', 'pull-requests': 'write' })
      expect(Object.keys(p.value!.on as Json), sources[i]!.where).toContain('pull_request')
    }
  })

  it('catches what it looks for', () => {
    const bad = parse([
      'on: pull_request_target\njobs:\n  a:\n    runs-on: x\n    permissions: write-all\n    steps:\n      - uses: someone/action@v1\n      - run: echo ${{ secrets.NPM_TOKEN }}\n',
      'on: [push]\njobs:\n  b:\n    runs-on: x\n    permissions:\n      contents: write\n      checks: write\n    steps:\n      - uses: someone/action@0123456789abcdef0123456789abcdef01234567\n  c:\n    runs-on: x\n    steps: []\n',
      'on: push\njobs: [\n',
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
  })
})
