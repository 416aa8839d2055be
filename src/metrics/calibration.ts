import { topClass } from './classification.js'
import { EPS, type Index, size, weightedMean, type Weights, zeroTotalWeight } from './common.js'

/** Metrics on predicted probabilities: log loss, Brier score, and calibration (reliability bins, ECE, the calibration curve). */

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
