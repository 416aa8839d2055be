import { describe, expect, it } from 'vitest'
import {
  CLASSIFIER,
  errorText,
  expectError,
  find,
  fixtureText,
  g1,
  table,
  templateWorkspace,
  tensorWorkspace,
} from './workspace.js'

/** The linear fixture with a slice column "group". */
const linear = (kpis: string, holdout: string) =>
  tensorWorkspace('linear_tensor.onnx', { slices: ['group'] }, kpis, holdout)
const LINEAR =
  'x0,x1,x2,y,group\n1,0,0,1.5,a\n0,1,0,2.75,a\n0,0,1,3.5,b\n2,2,2,12.25,b\n1,1,1,6.5,b\n'

/** The binary fixture with a slice column "site"; rows per site as [x0, x1, label]. */
function binary(kpis: string, sites: Record<string, [number, number, string][]>) {
  const rows = Object.entries(sites).flatMap(([site, list]) =>
    list.map(([a, b, l]) => `${a},${b},${l},${site}`),
  )
  return tensorWorkspace(
    'clf_tensor.onnx',
    CLASSIFIER(['no', 'yes'], { slices: ['site'] }),
    kpis,
    `x0,x1,label,site\n${rows.join('\n')}\n`,
  )
}
const mixed: [number, number, string][] = [
  [1, 1, 'yes'],
  [-1, -1, 'no'],
  [0.2, -0.1, 'no'],
  [-0.3, 0.5, 'yes'],
]

describe('G1 slice gaps that cannot be computed are errors, never a gap of 0', () => {
  it('slice_gap_coverage on a model without interval outputs: error naming the CSV line and why', async () => {
    const e = await expectError(
      linear('G1,mae,y,<=,10,,block,,,,,\nG1,slice_gap_coverage,y,<=,0.01,,block,,,,,', LINEAR),
      /ssot\/kpi_acceptance.csv:3: the candidate model has no prediction-interval outputs/,
    )
    expect(find(e, 'G1.L3.slice_gap_coverage.y')).toMatchObject({
      status: 'error',
      value: null,
      source: { line: 3 },
    })
  })

  it('slice_gap_roc_auc where every slice holds one class: error naming each slice', async () => {
    const e = await expectError(
      binary('G1,slice_gap_roc_auc,label,<=,0.1,ratio,block,,,,,', {
        A: [
          [1, 1, 'yes'],
          [2, 1, 'yes'],
        ],
        B: [
          [-1, -1, 'no'],
          [-2, 0, 'no'],
        ],
      }),
      /kpi_acceptance.csv:2: slice_gap_roc_auc cannot be judged: it needs a value on every slice, and slice site="A" \(2 rows\): ROC AUC is undefined: the labels contain a single class.*slice site="B" \(2 rows\)/,
    )
    expect(find(e, 'G1.L2.slice_gap_roc_auc.label').value).toBeNull()
  })

  it('when only some slices have a value, the check is an error that names just those slices (no gap over the rest)', async () => {
    const e = await expectError(
      binary('G1,slice_gap_roc_auc,label,<=,0.5,ratio,block,,,,,', {
        A: mixed,
        B: mixed,
        C: [[1, 1, 'yes']],
      }),
      /slice site="C" \(1 rows\): ROC AUC is undefined/,
    )
    const text = errorText(e)
    expect(text).not.toMatch(/site="A"|site="B"/)
    // The per-slice table still shows the slices that have a value, and says why C has none.
    const t = table(e, 'Slices by site: label')
    expect(t.columns).toEqual(
      expect.arrayContaining(['roc_auc', 'accuracy', 'f1', 'log_loss', 'not computed']),
    )
    const c = t.rows.find((r) => r[0] === 'C')!
    expect(c[t.columns.indexOf('roc_auc')]).toBeNull()
    expect(String(c.at(-1))).toMatch(/roc_auc: ROC AUC is undefined/)
    expect(t.rows.find((r) => r[0] === 'A')![t.columns.indexOf('roc_auc')]).toEqual(
      expect.any(Number),
    )
  })

  it('a slice column with one value in the holdout has no gap to measure: error', () =>
    expectError(
      linear('G1,slice_gap_mae,y,<=,1,,block,,,,,', LINEAR.replace(/,b\n/g, ',a\n')),
      /slice column "group" has a single value in the holdout \("a"\), so there is no gap to measure/,
    ))

  it('no slice columns: error', () =>
    expectError(
      tensorWorkspace(
        'linear_tensor.onnx',
        {},
        'G1,slice_gap_mae,y,<=,1,,block,,,,,',
        'x0,x1,x2,y\n1,0,0,1.5\n',
      ),
      /no slice columns/,
    ))
})

describe('G1 shows every metric per slice, and the slices behind each gap', () => {
  it('the template: per-slice values of every reported KPI, and the gap equals highest minus lowest', async () => {
    const e = await g1(templateWorkspace())
    const gap = find(e, 'G1.L8.slice_gap_mae.temp_max')
    const d = gap.details as {
      sliceColumn: string
      lowest: { value: string; kpi: number }
      highest: { value: string; kpi: number }
      slices: { value: string; kpi: number; rows: number }[]
    }
    expect(d.sliceColumn).toBe('location')
    expect(d.slices.map((s) => s.value)).toEqual(['New York', 'Seattle'])
    expect(gap.value as number).toBeCloseTo(d.highest.kpi - d.lowest.kpi, 12)
    expect(gap.message).toMatch(
      /largest gap in location: "New York" [\d.]+ \(lowest\) vs "Seattle" [\d.]+ \(highest\)/,
    )
    const t = table(e, 'Slices by location')
    expect(t.columns).toEqual([
      'location',
      'rows',
      'mae',
      'rmse',
      'mape',
      'r2',
      'bias',
      'max_error',
      'coverage',
      'interval_width',
      'abs_bias',
      'not computed',
    ])
    const maeCol = t.columns.indexOf('mae')
    expect(t.rows.map((r) => r[maeCol])).toEqual(d.slices.map((s) => s.kpi))
    const gaps = table(e, /^Slice gaps/)
    expect(gaps.rows[0]).toEqual([
      'slice_gap_mae',
      'temp_max',
      gap.value,
      'location',
      d.lowest.value,
      d.lowest.kpi,
      d.highest.value,
      d.highest.kpi,
      '',
    ])
  })

  it('a classifier: the slice table carries the classification KPIs and the gap names its slices', async () => {
    const sites: Record<string, [number, number, string][]> = {}
    fixtureText('clf_holdout.csv')
      .trim()
      .split('\n')
      .slice(1)
      .forEach((line, i) => {
        const [a, b, l] = line.split(',')
        ;(sites[i % 3 === 0 ? 'north' : 'south'] ??= []).push([Number(a), Number(b), l!])
      })
    const e = await g1(
      binary(
        'G1,slice_gap_f1,label,<=,0.5,ratio,block,,,,,\nG1,slice_gap_roc_auc,label,<=,0.5,ratio,block,,,,,',
        sites,
      ),
    )
    expect(e.status, errorText(e)).toBe('pass')
    const t = table(e, 'Slices by site: label')
    expect(t.columns.slice(0, 4)).toEqual(['site', 'rows', 'accuracy', 'balanced_accuracy'])
    expect(t.rows.map((r) => r[1])).toEqual([67, 133])
    const f1 = find(e, 'G1.L2.slice_gap_f1.label')
    const col = t.columns.indexOf('f1')
    const values = t.rows.map((r) => r[col] as number)
    expect(f1.value as number).toBeCloseTo(Math.max(...values) - Math.min(...values), 12)
  })
})
