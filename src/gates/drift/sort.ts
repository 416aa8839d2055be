/**
 * The finite values of a column, sorted ascending: missing (NaN) and
 * infinite values are left out, as Evidently drops them before its tests.
 * Typed-array sort, one copy.
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
  return out.sort()
}
