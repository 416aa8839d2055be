import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { InputError, InputErrors, toProblems } from '../../../src/contract/errors.js'
import { parseReport } from '../../../src/gates/g2/vulnerabilities/reports.js'
import { check, failing, FIX, g2, problemText, signedWorkspace } from './signed-workspace.js'

const fixture = (name: string) => JSON.parse(readFileSync(join(FIX, name), 'utf8'))
/** The problems parseReport throws, or [] when it does not throw. */
function problemsOf(report: unknown, file = 'report.json') {
  try {
    parseReport(report, file)
    return []
  } catch (error) {
    if (!(error instanceof InputError || error instanceof InputErrors)) throw error
    return toProblems(error)
  }
}

describe("vulnerability reports are validated against their format's schema", () => {
  it.each([
    [
      'SARIF results that are not an array',
      () => ({
        ...fixture('trivy.sarif.json'),
        runs: [{ ...fixture('trivy.sarif.json').runs[0], results: 'oops' }],
      }),
      '/runs/0/results',
      /Not a valid sarif-2\.1\.0 report/,
    ],
    [
      'SARIF without a version 2.1.0',
      () => ({ ...fixture('trivy.sarif.json'), version: '2.0.0' }),
      '/version',
      /sarif-2\.1\.0/,
    ],
    [
      'a pip-audit vulnerability without an id',
      () => ({
        dependencies: [
          { name: 'requests', version: '2.19.0', vulns: [{ fix_versions: ['2.20.0'] }] },
        ],
        fixes: [],
      }),
      '/dependencies/0/vulns/0',
      /Missing required property "id"/,
    ],
    [
      'a pip-audit dependency neither audited nor skipped',
      () => ({ dependencies: [{ name: 'requests', version: '2.19.0' }] }),
      '/dependencies/0',
      /vulns/,
    ],
    [
      'an npm audit severity npm does not have',
      () => {
        const r = fixture('npm-audit-v2.json')
        r.vulnerabilities.lodash.via[0].severity = 'severe'
        return r
      },
      '/vulnerabilities/lodash/via/0/severity',
      /Value not allowed.*"info", "low", "moderate", "high", "critical"/,
    ],
    [
      'an npm audit v1 report version',
      () => ({ ...fixture('npm-audit-v2.json'), auditReportVersion: 1 }),
      '/auditReportVersion',
      /2/,
    ],
    [
      'OSV-Scanner results without packages',
      () => ({ results: [{ source: { path: 'x', type: 'lockfile' } }] }),
      '/results/0',
      /Missing required property "packages"/,
    ],
  ])('gives an error with file and JSON pointer for %s', (_name, make, pointer, message) => {
    const problems = problemsOf(make(), 'security/report.json')
    expect(problems.length).toBeGreaterThan(0)
    expect(
      problems.some((p) => p.file === 'security/report.json' && p.pointer === pointer),
      JSON.stringify(problems),
    ).toBe(true)
    expect(problems.map((p) => `${p.message} ${p.expected ?? ''}`).join('\n')).toMatch(message)
  })

  it('stops G2 with status error naming the file and pointer (not 4 unknown-rule findings)', async () => {
    const dir = signedWorkspace({ vulns: { reports: ['security/bad.sarif.json'] } })
    writeFileSync(
      join(dir, 'security', 'bad.sarif.json'),
      JSON.stringify({
        version: '2.1.0',
        runs: [{ tool: { driver: { name: 'x' } }, results: 'oops' }],
      }),
    )
    const e = await g2(dir)
    expect(e.status).toBe('error')
    expect(e.problems[0]).toMatchObject({
      file: 'security/bad.sarif.json',
      pointer: '/runs/0/results',
    })
  })
})

describe('SARIF: kinds, suppressions, rules in extensions, rule references', () => {
  it('resolves CodeQL rules grouped by pack (tool.extensions) by rule.index and toolComponent, and reports pass, notApplicable and accepted suppressions as suppressed', () => {
    const { findings } = parseReport(fixture('codeql-by-pack.sarif.json'), 'codeql.sarif')
    expect(findings.map((f) => [f.id, f.severity, f.suppressed ?? 'counted'])).toEqual([
      ['py/code-injection', 'critical', 'counted'],
      ['py/path-injection', 'high', 'counted'],
      [
        'py/clear-text-logging-sensitive-data',
        'high',
        'suppressed in the report (external: Test fixture credentials only)',
      ],
      ['py/path-injection', 'high', 'counted'], // under review: still a finding
      ['py/code-injection', 'critical', 'kind "pass": not a failure'],
      ['py/code-injection', 'critical', 'kind "notApplicable": not a failure'],
    ])
  })

  it('resolves a result that gives only ruleIndex, and refuses an index that points nowhere', () => {
    const sarif = fixture('trivy.sarif.json')
    delete sarif.runs[0].results[0].ruleId
    expect(parseReport(sarif, 't.sarif').findings[0]).toMatchObject({
      id: 'CVE-2018-18074',
      severity: 'high',
    })
    sarif.runs[0].results[0].ruleIndex = 3
    expect(problemsOf(sarif, 't.sarif')[0]).toMatchObject({
      file: 't.sarif',
      pointer: '/runs/0/results/0/ruleIndex',
      message: 'The SARIF result does not resolve to a rule',
    })
  })

  it('reads Grype: the advisory id out of CVE-XXXX-YYYY-<package>, package and version from the purls property, the fixed version from the rule help', () => {
    const { findings } = parseReport(fixture('grype.sarif.json'), 'grype.sarif')
    expect(findings).toEqual([
      expect.objectContaining({
        id: 'CVE-2018-18074',
        aliases: ['CVE-2018-18074-requests'],
        package: 'requests',
        version: '2.19.0',
        fixedVersions: ['2.20.0'],
        severity: 'high',
      }),
      expect.objectContaining({
        id: 'GHSA-9wx4-h78v-vm56',
        aliases: ['GHSA-9wx4-h78v-vm56-requests'],
        package: 'requests',
        version: '2.19.0',
        fixedVersions: ['2.32.0'],
        severity: 'medium',
      }),
    ])
  })

  it('counts only real findings in G2, and names the suppressed ones in the findings table', async () => {
    const e = await g2(
      signedWorkspace({
        vulns: { reports: ['security/codeql-by-pack.sarif.json'], maxSeverity: 'high' },
      }),
    )
    expect(check(e, 'G2.vulnerabilities.max_severity')).toMatchObject({
      value: 1,
      status: 'fail',
      details: { findings: 3, suppressed: 3 },
    })
    const table = (e.report.tables as { title: string; rows: string[][] }[]).find(
      (t) => t.title === 'Vulnerability findings',
    )!
    expect(table.rows.filter((r) => r[6]!.startsWith('suppressed: '))).toHaveLength(3)
  })
})

describe('other formats: severities, fixed versions, aliases', () => {
  it('rates npm\'s "info" severity low, not unknown', () => {
    const r = fixture('npm-audit-v2.json')
    r.vulnerabilities.lodash.via[0].severity = 'info'
    expect(parseReport(r, 'npm.json').findings[0]).toMatchObject({
      id: 'GHSA-35jh-r3h4-6jhm',
      severity: 'low',
    })
  })

  it('takes OSV fixed versions from affected[].ranges[].events[].fixed of the same package only', () => {
    const r = fixture('osv-scanner.json')
    r.results[0].packages[0].vulnerabilities[0].affected.push({
      package: { ecosystem: 'npm', name: 'other-package' },
      ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '9.9.9' }] }],
    })
    expect(parseReport(r, 'osv.json').findings[0]!.fixedVersions).toEqual(['0.2.4', '1.2.6'])
  })

  it.each([
    [
      'a Grype finding, by CVE id',
      'security/grype.sarif.json',
      ['CVE-2018-18074', 'GHSA-9wx4-h78v-vm56'],
    ],
    ['an OSV finding, by its CVE alias', 'security/osv-scanner.json', ['CVE-2021-44906']],
    ['a pip-audit finding, by its CVE alias', 'security/pip-audit.json', ['CVE-2018-18074']],
  ])('lets allowlist entries match %s', async (_name, report, ids) => {
    const allowlist = ids.map((id) => ({
      id,
      justification: 'accepted until the upgrade lands',
      owner: 'security@example.com',
      expires: '2999-12-31',
    }))
    const blocked = await g2(signedWorkspace({ vulns: { reports: [report], maxSeverity: 'low' } }))
    expect(check(blocked, 'G2.vulnerabilities.max_severity')!.status).toBe('fail')
    const allowed = await g2(
      signedWorkspace({ vulns: { reports: [report], maxSeverity: 'low', allowlist } }),
    )
    expect(check(allowed, 'G2.vulnerabilities.max_severity'), failing(allowed)).toMatchObject({
      status: 'pass',
      value: 0,
    })
  })

  it.each([
    ['2025-02-30', /Not a calendar date/],
    ['2025-13-01', /Schema rule "pattern" failed/],
  ])(
    'gives status error for the allowlist expiry %s, naming its JSON pointer',
    async (expires, message) => {
      const e = await g2(
        signedWorkspace({
          vulns: {
            reports: [],
            allowlist: [
              {
                id: 'CVE-2018-18074',
                justification: 'accepted until the upgrade lands',
                owner: 'security',
                expires,
              },
            ],
          },
        }),
      )
      expect(e.status).toBe('error')
      expect(e.problems[0]).toMatchObject({
        file: 'ssot/security.json',
        pointer: '/vulnerabilities/allowlist/0/expires',
      })
      expect(problemText(e)).toMatch(message)
    },
  )
})
