import {
  ByteStream,
  InflateLimitError,
  inflateChunks,
  type ChunkSource,
} from '../../../io/byte-stream.js'
import type { Scan } from './scan-context.js'

/** A compressed archive inside an archive must be unpacked to be read by ranges; larger ones are not. */
export const MAX_MATERIALIZED = 64 * 1024 * 1024

/** A ByteStream's remaining bytes as chunks (to inflate a compressed stream inside another). */
export function remaining(stream: ByteStream): ChunkSource {
  return {
    next: async () => ((await stream.ensure(1)) ? stream.take(stream.available) : undefined),
    close: () => stream.close(),
  }
}

/** Inflates a gzip, zlib or joblib zfile wrapper as it is read and scans what is inside. */
export async function scanCompressed(
  ctx: Scan,
  part: string,
  input: ChunkSource,
  kind: 'gzip' | 'zlib',
  depth: number,
): Promise<string> {
  const inner = new ByteStream(inflateChunks(input, kind, ctx.budget))
  try {
    const format = await ctx.nested.stream(ctx, part, inner, depth + 1)
    await inner.skip(Number.MAX_SAFE_INTEGER)
    return format === 'pickle' || format === 'joblib' ? 'joblib' : `${kind}:${format}`
  } catch (error) {
    if (error instanceof InflateLimitError)
      ctx.finding(
        part,
        'high',
        `the ${kind} stream expands past ${error.limit} bytes (modelScan.maxUncompressedBytes): a decompression bomb?`,
      )
    else
      ctx.notScanned(part, `the ${kind} stream could not be inflated (${(error as Error).message})`)
    return kind
  } finally {
    inner.close()
  }
}

/** Reads a whole stream into memory, up to `limit` bytes; undefined when it is longer. */
export async function materialize(
  stream: ByteStream,
  limit: number,
): Promise<Uint8Array | undefined> {
  const chunks: Uint8Array[] = []
  let total = 0
  while (await stream.ensure(1)) {
    const c = stream.take(stream.available)
    total += c.length
    if (total > limit) return undefined
    chunks.push(c)
  }
  return Buffer.concat(chunks)
}
