import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect } from 'vitest'
import { runGate } from '../../../src/engine/run-gate.js'
import type { Check, EvidenceRecord } from '../../../src/contract/types.js'
import { PYTHON, pythonHas } from '../../support/python.js'
import { findGate } from '../../../src/gates/table.js'

/** Shared set-up for the G1 gate tests: workspaces around the fixtures, the gate run, and the scikit-learn reference. */

export const REPO = join(import.meta.dirname, '..', '..', '..')
export const FIX = join(REPO, '__tests__', 'fixtures', 'g1')
export const KPI_HEADER =
  'gate,kpi,variable,operator,threshold,unit,severity,notes,max_abs_degradation,max_rel_degradation,bound,confidence'
export const LINEAR_HOLDOUT = 'x0,x1,x2,y\n1,0,0,1.5\n0,1,0,2.5\n0,0,1,3.75\n2,2,2,12.5\n'

/** A copy of the template repository (ssot, data, models) to change per test. */
export function templateWorkspace(edit: (dir: string) => void = () => {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-g1-'))
  for (const part of ['ssot', 'data', 'models'])
    cpSync(join(REPO, 'template', part), join(dir, part), { recursive: true })
  edit(dir)
  return dir
}

export function editModel(dir: string, change: (m: Record<string, unknown>) => void): void {
  const path = join(dir, 'ssot', 'model.json')
  const model = JSON.parse(readFileSync(path, 'utf8'))
  change(model)
  writeFileSync(path, JSON.stringify(model))
}

export function writeKpis(dir: string, rows: string): void {
  writeFileSync(join(dir, 'ssot', 'kpi_acceptance.csv'), `${KPI_HEADER}\n${rows}\n`)
}

/** A workspace around a fixture model: features x0..x2 (regression) unless `config` says otherwise. */
export function tensorWorkspace(
  model: string,
  config: Record<string, unknown>,
  kpis: string,
  holdout: string,
): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-g1t-'))
  mkdirSync(join(dir, 'ssot'))
  mkdirSync(join(dir, 'models'))
  mkdirSync(join(dir, 'data'))
  cpSync(join(FIX, model), join(dir, 'models', model))
  writeFileSync(join(dir, 'data', 'holdout.csv'), holdout)
  writeKpis(dir, kpis)
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

/** The classifier fixtures' model.json: two float32 features x0, x1 in one tensor, label and probabilities outputs. */
export const CLASSIFIER = (classes: (string | number)[], extra: Record<string, unknown> = {}) => ({
  task: classes.length > 2 ? 'multiclass' : 'binary',
  classes,
  features: ['x0', 'x1'].map((name) => ({ name, dtype: 'float32' })),
  target: { name: 'label' },
  outputs: { prediction: 'label', probabilities: 'probabilities' },
  ...extra,
})

export const fixtureText = (name: string) => readFileSync(join(FIX, name), 'utf8')

export const g1 = (
  dir: string,
  options: Record<string, string> = { bootstrap: '200', 'latency-calls': '20' },
  extra: { baselineModel?: string } = {},
): Promise<EvidenceRecord> =>
  runGate(
    'G1',
    { ssot: 'ssot', data: [], options, ...extra },
    { gates: findGate, workspaceRoot: dir, context: { mode: 'local' } },
  )

export const find = (e: EvidenceRecord, id: string): Check => {
  const c = e.checks.find((x) => x.id === id)
  if (!c)
    throw new Error(
      `no check ${id} in ${e.checks.map((x) => x.id).join(', ')}; problems: ${JSON.stringify(e.problems)}`,
    )
  return c
}

export type Table = { title: string; columns: string[]; rows: (string | number | null)[][] }
export const table = (e: EvidenceRecord, title: string | RegExp): Table => {
  const t = (e.report.tables as Table[]).find((x) =>
    typeof title === 'string' ? x.title === title : title.test(x.title),
  )
  if (!t)
    throw new Error(
      `no table ${title} in ${(e.report.tables as Table[]).map((x) => x.title).join(' | ')}`,
    )
  return t
}

/** Everything the gate said went wrong: problems and the messages of error checks. */
export const errorText = (e: EvidenceRecord) =>
  [
    ...e.problems.map(
      (p) =>
        `${p.file ?? ''}${p.line ? `:${p.line}` : ''} ${p.message} ${p.expected ?? ''} ${p.found ?? ''}`,
    ),
    ...e.checks.filter((c) => c.status === 'error').map((c) => c.message),
  ].join('\n')

export async function expectError(
  dir: string,
  message: RegExp,
  file?: string,
): Promise<EvidenceRecord> {
  const e = await g1(dir)
  expect(e.status, JSON.stringify(e.checks.map((c) => [c.id, c.status, c.message]))).toBe('error')
  const text = errorText(e)
  expect(text).toMatch(message)
  if (file) expect(text).toContain(file)
  return e
}

export const hasPythonOnnx = pythonHas(
  ['sklearn', 'numpy', 'pandas', 'onnxruntime'],
  'the parity tests',
)

/** scikit-learn's values for the same model and holdout, run with Python onnxruntime (see sklearn_onnx_reference.py). */
export function onnxReference(spec: Record<string, unknown>): Record<string, number> {
  const r = spawnSync(PYTHON, [join(import.meta.dirname, 'sklearn_onnx_reference.py')], {
    input: JSON.stringify(spec),
    encoding: 'utf8',
  })
  if (r.status !== 0) throw new Error(r.stderr)
  return JSON.parse(r.stdout)
}

/** Every KPI sklearn computed equals G1's report value to `tol` (relative, at least absolute). */
export function expectAgreement(
  e: EvidenceRecord,
  ref: Record<string, number>,
  tol = 1e-9,
  looser: Record<string, number> = {},
): void {
  const metrics = e.report.metrics as Record<string, { value: number }>
  for (const [k, v] of Object.entries(ref)) {
    expect(metrics[k], `G1 reports ${k}`).toBeDefined()
    const t = (looser[k.split(':')[0]!] ?? tol) * Math.max(1, Math.abs(v))
    expect(
      Math.abs(metrics[k]!.value - v),
      `${k}: G1 ${metrics[k]!.value}, sklearn ${v}`,
    ).toBeLessThanOrEqual(t)
  }
}
