import { type Index, size, weightedMean, type Weights, zeroTotalWeight } from './common.js'

/** Classification metrics on class indexes 0..K-1: the confusion matrix and what is read off it (accuracy, precision, recall, F1). */

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
