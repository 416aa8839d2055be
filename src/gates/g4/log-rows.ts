import { InputError } from '../../contract/errors.js'
import { ClassMap } from '../../onnx/class-map.js'
import { DEFAULT_NULL_VALUES } from '../../ssot/data-schema.js'
import type { LogColumn, LogSpec, VariableRole } from './config.js'
import { parseTimestamp, utcDay } from './timestamp.js'

/** How a row's cells are read, whatever the file format: decoded text, or a number (NaN when it is not one). */
export interface Cells {
  text(column: number): string
  number(column: number): number
}

/** The rows of one part of the log (a byte range, or the whole file), as arrays that workers can transfer. */
export interface LogPart {
  rows: number
  day: Int32Array
  line: Int32Array
  failed: Uint8Array
  requestIds: string[]
  variables: ({ name: string } & Partial<Record<VariableRole, Float64Array>>)[]
  shadowLatency?: Float64Array
  productionLatency?: Float64Array
  present: string[]
  hasErrorColumn: boolean
}

const NULLS = new Set(DEFAULT_NULL_VALUES)

/** A column of the log that this read found, with where it is. */
interface Bound {
  index: number
  what: string
  values: Grow
}

/**
 * Collects the log's rows, checking each cell as it comes. The columns are
 * located once from the header: the timestamp, request id and both models'
 * predictions are required; the ground truth, interval bounds, latencies and
 * error column are optional, unless ssot/shadow.json names them.
 */
export class LogRows {
  private readonly day = new Grow(Int32Array)
  private readonly line = new Grow(Int32Array)
  private readonly failed = new Grow(Uint8Array)
  private readonly requestIds: string[] = []
  private readonly timestamp: number
  private readonly requestId: number
  private readonly error: number
  private readonly shadowLatency?: Bound
  private readonly productionLatency?: Bound
  private readonly variables: { name: string; columns: Partial<Record<VariableRole, Bound>> }[]
  /** Every variable column as [role, column], flattened once for the per-row loop. */
  private readonly cells: [VariableRole, Bound][]
  private readonly classes?: ClassMap
  private readonly present: string[] = []

  constructor(
    private readonly spec: LogSpec,
    private readonly file: string,
    header: readonly string[],
    headerLine = 1,
  ) {
    const find = (c: LogColumn, what: string, required: boolean): number => {
      const i = header.indexOf(c.name)
      if (i >= 0 || (!required && c.pointer === undefined)) {
        if (i >= 0 && !required) this.present.push(c.name)
        return i
      }
      throw new InputError({
        file,
        line: headerLine,
        message: `The shadow log has no column "${c.name}" (${what})`,
        expected: `a column "${c.name}"${c.pointer !== undefined ? `, as ${spec.configFile} names it at ${c.pointer}` : ` (the default name; ${spec.configFile} /columns can name another)`}`,
        found: `columns ${header.map((h) => JSON.stringify(h)).join(', ') || 'none'}`,
      })
    }
    const bound = (c: LogColumn, what: string, required: boolean): Bound | undefined => {
      const index = find(c, what, required)
      return index < 0 ? undefined : { index, what, values: new Grow(Float64Array) }
    }
    this.timestamp = find(spec.timestamp, 'the time each request was served', true)
    this.requestId = find(spec.requestId, 'the id of each request', true)
    this.error = find(spec.error, "the shadow model's error", false)
    this.shadowLatency = bound(spec.shadowLatency, "the shadow model's latency in ms", false)
    this.productionLatency = bound(
      spec.productionLatency,
      "the production model's latency in ms",
      false,
    )
    if (spec.task !== 'regression') this.classes = new ClassMap(spec.classes ?? [])
    this.variables = spec.variables.map((v) => {
      const columns: Partial<Record<VariableRole, Bound>> = {
        production: bound(v.production, `the production model's prediction of ${v.name}`, true)!,
        shadow: bound(v.shadow, `the shadow model's prediction of ${v.name}`, true)!,
      }
      const optional = (role: VariableRole, what: string) => {
        const b = bound(v[role], what, false)
        if (b) columns[role] = b
      }
      optional('truth', `the ground truth of ${v.name}`)
      if (spec.task === 'regression') {
        for (const who of ['production', 'shadow'] as const) {
          const lower = `${who}Lower` as const
          const upper = `${who}Upper` as const
          optional(lower, `the ${who} model's lower interval bound of ${v.name}`)
          optional(upper, `the ${who} model's upper interval bound of ${v.name}`)
          if ((columns[lower] === undefined) !== (columns[upper] === undefined)) {
            const missing = columns[lower] ? v[upper] : v[lower]
            throw new InputError({
              file,
              line: headerLine,
              message: `The shadow log has one interval bound of ${v.name} for the ${who} model without the other`,
              expected: `both "${v[lower].name}" and "${v[upper].name}", or neither`,
              found: `no column "${missing.name}"`,
            })
          }
        }
      }
      return { name: v.name, columns }
    })
    this.cells = this.variables.flatMap((v) => Object.entries(v.columns) as [VariableRole, Bound][])
  }

  add(cells: Cells, line: number): void {
    const problem = (message: string, expected: string, found: string) =>
      new InputError({ file: this.file, line, message, expected, found })
    const stamp = cells.text(this.timestamp)
    const at = parseTimestamp(stamp)
    if (Number.isNaN(at))
      throw problem(
        `Unparsable timestamp in column "${this.spec.timestamp.name}"`,
        'an RFC 3339 date-time (2015-01-31T12:00:00Z; without an offset it is UTC) or a date (2015-01-31)',
        JSON.stringify(stamp),
      )
    const id = cells.text(this.requestId).trim()
    if (NULLS.has(id))
      throw problem(
        `Missing request id in column "${this.spec.requestId.name}"`,
        'a unique id on every row',
        JSON.stringify(id),
      )
    const failed = this.error >= 0 && !NULLS.has(cells.text(this.error).trim())
    this.day.push(utcDay(at))
    this.line.push(line)
    this.failed.push(failed ? 1 : 0)
    this.requestIds.push(id)
    for (const [role, b] of this.cells) {
      // The shadow's own outputs may be empty on a row where it failed; ground truth may always be empty.
      const mayBeEmpty = role === 'truth' || (failed && role.startsWith('shadow'))
      b.values.push(this.value(cells, b, mayBeEmpty, role, problem))
    }
    for (const b of [this.shadowLatency, this.productionLatency]) {
      if (!b) continue
      const ms = cells.number(b.index)
      if (Number.isFinite(ms) && ms >= 0) b.values.push(ms)
      else if (NULLS.has(cells.text(b.index).trim())) b.values.push(Number.NaN)
      else
        throw problem(
          `Invalid latency in column "${header(this.spec, b)}"`,
          'a number of milliseconds >= 0, or an empty cell',
          JSON.stringify(cells.text(b.index)),
        )
    }
  }

  private value(
    cells: Cells,
    b: Bound,
    mayBeEmpty: boolean,
    role: VariableRole,
    problem: (message: string, expected: string, found: string) => InputError,
  ): number {
    const isClass =
      this.classes !== undefined && (role === 'production' || role === 'shadow' || role === 'truth')
    if (!isClass) {
      const v = cells.number(b.index)
      if (Number.isFinite(v)) return v
    }
    const raw = cells.text(b.index)
    if (NULLS.has(raw.trim())) {
      if (mayBeEmpty) return Number.NaN
      throw problem(
        `Missing ${b.what}`,
        role === 'shadow' || role.startsWith('shadow')
          ? 'a value on every row where the shadow model did not fail (a failed row has a non-empty error column)'
          : 'a value on every row',
        JSON.stringify(raw),
      )
    }
    if (isClass) {
      const c = this.classes!.ofCell(raw)
      if (c >= 0) return c
      throw problem(
        `${capitalize(b.what)} is not one of the model's classes`,
        `one of ${this.classes!.describe()} (ssot/model.json classes)`,
        JSON.stringify(raw),
      )
    }
    throw problem(`${capitalize(b.what)} is not a number`, 'a finite number', JSON.stringify(raw))
  }

  finish(): LogPart {
    const lat = (b: Bound | undefined) => b?.values.toArray() as Float64Array | undefined
    const shadowLatency = lat(this.shadowLatency)
    const productionLatency = lat(this.productionLatency)
    return {
      rows: this.line.length,
      day: this.day.toArray() as Int32Array,
      line: this.line.toArray() as Int32Array,
      failed: this.failed.toArray() as Uint8Array,
      requestIds: this.requestIds,
      variables: this.variables.map((v) => {
        const out: LogPart['variables'][number] = { name: v.name }
        for (const [role, b] of Object.entries(v.columns) as [VariableRole, Bound][])
          out[role] = b.values.toArray() as Float64Array
        return out
      }),
      ...(shadowLatency ? { shadowLatency } : {}),
      ...(productionLatency ? { productionLatency } : {}),
      present: this.present,
      hasErrorColumn: this.error >= 0,
    }
  }
}

function header(spec: LogSpec, b: Bound): string {
  return b.what.includes('shadow') ? spec.shadowLatency.name : spec.productionLatency.name
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

type Typed = Float64Array | Int32Array | Uint8Array

/** A typed array that doubles when full. */
class Grow {
  private data: Typed
  length = 0

  constructor(private readonly Make: new (n: number) => Typed) {
    this.data = new Make(1024)
  }

  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = new this.Make(this.data.length * 2)
      bigger.set(this.data)
      this.data = bigger
    }
    this.data[this.length++] = v
  }

  toArray(): Typed {
    return this.data.slice(0, this.length)
  }
}
