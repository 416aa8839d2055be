import { readCsvFile, type CsvReadSummary } from '../../csv/byte-csv-reader.js'
import {
  defineRangeTask,
  runRangeTask,
  type FileDigest,
  type RangeJob,
  type RangeOptions,
} from '../../csv/range-workers.js'
import { sharedBars } from '../../profile/bottom-k-sample.js'
import type { DataSchema } from '../../ssot/data-schema.js'
import {
  TableValidator,
  type ChunkResult,
  type TablePartial,
  type TableResult,
} from './table-validator.js'

/**
 * G0 over chunks of a file (see csv/range-workers.ts), in worker threads or
 * in-process. Each thread validates its chunks with one TableValidator. What
 * merges exactly in any order (counts, extremes, samples, categories) comes
 * back once per thread; what floating-point or the report makes order
 * dependent (moments, the first N violations with their global line numbers)
 * comes back per chunk and merges in file order. So the evidence is the same
 * for any thread count. Unique-key rules need every key in one place, so
 * they keep G0 sequential.
 */

interface G0Params {
  role: string
  /** The compiled schema (sets and regular expressions survive the structured clone). */
  schema: DataSchema
  /** The numeric columns' sampling bars, shared by every thread of the run (TableValidator.shareSampleBars). */
  bars: SharedArrayBuffer
}

/** Each thread keeps one validator for all the chunks it reads; the violations go back per chunk. */
defineRangeTask<G0Params, ChunkResult, TablePartial | undefined>(
  'G0',
  async (job: RangeJob<G0Params>, scope) => {
    let validator = scope.validator as TableValidator | undefined
    if (!validator) {
      validator = new TableValidator(job.params.schema, job.display, job.params.role)
      validator.onHeader(job.header, 1)
      validator.shareSampleBars(new BigInt64Array(job.params.bars))
      scope.validator = validator
    }
    const v = validator
    const summary = await readCsvFile(
      job.absolute,
      {
        displayPath: job.display,
        range: { ...job.range, header: job.header },
        scanLine: (buf, from, limit, line, offset) => v.scanLine(buf, from, limit, line, offset),
      },
      () => {},
      (rec) => v.onRecord(rec),
    )
    return { result: v.takeChunk(), rows: summary.rows, lines: summary.nextLine }
  },
  (scope) => (scope.validator as TableValidator | undefined)?.partial(),
)

/**
 * Validates a file in chunks on up to `threads` threads, and hashes it on
 * whichever thread is free first; returns undefined when G0 must read it
 * sequentially.
 */
export async function validateFileParallel(
  absolute: string,
  display: string,
  role: string,
  schema: DataSchema,
  threads: number,
  options: RangeOptions = {},
): Promise<
  { table: TableResult; summary: CsvReadSummary; reader: string; digest: FileDigest } | undefined
> {
  if (schema.dataset.unique.length > 0) return undefined
  const run = await runRangeTask<G0Params, ChunkResult, TablePartial | undefined>(
    'G0',
    absolute,
    display,
    threads,
    { role, schema, bars: sharedBars(schema.columns.length) },
    { ...options, digest: true },
  )
  if (!run?.digest) return undefined
  const fresh = new TableValidator(schema, display, role)
  if (fresh.onHeader(run.header, 1) !== undefined) return undefined
  // The calling thread's validator already holds what it read: the others' merge into it.
  const validator = (run.scope?.validator as TableValidator | undefined) ?? fresh
  let rows = 0
  for (const part of run.parts) {
    validator.absorbChunk(part.result, part.firstLine)
    rows += part.rows
  }
  for (const partial of run.threads) if (partial) validator.absorb(partial)
  const threadsUsed = run.threads.length + (run.scope ? 1 : 0)
  return {
    table: validator.finish(),
    summary: {
      header: run.header,
      rows,
      bytes: run.bytes,
      hadBom: run.hadBom,
      lineEnding: 'lf',
      nextLine: run.nextLine,
    },
    reader: `${run.parts.length} chunks on ${threadsUsed} thread${threadsUsed === 1 ? '' : 's'}`,
    digest: run.digest,
  }
}
