import { bufferSource } from '../io/byte-source.js'
import { ProtoReader, type Field } from './protobuf.js'

/**
 * The class labels an ONNX classifier declares for one of its graph outputs,
 * read from the protobuf without loading the model. From the output, the
 * reader walks back through operators that keep the class order (Identity,
 * Cast, Reshape, Normalizer...) to either
 * - an ai.onnx.ml classifier operator (LinearClassifier, TreeEnsembleClassifier,
 *   SVMClassifier...), whose `classlabels_strings` / `classlabels_int64s`
 *   (`classlabels_ints` for LinearClassifier) attribute orders both its label
 *   and its probability outputs; or
 * - an ArrayFeatureExtractor over an initializer (how skl2onnx maps an argmax
 *   back to labels, e.g. for one-vs-rest), whose initializer holds the labels.
 * Anything else ends the walk without a declaration: then there is nothing to
 * check, and `undefined` is returned.
 */
export interface DeclaredLabels {
  /** Where the labels come from, for messages: `LinearClassifier node "LinearClassifier" (classlabels_strings)`. */
  source: string
  labels: string[]
}

const CLASSIFIERS = new Set(['LinearClassifier', 'TreeEnsembleClassifier', 'SVMClassifier'])
const LABEL_ATTRIBUTES = ['classlabels_strings', 'classlabels_int64s', 'classlabels_ints']
/** Operators whose first input carries the same classes, in the same order, as their output. */
const ORDER_KEEPING = new Set([
  'Identity',
  'Cast',
  'CastLike',
  'Reshape',
  'Flatten',
  'Squeeze',
  'Unsqueeze',
  'Normalizer',
  'Softmax',
  'Clip',
])

interface Node {
  name: string
  opType: string
  inputs: string[]
  outputs: string[]
  attributes: Map<string, Field[]>
}

/** Parses the graph once; `labelsOf(output)` then walks back from each output. Throws when the bytes are not an ONNX ModelProto. */
export function classLabelReader(buf: Buffer): {
  labelsOf(output: string): DeclaredLabels | undefined
} {
  const r = new ProtoReader(bufferSource(buf))
  let graph: Field | undefined
  for (const f of r.fields(0, buf.length)) if (f.no === 7 && f.wire === 2) graph = f
  if (!graph) throw new Error('no graph in the ModelProto')
  const producer = new Map<string, Node>()
  const initializers = new Map<string, Field>()
  for (const f of r.fields(graph.start, graph.end)) {
    if (f.wire !== 2) continue
    if (f.no === 1) {
      const node = parseNode(r, f)
      for (const o of node.outputs) producer.set(o, node)
    } else if (f.no === 5) {
      for (const g of r.fields(f.start, f.end))
        if (g.no === 8 && g.wire === 2) initializers.set(r.text(g.start, g.end), f)
    }
  }
  return {
    labelsOf(output: string): DeclaredLabels | undefined {
      let name = output
      for (let step = 0; step < 64; step++) {
        const node = producer.get(name)
        if (!node) return undefined
        if (CLASSIFIERS.has(node.opType)) {
          for (const attribute of LABEL_ATTRIBUTES) {
            const occurrences = node.attributes.get(attribute)
            if (!occurrences) continue
            const labels = attributeLabels(r, occurrences)
            if (labels.length > 0)
              return { source: `${node.opType} node "${node.name}" (${attribute})`, labels }
          }
          return undefined
        }
        if (node.opType === 'ArrayFeatureExtractor') {
          const tensor = initializers.get(node.inputs[0] ?? '')
          const labels = tensor ? tensorLabels(r, tensor) : undefined
          return labels
            ? {
                source: `ArrayFeatureExtractor node "${node.name}" over initializer "${node.inputs[0]}"`,
                labels,
              }
            : undefined
        }
        if (!ORDER_KEEPING.has(node.opType) || !node.inputs[0]) return undefined
        name = node.inputs[0]
      }
      return undefined
    },
  }
}

function parseNode(r: ProtoReader, f: Field): Node {
  const node: Node = { name: '', opType: '', inputs: [], outputs: [], attributes: new Map() }
  for (const g of r.fields(f.start, f.end)) {
    if (g.wire !== 2) continue
    if (g.no === 1) node.inputs.push(r.text(g.start, g.end))
    else if (g.no === 2) node.outputs.push(r.text(g.start, g.end))
    else if (g.no === 3) node.name = r.text(g.start, g.end)
    else if (g.no === 4) node.opType = r.text(g.start, g.end)
    else if (g.no === 5) {
      let attrName = ''
      const values: Field[] = []
      for (const h of r.fields(g.start, g.end)) {
        if (h.no === 1 && h.wire === 2) attrName = r.text(h.start, h.end)
        // AttributeProto: ints = 8 (packed or not), strings = 9.
        else if (h.no === 8 || h.no === 9) values.push(h)
      }
      node.attributes.set(attrName, values)
    }
  }
  return node
}

function attributeLabels(r: ProtoReader, values: Field[]): string[] {
  const out: string[] = []
  for (const v of values) {
    if (v.no === 9 && v.wire === 2) out.push(r.text(v.start, v.end))
    else if (v.no === 8) out.push(...r.int64s(v).map(String))
  }
  return out
}

/** A string, int64 or int32 TensorProto's values as text; undefined for other types or external data. */
function tensorLabels(r: ProtoReader, tensor: Field): string[] | undefined {
  let type = 0
  const strings: string[] = []
  const ints: string[] = []
  let raw: Field | undefined
  for (const g of r.fields(tensor.start, tensor.end)) {
    if (g.no === 2 && g.wire === 0) type = g.varint
    else if (g.no === 6 && g.wire === 2) strings.push(r.text(g.start, g.end))
    else if (g.no === 5 || g.no === 7) ints.push(...r.int64s(g).map(String))
    else if (g.no === 9 && g.wire === 2) raw = g
  }
  // TensorProto.DataType: 6 INT32, 7 INT64, 8 STRING.
  if (type === 8) return strings
  if (type === 7 || type === 6) {
    if (ints.length > 0 || !raw) return ints
    const width = type === 7 ? 8 : 4
    const bytes = Buffer.from(r.bytes(raw.start, raw.end))
    const out: string[] = []
    for (let p = 0; p + width <= bytes.length; p += width)
      out.push(String(width === 8 ? bytes.readBigInt64LE(p) : bytes.readInt32LE(p)))
    return out
  }
  return undefined
}
