import { existsSync } from 'node:fs'
import { readCsvFile } from '../../csv/byte-csv-reader.js'
import { InputError } from '../../contract/errors.js'
import type { DataInput, Gate, GateContext } from '../../engine/gate.js'
import { decideStatus, describeCounts } from '../../engine/outcome.js'
import type { GateOutcome, SubjectFile } from '../../contract/types.js'
import { compileDataSchema, type DataSchema } from '../../ssot/data-schema.js'
import { judgeTables } from './judge.js'
import { threadCount } from '../../csv/range-workers.js'
import { validateFileParallel } from './parallel.js'
import { CELL_RULES, TableValidator, type TableResult } from './table-validator.js'
import { groupDigits } from '../../contract/digits.js'

/** G0 Data Quality: every data file against `ssot/data_schema.json`. */
export const g0: Gate = {
  id: 'G0',
  options: {
    'max-violations':
      'how many violations the report lists (the counts are always exact); overrides x-dataset.maxReportedViolations',
    threads:
      'threads that read large CSV files (default: the available cores, at most 8); MODELGATE_THREADS also sets it',
  },
  async run(ctx: GateContext): Promise<GateOutcome> {
    const rawSchema = await ctx.ssot.dataSchema()
    const schema = compileDataSchema(rawSchema, ctx.ssot.display('data_schema.json'))
    const threads = threadCount(ctx.inputs.options.threads)
    const inputs = await dataInputs(ctx)
    const maxViolations = ctx.inputs.options['max-violations']
    if (maxViolations !== undefined)
      schema.dataset.maxReportedViolations = parseCount(maxViolations, 'max-violations')
    const tables: TableResult[] = []
    const data: SubjectFile[] = []
    const files: Record<string, unknown>[] = []
    for (const input of inputs) {
      const absolute = ctx.workspace.resolve(input.path, `${input.role} data`)
      const display = ctx.workspace.display(absolute)
      // A large file is hashed by one of the threads that validate it; else beside the sequential read.
      const parallel = await validateFileParallel(absolute, display, input.role, schema, threads)
      const digest = ctx.describeFile(absolute, input.role, undefined, parallel?.digest)
      digest.catch(() => {})
      const { table, summary } =
        parallel ?? (await validateFile(absolute, display, input.role, schema))
      tables.push(table)
      data.push({ ...(await digest), rows: table.rows })
      files.push({
        file: display,
        role: input.role,
        rows: table.rows,
        bytes: summary.bytes,
        bom: summary.hadBom,
        lineEnding: summary.lineEnding,
        reader: parallel?.reader ?? 'sequential',
      })
    }
    const binding = await modelBinding(ctx)
    const checks = judgeTables(tables, schema)
    const status = decideStatus(checks, 0)
    const totalViolations = tables.reduce((n, t) => n + t.totalViolations, 0)
    const rows = tables.reduce((n, t) => n + t.rows, 0)
    return {
      status,
      summary: `${tables.length} file${tables.length > 1 ? 's' : ''}, ${groupDigits(rows)} rows, ${groupDigits(totalViolations)} violations; ${describeCounts(checks)}`,
      subject: { ...(binding.subject ? { model: binding.subject } : {}), data, artifacts: [] },
      checks,
      problems: [],
      report: {
        ...(binding.model ? { model: binding.model } : {}),
        files,
        profile: tables.flatMap((t) => t.columns.map((c) => c.profile)),
        violations: tables.flatMap((t) => t.violations),
        violationCounts: violationCounts(tables),
        totalViolations,
        maxReportedViolations: schema.dataset.maxReportedViolations,
      },
    }
  },
}

/** Validates one CSV file; structural errors become InputErrors naming the file and line. */
export async function validateFile(
  absolute: string,
  display: string,
  role: string,
  schema: DataSchema,
) {
  const validator = new TableValidator(schema, display, role)
  const summary = await readCsvFile(
    absolute,
    {
      displayPath: display,
      scanLine: (buf, from, limit, line, offset) =>
        validator.scanLine(buf, from, limit, line, offset),
    },
    (header, line) => {
      const problem = validator.onHeader(header, line)
      if (problem)
        throw new InputError({
          file: display,
          line,
          message: 'Unusable header',
          expected: 'a header line of unique, non-empty column names',
          found: problem,
        })
    },
    (rec) => validator.onRecord(rec),
  )
  return { table: validator.finish(), summary }
}

/**
 * The model this data is for, from ssot/model.json when there is one: its
 * name, and the digest of its file when the file exists, so that the release
 * chain (G0 to G5) binds this verdict to a model. G0 does not judge the model.
 */
async function modelBinding(
  ctx: GateContext,
): Promise<{ model?: Record<string, unknown>; subject?: SubjectFile }> {
  if (!ctx.ssot.has('model.json')) return {}
  const model = await ctx.ssot.model()
  const path = ctx.ssot.resolveRepoPath(model.paths.model, 'model', '/paths/model')
  const subject = existsSync(path) ? await ctx.describeFile(path, 'model') : undefined
  return {
    model: {
      name: model.name,
      version: model.version ?? null,
      owner: model.owner,
      stage: model.stage,
    },
    ...(subject ? { subject } : {}),
  }
}

/** Data files from the inputs, or else the training, holdout and reference paths of ssot/model.json. */
async function dataInputs(ctx: GateContext): Promise<DataInput[]> {
  if (ctx.inputs.data.length > 0) return ctx.inputs.data
  let paths: Record<string, string | undefined> = {}
  try {
    paths = (await ctx.ssot.model()).paths
  } catch {
    // No usable model.json: the data must come from the inputs.
  }
  const fromModel = (['training', 'reference', 'holdout'] as const)
    .filter((role) => paths[role] !== undefined)
    .map((role) => ({
      role,
      path: ctx.ssot.resolveRepoPath(paths[role]!, `${role} data`, `/paths/${role}`),
    }))
  const unique = fromModel.filter((d, i) => fromModel.findIndex((e) => e.path === d.path) === i)
  if (unique.length === 0) {
    throw new InputError({
      message: 'G0 has no data to validate',
      expected:
        'one or more data files (--data FILE, the `data` input, or paths.training/holdout/reference in ssot/model.json)',
      found: 'none',
    })
  }
  return unique
}

function violationCounts(tables: TableResult[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const t of tables) {
    const add = (rule: string, n: number) => {
      if (n > 0) counts[`${t.role}:${rule}`] = (counts[`${t.role}:${rule}`] ?? 0) + n
    }
    add('field_count', t.raggedRows)
    t.duplicates.forEach((n, k) => add(`unique[${k}]`, n))
    for (const c of t.columns)
      c.counts.forEach((n, i) => add(`${c.rules.name}.${CELL_RULES[i]}`, n))
  }
  return counts
}

function parseCount(raw: string, name: string): number {
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 0)
    throw new InputError({
      message: `Invalid option ${name}`,
      expected: 'a whole number >= 0',
      found: JSON.stringify(raw),
    })
  return n
}
