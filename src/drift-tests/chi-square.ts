import type { Counts } from './binning.js'
import { chiSquareSf } from './special.js'

export interface ChiSquareResult {
  statistic: number
  pValue: number
  /** Degrees of freedom: categories seen in either sample, minus one. */
  df: number
}

/**
 * Evidently's chi-square drift test: scipy.stats.chisquare of the current
 * counts against the reference proportions scaled to the current size, over
 * every category seen in either sample. A category the reference never saw
 * has an expected count of 0, which makes the statistic infinite and the
 * p-value 0, as in scipy.
 */
export function chiSquareTest(reference: Counts, current: Counts): ChiSquareResult {
  const keys = new Set([...reference.counts.keys(), ...current.counts.keys()])
  const scale = current.total / reference.total
  let statistic = 0
  for (const k of keys) {
    const observed = current.counts.get(k) ?? 0
    const expected = (reference.counts.get(k) ?? 0) * scale
    const d = observed - expected
    statistic += (d * d) / expected
  }
  const df = keys.size - 1
  return { statistic, pValue: df > 0 ? chiSquareSf(statistic, df) : Number.NaN, df }
}
