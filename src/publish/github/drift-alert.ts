import type { EvidenceRecord } from '../../contract/types.js'
import type { GitHubContext } from '../../github/context.js'
import { createGitHubClient, type ClientOptions, type GitHubClient } from '../../github/octokit.js'
import { cutMarkdown, escapeMarkdown, markdownCode } from '../../report/escape.js'
import {
  DRIFT_LABEL,
  FROZEN_LABEL,
  marker,
  planAlert,
  readMarker,
  verdictOf,
  type EpisodeState,
} from './drift-state.js'

/** What the drift gate put in its evidence for the alert (report.alert). */
interface AlertSettings {
  freeze: boolean
  retrain?: { workflow: string; ref?: string; consecutiveRuns: number }
  /** Set when the gate froze the production version in the registry itself. */
  frozenVersion?: string
}

export interface DriftAlertOptions {
  token: string
  apiUrl?: string
  client?: Partial<Omit<ClientOptions, 'log'>>
  /** The ref a retrain dispatch runs on when ssot/drift.json names none (the scheduled run's branch). */
  ref?: string
  /** The time of the run (tests inject it). */
  now?: Date
}

export interface DriftAlertResult {
  issueNumber?: number
  issueUrl?: string
  /** The production model is frozen for this episode (by the registry or, without one, by this output and label). */
  frozen: boolean
  dispatched: boolean
  notices: string[]
  warnings: string[]
}

const ISSUE_BODY_LIMIT = 60_000

/**
 * The scheduled drift alert (the rollback seed's steps 1 and 2: alert, then
 * freeze): one open issue per model with the label `modelgate:drift`, found
 * again by the hidden marker in its body, updated in place on every run; a
 * comment only when the verdict changes; closed with a comment when drift
 * ends. After K drifted runs in a row it dispatches the retrain workflow,
 * once per episode (the episode's state lives in the marker). Needs
 * `issues: write`, and `actions: write` for the dispatch.
 */
export async function alertDrift(
  evidence: EvidenceRecord,
  ctx: GitHubContext,
  opts: DriftAlertOptions,
): Promise<DriftAlertResult> {
  const result: DriftAlertResult = { frozen: false, dispatched: false, notices: [], warnings: [] }
  if (evidence.gate !== 'drift' || evidence.status === 'error') {
    result.notices.push(
      'No drift alert: the drift check could not judge (status error); the alert issue is left as it was.',
    )
    return result
  }
  const gh = createGitHubClient(opts.token, {
    ...opts.client,
    ...(opts.apiUrl ? { baseUrl: opts.apiUrl } : {}),
    log: (m) => result.notices.push(m),
  })
  const { owner, repo } = ctx.repo
  const model = modelName(evidence)
  const settings = (evidence.report.alert ?? { freeze: false }) as AlertSettings
  const run = verdictOf(evidence)
  const open = await findIssue(gh, owner, repo, model)
  const plan = planAlert(
    {
      drifted: run.drifted,
      verdict: run.verdict,
      runId: `${ctx.runId}`,
      now: (opts.now ?? new Date()).toISOString().slice(0, 10),
    },
    open?.state,
    {
      freeze: settings.freeze,
      ...(settings.retrain ? { retrainAfter: settings.retrain.consecutiveRuns } : {}),
    },
  )
  if (plan.dispatch && settings.retrain) {
    const ref = settings.retrain.ref ?? opts.ref
    if (!ref) {
      result.warnings.push(
        'Retraining not dispatched: no ref to run it on (retrain.ref in ssot/drift.json).',
      )
      plan.state.dispatched = false
    } else {
      await gh.rest.actions.createWorkflowDispatch({
        owner,
        repo,
        workflow_id: /^\d+$/.test(settings.retrain.workflow)
          ? Number(settings.retrain.workflow)
          : settings.retrain.workflow,
        ref,
        inputs: { reason: `drift: ${run.columns.join(', ')}`.slice(0, 1000), model },
      })
      result.dispatched = true
    }
  }
  const runUrl = `${ctx.serverUrl}/${owner}/${repo}/actions/runs/${ctx.runId}`
  const body = issueBody(evidence, model, plan.state, settings, runUrl)
  const frozenByLabel = plan.state.frozen && run.drifted && settings.frozenVersion === undefined
  result.frozen = plan.state.frozen && run.drifted
  if (plan.issue === 'create') {
    const { data } = await gh.rest.issues.create({
      owner,
      repo,
      title: `Drift: ${model}`,
      body,
      labels: frozenByLabel ? [DRIFT_LABEL, FROZEN_LABEL] : [DRIFT_LABEL],
    })
    result.issueNumber = data.number
    result.issueUrl = data.html_url
  } else if (open && plan.issue !== 'none') {
    const labels = new Set(open.labels)
    if (frozenByLabel) labels.add(FROZEN_LABEL)
    if (plan.issue === 'close') labels.delete(FROZEN_LABEL)
    if (plan.comment)
      await gh.rest.issues.createComment({
        owner,
        repo,
        issue_number: open.number,
        body: `${escapeMarkdown(plan.comment)} ([run](${runUrl}))`,
      })
    await gh.rest.issues.update({
      owner,
      repo,
      issue_number: open.number,
      body,
      labels: [...labels],
      ...(plan.issue === 'close'
        ? { state: 'closed' as const, state_reason: 'completed' as const }
        : {}),
    })
    result.issueNumber = open.number
    result.issueUrl = open.url
  }
  return result
}

function modelName(evidence: EvidenceRecord): string {
  const m = evidence.report.model as { name?: unknown } | undefined
  return typeof m?.name === 'string' ? m.name : 'model'
}

/** The open alert issue of this model: labelled modelgate:drift, with this model's marker. */
async function findIssue(
  gh: GitHubClient,
  owner: string,
  repo: string,
  model: string,
): Promise<{ number: number; url: string; labels: string[]; state: EpisodeState } | undefined> {
  const issues = await gh.paginate(gh.rest.issues.listForRepo, {
    owner,
    repo,
    state: 'open',
    labels: DRIFT_LABEL,
    per_page: 100,
  })
  for (const issue of issues) {
    if (issue.pull_request) continue
    const m = readMarker(issue.body)
    if (!m || m.model !== model) continue
    return {
      number: issue.number,
      url: issue.html_url,
      labels: issue.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
      state: m.state,
    }
  }
  return undefined
}

function issueBody(
  evidence: EvidenceRecord,
  model: string,
  state: EpisodeState,
  settings: AlertSettings,
  runUrl: string,
): string {
  const drifting = evidence.status === 'fail'
  const table = (
    evidence.report.tables as { rows: (string | number | null)[][] }[] | undefined
  )?.[0]
  const rows = (table?.rows ?? []).map(
    (r) =>
      `| ${markdownCode(r[0])} | ${escapeMarkdown(r[1])} | ${escapeMarkdown(r[3])} | ${escapeMarkdown(r[4])} | ${escapeMarkdown(r[5])} | ${r[6] === 'DRIFT' ? '**drift**' : 'no'} |`,
  )
  const retrain = settings.retrain
    ? state.dispatched
      ? `dispatched (${markdownCode(settings.retrain.workflow)})`
      : `after ${settings.retrain.consecutiveRuns} drifted runs in a row (${markdownCode(settings.retrain.workflow)})`
    : 'not configured (retrain in ssot/drift.json)'
  const lines = [
    `## ${drifting ? 'Data drift' : 'Drift ended'}: ${escapeMarkdown(model)}`,
    '',
    escapeMarkdown(evidence.summary),
    '',
    `- Drifted runs in a row: **${state.consecutive}** (episode since ${escapeMarkdown(state.since)}); last run: [${escapeMarkdown(evidence.context.runId ?? 'run')}](${runUrl})`,
    `- Freeze: ${state.frozen ? (settings.frozenVersion ? `version ${markdownCode(settings.frozenVersion)} frozen in the registry` : 'frozen (output `frozen=true`, label `modelgate:frozen`)') : settings.freeze ? 'not yet' : 'off'}`,
    `- Retraining: ${retrain}`,
    '',
    '| column | role | test | score | threshold | drift |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    'This issue is updated in place by each scheduled `modelgate drift` run and closed when drift ends.',
  ]
  const text = cutMarkdown(lines.join('\n'), ISSUE_BODY_LIMIT, '\n\n(table shortened)')
  return `${text}\n\n${marker(model, state)}\n`
}
