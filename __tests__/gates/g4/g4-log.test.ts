import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { InputError } from '../../../src/contract/errors.js'
import { logSpec, type ShadowConfig } from '../../../src/gates/g4/config.js'
import { readShadowLog } from '../../../src/gates/g4/log.js'
import { dayLabel, parseTimestamp, utcDay } from '../../../src/gates/g4/timestamp.js'

const HEADER = 'timestamp,request_id,production_y,shadow_y,actual_y,shadow_latency_ms,shadow_error'

function write(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'mg-g4-log-')), name)
  writeFileSync(path, text)
  return path
}

const spec = (config: ShadowConfig = { days: 1 }) =>
  logSpec(config, 'ssot/shadow.json', 'regression', ['y'])

async function problem(text: string, config?: ShadowConfig, name = 'log.csv') {
  try {
    await readShadowLog(write(name, text), name, spec(config), 1)
  } catch (error) {
    if (error instanceof InputError) return error.problem
    throw error
  }
  throw new Error('no error')
}

describe('shadow-log timestamps', () => {
  it('reads RFC 3339 date-times (UTC without an offset) and plain dates as UTC days', () => {
    const day = (t: string) => dayLabel(utcDay(parseTimestamp(t)))
    expect(day('2015-01-31T23:30:00Z')).toBe('2015-01-31')
    expect(day('2015-01-31T23:30:00-02:00')).toBe('2015-02-01')
    expect(day('2015-02-01 00:30:00.123+0100')).toBe('2015-01-31')
    expect(day('2015-01-31T23:59:59')).toBe('2015-01-31')
    expect(day('2015-01-31')).toBe('2015-01-31')
    expect(parseTimestamp('2015-01-31T12:00:00.5Z')).toBe(Date.UTC(2015, 0, 31, 12) + 500)
    for (const bad of [
      '31/01/2015',
      '2015-02-30',
      '2015-13-01',
      '2015-01-31T25:00:00Z',
      'yesterday',
      '',
      '0099-01-01',
    ])
      expect(parseTimestamp(bad), bad).toBeNaN()
  })
})

describe('reading the shadow log', () => {
  const rows = [
    '2024-03-01T08:00:00Z,r1,10,11,10.5,2.5,',
    '2024-03-01T09:00:00Z,r2,12,,,,timeout',
    '2024-03-02T08:00:00Z,"r,3",13,12.5,,3,',
  ]

  it("reads CSV and JSON Lines alike, with each row's line, day, error and empty ground truth", async () => {
    const csv = await readShadowLog(
      write('log.csv', `${HEADER}\n${rows.join('\n')}\n`),
      'log.csv',
      spec(),
      1,
    )
    expect(csv.rows).toBe(3)
    expect(Array.from(csv.line)).toEqual([2, 3, 4])
    expect(Array.from(csv.day, dayLabel)).toEqual(['2024-03-01', '2024-03-01', '2024-03-02'])
    expect(Array.from(csv.failed)).toEqual([0, 1, 0])
    expect(Array.from(csv.variables[0]!.truth!)).toEqual([10.5, Number.NaN, Number.NaN])
    expect(Array.from(csv.shadowLatency!)).toEqual([2.5, Number.NaN, 3])
    expect(csv.productionLatency).toBeUndefined()
    expect(csv.hasErrorColumn).toBe(true)
    const jsonl = [
      {
        timestamp: '2024-03-01T08:00:00Z',
        request_id: 'r1',
        production_y: 10,
        shadow_y: 11,
        actual_y: 10.5,
        shadow_latency_ms: 2.5,
        shadow_error: null,
      },
      {
        timestamp: '2024-03-01T09:00:00Z',
        request_id: 'r2',
        production_y: 12,
        shadow_y: null,
        actual_y: null,
        shadow_latency_ms: null,
        shadow_error: 'timeout',
      },
      '',
      {
        timestamp: '2024-03-02T08:00:00Z',
        request_id: 'r,3',
        production_y: '13',
        shadow_y: 12.5,
        actual_y: null,
        shadow_latency_ms: 3,
        shadow_error: '',
      },
    ]
      .map((r) => (r === '' ? '' : JSON.stringify(r)))
      .join('\n')
    const j = await readShadowLog(write('log.jsonl', jsonl), 'log.jsonl', spec(), 1)
    expect(j.rows).toBe(3)
    expect(Array.from(j.line)).toEqual([1, 2, 4])
    expect(Array.from(j.failed)).toEqual(Array.from(csv.failed))
    expect(Array.from(j.variables[0]!.production)).toEqual(Array.from(csv.variables[0]!.production))
    expect(Array.from(j.variables[0]!.shadow)).toEqual(Array.from(csv.variables[0]!.shadow))
  })

  it('reads a large log in byte ranges with the same result and the same line numbers', async () => {
    const lines = Array.from(
      { length: 3000 },
      (_, i) =>
        `2024-03-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00Z,q${i},${i},${i + 0.5},${i % 3 ? '' : i},${(i % 7) / 2},${i % 11 ? '' : 'boom'}`,
    )
    const path = write('big.csv', `${HEADER}\n${lines.join('\n')}\n`)
    const options = { mode: 'in-process' as const, chunkBytes: 8192, minBytes: 0 }
    const ranged = await readShadowLog(path, 'big.csv', spec(), 4, options)
    const plain = await readShadowLog(path, 'big.csv', spec(), 1)
    expect(ranged.rows).toBe(3000)
    // One of the threads hashed the log meanwhile; a log read in one piece is hashed by its gate.
    expect(ranged.digest?.sha256).toBe(
      createHash('sha256').update(readFileSync(path)).digest('hex'),
    )
    expect(plain.digest).toBeUndefined()
    expect(Array.from(ranged.line)).toEqual(Array.from(plain.line))
    expect(Array.from(ranged.day)).toEqual(Array.from(plain.day))
    expect(Array.from(ranged.variables[0]!.shadow)).toEqual(Array.from(plain.variables[0]!.shadow))
    expect(Array.from(ranged.failed)).toEqual(Array.from(plain.failed))
    // A bad cell deep in the file is reported at its own line whichever way it is read.
    lines[2500] = lines[2500]!.replace('T10:00:00Z', 'T10:00Z:00')
    const bad = write('bad.csv', `${HEADER}\n${lines.join('\n')}\n`)
    await expect(readShadowLog(bad, 'bad.csv', spec(), 4, options)).rejects.toMatchObject({
      problem: { line: 2502, message: 'Unparsable timestamp in column "timestamp"' },
    })
  })

  it('names the file, line, column, expected and found for every bad row', async () => {
    expect(
      await problem(`${HEADER}\n2024-03-01T08:00:00Z,r1,10,11,,,\n31/03/2024,r2,1,1,,,\n`),
    ).toMatchObject({
      file: 'log.csv',
      line: 3,
      message: 'Unparsable timestamp in column "timestamp"',
      found: '"31/03/2024"',
    })
    expect(await problem(`${HEADER}\n2024-03-01,r1,ten,11,,,\n`)).toMatchObject({
      line: 2,
      message: "The production model's prediction of y is not a number",
      found: '"ten"',
    })
    expect(await problem(`${HEADER}\n2024-03-01,r1,10,,,,\n`)).toMatchObject({
      line: 2,
      message: "Missing the shadow model's prediction of y",
    })
    expect(await problem(`${HEADER}\n2024-03-01,r1,10,11,,-1,\n`)).toMatchObject({
      line: 2,
      message: 'Invalid latency in column "shadow_latency_ms"',
    })
    expect(
      await problem(`${HEADER}\n2024-03-01,r1,10,11,,,\n2024-03-02,r1,10,11,,,\n`),
    ).toMatchObject({
      line: 3,
      message: 'Request id "r1" is logged twice (first at line 2)',
    })
    expect(await problem(`${HEADER}\n2024-03-01,r1,10,11,,\n`)).toMatchObject({
      line: 2,
      message: 'The row has 6 fields and the header 7',
    })
    expect(await problem(`timestamp,request_id,production_y\n2024-03-01,r1,10\n`)).toMatchObject({
      line: 1,
      message: `The shadow log has no column "shadow_y" (the shadow model's prediction of y)`,
      expected:
        'a column "shadow_y" (the default name; ssot/shadow.json /columns can name another)',
    })
    expect(
      await problem(`${HEADER}\n2024-03-01,r1,10,11,,,\n`, {
        days: 1,
        columns: { variables: { y: { truth: 'lab_y' } } },
      }),
    ).toMatchObject({
      line: 1,
      message: 'The shadow log has no column "lab_y" (the ground truth of y)',
      expected: 'a column "lab_y", as ssot/shadow.json names it at /columns/variables/y/truth',
    })
    expect(await problem(`${HEADER}\n`)).toMatchObject({ message: 'The shadow log has no rows' })
    expect(await problem('', undefined, 'empty.csv')).toMatchObject({
      message: 'The file is empty',
    })
    expect(await problem('', undefined, 'empty.jsonl')).toMatchObject({
      message: 'The shadow log is empty',
    })
    expect(await problem('{"timestamp": 1\n', undefined, 'x.jsonl')).toMatchObject({
      line: 1,
      message: 'The line is not valid JSON',
    })
  })
})
