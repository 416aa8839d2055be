import type { GitHubClient } from './octokit.js'

/** The login GITHUB_TOKEN acts as. */
export const ACTIONS_BOT = 'github-actions[bot]'

export interface CommentTarget {
  owner: string
  repo: string
  issueNumber: number
}

export interface OwnComment {
  id: number
  body: string
  createdAt?: string
}

/**
 * Who the token acts as. A user token (PAT) answers GET /user with its
 * login. Installation tokens (GITHUB_TOKEN, and a GitHub App's token) get
 * 403 there, and their bot login cannot be known in advance; `undefined`
 * stands for "a GitHub App bot", which `isOwnComment` handles.
 */
export async function tokenLogin(gh: GitHubClient): Promise<string | undefined> {
  try {
    const { data } = await gh.rest.users.getAuthenticated()
    return data.login
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 401) return undefined
    throw error
  }
}

/**
 * Whether a comment is this token's own. With a known login: written by it.
 * With an installation token: written by a Bot account (a GitHub App; no
 * person can own one), so both GITHUB_TOKEN and an App's token find their
 * comments, while a user who pastes the hidden marker into their own comment
 * never matches.
 */
export function isOwnComment(author: { login?: string; type?: string } | null | undefined, login: string | undefined): boolean {
  if (!author) return false
  return login !== undefined ? author.login === login : author.type === 'Bot'
}

/** Every comment on the issue or pull request this token wrote (see `isOwnComment`), oldest first, across all pages. */
export async function listOwnComments(gh: GitHubClient, t: CommentTarget, login: string | undefined): Promise<OwnComment[]> {
  const own: OwnComment[] = []
  for await (const page of gh.paginate.iterator(gh.rest.issues.listComments, { owner: t.owner, repo: t.repo, issue_number: t.issueNumber, per_page: 100 })) {
    for (const c of page.data) if (isOwnComment(c.user, login)) own.push({ id: c.id, body: c.body ?? '', createdAt: c.created_at })
  }
  return own.sort((a, b) => (a.createdAt ?? '').localeCompare(b.createdAt ?? '') || a.id - b.id)
}

/** This token's comments on a pull request, read once and shared by the chain and the sticky comment. */
export async function readOwnComments(gh: GitHubClient, t: CommentTarget): Promise<OwnComment[]> {
  return listOwnComments(gh, t, await tokenLogin(gh))
}

export interface UpsertResult {
  id: number
  url: string
  created: boolean
  /** Older copies of the comment (a POST retried after a lost response) that were deleted. */
  deleted: number[]
}

/**
 * Creates the comment, or updates in place this token's newest comment that
 * starts with `marker` (a user pasting the marker cannot hijack it: see
 * `isOwnComment`). Older own comments with the same marker, such as the
 * duplicate a POST retried after a 502 leaves, are deleted. `render`
 * receives this identity's comments, so the body can reflect what earlier
 * gates reported; `own` passes them when the caller already read them.
 */
export async function upsertStickyComment(
  gh: GitHubClient,
  t: CommentTarget,
  marker: string,
  render: (own: OwnComment[]) => string,
  own?: OwnComment[],
  onDeleteError: (id: number, error: unknown) => void = () => {},
): Promise<UpsertResult> {
  const comments = own ?? (await readOwnComments(gh, t))
  const mine = comments.filter((c) => c.body === marker || c.body.startsWith(`${marker}\n`))
  const body = render(comments)
  const newest = mine.at(-1)
  const deleted: number[] = []
  for (const old of mine.slice(0, -1)) {
    try {
      await gh.rest.issues.deleteComment({ owner: t.owner, repo: t.repo, comment_id: old.id })
      deleted.push(old.id)
    } catch (error) {
      onDeleteError(old.id, error)
    }
  }
  if (newest) {
    const { data } = await gh.rest.issues.updateComment({ owner: t.owner, repo: t.repo, comment_id: newest.id, body })
    return { id: data.id, url: data.html_url, created: false, deleted }
  }
  const { data } = await gh.rest.issues.createComment({ owner: t.owner, repo: t.repo, issue_number: t.issueNumber, body })
  return { id: data.id, url: data.html_url, created: true, deleted }
}
