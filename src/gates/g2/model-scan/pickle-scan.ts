import type { ByteStream } from '../../../io/byte-stream.js'
import { DISPATCH } from './pickle-dispatch.js'
import { PickleMachine } from './pickle-machine.js'
import {
  PickleError,
  type PickleLog,
  type PickleOptions,
  type PickleResult,
} from './pickle-values.js'

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
  const m = new PickleMachine(s, options, log, depth, scanPickle)
  const result = m.result
  try {
    for (;;) {
      const at = s.offset
      if (s.available < 16) await s.ensure(16)
      if (s.available === 0) m.fail(`the stream ends at byte ${at} without a STOP opcode`)
      const op = s.u8()
      const load = DISPATCH[op]
      if (!load) m.fail(`unknown opcode 0x${op.toString(16).padStart(2, '0')} at byte ${at}`)
      // Most opcodes are done at once; only those that stream an argument return a promise.
      const pending = load!(m, at, op)
      if (pending) await pending
      if (result.complete) return result
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
