import { kolmogorovSf } from './kolmogorov.js'

/** scipy's ks_2samp(method='auto') is exact while both samples have at most this many values. */
const KS_MAX_EXACT_N = 10_000

export interface KsResult {
  statistic: number
  pValue: number
  /** How the p-value was computed: `exact` (lattice paths) or `asymp` (the Kolmogorov distribution). */
  method: 'exact' | 'asymp'
}

/**
 * The two-sample Kolmogorov-Smirnov test, two-sided, as scipy.stats.ks_2samp
 * with method='auto': the statistic by one merge walk over both sorted
 * samples, the exact p-value when neither has more than 10 000 values, else
 * the asymptotic one. Both arrays must be sorted ascending, without NaN.
 */
export function ksTwoSample(a: Float64Array, b: Float64Array): KsResult {
  const n1 = a.length
  const n2 = b.length
  if (n1 === 0 || n2 === 0) throw new RangeError('ks_2samp needs two non-empty samples')
  let d = ksStatistic(a, b)
  const g = gcd(n1, n2)
  if (Math.max(n1, n2) <= KS_MAX_EXACT_N) {
    const lcm = (n1 / g) * n2
    const h = roundHalfEven(d * lcm)
    d = h / lcm
    if (h === 0) return { statistic: d, pValue: 1, method: 'exact' }
    const p = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInside(n1, n2, g, h)
    if (p >= 0 && p <= 1) return { statistic: d, pValue: p, method: 'exact' }
  }
  const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1]
  const en = (m * n) / (m + n)
  return { statistic: d, pValue: kolmogorovSf(roundHalfEven(en), d), method: 'asymp' }
}

/** The largest distance between the two empirical CDFs, compared after every distinct value. */
function ksStatistic(a: Float64Array, b: Float64Array): number {
  const n1 = a.length
  const n2 = b.length
  let i = 0
  let j = 0
  let max = 0
  let min = 0
  while (i < n1 || j < n2) {
    const v = i < n1 && (j >= n2 || a[i]! <= b[j]!) ? a[i]! : b[j]!
    while (i < n1 && a[i]! <= v) i++
    while (j < n2 && b[j]! <= v) j++
    const diff = i / n1 - j / n2
    if (diff > max) max = diff
    else if (diff < min) min = diff
  }
  const minS = Math.min(1, Math.max(0, -min))
  return minS > max ? minS : max
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b]
  return a
}

/** numpy's round: halves to even. */
function roundHalfEven(x: number): number {
  const r = Math.round(x)
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r
}

/** Pr(D_{n,n} >= h/n), a Horner-like alternating sum (scipy's _compute_prob_outside_square). */
function probOutsideSquare(n: number, h: number): number {
  let P = 0
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1)
    P = p1 * (1 - P)
  }
  return 2 * P
}

/**
 * The share of lattice paths from (0,0) to (m,n) that leave the band
 * |x/m - y/n| < h/lcm: Hodges' inside method, computing 1 - p directly
 * (Viehmann 2021), one sliding column at a time.
 */
function outerProbInside(m0: number, n0: number, g: number, h: number): number {
  const [m, n] = m0 >= n0 ? [m0, n0] : [n0, m0]
  const mg = m / g
  const ng = n / g
  let minj = 0
  let maxj = Math.min(Math.ceil(h / mg), n + 1)
  let curlen = maxj - minj
  const lenA = Math.min(2 * maxj + 2, n + 1)
  const A = new Float64Array(lenA).fill(1)
  A.fill(0, minj, maxj)
  for (let i = 1; i <= m; i++) {
    const lastminj = minj
    const lastlen = curlen
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n)
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1)
    if (maxj <= minj) return 1
    let val = minj === 0 ? 0 : 1
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj
      val = (A[jj + minj - lastminj]! * i + val * j) / (i + j)
      A[jj] = val
    }
    curlen = maxj - minj
    if (lastlen > curlen) A.fill(1, maxj - minj, maxj - minj + (lastlen - curlen))
  }
  return A[maxj - minj - 1]!
}
