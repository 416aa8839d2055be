import { fixImports } from './compat-pickle.js'
import allowlistFile from './pickle-allowlist.json' with { type: 'json' }
import denylistFile from './pickle-denylist.json' with { type: 'json' }
import sklearnGlobals from './sklearn-globals.json' with { type: 'json' }

/**
 * How dangerous a global imported by a pickle is. Python resolves a global
 * as a module plus a dotted attribute path (protocol 4 and up), after
 * renaming Python 2 names (protocols 0 to 2); the scanner judges exactly
 * that path, every prefix of it and every component, so
 * `STACK_GLOBAL('sklearn', 'os.system')` is judged as the `os.system` it
 * reaches.
 *
 * - dangerous: on the denylist (pickle-denylist.json; critical). builtins.getattr is judged
 *   here like any global, and pickle-scan.ts reports its imports by use: a
 *   lookup getattr(G, 'name') on a global is judged as the global G.name.
 * - known: on the allowlist (pickle-allowlist.json) of exact globals that benign scikit-learn, joblib,
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

const { reasons, denylist, moduleAttributes, dangerousNames } = denylistFile
const { allowlist } = allowlistFile

/** A path is dangerous when it equals one of these or lies under one (`os` covers `os.system` and `os.path.join`): pickle-denylist.json, one entry per line with its reason. */
const DENYLIST = new Map<string, string>(
  Object.entries(denylist).map(([path, why]) => {
    const reason = (reasons as Record<string, string>)[why]
    // A typo in the data file must not turn an entry off.
    if (!reason)
      throw new Error(`pickle-denylist.json: ${path} names no reason of "reasons": ${why}`)
    return [path, reason]
  }),
)
// Python 2 names and the builtins module under its other spellings.
for (const [path, reason] of [...DENYLIST])
  if (path.startsWith('builtins.'))
    for (const alias of ['__builtin__', '__builtins__'])
      DENYLIST.set(`${alias}${path.slice('builtins'.length)}`, reason)
/** Components in the longest denylist path: a longer run of components cannot be on it, so the lookups below stop there (a path of thousands of components stays linear). */
const DENYLIST_DEPTH = Math.max(...[...DENYLIST.keys()].map((p) => p.split('.').length))

/** Module names that, reached as an attribute anywhere in a path (`sklearn.os`, `collections._sys`), give the same access as importing them. */
const MODULE_ATTRIBUTES = new Set(moduleAttributes)

/** Attribute names whose presence anywhere in a global's path means running code, commands or another loader. */
const DANGEROUS_NAMES = new Set(dangerousNames)

/** Exact globals that benign scikit-learn, joblib, numpy, pandas and PyTorch state_dict pickles import: pickle-allowlist.json. */
const ALLOWLIST = new Set<string>(Object.keys(allowlist))

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
