/**
 * The reproducible uniform sample behind a column's quantiles: bottom-k
 * sampling by a priority that depends on a record's position only, so that
 * any cutting of a file into byte ranges, on any number of threads, gives
 * the same sample.
 */

export const RESERVOIR_SIZE = 16_384

/** MurmurHash3's 32-bit finalizer: a bijection that spreads nearby integers uniformly. */
function fmix32(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/**
 * The sampling priority of the record that starts at byte `offset` of the
 * file: 32 hashed bits, then the offset's low 21 bits, which break ties the
 * same way in every run. It is computed once per record and shared by the
 * record's columns, so every column samples the same rows.
 */
export function samplePriority(offset: number): number {
  const lo = offset >>> 0
  const hi = (offset - lo) / 4294967296
  return fmix32(lo ^ Math.imul(hi, 0x9e3779b1) ^ PRIORITY_SEED) * 2097152 + (lo & 0x1fffff)
}
const PRIORITY_SEED = 0x2545f491

/**
 * Bars for `count` samples to share (BottomKSample.shareBar) across threads,
 * each above every priority to begin with (priorities are below 2^53).
 */
export function sharedBars(count: number): SharedArrayBuffer {
  const bars = new SharedArrayBuffer(Math.max(1, count) * BigInt64Array.BYTES_PER_ELEMENT)
  new BigInt64Array(bars).fill(2n ** 53n)
  return bars
}

/**
 * A uniform sample of at most RESERVOIR_SIZE values without replacement, by
 * bottom-k sampling: every value carries the pseudo-random priority of its
 * record (samplePriority), and the sample is the values with the smallest
 * priorities. Because a priority depends on the record's position only, the
 * sample is the same however the file is cut into byte ranges: the union of
 * the parts' samples, cut back to the smallest priorities, is the sample of
 * the whole. Candidates collect in a buffer twice the sample size; when it is
 * full, a selection keeps the smallest half and raises the bar for new values.
 */
export class BottomKSample {
  private readonly values = new Float64Array(2 * RESERVOIR_SIZE)
  private readonly priorities = new Float64Array(2 * RESERVOIR_SIZE)
  private size = 0
  /** Values with a priority at or above this can no longer enter the sample. */
  private bar = Number.POSITIVE_INFINITY
  /** The bar shared with the other threads that sample this column (see shareBar). */
  private shared: BigInt64Array | undefined
  private slot = 0

  /**
   * Shares the bar with the other threads that sample the same column of the
   * same file, in `shared[slot]` (see sharedBars). A
   * thread's bar is the largest priority among RESERVOIR_SIZE values it
   * holds, so a value at or above it cannot be among the smallest of the
   * whole file, in any thread: with the lowest bar any thread has
   * published, each thread drops such values at once instead of filling a
   * sample of its own first. The merged sample is the same either way.
   */
  shareBar(shared: BigInt64Array, slot: number): void {
    this.shared = shared
    this.slot = slot
  }

  /** Lowers the bar to the lowest one published (see shareBar); cheap enough to call once per block. */
  syncBar(): void {
    if (this.shared === undefined) return
    const published = Number(Atomics.load(this.shared, this.slot))
    if (published < this.bar) this.bar = published
  }

  private publishBar(): void {
    const shared = this.shared
    if (shared === undefined || this.bar === Number.POSITIVE_INFINITY) return
    const bar = BigInt(this.bar)
    for (;;) {
      const current = Atomics.load(shared, this.slot)
      if (current <= bar || Atomics.compareExchange(shared, this.slot, current, bar) === current)
        return
    }
  }

  /** Adds `x` with priority `p` (see samplePriority). */
  add(x: number, p: number): void {
    if (p < this.bar) this.offer(x, p)
  }

  offer(x: number, p: number): void {
    if (p >= this.bar) return
    const i = this.size++
    this.values[i] = x
    this.priorities[i] = p
    if (this.size === this.values.length) this.shrink()
  }

  /** Keeps the RESERVOIR_SIZE smallest priorities (quickselect on both arrays). */
  private shrink(): void {
    const k = RESERVOIR_SIZE
    if (this.size <= k) return
    const v = this.values
    const pr = this.priorities
    let lo = 0
    let hi = this.size - 1
    while (lo < hi) {
      const pivot = pr[(lo + hi) >>> 1]!
      let i = lo
      let j = hi
      while (i <= j) {
        while (pr[i]! < pivot) i++
        while (pr[j]! > pivot) j--
        if (i <= j) {
          const tp = pr[i]!
          pr[i] = pr[j]!
          pr[j] = tp
          const tv = v[i]!
          v[i] = v[j]!
          v[j] = tv
          i++
          j--
        }
      }
      if (k - 1 <= j) hi = j
      else if (k - 1 >= i) lo = i
      else break
    }
    let max = Number.NEGATIVE_INFINITY
    for (let i = 0; i < k; i++) if (pr[i]! > max) max = pr[i]!
    this.size = k
    if (max < this.bar) this.bar = max
    this.publishBar()
    this.syncBar()
  }

  /** The sample and its priorities (for merging). */
  state(): { sample: Float64Array; priorities: Float64Array } {
    this.shrink()
    return {
      sample: this.values.slice(0, this.size),
      priorities: this.priorities.slice(0, this.size),
    }
  }

  absorb(sample: Float64Array, priorities: Float64Array): void {
    for (let i = 0; i < sample.length; i++) this.offer(sample[i]!, priorities[i]!)
    this.shrink()
  }

  /** The sample, ascending. */
  sorted(): Float64Array {
    this.shrink()
    return this.values.slice(0, this.size).sort()
  }
}
