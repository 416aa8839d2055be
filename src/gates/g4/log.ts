import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { fieldText, readCsvFile } from '../../csv/byte-csv-reader.js'
import {
  defineRangeTask,
  runRangeTask,
  type FileDigest,
  type RangeOptions,
} from '../../csv/range-workers.js'
import { parseNumberBytes } from '../../csv/number-parse.js'
import { InputError } from '../../contract/errors.js'
import { unreadableFile } from '../../io/file-errors.js'
import type { LogSpec, VariableRole } from './config.js'
import { LogRows, type Cells, type LogPart } from './log-rows.js'

/** One variable's columns in the log, in row order; classifiers hold class indexes. NaN: empty cell. */
export interface LoggedVariable {
  name: string
  production: Float64Array
  shadow: Float64Array
  truth?: Float64Array
  productionLower?: Float64Array
  productionUpper?: Float64Array
  shadowLower?: Float64Array
  shadowUpper?: Float64Array
}

/** The shadow log, read and checked: every row valid, request ids unique. */
export interface ShadowLog {
  rows: number
  /** UTC day number of each row. */
  day: Int32Array
  /** The physical line of each row (header: line 1). */
  line: Int32Array
  /** 1 where the shadow model failed on the request (error column non-empty). */
  failed: Uint8Array
  variables: LoggedVariable[]
  shadowLatency?: Float64Array
  productionLatency?: Float64Array
  /** The optional columns the log has, for the report. */
  present: string[]
  /** The file's digest, when worker threads read it (one of them hashes it meanwhile). */
  digest?: FileDigest
  hasErrorColumn: boolean
}

/**
 * Reads a shadow log: CSV with the byte reader (in worker threads for a large,
 * quote-free file), or JSON Lines (`.jsonl`, `.ndjson`: one object per line,
 * keys as column names, null for an empty cell). Every problem names the file
 * and line: an unparsable timestamp, a missing column, a prediction that is
 * not a number or not a class, a duplicate request id.
 */
export async function readShadowLog(
  absolute: string,
  display: string,
  spec: LogSpec,
  threads: number,
  options: RangeOptions = {},
): Promise<ShadowLog> {
  let parts: { part: LogPart; firstLine: number }[]
  let digest: FileDigest | undefined
  if (/\.(jsonl|ndjson)$/i.test(absolute)) {
    parts = [{ part: await readJsonLines(absolute, display, spec), firstLine: 0 }]
  } else {
    const run = await runRangeTask<LogSpec, LogPart>(
      'shadow-log',
      absolute,
      display,
      threads,
      spec,
      { ...options, digest: true },
    )
    digest = run?.digest
    parts = run
      ? run.parts.map((p) => ({ part: p.result, firstLine: p.firstLine }))
      : [{ part: await readCsvPart(absolute, display, spec), firstLine: 0 }]
  }
  const log = mergeParts(parts, display)
  return digest ? { ...log, digest } : log
}

defineRangeTask<LogSpec, LogPart>('shadow-log', async (job) => {
  const part = await readCsvPart(job.absolute, job.display, job.params, {
    ...job.range,
    header: job.header,
  })
  return { result: part, rows: part.rows, lines: part.nextLine }
})

async function readCsvPart(
  absolute: string,
  display: string,
  spec: LogSpec,
  range?: { start: number; end: number; firstLine: number; header: string[] },
): Promise<LogPart & { nextLine: number }> {
  let rows: LogRows | undefined
  let width = 0
  const onHeader = (header: string[]) => {
    width = header.length
    rows = new LogRows(spec, display, header)
  }
  if (range) onHeader(range.header)
  const cells: Cells & { rec?: Parameters<Parameters<typeof readCsvFile>[3]>[0] } = {
    text: (i) => fieldText(cells.rec!, i),
    number: (i) => parseNumberBytes(cells.rec!.buf, cells.rec!.start[i]!, cells.rec!.end[i]!),
  }
  const summary = await readCsvFile(
    absolute,
    { displayPath: display, ...(range ? { range } : {}) },
    onHeader,
    (rec) => {
      if (rec.count !== width)
        throw new InputError({
          file: display,
          line: rec.line,
          message: `The row has ${rec.count} field${rec.count === 1 ? '' : 's'} and the header ${width}`,
          expected: `${width} fields, as in the header`,
          found: `${rec.count}`,
        })
      cells.rec = rec
      rows!.add(cells, rec.line)
    },
  )
  return { ...rows!.finish(), nextLine: summary.nextLine }
}

async function readJsonLines(absolute: string, display: string, spec: LogSpec): Promise<LogPart> {
  const stream = createReadStream(absolute)
  const opened = new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve())
    stream.once('error', reject)
  })
  try {
    await opened
  } catch (error) {
    throw unreadableFile(error, display, 'a readable JSON Lines file')
  }
  let rows: LogRows | undefined
  let keys: string[] = []
  let line = 0
  let current: Record<string, unknown> = {}
  const value = (i: number) => current[keys[i]!]
  const cells: Cells = {
    text: (i) => {
      const v = value(i)
      return v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v)
    },
    number: (i) => {
      const v = value(i)
      if (typeof v === 'number') return v
      if (typeof v !== 'string') return Number.NaN
      const bytes = Buffer.from(v, 'utf8')
      return parseNumberBytes(bytes, 0, bytes.length)
    },
  }
  for await (const text of createInterface({ input: stream, crlfDelay: Infinity })) {
    line++
    if (text.trim() === '') continue
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch (error) {
      throw new InputError({
        file: display,
        line,
        message: 'The line is not valid JSON',
        expected: 'one JSON object per line',
        found: (error as Error).message,
      })
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new InputError({
        file: display,
        line,
        message: 'The line is not a JSON object',
        expected: 'one JSON object per line',
        found: Array.isArray(parsed) ? 'an array' : String(parsed),
      })
    current = parsed as Record<string, unknown>
    if (!rows) {
      // The first object's keys are the columns; a later row may leave optional ones out (empty cells).
      keys = Object.keys(current)
      rows = new LogRows(spec, display, keys, line)
    }
    rows.add(cells, line)
  }
  if (!rows)
    throw new InputError({
      file: display,
      message: 'The shadow log is empty',
      expected: 'one JSON object per line',
      found: line === 0 ? '0 lines' : 'only blank lines',
    })
  return rows.finish()
}

function mergeParts(parts: { part: LogPart; firstLine: number }[], display: string): ShadowLog {
  const rows = parts.reduce((n, p) => n + p.part.rows, 0)
  if (rows === 0)
    throw new InputError({
      file: display,
      message: 'The shadow log has no rows',
      expected: 'one row per request served during the shadow period',
      found: 'a header only',
    })
  const first = parts[0]!.part
  const f64 = (get: (p: LogPart) => Float64Array) =>
    concat(
      parts.map((p) => get(p.part)),
      Float64Array,
    )
  const line = new Int32Array(rows)
  let at = 0
  for (const { part, firstLine } of parts)
    for (let i = 0; i < part.rows; i++) line[at++] = part.line[i]! + firstLine
  // Request ids must be unique: a request logged twice (a log appended twice) would count twice.
  const seen = new Map<string, number>()
  at = 0
  for (const { part } of parts) {
    for (const id of part.requestIds) {
      const before = seen.get(id)
      if (before !== undefined)
        throw new InputError({
          file: display,
          line: line[at],
          message: `Request id ${JSON.stringify(id)} is logged twice (first at line ${line[before]})`,
          expected: 'one row per request (unique request ids)',
          found: `a second row for ${JSON.stringify(id)}`,
        })
      seen.set(id, at++)
    }
  }
  return {
    rows,
    day: concat(
      parts.map((p) => p.part.day),
      Int32Array,
    ),
    line,
    failed: concat(
      parts.map((p) => p.part.failed),
      Uint8Array,
    ),
    variables: first.variables.map((v, k) => {
      const out: LoggedVariable = {
        name: v.name,
        production: f64((p) => p.variables[k]!.production!),
        shadow: f64((p) => p.variables[k]!.shadow!),
      }
      for (const role of OPTIONAL_ROLES) if (v[role]) out[role] = f64((p) => p.variables[k]![role]!)
      return out
    }),
    ...(first.shadowLatency ? { shadowLatency: f64((p) => p.shadowLatency!) } : {}),
    ...(first.productionLatency ? { productionLatency: f64((p) => p.productionLatency!) } : {}),
    present: first.present,
    hasErrorColumn: first.hasErrorColumn,
  }
}

const OPTIONAL_ROLES = [
  'truth',
  'productionLower',
  'productionUpper',
  'shadowLower',
  'shadowUpper',
] as const satisfies readonly VariableRole[]

function concat<T extends Float64Array | Int32Array | Uint8Array>(
  arrays: T[],
  Make: new (n: number) => T,
): T {
  const out = new Make(arrays.reduce((n, a) => n + a.length, 0))
  let at = 0
  for (const a of arrays) {
    out.set(a, at)
    at += a.length
  }
  return out
}
