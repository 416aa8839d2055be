import { closeSync, fstatSync, openSync, readSync } from 'node:fs'

/**
 * Random access to bytes without holding them all in memory: a file read by
 * ranges (so files over 2 GiB, which readFile refuses, can be scanned), a
 * buffer, or a window of another source (a stored zip entry).
 */
export interface ByteSource {
  readonly size: number
  /** Up to `length` bytes from `offset`; fewer only at the end of the source. Callers ask for bounded lengths. */
  read(offset: number, length: number): Uint8Array
}

export function bufferSource(data: Uint8Array): ByteSource {
  return {
    size: data.length,
    read: (offset, length) => data.subarray(offset, Math.min(data.length, offset + length)),
  }
}

/** The bytes [start, start + size) of `source`, as a source of their own. */
export function windowSource(source: ByteSource, start: number, size: number): ByteSource {
  const end = Math.min(source.size, start + size)
  return {
    size: Math.max(0, end - start),
    read: (offset, length) =>
      source.read(start + offset, Math.max(0, Math.min(length, end - start - offset))),
  }
}

/** A file opened for reading by ranges; close it when done. */
export class FileSource implements ByteSource {
  readonly size: number
  /** Bytes read from the file so far: what a scan really touched, however large the file. */
  bytesRead = 0
  private fd: number | undefined

  constructor(path: string) {
    this.fd = openSync(path, 'r')
    this.size = fstatSync(this.fd).size
  }

  read(offset: number, length: number): Uint8Array {
    if (this.fd === undefined) throw new Error('read after close')
    const n = Math.max(0, Math.min(length, this.size - offset))
    const out = Buffer.allocUnsafe(n)
    let done = 0
    while (done < n) {
      const got = readSync(this.fd, out, done, n - done, offset + done)
      if (got === 0) break
      done += got
    }
    this.bytesRead += done
    return out.subarray(0, done)
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd)
    this.fd = undefined
  }
}
