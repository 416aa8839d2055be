import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

export type GitHubClient = ReturnType<typeof getOctokit>

export interface ClientOptions {
  /** REST base URL; defaults to GITHUB_API_URL (as @actions/github does). */
  baseUrl?: string
  /** Base of the 5xx retry backoff (retry n waits n² × this), 1 s by default. */
  backoffMs?: number
  log: (message: string) => void
}

/**
 * Octokit with the maintained retry and throttling plugins: 5xx responses
 * are retried with backoff, and primary and secondary rate limits wait for
 * the time GitHub asks for (twice at most) before giving up.
 */
export function createGitHubClient(token: string, options: ClientOptions): GitHubClient {
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    options.log(`GitHub ${kind} rate limit on ${request.method} ${request.url}; ${retryCount < 2 ? `retrying in ${retryAfter} s` : 'giving up'}`)
    return retryCount < 2
  }
  return getOctokit(
    token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      retry: { retryAfterBaseValue: options.backoffMs ?? 1000 },
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
    },
    retry,
    throttling,
  )
}
