import { InputError } from '../../engine/errors.js'
import type { Check } from '../../engine/types.js'
import type { KpiRule } from '../../ssot/kpi.js'
import type { Chart } from '../../report/svg-charts.js'
import { judgeRules, key, resolveRule, type Comparison, type Measured } from './acceptance.js'
import { forEachResample, percentileInterval } from './bootstrap.js'
import { findKpi, type EvalData, type KpiDef } from './kpis.js'
import { quantile as percentile } from '../../stats/quantile.js'
import { argmax, calibrationCurve } from './metrics.js'
import type { Predictions } from './onnx-runner.js'

export interface Operations {
  latencyMs: Float64Array
  warmup: number
  throughput: { rowsPerSecond: number; batchRows: number }
}

export interface G1Input {
  task: 'regression' | 'binary' | 'multiclass'
  target: string
  targetUnit?: string
  classes?: string[]
  rules: KpiRule[]
  rows: number
  y: Float64Array
  labels: Int32Array
  slices: Map<string, string[]>
  candidate: Predictions
  baseline?: Predictions
  operations?: { candidate: Operations; baseline?: Operations }
  resamples: number
  seed: number
  eceBins: number
}

/** KPIs shown in the report even when no rule names them. */
const REPORTED: Record<G1Input['task'], string[]> = {
  regression: ['mae', 'rmse', 'mape', 'r2', 'bias', 'max_error', 'coverage', 'interval_width'],
  binary: ['accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'average_precision', 'log_loss', 'brier', 'ece'],
  multiclass: ['accuracy', 'balanced_accuracy', 'f1_macro', 'f1_weighted', 'roc_auc_ovr', 'log_loss', 'brier', 'ece'],
}

function evalData(input: G1Input, p: Predictions): EvalData {
  const classification = input.task !== 'regression'
  return {
    task: input.task,
    n: input.rows,
    y: input.y,
    labels: input.labels,
    prediction: p.prediction,
    predictedClass: classification ? (p.probabilities ? argmax(p.probabilities, input.rows) : Int32Array.from(p.prediction)) : new Int32Array(0),
    ...(p.probabilities ? { probabilities: p.probabilities } : {}),
    ...(p.lower ? { lower: p.lower } : {}),
    ...(p.upper ? { upper: p.upper } : {}),
    eceBins: input.eceBins,
  }
}

/** Checks classifier probabilities: inside [0, 1] and summing to 1 per row. */
export function validateProbabilities(p: Predictions, file: string): void {
  const proba = p.probabilities
  if (!proba) return
  const n = p.prediction.length
  for (let i = 0; i < n; i++) {
    let sum = 0
    for (let c = 0; c < proba.length; c++) {
      const v = proba[c]![i]!
      if (v < -1e-6 || v > 1 + 1e-6) throw new InputError({ file, message: `Probability of class ${c} is outside [0, 1] on holdout row ${i + 1}`, expected: 'probabilities in [0, 1]', found: String(v) })
      sum += v
    }
    if (Math.abs(sum - 1) > 1e-3) throw new InputError({ file, message: `Class probabilities do not sum to 1 on holdout row ${i + 1}`, expected: 'a sum of 1 (within 0.001)', found: String(sum) })
  }
}

/** Pure G1 evaluation: metrics, bootstrap intervals, baseline deltas, slices, and the checks of every rule. */
export function evaluateG1(input: G1Input): { checks: Check[]; report: Record<string, unknown> } {
  const cand = evalData(input, input.candidate)
  const base = input.baseline ? evalData(input, input.baseline) : undefined
  const wanted = new Map<string, { def: KpiDef; sliceGap: boolean; variable: string }>()
  for (const name of REPORTED[input.task]) {
    const found = findKpi(name)!
    wanted.set(key(name, input.target), { ...found, variable: input.target })
  }
  for (const rule of input.rules) {
    const r = resolveRule(rule, input.target, input.targetUnit, input.task)
    if ('def' in r) wanted.set(key(rule.kpi, rule.variable), { ...findKpi(rule.kpi)!, variable: rule.variable })
  }

  const reasons = new Map<string, string>()
  const candidate = new Map<string, Measured>()
  const baseline = new Map<string, Comparison>()
  const bootstrapped: { k: string; def: KpiDef }[] = []
  const baseValues = new Map<string, number>()

  const pointValue = (def: KpiDef, d: EvalData, k: string, who: string): number | undefined => {
    if (def.needs === 'intervals' && (!d.lower || !d.upper)) {
      reasons.set(k, `the ${who} has no prediction-interval outputs (outputs.lower and outputs.upper in ssot/model.json)`)
      return undefined
    }
    if (def.needs === 'probabilities' && !d.probabilities) {
      reasons.set(k, `the ${who} has no probabilities output (outputs.probabilities in ssot/model.json)`)
      return undefined
    }
    try {
      return def.compute!(d)
    } catch (error) {
      reasons.set(k, error instanceof InputError ? error.problem.message : (error as Error).message)
      return undefined
    }
  }

  for (const [k, { def, sliceGap }] of wanted) {
    if (sliceGap) {
      const gap = sliceGapValue(def, cand, input.slices, reasons, k)
      if (gap) candidate.set(k, { value: gap.gap })
      if (gap && base) {
        const b = sliceGapValue(def, base, input.slices, new Map(), k)
        if (b) baseline.set(k, { baseline: b.gap, delta: gap.gap - b.gap })
      }
      continue
    }
    if (!def.compute) {
      const ops = input.operations
      const v = ops ? operational(def.name, ops.candidate) : undefined
      if (v === undefined) reasons.set(k, 'operational KPIs need the model to be run (they are measured by the gate, not read from data)')
      else candidate.set(k, { value: v })
      const bv = ops?.baseline ? operational(def.name, ops.baseline) : undefined
      if (v !== undefined && bv !== undefined) baseline.set(k, { baseline: bv, delta: v - bv })
      continue
    }
    const v = pointValue(def, cand, k, 'candidate model')
    if (v === undefined) continue
    candidate.set(k, { value: v })
    bootstrapped.push({ k, def })
    if (base) {
      const bv = pointValue(def, base, `${k}|baseline`, 'baseline model')
      if (bv !== undefined) {
        baseValues.set(k, bv)
        baseline.set(k, { baseline: bv, delta: v - bv })
      }
    }
  }

  // Paired bootstrap: every KPI of both models on the same resamples.
  const samples = new Map(bootstrapped.map(({ k }) => [k, { c: new Float64Array(input.resamples), d: new Float64Array(input.resamples) }]))
  if (input.resamples > 0) {
    forEachResample(input.rows, input.resamples, input.seed, (idx, b) => {
      for (const { k, def } of bootstrapped) {
        const s = samples.get(k)!
        const cv = safe(() => def.compute!(cand, idx))
        s.c[b] = cv
        s.d[b] = base && baseValues.has(k) ? cv - safe(() => def.compute!(base, idx)) : Number.NaN
      }
    })
  }
  const confidenceFor = (k: string) => input.rules.find((r) => key(r.kpi, r.variable) === k)?.confidence ?? 0.95
  for (const { k } of bootstrapped) {
    const s = samples.get(k)!
    const conf = confidenceFor(k)
    if (input.resamples > 0 && s.c.some(Number.isFinite)) candidate.get(k)!.ci = percentileInterval(s.c, conf)
    const cmp = baseline.get(k)
    if (cmp && input.resamples > 0 && s.d.some(Number.isFinite)) cmp.deltaCi = percentileInterval(s.d, conf)
  }

  const checks = judgeRules({
    rules: input.rules,
    target: input.target,
    ...(input.targetUnit !== undefined ? { targetUnit: input.targetUnit } : {}),
    task: input.task,
    candidate,
    baseline,
    reasons,
    hasBaseline: input.baseline !== undefined,
  })
  return { checks, report: buildReport(input, cand, candidate, baseline, reasons) }
}

function safe(f: () => number): number {
  try {
    return f()
  } catch {
    return Number.NaN
  }
}

function operational(name: string, ops: Operations): number | undefined {
  switch (name) {
    case 'latency_p50_ms':
      return percentile(ops.latencyMs, 0.5)
    case 'latency_p95_ms':
      return percentile(ops.latencyMs, 0.95)
    case 'latency_p99_ms':
      return percentile(ops.latencyMs, 0.99)
    case 'throughput_rows_per_s':
      return ops.throughput.rowsPerSecond
    default:
      return undefined
  }
}

/** Largest difference of a KPI between the values of any slice column (the bias audit). */
function sliceGapValue(def: KpiDef, d: EvalData, slices: Map<string, string[]>, reasons: Map<string, string>, k: string) {
  if (slices.size === 0) {
    reasons.set(k, 'no slice columns: list them in slices in ssot/model.json')
    return undefined
  }
  let gap = 0
  const perSlice: { column: string; value: string; rows: number; kpi: number }[] = []
  for (const [column, values] of slices) {
    const groups = new Map<string, number[]>()
    values.forEach((v, i) => {
      const g = groups.get(v)
      if (g) g.push(i)
      else groups.set(v, [i])
    })
    let lo = Number.POSITIVE_INFINITY
    let hi = Number.NEGATIVE_INFINITY
    for (const [value, rows] of groups) {
      const v = safe(() => def.compute!(d, Int32Array.from(rows)))
      perSlice.push({ column, value, rows: rows.length, kpi: v })
      if (!Number.isFinite(v)) continue
      lo = Math.min(lo, v)
      hi = Math.max(hi, v)
    }
    if (hi >= lo) gap = Math.max(gap, hi - lo)
  }
  return { gap, perSlice }
}

function buildReport(input: G1Input, cand: EvalData, candidate: Map<string, Measured>, baseline: Map<string, Comparison>, reasons: Map<string, string>): Record<string, unknown> {
  const metrics: Record<string, unknown> = {}
  for (const [k, m] of candidate) metrics[k.replace('|', ':')] = { value: m.value, ...(m.ci ? { ci: m.ci } : {}) }
  const tables: { title: string; columns: string[]; rows: (string | number | null)[][] }[] = []
  tables.push({
    title: 'Metrics on the holdout',
    columns: ['kpi', 'variable', 'candidate', 'CI low', 'CI high', 'baseline', 'delta', 'delta CI low', 'delta CI high'],
    rows: [...candidate].map(([k, m]) => {
      const [kpi, variable] = k.split('|') as [string, string]
      const b = baseline.get(k)
      return [kpi, variable, m.value, m.ci?.[0] ?? null, m.ci?.[1] ?? null, b?.baseline ?? null, b?.delta ?? null, b?.deltaCi?.[0] ?? null, b?.deltaCi?.[1] ?? null]
    }),
  })
  if (reasons.size > 0) tables.push({ title: 'Not computed', columns: ['kpi', 'reason'], rows: [...reasons].map(([k, r]) => [k.replace(/\|.*$/, ''), r]) })
  const sliceDef = findKpi(input.task === 'regression' ? 'mae' : 'accuracy')!.def
  for (const [column, values] of input.slices) {
    const groups = new Map<string, number[]>()
    values.forEach((v, i) => (groups.get(v) ?? groups.set(v, []).get(v)!).push(i))
    tables.push({
      title: `Slices by ${column} (${sliceDef.name})`,
      columns: [column, 'rows', sliceDef.name],
      rows: [...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([value, rows]) => [value, rows.length, safe(() => sliceDef.compute!(cand, Int32Array.from(rows)))]),
    })
  }
  if (input.task !== 'regression') {
    const k = input.classes?.length ?? 2
    const cm = Array.from({ length: k }, () => new Array<number>(k).fill(0))
    for (let i = 0; i < cand.n; i++) cm[cand.labels[i]!]![cand.predictedClass[i]!]!++
    tables.push({ title: 'Confusion matrix (rows: actual, columns: predicted)', columns: ['actual \\ predicted', ...(input.classes ?? [])], rows: cm.map((row, c) => [input.classes?.[c] ?? String(c), ...row]) })
  }
  const ops = input.operations?.candidate
  return {
    task: input.task,
    rows: input.rows,
    metrics,
    bootstrap: { method: 'paired percentile bootstrap (mulberry32 stream)', resamples: input.resamples, seed: input.seed },
    ...(ops
      ? {
          operations: {
            method: `single-row latency: ${ops.warmup} untimed warm-up calls, then ${ops.latencyMs.length} timed InferenceSession.run calls of one row each, cycling through the holdout, timed with performance.now() around run(); throughput: best of 3 runs of one batch of ${ops.throughput.batchRows} rows`,
            latencyMs: { p50: percentile(ops.latencyMs, 0.5), p95: percentile(ops.latencyMs, 0.95), p99: percentile(ops.latencyMs, 0.99), calls: ops.latencyMs.length },
            throughputRowsPerSecond: ops.throughput.rowsPerSecond,
          },
        }
      : {}),
    tables,
    charts: charts(input, cand),
  }
}

function charts(input: G1Input, d: EvalData): Chart[] {
  const n = d.n
  const stride = Math.max(1, Math.ceil(n / 2000))
  if (input.task === 'regression') {
    const points: [number, number][] = []
    for (let i = 0; i < n; i += stride) points.push([d.y[i]!, d.prediction[i]!])
    const residuals = new Float64Array(n)
    for (let i = 0; i < n; i++) residuals[i] = d.prediction[i]! - d.y[i]!
    const out: Chart[] = [
      { id: 'predicted-vs-actual', title: 'Predicted vs actual', kind: 'scatter', xLabel: `actual ${input.target}${input.targetUnit ? ` (${input.targetUnit})` : ''}`, yLabel: 'predicted', series: [{ name: 'candidate', points }], reference: { kind: 'diagonal' } },
      { id: 'residuals', title: 'Residuals (predicted − actual)', kind: 'histogram', xLabel: `residual${input.targetUnit ? ` (${input.targetUnit})` : ''}`, yLabel: 'rows', series: [{ name: 'candidate', points: histogram(residuals, 30) }] },
    ]
    if (d.lower && d.upper) {
      // Coverage per decile of the prediction: where the interval is too narrow.
      const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => d.prediction[a]! - d.prediction[b]!)
      const pts: [number, number][] = []
      for (let q = 0; q < 10; q++) {
        const part = order.slice(Math.floor((q * n) / 10), Math.floor(((q + 1) * n) / 10))
        if (part.length === 0) continue
        const inside = part.filter((i) => d.y[i]! >= d.lower![i]! && d.y[i]! <= d.upper![i]!).length
        pts.push([q + 1, inside / part.length])
      }
      // The reference line is the coverage KPI's threshold from ssot/kpi_acceptance.csv, when there is one.
      const rule = input.rules.find((r) => r.kpi === 'coverage' && (r.variable === '' || r.variable === input.target))
      out.push({ id: 'coverage', title: 'Interval coverage by prediction decile', kind: 'bar', xLabel: 'decile of the prediction', yLabel: 'coverage', series: [{ name: 'coverage', points: pts }], ...(rule ? { reference: { kind: 'hline' as const, value: rule.threshold } } : {}) })
    }
    return out
  }
  if (!d.probabilities) return []
  return [{ id: 'calibration', title: 'Calibration', kind: 'line', xLabel: 'mean predicted probability', yLabel: 'observed frequency', series: [{ name: 'candidate', points: calibrationCurve(d.labels, d.probabilities) }], reference: { kind: 'diagonal' } }]
}

function histogram(values: Float64Array, bins: number): [number, number][] {
  let lo = Number.POSITIVE_INFINITY
  let hi = Number.NEGATIVE_INFINITY
  for (const v of values) {
    lo = Math.min(lo, v)
    hi = Math.max(hi, v)
  }
  if (!(hi > lo)) return [[lo, values.length]]
  const width = (hi - lo) / bins
  const counts = new Array<number>(bins).fill(0)
  for (const v of values) counts[Math.min(bins - 1, Math.floor((v - lo) / width))]!++
  return counts.map((c, b) => [lo + (b + 0.5) * width, c])
}

