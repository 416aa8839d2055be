import type { ByteStream } from '../../../io/byte-stream.js'
import { truncate } from '../../../report/escape.js'
import { importableModule, isIdentifier, judgeGlobal, type GlobalTier } from './pickle-globals.js'
import {
  floatArgument,
  hexDigit,
  intArgument,
  longArgument,
  memoArgument,
  StringArgumentCheck,
  UnicodeArgumentCheck,
} from './pickle-text-args.js'

/**
 * A pickle opcode machine (protocols 0 to 5) that finds every global a
 * pickle would import, without executing anything. It follows Python's own
 * unpickler closely enough to see what Python sees:
 *
 * - the stack and the mark stack behave like CPython's, so an operand can
 *   only be where Python would find it, and the stream stops where Python
 *   would stop (a missing memo entry, a stack underflow, a bad argument);
 * - strings are decoded as Python decodes them (STRING's repr escapes,
 *   UNICODE's raw-unicode-escape, UTF-8 for the binary forms), and followed
 *   through the stack and the memo into STACK_GLOBAL;
 * - a STACK_GLOBAL whose operands are not strings written in the pickle
 *   (a string computed by a call) is reported: nobody can tell what it imports;
 * - globals are judged by the dotted path Python resolves (pickle-globals.ts);
 * - getattr(G, 'name') on a global G with a written identifier is judged as
 *   the dotted global G.name it reaches (a pickled bound method); any other
 *   use of getattr is reported as getattr (see `lookup`);
 * - the function a functools.partial holds is handed to a call, also when
 *   a BUILD (partial.__setstate__) swaps it in;
 * - joblib's NumpyArrayWrapper is followed: the raw array bytes after its
 *   BUILD are stepped over, and object arrays (a nested pickle) are scanned.
 *
 * The reader is a ByteStream, so payloads (bytes, arrays) are skipped
 * without being held in memory.
 */

export interface PickleGlobal {
  module: string
  name: string
  /** The dotted path Python resolves. */
  path: string
  tier: GlobalTier
  reason?: string
  /** Offset of the first import of this path. */
  offset: number
  count: number
  /** The first opcode that calls it (REDUCE, NEWOBJ, NEWOBJ_EX, OBJ, INST) or a method of what it made (BUILD, APPEND, SETITEM...), or hands it to a call (`passed`), which may call it. */
  called?: { op: string; at: number; passed: boolean }
}

/** A tensor storage a PyTorch pickle refers to by persistent id ('storage', type, key, location, numel, ...). */
export interface StorageRef {
  key: string
  storageType: string | undefined
  numel: number | undefined
}

/** What one scan collects, across every pickle of a file (nested ones included). */
export class PickleLog {
  readonly globals = new Map<string, PickleGlobal>()
  readonly storages: StorageRef[] = []

  addGlobal(g: Omit<PickleGlobal, 'count'>): void {
    const seen = this.globals.get(g.path)
    if (seen) seen.count++
    else this.globals.set(g.path, { ...g, count: 1 })
  }

  /** Records that loading runs the global `path` (or may, when it is only handed to a call). */
  markCalled(path: string, op: string, at: number, passed: boolean): void {
    const g = this.globals.get(path)
    if (g && (!g.called || (g.called.passed && !passed))) g.called = { op, at, passed }
  }
}

export interface PickleOptions {
  /** Follow joblib's NumpyArrayWrapper (raw array bytes or a nested pickle follow its BUILD). */
  joblib: boolean
  /** A loader resolves persistent ids (PyTorch does); Python's default unpickler stops at the first one. */
  persistentLoad: boolean
  /** The team's reviewed globals (modelScan.allowedGlobals): exact dotted paths. */
  allowed?: ReadonlySet<string>
}

export interface PickleResult {
  start: number
  /** Offset after STOP, or where the stream stopped being parseable. */
  end: number
  /** STOP was reached. */
  complete: boolean
  error?: string
  /** A global was imported before the stream ended: the bytes acted as a pickle. */
  acted: boolean
  /** What STOP returned (enough for numbers, strings and short containers). */
  value: Value | undefined
  /** Raw joblib arrays stepped over. */
  joblibArrays: number
  /** joblib object arrays (nested pickles) scanned. */
  joblibObjectArrays: number
  /** Opcodes the unpickler carries out before STOP or before it stops (a stream that stops at its first opcode was never a pickle). */
  opcodes: number
}

/**
 * A symbolic pickle value: enough to follow strings, numbers and short
 * containers, which is all the scan needs. Strings and ints are kept as
 * JavaScript primitives (pickles hold millions of them).
 */
export type Value =
  | string
  | number
  | { t: 'longstr' }
  | { t: 'bigint'; v: bigint | undefined }
  | { t: 'bytes' | 'float' | 'none' | 'bool' | 'set' | 'frozenset' | 'opaque' }
  | { t: 'tuple' | 'list'; items: Value[] }
  /** Keys and values, flat: [k0, v0, k1, v1, ...]. */
  | { t: 'dict'; entries: Value[] }
  /** An imported global (module and name: the resolved module and attribute path, when it was imported by name). */
  | { t: 'global'; path: string; module?: string; name?: string }
  | { t: 'obj'; cls: string | undefined; args: Value; state?: Value }

class PickleError extends Error {}

const NONE: Value = { t: 'none' }
const FLOAT: Value = { t: 'float' }
const OPAQUE: Value = { t: 'opaque' }
const BYTES: Value = { t: 'bytes' }
/** Longer strings are stepped over, not kept. */
const MAX_STRING = 64 * 1024
/**
 * Text arguments whose content the scan needs (GLOBAL and INST names, the
 * numbers of INT, LONG, FLOAT, GET and PUT) are kept up to this length;
 * longer ones stop the scan. Python writes them a few bytes long (int()
 * itself refuses decimals of more than 4300 digits), but its unpicklers
 * read lines of any length. STRING, UNICODE and PERSID arguments have no
 * limit: they are judged as they stream past.
 */
const MAX_KEPT_LINE = 64 * 1024 * 1024
/** Container items kept per container (enough for shapes, dtypes and persistent ids). */
const MAX_ITEMS = 1024
const MAX_NESTING = 32
const JOBLIB_WRAPPER = 'joblib.numpy_pickle.NumpyArrayWrapper'
const isGlobal = (v: Value | undefined, path: string) =>
  typeof v === 'object' && v.t === 'global' && v.path === path
/**
 * A joblib NumpyArrayWrapper, as joblib's unpickler sees it after BUILD. At
 * protocol 2 and up the pickle makes it with NEWOBJ (the class is the
 * callable); at protocols 0 and 1, object.__reduce_ex__ writes
 * copyreg._reconstructor(NumpyArrayWrapper, object, None). Only that exact
 * form counts: any other callable, or _reconstructor given another class or
 * base, is not the wrapper, and the bytes after its BUILD stay opcodes.
 */
function isJoblibWrapper(obj: Extract<Value, { t: 'obj' }>): boolean {
  if (obj.cls === JOBLIB_WRAPPER) return true
  if (
    obj.cls !== 'copyreg._reconstructor' ||
    typeof obj.args !== 'object' ||
    obj.args.t !== 'tuple'
  )
    return false
  const [cls, base, state] = obj.args.items
  return (
    obj.args.items.length === 3 &&
    isGlobal(cls, JOBLIB_WRAPPER) &&
    isGlobal(base, 'builtins.object') &&
    kind(state!) === 'none'
  )
}
/** builtins.getattr as judgeGlobal resolves it: its imports are reported by how they are used (see `lookup`). */
const GETATTR = 'builtins.getattr'
/** functools.partial under the names a pickle can import it by: calling a partial calls the function it holds. */
const PARTIAL = new Set(['functools.partial', '_functools.partial'])
/**
 * Values Python rejects as STACK_GLOBAL operands ("STACK_GLOBAL requires str").
 * An imported global is not among them: a module attribute can be a string.
 */
const NOT_STR = new Set([
  'bytes',
  'int',
  'bigint',
  'float',
  'none',
  'bool',
  'set',
  'frozenset',
  'tuple',
  'list',
  'dict',
])

/** The kind of a value: str, int, or its tag. */
const kind = (v: Value): string =>
  typeof v === 'string' ? 'str' : typeof v === 'number' ? 'int' : v.t
const LONGSTR: Value = { t: 'longstr' }
const BOOL: Value = { t: 'bool' }

const utf8 = new TextDecoder('utf-8', { fatal: true })
const utf8Lenient = new TextDecoder('utf-8')
const latin1 = (b: Uint8Array) =>
  Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1')
/** UTF-8 as Python's 'surrogatepass' decodes it; undecodable text is kept with replacement characters (the scan goes on where Python might stop). */
const decodeUtf8 = (b: Uint8Array): string => {
  try {
    return utf8.decode(b)
  } catch {
    return utf8Lenient.decode(b)
  }
}

/** codecs.escape_decode, as Python applies it to a STRING argument. */
export function escapeDecode(s: Uint8Array): Uint8Array {
  const out: number[] = []
  const simple: Record<number, number> = {
    0x5c: 0x5c,
    0x27: 0x27,
    0x22: 0x22,
    0x62: 8,
    0x66: 12,
    0x74: 9,
    0x6e: 10,
    0x72: 13,
    0x76: 11,
    0x61: 7,
  }
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!
    if (c !== 0x5c) {
      out.push(c)
      continue
    }
    if (++i >= s.length) throw new PickleError('Trailing \\ in string')
    const e = s[i]!
    if (e === 0x0a) continue
    if (simple[e] !== undefined) out.push(simple[e])
    else if (e >= 0x30 && e <= 0x37) {
      let v = e - 0x30
      for (let k = 0; k < 2 && i + 1 < s.length && s[i + 1]! >= 0x30 && s[i + 1]! <= 0x37; k++)
        v = v * 8 + (s[++i]! - 0x30)
      out.push(v & 0xff)
    } else if (e === 0x78) {
      const h1 = hexDigit(s[i + 1])
      const h2 = hexDigit(s[i + 2])
      if (h1 < 0 || h2 < 0) throw new PickleError(`invalid \\x escape at position ${i - 1}`)
      out.push(h1 * 16 + h2)
      i += 2
    } else out.push(0x5c, e)
  }
  return Uint8Array.from(out)
}

/** The raw-unicode-escape codec, as Python applies it to a UNICODE argument. */
export function rawUnicodeEscapeDecode(s: Uint8Array): string {
  let out = ''
  for (let i = 0; i < s.length;) {
    if (s[i] !== 0x5c) {
      out += String.fromCharCode(s[i++]!)
      continue
    }
    const start = i
    while (i < s.length && s[i] === 0x5c) i++
    const slashes = i - start
    if (slashes % 2 === 0 || i >= s.length || (s[i] !== 0x75 && s[i] !== 0x55)) {
      out += '\\'.repeat(slashes)
      continue
    }
    out += '\\'.repeat(slashes - 1)
    const count = s[i] === 0x75 ? 4 : 8
    i++
    let code = 0
    for (let k = 0; k < count; k++, i++) {
      const d = hexDigit(s[i])
      if (d < 0) throw new PickleError(`truncated \\${count === 4 ? 'uXXXX' : 'UXXXXXXXX'} escape`)
      code = code * 16 + d
    }
    if (code > 0x10ffff) throw new PickleError('\\Uxxxxxxxx out of range')
    out += String.fromCodePoint(code)
  }
  return out
}

/** GLOBAL's arguments: Python decodes them as strict UTF-8 and stops on anything else. */
function strictUtf8(b: Uint8Array, at: number): string {
  try {
    return utf8.decode(b)
  } catch {
    throw new PickleError(`GLOBAL at byte ${at} names a module or attribute that is not UTF-8`)
  }
}

/** INST's arguments: ASCII only. */
function ascii(b: Uint8Array, at: number): string {
  if (b.some((c) => c > 0x7f))
    throw new PickleError(`INST at byte ${at} names a module or class that is not ASCII`)
  return latin1(b)
}

/** An int: a number when a double holds it exactly. */
const int = (v: bigint): Value =>
  v >= -BigInt(Number.MAX_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(v)
    : { t: 'bigint', v }

/** Little-endian two's complement (LONG1, LONG4). */
function decodeLong(b: Uint8Array): bigint {
  let v = 0n
  for (let k = b.length - 1; k >= 0; k--) v = (v << 8n) | BigInt(b[k]!)
  if (b.length > 0 && b[b.length - 1]! & 0x80) v -= 1n << BigInt(8 * b.length)
  return v
}

const asNumber = (v: Value | undefined): number | undefined =>
  typeof v === 'number' && v >= 0 ? v : undefined
export const asString = (v: Value | undefined): string | undefined =>
  typeof v === 'string' ? v : undefined
/** The object form of a value (containers, globals, call results), or undefined for strings and ints. */
export const asObject = (v: Value | undefined): Exclude<Value, string | number> | undefined =>
  v !== undefined && typeof v === 'object' ? v : undefined

/** Bytes per element of a numpy dtype string such as f8, i4, u1, c16, U10 (UTF-32), S5, V16; undefined for objects and unknown kinds. */
function itemSize(descr: string): number | undefined {
  const m = /^[<>|=]?([biufcmMUSV])(\d+)$/.exec(descr)
  if (!m) return undefined
  return m[1] === 'U' ? 4 * Number(m[2]) : Number(m[2])
}

/**
 * Scans one pickle stream from the stream's current position to its STOP.
 * Never throws: a stream Python could not load either ends with `error`.
 */
export async function scanPickle(
  s: ByteStream,
  options: PickleOptions,
  log: PickleLog,
  depth = 0,
): Promise<PickleResult> {
  const start = s.offset
  const result: PickleResult = {
    start,
    end: start,
    complete: false,
    acted: false,
    value: undefined,
    joblibArrays: 0,
    joblibObjectArrays: 0,
    opcodes: 0,
  }
  let stack: Value[] = []
  const metastack: Value[][] = []
  /** Imports of builtins.getattr not reported yet, with what reporting one records. */
  const getattrs = new Map<Value, Omit<PickleGlobal, 'count'>>()
  const memo = new Map<number, Value>()
  let proto = 0

  const fail = (message: string): never => {
    throw new PickleError(message)
  }
  const need = async (n: number) => {
    if (!(await s.ensure(n))) fail(`the stream ends in the middle of an opcode at byte ${s.offset}`)
  }
  // Fixed-size arguments are read synchronously: the loop keeps 16 bytes buffered ahead of each opcode.
  const bytes = (n: number): Uint8Array => {
    if (s.available < n) fail(`the stream ends in the middle of an opcode at byte ${s.offset}`)
    return s.take(n)
  }
  const u8 = () => bytes(1)[0]!
  const le = (n: number): number => {
    const b = bytes(n)
    let v = 0
    for (let k = n - 1; k >= 0; k--) v = v * 256 + b[k]!
    return v
  }
  const i32 = () => {
    const v = le(4)
    return v >= 2 ** 31 ? v - 2 ** 32 : v
  }
  const u64 = () => {
    const v = le(8)
    if (v > Number.MAX_SAFE_INTEGER) fail(`a length of ${v} bytes at byte ${s.offset - 8}`)
    return v
  }
  /** Streams a text argument (its line, without the newline) to `visit`; returns its length. `what` names the opcode in errors. */
  const streamArgument = async (
    what: string,
    at: number,
    visit: (piece: Uint8Array) => void,
  ): Promise<number> => {
    let length = 0
    const now = s.lineNow()
    if (now !== undefined) {
      visit(now)
      return now.length
    }
    const complete = await s.streamLine((piece) => {
      length += piece.length
      visit(piece)
    })
    if (!complete)
      fail(`the stream ends inside the text argument of ${what} at byte ${at} (no newline)`)
    return length
  }
  /** A text argument whose content the scan needs (a name, a number), up to MAX_KEPT_LINE bytes. */
  const keptArgument = async (what: string, at: number): Promise<Uint8Array> => {
    const pieces: Uint8Array[] = []
    let kept = 0
    const length = await streamArgument(what, at, (piece) => {
      kept += piece.length
      if (kept <= MAX_KEPT_LINE) pieces.push(piece)
    })
    if (length > MAX_KEPT_LINE)
      fail(
        `the text argument of ${what} at byte ${at} is ${length} bytes long: G2 reads names and numbers of up to ${MAX_KEPT_LINE} bytes`,
      )
    return pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces)
  }
  /** A STRING or UNICODE argument: checked as it streams past, decoded when it is short enough to keep. */
  const stringArgument = async (
    what: string,
    at: number,
    check: { feed(piece: Uint8Array): void; finish(): string | undefined },
    decode: (line: Uint8Array) => Value,
  ): Promise<Value> => {
    const pieces: Uint8Array[] = []
    let kept = 0
    const length = await streamArgument(what, at, (piece) => {
      check.feed(piece)
      kept += piece.length
      if (kept <= MAX_STRING + 2) pieces.push(piece)
    })
    const error = check.finish()
    if (error) fail(`the ${what} argument at byte ${at}: ${error}`)
    return length <= MAX_STRING + 2
      ? decode(pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces))
      : LONGSTR
  }
  /** A text argument's line, and how it reads: `what` names the opcode in the error. */
  const textArgument = async <T>(
    what: string,
    at: number,
    read: (line: Uint8Array) => T | undefined,
  ): Promise<T> => {
    const line = await keptArgument(what, at)
    const v = read(line)
    if (v === undefined)
      fail(
        `${what} argument ${JSON.stringify(latin1(line).slice(0, 40))} at byte ${at} is not a number either unpickler reads`,
      )
    return v!
  }
  const slowText = async (n: number, decode: (b: Uint8Array) => string): Promise<Value> => {
    if (n <= MAX_STRING) {
      await need(n)
      return decode(s.take(n))
    }
    if (!(await s.skip(n))) fail(`the stream ends inside a string of ${n} bytes`)
    return LONGSTR
  }
  /** A short string payload that is already buffered (the fast path of slowText), else undefined. */
  const textNow = (n: number, decode: (b: Uint8Array) => string): Value | undefined =>
    n <= MAX_STRING && s.available >= n ? decode(s.take(n)) : undefined
  const slowPayload = async (n: number, v: Value): Promise<Value> => {
    if (!(await s.skip(n))) fail(`the stream ends inside a payload of ${n} bytes`)
    return v
  }
  /** Steps over a payload that is already buffered (the fast path of slowPayload), else undefined. */
  const payloadNow = (n: number, v: Value): Value | undefined => {
    if (s.available < n) return undefined
    s.take(n)
    return v
  }
  // Through a function: `stack` is read after the arguments are evaluated (popMark replaces it).
  const push = (v: Value) => {
    stack.push(v)
  }
  /** Takes a value off the stack for any use but a REDUCE's callable: a getattr import used that way is reported. */
  const pop = (): Value => {
    const v = stack.length ? stack.pop()! : fail(`stack underflow at byte ${s.offset - 1}`)
    if (getattrs.size && typeof v === 'object') escape(v)
    return v
  }
  const top = (): Value =>
    stack.length ? stack[stack.length - 1]! : fail(`stack underflow at byte ${s.offset - 1}`)
  const popMark = (): Value[] => {
    const items = stack
    const outer = metastack.pop()
    if (!outer) fail(`no MARK on the stack at byte ${s.offset - 1}`)
    stack = outer!
    if (getattrs.size) for (const v of items) escape(v)
    return items
  }
  const capped = (items: Value[]) => (items.length > MAX_ITEMS ? items.slice(0, MAX_ITEMS) : items)
  const addGlobal = (module: string, name: string, at: number): Value => {
    if (!importableModule(module))
      fail(
        `global ${JSON.stringify(truncate(module, 300))}.${JSON.stringify(truncate(name, 300))} at byte ${at}: Python cannot import a module by that name`,
      )
    const judged = judgeGlobal(module, name, proto, options.allowed)
    const entry = {
      module,
      name,
      path: judged.path,
      tier: judged.tier,
      ...(judged.reason ? { reason: judged.reason } : {}),
      offset: at,
    }
    const value: Value = {
      t: 'global',
      path: judged.path,
      module: judged.module,
      name: judged.name,
    }
    result.acted = true
    if (judged.path === GETATTR && judged.tier === 'dangerous') getattrs.set(value, entry)
    else log.addGlobal(entry)
    return value
  }
  /** A getattr import put to any use but a lookup judged as a known, ML or allowed global: it is reported (once). */
  const escape = (v: Value) => {
    const entry = getattrs.get(v)
    if (!entry) return
    getattrs.delete(v)
    log.addGlobal(entry)
  }
  /**
   * A REDUCE or INST calling an imported getattr. getattr(G, 'name'), with G a global (or
   * such a lookup) and 'name' an identifier written in the pickle, reaches
   * exactly what the dotted global G.name reaches (find_class resolves a
   * dotted name with getattr, component by component), so it is judged as
   * that global: a bound method such as zoneinfo.ZoneInfo._unpickle or
   * str.split. When that global is known, an ML class or allowed, getattr
   * is not reported for this use and the result is that global; any other
   * use reports getattr itself (critical), as does a lookup of anything else.
   */
  const lookup = (fn: Value, args: Value, op: string, at: number): Value => {
    const a = asObject(args)
    const [target, attr] = a?.t === 'tuple' && a.items.length === 2 ? a.items : []
    const g = asObject(target)
    if (
      g?.t === 'global' &&
      g.module !== undefined &&
      g.name !== undefined &&
      typeof attr === 'string' &&
      isIdentifier(attr)
    ) {
      const judged = judgeGlobal(g.module, `${g.name}.${attr}`, 4, options.allowed)
      log.addGlobal({
        module: judged.module,
        name: judged.name,
        path: judged.path,
        tier: judged.tier,
        ...(judged.reason ? { reason: `${judged.reason} (reached by getattr at byte ${at})` } : {}),
        offset: at,
      })
      if (judged.tier !== 'dangerous' && judged.tier !== 'unknown')
        return { t: 'global', path: judged.path, module: judged.module, name: judged.name }
    }
    escape(fn)
    return call(fn, args, op, at)
  }
  /** Records something that is dangerous whatever it imports (a computed import, a rewritten module). */
  const flag = (path: string, reason: string, at: number) => {
    log.addGlobal({ module: '?', name: '?', path, tier: 'dangerous', reason, offset: at })
    result.acted = true
  }
  /** BUILD, SETITEM(S), APPEND(S) and ADDITEMS on an imported object itself (not on an instance) rewrite a module, a class or a shared dict. */
  const mutates = (target: Value, op: string, at: number) => {
    if (typeof target === 'object' && target.t === 'global')
      flag(
        `<${op} on ${target.path}>`,
        `${op} changes the imported object ${target.path} itself (a module, class or shared object), which can redirect later imports`,
        at,
      )
  }
  /** The class or function a value was made by calling, when it was an imported global. */
  const maker = (v: Value): string | undefined =>
    typeof v === 'object' && v.t === 'obj' ? v.cls : undefined
  /**
   * A functools.partial object, made by calling the class or by copyreg
   * building one: its BUILD (partial.__setstate__) replaces the function,
   * arguments and keywords it calls when it is called.
   */
  const isPartial = (v: Value): boolean => {
    if (typeof v !== 'object' || v.t !== 'obj') return false
    if (v.cls !== undefined && PARTIAL.has(v.cls)) return true
    const args = asObject(v.args)
    const first = args?.t === 'tuple' ? asObject(args.items[0]) : undefined
    return first?.t === 'global' && PARTIAL.has(first.path)
  }
  /**
   * A call while loading: the callable runs, and a global handed to it (in
   * its arguments, or inside their tuples, lists and dicts) may be run by it,
   * as copyreg._reconstructor runs the class it is given.
   */
  const call = (callable: Value, args: Value, op: string, at: number, kwargs?: Value): Value => {
    if (typeof callable === 'object' && callable.t === 'global')
      log.markCalled(callable.path, op, at, false)
    const walk = (v: Value | undefined, depth: number) => {
      if (v === undefined || typeof v !== 'object' || depth > 3) return
      if (v.t === 'global') log.markCalled(v.path, op, at, true)
      else if (v.t === 'tuple' || v.t === 'list') for (const x of v.items) walk(x, depth + 1)
      else if (v.t === 'dict') for (const x of v.entries) walk(x, depth + 1)
    }
    walk(args, 0)
    walk(kwargs, 0)
    return {
      t: 'obj',
      cls: typeof callable === 'object' && callable.t === 'global' ? callable.path : undefined,
      args,
    }
  }
  /** BUILD, APPEND(S), SETITEM(S) and ADDITEMS call methods of the object they change (__setstate__, extend, __setitem__, add). */
  const usesMethods = (target: Value, op: string, at: number) => {
    const cls = maker(target)
    if (cls) log.markCalled(cls, op, at, false)
  }
  const setItems = (target: Value, items: Value[]) => {
    if (typeof target === 'object' && target.t === 'dict')
      for (let k = 0; k + 1 < items.length && target.entries.length < 2 * MAX_ITEMS; k += 2)
        target.entries.push(items[k]!, items[k + 1]!)
  }

  /** After the BUILD of a joblib NumpyArrayWrapper: step over its raw bytes, or scan its nested pickle. */
  const joblibArray = async (wrapper: Extract<Value, { t: 'obj' }>) => {
    const dict = asObject(wrapper.state)
    const state =
      dict?.t === 'dict'
        ? new Map(
            dict.entries.flatMap((k, i) =>
              i % 2 ? [] : [[asString(k), dict.entries[i + 1]!] as const],
            ),
          )
        : undefined
    const shape = asObject(state?.get('shape'))
    const dtype = asObject(state?.get('dtype'))
    const args = dtype?.t === 'obj' ? asObject(dtype.args) : undefined
    const dstate = dtype?.t === 'obj' ? asObject(dtype.state) : undefined
    const descr = args?.t === 'tuple' ? asString(args.items[0]) : undefined
    const flags = dstate?.t === 'tuple' ? asNumber(dstate.items[7]) : undefined
    const dims = shape?.t === 'tuple' ? shape.items.map(asNumber) : undefined
    if (!dims || dims.some((d) => d === undefined) || descr === undefined)
      fail(`a joblib array at byte ${s.offset} without a readable shape and dtype`)
    if (descr!.replace(/^[<>|=]/, '').startsWith('O') || (flags !== undefined && flags & 1)) {
      if (depth >= MAX_NESTING) fail(`pickles nested more than ${MAX_NESTING} deep`)
      const inner = await scanPickle(s, options, log, depth + 1)
      result.joblibArrays += inner.joblibArrays
      result.joblibObjectArrays += inner.joblibObjectArrays + 1
      if (!inner.complete)
        fail(`the object array's nested pickle at byte ${inner.start}: ${inner.error}`)
      return
    }
    const size = itemSize(descr!)
    if (size === undefined)
      fail(
        `a joblib array at byte ${s.offset} with dtype ${JSON.stringify(descr)}, whose item size the scanner does not know`,
      )
    const alignment = state?.get('numpy_array_alignment_bytes')
    if (alignment !== undefined && kind(alignment) !== 'none') await slowPayload(u8(), OPAQUE)
    const count = (dims as number[]).reduce((a, b) => a * b, 1)
    if (!Number.isSafeInteger(count * size!))
      fail(`a joblib array at byte ${s.offset} declares ${count} items`)
    await slowPayload(count * size!, OPAQUE)
    result.joblibArrays++
  }

  try {
    for (;;) {
      const at = s.offset
      if (s.available < 16) await s.ensure(16)
      if (s.available === 0) fail(`the stream ends at byte ${at} without a STOP opcode`)
      const op = s.u8()
      switch (op) {
        case 0x2e: {
          // STOP
          result.value = pop()
          result.complete = true
          result.end = s.offset
          return result
        }
        case 0x80: {
          // PROTO
          proto = u8()
          if (proto > 5) fail(`unsupported pickle protocol ${proto} at byte ${at}`)
          break
        }
        case 0x95: // FRAME
          u64()
          break
        case 0x63: {
          // GLOBAL
          const module = strictUtf8(await keptArgument('GLOBAL', at), at)
          const name = strictUtf8(await keptArgument('GLOBAL', at), at)
          push(addGlobal(module, name, at))
          break
        }
        case 0x93: {
          // STACK_GLOBAL
          const name = pop()
          const module = pop()
          if (NOT_STR.has(kind(module)) || NOT_STR.has(kind(name)))
            fail(`STACK_GLOBAL at byte ${at} requires str operands`)
          const m = asString(module)
          const n = asString(name)
          if (m !== undefined && n !== undefined) push(addGlobal(m, n, at))
          else {
            const long = (v: Value) => kind(v) === 'longstr'
            const why =
              long(module) || long(name)
                ? 'a string too long to judge'
                : 'a value computed while loading (a call result or an imported attribute), not a string written in the pickle'
            flag(
              '<computed>',
              `STACK_GLOBAL takes its module or name from ${why}: nobody can tell what it imports`,
              at,
            )
            push({ t: 'global', path: '<computed>' })
          }
          break
        }
        case 0x69: {
          // INST: C's unpickler looks for the mark first, the Python one imports first; the import is recorded either way.
          const module = ascii(await keptArgument('INST', at), at)
          const name = ascii(await keptArgument('INST', at), at)
          const cls = addGlobal(module, name, at)
          const args: Value = { t: 'tuple', items: capped(popMark()) }
          // INST calls what it imports with the marked items (klass(*args)): getattr there is a lookup too.
          push(getattrs.has(cls) ? lookup(cls, args, 'INST', at) : call(cls, args, 'INST', at))
          break
        }
        case 0x6f: {
          // OBJ
          const items = popMark()
          if (items.length === 0) fail(`OBJ without a class at byte ${at}`)
          push(call(items[0]!, { t: 'tuple', items: capped(items.slice(1)) }, 'OBJ', at))
          break
        }
        case 0x52: {
          // REDUCE
          const args = pop()
          const fn = stack.length ? stack.pop()! : pop()
          push(getattrs.has(fn) ? lookup(fn, args, 'REDUCE', at) : call(fn, args, 'REDUCE', at))
          break
        }
        case 0x81: {
          // NEWOBJ
          const args = pop()
          push(call(pop(), args, 'NEWOBJ', at))
          break
        }
        case 0x92: {
          // NEWOBJ_EX
          const kwargs = pop()
          const args = pop()
          push(call(pop(), args, 'NEWOBJ_EX', at, kwargs))
          break
        }
        case 0x62: {
          // BUILD
          const state = pop()
          // partial.__setstate__ takes the function it will call: the globals in its state are handed to a call.
          if (isPartial(top())) call(OPAQUE, state, 'BUILD', at)
          const obj = top()
          mutates(obj, 'BUILD', at)
          usesMethods(obj, 'BUILD', at)
          if (typeof obj === 'object' && obj.t === 'obj') {
            obj.state = state
            if (options.joblib && isJoblibWrapper(obj)) {
              stack.pop()
              await joblibArray(obj)
              push(OPAQUE)
            }
          }
          break
        }
        case 0x82:
        case 0x83:
        case 0x84: {
          // EXT1, EXT2, EXT4
          const code = le(op === 0x82 ? 1 : op === 0x83 ? 2 : 4)
          flag(
            `<extension ${code}>`,
            `EXT imports whatever copyreg's extension registry holds for code ${code} when the pickle is loaded (stock Python has none): the scanner cannot see it`,
            at,
          )
          push({ t: 'global', path: `<extension ${code}>` })
          break
        }
        case 0x50: {
          // PERSID
          let isAscii = true
          await streamArgument('PERSID', at, (piece) => {
            isAscii &&= !piece.some((b) => b > 0x7f)
          })
          if (!options.persistentLoad)
            fail(`a persistent id at byte ${at}, which Python's default unpickler refuses`)
          if (!isAscii) fail(`a persistent id at byte ${at} that is not ASCII`)
          push(OPAQUE)
          break
        }
        case 0x51: {
          // BINPERSID
          const pid = pop()
          if (!options.persistentLoad)
            fail(`a persistent id at byte ${at}, which Python's default unpickler refuses`)
          const tuple = asObject(pid)
          if (tuple?.t === 'tuple' && asString(tuple.items[0]) === 'storage') {
            const key = tuple.items[2]
            const type = asObject(tuple.items[1])
            log.storages.push({
              key: asString(key) ?? String(asNumber(key)),
              storageType: type?.t === 'global' ? type.path : undefined,
              numel: asNumber(tuple.items[4]),
            })
          }
          push(OPAQUE)
          break
        }
        case 0x56: // UNICODE
          push(
            await stringArgument('UNICODE', at, new UnicodeArgumentCheck(), rawUnicodeEscapeDecode),
          )
          break
        case 0x53: // STRING
          push(
            await stringArgument('STRING', at, new StringArgumentCheck(), (l) =>
              latin1(escapeDecode(l.subarray(1, l.length - 1))),
            ),
          )
          break
        case 0x58: {
          // BINUNICODE
          const n = le(4)
          push(textNow(n, decodeUtf8) ?? (await slowText(n, decodeUtf8)))
          break
        }
        case 0x8c: {
          // SHORT_BINUNICODE
          const n = u8()
          push(textNow(n, decodeUtf8) ?? (await slowText(n, decodeUtf8)))
          break
        }
        case 0x8d: {
          // BINUNICODE8
          const n = u64()
          push(textNow(n, decodeUtf8) ?? (await slowText(n, decodeUtf8)))
          break
        }
        case 0x54: {
          // BINSTRING
          const n = i32()
          if (n < 0) fail(`BINSTRING with a negative length at byte ${at}`)
          push(textNow(n, latin1) ?? (await slowText(n, latin1)))
          break
        }
        case 0x55: {
          // SHORT_BINSTRING
          const n = u8()
          push(textNow(n, latin1) ?? (await slowText(n, latin1)))
          break
        }
        case 0x42: {
          // BINBYTES
          const n = le(4)
          push(payloadNow(n, BYTES) ?? (await slowPayload(n, BYTES)))
          break
        }
        case 0x43: {
          // SHORT_BINBYTES
          const n = u8()
          push(payloadNow(n, BYTES) ?? (await slowPayload(n, BYTES)))
          break
        }
        case 0x8e: {
          // BINBYTES8
          const n = u64()
          push(payloadNow(n, BYTES) ?? (await slowPayload(n, BYTES)))
          break
        }
        case 0x96: {
          // BYTEARRAY8
          const n = u64()
          push(payloadNow(n, OPAQUE) ?? (await slowPayload(n, OPAQUE)))
          break
        }
        case 0x49: {
          // INT
          const v = await textArgument('INT', at, intArgument)
          push(v.bool ? BOOL : int(v.value))
          break
        }
        case 0x4c: // LONG
          push(int(await textArgument('LONG', at, longArgument)))
          break
        case 0x46: // FLOAT
          await textArgument('FLOAT', at, (line) => (floatArgument(line) ? true : undefined))
          push(FLOAT)
          break
        case 0x4a: // BININT
          push(i32())
          break
        case 0x4b: // BININT1
          push(u8())
          break
        case 0x4d: // BININT2
          push(le(2))
          break
        case 0x47: // BINFLOAT
          bytes(8)
          push(FLOAT)
          break
        case 0x8a: // LONG1
        case 0x8b: {
          // LONG4
          const n = op === 0x8a ? u8() : i32()
          if (n < 0) fail(`LONG4 with a negative length at byte ${at}`)
          if (n <= 64 && s.available < n) await need(n)
          push(
            n <= 64
              ? int(decodeLong(bytes(n)))
              : await slowPayload(n, { t: 'bigint', v: undefined }),
          )
          break
        }
        case 0x4e: // NONE
          push(NONE)
          break
        case 0x88: // NEWTRUE
        case 0x89: // NEWFALSE
          push(BOOL)
          break
        case 0x29: // EMPTY_TUPLE
          push({ t: 'tuple', items: [] })
          break
        case 0x5d: // EMPTY_LIST
          push({ t: 'list', items: [] })
          break
        case 0x7d: // EMPTY_DICT
          push({ t: 'dict', entries: [] })
          break
        case 0x8f: // EMPTY_SET
          push({ t: 'set' })
          break
        case 0x28: // MARK
          metastack.push(stack)
          stack = []
          break
        case 0x74: // TUPLE
          push({ t: 'tuple', items: capped(popMark()) })
          break
        case 0x6c: // LIST
          push({ t: 'list', items: capped(popMark()) })
          break
        case 0x64: {
          // DICT
          const items = popMark()
          if (items.length % 2) fail(`odd number of items for DICT at byte ${at}`)
          const d: Value = { t: 'dict', entries: [] }
          setItems(d, items)
          push(d)
          break
        }
        case 0x91: // FROZENSET
          popMark()
          push({ t: 'frozenset' })
          break
        case 0x85: // TUPLE1
          push({ t: 'tuple', items: [pop()] })
          break
        case 0x86: {
          // TUPLE2
          const b = pop()
          push({ t: 'tuple', items: [pop(), b] })
          break
        }
        case 0x87: {
          // TUPLE3
          const c = pop()
          const b = pop()
          push({ t: 'tuple', items: [pop(), b, c] })
          break
        }
        case 0x61: {
          // APPEND
          const v = pop()
          const list = top()
          mutates(list, 'APPEND', at)
          usesMethods(list, 'APPEND', at)
          if (typeof list === 'object' && list.t === 'list' && list.items.length < MAX_ITEMS)
            list.items.push(v)
          break
        }
        case 0x65: {
          // APPENDS
          const items = popMark()
          const list = top()
          mutates(list, 'APPENDS', at)
          usesMethods(list, 'APPENDS', at)
          if (typeof list === 'object' && list.t === 'list')
            list.items.push(...items.slice(0, Math.max(0, MAX_ITEMS - list.items.length)))
          break
        }
        case 0x73: {
          // SETITEM
          const v = pop()
          const k = pop()
          mutates(top(), 'SETITEM', at)
          usesMethods(top(), 'SETITEM', at)
          setItems(top(), [k, v])
          break
        }
        case 0x75: {
          // SETITEMS
          const items = popMark()
          if (items.length % 2) fail(`odd number of items for SETITEMS at byte ${at}`)
          mutates(top(), 'SETITEMS', at)
          usesMethods(top(), 'SETITEMS', at)
          setItems(top(), items)
          break
        }
        case 0x90: // ADDITEMS
          popMark()
          mutates(top(), 'ADDITEMS', at)
          usesMethods(top(), 'ADDITEMS', at)
          break
        case 0x30: // POP
          if (stack.length) stack.pop()
          else popMark()
          break
        case 0x31: // POP_MARK
          popMark()
          break
        case 0x32: // DUP
          push(top())
          break
        case 0x67: {
          // GET
          const i = Number(await textArgument('GET', at, memoArgument))
          push(
            memo.has(i)
              ? memo.get(i)!
              : fail(`GET of memo ${i}, which was never stored, at byte ${at}`),
          )
          break
        }
        case 0x68: // BINGET
        case 0x6a: {
          // LONG_BINGET
          const i = op === 0x68 ? u8() : le(4)
          push(
            memo.has(i)
              ? memo.get(i)!
              : fail(`GET of memo ${i}, which was never stored, at byte ${at}`),
          )
          break
        }
        case 0x70: {
          // PUT
          const i = Number(await textArgument('PUT', at, memoArgument))
          if (i < 0) fail(`negative PUT argument at byte ${at}`)
          memo.set(i, top())
          break
        }
        case 0x71: // BINPUT
          memo.set(u8(), top())
          break
        case 0x72: // LONG_BINPUT
          memo.set(le(4), top())
          break
        case 0x94: // MEMOIZE
          memo.set(memo.size, top())
          break
        case 0x97: // NEXT_BUFFER: out-of-band data the loader supplies
          push(OPAQUE)
          break
        case 0x98: // READONLY_BUFFER
          top()
          break
        default:
          fail(`unknown opcode 0x${op.toString(16).padStart(2, '0')} at byte ${at}`)
      }
      result.opcodes++
    }
  } catch (error) {
    // Only the stream's own faults end it here; a source that fails (an inflation limit, an I/O error) is the caller's to report.
    if (!(error instanceof PickleError)) throw error
    result.error = error.message
    result.end = s.offset
    return result
  }
}
