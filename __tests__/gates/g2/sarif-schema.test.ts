import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import AjvDraft04 from 'ajv-draft-04'
import { describe, expect, it } from 'vitest'
import { parseReport } from '../../../src/gates/g2/vulnerabilities/reports.js'

/**
 * The official SARIF 2.1.0 schema (rtm.5, draft-04) that G2 validates with at
 * run time is shipped in ssot/schemas/vulnerability-reports/; it must be the file Microsoft
 * ships in @microsoft/jest-sarif, unchanged. ajv-draft-04 validates against
 * it, since Ajv 8 itself does not read draft-04.
 */
const require = createRequire(import.meta.url)
const REPO = join(import.meta.dirname, '..', '..', '..')
const upstream = readFileSync(
  join(
    require.resolve('@microsoft/jest-sarif/package.json'),
    '..',
    'lib',
    'schemas',
    'sarif-2.1.0-rtm.5.json',
  ),
  'utf8',
)
const shipped = readFileSync(
  join(REPO, 'ssot', 'schemas', 'vulnerability-reports', 'sarif-2.1.0-rtm.5.json'),
  'utf8',
)
// unicodeRegExp off: one pattern in the official schema is not valid with the `u` flag.
const ajv = new AjvDraft04.default({
  strict: false,
  allErrors: true,
  validateFormats: false,
  unicodeRegExp: false,
})
const validate = ajv.compile(JSON.parse(upstream))
const FIX = join(REPO, '__tests__', 'fixtures', 'g2')
const SARIF_FIXTURES = readdirSync(FIX).filter((f) => f.endsWith('.sarif.json'))

describe('SARIF fixtures against the official SARIF 2.1.0 schema', () => {
  it('ships the official schema unchanged', () => {
    expect(shipped).toBe(upstream)
  })

  it.each(SARIF_FIXTURES)('accepts the fixture %s that G2 parses', (name) => {
    const sarif = JSON.parse(readFileSync(join(FIX, name), 'utf8'))
    expect(validate(sarif), ajv.errorsText(validate.errors)).toBe(true)
    expect(parseReport(sarif, name).findings.length).toBeGreaterThan(0)
  })

  it('rejects a SARIF log that breaks the schema, here and in G2 (the validators can fail)', () => {
    const sarif = JSON.parse(readFileSync(join(FIX, 'trivy.sarif.json'), 'utf8'))
    sarif.runs[0].results[0].level = 'catastrophic'
    expect(validate(sarif)).toBe(false)
    expect(() => parseReport(sarif, 'trivy.sarif.json')).toThrow(
      /at \/runs\/0\/results\/0\/level: Not a valid sarif-2\.1\.0 report/,
    )
  })
})
