import type { LineHandler } from '../../csv/csv-record.js'

/**
 * The fast path of the holdout reader (CsvReadOptions.onLine) for the common
 * holdout: numeric features, and a label matched by its bytes or numeric
 * regression targets; no text features, slices or weights. One pass over a
 * quote-free record finds its fields and parses plain decimals (`-12.5`: at
 * most 9 integer and 9 fraction digits, 15 in all, no exponent, no spaces),
 * which are exact with one division, so each value is the one
 * parseNumberBytes (and Number()) gives; G0's TableValidator.onLine parses
 * the same way. A record with anything else (another number form, a null
 * token, a label that is not a class name, the wrong field count) is left
 * untouched to the general path, which pushes or reports it as before.
 */

const COMMA = 44
const MINUS = 45
const DOT = 46
const ZERO = 48
const POW10 = Float64Array.from({ length: 16 }, (_, i) => 10 ** i)

const UNUSED = 0
const NUMBER = 1
const INTEGER = 2
const LABEL = 3

interface Sink {
  index: number
  values: { push(v: number): void }
}

export interface HoldoutLineColumns {
  /** The header's field count. */
  width: number
  /** Numeric features (`int`: int64) and regression targets, in the order the general path pushes them. */
  numeric: (Sink & { int: boolean })[]
  targets: Sink[]
  /** Classification: the label's field (-1 for regression), the class names' bytes and the label list. */
  target: number
  classBytes: Buffer[]
  labels: number[]
}

/** The class index whose name has exactly the bytes `buf[s, e)`, or -1. */
export function matchBytes(buf: Buffer, s: number, e: number, classes: Buffer[]): number {
  const len = e - s
  for (let c = 0; c < classes.length; c++) {
    const name = classes[c]!
    if (name.length !== len) continue
    let k = 0
    while (k < len && buf[s + k] === name[k]) k++
    if (k === len) return c
  }
  return -1
}

/** The fast path for these columns, or undefined when a field would play two parts. */
export function holdoutLine(cols: HoldoutLineColumns): LineHandler | undefined {
  const { width, numeric, targets, target: label, classBytes, labels } = cols
  const kinds = new Uint8Array(width)
  const claim = (index: number, kind: number) => {
    if (kinds[index] !== UNUSED && kinds[index] !== kind) return false
    kinds[index] = kind
    return true
  }
  for (const c of numeric) if (!claim(c.index, c.int ? INTEGER : NUMBER)) return undefined
  for (const t of targets) if (!claim(t.index, NUMBER)) return undefined
  if (label >= 0 && !claim(label, LABEL)) return undefined
  const values = new Float64Array(width)
  const last = width - 1
  return (buf, from, to) => {
    let i = from
    let labelStart = 0
    let labelEnd = 0
    for (let k = 0; k <= last; k++) {
      const kind = kinds[k]!
      if (kind === NUMBER || kind === INTEGER) {
        const negative = i < to && buf[i] === MINUS
        if (negative) i++
        const intStart = i
        let whole = 0
        while (i < to) {
          const c = buf[i]! - ZERO
          if (c >>> 0 > 9) break
          whole = (whole * 10 + c) | 0
          i++
        }
        const intDigits = i - intStart
        let fraction = 0
        let fracDigits = 0
        if (i < to && buf[i] === DOT) {
          const fracStart = ++i
          while (i < to) {
            const c = buf[i]! - ZERO
            if (c >>> 0 > 9) break
            fraction = (fraction * 10 + c) | 0
            i++
          }
          fracDigits = i - fracStart
        }
        if (
          intDigits + fracDigits === 0 ||
          intDigits > 9 ||
          fracDigits > 9 ||
          intDigits + fracDigits > 15 ||
          (i !== to && buf[i] !== COMMA)
        )
          return false
        const x =
          fracDigits === 0 ? whole : (whole * POW10[fracDigits]! + fraction) / POW10[fracDigits]!
        if (kind === INTEGER && !Number.isInteger(x)) return false
        values[k] = negative ? -x : x
      } else {
        const s = i
        while (i < to && buf[i] !== COMMA) i++
        if (kind === LABEL) {
          labelStart = s
          labelEnd = i
        }
      }
      if (k < last) {
        if (i === to) return false // too few fields
        i++
      } else if (i !== to) {
        return false // too many fields
      }
    }
    let cls = -1
    if (label >= 0) {
      cls = matchBytes(buf, labelStart, labelEnd, classBytes)
      if (cls < 0) return false
    }
    for (let c = 0; c < numeric.length; c++) {
      const col = numeric[c]!
      col.values.push(values[col.index]!)
    }
    for (let t = 0; t < targets.length; t++) {
      const col = targets[t]!
      col.values.push(values[col.index]!)
    }
    if (cls >= 0) labels.push(cls)
    return true
  }
}
