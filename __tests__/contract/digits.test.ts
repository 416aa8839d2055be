import { describe, expect, it } from 'vitest'
import { groupDigits } from '../../src/contract/digits.js'

describe('groupDigits', () => {
  it('writes what toLocaleString("en-US") writes, for every kind of integer', () => {
    const cases = [
      0,
      -0,
      1,
      -1,
      999,
      1000,
      -1000,
      999_999,
      1_000_000,
      123_456_789,
      Number.MAX_SAFE_INTEGER,
      -Number.MAX_SAFE_INTEGER,
      2 ** 60,
      1e21,
      1.5,
      Number.NaN,
      Number.POSITIVE_INFINITY,
    ]
    let seed = 7
    for (let i = 0; i < 2000; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      cases.push(Math.floor((seed / 2 ** 31) * 10 ** (i % 16)) * (i % 3 === 0 ? -1 : 1))
    }
    for (const n of cases) expect(groupDigits(n), String(n)).toBe(n.toLocaleString('en-US'))
  })
})
