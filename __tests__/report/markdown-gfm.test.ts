import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Check, EvidenceRecord } from '../../src/contract/types.js'
import { commentBody } from '../../src/publish/github/comment-body.js'
import { escapeMarkdown, markdownCode } from '../../src/report/escape.js'
import { renderDetails, renderMarkdown } from '../../src/report/markdown.js'
import { makeEvidence, PR_HEAD } from '../support/evidence-fixture.js'
import { PYTHON, pythonHas } from '../support/python.js'

/**
 * Untrusted text must stay inert in GitHub-flavoured markdown, in every
 * context the reports use. Proven with cmark-gfm itself (cmarkgfm, pinned
 * in .ci/requirements.txt) with GitHub's comment extensions, by reading the
 * HTML it produces.
 */
const SCRIPT = join(import.meta.dirname, 'gfm_render.py')
const hasCmark = pythonHas(['cmarkgfm'], 'the GFM escaping tests')

interface Facts {
  html: string
  starts: Record<string, number>
  ends: Record<string, number>
  hrefs: string[]
  tables: number[][]
  /** Text outside code blocks: where GitHub looks for mentions and references. */
  text: string
  codeBlocks: string[]
}

function render(docs: string[]): Facts[] {
  const r = spawnSync(PYTHON, [SCRIPT], {
    input: JSON.stringify(docs),
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  })
  if (r.status !== 0) throw new Error(r.stderr)
  return JSON.parse(r.stdout) as Facts[]
}

/** Strings that try every way out: links, emphasis, tags, code spans, tables, blocks, mentions, references, autolinks. */
const HOSTILE = [
  'sun|[click me](https://evil.example/login) **x**\\',
  '@octocat please review',
  'cc @acme/security-team',
  '#1 and GH-12 and acme/plant-models#3',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '</code></details></summary></td></tr></table><b>out</b>',
  '`code` and ``double`` and a lone `',
  '*em* _em_ __strong__ ~~strike~~ ~one~',
  '![img](https://evil.example/x.png)',
  '[ref][r] [r]: https://evil.example',
  'https://evil.example/login www.evil.example foo@evil.example mailto:bar@evil.example',
  'line one\nline two\r\n- item\n# heading\n\n| a | b |',
  '- list start',
  '+ plus start',
  '1. ordered start',
  '2) ordered paren',
  '> quote start',
  '    indented start',
  '# heading start',
  '---',
  '- - -',
  '-',
  '+',
  '7.',
  '-3.25 and 1.5',
  '***',
  '===',
  '| a | b |',
  '\\',
  'a\\|b',
  '&amp; &lt;b&gt; &#64;octocat &#x40;octocat',
  '$x^2$ and $$y$$',
  '<!-- comment --> <!-- modelgate:G1:x -->',
  '<https://evil.example/auto>',
  '[^1] [x](<javascript:alert(1)>)',
  '<details open><summary>pwn</summary>',
  'x_y_z _lead trail_ snake_case_',
  '- [ ] task',
  '<sub>sub</sub><sup>sup</sup><a href="https://evil.example">a</a>',
  'WWW.EVIL.EXAMPLE HTTPS://EVIL.EXAMPLE',
]
const RUN_URL = 'https://github.com/acme/plant-models/actions/runs/77'
const ARTIFACT_URL = `${RUN_URL}/artifacts/9`
const OUR_LINKS = new Set([RUN_URL, ARTIFACT_URL])

/** Evidence with a hostile string in every untrusted field the markdown shows. */
function hostileEvidence(): EvidenceRecord {
  const h = (i: number) => HOSTILE[i % HOSTILE.length]!
  const checks: Check[] = HOSTILE.map((s, i) => ({
    id: `G0.${s}.rule`,
    rule: s,
    variable: s,
    value: i % 3 === 0 ? s : i,
    operator: '<=',
    threshold: i % 2 ? s : 3,
    unit: h(i + 1),
    status: i % 4 === 0 ? 'pass' : i % 4 === 1 ? 'fail' : i % 4 === 2 ? 'warn' : 'skipped',
    severity: 'block',
    message: h(i + 2),
    details: { ci: [1, 2] },
  }))
  return makeEvidence({
    gate: 'G0',
    gateName: 'Data Quality',
    status: 'error',
    summary: `summary ${HOSTILE.join(' ')}`,
    subject: {
      model: {
        role: 'model',
        path: `models/${h(0)}.onnx`,
        sha256: 'ab12'.padEnd(64, '0'),
        bytes: 1,
      },
      data: HOSTILE.map((s, i) => ({
        role: h(i + 3),
        path: `data/${s}.csv`,
        sha256: (i % 10).toString().repeat(64),
        bytes: i,
        rows: i,
      })),
      artifacts: [],
    },
    checks,
    problems: HOSTILE.map((s, i) => ({
      message: s,
      file: `ssot/${h(i + 1)}.json`,
      pointer: `/${h(i + 2)}`,
      expected: h(i + 3),
      found: h(i + 4),
    })),
    report: {
      model: { name: h(0), version: h(4) },
      violations: HOSTILE.map((s, i) => ({
        file: `data/${h(i + 5)}.csv`,
        line: i + 2,
        column: s,
        value: h(i + 1),
        rule: h(i + 2),
        message: h(i + 3),
      })),
      violationCounts: Object.fromEntries(HOSTILE.map((s, i) => [s, i + 1])),
      totalViolations: 1_000_000,
      profile: HOSTILE.map((s, i) => ({
        file: `data/${h(i + 1)}.csv`,
        column: s,
        type: 'string',
        unit: h(i + 2),
        count: i,
        missing: 0,
        top: [{ value: h(i + 3), count: 2 }],
      })),
      tables: [
        {
          title: h(0),
          columns: HOSTILE.slice(0, 5),
          rows: HOSTILE.map((_s, i) => [h(i), i, null, h(i + 1), h(i + 2)]),
        },
      ],
    },
    context: {
      mode: 'actions',
      repository: 'acme/plant-models',
      sha: PR_HEAD,
      ref: `refs/heads/${h(0)}`,
      runId: '77',
      serverUrl: 'https://github.com',
    },
  })
}

/** What must hold for any report of hostile evidence, as GitHub renders it. */
function expectInert(f: Facts, what: string, extra: { headings: number }): void {
  const m = `${what}:\n${f.html.slice(0, 4000)}`
  for (const href of f.hrefs)
    expect(OUR_LINKS.has(href), `${what}: a link nobody wrote: ${href}`).toBe(true)
  for (const tag of [
    'strong',
    'em',
    'img',
    'script',
    'del',
    'b',
    'sup',
    'input',
    'ol',
    'hr',
    'h1',
    'h4',
    'iframe',
  ])
    expect(f.starts[tag] ?? 0, `${what}: <${tag}>`).toBe(0)
  expect(f.starts.blockquote ?? 0, m).toBeLessThanOrEqual(1)
  expect(f.starts.pre ?? 0, `${what}: only the Mermaid chart is a code block`).toBeLessThanOrEqual(
    1,
  )
  for (const block of f.codeBlocks)
    expect(block, what).toMatch(/^flowchart LR\n {2}G0\["G0 \w+"\] --> G1/)
  expect(f.starts.h2 ?? 0, m).toBe(1)
  expect(f.starts.h3 ?? 0, m).toBeLessThanOrEqual(extra.headings)
  expect(f.starts.ul ?? 0, `${what}: the problems list only`).toBeLessThanOrEqual(1)
  for (const tag of ['code', 'details', 'summary', 'table', 'tr', 'td', 'sub', 'li'])
    expect(f.ends[tag] ?? 0, `${what}: </${tag}> balances <${tag}>`).toBe(f.starts[tag] ?? 0)
  for (const [t, rows] of f.tables.entries()) {
    expect(rows.length, m).toBeGreaterThan(1)
    for (const cells of rows)
      expect(cells, `${what}: table ${t} has a row of ${cells} cells, header ${rows[0]}`).toBe(
        rows[0],
      )
  }
  expect(f.text, `${what}: a mention without the zero-width break`).not.toMatch(
    /@(?!\u200b)[A-Za-z0-9]/,
  )
  expect(f.text, `${what}: an issue reference`).not.toMatch(/#(?!\u200b)\d|\bGH-(?!\u200b)\d/i)
}

describe.runIf(hasCmark)('markdown of hostile evidence, rendered by cmark-gfm', () => {
  it('keeps every hostile string inert and whole in the full report, the comment, the check-run detail and a shortened comment', () => {
    const e = hostileEvidence()
    const full = renderMarkdown(e, { runUrl: RUN_URL, artifactUrl: ARTIFACT_URL })
    const comment = commentBody(e, { sha: PR_HEAD, runUrl: RUN_URL, artifactUrl: ARTIFACT_URL })
    const details = `## details\n\n${renderDetails(e, { artifactUrl: ARTIFACT_URL })}`
    const short = commentBody(e, {
      sha: PR_HEAD,
      runUrl: RUN_URL,
      artifactUrl: ARTIFACT_URL,
      limit: 12_000,
    })
    expect(short.length).toBeLessThanOrEqual(12_000)
    const [f, c, d, s] = render([full, comment, details, short])
    // Problems, checks, violations, one extra table: the only h3 headings.
    expectInert(f!, 'full report', { headings: 4 })
    expectInert(c!, 'comment', { headings: 4 })
    expectInert(d!, 'check-run detail', { headings: 2 })
    expectInert(s!, 'shortened comment', { headings: 4 })
    expect(f!.hrefs).toEqual(expect.arrayContaining([RUN_URL, ARTIFACT_URL]))
    // Lossless: a reader sees each string as it was (newlines folded to spaces).
    const seen = f!.text.replace(/\u200b/g, '')
    for (const s of HOSTILE)
      expect(seen, `the reader sees ${JSON.stringify(s)}`).toContain(s.replace(/\r\n|\r|\n/g, ' '))
    // The model name and the branch are shown, escaped.
    expect(c!.html).toContain(
      '<code>sun|[click me](https:\u200b//evil.example/login) **x**\\</code>',
    )
    expect(seen).toContain(`ref refs/heads/${HOSTILE[0]}`)
  })

  it('escapes each string alone in a table cell, a list item, a heading, inline code and a summary', () => {
    const docs: string[] = []
    for (const s of HOSTILE) {
      const v = escapeMarkdown(s)
      docs.push(
        `## ${v}\n\n| a | b | c |\n|---|---|---|\n| ${v} | ${markdownCode(s)} | x |\n\n- ${v}\n- ${markdownCode(s)}\n\n<details><summary>${v}</summary>\n\n${v}\n\n</details>\n`,
      )
    }
    const facts = render(docs)
    facts.forEach((f, i) => {
      const what = JSON.stringify(HOSTILE[i])
      expect(f.hrefs, what).toEqual([])
      for (const tag of [
        'strong',
        'em',
        'img',
        'script',
        'del',
        'b',
        'a',
        'pre',
        'blockquote',
        'ol',
        'hr',
        'h1',
        'h3',
        'input',
      ])
        expect(f.starts[tag] ?? 0, `${what}: <${tag}>`).toBe(0)
      expect(f.starts.h2, what).toBe(1)
      expect(f.starts.li, what).toBe(2)
      expect(f.starts.ul, what).toBe(1)
      expect(f.tables, what).toEqual([[3, 3]])
      for (const tag of ['code', 'details', 'summary'])
        expect(f.ends[tag] ?? 0, `${what}: <${tag}>`).toBe(f.starts[tag] ?? 0)
      expect(f.text, what).not.toMatch(/@(?!\u200b)[A-Za-z0-9]|#(?!\u200b)\d/)
      const folded = HOSTILE[i]!.replace(/\r\n|\r|\n/g, ' ')
      // Heading, cell, code cell, two list items, summary, body: seven copies, each whole.
      expect(f.text.replace(/\u200b/g, '').split(folded).length - 1, what).toBeGreaterThanOrEqual(7)
    })
  })

  it("found the reviewer's cell breaking out before the escaping was redone", () => {
    // The old escaping: HTML entities and a backtick swap only.
    const old = (v: string) =>
      `<code>${v.replace(/`/g, 'ˋ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</code>`
    const [f] = render([`| a | b |\n|---|---|\n| ${old(HOSTILE[0]!)} | x |\n`])
    expect(f!.hrefs).toEqual(['https://evil.example/login'])
    expect(f!.starts.strong).toBe(1)
  })
})
