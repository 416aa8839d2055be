import { rmSync } from 'node:fs'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { EvidenceRecord, GateId, RunContext } from '../../../src/contract/types.js'
import { createGitHubClient } from '../../../src/github/octokit.js'
import { workflowRunsOverRest } from '../../../src/github/workflow-runs.js'
import { startGitHubStandin, type GitHubStandin } from '../../support/github-api-standin.js'
import { storedZip } from '../../support/zip-writer.js'
import { REF, REPOSITORY, releaseWorld, type ReleaseWorld } from './release-fixture.js'

/**
 * G5's trusted-origin checks over HTTP, against the API stand-in (every
 * request and response checked against GitHub's OpenAPI description): the
 * run each evidence names must exist here, run a trusted workflow file on the
 * default branch, not from a fork or pull_request_target, and its artifact
 * must have the digest GitHub recorded and hold this very evidence.
 */

const SHA = 'c'.repeat(40)
const GATES: GateId[] = ['G0', 'G1', 'G2', 'G3', 'G4']
const evidenceContext = (runId: number): RunContext => ({
  mode: 'actions',
  repository: REPOSITORY,
  sha: SHA,
  ref: 'refs/heads/main',
  runId: String(runId),
  event: 'push',
  actor: 'ana-ml',
  serverUrl: 'https://github.com',
})
const G5_CONTEXT: RunContext = { ...evidenceContext(900), actor: 'rita-rm', job: 'release' }

let gh: GitHubStandin
let w: ReleaseWorld
beforeAll(async () => {
  gh = await startGitHubStandin()
})
afterAll(() => gh.stop())
afterEach(() => rmSync(w.root, { recursive: true, force: true }))

const services = () => ({
  workflowRuns: workflowRunsOverRest(
    createGitHubClient('ghs_test', {
      baseUrl: gh.url,
      backoffMs: 5,
      rateLimitUnitMs: 20,
      writeSpacingMs: 0,
      log: () => {},
    }),
    REPOSITORY,
  ),
})

/** Every gate judged in run 100 of release.yml on main, its evidence uploaded as the artifact publishing names. */
async function trustedChain(): Promise<Record<string, EvidenceRecord>> {
  gh.reset()
  w = await releaseWorld({ context: evidenceContext(100) })
  gh.runs.push({
    id: 100,
    path: '.github/workflows/release.yml',
    event: 'push',
    headBranch: 'main',
    headSha: SHA,
  })
  const chain: Record<string, EvidenceRecord> = {}
  for (const [i, gate] of GATES.entries()) {
    const e = (await w.registry.readEvidence(REF, gate))!
    chain[gate] = e
    gh.artifacts.push({
      id: 500 + i,
      runId: 100,
      name: `modelgate-${gate}-${w.modelDigest.slice(0, 12)}-${'e'.repeat(12)}`,
      zip: storedZip({ [`${gate}.evidence.json`]: JSON.stringify(e), [`${gate}.md`]: '# report' }),
    })
  }
  return chain
}

const origin = (e: EvidenceRecord, gate: string) =>
  e.checks.find((c) => c.id === `G5.origin.${gate}`)!

describe('G5 trusted origins in Actions, over the wire', () => {
  it('trusts evidence from a run of release.yml on main whose artifact matches GitHub’s digest', async () => {
    await trustedChain()
    const e = await w.runG5({ context: G5_CONTEXT, services: services() })
    for (const gate of GATES)
      expect(origin(e, gate)).toMatchObject({
        status: 'pass',
        value: 'workflow-run',
        message: expect.stringMatching(
          /judged in run 100 \(\.github\/workflows\/release\.yml, push on main\); artifact modelgate-/,
        ),
      })
    expect(gh.violations).toEqual([])
    expect(gh.requests.map((r) => r.template)).toContain(
      '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
    )
  })

  const RUN_BYPASSES: { name: string; run: Partial<(typeof gh.runs)[number]>; message: RegExp }[] =
    [
      {
        name: 'G1 evidence from a fork run',
        run: { headRepository: 'mallory/models', event: 'pull_request', headBranch: 'main' },
        message: /ran code from mallory\/models \(a fork\)/,
      },
      {
        name: 'G1 evidence from pull_request_target',
        run: { event: 'pull_request_target' },
        message: /triggered by pull_request_target/,
      },
      {
        name: 'G1 evidence from another workflow file',
        run: { path: '.github/workflows/playground.yml' },
        message: /ran \.github\/workflows\/playground\.yml, not a trusted workflow/,
      },
      {
        name: 'G1 evidence from a feature branch',
        run: { headBranch: 'feature/tweak' },
        message: /ran on "feature\/tweak", not the default branch \(main\)/,
      },
      {
        name: 'G1 evidence whose run ran another commit',
        run: { headSha: 'd'.repeat(40) },
        message: /ran commit d{40}, the evidence names c{40}/,
      },
    ]
  it.each(RUN_BYPASSES)('$name is refused', async ({ run, message }) => {
    await trustedChain()
    gh.runs.push({
      id: 101,
      path: '.github/workflows/release.yml',
      event: 'push',
      headBranch: 'main',
      headSha: SHA,
      ...run,
    })
    const e1 = await w.attach('G1', { context: evidenceContext(101) })
    gh.artifacts.push({
      id: 601,
      runId: 101,
      name: `modelgate-G1-${w.modelDigest.slice(0, 12)}-x`,
      zip: storedZip({ 'G1.evidence.json': JSON.stringify(e1) }),
    })
    w.registry.writes.length = 0
    const e = await w.runG5({ context: G5_CONTEXT, services: services() })
    expect(e.status).toBe('fail')
    expect(origin(e, 'G1')).toMatchObject({
      status: 'fail',
      message: expect.stringMatching(message),
    })
    expect(origin(e, 'G0').status).toBe('pass')
    expect(w.registry.writes).toEqual([])
    expect(gh.violations).toEqual([])
  })

  const ARTIFACT_BYPASSES: {
    name: string
    act: (chain: Record<string, EvidenceRecord>) => Promise<void> | void
    message: RegExp
  }[] = [
    {
      name: 'an artifact changed after upload (its zip no longer has GitHub’s digest)',
      act: () => void (gh.artifacts[1]!.digest = `sha256:${'0'.repeat(64)}`),
      message: /has digest sha256:[0-9a-f]{64}, GitHub recorded sha256:0{64}/,
    },
    {
      name: 'registry evidence that is not the one the run uploaded',
      act: async () =>
        void (await w.attach('G1', {
          context: evidenceContext(100),
          finished: new Date('2026-11-29T00:00:00Z'),
        })),
      message: /holds evidence with digest [0-9a-f]{64}, not the released/,
    },
    {
      name: 'a run that uploaded no artifact for the gate',
      act: () => void gh.artifacts.splice(1, 1),
      message: /run 100 uploaded no artifact named modelgate-G1-/,
    },
    {
      name: 'an artifact without a recorded digest (upload-artifact v3)',
      act: () => void (gh.artifacts[1]!.digest = null),
      message: /GitHub records no digest for artifact/,
    },
    {
      name: 'a run that does not exist in this repository',
      act: async () => void (await w.attach('G1', { context: evidenceContext(4242) })),
      message: /Workflow run 4242 named by the G1 evidence does not exist in acme\/models/,
    },
    {
      name: 'evidence judged on a laptop',
      act: async () => void (await w.attach('G1', { context: { mode: 'local' } })),
      message: /judged in a local run, not in a workflow run of acme\/models/,
    },
  ]
  it.each(ARTIFACT_BYPASSES)('$name is refused', async ({ act, message }) => {
    const chain = await trustedChain()
    await act(chain)
    const e = await w.runG5({ context: G5_CONTEXT, services: services() })
    expect(e.status).toBe('fail')
    expect(origin(e, 'G1')).toMatchObject({
      status: 'fail',
      message: expect.stringMatching(message),
    })
    expect(gh.violations).toEqual([])
  })

  it('without a token it cannot judge origins: error naming the input', async () => {
    await trustedChain()
    const e = await w.runG5({ context: G5_CONTEXT })
    expect(e.status).toBe('error')
    expect(e.problems[0]).toMatchObject({
      expected: 'the github-token input (with permissions actions: read)',
    })
  })

  it('a token without actions: read is an error naming the permissions: line', async () => {
    await trustedChain()
    gh.inject('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}', 'read-only', 10)
    const e = await w.runG5({ context: G5_CONTEXT, services: services() })
    expect(e.status).toBe('error')
    expect(e.problems[0]).toMatchObject({
      message: 'G5 cannot read workflow run 100: the token lacks permission',
      expected: '`permissions: actions: read` (and contents: read) on the G5 job',
    })
  })
})
