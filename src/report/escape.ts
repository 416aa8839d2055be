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

/** UTF-8 length of one code point (a lone surrogate is written as U+FFFD: 3 bytes). */
function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4
}

/**
 * The longest prefix of `text` made of whole code points that has at most
 * `maxUnits` UTF-16 code units (what String.length and GitHub's character
 * limits count) and at most `maxBytes` UTF-8 bytes. A surrogate pair is
 * never split. The one cutting rule behind `cutMarkdown`, `truncateBytes`
 * and `truncate`.
 */
export function codePointPrefix(
  text: string,
  maxUnits: number,
  maxBytes = Number.POSITIVE_INFINITY,
): string {
  if (
    text.length <= maxUnits &&
    (maxBytes === Number.POSITIVE_INFINITY || Buffer.byteLength(text, 'utf8') <= maxBytes)
  )
    return text
  let units = 0
  let bytes = 0
  for (const ch of text) {
    const b = utf8Length(ch.codePointAt(0)!)
    if (units + ch.length > maxUnits || bytes + b > maxBytes) break
    units += ch.length
    bytes += b
  }
  return text.slice(0, units)
}

/**
 * Cuts markdown to at most `limit` characters (and `maxBytes` UTF-8 bytes,
 * when given) ending with `tail`: never in the middle of a surrogate pair,
 * an HTML tag or a character reference.
 */
export function cutMarkdown(body: string, limit: number, tail: string, maxBytes?: number): string {
  const bytes = maxBytes === undefined ? Number.POSITIVE_INFINITY : maxBytes
  if (codePointPrefix(body, limit, bytes) === body) return body
  const cut = codePointPrefix(
    body,
    Math.max(0, limit - tail.length),
    Math.max(0, bytes - Buffer.byteLength(tail, 'utf8')),
  )
  return codePointPrefix(
    cut.replace(/<[^>]*$/, '').replace(/&[#A-Za-z0-9]*$/, '') + tail,
    limit,
    bytes,
  )
}

/** Shortens plain text to `maxBytes` UTF-8 bytes, ending with an ellipsis; code points are never split. */
export function truncateBytes(value: string, maxBytes: number): string {
  if (Buffer.byteLength(value, 'utf8') <= maxBytes) return value
  return `${codePointPrefix(value, Number.POSITIVE_INFINITY, Math.max(0, maxBytes - 3))}…`
}

/** Shortens text to `max` characters (UTF-16 units), ending with an ellipsis; code points are never split. */
export function truncate(value: string, max: number): string {
  return value.length <= max ? value : `${codePointPrefix(value, Math.max(0, max - 1))}…`
}
