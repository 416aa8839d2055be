import { describe, expect, it } from 'vitest'
import { buildEvidence, evidenceDigest, verifyEvidence } from '../../src/engine/evidence.js'
import { runContextFromEnv } from '../../src/engine/run-context.js'
import type { GateOutcome } from '../../src/engine/types.js'

const OUTCOME: GateOutcome = { status: 'pass', summary: 'ok', subject: { data: [], artifacts: [] }, checks: [], problems: [], report: {} }
const T0 = new Date('2026-11-22T10:00:00Z')
const T1 = new Date('2026-11-22T10:00:01Z')
const ACTIONS_ENV = { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'acme/models', GITHUB_SHA: 'a'.repeat(40), GITHUB_RUN_ID: '7', GITHUB_EVENT_NAME: 'push', GITHUB_ACTOR: 'octocat' }

describe('the evidence record', () => {
  it('is digested over its RFC 8785 canonical form, and verifies', () => {
    const e = buildEvidence('G0', OUTCOME, runContextFromEnv(ACTIONS_ENV), T0, T1)
    expect(e.digest.value).toBe(evidenceDigest(e))
    expect(verifyEvidence(e, 'G0.evidence.json')).toEqual([])
    expect(verifyEvidence({ ...e, summary: 'edited' }, 'G0.evidence.json')[0]).toMatch(/digest mismatch/)
  })

  it('names the repository, commit, run and event whenever it says it came from Actions', () => {
    expect(runContextFromEnv(ACTIONS_ENV)).toMatchObject({ mode: 'actions', repository: 'acme/models', runId: '7', event: 'push' })
    expect(() => buildEvidence('G0', OUTCOME, { mode: 'actions', repository: 'acme/models' }, T0, T1)).toThrow(/sha|runId|event/)
    // A shell that merely sets GITHUB_ACTIONS cannot pass itself off as a traceable run.
    expect(runContextFromEnv({ GITHUB_ACTIONS: 'true' })).toEqual({ mode: 'local' })
  })
})
