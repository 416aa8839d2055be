import * as core from '@actions/core'
import { resolve } from 'node:path'
import { getActionInputs, type ActionInputs } from './action/input-helper.js'
import { setErrorOutputs, setGateOutputs, type PublishedIds } from './action/outputs.js'
import { formatProblem, InputError, toProblems } from './contract/errors.js'
import { readEventPayload, runContextFromEnv } from './engine/run-context.js'
import { exitCodeFor, runGate } from './engine/run-gate.js'
import type { EvidenceRecord, GateId, RunContext } from './contract/types.js'
import { workspaceJsonLocator } from './io/json-pointer-line.js'
import { logProgress, setProgressSink } from './io/progress.js'
import { writeReportFiles, type ReportFiles } from './report/files.js'
import { loadEvidenceToPublish } from './publish/evidence-to-publish.js'
import { renderMarkdown } from './report/markdown.js'
import { findGate } from './gates/table.js'
import { releaseServices } from './action/release-services.js'
import type { GateServices } from './engine/gate.js'

/** Job summaries accept up to 1 MiB (bytes, not characters); leave room for the links after it. */
const SUMMARY_BYTES = 1_000_000

/**
 * The Action's entry: judge (or, with publish-evidence, take the verified
 * verdict of another job), write the evidence files first, then publish.
 * Publishing can degrade (read-only tokens, API errors) but never changes the
 * verdict, and the exit code always reflects the gate: 0 pass, 1 fail, 2 error.
 *
 * It reads the runner's environment, process.env, throughout: @actions/core
 * reads the inputs from it and writes the outputs, the job summary and the
 * workflow commands through it, so no other environment could be honoured.
 */
export async function run(): Promise<number> {
  try {
    return await judgeAndPublish()
  } catch (error) {
    // Nothing above should throw; if something does, it is still an error verdict, never a stack trace.
    return stopBeforeEvidence(error, 'modelgate stopped on an internal error: see the errors above')
  }
}

async function judgeAndPublish(): Promise<number> {
  // Long reads (large CSVs, large models) log a line every 10%: the job log has no cursor to move.
  setProgressSink(logProgress({ write: (t) => core.info(t.trimEnd()) }))
  const command = core.getInput('gate').trim()
  if (command === 'candidate' || command === 'rollback') {
    const { runRegistryAction } = await import('./action/registry-action.js')
    return runRegistryAction(command)
  }
  let inputs
  try {
    inputs = getActionInputs()
  } catch (error) {
    return stopBeforeEvidence(error, 'modelgate could not start: see the errors above')
  }
  const context = runContextFromEnv(process.env)
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()
  let evidence: EvidenceRecord
  if (inputs.publishEvidence) {
    // Publish what another job judged: nothing is published unless it verifies.
    try {
      evidence = await evidenceToPublish(inputs.publishEvidence, inputs.gate, context, workspace)
    } catch (error) {
      return stopBeforeEvidence(
        error,
        `modelgate did not publish ${inputs.publishEvidence}: see the errors above`,
      )
    }
    core.info(
      `Publishing the ${evidence.gate} evidence of job ${evidence.context.job ?? '?'} (run ${evidence.context.runId ?? '?'}, commit ${evidence.context.sha ?? '?'}, digest ${evidence.digest.value}): ${evidence.status}.`,
    )
  } else {
    const { gateServicesFromInputs } = await import('./action/registry-action.js')
    evidence = await runGate(inputs.gate, inputs.gateInputs, {
      gates: findGate,
      services: {
        // The registry input for every gate (G1's champion baseline, drift's freeze); G5 opens its own.
        ...(inputs.gate === 'G5' ? {} : await gateServicesFromInputs()),
        ...(await approvalServices(inputs, context, workspace)),
        ...(await releaseServices(inputs.gate, context, inputs.githubToken)),
      },
      workspaceRoot: workspace,
      context,
      failOn: inputs.failOn,
    })
  }
  let files: ReportFiles
  try {
    files = await writeReportFiles(evidence, inputs.reportDir, runUrlOption(evidence))
  } catch (error) {
    // The evidence exists but could not be stored: keep it in the job summary, and do not call it a verdict.
    for (const p of toProblems(error)) core.error(formatProblem(p))
    await writeJobSummary(evidence, {})
    setErrorOutputs(evidence)
    core.setFailed(
      `${evidence.gate} ${evidence.gateName}: error. The evidence (${evidence.status}) could not be written to report-dir; it is in the job summary.`,
    )
    return 2
  }
  // registry-attach: loaded only when asked for (it brings the GitHub client).
  const attach = core.getInput('registry-attach').trim().toLowerCase()
  // G5 attaches its own evidence to the draft before publishing it (a published release takes no more files).
  const attached =
    attach === '' || attach === 'false' || evidence.gate === 'G5'
      ? true
      : await (await import('./action/registry-action.js')).attachAfterGate(evidence, files)
  let published: PublishedIds = {}
  try {
    // Evidence judged in another job names files this job has not checked out: annotate them without looking.
    published = await publish(
      evidence,
      files,
      inputs,
      workspace,
      inputs.publishEvidence !== undefined,
    )
  } catch (error) {
    core.warning(
      `Publishing to GitHub failed; the verdict and the evidence files are unaffected: ${(error as Error).message}`,
    )
  }
  setGateOutputs(evidence, files, published)
  if (evidence.gate === 'drift' && !inputs.publishEvidence) await driftAlert(evidence, inputs)
  await writeJobSummary(evidence, published)
  const locate = workspaceJsonLocator(workspace)
  for (const p of evidence.problems) core.error(formatProblem(p), annotationFor(p, locate))
  // A requested registry-attach that failed: the candidate lacks this evidence, so the step cannot pass.
  const code = attached ? exitCodeFor(evidence.status) : Math.max(exitCodeFor(evidence.status), 2)
  if (code !== 0)
    core.setFailed(
      `${evidence.gate} ${evidence.gateName}: ${evidence.status}. ${evidence.summary}${attached ? '' : ' The evidence could not be attached to the candidate (registry-attach): see the errors above.'}`,
    )
  else core.info(`${evidence.gate} ${evidence.gateName}: pass. ${evidence.summary}`)
  return code
}

/**
 * G3 and G5 read who approved: from the approvals input's sign-off file, or
 * else from GitHub (the run's environment approvals, the pull request's
 * reviews, the commits' authors) with github-token. Other gates get none.
 */
async function approvalServices(
  inputs: ActionInputs,
  context: RunContext,
  workspace: string,
): Promise<GateServices> {
  if (inputs.gate !== 'G3' && inputs.gate !== 'G5') return {}
  if (inputs.approvals) {
    const { fileApprovalsSource } = await import('./approvals/file-source.js')
    return {
      approvals: fileApprovalsSource(resolve(workspace, inputs.approvals), inputs.approvals),
    }
  }
  const [owner, repo] = (context.repository ?? '').split('/')
  if (context.mode !== 'actions' || !owner || !repo || !context.runId || !context.sha) return {}
  const [{ githubApprovalsSource }, { createGitHubClient }] = await Promise.all([
    import('./github/approvals.js'),
    import('./github/octokit.js'),
  ])
  const gh = createGitHubClient(inputs.githubToken, { log: (m) => core.info(m) })
  return {
    approvals: githubApprovalsSource(gh, {
      owner,
      repo,
      runId: Number(context.runId),
      sha: context.sha,
      ...(context.pullRequest !== undefined ? { pullRequest: context.pullRequest } : {}),
      ...eventHead(),
      ...(process.env.GITHUB_TRIGGERING_ACTOR
        ? { triggeringActor: process.env.GITHUB_TRIGGERING_ACTOR }
        : {}),
    }),
  }
}

/** A pull_request event's head commit: the code its reviews must have approved. */
function eventHead(): { pullRequestHead?: string } {
  const pr = readEventPayload(process.env.GITHUB_EVENT_PATH).pull_request as
    { head?: { sha?: unknown } } | undefined
  const sha = pr?.head?.sha
  return typeof sha === 'string' && sha ? { pullRequestHead: sha } : {}
}

/** Bad inputs, or evidence that cannot be published: errors, every output set, exit code 2, nothing published. */
function stopBeforeEvidence(error: unknown, message: string): number {
  for (const p of toProblems(error)) core.error(formatProblem(p))
  setErrorOutputs()
  core.setFailed(message)
  return 2
}

/** The evidence file another job wrote, verified for this run (see publish/evidence-to-publish.ts). */
async function evidenceToPublish(
  path: string,
  gate: GateId,
  context: RunContext,
  workspace: string,
): Promise<EvidenceRecord> {
  if (context.mode !== 'actions' || !context.repository || !context.sha) {
    throw new InputError({
      message: 'publish-evidence publishes to GitHub from a workflow run',
      expected:
        'GitHub Actions (GITHUB_ACTIONS, GITHUB_REPOSITORY, GITHUB_SHA, GITHUB_RUN_ID and GITHUB_EVENT_NAME set)',
      found: 'no workflow run',
    })
  }
  const absolute = resolve(workspace, path)
  return loadEvidenceToPublish(absolute, path, {
    gate,
    repository: context.repository,
    sha: context.sha,
  })
}

async function publish(
  evidence: EvidenceRecord,
  files: ReportFiles,
  inputs: ActionInputs,
  workspace: string,
  annotateAnyPath: boolean,
): Promise<PublishedIds> {
  // Loaded only here: the GitHub and artifact clients are most of the bundle.
  const [{ publishEvidence }, { contextFromEnv }] = await Promise.all([
    import('./publish/github/publish.js'),
    import('./github/context.js'),
  ])
  const ctx = contextFromEnv(process.env)
  if (!ctx) {
    core.notice('Not publishing to GitHub: GITHUB_REPOSITORY is not set.')
    return {}
  }
  const result = await publishEvidence(
    evidence,
    {
      token: inputs.githubToken,
      comment: inputs.comment,
      checkRun: inputs.checkRun,
      artifact: inputs.artifact,
      ...(inputs.retentionDays ? { retentionDays: inputs.retentionDays } : {}),
      files,
      workspace,
      annotateAnyPath,
    },
    ctx,
  )
  for (const n of result.notices) core.notice(n)
  // Each warning once: a read-only token fails the same way for every request.
  for (const w of new Set(result.warnings)) core.warning(w)
  return {
    ...(result.commentUrl ? { commentUrl: result.commentUrl } : {}),
    ...(result.checkRunId !== undefined ? { checkRunId: result.checkRunId } : {}),
    ...(result.artifactId !== undefined ? { artifactId: result.artifactId } : {}),
  }
}

/**
 * On a scheduled (or manually dispatched) drift run, after the evidence is
 * written: the alert issue, the freeze output and the retrain dispatch (see
 * publish/github/drift-alert.ts). Like publishing, it can degrade to
 * warnings but never changes the verdict.
 */
async function driftAlert(evidence: EvidenceRecord, inputs: ActionInputs): Promise<void> {
  const event = process.env.GITHUB_EVENT_NAME
  if (event !== 'schedule' && event !== 'workflow_dispatch') return
  const [{ alertDrift }, { contextFromEnv }] = await Promise.all([
    import('./publish/github/drift-alert.js'),
    import('./github/context.js'),
  ])
  const ctx = contextFromEnv(process.env)
  if (!ctx || !inputs.githubToken) {
    core.warning(
      'No drift alert: it needs GITHUB_REPOSITORY and a github-token (permissions issues: write, actions: write).',
    )
    return
  }
  try {
    const result = await alertDrift(evidence, ctx, {
      token: inputs.githubToken,
      ...(process.env.GITHUB_REF_NAME ? { ref: process.env.GITHUB_REF_NAME } : {}),
    })
    for (const n of result.notices) core.notice(n)
    for (const w of new Set(result.warnings)) core.warning(w)
    core.setOutput('frozen', String(result.frozen))
    core.setOutput('retrain-dispatched', String(result.dispatched))
    if (result.issueNumber !== undefined) core.setOutput('drift-issue', String(result.issueNumber))
  } catch (error) {
    core.warning(
      `The drift alert failed; the verdict and the evidence are unaffected: ${(error as Error).message}`,
    )
  }
}

function runUrlOption(evidence: EvidenceRecord): { runUrl?: string } {
  const c = evidence.context
  return c.serverUrl && c.repository && c.runId
    ? { runUrl: `${c.serverUrl}/${c.repository}/actions/runs/${c.runId}` }
    : {}
}

async function writeJobSummary(evidence: EvidenceRecord, published: PublishedIds): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const body = renderMarkdown(evidence, { maxBytes: SUMMARY_BYTES, ...runUrlOption(evidence) })
  const links = published.commentUrl ? `\n\nPR comment: ${published.commentUrl}\n` : ''
  await core.summary.addRaw(body + links, true).write()
}

/** Where a problem points, for the annotation: its line, or the line of its JSON pointer in a JSON file of the checkout. */
function annotationFor(
  p: { file?: string; line?: number; pointer?: string },
  locate: (path: string, pointer: string) => number | undefined,
): core.AnnotationProperties {
  const line = p.line ?? (p.file && p.pointer !== undefined ? locate(p.file, p.pointer) : undefined)
  return { ...(p.file ? { file: p.file } : {}), ...(line ? { startLine: line } : {}) }
}
