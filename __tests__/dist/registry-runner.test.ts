import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createGitHubClient } from '../../src/github/octokit.js'
import { GitHubRegistry } from '../../src/registry/github/releases.js'
import { parseLedger } from '../../src/registry/github/ledger.js'
import { makeRunnerFolder, runActionAsync } from '../support/action-runner.js'
import { startGitHubStandin, type GitHubStandin } from '../support/github-api-standin.js'
import { makeWorkspace, releaseVersion } from '../registry/release-fixture.js'

/**
 * node dist/index.js as the runner runs it, against the GitHub stand-in:
 * gate: candidate makes the draft release, G0 with registry-attach adds its
 * evidence, the rest of the chain and G5's promotion happen in-process (G5 is
 * its own issue), a second version is released, then gate: rollback returns
 * to the first (pointer, ledger history, incident issue), and dist/cli.js
 * verify checks both downloaded releases.
 */
let gh: GitHubStandin
const folder = makeRunnerFolder({
  ssot: 'template/ssot',
  data: 'template/data',
  models: 'template/models',
  'MODEL_CARD.md': 'template/MODEL_CARD.md',
})
const MODEL = 'seattle-ny-temp-max'
const REPO_ENV = { GITHUB_REPOSITORY: 'acme/plant-models' }
let runId = 7000

beforeAll(async () => {
  gh = await startGitHubStandin()
}, 60_000)
afterAll(async () => {
  await gh?.stop()
})

const run = (inputs: Record<string, string>) =>
  runActionAsync(
    folder,
    { 'github-token': 'ghs_runner_token', comment: 'false', 'check-run': 'false', artifact: 'false', ...inputs },
    { eventName: 'workflow_dispatch', env: { GITHUB_API_URL: gh.url, GITHUB_RUN_ID: String(++runId), ...REPO_ENV } },
  )

function inProcessRegistry(sha: string) {
  const client = createGitHubClient('ghs_test', { baseUrl: gh.url, writeSpacingMs: 0, log: () => {} })
  return new GitHubRegistry({ client, owner: 'acme', repo: 'plant-models', targetCommitish: sha })
}

/** Downloads a release's assets into a folder, as a user would with `gh release download`. */
function downloadRelease(tag: string): string {
  const release = gh.registry.releases.find((r) => r.tag_name === tag)!
  const dir = mkdtempSync(join(tmpdir(), 'mg-release-'))
  for (const a of release.assets) writeFileSync(join(dir, a.name), a.data)
  return dir
}

describe('dist/index.js: candidate, attach, rollback; dist/cli.js verify', () => {
  it('runs the release path end to end', async () => {
    gh.registry.assignable = ['ana-ml']
    const c = await run({ gate: 'candidate' })
    expect(c.code, c.stdout).toBe(0)
    expect(c.outputs['candidate-tag']).toBe(`${MODEL}-v1.0.0`)
    const draft = gh.registry.releases.find((r) => r.tag_name === `${MODEL}-v1.0.0`)!
    expect(draft).toMatchObject({ draft: true, target_commitish: 'a'.repeat(40) })

    const g0 = await run({ gate: 'G0', 'registry-attach': 'true' })
    expect(g0.code, g0.stdout).toBe(0)
    expect(draft.assets.map((a) => a.name)).toEqual(expect.arrayContaining(['G0.evidence.json', 'G0.md', 'G0.html']))

    // G1..G5 as the gates shape them, then G5's promotion (in-process: G5 is another issue's).
    const reg = inProcessRegistry('a'.repeat(40))
    await releaseVersion(reg, folder.workspace, { mode: 'local' }, new Date(), { login: 'ana-ml' })
    await reg.promote({ model: MODEL, version: '1.0.0' }, { login: 'release-manager' })
    const ws2 = makeWorkspace(mkdtempSync(join(tmpdir(), 'mg-v2-')), '1.1.0', 'model 1.1.0 bytes')
    const reg2 = inProcessRegistry('b'.repeat(40))
    await releaseVersion(reg2, ws2, { mode: 'local' }, new Date(), { login: 'ana-ml' })
    await reg2.promote({ model: MODEL, version: '1.1.0' }, { login: 'release-manager' })
    expect(gh.registry.refs.get(`refs/tags/${MODEL}-production`)).toBe('b'.repeat(40))

    const rb = await run({ gate: 'rollback', reason: 'MAE doubled on the night shift' })
    expect(rb.code, rb.stdout).toBe(0)
    expect(rb.outputs['rolled-back-to']).toBe(`${MODEL}-v1.0.0`)
    expect(rb.outputs['rolled-back-from']).toBe(`${MODEL}-v1.1.0`)
    const modelSha = (await reg.version({ model: MODEL, version: '1.0.0' }))!.modelDigest
    expect(rb.outputs['rolled-back-model-digest']).toBe(modelSha)
    expect(rb.outputs.status).toBe('pass')
    expect(gh.registry.refs.get(`refs/tags/${MODEL}-production`)).toBe('a'.repeat(40))
    const evidence = JSON.parse(readFileSync(rb.outputs['evidence-path']!, 'utf8'))
    expect(evidence).toMatchObject({ gate: 'rollback', status: 'pass', report: { from: '1.1.0', to: '1.0.0' } })
    // The incident issue: labelled, assigned to the owner, the seed's steps, links to both releases.
    expect(gh.registry.issues).toHaveLength(1)
    const issue = gh.registry.issues[0]!
    expect(issue).toMatchObject({ labels: ['modelgate:incident'], assignees: ['ana-ml'] })
    expect(issue.body).toMatch(/1\. Alert[\s\S]*2\. Freeze[\s\S]*3\. Rollback[\s\S]*4\. RCA[\s\S]*5\. Fix/)
    expect(issue.body).toContain(`releases/tag/${MODEL}-v1.0.0`)
    expect(issue.body).toContain(`releases/tag/${MODEL}-v1.1.0`)
    expect(rb.outputs['incident-url']).toBe('https://github.com/acme/plant-models/issues/1')
    expect(evidence.report.incident.url).toBe(rb.outputs['incident-url'])
    const ledger = parseLedger(gh.registry.releases.find((r) => r.tag_name === `${MODEL}-registry`)!.body, 'ledger')
    expect(ledger.history.at(-1)).toMatchObject({ kind: 'rollback', version: '1.0.0', reason: 'MAE doubled on the night shift', actor: { login: 'octocat', runId: String(runId) } })

    // A second rollback to the rolled-back version is refused (fail), nothing moves, no second issue.
    const again = await run({ gate: 'rollback', to: '1.1.0', reason: 'try again' })
    expect(again.code).toBe(1)
    expect(again.stdout).toMatch(/rolled back before/)
    expect(gh.registry.issues).toHaveLength(1)

    // verify, offline, on both downloaded releases.
    for (const tag of [`${MODEL}-v1.0.0`, `${MODEL}-v1.1.0`]) {
      const v = spawnSync(process.execPath, [join(folder.action, 'dist', 'cli.js'), 'verify', downloadRelease(tag)], { encoding: 'utf8' })
      expect(v.status, v.stdout + v.stderr).toBe(0)
      expect(v.stdout).toMatch(/PASS +chain G5 -> G0/)
    }
    // And one edited byte in a downloaded release is caught.
    const dir = downloadRelease(`${MODEL}-v1.0.0`)
    const card = join(dir, 'MODEL_CARD.md')
    writeFileSync(card, readFileSync(card, 'utf8').replace('a', 'b'))
    const bad = spawnSync(process.execPath, [join(folder.action, 'dist', 'cli.js'), 'verify', dir], { encoding: 'utf8' })
    expect(bad.status).toBe(1)
    expect(bad.stdout).toMatch(/FAIL +manifest MODEL_CARD\.md/)
    expect(gh.violations).toEqual([])
  }, 120_000)

  it('names the permissions line when the token cannot write releases', async () => {
    gh.reset()
    gh.inject('POST', '/repos/{owner}/{repo}/releases', 'read-only', 5)
    const r = await run({ gate: 'candidate' })
    expect(r.code).toBe(2)
    expect(r.stdout).toMatch(/permissions: contents: write/)
    expect(r.outputs.status).toBe('error')
  }, 60_000)
})
