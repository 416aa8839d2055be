import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { EvidenceRecord } from '../../../src/contract/types.js'
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

// Each test is its own workflow run: the results service refuses a name twice in one run.
beforeEach(() => {
  Object.assign(process.env, backend.newRun())
})

/** G0 evidence: no model, data files with the given digests. */
function g0(...digests: string[]): EvidenceRecord {
  return makeEvidence({
    gate: 'G0',
    gateName: 'Data Quality',
    status: 'pass',
    report: {},
    subject: {
      data: digests.map((sha256, i) => ({
        role: i ? 'holdout' : 'training',
        path: `data/${i}.csv`,
        sha256,
        bytes: 1,
      })),
      artifacts: [],
    },
  })
}

describe('evidence artifact through the real @actions/artifact client, results-service stand-in and Azurite', () => {
  const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12)

  it('is named from the gate, the model digest and the digest of the other judged files', () => {
    // makeEvidence: model ab12cd34ef56..., holdout 9f9f...
    expect(artifactName(makeEvidence())).toBe(`modelgate-G1-ab12cd34ef56-${sha('9f'.repeat(32))}`)
    const { model: _m, ...noModel } = makeEvidence().subject
    expect(artifactName(makeEvidence({ gate: 'G0', subject: noModel }))).toBe(
      `modelgate-G0-none-${sha('9f'.repeat(32))}`,
    )
    // A model and no other file: the digest of the empty list.
    expect(artifactName(makeEvidence({ subject: { ...makeEvidence().subject, data: [] } }))).toBe(
      `modelgate-G1-ab12cd34ef56-${sha('')}`,
    )
  })

  it('names one model judged on different data (or against another baseline) apart, with the model digest as a common prefix', () => {
    const on = (holdout: string, baseline?: string) =>
      artifactName(
        makeEvidence({
          subject: {
            ...makeEvidence().subject,
            data: [{ role: 'holdout', path: 'data/h.csv', sha256: holdout, bytes: 1 }],
            artifacts: baseline
              ? [{ role: 'baseline-model', path: 'models/b.onnx', sha256: baseline, bytes: 1 }]
              : [],
          },
        }),
      )
    const a = 'a1'.repeat(32)
    const b = 'b2'.repeat(32)
    // Before: both were modelgate-G1-ab12cd34ef56, and the second job's upload was refused (409).
    expect(on(a)).not.toBe(on(b))
    expect(on(a, b)).not.toBe(on(a))
    expect(on(a, b)).toBe(`modelgate-G1-ab12cd34ef56-${sha(`${a}\n${b}`)}`)
    for (const name of [on(a), on(b), on(a, b)])
      expect(name.startsWith('modelgate-G1-ab12cd34ef56-')).toBe(true)
  })

  it('names G0 artifacts by their data, predictably and never with a constant', () => {
    const a = 'a1'.repeat(32)
    const b = 'b2'.repeat(32)
    expect(artifactName(g0(a, b))).toBe(`modelgate-G0-none-${sha(`${a}\n${b}`)}`)
    expect(artifactName(g0(b, a))).toBe(artifactName(g0(a, b)))
    expect(artifactName(g0(a))).not.toBe(artifactName(g0(b)))
    // A gate that judged no file at all is named by its evidence digest.
    const none = makeEvidence({ gate: 'G2', subject: { data: [], artifacts: [] } })
    expect(artifactName(none)).toBe(`modelgate-G2-none-${none.digest.value.slice(0, 12)}`)
  })

  it('uploads two G1 jobs on one model with different data in one run', async () => {
    const on = (holdout: string) =>
      makeEvidence({
        subject: {
          ...makeEvidence().subject,
          data: [{ role: 'holdout', path: 'data/h.csv', sha256: holdout, bytes: 1 }],
        },
      })
    const first = on('a1'.repeat(32))
    const second = on('b2'.repeat(32))
    const r1 = await publishEvidence(
      first,
      {
        token: '',
        comment: false,
        checkRun: false,
        artifact: true,
        files: writeWorkspace(first).files,
      },
      prContext(),
    )
    const r2 = await publishEvidence(
      second,
      {
        token: '',
        comment: false,
        checkRun: false,
        artifact: true,
        files: writeWorkspace(second).files,
      },
      prContext(),
    )
    expect([r1.warnings, r2.warnings]).toEqual([[], []])
    expect(r1.artifactName).not.toBe(r2.artifactName)
    expect(backend.conflicts).toEqual([])
    expect(
      JSON.parse(
        (await backend.download(r2.artifactName!)).get('G1.evidence.json')!.toString('utf8'),
      ).subject.data[0].sha256,
    ).toBe('b2'.repeat(32))
  })

  it('uploads two G0 jobs on different data in one run; the same subject twice is refused like the real service does', async () => {
    const first = g0('a1'.repeat(32))
    const second = g0('b2'.repeat(32))
    const r1 = await publishEvidence(
      first,
      {
        token: '',
        comment: false,
        checkRun: false,
        artifact: true,
        files: writeWorkspace(first).files,
      },
      prContext(),
    )
    const r2 = await publishEvidence(
      second,
      {
        token: '',
        comment: false,
        checkRun: false,
        artifact: true,
        files: writeWorkspace(second).files,
      },
      prContext(),
    )
    expect([r1.warnings, r2.warnings]).toEqual([[], []])
    expect(r1.artifactName).not.toBe(r2.artifactName)
    expect(backend.conflicts).toEqual([])
    // The stand-in answers a repeated name as the results service does: 409, which the client does not retry.
    const again = await publishEvidence(
      first,
      {
        token: '',
        comment: false,
        checkRun: false,
        artifact: true,
        files: writeWorkspace(first).files,
      },
      prContext(),
    )
    expect(again.artifactId).toBeUndefined()
    expect(again.warnings).toEqual([
      `modelgate could not upload the evidence artifact: Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run`,
    ])
    expect(backend.conflicts).toEqual([{ name: r1.artifactName, runBackendId: expect.any(String) }])
    backend.conflicts.length = 0
    expect(backend.violations).toEqual([])
  })

  it('uploads evidence, markdown and HTML with the retention asked for; the blob holds the same bytes', async () => {
    const evidence = makeEvidence()
    const { files } = writeWorkspace(evidence)
    const { id, name } = await uploadEvidenceArtifact(evidence, files, 30)
    expect(name).toBe(artifactName(evidence))
    expect(name).toMatch(/^modelgate-G1-ab12cd34ef56-[0-9a-f]{12}$/)
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
    for (const [entry, path] of [
      ['G1.evidence.json', files.evidence],
      ['G1.md', files.markdown],
      ['G1.html', files.html],
    ] as const)
      expect(entries.get(entry)!.equals(readFileSync(path))).toBe(true)
    expect(JSON.parse(entries.get('G1.evidence.json')!.toString('utf8')).digest.value).toBe(
      evidence.digest.value,
    )
    expect(backend.violations).toEqual([])
  })

  it('publishes the artifact first, and the PR comment links to it', async () => {
    const evidence = makeEvidence({ status: 'pass', summary: 'all KPIs met' })
    const { files, workspace } = writeWorkspace(evidence)
    const r = await publishEvidence(
      evidence,
      {
        token: 'ghs_test',
        comment: true,
        checkRun: true,
        artifact: true,
        retentionDays: 7,
        files,
        workspace,
        apiUrl: gh.url,
        client: { backoffMs: 5, writeSpacingMs: 0 },
      },
      prContext(),
    )
    expect(r.warnings).toEqual([])
    expect(r.artifactName).toBe(artifactName(evidence))
    expect(r.artifactId).toBe(backend.artifacts.at(-1)!.id)
    expect(gh.comments[0]!.body).toContain(
      `https://github.com/acme/plant-models/actions/runs/77/artifacts/${r.artifactId}`,
    )
    expect(gh.checkRuns[0]!.conclusion).toBe('success')
    expect(
      (await backend.download(r.artifactName!))
        .get('G1.evidence.json')!
        .equals(readFileSync(files.evidence)),
    ).toBe(true)
    expect(gh.violations).toEqual([])
    expect(backend.violations).toEqual([])
  })
})
