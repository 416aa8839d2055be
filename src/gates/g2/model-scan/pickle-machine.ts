import type { ByteStream } from '../../../io/byte-stream.js'
import { truncate } from '../../../report/escape.js'
import { latin1 } from './pickle-codecs.js'
import { importableModule, isIdentifier, judgeGlobal } from './pickle-globals.js'
import {
  asNumber,
  asObject,
  asString,
  kind,
  LONGSTR,
  MAX_ITEMS,
  MAX_KEPT_LINE,
  MAX_NESTING,
  MAX_STRING,
  OPAQUE,
  PickleError,
  type PickleGlobal,
  type PickleLog,
  type PickleOptions,
  type PickleResult,
  type Value,
} from './pickle-values.js'

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
export function isJoblibWrapper(obj: Extract<Value, { t: 'obj' }>): boolean {
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

/** Bytes per element of a numpy dtype string such as f8, i4, u1, c16, U10 (UTF-32), S5, V16; undefined for objects and unknown kinds. */
function itemSize(descr: string): number | undefined {
  const m = /^[<>|=]?([biufcmMUSV])(\d+)$/.exec(descr)
  if (!m) return undefined
  return m[1] === 'U' ? 4 * Number(m[2]) : Number(m[2])
}

/** Scans a nested pickle (a joblib object array) at the stream's position: scanPickle, handed in so that this module does not import it. */
export type NestedScan = (
  s: ByteStream,
  options: PickleOptions,
  log: PickleLog,
  depth: number,
) => Promise<PickleResult>

/** What one opcode does to the machine: `at` is the opcode's offset, `op` its byte. */
export type OpcodeHandler = (m: PickleMachine, at: number, op: number) => void | Promise<void>

/**
 * The state of one unpickling, as CPython's Unpickler keeps it: the stack,
 * the mark stack (metastack), the memo and the protocol, with the readers
 * of opcode arguments and what loading does with globals (imports, calls,
 * lookups, mutations). The opcodes themselves are in pickle-dispatch.ts and the files it names.
 */
export class PickleMachine {
  stack: Value[] = []
  readonly metastack: Value[][] = []
  /** Imports of builtins.getattr not reported yet, with what reporting one records. */
  readonly getattrs = new Map<Value, Omit<PickleGlobal, 'count'>>()
  readonly memo = new Map<number, Value>()
  proto = 0
  readonly result: PickleResult

  constructor(
    readonly s: ByteStream,
    readonly options: PickleOptions,
    readonly log: PickleLog,
    readonly depth: number,
    private readonly scanNested: NestedScan,
  ) {
    this.result = {
      start: s.offset,
      end: s.offset,
      complete: false,
      acted: false,
      value: undefined,
      joblibArrays: 0,
      joblibObjectArrays: 0,
      opcodes: 0,
    }
  }

  readonly fail = (message: string): never => {
    throw new PickleError(message)
  }
  readonly need = async (n: number) => {
    if (!(await this.s.ensure(n)))
      this.fail(`the stream ends in the middle of an opcode at byte ${this.s.offset}`)
  }
  // Fixed-size arguments are read synchronously: the loop keeps 16 bytes buffered ahead of each opcode.
  readonly bytes = (n: number): Uint8Array => {
    if (this.s.available < n)
      this.fail(`the stream ends in the middle of an opcode at byte ${this.s.offset}`)
    return this.s.take(n)
  }
  readonly u8 = () => this.bytes(1)[0]!
  readonly le = (n: number): number => {
    const b = this.bytes(n)
    let v = 0
    for (let k = n - 1; k >= 0; k--) v = v * 256 + b[k]!
    return v
  }
  readonly i32 = () => {
    const v = this.le(4)
    return v >= 2 ** 31 ? v - 2 ** 32 : v
  }
  readonly u64 = () => {
    const v = this.le(8)
    if (v > Number.MAX_SAFE_INTEGER)
      this.fail(`a length of ${v} bytes at byte ${this.s.offset - 8}`)
    return v
  }
  /** Streams a text argument (its line, without the newline) to `visit`; returns its length. `what` names the opcode in errors. */
  readonly streamArgument = async (
    what: string,
    at: number,
    visit: (piece: Uint8Array) => void,
  ): Promise<number> => {
    let length = 0
    const now = this.s.lineNow()
    if (now !== undefined) {
      visit(now)
      return now.length
    }
    const complete = await this.s.streamLine((piece) => {
      length += piece.length
      visit(piece)
    })
    if (!complete)
      this.fail(`the stream ends inside the text argument of ${what} at byte ${at} (no newline)`)
    return length
  }
  /** A text argument whose content the scan needs (a name, a number), up to MAX_KEPT_LINE bytes. */
  readonly keptArgument = async (what: string, at: number): Promise<Uint8Array> => {
    const pieces: Uint8Array[] = []
    let kept = 0
    const length = await this.streamArgument(what, at, (piece) => {
      kept += piece.length
      if (kept <= MAX_KEPT_LINE) pieces.push(piece)
    })
    if (length > MAX_KEPT_LINE)
      this.fail(
        `the text argument of ${what} at byte ${at} is ${length} bytes long: G2 reads names and numbers of up to ${MAX_KEPT_LINE} bytes`,
      )
    return pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces)
  }
  /** A STRING or UNICODE argument: checked as it streams past, decoded when it is short enough to keep. */
  readonly stringArgument = async (
    what: string,
    at: number,
    check: { feed(piece: Uint8Array): void; finish(): string | undefined },
    decode: (line: Uint8Array) => Value,
  ): Promise<Value> => {
    const pieces: Uint8Array[] = []
    let kept = 0
    const length = await this.streamArgument(what, at, (piece) => {
      check.feed(piece)
      kept += piece.length
      if (kept <= MAX_STRING + 2) pieces.push(piece)
    })
    const error = check.finish()
    if (error) this.fail(`the ${what} argument at byte ${at}: ${error}`)
    return length <= MAX_STRING + 2
      ? decode(pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces))
      : LONGSTR
  }
  /** A text argument's line, and how it reads: `what` names the opcode in the error. */
  readonly textArgument = async <T>(
    what: string,
    at: number,
    read: (line: Uint8Array) => T | undefined,
  ): Promise<T> => {
    const line = await this.keptArgument(what, at)
    const v = read(line)
    if (v === undefined)
      this.fail(
        `${what} argument ${JSON.stringify(latin1(line).slice(0, 40))} at byte ${at} is not a number either unpickler reads`,
      )
    return v!
  }
  readonly slowText = async (n: number, decode: (b: Uint8Array) => string): Promise<Value> => {
    if (n <= MAX_STRING) {
      await this.need(n)
      return decode(this.s.take(n))
    }
    if (!(await this.s.skip(n))) this.fail(`the stream ends inside a string of ${n} bytes`)
    return LONGSTR
  }
  /** A short string payload that is already buffered (the fast path of slowText), else undefined. */
  readonly textNow = (n: number, decode: (b: Uint8Array) => string): Value | undefined =>
    n <= MAX_STRING && this.s.available >= n ? decode(this.s.take(n)) : undefined
  readonly slowPayload = async (n: number, v: Value): Promise<Value> => {
    if (!(await this.s.skip(n))) this.fail(`the stream ends inside a payload of ${n} bytes`)
    return v
  }
  /** Steps over a payload that is already buffered (the fast path of slowPayload), else undefined. */
  readonly payloadNow = (n: number, v: Value): Value | undefined => {
    if (this.s.available < n) return undefined
    this.s.take(n)
    return v
  }
  // Through a function: `stack` is read after the arguments are evaluated (popMark replaces it).
  readonly push = (v: Value) => {
    this.stack.push(v)
  }
  /** Takes a value off the stack for any use but a REDUCE's callable: a getattr import used that way is reported. */
  readonly pop = (): Value => {
    const v = this.stack.length
      ? this.stack.pop()!
      : this.fail(`stack underflow at byte ${this.s.offset - 1}`)
    if (this.getattrs.size && typeof v === 'object') this.escape(v)
    return v
  }
  readonly top = (): Value =>
    this.stack.length
      ? this.stack[this.stack.length - 1]!
      : this.fail(`stack underflow at byte ${this.s.offset - 1}`)
  readonly popMark = (): Value[] => {
    const items = this.stack
    const outer = this.metastack.pop()
    if (!outer) this.fail(`no MARK on the stack at byte ${this.s.offset - 1}`)
    this.stack = outer!
    if (this.getattrs.size) for (const v of items) this.escape(v)
    return items
  }
  readonly capped = (items: Value[]) =>
    items.length > MAX_ITEMS ? items.slice(0, MAX_ITEMS) : items
  readonly addGlobal = (module: string, name: string, at: number): Value => {
    if (!importableModule(module))
      this.fail(
        `global ${JSON.stringify(truncate(module, 300))}.${JSON.stringify(truncate(name, 300))} at byte ${at}: Python cannot import a module by that name`,
      )
    const judged = judgeGlobal(module, name, this.proto, this.options.allowed)
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
    this.result.acted = true
    if (judged.path === GETATTR && judged.tier === 'dangerous') this.getattrs.set(value, entry)
    else this.log.addGlobal(entry)
    return value
  }
  /** A getattr import put to any use but a lookup judged as a known, ML or allowed global: it is reported (once). */
  readonly escape = (v: Value) => {
    const entry = this.getattrs.get(v)
    if (!entry) return
    this.getattrs.delete(v)
    this.log.addGlobal(entry)
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
  readonly lookup = (fn: Value, args: Value, op: string, at: number): Value => {
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
      const judged = judgeGlobal(g.module, `${g.name}.${attr}`, 4, this.options.allowed)
      this.log.addGlobal({
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
    this.escape(fn)
    return this.call(fn, args, op, at)
  }
  /** Records something that is dangerous whatever it imports (a computed import, a rewritten module). */
  readonly flag = (path: string, reason: string, at: number) => {
    this.log.addGlobal({ module: '?', name: '?', path, tier: 'dangerous', reason, offset: at })
    this.result.acted = true
  }
  /** BUILD, SETITEM(S), APPEND(S) and ADDITEMS on an imported object itself (not on an instance) rewrite a module, a class or a shared dict. */
  readonly mutates = (target: Value, op: string, at: number) => {
    if (typeof target === 'object' && target.t === 'global')
      this.flag(
        `<${op} on ${target.path}>`,
        `${op} changes the imported object ${target.path} itself (a module, class or shared object), which can redirect later imports`,
        at,
      )
  }
  /** The class or function a value was made by calling, when it was an imported global. */
  readonly maker = (v: Value): string | undefined =>
    typeof v === 'object' && v.t === 'obj' ? v.cls : undefined
  /**
   * A functools.partial object, made by calling the class or by copyreg
   * building one: its BUILD (partial.__setstate__) replaces the function,
   * arguments and keywords it calls when it is called.
   */
  readonly isPartial = (v: Value): boolean => {
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
  readonly call = (callable: Value, args: Value, op: string, at: number, kwargs?: Value): Value => {
    if (typeof callable === 'object' && callable.t === 'global')
      this.log.markCalled(callable.path, op, at, false)
    const walk = (v: Value | undefined, level: number) => {
      if (v === undefined || typeof v !== 'object' || level > 3) return
      if (v.t === 'global') this.log.markCalled(v.path, op, at, true)
      else if (v.t === 'tuple' || v.t === 'list') for (const x of v.items) walk(x, level + 1)
      else if (v.t === 'dict') for (const x of v.entries) walk(x, level + 1)
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
  readonly usesMethods = (target: Value, op: string, at: number) => {
    const cls = this.maker(target)
    if (cls) this.log.markCalled(cls, op, at, false)
  }
  readonly setItems = (target: Value, items: Value[]) => {
    if (typeof target === 'object' && target.t === 'dict')
      for (let k = 0; k + 1 < items.length && target.entries.length < 2 * MAX_ITEMS; k += 2)
        target.entries.push(items[k]!, items[k + 1]!)
  }

  /** After the BUILD of a joblib NumpyArrayWrapper: step over its raw bytes, or scan its nested pickle. */
  readonly joblibArray = async (wrapper: Extract<Value, { t: 'obj' }>) => {
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
      this.fail(`a joblib array at byte ${this.s.offset} without a readable shape and dtype`)
    if (descr!.replace(/^[<>|=]/, '').startsWith('O') || (flags !== undefined && flags & 1)) {
      if (this.depth >= MAX_NESTING) this.fail(`pickles nested more than ${MAX_NESTING} deep`)
      const inner = await this.scanNested(this.s, this.options, this.log, this.depth + 1)
      this.result.joblibArrays += inner.joblibArrays
      this.result.joblibObjectArrays += inner.joblibObjectArrays + 1
      if (!inner.complete)
        this.fail(`the object array's nested pickle at byte ${inner.start}: ${inner.error}`)
      return
    }
    const size = itemSize(descr!)
    if (size === undefined)
      this.fail(
        `a joblib array at byte ${this.s.offset} with dtype ${JSON.stringify(descr)}, whose item size the scanner does not know`,
      )
    const alignment = state?.get('numpy_array_alignment_bytes')
    if (alignment !== undefined && kind(alignment) !== 'none')
      await this.slowPayload(this.u8(), OPAQUE)
    const count = (dims as number[]).reduce((a, b) => a * b, 1)
    if (!Number.isSafeInteger(count * size!))
      this.fail(`a joblib array at byte ${this.s.offset} declares ${count} items`)
    await this.slowPayload(count * size!, OPAQUE)
    this.result.joblibArrays++
  }
}
