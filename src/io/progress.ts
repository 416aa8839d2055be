/**
 * Progress of long reads (large CSVs, large model files), for a person
 * waiting at a terminal. The readers report bytes as they go; what is shown,
 * and where, is decided once by the entry: on a terminal, one line on stderr
 * updated in place; in Actions, a log line every 10%; anywhere else, nothing.
 * Nothing is shown for work that ends within the first two seconds, and
 * nothing ever goes to stdout (so `--format json` stays pipeable).
 */

export interface ProgressUpdate {
  /** What is being read, e.g. the file's workspace path. */
  label: string
  done: number
  total: number
  rows?: number
}

export interface ProgressSink {
  update(p: ProgressUpdate): void
  /** The work on `label` is finished (or abandoned): clear its line. */
  end(label: string): void
}

const QUIET: ProgressSink = { update() {}, end() {} }
let sink: ProgressSink = QUIET

/** Sets where progress goes (the CLI and the Action call this once); returns the previous sink. */
export function setProgressSink(next: ProgressSink | undefined): ProgressSink {
  const previous = sink
  sink = next ?? QUIET
  return previous
}

/** Readers call this: cheap when nobody listens. */
export function reportProgress(p: ProgressUpdate): void {
  sink.update(p)
}

export function endProgress(label: string): void {
  sink.end(label)
}

export interface ProgressOptions {
  write: (text: string) => void
  now?: () => number
  /** Nothing is shown before this many milliseconds (default 2000). */
  delayMs?: number
}

interface Started {
  at: number
  lastShown: number
  lastDecile: number
  shown: boolean
}

/** One line on a terminal, rewritten in place at most ten times a second. */
export function terminalProgress(options: ProgressOptions): ProgressSink {
  const now = options.now ?? (() => Date.now())
  const delay = options.delayMs ?? 2000
  const started = new Map<string, Started>()
  return {
    update(p) {
      const t = now()
      const s = started.get(p.label) ?? { at: t, lastShown: 0, lastDecile: 0, shown: false }
      started.set(p.label, s)
      if (t - s.at < delay || t - s.lastShown < 100) return
      s.lastShown = t
      s.shown = true
      options.write(`\r\u001b[2K${progressLine(p, (t - s.at) / 1000)}`)
    },
    end(label) {
      if (started.get(label)?.shown) options.write('\r\u001b[2K')
      started.delete(label)
    },
  }
}

/** A plain log line at every 10% (Actions' log has no cursor to move). */
export function logProgress(options: ProgressOptions): ProgressSink {
  const now = options.now ?? (() => Date.now())
  const delay = options.delayMs ?? 2000
  const started = new Map<string, Started>()
  return {
    update(p) {
      const t = now()
      const s = started.get(p.label) ?? { at: t, lastShown: 0, lastDecile: 0, shown: false }
      started.set(p.label, s)
      const decile = p.total > 0 ? Math.floor((10 * p.done) / p.total) : 0
      if (t - s.at < delay || decile <= s.lastDecile) return
      s.lastDecile = decile
      options.write(`${progressLine(p, (t - s.at) / 1000)}\n`)
    },
    end(label) {
      started.delete(label)
    },
  }
}

/** `data/big.csv  1.2 GB of 3.4 GB (35%)  4.1M rows  120 MB/s  about 18 s left` */
export function progressLine(p: ProgressUpdate, seconds: number): string {
  const share = p.total > 0 ? Math.min(1, p.done / p.total) : 0
  const rate = seconds > 0 ? p.done / seconds : 0
  const left = rate > 0 ? (p.total - p.done) / rate : undefined
  const parts = [
    safeLabel(p.label),
    `${bytes(p.done)} of ${bytes(p.total)} (${Math.floor(share * 100)}%)`,
    ...(p.rows !== undefined ? [`${count(p.rows)} rows`] : []),
    ...(rate > 0 ? [`${bytes(rate)}/s`] : []),
    ...(left !== undefined && share < 1 ? [`about ${duration(left)} left`] : []),
  ]
  return parts.join('  ')
}

function bytes(n: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB']
  let i = 0
  while (n >= 1000 && i < units.length - 1) {
    n /= 1000
    i++
  }
  return `${i === 0 ? n : n.toFixed(1)} ${units[i]}`
}

function count(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)}M`
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)}k`
  return String(n)
}

function duration(s: number): string {
  if (s < 90) return `${Math.ceil(s)} s`
  if (s < 5400) return `${Math.round(s / 60)} min`
  return `${(s / 3600).toFixed(1)} h`
}

/** File names come from the user's data: no control character reaches the terminal. */
function safeLabel(label: string): string {
  return label.replace(new RegExp(`[${String.fromCharCode(0)}-\\x1f\\x7f-\\x9f]`, 'g'), '?')
}
