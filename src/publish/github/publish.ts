import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { EvidenceRecord } from '../../contract/types.js'
import { CHAIN } from '../../report/format.js'
import { renderDetails, renderMarkdown } from '../../report/markdown.js'
import { workspaceJsonLocator } from '../../io/json-pointer-line.js'
import { uploadEvidenceArtifact } from './artifact.js'
import {
  annotationsFor,
  checkRunName,
  checkRunTitle,
  conclusionFor,
  OUTPUT_LIMIT,
  publishCheckRun,
  updateCheckRunOutput,
  type CreatedCheckRun,
} from './check-run.js'
import {
  chainFromComments,
  commentBody,
  commentMarker,
  knownModelName,
  modelNameOf,
  type ChainStatus,
} from './comment-body.js'
import {
  findTriggeringPullRequest,
  isPullRequestRun,
  pullRequestOf,
  runUrlOf,
  triggeringRunOf,
  type GitHubContext,
} from '../../github/context.js'
import { createGitHubClient, type ClientOptions, type GitHubClient } from '../../github/octokit.js'
import { PublishWarnings } from '../../github/permissions.js'
import {
  listComments,
  upsertStickyComment,
  userIdentity,
  writtenBy,
  type PrComment,
  type TokenIdentity,
} from './sticky-comment.js'

export type { GitHubContext } from '../../github/context.js'

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
  /**
   * Annotate every relative path the evidence names without looking for it
   * in the checkout: for evidence judged in another job, whose files this
   * job has not checked out (JSON pointers then have no line to point at).
   */
  annotateAnyPath?: boolean
  /** Backoff and pacing of the GitHub client (tests shorten them). */
  client?: Pick<
    ClientOptions,
    'backoffMs' | 'rateLimitUnitMs' | 'writeSpacingMs' | 'rateLimitRetries'
  >
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
 * link to it), then, on a pull request, reads the comments and who the
 * token is (GET /user), then the check run (whose App proves who an
 * installation token is), then the sticky PR comment. The chain of gates
 * comes only from comments the token provably wrote. The evidence files are
 * already on disk; every GitHub failure becomes a warning, and publishing
 * never changes the verdict.
 */
export async function publishEvidence(
  evidence: EvidenceRecord,
  opts: PublishOptions,
  ctx: GitHubContext,
): Promise<PublishResult> {
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
  const artifactUrl =
    result.artifactId !== undefined ? `${runUrl}/artifacts/${result.artifactId}` : undefined
  const links = { runUrl, ...(artifactUrl ? { artifactUrl } : {}) }

  // A workflow_run follow-up (fork pull requests) judges the triggering run's commit and comments on its pull request.
  const triggering = triggeringRunOf(ctx)
  const findPr = !pr && isPullRequestRun(triggering)
  if (opts.comment && !pr && !findPr)
    notices.push(`No PR comment: the ${ctx.eventName} event is not about a pull request.`)
  if (!opts.checkRun && !(opts.comment && (pr || findPr))) return result
  if (!opts.token) {
    warnings.add('publish to GitHub', new Error('no GitHub token was given (input github-token)'))
    return result
  }
  const gh = createGitHubClient(opts.token, {
    ...opts.client,
    ...(opts.apiUrl ? { baseUrl: opts.apiUrl } : {}),
    log: (m) => notices.push(m),
  })
  const modelName = knownModelName(evidence)
  if (findPr) {
    try {
      pr = await findTriggeringPullRequest(gh, ctx, triggering)
      if (!pr && opts.comment)
        notices.push(
          `No PR comment: no open pull request has ${triggering.headSha} as its head any more.`,
        )
    } catch (error) {
      warnings.add('find the pull request of the triggering run', error)
    }
  }
  const wantComment = opts.comment && pr !== undefined
  const headSha = pr?.headSha ?? triggering?.headSha ?? ctx.sha

  // The PR's comments and who the token is, read once: they colour the chain in the check run and in the comment.
  let comments: PrComment[] | undefined
  let identity: TokenIdentity | undefined
  if (wantComment && pr) {
    try {
      comments = await listComments(gh, { owner, repo, issueNumber: pr.number })
      identity = await userIdentity(gh)
    } catch (error) {
      comments = undefined
      warnings.add('read the pull request comments', error, 'comment')
    }
  }
  // Only comments the token provably wrote count: any other author could write the tags.
  const chainOf = (own: readonly PrComment[]): ChainStatus => ({
    ...(pr
      ? chainFromComments(
          own.map((c) => c.body),
          modelName,
          pr.headSha,
        )
      : {}),
    ...opts.chain,
    [evidence.gate]: evidence.status,
  })
  const chainFor = (who: TokenIdentity | undefined): ChainStatus =>
    chainOf((comments ?? []).filter((c) => writtenBy(c.author, who)))
  const chain = chainFor(identity)

  if (opts.checkRun)
    identity = await publishCheckRunOf({
      gh,
      evidence,
      opts,
      owner,
      repo,
      headSha,
      runUrl,
      artifactUrl,
      links,
      chain,
      comments,
      identity,
      chainFor,
      warnings,
      result,
    })

  if (wantComment && pr && comments) {
    try {
      const comment = await upsertStickyComment(
        gh,
        { owner, repo, issueNumber: pr.number },
        commentMarker(evidence.gate, modelName),
        (own) => commentBody(evidence, { sha: pr.headSha, ...links, chain: chainOf(own) }),
        comments,
        identity,
        (id, error) =>
          notices.push(
            `Could not delete an older copy of the ${evidence.gate} comment for model ${modelNameOf(evidence)} (comment ${id}): ${(error as Error).message}`,
          ),
      )
      result.commentUrl = comment.url
    } catch (error) {
      warnings.add('write the PR comment', error, 'comment')
    }
  }
  return result
}

/** What publishCheckRunOf needs from publishEvidence. */
interface CheckRunStep {
  gh: GitHubClient
  evidence: EvidenceRecord
  opts: PublishOptions
  owner: string
  repo: string
  headSha: string
  runUrl: string
  artifactUrl: string | undefined
  links: { runUrl: string; artifactUrl?: string }
  chain: ChainStatus
  comments: PrComment[] | undefined
  identity: TokenIdentity | undefined
  chainFor: (who: TokenIdentity | undefined) => ChainStatus
  warnings: PublishWarnings
  result: PublishResult
}

/**
 * Creates the check run with the chain as the PR's comments show it. An
 * installation token cannot ask who it is, but the check run it created
 * names its App: the chain is then read again from that App's comments, and
 * the check run's summary updated. Returns the token's identity, as far as it is known.
 */
async function publishCheckRunOf(p: CheckRunStep): Promise<TokenIdentity | undefined> {
  const { gh, evidence, opts, owner, repo, headSha, runUrl, artifactUrl, links } = p
  let chain = p.chain
  let identity = p.identity
  const workspace = opts.workspace ?? process.env.GITHUB_WORKSPACE ?? process.cwd()
  const output = () => ({
    owner,
    repo,
    title: checkRunTitle(evidence),
    summary: renderMarkdown(evidence, { maxBytes: OUTPUT_LIMIT, ...links, chain }),
    text: renderDetails(evidence, {
      maxBytes: OUTPUT_LIMIT,
      ...(artifactUrl ? { artifactUrl } : {}),
    }),
  })
  let created: CreatedCheckRun | undefined
  try {
    created = await publishCheckRun(gh, {
      ...output(),
      headSha,
      name: checkRunName(evidence),
      conclusion: conclusionFor(evidence.status),
      annotations: opts.annotateAnyPath
        ? annotationsFor(evidence, () => true)
        : annotationsFor(
            evidence,
            (path) => existsSync(join(workspace, path)),
            workspaceJsonLocator(workspace),
          ),
      detailsUrl: runUrl,
    })
    p.result.checkRunId = created.id
  } catch (error) {
    p.warnings.add('create the check run', error, 'checkRun')
  }
  // An installation token cannot ask who it is (GET /user answers 403); the check run it just created names its App.
  if (created?.app && p.identity === undefined && p.comments) {
    identity = { kind: 'app', ...created.app }
    const proven = p.chainFor(identity)
    if (CHAIN.some((g) => proven[g] !== chain[g])) {
      chain = proven
      try {
        await updateCheckRunOutput(gh, output(), created.id)
      } catch (error) {
        p.warnings.add('update the check run summary', error, 'checkRun')
      }
    }
  }
  return identity
}
