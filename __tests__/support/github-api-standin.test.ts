import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startGitHubStandin, toJsonSchema, type GitHubStandin } from './github-api-standin.js'

/** The stand-in is only worth something if it catches what GitHub would reject. */
let gh: GitHubStandin
const auth = { authorization: 'token ghs_x', 'content-type': 'application/json' }

beforeAll(async () => {
  gh = await startGitHubStandin()
}, 60_000)
afterEach(() => gh.reset())
afterAll(async () => {
  await gh.stop()
})

describe('GitHub API stand-in', () => {
  it('accepts a well-formed request and answers with a schema-valid body and headers', async () => {
    const r = await fetch(`${gh.url}/repos/acme/x/issues/3/comments`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ body: 'hi' }),
    })
    expect(r.status).toBe(201)
    const json = (await r.json()) as { user: { login: string }; html_url: string }
    expect(json.user.login).toBe('github-actions[bot]')
    expect(r.headers.get('x-ratelimit-remaining')).toBe('4999')
    expect(gh.violations).toEqual([])
  })

  it('records a request body that breaks the schema, an unknown query parameter, a missing token and an unknown route', async () => {
    await fetch(`${gh.url}/repos/acme/x/check-runs`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ name: 'n', head_sha: 'abc', conclusion: 'great' }),
    })
    await fetch(`${gh.url}/repos/acme/x/issues/3/comments?per_page=100&pages=2`, { headers: auth })
    await fetch(`${gh.url}/repos/acme/x/issues/3/comments`)
    await fetch(`${gh.url}/repos/acme/x/no-such-thing`, { headers: auth })
    await fetch(`${gh.url}/repos/acme/x/issues/three/comments`, { headers: auth })
    expect(gh.violations, gh.violations.join('\n')).toHaveLength(5)
    expect(gh.violations[0]).toMatch(
      /POST \/repos\/\{owner\}\/\{repo\}\/check-runs: request body: .*conclusion/,
    )
    expect(gh.violations[1]).toContain('unknown query parameter pages')
    expect(gh.violations[2]).toContain('no token')
    expect(gh.violations[3]).toContain("no such operation in GitHub's OpenAPI description")
    expect(gh.violations[4]).toMatch(/path parameter issue_number=three/)
  })

  it('pages comments with a Link header GitHub-style', async () => {
    for (let i = 0; i < 5; i++)
      gh.comments.push({ id: i + 1, body: `c${i}`, user: 'someone', issue: 3 })
    const r = await fetch(`${gh.url}/repos/acme/x/issues/3/comments?per_page=2&page=2`, {
      headers: auth,
    })
    expect(((await r.json()) as { id: number }[]).map((c) => c.id)).toEqual([3, 4])
    const base = `${gh.url}/repos/acme/x/issues/3/comments?per_page=2`
    expect(r.headers.get('link')).toBe(
      `<${base}&page=1>; rel="prev", <${base}&page=3>; rel="next", <${base}&page=3>; rel="last", <${base}&page=1>; rel="first"`,
    )
    expect(gh.violations).toEqual([])
  })

  it('turns OpenAPI 3.0 nullable into JSON Schema null types', () => {
    expect(toJsonSchema({ type: 'string', enum: ['a'], nullable: true, example: 'a' })).toEqual({
      type: ['string', 'null'],
      enum: ['a', null],
    })
    expect(toJsonSchema({ allOf: [{ type: 'object' }], nullable: true })).toEqual({
      anyOf: [{ allOf: [{ type: 'object' }] }, { type: 'null' }],
    })
    expect(
      toJsonSchema({
        type: 'object',
        properties: { nullable: { type: 'integer', nullable: true } },
        required: ['nullable'],
      }),
    ).toEqual({
      type: 'object',
      properties: { nullable: { type: ['integer', 'null'] } },
      required: ['nullable'],
    })
  })

  it('injects the faults GitHub sends, with bodies that match its error schema', async () => {
    gh.inject('POST', '/repos/{owner}/{repo}/check-runs', 'read-only')
    gh.inject('POST', '/repos/{owner}/{repo}/check-runs', 'secondary-rate-limit')
    const body = JSON.stringify({ name: 'n', head_sha: 'abc' })
    const a = await fetch(`${gh.url}/repos/acme/x/check-runs`, {
      method: 'POST',
      headers: auth,
      body,
    })
    const b = await fetch(`${gh.url}/repos/acme/x/check-runs`, {
      method: 'POST',
      headers: auth,
      body,
    })
    const c = await fetch(`${gh.url}/repos/acme/x/check-runs`, {
      method: 'POST',
      headers: auth,
      body,
    })
    expect([a.status, b.status, c.status]).toEqual([403, 403, 201])
    expect(((await a.json()) as { message: string }).message).toBe(
      'Resource not accessible by integration',
    )
    expect(b.headers.get('retry-after')).toBe('1')
    expect(gh.violations).toEqual([])
  })

  it('refuses with 422, and records, what GitHub refuses: long comments and check-run outputs', async () => {
    const post = (path: string, body: unknown, method = 'POST') =>
      fetch(`${gh.url}${path}`, { method, headers: auth, body: JSON.stringify(body) })
    const ok = await post('/repos/acme/x/issues/3/comments', { body: 'é'.repeat(65_536) })
    expect(ok.status).toBe(201)
    const long = await post('/repos/acme/x/issues/3/comments', { body: 'x'.repeat(65_537) })
    expect(long.status).toBe(422)
    expect(((await long.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe(
      'Body is too long (maximum is 65536 characters)',
    )
    const { id } = (await ok.json()) as { id: number }
    expect(
      (await post(`/repos/acme/x/issues/comments/${id}`, { body: 'y'.repeat(70_000) }, 'PATCH'))
        .status,
    ).toBe(422)
    const run = { name: 'n', head_sha: 'abc', output: { title: 't', summary: 's' } }
    expect(
      (
        await post('/repos/acme/x/check-runs', {
          ...run,
          output: { title: 't', summary: 'x'.repeat(65_535) },
        })
      ).status,
    ).toBe(201)
    expect(gh.violations).toEqual([
      expect.stringContaining('comment body of 65537 characters'),
      expect.stringContaining('comment body of 70000 characters'),
    ])
    gh.violations.length = 0
    const chars = await post('/repos/acme/x/check-runs', {
      ...run,
      output: { title: 't', summary: 's', text: 'x'.repeat(65_536) },
    })
    expect(chars.status).toBe(422)
    expect(gh.violations).toEqual([
      expect.stringMatching(/request body: .*must NOT have more than 65535 characters/),
    ])
    gh.violations.length = 0
    // GitHub measures check-run outputs in bytes too: 30,000 check marks are 90,000 bytes.
    const bytes = await post('/repos/acme/x/check-runs', {
      ...run,
      output: { title: 't', summary: '✅'.repeat(30_000) },
    })
    expect(bytes.status).toBe(422)
    expect(((await bytes.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe(
      'summary exceeds a maximum bytesize of 65535',
    )
    expect(gh.violations).toEqual([expect.stringContaining('output.summary of 90000 bytes')])
    gh.violations.length = 0
    expect(gh.checkRuns).toHaveLength(1)
    expect(gh.comments).toHaveLength(1)
  })

  it("deletes a comment, and records deleting someone else's", async () => {
    gh.comments.push(
      { id: 1, body: 'mine', user: 'github-actions[bot]', issue: 3 },
      { id: 2, body: 'theirs', user: 'someone', issue: 3 },
    )
    expect(
      (await fetch(`${gh.url}/repos/acme/x/issues/comments/1`, { method: 'DELETE', headers: auth }))
        .status,
    ).toBe(204)
    expect(gh.comments.map((c) => c.id)).toEqual([2])
    expect(gh.violations).toEqual([])
    await fetch(`${gh.url}/repos/acme/x/issues/comments/2`, { method: 'DELETE', headers: auth })
    expect(gh.violations).toEqual([expect.stringContaining("deleted someone else's comment")])
  })
})
