import type { GitHubClient } from './octokit.js'

/** The login GITHUB_TOKEN acts as; GET /user answers 403 for it. */
export const ACTIONS_BOT = 'github-actions[bot]'

export interface StickyComment {
  owner: string
  repo: string
  issueNumber: number
  /** Hidden marker that identifies this gate's comment, e.g. <!-- modelgate:G1:model-name --> */
  marker: string
  body: string
}

/** Who the token acts as: its user for a personal token, the Actions bot for GITHUB_TOKEN. */
async function tokenLogin(gh: GitHubClient): Promise<string> {
  try {
    const { data } = await gh.rest.users.getAuthenticated()
    return data.login
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 401) return ACTIONS_BOT
    throw error
  }
}

/**
 * Creates the comment, or updates the earlier one in place: the one that
 * carries the marker AND was written by the token's own identity (a user
 * pasting the marker cannot hijack it). Pages through every comment.
 */
export async function upsertStickyComment(gh: GitHubClient, c: StickyComment): Promise<{ id: number; url: string; created: boolean }> {
  const self = await tokenLogin(gh)
  let existing: number | undefined
  for await (const page of gh.paginate.iterator(gh.rest.issues.listComments, { owner: c.owner, repo: c.repo, issue_number: c.issueNumber, per_page: 100 })) {
    const hit = page.data.find((comment) => comment.user?.login === self && (comment.body ?? '').includes(c.marker))
    if (hit) {
      existing = hit.id
      break
    }
  }
  if (existing !== undefined) {
    const { data } = await gh.rest.issues.updateComment({ owner: c.owner, repo: c.repo, comment_id: existing, body: c.body })
    return { id: data.id, url: data.html_url, created: false }
  }
  const { data } = await gh.rest.issues.createComment({ owner: c.owner, repo: c.repo, issue_number: c.issueNumber, body: c.body })
  return { id: data.id, url: data.html_url, created: true }
}
