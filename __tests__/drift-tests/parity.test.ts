import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { binNumeric, categoryShares, type Counts } from '../../src/drift-tests/binning.js'
import { chiSquareTest } from '../../src/drift-tests/chi-square.js'
import { jensenShannonDistance } from '../../src/drift-tests/jensen-shannon.js'
import { kolmogorovSf } from '../../src/drift-tests/kolmogorov.js'
import { ksTwoSample } from '../../src/drift-tests/ks.js'
import { populationStabilityIndex } from '../../src/drift-tests/psi.js'
import { wassersteinNormed, wassersteinSorted } from '../../src/drift-tests/wasserstein.js'
import { PYTHON, pythonHas } from '../support/python.js'
import { seededRandom } from '../support/random.js'

const SCRIPT = join(import.meta.dirname, 'scipy_reference.py')
const hasScipy = pythonHas(['scipy', 'numpy'], 'the drift-test parity tests')

function scipy(cases: unknown[]): Record<string, number | number[]>[] {
  const r = spawnSync(PYTHON, [SCRIPT], {
    input: JSON.stringify(cases),
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  })
  if (r.status !== 0) throw new Error(r.stderr)
  return JSON.parse(r.stdout)
}

/** Agreement to 1e-9, relative to the value when it is above 1. */
function close(ours: number, ref: number, what: string): void {
  if (!Number.isFinite(ref)) {
    expect(ours, what).toBe(ref)
    return
  }
  const tol = 1e-9 * Math.max(1, Math.abs(ref))
  expect(Math.abs(ours - ref), `${what}: ours ${ours}, scipy ${ref}`).toBeLessThanOrEqual(tol)
}

const sorted = (xs: number[]) => Float64Array.from(xs).sort()

/** Random numeric samples: normal-ish, shifted, rounded (ties), tiny, uneven sizes, above the exact limit. */
function numericCase(random: () => number, variant: number) {
  const size = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo))
  const sizes: [number, number][] = [
    [size(5, 60), size(5, 60)],
    [size(100, 900), size(100, 900)],
    [400, 400],
    [size(20, 40), size(2000, 3000)],
    [size(9000, 10000), size(200, 300)],
    [size(10_001, 20_000), size(5_000, 12_000)],
    [size(30_000, 40_000), size(30_000, 40_000)],
  ]
  const [n1, n2] = sizes[variant % sizes.length]!
  const shift = random() < 0.5 ? 0 : random() * 0.6
  const round = variant % 3 === 2 ? 10 : 0
  const draw = (n: number, mu: number) =>
    Array.from({ length: n }, () => {
      const x = mu + (random() + random() + random() - 1.5) * 2
      return round ? Math.round(x * round) / round : x
    })
  return { a: draw(n1, 0), b: draw(n2, shift) }
}

describe.skipIf(!hasScipy)('drift tests against scipy (1e-9)', () => {
  it('KS statistic and p-value (exact and asymptotic), Wasserstein, Jensen-Shannon and PSI on 42 random numeric cases', () => {
    const random = seededRandom(20260101)
    const cases = Array.from({ length: 42 }, (_, i) => numericCase(random, i))
    const refs = scipy(cases)
    cases.forEach((c, i) => {
      const r = refs[i]!
      const a = sorted(c.a)
      const b = sorted(c.b)
      const ks = ksTwoSample(a, b)
      close(ks.statistic, r.ks as number, `case ${i} ks statistic`)
      close(
        ks.pValue,
        r.ks_p as number,
        `case ${i} ks p-value (${ks.method}, n=${a.length},${b.length})`,
      )
      close(wassersteinSorted(a, b), r.wasserstein as number, `case ${i} wasserstein`)
      close(wassersteinNormed(a, b), r.wasserstein_norm as number, `case ${i} normed wasserstein`)
      const bins = binNumeric(a, b)
      close(jensenShannonDistance(bins.reference, bins.current), r.js as number, `case ${i} js`)
      close(
        populationStabilityIndex(bins.reference, bins.current),
        r.psi as number,
        `case ${i} psi`,
      )
    })
  })

  it('the Kolmogorov distribution on every branch scipy takes', () => {
    const grid: [number, number][] = []
    for (const n of [3, 50, 140, 141, 500, 5000, 99_999, 150_000, 500_000])
      for (const z of [0.3, 0.6, 0.8, 1.0, 1.2, 1.5, 2.0, 3.0, 5.0])
        grid.push([n, Math.min(0.999, z / Math.sqrt(n))])
    grid.push([20, 0.03], [20, 0.97], [10, 0.6], [300, 0.0034])
    const r = scipy([{ a: [1, 2], b: [3, 4], kstwo: grid }])[0]!.kstwo as number[]
    grid.forEach(([n, d], i) => close(kolmogorovSf(n, d), r[i]!, `kstwo.sf(${d}, ${n})`))
  })

  it('chi-square, Jensen-Shannon and PSI on 30 random categorical cases', () => {
    const random = seededRandom(777)
    const labels = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
    const cases = Array.from({ length: 30 }, (_, i) => {
      const k = 2 + (i % 6)
      const draw = (n: number, skew: number) =>
        Array.from({ length: n }, () => labels[Math.floor(random() ** (1 + skew) * k)]!)
      const n1 = 20 + Math.floor(random() * 3000)
      const n2 = 20 + Math.floor(random() * 3000)
      return { ra: draw(n1, 0), ca: draw(n2, i % 2 ? random() : 0) }
    })
    const refs = scipy(cases)
    const count = (xs: string[]): Counts => {
      const counts = new Map<string, number>()
      for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1)
      return { counts, total: xs.length }
    }
    cases.forEach((c, i) => {
      const r = refs[i]!
      const ref = count(c.ra)
      const cur = count(c.ca)
      const chi = chiSquareTest(ref, cur)
      close(chi.statistic, r.chi as number, `case ${i} chi-square statistic`)
      close(chi.pValue, r.chi_p as number, `case ${i} chi-square p-value`)
      const s = categoryShares(ref, cur)
      close(jensenShannonDistance(s.reference, s.current), r.js as number, `case ${i} js`)
      close(populationStabilityIndex(s.reference, s.current), r.psi as number, `case ${i} psi`)
    })
  })
})
