import { OBJECT_OPCODES } from './pickle-load-objects.js'
import { DATA_OPCODES } from './pickle-load-data.js'
import type { OpcodeHandler, PickleMachine } from './pickle-machine.js'
import { OP } from './pickle-opcodes.js'

/**
 * The dispatch table, as pickle.py's `dispatch`: the handler of each opcode
 * byte. The handlers are grouped by what they do: the stream's framing
 * here, objects (pickle-load-objects.ts) and data (pickle-load-data.ts).
 */

function loadStop(m: PickleMachine): void {
  m.result.value = m.pop()
  m.result.complete = true
  m.result.end = m.s.offset
}

function loadProto(m: PickleMachine, at: number): void {
  m.proto = m.u8()
  if (m.proto > 5) m.fail(`unsupported pickle protocol ${m.proto} at byte ${at}`)
}

function loadFrame(m: PickleMachine): void {
  m.u64()
}

/** The handlers of the opcodes that frame the stream. */
const FRAMING_OPCODES: readonly (readonly [number, OpcodeHandler])[] = [
  [OP.STOP, loadStop],
  [OP.PROTO, loadProto],
  [OP.FRAME, loadFrame],
]

/** The handler of each opcode byte; undefined for bytes that are no opcode. */
export const DISPATCH: readonly (OpcodeHandler | undefined)[] = (() => {
  const table: (OpcodeHandler | undefined)[] = new Array(256).fill(undefined)
  for (const [op, handler] of [...FRAMING_OPCODES, ...OBJECT_OPCODES, ...DATA_OPCODES]) {
    if (table[op]) throw new Error(`opcode 0x${op.toString(16)} has two handlers`)
    table[op] = handler
  }
  return table
})()
