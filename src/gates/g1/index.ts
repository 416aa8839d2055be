import { availableParallelism } from 'node:os'
import { threadCount } from '../../csv/range-workers.js'
import { InputError } from '../../contract/errors.js'
import type { DataInput, Gate, GateContext } from '../../engine/gate.js'
import { decideStatus, describeCounts } from '../../engine/outcome.js'
import type { GateOutcome, SubjectFile } from '../../contract/types.js'
import { classNames, resolveTargets, weightColumn } from '../../ssot/model-config.js'
import { defaultResampleCount } from '../../stats/bootstrap.js'
import { modelIoFor } from '../../onnx/model-io.js'
import { evaluateG1, validateIntervals, validateProbabilities } from './evaluate.js'
import { readHoldout, type Holdout } from './holdout.js'
import { LoadedModel, type ModelIo } from '../../onnx/runner.js'
import type { Operations } from '../../acceptance/operations.js'
import { baselineRef, openBaseline } from './baseline.js'
import { groupDigits } from '../../contract/digits.js'

/**
 * G1 Model Performance: run the candidate (and the baseline, when there is
 * one) on the holdout with onnxruntime, then judge ssot/kpi_acceptance.csv.
 */
export const g1: Gate = {
  id: 'G1',
  options: {
    bootstrap:
      'bootstrap resamples for confidence intervals (0 turns intervals off; default depends on the holdout size)',
    seed: 'seed of the bootstrap resampling (default 20240101)',
    'ece-bins': 'bins of the expected calibration error (default 10)',
    'latency-calls': 'timed single-row calls for the latency percentiles (default 200)',
    warmup: 'untimed calls before the latency is measured (default 20)',
    'batch-size': 'rows per inference batch (default 65536)',
    'inference-threads': "onnxruntime's intra-op threads (0: its default)",
    threads: 'threads that read a large holdout CSV (default: the available cores, at most 8)',
  },
  async run(ctx: GateContext): Promise<GateOutcome> {
    const model = await ctx.ssot.model()
    const rules = (await ctx.ssot.kpiRules()).filter((r) => r.gate === 'G1')
    if (rules.length === 0) {
      throw new InputError({
        file: ctx.ssot.display('kpi_acceptance.csv'),
        message: 'No G1 rules: G1 has nothing to judge',
        expected: 'at least one row with gate=G1',
        found: 'none',
      })
    }
    const options = parseOptions(ctx.inputs.options)
    const modelFile = ctx.ssot.display('model.json')
    const targets = resolveTargets(model, modelFile)
    const classes = classNames(model, modelFile)
    const weight = weightColumn(model, targets, modelFile)
    const holdoutInput = pickHoldout(ctx.inputs.data)
    const holdoutPath = holdoutInput
      ? ctx.workspace.resolve(holdoutInput.path, 'holdout data')
      : model.paths.holdout
        ? ctx.ssot.resolveRepoPath(model.paths.holdout, 'holdout data')
        : undefined
    if (!holdoutPath)
      throw new InputError({
        message: 'G1 has no holdout data',
        expected: '--data holdout=FILE, the data input, or paths.holdout in ssot/model.json',
        found: 'none',
      })
    const modelPath = ctx.inputs.model
      ? ctx.workspace.resolve(ctx.inputs.model, 'model')
      : ctx.ssot.resolveRepoPath(model.paths.model, 'model')
    const baselineSource = baselineRef(ctx, model.paths.baseline)

    const holdoutDisplay = ctx.workspace.display(holdoutPath)
    const t0 = performance.now()
    const holdout = await readHoldout(
      holdoutPath,
      holdoutDisplay,
      {
        task: model.task,
        features: model.features,
        slices: model.slices ?? [],
        targets: targets.map((t) => ({ name: t.name, column: t.column })),
        ...(classes ? { classes } : {}),
        ...(weight !== undefined ? { weight } : {}),
      },
      threadCount(ctx.inputs.options.threads),
    )
    // A large holdout was hashed by one of the threads that read it; a small one is hashed now.
    const holdoutDigest = ctx.describeFile(holdoutPath, 'holdout', undefined, holdout.digest)
    holdoutDigest.catch(() => {})
    const t1 = performance.now()
    const io: ModelIo = modelIoFor(model, targets, classes)

    const candidate = await runModel(
      modelPath,
      ctx.workspace.display(modelPath),
      io,
      holdout,
      options,
    )
    const base = baselineSource ? await openBaseline(ctx, baselineSource) : undefined
    const baseline = base
      ? await runModel(base.path, base.display, io, holdout, options).finally(base.close)
      : undefined
    const t2 = performance.now()
    const resamples = options.bootstrap ?? defaultResampleCount(holdout.rows)
    const { checks, report } = evaluateG1({
      task: model.task,
      variables: targets.map((t) => ({
        name: t.name,
        ...(t.unit !== undefined ? { unit: t.unit } : {}),
      })),
      ...(classes ? { classes } : {}),
      rules,
      rows: holdout.rows,
      y: holdout.y,
      labels: holdout.labels,
      slices: holdout.slices,
      ...(weight !== undefined && holdout.weights
        ? { weights: { column: weight, values: holdout.weights } }
        : {}),
      candidate: candidate.predictions,
      ...(baseline ? { baseline: baseline.predictions } : {}),
      operations: {
        candidate: candidate.operations,
        ...(baseline ? { baseline: baseline.operations } : {}),
      },
      resamples,
      seed: options.seed,
      eceBins: options.eceBins,
    })
    const t3 = performance.now()
    const stages = {
      readMs: t1 - t0,
      inferenceMs: candidate.inferenceMs + (baseline?.inferenceMs ?? 0),
      operationsMs: candidate.operationsMs + (baseline?.operationsMs ?? 0),
      metricsMs: t3 - t2,
    }
    const subjectModel = await ctx.describeFile(modelPath, 'model')
    const artifacts: SubjectFile[] = base ? [await base.subject()] : []
    const status = decideStatus(checks, 0)
    return {
      status,
      summary: `${model.name} on ${groupDigits(holdout.rows)} holdout rows${weight !== undefined ? ` weighted by column ${JSON.stringify(weight)}` : ''}${baseline ? ' against the baseline' : ', no baseline'}; ${describeCounts(checks)}`,
      subject: {
        model: subjectModel,
        data: [
          {
            ...(await holdoutDigest),
            rows: holdout.rows,
            ...(weight !== undefined ? { weightColumn: weight } : {}),
          },
        ],
        artifacts,
      },
      checks,
      problems: [],
      report: {
        ...report,
        stages,
        model: {
          name: model.name,
          version: model.version ?? null,
          owner: model.owner,
          stage: model.stage,
        },
        baseline: base?.display ?? null,
        ...(base?.registry ? { baselineRegistry: base.registry } : {}),
      },
    }
  },
}

/**
 * The holdout among the data inputs: the one with role `holdout`
 * (`holdout=FILE`, or a bare path named holdout.csv), or else a single path
 * given without a role. Anything else is refused rather than guessed: a
 * `training=FILE` judged as the holdout would measure the model on the rows
 * it learnt from.
 */
export function pickHoldout(data: readonly DataInput[]): DataInput | undefined {
  if (data.length === 0) return undefined
  const given = data.map((d) => (d.explicitRole ? `${d.role}=${d.path}` : d.path)).join(', ')
  const holdouts = data.filter((d) => d.role === 'holdout' || /^holdout_\d+$/.test(d.role))
  if (holdouts.length > 1) {
    throw new InputError({
      message: `G1 evaluates one holdout, and the data input names ${holdouts.length}`,
      expected: 'one holdout=FILE',
      found: holdouts.map((d) => d.path).join(', '),
    })
  }
  if (holdouts.length === 1) return holdouts[0]
  if (data.length === 1 && !data[0]!.explicitRole) return data[0]
  throw new InputError({
    message: 'G1 evaluates the model on the holdout, and the data input names no holdout',
    expected:
      'holdout=FILE, or a single file path without a role (G1 never evaluates on a file given another role, such as training)',
    found: given,
  })
}

interface G1Options {
  bootstrap?: number
  seed: number
  eceBins: number
  latencyCalls: number
  warmup: number
  batchSize: number
  intraOpThreads: number
}

function parseOptions(raw: Record<string, string>): G1Options {
  const int = (
    name: string,
    fallback: number | undefined,
    min: number,
    max: number,
  ): number | undefined => {
    const v = raw[name]
    if (v === undefined) return fallback
    const n = Number(v)
    if (!Number.isInteger(n) || n < min || n > max)
      throw new InputError({
        message: `Invalid option ${name}`,
        expected: `a whole number from ${min} to ${max}`,
        found: JSON.stringify(v),
      })
    return n
  }
  const bootstrap = int('bootstrap', undefined, 0, 100_000)
  return {
    ...(bootstrap !== undefined ? { bootstrap } : {}),
    seed: int('seed', 20240101, 0, 2 ** 32 - 1)!,
    eceBins: int('ece-bins', 10, 2, 1000)!,
    latencyCalls: int('latency-calls', 200, 10, 100_000)!,
    warmup: int('warmup', 20, 0, 10_000)!,
    batchSize: int('batch-size', 65_536, 1, 10_000_000)!,
    intraOpThreads: int('inference-threads', 0, 0, 1024)!,
  }
}

async function runModel(
  path: string,
  display: string,
  io: ModelIo,
  holdout: Holdout,
  options: G1Options,
) {
  const model = await LoadedModel.open(path, display, io, {
    intraOpThreads: options.intraOpThreads,
  })
  try {
    const t0 = performance.now()
    const predictions = await model.predict(holdout.features, holdout.rows, options.batchSize)
    const inferenceMs = performance.now() - t0
    validateProbabilities(predictions, display)
    validateIntervals(predictions, io.targets, display)
    const t1 = performance.now()
    const latencyMs = await model.measureLatency(
      holdout.features,
      holdout.rows,
      options.warmup,
      options.latencyCalls,
    )
    const throughput = await model.measureThroughput(
      holdout.features,
      holdout.rows,
      options.batchSize,
      3,
    )
    const operations: Operations = {
      latencyMs,
      warmup: options.warmup,
      throughput,
      intraOpThreads: options.intraOpThreads,
      batchSize: options.batchSize,
      logicalCpus: availableParallelism(),
    }
    return { predictions, operations, inferenceMs, operationsMs: performance.now() - t1 }
  } finally {
    await model.close()
  }
}
