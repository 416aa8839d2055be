import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../../src/cli/run-cli.js'
import { parseReport } from '../../../src/gates/g2/vulnerabilities/reports.js'
import {
  check,
  failing,
  FIX,
  g2,
  openssl,
  problemText,
  readConfig,
  signedWorkspace,
  writeConfigAndSign,
} from './signed-workspace.js'

/** Every file of template/ssot, in the manifest's (sorted) order: the SSOT snapshot G2 requires signed. */
const TEMPLATE_SSOT = readdirSync(join(import.meta.dirname, '..', '..', '..', 'template', 'ssot'), {
  recursive: true,
  withFileTypes: true,
})
  .filter((f) => f.isFile())
  .map(
    (f) =>
      `ssot/${relative(
        join(import.meta.dirname, '..', '..', '..', 'template', 'ssot'),
        join(f.parentPath, f.name),
      )
        .split(sep)
        .join('/')}`,
  )
  .sort()

describe('G2 signatures made by openssl', () => {
  it('passes valid P-256 (cosign-style) and Ed25519 signatures, and binds the manifest to the model digest', async () => {
    const e = await g2(signedWorkspace())
    expect(e.status, problemText(e) + failing(e)).toBe('pass')
    expect(e.checks.filter((c) => c.rule === 'signature').map((c) => c.value)).toEqual(
      Array(2 + TEMPLATE_SSOT.length).fill(true),
    )
    const manifest = e.report.manifest as {
      path: string
      role: string
      sha256: string
      keyFingerprint: string
    }[]
    expect(manifest.map((m) => [m.path, m.role])).toEqual([
      ['models/temp_max.onnx', 'model'],
      ['MODEL_CARD.md', 'model-card'],
      ...TEMPLATE_SSOT.map((p) => [p, 'ssot']),
    ])
    expect(manifest.every((m) => /^sha256:[0-9a-f]{64}$/.test(m.keyFingerprint))).toBe(true)
    expect(check(e, 'G2.release_material.coverage')).toMatchObject({ value: 0, status: 'pass' })
    expect(check(e, 'G2.subject_model')).toMatchObject({ value: true, status: 'pass' })
    expect(manifest[0]!.sha256).toBe(e.subject.model!.sha256)
    expect(check(e, 'G2.model_scan.models/temp_max.onnx')).toMatchObject({
      status: 'pass',
      value: 0,
    })
  })

  it.each([
    [
      'a tampered file',
      (dir: string) =>
        writeFileSync(
          join(dir, 'ssot', 'kpi_acceptance.csv'),
          `${readFileSync(join(dir, 'ssot', 'kpi_acceptance.csv'), 'utf8')}G1,r2,temp_max,>=,0.1,,block,,,,,\n`,
        ),
      'G2.signature.ssot/kpi_acceptance.csv',
    ],
    [
      'a signature for another file',
      (dir: string) =>
        cpSync(
          join(dir, 'ssot', 'kpi_acceptance.csv.sig'),
          join(dir, 'models', 'temp_max.onnx.sig'),
        ),
      'G2.signature.models/temp_max.onnx',
    ],
    [
      'a truncated signature',
      (dir: string) =>
        writeFileSync(
          join(dir, 'models', 'temp_max.onnx.sig'),
          readFileSync(join(dir, 'sigbin', 'models__temp_max.onnx.sig'))
            .subarray(0, 20)
            .toString('base64'),
        ),
      'G2.signature.models/temp_max.onnx',
    ],
    [
      'a signature by the wrong key',
      (dir: string) => {
        openssl(
          'ecparam',
          '-name',
          'prime256v1',
          '-genkey',
          '-noout',
          '-out',
          join(dir, 'keys', 'other.pem'),
        )
        writeFileSync(
          join(dir, 'models', 'temp_max.onnx.sig'),
          openssl(
            'dgst',
            '-sha256',
            '-sign',
            join(dir, 'keys', 'other.pem'),
            join(dir, 'models', 'temp_max.onnx'),
          ).toString('base64'),
        )
      },
      'G2.signature.models/temp_max.onnx',
    ],
  ])('fails %s', async (_name, spoil, id) => {
    const dir = signedWorkspace()
    spoil(dir)
    const e = await g2(dir)
    expect(e.status).toBe('fail')
    expect(check(e, id)).toMatchObject({ value: false, status: 'fail' })
    // A signature that fails vouches for nothing: the file is not covered either.
    expect(check(e, 'G2.release_material.coverage')!.message).toContain(
      id.replace('G2.signature.', ''),
    )
  })

  it.each([
    [
      'an empty signature file',
      (dir: string) => writeFileSync(join(dir, 'models', 'temp_max.onnx.sig'), ''),
      /signature file is empty/,
    ],
    [
      'a signature that is not base64',
      (dir: string) => writeFileSync(join(dir, 'models', 'temp_max.onnx.sig'), 'not*base64!'),
      /not base64/,
    ],
    [
      'a key that is not PEM',
      (dir: string) => writeFileSync(join(dir, 'keys', 'p256.pub'), 'ssh-ed25519 AAAAC3Nz'),
      /Not a PEM public key/,
    ],
    [
      'a key on the wrong curve',
      (dir: string) => {
        openssl(
          'ecparam',
          '-name',
          'secp384r1',
          '-genkey',
          '-noout',
          '-out',
          join(dir, 'keys', 'p384.pem'),
        )
        openssl(
          'ec',
          '-in',
          join(dir, 'keys', 'p384.pem'),
          '-pubout',
          '-out',
          join(dir, 'keys', 'p256.pub'),
        )
      },
      /an ECDSA key on P-256 \(prime256v1\) ec on secp384r1/,
    ],
    [
      'a manifest that lists a missing file',
      (dir: string) => {
        const cfg = readConfig(dir)
        cfg.releaseMaterial.push({
          path: 'docs/RELEASE_NOTES.md',
          signature: 'docs/RELEASE_NOTES.md.sig',
          keyId: 'release',
        })
        writeFileSync(join(dir, 'ssot', 'security.json'), JSON.stringify(cfg))
      },
      /docs\/RELEASE_NOTES\.md\s+File not found/,
    ],
  ])('gives status error for %s', async (_name, spoil, message) => {
    const dir = signedWorkspace()
    spoil(dir)
    const e = await g2(dir)
    expect(e.status).toBe('error')
    expect(problemText(e)).toMatch(message)
  })

  it('fails when the model card is not among the signed release material', async () => {
    const dir = signedWorkspace()
    const cfg = readConfig(dir)
    cfg.releaseMaterial = cfg.releaseMaterial.filter(
      (m: { path: string }) => m.path !== 'MODEL_CARD.md',
    )
    writeConfigAndSign(dir, cfg)
    const e = await g2(dir)
    expect(e.status).toBe('fail')
    expect(check(e, 'G2.release_material.coverage')).toMatchObject({
      value: 1,
      message: expect.stringContaining(
        'not covered by a verified signature: MODEL_CARD.md (model-card',
      ),
    })
  })

  it('modelgate sign writes a cosign-compatible signature that openssl verifies and G2 accepts', async () => {
    const dir = signedWorkspace()
    writeFileSync(join(dir, 'models', 'temp_max.onnx.sig'), '')
    let err = ''
    const code = await runCli(['sign', '--key', 'keys/p256.pem', 'models/temp_max.onnx'], {
      cwd: dir,
      env: {},
      stdout: () => {},
      stderr: (t) => (err += t),
    })
    expect(code, err).toBe(0)
    expect(err).toMatch(/key sha256:[0-9a-f]{64}/)
    writeFileSync(
      join(dir, 'sig.der'),
      Buffer.from(readFileSync(join(dir, 'models', 'temp_max.onnx.sig'), 'utf8').trim(), 'base64'),
    )
    expect(
      openssl(
        'dgst',
        '-sha256',
        '-verify',
        join(dir, 'keys', 'p256.pub'),
        '-signature',
        join(dir, 'sig.der'),
        join(dir, 'models', 'temp_max.onnx'),
      ).toString(),
    ).toContain('Verified OK')
    expect((await g2(dir)).status).toBe('pass')
  })
})

describe('G2 vulnerability gating', () => {
  it('recognises npm audit v2, pip-audit, OSV-Scanner and SARIF reports', () => {
    const parse = (f: string) => parseReport(JSON.parse(readFileSync(join(FIX, f), 'utf8')), f)
    expect(parse('npm-audit-v2.json')).toMatchObject({
      format: 'npm-audit-v2',
      findings: [
        {
          id: 'GHSA-35jh-r3h4-6jhm',
          severity: 'high',
          package: 'lodash',
          fixedVersions: ['lodash@4.17.21'],
        },
        { id: 'GHSA-29mw-wpgm-hmr9', severity: 'medium' },
        { id: 'GHSA-xvch-5gv4-984h', severity: 'critical' },
      ],
    })
    expect(parse('pip-audit.json')).toMatchObject({
      format: 'pip-audit',
      findings: [
        {
          id: 'PYSEC-2018-28',
          severity: 'unknown',
          aliases: ['GHSA-x84v-xcm2-53pg', 'CVE-2018-18074'],
          fixedVersions: ['2.20.0'],
        },
      ],
    })
    expect(parse('osv-scanner.json')).toMatchObject({
      format: 'osv-scanner',
      findings: [
        {
          id: 'GHSA-xvch-5gv4-984h',
          severity: 'critical',
          package: 'minimist',
          version: '1.2.5',
          fixedVersions: ['0.2.4', '1.2.6'],
        },
      ],
    })
    expect(parse('trivy.sarif.json')).toMatchObject({
      format: 'sarif-2.1.0',
      findings: [
        {
          id: 'CVE-2018-18074',
          severity: 'high',
          package: 'requests',
          version: '2.19.0',
          fixedVersions: ['2.20.0'],
        },
      ],
    })
    expect(parse('pip-audit-offline.json').unaudited).toHaveLength(5)
  })

  it('fails findings above the limit, accepts a current allowlist entry, fails an expired one', async () => {
    const e = await g2(
      signedWorkspace({
        vulns: {
          reports: ['security/npm-audit-v2.json'],
          maxSeverity: 'medium',
          allowlist: [
            {
              id: 'GHSA-xvch-5gv4-984h',
              justification: 'minimist is only used by the docs build',
              owner: 'security',
              expires: '2999-01-01',
            },
            {
              id: 'GHSA-old',
              justification: 'an entry nobody renewed last year',
              owner: 'security',
              expires: '2020-01-01',
            },
          ],
        },
      }),
    )
    expect(e.status).toBe('fail')
    expect(check(e, 'G2.vulnerabilities.max_severity')).toMatchObject({
      value: 1,
      status: 'fail',
      message: expect.stringContaining('GHSA-35jh-r3h4-6jhm'),
    })
    expect(check(e, 'G2.vulnerabilities.allowlist_expiry')).toMatchObject({
      value: 1,
      status: 'fail',
      message: expect.stringContaining('GHSA-old (expired 2020-01-01'),
    })
    const table = (e.report.tables as { title: string; rows: string[][] }[]).find(
      (t) => t.title === 'Vulnerability findings',
    )!
    expect(table.rows.find((r) => r[0] === 'GHSA-xvch-5gv4-984h')![6]).toBe('allowlisted')
  })

  it('rates pip-audit findings (no severity) by the configured rule', async () => {
    const high = await g2(
      signedWorkspace({ vulns: { reports: ['security/pip-audit.json'], maxSeverity: 'medium' } }),
    )
    expect(check(high, 'G2.vulnerabilities.max_severity')).toMatchObject({
      value: 1,
      status: 'fail',
    })
    const ignored = await g2(
      signedWorkspace({
        vulns: {
          reports: ['security/pip-audit.json'],
          maxSeverity: 'medium',
          unknownSeverity: 'ignore',
        },
      }),
    )
    expect(check(ignored, 'G2.vulnerabilities.max_severity')).toMatchObject({
      value: 0,
      status: 'pass',
    })
  })

  it('fails a report in which the scanner audited nothing (real pip-audit output offline)', async () => {
    const e = await g2(signedWorkspace({ vulns: { reports: ['security/pip-audit-offline.json'] } }))
    expect(check(e, 'G2.vulnerabilities.audited')).toMatchObject({ value: 5, status: 'fail' })
  })

  it.each([
    ['an unparseable report', '{"auditReportVersion": 2,', /Not valid JSON/],
    [
      'an unrecognised format',
      '{"scanner": "acme", "issues": []}',
      /Unrecognised vulnerability report.*npm audit --json/,
    ],
  ])('gives status error for %s', async (_name, content, message) => {
    const dir = signedWorkspace({ vulns: { reports: ['security/bad.json'] } })
    writeFileSync(join(dir, 'security', 'bad.json'), content)
    const e = await g2(dir)
    expect(e.status).toBe('error')
    expect(problemText(e)).toMatch(message)
  })
})
