import { readFile } from 'node:fs/promises'
import { parse } from 'csv-parse/sync'
import { InputError } from '../contract/errors.js'
import { unreadableFile } from '../io/file-errors.js'

/** A small SSOT table: rows keyed by header name, each with its 1-based line. */
export interface CsvTable {
  file: string
  header: string[]
  rows: { line: number; values: Record<string, string> }[]
}

/**
 * Reads an SSOT CSV table with csv-parse and checks its header: every column
 * in `required` must be present, and no column outside `required` and
 * `optional` may appear (a typo in a column name would otherwise be ignored).
 */
export async function readCsvTable(
  absolute: string,
  display: string,
  required: readonly string[],
  optional: readonly string[] = [],
): Promise<CsvTable> {
  let text: string
  try {
    text = await readFile(absolute, 'utf8')
  } catch (error) {
    throw unreadableFile(error, display, 'a CSV file')
  }
  let records: { record: string[]; info: { lines: number } }[]
  try {
    records = parse(text, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as typeof records
  } catch (error) {
    const e = error as Error & { lines?: number }
    throw new InputError({
      file: display,
      line: e.lines,
      message: `Not a valid CSV table: ${e.message.replace(/^[^:]*:\s*/, '')}`,
      expected: 'RFC 4180 CSV with the same number of fields on every line',
      found: 'a malformed line',
    })
  }
  const first = records[0]
  if (!first) {
    throw new InputError({
      file: display,
      line: 1,
      message: 'The table is empty',
      expected: `a header: ${required.join(',')}`,
      found: 'nothing',
    })
  }
  const header = first.record
  const missing = required.filter((c) => !header.includes(c))
  if (missing.length > 0) {
    throw new InputError({
      file: display,
      line: first.info.lines,
      message: `Missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
      expected: `header with ${required.join(',')}`,
      found: header.join(','),
    })
  }
  const known = new Set([...required, ...optional])
  const unknown = header.filter((c) => !known.has(c))
  if (unknown.length > 0) {
    throw new InputError({
      file: display,
      line: first.info.lines,
      message: `Unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`,
      expected: `columns among ${[...known].join(', ')}`,
      found: unknown.join(', '),
    })
  }
  const dup = header.find((c, i) => header.indexOf(c) !== i)
  if (dup !== undefined) {
    throw new InputError({
      file: display,
      line: first.info.lines,
      message: `Duplicate column "${dup}"`,
      expected: 'unique column names',
      found: `"${dup}" twice`,
    })
  }
  const rows = records.slice(1).map(({ record, info }) => {
    const values: Record<string, string> = {}
    header.forEach((name, i) => {
      values[name] = record[i] ?? ''
    })
    return { line: info.lines, values }
  })
  return { file: display, header, rows }
}
