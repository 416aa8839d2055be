import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import { REPO } from './action-runner.js'

/**
 * A local stand-in for api.github.com. Every request (method, path, query,
 * body) and every response it sends is validated against GitHub's own
 * OpenAPI description from @octokit/openapi; mismatches are recorded in
 * `violations`, which tests assert empty. It keeps issue comments and check
 * runs in memory and can inject faults (403, 429, secondary rate limits, 5xx).
 */

type Json = Record<string, unknown>
interface Operation {
  method: string
  template: string
  regex: RegExp
  names: string[]
  literal: number
  spec: Json
}

let spec: { paths: Record<string, Record<string, Json>> } | undefined
let operations: Operation[] | undefined
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false })
const validators = new Map<object, ValidateFunction>()

function loadSpec() {
  if (!spec) {
    spec = JSON.parse(readFileSync(join(REPO, 'node_modules', '@octokit', 'openapi', 'generated', 'api.github.com.deref.json'), 'utf8'))
    operations = []
    for (const [template, methods] of Object.entries(spec!.paths)) {
      const names: string[] = []
      const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_m, name: string) => {
        names.push(name)
        return '([^/]+)'
      })
      for (const [method, op] of Object.entries(methods)) {
        if (!['get', 'post', 'patch', 'put', 'delete'].includes(method)) continue
        operations.push({ method: method.toUpperCase(), template, regex: new RegExp(`^${source}$`), names, literal: template.split('/').filter((s) => !s.startsWith('{')).length, spec: op })
      }
    }
  }
  return operations!
}

function validatorFor(schema: object): ValidateFunction {
  let v = validators.get(schema)
  if (!v) {
    v = ajv.compile(schema)
    validators.set(schema, v)
  }
  return v
}

export interface Fault {
  method: string
  /** OpenAPI path template, e.g. /repos/{owner}/{repo}/check-runs */
  template: string
  status: number
  body?: Json
  headers?: Record<string, string>
  times: number
}

export interface StandinComment {
  id: number
  body: string
  user: string
  issue: number
}

export interface StandinCheckRun {
  id: number
  name: string
  head_sha: string
  status: string
  conclusion: string | null
  output: { title: string; summary: string; text?: string }
  annotations: Json[]
}

export interface GitHubStandin {
  url: string
  violations: string[]
  requests: { method: string; path: string; template: string; status: number; body?: unknown }[]
  comments: StandinComment[]
  checkRuns: StandinCheckRun[]
  faults: Fault[]
  /** The login the token acts as; `null` makes GET /user answer 403 as it does for GITHUB_TOKEN. */
  tokenLogin: string | null
  stop(): Promise<void>
}

const user = (login: string, id: number, type = 'User'): Json => ({
  login,
  id,
  node_id: `U_${id}`,
  avatar_url: `https://avatars.githubusercontent.com/u/${id}`,
  gravatar_id: '',
  url: `https://api.github.com/users/${login}`,
  html_url: `https://github.com/${login}`,
  followers_url: `https://api.github.com/users/${login}/followers`,
  following_url: `https://api.github.com/users/${login}/following{/other_user}`,
  gists_url: `https://api.github.com/users/${login}/gists{/gist_id}`,
  starred_url: `https://api.github.com/users/${login}/starred{/owner}{/repo}`,
  subscriptions_url: `https://api.github.com/users/${login}/subscriptions`,
  organizations_url: `https://api.github.com/users/${login}/orgs`,
  repos_url: `https://api.github.com/users/${login}/repos`,
  events_url: `https://api.github.com/users/${login}/events{/privacy}`,
  received_events_url: `https://api.github.com/users/${login}/received_events`,
  type,
  site_admin: false,
})

const BOT = 'github-actions[bot]'

export async function startGitHubStandin(): Promise<GitHubStandin> {
  const ops = loadSpec()
  let nextId = 1000
  const state: Omit<GitHubStandin, 'url' | 'stop'> = { violations: [], requests: [], comments: [], checkRuns: [], faults: [], tokenLogin: null }

  const commentJson = (c: StandinComment, owner: string, repo: string): Json => ({
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `https://api.github.com/repos/${owner}/${repo}/issues/comments/${c.id}`,
    html_url: `https://github.com/${owner}/${repo}/pull/${c.issue}#issuecomment-${c.id}`,
    body: c.body,
    user: c.user === BOT ? user(BOT, 41898282, 'Bot') : user(c.user, 583231),
    created_at: '2026-11-22T10:00:00Z',
    updated_at: '2026-11-22T10:00:00Z',
    issue_url: `https://api.github.com/repos/${owner}/${repo}/issues/${c.issue}`,
    author_association: c.user === BOT ? 'NONE' : 'MEMBER',
  })

  const checkRunJson = (r: StandinCheckRun, owner: string, repo: string): Json => ({
    id: r.id,
    head_sha: r.head_sha,
    node_id: `CR_${r.id}`,
    external_id: '',
    url: `https://api.github.com/repos/${owner}/${repo}/check-runs/${r.id}`,
    html_url: `https://github.com/${owner}/${repo}/runs/${r.id}`,
    details_url: null,
    status: r.status,
    conclusion: r.conclusion,
    started_at: '2026-11-22T10:00:00Z',
    completed_at: r.status === 'completed' ? '2026-11-22T10:00:05Z' : null,
    output: { title: r.output.title, summary: r.output.summary, text: r.output.text ?? null, annotations_count: r.annotations.length, annotations_url: `https://api.github.com/repos/${owner}/${repo}/check-runs/${r.id}/annotations` },
    name: r.name,
    check_suite: { id: 5 },
    app: null,
    pull_requests: [],
  })

  function handle(op: Operation, params: Record<string, string>, query: URLSearchParams, body: Json | undefined): { status: number; body?: unknown; headers?: Record<string, string> } {
    const { owner = '', repo = '' } = params
    const key = `${op.method} ${op.template}`
    switch (key) {
      case 'GET /user':
        return state.tokenLogin ? { status: 200, body: { ...user(state.tokenLogin, 1), name: null, company: null, blog: '', location: null, email: null, hireable: null, bio: null, public_repos: 0, public_gists: 0, followers: 0, following: 0, created_at: '2020-01-01T00:00:00Z', updated_at: '2020-01-01T00:00:00Z' } } : { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user', status: '403' } }
      case 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        const perPage = Number(query.get('per_page') ?? 30)
        const page = Number(query.get('page') ?? 1)
        const all = state.comments.filter((c) => c.issue === Number(params.issue_number))
        const slice = all.slice((page - 1) * perPage, page * perPage)
        const last = Math.max(1, Math.ceil(all.length / perPage))
        const base = `${server.url}/repos/${owner}/${repo}/issues/${params.issue_number}/comments?per_page=${perPage}`
        const links = [...(page < last ? [`<${base}&page=${page + 1}>; rel="next"`, `<${base}&page=${last}>; rel="last"`] : []), ...(page > 1 ? [`<${base}&page=1>; rel="first"`, `<${base}&page=${page - 1}>; rel="prev"`] : [])]
        return { status: 200, body: slice.map((c) => commentJson(c, owner, repo)), headers: links.length ? { link: links.join(', ') } : {} }
      }
      case 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        const c = { id: nextId++, body: String(body?.body ?? ''), user: state.tokenLogin ?? BOT, issue: Number(params.issue_number) }
        state.comments.push(c)
        return { status: 201, body: commentJson(c, owner, repo) }
      }
      case 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        const c = state.comments.find((x) => x.id === Number(params.comment_id))
        if (!c) return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } }
        c.body = String(body?.body ?? '')
        return { status: 200, body: commentJson(c, owner, repo) }
      }
      case 'POST /repos/{owner}/{repo}/check-runs': {
        const output = (body?.output ?? { title: '', summary: '' }) as StandinCheckRun['output'] & { annotations?: Json[] }
        const r: StandinCheckRun = { id: nextId++, name: String(body?.name), head_sha: String(body?.head_sha), status: String(body?.status ?? 'queued'), conclusion: (body?.conclusion as string) ?? null, output: { title: output.title, summary: output.summary, ...(output.text ? { text: output.text } : {}) }, annotations: [...(output.annotations ?? [])] }
        state.checkRuns.push(r)
        return { status: 201, body: checkRunJson(r, owner, repo) }
      }
      case 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}': {
        const r = state.checkRuns.find((x) => x.id === Number(params.check_run_id))
        if (!r) return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } }
        const output = body?.output as (StandinCheckRun['output'] & { annotations?: Json[] }) | undefined
        if (output) {
          r.output = { title: output.title, summary: output.summary, ...(output.text ? { text: output.text } : {}) }
          r.annotations.push(...(output.annotations ?? []))
        }
        if (body?.conclusion) r.conclusion = String(body.conclusion)
        if (body?.status) r.status = String(body.status)
        return { status: 200, body: checkRunJson(r, owner, repo) }
      }
      default:
        return { status: 404, body: { message: `stand-in does not implement ${key}`, documentation_url: 'https://docs.github.com/rest' } }
    }
  }

  const server = { url: '' }
  const http = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', server.url)
      const method = req.method ?? 'GET'
      const matches = ops.filter((o) => o.method === method && o.regex.test(url.pathname)).sort((a, b) => b.literal - a.literal)
      const op = matches[0]
      const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-ratelimit-remaining': '4999', 'x-ratelimit-limit': '5000', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600), 'x-ratelimit-resource': 'core', ...headers })
        res.end(payload === undefined ? '' : JSON.stringify(payload))
      }
      if (!op) {
        state.violations.push(`${method} ${url.pathname}: no such operation in GitHub's OpenAPI description`)
        return send(404, { message: 'Not Found' })
      }
      const m = op.regex.exec(url.pathname)!
      const params = Object.fromEntries(op.names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)]))
      let body: Json | undefined
      const raw = Buffer.concat(chunks).toString('utf8')
      if (raw) {
        try {
          body = JSON.parse(raw)
        } catch {
          state.violations.push(`${method} ${op.template}: request body is not JSON`)
        }
      }
      validateRequest(op, params, url.searchParams, body)
      const fault = state.faults.find((f) => f.method === method && f.template === op.template && f.times > 0)
      let result: { status: number; body?: unknown; headers?: Record<string, string> }
      if (fault) {
        fault.times--
        result = { status: fault.status, body: fault.body ?? { message: 'fault', documentation_url: 'https://docs.github.com/rest' }, headers: fault.headers ?? {} }
      } else {
        result = handle(op, params, url.searchParams, body)
      }
      validateResponse(op, result.status, result.body)
      state.requests.push({ method, path: url.pathname + url.search, template: op.template, status: result.status, body })
      send(result.status, result.body, result.headers)
    })
  })

  function validateRequest(op: Operation, params: Record<string, string>, query: URLSearchParams, body: Json | undefined) {
    const where = `${op.method} ${op.template}`
    for (const p of (op.spec.parameters ?? []) as { name: string; in: string; required?: boolean; schema?: Json }[]) {
      const value = p.in === 'path' ? params[p.name] : p.in === 'query' ? (query.get(p.name) ?? undefined) : undefined
      if (p.in !== 'path' && p.in !== 'query') continue
      if (value === undefined) {
        if (p.required) state.violations.push(`${where}: missing required ${p.in} parameter ${p.name}`)
        continue
      }
      const schema = p.schema ?? {}
      const coerced = schema.type === 'integer' || schema.type === 'number' ? Number(value) : schema.type === 'boolean' ? value === 'true' : value
      const v = validatorFor(schema)
      if (!v(coerced)) state.violations.push(`${where}: ${p.in} parameter ${p.name}=${value}: ${ajv.errorsText(v.errors)}`)
    }
    for (const name of query.keys()) {
      if (!((op.spec.parameters ?? []) as { name: string; in: string }[]).some((p) => p.in === 'query' && p.name === name)) state.violations.push(`${where}: unknown query parameter ${name}`)
    }
    const content = (op.spec.requestBody as { content?: Record<string, { schema: Json }>; required?: boolean } | undefined)?.content?.['application/json']
    if (content) {
      if (body === undefined) {
        if ((op.spec.requestBody as { required?: boolean }).required) state.violations.push(`${where}: missing request body`)
      } else {
        const v = validatorFor(content.schema)
        if (!v(body)) state.violations.push(`${where}: request body: ${ajv.errorsText(v.errors)}`)
      }
    } else if (body !== undefined) {
      state.violations.push(`${where}: a body where the operation takes none`)
    }
  }

  function validateResponse(op: Operation, status: number, body: unknown) {
    const where = `${op.method} ${op.template} -> ${status}`
    const responses = op.spec.responses as Record<string, { content?: Record<string, { schema: Json }> }>
    const r = responses[String(status)]
    if (!r) {
      // Rate limits and server errors are not listed per operation; GitHub sends them everywhere.
      if (![403, 429, 500, 502, 503].includes(status)) state.violations.push(`${where}: status not in the OpenAPI description`)
      return
    }
    const schema = r.content?.['application/json']?.schema
    if (schema && body !== undefined) {
      const v = validatorFor(schema)
      if (!v(body)) state.violations.push(`${where}: response body: ${ajv.errorsText(v.errors)}`)
    }
  }

  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
  server.url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`
  return Object.assign(state, {
    url: server.url,
    stop: () => new Promise<void>((resolve) => http.close(() => resolve())),
  })
}
