import type { Check } from '../contract/types.js'
import { normaliseLogin, type GateApprovalPolicy } from './config.js'
import { authorMatches, latestPerPerson, short } from './normalise.js'
import { SOURCE_LABEL, type Approval, type CollectedApprovals } from './types.js'

/** An approval that counts, and for which role. */
export interface CountedApproval {
  login: string
  userId: number | null
  role: string
  /** Other roles the person is listed in: they count for `role` only. */
  alsoListedIn: string[]
  source: Approval['source']
  environment: string | null
  commit: string | null
  at: string | null
  comment: string
}

/** An approval (or rejection, or comment) that does not count, and why. */
export interface NotCounted {
  login: string
  userId: number | null
  state: Approval['state']
  source: Approval['source']
  /** The rule that set it aside: state, bot, environment, gate, stale, not-member, author, actor, distinct-from-g3. */
  rule: string
  reason: string
  comment: string
}

export interface RoleTally {
  role: string
  counted: number
  needed: number
  who: string[]
  members: string[]
}

export interface ApprovalJudgement {
  checks: Check[]
  counted: CountedApproval[]
  notCounted: NotCounted[]
  roles: RoleTally[]
  /** "ot-lead 1 of 1, qa 0 of 1". */
  tally: string
}

export interface JudgeInput {
  policy: GateApprovalPolicy
  collected: CollectedApprovals
  /** The login that triggered the run, or why there is none (a local run). */
  actor: { login: string } | { unknown: string }
  modelSha256: string
  /** G5 with g5DistinctFromG3: the people who approved G3, or why they are unknown. */
  excluded?: { logins: string[]; because: string } | { unknown: string }
}

/**
 * Judges approvals against a gate's policy: each person's latest decision,
 * set aside with a reason when it cannot count (not approved, a bot, another
 * environment, a stale commit, not in a role, an author, the run's actor, a
 * G3 approver at G5), then people matched to role slots so that each counts
 * for one role only and the quorum is met whenever the people allow it.
 * Pure: the same approvals always give the same checks.
 */
export function judgeApprovals(input: JudgeInput): ApprovalJudgement {
  const { policy, collected } = input
  const rolesOf = (login: string) =>
    policy.roles.filter((r) => r.members.includes(normaliseLogin(login))).map((r) => r.role)
  const notCounted: NotCounted[] = []
  const setAside = (a: Approval, rule: string, reason: string) =>
    notCounted.push({
      login: a.login,
      userId: a.userId ?? null,
      state: a.state,
      source: a.source,
      rule,
      reason,
      comment: a.comment,
    })
  const rejections: { a: Approval; roles: string[] }[] = []
  const eligible: { a: Approval; roles: string[] }[] = []
  const sod: Record<string, string[]> = { author: [], actor: [], bot: [], 'distinct-from-g3': [] }
  for (const a of latestPerPerson(collected.approvals)) {
    const roles = rolesOf(a.login)
    const why = whyNotCounted(a, roles, input)
    if (!why) {
      eligible.push({ a, roles })
      continue
    }
    setAside(a, why.rule, why.reason)
    if (why.rule === 'rejected' && roles.length > 0 && !a.bot) rejections.push({ a, roles })
    sod[why.rule]?.push(a.login)
  }

  const assigned = assignRoles(
    eligible.map((e) => e.roles),
    policy.roles.map((r) => [r.role, r.needed] as const),
  )
  const counted: CountedApproval[] = eligible.map((e, i) => ({
    login: e.a.login,
    userId: e.a.userId ?? null,
    role: assigned[i]!,
    alsoListedIn: e.roles.filter((r) => r !== assigned[i]),
    source: e.a.source,
    environment: e.a.environments?.find((x) => policy.environments.includes(x)) ?? null,
    commit: e.a.commit ?? null,
    at: e.a.at ?? null,
    comment: e.a.comment,
  }))
  const roles: RoleTally[] = policy.roles.map((r) => {
    const who = counted.filter((c) => c.role === r.role).map((c) => c.login)
    return { role: r.role, counted: who.length, needed: r.needed, who, members: r.listed }
  })
  const tally = roles.map((r) => `${r.role} ${r.counted} of ${r.needed}`).join(', ')
  const checks = buildChecks(input, roles, counted, rejections, sod)
  return { checks, counted, notCounted, roles, tally }
}

function buildChecks(
  input: JudgeInput,
  roles: RoleTally[],
  counted: CountedApproval[],
  rejections: { a: Approval; roles: string[] }[],
  sod: Record<string, string[]>,
): Check[] {
  const { policy } = input
  const g = policy.gate
  const checks: Check[] = [
    sourceCheck(g, input.collected, policy.allowFileSource),
    ...roles.map((r) => quorumCheck(g, r, policy.file)),
    {
      id: `${g}.approvals.rejections`,
      rule: 'no-rejection',
      value: rejections.length,
      operator: '<=',
      threshold: 0,
      status: rejections.length > 0 ? 'fail' : 'pass',
      severity: 'block',
      message:
        rejections.length > 0
          ? rejections
              .map(
                ({ a, roles: rs }) =>
                  `${a.login} (${rs.join(', ')}) ${a.state === 'rejected' ? 'rejected' : 'requested changes'}${a.comment ? `: "${a.comment}"` : ' without a comment'}`,
              )
              .join('; ')
          : 'no member of a role rejected',
    },
    sodCheck(
      g,
      'not-author',
      sod.author!,
      input.collected.authorsUnknown,
      'author of the model',
      `authors: ${[...new Set(input.collected.authors.map((x) => x.login ?? x.name ?? x.email))].join(', ') || 'none found'}`,
    ),
    sodCheck(
      g,
      'not-actor',
      sod.actor!,
      'unknown' in input.actor && !input.collected.actors?.length ? input.actor.unknown : undefined,
      'triggering actor',
      `actor: ${['login' in input.actor ? input.actor.login : '', ...(input.collected.actors ?? [])].filter(Boolean).join(', ') || 'unknown'}`,
    ),
    onePersonOneRole(g, counted),
    sodCheck(g, 'no-bots', sod.bot!, undefined, 'bot', ''),
  ]
  if (policy.distinctFromG3)
    checks.push(
      input.excluded && 'logins' in input.excluded
        ? sodCheck(
            g,
            'distinct-from-g3',
            sod['distinct-from-g3']!,
            undefined,
            'G3 approver',
            `G3 approvers: ${input.excluded.logins.join(', ') || 'none'}`,
          )
        : {
            id: `${g}.sod.distinct-from-g3`,
            rule: 'distinct-from-g3',
            value: null,
            status: 'error',
            severity: 'block',
            message: `g5DistinctFromG3 is set, and G3's approvers are unknown: ${input.excluded && 'unknown' in input.excluded ? input.excluded.unknown : 'no G3 evidence given'}`,
            source: { file: policy.file, pointer: '/gates/G5/g5DistinctFromG3' },
          },
    )
  return checks
}

/** Why an approval does not count (the first rule it breaks), or undefined when it counts. */
function whyNotCounted(
  a: Approval,
  roles: string[],
  input: JudgeInput,
): { rule: string; reason: string } | undefined {
  const { policy, collected } = input
  const g = policy.gate
  // Decisions about another environment or gate are not this gate's, approvals and rejections alike.
  const envs = a.environments
  if (envs && envs.length > 0 && !envs.some((e) => policy.environments.includes(e)))
    return {
      rule: 'environment',
      reason: `${a.state.replace('_', ' ')} for environment ${envs.join(', ')}, not ${policy.environments.join(' or ')}`,
    }
  if (a.gate && a.gate !== g)
    return { rule: 'gate', reason: `${a.state.replace('_', ' ')} for ${a.gate}, not ${g}` }
  if (a.state === 'rejected' || a.state === 'changes_requested') {
    const what = a.state === 'rejected' ? 'rejected' : 'requested changes'
    return {
      rule: 'rejected',
      reason:
        roles.length > 0 && !a.bot
          ? `${what} (${roles.join(', ')})`
          : `${what}, but ${a.bot ? 'is a bot' : 'is not a member of any role'}`,
    }
  }
  if (a.state !== 'approved')
    return { rule: 'state', reason: `${a.state.replace('_', ' ')}: not an approval` }
  if (a.bot || normaliseLogin(a.login).endsWith('[bot]'))
    return { rule: 'bot', reason: 'a bot account: bots never count' }
  if (a.source === 'pull-request' && collected.reviewCommit && a.commit !== collected.reviewCommit)
    return {
      rule: 'stale',
      reason: `stale: approved commit ${short(a.commit)}, not the judged head ${short(collected.reviewCommit)}`,
    }
  if (a.model && a.model !== input.modelSha256)
    return {
      rule: 'stale',
      reason: `approved model ${a.model.slice(0, 19)}…, not the judged ${input.modelSha256.slice(0, 19)}…`,
    }
  if (roles.length === 0)
    return {
      rule: 'not-member',
      reason: `not a member of ${policy.roles.map((r) => r.role).join(' or ')}`,
    }
  const authored = authorMatches(a, collected.authors)
  if (authored.length > 0)
    return { rule: 'author', reason: `an author of the model: ${authored.join('; ')}` }
  const actors = [
    ...('login' in input.actor ? [input.actor.login] : []),
    ...(collected.actors ?? []),
  ]
  if (actors.some((x) => normaliseLogin(x) === normaliseLogin(a.login)))
    return { rule: 'actor', reason: 'triggered this run: the actor never approves their own run' }
  if (
    input.excluded &&
    'logins' in input.excluded &&
    input.excluded.logins.some((l) => normaliseLogin(l) === normaliseLogin(a.login))
  )
    return {
      rule: 'distinct-from-g3',
      reason: `approved G3 (${input.excluded.because}): G5 needs someone else`,
    }
  return undefined
}

function sourceCheck(g: string, collected: CollectedApprovals, allowFile: boolean): Check {
  const refused = collected.source === 'file' && !allowFile
  return {
    id: `${g}.approvals.source`,
    rule: 'source',
    value: collected.source,
    status: refused ? 'fail' : 'pass',
    severity: 'block',
    message: refused
      ? `${g} does not accept a sign-off file (allowFileSource is false): approvals must come from GitHub`
      : `approvals read from ${SOURCE_LABEL[collected.source]}${collected.file ? ` ${collected.file}` : ''}`,
    details: { tried: collected.tried },
  }
}

function quorumCheck(g: string, r: RoleTally, file: string): Check {
  const missing = r.needed - r.counted
  return {
    id: `${g}.quorum.${r.role}`,
    rule: 'quorum',
    variable: r.role,
    value: r.counted,
    operator: '>=',
    threshold: r.needed,
    status: missing > 0 ? 'fail' : 'pass',
    severity: 'block',
    message: `${r.role}: ${r.counted} of ${r.needed}${r.who.length ? ` (${r.who.join(', ')})` : ''}${missing > 0 ? `; missing ${missing} approval${missing > 1 ? 's' : ''} from ${r.members.join(', ')}` : ''}`,
    source: { file, pointer: `/gates/${g}/quorum/${r.role}` },
  }
}

function sodCheck(
  g: string,
  rule: string,
  who: string[],
  unknown: string | undefined,
  what: string,
  facts: string,
): Check {
  if (unknown !== undefined && who.length === 0)
    return {
      id: `${g}.sod.${rule}`,
      rule,
      value: null,
      status: 'skipped',
      severity: 'block',
      message: `not checked: ${unknown}${facts ? ` (${facts})` : ''}`,
    }
  return {
    id: `${g}.sod.${rule}`,
    rule,
    value: who.length,
    operator: '<=',
    threshold: 0,
    // The approval is set aside (never counted); the quorum decides the verdict, this makes the attempt visible.
    status: who.length > 0 ? 'warn' : 'pass',
    severity: who.length > 0 ? 'warn' : 'block',
    message:
      who.length > 0
        ? `not counted, as ${what}: ${who.join(', ')}`
        : `no ${what} among the approvers${facts ? ` (${facts})` : ''}`,
  }
}

function onePersonOneRole(g: string, counted: CountedApproval[]): Check {
  const several = counted.filter((c) => c.alsoListedIn.length > 0)
  return {
    id: `${g}.sod.one-role-per-person`,
    rule: 'one-role-per-person',
    value: several.length,
    status: 'pass',
    severity: 'block',
    message:
      several.length > 0
        ? several
            .map(
              (c) =>
                `${c.login} counts for ${c.role} only (also listed in ${c.alsoListedIn.join(', ')})`,
            )
            .join('; ')
        : 'each approver counts for one role',
  }
}

/**
 * Assigns each person one of their roles so that as many quorum slots as
 * possible are filled (maximum bipartite matching, augmenting paths); people
 * left over count for their first role, beyond its quorum.
 */
export function assignRoles(
  people: readonly (readonly string[])[],
  quorum: readonly (readonly [string, number])[],
): string[] {
  const slots = quorum.flatMap(([role, n]) => Array.from({ length: n }, () => role))
  const holder = new Array<number>(slots.length).fill(-1)
  const tryAssign = (p: number, seen: boolean[]): boolean => {
    for (let s = 0; s < slots.length; s++) {
      if (seen[s] || !people[p]!.includes(slots[s]!)) continue
      seen[s] = true
      if (holder[s] === -1 || tryAssign(holder[s]!, seen)) {
        holder[s] = p
        return true
      }
    }
    return false
  }
  for (let p = 0; p < people.length; p++) tryAssign(p, new Array<boolean>(slots.length).fill(false))
  const out = people.map((roles) => roles[0]!)
  holder.forEach((p, s) => {
    if (p >= 0) out[p] = slots[s]!
  })
  return out
}
