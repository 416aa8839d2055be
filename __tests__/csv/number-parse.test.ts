import { describe, expect, it } from 'vitest'
import {
  DECIMAL_COMMA,
  NOT_A_NUMBER,
  parseFailure,
  parseNumberBytes,
} from '../../src/csv/number-parse.js'
import { pick, seededRandom } from '../support/random.js'

const parseText = (text: string) => {
  const buf = Buffer.from(text, 'utf8')
  const value = parseNumberBytes(buf, 0, buf.length)
  return { value, failure: parseFailure }
}

describe('numeric casting rule', () => {
  it.each([
    ['12', 12],
    [' 12 ', 12],
    ['\t-3.25\t', -3.25],
    ['1e3', 1000],
    ['1E-3', 0.001],
    ['+5', 5],
    ['.5', 0.5],
    ['5.', 5],
    ['-0', -0],
    ['0.1', 0.1],
    ['123456789012345678901234567890', 1.2345678901234568e29],
    ['4.9e-324', 5e-324],
    ['1.7976931348623157e308', 1.7976931348623157e308],
  ])('reads %j as %d', (text, expected) => {
    expect(parseText(text)).toEqual({ value: expected, failure: 0 })
  })

  it.each([
    ['1,5', DECIMAL_COMMA],
    ['', NOT_A_NUMBER],
    ['NaN', NOT_A_NUMBER],
    ['Infinity', NOT_A_NUMBER],
    ['0x10', NOT_A_NUMBER],
    ['1e', NOT_A_NUMBER],
    ['e3', NOT_A_NUMBER],
    ['.', NOT_A_NUMBER],
    ['1 2', NOT_A_NUMBER],
    ['--1', NOT_A_NUMBER],
    ['12abc', NOT_A_NUMBER],
  ])('rejects %j', (text, failure) => {
    const r = parseText(text)
    expect(r.value).toBeNaN()
    expect(r.failure).toBe(failure)
  })

  it('is correctly rounded: equal to Number() on 200,000 random decimal strings', () => {
    const random = seededRandom(42)
    const digits = '0123456789'
    for (let i = 0; i < 200_000; i++) {
      let text = pick(random, ['', '-', '+'])
      const intDigits = Math.floor(random() * 18)
      for (let k = 0; k < intDigits; k++) text += pick(random, [...digits])
      if (random() < 0.7) {
        text += '.'
        const frac = Math.floor(random() * 18)
        for (let k = 0; k < frac; k++) text += pick(random, [...digits])
      }
      if (!/\d/.test(text)) text += '7'
      if (random() < 0.4)
        text += `${pick(random, ['e', 'E'])}${pick(random, ['', '-', '+'])}${Math.floor(random() * (random() < 0.9 ? 30 : 400))}`
      const r = parseText(text)
      expect(
        Object.is(r.value, Number(text)),
        `${text}: got ${r.value}, Number() gives ${Number(text)}`,
      ).toBe(true)
    }
  })

  it('round-trips the shortest representation of 100,000 random doubles', () => {
    const random = seededRandom(7)
    const f = new Float64Array(1)
    const u = new Uint32Array(f.buffer)
    for (let i = 0; i < 100_000; i++) {
      u[0] = Math.floor(random() * 2 ** 32)
      u[1] = Math.floor(random() * 2 ** 32)
      const x = f[0]!
      if (!Number.isFinite(x)) continue
      expect(Object.is(parseText(String(x)).value, x)).toBe(true)
    }
  })
})
