import { createHash } from 'node:crypto'

/**
 * JSON Canonicalization Scheme (RFC 8785): object members sorted by UTF-16
 * code units, no insignificant white space, numbers in ECMAScript's shortest
 * round-trip form (which is what `JSON.stringify` produces for finite numbers),
 * strings escaped as `JSON.stringify` does (which matches RFC 8785 §3.2.2.2).
 */
export function canonicalize(value: unknown): string {
  if (value === null) return 'null'
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false'
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`RFC 8785 cannot represent ${value}`)
      return JSON.stringify(value)
    case 'string':
      return JSON.stringify(value)
    case 'object': {
      if (Array.isArray(value))
        return `[${value.map((v) => canonicalize(v === undefined ? null : v)).join(',')}]`
      const entries = Object.entries(value as Record<string, unknown>).filter(
        ([, v]) => v !== undefined,
      )
      // Default sort compares UTF-16 code units, exactly as RFC 8785 requires.
      entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalize(v)}`).join(',')}}`
    }
    default:
      throw new TypeError(`RFC 8785 cannot represent a value of type ${typeof value}`)
  }
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}
