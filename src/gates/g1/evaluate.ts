import { InputError } from '../../contract/errors.js'
import type { Check } from '../../contract/types.js'
import {
  judgeRules,
  key,
  resolveRule,
  type Comparison,
  type Measured,
} from '../../acceptance/rules.js'
import { findKpi, type EvalData, type KpiDef } from '../../acceptance/kpis.js'
import { DTYPE_EPS, firstBadRowSum } from '../../metrics/index.js'
import type { Predictions } from '../../onnx/runner.js'
import { operationalKpis, type Operations } from '../../acceptance/operations.js'
import type { G1Input } from './input.js'
import { buildReport } from './report.js'
import { sliceGroups } from '../../acceptance/slices.js'
import {
  measureSliceGap,
  missingOutputs,
  pairedBootstrap,
  type Bootstrapped,
  type Measures,
} from './measures.js'

/** KPIs shown in the report even when no rule names them. */
const REPORTED: Record<G1Input['task'], string[]> = {
  regression: ['mae', 'rmse', 'mape', 'r2', 'bias', 'max_error', 'coverage', 'interval_width'],
  binary: [
    'accuracy',
    'balanced_accuracy',
    'precision',
    'recall',
    'f1',
    'roc_auc',
    'average_precision',
    'log_loss',
    'brier',
    'ece',
  ],
  multiclass: [
    'accuracy',
    'balanced_accuracy',
    'f1_macro',
    'f1_weighted',
    'roc_auc_ovr',
    'log_loss',
    'brier',
    'ece',
  ],
}

/** One EvalData per variable for one model's predictions. */
export type { G1Input }

export function evalData(input: G1Input, p: Predictions): Map<string, EvalData> {
  const out = new Map<string, EvalData>()
  const empty = {
    y: new Float64Array(0),
    prediction: new Float64Array(0),
    labels: new Int32Array(0),
    predictedClass: new Int32Array(0),
    classes: [] as string[],
  }
  const common = {
    task: input.task,
    n: input.rows,
    eceBins: input.eceBins,
    probabilityEps: DTYPE_EPS[p.probabilityDtype ?? 'float64'],
    ...(input.weights ? { weights: input.weights.values } : {}),
  }
  if (input.task === 'regression') {
    input.variables.forEach((v, i) => {
      const t = p.targets[i]!
      out.set(v.name, {
        ...empty,
        ...common,
        y: input.y[i]!,
        prediction: t.prediction,
        ...(t.lower && t.upper ? { lower: t.lower, upper: t.upper } : {}),
      })
    })
  } else {
    out.set(input.variables[0]!.name, {
      ...empty,
      ...common,
      labels: input.labels,
      predictedClass: p.predictedClass!,
      classes: input.classes ?? [],
      ...(p.probabilities ? { probabilities: p.probabilities } : {}),
    })
  }
  return out
}

/**
 * Checks classifier probabilities as scikit-learn does before log_loss and
 * brier_score_loss: every value in [0, 1] (sklearn raises otherwise), and every
 * row summing to 1 within 1e-8 + sqrt(eps) of the output's dtype (sklearn
 * warns "do not sum to one"; G1 stops, since such rows are not probabilities).
 */
export function validateProbabilities(
  p: Pick<Predictions, 'probabilities' | 'probabilityDtype'>,
  file: string,
): void {
  const proba = p.probabilities
  if (!proba || proba.length === 0) return
  const n = proba[0]!.length
  for (let c = 0; c < proba.length; c++) {
    const col = proba[c]!
    for (let i = 0; i < n; i++) {
      const v = col[i]!
      if (v < 0 || v > 1)
        throw new InputError({
          file,
          message: `Probability of class #${c} is outside [0, 1] on holdout row ${i + 1}`,
          expected: 'probabilities in [0, 1]',
          found: String(v),
        })
    }
  }
  const dtype = p.probabilityDtype ?? 'float64'
  const bad = firstBadRowSum(proba, dtype, 'log_loss')
  if (bad)
    throw new InputError({
      file,
      message: `Class probabilities do not sum to 1 on holdout row ${bad.row + 1}`,
      expected: `a row sum of 1 (scikit-learn's rule for ${dtype}: ${bad.tolerance})`,
      found: String(bad.sum),
    })
}

/**
 * Checks prediction intervals: on every row the lower bound is at most the
 * upper one. Crossed bounds (usually lower and upper swapped in
 * ssot/model.json) would give a negative interval_width that passes any
 * `<=` threshold and a coverage of nearly 0, so they stop the gate, naming
 * the first row, its values and how many rows cross. `targets` names the
 * variables in `p.targets` order.
 */
export function validateIntervals(
  p: Pick<Predictions, 'targets'>,
  targets: readonly { name: string }[],
  file: string,
): void {
  p.targets.forEach((t, v) => {
    const { lower, upper } = t
    if (!lower || !upper) return
    let first = -1
    let crossed = 0
    for (let i = 0; i < lower.length; i++) {
      if (lower[i]! > upper[i]!) {
        if (first < 0) first = i
        crossed++
      }
    }
    if (first < 0) return
    const name = targets[v]?.name ?? `#${v}`
    throw new InputError({
      file,
      message: `The interval bounds of "${name}" cross on holdout row ${first + 1}${crossed > 1 ? ` (and ${crossed - 1} more of ${lower.length} rows)` : ''}: lower ${lower[first]} is above upper ${upper[first]}`,
      expected: 'lower <= upper on every row (are lower and upper swapped in ssot/model.json?)',
      found: `lower ${lower[first]}, upper ${upper[first]}`,
    })
  })
}

/** A KPI precondition on the whole holdout, beyond what `compute` checks; returns why it cannot be computed. */
function precheck(def: KpiDef, d: EvalData, dtype: 'float32' | 'float64'): string | undefined {
  if (def.name === 'roc_auc_ovr' && d.probabilities) {
    const bad = firstBadRowSum(d.probabilities, dtype, 'roc_auc_ovr')
    if (bad)
      return `one-vs-rest ROC AUC needs probabilities that sum to 1 on every row (scikit-learn raises otherwise: ${bad.tolerance}); holdout row ${bad.row + 1} sums to ${bad.sum}`
  }
  return undefined
}

/** Notes that qualify a KPI's value (said with every check of it and in the report). */
function valueNote(def: KpiDef, d: EvalData, variable: string): string | undefined {
  if (def.name === 'mape') {
    let zeros = 0
    for (const v of d.y) if (v === 0) zeros++
    if (zeros > 0)
      return `${variable} is 0 on ${zeros} of ${d.n} holdout rows: MAPE divides by max(|y|, 2.2e-16) as scikit-learn defines it, so those rows dominate it and MAPE is not meaningful here (use mae or rmse)`
  }
  return undefined
}

/** Pure G1 evaluation: metrics, bootstrap replicates, baseline deltas, slices, and the checks of every rule. */
export function evaluateG1(input: G1Input): { checks: Check[]; report: Record<string, unknown> } {
  const cand = evalData(input, input.candidate)
  const base = input.baseline ? evalData(input, input.baseline) : undefined
  const groups = sliceGroups(input.slices)
  const wanted = new Map<string, { def: KpiDef; sliceGap: boolean; variable: string }>()
  for (const v of input.variables) {
    const d = cand.get(v.name)!
    for (const name of REPORTED[input.task]) {
      const found = findKpi(name)!
      // Shown by default only when the model has the outputs they need; a rule naming one still gets an error.
      if (found.def.needs === 'intervals' && !d.lower) continue
      if (found.def.needs === 'probabilities' && !d.probabilities) continue
      wanted.set(key(name, v.name), { ...found, variable: v.name })
    }
  }
  for (const rule of input.rules) {
    const r = resolveRule(rule, input.variables, input.task)
    if ('def' in r)
      wanted.set(key(rule.kpi, rule.variable), { ...findKpi(rule.kpi)!, variable: rule.variable })
  }

  const reasons = new Map<string, string>()
  const baselineReasons = new Map<string, string>()
  const candidate = new Map<string, Measured>()
  const baseline = new Map<string, Comparison>()
  const bootstrapped: Bootstrapped[] = []
  const dtypeOf = (who: 'candidate' | 'baseline') =>
    (who === 'candidate' ? input.candidate : input.baseline)?.probabilityDtype ?? 'float64'

  /** The KPI's point value on one model, or undefined with the reason in `into`. */
  const pointValue = (
    def: KpiDef,
    d: EvalData,
    k: string,
    who: 'candidate' | 'baseline',
    into: Map<string, string>,
  ): number | undefined => {
    const missing = missingOutputs(def, d, `${who} model`)
    if (missing) {
      into.set(k, missing)
      return undefined
    }
    const pre = precheck(def, d, dtypeOf(who))
    if (pre) {
      into.set(k, pre)
      return undefined
    }
    try {
      const v = def.compute!(d)
      if (Number.isFinite(v)) return v
      into.set(k, `${def.name} is ${v} on the holdout`)
    } catch (error) {
      into.set(k, error instanceof InputError ? error.problem.message : (error as Error).message)
    }
    return undefined
  }

  const sliceGaps: Measures['sliceGaps'] = new Map()
  for (const [k, { def, sliceGap: isGap, variable }] of wanted) {
    if (!def.compute) {
      const ops = input.operations
      const v = ops ? operational(def.name, ops.candidate) : undefined
      if (v === undefined)
        reasons.set(
          k,
          'operational KPIs need the model to be run (they are measured by the gate, not read from data)',
        )
      else candidate.set(k, { value: v })
      const bv = ops?.baseline ? operational(def.name, ops.baseline) : undefined
      if (v !== undefined && bv !== undefined) baseline.set(k, { baseline: bv, delta: v - bv })
      continue
    }
    const c = cand.get(variable)!
    const b = base?.get(variable)
    if (isGap) {
      measureSliceGap(k, def, c, b, groups, {
        candidate,
        baseline,
        reasons,
        baselineReasons,
        sliceGaps,
      })
      continue
    }
    const v = pointValue(def, c, k, 'candidate', reasons)
    if (v === undefined) continue
    const note = valueNote(def, c, variable)
    candidate.set(k, { value: v, ...(note ? { note } : {}) })
    const bv = b ? pointValue(def, b, k, 'baseline', baselineReasons) : undefined
    if (bv !== undefined) baseline.set(k, { baseline: bv, delta: v - bv })
    bootstrapped.push({ k, def, c, ...(bv !== undefined ? { b: b! } : {}) })
  }

  pairedBootstrap(input, bootstrapped, { candidate, baseline })

  const checks = judgeRules({
    rules: input.rules,
    variables: input.variables,
    task: input.task,
    candidate,
    baseline,
    reasons,
    baselineReasons,
    hasBaseline: input.baseline !== undefined,
    resamples: input.resamples,
  })
  return {
    checks,
    report: buildReport({ input, cand, candidate, baseline, reasons, groups, wanted, sliceGaps }),
  }
}

function operational(name: string, ops: Operations): number | undefined {
  const kpis: Record<string, number> = operationalKpis(ops)
  return kpis[name]
}
