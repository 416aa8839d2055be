import type { ShadowLog } from './log.js'
import { dayLabel } from './timestamp.js'

/** One UTC day of the shadow log. */
export interface DayCount {
  day: number
  label: string
  rows: number
  failed: number
  /** Counts towards N: at least minRowsPerDay rows. */
  counts: boolean
}

export interface Coverage {
  perDay: DayCount[]
  /** Distinct UTC days with at least minRowsPerDay rows. */
  qualifying: number
  /** Days with some rows, but fewer than minRowsPerDay. */
  shortDays: number
  first?: string
  last?: string
}

/**
 * The coverage of the shadow period: the log's rows per distinct UTC day, in
 * day order, and how many days have at least `minRowsPerDay` rows (the days
 * that count towards N). Days need not be consecutive: a day without traffic
 * simply does not count.
 */
export function coverageOfPeriod(
  log: Pick<ShadowLog, 'rows' | 'day' | 'failed'>,
  _days: number,
  minRowsPerDay: number,
): Coverage {
  const byDay = new Map<number, { rows: number; failed: number }>()
  for (let i = 0; i < log.rows; i++) {
    const d = log.day[i]!
    const c = byDay.get(d)
    if (c) {
      c.rows++
      c.failed += log.failed[i]!
    } else byDay.set(d, { rows: 1, failed: log.failed[i]! })
  }
  const perDay = [...byDay]
    .sort((a, b) => a[0] - b[0])
    .map(([day, c]) => ({ day, label: dayLabel(day), ...c, counts: c.rows >= minRowsPerDay }))
  const qualifying = perDay.filter((d) => d.counts).length
  return {
    perDay,
    qualifying,
    shortDays: perDay.length - qualifying,
    ...(perDay.length > 0 ? { first: perDay[0]!.label, last: perDay.at(-1)!.label } : {}),
  }
}
