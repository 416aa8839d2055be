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

/** G5 on a local registry folder `reg`: model.json with a version, and a release policy (overridable). */
const G5 = ['G5', '--ssot', 'ssot', '--registry', 'reg', '--out', 'out']
const RELEASE_JSON = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    maxEvidenceAgeDays: 30,
    requireG4: true,
    risk: { blockingImpacts: ['high'], openStatuses: ['open'] },
    trustedWorkflows: ['.github/workflows/release.yml'],
    ...over,
  })
const G5_FILES = (release = RELEASE_JSON(), version: string | null = '1.0.0') => ({
  'ssot/model.json': JSON.stringify({
    ...JSON.parse(MODEL_JSON({ modelCard: 'CARD.md' })),
    ...(version ? { version } : {}),
  }),
  'ssot/release.json': release,
  'm.onnx': 'model bytes',
})
/** G3 on a sign-off file: roles ot-lead and qa, one approval each; a case breaks one file. */
const G3_APPROVALS = {
  roles: { 'ot-lead': { members: ['luis-ot'] }, qa: { members: ['carla-qa', 'diego-qa'] } },
  gates: { G3: { environments: ['ot-signoff', 'qa-signoff'], quorum: { 'ot-lead': 1, qa: 1 } } },
}
const G3_FILES = {
  'm.onnx': 'not judged by G3, only hashed',
  'ssot/model.json': MODEL_JSON({}),
  'ssot/approvals.json': JSON.stringify(G3_APPROVALS),
  'signoff.json': JSON.stringify({
    approvals: [
      { login: 'luis-ot', state: 'approved' },
      { login: 'carla-qa', state: 'approved' },
    ],
  }),
}
const G3 = ['G3', '--ssot', 'ssot', '--approvals', 'signoff.json', '--out', 'out']
const g3Approvals = (change: (c: typeof G3_APPROVALS & Record<string, unknown>) => unknown) => {
  const c = structuredClone(G3_APPROVALS)
  change(c)
  return JSON.stringify(c)
}
/** drift: a reference and a current window of one feature (temp) and one category (city). */
const DRIFT_FILES = (current: string, reference = 'temp,city\n1.5,a\n2.5,b\n3.5,a\n') => ({
  'ssot/model.json': JSON.stringify({
    name: 'm',
    owner: { name: 'Ana', email: 'ana@example.com' },
    stage: 'production',
    task: 'regression',
    features: [
      { name: 'temp', dtype: 'float32' },
      { name: 'city', dtype: 'string' },
    ],
    target: { name: 'y' },
    input: { layout: 'per-feature' },
    outputs: { prediction: 'y' },
    paths: { model: 'm.onnx', reference: 'data/reference.csv' },
  }),
  'data/reference.csv': reference,
  'data/current.csv': current,
})
const DRIFT = ['drift', '--ssot', 'ssot', '--data', 'current=data/current.csv', '--out', 'out']
/** G4 on a shadow log of model "m" (target y): rows a day, N = 7 days with at least 2 rows each. */
const G4_LOG = (days: number) =>
  [
    'timestamp,request_id,production_y,shadow_y,actual_y',
    ...Array.from({ length: days * 2 }, (_, i) =>
      [
        `2024-03-0${1 + Math.floor(i / 2)}T${i % 2 ? '15' : '09'}:00:00Z`,
        `r${i}`,
        10,
        10.5,
        10,
      ].join(','),
    ),
  ].join('\n')
const G4_FILES = (log: string): Record<string, string | Buffer> => ({
  'models/m.onnx': G1_FILES['models/m.onnx'],
  'models/prod.onnx': G1_FILES['models/m.onnx'],
  'shadow/log.csv':
    log === '' ? 'timestamp,request_id,production_y,shadow_y,actual_y\n' : `${log}\n`,
  'ssot/model.json': G1_FILES['ssot/model.json'],
  'ssot/shadow.json': JSON.stringify({
    days: 7,
    minRowsPerDay: 2,
    paths: { log: 'shadow/log.csv', production: 'models/prod.onnx' },
  }),
  'ssot/kpi_acceptance.csv':
    'gate,kpi,variable,operator,threshold,unit,severity,notes,max_abs_degradation,max_rel_degradation,bound,confidence\nG4,mae,y,<=,1,°C,block,,,0.05,,\nG4,mean_abs_diff,y,<=,1,°C,block,,,,,\n',
})
const G4 = ['G4', '--ssot', 'ssot', '--out', 'out', '--option', 'bootstrap=50']

/** `files` without `name`, and a folder in its place. */
const folderFor = (files: Record<string, string | Buffer>, name: string) => ({
  ...Object.fromEntries(Object.entries(files).filter(([k]) => k !== name)),
  [`${name}/`]: '',
})

const CASES: Case[] = [
  {
    name: 'drift: ssot/drift.json ignores every feature (nothing compared is never "no drift")',
    files: {
      ...DRIFT_FILES('temp,city\n1.5,a\n2.5,b\n'),
      'ssot/drift.json': JSON.stringify({
        columns: { temp: { ignore: true }, city: { ignore: true } },
      }),
    },
    args: DRIFT,
    exit: 2,
    says: ['ssot/drift.json', '/columns', 'every feature'],
  },
  {
    name: 'G3: --out names a file, not a folder',
    files: { ...G3_FILES, out: 'x' },
    args: G3,
    exit: 2,
    says: ['out'],
    written: false,
  },
  {
    name: 'drift: --out names a file, not a folder',
    files: { ...DRIFT_FILES('temp,city\n1,a\n'), out: 'x' },
    args: DRIFT,
    exit: 2,
    says: ['out'],
    written: false,
  },
  {
    name: 'G4: --out names a file, not a folder',
    files: { ...G4_FILES(G4_LOG(7)), out: 'x' },
    args: G4,
    exit: 2,
    says: ['out'],
    written: false,
  },
  {
    name: 'drift: a current window with a header and no rows',
    files: DRIFT_FILES('temp,city\n'),
    args: DRIFT,
    exit: 2,
    says: ['current.csv'],
  },
  {
    name: 'drift: a current window whose values are all missing',
    files: DRIFT_FILES('temp,city\n,\n,\n'),
    args: DRIFT,
    exit: 2,
    says: ['current.csv'],
  },
  {
    name: 'drift: a reference with a header and no rows',
    files: DRIFT_FILES('temp,city\n1,a\n', 'temp,city\n'),
    args: DRIFT,
    exit: 2,
    says: ['reference.csv'],
  },
  {
    name: 'G4: a shadow log with one row of empty cells',
    files: G4_FILES('timestamp,request_id,production_y,shadow_y,actual_y\n,,,,'),
    args: G4,
    exit: 2,
    says: ['log.csv'],
  },
  {
    name: 'sign: the key is a folder',
    files: { 'k.pem/': '' },
    args: ['sign', 'm.onnx', '--key', 'k.pem'],
    exit: 2,
    says: ['k.pem'],
    ran: false,
  },
  {
    name: 'G3: the sign-off file is a folder',
    files: folderFor(G3_FILES, 'signoff.json'),
    args: G3,
    exit: 2,
    says: ['signoff.json'],
  },
  {
    name: 'G3: an empty sign-off file',
    files: { ...G3_FILES, 'signoff.json': '' },
    args: G3,
    exit: 2,
    says: ['signoff.json'],
  },
  {
    name: 'G3: ssot/approvals.json is a folder',
    files: folderFor(G3_FILES, 'ssot/approvals.json'),
    args: G3,
    exit: 2,
    says: ['approvals.json'],
  },
  {
    name: 'G3: the model file is a folder',
    files: folderFor(G3_FILES, 'm.onnx'),
    args: G3,
    exit: 2,
    says: ['m.onnx'],
  },
  {
    name: 'G4: the shadow log is a folder',
    files: folderFor(G4_FILES(G4_LOG(7)), 'shadow/log.csv'),
    args: G4,
    exit: 2,
    says: ['shadow/log.csv'],
  },
  {
    name: 'G4: an empty shadow log file (no header)',
    files: { ...G4_FILES(G4_LOG(7)), 'shadow/log.csv': '' },
    args: G4,
    exit: 2,
    says: ['shadow/log.csv'],
  },
  {
    name: 'G4: ssot/shadow.json is a folder',
    files: folderFor(G4_FILES(G4_LOG(7)), 'ssot/shadow.json'),
    args: G4,
    exit: 2,
    says: ['shadow.json'],
  },
  {
    name: 'G4: the production model is a folder',
    files: folderFor(G4_FILES(G4_LOG(7)), 'models/prod.onnx'),
    args: G4,
    exit: 2,
    says: ['prod.onnx'],
  },
  {
    name: 'drift: the current window is a folder',
    files: folderFor(DRIFT_FILES('temp,city\n1,a\n'), 'data/current.csv'),
    args: DRIFT,
    exit: 2,
    says: ['current.csv'],
  },
  {
    name: 'drift: an empty current window file',
    files: DRIFT_FILES(''),
    args: DRIFT,
    exit: 2,
    says: ['current.csv'],
  },
  {
    name: 'drift: the reference is a folder',
    files: folderFor(DRIFT_FILES('temp,city\n1,a\n'), 'data/reference.csv'),
    args: DRIFT,
    exit: 2,
    says: ['reference.csv'],
  },
  {
    name: 'drift: ssot/drift.json is a folder',
    files: { ...DRIFT_FILES('temp,city\n1,a\n'), 'ssot/drift.json/': '' },
    args: DRIFT,
    exit: 2,
    says: ['drift.json'],
  },
  {
    name: 'G5: ssot/release.json is a folder',
    files: folderFor(G5_FILES(), 'ssot/release.json'),
    args: G5,
    exit: 2,
    says: ['release.json'],
  },
  {
    name: 'G5: the registry is a file, not a folder',
    files: { ...G5_FILES(), reg: 'x' },
    args: G5,
    exit: 2,
    says: ['reg'],
  },
  {
    name: "G5: the registry's model index is a folder",
    files: { ...G5_FILES(), 'reg/m/registry.json/': '' },
    args: G5,
    exit: 2,
    says: ['registry.json'],
  },
  {
    name: 'G5: an empty registry model index',
    files: { ...G5_FILES(), 'reg/m/registry.json': '' },
    args: G5,
    exit: 2,
    says: ['registry.json'],
  },
  {
    name: 'verify: a file where the release folder is expected',
    files: { rel: 'x' },
    args: ['verify', 'rel'],
    exit: 2,
    says: ['rel'],
    ran: false,
  },
  {
    name: 'verify: an empty folder is not a release (fail, names the missing anchor)',
    files: { 'rel/': '' },
    args: ['verify', 'rel'],
    exit: 1,
    says: ['modelgate-version.json is missing or unreadable'],
    ran: false,
  },
  {
    name: 'rollback: the registry is a file, not a folder',
    files: { ...G5_FILES(), reg: 'x' },
    args: ['rollback', '--ssot', 'ssot', '--registry', 'reg', '--reason', 'bad'],
    exit: 2,
    says: ['reg'],
    ran: false,
  },
  {
    name: "rollback: the registry's model index is a folder",
    files: { ...G5_FILES(), 'reg/m/registry.json/': '' },
    args: ['rollback', '--ssot', 'ssot', '--registry', 'reg', '--reason', 'bad'],
    exit: 2,
    says: ['registry.json'],
    ran: false,
  },
  {
    name: 'shadow-replay: the requests file is a folder',
    files: { ...G4_FILES(G4_LOG(7)), 'req.csv/': '' },
    args: [
      'shadow-replay',
      '--ssot',
      'ssot',
      '--candidate',
      'models/m.onnx',
      '--production',
      'models/prod.onnx',
      '--requests',
      'req.csv',
      '--out',
      'log.csv',
    ],
    exit: 2,
    says: ['req.csv'],
    ran: false,
  },
  {
    name: 'shadow-replay: --out names a folder',
    files: {
      ...G4_FILES(G4_LOG(7)),
      'req.csv': 'timestamp,request_id,x0,x1,x2\n2024-03-01T09:00:00Z,r1,1,2,3\n',
      'log.csv/': '',
    },
    args: [
      'shadow-replay',
      '--ssot',
      'ssot',
      '--candidate',
      'models/m.onnx',
      '--production',
      'models/prod.onnx',
      '--requests',
      'req.csv',
      '--out',
      'log.csv',
    ],
    exit: 2,
    says: ['log.csv', 'Cannot write the shadow log (EISDIR)', 'found a folder'],
    ran: false,
  },
  {
    name: 'candidate: the registry is a file, not a folder',
    files: { ...G5_FILES(), reg: 'x' },
    args: ['candidate', '--ssot', 'ssot', '--registry', 'reg'],
    exit: 2,
    says: ['reg'],
    ran: false,
  },
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
    says: [/ssot\/data_schema\.json:\d+ at \/properties\/id\/type/, 'Not a valid JSON Schema'],
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
    says: ['ssot/model.json:1 at /', 'Missing required property "owner"'],
  },
  {
    name: 'a model.json data path that escapes the workspace',
    files: { 'ssot/model.json': MODEL_JSON({ training: '../../../etc/passwd' }) },
    args: ['G0', '--ssot', 'ssot', '--out', 'out'],
    exit: 2,
    says: ['ssot/model.json:1 at /paths/training', 'training data path leaves the workspace'],
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
    says: ['ssot/model.json:1 at /targets', 'gives both target and targets'],
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
    name: 'init: the target is a file',
    files: { 'notes.txt': 'x' },
    args: ['init', 'notes.txt'],
    exit: 2,
    ran: false,
    says: [
      'notes.txt: init writes into a folder',
      'Expected a new or existing folder',
      'found a file',
    ],
  },
  {
    name: 'setup: no --repo',
    args: ['setup', '--dry-run'],
    exit: 2,
    ran: false,
    says: [
      'setup needs the repository',
      'Expected modelgate setup --repo OWNER/NAME',
      'found no --repo',
    ],
  },
  {
    name: 'setup: a repository that is not OWNER/NAME',
    args: ['setup', '--repo', 'https://github.com/acme/m', '--dry-run'],
    exit: 2,
    ran: false,
    says: ['found "https://github.com/acme/m"'],
  },
  {
    name: 'setup: no token and no --dry-run',
    args: ['setup', '--repo', 'acme/m'],
    exit: 2,
    ran: false,
    says: ['Expected GH_TOKEN or GITHUB_TOKEN set (or --dry-run to see the plan), found neither'],
  },
  {
    name: 'setup: approvals.json is not JSON',
    files: { 'ssot/approvals.json': '{"roles": {,}' },
    args: ['setup', '--repo', 'acme/m', '--dry-run'],
    exit: 2,
    ran: false,
    says: ['ssot/approvals.json:1: Not valid JSON'],
  },
  {
    name: 'setup: a role member that is neither a login nor a team',
    files: {
      'ssot/approvals.json': JSON.stringify({
        roles: { qa: { members: ['team:acme'] } },
        gates: { G3: { environments: ['qa-signoff'], quorum: { qa: 1 } } },
      }),
    },
    args: ['setup', '--repo', 'acme/m', '--dry-run'],
    exit: 2,
    ran: false,
    says: ['ssot/approvals.json at /roles/qa/members/0: Not a member', 'found "team:acme"'],
  },
  {
    name: 'model.json: an input layout that matches neither allowed shape (one sentence, not one line per branch)',
    files: {
      ...G1_FILES,
      'ssot/model.json': G1_FILES['ssot/model.json'].replace(
        '"input":{"layout":"tensor","name":"input"}',
        '"input":{"layout":"matrix","name":"X"}',
      ),
    },
    args: G1,
    exit: 2,
    says: [
      'ssot/model.json:1 at /input: Matches none of the allowed shapes',
      'Expected {"layout": "tensor", "name": ...} or {"layout": "per-feature"}',
      'found {"layout": "matrix", "name": "X"}',
      /^(?![\s\S]*Unknown property "name")/,
    ],
  },
  {
    name: 'model.json: a classifier without its classes says the rule holds for classifiers',
    files: {
      ...G1_FILES,
      'ssot/model.json': G1_FILES['ssot/model.json'].replace(
        '"task":"regression"',
        '"task":"binary"',
      ),
    },
    args: G1,
    exit: 2,
    says: ['Missing required property "classes" (required when task is "binary" or "multiclass")'],
  },
  {
    name: 'G3: a quorum naming a role that roles does not define',
    files: {
      ...G3_FILES,
      'ssot/approvals.json': g3Approvals((c) => Object.assign(c.gates.G3.quorum, { 'qa-lead': 1 })),
    },
    args: G3,
    exit: 2,
    says: [
      'ssot/approvals.json:1 at /gates/G3/quorum/qa-lead',
      'which roles does not define',
      'Expected one of ot-lead, qa',
    ],
  },
  {
    name: 'G3: a role with no members',
    files: { ...G3_FILES, 'ssot/approvals.json': g3Approvals((c) => (c.roles.qa.members = [])) },
    args: G3,
    exit: 2,
    says: ['ssot/approvals.json:1 at /roles/qa/members', 'Role "qa" has no members'],
  },
  {
    name: 'G3: a quorum larger than the role has members',
    files: { ...G3_FILES, 'ssot/approvals.json': g3Approvals((c) => (c.gates.G3.quorum.qa = 3)) },
    args: G3,
    exit: 2,
    says: [
      'ssot/approvals.json:1 at /gates/G3/quorum/qa',
      'needs 3 distinct approvals but has 2 members',
      'found 3',
    ],
  },
  {
    name: 'G3: a quorum of 0 (schema)',
    files: { ...G3_FILES, 'ssot/approvals.json': g3Approvals((c) => (c.gates.G3.quorum.qa = 0)) },
    args: G3,
    exit: 2,
    says: ['ssot/approvals.json:1 at /gates/G3/quorum/qa', 'must be >= 1'],
  },
  {
    name: 'G3: approvals.json without a G3 section',
    files: {
      ...G3_FILES,
      'ssot/approvals.json': g3Approvals((c) => (c.gates = { G5: c.gates.G3 } as never)),
    },
    args: G3,
    exit: 2,
    says: ['ssot/approvals.json:1 at /gates', 'No G3 section', 'found sections for G5'],
  },
  {
    name: 'G3: a team in a local run (no token can resolve it)',
    files: {
      ...G3_FILES,
      'ssot/approvals.json': g3Approvals((c) => (c.roles.qa.members = ['team:acme/qa'])),
    },
    args: G3,
    exit: 2,
    says: [
      'ssot/approvals.json:1 at /roles/qa/members/0',
      'Cannot resolve team:acme/qa',
      'members: read',
    ],
  },
  {
    name: 'G3: an empty ssot/approvals.json',
    files: { ...G3_FILES, 'ssot/approvals.json': '' },
    args: G3,
    exit: 2,
    says: ['ssot/approvals.json', 'Not valid JSON'],
  },
  {
    name: 'G3: no ssot/approvals.json',
    files: Object.fromEntries(
      Object.entries(G3_FILES).filter(([k]) => k !== 'ssot/approvals.json'),
    ),
    args: G3,
    exit: 2,
    says: ['ssot/approvals.json: G3 needs ssot/approvals.json', 'found no such file'],
  },
  {
    name: 'G3: a sign-off file that is not JSON',
    files: { ...G3_FILES, 'signoff.json': '{"approvals": [ {"login": "luis-ot",, } ]}' },
    args: G3,
    exit: 2,
    says: ['signoff.json:1', 'Not valid JSON'],
  },
  {
    name: 'G3: a sign-off entry with a state that is not approved or rejected',
    files: {
      ...G3_FILES,
      'signoff.json': JSON.stringify({ approvals: [{ login: 'luis-ot', state: 'ok' }] }),
    },
    args: G3,
    exit: 2,
    says: [
      'signoff.json:1 at /approvals/0/state',
      'Expected one of "approved", "rejected"',
      'found string "ok"',
    ],
  },
  {
    name: 'G3: a sign-off file that does not exist',
    files: G3_FILES,
    args: ['G3', '--ssot', 'ssot', '--approvals', 'nope.json', '--out', 'out'],
    exit: 2,
    says: ['nope.json'],
  },
  {
    name: 'G3: no source of approvals (a local run without --approvals)',
    files: G3_FILES,
    args: ['G3', '--ssot', 'ssot', '--out', 'out'],
    exit: 2,
    says: ['G3 has no approvals to read', '--approvals FILE'],
  },
  {
    name: 'G3: no approvals at all fails (never a pass by default) and lists what is missing',
    files: { ...G3_FILES, 'signoff.json': JSON.stringify({ approvals: [] }) },
    args: G3,
    exit: 1,
    says: ['G3 fail', 'missing ot-lead: 0 of 1, qa: 0 of 1'],
    report: ['ot-lead: 0 of 1', 'qa: 0 of 1'],
  },
  {
    name: '--approvals given to a gate that reads none',
    args: [...G0('data/good.csv'), '--approvals', 'signoff.json'],
    exit: 2,
    ran: false,
    says: ['--approvals is read by G3 and G5, not by G0'],
  },
  {
    name: 'drift: an empty current window (a header only)',
    files: DRIFT_FILES('temp,city\n'),
    args: DRIFT,
    exit: 2,
    says: ['data/current.csv', 'The current window has no data rows', 'Expected at least one row'],
  },
  {
    name: 'drift: an empty current window file',
    files: DRIFT_FILES(''),
    args: DRIFT,
    exit: 2,
    says: ['data/current.csv'],
  },
  {
    name: 'drift: a window column the reference lacks',
    files: DRIFT_FILES('temp,city,humidity\n1.5,a,40\n'),
    args: DRIFT,
    exit: 2,
    says: [
      'data/current.csv:1',
      'a column that the reference lacks: "humidity"',
      'or the column in ignoreColumns of ssot/drift.json',
      'found columns temp, city, humidity',
    ],
  },
  {
    name: 'drift: a feature the window lacks',
    files: DRIFT_FILES('city\na\n'),
    args: DRIFT,
    exit: 2,
    says: ['data/current.csv:1', 'The current data has no column "temp"', 'found columns city'],
  },
  {
    name: 'drift: an unparsable number in the window',
    files: DRIFT_FILES('temp,city\n1.5,a\nwarm,b\n'),
    args: DRIFT,
    exit: 2,
    says: [
      'data/current.csv:3',
      'Column "temp" of the current data is not a number',
      'found "warm"',
    ],
  },
  {
    name: 'drift: a feature whose every value is missing in the window',
    files: DRIFT_FILES('temp,city\nNA,a\n,b\n'),
    args: DRIFT,
    exit: 2,
    says: ['feature temp: no values to compare in the current window (every value is missing)'],
  },
  {
    name: 'drift: no current window',
    files: DRIFT_FILES('temp,city\n1.5,a\n'),
    args: ['drift', '--ssot', 'ssot', '--out', 'out'],
    exit: 2,
    says: ['no current window was given', 'Expected --data current=FILE'],
  },
  {
    name: 'drift: a test that does not fit the column type in ssot/drift.json',
    files: {
      ...DRIFT_FILES('temp,city\n1.5,a\n'),
      'ssot/drift.json': JSON.stringify({ columns: { city: { test: 'ks' } } }),
    },
    args: DRIFT,
    exit: 2,
    says: ['ssot/drift.json', '/columns/city', 'ks compares numbers'],
  },
  {
    name: 'drift: an unknown test in ssot/drift.json',
    files: {
      ...DRIFT_FILES('temp,city\n1.5,a\n'),
      'ssot/drift.json': JSON.stringify({ columns: { temp: { test: 'kolmogorov' } } }),
    },
    args: DRIFT,
    exit: 2,
    says: ['ssot/drift.json', '/columns/temp/test'],
  },
  {
    name: 'a gate this version does not know',
    args: ['G6', '--ssot', 'ssot', '--out', 'out'],
    exit: 2,
    ran: false,
    says: ['Unknown gate', 'Expected one of G0, G1, G2, G3, G4, G5, drift, rollback', 'found "G6"'],
  },
  {
    name: 'G4: a shadow log that covers 3 of the 7 days',
    files: G4_FILES(G4_LOG(3)),
    args: G4,
    exit: 1,
    says: ['G4 fail', '3 of 7 days'],
    report: ['3 of 7 days with at least 2 rows (UTC)', 'must run 4 more days', '2024-03-03'],
  },
  {
    name: 'G4: a day with too few rows does not count',
    files: G4_FILES(`${G4_LOG(6)}\n2024-03-09T10:00:00Z,lone,1,1,1`),
    args: [...G4, '--data', 'shadow=shadow/log.csv'],
    exit: 1,
    says: ['G4 fail', '6 of 7 days'],
    report: ['6 of 7 days with at least 2 rows (UTC)', '1 more day had fewer rows'],
  },
  {
    name: 'G4: an unparsable timestamp in the shadow log',
    files: G4_FILES(`${G4_LOG(7)}\n09/03/2024 10:00,x1,1,1,1`),
    args: G4,
    exit: 2,
    says: [
      'shadow/log.csv:16: Unparsable timestamp in column "timestamp"',
      'Expected an RFC 3339 date-time',
      'found "09/03/2024 10:00"',
    ],
  },
  {
    name: 'G4: a shadow log without the shadow prediction column',
    files: G4_FILES('timestamp,request_id,production_y,actual_y\n2024-03-01T10:00:00Z,a,1,1'),
    args: G4,
    exit: 2,
    says: [
      'shadow/log.csv:1: The shadow log has no column "shadow_y"',
      'found columns "timestamp", "request_id", "production_y", "actual_y"',
    ],
  },
  {
    name: 'G4: a prediction that is not a number',
    files: G4_FILES(`${G4_LOG(7)}\n2024-03-09T10:00:00Z,x1,1,n/a,1`),
    args: G4,
    exit: 2,
    says: [
      'shadow/log.csv:16',
      "The shadow model's prediction of y is not a number",
      'found "n/a"',
    ],
  },
  {
    name: 'G4: an empty shadow log (header only)',
    files: G4_FILES(''),
    args: G4,
    exit: 2,
    says: ['shadow/log.csv: The shadow log has no rows'],
  },
  {
    name: 'G4: an empty shadow log file (0 bytes)',
    files: { ...G4_FILES(''), 'shadow/log.csv': '' },
    args: G4,
    exit: 2,
    says: ['shadow/log.csv:1: The file is empty'],
  },
  {
    name: 'G4: no ssot/shadow.json',
    files: { ...G4_FILES(G4_LOG(7)), 'ssot/shadow.json': undefined as unknown as string },
    args: G4,
    exit: 2,
    says: ['ssot/shadow.json', 'G4 needs the shadow settings', 'found no such file'],
  },
  {
    name: 'G4: shadow.json with 0 days',
    files: { ...G4_FILES(G4_LOG(7)), 'ssot/shadow.json': '{"days": 0}' },
    args: G4,
    exit: 2,
    says: ['ssot/shadow.json:1 at /days'],
  },
  {
    name: 'G4: no production model to bind the verdict to',
    files: {
      ...G4_FILES(G4_LOG(7)),
      'ssot/shadow.json': '{"days": 7, "minRowsPerDay": 2, "paths": {"log": "shadow/log.csv"}}',
    },
    args: G4,
    exit: 2,
    says: ['no production model is given', 'Expected the baseline-model input'],
  },
  {
    name: 'G4: a KPI that G4 does not judge',
    files: {
      ...G4_FILES(G4_LOG(7)),
      'ssot/kpi_acceptance.csv':
        'gate,kpi,variable,operator,threshold,unit,severity,notes\nG4,throughput_rows_per_s,,>=,1,rows/s,block,\n',
    },
    args: G4,
    exit: 2,
    says: ['ssot/kpi_acceptance.csv:2', 'KPI "throughput_rows_per_s" is not judged by G4'],
  },
  {
    name: 'G4: the data input names no shadow log',
    files: G4_FILES(G4_LOG(7)),
    args: [...G4, '--data', 'holdout=shadow/log.csv'],
    exit: 2,
    says: [
      'G4 judges a shadow log, and the data input names none',
      'Expected shadow=FILE, or a single file path without a role',
      'found holdout=shadow/log.csv',
    ],
  },
  {
    name: 'shadow-replay without a production model',
    args: ['shadow-replay', '--candidate', 'm.onnx', '--requests', 'r.csv', '--out', 'log.csv'],
    exit: 2,
    ran: false,
    says: ['shadow-replay needs two models', 'found no --production'],
  },
  {
    name: 'shadow-replay with an unparsable request timestamp',
    files: {
      ...G1_FILES,
      'data/requests.csv': 'x0,x1,x2,when\n1,0,0,2024-03-01\n0,1,0,March 2nd\n',
    },
    args: [
      'shadow-replay',
      '--candidate',
      'models/m.onnx',
      '--production',
      'models/m.onnx',
      '--requests',
      'data/requests.csv',
      '--option',
      'timestamp-column=when',
      '--out',
      'log.csv',
    ],
    exit: 2,
    ran: false,
    says: ['data/requests.csv:3: Unparsable timestamp', 'found "March 2nd"'],
  },
  {
    name: 'G5 without a registry names the flag that gives one',
    files: G5_FILES(),
    args: ['G5', '--ssot', 'ssot', '--out', 'out'],
    exit: 2,
    says: ['G5 needs the model registry that holds the candidate', '--registry DIR in the CLI'],
  },
  {
    name: 'G5 without ssot/release.json names the policy it needs',
    files: { 'ssot/model.json': G5_FILES()['ssot/model.json'], 'm.onnx': 'x' },
    args: G5,
    exit: 2,
    says: [
      'ssot/release.json: G5 needs the release policy',
      'maxEvidenceAgeDays, requireG4, risk and trustedWorkflows',
    ],
  },
  {
    name: 'G5 with an evidence age limit of zero days',
    files: G5_FILES(RELEASE_JSON({ maxEvidenceAgeDays: 0 })),
    args: G5,
    exit: 2,
    says: ['ssot/release.json', '/maxEvidenceAgeDays', 'number 0'],
  },
  {
    name: 'G5 with G4 not required but no reason given',
    files: G5_FILES(RELEASE_JSON({ requireG4: false })),
    args: G5,
    exit: 2,
    says: ['ssot/release.json', 'Missing required property "requireG4Reason"'],
  },
  {
    name: 'G5 trusting a workflow file outside .github/workflows',
    files: G5_FILES(RELEASE_JSON({ trustedWorkflows: ['release.yml'] })),
    args: G5,
    exit: 2,
    says: ['ssot/release.json', '/trustedWorkflows/0', 'release.yml'],
  },
  {
    name: 'G5 on a model.json without a version',
    files: G5_FILES(RELEASE_JSON(), null),
    args: G5,
    exit: 2,
    says: ['ssot/model.json', '/version', 'G5 releases one version, and model.json names none'],
  },
  {
    name: 'G5 with no candidate in the registry (missing evidence starts there)',
    files: G5_FILES(),
    args: G5,
    exit: 2,
    says: [
      'No candidate m-v1.0.0 in the local registry',
      'registered by modelgate candidate (the candidate step), holding the evidence of G0 to G4',
    ],
  },
  {
    name: 'G5 on a release tag that already exists',
    files: {
      ...G5_FILES(),
      'reg/m/registry.json': JSON.stringify({
        schemaVersion: 1,
        model: 'm',
        production: '1.0.0',
        versions: [
          {
            model: 'm',
            version: '1.0.0',
            owner: 'Ana',
            modelDigest: 'a'.repeat(64),
            state: 'production',
            draft: false,
            files: [],
            createdAt: '2026-11-01T00:00:00Z',
          },
        ],
        history: [],
      }),
    },
    args: G5,
    exit: 2,
    says: [
      'Release m-v1.0.0 is already published (state production)',
      'a new version in ssot/model.json /version',
    ],
  },
  {
    name: 'G5 on a candidate that holds no evidence: a fail naming each missing file',
    files: {
      ...REGISTRY_FILES({ '1.0.0': { state: 'validation', draft: true } }, ''),
      'ssot/release.json': RELEASE_JSON(),
      'ssot/approvals.json': JSON.stringify({
        roles: { 'release-manager': { members: ['rita-rm'] } },
        gates: {
          G5: {
            environments: ['production'],
            quorum: { 'release-manager': 1 },
            allowFileSource: true,
          },
        },
      }),
      'signoff.json': JSON.stringify({
        approvals: [{ login: 'rita-rm', state: 'approved', gate: 'G5', environment: 'production' }],
      }),
    },
    args: [...G5, '--approvals', 'signoff.json'],
    exit: 1,
    says: [
      'No G0 evidence held by the release (expected m-v1.0.0/G0.evidence.json)',
      'No G4 evidence held by the release (expected m-v1.0.0/G4.evidence.json)',
      'No verified G2 evidence, so no manifest to check the release against',
    ],
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
      'ssot/model.json:1 at /paths/baseline',
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
      if (content === undefined) continue
      // A path ending in "/" is a folder where the command expects a file.
      if (path.endsWith('/')) {
        mkdirSync(join(dir, path), { recursive: true })
        continue
      }
      mkdirSync(dirname(join(dir, path)), { recursive: true })
      writeFileSync(join(dir, path), content)
    }
    let stdout = ''
    let stderr = ''
    // Cases that read the report on stdout read GitHub's markdown form; the rest, the terminal's text.
    const args =
      c.report && !c.args.includes('--format') ? [...c.args, '--format', 'markdown'] : c.args
    const code = await runCli(args, {
      cwd: dir,
      env: {},
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
    })
    expect(code, stderr).toBe(c.exit)
    // The terminal report (text) carries the problems on stdout; either way the user reads them.
    for (const part of c.says)
      expect(stdout + stderr).toMatch(
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
      ['G0', 'G1', 'G3', 'G4', 'drift'].includes(c.args[0]!)
    ) {
      const evidence = JSON.parse(
        readFileSync(join(dir, 'out', `${c.args[0]}.evidence.json`), 'utf8'),
      )
      expect(evidence.status).toBe(c.exit === 2 ? 'error' : 'fail')
      if (c.exit === 2) expect(evidence.problems.length).toBeGreaterThan(0)
    }
  })
})
