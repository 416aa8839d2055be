import { resolve } from 'node:path'
import { InputError } from '../contract/errors.js'
import { loadOnnxRuntime } from '../onnx/runtime-loader.js'
import type { CliArgs } from './args.js'
import type { CliIo } from './io.js'

interface ValueInfo {
  name: string
  tensor: boolean
  type?: string
  shape?: (number | string)[]
}

/**
 * `modelgate inspect-model FILE`: loads an ONNX model with the bundled
 * onnxruntime, prints its inputs and outputs (what ssot/model.json must map),
 * and, when every input is a numeric tensor, runs one all-zeros row to prove
 * the model executes on this machine.
 */
export async function runInspectCommand(args: CliArgs, io: CliIo): Promise<number> {
  const file = args.rest[0]
  if (!file)
    throw new InputError({
      message: 'inspect-model needs a model file',
      expected: 'modelgate inspect-model FILE.onnx',
      found: 'no file',
    })
  const ort = await loadOnnxRuntime()
  let session
  try {
    session = await ort.InferenceSession.create(resolve(io.cwd, file))
  } catch (error) {
    throw new InputError({
      file,
      message: 'onnxruntime could not load the model',
      expected: 'a valid ONNX model',
      found: (error as Error).message.split('\n')[0] ?? 'an error',
    })
  }
  const describe = (m: (typeof session.inputMetadata)[number]): ValueInfo =>
    m.isTensor
      ? { name: m.name, tensor: true, type: m.type, shape: [...m.shape] }
      : { name: m.name, tensor: false }
  const inputs = session.inputMetadata.map(describe)
  const outputs = session.outputMetadata.map(describe)
  const result: Record<string, unknown> = { file, inputs, outputs }
  const numeric = new Set(['float32', 'float64', 'int32', 'int64'])
  if (inputs.every((i) => i.tensor && numeric.has(i.type ?? ''))) {
    const feeds: Record<string, InstanceType<typeof ort.Tensor>> = {}
    for (const i of inputs) {
      const shape = (i.shape ?? []).map((d) => (typeof d === 'number' && d > 0 ? d : 1))
      const size = shape.reduce((a, b) => a * b, 1)
      const data =
        i.type === 'float32'
          ? new Float32Array(size)
          : i.type === 'float64'
            ? new Float64Array(size)
            : i.type === 'int32'
              ? new Int32Array(size)
              : new BigInt64Array(size)
      feeds[i.name] = new ort.Tensor(i.type as 'float32', data as Float32Array, shape)
    }
    const out = await session.run(feeds)
    result.zeroRowOutputs = Object.fromEntries(
      Object.entries(out).map(([name, t]) => [
        name,
        Array.from(t.data as ArrayLike<number | bigint>, (v) =>
          typeof v === 'bigint' ? Number(v) : v,
        ),
      ]),
    )
  }
  await session.release()
  io.stdout(`${JSON.stringify(result, null, 2)}\n`)
  return 0
}
