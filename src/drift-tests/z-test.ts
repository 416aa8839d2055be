import type { Counts } from './binning.js'
import { normalCdf } from './special.js'

/**
 * Evidently's two-proportion z-test for a column with at most two values
 * (its default below 1000 reference rows): the share of the first value in
 * sorted order in each sample, a pooled standard error, and the two-sided
 * p-value 2·(1 - Φ(|z|)). Two samples holding the same single value give 1.
 */
export function zTest(reference: Counts, current: Counts): { statistic: number; pValue: number } {
  const rKeys = [...reference.counts.keys()]
  const cKeys = [...current.counts.keys()]
  if (rKeys.length === 1 && cKeys.length === 1 && rKeys[0] === cKeys[0])
    return { statistic: 0, pValue: 1 }
  const first = [...new Set([...rKeys, ...cKeys])].sort(compareKeys)[0]!
  const n1 = reference.total
  const n2 = current.total
  const p1 = (n1 - (reference.counts.get(first) ?? 0)) / n1
  const p2 = (n2 - (current.counts.get(first) ?? 0)) / n2
  const P = (p1 * n1 + p2 * n2) / (n1 + n2)
  const z = (p1 - p2) / Math.sqrt(P * (1 - P) * (1 / n1 + 1 / n2))
  return { statistic: z, pValue: 2 * (1 - normalCdf(Math.abs(z))) }
}

/** Sorted as Python sorts the keys: numbers by value, text by code point. */
function compareKeys(a: string, b: string): number {
  const x = Number(a)
  const y = Number(b)
  if (a !== '' && b !== '' && !Number.isNaN(x) && !Number.isNaN(y)) return x - y
  return a < b ? -1 : a > b ? 1 : 0
}
