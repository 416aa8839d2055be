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
const SAFE_PREFIXES = ['numpy.', 'sklearn.', 'scipy.', 'joblib.numpy_pickle', 'collections.', 'torch._utils', 'torch.', 'pandas.', 'lightgbm.', 'xgboost.', 'copyreg._reconstructor', 'datetime.', 'decimal.']
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
type Item = string | typeof MARK | null

export function scanPickle(data: Uint8Array): PickleScan {
  const globals: PickleGlobal[] = []
  const stack: Item[] = []
  const memo = new Map<number, Item>()
  let p = 0
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
  const bytes = (n: number): string => {
    need(n)
    const s = Buffer.from(data.subarray(p, p + n)).toString('utf8')
    p += n
    return s
  }
  const u8 = () => (need(1), data[p++]!)
  const u32 = () => (need(4), (p += 4), view.getUint32(p - 4, true))
  const u64 = () => (need(8), (p += 8), Number(view.getBigUint64(p - 8, true)))
  const pop = (): Item => stack.pop() ?? null
  const popMark = () => {
    while (stack.length && stack[stack.length - 1] !== MARK) stack.pop()
    stack.pop()
  }
  const addGlobal = (module: string, name: string, at: number) => {
    globals.push({ module, name, offset: at, risk: classifyGlobal(module, name) })
    stack.push(null)
  }
  try {
    for (;;) {
      if (p >= data.length) throw new Error('no STOP opcode')
      const at = p
      const op = String.fromCharCode(data[p++]!)
      switch (op) {
        case '.': // STOP
          return { globals }
        case '\x80': u8(); break // PROTO
        case '\x95': u64(); break // FRAME
        case 'c': { const module = line(); const name = line(); addGlobal(module, name, at); break } // GLOBAL
        case 'i': { const module = line(); const name = line(); popMark(); addGlobal(module, name, at); break } // INST
        case '\x93': { const name = pop(); const module = pop(); addGlobal(typeof module === 'string' ? module : '?', typeof name === 'string' ? name : '?', at); break } // STACK_GLOBAL
        case 'V': stack.push(line()); break // UNICODE
        case 'S': stack.push(line().replace(/^['"]|['"]$/g, '')); break // STRING
        case 'X': stack.push(bytes(u32())); break // BINUNICODE
        case '\x8c': stack.push(bytes(u8())); break // SHORT_BINUNICODE
        case '\x8d': stack.push(bytes(u64())); break // BINUNICODE8
        case 'T': stack.push(bytes(u32())); break // BINSTRING
        case 'U': stack.push(bytes(u8())); break // SHORT_BINSTRING
        case 'B': bytes(u32()); stack.push(null); break // BINBYTES
        case 'C': bytes(u8()); stack.push(null); break // SHORT_BINBYTES
        case '\x8e': bytes(u64()); stack.push(null); break // BINBYTES8
        case '\x96': bytes(u64()); stack.push(null); break // BYTEARRAY8
        case 'I': case 'L': case 'F': line(); stack.push(null); break // INT, LONG, FLOAT
        case 'J': u32(); stack.push(null); break // BININT
        case 'K': u8(); stack.push(null); break // BININT1
        case 'M': need(2); p += 2; stack.push(null); break // BININT2
        case 'G': need(8); p += 8; stack.push(null); break // BINFLOAT
        case '\x8a': { const n = u8(); need(n); p += n; stack.push(null); break } // LONG1
        case '\x8b': { const n = u32(); need(n); p += n; stack.push(null); break } // LONG4
        case 'N': case '\x88': case '\x89': case ')': case ']': case '}': case '\x8f': stack.push(null); break // NONE, TRUE, FALSE, EMPTY_*
        case '(': stack.push(MARK); break // MARK
        case 't': case 'l': case 'd': case '\x91': popMark(); stack.push(null); break // TUPLE, LIST, DICT, FROZENSET
        case 'e': case 'u': case '\x90': popMark(); break // APPENDS, SETITEMS, ADDITEMS
        case 'o': popMark(); stack.push(null); break // OBJ
        case '0': pop(); break // POP
        case '1': popMark(); break // POP_MARK
        case '2': stack.push(stack[stack.length - 1] ?? null); break // DUP
        case '\x85': pop(); stack.push(null); break // TUPLE1
        case '\x86': pop(); pop(); stack.push(null); break // TUPLE2
        case '\x87': pop(); pop(); pop(); stack.push(null); break // TUPLE3
        case 'a': pop(); break // APPEND
        case 's': pop(); pop(); break // SETITEM
        case 'b': pop(); break // BUILD
        case 'R': pop(); pop(); stack.push(null); break // REDUCE
        case '\x81': pop(); pop(); stack.push(null); break // NEWOBJ
        case '\x92': pop(); pop(); pop(); stack.push(null); break // NEWOBJ_EX
        case 'P': line(); stack.push(null); break // PERSID
        case 'Q': pop(); stack.push(null); break // BINPERSID
        case 'p': memo.set(Number(line()), stack[stack.length - 1] ?? null); break // PUT
        case 'q': memo.set(u8(), stack[stack.length - 1] ?? null); break // BINPUT
        case 'r': memo.set(u32(), stack[stack.length - 1] ?? null); break // LONG_BINPUT
        case '\x94': memo.set(memo.size, stack[stack.length - 1] ?? null); break // MEMOIZE
        case 'g': stack.push(memo.get(Number(line())) ?? null); break // GET
        case 'h': stack.push(memo.get(u8()) ?? null); break // BINGET
        case 'j': stack.push(memo.get(u32()) ?? null); break // LONG_BINGET
        case '\x82': case '\x83': case '\x84': { // EXT1, EXT2, EXT4: the copyreg extension registry
          const n = op === '\x82' ? 1 : op === '\x83' ? 2 : 4
          need(n)
          p += n
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
  } catch (error) {
    return { globals, error: (error as Error).message }
  }
}
