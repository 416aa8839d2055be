import { fieldText, readCsvFile } from '../../csv/byte-csv-reader.js'
import { InputError } from '../../engine/errors.js'
import type { ModelConfig } from '../../ssot/model-config.js'
import { DEFAULT_NULL_VALUES } from '../g0/data-schema.js'
import { parseNumberBytes } from '../g0/number-parse.js'
import type { FeatureColumns } from './onnx-runner.js'

/** The holdout columns G1 needs, read once: features for the model, the label and the slice columns. */
export interface Holdout {
  rows: number
  features: FeatureColumns
  /** Regression target values. */
  y: Float64Array
  /** Classification labels as class indexes (from class names or integer indexes). */
  labels: Int32Array
  slices: Map<string, string[]>
}

const NULLS = new Set(DEFAULT_NULL_VALUES)

/**
 * Reads the holdout CSV with the byte reader. Numeric features become
 * Float64Array (missing = NaN, which tree models treat as missing); the label
 * must be present and valid on every row, since a KPI over a partial label
 * set would be silently wrong.
 */
export async function readHoldout(absolute: string, display: string, model: ModelConfig): Promise<Holdout> {
  const numeric: { name: string; index: number; values: number[]; int: boolean }[] = []
  const text: { name: string; index: number; values: string[] }[] = []
  const slices: { name: string; index: number; values: string[] }[] = []
  let target = -1
  const y: number[] = []
  const labels: number[] = []
  const classes = model.classes ?? []
  const classIndex = new Map(classes.map((c, i) => [c, i]))
  const regression = model.task === 'regression'
  await readCsvFile(
    absolute,
    { displayPath: display },
    (header, line) => {
      const col = (name: string, what: string) => {
        const i = header.indexOf(name)
        if (i < 0) throw new InputError({ file: display, line, message: `The holdout has no ${what} column "${name}"`, expected: `a column "${name}"`, found: `columns ${header.join(', ')}` })
        return i
      }
      for (const f of model.features) {
        if (f.dtype === 'string') text.push({ name: f.name, index: col(f.name, 'feature'), values: [] })
        else numeric.push({ name: f.name, index: col(f.name, 'feature'), values: [], int: f.dtype === 'int64' })
      }
      target = col(model.target.name, regression ? 'target' : 'label')
      for (const s of model.slices ?? []) slices.push({ name: s, index: col(s, 'slice'), values: [] })
    },
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
        if (NULLS.has(raw)) throw new InputError({ file: display, line: rec.line, message: `Missing value in int64 feature "${c.name}"`, expected: 'an integer', found: JSON.stringify(raw) })
        throw new InputError({ file: display, line: rec.line, message: `Feature "${c.name}" is not ${c.int ? 'an integer' : 'a number'}`, expected: c.int ? 'an integer' : 'a number', found: JSON.stringify(raw) })
      }
      for (const c of text) c.values.push(fieldText(rec, c.index))
      for (const s of slices) s.values.push(fieldText(rec, s.index))
      if (regression) {
        const v = parseNumberBytes(rec.buf, rec.start[target]!, rec.end[target]!)
        if (Number.isNaN(v)) {
          const raw = fieldText(rec, target)
          throw new InputError({ file: display, line: rec.line, message: `Target "${model.target.name}" is missing or not a number`, expected: 'a number on every holdout row', found: JSON.stringify(raw) })
        }
        y.push(v)
      } else {
        const raw = fieldText(rec, target)
        let c = classIndex.get(raw)
        if (c === undefined && /^\d+$/.test(raw.trim()) && Number(raw) < classes.length) c = Number(raw)
        if (c === undefined) {
          throw new InputError({ file: display, line: rec.line, message: `Label "${model.target.name}" is not one of the model's classes`, expected: `one of ${classes.join(', ')} (or an index 0-${classes.length - 1})`, found: JSON.stringify(raw) })
        }
        labels.push(c)
      }
    },
  )
  const rows = regression ? y.length : labels.length
  if (rows === 0) throw new InputError({ file: display, message: 'The holdout has no data rows', expected: 'at least one row to evaluate the model on', found: 'a header only' })
  const features: FeatureColumns = new Map()
  for (const c of numeric) features.set(c.name, Float64Array.from(c.values))
  for (const c of text) features.set(c.name, c.values)
  return {
    rows,
    features,
    y: Float64Array.from(y),
    labels: Int32Array.from(labels),
    slices: new Map(slices.map((s) => [s.name, s.values])),
  }
}
