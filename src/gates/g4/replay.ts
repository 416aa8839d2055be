import { fieldText, readCsvFile } from '../../csv/byte-csv-reader.js'
import { parseNumberBytes } from '../../csv/number-parse.js'
import { InputError } from '../../contract/errors.js'
import type { FeatureColumns, Predictions } from '../../onnx/runner.js'
import type { ModelConfig, ResolvedTarget } from '../../ssot/model-config.js'
import { DEFAULT_NULL_VALUES } from '../../ssot/data-schema.js'
import type { LogSpec } from './config.js'
import { parseTimestamp, utcDay } from './timestamp.js'

/**
 * Replay of recorded requests through two models (`modelgate shadow-replay`):
 * the requests file is read once, each request gets a timestamp and an id,
 * and the log is written in the shadow-log format G4 reads, in time order.
 */

const NULLS = new Set(DEFAULT_NULL_VALUES)
const DAY_MS = 86_400_000

/** How each request gets its time: its own column, or K requests per day from a start date. */
export type ReplayClock = { column: string } | { start: string; rowsPerDay: number }

export interface Requests {
  rows: number
  features: FeatureColumns
  /** The time of each request, ms since the epoch (UTC). */
  at: Float64Array
  ids: string[]
  /** Ground truth cells as written (empty when the requests have no such column). */
  truth: (string[] | undefined)[]
}

export interface RequestSpec {
  features: ModelConfig['features']
  targets: Pick<ResolvedTarget, 'name' | 'column'>[]
  clock: ReplayClock
  idColumn?: string
}

/**
 * Reads recorded requests: the model's features (numbers, NaN for a missing
 * value; text), the timestamp column or the replay's own clock, an optional
 * id column, and the ground truth when the requests carry the target column.
 * A date without a time (2015-01-31) places the day's requests evenly over
 * that UTC day, in file order.
 */
export async function readRequests(
  absolute: string,
  display: string,
  spec: RequestSpec,
): Promise<Requests> {
  const numeric: { name: string; index: number; values: number[]; int: boolean }[] = []
  const text: { name: string; index: number; values: string[] }[] = []
  const truth: { index: number; values: string[] }[] = []
  let stampIndex = -1
  let idIndex = -1
  const stamps: number[] = []
  const dateOnly: boolean[] = []
  const ids: string[] = []
  const onHeader = (header: string[], line: number) => {
    const col = (name: string, what: string) => {
      const i = header.indexOf(name)
      if (i < 0)
        throw new InputError({
          file: display,
          line,
          message: `The requests have no ${what} column "${name}"`,
          expected: `a column "${name}"`,
          found: `columns ${header.map((h) => JSON.stringify(h)).join(', ')}`,
        })
      return i
    }
    for (const f of spec.features) {
      if (f.dtype === 'string')
        text.push({ name: f.name, index: col(f.name, 'feature'), values: [] })
      else
        numeric.push({
          name: f.name,
          index: col(f.name, 'feature'),
          values: [],
          int: f.dtype === 'int64',
        })
    }
    for (const t of spec.targets) truth.push({ index: header.indexOf(t.column), values: [] })
    if ('column' in spec.clock) stampIndex = col(spec.clock.column, 'timestamp')
    if (spec.idColumn !== undefined) idIndex = col(spec.idColumn, 'request id')
  }
  let width = 0
  await readCsvFile(
    absolute,
    { displayPath: display },
    (header, line) => {
      width = header.length
      onHeader(header, line)
    },
    (rec) => {
      const problem = (message: string, expected: string, found: string) =>
        new InputError({ file: display, line: rec.line, message, expected, found })
      if (rec.count !== width)
        throw problem(
          `The row has ${rec.count} fields and the header ${width}`,
          `${width} fields`,
          `${rec.count}`,
        )
      for (const c of numeric) {
        const v = parseNumberBytes(rec.buf, rec.start[c.index]!, rec.end[c.index]!)
        if (Number.isFinite(v) && (!c.int || Number.isInteger(v))) {
          c.values.push(v)
          continue
        }
        const raw = fieldText(rec, c.index)
        if (NULLS.has(raw.trim()) && !c.int) c.values.push(Number.NaN)
        else
          throw problem(
            `Feature "${c.name}" is not ${c.int ? 'an integer' : 'a number'}`,
            c.int ? 'an integer' : 'a number, or an empty cell for a missing value',
            JSON.stringify(raw),
          )
      }
      for (const c of text) c.values.push(fieldText(rec, c.index))
      for (const t of truth) t.values.push(t.index < 0 ? '' : fieldText(rec, t.index).trim())
      if (stampIndex >= 0) {
        const raw = fieldText(rec, stampIndex)
        const at = parseTimestamp(raw)
        if (Number.isNaN(at))
          throw problem(
            'Unparsable timestamp',
            'an RFC 3339 date-time or a date (2015-01-31)',
            JSON.stringify(raw),
          )
        stamps.push(at)
        dateOnly.push(/^\s*\d{4}-\d{2}-\d{2}\s*$/.test(raw))
      }
      if (idIndex >= 0) {
        const id = fieldText(rec, idIndex).trim()
        if (id === '') throw problem('Missing request id', 'a request id on every row', '""')
        ids.push(id)
      } else ids.push(`req-${String(rec.line - 1).padStart(7, '0')}`)
    },
  )
  const rows = ids.length
  if (rows === 0)
    throw new InputError({
      file: display,
      message: 'The requests file has no rows',
      expected: 'one row per recorded request',
      found: 'a header only',
    })
  const features: FeatureColumns = new Map()
  for (const c of numeric) features.set(c.name, Float64Array.from(c.values))
  for (const c of text) features.set(c.name, c.values)
  return {
    rows,
    features,
    at: schedule(rows, spec.clock, stamps, dateOnly),
    ids,
    truth: truth.map((t) => (t.index < 0 ? undefined : t.values)),
  }
}

/** The time of each request: its timestamp, a date spread over its day, or K requests a day from the start date. */
function schedule(
  rows: number,
  clock: ReplayClock,
  stamps: number[],
  dateOnly: boolean[],
): Float64Array {
  const at = new Float64Array(rows)
  if ('rowsPerDay' in clock) {
    const start = utcDay(parseTimestamp(clock.start))
    for (let i = 0; i < rows; i++) {
      const k = i % clock.rowsPerDay
      at[i] =
        (start + Math.floor(i / clock.rowsPerDay)) * DAY_MS +
        Math.floor((k * DAY_MS) / clock.rowsPerDay)
    }
    return at
  }
  const perDay = new Map<number, number>()
  for (let i = 0; i < rows; i++)
    if (dateOnly[i]) perDay.set(stamps[i]!, (perDay.get(stamps[i]!) ?? 0) + 1)
  const seen = new Map<number, number>()
  for (let i = 0; i < rows; i++) {
    if (!dateOnly[i]) {
      at[i] = stamps[i]!
      continue
    }
    const k = seen.get(stamps[i]!) ?? 0
    seen.set(stamps[i]!, k + 1)
    at[i] = stamps[i]! + Math.floor((k * DAY_MS) / perDay.get(stamps[i]!)!)
  }
  return at
}

/** What the two models returned for the requests, with each request's latency when it was timed. */
export interface ReplayRun {
  predictions: Predictions
  latencyMs?: Float64Array
}

/**
 * The shadow log: timestamp, request id, both models' predictions (and
 * interval bounds), the ground truth when the requests had it, both latencies
 * and the shadow error column, named as ssot/shadow.json names them, in time
 * order. CSV, or JSON Lines (one object per request, null for an empty cell).
 */
export function shadowLog(
  format: 'csv' | 'jsonl',
  spec: LogSpec,
  requests: Requests,
  production: ReplayRun,
  shadow: ReplayRun,
  classes?: readonly string[],
): string {
  const columns: string[] = [spec.timestamp.name, spec.requestId.name]
  const regression = spec.task === 'regression'
  const bounds = (r: ReplayRun, k: number) =>
    regression && r.predictions.targets[k]?.lower !== undefined
  spec.variables.forEach((v, k) => {
    columns.push(v.production.name, v.shadow.name)
    if (bounds(production, k)) columns.push(v.productionLower.name, v.productionUpper.name)
    if (bounds(shadow, k)) columns.push(v.shadowLower.name, v.shadowUpper.name)
    if (requests.truth[k]) columns.push(v.truth.name)
  })
  columns.push(spec.productionLatency.name, spec.shadowLatency.name, spec.error.name)
  const label = (p: Predictions, i: number) => classes?.[p.predictedClass![i]!] ?? null
  const truth = (cell: string) => {
    if (cell === '' || NULLS.has(cell)) return null
    const n = Number(cell)
    return regression && cell.trim() !== '' && Number.isFinite(n) ? n : cell
  }
  const lines = format === 'csv' ? [columns.map(csvCell).join(',')] : []
  // In time order, as traffic is logged (stable: requests at the same instant keep their file order).
  const order = Array.from({ length: requests.rows }, (_, i) => i).sort(
    (a, b) => requests.at[a]! - requests.at[b]! || a - b,
  )
  for (const i of order) {
    const cells: (string | number | null)[] = [
      new Date(requests.at[i]!).toISOString(),
      requests.ids[i]!,
    ]
    spec.variables.forEach((_, k) => {
      const pt = production.predictions.targets[k]
      const st = shadow.predictions.targets[k]
      if (regression) {
        cells.push(pt!.prediction[i]!, st!.prediction[i]!)
        if (bounds(production, k)) cells.push(pt!.lower![i]!, pt!.upper![i]!)
        if (bounds(shadow, k)) cells.push(st!.lower![i]!, st!.upper![i]!)
      } else cells.push(label(production.predictions, i), label(shadow.predictions, i))
      const t = requests.truth[k]
      if (t) cells.push(format === 'csv' ? t[i]! : truth(t[i]!))
    })
    const ms = (r: ReplayRun) => (r.latencyMs ? Number(r.latencyMs[i]!.toFixed(4)) : null)
    cells.push(ms(production), ms(shadow), null)
    lines.push(
      format === 'csv'
        ? cells.map((c) => csvCell(c === null ? '' : String(c))).join(',')
        : JSON.stringify(Object.fromEntries(columns.map((c, q) => [c, cells[q]]))),
    )
  }
  return `${lines.join('\n')}\n`
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}
