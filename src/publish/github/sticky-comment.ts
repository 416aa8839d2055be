import { isStickyComment } from './comment-body.js'
import type { GitHubClient } from '../../github/octokit.js'

export interface CommentTarget {
  owner: string
  repo: string
  issueNumber: number
}

/** Who wrote a comment: the account, and the GitHub App it acted through when GitHub says so. */
export interface CommentAuthor {
  userId: number
  login: string
  bot: boolean
  /** `performed_via_github_app.id`, when present. */
  appId?: number
}

export interface PrComment {
  id: number
  body: string
  createdAt?: string
  /** Absent for a comment whose author GitHub no longer knows (a deleted account). */
  author?: CommentAuthor
}

/**
 * Who the token acts as, when that can be proved: a user token (a personal
 * token) by GET /user; an installation token (GITHUB_TOKEN, a GitHub App's
 * token), which gets 403 there, by the App a check run it created belongs to.
 */
export type TokenIdentity =
  { kind: 'user'; id: number; login: string } | { kind: 'app'; id: number; slug: string }

type ApiUser = { id: number; login: string; type?: string } | null | undefined
type ApiApp = { id: number } | null | undefined

/** The author of a comment as the REST API describes it (`user` and `performed_via_github_app`). */
export function authorOf(user: ApiUser, app: ApiApp): CommentAuthor | undefined {
  if (!user) return undefined
  return {
    userId: user.id,
    login: user.login,
    bot: user.type === 'Bot',
    ...(app ? { appId: app.id } : {}),
  }
}

/** One key per author: the App a comment was made through when GitHub names one, else the account. */
export function authorKey(a: CommentAuthor): string {
  return a.appId !== undefined ? `app:${a.appId}` : `user:${a.userId}`
}

/**
 * Whether the token's proved identity wrote a comment. A user: the same
 * account id, not acting through an App. An App: a bot account acting
 * through that App, or (when GitHub names no App) the App's own bot account
 * `<slug>[bot]`, a login no person can register.
 */
export function writtenBy(
  author: CommentAuthor | undefined,
  identity: TokenIdentity | undefined,
): boolean {
  if (!author || !identity) return false
  if (identity.kind === 'user') return author.appId === undefined && author.userId === identity.id
  return (
    author.bot &&
    (author.appId !== undefined
      ? author.appId === identity.id
      : author.login === `${identity.slug}[bot]`)
  )
}

/** The token's user from GET /user; undefined for an installation token, which gets 403 (or 401) there. */
export async function userIdentity(gh: GitHubClient): Promise<TokenIdentity | undefined> {
  try {
    const { data } = await gh.rest.users.getAuthenticated()
    return { kind: 'user', id: data.id, login: data.login }
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 401) return undefined
    throw error
  }
}

/** Every comment on the issue or pull request with its author, oldest first, across all pages (100 per request). */
export async function listComments(gh: GitHubClient, t: CommentTarget): Promise<PrComment[]> {
  const all: PrComment[] = []
  for await (const page of gh.paginate.iterator(gh.rest.issues.listComments, {
    owner: t.owner,
    repo: t.repo,
    issue_number: t.issueNumber,
    per_page: 100,
  })) {
    for (const c of page.data) {
      const author = authorOf(c.user, c.performed_via_github_app)
      all.push({
        id: c.id,
        body: c.body ?? '',
        createdAt: c.created_at,
        ...(author ? { author } : {}),
      })
    }
  }
  return all.sort((a, b) => (a.createdAt ?? '').localeCompare(b.createdAt ?? '') || a.id - b.id)
}

export interface UpsertResult {
  id: number
  url: string
  created: boolean
  /** Older copies by the same author (a POST retried after a lost response, a run that could not prove its identity) that were deleted. */
  deleted: number[]
}

/**
 * Writes the sticky comment `marker` names (marker on the first line, status
 * tag on the second; see `isStickyComment`):
 * - the newest such comment the token's identity provably wrote is updated
 *   in place, and older ones by the same author are deleted;
 * - when no such comment can be proved ours (none yet, or an installation
 *   token whose App is not known), a new one is created; GitHub's answer
 *   names its author, so older copies by that author are then deleted, and
 *   the body is rendered again with that author's comments (and updated
 *   once if it changed).
 * `render` receives the comments the writer provably wrote (the chain of
 * gates comes from them). A comment by any other author, person or App, is
 * never edited or deleted, whatever its first lines say.
 */
export async function upsertStickyComment(
  gh: GitHubClient,
  t: CommentTarget,
  marker: string,
  render: (own: readonly PrComment[]) => string,
  comments: readonly PrComment[],
  identity: TokenIdentity | undefined,
  onDeleteError: (id: number, error: unknown) => void = () => {},
): Promise<UpsertResult> {
  const sticky = comments.filter((c) => isStickyComment(c.body, marker))
  const proven = sticky.filter((c) => writtenBy(c.author, identity)).at(-1)
  const byAuthor = (key: string | undefined) =>
    comments.filter(
      (c) => key !== undefined && c.author !== undefined && authorKey(c.author) === key,
    )
  let written: { id: number; url: string; created: boolean; key: string | undefined }
  if (proven) {
    const key = authorKey(proven.author!)
    const { data } = await gh.rest.issues.updateComment({
      owner: t.owner,
      repo: t.repo,
      comment_id: proven.id,
      body: render(byAuthor(key)),
    })
    written = { id: data.id, url: data.html_url, created: false, key }
  } else {
    const body = render(comments.filter((c) => writtenBy(c.author, identity)))
    const { data } = await gh.rest.issues.createComment({
      owner: t.owner,
      repo: t.repo,
      issue_number: t.issueNumber,
      body,
    })
    const author = authorOf(data.user, data.performed_via_github_app)
    const key = author ? authorKey(author) : undefined
    written = { id: data.id, url: data.html_url, created: true, key }
    const again = render(byAuthor(key))
    if (again !== body)
      await gh.rest.issues.updateComment({
        owner: t.owner,
        repo: t.repo,
        comment_id: data.id,
        body: again,
      })
  }
  const deleted: number[] = []
  for (const old of sticky) {
    if (
      old.id === written.id ||
      written.key === undefined ||
      !old.author ||
      authorKey(old.author) !== written.key
    )
      continue
    try {
      await gh.rest.issues.deleteComment({ owner: t.owner, repo: t.repo, comment_id: old.id })
      deleted.push(old.id)
    } catch (error) {
      onDeleteError(old.id, error)
    }
  }
  return { id: written.id, url: written.url, created: written.created, deleted }
}
