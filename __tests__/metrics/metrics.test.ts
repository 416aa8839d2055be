import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { InputError } from '../../src/contract/errors.js'
import * as m from '../../src/metrics/index.js'
import { seededRandom } from '../support/random.js'
import { PYTHON, pythonHas } from '../support/python.js'

const SCRIPT = join(import.meta.dirname, 'sklearn_reference.py')
const hasSklearn = pythonHas(['sklearn', 'numpy'], 'the parity tests')

function sklearn(cases: unknown[]): Record<string, number | number[][]>[] {
  const r = spawnSync(PYTHON, [SCRIPT], {
    input: JSON.stringify(cases),
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  })
  if (r.status !== 0) throw new Error(r.stderr)
  return JSON.parse(r.stdout)
}

function close(ours: number, ref: number, what: string): void {
  const tol = 1e-9 * Math.max(1, Math.abs(ref))
  expect(Math.abs(ours - ref), `${what}: ours ${ours}, sklearn ${ref}`).toBeLessThanOrEqual(tol)
}

/** Random regression data; some cases with exact zeros, ties and a constant target. */
function regressionCase(random: () => number, n: number, variant: number) {
  const y = Array.from({ length: n }, () =>
    variant === 1 ? Math.round(random() * 4) : (random() - 0.5) * 100,
  )
  if (variant === 2) y.fill(3.25)
  const p = y.map((v) => v + (random() - 0.5) * 10)
  if (variant === 3) p.splice(0, n, ...y)
  return { kind: 'regression', y, p }
}

const NAMES = ['ant', 'bee', 'cat', 'dog', 'eel', 'fox']

/**
 * Random probabilities, rounded so that many scores tie, with labels drawn
 * from them. Variants: 0 every class present; 1 (3+ classes) one class absent
 * from the labels; 2 (3+ classes) one class neither in the labels nor
 * predicted; 3 float32 probabilities with exact zeros (log loss clipping).
 * Predictions are the argmax, except about 1 row in 5 where the model
 * "decides" another class (a tuned threshold), so they are not derivable from
 * the probabilities. Labels are sent to sklearn as strings.
 */
function classificationCase(random: () => number, n: number, k: number, variant: number) {
  const proba: number[][] = []
  const y: number[] = []
  const f32 = variant === 3
  for (let i = 0; i < n; i++) {
    const raw: number[] = Array.from(
      { length: k },
      () => Math.round(random() * 8) + (f32 ? 0 : 0.5),
    )
    if (!raw.some((v) => v > 0)) raw[0] = 1
    const s = raw.reduce((a, b) => a + b, 0)
    const row = raw.map((v) => (f32 ? Math.fround(v / s) : v / s))
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
  const probaCols = Array.from({ length: k }, (_, col) =>
    Float64Array.from(proba.map((row) => row[col]!)),
  )
  const pred = Array.from(m.argmax(probaCols, n)).map((c) =>
    random() < 0.2 ? Math.floor(random() * k) : c,
  )
  const absent = k >= 3 && (variant === 1 || variant === 2) ? Math.floor(random() * k) : -1
  if (absent < 0)
    for (let c = 0; c < k; c++) y[c] = c // every class present
  else {
    for (let i = 0; i < n; i++) if (y[i] === absent) y[i] = (absent + 1) % k
    if (variant === 2)
      for (let i = 0; i < n; i++) if (pred[i] === absent) pred[i] = (absent + 1) % k
  }
  return {
    kind: 'classification',
    y,
    pred,
    proba,
    classes: NAMES.slice(0, k),
    dtype: f32 ? 'float32' : 'float64',
    absent,
  }
}

describe.skipIf(!hasSklearn)('G1 metrics agree with scikit-learn to 1e-9', () => {
  it('regression: MAE, RMSE, MAPE, R², max error on 200 random cases (zeros, ties, constant target, perfect fit)', () => {
    const random = seededRandom(101)
    const cases = Array.from({ length: 200 }, (_, i) =>
      regressionCase(random, 5 + Math.floor(random() * 400), i % 4),
    )
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

  it('classification: accuracy, balanced accuracy, P/R/F1 (binary, macro, weighted), AUC with ties, AP, log loss, Brier, confusion matrix; string labels, absent classes, float32 zeros', () => {
    const random = seededRandom(202)
    const cases = Array.from({ length: 200 }, (_, i) =>
      classificationCase(
        random,
        10 + Math.floor(random() * 300),
        i % 2 === 0 ? 3 + (i % 4) : 2,
        i % 4,
      ),
    )
    const ref = sklearn(cases)
    let absentSeen = 0
    let neverPredicted = 0
    cases.forEach((c, i) => {
      const k = c.classes.length
      const y = Int32Array.from(c.y)
      const pred = Int32Array.from(c.pred)
      const proba = Array.from({ length: k }, (_, col) =>
        Float64Array.from(c.proba.map((row) => row[col]!)),
      )
      const eps = c.dtype === 'float32' ? m.DTYPE_EPS.float32 : m.DTYPE_EPS.float64
      const r = ref[i]!
      close(m.accuracy(y, pred), r.accuracy as number, `accuracy #${i}`)
      close(
        m.balancedAccuracy(y, pred, k),
        r.balanced_accuracy as number,
        `balanced_accuracy #${i}`,
      )
      for (const metric of ['precision', 'recall', 'f1'] as const) {
        close(
          m.prf(metric, 'macro', y, pred, k),
          r[`${metric}_macro`] as number,
          `${metric}_macro #${i}`,
        )
        close(
          m.prf(metric, 'weighted', y, pred, k),
          r[`${metric}_weighted`] as number,
          `${metric}_weighted #${i}`,
        )
        if (k === 2)
          close(m.prf(metric, 'binary', y, pred, k), r[metric] as number, `${metric} #${i}`)
      }
      // Exact: sklearn on the dtype-clipped probabilities in float64; as sklearn computes float32 arrays (in float32): to float32 precision.
      close(m.logLoss(y, proba, undefined, eps), r.log_loss_exact as number, `log_loss #${i}`)
      const ll = m.logLoss(y, proba, undefined, eps)
      expect(
        Math.abs(ll - (r.log_loss as number)),
        `log_loss vs sklearn on ${c.dtype} #${i}`,
      ).toBeLessThanOrEqual((c.dtype === 'float32' ? 1e-6 : 1e-9) * Math.max(1, ll))
      close(m.brier(y, proba), r.brier as number, `brier #${i}`)
      expect(m.confusionMatrix(y, pred, k)).toEqual(r.confusion)
      if (k === 2) {
        close(m.rocAuc(m.indicator(y, 1), proba[1]!), r.roc_auc as number, `roc_auc #${i}`)
        close(
          m.averagePrecision(m.indicator(y, 1), proba[1]!),
          r.average_precision as number,
          `average_precision #${i}`,
        )
      } else if (c.absent >= 0) {
        // sklearn refuses; so does G1, naming the class that is missing.
        absentSeen++
        expect(r.roc_auc_ovr, `sklearn roc_auc_ovr #${i}`).toBeNull()
        expect(() => m.rocAucOvr(y, proba, undefined, c.classes)).toThrow(
          new RegExp(`class "${c.classes[c.absent]}" never occurs in the holdout labels`),
        )
        if (!c.pred.includes(c.absent)) neverPredicted++
      } else {
        close(m.rocAucOvr(y, proba), r.roc_auc_ovr as number, `roc_auc_ovr #${i}`)
      }
    })
    expect(absentSeen).toBeGreaterThan(30)
    expect(neverPredicted).toBeGreaterThan(15)
  })

  it('a class absent from labels and predictions leaves the macro mean (sklearn default labels), unlike labels=range(K)', () => {
    // y ∪ pred = {0, 1}; class 2 is declared but absent. sklearn: f1_macro over {0, 1} = 0.4 (not 0.2667 over 3 classes).
    const y = Int32Array.from([0, 1, 0])
    const pred = Int32Array.from([0, 0, 0])
    expect(m.prf('f1', 'macro', y, pred, 3)).toBeCloseTo(0.4, 15)
  })
})

/**
 * Sample weights for n rows. Variants: 0 integers 0..4; 1 fractional in (0, 3);
 * 2 fractional with about 30% exact zeros; 3 integers 1..3 with a few zeros.
 * The first row always weighs something, so the total is positive.
 */
function weightsCase(random: () => number, n: number, variant: number): number[] {
  const w = Array.from({ length: n }, () => {
    if (variant === 0) return Math.floor(random() * 5)
    if (variant === 1) return random() * 3 + 1e-3
    if (variant === 2) return random() < 0.3 ? 0 : random() * 2
    return random() < 0.1 ? 0 : 1 + Math.floor(random() * 3)
  })
  if (w[0] === 0) w[0] = 1
  return w
}

describe.skipIf(!hasSklearn)(
  'weighted G1 metrics agree with scikit-learn (sample_weight) to 1e-9',
  () => {
    it('regression: MAE, RMSE, MAPE, R², mean error, coverage, interval width weighted; max error unweighted; integer, fractional and zero weights', () => {
      const random = seededRandom(303)
      const cases = Array.from({ length: 160 }, (_, i) => {
        const c = regressionCase(random, 5 + Math.floor(random() * 300), i % 4)
        const half = c.y.map(() => random() * 8)
        return {
          ...c,
          lower: c.p.map((v, j) => v - half[j]!),
          upper: c.p.map((v, j) => v + half[j]! * random() * 2),
          w: weightsCase(random, c.y.length, Math.floor(i / 4) % 4),
        }
      })
      const ref = sklearn(cases)
      cases.forEach((c, i) => {
        const [y, p, lo, hi, w] = [c.y, c.p, c.lower, c.upper, c.w].map((a) =>
          Float64Array.from(a),
        ) as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array]
        const r = ref[i]!
        close(m.mae(y, p, undefined, w), r.mae as number, `mae #${i}`)
        close(m.rmse(y, p, undefined, w), r.rmse as number, `rmse #${i}`)
        close(m.mape(y, p, undefined, w), r.mape as number, `mape #${i}`)
        if (i % 4 === 2) {
          // A constant target: sklearn's np.average of it is off by an ulp with fractional weights, so its denominator is
          // ~1e-30 instead of 0 and R² ~ -1e31; G1's shifted mean is exact and applies force_finite (0 for an imperfect fit).
          expect(m.r2(y, p, undefined, w), `r2 #${i}`).toBe(0)
          if (Math.abs(r.r2 as number) <= 1)
            close(m.r2(y, p, undefined, w), r.r2 as number, `r2 #${i}`)
        } else close(m.r2(y, p, undefined, w), r.r2 as number, `r2 #${i}`)
        close(m.bias(y, p, undefined, w), r.bias as number, `bias #${i}`)
        close(m.coverage(y, lo, hi, undefined, w), r.coverage as number, `coverage #${i}`)
        close(
          m.intervalWidth(lo, hi, undefined, w),
          r.interval_width as number,
          `interval_width #${i}`,
        )
        close(m.maxError(y, p), r.max_error as number, `max_error #${i}`)
      })
      // Weights change the values: the test is not comparing unweighted numbers with themselves.
      expect(
        cases.filter(
          (c, i) =>
            Math.abs(
              m.mae(Float64Array.from(c.y), Float64Array.from(c.p)) - (ref[i]!.mae as number),
            ) > 1e-6,
        ).length,
      ).toBeGreaterThan(100)
    })

    it('classification: accuracy, balanced accuracy, P/R/F1 (binary, macro, weighted), confusion matrix, ROC AUC with ties (binary and OvR), AP, log loss, Brier, ECE', () => {
      const random = seededRandom(404)
      const cases = Array.from({ length: 200 }, (_, i) => {
        const k = i % 2 === 0 ? 3 + (i % 4) : 2
        const c = classificationCase(random, 10 + Math.floor(random() * 300), k, i % 4)
        const w = weightsCase(random, c.y.length, Math.floor(i / 4) % 4)
        // Every 10th case: every row of one class weighs 0 (sklearn: NaN for its AUC; G1: an error naming the weight).
        const weightless = i % 10 === 9 ? c.y[1]! : -1
        if (weightless >= 0) c.y.forEach((v, j) => v === weightless && (w[j] = 0))
        if (!w.some((v) => v > 0)) w[c.y.findIndex((v) => v !== weightless)] = 1
        return { ...c, w, weightless, bins: 2 + (i % 12) }
      })
      const ref = sklearn(cases)
      let aucChecked = 0
      let refused = 0
      cases.forEach((c, i) => {
        const k = c.classes.length
        const y = Int32Array.from(c.y)
        const pred = Int32Array.from(c.pred)
        const w = Float64Array.from(c.w)
        const proba = Array.from({ length: k }, (_, col) =>
          Float64Array.from(c.proba.map((row) => row[col]!)),
        )
        const eps = c.dtype === 'float32' ? m.DTYPE_EPS.float32 : m.DTYPE_EPS.float64
        const r = ref[i]!
        close(m.accuracy(y, pred, undefined, w), r.accuracy as number, `accuracy #${i}`)
        close(
          m.balancedAccuracy(y, pred, k, undefined, w),
          r.balanced_accuracy as number,
          `balanced_accuracy #${i}`,
        )
        for (const metric of ['precision', 'recall', 'f1'] as const) {
          close(
            m.prf(metric, 'macro', y, pred, k, undefined, w),
            r[`${metric}_macro`] as number,
            `${metric}_macro #${i}`,
          )
          close(
            m.prf(metric, 'weighted', y, pred, k, undefined, w),
            r[`${metric}_weighted`] as number,
            `${metric}_weighted #${i}`,
          )
          if (k === 2)
            close(
              m.prf(metric, 'binary', y, pred, k, undefined, w),
              r[metric] as number,
              `${metric} #${i}`,
            )
        }
        const cm = m.confusionMatrix(y, pred, k, undefined, w)
        ;(r.confusion as number[][]).forEach((row, a) =>
          row.forEach((v, b) => close(cm[a]![b]!, v, `confusion[${a}][${b}] #${i}`)),
        )
        close(m.logLoss(y, proba, undefined, eps, w), r.log_loss_exact as number, `log_loss #${i}`)
        close(m.brier(y, proba, undefined, w), r.brier as number, `brier #${i}`)
        close(m.ece(y, proba, c.bins, undefined, w), r.ece as number, `ece #${i}`)
        const auc =
          k === 2
            ? () => m.rocAuc(m.indicator(y, 1), proba[1]!, undefined, w)
            : () => m.rocAucOvr(y, proba, undefined, c.classes, w)
        const sk = k === 2 ? r.roc_auc : r.roc_auc_ovr
        if (sk === null) {
          // sklearn: NaN (a class whose rows all weigh 0) or a ValueError (a class absent); G1 refuses with the reason.
          expect(auc, `#${i}: ${r[k === 2 ? 'roc_auc_error' : 'roc_auc_ovr_error']}`).toThrow(
            c.absent >= 0 && k > 2 ? /never occurs/ : /total sample weight of 0/,
          )
          refused++
        } else {
          close(auc(), sk as number, `roc_auc #${i}`)
          aucChecked++
        }
        if (k === 2) {
          const positiveWeight = c.y.reduce((s, v, j) => s + (v === 1 ? c.w[j]! : 0), 0)
          // sklearn returns 0 with a warning when the positives weigh nothing; G1 refuses.
          if (positiveWeight === 0)
            expect(() => m.averagePrecision(m.indicator(y, 1), proba[1]!, undefined, w)).toThrow(
              /positive rows carry a total sample weight of 0/,
            )
          else
            close(
              m.averagePrecision(m.indicator(y, 1), proba[1]!, undefined, w),
              r.average_precision as number,
              `average_precision #${i}`,
            )
        }
      })
      expect(aucChecked).toBeGreaterThan(120)
      expect(refused).toBeGreaterThan(15)
    })
  },
)

describe('weighted metrics: bootstrap resamples, repeated rows, zero totals', () => {
  const random = seededRandom(77)
  const n = 120
  const y = Int32Array.from({ length: n }, () => Math.floor(random() * 3))
  const pred = Int32Array.from(y, (v) => (random() < 0.3 ? Math.floor(random() * 3) : v))
  const raw = Array.from({ length: 3 }, () =>
    Float64Array.from({ length: n }, () => Math.round(random() * 6) + 0.5),
  )
  const proba = raw.map((col) => col.map((v, i) => v / raw.reduce((s, c) => s + c[i]!, 0)))
  const yr = Float64Array.from({ length: n }, () => random() * 10)
  const p = Float64Array.from(yr, (v) => v + random() - 0.5)
  const lo = Float64Array.from(p, (v) => v - 1)
  const hi = Float64Array.from(p, (v) => v + 1)
  const w = Float64Array.from({ length: n }, () => (random() < 0.2 ? 0 : Math.floor(random() * 4)))
  w[0] = 2
  const pos = m.indicator(y, 1)
  const metrics = (
    yi: Int32Array,
    predi: Int32Array,
    probai: Float64Array[],
    yri: Float64Array,
    pi: Float64Array,
    loi: Float64Array,
    hii: Float64Array,
    posi: Uint8Array,
    idx: Int32Array | undefined,
    wi: Float64Array,
  ) => [
    m.mae(yri, pi, idx, wi),
    m.rmse(yri, pi, idx, wi),
    m.r2(yri, pi, idx, wi),
    m.bias(yri, pi, idx, wi),
    m.mape(yri, pi, idx, wi),
    m.coverage(yri, loi, hii, idx, wi),
    m.intervalWidth(loi, hii, idx, wi),
    m.accuracy(yi, predi, idx, wi),
    m.balancedAccuracy(yi, predi, 3, idx, wi),
    m.prf('f1', 'macro', yi, predi, 3, idx, wi),
    m.prf('precision', 'weighted', yi, predi, 3, idx, wi),
    m.rocAuc(posi, probai[1]!, idx, wi),
    m.rocAucOvr(yi, probai, idx, undefined, wi),
    m.averagePrecision(posi, probai[1]!, idx, wi),
    m.logLoss(yi, probai, idx, m.DTYPE_EPS.float64, wi),
    m.brier(yi, probai, idx, wi),
    m.ece(yi, probai, 7, idx, wi),
  ]

  it('a resample index gives each drawn row its weight: the same values as the materialised weighted resample', () => {
    for (let r = 0; r < 20; r++) {
      const idx = Int32Array.from({ length: n }, () => Math.floor(random() * n))
      const take = <T extends Float64Array | Int32Array | Uint8Array>(a: T): T =>
        a.map((_, k) => a[idx[k]!]!) as T
      const mat = Int32Array.from({ length: n }, (_, k) => k)
      const viaIdx = metrics(y, pred, proba, yr, p, lo, hi, pos, idx, w)
      const materialised = metrics(
        take(y),
        take(pred),
        proba.map(take),
        take(yr),
        take(p),
        take(lo),
        take(hi),
        take(pos),
        mat,
        take(w),
      )
      viaIdx.forEach((v, j) =>
        expect(Math.abs(v - materialised[j]!), `metric #${j} resample ${r}`).toBeLessThanOrEqual(
          1e-12,
        ),
      )
    }
  })

  it('integer weights equal repeating each row that many times (ECE and the reliability diagram too)', () => {
    const idx = Int32Array.from(Array.from(w).flatMap((times, i) => Array<number>(times).fill(i)))
    const ones = new Float64Array(n).fill(1)
    const repeated = metrics(y, pred, proba, yr, p, lo, hi, pos, idx, ones)
    const weighted = metrics(y, pred, proba, yr, p, lo, hi, pos, undefined, w)
    weighted.forEach((v, j) =>
      expect(Math.abs(v - repeated[j]!), `metric #${j}`).toBeLessThanOrEqual(1e-12),
    )
    const take = <T extends Float64Array | Int32Array>(a: T): T =>
      (a instanceof Int32Array
        ? Int32Array.from(idx, (i) => a[i]!)
        : Float64Array.from(idx, (i) => a[i]!)) as T
    expect(take(y).length).toBe(w.reduce((s, v) => s + v, 0))
    const curve = m.calibrationCurve(y, proba, 5, w)
    m.calibrationCurve(take(y), proba.map(take), 5).forEach(([c, a], b) => {
      expect(curve[b]![0]).toBeCloseTo(c, 12)
      expect(curve[b]![1]).toBeCloseTo(a, 12)
    })
  })

  it('weights that sum to 0 are an error, never NaN; max error ignores weights', () => {
    const zero = new Float64Array(n)
    expect(() => m.mae(yr, p, undefined, zero)).toThrow(/sample weights of these 120 rows sum to 0/)
    expect(() => m.accuracy(y, pred, undefined, zero)).toThrow(InputError)
    expect(() => m.ece(y, proba, 10, undefined, zero)).toThrow(/sum to 0/)
    expect(() => m.prf('f1', 'weighted', y, pred, 3, undefined, zero)).toThrow(/sum to 0/)
    expect(() => m.r2(yr, p, undefined, zero)).toThrow(/sum to 0/)
    // The positives weigh nothing: AUC is undefined (sklearn: NaN), and so is AP (sklearn: 0 with a warning).
    const noPositiveWeight = Float64Array.from(pos, (v) => (v ? 0 : 1))
    expect(() => m.rocAuc(pos, proba[1]!, undefined, noPositiveWeight)).toThrow(
      /positive rows carry a total sample weight of 0/,
    )
    expect(() => m.averagePrecision(pos, proba[1]!, undefined, noPositiveWeight)).toThrow(
      /positive rows carry a total sample weight of 0/,
    )
    expect(() => m.rocAucOvr(y, proba, undefined, ['a', 'b', 'c'], noPositiveWeight)).toThrow(
      /class "b".*total sample weight of 0/,
    )
    expect(m.maxError(yr, p)).toBe(Math.max(...Array.from(yr, (v, i) => Math.abs(v - p[i]!))))
  })
})

describe('metric edge cases', () => {
  it('refuses ROC AUC and average precision on a single-class holdout', () => {
    const pos = new Uint8Array([1, 1, 1])
    const s = Float64Array.from([0.2, 0.5, 0.9])
    expect(() => m.rocAuc(pos, s)).toThrow(InputError)
    expect(() => m.rocAuc(new Uint8Array(3), s)).toThrow(
      /single class \(3 negative rows, no positive one\)/,
    )
    expect(() => m.averagePrecision(new Uint8Array(3), s)).toThrow(
      /no holdout row has the positive class/,
    )
  })

  it('log loss clips with the eps of the probabilities dtype (float32: 2^-23), as sklearn does', () => {
    // The true class has probability 0: -ln(2^-23) = 15.94 for float32 output, -ln(2^-52) = 36.04 for float64.
    const y = Int32Array.from([0])
    const proba = [Float64Array.from([0]), Float64Array.from([1])]
    expect(m.logLoss(y, proba, undefined, m.DTYPE_EPS.float32)).toBeCloseTo(23 * Math.LN2, 12)
    expect(m.logLoss(y, proba, undefined, m.DTYPE_EPS.float64)).toBeCloseTo(52 * Math.LN2, 12)
  })

  it("applies scikit-learn's row-sum rules: log_loss sqrt(eps) of the dtype, roc_auc_ovr numpy allclose", () => {
    const rows = (sums: number[]) => [
      Float64Array.from(sums.map((s) => s / 2)),
      Float64Array.from(sums.map((s) => s / 2)),
    ]
    // 0.9992 (the reviewer's example) is refused by both rules, for both dtypes.
    expect(m.firstBadRowSum(rows([1, 0.9992]), 'float64', 'log_loss')).toMatchObject({ row: 1 })
    expect(m.firstBadRowSum(rows([1, 0.9992]), 'float32', 'log_loss')).toMatchObject({ row: 1 })
    // float32: sqrt(2^-23) = 3.45e-4 accepts 1 - 1e-4; allclose (1e-5 relative) does not.
    expect(m.firstBadRowSum(rows([Math.fround(1 - 1e-4)]), 'float32', 'log_loss')).toBeUndefined()
    expect(m.firstBadRowSum(rows([Math.fround(1 - 1e-4)]), 'float32', 'roc_auc_ovr')).toMatchObject(
      { row: 0 },
    )
    // float64: sqrt(2^-52) + 1e-8 = 2.5e-8 refuses 1 - 1e-7, which allclose accepts.
    expect(m.firstBadRowSum(rows([1 - 1e-7]), 'float64', 'log_loss')).toMatchObject({ row: 0 })
    expect(m.firstBadRowSum(rows([1 - 1e-7]), 'float64', 'roc_auc_ovr')).toBeUndefined()
  })

  it('computes ECE on equal-width bins', () => {
    // Two bins used: 0.15 (1 of 2 positive) and 0.85 (2 of 2 positive).
    const y = Int32Array.from([0, 1, 1, 1])
    const p1 = Float64Array.from([0.15, 0.15, 0.85, 0.85])
    const proba = [p1.map((v) => 1 - v), p1]
    expect(m.ece(y, proba, 10)).toBeCloseTo(
      0.5 * Math.abs(0.5 - 0.15) + 0.5 * Math.abs(1 - 0.85),
      12,
    )
  })

  it('draws the reliability diagram from the bins ECE uses: top-label confidence for multiclass, ece-bins bins', () => {
    // Top labels: 0.8 (class 1, right), 0.7 (class 0, right), 0.6 (class 2, wrong); class 0's own probabilities are 0.1, 0.7, 0.2.
    const y = Int32Array.from([1, 0, 0])
    const proba = [
      Float64Array.from([0.1, 0.7, 0.2]),
      Float64Array.from([0.8, 0.2, 0.2]),
      Float64Array.from([0.1, 0.1, 0.6]),
    ]
    // Before: class 0's probability against class 0's frequency, [[0.1, 0], [0.2, 1], [0.7, 1]], in 10 bins whatever ece-bins said.
    expect(m.calibrationCurve(y, proba, 10)).toEqual([
      [0.6, 0],
      [0.7, 1],
      [0.8, 1],
    ])
    expect(m.ece(y, proba, 10)).toBeCloseTo((0.6 + 0.3 + 0.2) / 3, 12)
    // Two bins: every top label is in [0.5, 1], one bin with mean confidence 0.7 and 2 of 3 right.
    const [[conf, acc]] = m.calibrationCurve(y, proba, 2) as [[number, number]]
    expect(conf).toBeCloseTo(0.7, 12)
    expect(acc).toBeCloseTo(2 / 3, 12)
    expect(m.calibrationCurve(y, proba, 2)).toHaveLength(1)
    expect(m.ece(y, proba, 2)).toBeCloseTo(Math.abs(2 / 3 - 0.7), 12)
  })

  it('ECE is the count-weighted gap of the reliability bins, on random binary and multiclass cases', () => {
    const random = seededRandom(11)
    for (const k of [2, 3, 5]) {
      for (const bins of [2, 7, 10]) {
        const n = 300
        const raw = Array.from({ length: k }, () =>
          Float64Array.from({ length: n }, () => random()),
        )
        const proba = raw.map((col) => col.map((v, i) => v / raw.reduce((s, c) => s + c[i]!, 0)))
        const y = Int32Array.from({ length: n }, () => Math.floor(random() * k))
        const { count, confidence, correct } = m.reliabilityBins(y, proba, bins)
        const curve = m.calibrationCurve(y, proba, bins)
        const used = [...count.keys()].filter((b) => count[b]! > 0)
        expect(curve).toEqual(
          used.map((b) => [confidence[b]! / count[b]!, correct[b]! / count[b]!]),
        )
        const weighted = used.reduce(
          (e, b, j) => e + (count[b]! / n) * Math.abs(curve[j]![1] - curve[j]![0]),
          0,
        )
        expect(m.ece(y, proba, bins)).toBeCloseTo(weighted, 12)
        if (k > 2) for (const [x] of curve) expect(x).toBeGreaterThanOrEqual(1 / k - 1e-12)
      }
    }
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
