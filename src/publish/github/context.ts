import type { context } from '@actions/github'

/** What publishing reads from @actions/github's `context` (tests pass plain objects). */
export type GitHubContext = Pick<typeof context, 'repo' | 'sha' | 'payload' | 'eventName' | 'runId' | 'serverUrl'>

export interface PullRequestRef {
  number: number
  /** The PR's head commit: what its checks are shown on (GITHUB_SHA is the merge commit). */
  headSha: string
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
