// The drift benchmark (part of `npm run bench`; alone: MODELGATE_BENCH_ONLY=drift
// npm run bench): `modelgate drift` through the bundled CLI on 10 numeric
// features, 1M reference rows against 1M current rows (two CSVs generated with
// different seeds), end to end, against the scipy peer (bench/drift_scipy.py:
// pandas read_csv + what Evidently computes for those columns, normed
// Wasserstein) measured in the same run, interleaved, medians of
// MODELGATE_BENCH_REPEAT runs (default 3), with peak memory for both sides.
// Prints a table and writes .bench/drift-results.json.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateCsv } from './generate.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const work = join(root, '.bench')
mkdirSync(work, { recursive: true })
const python = process.env.MODELGATE_PYTHON ?? 'python3'
const rows = Number(process.env.MODELGATE_BENCH_DRIFT_ROWS ?? 1_000_000)
const repeat = Math.max(1, Number(process.env.MODELGATE_BENCH_REPEAT ?? 3))
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
const fmt = (x, d = 2) => (x === undefined || Number.isNaN(x) ? '—' : Number(x).toFixed(d))

const reference = join(work, `drift-reference-${rows}.csv`)
const current = join(work, `drift-current-${rows}.csv`)
for (const [file, seed] of [
  [reference, 1111],
  [current, 2222],
]) {
  if (!existsSync(file)) {
    console.log(`generating ${file} ...`)
    await generateCsv(file, rows, seed)
  }
}

function ours() {
  const rssFile = join(work, `rss-drift-${process.pid}.txt`)
  const t0 = process.hrtime.bigint()
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      join(root, 'bench', 'peak-rss.mjs'),
      join(root, 'dist', 'cli.js'),
      'drift',
      '--ssot',
      'bench/ssot-drift',
      '--data',
      `reference=${reference}`,
      '--data',
      `current=${current}`,
      '--out',
      join(work, 'out-drift'),
      '--format',
      'json',
    ],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      env: { ...process.env, MODELGATE_PEAK_RSS_FILE: rssFile },
    },
  )
  const wall = Number(process.hrtime.bigint() - t0) / 1e9
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`modelgate drift exited ${r.status}: ${r.stderr}`)
  const evidence = JSON.parse(r.stdout)
  return {
    wall,
    seconds: evidence.timing.durationMs / 1000,
    peakRssMb: Number(readFileSync(rssFile, 'utf8')),
    evidence,
  }
}

function peer() {
  const t0 = process.hrtime.bigint()
  const out = execFileSync(python, [join(root, 'bench', 'drift_scipy.py'), reference, current], {
    encoding: 'utf8',
  })
  return { ...JSON.parse(out), wall: Number(process.hrtime.bigint() - t0) / 1e9 }
}

const hasScipy =
  spawnSync(python, ['-c', 'import pandas, scipy'], { encoding: 'utf8' }).status === 0
const a = []
const b = []
for (let i = 0; i < repeat; i++) {
  a.push(ours())
  if (hasScipy) b.push(peer())
}
const med = (runs, key) => median(runs.map((r) => r[key]))
const result = {
  rows,
  features: 10,
  ours: {
    wall: med(a, 'wall'),
    seconds: med(a, 'seconds'),
    peakRssMb: med(a, 'peakRssMb'),
    stages: a.at(-1).evidence.report.stages,
  },
  scipy: hasScipy
    ? {
        wall: med(b, 'wall'),
        seconds: med(b, 'seconds'),
        parseSeconds: med(b, 'parseSeconds'),
        peakRssMb: med(b, 'peakRssMb'),
      }
    : undefined,
}
result.ratio = hasScipy
  ? {
      process: result.ours.wall / result.scipy.wall,
      inProcess: result.ours.seconds / result.scipy.seconds,
    }
  : undefined
// The scores must agree: the same test on the same data.
if (hasScipy) {
  const scores = b.at(-1).scores
  result.maxScoreDifference = Math.max(
    ...a
      .at(-1)
      .evidence.checks.filter((c) => c.id.startsWith('drift.feature.'))
      .map((c) => Math.abs(c.value - scores[c.variable])),
  )
}
console.log(
  `\ndrift: 10 numeric features, ${rows} reference rows vs ${rows} current rows (normed Wasserstein, Evidently's default above 1000 rows); medians of ${repeat}`,
)
console.log('             process s  in-process s  parse s  tests s  peak RSS MB')
console.log(
  `modelgate   ${fmt(result.ours.wall).padStart(9)} ${fmt(result.ours.seconds).padStart(13)} ${fmt(result.ours.stages.readMs / 1000).padStart(8)} ${fmt(result.ours.stages.testsMs / 1000).padStart(8)} ${fmt(result.ours.peakRssMb, 0).padStart(12)}`,
)
if (result.scipy) {
  console.log(
    `scipy       ${fmt(result.scipy.wall).padStart(9)} ${fmt(result.scipy.seconds).padStart(13)} ${fmt(result.scipy.parseSeconds).padStart(8)} ${fmt(result.scipy.seconds - result.scipy.parseSeconds).padStart(8)} ${fmt(result.scipy.peakRssMb, 0).padStart(12)}`,
  )
  console.log(
    `ratio (modelgate / scipy): process ${fmt(result.ratio.process)}x, in-process ${fmt(result.ratio.inProcess)}x; largest score difference ${result.maxScoreDifference.toExponential(2)}`,
  )
}
writeFileSync(join(work, 'drift-results.json'), JSON.stringify(result, null, 2))
