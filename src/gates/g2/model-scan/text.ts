import { bufferSource } from '../../../io/byte-source.js'
import { ByteStream, sourceChunks } from '../../../io/byte-stream.js'
import type { Scan } from './scan-context.js'
import { scanPickle } from './pickle-scan.js'
import { PickleLog, type PickleResult } from './pickle-values.js'

/** The bytes of content read to tell text from binary. */
export const TEXT_PREFIX = 1024 * 1024

/** The control characters text may hold: tab, line feed, vertical tab, form feed, carriage return, escape (terminal colours). */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b])
/** A character text may hold: not a control character other than TEXT_CONTROLS (nor DEL), except a DOS end-of-file mark (0x1a) as the very last one. */
const textChar = (c: number, last: boolean) =>
  (c >= 0x20 && c !== 0x7f) || TEXT_CONTROLS.has(c) || (c === 0x1a && last)

/**
 * Text, by its first bytes (`complete` when they are the whole content):
 * - UTF-8 (a BOM allowed);
 * - UTF-16 with a byte order mark (FF FE or FE FF), well-formed (no lone surrogate);
 * - otherwise a single-byte encoding such as Latin-1 or Windows-1252 (an
 *   Excel CSV export): any byte from 0x80 to 0xFF.
 * In every case no NUL and no control character other than TEXT_CONTROLS,
 * a DOS end-of-file mark (0x1a) being allowed as the last character.
 */
export function isText(b: Uint8Array, complete: boolean): boolean {
  if (b.length === 0) return false
  const bom16 =
    b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))
  if (bom16) {
    const even = b.subarray(0, b.length - (b.length % 2))
    if (complete && even.length !== b.length) return false
    let text: string
    try {
      text = new TextDecoder(b[0] === 0xff ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(
        even,
        { stream: !complete },
      )
    } catch {
      return false
    }
    for (let i = 0; i < text.length; i++)
      if (!textChar(text.charCodeAt(i), complete && i === text.length - 1)) return false
    return true
  }
  for (let i = 0; i < b.length; i++)
    if (!textChar(b[i]!, complete && i === b.length - 1)) return false
  // Not UTF-8: every byte is still a character of a single-byte encoding.
  return true
}

/**
 * Content that reads as text (its first TEXT_PREFIX bytes, `prefix`) and
 * is no pickle that imports anything (`notPickle`, the stream scan's
 * result): text, unless pickle.load carries out some of its opcodes.
 */
export async function scanText(
  ctx: Scan,
  part: string,
  prefix: Uint8Array,
  notPickle: PickleResult,
): Promise<'text' | 'pickle'> {
  // Text is only text when pickle.load refuses its very first opcode: past that, it is a stream the unpickler runs.
  // (The stream scan also resolved persistent ids, as PyTorch does; pickle.load refuses them.)
  const r =
    notPickle.opcodes === 0
      ? notPickle
      : await scanPickle(
          new ByteStream(sourceChunks(bufferSource(prefix))),
          ctx.pickleOptions(false, false),
          new PickleLog(),
        )
  if (r.opcodes === 0) {
    ctx.part(part, 'text: not executable, nothing to scan')
    return 'text'
  }
  ctx.executable = true
  ctx.part(
    part,
    `read by pickle.load, ${r.opcodes} opcode${r.opcodes === 1 ? '' : 's'} run, then the unpickler stops (${r.error}) before anything is imported`,
  )
  return 'pickle'
}
