/**
 * The text arguments of INT, LONG, FLOAT, GET and PUT, as CPython's
 * unpicklers read them. pickle.load, torch.load and numpy.load use the C
 * unpickler (Modules/_pickle.c); joblib uses pickle.py's. They disagree:
 * the C one reads INT with strtol(s, &end, 0) before PyLong_FromString, so
 * `I010` is octal 8 where int('010', 0) raises, and it reads every argument
 * as a C string, so a NUL ends it (`I1\0junk` is 1). A scanner that stops
 * where one unpickler stops lets the other run what follows, so an argument
 * is accepted when either unpickler accepts it, with the C unpickler's value.
 * `line` is the argument without its newline.
 */

/** Py_ISSPACE, and isspace in the C locale. */
const isSpace = (c: string | undefined) =>
  c === ' ' || c === '\t' || c === '\n' || c === '\v' || c === '\f' || c === '\r'
const LONG_MAX = (1n << 63n) - 1n
/** sys.int_info.default_max_str_digits: PyLong_FromString refuses longer decimal numbers. */
const MAX_STR_DIGITS = 4300

/** The C string _pickle.c hands to strtol and PyLong_FromString: the line up to its first NUL. */
function cString(line: Uint8Array): string {
  const nul = line.indexOf(0)
  return Buffer.from(line.buffer, line.byteOffset, nul < 0 ? line.length : nul).toString('latin1')
}

function digitValue(c: string | undefined): number {
  if (c === undefined) return 99
  const code = c.charCodeAt(0)
  if (code >= 0x30 && code <= 0x39) return code - 0x30
  if (code >= 0x61 && code <= 0x7a) return code - 0x61 + 10
  if (code >= 0x41 && code <= 0x5a) return code - 0x41 + 10
  return 99
}

/** glibc's strtol(s, &end, 0) for a 64-bit long: the value, where parsing stopped, and whether it overflowed. */
function strtol(s: string): { value: bigint; end: number; overflow: boolean } {
  let i = 0
  while (isSpace(s[i])) i++
  let negative = false
  if (s[i] === '+' || s[i] === '-') negative = s[i++] === '-'
  let base = 10
  if (s[i] === '0' && (s[i + 1] === 'x' || s[i + 1] === 'X') && digitValue(s[i + 2]) < 16) {
    base = 16
    i += 2
  } else if (s[i] === '0') base = 8
  const start = i
  let value = 0n
  let overflow = false
  // Past LONG_MAX the value no longer matters, only where the digits end: a line of millions of digits is read in linear time.
  for (; digitValue(s[i]) < base; i++) {
    if (overflow) continue
    value = value * BigInt(base) + BigInt(digitValue(s[i]))
    overflow = negative ? value > LONG_MAX + 1n : value > LONG_MAX
  }
  if (i === start) return { value: 0n, end: 0, overflow: false }
  return { value: negative ? -value : value, end: i, overflow }
}

/** PyLong_FromString(s, NULL, base) for base 0 or 10 (Objects/longobject.c); undefined where it raises. */
function pyLongFromString(s: string, base0: boolean): bigint | undefined {
  let i = 0
  while (i < s.length && isSpace(s[i])) i++
  let negative = false
  if (s[i] === '+') i++
  else if (s[i] === '-') {
    negative = true
    i++
  }
  let base = 10
  let zeroOnly = false
  if (base0) {
    const x = s[i + 1]
    if (s[i] !== '0') base = 10
    else if (x === 'x' || x === 'X') base = 16
    else if (x === 'o' || x === 'O') base = 8
    else if (x === 'b' || x === 'B') base = 2
    // "Old" C-style octal, now invalid: only zeros pass.
    else zeroOnly = true
    if (base !== 10) {
      i += 2
      if (s[i] === '_') i++
    }
  }
  if (s[i] === '_') return undefined
  const start = i
  let digits = 0
  let nonZero = false
  let prev = ''
  while (i < s.length && (digitValue(s[i]) < base || s[i] === '_')) {
    if (s[i] === '_') {
      if (prev === '_') return undefined
    } else {
      digits++
      nonZero ||= s[i] !== '0'
    }
    prev = s[i]!
    i++
  }
  if (prev === '_' || digits === 0) return undefined
  if (base === 10 && digits > MAX_STR_DIGITS) return undefined
  if (zeroOnly && nonZero) return undefined
  const end = i
  while (i < s.length && isSpace(s[i])) i++
  if (i !== s.length) return undefined
  // One conversion of the whole literal (linear for the power-of-two bases; decimals are at most 4300 digits).
  const literal = s.slice(start, end).replaceAll('_', '')
  const value = BigInt(
    `${base === 16 ? '0x' : base === 8 ? '0o' : base === 2 ? '0b' : ''}${literal}`,
  )
  return negative ? -value : value
}

/** INT (load_int): strtol first, then PyLong_FromString; a two-character 0 or 1 is a bool. Undefined where both unpicklers raise. */
export function intArgument(line: Uint8Array): { value: bigint; bool: boolean } | undefined {
  if (line.length === 0) return undefined
  const s = cString(line)
  const r = strtol(s)
  if (!r.overflow && r.end === s.length)
    return { value: r.value, bool: line.length === 2 && (r.value === 0n || r.value === 1n) }
  const value = pyLongFromString(s, true)
  return value === undefined ? undefined : { value, bool: false }
}

/** LONG (load_long): a final L is dropped, then PyLong_FromString. */
export function longArgument(line: Uint8Array): bigint | undefined {
  if (line.length === 0) return undefined
  const cut = line[line.length - 1] === 0x4c ? line.subarray(0, line.length - 1) : line
  return pyLongFromString(cString(cut), true)
}

/** GET and PUT (load_get, load_put): PyLong_FromString in base 10 (pickle.py's memo takes any int; PUT refuses a negative one). */
export function memoArgument(line: Uint8Array): bigint | undefined {
  if (line.length === 0) return undefined
  return pyLongFromString(cString(line), false)
}

/** The prefix of `s` that PyOS_string_to_double reads (no leading space, no underscores), and whether it overflows. */
function doublePrefix(s: string): { length: number; overflow: boolean } | undefined {
  const m = /^[+-]?(?:((?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)|inf(?:inity)?|nan)/i.exec(s)
  if (!m) return undefined
  return {
    length: m[0].length,
    overflow: m[1] !== undefined && !Number.isFinite(Number.parseFloat(m[0])),
  }
}

/** FLOAT: the C unpickler reads the C string with PyOS_string_to_double (no spaces, overflow refused); pickle.py calls float() (spaces and underscores allowed). */
export function floatArgument(line: Uint8Array): boolean {
  if (line.length === 0) return false
  const c = cString(line)
  const parsed = doublePrefix(c)
  if (parsed && !parsed.overflow && parsed.length === c.length) return true
  const text = Buffer.from(line.buffer, line.byteOffset, line.length).toString('latin1')
  if (text.includes('\0')) return false
  let cleaned = text
  if (text.includes('_')) {
    let prev = ''
    cleaned = ''
    for (const ch of text) {
      const digit = ch >= '0' && ch <= '9'
      if (ch === '_') {
        if (!(prev >= '0' && prev <= '9')) return false
      } else {
        if (prev === '_' && !digit) return false
        cleaned += ch
      }
      prev = ch
    }
    if (prev === '_') return false
  }
  let a = 0
  let b = cleaned.length
  while (a < b && isSpace(cleaned[a])) a++
  while (b - 1 > a && isSpace(cleaned[b - 1])) b--
  const inner = cleaned.slice(a, b)
  return doublePrefix(inner)?.length === inner.length
}

/** The value of an ASCII hex digit byte, or -1 for anything else (the end of the input included). */
export const hexDigit = (c: number | undefined): number =>
  c === undefined
    ? -1
    : c >= 0x30 && c <= 0x39
      ? c - 0x30
      : c >= 0x61 && c <= 0x66
        ? c - 0x57
        : c >= 0x41 && c <= 0x46
          ? c - 0x37
          : -1

/**
 * Whether a STRING argument (the whole line: quotes and escapes) is one the
 * unpicklers load, judged piece by piece so that an argument of any length
 * is checked without being held. Both unpicklers strip the outer quotes
 * (the same quote, ' or ", at both ends of a line of two bytes or more) and
 * decode the rest with codecs.escape_decode, whose only failures are a
 * trailing backslash and a \x without two hex digits.
 */
export class StringArgumentCheck {
  private length = 0
  private first = -1
  private last = -1
  /** 0: plain; 1: after a backslash; 2, 3: after \x, waiting for its first or second hex digit. */
  private state = 0
  /** The last byte was read as the character of an escape (so it was not the end of the content). */
  private lastEscaped = false
  private error: string | undefined

  feed(piece: Uint8Array): void {
    if (piece.length === 0) return
    let i = 0
    if (this.length === 0) {
      this.first = piece[0]!
      i = 1
    }
    this.length += piece.length
    this.last = piece[piece.length - 1]!
    while (i < piece.length && this.error === undefined) {
      if (this.state === 0) {
        const j = piece.indexOf(0x5c, i)
        if (j < 0) {
          this.lastEscaped = false
          return
        }
        this.state = 1
        this.lastEscaped = false
        i = j + 1
        continue
      }
      const c = piece[i++]!
      if (this.state === 1) {
        this.lastEscaped = true
        this.state = c === 0x78 ? 2 : 0
      } else {
        this.lastEscaped = false
        if (hexDigit(c) < 0) this.error = 'invalid \\x escape'
        this.state = this.state === 2 ? 3 : 0
      }
    }
  }

  /** Why the unpicklers refuse the argument, or undefined when they load it. */
  finish(): string | undefined {
    const q = this.first
    if (this.length < 2 || this.last !== q || (q !== 0x22 && q !== 0x27)) return 'it must be quoted'
    // The closing quote was fed too: it ends the content unless it was the escaped character of a trailing backslash.
    if (this.error) return this.error
    if (this.state !== 0) return 'invalid \\x escape'
    if (this.lastEscaped) return 'Trailing \\ in string'
    return undefined
  }
}

/**
 * Whether a UNICODE argument decodes with raw-unicode-escape, judged piece
 * by piece: an odd run of backslashes before u or U starts an escape that
 * needs 4 or 8 hex digits, and a \U escape must name a code point.
 */
export class UnicodeArgumentCheck {
  private oddSlashes = false
  private hexLeft = 0
  private wide = false
  private code = 0
  private error: string | undefined

  feed(piece: Uint8Array): void {
    let i = 0
    while (i < piece.length && this.error === undefined) {
      if (this.hexLeft === 0 && !this.oddSlashes) {
        const j = piece.indexOf(0x5c, i)
        if (j < 0) return
        this.oddSlashes = true
        i = j + 1
        continue
      }
      const c = piece[i++]!
      if (this.hexLeft > 0) {
        const d = hexDigit(c)
        if (d < 0) {
          this.error = `truncated \\${this.wide ? 'UXXXXXXXX' : 'uXXXX'} escape`
          return
        }
        this.code = this.code * 16 + d
        if (--this.hexLeft === 0 && this.code > 0x10ffff) this.error = '\\Uxxxxxxxx out of range'
      } else if (c === 0x5c) this.oddSlashes = !this.oddSlashes
      else {
        if (this.oddSlashes && (c === 0x75 || c === 0x55)) {
          this.wide = c === 0x55
          this.hexLeft = this.wide ? 8 : 4
          this.code = 0
        }
        this.oddSlashes = false
      }
    }
  }

  /** Why raw-unicode-escape refuses the argument, or undefined when it decodes. */
  finish(): string | undefined {
    return (
      this.error ??
      (this.hexLeft > 0 ? `truncated \\${this.wide ? 'UXXXXXXXX' : 'uXXXX'} escape` : undefined)
    )
  }
}
