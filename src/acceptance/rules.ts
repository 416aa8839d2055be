import type { Check, Operator } from '../contract/types.js'
import type { KpiRule } from '../ssot/kpi.js'
import { bootstrapInterval } from '../stats/bootstrap.js'
import { acceptedUnits, findKpi, kpiGates, type KpiDef } from './kpis.js'
import { changeChecks, describeDropped, outcome, percent } from './change-checks.js'

/** A KPI's measured value for one model, with its bootstrap replicates when it has them. */
export interface Measured {
  value: number
  /** One value per bootstrap resample; NaN where the resample had no value (e.g. a single class). */
  samples?: Float64Array
  /** Said with every check of this KPI (e.g. MAPE over a target with zeros). */
  note?: string
  /** Put into the checks' details (e.g. the slices behind a slice gap). */
  details?: Record<string, unknown>
}

/** Candidate minus baseline, with the paired-bootstrap replicates of that difference. */
export interface Comparison {
  baseline: number
  delta: number
  samples?: Float64Array
}

export interface Variable {
  name: string
  unit?: string
}

export interface AcceptanceInput {
  rules: KpiRule[]
  /** The variables G1 evaluates: regression targets, or the classification label. */
  variables: Variable[]
  task: 'regression' | 'binary' | 'multiclass'
  /** Values keyed by `kpi|variable`. Missing means the KPI could not be computed, with `reasons`. */
  candidate: Map<string, Measured>
  baseline?: Map<string, Comparison>
  /** Why a KPI could not be computed (e.g. the model has no interval outputs). */
  reasons: Map<string, string>
  /** Why the baseline model has no value for a KPI. */
  baselineReasons?: Map<string, string>
  hasBaseline: boolean
  /** Bootstrap resamples drawn (0: no intervals). */
  resamples: number
  /** The gate judging (check ids and messages); default G1. */
  gate?: string
  /** What the change thresholds compare against, in messages; default "the baseline". */
  baselineName?: string
}

export const key = (kpi: string, variable: string) => `${kpi}|${variable}`

export function compare(value: number, op: Operator, threshold: number): boolean {
  switch (op) {
    case '<':
      return value < threshold
    case '<=':
      return value <= threshold
    case '>':
      return value > threshold
    case '>=':
      return value >= threshold
  }
}

/** Validates one G1 rule against what G1 can compute; returns the KPI or an error message. */
export function resolveRule(
  rule: KpiRule,
  variables: readonly Variable[],
  task: AcceptanceInput['task'],
  gate = 'G1',
): { def: KpiDef } | { error: string } {
  const found = findKpi(rule.kpi)
  if (!found)
    return {
      error: `${gate} cannot compute KPI "${rule.kpi}"; see docs/metrics.md for the KPI names`,
    }
  const { def } = found
  const gates = kpiGates(def)
  if (!gates.includes(gate) || (found.sliceGap && gate !== 'G1'))
    return {
      error: `KPI "${rule.kpi}" is not judged by ${gate} (it is a ${found.sliceGap ? 'G1' : gates.join(', ')} KPI)`,
    }
  if (!def.tasks.includes(task))
    return {
      error: `KPI "${rule.kpi}" does not apply to a ${task} model (it applies to ${def.tasks.join(', ')})`,
    }
  const modelLevel =
    def.unit === 'ms' || def.unit === 'rows/s' || def.unit === 'days' || def.scope === 'model'
  const variable = variables.find((v) => v.name === rule.variable)
  if (!modelLevel && !variable) {
    const names = variables.map((v) => `"${v.name}"`).join(', ')
    return {
      error: `KPI "${rule.kpi}" is about variable "${rule.variable}", but the model predicts ${variables.length === 1 ? names : `the variables ${names}`}`,
    }
  }
  if (modelLevel && rule.variable !== '')
    return {
      error: `KPI "${rule.kpi}" is about the model, not a variable; leave variable empty (found "${rule.variable}")`,
    }
  const units = acceptedUnits(def, variable?.unit)
  if (!units.includes(rule.unit)) {
    return {
      error: `unit "${rule.unit}" does not match KPI "${rule.kpi}" on "${rule.variable || 'the model'}", whose unit is ${units.map((u) => (u === '' ? 'empty' : `"${u}"`)).join(' or ')}`,
    }
  }
  if (def.unit === 'ratio') {
    const outside = (x: number) => x < 0 || x > 1
    const hint = (x: number) =>
      x > 1 && x <= 100 ? ` (${x} looks like a percentage: write ${x / 100})` : ''
    if (outside(rule.threshold))
      return {
        error: `threshold ${rule.threshold} is outside [0, 1], but ${rule.kpi} is a ratio, a fraction where 0.9 means 90%${hint(rule.threshold)}`,
      }
    if (rule.maxAbsDegradation !== undefined && outside(rule.maxAbsDegradation)) {
      return {
        error: `max_abs_degradation ${rule.maxAbsDegradation} is outside [0, 1], but ${rule.kpi} is a ratio, a fraction where 0.05 means 5 points${hint(rule.maxAbsDegradation)}`,
      }
    }
  }
  return { def }
}

/**
 * Turns the rules of kpi_acceptance.csv into checks: one value check per rule
 * (the point estimate, or with `bound=ci` the pessimistic end of the rule's
 * own bootstrap interval), plus a change check per change threshold (with
 * `bound=ci`, the pessimistic end of the paired-bootstrap interval of the
 * delta), which is `skipped` with a reason when there is no baseline.
 * A rule G1 cannot judge is an `error` check whose message starts with the
 * rule's file and line.
 */
export function judgeRules(input: AcceptanceInput): Check[] {
  const checks: Check[] = []
  for (const rule of input.rules) {
    const source = { file: rule.file, line: rule.line }
    const at = `${rule.file}:${rule.line}`
    const base = {
      rule: rule.kpi,
      variable: rule.variable,
      unit: rule.unit,
      severity: rule.severity,
      source,
    }
    const gate = input.gate ?? 'G1'
    const baselineName = input.baselineName ?? 'the baseline'
    const id = `${gate}.L${rule.line}.${rule.kpi}${rule.variable ? `.${rule.variable}` : ''}`
    const resolved = resolveRule(rule, input.variables, input.task, gate)
    if ('error' in resolved) {
      checks.push({
        ...base,
        id,
        value: null,
        operator: rule.operator,
        threshold: rule.threshold,
        status: 'error',
        message: `${at}: ${resolved.error}`,
      })
      continue
    }
    const k = key(rule.kpi, rule.variable)
    const measured = input.candidate.get(k)
    if (!measured) {
      checks.push({
        ...base,
        id,
        value: null,
        operator: rule.operator,
        threshold: rule.threshold,
        status: 'error',
        message: `${at}: ${input.reasons.get(k) ?? `KPI "${rule.kpi}" could not be computed`}`,
      })
      continue
    }
    const lowerIsBetter = rule.operator === '<' || rule.operator === '<='
    const interval = measured.samples
      ? bootstrapInterval(measured.samples, rule.confidence)
      : undefined
    const ci = interval && 'ci' in interval ? interval.ci : undefined
    const bootstrapNotes = interval ? describeDropped(rule.kpi, interval) : []
    let judged = measured.value
    const notes: string[] = []
    if (rule.bound === 'ci') {
      if (!ci) {
        const why =
          interval && 'reason' in interval
            ? interval.reason
            : input.resamples === 0
              ? 'the bootstrap is off (bootstrap=0)'
              : `KPI "${rule.kpi}" has no bootstrap interval`
        checks.push({
          ...base,
          id,
          value: measured.value,
          operator: rule.operator,
          threshold: rule.threshold,
          status: 'error',
          message: `${at}: bound=ci needs a bootstrap interval: ${why}`,
        })
        continue
      }
      judged = lowerIsBetter ? ci[1] : ci[0]
      notes.push(
        `judged on the ${lowerIsBetter ? 'upper' : 'lower'} end of the ${percent(rule.confidence)} CI`,
      )
    }
    notes.push(...bootstrapNotes)
    if (measured.note) notes.push(measured.note)
    if (rule.notes) notes.push(rule.notes)
    const comparison = input.baseline?.get(k)
    // The paired-bootstrap interval of candidate − baseline at the rule's confidence: in the value check's details and the change checks.
    const deltaInterval = comparison?.samples
      ? bootstrapInterval(comparison.samples, rule.confidence)
      : undefined
    const deltaCi = deltaInterval && 'ci' in deltaInterval ? deltaInterval.ci : undefined
    checks.push({
      ...base,
      id,
      value: measured.value,
      operator: rule.operator,
      threshold: rule.threshold,
      status: outcome(compare(judged, rule.operator, rule.threshold), rule.severity),
      ...(notes.length ? { message: notes.join('; ') } : {}),
      details: {
        ...(ci ? { ci, confidence: rule.confidence } : {}),
        ...(interval && interval.dropped > 0
          ? { droppedResamples: interval.dropped, resamples: interval.total }
          : {}),
        ...(rule.bound === 'ci' ? { judged } : {}),
        ...(comparison ? { baseline: comparison.baseline, delta: comparison.delta } : {}),
        ...(deltaCi ? { deltaCi } : {}),
        ...measured.details,
      },
    })
    checks.push(
      ...changeChecks({
        rule,
        id,
        at,
        base,
        lowerIsBetter,
        candidate: measured.value,
        comparison,
        deltaInterval,
        deltaCi,
        hasBaseline: input.hasBaseline,
        baselineWhy: input.baselineReasons?.get(k),
        baselineName,
        resamples: input.resamples,
      }),
    )
  }
  return checks
}
