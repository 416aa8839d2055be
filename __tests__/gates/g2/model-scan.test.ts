import { execFileSync } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { deflateRawSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import type { EvidenceRecord } from '../../../src/contract/types.js'
import { FileSource } from '../../../src/io/byte-source.js'
import { IMPORT_MAPPING, NAME_MAPPING } from '../../../src/gates/g2/model-scan/compat-pickle.js'
import {
  DEFAULT_SCAN_POLICY,
  scanModelFile,
  type FileScan,
  type ScanPolicy,
} from '../../../src/gates/g2/model-scan/model-scan.js'
import {
  escapeDecode,
  rawUnicodeEscapeDecode,
} from '../../../src/gates/g2/model-scan/pickle-codecs.js'
import {
  floatArgument,
  intArgument,
  longArgument,
  memoArgument,
} from '../../../src/gates/g2/model-scan/pickle-text-args.js'
import { scanTarget } from '../../../src/gates/g2/model-scan/scan-files.js'
import { g2 as runG2, omsWorkspace } from './signed-workspace.js'
import { PYTHON, pythonFixtures, pythonHas } from '../../support/python.js'

/**
 * Model-file safety, against files made by real Python: pickle, joblib,
 * scikit-learn, numpy, pandas and onnx (make_pickles.py, make_onnx.py).
 * Crafted names are proven in the generator to resolve, in Python, to the
 * dangerous callable they claim; nothing harmful is ever unpickled.
 */
const REPO = join(import.meta.dirname, '..', '..', '..')
const hasPython = pythonHas(['sklearn', 'joblib', 'onnx', 'pandas'], 'the scanning tests')
const dir = pythonFixtures(join(import.meta.dirname, 'make_pickles.py'), 'mg-scan-', hasPython)
const onnxDir = join(dir, 'onnx')
if (hasPython) {
  mkdirSync(onnxDir)
  execFileSync(PYTHON, [join(import.meta.dirname, 'make_onnx.py'), onnxDir])
}

async function scanFile(path: string, policy: ScanPolicy = DEFAULT_SCAN_POLICY): Promise<FileScan> {
  return scanTarget(
    { absolute: path, display: path.slice(path.lastIndexOf('/') + 1), origin: 'test' },
    policy,
  )
}
const scan = (name: string, policy?: ScanPolicy) => scanFile(join(dir, name), policy)
const critical = (r: FileScan) =>
  r.findings.filter((f) => f.severity === 'critical').map((f) => f.message)
const py = (code: string, input: string) =>
  execFileSync(PYTHON, ['-c', code], { input, encoding: 'utf8' })

describe.skipIf(!hasPython)('pickles: os.system in its usual disguises', () => {
  it.each([
    'reduce_p0.pkl',
    'reduce_p4.pkl',
    'memo_trick.pkl',
    'nested_loads.pkl',
    'torch_evil.pt',
    'evil_after_array.joblib',
    'evil_in_object_array.joblib',
    'evil_object.npy',
  ])('flags %s as critical', async (name) => {
    const r = await scan(name)
    expect(r.scanned).toBe(true)
    expect(critical(r).join('\n')).toMatch(
      /dangerous global (posix|nt|os|_pickle|pickle)\.(system|loads)/,
    )
  })

  it('names an xz-compressed joblib file as not scanned instead of calling it clean', async () => {
    expect(await scan('sklearn_xz.joblib')).toMatchObject({
      scanned: false,
      reason: expect.stringContaining('xz-compressed'),
    })
  })

  it('refuses pickles outright when the SSOT forbids them', async () => {
    const r = await scan('sklearn_benign.pkl', { ...DEFAULT_SCAN_POLICY, forbidPickle: true })
    expect(r.findings[0]!.message).toMatch(/forbidden/)
  })
})

describe.skipIf(!hasPython)(
  'benign scikit-learn, joblib, numpy, pandas and PyTorch files pass, every byte scanned',
  () => {
    const names = hasPython
      ? execFileSync('ls', [dir], { encoding: 'utf8' })
          .split('\n')
          .filter((n) =>
            /^(benign_|sklearn\.joblib|sklearn_(zlib|gzip)|object_array|sklearn_benign|torch_benign|torch_state_dict|torch_legacy\.pt)/.test(
              n,
            ),
          )
      : []

    it('generates the benign set', () => expect(names.length).toBeGreaterThan(60))

    it.each(names)('%s', async (name) => {
      const r = await scan(name)
      expect(r, JSON.stringify(r.findings)).toMatchObject({ scanned: true, findings: [] })
      expect(r.globals.every((g) => g.tier === 'known' || g.tier === 'ml-class')).toBe(true)
    })

    it('knows a PyTorch state_dict (zip and legacy) for what it is', async () => {
      const zip = await scan('torch_state_dict.pt')
      expect(zip).toMatchObject({ format: 'pytorch-zip', scanned: true, findings: [] })
      expect(zip.parts).toContain('2 tensor storages (data)')
      expect(zip.globals.map((g) => g.path).sort()).toEqual([
        'collections.OrderedDict',
        'torch.FloatStorage',
        'torch._utils._rebuild_tensor_v2',
      ])
      const legacy = await scan('torch_legacy.pt')
      expect(legacy).toMatchObject({ format: 'pytorch-legacy', scanned: true, findings: [] })
      expect(legacy.parts).toContain('2 tensor storages (data)')
    })

    it('rates a class nobody lists, which loading instantiates, as unknown and high (not clean, not critical), unless the team lists it', async () => {
      const r = await scan('unknown_class.pkl')
      expect(r.findings).toEqual([
        {
          severity: 'high',
          message:
            'unknown global mycompany.features.Scaler at byte 2, called while loading (NEWOBJ at byte 30): not on the list of known ML globals; once reviewed, list it in modelScan.allowedGlobals',
        },
      ])
      expect(
        await scan('unknown_class.pkl', {
          ...DEFAULT_SCAN_POLICY,
          allowedGlobals: ['mycompany.features.Scaler'],
        }),
      ).toMatchObject({
        scanned: true,
        findings: [],
        globals: [expect.objectContaining({ tier: 'allowed' })],
      })
    })
  },
)

describe.skipIf(!hasPython)('1. dotted names are resolved the way Python resolves them', () => {
  it.each([
    ['dotted_sklearn_os.pkl', 'sklearn.os.system', /reaches the os module/],
    ['dotted_joblib_os.pkl', 'joblib.numpy_pickle.os.system', /reaches the os module/],
    ['dotted_numpy_runstring.pkl', 'numpy.testing._private.utils.runstring', /numpy\.testing/],
    ['dotted_collections_sys.pkl', 'collections._sys.modules', /reaches the sys module/],
    ['dotted_torch_hub.pkl', 'torch.hub.load', /torch\.hub/],
    ['dotted_global_proto4.pkl', 'sklearn.os.system', /reaches the os module/],
  ])('%s imports %s', async (name, path, why) => {
    const found = critical(await scan(name)).find((m) => m.includes(`dangerous global ${path} `))
    expect(found).toMatch(why)
  })
})

describe.skipIf(!hasPython)('2. no package is trusted as a whole', () => {
  it.each([
    ['trusted_torch_execwrapper.pkl', 'torch.jit.unsupported_tensor_ops.execWrapper'],
    ['trusted_torch_load_inline.pkl', 'torch.utils.cpp_extension.load_inline'],
    ['trusted_torch_load.pkl', 'torch.load'],
    ['trusted_numpy_myeval.pkl', 'numpy.f2py.crackfortran.myeval'],
    ['trusted_numpy_load.pkl', 'numpy.load'],
    ['trusted_pandas_read_pickle.pkl', 'pandas.read_pickle'],
    ['trusted_pandas_eval.pkl', 'pandas.eval'],
    ['trusted_joblib_load.pkl', 'joblib.numpy_pickle.load'],
    ['trusted_collections_sys.pkl', 'collections._sys'],
  ])('%s: %s is dangerous', async (name, path) => {
    expect(critical(await scan(name)).some((m) => m.startsWith(`dangerous global ${path} `))).toBe(
      true,
    )
  })
})

describe.skipIf(!hasPython)('3. computed and escaped names', () => {
  it.each(['computed_strftime.pkl', 'computed_memo.pkl'])(
    '%s: a module name computed by a call is reported, not judged "unknown"',
    async (name) => {
      expect(critical(await scan(name)).join('\n')).toMatch(
        /dangerous global <computed> at byte \d+: STACK_GLOBAL takes its module or name from a value computed while loading/,
      )
    },
  )

  it('a module attribute rewritten by BUILD and read back as a name is reported', async () => {
    const messages = critical(await scan('rewritten_module.pkl')).join('\n')
    expect(messages).toMatch(
      /<BUILD on json\.decoder>.*changes the imported object json\.decoder itself/,
    )
    expect(messages).toMatch(/<computed>/)
  })

  it.each([
    'escaped_string_hex.pkl',
    'escaped_string_octal.pkl',
    'escaped_unicode.pkl',
    'escaped_binstring.pkl',
    'escaped_binunicode8.pkl',
  ])('%s: strings are decoded as Python decodes them before they are judged', async (name) => {
    expect(
      critical(await scan(name)).some((m) => m.startsWith('dangerous global os.system ')),
    ).toBe(true)
  })

  it('shows control characters in names escaped, never raw (they would reach terminals and reports)', async () => {
    const name = Buffer.from('sys\x1b[31mtem\nX')
    const data = Buffer.concat([
      Buffer.from([0x80, 0x04, 0x8c, 2]),
      Buffer.from('os'),
      Buffer.from([0x8c, name.length]),
      name,
      Buffer.from([0x93, 0x2e]),
    ])
    const message = critical(await scanModelFile('ansi.pkl', data, DEFAULT_SCAN_POLICY))[0]!
    expect(message).toContain('dangerous global os.sys\\x1b[31mtem\\x0aX at byte 2')
    expect([...message].every((c) => c.charCodeAt(0) >= 0x20)).toBe(true)
  })

  it('clips a megabyte-long global name in its finding, and still judges it', async () => {
    const module = 'm'.repeat(2 * 1024 * 1024)
    const data = Buffer.from(`c${module}\nLoader\n(tR.`, 'latin1')
    const scan = await scanModelFile('long.pkl', data, DEFAULT_SCAN_POLICY)
    const high = scan.findings.filter((f) => f.severity === 'high').map((f) => f.message)
    expect(high).toHaveLength(1)
    expect(high[0]).toMatch(/^unknown global m{100,}…/)
    expect(high[0]!.length).toBeLessThan(1000)
  })

  it('bytes are not names: Python refuses them, and so does the scanner (not scanned, not clean)', async () => {
    expect(await scan('bytes_operands.pkl')).toMatchObject({
      scanned: false,
      findings: [],
      reason: expect.stringMatching(/requires str/),
    })
  })

  it("decodes STRING and UNICODE escapes exactly like Python's codecs", () => {
    const strings = [
      'o\\x73',
      '\\157s',
      'a\\\\b',
      'tab\\there',
      "q\\'uote",
      'bell\\a\\b\\f\\v',
      'keep\\qthis',
      'line\\\ncontinued',
      '\\0\\7\\777',
    ]
    const expected = JSON.parse(
      py(
        'import codecs, json, sys; print(json.dumps([codecs.escape_decode(s.encode("latin1"))[0].decode("latin1") for s in json.load(sys.stdin)]))',
        JSON.stringify(strings),
      ),
    )
    expect(
      strings.map((s) => Buffer.from(escapeDecode(Buffer.from(s, 'latin1'))).toString('latin1')),
    ).toEqual(expected)
    const unicode = [
      '\\u006fs',
      '\\\\u006f',
      '\\\\\\u006f',
      'sys\\U00000074em',
      '\\u20ac\\U0001F600',
      'plain\\x',
    ]
    const decoded = JSON.parse(
      py(
        'import json, sys; print(json.dumps([s.encode("latin1").decode("raw-unicode-escape") for s in json.load(sys.stdin)]))',
        JSON.stringify(unicode),
      ),
    )
    expect(unicode.map((s) => rawUnicodeEscapeDecode(Buffer.from(s, 'latin1')))).toEqual(decoded)
  })

  it('reads the text arguments of INT, LONG, FLOAT, GET and PUT as the unpicklers read them: on where either reads on, with the C value', () => {
    const cases: [string, string][] = [
      ...[
        '42',
        '-7',
        ' 12 ',
        '0x1F',
        '0o17',
        '0b101',
        '1_000',
        '00',
        '01',
        '010',
        '0777',
        '+0',
        '-0',
        ' 1',
        '\t0',
        '1\0junk',
        '\0',
        '\0\0',
        '12 \0x',
        '0x',
        '0x_1',
        '0_10',
        '0_0',
      ].map((a): [string, string] => ['I', a]),
      ...[
        '9223372036854775807',
        '9223372036854775808',
        '-9223372036854775809',
        '0xFFFFFFFFFFFFFFFFF',
        '07777777777777777777777',
        '1e3',
        'abc',
        '1__0',
        '',
        '+3',
        '1 2',
        '0b',
        '  ',
        '1\v',
        '1\x1c',
      ].map((a): [string, string] => ['I', a]),
      ...[
        '12L',
        '12',
        '-5L',
        '0x10L',
        '010L',
        'L',
        '1\0xL',
        '1L\0',
        '12LL',
        ' 7L',
        '7 L',
        '1_0L',
      ].map((a): [string, string] => ['L', a]),
      ...[
        '1.5',
        '1.5\0junk',
        ' 1.5',
        '1.5 ',
        '1_0.5',
        '1e999',
        '-1e999',
        'inf',
        '-Infinity',
        'nan',
        'NaN',
        'infx',
        '.5',
        '5.',
        '.',
        '1e',
        '1e+',
        '0x1p3',
        '1.5e-400',
        '1__0.5',
        '_1.5',
        '1_.5',
        '1.5_',
        '1\0' + '1',
        '',
        '+',
        '--1',
        '1e5_0',
      ].map((a): [string, string] => ['F', a]),
      ...['0', '1', '010', '0x1', ' 3 ', '3\0x', '1_0', '-1', '', '9223372036854775808', '+2'].map(
        (a): [string, string] => ['p', a],
      ),
    ]
    const code = [
      'import json, pickle, sys',
      'def run(load, op, arg):',
      "    data = (b'Np' + arg + b'\\n0g' + arg + b'\\n.') if op == 'p' else op.encode() + arg + b'\\n.'",
      '    try: v = load(data)',
      '    except Exception: return None',
      "    return {'type': type(v).__name__, 'value': str(v) if isinstance(v, int) else None}",
      "print(json.dumps([[run(pickle.loads, op, a.encode('latin1')), run(pickle._loads, op, a.encode('latin1'))] for op, a in json.load(sys.stdin)]))",
    ].join('\n')
    const real: [{ type: string; value: string | null } | null, unknown][] = JSON.parse(
      py(code, JSON.stringify(cases)),
    )
    const ours = cases.map(([op, a]) => {
      const line = Buffer.from(a, 'latin1')
      if (op === 'I') {
        const v = intArgument(line)
        return v
          ? { type: v.bool ? 'bool' : 'int', value: v.bool ? null : v.value.toString() }
          : null
      }
      if (op === 'L') return longArgument(line)?.toString() ?? null
      // PUT refuses a negative index.
      return op === 'F' ? floatArgument(line) : (memoArgument(line) ?? -1n) >= 0n
    })
    const expected = cases.map(([op], i) => {
      const [c, python] = real[i]!
      if (op === 'I') return c && { type: c.type, value: c.type === 'bool' ? null : c.value }
      if (op === 'L') return c?.value ?? null
      return c !== null || python !== null
    })
    expect(ours).toEqual(expected)
    // The cases where the two unpicklers disagree are there: the C one reads on where pickle.py stops.
    expect(real.filter(([c, python]) => (c === null) !== (python === null)).length).toBeGreaterThan(
      5,
    )
  })
})

describe.skipIf(!hasPython)('4. the denylist reaches past os and subprocess', () => {
  const denied = hasPython
    ? execFileSync('ls', [dir], { encoding: 'utf8' })
        .split('\n')
        .filter((n) => n.startsWith('denied_') && n !== 'denied_urllib2.pkl')
    : []
  it('generates the denied set', () => expect(denied.length).toBeGreaterThan(30))

  it.each(denied)('%s is critical', async (name) => {
    const path = name.replace(/^denied_|\.pkl$/g, '').replace(/^__builtin__/, 'builtins')
    expect(critical(await scan(name)).some((m) => m.startsWith(`dangerous global ${path} `))).toBe(
      true,
    )
  })

  it('judges urllib2.urlopen under protocol 2 as the urllib.request.urlopen Python imports', async () => {
    expect(critical(await scan('denied_urllib2.pkl'))[0]).toMatch(
      /^dangerous global urllib\.request\.urlopen \(written as urllib2\.urlopen\) at byte 2: urllib\.request opens network connections/,
    )
  })

  it('keeps _codecs.encode (how protocol 2 writes bytes) off the denylist', async () => {
    expect(await scan('benign_bytes_p2.pkl')).toMatchObject({ scanned: true, findings: [] })
  })

  it("renames Python 2 names with CPython's own _compat_pickle tables", () => {
    const live = JSON.parse(
      py(
        'import _compat_pickle as c, json; print(json.dumps({"i": c.IMPORT_MAPPING, "n": [[" ".join(k), list(v)] for k, v in c.NAME_MAPPING.items()]}))',
        '',
      ),
    )
    expect(Object.fromEntries(IMPORT_MAPPING)).toEqual(live.i)
    expect(Object.fromEntries([...NAME_MAPPING].map(([k, v]) => [k, [...v]]))).toEqual(
      Object.fromEntries(live.n),
    )
  })
})

describe.skipIf(!hasPython)('5. every pickle in a file is scanned', () => {
  it.each([
    ['torch_legacy_evil_magic.pt', 2],
    ['torch_legacy_evil_payload.pt', 310],
    ['torch_legacy_evil_after.pt', 539],
    ['two_pickles.pkl', 50],
  ])('%s: the payload at byte %i is found', async (name, at) => {
    const r = await scan(name)
    expect(r.scanned).toBe(true)
    expect(critical(r)).toContain(
      `dangerous global posix.system at byte ${at}: posix runs operating-system commands`,
    )
  })

  it('reports bytes after the last pickle that are not a pickle', async () => {
    const r = await scan('pickle_then_junk.pkl')
    expect(r.findings).toEqual([
      {
        severity: 'medium',
        message: expect.stringMatching(
          /^the bytes from byte 22 on, after the last pickle, are not a pickle/,
        ),
      },
    ])
  })
})

describe.skipIf(!hasPython)('6. files are recognised by content, whatever their names', () => {
  it.each([
    ['preprocess.dat', 'pickle', true],
    ['polyglot.gif', 'pickle', true],
    ['notes.txt', 'text', false],
    ['weights.safetensors', 'safetensors', false],
    ['benign_plain.npy', 'numpy', false],
    ['benign_arrays.npz', 'numpy-zip', false],
  ])('%s is %s', async (name, format, evil) => {
    const r = await scan(name)
    expect(r.format).toBe(format)
    expect(critical(r).length > 0).toBe(evil)
    if (!evil) expect(r).toMatchObject({ scanned: true, executable: false, findings: [] })
  })

  it('names a file in a format it cannot parse as not scanned', async () => {
    expect(await scan('blob.bin')).toMatchObject({
      scanned: false,
      format: 'unknown',
      reason: expect.stringContaining('not a format G2 recognises'),
    })
  })
})

describe.skipIf(!hasPython)(
  '6. G2 scans the release material and every file of each OMS-signed folder',
  () => {
    /**
     * The OMS-signed model folder, its SSOT signed as G2 requires, plus extra
     * files in the folder (allowed as unsigned extras, so the OMS check itself passes).
     */
    const workspace = (edit: (ws: string) => void, modelScan: object = {}): string =>
      omsWorkspace(
        { allowExtraFiles: true },
        (ws) => edit(ws),
        () => {},
        { modelScan },
      )
    const g2 = (ws: string): Promise<EvidenceRecord> =>
      runG2(ws, { model: 'model/temp_max_baseline.onnx' })
    const check = (e: EvidenceRecord, file: string) =>
      e.checks.find((c) => c.id === `G2.model_scan.${file}`)

    it('fails a preprocess.pkl that runs os.system inside the signed folder', async () => {
      const e = await g2(
        workspace((ws) => cpSync(join(dir, 'reduce_p4.pkl'), join(ws, 'model', 'preprocess.pkl'))),
      )
      expect(e.status).toBe('fail')
      expect(check(e, 'model/preprocess.pkl')).toMatchObject({
        status: 'fail',
        message: expect.stringMatching(/critical: dangerous global posix\.system/),
      })
      expect(check(e, 'model/MODEL_CARD.md')).toMatchObject({
        status: 'pass',
        message: 'text: not executable, nothing to scan',
      })
      expect(check(e, 'model/temp_max_baseline.onnx')).toMatchObject({
        status: 'pass',
        message: 'onnx: no issues',
      })
      // The model folder (3 files) and the signed SSOT files (model.json, security.json: text).
      expect(e.summary).toMatch(/5 of 5 files scanned \(3 plain data\)/)
    })

    it('passes the signed folder with plain data in it, saying which files hold nothing to scan', async () => {
      const e = await g2(
        workspace((ws) => {
          cpSync(join(dir, 'weights.safetensors'), join(ws, 'model', 'weights.safetensors'))
          cpSync(join(dir, 'benign_plain.npy'), join(ws, 'model', 'stats.npy'))
          cpSync(join(dir, 'sklearn.joblib'), join(ws, 'model', 'head.joblib'))
        }),
      )
      expect(e.status, JSON.stringify(e.checks.filter((c) => c.status !== 'pass'))).toBe('pass')
      expect(check(e, 'model/weights.safetensors')).toMatchObject({
        status: 'pass',
        message: 'safetensors: not executable, nothing to scan',
      })
      expect(check(e, 'model/head.joblib')).toMatchObject({
        status: 'pass',
        message: 'joblib: no issues',
      })
    })

    it('fails an unrecognised file by default; warns, names it and never says "no issues" when the SSOT says warn', async () => {
      const add = (ws: string) => cpSync(join(dir, 'blob.bin'), join(ws, 'model', 'tokenizer.bin'))
      const failed = await g2(workspace(add))
      expect(failed.status).toBe('fail')
      expect(check(failed, 'model/tokenizer.bin')).toMatchObject({
        status: 'fail',
        value: null,
        message: expect.stringMatching(/^not scanned: not a format G2 recognises/),
      })
      const warned = await g2(workspace(add, { unscannable: 'warn' }))
      expect(warned.status).toBe('pass')
      expect(check(warned, 'model/tokenizer.bin')).toMatchObject({
        status: 'warn',
        severity: 'warn',
      })
      expect(warned.summary).toMatch(
        /4 of 5 files scanned \(3 plain data\), not scanned: model\/tokenizer\.bin/,
      )
    })

    it('gives status error for an unscannable setting that is neither fail nor warn', async () => {
      const e = await g2(workspace(() => {}, { unscannable: 'ignore' }))
      expect(e.status).toBe('error')
      expect(
        e.problems.map((p) => `${p.file} ${p.pointer} ${p.message} ${p.expected ?? ''}`).join('\n'),
      ).toMatch(/security\.json .*\/modelScan\/unscannable/)
    })

    it('gives status error for an allowed global that is not a dotted path', async () => {
      const e = await g2(workspace(() => {}, { allowedGlobals: ['Scaler'] }))
      expect(e.status).toBe('error')
      expect(e.problems.map((p) => `${p.file} ${p.pointer} ${p.message}`).join('\n')).toMatch(
        /security\.json \/modelScan\/allowedGlobals\/0 /,
      )
    })

    it('fails a pickle that calls a class nobody listed, and passes it once the team lists it (modelScan.allowedGlobals)', async () => {
      const add = (ws: string) =>
        cpSync(join(dir, 'unknown_class.pkl'), join(ws, 'model', 'features.pkl'))
      const failed = await g2(workspace(add))
      expect(check(failed, 'model/features.pkl')).toMatchObject({
        status: 'fail',
        message: expect.stringMatching(/^pickle: high: unknown global mycompany\.features\.Scaler/),
      })
      const passed = await g2(workspace(add, { allowedGlobals: ['mycompany.features.Scaler'] }))
      expect(check(passed, 'model/features.pkl')).toMatchObject({
        status: 'pass',
        message: 'pickle: no issues',
      })
    })

    it('reports symbolic links in the signed folder: one that leaves it fails, one inside passes', async () => {
      const e = await g2(
        workspace((ws) => {
          writeFileSync(join(ws, 'outside.pkl'), readFileSync(join(dir, 'reduce_p4.pkl')))
          symlinkSync('../outside.pkl', join(ws, 'model', 'escape.pkl'))
          symlinkSync('MODEL_CARD.md', join(ws, 'model', 'README.md'))
        }),
      )
      expect(e.status).toBe('fail')
      expect(check(e, 'model/escape.pkl')).toMatchObject({
        status: 'fail',
        message: expect.stringMatching(
          /symbolic link to "\.\.\/outside\.pkl" leaves the signed folder model\//,
        ),
      })
      expect(check(e, 'model/README.md')).toMatchObject({ status: 'pass' })
      expect(e.checks.some((c) => c.id === 'G2.model_scan.outside.pkl')).toBe(false)
    })

    it('scans release material whatever its extension', async () => {
      const ws = workspace((w) => cpSync(join(dir, 'preprocess.dat'), join(w, 'features.dat')))
      const cfg = JSON.parse(readFileSync(join(ws, 'ssot', 'security.json'), 'utf8'))
      execFileSync('openssl', [
        'ecparam',
        '-name',
        'prime256v1',
        '-genkey',
        '-noout',
        '-out',
        join(ws, 'k.pem'),
      ])
      execFileSync(
        'openssl',
        ['ec', '-in', join(ws, 'k.pem'), '-pubout', '-out', join(ws, 'k.pub')],
        { stdio: 'ignore' },
      )
      writeFileSync(
        join(ws, 'features.dat.sig'),
        execFileSync('openssl', [
          'dgst',
          '-sha256',
          '-sign',
          join(ws, 'k.pem'),
          join(ws, 'features.dat'),
        ]).toString('base64'),
      )
      cfg.keys.push({ id: 'k', algorithm: 'ecdsa-p256-sha256', publicKeyPath: 'k.pub' })
      cfg.releaseMaterial = [{ path: 'features.dat', signature: 'features.dat.sig', keyId: 'k' }]
      writeFileSync(join(ws, 'ssot', 'security.json'), JSON.stringify(cfg))
      const e = await g2(ws)
      expect(e.checks.find((c) => c.rule === 'signature')).toMatchObject({ status: 'pass' })
      expect(check(e, 'features.dat')).toMatchObject({
        status: 'fail',
        message: expect.stringMatching(/dangerous global posix\.system/),
      })
    })

    it('treats the external data an ONNX model names as tensor bytes', async () => {
      const e = await g2(
        workspace((ws) => {
          cpSync(join(onnxDir, 'ok_external.onnx'), join(ws, 'model', 'ext.onnx'))
          cpSync(join(onnxDir, 'w16.bin'), join(ws, 'model', 'w16.bin'))
        }),
      )
      expect(check(e, 'model/ext.onnx')).toMatchObject({
        status: 'pass',
        message: 'onnx: no issues',
      })
      expect(check(e, 'model/w16.bin')).toMatchObject({
        status: 'pass',
        message: 'onnx-external-data: not executable, nothing to scan',
      })
    })
  },
)

describe.skipIf(!hasPython)('7. ONNX: every tensor, subgraph and function is checked', () => {
  const onnx = (name: string) => scanFile(join(onnxDir, name))
  it.each([
    [
      'constant_escape.onnx',
      'critical',
      'external data path "../../secret.bin" of tensor "c" (attribute of the main graph Constant node) climbs out with "..": it leaves the model\'s folder',
    ],
    [
      'subgraph_escape.onnx',
      'critical',
      'external data path "/etc/passwd" of tensor "abs" (attribute of subgraph of the main graph If node Constant node) is absolute: it leaves the model\'s folder',
    ],
    [
      'sparse_escape.onnx',
      'critical',
      'external data path "..\\..\\secret.bin" of tensor "sv" (sparse initializer of the main graph) climbs out with "..": it leaves the model\'s folder',
    ],
    [
      'loop_custom_domain.onnx',
      'high',
      'custom operator domain "com.evil" is not allowed (modelScan.allowedOnnxDomains): Exec',
    ],
    [
      'function_custom_domain.onnx',
      'high',
      'custom operator domain "com.evil" is not allowed (modelScan.allowedOnnxDomains): Exec',
    ],
    [
      'length_mismatch.onnx',
      'high',
      'tensor "w" (initializer of the main graph) declares 8 bytes of external data, but its dims [4] and data type 1 need 16',
    ],
    [
      'empty_external.onnx',
      'high',
      'external data "empty.bin" of tensor "w" (initializer of the main graph) needs bytes up to 16, but the file has 0',
    ],
    [
      'offset_past_end.onnx',
      'high',
      'external data "w16.bin" of tensor "w" (initializer of the main graph) needs bytes up to 24, but the file has 16',
    ],
  ])('%s', async (name, severity, message) => {
    expect((await onnx(name)).findings).toEqual([{ severity, message }])
  })

  it('passes external data that fits and calls to local functions', async () => {
    expect(await onnx('ok_external.onnx')).toMatchObject({ scanned: true, findings: [] })
    expect(await onnx('function_ok.onnx')).toMatchObject({ scanned: true, findings: [] })
  })

  it('flags external data that leaves the model folder, a missing one, and custom operator domains', async () => {
    const external = readFileSync(join(REPO, '__tests__', 'fixtures', 'g1', 'external.onnx'))
    expect(
      (await scanModelFile('external.onnx', external, DEFAULT_SCAN_POLICY)).findings.map(
        (f) => f.message,
      ),
    ).toContain('external data file "external.onnx.data" is missing')
    expect(
      (await scanModelFile('external.onnx', external, DEFAULT_SCAN_POLICY, () => ({ size: 16 })))
        .findings,
    ).toEqual([])
    // Same length, so the protobuf stays well-formed.
    const escaping = Buffer.from(
      external.toString('latin1').replace('external.onnx.data', '../../../etc/passw'),
      'latin1',
    )
    expect(
      (await scanModelFile('x.onnx', escaping, DEFAULT_SCAN_POLICY, () => ({ size: 16 })))
        .findings[0]!.message,
    ).toMatch(/^external data path "\.\.\/\.\.\/\.\.\/etc\/passw" .* leaves the model's folder/)
    expect(
      (
        await scanModelFile('x.onnx', external, DEFAULT_SCAN_POLICY, () => ({
          size: 16,
          outside: true,
        }))
      ).findings[0]!.message,
    ).toMatch(/resolves outside the model's folder through a symbolic link/)
    const template = readFileSync(join(REPO, 'template', 'models', 'temp_max.onnx'))
    expect(
      (
        await scanModelFile('t.onnx', template, {
          ...DEFAULT_SCAN_POLICY,
          allowedOnnxDomains: [''],
        })
      ).findings
        .map((f) => f.message)
        .join('\n'),
    ).toMatch(
      /custom operator domain "ai\.onnx\.ml" is not allowed \(modelScan\.allowedOnnxDomains\)/,
    )
  })
})

describe('8. archives: real inflated bytes, entry names, ZIP64', () => {
  /** A zip built byte by byte: stored or deflated entries, with the uncompressed size they claim. */
  function zip(
    entries: { name: string; data: Buffer; deflate?: boolean; declared?: number }[],
  ): Buffer {
    const locals: Buffer[] = []
    const centrals: Buffer[] = []
    let offset = 0
    for (const e of entries) {
      const body = e.deflate ? deflateRawSync(e.data) : e.data
      const name = Buffer.from(e.name)
      const declared = e.declared ?? e.data.length
      const local = Buffer.alloc(30)
      local.writeUInt32LE(0x04034b50, 0)
      local.writeUInt16LE(e.deflate ? 8 : 0, 8)
      local.writeUInt32LE(body.length, 18)
      local.writeUInt32LE(declared, 22)
      local.writeUInt16LE(name.length, 26)
      const central = Buffer.alloc(46)
      central.writeUInt32LE(0x02014b50, 0)
      central.writeUInt16LE(e.deflate ? 8 : 0, 10)
      central.writeUInt32LE(body.length, 20)
      central.writeUInt32LE(declared, 24)
      central.writeUInt16LE(name.length, 28)
      central.writeUInt32LE(offset, 42)
      locals.push(local, name, body)
      centrals.push(central, name)
      offset += 30 + name.length + body.length
    }
    const cd = Buffer.concat(centrals)
    const end = Buffer.alloc(22)
    end.writeUInt32LE(0x06054b50, 0)
    end.writeUInt16LE(entries.length, 8)
    end.writeUInt16LE(entries.length, 10)
    end.writeUInt32LE(cd.length, 12)
    end.writeUInt32LE(offset, 16)
    return Buffer.concat([...locals, cd, end])
  }
  const NONE_PICKLE = Buffer.from([0x80, 0x02, 0x4e, 0x2e])

  it('stops inflating at the limit, whatever size the entry declares', async () => {
    const bomb = zip([
      { name: 'archive/data.pkl', data: Buffer.alloc(50_000_000), deflate: true, declared: 1 },
    ])
    const r = await scanModelFile('bomb.pt', bomb, {
      ...DEFAULT_SCAN_POLICY,
      maxUncompressedBytes: 10_000_000,
    })
    expect(r.scanned).toBe(false)
    expect(r.findings).toContainEqual({
      severity: 'high',
      message:
        'archive/data.pkl: the archive expands past 10000000 bytes (modelScan.maxUncompressedBytes): a zip bomb?',
    })
    const lying = await scanModelFile(
      'lying.pt',
      zip([
        {
          name: 'archive/data.pkl',
          data: Buffer.concat([NONE_PICKLE, Buffer.alloc(5_000_000)]),
          deflate: true,
          declared: 1,
        },
      ]),
      DEFAULT_SCAN_POLICY,
    )
    expect(lying.findings.map((f) => f.message)).toContain(
      'archive/data.pkl: declares 1 bytes uncompressed but inflates to 5000004',
    )
  })

  it('reports archives over the entry limit, nested archives and nesting too deep', async () => {
    const many = zip(
      Array.from({ length: 20 }, (_, i) => ({ name: `f${i}`, data: Buffer.from('x') })),
    )
    expect(
      (await scanModelFile('many.pt', many, { ...DEFAULT_SCAN_POLICY, maxArchiveEntries: 10 }))
        .findings[0]!.message,
    ).toMatch(/20 entries, over the limit of 10/)
    const nested = zip([
      { name: 'inner.zip', data: many },
      { name: 'archive/data.pkl', data: NONE_PICKLE },
    ])
    expect(
      (await scanModelFile('nested.pt', nested, DEFAULT_SCAN_POLICY)).findings.map(
        (f) => f.message,
      ),
    ).toContain('nested archive "inner.zip" inside a model archive')
    let deep = zip([{ name: 'data.pkl', data: NONE_PICKLE }])
    for (let i = 0; i < 4; i++) deep = zip([{ name: `level${i}.zip`, data: deep }])
    const r = await scanModelFile('deep.zip', deep, DEFAULT_SCAN_POLICY)
    expect(r.scanned).toBe(false)
    expect(r.findings.map((f) => f.message).join('\n')).toMatch(/archives nested more than 3 deep/)
  })

  it.skipIf(!hasPython)(
    'flags entry names that climb out, are absolute, use backslashes or drive letters',
    async () => {
      const messages = (await scan('traversal.zip')).findings.map((f) => f.message)
      expect(messages).toEqual(
        expect.arrayContaining([
          'entry name "../evil.pkl" has a ".." component: extracted, it lands outside the target folder',
          'entry name "/etc/cron.d/evil" has an absolute path: extracted, it lands outside the target folder',
          'entry name "a\\..\\b.pkl" has a backslash (a Windows path separator): extracted, it lands outside the target folder',
          'entry name "C:evil.pkl" has a drive letter: extracted, it lands outside the target folder',
        ]),
      )
    },
  )

  it.skipIf(!hasPython)(
    'reads ZIP64 archives (as PyTorch writes large checkpoints) and deflated entries, and every entry by content',
    async () => {
      expect(critical(await scan('zip64_evil.pt'))).toContain(
        'archive/data.pkl: dangerous global posix.system at byte 2: posix runs operating-system commands',
      )
      expect(critical(await scan('deflated_evil.pt'))).toContain(
        'archive/data.pkl: dangerous global posix.system at byte 2: posix runs operating-system commands',
      )
      expect(critical(await scan('torch_zip_evil_record.pt'))).toContain(
        'archive/extra/preprocess.bin: dangerous global posix.system at byte 2: posix runs operating-system commands',
      )
    },
  )
})

describe.skipIf(!hasPython)('9. files over 2 GiB are read by ranges, never whole', () => {
  const large = mkdtempSync(join(tmpdir(), 'mg-large-'))
  afterAll(() => rmSync(large, { recursive: true, force: true }))

  it('finds the payload after 3 GiB of bytes in a pickle, after a 4 GiB storage in a ZIP64 checkpoint, and after a 2.25 GiB initializer in ONNX', async () => {
    // Sparse files: no disk is used, and the scan must not read what it steps over.
    execFileSync(PYTHON, [join(import.meta.dirname, 'make_pickles.py'), large, '--large'])
    execFileSync(PYTHON, [join(import.meta.dirname, 'make_onnx.py'), large, '--large'])
    // What is measured is what the scan reads and holds, not how long it takes: wall time on a shared runner says little.
    const before = process.memoryUsage().rss
    const scanLarge = async (name: string) => {
      const source = new FileSource(join(large, name))
      try {
        const scanned = await scanModelFile(name, source, DEFAULT_SCAN_POLICY)
        return { scanned, size: source.size, read: source.bytesRead }
      } finally {
        source.close()
      }
    }
    const pickle = await scanLarge('large.pkl')
    expect(critical(pickle.scanned)).toEqual([
      'dangerous global posix.system at byte 3221225499: posix runs operating-system commands',
    ])
    const zip64 = await scanLarge('large.pt')
    expect(zip64.scanned).toMatchObject({ format: 'pytorch-zip', scanned: true })
    expect(critical(zip64.scanned)).toEqual([
      'archive/extra.pkl: dangerous global posix.system at byte 2: posix runs operating-system commands',
    ])
    const onnx = await scanLarge('large.onnx')
    expect(onnx.scanned.findings).toEqual([
      {
        severity: 'high',
        message:
          'custom operator domain "com.evil" is not allowed (modelScan.allowedOnnxDomains): Exec',
      },
    ])
    for (const r of [pickle, zip64, onnx]) {
      expect(r.size).toBeGreaterThan(2 ** 31)
      expect(r.read).toBeLessThan(8 * 1024 * 1024)
    }
    expect(process.memoryUsage().rss - before).toBeLessThan(256 * 1024 * 1024)
  })

  it('reads a whole file through FileSource by ranges', () => {
    const src = new FileSource(join(dir, 'notes.txt'))
    expect(src.size).toBe(32)
    expect(Buffer.from(src.read(6, 4)).toString()).toBe('text')
    expect(src.bytesRead).toBe(4)
    src.close()
  })
})
