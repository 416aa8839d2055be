import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Check, EvidenceRecord } from '../../src/contract/types.js'
import { writeReportFiles } from '../../src/report/files.js'
import { COMMENT_LIMIT, commentBody } from '../../src/publish/github/comment-body.js'
import { OUTPUT_LIMIT } from '../../src/publish/github/check-run.js'
import { renderDetails, renderMarkdown } from '../../src/report/markdown.js'
import { makeEvidence, PR_HEAD } from '../support/evidence-fixture.js'

const ARTIFACT_URL = 'https://github.com/acme/plant-models/actions/runs/77/artifacts/9'
const RUN_URL = 'https://github.com/acme/plant-models/actions/runs/77'

/** The reviewer's case: 750 checks of which one fails, and 100 violations. */
function bigEvidence(): EvidenceRecord {
  const checks: Check[] = Array.from({ length: 750 }, (_, i) => ({
    id: `G0.training.column_${i}.maximum`,
    rule: 'maximum',
    variable: `column_${i}`,
    value: i === 417 ? 99.5 : 1,
    operator: '<=',
    threshold: 45,
    unit: '°C',
    status: i === 417 ? 'fail' : 'pass',
    severity: 'block',
    message: `${i === 417 ? 'THE-FAILING-ONE ' : ''}every value of column_${i} within the schema's bounds; checked on the full file`,
  }))
  const violations = Array.from({ length: 100 }, (_, i) => ({
    file: 'data/train.csv',
    line: i + 2,
    column: 'column_417',
    value: String(99 + i),
    rule: 'maximum',
    message: `above the maximum 45 °C for column_417 at row ${i + 1}`,
  }))
  return makeEvidence({
    gate: 'G0',
    gateName: 'Data Quality',
    status: 'fail',
    summary: '1 file, 10,000 rows, 100 violations; 1 of 750 checks failed',
    checks,
    report: {
      model: { name: 'seattle-temp-max' },
      violations,
      violationCounts: { maximum: 100 },
      totalViolations: 100,
    },
  })
}

/** What must survive any shortening: verdict, the failing check, chain, links and digests. */
function expectEssentials(text: string, e: EvidenceRecord): void {
  expect(text).toContain('G0 Data Quality: FAIL')
  expect(text).toContain('THE-FAILING-ONE')
  expect(text).toContain('```mermaid')
  expect(text).toContain('class G0 fail')
  expect(text).toContain(`[evidence artifact](${ARTIFACT_URL})`)
  expect(text).toContain(`[workflow run](${RUN_URL})`)
  expect(text).toContain(e.subject.model!.sha256)
  expect(text).toContain(e.subject.data[0]!.sha256)
  expect(text).toContain(e.digest.value.slice(0, 16))
  expect(text).toContain('<code>seattle-temp-max</code>')
}

describe('shortening a long report', () => {
  it("keeps the failing check, the chain, the links and the digests in the reviewer's case, and shortens passing checks by rows", () => {
    const e = bigEvidence()
    const full = renderMarkdown(e, { runUrl: RUN_URL, artifactUrl: ARTIFACT_URL })
    expect(full.length).toBeGreaterThan(COMMENT_LIMIT)
    const body = commentBody(e, { sha: PR_HEAD, runUrl: RUN_URL, artifactUrl: ARTIFACT_URL })
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    // Before: 374 characters, the headline and a pointer only.
    expect(body.length).toBeGreaterThan(30_000)
    expectEssentials(body, e)
    expect(body).toContain('Full report in the artifact')
    expect(body).toMatch(
      /… and [\d,]+ more passing checks: see the full report in the \[evidence artifact\]/,
    )
    // Violations are less shortened than passing checks, and all 100 fit here.
    expect(body).toContain('above the maximum 45 °C for column_417 at row 100')
    expect(body).toContain('<details><summary>749 passing checks</summary>')
    // The failing check comes before the passing ones.
    expect(body.indexOf('THE-FAILING-ONE')).toBeLessThan(body.indexOf('passing checks'))
  })

  it('gives the check-run summary the same behaviour, measured in UTF-8 bytes', () => {
    const e = bigEvidence()
    const summary = renderMarkdown(e, {
      maxBytes: OUTPUT_LIMIT,
      runUrl: RUN_URL,
      artifactUrl: ARTIFACT_URL,
    })
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(OUTPUT_LIMIT)
    expect(Buffer.byteLength(summary)).toBeGreaterThan(30_000)
    expectEssentials(summary, e)
    expect(summary).toMatch(/more passing checks/)
  })

  it('shortens the check-run detail (every check, every violation) to 65,535 bytes, failing checks first', () => {
    const e = bigEvidence()
    const text = renderDetails(e, { maxBytes: OUTPUT_LIMIT, artifactUrl: ARTIFACT_URL })
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(OUTPUT_LIMIT)
    expect(text).toContain('### All checks')
    expect(text).toContain('THE-FAILING-ONE')
    expect(text).toContain('### Violations (first 100 of 100)')
    expect(text).toMatch(/… and [\d,]+ more (checks|violations)/)
    const small = makeEvidence()
    expect(renderDetails(small)).not.toContain('more')
  })

  it('shortens failing checks too when nothing else is left, keeping some and the pointer', () => {
    const checks: Check[] = Array.from({ length: 3000 }, (_, i) => ({
      id: `G1.kpi.${i}`,
      rule: 'mae',
      variable: `v${i}`,
      value: i,
      operator: '<=',
      threshold: 1,
      status: 'fail',
      severity: 'block',
      message: 'z'.repeat(60),
    }))
    const e = makeEvidence({ checks })
    const body = commentBody(e, { sha: PR_HEAD, runUrl: RUN_URL, artifactUrl: ARTIFACT_URL })
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(body).toContain('| kpi.0 |')
    expect(body).toMatch(/… and [\d,]+ more checks that need attention/)
    expect(body).toContain('class G1 fail')
    expect(body).toContain(e.subject.model!.sha256)
  })

  it('never shortens the full report the artifact carries', async () => {
    const e = bigEvidence()
    const dir = mkdtempSync(join(tmpdir(), 'mg-md-'))
    const files = await writeReportFiles(e, dir)
    const md = readFileSync(files.markdown, 'utf8')
    expect(md.length).toBeGreaterThan(COMMENT_LIMIT)
    expect(md).not.toContain('more passing checks')
    expect(md).not.toContain('Report shortened')
    for (const i of [0, 416, 749]) expect(md).toContain(`| training.column_${i}.maximum |`)
  })

  it('cuts a headline longer than the limit without breaking a reference, and says so', () => {
    const e = makeEvidence({ summary: '<'.repeat(5000) })
    const text = renderMarkdown(e, { maxLength: 2000, artifactUrl: ARTIFACT_URL })
    expect(text.length).toBeLessThanOrEqual(2000)
    expect(text).toContain('Full report in the artifact')
    expect(text).not.toMatch(/&#?[0-9A-Za-z]*\n/)
  })
})
