import { readFile } from 'node:fs/promises'
import { InputError } from '../contract/errors.js'
import { unreadableFile } from '../io/file-errors.js'
import { loadOnnxRuntime, type OnnxRuntime } from './runtime-loader.js'
import type { FeatureColumns, ModelIo, Predictions, SessionSettings } from './model-io.js'
import { checkDeclaredClasses, checkSignature, ROLES, type Session } from './model-signature.js'
import { copyColumn, copyLabels, copyProbabilities, makeTensor, type Tensor } from './tensors.js'

export type { FeatureColumns, ModelIo, Predictions, SessionSettings } from './model-io.js'

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
      model.probabilityDtype = checkSignature(session, io, display, model.fetches)
      checkDeclaredClasses(bytes, io, display)
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
            if (ref && into)
              copyColumn(this.display, result, ref, widths.get(ref.output), into, start, end)
          }
        })
      } else {
        copyLabels(this.display, this.io, result, out.predictedClass!, start, end)
        if (out.probabilities)
          copyProbabilities(this.display, this.io, result, out.probabilities, start, end)
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
}
