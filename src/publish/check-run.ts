import type { EvidenceRecord } from '../engine/types.js'
import type { Violation } from '../gates/g0/table-validator.js'
import { truncate } from '../report/escape.js'
import type { GitHubClient } from './octokit.js'

/** GitHub accepts at most 50 annotations per request, and 65,535 characters per summary or text. */
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
export function checkRunName(evidence: EvidenceRecord): string {
  return `modelgate / ${evidence.gate} ${evidence.gateName}`
}

export function conclusionFor(status: EvidenceRecord['status']): 'success' | 'failure' {
  return status === 'pass' ? 'success' : 'failure'
}

/**
 * Annotations: failing and warning checks at the line that declares them
 * (for example their row in ssot/kpi_acceptance.csv), then data violations
 * at their line in the CSV, when that file is part of the repository.
 */
export function annotationsFor(evidence: EvidenceRecord, inRepository: (path: string) => boolean): Annotation[] {
  const out: Annotation[] = []
  for (const c of evidence.checks) {
    if (c.status === 'pass' || c.status === 'skipped' || !c.source?.line || !inRepository(c.source.file)) continue
    out.push({
      path: c.source.file,
      start_line: c.source.line,
      end_line: c.source.line,
      annotation_level: c.status === 'warn' ? 'warning' : 'failure',
      title: `${evidence.gate} ${c.rule}${c.variable ? ` (${c.variable})` : ''}: ${c.status}`,
      message: truncate(`${c.message ?? ''}${c.value !== null && c.operator ? ` Value ${c.value} ${c.unit ?? ''}, required ${c.operator} ${c.threshold}.` : ''}`.trim() || c.id, 4000),
    })
  }
  for (const p of evidence.problems) {
    if (p.file && p.line && inRepository(p.file)) out.push({ path: p.file, start_line: p.line, end_line: p.line, annotation_level: 'failure', title: `${evidence.gate} could not judge`, message: truncate(`${p.message}${p.expected ? `. Expected ${p.expected}` : ''}${p.found ? `, found ${p.found}` : ''}`, 4000) })
  }
  for (const v of (evidence.report.violations as Violation[] | undefined) ?? []) {
    if (!inRepository(v.file)) continue
    out.push({ path: v.file, start_line: v.line, end_line: v.line, annotation_level: 'failure', title: `${v.column}: ${v.rule}`, message: truncate(`${v.message} (value ${JSON.stringify(v.value)})`, 4000) })
  }
  return out.slice(0, MAX_ANNOTATIONS)
}

/** Creates the check run with the first 50 annotations and adds the rest in updates of 50. */
export async function publishCheckRun(
  gh: GitHubClient,
  run: { owner: string; repo: string; headSha: string; name: string; conclusion: 'success' | 'failure'; title: string; summary: string; text?: string; annotations: Annotation[]; detailsUrl?: string },
): Promise<number> {
  const output = (annotations: Annotation[]) => ({
    title: truncate(run.title, 1000),
    summary: truncate(run.summary, OUTPUT_LIMIT),
    ...(run.text ? { text: truncate(run.text, OUTPUT_LIMIT) } : {}),
    annotations,
  })
  const batches: Annotation[][] = []
  for (let i = 0; i < run.annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(run.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST))
  const { data } = await gh.rest.checks.create({
    owner: run.owner,
    repo: run.repo,
    name: run.name,
    head_sha: run.headSha,
    status: 'completed',
    conclusion: run.conclusion,
    ...(run.detailsUrl ? { details_url: run.detailsUrl } : {}),
    output: output(batches[0] ?? []),
  })
  for (const batch of batches.slice(1)) {
    await gh.rest.checks.update({ owner: run.owner, repo: run.repo, check_run_id: data.id, output: output(batch) })
  }
  return data.id
}
