import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { PYTHON } from '../__tests__/support/python.js'
import { driftQuality } from './drift-quality.js'

/**
 * `npm run bench:drift-quality`: the detection benchmark at the sizes the
 * README reports (its smallest case is a test in __tests__/gates/drift).
 * Not part of the test suite: it takes minutes, and its figures are
 * measurements to read, not thresholds to hold.
 */
it('drift detection quality at the README sizes', () => {
  const data = JSON.parse(
    execFileSync(PYTHON, [join(import.meta.dirname, 'drift_quality_data.py')], {
      encoding: 'utf8',
    }),
  ) as Record<string, number[]>
  for (const [n, m] of [
    [500, 500],
    [1000, 1000],
    [5000, 1000],
    [20000, 5000],
  ] as const) {
    const r = driftQuality(data, { referenceRows: n, currentRows: m, trials: 200 })
    console.log(JSON.stringify(r))
    expect(r.detectionRate).toBeGreaterThan(0)
  }
}, 1_800_000)
