import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { EvidenceRecord } from '../../engine/types.js'
import { renderDetails, renderMarkdown } from '../../report/markdown.js'
import { workspaceJsonLocator } from '../../io/json-pointer-line.js'
import { uploadEvidenceArtifact } from './artifact.js'
import { annotationsFor, checkRunName, checkRunTitle, conclusionFor, OUTPUT_LIMIT, publishCheckRun } from './check-run.js'
import { chainFromComments, commentBody, commentMarker, knownModelName, modelNameOf, type ChainStatus } from './comment-body.js'
import { findTriggeringPullRequest, isPullRequestRun, pullRequestOf, runUrlOf, triggeringRunOf, type GitHubContext } from './context.js'
import { createGitHubClient, type ClientOptions } from './octokit.js'
import { PublishWarnings } from './permissions.js'
import { readOwnComments, upsertStickyComment, type OwnComment } from './sticky-comment.js'

export type { GitHubContext } from './context.js'

export interface PublishOptions {
  token: string
  comment: boolean
  checkRun: boolean
  artifact: boolean
  retentionDays?: number
  /** Already written by the caller; publishing only reads them. */
  files: { evidence: string; markdown: string; html: string }
  apiUrl?: string
  /** The checkout; annotations point only at files present in it. GITHUB_WORKSPACE or the cwd by default. */
  workspace?: string
  /** Statuses of other gates known for this model; the PR's earlier modelgate comments add to it. */
  chain?: ChainStatus
  /** Backoff and pacing of the GitHub client (tests shorten them). */
  client?: Pick<ClientOptions, 'backoffMs' | 'rateLimitUnitMs' | 'writeSpacingMs' | 'rateLimitRetries'>
}

export interface PublishResult {
  commentUrl?: string
  checkRunId?: number
  artifactId?: number
  artifactName?: string
  /** Each missing permission once, with the exact line to add. */
  warnings: string[]
  /** Informational: skipped features, rate-limit waits. */
  notices: string[]
}

/**
 * Publishes a gate's evidence: the artifact first (the comment and check
 * link to it), then, on a pull request, reads modelgate's earlier comments
 * (the chain of gates for this model and commit), then the check run, then
 * the sticky PR comment. The evidence files are already on disk; every
 * GitHub failure becomes a warning, and publishing never changes the verdict.
 */
export async function publishEvidence(evidence: EvidenceRecord, opts: PublishOptions, ctx: GitHubContext): Promise<PublishResult> {
  const warnings = new PublishWarnings()
  const notices: string[] = []
  const result: PublishResult = { warnings: warnings.list, notices }
  const { owner, repo } = ctx.repo
  const runUrl = runUrlOf(ctx)
  let pr = pullRequestOf(ctx)

  if (opts.artifact) {
    try {
      const { id, name } = await uploadEvidenceArtifact(evidence, opts.files, opts.retentionDays)
      result.artifactId = id
      result.artifactName = name
    } catch (error) {
      warnings.add('upload the evidence artifact', error)
    }
  }
  const artifactUrl = result.artifactId !== undefined ? `${runUrl}/artifacts/${result.artifactId}` : undefined
  const links = { runUrl, ...(artifactUrl ? { artifactUrl } : {}) }

  // A workflow_run follow-up (fork pull requests) judges the triggering run's commit and comments on its pull request.
  const triggering = triggeringRunOf(ctx)
  const findPr = !pr && isPullRequestRun(triggering)
  if (opts.comment && !pr && !findPr) notices.push(`No PR comment: the ${ctx.eventName} event is not about a pull request.`)
  if (!opts.checkRun && !(opts.comment && (pr || findPr))) return result
  if (!opts.token) {
    warnings.add('publish to GitHub', new Error('no GitHub token was given (input github-token)'))
    return result
  }
  const gh = createGitHubClient(opts.token, { ...opts.client, ...(opts.apiUrl ? { baseUrl: opts.apiUrl } : {}), log: (m) => notices.push(m) })
  const modelName = knownModelName(evidence)
  if (findPr) {
    try {
      pr = await findTriggeringPullRequest(gh, ctx, triggering)
      if (!pr && opts.comment) notices.push(`No PR comment: no open pull request has ${triggering.headSha} as its head any more.`)
    } catch (error) {
      warnings.add('find the pull request of the triggering run', error)
    }
  }
  const wantComment = opts.comment && pr !== undefined
  const headSha = pr?.headSha ?? triggering?.headSha ?? ctx.sha

  // The PR's modelgate comments first: they colour the chain in the check run and in the comment.
  let own: OwnComment[] | undefined
  if (wantComment && pr) {
    try {
      own = await readOwnComments(gh, { owner, repo, issueNumber: pr.number })
    } catch (error) {
      warnings.add('read the pull request comments', error, 'comment')
    }
  }
  const chain: ChainStatus = { ...(pr && own ? chainFromComments(own.map((c) => c.body), modelName, pr.headSha) : {}), ...opts.chain, [evidence.gate]: evidence.status }

  if (opts.checkRun) {
    const workspace = opts.workspace ?? process.env.GITHUB_WORKSPACE ?? process.cwd()
    try {
      result.checkRunId = await publishCheckRun(gh, {
        owner,
        repo,
        headSha,
        name: checkRunName(evidence),
        conclusion: conclusionFor(evidence.status),
        title: checkRunTitle(evidence),
        summary: renderMarkdown(evidence, { maxBytes: OUTPUT_LIMIT, ...links, chain }),
        text: renderDetails(evidence, { maxBytes: OUTPUT_LIMIT, ...(artifactUrl ? { artifactUrl } : {}) }),
        annotations: annotationsFor(evidence, (path) => existsSync(join(workspace, path)), workspaceJsonLocator(workspace)),
        detailsUrl: runUrl,
      })
    } catch (error) {
      warnings.add('create the check run', error, 'checkRun')
    }
  }

  if (wantComment && pr && own) {
    try {
      const comment = await upsertStickyComment(
        gh,
        { owner, repo, issueNumber: pr.number },
        commentMarker(evidence.gate, modelName),
        () => commentBody(evidence, { sha: pr.headSha, ...links, chain }),
        own,
        (id, error) => notices.push(`Could not delete an older copy of the ${evidence.gate} comment for model ${modelNameOf(evidence)} (comment ${id}): ${(error as Error).message}`),
      )
      result.commentUrl = comment.url
    } catch (error) {
      warnings.add('write the PR comment', error, 'comment')
    }
  }
  return result
}

