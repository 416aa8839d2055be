/**
 * A minimal protobuf wire-format reader for ONNX files, used without loading
 * the model: G2 reads external-data paths and operator domains with it, G1 the
 * class labels a classifier declares. Only what those need: field iteration,
 * strings and 64-bit integers.
 */

export interface Field {
  no: number
  wire: number
  /** Wire type 2: the payload; wire type 0: the varint's bytes. */
  start: number
  end: number
  /** Wire type 0: the value (exact up to 2^53; use int64At for signed 64-bit values); wire type 2: the length. */
  varint: number
}

/** Iterates the fields of a protobuf message in buf[start, end). Throws on a truncated or malformed message. */
export function* fields(buf: Buffer, start: number, end: number): Generator<Field> {
  let p = start
  const varint = (): number => {
    let v = 0
    let mul = 1
    for (let i = 0; i < 10; i++) {
      if (p >= end) throw new Error('truncated varint')
      const b = buf[p++]!
      v += (b & 0x7f) * mul
      if (b < 0x80) return v
      mul *= 128
    }
    throw new Error('varint too long')
  }
  while (p < end) {
    const key = varint()
    const no = Math.floor(key / 8)
    const wire = key & 7
    if (wire === 0) {
      const at = p
      const value = varint()
      yield { no, wire, start: at, end: p, varint: value }
    } else if (wire === 2) {
      const len = varint()
      if (p + len > end) throw new Error('field runs past the end of the message')
      yield { no, wire, start: p, end: p + len, varint: len }
      p += len
    } else if (wire === 1) p += 8
    else if (wire === 5) p += 4
    else throw new Error(`unsupported wire type ${wire}`)
  }
}

/** A length-delimited field as UTF-8 text. */
export function text(buf: Buffer, f: Field): string {
  return buf.toString('utf8', f.start, f.end)
}

/** The signed 64-bit integer whose varint starts at `at` (protobuf int64: two's complement in 10 bytes when negative). */
export function int64At(buf: Buffer, at: number, end: number): { value: bigint; next: number } {
  let v = 0n
  let shift = 0n
  for (let p = at; p < end && shift < 70n; p++) {
    const b = buf[p]!
    v |= BigInt(b & 0x7f) << shift
    shift += 7n
    if (b < 0x80) return { value: BigInt.asIntN(64, v), next: p + 1 }
  }
  throw new Error('truncated varint')
}

/** The values of a repeated int64 field occurrence: one varint (wire type 0) or a packed run (wire type 2). */
export function int64s(buf: Buffer, f: Field): bigint[] {
  if (f.wire === 0) return [int64At(buf, f.start, f.end).value]
  if (f.wire !== 2) return []
  const out: bigint[] = []
  for (let p = f.start; p < f.end; ) {
    const { value, next } = int64At(buf, p, f.end)
    out.push(value)
    p = next
  }
  return out
}
