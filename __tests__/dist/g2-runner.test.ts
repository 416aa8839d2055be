import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { verifyEvidence } from '../../src/engine/evidence.js'
import { makeRunnerFolder, runAction } from '../support/action-runner.js'

const OFFLINE = { comment: 'false', 'check-run': 'false', artifact: 'false' }

describe('dist/index.js as the Actions runner runs it (G2)', () => {
  const folder = makeRunnerFolder({ ssot: 'template/ssot', data: 'template/data', models: 'template/models', 'MODEL_CARD.md': 'template/MODEL_CARD.md' })
  const ws = folder.workspace
  const key = join(folder.root, 'release.pem')
  execFileSync('openssl', ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', key])
  execFileSync('openssl', ['ec', '-in', key, '-pubout', '-out', join(ws, 'release.pub')], { stdio: 'ignore' })
  const material = ['models/temp_max.onnx', 'MODEL_CARD.md', 'ssot/model.json']
  for (const path of material) {
    // Signed with the bundled CLI, from dist/ alone.
    const r = spawnSync(process.execPath, [join(folder.action, 'dist', 'cli.js'), 'sign', '--key', key, path], { cwd: ws, encoding: 'utf8' })
    expect(r.status, r.stderr).toBe(0)
  }
  writeFileSync(join(ws, 'ssot', 'security.json'), JSON.stringify({ keys: [{ id: 'release', algorithm: 'ecdsa-p256-sha256', publicKeyPath: 'release.pub' }], releaseMaterial: material.map((path) => ({ path, signature: `${path}.sig`, keyId: 'release' })) }))

  it('verifies the signatures, scans the model and binds the manifest to the model digest', () => {
    const r = runAction(folder, { gate: 'G2', ...OFFLINE })
    expect(r.code, r.stdout).toBe(0)
    const evidence = JSON.parse(readFileSync(r.outputs['evidence-path']!, 'utf8'))
    expect(verifyEvidence(evidence, 'G2.evidence.json')).toEqual([])
    expect(evidence.report.manifest[0].sha256).toBe(evidence.subject.model.sha256)
  })

  it('fails when the model changes after signing', () => {
    writeFileSync(join(ws, 'models', 'temp_max.onnx'), Buffer.concat([readFileSync(join(ws, 'models', 'temp_max.onnx')), Buffer.from([0])]))
    const r = runAction(folder, { gate: 'G2', ...OFFLINE })
    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('fail')
  })
})
