/**
 * The Jensen-Shannon distance between two distributions given as shares of
 * the same bins (scipy.spatial.distance.jensenshannon, base 2 as Evidently
 * uses it): each is normalized to sum 1, then sqrt of the mean of the two
 * relative entropies to their midpoint. 0 for equal distributions, 1 for
 * disjoint ones.
 */
export function jensenShannonDistance(p: Float64Array, q: Float64Array, base = 2): number {
  let sp = 0
  let sq = 0
  for (let i = 0; i < p.length; i++) {
    sp += p[i]!
    sq += q[i]!
  }
  let js = 0
  for (let i = 0; i < p.length; i++) {
    const a = p[i]! / sp
    const b = q[i]! / sq
    const m = (a + b) / 2
    js += relEntr(a, m) + relEntr(b, m)
  }
  js /= Math.log(base)
  return Math.sqrt(js / 2)
}

/** scipy.special.rel_entr: x·log(x/y), 0 when x is 0. */
function relEntr(x: number, y: number): number {
  if (x > 0 && y > 0) return x * Math.log(x / y)
  if (x === 0 && y >= 0) return 0
  return Infinity
}
