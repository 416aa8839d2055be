import type { Violation } from '../../profile/violation.js'
import { fieldText, type CsvRecord } from '../../csv/byte-csv-reader.js'
import {
  CategoricalProfile,
  NumericProfile,
  samplePriority,
  type CategoricalState,
  type ColumnProfile,
  type Moments,
  type NumericState,
} from '../../profile/column-profile.js'
import type { ColumnRules, DataSchema } from '../../ssot/data-schema.js'
import { DECIMAL_COMMA, parseFailure, parseNumberBytes } from '../../csv/number-parse.js'

/**
 * Checks one CSV table against a compiled data schema, record by record, and
 * keeps exact counts per rule plus the first N violations. It does no I/O:
 * a CSV reader feeds it `header()` and `record()` calls.
 */

/** Row-level rules, in the order they are checked for a cell. */
export type { Violation }

export const CELL_RULES = [
  'null',
  'type',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'enum',
  'pattern',
  'minLength',
  'maxLength',
  'format',
] as const
export type CellRule = (typeof CELL_RULES)[number]
const R: Record<CellRule, number> = Object.fromEntries(CELL_RULES.map((r, i) => [r, i])) as Record<
  CellRule,
  number
>

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
/** Rows whose passing numeric values are queued before their statistics are added in bulk. */
const BLOCK_ROWS = 4096
const COMMA = 44
const MINUS = 45
const DOT = 46
const ZERO = 48
/** Exact powers of ten: a decimal of at most 15 digits divided by one of these is correctly rounded. */
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15]

/** One column's results from a part of the file, to merge in file order. */
export interface ColumnPartial {
  counts: number[]
  checked: number
  missing: number
  stats: NumericState | CategoricalState
}

/** What one thread's validator adds up to over the byte ranges it read (in any order). */
export interface TablePartial {
  rows: number
  raggedRows: number
  columns: ColumnPartial[]
}

/**
 * What must merge in file order from one chunk of the file: its violations,
 * with line numbers counted from the chunk's first line (0), and each numeric
 * column's moments (null for other columns).
 */
export interface ChunkResult {
  violations: Violation[]
  totalViolations: number
  moments: (Moments | null)[]
}

/** Detects null tokens in a cell without decoding it; a table of first bytes rules most cells out at once. */
class NullMatcher {
  private readonly tokens: Buffer[]
  /** 1 for each byte that starts a non-empty null token. */
  readonly firstBytes = new Uint8Array(256)
  readonly emptyIsNull: boolean
  /** True when a null token starts like a plain decimal (`-999`, `0`, `.`): the fast path must then look. */
  readonly numericRisk: boolean

  constructor(nullValues: string[]) {
    this.emptyIsNull = nullValues.includes('')
    this.tokens = nullValues.filter((v) => v !== '').map((v) => Buffer.from(v, 'utf8'))
    for (const t of this.tokens) this.firstBytes[t[0]!] = 1
    this.numericRisk = this.tokens.some(
      (t) => t[0] === MINUS || t[0] === DOT || (t[0]! >= ZERO && t[0]! <= ZERO + 9),
    )
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
    protected readonly table: TableValidator,
  ) {}

  abstract check(rec: CsvRecord): void
  abstract profile(file: string): ColumnProfile
  protected abstract statsState(): NumericState | CategoricalState
  protected abstract absorbStats(state: NumericState | CategoricalState): void

  partial(): ColumnPartial {
    return {
      counts: [...this.counts],
      checked: this.checked,
      missing: this.missing,
      stats: this.statsState(),
    }
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
    if (!this.rules.nullable)
      this.fail(R.null, rec, 'missing value in a column that is not nullable')
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

  // Values that passed every rule on the fast path, with their sampling priorities, waiting for flush().
  private readonly pendingX = new Float64Array(BLOCK_ROWS)
  private readonly pendingP = new Float64Array(BLOCK_ROWS)
  private pending = 0

  constructor(rules: ColumnRules, index: number, nulls: NullMatcher, table: TableValidator) {
    super(rules, index, nulls, table)
    this.stats = new NumericProfile()
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
      this.fail(
        R.type,
        rec,
        parseFailure === DECIMAL_COMMA
          ? "decimal comma: use '.' as the decimal separator"
          : `not a number (expected ${this.rules.type})`,
      )
      return
    }
    this.checkValue(x, rec)
  }

  /**
   * The rules after a cell has parsed as `x` (the fast path in
   * TableValidator.onLine parses plain decimals itself and calls this).
   */
  accept(x: number, rec: CsvRecord): void {
    this.checked++
    this.checkValue(x, rec)
  }

  /** True when `x` satisfies every value rule of the column: the fast path then only queues it (defer). */
  passes(x: number): boolean {
    return (
      x >= this.min &&
      x <= this.max &&
      x > this.xmin &&
      x < this.xmax &&
      (!this.integer || Number.isInteger(x)) &&
      (this.allowed === null || this.allowed.has(x))
    )
  }

  /** Queues a value that passes every rule (see passes); its count and statistics are added by flush(). */
  defer(x: number, priority: number): void {
    this.pendingX[this.pending] = x
    this.pendingP[this.pending++] = priority
  }

  /** Adds the queued values to the counts and statistics in one pass. */
  flush(): void {
    if (this.pending === 0) return
    this.checked += this.pending
    this.stats.addBlock(this.pendingX, this.pendingP, this.pending)
    this.pending = 0
  }

  private checkValue(x: number, rec: CsvRecord): void {
    if (this.integer && !Number.isInteger(x)) {
      this.fail(R.type, rec, 'not an integer')
      return
    }
    this.stats.add(x, this.table.rowPriority)
    if (x < this.min) this.fail(R.minimum, rec, `below the minimum ${this.min}${unit(this.rules)}`)
    if (x > this.max) this.fail(R.maximum, rec, `above the maximum ${this.max}${unit(this.rules)}`)
    if (x <= this.xmin)
      this.fail(R.exclusiveMinimum, rec, `not above ${this.xmin}${unit(this.rules)}`)
    if (x >= this.xmax)
      this.fail(R.exclusiveMaximum, rec, `not below ${this.xmax}${unit(this.rules)}`)
    if (this.allowed !== null && !this.allowed.has(x))
      this.fail(R.enum, rec, `not one of ${[...this.allowed].join(', ')}`)
  }

  profile(file: string): ColumnProfile {
    this.stats.missing = this.missing
    return this.stats.finish(file, this.rules.name, this.rules.type, this.rules.unit)
  }

  protected statsState(): NumericState {
    return this.stats.state()
  }

  takeMoments(): Moments {
    return this.stats.takeMoments()
  }

  absorbMoments(m: Moments): void {
    this.stats.absorbMoments(m)
  }

  protected absorbStats(state: NumericState | CategoricalState): void {
    this.stats.absorb(state as NumericState)
  }
}

/** A decoded text cell and what the column's rules say about it. */
interface TextVerdict {
  /** The value counted in the profile (booleans lower-cased), or null when it is not a valid boolean. */
  key: string | null
  /** Failed rules and their messages, in CELL_RULES order. */
  failures: [number, string][]
}

const TEXT_CACHE_SLOTS = 256
const TEXT_CACHE_MAX_BYTES = 64

/**
 * Strings and booleans. A cell is decoded and judged once per distinct
 * value: a small cache keyed by the cell's bytes holds the recent values'
 * verdicts, so a categorical column costs a hash and a byte comparison per cell.
 */
class TextChecker extends ColumnChecker {
  private readonly stats = new CategoricalProfile()
  private readonly cacheBytes: (Buffer | undefined)[] = new Array<Buffer | undefined>(
    TEXT_CACHE_SLOTS,
  )
  private readonly cacheVerdicts: (TextVerdict | undefined)[] = new Array<TextVerdict | undefined>(
    TEXT_CACHE_SLOTS,
  )

  check(rec: CsvRecord): void {
    const i = this.index
    const s = rec.start[i]!
    const e = rec.end[i]!
    if (this.nullCell(rec, s, e)) return
    this.checked++
    const verdict =
      e - s <= TEXT_CACHE_MAX_BYTES && rec.escaped[i] === 0
        ? this.cached(rec.buf, s, e)
        : this.judge(fieldText(rec, i))
    if (verdict.key === null) {
      this.fail(R.type, rec, 'not a boolean (expected true or false)')
      return
    }
    this.stats.add(verdict.key)
    const failures = verdict.failures
    for (let f = 0; f < failures.length; f++) this.fail(failures[f]![0], rec, failures[f]![1])
  }

  private cached(buf: Buffer, s: number, e: number): TextVerdict {
    const length = e - s
    let h = 0x811c9dc5 ^ length
    for (let k = s; k < e; k++) h = Math.imul(h ^ buf[k]!, 0x01000193)
    const slot = (h ^ (h >>> 15)) & (TEXT_CACHE_SLOTS - 1)
    const bytes = this.cacheBytes[slot]
    if (bytes !== undefined && bytes.length === length) {
      let k = 0
      while (k < length && bytes[k] === buf[s + k]) k++
      if (k === length) return this.cacheVerdicts[slot]!
    }
    const verdict = this.judge(buf.toString('utf8', s, e))
    this.cacheBytes[slot] = Buffer.from(buf.subarray(s, e))
    this.cacheVerdicts[slot] = verdict
    return verdict
  }

  private judge(text: string): TextVerdict {
    const r = this.rules
    if (r.type === 'boolean') {
      const lower = text.trim().toLowerCase()
      if (lower !== 'true' && lower !== 'false') return { key: null, failures: [] }
      // Booleans are compared lower-cased, with surrounding spaces ignored, like the type check.
      return { key: lower, failures: this.failures(lower) }
    }
    return { key: text, failures: this.failures(text) }
  }

  private failures(text: string): [number, string][] {
    const r = this.rules
    const out: [number, string][] = []
    if (r.enumStrings !== undefined && !r.enumStrings.has(text))
      out.push([
        R.enum,
        `not one of ${[...r.enumStrings].map((v) => JSON.stringify(v)).join(', ')}`,
      ])
    if (r.pattern !== undefined && !r.pattern.test(text))
      out.push([R.pattern, `does not match the pattern ${r.pattern.source}`])
    if (r.minLength !== undefined || r.maxLength !== undefined) {
      const length = [...text].length
      if (r.minLength !== undefined && length < r.minLength)
        out.push([R.minLength, `shorter than ${r.minLength} characters`])
      if (r.maxLength !== undefined && length > r.maxLength)
        out.push([R.maxLength, `longer than ${r.maxLength} characters`])
    }
    if (r.format !== undefined && !(r.format === 'date' ? isDate(text) : isDateTime(text))) {
      out.push([
        R.format,
        r.format === 'date' ? 'not a calendar date (YYYY-MM-DD)' : 'not an RFC 3339 date-time',
      ])
    }
    return out
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
const DATE_TIME_RE =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false
  const days = [
    31,
    (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ]
  return d <= days[m - 1]!
}

export function isDate(text: string): boolean {
  const m = DATE_RE.exec(text)
  return m !== null && validDay(Number(m[1]), Number(m[2]), Number(m[3]))
}

export function isDateTime(text: string): boolean {
  const m = DATE_TIME_RE.exec(text)
  return (
    m !== null &&
    validDay(Number(m[1]), Number(m[2]), Number(m[3])) &&
    Number(m[4]) < 24 &&
    Number(m[5]) < 60 &&
    Number(m[6]) < 61
  )
}

export class TableValidator {
  private header: string[] = []
  private headerLine = 1
  private checkers: ColumnChecker[] = []
  private missingColumns: string[] = []
  private extraColumns: string[] = []
  private rows = 0
  private raggedRows = 0
  private violations: Violation[] = []
  private totalViolations = 0
  private keyIndexes: number[][] = []
  private readonly keySets: Set<string>[] = []
  private readonly duplicates: number[]
  private readonly nulls: NullMatcher
  // The fast path (onLine): per header column, 1 when a numeric checker reads it;
  // per checker, its numeric form or null; the numeric checkers; scratch space for one record.
  private numericAt = new Uint8Array(0)
  private numericCheckers: NumericChecker[] = []
  private numericByChecker: (NumericChecker | null)[] = []
  private blockRows = 0
  private values = new Float64Array(0)
  private parsed = new Uint8Array(0)
  private lineRec: CsvRecord = {
    buf: Buffer.alloc(0),
    start: new Int32Array(0),
    end: new Int32Array(0),
    escaped: new Uint8Array(0),
    count: 0,
    line: 0,
    offset: 0,
  }
  /** The sampling priority of the record being checked (see samplePriority). */
  rowPriority = 0

  constructor(
    private readonly schema: DataSchema,
    private readonly file: string,
    private readonly role: string,
  ) {
    this.duplicates = schema.dataset.unique.map(() => 0)
    this.nulls = new NullMatcher(schema.dataset.nullValues)
  }

  /** Returns the problem text when the header itself is unusable (duplicate names). */
  onHeader(header: string[], line: number): string | undefined {
    this.header = header
    this.headerLine = line
    if (header.every((name) => name.trim() === ''))
      return 'the header line is blank (expected the column names)'
    if (header.some((name) => name.includes('\r')))
      return 'a column name contains a carriage return: the file seems to end its lines with CR alone (classic Mac); save it with LF or CRLF line endings'
    const seen = new Map<string, number>()
    for (const [i, name] of header.entries()) {
      if (name.trim() === '') return `column ${i + 1} has no name`
      if (seen.has(name))
        return `duplicate column name "${name}" (columns ${seen.get(name)! + 1} and ${i + 1})`
      seen.set(name, i)
    }
    const byName = new Map(header.map((name, i) => [name, i]))
    for (const rules of this.schema.columns) {
      const index = byName.get(rules.name)
      if (index === undefined) {
        if (rules.required) this.missingColumns.push(rules.name)
        continue
      }
      const numeric = rules.type === 'number' || rules.type === 'integer'
      this.checkers.push(
        numeric
          ? new NumericChecker(rules, index, this.nulls, this)
          : new TextChecker(rules, index, this.nulls, this),
      )
    }
    const known = new Set(this.schema.columns.map((c) => c.name))
    this.extraColumns = header.filter((name) => !known.has(name))
    this.keyIndexes = this.schema.dataset.unique.map((key) =>
      key.map((name) => byName.get(name) ?? -1),
    )
    for (let k = 0; k < this.keyIndexes.length; k++) this.keySets.push(new Set())
    const n = header.length
    this.numericAt = new Uint8Array(n)
    this.numericByChecker = this.checkers.map((c) => (c instanceof NumericChecker ? c : null))
    this.numericCheckers = this.checkers.filter(
      (c): c is NumericChecker => c instanceof NumericChecker,
    )
    for (const c of this.checkers) if (c instanceof NumericChecker) this.numericAt[c.index] = 1
    this.values = new Float64Array(n)
    this.parsed = new Uint8Array(n)
    this.lineRec = {
      buf: Buffer.alloc(0),
      start: new Int32Array(n),
      end: new Int32Array(n),
      escaped: new Uint8Array(n),
      count: n,
      line: 0,
      offset: 0,
    }
    return undefined
  }

  onRecord(rec: CsvRecord): void {
    this.rows++
    if (rec.count !== this.header.length) {
      this.raggedRows++
      this.recordRagged(rec)
      return
    }
    this.checkCells(rec)
  }

  /**
   * The fast path for a quote-free record `buf[from, to)` (see
   * CsvReadOptions.onLine): one pass over the bytes finds the fields and
   * parses plain decimals (`-12.5`: at most 9 integer and 9 fraction digits,
   * 15 in all, no exponent, no spaces, not starting like a null token), which
   * are exact with one division, so the value is the one Number() gives. A
   * value that passes every rule of its column is queued for bulk statistics;
   * every other cell goes through its checker's general path. A record with
   * the wrong number of fields is left to onRecord, before anything is counted.
   */
  onLine(buf: Buffer, from: number, to: number, line: number, offset: number): boolean {
    const rec = this.lineRec
    const start = rec.start
    const end = rec.end
    const numericAt = this.numericAt
    const values = this.values
    const parsed = this.parsed
    const nullStart = this.nulls.firstBytes
    const numericNullRisk = this.nulls.numericRisk
    const last = numericAt.length - 1
    if (last < 0) return false
    let i = from
    for (let k = 0; k <= last; k++) {
      start[k] = i
      if (numericAt[k] === 1) {
        const negative = i < to && buf[i] === MINUS
        if (negative) i++
        // Integer and fraction digits accumulate as int32 (at most 9 of each, 15 in all), so
        // that the value is one exact integer divided by one exact power of ten.
        const intStart = i
        let whole = 0
        while (i < to) {
          const c = buf[i]! - ZERO
          if (c >>> 0 > 9) break
          whole = (whole * 10 + c) | 0
          i++
        }
        const intDigits = i - intStart
        let fraction = 0
        let fracDigits = 0
        if (i < to && buf[i] === DOT) {
          const fracStart = ++i
          while (i < to) {
            const c = buf[i]! - ZERO
            if (c >>> 0 > 9) break
            fraction = (fraction * 10 + c) | 0
            i++
          }
          fracDigits = i - fracStart
        }
        if (
          intDigits + fracDigits > 0 &&
          intDigits <= 9 &&
          fracDigits <= 9 &&
          intDigits + fracDigits <= 15 &&
          (i === to || buf[i] === COMMA) &&
          (!numericNullRisk || nullStart[buf[start[k]!]!] === 0)
        ) {
          const x =
            fracDigits === 0 ? whole : (whole * POW10[fracDigits]! + fraction) / POW10[fracDigits]!
          values[k] = negative ? -x : x
          parsed[k] = 1
        } else {
          while (i < to && buf[i] !== COMMA) i++
          parsed[k] = 0
        }
      } else {
        while (i < to && buf[i] !== COMMA) i++
      }
      end[k] = i
      if (k < last) {
        if (i === to) return false // too few fields
        i++
      } else if (i !== to) {
        return false // too many fields
      }
    }
    rec.buf = buf
    rec.line = line
    rec.offset = offset
    this.rows++
    const priority = samplePriority(offset)
    this.rowPriority = priority
    // In schema order (violations of one row are listed in that order on every path): a parsed
    // value that passes every rule is only queued; anything else takes its checker's general path.
    const checkers = this.checkers
    const numeric = this.numericByChecker
    for (let c = 0; c < checkers.length; c++) {
      const checker = numeric[c]
      if (checker === null) {
        checkers[c]!.check(rec)
        continue
      }
      const k = checker!.index
      if (parsed[k] === 1) {
        const x = values[k]!
        if (checker!.passes(x)) checker!.defer(x, priority)
        else checker!.accept(x, rec)
      } else {
        checker!.check(rec)
      }
    }
    if (this.keyIndexes.length > 0) this.checkKeys(rec)
    if (++this.blockRows === BLOCK_ROWS) this.flush()
    return true
  }

  /** Adds the numeric values queued by the fast path to their columns' counts and statistics. */
  private flush(): void {
    for (const c of this.numericCheckers) c.flush()
    this.blockRows = 0
  }

  private checkCells(rec: CsvRecord): void {
    this.rowPriority = samplePriority(rec.offset)
    const checkers = this.checkers
    for (let c = 0; c < checkers.length; c++) checkers[c]!.check(rec)
    if (this.keyIndexes.length > 0) this.checkKeys(rec)
  }

  private checkKeys(rec: CsvRecord): void {
    for (let k = 0; k < this.keyIndexes.length; k++) {
      const idx = this.keyIndexes[k]!
      if (idx.includes(-1)) continue
      let key = ''
      for (const i of idx) key += `${fieldText(rec, i)}\u0000`
      const set = this.keySets[k]!
      if (set.has(key)) {
        this.duplicates[k]!++
        this.addViolation(
          rec.line,
          this.schema.dataset.unique[k]!.join('+'),
          key.slice(0, -1).split('\u0000').join(', '),
          'unique',
          'duplicate key',
        )
      } else {
        set.add(key)
      }
    }
  }

  /** @internal Called by column checkers. */
  recordViolation(
    rec: CsvRecord,
    index: number,
    column: string,
    rule: string,
    message: string,
  ): void {
    this.totalViolations++
    if (this.violations.length < this.schema.dataset.maxReportedViolations) {
      const value = fieldText(rec, index)
      this.violations.push({
        file: this.file,
        line: rec.line,
        column,
        value: clip(value),
        rule,
        message,
      })
    }
  }

  private recordRagged(rec: CsvRecord): void {
    this.addViolation(
      rec.line,
      '*',
      `${rec.count} fields`,
      'field_count',
      `expected ${this.header.length} fields, found ${rec.count}`,
    )
  }

  private addViolation(
    line: number,
    column: string,
    value: string,
    rule: string,
    message: string,
  ): void {
    this.totalViolations++
    if (this.violations.length < this.schema.dataset.maxReportedViolations) {
      this.violations.push({ file: this.file, line, column, value: clip(value), rule, message })
    }
  }

  /**
   * Counts and statistics so far, for merging. The unique-key sets are not
   * included: G0 reads byte ranges only when the schema has no unique keys.
   */
  partial(): TablePartial {
    this.flush()
    return {
      rows: this.rows,
      raggedRows: this.raggedRows,
      columns: this.checkers.map((c) => c.partial()),
    }
  }

  /**
   * Adds another thread's counts and statistics, which merge exactly in any
   * order (counts, extremes, samples); moments come per chunk (absorbChunk).
   */
  absorb(p: TablePartial): void {
    this.rows += p.rows
    this.raggedRows += p.raggedRows
    p.columns.forEach((c, i) => this.checkers[i]!.absorb(c))
  }

  /** What the chunk read since the last call adds in file order (see ChunkResult), and starts the next chunk. */
  takeChunk(): ChunkResult {
    this.flush()
    const taken = {
      violations: this.violations,
      totalViolations: this.totalViolations,
      moments: this.checkers.map((c) => (c instanceof NumericChecker ? c.takeMoments() : null)),
    }
    this.violations = []
    this.totalViolations = 0
    return taken
  }

  /** Adds the next chunk, in file order: the first N violations overall are kept, with `lineOffset` added to their lines. */
  absorbChunk(part: ChunkResult, lineOffset: number): void {
    this.totalViolations += part.totalViolations
    for (const v of part.violations) {
      if (this.violations.length >= this.schema.dataset.maxReportedViolations) break
      this.violations.push({ ...v, line: v.line + lineOffset })
    }
    part.moments.forEach((m, i) => {
      const c = this.checkers[i]
      if (m && c instanceof NumericChecker) c.absorbMoments(m)
    })
  }

  finish(): TableResult {
    this.flush()
    return {
      file: this.file,
      role: this.role,
      rows: this.rows,
      header: this.header,
      headerLine: this.headerLine,
      columns: this.checkers.map((c) => ({
        rules: c.rules,
        counts: c.counts,
        checked: c.checked,
        missing: c.missing,
        profile: c.profile(this.file),
      })),
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
