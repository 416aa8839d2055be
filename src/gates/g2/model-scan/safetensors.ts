import type { ByteStream } from '../../../io/byte-stream.js'
import type { Scan } from './scan-context.js'
import { MAX_SAFETENSORS_HEADER } from './sniff.js'

/**
 * A safetensors header (JSON) followed by raw tensor bytes: data. Undefined,
 * with nothing consumed, when the header is not a JSON object: the content
 * is then something else that happens to look like one.
 */
export async function scanSafetensors(
  ctx: Scan,
  part: string,
  stream: ByteStream,
): Promise<string | undefined> {
  const head = await stream.peek(8)
  const n = Number(new DataView(head.buffer, head.byteOffset, 8).getBigUint64(0, true))
  if (n > MAX_SAFETENSORS_HEADER) {
    ctx.notScanned(part, `a safetensors header of ${n} bytes (more than ${MAX_SAFETENSORS_HEADER})`)
    return 'safetensors'
  }
  const bytes = await stream.peek(8 + n)
  if (bytes.length < 8 + n) return undefined
  let header: unknown
  try {
    header = JSON.parse(Buffer.from(bytes.subarray(8)).toString('utf8'))
  } catch {
    return undefined
  }
  if (!header || typeof header !== 'object' || Array.isArray(header)) return undefined
  await stream.skip(8 + n)
  const tensors = Object.keys(header).filter((k) => k !== '__metadata__').length
  ctx.part(part, `safetensors: ${tensors} tensors, not executable, nothing to scan`)
  return 'safetensors'
}
