import { fieldText, type CsvRecord } from '../../csv/byte-csv-reader.js'
import { CategoricalProfile, NumericProfile, type CategoricalState, type ColumnProfile, type NumericState } from './column-profile.js'
import type { ColumnRules, DataSchema } from './data-schema.js'
import { DECIMAL_COMMA, parseFailure, parseNumberBytes } from './number-parse.js'

/**
 * Checks one CSV table against a compiled data schema, record by record, and
 * keeps exact counts per rule plus the first N violations. It does no I/O:
 * a CSV reader feeds it `header()` and `record()` calls.
 */

/** Row-level rules, in the order they are checked for a cell. */
export const CELL_RULES = ['null', 'type', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'enum', 'pattern', 'minLength', 'maxLength', 'format'] as const
export type CellRule = (typeof CELL_RULES)[number]
const R: Record<CellRule, number> = Object.fromEntries(CELL_RULES.map((r, i) => [r, i])) as Record<CellRule, number>

export interface Violation {
  file: string
  line: number
  column: string
  value: string
  rule: string
  message: string
}

export interface ColumnResult {
  rules: ColumnRules
  /** Violations per cell rule (indexes follow CELL_RULES). */
  counts: number[]
  /** Non-missing values that were checked against value rules. */
  checked: number
  missing: number
  profile: ColumnProfile
}

export interface TableResult {
  file: string
  role: string
  rows: number
  header: string[]
  headerLine: number
  columns: ColumnResult[]
  /** Schema columns absent from the header. */
  missingColumns: string[]
  /** Header columns that the schema does not define. */
  extraColumns: string[]
  raggedRows: number
  /** Duplicate count per unique key (same order as dataset.unique). */
  duplicates: number[]
  violations: Violation[]
  totalViolations: number
}

const MAX_VALUE_CHARS = 200

/** One column's results from a part of the file, to merge in file order. */
export interface ColumnPartial {
  counts: number[]
  checked: number
  missing: number
  stats: NumericState | CategoricalState
}

/** A worker's results for one byte range of the file. */
export interface TablePartial {
  rows: number
  raggedRows: number
  violations: Violation[]
  totalViolations: number
  columns: ColumnPartial[]
}

/** Detects null tokens in a cell without decoding it; a table of first bytes rules most cells out at once. */
class NullMatcher {
  private readonly tokens: Buffer[]
  private readonly firstBytes = new Uint8Array(256)
  readonly emptyIsNull: boolean

  constructor(nullValues: string[]) {
    this.emptyIsNull = nullValues.includes('')
    this.tokens = nullValues.filter((v) => v !== '').map((v) => Buffer.from(v, 'utf8'))
    for (const t of this.tokens) this.firstBytes[t[0]!] = 1
  }

  isNull(buf: Buffer, s: number, e: number): boolean {
    if (s === e) return this.emptyIsNull
    if (this.firstBytes[buf[s]!] === 0) return false
    const len = e - s
    for (const token of this.tokens) {
      if (token.length !== len) continue
      let k = 0
      while (k < len && buf[s + k] === token[k]) k++
      if (k === len) return true
    }
    return false
  }
}

/** Shared bookkeeping of the two column checkers. */
abstract class ColumnChecker {
  readonly counts = new Array<number>(CELL_RULES.length).fill(0)
  checked = 0
  missing = 0

  constructor(
    readonly rules: ColumnRules,
    readonly index: number,
    protected readonly nulls: NullMatcher,
    private readonly table: TableValidator,
  ) {}

  abstract check(rec: CsvRecord): void
  abstract profile(file: string): ColumnProfile
  protected abstract statsState(): NumericState | CategoricalState
  protected abstract absorbStats(state: NumericState | CategoricalState): void

  partial(): ColumnPartial {
    return { counts: [...this.counts], checked: this.checked, missing: this.missing, stats: this.statsState() }
  }

  absorb(p: ColumnPartial): void {
    p.counts.forEach((n, i) => (this.counts[i]! += n))
    this.checked += p.checked
    this.missing += p.missing
    this.absorbStats(p.stats)
  }

  /** Handles a null cell; returns true when the cell was null. */
  protected nullCell(rec: CsvRecord, s: number, e: number): boolean {
    if (!this.nulls.isNull(rec.buf, s, e)) return false
    this.missing++
    if (!this.rules.nullable) this.fail(R.null, rec, 'missing value in a column that is not nullable')
    return true
  }

  protected fail(rule: number, rec: CsvRecord, message: string): void {
    this.counts[rule]!++
    this.table.recordViolation(rec, this.index, this.rules.name, CELL_RULES[rule]!, message)
  }
}

/**
 * Numbers and integers, parsed straight from the bytes. Bounds are copied
 * into fixed fields (infinite when absent) so the hot loop sees one shape.
 */
class NumericChecker extends ColumnChecker {
  private readonly stats: NumericProfile
  private readonly integer: boolean
  private readonly min: number
  private readonly max: number
  private readonly xmin: number
  private readonly xmax: number
  private readonly allowed: Set<number> | null

  constructor(rules: ColumnRules, index: number, nulls: NullMatcher, table: TableValidator, seed: number) {
    super(rules, index, nulls, table)
    this.stats = new NumericProfile(seed)
    this.integer = rules.type === 'integer'
    this.min = rules.minimum ?? Number.NEGATIVE_INFINITY
    this.max = rules.maximum ?? Number.POSITIVE_INFINITY
    this.xmin = rules.exclusiveMinimum ?? Number.NEGATIVE_INFINITY
    this.xmax = rules.exclusiveMaximum ?? Number.POSITIVE_INFINITY
    this.allowed = rules.enumNumbers ?? null
  }

  check(rec: CsvRecord): void {
    const i = this.index
    const s = rec.start[i]!
    const e = rec.end[i]!
    if (this.nullCell(rec, s, e)) return
    this.checked++
    const x = parseNumberBytes(rec.buf, s, e)
    if (x !== x) {
      this.fail(R.type, rec, parseFailure === DECIMAL_COMMA ? "decimal comma: use '.' as the decimal separator" : `not a number (expected ${this.rules.type})`)
      return
    }
    if (this.integer && !Number.isInteger(x)) {
      this.fail(R.type, rec, 'not an integer')
      return
    }
    this.stats.add(x)
    if (x < this.min) this.fail(R.minimum, rec, `below the minimum ${this.min}${unit(this.rules)}`)
    if (x > this.max) this.fail(R.maximum, rec, `above the maximum ${this.max}${unit(this.rules)}`)
    if (x <= this.xmin) this.fail(R.exclusiveMinimum, rec, `not above ${this.xmin}${unit(this.rules)}`)
    if (x >= this.xmax) this.fail(R.exclusiveMaximum, rec, `not below ${this.xmax}${unit(this.rules)}`)
    if (this.allowed !== null && !this.allowed.has(x)) this.fail(R.enum, rec, `not one of ${[...this.allowed].join(', ')}`)
  }

  profile(file: string): ColumnProfile {
    this.stats.missing = this.missing
    return this.stats.finish(file, this.rules.name, this.rules.type, this.rules.unit)
  }

  protected statsState(): NumericState {
    return this.stats.state()
  }

  protected absorbStats(state: NumericState | CategoricalState): void {
    this.stats.absorb(state as NumericState)
  }
}

/** Strings and booleans: decoded once per cell, then enum, pattern, length and format. */
class TextChecker extends ColumnChecker {
  private readonly stats = new CategoricalProfile()

  check(rec: CsvRecord): void {
    const i = this.index
    if (this.nullCell(rec, rec.start[i]!, rec.end[i]!)) return
    this.checked++
    const r = this.rules
    const text = fieldText(rec, i)
    if (r.type === 'boolean') {
      const lower = text.trim().toLowerCase()
      if (lower !== 'true' && lower !== 'false') {
        this.fail(R.type, rec, 'not a boolean (expected true or false)')
        return
      }
      this.stats.add(lower)
    } else {
      this.stats.add(text)
    }
    if (r.enumStrings !== undefined && !r.enumStrings.has(text)) this.fail(R.enum, rec, `not one of ${[...r.enumStrings].map((v) => JSON.stringify(v)).join(', ')}`)
    if (r.pattern !== undefined && !r.pattern.test(text)) this.fail(R.pattern, rec, `does not match the pattern ${r.pattern.source}`)
    if (r.minLength !== undefined || r.maxLength !== undefined) {
      const length = [...text].length
      if (r.minLength !== undefined && length < r.minLength) this.fail(R.minLength, rec, `shorter than ${r.minLength} characters`)
      if (r.maxLength !== undefined && length > r.maxLength) this.fail(R.maxLength, rec, `longer than ${r.maxLength} characters`)
    }
    if (r.format !== undefined && !(r.format === 'date' ? isDate(text) : isDateTime(text))) {
      this.fail(R.format, rec, r.format === 'date' ? 'not a calendar date (YYYY-MM-DD)' : 'not an RFC 3339 date-time')
    }
  }

  profile(file: string): ColumnProfile {
    this.stats.missing = this.missing
    return this.stats.finish(file, this.rules.name, this.rules.type, this.rules.unit)
  }

  protected statsState(): CategoricalState {
    return this.stats.state()
  }

  protected absorbStats(state: NumericState | CategoricalState): void {
    this.stats.absorb(state as CategoricalState)
  }
}

function unit(r: ColumnRules): string {
  return r.unit ? ` ${r.unit}` : ''
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/
const DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
  return d <= days[m - 1]!
}

export function isDate(text: string): boolean {
  const m = DATE_RE.exec(text)
  return m !== null && validDay(Number(m[1]), Number(m[2]), Number(m[3]))
}

export function isDateTime(text: string): boolean {
  const m = DATE_TIME_RE.exec(text)
  return m !== null && validDay(Number(m[1]), Number(m[2]), Number(m[3])) && Number(m[4]) < 24 && Number(m[5]) < 60 && Number(m[6]) < 61
}

export class TableValidator {
  private header: string[] = []
  private headerLine = 1
  private checkers: ColumnChecker[] = []
  private missingColumns: string[] = []
  private extraColumns: string[] = []
  private rows = 0
  private raggedRows = 0
  private readonly violations: Violation[] = []
  private totalViolations = 0
  private keyIndexes: number[][] = []
  private readonly keySets: Set<string>[] = []
  private readonly duplicates: number[]
  private readonly nulls: NullMatcher

  constructor(
    private readonly schema: DataSchema,
    private readonly file: string,
    private readonly role: string,
    /** Varies the reservoirs' seeds between byte ranges of one file. */
    private readonly seedOffset = 0,
  ) {
    this.duplicates = schema.dataset.unique.map(() => 0)
    this.nulls = new NullMatcher(schema.dataset.nullValues)
  }

  /** Returns the problem text when the header itself is unusable (duplicate names). */
  onHeader(header: string[], line: number): string | undefined {
    this.header = header
    this.headerLine = line
    const seen = new Map<string, number>()
    for (const [i, name] of header.entries()) {
      if (seen.has(name)) return `duplicate column name "${name}" (columns ${seen.get(name)! + 1} and ${i + 1})`
      seen.set(name, i)
    }
    const byName = new Map(header.map((name, i) => [name, i]))
    let seed = 1 + this.seedOffset * 7919
    for (const rules of this.schema.columns) {
      const index = byName.get(rules.name)
      seed++
      if (index === undefined) {
        if (rules.required) this.missingColumns.push(rules.name)
        continue
      }
      const numeric = rules.type === 'number' || rules.type === 'integer'
      this.checkers.push(numeric ? new NumericChecker(rules, index, this.nulls, this, seed) : new TextChecker(rules, index, this.nulls, this))
    }
    const known = new Set(this.schema.columns.map((c) => c.name))
    this.extraColumns = header.filter((name) => !known.has(name))
    this.keyIndexes = this.schema.dataset.unique.map((key) => key.map((name) => byName.get(name) ?? -1))
    for (let k = 0; k < this.keyIndexes.length; k++) this.keySets.push(new Set())
    return undefined
  }

  onRecord(rec: CsvRecord): void {
    this.rows++
    if (rec.count !== this.header.length) {
      this.raggedRows++
      this.recordRagged(rec)
      return
    }
    const checkers = this.checkers
    for (let c = 0; c < checkers.length; c++) checkers[c]!.check(rec)
    for (let k = 0; k < this.keyIndexes.length; k++) {
      const idx = this.keyIndexes[k]!
      if (idx.includes(-1)) continue
      let key = ''
      for (const i of idx) key += `${fieldText(rec, i)}\u0000`
      const set = this.keySets[k]!
      if (set.has(key)) {
        this.duplicates[k]!++
        this.addViolation(rec.line, this.schema.dataset.unique[k]!.join('+'), key.slice(0, -1).split('\u0000').join(', '), 'unique', 'duplicate key')
      } else {
        set.add(key)
      }
    }
  }

  /** @internal Called by column checkers. */
  recordViolation(rec: CsvRecord, index: number, column: string, rule: string, message: string): void {
    this.totalViolations++
    if (this.violations.length < this.schema.dataset.maxReportedViolations) {
      const value = fieldText(rec, index)
      this.violations.push({ file: this.file, line: rec.line, column, value: clip(value), rule, message })
    }
  }

  private recordRagged(rec: CsvRecord): void {
    this.addViolation(rec.line, '*', `${rec.count} fields`, 'field_count', `expected ${this.header.length} fields, found ${rec.count}`)
  }

  private addViolation(line: number, column: string, value: string, rule: string, message: string): void {
    this.totalViolations++
    if (this.violations.length < this.schema.dataset.maxReportedViolations) {
      this.violations.push({ file: this.file, line, column, value: clip(value), rule, message })
    }
  }

  /** Results so far, for merging (the unique-key sets are not included: ranges are only used without unique keys). */
  partial(): TablePartial {
    return { rows: this.rows, raggedRows: this.raggedRows, violations: this.violations, totalViolations: this.totalViolations, columns: this.checkers.map((c) => c.partial()) }
  }

  /** Adds the results of the next byte range, in file order; violations keep the first N overall. */
  absorb(p: TablePartial): void {
    this.rows += p.rows
    this.raggedRows += p.raggedRows
    this.totalViolations += p.totalViolations
    for (const v of p.violations) if (this.violations.length < this.schema.dataset.maxReportedViolations) this.violations.push(v)
    p.columns.forEach((c, i) => this.checkers[i]!.absorb(c))
  }

  finish(): TableResult {
    return {
      file: this.file,
      role: this.role,
      rows: this.rows,
      header: this.header,
      headerLine: this.headerLine,
      columns: this.checkers.map((c) => ({ rules: c.rules, counts: c.counts, checked: c.checked, missing: c.missing, profile: c.profile(this.file) })),
      missingColumns: this.missingColumns,
      extraColumns: this.extraColumns,
      raggedRows: this.raggedRows,
      duplicates: this.duplicates,
      violations: this.violations,
      totalViolations: this.totalViolations,
    }
  }
}

function clip(value: string): string {
  return value.length > MAX_VALUE_CHARS ? `${value.slice(0, MAX_VALUE_CHARS - 1)}…` : value
}
