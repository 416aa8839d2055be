import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { EvidenceRecord } from '../engine/types.js'
import type { ReportFiles } from '../io/report-files.js'
import { renderMarkdown } from '../report/markdown.js'
import { uploadEvidenceArtifact } from './artifact.js'
import { annotationsFor, checkRunName, conclusionFor, publishCheckRun } from './check-run.js'
import { createGitHubClient } from './octokit.js'
import { isPermissionError, permissionWarning } from './permissions.js'
import { upsertStickyComment } from './sticky-comment.js'

export interface PublishOptions {
  token: string
  comment: boolean
  checkRun: boolean
  artifact: boolean
  retentionDays?: number
  /** The checkout: annotations point only at files that exist in it. */
  workspace: string
  apiUrl?: string
  backoffMs?: number
}

/** What publishing needs from the Actions context. */
export interface PublishContext {
  eventName: string
  owner: string
  repo: string
  sha: string
  runId: string
  serverUrl: string
  /** For pull_request events: the PR number and its head commit. */
  pullRequest?: { number: number; headSha: string }
}

export interface PublishResult {
  commentUrl?: string
  checkRunId?: number
  artifactId?: number
  artifactName?: string
  warnings: string[]
  notices: string[]
}

/** Hidden marker of the sticky comment: one comment per gate and model. */
export function commentMarker(evidence: EvidenceRecord): string {
  const model = (evidence.report.model as { name?: string } | undefined)?.name ?? 'default'
  return `<!-- modelgate:${evidence.gate}:${model.replace(/[^A-Za-z0-9._-]/g, '_')} -->`
}

/**
 * Publishes a gate's evidence: artifact first (the comment links to it),
 * then the check run, then the sticky PR comment. The evidence files are
 * already on disk; any failure here becomes a warning, and a missing
 * permission is explained once with the exact line to add. Publishing never
 * changes the verdict.
 */
export async function publishEvidence(evidence: EvidenceRecord, files: ReportFiles, opts: PublishOptions, ctx: PublishContext): Promise<PublishResult> {
  const result: PublishResult = { warnings: [], notices: [] }
  const runUrl = `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}`
  const warn = (what: string, error: unknown, feature?: 'comment' | 'checkRun') => {
    result.warnings.push(feature && isPermissionError(error) ? permissionWarning(feature, what) : `modelgate could not ${what}: ${(error as Error).message}`)
  }

  if (opts.artifact) {
    try {
      const { id, name } = await uploadEvidenceArtifact(evidence, files, opts.retentionDays)
      result.artifactId = id
      result.artifactName = name
    } catch (error) {
      warn('upload the evidence artifact', error)
    }
  }
  const artifactUrl = result.artifactId !== undefined ? `${runUrl}/artifacts/${result.artifactId}` : undefined
  if (!opts.token || (!opts.checkRun && !opts.comment)) return result
  const gh = createGitHubClient(opts.token, { ...(opts.apiUrl ? { baseUrl: opts.apiUrl } : {}), ...(opts.backoffMs !== undefined ? { backoffMs: opts.backoffMs } : {}), log: (m) => result.notices.push(m) })

  if (opts.checkRun) {
    try {
      result.checkRunId = await publishCheckRun(gh, {
        owner: ctx.owner,
        repo: ctx.repo,
        headSha: ctx.pullRequest?.headSha ?? ctx.sha,
        name: checkRunName(evidence),
        conclusion: conclusionFor(evidence.status),
        title: `${evidence.status === 'error' ? 'Error: could not judge' : evidence.status === 'pass' ? 'Passed' : 'Failed'}: ${evidence.summary}`,
        summary: renderMarkdown(evidence, { maxLength: 60_000, runUrl, ...(artifactUrl ? { artifactUrl } : {}) }),
        annotations: annotationsFor(evidence, (path) => existsSync(join(opts.workspace, path))),
        detailsUrl: runUrl,
      })
    } catch (error) {
      warn('create the check run', error, 'checkRun')
    }
  }

  if (opts.comment) {
    if (!ctx.pullRequest) {
      result.notices.push(`No PR comment: the ${ctx.eventName} event is not a pull request.`)
    } else {
      try {
        const marker = commentMarker(evidence)
        const body = renderMarkdown(evidence, { maxLength: 65_000, marker, runUrl, ...(artifactUrl ? { artifactUrl } : {}) })
        const comment = await upsertStickyComment(gh, { owner: ctx.owner, repo: ctx.repo, issueNumber: ctx.pullRequest.number, marker, body })
        result.commentUrl = comment.url
      } catch (error) {
        warn('write the PR comment', error, 'comment')
      }
    }
  }
  return result
}
