import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  CLASSIFIER,
  editModel,
  errorText,
  expectAgreement,
  find,
  FIX,
  fixtureText,
  g1,
  hasPythonOnnx,
  onnxReference,
  templateWorkspace,
  tensorWorkspace,
  writeKpis,
} from './workspace.js'

describe('G1 judges each rule with its own interval', () => {
  it('two rules on the same KPI and variable get the interval of their own confidence', async () => {
    const dir = templateWorkspace((d) =>
      writeKpis(
        d,
        'G1,mae,temp_max,<=,3,°C,block,,,,ci,0.8\nG1,mae,temp_max,<=,3,°C,block,,,,ci,0.99',
      ),
    )
    const e = await g1(dir, { bootstrap: '400', 'latency-calls': '10' })
    const narrow = find(e, 'G1.L2.mae.temp_max').details as {
      ci: [number, number]
      confidence: number
      judged: number
    }
    const wide = find(e, 'G1.L3.mae.temp_max').details as {
      ci: [number, number]
      confidence: number
      judged: number
    }
    expect(narrow.confidence).toBe(0.8)
    expect(wide.confidence).toBe(0.99)
    expect(wide.ci[0]).toBeLessThan(narrow.ci[0])
    expect(wide.ci[1]).toBeGreaterThan(narrow.ci[1])
    expect(wide.judged).toBe(wide.ci[1])
    expect(find(e, 'G1.L3.mae.temp_max').message).toMatch(/upper end of the 99% CI/)
  })
})

describe('G1 applies bound=ci to change thresholds', () => {
  // The linear baseline as candidate, the boosted model as baseline: the candidate is worse.
  const swapped = (kpis: string) =>
    templateWorkspace((d) => {
      editModel(d, (m) => {
        ;(m.paths as Record<string, string>).model = 'models/temp_max_baseline.onnx'
        ;(m.paths as Record<string, string>).baseline = 'models/temp_max.onnx'
      })
      writeKpis(d, kpis)
    })

  it('a degradation whose point value passes but whose pessimistic CI end does not: pass with bound=point, fail with bound=ci', async () => {
    const options = { bootstrap: '300', 'latency-calls': '10' }
    const probe = await g1(swapped('G1,mae,temp_max,<=,5,°C,block,,10,,,'), options)
    const change = find(probe, 'G1.L2.mae.temp_max.abs_change')
    const point = change.value as number
    const deltaCi = (change.details as { deltaCi: [number, number] }).deltaCi
    expect(point).toBeGreaterThan(0)
    expect(deltaCi[1]).toBeGreaterThan(point)
    // A limit between the point degradation and the upper end of its interval.
    const limit = Number(((point + deltaCi[1]) / 2).toFixed(6))
    const byPoint = await g1(swapped(`G1,mae,temp_max,<=,5,°C,block,,${limit},,point,`), options)
    expect(find(byPoint, 'G1.L2.mae.temp_max.abs_change').status).toBe('pass')
    const byCi = await g1(
      swapped(`G1,mae,temp_max,<=,5,°C,block,,${limit},${limit / 2},ci,`),
      options,
    )
    const abs = find(byCi, 'G1.L2.mae.temp_max.abs_change')
    expect(abs).toMatchObject({ status: 'fail', value: point })
    expect((abs.details as { judged: number }).judged).toBeCloseTo(deltaCi[1], 12)
    expect(abs.message).toMatch(/pessimistic end of the 95% CI of the delta/)
    const rel = find(byCi, 'G1.L2.mae.temp_max.rel_change')
    const baseline = (rel.details as { baseline: number }).baseline
    expect((rel.details as { judged: number }).judged).toBeCloseTo(deltaCi[1] / baseline, 12)
  })

  it('bound=ci on a change threshold without a bootstrap is an error naming the line', async () => {
    const e = await g1(swapped('G1,mae,temp_max,<=,5,°C,block,,10,,ci,'), {
      bootstrap: '0',
      'latency-calls': '10',
    })
    expect(e.status).toBe('error')
    expect(errorText(e)).toMatch(
      /ssot\/kpi_acceptance.csv:2: bound=ci needs a bootstrap interval.*bootstrap=0/,
    )
  })
})

describe('G1 counts bootstrap resamples without a value', () => {
  // clf_holdout rows with few positives: some resamples hold no positive row, where AUC is undefined.
  const rows = fixtureText('clf_holdout.csv').trim().split('\n').slice(1)
  const holdout = (positives: number, negatives: number) =>
    `x0,x1,label\n${[...rows.filter((r) => r.endsWith(',yes')).slice(0, positives), ...rows.filter((r) => r.endsWith(',no')).slice(0, negatives)].join('\n')}\n`

  it('a few dropped resamples are left out and reported with the interval', async () => {
    const e = await g1(
      tensorWorkspace(
        'clf_tensor.onnx',
        CLASSIFIER(['no', 'yes']),
        'G1,roc_auc,label,>=,0.5,ratio,block,,,,ci,',
        holdout(4, 36),
      ),
      { bootstrap: '1000', 'latency-calls': '10' },
    )
    const c = find(e, 'G1.L2.roc_auc.label')
    const d = c.details as { droppedResamples: number; resamples: number; ci: [number, number] }
    expect(d.droppedResamples).toBeGreaterThan(0)
    expect(d.droppedResamples).toBeLessThanOrEqual(50)
    expect(d.ci).toHaveLength(2)
    expect(c.message).toMatch(
      new RegExp(
        `${d.droppedResamples} of 1000 bootstrap resamples had no roc_auc value and were left out`,
      ),
    )
    expect(
      (e.report.bootstrap as { droppedResamples: Record<string, number> }).droppedResamples[
        'roc_auc:label'
      ],
    ).toBe(d.droppedResamples)
  })

  it('too many: no interval; a bound=ci rule is an error, a point rule says why it has no interval', async () => {
    const e = await g1(
      tensorWorkspace(
        'clf_tensor.onnx',
        CLASSIFIER(['no', 'yes']),
        'G1,roc_auc,label,>=,0.5,ratio,block,,,,ci,\nG1,roc_auc,label,>=,0.5,ratio,block,,,,,',
        holdout(1, 11),
      ),
      { bootstrap: '500', 'latency-calls': '10' },
    )
    expect(e.status).toBe('error')
    expect(find(e, 'G1.L2.roc_auc.label').message).toMatch(
      /bound=ci needs a bootstrap interval: no bootstrap interval: \d+ of 500 resamples had no value \(more than 5%\)/,
    )
    const point = find(e, 'G1.L3.roc_auc.label')
    expect(point.status).toBe('pass')
    expect(point.details).not.toHaveProperty('ci')
    expect(point.message).toMatch(/no bootstrap interval: \d+ of 500 resamples had no value/)
  })
})

describe.skipIf(!hasPythonOnnx)(
  'G1 on real classifiers agrees with scikit-learn on the same ONNX outputs',
  () => {
    it('binary, string labels "no"/"yes", float32 probabilities with an exact 0 for a true class (log loss clipped at 2^-23)', async () => {
      const holdout = `${fixtureText('clf_holdout.csv')}60,60,no\n`
      const dir = tensorWorkspace(
        'clf_tensor.onnx',
        CLASSIFIER(['no', 'yes']),
        'G1,log_loss,label,<=,5,,block,,,,,',
        holdout,
      )
      const e = await g1(dir)
      expect(e.status, errorText(e)).toBe('pass')
      const { writeFileSync, mkdtempSync } = await import('node:fs')
      const file = join(mkdtempSync(join((await import('node:os')).tmpdir(), 'mg-ref-')), 'h.csv')
      writeFileSync(file, holdout)
      const ref = onnxReference({
        model: join(FIX, 'clf_tensor.onnx'),
        holdout: file,
        features: ['x0', 'x1'],
        input: 'input',
        task: 'binary',
        classes: ['no', 'yes'],
        label: 'label',
        prediction: 'label',
        probabilities: 'probabilities',
      })
      // sklearn computes log loss of float32 arrays in float32: equal to float32 precision.
      expectAgreement(e, ref, 1e-9, { log_loss: 1e-6 })
      // With float64's eps the 60,60 row alone would add 36.04/201 instead of 15.94/201.
      expect(find(e, 'G1.L2.log_loss.label').value as number).toBeLessThan(
        ref['log_loss:label']! + 0.01,
      )
    })

    it('multiclass with integer labels 1, 2, 3', async () => {
      const e = await g1(
        tensorWorkspace(
          'clf_int3.onnx',
          CLASSIFIER([1, 2, 3]),
          'G1,f1_macro,label,>=,0.5,,block,,,,,',
          fixtureText('clf_int3_holdout.csv'),
        ),
      )
      expect(e.status, errorText(e)).toBe('pass')
      const ref = onnxReference({
        model: join(FIX, 'clf_int3.onnx'),
        holdout: join(FIX, 'clf_int3_holdout.csv'),
        features: ['x0', 'x1'],
        input: 'input',
        task: 'multiclass',
        classes: [1, 2, 3],
        label: 'label',
        prediction: 'label',
        probabilities: 'probabilities',
      })
      expectAgreement(e, ref, 1e-9, { log_loss: 1e-6 })
    })
  },
)
