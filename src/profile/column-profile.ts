import { quantileSorted } from '../stats/quantile.js'
import { BottomKSample, RESERVOIR_SIZE } from './bottom-k-sample.js'

export { BottomKSample, RESERVOIR_SIZE, samplePriority } from './bottom-k-sample.js'

/**
 * Streaming per-column statistics with memory that does not grow with the
 * file: Welford's mean and variance, min and max, a reproducible uniform sample
 * for quantiles (exact while the column has no more values than the
 * sample holds), and category counts up to a cap. The profile goes into
 * the evidence, and the drift check reuses it as its reference.
 */

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
  quantiles?: {
    p01: number
    p05: number
    p25: number
    p50: number
    p75: number
    p95: number
    p99: number
  }
  /** True when quantiles come from the reservoir sample rather than every value. */
  quantilesApproximate?: boolean
  /** Sorted reservoir sample (at most 512 evenly spaced order statistics) for drift tests. */
  sketch?: number[]
  top?: { value: string; count: number }[]
  distinct?: number
  distinctCapped?: boolean
}

/**
 * Mean and sum of squared deviations (Welford), mergeable with Chan et al.'s
 * formula. Floating-point merging depends on order, so a file read in chunks
 * merges its chunks' moments in file order: the result then depends on the
 * chunking (fixed by the file size), never on the thread count.
 */
export interface Moments {
  n: number
  mean: number
  m2: number
}

export const EMPTY_MOMENTS: Moments = { n: 0, mean: 0, m2: 0 }

/** Adds `b` to `a` (in place): `b` holds the values that come after `a`'s. */
export function mergeMoments(a: Moments, b: Moments): void {
  if (b.n === 0) return
  const n = a.n + b.n
  const d = b.mean - a.mean
  a.mean += (d * b.n) / n
  a.m2 += b.m2 + (d * d * a.n * b.n) / n
  a.n = n
}

export class NumericProfile {
  count = 0
  missing = 0
  min = Number.POSITIVE_INFINITY
  max = Number.NEGATIVE_INFINITY
  private moments: Moments = { ...EMPTY_MOMENTS }
  private readonly sample = new BottomKSample()

  /** Adds value `x` of a record whose sampling priority is `priority` (see samplePriority). */
  add(x: number, priority: number): void {
    this.count++
    if (x < this.min) this.min = x
    if (x > this.max) this.max = x
    const m = this.moments
    const n = ++m.n
    const d = x - m.mean
    m.mean += d / n
    m.m2 += d * (x - m.mean)
    this.sample.add(x, priority)
  }

  /**
   * Adds `n` values and their sampling priorities in bulk (the validator's
   * fast path). The block's moments come from the two-pass algorithm (the
   * block mean, then the sum of squared deviations from it, with the
   * usual correction term), which needs no division per value and is at
   * least as accurate as Welford's update; they merge into the running
   * moments with Chan's formula.
   */
  addBlock(xs: Float64Array, ps: Float64Array, n: number): void {
    if (n === 0) return
    const sample = this.sample
    sample.syncBar()
    let lo = this.min
    let hi = this.max
    let sum = 0
    for (let i = 0; i < n; i++) {
      const x = xs[i]!
      sum += x
      if (x < lo) lo = x
      if (x > hi) hi = x
      sample.add(x, ps[i]!)
    }
    const mean = sum / n
    let dev = 0
    let sq = 0
    for (let i = 0; i < n; i++) {
      const d = xs[i]! - mean
      dev += d
      sq += d * d
    }
    this.min = lo
    this.max = hi
    this.count += n
    mergeMoments(this.moments, { n, mean: mean + dev / n, m2: Math.max(0, sq - (dev * dev) / n) })
  }

  /** Shares the sample's bar with the other threads reading this column (BottomKSample.shareBar). */
  shareSampleBar(shared: BigInt64Array, slot: number): void {
    this.sample.shareBar(shared, slot)
  }

  /** The moments of the values added since the last call (one chunk of a file), and starts afresh. */
  takeMoments(): Moments {
    const taken = this.moments
    this.moments = { ...EMPTY_MOMENTS }
    return taken
  }

  /** Adds the next chunk's moments, in file order. */
  absorbMoments(m: Moments): void {
    mergeMoments(this.moments, m)
  }

  /** Everything needed to merge this profile into another (for workers over byte ranges). */
  state(): NumericState {
    return {
      count: this.count,
      missing: this.missing,
      min: this.min,
      max: this.max,
      moments: this.moments,
      ...this.sample.state(),
    }
  }

  /**
   * Merges another part of the same column: counts add, extremes combine,
   * the samples merge exactly (see BottomKSample), and the moments merge
   * as the next part's.
   */
  absorb(other: NumericState): void {
    this.missing += other.missing
    this.count += other.count
    this.min = Math.min(this.min, other.min)
    this.max = Math.max(this.max, other.max)
    mergeMoments(this.moments, other.moments)
    this.sample.absorb(other.sample, other.priorities)
  }

  finish(
    file: string,
    column: string,
    type: ColumnProfile['type'],
    unit: string | undefined,
  ): ColumnProfile {
    const base: ColumnProfile = {
      file,
      column,
      type,
      ...(unit !== undefined ? { unit } : {}),
      count: this.count,
      missing: this.missing,
    }
    if (this.count === 0) return base
    const sample = this.sample.sorted()
    const q = (p: number) => quantileSorted(sample, p)
    const sketchSize = Math.min(512, sample.length)
    const sketch: number[] = []
    for (let i = 0; i < sketchSize; i++)
      sketch.push(q(sketchSize === 1 ? 0.5 : i / (sketchSize - 1)))
    return {
      ...base,
      min: this.min,
      max: this.max,
      mean: this.moments.mean,
      std: this.moments.n > 1 ? Math.sqrt(this.moments.m2 / (this.moments.n - 1)) : 0,
      quantiles: {
        p01: q(0.01),
        p05: q(0.05),
        p25: q(0.25),
        p50: q(0.5),
        p75: q(0.75),
        p95: q(0.95),
        p99: q(0.99),
      },
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
  moments: Moments
  sample: Float64Array
  priorities: Float64Array
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

  add(text: string): void {
    this.addMany(text, 1)
  }

  /** Adds `n` cells of the same value. */
  addMany(text: string, n: number): void {
    this.count += n
    const value = text.length > MAX_CATEGORY_CHARS ? clipCategory(text) : text
    const c = this.counts.get(value)
    if (c !== undefined) this.counts.set(value, c + n)
    else if (this.counts.size < MAX_TRACKED_CATEGORIES) this.counts.set(value, n)
    else this.capped = true
  }

  state(): CategoricalState {
    return {
      count: this.count,
      missing: this.missing,
      counts: [...this.counts],
      capped: this.capped,
    }
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

  finish(
    file: string,
    column: string,
    type: ColumnProfile['type'],
    unit: string | undefined,
  ): ColumnProfile {
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

/** Categories longer than this are counted, and shown, by a clipped form (memory and evidence stay bounded). */
export const MAX_CATEGORY_CHARS = 200

/**
 * The first MAX_CATEGORY_CHARS characters, the length, and a 53-bit hash of
 * the whole value, so that long values that share a prefix still count apart.
 */
function clipCategory(text: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  const hash = (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0')
  // Do not cut a surrogate pair in half.
  const end = MAX_CATEGORY_CHARS - (/[\uD800-\uDBFF]/.test(text[MAX_CATEGORY_CHARS - 1]!) ? 1 : 0)
  return `${text.slice(0, end)}… (${text.length} characters, #${hash})`
}
