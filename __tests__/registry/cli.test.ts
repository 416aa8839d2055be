import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run-cli.js'
import { LocalRegistry } from '../../src/registry/local.js'
import { productionAt } from '../../src/registry/lifecycle.js'
import { makeWorkspace, releaseVersion } from './release-fixture.js'

let dir: string
const MODEL = 'seattle-ny-temp-max'

async function cli(cwd: string, ...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd,
    env: { USER: 'ana-ml' },
  })
  return { code, stdout, stderr }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mg-cli-reg-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the registry from the CLI', () => {
  it('candidate -> real G0 --attach -> release -> second version -> rollback -> verify', async () => {
    const reg = join(dir, 'registry')
    const registry = new LocalRegistry({ root: reg })
    const ws1 = makeWorkspace(join(dir, 'v1'), '1.0.0', 'model one')
    const c = await cli(ws1, 'candidate', '--registry', reg)
    expect(c.stderr).toBe('')
    expect(c.code).toBe(0)
    expect(c.stdout).toMatch(/seattle-ny-temp-max-v1\.0\.0 candidate \(validation\)/)
    // A real gate, its evidence attached to the candidate.
    const g0 = await cli(ws1, 'G0', '--registry', reg, '--attach', '--out', 'reports')
    expect(g0.stderr).toMatch(
      /attached G0\.evidence\.json, G0\.md, G0\.html|attached G0\.evidence\.json/,
    )
    expect([0, 1]).toContain(g0.code)
    const g0Held = await registry.readEvidence({ model: MODEL, version: '1.0.0' }, 'G0')
    expect(g0Held?.gate).toBe('G0')
    // The rest of the chain (G1..G5 shaped as the gates shape them), then G5 promotes.
    const at1 = new Date()
    await releaseVersion(registry, ws1, { mode: 'local' }, at1, { login: 'ana-ml' })
    expect(g0Held?.status).toBe('pass')
    await registry.promote({ model: MODEL, version: '1.0.0' }, { login: 'release-manager' })

    const ws2 = makeWorkspace(join(dir, 'v2'), '1.1.0', 'model two')
    await releaseVersion(registry, ws2, { mode: 'local' }, new Date(), { login: 'ana-ml' })
    await registry.promote({ model: MODEL, version: '1.1.0' }, { login: 'release-manager' })

    // Rolling back without a reason is an error; to a version never released, a fail.
    expect((await cli(ws2, 'rollback', '--registry', reg)).code).toBe(2)
    const rb = await cli(
      ws2,
      'rollback',
      '--registry',
      reg,
      '--reason',
      'MAE doubled on night shift',
      '--out',
      'rb',
    )
    expect(rb.stderr).toMatch(/production is seattle-ny-temp-max-v1\.0\.0/)
    expect(rb.code).toBe(0)
    const evidence = JSON.parse(readFileSync(join(ws2, 'rb', 'rollback.evidence.json'), 'utf8'))
    expect(evidence).toMatchObject({ gate: 'rollback', status: 'pass' })
    expect(evidence.report).toMatchObject({
      from: '1.1.0',
      to: '1.0.0',
      reason: 'MAE doubled on night shift',
    })
    const history = await registry.history(MODEL)
    expect(history.at(-1)).toMatchObject({
      kind: 'rollback',
      version: '1.0.0',
      actor: { login: 'ana-ml' },
    })
    expect(productionAt(history, new Date())).toBe('1.0.0')
    // The rolled-back version can be neither promoted nor returned to.
    await expect(registry.promote({ model: MODEL, version: '1.1.0' }, {})).rejects.toThrow(
      /rolled back/,
    )
    const again = await cli(
      ws2,
      'rollback',
      '--registry',
      reg,
      '--to',
      '1.1.0',
      '--reason',
      'x',
      '--out',
      'rb2',
    )
    expect(again.code).toBe(1)

    // verify: every version of the registry, one verdict per link.
    const v = await cli(ws1, 'verify', '--registry', reg)
    expect(v.stdout).toMatch(/seattle-ny-temp-max-v1\.0\.0 \(production\): verified/)
    expect(v.stdout).toMatch(/seattle-ny-temp-max-v1\.1\.0 \(rolled-back\): verified/)
    expect(v.stdout).toMatch(/PASS +chain G5 -> G0: digest/)
    expect(v.code).toBe(0)
    // Data digests are recomputed only in the folder named as the judged checkout.
    expect(v.stdout).toMatch(/SKIPPED +data data\/holdout\.csv: .*--workspace DIR/)
    const withData = await cli(ws1, 'verify', '--registry', reg, '--workspace', '.')
    expect(withData.stdout).toMatch(/PASS +data data\/holdout\.csv: recomputed/)
    expect(withData.code).toBe(0)
    // A file edited in the registry after the fact: verify fails and names the link.
    const card = join(reg, MODEL, 'versions', '1.0.0', 'MODEL_CARD.md')
    writeFileSync(card, readFileSync(card, 'utf8') + 'edited\n')
    const bad = await cli(ws1, 'verify', '--registry', reg, '--model-version', '1.0.0')
    expect(bad.code).toBe(1)
    expect(bad.stdout).toMatch(/FAIL +manifest MODEL_CARD\.md/)
    expect(bad.stdout).toMatch(/FAIL +file MODEL_CARD\.md/)
    // And a rollback to a version whose files changed is refused (1.0.0 is production now: roll forward is
    // not a rollback, so check the refusal through the chain of the edited version instead).
    expect(bad.stdout).toMatch(/1 failing link|2 failing links|failing links/)
  }, 60_000)
})
