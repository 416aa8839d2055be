import { execFileSync, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { verifyEvidence } from '../../src/engine/evidence.js'
import {
  freshWorkspaceEachTest,
  makeRunnerFolder,
  REPO,
  runAction,
} from '../support/action-runner.js'

const OFFLINE = { comment: 'false', 'check-run': 'false', artifact: 'false' }
const fingerprint = (pub: string) =>
  `sha256:${createHash('sha256')
    .update(execFileSync('openssl', ['pkey', '-pubin', '-in', pub, '-outform', 'DER']))
    .digest('hex')}`
/** The release material the template signs, in the order of ssot/security.json's releaseMaterial. */
const SIGNED = (
  JSON.parse(readFileSync(join(REPO, 'template', 'ssot', 'security.json'), 'utf8')) as {
    releaseMaterial: { path: string }[]
  }
).releaseMaterial.map((m) => m.path)

interface CheckLike {
  id: string
  status: string
  message?: string
}

/** Each test gets the template as committed: none depends on what another one signed or changed. */
describe('dist/index.js as the Actions runner runs it (G2)', () => {
  const folder = makeRunnerFolder({})
  freshWorkspaceEachTest(folder, {
    ssot: 'template/ssot',
    data: 'template/data',
    models: 'template/models',
    'MODEL_CARD.md': 'template/MODEL_CARD.md',
    signatures: 'template/signatures',
  })
  const ws = folder.workspace
  const evidenceOf = (r: { outputs: Record<string, string> }) =>
    JSON.parse(readFileSync(r.outputs['evidence-path']!, 'utf8'))
  /** The checks that did not pass, as [id, status]. */
  const notPassing = (evidence: { checks: CheckLike[] }) =>
    evidence.checks.filter((c) => c.status !== 'pass').map((c) => [c.id, c.status])
  const pinned = () => fingerprint(join(ws, 'ssot', 'keys', 'release.pub'))

  it('verifies the template as committed, pinned by the trusted-keys input, and binds the manifest to the model digest', () => {
    const r = runAction(folder, { gate: 'G2', 'trusted-keys': pinned(), ...OFFLINE })
    expect(r.code, r.stdout).toBe(0)
    const evidence = evidenceOf(r)
    expect(verifyEvidence(evidence, 'G2.evidence.json')).toEqual([])
    expect(notPassing(evidence)).toEqual([])
    expect(evidence.report.manifest[0]).toMatchObject({
      path: 'models/temp_max.onnx',
      role: 'model',
      sha256: evidence.subject.model.sha256,
    })
    expect(evidence.checks.find((c: CheckLike) => c.id === 'G2.trusted_keys')).toMatchObject({
      status: 'pass',
    })
  })

  it('fails when trusted-keys pins another key: every signature by the unpinned key, and what they vouched for', () => {
    const r = runAction(folder, { gate: 'G2', 'trusted-keys': `sha256:${'0'.repeat(64)}`, ...OFFLINE })
    expect(r.code).toBe(1)
    const evidence = evidenceOf(r)
    expect(notPassing(evidence)).toEqual([
      ...SIGNED.map((path) => [`G2.signature.${path}`, 'fail']),
      ['G2.release_material.coverage', 'fail'],
      ['G2.subject_model', 'fail'],
      ['G2.trusted_keys', 'fail'],
    ])
    const signature = evidence.checks.find(
      (c: CheckLike) => c.id === 'G2.signature.models/temp_max.onnx',
    )
    expect(signature.message).toContain(`${pinned()}) is not among the workflow's trusted-keys`)
  })

  it('signs with a test key (the bundled modelgate sign), then verifies and scans', () => {
    const key = join(folder.root, 'release.pem')
    execFileSync('openssl', ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', key])
    execFileSync('openssl', ['ec', '-in', key, '-pubout', '-out', join(ws, 'ssot', 'keys', 'release.pub')], {
      stdio: 'ignore',
    })
    const { releaseMaterial } = JSON.parse(readFileSync(join(ws, 'ssot', 'security.json'), 'utf8')) as {
      releaseMaterial: { path: string; signature: string }[]
    }
    expect(releaseMaterial.map((m) => m.path)).toContain('models/temp_max.onnx')
    for (const m of releaseMaterial) {
      // Signed with the bundled CLI, from dist/ alone.
      const r = spawnSync(
        process.execPath,
        [join(folder.action, 'dist', 'cli.js'), 'sign', '--key', key, '--output', m.signature, m.path],
        { cwd: ws, encoding: 'utf8' },
      )
      expect(r.status, r.stderr).toBe(0)
    }
    const r = runAction(folder, { gate: 'G2', ...OFFLINE })
    expect(r.code, r.stdout).toBe(0)
    const evidence = evidenceOf(r)
    // Only the pin is missing (a warning-free skip): everything else passes with the new key.
    expect(notPassing(evidence)).toEqual([['G2.trusted_keys', 'skipped']])
    expect(evidence.checks.find((c: CheckLike) => c.id === 'G2.model_scan.models/temp_max.onnx')).toMatchObject({
      status: 'pass',
    })
    expect(evidence.report.manifest[0].keyFingerprint).toBe(pinned())
  })

  it('fails when the model changes after signing: its signature, coverage, the subject, and the scan of the bytes', () => {
    const model = join(ws, 'models', 'temp_max.onnx')
    writeFileSync(model, Buffer.concat([readFileSync(model), Buffer.from([0])]))
    const r = runAction(folder, { gate: 'G2', 'trusted-keys': pinned(), ...OFFLINE })
    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('fail')
    const evidence = evidenceOf(r)
    expect(notPassing(evidence)).toEqual([
      ['G2.signature.models/temp_max.onnx', 'fail'],
      ['G2.release_material.coverage', 'fail'],
      ['G2.subject_model', 'fail'],
      ['G2.model_scan.models/temp_max.onnx', 'fail'],
    ])
    const signature = evidence.checks.find(
      (c: CheckLike) => c.id === 'G2.signature.models/temp_max.onnx',
    )
    expect(signature.message).toMatch(/^the signature does not verify with key release/)
  })
})
