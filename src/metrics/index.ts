import { InputError } from '../contract/errors.js'

/**
 * G1 metrics, defined to match scikit-learn 1.9 (see docs/metrics.md and the
 * parity tests). Every function takes an optional index array so the same
 * code serves the point estimate (idx undefined: all rows) and each
 * bootstrap resample (idx: the resampled row numbers).
 */

export type Index = Int32Array | undefined

/**
 * Sample weights, one per holdout row (undefined: every row weighs 1). A
 * weighted metric is scikit-learn's with `sample_weight`; a bootstrap
 * resample's rows carry their weights (a row drawn twice counts its weight
 * twice). The unweighted code paths are kept as they are, for speed.
 */
export type Weights = Float64Array | undefined

const EPS = 2.220446049250313e-16

/** Machine epsilon of the probability output's dtype (numpy's finfo(dtype).eps): log loss clips with it. */
export const DTYPE_EPS = { float32: 2 ** -23, float64: 2 ** -52 } as const

function size(n: number, idx: Index): number {
  return idx ? idx.length : n
}

/** A weighted mean over rows whose weights sum to 0 divides by zero, so that is an error, never NaN. */
function zeroTotalWeight(what: string, rows: number): InputError {
  return new InputError({
    message: `${what} is undefined: the sample weights of these ${rows} rows sum to 0`,
    expected: 'rows with a positive total sample weight',
    found: `${rows} rows, every weight 0`,
  })
}

/** Σ w·f(i) / Σ w over the rows, in one pass: scikit-learn's `_average(values, weights=sample_weight)`. */
function weightedMean(w: Float64Array, idx: Index, what: string, f: (i: number) => number): number {
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

// ---------- regression ----------

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

// ---------- classification (labels are class indexes 0..K-1) ----------

/** Row counts, or with weights the summed weight, of each (actual, predicted) pair (sklearn's confusion_matrix with sample_weight). */
export function confusionMatrix(
  y: Int32Array,
  pred: Int32Array,
  k: number,
  idx?: Index,
  w?: Weights,
): number[][] {
  const m = Array.from({ length: k }, () => new Array<number>(k).fill(0))
  const n = size(y.length, idx)
  if (w) {
    for (let j = 0; j < n; j++) {
      const i = idx ? idx[j]! : j
      m[y[i]!]![pred[i]!]! += w[i]!
    }
    return m
  }
  for (let j = 0; j < n; j++) {
    const i = idx ? idx[j]! : j
    m[y[i]!]![pred[i]!]!++
  }
  return m
}

export function accuracy(y: Int32Array, pred: Int32Array, idx?: Index, w?: Weights): number {
  if (w) return weightedMean(w, idx, 'Accuracy', (i) => (y[i] === pred[i] ? 1 : 0))
  const n = size(y.length, idx)
  let c = 0
  for (let j = 0; j < n; j++) {
    const i = idx ? idx[j]! : j
    if (y[i] === pred[i]) c++
  }
  return c / n
}

/**
 * Mean recall over the classes that occur in the labels (sklearn drops classes
 * with no support). Weighted: recalls from the weighted confusion matrix, and a
 * class whose rows all weigh 0 has no support.
 */
export function balancedAccuracy(
  y: Int32Array,
  pred: Int32Array,
  k: number,
  idx?: Index,
  w?: Weights,
): number {
  const m = w
    ? weightedConfusion(y, pred, k, idx, w, 'Balanced accuracy').m
    : confusionMatrix(y, pred, k, idx)
  let s = 0
  let classes = 0
  for (let c = 0; c < k; c++) {
    const support = m[c]!.reduce((a, b) => a + b, 0)
    if (support === 0) continue
    s += m[c]![c]! / support
    classes++
  }
  return s / classes
}

export type Average = 'binary' | 'macro' | 'weighted'
export type PrfMetric = 'precision' | 'recall' | 'f1'

/**
 * Precision, recall and F1 as sklearn computes them with zero_division=0 and
 * its default `labels`: binary is for the positive class (index 1); macro and
 * weighted average over the classes present in y ∪ pred (sklearn's
 * unique_labels(y_true, y_pred)), so a declared class that neither occurs nor
 * is predicted does not pull the macro mean down; weighted uses each class's
 * support in y.
 * Weighted: tp, fp and fn are summed weights, `weighted` uses each class's
 * summed weight in y, and the classes averaged over are still those present
 * in y ∪ pred (a class whose rows all weigh 0 counts, with its 0/0 = 0 score,
 * as sklearn's unique_labels does not look at weights).
 */
export function prf(
  metric: PrfMetric,
  average: Average,
  y: Int32Array,
  pred: Int32Array,
  k: number,
  idx?: Index,
  w?: Weights,
): number {
  const weighted = w
    ? weightedConfusion(
        y,
        pred,
        k,
        idx,
        w,
        metric === 'f1' ? 'F1' : metric === 'precision' ? 'Precision' : 'Recall',
      )
    : undefined
  const m = weighted ? weighted.m : confusionMatrix(y, pred, k, idx)
  const present = weighted?.present
  const perClass = (c: number): number => {
    const tp = m[c]![c]!
    let fp = 0
    let fn = 0
    for (let o = 0; o < k; o++) {
      if (o === c) continue
      fp += m[o]![c]!
      fn += m[c]![o]!
    }
    const denom =
      metric === 'precision' ? tp + fp : metric === 'recall' ? tp + fn : 2 * tp + fp + fn
    if (denom === 0) return 0
    return (metric === 'f1' ? 2 * tp : tp) / denom
  }
  if (average === 'binary') return perClass(1)
  let s = 0
  let sum = 0
  for (let c = 0; c < k; c++) {
    const support = m[c]!.reduce((a, b) => a + b, 0)
    let predicted = 0
    for (let o = 0; o < k; o++) predicted += m[o]![c]!
    if (present ? !present[c] : support === 0 && predicted === 0) continue
    const weight = average === 'macro' ? 1 : support
    s += weight * perClass(c)
    sum += weight
  }
  return sum === 0 ? 0 : s / sum
}

/**
 * One pass over the rows: the weighted confusion matrix, which classes occur
 * among the labels or the predictions whatever their weights (sklearn's
 * unique_labels), and an error when the weights sum to 0.
 */
function weightedConfusion(
  y: Int32Array,
  pred: Int32Array,
  k: number,
  idx: Index,
  w: Float64Array,
  what: string,
): { m: number[][]; present: Uint8Array } {
  const flat = new Float64Array(k * k)
  const present = new Uint8Array(k)
  const n = size(y.length, idx)
  let total = 0
  for (let j = 0; j < n; j++) {
    const i = idx ? idx[j]! : j
    const a = y[i]!
    const b = pred[i]!
    present[a] = 1
    present[b] = 1
    flat[a * k + b]! += w[i]!
    total += w[i]!
  }
  if (!(total > 0)) throw zeroTotalWeight(what, n)
  return {
    m: Array.from({ length: k }, (_, a) => Array.from(flat.subarray(a * k, (a + 1) * k))),
    present,
  }
}

/** The last full-holdout split, so AUC and AP on the same scores sort them once. */
let lastSplit:
  { positive: Uint8Array; score: Float64Array; pos: Float64Array; neg: Float64Array } | undefined

/** The scores of positive and negative rows, each sorted ascending (native typed-array sorts). */
function splitSorted(
  positive: Uint8Array,
  score: Float64Array,
  idx?: Index,
): { pos: Float64Array; neg: Float64Array } {
  if (!idx && lastSplit && lastSplit.score === score && sameLabels(lastSplit.positive, positive))
    return lastSplit
  const split = computeSplit(positive, score, idx)
  if (!idx) lastSplit = { positive, score, ...split }
  return split
}

function sameLabels(a: Uint8Array, b: Uint8Array): boolean {
  if (a === b) return true
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

function computeSplit(
  positive: Uint8Array,
  score: Float64Array,
  idx?: Index,
): { pos: Float64Array; neg: Float64Array } {
  const n = size(score.length, idx)
  let nPos = 0
  for (let k = 0; k < n; k++) if (positive[idx ? idx[k]! : k]) nPos++
  const pos = new Float64Array(nPos)
  const neg = new Float64Array(n - nPos)
  let p = 0
  let q = 0
  for (let k = 0; k < n; k++) {
    const i = idx ? idx[k]! : k
    if (positive[i]) pos[p++] = score[i]!
    else neg[q++] = score[i]!
  }
  return { pos: pos.sort(), neg: neg.sort() }
}

/**
 * Binary ROC AUC as the Mann-Whitney statistic: the share of (positive,
 * negative) pairs where the positive scores higher, counting ties as one
 * half. That is the trapezoidal area under sklearn's ROC curve, where tied
 * scores form one diagonal step. Undefined with a single class.
 */
export function rocAuc(
  positive: Uint8Array,
  score: Float64Array,
  idx?: Index,
  w?: Weights,
): number {
  if (w) return rocAucWeighted(positive, score, idx, w)
  const { pos, neg } = splitSorted(positive, score, idx)
  if (pos.length === 0 || neg.length === 0)
    throw singleClass(
      'ROC AUC',
      pos.length === 0 ? 'negative' : 'positive',
      pos.length + neg.length,
    )
  let below = 0 // negatives with a lower score than the current positive
  let upTo = 0 // negatives with a score <= the current positive
  let wins = 0
  for (const s of pos) {
    while (below < neg.length && neg[below]! < s) below++
    if (upTo < below) upTo = below
    while (upTo < neg.length && neg[upTo]! <= s) upTo++
    wins += below + (upTo - below) / 2
  }
  return wins / (pos.length * neg.length)
}

/**
 * One-vs-rest ROC AUC averaged over the declared classes (sklearn
 * multi_class="ovr", average="macro", labels=classes). Each class needs rows
 * of its own and rows of other classes; sklearn raises otherwise, and so does
 * G1, naming the class. `names` label the classes in that message.
 */
export function rocAucOvr(
  y: Int32Array,
  proba: Float64Array[],
  idx?: Index,
  names?: readonly string[],
  w?: Weights,
): number {
  const n = size(y.length, idx)
  const count = new Float64Array(proba.length)
  for (let j = 0; j < n; j++) count[y[idx ? idx[j]! : j]!]!++
  const name = (c: number) => (names?.[c] !== undefined ? JSON.stringify(names[c]) : `#${c}`)
  const absent = [...count.keys()].filter((c) => count[c] === 0)
  if (absent.length > 0) {
    throw new InputError({
      message: `one-vs-rest ROC AUC is undefined: class${absent.length > 1 ? 'es' : ''} ${absent.map(name).join(', ')} never occur${absent.length > 1 ? '' : 's'} in the holdout labels, so ${absent.length > 1 ? 'their' : 'its'} one-vs-rest curve has no positive rows`,
      expected: `every declared class among the labels (${proba.length} classes)`,
      found: `${proba.length - absent.length} of ${proba.length} classes`,
    })
  }
  if (w) {
    // A class present only on rows of weight 0 has no weighted positives: its curve is undefined (sklearn: NaN).
    const mass = new Float64Array(proba.length)
    for (let j = 0; j < n; j++) {
      const i = idx ? idx[j]! : j
      mass[y[i]!]! += w[i]!
    }
    const total = mass.reduce((a, b) => a + b, 0)
    const weightless = [...mass.keys()].filter((c) => !(mass[c]! > 0) || !(total - mass[c]! > 0))
    if (weightless.length > 0) {
      throw new InputError({
        message: `one-vs-rest ROC AUC is undefined: the rows of class${weightless.length > 1 ? 'es' : ''} ${weightless.map(name).join(', ')} (or of all the other classes) carry a total sample weight of 0, so the one-vs-rest curve has no weighted positive (or negative) rows`,
        expected: 'a positive total weight for every declared class and for the rest',
        found: weightless.map((c) => `${name(c)}: ${mass[c]} of ${total}`).join(', '),
      })
    }
  }
  let s = 0
  for (let c = 0; c < proba.length; c++) s += rocAuc(indicator(y, c), proba[c]!, idx, w)
  return s / proba.length
}

/**
 * The row sums scikit-learn accepts as probabilities, with sums taken in the
 * output's dtype:
 * - log_loss (and brier_score_loss, through the same validation) warns
 *   "y_prob values do not sum to one" unless |sum − 1| ≤ 1e-8 + sqrt(eps)
 *   (array_api_extra.isclose with rtol = sqrt(finfo(dtype).eps), atol = 1e-8);
 *   G1 makes that an error, since such rows are not probabilities;
 * - roc_auc_score(multi_class="ovr") raises unless np.allclose(1, sum):
 *   |1 − sum| ≤ 1e-8 + 1e-5 · |sum|.
 * Each returns the first offending row (0-based) with its sum, or undefined.
 */
export function firstBadRowSum(
  proba: Float64Array[],
  dtype: keyof typeof DTYPE_EPS,
  rule: 'log_loss' | 'roc_auc_ovr',
): { row: number; sum: number; tolerance: string } | undefined {
  const n = proba[0]?.length ?? 0
  const f32 = dtype === 'float32'
  const tol = Math.sqrt(DTYPE_EPS[dtype])
  for (let i = 0; i < n; i++) {
    let sum = 0
    for (let c = 0; c < proba.length; c++)
      sum = f32 ? Math.fround(sum + proba[c]![i]!) : sum + proba[c]![i]!
    const ok =
      rule === 'log_loss'
        ? Math.abs(sum - 1) <= 1e-8 + tol
        : Math.abs(1 - sum) <= 1e-8 + 1e-5 * Math.abs(sum)
    if (!ok)
      return {
        row: i,
        sum,
        tolerance:
          rule === 'log_loss'
            ? `|sum − 1| ≤ 1e-8 + sqrt(eps of ${dtype}) = ${(1e-8 + tol).toPrecision(3)}`
            : '|sum − 1| ≤ 1e-8 + 1e-5·sum (numpy allclose)',
      }
  }
  return undefined
}

/**
 * Average precision as sklearn defines it: AP = Σ_k (R_k − R_{k−1}) · P_k over
 * the distinct score thresholds in decreasing order (a step function, not the
 * trapezoid). Tied scores enter together.
 */
export function averagePrecision(
  positive: Uint8Array,
  score: Float64Array,
  idx?: Index,
  w?: Weights,
): number {
  if (w) return averagePrecisionWeighted(positive, score, idx, w)
  const { pos, neg } = splitSorted(positive, score, idx)
  if (pos.length === 0)
    throw new InputError({
      message: 'average precision is undefined: no holdout row has the positive class',
      expected: 'at least one positive label',
      found: `${neg.length} negative rows only`,
    })
  let i = pos.length - 1
  let j = neg.length - 1
  let tp = 0
  let fp = 0
  let prevRecall = 0
  let ap = 0
  while (i >= 0) {
    const t = Math.max(pos[i]!, j >= 0 ? neg[j]! : Number.NEGATIVE_INFINITY)
    while (i >= 0 && pos[i] === t) {
      tp++
      i--
    }
    while (j >= 0 && neg[j] === t) {
      fp++
      j--
    }
    const recall = tp / pos.length
    ap += (recall - prevRecall) * (tp / (tp + fp))
    prevRecall = recall
  }
  return ap
}

/** Row numbers sorted by ascending score, computed once per score array (the weighted AUC and AP walk it). */
const ascending = new WeakMap<Float64Array, Int32Array>()

function ascendingOrder(score: Float64Array): Int32Array {
  let order = ascending.get(score)
  if (!order) {
    order = new Int32Array(score.length)
    for (let i = 0; i < order.length; i++) order[i] = i
    order.sort((a, b) => score[a]! - score[b]!)
    ascending.set(score, order)
  }
  return order
}

/**
 * The weighted positive and negative mass of each distinct score, in
 * ascending score order (tied scores form one group), with the totals and
 * the row counts of each class. Rows of weight 0 add no mass, as scikit-learn
 * drops them before building its curves; they still count as rows of their
 * class, as in sklearn's single-class check.
 */
function weightedGroups(positive: Uint8Array, score: Float64Array, idx: Index, w: Float64Array) {
  const order = ascendingOrder(score)
  const drawn = idx ? rowCounts(idx, w.length) : undefined
  const pos = new Float64Array(order.length)
  const neg = new Float64Array(order.length)
  let g = -1
  let last = Number.NaN
  let totalPos = 0
  let totalNeg = 0
  let nPos = 0
  let nNeg = 0
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!
    const times = drawn ? drawn[i]! : 1
    if (times === 0) continue
    if (positive[i]) nPos += times
    else nNeg += times
    // The row's sample weight, times the number of times the resample drew it.
    const wi = w[i]! * times
    if (wi === 0) continue
    if (score[i] !== last) {
      g++
      last = score[i]!
    }
    if (positive[i]) {
      pos[g]! += wi
      totalPos += wi
    } else {
      neg[g]! += wi
      totalNeg += wi
    }
  }
  return { pos, neg, groups: g + 1, totalPos, totalNeg, nPos, nNeg }
}

/** How many times each row occurs in `idx`. */
function rowCounts(idx: Int32Array, n: number): Uint32Array {
  const out = new Uint32Array(n)
  for (let k = 0; k < idx.length; k++) out[idx[k]!]!++
  return out
}

/**
 * Weighted binary ROC AUC: Σ over (positive, negative) pairs of w₊·w₋ (1 when
 * the positive scores higher, ½ when tied) / (W₊·W₋), which is the trapezoidal
 * area under sklearn's ROC curve on weighted cumulative counts.
 */
function rocAucWeighted(
  positive: Uint8Array,
  score: Float64Array,
  idx: Index,
  w: Float64Array,
): number {
  const { pos, neg, groups, totalPos, totalNeg, nPos, nNeg } = weightedGroups(
    positive,
    score,
    idx,
    w,
  )
  if (nPos === 0 || nNeg === 0)
    throw singleClass('ROC AUC', nPos === 0 ? 'negative' : 'positive', nPos + nNeg)
  if (!(totalPos > 0) || !(totalNeg > 0))
    throw zeroWeightClass(
      'ROC AUC',
      totalPos > 0 ? 'negative' : 'positive',
      totalPos > 0 ? nNeg : nPos,
    )
  let below = 0
  let wins = 0
  for (let g = 0; g < groups; g++) {
    wins += pos[g]! * (below + neg[g]! / 2)
    below += neg[g]!
  }
  return wins / (totalPos * totalNeg)
}

/**
 * Weighted average precision: Σ_k (R_k − R_{k−1})·P_k over the distinct
 * scores of rows with a positive weight, in decreasing order, with
 * P_k = TP_k / (TP_k + FP_k) and R_k = TP_k / W₊ on summed weights.
 */
function averagePrecisionWeighted(
  positive: Uint8Array,
  score: Float64Array,
  idx: Index,
  w: Float64Array,
): number {
  const { pos, neg, groups, totalPos, nPos, nNeg } = weightedGroups(positive, score, idx, w)
  if (nPos === 0)
    throw new InputError({
      message: 'average precision is undefined: no holdout row has the positive class',
      expected: 'at least one positive label',
      found: `${nNeg} negative rows only`,
    })
  if (!(totalPos > 0)) throw zeroWeightClass('average precision', 'positive', nPos)
  let tp = 0
  let fp = 0
  let prevRecall = 0
  let ap = 0
  for (let g = groups - 1; g >= 0; g--) {
    tp += pos[g]!
    fp += neg[g]!
    const recall = tp / totalPos
    ap += (recall - prevRecall) * (tp / (tp + fp))
    prevRecall = recall
  }
  return ap
}

/**
 * sklearn's log_loss: probabilities clipped to [eps, 1 − eps] with eps the
 * machine epsilon of the probability output's dtype (float32: 2^-23, float64:
 * 2^-52), natural log, mean (weighted: Σw·loss / Σw). Logs and mean are taken in float64.
 */
export function logLoss(
  y: Int32Array,
  proba: Float64Array[],
  idx?: Index,
  eps: number = EPS,
  w?: Weights,
): number {
  if (w)
    return weightedMean(
      w,
      idx,
      'Log loss',
      (i) => -Math.log(Math.min(Math.max(proba[y[i]!]![i]!, eps), 1 - eps)),
    )
  const n = size(y.length, idx)
  let s = 0
  for (let j = 0; j < n; j++) {
    const i = idx ? idx[j]! : j
    const p = Math.min(Math.max(proba[y[i]!]![i]!, eps), 1 - eps)
    s -= Math.log(p)
  }
  return s / n
}

/**
 * sklearn's brier_score_loss. Two classes: mean((p_1 − [y = 1])²) on the
 * positive column, i.e. brier_score_loss(y, proba[:, 1], pos_label=classes[1])
 * (the same as the halved two-column form when the columns sum to exactly 1;
 * float32 columns need not). More classes: mean over rows of
 * Σ_c (p_c − [y = c])² on all columns. Weighted: the weighted mean of the same per-row loss.
 */
export function brier(y: Int32Array, proba: Float64Array[], idx?: Index, w?: Weights): number {
  const n = size(y.length, idx)
  const k = proba.length
  if (w) {
    if (k === 2)
      return weightedMean(w, idx, 'Brier score', (i) => ((y[i] === 1 ? 1 : 0) - proba[1]![i]!) ** 2)
    return weightedMean(w, idx, 'Brier score', (i) => {
      let r = 0
      for (let c = 0; c < k; c++) r += ((y[i] === c ? 1 : 0) - proba[c]![i]!) ** 2
      return r
    })
  }
  let s = 0
  if (k === 2) {
    const p1 = proba[1]!
    for (let j = 0; j < n; j++) {
      const i = idx ? idx[j]! : j
      const d = (y[i] === 1 ? 1 : 0) - p1[i]!
      s += d * d
    }
    return s / n
  }
  for (let j = 0; j < n; j++) {
    const i = idx ? idx[j]! : j
    for (let c = 0; c < k; c++) {
      const d = (y[i] === c ? 1 : 0) - proba[c]![i]!
      s += d * d
    }
  }
  return s / n
}

/**
 * The bins of expected calibration error and of the reliability diagram
 * (one binning for both): `bins` equal-width bins on [0, 1], a probability of
 * exactly 1 in the last bin. Binary: each row's positive-class probability,
 * correct when the label is the positive class. Multiclass: each row's
 * top-label confidence (its largest probability, ties to the lowest class),
 * correct when that class is the label. Per bin: the row count, the summed
 * confidence and the number of correct rows; with weights, the bin's mass
 * (summed weight), and confidence and correct rows summed with each row's weight.
 */
export function reliabilityBins(
  y: Int32Array,
  proba: Float64Array[],
  bins = 10,
  idx?: Index,
  w?: Weights,
): { count: Float64Array; confidence: Float64Array; correct: Float64Array } {
  const n = size(y.length, idx)
  const count = new Float64Array(bins)
  const confidence = new Float64Array(bins)
  const correct = new Float64Array(bins)
  const binary = proba.length === 2
  for (let j = 0; j < n; j++) {
    const i = idx ? idx[j]! : j
    let p: number
    let hit: number
    if (binary) {
      p = proba[1]![i]!
      hit = y[i] === 1 ? 1 : 0
    } else {
      const best = topClass(proba, i)
      p = proba[best]![i]!
      hit = y[i] === best ? 1 : 0
    }
    const b = Math.min(bins - 1, Math.floor(p * bins))
    if (w) {
      const wi = w[i]!
      count[b]! += wi
      confidence[b]! += wi * p
      correct[b]! += wi * hit
      continue
    }
    count[b]!++
    confidence[b]! += p
    correct[b]! += hit
  }
  return { count, confidence, correct }
}

/**
 * Expected calibration error: ECE = Σ_b (n_b / n)·|accuracy_b − confidence_b| over the bins of `reliabilityBins`.
 * Weighted: n_b is the bin's weight mass and n the total weight; a bin whose rows all weigh 0 is empty.
 */
export function ece(
  y: Int32Array,
  proba: Float64Array[],
  bins = 10,
  idx?: Index,
  w?: Weights,
): number {
  const { count, confidence, correct } = reliabilityBins(y, proba, bins, idx, w)
  // Weighted: the total weight is the bins' summed mass, so the rows are not walked again.
  const n = w ? count.reduce((a, b) => a + b, 0) : size(y.length, idx)
  if (w && !(n > 0)) throw zeroTotalWeight('ECE', size(y.length, idx))
  let e = 0
  for (let b = 0; b < bins; b++)
    if (count[b]! > 0)
      e += (count[b]! / n) * Math.abs(correct[b]! / count[b]! - confidence[b]! / count[b]!)
  return e
}

/**
 * The reliability diagram ECE summarises: for each non-empty bin of
 * `reliabilityBins`, [mean confidence, share of correct rows] (weighted: of the bin's weight).
 */
export function calibrationCurve(
  y: Int32Array,
  proba: Float64Array[],
  bins = 10,
  w?: Weights,
): [number, number][] {
  const { count, confidence, correct } = reliabilityBins(y, proba, bins, undefined, w)
  const out: [number, number][] = []
  for (let b = 0; b < bins; b++)
    if (count[b]! > 0) out.push([confidence[b]! / count[b]!, correct[b]! / count[b]!])
  return out
}

export function indicator(y: Int32Array, c: number): Uint8Array {
  const out = new Uint8Array(y.length)
  for (let i = 0; i < y.length; i++) out[i] = y[i] === c ? 1 : 0
  return out
}

/** The class with the highest probability on row `i`; ties go to the lowest index (numpy argmax). */
export function topClass(proba: Float64Array[], i: number): number {
  let best = 0
  for (let c = 1; c < proba.length; c++) if (proba[c]![i]! > proba[best]![i]!) best = c
  return best
}

/** `topClass` of every row. */
export function argmax(proba: Float64Array[], n: number): Int32Array {
  const out = new Int32Array(n)
  for (let i = 0; i < n; i++) out[i] = topClass(proba, i)
  return out
}

function zeroWeightClass(metric: string, cls: 'positive' | 'negative', rows: number): InputError {
  return new InputError({
    message: `${metric} is undefined: the ${rows} ${cls} rows carry a total sample weight of 0`,
    expected: `a positive total weight of the ${cls} rows`,
    found: `${rows} ${cls} rows, every weight 0`,
  })
}

function singleClass(metric: string, only: 'positive' | 'negative', rows: number): InputError {
  return new InputError({
    message: `${metric} is undefined: the labels contain a single class (${rows} ${only} rows, no ${only === 'positive' ? 'negative' : 'positive'} one)`,
    expected: 'both positive and negative labels',
    found: `one class only`,
  })
}
