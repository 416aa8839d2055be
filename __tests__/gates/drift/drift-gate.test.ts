import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../../src/cli/run-cli.js'
import type { Registry } from '../../../src/contract/registry.js'
import { runGate } from '../../../src/engine/run-gate.js'
import { findGate } from '../../../src/gates/table.js'

const TEMPLATE = join(import.meta.dirname, '..', '..', '..', 'template')

/** A copy of the template repository with extra files; returns its folder. */
function workspace(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-drift-'))
  cpSync(TEMPLATE, dir, { recursive: true })
  for (const [path, content] of Object.entries(files)) writeFileSync(join(dir, path), content)
  return dir
}

/** Rows of the template's weather data whose date matches `pattern`, with the header. */
function rows(file: string, pattern: RegExp): string {
  const lines = readFileSync(join(TEMPLATE, 'data', file), 'utf8')
    .trim()
    .split('\n')
  return (
    [lines[0], ...lines.slice(1).filter((l) => pattern.test(l.split(',')[1]!))].join('\n') + '\n'
  )
}

async function drift(dir: string, args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(['drift', '--ssot', 'ssot', '--out', 'out', ...args], {
    cwd: dir,
    env: {},
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  })
  const evidence = JSON.parse(readFileSync(join(dir, 'out', 'drift.evidence.json'), 'utf8'))
  return { code, stdout, stderr, evidence }
}

const SUMMER = /^\d{4}-0[678]-/
const WINTER = /^\d{4}-(12|01|02)-/

describe('modelgate drift on the template weather data', () => {
  it('a season change drifts (exit 1), with a chart per drifted feature; the same season of another year does not', async () => {
    const dir = workspace({
      'data/summer-2014.csv': rows('train.csv', /^2014-0[678]-/),
      'data/winter-2015.csv': rows('holdout.csv', WINTER),
      'data/summer-2015.csv': rows('holdout.csv', SUMMER),
    })
    const season = await drift(dir, [
      '--data',
      'reference=data/summer-2014.csv',
      '--data',
      'current=data/winter-2015.csv',
    ])
    expect(season.code, season.stderr).toBe(1)
    expect(season.evidence.status).toBe('fail')
    const byId = Object.fromEntries(season.evidence.checks.map((c: { id: string }) => [c.id, c]))
    expect(byId['drift.feature.temp_min'].status).toBe('warn')
    expect(byId['drift.feature.temp_min'].rule).toBe('ks')
    expect(byId['drift.dataset.share'].status).toBe('fail')
    expect(byId['drift.target.temp_max'].status).toBe('warn')
    expect(season.evidence.report.charts.length).toBeGreaterThan(0)
    const html = readFileSync(join(dir, 'out', 'drift.html'), 'utf8')
    expect(html).toContain('<svg')

    const year = await drift(dir, [
      '--data',
      'reference=data/summer-2014.csv',
      '--data',
      'current=data/summer-2015.csv',
    ])
    console.log(year.evidence.summary)
    console.log(season.evidence.summary)
    expect(year.code, year.stderr).toBe(0)
    expect(year.evidence.status).toBe('pass')
  })

  it("compares the model's predictions when --model is given", async () => {
    const dir = workspace({
      'data/summer-2014.csv': rows('train.csv', /^2014-0[678]-/),
      'data/winter-2015.csv': rows('holdout.csv', WINTER),
    })
    const r = await drift(dir, [
      '--data',
      'reference=data/summer-2014.csv',
      '--data',
      'current=data/winter-2015.csv',
      '--model',
      'models/temp_max.onnx',
    ])
    const prediction = r.evidence.checks.find(
      (c: { id: string }) => c.id === 'drift.prediction.prediction',
    )
    expect(prediction).toMatchObject({ rule: 'ks', status: 'warn' })
    expect(r.evidence.subject.model.path).toBe('models/temp_max.onnx')
  })

  it('freezes the production version through the registry on dataset drift, once', async () => {
    const dir = workspace({
      'data/summer-2014.csv': rows('train.csv', /^2014-0[678]-/),
      'data/winter-2015.csv': rows('holdout.csv', WINTER),
    })
    const calls: unknown[] = []
    let frozen = false
    const registry = {
      kind: 'local',
      production: async (model: string) => ({
        model,
        version: '1.0.0',
        modelDigest: 'a'.repeat(64),
        state: 'production',
        draft: false,
        files: [],
        createdAt: '2026-01-01T00:00:00Z',
        ...(frozen ? { frozen: { at: '2026-01-02T00:00:00Z', reason: 'drift' } } : {}),
      }),
      setFrozen: async (...args: unknown[]) => {
        calls.push(args)
        frozen = true
      },
    } as unknown as Registry
    const judge = () =>
      runGate(
        'drift',
        {
          ssot: 'ssot',
          data: [
            { role: 'reference', path: 'data/summer-2014.csv', explicitRole: true },
            { role: 'current', path: 'data/winter-2015.csv', explicitRole: true },
          ],
          options: { freeze: 'true' },
        },
        {
          gates: findGate,
          services: { registry },
          workspaceRoot: dir,
          context: { mode: 'local', actor: 'ana' },
        },
      )
    const first = await judge()
    expect(first.status).toBe('fail')
    expect(first.report.alert).toMatchObject({ freeze: true, frozenVersion: '1.0.0' })
    await judge()
    expect(calls).toHaveLength(1)
    expect(calls[0]).toEqual([
      { model: 'seattle-ny-temp-max', version: '1.0.0' },
      true,
      { login: 'ana' },
      'dataset drift (modelgate drift)',
    ])
  })
})
