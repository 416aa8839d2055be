import type { context } from '@actions/github'
import { readEventPayload } from '../engine/run-context.js'
import type { GitHubClient } from './octokit.js'

/** What publishing reads from @actions/github's `context` (tests pass plain objects). */
export type GitHubContext = Pick<
  typeof context,
  'repo' | 'sha' | 'payload' | 'eventName' | 'runId' | 'serverUrl'
>

export interface PullRequestRef {
  number: number
  /** The PR's head commit: what its checks are shown on (GITHUB_SHA is the merge commit). */
  headSha: string
}

/**
 * The context @actions/github would build, from the runner's environment and
 * event file (read here rather than through its module-level singleton, so
 * that the caller's environment is the one used); undefined outside a
 * repository.
 */
export function contextFromEnv(env: NodeJS.ProcessEnv): GitHubContext | undefined {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  if (!owner || !repo) return undefined
  return {
    repo: { owner, repo },
    sha: env.GITHUB_SHA ?? '',
    eventName: env.GITHUB_EVENT_NAME ?? 'unknown',
    runId: Number(env.GITHUB_RUN_ID ?? 0),
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    payload: readEventPayload(env.GITHUB_EVENT_PATH),
  }
}

/** The pull request an event is about, from its payload; undefined for push, schedule, dispatch... */
export function pullRequestOf(ctx: GitHubContext): PullRequestRef | undefined {
  const pr = ctx.payload.pull_request as { number?: unknown; head?: { sha?: unknown } } | undefined
  if (!pr || typeof pr.number !== 'number' || typeof pr.head?.sha !== 'string') return undefined
  return { number: pr.number, headSha: pr.head.sha }
}

export function runUrlOf(ctx: GitHubContext): string {
  return `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/actions/runs/${ctx.runId}`
}

/** The run a `workflow_run` event is about: what triggered it and which commit it judged. */
export interface TriggeringRun {
  event: string
  headSha: string
  headBranch?: string
  /** Owner of the repository the head commit is in: a fork's owner for fork pull requests. */
  headOwner?: string
  /** Pull requests GitHub lists on the run; empty for pull requests from forks. */
  pullRequests: PullRequestRef[]
}

/** The triggering run of a `workflow_run` event, from its payload; undefined for other events. */
export function triggeringRunOf(ctx: GitHubContext): TriggeringRun | undefined {
  const run = ctx.payload.workflow_run as
    | {
        event?: unknown
        head_sha?: unknown
        head_branch?: unknown
        head_repository?: { owner?: { login?: unknown } }
        pull_requests?: { number?: unknown; head?: { sha?: unknown } }[]
      }
    | undefined
  if (
    ctx.eventName !== 'workflow_run' ||
    !run ||
    typeof run.event !== 'string' ||
    typeof run.head_sha !== 'string'
  )
    return undefined
  const owner = run.head_repository?.owner?.login
  return {
    event: run.event,
    headSha: run.head_sha,
    ...(typeof run.head_branch === 'string' ? { headBranch: run.head_branch } : {}),
    ...(typeof owner === 'string' ? { headOwner: owner } : {}),
    pullRequests: (run.pull_requests ?? []).flatMap((p) =>
      typeof p.number === 'number' && typeof p.head?.sha === 'string'
        ? [{ number: p.number, headSha: p.head.sha }]
        : [],
    ),
  }
}

/** Whether a workflow_run follow-up judges a pull request (and so should comment on it). */
export function isPullRequestRun(run: TriggeringRun | undefined): run is TriggeringRun {
  return run !== undefined && (run.event === 'pull_request' || run.event === 'pull_request_target')
}

/**
 * The open pull request a `workflow_run` follow-up is about. GitHub lists it
 * on the run for branches of this repository, but not for forks; then it is
 * looked up by the fork owner and branch (`GET /pulls?head=owner:branch`),
 * keeping only a pull request whose head is still the judged commit.
 */
export async function findTriggeringPullRequest(
  gh: GitHubClient,
  ctx: GitHubContext,
  run: TriggeringRun,
): Promise<PullRequestRef | undefined> {
  const listed = run.pullRequests.find((p) => p.headSha === run.headSha)
  if (listed) return listed
  if (!run.headOwner || !run.headBranch) return undefined
  const { data } = await gh.rest.pulls.list({
    owner: ctx.repo.owner,
    repo: ctx.repo.repo,
    state: 'open',
    head: `${run.headOwner}:${run.headBranch}`,
    per_page: 10,
  })
  const pr = data.find((p) => p.head.sha === run.headSha)
  return pr ? { number: pr.number, headSha: pr.head.sha } : undefined
}
