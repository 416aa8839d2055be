import { basename, extname } from 'node:path'
import { InputError } from '../contract/errors.js'
import type { DataInput } from './gate.js'
import { GATE_IDS, type GateId } from '../contract/types.js'

/** Parses a gate id, case-insensitively for G0..G5. */
export function parseGateId(raw: string): GateId {
  const value = raw.trim()
  const id = (/^g[0-5]$/i.test(value) ? value.toUpperCase() : value) as GateId
  if (!GATE_IDS.includes(id)) {
    throw new InputError({
      message: 'Unknown gate',
      expected: `one of ${GATE_IDS.join(', ')}`,
      found: JSON.stringify(raw),
    })
  }
  return id
}

/**
 * Parses data arguments: `ROLE=PATH` or a bare `PATH` (its role is the file
 * name without extension). Roles are unique: a repeated role gets a suffix.
 */
export function parseDataInputs(values: readonly string[]): DataInput[] {
  const seen = new Map<string, number>()
  return values
    .map((v) => v.trim())
    .filter((v) => v !== '')
    .map((value) => {
      const m = /^([A-Za-z][A-Za-z0-9_-]{0,39})=(.+)$/.exec(value)
      const path = m ? m[2]! : value
      let role = m ? m[1]! : basename(path, extname(path)).replace(/[^A-Za-z0-9_-]/g, '_') || 'data'
      const n = (seen.get(role) ?? 0) + 1
      seen.set(role, n)
      if (n > 1) role = `${role}_${n}`
      return { role, path, explicitRole: m !== null }
    })
}

/** Parses `key=value` gate options. */
export function parseOptions(values: readonly string[]): Record<string, string> {
  const options: Record<string, string> = {}
  for (const raw of values.map((v) => v.trim()).filter((v) => v !== '')) {
    const i = raw.indexOf('=')
    if (i <= 0)
      throw new InputError({
        message: 'Invalid gate option',
        expected: 'key=value',
        found: JSON.stringify(raw),
      })
    options[raw.slice(0, i).trim()] = raw.slice(i + 1).trim()
  }
  return options
}

export type FailOn = 'fail' | 'warn'

export function parseFailOn(raw: string | undefined): FailOn {
  const v = (raw ?? '').trim() || 'fail'
  if (v !== 'fail' && v !== 'warn')
    throw new InputError({
      message: 'Invalid fail-on',
      expected: 'fail or warn',
      found: JSON.stringify(raw),
    })
  return v
}
