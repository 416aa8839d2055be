import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { EvidenceRecord } from '../../../src/contract/types.js'
import type { GitHubContext } from '../../../src/github/context.js'
import { alertDrift } from '../../../src/publish/github/drift-alert.js'
import { readMarker } from '../../../src/publish/github/drift-state.js'
import { startGitHubStandin, type GitHubStandin } from '../../support/github-api-standin.js'

let gh: GitHubStandin
beforeAll(async () => {
  gh = await startGitHubStandin()
})
afterAll(() => gh.stop())

/** A drift evidence record as the gate writes it: `drifted` names the drifted features (fail when it is not empty). */
function evidence(
  drifted: string[],
  alert: Record<string, unknown>,
  model = 'weather',
): EvidenceRecord {
  const features = ['temp_min', 'wind', 'precipitation', 'location']
  return {
    gate: 'drift',
    status: drifted.length >= 2 ? 'fail' : 'pass',
    summary: `${model}: ${drifted.length} of 4 features drift`,
    context: { mode: 'actions', runId: '1' },
    report: {
      model: { name: model },
      drift: { drifted: drifted.map((name) => ({ name, role: 'feature' })) },
      alert,
      tables: [
        {
          title: 'Drift per column',
          columns: [],
          rows: features.map((f) => [
            f,
            'feature',
            'numeric',
            'K-S p-value',
            0.01,
            0.05,
            drifted.includes(f) ? 'DRIFT' : 'no',
          ]),
        },
      ],
    },
  } as unknown as EvidenceRecord
}

const context = (runId: number): GitHubContext =>
  ({
    repo: { owner: 'acme', repo: 'plant' },
    sha: 'a'.repeat(40),
    eventName: 'schedule',
    runId,
    serverUrl: 'https://github.com',
    payload: {},
  }) as GitHubContext

const run = (e: EvidenceRecord, runId: number) =>
  alertDrift(e, context(runId), {
    token: 'ghs_test',
    apiUrl: gh.url,
    ref: 'main',
    client: { writeSpacingMs: 0, backoffMs: 1, rateLimitUnitMs: 1 },
    now: new Date('2026-06-01T00:00:00Z'),
  })

describe('drift alert over the GitHub API stand-in (checked against @octokit/openapi)', () => {
  it('one issue per episode, updated in place, comments only on verdict changes, one retrain dispatch after K runs, closed when drift ends', async () => {
    gh.reset()
    const alert = { freeze: false, retrain: { workflow: 'retrain.yml', consecutiveRuns: 3 } }
    // No drift and no open issue: nothing is written.
    expect((await run(evidence([], alert), 100)).issueNumber).toBeUndefined()
    expect(gh.issues).toHaveLength(0)

    const first = await run(evidence(['temp_min', 'wind'], alert), 101)
    expect(first.issueNumber).toBe(1)
    expect(gh.issues[0]!.labels).toEqual(['modelgate:drift'])
    expect(readMarker(gh.issues[0]!.body)?.state.consecutive).toBe(1)

    await run(evidence(['temp_min', 'wind'], alert), 102)
    // A re-run of the same run does not count twice.
    await run(evidence(['temp_min', 'wind'], alert), 102)
    expect(gh.issues).toHaveLength(1)
    expect(gh.comments).toHaveLength(0)
    expect(readMarker(gh.issues[0]!.body)?.state.consecutive).toBe(2)
    expect(gh.dispatches).toHaveLength(0)

    const third = await run(evidence(['temp_min', 'wind', 'precipitation'], alert), 103)
    expect(third.dispatched).toBe(true)
    expect(gh.dispatches).toEqual([
      {
        workflow: 'retrain.yml',
        ref: 'main',
        inputs: { reason: 'drift: precipitation, temp_min, wind', model: 'weather' },
      },
    ])
    expect(gh.comments).toHaveLength(1)
    expect(gh.comments[0]!.body).toMatch(/verdict changed/)
    expect(gh.comments[0]!.body).toMatch(/retraining dispatched/)

    // Drift goes on: never a second dispatch in the same episode, no comment while the verdict holds.
    for (const id of [104, 105])
      await run(evidence(['temp_min', 'wind', 'precipitation'], alert), id)
    expect(gh.dispatches).toHaveLength(1)
    expect(gh.comments).toHaveLength(1)
    expect(gh.issues).toHaveLength(1)
    expect(readMarker(gh.issues[0]!.body)?.state).toMatchObject({
      consecutive: 5,
      dispatched: true,
    })

    // Drift ends: a comment, and the issue is closed.
    await run(evidence([], alert), 106)
    expect(gh.issues[0]!.state).toBe('closed')
    expect(gh.comments.at(-1)!.body).toMatch(/Drift ended/)

    // A new episode opens a new issue, and may dispatch again after K runs.
    const again = await run(evidence(['wind', 'location'], alert), 107)
    expect(again.issueNumber).toBe(2)
    expect(gh.issues.filter((i) => i.state === 'open')).toHaveLength(1)
    expect(gh.dispatches).toHaveLength(1)
    expect(gh.violations).toEqual([])
  })

  it('freeze without a registry: the output and the label, removed when drift ends; each model has its own issue', async () => {
    gh.reset()
    const frozen = await run(evidence(['temp_min', 'wind'], { freeze: true }), 200)
    expect(frozen.frozen).toBe(true)
    expect(gh.issues[0]!.labels).toEqual(['modelgate:drift', 'modelgate:frozen'])
    const other = await run(evidence(['temp_min', 'wind'], { freeze: false }, 'other-model'), 200)
    expect(other.issueNumber).toBe(2)
    expect((await run(evidence(['temp_min', 'wind'], { freeze: true }), 201)).frozen).toBe(true)
    expect(gh.issues).toHaveLength(2)
    const ended = await run(evidence([], { freeze: true }), 202)
    expect(ended.frozen).toBe(false)
    expect(gh.issues[0]!.labels).toEqual(['modelgate:drift'])
    expect(gh.issues[0]!.state).toBe('closed')
    expect(gh.issues[1]!.state).toBe('open')
    expect(gh.violations).toEqual([])
  })

  it('leaves the issue alone when the check could not judge, and dispatches on the first drifted run when K is 1', async () => {
    gh.reset()
    const alert = { freeze: false, retrain: { workflow: '42', consecutiveRuns: 1 } }
    const broken = { ...evidence(['temp_min', 'wind'], alert), status: 'error' } as EvidenceRecord
    const r = await run(broken, 300)
    expect(r.notices.join(' ')).toMatch(/could not judge/)
    expect(gh.requests).toHaveLength(0)
    const first = await run(evidence(['temp_min', 'wind'], alert), 301)
    expect(first.dispatched).toBe(true)
    expect(gh.dispatches).toEqual([expect.objectContaining({ workflow: '42', ref: 'main' })])
    await run(evidence(['temp_min', 'wind'], alert), 302)
    expect(gh.dispatches).toHaveLength(1)
    expect(gh.violations).toEqual([])
  })
})
