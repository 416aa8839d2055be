import { formatProblem } from '../contract/errors.js'
import type { Check, EvidenceRecord, GateId, GateStatus } from '../contract/types.js'
import type { ColumnProfile } from '../profile/column-profile.js'
import type { Violation } from '../profile/violation.js'
import { escapeMarkdown, markdownCode } from './escape.js'
import {
  chainStatus,
  CHAIN,
  checkLabel,
  extraTables,
  formatDetails,
  formatThreshold,
  formatValue,
  orderChecks,
  STATUS_ICON,
} from './format.js'
import { groupDigits } from '../contract/digits.js'

export interface MarkdownOptions {
  /** Largest body in characters (UTF-16 code units). Without it and `maxBytes`, nothing is shortened (the full report in the artifact). */
  maxLength?: number
  /** Largest body in UTF-8 bytes: GitHub measures check-run summaries and texts in bytes. */
  maxBytes?: number
  runUrl?: string
  artifactUrl?: string
  chain?: Partial<Record<GateId, GateStatus | 'pending'>>
}

/**
 * A part of a report. A part with rows can be shortened to its first `cap`
 * rows, saying how many more the artifact holds; `min` is the fewest rows it
 * keeps (the parts that matter most keep a few whatever the limit).
 */
export interface Part {
  name: string
  rows: number
  min: number
  render(cap: number): string
}

/** Says how many rows a shortened table left out. */
export type MoreNote = (what: string) => (n: number) => string

/** "… and 12 more violations: see the full report in the artifact." */
export function moreNote(artifactUrl?: string): MoreNote {
  return (what) => (n) =>
    `… and ${groupDigits(n)} more ${what}: see the full report in the ${artifactUrl ? `[evidence artifact](${artifactUrl})` : 'evidence artifact'}.`
}

/** A table of the first `cap` rows; when rows were left out, a line after it says how many. */
export function table<T>(
  head: string[],
  rows: readonly T[],
  cap: number,
  row: (r: T) => string,
  more: (n: number) => string,
): string[] {
  const lines = rows.length > 0 && cap > 0 ? [...head, ...rows.slice(0, cap).map(row)] : []
  if (rows.length > cap) lines.push(...(lines.length > 0 ? [''] : []), more(rows.length - cap))
  return lines
}

export const CHECK_HEAD = [
  '| | check | value | threshold | unit | severity | details |',
  '|---|---|---|---|---|---|---|',
]

/** One table row per check; the check id (without the gate prefix) says which file, column or KPI it is about. */
export function checkRow(c: Check): string {
  const details = [formatDetails(c), c.message ?? ''].filter(Boolean).join('; ')
  return `| ${STATUS_ICON[c.status]} | ${escapeMarkdown(checkLabel(c))} | ${escapeMarkdown(formatValue(c.value))} | ${escapeMarkdown(formatThreshold(c))} | ${escapeMarkdown(c.unit ?? '')} | ${escapeMarkdown(c.severity)} | ${escapeMarkdown(details)} |`
}

/** The model a report is about, from `report.model` (G1, G2, and G0 when ssot/model.json names one). */
function modelLabel(e: EvidenceRecord): string | undefined {
  const m = e.report.model as { name?: unknown; version?: unknown } | undefined
  if (typeof m?.name !== 'string' || m.name === '') return undefined
  return `model ${markdownCode(m.name)}${typeof m.version === 'string' && m.version ? ` version ${markdownCode(m.version)}` : ''}`
}

/** The parts of the full report, most important first (renderMarkdown shortens them from the other end). */
export function reportParts(e: EvidenceRecord, options: MarkdownOptions): Part[] {
  const more = moreNote(options.artifactUrl)
  return [
    ...headParts(e, options),
    ...problemParts(e, more),
    ...checkParts(e, more),
    ...violationParts(e, more),
    ...tableParts(e, more),
    ...profileParts(e, more),
    fixed('chain', mermaidChain(e, options.chain)),
    ...subjectParts(e, more),
    ...footerParts(e),
  ]
}

/** A part that is never shortened. */
const fixed = (name: string, text: string): Part => ({ name, rows: 0, min: 0, render: () => text })

/** The headline: verdict, summary, model, links and the evidence digest. */
function headParts(e: EvidenceRecord, options: MarkdownOptions): Part[] {
  const parts: Part[] = []
  const head: string[] = [
    `## ${STATUS_ICON[e.status]} ${e.gate} ${escapeMarkdown(e.gateName)}: ${e.status.toUpperCase()}`,
    '',
    escapeMarkdown(e.summary),
    '',
  ]
  const links: string[] = []
  const model = modelLabel(e)
  if (model) links.push(model)
  if (options.runUrl) links.push(`[workflow run](${options.runUrl})`)
  if (options.artifactUrl) links.push(`[evidence artifact](${options.artifactUrl})`)
  links.push(`evidence digest ${markdownCode(e.digest.value.slice(0, 16))}`)
  head.push(links.join(' · '), '')
  parts.push(fixed('head', head.join('\n')))
  return parts
}

/** What kept the gate from judging. */
function problemParts(e: EvidenceRecord, more: MoreNote): Part[] {
  const parts: Part[] = []
  if (e.problems.length > 0) {
    const problems = e.problems
    parts.push({
      name: 'problems',
      rows: problems.length,
      min: 3,
      render: (cap) => {
        const lines = [
          '### Problems',
          '',
          'The gate could not judge. Fix these and run it again:',
          '',
        ]
        for (const p of problems.slice(0, cap)) lines.push(`- ${escapeMarkdown(formatProblem(p))}`)
        if (problems.length > cap) lines.push('', more('problems')(problems.length - cap))
        return `${lines.join('\n')}\n`
      },
    })
  }
  return parts
}

/** The checks that need attention, then the passing ones (folded). */
function checkParts(e: EvidenceRecord, more: MoreNote): Part[] {
  const parts: Part[] = []
  if (e.checks.length > 0) {
    const ordered = orderChecks(e.checks)
    const attention = ordered.filter((c) => c.status !== 'pass')
    const passing = ordered.filter((c) => c.status === 'pass')
    parts.push({
      name: 'attention',
      rows: attention.length,
      min: 3,
      render: (cap) =>
        [
          '### Checks',
          '',
          ...(attention.length > 0
            ? [
                ...table(CHECK_HEAD, attention, cap, checkRow, more('checks that need attention')),
                '',
              ]
            : []),
        ].join('\n'),
    })
    if (passing.length > 0) {
      parts.push({
        name: 'passing',
        rows: passing.length,
        min: 0,
        render: (cap) =>
          [
            `<details><summary>${groupDigits(passing.length)} passing checks</summary>`,
            '',
            ...table(CHECK_HEAD, passing, cap, checkRow, more('passing checks')),
            '',
            '</details>',
            '',
          ].join('\n'),
      })
    }
  }
  return parts
}

/** The gate's extra tables. */
function tableParts(e: EvidenceRecord, more: MoreNote): Part[] {
  const parts: Part[] = []
  for (const t of extraTables(e)) {
    const head = [
      `| ${t.columns.map(escapeMarkdown).join(' | ')} |`,
      `|${t.columns.map(() => '---').join('|')}|`,
    ]
    const row = (r: (string | number | null)[]) =>
      `| ${t.columns.map((_c, i) => escapeMarkdown(formatValue(r[i]))).join(' | ')} |`
    parts.push({
      name: 'tables',
      rows: t.rows.length,
      min: 0,
      render: (cap) =>
        [
          `### ${escapeMarkdown(t.title)}`,
          '',
          ...table(head, t.rows, cap, row, more('rows')),
          '',
        ].join('\n'),
    })
  }
  return parts
}

/** G0's column profile (folded). */
function profileParts(e: EvidenceRecord, more: MoreNote): Part[] {
  const parts: Part[] = []
  const profile = (e.report.profile as ColumnProfile[] | undefined) ?? []
  if (profile.length > 0) {
    const head = [
      '| file | column | unit | count | missing | min | p50 | max | mean | std | top values |',
      '|---|---|---|---|---|---|---|---|---|---|---|',
    ]
    const row = (p: ColumnProfile) => {
      const top = (p.top ?? [])
        .slice(0, 5)
        .map((t) => `${t.value} (${t.count})`)
        .join(', ')
      const n = (v: number | undefined) => escapeMarkdown(formatValue(v))
      return `| ${escapeMarkdown(p.file)} | ${escapeMarkdown(p.column)} | ${escapeMarkdown(p.unit ?? '')} | ${n(p.count)} | ${n(p.missing)} | ${n(p.min)} | ${n(p.quantiles?.p50)} | ${n(p.max)} | ${n(p.mean)} | ${n(p.std)} | ${escapeMarkdown(top)} |`
    }
    parts.push({
      name: 'profile',
      rows: profile.length,
      min: 0,
      render: (cap) =>
        [
          '<details><summary>Column profile</summary>',
          '',
          ...table(head, profile, cap, row, more('columns')),
          '',
          '</details>',
          '',
        ].join('\n'),
    })
  }
  return parts
}

/** The digests of the files judged (folded). */
function subjectParts(e: EvidenceRecord, more: MoreNote): Part[] {
  const parts: Part[] = []
  const subjects = [
    ...(e.subject.model ? [e.subject.model] : []),
    ...e.subject.data,
    ...e.subject.artifacts,
  ]
  if (subjects.length > 0) {
    const head = ['| role | path | sha256 | bytes | rows |', '|---|---|---|---|---|']
    const row = (s: (typeof subjects)[number]) =>
      `| ${escapeMarkdown(s.role)} | ${markdownCode(s.path)} | ${markdownCode(s.sha256)} | ${s.bytes} | ${s.rows ?? ''} |`
    parts.push({
      name: 'subject',
      rows: subjects.length,
      min: 3,
      render: (cap) =>
        [
          '<details><summary>Subject digests</summary>',
          '',
          ...table(head, subjects, cap, row, more('files')),
          '',
          '</details>',
          '',
        ].join('\n'),
    })
  }
  return parts
}

/** The tool version, ref, commit and time. */
function footerParts(e: EvidenceRecord): Part[] {
  const parts: Part[] = []
  const where = [
    e.context.ref ? `ref ${markdownCode(e.context.ref)}` : '',
    e.context.sha ? `commit ${markdownCode(e.context.sha.slice(0, 12))}` : '',
  ]
    .filter(Boolean)
    .join(' ')
  parts.push(
    fixed(
      'footer',
      `<sub>modelgate ${escapeMarkdown(e.tool.version)}${where ? ` · ${where}` : ''} · ${escapeMarkdown(e.timing.finishedAt)}</sub>\n`,
    ),
  )
  return parts
}

export function violationParts(e: EvidenceRecord, more: MoreNote): Part[] {
  const parts: Part[] = []
  const violations = (e.report.violations as Violation[] | undefined) ?? []
  if (violations.length > 0) {
    const total = Number(e.report.totalViolations ?? violations.length)
    const head = ['| file | line | column | value | rule | message |', '|---|---|---|---|---|---|']
    const row = (v: Violation) =>
      `| ${escapeMarkdown(v.file)} | ${v.line} | ${escapeMarkdown(v.column)} | ${markdownCode(v.value)} | ${escapeMarkdown(v.rule)} | ${escapeMarkdown(v.message)} |`
    parts.push({
      name: 'violations',
      rows: violations.length,
      min: 0,
      render: (cap) =>
        [
          `### Violations (first ${groupDigits(violations.length)} of ${groupDigits(total)})`,
          '',
          ...table(head, violations, cap, row, more('violations')),
          '',
        ].join('\n'),
    })
  }
  const counts = Object.entries(
    (e.report.violationCounts as Record<string, number> | undefined) ?? {},
  ).sort((a, b) => b[1] - a[1])
  if (counts.length > 0) {
    const head = ['| rule | violations |', '|---|---|']
    const row = ([rule, n]: [string, number]) => `| ${escapeMarkdown(rule)} | ${groupDigits(n)} |`
    parts.push({
      name: 'violation-counts',
      rows: counts.length,
      min: 0,
      render: (cap) => [...table(head, counts, cap, row, more('rules')), ''].join('\n'),
    })
  }
  return parts
}

/** A Mermaid flowchart of G0..G5, each node coloured by the status known for this model. */
function mermaidChain(
  e: EvidenceRecord,
  known?: Partial<Record<GateId, GateStatus | 'pending'>>,
): string {
  const status = chainStatus(e, known)
  const lines = ['```mermaid', 'flowchart LR']
  lines.push(`  ${CHAIN.map((g) => `${g}["${g} ${status[g]}"]`).join(' --> ')}`)
  lines.push(
    '  classDef pass fill:#2da44e,color:#fff',
    '  classDef fail fill:#cf222e,color:#fff',
    '  classDef error fill:#bc4c00,color:#fff',
    '  classDef pending fill:#afb8c1,color:#000',
  )
  for (const g of CHAIN) lines.push(`  class ${g} ${status[g]}`)
  lines.push('```', '')
  return lines.join('\n')
}
