import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { InputError } from '../../../src/engine/errors.js'
import * as m from '../../../src/gates/g1/metrics.js'
import { seededRandom } from '../../support/random.js'

const PYTHON = process.env.MODELGATE_PYTHON ?? 'python3'
const SCRIPT = join(import.meta.dirname, 'sklearn_reference.py')
const hasSklearn = spawnSync(PYTHON, ['-c', 'import sklearn, numpy'], { encoding: 'utf8' }).status === 0
if (!hasSklearn && process.env.CI) throw new Error(`scikit-learn is not importable by ${PYTHON}: the parity tests must run in CI (set MODELGATE_PYTHON)`)

function sklearn(cases: unknown[]): Record<string, number | number[][]>[] {
  const r = spawnSync(PYTHON, [SCRIPT], { input: JSON.stringify(cases), encoding: 'utf8', maxBuffer: 1 << 28 })
  if (r.status !== 0) throw new Error(r.stderr)
  return JSON.parse(r.stdout)
}

function close(ours: number, ref: number, what: string): void {
  const tol = 1e-9 * Math.max(1, Math.abs(ref))
  expect(Math.abs(ours - ref), `${what}: ours ${ours}, sklearn ${ref}`).toBeLessThanOrEqual(tol)
}

/** Random regression data; some cases with exact zeros, ties and a constant target. */
function regressionCase(random: () => number, n: number, variant: number) {
  const y = Array.from({ length: n }, () => (variant === 1 ? Math.round(random() * 4) : (random() - 0.5) * 100))
  if (variant === 2) y.fill(3.25)
  const p = y.map((v) => v + (random() - 0.5) * 10)
  if (variant === 3) p.splice(0, n, ...y)
  return { kind: 'regression', y, p }
}

/** Random probabilities, rounded so that many scores tie, with labels correlated to them. */
function classificationCase(random: () => number, n: number, k: number) {
  const proba: number[][] = []
  const y: number[] = []
  for (let i = 0; i < n; i++) {
    const raw = Array.from({ length: k }, () => Math.round(random() * 8) + 0.5)
    const s = raw.reduce((a, b) => a + b, 0)
    const row = raw.map((v) => v / s)
    proba.push(row)
    const u = random()
    let acc = 0
    let label = k - 1
    for (let c = 0; c < k; c++) {
      acc += row[c]!
      if (u < acc) {
        label = c
        break
      }
    }
    y.push(label)
  }
  for (let c = 0; c < k; c++) y[c] = c // every class present
  return { kind: 'classification', y, proba }
}

describe.skipIf(!hasSklearn)('G1 metrics agree with scikit-learn to 1e-9', () => {
  it('regression: MAE, RMSE, MAPE, R², max error on 200 random cases (zeros, ties, constant target, perfect fit)', () => {
    const random = seededRandom(101)
    const cases = Array.from({ length: 200 }, (_, i) => regressionCase(random, 5 + Math.floor(random() * 400), i % 4))
    const ref = sklearn(cases)
    cases.forEach((c, i) => {
      const y = Float64Array.from(c.y)
      const p = Float64Array.from(c.p)
      const r = ref[i]!
      close(m.mae(y, p), r.mae as number, `mae #${i}`)
      close(m.rmse(y, p), r.rmse as number, `rmse #${i}`)
      close(m.mape(y, p), r.mape as number, `mape #${i}`)
      close(m.r2(y, p), r.r2 as number, `r2 #${i}`)
      close(m.maxError(y, p), r.max_error as number, `max_error #${i}`)
    })
  })

  it('classification: accuracy, balanced accuracy, P/R/F1 (binary, macro, weighted), AUC with ties, AP, log loss, Brier, confusion matrix', () => {
    const random = seededRandom(202)
    const cases = Array.from({ length: 150 }, (_, i) => classificationCase(random, 10 + Math.floor(random() * 300), i % 3 === 0 ? 3 + (i % 4) : 2))
    const ref = sklearn(cases)
    cases.forEach((c, i) => {
      const k = c.proba[0]!.length
      const y = Int32Array.from(c.y)
      const proba = Array.from({ length: k }, (_, col) => Float64Array.from(c.proba.map((row) => row[col]!)))
      const pred = m.argmax(proba, y.length)
      const r = ref[i]!
      close(m.accuracy(y, pred), r.accuracy as number, `accuracy #${i}`)
      close(m.balancedAccuracy(y, pred, k), r.balanced_accuracy as number, `balanced_accuracy #${i}`)
      for (const metric of ['precision', 'recall', 'f1'] as const) {
        close(m.prf(metric, 'macro', y, pred, k), r[`${metric}_macro`] as number, `${metric}_macro #${i}`)
        close(m.prf(metric, 'weighted', y, pred, k), r[`${metric}_weighted`] as number, `${metric}_weighted #${i}`)
        if (k === 2) close(m.prf(metric, 'binary', y, pred, k), r[metric] as number, `${metric} #${i}`)
      }
      close(m.logLoss(y, proba), r.log_loss as number, `log_loss #${i}`)
      close(m.brier(y, proba), r.brier as number, `brier #${i}`)
      expect(m.confusionMatrix(y, pred, k)).toEqual(r.confusion)
      if (k === 2) {
        close(m.rocAuc(m.indicator(y, 1), proba[1]!), r.roc_auc as number, `roc_auc #${i}`)
        close(m.averagePrecision(m.indicator(y, 1), proba[1]!), r.average_precision as number, `average_precision #${i}`)
      } else {
        close(m.rocAucOvr(y, proba), r.roc_auc_ovr as number, `roc_auc_ovr #${i}`)
      }
    })
  })
})

describe('metric edge cases', () => {
  it('refuses ROC AUC and average precision on a single-class holdout', () => {
    const pos = new Uint8Array([1, 1, 1])
    const s = Float64Array.from([0.2, 0.5, 0.9])
    expect(() => m.rocAuc(pos, s)).toThrow(InputError)
    expect(() => m.rocAuc(new Uint8Array(3), s)).toThrow(/single class/)
    expect(() => m.averagePrecision(new Uint8Array(3), s)).toThrow(/single class/)
  })

  it('computes ECE on equal-width bins', () => {
    // Two bins used: 0.15 (1 of 2 positive) and 0.85 (2 of 2 positive).
    const y = Int32Array.from([0, 1, 1, 1])
    const p1 = Float64Array.from([0.15, 0.15, 0.85, 0.85])
    const proba = [p1.map((v) => 1 - v), p1]
    expect(m.ece(y, proba, 10)).toBeCloseTo(0.5 * Math.abs(0.5 - 0.15) + 0.5 * Math.abs(1 - 0.85), 12)
  })

  it('evaluates the same metric on a bootstrap index as on the materialised resample', () => {
    const random = seededRandom(5)
    const y = Float64Array.from({ length: 50 }, () => random())
    const p = Float64Array.from({ length: 50 }, () => random())
    const idx = Int32Array.from({ length: 50 }, () => Math.floor(random() * 50))
    const ys = Float64Array.from(idx, (i) => y[i]!)
    const ps = Float64Array.from(idx, (i) => p[i]!)
    expect(m.rmse(y, p, idx)).toBe(m.rmse(ys, ps))
    expect(m.r2(y, p, idx)).toBeCloseTo(m.r2(ys, ps), 14)
  })
})
