import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { InputErrors } from '../../src/contract/errors.js'
import { compileDataSchema } from '../../src/ssot/data-schema.js'

// dist/ validates with Ajv standalone code generated at build time
// (scripts/precompile-schemas.mjs); the sources compile the schemas with Ajv
// at run time. Both must report the same problems, in the same order.
const ROOT = join(import.meta.dirname, '..', '..')
const BAD_SCHEMAS: [string, unknown][] = [
  ['a type name that does not exist', { type: 'object', properties: { x: { type: 'nummber' } } }],
  ['a bound that is a string', { type: 'object', properties: { x: { type: 'number', minimum: '5' } } }],
  ['an unknown keyword', { type: 'object', properties: { x: { type: 'number', foo: 1 } } }],
  ['required that is not an array', { type: 'object', properties: { x: { enum: [] } }, required: 'x' }],
  ['oneOf that is not an array', { type: 'object', properties: { x: { oneOf: 5 } } }],
  ['a bad severity and unique key', { type: 'object', properties: { x: { type: 'number', 'x-severity': 'fatal' } }, 'x-dataset': { unique: 'x' } }],
  ['draft 2020-12 named explicitly, an array type', { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', properties: { x: { type: ['number', 'null'], maximum: 'one' } } }],
  ['no properties', { type: 'array' }],
]

function sourceProblems(raw: unknown): unknown[] {
  try {
    compileDataSchema(raw, 'ssot/data_schema.json')
  } catch (error) {
    if (error instanceof InputErrors) return error.problems
    throw error
  }
  return []
}

describe('dist/ precompiled schema validators', () => {
  const workspace = mkdtempSync(join(ROOT, '__tests__', '.output', 'precompiled-'))
  writeFileSync(join(workspace, 'data.csv'), 'x\n1\n')

  it.each(BAD_SCHEMAS)('report what Ajv at run time reports: %s', (_name, raw) => {
    const ssot = join(workspace, 'ssot')
    mkdirSync(ssot, { recursive: true })
    writeFileSync(join(ssot, 'data_schema.json'), JSON.stringify(raw))
    const r = spawnSync(
      process.execPath,
      [join(ROOT, 'dist', 'cli.js'), 'G0', '--ssot', 'ssot', '--data', 'd=data.csv', '--out', 'out', '--format', 'json'],
      { cwd: workspace, encoding: 'utf8' },
    )
    expect(r.status, r.stderr).toBe(2)
    const evidence = JSON.parse(r.stdout) as { problems: unknown[] }
    expect(evidence.problems.length).toBeGreaterThan(0)
    expect(evidence.problems).toEqual(sourceProblems(raw))
  })
})
