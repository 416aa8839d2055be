import type { ByteSource } from '../../../io/byte-source.js'
import { ProtoError, ProtoReader, type Field } from '../../../onnx/protobuf.js'

/**
 * ONNX model safety, read as protobuf by ranges (never the whole file):
 * operator domains outside the SSOT's list, and external data that leaves
 * the model's folder, is missing, or is shorter than the tensor it holds.
 * Every place a tensor or a graph can hide is walked: graph initializers and
 * sparse initializers, Constant nodes and any other attribute holding a
 * tensor, sparse tensor or graph (If, Loop, Scan bodies), local functions,
 * and training graphs.
 */

interface OnnxFinding {
  severity: 'critical' | 'high' | 'medium'
  message: string
}

/** What the model's folder says about an external data location (resolved inside the folder). */
interface ExternalFile {
  size: number
  /** The location exists but, through a symbolic link, resolves outside the model's folder. */
  outside?: boolean
}
export type ExternalLookup = (location: string) => ExternalFile | undefined

/** An external data file a model names, and the byte ranges its tensors take in it. */
export interface ExternalReference {
  /** Relative to the model's folder. */
  location: string
  ranges: { offset: number; length: number }[]
}

export interface OnnxScan {
  /** False when the bytes are not an ONNX ModelProto. */
  isOnnx: boolean
  error?: string
  findings: OnnxFinding[]
  tensors: number
  graphs: number
  /** External data that checked out: inside the model's folder, with each tensor's bytes inside the file. */
  references: ExternalReference[]
}

/** Bits per element of each TensorProto.DataType (4 and 2 for the packed sub-byte types); STRING and unknown types have no fixed size. */
const ELEMENT_BITS: Record<number, number> = {
  1: 32,
  2: 8,
  3: 8,
  4: 16,
  5: 16,
  6: 32,
  7: 64,
  9: 8,
  10: 16,
  11: 64,
  12: 32,
  13: 64,
  14: 64,
  15: 128,
  16: 16,
  17: 8,
  18: 8,
  19: 8,
  20: 8,
  21: 4,
  22: 4,
  23: 4,
  24: 8,
  25: 2,
  26: 2,
}
const MAX_GRAPH_NESTING = 64

/** Why an external data location could leave the model's folder, or undefined. */
function escapes(location: string): string | undefined {
  if (location === '') return 'is empty'
  if (/^[A-Za-z]:/.test(location) || location.startsWith('/') || location.startsWith('\\'))
    return 'is absolute'
  if (location.split(/[\\/]/).includes('..')) return 'climbs out with ".."'
  if (location.includes('\0')) return 'holds a NUL byte'
  return undefined
}

export function scanOnnx(
  source: ByteSource,
  allowedDomains: string[],
  external: ExternalLookup,
): OnnxScan {
  const walk = new OnnxWalk(source, external)
  const error = walk.readModel(source.size)
  if (error !== undefined) return { ...walk.result, error }
  walk.judgeDomains(allowedDomains)
  return walk.result
}

/** One walk over a model's protobuf: the tensors, graphs and operator domains it finds, and the findings so far. */
class OnnxWalk {
  readonly r: ProtoReader
  readonly result: OnnxScan = { isOnnx: false, findings: [], tensors: 0, graphs: 0, references: [] }
  private readonly seen = new Set<string>()
  /** The operators of each domain nodes use. */
  private readonly nodeDomains = new Map<string, Set<string>>()
  private readonly importDomains = new Set<string>()
  private readonly localFunctions = new Set<string>()
  private readonly functionDomains = new Set<string>()

  constructor(
    source: ByteSource,
    private readonly external: ExternalLookup,
  ) {
    this.r = new ProtoReader(source)
  }

  private add(severity: OnnxFinding['severity'], message: string): void {
    if (this.seen.has(message) || this.result.findings.length >= 200) return
    this.seen.add(message)
    this.result.findings.push({ severity, message })
  }

  /** Reads the ModelProto's fields: the main graph, opset imports, local functions, training graphs. Returns why it is no ONNX model, or undefined. */
  readModel(size: number): string | undefined {
    try {
      let graphs = 0
      let ir = false
      for (const f of this.r.fields(0, size)) {
        if (f.no === 1 && f.wire === 0) ir = true
        else if (f.no === 7 && f.wire === 2) {
          graphs++
          this.graph(f, 0, 'the main graph')
        } else if (f.no === 8 && f.wire === 2) {
          for (const g of this.r.fields(f.start, f.end))
            if (g.no === 1 && g.wire === 2) this.importDomains.add(this.r.text(g.start, g.end))
        } else if (f.no === 25 && f.wire === 2) {
          let name = ''
          let domain = ''
          const nodes: Field[] = []
          for (const g of this.r.fields(f.start, f.end)) {
            if (g.no === 1 && g.wire === 2) name = this.r.text(g.start, g.end)
            else if (g.no === 10 && g.wire === 2) domain = this.r.text(g.start, g.end)
            else if (g.no === 7 && g.wire === 2) nodes.push(g)
          }
          this.localFunctions.add(`${domain}\u0000${name}`)
          this.functionDomains.add(domain)
          for (const n of nodes)
            this.node(n, 1, `local function ${domain ? `${domain}.` : ''}${name}`)
        } else if (f.no === 20 && f.wire === 2) {
          for (const g of this.r.fields(f.start, f.end))
            if ((g.no === 1 || g.no === 2) && g.wire === 2) this.graph(g, 1, 'a training graph')
        }
      }
      if (!ir || graphs === 0) return 'no ir_version and graph: not an ONNX ModelProto'
      this.result.isOnnx = true
      return undefined
    } catch (error) {
      if (!(error instanceof ProtoError)) throw error
      return `not parseable as ONNX protobuf (${error.message})`
    }
  }

  /** Findings on the operator domains nodes use and the model imports, outside the allowed ones. */
  judgeDomains(allowedDomains: string[]): void {
    for (const [domain, ops] of this.nodeDomains) {
      const custom = [...ops].filter((op) => !this.localFunctions.has(`${domain}\u0000${op}`))
      if (custom.length && !allowedDomains.includes(domain))
        this.add(
          'high',
          `custom operator domain "${domain}" is not allowed (modelScan.allowedOnnxDomains): ${custom.slice(0, 5).join(', ')}`,
        )
    }
    for (const domain of this.importDomains)
      if (
        !allowedDomains.includes(domain) &&
        !this.functionDomains.has(domain) &&
        !this.nodeDomains.has(domain)
      )
        this.add(
          'high',
          `custom operator domain "${domain}" is not allowed (modelScan.allowedOnnxDomains)`,
        )
  }

  private tensor(f: Field, where: string): void {
    this.result.tensors++
    let dims: number[] = []
    let dataType = 0
    let name = ''
    let location: number | undefined
    const entries = new Map<string, string>()
    for (const g of this.r.fields(f.start, f.end)) {
      if (g.no === 1) dims = dims.concat(this.r.varints(g))
      else if (g.no === 2 && g.wire === 0) dataType = g.varint
      else if (g.no === 8 && g.wire === 2) name = this.r.text(g.start, g.end)
      else if (g.no === 14 && g.wire === 0) location = g.varint
      else if (g.no === 13 && g.wire === 2) {
        let key = ''
        let value = ''
        for (const h of this.r.fields(g.start, g.end)) {
          if (h.no === 1 && h.wire === 2) key = this.r.text(h.start, h.end)
          if (h.no === 2 && h.wire === 2) value = this.r.text(h.start, h.end)
        }
        entries.set(key, value)
      }
    }
    const label = `tensor "${name}" (${where})`
    const loc = entries.get('location')
    if (loc === undefined) {
      if (location === 1) this.add('high', `${label} declares external data without a location`)
      return
    }
    const bad = escapes(loc)
    if (bad)
      return this.add(
        'critical',
        `external data path "${loc}" of ${label} ${bad}: it leaves the model's folder`,
      )
    const number = (key: string): number | undefined | null => {
      const v = entries.get(key)
      if (v === undefined) return undefined
      return /^\d+$/.test(v) && Number.isSafeInteger(Number(v)) ? Number(v) : null
    }
    const offset = number('offset')
    const length = number('length')
    if (offset === null || length === null)
      return this.add(
        'high',
        `${label} declares an external data offset or length that is not a whole number (${entries.get('offset') ?? ''} / ${entries.get('length') ?? ''})`,
      )
    const bits = ELEMENT_BITS[dataType]
    const count = dims.reduce((a, b) => a * b, 1)
    const expected = bits === undefined ? undefined : Math.ceil((count * bits) / 8)
    if (length !== undefined && expected !== undefined && length !== expected)
      this.add(
        'high',
        `${label} declares ${length} bytes of external data, but its dims [${dims.join(', ')}] and data type ${dataType} need ${expected}`,
      )
    const file = this.external(loc)
    if (!file) return this.add('high', `external data file "${loc}" is missing`)
    if (file.outside)
      return this.add(
        'critical',
        `external data file "${loc}" of ${label} resolves outside the model's folder through a symbolic link`,
      )
    const want = length ?? expected
    if (want === undefined)
      return this.add(
        'medium',
        `${label}: the size of its external data cannot be checked (data type ${dataType} without a fixed size and no declared length)`,
      )
    const need = (offset ?? 0) + want
    if (need > file.size)
      return this.add(
        'high',
        `external data "${loc}" of ${label} needs bytes up to ${need}, but the file has ${file.size}`,
      )
    // Only now is it this tensor's bytes: the caller may call the file tensor data when its tensors account for all of it.
    let ref = this.result.references.find((known) => known.location === loc)
    if (!ref) this.result.references.push((ref = { location: loc, ranges: [] }))
    ref.ranges.push({ offset: offset ?? 0, length: want })
  }

  private sparse(f: Field, where: string): void {
    for (const g of this.r.fields(f.start, f.end))
      if ((g.no === 1 || g.no === 2) && g.wire === 2) this.tensor(g, where)
  }

  private node(f: Field, depth: number, where: string): void {
    let domain = ''
    let op = ''
    const attributes: Field[] = []
    for (const g of this.r.fields(f.start, f.end)) {
      if (g.no === 7 && g.wire === 2) domain = this.r.text(g.start, g.end)
      else if (g.no === 4 && g.wire === 2) op = this.r.text(g.start, g.end)
      else if (g.no === 5 && g.wire === 2) attributes.push(g)
    }
    if (!this.nodeDomains.has(domain)) this.nodeDomains.set(domain, new Set())
    this.nodeDomains.get(domain)!.add(op)
    const at = `${where}${op ? ` ${op} node` : ''}`
    for (const a of attributes) {
      for (const h of this.r.fields(a.start, a.end)) {
        if (h.wire !== 2) continue
        if (h.no === 5 || h.no === 10) this.tensor(h, `attribute of ${at}`)
        else if (h.no === 22 || h.no === 23) this.sparse(h, `sparse attribute of ${at}`)
        else if (h.no === 6 || h.no === 11) this.graph(h, depth + 1, `subgraph of ${at}`)
      }
    }
  }

  private graph(f: Field, depth: number, where: string): void {
    if (depth > MAX_GRAPH_NESTING)
      throw new ProtoError(`graphs nested more than ${MAX_GRAPH_NESTING} deep`)
    this.result.graphs++
    for (const g of this.r.fields(f.start, f.end)) {
      if (g.wire !== 2) continue
      if (g.no === 1) this.node(g, depth, where)
      else if (g.no === 5) this.tensor(g, `initializer of ${where}`)
      else if (g.no === 15) this.sparse(g, `sparse initializer of ${where}`)
    }
  }
}
