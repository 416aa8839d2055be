import {
  type GitHubStandin,
  type RouteReply,
  type RouteRequest,
  user,
  userId,
} from './github-api-standin.js'

/**
 * What `modelgate setup` reads and writes, added to the GitHub stand-in
 * (github-api-standin.ts validates every request and response against
 * GitHub's OpenAPI description): the repository, users and teams, its
 * environments, rulesets, labels and Actions variables, kept in memory. A
 * private repository on a plan without required reviewers or rulesets is
 * refused with GitHub's own messages.
 */
type Json = Record<string, unknown>

export interface SetupState {
  repo: { private: boolean; plan: 'free' | 'enterprise' }
  users: Set<string>
  teams: Map<string, number>
  environments: Map<string, Json>
  rulesets: Json[]
  labels: Map<string, { name: string; color: string; description: string | null }>
  variables: Map<string, string>
  /** Writes made (method and template), for "a second run writes nothing". */
  writes: string[]
}

const example = (req: RouteRequest, status = '200'): Json => {
  const content = (
    (req.op.spec.responses as Json)[status] as {
      content: Record<string, { examples: Record<string, { value: Json }> }>
    }
  ).content['application/json']!.examples
  return structuredClone(Object.values(content)[0]!.value)
}
const NOW = '2026-01-01T00:00:00Z'
const notFound = (): RouteReply => ({
  status: 404,
  body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' },
})

export function addSetupRoutes(
  gh: GitHubStandin,
  init: {
    private?: boolean
    plan?: 'free' | 'enterprise'
    users?: string[]
    teams?: string[]
  } = {},
): SetupState {
  const state: SetupState = {
    repo: { private: init.private ?? false, plan: init.plan ?? 'free' },
    users: new Set(init.users ?? []),
    teams: new Map((init.teams ?? []).map((t, i) => [t, 9000 + i])),
    environments: new Map(),
    rulesets: [],
    labels: new Map(),
    variables: new Map(),
    writes: [],
  }
  let nextId = 100
  const limited = () => state.repo.private && state.repo.plan === 'free'
  const route = (key: string, handler: (req: RouteRequest) => RouteReply) =>
    gh.routes.set(key, (req) => {
      if (key.split(' ')[0] !== 'GET') state.writes.push(key)
      return handler(req)
    })

  route('GET /repos/{owner}/{repo}', (req) => {
    // GitHub's own example lacks fields its schema requires.
    const repo: Json = { ...example(req), language: null }
    delete repo.source
    delete repo.parent
    delete repo.template_repository
    const owner = { ...(repo.owner as Json), login: req.params.owner }
    return {
      status: 200,
      body: {
        ...repo,
        name: req.params.repo,
        full_name: `${req.params.owner}/${req.params.repo}`,
        owner,
        private: state.repo.private,
        visibility: state.repo.private ? 'private' : 'public',
      },
    }
  })
  route('GET /users/{username}', (req) => {
    const login = req.params.username!
    if (!state.users.has(login)) return notFound()
    return { status: 200, body: { ...example(req), ...user(login, userId(login)) } }
  })
  route('GET /orgs/{org}/teams/{team_slug}', (req) => {
    const id = state.teams.get(`${req.params.org}/${req.params.team_slug}`)
    if (id === undefined) return notFound()
    const team = example(req)
    return {
      status: 200,
      body: {
        ...team,
        id,
        slug: req.params.team_slug,
        type: 'organization',
        organization: { ...(team.organization as Json), archived_at: null },
      },
    }
  })

  const reviewerJson = (req: RouteRequest, r: { type: string; id: number }): Json => {
    if (r.type === 'User') {
      const login = [...state.users].find((u) => userId(u) === r.id) ?? `user-${r.id}`
      return { type: 'User', reviewer: user(login, r.id) }
    }
    const team = ((example(req).protection_rules as Json[])[1]!.reviewers as Json[])[1]!
    return { type: 'Team', reviewer: { ...(team.reviewer as Json), id: r.id } }
  }
  route('GET /repos/{owner}/{repo}/environments', () => ({
    status: 200,
    body: { total_count: state.environments.size, environments: [...state.environments.values()] },
  }))
  route('PUT /repos/{owner}/{repo}/environments/{environment_name}', (req) => {
    const name = req.params.environment_name!
    const body = req.body ?? {}
    const reviewers = (body.reviewers ?? []) as { type: string; id: number }[]
    if (reviewers.length > 0 && limited())
      return {
        status: 422,
        body: {
          message:
            'Failed to create the environment protection rule. Please ensure the billing plan supports the required reviewers protection rule.',
          documentation_url:
            'https://docs.github.com/rest/deployments/environments#create-or-update-an-environment',
          status: '422',
        },
      }
    for (const r of reviewers)
      if (
        (r.type === 'User' && ![...state.users].some((u) => userId(u) === r.id)) ||
        (r.type === 'Team' && ![...state.teams.values()].includes(r.id))
      )
        return {
          status: 422,
          body: { message: `Reviewer ${r.type} ${r.id} not found`, status: '422' },
        }
    const base = `https://api.github.com/repos/${req.params.owner}/${req.params.repo}/environments/${name}`
    const rules: Json[] = []
    if (reviewers.length > 0)
      rules.push({
        id: nextId++,
        node_id: 'GA_kwDOAAA',
        type: 'required_reviewers',
        prevent_self_review: body.prevent_self_review === true,
        reviewers: reviewers.map((r) => reviewerJson(req, r)),
      })
    const env: Json = {
      id: state.environments.get(name)?.id ?? nextId++,
      node_id: 'EN_kwDOAAA',
      name,
      url: base,
      html_url: `https://github.com/${req.params.owner}/${req.params.repo}/deployments/activity_log?environments_filter=${name}`,
      created_at: NOW,
      updated_at: NOW,
      protection_rules: rules,
      deployment_branch_policy: (body.deployment_branch_policy as Json | null) ?? null,
    }
    state.environments.set(name, env)
    return { status: 200, body: env }
  })

  const rulesetJson = (req: RouteRequest, r: Json, withRules: boolean): Json => {
    const base = example(req, req.op.method === 'POST' ? '201' : '200')
    const one = Array.isArray(base) ? (base[0] as Json) : base
    const out: Json = {
      ...one,
      id: r.id,
      name: r.name,
      target: r.target,
      source_type: 'Repository',
      source: `${req.params.owner}/${req.params.repo}`,
      enforcement: r.enforcement,
      conditions: r.conditions,
      rules: r.rules,
    }
    if (!withRules) {
      delete out.conditions
      delete out.rules
    }
    return out
  }
  const rulesetRefused = (): RouteReply => ({
    status: 403,
    body: {
      message: 'Upgrade to GitHub Pro or make this repository public to enable this feature.',
      documentation_url: 'https://docs.github.com/rest/repos/rules#create-a-repository-ruleset',
      status: '403',
    },
  })
  route('GET /repos/{owner}/{repo}/rulesets', (req) => ({
    status: 200,
    body: state.rulesets.map((r) => rulesetJson(req, r, false)),
  }))
  route('GET /repos/{owner}/{repo}/rulesets/{ruleset_id}', (req) => {
    const r = state.rulesets.find((x) => x.id === Number(req.params.ruleset_id))
    return r ? { status: 200, body: rulesetJson(req, r, true) } : notFound()
  })
  route('POST /repos/{owner}/{repo}/rulesets', (req) => {
    if (limited()) return rulesetRefused()
    const r = { ...req.body, id: nextId++ }
    state.rulesets.push(r)
    return { status: 201, body: rulesetJson(req, r, true) }
  })
  route('PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}', (req) => {
    const i = state.rulesets.findIndex((x) => x.id === Number(req.params.ruleset_id))
    if (i < 0) return notFound()
    state.rulesets[i] = { ...state.rulesets[i], ...req.body }
    return { status: 200, body: rulesetJson(req, state.rulesets[i]!, true) }
  })

  const labelJson = (
    req: RouteRequest,
    l: { name: string; color: string; description: string | null },
  ) => ({
    id: 208045946,
    node_id: 'MDU6TGFiZWwyMDgwNDU5NDY=',
    url: `https://api.github.com/repos/${req.params.owner}/${req.params.repo}/labels/${encodeURIComponent(l.name)}`,
    name: l.name,
    description: l.description,
    color: l.color,
    default: false,
  })
  route('GET /repos/{owner}/{repo}/labels', (req) => ({
    status: 200,
    body: [...state.labels.values()].map((l) => labelJson(req, l)),
  }))
  route('POST /repos/{owner}/{repo}/labels', (req) => {
    const l = {
      name: String(req.body?.name),
      color: String(req.body?.color),
      description: (req.body?.description as string | undefined) ?? null,
    }
    if (state.labels.has(l.name))
      return { status: 422, body: { message: 'Validation Failed', status: '422' } }
    state.labels.set(l.name, l)
    return { status: 201, body: labelJson(req, l) }
  })
  route('PATCH /repos/{owner}/{repo}/labels/{name}', (req) => {
    const l = state.labels.get(req.params.name!)
    if (!l) return notFound()
    Object.assign(l, req.body)
    return { status: 200, body: labelJson(req, l) }
  })

  route('GET /repos/{owner}/{repo}/actions/variables', () => ({
    status: 200,
    body: {
      total_count: state.variables.size,
      variables: [...state.variables].map(([name, value]) => ({
        name,
        value,
        created_at: NOW,
        updated_at: NOW,
      })),
    },
  }))
  route('POST /repos/{owner}/{repo}/actions/variables', (req) => {
    state.variables.set(String(req.body?.name), String(req.body?.value))
    return { status: 201, body: {} }
  })
  route('PATCH /repos/{owner}/{repo}/actions/variables/{name}', (req) => {
    if (!state.variables.has(req.params.name!)) return notFound()
    state.variables.set(req.params.name!, String(req.body?.value))
    return { status: 204 }
  })
  return state
}
