import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { commentMarker, publishEvidence, type PublishContext } from '../../src/publish/publish.js'
import { makeEvidence, writeWorkspace } from '../support/evidence-fixture.js'
import { startGitHubStandin, type GitHubStandin } from '../support/github-api-standin.js'

/** The call shape src/main.ts uses, mapped onto src/publish/github/publish.ts. */
let gh: GitHubStandin
beforeAll(async () => {
  gh = await startGitHubStandin()
}, 60_000)
afterEach(() => {
  expect(gh.violations).toEqual([])
  gh.reset()
})
afterAll(async () => {
  await gh.stop()
})

const ctx: PublishContext = { eventName: 'pull_request', owner: 'acme', repo: 'plant-models', sha: 'a'.repeat(40), runId: '4242', serverUrl: 'https://github.com', pullRequest: { number: 7, headSha: 'c'.repeat(40) } }

describe('publishEvidence (entry used by the action)', () => {
  it('publishes the check run on the PR head and the sticky comment on the PR', async () => {
    const evidence = makeEvidence()
    const { workspace, files } = writeWorkspace(evidence)
    const r = await publishEvidence(evidence, files, { token: 'ghs_x', comment: true, checkRun: true, artifact: false, workspace, apiUrl: gh.url, backoffMs: 5 }, ctx)
    expect(r.warnings).toEqual([])
    expect(gh.checkRuns[0]).toMatchObject({ head_sha: 'c'.repeat(40), details_url: 'https://github.com/acme/plant-models/actions/runs/4242' })
    expect(gh.comments[0]).toMatchObject({ issue: 7 })
    expect(gh.comments[0]!.body.startsWith(commentMarker(evidence))).toBe(true)
    expect(r.commentUrl).toBe(`https://github.com/acme/plant-models/pull/7#issuecomment-${gh.comments[0]!.id}`)
  }, 30_000)

  it('skips the comment without a pull request', async () => {
    const evidence = makeEvidence()
    const { workspace, files } = writeWorkspace(evidence)
    const { pullRequest: _pr, ...push } = ctx
    const r = await publishEvidence(evidence, files, { token: 'ghs_x', comment: true, checkRun: false, artifact: false, workspace, apiUrl: gh.url }, { ...push, eventName: 'schedule' })
    expect(r.notices).toEqual(['No PR comment: the schedule event is not about a pull request.'])
    expect(gh.requests).toEqual([])
  })

  it('in a workflow_run follow-up, reads the triggering run from the event file and comments on its pull request', async () => {
    const evidence = makeEvidence()
    const { workspace, files } = writeWorkspace(evidence)
    const eventPath = join(mkdtempSync(join(tmpdir(), 'mg-event-')), 'event.json')
    writeFileSync(eventPath, JSON.stringify({ action: 'completed', workflow_run: { event: 'pull_request', head_sha: 'c'.repeat(40), head_branch: 'fix', head_repository: { owner: { login: 'forker' } }, pull_requests: [] } }))
    gh.pulls.push({ number: 7, headOwner: 'forker', headRef: 'fix', headSha: 'c'.repeat(40), state: 'open' })
    const saved = process.env.GITHUB_EVENT_PATH
    process.env.GITHUB_EVENT_PATH = eventPath
    try {
      const { pullRequest: _pr, ...base } = ctx
      const r = await publishEvidence(evidence, files, { token: 'ghs_x', comment: true, checkRun: true, artifact: false, workspace, apiUrl: gh.url, backoffMs: 5 }, { ...base, eventName: 'workflow_run' })
      expect(r.warnings).toEqual([])
      expect(gh.comments[0]).toMatchObject({ issue: 7 })
      expect(gh.checkRuns[0]!.head_sha).toBe('c'.repeat(40))
    } finally {
      if (saved === undefined) delete process.env.GITHUB_EVENT_PATH
      else process.env.GITHUB_EVENT_PATH = saved
    }
  })
})
