import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ByteStream } from '../../../src/io/byte-stream.js'
import {
  DEFAULT_SCAN_POLICY,
  type FileScan,
  type ScanPolicy,
} from '../../../src/gates/g2/model-scan/model-scan.js'
import {
  escapeDecode,
  rawUnicodeEscapeDecode,
} from '../../../src/gates/g2/model-scan/pickle-codecs.js'
import {
  StringArgumentCheck,
  UnicodeArgumentCheck,
} from '../../../src/gates/g2/model-scan/pickle-text-args.js'
import {
  scanAll,
  scanCheck,
  scanTarget,
  type ScanTarget,
} from '../../../src/gates/g2/model-scan/scan-files.js'
import { PYTHON, pythonFixtures, pythonHas } from '../../support/python.js'

/**
 * Benign files real libraries write that G2 once misjudged (joblib at
 * protocols 0 and 1, protocol 0 arguments over 1 MiB, ONNX external data
 * that begins like a pickle, text in legacy encodings), each next to the
 * malicious variant that must still be caught. make_benign_scan.py writes
 * them with joblib, pickle, numpy, scikit-learn, onnx and pandas.
 */
const hasPython = pythonHas(['sklearn', 'joblib', 'onnx', 'pandas'], 'the scanning tests')
const dir = pythonFixtures(
  join(import.meta.dirname, 'make_benign_scan.py'),
  'mg-benign-',
  hasPython,
)

const target = (name: string): ScanTarget => ({
  absolute: join(dir, name),
  display: name,
  origin: 'test',
})
const scan = (name: string, policy: ScanPolicy = DEFAULT_SCAN_POLICY): Promise<FileScan> =>
  scanTarget(target(name), policy)
const messages = (r: FileScan, severity: string) =>
  r.findings.filter((f) => f.severity === severity).map((f) => f.message)
const SYSTEM = /^dangerous global posix\.system at byte \d+: posix runs operating-system commands$/
const clean = (r: FileScan) =>
  expect(r, JSON.stringify(r.findings)).toMatchObject({ scanned: true, findings: [] })

describe.skipIf(!hasPython)(
  'joblib at protocols 0 and 1: the wrapper copyreg._reconstructor makes',
  () => {
    it.each(['logistic_p0', 'logistic_p1', 'arrays_p0', 'arrays_p1'])(
      '%s passes, its arrays stepped over',
      async (name) => {
        const r = await scan(`joblib/${name}.joblib`)
        clean(r)
        expect(r.format).toBe('joblib')
        expect(r.parts.join('\n')).toMatch(/joblib arrays stepped over/)
      },
    )

    it.each(['evil_after_array_p0', 'evil_after_array_p1'])(
      '%s: os.system after the array bytes is still found',
      async (name) => {
        expect(
          messages(await scan(`joblib/${name}.joblib`), 'critical').some((m) => SYSTEM.test(m)),
        ).toBe(true)
      },
    )

    it.each(['fake_wrapper_p0', 'odd_base_p0'])(
      '%s: _reconstructor with another class or base is no wrapper, and the bytes after it are read as opcodes',
      async (name) => {
        expect(
          messages(await scan(`joblib/${name}.joblib`), 'critical').some((m) => SYSTEM.test(m)),
        ).toBe(true)
      },
    )
  },
)

describe.skipIf(!hasPython)('protocol 0 text arguments of any length', () => {
  it.each(['zeros_p0', 'random_p0', 'forest_p0'])(
    '%s (a text argument over 1 MiB) passes',
    async (name) => {
      const r = await scan(`long/${name}.pkl`)
      clean(r)
      expect(r.format).toBe('pickle')
    },
  )

  it.each(['evil_after_zeros_p0', 'evil_after_string_p0', 'evil_after_int_p0'])(
    '%s: the import after a 2 MB argument is found',
    async (name) => {
      expect(messages(await scan(`long/${name}.pkl`), 'critical').some((m) => SYSTEM.test(m))).toBe(
        true,
      )
    },
  )

  it.each([
    ['string_trailing_backslash', 'the STRING argument at byte 2: Trailing \\ in string'],
    ['string_bad_x', 'the STRING argument at byte 2: invalid \\x escape'],
    ['unicode_truncated', 'the UNICODE argument at byte 2: truncated \\uXXXX escape'],
  ])(
    '%s: a long argument Python refuses stops the scan where Python stops',
    async (name, error) => {
      expect(await scan(`long/${name}.pkl`)).toMatchObject({
        format: 'pickle',
        scanned: false,
        reason: `a pickle that Python cannot load either: ${error}`,
      })
    },
  )

  it('judges STRING and UNICODE arguments piece by piece exactly as Python decodes them whole', () => {
    const strings = [
      "''",
      '""',
      "'a'",
      "'",
      '"\'',
      '\'a"',
      "'\\'",
      "'\\\\'",
      "'\\\\\\'",
      "'\\x41'",
      "'\\x4'",
      "'\\x'",
      "'\\xg1'",
      "'\\x4g'",
      "'a\\'b'",
      "'\\n\\t\\q\\777'",
      "'\\0'",
      'x',
      '',
      "'abc\\x414243'",
      "''''",
    ]
    const unicode = [
      'a',
      '\\u0041',
      '\\u004',
      '\\U0010ffff',
      '\\U00110000',
      '\\U0010fff',
      '\\\\u12',
      '\\\\\\u0041',
      '\\',
      '\\\\',
      '\\x',
      '\\u',
      'ab\\U0001F600c',
      '\\u12g4',
    ]
    const code = [
      'import codecs, json, sys',
      'def ok(f):',
      '    try: f(); return True',
      '    except Exception: return False',
      'cases = json.load(sys.stdin)',
      "s = [len(a) >= 2 and a[0] == a[-1] and a[0] in '\\'\"' and ok(lambda: codecs.escape_decode(a[1:-1].encode('latin1'))) for a in cases['s']]",
      "u = [ok(lambda: a.encode('latin1').decode('raw-unicode-escape')) for a in cases['u']]",
      'print(json.dumps({"s": s, "u": u}))',
    ].join('\n')
    const real = JSON.parse(
      execFileSync(PYTHON, ['-W', 'ignore', '-c', code], {
        input: JSON.stringify({ s: strings, u: unicode }),
        encoding: 'utf8',
      }),
    )
    // Every split point, so that an escape cut between two pieces is judged like a whole one.
    const judged = (
      text: string,
      check: () => { feed(p: Uint8Array): void; finish(): string | undefined },
    ) => {
      const bytes = Buffer.from(text, 'latin1')
      const verdicts = new Set<boolean>()
      for (let cut = 0; cut <= bytes.length; cut++) {
        const c = check()
        c.feed(bytes.subarray(0, cut))
        c.feed(bytes.subarray(cut))
        verdicts.add(c.finish() === undefined)
      }
      expect(verdicts.size, text).toBe(1)
      return [...verdicts][0]
    }
    expect(strings.map((s) => judged(s, () => new StringArgumentCheck()))).toEqual(real.s)
    expect(unicode.map((s) => judged(s, () => new UnicodeArgumentCheck()))).toEqual(real.u)
    // And as the whole-line decoders the scanner uses for short arguments.
    const whole = (f: () => unknown) => {
      try {
        f()
        return true
      } catch {
        return false
      }
    }
    expect(
      unicode.map((s) => whole(() => rawUnicodeEscapeDecode(Buffer.from(s, 'latin1')))),
    ).toEqual(real.u)
    expect(
      strings.map(
        (s, i) =>
          real.s[i] === whole(() => escapeDecode(Buffer.from(s, 'latin1').subarray(1, -1))) ||
          !real.s[i],
      ),
    ).not.toContain(false)
  })

  it('streams a line of any length in bounded pieces', async () => {
    const chunks = [
      Buffer.alloc(3 << 20, 0x61),
      Buffer.alloc(3 << 20, 0x62),
      Buffer.from('c\nrest'),
    ]
    let i = 0
    const s = new ByteStream({ next: async () => chunks[i++] })
    const sizes: number[] = []
    expect(await s.streamLine((p) => sizes.push(p.length))).toBe(true)
    expect(sizes).toEqual([3 << 20, 3 << 20, 1])
    expect(Buffer.from(await s.peek(4)).toString()).toBe('rest')
    expect(await s.streamLine(() => {})).toBe(false)
  })
})

describe.skipIf(!hasPython)('ONNX external data that begins like a pickle', () => {
  const scanFolder = (folder: string, policy: ScanPolicy = DEFAULT_SCAN_POLICY) =>
    scanAll(
      [
        target(`${folder}/model.onnx`),
        target(`${folder}/${folder === 'onnx_shape' ? 'model.onnx.data' : 'w.bin'}`),
      ],
      policy,
    )

  it('calls an int64 tensor starting 80 02 (a PROTO 2 Python cannot load) tensor bytes, with and without forbidPickle', async () => {
    for (const policy of [DEFAULT_SCAN_POLICY, { ...DEFAULT_SCAN_POLICY, forbidPickle: true }]) {
      const [model, data] = await scanFolder('onnx_shape', policy)
      clean(model!)
      expect(data).toMatchObject({
        format: 'onnx-external-data',
        scanned: true,
        findings: [],
        parts: [
          'tensor bytes that onnx_shape/model.onnx keeps as external data: not executable, nothing to scan',
        ],
      })
    }
  })

  it('keeps "not scanned" for such bytes when no tensor names them', async () => {
    expect(await scan('onnx_shape/model.onnx.data')).toMatchObject({
      format: 'pickle',
      scanned: false,
      reason: expect.stringMatching(/^a pickle that Python cannot load either/),
    })
  })

  it('keeps the findings of a pickle a tensor names: one Python loads, one that imports an unknown class, one that imports and breaks off', async () => {
    const [, evil] = await scanFolder('onnx_evil')
    expect(evil).toMatchObject({ format: 'pickle' })
    expect(messages(evil!, 'critical').some((m) => SYSTEM.test(m))).toBe(true)
    const [, unknown] = await scanFolder('onnx_unknown')
    expect(unknown).toMatchObject({ format: 'pickle', scanned: true })
    expect(messages(unknown!, 'medium')).toEqual([
      expect.stringMatching(
        /^unknown global argparse\.Namespace at byte 2: imported but never called/,
      ),
    ])
    const [, broken] = await scanFolder('onnx_broken', {
      ...DEFAULT_SCAN_POLICY,
      forbidPickle: true,
    })
    expect(broken).toMatchObject({ format: 'pickle', scanned: false })
    expect(messages(broken!, 'critical')).toEqual([
      expect.stringMatching(/^pickle model formats are forbidden/),
      expect.stringMatching(SYSTEM),
    ])
  })
})

describe.skipIf(!hasPython)('text in legacy encodings, compressors, folders', () => {
  it.each(['excel_cp1252.csv', 'latin1.csv', 'utf16.csv', 'utf16be.csv', 'vtab_dos_eof.txt'])(
    '%s is text',
    async (name) => {
      const r = await scan(`text/${name}`)
      expect(r).toMatchObject({ format: 'text', scanned: true, executable: false, findings: [] })
      expect(scanCheck(r, DEFAULT_SCAN_POLICY, 'test')).toMatchObject({
        status: 'pass',
        message: 'text: not executable, nothing to scan',
      })
    },
  )

  it.each(['nul.bin', 'eof_inside.bin', 'utf16_lone_surrogate.bin'])(
    '%s is not text',
    async (name) => {
      expect(await scan(`text/${name}`)).toMatchObject({ format: 'unknown', scanned: false })
    },
  )

  it('reads a Latin-1 protocol 0 pickle as the pickle it is first', async () => {
    const r = await scan('text/evil_latin1.txt')
    expect(r.format).toBe('pickle')
    expect(messages(r, 'critical').some((m) => SYSTEM.test(m))).toBe(true)
  })

  it.each([
    ['frame.pkl.xz', 'xz-compressed content, which G2 cannot unpack'],
    ['frame.pkl.bz2', 'bz2-compressed content, which G2 cannot unpack'],
  ])("names pandas' %s by its compressor, not as joblib's", async (name, reason) => {
    expect(await scan(`text/${name}`)).toMatchObject({ scanned: false, reason })
  })

  it('names a folder given as a file', async () => {
    expect(await scan('folder')).toMatchObject({
      format: 'folder',
      scanned: false,
      reason:
        '"folder" is a folder, not a file (G2 scans the files of a folder only when an OMS signature covers it, in modelSignatures)',
    })
  })
})
