/**
 * Escaping for untrusted text (data values, file names, branch names, config)
 * placed into GitHub-flavoured markdown or HTML. Nothing that passes through
 * these functions can notify a user, open a tag or break a table.
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

/**
 * For inline markdown, including table cells and `<details>` bodies:
 * - HTML is entity-escaped, so no tag can open or close;
 * - markdown punctuation is backslash-escaped;
 * - `@` becomes `@\u200b` (a zero-width space after it) so mentions never notify,
 *   and `#` likewise so issue references do not link;
 * - `|` is escaped for tables and newlines are folded to spaces.
 */
export function escapeMarkdown(value: unknown): string {
  return escapeHtml(value)
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\`*_{}[\]()!|~]/g, (c) => `\\${c}`)
    .replace(/@/g, '@\u200b')
    .replace(/#/g, '#\u200b')
    .replace(/^([-+>=])/u, '\\$1')
}

/** Inline code for untrusted text: backticks inside are neutralised. */
export function markdownCode(value: unknown): string {
  const text = String(value ?? '').replace(/\r\n|\r|\n/g, ' ').replace(/`/g, 'ˋ')
  return `<code>${escapeHtml(text).replace(/@/g, '@\u200b')}</code>`
}

/** Truncates text to `max` characters, adding an ellipsis. */
export function truncate(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, Math.max(0, max - 1))}…`
}
