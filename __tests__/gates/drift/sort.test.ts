import { describe, expect, it } from 'vitest'
import { radixSort, sortFinite } from '../../../src/gates/drift/sort.js'
import { seededRandom } from '../../support/random.js'

describe('the radix sort the drift tests sort columns with', () => {
  it('orders doubles exactly as a typed-array sort does: negatives, -0 before 0, subnormals, ties, huge and tiny values', () => {
    const random = seededRandom(99)
    for (let rep = 0; rep < 40; rep++) {
      const n = 5000 + rep * 37
      const a = Float64Array.from({ length: n }, () =>
        rep % 4 === 0
          ? Math.round(random() * 10) - 5
          : rep % 4 === 1
            ? (random() - 0.5) * 1e-310
            : rep % 4 === 2
              ? (random() - 0.5) * 10 ** (random() * 600 - 300)
              : random() < 0.5
                ? -0
                : 0,
      )
      const b = a.slice().sort()
      radixSort(a)
      expect(
        a.every((v, i) => Object.is(v, b[i])),
        `case ${rep}`,
      ).toBe(true)
    }
  })

  it('drops missing and infinite values', () => {
    const v = Float64Array.from([3, Number.NaN, -1, Infinity, 2, -Infinity])
    expect(Array.from(sortFinite(v))).toEqual([-1, 2, 3])
  })
})
