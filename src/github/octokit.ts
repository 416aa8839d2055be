import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

export type GitHubClient = ReturnType<typeof getOctokit>

export interface ClientOptions {
  /** REST base URL; defaults to GITHUB_API_URL (as @actions/github does). */
  baseUrl?: string
  /** Base of the 5xx retry backoff: retry n waits n² × this. 1 s by default. */
  backoffMs?: number
  /** Milliseconds waited per second of `retry-after` / rate-limit reset. 1000 by default; tests shorten it. */
  rateLimitUnitMs?: number
  /**
   * Spacing between write requests. By default the throttling plugin's own
   * (1 s between writes, 3 s between notifying writes such as new comments),
   * which is what GitHub asks integrations to do; tests pass 0.
   */
  writeSpacingMs?: number
  /** How many times a rate-limited request is retried before giving up. 2 by default. */
  rateLimitRetries?: number
  /** Longest rate-limit wait worth taking, in seconds; past it the request fails (and becomes a warning). 120 by default. */
  maxRateLimitWaitS?: number
  log: (message: string) => void
}

/**
 * Octokit with the maintained retry and throttling plugins: 5xx responses
 * are retried with backoff (3 times), and primary (429, or 403 with no
 * remaining quota) and secondary rate limits wait for the time GitHub asks
 * for, when that is short enough, before retrying.
 */
export function createGitHubClient(token: string, options: ClientOptions): GitHubClient {
  const limit = options.rateLimitRetries ?? 2
  const maxWait = options.maxRateLimitWaitS ?? 120
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      retryCount: number,
    ) => {
      const again = retryCount < limit && retryAfter <= maxWait
      options.log(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}; ${again ? `retrying in ${retryAfter} s` : 'giving up'}`,
      )
      return again
    }
  const pacing =
    options.writeSpacingMs === undefined
      ? {}
      : { write: pacer(options.writeSpacingMs), notifications: pacer(options.writeSpacingMs) }
  return getOctokit(
    token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      // 429 is a rate limit: the throttling plugin waits for the reset GitHub names instead of a blind backoff.
      retry: {
        retryAfterBaseValue: options.backoffMs ?? 1000,
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
      },
      throttle: {
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
        retryAfterBaseValue: options.rateLimitUnitMs ?? 1000,
        ...pacing,
      },
    },
    retry,
    throttling,
  )
}

/**
 * The part of a Bottleneck group the throttling plugin uses for write
 * spacing (`group.key(id).schedule(options, fn, ...args)`): runs jobs one at
 * a time, at least `spacingMs` apart. Used only when the spacing is chosen
 * explicitly; the plugin's own groups apply otherwise.
 */
function pacer(spacingMs: number): never {
  let last = Promise.resolve()
  let lastAt = 0
  const limiter = {
    schedule<T>(
      _options: unknown,
      fn: (...args: unknown[]) => Promise<T>,
      ...args: unknown[]
    ): Promise<T> {
      const run = last.then(async () => {
        const wait = lastAt + spacingMs - Date.now()
        if (wait > 0) await new Promise((r) => setTimeout(r, wait))
        lastAt = Date.now()
        return fn(...args)
      })
      last = run.then(
        () => undefined,
        () => undefined,
      )
      return run
    },
  }
  // The plugin's option type is Bottleneck.Group; this object has the one method it calls.
  return { key: () => limiter } as never
}
