import { readFile } from 'node:fs/promises'
import { InputError } from '../../engine/errors.js'
import { unreadableFile } from '../../io/file-errors.js'
import { loadOnnxRuntime, type OnnxRuntime } from '../../onnx/runtime-loader.js'
import type { ModelConfig, ModelFeature } from '../../ssot/model-config.js'

/** Feature columns for the model: numbers as Float64Array (NaN = missing), strings as string[]. */
export type FeatureColumns = Map<string, Float64Array | string[]>

export interface Predictions {
  prediction: Float64Array
  /** One array per class, when the model has a probabilities output. */
  probabilities?: Float64Array[]
  lower?: Float64Array
  upper?: Float64Array
}

export type ModelIo = Pick<ModelConfig, 'features' | 'input' | 'outputs' | 'task' | 'classes'>

type Session = Awaited<ReturnType<OnnxRuntime['InferenceSession']['create']>>
type Tensor = InstanceType<OnnxRuntime['Tensor']>

const TYPE_NAMES: Record<ModelFeature['dtype'], string> = { float32: 'float32', float64: 'float64', int64: 'int64', string: 'string' }

/**
 * The ONNX model adapter for G1: loads a model with onnxruntime-node, checks
 * that its inputs and outputs match ssot/model.json, and runs it in batches.
 * Every mismatch is an InputError naming the model file, what model.json
 * expects and what the model has.
 */
export class LoadedModel {
  private constructor(
    private readonly ort: OnnxRuntime,
    private readonly session: Session,
    private readonly display: string,
    private readonly io: ModelIo,
  ) {}

  static async open(path: string, display: string, io: ModelIo): Promise<LoadedModel> {
    const ort = await loadOnnxRuntime()
    let bytes: Buffer
    try {
      bytes = await readFile(path)
    } catch (error) {
      throw unreadableFile(error, display, 'an ONNX model file')
    }
    if (bytes.length === 0) throw new InputError({ file: display, message: 'The model file is empty', expected: 'an ONNX model (protobuf ModelProto)', found: '0 bytes' })
    let session: Session
    try {
      // Load from the path, not the bytes, so onnxruntime resolves external data next to the model.
      session = await ort.InferenceSession.create(path, { graphOptimizationLevel: 'all', logSeverityLevel: 3 })
    } catch (error) {
      const message = (error as Error).message.split('\n')[0] ?? String(error)
      if (/external|\.data|model_path|GetExternalDataInfo|TensorProtoToTensor/i.test(message) && /No such file|not exist|cannot|fail/i.test(message)) {
        throw new InputError({ file: display, message: 'The model needs external data files that are missing', expected: 'the external data files next to the model (or a model saved with its weights inside)', found: message })
      }
      throw new InputError({ file: display, message: 'onnxruntime could not load the model (corrupt, truncated or not ONNX)', expected: 'a valid ONNX model', found: message })
    }
    const model = new LoadedModel(ort, session, display, io)
    try {
      model.checkSignature()
    } catch (error) {
      await session.release()
      throw error
    }
    return model
  }

  get inputNames(): readonly string[] {
    return this.session.inputNames
  }

  get outputNames(): readonly string[] {
    return this.session.outputNames
  }

  private checkSignature(): void {
    const { features, input, outputs } = this.io
    const meta = new Map(this.session.inputMetadata.map((m) => [m.name, m]))
    const names = [...meta.keys()]
    if (input.layout === 'per-feature') {
      const missing = features.filter((f) => !meta.has(f.name)).map((f) => f.name)
      const extra = names.filter((n) => !features.some((f) => f.name === n))
      if (missing.length || extra.length) {
        throw new InputError({ file: this.display, message: 'The model inputs do not match the features in ssot/model.json (input.layout per-feature)', expected: `inputs ${features.map((f) => f.name).join(', ')}`, found: `inputs ${names.join(', ')}` })
      }
      for (const f of features) {
        const m = meta.get(f.name)!
        if (!m.isTensor) throw new InputError({ file: this.display, message: `Input "${f.name}" is not a tensor`, expected: 'a tensor input', found: 'a non-tensor input' })
        if (m.type !== TYPE_NAMES[f.dtype]) throw new InputError({ file: this.display, message: `Input "${f.name}" has another type than model.json declares`, expected: f.dtype, found: m.type })
        const width = m.shape[1]
        if (m.shape.length !== 2 || (typeof width === 'number' && width !== 1)) {
          throw new InputError({ file: this.display, message: `Input "${f.name}" has an unexpected shape`, expected: '[N, 1]', found: `[${m.shape.join(', ')}]` })
        }
      }
    } else {
      const m = meta.get(input.name)
      if (!m) throw new InputError({ file: this.display, message: `The model has no input "${input.name}" (input.name in ssot/model.json)`, expected: input.name, found: `inputs ${names.join(', ')}` })
      if (names.length !== 1) throw new InputError({ file: this.display, message: 'input.layout tensor needs a model with one input', expected: '1 input', found: `${names.length} inputs: ${names.join(', ')}` })
      if (!m.isTensor) throw new InputError({ file: this.display, message: `Input "${input.name}" is not a tensor`, expected: 'a tensor', found: 'a non-tensor input' })
      const dtypes = new Set(features.map((f) => f.dtype))
      if (dtypes.size !== 1 || !dtypes.has(m.type as ModelFeature['dtype'])) {
        throw new InputError({ file: this.display, message: `Input "${input.name}" type does not match the feature dtypes`, expected: `every feature of type ${m.type}`, found: [...dtypes].join(', ') })
      }
      const width = m.shape[1]
      if (m.shape.length !== 2 || (typeof width === 'number' && width !== features.length)) {
        throw new InputError({ file: this.display, message: `Input "${input.name}" has another width than the ${features.length} features in ssot/model.json`, expected: `[N, ${features.length}]`, found: `[${m.shape.join(', ')}]` })
      }
    }
    const outMeta = new Map(this.session.outputMetadata.map((m) => [m.name, m]))
    for (const [role, name] of Object.entries(outputs)) {
      if (name === undefined) continue
      const m = outMeta.get(name)
      if (!m) throw new InputError({ file: this.display, message: `The model has no output "${name}" (outputs.${role} in ssot/model.json)`, expected: name, found: `outputs ${[...outMeta.keys()].join(', ')}` })
      if (!m.isTensor) {
        throw new InputError({
          file: this.display,
          message: `Output "${name}" is not a tensor (a scikit-learn ZipMap?)`,
          expected: "a tensor output: export the classifier with skl2onnx options={id(model): {'zipmap': False}}",
          found: 'a sequence or map output',
        })
      }
    }
  }

  /** Runs the model over `rows` rows in batches; checks every output for NaN and infinity. */
  async predict(columns: FeatureColumns, rows: number, batchSize = 65_536): Promise<Predictions> {
    for (const f of this.io.features) {
      if (!columns.has(f.name)) throw new InputError({ file: this.display, message: `No data for feature "${f.name}"`, expected: `a column "${f.name}"`, found: 'no such column' })
    }
    const out: Predictions = { prediction: new Float64Array(rows) }
    const k = this.io.classes?.length ?? 0
    if (this.io.outputs.probabilities) out.probabilities = Array.from({ length: k }, () => new Float64Array(rows))
    if (this.io.outputs.lower) out.lower = new Float64Array(rows)
    if (this.io.outputs.upper) out.upper = new Float64Array(rows)
    for (let start = 0; start < rows; start += batchSize) {
      const end = Math.min(rows, start + batchSize)
      const result = await this.session.run(this.feeds(columns, start, end))
      this.copyOutput(result, 'prediction', out.prediction, start, end)
      if (out.lower) this.copyOutput(result, 'lower', out.lower, start, end)
      if (out.upper) this.copyOutput(result, 'upper', out.upper, start, end)
      if (out.probabilities) this.copyProbabilities(result, out.probabilities, start, end)
    }
    return out
  }

  /** Single-row latency: `warmup` untimed calls, then `calls` timed ones cycling through the rows. */
  async measureLatency(columns: FeatureColumns, rows: number, warmup: number, calls: number): Promise<Float64Array> {
    const samples = new Float64Array(calls)
    for (let i = 0; i < warmup + calls; i++) {
      const row = i % rows
      const feeds = this.feeds(columns, row, row + 1)
      const t0 = performance.now()
      await this.session.run(feeds)
      const t1 = performance.now()
      if (i >= warmup) samples[i - warmup] = t1 - t0
    }
    return samples
  }

  /** Rows per second for one batch of up to `batchSize` rows, best of `repeats` runs. */
  async measureThroughput(columns: FeatureColumns, rows: number, batchSize: number, repeats: number): Promise<{ rowsPerSecond: number; batchRows: number }> {
    const n = Math.min(rows, batchSize)
    const feeds = this.feeds(columns, 0, n)
    let best = Number.POSITIVE_INFINITY
    for (let r = 0; r < repeats; r++) {
      const t0 = performance.now()
      await this.session.run(feeds)
      best = Math.min(best, performance.now() - t0)
    }
    return { rowsPerSecond: n / (Math.max(best, 1e-6) / 1000), batchRows: n }
  }

  async close(): Promise<void> {
    await this.session.release()
  }

  private feeds(columns: FeatureColumns, start: number, end: number): Record<string, Tensor> {
    const { features, input } = this.io
    if (input.layout === 'per-feature') {
      const feeds: Record<string, Tensor> = {}
      for (const f of features) feeds[f.name] = makeTensor(this.ort, f.dtype, [columns.get(f.name)!], start, end)
      return feeds
    }
    return { [input.name]: makeTensor(this.ort, features[0]!.dtype, features.map((f) => columns.get(f.name)!), start, end) }
  }

  private copyOutput(result: Record<string, Tensor>, role: 'prediction' | 'lower' | 'upper', into: Float64Array, start: number, end: number): void {
    const name = this.io.outputs[role]!
    const t = result[name]!
    const data = t.data as ArrayLike<number | bigint>
    const n = end - start
    if (data.length !== n) {
      throw new InputError({ file: this.display, message: `Output "${name}" has ${data.length / n} values per row`, expected: '1 value per row ([N] or [N, 1])', found: `shape [${t.dims.join(', ')}]` })
    }
    for (let i = 0; i < n; i++) {
      const v = Number(data[i])
      if (!Number.isFinite(v)) this.nonFinite(name, start + i, v)
      into[start + i] = v
    }
  }

  private copyProbabilities(result: Record<string, Tensor>, into: Float64Array[], start: number, end: number): void {
    const name = this.io.outputs.probabilities!
    const t = result[name]!
    const data = t.data as ArrayLike<number>
    const n = end - start
    const k = into.length
    if (data.length !== n * k) {
      throw new InputError({ file: this.display, message: `Output "${name}" does not have one probability per class`, expected: `shape [N, ${k}] for classes ${this.io.classes?.join(', ')}`, found: `shape [${t.dims.join(', ')}]` })
    }
    for (let i = 0; i < n; i++) {
      for (let c = 0; c < k; c++) {
        const v = data[i * k + c]!
        if (!Number.isFinite(v)) this.nonFinite(name, start + i, v)
        into[c]![start + i] = v
      }
    }
  }

  private nonFinite(output: string, row: number, value: number): never {
    throw new InputError({ file: this.display, message: `Output "${output}" is ${value} for holdout row ${row + 1}`, expected: 'finite numbers in every model output', found: String(value) })
  }
}

/**
 * A [rows, columns] tensor of rows [start, end) of the given columns, in
 * row-major order. Plain loops per dtype: this runs for every batch and
 * every single-row latency call.
 */
function makeTensor(ort: OnnxRuntime, dtype: ModelFeature['dtype'], cols: (Float64Array | string[])[], start: number, end: number): Tensor {
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
  return dtype === 'float32' ? new ort.Tensor('float32', data as Float32Array, dims) : new ort.Tensor('float64', data as Float64Array, dims)
}
