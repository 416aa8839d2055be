import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../../src/cli/run-cli.js'

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
})
