import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { runGate } from '../../../src/engine/run-gate.js'
import { renderMarkdown } from '../../../src/report/markdown.js'
import { findGate } from '../../../src/gates/table.js'
import { createGitHubClient } from '../../../src/github/octokit.js'
import { githubApprovalsSource } from '../../../src/github/approvals.js'
import type { EvidenceRecord, RunContext } from '../../../src/contract/types.js'
import {
  startGitHubStandin,
  type GitHubStandin,
  type StandinReview,
  type StandinRunApproval,
} from '../../support/github-api-standin.js'

/**
 * G3 against the GitHub API stand-in (every request and response checked
 * against @octokit/openapi): the run's environment approvals, the pull
 * request's reviews (paginated), the commits that name the model's authors
 * and team members, each case of the issue as one row.
 */
const TEMPLATE = join(import.meta.dirname, '..', '..', '..', 'template')
const RUN = 4242
const SHA = 'a'.repeat(40)
const HEAD = 'b'.repeat(40)
const OLD = 'c'.repeat(40)

let gh: GitHubStandin
let ws: string
beforeAll(async () => {
  gh = await startGitHubStandin()
  ws = mkdtempSync(join(tmpdir(), 'mg-g3-gh-'))
  for (const part of ['ssot', 'models'])
    cpSync(join(TEMPLATE, part), join(ws, part), { recursive: true })
})
afterAll(() => gh.stop())
beforeEach(() => {
  gh.reset()
  writeFileSync(
    join(ws, 'ssot', 'approvals.json'),
    readFileSync(join(TEMPLATE, 'ssot', 'approvals.json')),
  )
})

const env = (
  login: string,
  environment: string,
  extra: Partial<StandinRunApproval> = {},
): StandinRunApproval => ({
  run: RUN,
  login,
  state: 'approved',
  environments: [environment],
  comment: `ok from ${login}`,
  ...extra,
})
const review = (login: string, extra: Partial<StandinReview> = {}): StandinReview => ({
  pull: 12,
  login,
  state: 'APPROVED',
  commitId: HEAD,
  body: `LGTM ${login}`,
  submittedAt: '2026-03-02T10:00:00Z',
  ...extra,
})

async function g3(
  context: Partial<RunContext> = {},
  triggeringActor?: string,
  pullRequestHead?: string,
): Promise<EvidenceRecord> {
  const client = createGitHubClient('test-token', { baseUrl: gh.url, backoffMs: 1, log: () => {} })
  const run: RunContext = {
    mode: 'actions',
    repository: 'acme/plant-models',
    sha: SHA,
    runId: String(RUN),
    actor: 'octocat',
    event: 'push',
    ...context,
  }
  return runGate(
    'G3',
    { ssot: 'ssot', data: [], options: {} },
    {
      gates: findGate,
      workspaceRoot: ws,
      context: run,
      services: {
        approvals: githubApprovalsSource(client, {
          owner: 'acme',
          repo: 'plant-models',
          runId: RUN,
          sha: run.sha!,
          ...(run.pullRequest !== undefined ? { pullRequest: run.pullRequest } : {}),
          ...(triggeringActor ? { triggeringActor } : {}),
          ...(pullRequestHead ? { pullRequestHead } : {}),
        }),
      },
    },
  )
}
const check = (e: EvidenceRecord, id: string) => e.checks.find((c) => c.id === id)
const notCounted = (e: EvidenceRecord) =>
  (e.report.approvals as { notCounted: { login: string; rule: string; reason: string }[] })
    .notCounted

describe('G3 over the wire', () => {
  it('quorum met from the run environment approvals: the evidence binds model digest, run, commit and each approval', async () => {
    gh.runApprovals.push(env('luis-ot', 'ot-signoff'), env('carla-qa', 'qa-signoff'))
    const e = await g3()
    expect(e.status, JSON.stringify(e.problems)).toBe('pass')
    expect(gh.violations).toEqual([])
    expect(e.subject.model?.path).toBe('models/temp_max.onnx')
    const a = e.report.approvals as Record<string, unknown>
    expect(a).toMatchObject({ source: 'environment', runId: String(RUN), commit: SHA })
    expect(a.counted).toEqual([
      expect.objectContaining({
        login: 'luis-ot',
        role: 'ot-lead',
        environment: 'ot-signoff',
        userId: expect.any(Number),
        comment: 'ok from luis-ot',
      }),
      expect.objectContaining({ login: 'carla-qa', role: 'qa', environment: 'qa-signoff' }),
    ])
    expect(gh.requests.map((r) => r.template)).toContain(
      '/repos/{owner}/{repo}/actions/runs/{run_id}/approvals',
    )
  })

  it('QA missing: fails and says "qa: 0 of 1"', async () => {
    gh.runApprovals.push(env('luis-ot', 'ot-signoff'))
    const e = await g3()
    expect(e.status).toBe('fail')
    expect(check(e, 'G3.quorum.qa')).toMatchObject({ status: 'fail', value: 0, threshold: 1 })
    expect(e.summary).toContain('qa: 0 of 1')
  })

  it('a rejection by a role member fails the gate and names who and their comment', async () => {
    gh.runApprovals.push(
      env('luis-ot', 'ot-signoff'),
      env('carla-qa', 'qa-signoff', { state: 'rejected', comment: 'Line 2 lab values | missing' }),
    )
    const e = await g3()
    expect(e.status).toBe('fail')
    expect(check(e, 'G3.approvals.rejections')?.message).toBe(
      'carla-qa (qa) rejected: "Line 2 lab values | missing"',
    )
    // The comment is the reviewer's text: the report escapes it.
    const md = renderMarkdown(e)
    expect(md).toContain('Line 2 lab values')
    expect(md).not.toContain('values | missing')
  })

  it("the model's author (a commit that changed the model) approving their own model does not count", async () => {
    gh.commits.push({
      sha: 'd'.repeat(40),
      paths: ['models/temp_max.onnx'],
      login: 'marta-ops',
      name: 'Marta',
      email: 'marta@example.com',
    })
    gh.runApprovals.push(env('marta-ops', 'ot-signoff'), env('carla-qa', 'qa-signoff'))
    const e = await g3()
    expect(gh.violations).toEqual([])
    expect(e.status).toBe('fail')
    expect(check(e, 'G3.sod.not-author')).toMatchObject({ status: 'warn', value: 1 })
    expect(notCounted(e)[0]).toMatchObject({ login: 'marta-ops', rule: 'author' })
    expect(notCounted(e)[0]!.reason).toContain('commit ddddddd changed models/temp_max.onnx')
  })

  it('the pull request author and the commit authors of ssot/ are authors too', async () => {
    gh.pulls.push({
      number: 12,
      headOwner: 'acme',
      headRef: 'retrain',
      headSha: HEAD,
      state: 'closed',
      author: 'luis-ot',
      mergeCommitSha: SHA,
    })
    gh.commits.push({
      sha: 'e'.repeat(40),
      paths: ['ssot/kpi_acceptance.csv'],
      login: null,
      name: 'carla-qa',
      email: '7+carla-qa@users.noreply.github.com',
    })
    gh.runApprovals.push(env('luis-ot', 'ot-signoff'), env('carla-qa', 'qa-signoff'))
    const e = await g3()
    expect(gh.violations).toEqual([])
    expect(notCounted(e).map((n) => n.rule)).toEqual(['author', 'author'])
    expect(notCounted(e)[0]!.reason).toContain('the author of pull request #12')
  })

  it('the triggering actor approving does not count', async () => {
    gh.runApprovals.push(env('luis-ot', 'ot-signoff'), env('carla-qa', 'qa-signoff'))
    const e = await g3({ actor: 'Luis-OT' })
    expect(e.status).toBe('fail')
    expect(check(e, 'G3.sod.not-actor')).toMatchObject({ status: 'warn', value: 1 })
    expect(notCounted(e)[0]).toMatchObject({ login: 'luis-ot', rule: 'actor' })
  })

  it("a re-run's triggering actor approving does not count either", async () => {
    gh.runApprovals.push(
      env('luis-ot', 'ot-signoff'),
      env('carla-qa', 'qa-signoff', { state: 'approved' }),
    )
    const e = await g3({}, 'carla-qa')
    expect(e.status).toBe('fail')
    expect(notCounted(e)[0]).toMatchObject({ login: 'carla-qa', rule: 'actor' })
  })

  it('one person in both roles counts for one, placed where the quorum needs them', async () => {
    const cfg = JSON.parse(readFileSync(join(ws, 'ssot', 'approvals.json'), 'utf8'))
    cfg.roles['ot-lead'].members.push('diego-qa')
    writeFileSync(join(ws, 'ssot', 'approvals.json'), JSON.stringify(cfg))
    gh.runApprovals.push(env('diego-qa', 'ot-signoff'))
    let e = await g3()
    expect(e.status).toBe('fail')
    expect(e.summary).toMatch(/ot-lead 1 of 1, qa 0 of 1|ot-lead 0 of 1, qa 1 of 1/)
    gh.runApprovals.push(env('carla-qa', 'qa-signoff'))
    e = await g3()
    expect(e.status).toBe('pass')
    expect(check(e, 'G3.sod.one-role-per-person')?.message).toBe(
      'diego-qa counts for ot-lead only (also listed in qa)',
    )
  })

  it('a bot never counts', async () => {
    const cfg = JSON.parse(readFileSync(join(ws, 'ssot', 'approvals.json'), 'utf8'))
    cfg.roles.qa.members.push('release-bot')
    writeFileSync(join(ws, 'ssot', 'approvals.json'), JSON.stringify(cfg))
    gh.runApprovals.push(
      env('luis-ot', 'ot-signoff'),
      env('release-bot', 'qa-signoff', { type: 'Bot' }),
    )
    const e = await g3()
    expect(gh.violations).toEqual([])
    expect(e.status).toBe('fail')
    expect(check(e, 'G3.sod.no-bots')).toMatchObject({ status: 'warn', value: 1 })
  })

  it('pull-request reviews when the run has no environment approvals: a review of an older head is stale', async () => {
    gh.pulls.push({
      number: 12,
      headOwner: 'acme',
      headRef: 'retrain',
      headSha: HEAD,
      state: 'open',
      author: 'ana-ml',
    })
    gh.reviews.push(review('luis-ot', { commitId: OLD }), review('carla-qa'))
    const e = await g3({ event: 'pull_request', pullRequest: 12 }, undefined, HEAD)
    expect(gh.violations).toEqual([])
    expect(e.status).toBe('fail')
    expect(e.report.approvals).toMatchObject({
      source: 'pull-request',
      pullRequest: 12,
      reviewCommit: HEAD,
    })
    expect(notCounted(e)[0]).toMatchObject({ login: 'luis-ot', rule: 'stale' })
    expect(notCounted(e)[0]!.reason).toBe(
      'stale: approved commit ccccccc, not the judged head bbbbbbb',
    )
  })

  it("a pull_request run judges its event's head: approvals of a head pushed later are stale (a re-run of an old run)", async () => {
    gh.pulls.push({
      number: 12,
      headOwner: 'acme',
      headRef: 'retrain',
      headSha: HEAD,
      state: 'open',
      author: 'ana-ml',
    })
    gh.reviews.push(review('luis-ot'), review('carla-qa'))
    // The run's event named head OLD (GITHUB_SHA is its test merge commit); the pull request moved on to HEAD.
    const e = await g3({ event: 'pull_request', pullRequest: 12 }, undefined, OLD)
    expect(gh.violations).toEqual([])
    expect(e.status).toBe('fail')
    expect(e.report.approvals).toMatchObject({ reviewCommit: OLD })
    expect(notCounted(e).map((n) => n.rule)).toEqual(['stale', 'stale'])
    // Without the event's head (a workflow_run naming the pull request), a head that is not the run's commit is not trusted either.
    const f = await g3({ event: 'workflow_run', pullRequest: 12 })
    expect(f.status).toBe('fail')
    expect(f.report.approvals).toMatchObject({ reviewCommit: SHA })
  })

  it('reviews of a pull request that merely contains the judged commit (its head is later) do not count for it', async () => {
    // A push run on commit SHA of a branch whose open pull request's head is now HEAD: the approvals are of HEAD's code.
    gh.pulls.push({
      number: 12,
      headOwner: 'acme',
      headRef: 'retrain',
      headSha: HEAD,
      state: 'open',
      author: 'ana-ml',
      commits: [SHA],
    })
    gh.reviews.push(review('luis-ot'), review('carla-qa'))
    const e = await g3()
    expect(gh.violations).toEqual([])
    expect(e.status).toBe('fail')
  })

  it("reads every page of more than 100 reviews; only each person's latest decision counts", async () => {
    gh.pulls.push({
      number: 12,
      headOwner: 'acme',
      headRef: 'retrain',
      headSha: HEAD,
      state: 'closed',
      mergeCommitSha: SHA,
    })
    for (let i = 0; i < 140; i++)
      gh.reviews.push(
        review(`reviewer-${i % 7}`, {
          state: 'COMMENTED',
          submittedAt: `2026-03-01T10:${String(i % 60).padStart(2, '0')}:00Z`,
        }),
      )
    gh.reviews.push(
      review('luis-ot', { state: 'CHANGES_REQUESTED', submittedAt: '2026-03-02T08:00:00Z' }),
    )
    gh.reviews.push(
      review('luis-ot', { submittedAt: '2026-03-02T09:00:00Z' }),
      review('luis-ot', { state: 'COMMENTED', submittedAt: '2026-03-02T09:30:00Z' }),
    )
    gh.reviews.push(review('carla-qa'))
    const e = await g3()
    expect(gh.violations).toEqual([])
    expect(e.status, e.summary).toBe('pass')
    expect(gh.requests.filter((r) => r.template.endsWith('/reviews')).map((r) => r.path)).toEqual([
      '/repos/acme/plant-models/pulls/12/reviews?per_page=100',
      expect.stringContaining('page=2'),
    ])
  })

  it('an environment the run never waited on is an error naming approvals.json and its pointer', async () => {
    gh.runApprovals.push(env('luis-ot', 'staging'))
    const e = await g3()
    expect(e.status).toBe('error')
    expect(e.problems[0]).toMatchObject({
      file: 'ssot/approvals.json',
      pointer: '/gates/G3/environments',
      found: 'staging',
    })
  })

  it.each([
    ['read-only', 403, /lacks actions: read/],
    ['bad-gateway', 502, /failed/],
  ] as const)(
    'the approvals endpoint answering %s is an error that names what is missing',
    async (kind, _status, message) => {
      gh.inject('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}/approvals', kind, 10)
      const e = await g3()
      expect(e.status).toBe('error')
      expect(e.problems[0]!.message).toMatch(message)
    },
  )

  it('a 404 from the approvals endpoint says so', async () => {
    gh.faults.push({
      method: 'GET',
      template: '/repos/{owner}/{repo}/actions/runs/{run_id}/approvals',
      status: 404,
      body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
      times: 1,
    })
    const e = await g3()
    expect(e.status).toBe('error')
    expect(e.problems[0]!.message).toMatch(/answered 404/)
  })

  it('a team is resolved with members: read, and is an error (never empty, never anyone) without it', async () => {
    const cfg = JSON.parse(readFileSync(join(ws, 'ssot', 'approvals.json'), 'utf8'))
    cfg.roles.qa.members = ['team:acme/qa']
    writeFileSync(join(ws, 'ssot', 'approvals.json'), JSON.stringify(cfg))
    gh.runApprovals.push(env('luis-ot', 'ot-signoff'), env('nora-qa', 'qa-signoff'))
    let e = await g3()
    expect(e.status).toBe('error')
    expect(e.problems[0]).toMatchObject({
      file: 'ssot/approvals.json',
      pointer: '/roles/qa/members/0',
    })
    expect(e.problems[0]!.message).toMatch(/members: read/)
    gh.teams['acme/qa'] = ['nora-qa']
    e = await g3()
    expect(gh.violations).toEqual([])
    expect(e.status, JSON.stringify(e.problems)).toBe('pass')
  })
})
