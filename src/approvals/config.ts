import { InputError, InputErrors, toProblems } from '../contract/errors.js'
import type { GateProblem } from '../contract/types.js'
import type { ApprovalGate, ApprovalsConfig, ApprovalsSource } from './types.js'

/** One role a gate needs, with its members resolved to logins. */
export interface RoleQuorum {
  role: string
  /** Lower-cased logins (GitHub logins are case-insensitive), teams expanded. */
  members: string[]
  /** The members as written, for the report. */
  listed: string[]
  needed: number
}

/** A gate's section of ssot/approvals.json, checked and with teams resolved. */
export interface GateApprovalPolicy {
  gate: ApprovalGate
  environments: string[]
  roles: RoleQuorum[]
  allowFileSource: boolean
  /** G5 only: its approvers must not be G3's. */
  distinctFromG3: boolean
  authorCommits: number
  authorPaths: string[]
  file: string
}

export const DEFAULT_AUTHOR_COMMITS = 3

/** `team:ORG/SLUG` -> [org, slug]. */
export function teamOf(member: string): [string, string] | undefined {
  const m = /^team:([^/]+)\/(.+)$/.exec(member)
  return m ? [m[1]!, m[2]!] : undefined
}

export const normaliseLogin = (login: string) => login.toLowerCase()

/**
 * The policy of one gate: its section must exist, every role its quorum
 * names must be defined with members, teams must resolve, and no quorum may
 * exceed its role's members. Every problem at once, each with its pointer.
 */
export async function gatePolicy(
  config: ApprovalsConfig,
  gate: ApprovalGate,
  file: string,
  source: Pick<ApprovalsSource, 'teamMembers'> | undefined,
): Promise<GateApprovalPolicy> {
  const section = config.gates[gate]
  if (!section)
    throw new InputError({
      file,
      pointer: '/gates',
      message: `No ${gate} section: ${gate} has no roles to judge`,
      expected: `gates.${gate} with environments and quorum`,
      found: `sections for ${Object.keys(config.gates).join(', ') || 'no gate'}`,
    })
  const problems: GateProblem[] = []
  const roles: RoleQuorum[] = []
  for (const [role, needed] of Object.entries(section.quorum)) {
    const pointer = `/gates/${gate}/quorum/${role.replace(/~/g, '~0').replace(/\//g, '~1')}`
    const defined = config.roles[role]
    if (!defined) {
      problems.push({
        file,
        pointer,
        message: `${gate} needs approvals from role "${role}", which roles does not define`,
        expected: `one of ${Object.keys(config.roles).join(', ')}`,
        found: JSON.stringify(role),
      })
      continue
    }
    const rolePointer = `/roles/${role}/members`
    if (defined.members.length === 0) {
      problems.push({
        file,
        pointer: rolePointer,
        message: `Role "${role}" has no members: nobody could approve for it`,
        expected: 'at least one GitHub login or team:ORG/SLUG',
        found: 'an empty list',
      })
      continue
    }
    const members = new Set<string>()
    for (const [i, member] of defined.members.entries()) {
      const team = teamOf(member)
      if (!team) {
        members.add(normaliseLogin(member))
        continue
      }
      if (!source) {
        problems.push(teamProblem(file, `${rolePointer}/${i}`, member, 'no approval source'))
        continue
      }
      try {
        for (const login of await source.teamMembers(team[0], team[1]))
          members.add(normaliseLogin(login))
      } catch (error) {
        const why = toProblems(error)[0]?.message ?? String(error)
        problems.push(teamProblem(file, `${rolePointer}/${i}`, member, why))
      }
    }
    if (members.size < needed)
      problems.push({
        file,
        pointer,
        message: `Role "${role}" needs ${needed} distinct approvals but has ${members.size} member${members.size === 1 ? '' : 's'}: the quorum can never be met`,
        expected: `a quorum of at most ${members.size}, or more members`,
        found: String(needed),
      })
    roles.push({ role, members: [...members], listed: defined.members, needed })
  }
  if (problems.length > 0) throw new InputErrors(problems)
  return {
    gate,
    environments: section.environments,
    roles,
    allowFileSource: section.allowFileSource ?? gate === 'G3',
    distinctFromG3: gate === 'G5' && config.gates.G5?.g5DistinctFromG3 === true,
    authorCommits: config.separationOfDuties?.authorCommits ?? DEFAULT_AUTHOR_COMMITS,
    authorPaths: config.separationOfDuties?.authorPaths ?? [],
    file,
  }
}

function teamProblem(file: string, pointer: string, team: string, why: string): GateProblem {
  return {
    file,
    pointer,
    message: `Cannot resolve ${team}: ${why}. Resolving a team needs a token with the organization permission members: read, which GITHUB_TOKEN does not have; give the github-token input a token that has it, or list the team's logins`,
    expected: "the team's members",
    found: 'none read',
  }
}
