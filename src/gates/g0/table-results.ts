import type { Violation } from '../../profile/violation.js'
import type {
  CategoricalState,
  ColumnProfile,
  Moments,
  NumericState,
} from '../../profile/column-profile.js'
import type { ColumnRules } from '../../ssot/data-schema.js'

/** What checking a table against its data schema yields: counts per rule and column, violations, and the partial results threads merge. */

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
export const R: Record<CellRule, number> = Object.fromEntries(
  CELL_RULES.map((r, i) => [r, i]),
) as Record<CellRule, number>

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
