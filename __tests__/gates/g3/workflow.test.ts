import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO } from '../../support/action-runner.js'
import { PYTHON, pythonHas } from '../../support/python.js'

/**
 * The release workflow docs/approvals.md shows for G3: sign-off jobs behind
 * one environment per role with no token permissions at all, and the G3 job
 * with exactly what it reads (actions, pull requests, contents) plus its
 * check run. Parsed with PyYAML as the other workflow tests do.
 */
type Json = Record<string, unknown>
const hasYaml = pythonHas(['yaml'], 'the G3 workflow check')

function workflow(): Json {
  const text = readFileSync(join(REPO, 'docs', 'approvals.md'), 'utf8')
  const blocks = [...text.matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) => m[1]!)
  expect(blocks).toHaveLength(1)
  const r = spawnSync(PYTHON, [join(REPO, '__tests__', 'publish', 'load_yaml.py')], {
    input: JSON.stringify(blocks),
    encoding: 'utf8',
  })
  expect(r.status, r.stderr).toBe(0)
  const [parsed] = JSON.parse(r.stdout) as { value?: Json; error?: string }[]
  expect(parsed!.error).toBeUndefined()
  return parsed!.value!
}

describe.runIf(hasYaml)('the G3 release workflow in docs/approvals.md', () => {
  it('gives each job explicit, minimal permissions, and G3 runs after one sign-off job per environment', () => {
    const wf = workflow()
    expect(wf.permissions).toEqual({ contents: 'read' })
    expect(JSON.stringify(wf)).not.toMatch(/secrets\.|pull_request_target/)
    const jobs = wf.jobs as Record<string, Json>
    const approvals = JSON.parse(
      readFileSync(join(REPO, 'template', 'ssot', 'approvals.json'), 'utf8'),
    )
    const environments = approvals.gates.G3.environments as string[]
    const signoffs = Object.values(jobs).filter((j) => j.environment !== undefined)
    expect(signoffs.map((j) => j.environment)).toEqual(environments)
    for (const j of signoffs) expect(j.permissions).toEqual({})
    const g3 = jobs['g3-ot-qa-approval']!
    expect(g3.needs).toEqual(Object.keys(jobs).filter((k) => jobs[k]!.environment !== undefined))
    expect(g3.permissions).toEqual({
      contents: 'read',
      actions: 'read',
      'pull-requests': 'read',
      checks: 'write',
    })
    const steps = g3.steps as Json[]
    expect(steps[0]).toMatchObject({
      uses: 'actions/checkout@v5',
      with: { 'persist-credentials': false },
    })
    expect(steps[1]).toMatchObject({ uses: 'modelgate/modelgate@v1', with: { gate: 'G3' } })
  })
})
