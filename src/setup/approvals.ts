import { InputError, InputErrors } from '../contract/errors.js'
import type { GateProblem } from '../contract/types.js'

/**
 * Who reviews each environment, from ssot/approvals.json as G3 and G5 read it
 * (ssot/schemas/approvals.schema.json):
 *
 *   { "roles": { "ot-lead": { "members": ["luis-ot", "team:acme/ot"] }, "qa": {...}, ... },
 *     "gates": { "G3": { "environments": ["ot-signoff", "qa-signoff"], "quorum": { "ot-lead": 1, "qa": 1 } },
 *                "G5": { "environments": ["production"], "quorum": { "release-manager": 1 } } } }
 *
 * Each environment a gate lists gets the members of that gate's quorum roles;
 * when the environment's name starts with a role's first word (ot-signoff and
 * ot-lead, qa-signoff and qa), only that role's members. The `signing`
 * environment (retrain.yml) gets the members of a `security` role, if there is one.
 */
export interface Reviewer {
  type: 'User' | 'Team'
  /** A login, or org/team-slug. */
  name: string
}

/** Environment name -> its reviewers, in the order setup creates them. */
export type EnvironmentReviewers = Record<string, Reviewer[]>

/** The environments of the template's workflows, when there is no ssot/approvals.json. */
export const DEFAULT_ENVIRONMENTS = ['ot-signoff', 'qa-signoff', 'production', 'signing']
const SIGNING_ENVIRONMENT = 'signing'
const SIGNING_ROLE = 'security'

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/
const TEAM = /^team:([A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9][A-Za-z0-9._-]*)$/

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

/** The reviewers per environment; every mistake reported at once, with its JSON pointer. */
export function environmentReviewers(doc: unknown, file: string): EnvironmentReviewers {
  const problems: GateProblem[] = []
  const bad = (pointer: string, message: string, expected: string, found: unknown) =>
    problems.push({ file, pointer, message, expected, found: JSON.stringify(found) ?? 'nothing' })
  if (!isObject(doc))
    throw new InputError({
      file,
      message: 'Not an object',
      expected: '{ "roles": ..., "gates": ... }',
      found: JSON.stringify(doc),
    })
  if (!isObject(doc.roles))
    bad('/roles', 'No roles', 'an object of role -> { "members": [...] }', doc.roles)
  const members = new Map<string, Reviewer[]>()
  for (const [role, spec] of Object.entries(isObject(doc.roles) ? doc.roles : {})) {
    const list = isObject(spec) ? spec.members : undefined
    if (!Array.isArray(list)) {
      bad(
        `/roles/${role}/members`,
        'A role lists its members',
        'an array of logins or team:ORG/SLUG',
        list,
      )
      continue
    }
    const out: Reviewer[] = []
    list.forEach((m, i) => {
      const team = typeof m === 'string' ? TEAM.exec(m) : null
      if (team) out.push({ type: 'Team', name: team[1]! })
      else if (typeof m === 'string' && LOGIN.test(m)) out.push({ type: 'User', name: m })
      else
        bad(
          `/roles/${role}/members/${i}`,
          'Not a member',
          'a GitHub login or team:ORG/TEAM-SLUG',
          m,
        )
    })
    members.set(role, out)
  }
  if (!isObject(doc.gates)) bad('/gates', 'No gates', 'an object with G3 and G5', doc.gates)
  const out: EnvironmentReviewers = {}
  const add = (env: string, reviewers: Reviewer[]) => {
    const list = (out[env] ??= [])
    for (const r of reviewers)
      if (!list.some((x) => x.type === r.type && x.name === r.name)) list.push(r)
  }
  for (const [gate, spec] of Object.entries(isObject(doc.gates) ? doc.gates : {})) {
    const envs = isObject(spec) ? spec.environments : undefined
    const quorum = isObject(spec) && isObject(spec.quorum) ? Object.keys(spec.quorum) : []
    if (!Array.isArray(envs) || envs.some((e) => typeof e !== 'string' || e === '')) {
      bad(
        `/gates/${gate}/environments`,
        'A gate lists its environments',
        'an array of environment names',
        envs,
      )
      continue
    }
    quorum.forEach((role) => {
      if (!members.has(role))
        bad(
          `/gates/${gate}/quorum/${role}`,
          'Unknown role',
          `one of ${[...members.keys()].join(', ')}`,
          role,
        )
    })
    for (const env of envs as string[]) {
      const own = quorum.filter((role) => env.split('-')[0] === role.split('-')[0])
      add(
        env,
        (own.length > 0 ? own : quorum).flatMap((role) => members.get(role) ?? []),
      )
    }
  }
  add(SIGNING_ENVIRONMENT, members.get(SIGNING_ROLE) ?? [])
  for (const [env, list] of Object.entries(out))
    if (list.length > 6)
      bad(
        '/roles',
        `Too many reviewers for environment ${env} (GitHub allows 6 users or teams)`,
        'at most 6 (put the people in a team)',
        list.length,
      )
  if (problems.length > 0) throw new InputErrors(problems)
  return out
}
