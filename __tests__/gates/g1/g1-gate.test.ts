import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { InputError } from '../../../src/contract/errors.js'
import { parseDataInputs } from '../../../src/engine/inputs.js'
import { runGate } from '../../../src/engine/run-gate.js'
import { validateProbabilities } from '../../../src/gates/g1/evaluate.js'
import { renderMarkdown } from '../../../src/report/markdown.js'
import {
  CLASSIFIER,
  editModel,
  errorText,
  expectError,
  find,
  FIX,
  fixtureText,
  g1,
  KPI_HEADER,
  LINEAR_HOLDOUT,
  table,
  templateWorkspace,
  tensorWorkspace,
  writeKpis,
} from './workspace.js'
import { findGate } from '../../../src/gates/table.js'

describe('G1 Model Performance on the template models', () => {
  it('passes the example with CIs, baseline deltas and the slice audit, reproducibly', async () => {
    const dir = templateWorkspace()
    const e = await g1(dir)
    expect(e.status, JSON.stringify(e.problems)).toBe('pass')
    const mae = find(e, 'G1.L2.mae.temp_max')!
    expect(mae).toMatchObject({
      rule: 'mae',
      operator: '<=',
      threshold: 3,
      unit: '°C',
      status: 'pass',
      source: { file: 'ssot/kpi_acceptance.csv', line: 2 },
    })
    expect(mae.value as number).toBeGreaterThan(1.5)
    const d = mae.details as {
      ci: [number, number]
      baseline: number
      delta: number
      deltaCi: [number, number]
      judged: number
    }
    expect(d.ci[0]).toBeLessThan(mae.value as number)
    expect(d.ci[1]).toBeGreaterThan(mae.value as number)
    expect(d.judged).toBe(d.ci[1])
    expect(d.delta).toBeCloseTo((mae.value as number) - d.baseline, 12)
    expect(d.deltaCi[0]).toBeLessThan(d.deltaCi[1])
    expect(find(e, 'G1.L2.mae.temp_max.rel_change')).toMatchObject({
      status: 'pass',
      unit: 'ratio',
    })
    expect(find(e, 'G1.L6.coverage.temp_max')!.value as number).toBeGreaterThanOrEqual(0.9)
    // Latency is the runner's own (a loaded machine can exceed 10 ms): the rule, a warn-severity one, is judged on the measured value.
    const latency = find(e, 'G1.L7.latency_p99_ms')!
    expect(latency).toMatchObject({
      status: (latency.value as number) <= 10 ? 'pass' : 'warn',
      unit: 'ms',
      severity: 'warn',
    })
    // The check and the report's operations section read the same measurement.
    expect(find(e, 'G1.L7.latency_p99_ms').value).toBe(
      (e.report.operations as { latencyMs: { p99: number } }).latencyMs.p99,
    )
    expect(find(e, 'G1.L8.slice_gap_mae.temp_max')!.value as number).toBeGreaterThan(0)
    expect(e.subject.model).toMatchObject({ role: 'model', path: 'models/temp_max.onnx' })
    expect(e.subject.artifacts[0]).toMatchObject({
      role: 'baseline-model',
      path: 'models/temp_max_baseline.onnx',
    })
    expect((e.report.charts as unknown[]).length).toBe(3)
    const again = await g1(dir)
    expect(find(again, 'G1.L2.mae.temp_max')!.details).toEqual(mae.details)
  })

  it('reports change thresholds as skipped, with the reason, when there is no baseline', async () => {
    const e = await g1(
      templateWorkspace((dir) =>
        editModel(dir, (m) => delete (m.paths as Record<string, unknown>).baseline),
      ),
    )
    expect(e.status).toBe('pass')
    const change = find(e, 'G1.L2.mae.temp_max.rel_change')!
    expect(change).toMatchObject({ status: 'skipped', value: null })
    expect(change.message).toMatch(/no baseline model/)
  })

  it('fails a blocking KPI and only warns on a warn KPI', async () => {
    const dir = templateWorkspace((d) =>
      writeFileSync(
        join(d, 'ssot', 'kpi_acceptance.csv'),
        `${KPI_HEADER}\nG1,mae,temp_max,<=,1.0,°C,block,,,,,\nG1,r2,temp_max,>=,0.99,,warn,,,,,\n`,
      ),
    )
    const e = await g1(dir)
    expect(e.status).toBe('fail')
    expect(find(e, 'G1.L2.mae.temp_max')!.status).toBe('fail')
    expect(find(e, 'G1.L3.r2.temp_max')!.status).toBe('warn')
  })

  it('fails a change threshold when the candidate is worse than the baseline', async () => {
    // Swap the roles: the linear model becomes the candidate, the boosted one the baseline.
    const dir = templateWorkspace((d) =>
      editModel(d, (m) => {
        ;(m.paths as Record<string, string>).model = 'models/temp_max_baseline.onnx'
        ;(m.paths as Record<string, string>).baseline = 'models/temp_max.onnx'
      }),
    )
    const e = await g1(dir)
    expect(e.status).toBe('fail')
    expect(find(e, 'G1.L2.mae.temp_max.rel_change')).toMatchObject({ status: 'fail' })
    expect(find(e, 'G1.L2.mae.temp_max.rel_change')!.value as number).toBeGreaterThan(0.05)
  })
})

describe('G1 bad inputs: a clear error, never a pass', () => {
  const errorCase = expectError

  it('an empty holdout', () =>
    errorCase(
      tensorWorkspace('linear_tensor.onnx', {}, 'G1,mae,y,<=,1,,block,,,,,', 'x0,x1,x2,y\n'),
      /no data rows/,
      'data/holdout.csv',
    ))
  it('a missing label column', () =>
    errorCase(
      tensorWorkspace('linear_tensor.onnx', {}, 'G1,mae,y,<=,1,,block,,,,,', 'x0,x1,x2\n1,2,3\n'),
      /no target column "y"/,
      'data/holdout.csv',
    ))
  it('a non-numeric regression label', async () => {
    const e = await errorCase(
      tensorWorkspace(
        'linear_tensor.onnx',
        {},
        'G1,mae,y,<=,1,,block,,,,,',
        'x0,x1,x2,y\n1,2,3,4\n1,2,3,high\n',
      ),
      /Target "y" is missing or not a number/,
    )
    expect(e.problems[0]).toMatchObject({ file: 'data/holdout.csv', line: 3, found: '"high"' })
  })
  it('a missing feature column', () =>
    errorCase(
      tensorWorkspace('linear_tensor.onnx', {}, 'G1,mae,y,<=,1,,block,,,,,', 'x0,x1,y\n1,2,3\n'),
      /no feature column "x2"/,
    ))
  it('a unit that does not match the variable', async () => {
    const e = await errorCase(
      tensorWorkspace(
        'linear_tensor.onnx',
        { target: { name: 'y', unit: '°C' } },
        'G1,mae,y,<=,1,K,block,,,,,',
        LINEAR_HOLDOUT,
      ),
      /unit "K" does not match/,
    )
    expect(e.checks[0]).toMatchObject({ status: 'error', source: { line: 2 } })
  })
  it('a KPI for an unknown variable', () =>
    errorCase(
      tensorWorkspace('linear_tensor.onnx', {}, 'G1,mae,pressure,<=,1,,block,,,,,', LINEAR_HOLDOUT),
      /about variable "pressure", but the model predicts "y"/,
    ))
  it('a KPI G1 cannot compute', () =>
    errorCase(
      tensorWorkspace(
        'linear_tensor.onnx',
        {},
        'G1,accuracy_at_k,y,<=,1,,block,,,,,',
        LINEAR_HOLDOUT,
      ),
      /cannot compute KPI "accuracy_at_k"/,
    ))
  it('a classification KPI on a regression model', () =>
    errorCase(
      tensorWorkspace('linear_tensor.onnx', {}, 'G1,roc_auc,y,>=,0.5,,block,,,,,', LINEAR_HOLDOUT),
      /does not apply to a regression model/,
    ))
  it('a truncated model', () => {
    const dir = tensorWorkspace(
      'linear_tensor.onnx',
      {},
      'G1,mae,y,<=,1,,block,,,,,',
      LINEAR_HOLDOUT,
    )
    const path = join(dir, 'models', 'linear_tensor.onnx')
    writeFileSync(path, readFileSync(path).subarray(0, 60))
    return errorCase(dir, /could not load the model/, 'models/linear_tensor.onnx')
  })
  it('a file that is not ONNX', () => {
    const dir = tensorWorkspace(
      'linear_tensor.onnx',
      {},
      'G1,mae,y,<=,1,,block,,,,,',
      LINEAR_HOLDOUT,
    )
    writeFileSync(join(dir, 'models', 'linear_tensor.onnx'), 'this is a pickle, honest\n')
    return errorCase(dir, /could not load the model/)
  })
  it('a model whose external data file is missing', () =>
    errorCase(
      tensorWorkspace('external.onnx', {}, 'G1,mae,y,<=,1,,block,,,,,', LINEAR_HOLDOUT),
      /external|could not load/,
      'models/external.onnx',
    ))
  it('an input name that is not in the model', () =>
    errorCase(
      tensorWorkspace(
        'linear_tensor.onnx',
        { input: { layout: 'tensor', name: 'x' } },
        'G1,mae,y,<=,1,,block,,,,,',
        LINEAR_HOLDOUT,
      ),
      /has no input "x"/,
    ))
  it('a feature count that does not match the input shape', () =>
    errorCase(
      tensorWorkspace(
        'linear_tensor.onnx',
        { features: ['x0', 'x1'].map((name) => ({ name, dtype: 'float32' })) },
        'G1,mae,y,<=,1,,block,,,,,',
        LINEAR_HOLDOUT,
      ),
      /another width than the 2 features.*\[N, 2\].*\[, 3\]|another width/,
    ))
  it('NaN in the model output', () =>
    errorCase(
      tensorWorkspace(
        'sqrt_tensor.onnx',
        {},
        'G1,mae,y,<=,1,,block,,,,,',
        'x0,x1,x2,y\n4,0,0,2\n-1,0,0,1\n',
      ),
      /Output "variable" is NaN for holdout row 2/,
    ))
  it('a ZipMap classifier output', () =>
    errorCase(
      tensorWorkspace(
        'clf_zipmap.onnx',
        {
          task: 'binary',
          classes: ['no', 'yes'],
          features: ['x0', 'x1'].map((name) => ({ name, dtype: 'float32' })),
          target: { name: 'label' },
          outputs: { prediction: 'output_label', probabilities: 'output_probability' },
        },
        'G1,roc_auc,label,>=,0.5,,block,,,,,',
        readFileSync(join(FIX, 'clf_holdout.csv'), 'utf8'),
      ),
      /zipmap/i,
    ))
  it('a single-class label set for AUC', () =>
    errorCase(
      tensorWorkspace(
        'clf_tensor.onnx',
        {
          task: 'binary',
          classes: ['no', 'yes'],
          features: ['x0', 'x1'].map((name) => ({ name, dtype: 'float32' })),
          target: { name: 'label' },
          outputs: { prediction: 'label', probabilities: 'probabilities' },
        },
        'G1,roc_auc,label,>=,0.5,,block,,,,,',
        'x0,x1,label\n1,1,yes\n2,2,yes\n-1,0,yes\n',
      ),
      /single class/,
    ))
  it('probabilities outside [0, 1]', () => {
    const p = {
      prediction: Float64Array.from([1]),
      probabilities: [Float64Array.from([-0.2]), Float64Array.from([1.2])],
    }
    expect(() => validateProbabilities(p, 'models/m.onnx')).toThrow(InputError)
    expect(() => validateProbabilities(p, 'models/m.onnx')).toThrow(/outside \[0, 1\]/)
  })
})

describe('G1 judges the holdout and nothing else', () => {
  const run = (dir: string, data: string[]) =>
    runGate(
      'G1',
      {
        ssot: 'ssot',
        data: parseDataInputs(data),
        options: { bootstrap: '0', 'latency-calls': '10' },
      },
      { gates: findGate, workspaceRoot: dir, context: { mode: 'local' } },
    )
  const dir = tensorWorkspace('linear_tensor.onnx', {}, 'G1,mae,y,<=,1,,block,,,,,', LINEAR_HOLDOUT)
  writeFileSync(join(dir, 'data', 'train.csv'), 'x0,x1,x2,y\n1,1,1,6.5\n')
  writeFileSync(join(dir, 'data', 'other.csv'), LINEAR_HOLDOUT)

  it('a data input that names only training data is an error that says so, never the holdout', async () => {
    // Before: `training=...` became the holdout, and G1 measured the model on the rows it learnt from.
    const e = await run(dir, ['training=data/train.csv'])
    expect(e.status).toBe('error')
    expect(e.subject.data).toEqual([])
    expect(e.problems[0]).toMatchObject({
      message: 'G1 evaluates the model on the holdout, and the data input names no holdout',
      found: 'training=data/train.csv',
    })
    expect(e.problems[0]!.expected).toMatch(/holdout=FILE, or a single file path without a role/)
  })

  it('several files without a holdout, or two holdouts, are errors', async () => {
    expect((await run(dir, ['data/train.csv', 'data/other.csv'])).problems[0]).toMatchObject({
      message: /names no holdout/,
      found: 'data/train.csv, data/other.csv',
    })
    expect(
      (await run(dir, ['holdout=data/train.csv', 'holdout=data/other.csv'])).problems[0],
    ).toMatchObject({
      message: 'G1 evaluates one holdout, and the data input names 2',
      found: 'data/train.csv, data/other.csv',
    })
  })

  it('takes holdout=FILE among other roles, a bare holdout.csv, or one bare path', async () => {
    const named = await run(dir, ['training=data/train.csv', 'holdout=data/other.csv'])
    expect(named.status, errorText(named)).toBe('pass')
    expect(named.subject.data).toEqual([
      expect.objectContaining({ role: 'holdout', path: 'data/other.csv', rows: 4 }),
    ])
    expect((await run(dir, ['data/train.csv', 'data/holdout.csv'])).subject.data).toEqual([
      expect.objectContaining({ path: 'data/holdout.csv' }),
    ])
    expect((await run(dir, ['data/other.csv'])).subject.data).toEqual([
      expect.objectContaining({ path: 'data/other.csv', rows: 4 }),
    ])
  })
})

describe('G1 on a binary classifier with a tensor input', () => {
  it('computes the classification KPIs and the confusion matrix', async () => {
    const dir = tensorWorkspace(
      'clf_tensor.onnx',
      {
        task: 'binary',
        classes: ['no', 'yes'],
        features: ['x0', 'x1'].map((name) => ({ name, dtype: 'float32' })),
        target: { name: 'label' },
        outputs: { prediction: 'label', probabilities: 'probabilities' },
      },
      'G1,roc_auc,label,>=,0.8,ratio,block,,,,ci,0.9\nG1,f1,label,>=,0.7,,block,,,,,\nG1,ece,label,<=,0.2,ratio,warn,,,,,',
      readFileSync(join(FIX, 'clf_holdout.csv'), 'utf8'),
    )
    const e = await g1(dir)
    expect(e.status, JSON.stringify(e.checks)).toBe('pass')
    expect(find(e, 'G1.L2.roc_auc.label')!.value as number).toBeGreaterThan(0.85)
    const tables = e.report.tables as { title: string; rows: number[][] }[]
    const cm = tables.find((t) => t.title.startsWith('Confusion matrix'))!
    expect(cm.rows.flatMap((r) => r.slice(1)).reduce((a, b) => a + b, 0)).toBe(200)
  })
})

describe('G1 reads label outputs and holdout labels by value, through the declared classes', () => {
  const binary = (
    config: Record<string, unknown>,
    kpis: string,
    holdout = fixtureText('clf_holdout.csv'),
    model = 'clf_tensor.onnx',
  ) => tensorWorkspace(model, CLASSIFIER(['no', 'yes'], config), kpis, holdout)

  it('a classifier trained on the string labels "no"/"yes": its string label output is mapped, not parsed as an index', async () => {
    const e = await g1(binary({}, 'G1,accuracy,label,>=,0.7,,block,,,,,'))
    expect(e.status, JSON.stringify(e.problems)).toBe('pass')
    // Before, Number("yes") gave NaN for every predicted class; the confusion matrix now counts all 200 rows.
    const cm = table(e, /^Confusion matrix/)
    expect(cm.columns).toEqual(['actual \\ predicted', 'no', 'yes'])
    expect(cm.rows.flatMap((r) => r.slice(1) as number[]).reduce((a, b) => a + b, 0)).toBe(200)
  })

  it("classes declared in another order than the graph's classlabels are an error, not silently flipped metrics", async () => {
    const e = await expectError(
      tensorWorkspace(
        'clf_tensor.onnx',
        CLASSIFIER(['yes', 'no']),
        'G1,accuracy,label,>=,0.7,,block,,,,,',
        fixtureText('clf_holdout.csv'),
      ),
      /orders its classes differently from classes in ssot\/model.json/,
      'models/clf_tensor.onnx',
    )
    expect(e.problems[0]!.found).toMatch(
      /"no", "yes" in LinearClassifier node .*classlabels_strings/,
    )
    await expectError(
      tensorWorkspace(
        'clf_tensor.onnx',
        CLASSIFIER(['no', 'maybe']),
        'G1,accuracy,label,>=,0.7,,block,,,,,',
        'x0,x1,label\n1,1,no\n-1,-1,maybe\n',
      ),
      /class labels are not the classes in ssot\/model.json/,
    )
  })

  it('integer labels 1, 2, 3 are label values, not indexes (classes as integers or as their text)', async () => {
    for (const classes of [
      [1, 2, 3],
      ['1', '2', '3'],
    ]) {
      const e = await g1(
        tensorWorkspace(
          'clf_int3.onnx',
          CLASSIFIER(classes),
          'G1,accuracy,label,>=,0.6,,block,,,,,',
          fixtureText('clf_int3_holdout.csv'),
        ),
      )
      expect(e.status, JSON.stringify(e.problems)).toBe('pass')
      const cm = table(e, /^Confusion matrix/)
      // Every row counted on the diagonal or off it: no label read as an out-of-range index.
      expect(cm.rows.flatMap((r) => r.slice(1) as number[]).reduce((a, b) => a + b, 0)).toBe(200)
      expect(find(e, 'G1.L2.accuracy.label').value as number).toBeGreaterThan(0.6)
    }
    await expectError(
      tensorWorkspace(
        'clf_int3.onnx',
        CLASSIFIER([3, 2, 1]),
        'G1,accuracy,label,>=,0.6,,block,,,,,',
        fixtureText('clf_int3_holdout.csv'),
      ),
      /orders its classes differently.*|classlabels_ints/,
    )
  })

  it('the multiclass reliability diagram plots the top-label confidence in the ece-bins bins of ECE', async () => {
    const e = await g1(
      tensorWorkspace(
        'clf_int3.onnx',
        CLASSIFIER([1, 2, 3]),
        'G1,ece,label,<=,1,ratio,block,,,,,',
        fixtureText('clf_int3_holdout.csv'),
      ),
      { bootstrap: '0', 'latency-calls': '10', 'ece-bins': '4' },
    )
    expect(e.status, errorText(e)).toBe('pass')
    const [chart] = e.report.charts as {
      id: string
      title: string
      xLabel: string
      series: { points: [number, number][] }[]
    }[]
    expect(chart).toMatchObject({
      id: 'calibration',
      title: 'Reliability diagram (the 4 equal-width bins of ECE)',
      xLabel: 'mean top-label confidence',
    })
    const points = chart!.series[0]!.points
    // At most 4 bins, and a top-label confidence of 3 classes is at least 1/3 (class 1's own probability is not).
    expect(points.length).toBeGreaterThan(0)
    expect(points.length).toBeLessThanOrEqual(4)
    for (const [x, acc] of points) {
      expect(x).toBeGreaterThanOrEqual(1 / 3)
      expect(acc).toBeGreaterThanOrEqual(0)
      expect(acc).toBeLessThanOrEqual(1)
    }
  })

  it('a one-vs-rest graph (labels behind an ArrayFeatureExtractor) is checked too, and its inner 0/1 classifiers are not mistaken for the classes', async () => {
    const ok = await g1(
      tensorWorkspace(
        'clf_ovr.onnx',
        CLASSIFIER([1, 2, 3]),
        'G1,accuracy,label,>=,0.6,,block,,,,,',
        fixtureText('clf_int3_holdout.csv'),
      ),
    )
    expect(ok.status, JSON.stringify(ok.problems)).toBe('pass')
    const e = await expectError(
      tensorWorkspace(
        'clf_ovr.onnx',
        CLASSIFIER([2, 1, 3]),
        'G1,accuracy,label,>=,0.6,,block,,,,,',
        fixtureText('clf_int3_holdout.csv'),
      ),
      /orders its classes differently/,
    )
    expect(e.problems[0]!.found).toMatch(/ArrayFeatureExtractor node .* over initializer "classes"/)
  })

  it('negative integer labels (-1/1) of a tree ensemble are read exactly, and their order is checked', async () => {
    const holdout = fixtureText('clf_holdout.csv')
      .replace(/,yes\n/g, ',1\n')
      .replace(/,no\n/g, ',-1\n')
    const e = await g1(
      tensorWorkspace(
        'clf_forest_pm1.onnx',
        CLASSIFIER([-1, 1]),
        'G1,accuracy,label,>=,0.7,,block,,,,,',
        holdout,
      ),
    )
    expect(e.status, errorText(e)).toBe('pass')
    const swapped = await expectError(
      tensorWorkspace(
        'clf_forest_pm1.onnx',
        CLASSIFIER([1, -1]),
        'G1,accuracy,label,>=,0.7,,block,,,,,',
        holdout,
      ),
      /orders its classes differently/,
    )
    expect(swapped.problems[0]!.found).toMatch(
      /"-1", "1" in TreeEnsembleClassifier node .*classlabels_int64s/,
    )
  })

  it('a label output value that is not a declared class names the row, the value and the classes', async () => {
    // clf_argmax's label output is ArgMax: indexes 0/1, which are not the labels "no"/"yes".
    const e = await expectError(
      binary({}, 'G1,accuracy,label,>=,0.7,,block,,,,,', undefined, 'clf_argmax.onnx'),
      /The label output "label" predicts \d for holdout row 1, which is not one of the classes/,
    )
    expect(e.problems[0]).toMatchObject({
      file: 'models/clf_argmax.onnx',
      expected: 'one of "no", "yes" (the label values, not class indexes)',
    })
  })

  it('a holdout label that is not a declared class names the line; numeric text matches integer classes by value', async () => {
    const e = await expectError(
      binary({}, 'G1,accuracy,label,>=,0.7,,block,,,,,', 'x0,x1,label\n1,1,yes\n2,2,maybe\n'),
      /Label "label" is not one of the model's classes/,
    )
    expect(e.problems[0]).toMatchObject({ file: 'data/holdout.csv', line: 3, found: '"maybe"' })
    // "2.0" is the integer class 2; an index ("0") is not a label.
    const holdout = fixtureText('clf_int3_holdout.csv').replace(/,2\n/g, ',2.0\n')
    expect(
      (
        await g1(
          tensorWorkspace(
            'clf_int3.onnx',
            CLASSIFIER([1, 2, 3]),
            'G1,accuracy,label,>=,0.6,,block,,,,,',
            holdout,
          ),
        )
      ).status,
    ).toBe('pass')
    const idx = await expectError(
      tensorWorkspace(
        'clf_int3.onnx',
        CLASSIFIER([1, 2, 3]),
        'G1,accuracy,label,>=,0.6,,block,,,,,',
        'x0,x1,label\n1,1,3\n1,1,0\n',
      ),
      /not one of the model's classes/,
    )
    expect(idx.problems[0]).toMatchObject({ line: 3, found: '"0"' })
  })

  it('a class declared twice (1 and "1") is an error at its JSON pointer', async () => {
    const e = await expectError(
      tensorWorkspace(
        'clf_int3.onnx',
        CLASSIFIER([1, '1', 3]),
        'G1,accuracy,label,>=,0.6,,block,,,,,',
        fixtureText('clf_int3_holdout.csv'),
      ),
      /declared twice/,
    )
    expect(e.problems[0]).toMatchObject({ file: 'ssot/model.json', pointer: '/classes/1' })
  })

  it('one-vs-rest AUC with a class absent from the holdout says which class is missing (not "single class")', async () => {
    const holdout = fixtureText('clf_int3_holdout.csv')
      .split('\n')
      .filter((l) => !l.endsWith(',3'))
      .join('\n')
    const e = await expectError(
      tensorWorkspace(
        'clf_int3.onnx',
        CLASSIFIER([1, 2, 3]),
        'G1,roc_auc_ovr,label,>=,0.6,,block,,,,,\nG1,f1_macro,label,>=,0,,block,,,,,',
        holdout,
      ),
      /kpi_acceptance.csv:2: one-vs-rest ROC AUC is undefined: class "3" never occurs in the holdout labels/,
    )
    expect(errorText(e)).not.toMatch(/single class/)
  })
})

describe('G1 fetches only the outputs model.json maps', () => {
  it('a ZipMap model with only its tensor label output mapped runs (no raw onnxruntime error)', async () => {
    const dir = tensorWorkspace(
      'clf_zipmap.onnx',
      CLASSIFIER(['no', 'yes'], { outputs: { prediction: 'output_label' } }),
      'G1,accuracy,label,>=,0.7,,block,,,,,\nG1,f1,label,>=,0.7,,block,,,,,',
      fixtureText('clf_holdout.csv'),
    )
    const e = await g1(dir)
    expect(e.status, errorText(e)).toBe('pass')
    expect(errorText(e)).not.toMatch(/Non tensor type/)
    expect(find(e, 'G1.L2.accuracy.label').value as number).toBeGreaterThan(0.7)
  })
})

describe('G1 report says how it measured', () => {
  it('the markdown report states the bootstrap, latency, throughput and threads, not only the evidence JSON', async () => {
    const e = await g1(templateWorkspace(), {
      bootstrap: '150',
      seed: '77',
      'latency-calls': '25',
      warmup: '7',
      'batch-size': '300',
    })
    const md = renderMarkdown(e, { maxLength: 1_000_000 })
    expect(md).toContain('### How this was measured')
    expect(md).toMatch(/paired percentile bootstrap: 150 resamples of 730 rows .* seeded with 77/)
    expect(md).toMatch(/each check at the confidence of its rule \\?\(95%\\?\)/)
    expect(md).toMatch(
      /7 untimed warm-up calls, then 25 timed InferenceSession.run calls with a batch of 1 row each/,
    )
    expect(md).toMatch(/batch of 300 rows .* best of 3 runs/)
    expect(md).toMatch(/intra-op threads: onnxruntime default/)
    expect(e.report.operations).toMatchObject({
      latencyMs: { calls: 25, warmup: 7 },
      throughputBatchRows: 300,
      intraOpThreads: 0,
    })
  })
})

describe('G1 smaller rules', () => {
  it('a ratio threshold outside [0, 1] (90 meant as %) is an error naming the CSV line', async () => {
    const dir = templateWorkspace((d) =>
      writeKpis(
        d,
        'G1,mae,temp_max,<=,3,°C,block,,,,,\nG1,coverage,temp_max,>=,90,ratio,block,,,,,',
      ),
    )
    const e = await expectError(
      dir,
      /ssot\/kpi_acceptance.csv:3: threshold 90 is outside \[0, 1\], but coverage is a ratio.*write 0.9/,
    )
    expect(find(e, 'G1.L3.coverage.temp_max')).toMatchObject({
      status: 'error',
      source: { line: 3 },
    })
    expect(find(e, 'G1.L2.mae.temp_max').status).toBe('pass')
  })

  it('an infinite target value (1e999) is an error naming the row, not a fail with value null', async () => {
    const e = await expectError(
      tensorWorkspace(
        'linear_tensor.onnx',
        {},
        'G1,mae,y,<=,1,,block,,,,,',
        'x0,x1,x2,y\n1,0,0,1.5\n0,1,0,1e999\n',
      ),
      /Target "y" is not a finite number/,
    )
    expect(e.problems[0]).toMatchObject({ file: 'data/holdout.csv', line: 3, found: '"1e999"' })
  })

  it('MAPE over a target with zeros says so in the check and the report (the template has 0 °C days)', async () => {
    const dir = templateWorkspace((d) => writeKpis(d, 'G1,mape,temp_max,<=,0.5,ratio,warn,,,,,'))
    const e = await g1(dir)
    const check = find(e, 'G1.L2.mape.temp_max')
    expect(check.value as number).toBeGreaterThan(1e6)
    expect(check.message).toMatch(
      /temp_max is 0 on \d+ of 730 holdout rows: MAPE .* not meaningful/,
    )
    const row = table(e, 'Metrics on the holdout').rows.find((r) => r[0] === 'mape')!
    expect(String(row.at(-1))).toMatch(/is 0 on \d+ of 730/)
  })

  it("probabilities: strictly inside [0, 1], and rows summing to 0.9992 are refused (scikit-learn's sum rule)", () => {
    const p = { probabilities: [Float64Array.from([-0.2]), Float64Array.from([1.2])] }
    expect(() => validateProbabilities(p, 'models/m.onnx')).toThrow(InputError)
    expect(() => validateProbabilities(p, 'models/m.onnx')).toThrow(/outside \[0, 1\]/)
    expect(() =>
      validateProbabilities(
        { probabilities: [Float64Array.from([1.0000001]), Float64Array.from([0])] },
        'm',
      ),
    ).toThrow(/outside \[0, 1\]/)
    const short = {
      probabilities: [Float64Array.from([0.5, 0.4996]), Float64Array.from([0.5, 0.4996])],
    }
    for (const dtype of ['float32', 'float64'] as const)
      expect(() => validateProbabilities({ ...short, probabilityDtype: dtype }, 'm')).toThrow(
        /do not sum to 1 on holdout row 2/,
      )
    expect(() =>
      validateProbabilities(
        { probabilities: [Float64Array.from([0.3]), Float64Array.from([0.7])] },
        'm',
      ),
    ).not.toThrow()
  })
})
