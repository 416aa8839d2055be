import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { verifyEvidence } from '../../src/engine/evidence.js'
import { makeRunnerFolder, runAction } from '../support/action-runner.js'

const OFFLINE = { comment: 'false', 'check-run': 'false', artifact: 'false' }

describe('dist/index.js as the Actions runner runs it (G0)', () => {
  const folder = makeRunnerFolder({ ssot: 'template/ssot', data: 'template/data' })

  it('passes the template data, writes outputs, summary and valid evidence', () => {
    const r = runAction(folder, { gate: 'G0', ssot: 'ssot', data: 'training=data/train.csv\nholdout=data/holdout.csv', ...OFFLINE })
    expect(r.code, r.stderr + r.stdout).toBe(0)
    expect(r.outputs).toMatchObject({ status: 'pass', passed: 'true', 'comment-url': '', 'check-run-id': '', 'artifact-id': '' })
    expect(r.outputs['evidence-digest']).toMatch(/^[0-9a-f]{64}$/)
    const evidence = JSON.parse(readFileSync(r.outputs['evidence-path']!, 'utf8'))
    expect(verifyEvidence(evidence, 'G0.evidence.json')).toEqual([])
    expect(evidence.digest.value).toBe(r.outputs['evidence-digest'])
    expect(evidence.context).toMatchObject({ mode: 'actions', repository: 'acme/plant-models', runId: '4242', actor: 'octocat' })
    expect(evidence.subject.data.map((d: { path: string }) => d.path)).toEqual(['data/train.csv', 'data/holdout.csv'])
    expect(r.summary).toContain('G0')
    expect(readFileSync(r.outputs['html-report-path']!, 'utf8')).toContain('<html')
  })

  it('fails with exit code 1 when the data breaks a rule', () => {
    const csv = readFileSync(join(folder.workspace, 'data', 'holdout.csv'), 'utf8').split('\n')
    csv[5] = csv[5]!.replace(/^Seattle/, 'Atlantis')
    writeFileSync(join(folder.workspace, 'data', 'broken.csv'), csv.join('\n'))
    const r = runAction(folder, { gate: 'G0', data: 'data/broken.csv', ...OFFLINE })
    expect(r.code).toBe(1)
    expect(r.outputs).toMatchObject({ status: 'fail', passed: 'false' })
    const evidence = JSON.parse(readFileSync(r.outputs['evidence-path']!, 'utf8'))
    expect(evidence.report.violations[0]).toMatchObject({ line: 6, column: 'location', value: 'Atlantis', rule: 'enum' })
    expect(r.stdout).toContain('::error::')
  })

  it('exits 2 with status error and no stack trace when the ssot path escapes the workspace', () => {
    const r = runAction(folder, { gate: 'G0', ssot: '../../../etc', ...OFFLINE })
    expect(r.code).toBe(2)
    expect(r.outputs.status).toBe('error')
    expect(r.stdout).toContain('leaves the workspace')
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/)
  })

  it('exits 2 with status error, every output set and the report in the summary when report-dir cannot be written', () => {
    writeFileSync(join(folder.workspace, 'not-a-folder'), 'x')
    const r = runAction(folder, { gate: 'G0', ssot: 'ssot', data: 'data/holdout.csv', 'report-dir': 'not-a-folder/reports', ...OFFLINE })
    expect(r.code).toBe(2)
    expect(r.outputs).toMatchObject({ status: 'error', passed: 'false', 'evidence-path': '', 'report-path': '', 'artifact-id': '' })
    expect(r.outputs['evidence-digest']).toMatch(/^[0-9a-f]{64}$/)
    expect(r.stdout).toMatch(/::error::not-a-folder\/reports: Cannot write the report files\. Expected a folder, found a file at .*not-a-folder/)
    // The verdict is not lost: the job summary holds the report.
    expect(r.summary).toContain('G0 Data Quality: PASS')
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/)
  })

  it('annotates a schema problem at the line its JSON pointer names', () => {
    const schemaPath = join(folder.workspace, 'ssot', 'data_schema.json')
    const original = readFileSync(schemaPath, 'utf8')
    const broken = original.replace('"precipitation": { "type": "number", "minimum": 0,', '"precipitation": { "type": "number", "pattern": "^1$", "minimum": 0,')
    expect(broken).not.toBe(original)
    writeFileSync(schemaPath, broken)
    try {
      const r = runAction(folder, { gate: 'G0', data: 'data/holdout.csv', ...OFFLINE })
      expect(r.code).toBe(2)
      const line = broken.split('\n').findIndex((l) => l.includes('"precipitation": {')) + 1
      expect(r.stdout).toContain(`::error file=ssot/data_schema.json,line=${line}::ssot/data_schema.json at /properties/precipitation/pattern: "pattern" only applies to string columns`)
    } finally {
      writeFileSync(schemaPath, original)
    }
  })

  it('reports a gate that cannot judge (G4 without its shadow log) as an error naming the file, never a pass', () => {
    const r = runAction(folder, { gate: 'G4', ...OFFLINE })
    expect(r.code, r.stdout).toBe(2)
    expect(r.outputs.status).toBe('error')
    expect(r.stdout).toMatch(/shadow\/shadow_log\.csv: File not found/)
    expect(r.stdout).not.toContain('Internal error')
  })

  it('refuses an unknown gate name with exit 2', () => {
    const r = runAction(folder, { gate: 'G9', ...OFFLINE })
    expect(r.code).toBe(2)
    expect(r.outputs.status).toBe('error')
    expect(r.stdout).toContain('Unknown gate')
  })

  it('loads onnxruntime from dist/ alone and runs a tiny model', () => {
    const model = join(import.meta.dirname, '..', 'fixtures', 'dist', 'tiny_linear.onnx')
    const r = spawnSync(process.execPath, [join(folder.action, 'dist', 'cli.js'), 'inspect-model', model], { cwd: folder.root, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } })
    expect(r.status, r.stderr).toBe(0)
    const info = JSON.parse(r.stdout)
    expect(info.inputs).toEqual([{ name: 'x', tensor: true, type: 'float32', shape: ['N', 3] }])
    expect(info.zeroRowOutputs.y).toEqual([0.5])
  })
})
