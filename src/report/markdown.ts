import { formatProblem } from '../engine/errors.js'
import type { Check, EvidenceRecord, GateId, GateStatus } from '../engine/types.js'
import type { ColumnProfile } from '../gates/g0/column-profile.js'
import type { Violation } from '../gates/g0/table-validator.js'
import { escapeMarkdown, markdownCode } from './escape.js'
import { chainStatus, CHAIN, checkLabel, extraTables, formatDetails, formatThreshold, formatValue, orderChecks, STATUS_ICON } from './format.js'

export interface MarkdownOptions {
  /** Largest body in characters (GitHub comments allow 65,536). */
  maxLength?: number
  runUrl?: string
  artifactUrl?: string
  chain?: Partial<Record<GateId, GateStatus | 'pending'>>
  /** Hidden marker placed first (sticky comments find themselves by it). */
  marker?: string
}

const DEFAULT_MAX = 65_000

/**
 * The markdown report of any gate: headline, checks, problems, G0
 * violations and profile, extra tables, the G0-G5 chain as Mermaid, links
 * and digests. Every value from data, files or config is escaped. When the
 * body would exceed `maxLength`, sections are dropped from the least
 * important up, and a pointer to the full report in the artifact is kept.
 */
export function renderMarkdown(evidence: EvidenceRecord, options: MarkdownOptions = {}): string {
  const max = options.maxLength ?? DEFAULT_MAX
  const sections = buildSections(evidence, options)
  const pointer = `\n> Report shortened to fit. Full report in the artifact${options.artifactUrl ? `: ${options.artifactUrl}` : ' (evidence JSON and HTML report)'}.\n`
  // Drop optional sections from the least important until the body fits.
  const order = ['profile', 'tables', 'violations', 'chain', 'subject', 'checks']
  let kept = sections
  let text = join(kept)
  for (const name of order) {
    if (text.length <= max) return text
    kept = kept.filter((s) => s.name !== name)
    text = join(kept) + pointer
  }
  if (text.length > max) text = `${text.slice(0, Math.max(0, max - pointer.length - 1))}${pointer}`
  return text
}

interface Section {
  name: string
  text: string
}

function join(sections: Section[]): string {
  return sections.map((s) => s.text).join('\n')
}

function buildSections(e: EvidenceRecord, options: MarkdownOptions): Section[] {
  const sections: Section[] = []
  const head: string[] = []
  if (options.marker) head.push(options.marker)
  head.push(`## ${STATUS_ICON[e.status]} ${e.gate} ${escapeMarkdown(e.gateName)}: ${e.status.toUpperCase()}`, '', escapeMarkdown(e.summary), '')
  const links: string[] = []
  if (options.runUrl) links.push(`[workflow run](${options.runUrl})`)
  if (options.artifactUrl) links.push(`[evidence artifact](${options.artifactUrl})`)
  links.push(`evidence digest ${markdownCode(e.digest.value.slice(0, 16))}`)
  head.push(links.join(' · '), '')
  sections.push({ name: 'head', text: head.join('\n') })

  if (e.problems.length > 0) {
    const lines = ['### Problems', '', 'The gate could not judge. Fix these and run it again:', '']
    for (const p of e.problems) lines.push(`- ${escapeMarkdown(formatProblem(p))}`)
    sections.push({ name: 'problems', text: `${lines.join('\n')}\n` })
  }

  if (e.checks.length > 0) {
    const ordered = orderChecks(e.checks)
    const attention = ordered.filter((c) => c.status !== 'pass')
    const passing = ordered.filter((c) => c.status === 'pass')
    const lines = ['### Checks', '']
    if (attention.length > 0) lines.push(...checksTable(attention), '')
    if (passing.length > 0) lines.push(`<details><summary>${passing.length} passing checks</summary>`, '', ...checksTable(passing), '', '</details>', '')
    sections.push({ name: 'checks', text: lines.join('\n') })
  }

  const violations = (e.report.violations as Violation[] | undefined) ?? []
  if (violations.length > 0) {
    const total = Number(e.report.totalViolations ?? violations.length)
    const lines = [`### Violations (first ${violations.length} of ${total.toLocaleString('en-US')})`, '', '| file | line | column | value | rule | message |', '|---|---|---|---|---|---|']
    for (const v of violations) {
      lines.push(`| ${escapeMarkdown(v.file)} | ${v.line} | ${escapeMarkdown(v.column)} | ${markdownCode(v.value)} | ${escapeMarkdown(v.rule)} | ${escapeMarkdown(v.message)} |`)
    }
    const counts = Object.entries((e.report.violationCounts as Record<string, number> | undefined) ?? {})
    if (counts.length > 0) {
      lines.push('', '| rule | violations |', '|---|---|')
      for (const [rule, n] of counts.sort((a, b) => b[1] - a[1])) lines.push(`| ${escapeMarkdown(rule)} | ${n.toLocaleString('en-US')} |`)
    }
    sections.push({ name: 'violations', text: `${lines.join('\n')}\n` })
  }

  for (const t of extraTables(e)) {
    const lines = [`### ${escapeMarkdown(t.title)}`, '', `| ${t.columns.map(escapeMarkdown).join(' | ')} |`, `|${t.columns.map(() => '---').join('|')}|`]
    for (const row of t.rows) lines.push(`| ${row.map((v) => escapeMarkdown(formatValue(v))).join(' | ')} |`)
    sections.push({ name: 'tables', text: `${lines.join('\n')}\n` })
  }

  const profile = (e.report.profile as ColumnProfile[] | undefined) ?? []
  if (profile.length > 0) {
    const lines = ['<details><summary>Column profile</summary>', '', '| file | column | unit | count | missing | min | p50 | max | mean | std | top values |', '|---|---|---|---|---|---|---|---|---|---|---|']
    for (const p of profile) {
      const top = (p.top ?? []).slice(0, 5).map((t) => `${t.value} (${t.count})`).join(', ')
      lines.push(
        `| ${escapeMarkdown(p.file)} | ${escapeMarkdown(p.column)} | ${escapeMarkdown(p.unit ?? '')} | ${p.count} | ${p.missing} | ${formatValue(p.min)} | ${formatValue(p.quantiles?.p50)} | ${formatValue(p.max)} | ${formatValue(p.mean)} | ${formatValue(p.std)} | ${escapeMarkdown(top)} |`,
      )
    }
    lines.push('', '</details>')
    sections.push({ name: 'profile', text: `${lines.join('\n')}\n` })
  }

  sections.push({ name: 'chain', text: mermaidChain(e, options.chain) })

  const subjects = [...(e.subject.model ? [e.subject.model] : []), ...e.subject.data, ...e.subject.artifacts]
  if (subjects.length > 0) {
    const lines = ['<details><summary>Subject digests</summary>', '', '| role | path | sha256 | bytes | rows |', '|---|---|---|---|---|']
    for (const s of subjects) lines.push(`| ${escapeMarkdown(s.role)} | ${markdownCode(s.path)} | ${markdownCode(s.sha256)} | ${s.bytes} | ${s.rows ?? ''} |`)
    lines.push('', '</details>')
    sections.push({ name: 'subject', text: `${lines.join('\n')}\n` })
  }
  sections.push({ name: 'footer', text: `<sub>modelgate ${escapeMarkdown(e.tool.version)} · ${e.timing.finishedAt}</sub>\n` })
  return sections
}

/** One table row per check; the check id (without the gate prefix) says which file, column or KPI it is about. */
function checksTable(checks: Check[]): string[] {
  const lines = ['| | check | value | threshold | unit | severity | details |', '|---|---|---|---|---|---|---|']
  for (const c of checks) {
    const details = [formatDetails(c), c.message ?? ''].filter(Boolean).join('; ')
    lines.push(
      `| ${STATUS_ICON[c.status]} | ${escapeMarkdown(checkLabel(c))} | ${escapeMarkdown(formatValue(c.value))} | ${escapeMarkdown(formatThreshold(c))} | ${escapeMarkdown(c.unit ?? '')} | ${c.severity} | ${escapeMarkdown(details)} |`,
    )
  }
  return lines
}

/** A Mermaid flowchart of G0..G5, each node coloured by the status known for this model. */
export function mermaidChain(e: EvidenceRecord, known?: Partial<Record<GateId, GateStatus | 'pending'>>): string {
  const status = chainStatus(e, known)
  const lines = ['```mermaid', 'flowchart LR']
  lines.push(`  ${CHAIN.map((g) => `${g}["${g} ${status[g]}"]`).join(' --> ')}`)
  lines.push('  classDef pass fill:#2da44e,color:#fff', '  classDef fail fill:#cf222e,color:#fff', '  classDef error fill:#bc4c00,color:#fff', '  classDef pending fill:#afb8c1,color:#000')
  for (const g of CHAIN) lines.push(`  class ${g} ${status[g]}`)
  lines.push('```', '')
  return lines.join('\n')
}
