import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import type { Check } from '../../../src/contract/types.js'
import { decideStatus } from '../../../src/engine/outcome.js'
import { evaluateG4, type G4Input } from '../../../src/gates/g4/evaluate.js'
import { coverageOfPeriod } from '../../../src/gates/g4/coverage.js'
import type { ShadowLog } from '../../../src/gates/g4/log.js'
import { parseKpiTable } from '../../../src/ssot/kpi.js'
import { PYTHON, pythonHas } from '../../support/python.js'
import { mulberry32 } from '../../../src/stats/bootstrap.js'
import { resolveRule } from '../../../src/acceptance/rules.js'

const HEADER =
  'gate,kpi,variable,operator,threshold,unit,severity,notes,max_abs_degradation,max_rel_degradation,bound,confidence'

/** G4 rules as kpi_acceptance.csv rows (line 2 onwards). */
function rules(...rows: string[]) {
  const columns = HEADER.split(',')
  return parseKpiTable({
    file: 'ssot/kpi_acceptance.csv',
    header: columns,
    rows: rows.map((r, i) => ({
      line: i + 2,
      values: Object.fromEntries(r.split(',').map((v, k) => [columns[k]!, v])),
    })),
  })
}

/** A regression log: `days` UTC days from 2024-03-01 with `perDay` rows each. */
function regressionLog(
  n: number,
  f: (i: number) => {
    truth?: number
    production: number
    shadow: number
    failed?: boolean
    latency?: number
  },
  dayOf: (i: number) => number,
): ShadowLog {
  const start = Date.UTC(2024, 2, 1) / 86_400_000
  const rows = Array.from({ length: n }, (_, i) => f(i))
  return {
    rows: n,
    day: Int32Array.from(rows, (_, i) => start + dayOf(i)),
    line: Int32Array.from(rows, (_, i) => i + 2),
    failed: Uint8Array.from(rows, (r) => (r.failed ? 1 : 0)),
    variables: [
      {
        name: 'y',
        production: Float64Array.from(rows, (r) => r.production),
        shadow: Float64Array.from(rows, (r) => (r.failed ? Number.NaN : r.shadow)),
        truth: Float64Array.from(rows, (r) => r.truth ?? Number.NaN),
      },
    ],
    shadowLatency: Float64Array.from(rows, (r) => r.latency ?? Number.NaN),
    productionLatency: Float64Array.from(rows, () => 1),
    present: ['shadow_error', 'actual_y'],
    hasErrorColumn: true,
  }
}

function input(log: ShadowLog, kpis: string[], extra: Partial<G4Input> = {}): G4Input {
  return {
    task: 'regression',
    variables: [{ name: 'y', unit: 'kg' }],
    rules: rules(...kpis),
    log,
    days: 7,
    minRowsPerDay: 2,
    configFile: 'ssot/shadow.json',
    resamples: 200,
    seed: 1,
    eceBins: 10,
    ...extra,
  }
}

const find = (checks: Check[], id: string) => {
  const c = checks.find((x) => x.id === id)
  if (!c) throw new Error(`no check ${id} in ${checks.map((x) => x.id).join(', ')}`)
  return c
}

describe('G4 coverage of the period', () => {
  it('counts distinct UTC days with at least the minimum rows, and fails before N days with "3 of 7 days"', () => {
    // Days 0, 1, 2 have 3 rows; day 5 has one row (too few).
    const dayOf = (i: number) => (i < 9 ? Math.floor(i / 3) : 5)
    const log = regressionLog(10, (i) => ({ truth: i, production: i, shadow: i }), dayOf)
    const c = coverageOfPeriod(log, 2)
    expect(c.perDay.map((d) => [d.label, d.rows, d.counts])).toEqual([
      ['2024-03-01', 3, true],
      ['2024-03-02', 3, true],
      ['2024-03-03', 3, true],
      ['2024-03-06', 1, false],
    ])
    const e = evaluateG4(input(log, ['G4,mae,y,<=,1,kg,block,,,,,']))
    const days = find(e.checks, 'G4.coverage.days')
    expect(days).toMatchObject({ value: 3, threshold: 7, status: 'fail', severity: 'block' })
    expect(days.message).toMatch(/^3 of 7 days with at least 2 rows \(UTC\)/)
    expect(days.message).toContain('1 more day had fewer rows')
    expect(days.message).toContain('must run 4 more days')
    expect(decideStatus(e.checks, 0)).toBe('fail')
  })

  it('passes the coverage at N days, even when days are not consecutive', () => {
    const log = regressionLog(
      14,
      (i) => ({ truth: i, production: i, shadow: i }),
      (i) => Math.floor(i / 2) * 3,
    )
    const e = evaluateG4(input(log, ['G4,mae,y,<=,1,kg,block,,,,,']))
    expect(find(e.checks, 'G4.coverage.days')).toMatchObject({ value: 7, status: 'pass' })
    expect(decideStatus(e.checks, 0)).toBe('pass')
  })

  it("never counts days after today (UTC, by the gate's clock)", () => {
    const log = regressionLog(
      14,
      (i) => ({ truth: i, production: i, shadow: i }),
      (i) => Math.floor(i / 2),
    )
    // Today is 2024-03-04: days 5 to 7 of the log are ahead of the clock.
    const today = Date.UTC(2024, 2, 4) / 86_400_000
    const e = evaluateG4(input(log, ['G4,mae,y,<=,1,kg,block,,,,,'], { today }))
    const days = find(e.checks, 'G4.coverage.days')
    expect(days).toMatchObject({ value: 4, status: 'fail' })
    expect(days.message).toContain('3 days are after today (UTC) and never count')
  })
})

describe('G4 KPIs against ground truth and production', () => {
  const random = mulberry32(7)
  const n = 400
  const truth = Array.from({ length: n }, () => random() * 20)
  const noise = Array.from({ length: n }, () => random() - 0.5)

  it('judges the change rule against production on the same rows with a paired bootstrap', () => {
    // The shadow errs 3x more than production: its MAE is far more than 5% worse.
    const log = regressionLog(
      n,
      (i) => ({
        truth: truth[i]!,
        production: truth[i]! + noise[i]!,
        shadow: truth[i]! + 3 * noise[i]!,
      }),
      (i) => i % 10,
    )
    const e = evaluateG4(input(log, ['G4,mae,y,<=,5,kg,block,,,0.05,ci,0.95']))
    const value = find(e.checks, 'G4.L2.mae.y')
    expect(value.status).toBe('pass')
    const change = find(e.checks, 'G4.L2.mae.y.rel_change')
    expect(change.status).toBe('fail')
    expect(change.message).toContain('against production')
    const d = change.details as { candidate: number; baseline: number; deltaCi: [number, number] }
    expect(d.candidate).toBeCloseTo(3 * d.baseline, 10)
    expect(d.deltaCi[0]).toBeGreaterThan(0)
    // The other way round passes.
    const better = regressionLog(
      n,
      (i) => ({
        truth: truth[i]!,
        production: truth[i]! + 3 * noise[i]!,
        shadow: truth[i]! + noise[i]!,
      }),
      (i) => i % 10,
    )
    const ok = evaluateG4(input(better, ['G4,mae,y,<=,5,kg,block,,,0.05,ci,0.95']))
    expect(find(ok.checks, 'G4.L2.mae.y.rel_change').status).toBe('pass')
  })

  it('uses only the rows with ground truth where the shadow served, and fails (not errors) without any', () => {
    const log = regressionLog(
      20,
      (i) => ({
        ...(i % 2 === 0 ? { truth: 10 } : {}),
        production: 10,
        shadow: i === 4 ? 0 : 11,
        failed: i === 2,
      }),
      (i) => i % 10,
    )
    const e = evaluateG4(
      input(log, ['G4,mae,y,<=,2,kg,block,,,,,', 'G4,error_rate,,<=,0.1,ratio,block,,,,,']),
    )
    // Truth rows: 0, 4, 6, ..., 18 minus the failed row 2: 9 rows; MAE (10 + 8 x 1) / 9.
    expect(e.rowsOf.get('mae|y')).toBe(9)
    expect(find(e.checks, 'G4.L2.mae.y').value).toBeCloseTo(18 / 9, 12)
    expect(find(e.checks, 'G4.L3.error_rate')).toMatchObject({ value: 0.05, status: 'pass' })

    const none = regressionLog(
      20,
      () => ({ production: 1, shadow: 1 }),
      (i) => i % 10,
    )
    const f = evaluateG4(
      input(none, ['G4,mae,y,<=,2,kg,block,,,0.05,,', 'G4,mae,y,<=,2,kg,warn,,,,,']),
    )
    const mae = find(f.checks, 'G4.L2.mae.y')
    expect(mae.status).toBe('fail')
    expect(mae.message).toContain('no ground truth yet')
    expect(find(f.checks, 'G4.L3.mae.y').status).toBe('warn')
    expect(decideStatus(f.checks, 0)).toBe('fail')
  })

  it("judges the shadow's interval coverage when only the shadow logs bounds, and skips the change rule saying why", () => {
    const log = regressionLog(
      20,
      (i) => ({ truth: i, production: i, shadow: i }),
      (i) => i % 10,
    )
    log.variables[0]!.shadowLower = Float64Array.from(
      { length: 20 },
      (_, i) => i - (i % 4 ? 1 : -1),
    )
    log.variables[0]!.shadowUpper = Float64Array.from({ length: 20 }, (_, i) => i + 1)
    const e = evaluateG4(input(log, ['G4,coverage,y,>=,0.7,ratio,block,,0.05,,,']))
    expect(find(e.checks, 'G4.L2.coverage.y')).toMatchObject({ value: 0.75, status: 'pass' })
    const change = find(e.checks, 'G4.L2.coverage.y.abs_change')
    expect(change.status).toBe('skipped')
    expect(change.message).toContain('no interval bounds of y for the production model')
    const none = regressionLog(
      20,
      (i) => ({ truth: i, production: i, shadow: i }),
      (i) => i % 10,
    )
    const n = evaluateG4(input(none, ['G4,coverage,y,>=,0.7,ratio,block,,,,,']))
    expect(find(n.checks, 'G4.L2.coverage.y')).toMatchObject({ status: 'error' })
  })

  it('measures agreement and latency from the log, and refuses KPIs G4 does not judge', () => {
    const log = regressionLog(
      10,
      (i) => ({ truth: 0, production: i, shadow: i + (i % 2 ? 1 : -2), latency: i + 1 }),
      (i) => i % 7,
    )
    const e = evaluateG4(
      input(log, [
        'G4,mean_abs_diff,y,<=,1,kg,block,,,,,',
        'G4,latency_p99_ms,,<=,20,ms,block,,,,,',
        'G4,throughput_rows_per_s,,>=,1,rows/s,block,,,,,',
        'G4,slice_gap_mae,y,<=,1,kg,block,,,,,',
      ]),
    )
    expect(find(e.checks, 'G4.L2.mean_abs_diff.y')).toMatchObject({ value: 1.5, status: 'fail' })
    // numpy's linear percentile of 1..10 at 99: 9.91; production's latency is 1.
    const p99 = find(e.checks, 'G4.L3.latency_p99_ms')
    expect(p99.value).toBeCloseTo(9.91, 12)
    expect(p99.details).toMatchObject({ baseline: 1 })
    expect(find(e.checks, 'G4.L4.throughput_rows_per_s').message).toContain('is not judged by G4')
    expect(find(e.checks, 'G4.L5.slice_gap_mae.y').status).toBe('error')
  })

  it('judges classifiers: agreement on every served row, accuracy on the rows with a label', () => {
    const labels = [0, 1, 1, 0, 1, 0, 0, 1]
    const prod = [0, 1, 0, 0, 1, 1, 0, 1]
    const shad = [0, 1, 1, 0, 0, 0, 0, 1]
    const log: ShadowLog = {
      rows: 8,
      day: Int32Array.from(labels, (_, i) => 20_000 + (i % 4)),
      line: Int32Array.from(labels, (_, i) => i + 2),
      failed: new Uint8Array(8),
      variables: [
        {
          name: 'label',
          production: Float64Array.from(prod),
          shadow: Float64Array.from(shad),
          truth: Float64Array.from(labels, (v, i) => (i === 7 ? Number.NaN : v)),
        },
      ],
      present: [],
      hasErrorColumn: false,
    }
    const e = evaluateG4({
      ...input(log, []),
      task: 'binary',
      classes: ['no', 'yes'],
      variables: [{ name: 'label' }],
      rules: rules(
        'G4,agreement,label,>=,0.9,ratio,block,,,,,',
        'G4,accuracy,label,>=,0.8,ratio,block,,0.1,,,',
        'G4,error_rate,,<=,0,ratio,block,,,,,',
      ),
      days: 4,
      minRowsPerDay: 1,
    })
    expect(find(e.checks, 'G4.L2.agreement.label')).toMatchObject({ value: 5 / 8, status: 'fail' })
    // Accuracy on rows 0..6: shadow 6/7, production 5/7.
    expect(find(e.checks, 'G4.L3.accuracy.label').value).toBeCloseTo(6 / 7, 12)
    expect(find(e.checks, 'G4.L3.accuracy.label.abs_change')).toMatchObject({ status: 'pass' })
    expect(
      (find(e.checks, 'G4.L3.accuracy.label.abs_change').details as { baseline: number }).baseline,
    ).toBeCloseTo(5 / 7, 12)
    expect(find(e.checks, 'G4.L4.error_rate')).toMatchObject({ status: 'error' })
    expect(find(e.checks, 'G4.L4.error_rate').message).toContain('no error column')
  })
})

describe('which gate judges a KPI', () => {
  it("keeps the shadow KPIs out of G1, and G1-only KPIs out of G4, with the rule's reason", () => {
    const [agreement, throughput, mae] = rules(
      'G4,mean_abs_diff,y,<=,1,kg,block,,,,,',
      'G4,throughput_rows_per_s,,>=,1,rows/s,block,,,,,',
      'G4,mae,y,<=,1,kg,block,,,,,',
    )
    const vars = [{ name: 'y', unit: 'kg' }]
    expect(resolveRule(agreement!, vars, 'regression', 'G1')).toEqual({
      error: 'KPI "mean_abs_diff" is not judged by G1 (it is a G4 KPI)',
    })
    expect(resolveRule(throughput!, vars, 'regression', 'G4')).toEqual({
      error: 'KPI "throughput_rows_per_s" is not judged by G4 (it is a G1 KPI)',
    })
    expect(resolveRule(mae!, vars, 'regression', 'G4')).toHaveProperty('def')
    expect(resolveRule(mae!, vars, 'regression', 'G1')).toHaveProperty('def')
  })
})

const HAS_SKLEARN = pythonHas(['numpy', 'sklearn'], 'the G4 parity test')

describe.runIf(HAS_SKLEARN)('G4 shadow KPIs equal numpy and scikit-learn', () => {
  it('mean_abs_diff, agreement and latency percentiles on randomized logs', () => {
    const random = mulberry32(2024)
    const cases = Array.from({ length: 5 }, (_, c) => {
      const n = 50 + Math.floor(random() * 500)
      return {
        a: Array.from({ length: n }, () => (random() - 0.5) * 10 ** (c % 3)),
        b: Array.from({ length: n }, () => (random() - 0.5) * 10 ** (c % 3)),
        la: Array.from({ length: n }, () => Math.floor(random() * 3)),
        lb: Array.from({ length: n }, () => Math.floor(random() * 3)),
        ms: Array.from({ length: n }, () => random() * 50),
      }
    })
    const script = `
import json, sys, numpy as np
from sklearn.metrics import accuracy_score, mean_absolute_error
out = []
for c in json.load(sys.stdin):
    out.append([mean_absolute_error(c['a'], c['b']), accuracy_score(c['la'], c['lb']),
                float(np.percentile(c['ms'], 99)), float(np.percentile(c['ms'], 50))])
print(json.dumps(out))
`
    const r = spawnSync(PYTHON, ['-c', script], { input: JSON.stringify(cases), encoding: 'utf8' })
    expect(r.status, r.stderr).toBe(0)
    const ref = JSON.parse(r.stdout) as number[][]
    cases.forEach((c, k) => {
      const n = c.a.length
      const reg = regressionLog(
        n,
        (i) => ({ production: c.a[i]!, shadow: c.b[i]!, latency: c.ms[i]! }),
        (i) => i % 7,
      )
      const e = evaluateG4(
        input(
          reg,
          [
            'G4,mean_abs_diff,y,<=,1e9,kg,block,,,,,',
            'G4,latency_p99_ms,,<=,1e9,ms,block,,,,,',
            'G4,latency_p50_ms,,<=,1e9,ms,block,,,,,',
          ],
          { resamples: 0 },
        ),
      )
      expect(find(e.checks, 'G4.L2.mean_abs_diff.y').value as number).toBeCloseTo(ref[k]![0]!, 9)
      expect(
        Math.abs((find(e.checks, 'G4.L3.latency_p99_ms').value as number) - ref[k]![2]!),
      ).toBeLessThan(1e-9)
      expect(
        Math.abs((find(e.checks, 'G4.L4.latency_p50_ms').value as number) - ref[k]![3]!),
      ).toBeLessThan(1e-9)
      const cls: ShadowLog = {
        ...reg,
        variables: [
          { name: 'label', production: Float64Array.from(c.la), shadow: Float64Array.from(c.lb) },
        ],
      }
      const ec = evaluateG4({
        ...input(cls, [], { resamples: 0 }),
        task: 'multiclass',
        classes: ['a', 'b', 'c'],
        variables: [{ name: 'label' }],
        rules: rules('G4,agreement,label,>=,0,ratio,block,,,,,'),
      })
      expect(
        Math.abs((find(ec.checks, 'G4.L2.agreement.label').value as number) - ref[k]![1]!),
      ).toBeLessThan(1e-12)
    })
  })
})
