import { hexDigit } from './pickle-text-args.js'
import { PickleError } from './pickle-values.js'

/** How Python decodes the bytes of pickle arguments: the codecs of STRING, UNICODE, GLOBAL and INST, and LONG1/LONG4's integers. */

const utf8 = new TextDecoder('utf-8', { fatal: true })
const utf8Lenient = new TextDecoder('utf-8')
export const latin1 = (b: Uint8Array) =>
  Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1')
/** UTF-8 as Python's 'surrogatepass' decodes it; undecodable text is kept with replacement characters (the scan goes on where Python might stop). */
export const decodeUtf8 = (b: Uint8Array): string => {
  try {
    return utf8.decode(b)
  } catch {
    return utf8Lenient.decode(b)
  }
}

/** codecs.escape_decode, as Python applies it to a STRING argument. */
export function escapeDecode(s: Uint8Array): Uint8Array {
  const out: number[] = []
  const simple: Record<number, number> = {
    0x5c: 0x5c,
    0x27: 0x27,
    0x22: 0x22,
    0x62: 8,
    0x66: 12,
    0x74: 9,
    0x6e: 10,
    0x72: 13,
    0x76: 11,
    0x61: 7,
  }
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!
    if (c !== 0x5c) {
      out.push(c)
      continue
    }
    if (++i >= s.length) throw new PickleError('Trailing \\ in string')
    const e = s[i]!
    if (e === 0x0a) continue
    if (simple[e] !== undefined) out.push(simple[e])
    else if (e >= 0x30 && e <= 0x37) {
      let v = e - 0x30
      for (let k = 0; k < 2 && i + 1 < s.length && s[i + 1]! >= 0x30 && s[i + 1]! <= 0x37; k++)
        v = v * 8 + (s[++i]! - 0x30)
      out.push(v & 0xff)
    } else if (e === 0x78) {
      const h1 = hexDigit(s[i + 1])
      const h2 = hexDigit(s[i + 2])
      if (h1 < 0 || h2 < 0) throw new PickleError(`invalid \\x escape at position ${i - 1}`)
      out.push(h1 * 16 + h2)
      i += 2
    } else out.push(0x5c, e)
  }
  return Uint8Array.from(out)
}

/** The raw-unicode-escape codec, as Python applies it to a UNICODE argument. */
export function rawUnicodeEscapeDecode(s: Uint8Array): string {
  let out = ''
  for (let i = 0; i < s.length;) {
    if (s[i] !== 0x5c) {
      out += String.fromCharCode(s[i++]!)
      continue
    }
    const start = i
    while (i < s.length && s[i] === 0x5c) i++
    const slashes = i - start
    if (slashes % 2 === 0 || i >= s.length || (s[i] !== 0x75 && s[i] !== 0x55)) {
      out += '\\'.repeat(slashes)
      continue
    }
    out += '\\'.repeat(slashes - 1)
    const count = s[i] === 0x75 ? 4 : 8
    i++
    let code = 0
    for (let k = 0; k < count; k++, i++) {
      const d = hexDigit(s[i])
      if (d < 0) throw new PickleError(`truncated \\${count === 4 ? 'uXXXX' : 'UXXXXXXXX'} escape`)
      code = code * 16 + d
    }
    if (code > 0x10ffff) throw new PickleError('\\Uxxxxxxxx out of range')
    out += String.fromCodePoint(code)
  }
  return out
}

/** GLOBAL's arguments: Python decodes them as strict UTF-8 and stops on anything else. */
export function strictUtf8(b: Uint8Array, at: number): string {
  try {
    return utf8.decode(b)
  } catch {
    throw new PickleError(`GLOBAL at byte ${at} names a module or attribute that is not UTF-8`)
  }
}

/** INST's arguments: ASCII only. */
export function ascii(b: Uint8Array, at: number): string {
  if (b.some((c) => c > 0x7f))
    throw new PickleError(`INST at byte ${at} names a module or class that is not ASCII`)
  return latin1(b)
}

/** Little-endian two's complement (LONG1, LONG4). */
export function decodeLong(b: Uint8Array): bigint {
  let v = 0n
  for (let k = b.length - 1; k >= 0; k--) v = (v << 8n) | BigInt(b[k]!)
  if (b.length > 0 && b[b.length - 1]! & 0x80) v -= 1n << BigInt(8 * b.length)
  return v
}
