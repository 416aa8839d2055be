import type { ExtraTable } from '../../report/format.js'
import type { Chart } from '../../report/svg-charts.js'
import { findKpi } from '../../acceptance/kpis.js'
import { bootstrapInterval } from '../../stats/bootstrap.js'
import { quantile } from '../../stats/quantile.js'
import type { G4Evaluation, G4Input, RowSet } from './evaluate.js'

const CONFIDENCE = 0.95

/** Per day and variable: the agreement KPI on the rows served that day, and both models' truth KPI on the rows with ground truth. */
const DAILY = {
  regression: {
    agreement: 'mean_abs_diff',
    truth: 'mae',
    agreementLabel: 'mean |shadow − production|',
  },
  classification: { agreement: 'agreement', truth: 'accuracy', agreementLabel: 'agreement' },
} as const

/**
 * The G4 report: the shadow period (days, rows, errors, ground truth), every
 * measured KPI of the shadow against production on the same rows (with the
 * 95% paired-bootstrap interval of the difference), a per-day table and a
 * per-day chart, so a person sees whether the shadow got worse over the period.
 */
export function buildG4Report(input: G4Input, e: G4Evaluation): Record<string, unknown> {
  const tables: ExtraTable[] = []
  const { log } = input
  let failed = 0
  for (const f of log.failed) failed += f
  const truthRows = Object.fromEntries([...e.truth].map(([v, s]) => [v, s.rows.length]))
  tables.push({
    title: 'Shadow period',
    columns: ['item', 'value'],
    rows: [
      ['days required (N, UTC)', input.days],
      ['rows a day needs to count', input.minRowsPerDay],
      ['days that count', e.coverage.qualifying],
      ['days with fewer rows', e.coverage.shortDays],
      ['days after today (never count)', e.coverage.futureDays],
      ['first day', e.coverage.first ?? null],
      ['last day', e.coverage.last ?? null],
      ['rows', log.rows],
      ['rows where the shadow failed', failed],
      ...Object.entries(truthRows).map(([v, n]): [string, number] => [
        `rows with ground truth of ${v} (shadow served)`,
        n,
      ]),
      ['optional columns found', log.present.join(', ') || 'none'],
    ],
  })
  const kpiRows = [...e.shadow].map(([k, m]) => {
    const [kpi, variable] = k.split('|') as [string, string]
    const p = e.production.get(k)
    const dci = p?.samples ? bootstrapInterval(p.samples, CONFIDENCE) : undefined
    return [
      kpi,
      variable || null,
      e.rowsOf.get(k) ?? null,
      m.value,
      p?.baseline ?? null,
      p?.delta ?? null,
      dci && 'ci' in dci ? `[${fmt(dci.ci[0])}, ${fmt(dci.ci[1])}]` : null,
    ]
  })
  if (kpiRows.length > 0)
    tables.push({
      title: 'Shadow against production (same rows)',
      columns: [
        'kpi',
        'variable',
        'rows',
        'shadow',
        'production',
        'difference',
        '95% CI of the difference',
      ],
      rows: kpiRows,
    })
  if (e.reasons.size > 0)
    tables.push({
      title: 'Not measured',
      columns: ['kpi', 'variable', 'why'],
      rows: [...e.reasons].map(([k, why]) => {
        const [kpi, variable] = k.split('|') as [string, string]
        return [kpi, variable || null, why]
      }),
    })
  const daily = dailyTable(input, e)
  tables.push(daily.table)
  return {
    period: {
      days: input.days,
      minRowsPerDay: input.minRowsPerDay,
      qualifyingDays: e.coverage.qualifying,
      first: e.coverage.first ?? null,
      last: e.coverage.last ?? null,
      rows: log.rows,
      failedRows: failed,
      truthRows,
    },
    perDay: daily.perDay,
    tables,
    charts: daily.charts,
  }
}

function dailyTable(input: G4Input, e: G4Evaluation) {
  const kind = DAILY[input.task === 'regression' ? 'regression' : 'classification']
  const agreement = findKpi(kind.agreement)!.def
  const truthKpi = findKpi(kind.truth)!.def
  const days = e.coverage.perDay
  const index = new Map(days.map((d, i) => [d.day, i]))
  const groups = (set: RowSet) => {
    const lists: number[][] = days.map(() => [])
    for (const r of set.rows) lists[index.get(input.log.day[r]!)!]!.push(r)
    return lists.map((l) => Int32Array.from(l))
  }
  const latency = (values: Float64Array | undefined) => {
    if (!values) return days.map(() => null)
    const lists: number[][] = days.map(() => [])
    for (let i = 0; i < input.log.rows; i++)
      if (Number.isFinite(values[i])) lists[index.get(input.log.day[i]!)!]!.push(values[i]!)
    return lists.map((l) => (l.length ? quantile(Float64Array.from(l), 0.99) : null))
  }
  const at = (f: () => number) => {
    try {
      const v = f()
      return Number.isFinite(v) ? v : null
    } catch {
      return null
    }
  }
  const perVariable = input.variables.map((v) => {
    const served = e.served.get(v.name)!
    const truth = e.truth.get(v.name)!
    const sg = groups(served)
    const tg = groups(truth)
    return {
      name: v.name,
      unit: v.unit,
      agreement: sg.map((g) => (g.length ? at(() => agreement.compute!(served.shadow, g)) : null)),
      truthRows: tg.map((g) => g.length),
      shadow: tg.map((g) => (g.length ? at(() => truthKpi.compute!(truth.shadow, g)) : null)),
      production: tg.map((g) =>
        g.length ? at(() => truthKpi.compute!(truth.production, g)) : null,
      ),
    }
  })
  const shadowP99 = latency(input.log.shadowLatency)
  const productionP99 = latency(input.log.productionLatency)
  const several = perVariable.length > 1
  const columns = ['day', 'rows', 'counts towards N', 'shadow errors']
  for (const v of perVariable) {
    const s = several ? ` ${v.name}` : ''
    columns.push(
      `${kind.agreementLabel}${s}`,
      `rows with truth${s}`,
      `shadow ${kind.truth}${s}`,
      `production ${kind.truth}${s}`,
    )
  }
  columns.push('shadow latency p99 ms', 'production latency p99 ms')
  const rows = days.map((d, i) => {
    const row: (string | number | null)[] = [
      d.label,
      d.rows,
      d.counts ? 'yes' : d.future ? 'no: after today' : 'no',
      d.failed,
    ]
    for (const v of perVariable)
      row.push(v.agreement[i]!, v.truthRows[i]!, v.shadow[i]!, v.production[i]!)
    row.push(shadowP99[i]!, productionP99[i]!)
    return row
  })
  const perDay = days.map((d, i) => ({
    day: d.label,
    rows: d.rows,
    counts: d.counts,
    failed: d.failed,
    variables: Object.fromEntries(
      perVariable.map((v) => [
        v.name,
        {
          [kind.agreement]: v.agreement[i],
          truthRows: v.truthRows[i],
          shadow: v.shadow[i],
          production: v.production[i],
        },
      ]),
    ),
    shadowLatencyP99: shadowP99[i],
    productionLatencyP99: productionP99[i],
  }))
  const first = days[0]?.day ?? 0
  const x = (i: number) => days[i]!.day - first + 1
  const series = (name: string, values: (number | null)[]) => ({
    name,
    points: values.flatMap((v, i): [number, number][] => (v === null ? [] : [[x(i), v]])),
  })
  const charts: Chart[] = perVariable.map((v) => ({
    id: `shadow-daily-${v.name}`,
    title: `Per day${several ? `: ${v.name}` : ''}: shadow and production ${truthKpi.name} against ground truth, and ${kind.agreementLabel}`,
    kind: 'line',
    xLabel: `day of the shadow period (1 = ${days[0]?.label ?? '-'}, UTC)`,
    yLabel: `${truthKpi.name}${truthKpi.unit === 'target' && v.unit ? ` (${v.unit})` : ''}`,
    series: [
      series(`shadow ${truthKpi.name}`, v.shadow),
      series(`production ${truthKpi.name}`, v.production),
      series(kind.agreementLabel, v.agreement),
    ],
  }))
  return {
    table: { title: 'Per day (UTC)', columns, rows } satisfies ExtraTable,
    perDay,
    charts,
  }
}

function fmt(x: number): string {
  return String(Number(x.toPrecision(4)))
}
