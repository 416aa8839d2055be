import { InputError } from '../contract/errors.js'
import type { ModelFeature } from '../ssot/model-config.js'
import { classLabelReader } from './class-labels.js'
import type { ModelIo } from './model-io.js'
import type { OnnxRuntime } from './runtime-loader.js'

/**
 * Whether a loaded model is the one ssot/model.json describes: its inputs
 * (names, types, shapes), the outputs model.json maps, and the order of the
 * classes a classifier graph declares. Every mismatch is an InputError
 * naming the model file, what model.json expects and what the model has.
 */

export type Session = Awaited<ReturnType<OnnxRuntime['InferenceSession']['create']>>

const TYPE_NAMES: Record<ModelFeature['dtype'], string> = {
  float32: 'float32',
  float64: 'float64',
  int64: 'int64',
  string: 'string',
}
export const ROLES = ['prediction', 'lower', 'upper'] as const

/** Checks the model's inputs and mapped outputs (`fetches`); returns the element type of its probabilities output. */
export function checkSignature(
  session: Session,
  io: ModelIo,
  display: string,
  fetches: string[],
): 'float32' | 'float64' {
  let probabilityDtype: 'float32' | 'float64' = 'float64'
  const { features, input } = io
  const meta = new Map(session.inputMetadata.map((m) => [m.name, m]))
  const names = [...meta.keys()]
  if (input.layout === 'per-feature') {
    const missing = features.filter((f) => !meta.has(f.name)).map((f) => f.name)
    const extra = names.filter((n) => !features.some((f) => f.name === n))
    if (missing.length || extra.length) {
      throw new InputError({
        file: display,
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
          file: display,
          message: `Input "${f.name}" is not a tensor`,
          expected: 'a tensor input',
          found: 'a non-tensor input',
        })
      if (m.type !== TYPE_NAMES[f.dtype])
        throw new InputError({
          file: display,
          message: `Input "${f.name}" has another type than model.json declares`,
          expected: f.dtype,
          found: m.type,
        })
      const width = m.shape[1]
      if (m.shape.length !== 2 || (typeof width === 'number' && width !== 1)) {
        throw new InputError({
          file: display,
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
        file: display,
        message: `The model has no input "${input.name}" (input.name in ssot/model.json)`,
        expected: input.name,
        found: `inputs ${names.join(', ')}`,
      })
    if (names.length !== 1)
      throw new InputError({
        file: display,
        message: 'input.layout tensor needs a model with one input',
        expected: '1 input',
        found: `${names.length} inputs: ${names.join(', ')}`,
      })
    if (!m.isTensor)
      throw new InputError({
        file: display,
        message: `Input "${input.name}" is not a tensor`,
        expected: 'a tensor',
        found: 'a non-tensor input',
      })
    const dtypes = new Set(features.map((f) => f.dtype))
    if (dtypes.size !== 1 || !dtypes.has(m.type as ModelFeature['dtype'])) {
      throw new InputError({
        file: display,
        message: `Input "${input.name}" type does not match the feature dtypes`,
        expected: `every feature of type ${m.type}`,
        found: [...dtypes].join(', '),
      })
    }
    const width = m.shape[1]
    if (m.shape.length !== 2 || (typeof width === 'number' && width !== features.length)) {
      throw new InputError({
        file: display,
        message: `Input "${input.name}" has another width than the ${features.length} features in ssot/model.json`,
        expected: `[N, ${features.length}]`,
        found: `[${m.shape.join(', ')}]`,
      })
    }
  }
  const outMeta = new Map(session.outputMetadata.map((m) => [m.name, m]))
  for (const name of fetches) {
    const m = outMeta.get(name)
    if (!m)
      throw new InputError({
        file: display,
        message: `The model has no output "${name}" (${roleOf(io, name)} in ssot/model.json)`,
        expected: name,
        found: `outputs ${[...outMeta.keys()].join(', ')}`,
      })
    if (!m.isTensor) {
      throw new InputError({
        file: display,
        message: `Output "${name}" is not a tensor (a scikit-learn ZipMap?)`,
        expected:
          "a tensor output: export the classifier with skl2onnx options={id(model): {'zipmap': False}}",
        found: 'a sequence or map output',
      })
    }
    if (name === io.outputs.probabilities && io.task !== 'regression') {
      if (m.type !== 'float32' && m.type !== 'float64')
        throw new InputError({
          file: display,
          message: `Output "${name}" (outputs.probabilities) is not floating point`,
          expected: 'float32 or float64 probabilities',
          found: m.type,
        })
      probabilityDtype = m.type
    }
  }
  return probabilityDtype
}

/** Where model.json maps an output, for messages. */
function roleOf(io: ModelIo, name: string): string {
  if (io.task !== 'regression')
    return name === io.outputs.probabilities ? 'outputs.probabilities' : 'outputs.prediction'
  for (const t of io.targets)
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
export function checkDeclaredClasses(bytes: Buffer, io: ModelIo, display: string): void {
  const classes = io.classes
  if (!classes || io.task === 'regression') return
  let reader: ReturnType<typeof classLabelReader>
  try {
    reader = classLabelReader(bytes)
  } catch {
    // onnxruntime loaded the file, so it is ONNX; a graph this reader cannot walk declares nothing it can check.
    return
  }
  for (const output of [io.outputs.prediction, io.outputs.probabilities]) {
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
      file: display,
      message: sameSet
        ? `The model orders its classes differently from classes in ssot/model.json: probability columns and labels would be read as the wrong class`
        : `The model's class labels are not the classes in ssot/model.json`,
      expected: `classes ${classes.describe()} (ssot/model.json /classes, in the order of the probability columns)`,
      found: `${declared.labels.map((l) => JSON.stringify(l)).join(', ')} in ${declared.source}, behind output "${output}"`,
    })
  }
}
