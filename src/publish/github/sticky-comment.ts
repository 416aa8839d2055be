import type { GitHubClient } from './octokit.js'

/** The login GITHUB_TOKEN acts as; GET /user answers 403 for it. */
export const ACTIONS_BOT = 'github-actions[bot]'

export interface CommentTarget {
  owner: string
  repo: string
  issueNumber: number
}

export interface OwnComment {
  id: number
  body: string
}

/** Who the token acts as: its user for a personal token, the Actions bot for GITHUB_TOKEN. */
export async function tokenLogin(gh: GitHubClient): Promise<string> {
  try {
    const { data } = await gh.rest.users.getAuthenticated()
    return data.login
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 401) return ACTIONS_BOT
    throw error
  }
}

/** Every comment on the issue or pull request written by `login`, across all pages. */
export async function listOwnComments(gh: GitHubClient, t: CommentTarget, login: string): Promise<OwnComment[]> {
  const own: OwnComment[] = []
  for await (const page of gh.paginate.iterator(gh.rest.issues.listComments, { owner: t.owner, repo: t.repo, issue_number: t.issueNumber, per_page: 100 })) {
    for (const c of page.data) if (c.user?.login === login) own.push({ id: c.id, body: c.body ?? '' })
  }
  return own
}

/**
 * Creates the comment, or updates in place the earlier one that carries
 * `marker` AND was written by the token's own identity (a user pasting the
 * marker cannot hijack it). `render` receives this identity's comments, so
 * the body can reflect what earlier gates reported.
 */
export async function upsertStickyComment(
  gh: GitHubClient,
  t: CommentTarget,
  marker: string,
  render: (own: OwnComment[]) => string,
): Promise<{ id: number; url: string; created: boolean }> {
  const self = await tokenLogin(gh)
  const own = await listOwnComments(gh, t, self)
  const existing = own.find((c) => c.body.includes(marker))
  const body = render(own)
  if (existing) {
    const { data } = await gh.rest.issues.updateComment({ owner: t.owner, repo: t.repo, comment_id: existing.id, body })
    return { id: data.id, url: data.html_url, created: false }
  }
  const { data } = await gh.rest.issues.createComment({ owner: t.owner, repo: t.repo, issue_number: t.issueNumber, body })
  return { id: data.id, url: data.html_url, created: true }
}
