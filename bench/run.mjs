#!/usr/bin/env node
// `npm run bench`: G0 and G1 end to end through the bundled CLI (dist/cli.js),
// against pandas / onnxruntime / scikit-learn measured in the same run when
// MODELGATE_PYTHON (or python3) has them, with peak memory for both sides.
//
// Each measurement is repeated (MODELGATE_BENCH_REPEAT, default 3), ours and
// the peer's runs interleaved so that a noisy neighbour hits both alike, and
// the median is reported. Two ratios, each like for like:
//   - process: wall time from spawning the process to its exit, on both sides
//     (node with the bundle; python with its imports), as a user meets it;
//   - in-process: the gate's own time (evidence timing) against the time the
//     Python script measures around its work (imports and start-up excluded).
// The MLflow registry case (bench/mlflow.mjs, alone: `node bench/mlflow.mjs`)
// times register + promote of a 100 MB model against MLflow's Python client.
// Ratios below 1 mean modelgate is faster. Results go to stdout and
// .bench/results.json; the summary (every figure with its ratio and peak
// memory) to stdout and reports/bench/bench.json.
// MODELGATE_BENCH_ONLY=g0 runs only the G0 case, =g0,g1 G0 and G1 (=drift only drift);
// MODELGATE_BENCH_CPU_PROF=1 adds one G0 run per size under --cpu-prof,
// its profiles in .bench/profiles/g0-<rows>/.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateCsv } from './generate.mjs'
import { benchMlflow } from './mlflow.mjs'
import { writeSummary } from './summary.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const work = join(root, '.bench')
mkdirSync(work, { recursive: true })
const python = process.env.MODELGATE_PYTHON ?? 'python3'
const sizes = (process.env.MODELGATE_BENCH_ROWS ?? '1000000,3000000').split(',').map(Number)
const repeat = Math.max(1, Number(process.env.MODELGATE_BENCH_REPEAT ?? 3))

function hasPython(modules) {
  return spawnSync(python, ['-c', `import ${modules}`], { encoding: 'utf8' }).status === 0
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

/** Runs the CLI as a child process; returns wall and in-process seconds, peak RSS (MB) and the evidence. */
function runCli(args, nodeFlags = []) {
  const rssFile = join(work, `rss-${process.pid}.txt`)
  const t0 = process.hrtime.bigint()
  const r = spawnSync(
    process.execPath,
    [
      ...nodeFlags,
      '--import',
      join(root, 'bench', 'peak-rss.mjs'),
      join(root, 'dist', 'cli.js'),
      ...args,
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
    throw new Error(`modelgate ${args[0]} exited ${r.status}: ${r.stderr}`)
  const evidence = JSON.parse(r.stdout)
  return {
    wall,
    seconds: evidence.timing.durationMs / 1000,
    peakRssMb: Number(readFileSync(rssFile, 'utf8')),
    evidence,
  }
}

/** Runs a Python peer script; its JSON has `seconds` (measured inside) and peakRssMb; wall is added here. */
function runPython(script, args) {
  const t0 = process.hrtime.bigint()
  const out = execFileSync(python, [join(root, 'bench', script), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  })
  return { ...JSON.parse(out), wall: Number(process.hrtime.bigint() - t0) / 1e9 }
}

/** `repeat` interleaved runs of both sides; medians of every numeric field. */
function measure(ours, peer) {
  const a = []
  const b = []
  for (let i = 0; i < repeat; i++) {
    a.push(ours())
    if (peer) b.push(peer())
  }
  const med = (runs, key) => median(runs.map((r) => r[key]))
  const summarize = (runs, keys) => Object.fromEntries(keys.map((k) => [k, med(runs, k)]))
  return {
    ours: { ...summarize(a, ['wall', 'seconds', 'peakRssMb']), last: a.at(-1) },
    peer: peer
      ? {
          ...summarize(
            b,
            Object.keys(b[0]).filter((k) => typeof b[0][k] === 'number'),
          ),
          last: b.at(-1),
        }
      : undefined,
  }
}

async function csvParseThroughput(file) {
  const { parse } = await import('csv-parse')
  const { createReadStream } = await import('node:fs')
  const t0 = process.hrtime.bigint()
  let rows = 0
  const parser = createReadStream(file).pipe(parse({ columns: false }))
  for await (const _record of parser) rows++
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9
  return { seconds, rows, mbPerSecond: statSync(file).size / 1e6 / seconds }
}

if (process.env.MODELGATE_BENCH_ONLY === 'drift') {
  await import('./drift.mjs')
  process.exit(0)
}

const fmt = (x, digits = 2) =>
  x === undefined || x === null || Number.isNaN(x) ? '—' : Number(x).toFixed(digits)
const ratio = (a, b) => (a !== undefined && b ? a / b : undefined)
const results = {
  machine: { node: process.version, cpus: availableParallelism(), model: cpus()[0]?.model, repeat },
  g0: [],
  g1: null,
  csvParse: null,
}
if (!existsSync(join(root, 'dist', 'cli.js')))
  throw new Error('dist/cli.js is missing: run npm run package')
const pandas = hasPython('pandas')
const pyG1 = hasPython('pandas, onnxruntime, sklearn')
if (!pandas) console.log(`(no pandas for ${python}: peer columns are empty; set MODELGATE_PYTHON)`)
console.log(
  `node ${process.version}, ${results.machine.cpus} cores (${results.machine.model}); medians of ${repeat} interleaved runs`,
)

const only = new Set((process.env.MODELGATE_BENCH_ONLY ?? '').split(',').filter(Boolean))
for (const rows of sizes) {
  const file = join(work, `g0-${rows}.csv`)
  if (!existsSync(file)) {
    console.log(`generating ${file} ...`)
    await generateCsv(file, rows)
  }
  const mb = statSync(file).size / 1e6
  const g0 = (nodeFlags) =>
    runCli(
      [
        'G0',
        '--ssot',
        'bench/ssot-g0',
        '--data',
        `bench=${file}`,
        '--out',
        join(work, 'out-g0'),
        '--option',
        'max-violations=10',
      ],
      nodeFlags,
    )
  const m = measure(() => g0(), pandas ? () => runPython('g0_pandas.py', [file]) : undefined)
  if (process.env.MODELGATE_BENCH_CPU_PROF === '1')
    g0(['--cpu-prof', `--cpu-prof-dir=${join(work, 'profiles', `g0-${rows}`)}`])
  if (m.ours.last.evidence.status !== 'pass')
    throw new Error(`G0 did not pass on the bench file: ${m.ours.last.evidence.summary}`)
  results.g0.push({
    rows,
    mb,
    reader: m.ours.last.evidence.report.files[0].reader,
    ours: { wall: m.ours.wall, seconds: m.ours.seconds, peakRssMb: m.ours.peakRssMb },
    pandas: m.peer
      ? {
          wall: m.peer.wall,
          seconds: m.peer.seconds,
          parseSeconds: m.peer.parseSeconds,
          peakRssMb: m.peer.peakRssMb,
        }
      : undefined,
    ratio: {
      process: ratio(m.ours.wall, m.peer?.wall),
      inProcess: ratio(m.ours.seconds, m.peer?.seconds),
    },
  })
}

console.log(
  '\nG0 Data Quality (node dist/cli.js G0) vs pandas read_csv + the same range, enum and null checks + describe()',
)
console.log(
  'rows        MB | modelgate: process s  gate s     rows/s   MB/s  peak RSS MB | pandas: process s  in-script s  peak RSS MB | ratio: process  in-process',
)
for (const r of results.g0) {
  console.log(
    `${String(r.rows).padEnd(10)} ${fmt(r.mb, 1).padStart(5)} | ${fmt(r.ours.wall).padStart(20)} ${fmt(r.ours.seconds).padStart(7)} ${fmt(r.rows / r.ours.seconds, 0).padStart(10)} ${fmt(r.mb / r.ours.seconds, 1).padStart(6)} ${fmt(r.ours.peakRssMb, 0).padStart(12)} | ${fmt(r.pandas?.wall).padStart(17)} ${fmt(r.pandas?.seconds).padStart(12)} ${fmt(r.pandas?.peakRssMb, 0).padStart(12)} | ${(r.ratio.process ? `${fmt(r.ratio.process)}x` : '—').padStart(14)} ${(r.ratio.inProcess ? `${fmt(r.ratio.inProcess)}x` : '—').padStart(11)}`,
  )
}
console.log(`(reader: ${results.g0.map((r) => `${r.rows} rows: ${r.reader}`).join('; ')})`)

const summaryFile = join(root, 'reports', 'bench', 'bench.json')
if (only.size > 0 && !only.has('g1')) {
  writeSummary(summaryFile, results)
  process.exit(0)
}

const first = join(work, `g0-${sizes[0]}.csv`)
results.csvParse = await csvParseThroughput(first)
console.log(
  `\ncsv-parse (columns: false, arrays) on the same ${sizes[0]}-row file, parsing only: ${fmt(results.csvParse.seconds)} s, ${fmt(results.csvParse.mbPerSecond, 1)} MB/s`,
)
console.log(
  `modelgate's byte reader + all G0 checks on it: ${fmt(results.g0[0].mb / results.g0[0].ours.seconds, 1)} MB/s (gate time)`,
)

const g1 = measure(
  () =>
    runCli([
      'G1',
      '--ssot',
      'bench/ssot-g1',
      '--data',
      `holdout=${first}`,
      '--out',
      join(work, 'out-g1'),
      '--option',
      'bootstrap=0',
      '--option',
      'latency-calls=200',
    ]),
  pyG1
    ? () => runPython('g1_python.py', [first, join(root, 'bench', 'models', 'logistic10.onnx')])
    : undefined,
)
const stages = g1.ours.last.evidence.report.stages
results.g1 = {
  rows: sizes[0],
  ours: { wall: g1.ours.wall, seconds: g1.ours.seconds, peakRssMb: g1.ours.peakRssMb, stages },
  python: g1.peer
    ? {
        wall: g1.peer.wall,
        seconds: g1.peer.seconds,
        parseSeconds: g1.peer.parseSeconds,
        inferenceSeconds: g1.peer.inferenceSeconds,
        metricsSeconds: g1.peer.metricsSeconds,
        peakRssMb: g1.peer.peakRssMb,
      }
    : undefined,
  ratio: {
    process: ratio(g1.ours.wall, g1.peer?.wall),
    inProcess: ratio(g1.ours.seconds, g1.peer?.seconds),
  },
}
console.log(
  `\nG1 Model Performance on a ${sizes[0]}-row holdout (logistic model, 10 features; bootstrap off on both sides; G1 also times 200 single-row calls)`,
)
console.log('             process s  in-process s  parse s  inference s  metrics s  peak RSS MB')
console.log(
  `modelgate   ${fmt(g1.ours.wall).padStart(9)} ${fmt(g1.ours.seconds).padStart(13)} ${fmt(stages.readMs / 1000).padStart(8)} ${fmt(stages.inferenceMs / 1000).padStart(12)} ${fmt(stages.metricsMs / 1000).padStart(10)} ${fmt(g1.ours.peakRssMb, 0).padStart(12)}`,
)
if (g1.peer) {
  const p = g1.peer
  console.log(
    `python      ${fmt(p.wall).padStart(9)} ${fmt(p.seconds).padStart(13)} ${fmt(p.parseSeconds).padStart(8)} ${fmt(p.inferenceSeconds).padStart(12)} ${fmt(p.metricsSeconds).padStart(10)} ${fmt(p.peakRssMb, 0).padStart(12)}`,
  )
  console.log(
    `ratio (modelgate / python): process ${fmt(results.g1.ratio.process)}x, in-process ${fmt(results.g1.ratio.inProcess)}x`,
  )
  const auc = g1.ours.last.evidence.checks.find((c) => c.rule === 'roc_auc')?.value
  console.log(`roc_auc: modelgate ${auc}, scikit-learn ${p.last.metrics.roc_auc}`)
}
if (only.size > 0 && !only.has('mlflow') && !only.has('drift')) {
  writeFileSync(join(work, 'results.json'), JSON.stringify(results, null, 2))
  writeSummary(summaryFile, results)
  process.exit(0)
}
results.mlflow = await benchMlflow({
  python: process.env.MODELGATE_MLFLOW_PYTHON ?? python,
  repeat,
})
writeFileSync(join(work, 'results.json'), JSON.stringify(results, null, 2))

// The drift benchmark writes its own table and .bench/drift-results.json.
await import('./drift.mjs')
writeSummary(
  summaryFile,
  results,
  JSON.parse(readFileSync(join(work, 'drift-results.json'), 'utf8')),
)
