import { readFileSync } from 'node:fs'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { EvidenceRecord } from '../../../src/contract/types.js'
import { publishEvidence, type PublishOptions } from '../../../src/publish/github/publish.js'
import { commentMarker, statusTag } from '../../../src/publish/github/comment-body.js'
import {
  makeEvidence,
  MERGE_SHA,
  PR_HEAD,
  prContext,
  pushContext,
  workflowRunContext,
  writeWorkspace,
} from '../../support/evidence-fixture.js'
import {
  ACTIONS_BOT,
  startGitHubStandin,
  type GitHubStandin,
} from '../../support/github-api-standin.js'

let gh: GitHubStandin
const CHECK_RUNS = '/repos/{owner}/{repo}/check-runs'
const COMMENTS = '/repos/{owner}/{repo}/issues/{issue_number}/comments'

beforeAll(async () => {
  gh = await startGitHubStandin()
}, 60_000)
afterEach(() => {
  expect(gh.violations, 'every request and response matches GitHub OpenAPI description').toEqual([])
  gh.reset()
})
afterAll(async () => {
  await gh.stop()
})

function setup(evidence: EvidenceRecord = makeEvidence()) {
  const { workspace, files } = writeWorkspace(evidence)
  const opts: PublishOptions = {
    token: 'ghs_test',
    comment: true,
    checkRun: true,
    artifact: false,
    files,
    workspace,
    apiUrl: gh.url,
    client: { backoffMs: 5, rateLimitUnitMs: 10, writeSpacingMs: 0 },
  }
  return { evidence, files, opts }
}
/** The first two lines of a modelgate comment for a gate, model and status on the PR head. */
const head = (
  gate: 'G0' | 'G1' | 'G2',
  status: 'pass' | 'fail' | 'error',
  model: string | undefined = 'seattle-temp-max',
) => `${commentMarker(gate, model)}\n${statusTag(status, PR_HEAD)}`
const G1_HEAD = (status: 'pass' | 'fail' | 'error') => head('G1', status)
const statuses = (method: string, template: string) =>
  gh.requests.filter((r) => r.method === method && r.template === template).map((r) => r.status)

describe('publishEvidence on a pull_request event, over HTTP', () => {
  it('leaves exactly one sticky comment after three runs and a check run per run on the PR head', async () => {
    const { evidence, opts } = setup()
    const urls = []
    for (let i = 0; i < 3; i++) {
      const r = await publishEvidence(evidence, opts, prContext())
      expect(r.warnings).toEqual([])
      urls.push(r.commentUrl)
      expect(r.checkRunId).toBe(gh.checkRuns.at(-1)!.id)
    }
    expect(new Set(urls).size).toBe(1)
    expect(gh.comments).toHaveLength(1)
    expect(gh.comments[0]!.body.startsWith('<!-- modelgate:G1:seattle-temp-max -->')).toBe(true)
    expect(gh.comments[0]!.body).toContain('https://github.com/acme/plant-models/actions/runs/77')
    expect(gh.checkRuns).toHaveLength(3)
    for (const run of gh.checkRuns) {
      expect(run).toMatchObject({
        name: 'modelgate / G1 Model Performance',
        head_sha: PR_HEAD,
        status: 'completed',
        conclusion: 'failure',
      })
      expect(run.annotations).toEqual([
        expect.objectContaining({
          path: 'ssot/kpi_acceptance.csv',
          start_line: 2,
          annotation_level: 'failure',
        }),
      ])
    }
    expect(gh.checkRuns.some((r) => r.head_sha === MERGE_SHA)).toBe(false)
  })

  it('colours the chain from an earlier gate comment on the same commit', async () => {
    const { opts } = setup()
    await publishEvidence(
      makeEvidence({ gate: 'G0', gateName: 'Data Quality', status: 'pass', checks: [] }),
      { ...opts, checkRun: false },
      prContext(),
    )
    await publishEvidence(makeEvidence(), { ...opts, checkRun: false }, prContext())
    expect(gh.comments).toHaveLength(2)
    expect(gh.comments[1]!.body).toContain('class G0 pass')
    expect(gh.comments[1]!.body).toContain('class G1 fail')
  })

  it('joins G0 into the G1 chain whether or not G0 names the model, in the comment and the check-run summary', async () => {
    const { opts } = setup()
    const g0 = (report: Record<string, unknown>, status: 'pass' | 'fail' = 'pass') =>
      makeEvidence({
        gate: 'G0',
        gateName: 'Data Quality',
        status,
        checks: [],
        report,
        subject: {
          data: [{ role: 'training', path: 'data/train.csv', sha256: '1a'.repeat(32), bytes: 5 }],
          artifacts: [],
        },
      })
    // G0 without ssot/model.json: no report.model and no subject.model.
    await publishEvidence(g0({}), { ...opts, checkRun: false }, prContext())
    expect(gh.comments[0]!.body.startsWith('<!-- modelgate:G0 -->\n')).toBe(true)
    await publishEvidence(makeEvidence(), opts, prContext())
    const g1 = gh.comments.find((c) => c.body.startsWith('<!-- modelgate:G1:seattle-temp-max -->'))!
    expect(g1.body).toContain('class G0 pass')
    expect(gh.checkRuns.at(-1)!.output.summary).toContain('class G0 pass')
    // G0 reading the model name from ssot/model.json: its own comment, joined by name; another model's G0 is not.
    gh.reset()
    await publishEvidence(
      g0({ model: { name: 'seattle-temp-max' } }, 'fail'),
      { ...opts, checkRun: false },
      prContext(),
    )
    await publishEvidence(
      g0({ model: { name: 'another-model' } }),
      { ...opts, checkRun: false },
      prContext(),
    )
    expect(gh.comments.map((c) => c.body.split('\n')[0])).toEqual([
      '<!-- modelgate:G0:seattle-temp-max -->',
      '<!-- modelgate:G0:another-model -->',
    ])
    await publishEvidence(makeEvidence(), opts, prContext())
    expect(gh.comments.at(-1)!.body).toContain('class G0 fail')
    expect(gh.checkRuns.at(-1)!.output.summary).toContain('class G0 fail')
  })

  it('sends the check run the detail as its text: every check, failing first', async () => {
    const checks = Array.from({ length: 30 }, (_, i) => ({
      id: `G1.kpi.${i + 2}`,
      rule: 'mae',
      variable: `v${i}`,
      value: i,
      operator: '<=' as const,
      threshold: 3,
      status: i === 7 ? ('fail' as const) : ('pass' as const),
      severity: 'block' as const,
    }))
    const { evidence, opts } = setup(makeEvidence({ checks }))
    await publishEvidence(evidence, opts, prContext())
    const text = gh.checkRuns[0]!.output.text!
    expect(text).toContain('### All checks')
    expect(text.match(/^\| (✅|❌) \|/gm)).toHaveLength(30)
    expect(text.indexOf('kpi.9')).toBeLessThan(text.indexOf('kpi.2'))
    expect(gh.checkRuns[0]!.output.summary).toContain(
      '<details><summary>29 passing checks</summary>',
    )
  })

  it('annotates G2 findings at the line their JSON pointer names in ssot/security.json', async () => {
    const security =
      '{\n  "keys": [],\n  "releaseMaterial": [\n    { "path": "models/model.onnx", "signature": "models/model.onnx.sig", "keyId": "release" },\n    { "path": "MODEL_CARD.md", "signature": "MODEL_CARD.md.sig", "keyId": "release" }\n  ]\n}\n'
    const evidence = makeEvidence({
      gate: 'G2',
      gateName: 'Security Review',
      checks: [
        {
          id: 'G2.signature.MODEL_CARD.md',
          rule: 'signature',
          variable: 'MODEL_CARD.md',
          value: false,
          status: 'fail',
          severity: 'block',
          message: 'the signature does not match',
          source: { file: 'ssot/security.json', pointer: '/releaseMaterial/1' },
        },
      ],
    })
    const { workspace, files } = writeWorkspace(evidence, { 'ssot/security.json': security })
    await publishEvidence(
      evidence,
      {
        token: 'ghs_test',
        comment: false,
        checkRun: true,
        artifact: false,
        files,
        workspace,
        apiUrl: gh.url,
        client: { backoffMs: 5, writeSpacingMs: 0 },
      },
      prContext(),
    )
    expect(gh.checkRuns[0]!.annotations).toEqual([
      expect.objectContaining({
        path: 'ssot/security.json',
        start_line: 5,
        end_line: 5,
        title: 'G2 signature (MODEL_CARD.md): fail',
      }),
    ])
  })

  it('still updates the newest copy when an older one cannot be deleted, and says so', async () => {
    const { evidence, opts } = setup()
    gh.comments.push(
      { id: 1, body: `${G1_HEAD('fail')}\nold copy`, user: ACTIONS_BOT, issue: 12 },
      { id: 2, body: `${G1_HEAD('fail')}\nnewer copy`, user: ACTIONS_BOT, issue: 12 },
    )
    gh.inject('DELETE', '/repos/{owner}/{repo}/issues/comments/{comment_id}', 'read-only')
    const r = await publishEvidence(evidence, opts, prContext())
    expect(r.warnings).toEqual([])
    expect(r.notices).toEqual([
      'Could not delete an older copy of the G1 comment for model seattle-temp-max (comment 1): Resource not accessible by integration - https://docs.github.com/rest/overview/permissions-required-for-github-apps',
    ])
    expect(r.commentUrl).toMatch(/#issuecomment-2$/)
    expect(gh.comments.map((c) => c.id)).toEqual([1, 2])
  })

  it('with a GitHub App token (GET /user 403), learns its App from the check run it creates and updates one comment in place', async () => {
    const { evidence, opts } = setup()
    gh.botLogin = 'plant-release[bot]'
    for (let i = 0; i < 3; i++)
      expect((await publishEvidence(evidence, opts, prContext())).warnings).toEqual([])
    expect(gh.comments).toHaveLength(1)
    expect(gh.comments[0]!.user).toBe('plant-release[bot]')
    expect(statuses('POST', COMMENTS)).toEqual([201])
    expect(statuses('PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}')).toEqual([
      200, 200,
    ])
  })

  it('with check runs off, an App token cannot prove which comment is its own: it writes a new one and deletes only its older copies', async () => {
    const { evidence, opts } = setup()
    gh.botLogin = 'plant-release[bot]'
    gh.comments.push({
      id: 1,
      body: `${G1_HEAD('pass')}\nanother App's`,
      user: 'other-app[bot]',
      issue: 12,
    })
    for (let i = 0; i < 3; i++)
      expect(
        (await publishEvidence(evidence, { ...opts, checkRun: false }, prContext())).warnings,
      ).toEqual([])
    expect(gh.comments.map((c) => c.user)).toEqual(['other-app[bot]', 'plant-release[bot]'])
    expect(gh.comments[0]!.body).toBe(`${G1_HEAD('pass')}\nanother App's`)
    expect(statuses('DELETE', '/repos/{owner}/{repo}/issues/comments/{comment_id}')).toEqual([
      204, 204,
    ])
  })

  it('colours the chain only from comments it provably wrote, with the tags on their first two lines', async () => {
    const { evidence, opts } = setup()
    gh.comments.push(
      // Another App's comment that starts like modelgate's G2 comment, and a reply by modelgate's own bot that quotes G0's tags.
      {
        id: 1,
        body: `${head('G2', 'pass')}\nG2 passed, honest`,
        user: 'other-app[bot]',
        issue: 12,
      },
      { id: 2, body: `Earlier:\n${head('G0', 'pass')}`, user: ACTIONS_BOT, issue: 12 },
    )
    await publishEvidence(evidence, opts, prContext())
    const body = gh.comments.find(
      (c) => c.user === ACTIONS_BOT && c.body.startsWith(G1_HEAD('fail')),
    )!.body
    // Before: G2 pass (any Bot counted) and G0 pass (tags matched anywhere in the body).
    for (const text of [body, gh.checkRuns[0]!.output.summary]) {
      expect(text).toContain('class G0 pending')
      expect(text).toContain('class G2 pending')
      expect(text).toContain('class G1 fail')
    }
    expect(gh.comments.find((c) => c.id === 1)!.body).toBe(
      `${head('G2', 'pass')}\nG2 passed, honest`,
    )
  })

  it('on a read-only token judges on: no comment, no check run, one warning per missing permission, evidence untouched', async () => {
    const { evidence, files, opts } = setup()
    const before = readFileSync(files.evidence)
    gh.inject('POST', CHECK_RUNS, 'read-only', 10)
    gh.inject('POST', COMMENTS, 'read-only', 10)
    const r = await publishEvidence(evidence, opts, prContext())
    expect(r.checkRunId).toBeUndefined()
    expect(r.commentUrl).toBeUndefined()
    expect(r.warnings).toHaveLength(2)
    expect(r.warnings[0]).toContain('`permissions: checks: write`')
    expect(r.warnings[1]).toContain('`permissions: pull-requests: write`')
    // On a fork that line cannot help: the warning names what does.
    for (const w of r.warnings)
      expect(w).toMatch(
        /pull request from a fork .* follow-up workflow triggered by `workflow_run`/,
      )
    expect(readFileSync(files.evidence).equals(before)).toBe(true)
    expect(evidence.status).toBe('fail')
    // A permission 403 is not retried.
    expect(statuses('POST', CHECK_RUNS)).toEqual([403])
  })

  it('rides out a 429 and a secondary rate limit, then publishes', async () => {
    const { evidence, opts } = setup()
    gh.inject('POST', CHECK_RUNS, 'rate-limit')
    gh.inject('POST', COMMENTS, 'secondary-rate-limit')
    const r = await publishEvidence(evidence, opts, prContext())
    expect(r.warnings).toEqual([])
    expect(r.checkRunId).toBeTypeOf('number')
    expect(r.commentUrl).toMatch(/#issuecomment-\d+$/)
    expect(statuses('POST', CHECK_RUNS)).toEqual([429, 201])
    expect(statuses('POST', COMMENTS)).toEqual([403, 201])
    expect(r.notices.join('\n')).toMatch(/secondary rate limit on POST .*retrying in 1 s/)
  })

  it('retries a 502 on the comment list and then succeeds', async () => {
    const { evidence, opts } = setup()
    gh.inject('GET', COMMENTS, 'bad-gateway')
    const r = await publishEvidence(evidence, opts, prContext())
    expect(r.warnings).toEqual([])
    expect(statuses('GET', COMMENTS)).toEqual([502, 200])
    expect(gh.comments).toHaveLength(1)
  })

  it('turns an outage into a warning without throwing', async () => {
    const { evidence, opts } = setup()
    gh.inject('POST', CHECK_RUNS, 'bad-gateway', 10)
    const r = await publishEvidence(evidence, opts, prContext())
    expect(r.checkRunId).toBeUndefined()
    expect(r.warnings).toEqual([
      expect.stringContaining('could not create the check run (HTTP 502)'),
    ])
    expect(r.commentUrl).toBeTruthy()
  })

  it('shortens a comment over the limit and points to the artifact', async () => {
    const checks = Array.from({ length: 4000 }, (_, i) => ({
      id: `G1.kpi.${i}`,
      rule: 'mae',
      variable: `v${i}`,
      value: i,
      status: 'fail' as const,
      severity: 'block' as const,
      message: 'y'.repeat(50),
    }))
    const { evidence, opts } = setup(makeEvidence({ checks }))
    const r = await publishEvidence(evidence, opts, prContext())
    expect(r.warnings).toEqual([])
    const body = gh.comments[0]!.body
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(body).toContain('Full report in the artifact')
    const summary = (
      gh.requests.find((q) => q.method === 'POST' && q.template === CHECK_RUNS)!.body as {
        output: { summary: string }
      }
    ).output.summary
    expect(summary.length).toBeLessThanOrEqual(65_535)
  })

  it('updates only its own comment, not a look-alike by another user', async () => {
    const { evidence, opts } = setup()
    gh.comments.push({
      id: 1,
      body: '<!-- modelgate:G1:seattle-temp-max --> fake',
      user: 'mallory',
      issue: 12,
    })
    await publishEvidence(evidence, opts, prContext())
    expect(gh.comments).toHaveLength(2)
    expect(gh.comments[0]!.body).toBe('<!-- modelgate:G1:seattle-temp-max --> fake')
    expect(gh.comments[1]!.user).toBe(ACTIONS_BOT)
  })
})

describe('publishEvidence in a workflow_run follow-up (pull requests from forks)', () => {
  it("finds the fork's open pull request by owner and branch, comments on it and checks its head", async () => {
    const { evidence, opts } = setup()
    gh.pulls.push(
      {
        number: 31,
        headOwner: 'forker',
        headRef: 'feature/x',
        headSha: 'e'.repeat(40),
        state: 'closed',
      },
      { number: 12, headOwner: 'forker', headRef: 'feature/x', headSha: PR_HEAD, state: 'open' },
      { number: 13, headOwner: 'other', headRef: 'feature/x', headSha: PR_HEAD, state: 'open' },
    )
    for (let i = 0; i < 2; i++) {
      const r = await publishEvidence(evidence, opts, workflowRunContext())
      expect(r.warnings).toEqual([])
      expect(r.commentUrl).toMatch(/\/pull\/12#issuecomment-\d+$/)
    }
    expect(gh.comments).toHaveLength(1)
    expect(gh.comments[0]!.issue).toBe(12)
    expect(gh.checkRuns.map((c) => c.head_sha)).toEqual([PR_HEAD, PR_HEAD])
    const lookups = gh.requests.filter((q) => q.template === '/repos/{owner}/{repo}/pulls')
    expect(lookups.map((q) => new URL(q.path, gh.url).searchParams.get('head'))).toEqual([
      'forker:feature/x',
      'forker:feature/x',
    ])
  })

  it('uses the pull request GitHub lists on the run for branches of the repository', async () => {
    const { evidence, opts } = setup()
    await publishEvidence(
      evidence,
      opts,
      workflowRunContext({
        headOwner: 'acme',
        pullRequests: [{ number: 12, head: { sha: PR_HEAD } }],
      }),
    )
    expect(gh.comments[0]!.issue).toBe(12)
    expect(gh.requests.some((q) => q.template === '/repos/{owner}/{repo}/pulls')).toBe(false)
  })

  it('without an open pull request on that commit, or after a push, still checks the judged commit', async () => {
    const { evidence, opts } = setup()
    const r = await publishEvidence(evidence, opts, workflowRunContext())
    expect(r.commentUrl).toBeUndefined()
    expect(r.notices).toContain(
      `No PR comment: no open pull request has ${PR_HEAD} as its head any more.`,
    )
    const push = await publishEvidence(evidence, opts, workflowRunContext({ event: 'push' }))
    expect(push.notices).toContain(
      'No PR comment: the workflow_run event is not about a pull request.',
    )
    expect(gh.checkRuns.map((c) => c.head_sha)).toEqual([PR_HEAD, PR_HEAD])
    expect(gh.comments).toEqual([])
  })
})

describe('publishEvidence off pull requests and without credentials', () => {
  it('skips the comment with a notice on push, and checks the pushed commit', async () => {
    const { evidence, opts } = setup()
    const r = await publishEvidence(evidence, opts, pushContext())
    expect(r.commentUrl).toBeUndefined()
    expect(r.notices).toContain('No PR comment: the push event is not about a pull request.')
    expect(gh.checkRuns[0]!.head_sha).toBe(MERGE_SHA)
    expect(gh.requests.some((q) => q.template.includes('comments'))).toBe(false)
  })

  it('warns when there is no token, and when the artifact service is unreachable', async () => {
    const { evidence, opts } = setup()
    const saved = { url: process.env.ACTIONS_RESULTS_URL, token: process.env.ACTIONS_RUNTIME_TOKEN }
    delete process.env.ACTIONS_RESULTS_URL
    delete process.env.ACTIONS_RUNTIME_TOKEN
    try {
      const r = await publishEvidence(evidence, { ...opts, token: '', artifact: true }, prContext())
      expect(r.warnings).toHaveLength(2)
      expect(r.warnings[0]).toMatch(/could not upload the evidence artifact/)
      expect(r.warnings[1]).toMatch(/no GitHub token/)
      expect(gh.requests).toEqual([])
    } finally {
      if (saved.url !== undefined) process.env.ACTIONS_RESULTS_URL = saved.url
      if (saved.token !== undefined) process.env.ACTIONS_RUNTIME_TOKEN = saved.token
    }
  })
})
