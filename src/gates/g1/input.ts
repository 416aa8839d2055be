import type { KpiRule } from '../../ssot/kpi.js'
import type { Variable } from '../../acceptance/rules.js'
import type { Predictions } from '../../onnx/runner.js'
import type { Operations } from '../../acceptance/operations.js'

/** Everything G1 judges, read and predicted: the pure evaluation's input. */
export interface G1Input {
  task: 'regression' | 'binary' | 'multiclass'
  /** Regression targets, or the one classification label. */
  variables: Variable[]
  /** Declared classes, as text, in probability-column order. */
  classes?: string[]
  rules: KpiRule[]
  rows: number
  /** Regression: the actual values of each variable, in `variables` order. */
  y: Float64Array[]
  /** Classification: labels as class indexes. */
  labels: Int32Array
  slices: Map<string, string[]>
  /** Sample weights of the holdout rows and the column they come from; absent: unweighted. */
  weights?: { column: string; values: Float64Array }
  candidate: Predictions
  baseline?: Predictions
  operations?: { candidate: Operations; baseline?: Operations }
  resamples: number
  seed: number
  eceBins: number
}
