import { createHash } from 'node:crypto'
import { open } from 'node:fs/promises'

const READ_BYTES = 1 << 20

/**
 * Streams a file through sha256; returns the hex digest and the byte count.
 * One buffer is reused for the whole file, so hashing a large file beside a
 * parse allocates nothing for the garbage collector to reclaim.
 */
export async function digestFile(path: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256')
  const handle = await open(path, 'r')
  try {
    const buf = Buffer.allocUnsafe(READ_BYTES)
    let bytes = 0
    for (;;) {
      const { bytesRead } = await handle.read(buf, 0, READ_BYTES, bytes)
      if (bytesRead === 0) break
      hash.update(buf.subarray(0, bytesRead))
      bytes += bytesRead
    }
    return { sha256: hash.digest('hex'), bytes }
  } finally {
    await handle.close()
  }
}
