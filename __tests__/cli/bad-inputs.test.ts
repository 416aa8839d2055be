import { createHash } from 'node:crypto'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run-cli.js'

/**
 * The bad-input corpus: each case breaks one thing in a copy of the G0
 * fixture workspace and states what the user must be told. Every case must
 * give exit code 2 (or 1 where the data itself breaks a rule), status error,
 * the file, the line or JSON pointer, and never a stack trace. Add to it.
 */
interface Case {
  name: string
  files?: Record<string, string | Buffer>
  args: string[]
  exit: 1 | 2
  /** Parts the stderr message must contain: the file, the line or pointer, expected and found. */
  says: (string | RegExp)[]
  /** Parts the report on stdout must contain (for exit 1: the violation, its line and rule). */
  report?: (string | RegExp)[]
  /** False when the arguments themselves are rejected, before any gate runs (no evidence). */
  ran?: false
  /** False when the evidence cannot be written (the report still goes to stdout). */
  written?: false
}

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'g0')
const G0 = (data: string) => ['G0', '--ssot', 'ssot', '--data', data, '--out', 'out']
const HEADER = 'id,city,temp,date'
const MODEL_JSON = (paths: Record<string, string>) =>
  JSON.stringify({
    name: 'm',
    owner: { name: 'Ana', email: 'ana@example.com' },
    stage: 'validation',
    task: 'regression',
    features: [{ name: 'temp', dtype: 'float32' }],
    target: { name: 'id' },
    input: { layout: 'per-feature' },
    outputs: { prediction: 'y' },
    paths: { model: 'm.onnx', ...paths },
  })

const VERSIONED_MODEL = JSON.stringify({ ...JSON.parse(MODEL_JSON({})), version: '1.0.0' })

/**
 * A local registry `reg/` holding model `m` with the given versions (each
 * with its modelgate-version.json and model file), every one promoted once
 * (in order) and `production` the current one.
 */
function REGISTRY_FILES(
  versions: Record<string, { state: string; draft?: boolean }>,
  production: string,
): Record<string, string> {
  const digest = '9c3d5b2d1f7a1d2e0e6c1b7f3f0e5b8b9a5c8d2e6f4a1b3c5d7e9f0a2b4c6d8e'
  const files: Record<string, string> = {
    'ssot/model.json': VERSIONED_MODEL,
    'm.onnx': 'model bytes',
  }
  for (const v of Object.keys(versions)) {
    files[`reg/m/versions/${v}/m.onnx`] = `model ${v}`
    files[`reg/m/versions/${v}/modelgate-version.json`] = JSON.stringify({
      schemaVersion: 1,
      model: 'm',
      version: v,
      modelFile: 'm.onnx',
      modelDigest: digest,
      owner: { name: 'Ana' },
      registeredAt: '2026-11-01T00:00:00Z',
    })
  }
  files['reg/m/registry.json'] = JSON.stringify({
    schemaVersion: 1,
    model: 'm',
    production,
    versions: Object.entries(versions).map(([version, v]) => ({
      model: 'm',
      version,
      modelDigest: digest,
      state: v.state,
      draft: v.draft ?? false,
      files: ['m.onnx', 'modelgate-version.json'].map((name) => {
        const bytes = Buffer.from(files[`reg/m/versions/${version}/${name}`]!)
        return {
          name,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          bytes: bytes.length,
        }
      }),
      createdAt: '2026-11-01T00:00:00Z',
      owner: 'Ana',
    })),
    history: Object.keys(versions).map((version) => ({
      kind: 'promote',
      version,
      at: '2026-11-02T00:00:00Z',
      actor: { login: 'rm' },
    })),
  })
  return files
}

/** G1 on the linear fixture model (x0..x2 -> y): the files a G1 case starts from, and its arguments. */
const G1_FILES = {
  'models/m.onnx': readFileSync(
    join(import.meta.dirname, '..', 'fixtures', 'g1', 'linear_tensor.onnx'),
  ),
  'data/holdout.csv': 'x0,x1,x2,y\n1,0,0,1.5\n0,1,0,2.5\n',
  'ssot/model.json': JSON.stringify({
    name: 'm',
    owner: { name: 'O', email: 'o@example.com' },
    stage: 'validation',
    task: 'regression',
    features: ['x0', 'x1', 'x2'].map((name) => ({ name, dtype: 'float32' })),
    target: { name: 'y', unit: '°C' },
    input: { layout: 'tensor', name: 'input' },
    outputs: { prediction: 'variable' },
    paths: { model: 'models/m.onnx', holdout: 'data/holdout.csv' },
  }),
  'ssot/kpi_acceptance.csv':
    'gate,kpi,variable,operator,threshold,unit,severity,notes\nG1,mae,y,<=,2,°C,block,\n',
}
const G1 = [
  'G1',
  '--ssot',
  'ssot',
  '--out',
  'out',
  '--option',
  'bootstrap=50',
  '--option',
  'latency-calls=10',
]

const CASES: Case[] = [
  {
    name: 'a missing data file',
    args: G0('data/nope.csv'),
    exit: 2,
    says: ['data/nope.csv', 'File not found'],
  },
  {
    name: 'an empty data file',
    files: { 'data/x.csv': '' },
    args: G0('data/x.csv'),
    exit: 2,
    says: ['data/x.csv:1', 'empty', 'Expected a header line'],
  },
  {
    name: 'a header-only file',
    files: { 'data/x.csv': 'id,city,temp,date\n' },
    args: G0('data/x.csv'),
    exit: 1,
    says: [],
    report: ['❌ | x.rows.min | 0 |', 'data/x.csv: 0 data rows'],
  },
  {
    name: 'a file of blank lines and spaces',
    files: { 'data/x.csv': '   \n  \n' },
    args: G0('data/x.csv'),
    exit: 2,
    says: ['data/x.csv:1', 'Unusable header', 'the header line is blank'],
  },
  {
    name: 'a header with an unnamed column',
    files: { 'data/x.csv': `${HEADER},\n1,Oslo,2,2024-01-01,\n` },
    args: G0('data/x.csv'),
    exit: 2,
    says: ['data/x.csv:1', 'column 5 has no name'],
  },
  {
    name: 'CR-only line endings',
    files: { 'data/x.csv': `${HEADER}\r1,Oslo,2,2024-01-01\r` },
    args: G0('data/x.csv'),
    exit: 2,
    says: ['data/x.csv:1', 'carriage return', 'CR alone'],
  },
  {
    name: 'a data path that is a folder',
    files: { 'data/folder.csv/keep': '' },
    args: G0('data/folder.csv'),
    exit: 2,
    says: ['data/folder.csv', 'found a directory'],
  },
  {
    name: 'a record longer than the reader accepts',
    files: { 'data/x.csv': `${HEADER}\n1,${'x'.repeat(40 << 20)}` },
    args: G0('data/x.csv'),
    exit: 2,
    says: ['data/x.csv:2', 'A record is too long', 'Expected records of at most 32 MiB'],
  },
  {
    name: 'a UTF-8 byte order mark (read, and lines still counted from the header)',
    files: { 'data/x.csv': `\ufeff${HEADER}\n1,Oslo,2,2024-01-01\n2,Rome,3,2024-01-02\n` },
    args: G0('data/x.csv'),
    exit: 1,
    says: [],
    report: [/\| data\/x\.csv \| 3 \| city \| <code>Rome<\/code> \| enum \|/],
  },
  {
    name: 'CRLF line endings (read, violations at their physical line)',
    files: { 'data/x.csv': `${HEADER}\r\n1,Oslo,2,2024-01-01\r\n2,Oslo,99,2024-01-02\r\n` },
    args: G0('data/x.csv'),
    exit: 1,
    says: [],
    report: [/\| data\/x\.csv \| 3 \| temp \| <code>99<\/code> \| maximum \|/],
  },
  {
    name: 'a quoted newline before a violation (physical line numbers)',
    files: {
      'data/x.csv': `${HEADER},note\n1,Oslo,2,2024-01-01,"two\nlines"\n2,Oslo,2,2024-13-01,x\n`,
    },
    args: G0('data/x.csv'),
    exit: 1,
    says: [],
    report: [/\| data\/x\.csv \| 4 \| date \| <code>2024-13-01<\/code> \| format \|/],
  },
  {
    name: 'a file with none of the schema columns',
    files: {
      'ssot/data_schema.json': JSON.stringify({
        type: 'object',
        properties: { temp: { type: 'number' } },
        'x-dataset': { allowExtraColumns: true },
      }),
      'data/x.csv': 'foo,bar\n1,2\n',
    },
    args: G0('data/x.csv'),
    exit: 1,
    says: [],
    report: ['❌ | x.columns.known | 0 |', 'none of the 1 schema columns is in data/x.csv'],
  },
  {
    name: 'invalid UTF-8 bytes',
    files: {
      'data/x.csv': Buffer.from(
        'id,city,temp,date\n1,Oslo,2,2024-01-01\n2,Os\xfflo,2,2024-01-01\n',
        'latin1',
      ),
    },
    args: G0('data/x.csv'),
    exit: 2,
    says: ['data/x.csv:3', 'not valid UTF-8', 'found byte 0xff'],
  },
  {
    name: 'duplicate header names',
    files: { 'data/x.csv': 'id,city,temp,date,city\n1,Oslo,2,2024-01-01,Oslo\n' },
    args: G0('data/x.csv'),
    exit: 2,
    says: ['data/x.csv:1', 'duplicate column name "city"'],
  },
  {
    name: 'an unterminated quote',
    files: { 'data/x.csv': 'id,city,temp,date\n1,"Oslo,2,2024-01-01\n' },
    args: G0('data/x.csv'),
    exit: 2,
    says: ['data/x.csv:2', 'Unterminated quoted field', 'found end of file'],
  },
  {
    name: 'ragged rows',
    files: { 'data/x.csv': 'id,city,temp,date\n1,Oslo,2\n' },
    args: G0('data/x.csv'),
    exit: 1,
    says: [],
    report: ['❌ | x.structure.field_count | 1 |', /\| data\/x\.csv \| 2 \|.*\| field_count \|/],
  },
  {
    name: 'a schema that is not JSON',
    files: { 'ssot/data_schema.json': '{\n  "type": "object",\n  "properties": {,}\n}\n' },
    args: G0('data/good.csv'),
    exit: 2,
    says: ['ssot/data_schema.json:3', 'Not valid JSON'],
  },
  {
    name: 'an empty schema file',
    files: { 'ssot/data_schema.json': '' },
    args: G0('data/good.csv'),
    exit: 2,
    says: ['ssot/data_schema.json', 'found an empty file'],
  },
  {
    name: 'a schema that is not a valid JSON Schema',
    files: {
      'ssot/data_schema.json': JSON.stringify({
        type: 'object',
        properties: { id: { type: 'numbr' } },
      }),
    },
    args: G0('data/good.csv'),
    exit: 2,
    says: ['ssot/data_schema.json at /properties/id/type', 'Not a valid JSON Schema'],
  },
  {
    name: 'a schema keyword G0 does not enforce',
    files: {
      'ssot/data_schema.json': JSON.stringify({
        type: 'object',
        properties: { id: { type: 'integer', multipleOf: 2 } },
      }),
    },
    args: G0('data/good.csv'),
    exit: 2,
    says: ['at /properties/id/multipleOf', 'Unknown property "multipleOf"'],
  },
  {
    name: 'a minimum above the maximum',
    files: {
      'ssot/data_schema.json': JSON.stringify({
        type: 'object',
        properties: { id: { type: 'integer', minimum: 5, maximum: 1 } },
      }),
    },
    args: G0('data/good.csv'),
    exit: 2,
    says: ['at /properties/id', 'lower bound is above the upper bound'],
  },
  {
    name: 'a text rule on a numeric column',
    files: {
      'ssot/data_schema.json': JSON.stringify({
        type: 'object',
        properties: { id: { type: 'integer', pattern: '^1$' } },
      }),
    },
    args: G0('data/good.csv'),
    exit: 2,
    says: [
      'at /properties/id/pattern',
      '"pattern" only applies to string columns',
      'found type integer',
    ],
  },
  {
    name: 'an enum member of another type',
    files: {
      'ssot/data_schema.json': JSON.stringify({
        type: 'object',
        properties: { city: { type: 'string', enum: ['Oslo', 1] } },
      }),
    },
    args: G0('data/good.csv'),
    exit: 2,
    says: ['at /properties/city/enum/1', 'Enum values must match the column type', 'found 1'],
  },
  {
    name: 'an invalid regular expression',
    files: {
      'ssot/data_schema.json': JSON.stringify({
        type: 'object',
        properties: { id: { type: 'string', pattern: '([a-z' } },
      }),
    },
    args: G0('data/good.csv'),
    exit: 2,
    says: ['at /properties/id/pattern', 'Invalid regular expression'],
  },
  {
    name: 'a kpi CSV with an unknown operator',
    files: {
      'ssot/kpi_acceptance.csv':
        'gate,kpi,variable,operator,threshold,unit,severity,notes\nG1,mae,temp,=<,2,°C,block,\n',
    },
    args: G0('data/good.csv'),
    exit: 2,
    says: ['ssot/kpi_acceptance.csv:2', 'Unknown operator (column "operator")', 'found "=<"'],
  },
  {
    name: 'a kpi CSV with a non-numeric threshold',
    files: {
      'ssot/kpi_acceptance.csv':
        'gate,kpi,variable,operator,threshold,unit,severity,notes\nG1,mae,temp,<=,2.5,°C,block,\nG1,rmse,temp,<=,"1,5",°C,block,\n',
    },
    args: G0('data/good.csv'),
    exit: 2,
    says: ['ssot/kpi_acceptance.csv:3', 'Threshold is not a number', 'found "1,5"'],
  },
  {
    name: 'a kpi CSV with a misspelt column',
    files: {
      'ssot/kpi_acceptance.csv': 'gate,kpi,variable,operator,treshold,unit,severity,notes\n',
    },
    args: G0('data/good.csv'),
    exit: 2,
    says: ['ssot/kpi_acceptance.csv:1', 'Missing column threshold'],
  },
  {
    name: 'a model.json without an owner',
    files: {
      'ssot/model.json': JSON.stringify({
        name: 'm',
        stage: 'validation',
        task: 'regression',
        features: [{ name: 'a', dtype: 'float32' }],
        target: { name: 'y' },
        input: { layout: 'per-feature' },
        outputs: { prediction: 'y' },
        paths: { model: 'm.onnx' },
      }),
    },
    args: G0('data/good.csv'),
    exit: 2,
    says: ['ssot/model.json at /', 'Missing required property "owner"'],
  },
  {
    name: 'a model.json data path that escapes the workspace',
    files: { 'ssot/model.json': MODEL_JSON({ training: '../../../etc/passwd' }) },
    args: ['G0', '--ssot', 'ssot', '--out', 'out'],
    exit: 2,
    says: ['ssot/model.json at /paths/training', 'training data path leaves the workspace'],
  },
  {
    name: 'a report folder that is a file',
    args: ['G0', '--ssot', 'ssot', '--data', 'data/good.csv', '--out', 'data/good.csv/out'],
    exit: 2,
    says: [
      'Cannot write the report files',
      'Expected a folder',
      /found a file at .*data\/good\.csv/,
    ],
    written: false,
  },
  {
    name: 'an ssot path that escapes the workspace',
    args: ['G0', '--ssot', '../../etc/passwd', '--out', 'out'],
    exit: 2,
    says: ['ssot path leaves the workspace', 'found "../../etc/passwd"'],
  },
  {
    name: 'a data path that escapes the workspace',
    args: G0('../../../etc/passwd'),
    exit: 2,
    says: ['data path leaves the workspace'],
  },
  {
    name: 'an unknown gate',
    args: ['G7', '--out', 'out'],
    exit: 2,
    says: ['Unknown gate', 'found "G7"'],
  },
  {
    name: 'a misspelt gate option',
    args: [...G0('data/good.csv'), '--option', 'max-violation=5'],
    exit: 2,
    says: [
      'Unknown option "max-violation" for G0 (did you mean "max-violations"?)',
      'Expected one of max-violations, threads',
      'found "max-violation=5"',
    ],
  },
  {
    name: 'an unknown flag',
    args: ['G0', '--dat', 'x'],
    exit: 2,
    says: ['Unknown option', 'found --dat'],
    ran: false,
  },
  {
    name: 'G1: a ratio threshold written as a percentage',
    files: {
      ...G1_FILES,
      'ssot/kpi_acceptance.csv':
        'gate,kpi,variable,operator,threshold,unit,severity,notes\nG1,mae,y,<=,2,°C,block,\nG1,mape,y,<=,15,ratio,block,\n',
    },
    args: G1,
    exit: 2,
    says: ['ssot/kpi_acceptance.csv:3', 'threshold 15 is outside [0, 1]', 'write 0.15'],
  },
  {
    name: 'G1: an infinite target value',
    files: { ...G1_FILES, 'data/holdout.csv': 'x0,x1,x2,y\n1,0,0,1.5\n0,1,0,-1e999\n' },
    args: G1,
    exit: 2,
    says: ['data/holdout.csv:3', 'Target "y" is not a finite number', 'found "-1e999"'],
  },
  {
    name: 'G1: a slice gap that cannot be computed',
    files: {
      ...G1_FILES,
      'ssot/kpi_acceptance.csv':
        'gate,kpi,variable,operator,threshold,unit,severity,notes\nG1,slice_gap_coverage,y,<=,0.01,,block,\n',
    },
    args: G1,
    exit: 2,
    says: ['ssot/kpi_acceptance.csv:2', 'no prediction-interval outputs'],
  },
  {
    name: 'G1: model.json with both target and targets',
    files: {
      ...G1_FILES,
      'ssot/model.json': G1_FILES['ssot/model.json'].replace(
        '"target":{"name":"y","unit":"°C"}',
        '"target":{"name":"y"},"targets":[{"name":"y"}]',
      ),
    },
    args: G1,
    exit: 2,
    says: ['ssot/model.json at /targets', 'gives both target and targets'],
  },
  {
    name: 'G1: data given only as training data',
    files: G1_FILES,
    args: [...G1, '--data', 'training=data/holdout.csv'],
    exit: 2,
    says: [
      'names no holdout',
      'Expected holdout=FILE, or a single file path without a role',
      'found training=data/holdout.csv',
    ],
  },
  {
    name: 'a gate that has not landed',
    args: ['G4', '--ssot', 'ssot', '--out', 'out'],
    exit: 2,
    says: ['Gate G4 is not available in this version'],
  },
  // The model registry (candidate, rollback): a local registry folder `reg/` beside ssot/.
  {
    name: 'candidate: the release tag already exists (published)',
    files: {
      ...REGISTRY_FILES({ '1.0.0': { state: 'production', draft: false } }, '1.0.0'),
    },
    args: ['candidate', '--ssot', 'ssot', '--registry', 'reg'],
    exit: 2,
    ran: false,
    says: [
      'm 1.0.0 is already registered and published',
      'Expected a new version in ssot/model.json',
    ],
  },
  {
    name: 'candidate: model.json without a version',
    files: { 'ssot/model.json': MODEL_JSON({}), 'm.onnx': 'model bytes' },
    args: ['candidate', '--ssot', 'ssot', '--registry', 'reg'],
    exit: 2,
    ran: false,
    says: ['model.json at /version', 'A registry version needs a version in model.json'],
  },
  {
    name: 'candidate: no registry named',
    files: { 'ssot/model.json': VERSIONED_MODEL, 'm.onnx': 'model bytes' },
    args: ['candidate', '--ssot', 'ssot'],
    exit: 2,
    ran: false,
    says: ['candidate needs a registry', 'Expected --registry DIR'],
  },
  {
    name: 'rollback: no reason given',
    files: REGISTRY_FILES(
      { '1.0.0': { state: 'retirement' }, '1.1.0': { state: 'production' } },
      '1.1.0',
    ),
    args: ['rollback', '--ssot', 'ssot', '--registry', 'reg', '--out', 'out'],
    exit: 2,
    ran: false,
    says: ['A rollback needs a reason', 'found no reason'],
  },
  {
    name: 'rollback: the target is missing its evidence (never released through G5)',
    files: REGISTRY_FILES(
      { '1.0.0': { state: 'retirement' }, '1.1.0': { state: 'production' } },
      '1.1.0',
    ),
    args: [
      'rollback',
      '--ssot',
      'ssot',
      '--registry',
      'reg',
      '--reason',
      'MAE doubled',
      '--out',
      'out',
    ],
    exit: 1,
    ran: false,
    says: ['rollback fail: Refused: m 1.0.0 does not verify'],
    report: [
      'no G5 evidence: the version was never released',
      'G5.evidence.json',
      'no G2 evidence',
    ],
  },
  {
    name: 'candidate: --registry mlflow without MLFLOW_TRACKING_URI',
    files: { 'ssot/model.json': VERSIONED_MODEL, 'm.onnx': 'model bytes' },
    args: ['candidate', '--ssot', 'ssot', '--registry', 'mlflow'],
    exit: 2,
    ran: false,
    says: ['The MLflow registry needs the tracking server', 'Expected MLFLOW_TRACKING_URI'],
  },
  {
    name: 'G1: the champion as baseline, and no registry named',
    files: {
      ...G1_FILES,
      'ssot/model.json': G1_FILES['ssot/model.json'].replace(
        '"holdout":"data/holdout.csv"',
        '"holdout":"data/holdout.csv","baseline":"models:/m@champion"',
      ),
    },
    args: G1,
    exit: 2,
    says: [
      'ssot/model.json at /paths/baseline',
      'The baseline models:/m@champion is in a model registry, and no registry is configured',
    ],
  },
  {
    name: 'G1: a registry baseline with an alias modelgate does not keep',
    files: {
      ...G1_FILES,
      'ssot/model.json': G1_FILES['ssot/model.json'].replace(
        '"holdout":"data/holdout.csv"',
        '"holdout":"data/holdout.csv","baseline":"models:/m@staging"',
      ),
    },
    args: G1,
    exit: 2,
    says: ['/paths/baseline', 'the alias "staging" (modelgate keeps only champion'],
  },
]

describe('bad inputs give a clear error, never a pass', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-bad-'))
    cpSync(FIXTURE, dir, { recursive: true })
    for (const [path, content] of Object.entries(c.files ?? {})) {
      mkdirSync(dirname(join(dir, path)), { recursive: true })
      writeFileSync(join(dir, path), content)
    }
    let stdout = ''
    let stderr = ''
    const code = await runCli(c.args, {
      cwd: dir,
      env: {},
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
    })
    expect(code, stderr).toBe(c.exit)
    for (const part of c.says)
      expect(stderr).toMatch(
        typeof part === 'string' ? new RegExp(part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : part,
      )
    expect(stdout + stderr).not.toMatch(/\n\s+at .+:\d+:\d+/)
    expect(stderr).not.toMatch(/Internal error/)
    for (const part of c.report ?? [])
      expect(stdout).toMatch(
        typeof part === 'string' ? new RegExp(part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : part,
      )
    // Whenever a gate ran, its evidence was written, with the matching status.
    if (
      c.ran !== false &&
      c.written !== false &&
      (c.args[0] === 'G0' || c.args[0] === 'G1' || c.args[0] === 'G4')
    ) {
      const evidence = JSON.parse(
        readFileSync(join(dir, 'out', `${c.args[0]}.evidence.json`), 'utf8'),
      )
      expect(evidence.status).toBe(c.exit === 2 ? 'error' : 'fail')
      if (c.exit === 2) expect(evidence.problems.length).toBeGreaterThan(0)
    }
  })
})
