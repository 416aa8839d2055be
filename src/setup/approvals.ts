import { InputError, InputErrors } from '../contract/errors.js'
import type { GateProblem } from '../contract/types.js'

/**
 * Who reviews each environment, read from ssot/approvals.json. The shape setup
 * needs (G3 reads the same file for its quorum and may add members):
 *
 *   { "roles": { "ot-lead": { "users": ["ana"], "teams": ["acme/ot"] }, ... },
 *     "environments": { "ot-qa": ["ot-lead", "qa"], "production": ["release-manager"],
 *                       "signing": ["security"] } }
 *
 * A role lists GitHub logins and/or org/team slugs. An environment lists roles.
 */
export interface Reviewer {
  type: 'User' | 'Team'
  /** A login, or org/team-slug. */
  name: string
}

export type EnvironmentReviewers = Record<string, Reviewer[]>

export const ENVIRONMENTS = ['ot-qa', 'production', 'signing'] as const

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/
const TEAM = /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+$/

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
      expected: '{ "roles": ..., "environments": ... }',
      found: JSON.stringify(doc),
    })
  const roles = isObject(doc.roles) ? doc.roles : {}
  if (!isObject(doc.roles))
    bad('/roles', 'No roles', 'an object of role -> { users, teams }', doc.roles)
  const members = new Map<string, Reviewer[]>()
  for (const [role, spec] of Object.entries(roles)) {
    const list: Reviewer[] = []
    if (!isObject(spec)) {
      bad(`/roles/${role}`, 'A role is an object', '{ "users": [...], "teams": [...] }', spec)
      continue
    }
    for (const [key, type, pattern] of [
      ['users', 'User', LOGIN],
      ['teams', 'Team', TEAM],
    ] as const) {
      const values = spec[key] ?? []
      if (!Array.isArray(values)) {
        bad(`/roles/${role}/${key}`, `${key} is a list`, 'an array of strings', values)
        continue
      }
      values.forEach((v, i) => {
        if (typeof v === 'string' && pattern.test(v)) list.push({ type, name: v })
        else
          bad(
            `/roles/${role}/${key}/${i}`,
            type === 'User' ? 'Not a GitHub login' : 'Not a team',
            type === 'User' ? 'a login such as "ana-ml"' : 'org/team-slug',
            v,
          )
      })
    }
    members.set(role, list)
  }
  const envs = isObject(doc.environments) ? doc.environments : {}
  if (!isObject(doc.environments))
    bad(
      '/environments',
      'No environments',
      `an object with ${ENVIRONMENTS.join(', ')}`,
      doc.environments,
    )
  const out: EnvironmentReviewers = {}
  for (const env of ENVIRONMENTS) {
    const names = envs[env]
    if (names === undefined) {
      if (isObject(doc.environments))
        bad(`/environments/${env}`, `No reviewers for ${env}`, 'a list of roles', names)
      continue
    }
    if (!Array.isArray(names)) {
      bad(`/environments/${env}`, 'A list of roles', 'an array of role names', names)
      continue
    }
    const seen = new Set<string>()
    out[env] = []
    names.forEach((role, i) => {
      const list = typeof role === 'string' ? members.get(role) : undefined
      if (!list) {
        bad(
          `/environments/${env}/${i}`,
          'Unknown role',
          `one of ${[...members.keys()].join(', ') || 'the roles'}`,
          role,
        )
        return
      }
      for (const r of list)
        if (!seen.has(`${r.type}:${r.name}`)) {
          seen.add(`${r.type}:${r.name}`)
          out[env]!.push(r)
        }
    })
    // GitHub takes at most 6 reviewers per environment.
    if (out[env]!.length > 6)
      bad(
        `/environments/${env}`,
        'Too many reviewers (GitHub allows 6 users or teams per environment)',
        'at most 6 (use a team)',
        out[env]!.length,
      )
  }
  if (problems.length > 0) throw new InputErrors(problems)
  return out
}
