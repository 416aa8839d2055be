import type { Comparison, Measured } from '../../acceptance/rules.js'
import type { EvalData, KpiDef } from '../../acceptance/kpis.js'
import { sliceGap, type sliceGroups } from '../../acceptance/slices.js'
import { forEachResample } from '../../stats/bootstrap.js'
import type { G1Input } from './input.js'

/** What G1 measures KPI by KPI (keyed by `kpi|variable`), filled in by evaluateG1 and the measures here. */
export interface Measures {
  candidate: Map<string, Measured>
  baseline: Map<string, Comparison>
  /** Why the candidate has no value for a KPI. */
  reasons: Map<string, string>
  /** Why the baseline has no value for a KPI. */
  baselineReasons: Map<string, string>
  sliceGaps: Map<string, ReturnType<typeof sliceGap>>
}

/** A KPI on the candidate model and, when it has one, the baseline model, to be bootstrapped together. */
export interface Bootstrapped {
  k: string
  def: KpiDef
  c: EvalData
  b?: EvalData
}

/** A slice-gap KPI `k` (the largest gap of `def` between the slices in `groups`) on the candidate model `c` and the baseline `b`. */
export function measureSliceGap(
  k: string,
  def: KpiDef,
  c: EvalData,
  b: EvalData | undefined,
  groups: ReturnType<typeof sliceGroups>,
  out: Measures,
): void {
  const missing = missingOutputs(def, c, 'candidate model')
  if (missing) {
    out.reasons.set(k, missing)
    return
  }
  const gap = sliceGap(def, c, groups)
  out.sliceGaps.set(k, gap)
  if ('reason' in gap) {
    out.reasons.set(k, gap.reason)
    return
  }
  const fmt = (s: { value: string; kpi: number | null }) =>
    `${JSON.stringify(s.value)} ${Number(s.kpi!.toPrecision(4))}`
  out.candidate.set(k, {
    value: gap.gap,
    note: `largest gap in ${gap.column}: ${fmt(gap.lowest)} (lowest) vs ${fmt(gap.highest)} (highest)`,
    details: {
      sliceColumn: gap.column,
      lowest: { value: gap.lowest.value, kpi: gap.lowest.kpi, rows: gap.lowest.rows },
      highest: { value: gap.highest.value, kpi: gap.highest.kpi, rows: gap.highest.rows },
      slices: gap.perSlice.map((s) => ({
        column: s.column,
        value: s.value,
        rows: s.rows,
        kpi: s.kpi,
      })),
    },
  })
  if (b) {
    const bm = missingOutputs(def, b, 'baseline model')
    const bg = bm ? { reason: bm } : sliceGap(def, b, groups)
    if ('gap' in bg) out.baseline.set(k, { baseline: bg.gap, delta: gap.gap - bg.gap })
    else out.baselineReasons.set(k, bg.reason)
  }
}

/**
 * Paired bootstrap: every KPI of both models on the same resamples; a
 * resample where a KPI is undefined gives NaN, counted later. The
 * replicates go into the candidate's measures and the baseline comparisons.
 */
export function pairedBootstrap(
  input: Pick<G1Input, 'rows' | 'resamples' | 'seed'>,
  bootstrapped: Bootstrapped[],
  out: Pick<Measures, 'candidate' | 'baseline'>,
): void {
  if (input.resamples === 0 || bootstrapped.length === 0) return
  const samples = new Map(
    bootstrapped.map(({ k, b }) => [
      k,
      {
        c: new Float64Array(input.resamples),
        d: b ? new Float64Array(input.resamples) : undefined,
      },
    ]),
  )
  forEachResample(input.rows, input.resamples, input.seed, (idx, r) => {
    for (const { k, def, c, b } of bootstrapped) {
      const s = samples.get(k)!
      const cv = safe(() => def.compute!(c, idx))
      s.c[r] = cv
      if (s.d) s.d[r] = cv - safe(() => def.compute!(b!, idx))
    }
  })
  for (const { k } of bootstrapped) {
    const s = samples.get(k)!
    out.candidate.get(k)!.samples = s.c
    const cmp = out.baseline.get(k)
    if (cmp && s.d) cmp.samples = s.d
  }
}

/** Why a model cannot give KPI `def` (it lacks the interval or probability outputs it needs), or undefined. */
export function missingOutputs(def: KpiDef, d: EvalData, who: string): string | undefined {
  if (def.needs === 'intervals' && (!d.lower || !d.upper))
    return `the ${who} has no prediction-interval outputs for this variable (outputs.lower and outputs.upper, or lower and upper of the target, in ssot/model.json)`
  if (def.needs === 'probabilities' && !d.probabilities)
    return `the ${who} has no probabilities output (outputs.probabilities in ssot/model.json)`
  return undefined
}

/** A bootstrap replicate: NaN where the KPI is undefined on the resample. */
function safe(f: () => number): number {
  try {
    return f()
  } catch {
    return Number.NaN
  }
}
