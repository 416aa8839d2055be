import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { verifyEvidence } from '../../src/engine/evidence.js'
import { makeRunnerFolder, runAction } from '../support/action-runner.js'

const OFFLINE = { comment: 'false', 'check-run': 'false', artifact: 'false' }

describe('dist/index.js as the Actions runner runs it (G4)', () => {
  const folder = makeRunnerFolder({
    ssot: 'template/ssot',
    data: 'template/data',
    models: 'template/models',
  })
  mkdirSync(join(folder.workspace, 'shadow'))

  it('replays the template traffic with the bundled CLI, then judges the log in shadow', () => {
    const replay = spawnSync(
      process.execPath,
      [
        join(folder.action, 'dist', 'cli.js'),
        'shadow-replay',
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
      ],
      { cwd: folder.workspace, encoding: 'utf8', timeout: 120_000 },
    )
    expect(replay.status, replay.stderr).toBe(0)
    const r = runAction(folder, { gate: 'G4', options: 'bootstrap=200', ...OFFLINE })
    expect(r.code, r.stdout + r.stderr).toBe(0)
    expect(r.outputs).toMatchObject({ status: 'pass', passed: 'true' })
    const evidence = JSON.parse(readFileSync(r.outputs['evidence-path']!, 'utf8'))
    expect(verifyEvidence(evidence, 'G4.evidence.json')).toEqual([])
    expect(evidence.subject.model).toMatchObject({ path: 'models/temp_max.onnx', role: 'model' })
    expect(evidence.subject.artifacts.map((a: { role: string }) => a.role)).toEqual([
      'production-model',
      'shadow-log',
    ])
    expect(r.summary).toContain('G4 Shadow Validation')
    expect(r.summary).toContain('Per day (UTC)')
  })

  it('fails with exit code 1 before N days of shadow traffic', () => {
    const log = readFileSync(join(folder.workspace, 'shadow', 'shadow_log.csv'), 'utf8')
    // 2015-01-01 to 2015-01-03: 3 days of 14.
    writeFileSync(
      join(folder.workspace, 'shadow', 'short.csv'),
      `${log.split('\n').slice(0, 7).join('\n')}\n`,
    )
    const r = runAction(folder, {
      gate: 'G4',
      data: 'shadow=shadow/short.csv',
      options: 'bootstrap=50',
      ...OFFLINE,
    })
    expect(r.code, r.stdout + r.stderr).toBe(1)
    expect(r.outputs.status).toBe('fail')
    expect(r.summary).toContain('3 of 14 days')
  })
})
