import { fieldText, type CsvRecord } from '../../csv/byte-csv-reader.js'
import { CategoricalProfile, NumericProfile, type ColumnProfile } from './column-profile.js'
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

class ColumnChecker {
  readonly counts = new Array<number>(CELL_RULES.length).fill(0)
  checked = 0
  private readonly numeric: NumericProfile | undefined
  private readonly categorical: CategoricalProfile | undefined
  private readonly nullTokens: Buffer[]
  private readonly emptyIsNull: boolean

  constructor(
    readonly rules: ColumnRules,
    readonly index: number,
    nullValues: string[],
    private readonly table: TableValidator,
    seed: number,
  ) {
    const numeric = rules.type === 'number' || rules.type === 'integer'
    this.numeric = numeric ? new NumericProfile(seed) : undefined
    this.categorical = numeric ? undefined : new CategoricalProfile()
    this.emptyIsNull = nullValues.includes('')
    this.nullTokens = nullValues.filter((v) => v !== '').map((v) => Buffer.from(v, 'utf8'))
  }

  get missing(): number {
    return (this.numeric ?? this.categorical)!.missing
  }

  check(rec: CsvRecord): void {
    const i = this.index
    const s = rec.start[i]!
    const e = rec.end[i]!
    const r = this.rules
    if (this.isNull(rec, s, e)) {
      ;(this.numeric ?? this.categorical)!.missing++
      if (!r.nullable) this.fail(R.null, rec, 'missing value in a column that is not nullable')
      return
    }
    this.checked++
    if (this.numeric) {
      const x = parseNumberBytes(rec.buf, s, e)
      if (x !== x) {
        this.fail(R.type, rec, parseFailure === DECIMAL_COMMA ? "decimal comma: use '.' as the decimal separator" : `not a number (expected ${r.type})`)
        return
      }
      if (r.type === 'integer' && !Number.isInteger(x)) {
        this.fail(R.type, rec, 'not an integer')
        return
      }
      this.numeric.add(x)
      if (r.minimum !== undefined && x < r.minimum) this.fail(R.minimum, rec, `below the minimum ${r.minimum}${unit(r)}`)
      if (r.maximum !== undefined && x > r.maximum) this.fail(R.maximum, rec, `above the maximum ${r.maximum}${unit(r)}`)
      if (r.exclusiveMinimum !== undefined && x <= r.exclusiveMinimum) this.fail(R.exclusiveMinimum, rec, `not above ${r.exclusiveMinimum}${unit(r)}`)
      if (r.exclusiveMaximum !== undefined && x >= r.exclusiveMaximum) this.fail(R.exclusiveMaximum, rec, `not below ${r.exclusiveMaximum}${unit(r)}`)
      if (r.enumNumbers !== undefined && !r.enumNumbers.has(x)) this.fail(R.enum, rec, `not one of ${[...r.enumNumbers].join(', ')}`)
      return
    }
    const text = fieldText(rec, i)
    if (r.type === 'boolean') {
      const lower = text.trim().toLowerCase()
      if (lower !== 'true' && lower !== 'false') {
        this.fail(R.type, rec, 'not a boolean (expected true or false)')
        return
      }
      this.categorical!.add(lower)
    } else {
      this.categorical!.add(text)
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
    const r = this.rules
    return this.numeric ? this.numeric.finish(file, r.name, r.type, r.unit) : this.categorical!.finish(file, r.name, r.type, r.unit)
  }

  private isNull(rec: CsvRecord, s: number, e: number): boolean {
    if (s === e) return this.emptyIsNull
    const len = e - s
    const buf = rec.buf
    for (const token of this.nullTokens) {
      if (token.length !== len) continue
      let k = 0
      while (k < len && buf[s + k] === token[k]) k++
      if (k === len) return true
    }
    return false
  }

  private fail(rule: number, rec: CsvRecord, message: string): void {
    this.counts[rule]!++
    this.table.recordViolation(rec, this.index, this.rules.name, CELL_RULES[rule]!, message)
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

  constructor(
    private readonly schema: DataSchema,
    private readonly file: string,
    private readonly role: string,
  ) {
    this.duplicates = schema.dataset.unique.map(() => 0)
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
    let seed = 1
    for (const rules of this.schema.columns) {
      const index = byName.get(rules.name)
      seed++
      if (index === undefined) {
        if (rules.required) this.missingColumns.push(rules.name)
        continue
      }
      this.checkers.push(new ColumnChecker(rules, index, this.schema.dataset.nullValues, this, seed))
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
