import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import { REPO } from './action-runner.js'
import { artifactBlob, handleActions, type ActionsState } from './standin-actions.js'
import {
  newRegistryState,
  registryRoutes,
  resetRegistryState,
  type RegistryStandinState,
} from './github-standin-registry.js'

/**
 * A local stand-in for api.github.com (node:http on 127.0.0.1, a random
 * port). Every request (method and path template, path and query parameters,
 * JSON body) and every response it sends is validated against GitHub's own
 * OpenAPI description from @octokit/openapi; mismatches are recorded in
 * `violations`, which tests assert empty. It keeps issue comments and check
 * runs in memory and can inject faults per route: a read-only token's 403,
 * a primary (429) or secondary (403 + retry-after) rate limit, 5xx (also
 * after the write happened, as when a response is lost on the way back).
 * Like GitHub it refuses with 422 (and records as violations) comment
 * bodies over 65,536 characters, which the OpenAPI description does not
 * limit, and check-run summaries and texts over 65,535 characters (the
 * description's maxLength) or 65,535 UTF-8 bytes (GitHub's own check).
 *
 * Start: `const gh = await startGitHubStandin()`; point the client at it
 * with `gh.url` (or spread `gh.env`, which sets GITHUB_API_URL); stop with
 * `await gh.stop()`.
 */

type Json = Record<string, unknown>

interface Operation {
  method: string
  template: string
  regex: RegExp
  names: string[]
  /** Literal segments: the most specific template wins ("/issues/comments/{id}" over "/issues/{n}"). */
  literal: number
  spec: Json
}

// ---------------------------------------------------------------------------
// GitHub's OpenAPI description: loaded once per test file (it is ~70 MB),
// validators compiled lazily per schema and cached.

const SPEC_PATH = join(
  REPO,
  'node_modules',
  '@octokit',
  'openapi',
  'generated',
  'api.github.com.deref.json',
)
let operations: Map<string, Operation[]> | undefined
let basicError: Json | undefined

function loadOperations(): Map<string, Operation[]> {
  if (operations) return operations
  const spec = JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as {
    paths: Record<string, Record<string, Json>>
  }
  operations = new Map()
  for (const [template, methods] of Object.entries(spec.paths)) {
    const names: string[] = []
    const source = template
      .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
      .replace(/\{([^}]+)\}/g, (_m, name: string) => {
        names.push(name)
        return '([^/]+)'
      })
    for (const [method, op] of Object.entries(methods)) {
      if (!['get', 'post', 'patch', 'put', 'delete'].includes(method)) continue
      const m = method.toUpperCase()
      const list = operations.get(m) ?? []
      list.push({
        method: m,
        template,
        regex: new RegExp(`^${source}$`),
        names,
        literal: template.split('/').filter((s) => s && !s.startsWith('{')).length,
        spec: op,
      })
      operations.set(m, list)
    }
  }
  // The "Basic Error" GitHub answers 403s with, taken from GET /user's 403.
  basicError = (
    spec.paths['/user']?.get?.responses as Record<
      string,
      { content: Record<string, { schema: Json }> }
    >
  )['403']!.content['application/json']!.schema
  return operations
}

const ajv = new Ajv({ strict: false, allErrors: true, logger: false, validateFormats: true })
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/
ajv.addFormat('date-time', DATE_TIME)
ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/)
ajv.addFormat('uri', (s: string) => URL.canParse(s))
ajv.addFormat('uri-template', (s: string) => URL.canParse(s.replace(/\{[^}]*\}/g, '')))
ajv.addFormat('email', /^[^@\s]+@[^@\s]+$/)
ajv.addFormat('repo.nwo', /^[^/\s]+\/[^/\s]+$/)
for (const f of ['int32', 'int64', 'double', 'timestamp'])
  ajv.addFormat(f, { type: 'number', validate: (n: number) => Number.isFinite(n) })
ajv.addFormat('binary', () => true)

/**
 * OpenAPI 3.0 schema objects to JSON Schema: `nullable: true` becomes a
 * `null` type (added to `enum` too, or an `anyOf` when there is no `type`);
 * `discriminator`, `example`, `xml` and `x-*` are annotations and dropped.
 */
const converted = new WeakMap<object, unknown>()
export function toJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toJsonSchema)
  if (!schema || typeof schema !== 'object') return schema
  const hit = converted.get(schema)
  if (hit) return hit
  const out: Json = {}
  for (const [k, v] of Object.entries(schema as Json)) {
    if (
      k === 'nullable' ||
      k === 'discriminator' ||
      k === 'example' ||
      k === 'xml' ||
      k.startsWith('x-')
    )
      continue
    // `properties` maps names to schemas; anything else may hold a schema or a list of them.
    out[k] =
      k === 'properties' || k === 'patternProperties'
        ? Object.fromEntries(Object.entries(v as Json).map(([p, s]) => [p, toJsonSchema(s)]))
        : k === 'enum' || k === 'required' || k === 'default'
          ? v
          : toJsonSchema(v)
  }
  let result: Json = out
  if ((schema as Json).nullable === true) {
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null']
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null]
    } else if (out.type === undefined) {
      result = { anyOf: [out, { type: 'null' }] }
    }
  }
  converted.set(schema, result)
  return result
}

const validators = new WeakMap<object, ValidateFunction>()
function validatorFor(schema: object): ValidateFunction {
  let v = validators.get(schema)
  if (!v) {
    v = ajv.compile(toJsonSchema(schema) as object)
    validators.set(schema, v)
  }
  return v
}

// ---------------------------------------------------------------------------
// State and faults

export interface Fault {
  method: string
  /** OpenAPI path template, e.g. /repos/{owner}/{repo}/check-runs */
  template: string
  status: number
  body?: Json
  headers?: Record<string, string>
  times: number
  /** Carry the request out, then answer with the fault (a response lost after the write). */
  afterWrite?: boolean
}

export type FaultKind =
  'read-only' | 'rate-limit' | 'secondary-rate-limit' | 'bad-gateway' | 'bad-gateway-after-write'

export interface StandinComment {
  id: number
  body: string
  /** The author's login; a login ending in `[bot]` is a GitHub App's bot account. */
  user: string
  issue: number
  createdAt?: string
  updatedAt?: string
  /**
   * The App GitHub names as `performed_via_github_app` (its slug): by default
   * a bot's own App and none for a person; `null` names none, a slug on a
   * person's comment is a comment made through that App for them.
   */
  viaApp?: string | null
}

export interface StandinCheckRun {
  id: number
  /** The bot login of the App that created it. */
  app: string
  name: string
  head_sha: string
  status: string
  conclusion: string | null
  details_url?: string
  output: { title: string; summary: string; text?: string }
  annotations: Json[]
}

/** An open or closed pull request, from a branch of `headOwner` (a fork when it is not the repository owner). */
export interface StandinPull {
  number: number
  headOwner: string
  headRef: string
  headSha: string
  state: 'open' | 'closed'
  /** Who opened it (GET /pulls/{n}); octocat by default. */
  author?: string
  /** The commit its merge made on the base branch (GET /commits/{sha}/pulls finds it by this or its head). */
  mergeCommitSha?: string
  /** Other commits it contains (GET /commits/{sha}/pulls lists it for those too, as GitHub does for open pull requests). */
  commits?: string[]
}

/** A decision on a run's environment gate (GET /actions/runs/{run_id}/approvals). */
export interface StandinRunApproval {
  run: number
  login: string
  /** `Bot` for a bot account. */
  type?: 'User' | 'Bot'
  state: 'approved' | 'rejected'
  environments: string[]
  comment: string
}

/** A pull-request review (GET /pulls/{n}/reviews lists them in this order). */
export interface StandinReview {
  pull: number
  login: string
  type?: 'User' | 'Bot'
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED'
  commitId: string
  body: string
  submittedAt: string
}

/** A commit of the default branch, newest first, with the paths it changed. */
export interface StandinCommit {
  sha: string
  paths: string[]
  /** The GitHub account GitHub matched the author's e-mail to; null when none. */
  login: string | null
  name: string
  email: string
}

/** An issue (the drift alert), as the stand-in keeps it. */
export interface StandinIssue {
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
  stateReason?: string | null
  labels: string[]
  user: string
  comments: number
  assignees: string[]
}

/** A workflow_dispatch request the stand-in received. */
export interface StandinDispatch {
  workflow: string
  ref: string
  inputs?: Record<string, unknown>
}

export interface RecordedRequest {
  method: string
  path: string
  template: string
  status: number
  body?: unknown
  headers: Record<string, string | string[] | undefined>
  responseHeaders: Record<string, string>
}

/** What an added route gets: the operation (its OpenAPI description, for GitHub's own examples), path and query parameters, and the JSON body. */
export interface RouteRequest {
  op: { method: string; template: string; spec: Json }
  params: Record<string, string>
  query: URLSearchParams
  body: Json | undefined
}
export type RouteReply = { status: number; body?: unknown; headers?: Record<string, string> }
/** A handler for one operation, keyed `METHOD /template` (e.g. `PUT /repos/{owner}/{repo}/environments/{environment_name}`). */
export type RouteHandler = (req: RouteRequest) => RouteReply

export interface GitHubStandin extends ActionsState {
  url: string
  /** Operations added by other support modules (github-setup-routes.ts); the built-in ones take precedence. */
  routes: Map<string, RouteHandler>
  /** Environment for a process that should talk to the stand-in. */
  env: { GITHUB_API_URL: string }
  violations: string[]
  requests: RecordedRequest[]
  comments: StandinComment[]
  checkRuns: StandinCheckRun[]
  pulls: StandinPull[]
  runApprovals: StandinRunApproval[]
  reviews: StandinReview[]
  commits: StandinCommit[]
  /** Team members by `org/slug`; GET /orgs/{org}/teams/{slug}/members answers 403 for any other team, as to a token without members: read. */
  teams: Record<string, string[]>
  faults: Fault[]
  /** Releases, assets, git refs, issues and labels (github-standin-registry.ts). */
  registry: RegistryStandinState
  issues: StandinIssue[]
  dispatches: StandinDispatch[]
  /** The login GET /user answers for a user token; `null` (the default) makes it answer 403, as it does for installation tokens. */
  tokenLogin: string | null
  /** Who writes with an installation token (tokenLogin null): GITHUB_TOKEN's `github-actions[bot]` by default, or a GitHub App's bot. */
  botLogin: string
  /** Makes the next `times` requests to a route fail the way GitHub does. */
  inject(method: string, template: string, kind: FaultKind, times?: number): void
  /** Clears comments, check runs, faults, requests and violations. */
  reset(): void
  stop(): Promise<void>
}

export const ACTIONS_BOT = 'github-actions[bot]'
const DOCS = 'https://docs.github.com/rest'

/** GitHub's comment limit, counted in characters (code points), and its check-run output limit. */
export const COMMENT_BODY_LIMIT = 65_536
export const CHECK_OUTPUT_LIMIT = 65_535

function faultFor(kind: FaultKind): Omit<Fault, 'method' | 'template' | 'times'> {
  const reset = String(Math.floor(Date.now() / 1000) + 1)
  switch (kind) {
    case 'read-only':
      return {
        status: 403,
        body: {
          message: 'Resource not accessible by integration',
          documentation_url: `${DOCS}/overview/permissions-required-for-github-apps`,
          status: '403',
        },
      }
    case 'rate-limit':
      return {
        status: 429,
        body: {
          message: 'API rate limit exceeded for installation ID 1.',
          documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api`,
          status: '429',
        },
        headers: {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': reset,
          'x-ratelimit-used': '5000',
        },
      }
    case 'secondary-rate-limit':
      return {
        status: 403,
        body: {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.',
          documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits`,
          status: '403',
        },
        headers: { 'retry-after': '1' },
      }
    case 'bad-gateway':
      return { status: 502, body: { message: 'Server Error' } }
    case 'bad-gateway-after-write':
      return { status: 502, body: { message: 'Server Error' }, afterWrite: true }
  }
}

export const user = (login: string, id: number, type = 'User'): Json => ({
  login,
  id,
  node_id: type === 'Bot' ? `BOT_kgDO${id}` : `MDQ6VXNlcj${id}`,
  avatar_url:
    type === 'Bot'
      ? `https://avatars.githubusercontent.com/in/${appId(appSlugOf(login))}?v=4`
      : `https://avatars.githubusercontent.com/u/${id}?v=4`,
  gravatar_id: '',
  url: `https://api.github.com/users/${encodeURIComponent(login)}`,
  html_url:
    type === 'Bot' ? `https://github.com/apps/${appSlugOf(login)}` : `https://github.com/${login}`,
  followers_url: `https://api.github.com/users/${encodeURIComponent(login)}/followers`,
  following_url: `https://api.github.com/users/${encodeURIComponent(login)}/following{/other_user}`,
  gists_url: `https://api.github.com/users/${encodeURIComponent(login)}/gists{/gist_id}`,
  starred_url: `https://api.github.com/users/${encodeURIComponent(login)}/starred{/owner}{/repo}`,
  subscriptions_url: `https://api.github.com/users/${encodeURIComponent(login)}/subscriptions`,
  organizations_url: `https://api.github.com/users/${encodeURIComponent(login)}/orgs`,
  repos_url: `https://api.github.com/users/${encodeURIComponent(login)}/repos`,
  events_url: `https://api.github.com/users/${encodeURIComponent(login)}/events{/privacy}`,
  received_events_url: `https://api.github.com/users/${encodeURIComponent(login)}/received_events`,
  type,
  user_view_type: 'public',
  site_admin: false,
})

const stableHash = (text: string) =>
  [...text].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 1_000_000, 7)

/** A stable numeric id per login, as GitHub has. */
export const userId = (login: string) =>
  login === ACTIONS_BOT ? 41898282 : 1000 + stableHash(login)

/** The App behind a bot account `<slug>[bot]`. */
export const appSlugOf = (botLogin: string) => botLogin.replace(/\[bot\]$/, '')

/** A stable numeric id per App slug (GitHub Actions' own is 15368). */
export const appId = (slug: string) =>
  slug === 'github-actions' ? 15368 : 200_000 + stableHash(slug)

/** A GitHub App as the REST API describes it (check runs' `app`, comments' `performed_via_github_app`). */
const appJson = (slug: string): Json => ({
  id: appId(slug),
  slug,
  client_id:
    slug === 'github-actions'
      ? 'Iv1.05c79e9ad1f6bdfa'
      : `Iv1.${appId(slug).toString(16).padStart(16, '0')}`,
  node_id: `MDM6QXBw${appId(slug)}`,
  owner: { ...user('github', 9919, 'Organization'), html_url: 'https://github.com/github' },
  name: slug === 'github-actions' ? 'GitHub Actions' : slug,
  description: slug === 'github-actions' ? 'Automate your workflow from idea to production' : null,
  external_url:
    slug === 'github-actions'
      ? 'https://help.github.com/en/actions'
      : `https://example.com/${slug}`,
  html_url: `https://github.com/apps/${slug}`,
  created_at: '2018-07-30T09:30:17Z',
  updated_at: '2024-04-10T20:33:16Z',
  permissions: { checks: 'write', issues: 'write', metadata: 'read', pull_requests: 'write' },
  events: ['check_run', 'check_suite', 'pull_request'],
})

const reactions = (url: string): Json => ({
  url: `${url}/reactions`,
  total_count: 0,
  '+1': 0,
  '-1': 0,
  laugh: 0,
  confused: 0,
  heart: 0,
  hooray: 0,
  eyes: 0,
  rocket: 0,
})

// ---------------------------------------------------------------------------

export async function startGitHubStandin(): Promise<GitHubStandin> {
  const ops = loadOperations()
  let nextId = 2_000_000_000
  const now = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z')
  const server = { url: '' }

  const state = {
    violations: [] as string[],
    requests: [] as RecordedRequest[],
    comments: [] as StandinComment[],
    checkRuns: [] as StandinCheckRun[],
    pulls: [] as StandinPull[],
    runApprovals: [] as StandinRunApproval[],
    reviews: [] as StandinReview[],
    commits: [] as StandinCommit[],
    teams: {} as Record<string, string[]>,
    faults: [] as Fault[],
    issues: [] as StandinIssue[],
    dispatches: [] as StandinDispatch[],
    tokenLogin: null as string | null,
    botLogin: ACTIONS_BOT,
    // Workflow runs and artifacts (standin-actions.ts)
    runs: [] as ActionsState['runs'],
    artifacts: [] as ActionsState['artifacts'],
    defaultBranch: 'main',
    routes: new Map<string, RouteHandler>(),
  }
  const author = () => state.tokenLogin ?? state.botLogin

  const commentJson = (c: StandinComment, owner: string, repo: string): Json => {
    const url = `https://api.github.com/repos/${owner}/${repo}/issues/comments/${c.id}`
    const bot = c.user.endsWith('[bot]')
    const via = c.viaApp === undefined ? (bot ? appSlugOf(c.user) : null) : c.viaApp
    return {
      id: c.id,
      node_id: `IC_kwDO${c.id.toString(36)}`,
      url,
      html_url: `https://github.com/${owner}/${repo}/pull/${c.issue}#issuecomment-${c.id}`,
      body: c.body,
      user: user(c.user, userId(c.user), bot ? 'Bot' : 'User'),
      created_at: c.createdAt ?? '2026-01-01T00:00:00Z',
      updated_at: c.updatedAt ?? c.createdAt ?? '2026-01-01T00:00:00Z',
      issue_url: `https://api.github.com/repos/${owner}/${repo}/issues/${c.issue}`,
      author_association: bot ? 'NONE' : 'MEMBER',
      performed_via_github_app: via ? appJson(via) : null,
      reactions: reactions(url),
    }
  }

  const checkRunJson = (r: StandinCheckRun, owner: string, repo: string): Json => ({
    id: r.id,
    head_sha: r.head_sha,
    node_id: `CR_kwDO${r.id.toString(36)}`,
    external_id: '',
    url: `https://api.github.com/repos/${owner}/${repo}/check-runs/${r.id}`,
    html_url: `https://github.com/${owner}/${repo}/runs/${r.id}`,
    details_url: r.details_url ?? `https://github.com/${owner}/${repo}/runs/${r.id}`,
    status: r.status,
    conclusion: r.conclusion,
    started_at: now(),
    completed_at: r.status === 'completed' ? now() : null,
    output: {
      title: r.output.title,
      summary: r.output.summary,
      text: r.output.text ?? null,
      annotations_count: r.annotations.length,
      annotations_url: `https://api.github.com/repos/${owner}/${repo}/check-runs/${r.id}/annotations`,
    },
    name: r.name,
    check_suite: { id: 5_000_000 + r.id },
    app: appJson(appSlugOf(r.app)),
    pull_requests: [],
  })

  const issueJson = (i: StandinIssue, owner: string, repo: string): Json => {
    const url = `https://api.github.com/repos/${owner}/${repo}/issues/${i.number}`
    const bot = i.user.endsWith('[bot]')
    return {
      id: 3_000_000 + i.number,
      node_id: `I_kwDO${i.number.toString(36)}`,
      url,
      repository_url: `https://api.github.com/repos/${owner}/${repo}`,
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: `https://github.com/${owner}/${repo}/issues/${i.number}`,
      number: i.number,
      state: i.state,
      state_reason: i.stateReason ?? null,
      title: i.title,
      body: i.body,
      user: user(i.user, userId(i.user), bot ? 'Bot' : 'User'),
      labels: i.labels.map((name, k) => ({
        id: 4_000_000 + stableHash(name) + k,
        node_id: `LA_kwDO${stableHash(name).toString(36)}`,
        url: `https://api.github.com/repos/${owner}/${repo}/labels/${encodeURIComponent(name)}`,
        name,
        description: null,
        color: 'ededed',
        default: false,
      })),
      assignee: i.assignees[0] ? user(i.assignees[0], userId(i.assignees[0])) : null,
      assignees: i.assignees.map((a) => user(a, userId(a))),
      milestone: null,
      locked: false,
      active_lock_reason: null,
      comments: i.comments,
      created_at: '2026-01-01T00:00:00Z',
      updated_at: now(),
      closed_at: i.state === 'closed' ? now() : null,
      author_association: bot ? 'NONE' : 'MEMBER',
      reactions: reactions(url),
    }
  }

  const notFound = () => ({
    status: 404,
    body: { message: 'Not Found', documentation_url: DOCS, status: '404' },
  })

  type Reply = { status: number; body?: unknown; headers?: Record<string, string>; raw?: Buffer }

  const registry = newRegistryState()
  const registryHandle = registryRoutes(registry, {
    url: () => server.url,
    now,
    nextId: () => nextId++,
    author,
    user: (login) => user(login, userId(login), login.endsWith('[bot]') ? 'Bot' : 'User'),
  })

  /** One page of `all`, with GitHub's link header (prev, next, last, first). */
  function paginated<T>(
    query: URLSearchParams,
    all: T[],
    path: string,
    json: (item: T, index: number) => unknown,
  ): Reply {
    const perPage = Number(query.get('per_page') ?? 30)
    const page = Number(query.get('page') ?? 1)
    const from = (page - 1) * perPage
    const slice = all.slice(from, page * perPage)
    const last = Math.max(1, Math.ceil(all.length / perPage))
    const base = `${server.url}${path}?per_page=${perPage}`
    const links = [
      ...(page > 1 ? [`<${base}&page=${page - 1}>; rel="prev"`] : []),
      ...(page < last
        ? [`<${base}&page=${page + 1}>; rel="next"`, `<${base}&page=${last}>; rel="last"`]
        : []),
      ...(page > 1 ? [`<${base}&page=1>; rel="first"`] : []),
    ]
    return {
      status: 200,
      body: slice.map((item, i) => json(item, from + i)),
      headers: links.length ? { link: links.join(', ') } : {},
    }
  }

  /** GitHub's own example of a full pull request, with this one's number, state, head and author. */
  function pullJson(op: Operation, p: StandinPull, owner: string, repo: string): Json {
    const example = (
      op.spec.responses as Record<
        string,
        { content: Record<string, { examples: { default: { value: Json } } }> }
      >
    )['200']!.content['application/json']!.examples.default.value
    const pr = structuredClone(example) as Json & { head: Json; user: Json }
    const author = p.author ?? 'octocat'
    return {
      ...pr,
      requested_teams: [],
      number: p.number,
      state: p.state,
      url: `https://api.github.com/repos/${owner}/${repo}/pulls/${p.number}`,
      html_url: `https://github.com/${owner}/${repo}/pull/${p.number}`,
      user: user(author, userId(author)),
      merge_commit_sha: p.mergeCommitSha ?? null,
      head: { ...pr.head, label: `${p.headOwner}:${p.headRef}`, ref: p.headRef, sha: p.headSha },
    }
  }

  /**
   * GitHub's answers (its own messages) to what it refuses beyond the OpenAPI
   * description: comment bodies over 65,536 characters (the description sets
   * no maxLength), check-run summaries and texts over 65,535 UTF-8 bytes (it
   * sets maxLength 65,535, which ajv checks in characters). Recorded as
   * violations too: modelgate must never send them.
   */
  const tooLong = (op: Operation, body: Json | undefined): Reply | undefined => {
    const where = `${op.method} ${op.template}`
    if (
      /^\/repos\/\{owner\}\/\{repo\}\/issues\/(\{issue_number\}\/comments|comments\/\{comment_id\})$/.test(
        op.template,
      ) &&
      typeof body?.body === 'string' &&
      [...body.body].length > COMMENT_BODY_LIMIT
    ) {
      state.violations.push(
        `${where}: comment body of ${[...body.body].length} characters, over GitHub's ${COMMENT_BODY_LIMIT}`,
      )
      return {
        status: 422,
        body: {
          message: 'Validation Failed',
          errors: [
            {
              resource: 'IssueComment',
              code: 'unprocessable',
              field: 'data',
              message: `Body is too long (maximum is ${COMMENT_BODY_LIMIT} characters)`,
            },
          ],
          documentation_url: `${DOCS}/issues/comments#create-an-issue-comment`,
          status: '422',
        },
      }
    }
    const output = body?.output as Json | undefined
    if (op.template.startsWith('/repos/{owner}/{repo}/check-runs') && output) {
      for (const field of ['summary', 'text'] as const) {
        const value = output[field]
        if (typeof value === 'string' && Buffer.byteLength(value, 'utf8') > CHECK_OUTPUT_LIMIT) {
          state.violations.push(
            `${where}: output.${field} of ${Buffer.byteLength(value, 'utf8')} bytes, over GitHub's ${CHECK_OUTPUT_LIMIT}`,
          )
          return {
            status: 422,
            body: {
              message: 'Validation Failed',
              errors: [
                {
                  resource: 'CheckRun',
                  code: 'custom',
                  field,
                  message: `${field} exceeds a maximum bytesize of ${CHECK_OUTPUT_LIMIT}`,
                },
              ],
              documentation_url: `${DOCS}/checks/runs#create-a-check-run`,
              status: '422',
            },
          }
        }
      }
    }
    return undefined
  }

  function handle(
    op: Operation,
    params: Record<string, string>,
    query: URLSearchParams,
    body: Json | undefined,
    raw: Buffer = Buffer.alloc(0),
    headers: IncomingMessage['headers'] = {},
  ): Reply {
    const { owner = '', repo = '' } = params
    const key = `${op.method} ${op.template}`
    // Routes a test adds win over the built-in ones.
    const added = state.routes.get(key)
    if (added) return added({ op, params, query, body })
    switch (key) {
      case 'GET /user': {
        if (!state.tokenLogin)
          return {
            status: 403,
            body: {
              message: 'Resource not accessible by integration',
              documentation_url: `${DOCS}/users/users#get-the-authenticated-user`,
              status: '403',
            },
          }
        const login = state.tokenLogin
        return {
          status: 200,
          body: {
            ...user(login, userId(login)),
            name: null,
            company: null,
            blog: '',
            location: null,
            email: null,
            hireable: null,
            bio: null,
            twitter_username: null,
            public_repos: 0,
            public_gists: 0,
            followers: 0,
            following: 0,
            created_at: '2020-01-01T00:00:00Z',
            updated_at: '2020-01-01T00:00:00Z',
          },
        }
      }
      case 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        const perPage = Number(query.get('per_page') ?? 30)
        const page = Number(query.get('page') ?? 1)
        const all = state.comments.filter((c) => c.issue === Number(params.issue_number))
        const slice = all.slice((page - 1) * perPage, page * perPage)
        const last = Math.max(1, Math.ceil(all.length / perPage))
        const base = `${server.url}/repos/${owner}/${repo}/issues/${params.issue_number}/comments?per_page=${perPage}`
        // GitHub's order: prev, next, last, first.
        const links = [
          ...(page > 1 ? [`<${base}&page=${page - 1}>; rel="prev"`] : []),
          ...(page < last
            ? [`<${base}&page=${page + 1}>; rel="next"`, `<${base}&page=${last}>; rel="last"`]
            : []),
          ...(page > 1 ? [`<${base}&page=1>; rel="first"`] : []),
        ]
        return {
          status: 200,
          body: slice.map((c) => commentJson(c, owner, repo)),
          headers: links.length ? { link: links.join(', ') } : {},
        }
      }
      case 'GET /repos/{owner}/{repo}/issues': {
        const wanted = (query.get('labels') ?? '').split(',').filter(Boolean)
        const st = query.get('state') ?? 'open'
        // GitHub lists the newest first (sort=created, direction=desc).
        const list = state.issues
          .filter(
            (i) => (st === 'all' || i.state === st) && wanted.every((l) => i.labels.includes(l)),
          )
          .reverse()
        const perPage = Number(query.get('per_page') ?? 30)
        const page = Number(query.get('page') ?? 1)
        return {
          status: 200,
          body: list
            .slice((page - 1) * perPage, page * perPage)
            .map((i) => issueJson(i, owner, repo)),
        }
      }
      case 'POST /repos/{owner}/{repo}/issues': {
        // Assignees must be able to be assigned (GitHub answers 422 otherwise).
        const assignees = ((body?.assignees ?? []) as unknown[]).map(String)
        const bad = assignees.filter((a) => !registry.assignable.includes(a))
        if (bad.length)
          return {
            status: 422,
            body: {
              message: 'Validation Failed',
              errors: [
                {
                  resource: 'Issue',
                  code: 'invalid',
                  field: 'assignees',
                  message: `${bad.join(', ')} cannot be assigned`,
                },
              ],
              documentation_url: `${DOCS}/issues/issues#create-an-issue`,
              status: '422',
            },
          }
        const labels = ((body?.labels ?? []) as unknown[]).map((l) =>
          typeof l === 'string' ? l : String((l as { name?: unknown }).name),
        )
        for (const l of labels) if (!registry.labels.includes(l)) registry.labels.push(l)
        const issue: StandinIssue = {
          number: state.issues.length + 1,
          title: String(body?.title ?? ''),
          body: String(body?.body ?? ''),
          state: 'open',
          labels,
          user: author(),
          comments: 0,
          assignees,
        }
        state.issues.push(issue)
        return {
          status: 201,
          body: issueJson(issue, owner, repo),
          headers: {
            location: `https://api.github.com/repos/${owner}/${repo}/issues/${issue.number}`,
          },
        }
      }
      case 'PATCH /repos/{owner}/{repo}/issues/{issue_number}': {
        const issue = state.issues.find((i) => i.number === Number(params.issue_number))
        if (!issue) return notFound()
        if (typeof body?.body === 'string') issue.body = body.body
        if (typeof body?.title === 'string') issue.title = body.title
        if (body?.state === 'open' || body?.state === 'closed') issue.state = body.state
        if (body?.state_reason !== undefined) issue.stateReason = body.state_reason as string | null
        if (Array.isArray(body?.labels)) issue.labels = body.labels.map(String)
        return { status: 200, body: issueJson(issue, owner, repo) }
      }
      case 'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches': {
        state.dispatches.push({
          workflow: params.workflow_id!,
          ref: String(body?.ref ?? ''),
          ...(body?.inputs ? { inputs: body.inputs as Record<string, unknown> } : {}),
        })
        return { status: 204 }
      }
      case 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        const issue = state.issues.find((i) => i.number === Number(params.issue_number))
        if (issue) issue.comments++
        const c: StandinComment = {
          id: nextId++,
          body: String(body?.body ?? ''),
          user: author(),
          issue: Number(params.issue_number),
          createdAt: now(),
          updatedAt: now(),
        }
        state.comments.push(c)
        return {
          status: 201,
          body: commentJson(c, owner, repo),
          headers: {
            location: `https://api.github.com/repos/${owner}/${repo}/issues/comments/${c.id}`,
          },
        }
      }
      case 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        const c = state.comments.find((x) => x.id === Number(params.comment_id))
        if (!c) return notFound()
        // An integration token edits its own comments; GitHub refuses another author's.
        if (c.user !== author()) {
          state.violations.push(
            `PATCH comment ${c.id} written by ${c.user}: modelgate edited someone else's comment`,
          )
          return {
            status: 403,
            body: {
              message: 'Resource not accessible by integration',
              documentation_url: `${DOCS}/issues/comments#update-an-issue-comment`,
              status: '403',
            },
          }
        }
        c.body = String(body?.body ?? '')
        c.updatedAt = now()
        return { status: 200, body: commentJson(c, owner, repo) }
      }
      case 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        const i = state.comments.findIndex((x) => x.id === Number(params.comment_id))
        if (i < 0) return notFound()
        if (state.comments[i]!.user !== author())
          state.violations.push(
            `DELETE comment ${params.comment_id} written by ${state.comments[i]!.user}: modelgate deleted someone else's comment`,
          )
        state.comments.splice(i, 1)
        return { status: 204 }
      }
      case 'GET /repos/{owner}/{repo}/pulls': {
        // GitHub's own example of a pull request, with this one's number, state and head.
        const example = (
          op.spec.responses as Record<
            string,
            { content: Record<string, { examples: { default: { value: Json[] } } }> }
          >
        )['200']!.content['application/json']!.examples.default.value[0]!
        const [headOwner, headRef] = (query.get('head') ?? ':').split(':')
        const wanted = query.get('state') ?? 'open'
        const found = state.pulls.filter(
          (p) =>
            (wanted === 'all' || p.state === wanted) &&
            (!query.get('head') || (p.headOwner === headOwner && p.headRef === headRef)),
        )
        const body = found.map((p) => {
          const pr = structuredClone(example) as Json & {
            head: Json & { repo: Json & { owner: Json } }
          }
          const owner0 = { ...(pr.head.repo.owner as Json), login: p.headOwner }
          return {
            ...pr,
            // The example's team lacks the `type` its own schema requires.
            requested_teams: [],
            number: p.number,
            state: p.state,
            url: `https://api.github.com/repos/${owner}/${repo}/pulls/${p.number}`,
            html_url: `https://github.com/${owner}/${repo}/pull/${p.number}`,
            head: {
              ...pr.head,
              label: `${p.headOwner}:${p.headRef}`,
              ref: p.headRef,
              sha: p.headSha,
              user: owner0,
              repo: {
                ...pr.head.repo,
                owner: owner0,
                name: repo,
                full_name: `${p.headOwner}/${repo}`,
                fork: p.headOwner !== owner,
              },
            },
          }
        })
        return { status: 200, body }
      }
      case 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals':
        return {
          status: 200,
          body: state.runApprovals
            .filter((a) => a.run === Number(params.run_id))
            .map((a) => ({
              state: a.state,
              comment: a.comment,
              environments: a.environments.map((name) => ({
                id: 100_000 + stableHash(name),
                node_id: `EN_kwDO${stableHash(name)}`,
                name,
                url: `https://api.github.com/repos/${owner}/${repo}/environments/${encodeURIComponent(name)}`,
                html_url: `https://github.com/${owner}/${repo}/deployments/activity_log?environments_filter=${encodeURIComponent(name)}`,
                created_at: '2026-01-01T00:00:00Z',
                updated_at: '2026-01-01T00:00:00Z',
              })),
              user: user(a.login, userId(a.login), a.type ?? 'User'),
            })),
        }
      case 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews': {
        const n = Number(params.pull_number)
        const all = state.reviews.filter((r) => r.pull === n)
        return paginated(query, all, `/repos/${owner}/${repo}/pulls/${n}/reviews`, (r, i) => {
          const id = 80_000_000 + n * 1000 + i
          const html = `https://github.com/${owner}/${repo}/pull/${n}#pullrequestreview-${id}`
          const api = `https://api.github.com/repos/${owner}/${repo}/pulls/${n}`
          return {
            id,
            node_id: `PRR_kwDO${id.toString(36)}`,
            user: user(r.login, userId(r.login), r.type ?? 'User'),
            body: r.body,
            state: r.state,
            html_url: html,
            pull_request_url: api,
            _links: { html: { href: html }, pull_request: { href: api } },
            submitted_at: r.submittedAt,
            commit_id: r.commitId,
            author_association: 'MEMBER',
          }
        })
      }
      case 'GET /repos/{owner}/{repo}/pulls/{pull_number}': {
        const p = state.pulls.find((x) => x.number === Number(params.pull_number))
        if (!p) return notFound()
        return { status: 200, body: pullJson(op, p, owner, repo) }
      }
      case 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls': {
        const sha = params.commit_sha
        const found = state.pulls.filter(
          (p) =>
            p.headSha === sha ||
            p.mergeCommitSha === sha ||
            (sha !== undefined && p.commits?.includes(sha)),
        )
        return {
          status: 200,
          body: found.map((p) => {
            const full = pullJson(
              ops
                .get('GET')!
                .find((o) => o.template === '/repos/{owner}/{repo}/pulls/{pull_number}')!,
              p,
              owner,
              repo,
            )
            // The list's pull-request-simple has none of the full object's counts.
            for (const k of [
              'merged',
              'mergeable',
              'rebaseable',
              'mergeable_state',
              'merged_by',
              'comments',
              'review_comments',
              'maintainer_can_modify',
              'commits',
              'additions',
              'deletions',
              'changed_files',
            ])
              delete (full as Json)[k]
            return full
          }),
        }
      }
      case 'GET /repos/{owner}/{repo}/commits': {
        const example = (
          op.spec.responses as Record<
            string,
            { content: Record<string, { examples: { default: { value: Json[] } } }> }
          >
        )['200']!.content['application/json']!.examples.default.value[0]!
        const path = query.get('path')
        const perPage = Number(query.get('per_page') ?? 30)
        const found = state.commits
          .filter(
            (c) =>
              !path ||
              c.paths.some((p) => p === path || p.startsWith(`${path.replace(/\/$/, '')}/`)),
          )
          .slice(0, perPage)
        return {
          status: 200,
          body: found.map((c) => {
            const base = structuredClone(example) as Json & { commit: Json }
            const person = { name: c.name, email: c.email, date: '2026-01-01T00:00:00Z' }
            return {
              ...base,
              sha: c.sha,
              url: `https://api.github.com/repos/${owner}/${repo}/commits/${c.sha}`,
              html_url: `https://github.com/${owner}/${repo}/commit/${c.sha}`,
              comments_url: `https://api.github.com/repos/${owner}/${repo}/commits/${c.sha}/comments`,
              commit: { ...base.commit, author: person, committer: person },
              author: c.login ? user(c.login, userId(c.login)) : null,
              committer: c.login ? user(c.login, userId(c.login)) : null,
            }
          }),
        }
      }
      case 'GET /orgs/{org}/teams/{team_slug}/members': {
        const members = state.teams[`${params.org}/${params.team_slug}`]
        // GITHUB_TOKEN (an installation token without organization members: read) is refused.
        if (!members)
          return {
            status: 403,
            body: {
              message: 'Resource not accessible by integration',
              documentation_url: `${DOCS}/teams/members#list-team-members`,
              status: '403',
            },
          }
        return paginated(
          query,
          members,
          `/orgs/${params.org}/teams/${params.team_slug}/members`,
          (login) => user(login, userId(login)),
        )
      }
      case 'POST /repos/{owner}/{repo}/check-runs': {
        // Only GitHub Apps create check runs: a user's token is refused.
        if (state.tokenLogin)
          return {
            status: 403,
            body: {
              message: 'You must authenticate via a GitHub App.',
              documentation_url: `${DOCS}/checks/runs#create-a-check-run`,
              status: '403',
            },
          }
        const output = (body?.output ?? { title: '', summary: '' }) as StandinCheckRun['output'] & {
          annotations?: Json[]
        }
        const r: StandinCheckRun = {
          id: nextId++,
          app: author(),
          name: String(body?.name),
          head_sha: String(body?.head_sha),
          status: String(body?.status ?? (body?.conclusion ? 'completed' : 'queued')),
          conclusion: (body?.conclusion as string) ?? null,
          ...(typeof body?.details_url === 'string' ? { details_url: body.details_url } : {}),
          output: {
            title: output.title,
            summary: output.summary,
            ...(output.text ? { text: output.text } : {}),
          },
          annotations: [...(output.annotations ?? [])],
        }
        state.checkRuns.push(r)
        return { status: 201, body: checkRunJson(r, owner, repo) }
      }
      case 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}': {
        const r = state.checkRuns.find((x) => x.id === Number(params.check_run_id))
        if (!r) return notFound()
        const output = body?.output as
          (StandinCheckRun['output'] & { annotations?: Json[] }) | undefined
        if (output) {
          r.output = {
            title: output.title ?? r.output.title,
            summary: output.summary,
            ...(output.text ? { text: output.text } : {}),
          }
          r.annotations.push(...(output.annotations ?? []))
        }
        if (body?.conclusion) r.conclusion = String(body.conclusion)
        if (body?.status) r.status = String(body.status)
        return { status: 200, body: checkRunJson(r, owner, repo) }
      }
      default: {
        const served = handleActions(key, op.spec, params, state, server.url)
        if (served) return served
        const reply = registryHandle(key, params, query, body, raw, headers)
        if (reply) return reply
        state.violations.push(`${key}: the stand-in does not implement this operation`)
        return notFound()
      }
    }
  }

  function validateRequest(
    op: Operation,
    req: IncomingMessage,
    params: Record<string, string>,
    query: URLSearchParams,
    raw: string,
  ): Json | undefined {
    const where = `${op.method} ${op.template}`
    if (!/^(token|bearer) \S+$/i.test(req.headers.authorization ?? ''))
      state.violations.push(`${where}: no token in the authorization header`)
    const parameters = (op.spec.parameters ?? []) as {
      name: string
      in: string
      required?: boolean
      schema?: Json
    }[]
    for (const p of parameters) {
      if (p.in !== 'path' && p.in !== 'query') continue
      const value = p.in === 'path' ? params[p.name] : (query.get(p.name) ?? undefined)
      if (value === undefined) {
        if (p.required)
          state.violations.push(`${where}: missing required ${p.in} parameter ${p.name}`)
        continue
      }
      const schema = p.schema ?? {}
      const type = schema.type
      const coerced =
        type === 'integer' || type === 'number'
          ? /^-?\d+(\.\d+)?$/.test(value)
            ? Number(value)
            : value
          : type === 'boolean'
            ? value === 'true'
              ? true
              : value === 'false'
                ? false
                : value
            : value
      const v = validatorFor(schema)
      if (!v(coerced))
        state.violations.push(
          `${where}: ${p.in} parameter ${p.name}=${value}: ${ajv.errorsText(v.errors)}`,
        )
    }
    for (const name of new Set(query.keys())) {
      if (!parameters.some((p) => p.in === 'query' && p.name === name))
        state.violations.push(`${where}: unknown query parameter ${name}`)
    }
    let body: Json | undefined
    if (raw) {
      if (!/^application\/json/.test(req.headers['content-type'] ?? ''))
        state.violations.push(
          `${where}: request body sent as ${req.headers['content-type'] ?? 'no content type'}`,
        )
      try {
        body = JSON.parse(raw) as Json
      } catch {
        state.violations.push(`${where}: request body is not JSON`)
      }
    }
    const requestBody = op.spec.requestBody as
      { content?: Record<string, { schema: Json }>; required?: boolean } | undefined
    const content = requestBody?.content?.['application/json']
    if (content) {
      if (body === undefined) {
        if (requestBody?.required) state.violations.push(`${where}: missing request body`)
      } else {
        const v = validatorFor(content.schema)
        if (!v(body)) state.violations.push(`${where}: request body: ${ajv.errorsText(v.errors)}`)
      }
    } else if (raw) {
      state.violations.push(`${where}: a body where the operation takes none`)
    }
    return body
  }

  function validateResponse(op: Operation, status: number, body: unknown) {
    const where = `${op.method} ${op.template} -> ${status}`
    const responses = op.spec.responses as Record<
      string,
      { content?: Record<string, { schema: Json }> }
    >
    const listed = responses[String(status)]
    let schema = listed?.content?.['application/json']?.schema
    if (!listed) {
      // GitHub sends permission and rate-limit 403s, 429s and 5xx on every route without listing them per
      // operation, and 404 for a resource that does not exist (or the token cannot see), e.g. a run id.
      if (status === 403 || status === 429 || status === 404) schema = basicError
      else if (status !== 422 && status < 500)
        state.violations.push(`${where}: status not in the OpenAPI description`)
    }
    if (schema && body !== undefined) {
      const v = validatorFor(schema)
      if (!v(body)) state.violations.push(`${where}: response body: ${ajv.errorsText(v.errors)}`)
    }
  }

  const http = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', server.url)
      const method = req.method ?? 'GET'
      const send = (
        status: number,
        payload: unknown,
        headers: Record<string, string> = {},
        raw?: Buffer,
      ) => {
        const all: Record<string, string> = {
          'content-type': 'application/json; charset=utf-8',
          'x-github-api-version-selected': '2022-11-28',
          'x-github-media-type': 'github.v3; format=json',
          'x-github-request-id': `0000:${Math.floor(Math.random() * 1e6).toString(16)}`,
          'x-ratelimit-limit': '5000',
          'x-ratelimit-remaining': '4999',
          'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
          'x-ratelimit-used': '1',
          'x-ratelimit-resource': 'core',
          ...headers,
        }
        if (raw) all['content-type'] = 'application/octet-stream'
        res.writeHead(status, all)
        res.end(raw ?? (payload === undefined ? '' : JSON.stringify(payload)))
        return all
      }
      const blob = method === 'GET' ? artifactBlob(url.pathname, state) : undefined
      if (blob) {
        res.writeHead(200, { 'content-type': 'application/zip' })
        res.end(blob)
        return
      }
      const candidates = (ops.get(method) ?? [])
        .filter((o) => o.regex.test(url.pathname))
        .sort((a, b) => b.literal - a.literal)
      const op = candidates[0]
      if (!op) {
        state.violations.push(
          `${method} ${url.pathname}: no such operation in GitHub's OpenAPI description`,
        )
        send(404, { message: 'Not Found', documentation_url: DOCS, status: '404' })
        return
      }
      const m = op.regex.exec(url.pathname)!
      const params = Object.fromEntries(op.names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)]))
      const before = state.violations.length
      const rawBody = Buffer.concat(chunks)
      // Release asset uploads carry bytes (application/octet-stream), not JSON.
      const binary = Boolean(
        (op.spec.requestBody as { content?: Json } | undefined)?.content?.[
          'application/octet-stream'
        ],
      )
      const body = validateRequest(
        op,
        req,
        params,
        url.searchParams,
        binary ? '' : rawBody.toString('utf8'),
      )
      const invalid = state.violations.length > before
      const fault = state.faults.find(
        (f) => f.method === method && f.template === op.template && f.times > 0,
      )
      let reply: Reply
      const refused = invalid ? undefined : tooLong(op, body)
      if (invalid) {
        // GitHub refuses what its description does not allow.
        reply = {
          status: 422,
          body: {
            message: 'Validation Failed',
            errors: state.violations.slice(before),
            documentation_url: DOCS,
            status: '422',
          },
        }
      } else if (refused) {
        reply = refused
      } else if (fault) {
        fault.times--
        if (fault.afterWrite) handle(op, params, url.searchParams, body, rawBody, req.headers)
        reply = {
          status: fault.status,
          body: fault.body ?? { message: 'fault', documentation_url: DOCS },
          headers: fault.headers ?? {},
        }
      } else {
        reply = handle(op, params, url.searchParams, body, rawBody, req.headers)
      }
      if (!reply.raw) validateResponse(op, reply.status, reply.body)
      const responseHeaders = send(reply.status, reply.body, reply.headers, reply.raw)
      state.requests.push({
        method,
        path: url.pathname + url.search,
        template: op.template,
        status: reply.status,
        body,
        headers: req.headers,
        responseHeaders,
      })
    })
  })

  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
  server.url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`
  return Object.assign(state, {
    registry,
    url: server.url,
    env: { GITHUB_API_URL: server.url },
    inject(method: string, template: string, kind: FaultKind, times = 1) {
      state.faults.push({ method: method.toUpperCase(), template, times, ...faultFor(kind) })
    },
    reset() {
      for (const list of [
        state.violations,
        state.requests,
        state.comments,
        state.checkRuns,
        state.pulls,
        state.runApprovals,
        state.reviews,
        state.commits,
        state.faults,
        state.issues,
        state.dispatches,
        state.runs,
        state.artifacts,
      ])
        list.length = 0
      state.defaultBranch = 'main'
      state.teams = {}
      state.tokenLogin = null
      state.botLogin = ACTIONS_BOT
      resetRegistryState(registry)
    },
    stop: () =>
      new Promise<void>((resolve) => {
        http.closeAllConnections()
        http.close(() => resolve())
      }),
  })
}
