import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createGitHubClient } from '../../src/github/octokit.js'
import { startGitHubStandin, type GitHubStandin } from '../support/github-api-standin.js'

let gh: GitHubStandin
const CHECK_RUNS = '/repos/{owner}/{repo}/check-runs'
const COMMENTS = '/repos/{owner}/{repo}/issues/{issue_number}/comments'

beforeAll(async () => {
  gh = await startGitHubStandin()
}, 60_000)
afterEach(() => {
  expect(gh.violations, 'every request and response matches GitHub OpenAPI description').toEqual([])
  gh.reset()
})
afterAll(async () => {
  await gh.stop()
})

function client(log: string[] = [], rateLimitRetries?: number) {
  return createGitHubClient('ghs_test', {
    baseUrl: gh.url,
    backoffMs: 5,
    rateLimitUnitMs: 20,
    writeSpacingMs: 0,
    log: (m) => log.push(m),
    ...(rateLimitRetries !== undefined ? { rateLimitRetries } : {}),
  })
}
const createRun = (c: ReturnType<typeof client>) =>
  c.rest.checks.create({
    owner: 'acme',
    repo: 'x',
    name: 'modelgate / G1 Model Performance',
    head_sha: 'b'.repeat(40),
    status: 'completed',
    conclusion: 'success',
  })
const statuses = (method: string, template: string) =>
  gh.requests.filter((r) => r.method === method && r.template === template).map((r) => r.status)

describe('GitHub client retry and throttling, over HTTP', () => {
  it('waits out a primary rate limit (429, x-ratelimit-remaining 0) and succeeds', async () => {
    const log: string[] = []
    gh.inject('POST', CHECK_RUNS, 'rate-limit')
    const { status } = await createRun(client(log))
    expect(status).toBe(201)
    expect(statuses('POST', CHECK_RUNS)).toEqual([429, 201])
    expect(log.join('\n')).toMatch(/primary rate limit on POST .*check-runs; retrying in \d+ s/)
  })

  it('waits the retry-after of a secondary rate limit (403) and succeeds', async () => {
    const log: string[] = []
    gh.inject('POST', COMMENTS, 'secondary-rate-limit')
    const t0 = Date.now()
    const { status } = await client(log).rest.issues.createComment({
      owner: 'acme',
      repo: 'x',
      issue_number: 3,
      body: 'hi',
    })
    expect(status).toBe(201)
    expect(statuses('POST', COMMENTS)).toEqual([403, 201])
    expect(log.join('\n')).toMatch(/secondary rate limit on POST .*comments; retrying in 1 s/)
    // retry-after: 1 with a 20 ms unit: the client waited, scaled.
    expect(Date.now() - t0).toBeGreaterThanOrEqual(18)
  })

  it('gives up after the configured number of rate-limit retries and surfaces the 403', async () => {
    const log: string[] = []
    gh.inject('POST', COMMENTS, 'secondary-rate-limit', 5)
    const error = await client(log, 1)
      .rest.issues.createComment({ owner: 'acme', repo: 'x', issue_number: 3, body: 'hi' })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ status: 403 })
    expect(statuses('POST', COMMENTS)).toEqual([403, 403])
    expect(log.at(-1)).toMatch(/giving up/)
  })

  it('does not sit out a primary limit that resets in an hour: fails at once, so publishing can warn', async () => {
    const log: string[] = []
    gh.faults.push({
      method: 'POST',
      template: CHECK_RUNS,
      status: 429,
      body: {
        message: 'API rate limit exceeded',
        documentation_url: 'https://docs.github.com/rest',
      },
      headers: {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      },
      times: 1,
    })
    const error = await createRun(client(log)).catch((e: unknown) => e)
    expect(error).toMatchObject({ status: 429 })
    expect(statuses('POST', CHECK_RUNS)).toEqual([429])
    expect(log.at(-1)).toMatch(/primary rate limit .*giving up/)
  })

  it('retries a 502 and then succeeds', async () => {
    gh.inject('POST', CHECK_RUNS, 'bad-gateway')
    const { status } = await createRun(client())
    expect(status).toBe(201)
    expect(statuses('POST', CHECK_RUNS)).toEqual([502, 201])
  })

  it('does not retry a permission 403', async () => {
    gh.inject('POST', CHECK_RUNS, 'read-only', 5)
    const error = await createRun(client()).catch((e: unknown) => e)
    expect(error).toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
    })
    expect(statuses('POST', CHECK_RUNS)).toEqual([403])
  })
})
