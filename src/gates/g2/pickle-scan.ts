/**
 * A pickle opcode scanner (protocols 0 to 5) that finds every global a
 * pickle would import, without executing it: GLOBAL and INST name the
 * module and attribute inline; STACK_GLOBAL takes them from the two strings
 * on top of the stack, which may come from the memo (the trick scanners that
 * only read GLOBAL miss). Strings are tracked through the stack and memo;
 * other values are placeholders. Nested pickle.loads calls are reported as
 * the dangerous global they are.
 */

export type Risk = 'critical' | 'unknown' | 'safe'

export interface PickleGlobal {
  module: string
  name: string
  offset: number
  risk: Risk
}

export interface PickleScan {
  globals: PickleGlobal[]
  /** Set when the stream could not be parsed to its STOP opcode. */
  error?: string
}

/** Modules and callables that give code execution, file or network access when unpickled (modelscan's and picklescan's lists). */
const DANGEROUS_MODULES = new Set(['os', 'posix', 'nt', 'subprocess', 'sys', 'socket', 'runpy', 'shutil', 'pty', 'commands', 'webbrowser', 'httplib', 'http.client', 'requests', 'aiohttp', 'urllib', 'urllib.request', 'ftplib', 'smtplib', 'telnetlib', 'asyncio', 'multiprocessing', 'ctypes', 'code', 'codeop', 'importlib', 'pickle', '_pickle', 'cPickle', 'dill', 'marshal', 'shelve', 'tempfile', 'pip', 'venv', 'bdb', 'pdb', 'profile', 'cProfile', 'timeit', 'signal', 'threading', '_thread', 'operator', 'functools', 'torch.hub', 'numpy.testing._private.utils', 'distutils', 'setuptools'])
const DANGEROUS_BUILTINS = new Set(['eval', 'exec', 'execfile', 'compile', 'open', 'file', 'getattr', 'setattr', 'delattr', '__import__', 'breakpoint', 'input', 'globals', 'locals', 'vars', 'apply'])
/** Globals that legitimate scikit-learn, numpy and PyTorch pickles import. */
const SAFE_PREFIXES = ['numpy.', 'sklearn.', 'scipy.', 'joblib.numpy_pickle.', 'collections.', 'torch._utils', 'torch.', 'pandas.', 'lightgbm.', 'xgboost.', 'copyreg._reconstructor', 'datetime.', 'decimal.']
const SAFE_EXACT = new Set(['numpy.core.multiarray._reconstruct', 'numpy._core.multiarray._reconstruct', 'numpy.dtype', 'numpy.ndarray', 'collections.OrderedDict', 'builtins.slice', 'builtins.set', 'builtins.frozenset', 'builtins.complex', 'builtins.bytearray', '__builtin__.set', 'copyreg._reconstructor', 'builtins.object'])

export function classifyGlobal(module: string, name: string): Risk {
  const full = `${module}.${name}`
  const root = module.split('.')[0]!
  if (module === 'builtins' || module === '__builtin__' || module === '__builtins__') return DANGEROUS_BUILTINS.has(name) ? 'critical' : SAFE_EXACT.has(full) ? 'safe' : 'unknown'
  if (DANGEROUS_MODULES.has(module) || DANGEROUS_MODULES.has(root)) return 'critical'
  if (SAFE_EXACT.has(full) || SAFE_PREFIXES.some((p) => full.startsWith(p))) return 'safe'
  return 'unknown'
}

const MARK = Symbol('mark')
/** A symbolic pickle value: enough to follow strings, numbers, tuples and dicts, which is all the scan needs. */
type Item = string | number | boolean | null | typeof MARK | Item[] | { dict: Map<string, Item> } | { global: string } | { cls: string; args: Item; state?: Item }

const JOBLIB_WRAPPER = 'joblib.numpy_pickle.NumpyArrayWrapper'

/** Bytes per element of a numpy dtype string such as f8, i4, u1, c16, U10 (UTF-32) or S5; undefined for objects. */
function itemSize(descr: string): number | undefined {
  const m = /^[<>|=]?([a-zA-Z])(\d+)$/.exec(descr)
  if (!m || m[1] === 'O') return undefined
  return m[1] === 'U' ? 4 * Number(m[2]) : Number(m[2])
}

export function scanPickle(data: Uint8Array): PickleScan {
  const globals: PickleGlobal[] = []
  try {
    scanStream(data, 0, globals, 0)
    return { globals }
  } catch (error) {
    return { globals, error: (error as Error).message }
  }
}

/**
 * Scans one pickle stream starting at `start`; returns the offset after its
 * STOP. joblib writes numpy arrays as raw bytes (or, for object arrays, a
 * nested pickle) right after a NumpyArrayWrapper's BUILD: those are skipped
 * or scanned in turn, so the rest of the stream is still read.
 */
function scanStream(data: Uint8Array, start: number, globals: PickleGlobal[], depth: number): number {
  if (depth > 32) throw new Error('pickles nested more than 32 deep')
  const stack: Item[] = []
  const memo = new Map<number, Item>()
  let p = start
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
  const need = (n: number) => {
    if (p + n > data.length) throw new Error(`truncated at byte ${p}`)
  }
  const line = (): string => {
    const end = data.indexOf(10, p)
    if (end < 0) throw new Error(`unterminated text argument at byte ${p}`)
    const s = Buffer.from(data.subarray(p, end)).toString('latin1')
    p = end + 1
    return s
  }
  const text = (n: number): string => {
    need(n)
    const s = Buffer.from(data.subarray(p, p + n)).toString('utf8')
    p += n
    return s
  }
  const skip = (n: number) => {
    need(n)
    p += n
  }
  const u8 = () => (need(1), data[p++]!)
  const u16 = () => (need(2), (p += 2), view.getUint16(p - 2, true))
  const u32 = () => (need(4), (p += 4), view.getUint32(p - 4, true))
  const i32 = () => (need(4), (p += 4), view.getInt32(p - 4, true))
  const u64 = () => (need(8), (p += 8), Number(view.getBigUint64(p - 8, true)))
  const longBytes = (n: number): number => {
    need(n)
    let v = 0n
    for (let k = n - 1; k >= 0; k--) v = (v << 8n) | BigInt(data[p + k]!)
    if (n > 0 && data[p + n - 1]! & 0x80) v -= 1n << BigInt(8 * n)
    p += n
    return Number(v)
  }
  const pop = (): Item => (stack.length ? stack.pop()! : null)
  const top = (): Item => stack[stack.length - 1] ?? null
  const popMark = (): Item[] => {
    const i = stack.lastIndexOf(MARK)
    if (i < 0) throw new Error(`no MARK on the stack at byte ${p}`)
    return stack.splice(i).slice(1)
  }
  const addGlobal = (module: string, name: string, at: number) => {
    globals.push({ module, name, offset: at, risk: classifyGlobal(module, name) })
    stack.push({ global: `${module}.${name}` })
  }
  const nameOf = (x: Item) => (x && typeof x === 'object' && 'global' in x ? x.global : '?')
  const setItems = (target: Item, items: Item[]) => {
    if (target && typeof target === 'object' && 'dict' in target) for (let k = 0; k + 1 < items.length; k += 2) target.dict.set(String(items[k]), items[k + 1]!)
  }
  /** After the BUILD of a joblib NumpyArrayWrapper: skip its raw array bytes, or scan its nested pickle. */
  const joblibArray = (wrapper: { state?: Item }) => {
    const state = wrapper.state && typeof wrapper.state === 'object' && 'dict' in wrapper.state ? wrapper.state.dict : undefined
    const shape = state?.get('shape')
    const dtype = state?.get('dtype')
    const descr = dtype && typeof dtype === 'object' && 'cls' in dtype && Array.isArray(dtype.args) ? dtype.args[0] : undefined
    if (!Array.isArray(shape) || !shape.every((d) => typeof d === 'number') || typeof descr !== 'string') throw new Error(`a joblib array at byte ${p} without a readable shape and dtype`)
    const size = itemSize(descr)
    if (size === undefined) {
      p = scanStream(data, p, globals, depth + 1)
      return
    }
    const alignment = state?.get('numpy_array_alignment_bytes')
    if (typeof alignment === 'number') skip(u8())
    skip((shape as number[]).reduce((a, b) => a * b, 1) * size)
  }
  for (;;) {
    if (p >= data.length) throw new Error('no STOP opcode')
    const at = p
    const op = String.fromCharCode(data[p++]!)
    switch (op) {
      case '.': // STOP
        return p
      case '\x80': u8(); break // PROTO
      case '\x95': u64(); break // FRAME
      case 'c': { const module = line(); const name = line(); addGlobal(module, name, at); break } // GLOBAL
      case 'i': { const module = line(); const name = line(); popMark(); addGlobal(module, name, at); stack.push({ cls: nameOf(pop()), args: null }); break } // INST
      case '\x93': { const name = pop(); const module = pop(); addGlobal(typeof module === 'string' ? module : '?', typeof name === 'string' ? name : '?', at); break } // STACK_GLOBAL
      case 'V': stack.push(line()); break // UNICODE
      case 'S': stack.push(line().replace(/^['"]|['"]$/g, '')); break // STRING
      case 'X': stack.push(text(u32())); break // BINUNICODE
      case '\x8c': stack.push(text(u8())); break // SHORT_BINUNICODE
      case '\x8d': stack.push(text(u64())); break // BINUNICODE8
      case 'T': stack.push(text(u32())); break // BINSTRING
      case 'U': stack.push(text(u8())); break // SHORT_BINSTRING
      case 'B': skip(u32()); stack.push(null); break // BINBYTES
      case 'C': skip(u8()); stack.push(null); break // SHORT_BINBYTES
      case '\x8e': skip(u64()); stack.push(null); break // BINBYTES8
      case '\x96': skip(u64()); stack.push(null); break // BYTEARRAY8
      case 'I': { const v = line(); stack.push(v === '00' ? false : v === '01' ? true : Number(v)); break } // INT
      case 'L': stack.push(Number(line().replace(/L$/, ''))); break // LONG
      case 'F': stack.push(Number(line())); break // FLOAT
      case 'J': stack.push(i32()); break // BININT
      case 'K': stack.push(u8()); break // BININT1
      case 'M': stack.push(u16()); break // BININT2
      case 'G': skip(8); stack.push(null); break // BINFLOAT
      case '\x8a': stack.push(longBytes(u8())); break // LONG1
      case '\x8b': stack.push(longBytes(u32())); break // LONG4
      case 'N': stack.push(null); break // NONE
      case '\x88': stack.push(true); break // NEWTRUE
      case '\x89': stack.push(false); break // NEWFALSE
      case ')': case ']': stack.push([]); break // EMPTY_TUPLE, EMPTY_LIST
      case '}': stack.push({ dict: new Map() }); break // EMPTY_DICT
      case '\x8f': stack.push(null); break // EMPTY_SET
      case '(': stack.push(MARK); break // MARK
      case 't': case 'l': stack.push(popMark()); break // TUPLE, LIST
      case 'd': { const items = popMark(); const d: Item = { dict: new Map() }; setItems(d, items); stack.push(d); break } // DICT
      case '\x91': popMark(); stack.push(null); break // FROZENSET
      case 'e': { const items = popMark(); const list = top(); if (Array.isArray(list)) list.push(...items); break } // APPENDS
      case 'u': { const items = popMark(); setItems(top(), items); break } // SETITEMS
      case '\x90': popMark(); break // ADDITEMS
      case 'o': { const items = popMark(); stack.push({ cls: nameOf(items[0] ?? null), args: items.slice(1) }); break } // OBJ
      case '0': pop(); break // POP
      case '1': popMark(); break // POP_MARK
      case '2': stack.push(top()); break // DUP
      case '\x85': stack.push([pop()]); break // TUPLE1
      case '\x86': { const b = pop(); const a = pop(); stack.push([a, b]); break } // TUPLE2
      case '\x87': { const c2 = pop(); const b = pop(); const a = pop(); stack.push([a, b, c2]); break } // TUPLE3
      case 'a': { const v = pop(); const list = top(); if (Array.isArray(list)) list.push(v); break } // APPEND
      case 's': { const v = pop(); const k = pop(); setItems(top(), [k, v]); break } // SETITEM
      case 'b': { // BUILD
        const state = pop()
        const obj = top()
        if (obj && typeof obj === 'object' && 'cls' in obj) {
          obj.state = state
          if (obj.cls === JOBLIB_WRAPPER) joblibArray(obj)
        }
        break
      }
      case 'R': { const args = pop(); const fn = pop(); stack.push({ cls: nameOf(fn), args }); break } // REDUCE
      case '\x81': { const args = pop(); const cls = pop(); stack.push({ cls: nameOf(cls), args }); break } // NEWOBJ
      case '\x92': { pop(); const args = pop(); const cls = pop(); stack.push({ cls: nameOf(cls), args }); break } // NEWOBJ_EX
      case 'P': line(); stack.push(null); break // PERSID
      case 'Q': pop(); stack.push(null); break // BINPERSID
      case 'p': memo.set(Number(line()), top()); break // PUT
      case 'q': memo.set(u8(), top()); break // BINPUT
      case 'r': memo.set(u32(), top()); break // LONG_BINPUT
      case '\x94': memo.set(memo.size, top()); break // MEMOIZE
      case 'g': stack.push(memo.get(Number(line())) ?? null); break // GET
      case 'h': stack.push(memo.get(u8()) ?? null); break // BINGET
      case 'j': stack.push(memo.get(u32()) ?? null); break // LONG_BINGET
      case '\x82': case '\x83': case '\x84': { // EXT1, EXT2, EXT4: the copyreg extension registry
        skip(op === '\x82' ? 1 : op === '\x83' ? 2 : 4)
        globals.push({ module: 'copyreg', name: 'extension', offset: at, risk: 'unknown' })
        stack.push(null)
        break
      }
      case '\x97': stack.push(null); break // NEXT_BUFFER
      case '\x98': break // READONLY_BUFFER
      default:
        throw new Error(`unknown opcode 0x${op.charCodeAt(0).toString(16)} at byte ${at}`)
    }
  }
}
