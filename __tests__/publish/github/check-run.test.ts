import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Check } from '../../../src/contract/types.js'
import {
  annotationsFor,
  checkRunName,
  checkRunTitle,
  conclusionFor,
  publishCheckRun,
  type Annotation,
} from '../../../src/publish/github/check-run.js'
import { createGitHubClient, type GitHubClient } from '../../../src/github/octokit.js'
import { makeEvidence } from '../../support/evidence-fixture.js'
import { startGitHubStandin, type GitHubStandin } from '../../support/github-api-standin.js'

let gh: GitHubStandin
let client: GitHubClient

beforeAll(async () => {
  gh = await startGitHubStandin()
  client = createGitHubClient('ghs_test', {
    baseUrl: gh.url,
    backoffMs: 5,
    rateLimitUnitMs: 10,
    writeSpacingMs: 0,
    log: () => {},
  })
}, 60_000)
afterEach(() => {
  expect(gh.violations, 'every request and response matches GitHub OpenAPI description').toEqual([])
  gh.reset()
})
afterAll(async () => {
  await gh.stop()
})

const everywhere = () => true

describe('check run content', () => {
  it('has a stable name branch protection can require', () => {
    expect(checkRunName(makeEvidence())).toBe('modelgate / G1 Model Performance')
    expect(checkRunName(makeEvidence({ gate: 'G0', gateName: 'Data Quality' }))).toBe(
      'modelgate / G0 Data Quality',
    )
  })

  it('concludes success only on pass; an error is a failure titled as one', () => {
    expect(conclusionFor('pass')).toBe('success')
    expect(conclusionFor('fail')).toBe('failure')
    expect(conclusionFor('error')).toBe('failure')
    expect(checkRunTitle(makeEvidence({ status: 'error', summary: 'bad model.json' }))).toBe(
      'error: could not judge. bad model.json',
    )
    expect(checkRunTitle(makeEvidence({ status: 'pass', summary: 'all KPIs met' }))).toBe(
      'passed. all KPIs met',
    )
  })

  it('annotates failing and warning KPIs at their kpi_acceptance.csv line, not passing or skipped ones', () => {
    const checks: Check[] = [
      {
        id: 'G1.kpi.2',
        rule: 'mae',
        variable: 'temp_max',
        value: 3.4,
        operator: '<=',
        threshold: 3,
        unit: '°C',
        status: 'fail',
        severity: 'block',
        source: { file: 'ssot/kpi_acceptance.csv', line: 2 },
      },
      {
        id: 'G1.kpi.3',
        rule: 'r2',
        value: 0.7,
        operator: '>=',
        threshold: 0.8,
        status: 'warn',
        severity: 'warn',
        source: { file: 'ssot/kpi_acceptance.csv', line: 3 },
      },
      {
        id: 'G1.kpi.4',
        rule: 'rmse',
        value: 1,
        operator: '<=',
        threshold: 2,
        status: 'pass',
        severity: 'block',
        source: { file: 'ssot/kpi_acceptance.csv', line: 4 },
      },
      {
        id: 'G1.kpi.5',
        rule: 'auc',
        value: null,
        status: 'skipped',
        severity: 'block',
        message: 'no baseline',
        source: { file: 'ssot/kpi_acceptance.csv', line: 5 },
      },
      {
        id: 'G1.kpi.6',
        rule: 'ece',
        value: 0.2,
        operator: '<=',
        threshold: 0.1,
        status: 'fail',
        severity: 'block',
      },
    ]
    const a = annotationsFor(makeEvidence({ checks }), everywhere)
    expect(a).toEqual([
      {
        path: 'ssot/kpi_acceptance.csv',
        start_line: 2,
        end_line: 2,
        annotation_level: 'failure',
        title: 'G1 mae (temp_max): fail',
        message: 'Value 3.4 °C, required <= 3.',
      },
      {
        path: 'ssot/kpi_acceptance.csv',
        start_line: 3,
        end_line: 3,
        annotation_level: 'warning',
        title: 'G1 r2: warn',
        message: 'Value 0.7, required >= 0.8.',
      },
    ])
  })

  it('annotates G0 violations at their CSV line only when the file is in the repository', () => {
    const violations = [
      {
        file: 'data/holdout.csv',
        line: 7,
        column: 'temp_max',
        value: '99',
        rule: 'maximum',
        message: 'above 45',
      },
      {
        file: '/tmp/outside.csv',
        line: 3,
        column: 'x',
        value: '1',
        rule: 'type',
        message: 'not a number',
      },
      {
        file: '../elsewhere.csv',
        line: 3,
        column: 'x',
        value: '1',
        rule: 'type',
        message: 'not a number',
      },
      {
        file: 'data/untracked.csv',
        line: 4,
        column: 'x',
        value: '1',
        rule: 'type',
        message: 'not a number',
      },
    ]
    const a = annotationsFor(
      makeEvidence({ gate: 'G0', checks: [], report: { violations } }),
      (p) => p !== 'data/untracked.csv',
    )
    expect(a).toEqual([
      {
        path: 'data/holdout.csv',
        start_line: 7,
        end_line: 7,
        annotation_level: 'failure',
        title: 'temp_max: maximum',
        message: 'above 45 (value "99")',
      },
    ])
  })
})

describe('annotations from JSON pointers', () => {
  it('puts G2 checks and problems that carry a pointer at its line in the JSON file', () => {
    const lines: Record<string, number> = {
      '/releaseMaterial/1': 14,
      '/vulnerabilities/maxSeverity': 30,
      '/keys/0/publicKeyPath': 4,
    }
    const locate = (path: string, pointer: string) =>
      path === 'ssot/security.json' ? lines[pointer] : undefined
    const e = makeEvidence({
      gate: 'G2',
      gateName: 'Security Review',
      status: 'error',
      checks: [
        {
          id: 'G2.signature.MODEL_CARD.md',
          rule: 'signature',
          variable: 'MODEL_CARD.md',
          value: false,
          status: 'fail',
          severity: 'block',
          message: 'the signature does not match',
          source: { file: 'ssot/security.json', pointer: '/releaseMaterial/1' },
        },
        {
          id: 'G2.vulnerabilities.max_severity',
          rule: 'max_severity',
          value: 2,
          operator: '<=',
          threshold: 0,
          status: 'fail',
          severity: 'block',
          source: { file: 'ssot/security.json', pointer: '/vulnerabilities/maxSeverity' },
        },
        {
          id: 'G2.other',
          rule: 'x',
          value: 1,
          status: 'fail',
          severity: 'block',
          source: { file: 'ssot/other.json', pointer: '/a' },
        },
      ],
      problems: [
        {
          file: 'ssot/security.json',
          pointer: '/keys/0/publicKeyPath',
          message: 'Unreadable key',
          expected: 'a PEM public key',
          found: 'nothing',
        },
      ],
    })
    // Before: no line, so no annotation at all.
    expect(annotationsFor(e, everywhere)).toEqual([])
    expect(annotationsFor(e, everywhere, locate)).toEqual([
      {
        path: 'ssot/security.json',
        start_line: 14,
        end_line: 14,
        annotation_level: 'failure',
        title: 'G2 signature (MODEL_CARD.md): fail',
        message: 'the signature does not match',
      },
      {
        path: 'ssot/security.json',
        start_line: 30,
        end_line: 30,
        annotation_level: 'failure',
        title: 'G2 max_severity: fail',
        message: 'Value 2, required <= 0.',
      },
      {
        path: 'ssot/security.json',
        start_line: 4,
        end_line: 4,
        annotation_level: 'failure',
        title: 'G2 could not judge',
        message:
          'At /keys/0/publicKeyPath: Unreadable key. Expected a PEM public key, found nothing',
      },
    ])
  })
})

describe('check run over HTTP', () => {
  it('sends 120 annotations as one create and two updates of at most 50, on the given head sha', async () => {
    const annotations: Annotation[] = Array.from({ length: 120 }, (_, i) => ({
      path: 'data/holdout.csv',
      start_line: i + 2,
      end_line: i + 2,
      annotation_level: 'failure',
      title: 'temp_max: maximum',
      message: `row ${i}`,
    }))
    const { id, app } = await publishCheckRun(client, {
      owner: 'acme',
      repo: 'plant-models',
      headSha: 'b'.repeat(40),
      name: 'modelgate / G0 Data Quality',
      conclusion: 'failure',
      title: 'failed',
      summary: 'x'.repeat(70_000),
      annotations,
      detailsUrl: 'https://github.com/acme/plant-models/actions/runs/1',
    })
    // The App the check run belongs to is who an installation token acts as.
    expect(app).toEqual({ id: 15368, slug: 'github-actions' })
    const calls = gh.requests.filter((r) => r.template.includes('check-runs'))
    expect(calls.map((r) => `${r.method} ${r.status}`)).toEqual([
      'POST 201',
      'PATCH 200',
      'PATCH 200',
    ])
    expect(
      calls.map(
        (r) => (r.body as { output: { annotations: unknown[] } }).output.annotations.length,
      ),
    ).toEqual([50, 50, 20])
    expect(
      calls.every(
        (r) => (r.body as { output: { summary: string } }).output.summary.length <= 65_535,
      ),
    ).toBe(true)
    const run = gh.checkRuns[0]!
    expect(run).toMatchObject({
      id,
      name: 'modelgate / G0 Data Quality',
      head_sha: 'b'.repeat(40),
      status: 'completed',
      conclusion: 'failure',
    })
    expect(run.annotations.map((a) => a.start_line)).toEqual(annotations.map((a) => a.start_line))
  })

  it('sends the detail as the output text, and keeps summary and text within 65,535 bytes even in emoji', async () => {
    const annotations: Annotation[] = Array.from({ length: 60 }, (_, i) => ({
      path: 'a.csv',
      start_line: i + 1,
      end_line: i + 1,
      annotation_level: 'failure',
      title: 't',
      message: 'm',
    }))
    await publishCheckRun(client, {
      owner: 'acme',
      repo: 'plant-models',
      headSha: 'd'.repeat(40),
      name: 'modelgate / G1 Model Performance',
      conclusion: 'failure',
      title: 'failed',
      summary: '✅'.repeat(40_000),
      text: '❌ detail '.repeat(10_000),
      annotations,
    })
    const bodies = gh.requests.map(
      (r) => (r.body as { output: { summary: string; text?: string } }).output,
    )
    expect(bodies).toHaveLength(2)
    for (const o of bodies) {
      expect(Buffer.byteLength(o.summary)).toBeLessThanOrEqual(65_535)
      expect(Buffer.byteLength(o.text!)).toBeLessThanOrEqual(65_535)
      expect(o.text!.startsWith('❌ detail')).toBe(true)
    }
    expect(gh.checkRuns[0]!.output.text).toMatch(/…$/)
  })

  it('sends a run without annotations as a single create', async () => {
    await publishCheckRun(client, {
      owner: 'acme',
      repo: 'plant-models',
      headSha: 'c'.repeat(40),
      name: 'modelgate / G1 Model Performance',
      conclusion: 'success',
      title: 'passed',
      summary: 'ok',
      annotations: [],
    })
    expect(gh.requests.map((r) => r.method)).toEqual(['POST'])
    expect(gh.checkRuns[0]).toMatchObject({ conclusion: 'success', annotations: [] })
  })
})
