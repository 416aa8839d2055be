/**
 * THE STORY, from the template's own workflows: pull request → merge → release (candidate) → G3 →
 * shadow → G4 → G5 → a second version → drift on a season change → retrain dispatched → rollback →
 * `modelgate verify` on both releases. Played by the workflow harness
 * (__tests__/support/workflow-harness.ts) from dist/ (`npm run package` first), against the GitHub
 * API stand-in (releases, assets, refs, issues, run approvals, dispatches), on the template's real
 * data, re-signed with the adopting team's own key.
 *
 * Stand-ins (documented in the harness's STAND_INS): `actions/checkout` copies the adopted
 * repository's folder into each job's workspace (and modelgate's action.yml + dist/ for
 * `repository: modelgate/modelgate`); `gh` is __tests__/support/gh-standin (REST calls to the API
 * stand-in); the deploy hook is the template's own `run:` step (an echo); training is not run here:
 * retrain.yml's dispatch is what the story checks (harness-retrain.test.ts plays retrain.yml itself).
 * The reviewers of the ot-signoff, qa-signoff and production environments are played by
 * `onEnvironment`, whose approvals the stand-in serves as GET .../actions/runs/{id}/approvals.
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process'
import { createPublicKey } from 'node:crypto'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { keyFingerprint } from '../../src/signing/signatures.js'
import { REPO } from '../support/action-runner.js'
import { startArtifactStandin, type ArtifactStandin } from '../support/artifact-standin.js'
import { startGitHubStandin, type GitHubStandin } from '../support/github-api-standin.js'
import { runWorkflow, type WorkflowEvent, type WorkflowRun } from '../support/workflow-harness.js'

/** The Action's and the CLI's interface, as the workflows use it. */
const NEEDED_INPUTS = ['registry', 'registry-path', 'registry-attach', 'approvals', 'to', 'reason']
const NEEDED_OUTPUTS = [
  'release-tag',
  'release-url',
  'model-digest',
  'previous-release-tag',
  'rolled-back-to',
  'frozen',
  'drift-issue',
  'retrain-dispatched',
]
const NEEDED_COMMANDS = ['shadow-replay', 'verify', 'candidate', 'rollback', 'init', 'setup']
/** Gates the CLI runs as `modelgate <GATE>` (--help lists them). */
const NEEDED_GATES = ['G3', 'G4', 'G5', 'drift', 'rollback']

const execFileAsync = promisify(execFile)
const WORKFLOWS = join(REPO, 'template', '.github', 'workflows')
const OT_LEAD = 'luis-ot'
const QA = 'carla-qa'
const RELEASE_MANAGER = 'rosa-rm'

let gh: GitHubStandin
let artifacts: ArtifactStandin
const temp: string[] = []
let runId = 5000

beforeAll(async () => {
  gh = await startGitHubStandin()
  artifacts = await startArtifactStandin()
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
  for (const g of NEEDED_GATES)
    if (!new RegExp(`\\b${g}\\b`).test(help)) out.push(`gate ${g} (dist/cli.js --help)`)
  return out
}

/**
 * A repository adopted from the template: its files in a folder, re-signed with the team's key. The
 * test's own copy asks for two drifted runs in a row before retraining (the template says three).
 */
function adopt(key: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-story-'))
  temp.push(dir)
  cpSync(join(REPO, 'template'), dir, { recursive: true })
  const drift = JSON.parse(readFileSync(join(dir, 'ssot', 'drift.json'), 'utf8'))
  writeFileSync(
    join(dir, 'ssot', 'drift.json'),
    JSON.stringify({ ...drift, retrain: { workflow: 'retrain.yml', consecutiveRuns: 2 } }, null, 2),
  )
  resign(dir, key)
  return dir
}

const releases = () =>
  gh.registry.releases.map((r) => ({
    tag: r.tag_name,
    draft: r.draft,
    prerelease: r.prerelease,
    assets: r.assets.map((x) => x.name),
  }))
const issues = () => gh.issues
/** The production pointer: refs/tags/<model>-production, on the commit of the release in production. */
const production = () => gh.registry.refs.get('refs/tags/seattle-ny-temp-max-production')
/** The deploy hook (the template's own `run:` step) and what it was told to deploy. */
const deployLog = (run: WorkflowRun, job: string) =>
  run.jobs[job]!.steps.find((s) => s.name === 'Deploy hook')!.log

/** The pull request a push to main merged (G3 finds it by the merge commit; its author never approves). */
const merged = (number: number, sha: string) =>
  gh.pulls.push({
    number,
    headOwner: 'acme',
    headRef: `model-v${number}`,
    headSha: 'c'.repeat(39) + String(number),
    state: 'closed',
    author: 'ana-ml',
    mergeCommitSha: sha,
  })

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
  const uploaded = artifacts.artifacts.length
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
  // GitHub's record of the run and of the artifacts it uploaded (G5 checks each evidence's origin).
  gh.runs.push({
    id,
    path: `.github/workflows/${workflow}`,
    event: event.name,
    headBranch: 'main',
    headSha: sha,
  })
  for (const a of artifacts.artifacts.slice(uploaded))
    gh.artifacts.push({
      id: a.id,
      runId: id,
      name: a.name,
      zip: await artifacts.downloadZip(a.name),
    })
  for (const id of run.order)
    for (const step of run.jobs[id]!.steps)
      if (step.outcome === 'failure' || step.outputs.status === 'error')
        console.log(
          `${workflow} ${id} / ${step.name}:\n${step.log.slice(-2500)}\n${failedChecks(step)}`,
        )
  return run
}

/** The failed checks of a modelgate step's evidence, for the log of a failing story. */
function failedChecks(step: WorkflowRun['jobs'][string]['steps'][number]): string {
  const path = step.outputs['evidence-path']
  if (!path) return ''
  const evidence = JSON.parse(readFileSync(path, 'utf8')) as {
    checks: { id: string; status: string; message?: string }[]
  }
  return JSON.stringify(
    evidence.checks.filter((c) => c.status !== 'pass'),
    null,
    1,
  )
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
    const started = Date.now()
    const stage = (name: string) => console.log(`story: ${name} at ${Date.now() - started} ms`)
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
    expect(gh.checkRuns.map((c) => [c.name, c.head_sha, c.conclusion])).toEqual([
      ['modelgate / G0 Data Quality', 'c'.repeat(40), 'success'],
      ['modelgate / G1 Model Performance', 'c'.repeat(40), 'success'],
      ['modelgate / G2 Security Review', 'c'.repeat(40), 'success'],
    ])
    expect(gh.comments.filter((c) => c.issue === 1)).toHaveLength(3)

    stage('merge')
    // 2-3. Merge: G0-G2 again, the candidate (a draft release), the sign-offs and G3.
    merged(1, '1'.repeat(40))
    const v1 = await play('release.yml', main, repo, fingerprint, '1'.repeat(40))
    expect(statusOf(v1, 'candidate')).toEqual(['candidate:pass', 'G0:pass', 'G1:pass', 'G2:pass'])
    expect(statusOf(v1, 'g3-approval')).toEqual(['G3:pass'])
    const tag1 = v1.jobs.candidate!.outputs['release-tag']!
    expect(releases().find((r) => r.tag === tag1)).toMatchObject({ draft: true })

    stage('shadow')
    // 4. Shadow: the replayed log, G4 attached to the candidate, and the promotion dispatched.
    const shadow = await play(
      'shadow.yml',
      { name: 'schedule', payload: { schedule: '23 4 * * *' } },
      repo,
      fingerprint,
      '1'.repeat(40),
    )
    expect(statusOf(shadow, 'shadow')).toEqual(['G4:pass'])
    // Before the first release, the baseline model stands in for production.
    expect(shadow.jobs.shadow!.steps.find((s) => s.name === 'Production model')!.log).toContain(
      'No published release yet',
    )
    expect(shadow.jobs.promote!.result, JSON.stringify(shadow.jobs.promote)).toBe('success')
    expect(gh.dispatches.at(-1)).toEqual({
      workflow: 'release.yml',
      ref: 'main',
      inputs: { stage: 'promote' },
    })

    stage('G5')
    // 5. G5 behind production: published, the production pointer, the deploy hook.
    const promote = {
      name: 'workflow_dispatch',
      payload: { inputs: { stage: 'promote' } },
      inputs: { stage: 'promote' },
    }
    const g5 = await play('release.yml', promote, repo, fingerprint, '1'.repeat(40))
    expect(statusOf(g5, 'g5-release')).toEqual(['G5:pass'])
    expect(g5.jobs.deploy!.result).toBe('success')
    expect(releases().find((r) => r.tag === tag1)).toMatchObject({ draft: false })
    expect(production()).toBe('1'.repeat(40))
    expect(deployLog(g5, 'deploy')).toContain(`Deploy ${tag1} (model sha256:`)
    // The released chain: each gate's evidence attached to the release.
    expect(releases().find((r) => r.tag === tag1)!.assets).toEqual(
      expect.arrayContaining(['G0.evidence.json', 'G3.evidence.json', 'G4.evidence.json']),
    )

    stage('second release')
    // A second release (version 1.0.1), so that rollback has somewhere to go back to.
    const model = JSON.parse(readFileSync(join(repo, 'ssot/model.json'), 'utf8'))
    writeFileSync(
      join(repo, 'ssot/model.json'),
      JSON.stringify({ ...model, version: '1.0.1' }, null, 2),
    )
    resign(repo, key)
    merged(2, '2'.repeat(40))
    const v2 = await play('release.yml', main, repo, fingerprint, '2'.repeat(40))
    expect(statusOf(v2, 'g3-approval')).toEqual(['G3:pass'])
    // The second shadow compares the candidate with the published v1 (the latest release's model).
    const shadow2 = await play(
      'shadow.yml',
      { name: 'schedule', payload: {} },
      repo,
      fingerprint,
      '2'.repeat(40),
    )
    expect(statusOf(shadow2, 'shadow')).toEqual(['G4:pass'])
    expect(
      shadow2.jobs.shadow!.steps.find((s) => s.name === 'Production model')!.log,
    ).not.toContain('No published release yet')
    const g5b = await play('release.yml', promote, repo, fingerprint, '2'.repeat(40))
    const tag2 = g5b.jobs['g5-release']!.outputs['release-tag']!
    expect(g5b.jobs['g5-release']!.outputs['previous-release-tag']).toBe(tag1)
    expect(production()).toBe('2'.repeat(40))

    stage('drift')
    // 6. Drift on a season change (summer days against the whole training year), twice in a row:
    //    one issue, the production version frozen, retrain.yml dispatched once.
    const holdout = readFileSync(join(repo, 'data/holdout.csv'), 'utf8').split('\n')
    const summer = [holdout[0], ...holdout.slice(1).filter((l) => /,2015-0[6-8]-/.test(l))].join(
      '\n',
    )
    writeFileSync(join(repo, 'data/holdout.csv'), `${summer}\n`)
    const dispatchesBefore = gh.dispatches.length
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
    expect(issues().filter((i) => i.labels.includes('modelgate:drift'))).toHaveLength(1)
    expect(gh.dispatches.slice(dispatchesBefore)).toEqual([
      expect.objectContaining({ workflow: 'retrain.yml', ref: 'main' }),
    ])

    stage('rollback')
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
    expect(production()).toBe('1'.repeat(40))
    expect(deployLog(rollback, 'rollback')).toContain(`Roll back from ${tag2} to ${tag1}`)
    // The RCA issue (label modelgate:incident), named by the job's incident-url.
    const incidents = issues().filter((i) => i.labels.includes('modelgate:incident'))
    expect(incidents).toHaveLength(1)
    expect(rollback.jobs.rollback!.outputs['incident-url']).toMatch(
      new RegExp(`/issues/${incidents[0]!.number}$`),
    )

    stage('verify')
    // 8. Verify, offline, both releases: every digest of each chain recomputed.
    for (const tag of [tag1, tag2]) {
      const dir = join(work, tag)
      // Asynchronously: the API stand-in answers from this very process.
      await execFileAsync(
        join(REPO, '__tests__/support/gh-standin/gh'),
        ['release', 'download', tag, '--repo', 'acme/plant-models', '--dir', dir],
        { env: { ...process.env, GITHUB_API_URL: gh.url, GH_TOKEN: 'story' }, encoding: 'utf8' },
      )
      expect(readdirSync(dir).length).toBeGreaterThan(0)
      const v = spawnSync(process.execPath, [join(REPO, 'dist', 'cli.js'), 'verify', dir], {
        encoding: 'utf8',
      })
      expect(v.status, v.stdout + v.stderr).toBe(0)
    }
    expect(gh.violations).toEqual([])
    expect(artifacts.violations).toEqual([])
  }, 240_000)
})
