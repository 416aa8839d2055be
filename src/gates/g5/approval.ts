import { gatePolicy, type GateApprovalPolicy } from '../../approvals/config.js'
import { judgeApprovals, type JudgeInput } from '../../approvals/judge.js'
import type { ApprovalsConfig, ApprovalsRequest } from '../../approvals/types.js'
import { InputError } from '../../contract/errors.js'
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
  if (!ctx.ssot.has('approvals.json'))
    throw new InputError({
      file,
      message:
        "G5 needs ssot/approvals.json: who may approve a release (the Release Manager's role)",
      expected: 'ssot/approvals.json with roles and gates.G5 (see template/ssot/approvals.json)',
      found: 'no such file',
    })
  const source = ctx.services.approvals
  if (!source)
    throw new InputError({
      message: 'G5 has no approvals to read',
      expected:
        "the Action in a job with environment: production (it reads the run's approvals with github-token), or a sign-off file (--approvals FILE) when gates.G5.allowFileSource is true",
      found: 'neither',
    })
  const config = await ctx.ssot.approvals<ApprovalsConfig>()
  const policy = await gatePolicy(config, 'G5', file, source)
  const collected = await source.collect(request(ctx, policy, modelAbsolute, modelDigest))
  const owner = ownerAsAuthor(await ctx.ssot.model(), ctx.ssot.display('model.json'))
  if (owner) collected.authors.push(owner)
  const judged = judgeApprovals({
    policy,
    collected,
    actor: ctx.run.actor
      ? { login: ctx.run.actor }
      : { unknown: 'no triggering actor: a local run (GITHUB_ACTOR is not set)' },
    modelSha256: `sha256:${modelDigest}`,
    ...(policy.distinctFromG3 ? { excluded: g3Approvers(links) } : {}),
  })
  // Without valid G3 evidence its approvers are unknown: the chain fails on it already, so this is a fail too, not an error.
  const noG3 = !links.find((l) => l.gate === 'G3')?.valid
  const checks = judged.checks.map((c) =>
    noG3 && c.status === 'error' && c.id === 'G5.sod.distinct-from-g3'
      ? { ...c, status: 'fail' as const }
      : c,
  )
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

/** What G5 asks the approval source for: its environments, and the paths whose latest commits name the model's authors. */
function request(
  ctx: GateContext,
  policy: GateApprovalPolicy,
  modelAbsolute: string,
  modelDigest: string,
): ApprovalsRequest {
  const paths = [
    modelAbsolute,
    ctx.ssot.dir,
    ...policy.authorPaths.map((p, i) =>
      ctx.ssot.resolveRepoPath(
        p,
        'author path',
        `/separationOfDuties/authorPaths/${i}`,
        'approvals.json',
      ),
    ),
  ]
  return {
    gate: 'G5',
    environments: policy.environments,
    authorPaths: [...new Set(paths)].map((absolute) => ({
      path: ctx.workspace.display(absolute),
      absolute,
    })),
    repoRoot: ctx.ssot.repoRoot,
    authorCommits: policy.authorCommits,
    modelSha256: `sha256:${modelDigest}`,
    environmentsPointer: { file: policy.file, pointer: '/gates/G5/environments' },
  }
}

/** The model's owner (model.json owner.github or email) is its author: they never approve its release. */
function ownerAsAuthor(
  model: { owner: { github?: string; email?: string } },
  modelFile: string,
): { login?: string; email?: string; because: string } | undefined {
  const { github, email } = model.owner
  if (!github && !email) return undefined
  return {
    ...(github ? { login: github } : {}),
    ...(email ? { email } : {}),
    because: `the model's owner in ${modelFile}`,
  }
}
