import type { Gate } from '../engine/gate.js'
import type { GateId } from '../contract/types.js'
import { g0 } from './g0/index.js'
import { g1 } from './g1/index.js'
import { g2 } from './g2/index.js'
import { g3 } from './g3/index.js'

/** Gates that have landed in this version. Any other id is reported as not available, never passed. */
const GATES: Partial<Record<GateId, Gate>> = {
  G0: g0,
  G1: g1,
  G2: g2,
  G3: g3,
}

export function findGate(id: GateId): Gate | undefined {
  return GATES[id]
}
