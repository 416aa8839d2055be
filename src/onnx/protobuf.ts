import type { ByteSource } from '../io/byte-source.js'

/**
 * A minimal protobuf wire-format reader for ONNX files, used without loading
 * the model: G2 reads external-data paths, operator domains and tensor sizes
 * with it (by ranges, so files over 2 GiB never sit in memory), G1 the class
 * labels a classifier declares. Only what those need: field iteration,
 * strings, packed varints and signed 64-bit integers.
 */

export interface Field {
  no: number
  wire: number
  /** Wire type 2: the payload; wire type 0: the varint's bytes. */
  start: number
  end: number
  /** Wire type 0: the value (exact up to 2^53; use int64s for signed 64-bit values); wire type 2: the length. */
  varint: number
}

/** A malformed or truncated message; the message says where. */
export class ProtoError extends Error {}

/** Reads protobuf fields from a byte source through a small cache. */
export class ProtoReader {
  private cacheStart = 0
  private cache: Uint8Array = new Uint8Array(0)

  constructor(private readonly source: ByteSource) {}

  byte(at: number): number {
    if (at < this.cacheStart || at >= this.cacheStart + this.cache.length) {
      this.cacheStart = at
      this.cache = this.source.read(at, 64 * 1024)
      if (this.cache.length === 0) throw new ProtoError(`truncated at byte ${at}`)
    }
    return this.cache[at - this.cacheStart]!
  }

  /** A length-delimited field (or any range) as UTF-8 text; strings over 1 MiB are refused. */
  text(start: number, end: number): string {
    if (end - start > 1024 * 1024)
      throw new ProtoError(`a string of ${end - start} bytes at byte ${start}`)
    return Buffer.from(this.source.read(start, end - start)).toString('utf8')
  }

  /** The bytes of a range (bounded by the caller). */
  bytes(start: number, end: number): Uint8Array {
    return this.source.read(start, end - start)
  }

  /** The varint at `p`, read no further than `end`: its value (exact up to 2^53) and the offset past it. */
  private varint(p: number, end: number): { value: number; next: number } {
    let value = 0
    let mul = 1
    for (let i = 0; i < 10; i++) {
      if (p >= end) throw new ProtoError(`truncated varint at byte ${p}`)
      const b = this.byte(p++)
      value += (b & 0x7f) * mul
      if (b < 0x80) return { value, next: p }
      mul *= 128
    }
    throw new ProtoError(`varint too long at byte ${p}`)
  }

  /** Iterates the fields of the message in [start, end). Throws ProtoError on a truncated or malformed message. */
  *fields(start: number, end: number): Generator<Field> {
    let p = start
    const varint = (): number => {
      const r = this.varint(p, end)
      p = r.next
      return r.value
    }
    while (p < end) {
      const key = varint()
      const no = Math.floor(key / 8)
      const wire = key % 8
      if (no === 0) throw new ProtoError(`field number 0 at byte ${p}`)
      if (wire === 0) {
        const at = p
        const value = varint()
        yield { no, wire, start: at, end: p, varint: value }
      } else if (wire === 2) {
        const len = varint()
        if (p + len > end)
          throw new ProtoError(`field ${no} runs past the end of its message at byte ${p}`)
        yield { no, wire, start: p, end: p + len, varint: len }
        p += len
      } else if (wire === 1) p += 8
      else if (wire === 5) p += 4
      else throw new ProtoError(`unsupported wire type ${wire} at byte ${p}`)
      if (p > end) throw new ProtoError(`field ${no} runs past the end of its message`)
    }
  }

  /** The values of a repeated varint field occurrence: one varint (wire type 0) or a packed run (wire type 2). */
  varints(f: Field): number[] {
    if (f.wire === 0) return [f.varint]
    const out: number[] = []
    for (let p = f.start; p < f.end;) {
      const r = this.varint(p, f.end)
      out.push(r.value)
      p = r.next
    }
    return out
  }

  /** The values of a repeated int64 field occurrence, signed (protobuf int64: two's complement in 10 bytes when negative). */
  int64s(f: Field): bigint[] {
    if (f.wire !== 0 && f.wire !== 2) return []
    const out: bigint[] = []
    for (let p = f.start; p < f.end;) {
      let v = 0n
      let shift = 0n
      for (;;) {
        if (p >= f.end || shift >= 70n) throw new ProtoError(`truncated varint at byte ${p}`)
        const b = this.byte(p++)
        v |= BigInt(b & 0x7f) << shift
        shift += 7n
        if (b < 0x80) break
      }
      out.push(BigInt.asIntN(64, v))
    }
    return out
  }
}
