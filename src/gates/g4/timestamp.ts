/**
 * Timestamps of the shadow log: RFC 3339 date-times (`2015-01-31T12:00:00Z`,
 * `2015-01-31 12:00:00.123+01:00`), read as UTC when they carry no offset,
 * and plain dates (`2015-01-31`, the whole UTC day). A shadow day is the UTC
 * calendar day of the instant.
 */

const PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?([Zz]|[+-]\d{2}:?\d{2})?)?$/

const DAY_MS = 86_400_000

/** Milliseconds since the epoch (UTC), or NaN when the text is not such a timestamp or names an impossible date. */
export function parseTimestamp(raw: string): number {
  const m = PATTERN.exec(raw.trim())
  if (!m) return Number.NaN
  const y = Number(m[1])
  const mo = Number(m[2])
  const d = Number(m[3])
  const h = m[4] === undefined ? 0 : Number(m[4])
  const mi = m[5] === undefined ? 0 : Number(m[5])
  const s = m[6] === undefined ? 0 : Number(m[6])
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return Number.NaN
  if (h > 23 || mi > 59 || s > 60) return Number.NaN
  const fraction = m[7] ? Number(`0.${m[7]}`) * 1000 : 0
  let offset = 0
  const zone = m[8]
  if (zone && zone !== 'Z' && zone !== 'z') {
    const digits = zone.replace(':', '')
    const oh = Number(digits.slice(1, 3))
    const om = Number(digits.slice(3, 5))
    if (oh > 23 || om > 59) return Number.NaN
    offset = (zone[0] === '-' ? -1 : 1) * (oh * 60 + om) * 60_000
  }
  const at = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59)) + fraction - offset
  // Date.UTC maps years 0-99 to 1900-1999; such logs are mistakes, refused rather than shifted.
  return y < 1970 || y > 9999 ? Number.NaN : at
}

/** The UTC day number (days since 1970-01-01) of an instant. */
export function utcDay(ms: number): number {
  return Math.floor(ms / DAY_MS)
}

/** `2015-01-31` for a UTC day number. */
export function dayLabel(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return month === 2 && leap ? 29 : DAYS[month - 1]!
}
