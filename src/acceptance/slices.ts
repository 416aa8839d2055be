import { InputError } from '../contract/errors.js'
import type { EvalData, KpiDef } from './kpis.js'

/**
 * Slices: the holdout rows grouped by the values of each slice column
 * (`slices` in ssot/model.json), every KPI computed on each group, and the
 * largest gap between groups (the bias audit).
 *
 * A slice gap is only judged when the KPI has a value on every slice of
 * every slice column: the gap is the largest difference, so a slice without
 * a value could be the one that defines it, and nothing can be said about it.
 * Then the check is an `error` naming each slice that has no value and why
 * (never a gap over the remaining slices). A slice column with a single value
 * in the holdout has no gap to measure, which is an error too.
 */

export interface SliceGroup {
  column: string
  value: string
  rows: Int32Array
}

export interface SliceValue {
  column: string
  value: string
  rows: number
  kpi: number | null
  /** Why the KPI has no value on this slice. */
  error?: string
}

export type SliceGap =
  | { gap: number; column: string; lowest: SliceValue; highest: SliceValue; perSlice: SliceValue[] }
  | { reason: string; perSlice: SliceValue[] }

/** The groups of each slice column, by value in ascending order. */
export function sliceGroups(slices: Map<string, string[]>): Map<string, SliceGroup[]> {
  const out = new Map<string, SliceGroup[]>()
  for (const [column, values] of slices) {
    const rows = new Map<string, number[]>()
    values.forEach((v, i) => (rows.get(v) ?? rows.set(v, []).get(v)!).push(i))
    out.set(
      column,
      [...rows]
        .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
        .map(([value, r]) => ({ column, value, rows: Int32Array.from(r) })),
    )
  }
  return out
}

/** The KPI on each group of one slice column; a group where it is undefined gets the reason instead. */
export function kpiPerSlice(def: KpiDef, d: EvalData, groups: readonly SliceGroup[]): SliceValue[] {
  return groups.map((g) => {
    const base = { column: g.column, value: g.value, rows: g.rows.length }
    try {
      const v = def.compute!(d, g.rows)
      return Number.isFinite(v)
        ? { ...base, kpi: v }
        : { ...base, kpi: null, error: `the value is ${v}` }
    } catch (error) {
      return {
        ...base,
        kpi: null,
        error: error instanceof InputError ? error.problem.message : (error as Error).message,
      }
    }
  })
}

/** The largest difference of a KPI between the slices of any slice column, or why it cannot be judged. */
export function sliceGap(def: KpiDef, d: EvalData, groups: Map<string, SliceGroup[]>): SliceGap {
  if (groups.size === 0)
    return { reason: 'no slice columns: list them in slices in ssot/model.json', perSlice: [] }
  const perSlice: SliceValue[] = []
  const problems: string[] = []
  let best: { gap: number; column: string; lowest: SliceValue; highest: SliceValue } | undefined
  for (const [column, list] of groups) {
    const values = kpiPerSlice(def, d, list)
    perSlice.push(...values)
    if (list.length < 2) {
      problems.push(
        `slice column "${column}" has a single value in the holdout (${JSON.stringify(list[0]?.value ?? '')}), so there is no gap to measure`,
      )
      continue
    }
    const failed = values.filter((v) => v.kpi === null)
    for (const f of failed.slice(0, 5))
      problems.push(`slice ${column}=${JSON.stringify(f.value)} (${f.rows} rows): ${f.error}`)
    if (failed.length > 5) problems.push(`and ${failed.length - 5} more slices of "${column}"`)
    if (failed.length > 0) continue
    let lowest = values[0]!
    let highest = values[0]!
    for (const v of values) {
      if (v.kpi! < lowest.kpi!) lowest = v
      if (v.kpi! > highest.kpi!) highest = v
    }
    const gap = highest.kpi! - lowest.kpi!
    if (!best || gap > best.gap) best = { gap, column, lowest, highest }
  }
  if (problems.length > 0)
    return {
      reason: `${def.name} cannot be judged: it needs a value on every slice, and ${problems.join('; ')}`,
      perSlice,
    }
  return { ...best!, perSlice }
}
