import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createGitHubClient } from '../../src/github/octokit.js'
import { verifyHeldVersion } from '../../src/registry/bundle.js'
import { chainExitCode } from '../../src/registry/chain.js'
import { GitHubRegistry } from '../../src/registry/github/releases.js'
import { parseLedger } from '../../src/registry/github/ledger.js'
import { productionAt } from '../../src/registry/lifecycle.js'
import { rollbackModel } from '../../src/registry/rollback.js'
import { startGitHubStandin, type GitHubStandin } from '../support/github-api-standin.js'
import { gateEvidence, makeWorkspace, releaseVersion } from './release-fixture.js'
import { writeReportFiles } from '../../src/report/files.js'
import { attachGateEvidence } from '../../src/registry/candidate.js'

let gh: GitHubStandin
let dir: string
const MODEL = 'seattle-ny-temp-max'
const actor = {
  login: 'ana-ml',
  runId: '42',
  runUrl: 'https://github.com/acme/models/actions/runs/42',
}

beforeAll(async () => {
  gh = await startGitHubStandin()
  dir = mkdtempSync(join(tmpdir(), 'mg-gh-reg-'))
}, 60_000)
afterEach(() => {
  expect(gh.violations, 'every request and response matches the OpenAPI description').toEqual([])
  gh.reset()
})
afterAll(async () => {
  await gh.stop()
  rmSync(dir, { recursive: true, force: true })
})

function registry(sha = 'a'.repeat(40)) {
  const client = createGitHubClient('ghs_test', {
    baseUrl: gh.url,
    backoffMs: 5,
    rateLimitUnitMs: 20,
    writeSpacingMs: 0,
    log: () => {},
  })
  return new GitHubRegistry({ client, owner: 'acme', repo: 'models', targetCommitish: sha })
}

describe('the GitHub Releases registry, over the wire', () => {
  it('candidate draft -> assets -> G5 publishes -> second version -> rollback with ledger, ref and latest', async () => {
    const reg = registry()
    const ws1 = makeWorkspace(join(dir, 'v1'), '1.0.0', 'model one bytes')
    await releaseVersion(reg, ws1, { mode: 'local' }, new Date('2026-11-01T10:00:00Z'), actor)
    const draft = gh.registry.releases.find((r) => r.tag_name === `${MODEL}-v1.0.0`)!
    expect(draft.draft).toBe(true)
    expect(draft.assets.map((a) => a.name)).toEqual(
      expect.arrayContaining([
        'temp_max.onnx',
        'MODEL_CARD.md',
        'modelgate-version.json',
        'G0.evidence.json',
        'G5.html',
        'manifest.json',
      ]),
    )
    // Uploaded on the release's upload_url, as bytes.
    expect(
      gh.requests.some(
        (r) =>
          r.template === '/repos/{owner}/{repo}/releases/{release_id}/assets' &&
          r.method === 'POST',
      ),
    ).toBe(true)
    const v1 = (await reg.version({ model: MODEL, version: '1.0.0' }))!
    expect(v1).toMatchObject({ draft: true, state: 'validation' })
    expect(chainExitCode(await verifyHeldVersion(reg, v1))).toBe(0)
    await reg.promote(v1, { login: 'release-manager' }, 'G5 pass')
    expect(draft.draft).toBe(false)
    expect(gh.registry.latestId).toBe(draft.id)
    expect(gh.registry.refs.get(`refs/tags/${MODEL}-production`)).toBe('a'.repeat(40))
    // Published and immutable: no more assets, and the registry says why before GitHub does.
    await expect(reg.attachFile(v1, 'late.txt', join(ws1, 'MODEL_CARD.md'))).rejects.toThrow(
      /is published; its assets cannot change/,
    )
    await expect(releaseVersion(reg, ws1, { mode: 'local' }, new Date(), actor)).rejects.toThrow(
      /already published/,
    )

    const reg2 = registry('b'.repeat(40))
    const ws2 = makeWorkspace(join(dir, 'v2'), '1.1.0', 'model two bytes')
    await releaseVersion(reg2, ws2, { mode: 'local' }, new Date('2026-11-10T10:00:00Z'), actor)
    await reg2.promote({ model: MODEL, version: '1.1.0' }, { login: 'release-manager' })
    expect(gh.registry.refs.get(`refs/tags/${MODEL}-production`)).toBe('b'.repeat(40))

    const { outcome, moved } = await rollbackModel({
      registry: reg2,
      model: MODEL,
      reason: 'MAE doubled',
      actor,
    })
    expect(outcome.status).toBe('pass')
    expect(moved?.toTag).toBe(`${MODEL}-v1.0.0`)
    expect(gh.registry.refs.get(`refs/tags/${MODEL}-production`)).toBe('a'.repeat(40))
    expect(gh.registry.latestId).toBe(draft.id)
    // The ledger: readable on the Releases page, and answering "which version on date X".
    const ledgerRelease = gh.registry.releases.find((r) => r.tag_name === `${MODEL}-registry`)!
    expect(ledgerRelease).toMatchObject({ draft: false, prerelease: true })
    expect(ledgerRelease.body).toMatch(/\*\*In production:\*\* <code>1\.0\.0<\/code>/)
    expect(ledgerRelease.body).toMatch(
      /\| rollback \| <code>1\.0\.0<\/code> \| <code>1\.1\.0<\/code> \| ana-ml \|/,
    )
    const ledger = parseLedger(ledgerRelease.body, 'ledger')
    expect(ledger.versions.find((v) => v.version === '1.1.0')?.state).toBe('rolled-back')
    expect(productionAt(ledger.history, new Date())).toBe('1.0.0')
    await expect(reg2.promote({ model: MODEL, version: '1.1.0' }, {})).rejects.toThrow(
      /rolled back/,
    )
  }, 60_000)

  it('records freezes and state changes in the ledger, and refuses evidence about another model', async () => {
    const reg = registry()
    const ws = makeWorkspace(join(dir, 'f1'), '3.0.0', 'model f1')
    await releaseVersion(reg, ws, { mode: 'local' }, new Date(), actor, { skipG5: true })
    const ref = { model: MODEL, version: '3.0.0' }
    await reg.setFrozen(ref, true, actor, 'drift on wind')
    expect((await reg.version(ref))?.frozen?.reason).toBe('drift on wind')
    await reg.setState(ref, 'pre-production', actor, 'shadow next')
    await expect(reg.setState(ref, 'production', actor)).rejects.toThrow(/promotion through G5/)
    const ledger = parseLedger(
      gh.registry.releases.find((r) => r.tag_name === `${MODEL}-registry`)!.body,
      'l',
    )
    expect(ledger.history.map((e) => e.kind)).toEqual(['register', 'freeze', 'state'])
    expect(ledger.versions[0]).toMatchObject({
      state: 'pre-production',
      frozen: { reason: 'drift on wind' },
    })
    // Evidence judged on another model file cannot join this candidate.
    const other = makeWorkspace(join(dir, 'f2'), '3.0.0', 'another model')
    const e = gateEvidence(other, 'G1', { mode: 'local' }, new Date())
    const files = await writeReportFiles(e, join(other, 'reports'))
    await expect(
      attachGateEvidence({
        registry: reg,
        workspaceRoot: ws,
        ssotPath: 'ssot',
        evidence: e,
        files,
      }),
    ).rejects.toThrow(/about another model than candidate/)
  }, 30_000)

  it('names the permissions line when the token cannot write releases', async () => {
    const ws = makeWorkspace(join(dir, 'v3'), '2.0.0', 'model three')
    gh.inject('POST', '/repos/{owner}/{repo}/releases', 'read-only', 5)
    await expect(
      releaseVersion(registry(), ws, { mode: 'local' }, new Date(), actor),
    ).rejects.toThrow(/permissions: contents: write/)
  })

  it('refuses a rollback to a version that never passed G5, and one whose files changed', async () => {
    const reg = registry()
    const ws1 = makeWorkspace(join(dir, 'r1'), '1.0.0', 'one')
    await releaseVersion(reg, ws1, { mode: 'local' }, new Date('2026-11-01T00:00:00Z'), actor)
    await reg.promote({ model: MODEL, version: '1.0.0' }, {})
    const ws2 = makeWorkspace(join(dir, 'r2'), '1.1.0', 'two')
    await releaseVersion(reg, ws2, { mode: 'local' }, new Date('2026-11-02T00:00:00Z'), actor, {
      skipG5: true,
    })
    const ws3 = makeWorkspace(join(dir, 'r3'), '1.2.0', 'three')
    await releaseVersion(reg, ws3, { mode: 'local' }, new Date('2026-11-03T00:00:00Z'), actor)
    await reg.promote({ model: MODEL, version: '1.2.0' }, {})
    const never = await rollbackModel({
      registry: reg,
      model: MODEL,
      to: '1.1.0',
      reason: 'x',
      actor,
    })
    expect(never.outcome.status).toBe('fail')
    expect(never.outcome.summary).toMatch(/never passed G5/)
    // Someone swaps the model bytes of 1.0.0 behind the registry's back (e.g. in a mirror): refused.
    const r1 = gh.registry.releases.find((r) => r.tag_name === `${MODEL}-v1.0.0`)!
    r1.assets.find((a) => a.name === 'temp_max.onnx')!.data = Buffer.from('swapped')
    const swapped = await rollbackModel({ registry: reg, model: MODEL, reason: 'x', actor })
    expect(swapped.outcome.status).toBe('fail')
    expect(swapped.outcome.summary).toMatch(/does not verify/)
    expect(swapped.outcome.checks.find((c) => c.id === 'rollback.verify.model')?.status).toBe(
      'fail',
    )
    expect((await reg.production(MODEL))?.version).toBe('1.2.0')
  }, 60_000)
})
