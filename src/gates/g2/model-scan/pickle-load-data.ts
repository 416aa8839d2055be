import {
  decodeLong,
  decodeUtf8,
  escapeDecode,
  latin1,
  rawUnicodeEscapeDecode,
} from './pickle-codecs.js'
import type { OpcodeHandler, PickleMachine } from './pickle-machine.js'
import { OP } from './pickle-opcodes.js'
import {
  floatArgument,
  intArgument,
  longArgument,
  memoArgument,
  StringArgumentCheck,
  UnicodeArgumentCheck,
} from './pickle-text-args.js'
import { BOOL, BYTES, FLOAT, int, MAX_ITEMS, NONE, OPAQUE, type Value } from './pickle-values.js'

/**
 * The opcodes that push data (strings, bytes, numbers, containers) and
 * move it between the stack, the mark stack and the memo. Each is named
 * after CPython's `load_*` method of the same opcode; a handler that reads
 * a streamed argument is async, the others return at once.
 */

async function loadUnicode(m: PickleMachine, at: number): Promise<void> {
  m.push(await m.stringArgument('UNICODE', at, new UnicodeArgumentCheck(), rawUnicodeEscapeDecode))
}

async function loadString(m: PickleMachine, at: number): Promise<void> {
  m.push(
    await m.stringArgument('STRING', at, new StringArgumentCheck(), (l) =>
      latin1(escapeDecode(l.subarray(1, l.length - 1))),
    ),
  )
}

async function loadBinunicode(m: PickleMachine): Promise<void> {
  const n = m.le(4)
  m.push(m.textNow(n, decodeUtf8) ?? (await m.slowText(n, decodeUtf8)))
}

async function loadShortBinunicode(m: PickleMachine): Promise<void> {
  const n = m.u8()
  m.push(m.textNow(n, decodeUtf8) ?? (await m.slowText(n, decodeUtf8)))
}

async function loadBinunicode8(m: PickleMachine): Promise<void> {
  const n = m.u64()
  m.push(m.textNow(n, decodeUtf8) ?? (await m.slowText(n, decodeUtf8)))
}

async function loadBinstring(m: PickleMachine, at: number): Promise<void> {
  const n = m.i32()
  if (n < 0) m.fail(`BINSTRING with a negative length at byte ${at}`)
  m.push(m.textNow(n, latin1) ?? (await m.slowText(n, latin1)))
}

async function loadShortBinstring(m: PickleMachine): Promise<void> {
  const n = m.u8()
  m.push(m.textNow(n, latin1) ?? (await m.slowText(n, latin1)))
}

async function loadBinbytes(m: PickleMachine): Promise<void> {
  const n = m.le(4)
  m.push(m.payloadNow(n, BYTES) ?? (await m.slowPayload(n, BYTES)))
}

async function loadShortBinbytes(m: PickleMachine): Promise<void> {
  const n = m.u8()
  m.push(m.payloadNow(n, BYTES) ?? (await m.slowPayload(n, BYTES)))
}

async function loadBinbytes8(m: PickleMachine): Promise<void> {
  const n = m.u64()
  m.push(m.payloadNow(n, BYTES) ?? (await m.slowPayload(n, BYTES)))
}

async function loadBytearray8(m: PickleMachine): Promise<void> {
  const n = m.u64()
  m.push(m.payloadNow(n, OPAQUE) ?? (await m.slowPayload(n, OPAQUE)))
}

async function loadInt(m: PickleMachine, at: number): Promise<void> {
  const v = await m.textArgument('INT', at, intArgument)
  m.push(v.bool ? BOOL : int(v.value))
}

async function loadLong(m: PickleMachine, at: number): Promise<void> {
  m.push(int(await m.textArgument('LONG', at, longArgument)))
}

async function loadFloat(m: PickleMachine, at: number): Promise<void> {
  await m.textArgument('FLOAT', at, (line) => (floatArgument(line) ? true : undefined))
  m.push(FLOAT)
}

function loadBinint(m: PickleMachine): void {
  m.push(m.i32())
}

function loadBinint1(m: PickleMachine): void {
  m.push(m.u8())
}

function loadBinint2(m: PickleMachine): void {
  m.push(m.le(2))
}

function loadBinfloat(m: PickleMachine): void {
  m.bytes(8)
  m.push(FLOAT)
}

async function loadLongBinary(m: PickleMachine, at: number, op: number): Promise<void> {
  const n = op === OP.LONG1 ? m.u8() : m.i32()
  if (n < 0) m.fail(`LONG4 with a negative length at byte ${at}`)
  if (n <= 64 && m.s.available < n) await m.need(n)
  m.push(
    n <= 64 ? int(decodeLong(m.bytes(n))) : await m.slowPayload(n, { t: 'bigint', v: undefined }),
  )
}

function loadNone(m: PickleMachine): void {
  m.push(NONE)
}

function loadBool(m: PickleMachine): void {
  m.push(BOOL)
}

function loadEmptyTuple(m: PickleMachine): void {
  m.push({ t: 'tuple', items: [] })
}

function loadEmptyList(m: PickleMachine): void {
  m.push({ t: 'list', items: [] })
}

function loadEmptyDict(m: PickleMachine): void {
  m.push({ t: 'dict', entries: [] })
}

function loadEmptySet(m: PickleMachine): void {
  m.push({ t: 'set' })
}

function loadMark(m: PickleMachine): void {
  m.metastack.push(m.stack)
  m.stack = []
}

function loadTuple(m: PickleMachine): void {
  m.push({ t: 'tuple', items: m.capped(m.popMark()) })
}

function loadList(m: PickleMachine): void {
  m.push({ t: 'list', items: m.capped(m.popMark()) })
}

function loadDict(m: PickleMachine, at: number): void {
  const items = m.popMark()
  if (items.length % 2) m.fail(`odd number of items for DICT at byte ${at}`)
  const d: Value = { t: 'dict', entries: [] }
  m.setItems(d, items)
  m.push(d)
}

function loadFrozenset(m: PickleMachine): void {
  m.popMark()
  m.push({ t: 'frozenset' })
}

function loadTuple1(m: PickleMachine): void {
  m.push({ t: 'tuple', items: [m.pop()] })
}

function loadTuple2(m: PickleMachine): void {
  const b = m.pop()
  m.push({ t: 'tuple', items: [m.pop(), b] })
}

function loadTuple3(m: PickleMachine): void {
  const c = m.pop()
  const b = m.pop()
  m.push({ t: 'tuple', items: [m.pop(), b, c] })
}

function loadAppend(m: PickleMachine, at: number): void {
  const v = m.pop()
  const list = m.top()
  m.mutates(list, 'APPEND', at)
  m.usesMethods(list, 'APPEND', at)
  if (typeof list === 'object' && list.t === 'list' && list.items.length < MAX_ITEMS)
    list.items.push(v)
}

function loadAppends(m: PickleMachine, at: number): void {
  const items = m.popMark()
  const list = m.top()
  m.mutates(list, 'APPENDS', at)
  m.usesMethods(list, 'APPENDS', at)
  if (typeof list === 'object' && list.t === 'list')
    list.items.push(...items.slice(0, Math.max(0, MAX_ITEMS - list.items.length)))
}

function loadSetitem(m: PickleMachine, at: number): void {
  const v = m.pop()
  const k = m.pop()
  m.mutates(m.top(), 'SETITEM', at)
  m.usesMethods(m.top(), 'SETITEM', at)
  m.setItems(m.top(), [k, v])
}

function loadSetitems(m: PickleMachine, at: number): void {
  const items = m.popMark()
  if (items.length % 2) m.fail(`odd number of items for SETITEMS at byte ${at}`)
  m.mutates(m.top(), 'SETITEMS', at)
  m.usesMethods(m.top(), 'SETITEMS', at)
  m.setItems(m.top(), items)
}

function loadAdditems(m: PickleMachine, at: number): void {
  m.popMark()
  m.mutates(m.top(), 'ADDITEMS', at)
  m.usesMethods(m.top(), 'ADDITEMS', at)
}

function loadPop(m: PickleMachine): void {
  if (m.stack.length) m.stack.pop()
  else m.popMark()
}

function loadPopMark(m: PickleMachine): void {
  m.popMark()
}

function loadDup(m: PickleMachine): void {
  m.push(m.top())
}

async function loadGet(m: PickleMachine, at: number): Promise<void> {
  const i = Number(await m.textArgument('GET', at, memoArgument))
  m.push(
    m.memo.has(i)
      ? m.memo.get(i)!
      : m.fail(`GET of memo ${i}, which was never stored, at byte ${at}`),
  )
}

function loadBinget(m: PickleMachine, at: number, op: number): void {
  const i = op === OP.BINGET ? m.u8() : m.le(4)
  m.push(
    m.memo.has(i)
      ? m.memo.get(i)!
      : m.fail(`GET of memo ${i}, which was never stored, at byte ${at}`),
  )
}

async function loadPut(m: PickleMachine, at: number): Promise<void> {
  const i = Number(await m.textArgument('PUT', at, memoArgument))
  if (i < 0) m.fail(`negative PUT argument at byte ${at}`)
  m.memo.set(i, m.top())
}

function loadBinput(m: PickleMachine): void {
  m.memo.set(m.u8(), m.top())
}

function loadLongBinput(m: PickleMachine): void {
  m.memo.set(m.le(4), m.top())
}

function loadMemoize(m: PickleMachine): void {
  m.memo.set(m.memo.size, m.top())
}

/** Out-of-band data the loader supplies. */
function loadNextBuffer(m: PickleMachine): void {
  m.push(OPAQUE)
}

function loadReadonlyBuffer(m: PickleMachine): void {
  m.top()
}

/** The handlers of the opcodes that push and move data. */
export const DATA_OPCODES: readonly (readonly [number, OpcodeHandler])[] = [
  [OP.UNICODE, loadUnicode],
  [OP.STRING, loadString],
  [OP.BINUNICODE, loadBinunicode],
  [OP.SHORT_BINUNICODE, loadShortBinunicode],
  [OP.BINUNICODE8, loadBinunicode8],
  [OP.BINSTRING, loadBinstring],
  [OP.SHORT_BINSTRING, loadShortBinstring],
  [OP.BINBYTES, loadBinbytes],
  [OP.SHORT_BINBYTES, loadShortBinbytes],
  [OP.BINBYTES8, loadBinbytes8],
  [OP.BYTEARRAY8, loadBytearray8],
  [OP.INT, loadInt],
  [OP.LONG, loadLong],
  [OP.FLOAT, loadFloat],
  [OP.BININT, loadBinint],
  [OP.BININT1, loadBinint1],
  [OP.BININT2, loadBinint2],
  [OP.BINFLOAT, loadBinfloat],
  [OP.LONG1, loadLongBinary],
  [OP.LONG4, loadLongBinary],
  [OP.NONE, loadNone],
  [OP.NEWTRUE, loadBool],
  [OP.NEWFALSE, loadBool],
  [OP.EMPTY_TUPLE, loadEmptyTuple],
  [OP.EMPTY_LIST, loadEmptyList],
  [OP.EMPTY_DICT, loadEmptyDict],
  [OP.EMPTY_SET, loadEmptySet],
  [OP.MARK, loadMark],
  [OP.TUPLE, loadTuple],
  [OP.LIST, loadList],
  [OP.DICT, loadDict],
  [OP.FROZENSET, loadFrozenset],
  [OP.TUPLE1, loadTuple1],
  [OP.TUPLE2, loadTuple2],
  [OP.TUPLE3, loadTuple3],
  [OP.APPEND, loadAppend],
  [OP.APPENDS, loadAppends],
  [OP.SETITEM, loadSetitem],
  [OP.SETITEMS, loadSetitems],
  [OP.ADDITEMS, loadAdditems],
  [OP.POP, loadPop],
  [OP.POP_MARK, loadPopMark],
  [OP.DUP, loadDup],
  [OP.GET, loadGet],
  [OP.BINGET, loadBinget],
  [OP.LONG_BINGET, loadBinget],
  [OP.PUT, loadPut],
  [OP.BINPUT, loadBinput],
  [OP.LONG_BINPUT, loadLongBinput],
  [OP.MEMOIZE, loadMemoize],
  [OP.NEXT_BUFFER, loadNextBuffer],
  [OP.READONLY_BUFFER, loadReadonlyBuffer],
]
