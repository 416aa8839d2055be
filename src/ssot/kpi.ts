import { InputErrors } from '../contract/errors.js'
import {
  KPI_GATES,
  OPERATORS,
  type GateProblem,
  type Operator,
  type Severity,
} from '../contract/types.js'
import type { CsvTable } from './csv-table.js'

export const KPI_COLUMNS = [
  'gate',
  'kpi',
  'variable',
  'operator',
  'threshold',
  'unit',
  'severity',
  'notes',
] as const
export const KPI_OPTIONAL_COLUMNS = [
  'max_abs_degradation',
  'max_rel_degradation',
  'bound',
  'confidence',
] as const

/** One acceptance rule from `ssot/kpi_acceptance.csv`: thresholds as data, as TFMA does. */
export interface KpiRule {
  gate: string
  kpi: string
  variable: string
  operator: Operator
  threshold: number
  unit: string
  severity: Severity
  notes: string
  /** 1-based line of the rule in the CSV. */
  line: number
  file: string
  /** Largest allowed absolute degradation against the baseline, in the KPI's unit. */
  maxAbsDegradation?: number
  /** Largest allowed relative degradation against the baseline (0.05 = 5% worse). */
  maxRelDegradation?: number
  /** `ci`: the pessimistic end of the bootstrap confidence interval must meet the threshold. */
  bound: 'point' | 'ci'
  confidence: number
}

const GATES = new Set<string>(KPI_GATES)

/** Parses and validates every row, collecting all problems before failing (lazy validation). */
export function parseKpiTable(table: CsvTable): KpiRule[] {
  const problems: GateProblem[] = []
  const rules: KpiRule[] = []
  for (const { line, values: v } of table.rows) {
    const at = (column: string, expected: string, found: string, message: string) =>
      problems.push({
        file: table.file,
        line,
        message: `${message} (column "${column}")`,
        expected,
        found,
      })
    const gate = v.gate ?? ''
    if (!GATES.has(gate))
      at('gate', `one of ${[...GATES].join(', ')}`, JSON.stringify(gate), 'Unknown gate')
    const kpi = v.kpi ?? ''
    if (!/^[a-z][a-z0-9_]*$/.test(kpi))
      at('kpi', 'a KPI name in snake_case, e.g. mae', JSON.stringify(kpi), 'Invalid KPI name')
    const operator = v.operator ?? ''
    if (!(OPERATORS as readonly string[]).includes(operator)) {
      at('operator', `one of ${OPERATORS.join(' ')}`, JSON.stringify(operator), 'Unknown operator')
    }
    const threshold = strictNumber(v.threshold ?? '')
    if (threshold === undefined)
      at(
        'threshold',
        'a number such as 0.9 or 1.5e-3',
        JSON.stringify(v.threshold ?? ''),
        'Threshold is not a number',
      )
    const severity = v.severity ?? ''
    if (severity !== 'block' && severity !== 'warn')
      at('severity', 'block or warn', JSON.stringify(severity), 'Unknown severity')
    const optionalNumber = (column: string, min: number, max: number): number | undefined => {
      const raw = v[column] ?? ''
      if (raw === '') return undefined
      const n = strictNumber(raw)
      if (n === undefined || n < min || n > max) {
        at(column, `a number from ${min} to ${max}`, JSON.stringify(raw), 'Invalid value')
        return undefined
      }
      return n
    }
    const maxAbsDegradation = optionalNumber('max_abs_degradation', 0, Number.MAX_VALUE)
    const maxRelDegradation = optionalNumber('max_rel_degradation', 0, 1e6)
    const confidence = optionalNumber('confidence', 0.5, 0.999) ?? 0.95
    const bound = v.bound ?? ''
    if (bound !== '' && bound !== 'point' && bound !== 'ci')
      at('bound', 'point or ci', JSON.stringify(bound), 'Unknown bound')
    rules.push({
      gate,
      kpi,
      variable: v.variable ?? '',
      operator: operator as Operator,
      threshold: threshold ?? Number.NaN,
      unit: v.unit ?? '',
      severity: severity as Severity,
      notes: v.notes ?? '',
      line,
      file: table.file,
      ...(maxAbsDegradation !== undefined ? { maxAbsDegradation } : {}),
      ...(maxRelDegradation !== undefined ? { maxRelDegradation } : {}),
      bound: bound === 'ci' ? 'ci' : 'point',
      confidence,
    })
  }
  if (problems.length > 0) throw new InputErrors(problems)
  return rules
}

/** A finite number in plain decimal or exponent notation; nothing else (no `1,5`, no `NaN`). */
export function strictNumber(raw: string): number | undefined {
  const text = raw.trim()
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return undefined
  const n = Number(text)
  return Number.isFinite(n) ? n : undefined
}
