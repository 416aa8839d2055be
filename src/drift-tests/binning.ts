/**
 * The distributions Evidently's Jensen-Shannon and PSI tests compare
 * (evidently's get_binned_data): for a numeric column whose reference has
 * more than 20 distinct values, the shares in equal-width bins over both
 * samples (numpy's 'sturges' edges); otherwise the share of each value.
 */

/** Counts per category, and the number of values counted. */
export interface Counts {
  counts: Map<string, number>
  total: number
}

/** Per-bin (or per-category) shares of the reference and of the current window, in one order. */
export interface Binned {
  reference: Float64Array
  current: Float64Array
  /** The bin edges (numeric) or category names. */
  labels: number[] | string[]
}

/** numpy.histogram_bin_edges(values, bins='sturges') over two sorted samples taken together. */
function sturgesEdges(a: Float64Array, b: Float64Array): Float64Array {
  const size = a.length + b.length
  const lo = Math.min(a[0]!, b[0]!)
  const hi = Math.max(a[a.length - 1]!, b[b.length - 1]!)
  let first = lo
  let last = hi
  if (first === last) {
    first -= 0.5
    last += 0.5
  }
  const width = (hi - lo) / (Math.log2(size) + 1)
  const bins = width ? Math.ceil((last - first) / width) : 1
  const edges = new Float64Array(bins + 1)
  const step = (last - first) / bins
  for (let i = 0; i < bins; i++) edges[i] = i * step + first
  edges[bins] = last
  return edges
}

/** Values of a sorted sample below x (searchsorted side='left'), or at most x (side='right'). */
function searchSorted(values: Float64Array, x: number, right: boolean): number {
  let lo = 0
  let hi = values.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (right ? values[mid]! <= x : values[mid]! < x) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** numpy.histogram(values, edges)[0] for a sorted sample: the last bin includes its right edge. */
function histogramSorted(values: Float64Array, edges: Float64Array): Float64Array {
  const bins = edges.length - 1
  const out = new Float64Array(bins)
  let prev = searchSorted(values, edges[0]!, false)
  for (let i = 0; i < bins; i++) {
    const at = searchSorted(values, edges[i + 1]!, i === bins - 1)
    out[i] = at - prev
    prev = at
  }
  return out
}

/** Distinct values of a sorted sample, counted. */
export function countSorted(values: Float64Array): Counts {
  const counts = new Map<string, number>()
  let k = 0
  while (k < values.length) {
    const v = values[k]!
    let e = k + 1
    while (e < values.length && values[e] === v) e++
    counts.set(String(v), e - k)
    k = e
  }
  return { counts, total: values.length }
}

/** Number of distinct values in a sorted sample, counted up to `cap` + 1. */
function distinctSorted(values: Float64Array, cap = Infinity): number {
  let n = 0
  for (let k = 0; k < values.length && n <= cap; k++)
    if (k === 0 || values[k] !== values[k - 1]) n++
  return n
}

/** Shares of every category seen in either sample, each sample over its own total. */
export function categoryShares(reference: Counts, current: Counts): Binned {
  const keys = [...new Set([...reference.counts.keys(), ...current.counts.keys()])]
  return {
    reference: Float64Array.from(keys, (k) => (reference.counts.get(k) ?? 0) / reference.total),
    current: Float64Array.from(keys, (k) => (current.counts.get(k) ?? 0) / current.total),
    labels: keys,
  }
}

/** Evidently's binning of two sorted numeric samples (see the file comment). */
export function binNumeric(reference: Float64Array, current: Float64Array): Binned {
  if (distinctSorted(reference, 20) > 20) {
    const edges = sturgesEdges(reference, current)
    const r = histogramSorted(reference, edges)
    const c = histogramSorted(current, edges)
    for (let i = 0; i < r.length; i++) {
      r[i] = r[i]! / reference.length
      c[i] = c[i]! / current.length
    }
    return { reference: r, current: c, labels: Array.from(edges) }
  }
  return categoryShares(countSorted(reference), countSorted(current))
}

/**
 * Evidently's fill of empty bins before PSI: a zero share becomes a millionth
 * of the smallest non-zero share when that is at most 1e-4, else 1e-4.
 */
export function fillZeroes(shares: Float64Array): Float64Array {
  let min = Infinity
  for (const s of shares) if (s !== 0 && s < min) min = s
  const fill = min <= 0.0001 ? min / 1e6 : 0.0001
  return shares.map((s) => (s === 0 ? fill : s))
}
