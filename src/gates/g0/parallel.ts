import { readCsvFile, type CsvReadSummary } from '../../csv/byte-csv-reader.js'
import { defineRangeTask, runRangeTask, type RangeJob } from '../../csv/range-workers.js'
import { compileDataSchema, type DataSchema } from './data-schema.js'
import { TableValidator, type TablePartial, type TableResult } from './table-validator.js'

/**
 * G0 over byte ranges in worker threads (see csv/range-workers.ts). Each
 * range is validated with the same TableValidator, and the parts merge in
 * file order: counts add, statistics merge, violations keep the first N with
 * global line numbers. Unique-key rules need every key in one place, so they
 * keep G0 sequential.
 */

interface G0Params {
  role: string
  schema: { raw: unknown; file: string; maxReportedViolations: number }
}

defineRangeTask<G0Params, TablePartial>('G0', async (job: RangeJob<G0Params>) => {
  const schema = compileDataSchema(job.params.schema.raw, job.params.schema.file)
  schema.dataset.maxReportedViolations = job.params.schema.maxReportedViolations
  const validator = new TableValidator(schema, job.display, job.params.role, job.index + 1)
  validator.onHeader(job.header, 1)
  const summary = await readCsvFile(job.absolute, { displayPath: job.display, range: { ...job.range, header: job.header } }, () => {}, (rec) => validator.onRecord(rec))
  return { result: validator.partial(), rows: summary.rows, lines: summary.nextLine }
})

/** Validates a file in `threads` ranges, or returns undefined when G0 must read it sequentially. */
export async function validateFileParallel(
  absolute: string,
  display: string,
  role: string,
  schema: DataSchema,
  rawSchema: unknown,
  threads: number,
): Promise<{ table: TableResult; summary: CsvReadSummary } | undefined> {
  if (schema.dataset.unique.length > 0) return undefined
  const run = await runRangeTask<G0Params, TablePartial>('G0', absolute, display, threads, {
    role,
    schema: { raw: rawSchema, file: schema.file, maxReportedViolations: schema.dataset.maxReportedViolations },
  })
  if (!run) return undefined
  const validator = new TableValidator(schema, display, role)
  if (validator.onHeader(run.header, 1) !== undefined) return undefined
  let rows = 0
  for (const part of run.parts) {
    for (const v of part.result.violations) v.line += part.firstLine
    validator.absorb(part.result)
    rows += part.rows
  }
  return { table: validator.finish(), summary: { header: run.header, rows, bytes: run.bytes, hadBom: run.hadBom, lineEnding: 'lf', nextLine: run.nextLine } }
}
