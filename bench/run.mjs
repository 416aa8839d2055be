#!/usr/bin/env node
// `npm run bench`: G0 and G1 end to end through the bundled CLI (dist/cli.js),
// against pandas / onnxruntime / scikit-learn measured in the same run when
// MODELGATE_PYTHON (or python3) has them, with peak memory for both sides.
// Ratios below 1 mean modelgate is faster. Results go to stdout and
// .bench/results.json.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateCsv } from './generate.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const work = join(root, '.bench')
mkdirSync(work, { recursive: true })
const python = process.env.MODELGATE_PYTHON ?? 'python3'
const sizes = (process.env.MODELGATE_BENCH_ROWS ?? '1000000,3000000').split(',').map(Number)

function hasPython(modules) {
  return spawnSync(python, ['-c', `import ${modules}`], { encoding: 'utf8' }).status === 0
}

/** Runs the CLI as a child process; returns wall seconds, peak RSS (MB) and the evidence. */
function runCli(args) {
  const rssFile = join(work, `rss-${process.pid}.txt`)
  const t0 = process.hrtime.bigint()
  const r = spawnSync(process.execPath, ['--import', join(root, 'bench', 'peak-rss.mjs'), join(root, 'dist', 'cli.js'), ...args, '--format', 'json'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, MODELGATE_PEAK_RSS_FILE: rssFile },
  })
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9
  if (r.status !== 0 && r.status !== 1) throw new Error(`modelgate ${args[0]} exited ${r.status}: ${r.stderr}`)
  return { seconds, peakRssMb: Number(readFileSync(rssFile, 'utf8')), evidence: JSON.parse(r.stdout) }
}

function runPython(script, args) {
  const out = execFileSync(python, [join(root, 'bench', script), ...args], { encoding: 'utf8', maxBuffer: 1 << 26 })
  return JSON.parse(out)
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

const fmt = (x, digits = 2) => (x === undefined || x === null ? '—' : Number(x).toFixed(digits))
const results = { machine: { node: process.version, cpus: (await import('node:os')).availableParallelism() }, g0: [], g1: null, csvParse: null }
if (!existsSync(join(root, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run npm run package')
const pandas = hasPython('pandas')
const pyG1 = hasPython('pandas, onnxruntime, sklearn')
if (!pandas) console.log(`(no pandas for ${python}: peer columns are empty; set MODELGATE_PYTHON)`)

for (const rows of sizes) {
  const file = join(work, `g0-${rows}.csv`)
  if (!existsSync(file)) {
    console.log(`generating ${file} ...`)
    await generateCsv(file, rows)
  }
  const mb = statSync(file).size / 1e6
  const ours = runCli(['G0', '--ssot', 'bench/ssot-g0', '--data', `bench=${file}`, '--out', join(work, 'out-g0'), '--option', 'max-violations=10'])
  if (ours.evidence.status !== 'pass') throw new Error(`G0 did not pass on the bench file: ${ours.evidence.summary}`)
  const peer = pandas ? runPython('g0_pandas.py', [file]) : undefined
  results.g0.push({ rows, mb, ours: { seconds: ours.seconds, peakRssMb: ours.peakRssMb }, pandas: peer, ratio: peer ? ours.seconds / peer.seconds : undefined })
}

console.log('\nG0 Data Quality, end to end (node dist/cli.js G0) vs pandas read_csv + the same checks + describe()')
console.log('rows       MB      s     rows/s      MB/s   peak RSS MB | pandas s  pandas RSS MB | ratio')
for (const r of results.g0) {
  console.log(
    `${String(r.rows).padEnd(10)} ${fmt(r.mb, 1).padStart(5)} ${fmt(r.ours.seconds).padStart(6)} ${fmt(r.rows / r.ours.seconds, 0).padStart(10)} ${fmt(r.mb / r.ours.seconds, 1).padStart(9)} ${fmt(r.ours.peakRssMb, 0).padStart(13)} | ${fmt(r.pandas?.seconds).padStart(8)} ${fmt(r.pandas?.peakRssMb, 0).padStart(14)} | ${r.ratio ? `${fmt(r.ratio)}x` : '—'}`,
  )
}

const first = join(work, `g0-${sizes[0]}.csv`)
results.csvParse = await csvParseThroughput(first)
console.log(`\ncsv-parse (columns: false, arrays) on the same ${sizes[0]}-row file, parsing only: ${fmt(results.csvParse.seconds)} s, ${fmt(results.csvParse.mbPerSecond, 1)} MB/s`)
console.log(`modelgate's byte reader + all G0 checks on it: ${fmt(results.g0[0].mb / results.g0[0].ours.seconds, 1)} MB/s end to end`)

const g1 = runCli(['G1', '--ssot', 'bench/ssot-g1', '--data', `holdout=${first}`, '--out', join(work, 'out-g1'), '--option', 'bootstrap=0', '--option', 'latency-calls=200'])
const stages = g1.evidence.report.stages
const g1Peer = pyG1 ? runPython('g1_python.py', [first, join(root, 'bench', 'models', 'logistic10.onnx')]) : undefined
results.g1 = { rows: sizes[0], ours: { seconds: g1.seconds, peakRssMb: g1.peakRssMb, stages }, python: g1Peer, ratio: g1Peer ? g1.seconds / g1Peer.seconds : undefined }
console.log(`\nG1 Model Performance on a ${sizes[0]}-row holdout (logistic model, 10 features; bootstrap off on both sides; G1 also times 200 single-row calls)`)
console.log(`             total s  parse s  inference s  metrics s  peak RSS MB`)
console.log(`modelgate   ${fmt(g1.seconds).padStart(8)} ${fmt(stages.readMs / 1000).padStart(8)} ${fmt(stages.inferenceMs / 1000).padStart(12)} ${fmt(stages.metricsMs / 1000).padStart(10)} ${fmt(g1.peakRssMb, 0).padStart(12)}`)
if (g1Peer) {
  console.log(`python      ${fmt(g1Peer.seconds).padStart(8)} ${fmt(g1Peer.parseSeconds).padStart(8)} ${fmt(g1Peer.inferenceSeconds).padStart(12)} ${fmt(g1Peer.metricsSeconds).padStart(10)} ${fmt(g1Peer.peakRssMb, 0).padStart(12)}`)
  console.log(`ratio (modelgate / python, end to end): ${fmt(results.g1.ratio)}x; rows/s ${fmt(sizes[0] / g1.seconds, 0)} vs ${fmt(sizes[0] / g1Peer.seconds, 0)}`)
  const auc = g1.evidence.checks.find((c) => c.rule === 'roc_auc')?.value
  console.log(`roc_auc: modelgate ${auc}, scikit-learn ${g1Peer.metrics.roc_auc}`)
}
writeFileSync(join(work, 'results.json'), JSON.stringify(results, null, 2))
