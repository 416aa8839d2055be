import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import approvalsSchema from '../../ssot/schemas/approvals.schema.json' with { type: 'json' }
import driftSchema from '../../ssot/schemas/drift.schema.json' with { type: 'json' }
import dataSchemaSchema from '../../ssot/schemas/data_schema.schema.json' with { type: 'json' }
import evidenceSchema from '../../ssot/schemas/evidence.schema.json' with { type: 'json' }
import gatesSchema from '../../ssot/schemas/gates.schema.json' with { type: 'json' }
import modelSchema from '../../ssot/schemas/model.schema.json' with { type: 'json' }
import securitySchema from '../../ssot/schemas/security.schema.json' with { type: 'json' }
import releaseSchema from '../../ssot/schemas/release.schema.json' with { type: 'json' }
import signoffSchema from '../../ssot/schemas/signoff.schema.json' with { type: 'json' }
import shadowSchema from '../../ssot/schemas/shadow.schema.json' with { type: 'json' }
import { InputErrors } from '../contract/errors.js'
import type { GateProblem } from '../contract/types.js'
import {
  branchErrors,
  compactJson,
  describeAlternatives,
  describeCondition,
  isInside,
  nearBranchErrors,
} from './schema-alternatives.js'
import { META_2020, PRECOMPILED } from './precompiled-schemas.js'

/** JSON Schemas shipped in the repository's root `ssot/schemas/`, by short name. */
export const SCHEMAS = {
  model: modelSchema,
  data_schema: dataSchemaSchema,
  evidence: evidenceSchema,
  gates: gatesSchema,
  security: securitySchema,
  release: releaseSchema,
  approvals: approvalsSchema,
  signoff: signoffSchema,
  drift: driftSchema,
  shadow: shadowSchema,
} as const

export type SchemaName = keyof typeof SCHEMAS

/** The `$schema` of draft 2020-12, Ajv2020's default meta-schema. */
export const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema'

/** The options of the one Ajv instance (scripts/precompile-schemas.mjs compiles with the same). */
export const AJV_OPTIONS = {
  allErrors: true,
  strict: true,
  strictRequired: false,
  allowUnionTypes: true,
  validateFormats: false,
  // Errors carry their subschema, so a failed oneOf can name the shapes it allows.
  verbose: true,
} as const

let ajv: Ajv2020 | undefined
const compiled = new Map<string, ValidateFunction>()

/** One Ajv instance for all shipped schemas; `validateSchema` checks user schemas against draft 2020-12. */
export function getAjv(): Ajv2020 {
  if (!ajv) {
    ajv = new Ajv2020({ ...AJV_OPTIONS })
    // Annotation keywords that shipped schemas use.
    ajv.addKeyword({ keyword: 'x-unit' })
  }
  return ajv
}

function validator(name: string): ValidateFunction {
  let fn = compiled.get(name)
  if (!fn) {
    const schema = (SCHEMAS as Record<string, object>)[name]
    if (!schema) throw new Error(`Unknown schema ${name}`)
    // Compiled at build time in dist/ (see precompiled-schemas.ts), else now.
    fn = PRECOMPILED?.[name] ?? getAjv().compile(schema)
    compiled.set(name, fn)
  }
  return fn
}

/**
 * Checks a user's JSON Schema against draft 2020-12's meta-schema (as
 * `ajv.validateSchema` does); returns the errors, or undefined when it is valid.
 */
export function metaSchemaErrors(raw: object): ErrorObject[] | undefined {
  const pre = PRECOMPILED?.[META_2020]
  const declared = (raw as { $schema?: unknown }).$schema
  if (pre && (declared === undefined || declared === DRAFT_2020_12))
    return pre(raw) ? undefined : (pre.errors ?? [])
  const a = getAjv()
  return a.validateSchema(raw) ? undefined : (a.errors ?? [])
}

/** Validates `data` against a shipped schema; throws every problem at once, each with its JSON pointer. */
export function assertValid<T>(name: SchemaName | string, data: unknown, file: string): T {
  const fn = validator(name)
  if (fn(data)) return data as T
  const schema = (SCHEMAS as Record<string, object>)[name]!
  throw new InputErrors(describeAjvErrors(fn.errors ?? [], data, file, schema))
}

/**
 * Turns Ajv errors into problems with pointer, expected and found. A failed
 * oneOf/anyOf is one problem naming the allowed shapes (or, when the value
 * nearly matches one branch, that branch's own errors); a failed if/then says
 * under which condition its rule holds.
 */
export function describeAjvErrors(
  errors: ErrorObject[],
  data: unknown,
  file: string,
  /** The schema validated against, to name the shapes its `$ref`s point at. */
  root: object = {},
): GateProblem[] {
  const problems: GateProblem[] = []
  const seen = new Set<string>()
  const add = (p: GateProblem) => {
    const key = `${p.pointer}|${p.message}|${p.expected}|${p.found}`
    if (seen.has(key)) return
    seen.add(key)
    problems.push(p)
  }
  const isAlternative = (e: ErrorObject) => e.keyword === 'oneOf' || e.keyword === 'anyOf'
  // Only the outermost alternatives: one nested inside another is part of its branch.
  const outer = errors.filter(
    (a) => isAlternative(a) && !errors.some((b) => isAlternative(b) && isInside(a, b)),
  )
  const handled = new Set<ErrorObject>(outer)
  for (const alt of outer) {
    const inner = branchErrors(errors, alt)
    for (const e of inner) handled.add(e)
    const near = nearBranchErrors(alt, inner)
    if (near) {
      for (const p of describeAjvErrors(near, data, file, root)) add(p)
      continue
    }
    add({
      file,
      pointer: alt.instancePath || '/',
      ...describeAlternatives(alt, root as Record<string, unknown>),
      found: compactJson(valueAt(data, alt.instancePath)),
    })
  }
  // if/then: the rule in `then` holds only when `if` matches; say so.
  const conditions = errors.filter((e) => e.keyword === 'if')
  for (const e of errors) {
    if (handled.has(e) || e.keyword === 'if') continue
    const p = ajvErrorToProblem(e, data, file)
    const cond = conditions.find((c) =>
      e.schemaPath.startsWith(c.schemaPath.replace(/\/if$/, '/then/')),
    )
    if (cond)
      p.message += ` (required when ${describeCondition((cond.parentSchema as { if?: unknown })?.if)})`
    add(p)
  }
  if (problems.length === 0 && errors[0]) problems.push(ajvErrorToProblem(errors[0], data, file))
  return problems
}

function ajvErrorToProblem(e: ErrorObject, data: unknown, file: string): GateProblem {
  const pointer = e.instancePath || '/'
  const found = describeValue(valueAt(data, e.instancePath))
  const params = e.params as Record<string, unknown>
  switch (e.keyword) {
    case 'required':
      return {
        file,
        pointer,
        message: `Missing required property "${String(params.missingProperty)}"`,
        expected: `property "${String(params.missingProperty)}"`,
        found: 'no such property',
      }
    case 'additionalProperties':
      return {
        file,
        pointer: `${e.instancePath}/${escapePointer(String(params.additionalProperty))}`,
        message: `Unknown property "${String(params.additionalProperty)}"`,
        expected: 'only the properties the schema defines',
        found: `"${String(params.additionalProperty)}"`,
      }
    case 'enum':
      return {
        file,
        pointer,
        message: 'Value not allowed',
        expected: `one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
        found,
      }
    case 'const':
      return {
        file,
        pointer,
        message: 'Value not allowed',
        expected: JSON.stringify(params.allowedValue),
        found,
      }
    case 'type':
      return { file, pointer, message: 'Wrong type', expected: String(params.type), found }
    default:
      return {
        file,
        pointer,
        message: `Schema rule "${e.keyword}" failed`,
        expected: e.message ?? e.keyword,
        found,
      }
  }
}

export function escapePointer(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1')
}

function valueAt(data: unknown, pointer: string): unknown {
  if (!pointer) return data
  let cur: unknown = data
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<string, unknown>)[key]
  }
  return cur
}

/** Short, readable description of a JSON value for "found". */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return `an array of ${value.length} items`
  if (typeof value === 'object') return 'an object'
  const text = JSON.stringify(value)
  return `${typeof value} ${text.length > 60 ? `${text.slice(0, 57)}...` : text}`
}
