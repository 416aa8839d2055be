import type { EvidenceRecord } from '../../contract/types.js'

/**
 * The state of a drift episode, kept in a hidden marker in the body of the
 * model's alert issue, so that scheduled runs need no storage of their own:
 * the verdict of the last run, how many runs in a row drifted, and whether
 * this episode already froze the model and dispatched retraining.
 */
export interface EpisodeState {
  v: 1
  /** `drift: a, b` (the drifted columns) or `no drift`. */
  verdict: string
  consecutive: number
  dispatched: boolean
  frozen: boolean
  /** When the episode started (ISO date). */
  since: string
  /** The run that last updated it: a re-run of the same run does not count twice. */
  lastRun?: string
}

export const DRIFT_LABEL = 'modelgate:drift'
export const FROZEN_LABEL = 'modelgate:frozen'
const MARKER = /<!-- modelgate:drift model=([A-Za-z0-9_-]*) state=([A-Za-z0-9_-]*) -->/

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url')
const unb64 = (text: string) => Buffer.from(text, 'base64url').toString('utf8')

export function marker(model: string, state: EpisodeState): string {
  return `<!-- modelgate:drift model=${b64(model)} state=${b64(JSON.stringify(state))} -->`
}

/** The model and episode state an issue body carries, or undefined when it has no (valid) marker. */
export function readMarker(
  body: string | null | undefined,
): { model: string; state: EpisodeState } | undefined {
  const m = MARKER.exec(body ?? '')
  if (!m) return undefined
  try {
    const state = JSON.parse(unb64(m[2]!)) as EpisodeState
    if (state?.v !== 1 || typeof state.consecutive !== 'number') return undefined
    return { model: unb64(m[1]!), state }
  } catch {
    return undefined
  }
}

/** The verdict a run states: which columns drift, in a stable order. */
export function verdictOf(evidence: EvidenceRecord): {
  drifted: boolean
  verdict: string
  columns: string[]
} {
  const drift = evidence.report.drift as { drifted?: { name: string; role: string }[] } | undefined
  const columns = (drift?.drifted ?? [])
    .map((d) =>
      d.role === 'feature' ? d.name : d.role === d.name ? d.role : `${d.role} ${d.name}`,
    )
    .sort()
  const drifted = evidence.status === 'fail'
  return { drifted, columns, verdict: drifted ? `drift: ${columns.join(', ')}` : 'no drift' }
}

export interface Plan {
  /** What to do with the issue. */
  issue: 'none' | 'create' | 'update' | 'close'
  /** A new comment (only when the verdict changes, retraining starts, or drift ends). */
  comment?: string
  dispatch: boolean
  freeze: boolean
  state: EpisodeState
}

/**
 * What one scheduled run does, from its verdict and the open issue's state
 * (none when there is no open issue): open an issue when drift starts,
 * update it in place while it lasts (a comment only when the drifted columns
 * change), dispatch retraining once the episode reached K drifted runs in a
 * row (once per episode), and close it with a comment when drift ends.
 */
export function planAlert(
  run: { drifted: boolean; verdict: string; runId: string; now: string },
  open: EpisodeState | undefined,
  settings: { retrainAfter?: number; freeze: boolean },
): Plan {
  if (!open) {
    if (!run.drifted) return { issue: 'none', dispatch: false, freeze: false, state: fresh(run, 0) }
    const state = fresh(run, 1)
    const dispatch = settings.retrainAfter !== undefined && settings.retrainAfter <= 1
    state.dispatched = dispatch
    state.frozen = settings.freeze
    return { issue: 'create', dispatch, freeze: settings.freeze, state }
  }
  if (!run.drifted) {
    return {
      issue: 'close',
      comment: `Drift ended: ${run.verdict} in run ${run.runId}, after ${open.consecutive} drifted run${open.consecutive === 1 ? '' : 's'} since ${open.since}. Closing.`,
      dispatch: false,
      freeze: false,
      state: { ...open, verdict: run.verdict, consecutive: 0, lastRun: run.runId },
    }
  }
  const again = open.lastRun === run.runId
  const consecutive = again ? open.consecutive : open.consecutive + 1
  const dispatch =
    settings.retrainAfter !== undefined && !open.dispatched && consecutive >= settings.retrainAfter
  const freeze = settings.freeze && !open.frozen
  const changed = run.verdict !== open.verdict
  const notes = [
    ...(changed ? [`The verdict changed: ${run.verdict} (was ${open.verdict}).`] : []),
    ...(dispatch
      ? [`Drift persisted for ${consecutive} runs in a row: retraining dispatched.`]
      : []),
    ...(freeze ? ['The production version is frozen.'] : []),
  ]
  return {
    issue: 'update',
    ...(notes.length ? { comment: notes.join(' ') } : {}),
    dispatch,
    freeze,
    state: {
      ...open,
      verdict: run.verdict,
      consecutive,
      dispatched: open.dispatched || dispatch,
      frozen: open.frozen || freeze,
      lastRun: run.runId,
    },
  }
}

function fresh(
  run: { verdict: string; runId: string; now: string },
  consecutive: number,
): EpisodeState {
  return {
    v: 1,
    verdict: run.verdict,
    consecutive,
    dispatched: false,
    frozen: false,
    since: run.now,
    lastRun: run.runId,
  }
}
