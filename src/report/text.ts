import { formatProblem } from '../contract/errors.js'
import type {
  Check,
  CheckStatus,
  EvidenceRecord,
  GateStatus,
  SubjectFile,
} from '../contract/types.js'
import type { Violation } from '../profile/violation.js'
import type { ReportFiles } from './files.js'
import {
  checkLabel,
  extraTables,
  formatDetails,
  formatThreshold,
  formatValue,
  orderChecks,
} from './format.js'

/**
 * The report for a terminal: the verdict first, then what went wrong as
 * aligned lines, the files it judged, and where the full reports are. No
 * HTML, no markdown, no Mermaid. Colour only when asked (a TTY without
 * NO_COLOR). Every value from data, files or config passes through `plain`,
 * so no control character or escape sequence from a data file reaches the
 * terminal.
 */
export interface TextOptions {
  color?: boolean
  /** The report files written, listed last; absent when they could not be written. */
  files?: ReportFiles
  /** Most check rows listed; the rest are counted. */
  maxChecks?: number
}

const SGR: Record<GateStatus | CheckStatus | 'dim' | 'bold', string> = {
  pass: '32',
  fail: '31',
  error: '35',
  warn: '33',
  skipped: '2',
  dim: '2',
  bold: '1',
}

export function renderText(evidence: EvidenceRecord, options: TextOptions = {}): string {
  const paint = (style: keyof typeof SGR, text: string) =>
    options.color ? `\u001b[${SGR[style]}m${text}\u001b[0m` : text
  const out: string[] = []
  out.push(
    `${paint('bold', `${evidence.gate} ${evidence.gateName}:`)} ${paint(evidence.status, evidence.status.toUpperCase())}`,
  )
  out.push(`  ${plain(evidence.summary)}`)

  const subject = subjectRows(evidence)
  if (subject.length > 0) out.push('', ...table(subject).map((l) => `  ${l}`))

  if (evidence.problems.length > 0) {
    out.push('', paint('bold', 'Problems'))
    for (const p of evidence.problems)
      out.push(`  ${paint('error', 'ERROR')}  ${plain(formatProblem(p))}`)
  }

  const ordered = orderChecks(evidence.checks)
  const attention = ordered.filter((c) => c.status !== 'pass' && c.status !== 'skipped')
  const limit = options.maxChecks ?? 20
  // A short list is shown whole when nothing needs attention (a passing G1 shows its KPI values);
  // otherwise what needs attention, the rest counted.
  const whole = attention.length === 0 && evidence.checks.length <= limit
  const listed = whole ? ordered : attention
  const shown = listed.slice(0, limit)
  if (shown.length > 0) {
    out.push(
      '',
      paint('bold', shown.length === attention.length ? 'Checks that need attention' : 'Checks'),
    )
    const rows = shown.map((c) => checkRow(c))
    // Status words are ASCII: colour the padded first column after alignment.
    const statusWidth = Math.max(...rows.map((r) => r[0]!.length))
    table(rows).forEach((line, i) => {
      out.push(`  ${paint(shown[i]!.status, line.slice(0, statusWidth))}${line.slice(statusWidth)}`)
    })
    const more = listed.length - shown.length
    if (more > 0) out.push(`  ... and ${more} more in the full report`)
  }
  out.push(...violationLines(evidence, paint))
  out.push(...extraTableLines(evidence, paint))
  const passed = evidence.checks.filter((c) => c.status === 'pass').length
  const skipped = evidence.checks.filter((c) => c.status === 'skipped').length
  if (evidence.checks.length > 0)
    out.push(
      '',
      `  ${paint('pass', `${passed} passed`)}, ${attention.length} need attention${skipped ? `, ${skipped} skipped` : ''} (of ${evidence.checks.length} checks)`,
    )

  if (options.files) {
    out.push('', paint('bold', 'Reports'))
    out.push(
      ...table([
        ['markdown', options.files.markdown],
        ['html', options.files.html],
        ['evidence', `${options.files.evidence}  (sha256 ${evidence.digest.value})`],
      ]).map((l) => `  ${l}`),
    )
  }
  return `${out.join('\n')}\n`
}

/** The first data values that broke a rule (G0), each at its file and line. */
function violationLines(
  evidence: EvidenceRecord,
  paint: (style: keyof typeof SGR, text: string) => string,
): string[] {
  const violations = (evidence.report.violations ?? []) as Violation[]
  if (!Array.isArray(violations) || violations.length === 0) return []
  const shown = violations.slice(0, 10)
  const rows = shown.map((v) => [
    `${plain(v.file)}:${v.line}`,
    plain(v.column),
    plain(JSON.stringify(v.value)),
    plain(v.rule),
    plain(v.message),
  ])
  return [
    '',
    paint('bold', 'Values that broke a rule'),
    ...table(rows).map((l) => `  ${l}`),
    ...(violations.length > shown.length
      ? [`  ... and ${violations.length - shown.length} more in the full report`]
      : []),
  ]
}

/** The gate's own tables (G1's per-slice KPIs, G3's sign-off by role...), each to its first rows. */
function extraTableLines(
  evidence: EvidenceRecord,
  paint: (style: keyof typeof SGR, text: string) => string,
): string[] {
  const out: string[] = []
  for (const t of extraTables(evidence)) {
    const rows = t.rows.slice(0, 15).map((r) => r.map((cell) => plain(formatValue(cell))))
    out.push(
      '',
      paint('bold', plain(t.title)),
      ...table([t.columns.map(plain), ...rows]).map((l) => `  ${l}`),
    )
    if (t.rows.length > rows.length)
      out.push(`  ... and ${t.rows.length - rows.length} more rows in the full report`)
  }
  return out
}

/** One check as columns: status, rule, variable, value, threshold, severity, details. */
function checkRow(c: Check): string[] {
  const value = `${formatValue(c.value)}${c.unit ? ` ${c.unit}` : ''}`
  const threshold = formatThreshold(c)
  const detail = [formatDetails(c), c.message].filter(Boolean).join('; ')
  return [
    c.status.toUpperCase(),
    plain(checkLabel(c)),
    plain(c.variable ?? ''),
    plain(value),
    threshold === '—' ? '' : `must be ${plain(threshold)}`,
    c.severity,
    plain(detail),
  ]
}

function subjectRows(evidence: EvidenceRecord): string[][] {
  const row = (f: SubjectFile, label: string) => [
    label,
    plain(f.path),
    `sha256 ${f.sha256.slice(0, 12)}`,
    f.rows !== undefined ? `${formatValue(f.rows)} rows` : '',
  ]
  const { model, data, artifacts } = evidence.subject
  return [
    ...(model ? [row(model, 'model')] : []),
    ...data.map((f) => row(f, plain(f.role))),
    ...artifacts.slice(0, 5).map((f) => row(f, plain(f.role))),
  ]
}

/** Pads columns to a common width; empty trailing cells are dropped. */
function table(rows: string[][]): string[] {
  const widths: number[] = []
  for (const r of rows) r.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, width(cell))))
  return rows.map((r) => {
    const last = r.reduce((k, cell, i) => (cell ? i : k), 0)
    return r
      .slice(0, last + 1)
      .map((cell, i) => (i === last ? cell : cell + ' '.repeat(widths[i]! - width(cell))))
      .join('  ')
  })
}

const width = (text: string) => [...text].length

/** C0, DEL and C1 control characters (built from code points, so the source holds none). */
const CONTROL = new RegExp(`[${String.fromCharCode(0)}-\\x1f\\x7f-\\x9f]`, 'g')

/**
 * Text from data made safe for a terminal: control characters (C0, DEL and
 * C1, so also ESC and every escape sequence) are shown as `\xNN` instead of acting.
 */
export function plain(text: string): string {
  return text.replace(CONTROL, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`)
}
