import {
  CHAIN_GATES,
  type Check,
  type CheckStatus,
  type EvidenceRecord,
  type GateId,
  type GateStatus,
} from '../contract/types.js'
import { groupDigits } from '../contract/digits.js'

/** Number formatting shared by the markdown and HTML reports: 4 significant digits, integers in full. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '—'
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return String(value)
    if (Number.isInteger(value)) return groupDigits(value)
    const abs = Math.abs(value)
    if (abs !== 0 && (abs < 1e-3 || abs >= 1e7)) return value.toExponential(3)
    return String(Number(value.toPrecision(4)))
  }
  return String(value)
}

export const STATUS_ICON: Record<GateStatus | CheckStatus | 'pending', string> = {
  pass: '✅',
  fail: '❌',
  error: '⚠️',
  warn: '🟡',
  skipped: '⏭️',
  pending: '⏳',
}

/** Threshold cell: "<= 45 °C". */
export function formatThreshold(c: Check): string {
  if (c.operator === undefined || c.threshold === undefined || c.threshold === null) return '—'
  return `${c.operator} ${formatValue(c.threshold)}`
}

/** Confidence interval and baseline delta, from a check's details, as plain text. */
export function formatDetails(c: Check): string {
  const d = c.details ?? {}
  const parts: string[] = []
  const ci = d.ci as [number, number] | undefined
  if (Array.isArray(ci) && ci.length === 2)
    parts.push(`CI [${formatValue(ci[0])}, ${formatValue(ci[1])}]`)
  // G4 compares with production: its checks name what their baseline is.
  const baselineName = typeof d.baselineName === 'string' ? d.baselineName : 'baseline'
  if (typeof d.baseline === 'number') parts.push(`${baselineName} ${formatValue(d.baseline)}`)
  if (typeof d.delta === 'number') parts.push(`Δ ${d.delta >= 0 ? '+' : ''}${formatValue(d.delta)}`)
  const deltaCi = d.deltaCi as [number, number] | undefined
  if (Array.isArray(deltaCi) && deltaCi.length === 2)
    parts.push(`Δ CI [${formatValue(deltaCi[0])}, ${formatValue(deltaCi[1])}]`)
  return parts.join('; ')
}

export const CHAIN: readonly GateId[] = CHAIN_GATES

/** The G0..G5 statuses known for this model: the current gate from its evidence, the rest as given or pending. */
export function chainStatus(
  evidence: EvidenceRecord,
  known: Partial<Record<GateId, GateStatus | 'pending'>> = {},
): Record<string, GateStatus | 'pending'> {
  const out: Record<string, GateStatus | 'pending'> = {}
  for (const g of CHAIN) out[g] = known[g] ?? 'pending'
  if ((CHAIN as readonly string[]).includes(evidence.gate)) out[evidence.gate] = evidence.status
  return out
}

/** Orders checks for display: blocking failures first, then errors, warnings, and the rest in their order. */
export function orderChecks(checks: readonly Check[]): Check[] {
  const rank: Record<CheckStatus, number> = { fail: 0, error: 1, warn: 2, skipped: 3, pass: 4 }
  return checks
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank[a.c.status] - rank[b.c.status] || a.i - b.i)
    .map(({ c }) => c)
}

export interface ExtraTable {
  title: string
  columns: string[]
  rows: (string | number | null)[][]
}

export function extraTables(evidence: EvidenceRecord): ExtraTable[] {
  const t = evidence.report.tables
  return Array.isArray(t) ? (t as ExtraTable[]) : []
}

/** What a check is about, from its id without the gate prefix: `training.temp_max.maximum`, `kpi.mae.temp_max`. */
export function checkLabel(c: Check): string {
  const i = c.id.indexOf('.')
  return i > 0 ? c.id.slice(i + 1) : c.id
}
