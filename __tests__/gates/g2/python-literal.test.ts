import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import {
  parsePythonLiteral,
  type PyValue,
} from '../../../src/gates/g2/model-scan/python-literal.js'
import { judgeNpyHeader } from '../../../src/gates/g2/model-scan/npy-header.js'
import { PYTHON, pythonHas } from '../../support/python.js'

/** The literal parser behind .npy headers, against Python's own ast.literal_eval and numpy's header reader. */
const hasPython = pythonHas(['numpy'], 'the Python literal tests')
const LITERALS = [
  "{'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }",
  '{"descr": "|O", "fortran_order": True, "shape": ()}',
  "{'a': [1, (2, 3)], 'b': {1, 2}, 'c': None}",
  "'a' 'b' \"c\"",
  "u'x'",
  "rb'\\\\x'",
  "b'\\x41\\101'",
  "'\\x4f\\u00e9\\U0001F600'",
  "'\\q\\8'",
  "'''a\nb'''",
  "r'a\\'b'",
  "'a\\\nb'",
  '-1',
  '+1',
  '- 1',
  '-(1)',
  '--1',
  '-True',
  '-(1,)',
  '0x_1f',
  '0o17',
  '0b101',
  '0_0',
  '00',
  '010',
  '1__0',
  '1_',
  '1_000',
  '(1)',
  '1,2',
  '1,',
  '()',
  '(,)',
  '[,]',
  '[1,]',
  '{}',
  '{1:2,}',
  '{,}',
  '{1, 2,}',
  '{True: 1, 1: 2}',
  '{[1]: 2}',
  '{(1, [2]): 3}',
  '{{1}}',
  '\n{1:2}',
  '  \n {1:2}',
  '{1:2}\n  ',
  '{1:2}\n x',
  ' \t{1:2}',
  '\f{1:2}',
  '{1:2}  # c\n',
  '# c\n{1:2}',
  '{1:\\\n2}',
  '{1:2}\\\n',
  '{1:2}\\\n\n',
  '{1:2}\n  \n',
  '{1:2}\n  #c',
  '{1:2}\n\t',
  '{1:2}\x0b',
  '{1:2}\r\n',
  '\r\n{1:2}',
  '{1:\n2}',
  '{1:#c\n2}',
  '1 2',
  "'a'\n'b'",
  "('a'\n'b')",
  'True',
  'False',
  'None',
  'none',
  "f'a'",
  "ur'a'",
  "'a' b'b'",
  "b'\u00e9'",
  "'unterminated",
  '',
  '   ',
  '{1:2}\0',
]
const HEADERS = [
  "{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }",
  "{'shape': (1,), 'fortran_order': False, 'descr': '|O', }",
  "{'descr': [('a', '<i4'), ('b', [('c', 'O')])], 'fortran_order': False, 'shape': (1,)}",
  "{'descr': [('a', '<i4'), ('b', '<f8', (2,))], 'fortran_order': False, 'shape': (1,)}",
  "{'descr': ('<i4', (2, 2)), 'fortran_order': False, 'shape': (1,)}",
  "{'descr': 'i4,O', 'fortran_order': False, 'shape': (True,)}",
  "{'descr': '<f8', 'fortran_order': 0, 'shape': (3,)}",
  "{'descr': '<f8', 'fortran_order': False, 'shape': [3]}",
  "{'descr': '<f8', 'fortran_order': False, 'shape': (3,), 'extra': 1}",
  "{b'descr': '<f8', 'fortran_order': False, 'shape': (3,)}",
  "{'descr': '<f8', 'fortran_order': False}",
  "['descr', 'fortran_order', 'shape']",
  "{'descr': '<f8', 'fortran_order': False, 'shape': (3L,)}",
  "{'descr': 'T', 'fortran_order': False, 'shape': (3,)}",
]

/** A Python value as JSON both sides can produce. */
function canon(v: PyValue): unknown {
  switch (v.t) {
    case 'int':
      return { int: v.v.toString() }
    case 'bool':
      return { bool: v.v }
    case 'none':
      return null
    case 'str':
      return { str: v.v }
    case 'bytes':
      return { bytes: v.v }
    case 'tuple':
    case 'list':
      return { [v.t]: v.items.map(canon) }
    case 'set':
      return { set: v.items.map((x) => JSON.stringify(canon(x))).sort() }
    case 'dict':
      return { dict: v.entries.map(([k, x]) => [canon(k), canon(x)]) }
  }
}

const PY_CANON = `
import ast, json, sys, warnings
warnings.simplefilter('ignore')
def canon(v):
    if isinstance(v, bool): return {'bool': v}
    if isinstance(v, int): return {'int': str(v)}
    if v is None: return None
    if isinstance(v, str): return {'str': v}
    if isinstance(v, bytes): return {'bytes': v.decode('latin1')}
    if isinstance(v, tuple): return {'tuple': [canon(x) for x in v]}
    if isinstance(v, list): return {'list': [canon(x) for x in v]}
    if isinstance(v, (set, frozenset)): return {'set': sorted(json.dumps(canon(x), separators=(',', ':')) for x in v)}
    if isinstance(v, dict): return {'dict': [[canon(k), canon(x)] for k, x in v.items()]}
    raise TypeError(type(v))
out = []
for s in json.load(sys.stdin):
    try: out.append({'value': canon(ast.literal_eval(s))})
    except SyntaxError: out.append({'error': 'syntax'})
    except ValueError: out.append({'error': 'value'})
    except TypeError: out.append({'error': 'type'})
print(json.dumps(out))
`
const PY_NUMPY = `
import io, json, sys, warnings
import numpy as np
from numpy.lib import format
warnings.simplefilter('ignore')
out = []
for h in json.load(sys.stdin):
    text = h.encode('latin1') + b' ' * (-(len(h) + 11) % 64) + b'\\n'
    f = io.BytesIO(b'\\x93NUMPY\\x01\\x00' + len(text).to_bytes(2, 'little') + text)
    format.read_magic(f)
    try:
        shape, order, dtype = format.read_array_header_1_0(f)
        out.append({'objects': bool(dtype.hasobject)})
    except Exception as e:
        out.append({'refused': type(e).__name__})
print(json.dumps(out))
`

describe.skipIf(!hasPython)('Python literals as ast.literal_eval reads them', () => {
  const expected: ({ value: unknown } | { error: string })[] = hasPython
    ? JSON.parse(
        execFileSync(PYTHON, ['-c', PY_CANON], {
          input: JSON.stringify(LITERALS),
          encoding: 'utf8',
        }),
      )
    : []

  it.each(LITERALS.map((text, i) => [JSON.stringify(text), i] as const))('%s', (_, i) => {
    const got = parsePythonLiteral(LITERALS[i]!)
    expect('value' in got ? { value: canon(got.value) } : { error: got.error.kind }).toEqual(
      expected[i],
    )
  })

  it('says what it does not read instead of guessing: floats, complex numbers, \\N{name} escapes', () => {
    for (const text of ['1.5', '1e3', '2j', "'\\N{LATIN SMALL LETTER A}'"])
      expect(parsePythonLiteral(text)).toMatchObject({ error: { kind: 'unsupported' } })
  })
})

describe.skipIf(!hasPython)('.npy headers judged as numpy judges them', () => {
  const expected: ({ objects: boolean } | { refused: string })[] = hasPython
    ? JSON.parse(
        execFileSync(PYTHON, ['-c', PY_NUMPY], {
          input: JSON.stringify(HEADERS),
          encoding: 'utf8',
        }),
      )
    : []

  it.each(HEADERS.map((text, i) => [text, i] as const))('%s', (text, i) => {
    const got = judgeNpyHeader(text, 1)
    const want = expected[i]!
    if ('objects' in want) expect(got).toEqual({ kind: 'array', objects: want.objects })
    else expect(got.kind).toBe('refused')
  })
})
