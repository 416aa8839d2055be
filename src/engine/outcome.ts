import type { Check, GateStatus } from '../contract/types.js'

/**
 * The verdict rule shared by every gate: any problem or any check in `error`
 * makes the gate `error` (it could not judge); otherwise any blocking failure
 * makes it `fail`. Warnings and skipped checks never fail a gate on their own.
 */
export function decideStatus(checks: readonly Check[], problemCount: number): GateStatus {
  if (problemCount > 0 || checks.some((c) => c.status === 'error')) return 'error'
  if (checks.some((c) => c.status === 'fail')) return 'fail'
  return 'pass'
}

/** Counts checks by status, for summaries. */
export function countChecks(checks: readonly Check[]): Record<Check['status'], number> {
  const counts = { pass: 0, fail: 0, warn: 0, skipped: 0, error: 0 }
  for (const c of checks) counts[c.status]++
  return counts
}

/** "12 checks: 10 passed, 1 failed, 1 warning". */
export function describeCounts(checks: readonly Check[]): string {
  const c = countChecks(checks)
  const parts = [`${c.pass} passed`]
  if (c.fail) parts.push(`${c.fail} failed`)
  if (c.warn) parts.push(`${c.warn} warning${c.warn > 1 ? 's' : ''}`)
  if (c.error) parts.push(`${c.error} could not be computed`)
  if (c.skipped) parts.push(`${c.skipped} skipped`)
  return `${checks.length} checks: ${parts.join(', ')}`
}
