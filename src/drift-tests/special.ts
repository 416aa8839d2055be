/**
 * Special functions the drift tests need for p-values: the log-gamma
 * function, the regularized upper incomplete gamma function (the chi-square
 * survival function) and the normal survival function. Double precision,
 * accurate to about 1e-14 relative in the ranges the tests use.
 */

const LANCZOS_G = 7
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
]
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI)

/** log Γ(x) for x > 0 (Lanczos below 10, Stirling's series above). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x)
  if (x >= 10) {
    const r = 1 / x
    const r2 = r * r
    const series =
      r *
      (1 / 12 -
        r2 * (1 / 360 - r2 * (1 / 1260 - r2 * (1 / 1680 - r2 * (1 / 1188 - r2 * (691 / 360360))))))
    return (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + series
  }
  const z = x - 1
  let a = LANCZOS[0]!
  const t = z + LANCZOS_G + 0.5
  for (let i = 1; i < LANCZOS.length; i++) a += LANCZOS[i]! / (z + i)
  return HALF_LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(a)
}

const EPS = 1e-16
const MAX_ITER = 100_000

/** The regularized lower incomplete gamma P(a, x) by its series (x < a + 1). */
function lowerSeries(a: number, x: number): number {
  let sum = 1 / a
  let term = sum
  for (let n = 1; n < MAX_ITER; n++) {
    term *= x / (a + n)
    sum += term
    if (Math.abs(term) < Math.abs(sum) * EPS) break
  }
  return sum * Math.exp(-x + a * Math.log(x) - logGamma(a))
}

/** The regularized upper incomplete gamma Q(a, x) by its continued fraction (x >= a + 1), Lentz's method. */
function upperFraction(a: number, x: number): number {
  const tiny = 1e-300
  let b = x + 1 - a
  let c = 1 / tiny
  let d = 1 / b
  let h = d
  for (let i = 1; i < MAX_ITER; i++) {
    const an = -i * (i - a)
    b += 2
    d = an * d + b
    if (Math.abs(d) < tiny) d = tiny
    c = b + an / c
    if (Math.abs(c) < tiny) c = tiny
    d = 1 / d
    const delta = d * c
    h *= delta
    if (Math.abs(delta - 1) < EPS) break
  }
  return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h
}

/** Q(a, x) = Γ(a, x) / Γ(a), the upper tail; 1 at x <= 0. */
function gammaQ(a: number, x: number): number {
  if (!(x > 0)) return 1
  if (x === Infinity) return 0
  return x < a + 1 ? 1 - lowerSeries(a, x) : upperFraction(a, x)
}

/** The chi-square survival function with `df` degrees of freedom (scipy.stats.chi2.sf). */
export function chiSquareSf(statistic: number, df: number): number {
  if (Number.isNaN(statistic)) return Number.NaN
  return gammaQ(df / 2, statistic / 2)
}

/** The standard normal CDF (scipy.stats.norm.cdf), through erfc = Q(1/2, z²/2). */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return Number.NaN
  const upper = 0.5 * gammaQ(0.5, (z * z) / 2)
  return z >= 0 ? 1 - upper : upper
}
