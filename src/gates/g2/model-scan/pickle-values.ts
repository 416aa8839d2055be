import type { GlobalTier } from './pickle-globals.js'

/**
 * The values a pickle scan follows (a symbolic stack), what a scan
 * records, and the limits it keeps to.
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

export class PickleError extends Error {}

export const NONE: Value = { t: 'none' }
export const FLOAT: Value = { t: 'float' }
export const OPAQUE: Value = { t: 'opaque' }
export const BYTES: Value = { t: 'bytes' }
/** Longer strings are stepped over, not kept. */
export const MAX_STRING = 64 * 1024
/**
 * Text arguments whose content the scan needs (GLOBAL and INST names, the
 * numbers of INT, LONG, FLOAT, GET and PUT) are kept up to this length;
 * longer ones stop the scan. Python writes them a few bytes long (int()
 * itself refuses decimals of more than 4300 digits), but its unpicklers
 * read lines of any length. STRING, UNICODE and PERSID arguments have no
 * limit: they are judged as they stream past.
 */
export const MAX_KEPT_LINE = 64 * 1024 * 1024
/** Container items kept per container (enough for shapes, dtypes and persistent ids). */
export const MAX_ITEMS = 1024
export const MAX_NESTING = 32
/** The kind of a value: str, int, or its tag. */
export const kind = (v: Value): string =>
  typeof v === 'string' ? 'str' : typeof v === 'number' ? 'int' : v.t
export const LONGSTR: Value = { t: 'longstr' }
export const BOOL: Value = { t: 'bool' }

/** An int: a number when a double holds it exactly. */
export const int = (v: bigint): Value =>
  v >= -BigInt(Number.MAX_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(v)
    : { t: 'bigint', v }

export const asNumber = (v: Value | undefined): number | undefined =>
  typeof v === 'number' && v >= 0 ? v : undefined
export const asString = (v: Value | undefined): string | undefined =>
  typeof v === 'string' ? v : undefined
/** The object form of a value (containers, globals, call results), or undefined for strings and ints. */
export const asObject = (v: Value | undefined): Exclude<Value, string | number> | undefined =>
  v !== undefined && typeof v === 'object' ? v : undefined
