import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import {
  fieldText,
  parseCsvBuffer,
  readCsvFile,
  type CsvRecord,
} from '../../src/csv/byte-csv-reader.js'
import { InputError } from '../../src/contract/errors.js'
import { pick, seededRandom } from '../support/random.js'

function collect(data: Buffer): { header: string[]; rows: string[][]; lines: number[] } {
  const rows: string[][] = []
  const lines: number[] = []
  let header: string[] = []
  parseCsvBuffer(
    data,
    't.csv',
    (h) => (header = h),
    (rec: CsvRecord) => {
      const row: string[] = []
      for (let i = 0; i < rec.count; i++) row.push(fieldText(rec, i))
      rows.push(row)
      lines.push(rec.line)
    },
  )
  return { header, rows, lines }
}

const FIELD_PARTS = [
  'a',
  'b',
  'xyz',
  '12',
  '-3.5e2',
  ' ',
  'é',
  '😀',
  ',',
  '"',
  '\n',
  '\r\n',
  '""',
  'NaN',
  '',
]

/** A random field and its CSV encoding (quoted when it must be, sometimes when it need not). */
function randomField(random: () => number, eol: string): { value: string; encoded: string } {
  let value = ''
  const parts = Math.floor(random() * 4)
  for (let i = 0; i < parts; i++) value += pick(random, FIELD_PARTS)
  if (eol === '\n') value = value.replace(/\r\n/g, '\n')
  const mustQuote = /[",\n\r]/.test(value)
  const quote = mustQuote || random() < 0.1
  return { value, encoded: quote ? `"${value.replace(/"/g, '""')}"` : value }
}

function randomCorpus(seed: number): { text: string; records: string[][] } {
  const random = seededRandom(seed)
  const eol = random() < 0.5 ? '\n' : '\r\n'
  const cols = 1 + Math.floor(random() * 6)
  const records: string[][] = []
  const lines: string[] = []
  const nrows = 1 + Math.floor(random() * 40)
  for (let r = 0; r < nrows; r++) {
    const fields = Array.from({ length: cols }, () => randomField(random, eol))
    // A record whose only field is empty would be an empty line; give it content.
    if (cols === 1 && fields[0]!.encoded === '') fields[0] = { value: 'x', encoded: 'x' }
    records.push(fields.map((f) => f.value))
    lines.push(fields.map((f) => f.encoded).join(','))
  }
  const finalEol = random() < 0.5 ? eol : ''
  return { text: lines.join(eol) + finalEol, records }
}

describe('byte CSV reader', () => {
  it('matches csv-parse on 3,000 randomized corpora (quotes, CRLF, quoted newlines, unicode, empty fields)', () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const { text, records } = randomCorpus(seed)
      const reference = parse(text, {
        bom: true,
        skip_empty_lines: true,
        relax_column_count: true,
      }) as string[][]
      expect(reference, `csv-parse disagrees with the generator for seed ${seed}`).toEqual(records)
      const ours = collect(Buffer.from(text, 'utf8'))
      expect([ours.header, ...ours.rows], `seed ${seed}`).toEqual(reference)
    }
  })

  it('gives the same records when the file is read in tiny chunks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-csv-'))
    for (let seed = 1; seed <= 200; seed++) {
      const { text } = randomCorpus(seed)
      const path = join(dir, `${seed}.csv`)
      writeFileSync(path, text)
      const whole = collect(Buffer.from(text, 'utf8'))
      for (const chunkSize of [1, 2, 3, 7, 64]) {
        const rows: string[][] = []
        const lines: number[] = []
        await readCsvFile(
          path,
          { displayPath: 'x.csv', chunkSize },
          () => {},
          (rec) => {
            const row: string[] = []
            for (let i = 0; i < rec.count; i++) row.push(fieldText(rec, i))
            rows.push(row)
            lines.push(rec.line)
          },
        )
        expect(rows, `seed ${seed} chunk ${chunkSize}`).toEqual(whole.rows)
        expect(lines, `seed ${seed} chunk ${chunkSize}`).toEqual(whole.lines)
      }
    }
  })

  it('reports 1-based physical line numbers, counting quoted newlines', () => {
    const { lines } = collect(Buffer.from('a,b\n1,2\n"x\ny",3\n\n4,5\n'))
    expect(lines).toEqual([2, 3, 6])
  })

  it('strips a UTF-8 BOM and reads CRLF files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-csv-'))
    const path = join(dir, 'bom.csv')
    writeFileSync(
      path,
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a,b\r\n1,2\r\n')]),
    )
    let header: string[] = []
    const summary = await readCsvFile(
      path,
      { displayPath: 'bom.csv' },
      (h) => (header = h),
      () => {},
    )
    expect(header).toEqual(['a', 'b'])
    expect(summary).toMatchObject({ hadBom: true, lineEnding: 'crlf', rows: 1 })
  })

  it.each([
    ['an unterminated quote', 'a,b\n1,"2\n3,4\n', 2, /Unterminated quoted field/],
    ['text after a closing quote', 'a,b\n1,"2"x\n', 2, /after a closing quote/],
    ['a quote inside an unquoted field', 'a,b\n"1",2x"y\n', 2, /inside an unquoted field/],
    ['invalid UTF-8', 'a,b\n1,2\n3,\xff\n', 3, /not valid UTF-8/],
    ['an empty file', '', 1, /empty/],
  ])('rejects %s with the file and line', (_name, text, line, message) => {
    const data = Buffer.from(text, 'latin1')
    let error: unknown
    try {
      collect(data)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    const problem = (error as InputError).problem
    expect(problem.file).toBe('t.csv')
    expect(problem.line).toBe(line)
    expect(problem.message).toMatch(message)
    expect(problem.expected).toBeTruthy()
    expect(problem.found).toBeTruthy()
  })

  it('gives the file offset of an invalid byte far into a file read in chunks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-utf8-'))
    const path = join(dir, 'x.csv')
    const good = 'a,b\n' + '1,2\n'.repeat(5000)
    writeFileSync(path, Buffer.concat([Buffer.from(good), Buffer.from([0x33, 0x2c, 0xff, 0x0a])]))
    await expect(
      readCsvFile(
        path,
        { displayPath: 'x.csv', chunkSize: 1000 },
        () => {},
        () => {},
      ),
    ).rejects.toMatchObject({
      problem: { line: 5002, found: `byte 0xff at byte offset ${good.length + 2}` },
    })
  })

  it('names a missing file', async () => {
    await expect(
      readCsvFile(
        '/nonexistent/x.csv',
        { displayPath: 'data/x.csv' },
        () => {},
        () => {},
      ),
    ).rejects.toMatchObject({
      problem: { file: 'data/x.csv', message: 'File not found' },
    })
  })
})
