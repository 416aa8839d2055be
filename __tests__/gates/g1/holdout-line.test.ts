import { describe, expect, it } from 'vitest'
import { parseNumberBytes } from '../../../src/csv/number-parse.js'
import { holdoutLine } from '../../../src/gates/g1/holdout-line.js'

/** Runs the fast path on `x,label` with a float feature x, an int64 feature n (second) and classes a/b. */
function run(line: string) {
  const x: number[] = []
  const n: number[] = []
  const labels: number[] = []
  const handler = holdoutLine({
    width: 3,
    numeric: [
      { index: 0, values: x, int: false },
      { index: 1, values: n, int: true },
    ],
    targets: [],
    target: 2,
    classBytes: [Buffer.from('a'), Buffer.from('b')],
    labels,
  })!
  const buf = Buffer.from(`junk${line}junk`)
  const handled = handler(buf, 4, 4 + Buffer.byteLength(line), 2, 4)
  return { handled, x, n, labels }
}

describe('the holdout fast path (holdout-line.ts)', () => {
  it.each([
    '0',
    '-0',
    '1.',
    '.5',
    '-.5',
    '007',
    '12.25',
    '-123456789.123456',
    '999999999.999999',
    '0.000000001',
  ])('parses %s as parseNumberBytes does', (cell) => {
    const r = run(`${cell},3,b`)
    expect(r.handled).toBe(true)
    expect(Object.is(r.x[0], parseNumberBytes(Buffer.from(cell), 0, cell.length))).toBe(true)
    expect(r.n).toEqual([3])
    expect(r.labels).toEqual([1])
  })

  it.each([
    ['an exponent', '1e3,1,a'],
    ['a leading space', ' 1,1,a'],
    ['a plus sign', '+1,1,a'],
    ['ten integer digits', '1234567890,1,a'],
    ['ten fraction digits', '0.1234567891,1,a'],
    ['16 digits in all', '12345678.12345678,1,a'],
    ['an empty cell', ',1,a'],
    ['a null token', 'NA,1,a'],
    ['a lone minus', '-,1,a'],
    ['a fraction in an int64 feature', '1,1.5,a'],
    ['a label that is not a class name', '1,1,c'],
    ['a label with a space', '1,1, a'],
    ['too few fields', '1,1'],
    ['too many fields', '1,1,a,'],
  ])('leaves %s to the general path, having pushed nothing', (_name, line) => {
    const r = run(line)
    expect(r.handled).toBe(false)
    expect([r.x, r.n, r.labels]).toEqual([[], [], []])
  })

  it('gives Number() for random plain decimals', () => {
    let seed = 7
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32
    for (let i = 0; i < 5000; i++) {
      const cell = `${random() < 0.5 ? '-' : ''}${Math.floor(random() * 10 ** Math.floor(random() * 10))}.${String(Math.floor(random() * 1e9)).slice(0, 1 + Math.floor(random() * 6))}`
      const r = run(`${cell},0,a`)
      expect(r.handled).toBe(true)
      expect(Object.is(r.x[0], Number(cell))).toBe(true)
    }
  })

  it('refuses a field that would play two parts', () => {
    expect(
      holdoutLine({
        width: 1,
        numeric: [{ index: 0, values: [], int: false }],
        targets: [],
        target: 0,
        classBytes: [],
        labels: [],
      }),
    ).toBeUndefined()
  })
})
