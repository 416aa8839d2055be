import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { driftQuality } from '../../../bench/drift-quality.js'
import { PYTHON, pythonHas } from '../../support/python.js'

const hasSklearn = pythonHas(['sklearn'], 'the drift quality benchmark')
const columns = (): Record<string, number[]> =>
  JSON.parse(
    execFileSync(
      PYTHON,
      [join(import.meta.dirname, '..', '..', '..', 'bench', 'drift_quality_data.py')],
      {
        encoding: 'utf8',
      },
    ),
  )

/**
 * The smallest case of the detection benchmark (bench/drift-quality.ts):
 * 200 reference rows against 200 current rows of real data, a 0.5 standard
 * deviation mean shift in one feature of ten. Targets from the governance
 * seed: detection >= 95% at false alarms <= 5% (per feature).
 * `npm run bench:drift-quality` runs the sizes the README reports.
 */
describe.skipIf(!hasSklearn)(
  'drift detection quality on real data (breast cancer, 10 features)',
  () => {
    const data = hasSklearn ? columns() : {}
    it('200 vs 200 rows (KS): detects a 0.5 sd shift >= 95% of the time, false alarms <= 5%', () => {
      const r = driftQuality(data, { referenceRows: 200, currentRows: 200, trials: 100 })
      console.log(JSON.stringify(r))
      expect(r.test).toBe('ks')
      expect(r.detectionRate).toBeGreaterThanOrEqual(0.95)
      expect(r.falseAlarmRate).toBeLessThanOrEqual(0.05)
    })
  },
)
