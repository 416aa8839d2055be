import { describe, expect, it } from 'vitest'
import { formatProblem, InputErrors } from '../../src/contract/errors.js'
import { assertValid } from '../../src/ssot/schema-registry.js'

const MODEL = {
  name: 'm',
  owner: { name: 'Ana', email: 'ana@example.com' },
  stage: 'validation',
  task: 'regression',
  features: [{ name: 'x', dtype: 'float32' }],
  target: { name: 'y' },
  input: { layout: 'per-feature' },
  outputs: { prediction: 'y' },
  paths: { model: 'm.onnx' },
}

/** The problems a shipped schema reports for `data`, one formatted line each. */
function lines(schema: string, data: unknown, file = 'ssot/model.json'): string[] {
  try {
    assertValid(schema, data, file)
    return []
  } catch (error) {
    return (error as InputErrors).problems.map(formatProblem)
  }
}

describe('schema alternatives read as one sentence', () => {
  it('a oneOf matched by no branch names the allowed shapes once', () => {
    expect(lines('model', { ...MODEL, input: { layout: 'matrix', name: 'X' } })).toEqual([
      'ssot/model.json at /input: Matches none of the allowed shapes. Expected {"layout": "tensor", "name": ...} or {"layout": "per-feature"}, found {"layout": "matrix", "name": "X"}',
    ])
  })

  it('a value that nearly matches one branch gets that branch’s own error', () => {
    expect(lines('model', { ...MODEL, input: { layout: 'tensor' } })).toEqual([
      'ssot/model.json at /input: Missing required property "name". Expected property "name", found no such property',
    ])
  })

  it('an anyOf of required properties names both', () => {
    const { target: _t, ...noTarget } = MODEL
    expect(lines('model', noTarget)).toEqual(
      [
        'ssot/model.json at /: Matches none of the allowed shapes. Expected {"target": ...} or {"targets": ...}, found ' +
          expect.any(String),
      ].map(() =>
        expect.stringMatching(
          /^ssot\/model\.json at \/: Matches none of the allowed shapes\. Expected \{"target": \.\.\.\} or \{"targets": \.\.\.\}, found \{/,
        ),
      ),
    )
  })

  it('an if/then rule says when it applies', () => {
    const out = lines('model', { ...MODEL, task: 'binary' })
    expect(out).toEqual([
      'ssot/model.json at /: Missing required property "classes" (required when task is "binary" or "multiclass"). Expected property "classes", found no such property',
    ])
  })

  it('a type oneOf in the data schema is one line', () => {
    const out = lines(
      'data_schema',
      { type: 'object', properties: { a: { type: 42 } } },
      'ssot/data_schema.json',
    )
    expect(out).toEqual([
      'ssot/data_schema.json at /properties/a/type: Matches none of the allowed shapes. Expected "number" or "integer" or "string" or "boolean" or an array of "number" or "integer" or "string" or "boolean" or "null", found 42',
    ])
  })
})
