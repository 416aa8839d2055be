import { formatProblem } from '../contract/errors.js'
import type { Check, EvidenceRecord, GateId, GateStatus } from '../contract/types.js'
import type { ColumnProfile } from '../profile/column-profile.js'
import type { Violation } from '../profile/violation.js'
import { cutMarkdown, escapeMarkdown, markdownCode } from './escape.js'
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
interface Part {
  name: string
  rows: number
  min: number
  render(cap: number): string
}

/** Row caps tried in turn, each applied to the parts from the least important up. */
const LEVELS = [1000, 300, 100, 30, 10, 3, 0]

/**
 * The markdown report of any gate: headline (verdict, summary, model,
 * links, evidence digest), problems, the checks that failed or warned,
 * passing checks, G0 violations and profile, extra tables, the G0-G5 chain
 * as Mermaid, subject digests. Every value from data, files or config is
 * escaped.
 *
 * Past `maxLength`, the least important content is shortened first, row by
 * row: the profile, extra tables, violation counts, passing checks, then
 * violations, each to its first N rows with a pointer to the artifact. The
 * headline, the chain, the links and the model digest are never dropped;
 * problems and failing checks are shortened only when nothing else is left.
 */
export function renderMarkdown(evidence: EvidenceRecord, options: MarkdownOptions = {}): string {
  const parts = reportParts(evidence, options)
  return fitParts(
    parts,
    [
      'profile',
      'tables',
      'violation-counts',
      'passing',
      'violations',
      'subject',
      'problems',
      'attention',
    ],
    options,
  )
}

/**
 * The detail of a check run (its `text`): every check in one table, then the
 * violations and their counts, shortened the same way to `maxLength`.
 */
export function renderDetails(
  evidence: EvidenceRecord,
  options: Pick<MarkdownOptions, 'maxLength' | 'maxBytes' | 'artifactUrl'> = {},
): string {
  const more = moreNote(options.artifactUrl)
  const parts: Part[] = []
  if (evidence.checks.length > 0) {
    const all = orderChecks(evidence.checks)
    parts.push({
      name: 'checks',
      rows: all.length,
      min: 3,
      render: (cap) =>
        ['### All checks', '', ...table(CHECK_HEAD, all, cap, checkRow, more('checks')), ''].join(
          '\n',
        ),
    })
  }
  parts.push(...violationParts(evidence, more))
  if (parts.length === 0)
    parts.push({ name: 'none', rows: 0, min: 0, render: () => 'No checks.\n' })
  return fitParts(parts, ['violation-counts', 'violations', 'checks'], options, '')
}

/** Shortens the parts in `order` until the report fits, then joins them. */
function fitParts(
  parts: Part[],
  order: string[],
  options: MarkdownOptions,
  notice = shortenedNotice(options.artifactUrl),
): string {
  const max = options.maxLength ?? Number.POSITIVE_INFINITY
  const fits = (t: string) =>
    t.length <= max &&
    (options.maxBytes === undefined || Buffer.byteLength(t, 'utf8') <= options.maxBytes)
  // Caps only go down, so each part is rendered again only when its own cap changes.
  const caps = new Map(parts.map((p) => [p, p.rows]))
  const rendered = new Map(parts.map((p) => [p, p.render(p.rows)]))
  const join = (shortened: boolean) => {
    const texts = parts.map((p) => rendered.get(p)!)
    if (shortened && notice) texts.splice(1, 0, notice)
    return texts.join('\n')
  }
  let body = join(false)
  if (fits(body)) return body
  for (const level of LEVELS) {
    for (const name of order) {
      for (const p of parts) {
        if (p.name !== name) continue
        const cap = Math.max(level, p.min)
        if (caps.get(p)! <= cap) continue
        caps.set(p, cap)
        rendered.set(p, p.render(cap))
        body = join(true)
        if (fits(body)) return body
      }
    }
  }
  // Still too long (a headline or summary longer than the limit): cut, ending with the notice.
  return cutMarkdown(
    join(false),
    Math.min(max, options.maxBytes ?? max),
    `\n\n${notice}`,
    options.maxBytes,
  )
}

function shortenedNotice(artifactUrl?: string): string {
  return `> Report shortened to fit GitHub's size limit: long tables show their first rows. Full report in the artifact${artifactUrl ? `: [evidence artifact](${artifactUrl})` : ' (evidence JSON, markdown and HTML report)'}.\n`
}

/** "… and 12 more violations: see the full report in the artifact." */
function moreNote(artifactUrl?: string): (what: string) => (n: number) => string {
  return (what) => (n) =>
    `… and ${n.toLocaleString('en-US')} more ${what}: see the full report in the ${artifactUrl ? `[evidence artifact](${artifactUrl})` : 'evidence artifact'}.`
}

/** A table of the first `cap` rows; when rows were left out, a line after it says how many. */
function table<T>(
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

const CHECK_HEAD = [
  '| | check | value | threshold | unit | severity | details |',
  '|---|---|---|---|---|---|---|',
]

/** One table row per check; the check id (without the gate prefix) says which file, column or KPI it is about. */
function checkRow(c: Check): string {
  const details = [formatDetails(c), c.message ?? ''].filter(Boolean).join('; ')
  return `| ${STATUS_ICON[c.status]} | ${escapeMarkdown(checkLabel(c))} | ${escapeMarkdown(formatValue(c.value))} | ${escapeMarkdown(formatThreshold(c))} | ${escapeMarkdown(c.unit ?? '')} | ${escapeMarkdown(c.severity)} | ${escapeMarkdown(details)} |`
}

/** The model a report is about, from `report.model` (G1, G2, and G0 when ssot/model.json names one). */
function modelLabel(e: EvidenceRecord): string | undefined {
  const m = e.report.model as { name?: unknown; version?: unknown } | undefined
  if (typeof m?.name !== 'string' || m.name === '') return undefined
  return `model ${markdownCode(m.name)}${typeof m.version === 'string' && m.version ? ` version ${markdownCode(m.version)}` : ''}`
}

function reportParts(e: EvidenceRecord, options: MarkdownOptions): Part[] {
  const more = moreNote(options.artifactUrl)
  const fixed = (name: string, text: string): Part => ({
    name,
    rows: 0,
    min: 0,
    render: () => text,
  })
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
            `<details><summary>${passing.length.toLocaleString('en-US')} passing checks</summary>`,
            '',
            ...table(CHECK_HEAD, passing, cap, checkRow, more('passing checks')),
            '',
            '</details>',
            '',
          ].join('\n'),
      })
    }
  }

  parts.push(...violationParts(e, more))

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

  parts.push(fixed('chain', mermaidChain(e, options.chain)))

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

/** G0's violations table and the count per rule, as two parts that shorten on their own. */
function violationParts(e: EvidenceRecord, more: (what: string) => (n: number) => string): Part[] {
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
          `### Violations (first ${violations.length.toLocaleString('en-US')} of ${total.toLocaleString('en-US')})`,
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
    const row = ([rule, n]: [string, number]) =>
      `| ${escapeMarkdown(rule)} | ${n.toLocaleString('en-US')} |`
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
export function mermaidChain(
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
