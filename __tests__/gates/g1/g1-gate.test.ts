import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runGate } from '../../../src/engine/run-gate.js'
import type { EvidenceRecord } from '../../../src/engine/types.js'
import { validateProbabilities } from '../../../src/gates/g1/evaluate.js'
import { InputError } from '../../../src/engine/errors.js'

const REPO = join(import.meta.dirname, '..', '..', '..')
const FIX = join(REPO, '__tests__', 'fixtures', 'g1')
const KPI_HEADER = 'gate,kpi,variable,operator,threshold,unit,severity,notes,max_abs_degradation,max_rel_degradation,bound,confidence'

/** A copy of the template repository (ssot, data, models) to change per test. */
function templateWorkspace(edit: (dir: string) => void = () => {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-g1-'))
  for (const part of ['ssot', 'data', 'models']) cpSync(join(REPO, 'template', part), join(dir, part), { recursive: true })
  edit(dir)
  return dir
}

function editModel(dir: string, change: (m: Record<string, unknown>) => void): void {
  const path = join(dir, 'ssot', 'model.json')
  const model = JSON.parse(readFileSync(path, 'utf8'))
  change(model)
  writeFileSync(path, JSON.stringify(model))
}

/** A workspace around the tensor fixtures: features x0..x2 (regression) or x0, x1 (classifier). */
function tensorWorkspace(model: string, config: Record<string, unknown>, kpis: string, holdout: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-g1t-'))
  mkdirSync(join(dir, 'ssot'))
  mkdirSync(join(dir, 'models'))
  mkdirSync(join(dir, 'data'))
  cpSync(join(FIX, model), join(dir, 'models', model))
  writeFileSync(join(dir, 'data', 'holdout.csv'), holdout)
  writeFileSync(join(dir, 'ssot', 'kpi_acceptance.csv'), `${KPI_HEADER}\n${kpis}\n`)
  writeFileSync(
    join(dir, 'ssot', 'model.json'),
    JSON.stringify({
      name: 'fixture',
      owner: { name: 'T. Ester', email: 't@example.com' },
      stage: 'validation',
      task: 'regression',
      features: ['x0', 'x1', 'x2'].map((name) => ({ name, dtype: 'float32' })),
      target: { name: 'y' },
      input: { layout: 'tensor', name: 'input' },
      outputs: { prediction: 'variable' },
      paths: { model: `models/${model}`, holdout: 'data/holdout.csv' },
      ...config,
    }),
  )
  return dir
}

const g1 = (dir: string, options: Record<string, string> = { bootstrap: '200', 'latency-calls': '20' }, extra: { baselineModel?: string } = {}): Promise<EvidenceRecord> =>
  runGate('G1', { ssot: 'ssot', data: [], options, ...extra }, { workspaceRoot: dir, context: { mode: 'local' } })

const find = (e: EvidenceRecord, id: string) => e.checks.find((c) => c.id === id)
const LINEAR_HOLDOUT = 'x0,x1,x2,y\n1,0,0,1.5\n0,1,0,2.5\n0,0,1,3.75\n2,2,2,12.5\n'

describe('G1 Model Performance on the template models', () => {
  it('passes the example with CIs, baseline deltas and the slice audit, reproducibly', async () => {
    const dir = templateWorkspace()
    const e = await g1(dir)
    expect(e.status, JSON.stringify(e.problems)).toBe('pass')
    const mae = find(e, 'G1.L2.mae.temp_max')!
    expect(mae).toMatchObject({ rule: 'mae', operator: '<=', threshold: 3, unit: '°C', status: 'pass', source: { file: 'ssot/kpi_acceptance.csv', line: 2 } })
    expect(mae.value as number).toBeGreaterThan(1.5)
    const d = mae.details as { ci: [number, number]; baseline: number; delta: number; deltaCi: [number, number]; judged: number }
    expect(d.ci[0]).toBeLessThan(mae.value as number)
    expect(d.ci[1]).toBeGreaterThan(mae.value as number)
    expect(d.judged).toBe(d.ci[1])
    expect(d.delta).toBeCloseTo((mae.value as number) - d.baseline, 12)
    expect(d.deltaCi[0]).toBeLessThan(d.deltaCi[1])
    expect(find(e, 'G1.L2.mae.temp_max.rel_change')).toMatchObject({ status: 'pass', unit: 'ratio' })
    expect(find(e, 'G1.L6.coverage.temp_max')!.value as number).toBeGreaterThanOrEqual(0.9)
    expect(find(e, 'G1.L7.latency_p99_ms')).toMatchObject({ status: 'pass', unit: 'ms' })
    expect(find(e, 'G1.L8.slice_gap_mae.temp_max')!.value as number).toBeGreaterThan(0)
    expect(e.subject.model).toMatchObject({ role: 'model', path: 'models/temp_max.onnx' })
    expect(e.subject.artifacts[0]).toMatchObject({ role: 'baseline-model', path: 'models/temp_max_baseline.onnx' })
    expect((e.report.charts as unknown[]).length).toBe(3)
    const again = await g1(dir)
    expect(find(again, 'G1.L2.mae.temp_max')!.details).toEqual(mae.details)
  })

  it('reports change thresholds as skipped, with the reason, when there is no baseline', async () => {
    const e = await g1(templateWorkspace((dir) => editModel(dir, (m) => delete (m.paths as Record<string, unknown>).baseline)))
    expect(e.status).toBe('pass')
    const change = find(e, 'G1.L2.mae.temp_max.rel_change')!
    expect(change).toMatchObject({ status: 'skipped', value: null })
    expect(change.message).toMatch(/no baseline model/)
  })

  it('fails a blocking KPI and only warns on a warn KPI', async () => {
    const dir = templateWorkspace((d) => writeFileSync(join(d, 'ssot', 'kpi_acceptance.csv'), `${KPI_HEADER}\nG1,mae,temp_max,<=,1.0,°C,block,,,,,\nG1,r2,temp_max,>=,0.99,,warn,,,,,\n`))
    const e = await g1(dir)
    expect(e.status).toBe('fail')
    expect(find(e, 'G1.L2.mae.temp_max')!.status).toBe('fail')
    expect(find(e, 'G1.L3.r2.temp_max')!.status).toBe('warn')
  })

  it('fails a change threshold when the candidate is worse than the baseline', async () => {
    // Swap the roles: the linear model becomes the candidate, the boosted one the baseline.
    const dir = templateWorkspace((d) =>
      editModel(d, (m) => {
        ;(m.paths as Record<string, string>).model = 'models/temp_max_baseline.onnx'
        ;(m.paths as Record<string, string>).baseline = 'models/temp_max.onnx'
      }),
    )
    const e = await g1(dir)
    expect(e.status).toBe('fail')
    expect(find(e, 'G1.L2.mae.temp_max.rel_change')).toMatchObject({ status: 'fail' })
    expect(find(e, 'G1.L2.mae.temp_max.rel_change')!.value as number).toBeGreaterThan(0.05)
  })
})

describe('G1 bad inputs: a clear error, never a pass', () => {
  const errorCase = async (dir: string, message: RegExp, file?: string) => {
    const e = await g1(dir)
    expect(e.status).toBe('error')
    const text = [...e.problems.map((p) => `${p.file ?? ''} ${p.message} ${p.expected ?? ''} ${p.found ?? ''}`), ...e.checks.filter((c) => c.status === 'error').map((c) => c.message)].join('\n')
    expect(text).toMatch(message)
    if (file) expect(text).toContain(file)
    return e
  }

  it('an empty holdout', () => errorCase(tensorWorkspace('linear_tensor.onnx', {}, 'G1,mae,y,<=,1,,block,,,,,', 'x0,x1,x2,y\n'), /no data rows/, 'data/holdout.csv'))
  it('a missing label column', () => errorCase(tensorWorkspace('linear_tensor.onnx', {}, 'G1,mae,y,<=,1,,block,,,,,', 'x0,x1,x2\n1,2,3\n'), /no target column "y"/, 'data/holdout.csv'))
  it('a non-numeric regression label', async () => {
    const e = await errorCase(tensorWorkspace('linear_tensor.onnx', {}, 'G1,mae,y,<=,1,,block,,,,,', 'x0,x1,x2,y\n1,2,3,4\n1,2,3,high\n'), /Target "y" is missing or not a number/)
    expect(e.problems[0]).toMatchObject({ file: 'data/holdout.csv', line: 3, found: '"high"' })
  })
  it('a missing feature column', () => errorCase(tensorWorkspace('linear_tensor.onnx', {}, 'G1,mae,y,<=,1,,block,,,,,', 'x0,x1,y\n1,2,3\n'), /no feature column "x2"/))
  it('a unit that does not match the variable', async () => {
    const e = await errorCase(tensorWorkspace('linear_tensor.onnx', { target: { name: 'y', unit: '°C' } }, 'G1,mae,y,<=,1,K,block,,,,,', LINEAR_HOLDOUT), /unit "K" does not match/)
    expect(e.checks[0]).toMatchObject({ status: 'error', source: { line: 2 } })
  })
  it('a KPI for an unknown variable', () => errorCase(tensorWorkspace('linear_tensor.onnx', {}, 'G1,mae,pressure,<=,1,,block,,,,,', LINEAR_HOLDOUT), /about variable "pressure", but the model predicts "y"/))
  it('a KPI G1 cannot compute', () => errorCase(tensorWorkspace('linear_tensor.onnx', {}, 'G1,accuracy_at_k,y,<=,1,,block,,,,,', LINEAR_HOLDOUT), /cannot compute KPI "accuracy_at_k"/))
  it('a classification KPI on a regression model', () => errorCase(tensorWorkspace('linear_tensor.onnx', {}, 'G1,roc_auc,y,>=,0.5,,block,,,,,', LINEAR_HOLDOUT), /does not apply to a regression model/))
  it('a truncated model', () => {
    const dir = tensorWorkspace('linear_tensor.onnx', {}, 'G1,mae,y,<=,1,,block,,,,,', LINEAR_HOLDOUT)
    const path = join(dir, 'models', 'linear_tensor.onnx')
    writeFileSync(path, readFileSync(path).subarray(0, 60))
    return errorCase(dir, /could not load the model/, 'models/linear_tensor.onnx')
  })
  it('a file that is not ONNX', () => {
    const dir = tensorWorkspace('linear_tensor.onnx', {}, 'G1,mae,y,<=,1,,block,,,,,', LINEAR_HOLDOUT)
    writeFileSync(join(dir, 'models', 'linear_tensor.onnx'), 'this is a pickle, honest\n')
    return errorCase(dir, /could not load the model/)
  })
  it('a model whose external data file is missing', () => errorCase(tensorWorkspace('external.onnx', {}, 'G1,mae,y,<=,1,,block,,,,,', LINEAR_HOLDOUT), /external|could not load/, 'models/external.onnx'))
  it('an input name that is not in the model', () => errorCase(tensorWorkspace('linear_tensor.onnx', { input: { layout: 'tensor', name: 'x' } }, 'G1,mae,y,<=,1,,block,,,,,', LINEAR_HOLDOUT), /has no input "x"/))
  it('a feature count that does not match the input shape', () =>
    errorCase(tensorWorkspace('linear_tensor.onnx', { features: ['x0', 'x1'].map((name) => ({ name, dtype: 'float32' })) }, 'G1,mae,y,<=,1,,block,,,,,', LINEAR_HOLDOUT), /another width than the 2 features.*\[N, 2\].*\[, 3\]|another width/))
  it('NaN in the model output', () => errorCase(tensorWorkspace('sqrt_tensor.onnx', {}, 'G1,mae,y,<=,1,,block,,,,,', 'x0,x1,x2,y\n4,0,0,2\n-1,0,0,1\n'), /Output "variable" is NaN for holdout row 2/))
  it('a ZipMap classifier output', () =>
    errorCase(
      tensorWorkspace('clf_zipmap.onnx', { task: 'binary', classes: ['no', 'yes'], features: ['x0', 'x1'].map((name) => ({ name, dtype: 'float32' })), target: { name: 'label' }, outputs: { prediction: 'output_label', probabilities: 'output_probability' } }, 'G1,roc_auc,label,>=,0.5,,block,,,,,', readFileSync(join(FIX, 'clf_holdout.csv'), 'utf8')),
      /zipmap/i,
    ))
  it('a single-class label set for AUC', () =>
    errorCase(
      tensorWorkspace('clf_tensor.onnx', { task: 'binary', classes: ['no', 'yes'], features: ['x0', 'x1'].map((name) => ({ name, dtype: 'float32' })), target: { name: 'label' }, outputs: { prediction: 'label', probabilities: 'probabilities' } }, 'G1,roc_auc,label,>=,0.5,,block,,,,,', 'x0,x1,label\n1,1,yes\n2,2,yes\n-1,0,yes\n'),
      /single class/,
    ))
  it('probabilities outside [0, 1]', () => {
    const p = { prediction: Float64Array.from([1]), probabilities: [Float64Array.from([-0.2]), Float64Array.from([1.2])] }
    expect(() => validateProbabilities(p, 'models/m.onnx')).toThrow(InputError)
    expect(() => validateProbabilities(p, 'models/m.onnx')).toThrow(/outside \[0, 1\]/)
  })
})

describe('G1 on a binary classifier with a tensor input', () => {
  it('computes the classification KPIs and the confusion matrix', async () => {
    const dir = tensorWorkspace(
      'clf_tensor.onnx',
      { task: 'binary', classes: ['no', 'yes'], features: ['x0', 'x1'].map((name) => ({ name, dtype: 'float32' })), target: { name: 'label' }, outputs: { prediction: 'label', probabilities: 'probabilities' } },
      'G1,roc_auc,label,>=,0.8,ratio,block,,,,ci,0.9\nG1,f1,label,>=,0.7,,block,,,,,\nG1,ece,label,<=,0.2,ratio,warn,,,,,',
      readFileSync(join(FIX, 'clf_holdout.csv'), 'utf8'),
    )
    const e = await g1(dir)
    expect(e.status, JSON.stringify(e.checks)).toBe('pass')
    expect(find(e, 'G1.L2.roc_auc.label')!.value as number).toBeGreaterThan(0.85)
    const tables = e.report.tables as { title: string; rows: number[][] }[]
    const cm = tables.find((t) => t.title.startsWith('Confusion matrix'))!
    expect(cm.rows.flatMap((r) => r.slice(1)).reduce((a, b) => a + b, 0)).toBe(200)
  })
})
