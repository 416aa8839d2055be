import type { Gate } from '../engine/gate.js'
import type { GateId } from '../contract/types.js'

/**
 * Gates that have landed in this version, each loaded when a run asks for
 * it: a run of one gate does not load (or evaluate) the others' modules.
 * Any other id is reported as not available, never passed.
 */
const GATES: Partial<Record<GateId, () => Promise<Gate>>> = {
  G0: async () => (await import('./g0/index.js')).g0,
  G1: async () => (await import('./g1/index.js')).g1,
  G2: async () => (await import('./g2/index.js')).g2,
  G3: async () => (await import('./g3/index.js')).g3,
  drift: async () => (await import('./drift/index.js')).drift,
  G5: async () => (await import('./g5/index.js')).g5,
  G4: async () => (await import('./g4/index.js')).g4,
}

export async function findGate(id: GateId): Promise<Gate | undefined> {
  return GATES[id]?.()
}
