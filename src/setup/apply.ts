import type { Reviewer } from './approvals.js'
import type { SetupPlan } from './plan.js'

/** The REST calls setup makes; `get` answers undefined for a 404. Errors carry `status` and `message`. */
export interface RestApi {
  get(path: string): Promise<unknown>
  write(method: 'POST' | 'PUT' | 'PATCH', path: string, body: unknown): Promise<unknown>
}

export interface SetupReport {
  created: number
  updated: number
  unchanged: number
  /** What the repository's plan or visibility does not allow, and what modelgate falls back to. */
  limits: string[]
}

type Json = Record<string, unknown>
const enc = encodeURIComponent
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)
const sorted = (xs: string[]) => [...xs].sort()

/** GitHub's message of a failed request, and whether it is about what the plan allows. */
function failure(error: unknown): { status: number; message: string; planLimit: boolean } {
  const e = error as {
    status?: number
    message?: string
    response?: { data?: { message?: string } }
  }
  const message = e.response?.data?.message ?? e.message ?? String(error)
  const status = e.status ?? 0
  return {
    status,
    message,
    planLimit:
      (status === 403 || status === 404 || status === 422) &&
      /upgrade|plan|not available|enterprise|pro or make this repository public/i.test(message),
  }
}

const REVIEWERS_LIMIT =
  'Required reviewers on environments in a private repository need GitHub Enterprise (on Free, Pro and Team they work in public repositories only). ' +
  'Without them nobody approves the sign-off and production jobs through GitHub, and G3 finds no approvals: it fails, never passes. ' +
  "G3 falls back to the pull request's reviews (run it on the pull request: each OT Lead and QA approves its final head), or to a sign-off file (the `approvals` input, `modelgate G3 --approvals FILE`) when ssot/approvals.json allows it (allowFileSource)."
const RULESET_LIMIT =
  'Rulesets and branch protection in a private repository need GitHub Pro, Team or Enterprise: the gates still run and report, but nothing blocks a merge that fails them. Make the checks required once the plan allows it.'

function session(
  repo: { owner: string; name: string },
  api: RestApi | undefined,
  dryRun: boolean,
  log: (line: string) => void,
) {
  const base = `/repos/${enc(repo.owner)}/${enc(repo.name)}`
  const report: SetupReport = { created: 0, updated: 0, unchanged: 0, limits: [] }
  const read = async (path: string): Promise<Json | undefined> => {
    if (!api) {
      log(`  GET ${path}`)
      return undefined
    }
    return (await api.get(path)) as Json | undefined
  }
  /** One write: printed in a dry run, made otherwise; a plan limit becomes a note, not a failure. */
  const write = async (
    kind: 'create' | 'update',
    what: string,
    method: 'POST' | 'PUT' | 'PATCH',
    path: string,
    body: unknown,
    limit?: string,
  ): Promise<void> => {
    const sign = kind === 'create' ? '+' : '~'
    if (dryRun || !api) {
      log(`${sign} ${what}: ${method} ${path} ${JSON.stringify(body)}`)
    } else {
      try {
        await api.write(method, path, body)
        log(`${sign} ${what}: ${kind === 'create' ? 'created' : 'updated'}`)
      } catch (error) {
        const f = failure(error)
        if (!f.planLimit || !limit) throw error
        log(`! ${what}: not available (${f.status} ${f.message})`)
        report.limits.push(limit)
        return
      }
    }
    report[kind === 'create' ? 'created' : 'updated']++
  }
  const unchanged = (what: string) => {
    log(`= ${what}: unchanged`)
    report.unchanged++
  }

  return { base, api, dryRun, log, report, read, write, unchanged }
}
type Session = ReturnType<typeof session>

async function applyEnvironments(s: Session, plan: SetupPlan): Promise<void> {
  const { base, api, log, read, write, unchanged } = s
  // Reviewer ids: GitHub's environments take ids, ssot/approvals.json names people and teams.
  const ids = new Map<string, number | string>()
  const idOf = async (r: Reviewer): Promise<number | string> => {
    const key = `${r.type}:${r.name}`
    if (!ids.has(key)) {
      const [org, slug] = r.name.split('/')
      const path =
        r.type === 'User' ? `/users/${enc(r.name)}` : `/orgs/${enc(org!)}/teams/${enc(slug!)}`
      const found = await read(path)
      if (api && !found)
        throw Object.assign(
          new Error(
            `${r.type === 'User' ? 'user' : 'team'} ${r.name} (ssot/approvals.json) not found`,
          ),
          { status: 404 },
        )
      ids.set(key, (found?.id as number | undefined) ?? `<id of ${r.name}>`)
    }
    return ids.get(key)!
  }

  // Lists, not single reads: GitHub answers a missing environment or variable with a 404 its description does not list.
  const environments = ((await read(`${base}/environments?per_page=100`))?.environments ??
    []) as Json[]
  for (const env of plan.environments) {
    const reviewers = await Promise.all(
      env.reviewers.map(async (r) => ({ type: r.type, id: await idOf(r) })),
    )
    const body = {
      wait_timer: 0,
      prevent_self_review: reviewers.length > 0,
      reviewers,
      deployment_branch_policy: { protected_branches: true, custom_branch_policies: false },
    }
    const path = `${base}/environments/${enc(env.name)}`
    const current = environments.find((e) => e.name === env.name)
    const what = `environment ${env.name} (${env.reviewers.map((r) => r.name).join(', ') || 'no reviewers'})`
    if (env.reviewers.length === 0)
      log(
        `  note: environment ${env.name} gets no required reviewers (none in ssot/approvals.json)`,
      )
    if (current) {
      const rule = ((current.protection_rules ?? []) as Json[]).find(
        (r) => r.type === 'required_reviewers',
      )
      const have = sorted(
        ((rule?.reviewers ?? []) as Json[]).map(
          (r) => `${String(r.type)}:${String((r.reviewer as Json | undefined)?.id)}`,
        ),
      )
      const want = sorted(reviewers.map((r) => `${r.type}:${r.id}`))
      const policy = current.deployment_branch_policy as Json | null | undefined
      if (
        same(have, want) &&
        (reviewers.length === 0 || rule?.prevent_self_review === true) &&
        policy?.protected_branches === true &&
        policy.custom_branch_policies === false
      ) {
        unchanged(what)
        continue
      }
    }
    await write(current ? 'update' : 'create', what, 'PUT', path, body, REVIEWERS_LIMIT)
  }
}

async function applyRuleset(s: Session, plan: SetupPlan): Promise<void> {
  const { base, read, write, unchanged } = s
  // The ruleset: the gates' checks and a code owner's review before a merge to the default branch.
  const rulesets = ((await read(`${base}/rulesets`)) as unknown as Json[] | undefined) ?? []
  const existing = rulesets.find((r) => r.name === plan.ruleset.name)
  const full = existing ? await read(`${base}/rulesets/${String(existing.id)}`) : undefined
  if (full && rulesetMatches(full, plan.ruleset))
    unchanged(`ruleset "${String(plan.ruleset.name)}"`)
  else
    await write(
      full ? 'update' : 'create',
      `ruleset "${String(plan.ruleset.name)}" (checks ${requiredChecks(plan.ruleset).join(', ')}; code-owner review)`,
      full ? 'PUT' : 'POST',
      full ? `${base}/rulesets/${String(existing!.id)}` : `${base}/rulesets`,
      plan.ruleset,
      RULESET_LIMIT,
    )
}

async function applyLabels(s: Session, plan: SetupPlan): Promise<void> {
  const { base, read, write, unchanged } = s
  const labels =
    ((await read(`${base}/labels?per_page=100`)) as unknown as Json[] | undefined) ?? []
  for (const label of plan.labels) {
    const path = `${base}/labels/${enc(label.name)}`
    const current = labels.find((l) => l.name === label.name)
    if (current && current.color === label.color && current.description === label.description)
      unchanged(`label ${label.name}`)
    else if (current)
      await write('update', `label ${label.name}`, 'PATCH', path, {
        color: label.color,
        description: label.description,
      })
    else await write('create', `label ${label.name}`, 'POST', `${base}/labels`, label)
  }
}

async function applyVariable(s: Session, plan: SetupPlan): Promise<void> {
  const { base, log, read, write, unchanged } = s
  const v = plan.variable
  if (!v.value)
    log(
      `  note: no keys in ssot/security.json: variable ${v.name} not set (G2 then trusts every key security.json lists, and says so)`,
    )
  else {
    const path = `${base}/actions/variables/${enc(v.name)}`
    const variables = (await read(`${base}/actions/variables?per_page=30`))?.variables as
      Json[] | undefined
    const current = (variables ?? []).find((x) => x.name === v.name)
    if (current?.value === v.value) unchanged(`variable ${v.name}`)
    else if (current) await write('update', `variable ${v.name} = ${v.value}`, 'PATCH', path, v)
    else
      await write(
        'create',
        `variable ${v.name} = ${v.value}`,
        'POST',
        `${base}/actions/variables`,
        v,
      )
  }
}

/**
 * Brings a repository to the plan: reads what exists, writes only what
 * differs (a second run writes nothing). With `dryRun` nothing is written:
 * each write is printed with its body; with no `api` at all (no token),
 * every read is printed too and everything is planned as new.
 */
export async function applyPlan(
  repo: { owner: string; name: string },
  plan: SetupPlan,
  api: RestApi | undefined,
  dryRun: boolean,
  log: (line: string) => void,
): Promise<SetupReport> {
  const s = session(repo, api, dryRun, log)
  const { base, read, report } = s
  const repository = await read(base)
  if (api && !repository)
    throw Object.assign(
      new Error(`${repo.owner}/${repo.name} not found (or the token cannot see it)`),
      { status: 404 },
    )
  const isPrivate = repository?.private === true
  if (!api)
    log(`  (no token: every call is listed; run with GH_TOKEN set to compare with what exists)`)

  await applyEnvironments(s, plan)
  await applyRuleset(s, plan)
  await applyLabels(s, plan)
  await applyVariable(s, plan)
  // A dry run cannot ask GitHub what the plan allows: it says what may be refused.
  if (dryRun && (isPrivate || !api))
    report.limits.push(
      `${isPrivate ? 'This repository is private' : 'If the repository is private'}: on Free, Pro or Team some of this is refused. ${REVIEWERS_LIMIT} ${RULESET_LIMIT}`,
    )
  return report
}

function requiredChecks(ruleset: Json): string[] {
  const rule = ((ruleset.rules ?? []) as Json[]).find((r) => r.type === 'required_status_checks')
  return (((rule?.parameters as Json | undefined)?.required_status_checks ?? []) as Json[]).map(
    (c) => String(c.context),
  )
}

/** Whether GitHub's ruleset holds every rule and parameter of ours (GitHub adds fields of its own). */
function rulesetMatches(current: Json, wanted: Json): boolean {
  if (current.enforcement !== wanted.enforcement || current.target !== wanted.target) return false
  if (!same(current.conditions, wanted.conditions)) return false
  const rules = (current.rules ?? []) as Json[]
  return ((wanted.rules ?? []) as Json[]).every((w) => {
    const c = rules.find((r) => r.type === w.type)
    if (!c) return false
    const cp = (c.parameters ?? {}) as Json
    return Object.entries((w.parameters ?? {}) as Json).every(([k, v]) =>
      k === 'required_status_checks'
        ? same(
            sorted(
              ((cp[k] ?? []) as Json[]).map(
                (x) => `${String(x.context)}@${String(x.integration_id)}`,
              ),
            ),
            sorted((v as Json[]).map((x) => `${String(x.context)}@${String(x.integration_id)}`)),
          )
        : same(cp[k], v),
    )
  })
}
