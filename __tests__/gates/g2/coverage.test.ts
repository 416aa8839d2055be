import { createHash, createPublicKey } from 'node:crypto'
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  check,
  failing,
  g2,
  problemText,
  readConfig,
  REPO,
  signedWorkspace,
  writeConfigAndSign,
} from './signed-workspace.js'

/** Drops entries from releaseMaterial (and their signature files) and signs security.json again. */
function unsign(dir: string, ...paths: string[]): void {
  const cfg = readConfig(dir)
  for (const m of cfg.releaseMaterial.filter((m: { path: string }) => paths.includes(m.path)))
    rmSync(join(dir, m.signature))
  cfg.releaseMaterial = cfg.releaseMaterial.filter((m: { path: string }) => !paths.includes(m.path))
  writeConfigAndSign(dir, cfg)
}

const TEMPLATE_KEY = createPublicKey(
  readFileSync(join(REPO, 'template', 'ssot', 'keys', 'release.pub')),
)
const TEMPLATE_FINGERPRINT = `sha256:${createHash('sha256')
  .update(TEMPLATE_KEY.export({ type: 'spki', format: 'der' }))
  .digest('hex')}`

describe('G2 release-material coverage: the model, the model card and the SSOT snapshot, by digest', () => {
  it('requires ssot/security.json itself to be signed', async () => {
    const dir = signedWorkspace()
    unsign(dir, 'ssot/security.json')
    const e = await g2(dir)
    expect(e.status).toBe('fail')
    expect(check(e, 'G2.release_material.coverage')).toMatchObject({
      value: 1,
      message: expect.stringContaining(
        'ssot/security.json (ssot, required by it is part of the SSOT snapshot)',
      ),
    })
  })

  it('requires every other file in ssot/, and leaves out only the signature files security.json names', async () => {
    const dir = signedWorkspace()
    writeFileSync(join(dir, 'ssot', 'drift.json'), '{}')
    writeFileSync(join(dir, 'ssot', 'stale.sig'), 'MEUCIQ==')
    const e = await g2(dir)
    expect(e.status).toBe('fail')
    const coverage = check(e, 'G2.release_material.coverage')!
    expect(coverage.value).toBe(2)
    expect(coverage.message).toContain('ssot/drift.json (ssot')
    expect(coverage.message).toContain('ssot/stale.sig (ssot')
    expect(coverage.message).not.toContain('ssot/model.json.sig')
  })

  it('fails a symbolic link in ssot/, naming it', async () => {
    const dir = signedWorkspace()
    symlinkSync('../data/train.csv', join(dir, 'ssot', 'reference.csv'))
    const e = await g2(dir)
    expect(check(e, 'G2.release_material.coverage')).toMatchObject({
      status: 'fail',
      message: expect.stringContaining('ssot/reference.csv (a symbolic link to ../data/train.csv'),
    })
  })

  it('gives status error when model.json is missing, even with the model card signed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-g2-card-only-'))
    cpSync(join(REPO, 'template', 'MODEL_CARD.md'), join(dir, 'MODEL_CARD.md'))
    cpSync(join(REPO, 'template', 'ssot', 'keys'), join(dir, 'ssot', 'keys'), { recursive: true })
    // Only MODEL_CARD.md is listed; its signature is irrelevant, G2 must stop first.
    writeFileSync(
      join(dir, 'ssot', 'security.json'),
      JSON.stringify({
        keys: [
          { id: 'release', algorithm: 'ecdsa-p256-sha256', publicKeyPath: 'ssot/keys/release.pub' },
        ],
        releaseMaterial: [
          { path: 'MODEL_CARD.md', signature: 'MODEL_CARD.md.sig', keyId: 'release' },
        ],
      }),
    )
    const e = await g2(dir)
    expect(e.status).toBe('error')
    expect(problemText(e)).toMatch(/ssot\/model\.json\s+File not found/)
  })

  it('gives status error when model.json has no model card', async () => {
    const dir = signedWorkspace()
    const model = JSON.parse(readFileSync(join(dir, 'ssot', 'model.json'), 'utf8'))
    delete model.paths.modelCard
    writeFileSync(join(dir, 'ssot', 'model.json'), JSON.stringify(model))
    const e = await g2(dir)
    expect(e.status).toBe('error')
    expect(e.problems[0]).toMatchObject({
      file: 'ssot/model.json',
      pointer: '/paths',
      message: expect.stringContaining('G2 needs the model card'),
    })
  })
})

describe('G2 evidence subject: the model the signatures cover', () => {
  it('fails a --model that no signature covers, says so, and records it as the subject', async () => {
    const e = await g2(signedWorkspace(), { model: 'models/temp_max_baseline.onnx' })
    expect(e.status).toBe('fail')
    expect(e.subject.model!.path).toBe('models/temp_max_baseline.onnx')
    expect(check(e, 'G2.subject_model')).toMatchObject({
      status: 'fail',
      message: expect.stringContaining(
        'the model input (--model) models/temp_max_baseline.onnx is not covered by a verified signature',
      ),
    })
    expect(check(e, 'G2.subject_model')!.message).toContain(
      'signed model files: models/temp_max.onnx',
    )
    expect(check(e, 'G2.release_material.coverage')!.message).toContain(
      'models/temp_max_baseline.onnx (model, required by the model input (--model))',
    )
  })

  it('gives status error naming a --model that does not exist (File not found, not an unknown read error)', async () => {
    const e = await g2(signedWorkspace(), { model: 'models/nope.onnx' })
    expect(e.status).toBe('error')
    expect(e.problems).toEqual([
      expect.objectContaining({
        file: 'models/nope.onnx',
        message: 'File not found',
        found: 'no file at this path',
      }),
    ])
  })

  it('passes a --model that names the signed model', async () => {
    const e = await g2(signedWorkspace(), { model: 'models/temp_max.onnx' })
    expect(e.status, failing(e)).toBe('pass')
    expect(check(e, 'G2.subject_model')).toMatchObject({
      status: 'pass',
      message: expect.stringContaining('the model input (--model)'),
    })
  })
})

describe('G2 on the template as committed', () => {
  const template = () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-g2-template-'))
    cpSync(join(REPO, 'template'), dir, { recursive: true })
    return dir
  }

  it('verifies the committed signatures (made by a throwaway key nobody holds) and pins its key', async () => {
    const e = await g2(template(), { options: { 'trusted-keys': TEMPLATE_FINGERPRINT } })
    expect(e.status, problemText(e) + failing(e)).toBe('pass')
    // Every file of template/ssot is in the SSOT snapshot (approvals.json, keys/release.pub...).
    const ssotFiles = readdirSync(join(REPO, 'template', 'ssot'), {
      recursive: true,
      withFileTypes: true,
    }).filter((f) => f.isFile()).length
    expect((e.report.manifest as { path: string; role: string }[]).map((m) => m.role)).toEqual([
      'model',
      'model-card',
      ...Array<string>(ssotFiles).fill('ssot'),
    ])
    expect(ssotFiles).toBeGreaterThanOrEqual(7)
    expect(check(e, 'G2.trusted_keys')).toMatchObject({ status: 'pass', value: 0 })
  })

  it('says when the keys are not pinned, and fails once anything signed changes', async () => {
    const dir = template()
    const unpinned = await g2(dir)
    expect(unpinned.status).toBe('pass')
    expect(check(unpinned, 'G2.trusted_keys')).toMatchObject({
      status: 'skipped',
      message: expect.stringContaining(`trusted-keys is not set`),
    })
    writeFileSync(
      join(dir, 'MODEL_CARD.md'),
      `${readFileSync(join(dir, 'MODEL_CARD.md'), 'utf8')}\nEdited after signing.\n`,
    )
    rmSync(join(dir, 'signatures', 'ssot', 'risk_register.csv.sig'))
    const e = await g2(dir)
    expect(e.status).toBe('fail')
    expect(check(e, 'G2.signature.MODEL_CARD.md')).toMatchObject({ status: 'fail' })
    expect(check(e, 'G2.signature.ssot/risk_register.csv')).toMatchObject({
      status: 'fail',
      message: 'no signature file signatures/ssot/risk_register.csv.sig',
    })
  })
})
