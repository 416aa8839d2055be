import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import AjvDraft04 from 'ajv-draft-04'
import { describe, expect, it } from 'vitest'
import { parseReport } from '../../../src/gates/g2/vulnerabilities.js'

/**
 * The official SARIF 2.1.0 schema (rtm.5, draft-04) as Microsoft ships it in
 * @microsoft/jest-sarif; ajv-draft-04 validates against it, since Ajv 8 itself
 * does not read draft-04.
 */
const require = createRequire(import.meta.url)
const schemaPath = join(require.resolve('@microsoft/jest-sarif/package.json'), '..', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json')
// module.exports is the class (CommonJS); TypeScript sees it behind `default`.
type Validator = ((data: unknown) => boolean) & { errors?: unknown[] | null }
interface Draft04 {
  compile(schema: object): Validator
  errorsText(errors?: unknown[] | null): string
}
const Ajv04 = ((AjvDraft04 as unknown as { default?: unknown }).default ?? AjvDraft04) as new (options: object) => Draft04
// unicodeRegExp off: one pattern in the official schema is not valid with the `u` flag.
const ajv = new Ajv04({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false })
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')))
const FIX = join(import.meta.dirname, '..', '..', 'fixtures', 'g2')

describe('SARIF fixtures against the official SARIF 2.1.0 schema', () => {
  it('accepts the Trivy fixture that G2 parses', () => {
    const sarif = JSON.parse(readFileSync(join(FIX, 'trivy.sarif.json'), 'utf8'))
    expect(validate(sarif), ajv.errorsText(validate.errors)).toBe(true)
    expect(parseReport(sarif, 'trivy.sarif.json').findings).toHaveLength(1)
  })

  it('rejects a SARIF log that breaks the schema (the validator can fail)', () => {
    const sarif = JSON.parse(readFileSync(join(FIX, 'trivy.sarif.json'), 'utf8'))
    sarif.runs[0].results[0].level = 'catastrophic'
    expect(validate(sarif)).toBe(false)
  })
})
