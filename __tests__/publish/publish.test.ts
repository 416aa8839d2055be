import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { runContextFromEnv } from '../../src/engine/run-context.js'
import { commentMarker, knownModelName } from '../../src/publish/github/comment-body.js'
import { contextFromEnv } from '../../src/github/context.js'
import { publishEvidence } from '../../src/publish/github/publish.js'
import { makeEvidence, writeWorkspace } from '../support/evidence-fixture.js'
import { startGitHubStandin, type GitHubStandin } from '../support/github-api-standin.js'

/** What src/main.ts does: the context from the runner's environment and event file, then publishEvidence, over HTTP. */
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

function runnerEnv(eventName: string, event: unknown): NodeJS.ProcessEnv {
  const eventPath = join(mkdtempSync(join(tmpdir(), 'mg-event-')), 'event.json')
  writeFileSync(eventPath, JSON.stringify(event))
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'acme/plant-models',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_RUN_ID: '4242',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
  }
}

describe('publishing from the runner environment (the action entry)', () => {
  it('publishes the check run on the PR head and the sticky comment on the PR', async () => {
    const evidence = makeEvidence()
    const { workspace, files } = writeWorkspace(evidence)
    const ctx = contextFromEnv(
      runnerEnv('pull_request', { pull_request: { number: 7, head: { sha: 'c'.repeat(40) } } }),
    )!
    const r = await publishEvidence(
      evidence,
      {
        token: 'ghs_x',
        comment: true,
        checkRun: true,
        artifact: false,
        files,
        workspace,
        apiUrl: gh.url,
        client: { backoffMs: 5 },
      },
      ctx,
    )
    expect(r.warnings).toEqual([])
    expect(gh.checkRuns[0]).toMatchObject({
      head_sha: 'c'.repeat(40),
      details_url: 'https://github.com/acme/plant-models/actions/runs/4242',
    })
    expect(gh.comments[0]).toMatchObject({ issue: 7 })
    expect(
      gh.comments[0]!.body.startsWith(commentMarker(evidence.gate, knownModelName(evidence))),
    ).toBe(true)
    expect(r.commentUrl).toBe(
      `https://github.com/acme/plant-models/pull/7#issuecomment-${gh.comments[0]!.id}`,
    )
  }, 30_000)

  it('skips the comment without a pull request', async () => {
    const evidence = makeEvidence()
    const { workspace, files } = writeWorkspace(evidence)
    const ctx = contextFromEnv(runnerEnv('schedule', { schedule: '0 3 * * *' }))!
    const r = await publishEvidence(
      evidence,
      {
        token: 'ghs_x',
        comment: true,
        checkRun: false,
        artifact: false,
        files,
        workspace,
        apiUrl: gh.url,
      },
      ctx,
    )
    expect(r.notices).toEqual(['No PR comment: the schedule event is not about a pull request.'])
    expect(gh.requests).toEqual([])
  })

  it('in a workflow_run follow-up, judges and publishes the triggering commit, and comments on its pull request', async () => {
    const evidence = makeEvidence()
    const { workspace, files } = writeWorkspace(evidence)
    const env = runnerEnv('workflow_run', {
      action: 'completed',
      workflow_run: {
        event: 'pull_request',
        head_sha: 'c'.repeat(40),
        head_branch: 'fix',
        head_repository: { owner: { login: 'forker' } },
        pull_requests: [],
      },
    })
    gh.pulls.push({
      number: 7,
      headOwner: 'forker',
      headRef: 'fix',
      headSha: 'c'.repeat(40),
      state: 'open',
    })
    const r = await publishEvidence(
      evidence,
      {
        token: 'ghs_x',
        comment: true,
        checkRun: true,
        artifact: false,
        files,
        workspace,
        apiUrl: gh.url,
        client: { backoffMs: 5 },
      },
      contextFromEnv(env)!,
    )
    expect(r.warnings).toEqual([])
    expect(gh.comments[0]).toMatchObject({ issue: 7 })
    expect(gh.checkRuns[0]!.head_sha).toBe('c'.repeat(40))
    // The evidence names the commit it judged: the fork's head, not the default branch the follow-up runs on.
    expect(runContextFromEnv(env)).toMatchObject({
      mode: 'actions',
      sha: 'c'.repeat(40),
      ref: 'refs/heads/fix',
      event: 'workflow_run',
    })
  })

  it('has no context outside a repository', () => {
    expect(contextFromEnv({})).toBeUndefined()
  })
})
