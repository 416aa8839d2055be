/**
 * The first Wasserstein distance between two samples (scipy.stats.
 * wasserstein_distance): the area between their empirical CDFs, by one merge
 * walk over both sorted samples. Both arrays sorted ascending, without NaN.
 */
export function wassersteinSorted(u: Float64Array, v: Float64Array): number {
  const nu = u.length
  const nv = v.length
  if (nu === 0 || nv === 0) throw new RangeError('wasserstein_distance needs two non-empty samples')
  let i = 0
  let j = 0
  let sum = 0
  // The CDFs after the current value; the area up to the next value is |F_u - F_v| · gap.
  let x = u[0]! <= v[0]! ? u[0]! : v[0]!
  while (i < nu || j < nv) {
    while (i < nu && u[i]! <= x) i++
    while (j < nv && v[j]! <= x) j++
    if (i === nu && j === nv) break
    const next = i < nu && (j >= nv || u[i]! <= v[j]!) ? u[i]! : v[j]!
    sum += Math.abs(i / nu - j / nv) * (next - x)
    x = next
  }
  return sum
}

/** The population standard deviation (numpy's np.std, ddof=0), two-pass. */
export function populationStdDev(values: Float64Array): number {
  const n = values.length
  if (n === 0) return Number.NaN
  let mean = 0
  for (let k = 0; k < n; k++) mean += values[k]!
  mean /= n
  let ss = 0
  for (let k = 0; k < n; k++) {
    const d = values[k]! - mean
    ss += d * d
  }
  return Math.sqrt(ss / n)
}

/**
 * Evidently's normed Wasserstein distance: the distance divided by the
 * reference's standard deviation (at least 0.001), so that 0.1 means a tenth
 * of a standard deviation whatever the unit.
 */
export function wassersteinNormed(reference: Float64Array, current: Float64Array): number {
  const norm = Math.max(populationStdDev(reference), 0.001)
  return wassersteinSorted(reference, current) / norm
}
