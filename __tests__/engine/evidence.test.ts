import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildEvidence, evidenceDigest, verifyEvidence } from '../../src/engine/evidence.js'
import { runContextFromEnv } from '../../src/engine/run-context.js'
import type { GateOutcome } from '../../src/contract/types.js'

const OUTCOME: GateOutcome = {
  status: 'pass',
  summary: 'ok',
  subject: { data: [], artifacts: [] },
  checks: [],
  problems: [],
  report: {},
}
const T0 = new Date('2026-11-22T10:00:00Z')
const T1 = new Date('2026-11-22T10:00:01Z')
const ACTIONS_ENV = {
  GITHUB_ACTIONS: 'true',
  GITHUB_REPOSITORY: 'acme/models',
  GITHUB_SHA: 'a'.repeat(40),
  GITHUB_RUN_ID: '7',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_ACTOR: 'octocat',
}

describe('the evidence record', () => {
  it('is digested over its RFC 8785 canonical form, and verifies', () => {
    const e = buildEvidence('G0', OUTCOME, runContextFromEnv(ACTIONS_ENV), T0, T1)
    expect(e.digest.value).toBe(evidenceDigest(e))
    expect(verifyEvidence(e, 'G0.evidence.json')).toEqual([])
    expect(verifyEvidence({ ...e, summary: 'edited' }, 'G0.evidence.json')[0]).toMatch(
      /digest mismatch/,
    )
  })

  it('names the repository, commit, run and event whenever it says it came from Actions', () => {
    expect(runContextFromEnv(ACTIONS_ENV)).toMatchObject({
      mode: 'actions',
      repository: 'acme/models',
      runId: '7',
      event: 'push',
    })
    expect(() =>
      buildEvidence('G0', OUTCOME, { mode: 'actions', repository: 'acme/models' }, T0, T1),
    ).toThrow(/sha|runId|event/)
    // A shell that merely sets GITHUB_ACTIONS cannot pass itself off as a traceable run.
    expect(runContextFromEnv({ GITHUB_ACTIONS: 'true' })).toEqual({ mode: 'local' })
  })

  it('in a workflow_run follow-up, records the judged commit and the listed pull request whose head it is', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-run-'))
    try {
      const head = 'b'.repeat(40)
      const eventPath = join(dir, 'event.json')
      writeFileSync(
        eventPath,
        JSON.stringify({
          workflow_run: {
            head_sha: head,
            head_branch: 'feature',
            pull_requests: [
              { number: 3, head: { sha: 'c'.repeat(40) } },
              { number: 9, head: { sha: head } },
            ],
          },
        }),
      )
      const env = {
        ...ACTIONS_ENV,
        GITHUB_EVENT_NAME: 'workflow_run',
        GITHUB_EVENT_PATH: eventPath,
      }
      expect(runContextFromEnv(env)).toMatchObject({
        sha: head,
        ref: 'refs/heads/feature',
        pullRequest: 9,
      })
      // A listed pull request that has moved on to another commit is not the one judged.
      writeFileSync(
        eventPath,
        JSON.stringify({
          workflow_run: {
            head_sha: head,
            pull_requests: [{ number: 3, head: { sha: 'c'.repeat(40) } }],
          },
        }),
      )
      expect(runContextFromEnv(env).pullRequest).toBeUndefined()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
