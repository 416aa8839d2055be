#!/usr/bin/env node
// The MLflow registry case of `npm run bench` (also runnable alone:
// `node bench/mlflow.mjs`): register + promote a 100 MB ONNX model on a real
// `mlflow server` (SQLite backend store, artifacts proxied by the server, on
// 127.0.0.1), with modelgate's MLflow backend (REST, no Python) against
// MLflow's own Python client doing the same (bench/mlflow_python.py) in the
// same run, interleaved. modelgate's side also hashes the file, writes its
// tags, attaches a G5 evidence file (promotion requires one) and records two
// history events; both sides upload the file through the proxy.
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { createRequire } from 'node:module'
import { setTimeout as sleep } from 'node:timers/promises'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const work = join(root, '.bench')
const MODEL_MB = Number(process.env.MODELGATE_BENCH_MLFLOW_MB ?? 100)

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address()
      s.close(() => resolve(port))
    })
  })
}

/** A real ONNX model of about MODEL_MB megabytes: one float initializer added to the input. */
function makeModel(python, file) {
  if (existsSync(file)) return
  execFileSync(python, [
    '-c',
    `import sys, numpy as np, onnx
from onnx import TensorProto, helper, numpy_helper
n = int(${MODEL_MB} * 1e6 / 4)
w = numpy_helper.from_array(np.random.default_rng(7).standard_normal(n).astype(np.float32), "w")
g = helper.make_graph([helper.make_node("Add", ["input", "w"], ["output"])], "bench_big",
  [helper.make_tensor_value_info("input", TensorProto.FLOAT, [n])],
  [helper.make_tensor_value_info("output", TensorProto.FLOAT, [n])], initializer=[w])
m = helper.make_model(g, opset_imports=[helper.make_opsetid("", 13)], producer_name="modelgate-bench")
m.ir_version = 8
onnx.save(m, sys.argv[1])`,
    file,
  ])
}

/** modelgate's MLflow backend, compiled from src/ (tsc) into .bench/build. */
async function loadRegistry() {
  const require = createRequire(join(root, 'package.json'))
  const out = join(work, 'build')
  execFileSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', out],
    { cwd: root, stdio: 'inherit' },
  )
  return import(pathToFileURL(join(out, 'src', 'registry', 'mlflow', 'index.js')).href)
}

async function startServer(python) {
  const dir = mkdtempSync(join(tmpdir(), 'modelgate-bench-mlflow-'))
  const port = await freePort()
  const child = spawn(
    python,
    [
      '-m',
      'mlflow',
      'server',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--backend-store-uri',
      `sqlite:///${join(dir, 'mlflow.db')}`,
      '--artifacts-destination',
      join(dir, 'artifacts'),
      '--serve-artifacts',
      '--workers',
      '1',
    ],
    { cwd: dir, detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  )
  let log = ''
  child.stderr.on('data', (d) => (log += d))
  const exited = new Promise((r) => child.once('exit', r))
  const uri = `http://127.0.0.1:${port}`
  const stop = async () => {
    if (child.exitCode === null) {
      process.kill(-child.pid, 'SIGTERM')
      await exited
    }
    rmSync(dir, { recursive: true, force: true })
  }
  for (const deadline = Date.now() + 180_000; ;) {
    if (child.exitCode !== null) throw new Error(`mlflow server exited:\n${log.slice(-2000)}`)
    try {
      if ((await globalThis.fetch(`${uri}/health`)).status === 200) break
    } catch {
      /* starting */
    }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`mlflow server did not start:\n${log.slice(-2000)}`)
    }
    await sleep(250)
  }
  return { uri, stop }
}

/** A small G5 evidence record that passed, about the model with digest `sha256`. */
function g5Pass(sha256) {
  return {
    $schema: 'https://modelgate.dev/schemas/evidence.schema.json',
    schemaVersion: 1,
    gate: 'G5',
    gateName: 'Production Release',
    status: 'pass',
    summary: 'bench',
    subject: {
      model: { role: 'model', path: 'model.onnx', sha256, bytes: 0 },
      data: [],
      artifacts: [],
    },
    checks: [],
    problems: [],
    report: {},
    context: { mode: 'local' },
    timing: {
      startedAt: new Date().toISOString(),
      finishedAt: new Date().toISOString(),
      durationMs: 0,
    },
    tool: { name: 'modelgate', version: 'bench' },
    digest: { algorithm: 'sha256', canonicalization: 'RFC8785', value: '0'.repeat(64) },
  }
}

/** Runs the case; returns its results (undefined when MLflow is not installed for `python`). */
export async function benchMlflow({ python, repeat }) {
  if (spawnSync(python, ['-c', 'import mlflow, onnx, numpy']).status !== 0) {
    console.log(
      `\nMLflow registry: skipped (no mlflow for ${python}; pip install -r .ci/requirements-mlflow.txt)`,
    )
    return undefined
  }
  mkdirSync(work, { recursive: true })
  const model = join(work, `mlflow-model-${MODEL_MB}mb.onnx`)
  makeModel(python, model)
  const mb = statSync(model).size / 1e6
  const { openMlflowRegistry } = await loadRegistry()
  const server = await startServer(python)
  try {
    const registry = openMlflowRegistry({ trackingUri: server.uri, env: {} })
    const ours = []
    const peer = []
    for (let i = 0; i < repeat; i++) {
      const version = `1.0.${i}`
      const t0 = process.hrtime.bigint()
      const registered = await registry.register({
        model: 'bench-modelgate',
        version,
        modelFile: model,
        owner: 'bench',
        actor: { login: 'bench' },
      })
      // Promotion needs a G5 pass on this model digest (the shared lifecycle rule).
      await registry.attachEvidence(
        { model: 'bench-modelgate', version },
        g5Pass(registered.modelDigest),
      )
      await registry.promote({ model: 'bench-modelgate', version }, { login: 'bench' })
      ours.push(Number(process.hrtime.bigint() - t0) / 1e9)
      const w0 = process.hrtime.bigint()
      const out = execFileSync(
        python,
        [join(root, 'bench', 'mlflow_python.py'), server.uri, 'bench-python', `py-${i}`, model],
        { encoding: 'utf8' },
      )
      const p = JSON.parse(out.trim().split('\n').at(-1))
      peer.push({ ...p, wall: Number(process.hrtime.bigint() - w0) / 1e9 })
    }
    const prod = await registry.production('bench-modelgate')
    if (prod?.version !== `1.0.${repeat - 1}`) throw new Error('the champion did not move')
    const result = {
      mb,
      ours: { seconds: median(ours) },
      python: {
        seconds: median(peer.map((p) => p.seconds)),
        wall: median(peer.map((p) => p.wall)),
        importSeconds: median(peer.map((p) => p.importSeconds)),
        peakRssMb: median(peer.map((p) => p.peakRssMb)),
      },
    }
    result.ratio = result.ours.seconds / result.python.seconds
    const fmt = (x) => x.toFixed(2)
    console.log(
      `\nMLflow registry: register + promote (champion alias) of a ${fmt(mb)} MB ONNX model on mlflow server ${server.uri} (SQLite, proxied artifacts); medians of ${repeat}`,
    )
    console.log('                          s     MB/s')
    console.log(
      `modelgate (REST)  ${fmt(result.ours.seconds).padStart(9)} ${fmt(mb / result.ours.seconds).padStart(8)}`,
    )
    console.log(
      `MlflowClient      ${fmt(result.python.seconds).padStart(9)} ${fmt(mb / result.python.seconds).padStart(8)}   (process ${fmt(result.python.wall)} s, of which import mlflow ${fmt(result.python.importSeconds)} s)`,
    )
    console.log(`ratio (modelgate / MlflowClient): ${fmt(result.ratio)}x`)
    return result
  } finally {
    await server.stop()
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchMlflow({
    python: process.env.MODELGATE_MLFLOW_PYTHON ?? process.env.MODELGATE_PYTHON ?? 'python3',
    repeat: Math.max(1, Number(process.env.MODELGATE_BENCH_REPEAT ?? 3)),
  })
}
