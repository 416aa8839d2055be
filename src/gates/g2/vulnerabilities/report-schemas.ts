import type { ValidateFunction } from 'ajv/dist/2020.js'
import AjvDraft04 from 'ajv-draft-04'
import npmAuditSchema from '../../../../ssot/schemas/vulnerability-reports/npm-audit-v2.schema.json' with { type: 'json' }
import osvScannerSchema from '../../../../ssot/schemas/vulnerability-reports/osv-scanner.schema.json' with { type: 'json' }
import pipAuditSchema from '../../../../ssot/schemas/vulnerability-reports/pip-audit.schema.json' with { type: 'json' }
import sarifSchema from '../../../../ssot/schemas/vulnerability-reports/sarif-2.1.0-rtm.5.json' with { type: 'json' }
import { InputErrors } from '../../../contract/errors.js'
import { describeAjvErrors, getAjv } from '../../../ssot/schema-registry.js'

/**
 * Run-time validation of each recognised vulnerability report format: SARIF
 * 2.1.0 against the official OASIS schema (draft-04, hence ajv-draft-04),
 * the others against modelgate's schemas. See ssot/schemas/vulnerability-reports/README.md.
 */

export type ReportFormat = 'npm-audit-v2' | 'pip-audit' | 'osv-scanner' | 'sarif-2.1.0'

/** At most this many schema problems are reported per file. */
const MAX_PROBLEMS = 20

const compiled = new Map<ReportFormat, ValidateFunction>()

function validator(format: ReportFormat): ValidateFunction {
  let fn = compiled.get(format)
  if (!fn) {
    if (format === 'sarif-2.1.0') {
      // The official schema has one pattern that is not valid with the `u` flag; formats are informative here.
      const ajv = new AjvDraft04.default({
        strict: false,
        allErrors: true,
        validateFormats: false,
        unicodeRegExp: false,
      })
      fn = ajv.compile(sarifSchema) as ValidateFunction
    } else {
      fn = getAjv().compile(
        format === 'npm-audit-v2'
          ? npmAuditSchema
          : format === 'pip-audit'
            ? pipAuditSchema
            : osvScannerSchema,
      )
    }
    compiled.set(format, fn)
  }
  return fn
}

/** Throws every schema problem (file and JSON pointer each) when the report breaks its format's schema. */
export function assertReportValid(format: ReportFormat, report: unknown, file: string): void {
  const fn = validator(format)
  if (fn(report)) return
  const problems = describeAjvErrors(fn.errors ?? [], report, file, fn.schema as object).map(
    (p) => ({
      ...p,
      message: `Not a valid ${format} report: ${p.message}`,
    }),
  )
  throw new InputErrors(problems.slice(0, MAX_PROBLEMS))
}
