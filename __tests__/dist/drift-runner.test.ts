import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readMarker } from '../../src/publish/github/drift-state.js'
import { startArtifactStandin, type ArtifactStandin } from '../support/artifact-standin.js'
import { makeRunnerFolder, runActionAsync } from '../support/action-runner.js'
import { startGitHubStandin, type GitHubStandin } from '../support/github-api-standin.js'

/**
 * node dist/index.js on a `schedule` event, as the drift workflow runs it:
 * winter 2015 against summer 2014 of the template's weather data drifts; the
 * alert issue is opened, updated, and the retrain workflow dispatched after
 * two drifted runs (K = 2 in ssot/drift.json), over the GitHub stand-in.
 */
let gh: GitHubStandin
let artifacts: ArtifactStandin
const folder = makeRunnerFolder({ ssot: 'template/ssot', data: 'template/data', models: 'template/models' })

function rows(file: string, pattern: RegExp): string {
  const lines = readFileSync(join(folder.workspace, 'data', file), 'utf8').trim().split('\n')
  return `${[lines[0], ...lines.slice(1).filter((l) => pattern.test(l.split(',')[1]!))].join('\n')}\n`
}

beforeAll(async () => {
  gh = await startGitHubStandin()
  artifacts = await startArtifactStandin()
  mkdirSync(join(folder.workspace, 'windows'), { recursive: true })
  writeFileSync(join(folder.workspace, 'windows', 'reference.csv'), rows('train.csv', /^2014-0[678]-/))
  writeFileSync(join(folder.workspace, 'windows', 'current.csv'), rows('holdout.csv', /^\d{4}-(12|01|02)-/))
  writeFileSync(
    join(folder.workspace, 'ssot', 'drift.json'),
    JSON.stringify({ freeze: true, retrain: { workflow: 'retrain.yml', consecutiveRuns: 2 } }),
  )
}, 60_000)

afterAll(async () => {
  await gh?.stop()
  await artifacts?.stop()
})

let runId = 9000
const run = () =>
  runActionAsync(
    folder,
    {
      gate: 'drift',
      data: 'reference=windows/reference.csv\ncurrent=windows/current.csv',
      'github-token': 'ghs_runner_token',
    },
    {
      event: { schedule: '0 6 * * *' },
      eventName: 'schedule',
      env: { GITHUB_API_URL: gh.url, GITHUB_RUN_ID: String(++runId), GITHUB_REF_NAME: 'main', ...artifacts.newRun() },
    },
  )

describe('dist/index.js drift on a schedule event', () => {
  it('fails on drift, writes the report, opens one alert issue, freezes by output and label, dispatches retraining once after K runs', async () => {
    const first = await run()
    expect(first.code, first.stdout + first.stderr).toBe(1)
    expect(first.outputs.status).toBe('fail')
    expect(first.outputs.frozen).toBe('true')
    expect(first.outputs['drift-issue']).toBe('1')
    expect(first.outputs['retrain-dispatched']).toBe('false')
    expect(first.summary).toContain('Drift per column')
    expect(readFileSync(first.outputs['html-report-path']!, 'utf8')).toContain('<svg')
    expect(gh.issues).toHaveLength(1)
    expect(gh.issues[0]!.labels).toEqual(['modelgate:drift', 'modelgate:frozen'])

    const second = await run()
    expect(second.code).toBe(1)
    expect(second.outputs['retrain-dispatched']).toBe('true')
    const third = await run()
    expect(third.outputs['retrain-dispatched']).toBe('false')
    expect(gh.issues).toHaveLength(1)
    expect(gh.dispatches).toEqual([
      expect.objectContaining({ workflow: 'retrain.yml', ref: 'main' }),
    ])
    expect(readMarker(gh.issues[0]!.body)?.state).toMatchObject({ consecutive: 3, dispatched: true, frozen: true })
    expect(gh.violations).toEqual([])
    expect(artifacts.violations).toEqual([])
  }, 180_000)
})
