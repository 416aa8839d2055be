import { readFileSync, writeFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startArtifactStandin, type ArtifactStandin } from '../support/artifact-standin.js'
import { makeRunnerFolder, runActionAsync } from '../support/action-runner.js'
import { startGitHubStandin, type GitHubStandin } from '../support/github-standin.js'

/** node dist/index.js on a pull_request event, publishing over HTTP to the GitHub and artifact stand-ins. */
let gh: GitHubStandin
let artifacts: ArtifactStandin
const folder = makeRunnerFolder({ ssot: 'template/ssot', data: 'template/data', models: 'template/models' })
const event = { action: 'synchronize', number: 7, pull_request: { number: 7, head: { sha: 'c'.repeat(40), ref: 'feature/@octocat-<b>x</b>' } } }

beforeAll(async () => {
  gh = await startGitHubStandin()
  artifacts = await startArtifactStandin()
}, 60_000)

afterAll(async () => {
  await gh?.stop()
  await artifacts?.stop()
})

/** Each call is a new workflow run (its own run id and runtime token): a run refuses an artifact name twice. */
let runId = 4242
const run = (inputs: Record<string, string>, opts: { event?: unknown; eventName?: string } = {}) =>
  runActionAsync(folder, { 'github-token': 'ghs_runner_token', ...inputs }, { event: opts.event ?? event, eventName: opts.eventName ?? 'pull_request', env: { GITHUB_API_URL: gh.url, GITHUB_RUN_ID: String(++runId), ...artifacts.newRun() } })

/** Neither stand-in saw a request GitHub or the results service would refuse, nor a repeated artifact name. */
function expectNoViolations(): void {
  expect(gh.violations).toEqual([])
  expect(artifacts.violations).toEqual([])
  expect(artifacts.conflicts).toEqual([])
}

describe('dist/index.js publishing on a pull_request event', () => {
  it('leaves one comment after three runs, a check run and an artifact equal to the evidence', async () => {
    let last
    for (let i = 0; i < 3; i++) {
      last = await run({ gate: 'G1', options: 'bootstrap=100\nlatency-calls=20' })
      expect(last.code, last.stdout).toBe(0)
    }
    const r = last!
    expect(gh.violations).toEqual([])
    expect(gh.comments).toHaveLength(1)
    expect(gh.comments[0]!.body).toContain('<!-- modelgate:G1:seattle-ny-temp-max -->')
    expect(r.outputs['comment-url']).toMatch(/issuecomment-\d+$/)
    expect(gh.checkRuns).toHaveLength(3)
    expect(gh.checkRuns[2]).toMatchObject({ name: 'modelgate / G1 Model Performance', head_sha: 'c'.repeat(40), conclusion: 'success' })
    expect(r.outputs['check-run-id']).toBe(String(gh.checkRuns[2]!.id))
    const artifact = artifacts.artifacts.at(-1)!
    expect(r.outputs['artifact-id']).toBe(String(artifact.id))
    expect(r.summary).toContain('G1 Model Performance')
    const entries = await artifacts.download(artifact.name)
    expect(entries.get('G1.evidence.json')!.equals(readFileSync(r.outputs['evidence-path']!))).toBe(true)
    // The full report in the artifact, and the check run's detail.
    expect(entries.get('G1.md')!.toString('utf8')).toBe(readFileSync(r.outputs['report-path']!, 'utf8'))
    expect(gh.checkRuns[2]!.output.text).toContain('### All checks')
    expect(gh.comments[0]!.body).toContain('model <code>seattle-ny-temp-max</code>')
    expectNoViolations()
  }, 120_000)

  it('annotates a failing KPI at its line in ssot/kpi_acceptance.csv and fails the step', async () => {
    const csv = readFileSync(`${folder.workspace}/ssot/kpi_acceptance.csv`, 'utf8').replace('G1,mae,temp_max,<=,3.0', 'G1,mae,temp_max,<=,1.0')
    writeFileSync(`${folder.workspace}/ssot/kpi_acceptance.csv`, csv)
    const r = await run({ gate: 'G1', options: 'bootstrap=100\nlatency-calls=20' })
    expect(r.code).toBe(1)
    const check = gh.checkRuns.at(-1)!
    expect(check.conclusion).toBe('failure')
    expect(check.annotations).toContainEqual(expect.objectContaining({ path: 'ssot/kpi_acceptance.csv', start_line: 2, annotation_level: 'failure' }))
    expectNoViolations()
    writeFileSync(`${folder.workspace}/ssot/kpi_acceptance.csv`, csv.replace('G1,mae,temp_max,<=,1.0', 'G1,mae,temp_max,<=,3.0'))
  }, 60_000)

  it('puts G0 into the G1 chain on the same pull request, and names G0 artifacts by their data', async () => {
    gh.comments.length = 0
    const g0 = await run({ gate: 'G0' })
    expect(g0.code, g0.stdout).toBe(0)
    const g1 = await run({ gate: 'G1', options: 'bootstrap=100\nlatency-calls=20' })
    expect(g1.code, g1.stdout).toBe(0)
    const body = gh.comments.find((c) => c.body.startsWith('<!-- modelgate:G1:'))!.body
    expect(body).toContain('class G0 pass')
    expect(body).toContain('class G1 pass')
    const names = artifacts.artifacts.slice(-2).map((a) => a.name)
    expect(names[0]).toMatch(/^modelgate-G0-[0-9a-f]{12}-[0-9a-f]{12}$/)
    expect(names[0]).not.toBe('modelgate-G0-nomodel')
    expectNoViolations()
  }, 120_000)

  it('skips the comment on push with a notice, not an info line', async () => {
    const r = await run({ gate: 'G0', 'check-run': 'false' }, { event: { ref: 'refs/heads/main' }, eventName: 'push' })
    expect(r.code, r.stdout).toBe(0)
    expect(r.stdout).toContain('::notice::No PR comment: the push event is not about a pull request.')
    expectNoViolations()
  }, 60_000)

  it('still judges with a read-only token: one warning per feature, exit code from the gate', async () => {
    const denied = { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' }, times: 100 }
    gh.faults.push({ ...denied, method: 'POST', template: '/repos/{owner}/{repo}/check-runs' }, { ...denied, method: 'POST', template: '/repos/{owner}/{repo}/issues/{issue_number}/comments' }, { ...denied, method: 'PATCH', template: '/repos/{owner}/{repo}/issues/comments/{comment_id}' })
    const r = await run({ gate: 'G0', data: 'data/holdout.csv' })
    expect(r.code, r.stdout).toBe(0)
    expect(r.outputs.status).toBe('pass')
    expect(r.stdout.match(/permissions: checks: write/g)).toHaveLength(1)
    expect(r.stdout.match(/permissions: pull-requests: write/g)).toHaveLength(1)
    expect(r.outputs['artifact-id']).not.toBe('')
    expect(r.stdout).toContain('workflow_run')
    expectNoViolations()
    gh.faults.length = 0
  }, 60_000)
})
