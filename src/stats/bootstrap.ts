import { quantileSorted } from './quantile.js'

/**
 * Seeded, reproducible nonparametric bootstrap. Each resample draws n row
 * numbers with replacement from a mulberry32 stream, so the same seed gives
 * the same intervals on every machine. Candidate and baseline are evaluated
 * on the same resamples (a paired bootstrap), so a delta's interval reflects
 * only the difference between the models, not the holdout's own noise twice.
 */

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Calls `visit` with each of `count` resamples of n row numbers. One buffer
 * is reused, so memory stays at n integers whatever the count; callers
 * evaluate every KPI of both models inside `visit`, on the same resample.
 */
export function forEachResample(
  n: number,
  count: number,
  seed: number,
  visit: (idx: Int32Array, b: number) => void,
): void {
  const random = mulberry32(seed)
  const idx = new Int32Array(n)
  for (let b = 0; b < count; b++) {
    for (let i = 0; i < n; i++) idx[i] = Math.floor(random() * n)
    visit(idx, b)
  }
}

/** Percentile interval [lo, hi] at `confidence` (numpy-style linear interpolation). */
export function percentileInterval(values: Float64Array, confidence: number): [number, number] {
  const finite = Float64Array.from(values.filter((v) => Number.isFinite(v))).sort()
  const alpha = (1 - confidence) / 2
  return [quantileSorted(finite, alpha), quantileSorted(finite, 1 - alpha)]
}

/** The most resamples without a value (NaN) an interval may leave out: beyond it the interval describes another population. */
export const MAX_DROPPED_SHARE = 0.05

export type BootstrapInterval =
  | { ci: [number, number]; dropped: number; total: number }
  | { reason: string; dropped: number; total: number }

/**
 * The percentile interval of bootstrap replicates at `confidence`, counting
 * the replicates without a value (a resample where the KPI is undefined, such
 * as AUC on a resample with one class). Up to MAX_DROPPED_SHARE of them are
 * left out and counted; beyond that no interval is given, with the reason,
 * because the remaining resamples are no longer a sample of the holdout.
 */
export function bootstrapInterval(samples: Float64Array, confidence: number): BootstrapInterval {
  const total = samples.length
  let dropped = 0
  for (const v of samples) if (!Number.isFinite(v)) dropped++
  if (total === 0) return { reason: 'no bootstrap resamples were drawn', dropped, total }
  if (dropped > MAX_DROPPED_SHARE * total) {
    return {
      reason: `no bootstrap interval: ${dropped} of ${total} resamples had no value (more than ${MAX_DROPPED_SHARE * 100}%), e.g. a resample with a single class`,
      dropped,
      total,
    }
  }
  return { ci: percentileInterval(samples, confidence), dropped, total }
}

/**
 * Default resample count: 1000, reduced for large holdouts so that the work
 * (rows × resamples) stays near 2·10^8 per KPI, never below 100.
 */
export function defaultResampleCount(n: number): number {
  return Math.max(100, Math.min(1000, Math.floor(2e8 / Math.max(1, n))))
}
