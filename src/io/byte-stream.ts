import { Readable, pipeline } from 'node:stream'
import { createGunzip, createInflate, createInflateRaw } from 'node:zlib'
import type { ByteSource } from './byte-source.js'

/** Where a ByteStream's bytes come from, chunk by chunk. */
export interface ChunkSource {
  /** The next chunk, or undefined at the end. */
  next(): Promise<Uint8Array | undefined>
  /** Steps over up to `n` bytes without producing them (a file seek); returns how many. */
  skip?(n: number): number
  close?(): void
}

/** The bytes [start, end) of a random-access source, read in chunks (a small first one, then 1 MiB). */
export function sourceChunks(source: ByteSource, start = 0, end = source.size): ChunkSource {
  let at = start
  let size = 64 * 1024
  return {
    next: async () => {
      if (at >= end) return undefined
      const chunk = source.read(at, Math.min(size, end - at))
      size = 1024 * 1024
      if (chunk.length === 0) {
        at = end
        return undefined
      }
      at += chunk.length
      return chunk
    },
    skip: (n) => {
      const k = Math.max(0, Math.min(n, end - at))
      at += k
      return k
    },
  }
}

/** The inflated bytes were more than the limit allows (a zip bomb, or a limit set too low). */
export class InflateLimitError extends Error {
  constructor(readonly limit: number) {
    super(`expands past ${limit} bytes`)
    this.name = 'InflateLimitError'
  }
}

/** Inflated bytes allowed for one file, counted across everything inflated while scanning it. */
export interface InflateBudget {
  limit: number
  used: number
}

/**
 * Inflates `input` as it is read (raw deflate for zip entries, gzip or zlib
 * for joblib files), counting the bytes really produced against `budget`:
 * declared sizes are never trusted, and inflation stops at the limit.
 */
export function inflateChunks(
  input: ChunkSource,
  format: 'raw' | 'gzip' | 'zlib',
  budget: InflateBudget,
): ChunkSource {
  const inflater =
    format === 'raw' ? createInflateRaw() : format === 'gzip' ? createGunzip() : createInflate()
  const feed = Readable.from(
    (async function* () {
      for (;;) {
        const chunk = await input.next()
        if (!chunk) return
        yield chunk
      }
    })(),
  )
  // Errors reach the consumer through the iterator below.
  pipeline(feed, inflater, () => {})
  const iterator = inflater[Symbol.asyncIterator]() as AsyncIterator<Buffer>
  const close = () => {
    feed.destroy()
    inflater.destroy()
    input.close?.()
  }
  return {
    next: async () => {
      const r = await iterator.next()
      if (r.done) return undefined
      budget.used += r.value.length
      if (budget.used > budget.limit) {
        close()
        throw new InflateLimitError(budget.limit)
      }
      return r.value
    },
    close,
  }
}

/** A ChunkSource that also keeps the last bytes that passed through it. */
export interface TailChunks extends ChunkSource {
  /** The last `keep` bytes read so far (fewer when less was read). */
  tail(): Uint8Array
}

/** Passes `input` through, keeping its last `keep` bytes: the end of a stream that can only be read once. */
export function keepTail(input: ChunkSource, keep: number): TailChunks {
  let kept: Uint8Array[] = []
  let size = 0
  return {
    next: async () => {
      const chunk = await input.next()
      if (chunk) {
        kept.push(chunk)
        size += chunk.length
        while (kept.length > 1 && size - kept[0]!.length >= keep) size -= kept.shift()!.length
      }
      return chunk
    },
    close: () => input.close?.(),
    tail: () => {
      const all = Buffer.concat(kept)
      kept = [all]
      return all.subarray(Math.max(0, all.length - keep))
    },
  }
}

const EMPTY = new Uint8Array(0)

/**
 * A sequential reader over chunks, for parsers that must not hold a whole
 * file: `ensure` buffers what the next step needs, `skip` steps over large
 * payloads without reading them when the source can seek.
 */
export class ByteStream {
  private buf: Uint8Array = EMPTY
  private pos = 0
  /** Bytes dropped before buf[0]. */
  private dropped = 0
  private ended = false

  constructor(private readonly chunks: ChunkSource) {}

  /** Bytes consumed so far. */
  get offset(): number {
    return this.dropped + this.pos
  }

  get available(): number {
    return this.buf.length - this.pos
  }

  /** Buffers at least `n` bytes; false when the stream ends first. */
  async ensure(n: number): Promise<boolean> {
    while (this.buf.length - this.pos < n) {
      if (this.ended) return false
      const chunk = await this.chunks.next()
      if (!chunk) {
        this.ended = true
        return false
      }
      if (chunk.length === 0) continue
      const rest = this.buf.length - this.pos
      if (rest === 0) {
        this.dropped += this.buf.length
        this.buf = chunk
      } else {
        const merged = new Uint8Array(rest + chunk.length)
        merged.set(this.buf.subarray(this.pos))
        merged.set(chunk, rest)
        this.dropped += this.pos
        this.buf = merged
      }
      this.pos = 0
    }
    return true
  }

  /** The next byte; call ensure first. */
  u8(): number {
    return this.buf[this.pos++]!
  }

  /** The next `n` bytes (a view that stays valid); call ensure first. */
  take(n: number): Uint8Array {
    const out = this.buf.subarray(this.pos, this.pos + n)
    this.pos += n
    return out
  }

  /** Looks at the next `n` bytes without consuming them (fewer at the end). */
  async peek(n: number): Promise<Uint8Array> {
    await this.ensure(n)
    return this.buf.subarray(this.pos, this.pos + n)
  }

  /** Steps over `n` bytes; false when the stream ends first. */
  async skip(n: number): Promise<boolean> {
    const inBuffer = Math.min(n, this.buf.length - this.pos)
    this.pos += inBuffer
    let left = n - inBuffer
    if (left === 0) return true
    this.dropped += this.buf.length
    this.buf = EMPTY
    this.pos = 0
    if (this.chunks.skip) {
      const k = this.chunks.skip(left)
      this.dropped += k
      left -= k
      if (left > 0) this.ended = true
      return left === 0
    }
    while (left > 0) {
      const chunk = await this.chunks.next()
      if (!chunk) {
        this.ended = true
        return false
      }
      if (chunk.length <= left) {
        this.dropped += chunk.length
        left -= chunk.length
      } else {
        this.buf = chunk
        this.pos = left
        left = 0
      }
    }
    return true
  }

  /** The next line when it is already buffered (the fast path of `line`), else undefined without consuming anything. */
  lineNow(): Uint8Array | undefined {
    const i = this.buf.indexOf(10, this.pos)
    if (i < 0) return undefined
    const out = this.buf.subarray(this.pos, i)
    this.pos = i + 1
    return out
  }

  /**
   * Hands the bytes up to the next newline to `visit`, piece by piece (the
   * newline is consumed, not handed over), holding no more than one chunk
   * at a time: a line of any length is read in bounded memory. The pieces
   * are views that stay valid. False when the stream ends first.
   */
  async streamLine(visit: (piece: Uint8Array) => void): Promise<boolean> {
    for (;;) {
      const i = this.buf.indexOf(10, this.pos)
      if (i >= 0) {
        visit(this.buf.subarray(this.pos, i))
        this.pos = i + 1
        return true
      }
      if (this.pos < this.buf.length) visit(this.buf.subarray(this.pos))
      this.pos = this.buf.length
      // Nothing is left buffered, so the next chunk replaces the buffer rather than growing it.
      if (!(await this.ensure(1))) return false
    }
  }

  async atEnd(): Promise<boolean> {
    return !(await this.ensure(1))
  }

  close(): void {
    this.chunks.close?.()
  }
}
