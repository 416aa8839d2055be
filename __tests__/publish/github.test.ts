import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { runGate } from '../../src/engine/run-gate.js'
import type { EvidenceRecord } from '../../src/engine/types.js'
import { writeReportFiles, type ReportFiles } from '../../src/io/report-files.js'
import { commentMarker, publishEvidence, type PublishContext, type PublishOptions } from '../../src/publish/publish.js'
import { startGitHubStandin, type GitHubStandin } from '../support/github-standin.js'

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'g0')
let gh: GitHubStandin
let workspace: string
let evidence: EvidenceRecord
let files: ReportFiles

const CTX: PublishContext = { eventName: 'pull_request', owner: 'acme', repo: 'plant-models', sha: 'a'.repeat(40), runId: '77', serverUrl: 'https://github.com', pullRequest: { number: 12, headSha: 'b'.repeat(40) } }
const opts = (): PublishOptions => ({ token: 'ghs_test', comment: true, checkRun: true, artifact: false, workspace, apiUrl: gh.url, backoffMs: 5 })

beforeAll(async () => {
  gh = await startGitHubStandin()
  workspace = mkdtempSync(join(tmpdir(), 'mg-pub-'))
  cpSync(FIXTURE, workspace, { recursive: true })
  // 120 rows whose city is not allowed: 120 violations to annotate.
  writeFileSync(join(workspace, 'data', 'many.csv'), `id,city,temp,date\n${Array.from({ length: 120 }, (_, i) => `${i + 1},Paris @octocat,1,2024-01-01`).join('\n')}\n`)
  writeFileSync(join(workspace, 'ssot', 'data_schema.json'), JSON.stringify({ type: 'object', required: ['id', 'city'], properties: { id: { type: 'integer' }, city: { type: 'string', enum: ['Oslo'] }, temp: { type: 'number' }, date: { type: 'string' } }, 'x-dataset': { maxReportedViolations: 500 } }))
  evidence = await runGate('G0', { ssot: 'ssot', data: [{ role: 'many', path: 'data/many.csv' }], options: {} }, { workspaceRoot: workspace, context: { mode: 'local' } })
  files = await writeReportFiles(evidence, join(workspace, 'out'))
}, 60_000)

afterEach(() => {
  expect(gh.violations, 'every request and response must match GitHub OpenAPI description').toEqual([])
  gh.comments.length = 0
  gh.checkRuns.length = 0
  gh.faults.length = 0
  gh.requests.length = 0
  gh.tokenLogin = null
})

afterAll(async () => {
  await gh.stop()
})

describe('publishing to GitHub, over HTTP against a stand-in checked by the OpenAPI description', () => {
  it('keeps exactly one sticky comment per gate after three runs, updated in place', async () => {
    for (let i = 0; i < 3; i++) {
      const r = await publishEvidence(evidence, files, opts(), CTX)
      expect(r.warnings).toEqual([])
      expect(r.commentUrl).toMatch(/#issuecomment-\d+$/)
    }
    expect(gh.comments).toHaveLength(1)
    expect(gh.comments[0]!.body).toContain(commentMarker(evidence))
    expect(gh.comments[0]!.body).toContain('@\u200boctocat')
    expect(gh.comments[0]!.body).not.toMatch(/[^\u200b]@octocat/)
    expect(gh.requests.filter((r) => r.method === 'POST' && r.template.endsWith('/comments'))).toHaveLength(1)
    expect(gh.requests.filter((r) => r.method === 'PATCH' && r.template.endsWith('/comments/{comment_id}'))).toHaveLength(2)
  })

  it('finds its comment past the first 100 and ignores the marker in another user comment', async () => {
    const marker = commentMarker(evidence)
    for (let i = 0; i < 140; i++) gh.comments.push({ id: i + 1, body: i === 3 ? `copied ${marker}` : `comment ${i}`, user: 'someone', issue: 12 })
    gh.comments.push({ id: 500, body: `old ${marker}`, user: 'github-actions[bot]', issue: 12 })
    const r = await publishEvidence(evidence, files, opts(), CTX)
    expect(r.commentUrl).toContain('issuecomment-500')
    expect(gh.comments).toHaveLength(141)
    expect(gh.comments.find((c) => c.id === 4)!.body).toBe(`copied ${marker}`)
    expect(gh.requests.some((r) => r.path.includes('page=2'))).toBe(true)
  })

  it('creates a failing check run on the PR head with 120 annotations in batches of at most 50', async () => {
    const r = await publishEvidence(evidence, files, opts(), CTX)
    expect(r.checkRunId).toBeTypeOf('number')
    const run = gh.checkRuns[0]!
    expect(run).toMatchObject({ name: 'modelgate / G0 Data Quality', head_sha: 'b'.repeat(40), conclusion: 'failure', status: 'completed' })
    expect(run.annotations).toHaveLength(120)
    expect(run.annotations[0]).toMatchObject({ path: 'data/many.csv', start_line: 2, annotation_level: 'failure' })
    const sizes = gh.requests.filter((q) => q.template.includes('check-runs')).map((q) => ((q.body as { output: { annotations: unknown[] } }).output.annotations ?? []).length)
    expect(sizes).toEqual([50, 50, 20])
  })

  it('degrades on a read-only token: no comment, no check run, one clear warning each, no exception', async () => {
    const denied = { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' }, times: 10 }
    gh.faults.push({ ...denied, method: 'POST', template: '/repos/{owner}/{repo}/check-runs' }, { ...denied, method: 'POST', template: '/repos/{owner}/{repo}/issues/{issue_number}/comments' })
    const r = await publishEvidence(evidence, files, opts(), CTX)
    expect(r.checkRunId).toBeUndefined()
    expect(r.commentUrl).toBeUndefined()
    expect(r.warnings).toHaveLength(2)
    expect(r.warnings[0]).toContain('permissions: checks: write')
    expect(r.warnings[1]).toContain('permissions: pull-requests: write')
  })

  it('retries after a 429 and waits out a secondary rate limit, then succeeds', async () => {
    gh.faults.push({ method: 'POST', template: '/repos/{owner}/{repo}/check-runs', status: 429, body: { message: 'API rate limit exceeded', documentation_url: 'https://docs.github.com/rest' }, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)) }, times: 1 })
    gh.faults.push({ method: 'POST', template: '/repos/{owner}/{repo}/issues/{issue_number}/comments', status: 403, body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest' }, headers: { 'retry-after': '1' }, times: 1 })
    const r = await publishEvidence(evidence, files, opts(), CTX)
    expect(r.warnings).toEqual([])
    expect(r.checkRunId).toBeTypeOf('number')
    expect(r.commentUrl).toBeTruthy()
    const statuses = (template: string) => gh.requests.filter((q) => q.method === 'POST' && q.template === template).map((q) => q.status)
    expect(statuses('/repos/{owner}/{repo}/check-runs')).toEqual([429, 201])
    expect(statuses('/repos/{owner}/{repo}/issues/{issue_number}/comments')).toEqual([403, 201])
    expect(r.notices.join('\n')).toMatch(/secondary rate limit on POST .*retrying in 1 s/)
  }, 20_000)

  it('retries a 502 and then succeeds', async () => {
    gh.faults.push({ method: 'POST', template: '/repos/{owner}/{repo}/check-runs', status: 502, body: { message: 'Bad Gateway' }, times: 1 })
    const r = await publishEvidence(evidence, files, opts(), CTX)
    expect(r.checkRunId).toBeTypeOf('number')
    expect(gh.requests.filter((q) => q.template === '/repos/{owner}/{repo}/check-runs').map((q) => q.status)).toEqual([502, 201])
  })

  it('shortens a comment over the 65,536-character limit and points to the artifact', async () => {
    const long: EvidenceRecord = { ...evidence, checks: Array.from({ length: 3000 }, (_, i) => ({ id: `G0.x.c${i}`, rule: 'enum', variable: 'city', value: i, status: 'fail', severity: 'block', message: 'x'.repeat(40) })) }
    await publishEvidence(long, files, opts(), CTX)
    const body = gh.comments[0]!.body
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(body).toContain('Full report in the artifact')
  })

  it('skips the comment with a notice on a push event, but still creates the check run', async () => {
    const { pullRequest: _pr, ...push } = CTX
    const r = await publishEvidence(evidence, files, opts(), { ...push, eventName: 'push' })
    expect(r.commentUrl).toBeUndefined()
    expect(r.notices.join()).toContain('not a pull request')
    expect(gh.checkRuns[0]!.head_sha).toBe('a'.repeat(40))
  })
})
