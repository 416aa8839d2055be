import { readCsvFile } from '../../csv/byte-csv-reader.js'
import { threadCount } from '../../csv/range-workers.js'
import { InputError } from '../../contract/errors.js'
import type { Check, GateOutcome, SubjectFile } from '../../contract/types.js'
import type { DataInput, Gate, GateContext } from '../../engine/gate.js'
import { decideStatus } from '../../engine/outcome.js'
import { escapePointer } from '../../ssot/schema-registry.js'
import { resolveTargets, type ModelConfig } from '../../ssot/model-config.js'
import {
  DEFAULT_CONSECUTIVE_RUNS,
  DEFAULT_DATASET_SHARE,
  loadDriftConfig,
  type DriftConfig,
} from './config.js'
import { compareColumn, type ColumnValues } from './judge.js'
import { predictBoth } from './predictions.js'
import { columnCheck, columnTable, driftCharts, type ColumnVerdict } from './report.js'
import { readTable, type ColumnSpec, type Table } from './window.js'
import { groupDigits } from '../../contract/digits.js'

/**
 * Drift monitoring: the current window (`--data current=FILE`) against the
 * reference (`paths.reference` in ssot/model.json), per feature with
 * Evidently's tests and defaults unless ssot/drift.json says otherwise, plus
 * the target when the window has it and the model's predictions when a model
 * is given. Fails (exit 1) on dataset drift: at least `datasetDriftShare` of
 * the features drift.
 */
export const drift: Gate = {
  id: 'drift',
  options: {
    threads:
      'threads that read large CSV files (default: the available cores, at most 8); MODELGATE_THREADS also sets it',
    freeze:
      'true: on dataset drift, freeze the production version (in the registry when there is one, else the output frozen=true); overrides freeze in ssot/drift.json',
  },
  async run(ctx: GateContext): Promise<GateOutcome> {
    const model = await ctx.ssot.model()
    const config = await loadDriftConfig(ctx.ssot)
    const threads = threadCount(ctx.inputs.options.threads)
    const { reference, current } = dataFiles(ctx, model)
    const refDisplay = ctx.workspace.display(reference)
    const curDisplay = ctx.workspace.display(current)
    const [refHeader, curHeader] = [
      await readHeader(reference, refDisplay),
      await readHeader(current, curDisplay),
    ]
    checkColumns(refHeader, curHeader, curDisplay, config)

    const ignored = (name: string) => config.columns?.[name]?.ignore === true
    const features = model.features.filter((f) => !ignored(f.name))
    // Nothing compared is no verdict: "no drift" over zero features would pass by default.
    if (features.length === 0)
      throw new InputError({
        file: ctx.ssot.display('drift.json'),
        pointer: '/columns',
        message: 'drift.json ignores every feature of the model: no feature would be compared',
        expected: 'at least one feature of ssot/model.json without ignore: true',
        found: `ignored: ${model.features.map((f) => f.name).join(', ')}`,
      })
    const targets = resolveTargets(model, ctx.ssot.display('model.json'))
    const targetColumns = targets
      .map((t) => t.column)
      .filter((c) => curHeader.includes(c) && refHeader.includes(c) && !ignored(c))
    const textTarget = model.task !== 'regression'
    const specs: ColumnSpec[] = [
      ...model.features.map(
        (f) => ({ name: f.name, kind: f.dtype === 'string' ? 'text' : 'number' }) as ColumnSpec,
      ),
      ...targetColumns.map(
        (name) => ({ name, kind: textTarget ? 'text' : 'number' }) as ColumnSpec,
      ),
    ]
    const t0 = performance.now()
    const ref = await readTable(reference, refDisplay, 'reference', specs, threads)
    const cur = await readTable(current, curDisplay, 'current', specs, threads)
    // Large files were hashed by one of the threads that read them; small ones are hashed now.
    const digests = [
      ctx.describeFile(reference, 'reference', undefined, ref.digest),
      ctx.describeFile(current, 'current', undefined, cur.digest),
    ]
    for (const d of digests) d.catch(() => {})
    if (cur.rows === 0) throw noRows(curDisplay, 'current window')
    if (ref.rows === 0) throw noRows(refDisplay, 'reference')
    const t1 = performance.now()

    const { verdicts, checks, compare } = comparer(ctx, config)
    for (const f of features) compare(f.name, 'feature', columnValues(f.name, ref, cur))
    for (const c of targetColumns) compare(c, 'target', columnValues(c, ref, cur))
    let modelSubject: SubjectFile | undefined
    if (ctx.inputs.model) {
      const modelPath = ctx.workspace.resolve(ctx.inputs.model, 'model')
      modelSubject = await ctx.describeFile(modelPath, 'model')
      const predicted = await predictBoth(
        modelPath,
        ctx.workspace.display(modelPath),
        model,
        targets,
        ref,
        cur,
      )
      for (const p of predicted) if (!ignored(p.name)) compare(p.name, 'prediction', p.values)
    }
    const t2 = performance.now()

    const featureVerdicts = verdicts.filter((v) => v.role === 'feature')
    const drifted = featureVerdicts.filter((v) => v.drifted)
    const share = featureVerdicts.length ? drifted.length / featureVerdicts.length : 0
    const shareThreshold = config.datasetDriftShare ?? DEFAULT_DATASET_SHARE
    const datasetDrift = featureVerdicts.length > 0 && share >= shareThreshold
    checks.push(datasetCheck(featureVerdicts.length, drifted, share, shareThreshold))
    const freeze = parseFreeze(ctx.inputs.options.freeze) ?? config.freeze ?? false
    const frozenVersion =
      datasetDrift && freeze ? await freezeProduction(ctx, model.name) : undefined
    const otherDrift = verdicts
      .filter((v) => v.role !== 'feature' && v.drifted)
      .map((v) => (v.name === v.role ? v.role : `${v.role} ${v.name}`))
    const status = decideStatus(checks, 0)
    return {
      status,
      summary: `${model.name}: ${datasetDrift ? 'dataset drift' : 'no dataset drift'}, ${drifted.length} of ${featureVerdicts.length} features drift${otherDrift.length ? `; ${otherDrift.join(', ')} drift` : ''} (${groupDigits(cur.rows)} current rows against ${groupDigits(ref.rows)} reference rows)`,
      subject: {
        ...(modelSubject ? { model: modelSubject } : {}),
        data: [
          { ...(await digests[0]!), rows: ref.rows },
          { ...(await digests[1]!), rows: cur.rows },
        ],
        artifacts: [],
      },
      checks,
      problems: [],
      report: {
        model: {
          name: model.name,
          version: model.version ?? null,
          owner: model.owner,
          stage: model.stage,
        },
        drift: {
          datasetDrift,
          share,
          shareThreshold,
          driftedFeatures: drifted.map((v) => v.name),
          drifted: verdicts.filter((v) => v.drifted).map((v) => ({ name: v.name, role: v.role })),
          reference: { file: refDisplay, rows: ref.rows },
          current: { file: curDisplay, rows: cur.rows },
        },
        alert: alertSettings(config, freeze, frozenVersion),
        stages: { readMs: t1 - t0, testsMs: t2 - t1 },
        tables: [columnTable(verdicts)],
        charts: driftCharts(verdicts),
      },
    }
  },
}

/** Compares columns into verdicts and checks; a column that cannot be judged becomes an error check. */
function comparer(ctx: GateContext, config: DriftConfig) {
  const verdicts: ColumnVerdict[] = []
  const checks: Check[] = []
  const compare = (name: string, role: ColumnVerdict['role'], values: ColumnValues) => {
    const setting = { ...(config.test ? { test: config.test } : {}), ...config.columns?.[name] }
    try {
      const v = { name, role, ...compareColumn(values, setting) }
      verdicts.push(v)
      checks.push(columnCheck(v))
    } catch (error) {
      if (!(error instanceof RangeError)) throw error
      // A test that does not fit the column was set in drift.json; missing values were not.
      const source =
        setting.test !== undefined
          ? {
              file: ctx.ssot.display('drift.json'),
              pointer: config.columns?.[name]?.test
                ? `/columns/${escapePointer(name)}/test`
                : '/test',
            }
          : undefined
      checks.push(unjudgedCheck(name, role, error.message, source))
    }
  }
  return { verdicts, checks, compare }
}

/** The blocking check: the dataset drifts when at least `threshold` of the features drift. */
function datasetCheck(
  features: number,
  drifted: ColumnVerdict[],
  share: number,
  threshold: number,
): Check {
  const fail = features > 0 && share >= threshold
  return {
    id: 'drift.dataset.share',
    rule: 'drifted_share',
    value: share,
    operator: '<',
    threshold,
    status: fail ? 'fail' : 'pass',
    severity: 'block',
    message: `${drifted.length} of ${features} features drift${drifted.length ? ` (${drifted.map((v) => v.name).join(', ')})` : ''}; the dataset drifts at a share of ${threshold} or more`,
    details: { driftedFeatures: drifted.map((v) => v.name), features },
  }
}

/** What the Action's alert step needs from this run (report.alert). */
function alertSettings(config: DriftConfig, freeze: boolean, frozenVersion: string | undefined) {
  return {
    freeze,
    ...(frozenVersion ? { frozenVersion } : {}),
    ...(config.retrain
      ? {
          retrain: {
            workflow: config.retrain.workflow,
            ...(config.retrain.ref ? { ref: config.retrain.ref } : {}),
            consecutiveRuns: config.retrain.consecutiveRuns ?? DEFAULT_CONSECUTIVE_RUNS,
          },
        }
      : {}),
  }
}

/** The reference (reference=FILE, else paths.reference) and the current window (current=FILE, or one path without a role). */
function dataFiles(ctx: GateContext, model: ModelConfig): { reference: string; current: string } {
  const data = ctx.inputs.data
  const byRole = (role: string) => data.filter((d) => d.role === role)
  const refInput = byRole('reference')
  const curInputs: DataInput[] = byRole('current')
  if (curInputs.length === 0 && data.length === 1 && !data[0]!.explicitRole)
    curInputs.push(data[0]!)
  if (curInputs.length !== 1 || refInput.length > 1)
    throw new InputError({
      message:
        curInputs.length === 0
          ? 'drift compares a current window with the reference, and no current window was given'
          : 'drift compares one current window with one reference',
      expected:
        '--data current=FILE (the `data` input), and the reference in paths.reference of ssot/model.json or --data reference=FILE',
      found: data.length
        ? data.map((d) => (d.explicitRole ? `${d.role}=${d.path}` : d.path)).join(', ')
        : 'no data',
    })
  const current = ctx.workspace.resolve(curInputs[0]!.path, 'current window')
  if (refInput.length === 1)
    return { reference: ctx.workspace.resolve(refInput[0]!.path, 'reference data'), current }
  if (!model.paths.reference)
    throw new InputError({
      file: ctx.ssot.display('model.json'),
      pointer: '/paths/reference',
      message: 'drift has no reference data',
      expected:
        'paths.reference in ssot/model.json (the data the model was trained on), or --data reference=FILE',
      found: 'none',
    })
  return {
    reference: ctx.ssot.resolveRepoPath(
      model.paths.reference,
      'reference data',
      '/paths/reference',
    ),
    current,
  }
}

const HEADER_READ = Symbol('header read')

/** The header of a CSV, without reading its rows. */
async function readHeader(absolute: string, display: string): Promise<string[]> {
  let header: string[] = []
  try {
    await readCsvFile(
      absolute,
      { displayPath: display },
      (h) => {
        header = h
        throw HEADER_READ
      },
      () => {},
    )
  } catch (error) {
    if (error !== HEADER_READ) throw error
  }
  return header
}

/** A window column the reference lacks means the data changed shape: an error, unless drift.json lists it in ignoreColumns. */
function checkColumns(
  refHeader: string[],
  curHeader: string[],
  curDisplay: string,
  config: DriftConfig,
): void {
  const extra = curHeader.filter(
    (c) => !refHeader.includes(c) && !config.ignoreColumns?.includes(c),
  )
  if (extra.length > 0)
    throw new InputError({
      file: curDisplay,
      line: 1,
      message: `The current window has ${extra.length === 1 ? 'a column' : 'columns'} that the reference lacks: ${extra.map((c) => JSON.stringify(c)).join(', ')}`,
      expected: `the reference's columns (${refHeader.join(', ')}), or the column in ignoreColumns of ssot/drift.json`,
      found: `columns ${curHeader.join(', ')}`,
    })
}

function columnValues(name: string, ref: Table, cur: Table): ColumnValues {
  const r = ref.numeric.get(name)
  if (r) return { kind: 'num', reference: r, current: cur.numeric.get(name)! }
  return { kind: 'cat', reference: ref.text.get(name)!, current: cur.text.get(name)! }
}

function noRows(display: string, what: string): InputError {
  return new InputError({
    file: display,
    message: `The ${what} has no data rows`,
    expected: 'at least one row to compare',
    found: 'a header only',
  })
}

/** A column that cannot be judged (no values, or a test that does not fit its type): an error check, never a pass. */
function unjudgedCheck(
  name: string,
  role: ColumnVerdict['role'],
  message: string,
  source: { file: string; pointer: string } | undefined,
): Check {
  return {
    id: `drift.${role}.${name}`,
    rule: 'drift',
    variable: name,
    value: null,
    status: 'error',
    severity: 'block',
    message: `${role} ${name}: ${message}`,
    ...(source ? { source } : {}),
  }
}

function parseFreeze(raw: string | undefined): boolean | undefined {
  if (raw === undefined) return undefined
  if (raw === 'true' || raw === 'false') return raw === 'true'
  throw new InputError({
    message: 'Invalid option freeze',
    expected: 'true or false',
    found: JSON.stringify(raw),
  })
}

/**
 * Freezes the production version in the registry, when the run was given
 * one (it keeps serving; its recommendations are held until a person
 * unfreezes it). Returns the version, or undefined without a registry or a
 * production version (the Action then sets the output frozen=true).
 */
async function freezeProduction(ctx: GateContext, model: string): Promise<string | undefined> {
  const registry = ctx.services.registry
  if (!registry) return undefined
  const production = await registry.production(model)
  if (!production) return undefined
  if (!production.frozen) {
    const r = ctx.run
    const runUrl =
      r.serverUrl && r.repository && r.runId
        ? `${r.serverUrl}/${r.repository}/actions/runs/${r.runId}`
        : undefined
    await registry.setFrozen(
      { model: production.model, version: production.version },
      true,
      {
        ...(r.actor ? { login: r.actor } : {}),
        ...(r.runId ? { runId: r.runId } : {}),
        ...(runUrl ? { runUrl } : {}),
      },
      'dataset drift (modelgate drift)',
    )
  }
  return production.version
}
