import type { Check } from '../../contract/types.js'
import { InputError } from '../../contract/errors.js'
import {
  judgeRules,
  key,
  resolveRule,
  type Comparison,
  type Measured,
  type Variable,
} from '../../acceptance/rules.js'
import { findKpi, type EvalData, type KpiDef } from '../../acceptance/kpis.js'
import { forEachResample } from '../../stats/bootstrap.js'
import { quantile } from '../../stats/quantile.js'
import type { KpiRule } from '../../ssot/kpi.js'
import type { ShadowLog } from './log.js'
import { coverageOfPeriod, type Coverage } from './coverage.js'
import { groupDigits } from '../../contract/digits.js'

/** Everything G4 judges: the log, read and checked, and the settings of ssot/shadow.json. */
export interface G4Input {
  task: 'regression' | 'binary' | 'multiclass'
  variables: Variable[]
  classes?: string[]
  rules: KpiRule[]
  log: ShadowLog
  days: number
  minRowsPerDay: number
  /** Where N is set, for the coverage check's source. */
  configFile: string
  /** Today's UTC day number (the gate's clock): later days never count. Absent: no limit. */
  today?: number
  resamples: number
  seed: number
  eceBins: number
}

/** The rows one KPI is computed on, and both models' data there. */
export interface RowSet {
  rows: Int32Array
  shadow: EvalData
  production: EvalData
}

export interface G4Evaluation {
  checks: Check[]
  coverage: Coverage
  /** KPI values of both models (key `kpi|variable`) and the rows behind each. */
  shadow: Map<string, Measured>
  production: Map<string, Comparison>
  reasons: Map<string, string>
  rowsOf: Map<string, number>
  /** Per variable: the rows where the shadow served (agreement KPIs), and those of them with ground truth. */
  served: Map<string, RowSet>
  truth: Map<string, RowSet>
}

/**
 * Pure G4 evaluation. The coverage of the period is always checked (N days
 * from ssot/shadow.json, whatever kpi_acceptance.csv says); every G4 rule is
 * then judged with the shared machinery of G1: truth KPIs (mae, coverage,
 * accuracy...) on the rows that have ground truth, for the shadow and for
 * production on the same rows with a paired bootstrap; agreement KPIs
 * (mean_abs_diff, agreement) on every row the shadow served; error_rate,
 * latency percentiles and days_covered from the log. A KPI without rows to
 * compute it on (no ground truth yet) fails, naming what is missing.
 */
export function evaluateG4(input: G4Input): G4Evaluation {
  const { log } = input
  const coverage = coverageOfPeriod(log, input.minRowsPerDay, input.today)
  const served = rowsWhere(log.rows, (i) => log.failed[i] === 0)
  const servedSets = new Map<string, RowSet>()
  const truth = new Map<string, RowSet>()
  input.log.variables.forEach((v, k) => {
    const name = input.variables[k]!.name
    servedSets.set(name, rowSet(input, k, served, 'production'))
    const t = v.truth
      ? rowsWhere(log.rows, (i) => log.failed[i] === 0 && !Number.isNaN(v.truth![i]!))
      : new Int32Array(0)
    truth.set(name, rowSet(input, k, t, 'truth'))
  })

  const shadow = new Map<string, Measured>()
  const production = new Map<string, Comparison>()
  const reasons = new Map<string, string>()
  const productionReasons = new Map<string, string>()
  const noData = new Set<string>()
  const rowsOf = new Map<string, number>()
  const boot: { k: string; def: KpiDef; set: RowSet }[] = []
  for (const rule of input.rules) {
    const r = resolveRule(rule, input.variables, input.task, 'G4')
    if ('error' in r) continue
    const k = key(rule.kpi, rule.variable)
    if (shadow.has(k) || reasons.has(k)) continue
    const def = findKpi(rule.kpi)!.def
    if (!def.compute) {
      const op = operational(def.name, input, coverage)
      if ('reason' in op) reasons.set(k, op.reason)
      else {
        shadow.set(k, { value: op.shadow, ...(op.note ? { note: op.note } : {}) })
        rowsOf.set(k, op.rows)
        if (op.production !== undefined)
          production.set(k, { baseline: op.production, delta: op.shadow - op.production })
        else productionReasons.set(k, op.productionReason ?? 'not in the log')
      }
      continue
    }
    const set = (def.needs === 'production' ? servedSets : truth).get(rule.variable)!
    rowsOf.set(k, set.rows.length)
    if (set.rows.length === 0) {
      noData.add(k)
      reasons.set(k, missingRows(def, input, rule.variable))
      continue
    }
    const missing = missingColumns(def, set, rule.variable)
    if (missing) {
      reasons.set(k, missing)
      continue
    }
    const sv = value(def, set.shadow, set.rows)
    if (typeof sv === 'string') {
      reasons.set(k, sv)
      continue
    }
    shadow.set(k, { value: sv })
    if (def.needs === 'production') {
      productionReasons.set(k, 'an agreement KPI compares the shadow with production itself')
      boot.push({ k, def, set })
      continue
    }
    const pv =
      def.needs === 'intervals' && !set.production.lower
        ? `the shadow log has no interval bounds of ${rule.variable} for the production model (production_${rule.variable}_lower/_upper)`
        : value(def, set.production, set.rows)
    if (typeof pv === 'string') productionReasons.set(k, pv)
    else production.set(k, { baseline: pv, delta: sv - pv })
    boot.push({ k, def, set })
  }

  // Paired bootstrap over each KPI's own rows: both models on the same resamples, one draw per row set.
  if (input.resamples > 0) {
    // Row sets with the same rows (often every row, for truth and agreement KPIs alike) share one draw.
    const bySet = new Map<Int32Array | 'all', typeof boot>()
    for (const b of boot) {
      const id = b.set.rows.length === log.rows ? 'all' : b.set.rows
      bySet.set(id, [...(bySet.get(id) ?? []), b])
    }
    for (const [id, list] of bySet) {
      const rows = list[0]!.set.rows
      const n = rows.length
      const mapped = id === 'all' ? undefined : new Int32Array(n)
      const counts = new Int32Array(n)
      const sorted = new Int32Array(n)
      const s = list.map(() => new Float64Array(input.resamples))
      const d = list.map(({ k }) =>
        production.has(k) ? new Float64Array(input.resamples) : undefined,
      )
      forEachResample(n, input.resamples, input.seed, (idx, r) => {
        // The same multiset of rows in ascending order: the KPIs then read the log's arrays in order.
        ascending(idx, counts, sorted)
        if (mapped) for (let j = 0; j < n; j++) mapped[j] = rows[sorted[j]!]!
        const at = mapped ?? sorted
        list.forEach(({ def, set }, q) => {
          const sv = safe(() => def.compute!(set.shadow, at))
          s[q]![r] = sv
          if (d[q]) d[q][r] = sv - safe(() => def.compute!(set.production, at))
        })
      })
      list.forEach(({ k }, q) => {
        shadow.get(k)!.samples = s[q]!
        const cmp = production.get(k)
        if (cmp && d[q]) cmp.samples = d[q]
      })
    }
  }

  const judged = judgeRules({
    rules: input.rules,
    variables: input.variables,
    task: input.task,
    candidate: shadow,
    baseline: production,
    reasons,
    baselineReasons: productionReasons,
    hasBaseline: true,
    resamples: input.resamples,
    gate: 'G4',
    baselineName: 'production',
  })
  // No rows to judge on is a missing input, not a broken configuration: the rule fails and says what is missing.
  for (const c of judged) {
    const k = key(c.rule, c.variable ?? '')
    if (c.status === 'error' && noData.has(k)) c.status = c.severity === 'warn' ? 'warn' : 'fail'
    if (c.details && 'baseline' in c.details) c.details.baselineName = 'production'
  }
  return {
    checks: [coverageCheck(coverage, input), ...judged],
    coverage,
    shadow,
    production,
    reasons,
    rowsOf,
    served: servedSets,
    truth,
  }
}

function coverageCheck(c: Coverage, input: G4Input): Check {
  const ok = c.qualifying >= input.days
  const rowsText = `${input.minRowsPerDay} row${input.minRowsPerDay > 1 ? 's' : ''}`
  const span = c.first !== undefined ? ` (log from ${c.first} to ${c.last})` : ''
  const short =
    c.shortDays > 0 ? `; ${c.shortDays} more day${c.shortDays > 1 ? 's' : ''} had fewer rows` : ''
  const future =
    c.futureDays > 0
      ? `; ${c.futureDays} day${c.futureDays > 1 ? 's are' : ' is'} after today (UTC) and never count${c.futureDays > 1 ? '' : 's'}`
      : ''
  return {
    id: 'G4.coverage.days',
    rule: 'days_covered',
    value: c.qualifying,
    operator: '>=',
    threshold: input.days,
    unit: 'days',
    status: ok ? 'pass' : 'fail',
    severity: 'block',
    message: ok
      ? `${c.qualifying} days with at least ${rowsText} (UTC), ${input.days} required${span}${short}${future}`
      : `${c.qualifying} of ${input.days} days with at least ${rowsText} (UTC)${span}${short}${future}: the shadow must run ${input.days - c.qualifying} more day${input.days - c.qualifying > 1 ? 's' : ''} before G4 can pass`,
    source: { file: input.configFile, pointer: '/days' },
    details: {
      days: c.qualifying,
      required: input.days,
      minRowsPerDay: input.minRowsPerDay,
      ...(c.futureDays > 0 ? { futureDays: c.futureDays } : {}),
    },
  }
}

type Operational =
  | { shadow: number; production?: number; productionReason?: string; rows: number; note?: string }
  | { reason: string }

/** KPIs read from the log rather than computed on predictions. */
function operational(name: string, input: G4Input, coverage: Coverage): Operational {
  const { log } = input
  if (name === 'days_covered')
    return {
      shadow: coverage.qualifying,
      rows: log.rows,
      productionReason: "the coverage is the log's, not a model's",
    }
  if (name === 'error_rate') {
    if (!log.hasErrorColumn)
      return {
        reason:
          'the shadow log has no error column (shadow_error, or columns.error in ssot/shadow.json)',
      }
    let failed = 0
    for (const f of log.failed) failed += f
    return {
      shadow: failed / log.rows,
      rows: log.rows,
      productionReason: 'the log records the errors of the shadow only',
    }
  }
  const m = /^latency_p(\d+)_ms$/.exec(name)
  if (m) {
    const p = Number(m[1]) / 100
    if (!log.shadowLatency)
      return {
        reason:
          'the shadow log has no shadow latency column (shadow_latency_ms, or columns.shadowLatency in ssot/shadow.json)',
      }
    const s = finite(log.shadowLatency)
    if (s.length === 0) return { reason: 'the shadow latency column is empty on every row' }
    const pr = log.productionLatency ? finite(log.productionLatency) : undefined
    return {
      shadow: quantile(s, p),
      rows: s.length,
      ...(pr && pr.length > 0
        ? { production: quantile(pr, p) }
        : { productionReason: 'the log has no production latency' }),
      note: `from the log's ${groupDigits(s.length)} shadow latencies`,
    }
  }
  return { reason: `KPI "${name}" is not measured by G4` }
}

function finite(values: Float64Array): Float64Array {
  return Float64Array.from(values.filter((v) => Number.isFinite(v)))
}

function missingRows(def: KpiDef, input: G4Input, variable: string): string {
  if (def.needs === 'production')
    return `no row to compare: the shadow model failed on all ${groupDigits(input.log.rows)} rows of the log`
  const v = input.log.variables.find((x) => x.name === variable)
  return v?.truth
    ? `no ground truth yet: none of the ${groupDigits(input.log.rows)} rows where the shadow served has a value of ${variable} (ground truth often arrives days later; G4 judges ${def.name} once it has)`
    : `the shadow log has no ground-truth column for ${variable} (actual_${variable}, or columns.variables.${variable}.truth in ssot/shadow.json), so ${def.name} cannot be measured`
}

function missingColumns(def: KpiDef, set: RowSet, variable: string): string | undefined {
  if (def.needs === 'intervals' && !set.shadow.lower)
    return `the shadow log has no interval bounds of ${variable} for the shadow model (shadow_${variable}_lower and shadow_${variable}_upper)`
  if (def.needs === 'probabilities')
    return 'the shadow log holds predicted labels, not probabilities: G4 cannot judge probability KPIs'
  return undefined
}

function value(def: KpiDef, d: EvalData, rows: Int32Array): number | string {
  try {
    const v = def.compute!(d, rows)
    return Number.isFinite(v) ? v : `${def.name} is ${v} on the log`
  } catch (error) {
    return error instanceof InputError ? error.problem.message : (error as Error).message
  }
}

/** Writes the indexes of `idx` (each in [0, n)) into `out` in ascending order (a counting sort). */
function ascending(idx: Int32Array, counts: Int32Array, out: Int32Array): void {
  counts.fill(0)
  for (let j = 0; j < idx.length; j++) counts[idx[j]!]!++
  let k = 0
  for (let i = 0; i < counts.length; i++) for (let c = counts[i]!; c > 0; c--) out[k++] = i
}

function safe(f: () => number): number {
  try {
    return f()
  } catch {
    return Number.NaN
  }
}

function rowsWhere(n: number, keep: (i: number) => boolean): Int32Array {
  const out = new Int32Array(n)
  let k = 0
  for (let i = 0; i < n; i++) if (keep(i)) out[k++] = i
  return out.slice(0, k)
}

/** Both models' EvalData for variable k over the log's full arrays; KPIs are computed on `rows` (indexes into them). */
function rowSet(input: G4Input, k: number, rows: Int32Array, kind: 'production' | 'truth'): RowSet {
  const v = input.log.variables[k]!
  const n = input.log.rows
  const truth = v.truth ?? new Float64Array(n).fill(Number.NaN)
  const common = {
    task: input.task,
    n: rows.length,
    eceBins: input.eceBins,
    probabilityEps: 2.220446049250313e-16,
    classes: input.classes ?? [],
  }
  const regression = input.task === 'regression'
  const labels = regression ? new Int32Array(0) : toClass(truth)
  const make = (who: 'shadow' | 'production'): EvalData => {
    const prediction = v[who]
    const lower = who === 'shadow' ? v.shadowLower : v.productionLower
    const upper = who === 'shadow' ? v.shadowUpper : v.productionUpper
    return {
      ...common,
      y: regression ? truth : new Float64Array(0),
      prediction: regression ? prediction : new Float64Array(0),
      ...(regression && lower && upper ? { lower, upper } : {}),
      labels,
      predictedClass: regression ? new Int32Array(0) : toClass(prediction),
      ...(kind === 'production'
        ? regression
          ? { production: v.production }
          : { productionClass: toClass(v.production) }
        : {}),
    }
  }
  return { rows, shadow: make('shadow'), production: make('production') }
}

function toClass(values: Float64Array): Int32Array {
  const out = new Int32Array(values.length)
  for (let i = 0; i < values.length; i++) out[i] = Number.isNaN(values[i]!) ? -1 : values[i]!
  return out
}
