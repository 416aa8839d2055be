import { parsePythonLiteral, type PyValue } from './python-literal.js'

/**
 * What numpy.load makes of the header of an .npy file, decided as numpy
 * decides it (numpy/lib/_format_impl.py: _read_array_header, descr_to_dtype,
 * read_array): the header is a Python literal read with ast.literal_eval
 * (for format versions 1.0 and 2.0, retried without Python 2's L suffixes),
 * it must be a dict with exactly the keys descr, fortran_order and shape,
 * and when the dtype descr names holds Python objects anywhere (an object
 * or StringDType field, a structured or sub-array dtype with one), numpy
 * unpickles the bytes after the header.
 */
export type NpyHeader =
  /** numpy reads the array; `objects`: its dtype holds Python objects, so the data is a pickle numpy loads. */
  | { kind: 'array'; objects: boolean }
  /** numpy raises on this header: nothing is loaded. */
  | { kind: 'refused'; reason: string }
  /** Outside the literals G2 parses (a float, a \N{name} escape): G2 cannot tell what numpy does. */
  | { kind: 'unreadable'; reason: string }

const KEYS = ['descr', 'fortran_order', 'shape']

/**
 * Whether a dtype string numpy.dtype() reads holds Python objects: any
 * field of a comma string ("i4, O"), after an optional sub-array shape
 * ("(2,)O", "2O") and byte order, that is O (with its item size), object,
 * object_ or StringDType's T.
 */
function dtypeStringHasObject(s: string): boolean {
  return s
    .split(',')
    .some((field) => /^\s*(\([\d,\s]*\)|\d+)?\s*([<>|=]?(O\d*|T)|object_?)\s*$/.test(field))
}

/** descr_to_dtype's walk: a string, a (dtype, shape) tuple, or fields (name, dtype[, shape]); undefined when numpy cannot make a dtype of it. */
function descrHasObject(d: PyValue): boolean | undefined {
  if (d.t === 'str') return dtypeStringHasObject(d.v)
  if (d.t === 'tuple') return d.items.length ? descrHasObject(d.items[0]!) : undefined
  // Anything else is iterated as a list of fields, as descr_to_dtype does (a dict by its keys).
  const fields =
    d.t === 'list' || d.t === 'set'
      ? d.items
      : d.t === 'dict'
        ? d.entries.map(([k]) => k)
        : undefined
  if (!fields) return undefined
  let objects = false
  for (const field of fields) {
    const parts =
      field.t === 'tuple' || field.t === 'list'
        ? field.items
        : field.t === 'str'
          ? [...field.v].map((v): PyValue => ({ t: 'str', v }))
          : undefined
    if (!parts || (parts.length !== 2 && parts.length !== 3)) return undefined
    const inner = descrHasObject(parts[1]!)
    if (inner === undefined) return undefined
    objects ||= inner
  }
  return objects
}

/** Judges an .npy header (already decoded: latin1 for versions 1 and 2, UTF-8 for 3) the way numpy reads it. */
export function judgeNpyHeader(text: string, major: number): NpyHeader {
  let parsed = parsePythonLiteral(text)
  if ('error' in parsed && parsed.error.kind === 'syntax' && major <= 2)
    parsed = parsePythonLiteral(text, { py2Longs: true })
  if ('error' in parsed) {
    return parsed.error.kind === 'unsupported'
      ? { kind: 'unreadable', reason: parsed.error.message }
      : { kind: 'refused', reason: `the header is not a Python literal (${parsed.error.message})` }
  }
  const d = parsed.value
  if (d.t !== 'dict') return { kind: 'refused', reason: 'the header is not a dict' }
  const keys = d.entries.map(([k]) => (k.t === 'str' ? k.v : undefined))
  if (keys.length !== KEYS.length || !KEYS.every((k) => keys.includes(k)))
    return {
      kind: 'refused',
      reason: 'the header does not hold exactly the keys descr, fortran_order and shape',
    }
  const get = (name: string) => d.entries.find(([k]) => k.t === 'str' && k.v === name)![1]
  const shape = get('shape')
  if (shape.t !== 'tuple' || !shape.items.every((x) => x.t === 'int' || x.t === 'bool'))
    return { kind: 'refused', reason: 'shape is not a tuple of ints' }
  if (get('fortran_order').t !== 'bool')
    return { kind: 'refused', reason: 'fortran_order is not a bool' }
  const objects = descrHasObject(get('descr'))
  if (objects === undefined) return { kind: 'refused', reason: 'descr is not a dtype description' }
  return { kind: 'array', objects }
}
