import { isAbsolute, normalize } from 'node:path'
import type { EvidenceRecord, GateStatus } from '../../contract/types.js'
import type { Violation } from '../../gates/g0/table-validator.js'
import { truncate, truncateBytes } from '../../report/escape.js'
import type { GitHubClient } from '../../github/octokit.js'

/** GitHub accepts at most 50 annotations per request, and 65,535 bytes (UTF-8) per summary or text. */
export const ANNOTATIONS_PER_REQUEST = 50
export const OUTPUT_LIMIT = 65_535
/** A bound on annotations per run, so a file with a million bad rows cannot make a million requests. */
export const MAX_ANNOTATIONS = 1000

export interface Annotation {
  path: string
  start_line: number
  end_line: number
  annotation_level: 'notice' | 'warning' | 'failure'
  title: string
  message: string
}

/** The stable check name branch protection can require, e.g. "modelgate / G1 Model Performance". */
export function checkRunName(evidence: Pick<EvidenceRecord, 'gate' | 'gateName'>): string {
  return `modelgate / ${evidence.gate} ${evidence.gateName}`
}

/** `error` means the gate could not judge: never a success. */
export function conclusionFor(status: GateStatus): 'success' | 'failure' {
  return status === 'pass' ? 'success' : 'failure'
}

export function checkRunTitle(evidence: Pick<EvidenceRecord, 'status' | 'summary'>): string {
  const head =
    evidence.status === 'error'
      ? 'error: could not judge'
      : evidence.status === 'pass'
        ? 'passed'
        : 'failed'
  return truncate(`${head}. ${evidence.summary}`, 1000)
}

/** A path GitHub can annotate: relative, inside the repository. */
function repoPath(path: string): string | undefined {
  const p = normalize(path).replace(/\\/g, '/')
  return isAbsolute(p) || p === '..' || p.startsWith('../') ? undefined : p
}

/** Finds the line a JSON pointer names in a repository file (see io/json-pointer-line.ts); undefined when it cannot. */
export type PointerLocator = (path: string, pointer: string) => number | undefined

/**
 * Annotations: failing and warning checks at the line that declares them
 * (their row in ssot/kpi_acceptance.csv, or the line a JSON pointer names in
 * ssot/security.json), problems at the line that stopped the gate, then G0
 * data violations at their CSV line. Only for files that are part of the
 * repository (`inRepository`).
 */
export function annotationsFor(
  evidence: EvidenceRecord,
  inRepository: (path: string) => boolean,
  locate: PointerLocator = () => undefined,
): Annotation[] {
  const out: Annotation[] = []
  const at = (
    file: string | undefined,
    line: number | undefined,
    pointer: string | undefined,
  ): { path: string; line: number } | undefined => {
    const path = file ? repoPath(file) : undefined
    if (!path || !inRepository(path)) return undefined
    const l = line && line > 0 ? line : pointer !== undefined ? locate(path, pointer) : undefined
    return l ? { path, line: l } : undefined
  }
  for (const c of evidence.checks) {
    if (c.status !== 'fail' && c.status !== 'warn' && c.status !== 'error') continue
    const where = at(c.source?.file, c.source?.line, c.source?.pointer)
    if (!where) continue
    const measured =
      c.value !== null && c.operator
        ? ` Value ${String(c.value)}${c.unit ? ` ${c.unit}` : ''}, required ${c.operator} ${String(c.threshold)}.`
        : ''
    out.push({
      path: where.path,
      start_line: where.line,
      end_line: where.line,
      annotation_level: c.status === 'warn' ? 'warning' : 'failure',
      title: truncate(
        `${evidence.gate} ${c.rule}${c.variable ? ` (${c.variable})` : ''}: ${c.status}`,
        255,
      ),
      message: truncate(`${c.message ?? ''}${measured}`.trim() || c.id, 4000),
    })
  }
  for (const p of evidence.problems) {
    const where = at(p.file, p.line, p.pointer)
    if (where)
      out.push({
        path: where.path,
        start_line: where.line,
        end_line: where.line,
        annotation_level: 'failure',
        title: `${evidence.gate} could not judge`,
        message: truncate(
          `${p.pointer ? `At ${p.pointer}: ` : ''}${p.message}${p.expected ? `. Expected ${p.expected}` : ''}${p.found ? `, found ${p.found}` : ''}`,
          4000,
        ),
      })
  }
  for (const v of (evidence.report.violations as Violation[] | undefined) ?? []) {
    const where = at(v.file, v.line, undefined)
    if (where)
      out.push({
        path: where.path,
        start_line: where.line,
        end_line: where.line,
        annotation_level: 'failure',
        title: truncate(`${v.column}: ${v.rule}`, 255),
        message: truncate(`${v.message} (value ${JSON.stringify(v.value)})`, 4000),
      })
  }
  return out.slice(0, MAX_ANNOTATIONS)
}

export function batches<T>(items: T[], size = ANNOTATIONS_PER_REQUEST): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

export interface CheckRunRequest {
  owner: string
  repo: string
  headSha: string
  name: string
  conclusion: 'success' | 'failure'
  title: string
  summary: string
  text?: string
  annotations: Annotation[]
  detailsUrl?: string
}

/** The check run that was created, and the GitHub App it belongs to (who an installation token acts as). */
export interface CreatedCheckRun {
  id: number
  app?: { id: number; slug: string }
}

function checkRunOutput(
  run: Pick<CheckRunRequest, 'title' | 'summary' | 'text'>,
  annotations: Annotation[] = [],
) {
  return {
    title: run.title,
    summary: truncateBytes(run.summary, OUTPUT_LIMIT),
    ...(run.text ? { text: truncateBytes(run.text, OUTPUT_LIMIT) } : {}),
    ...(annotations.length > 0 ? { annotations } : {}),
  }
}

/** Creates the completed check run with the first 50 annotations and adds the rest in updates of 50. */
export async function publishCheckRun(
  gh: GitHubClient,
  run: CheckRunRequest,
): Promise<CreatedCheckRun> {
  const [first = [], ...rest] = batches(run.annotations)
  const { data } = await gh.rest.checks.create({
    owner: run.owner,
    repo: run.repo,
    name: run.name,
    head_sha: run.headSha,
    status: 'completed',
    conclusion: run.conclusion,
    completed_at: new Date().toISOString(),
    ...(run.detailsUrl ? { details_url: run.detailsUrl } : {}),
    output: checkRunOutput(run, first),
  })
  for (const batch of rest) {
    await gh.rest.checks.update({
      owner: run.owner,
      repo: run.repo,
      check_run_id: data.id,
      output: checkRunOutput(run, batch),
    })
  }
  const app = data.app?.slug ? { id: data.app.id, slug: data.app.slug } : undefined
  return { id: data.id, ...(app ? { app } : {}) }
}

/** Replaces a check run's title, summary and text; its annotations stay. */
export async function updateCheckRunOutput(
  gh: GitHubClient,
  run: Pick<CheckRunRequest, 'owner' | 'repo' | 'title' | 'summary' | 'text'>,
  id: number,
): Promise<void> {
  await gh.rest.checks.update({
    owner: run.owner,
    repo: run.repo,
    check_run_id: id,
    output: checkRunOutput(run),
  })
}
