import { writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { InputError } from '../contract/errors.js'
import { Workspace } from '../io/workspace.js'
import { modelIoFor } from '../onnx/model-io.js'
import { LoadedModel, type ModelIo } from '../onnx/runner.js'
import { classNames, resolveTargets } from '../ssot/model-config.js'
import { Ssot } from '../ssot/ssot.js'
import { logSpec, type ShadowConfig } from '../gates/g4/config.js'
import { readRequests, shadowLog, type ReplayClock, type ReplayRun } from '../gates/g4/replay.js'
import { parseTimestamp } from '../gates/g4/timestamp.js'
import { parseOptions } from '../engine/inputs.js'
import type { CliArgs } from './args.js'
import type { CliIo } from './io.js'
import { groupDigits } from '../contract/digits.js'

const USAGE =
  'modelgate shadow-replay --candidate A.onnx --production B.onnx --requests FILE --out LOG.csv|LOG.jsonl [--ssot DIR] [--option timestamp-column=COL | --option start=YYYY-MM-DD --option rows-per-day=K] [--option request-id-column=COL] [--option latency=off] [--option batch-size=N]'
const OPTIONS = [
  'timestamp-column',
  'start',
  'rows-per-day',
  'request-id-column',
  'latency',
  'batch-size',
]

/**
 * `modelgate shadow-replay`: runs recorded requests through the production
 * model and the candidate (the shadow) with onnxruntime, as ssot/model.json
 * maps them, and writes the shadow log G4 judges (columns as
 * ssot/shadow.json names them). Each request is also run alone and timed,
 * for the latency columns (`latency=off` leaves them empty).
 */
export async function runShadowReplayCommand(args: CliArgs, io: CliIo): Promise<number> {
  if (
    !args.candidate ||
    !args.production ||
    !args.requests ||
    !/\.(csv|jsonl|ndjson)$/i.test(args.out)
  )
    throw new InputError({
      message: 'shadow-replay needs two models, the requests and the log to write',
      expected: USAGE,
      found: !args.candidate
        ? 'no --candidate'
        : !args.production
          ? 'no --production'
          : !args.requests
            ? 'no --requests'
            : `--out ${JSON.stringify(args.out)} (the log is a .csv, .jsonl or .ndjson file)`,
    })
  const options = parseOptions(args.options)
  for (const k of Object.keys(options))
    if (!OPTIONS.includes(k))
      throw new InputError({
        message: `Unknown shadow-replay option ${JSON.stringify(k)}`,
        expected: `one of ${OPTIONS.join(', ')}`,
        found: k,
      })
  const workspace = new Workspace(io.cwd)
  const ssot = new Ssot(workspace, args.ssot)
  const model = await ssot.model()
  const modelFile = ssot.display('model.json')
  const targets = resolveTargets(model, modelFile)
  const classes = classNames(model, modelFile)
  const config: ShadowConfig = ssot.has('shadow.json')
    ? await ssot.json<ShadowConfig>('shadow.json', 'shadow')
    : { days: 1 }
  const spec = logSpec(
    config,
    ssot.display('shadow.json'),
    model.task,
    targets.map((t) => t.name),
    classes,
  )
  const requestsPath = workspace.resolve(args.requests, 'requests')
  const requests = await readRequests(requestsPath, workspace.display(requestsPath), {
    features: model.features,
    targets,
    clock: clockOf(options),
    ...(options['request-id-column'] ? { idColumn: options['request-id-column'] } : {}),
  })
  const io_: ModelIo = modelIoFor(model, targets, classes)
  const latency = (options.latency ?? 'on') !== 'off'
  const batch = Number(options['batch-size'] ?? 65_536)
  if (!Number.isInteger(batch) || batch < 1)
    throw new InputError({
      message: 'Invalid option batch-size',
      expected: 'a whole number >= 1',
      found: JSON.stringify(options['batch-size']),
    })
  const run = async (path: string): Promise<ReplayRun> => {
    const absolute = workspace.resolve(path, 'model')
    const m = await LoadedModel.open(absolute, workspace.display(absolute), io_)
    try {
      const predictions = await m.predict(requests.features, requests.rows, batch)
      // One request at a time, in order, after the batch run warmed the session: each row's own latency.
      const latencyMs = latency
        ? await m.measureLatency(requests.features, requests.rows, 0, requests.rows)
        : undefined
      return { predictions, ...(latencyMs ? { latencyMs } : {}) }
    } finally {
      await m.close()
    }
  }
  const production = await run(args.production)
  const shadow = await run(args.candidate)
  const out = workspace.resolve(args.out, 'shadow log')
  const dir = out.slice(0, Math.max(out.lastIndexOf('/'), 0))
  if (dir && !existsSync(dir))
    throw new InputError({
      file: args.out,
      message: 'Cannot write the shadow log: its folder does not exist',
      expected: 'an existing folder',
      found: 'no such folder',
    })
  const format = /\.csv$/i.test(out) ? 'csv' : 'jsonl'
  await writeFile(out, shadowLog(format, spec, requests, production, shadow, classes)).catch(
    (error: NodeJS.ErrnoException) => {
      throw new InputError({
        file: args.out,
        message: `Cannot write the shadow log (${error.code ?? error.message})`,
        expected: 'a writable file path (not a folder)',
        found: error.code === 'EISDIR' ? 'a folder' : (error.code ?? 'an unwritable path'),
      })
    },
  )
  const days = new Set(Array.from(requests.at, (t) => Math.floor(t / 86_400_000))).size
  io.stderr(
    `modelgate: replayed ${groupDigits(requests.rows)} requests over ${days} UTC days through ${args.production} (production) and ${args.candidate} (shadow) -> ${workspace.display(out)}\n`,
  )
  return 0
}

function clockOf(options: Record<string, string>): ReplayClock {
  const column = options['timestamp-column']
  const start = options.start
  const perDay = options['rows-per-day']
  if (column !== undefined && (start !== undefined || perDay !== undefined))
    throw new InputError({
      message: 'shadow-replay takes its timestamps from a column or from its own clock, not both',
      expected: 'timestamp-column=COL, or start=YYYY-MM-DD with rows-per-day=K',
      found: 'both',
    })
  if (column !== undefined) return { column }
  if (start === undefined && perDay === undefined) return { column: 'timestamp' }
  const k = Number(perDay)
  if (start === undefined || Number.isNaN(parseTimestamp(start)) || !Number.isInteger(k) || k < 1)
    throw new InputError({
      message: 'Invalid replay clock',
      expected: 'start=YYYY-MM-DD and rows-per-day=K (a whole number >= 1)',
      found: `start=${JSON.stringify(start ?? '')}, rows-per-day=${JSON.stringify(perDay ?? '')}`,
    })
  return { start, rowsPerDay: k }
}
