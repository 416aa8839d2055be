/**
 * The finite values of a column, sorted ascending: missing (NaN) and
 * infinite values are left out, as Evidently drops them before its tests.
 * Large columns are sorted by an LSD radix sort on the IEEE-754 bits (four
 * 16-bit digits, skipping digits that every value shares), which is several
 * times faster than a comparison sort on a million values; -0 sorts before 0.
 */
export function sortFinite(values: Float64Array): Float64Array {
  let n = 0
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i]!)) n++
  const out = new Float64Array(n)
  if (n === values.length) out.set(values)
  else {
    let k = 0
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!
      if (Number.isFinite(v)) out[k++] = v
    }
  }
  return n < RADIX_MIN ? out.sort() : radixSort(out)
}

const RADIX_MIN = 4096
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

/** Sorts in place (and returns) a Float64Array without NaN. */
export function radixSort(data: Float64Array): Float64Array {
  const n = data.length
  const words = new Uint32Array(data.buffer, data.byteOffset, n * 2)
  const [loAt, hiAt] = LITTLE_ENDIAN ? [0, 1] : [1, 0]
  let lo = new Uint32Array(n)
  let hi = new Uint32Array(n)
  // Order-preserving keys: flip every bit of negatives, only the sign bit of the rest.
  for (let i = 0; i < n; i++) {
    const h = words[2 * i + hiAt]!
    const l = words[2 * i + loAt]!
    const neg = h >>> 31
    hi[i] = neg ? ~h >>> 0 : (h | 0x80000000) >>> 0
    lo[i] = neg ? ~l >>> 0 : l
  }
  let lo2 = new Uint32Array(n)
  let hi2 = new Uint32Array(n)
  // All four digit histograms in one read pass.
  const counts = new Uint32Array(4 * 65536)
  for (let i = 0; i < n; i++) {
    const l = lo[i]!
    const h = hi[i]!
    counts[l & 0xffff]!++
    counts[65536 + (l >>> 16)]!++
    counts[131072 + (h & 0xffff)]!++
    counts[196608 + (h >>> 16)]!++
  }
  for (let pass = 0; pass < 4; pass++) {
    const base = pass * 65536
    const shift = (pass % 2) * 16
    const first = ((pass < 2 ? lo[0]! : hi[0]!) >>> shift) & 0xffff
    if (counts[base + first] === n) continue // every value shares this digit
    let sum = 0
    for (let d = 0; d < 65536; d++) {
      const c = counts[base + d]!
      counts[base + d] = sum
      sum += c
    }
    const src = pass < 2 ? lo : hi
    for (let i = 0; i < n; i++) {
      const at = counts[base + ((src[i]! >>> shift) & 0xffff)]!++
      lo2[at] = lo[i]!
      hi2[at] = hi[i]!
    }
    ;[lo, lo2] = [lo2, lo]
    ;[hi, hi2] = [hi2, hi]
  }
  for (let i = 0; i < n; i++) {
    const h = hi[i]!
    const neg = !(h >>> 31)
    words[2 * i + hiAt] = neg ? ~h >>> 0 : h & 0x7fffffff
    words[2 * i + loAt] = neg ? ~lo[i]! >>> 0 : lo[i]!
  }
  return data
}
