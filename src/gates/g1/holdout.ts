import { fieldText, readCsvFile, type CsvRecord } from '../../csv/byte-csv-reader.js'
import {
  defineRangeTask,
  runRangeTask,
  type FileDigest,
  type RangeOptions,
} from '../../csv/range-workers.js'
import { InputError } from '../../contract/errors.js'
import type { ModelConfig, ResolvedTarget } from '../../ssot/model-config.js'
import { DEFAULT_NULL_VALUES } from '../../ssot/data-schema.js'
import { parseNumberBytes } from '../../csv/number-parse.js'
import { ClassMap } from '../../onnx/class-map.js'
import type { FeatureColumns } from '../../onnx/runner.js'
import type { LineHandler } from '../../csv/csv-record.js'
import { holdoutLine, matchBytes } from './holdout-line.js'

/** The holdout columns G1 needs, read once: features for the model, the label, the sample weight and the slice columns. */
export interface Holdout {
  rows: number
  features: FeatureColumns
  /** Regression: the actual values of each target, in the order of ssot/model.json. */
  y: Float64Array[]
  /** Classification labels as class indexes, mapped by value through the declared classes. */
  labels: Int32Array
  slices: Map<string, string[]>
  /** Sample weights (`weight` in ssot/model.json): finite, at least 0, with a positive sum overall and in every slice. */
  weights?: Float64Array
  /** The file's digest, when worker threads read it (one of them hashes it meanwhile). */
  digest?: FileDigest
}

const NULLS = new Set(DEFAULT_NULL_VALUES)

/** What the holdout reader needs from ssot/model.json, with targets and classes resolved (it crosses to worker threads). */
export interface HoldoutSpec {
  task: ModelConfig['task']
  features: ModelConfig['features']
  slices: string[]
  /** Regression targets; for classification the one label column. */
  targets: Pick<ResolvedTarget, 'name' | 'column'>[]
  classes?: string[]
  /** The column of sample weights, when the holdout is weighted. */
  weight?: string
}

/**
 * Reads the holdout CSV with the byte reader. Numeric features become
 * Float64Array (missing = NaN, which tree models treat as missing); the label
 * must be present and valid on every row, since a KPI over a partial label
 * set would be silently wrong.
 */
export async function readHoldout(
  absolute: string,
  display: string,
  model: HoldoutSpec,
  threads: number,
  options: RangeOptions = {},
): Promise<Holdout> {
  const run = await runRangeTask<HoldoutSpec, HoldoutPart>(
    'holdout',
    absolute,
    display,
    threads,
    model,
    { ...options, digest: true },
  )
  const parts = run ? run.parts.map((p) => p.result) : [await readPart(absolute, display, model)]
  const rows = parts.reduce((n, p) => n + p.rows, 0)
  if (rows === 0)
    throw new InputError({
      file: display,
      message: 'The holdout has no data rows',
      expected: 'at least one row to evaluate the model on',
      found: 'a header only',
    })
  const weights =
    model.weight !== undefined
      ? concat(
          parts.map((p) => p.weights!),
          (n) => new Float64Array(n),
        )
      : undefined
  const slices = new Map(
    parts[0]!.sliceNames.map((name, i) => [name, parts.flatMap((p) => p.slices[i]!)]),
  )
  if (weights) checkWeightSums(weights, model.weight!, slices, display)
  const features: FeatureColumns = new Map()
  parts[0]!.numericNames.forEach((name, i) =>
    features.set(
      name,
      concat(
        parts.map((p) => p.numeric[i]!),
        (n) => new Float64Array(n),
      ),
    ),
  )
  parts[0]!.textNames.forEach((name, i) =>
    features.set(
      name,
      parts.flatMap((p) => p.text[i]!),
    ),
  )
  return {
    rows,
    features,
    y: parts[0]!.y.map((_, t) =>
      concat(
        parts.map((p) => p.y[t]!),
        (n) => new Float64Array(n),
      ),
    ),
    labels: concat(
      parts.map((p) => p.labels),
      (n) => new Int32Array(n),
    ),
    slices,
    ...(weights ? { weights } : {}),
    ...(run?.digest ? { digest: run.digest } : {}),
  }
}

/**
 * A weighted metric divides by the summed weight of its rows: weights that
 * sum to 0 over the holdout, or over the rows of one slice value, leave every
 * metric there undefined. Each is an error naming the column (and the slice),
 * never NaN.
 */
function checkWeightSums(
  weights: Float64Array,
  column: string,
  slices: Map<string, string[]>,
  display: string,
): void {
  let total = 0
  for (const v of weights) total += v
  if (!(total > 0)) {
    throw new InputError({
      file: display,
      message: `Every sample weight in column "${column}" is 0, so no weighted metric is defined`,
      expected: 'at least one row with a positive weight',
      found: `${weights.length} rows, all with weight 0`,
    })
  }
  for (const [name, values] of slices) {
    const sums = new Map<string, { sum: number; rows: number; first: number }>()
    values.forEach((v, i) => {
      const s = sums.get(v)
      if (s) {
        s.sum += weights[i]!
        s.rows++
      } else sums.set(v, { sum: weights[i]!, rows: 1, first: i })
    })
    for (const [value, s] of sums) {
      if (s.sum > 0) continue
      throw new InputError({
        file: display,
        message: `Slice ${name}=${JSON.stringify(value)} has ${s.rows} row${s.rows > 1 ? 's' : ''} (the first is data row ${s.first + 1}), all with sample weight 0 in column "${column}": every weighted metric on that slice would divide by zero`,
        expected: `a positive total weight in every value of slice column "${name}" (give those rows a weight, or drop them from the holdout)`,
        found: `total weight 0 over ${s.rows} row${s.rows > 1 ? 's' : ''}`,
      })
    }
  }
}

/** One byte range of the holdout (or all of it), as typed arrays that workers can transfer. */
interface HoldoutPart {
  rows: number
  numericNames: string[]
  numeric: Float64Array[]
  textNames: string[]
  text: string[][]
  sliceNames: string[]
  slices: string[][]
  y: Float64Array[]
  labels: Int32Array
  weights?: Float64Array
}

defineRangeTask<HoldoutSpec, HoldoutPart>('holdout', async (job) => {
  const part = await readPart(job.absolute, job.display, job.params, {
    ...job.range,
    header: job.header,
  })
  return { result: part, rows: part.rows, lines: part.nextLine }
})

/** Joins the parts' typed arrays in file order. */
function concat<T extends Float64Array | Int32Array>(arrays: T[], make: (length: number) => T): T {
  const out = make(arrays.reduce((n, a) => n + a.length, 0))
  let at = 0
  for (const a of arrays) {
    out.set(a, at)
    at += a.length
  }
  return out
}

async function readPart(
  absolute: string,
  display: string,
  model: HoldoutSpec,
  range?: { start: number; end: number; firstLine: number; header: string[] },
): Promise<HoldoutPart & { nextLine: number }> {
  const numeric: { name: string; index: number; values: GrowableF64; int: boolean }[] = []
  const text: { name: string; index: number; values: string[] }[] = []
  const slices: { name: string; index: number; values: string[] }[] = []
  const targets: { name: string; index: number; values: GrowableF64 }[] = []
  let target = -1
  let weight = -1
  const weights = model.weight !== undefined ? new GrowableF64() : undefined
  const labels: number[] = []
  const classes = new ClassMap(model.classes ?? [])
  const classBytes = classes.names.map((c) => Buffer.from(c, 'utf8'))
  const regression = model.task === 'regression'
  let fast: LineHandler | undefined
  const mapColumns = (header: string[], line: number) => {
    const col = (name: string, what: string) => {
      const i = header.indexOf(name)
      if (i < 0)
        throw new InputError({
          file: display,
          line,
          message: `The holdout has no ${what} column "${name}"`,
          expected: `a column "${name}"`,
          found: `columns ${header.join(', ')}`,
        })
      return i
    }
    for (const f of model.features) {
      if (f.dtype === 'string')
        text.push({ name: f.name, index: col(f.name, 'feature'), values: [] })
      else
        numeric.push({
          name: f.name,
          index: col(f.name, 'feature'),
          values: new GrowableF64(),
          int: f.dtype === 'int64',
        })
    }
    if (regression)
      for (const t of model.targets)
        targets.push({ name: t.name, index: col(t.column, 'target'), values: new GrowableF64() })
    else target = col(model.targets[0]!.column, 'label')
    for (const s of model.slices) slices.push({ name: s, index: col(s, 'slice'), values: [] })
    if (model.weight !== undefined) weight = col(model.weight, 'sample weight')
    // The common holdout (numbers and a label or targets) takes the one-pass path (holdout-line.ts).
    if (text.length + slices.length === 0 && !weights)
      fast = holdoutLine({ width: header.length, numeric, targets, target, classBytes, labels })
  }
  if (range) mapColumns(range.header, 1)
  const summary = await readCsvFile(
    absolute,
    {
      displayPath: display,
      ...(range ? { range } : {}),
      onLine: (buf, from, to, line, offset) => fast?.(buf, from, to, line, offset) === true,
    },
    mapColumns,
    (rec) => {
      for (const c of numeric) {
        // Parse first; decode the cell only when it is not a number (a null token or bad text).
        const v = parseNumberBytes(rec.buf, rec.start[c.index]!, rec.end[c.index]!)
        if (!Number.isNaN(v) && (!c.int || Number.isInteger(v))) {
          c.values.push(v)
          continue
        }
        const raw = fieldText(rec, c.index)
        if (NULLS.has(raw) && !c.int) {
          c.values.push(Number.NaN)
          continue
        }
        if (NULLS.has(raw))
          throw new InputError({
            file: display,
            line: rec.line,
            message: `Missing value in int64 feature "${c.name}"`,
            expected: 'an integer',
            found: JSON.stringify(raw),
          })
        throw new InputError({
          file: display,
          line: rec.line,
          message: `Feature "${c.name}" is not ${c.int ? 'an integer' : 'a number'}`,
          expected: c.int ? 'an integer' : 'a number',
          found: JSON.stringify(raw),
        })
      }
      if (weights) weights.push(readWeight(rec, weight, model.weight!, display))
      for (const c of text) c.values.push(fieldText(rec, c.index))
      for (const s of slices) s.values.push(fieldText(rec, s.index))
      if (regression) {
        for (const t of targets) {
          const v = parseNumberBytes(rec.buf, rec.start[t.index]!, rec.end[t.index]!)
          if (!Number.isFinite(v)) {
            const raw = fieldText(rec, t.index)
            const what = Number.isNaN(v)
              ? 'is missing or not a number'
              : 'is not a finite number (it overflows a 64-bit float)'
            throw new InputError({
              file: display,
              line: rec.line,
              message: `Target "${t.name}" ${what}`,
              expected: 'a finite number on every holdout row',
              found: JSON.stringify(raw),
            })
          }
          t.values.push(v)
        }
      } else {
        // Compare bytes with the class names first; decode only what does not match one.
        const c0 = matchBytes(rec.buf, rec.start[target]!, rec.end[target]!, classBytes)
        if (c0 >= 0) {
          labels.push(c0)
          return
        }
        const raw = fieldText(rec, target)
        const c = classes.ofCell(raw)
        if (c < 0) {
          throw new InputError({
            file: display,
            line: rec.line,
            message: `Label "${model.targets[0]!.name}" is not one of the model's classes`,
            expected: `one of ${classes.describe()} (labels by value, as in ssot/model.json classes)`,
            found: JSON.stringify(raw),
          })
        }
        labels.push(c)
      }
    },
  )
  return {
    rows: regression ? (targets[0]?.values.length ?? 0) : labels.length,
    numericNames: numeric.map((c) => c.name),
    numeric: numeric.map((c) => c.values.toArray()),
    textNames: text.map((c) => c.name),
    text: text.map((c) => c.values),
    sliceNames: slices.map((c) => c.name),
    slices: slices.map((c) => c.values),
    y: targets.map((t) => t.values.toArray()),
    labels: Int32Array.from(labels),
    ...(weights ? { weights: weights.toArray() } : {}),
    nextLine: summary.nextLine,
  }
}

/** One row's sample weight: a finite number, at least 0. Anything else names the line, the column and the cell. */
function readWeight(rec: CsvRecord, index: number, column: string, display: string): number {
  const v = parseNumberBytes(rec.buf, rec.start[index]!, rec.end[index]!)
  if (Number.isFinite(v) && v >= 0) return v
  const raw = fieldText(rec, index)
  const problem = (message: string) =>
    new InputError({
      file: display,
      line: rec.line,
      message: `Sample weight "${column}" ${message}`,
      expected: 'a finite number >= 0 on every holdout row',
      found: JSON.stringify(raw),
    })
  if (raw.trim() === '') throw problem('is empty')
  if (/^\s*[+-]?(nan|inf|infinity)\s*$/i.test(raw)) throw problem('is not a finite number')
  if (NULLS.has(raw)) throw problem('is missing')
  if (Number.isNaN(v)) throw problem('is not a number')
  if (!Number.isFinite(v)) throw problem('is not a finite number (it overflows a 64-bit float)')
  throw problem('is negative')
}

/** A Float64Array that doubles when full: no boxed numbers for million-row holdouts. */
class GrowableF64 {
  private data = new Float64Array(1024)
  length = 0

  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = new Float64Array(this.data.length * 2)
      bigger.set(this.data)
      this.data = bigger
    }
    this.data[this.length++] = v
  }

  toArray(): Float64Array {
    return this.data.slice(0, this.length)
  }
}
