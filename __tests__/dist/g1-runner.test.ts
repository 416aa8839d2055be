import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { verifyEvidence } from '../../src/engine/evidence.js'
import { freshWorkspaceEachTest, makeRunnerFolder, runAction } from '../support/action-runner.js'

const OFFLINE = { comment: 'false', 'check-run': 'false', artifact: 'false' }

describe('dist/index.js as the Actions runner runs it (G1)', () => {
  const folder = makeRunnerFolder({})
  freshWorkspaceEachTest(folder, { ssot: 'template/ssot', data: 'template/data', models: 'template/models' })

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
    // Which checks fail, as the in-process tests say: the two change thresholds against the better baseline, and the
    // interval coverage the old model does not reach.
    const evidence = JSON.parse(readFileSync(r.outputs['evidence-path']!, 'utf8'))
    expect(verifyEvidence(evidence, 'G1.evidence.json')).toEqual([])
    type Row = { id: string; status: string; value: number; threshold: number }
    // The latency rule (a warning) depends on how busy the machine is: its status must follow its
    // measured value, whatever that was; every other check is fixed by the models and the data.
    const latency = evidence.checks.find((c: Row) => c.id.includes('latency_p99_ms')) as Row
    expect(latency.status).toBe(latency.value <= latency.threshold ? 'pass' : 'warn')
    const failed = evidence.checks.filter((c: Row) => c.status !== 'pass' && c !== latency)
    expect(failed.map((c: Row) => [c.id, c.status])).toEqual([
      ['G1.L2.mae.temp_max.rel_change', 'fail'],
      ['G1.L3.rmse.temp_max.rel_change', 'fail'],
      ['G1.L6.coverage.temp_max', 'fail'],
    ])
    expect(failed[0].message).toMatch(/^mae \+[\d.]+ against the baseline \(lower is better\)/)
    expect(r.summary).toContain('## ❌ G1 Model Performance: FAIL')
  })

  it('exits 2 on a model that is not ONNX', () => {
    const r = runAction(folder, { gate: 'G1', model: 'data/holdout.csv', ...OFFLINE })
    expect(r.code).toBe(2)
    expect(r.outputs.status).toBe('error')
    // The problem names the file, what was expected and what was found, in the log and in the evidence.
    expect(r.stdout).toContain(
      '::error file=data/holdout.csv::data/holdout.csv: onnxruntime could not load the model (corrupt, truncated or not ONNX). Expected a valid ONNX model, found ',
    )
    const evidence = JSON.parse(readFileSync(r.outputs['evidence-path']!, 'utf8'))
    expect(evidence.status).toBe('error')
    expect(evidence.checks).toEqual([])
    expect(evidence.problems).toEqual([
      expect.objectContaining({ file: 'data/holdout.csv', expected: 'a valid ONNX model' }),
    ])
  })
})
