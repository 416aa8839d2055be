import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runGate } from '../../../src/engine/run-gate.js'
import type { EvidenceRecord } from '../../../src/engine/types.js'

/**
 * The bundle in __tests__/fixtures/g2/oms was made by the reference
 * implementation (model-signing on PyPI, `model_signing sign key`), see
 * make_oms_fixture.sh; G2 verifies it without it.
 */
const OMS = join(import.meta.dirname, '..', '..', 'fixtures', 'g2', 'oms')

function workspace(entry: Record<string, unknown> = {}, edit: (dir: string) => void = () => {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-oms-'))
  mkdirSync(join(dir, 'ssot'))
  cpSync(join(OMS, 'model'), join(dir, 'model'), { recursive: true })
  cpSync(join(OMS, 'model.sig'), join(dir, 'model.sig'))
  cpSync(join(OMS, 'release.pub'), join(dir, 'release.pub'))
  writeFileSync(join(dir, 'ssot', 'security.json'), JSON.stringify({ keys: [{ id: 'oms', algorithm: 'ecdsa-p256-sha256', publicKeyPath: 'release.pub' }], modelSignatures: [{ bundle: 'model.sig', modelPath: 'model', keyId: 'oms', ...entry }] }))
  edit(dir)
  return dir
}

const g2 = (dir: string): Promise<EvidenceRecord> => runGate('G2', { ssot: 'ssot', data: [], options: {}, model: 'model/temp_max_baseline.onnx' }, { workspaceRoot: dir, context: { mode: 'local' } })
const oms = (e: EvidenceRecord) => e.checks.find((c) => c.id === 'G2.oms.0')!

describe('OpenSSF model signing bundles (key-based, offline)', () => {
  it('verifies the reference bundle: envelope signature, subject digest and every file', async () => {
    const e = await g2(workspace())
    expect(e.status, JSON.stringify(e.checks)).toBe('pass')
    expect(oms(e)).toMatchObject({ value: true, status: 'pass', details: { files: 2 } })
  })

  it.each([
    ['a changed file', (d: string) => writeFileSync(join(d, 'model', 'MODEL_CARD.md'), '# edited\n'), /changed MODEL_CARD\.md/],
    ['a missing file', (d: string) => rmSync(join(d, 'model', 'MODEL_CARD.md')), /missing MODEL_CARD\.md/],
    ['an extra file', (d: string) => writeFileSync(join(d, 'model', 'notes.txt'), 'x'), /extra notes\.txt/],
    [
      'another key',
      (d: string) => {
        execFileSync('openssl', ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', join(d, 'other.pem')])
        execFileSync('openssl', ['ec', '-in', join(d, 'other.pem'), '-pubout', '-out', join(d, 'release.pub')], { stdio: 'ignore' })
      },
      /envelope signature does not verify/,
    ],
    [
      'a payload edited to match a changed file',
      (d: string) => {
        const bundle = JSON.parse(readFileSync(join(d, 'model.sig'), 'utf8'))
        const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'))
        statement.predicate.resources[0].digest = 'f'.repeat(64)
        bundle.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64')
        writeFileSync(join(d, 'model.sig'), JSON.stringify(bundle))
      },
      /envelope signature does not verify.*subject digest/,
    ],
  ])('fails on %s', async (_name, spoil, message) => {
    const e = await g2(workspace({}, spoil))
    expect(e.status).toBe('fail')
    expect(oms(e).message).toMatch(message)
  })

  it('accepts extra files when told to, by list or by switch', async () => {
    const extra = (d: string) => writeFileSync(join(d, 'model', 'notes.txt'), 'x')
    expect((await g2(workspace({ ignore: ['notes.txt'] }, extra))).status).toBe('pass')
    expect((await g2(workspace({ allowExtraFiles: true }, extra))).status).toBe('pass')
  })

  it('gives status error for a bundle that is not JSON or not a Sigstore bundle', async () => {
    const notJson = await g2(workspace({}, (d) => writeFileSync(join(d, 'model.sig'), 'MEUCIQ==')))
    expect(notJson.status).toBe('error')
    expect(notJson.problems[0]!.message).toMatch(/not JSON/)
    const other = await g2(workspace({}, (d) => writeFileSync(join(d, 'model.sig'), '{"mediaType":"text/plain"}')))
    expect(other.problems[0]).toMatchObject({ pointer: '/mediaType', message: expect.stringMatching(/OpenSSF model-signing bundle/) })
  })
})
