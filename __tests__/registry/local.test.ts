import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sha256Hex } from '../../src/contract/canonical-json.js'
import { buildEvidence } from '../../src/engine/evidence.js'
import { runContextFromEnv } from '../../src/engine/run-context.js'
import type { GateId, GateStatus } from '../../src/contract/types.js'
import { LocalRegistry } from '../../src/registry/local.js'
import { openRegistry } from '../../src/registry/open.js'
import { verifyEvidenceRecord } from '../../src/registry/evidence.js'
import { defaultRollbackTarget, productionAt } from '../../src/registry/lifecycle.js'

let dir: string
let clock: Date
const now = () => clock
const actor = { login: 'ana-ml' }

function evidence(gate: GateId, modelSha: string, status: GateStatus = 'pass') {
  return buildEvidence(
    gate,
    {
      status,
      summary: status,
      subject: {
        model: { role: 'model', path: 'm.onnx', sha256: modelSha, bytes: 3 },
        data: [],
        artifacts: [],
      },
      checks: [],
      problems: [],
      report: {},
    },
    runContextFromEnv({}),
    clock,
    clock,
  )
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mg-reg-'))
  clock = new Date('2026-11-01T00:00:00Z')
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

async function candidate(reg: LocalRegistry, version: string, bytes: string) {
  const model = join(dir, `m-${version}.onnx`)
  writeFileSync(model, bytes)
  const card = join(dir, 'card.md')
  writeFileSync(card, `# card ${version}`)
  const v = await reg.register({
    model: 'temp',
    version,
    modelFile: model,
    owner: 'Ana',
    files: [{ name: 'MODEL_CARD.md', path: card }],
    actor,
  })
  return v
}

describe('the local registry', () => {
  it('registers a candidate, copies files with digests, and is idempotent for the same model', async () => {
    const reg = new LocalRegistry({ root: join(dir, 'reg'), now })
    const v = await candidate(reg, '1.0.0', 'abc')
    expect(v).toMatchObject({ state: 'validation', draft: true, modelDigest: sha256Hex('abc') })
    expect(v.files.map((f) => f.name).sort()).toEqual(['MODEL_CARD.md', 'm-1.0.0.onnx'])
    const copied = readFileSync(
      join(dir, 'reg', 'temp', 'versions', '1.0.0', 'm-1.0.0.onnx'),
      'utf8',
    )
    expect(copied).toBe('abc')
    await expect(candidate(reg, '1.0.0', 'abc')).resolves.toMatchObject({ draft: true })
    await expect(candidate(reg, '1.0.0', 'abd')).rejects.toThrow(
      /already registered with another model file/,
    )
  })

  it('promotes only with a G5 pass on the same model digest, then freezes the files', async () => {
    const reg = new LocalRegistry({ root: join(dir, 'reg'), now })
    await candidate(reg, '1.0.0', 'abc')
    const ref = { model: 'temp', version: '1.0.0' }
    await expect(reg.promote(ref, actor)).rejects.toThrow(/no G5 evidence/)
    await reg.attachEvidence(ref, evidence('G5', sha256Hex('other')))
    await expect(reg.promote(ref, actor)).rejects.toThrow(/about another model/)
    await reg.attachEvidence(ref, evidence('G5', sha256Hex('abc'), 'fail'))
    await expect(reg.promote(ref, actor)).rejects.toThrow(/G5 did not pass/)
    await reg.attachEvidence(ref, evidence('G5', sha256Hex('abc')), { markdown: '# G5' })
    const read = await reg.readEvidence(ref, 'G5')
    expect(verifyEvidenceRecord(read).ok).toBe(true)
    await reg.promote(ref, actor, 'first release')
    expect(await reg.production('temp')).toMatchObject({
      version: '1.0.0',
      state: 'production',
      draft: false,
    })
    await expect(reg.attachFile(ref, 'x.txt', join(dir, 'card.md'))).rejects.toThrow(/published/)
    await expect(candidate(reg, '1.0.0', 'abc')).rejects.toThrow(/published/)
    await expect(reg.setState(ref, 'monitoring', actor)).rejects.toThrow(/is in production/)
  })

  it('rolls back only to a version once promoted, marks the bad one, answers production at a date', async () => {
    const reg = new LocalRegistry({ root: join(dir, 'reg'), now })
    for (const [i, v] of ['1.0.0', '1.1.0', '1.2.0'].entries()) {
      clock = new Date(Date.UTC(2026, 10, 1 + i * 10))
      await candidate(reg, v, `model ${v}`)
      if (v === '1.2.0') continue
      await reg.attachEvidence(
        { model: 'temp', version: v },
        evidence('G5', sha256Hex(`model ${v}`)),
      )
      await reg.promote({ model: 'temp', version: v }, actor)
    }
    await expect(reg.rollback({ model: 'temp', version: '1.2.0' }, actor, 'x')).rejects.toThrow(
      /never passed G5/,
    )
    await expect(reg.rollback({ model: 'temp', version: '1.1.0' }, actor, 'x')).rejects.toThrow(
      /already in production/,
    )
    expect(
      defaultRollbackTarget(await reg.versions('temp'), '1.1.0', await reg.history('temp')),
    ).toBe('1.0.0')
    clock = new Date('2026-12-01T00:00:00Z')
    await reg.rollback(
      { model: 'temp', version: '1.0.0' },
      { login: 'ops', runId: '9' },
      'MAE doubled',
    )
    expect((await reg.production('temp'))?.version).toBe('1.0.0')
    expect((await reg.version({ model: 'temp', version: '1.1.0' }))?.state).toBe('rolled-back')
    await expect(reg.rollback({ model: 'temp', version: '1.1.0' }, actor, 'x')).rejects.toThrow(
      /rolled back before/,
    )
    await reg.attachEvidence(
      { model: 'temp', version: '1.2.0' },
      evidence('G5', sha256Hex('model 1.2.0')),
    )
    await expect(
      reg.setState({ model: 'temp', version: '1.1.0' }, 'validation', actor),
    ).rejects.toThrow(/only be retired/)
    const h = await reg.history('temp')
    expect(h.at(-1)).toMatchObject({
      kind: 'rollback',
      version: '1.0.0',
      previousVersion: '1.1.0',
      reason: 'MAE doubled',
    })
    expect(productionAt(h, '2026-11-05T00:00:00Z')).toBe('1.0.0')
    expect(productionAt(h, '2026-11-15T00:00:00Z')).toBe('1.1.0')
    expect(productionAt(h, '2026-12-02T00:00:00Z')).toBe('1.0.0')
    expect(productionAt(h, '2026-10-01T00:00:00Z')).toBeUndefined()
  })

  it('records freezes and refuses names that would leave the folder', async () => {
    const reg = (await openRegistry({
      kind: 'local',
      path: join(dir, 'reg'),
      now,
    })) as LocalRegistry
    await candidate(reg, '1.0.0', 'abc')
    await reg.setFrozen({ model: 'temp', version: '1.0.0' }, true, actor, 'drift on wind')
    expect((await reg.version({ model: 'temp', version: '1.0.0' }))?.frozen?.reason).toBe(
      'drift on wind',
    )
    await reg.setFrozen({ model: 'temp', version: '1.0.0' }, false, actor, 'fixed')
    expect((await reg.version({ model: 'temp', version: '1.0.0' }))?.frozen).toBeUndefined()
    await expect(reg.versions('../etc')).rejects.toThrow(/cannot name a registry entry/)
    await expect(openRegistry({ kind: 'mlflow', mlflow: {} })).rejects.toThrow(
      /MLFLOW_TRACKING_URI/,
    )
    await expect(openRegistry({ kind: 'local' })).rejects.toThrow(/needs a folder path/)
  })
})
