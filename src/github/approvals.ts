import { InputError } from '../contract/errors.js'
import type {
  Approval,
  ApprovalsRequest,
  ApprovalsSource,
  Author,
  CollectedApprovals,
} from '../approvals/types.js'
import type { GitHubClient } from './octokit.js'
import { isPermissionError } from './permissions.js'

/** What each approval read needs in the job's `permissions:` (and teams, in the token). */
export const APPROVALS_PERMISSION = {
  runApprovals: 'actions: read',
  reviews: 'pull-requests: read',
  commits: 'contents: read',
  teams: 'organization members: read (a token other than GITHUB_TOKEN)',
} as const

export interface RunRef {
  owner: string
  repo: string
  runId: number
  /** The run's commit (GITHUB_SHA, or a workflow_run's head). */
  sha: string
  /** The pull request the event is about, when it is one. */
  pullRequest?: number
  /** The pull request's head the event named (pull_request events: GITHUB_SHA is a merge commit of it). */
  pullRequestHead?: string
  /** Who started this attempt (GITHUB_TRIGGERING_ACTOR: a re-run's actor may differ from GITHUB_ACTOR). */
  triggeringActor?: string
}

/**
 * Approvals from GitHub's REST API: the run's environment approvals
 * (`GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals`), else the
 * reviews of the pull request the commit belongs to; the model's authors
 * from the pull request's author and the latest commits that changed each
 * author path. Every failed read is an InputError naming the permission.
 */
export function githubApprovalsSource(gh: GitHubClient, run: RunRef): ApprovalsSource {
  const { owner, repo } = run
  return {
    kind: 'github',
    async collect(request: ApprovalsRequest): Promise<CollectedApprovals> {
      const tried: CollectedApprovals['tried'] = []
      const fromRun = await readRunApprovals(gh, run)
      const relevant = fromRun.filter((a) =>
        a.environments?.some((e) => request.environments.includes(e)),
      )
      if (fromRun.length > 0 && relevant.length === 0) {
        const waited = [...new Set(fromRun.flatMap((a) => a.environments ?? []))]
        throw new InputError({
          ...request.environmentsPointer,
          message: `Run ${run.runId} never waited on ${request.environments.join(' or ')}: its environment approvals are for ${waited.join(', ')}`,
          expected: `the environment(s) of the sign-off jobs (their environment:), ${request.environments.join(', ')}`,
          found: waited.join(', '),
        })
      }
      tried.push({
        source: 'environment',
        found:
          fromRun.length > 0
            ? `${relevant.length} decisions for ${request.environments.join(', ')} on run ${run.runId}`
            : `no environment approvals on run ${run.runId} (no job of this run waited on an environment with required reviewers)`,
      })
      const pr = await findPullRequest(gh, run)
      const authors: Author[] = []
      let reviews: Approval[] = []
      if (pr) {
        if (pr.author)
          authors.push({ login: pr.author, because: `the author of pull request #${pr.number}` })
        reviews = await readReviews(gh, owner, repo, pr.number)
        tried.push({
          source: 'pull-request',
          found: `${reviews.length} reviews on pull request #${pr.number} (head ${pr.headSha.slice(0, 7)})`,
        })
      } else tried.push({ source: 'pull-request', found: `no pull request for commit ${run.sha}` })
      for (const p of request.authorPaths)
        authors.push(...(await commitAuthors(gh, run, p.path, request.authorCommits)))
      const useRun = relevant.length > 0 || !pr || reviews.length === 0
      return {
        source: useRun ? 'environment' : 'pull-request',
        tried,
        approvals: useRun ? fromRun : reviews,
        ...(pr ? { pullRequest: pr.number } : {}),
        ...(!useRun && pr ? { reviewCommit: judgedHead(run, pr) } : {}),
        authors,
        ...(run.triggeringActor ? { actors: [run.triggeringActor] } : {}),
      }
    },
    async teamMembers(org: string, slug: string): Promise<string[]> {
      try {
        const members = await gh.paginate(gh.rest.teams.listMembersInOrg, {
          org,
          team_slug: slug,
          per_page: 100,
        })
        return members.map((m) => m.login)
      } catch (error) {
        throw apiError(error, `GET /orgs/${org}/teams/${slug}/members`, APPROVALS_PERMISSION.teams)
      }
    },
  }
}

async function readRunApprovals(gh: GitHubClient, run: RunRef): Promise<Approval[]> {
  try {
    const { data } = await gh.rest.actions.getReviewsForRun({
      owner: run.owner,
      repo: run.repo,
      run_id: run.runId,
    })
    return data.map((a) => ({
      login: a.user.login,
      userId: a.user.id,
      bot: a.user.type === 'Bot' || a.user.login.endsWith('[bot]'),
      state: a.state === 'approved' ? 'approved' : a.state === 'rejected' ? 'rejected' : 'pending',
      source: 'environment' as const,
      environments: a.environments.map((e) => e.name ?? ''),
      commit: run.sha,
      comment: a.comment,
    }))
  } catch (error) {
    throw apiError(
      error,
      `GET /repos/${run.owner}/${run.repo}/actions/runs/${run.runId}/approvals`,
      APPROVALS_PERMISSION.runApprovals,
    )
  }
}

interface PullRef {
  number: number
  headSha: string
  mergeCommitSha?: string
  author?: string
}

/**
 * The commit a review must have approved: the head the event named, else the
 * pull request's head when the run judges that head or its merge; else the
 * run's own commit (the pull request moved on: its approvals are of other code).
 */
function judgedHead(run: RunRef, pr: PullRef): string {
  if (run.pullRequestHead) return run.pullRequestHead
  return pr.headSha === run.sha || pr.mergeCommitSha === run.sha ? pr.headSha : run.sha
}

/** The event's pull request, else the one the run's commit belongs to (a merge on the default branch). */
async function findPullRequest(gh: GitHubClient, run: RunRef): Promise<PullRef | undefined> {
  const what = `pull request of commit ${run.sha}`
  try {
    let number = run.pullRequest
    if (number === undefined) {
      const { data } = await gh.rest.repos.listPullRequestsAssociatedWithCommit({
        owner: run.owner,
        repo: run.repo,
        commit_sha: run.sha,
      })
      // Only a pull request whose head or merge is this commit: one that merely contains it approved other code.
      const pick = data.find((p) => p.merge_commit_sha === run.sha || p.head.sha === run.sha)
      if (!pick) return undefined
      number = pick.number
    }
    const { data: pr } = await gh.rest.pulls.get({
      owner: run.owner,
      repo: run.repo,
      pull_number: number,
    })
    return {
      number: pr.number,
      headSha: pr.head.sha,
      ...(pr.merge_commit_sha ? { mergeCommitSha: pr.merge_commit_sha } : {}),
      ...(pr.user ? { author: pr.user.login } : {}),
    }
  } catch (error) {
    throw apiError(error, `GET the ${what}`, APPROVALS_PERMISSION.reviews)
  }
}

const REVIEW_STATE: Record<string, Approval['state']> = {
  APPROVED: 'approved',
  CHANGES_REQUESTED: 'changes_requested',
  COMMENTED: 'commented',
  DISMISSED: 'dismissed',
  PENDING: 'pending',
}

async function readReviews(
  gh: GitHubClient,
  owner: string,
  repo: string,
  pull: number,
): Promise<Approval[]> {
  try {
    const reviews = await gh.paginate(gh.rest.pulls.listReviews, {
      owner,
      repo,
      pull_number: pull,
      per_page: 100,
    })
    return reviews.flatMap((r) =>
      r.user
        ? [
            {
              login: r.user.login,
              userId: r.user.id,
              bot: r.user.type === 'Bot' || r.user.login.endsWith('[bot]'),
              state: REVIEW_STATE[r.state] ?? 'commented',
              source: 'pull-request' as const,
              ...(r.commit_id ? { commit: r.commit_id } : {}),
              ...(r.submitted_at ? { at: r.submitted_at } : {}),
              comment: r.body,
            },
          ]
        : [],
    )
  } catch (error) {
    throw apiError(
      error,
      `GET /repos/${owner}/${repo}/pulls/${pull}/reviews`,
      APPROVALS_PERMISSION.reviews,
    )
  }
}

async function commitAuthors(
  gh: GitHubClient,
  run: RunRef,
  path: string,
  count: number,
): Promise<Author[]> {
  try {
    const { data } = await gh.rest.repos.listCommits({
      owner: run.owner,
      repo: run.repo,
      sha: run.sha,
      path,
      per_page: count,
    })
    return data.slice(0, count).map((c) => ({
      ...(c.author?.login ? { login: c.author.login } : {}),
      ...(c.commit.author?.name ? { name: c.commit.author.name } : {}),
      ...(c.commit.author?.email ? { email: c.commit.author.email } : {}),
      because: `commit ${c.sha.slice(0, 7)} changed ${path}`,
    }))
  } catch (error) {
    throw apiError(
      error,
      `GET /repos/${run.owner}/${run.repo}/commits?path=${path}`,
      APPROVALS_PERMISSION.commits,
    )
  }
}

/** A failed read, as an error that names the permission the job needs. */
function apiError(error: unknown, what: string, permission: string): InputError {
  const e = error as { status?: number; message?: string }
  const found = `HTTP ${e.status ?? '?'}: ${e.message ?? String(error)}`
  if (e.status === 403 && isPermissionError(error))
    return new InputError({
      message: `${what} was refused: the token lacks ${permission}`,
      expected: `permissions: ${permission} for the job (and github-token set)`,
      found,
    })
  if (e.status === 404)
    return new InputError({
      message: `${what} answered 404: not found, or hidden from a token without ${permission}`,
      expected: `the repository, run and token of this workflow, with ${permission}`,
      found,
    })
  return new InputError({
    message: `${what} failed`,
    expected: 'an answer from the GitHub API',
    found,
  })
}
