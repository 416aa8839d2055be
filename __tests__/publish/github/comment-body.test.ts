import { describe, expect, it } from 'vitest'
import {
  chainFromComments,
  COMMENT_LIMIT,
  commentBody,
  commentMarker,
  fitBody,
  isStickyComment,
  knownModelName,
  modelNameOf,
  parseCommentTags,
  statusTag,
} from '../../../src/publish/github/comment-body.js'
import { makeEvidence, PR_HEAD } from '../../support/evidence-fixture.js'

describe('sticky comment body', () => {
  it('starts with the hidden marker and status, then the verdict, links and digests', () => {
    const e = makeEvidence()
    const body = commentBody(e, {
      sha: PR_HEAD,
      runUrl: 'https://github.com/acme/plant-models/actions/runs/77',
      artifactUrl: 'https://github.com/acme/plant-models/actions/runs/77/artifacts/9',
    })
    expect(
      body.startsWith(
        `<!-- modelgate:G1:seattle-temp-max -->\n<!-- modelgate-status:fail:${PR_HEAD} -->\n`,
      ),
    ).toBe(true)
    expect(body).toContain('G1 Model Performance: FAIL')
    expect(body).toContain('actions/runs/77/artifacts/9')
    expect(body).toContain(e.subject.model!.sha256)
    expect(body).toContain('```mermaid')
  })

  it('colours the chain: this gate from its status, others from what is known, the rest pending', () => {
    const body = commentBody(makeEvidence({ status: 'pass' }), {
      sha: PR_HEAD,
      chain: { G0: 'pass' },
    })
    expect(body).toContain('class G0 pass')
    expect(body).toContain('class G1 pass')
    expect(body).toContain('class G2 pending')
  })

  it('learns earlier gates from its own comments on the same commit and model only', () => {
    const g0 = `${commentMarker('G0', 'seattle-temp-max')}\n${statusTag('fail', PR_HEAD)}`
    const g2Old = `${commentMarker('G2', 'seattle-temp-max')}\n${statusTag('pass', 'c'.repeat(40))}`
    const other = `${commentMarker('G2', 'another-model')}\n${statusTag('pass', PR_HEAD)}`
    expect(
      chainFromComments([g0, g2Old, other, 'plain text'], 'seattle-temp-max', PR_HEAD),
    ).toEqual({ G0: 'fail' })
  })

  it('reads the marker and status tag only from the first two lines, as commentBody writes them', () => {
    const marker = commentMarker('G2', 'm')
    const tag = statusTag('pass', PR_HEAD)
    expect(parseCommentTags(`${marker}\n${tag}`)).toEqual({
      gate: 'G2',
      model: 'm',
      status: 'pass',
      sha: PR_HEAD,
    })
    expect(parseCommentTags(`${marker}\n${tag}\nreport`)).toEqual({
      gate: 'G2',
      model: 'm',
      status: 'pass',
      sha: PR_HEAD,
    })
    // Before: /m matched the tags anywhere, so a comment quoting them counted as G2's verdict.
    expect(parseCommentTags(`Quoting modelgate:\n${marker}\n${tag}`)).toBeUndefined()
    expect(parseCommentTags(`${marker}\nsomething else\n${tag}`)).toBeUndefined()
    expect(parseCommentTags(`${tag}\n${marker}`)).toBeUndefined()
    expect(parseCommentTags(` ${marker}\n${tag}`)).toBeUndefined()
    expect(chainFromComments([`Quoting modelgate:\n${marker}\n${tag}`], 'm', PR_HEAD)).toEqual({})
    expect(isStickyComment(`${marker}\n${tag}\nbody`, marker)).toBe(true)
    expect(isStickyComment(`${marker}\nno tag`, marker)).toBe(false)
    expect(isStickyComment(`x\n${marker}\n${tag}`, marker)).toBe(false)
    expect(isStickyComment(`${commentMarker('G2', 'm2')}\n${tag}`, marker)).toBe(false)
  })

  it('names the model from the evidence, and keeps the marker inert', () => {
    expect(modelNameOf(makeEvidence({ report: {} }))).toBe('default')
    // Percent-encoded (it was `a_b-_c_d`, which `a_b-_c_d` itself also produced).
    expect(commentMarker('G1', 'a b-->c@d')).toBe('<!-- modelgate:G1:a%20b--%3Ec%40d -->')
  })

  it('gives every model name its own marker (an injective encoding), which reads back as the name', () => {
    const names = [
      'a b',
      'a_b',
      'a%20b',
      'a-b',
      'a.b',
      'default',
      'Modèle température',
      '模型',
      '😀',
      'x-->y',
      '',
    ]
    const markers = names.map((n) => commentMarker('G1', n))
    expect(new Set(markers).size).toBe(names.length)
    expect(commentMarker('G1', 'a b')).not.toBe(commentMarker('G1', 'a_b'))
    expect(commentMarker('G0', undefined)).toBe('<!-- modelgate:G0 -->')
    for (const [i, name] of names.entries()) {
      expect(markers[i]).toMatch(/^<!-- modelgate:G1:[A-Za-z0-9._~%-]* -->$/)
      expect(parseCommentTags(`${markers[i]}\n${statusTag('pass', PR_HEAD)}\n`)).toEqual({
        gate: 'G1',
        model: name,
        status: 'pass',
        sha: PR_HEAD,
      })
    }
  })

  it('shows the model name in the comment', () => {
    const body = commentBody(
      makeEvidence({ report: { model: { name: 'seattle-temp-max', version: '1.0.0' } } }),
      { sha: PR_HEAD },
    )
    expect(body).toContain('model <code>seattle-temp-max</code> version <code>1.0.0</code>')
    expect(knownModelName(makeEvidence({ report: {} }))).toBeUndefined()
  })

  it('joins gates by model name when it is known, and takes a G0 that names no model', () => {
    const tag = (
      gate: 'G0' | 'G1' | 'G2',
      model: string | undefined,
      status: 'pass' | 'fail' | 'error',
      sha = PR_HEAD,
    ) => `${commentMarker(gate, model)}\n${statusTag(status, sha)}\n`
    // G0 without ssot/model.json: its comment names no model, and counts for the model G1 judged.
    expect(chainFromComments([tag('G0', undefined, 'pass')], 'seattle-temp-max', PR_HEAD)).toEqual({
      G0: 'pass',
    })
    // A G0 that names a model counts only for that model; the named one wins over an unnamed one.
    expect(chainFromComments([tag('G0', 'other', 'fail')], 'seattle-temp-max', PR_HEAD)).toEqual({})
    expect(
      chainFromComments(
        [tag('G0', 'seattle-temp-max', 'fail'), tag('G0', undefined, 'pass')],
        'seattle-temp-max',
        PR_HEAD,
      ),
    ).toEqual({ G0: 'fail' })
    // `a b` and `a_b` are different models.
    expect(chainFromComments([tag('G1', 'a_b', 'fail')], 'a b', PR_HEAD)).toEqual({})
    // A gate with no model name takes G1's status when one model was judged, not when several were.
    expect(chainFromComments([tag('G1', 'm1', 'pass')], undefined, PR_HEAD)).toEqual({ G1: 'pass' })
    expect(
      chainFromComments([tag('G1', 'm1', 'pass'), tag('G1', 'm2', 'fail')], undefined, PR_HEAD),
    ).toEqual({})
    // Another commit never counts; the later comment of a gate wins.
    expect(chainFromComments([tag('G2', 'm', 'pass', 'c'.repeat(40))], 'm', PR_HEAD)).toEqual({})
    expect(
      chainFromComments([tag('G2', 'm', 'fail'), tag('G2', 'm', 'pass')], 'm', PR_HEAD),
    ).toEqual({ G2: 'pass' })
  })

  it('escapes untrusted text: no mention notifies, no tag opens', () => {
    const e = makeEvidence({
      summary: '@octocat <img src=x onerror=alert(1)> | x',
      checks: [
        {
          id: 'G1.kpi.2',
          rule: 'mae',
          variable: '@team</details><script>',
          value: 1,
          status: 'fail',
          severity: 'block',
        },
      ],
    })
    const body = commentBody(e, { sha: PR_HEAD })
    expect(body).not.toMatch(/(^|[^\u200b])@octocat/)
    expect(body).not.toMatch(/@team(?!\u200b)/)
    expect(body).not.toContain('<img')
    expect(body).not.toContain('<script>')
    expect(body).not.toContain('</details><script>')
  })

  it('stays under 65,536 characters, pointing to the full report in the artifact', () => {
    const checks = Array.from({ length: 5000 }, (_, i) => ({
      id: `G1.kpi.${i}`,
      rule: 'mae',
      variable: `v${i}`,
      value: i,
      status: 'fail' as const,
      severity: 'block' as const,
      message: 'x'.repeat(40),
    }))
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
