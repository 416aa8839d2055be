import { cpSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runGate } from '../../src/engine/run-gate.js'
import { writeReportFiles } from '../../src/io/report-files.js'
import { artifactName, uploadEvidenceArtifact } from '../../src/publish/artifact.js'
import { startArtifactStandin, type ArtifactStandin } from '../support/artifact-standin.js'

let backend: ArtifactStandin

beforeAll(async () => {
  backend = await startArtifactStandin()
  Object.assign(process.env, backend.env, { GITHUB_SERVER_URL: 'https://github.com' })
}, 60_000)

afterAll(async () => {
  await backend?.stop()
})

describe('evidence artifact through the real @actions/artifact client', () => {
  it('uploads evidence, markdown and HTML to the results service and Azurite, with retention', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-art-'))
    cpSync(join(import.meta.dirname, '..', 'fixtures', 'g0'), dir, { recursive: true })
    process.env.GITHUB_WORKSPACE = dir
    const evidence = await runGate('G0', { ssot: 'ssot', data: [{ role: 'good', path: 'data/good.csv' }], options: {} }, { workspaceRoot: dir, context: { mode: 'local' } })
    const files = await writeReportFiles(evidence, join(dir, 'out'))
    const { id, name } = await uploadEvidenceArtifact(evidence, files, 30)
    expect(name).toBe(artifactName(evidence))
    expect(name).toBe(`modelgate-G0-${evidence.subject.data[0]!.sha256.slice(0, 12)}`)
    expect(backend.artifacts).toHaveLength(1)
    expect(backend.artifacts[0]).toMatchObject({ id, name, runBackendId: 'run-backend-1', jobBackendId: 'job-backend-1' })
    expect(backend.artifacts[0]!.hash).toMatch(/^sha256:[0-9a-f]{64}$/)
    const days = (Date.parse(backend.artifacts[0]!.expiresAt!) - Date.now()) / 86_400_000
    expect(days).toBeGreaterThan(29.9)
    expect(days).toBeLessThan(30.1)
    const entries = await backend.download(name)
    expect([...entries.keys()].sort()).toEqual(['G0.evidence.json', 'G0.html', 'G0.md'])
    expect(entries.get('G0.evidence.json')!.equals(readFileSync(files.evidence))).toBe(true)
    expect(JSON.parse(entries.get('G0.evidence.json')!.toString('utf8')).digest.value).toBe(evidence.digest.value)
  })
})
