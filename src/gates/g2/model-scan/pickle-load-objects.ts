import { ascii, strictUtf8 } from './pickle-codecs.js'
import { isJoblibWrapper, type OpcodeHandler, type PickleMachine } from './pickle-machine.js'
import { OP } from './pickle-opcodes.js'
import { asNumber, asObject, asString, kind, OPAQUE, type Value } from './pickle-values.js'

/**
 * The opcodes that import, call and build objects, and refer to objects
 * outside the pickle (extensions, persistent ids): what a pickle runs.
 * Each is named after CPython's `load_*` method of the same opcode.
 */

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

async function loadGlobal(m: PickleMachine, at: number): Promise<void> {
  const module = strictUtf8(await m.keptArgument('GLOBAL', at), at)
  const name = strictUtf8(await m.keptArgument('GLOBAL', at), at)
  m.push(m.addGlobal(module, name, at))
}

function loadStackGlobal(m: PickleMachine, at: number): void {
  const name = m.pop()
  const module = m.pop()
  if (NOT_STR.has(kind(module)) || NOT_STR.has(kind(name)))
    m.fail(`STACK_GLOBAL at byte ${at} requires str operands`)
  const moduleName = asString(module)
  const attribute = asString(name)
  if (moduleName !== undefined && attribute !== undefined)
    m.push(m.addGlobal(moduleName, attribute, at))
  else {
    const long = (v: Value) => kind(v) === 'longstr'
    const why =
      long(module) || long(name)
        ? 'a string too long to judge'
        : 'a value computed while loading (a call result or an imported attribute), not a string written in the pickle'
    m.flag(
      '<computed>',
      `STACK_GLOBAL takes its module or name from ${why}: nobody can tell what it imports`,
      at,
    )
    m.push({ t: 'global', path: '<computed>' })
  }
}

/** C's unpickler looks for the mark first, the Python one imports first; the import is recorded either way. */
async function loadInst(m: PickleMachine, at: number): Promise<void> {
  const module = ascii(await m.keptArgument('INST', at), at)
  const name = ascii(await m.keptArgument('INST', at), at)
  const cls = m.addGlobal(module, name, at)
  const args: Value = { t: 'tuple', items: m.capped(m.popMark()) }
  // INST calls what it imports with the marked items (klass(*args)): getattr there is a lookup too.
  m.push(m.getattrs.has(cls) ? m.lookup(cls, args, 'INST', at) : m.call(cls, args, 'INST', at))
}

function loadObj(m: PickleMachine, at: number): void {
  const items = m.popMark()
  if (items.length === 0) m.fail(`OBJ without a class at byte ${at}`)
  m.push(m.call(items[0]!, { t: 'tuple', items: m.capped(items.slice(1)) }, 'OBJ', at))
}

function loadReduce(m: PickleMachine, at: number): void {
  const args = m.pop()
  const fn = m.stack.length ? m.stack.pop()! : m.pop()
  m.push(m.getattrs.has(fn) ? m.lookup(fn, args, 'REDUCE', at) : m.call(fn, args, 'REDUCE', at))
}

function loadNewobj(m: PickleMachine, at: number): void {
  const args = m.pop()
  m.push(m.call(m.pop(), args, 'NEWOBJ', at))
}

function loadNewobjEx(m: PickleMachine, at: number): void {
  const kwargs = m.pop()
  const args = m.pop()
  m.push(m.call(m.pop(), args, 'NEWOBJ_EX', at, kwargs))
}

async function loadBuild(m: PickleMachine, at: number): Promise<void> {
  const state = m.pop()
  // partial.__setstate__ takes the function it will call: the globals in its state are handed to a call.
  if (m.isPartial(m.top())) m.call(OPAQUE, state, 'BUILD', at)
  const obj = m.top()
  m.mutates(obj, 'BUILD', at)
  m.usesMethods(obj, 'BUILD', at)
  if (typeof obj === 'object' && obj.t === 'obj') {
    obj.state = state
    if (m.options.joblib && isJoblibWrapper(obj)) {
      m.stack.pop()
      await m.joblibArray(obj)
      m.push(OPAQUE)
    }
  }
}

function loadExt(m: PickleMachine, at: number, op: number): void {
  const code = m.le(op === OP.EXT1 ? 1 : op === OP.EXT2 ? 2 : 4)
  m.flag(
    `<extension ${code}>`,
    `EXT imports whatever copyreg's extension registry holds for code ${code} when the pickle is loaded (stock Python has none): the scanner cannot see it`,
    at,
  )
  m.push({ t: 'global', path: `<extension ${code}>` })
}

async function loadPersid(m: PickleMachine, at: number): Promise<void> {
  let isAscii = true
  await m.streamArgument('PERSID', at, (piece) => {
    isAscii &&= !piece.some((b) => b > 0x7f)
  })
  if (!m.options.persistentLoad)
    m.fail(`a persistent id at byte ${at}, which Python's default unpickler refuses`)
  if (!isAscii) m.fail(`a persistent id at byte ${at} that is not ASCII`)
  m.push(OPAQUE)
}

function loadBinpersid(m: PickleMachine, at: number): void {
  const pid = m.pop()
  if (!m.options.persistentLoad)
    m.fail(`a persistent id at byte ${at}, which Python's default unpickler refuses`)
  const tuple = asObject(pid)
  if (tuple?.t === 'tuple' && asString(tuple.items[0]) === 'storage') {
    const key = tuple.items[2]
    const type = asObject(tuple.items[1])
    m.log.storages.push({
      key: asString(key) ?? String(asNumber(key)),
      storageType: type?.t === 'global' ? type.path : undefined,
      numel: asNumber(tuple.items[4]),
    })
  }
  m.push(OPAQUE)
}
/** The handlers of the opcodes that import, call and build. */
export const OBJECT_OPCODES: readonly (readonly [number, OpcodeHandler])[] = [
  [OP.GLOBAL, loadGlobal],
  [OP.STACK_GLOBAL, loadStackGlobal],
  [OP.INST, loadInst],
  [OP.OBJ, loadObj],
  [OP.REDUCE, loadReduce],
  [OP.NEWOBJ, loadNewobj],
  [OP.NEWOBJ_EX, loadNewobjEx],
  [OP.BUILD, loadBuild],
  [OP.EXT1, loadExt],
  [OP.EXT2, loadExt],
  [OP.EXT4, loadExt],
  [OP.PERSID, loadPersid],
  [OP.BINPERSID, loadBinpersid],
]
