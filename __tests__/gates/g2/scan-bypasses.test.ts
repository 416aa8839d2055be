import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  DEFAULT_SCAN_POLICY,
  type FileScan,
  type ScanPolicy,
} from '../../../src/gates/g2/model-scan/model-scan.js'
import { judgeGlobal } from '../../../src/gates/g2/model-scan/pickle-globals.js'
import sklearnGlobals from '../../../src/gates/g2/model-scan/sklearn-globals.json' with { type: 'json' }
import {
  scanAll,
  scanCheck,
  scanTarget,
  type ScanTarget,
} from '../../../src/gates/g2/model-scan/scan-files.js'
import { PYTHON, pythonHas } from '../../support/python.js'

/**
 * Files from a security review of the scanner, each one a way for code to
 * run while the scan said the file was clean. make_bypasses.py writes them
 * and proves, by loading each one as a user would, that its payload (a
 * harmless mkdir of a marker folder) really runs.
 */
const hasPython = pythonHas(['sklearn', 'numpy', 'yaml', 'onnx'], 'the scan bypass tests')

const dir = mkdtempSync(join(tmpdir(), 'mg-bypass-'))
if (hasPython) execFileSync(PYTHON, [join(import.meta.dirname, 'make_bypasses.py'), dir])
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const scan = (name: string, policy: ScanPolicy = DEFAULT_SCAN_POLICY): Promise<FileScan> =>
  scanTarget({ absolute: join(dir, name), display: name, origin: 'test' }, policy)
const messages = (r: FileScan, severity: string) =>
  r.findings.filter((f) => f.severity === severity).map((f) => f.message)
const MKDIR = /dangerous global posix\.mkdir at byte \d+: posix runs operating-system commands/

describe.skipIf(!hasPython)('1. zips are read as Python zipfile reads them', () => {
  it('reads the central directory to its end, not to the count the end record declares', async () => {
    const r = await scan('zip_count.npz')
    expect(messages(r, 'critical').some((m) => m.startsWith('b.npy: ') && MKDIR.test(m))).toBe(true)
    expect(messages(r, 'high')).toContain(
      "the end record declares 1 entries, but its central directory holds 2: readers that go by the count and readers that read the directory to its end (Python's zipfile) see different files (all 2 were scanned)",
    )
  })

  it('holds the entry limit against the entries the directory really holds', async () => {
    const r = await scan('zip_many.zip', { ...DEFAULT_SCAN_POLICY, maxArchiveEntries: 10 })
    expect(messages(r, 'high')).toContain(
      'the archive holds more than 10 entries, over the limit of 10 (modelScan.maxArchiveEntries)',
    )
  })

  it('takes the end record zipfile takes, and scans the one other readers take too', async () => {
    const r = await scan('zip_two_ends.zip')
    expect(messages(r, 'critical').some((m) => m.startsWith('model.pkl: ') && MKDIR.test(m))).toBe(
      true,
    )
    expect(messages(r, 'high').join('\n')).toMatch(
      /^2 end-of-central-directory records \(at bytes \d+, \d+\) lead to different directories/m,
    )
    expect(r.parts.join('\n')).toMatch(/notes\.txt: text/)
  })

  it('names an encrypted entry as not scanned', async () => {
    expect(await scan('zip_encrypted.zip')).toMatchObject({
      scanned: false,
      reason:
        'secret.pkl: an encrypted entry (flag bit 0): zipfile needs its password, and G2 cannot read it',
    })
  })
})

describe.skipIf(!hasPython)('2. .npy headers are read as numpy reads them', () => {
  it.each([
    'npy_shape_first',
    'npy_descr_object',
    'npy_double_quotes',
    'npy_structured',
    'npy_comma_string',
    'npy_subarray',
    'npy_escaped',
    'npy_comment',
    'npy_stringdtype',
    'npy_python2_long',
    'npy_version3',
  ])('%s: numpy unpickles the data after the header, and the scan reads it', async (name) => {
    const r = await scan(`${name}.npy`)
    expect(r).toMatchObject({ format: 'numpy', scanned: true, executable: true })
    expect(r.parts).toContain('numpy object array: its pickle was scanned')
    expect(messages(r, 'critical').some((m) => MKDIR.test(m))).toBe(true)
  })

  it('scans a pickle after a header whose dtype is plain floats', async () => {
    const r = await scan('npy_pickle_as_floats.npy')
    expect(messages(r, 'high')).toContain(
      'the bytes after the numpy header (from byte 128) are a pickle, though its dtype holds no Python objects, so numpy reads them as raw data: a file made to be read two ways',
    )
    expect(messages(r, 'critical').some((m) => MKDIR.test(m))).toBe(true)
  })

  it('still calls a plain array in any key order plain data', async () => {
    expect(await scan('npy_plain_reordered.npy')).toMatchObject({
      format: 'numpy',
      scanned: true,
      executable: false,
      findings: [],
      parts: ['numpy array without Python objects: not executable, nothing to scan'],
    })
  })
})

describe.skipIf(!hasPython)('3. protocol 0 arguments are read as pickle.load reads them', () => {
  it.each(['text_octal_int', 'text_nul_int', 'text_nul_long', 'text_nul_float', 'text_nul_memo'])(
    '%s: the scan reads on where the C unpickler reads on',
    async (name) => {
      const r = await scan(`${name}.pkl`)
      expect(r).toMatchObject({ format: 'pickle', scanned: true })
      expect(messages(r, 'critical').some((m) => MKDIR.test(m))).toBe(true)
    },
  )

  it('never calls a stream text once the unpickler has run an opcode of it', async () => {
    const r = await scan('license.txt')
    expect(r).toMatchObject({ format: 'pickle', scanned: true, executable: true, findings: [] })
    expect(r.parts).toEqual([
      expect.stringMatching(
        /^read by pickle\.load, 1 opcode run, then the unpickler stops \(unknown opcode 0x20 at byte 3\) before anything is imported$/,
      ),
    ])
  })
})

describe.skipIf(!hasPython)('4. scikit-learn globals are an exact, generated list', () => {
  it('sees logging.FileHandler through sklearn for what it is', async () => {
    expect(messages(await scan('ml_logging_filehandler.pkl'), 'critical')).toEqual([
      'dangerous global sklearn.logging.FileHandler at byte 32: reaches logging.FileHandler through the attribute path logging.FileHandler (logging.FileHandler reads or writes files)',
    ])
  })

  it.each([
    ['ml_transport_listener.pkl', 'sklearn.callback._transport.Listener'],
    ['ml_np_datasource.pkl', 'sklearn.utils.validation.np.lib.npyio.DataSource'],
  ])('%s: %s, a class an sklearn module imports, is not an ML class', async (name, path) => {
    expect((await scan(name)).globals).toEqual([expect.objectContaining({ path, tier: 'unknown' })])
  })

  it('lists every estimator of the pinned scikit-learn under the path pickle writes, and nothing dangerous', () => {
    const live = JSON.parse(
      execFileSync(
        PYTHON,
        [
          '-c',
          'import json, sklearn; from sklearn.experimental import enable_halving_search_cv, enable_iterative_imputer; from sklearn.utils import all_estimators; print(json.dumps({"v": sklearn.__version__, "e": sorted(c.__module__ + "." + c.__qualname__ for _, c in all_estimators())}))',
        ],
        { encoding: 'utf8' },
      ),
    )
    expect(sklearnGlobals.versions['scikit-learn']).toBe(live.v)
    expect(sklearnGlobals.estimators).toEqual(live.e)
    expect(sklearnGlobals.versions.pandas).toBe(
      execFileSync(PYTHON, ['-c', 'import pandas; print(pandas.__version__)'], {
        encoding: 'utf8',
      }).trim(),
    )
    for (const path of [
      ...sklearnGlobals.estimators,
      ...sklearnGlobals.referenced,
      ...sklearnGlobals.dataObjects,
    ]) {
      const dot = path.lastIndexOf('.')
      expect([path, judgeGlobal(path.slice(0, dot), path.slice(dot + 1), 4).tier]).toEqual([
        path,
        expect.stringMatching(/^(known|ml-class)$/),
      ])
    }
    expect(judgeGlobal('xgboost.sklearn', 'XGBClassifier', 4).tier).toBe('unknown')
  })
})

describe.skipIf(!hasPython)(
  '5. an unknown global that loading calls fails the check; one only imported warns',
  () => {
    it('fails yaml.Loader(doc).get_single_data(), which runs what the YAML says', async () => {
      const r = await scan('yaml_loader.pkl')
      // The YAML text holds the marker's path, so the REDUCE offsets depend on where the test runs.
      expect(messages(r, 'high')).toEqual([
        expect.stringMatching(
          /^unknown global yaml\.Loader\.get_single_data at byte 32, called while loading \(REDUCE at byte \d+\): not on the list of known ML globals; once reviewed, list it in modelScan\.allowedGlobals$/,
        ),
        expect.stringMatching(
          /^unknown global yaml\.Loader at byte 47, called while loading \(REDUCE at byte \d+\): not on the list of known ML globals; once reviewed, list it in modelScan\.allowedGlobals$/,
        ),
      ])
      expect(scanCheck(r, DEFAULT_SCAN_POLICY, 'test').status).toBe('fail')
    })

    it('warns about a class that is only imported, kept as a value', async () => {
      const r = await scan('yaml_referenced.pkl')
      expect(r.findings).toEqual([
        {
          severity: 'medium',
          message:
            'unknown global yaml.loader.Loader at byte 45: imported but never called; not on the list of known ML globals',
        },
      ])
      expect(scanCheck(r, DEFAULT_SCAN_POLICY, 'test').status).toBe('warn')
    })

    it.each(['ml_transport_listener.pkl', 'ml_np_datasource.pkl'])(
      'fails %s, whose class is called',
      async (name) => {
        expect(messages(await scan(name), 'high')).toEqual([
          expect.stringMatching(/^unknown global .* called while loading \(REDUCE at byte \d+\)/),
        ])
      },
    )

    it("lets the team's reviewed globals through (modelScan.allowedGlobals), but never a dangerous one", async () => {
      const policy = {
        ...DEFAULT_SCAN_POLICY,
        allowedGlobals: ['yaml.Loader', 'yaml.Loader.get_single_data', 'posix.mkdir'],
      }
      const r = await scan('yaml_loader.pkl', policy)
      expect(r.globals.map((g) => [g.path, g.tier])).toEqual([
        ['yaml.Loader.get_single_data', 'allowed'],
        ['yaml.Loader', 'allowed'],
      ])
      expect(r.findings).toEqual([])
      expect(
        messages(await scan('text_octal_int.pkl', policy), 'critical').some((m) => MKDIR.test(m)),
      ).toBe(true)
    })
  },
)

describe.skipIf(!hasPython)(
  '6. a zip at the end of any file is opened, as zipfile opens it',
  () => {
    it.each([
      ['appended_zip.pkl', 'pickle'],
      ['appended_zip.npy', 'numpy'],
    ])('%s: the %s in front is scanned, and so is the zip behind it', async (name, format) => {
      const r = await scan(name)
      expect(r.format).toBe(format)
      expect(messages(r, 'medium')).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^this ${format} content also holds a zip archive \\(from byte \\d+, its end record at byte \\d+\\), which zipfile opens whatever the first bytes are: its entries were scanned$`,
          ),
        ),
      )
      expect(
        messages(r, 'critical').some(
          (m) => /^zip from byte \d+ > evil\.pkl: /.test(m) && MKDIR.test(m),
        ),
      ).toBe(true)
    })

    it('judges bytes it does not recognise, then a zip, as that zip', async () => {
      const r = await scan('appended_zip.txt')
      expect(r).toMatchObject({ format: 'zip', scanned: true })
      expect(messages(r, 'medium')).toEqual(['a zip archive behind 40 bytes of something else'])
      expect(messages(r, 'critical').some((m) => m.startsWith('evil.pkl: ') && MKDIR.test(m))).toBe(
        true,
      )
    })

    it('opens a zip at the end of a deflated entry too', async () => {
      const r = await scan('appended_zip_entry.zip')
      expect(messages(r, 'high')).toContain('nested archive "notes.txt" inside a model archive')
      expect(
        messages(r, 'critical').some(
          (m) => m.startsWith('notes.txt > evil.pkl: ') && MKDIR.test(m),
        ),
      ).toBe(true)
    })
  },
)

describe.skipIf(!hasPython)(
  '7. in a PyTorch zip, only the storages data.pkl names are stepped over',
  () => {
    it('scans data/ and constants/ entries no persistent id names', async () => {
      const r = await scan('torch_unnamed_storage.pt')
      expect(r.format).toBe('pytorch-zip')
      expect(r.parts).toContain('1 tensor storages (data)')
      for (const entry of ['archive/data/1', 'archive/constants/hook'])
        expect(
          messages(r, 'critical').some((m) => m.startsWith(`${entry}: `) && MKDIR.test(m)),
        ).toBe(true)
    })
  },
)

describe.skipIf(!hasPython)(
  '8. a file an ONNX model names is tensor data only when it is inside the folder and the tensors account for it',
  () => {
    const targets = (...paths: string[]): ScanTarget[] =>
      paths.map((p) => ({ absolute: join(dir, p), display: p, origin: 'test' }))

    it('keeps a native library a tensor names as "not scanned", and calls real external data tensor bytes', async () => {
      const [, library, , weights] = await scanAll(
        targets(
          'onnx_ext/model.onnx',
          'onnx_ext/libcustom.so',
          'onnx_ext/ok/model.onnx',
          'onnx_ext/ok/weights.bin',
        ),
        DEFAULT_SCAN_POLICY,
      )
      expect(library).toMatchObject({ format: 'unknown', scanned: false })
      expect(weights).toMatchObject({
        format: 'onnx-external-data',
        scanned: true,
        parts: [
          'tensor bytes that onnx_ext/ok/model.onnx keeps as external data: not executable, nothing to scan',
        ],
      })
    })

    it('does not relabel a file a location reaches through a link out of the folder', async () => {
      const [model, data] = await scanAll(
        targets('onnx_link/a/model.onnx', 'onnx_link/b/w.bin'),
        DEFAULT_SCAN_POLICY,
      )
      expect(model!.findings).toEqual([
        {
          severity: 'critical',
          message:
            'external data file "sub/w.bin" of tensor "w" (initializer of the main graph) resolves outside the model\'s folder through a symbolic link',
        },
      ])
      expect(data).toMatchObject({ format: 'unknown', scanned: false })
    })
  },
)

describe.skipIf(!hasPython)('9. forbidPickle refuses any file that holds a pickle', () => {
  const forbid = { ...DEFAULT_SCAN_POLICY, forbidPickle: true }
  it.each([
    'forbid_proto_broken.pkl',
    'forbid_no_stop.pkl',
    'forbid_polyglot.gif',
    'npy_pickle_as_floats.npy',
    'appended_zip.txt',
  ])('%s', async (name) => {
    expect(messages(await scan(name, forbid), 'critical')[0]).toBe(
      'pickle model formats are forbidden by ssot/security.json (modelScan.forbidPickle), and this file holds a pickle',
    )
  })

  it('leaves files without a pickle alone', async () => {
    expect(messages(await scan('npy_plain_reordered.npy', forbid), 'critical')).toEqual([])
    expect(messages(await scan('license.txt', forbid), 'critical')).toEqual([])
  })
})

describe.skipIf(!hasPython)('10. an inflated stream is only safetensors when its header is', () => {
  it('scans a deflated pickle with a "{" at byte 8 as the pickle it is, and text as text', async () => {
    const r = await scan('brace_pickle.zip', { ...DEFAULT_SCAN_POLICY, unscannable: 'warn' })
    expect(r.scanned).toBe(true)
    expect(messages(r, 'critical').some((m) => m.startsWith('prep.pkl: ') && MKDIR.test(m))).toBe(
      true,
    )
    expect(r.parts).toContain('notes.txt: text: not executable, nothing to scan')
  })
})

describe.skipIf(!hasPython)('11. functools.partial is judged by the function it holds', () => {
  const GETATTR =
    /^dangerous global builtins\.getattr at byte \d+: builtins\.getattr reaches arbitrary attributes or builds calls to them$/

  it.each(['partial_mkdir.pkl', 'partial_nested.pkl'])(
    '%s: a partial of os.mkdir called while loading is critical through posix.mkdir',
    async (name) => {
      const r = await scan(name)
      expect(messages(r, 'critical')).toEqual([expect.stringMatching(MKDIR)])
      expect(r.globals.find((g) => g.path === 'functools.partial')).toMatchObject({
        tier: 'ml-class',
        called: { op: 'REDUCE', passed: false },
      })
      expect(scanCheck(r, DEFAULT_SCAN_POLICY, 'test').status).toBe('fail')
    },
  )

  it('keeps a partial of getattr critical', async () => {
    expect(messages(await scan('partial_getattr.pkl'), 'critical')).toEqual([
      expect.stringMatching(GETATTR),
    ])
  })

  it('fails a partial of a callable computed while loading, through the unknown global that computed it', async () => {
    const r = await scan('partial_computed.pkl')
    expect(messages(r, 'critical')).toEqual([])
    expect(messages(r, 'high')).toEqual([
      expect.stringMatching(
        /^unknown global builtins\.type at byte \d+, called while loading \(REDUCE at byte \d+\)/,
      ),
    ])
    expect(scanCheck(r, DEFAULT_SCAN_POLICY, 'test').status).toBe('fail')
  })

  it("counts the function a partial's BUILD swaps in as handed to a call", async () => {
    const r = await scan('partial_setstate.pkl')
    expect(messages(r, 'high')).toEqual([
      expect.stringMatching(
        /^unknown global textwrap\.dedent at byte \d+, handed to a call \(BUILD at byte \d+\), which may call it/,
      ),
    ])
    expect(scanCheck(r, DEFAULT_SCAN_POLICY, 'test').status).toBe('fail')
  })
})

describe.skipIf(!hasPython)(
  '12. getattr is critical unless it is a lookup judged as the known global it reaches',
  () => {
    const GETATTR =
      /^dangerous global builtins\.getattr( \(written as __builtin__\.getattr\))? at byte \d+(, \d+ times)?: builtins\.getattr reaches arbitrary attributes or builds calls to them$/
    const critical = async (name: string, policy?: ScanPolicy) => {
      const r = await scan(name, policy)
      expect(scanCheck(r, policy ?? DEFAULT_SCAN_POLICY, 'test').status).toBe('fail')
      return messages(r, 'critical')
    }

    it('reports the walk getattr(getattr(object, "__class__"), "__subclasses__") as getattr and as the dunder it reaches', async () => {
      expect(await critical('getattr_subclasses.pkl')).toEqual([
        expect.stringMatching(
          /^dangerous global builtins\.object\.__class__ at byte \d+: reaches Python internals through __class__ \(reached by getattr at byte \d+\)$/,
        ),
        expect.stringMatching(GETATTR),
      ])
    })

    it('reports getattr(module, "os") then "system" as the os module it reaches', async () => {
      expect(await critical('getattr_module.pkl')).toEqual([
        expect.stringMatching(
          /^dangerous global numpy\.lib\._format_impl\.os at byte \d+: reaches the os module through the attribute os \(reached by getattr at byte \d+\)$/,
        ),
        expect.stringMatching(GETATTR),
      ])
    })

    it('reports the lookups INST makes (it calls what it imports) like those of REDUCE', async () => {
      expect(await critical('getattr_inst.pkl')).toEqual([
        expect.stringMatching(
          /^dangerous global numpy\.lib\._format_impl\.os at byte \d+: reaches the os module through the attribute os \(reached by getattr at byte \d+\)$/,
        ),
        expect.stringMatching(GETATTR),
      ])
    })

    it.each([
      'getattr_computed_name.pkl',
      'getattr_called.pkl',
      'getattr_memo_reuse.pkl',
      'getattr_value.pkl',
    ])('%s: getattr is critical', async (name) => {
      expect(await critical(name)).toEqual([expect.stringMatching(GETATTR)])
    })

    it('reports a lookup of a global nobody reviewed (str.upper, then called) as getattr too', async () => {
      const r = await scan('getattr_called.pkl')
      expect(messages(r, 'medium')).toEqual([
        expect.stringMatching(
          /^unknown global builtins\.str\.upper at byte \d+: imported but never called/,
        ),
      ])
    })

    it('reports getattr(str, "__class__") as the dunder it reaches', async () => {
      expect(await critical('getattr_dunder.pkl')).toEqual([
        expect.stringMatching(
          /^dangerous global builtins\.str\.__class__ at byte \d+: reaches Python internals/,
        ),
        expect.stringMatching(GETATTR),
      ])
    })

    it('lets a reviewed lookup through (modelScan.allowedGlobals), judged as the global it reaches, and its call', async () => {
      const r = await scan('getattr_called.pkl', {
        ...DEFAULT_SCAN_POLICY,
        allowedGlobals: ['builtins.str.upper'],
      })
      expect(r.findings).toEqual([])
      expect(r.globals.map((g) => [g.path, g.tier, g.called?.op])).toEqual([
        ['builtins.str', 'known', undefined],
        ['builtins.str.upper', 'allowed', 'REDUCE'],
      ])
    })

    it('still reports getattr when a reviewed lookup shares its import with another use', async () => {
      expect(
        await critical('getattr_memo_reuse.pkl', {
          ...DEFAULT_SCAN_POLICY,
          allowedGlobals: ['builtins.str.split', 'builtins.str.upper'],
        }),
      ).toEqual([expect.stringMatching(GETATTR)])
    })
  },
)

describe('a global of thousands of dotted components is judged in linear time, and still judged', () => {
  it('finds logging.FileHandler at the end of a 20000-component name within a second', () => {
    const name = `${Array(20000).fill('a').join('.')}.logging.FileHandler`
    const started = performance.now()
    const judged = judgeGlobal('sklearn', name, 4)
    expect(performance.now() - started).toBeLessThan(1000)
    expect(judged).toMatchObject({
      tier: 'dangerous',
      reason: expect.stringMatching(/^reaches logging\.FileHandler through the attribute path /),
    })
    expect(judgeGlobal('sklearn', Array(20000).fill('a').join('.'), 4).tier).toBe('unknown')
  })
})
