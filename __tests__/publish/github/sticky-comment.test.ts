import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { statusTag } from '../../../src/publish/github/comment-body.js'
import { createGitHubClient, type GitHubClient } from '../../../src/github/octokit.js'
import {
  listComments,
  upsertStickyComment,
  userIdentity,
  writtenBy,
  type PrComment,
  type TokenIdentity,
} from '../../../src/publish/github/sticky-comment.js'
import {
  ACTIONS_BOT,
  appId,
  startGitHubStandin,
  userId,
  type GitHubStandin,
} from '../../support/github-api-standin.js'

let gh: GitHubStandin
let client: GitHubClient
const target = { owner: 'acme', repo: 'plant-models', issueNumber: 12 }
const MARKER = '<!-- modelgate:G1:seattle-temp-max -->'
const SHA = 'b'.repeat(40)
/** A sticky comment's first two lines, as modelgate writes them. */
const HEAD = `${MARKER}\n${statusTag('pass', SHA)}`
/** GITHUB_TOKEN's identity, as the check run it creates proves it. */
const ACTIONS: TokenIdentity = { kind: 'app', id: appId('github-actions'), slug: 'github-actions' }

beforeAll(async () => {
  gh = await startGitHubStandin()
  client = createGitHubClient('ghs_test', {
    baseUrl: gh.url,
    backoffMs: 5,
    rateLimitUnitMs: 10,
    writeSpacingMs: 0,
    log: () => {},
  })
}, 60_000)
afterEach(() => {
  expect(
    gh.violations,
    'every request and response matches GitHub OpenAPI description; no other author is edited or deleted',
  ).toEqual([])
  gh.reset()
})
afterAll(async () => {
  await gh.stop()
})

const requests = (method: string, suffix: string) =>
  gh.requests.filter((r) => r.method === method && r.template.endsWith(suffix))
/** One run: read the comments, then write. `null`: the token's identity is not known. */
const upsert = async (
  text: string,
  identity: TokenIdentity | null = ACTIONS,
  render?: (own: readonly PrComment[]) => string,
) =>
  upsertStickyComment(
    client,
    target,
    MARKER,
    render ?? (() => `${HEAD}\n${text}`),
    await listComments(client, target),
    identity ?? undefined,
  )

describe('sticky PR comment over HTTP', () => {
  it('creates the comment once, then updates it in place: three runs leave exactly one', async () => {
    const results = []
    for (let run = 1; run <= 3; run++) results.push(await upsert(`run ${run}`))
    expect(results.map((r) => r.created)).toEqual([true, false, false])
    expect(new Set(results.map((r) => r.id)).size).toBe(1)
    expect(results[2]!.url).toBe(
      `https://github.com/acme/plant-models/pull/12#issuecomment-${results[0]!.id}`,
    )
    expect(gh.comments).toHaveLength(1)
    expect(gh.comments[0]).toMatchObject({ user: ACTIONS_BOT, body: `${HEAD}\nrun 3` })
    expect(requests('POST', '/{issue_number}/comments')).toHaveLength(1)
    expect(requests('PATCH', '/comments/{comment_id}')).toHaveLength(2)
  })

  it('pages past 100 comments to find its own, following the Link header', async () => {
    for (let i = 0; i < 230; i++)
      gh.comments.push({ id: i + 1, body: `comment ${i}`, user: 'reviewer', issue: 12 })
    gh.comments.push({ id: 999, body: `${HEAD}\nold`, user: ACTIONS_BOT, issue: 12 })
    const r = await upsert('new')
    expect(r).toMatchObject({ id: 999, created: false })
    expect(gh.comments).toHaveLength(231)
    expect(gh.comments.at(-1)!.body).toBe(`${HEAD}\nnew`)
    expect(
      requests('GET', '/{issue_number}/comments').map(
        (q) => new URL(q.path, gh.url).searchParams.get('page') ?? '1',
      ),
    ).toEqual(['1', '2', '3'])
  })

  it('does not touch a comment with the marker written by a person; creates its own', async () => {
    gh.comments.push({ id: 5, body: `${HEAD}\npasted by a person`, user: 'mallory', issue: 12 })
    const r = await upsert('mine')
    expect(r.created).toBe(true)
    expect(gh.comments.find((c) => c.id === 5)!.body).toBe(`${HEAD}\npasted by a person`)
    expect(requests('PATCH', '/comments/{comment_id}')).toHaveLength(0)
    expect(requests('DELETE', '/comments/{comment_id}')).toHaveLength(0)
  })

  it('does not take a comment that quotes the marker and status tag below its first line, even by its own bot', async () => {
    gh.comments.push({
      id: 6,
      body: `A reply quoting modelgate:\n${HEAD}`,
      user: ACTIONS_BOT,
      issue: 12,
    })
    const r = await upsert('mine')
    expect(r).toMatchObject({ created: true, deleted: [] })
    expect(gh.comments.find((c) => c.id === 6)!.body).toBe(`A reply quoting modelgate:\n${HEAD}`)
  })

  it("never edits or deletes another App's comment that starts with the marker; updates its own", async () => {
    // Before: any Bot's comment counted as "own": modelgate PATCHed the other App's newest copy (GitHub answers 403),
    // never wrote its own, and deleted that App's older copies.
    gh.comments.push(
      {
        id: 1,
        body: `${HEAD}\nother app, older`,
        user: 'other-app[bot]',
        issue: 12,
        createdAt: '2026-01-01T00:00:01Z',
      },
      {
        id: 2,
        body: `${HEAD}\nours`,
        user: ACTIONS_BOT,
        issue: 12,
        createdAt: '2026-01-01T00:00:02Z',
      },
      {
        id: 3,
        body: `${HEAD}\nother app, newer`,
        user: 'other-app[bot]',
        issue: 12,
        createdAt: '2026-01-01T00:00:03Z',
      },
    )
    const r = await upsert('updated')
    expect(r).toMatchObject({ id: 2, created: false, deleted: [] })
    expect(gh.comments.map((c) => [c.id, c.body.split('\n').at(-1)])).toEqual([
      [1, 'other app, older'],
      [2, 'updated'],
      [3, 'other app, newer'],
    ])
    expect(requests('PATCH', '/comments/{comment_id}').map((q) => q.path)).toEqual([
      '/repos/acme/plant-models/issues/comments/2',
    ])
  })

  it("with an installation token whose App is not known: creates a new comment, then deletes only its own author's older copies", async () => {
    gh.comments.push(
      { id: 1, body: `${HEAD}\nours, run 1`, user: ACTIONS_BOT, issue: 12 },
      { id: 2, body: `${HEAD}\nanother App`, user: 'other-app[bot]', issue: 12 },
      { id: 3, body: `${HEAD}\na person`, user: 'mallory', issue: 12 },
      { id: 4, body: `${HEAD}\nours, run 2`, user: ACTIONS_BOT, issue: 12 },
    )
    const r = await upsert('run 3', null)
    expect(r.created).toBe(true)
    expect(r.deleted).toEqual([1, 4])
    expect(gh.comments.map((c) => c.id)).toEqual([2, 3, r.id])
  })

  it('renders again with the comments of the author GitHub names, when it had to create without knowing it', async () => {
    const g0 = `<!-- modelgate:G0:seattle-temp-max -->\n${statusTag('pass', SHA)}\nG0`
    gh.comments.push(
      { id: 1, body: g0, user: ACTIONS_BOT, issue: 12 },
      { id: 2, body: g0.replace('pass', 'fail'), user: 'other-app[bot]', issue: 12 },
    )
    const seen: number[][] = []
    const r = await upsert('', null, (own) => {
      seen.push(own.map((c) => c.id))
      return `${HEAD}\nown: ${own.map((c) => c.id).join(',')}`
    })
    // First unknown (nothing provably ours), then its own G0 comment: never the other App's.
    expect(seen).toEqual([[], [1]])
    expect(gh.comments.find((c) => c.id === r.id)!.body).toBe(`${HEAD}\nown: 1`)
  })

  it('with a personal token, recognises its comments by the account id from GET /user, not those it made through an App', async () => {
    gh.tokenLogin = 'release-bot'
    gh.comments.push(
      { id: 7, body: `${HEAD}\nby the Actions bot`, user: ACTIONS_BOT, issue: 12 },
      { id: 8, body: `${HEAD}\nby release-bot`, user: 'release-bot', issue: 12 },
      {
        id: 9,
        body: `${HEAD}\nby release-bot through an App`,
        user: 'release-bot',
        issue: 12,
        viaApp: 'some-app',
      },
    )
    const identity = (await userIdentity(client))!
    expect(identity).toEqual({ kind: 'user', id: userId('release-bot'), login: 'release-bot' })
    const r = await upsert('updated', identity)
    expect(r).toMatchObject({ id: 8, created: false, deleted: [] })
    expect(gh.comments.map((c) => c.body.split('\n').at(-1))).toEqual([
      'by the Actions bot',
      'updated',
      'by release-bot through an App',
    ])
  })

  it("knows an App's bot by its login when GitHub names no App on the comment", async () => {
    gh.botLogin = 'plant-release[bot]'
    const app: TokenIdentity = { kind: 'app', id: appId('plant-release'), slug: 'plant-release' }
    expect(await userIdentity(client)).toBeUndefined()
    gh.comments.push(
      { id: 1, body: `${HEAD}\nold`, user: 'plant-release[bot]', issue: 12, viaApp: null },
      { id: 2, body: `${HEAD}\nlook-alike`, user: 'plant-release-2[bot]', issue: 12, viaApp: null },
    )
    const [ours, other] = await listComments(client, target)
    expect([
      writtenBy(ours!.author, app),
      writtenBy(other!.author, app),
      writtenBy(ours!.author, ACTIONS),
    ]).toEqual([true, false, false])
    expect(await upsert('new', app)).toMatchObject({ id: 1, created: false })
  })

  it('cleans up the duplicate a POST retried after a lost response leaves: updates the newest, deletes the older', async () => {
    // The first POST is carried out but its response is lost (502); the client retries and a second comment appears.
    gh.inject(
      'POST',
      '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      'bad-gateway-after-write',
    )
    await upsert('run 1')
    expect(gh.comments.filter((c) => c.body.startsWith(MARKER))).toHaveLength(2)
    const [older, newer] = gh.comments
    const r = await upsert('run 2')
    expect(r).toMatchObject({ id: newer!.id, created: false, deleted: [older!.id] })
    expect(gh.comments.map((c) => c.id)).toEqual([newer!.id])
    expect(gh.comments[0]!.body).toBe(`${HEAD}\nrun 2`)
    expect(requests('DELETE', '/comments/{comment_id}').map((q) => q.status)).toEqual([204])
  })

  it('keeps comments of other gates and models, and only deletes its own copies', async () => {
    const other = `<!-- modelgate:G1:another-model -->\n${statusTag('pass', SHA)}`
    gh.comments.push(
      { id: 1, body: `${HEAD}\nold`, user: ACTIONS_BOT, issue: 12 },
      { id: 2, body: `${other}\nother model`, user: ACTIONS_BOT, issue: 12 },
      { id: 3, body: `${HEAD}\nby a person`, user: 'mallory', issue: 12 },
      { id: 4, body: `${HEAD}\nnewer`, user: ACTIONS_BOT, issue: 12 },
    )
    const r = await upsert('new')
    expect(r).toMatchObject({ id: 4, deleted: [1] })
    expect(gh.comments.map((c) => c.id)).toEqual([2, 3, 4])
  })
})
