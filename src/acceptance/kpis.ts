import type { ModelConfig } from '../ssot/model-config.js'
import * as m from '../metrics/index.js'

/** What G1 evaluates for one variable of one model, in holdout order. */
export interface EvalData {
  task: ModelConfig['task']
  n: number
  /** Regression: the variable's actual values, predictions and optional interval bounds. */
  y: Float64Array
  prediction: Float64Array
  lower?: Float64Array
  upper?: Float64Array
  /** Classification: labels and predicted labels as class indexes, the declared classes (as text). */
  labels: Int32Array
  predictedClass: Int32Array
  classes: readonly string[]
  probabilities?: Float64Array[]
  /** Machine epsilon of the probabilities output's dtype (log loss clipping). */
  probabilityEps: number
  eceBins: number
  /** Sample weights of the holdout rows (`weight` in ssot/model.json); undefined: unweighted. */
  weights?: Float64Array
  /**
   * G4: the production model's predictions on the same rows as `prediction`
   * (regression) or `predictedClass` (classification), for the agreement KPIs
   * between the shadow (the candidate) and production.
   */
  production?: Float64Array
  productionClass?: Int32Array
}

/** A KPI's unit, checked against the unit column of kpi_acceptance.csv. */
export type UnitKind = 'target' | 'ratio' | 'none' | 'ms' | 'rows/s' | 'days'

export interface KpiDef {
  name: string
  tasks: readonly ModelConfig['task'][]
  /** Lower values are better (errors, losses, latency) or higher (scores). */
  better: 'lower' | 'higher'
  unit: UnitKind
  needs?: 'intervals' | 'probabilities' | 'production'
  /** `model`: about the model as a whole (the rule's variable is empty), as ms and rows/s KPIs are. */
  scope?: 'model'
  /** The gates that may judge it; absent: G1 and G4 (G4 on the shadow log's rows that have ground truth). */
  gates?: readonly string[]
  /** Computed on the holdout rows (idx: a bootstrap resample or a slice), with the rows' weights when there are. Absent for operational KPIs. */
  compute?: (d: EvalData, idx?: m.Index) => number
}

const REG = ['regression'] as const
const CLS = ['binary', 'multiclass'] as const
const BIN = ['binary'] as const
const MULTI = ['multiclass'] as const
const ALL = ['regression', 'binary', 'multiclass'] as const

const prf =
  (metric: m.PrfMetric, average: m.Average): KpiDef['compute'] =>
  (d, idx) =>
    m.prf(metric, average, d.labels, d.predictedClass, d.classes.length, idx, d.weights)

/** The KPI names kpi_acceptance.csv may use for G1, and how each is computed. */
export const KPIS: readonly KpiDef[] = [
  {
    name: 'mae',
    tasks: REG,
    better: 'lower',
    unit: 'target',
    compute: (d, i) => m.mae(d.y, d.prediction, i, d.weights),
  },
  {
    name: 'rmse',
    tasks: REG,
    better: 'lower',
    unit: 'target',
    compute: (d, i) => m.rmse(d.y, d.prediction, i, d.weights),
  },
  {
    name: 'mape',
    tasks: REG,
    better: 'lower',
    unit: 'ratio',
    compute: (d, i) => m.mape(d.y, d.prediction, i, d.weights),
  },
  {
    name: 'r2',
    tasks: REG,
    better: 'higher',
    unit: 'none',
    compute: (d, i) => m.r2(d.y, d.prediction, i, d.weights),
  },
  {
    name: 'bias',
    tasks: REG,
    better: 'lower',
    unit: 'target',
    compute: (d, i) => m.bias(d.y, d.prediction, i, d.weights),
  },
  {
    name: 'abs_bias',
    tasks: REG,
    better: 'lower',
    unit: 'target',
    compute: (d, i) => Math.abs(m.bias(d.y, d.prediction, i, d.weights)),
  },
  {
    name: 'max_error',
    tasks: REG,
    better: 'lower',
    unit: 'target',
    compute: (d, i) => m.maxError(d.y, d.prediction, i),
  },
  {
    name: 'coverage',
    tasks: REG,
    better: 'higher',
    unit: 'ratio',
    needs: 'intervals',
    compute: (d, i) => m.coverage(d.y, d.lower!, d.upper!, i, d.weights),
  },
  {
    name: 'interval_width',
    tasks: REG,
    better: 'lower',
    unit: 'target',
    needs: 'intervals',
    compute: (d, i) => m.intervalWidth(d.lower!, d.upper!, i, d.weights),
  },
  {
    name: 'accuracy',
    tasks: CLS,
    better: 'higher',
    unit: 'ratio',
    compute: (d, i) => m.accuracy(d.labels, d.predictedClass, i, d.weights),
  },
  {
    name: 'balanced_accuracy',
    tasks: CLS,
    better: 'higher',
    unit: 'ratio',
    compute: (d, i) =>
      m.balancedAccuracy(d.labels, d.predictedClass, d.classes.length, i, d.weights),
  },
  {
    name: 'precision',
    tasks: BIN,
    better: 'higher',
    unit: 'ratio',
    compute: prf('precision', 'binary'),
  },
  { name: 'recall', tasks: BIN, better: 'higher', unit: 'ratio', compute: prf('recall', 'binary') },
  { name: 'f1', tasks: BIN, better: 'higher', unit: 'ratio', compute: prf('f1', 'binary') },
  {
    name: 'precision_macro',
    tasks: CLS,
    better: 'higher',
    unit: 'ratio',
    compute: prf('precision', 'macro'),
  },
  {
    name: 'recall_macro',
    tasks: CLS,
    better: 'higher',
    unit: 'ratio',
    compute: prf('recall', 'macro'),
  },
  { name: 'f1_macro', tasks: CLS, better: 'higher', unit: 'ratio', compute: prf('f1', 'macro') },
  {
    name: 'precision_weighted',
    tasks: CLS,
    better: 'higher',
    unit: 'ratio',
    compute: prf('precision', 'weighted'),
  },
  {
    name: 'recall_weighted',
    tasks: CLS,
    better: 'higher',
    unit: 'ratio',
    compute: prf('recall', 'weighted'),
  },
  {
    name: 'f1_weighted',
    tasks: CLS,
    better: 'higher',
    unit: 'ratio',
    compute: prf('f1', 'weighted'),
  },
  {
    name: 'roc_auc',
    tasks: BIN,
    better: 'higher',
    unit: 'ratio',
    needs: 'probabilities',
    compute: (d, i) => m.rocAuc(m.indicator(d.labels, 1), d.probabilities![1]!, i, d.weights),
  },
  {
    name: 'roc_auc_ovr',
    tasks: MULTI,
    better: 'higher',
    unit: 'ratio',
    needs: 'probabilities',
    compute: (d, i) => m.rocAucOvr(d.labels, d.probabilities!, i, d.classes, d.weights),
  },
  {
    name: 'average_precision',
    tasks: BIN,
    better: 'higher',
    unit: 'ratio',
    needs: 'probabilities',
    compute: (d, i) =>
      m.averagePrecision(m.indicator(d.labels, 1), d.probabilities![1]!, i, d.weights),
  },
  {
    name: 'log_loss',
    tasks: CLS,
    better: 'lower',
    unit: 'none',
    needs: 'probabilities',
    compute: (d, i) => m.logLoss(d.labels, d.probabilities!, i, d.probabilityEps, d.weights),
  },
  {
    name: 'brier',
    tasks: CLS,
    better: 'lower',
    unit: 'none',
    needs: 'probabilities',
    compute: (d, i) => m.brier(d.labels, d.probabilities!, i, d.weights),
  },
  {
    name: 'ece',
    tasks: CLS,
    better: 'lower',
    unit: 'ratio',
    needs: 'probabilities',
    compute: (d, i) => m.ece(d.labels, d.probabilities!, d.eceBins, i, d.weights),
  },
  // Operational: G1 measures them on the runner; G4 reads them from the shadow log's latency columns.
  { name: 'latency_p50_ms', tasks: ALL, better: 'lower', unit: 'ms' },
  { name: 'latency_p95_ms', tasks: ALL, better: 'lower', unit: 'ms' },
  { name: 'latency_p99_ms', tasks: ALL, better: 'lower', unit: 'ms' },
  { name: 'throughput_rows_per_s', tasks: ALL, better: 'higher', unit: 'rows/s', gates: ['G1'] },
  // Shadow (G4) only: the shadow against production on every logged row, and the log itself.
  {
    name: 'mean_abs_diff',
    tasks: REG,
    better: 'lower',
    unit: 'target',
    needs: 'production',
    gates: ['G4'],
    compute: (d, i) => m.mae(d.production!, d.prediction, i),
  },
  {
    name: 'agreement',
    tasks: CLS,
    better: 'higher',
    unit: 'ratio',
    needs: 'production',
    gates: ['G4'],
    compute: (d, i) => m.accuracy(d.productionClass!, d.predictedClass, i),
  },
  { name: 'error_rate', tasks: ALL, better: 'lower', unit: 'ratio', scope: 'model', gates: ['G4'] },
  { name: 'days_covered', tasks: ALL, better: 'higher', unit: 'days', gates: ['G4'] },
]

/** The gates that may judge a KPI. */
export function kpiGates(def: KpiDef): readonly string[] {
  return def.gates ?? ['G1', 'G4']
}

const SLICE_PREFIX = 'slice_gap_'

/** Finds a KPI by name; `slice_gap_<kpi>` is the largest difference of that KPI between slices. */
export function findKpi(name: string): { def: KpiDef; sliceGap: boolean } | undefined {
  if (name.startsWith(SLICE_PREFIX)) {
    const base = KPIS.find((k) => k.name === name.slice(SLICE_PREFIX.length) && k.compute)
    // A gap is in the base KPI's unit, and smaller is better whichever way the KPI points.
    return base ? { def: { ...base, name, better: 'lower' }, sliceGap: true } : undefined
  }
  const def = KPIS.find((k) => k.name === name)
  return def ? { def, sliceGap: false } : undefined
}

/** The units a rule may state for a KPI. */
export function acceptedUnits(def: KpiDef, targetUnit: string | undefined): string[] {
  switch (def.unit) {
    case 'target':
      return targetUnit ? [targetUnit] : ['']
    case 'ratio':
      return ['ratio', '']
    case 'none':
      return ['']
    case 'ms':
      return ['ms']
    case 'rows/s':
      return ['rows/s']
    case 'days':
      return ['days']
  }
}
