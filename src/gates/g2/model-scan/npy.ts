import type { ByteStream } from '../../../io/byte-stream.js'
import { judgeNpyHeader, type NpyHeader } from './npy-header.js'
import type { Scan } from './scan-context.js'
import { scanPickle } from './pickle-scan.js'
import { PickleLog } from './pickle-values.js'
import { TEXT_PREFIX } from './text.js'

/**
 * A numpy .npy array: plain data, unless its dtype holds Python objects,
 * which numpy writes as a pickle after the header. The header is judged as
 * numpy judges it (npy-header.ts); whatever it says, the bytes after it are
 * also read as a pickle, and scanned when they are one.
 */
export async function scanNpy(ctx: Scan, part: string, stream: ByteStream): Promise<string> {
  const head = await stream.peek(12)
  const major = head[6]
  const minor = head[7]
  let header: NpyHeader
  if (head.length < 10 || minor !== 0 || (major !== 1 && major !== 2 && major !== 3)) {
    header = {
      kind: 'refused',
      reason: `format version ${major ?? '?'}.${minor ?? '?'}, which numpy does not read`,
    }
    await stream.skip(8)
  } else {
    const v = new DataView(head.buffer, head.byteOffset, head.byteLength)
    const headerLength = major === 1 ? v.getUint16(8, true) : v.getUint32(8, true)
    await stream.skip(major === 1 ? 10 : 12)
    if (headerLength > TEXT_PREFIX) {
      header = {
        kind: 'unreadable',
        reason: `a header of ${headerLength} bytes (G2 reads at most ${TEXT_PREFIX})`,
      }
      await stream.skip(headerLength)
    } else if (!(await stream.ensure(headerLength))) {
      header = { kind: 'refused', reason: 'the file ends inside its header' }
    } else {
      const raw = stream.take(headerLength)
      const text = major === 3 ? decodeStrictUtf8(raw) : Buffer.from(raw).toString('latin1')
      header =
        text === undefined
          ? { kind: 'refused', reason: 'a version 3.0 header that is not UTF-8' }
          : judgeNpyHeader(text, major)
    }
  }
  const log = new PickleLog()
  const r = await scanPickle(stream, ctx.pickleOptions(false, false), log)
  const objects = header.kind === 'array' && header.objects
  const pickle = r.complete || r.acted
  if (objects || pickle) {
    ctx.executable = true
    ctx.markPickled()
    ctx.report(part, log)
  }
  if (objects) {
    if (!r.complete)
      ctx.notScanned(
        part,
        `the object array's pickle (from byte ${r.start}) could not be read to its end: ${r.error ?? 'it is not a pickle'}`,
      )
    else ctx.part(part, 'numpy object array: its pickle was scanned')
    return 'numpy'
  }
  if (pickle) {
    const why =
      header.kind === 'array'
        ? 'its dtype holds no Python objects, so numpy reads them as raw data'
        : 'numpy refuses its header'
    ctx.finding(
      part,
      'high',
      `the bytes after the numpy header (from byte ${r.start}) are a pickle, though ${why}: a file made to be read two ways`,
    )
    if (!r.complete)
      ctx.notScanned(part, `the pickle after the header could not be read to its end: ${r.error}`)
  }
  if (header.kind === 'unreadable')
    ctx.notScanned(part, `a numpy header G2 cannot read: ${header.reason}`)
  else if (header.kind === 'refused')
    ctx.part(part, `numpy refuses this file (${header.reason}): it loads nothing`)
  else if (!pickle)
    ctx.part(part, 'numpy array without Python objects: not executable, nothing to scan')
  return 'numpy'
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })
function decodeStrictUtf8(b: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(b)
  } catch {
    return undefined
  }
}
