import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { verifyEvidence } from '../../src/engine/evidence.js'
import { makeRunnerFolder, runActionAsync } from '../support/action-runner.js'
import { startGitHubStandin, type GitHubStandin } from '../support/github-api-standin.js'

/**
 * node dist/index.js as the runner runs it in the G3 job of a pull request
 * whose sign-off jobs waited on the ot-signoff and qa-signoff environments:
 * G3 reads the run's approvals from the GitHub stand-in, and the evidence,
 * the sticky comment and the check run show the sign-off table.
 */
let gh: GitHubStandin
const folder = makeRunnerFolder({
  ssot: 'template/ssot',
  models: 'template/models',
  approvals: 'template/approvals',
})
const HEAD = 'c'.repeat(40)
const event = { action: 'synchronize', number: 7, pull_request: { number: 7, head: { sha: HEAD } } }
const COMMENT = 'Lab values match <img src=x onerror=alert(1)> | **all** good'

beforeAll(async () => {
  gh = await startGitHubStandin()
}, 60_000)
afterAll(async () => gh?.stop())
beforeEach(() => {
  gh.reset()
  gh.pulls.push({ number: 7, headOwner: 'acme', headRef: 'retrain', headSha: HEAD, state: 'open', author: 'ana-ml' })
})

const run = (inputs: Record<string, string> = {}) =>
  runActionAsync(
    folder,
    { gate: 'G3', 'github-token': 'ghs_runner_token', artifact: 'false', ...inputs },
    { event, eventName: 'pull_request', env: { GITHUB_API_URL: gh.url, GITHUB_JOB: 'g3', GITHUB_ACTOR: 'ana-ml' } },
  )
const evidenceOf = (r: { outputs: Record<string, string> }) => JSON.parse(readFileSync(r.outputs['evidence-path']!, 'utf8'))

describe('dist/index.js: G3 in an environment job', () => {
  it('judges the run environment approvals, and shows who signed in the comment and the check run, escaped', async () => {
    gh.runApprovals.push(
      { run: 4242, login: 'luis-ot', state: 'approved', environments: ['ot-signoff'], comment: COMMENT },
      { run: 4242, login: 'carla-qa', state: 'approved', environments: ['qa-signoff'], comment: 'QA-114 passed' },
    )
    const r = await run()
    expect(r.code, r.stdout).toBe(0)
    expect(gh.violations).toEqual([])
    const evidence = evidenceOf(r)
    expect(verifyEvidence(evidence, 'G3.evidence.json')).toEqual([])
    expect(evidence.report.approvals).toMatchObject({ source: 'environment', runId: '4242', pullRequest: 7 })
    expect(evidence.report.approvals.counted.map((c: { login: string }) => c.login)).toEqual(['luis-ot', 'carla-qa'])
    expect(evidence.context).toMatchObject({ job: 'g3', actor: 'ana-ml' })
    const comment = gh.comments[0]!.body
    expect(comment).toContain('Sign-off by role')
    expect(comment).toContain('| ot-lead | 1 | 1 | luis-ot |')
    expect(comment).not.toContain('<img')
    expect(comment).not.toContain('| **all**')
    expect(gh.checkRuns[0]).toMatchObject({ name: 'modelgate / G3 OT/QA Approval', conclusion: 'success' })
    expect(gh.checkRuns[0]!.output.summary + (gh.checkRuns[0]!.output.text ?? '')).toContain('Sign-off by role')
    expect(r.summary).toContain('Approvals that count')
    const read = gh.requests.map((q) => q.template)
    expect(read).toContain('/repos/{owner}/{repo}/actions/runs/{run_id}/approvals')
    expect(read).toContain('/repos/{owner}/{repo}/pulls/{pull_number}/reviews')
    expect(read).toContain('/repos/{owner}/{repo}/commits')
  }, 60_000)

  it('fails on a missing role and says which, in the check run', async () => {
    gh.runApprovals.push({ run: 4242, login: 'luis-ot', state: 'approved', environments: ['ot-signoff'], comment: '' })
    const r = await run()
    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('fail')
    expect(gh.checkRuns[0]!.conclusion).toBe('failure')
    expect(gh.checkRuns[0]!.output.summary + (gh.checkRuns[0]!.output.text ?? '')).toContain('qa: 0 of 1')
  }, 60_000)

  it('a token without actions: read is an error naming the permission', async () => {
    gh.inject('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}/approvals', 'read-only', 5)
    const r = await run()
    expect(r.code).toBe(2)
    expect(r.stdout).toMatch(/lacks actions: read/)
  }, 60_000)

  it('judges a sign-off file given with the approvals input, and says source: file', async () => {
    const r = await run({ approvals: 'approvals/signoff.example.json', comment: 'false', 'check-run': 'false' })
    expect(r.code, r.stdout).toBe(0)
    expect(evidenceOf(r).report.approvals.source).toBe('file')
    expect(gh.requests).toEqual([])
  }, 60_000)
})
