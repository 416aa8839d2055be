import type { Check } from '../../contract/types.js'
import type { Chart } from '../../report/svg-charts.js'
import { P_VALUE_TESTS, type DriftTest } from './config.js'
import type { ColumnDrift } from './judge.js'

/** A compared column: a model feature, the target, or the model's prediction. */
export interface ColumnVerdict extends ColumnDrift {
  name: string
  role: 'feature' | 'target' | 'prediction'
}

const TEST_NAMES: Record<DriftTest, string> = {
  ks: 'K-S p-value',
  wasserstein: 'Wasserstein distance (normed)',
  chisquare: 'chi-square p-value',
  z: 'Z-test p-value',
  jensenshannon: 'Jensen-Shannon distance',
  psi: 'PSI',
}

/** The pass condition a check states: p-values above (KS) or at least (chi-square, z) the threshold, distances below it. */
function passOperator(test: DriftTest): Check['operator'] {
  if (test === 'ks') return '>'
  return P_VALUE_TESTS.has(test) ? '>=' : '<'
}

const round = (x: number | undefined, digits = 6) =>
  x === undefined || !Number.isFinite(x) ? null : Number(x.toPrecision(digits))

/** One check per compared column: a drifted column is a warning; the dataset verdict is the blocking check. */
export function columnCheck(c: ColumnVerdict): Check {
  const what = c.role === 'feature' ? 'Feature' : c.role === 'target' ? 'Target' : 'Prediction'
  return {
    id: `drift.${c.role}.${c.name}`,
    rule: c.test,
    variable: c.name,
    value: round(c.score, 12),
    operator: passOperator(c.test),
    threshold: c.threshold,
    status: c.drifted ? 'warn' : 'pass',
    severity: 'warn',
    message: `${what} ${c.name}: ${TEST_NAMES[c.test]} ${round(c.score, 4)} (${c.drifted ? 'drift' : 'no drift'} at ${c.threshold}; ${c.configured ? 'test set in ssot/drift.json' : defaultReason(c)})`,
    details: {
      role: c.role,
      kind: c.kind,
      ...(c.statistic !== undefined ? { statistic: round(c.statistic, 12) } : {}),
      referenceRows: c.referenceRows,
      currentRows: c.currentRows,
      referenceMissing: c.referenceMissing,
      currentMissing: c.currentMissing,
      distinct: c.distinct,
    },
  }
}

function defaultReason(c: ColumnDrift): string {
  const size = c.referenceRows <= 1000 ? '<= 1000' : '> 1000'
  const type =
    c.kind === 'num' && c.distinct > 5
      ? 'numeric, > 5 distinct values'
      : 'categorical or <= 5 values'
  return `default for ${type}, ${size} reference values`
}

/** The per-column table of the report. */
export function columnTable(columns: ColumnVerdict[]) {
  return {
    title: 'Drift per column',
    columns: [
      'column',
      'role',
      'type',
      'test',
      'score',
      'threshold',
      'drift',
      'reference values',
      'current values',
      'reference mean',
      'current mean',
    ],
    rows: columns.map((c) => [
      c.name,
      c.role,
      c.kind === 'num' ? 'numeric' : 'categorical',
      TEST_NAMES[c.test],
      round(c.score, 4),
      c.threshold,
      c.drifted ? 'DRIFT' : 'no',
      c.referenceRows,
      c.currentRows,
      round(c.referenceMean, 4),
      round(c.currentMean, 4),
    ]),
  }
}

/** A small distribution chart (reference against current shares) per drifted column. */
export function driftCharts(columns: ColumnVerdict[]): Chart[] {
  return columns
    .filter((c) => c.drifted)
    .map((c) => {
      const d = c.distribution
      const numericBins =
        typeof d.labels[0] === 'number' && d.labels.length === d.reference.length + 1
      const x = (i: number) =>
        numericBins ? ((d.labels[i] as number) + (d.labels[i + 1] as number)) / 2 : i + 1
      const series = (name: string, shares: Float64Array) => ({
        name,
        points: Array.from(shares, (s, i) => [x(i), round(s, 6) ?? 0] as [number, number]),
      })
      return {
        id: `drift-${c.role}-${c.name}`,
        title: `${c.name}: ${TEST_NAMES[c.test]} ${round(c.score, 3)}`,
        kind: numericBins ? ('histogram' as const) : ('bar' as const),
        xLabel: numericBins
          ? c.name
          : `${c.name} (${(d.labels as string[])
              .slice(0, 8)
              .map((l, i) => `${i + 1}=${l}`)
              .join(', ')}${d.labels.length > 8 ? ', ...' : ''})`,
        yLabel: 'share of rows',
        series: [series('reference', d.reference), series('current', d.current)],
      }
    })
}
