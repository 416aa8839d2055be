import type { Check, CheckStatus } from '../contract/types.js'
import type { KpiRule } from '../ssot/kpi.js'
import type { BootstrapInterval } from '../stats/bootstrap.js'

/** What a rule's change checks need to know, from judgeRules (rules.ts). */
export interface ChangeInput {
  rule: KpiRule
  /** The id of the rule's value check; the change checks append `.abs_change` and `.rel_change`. */
  id: string
  /** The rule's file and line, for error messages. */
  at: string
  base: Pick<Check, 'rule' | 'variable' | 'unit' | 'severity' | 'source'>
  lowerIsBetter: boolean
  candidate: number
  comparison: { baseline: number; delta: number } | undefined
  /** The paired-bootstrap interval of candidate − baseline at the rule's confidence. */
  deltaInterval: BootstrapInterval | undefined
  deltaCi: [number, number] | undefined
  hasBaseline: boolean
  /** Why the baseline model has no value for the KPI. */
  baselineWhy: string | undefined
  /** What the candidate is compared with, in words: "the baseline" (G1), "production" (G4). */
  baselineName: string
  resamples: number
}

/**
 * The change checks of one rule: one per change threshold it sets
 * (max_abs_degradation, max_rel_degradation), judged on the degradation
 * against the baseline (with `bound=ci`, the pessimistic end of the
 * interval of the delta), `skipped` with a reason when there is no baseline.
 */
export function changeChecks(c: ChangeInput): Check[] {
  const checks: Check[] = []
  const { comparison } = c
  for (const kind of ['abs', 'rel'] as const) {
    const limit = kind === 'abs' ? c.rule.maxAbsDegradation : c.rule.maxRelDegradation
    if (limit === undefined) continue
    const changeId = `${c.id}.${kind}_change`
    const changeBase = {
      ...c.base,
      id: changeId,
      rule: `${c.rule.kpi}_${kind}_degradation`,
      unit: kind === 'abs' ? c.rule.unit : 'ratio',
    }
    if (!c.hasBaseline || !comparison) {
      const why = c.baselineWhy
      checks.push({
        ...changeBase,
        value: null,
        operator: '<=',
        threshold: limit,
        status: 'skipped',
        message: c.hasBaseline
          ? `${c.baselineName} model has no value for ${c.rule.kpi}${why ? `: ${why}` : ''}`
          : 'no baseline model was given, so this change threshold was not evaluated (give baseline-model, or paths.baseline in ssot/model.json)',
      })
      continue
    }
    // Degradation in the KPI's "worse" direction, from the rule's operator.
    const degradation = (delta: number) => (c.lowerIsBetter ? delta : -delta)
    const relative = (d: number) =>
      kind === 'abs'
        ? d
        : comparison.baseline === 0
          ? d > 0
            ? Number.POSITIVE_INFINITY
            : 0
          : d / Math.abs(comparison.baseline)
    const value = relative(degradation(comparison.delta))
    let judgedChange = value
    const changeNotes = [
      `${c.rule.kpi} ${formatSigned(comparison.delta)} against ${c.baselineName} (${c.lowerIsBetter ? 'lower' : 'higher'} is better)`,
    ]
    if (c.rule.bound === 'ci') {
      if (!c.deltaCi) {
        const why =
          c.deltaInterval && 'reason' in c.deltaInterval
            ? c.deltaInterval.reason
            : c.resamples === 0
              ? 'the bootstrap is off (bootstrap=0)'
              : 'the delta has no bootstrap interval'
        checks.push({
          ...changeBase,
          value: Number.isFinite(value) ? value : null,
          operator: '<=',
          threshold: limit,
          status: 'error',
          message: `${c.at}: bound=ci needs a bootstrap interval of the delta: ${why}`,
        })
        continue
      }
      // The worst degradation inside the interval: its upper end for lower-is-better KPIs, its lower end otherwise.
      judgedChange = relative(degradation(c.lowerIsBetter ? c.deltaCi[1] : c.deltaCi[0]))
      changeNotes.push(
        `judged on the pessimistic end of the ${percent(c.rule.confidence)} CI of the delta`,
      )
    }
    if (c.deltaInterval)
      changeNotes.push(...describeDropped(`the ${c.rule.kpi} delta`, c.deltaInterval))
    checks.push({
      ...changeBase,
      value: Number.isFinite(value) ? value : null,
      operator: '<=',
      threshold: limit,
      status: outcome(judgedChange <= limit, c.rule.severity),
      message: changeNotes.join('; '),
      details: {
        candidate: c.candidate,
        baseline: comparison.baseline,
        delta: comparison.delta,
        ...(c.deltaCi ? { deltaCi: c.deltaCi, confidence: c.rule.confidence } : {}),
        ...(c.rule.bound === 'ci'
          ? { judged: Number.isFinite(judgedChange) ? judgedChange : null }
          : {}),
      },
    })
  }
  return checks
}

export function describeDropped(what: string, r: BootstrapInterval): string[] {
  if (r.dropped === 0) return []
  if ('reason' in r) return [r.reason]
  return [
    `${r.dropped} of ${r.total} bootstrap resamples had no ${what} value and were left out of the interval`,
  ]
}

export function percent(confidence: number): string {
  return `${Number((confidence * 100).toPrecision(4))}%`
}

export function outcome(ok: boolean, severity: 'block' | 'warn'): CheckStatus {
  return ok ? 'pass' : severity === 'warn' ? 'warn' : 'fail'
}

function formatSigned(x: number): string {
  return `${x >= 0 ? '+' : ''}${Number(x.toPrecision(4))}`
}
