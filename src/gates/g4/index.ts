import { unreadableFile } from '../../io/file-errors.js'
import { threadCount } from '../../csv/range-workers.js'
import { InputError } from '../../contract/errors.js'
import type { DataInput, Gate, GateContext } from '../../engine/gate.js'
import { decideStatus, describeCounts } from '../../engine/outcome.js'
import type { GateOutcome } from '../../contract/types.js'
import { classNames, resolveTargets } from '../../ssot/model-config.js'
import { defaultResampleCount } from '../../stats/bootstrap.js'
import { logSpec, unknownVariables, type ShadowConfig } from './config.js'
import { readShadowLog } from './log.js'
import { evaluateG4 } from './evaluate.js'
import { buildG4Report } from './report.js'
import { groupDigits } from '../../contract/digits.js'

/**
 * G4 Shadow Validation: judge the log of a candidate that ran beside
 * production (or a replay of recorded traffic through both) over N days,
 * against ssot/shadow.json and the G4 rows of ssot/kpi_acceptance.csv.
 */
export const g4: Gate = {
  id: 'G4',
  options: {
    bootstrap:
      'bootstrap resamples for confidence intervals (0 turns intervals off; default depends on the rows)',
    seed: 'seed of the bootstrap resampling (default 20240101)',
    threads: 'threads that read a large shadow log (default: the available cores, at most 8)',
  },
  async run(ctx: GateContext): Promise<GateOutcome> {
    const model = await ctx.ssot.model()
    const configName = 'shadow.json'
    const configFile = ctx.ssot.display(configName)
    if (!ctx.ssot.has(configName))
      throw new InputError({
        file: configFile,
        message: 'G4 needs the shadow settings, and ssot/shadow.json does not exist',
        expected:
          'ssot/shadow.json with at least {"days": N} (schema: ssot/schemas/shadow.schema.json)',
        found: 'no such file',
      })
    const config = await ctx.ssot.json<ShadowConfig>(configName, 'shadow')
    const rules = (await ctx.ssot.kpiRules()).filter((r) => r.gate === 'G4')
    if (rules.length === 0)
      throw new InputError({
        file: ctx.ssot.display('kpi_acceptance.csv'),
        message: 'No G4 rules: G4 has nothing to judge beyond the days covered',
        expected: 'at least one row with gate=G4 (e.g. mae against ground truth, mean_abs_diff)',
        found: 'none',
      })
    const options = parseOptions(ctx.inputs.options)
    const modelFile = ctx.ssot.display('model.json')
    const targets = resolveTargets(model, modelFile)
    const classes = classNames(model, modelFile)
    const names = targets.map((t) => t.name)
    const unknown = unknownVariables(config, names)
    if (unknown.length > 0)
      throw new InputError({
        file: configFile,
        pointer: `/columns/variables/${unknown[0]!.replace(/~/g, '~0').replace(/\//g, '~1')}`,
        message: `ssot/shadow.json names columns of variable "${unknown[0]}", which the model does not predict`,
        expected: `one of ${names.map((n) => JSON.stringify(n)).join(', ')} (the targets of ssot/model.json)`,
        found: JSON.stringify(unknown[0]),
      })

    const logInput = pickLog(ctx.inputs.data)
    const logPath = logInput
      ? ctx.workspace.resolve(logInput.path, 'shadow log')
      : config.paths?.log
        ? ctx.ssot.resolveRepoPath(config.paths.log, 'shadow log', '/paths/log', configName)
        : undefined
    if (!logPath)
      throw new InputError({
        message: 'G4 has no shadow log',
        expected: '--data shadow=FILE, the data input, or paths.log in ssot/shadow.json',
        found: 'none',
      })
    const modelPath = ctx.inputs.model
      ? ctx.workspace.resolve(ctx.inputs.model, 'model')
      : ctx.ssot.resolveRepoPath(model.paths.model, 'model')
    const productionPath = ctx.inputs.baselineModel
      ? ctx.workspace.resolve(ctx.inputs.baselineModel, 'production model')
      : config.paths?.production
        ? ctx.ssot.resolveRepoPath(
            config.paths.production,
            'production model',
            '/paths/production',
            configName,
          )
        : undefined
    if (!productionPath)
      throw new InputError({
        file: configFile,
        message:
          "G4 binds its verdict to the production model's digest, and no production model is given",
        expected:
          'the baseline-model input (--baseline-model FILE) or paths.production in ssot/shadow.json',
        found: 'none',
      })

    const logDisplay = ctx.workspace.display(logPath)
    const spec = logSpec(config, configFile, model.task, names, classes)
    const t0 = performance.now()
    const log = await readShadowLog(logPath, logDisplay, spec, threadCount(options.threads)).catch(
      (error: unknown) => {
        // A missing or unreadable log is the user's to fix: say which file, never an internal error.
        if ((error as NodeJS.ErrnoException)?.code)
          throw unreadableFile(error, logDisplay, 'the shadow log (CSV or JSON Lines)')
        throw error
      },
    )
    // A large log was hashed by one of the threads that read it; a small one is hashed now.
    const logDigest = ctx.describeFile(logPath, 'shadow-log', undefined, log.digest)
    logDigest.catch(() => {})
    const t1 = performance.now()
    const input = {
      task: model.task,
      variables: targets.map((t) => ({
        name: t.name,
        ...(t.unit !== undefined ? { unit: t.unit } : {}),
      })),
      ...(classes ? { classes } : {}),
      rules,
      log,
      days: config.days,
      minRowsPerDay: config.minRowsPerDay ?? 1,
      configFile,
      today: Math.floor(ctx.now().getTime() / 86_400_000),
      resamples: options.bootstrap ?? defaultResampleCount(log.rows),
      seed: options.seed,
      eceBins: 10,
    }
    const evaluation = evaluateG4(input)
    const report = buildG4Report(input, evaluation)
    const t2 = performance.now()
    const checks = evaluation.checks
    const subjectModel = await ctx.describeFile(modelPath, 'model')
    const production = await ctx.describeFile(productionPath, 'production-model')
    const status = decideStatus(checks, 0)
    const c = evaluation.coverage
    return {
      status,
      summary: `${model.name} in shadow beside production: ${c.qualifying >= config.days ? `${c.qualifying} days covered (${config.days} required)` : `${c.qualifying} of ${config.days} days`}, ${groupDigits(log.rows)} logged requests; ${describeCounts(checks)}`,
      subject: {
        model: subjectModel,
        data: [],
        artifacts: [production, { ...(await logDigest), rows: log.rows }],
      },
      checks,
      problems: [],
      report: {
        ...report,
        stages: { readMs: t1 - t0, metricsMs: t2 - t1 },
        bootstrap: { resamples: input.resamples, seed: input.seed },
        model: {
          name: model.name,
          version: model.version ?? null,
          owner: model.owner,
          stage: model.stage,
        },
        production: ctx.workspace.display(productionPath),
        log: logDisplay,
      },
    }
  },
}

/**
 * The shadow log among the data inputs: the one with role `shadow` or `log`
 * (`shadow=FILE`), or a single path given without a role. Anything else is
 * refused rather than guessed.
 */
function pickLog(data: readonly DataInput[]): DataInput | undefined {
  if (data.length === 0) return undefined
  const logs = data.filter((d) => /^(shadow|log|shadow_log|shadow-log)(_\d+)?$/.test(d.role))
  if (logs.length === 1) return logs[0]
  if (logs.length === 0 && data.length === 1 && !data[0]!.explicitRole) return data[0]
  throw new InputError({
    message:
      logs.length > 1
        ? `G4 judges one shadow log, and the data input names ${logs.length}`
        : 'G4 judges a shadow log, and the data input names none',
    expected: 'shadow=FILE, or a single file path without a role',
    found: data.map((d) => (d.explicitRole ? `${d.role}=${d.path}` : d.path)).join(', '),
  })
}

interface G4Options {
  bootstrap?: number
  seed: number
  threads?: string
}

function parseOptions(raw: Record<string, string>): G4Options {
  const int = (name: string, min: number, max: number): number | undefined => {
    const v = raw[name]
    if (v === undefined) return undefined
    const n = Number(v)
    if (!Number.isInteger(n) || n < min || n > max)
      throw new InputError({
        message: `Invalid option ${name}`,
        expected: `a whole number from ${min} to ${max}`,
        found: JSON.stringify(v),
      })
    return n
  }
  const bootstrap = int('bootstrap', 0, 100_000)
  return {
    ...(bootstrap !== undefined ? { bootstrap } : {}),
    seed: int('seed', 0, 2 ** 32 - 1) ?? 20240101,
    ...(raw.threads !== undefined ? { threads: raw.threads } : {}),
  }
}
