import { InputErrors } from '../contract/errors.js'
import type { GateProblem, Severity } from '../contract/types.js'
import {
  assertValid,
  describeAjvErrors,
  escapePointer,
  metaSchemaErrors,
} from './schema-registry.js'

/**
 * `ssot/data_schema.json` compiled into per-column rules. G0 checks CSV cells
 * against these directly instead of running Ajv on one object per row, which
 * would be an order of magnitude slower; the schema itself is still validated
 * by Ajv, both as draft 2020-12 and against modelgate's own subset schema.
 */

type ColumnType = 'number' | 'integer' | 'string' | 'boolean'

export interface ColumnRules {
  name: string
  /** JSON pointer of the column's schema, for messages. */
  pointer: string
  type: ColumnType
  nullable: boolean
  required: boolean
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  exclusiveMaximum?: number
  /** Allowed values, as the CSV text (strings) or numbers. */
  enumStrings?: Set<string>
  enumNumbers?: Set<number>
  pattern?: RegExp
  minLength?: number
  maxLength?: number
  format?: 'date' | 'date-time'
  unit?: string
  mostly: number
  severity: Severity
  maxMissingRatio?: number
}

interface DatasetRules {
  minRows: number
  maxRows?: number
  unique: string[][]
  allowExtraColumns: boolean
  nullValues: string[]
  maxReportedViolations: number
}

export interface DataSchema {
  file: string
  columns: ColumnRules[]
  dataset: DatasetRules
}

interface RawColumn {
  type: string | string[]
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  exclusiveMaximum?: number
  enum?: (string | number | boolean | null)[]
  pattern?: string
  minLength?: number
  maxLength?: number
  format?: 'date' | 'date-time'
  'x-unit'?: string
  'x-mostly'?: number
  'x-severity'?: Severity
  'x-max-missing-ratio'?: number
}

interface RawSchema {
  required?: string[]
  additionalProperties?: boolean
  properties: Record<string, RawColumn>
  'x-dataset'?: {
    minRows?: number
    maxRows?: number
    maxMissingRatio?: number
    unique?: string[][]
    allowExtraColumns?: boolean
    mostly?: number
    nullValues?: string[]
    maxReportedViolations?: number
  }
}

/** Null tokens when the schema does not set `x-dataset.nullValues`. */
export const DEFAULT_NULL_VALUES = ['', 'NA', 'NaN', 'null']

export function compileDataSchema(raw: unknown, file: string): DataSchema {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new InputErrors([
      {
        file,
        pointer: '/',
        message: 'The data schema must be a JSON object',
        expected: 'a JSON Schema object',
        found: Array.isArray(raw) ? 'an array' : typeof raw,
      },
    ])
  }
  const metaErrors = metaSchemaErrors(raw)
  if (metaErrors) {
    const problems = describeAjvErrors(metaErrors, raw, file).map((p) => ({
      ...p,
      message: `Not a valid JSON Schema (draft 2020-12): ${p.message}`,
    }))
    throw new InputErrors(problems)
  }
  const schema = assertValid<RawSchema>('data_schema', raw, file)
  const ds = schema['x-dataset'] ?? {}
  const problems: GateProblem[] = []
  const required = new Set(schema.required ?? [])
  for (const name of required) {
    if (!(name in schema.properties)) {
      problems.push({
        file,
        pointer: '/required',
        message: `Required column "${name}" has no entry in properties`,
        expected: `properties/${name}`,
        found: 'no such property',
      })
    }
  }
  const columns: ColumnRules[] = []
  for (const [name, col] of Object.entries(schema.properties)) {
    const rules = compileColumn(name, col, ds, required, file, problems)
    if (rules) columns.push(rules)
  }
  const unique = ds.unique ?? []
  unique.forEach((key, i) => {
    key.forEach((name, j) => {
      if (!(name in schema.properties)) {
        problems.push({
          file,
          pointer: `/x-dataset/unique/${i}/${j}`,
          message: `Unique key column "${name}" is not in properties`,
          expected: 'a column defined in properties',
          found: JSON.stringify(name),
        })
      }
    })
  })
  if (ds.minRows !== undefined && ds.maxRows !== undefined && ds.minRows > ds.maxRows) {
    problems.push({
      file,
      pointer: '/x-dataset/minRows',
      message: 'minRows is above maxRows',
      expected: `at most ${ds.maxRows}`,
      found: String(ds.minRows),
    })
  }
  if (problems.length > 0) throw new InputErrors(problems)
  return {
    file,
    columns,
    dataset: {
      minRows: ds.minRows ?? 1,
      ...(ds.maxRows !== undefined ? { maxRows: ds.maxRows } : {}),
      unique,
      allowExtraColumns: ds.allowExtraColumns ?? schema.additionalProperties ?? false,
      nullValues: ds.nullValues ?? DEFAULT_NULL_VALUES,
      maxReportedViolations: ds.maxReportedViolations ?? 100,
    },
  }
}

/**
 * The rules of one column (`name`, its JSON Schema `col`) as the table
 * validator reads them, or undefined when it has no value type. Every rule
 * that could not be checked on the column's type is a problem with its JSON
 * pointer, added to `problems`.
 */
function compileColumn(
  name: string,
  col: RawSchema['properties'][string],
  ds: NonNullable<RawSchema['x-dataset']>,
  required: ReadonlySet<string>,
  file: string,
  problems: GateProblem[],
): ColumnRules | undefined {
  const pointer = `/properties/${escapePointer(name)}`
  const types = Array.isArray(col.type) ? col.type : [col.type]
  const nonNull = types.filter((t) => t !== 'null') as ColumnType[]
  if (nonNull.length === 0) {
    problems.push({
      file,
      pointer: `${pointer}/type`,
      message: 'A column needs a value type besides null',
      expected: 'number, integer, string or boolean',
      found: JSON.stringify(col.type),
    })
    return undefined
  }
  // With several types, the most permissive one decides how a cell is read.
  const type: ColumnType = nonNull.includes('string')
    ? 'string'
    : nonNull.includes('number')
      ? 'number'
      : nonNull.includes('integer')
        ? 'integer'
        : 'boolean'
  const numeric = type === 'number' || type === 'integer'
  const rules: ColumnRules = {
    name,
    pointer,
    type,
    nullable: types.includes('null'),
    required: required.has(name),
    mostly: col['x-mostly'] ?? ds.mostly ?? 1,
    severity: col['x-severity'] ?? 'block',
  }
  const bound = (key: 'minimum' | 'maximum' | 'exclusiveMinimum' | 'exclusiveMaximum') => {
    const v = col[key]
    if (v === undefined) return
    if (!numeric) {
      problems.push({
        file,
        pointer: `${pointer}/${key}`,
        message: `"${key}" only applies to numeric columns`,
        expected: 'type number or integer',
        found: `type ${type}`,
      })
      return
    }
    rules[key] = v
  }
  bound('minimum')
  bound('maximum')
  bound('exclusiveMinimum')
  bound('exclusiveMaximum')
  const lo = rules.minimum ?? rules.exclusiveMinimum
  const hi = rules.maximum ?? rules.exclusiveMaximum
  if (lo !== undefined && hi !== undefined && lo > hi) {
    problems.push({
      file,
      pointer,
      message: 'The lower bound is above the upper bound',
      expected: `a lower bound <= ${hi}`,
      found: String(lo),
    })
  }
  if (col.enum) {
    // A cell is compared with enum members of the column's own type: "1" in a string column is not 1.
    const want = numeric ? 'number' : type
    const index = col.enum.findIndex((v) => v !== null && typeof v !== want)
    if (index >= 0) {
      problems.push({
        file,
        pointer: `${pointer}/enum/${index}`,
        message: 'Enum values must match the column type',
        expected: `${want === 'number' ? 'numbers' : `${want}s`} (the column is of type ${type})`,
        found: JSON.stringify(col.enum[index]),
      })
    }
    if (numeric)
      rules.enumNumbers = new Set(col.enum.filter((v): v is number => typeof v === 'number'))
    else rules.enumStrings = new Set(col.enum.filter((v) => typeof v === want).map(String))
  }
  // Text rules on a column that is not read as text would never be checked: refuse them.
  for (const key of ['pattern', 'minLength', 'maxLength', 'format'] as const) {
    if (col[key] !== undefined && type !== 'string') {
      problems.push({
        file,
        pointer: `${pointer}/${key}`,
        message: `"${key}" only applies to string columns`,
        expected: 'type string',
        found: `type ${type}`,
      })
    }
  }
  if (col.pattern !== undefined) {
    try {
      rules.pattern = new RegExp(col.pattern, 'u')
    } catch (error) {
      problems.push({
        file,
        pointer: `${pointer}/pattern`,
        message: 'Invalid regular expression',
        expected: 'an ECMA-262 regular expression',
        found: `${JSON.stringify(col.pattern)} (${(error as Error).message})`,
      })
    }
  }
  if (col.minLength !== undefined) rules.minLength = col.minLength
  if (col.maxLength !== undefined) rules.maxLength = col.maxLength
  if (col.format !== undefined) rules.format = col.format
  if (col['x-unit'] !== undefined) rules.unit = col['x-unit']
  const missing = col['x-max-missing-ratio'] ?? ds.maxMissingRatio
  if (missing !== undefined) rules.maxMissingRatio = missing
  return rules
}
