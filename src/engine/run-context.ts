import { readFileSync } from 'node:fs'
import type { RunContext } from '../contract/types.js'

/** The run context from the Actions runner's environment, or `local` outside Actions. */
export function runContextFromEnv(env: NodeJS.ProcessEnv = process.env): RunContext {
  // `actions` only with what makes the evidence traceable to a run (the evidence schema requires it).
  if (
    env.GITHUB_ACTIONS !== 'true' ||
    !env.GITHUB_REPOSITORY ||
    !env.GITHUB_SHA ||
    !env.GITHUB_RUN_ID ||
    !env.GITHUB_EVENT_NAME
  )
    return { mode: 'local' }
  const ctx: RunContext = { mode: 'actions' }
  const set = (key: keyof RunContext, value: string | undefined) => {
    if (value) (ctx as unknown as Record<string, unknown>)[key] = value
  }
  set('repository', env.GITHUB_REPOSITORY)
  set('sha', env.GITHUB_SHA)
  set('ref', env.GITHUB_REF)
  set('runId', env.GITHUB_RUN_ID)
  set('runAttempt', env.GITHUB_RUN_ATTEMPT)
  set('workflow', env.GITHUB_WORKFLOW)
  set('job', env.GITHUB_JOB)
  set('actor', env.GITHUB_ACTOR)
  set('event', env.GITHUB_EVENT_NAME)
  set('serverUrl', env.GITHUB_SERVER_URL)
  const event = readEventPayload(env.GITHUB_EVENT_PATH)
  const pr = (event.pull_request as { number?: unknown } | undefined)?.number
  if (typeof pr === 'number' && Number.isInteger(pr)) ctx.pullRequest = pr
  // A workflow_run follow-up (fork pull requests) judges the triggering run's commit, not the default branch's.
  const run = event.workflow_run as
    | {
        head_sha?: unknown
        head_branch?: unknown
        pull_requests?: { number?: unknown; head?: { sha?: unknown } }[]
      }
    | undefined
  if (
    env.GITHUB_EVENT_NAME === 'workflow_run' &&
    run &&
    typeof run.head_sha === 'string' &&
    run.head_sha
  ) {
    ctx.sha = run.head_sha
    if (typeof run.head_branch === 'string' && run.head_branch)
      ctx.ref = `refs/heads/${run.head_branch}`
    // Only a listed pull request whose head is the judged commit, as publishing picks the one to comment on.
    const listed = run.pull_requests?.find((p) => p.head?.sha === run.head_sha)?.number
    if (typeof listed === 'number' && Number.isInteger(listed)) ctx.pullRequest = listed
  }
  return ctx
}

/** The runner's event payload (GITHUB_EVENT_PATH), or {} when there is none or it cannot be read. */
export function readEventPayload(eventPath: string | undefined): Record<string, unknown> {
  if (!eventPath) return {}
  try {
    const event = JSON.parse(readFileSync(eventPath, 'utf8')) as unknown
    return event !== null && typeof event === 'object' && !Array.isArray(event)
      ? (event as Record<string, unknown>)
      : {}
  } catch {
    return {}
  }
}
