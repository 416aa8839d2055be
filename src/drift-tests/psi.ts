import { fillZeroes } from './binning.js'

/**
 * The population stability index of two distributions over the same bins,
 * as Evidently computes it: empty bins filled first (see fillZeroes), then
 * Σ (ref - cur) · ln(ref / cur). 0.1 is Evidently's drift threshold.
 */
export function populationStabilityIndex(reference: Float64Array, current: Float64Array): number {
  const r = fillZeroes(reference)
  const c = fillZeroes(current)
  let psi = 0
  for (let i = 0; i < r.length; i++) psi += (r[i]! - c[i]!) * Math.log(r[i]! / c[i]!)
  return psi
}
