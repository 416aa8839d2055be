import { compareColumn } from '../src/gates/drift/judge.js'
import { mulberry32 } from '../src/stats/bootstrap.js'

/**
 * The drift-detection quality benchmark. From real data (ten numeric
 * columns), each trial draws a reference and a current window as
 * independent resamples with replacement, so both come from the same
 * distribution; in a shifted trial one feature (in turn) of the current
 * window gets a mean shift of `shiftSd` standard deviations. Every column is
 * judged with the default tests (KS up to 1000 reference rows, normed
 * Wasserstein above). Detection: shifted features flagged. False alarms:
 * unshifted features flagged, per feature, and per run (any of the ten).
 */
export interface QualityResult {
  referenceRows: number
  currentRows: number
  test: string
  trials: number
  detectionRate: number
  falseAlarmRate: number
  /** Runs without a shift in which at least one of the ten features was flagged. */
  runFalseAlarmRate: number
}

export function driftQuality(
  columns: Record<string, number[]>,
  options: {
    referenceRows: number
    currentRows: number
    trials: number
    shiftSd?: number
    seed?: number
  },
): QualityResult {
  const names = Object.keys(columns)
  const data = names.map((n) => Float64Array.from(columns[n]!))
  const rows = data[0]!.length
  const sd = data.map((c) => {
    const m = c.reduce((a, b) => a + b, 0) / c.length
    return Math.sqrt(c.reduce((a, b) => a + (b - m) ** 2, 0) / c.length)
  })
  const random = mulberry32(options.seed ?? 20260601)
  const resample = (n: number) => Int32Array.from({ length: n }, () => Math.floor(random() * rows))
  const shift = options.shiftSd ?? 0.5
  let detected = 0
  let shifted = 0
  let alarms = 0
  let unshifted = 0
  let nullRunsAlarmed = 0
  let test = ''
  for (let t = 0; t < options.trials; t++) {
    for (const withShift of [true, false]) {
      const target = withShift ? t % names.length : -1
      const r = resample(options.referenceRows)
      const c = resample(options.currentRows)
      let anyAlarm = false
      for (let f = 0; f < names.length; f++) {
        const col = data[f]!
        const reference = Float64Array.from(r, (i) => col[i]!)
        const current = Float64Array.from(c, (i) => col[i]! + (f === target ? shift * sd[f]! : 0))
        const v = compareColumn({ kind: 'num', reference, current })
        test = v.test
        if (f === target) {
          shifted++
          if (v.drifted) detected++
        } else {
          unshifted++
          if (v.drifted) {
            alarms++
            anyAlarm = true
          }
        }
      }
      if (!withShift && anyAlarm) nullRunsAlarmed++
    }
  }
  return {
    referenceRows: options.referenceRows,
    currentRows: options.currentRows,
    test,
    trials: options.trials,
    detectionRate: detected / shifted,
    falseAlarmRate: alarms / unshifted,
    runFalseAlarmRate: nullRunsAlarmed / options.trials,
  }
}
