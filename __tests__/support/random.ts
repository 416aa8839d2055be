import { mulberry32 } from '../../src/stats/bootstrap.js'

/** Seeded PRNG for reproducible randomized tests: the same mulberry32 stream G1's bootstrap uses. */
export const seededRandom = mulberry32

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!
}
