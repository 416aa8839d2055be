// The bench's summary: one row per figure (each side's seconds and peak
// memory, and their ratio), printed as a table and written as JSON to
// reports/bench/bench.json, so that a change in any figure shows in review.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

const fmt = (x, digits = 2) =>
  x === undefined || x === null || Number.isNaN(x) ? '—' : Number(x).toFixed(digits)
const ratio = (a, b) => (a !== undefined && b ? a / b : undefined)

/** The rows of the summary from run.mjs's results (and drift's, when it ran). */
export function summaryRows(results, drift) {
  const rows = []
  const add = (figure, peer, measure, ours, theirs) =>
    rows.push({
      figure,
      peer,
      measure,
      oursSeconds: ours?.s,
      peerSeconds: theirs?.s,
      ratio: ratio(ours?.s, theirs?.s),
      oursPeakRssMb: ours?.rss,
      peerPeakRssMb: theirs?.rss,
    })
  for (const r of results.g0 ?? []) {
    const ours = r.ours
    const pd = r.pandas
    add(
      `G0 ${r.rows} rows`,
      'pandas',
      'process',
      { s: ours.wall, rss: ours.peakRssMb },
      pd && { s: pd.wall, rss: pd.peakRssMb },
    )
    add(
      `G0 ${r.rows} rows`,
      'pandas',
      'in-process',
      { s: ours.seconds, rss: ours.peakRssMb },
      pd && { s: pd.seconds, rss: pd.peakRssMb },
    )
  }
  if (results.g1) {
    const { ours, python: py, rows: n } = results.g1
    add(
      `G1 ${n}-row holdout`,
      'python',
      'process',
      { s: ours.wall, rss: ours.peakRssMb },
      py && { s: py.wall, rss: py.peakRssMb },
    )
    add(
      `G1 ${n}-row holdout`,
      'python',
      'in-process',
      { s: ours.seconds, rss: ours.peakRssMb },
      py && { s: py.seconds, rss: py.peakRssMb },
    )
    add(
      `G1 ${n}-row holdout`,
      'python',
      'parse',
      { s: ours.stages?.readMs / 1000 },
      py && { s: py.parseSeconds },
    )
  }
  if (results.mlflow) {
    const m = results.mlflow
    add(
      `MLflow register+promote ${fmt(m.mb, 0)} MB`,
      'MlflowClient',
      'in-process',
      { s: m.ours.seconds },
      { s: m.python.seconds, rss: m.python.peakRssMb },
    )
  }
  if (drift) {
    add(
      `drift ${drift.rows} rows`,
      'scipy',
      'process',
      { s: drift.ours.wall, rss: drift.ours.peakRssMb },
      drift.scipy && { s: drift.scipy.wall, rss: drift.scipy.peakRssMb },
    )
    add(
      `drift ${drift.rows} rows`,
      'scipy',
      'in-process',
      { s: drift.ours.seconds, rss: drift.ours.peakRssMb },
      drift.scipy && { s: drift.scipy.seconds, rss: drift.scipy.peakRssMb },
    )
  }
  return rows
}

/** Prints the summary table and writes it, with the machine and the full results, to `file`. */
export function writeSummary(file, results, drift) {
  const rows = summaryRows(results, drift)
  console.log('\nSummary (ratio = modelgate / peer; below 1 means modelgate is faster)')
  console.log(
    `${'figure'.padEnd(34)} ${'peer'.padEnd(13)} ${'measure'.padEnd(10)} ${'ours s'.padStart(8)} ${'peer s'.padStart(8)} ${'ratio'.padStart(7)} ${'ours MB'.padStart(8)} ${'peer MB'.padStart(8)}`,
  )
  for (const r of rows)
    console.log(
      `${r.figure.padEnd(34)} ${r.peer.padEnd(13)} ${r.measure.padEnd(10)} ${fmt(r.oursSeconds).padStart(8)} ${fmt(r.peerSeconds).padStart(8)} ${(r.ratio === undefined ? '—' : `${fmt(r.ratio)}x`).padStart(7)} ${fmt(r.oursPeakRssMb, 0).padStart(8)} ${fmt(r.peerPeakRssMb, 0).padStart(8)}`,
    )
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(
    file,
    `${JSON.stringify({ machine: results.machine, summary: rows, results: { ...results, drift } }, null, 2)}\n`,
  )
  console.log(`(written to ${file})`)
}
