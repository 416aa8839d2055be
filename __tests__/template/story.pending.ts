/**
 * THE STORY, from the template's own workflows: pull request → merge → release (candidate) → G3 →
 * shadow → G4 → G5 → drift on a season change → retrain dispatched → rollback → `modelgate verify`
 * on both releases. Played by the workflow harness (__tests__/support/workflow-harness.ts) from
 * dist/, against the GitHub API stand-in, on the template's real data.
 *
 * PENDING: vitest does not run this file (its name does not end in .test.ts). It needs G3, G4, G5,
 * the registry (candidate, registry-attach, rollback, verify) and drift wired into the Action, which
 * live on other branches. To enable it after merging them:
 *   1. rename it to story.test.ts;
 *   2. fill `hooks` below with the merged stand-in's state (the releases and their assets, the
 *      issues); the reviewers' approvals already go to the stand-in's runApprovals (G3, on main);
 *   3. run it: the first test lists everything still missing, by name, and fails while anything is.
 * Nothing here is skipped: a missing piece is a failure that names it.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { createPublicKey } from 'node:crypto'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { keyFingerprint } from '../../src/signing/signatures.js'
import { REPO } from '../support/action-runner.js'
import { startArtifactStandin, type ArtifactStandin } from '../support/artifact-standin.js'
import { startGitHubStandin, type GitHubStandin } from '../support/github-api-standin.js'
import { addWorkflowRoutes, type WorkflowRoutes } from '../support/github-workflow-routes.js'
import { runWorkflow, type WorkflowEvent, type WorkflowRun } from '../support/workflow-harness.js'

/** What the story reads from the merged stand-in (releases from the registry's, issues from drift's); see step 2 above. */
interface StoryHooks {
  releases(): { tag: string; draft: boolean; prerelease: boolean; assets: string[] }[]
  issues(): { number: number; title: string; labels: string[]; state: string }[]
}
const hooks: StoryHooks | undefined = undefined

/** The lead's interface for the Action (action.yml) and the CLI, as the workflows use it. */
const NEEDED_INPUTS = ['registry', 'registry-attach', 'approvals', 'to', 'reason']
const NEEDED_OUTPUTS = [
  'release-tag',
  'release-url',
  'model-digest',
  'previous-release-tag',
  'frozen',
  'retrain-dispatched',
]
const NEEDED_COMMANDS = ['shadow-replay', 'verify', 'candidate', 'rollback', 'drift']
const NEEDED_GATES = ['G3', 'G4', 'G5', 'drift', 'rollback', 'candidate']
/** REST reads the story's gates make; each must be served by the stand-in (a probe GET). */
const NEEDED_READS = [
  '/repos/acme/plant-models/actions/runs/1/approvals',
  '/repos/acme/plant-models/releases',
  '/repos/acme/plant-models/issues?state=all&labels=modelgate:drift',
]

const WORKFLOWS = join(REPO, 'template', '.github', 'workflows')
const OT_LEAD = 'luis-ot'
const QA = 'carla-qa'
const RELEASE_MANAGER = 'rosa-rm'

let gh: GitHubStandin
let artifacts: ArtifactStandin
let routes: WorkflowRoutes
const temp: string[] = []
let runId = 5000

beforeAll(async () => {
  gh = await startGitHubStandin()
  artifacts = await startArtifactStandin()
  routes = addWorkflowRoutes(gh)
}, 60_000)
afterAll(async () => {
  await gh?.stop()
  await artifacts?.stop()
  for (const t of temp) rmSync(t, { recursive: true, force: true })
})

/** Everything the story needs that this build lacks, each named. */
async function missing(): Promise<string[]> {
  const out: string[] = []
  const action = parseYaml(readFileSync(join(REPO, 'action.yml'), 'utf8')) as {
    inputs: Record<string, unknown>
    outputs: Record<string, unknown>
  }
  for (const i of NEEDED_INPUTS) if (!(i in action.inputs)) out.push(`action.yml input ${i}`)
  for (const o of NEEDED_OUTPUTS) if (!(o in action.outputs)) out.push(`action.yml output ${o}`)
  const help = spawnSync(process.execPath, [join(REPO, 'dist', 'cli.js'), '--help'], {
    encoding: 'utf8',
  }).stdout
  for (const c of NEEDED_COMMANDS)
    if (!help.includes(`modelgate ${c}`))
      out.push(`CLI command modelgate ${c} (dist/cli.js --help)`)
  for (const g of NEEDED_GATES) {
    const r = spawnSync(
      process.execPath,
      [join(REPO, 'dist', 'cli.js'), g, '--ssot', 'ssot', '--out', tmpdir()],
      {
        cwd: join(REPO, 'template'),
        encoding: 'utf8',
      },
    )
    if (/not available in this version|Unknown gate/i.test(r.stdout + r.stderr))
      out.push(`gate ${g} in dist/`)
  }
  const before = gh.violations.length
  for (const path of NEEDED_READS)
    await fetch(`${gh.url}${path}`, { headers: { authorization: 'token probe' } })
  for (const v of gh.violations.slice(before)) out.push(`API stand-in: ${v}`)
  gh.violations.length = before
  if (!hooks) out.push('story hooks (releases, issues) wired to the merged stand-in')
  return out
}

/** A repository adopted from the template: its files, re-signed with the team's key, in a folder. */
function adopt(key: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-story-'))
  temp.push(dir)
  cpSync(join(REPO, 'template'), dir, { recursive: true })
  writeFileSync(
    join(dir, 'ssot', 'approvals.json'),
    JSON.stringify({
      roles: {
        'ot-lead': { members: [OT_LEAD] },
        qa: { members: [QA] },
        'release-manager': { members: [RELEASE_MANAGER] },
      },
      gates: {
        G3: { environments: ['ot-signoff', 'qa-signoff'], quorum: { 'ot-lead': 1, qa: 1 } },
        G5: {
          environments: ['production'],
          quorum: { 'release-manager': 1 },
          g5DistinctFromG3: true,
        },
      },
    }),
  )
  writeFileSync(
    join(dir, 'ssot', 'drift.json'),
    JSON.stringify({ freeze: true, retrain: { workflow: 'retrain.yml', consecutiveRuns: 2 } }),
  )
  resign(dir, key)
  return dir
}

function resign(dir: string, key: string) {
  execFileSync('bash', ['scripts/sign-release.sh', key], { cwd: dir, encoding: 'utf8' })
}

/** One workflow run, as GitHub would start it; reviewers approve the environments they own. */
async function play(
  workflow: string,
  event: WorkflowEvent,
  source: string,
  fingerprint: string,
  sha: string,
): Promise<WorkflowRun> {
  const id = ++runId
  const reviewer: Record<string, string> = {
    'ot-signoff': OT_LEAD,
    'qa-signoff': QA,
    production: RELEASE_MANAGER,
  }
  const run = await runWorkflow({
    workflow: join(WORKFLOWS, workflow),
    event,
    source,
    sha,
    runId: id,
    actor: 'ana-ml',
    vars: { MODELGATE_TRUSTED_KEYS: fingerprint },
    env: { GITHUB_API_URL: gh.url, ...artifacts.newRun() },
    extraPath: [join(REPO, '__tests__/support/gh-standin')],
    onEnvironment: (_job, environment) => {
      const login = reviewer[environment]
      if (login)
        gh.runApprovals.push({
          run: id,
          login,
          state: 'approved',
          environments: [environment],
          comment: '',
        })
    },
  })
  temp.push(run.root)
  return run
}

const statusOf = (run: WorkflowRun, job: string) =>
  run.jobs[job]!.steps.filter((s) => s.kind === 'modelgate').map(
    (s) => `${s.inputs?.gate}:${s.outputs.status}`,
  )

describe('the story, from the template workflows', () => {
  it('has every piece it needs (each missing one named)', async () => {
    expect(await missing()).toEqual([])
  })

  it('PR → release → G3 → shadow → G4 → G5 → drift → retrain → rollback → verify', async () => {
    const work = mkdtempSync(join(tmpdir(), 'mg-story-key-'))
    temp.push(work)
    const key = join(work, 'release.pem')
    execFileSync('openssl', ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', key])
    const fingerprint = keyFingerprint(createPublicKey(readFileSync(key)))
    const repo = adopt(key)
    const main = { name: 'push', payload: { ref: 'refs/heads/main' } }

    // 1. Pull request: G0, G1, G2 with their check runs.
    const pr = await play(
      'gates.yml',
      {
        name: 'pull_request',
        payload: {
          number: 1,
          pull_request: { number: 1, head: { sha: 'c'.repeat(40), ref: 'model-v1' } },
        },
      },
      repo,
      fingerprint,
      'd'.repeat(40),
    )
    expect(pr.order.map((j) => pr.jobs[j]!.result)).toEqual(['success', 'success', 'success'])

    // 2-3. Merge: G0-G2 again, the candidate (a draft release), the sign-offs and G3.
    const v1 = await play('release.yml', main, repo, fingerprint, '1'.repeat(40))
    expect(statusOf(v1, 'candidate')).toEqual(['candidate:pass', 'G0:pass', 'G1:pass', 'G2:pass'])
    expect(statusOf(v1, 'g3-approval')).toEqual(['G3:pass'])
    const tag1 = v1.jobs.candidate!.outputs['release-tag']!
    expect(hooks!.releases().find((r) => r.tag === tag1)).toMatchObject({ draft: true })

    // 4. Shadow: the replayed log, G4 attached to the candidate, and the promotion dispatched.
    const shadow = await play(
      'shadow.yml',
      { name: 'schedule', payload: { schedule: '23 4 * * *' } },
      repo,
      fingerprint,
      '1'.repeat(40),
    )
    expect(statusOf(shadow, 'shadow')).toEqual(['G4:pass'])
    expect(routes.dispatches.at(-1)).toEqual({
      workflow: 'release.yml',
      ref: 'main',
      inputs: { stage: 'promote' },
    })

    // 5. G5 behind production: published, the production pointer, the deploy hook.
    const promote = {
      name: 'workflow_dispatch',
      payload: { inputs: { stage: 'promote' } },
      inputs: { stage: 'promote' },
    }
    const g5 = await play('release.yml', promote, repo, fingerprint, '1'.repeat(40))
    expect(statusOf(g5, 'g5-release')).toEqual(['G5:pass'])
    expect(g5.jobs.deploy!.result).toBe('success')
    expect(hooks!.releases().find((r) => r.tag === tag1)).toMatchObject({ draft: false })

    // A second release (version 1.0.1), so that rollback has somewhere to go back to.
    const model = JSON.parse(readFileSync(join(repo, 'ssot/model.json'), 'utf8'))
    writeFileSync(
      join(repo, 'ssot/model.json'),
      JSON.stringify({ ...model, version: '1.0.1' }, null, 2),
    )
    resign(repo, key)
    const v2 = await play('release.yml', main, repo, fingerprint, '2'.repeat(40))
    expect(statusOf(v2, 'g3-approval')).toEqual(['G3:pass'])
    await play('shadow.yml', { name: 'schedule', payload: {} }, repo, fingerprint, '2'.repeat(40))
    const g5b = await play('release.yml', promote, repo, fingerprint, '2'.repeat(40))
    const tag2 = g5b.jobs['g5-release']!.outputs['release-tag']!
    expect(g5b.jobs['g5-release']!.outputs['previous-release-tag']).toBe(tag1)

    // 6. Drift on a season change (summer days against the whole training year), twice in a row:
    //    one issue, the production version frozen, retrain.yml dispatched once.
    const holdout = readFileSync(join(repo, 'data/holdout.csv'), 'utf8').split('\n')
    const summer = [holdout[0], ...holdout.slice(1).filter((l) => /,2015-0[6-8]-/.test(l))].join(
      '\n',
    )
    writeFileSync(join(repo, 'data/holdout.csv'), `${summer}\n`)
    const dispatchesBefore = routes.dispatches.length
    for (let i = 0; i < 2; i++) {
      const drift = await play(
        'drift.yml',
        { name: 'schedule', payload: { schedule: '41 5 * * *' } },
        repo,
        fingerprint,
        '2'.repeat(40),
      )
      expect(statusOf(drift, 'drift')).toEqual(['drift:fail'])
      expect(drift.jobs.drift!.outputs.frozen).toBe('true')
    }
    expect(hooks!.issues().filter((i) => i.labels.includes('modelgate:drift'))).toHaveLength(1)
    expect(routes.dispatches.slice(dispatchesBefore)).toEqual([
      { workflow: 'retrain.yml', ref: 'main', inputs: expect.anything() },
    ])

    // 7. Rollback by hand: back to the first release, the RCA issue, and verify on it.
    const rollback = await play(
      'rollback.yml',
      {
        name: 'workflow_dispatch',
        payload: {},
        inputs: { model: 'ssot', to: '', reason: 'drift after the season change' },
      },
      repo,
      fingerprint,
      '2'.repeat(40),
    )
    expect(statusOf(rollback, 'rollback')).toEqual(['rollback:pass'])
    expect(rollback.jobs.rollback!.outputs).toMatchObject({
      'release-tag': tag1,
      'previous-release-tag': tag2,
    })
    expect(rollback.jobs.verify!.result).toBe('success')
    expect(hooks!.issues().some((i) => i.labels.includes('modelgate:rollback'))).toBe(true)

    // 8. Verify, offline, both releases: every digest of each chain recomputed.
    for (const tag of [tag1, tag2]) {
      const dir = join(work, tag)
      const dl = spawnSync(
        join(REPO, '__tests__/support/gh-standin/gh'),
        ['release', 'download', tag, '--repo', 'acme/plant-models', '--dir', dir],
        {
          env: { ...process.env, GITHUB_API_URL: gh.url, GH_TOKEN: 'story' },
          encoding: 'utf8',
        },
      )
      expect(dl.status, dl.stderr).toBe(0)
      expect(readdirSync(dir).length).toBeGreaterThan(0)
      const v = spawnSync(process.execPath, [join(REPO, 'dist', 'cli.js'), 'verify', dir], {
        encoding: 'utf8',
      })
      expect(v.status, v.stdout + v.stderr).toBe(0)
    }
    expect(gh.violations).toEqual([])
    expect(artifacts.violations).toEqual([])
  })
})
