import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadOnnxRuntime } from '../../../src/onnx/runtime-loader.js'
import {
  errorText,
  expectAgreement,
  expectError,
  find,
  FIX,
  fixtureText,
  g1,
  hasPythonOnnx,
  onnxReference,
  tensorWorkspace,
} from './workspace.js'

/**
 * Regression per output variable: a real two-output scikit-learn
 * LinearRegression exported by skl2onnx (__tests__/fixtures/g1/make_fixtures.py),
 * once as one [N, 2] output and once split into two outputs.
 */
const HOLDOUT = fixtureText('multi_holdout.csv')
const KPIS =
  'G1,mae,y_a,<=,0.5,°C,block,,,,,\nG1,mae,y_b,<=,1,,block,,,,,\nG1,r2,y_b,>=,0.5,,block,,,,,'
const config = (targets: unknown[], extra: Record<string, unknown> = {}) => ({
  target: undefined,
  targets,
  ...extra,
})

describe('G1 regression with several output variables', () => {
  it('one [N, 2] output: each column is a variable with its own KPIs, equal to scikit-learn on the same ONNX outputs', async () => {
    const dir = tensorWorkspace(
      'multi_output.onnx',
      config([{ name: 'y_a', unit: '°C' }, { name: 'y_b' }]),
      KPIS,
      HOLDOUT,
    )
    const e = await g1(dir)
    expect(e.status, errorText(e)).toBe('pass')
    expect(e.report.variables).toEqual(['y_a', 'y_b'])
    expect(find(e, 'G1.L2.mae.y_a')).toMatchObject({ unit: '°C', variable: 'y_a', status: 'pass' })
    expect(find(e, 'G1.L3.mae.y_b').value).not.toEqual(find(e, 'G1.L2.mae.y_a').value)
    expect((e.report.charts as { id: string }[]).map((c) => c.id)).toEqual([
      'predicted-vs-actual-y_a',
      'residuals-y_a',
      'predicted-vs-actual-y_b',
      'residuals-y_b',
    ])
    if (hasPythonOnnx) {
      const ref = onnxReference({
        model: join(FIX, 'multi_output.onnx'),
        holdout: join(FIX, 'multi_holdout.csv'),
        features: ['x0', 'x1', 'x2'],
        input: 'input',
        task: 'regression',
        targets: [
          { name: 'y_a', column: 'y_a', output: 'variable', index: 0 },
          { name: 'y_b', column: 'y_b', output: 'variable', index: 1 },
        ],
      })
      expectAgreement(e, ref)
    }
  })

  it('two outputs (one per variable), holdout columns named apart from the variables', async () => {
    const split = tensorWorkspace(
      'multi_output_split.onnx',
      config([
        { name: 'y_a', unit: '°C', prediction: 'y_a' },
        { name: 'flow', column: 'y_b', prediction: 'y_b' },
      ]),
      'G1,mae,y_a,<=,0.5,°C,block,,,,,\nG1,mae,flow,<=,1,,block,,,,,',
      HOLDOUT,
    )
    const whole = tensorWorkspace(
      'multi_output.onnx',
      config([{ name: 'y_a', unit: '°C' }, { name: 'y_b' }]),
      KPIS,
      HOLDOUT,
    )
    const [a, b] = await Promise.all([g1(split), g1(whole)])
    expect(a.status, errorText(a)).toBe('pass')
    expect(find(a, 'G1.L2.mae.y_a').value).toBe(find(b, 'G1.L2.mae.y_a').value)
    expect(find(a, 'G1.L3.mae.flow').value).toBe(find(b, 'G1.L3.mae.y_b').value)
  })

  it('an explicit column index picks one column of an [N, k] output', async () => {
    const one = tensorWorkspace(
      'multi_output.onnx',
      config([{ name: 'y_b', prediction: { output: 'variable', index: 1 } }]),
      'G1,mae,y_b,<=,1,,block,,,,,',
      HOLDOUT,
    )
    const both = tensorWorkspace(
      'multi_output.onnx',
      config([{ name: 'y_a', unit: '°C' }, { name: 'y_b' }]),
      KPIS,
      HOLDOUT,
    )
    const [a, b] = await Promise.all([g1(one), g1(both)])
    expect(find(a, 'G1.L2.mae.y_b').value).toBe(find(b, 'G1.L3.mae.y_b').value)
  })

  it('a KPI for a variable the model does not have lists the variables', () =>
    expectError(
      tensorWorkspace(
        'multi_output.onnx',
        config([{ name: 'y_a' }, { name: 'y_b' }]),
        'G1,mae,y_c,<=,1,,block,,,,,',
        HOLDOUT,
      ),
      /about variable "y_c", but the model predicts the variables "y_a", "y_b"/,
    ))

  it('an [N, 2] output read by a single target without an index is an error, not a silent first column', () =>
    expectError(
      tensorWorkspace(
        'multi_output.onnx',
        {},
        'G1,mae,y,<=,1,,block,,,,,',
        'x0,x1,x2,y\n1,0,0,1.5\n',
      ),
      /Output "variable" has 2 values per row.*1 value per row, one per target that reads it \(y \(prediction\)\)/,
    ))

  it('bad targets config: both target and targets, duplicate names, one interval bound, a missing target column', async () => {
    const both = await expectError(
      tensorWorkspace(
        'multi_output.onnx',
        { targets: [{ name: 'y_a' }, { name: 'y_b' }] },
        KPIS,
        HOLDOUT,
      ),
      /gives both target and targets/,
    )
    expect(both.problems[0]).toMatchObject({ file: 'ssot/model.json', pointer: '/targets' })
    const dup = await expectError(
      tensorWorkspace(
        'multi_output.onnx',
        config([{ name: 'y_a' }, { name: 'y_a' }]),
        KPIS,
        HOLDOUT,
      ),
      /Two targets are named "y_a"/,
    )
    expect(dup.problems[0]).toMatchObject({ pointer: '/targets/1/name' })
    await expectError(
      tensorWorkspace(
        'multi_output.onnx',
        config([{ name: 'y_a', lower: 'variable' }, { name: 'y_b' }]),
        KPIS,
        HOLDOUT,
      ),
      /has a lower interval bound without the other/,
    )
    await expectError(
      tensorWorkspace(
        'multi_output.onnx',
        config([{ name: 'y_a' }, { name: 'y_b', column: 'flow' }]),
        KPIS,
        HOLDOUT,
      ),
      /The holdout has no target column "flow"/,
    )
    await expectError(
      tensorWorkspace(
        'clf_tensor.onnx',
        { task: 'binary', classes: ['no', 'yes'], target: undefined, targets: [{ name: 'label' }] },
        KPIS,
        HOLDOUT,
      ),
      /ssot\/model.json.*Missing required property "target"/,
    )
  })
})

/** The two columns of multi_output.onnx's "variable" output on the holdout rows, from onnxruntime-node itself. */
async function modelColumns(
  csv: string,
): Promise<{ rows: string[]; col: [Float64Array, Float64Array] }> {
  const rows = csv.trim().split('\n').slice(1)
  const features = Float32Array.from(rows.flatMap((r) => r.split(',').slice(0, 3).map(Number)))
  const ort = await loadOnnxRuntime()
  const session = await ort.InferenceSession.create(join(FIX, 'multi_output.onnx'))
  try {
    const out = (
      await session.run({ input: new ort.Tensor('float32', features, [rows.length, 3]) })
    ).variable!.data as Float32Array
    const col = (j: number) => Float64Array.from({ length: rows.length }, (_, i) => out[i * 2 + j]!)
    return { rows, col: [col(0), col(1)] }
  } finally {
    await session.release()
  }
}

describe('G1 interval bounds from one [N, 2] output', () => {
  // Column 1 of the two-output model as the lower bound of y_a, column 0 as the upper bound.
  const bounds = {
    target: undefined,
    targets: [
      {
        name: 'y_a',
        prediction: { output: 'variable', index: 0 },
        lower: { output: 'variable', index: 1 },
        upper: { output: 'variable', index: 0 },
      },
    ],
  }
  const KPI = 'G1,interval_width,y_a,<=,100,,block,,,,,\nG1,coverage,y_a,>=,0,ratio,block,,,,,'

  it('an output serving as both lower and upper needs explicit indexes', () =>
    expectError(
      tensorWorkspace(
        'multi_output.onnx',
        { outputs: { prediction: 'variable', lower: 'variable', upper: 'variable' } },
        'G1,mae,y,<=,1,,block,,,,,',
        'x0,x1,x2,y\n1,0,0,1.5\n',
      ),
      /Output "variable" serves as prediction and lower and upper/,
    ))

  it('bounds that cross on some rows are an error naming the first row and its values, not a negative width that passes', async () => {
    const { col } = await modelColumns(HOLDOUT)
    const crossed = col[0].map((upper, i) => (col[1][i]! > upper ? 1 : 0))
    const first = crossed.indexOf(1)
    const count = crossed.reduce((a, b) => a + b, 0)
    expect(first).toBeGreaterThanOrEqual(0)
    const e = await expectError(
      tensorWorkspace('multi_output.onnx', bounds, KPI, HOLDOUT),
      new RegExp(
        `The interval bounds of "y_a" cross on holdout row ${first + 1} \\(and ${count - 1} more of 300 rows\\)`,
      ),
    )
    expect(e.problems[0]).toMatchObject({
      file: 'models/multi_output.onnx',
      found: `lower ${col[1][first]}, upper ${col[0][first]}`,
    })
    expect(e.checks).toEqual([])
  })

  it('on rows where they do not cross: interval_width and coverage are the mean width and the share of y_a inside', async () => {
    const { rows, col } = await modelColumns(HOLDOUT)
    const keep = rows.map((_r, i) => i).filter((i) => col[1][i]! <= col[0][i]!)
    expect(keep.length).toBeGreaterThan(10)
    const holdout = ['x0,x1,x2,y_a,y_b', ...keep.map((i) => rows[i]!)].join('\n') + '\n'
    let width = 0
    let inside = 0
    for (const i of keep) {
      width += col[0][i]! - col[1][i]!
      const y = Number(rows[i]!.split(',')[3])
      if (y >= col[1][i]! && y <= col[0][i]!) inside++
    }
    const e = await g1(tensorWorkspace('multi_output.onnx', bounds, KPI, holdout))
    expect(e.status, errorText(e)).toBe('pass')
    expect(find(e, 'G1.L2.interval_width.y_a').value).toBeCloseTo(width / keep.length, 12)
    expect(find(e, 'G1.L2.interval_width.y_a').value as number).toBeGreaterThan(0)
    expect(find(e, 'G1.L3.coverage.y_a').value).toBe(inside / keep.length)
  })
})
