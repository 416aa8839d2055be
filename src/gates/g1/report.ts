import type { ExtraTable } from '../../report/format.js'
import type { Chart } from '../../report/svg-charts.js'
import type { Comparison, Measured } from '../../acceptance/rules.js'
import { bootstrapInterval, MAX_DROPPED_SHARE } from '../../stats/bootstrap.js'
import type { G1Input } from './input.js'
import { findKpi, type EvalData, type KpiDef } from '../../acceptance/kpis.js'
import { calibrationCurve, confusionMatrix } from '../../metrics/index.js'
import { operationalKpis } from '../../acceptance/operations.js'
import { kpiPerSlice, type SliceGap, type SliceGroup } from '../../acceptance/slices.js'
import { groupDigits } from '../../contract/digits.js'

/** The confidence of the intervals in the report's tables (each check carries its own rule's). */
export const REPORT_CONFIDENCE = 0.95

export interface ReportInput {
  input: G1Input
  cand: Map<string, EvalData>
  candidate: Map<string, Measured>
  baseline: Map<string, Comparison>
  reasons: Map<string, string>
  groups: Map<string, SliceGroup[]>
  wanted: Map<string, { def: KpiDef; sliceGap: boolean; variable: string }>
  sliceGaps: Map<string, SliceGap>
}

const split = (k: string) => k.split('|') as [string, string]

/**
 * The G1 report payload: metrics with 95% intervals and baseline deltas, what
 * could not be computed and why, the slices (every KPI per slice, and which
 * slices define each gap), the confusion matrix, and how latency, throughput
 * and the bootstrap were measured. Everything a human reads is a table in
 * `tables`, which the markdown and HTML reports render.
 */
export function buildReport(r: ReportInput): Record<string, unknown> {
  const { input, candidate, baseline, reasons } = r
  const metrics: Record<string, unknown> = {}
  const tables: ExtraTable[] = []
  const dropped: Record<string, number> = {}
  const rows = [...candidate].map(([k, m]) => {
    const [kpi, variable] = split(k)
    const b = baseline.get(k)
    const ci = m.samples ? bootstrapInterval(m.samples, REPORT_CONFIDENCE) : undefined
    const dci = b?.samples ? bootstrapInterval(b.samples, REPORT_CONFIDENCE) : undefined
    if (ci && ci.dropped > 0) dropped[k.replace('|', ':')] = ci.dropped
    metrics[k.replace('|', ':')] = {
      value: m.value,
      ...(ci && 'ci' in ci ? { ci: ci.ci } : {}),
      ...(ci && ci.dropped > 0 ? { droppedResamples: ci.dropped } : {}),
    }
    const notes = [
      m.note,
      ci && ci.dropped > 0
        ? 'reason' in ci
          ? ci.reason
          : `${ci.dropped} of ${ci.total} resamples without a value left out`
        : undefined,
    ].filter(Boolean)
    return [
      kpi,
      variable,
      m.value,
      ci && 'ci' in ci ? ci.ci[0] : null,
      ci && 'ci' in ci ? ci.ci[1] : null,
      b?.baseline ?? null,
      b?.delta ?? null,
      dci && 'ci' in dci ? dci.ci[0] : null,
      dci && 'ci' in dci ? dci.ci[1] : null,
      notes.join('; '),
    ]
  })
  tables.push({
    title: 'Metrics on the holdout',
    columns: [
      'kpi',
      'variable',
      'candidate',
      '95% CI low',
      '95% CI high',
      'baseline',
      'delta',
      'delta 95% CI low',
      'delta 95% CI high',
      'note',
    ],
    rows,
  })
  if (reasons.size > 0)
    tables.push({
      title: 'Not computed',
      columns: ['kpi', 'variable', 'reason'],
      rows: [...reasons].map(([k, reason]) => [...split(k), reason]),
    })
  tables.push(...sliceTables(r))
  if (input.task !== 'regression') {
    const d = r.cand.get(input.variables[0]!.name)!
    const names = input.classes ?? []
    const cm = confusionMatrix(d.labels, d.predictedClass, names.length, undefined, d.weights)
    const weighted = input.weights
      ? `, summed sample weights of column ${JSON.stringify(input.weights.column)}`
      : ''
    tables.push({
      title: `Confusion matrix${weighted} (rows: actual, columns: predicted)`,
      columns: ['actual \\ predicted', ...names],
      rows: cm.map((row, c) => [names[c] ?? String(c), ...row]),
    })
  }
  const weights = input.weights ? weightSummary(input.weights) : null
  tables.push(methodTable(input, dropped, weights))

  const ops = input.operations?.candidate
  const measured = ops ? operationalKpis(ops) : undefined
  return {
    task: input.task,
    rows: input.rows,
    variables: input.variables.map((v) => v.name),
    metrics,
    sampleWeights: weights,
    bootstrap: {
      method: `paired percentile bootstrap (mulberry32 stream)${input.weights ? '; each resampled row carries its sample weight' : ''}`,
      resamples: input.resamples,
      seed: input.seed,
      tableConfidence: REPORT_CONFIDENCE,
      maxDroppedShare: MAX_DROPPED_SHARE,
      droppedResamples: dropped,
    },
    ...(ops && measured
      ? {
          operations: {
            method: latencyMethod(ops),
            throughputMethod: throughputMethod(ops),
            latencyMs: {
              p50: measured.latency_p50_ms,
              p95: measured.latency_p95_ms,
              p99: measured.latency_p99_ms,
              calls: ops.latencyMs.length,
              warmup: ops.warmup,
            },
            throughputRowsPerSecond: measured.throughput_rows_per_s,
            throughputBatchRows: ops.throughput.batchRows,
            intraOpThreads: ops.intraOpThreads,
            logicalCpus: ops.logicalCpus,
          },
        }
      : {}),
    tables,
    charts: charts(input, r.cand),
  }
}

/** What the evidence says about the sample weights: the column, the total weight and the rows that weigh 0. */
type WeightSummary = {
  column: string
  totalWeight: number
  zeroWeightRows: number
  unweighted: string[]
}

function weightSummary(weights: NonNullable<G1Input['weights']>): WeightSummary {
  let total = 0
  let zeros = 0
  for (const v of weights.values) {
    total += v
    if (v === 0) zeros++
  }
  return {
    column: weights.column,
    totalWeight: total,
    zeroWeightRows: zeros,
    unweighted: ['max_error', 'latency', 'throughput'],
  }
}

function latencyMethod(ops: NonNullable<G1Input['operations']>['candidate']): string {
  return `${ops.warmup} untimed warm-up calls, then ${ops.latencyMs.length} timed InferenceSession.run calls with a batch of 1 row each, cycling through the holdout rows, timed with performance.now() around run(); percentiles by linear interpolation`
}

function throughputMethod(ops: NonNullable<G1Input['operations']>['candidate']): string {
  return `rows per second of one InferenceSession.run call on a batch of ${groupDigits(ops.throughput.batchRows)} rows (the first rows of the holdout, up to batch-size ${groupDigits(ops.batchSize)}), best of ${ops.throughput.repeats} runs`
}

/** How the numbers were measured, for the report (the evidence JSON holds the same facts as fields). */
function methodTable(
  input: G1Input,
  dropped: Record<string, number>,
  w: WeightSummary | null,
): ExtraTable {
  const rows: string[][] = []
  if (w) {
    rows.push([
      'sample weights',
      `every metric is weighted by holdout column ${JSON.stringify(w.column)} (total weight ${Number(w.totalWeight.toPrecision(6))}; ${groupDigits(w.zeroWeightRows)} of ${groupDigits(input.rows)} rows weigh 0), as scikit-learn weights it with sample_weight; ${input.task === 'regression' ? "max_error is unweighted (scikit-learn's takes no weights), and so are latency and throughput" : 'latency and throughput are unweighted'}. Slices use the weights of their rows${input.task === 'regression' ? '' : '; the confusion matrix sums weights'}.`,
    ])
  }
  const confidences = [...new Set(input.rules.map((r) => r.confidence))].sort()
  if (input.resamples > 0) {
    const drops = Object.entries(dropped)
    rows.push([
      'bootstrap intervals',
      `paired percentile bootstrap: ${groupDigits(input.resamples)} resamples of ${groupDigits(input.rows)} rows drawn with replacement from a mulberry32 stream seeded with ${input.seed}${input.weights ? ', each drawn row carrying its sample weight (a row drawn twice counts twice)' : ''}; candidate and baseline on the same resamples; percentiles by linear interpolation; each check at the confidence of its rule (${confidences.map((c) => `${c * 100}%`).join(', ') || '95%'}), the tables at 95%. ` +
        (drops.length === 0
          ? 'Every resample gave every KPI a value.'
          : `Resamples without a value (e.g. one class only) are left out and counted, up to ${MAX_DROPPED_SHARE * 100}% (beyond that no interval is given): ${drops.map(([k, n]) => `${k} ${n}`).join(', ')}.`),
    ])
  } else
    rows.push([
      'bootstrap intervals',
      'off (bootstrap=0): no confidence intervals; bound=ci rules are errors',
    ])
  const ops = input.operations?.candidate
  if (ops) {
    rows.push(['single-row latency', latencyMethod(ops)])
    rows.push(['throughput', throughputMethod(ops)])
    rows.push([
      'inference',
      `holdout predicted in batches of ${groupDigits(ops.batchSize)} rows; onnxruntime-node, CPU execution provider, graph optimization "all", sequential execution`,
    ])
    rows.push([
      'threads',
      `onnxruntime intra-op threads: ${ops.intraOpThreads > 0 ? ops.intraOpThreads : 'onnxruntime default (0: one per physical core)'}; this runner has ${ops.logicalCpus} logical CPUs. Latency and throughput depend on the runner: set thresholds for its class`,
    ])
  }
  if (input.task !== 'regression') {
    const dtype = input.candidate.probabilityDtype
    if (dtype)
      rows.push([
        'probabilities',
        `${dtype} output; log loss clips to [eps, 1 − eps] with eps = ${dtype === 'float32' ? '2^-23 (float32)' : '2^-52 (float64)'}, as scikit-learn does for that dtype; ECE with ${input.eceBins} equal-width bins`,
      ])
  }
  return { title: 'How this was measured', columns: ['what', 'method'], rows }
}

/**
 * Per slice column (and variable): every KPI the report shows, plus the base
 * KPI of every slice_gap rule, on each slice; then one row per slice gap with
 * the slices that define it (or why it could not be judged).
 */
function sliceTables(r: ReportInput): ExtraTable[] {
  const { input, groups } = r
  const tables: ExtraTable[] = []
  if (groups.size === 0) return tables
  const gapRows: (string | number | null)[][] = []
  for (const [k, gap] of r.sliceGaps) {
    const [kpi, variable] = split(k)
    if ('reason' in gap)
      gapRows.push([kpi, variable, null, null, null, null, null, null, gap.reason])
    else
      gapRows.push([
        kpi,
        variable,
        gap.gap,
        gap.column,
        gap.lowest.value,
        gap.lowest.kpi,
        gap.highest.value,
        gap.highest.kpi,
        '',
      ])
  }
  if (gapRows.length > 0)
    tables.push({
      title: 'Slice gaps (largest difference between the slices of a column)',
      columns: [
        'kpi',
        'variable',
        'gap',
        'slice column',
        'lowest slice',
        'its value',
        'highest slice',
        'its value',
        'not judged because',
      ],
      rows: gapRows,
    })
  for (const v of input.variables) {
    const d = r.cand.get(v.name)!
    const defs: KpiDef[] = []
    const add = (def: KpiDef | undefined) => {
      if (def?.compute && !defs.some((x) => x.name === def.name)) defs.push(def)
    }
    for (const [k, w] of r.wanted) {
      if (w.variable !== v.name) continue
      if (w.sliceGap) add(findKpi(w.def.name.replace(/^slice_gap_/, ''))?.def)
      else if (r.candidate.has(k)) add(w.def)
    }
    if (defs.length === 0) continue
    for (const [column, list] of groups) {
      const perKpi = defs.map((def) => kpiPerSlice(def, d, list))
      tables.push({
        title: `Slices by ${column}${input.variables.length > 1 || input.task !== 'regression' ? `: ${v.name}` : ''}`,
        columns: [
          column,
          'rows',
          ...(d.weights ? ['weight'] : []),
          ...defs.map((def) => def.name),
          'not computed',
        ],
        rows: list.map((g, i) => [
          g.value,
          g.rows.length,
          ...(d.weights ? [sumOf(d.weights, g.rows)] : []),
          ...perKpi.map((values) => values[i]!.kpi),
          perKpi
            .map((values, j) => (values[i]!.error ? `${defs[j]!.name}: ${values[i]!.error}` : ''))
            .filter(Boolean)
            .join('; '),
        ]),
      })
    }
  }
  return tables
}

function sumOf(w: Float64Array, rows: Int32Array): number {
  let s = 0
  for (const i of rows) s += w[i]!
  return s
}

function charts(input: G1Input, data: Map<string, EvalData>): Chart[] {
  if (input.task !== 'regression') {
    const d = data.get(input.variables[0]!.name)!
    if (!d.probabilities) return []
    // The reliability diagram of ECE's own bins: the same confidence (positive-class probability, or top-label confidence) and bins.
    const binary = d.probabilities.length === 2
    const positive = JSON.stringify(input.classes?.[1] ?? '1')
    return [
      {
        id: 'calibration',
        title: `Reliability diagram (the ${input.eceBins} equal-width bins of ECE)`,
        kind: 'line',
        xLabel: binary ? `mean predicted probability of ${positive}` : 'mean top-label confidence',
        yLabel: binary ? `observed frequency of ${positive}` : 'accuracy of the top label',
        series: [
          {
            name: 'candidate',
            points: calibrationCurve(d.labels, d.probabilities, input.eceBins, d.weights),
          },
        ],
        reference: { kind: 'diagonal' },
      },
    ]
  }
  const out: Chart[] = []
  const several = input.variables.length > 1
  for (const v of input.variables) {
    const d = data.get(v.name)!
    const suffix = several ? `-${v.name}` : ''
    const about = several ? `: ${v.name}` : ''
    const unit = v.unit ? ` (${v.unit})` : ''
    const n = d.n
    const stride = Math.max(1, Math.ceil(n / 2000))
    const points: [number, number][] = []
    for (let i = 0; i < n; i += stride) points.push([d.y[i]!, d.prediction[i]!])
    const residuals = new Float64Array(n)
    for (let i = 0; i < n; i++) residuals[i] = d.prediction[i]! - d.y[i]!
    out.push(
      {
        id: `predicted-vs-actual${suffix}`,
        title: `Predicted vs actual${about}`,
        kind: 'scatter',
        xLabel: `actual ${v.name}${unit}`,
        yLabel: 'predicted',
        series: [{ name: 'candidate', points }],
        reference: { kind: 'diagonal' },
      },
      {
        id: `residuals${suffix}`,
        title: `Residuals (predicted − actual)${about}`,
        kind: 'histogram',
        xLabel: `residual${unit}`,
        yLabel: 'rows',
        series: [{ name: 'candidate', points: histogram(residuals, 30) }],
      },
    )
    if (d.lower && d.upper) {
      // Coverage per decile of the prediction: where the interval is too narrow.
      const order = Array.from({ length: n }, (_, i) => i).sort(
        (a, b) => d.prediction[a]! - d.prediction[b]!,
      )
      const pts: [number, number][] = []
      for (let q = 0; q < 10; q++) {
        const part = order.slice(Math.floor((q * n) / 10), Math.floor(((q + 1) * n) / 10))
        if (part.length === 0) continue
        // Weighted like the coverage KPI: the share of the decile's weight inside the interval.
        const weightOf = (i: number) => (d.weights ? d.weights[i]! : 1)
        const mass = part.reduce((s, i) => s + weightOf(i), 0)
        if (!(mass > 0)) continue
        const inside = part.reduce(
          (s, i) => s + (d.y[i]! >= d.lower![i]! && d.y[i]! <= d.upper![i]! ? weightOf(i) : 0),
          0,
        )
        pts.push([q + 1, inside / mass])
      }
      // The reference line is the coverage KPI's threshold from ssot/kpi_acceptance.csv, when there is one.
      const rule = input.rules.find(
        (r) => r.kpi === 'coverage' && (r.variable === '' || r.variable === v.name),
      )
      out.push({
        id: `coverage${suffix}`,
        title: `Interval coverage by prediction decile${about}`,
        kind: 'bar',
        xLabel: 'decile of the prediction',
        yLabel: 'coverage',
        series: [{ name: 'coverage', points: pts }],
        ...(rule ? { reference: { kind: 'hline' as const, value: rule.threshold } } : {}),
      })
    }
  }
  return out
}

function histogram(values: Float64Array, bins: number): [number, number][] {
  let lo = Number.POSITIVE_INFINITY
  let hi = Number.NEGATIVE_INFINITY
  for (const v of values) {
    lo = Math.min(lo, v)
    hi = Math.max(hi, v)
  }
  if (!(hi > lo)) return [[lo, values.length]]
  const width = (hi - lo) / bins
  const counts = new Array<number>(bins).fill(0)
  for (const v of values) counts[Math.min(bins - 1, Math.floor((v - lo) / width))]!++
  return counts.map((c, b) => [lo + (b + 0.5) * width, c])
}
