import type { ErrorObject } from 'ajv/dist/2020.js'

/**
 * Ajv reports every branch of a `oneOf`/`anyOf` separately, so one mistake
 * used to read as several lines that contradict each other ("expected
 * tensor", "unknown property name", "expected per-feature"). These helpers
 * describe an alternative as the user meant it: the shapes that are allowed,
 * in one sentence, and, for `if`/`then`, the condition under which a rule holds.
 */

type Schema = Record<string, unknown>

/** True when `inner` was reported inside the subschema that `outer` failed on. */
export function isInside(inner: ErrorObject, outer: ErrorObject): boolean {
  return inner !== outer && inner.schemaPath.startsWith(`${outer.schemaPath}/`)
}

/**
 * The errors Ajv reported for the branches of `alt`. Ajv lists them just
 * before the alternative's own error; those reached through a `$ref` carry
 * the path of the referenced schema, not of the branch, so they are found by
 * place: the run of errors right before `alt` on the same value, minus the
 * sibling keywords of the alternative itself.
 */
export function branchErrors(errors: readonly ErrorObject[], alt: ErrorObject): ErrorObject[] {
  const parent = alt.schemaPath.replace(/\/(oneOf|anyOf)$/, '')
  const inner: ErrorObject[] = []
  for (let i = errors.indexOf(alt) - 1; i >= 0; i--) {
    const e = errors[i]!
    const underValue =
      e.instancePath === alt.instancePath || e.instancePath.startsWith(`${alt.instancePath}/`)
    const underBranch = isInside(e, alt) || !e.schemaPath.startsWith(`${parent}/`)
    if (!underValue || !underBranch) break
    inner.unshift(e)
  }
  return inner
}

/** Which branch of `alt` (a oneOf/anyOf error) an inner error belongs to. */
function branchOf(inner: ErrorObject, alt: ErrorObject): number {
  if (isInside(inner, alt))
    return Number(inner.schemaPath.slice(alt.schemaPath.length + 1).split('/')[0])
  const branches = Array.isArray(alt.schema) ? (alt.schema as Schema[]) : []
  return branches.findIndex(
    (b) => typeof b.$ref === 'string' && inner.schemaPath.startsWith(`${b.$ref}/`),
  )
}

/**
 * The errors of the one branch that the value nearly matches, when there is
 * exactly one: its discriminating constants and types hold, only something
 * deeper is wrong, so its own errors say more than a list of shapes.
 */
export function nearBranchErrors(
  alt: ErrorObject,
  inner: readonly ErrorObject[],
): ErrorObject[] | undefined {
  const branches = new Map<number, ErrorObject[]>()
  // Errors reached through a $ref whose target is not the branch's own (a nested $ref) are not
  // attributable by path; they belong to whichever branch is left.
  const unattributed: ErrorObject[] = []
  for (const e of inner) {
    const k = branchOf(e, alt)
    if (k < 0) unattributed.push(e)
    else branches.set(k, [...(branches.get(k) ?? []), e])
  }
  const count = Array.isArray(alt.schema) ? alt.schema.length : branches.size
  // A branch is ruled out by a mismatch of its shape: a wrong type, an enum or extra property at
  // the value itself, or a constant (a discriminator such as `layout`) at or just below it. A wrong
  // value deeper inside a branch that fits says more than the list of shapes.
  const depth = (e: ErrorObject) =>
    e.instancePath === alt.instancePath
      ? 0
      : e.instancePath.slice(alt.instancePath.length).split('/').length - 1
  const near = [...Array(count).keys()].filter((k) => {
    const errors = branches.get(k) ?? []
    return !errors.some(
      (e) =>
        (e.keyword === 'const' && depth(e) <= 1) ||
        (['type', 'enum', 'additionalProperties'].includes(e.keyword) && depth(e) === 0),
    )
  })
  if (near.length !== 1) return undefined
  const errors = [...(branches.get(near[0]!) ?? []), ...unattributed]
  return errors.length > 0 ? errors : undefined
}

/** One sentence for a failed oneOf/anyOf: the allowed shapes, and what was found. */
export function describeAlternatives(
  alt: ErrorObject,
  root: Schema = {},
): { message: string; expected: string } {
  const passing = (alt.params as { passingSchemas?: number[] | null }).passingSchemas
  const shapes = Array.isArray(alt.schema)
    ? (alt.schema as Schema[]).map((b) => describeShape(b, root))
    : []
  if (alt.keyword === 'oneOf' && Array.isArray(passing))
    return {
      message: `Matches more than one of the allowed shapes (${passing.map((i) => shapes[i] ?? `#${i + 1}`).join(' and ')})`,
      expected: 'exactly one of them',
    }
  return {
    message: 'Matches none of the allowed shapes',
    expected: shapes.length > 0 ? shapes.join(' or ') : 'one of the shapes the schema allows',
  }
}

/** A compact picture of a subschema: `{"layout": "tensor", "name": ...}`, `a string`, `"auto"`. */
export function describeShape(schema: Schema | boolean, root: Schema = {}): string {
  if (typeof schema === 'boolean') return schema ? 'anything' : 'nothing'
  if (typeof schema.$ref === 'string') {
    const target = resolveRef(root, schema.$ref)
    return target ? describeShape(target, root) : 'a value of another shape'
  }
  if ('const' in schema) return JSON.stringify(schema.const)
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(' or ')
  const properties = (schema.properties ?? {}) as Record<string, Schema>
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : []
  if (schema.type === 'object' || required.length > 0 || schema.properties) {
    const keys = [
      ...required,
      ...Object.keys(properties).filter(
        (k) => !required.includes(k) && 'const' in (properties[k] ?? {}),
      ),
    ]
    if (keys.length === 0) return 'an object'
    const fields = keys.map((k) => {
      const p = properties[k]
      return `${JSON.stringify(k)}: ${p && 'const' in p ? JSON.stringify(p.const) : '...'}`
    })
    return `{${fields.join(', ')}}`
  }
  if (schema.type === 'array' && schema.items && typeof schema.items === 'object')
    return `an array of ${describeShape(schema.items as Schema, root)}`
  if (Array.isArray(schema.type)) return schema.type.map(typeName).join(' or ')
  if (typeof schema.type === 'string') return typeName(schema.type)
  if (Array.isArray(schema.oneOf) || Array.isArray(schema.anyOf))
    return ((schema.oneOf ?? schema.anyOf) as Schema[])
      .map((b) => describeShape(b, root))
      .join(' or ')
  return 'a value of another shape'
}

/** A local `$ref` (`#/$defs/x`) inside the root schema. */
function resolveRef(root: Schema, ref: string): Schema | undefined {
  if (!ref.startsWith('#/')) return undefined
  let cur: unknown = root
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    if (!cur || typeof cur !== 'object') return undefined
    cur = (cur as Record<string, unknown>)[key]
  }
  return cur && typeof cur === 'object' ? (cur as Schema) : undefined
}

function typeName(type: unknown): string {
  const t = String(type)
  return t === 'array' || t === 'object' || t === 'integer'
    ? `an ${t}`
    : t === 'null'
      ? 'null'
      : `a ${t}`
}

/** The condition of an `if`, as words: `task is "binary" or "multiclass"`. */
export function describeCondition(ifSchema: unknown): string {
  if (!ifSchema || typeof ifSchema !== 'object') return 'the condition holds'
  const properties = ((ifSchema as Schema).properties ?? {}) as Record<string, Schema>
  const parts = Object.entries(properties).map(([k, p]) => `${k} is ${describeShape(p)}`)
  return parts.length > 0
    ? parts.join(' and ')
    : `the value is ${describeShape(ifSchema as Schema)}`
}

/** A short JSON rendering of a found value, for "found". */
export function compactJson(value: unknown, max = 80): string {
  if (value === undefined) return 'nothing'
  const text = JSON.stringify(value)?.replace(/,"/g, ', "').replace(/":/g, '": ') ?? String(value)
  return text.length > max ? `${text.slice(0, max - 3)}...` : text
}
