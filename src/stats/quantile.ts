/**
 * Quantiles by linear interpolation between order statistics (numpy's and
 * pandas' default), shared by the G0 profile, G1 latency percentiles and the
 * bootstrap intervals.
 */

/** Quantile p in [0, 1] of an ascending sample; NaN for an empty one. */
export function quantileSorted(sorted: Float64Array, p: number): number {
  const n = sorted.length
  if (n === 0) return Number.NaN
  const h = (n - 1) * p
  const lo = Math.floor(h)
  const hi = Math.min(lo + 1, n - 1)
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!)
}

/** Quantile p of an unsorted sample (sorts a copy). */
export function quantile(values: Float64Array, p: number): number {
  return quantileSorted(Float64Array.from(values).sort(), p)
}
