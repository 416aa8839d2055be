/**
 * Python literals as ast.literal_eval reads them (CPython 3.11), for the
 * header of a numpy .npy file, which numpy parses with literal_eval: dicts,
 * sets, lists, tuples (with or without parentheses), str and bytes (every
 * prefix and quote style, escapes, implicit concatenation), ints (every
 * base, underscores, one sign), True, False and None, with Python's
 * comments, line joining and blank-line rules. Floats, complex numbers and
 * \N{name} escapes are outside the subset: they are reported as
 * unsupported, not guessed.
 */

export type PyValue =
  | { t: 'str'; v: string }
  | { t: 'bytes'; v: string }
  | { t: 'int'; v: bigint }
  | { t: 'bool'; v: boolean }
  | { t: 'none' }
  | { t: 'tuple' | 'list' | 'set'; items: PyValue[] }
  /** Keys in first-insertion order; a repeated key keeps its last value, as a Python dict does. */
  | { t: 'dict'; entries: [PyValue, PyValue][] }

/** Why a text is not a literal: Python raises too ('syntax', 'value', 'type'), or it is outside the subset read here ('unsupported'). */
export interface PyLiteralError {
  kind: 'syntax' | 'value' | 'type' | 'unsupported'
  message: string
}

export interface PyLiteralOptions {
  /** Drop an L after an integer (numpy retries Python 2 headers that way, for format versions 1.0 and 2.0). */
  py2Longs?: boolean
}

class LiteralError extends Error {
  constructor(
    readonly kind: PyLiteralError['kind'],
    message: string,
  ) {
    super(message)
  }
}

type Token =
  | { k: 'num'; v: bigint; at: number }
  | { k: 'str'; bytes: boolean; v: string; at: number }
  | { k: 'name'; v: string; at: number }
  | { k: 'op'; v: string; at: number }
  | { k: 'end'; at: number }

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
}
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9'
const isNameStart = (c: string | undefined) => c !== undefined && /[A-Za-z_]/.test(c)
const isNameChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_]/.test(c)
const syntax = (message: string) => new LiteralError('syntax', message)

/** Splits the text into tokens, applying Python's rules for comments, line joining, blank lines and indentation. */
function tokenize(text: string, options: PyLiteralOptions): Token[] {
  if (text.includes('\0')) throw syntax('source code cannot contain null bytes')
  const tokens: Token[] = []
  let depth = 0
  let i = 0
  let lineStart = true
  let ended = false
  while (i < text.length) {
    const c = text[i]!
    if (lineStart && depth === 0) {
      // A line's indentation only matters when the line holds something; a blank or comment line is skipped.
      let j = i
      while (text[j] === ' ' || text[j] === '\t' || text[j] === '\f') j++
      const indented = /[ \t]/.test(text.slice(i, j))
      const next = text[j]
      if (next === undefined) {
        if (indented && i > 0) throw new LiteralError('syntax', 'unexpected indent')
        break
      }
      if (next !== '\n' && next !== '#' && indented && i > 0)
        throw new LiteralError('syntax', 'unexpected indent')
      i = j
      lineStart = false
      continue
    }
    if (c === ' ' || c === '\t' || c === '\f') {
      i++
      continue
    }
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++
      continue
    }
    if (c === '\\' && text[i + 1] === '\n') {
      i += 2
      if (i >= text.length) throw syntax('unexpected end of text after a line continuation')
      continue
    }
    if (c === '\n') {
      i++
      if (depth === 0) {
        if (tokens.length) ended = true
        lineStart = true
      }
      continue
    }
    if (ended) throw syntax(`more after the expression at character ${i}`)
    const at = i
    if ('([{'.includes(c)) depth++
    if (')]}'.includes(c)) depth = Math.max(0, depth - 1)
    if ('()[]{},:+-'.includes(c)) {
      tokens.push({ k: 'op', v: c, at })
      i++
      continue
    }
    if (isDigit(c) || (c === '.' && isDigit(text[i + 1]))) {
      const m =
        /^(0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|0(?:_?0)*|[1-9](?:_?[0-9])*)/.exec(
          text.slice(i),
        )
      const rest = text.slice(i + (m?.[0].length ?? 0))
      if (!m || /^[.eEjJ]/.test(rest) || (m[0] === '0' && isDigit(rest[0]))) {
        if (/^[0-9]*[.eEjJ]|^\./.test(text.slice(i)))
          throw new LiteralError(
            'unsupported',
            `a float or complex number at character ${i}, which a numpy header never holds`,
          )
        throw syntax(`an invalid number at character ${i}`)
      }
      const digits = m[0].replace(/_/g, '')
      const v = /^0[oO]/.test(digits) ? BigInt(`0o${digits.slice(2)}`) : BigInt(digits)
      i += m[0].length
      tokens.push({ k: 'num', v, at })
      if (options.py2Longs) {
        let j = i
        while (text[j] === ' ' || text[j] === '\t' || text[j] === '\f') j++
        if (text[j] === 'L' && !isNameChar(text[j + 1])) i = j + 1
      }
      if (isNameChar(text[i])) throw syntax(`an invalid number at character ${at}`)
      continue
    }
    if (isNameStart(c)) {
      let j = i
      while (isNameChar(text[j])) j++
      const word = text.slice(i, j)
      if (text[j] === "'" || text[j] === '"') {
        const prefix = word.toLowerCase()
        if (!['r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf'].includes(prefix))
          throw syntax(`an invalid string prefix ${word}`)
        if (prefix.includes('f')) throw new LiteralError('value', 'an f-string is not a literal')
        i = j
        tokens.push(
          readString(text, at, i, prefix.includes('r'), prefix.includes('b'), (end) => (i = end)),
        )
        continue
      }
      tokens.push({ k: 'name', v: word, at })
      i = j
      continue
    }
    if (c === "'" || c === '"') {
      tokens.push(readString(text, at, i, false, false, (end) => (i = end)))
      continue
    }
    throw syntax(`unexpected character ${JSON.stringify(c)} at character ${i}`)
  }
  tokens.push({ k: 'end', at: text.length })
  return tokens
}

/** A string literal starting at its quote (`q`), with its prefix already read; `done` receives the offset after it. */
function readString(
  text: string,
  at: number,
  q: number,
  raw: boolean,
  bytes: boolean,
  done: (end: number) => void,
): Token {
  const quote = text[q]!
  const triple = text.slice(q, q + 3) === quote.repeat(3)
  let i = q + (triple ? 3 : 1)
  let v = ''
  for (;;) {
    if (i >= text.length) throw syntax(`an unterminated string at character ${at}`)
    const c = text[i]!
    if (triple ? text.slice(i, i + 3) === quote.repeat(3) : c === quote) {
      i += triple ? 3 : 1
      break
    }
    if (!triple && c === '\n') throw syntax(`an unterminated string at character ${at}`)
    if (bytes && c.charCodeAt(0) > 0x7f)
      throw syntax('bytes can only contain ASCII literal characters')
    if (c !== '\\') {
      v += c
      i++
      continue
    }
    const e = text[i + 1]
    if (e === undefined) throw syntax(`an unterminated string at character ${at}`)
    if (raw) {
      // A raw string keeps its backslashes; one still stops a quote from ending the string.
      v += c + e
      i += 2
      continue
    }
    if (e === '\n') {
      i += 2
      continue
    }
    if (SIMPLE_ESCAPES[e] !== undefined) {
      v += SIMPLE_ESCAPES[e]
      i += 2
    } else if (e >= '0' && e <= '7') {
      const m = /^[0-7]{1,3}/.exec(text.slice(i + 1))![0]
      const code = parseInt(m, 8)
      if (bytes && code > 0xff)
        throw new LiteralError('unsupported', 'an octal escape over \\377 in bytes')
      v += String.fromCharCode(code)
      i += 1 + m.length
    } else if (e === 'x' || (!bytes && (e === 'u' || e === 'U'))) {
      const n = e === 'x' ? 2 : e === 'u' ? 4 : 8
      const hex = text.slice(i + 2, i + 2 + n)
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex))
        throw syntax(`a truncated \\${e} escape at character ${i}`)
      const code = parseInt(hex, 16)
      if (code > 0x10ffff) throw syntax(`an illegal Unicode character at character ${i}`)
      v += String.fromCodePoint(code)
      i += 2 + n
    } else if (e === 'N' && !bytes) {
      throw new LiteralError('unsupported', 'a \\N{name} escape')
    } else {
      v += c + e
      i += 2
    }
  }
  done(i)
  return { k: 'str', bytes, v, at }
}

/** Whether a value can be a dict key or set item (Python hashes it). */
function hashable(v: PyValue): boolean {
  if (v.t === 'list' || v.t === 'dict' || v.t === 'set') return false
  return v.t !== 'tuple' || v.items.every(hashable)
}

/** Python's equality for hashable literals (True == 1, False == 0). */
function key(v: PyValue): string {
  switch (v.t) {
    case 'str':
      return `s${v.v}`
    case 'bytes':
      return `b${v.v}`
    case 'int':
      return `i${v.v}`
    case 'bool':
      return `i${v.v ? 1 : 0}`
    case 'none':
      return 'n'
    case 'tuple':
      return `t(${v.items.map(key).join(',')})`
    default:
      return '?'
  }
}

function parseTokens(tokens: Token[]): PyValue {
  let p = 0
  const peek = () => tokens[p]!
  const isOp = (v: string) => {
    const t = peek()
    return t.k === 'op' && t.v === v
  }
  const expect = (v: string) => {
    if (!isOp(v)) throw syntax(`expected "${v}" at character ${peek().at}`)
    p++
  }
  /** expr (',' expr)* [','] until `close`; returns the items and whether a comma was seen. */
  const sequence = (close: string | undefined): { items: PyValue[]; comma: boolean } => {
    const items: PyValue[] = []
    let comma = false
    while (!(close ? isOp(close) : peek().k === 'end')) {
      items.push(expr())
      if (!isOp(',')) break
      p++
      comma = true
    }
    return { items, comma }
  }
  const expr = (): PyValue => {
    if (isOp('+') || isOp('-')) {
      const negative = peek().k === 'op' && (peek() as { v: string }).v === '-'
      p++
      // Python parses any number of signs; literal_eval takes one, before a number.
      if (isOp('+') || isOp('-')) {
        expr()
        throw new LiteralError('value', 'more than one sign')
      }
      const operand = atom()
      if (operand.t !== 'int' && operand.t !== 'bool')
        throw new LiteralError('value', 'a sign before something that is not a number')
      if (operand.t === 'bool') throw new LiteralError('value', 'a sign before True or False')
      return { t: 'int', v: negative ? -operand.v : operand.v }
    }
    return atom()
  }
  const atom = (): PyValue => {
    const t = peek()
    if (t.k === 'num') {
      p++
      return { t: 'int', v: t.v }
    }
    if (t.k === 'str') {
      let v = ''
      const bytes = t.bytes
      while (peek().k === 'str') {
        const s = peek() as { bytes: boolean; v: string }
        if (s.bytes !== bytes) throw syntax('cannot mix bytes and nonbytes literals')
        v += s.v
        p++
      }
      return bytes ? { t: 'bytes', v } : { t: 'str', v }
    }
    if (t.k === 'name') {
      p++
      if (t.v === 'True' || t.v === 'False') return { t: 'bool', v: t.v === 'True' }
      if (t.v === 'None') return { t: 'none' }
      throw new LiteralError('value', `the name ${t.v} is not a literal`)
    }
    if (t.k === 'op' && t.v === '(') {
      p++
      if (isOp(')')) {
        p++
        return { t: 'tuple', items: [] }
      }
      const { items, comma } = sequence(')')
      expect(')')
      return comma ? { t: 'tuple', items } : items[0]!
    }
    if (t.k === 'op' && t.v === '[') {
      p++
      const { items } = sequence(']')
      expect(']')
      return { t: 'list', items }
    }
    if (t.k === 'op' && t.v === '{') {
      p++
      if (isOp('}')) {
        p++
        return { t: 'dict', entries: [] }
      }
      const first = expr()
      if (isOp(':')) {
        const pairs: [PyValue, PyValue][] = []
        let k = first
        for (;;) {
          expect(':')
          pairs.push([k, expr()])
          if (!isOp(',')) break
          p++
          if (isOp('}')) break
          k = expr()
        }
        expect('}')
        const entries = new Map<string, [PyValue, PyValue]>()
        for (const [k2, v] of pairs) {
          if (!hashable(k2)) throw new LiteralError('type', 'an unhashable dict key')
          const seen = entries.get(key(k2))
          if (seen) seen[1] = v
          else entries.set(key(k2), [k2, v])
        }
        return { t: 'dict', entries: [...entries.values()] }
      }
      const items = [first]
      while (isOp(',')) {
        p++
        if (isOp('}')) break
        items.push(expr())
      }
      expect('}')
      if (!items.every(hashable)) throw new LiteralError('type', 'an unhashable set item')
      return { t: 'set', items }
    }
    throw syntax(
      `unexpected ${t.k === 'end' ? 'end of text' : `"${(t as { v: string }).v}"`} at character ${t.at}`,
    )
  }
  const { items, comma } = sequence(undefined)
  if (items.length === 0) throw syntax('no expression')
  if (peek().k !== 'end') throw syntax(`more after the expression at character ${peek().at}`)
  return comma ? { t: 'tuple', items } : items[0]!
}

/** Parses `text` as ast.literal_eval would, or says why it cannot. */
export function parsePythonLiteral(
  text: string,
  options: PyLiteralOptions = {},
): { value: PyValue } | { error: PyLiteralError } {
  try {
    // literal_eval strips leading spaces and tabs itself; Python reads \r\n and \r as newlines.
    return {
      value: parseTokens(tokenize(text.replace(/^[ \t]+/, '').replace(/\r\n?/g, '\n'), options)),
    }
  } catch (error) {
    if (!(error instanceof LiteralError)) throw error
    return { error: { kind: error.kind, message: error.message } }
  }
}
