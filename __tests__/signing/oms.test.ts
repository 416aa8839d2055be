import { createPublicKey } from 'node:crypto'
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs'
import { execFileSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { EvidenceRecord } from '../../src/contract/types.js'
import { verifyOmsBundle } from '../../src/signing/oms.js'
import {
  check,
  failing,
  g2,
  omsWorkspace as workspace,
  problemText,
  REPO,
  signOms as sign,
  type OmsEntry,
} from '../gates/g2/signed-workspace.js'

/**
 * The bundles in __tests__/fixtures/g2/oms were made by the reference
 * implementation (model-signing on PyPI, `model_signing sign key`), see
 * make_oms_fixture.sh; G2 verifies them without it.
 */
const OMS = join(import.meta.dirname, '..', 'fixtures', 'g2', 'oms')

const oms = (e: EvidenceRecord) => e.checks.find((c) => c.id === 'G2.oms.model')!

describe('OpenSSF model signing bundles (key-based, offline)', () => {
  it('verifies the reference bundle: envelope signature, subject digest and every file, and lists them in the manifest', async () => {
    const e = await g2(workspace())
    expect(e.status, problemText(e) + failing(e)).toBe('pass')
    expect(oms(e)).toMatchObject({ value: true, status: 'pass', details: { files: 2 } })
    const manifest = e.report.manifest as {
      path: string
      role: string
      sha256: string
      method: string
      signature: string
    }[]
    expect(manifest.map((m) => [m.path, m.role, m.method])).toEqual([
      ['model/temp_max_baseline.onnx', 'model', 'oms'],
      ['model/MODEL_CARD.md', 'model-card', 'oms'],
      ['ssot/model.json', 'ssot', 'signature'],
      ['ssot/security.json', 'ssot', 'signature'],
    ])
    expect(manifest[0]).toMatchObject({ sha256: e.subject.model!.sha256, signature: 'model.sig' })
    expect(check(e, 'G2.subject_model')).toMatchObject({ status: 'pass' })
  })

  it.each([
    [
      'a changed file',
      (d: string) => writeFileSync(join(d, 'model', 'MODEL_CARD.md'), '# edited\n'),
      /changed MODEL_CARD\.md/,
    ],
    [
      'a missing file',
      (d: string) => rmSync(join(d, 'model', 'MODEL_CARD.md')),
      /missing MODEL_CARD\.md/,
    ],
    [
      'an extra file',
      (d: string) => writeFileSync(join(d, 'model', 'notes.txt'), 'x'),
      /extra notes\.txt/,
    ],
    [
      'another key',
      (d: string) => {
        execFileSync('openssl', [
          'ecparam',
          '-name',
          'prime256v1',
          '-genkey',
          '-noout',
          '-out',
          join(d, 'other.pem'),
        ])
        execFileSync(
          'openssl',
          ['ec', '-in', join(d, 'other.pem'), '-pubout', '-out', join(d, 'release.pub')],
          { stdio: 'ignore' },
        )
      },
      /envelope signature does not verify/,
    ],
    [
      'a payload edited to match a changed file',
      (d: string) => {
        const bundle = JSON.parse(readFileSync(join(d, 'model.sig'), 'utf8'))
        const statement = JSON.parse(
          Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'),
        )
        statement.predicate.resources[0].digest = 'f'.repeat(64)
        bundle.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64')
        writeFileSync(join(d, 'model.sig'), JSON.stringify(bundle))
      },
      /envelope signature does not verify.*subject digest/,
    ],
    [
      'a symbolic link to a file outside the workspace',
      (d: string) => symlinkSync('../../../../../../etc/passwd', join(d, 'model', 'passwd')),
      /symbolic link passwd -> \.\.\/\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd \(links are not followed/,
    ],
  ])('fails on %s', async (_name, spoil, message) => {
    const e = await g2(workspace({}, spoil))
    expect(e.status).toBe('fail')
    expect(oms(e).message).toMatch(message)
  })

  it('fails a symbolic link to a malicious pickle even when extra files are allowed, and does not vouch for its target', async () => {
    const e = await g2(
      workspace({ allowExtraFiles: true }, (d) => {
        writeFileSync(
          join(d, 'evil.pkl'),
          Buffer.from('cos\nsystem\n(S"echo pwned"\ntR.', 'latin1'),
        )
        symlinkSync('../evil.pkl', join(d, 'model', 'weights.pkl'))
      }),
    )
    expect(e.status).toBe('fail')
    expect(oms(e)).toMatchObject({
      status: 'fail',
      message: expect.stringContaining('symbolic link weights.pkl -> ../evil.pkl'),
      details: { links: [{ path: 'weights.pkl', target: '../evil.pkl' }] },
    })
  })

  it('accepts extra files when told to, by list or by switch', async () => {
    const extra = (d: string) => writeFileSync(join(d, 'model', 'notes.txt'), 'x')
    expect((await g2(workspace({ ignore: ['notes.txt'] }, extra))).status).toBe('pass')
    expect((await g2(workspace({ allowExtraFiles: true }, extra))).status).toBe('pass')
  })

  it('does not let allowExtraFiles cover an unsigned model that model.json names', async () => {
    const e = await g2(
      workspace(
        { allowExtraFiles: true },
        (d) =>
          writeFileSync(
            join(d, 'model', 'new.onnx'),
            readFileSync(join(REPO, 'template', 'models', 'temp_max.onnx')),
          ),
        (m) => (m.paths.model = 'model/new.onnx'),
      ),
    )
    expect(oms(e).status).toBe('pass')
    expect(e.status).toBe('fail')
    expect(check(e, 'G2.release_material.coverage')).toMatchObject({
      status: 'fail',
      message: expect.stringContaining('model/new.onnx (model, required by paths.model'),
    })
    expect(check(e, 'G2.subject_model')).toMatchObject({
      status: 'fail',
      message: expect.stringContaining(
        'paths.model model/new.onnx is not covered by a verified signature',
      ),
    })
    expect(e.subject.model!.path).toBe('model/new.onnx')
    expect((e.report.manifest as { path: string }[]).map((m) => m.path)).not.toContain(
      'model/new.onnx',
    )
  })

  it('verifies a bundle over a single file (model-signing names it ".")', async () => {
    const dir = workspace()
    sign(dir, {}, [
      { bundle: 'single.sig', modelPath: 'model/temp_max_baseline.onnx', keyId: 'oms' },
    ])
    const e = await g2(dir)
    expect(e.status, problemText(e) + failing(e)).toBe('pass')
    expect(check(e, 'G2.oms.model/temp_max_baseline.onnx')).toMatchObject({
      status: 'pass',
      details: { files: 1 },
    })
    // The same file as a folder path, or a folder bundle given a file: errors that say which.
    sign(dir, { bundle: 'single.sig' })
    expect(problemText(await g2(dir))).toMatch(
      /\/modelSignatures\/0\/modelPath modelPath is a folder, but the bundle signs a single file/,
    )
    sign(dir, { modelPath: 'model/temp_max_baseline.onnx' })
    expect(problemText(await g2(dir))).toMatch(/modelPath is a file, but the bundle signs a folder/)
  })

  it.each([
    ['not JSON', () => 'MEUCIQ==', '', /not JSON/],
    [
      'not a Sigstore bundle',
      () => '{"mediaType":"text/plain"}',
      '/mediaType',
      /OpenSSF model-signing bundle/,
    ],
    [
      'a payload type other than in-toto',
      (b: OmsEntry) =>
        JSON.stringify({
          ...b,
          dsseEnvelope: { ...(b.dsseEnvelope as OmsEntry), payloadType: 'text/plain' },
        }),
      '/dsseEnvelope/payloadType',
      /not an in-toto statement.*application\/vnd\.in-toto\+json/,
    ],
    [
      'a predicate type other than model-signing v1.0',
      (b: OmsEntry) => {
        const env = b.dsseEnvelope as { payload: string }
        const statement = JSON.parse(Buffer.from(env.payload, 'base64').toString('utf8'))
        statement.predicateType = 'https://slsa.dev/provenance/v1'
        return JSON.stringify({
          ...b,
          dsseEnvelope: {
            ...env,
            payload: Buffer.from(JSON.stringify(statement)).toString('base64'),
          },
        })
      },
      '/dsseEnvelope/payload/predicateType',
      /Not an OpenSSF model-signing statement.*https:\/\/model_signing\/signature\/v1\.0.*slsa/,
    ],
  ])('gives status error for a bundle that is %s', async (_name, rewrite, pointer, message) => {
    const e = await g2(
      workspace({}, (d) =>
        writeFileSync(
          join(d, 'model.sig'),
          rewrite(JSON.parse(readFileSync(join(OMS, 'model.sig'), 'utf8'))),
        ),
      ),
    )
    expect(e.status).toBe('error')
    expect(e.problems[0]!.pointer ?? '').toBe(pointer)
    expect(problemText(e)).toMatch(message)
  })

  it('hashes a file over 2 GiB by streaming (bundle made by model-signing over 2 GiB + 1 zero bytes)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-oms-big-'))
    mkdirSync(join(dir, 'big'))
    writeFileSync(join(dir, 'big', 'weights.bin'), '')
    truncateSync(join(dir, 'big', 'weights.bin'), 2 ** 31 + 1)
    const key = createPublicKey(readFileSync(join(OMS, 'release.pub')))
    const opts = { ignore: [], allowExtraFiles: false, modelPathSource: {} }
    const r = await verifyOmsBundle(
      readFileSync(join(OMS, 'big.sig'), 'utf8'),
      'big.sig',
      join(dir, 'big'),
      'big',
      key,
      'ecdsa-p256-sha256',
      opts,
    )
    rmSync(dir, { recursive: true })
    expect(r).toMatchObject({
      signatureValid: true,
      subjectDigestValid: true,
      missing: [],
      changed: [],
      extra: [],
      links: [],
    })
    expect(r.verified).toEqual([
      {
        name: 'weights.bin',
        sha256: 'b8030a8ab89280935633d8d991da3d9907c0f12e8b6fc3bfc515f4d440872b6e',
        bytes: 2 ** 31 + 1,
      },
    ])
  })
})
