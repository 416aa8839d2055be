import { InputError } from '../contract/errors.js'
import { indicator } from './classification.js'
import {
  DTYPE_EPS,
  type Index,
  singleClass,
  size,
  type Weights,
  zeroWeightClass,
} from './common.js'

/** Ranking metrics on scores: ROC AUC (binary and one-vs-rest) and average precision, weighted or not. */

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
