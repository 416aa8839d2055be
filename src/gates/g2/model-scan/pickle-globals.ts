import { fixImports } from './compat-pickle.js'
import sklearnGlobals from './sklearn-globals.json' with { type: 'json' }

/**
 * How dangerous a global imported by a pickle is. Python resolves a global
 * as a module plus a dotted attribute path (protocol 4 and up), after
 * renaming Python 2 names (protocols 0 to 2); the scanner judges exactly
 * that path, every prefix of it and every component, so
 * `STACK_GLOBAL('sklearn', 'os.system')` is judged as the `os.system` it
 * reaches.
 *
 * - dangerous: on the denylist below (critical). builtins.getattr is judged
 *   here like any global, and pickle-scan.ts reports its imports by use: a
 *   lookup getattr(G, 'name') on a global is judged as the global G.name.
 * - known: on the allowlist of exact globals that benign scikit-learn, joblib,
 *   numpy, pandas and PyTorch state_dict pickles import, or in the dataObjects
 *   of sklearn-globals.json: what pickles of pandas, scipy.sparse and numpy
 *   objects of every dtype and format import, generated from the pinned
 *   libraries. A generated global never overrides the denylist.
 * - allowed: on the team's own list of reviewed globals (modelScan.allowedGlobals
 *   in ssot/security.json), exact dotted paths; it cannot allow a dangerous one.
 * - ml-class: exactly a global of sklearn-globals.json, generated from the
 *   pinned scikit-learn by make_sklearn_globals.py: every estimator under the
 *   path pickle writes it with, and every other global benign scikit-learn
 *   pickles import. No pattern: a class an sklearn module merely imports
 *   (sklearn.callback._transport.Listener is multiprocessing's) is not one.
 * - unknown: anything else, reported below critical: high when loading calls
 *   it (or hands it to a call), medium when the pickle only imports it.
 *
 * Sources: modelscan's `unsafe_globals` (modelscan/settings.py), picklescan's
 * `_unsafe_globals` and `_safe_globals` (src/picklescan/scanner.py), the
 * globals PyTorch's weights_only unpickler allows
 * (torch/_weights_only_unpickler.py `_get_allowed_globals`), and the Python
 * standard library modules that run commands, evaluate code, load code or
 * serialized objects, or touch files, the network, processes and signals.
 */
export type GlobalTier = 'dangerous' | 'known' | 'allowed' | 'ml-class' | 'unknown'

export interface GlobalJudgement {
  tier: GlobalTier
  /** The dotted path Python resolves: module and attribute path, after Python 2 renaming. */
  path: string
  /** The module and the attribute path of `path`, apart. */
  module: string
  name: string
  /** Why a dangerous global is dangerous. */
  reason?: string
}

const group = (reason: string, paths: string[]): [string, string][] => paths.map((p) => [p, reason])

/** A path is dangerous when it equals one of these or lies under one (`os` covers `os.system` and `os.path.join`). */
const DENYLIST = new Map<string, string>([
  ...group('runs operating-system commands', [
    'os',
    'posix',
    'nt',
    'subprocess',
    '_posixsubprocess',
    'pty',
    'commands',
    'popen2',
    'platform',
    '_osx_support',
    '_aix_support',
    '_pyrepl',
    'uuid',
    'imaplib.IMAP4_stream',
    'pydoc',
    'webbrowser',
    'antigravity',
    'asyncio',
    'multiprocessing',
    '_multiprocessing',
    'concurrent.futures',
    'torch.multiprocessing',
  ]),
  ...group('evaluates or compiles Python code', [
    'builtins.eval',
    'builtins.exec',
    'builtins.execfile',
    'builtins.compile',
    'builtins.breakpoint',
    'builtins.input',
    'builtins.help',
    'runpy',
    'code',
    'codeop',
    'types.CodeType',
    'types.FunctionType',
    'types.LambdaType',
    'marshal',
    'trace',
    'timeit',
    'profile',
    'cProfile',
    '_lsprof',
    'pdb',
    'bdb',
    'doctest',
    'unittest',
    'idlelib',
    'lib2to3',
    'test',
    'tkinter',
    '_tkinter',
    'turtle',
    'numpy.testing',
    'numpy.f2py',
    'numpy.distutils',
    'pandas.eval',
    'pandas.core.computation',
    'torch.jit.unsupported_tensor_ops',
    'torch._inductor',
    'torch._dynamo',
    'torch.fx.experimental.symbolic_shapes',
    'torch.utils.bottleneck',
    'torch.utils.collect_env',
    'sklearn.utils._testing',
    'yaml.load',
    'yaml.load_all',
    'yaml.unsafe_load',
    'yaml.unsafe_load_all',
    'yaml.full_load',
    'yaml.full_load_all',
    'yaml.constructor',
    'jsonpickle',
  ]),
  ...group('reaches arbitrary attributes or builds calls to them', [
    'builtins.getattr',
    'builtins.setattr',
    'builtins.delattr',
    'builtins.globals',
    'builtins.locals',
    'builtins.vars',
    'builtins.apply',
    'operator.attrgetter',
    'operator.itemgetter',
    'operator.methodcaller',
    'operator.call',
    '_operator.attrgetter',
    '_operator.itemgetter',
    '_operator.methodcaller',
    '_operator.call',
    'functools.partialmethod',
    'functools.reduce',
    '_functools.reduce',
    'gc',
    'copyreg',
    'sys',
  ]),
  ...group('imports or loads code', [
    'importlib',
    'imp',
    'pkgutil',
    'zipimport',
    'site',
    'ctypes',
    '_ctypes',
    'cffi',
    'distutils',
    'setuptools',
    'pkg_resources',
    'ensurepip',
    'pip',
    'venv',
    'numpy.ctypeslib',
    'torch.utils.cpp_extension',
    'torch.package',
    'torch.ops.load_library',
    'torch.classes.load_library',
    'torch.hub',
    'torch.utils._config_module',
    'torch.utils.data.datapipes.utils.decoder',
    'keras.models.load_model',
    'keras.saving',
    'tensorflow.keras.models.load_model',
  ]),
  ...group('loads another serialized object the scanner cannot see', [
    'pickle',
    '_pickle',
    'cPickle',
    'dill',
    'cloudpickle',
    'shelve',
    'joblib.load',
    'joblib.numpy_pickle.load',
    'joblib.numpy_pickle.load_temporary_memmap',
    'joblib.externals',
    'joblib.parallel',
    'joblib.Parallel',
    'joblib.memory',
    'joblib.Memory',
    'torch.load',
    'torch.serialization',
    'torch.jit.load',
    'torch.storage._load_from_bytes',
    'torch.distributed',
    'numpy.load',
    'numpy.lib.npyio',
    'numpy.lib._npyio_impl',
    'pandas.read_pickle',
    'pandas.io',
  ]),
  ...group('opens network connections', [
    'socket',
    '_socket',
    'ssl',
    'http.client',
    'http.server',
    'httplib',
    'urllib.request',
    'urllib.urlopen',
    'urllib.urlretrieve',
    'urllib2',
    'urllib3',
    'requests',
    'httpx',
    'aiohttp',
    'ftplib',
    'smtplib',
    'smtpd',
    'telnetlib',
    'poplib',
    'imaplib',
    'nntplib',
    'xmlrpc',
    'socketserver',
    'asyncore',
    'asynchat',
    'numpy.lib._datasource',
    'numpy.DataSource',
  ]),
  ...group('reads or writes files', [
    'builtins.open',
    'builtins.file',
    'io.open',
    'io.open_code',
    'io.FileIO',
    '_io.open',
    '_io.open_code',
    '_io.FileIO',
    'codecs',
    '_codecs',
    'fileinput',
    'tempfile',
    'shutil',
    'pathlib',
    'mmap',
    'dbm',
    'sqlite3',
    'zipfile',
    'tarfile',
    'gzip.open',
    'gzip.GzipFile',
    'bz2.open',
    'bz2.BZ2File',
    'lzma.open',
    'lzma.LZMAFile',
    'logging.FileHandler',
    'logging.handlers',
    'logging.config',
    'numpy.memmap',
    'numpy.core.memmap',
    'numpy._core.memmap',
    'numpy.save',
    'numpy.savez',
    'numpy.savez_compressed',
    'numpy.savetxt',
    'numpy.fromfile',
    'numpy.loadtxt',
    'numpy.genfromtxt',
  ]),
  ...group('starts threads or handles signals', [
    'threading',
    '_thread',
    'signal',
    '_signal',
    'atexit',
    'sched',
  ]),
])
// Python 2 names and the builtins module under its other spellings.
for (const [path, reason] of [...DENYLIST])
  if (path.startsWith('builtins.'))
    for (const alias of ['__builtin__', '__builtins__'])
      DENYLIST.set(`${alias}${path.slice('builtins'.length)}`, reason)
/** Components in the longest denylist path: a longer run of components cannot be on it, so the lookups below stop there (a path of thousands of components stays linear). */
const DENYLIST_DEPTH = Math.max(...[...DENYLIST.keys()].map((p) => p.split('.').length))

/** Module names that, reached as an attribute anywhere in a path (`sklearn.os`, `collections._sys`), give the same access as importing them. */
const MODULE_ATTRIBUTES = new Set([
  'os',
  'posix',
  'nt',
  'sys',
  'subprocess',
  'posixsubprocess',
  'builtins',
  'builtin',
  'importlib',
  'imp',
  'pickle',
  'cPickle',
  'dill',
  'cloudpickle',
  'marshal',
  'ctypes',
  'runpy',
  'pty',
  'shutil',
  'socket',
  'commands',
  'multiprocessing',
  'webbrowser',
  'pydoc',
  'pdb',
  'bdb',
  'timeit',
  'cProfile',
  'codeop',
  'pip',
])

/** Attribute names whose presence anywhere in a global's path means running code, commands or another loader. */
const DANGEROUS_NAMES = new Set([
  ...[
    'eval',
    'exec',
    'execfile',
    'compile',
    'system',
    'popen',
    'popen2',
    'popen3',
    'popen4',
    'Popen',
    'getoutput',
    'getstatusoutput',
    'check_output',
    'check_call',
    'fork',
    'forkpty',
    'fork_exec',
    'posix_spawn',
    'posix_spawnp',
  ],
  ...[
    'execl',
    'execle',
    'execlp',
    'execlpe',
    'execv',
    'execve',
    'execvp',
    'execvpe',
    'spawnl',
    'spawnle',
    'spawnlp',
    'spawnlpe',
    'spawnv',
    'spawnve',
    'spawnvp',
    'spawnvpe',
  ],
  ...[
    'runcode',
    'runsource',
    'runstring',
    'run_path',
    'run_module',
    '_run_code',
    '_run_module_code',
    'execWrapper',
    'load_inline',
    'pipepager',
    'tempfilepager',
    '_read_output',
    '_get_command_stdout',
    '_syscmd_file',
  ],
  ...[
    'import_module',
    'load_source',
    'load_module',
    'load_dynamic',
    'load_library',
    'LoadLibrary',
    'resolve_name',
    'locate',
  ],
  ...[
    'getattr',
    'setattr',
    'delattr',
    'attrgetter',
    'methodcaller',
    'globals',
    'locals',
    'breakpoint',
  ],
  ...['load', 'loads', 'load_model', 'read_pickle', 'unsafe_load', 'full_load'],
])

/** Exact globals that benign scikit-learn, joblib, numpy, pandas and PyTorch state_dict pickles import. */
const ALLOWLIST = new Set<string>([
  ...[
    'object',
    'set',
    'frozenset',
    'slice',
    'complex',
    'bytearray',
    'bytes',
    'range',
    'int',
    'float',
    'str',
    'list',
    'dict',
    'tuple',
    'bool',
  ].map((n) => `builtins.${n}`),
  'copyreg._reconstructor',
  'copyreg.__newobj__',
  'copyreg.__newobj_ex__',
  // Python 3 pickles bytes under protocols 0 to 2 as _codecs.encode(text, 'latin1').
  '_codecs.encode',
  ...['OrderedDict', 'Counter', 'defaultdict', 'deque'].map((n) => `collections.${n}`),
  ...['datetime', 'date', 'time', 'timedelta', 'timezone'].map((n) => `datetime.${n}`),
  'decimal.Decimal',
  'fractions.Fraction',
  'uuid.UUID',
  'uuid.SafeUUID',
  // numpy 1.x (numpy.core) and 2.x (numpy._core)
  'numpy.ndarray',
  'numpy.dtype',
  ...['core', '_core'].flatMap((c) => [
    `numpy.${c}.multiarray._reconstruct`,
    `numpy.${c}.multiarray.scalar`,
    `numpy.${c}.numeric._frombuffer`,
  ]),
  'numpy.ma.core._mareconstruct',
  'numpy.ma.core.MaskedArray',
  'numpy.matrixlib.defmatrix.matrix',
  ...[
    'bool_',
    'bool',
    'int8',
    'int16',
    'int32',
    'int64',
    'uint8',
    'uint16',
    'uint32',
    'uint64',
    'float16',
    'float32',
    'float64',
    'longdouble',
    'complex64',
    'complex128',
    'clongdouble',
    'object_',
    'str_',
    'bytes_',
    'void',
    'datetime64',
    'timedelta64',
    'intc',
    'uintc',
    'intp',
    'uintp',
    'longlong',
    'ulonglong',
    'short',
    'ushort',
    'byte',
    'ubyte',
    'half',
    'single',
    'double',
    'csingle',
    'cdouble',
    'int_',
    'uint',
    'float_',
    'complex_',
    'unicode_',
    'string_',
  ].map((n) => `numpy.${n}`),
  ...[
    'Bool',
    'Int8',
    'Int16',
    'Int32',
    'Int64',
    'UInt8',
    'UInt16',
    'UInt32',
    'UInt64',
    'Float16',
    'Float32',
    'Float64',
    'LongDouble',
    'Complex64',
    'Complex128',
    'CLongDouble',
    'Object',
    'Bytes',
    'Str',
    'Void',
    'DateTime64',
    'TimeDelta64',
  ].map((n) => `numpy.dtypes.${n}DType`),
  'numpy.random.__RandomState_ctor',
  ...['__randomstate_ctor', '__generator_ctor', '__bit_generator_ctor'].map(
    (n) => `numpy.random._pickle.${n}`,
  ),
  'numpy.random.mtrand.RandomState',
  'numpy.random._generator.Generator',
  'numpy.random._mt19937.MT19937',
  'numpy.random._pcg64.PCG64',
  'numpy.random._pcg64.PCG64DXSM',
  'numpy.random._philox.Philox',
  'numpy.random._sfc64.SFC64',
  ...['bit_generator', '_bit_generator'].flatMap((m) => [
    `numpy.random.${m}.SeedSequence`,
    `numpy.random.${m}.__pyx_unpickle_SeedSequence`,
  ]),
  // joblib writes numpy arrays through this wrapper (the raw bytes follow it in the stream).
  'joblib.numpy_pickle.NumpyArrayWrapper',
  // pandas frames, series, indexes and categoricals
  ...[
    'DataFrame',
    'Series',
    'Index',
    'RangeIndex',
    'Categorical',
    'CategoricalDtype',
    'StringDtype',
    'Timestamp',
    'Timedelta',
    'arrays.StringArray',
  ].map((n) => `pandas.${n}`),
  'pandas.core.frame.DataFrame',
  'pandas.core.series.Series',
  'pandas.core.indexes.base.Index',
  'pandas.core.indexes.base._new_Index',
  'pandas.core.indexes.range.RangeIndex',
  'pandas.core.internals.managers.BlockManager',
  'pandas.core.internals.managers.SingleBlockManager',
  'pandas.core.arrays.categorical.Categorical',
  'pandas.core.dtypes.dtypes.CategoricalDtype',
  'pandas._libs.internals._unpickle_block',
  'pandas._libs.arrays.__pyx_unpickle_NDArrayBacked',
  'pandas._libs.tslibs.timestamps._unpickle_timestamp',
  'pandas._libs.tslibs.timedeltas._timedelta_unpickle',
  // scipy sparse matrices (scikit-learn keeps some fitted attributes sparse)
  ...['csr', 'csc', 'coo'].flatMap((f) => [
    `scipy.sparse._${f}.${f}_matrix`,
    `scipy.sparse._${f}.${f}_array`,
    `scipy.sparse.${f}.${f}_matrix`,
  ]),
  // PyTorch state_dicts: what torch.load(weights_only=True) allows
  'torch.Size',
  'torch.Tensor',
  'torch.device',
  'torch.nn.parameter.Parameter',
  'torch.nn.parameter.Buffer',
  'torch.serialization._get_layout',
  'torch._tensor._rebuild_from_type_v2',
  ...[
    'tensor',
    'tensor_v2',
    'tensor_v3',
    'parameter',
    'parameter_with_state',
    'qtensor',
    'sparse_tensor',
    'meta_tensor_no_storage',
    'wrapper_subclass',
    'device_tensor_from_numpy',
    'device_tensor_from_cpu_tensor',
    'nested_tensor',
  ].map((n) => `torch._utils._rebuild_${n}`),
  'torch.storage.TypedStorage',
  'torch.storage.UntypedStorage',
  ...[
    'Double',
    'Float',
    'Half',
    'Long',
    'Int',
    'Short',
    'Char',
    'Byte',
    'Bool',
    'BFloat16',
    'ComplexDouble',
    'ComplexFloat',
    'QUInt8',
    'QInt8',
    'QInt32',
    'QUInt4x2',
    'QUInt2x4',
    'Untyped',
  ].map((n) => `torch.${n}Storage`),
  ...[
    'Double',
    'Float',
    'Half',
    'BFloat16',
    'Long',
    'Int',
    'Short',
    'Char',
    'Byte',
    'Bool',
    'ComplexDouble',
    'ComplexFloat',
  ].flatMap((n) => [`torch.${n}Tensor`, `torch.cuda.${n}Tensor`]),
  ...[
    'float32',
    'float64',
    'float16',
    'bfloat16',
    'complex32',
    'complex64',
    'complex128',
    'uint8',
    'int8',
    'int16',
    'int32',
    'int64',
    'bool',
    'qint8',
    'quint8',
    'qint32',
    'quint4x2',
    'quint2x4',
    'float8_e5m2',
    'float8_e4m3fn',
    'float8_e5m2fnuz',
    'float8_e4m3fnuz',
    'float8_e8m0fnu',
    'float4_e2m1fn_x2',
    'uint16',
    'uint32',
    'uint64',
    'bits8',
    'bits16',
    'bits1x8',
    'bits2x4',
    'bits4x2',
  ].map((n) => `torch.${n}`),
  ...[1, 2, 3, 4, 5, 6, 7].flatMap((b) => [`torch.uint${b}`, `torch.int${b}`]),
  ...[
    'per_tensor_affine',
    'per_tensor_symmetric',
    'per_channel_affine',
    'per_channel_symmetric',
    'per_channel_affine_float_qparams',
  ].map((n) => `torch.${n}`),
])

/** The scikit-learn globals of the ml-class tier, generated (make_sklearn_globals.py): estimators and what benign pickles of them import. */
const ML_GLOBALS = new Set<string>([...sklearnGlobals.estimators, ...sklearnGlobals.referenced])
/** The globals benign pickles of pandas, scipy.sparse and numpy objects import, generated the same way: known, beside the hand-written ALLOWLIST (which also keeps older versions' paths). */
const DATA_GLOBALS = new Set<string>(sklearnGlobals.dataObjects)

const IDENTIFIER = /^[\p{L}_][\p{L}\p{N}_]*$/u

/** True when `name` is one Python identifier (no dots). */
export const isIdentifier = (name: string): boolean => IDENTIFIER.test(name)

/** True when Python could import `module`: dotted identifiers (anything else fails before any code runs). */
export function importableModule(module: string): boolean {
  return module.split('.').every((c) => IDENTIFIER.test(c))
}

/**
 * Why the global `module`.`name` is dangerous, or undefined. The whole path
 * and each of its prefixes are looked up in the denylist; each attribute
 * component (the module part is imported as real modules, the name part is
 * resolved with getattr) is checked for modules reached as attributes,
 * dunder internals and dangerous callable names.
 */
function dangerIn(module: string, name: string): string | undefined {
  const path = `${module}.${name}`
  if (ALLOWLIST.has(path)) return undefined
  const parts = path.split('.')
  for (let k = 1; k <= Math.min(parts.length, DENYLIST_DEPTH); k++) {
    const prefix = parts.slice(0, k).join('.')
    const reason = DENYLIST.get(prefix)
    if (reason) return `${prefix} ${reason}`
  }
  if (/^pandas\.read_/.test(path))
    return 'pandas readers open files and URLs, and read_pickle unpickles'
  const attributes = name.split('.')
  for (const part of attributes) {
    const bare = part.replace(/^_+|_+$/g, '')
    if (MODULE_ATTRIBUTES.has(bare))
      return `reaches the ${bare} module through the attribute ${part}`
    if (/^__\w*__$/.test(part)) return `reaches Python internals through ${part}`
    if (DANGEROUS_NAMES.has(part))
      return `calls ${part}, which runs code, commands or another loader`
  }
  // An attribute used as a namespace names a module some module imported: `sklearn` + `logging.FileHandler` is logging's.
  for (let j = 0; j < attributes.length - 1; j++) {
    for (let k = j + 1; k <= Math.min(attributes.length, j + DENYLIST_DEPTH); k++) {
      const reached = attributes.slice(j, k).join('.')
      const reason = DENYLIST.get(reached)
      if (reason)
        return `reaches ${reached} through the attribute path ${name} (${reached} ${reason})`
    }
  }
  return undefined
}

/**
 * Judges a global the way Python resolves it: `proto` is the protocol the
 * stream declared (0 without a PROTO opcode). Under protocol 0 to 2 Python 2
 * names are renamed first; both the renamed and the written name are
 * checked against the denylist, since a loader may turn fix_imports off.
 * `allowed` is the team's list of reviewed globals.
 */
export function judgeGlobal(
  module: string,
  name: string,
  proto: number,
  allowed: ReadonlySet<string> = new Set(),
): GlobalJudgement {
  const [m, n] = proto < 3 ? fixImports(module, name) : [module, name]
  const path = `${m}.${n}`
  for (const [cm, cn] of m === module && n === name
    ? [[m, n]]
    : [
        [m, n],
        [module, name],
      ]) {
    const reason = dangerIn(cm!, cn!)
    if (reason) return { tier: 'dangerous', path, module: m!, name: n!, reason }
  }
  const tier: GlobalTier =
    ALLOWLIST.has(path) || DATA_GLOBALS.has(path)
      ? 'known'
      : allowed.has(path)
        ? 'allowed'
        : ML_GLOBALS.has(path)
          ? 'ml-class'
          : 'unknown'
  return { tier, path, module: m!, name: n! }
}
