import { InputError } from '../contract/errors.js'

/**
 * What every metric shares. Every function takes an optional index array so
 * the same code serves the point estimate (idx undefined: all rows) and each
 * bootstrap resample (idx: the resampled row numbers), and optional weights.
 */

export type Index = Int32Array | undefined

/**
 * Sample weights, one per holdout row (undefined: every row weighs 1). A
 * weighted metric is scikit-learn's with `sample_weight`; a bootstrap
 * resample's rows carry their weights (a row drawn twice counts its weight
 * twice). The unweighted code paths are kept as they are, for speed.
 */
export type Weights = Float64Array | undefined

export const EPS = 2.220446049250313e-16

/** Machine epsilon of the probability output's dtype (numpy's finfo(dtype).eps): log loss clips with it. */
export const DTYPE_EPS = { float32: 2 ** -23, float64: 2 ** -52 } as const

export function size(n: number, idx: Index): number {
  return idx ? idx.length : n
}

/** A weighted mean over rows whose weights sum to 0 divides by zero, so that is an error, never NaN. */
export function zeroTotalWeight(what: string, rows: number): InputError {
  return new InputError({
    message: `${what} is undefined: the sample weights of these ${rows} rows sum to 0`,
    expected: 'rows with a positive total sample weight',
    found: `${rows} rows, every weight 0`,
  })
}

/** Σ w·f(i) / Σ w over the rows, in one pass: scikit-learn's `_average(values, weights=sample_weight)`. */
export function weightedMean(
  w: Float64Array,
  idx: Index,
  what: string,
  f: (i: number) => number,
): number {
  const n = size(w.length, idx)
  let s = 0
  let total = 0
  for (let k = 0; k < n; k++) {
    const i = idx ? idx[k]! : k
    const wi = w[i]!
    total += wi
    // A row of weight 0 adds nothing (and its term is not evaluated, so 0·∞ cannot make NaN).
    if (wi !== 0) s += wi * f(i)
  }
  if (!(total > 0)) throw zeroTotalWeight(what, n)
  return s / total
}

export function zeroWeightClass(
  metric: string,
  cls: 'positive' | 'negative',
  rows: number,
): InputError {
  return new InputError({
    message: `${metric} is undefined: the ${rows} ${cls} rows carry a total sample weight of 0`,
    expected: `a positive total weight of the ${cls} rows`,
    found: `${rows} ${cls} rows, every weight 0`,
  })
}

export function singleClass(
  metric: string,
  only: 'positive' | 'negative',
  rows: number,
): InputError {
  return new InputError({
    message: `${metric} is undefined: the labels contain a single class (${rows} ${only} rows, no ${only === 'positive' ? 'negative' : 'positive'} one)`,
    expected: 'both positive and negative labels',
    found: `one class only`,
  })
}
