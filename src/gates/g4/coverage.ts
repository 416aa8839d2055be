import type { ShadowLog } from './log.js'
import { dayLabel } from './timestamp.js'

/** One UTC day of the shadow log. */
interface DayCount {
  day: number
  label: string
  rows: number
  failed: number
  /** Counts towards N: at least minRowsPerDay rows, and not after today. */
  counts: boolean
  /** After today (UTC, by the gate's clock): a clock gone wrong, or a log made up ahead of time. */
  future: boolean
}

export interface Coverage {
  perDay: DayCount[]
  /** Distinct UTC days with at least minRowsPerDay rows. */
  qualifying: number
  /** Days with some rows, but fewer than minRowsPerDay. */
  shortDays: number
  /** Days after today: they never count. */
  futureDays: number
  first?: string
  last?: string
}

/**
 * The coverage of the shadow period: the log's rows per distinct UTC day, in
 * day order, and how many days have at least `minRowsPerDay` rows (the days
 * that count towards N). Days need not be consecutive: a day without traffic
 * simply does not count. Days after `today` (a UTC day number, from the
 * gate's clock) never count, so a log cannot cover the period ahead of time.
 */
export function coverageOfPeriod(
  log: Pick<ShadowLog, 'rows' | 'day' | 'failed'>,
  minRowsPerDay: number,
  today = Number.POSITIVE_INFINITY,
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
    .map(([day, c]) => ({
      day,
      label: dayLabel(day),
      ...c,
      counts: c.rows >= minRowsPerDay && day <= today,
      future: day > today,
    }))
  const qualifying = perDay.filter((d) => d.counts).length
  const futureDays = perDay.filter((d) => d.future).length
  return {
    perDay,
    qualifying,
    shortDays: perDay.length - qualifying - futureDays,
    futureDays,
    ...(perDay.length > 0 ? { first: perDay[0]!.label, last: perDay.at(-1)!.label } : {}),
  }
}
