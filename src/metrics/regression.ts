import { EPS, type Index, size, weightedMean, type Weights } from './common.js'

/** Regression metrics: errors, R², bias and prediction intervals, as scikit-learn defines them. */

export function mae(y: Float64Array, p: Float64Array, idx?: Index, w?: Weights): number {
  if (w) return weightedMean(w, idx, 'MAE', (i) => Math.abs(y[i]! - p[i]!))
  const n = size(y.length, idx)
  let s = 0
  for (let k = 0; k < n; k++) {
    const i = idx ? idx[k]! : k
    s += Math.abs(y[i]! - p[i]!)
  }
  return s / n
}

export function rmse(y: Float64Array, p: Float64Array, idx?: Index, w?: Weights): number {
  if (w) return Math.sqrt(weightedMean(w, idx, 'RMSE', (i) => (y[i]! - p[i]!) ** 2))
  const n = size(y.length, idx)
  let s = 0
  for (let k = 0; k < n; k++) {
    const i = idx ? idx[k]! : k
    const d = y[i]! - p[i]!
    s += d * d
  }
  return Math.sqrt(s / n)
}

/** sklearn's mean_absolute_percentage_error: |y - p| / max(|y|, eps), as a fraction (not %). */
export function mape(y: Float64Array, p: Float64Array, idx?: Index, w?: Weights): number {
  if (w)
    return weightedMean(
      w,
      idx,
      'MAPE',
      (i) => Math.abs(y[i]! - p[i]!) / Math.max(Math.abs(y[i]!), EPS),
    )
  const n = size(y.length, idx)
  let s = 0
  for (let k = 0; k < n; k++) {
    const i = idx ? idx[k]! : k
    s += Math.abs(y[i]! - p[i]!) / Math.max(Math.abs(y[i]!), EPS)
  }
  return s / n
}

/**
 * R² with sklearn's force_finite rule: a constant target gives 1 for a perfect fit, else 0.
 * Weighted: 1 − Σw(y − p)² / Σw(y − ȳ_w)², ȳ_w the weighted mean of y.
 */
export function r2(y: Float64Array, p: Float64Array, idx?: Index, w?: Weights): number {
  if (w) return r2Weighted(y, p, idx, w)
  const n = size(y.length, idx)
  let mean = 0
  for (let k = 0; k < n; k++) mean += y[idx ? idx[k]! : k]!
  mean /= n
  let res = 0
  let tot = 0
  for (let k = 0; k < n; k++) {
    const i = idx ? idx[k]! : k
    const d = y[i]! - p[i]!
    const t = y[i]! - mean
    res += d * d
    tot += t * t
  }
  if (tot === 0) return res === 0 ? 1 : 0
  return 1 - res / tot
}

function r2Weighted(y: Float64Array, p: Float64Array, idx: Index, w: Float64Array): number {
  const n = size(y.length, idx)
  // The weighted mean, shifted by the first value: exact for a constant target, whose R² then follows the force_finite rule.
  const first = y[idx ? idx[0]! : 0]!
  const mean = first + weightedMean(w, idx, 'R²', (i) => y[i]! - first)
  let res = 0
  let tot = 0
  for (let k = 0; k < n; k++) {
    const i = idx ? idx[k]! : k
    const d = y[i]! - p[i]!
    const t = y[i]! - mean
    res += w[i]! * d * d
    tot += w[i]! * t * t
  }
  if (tot === 0) return res === 0 ? 1 : 0
  return 1 - res / tot
}

/** Mean error, prediction minus actual: positive means the model over-predicts. */
export function bias(y: Float64Array, p: Float64Array, idx?: Index, w?: Weights): number {
  if (w) return weightedMean(w, idx, 'Mean error', (i) => p[i]! - y[i]!)
  const n = size(y.length, idx)
  let s = 0
  for (let k = 0; k < n; k++) {
    const i = idx ? idx[k]! : k
    s += p[i]! - y[i]!
  }
  return s / n
}

/** Largest absolute error over the rows. Unweighted even on a weighted holdout: scikit-learn's max_error takes no sample_weight. */
export function maxError(y: Float64Array, p: Float64Array, idx?: Index): number {
  const n = size(y.length, idx)
  let m = 0
  for (let k = 0; k < n; k++) {
    const i = idx ? idx[k]! : k
    m = Math.max(m, Math.abs(y[i]! - p[i]!))
  }
  return m
}

/** Fraction of rows (weighted: of the weight) whose actual value lies in [lower, upper] (both ends inclusive). */
export function coverage(
  y: Float64Array,
  lower: Float64Array,
  upper: Float64Array,
  idx?: Index,
  w?: Weights,
): number {
  if (w)
    return weightedMean(w, idx, 'Coverage', (i) =>
      y[i]! >= lower[i]! && y[i]! <= upper[i]! ? 1 : 0,
    )
  const n = size(y.length, idx)
  let c = 0
  for (let k = 0; k < n; k++) {
    const i = idx ? idx[k]! : k
    if (y[i]! >= lower[i]! && y[i]! <= upper[i]!) c++
  }
  return c / n
}

export function intervalWidth(
  lower: Float64Array,
  upper: Float64Array,
  idx?: Index,
  w?: Weights,
): number {
  if (w) return weightedMean(w, idx, 'Mean interval width', (i) => upper[i]! - lower[i]!)
  const n = size(lower.length, idx)
  let s = 0
  for (let k = 0; k < n; k++) {
    const i = idx ? idx[k]! : k
    s += upper[i]! - lower[i]!
  }
  return s / n
}
