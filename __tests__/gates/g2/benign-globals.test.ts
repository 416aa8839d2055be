import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { DEFAULT_SCAN_POLICY, type FileScan } from '../../../src/gates/g2/model-scan/model-scan.js'
import { judgeGlobal } from '../../../src/gates/g2/model-scan/pickle-globals.js'
import sklearnGlobals from '../../../src/gates/g2/model-scan/sklearn-globals.json' with { type: 'json' }
import { scanCheck, scanTarget } from '../../../src/gates/g2/model-scan/scan-files.js'
import { PYTHON, pythonHas } from '../../support/python.js'

/**
 * Benign files users really save, made by the real libraries
 * (make_benign.py): each must scan clean. They reproduce a review of the
 * scanner on real-world files, where each one was a false positive.
 */
const hasPython = pythonHas(
  ['sklearn', 'numpy', 'pandas', 'scipy', 'joblib'],
  'the benign-file scanning tests',
)

const dir = mkdtempSync(join(tmpdir(), 'mg-benign-'))
if (hasPython) execFileSync(PYTHON, [join(import.meta.dirname, 'make_benign.py'), dir])
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const index: Record<string, string[]> = hasPython
  ? JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'))
  : {}
const files = (...cases: string[]): string[] => cases.flatMap((c) => index[c] ?? [])

const scan = (name: string): Promise<FileScan> =>
  scanTarget({ absolute: join(dir, name), display: name, origin: 'test' }, DEFAULT_SCAN_POLICY)

describe.skipIf(!hasPython)('benign files users save scan clean', () => {
  it.each(
    files(
      'pandas_frame',
      'pandas_series',
      'pandas_index',
      'scipy_sparse',
      'numpy_stringdtype',
      'gaussian_process',
      'column_selector',
      'pandas_input',
      'hgb_categorical',
      'bound_method_global',
      'bound_method_workaround',
    ),
  )('%s', async (name) => {
    const r = await scan(name)
    expect([name, r.scanned, r.findings]).toEqual([name, true, []])
    expect(
      r.globals.filter((g) => g.tier !== 'known' && g.tier !== 'ml-class').map((g) => g.path),
    ).toEqual([])
    expect(scanCheck(r, DEFAULT_SCAN_POLICY, 'test').status).toBe('pass')
  })

  it('makes a file for every case', () => {
    for (const c of [
      'pandas_frame',
      'pandas_series',
      'pandas_index',
      'scipy_sparse',
      'numpy_stringdtype',
      'gaussian_process',
      'column_selector',
      'pandas_input',
      'hgb_categorical',
      'bound_method',
      'bound_method_global',
      'bound_method_workaround',
    ])
      expect([c, (index[c] ?? []).length > 0]).toEqual([c, true])
  })

  it('passes HistGradientBoosting with categorical features: functools.partial of check_array, both generated', async () => {
    const r = await scan('hgb_cat_from_dtype.p5.pkl')
    const tiers = Object.fromEntries(r.globals.map((g) => [g.path, g.tier]))
    expect(tiers).toMatchObject({
      'functools.partial': 'ml-class',
      'sklearn.utils.validation.check_array': 'ml-class',
    })
    expect(
      r.globals.find((g) => g.path === 'sklearn.utils.validation.check_array')?.called,
    ).toMatchObject({ passed: true })
  })
})

describe.skipIf(!hasPython)('a bound method pickles as builtins.getattr(obj, name)', () => {
  it.each(['tfidf_str_split.joblib', 'series_datetime_tz.p2.pkl'])(
    '%s: a lookup on a global is judged as the generated global it reaches',
    async (name) => {
      const r = await scan(name)
      expect(r.findings).toEqual([])
      expect(r.globals.map((g) => g.path)).not.toContain('builtins.getattr')
      expect(
        r.globals
          .filter(
            (g) => g.path === 'builtins.str.split' || g.path === 'zoneinfo.ZoneInfo._unpickle',
          )
          .map((g) => g.tier),
      ).toEqual([expect.stringMatching(/^(known|ml-class)$/)])
    },
  )

  it.each(['hgb_early_stopping_r2.joblib'])(
    '%s: getattr on an object built while loading stays critical',
    async (name) => {
      const r = await scan(name)
      expect(r.findings).toEqual([
        {
          severity: 'critical',
          message: expect.stringMatching(
            /^dangerous global builtins\.getattr at byte \d+: builtins\.getattr reaches arbitrary attributes or builds calls to them$/,
          ),
        },
      ])
      expect(scanCheck(r, DEFAULT_SCAN_POLICY, 'test').status).toBe('fail')
    },
  )

  it('records getattr on objects as kept dangerous in the generated list, and in neither allowed list', () => {
    expect(Object.keys(sklearnGlobals.keptDangerous)).toEqual(['builtins.getattr'])
    expect([...sklearnGlobals.referenced, ...sklearnGlobals.dataObjects]).not.toContain(
      'builtins.getattr',
    )
    expect(judgeGlobal('builtins', 'getattr', 4).tier).toBe('dangerous')
  })
})
