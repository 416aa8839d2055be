import { logGamma } from './special.js'

/**
 * The survival function of the two-sided one-sample Kolmogorov-Smirnov
 * statistic D_n (scipy.stats.kstwo.sf), which scipy's ks_2samp uses as its
 * asymptotic p-value with n = round(m·n / (m + n)). The branches follow
 * Simard and L'Ecuyer (2011) as scipy does: Ruben-Gambino at the ends, twice
 * the one-sided Smirnov tail for large n·x², the Durbin matrix (Marsaglia,
 * Tsang and Wang) for small x, and the Pelz-Good expansion otherwise.
 */
export function kolmogorovSf(n: number, x: number): number {
  if (!Number.isInteger(n) || n <= 0 || Number.isNaN(x)) return Number.NaN
  if (x >= 1) return 0
  if (x <= 0) return 1
  const t = n * x
  if (t <= 1) {
    if (t <= 0.5) return 1
    const cdf =
      n <= 140 ? productCdf(n, t) : Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1))
    return clip(1 - cdf)
  }
  if (t >= n - 1) return clip(2 * (1 - x) ** n)
  if (x >= 0.5) return clip(2 * smirnovSf(n, x))
  const nx2 = t * x
  if (n <= 140) {
    // scipy uses Pomeranz's recursion for 0.754693 < n·x² <= 4; the Durbin matrix is exact there too.
    if (nx2 <= 4) return clip(1 - durbinCdf(n, x))
    return clip(2 * smirnovSf(n, x))
  }
  if (nx2 >= 370) return 0
  if (nx2 >= 2.2) return clip(2 * smirnovSf(n, x))
  let cdf: number
  if (nx2 >= 18) cdf = 1
  else if (n <= 100_000 && n * x ** 1.5 <= 1.4) cdf = durbinCdf(n, x)
  else cdf = pelzGoodCdf(n, x)
  return clip(1 - cdf)
}

const clip = (p: number) => Math.min(1, Math.max(0, p))

function productCdf(n: number, t: number): number {
  let p = 1
  for (let i = 1; i <= n; i++) p *= i * (1 / n) * (2 * t - 1)
  return p
}

const STIRLING = [
  -0.029550653594771242, 0.00641025641025641, -0.0019175269175269176, 0.0008417508417508417,
  -0.0005952380952380953, 0.0007936507936507937, -0.002777777777777778, 0.08333333333333333,
]

/** log(n! / n^n) by Stirling's series. */
function logFactorialOverPower(n: number): number {
  const rn = 1 / n
  let poly = 0
  for (const c of STIRLING) poly = poly * (rn / n) + c
  return Math.log(n) / 2 - n + Math.log(2 * Math.PI) / 2 + rn * poly
}

const E128 = 2 ** 128
const EM128 = 2 ** -128

/** Pr(D_n <= d) by the Durbin matrix, the power computed by squaring with rescaling (Marsaglia, Tsang, Wang 2003). */
function durbinCdf(n: number, d: number): number {
  if (d >= 1) return 1
  const nd = n * d
  if (nd <= 0.5) return 0
  const k = Math.ceil(nd)
  const h = k - nd
  const m = 2 * k - 1
  const v = new Float64Array(m)
  const w = new Float64Array(m)
  let fac = 1
  for (let j = 1; j <= m; j++) {
    w[j - 1] = fac
    fac /= j
    v[j - 1] = (1 - h ** j) * fac
  }
  const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m
  v[m - 1] = (1 + tt) * fac
  let H: Float64Array = new Float64Array(m * m)
  for (let i = 1; i < m; i++) for (let r = i - 1; r < m; r++) H[r * m + i] = w[r - i + 1]!
  for (let r = 0; r < m; r++) H[r * m] = v[r]!
  for (let c = 0; c < m; c++) H[(m - 1) * m + c] = v[m - 1 - c]!
  let P: Float64Array = new Float64Array(m * m)
  for (let i = 0; i < m; i++) P[i * m + i] = 1
  let nn = n
  let expnt = 0
  let hExpnt = 0
  while (nn > 0) {
    if (nn % 2) {
      P = matmul(P, H, m)
      expnt += hExpnt
    }
    H = matmul(H, H, m)
    hExpnt *= 2
    if (Math.abs(H[(k - 1) * m + k - 1]!) > E128) {
      for (let i = 0; i < H.length; i++) H[i]! /= E128
      hExpnt += 128
    }
    nn = Math.floor(nn / 2)
  }
  let p = P[(k - 1) * m + k - 1]!
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n
    if (Math.abs(p) < EM128) {
      p *= E128
      expnt -= 128
    }
  }
  if (expnt !== 0) p *= 2 ** expnt
  return clip(p)
}

function matmul(a: Float64Array, b: Float64Array, m: number): Float64Array {
  const out = new Float64Array(m * m)
  for (let i = 0; i < m; i++)
    for (let k = 0; k < m; k++) {
      const aik = a[i * m + k]!
      if (aik === 0) continue
      for (let j = 0; j < m; j++) out[i * m + j]! += aik * b[k * m + j]!
    }
  return out
}

const PI2 = Math.PI ** 2
const PI4 = Math.PI ** 4
const PI6 = Math.PI ** 6
const SQRT2PI = Math.sqrt(2 * Math.PI)

/** Pr(D_n <= x) by the Pelz-Good expansion in 1/sqrt(n). */
function pelzGoodCdf(n: number, x: number): number {
  if (x <= 0) return 0
  if (x >= 1) return 1
  const z = Math.sqrt(n) * x
  const z2 = z * z
  const z3 = z2 * z
  const z4 = z2 * z2
  const z6 = z4 * z2
  const qlog = -PI2 / 8 / z2
  if (qlog < -708) return 0
  let q = Math.exp(qlog)
  const k1a = -z2
  const k1b = PI2 / 4
  const k2a = 6 * z6 + 2 * z4
  const k2b = ((2 * z4 - 5 * z2) * PI2) / 4
  const k2c = (PI4 * (1 - 2 * z2)) / 16
  const k3d = (PI6 * (5 - 30 * z2)) / 64
  const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16
  const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4
  const k3a = -30 * z6 - 90 * z ** 8
  const K = [0, 0, 0, 0]
  const maxk = Math.ceil((16 * z) / Math.PI)
  for (let k = maxk; k > 0; k--) {
    const m = 2 * k - 1
    const m2 = m * m
    const m4 = m2 * m2
    const m6 = m4 * m2
    const qp = q ** (8 * k)
    const coeffs = [
      1,
      k1a + k1b * m2,
      k2a + k2b * m2 + k2c * m4,
      k3a + k3b * m2 + k3c * m4 + k3d * m6,
    ]
    for (let i = 0; i < 4; i++) K[i] = K[i]! * qp + coeffs[i]!
  }
  const div = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10]
  for (let i = 0; i < 4; i++) K[i] = (K[i]! * q * SQRT2PI) / div[i]!
  q = Math.exp(-PI2 / 2 / z2)
  let k2extra = 0
  let k3extra = 0
  const sqrt3z = Math.sqrt(3) * z
  for (let k = maxk; k > 0; k--) {
    const k2 = k * k
    const qp = q ** k2
    k2extra += k2 * qp
    const kpi = Math.PI * k
    k3extra += (sqrt3z + kpi) * (sqrt3z - kpi) * k2 * qp
  }
  K[2] = K[2]! + (k2extra * PI2 * SQRT2PI) / (-36 * z3)
  K[3] = K[3]! + (k3extra * PI2 * SQRT2PI) / (216 * z6)
  let sum = 0
  for (let i = 0; i < 4; i++) sum += K[i]! / n ** (i / 2)
  return sum
}

const MIN_LOG = -708.3964185322641

/**
 * The one-sided Smirnov tail Pr(D+_n > x) (scipy.special.smirnov), by the
 * Birnbaum-Tingey sum with each term in logs, stopping once the rest cannot
 * change the sum; above n = 10^6 the same approximation as scipy.
 */
function smirnovSf(n: number, x: number): number {
  if (!(n > 0 && x >= 0 && x <= 1)) return Number.NaN
  if (n === 1) return 1 - x
  if (x === 0) return 1
  if (x === 1) return 0
  const nx = n * x
  const nxfl = Math.floor(nx)
  const alpha = nx - nxfl
  if (nxfl === 0 || (nxfl === 1 && alpha === 0)) return clip(1 - x * (1 + x) ** (n - 1))
  if (-2 * n * x * x < MIN_LOG) return 0
  if (nxfl >= n - 1) return clip((1 - x) ** n)
  if (n > 1_000_000) {
    const logp = -((6 * n * x + 1) ** 2) / 18 / n
    return clip(logp < -Math.LN2 ? Math.exp(logp) : -Math.expm1(logp))
  }
  let last = n - nxfl - (alpha === 0 ? 0 : 1)
  if (alpha === 0) last -= 1
  const nTerms = last + 1
  const logN1 = logGamma(n + 1)
  // The v = 0 term is (1 - x)^n / x; the sum is multiplied by x at the end.
  let sum = Math.exp(n * Math.log1p(-x)) / x
  for (let v = 1; v < nTerms; v++) {
    const logC = logN1 - logGamma(v + 1) - logGamma(n - v + 1)
    const a = x + v / n
    const log = logC + (n - v) * Math.log1p(-a) + (v - 1) * Math.log(a)
    const term = Math.exp(log)
    sum += term
    if (term !== 0 && 4 * (nTerms - v) * term < Number.EPSILON * sum && v !== nTerms - 1) break
    if (term === 0 && v > n / 2) break
  }
  return clip(x * sum)
}
