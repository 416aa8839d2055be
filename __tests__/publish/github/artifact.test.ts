import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { artifactName, uploadEvidenceArtifact } from '../../../src/publish/github/artifact.js'
import { publishEvidence } from '../../../src/publish/github/publish.js'
import { startArtifactStandin, type ArtifactStandin } from '../../support/artifact-standin.js'
import { makeEvidence, prContext, writeWorkspace } from '../../support/evidence-fixture.js'
import { startGitHubStandin, type GitHubStandin } from '../../support/github-api-standin.js'

let backend: ArtifactStandin
let gh: GitHubStandin

beforeAll(async () => {
  ;[backend, gh] = await Promise.all([startArtifactStandin(), startGitHubStandin()])
  Object.assign(process.env, backend.env)
}, 60_000)

afterAll(async () => {
  await Promise.all([backend?.stop(), gh?.stop()])
})

describe('evidence artifact through the real @actions/artifact client, results-service stand-in and Azurite', () => {
  it('is named from the gate and the model digest', () => {
    expect(artifactName(makeEvidence())).toBe('modelgate-G1-ab12cd34ef56')
    const { model: _m, ...noModel } = makeEvidence().subject
    expect(artifactName(makeEvidence({ gate: 'G0', subject: noModel }))).toBe('modelgate-G0-nomodel')
  })

  it('uploads evidence, markdown and HTML with the retention asked for; the blob holds the same bytes', async () => {
    const evidence = makeEvidence()
    const { files } = writeWorkspace(evidence)
    const { id, name } = await uploadEvidenceArtifact(evidence, files, 30)
    expect(name).toBe('modelgate-G1-ab12cd34ef56')
    const finalized = backend.artifacts.find((a) => a.id === id)!
    expect(finalized).toMatchObject({ name, mimeType: 'application/zip' })
    expect(finalized.hash).toMatch(/^sha256:[0-9a-f]{64}$/)
    const days = (Date.parse(finalized.expiresAt!) - Date.now()) / 86_400_000
    expect(days).toBeGreaterThan(29.9)
    expect(days).toBeLessThan(30.1)
    const zip = await backend.downloadZip(name)
    expect(zip.length).toBe(finalized.size)
    const entries = await backend.download(name)
    expect([...entries.keys()].sort()).toEqual(['G1.evidence.json', 'G1.html', 'G1.md'])
    for (const [entry, path] of [['G1.evidence.json', files.evidence], ['G1.md', files.markdown], ['G1.html', files.html]] as const) expect(entries.get(entry)!.equals(readFileSync(path))).toBe(true)
    expect(JSON.parse(entries.get('G1.evidence.json')!.toString('utf8')).digest.value).toBe(evidence.digest.value)
    expect(backend.violations).toEqual([])
  })

  it('publishes the artifact first, and the PR comment links to it', async () => {
    const evidence = makeEvidence({ status: 'pass', summary: 'all KPIs met' })
    const { files, workspace } = writeWorkspace(evidence)
    const r = await publishEvidence(evidence, { token: 'ghs_test', comment: true, checkRun: true, artifact: true, retentionDays: 7, files, workspace, apiUrl: gh.url, client: { backoffMs: 5, writeSpacingMs: 0 } }, prContext())
    expect(r.warnings).toEqual([])
    expect(r.artifactName).toBe('modelgate-G1-ab12cd34ef56')
    expect(r.artifactId).toBe(backend.artifacts.at(-1)!.id)
    expect(gh.comments[0]!.body).toContain(`https://github.com/acme/plant-models/actions/runs/77/artifacts/${r.artifactId}`)
    expect(gh.checkRuns[0]!.conclusion).toBe('success')
    expect((await backend.download(r.artifactName!)).get('G1.evidence.json')!.equals(readFileSync(files.evidence))).toBe(true)
    expect(gh.violations).toEqual([])
    expect(backend.violations).toEqual([])
  })
})
