import { InputError } from '../contract/errors.js'
import type { ModelFeature, OutputRef } from '../ssot/model-config.js'
import type { ModelIo } from './model-io.js'
import type { OnnxRuntime } from './runtime-loader.js'

/** Tensors in and out of a model: a batch of feature columns as one input tensor, and output tensors copied into the holdout's arrays, checked value by value. */

export type Tensor = InstanceType<OnnxRuntime['Tensor']>

export function copyColumn(
  display: string,
  result: Record<string, Tensor>,
  ref: OutputRef,
  rule: { width?: number; readers: string[] } | undefined,
  into: Float64Array,
  start: number,
  end: number,
): void {
  const t = result[ref.output]!
  const data = t.data as ArrayLike<number | bigint>
  const n = end - start
  const width = data.length / n
  if (
    !Number.isInteger(width) ||
    (rule?.width !== undefined && width !== rule.width) ||
    ref.index >= width
  ) {
    const expected =
      rule?.width !== undefined
        ? `${rule.width} value${rule.width > 1 ? 's' : ''} per row, one per target that reads it (${rule.readers.join(', ')}); give an index in ssot/model.json to pick columns`
        : `at least ${ref.index + 1} values per row (index ${ref.index} in ssot/model.json)`
    throw new InputError({
      file: display,
      message: `Output "${ref.output}" has ${Number.isInteger(width) ? width : data.length / n} values per row`,
      expected,
      found: `shape [${t.dims.join(', ')}]`,
    })
  }
  for (let i = 0; i < n; i++) {
    const v = Number(data[i * width + ref.index])
    if (!Number.isFinite(v)) nonFinite(display, ref.output, start + i, v)
    into[start + i] = v
  }
}

/** The label output, mapped by value through the declared classes; an unknown label names its row. */
export function copyLabels(
  display: string,
  io: ModelIo,
  result: Record<string, Tensor>,
  into: Int32Array,
  start: number,
  end: number,
): void {
  const name = io.outputs.prediction
  const classes = io.classes!
  const t = result[name]!
  const data = t.data as ArrayLike<string | number | bigint>
  const n = end - start
  if (data.length !== n) {
    throw new InputError({
      file: display,
      message: `Output "${name}" (outputs.prediction) has ${data.length / n} values per row`,
      expected: 'one predicted label per row ([N] or [N, 1])',
      found: `shape [${t.dims.join(', ')}]`,
    })
  }
  for (let i = 0; i < n; i++) {
    const v = data[i]!
    const c = classes.ofOutput(v)
    if (c < 0) {
      throw new InputError({
        file: display,
        message: `The label output "${name}" predicts ${typeof v === 'string' ? JSON.stringify(v) : String(v)} for holdout row ${start + i + 1}, which is not one of the classes in ssot/model.json`,
        expected: `one of ${classes.describe()} (the label values, not class indexes)`,
        found: typeof v === 'string' ? JSON.stringify(v) : `${String(v)} (${t.type})`,
      })
    }
    into[start + i] = c
  }
}

export function copyProbabilities(
  display: string,
  io: ModelIo,
  result: Record<string, Tensor>,
  into: Float64Array[],
  start: number,
  end: number,
): void {
  const name = io.outputs.probabilities!
  const t = result[name]!
  const data = t.data as ArrayLike<number>
  const n = end - start
  const k = into.length
  if (data.length !== n * k) {
    throw new InputError({
      file: display,
      message: `Output "${name}" does not have one probability per class`,
      expected: `shape [N, ${k}] for classes ${io.classes?.describe()}`,
      found: `shape [${t.dims.join(', ')}]`,
    })
  }
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < k; c++) {
      const v = data[i * k + c]!
      if (!Number.isFinite(v)) nonFinite(display, name, start + i, v)
      into[c]![start + i] = v
    }
  }
}

function nonFinite(display: string, output: string, row: number, value: number): never {
  throw new InputError({
    file: display,
    message: `Output "${output}" is ${value} for holdout row ${row + 1}`,
    expected: 'finite numbers in every model output',
    found: String(value),
  })
}

/**
 * A [rows, columns] tensor of rows [start, end) of the given columns, in
 * row-major order. Plain loops per dtype: this runs for every batch and
 * every single-row latency call.
 */
export function makeTensor(
  ort: OnnxRuntime,
  dtype: ModelFeature['dtype'],
  cols: (Float64Array | string[])[],
  start: number,
  end: number,
): Tensor {
  const n = end - start
  const width = cols.length
  const dims = [n, width]
  if (dtype === 'string') {
    const data = new Array<string>(n * width)
    cols.forEach((col, j) => {
      for (let i = 0; i < n; i++) data[i * width + j] = String(col[start + i] ?? '')
    })
    return new ort.Tensor('string', data, dims)
  }
  const numeric = cols as Float64Array[]
  if (dtype === 'int64') {
    const data = new BigInt64Array(n * width)
    numeric.forEach((col, j) => {
      for (let i = 0; i < n; i++) data[i * width + j] = BigInt(Math.trunc(col[start + i]!))
    })
    return new ort.Tensor('int64', data, dims)
  }
  const data = dtype === 'float32' ? new Float32Array(n * width) : new Float64Array(n * width)
  if (width === 1) data.set(numeric[0]!.subarray(start, end))
  else {
    for (let j = 0; j < width; j++) {
      const col = numeric[j]!
      for (let i = 0, o = j; i < n; i++, o += width) data[o] = col[start + i]!
    }
  }
  return dtype === 'float32'
    ? new ort.Tensor('float32', data as Float32Array, dims)
    : new ort.Tensor('float64', data as Float64Array, dims)
}
