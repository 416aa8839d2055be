import type { Check, CheckStatus, Operator } from '../../engine/types.js'
import type { KpiRule } from '../../ssot/kpi.js'
import { acceptedUnits, findKpi, type KpiDef } from './kpis.js'

/** A KPI's measured value for one model, with its bootstrap interval when there is one. */
export interface Measured {
  value: number
  ci?: [number, number]
}

/** Candidate minus baseline, with the paired-bootstrap interval of that difference. */
export interface Comparison {
  baseline: number
  delta: number
  deltaCi?: [number, number]
}

export interface AcceptanceInput {
  rules: KpiRule[]
  /** Variables G1 knows: the target (regression or label) and '' for model-level KPIs. */
  target: string
  targetUnit?: string
  task: 'regression' | 'binary' | 'multiclass'
  /** Values keyed by `kpi|variable`. Missing means the KPI could not be computed, with `reasons`. */
  candidate: Map<string, Measured>
  baseline?: Map<string, Comparison>
  /** Why a KPI could not be computed (e.g. the model has no interval outputs). */
  reasons: Map<string, string>
  hasBaseline: boolean
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
export function resolveRule(rule: KpiRule, target: string, targetUnit: string | undefined, task: AcceptanceInput['task']): { def: KpiDef } | { error: string } {
  const found = findKpi(rule.kpi)
  if (!found) return { error: `G1 cannot compute KPI "${rule.kpi}"; see docs/metrics.md for the KPI names` }
  const { def } = found
  if (!def.tasks.includes(task)) return { error: `KPI "${rule.kpi}" does not apply to a ${task} model (it applies to ${def.tasks.join(', ')})` }
  const modelLevel = def.unit === 'ms' || def.unit === 'rows/s'
  if (!modelLevel && rule.variable !== target) return { error: `KPI "${rule.kpi}" is about variable "${rule.variable}", but the model predicts "${target}"` }
  if (modelLevel && rule.variable !== '') return { error: `KPI "${rule.kpi}" is about the model, not a variable; leave variable empty (found "${rule.variable}")` }
  const units = acceptedUnits(def, targetUnit)
  if (!units.includes(rule.unit)) {
    return { error: `unit "${rule.unit}" does not match KPI "${rule.kpi}" on "${rule.variable || 'the model'}", whose unit is ${units.map((u) => (u === '' ? 'empty' : `"${u}"`)).join(' or ')}` }
  }
  return { def }
}

/**
 * Turns the rules of kpi_acceptance.csv into checks: one value check per rule
 * (the point estimate, or with `bound=ci` the pessimistic end of the
 * interval), plus a change check per change threshold, which is `skipped`
 * with a reason when there is no baseline.
 */
export function judgeRules(input: AcceptanceInput): Check[] {
  const checks: Check[] = []
  for (const rule of input.rules) {
    const source = { file: rule.file, line: rule.line }
    const base = { rule: rule.kpi, variable: rule.variable, unit: rule.unit, severity: rule.severity, source }
    const id = `G1.L${rule.line}.${rule.kpi}${rule.variable ? `.${rule.variable}` : ''}`
    const resolved = resolveRule(rule, input.target, input.targetUnit, input.task)
    if ('error' in resolved) {
      checks.push({ ...base, id, value: null, operator: rule.operator, threshold: rule.threshold, status: 'error', message: resolved.error })
      continue
    }
    const k = key(rule.kpi, rule.variable)
    const measured = input.candidate.get(k)
    if (!measured) {
      checks.push({ ...base, id, value: null, operator: rule.operator, threshold: rule.threshold, status: 'error', message: input.reasons.get(k) ?? `KPI "${rule.kpi}" could not be computed` })
      continue
    }
    const lowerIsBetter = rule.operator === '<' || rule.operator === '<='
    let judged = measured.value
    let note = ''
    if (rule.bound === 'ci') {
      if (!measured.ci) {
        checks.push({ ...base, id, value: measured.value, operator: rule.operator, threshold: rule.threshold, status: 'error', message: `bound=ci needs a bootstrap interval, which KPI "${rule.kpi}" does not have` })
        continue
      }
      judged = lowerIsBetter ? measured.ci[1] : measured.ci[0]
      note = `judged on the ${lowerIsBetter ? 'upper' : 'lower'} end of the ${Math.round(rule.confidence * 100)}% CI`
    }
    const comparison = input.baseline?.get(k)
    checks.push({
      ...base,
      id,
      value: measured.value,
      operator: rule.operator,
      threshold: rule.threshold,
      status: outcome(compare(judged, rule.operator, rule.threshold), rule.severity),
      ...(note || rule.notes ? { message: [note, rule.notes].filter(Boolean).join('; ') } : {}),
      details: {
        ...(measured.ci ? { ci: measured.ci, confidence: rule.confidence } : {}),
        ...(rule.bound === 'ci' ? { judged } : {}),
        ...(comparison ? { baseline: comparison.baseline, delta: comparison.delta, ...(comparison.deltaCi ? { deltaCi: comparison.deltaCi } : {}) } : {}),
      },
    })
    for (const kind of ['abs', 'rel'] as const) {
      const limit = kind === 'abs' ? rule.maxAbsDegradation : rule.maxRelDegradation
      if (limit === undefined) continue
      const changeId = `${id}.${kind}_change`
      const changeBase = { ...base, id: changeId, rule: `${rule.kpi}_${kind}_degradation`, unit: kind === 'abs' ? rule.unit : 'ratio' }
      if (!input.hasBaseline || !comparison) {
        checks.push({
          ...changeBase,
          value: null,
          operator: '<=',
          threshold: limit,
          status: 'skipped',
          message: input.hasBaseline
            ? `the baseline model has no value for ${rule.kpi}`
            : 'no baseline model was given, so this change threshold was not evaluated (give baseline-model, or paths.baseline in ssot/model.json)',
        })
        continue
      }
      // Degradation in the KPI's "worse" direction, from the rule's operator.
      const degradation = lowerIsBetter ? comparison.delta : -comparison.delta
      const value = kind === 'abs' ? degradation : comparison.baseline === 0 ? (degradation > 0 ? Number.POSITIVE_INFINITY : 0) : degradation / Math.abs(comparison.baseline)
      checks.push({
        ...changeBase,
        value: Number.isFinite(value) ? value : null,
        operator: '<=',
        threshold: limit,
        status: outcome(value <= limit, rule.severity),
        message: `${rule.kpi} ${formatSigned(comparison.delta)} against the baseline (${lowerIsBetter ? 'lower' : 'higher'} is better)`,
        details: { candidate: measured.value, baseline: comparison.baseline, delta: comparison.delta, ...(comparison.deltaCi ? { deltaCi: comparison.deltaCi } : {}) },
      })
    }
  }
  return checks
}

function outcome(ok: boolean, severity: 'block' | 'warn'): CheckStatus {
  return ok ? 'pass' : severity === 'warn' ? 'warn' : 'fail'
}

function formatSigned(x: number): string {
  return `${x >= 0 ? '+' : ''}${Number(x.toPrecision(4))}`
}
