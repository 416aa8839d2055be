/**
 * Escaping for untrusted text (data values, file names, branch names, config)
 * placed into GitHub-flavoured markdown or HTML. Nothing that passes through
 * these functions can notify a user, link an issue, open a tag, start a link,
 * image, emphasis or code span, or break a table, list, heading or
 * `<details>` block. `__tests__/report/markdown-gfm.test.ts` proves it with
 * cmark-gfm, GitHub's own parser.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** For HTML text nodes and attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c)
}

/** Zero-width space: breaks a mention, reference or autolink without changing what a reader sees. */
const ZWSP = '\u200b'

/**
 * Characters with a meaning in GitHub markdown or HTML, written as numeric
 * character references. A character reference is literal text in CommonMark
 * (it never opens emphasis, a link or a code span) and in HTML alike, so the
 * same escaping holds in table cells, list items, headings, inline `<code>`
 * and `<details>`/`<summary>` HTML blocks. `|` as a reference cannot split a
 * table cell; `\` as one cannot escape what follows; `$` cannot open math.
 */
const SPECIAL = /[&<>"'\\`*[\]|~$]/g
const ref = (c: string) => `&#${c.codePointAt(0)};`
const WORD = /[\p{L}\p{N}]/u

/**
 * For markdown text in any context the reports use:
 * - markdown and HTML punctuation becomes character references;
 * - `_` too, unless it sits between two letters or digits (`temp_max`),
 *   where CommonMark cannot read it as emphasis;
 * - `@`, `#` and `GH-` get a zero-width space after them, so mentions never
 *   notify and issue references never link (GitHub finds those in the
 *   rendered text, where references are already decoded);
 * - `://` and `www.` get one too, so bare URLs and domains do not autolink
 *   (and `@` breaking covers e-mail addresses);
 * - line breaks fold to spaces, and a leading character that could start a
 *   block inside a list item (a space, the `-` or `+` of a list marker or
 *   thematic break, the `.` or `)` of `1. `) is a reference.
 */
export function escapeMarkdown(value: unknown): string {
  const text = String(value ?? '').replace(/\r\n|\r|\n/g, ' ')
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '_') out += WORD.test(text[i - 1] ?? '') && WORD.test(text[i + 1] ?? '') ? c : ref(c)
    else if (c === '@' || c === '#') out += c + ZWSP
    else out += c.replace(SPECIAL, ref)
  }
  return out
    .replace(/\b(gh)-(?=\d)/gi, `$1-${ZWSP}`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/\b(www)\./gi, `$1${ZWSP}.`)
    .replace(/^(\s|[-+](?=\s|-|$))/, (_m, c: string) => ref(c))
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, (_m, d: string, p: string) => d + ref(p))
}

/** Inline code for untrusted text: the same escaping inside `<code>`, so nothing can close it early. */
export function markdownCode(value: unknown): string {
  return `<code>${escapeMarkdown(value)}</code>`
}

/**
 * Cuts markdown to at most `limit` characters (and `maxBytes` UTF-8 bytes,
 * when given) ending with `tail`: never in the middle of a surrogate pair,
 * an HTML tag or a character reference.
 */
export function cutMarkdown(body: string, limit: number, tail: string, maxBytes?: number): string {
  const bytes = (t: string) => Buffer.byteLength(t, 'utf8')
  if (body.length <= limit && (maxBytes === undefined || bytes(body) <= maxBytes)) return body
  let n = limit
  for (;;) {
    let cut = body.slice(0, Math.max(0, n - tail.length))
    if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1)
    cut = cut.replace(/<[^>]*$/, '').replace(/&[#A-Za-z0-9]*$/, '')
    const out = cut + tail
    const excess = maxBytes === undefined ? 0 : bytes(out) - maxBytes
    if (excess <= 0 || cut === '') return out.slice(0, limit)
    n -= Math.max(1, Math.ceil(excess / 4))
  }
}

/** Shortens plain text to `maxBytes` UTF-8 bytes, ending with an ellipsis; code points are never split. */
export function truncateBytes(value: string, maxBytes: number): string {
  const bytes = (t: string) => Buffer.byteLength(t, 'utf8')
  if (bytes(value) <= maxBytes) return value
  const target = Math.max(0, maxBytes - 3)
  let cut = value.slice(0, target)
  // A UTF-16 unit is 1 to 3 bytes: dropping a third of the excess in units never drops much too much.
  while (bytes(cut) > target) cut = cut.slice(0, cut.length - Math.max(1, Math.ceil((bytes(cut) - target) / 3)))
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1)
  return `${cut}…`
}

/** Truncates text to `max` characters, adding an ellipsis. */
export function truncate(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, Math.max(0, max - 1))}…`
}
