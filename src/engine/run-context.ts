import { readFileSync } from 'node:fs'
import type { RunContext } from './types.js'

/** The run context from the Actions runner's environment, or `local` outside Actions. */
export function runContextFromEnv(env: NodeJS.ProcessEnv = process.env): RunContext {
  // `actions` only with what makes the evidence traceable to a run (the evidence schema requires it).
  if (env.GITHUB_ACTIONS !== 'true' || !env.GITHUB_REPOSITORY || !env.GITHUB_SHA || !env.GITHUB_RUN_ID || !env.GITHUB_EVENT_NAME) return { mode: 'local' }
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
  const pr = pullRequestNumber(env.GITHUB_EVENT_PATH)
  if (pr !== undefined) ctx.pullRequest = pr
  return ctx
}

function pullRequestNumber(eventPath: string | undefined): number | undefined {
  if (!eventPath) return undefined
  try {
    const event = JSON.parse(readFileSync(eventPath, 'utf8')) as { pull_request?: { number?: unknown } }
    const n = event.pull_request?.number
    return typeof n === 'number' && Number.isInteger(n) ? n : undefined
  } catch {
    return undefined
  }
}
