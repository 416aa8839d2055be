import type { JudgeInput } from '../../approvals/judge.js'
import { readGateApprovals } from '../../approvals/read.js'
import type { ApprovalsConfig } from '../../approvals/types.js'
import type { Check } from '../../contract/types.js'
import type { GateContext } from '../../engine/gate.js'
import type { ChainLink } from './chain.js'

/**
 * `G5.approval`: the Release Manager's approval, read and judged as G3 reads
 * approvals (src/approvals: the same roles file, ssot/approvals.json
 * gates.G5): the quorum of release managers for the `production`
 * environment, no rejection, separation of duties (not an author of the
 * model, not the run's actor, no bot) and, with g5DistinctFromG3, nobody who
 * approved G3 (read from G3's verified evidence). The approvals judge's own
 * checks are kept in `details.checks`.
 */
export async function judgeApproval(
  ctx: GateContext,
  modelDigest: string,
  links: ChainLink[],
  modelAbsolute: string,
): Promise<Check> {
  const file = ctx.ssot.display('approvals.json')
  // G3's approvers are kept out only when the policy says so (read once here; readGateApprovals names a missing file).
  const distinct =
    ctx.ssot.has('approvals.json') &&
    (await ctx.ssot.approvals<ApprovalsConfig>()).gates.G5?.g5DistinctFromG3 === true
  const { judged, policy } = await readGateApprovals({
    gate: 'G5',
    ssot: ctx.ssot,
    workspace: ctx.workspace,
    source: ctx.services.approvals,
    model: await ctx.ssot.model(),
    modelPath: modelAbsolute,
    modelSha256: modelDigest,
    actor: ctx.run.actor,
    ...(distinct ? { excluded: g3Approvers(links) } : {}),
  })
  // Without valid G3 evidence its approvers are unknown: the chain fails on it already, so this is a fail too, not an error.
  const noG3 = !links.find((l) => l.gate === 'G3')?.valid
  const checks = judged.checks.map((c) =>
    noG3 && c.status === 'error' && c.id === 'G5.sod.distinct-from-g3'
      ? { ...c, status: 'fail' as const }
      : c,
  )
  // A sign-off file is self-declared: when G5 accepts none, it accepts no G3 judged on one either.
  const g3 = links.find((l) => l.gate === 'G3')?.valid
  const g3Source = (g3?.report.approvals as { source?: unknown } | undefined)?.source
  if (g3Source === 'file' && !policy.allowFileSource)
    checks.push({
      id: 'G5.approvals.g3-source',
      rule: 'source',
      value: 'file',
      status: 'fail',
      severity: 'block',
      message: `G3 was judged on a sign-off file, and ${file} /gates/G5/allowFileSource is not true: G3 must read the environment approvals or the pull request's reviews`,
      source: { file, pointer: '/gates/G5/allowFileSource' },
    })
  const bad = checks.filter((c) => c.status === 'fail' || c.status === 'error')
  const status = checks.some((c) => c.status === 'error') ? 'error' : bad.length ? 'fail' : 'pass'
  return {
    id: 'G5.approval',
    rule: 'release-manager',
    value: judged.tally,
    status,
    severity: 'block',
    message: bad.length
      ? `The Release Manager's approval does not count: ${[...bad, ...checks.filter((c) => c.status === 'warn')].map((c) => `${c.id}: ${c.message ?? c.status}`).join('; ')}`
      : `Approved by ${judged.counted.map((a) => `${a.login} (${a.role})`).join(', ')}; ${judged.tally}`,
    source: { file, pointer: '/gates/G5' },
    details: {
      checks: checks.map((c) => ({ id: c.id, status: c.status, message: c.message ?? '' })),
      counted: judged.counted.map((a) => a.login),
      notCounted: judged.notCounted.map((a) => ({
        login: a.login,
        rule: a.rule,
        reason: a.reason,
      })),
    },
  }
}

/** Who approved G3, from its verified evidence (`report.approvals.counted`). */
function g3Approvers(links: ChainLink[]): NonNullable<JudgeInput['excluded']> {
  const g3 = links.find((l) => l.gate === 'G3')?.valid
  if (!g3) return { unknown: 'no valid G3 evidence to read its approvers from' }
  const counted = (g3.report.approvals as { counted?: { login?: unknown }[] } | undefined)?.counted
  if (!Array.isArray(counted)) return { unknown: 'the G3 evidence records no approvers' }
  return {
    logins: counted.flatMap((a) => (typeof a.login === 'string' ? [a.login] : [])),
    because: `G3 evidence ${g3.digest.value.slice(0, 12)}…`,
  }
}
