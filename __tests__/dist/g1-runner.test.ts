import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { verifyEvidence } from '../../src/engine/evidence.js'
import { makeRunnerFolder, runAction } from '../support/action-runner.js'

const OFFLINE = { comment: 'false', 'check-run': 'false', artifact: 'false' }

describe('dist/index.js as the Actions runner runs it (G1)', () => {
  const folder = makeRunnerFolder({ ssot: 'template/ssot', data: 'template/data', models: 'template/models' })

  it('evaluates the template model against its baseline with onnxruntime loaded from dist/', () => {
    const r = runAction(folder, { gate: 'G1', options: 'bootstrap=300\nlatency-calls=50', ...OFFLINE })
    expect(r.code, r.stdout + r.stderr).toBe(0)
    expect(r.outputs).toMatchObject({ status: 'pass', passed: 'true' })
    const evidence = JSON.parse(readFileSync(r.outputs['evidence-path']!, 'utf8'))
    expect(verifyEvidence(evidence, 'G1.evidence.json')).toEqual([])
    expect(evidence.subject.model).toMatchObject({ path: 'models/temp_max.onnx', role: 'model' })
    const mae = evidence.checks.find((c: { id: string }) => c.id === 'G1.L2.mae.temp_max')
    expect(mae.details.deltaCi).toHaveLength(2)
    expect(r.summary).toContain('G1 Model Performance')
  })

  it('fails with exit code 1 when the baseline is better', () => {
    const r = runAction(folder, { gate: 'G1', model: 'models/temp_max_baseline.onnx', 'baseline-model': 'models/temp_max.onnx', options: 'bootstrap=100\nlatency-calls=20', ...OFFLINE })
    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('fail')
  })

  it('exits 2 on a model that is not ONNX', () => {
    const r = runAction(folder, { gate: 'G1', model: 'data/holdout.csv', ...OFFLINE })
    expect(r.code).toBe(2)
    expect(r.outputs.status).toBe('error')
    expect(r.stdout).toContain('could not load the model')
  })
})
