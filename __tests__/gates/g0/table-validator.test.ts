import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readCsvFile } from '../../../src/csv/byte-csv-reader.js'
import { compileDataSchema } from '../../../src/ssot/data-schema.js'
import { TableValidator, type TableResult } from '../../../src/gates/g0/table-validator.js'
import { pick, seededRandom } from '../../support/random.js'

/**
 * The fast path (TableValidator.scanLine: plain decimals parsed in the line
 * scan, passing values counted in bulk) against the general path (onRecord:
 * every cell through Number()-exact parsing and its checker), on random data
 * built to hit every edge: signs, leading zeros, `.5` and `5.`, 15 and 16
 * digits, 9 and 10 integer digits, exponents, spaces, decimal commas, null
 * tokens that look like numbers, bound and enum violations, integers.
 */
const SCHEMA = (nullValues: string[]) => ({
  type: 'object',
  properties: {
    a: { type: ['number', 'null'], minimum: -50, exclusiveMaximum: 1e9 },
    b: { type: 'integer', enum: [0, 1, 7, -3] },
    c: { type: ['number', 'null'], exclusiveMinimum: -1e12, maximum: 123456.789 },
    s: { type: ['string', 'null'], enum: ['x', 'y'] },
  },
  'x-dataset': { nullValues, maxReportedViolations: 100_000 },
})

function randomNumberText(r: () => number): string {
  const digits = (n: number) =>
    Array.from({ length: n }, () => String(Math.floor(r() * 10))).join('')
  const sign = r() < 0.3 ? '-' : ''
  switch (Math.floor(r() * 12)) {
    case 0:
      return `${sign}${digits(1 + Math.floor(r() * 10))}`
    case 1:
      return `${sign}${digits(1 + Math.floor(r() * 9))}.${digits(1 + Math.floor(r() * 9))}`
    case 2:
      return `${sign}.${digits(1 + Math.floor(r() * 12))}`
    case 3:
      return `${sign}${digits(1 + Math.floor(r() * 6))}.`
    case 4:
      return `${sign}${digits(7)}.${digits(8)}` // 15 digits
    case 5:
      return `${sign}${digits(8)}.${digits(8)}` // 16 digits: the general path
    case 6:
      return `${sign}${digits(10)}.${digits(2)}` // 10 integer digits
    case 7:
      return `${sign}0${digits(3)}.${digits(2)}0`
    case 8:
      return pick(r, ['-999', 'NA', '', '.', '-', '1e3', ' 12 ', '1,5', '-0', '0.0', '+4', '12a'])
    default:
      return `${sign}${digits(1 + Math.floor(r() * 3))}.${digits(1 + Math.floor(r() * 4))}`
  }
}

/** The table's result, and how many rows the fast path took (scanLine found their end). */
async function table(
  csv: string,
  fast: boolean,
  nullValues: string[],
  chunkSize?: number,
): Promise<TableResult & { fastRows: number; lineEnding: string }> {
  const schema = compileDataSchema(SCHEMA(nullValues), 'schema.json')
  const v = new TableValidator(schema, 't.csv', 't')
  const dir = mkdtempSync(join(tmpdir(), 'mg-tv-'))
  writeFileSync(join(dir, 't.csv'), csv)
  let fastRows = 0
  const scanLine = (buf: Buffer, from: number, limit: number, line: number, offset: number) => {
    const end = v.scanLine(buf, from, limit, line, offset)
    if (end >= 0) fastRows++
    return end
  }
  const summary = await readCsvFile(
    join(dir, 't.csv'),
    { displayPath: 't.csv', ...(fast ? { scanLine } : {}), ...(chunkSize ? { chunkSize } : {}) },
    (h) => v.onHeader(h, 1),
    (rec) => v.onRecord(rec),
  )
  return { ...v.finish(), fastRows, lineEnding: summary.lineEnding }
}

/** Compares the fast path's table with the general path's, exactly (moments to rounding). */
function expectSameTables(fast: TableResult, general: TableResult): void {
  expect(fast.rows).toBe(general.rows)
  expect(fast.raggedRows).toBe(general.raggedRows)
  expect(fast.violations).toEqual(general.violations)
  expect(fast.totalViolations).toBe(general.totalViolations)
  fast.columns.forEach((col, i) => {
    const g = general.columns[i]!
    expect([col.rules.name, col.counts, col.checked, col.missing]).toEqual([
      g.rules.name,
      g.counts,
      g.checked,
      g.missing,
    ])
    const { mean, std, ...exact } = col.profile
    const { mean: gMean, std: gStd, ...gExact } = g.profile
    // Extremes, counts, quantiles (the same sampled rows) and categories: identical.
    expect(exact).toEqual(gExact)
    // Moments: bulk two-pass blocks against Welford, to rounding.
    if (mean !== undefined) {
      expect(Math.abs(mean - gMean!)).toBeLessThanOrEqual(
        1e-12 * Math.max(1, Math.abs(gMean!), gStd!),
      )
      expect(Math.abs(std! - gStd!)).toBeLessThanOrEqual(1e-12 * Math.max(1, gStd!))
    }
  })
}

describe('the fast path of the table validator', () => {
  it.each([
    ['the default null tokens', ['', 'NA', 'NaN', 'null']],
    ['null tokens that look like numbers', ['', 'NA', '-999', '.', '0']],
  ])(
    'agrees with the general path on 60,000 random rows (%s): counts, violations, extremes and samples',
    async (_name, nullValues) => {
      const r = seededRandom(20261122)
      const rows = ['a,b,c,s']
      for (let i = 0; i < 60_000; i++) {
        const b = pick(r, ['0', '1', '7', '-3', '2', '1.5', '01', '-0', 'x'])
        const c = r() < 0.5 ? randomNumberText(r) : String((r() - 0.5) * 2e6)
        rows.push(`${randomNumberText(r)},${b},${c},${pick(r, ['x', 'y', 'z', '', 'NA'])}`)
      }
      const csv = `${rows.join('\n')}\n`
      const [fast, general] = await Promise.all([
        table(csv, true, nullValues),
        table(csv, false, nullValues),
      ])
      expect(fast.rows).toBe(60_000)
      // The comparison means something only if the fast path really took rows (all but the ragged ones, from `1,5`).
      expect(fast.fastRows).toBeGreaterThan(55_000)
      expect(general.fastRows).toBe(0)
      expect(fast.totalViolations).toBeGreaterThan(1000)
      expectSameTables(fast, general)
    },
  )
})

describe('the fast path at the edges of records and reads', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])(
    'agrees with the general path with %s endings, quoted cells, lone CRs, empty lines, no final newline and 1 KiB reads',
    async (_name, eol) => {
      const r = seededRandom(20261202)
      const rows = ['a,b,c,s']
      for (let i = 0; i < 20_000; i++) {
        const b = pick(r, ['0', '1', '7', '-3', '2'])
        const c = randomNumberText(r)
        // Text cells: plain, quoted (the scanner must stop before the quote), with a lone CR (data).
        const s = pick(r, ['x', 'y', '"z"', '"x,y"', 'x\ry', '', 'NA', 'z'])
        const row = `${randomNumberText(r)},${b},${c},${s}`
        rows.push(r() < 0.01 ? '' : row) // an empty line now and then
      }
      // A number followed by a lone CR, mid-record and at its end before the line ending.
      rows.push('1\r,1,2,x', '1,1,2\r,x', '1,1,2,x\r')
      const csv = rows.join(eol) // no final line ending
      for (const chunkSize of [1024, 1 << 22]) {
        const [fast, general] = await Promise.all([
          table(csv, true, ['', 'NA'], chunkSize),
          table(csv, false, ['', 'NA'], chunkSize),
        ])
        expect(fast.fastRows).toBeGreaterThan(10_000)
        expect(fast.lineEnding).toBe(general.lineEnding)
        expectSameTables(fast, general)
      }
    },
  )
})

describe('category counts of a text column', () => {
  it('are exact through the verdict cache, its evictions and the cap on tracked categories', async () => {
    // 12,000 distinct values (above the 10,000 tracked), skewed so that some repeat often.
    const r = seededRandom(5)
    const values: string[] = []
    for (let i = 0; i < 60_000; i++)
      values.push(`v${r() < 0.5 ? Math.floor(r() * 30) : Math.floor(r() * 12_000)}`)
    const csv = `s\n${values.join('\n')}\n`
    const schema = compileDataSchema(
      { type: 'object', properties: { s: { type: 'string' } } },
      'schema.json',
    )
    const v = new TableValidator(schema, 't.csv', 't')
    const dir = mkdtempSync(join(tmpdir(), 'mg-cat-'))
    writeFileSync(join(dir, 't.csv'), csv)
    await readCsvFile(
      join(dir, 't.csv'),
      {
        displayPath: 't.csv',
        scanLine: (buf, from, limit, line, offset) => v.scanLine(buf, from, limit, line, offset),
      },
      (h) => v.onHeader(h, 1),
      (rec) => v.onRecord(rec),
    )
    // The reference: the first 10,000 distinct values met are tracked, with every cell counted.
    const tracked = new Map<string, number>()
    for (const x of values) {
      const c = tracked.get(x)
      if (c !== undefined) tracked.set(x, c + 1)
      else if (tracked.size < 10_000) tracked.set(x, 1)
    }
    const top = [...tracked]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 20)
      .map(([value, count]) => ({ value, count }))
    const profile = v.finish().columns[0]!.profile
    expect(profile).toMatchObject({ count: 60_000, distinct: 10_000, distinctCapped: true, top })
  })
})

describe('bounds on the fast path', () => {
  it('nextUp is the least double above, so that an exclusive bound becomes an inclusive one', async () => {
    const { nextUp } = await import('../../../src/gates/g0/column-checkers.js')
    for (const x of [
      0.5,
      -0.5,
      1e9,
      -1e-300,
      123456.789,
      2.5,
      Number.MIN_VALUE,
      -Number.MIN_VALUE,
    ]) {
      const up = nextUp(x)
      expect(up).toBeGreaterThan(x)
      expect((x + up) / 2 === x || (x + up) / 2 === up).toBe(true) // nothing in between
    }
    expect(nextUp(0)).toBe(Number.MIN_VALUE)
    expect(nextUp(-0)).toBe(Number.MIN_VALUE)
    expect(nextUp(Number.NEGATIVE_INFINITY)).toBe(-Number.MAX_VALUE)
    expect(nextUp(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY)
  })

  it('judges values at, just inside and just outside every kind of bound as the general path does', async () => {
    const schema = {
      type: 'object',
      properties: {
        a: { type: 'number', exclusiveMinimum: 0.5, exclusiveMaximum: 2.5 },
        b: { type: 'number', minimum: 0.5, maximum: 2.5, exclusiveMaximum: 2.25 },
        c: { type: 'integer', minimum: -1, enum: [-1, 0, 2, 3.0] },
        d: { type: 'number', enum: Array.from({ length: 40 }, (_, i) => i / 4) },
        e: { type: 'number', exclusiveMinimum: 0 },
      },
      'x-dataset': { maxReportedViolations: 100_000 },
    }
    const cells = [
      '0.5',
      '0.50000001',
      '0.4999999',
      '2.5',
      '2.4999999',
      '2.25',
      '2.2499999',
      '0',
      '-0',
      '-0.0',
      '1',
      '2',
      '3',
      '-1',
      '-2',
      '1.5',
      '9.75',
      '10',
      '0.000000001',
    ]
    const r = seededRandom(3)
    const rows = ['a,b,c,d,e']
    for (let i = 0; i < 5000; i++)
      rows.push(Array.from({ length: 5 }, () => pick(r, cells)).join(','))
    const csv = `${rows.join('\n')}\n`
    const results = await Promise.all(
      [true, false].map(async (fast) => {
        const v = new TableValidator(compileDataSchema(schema, 'schema.json'), 't.csv', 't')
        const dir = mkdtempSync(join(tmpdir(), 'mg-bounds-'))
        writeFileSync(join(dir, 't.csv'), csv)
        let fastRows = 0
        await readCsvFile(
          join(dir, 't.csv'),
          {
            displayPath: 't.csv',
            ...(fast
              ? {
                  scanLine: (
                    buf: Buffer,
                    from: number,
                    limit: number,
                    line: number,
                    offset: number,
                  ) => {
                    const end = v.scanLine(buf, from, limit, line, offset)
                    if (end >= 0) fastRows++
                    return end
                  },
                }
              : {}),
          },
          (h) => v.onHeader(h, 1),
          (rec) => v.onRecord(rec),
        )
        return { ...v.finish(), fastRows }
      }),
    )
    expect(results[0]!.fastRows).toBe(5000)
    expect(results[0]!.totalViolations).toBeGreaterThan(5000)
    expectSameTables(results[0]!, results[1]!)
  })
})
