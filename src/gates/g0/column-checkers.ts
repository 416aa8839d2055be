import { fieldText, type CsvRecord } from '../../csv/byte-csv-reader.js'
import { DECIMAL_COMMA, parseFailure, parseNumberBytes } from '../../csv/number-parse.js'
import {
  CategoricalProfile,
  NumericProfile,
  type CategoricalState,
  type ColumnProfile,
  type Moments,
  type NumericState,
} from '../../profile/column-profile.js'
import type { ColumnRules } from '../../ssot/data-schema.js'
import { isDate, isDateTime } from './dates.js'
import { CELL_RULES, R, type ColumnPartial } from './table-results.js'

/** The checkers of one column's cells, numeric and text, and how they spot null tokens. */

/** The table validator, as its column checkers see it: where they report violations, and the current row's sampling priority. */
export interface ViolationSink {
  readonly rowPriority: number
  recordViolation(
    rec: CsvRecord,
    index: number,
    column: string,
    rule: string,
    message: string,
  ): void
}

/** Rows whose passing numeric values are queued before their statistics are added in bulk. */
export const BLOCK_ROWS = 4096
export const LF = 10
export const CR = 13
export const COMMA = 44
export const MINUS = 45
export const DOT = 46
export const ZERO = 48
/** Exact powers of ten: a decimal of at most 15 digits divided by one of these is correctly rounded. */
export const POW10 = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
]

/** Detects null tokens in a cell without decoding it; a table of first bytes rules most cells out at once. */
export class NullMatcher {
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
export abstract class ColumnChecker {
  readonly counts = new Array<number>(CELL_RULES.length).fill(0)
  checked = 0
  missing = 0

  constructor(
    readonly rules: ColumnRules,
    readonly index: number,
    protected readonly nulls: NullMatcher,
    protected readonly table: ViolationSink,
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
export class NumericChecker extends ColumnChecker {
  private readonly stats: NumericProfile
  private readonly integer: boolean
  private readonly min: number
  private readonly max: number
  private readonly xmin: number
  private readonly xmax: number
  private readonly allowed: Set<number> | null
  // passes() in two comparisons for most columns: the inclusive form of all four bounds, and
  // whether an integer or enum rule remains to be looked at (a short enum as a list to scan).
  private readonly lo: number
  private readonly hi: number
  private readonly plain: boolean
  private readonly allowedList: Float64Array | null

  // Values that passed every rule on the fast path, with their sampling priorities, waiting for flush().
  private readonly pendingX = new Float64Array(BLOCK_ROWS)
  private readonly pendingP = new Float64Array(BLOCK_ROWS)
  private pending = 0

  constructor(rules: ColumnRules, index: number, nulls: NullMatcher, table: ViolationSink) {
    super(rules, index, nulls, table)
    this.stats = new NumericProfile()
    this.integer = rules.type === 'integer'
    this.min = rules.minimum ?? Number.NEGATIVE_INFINITY
    this.max = rules.maximum ?? Number.POSITIVE_INFINITY
    this.xmin = rules.exclusiveMinimum ?? Number.NEGATIVE_INFINITY
    this.xmax = rules.exclusiveMaximum ?? Number.POSITIVE_INFINITY
    this.allowed = rules.enumNumbers ?? null
    this.lo = Math.max(
      this.min,
      this.xmin === Number.NEGATIVE_INFINITY ? this.xmin : nextUp(this.xmin),
    )
    this.hi = Math.min(
      this.max,
      this.xmax === Number.POSITIVE_INFINITY ? this.xmax : -nextUp(-this.xmax),
    )
    this.plain = !this.integer && this.allowed === null
    this.allowedList =
      this.allowed !== null && this.allowed.size <= 16 ? Float64Array.from(this.allowed) : null
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
   * TableValidator.scanLine parses plain decimals itself and calls this).
   */
  accept(x: number, rec: CsvRecord): void {
    this.checked++
    this.checkValue(x, rec)
  }

  /** True when `x` satisfies every value rule of the column: the fast path then only queues it (defer). */
  passes(x: number): boolean {
    return x >= this.lo && x <= this.hi && (this.plain || this.passesRules(x))
  }

  private passesRules(x: number): boolean {
    if (this.integer && Math.floor(x) !== x) return false
    const list = this.allowedList
    if (list !== null) {
      for (let i = 0; i < list.length; i++) if (list[i] === x) return true
      return false
    }
    return this.allowed === null || this.allowed.has(x)
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

  /** Shares the column's sampling bar with the other threads of a range run (see BottomKSample.shareBar). */
  shareSampleBar(shared: BigInt64Array, slot: number): void {
    this.stats.shareSampleBar(shared, slot)
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
  /** Cells with this value not yet added to the profile (see TextChecker.flushCounts). */
  pending: number
}

const TEXT_CACHE_SLOTS = 256
const TEXT_CACHE_MAX_BYTES = 64

/**
 * Strings and booleans. A cell is decoded and judged once per distinct
 * value: a small cache keyed by the cell's bytes holds the recent values'
 * verdicts, so a categorical column costs a hash and a byte comparison per cell.
 */
export class TextChecker extends ColumnChecker {
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
    let verdict: TextVerdict
    if (e - s <= TEXT_CACHE_MAX_BYTES && rec.escaped[i] === 0) {
      verdict = this.cached(rec.buf, s, e)
    } else {
      verdict = this.judge(fieldText(rec, i))
      if (verdict.key !== null) this.stats.add(verdict.key)
    }
    if (verdict.key === null) {
      this.fail(R.type, rec, 'not a boolean (expected true or false)')
      return
    }
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
      if (k === length) {
        const hit = this.cacheVerdicts[slot]!
        hit.pending++
        return hit
      }
    }
    const evicted = this.cacheVerdicts[slot]
    if (evicted !== undefined) this.flushCount(evicted)
    const verdict = this.judge(buf.toString('utf8', s, e))
    // The first cell of a value is added at once (so that the profile's cap on categories keeps
    // the same ones as cell-by-cell adding); the next ones are counted on the verdict.
    if (verdict.key !== null) this.stats.add(verdict.key)
    this.cacheBytes[slot] = Buffer.from(buf.subarray(s, e))
    this.cacheVerdicts[slot] = verdict
    return verdict
  }

  /** Adds the cells counted on the cached verdicts to the profile. */
  private flushCounts(): void {
    for (const verdict of this.cacheVerdicts) if (verdict !== undefined) this.flushCount(verdict)
  }

  private flushCount(verdict: TextVerdict): void {
    if (verdict.key !== null && verdict.pending > 0)
      this.stats.addMany(verdict.key, verdict.pending)
    verdict.pending = 0
  }

  private judge(text: string): TextVerdict {
    const r = this.rules
    if (r.type === 'boolean') {
      const lower = text.trim().toLowerCase()
      if (lower !== 'true' && lower !== 'false') return { key: null, failures: [], pending: 0 }
      // Booleans are compared lower-cased, with surrounding spaces ignored, like the type check.
      return { key: lower, failures: this.failures(lower), pending: 0 }
    }
    return { key: text, failures: this.failures(text), pending: 0 }
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
    this.flushCounts()
    this.stats.missing = this.missing
    return this.stats.finish(file, this.rules.name, this.rules.type, this.rules.unit)
  }

  protected statsState(): CategoricalState {
    this.flushCounts()
    return this.stats.state()
  }

  protected absorbStats(state: NumericState | CategoricalState): void {
    this.stats.absorb(state as CategoricalState)
  }
}

function unit(r: ColumnRules): string {
  return r.unit ? ` ${r.unit}` : ''
}

/**
 * The least double above `x`: `y > x` is `y >= nextUp(x)` for every double
 * `y`, which lets an exclusive bound join an inclusive one.
 */
export function nextUp(x: number): number {
  if (Number.isNaN(x) || x === Number.POSITIVE_INFINITY) return x
  if (x === Number.NEGATIVE_INFINITY) return -Number.MAX_VALUE
  if (x === 0) return Number.MIN_VALUE
  const bits = new BigInt64Array(new Float64Array([x]).buffer)
  bits[0] = bits[0]! + (x > 0 ? 1n : -1n)
  return new Float64Array(bits.buffer)[0]!
}
