import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { InputErrors } from '../../src/contract/errors.js'
import { buildEvidence } from '../../src/engine/evidence.js'
import type { RunContext } from '../../src/contract/types.js'
import { loadEvidenceToPublish } from '../../src/publish/evidence-to-publish.js'

const SHA = 'c'.repeat(40)
const ACTIONS: RunContext = {
  mode: 'actions',
  repository: 'acme/plant-models',
  sha: SHA,
  runId: '9',
  event: 'workflow_run',
  job: 'judge',
}
const TARGET = { gate: 'G1' as const, repository: 'acme/plant-models', sha: SHA }

function evidenceFile(context: RunContext): string {
  const e = buildEvidence(
    'G1',
    {
      status: 'pass',
      summary: 'ok',
      subject: { data: [], artifacts: [] },
      checks: [],
      problems: [],
      report: {},
    },
    context,
    new Date(0),
    new Date(1),
  )
  const path = join(mkdtempSync(join(tmpdir(), 'mg-pub-')), 'G1.evidence.json')
  writeFileSync(path, JSON.stringify(e))
  return path
}

const problems = async (path: string, target = TARGET) => {
  try {
    await loadEvidenceToPublish(path, 'G1.evidence.json', target)
    return []
  } catch (error) {
    return (error as InputErrors).problems.map((p) => p.message)
  }
}

describe('evidence another job judged, checked before anything is published', () => {
  it('takes verified evidence of this gate, repository and commit', async () => {
    expect(
      (await loadEvidenceToPublish(evidenceFile(ACTIONS), 'G1.evidence.json', TARGET)).context.job,
    ).toBe('judge')
  })

  it('refuses local evidence, another repository, and says every reason at once', async () => {
    expect(await problems(evidenceFile({ mode: 'local' }))).toEqual([
      'Refusing to publish: The evidence was not judged in GitHub Actions',
    ])
    expect(
      await problems(
        evidenceFile({ ...ACTIONS, repository: 'forker/plant-models', sha: 'd'.repeat(40) }),
        { ...TARGET, gate: 'G0' as never },
      ),
    ).toEqual([
      'Refusing to publish: The evidence is for another gate',
      'Refusing to publish: The evidence was judged for another repository',
      'Refusing to publish: The evidence was judged on another commit',
    ])
  })

  it('names a missing file', async () => {
    await expect(
      loadEvidenceToPublish('/nonexistent/G1.evidence.json', 'judged/G1.evidence.json', TARGET),
    ).rejects.toThrow(
      'judged/G1.evidence.json: Cannot read the evidence to publish. Expected the evidence file the judging job wrote',
    )
  })
})
