import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createGitHubClient, type GitHubClient } from '../../../src/publish/github/octokit.js'
import { ACTIONS_BOT, isOwnComment, tokenLogin, upsertStickyComment } from '../../../src/publish/github/sticky-comment.js'
import { startGitHubStandin, type GitHubStandin } from '../../support/github-api-standin.js'

let gh: GitHubStandin
let client: GitHubClient
const target = { owner: 'acme', repo: 'plant-models', issueNumber: 12 }
const MARKER = '<!-- modelgate:G1:seattle-temp-max -->'

beforeAll(async () => {
  gh = await startGitHubStandin()
  client = createGitHubClient('ghs_test', { baseUrl: gh.url, backoffMs: 5, rateLimitUnitMs: 10, writeSpacingMs: 0, log: () => {} })
}, 60_000)
afterEach(() => {
  expect(gh.violations, 'every request and response matches GitHub OpenAPI description').toEqual([])
  gh.reset()
})
afterAll(async () => {
  await gh.stop()
})

const requests = (method: string, suffix: string) => gh.requests.filter((r) => r.method === method && r.template.endsWith(suffix))

describe('sticky PR comment over HTTP', () => {
  it('creates the comment once, then updates it in place: three runs leave exactly one', async () => {
    const results = []
    for (let run = 1; run <= 3; run++) results.push(await upsertStickyComment(client, target, MARKER, () => `${MARKER}\nrun ${run}`))
    expect(results.map((r) => r.created)).toEqual([true, false, false])
    expect(new Set(results.map((r) => r.id)).size).toBe(1)
    expect(results[2]!.url).toBe(`https://github.com/acme/plant-models/pull/12#issuecomment-${results[0]!.id}`)
    expect(gh.comments).toHaveLength(1)
    expect(gh.comments[0]).toMatchObject({ user: ACTIONS_BOT, body: `${MARKER}\nrun 3` })
    expect(requests('POST', '/{issue_number}/comments')).toHaveLength(1)
    expect(requests('PATCH', '/comments/{comment_id}')).toHaveLength(2)
  })

  it('pages past 100 comments to find its own, following the Link header', async () => {
    for (let i = 0; i < 230; i++) gh.comments.push({ id: i + 1, body: `comment ${i}`, user: 'reviewer', issue: 12 })
    gh.comments.push({ id: 999, body: `${MARKER}\nold`, user: ACTIONS_BOT, issue: 12 })
    const r = await upsertStickyComment(client, target, MARKER, () => `${MARKER}\nnew`)
    expect(r).toMatchObject({ id: 999, created: false })
    expect(gh.comments).toHaveLength(231)
    expect(gh.comments.at(-1)!.body).toBe(`${MARKER}\nnew`)
    expect(requests('GET', '/{issue_number}/comments').map((q) => new URL(q.path, gh.url).searchParams.get('page') ?? '1')).toEqual(['1', '2', '3'])
  })

  it('does not touch a comment with the same marker written by someone else; creates its own', async () => {
    gh.comments.push({ id: 5, body: `copied ${MARKER}`, user: 'mallory', issue: 12 })
    const r = await upsertStickyComment(client, target, MARKER, () => `${MARKER}\nmine`)
    expect(r.created).toBe(true)
    expect(gh.comments.find((c) => c.id === 5)!.body).toBe(`copied ${MARKER}`)
    expect(requests('PATCH', '/comments/{comment_id}')).toHaveLength(0)
  })

  it('with a personal token, recognises its comments by the token user from GET /user', async () => {
    gh.tokenLogin = 'release-bot'
    gh.comments.push({ id: 7, body: `${MARKER}\nby the Actions bot`, user: ACTIONS_BOT, issue: 12 }, { id: 8, body: `${MARKER}\nby release-bot`, user: 'release-bot', issue: 12 })
    expect(await tokenLogin(client)).toBe('release-bot')
    const r = await upsertStickyComment(client, target, MARKER, () => `${MARKER}\nupdated`)
    expect(r).toMatchObject({ id: 8, created: false })
    expect(gh.comments.find((c) => c.id === 7)!.body).toContain('by the Actions bot')
  })

  it('gives the renderer its own earlier comments', async () => {
    gh.comments.push({ id: 1, body: 'G0 said <!-- modelgate:G0:seattle-temp-max -->', user: ACTIONS_BOT, issue: 12 }, { id: 2, body: 'hello', user: 'reviewer', issue: 12 })
    let seen: number[] = []
    await upsertStickyComment(client, target, MARKER, (own) => {
      seen = own.map((c) => c.id)
      return MARKER
    })
    expect(seen).toEqual([1])
  })

  it('with a GitHub App installation token (GET /user 403, a bot of its own), keeps one comment and ignores pasted markers', async () => {
    gh.botLogin = 'modelgate-release[bot]'
    gh.comments.push({ id: 5, body: `${MARKER}\npasted by a person`, user: 'mallory', issue: 12 })
    const results = []
    for (let run = 1; run <= 3; run++) results.push(await upsertStickyComment(client, target, MARKER, () => `${MARKER}\nrun ${run}`))
    expect(await tokenLogin(client)).toBeUndefined()
    expect(results.map((r) => r.created)).toEqual([true, false, false])
    expect(gh.comments.filter((c) => c.user === 'modelgate-release[bot]')).toHaveLength(1)
    expect(gh.comments.find((c) => c.id === 5)!.body).toBe(`${MARKER}\npasted by a person`)
    // Before: the login was assumed to be github-actions[bot], so an App's comments were never found and piled up.
    expect(isOwnComment({ login: 'modelgate-release[bot]', type: 'Bot' }, undefined)).toBe(true)
    expect(isOwnComment({ login: 'mallory', type: 'User' }, undefined)).toBe(false)
    expect(isOwnComment({ login: ACTIONS_BOT, type: 'Bot' }, 'release-bot')).toBe(false)
  })

  it('cleans up the duplicate a POST retried after a lost response leaves: updates the newest, deletes the older', async () => {
    // The first POST is carried out but its response is lost (502); the client retries and a second comment appears.
    gh.inject('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', 'bad-gateway-after-write')
    await upsertStickyComment(client, target, MARKER, () => `${MARKER}\nrun 1`)
    expect(gh.comments.filter((c) => c.body.startsWith(MARKER))).toHaveLength(2)
    const [older, newer] = gh.comments
    const r = await upsertStickyComment(client, target, MARKER, () => `${MARKER}\nrun 2`)
    expect(r).toMatchObject({ id: newer!.id, created: false, deleted: [older!.id] })
    expect(gh.comments.map((c) => c.id)).toEqual([newer!.id])
    expect(gh.comments[0]!.body).toBe(`${MARKER}\nrun 2`)
    expect(requests('DELETE', '/comments/{comment_id}').map((q) => q.status)).toEqual([204])
  })

  it('keeps comments of other gates and models, and only deletes its own copies', async () => {
    const other = '<!-- modelgate:G1:another-model -->'
    gh.comments.push(
      { id: 1, body: `${MARKER}\nold`, user: ACTIONS_BOT, issue: 12 },
      { id: 2, body: `${other}\nother model`, user: ACTIONS_BOT, issue: 12 },
      { id: 3, body: `${MARKER}\nby a person`, user: 'mallory', issue: 12 },
      { id: 4, body: `${MARKER}\nnewer`, user: ACTIONS_BOT, issue: 12 },
    )
    const r = await upsertStickyComment(client, target, MARKER, () => `${MARKER}\nnew`)
    expect(r).toMatchObject({ id: 4, deleted: [1] })
    expect(gh.comments.map((c) => c.id)).toEqual([2, 3, 4])
  })
})
