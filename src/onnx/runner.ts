import { readFile } from 'node:fs/promises'
import { InputError } from '../contract/errors.js'
import { unreadableFile } from '../io/file-errors.js'
import { loadOnnxRuntime, type OnnxRuntime } from './runtime-loader.js'
import { classLabelReader } from './class-labels.js'
import type { ModelConfig, ModelFeature, OutputRef, ResolvedTarget } from '../ssot/model-config.js'
import type { ClassMap } from './class-map.js'

/** Feature columns for the model: numbers as Float64Array (NaN = missing), strings as string[]. */
export type FeatureColumns = Map<string, Float64Array | string[]>

/** One regression output variable's predictions, in holdout order. */
export interface TargetPrediction {
  prediction: Float64Array
  lower?: Float64Array
  upper?: Float64Array
}

export interface Predictions {
  /** Regression: one entry per target, in the order of ssot/model.json. Empty for classifiers. */
  targets: TargetPrediction[]
  /** Classification: the label output mapped through the declared classes to class indexes. */
  predictedClass?: Int32Array
  /** Classification: one array per class, when the model has a probabilities output. */
  probabilities?: Float64Array[]
  /** The probabilities output's element type: log loss clips with its machine epsilon, as scikit-learn does. */
  probabilityDtype?: 'float32' | 'float64'
}

export interface ModelIo {
  features: ModelConfig['features']
  input: ModelConfig['input']
  outputs: ModelConfig['outputs']
  task: ModelConfig['task']
  /** Regression variables (classification: the label, read from outputs.prediction). */
  targets: ResolvedTarget[]
  classes?: ClassMap
}

export interface SessionSettings {
  /** onnxruntime intra-op threads; 0 lets onnxruntime choose (one per physical core). */
  intraOpThreads: number
}

type Session = Awaited<ReturnType<OnnxRuntime['InferenceSession']['create']>>
type Tensor = InstanceType<OnnxRuntime['Tensor']>

const TYPE_NAMES: Record<ModelFeature['dtype'], string> = {
  float32: 'float32',
  float64: 'float64',
  int64: 'int64',
  string: 'string',
}
const ROLES = ['prediction', 'lower', 'upper'] as const

/**
 * The ONNX model adapter for G1: loads a model with onnxruntime-node, checks
 * that its inputs and outputs match ssot/model.json (and, where the graph
 * declares class labels, that they are model.json's classes in the same
 * order), and runs it in batches, fetching only the outputs model.json maps.
 * Every mismatch is an InputError naming the model file, what model.json
 * expects and what the model has.
 */
export class LoadedModel {
  /** The outputs model.json maps: the only ones fetched, so unmapped non-tensor outputs (a ZipMap) never run. */
  private readonly fetches: string[]
  private probabilityDtype: 'float32' | 'float64' = 'float64'

  private constructor(
    private readonly ort: OnnxRuntime,
    private readonly session: Session,
    private readonly display: string,
    private readonly io: ModelIo,
  ) {
    const names = new Set<string>()
    if (io.task === 'regression') {
      for (const t of io.targets) for (const role of ROLES) if (t[role]) names.add(t[role].output)
    } else {
      names.add(io.outputs.prediction)
      if (io.outputs.probabilities) names.add(io.outputs.probabilities)
    }
    this.fetches = [...names]
  }

  static async open(
    path: string,
    display: string,
    io: ModelIo,
    settings: SessionSettings = { intraOpThreads: 0 },
  ): Promise<LoadedModel> {
    const ort = await loadOnnxRuntime()
    let bytes: Buffer
    try {
      bytes = await readFile(path)
    } catch (error) {
      throw unreadableFile(error, display, 'an ONNX model file')
    }
    if (bytes.length === 0)
      throw new InputError({
        file: display,
        message: 'The model file is empty',
        expected: 'an ONNX model (protobuf ModelProto)',
        found: '0 bytes',
      })
    let session: Session
    try {
      // Load from the path, not the bytes, so onnxruntime resolves external data next to the model.
      session = await ort.InferenceSession.create(path, {
        graphOptimizationLevel: 'all',
        logSeverityLevel: 3,
        ...(settings.intraOpThreads > 0 ? { intraOpNumThreads: settings.intraOpThreads } : {}),
      })
    } catch (error) {
      const message = (error as Error).message.split('\n')[0] ?? String(error)
      if (
        /external|\.data|model_path|GetExternalDataInfo|TensorProtoToTensor/i.test(message) &&
        /No such file|not exist|cannot|fail/i.test(message)
      ) {
        throw new InputError({
          file: display,
          message: 'The model needs external data files that are missing',
          expected:
            'the external data files next to the model (or a model saved with its weights inside)',
          found: message,
        })
      }
      throw new InputError({
        file: display,
        message: 'onnxruntime could not load the model (corrupt, truncated or not ONNX)',
        expected: 'a valid ONNX model',
        found: message,
      })
    }
    const model = new LoadedModel(ort, session, display, io)
    try {
      model.checkSignature()
      model.checkDeclaredClasses(bytes)
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
    const { features, input } = this.io
    const meta = new Map(this.session.inputMetadata.map((m) => [m.name, m]))
    const names = [...meta.keys()]
    if (input.layout === 'per-feature') {
      const missing = features.filter((f) => !meta.has(f.name)).map((f) => f.name)
      const extra = names.filter((n) => !features.some((f) => f.name === n))
      if (missing.length || extra.length) {
        throw new InputError({
          file: this.display,
          message:
            'The model inputs do not match the features in ssot/model.json (input.layout per-feature)',
          expected: `inputs ${features.map((f) => f.name).join(', ')}`,
          found: `inputs ${names.join(', ')}`,
        })
      }
      for (const f of features) {
        const m = meta.get(f.name)!
        if (!m.isTensor)
          throw new InputError({
            file: this.display,
            message: `Input "${f.name}" is not a tensor`,
            expected: 'a tensor input',
            found: 'a non-tensor input',
          })
        if (m.type !== TYPE_NAMES[f.dtype])
          throw new InputError({
            file: this.display,
            message: `Input "${f.name}" has another type than model.json declares`,
            expected: f.dtype,
            found: m.type,
          })
        const width = m.shape[1]
        if (m.shape.length !== 2 || (typeof width === 'number' && width !== 1)) {
          throw new InputError({
            file: this.display,
            message: `Input "${f.name}" has an unexpected shape`,
            expected: '[N, 1]',
            found: `[${m.shape.join(', ')}]`,
          })
        }
      }
    } else {
      const m = meta.get(input.name)
      if (!m)
        throw new InputError({
          file: this.display,
          message: `The model has no input "${input.name}" (input.name in ssot/model.json)`,
          expected: input.name,
          found: `inputs ${names.join(', ')}`,
        })
      if (names.length !== 1)
        throw new InputError({
          file: this.display,
          message: 'input.layout tensor needs a model with one input',
          expected: '1 input',
          found: `${names.length} inputs: ${names.join(', ')}`,
        })
      if (!m.isTensor)
        throw new InputError({
          file: this.display,
          message: `Input "${input.name}" is not a tensor`,
          expected: 'a tensor',
          found: 'a non-tensor input',
        })
      const dtypes = new Set(features.map((f) => f.dtype))
      if (dtypes.size !== 1 || !dtypes.has(m.type as ModelFeature['dtype'])) {
        throw new InputError({
          file: this.display,
          message: `Input "${input.name}" type does not match the feature dtypes`,
          expected: `every feature of type ${m.type}`,
          found: [...dtypes].join(', '),
        })
      }
      const width = m.shape[1]
      if (m.shape.length !== 2 || (typeof width === 'number' && width !== features.length)) {
        throw new InputError({
          file: this.display,
          message: `Input "${input.name}" has another width than the ${features.length} features in ssot/model.json`,
          expected: `[N, ${features.length}]`,
          found: `[${m.shape.join(', ')}]`,
        })
      }
    }
    const outMeta = new Map(this.session.outputMetadata.map((m) => [m.name, m]))
    for (const name of this.fetches) {
      const m = outMeta.get(name)
      if (!m)
        throw new InputError({
          file: this.display,
          message: `The model has no output "${name}" (${this.roleOf(name)} in ssot/model.json)`,
          expected: name,
          found: `outputs ${[...outMeta.keys()].join(', ')}`,
        })
      if (!m.isTensor) {
        throw new InputError({
          file: this.display,
          message: `Output "${name}" is not a tensor (a scikit-learn ZipMap?)`,
          expected:
            "a tensor output: export the classifier with skl2onnx options={id(model): {'zipmap': False}}",
          found: 'a sequence or map output',
        })
      }
      if (name === this.io.outputs.probabilities && this.io.task !== 'regression') {
        if (m.type !== 'float32' && m.type !== 'float64')
          throw new InputError({
            file: this.display,
            message: `Output "${name}" (outputs.probabilities) is not floating point`,
            expected: 'float32 or float64 probabilities',
            found: m.type,
          })
        this.probabilityDtype = m.type
      }
    }
  }

  /** Where model.json maps an output, for messages. */
  private roleOf(name: string): string {
    if (this.io.task !== 'regression')
      return name === this.io.outputs.probabilities ? 'outputs.probabilities' : 'outputs.prediction'
    for (const t of this.io.targets)
      for (const role of ROLES)
        if (t[role]?.output === name) return `the ${role} output of target "${t.name}"`
    return 'outputs'
  }

  /**
   * A classifier graph declares the order of its classes (classlabels_* of
   * its ai.onnx.ml classifier operator, or the labels an ArrayFeatureExtractor
   * maps to). When that order is not model.json's, every probability column
   * would be read as the wrong class, so the gate stops.
   */
  private checkDeclaredClasses(bytes: Buffer): void {
    const classes = this.io.classes
    if (!classes || this.io.task === 'regression') return
    let reader: ReturnType<typeof classLabelReader>
    try {
      reader = classLabelReader(bytes)
    } catch {
      // onnxruntime loaded the file, so it is ONNX; a graph this reader cannot walk declares nothing it can check.
      return
    }
    for (const output of [this.io.outputs.prediction, this.io.outputs.probabilities]) {
      if (!output) continue
      const declared = reader.labelsOf(output)
      if (!declared) continue
      const same =
        declared.labels.length === classes.size &&
        declared.labels.every((l, i) => l === classes.names[i])
      if (same) continue
      const sameSet =
        declared.labels.length === classes.size &&
        declared.labels.every((l) => classes.names.includes(l))
      throw new InputError({
        file: this.display,
        message: sameSet
          ? `The model orders its classes differently from classes in ssot/model.json: probability columns and labels would be read as the wrong class`
          : `The model's class labels are not the classes in ssot/model.json`,
        expected: `classes ${classes.describe()} (ssot/model.json /classes, in the order of the probability columns)`,
        found: `${declared.labels.map((l) => JSON.stringify(l)).join(', ')} in ${declared.source}, behind output "${output}"`,
      })
    }
  }

  /** Runs the model over `rows` rows in batches; checks every output for NaN, infinity and unknown labels. */
  async predict(columns: FeatureColumns, rows: number, batchSize = 65_536): Promise<Predictions> {
    for (const f of this.io.features) {
      if (!columns.has(f.name))
        throw new InputError({
          file: this.display,
          message: `No data for feature "${f.name}"`,
          expected: `a column "${f.name}"`,
          found: 'no such column',
        })
    }
    const regression = this.io.task === 'regression'
    const out: Predictions = { targets: [] }
    if (regression) {
      for (const t of this.io.targets)
        out.targets.push({
          prediction: new Float64Array(rows),
          ...(t.lower && t.upper
            ? { lower: new Float64Array(rows), upper: new Float64Array(rows) }
            : {}),
        })
    } else {
      out.predictedClass = new Int32Array(rows)
      if (this.io.outputs.probabilities) {
        out.probabilities = Array.from(
          { length: this.io.classes?.size ?? 0 },
          () => new Float64Array(rows),
        )
        out.probabilityDtype = this.probabilityDtype
      }
    }
    const widths = this.expectedWidths()
    for (let start = 0; start < rows; start += batchSize) {
      const end = Math.min(rows, start + batchSize)
      const result = await this.session.run(this.feeds(columns, start, end), this.fetches)
      if (regression) {
        this.io.targets.forEach((t, i) => {
          for (const role of ROLES) {
            const ref = t[role]
            const into = out.targets[i]![role]
            if (ref && into) this.copyColumn(result, ref, widths.get(ref.output), into, start, end)
          }
        })
      } else {
        this.copyLabels(result, out.predictedClass!, start, end)
        if (out.probabilities) this.copyProbabilities(result, out.probabilities, start, end)
      }
    }
    return out
  }

  /** Single-row latency: `warmup` untimed calls, then `calls` timed ones cycling through the rows. */
  async measureLatency(
    columns: FeatureColumns,
    rows: number,
    warmup: number,
    calls: number,
  ): Promise<Float64Array> {
    const samples = new Float64Array(calls)
    for (let i = 0; i < warmup + calls; i++) {
      const row = i % rows
      const feeds = this.feeds(columns, row, row + 1)
      const t0 = performance.now()
      await this.session.run(feeds, this.fetches)
      const t1 = performance.now()
      if (i >= warmup) samples[i - warmup] = t1 - t0
    }
    return samples
  }

  /** Rows per second for one batch of up to `batchSize` rows, best of `repeats` runs. */
  async measureThroughput(
    columns: FeatureColumns,
    rows: number,
    batchSize: number,
    repeats: number,
  ): Promise<{ rowsPerSecond: number; batchRows: number; repeats: number }> {
    const n = Math.min(rows, batchSize)
    const feeds = this.feeds(columns, 0, n)
    let best = Number.POSITIVE_INFINITY
    for (let r = 0; r < repeats; r++) {
      const t0 = performance.now()
      await this.session.run(feeds, this.fetches)
      best = Math.min(best, performance.now() - t0)
    }
    return { rowsPerSecond: n / (Math.max(best, 1e-6) / 1000), batchRows: n, repeats }
  }

  async close(): Promise<void> {
    await this.session.release()
  }

  private feeds(columns: FeatureColumns, start: number, end: number): Record<string, Tensor> {
    const { features, input } = this.io
    if (input.layout === 'per-feature') {
      const feeds: Record<string, Tensor> = {}
      for (const f of features)
        feeds[f.name] = makeTensor(this.ort, f.dtype, [columns.get(f.name)!], start, end)
      return feeds
    }
    return {
      [input.name]: makeTensor(
        this.ort,
        features[0]!.dtype,
        features.map((f) => columns.get(f.name)!),
        start,
        end,
      ),
    }
  }

  /**
   * Values per row each regression output must have: when model.json gives no
   * column index for an output, one per target that reads it (so an [N, 2]
   * output read by one target is an error, not a silent first column).
   */
  private expectedWidths(): Map<string, { width?: number; readers: string[] }> {
    const out = new Map<string, { width?: number; readers: string[]; explicit: boolean }>()
    for (const t of this.io.targets) {
      for (const role of ROLES) {
        const ref = t[role]
        if (!ref) continue
        const entry = out.get(ref.output) ?? { readers: [], explicit: false }
        entry.readers.push(`${t.name} (${role})`)
        entry.explicit ||= ref.explicit
        out.set(ref.output, entry)
      }
    }
    for (const entry of out.values()) if (!entry.explicit) entry.width = entry.readers.length
    return out
  }

  private copyColumn(
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
        file: this.display,
        message: `Output "${ref.output}" has ${Number.isInteger(width) ? width : data.length / n} values per row`,
        expected,
        found: `shape [${t.dims.join(', ')}]`,
      })
    }
    for (let i = 0; i < n; i++) {
      const v = Number(data[i * width + ref.index])
      if (!Number.isFinite(v)) this.nonFinite(ref.output, start + i, v)
      into[start + i] = v
    }
  }

  /** The label output, mapped by value through the declared classes; an unknown label names its row. */
  private copyLabels(
    result: Record<string, Tensor>,
    into: Int32Array,
    start: number,
    end: number,
  ): void {
    const name = this.io.outputs.prediction
    const classes = this.io.classes!
    const t = result[name]!
    const data = t.data as ArrayLike<string | number | bigint>
    const n = end - start
    if (data.length !== n) {
      throw new InputError({
        file: this.display,
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
          file: this.display,
          message: `The label output "${name}" predicts ${typeof v === 'string' ? JSON.stringify(v) : String(v)} for holdout row ${start + i + 1}, which is not one of the classes in ssot/model.json`,
          expected: `one of ${classes.describe()} (the label values, not class indexes)`,
          found: typeof v === 'string' ? JSON.stringify(v) : `${String(v)} (${t.type})`,
        })
      }
      into[start + i] = c
    }
  }

  private copyProbabilities(
    result: Record<string, Tensor>,
    into: Float64Array[],
    start: number,
    end: number,
  ): void {
    const name = this.io.outputs.probabilities!
    const t = result[name]!
    const data = t.data as ArrayLike<number>
    const n = end - start
    const k = into.length
    if (data.length !== n * k) {
      throw new InputError({
        file: this.display,
        message: `Output "${name}" does not have one probability per class`,
        expected: `shape [N, ${k}] for classes ${this.io.classes?.describe()}`,
        found: `shape [${t.dims.join(', ')}]`,
      })
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
    throw new InputError({
      file: this.display,
      message: `Output "${output}" is ${value} for holdout row ${row + 1}`,
      expected: 'finite numbers in every model output',
      found: String(value),
    })
  }
}

/**
 * A [rows, columns] tensor of rows [start, end) of the given columns, in
 * row-major order. Plain loops per dtype: this runs for every batch and
 * every single-row latency call.
 */
function makeTensor(
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
