import { describe, expect, it } from 'vitest'
import { chainFromComments, COMMENT_LIMIT, commentBody, commentMarker, fitBody, modelNameOf, statusTag } from '../../../src/publish/github/comment-body.js'
import { makeEvidence, PR_HEAD } from '../../support/evidence-fixture.js'

describe('sticky comment body', () => {
  it('starts with the hidden marker and status, then the verdict, links and digests', () => {
    const e = makeEvidence()
    const body = commentBody(e, { sha: PR_HEAD, runUrl: 'https://github.com/acme/plant-models/actions/runs/77', artifactUrl: 'https://github.com/acme/plant-models/actions/runs/77/artifacts/9' })
    expect(body.startsWith(`<!-- modelgate:G1:seattle-temp-max -->\n<!-- modelgate-status:fail:${PR_HEAD} -->\n`)).toBe(true)
    expect(body).toContain('G1 Model Performance: FAIL')
    expect(body).toContain('actions/runs/77/artifacts/9')
    expect(body).toContain(e.subject.model!.sha256)
    expect(body).toContain('```mermaid')
  })

  it('colours the chain: this gate from its status, others from what is known, the rest pending', () => {
    const body = commentBody(makeEvidence({ status: 'pass' }), { sha: PR_HEAD, chain: { G0: 'pass' } })
    expect(body).toContain('class G0 pass')
    expect(body).toContain('class G1 pass')
    expect(body).toContain('class G2 pending')
  })

  it('learns earlier gates from its own comments on the same commit and model only', () => {
    const g0 = `${commentMarker('G0', 'seattle-temp-max')}\n${statusTag('fail', PR_HEAD)}`
    const g2Old = `${commentMarker('G2', 'seattle-temp-max')}\n${statusTag('pass', 'c'.repeat(40))}`
    const other = `${commentMarker('G2', 'another-model')}\n${statusTag('pass', PR_HEAD)}`
    expect(chainFromComments([g0, g2Old, other, 'plain text'], 'seattle-temp-max', PR_HEAD)).toEqual({ G0: 'fail' })
  })

  it('names the model from the evidence, and keeps the marker inert', () => {
    expect(modelNameOf(makeEvidence({ report: {} }))).toBe('default')
    expect(commentMarker('G1', 'a b-->c@d')).toBe('<!-- modelgate:G1:a_b-_c_d -->')
  })

  it('escapes untrusted text: no mention notifies, no tag opens', () => {
    const e = makeEvidence({ summary: '@octocat <img src=x onerror=alert(1)> | x', checks: [{ id: 'G1.kpi.2', rule: 'mae', variable: '@team</details><script>', value: 1, status: 'fail', severity: 'block' }] })
    const body = commentBody(e, { sha: PR_HEAD })
    expect(body).not.toMatch(/(^|[^\u200b])@octocat/)
    expect(body).not.toMatch(/@team(?!\u200b)/)
    expect(body).not.toContain('<img')
    expect(body).not.toContain('<script>')
    expect(body).not.toContain('</details><script>')
  })

  it('stays under 65,536 characters, pointing to the full report in the artifact', () => {
    const checks = Array.from({ length: 5000 }, (_, i) => ({ id: `G1.kpi.${i}`, rule: 'mae', variable: `v${i}`, value: i, status: 'fail' as const, severity: 'block' as const, message: 'x'.repeat(40) }))
    const url = 'https://github.com/acme/plant-models/actions/runs/77/artifacts/9'
    const body = commentBody(makeEvidence({ checks }), { sha: PR_HEAD, artifactUrl: url })
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(body).toMatch(/Full report in the artifact/)
    expect(body).toContain(url)
    expect(body.startsWith('<!-- modelgate:G1:seattle-temp-max -->')).toBe(true)
  })

  it('cuts any body to the limit without splitting a surrogate pair or leaving a half tag', () => {
    const cut = fitBody(`${'a'.repeat(200)}<details><summary>${'😀'.repeat(100)}`, 300)
    expect(cut.length).toBeLessThanOrEqual(300)
    expect(cut).toMatch(/Full report in the artifact/)
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/)
    expect(fitBody('short', 300)).toBe('short')
    const half = fitBody(`${'a'.repeat(100)}<summar${'b'.repeat(300)}`, 250)
    expect(half).not.toContain('<summar')
  })
})
