/** The date and date-time formats of a data schema (RFC 3339 full-date and date-time), checked as the calendar has them. */

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/
const DATE_TIME_RE =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false
  const days = [
    31,
    (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ]
  return d <= days[m - 1]!
}

export function isDate(text: string): boolean {
  const m = DATE_RE.exec(text)
  return m !== null && validDay(Number(m[1]), Number(m[2]), Number(m[3]))
}

export function isDateTime(text: string): boolean {
  const m = DATE_TIME_RE.exec(text)
  return (
    m !== null &&
    validDay(Number(m[1]), Number(m[2]), Number(m[3])) &&
    Number(m[4]) < 24 &&
    Number(m[5]) < 60 &&
    Number(m[6]) < 61
  )
}
