import { quantileSorted } from '../../stats/quantile.js'

/**
 * Streaming per-column statistics with memory that does not grow with the
 * file: Welford's mean and variance, min and max, a seeded reservoir sample
 * for quantiles (exact while the column has no more values than the
 * reservoir holds), and category counts up to a cap. The profile goes into
 * the evidence, and the drift check reuses it as its reference.
 */

export const RESERVOIR_SIZE = 16_384
export const MAX_TRACKED_CATEGORIES = 10_000
export const TOP_CATEGORIES = 20

export interface ColumnProfile {
  file: string
  column: string
  type: 'number' | 'integer' | 'string' | 'boolean'
  unit?: string
  count: number
  missing: number
  min?: number
  max?: number
  mean?: number
  std?: number
  quantiles?: { p01: number; p05: number; p25: number; p50: number; p75: number; p95: number; p99: number }
  /** True when quantiles come from the reservoir sample rather than every value. */
  quantilesApproximate?: boolean
  /** Sorted reservoir sample (at most 512 evenly spaced order statistics) for drift tests. */
  sketch?: number[]
  top?: { value: string; count: number }[]
  distinct?: number
  distinctCapped?: boolean
}

/** Seeded xorshift32: reproducible reservoirs, so the same file gives the same evidence. */
function xorshift32(seed: number): () => number {
  let x = seed >>> 0 || 0x9e3779b9
  return () => {
    x ^= x << 13
    x >>>= 0
    x ^= x >>> 17
    x ^= x << 5
    x >>>= 0
    return x
  }
}

export class NumericProfile {
  count = 0
  missing = 0
  min = Number.POSITIVE_INFINITY
  max = Number.NEGATIVE_INFINITY
  private mean = 0
  private m2 = 0
  private readonly reservoir = new Float64Array(RESERVOIR_SIZE)
  private readonly random: () => number
  /** Algorithm L (Li, 1994): the count at which the next value enters the reservoir. */
  private nextReplace = 0
  private w = 1

  constructor(seed: number) {
    const next = xorshift32(seed)
    // Uniform in (0, 1), never 0, so logarithms stay finite.
    this.random = () => (next() + 1) / 4294967297
  }

  add(x: number): void {
    const n = ++this.count
    if (x < this.min) this.min = x
    if (x > this.max) this.max = x
    const d = x - this.mean
    this.mean += d / n
    this.m2 += d * (x - this.mean)
    if (n <= RESERVOIR_SIZE) {
      this.reservoir[n - 1] = x
      if (n === RESERVOIR_SIZE) this.skip()
    } else if (n === this.nextReplace) {
      this.reservoir[Math.floor(this.random() * RESERVOIR_SIZE)] = x
      this.skip()
    }
  }

  /** Everything needed to merge this profile into another (for workers over byte ranges). */
  state(): NumericState {
    return { count: this.count, missing: this.missing, min: this.min, max: this.max, mean: this.mean, m2: this.m2, sample: this.reservoir.slice(0, Math.min(this.count, RESERVOIR_SIZE)) }
  }

  /**
   * Merges another part of the same column: counts add, mean and variance
   * combine with Chan et al.'s parallel formula, and the reservoirs merge
   * into a uniform sample of the union (each part contributes in proportion
   * to its count, chosen with this profile's seeded stream). Used only on a
   * profile that receives no further `add` calls.
   */
  absorb(other: NumericState): void {
    this.missing += other.missing
    if (other.count === 0) return
    const n = this.count + other.count
    const d = other.mean - this.mean
    this.mean += (d * other.count) / n
    this.m2 += other.m2 + (d * d * this.count * other.count) / n
    this.min = Math.min(this.min, other.min)
    this.max = Math.max(this.max, other.max)
    const mine = this.reservoir.slice(0, Math.min(this.count, RESERVOIR_SIZE))
    if (mine.length + other.sample.length <= RESERVOIR_SIZE) {
      this.reservoir.set(other.sample, mine.length)
    } else {
      const fromMine = Math.round((RESERVOIR_SIZE * this.count) / n)
      const pickMine = this.pick(mine, Math.min(fromMine, mine.length))
      const pickOther = this.pick(other.sample, RESERVOIR_SIZE - pickMine.length)
      this.reservoir.set(pickMine, 0)
      this.reservoir.set(pickOther, pickMine.length)
    }
    this.count = n
  }

  /** `k` values drawn without replacement (partial Fisher-Yates on a copy). */
  private pick(values: Float64Array, k: number): Float64Array {
    const copy = Float64Array.from(values)
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(this.random() * (copy.length - i))
      const t = copy[i]!
      copy[i] = copy[j]!
      copy[j] = t
    }
    return copy.subarray(0, k)
  }

  /** Draws how many values to pass over before the next replacement; a uniform sample with O(k log(n/k)) draws. */
  private skip(): void {
    this.w *= Math.exp(Math.log(this.random()) / RESERVOIR_SIZE)
    this.nextReplace = this.count + Math.floor(Math.log(this.random()) / Math.log(1 - this.w)) + 1
  }

  finish(file: string, column: string, type: ColumnProfile['type'], unit: string | undefined): ColumnProfile {
    const base: ColumnProfile = { file, column, type, ...(unit !== undefined ? { unit } : {}), count: this.count, missing: this.missing }
    if (this.count === 0) return base
    const sample = this.reservoir.slice(0, Math.min(this.count, RESERVOIR_SIZE)).sort()
    const q = (p: number) => quantileSorted(sample, p)
    const sketchSize = Math.min(512, sample.length)
    const sketch: number[] = []
    for (let i = 0; i < sketchSize; i++) sketch.push(q(sketchSize === 1 ? 0.5 : i / (sketchSize - 1)))
    return {
      ...base,
      min: this.min,
      max: this.max,
      mean: this.mean,
      std: this.count > 1 ? Math.sqrt(this.m2 / (this.count - 1)) : 0,
      quantiles: { p01: q(0.01), p05: q(0.05), p25: q(0.25), p50: q(0.5), p75: q(0.75), p95: q(0.95), p99: q(0.99) },
      quantilesApproximate: this.count > RESERVOIR_SIZE,
      sketch,
    }
  }
}

export interface NumericState {
  count: number
  missing: number
  min: number
  max: number
  mean: number
  m2: number
  sample: Float64Array
}

export interface CategoricalState {
  count: number
  missing: number
  counts: [string, number][]
  capped: boolean
}

export class CategoricalProfile {
  count = 0
  missing = 0
  private readonly counts = new Map<string, number>()
  private capped = false

  add(value: string): void {
    this.count++
    const c = this.counts.get(value)
    if (c !== undefined) this.counts.set(value, c + 1)
    else if (this.counts.size < MAX_TRACKED_CATEGORIES) this.counts.set(value, 1)
    else this.capped = true
  }

  state(): CategoricalState {
    return { count: this.count, missing: this.missing, counts: [...this.counts], capped: this.capped }
  }

  absorb(other: CategoricalState): void {
    this.missing += other.missing
    this.count += other.count
    this.capped ||= other.capped
    for (const [value, c] of other.counts) {
      const mine = this.counts.get(value)
      if (mine !== undefined) this.counts.set(value, mine + c)
      else if (this.counts.size < MAX_TRACKED_CATEGORIES) this.counts.set(value, c)
      else this.capped = true
    }
  }

  finish(file: string, column: string, type: ColumnProfile['type'], unit: string | undefined): ColumnProfile {
    const top = [...this.counts.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, TOP_CATEGORIES)
      .map(([value, count]) => ({ value, count }))
    return {
      file,
      column,
      type,
      ...(unit !== undefined ? { unit } : {}),
      count: this.count,
      missing: this.missing,
      top,
      distinct: this.counts.size,
      ...(this.capped ? { distinctCapped: true } : {}),
    }
  }
}
