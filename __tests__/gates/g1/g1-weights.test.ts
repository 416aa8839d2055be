import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { verifyEvidence } from '../../../src/engine/evidence.js'
import { readHoldout } from '../../../src/gates/g1/holdout.js'
import { renderMarkdown } from '../../../src/report/markdown.js'
import { seededRandom } from '../../support/random.js'
import {
  CLASSIFIER,
  editModel,
  errorText,
  expectAgreement,
  expectError,
  find,
  FIX,
  fixtureText,
  g1,
  hasPythonOnnx,
  onnxReference,
  table,
  templateWorkspace,
  tensorWorkspace,
} from './workspace.js'

/** Appends a column `w` to a CSV, one weight per data row from `weight(row index)`. */
function withWeights(csv: string, weight: (i: number) => string): string {
  const [header, ...rows] = csv.trimEnd().split('\n')
  return `${header},w\n${rows.map((r, i) => `${r},${weight(i)}`).join('\n')}\n`
}

/** Integer, fractional and zero weights, seeded. */
function mixedWeight(seed: number): (i: number) => string {
  const random = seededRandom(seed)
  return (i) => {
    const u = random()
    if (i % 7 === 3) return '0'
    return i % 3 === 0 ? String(1 + Math.floor(u * 4)) : (u * 2.5 + 0.01).toFixed(3)
  }
}

describe.skipIf(!hasPythonOnnx)(
  'G1 on a weighted holdout equals scikit-learn with sample_weight, end to end',
  () => {
    it('the template model (onnxruntime, per-feature string and float inputs): weighted MAE, RMSE, R², MAPE, mean error, coverage, width, per slice too; max error unweighted', async () => {
      const dir = templateWorkspace((d) => {
        const path = join(d, 'data', 'holdout.csv')
        writeFileSync(path, withWeights(readFileSync(path, 'utf8'), mixedWeight(9)))
        editModel(d, (m) => (m.weight = 'w'))
      })
      const e = await g1(dir)
      expect(['pass', 'fail'], errorText(e)).toContain(e.status)
      const features = ['location', 'precipitation', 'temp_min', 'wind']
      const ref = onnxReference({
        model: join(dir, 'models', 'temp_max.onnx'),
        holdout: join(dir, 'data', 'holdout.csv'),
        features,
        input: null,
        dtypes: { location: 'string' },
        task: 'regression',
        targets: [
          {
            name: 'temp_max',
            column: 'temp_max',
            output: 'variable',
            index: 0,
            lower: 'lower',
            upper: 'upper',
          },
        ],
        weight: 'w',
        slice: 'location',
      })
      const whole = Object.fromEntries(Object.entries(ref).filter(([k]) => !k.includes('@')))
      expect(Object.keys(whole).sort()).toEqual(
        ['bias', 'coverage', 'interval_width', 'mae', 'mape', 'max_error', 'r2', 'rmse'].map(
          (k) => `${k}:temp_max`,
        ),
      )
      expectAgreement(e, whole)
      // The weights matter: the unweighted MAE is another number.
      const plain = onnxReference({
        model: join(dir, 'models', 'temp_max.onnx'),
        holdout: join(dir, 'data', 'holdout.csv'),
        features,
        input: null,
        dtypes: { location: 'string' },
        task: 'regression',
        targets: [{ name: 'temp_max', column: 'temp_max', output: 'variable', index: 0 }],
      })
      expect(Math.abs(plain['mae:temp_max']! - ref['mae:temp_max']!)).toBeGreaterThan(1e-4)
      // Checks read the weighted values; slices use the weights of their rows.
      expect(find(e, 'G1.L2.mae.temp_max').value).toBeCloseTo(ref['mae:temp_max']!, 12)
      const slices = table(e, 'Slices by location')
      expect(slices.columns.slice(0, 3)).toEqual(['location', 'rows', 'weight'])
      for (const row of slices.rows) {
        for (const kpi of ['mae', 'rmse', 'coverage']) {
          const want = ref[`${kpi}:temp_max@${row[0]}`]!
          const got = row[slices.columns.indexOf(kpi)] as number
          expect(Math.abs(got - want), `${kpi} on ${row[0]}`).toBeLessThanOrEqual(
            1e-9 * Math.max(1, Math.abs(want)),
          )
        }
      }
      // The evidence says the metrics are weighted and by which column, and stays valid.
      expect(e.subject.data[0]).toMatchObject({
        role: 'holdout',
        path: 'data/holdout.csv',
        weightColumn: 'w',
      })
      expect(e.report.sampleWeights).toMatchObject({
        column: 'w',
        zeroWeightRows: 104,
        unweighted: ['max_error', 'latency', 'throughput'],
      })
      expect(e.summary).toMatch(/730 holdout rows weighted by column "w"/)
      expect(verifyEvidence(e, 'evidence.json')).toEqual([])
      const md = renderMarkdown(e, { maxLength: 1_000_000 })
      // The markdown escapes the column name's quotes.
      expect(md).toMatch(
        /sample weights \| every metric is weighted by holdout column &#34;w&#34; \(total weight [\d.]+; 104 of 730 rows weigh 0\)/,
      )
      expect(md).toMatch(/max_error is unweighted/)
      expect(md).toMatch(/each drawn row carrying its sample weight/)
    })

    it('a binary classifier: weighted accuracy, balanced accuracy, P/R/F1, ROC AUC, AP, log loss, Brier; the confusion matrix sums weights', async () => {
      const holdout = withWeights(fixtureText('clf_holdout.csv'), mixedWeight(21))
      const dir = tensorWorkspace(
        'clf_tensor.onnx',
        CLASSIFIER(['no', 'yes'], { weight: 'w' }),
        'G1,roc_auc,label,>=,0.5,ratio,block,,,,,\nG1,average_precision,label,>=,0.5,ratio,block,,,,,\nG1,log_loss,label,<=,5,,block,,,,,\nG1,brier,label,<=,1,,block,,,,,',
        holdout,
      )
      const e = await g1(dir)
      expect(e.status, errorText(e)).toBe('pass')
      const ref = onnxReference({
        model: join(FIX, 'clf_tensor.onnx'),
        holdout: join(dir, 'data', 'holdout.csv'),
        features: ['x0', 'x1'],
        input: 'input',
        task: 'binary',
        classes: ['no', 'yes'],
        label: 'label',
        prediction: 'label',
        probabilities: 'probabilities',
        weight: 'w',
      })
      // sklearn computes log loss of float32 arrays in float32: equal to float32 precision.
      expectAgreement(e, ref, 1e-9, { log_loss: 1e-6 })
      const cm = table(e, /^Confusion matrix, summed sample weights of column "w"/)
      const total = holdout
        .trimEnd()
        .split('\n')
        .slice(1)
        .reduce((s, line) => s + Number(line.split(',').at(-1)), 0)
      expect(cm.rows.flatMap((r) => r.slice(1) as number[]).reduce((a, b) => a + b, 0)).toBeCloseTo(
        total,
        9,
      )
      expect(verifyEvidence(e, 'evidence.json')).toEqual([])
    })
  },
)

describe('G1 bad sample weights: a clear error naming the file, line and column', () => {
  const kpi = 'G1,mae,y,<=,10,,block,,,,,'
  const linear = (holdout: string, config: Record<string, unknown> = { weight: 'w' }) =>
    tensorWorkspace('linear_tensor.onnx', config, kpi, holdout)
  const rows = (...weights: string[]) =>
    `x0,x1,x2,y,w\n${weights.map((w, i) => `${i},1,0,${i + 2},${w}`).join('\n')}\n`

  it('a missing weight column', () =>
    expectError(
      linear('x0,x1,x2,y\n1,0,0,1.5\n'),
      /The holdout has no sample weight column "w"/,
      'data/holdout.csv',
    ))

  for (const [what, cell, message] of [
    ['a non-numeric weight', 'heavy', /Sample weight "w" is not a number/],
    ['a negative weight', '-0.5', /Sample weight "w" is negative/],
    ['a NaN weight', 'NaN', /Sample weight "w" is not a finite number/],
    ['an infinite weight', 'inf', /Sample weight "w" is not a finite number/],
    ['a weight that overflows', '1e999', /Sample weight "w" is not a finite number \(it overflows/],
    ['an empty weight', '', /Sample weight "w" is empty/],
    ['a null token as weight', 'NA', /Sample weight "w" is missing/],
  ] as const) {
    it(what, async () => {
      const e = await expectError(linear(rows('1', '2', cell)), message)
      expect(e.problems[0]).toMatchObject({
        file: 'data/holdout.csv',
        line: 4,
        expected: 'a finite number >= 0 on every holdout row',
        found: JSON.stringify(cell),
      })
    })
  }

  it('weights that are all 0', async () => {
    const e = await expectError(
      linear(rows('0', '0', '0.0')),
      /Every sample weight in column "w" is 0, so no weighted metric is defined/,
    )
    expect(e.problems[0]).toMatchObject({
      file: 'data/holdout.csv',
      found: '3 rows, all with weight 0',
    })
  })

  it('weights that are all 0 within one value of a slice column names the slice', async () => {
    const holdout =
      'x0,x1,x2,y,w,group\n1,0,0,1.5,1,a\n0,1,0,2.5,2,a\n0,0,1,3.75,0,b\n2,2,2,12.5,0,b\n'
    const e = await expectError(
      linear(holdout, { weight: 'w', slices: ['group'] }),
      /Slice group="b" has 2 rows \(the first is data row 3\), all with sample weight 0 in column "w": every weighted metric on that slice would divide by zero/,
    )
    expect(e.problems[0]).toMatchObject({
      file: 'data/holdout.csv',
      found: 'total weight 0 over 2 rows',
    })
  })

  it('a slice whose positive rows weigh 0 has no weighted AUC: the slice gap is an error naming that slice, never NaN', async () => {
    const holdout = withWeights(
      'x0,x1,label,site\n1,1,yes,A\n-1,-1,no,A\n0.2,-0.1,no,A\n-0.3,0.5,yes,A\n1,1,yes,B\n-1,-1,no,B\n0.2,-0.1,no,B\n-0.3,0.5,yes,B\n',
      (i) => (i >= 4 && (i === 4 || i === 7) ? '0' : '1'),
    )
    const dir = tensorWorkspace(
      'clf_tensor.onnx',
      CLASSIFIER(['no', 'yes'], { weight: 'w', slices: ['site'] }),
      'G1,slice_gap_roc_auc,label,<=,1,ratio,block,,,,,',
      holdout,
    )
    const e = await expectError(
      dir,
      /slice_gap_roc_auc cannot be judged: it needs a value on every slice, and slice site="B" \(4 rows\): ROC AUC is undefined: the 2 positive rows carry a total sample weight of 0/,
    )
    expect(errorText(e)).not.toMatch(/NaN|site="A"/)
  })

  it('a weight column that is the label or a feature column is an error at /weight', async () => {
    const label = await expectError(
      linear(rows('1', '2'), { weight: 'y' }),
      /The sample weight column "y" is a target column/,
    )
    expect(label.problems[0]).toMatchObject({ file: 'ssot/model.json', pointer: '/weight' })
    await expectError(
      linear(rows('1', '2'), { weight: 'x1' }),
      /The sample weight column "x1" is a feature column/,
    )
  })

  it('a weight that is not a column name is a schema error in model.json', async () => {
    const e = await expectError(
      linear(rows('1', '2'), { weight: 3 }),
      /Wrong type/,
      'ssot/model.json',
    )
    expect(e.problems[0]).toMatchObject({
      pointer: '/weight',
      expected: 'string',
      found: 'number 3',
    })
    const empty = await expectError(linear(rows('1', '2'), { weight: '' }), /./, 'ssot/model.json')
    expect(empty.problems[0]).toMatchObject({ pointer: '/weight' })
  })
})

describe('G1 without a weight column is unchanged', () => {
  it('the report says nothing about weights, and the subject has no weight column', async () => {
    const e = await g1(
      tensorWorkspace(
        'linear_tensor.onnx',
        {},
        'G1,mae,y,<=,10,,block,,,,,',
        'x0,x1,x2,y\n1,0,0,1.5\n0,1,0,2.5\n',
      ),
    )
    expect(e.status, errorText(e)).toBe('pass')
    expect(e.report.sampleWeights).toBeNull()
    expect(e.subject.data[0]).not.toHaveProperty('weightColumn')
    expect(renderMarkdown(e, { maxLength: 1_000_000 })).not.toMatch(/sample weight/)
  })
})

describe('weights read in byte ranges', () => {
  const spec = {
    task: 'regression' as const,
    features: [{ name: 'x', dtype: 'float32' as const }],
    slices: ['g'],
    targets: [{ name: 'y', column: 'y' }],
    weight: 'w',
  }
  const csv = (weight: (i: number) => string) =>
    `x,y,w,g\n${Array.from({ length: 3000 }, (_, i) => `${i},${i * 2},${weight(i)},${i % 3}`).join('\n')}\n`
  const file = (text: string) => {
    const path = join(mkdtempSync(join(tmpdir(), 'mg-w-')), 'holdout.csv')
    writeFileSync(path, text)
    return path
  }
  const chunks = { mode: 'in-process' as const, chunkBytes: 4096, minBytes: 1 }

  it('joins the weights of every range in file order', async () => {
    const h = await readHoldout(
      file(csv((i) => String(i % 5))),
      'data/holdout.csv',
      spec,
      4,
      chunks,
    )
    expect(h.weights).toEqual(Float64Array.from({ length: 3000 }, (_, i) => i % 5))
  })

  it('hashes the holdout on one of the threads that read it: the digest is of the whole file', async () => {
    const text = csv((i) => String(i % 5))
    const h = await readHoldout(file(text), 'data/holdout.csv', spec, 4, chunks)
    expect(h.digest).toEqual({
      sha256: createHash('sha256').update(text).digest('hex'),
      bytes: Buffer.byteLength(text),
    })
  })

  it('a bad weight in a later range names its line in the whole file', async () => {
    const path = file(csv((i) => (i === 2500 ? '-1' : '1')))
    await expect(readHoldout(path, 'data/holdout.csv', spec, 4, chunks)).rejects.toMatchObject({
      problem: {
        file: 'data/holdout.csv',
        line: 2502,
        message: 'Sample weight "w" is negative',
        found: '"-1"',
      },
    })
  })

  it('a slice value whose rows weigh 0 across ranges is an error naming it', async () => {
    await expect(
      readHoldout(file(csv((i) => (i % 3 === 2 ? '0' : '1'))), 'data/holdout.csv', spec, 4, chunks),
    ).rejects.toThrow(
      /Slice g="2" has 1000 rows \(the first is data row 3\), all with sample weight 0/,
    )
  })
})
