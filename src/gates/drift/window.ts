import { fieldText, readCsvFile } from '../../csv/byte-csv-reader.js'
import { parseNumberBytes } from '../../csv/number-parse.js'
import { defineRangeTask, runRangeTask, type FileDigest } from '../../csv/range-workers.js'
import { InputError } from '../../contract/errors.js'
import { DEFAULT_NULL_VALUES } from '../../ssot/data-schema.js'

const NULLS = new Set(DEFAULT_NULL_VALUES)
const COMMA = 44
const QUOTE = 34

/** A column to read: numbers (missing values become NaN) or text (kept as is, missing as null). */
export interface ColumnSpec {
  name: string
  kind: 'number' | 'text'
}

/** The columns of one data file the drift check compares, read once. */
export interface Table {
  header: string[]
  rows: number
  numeric: Map<string, Float64Array>
  text: Map<string, (string | null)[]>
  /** The file's digest, when worker threads read it (one of them hashes it meanwhile). */
  digest?: FileDigest
}

interface TableSpec {
  columns: ColumnSpec[]
  /** `reference` or `current`, for messages. */
  role: string
}

interface TablePart {
  rows: number
  numericNames: string[]
  numeric: Float64Array[]
  textNames: string[]
  text: (string | null)[][]
  nextLine: number
}

/**
 * Reads the named columns of a CSV with the byte reader, in worker threads
 * for large quote-free files. A column the file lacks, or a cell that is
 * neither a number nor a null token in a numeric column, is an InputError
 * naming the file, the line and the cell.
 */
export async function readTable(
  absolute: string,
  display: string,
  role: string,
  columns: ColumnSpec[],
  threads: number,
): Promise<Table> {
  const spec: TableSpec = { columns, role }
  const run = await runRangeTask<TableSpec, TablePart>(
    'drift-table',
    absolute,
    display,
    threads,
    spec,
    { digest: true },
  )
  let header: string[]
  let parts: TablePart[]
  if (run) {
    header = run.header
    parts = run.parts.map((p) => p.result)
  } else {
    const part = await readPart(absolute, display, spec)
    header = part.header
    parts = [part]
  }
  const rows = parts.reduce((n, p) => n + p.rows, 0)
  const numeric = new Map<string, Float64Array>()
  parts[0]!.numericNames.forEach((name, i) => {
    const out = new Float64Array(rows)
    let at = 0
    for (const p of parts) {
      out.set(p.numeric[i]!, at)
      at += p.numeric[i]!.length
    }
    numeric.set(name, out)
  })
  const text = new Map<string, (string | null)[]>()
  parts[0]!.textNames.forEach((name, i) =>
    text.set(
      name,
      parts.flatMap((p) => p.text[i]!),
    ),
  )
  return { header, rows, numeric, text, ...(run?.digest ? { digest: run.digest } : {}) }
}

defineRangeTask<TableSpec, TablePart>('drift-table', async (job) => {
  const part = await readPart(job.absolute, job.display, job.params, {
    ...job.range,
    header: job.header,
  })
  return { result: part, rows: part.rows, lines: part.nextLine }
})

async function readPart(
  absolute: string,
  display: string,
  spec: TableSpec,
  range?: { start: number; end: number; firstLine: number; header: string[] },
): Promise<TablePart & { header: string[] }> {
  const numeric: { name: string; index: number; values: GrowableF64 }[] = []
  const text: { name: string; index: number; values: (string | null)[] }[] = []
  let header: string[] = []
  const mapColumns = (h: string[], line: number) => {
    header = h
    for (const c of spec.columns) {
      const index = h.indexOf(c.name)
      if (index < 0)
        throw new InputError({
          file: display,
          line,
          message: `The ${spec.role} data has no column "${c.name}"`,
          expected: `a column "${c.name}" (a model feature, compared between the reference and the current window)`,
          found: `columns ${h.join(', ')}`,
        })
      if (c.kind === 'number') numeric.push({ name: c.name, index, values: new GrowableF64() })
      else text.push({ name: c.name, index, values: [] })
    }
  }
  if (range) mapColumns(range.header, 1)
  let rows = 0
  // Fast path for plain lines: split on commas once and parse only the wanted
  // cells; a line with a quote, the wrong field count, or a cell that is not
  // a number goes to the record path below, which reports it.
  let slots: Int32Array | undefined
  const scratch = new Float64Array(spec.columns.length)
  const texts: (string | null)[] = []
  const onLine = (buf: Buffer, from: number, to: number): boolean => {
    if (!slots) {
      const width = range ? range.header.length : header.length
      slots = new Int32Array(width).fill(-1)
      numeric.forEach((c, k) => (slots![c.index] = k))
      text.forEach((c, k) => (slots![c.index] = numeric.length + k))
    }
    let field = 0
    let start = from
    texts.length = 0
    for (let i = from; i <= to; i++) {
      const b = i < to ? buf[i] : COMMA
      if (b === QUOTE) return false
      if (b !== COMMA) continue
      if (field >= slots.length) return false
      const slot = slots[field]!
      if (slot >= 0) {
        if (slot < numeric.length) {
          const v = parseNumberBytes(buf, start, i)
          if (Number.isNaN(v)) return false
          scratch[slot] = v
        } else {
          const raw = buf.toString('utf8', start, i)
          texts[slot - numeric.length] = NULLS.has(raw) ? null : raw
        }
      }
      field++
      start = i + 1
    }
    if (field !== slots.length) return false
    for (let k = 0; k < numeric.length; k++) numeric[k]!.values.push(scratch[k]!)
    for (let k = 0; k < text.length; k++) text[k]!.values.push(texts[k]!)
    rows++
    return true
  }
  const summary = await readCsvFile(
    absolute,
    { displayPath: display, onLine, ...(range ? { range } : {}) },
    mapColumns,
    (rec) => {
      rows++
      const width = range ? range.header.length : header.length
      if (rec.count !== width)
        throw new InputError({
          file: display,
          line: rec.line,
          message: `A row of the ${spec.role} data has ${rec.count} fields`,
          expected: `${width} fields, as in the header`,
          found: `${rec.count}`,
        })
      for (const c of numeric) {
        const v = parseNumberBytes(rec.buf, rec.start[c.index]!, rec.end[c.index]!)
        if (!Number.isNaN(v)) {
          c.values.push(v)
          continue
        }
        const raw = fieldText(rec, c.index)
        if (NULLS.has(raw.trim())) {
          c.values.push(Number.NaN)
          continue
        }
        throw new InputError({
          file: display,
          line: rec.line,
          message: `Column "${c.name}" of the ${spec.role} data is not a number`,
          expected: `a number, or a missing value (${DEFAULT_NULL_VALUES.map((s) => JSON.stringify(s)).join(', ')})`,
          found: JSON.stringify(raw),
        })
      }
      for (const c of text) {
        const raw = fieldText(rec, c.index)
        c.values.push(NULLS.has(raw) ? null : raw)
      }
    },
  )
  return {
    header: range ? range.header : header.length ? header : summary.header,
    rows,
    numericNames: numeric.map((c) => c.name),
    numeric: numeric.map((c) => c.values.toArray()),
    textNames: text.map((c) => c.name),
    text: text.map((c) => c.values),
    nextLine: summary.nextLine,
  }
}

/** A Float64Array that doubles when full: no boxed numbers for million-row windows. */
class GrowableF64 {
  private data = new Float64Array(1024)
  length = 0

  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = new Float64Array(this.data.length * 2)
      bigger.set(this.data)
      this.data = bigger
    }
    this.data[this.length++] = v
  }

  toArray(): Float64Array {
    return this.data.slice(0, this.length)
  }
}
