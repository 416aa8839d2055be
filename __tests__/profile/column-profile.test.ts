import { describe, expect, it } from 'vitest'
import {
  BottomKSample,
  NumericProfile,
  RESERVOIR_SIZE,
  samplePriority,
} from '../../src/profile/column-profile.js'
import { sharedBars } from '../../src/profile/bottom-k-sample.js'
import { seededRandom } from '../support/random.js'

describe('column statistics', () => {
  it('samples exactly the values with the smallest priorities, however they arrive and merge', () => {
    const r = seededRandom(7)
    const n = 5 * RESERVOIR_SIZE + 123
    const values = Float64Array.from({ length: n }, () => r() * 1000)
    const offsets = Float64Array.from({ length: n }, (_, i) => i * 97 + 11)
    const priorities = offsets.map((o) => samplePriority(o))
    const expected = [...values.keys()]
      .sort((a, b) => priorities[a]! - priorities[b]!)
      .slice(0, RESERVOIR_SIZE)
      .map((i) => values[i]!)
      .sort((a, b) => a - b)

    const whole = new BottomKSample()
    for (let i = 0; i < n; i++) whole.add(values[i]!, priorities[i]!)
    expect([...whole.sorted()]).toEqual(expected)

    // Three parts merged in another order give the same sample.
    const parts = [new BottomKSample(), new BottomKSample(), new BottomKSample()]
    for (let i = 0; i < n; i++) parts[i % 3]!.add(values[i]!, priorities[i]!)
    const merged = new BottomKSample()
    for (const p of [parts[2]!, parts[0]!, parts[1]!]) {
      const s = p.state()
      merged.absorb(s.sample, s.priorities)
    }
    expect([...merged.sorted()]).toEqual(expected)

    // Parts that share their bar (as the threads of a range run do) drop values the other part
    // has already outranked, and merge into the same sample. The shared slot starts above every priority.
    const shared = new BigInt64Array(sharedBars(2))
    const sharing = [new BottomKSample(), new BottomKSample()]
    sharing.forEach((p) => p.shareBar(shared, 1))
    for (let i = 0; i < n; i++) {
      const part = sharing[Math.floor(i / 5000) % 2]!
      if (i % 4096 === 0) part.syncBar()
      part.add(values[i]!, priorities[i]!)
    }
    expect(shared[0]).toBe(2n ** 53n) // another slot is left alone
    expect(Number(shared[1])).toBeLessThan(2 ** 53)
    const states = sharing.map((p) => p.state())
    const fromShared = new BottomKSample()
    for (const s of states) fromShared.absorb(s.sample, s.priorities)
    expect([...fromShared.sorted()]).toEqual(expected)

    // A part that reads a lower published bar drops what is at or above it at once.
    const late = new BottomKSample()
    late.shareBar(shared, 1)
    late.syncBar()
    late.add(1, Number(shared[1]))
    late.add(2, Number(shared[1]) - 1)
    expect([...late.state().sample]).toEqual([2])
  })

  it('adds blocks of values at least as accurately as Welford, with the same extremes and sample', () => {
    const r = seededRandom(11)
    const one = new NumericProfile()
    const bulk = new NumericProfile()
    const xs = new Float64Array(4096)
    const ps = new Float64Array(4096)
    let offset = 0
    const all: number[] = []
    for (let block = 0; block < 40; block++) {
      // Far from zero, with a spread a billion times smaller: the hard case for naive sums.
      for (let i = 0; i < xs.length; i++) {
        xs[i] = 1e9 + (r() - 0.5) * (block === 0 ? 1e3 : 1)
        ps[i] = samplePriority(offset++)
        one.add(xs[i]!, ps[i]!)
        all.push(xs[i]!)
      }
      bulk.addBlock(xs, ps, xs.length)
    }
    const a = one.finish('f', 'x', 'number', undefined)
    const b = bulk.finish('f', 'x', 'number', undefined)
    expect({ ...b, mean: 0, std: 0 }).toEqual({ ...a, mean: 0, std: 0 })
    // The reference: compensated (Neumaier) sums, two passes.
    const mean = neumaier(all) / all.length
    const std = Math.sqrt(neumaier(all.map((x) => (x - mean) ** 2)) / (all.length - 1))
    const err = (x: number, ref: number) => Math.abs(x - ref) / Math.abs(ref)
    expect(err(b.mean!, mean)).toBeLessThanOrEqual(Math.max(err(a.mean!, mean), 2.3e-16))
    expect(err(b.std!, std)).toBeLessThanOrEqual(Math.max(err(a.std!, std), 1e-12))
  })
})

function neumaier(xs: number[]): number {
  let sum = 0
  let c = 0
  for (const x of xs) {
    const t = sum + x
    c += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum
    sum = t
  }
  return sum + c
}
