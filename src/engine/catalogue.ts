import catalogue from '../../ssot/gates.json' with { type: 'json' }
import type { GateId } from '../contract/types.js'

/** One row of the gate catalogue in the repository's root `ssot/gates.json`. */
export interface GateInfo {
  id: GateId
  name: string
  validates: string
  evidence: string
  responsible: string
  trigger: string
}

export const GATES: readonly GateInfo[] = catalogue.gates as GateInfo[]

export function gateInfo(id: GateId): GateInfo {
  const info = GATES.find((g) => g.id === id)
  if (!info) throw new Error(`Gate ${id} is missing from ssot/gates.json`)
  return info
}
