import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { EvidenceRecord, GateId, RunContext } from '../../src/contract/types.js'
import { buildEvidence } from '../../src/engine/evidence.js'
import { createGitHubClient } from '../../src/github/octokit.js'
import { GitHubRegistry } from '../../src/registry/github/releases.js'
import { makeRunnerFolder, runActionAsync } from '../support/action-runner.js'
import { startGitHubStandin, type GitHubStandin } from '../support/github-api-standin.js'
import { storedZip } from '../support/zip-writer.js'

/**
 * node dist/index.js as the runner runs it, G5 against the GitHub stand-in:
 * gate: candidate makes the draft release; G0 to G4 evidence from run 100 of
 * release.yml on main (uploaded as artifacts with GitHub's digests) is
 * attached; the Release Manager approves the production environment of the
 * G5 run. A G1 from a fork run is refused and leaves the draft as it was;
 * with G1 from the trusted run, G5 publishes the release, moves production
 * and sets the deploy outputs.
 */
let gh: GitHubStandin
const folder = makeRunnerFolder({
  ssot: 'template/ssot',
  models: 'template/models',
  'MODEL_CARD.md': 'template/MODEL_CARD.md',
})
const MODEL = 'seattle-ny-temp-max'
const TAG = `${MODEL}-v1.0.0`
const REF = { model: MODEL, version: '1.0.0' }
const SHA = 'a'.repeat(40)
const REPOSITORY = 'acme/plant-models'
const file = (path: string) => {
  const bytes = readFileSync(join(folder.workspace, path))
  return { path, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length }
}

beforeAll(async () => {
  gh = await startGitHubStandin()
}, 60_000)
afterAll(async () => {
  await gh?.stop()
})

const run = (inputs: Record<string, string>, runId: number) =>
  runActionAsync(
    folder,
    { 'github-token': 'ghs_runner_token', comment: 'false', 'check-run': 'false', artifact: 'false', ...inputs },
    { eventName: 'push', env: { GITHUB_API_URL: gh.url, GITHUB_RUN_ID: String(runId) } },
  )

const registry = () =>
  new GitHubRegistry({
    client: createGitHubClient('ghs_test', { baseUrl: gh.url, writeSpacingMs: 0, log: () => {} }),
    owner: 'acme',
    repo: 'plant-models',
    targetCommitish: SHA,
  })

/** A gate's evidence judged in `runId`, attached to the draft and uploaded as that run's artifact. */
async function judgedIn(gate: GateId, runId: number): Promise<EvidenceRecord> {
  const model = { role: 'model', ...file('models/temp_max.onnx') }
  const card = file('MODEL_CARD.md')
  const context: RunContext = {
    mode: 'actions',
    repository: REPOSITORY,
    sha: SHA,
    ref: 'refs/heads/main',
    runId: String(runId),
    event: 'push',
    actor: 'ana-ml',
    serverUrl: 'https://github.com',
  }
  const at = new Date(Date.now() - 3_600_000)
  const report =
    gate === 'G2'
      ? { manifest: [model, { role: 'model-card', ...card }] }
      : gate === 'G3'
        ? { approvals: { counted: [{ login: 'luis-ot' }, { login: 'carla-qa' }] } }
        : {}
  const e = buildEvidence(
    gate,
    { status: 'pass', summary: `${gate} ok`, subject: { model, data: [], artifacts: [] }, checks: [], problems: [], report },
    context,
    at,
    at,
  )
  await registry().attachEvidence(REF, e)
  gh.artifacts.push({
    id: 900 + gh.artifacts.length,
    runId,
    name: `modelgate-${gate}-${model.sha256.slice(0, 12)}-${'0'.repeat(12)}`,
    zip: storedZip({ [`${gate}.evidence.json`]: JSON.stringify(e, null, 2), [`${gate}.md`]: '# report' }),
  })
  return e
}

describe('dist/index.js: G5 releases the candidate', () => {
  it('refuses a G1 from a fork run and touches nothing, then releases the trusted chain', async () => {
    const c = await run({ gate: 'candidate' }, 7001)
    expect(c.code, c.stdout).toBe(0)
    gh.runs.push(
      { id: 100, path: '.github/workflows/release.yml', event: 'push', headBranch: 'main', headSha: SHA },
      { id: 101, path: '.github/workflows/release.yml', event: 'pull_request', headBranch: 'main', headSha: SHA, headRepository: 'mallory/plant-models' },
    )
    for (const gate of ['G0', 'G2', 'G3', 'G4'] as const) await judgedIn(gate, 100)
    await judgedIn('G1', 101)
    gh.runApprovals.push(
      { run: 7002, login: 'rosa-rm', state: 'approved', environments: ['production'], comment: 'ship it' },
      { run: 7003, login: 'rosa-rm', state: 'approved', environments: ['production'], comment: 'ship it' },
    )
    const draft = () => gh.registry.releases.find((r) => r.tag_name === TAG)!

    const refused = await run({ gate: 'G5' }, 7002)
    expect(refused.code, refused.stdout).toBe(1)
    expect(refused.summary).toMatch(/G5\.origin\.G1 \| fail \| untrusted run \| .*ran code from mallory\/plant-models \(a fork\)/)
    expect(refused.outputs).toMatchObject({ status: 'fail', 'release-tag': '', 'release-url': '', 'model-digest': '' })
    expect(draft().draft).toBe(true)
    expect(draft().assets.map((a) => a.name)).not.toContain('G5.evidence.json')

    await judgedIn('G1', 100)
    const r = await run({ gate: 'G5' }, 7003)
    expect(r.code, r.stdout).toBe(0)
    expect(r.outputs).toMatchObject({
      status: 'pass',
      'release-tag': TAG,
      'release-url': `https://github.com/${REPOSITORY}/releases/tag/${TAG}`,
      'model-digest': file('models/temp_max.onnx').sha256,
      'previous-release-tag': '',
    })
    expect(draft().draft).toBe(false)
    expect(draft().assets.map((a) => a.name)).toEqual(expect.arrayContaining(['G5.evidence.json', 'G5.md', 'G5.html']))
    expect((await registry().production(MODEL))!.version).toBe('1.0.0')
    expect(r.summary).toContain('Release checklist')
    expect(gh.violations).toEqual([])
  }, 120_000)
})
