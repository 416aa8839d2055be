import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../../src/cli/run-cli.js'
import type { Check, EvidenceRecord } from '../../../src/contract/types.js'
import { digestFile } from '../../../src/io/file-digest.js'
import { CLASSIFIER, fixtureText, g1 as g1Gate, tensorWorkspace } from '../g1/workspace.js'

const REPO = join(import.meta.dirname, '..', '..', '..')

function templateWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-g4-'))
  for (const part of ['ssot', 'data', 'models'])
    cpSync(join(REPO, 'template', part), join(dir, part), { recursive: true })
  mkdirSync(join(dir, 'shadow'))
  return dir
}

async function cli(dir: string, args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {
    cwd: dir,
    env: {},
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  })
  return { code, stdout, stderr }
}

const REPLAY = [
  'shadow-replay',
  '--ssot',
  'ssot',
  '--candidate',
  'models/temp_max.onnx',
  '--production',
  'models/temp_max_baseline.onnx',
  '--requests',
  'data/holdout.csv',
  '--option',
  'timestamp-column=date',
  '--out',
  'shadow/shadow_log.csv',
]

describe('shadow-replay and G4 on the template (real ONNX models)', () => {
  it('replays the 2015 rows one day per date, and G4 passes with the same numbers as G1', async () => {
    const dir = templateWorkspace()
    const r = await cli(dir, REPLAY)
    expect(r.code, r.stderr).toBe(0)
    expect(r.stderr).toMatch(/replayed 730 requests over 365 UTC days/)
    const log = readFileSync(join(dir, 'shadow', 'shadow_log.csv'), 'utf8')
      .trim()
      .split('\n')
    expect(log[0]).toBe(
      'timestamp,request_id,production_temp_max,shadow_temp_max,production_temp_max_lower,production_temp_max_upper,shadow_temp_max_lower,shadow_temp_max_upper,actual_temp_max,production_latency_ms,shadow_latency_ms,shadow_error',
    )
    expect(log).toHaveLength(731)
    // Seattle (line 2) and New York (line 367) on 2015-01-01: the day's two requests spread over the UTC day, in time order.
    expect(log[1]).toMatch(/^2015-01-01T00:00:00\.000Z,req-0000001,/)
    expect(log[2]).toMatch(/^2015-01-01T12:00:00\.000Z,req-0000366,/)

    const g4 = await cli(dir, ['G4', '--ssot', 'ssot', '--out', 'out', '--option', 'bootstrap=200'])
    const e = JSON.parse(
      readFileSync(join(dir, 'out', 'G4.evidence.json'), 'utf8'),
    ) as EvidenceRecord
    expect(g4.code, g4.stderr + JSON.stringify(e.checks, null, 1)).toBe(0)
    expect(e.status).toBe('pass')
    const find = (id: string) => e.checks.find((c: Check) => c.id === id)
    expect(find('G4.coverage.days')).toMatchObject({ value: 365, threshold: 14, status: 'pass' })
    expect(find('G4.coverage.days')!.message).toMatch(
      /^365 days with at least 2 rows \(UTC\), 14 required/,
    )
    const mae = find('G4.L9.mae.temp_max')!
    expect(mae.status).toBe('pass')
    expect(find('G4.L9.mae.temp_max.rel_change')!.status).toBe('pass')
    expect(find('G4.L10.coverage.temp_max')!.value as number).toBeGreaterThanOrEqual(0.9)
    expect(find('G4.L12.error_rate')).toMatchObject({ value: 0, status: 'pass' })
    // The same rows as G1's holdout: the shadow's MAE is G1's.
    await cli(dir, ['G1', '--ssot', 'ssot', '--out', 'out', '--option', 'bootstrap=0'])
    const e1 = JSON.parse(
      readFileSync(join(dir, 'out', 'G1.evidence.json'), 'utf8'),
    ) as EvidenceRecord
    const mae1 = e1.checks.find((c) => c.id === 'G1.L2.mae.temp_max')!
    expect(mae.value as number).toBeCloseTo(mae1.value as number, 12)
    // Subject: the candidate's digest (as G0-G3), production and the log as artifacts.
    expect(e.subject.model!.sha256).toBe(
      (await digestFile(join(dir, 'models', 'temp_max.onnx'))).sha256,
    )
    expect(e.subject.artifacts.map((a) => [a.role, a.path])).toEqual([
      ['production-model', 'models/temp_max_baseline.onnx'],
      ['shadow-log', 'shadow/shadow_log.csv'],
    ])
    expect(e.subject.artifacts[1]!.rows).toBe(730)
    // The per-day table and chart.
    const html = readFileSync(join(dir, 'out', 'G4.html'), 'utf8')
    expect(html).toContain('Per day (UTC)')
    expect(html).toMatch(/<svg[^>]*aria-label="Per day: shadow and production mae/)
    expect(g4.stdout).toContain('2015-12-31')
    expect(g4.stdout).toMatch(/production 2\.49/)
    // The same replay as JSON Lines gives the same verdict and the same numbers.
    const j = await cli(dir, [
      ...REPLAY.slice(0, -1),
      'shadow/shadow_log.jsonl',
      '--option',
      'latency=off',
    ])
    expect(j.code, j.stderr).toBe(0)
    const first = JSON.parse(
      readFileSync(join(dir, 'shadow', 'shadow_log.jsonl'), 'utf8').split('\n')[0]!,
    )
    expect(first).toMatchObject({
      request_id: 'req-0000001',
      actual_temp_max: 5.6,
      shadow_latency_ms: null,
    })
    await cli(dir, [
      'G4',
      '--data',
      'shadow=shadow/shadow_log.jsonl',
      '--out',
      'out-jsonl',
      '--option',
      'bootstrap=200',
    ])
    const ej = JSON.parse(
      readFileSync(join(dir, 'out-jsonl', 'G4.evidence.json'), 'utf8'),
    ) as EvidenceRecord
    const values = (x: EvidenceRecord) =>
      x.checks.filter((c) => !c.rule.startsWith('latency')).map((c) => [c.id, c.status, c.value])
    expect(values(ej)).toEqual(values(e))
    // Without timed requests the latency rule cannot be judged: an error, never a pass.
    expect(ej.checks.find((c) => c.id === 'G4.L13.latency_p99_ms')).toMatchObject({
      status: 'error',
    })
  }, 60_000)
})

describe('shadow-replay and G4 on a classifier (real ONNX model)', () => {
  it('logs labels, spreads requests K a day from a start date, and judges agreement and accuracy', async () => {
    const dir = tensorWorkspace(
      'clf_tensor.onnx',
      CLASSIFIER(['no', 'yes']),
      'G4,agreement,label,>=,0.99,ratio,block,,,,,\nG4,accuracy,label,>=,0.7,ratio,block,,0.01,,ci,0.9\nG1,accuracy,label,>=,0,ratio,block,,,,,',
      fixtureText('clf_holdout.csv'),
    )
    writeFileSync(join(dir, 'ssot', 'shadow.json'), JSON.stringify({ days: 10, minRowsPerDay: 20 }))
    const r = await cli(dir, [
      'shadow-replay',
      '--candidate',
      'models/clf_tensor.onnx',
      '--production',
      'models/clf_tensor.onnx',
      '--requests',
      'data/holdout.csv',
      '--option',
      'start=2024-05-01',
      '--option',
      'rows-per-day=20',
      '--option',
      'latency=off',
      '--out',
      'log.csv',
    ])
    expect(r.code, r.stderr).toBe(0)
    const log = readFileSync(join(dir, 'log.csv'), 'utf8').trim().split('\n')
    expect(log[0]).toBe(
      'timestamp,request_id,production_label,shadow_label,actual_label,production_latency_ms,shadow_latency_ms,shadow_error',
    )
    expect(log[1]).toMatch(/^2024-05-01T00:00:00\.000Z,req-0000001,(no|yes),(no|yes),yes,,,$/)
    expect(log.at(-1)).toMatch(/^2024-05-10T22:48:00\.000Z,req-0000200,/)
    const g4 = await cli(dir, [
      'G4',
      '--ssot',
      'ssot',
      '--data',
      'shadow=log.csv',
      '--baseline-model',
      'models/clf_tensor.onnx',
      '--out',
      'out',
      '--option',
      'bootstrap=200',
    ])
    const e = JSON.parse(
      readFileSync(join(dir, 'out', 'G4.evidence.json'), 'utf8'),
    ) as EvidenceRecord
    expect(g4.code, g4.stderr).toBe(0)
    const find = (id: string) => e.checks.find((c: Check) => c.id === id)!
    expect(find('G4.coverage.days')).toMatchObject({ value: 10, status: 'pass' })
    expect(find('G4.L2.agreement.label')).toMatchObject({ value: 1, status: 'pass' })
    expect(find('G4.L3.accuracy.label.abs_change')).toMatchObject({ value: 0, status: 'pass' })
    const g1 = await g1Gate(dir, { bootstrap: '0', 'latency-calls': '10' })
    // The same rows as G1's holdout, in the same order: the same accuracy.
    const metrics = g1.report.metrics as Record<string, { value: number }>
    expect(find('G4.L3.accuracy.label').value).toBe(metrics['accuracy:label']!.value)
  }, 60_000)
})
