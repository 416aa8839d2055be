/** The formats G2 recognises by their first bytes, apart from pickles, ONNX and text. */
export type Kind =
  | 'zip'
  | 'gzip'
  | 'zlib'
  | 'zfile'
  | 'xz'
  | 'lzma'
  | 'bz2'
  | 'lz4'
  | 'zstd'
  | 'npy'
  | 'tar'
  | 'image'
  | 'safetensors'

/** Safetensors headers longer than this are not read. */
export const MAX_SAFETENSORS_HEADER = 100 * 1024 * 1024

/**
 * Recognises a format by its first bytes (the magic numbers joblib, numpy,
 * zip and friends write). `size` is the content's size when it is known (a
 * file, a stored entry); a stream's is not (an inflated entry), and then a
 * safetensors header must at least fit the limit G2 reads.
 */
export function sniff(h: Uint8Array, size: number | undefined): Kind | undefined {
  const at = (i: number, ...bytes: number[]) => bytes.every((b, k) => h[i + k] === b)
  if (at(0, 0x50, 0x4b, 0x03, 0x04) || at(0, 0x50, 0x4b, 0x05, 0x06)) return 'zip'
  if (at(0, 0x1f, 0x8b)) return 'gzip'
  if (h[0] === 0x78 && h.length > 1 && ((h[0] << 8) | h[1]!) % 31 === 0) return 'zlib'
  if (
    at(0, 0x5a, 0x46) &&
    /^0x[0-9a-f]+L? *$/i.test(Buffer.from(h.subarray(2, 21)).toString('latin1'))
  )
    return 'zfile'
  if (at(0, 0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00)) return 'xz'
  if (at(0, 0x5d, 0x00, 0x00)) return 'lzma'
  if (
    at(0, 0x42, 0x5a, 0x68) &&
    h[3]! >= 0x31 &&
    h[3]! <= 0x39 &&
    at(4, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59)
  )
    return 'bz2'
  if (at(0, 0x04, 0x22, 0x4d, 0x18)) return 'lz4'
  if (at(0, 0x28, 0xb5, 0x2f, 0xfd)) return 'zstd'
  if (at(0, 0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59)) return 'npy'
  if (at(257, 0x75, 0x73, 0x74, 0x61, 0x72)) return 'tar'
  if (
    at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) ||
    at(0, 0xff, 0xd8, 0xff) ||
    at(0, 0x47, 0x49, 0x46, 0x38) ||
    (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50))
  )
    return 'image'
  if ((size === undefined || size >= 10) && h.length >= 9 && h[8] === 0x7b) {
    const n = Number(new DataView(h.buffer, h.byteOffset, 8).getBigUint64(0, true))
    if (n >= 2 && (size === undefined ? n <= MAX_SAFETENSORS_HEADER : 8 + n <= size))
      return 'safetensors'
  }
  return undefined
}

/** Compressors G2 does not unpack (joblib, pandas and others write files with them). */
export const COMPRESSORS = new Set<Kind>(['xz', 'lzma', 'bz2', 'lz4', 'zstd'])
