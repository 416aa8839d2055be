import { formatProblem } from '../contract/errors.js'
import type { EvidenceRecord } from '../contract/types.js'
import type { ColumnProfile } from '../profile/column-profile.js'
import type { Violation } from '../profile/violation.js'
import { escapeHtml } from './escape.js'
import {
  chainStatus,
  CHAIN,
  checkLabel,
  extraTables,
  formatDetails,
  formatThreshold,
  formatValue,
  orderChecks,
} from './format.js'
import { renderChart, type Chart } from './svg-charts.js'

const CSS = `
:root{--pass:#1a7f37;--fail:#cf222e;--error:#bc4c00;--warn:#9a6700;--muted:#57606a;--line:#d0d7de}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1f2328;background:#fff}
main{max-width:1100px;margin:0 auto;padding:24px}
header{border-left:8px solid var(--status);padding:8px 16px;margin-bottom:16px;background:#f6f8fa}
h1{margin:0;font-size:22px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
.summary{margin:4px 0 0;color:var(--muted)}
table{border-collapse:collapse;width:100%;margin:8px 0;font-size:13px}
th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f6f8fa}td.num{text-align:right;font-variant-numeric:tabular-nums}
tr.fail td:first-child{border-left:4px solid var(--fail)}tr.error td:first-child{border-left:4px solid var(--error)}
tr.warn td:first-child{border-left:4px solid var(--warn)}tr.pass td:first-child{border-left:4px solid var(--pass)}
code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace;background:#f6f8fa;padding:1px 4px;border-radius:4px;word-break:break-all}
.chain{display:flex;gap:6px;margin:8px 0}.chain span{padding:4px 10px;border-radius:12px;color:#fff;font-weight:600}
.s-pass{background:var(--pass)}.s-fail{background:var(--fail)}.s-error{background:var(--error)}.s-pending{background:#afb8c1;color:#1f2328!important}
.charts{display:flex;flex-wrap:wrap;gap:16px}
svg.chart{border:1px solid var(--line);border-radius:6px;background:#fff}
svg .grid{stroke:#eaeef2}svg .axis{stroke:#57606a}svg .ref{stroke:#57606a;stroke-dasharray:4 3}
svg text{font:11px system-ui,sans-serif;fill:#1f2328}svg .chart-title{font-size:13px;font-weight:600}svg .tick{fill:#57606a}
.problems li{margin:4px 0}
footer{margin-top:32px;color:var(--muted);font-size:12px}
@media print{main{max-width:none;padding:0}header{background:none}svg.chart{break-inside:avoid}}
`

const STATUS_COLOR = { pass: 'var(--pass)', fail: 'var(--fail)', error: 'var(--error)' }

/**
 * A self-contained HTML report for any gate: inline CSS and SVG, no scripts,
 * fonts or remote resources, and a Content-Security-Policy that forbids them,
 * so it opens offline on an air-gapped plant network.
 */
export function renderHtml(e: EvidenceRecord, options: { runUrl?: string } = {}): string {
  const h = escapeHtml
  const out: string[] = []
  out.push('<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">')
  out.push(
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
  )
  out.push('<meta name="viewport" content="width=device-width, initial-scale=1">')
  out.push(
    `<title>${h(`${e.gate} ${e.gateName}: ${e.status}`)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
  )
  out.push(
    `<header style="--status:${STATUS_COLOR[e.status]}"><h1>${h(e.gate)} ${h(e.gateName)}: ${h(e.status.toUpperCase())}</h1><p class="summary">${h(e.summary)}</p></header>`,
  )

  const chain = chainStatus(e)
  out.push(
    `<div class="chain" aria-label="release chain">${CHAIN.map((g) => `<span class="s-${chain[g]}">${h(g)} ${h(chain[g])}</span>`).join('')}</div>`,
  )

  const ctx = e.context
  const ctxRows: [string, string][] = [
    ['mode', ctx.mode],
    ...(['repository', 'sha', 'ref', 'event', 'workflow', 'runId', 'runAttempt', 'actor'] as const)
      .filter((k) => ctx[k])
      .map((k) => [k, String(ctx[k])] as [string, string]),
    ['started', e.timing.startedAt],
    ['duration', `${formatValue(e.timing.durationMs)} ms`],
    ['tool', `${e.tool.name} ${e.tool.version}`],
    ['evidence digest', e.digest.value],
  ]
  out.push('<h2>Run</h2><table>')
  for (const [k, v] of ctxRows)
    out.push(
      `<tr><th>${h(k)}</th><td>${k === 'evidence digest' || k === 'sha' ? `<code>${h(v)}</code>` : h(v)}</td></tr>`,
    )
  if (options.runUrl) out.push(`<tr><th>run</th><td>${h(options.runUrl)}</td></tr>`)
  out.push('</table>')

  if (e.problems.length > 0) {
    out.push(
      '<h2>Problems</h2><p>The gate could not judge. Fix these and run it again:</p><ul class="problems">',
    )
    for (const p of e.problems) out.push(`<li>${h(formatProblem(p))}</li>`)
    out.push('</ul>')
  }

  if (e.checks.length > 0) {
    out.push(
      '<h2>Checks</h2><table><thead><tr><th>status</th><th>check</th><th>value</th><th>threshold</th><th>unit</th><th>severity</th><th>details</th></tr></thead><tbody>',
    )
    for (const c of orderChecks(e.checks)) {
      const details = [formatDetails(c), c.message ?? ''].filter(Boolean).join('; ')
      out.push(
        `<tr class="${c.status}"><td>${h(c.status)}</td><td>${h(checkLabel(c))}</td><td class="num">${h(formatValue(c.value))}</td><td class="num">${h(formatThreshold(c))}</td><td>${h(c.unit ?? '')}</td><td>${h(c.severity)}</td><td>${h(details)}</td></tr>`,
      )
    }
    out.push('</tbody></table>')
  }

  const charts = (e.report.charts as Chart[] | undefined) ?? []
  if (charts.length > 0) {
    out.push('<h2>Charts</h2><div class="charts">')
    for (const c of charts) out.push(renderChart(c))
    out.push('</div>')
  }

  const violations = (e.report.violations as Violation[] | undefined) ?? []
  if (violations.length > 0) {
    out.push(
      `<h2>Violations (first ${violations.length} of ${h(formatValue(e.report.totalViolations ?? violations.length))})</h2>`,
    )
    out.push(
      '<table><thead><tr><th>file</th><th>line</th><th>column</th><th>value</th><th>rule</th><th>message</th></tr></thead><tbody>',
    )
    for (const v of violations)
      out.push(
        `<tr><td>${h(v.file)}</td><td class="num">${v.line}</td><td>${h(v.column)}</td><td><code>${h(v.value)}</code></td><td>${h(v.rule)}</td><td>${h(v.message)}</td></tr>`,
      )
    out.push('</tbody></table>')
  }

  const profile = (e.report.profile as ColumnProfile[] | undefined) ?? []
  if (profile.length > 0) {
    out.push(
      '<h2>Column profile</h2><table><thead><tr><th>file</th><th>column</th><th>type</th><th>unit</th><th>count</th><th>missing</th><th>min</th><th>p05</th><th>p50</th><th>p95</th><th>max</th><th>mean</th><th>std</th><th>top values</th></tr></thead><tbody>',
    )
    for (const p of profile) {
      const top = (p.top ?? [])
        .slice(0, 5)
        .map((t) => `${t.value} (${t.count})`)
        .join(', ')
      const n = (v: number | undefined) => `<td class="num">${h(formatValue(v))}</td>`
      out.push(
        `<tr><td>${h(p.file)}</td><td>${h(p.column)}</td><td>${h(p.type)}</td><td>${h(p.unit ?? '')}</td>${n(p.count)}${n(p.missing)}${n(p.min)}${n(p.quantiles?.p05)}${n(p.quantiles?.p50)}${n(p.quantiles?.p95)}${n(p.max)}${n(p.mean)}${n(p.std)}<td>${h(top)}</td></tr>`,
      )
    }
    out.push('</tbody></table>')
  }

  for (const t of extraTables(e)) {
    out.push(
      `<h2>${h(t.title)}</h2><table><thead><tr>${t.columns.map((c) => `<th>${h(c)}</th>`).join('')}</tr></thead><tbody>`,
    )
    for (const row of t.rows)
      out.push(
        `<tr>${row.map((v) => `<td${typeof v === 'number' ? ' class="num"' : ''}>${h(formatValue(v))}</td>`).join('')}</tr>`,
      )
    out.push('</tbody></table>')
  }

  const subjects = [
    ...(e.subject.model ? [e.subject.model] : []),
    ...e.subject.data,
    ...e.subject.artifacts,
  ]
  if (subjects.length > 0) {
    out.push(
      '<h2>Subject</h2><table><thead><tr><th>role</th><th>path</th><th>sha256</th><th>bytes</th><th>rows</th></tr></thead><tbody>',
    )
    for (const s of subjects)
      out.push(
        `<tr><td>${h(s.role)}</td><td><code>${h(s.path)}</code></td><td><code>${h(s.sha256)}</code></td><td class="num">${s.bytes}</td><td class="num">${s.rows ?? ''}</td></tr>`,
      )
    out.push('</tbody></table>')
  }
  out.push(
    `<footer>Generated by modelgate ${h(e.tool.version)} at ${h(e.timing.finishedAt)}. The evidence JSON beside this file is the record of truth; its digest is shown above.</footer>`,
  )
  out.push('</main>', '</body>', '</html>', '')
  return out.join('\n')
}
