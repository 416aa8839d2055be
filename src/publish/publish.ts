import { readFileSync } from 'node:fs'
import type { EvidenceRecord } from '../engine/types.js'
import type { ReportFiles } from '../io/report-files.js'
import { commentMarker as marker, knownModelName } from './github/comment-body.js'
import { publishEvidence as publishToGitHub, type PublishResult } from './github/publish.js'

/**
 * The entry src/main.ts calls. Publishing lives in ./github/; this keeps the
 * earlier call shape (files and a flat context) until the caller moves to
 * `publishEvidence` from ./github/publish.js with @actions/github's context.
 */
export interface PublishOptions {
  token: string
  comment: boolean
  checkRun: boolean
  artifact: boolean
  retentionDays?: number
  workspace: string
  apiUrl?: string
  backoffMs?: number
}

export interface PublishContext {
  eventName: string
  owner: string
  repo: string
  sha: string
  runId: string
  serverUrl: string
  pullRequest?: { number: number; headSha: string }
}

export type { PublishResult }

export function commentMarker(evidence: EvidenceRecord): string {
  return marker(evidence.gate, knownModelName(evidence))
}

export async function publishEvidence(evidence: EvidenceRecord, files: ReportFiles, opts: PublishOptions, ctx: PublishContext): Promise<PublishResult> {
  const { backoffMs, ...rest } = opts
  return publishToGitHub(
    evidence,
    { ...rest, files, ...(backoffMs !== undefined ? { client: { backoffMs } } : {}) },
    {
      repo: { owner: ctx.owner, repo: ctx.repo },
      sha: ctx.sha,
      eventName: ctx.eventName,
      runId: Number(ctx.runId),
      serverUrl: ctx.serverUrl,
      payload: ctx.pullRequest ? { pull_request: { number: ctx.pullRequest.number, head: { sha: ctx.pullRequest.headSha } } } : workflowRunPayload(ctx.eventName),
    },
  )
}

/**
 * A workflow_run follow-up's triggering run, read from the runner's event
 * file (as @actions/github does): publishing needs its head commit and
 * pull request, which the flat context does not carry.
 */
function workflowRunPayload(eventName: string, eventPath = process.env.GITHUB_EVENT_PATH): Record<string, unknown> {
  if (eventName !== 'workflow_run' || !eventPath) return {}
  try {
    const event = JSON.parse(readFileSync(eventPath, 'utf8')) as { workflow_run?: unknown }
    return event.workflow_run ? { workflow_run: event.workflow_run } : {}
  } catch {
    return {}
  }
}
