import type { EvidenceRecord } from '../contract/types.js'
import { cutMarkdown } from './escape.js'
import { orderChecks } from './format.js'
import {
  CHECK_HEAD,
  checkRow,
  moreNote,
  reportParts,
  table,
  violationParts,
  type MarkdownOptions,
  type Part,
} from './markdown-parts.js'

export type { MarkdownOptions } from './markdown-parts.js'

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
