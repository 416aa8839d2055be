import { describe, expect, it } from 'vitest'
import { makeRunnerFolder, runAction } from '../support/action-runner.js'

const OFFLINE = { comment: 'false', 'check-run': 'false', artifact: 'false' }
const RELEASE_OUTPUTS = ['release-url', 'release-tag', 'model-digest', 'previous-release-tag']

describe('dist/index.js as the Actions runner runs it (G5)', () => {
  const folder = makeRunnerFolder({ ssot: 'template/ssot', models: 'template/models' })

  it('without a registry G5 cannot judge: error naming what is missing, and every release output empty', () => {
    const r = runAction(folder, { gate: 'G5', ssot: 'ssot', 'github-token': 'ghs_test', ...OFFLINE })
    expect(r.code, r.stderr + r.stdout).toBe(2)
    expect(r.outputs).toMatchObject({ status: 'error', passed: 'false' })
    for (const name of RELEASE_OUTPUTS) expect(r.outputs[name], name).toBe('')
    expect(r.stdout).toMatch(/::error::G5 needs the model registry that holds the candidate\. Expected a registry/)
    expect(r.summary).toContain('G5 Production Release')
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/)
  })
})
