import { execFileSync, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { verifyEvidence } from '../../src/engine/evidence.js'
import { makeRunnerFolder, runAction } from '../support/action-runner.js'

const OFFLINE = { comment: 'false', 'check-run': 'false', artifact: 'false' }
const fingerprint = (pub: string) => `sha256:${createHash('sha256').update(execFileSync('openssl', ['pkey', '-pubin', '-in', pub, '-outform', 'DER'])).digest('hex')}`

describe('dist/index.js as the Actions runner runs it (G2)', () => {
  const folder = makeRunnerFolder({ ssot: 'template/ssot', data: 'template/data', models: 'template/models', 'MODEL_CARD.md': 'template/MODEL_CARD.md', signatures: 'template/signatures' })
  const ws = folder.workspace
  const evidenceOf = (r: { outputs: Record<string, string> }) => JSON.parse(readFileSync(r.outputs['evidence-path']!, 'utf8'))

  it('verifies the template as committed, pinned by the trusted-keys input, and binds the manifest to the model digest', () => {
    const r = runAction(folder, { gate: 'G2', 'trusted-keys': fingerprint(join(ws, 'ssot', 'keys', 'release.pub')), ...OFFLINE })
    expect(r.code, r.stdout).toBe(0)
    const evidence = evidenceOf(r)
    expect(verifyEvidence(evidence, 'G2.evidence.json')).toEqual([])
    expect(evidence.report.manifest[0]).toMatchObject({ path: 'models/temp_max.onnx', role: 'model', sha256: evidence.subject.model.sha256 })
    expect(evidence.checks.find((c: { id: string }) => c.id === 'G2.trusted_keys')).toMatchObject({ status: 'pass' })
  })

  it('fails when trusted-keys pins another key', () => {
    const r = runAction(folder, { gate: 'G2', 'trusted-keys': `sha256:${'0'.repeat(64)}`, ...OFFLINE })
    expect(r.code).toBe(1)
    expect(evidenceOf(r).checks.find((c: { id: string }) => c.id === 'G2.trusted_keys')).toMatchObject({ status: 'fail' })
  })

  it('signs with a test key (the bundled modelgate sign), then verifies and scans', () => {
    const key = join(folder.root, 'release.pem')
    execFileSync('openssl', ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', key])
    execFileSync('openssl', ['ec', '-in', key, '-pubout', '-out', join(ws, 'ssot', 'keys', 'release.pub')], { stdio: 'ignore' })
    const { releaseMaterial } = JSON.parse(readFileSync(join(ws, 'ssot', 'security.json'), 'utf8')) as { releaseMaterial: { path: string; signature: string }[] }
    for (const m of releaseMaterial) {
      // Signed with the bundled CLI, from dist/ alone.
      const r = spawnSync(process.execPath, [join(folder.action, 'dist', 'cli.js'), 'sign', '--key', key, '--output', m.signature, m.path], { cwd: ws, encoding: 'utf8' })
      expect(r.status, r.stderr).toBe(0)
    }
    const r = runAction(folder, { gate: 'G2', ...OFFLINE })
    expect(r.code, r.stdout).toBe(0)
    const evidence = evidenceOf(r)
    expect(evidence.checks.find((c: { id: string }) => c.id === 'G2.model_scan.models/temp_max.onnx')).toMatchObject({ status: 'pass' })
    expect(evidence.report.manifest[0].keyFingerprint).toBe(fingerprint(join(ws, 'ssot', 'keys', 'release.pub')))
  })

  it('fails when the model changes after signing', () => {
    writeFileSync(join(ws, 'models', 'temp_max.onnx'), Buffer.concat([readFileSync(join(ws, 'models', 'temp_max.onnx')), Buffer.from([0])]))
    const r = runAction(folder, { gate: 'G2', ...OFFLINE })
    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('fail')
  })
})
