import { fieldText, type CsvRecord } from '../../csv/byte-csv-reader.js'
import { samplePriority } from '../../profile/bottom-k-sample.js'
import type { DataSchema } from '../../ssot/data-schema.js'
import {
  BLOCK_ROWS,
  COMMA,
  CR,
  ColumnChecker,
  DOT,
  LF,
  MINUS,
  NullMatcher,
  NumericChecker,
  POW10,
  TextChecker,
  ZERO,
} from './column-checkers.js'
import type { ChunkResult, TablePartial, TableResult, Violation } from './table-results.js'

export { CELL_RULES } from './table-results.js'
export type {
  ChunkResult,
  ColumnResult,
  TablePartial,
  TableResult,
  Violation,
} from './table-results.js'

/**
 * Checks one CSV table against a compiled data schema, record by record, and
 * keeps exact counts per rule plus the first N violations. It does no I/O:
 * a CSV reader feeds it `header()` and `record()` calls.
 */

const MAX_VALUE_CHARS = 200
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
  // The fast path (scanLine): per header column, 1 when a numeric checker reads it;
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
   * The fast path for quote-free records (see CsvReadOptions.scanLine): from
   * `buf[from]`, one pass over the bytes finds the fields and the record's
   * end, and parses plain decimals (`-12.5`: at most 9 integer and 9
   * fraction digits, 15 in all, no exponent, no spaces, not starting like a
   * null token), which are exact with one division, so the value is the one
   * Number() gives. A value that passes every rule of its column is queued
   * for bulk statistics; every other cell goes through its checker's general
   * path. Returns the position of the record's LF; or -1, having counted
   * nothing, for a record it leaves to onRecord: one with the wrong number of
   * fields, or that does not end before `limit`.
   */
  scanLine(buf: Buffer, from: number, limit: number, line: number, offset: number): number {
    const rec = this.lineRec
    const start = rec.start
    const end = rec.end
    const numericAt = this.numericAt
    const values = this.values
    const parsed = this.parsed
    const nullStart = this.nulls.firstBytes
    const numericNullRisk = this.nulls.numericRisk
    const last = numericAt.length - 1
    if (last < 0) return -1
    let i = from
    let lineEnd = -1
    for (let k = 0; k <= last; k++) {
      start[k] = i
      if (numericAt[k] === 1) {
        // buf[limit] is a quote (see CsvReadOptions.scanLine): the scans for a sign, digits and a
        // dot stop there by themselves. Integer and fraction digits accumulate as int32 (at most
        // 9 of each, 15 in all), so that the value is one exact integer divided by one exact
        // power of ten.
        const negative = buf[i] === MINUS
        if (negative) i++
        const intStart = i
        let whole = 0
        let c = buf[i]! - ZERO
        while (c >>> 0 <= 9) {
          whole = (whole * 10 + c) | 0
          c = buf[++i]! - ZERO
        }
        const intDigits = i - intStart
        let fraction = 0
        let fracDigits = 0
        if (c === DOT - ZERO) {
          const fracStart = ++i
          c = buf[i]! - ZERO
          while (c >>> 0 <= 9) {
            fraction = (fraction * 10 + c) | 0
            c = buf[++i]! - ZERO
          }
          fracDigits = i - fracStart
        }
        const after = c + ZERO
        if (
          intDigits + fracDigits > 0 &&
          intDigits <= 9 &&
          fracDigits <= 9 &&
          intDigits + fracDigits <= 15 &&
          i < limit &&
          (after === COMMA || after === LF || (after === CR && buf[i + 1] === LF)) &&
          (!numericNullRisk || nullStart[buf[start[k]!]!] === 0)
        ) {
          const x =
            fracDigits === 0 ? whole : (whole * POW10[fracDigits]! + fraction) / POW10[fracDigits]!
          values[k] = negative ? -x : x
          parsed[k] = 1
          if (after === CR) i++ // CRLF: the record ends at the LF
        } else {
          while (i < limit && buf[i] !== COMMA && buf[i] !== LF) i++
          parsed[k] = 0
        }
      } else {
        while (i < limit && buf[i] !== COMMA && buf[i] !== LF) i++
      }
      if (i >= limit) return -1 // the record does not end before limit
      if (k < last) {
        if (buf[i] !== COMMA) return -1 // too few fields
        end[k] = i++
      } else {
        if (buf[i] !== LF) return -1 // too many fields
        lineEnd = i
        end[k] = i > from && buf[i - 1] === CR ? i - 1 : i
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
    return lineEnd
  }

  /**
   * Shares the numeric columns' sampling bars with the other threads
   * validating the same file: slot i of `shared` for the i-th numeric column
   * (see BottomKSample.shareBar). Call after onHeader.
   */
  shareSampleBars(shared: BigInt64Array): void {
    this.numericCheckers.forEach((c, i) => c.shareSampleBar(shared, i))
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
