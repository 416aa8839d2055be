import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect } from 'vitest'
import type { Registry } from '../../src/contract/registry.js'
import type { EvidenceRecord } from '../../src/contract/types.js'
import { digestFile } from '../../src/io/file-digest.js'
import { makeEvidence } from '../support/evidence-fixture.js'
import { MLFLOW_PYTHON } from '../support/python.js'

/** Shared by the SQLite and PostgreSQL tests: the release story through the registry, and MLflow's own client reading it back. */

const FIX = join(import.meta.dirname, '..', 'fixtures', 'g1')
export const OWNER = 'ana-ml'
export const ACTOR = {
  login: 'release-manager',
  runId: '4242',
  runUrl: 'https://github.com/acme/plant/actions/runs/4242',
}

export interface Candidate {
  version: string
  dir: string
  model: string
  card: string
}

const made: string[] = []
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true })
})

/** Removes `dir` after the test file; returns it. */
export function removeAfter(dir: string): string {
  made.push(dir)
  return dir
}

/** A temporary folder, removed after the test file. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

/** A candidate folder: a real ONNX model (copied from the G1 fixtures) and its model card. */
export function candidate(version: string, fixture: string): Candidate {
  const dir = tempDir('mg-mlflow-cand-')
  const model = join(dir, 'model.onnx')
  copyFileSync(join(FIX, fixture), model)
  const card = join(dir, 'MODEL_CARD.md')
  writeFileSync(card, `# Model card ${version}\n\nOwner: ${OWNER}\n`)
  return { version, dir, model, card }
}

export function evidenceFor(
  gate: EvidenceRecord['gate'],
  modelSha: string,
  status: EvidenceRecord['status'] = 'pass',
): EvidenceRecord {
  const base = makeEvidence()
  return makeEvidence({
    gate,
    status,
    subject: {
      ...base.subject,
      model: { role: 'model', path: 'models/model.onnx', sha256: modelSha, bytes: 1 },
      data:
        gate === 'G0'
          ? [{ role: 'training', path: 'data/train.csv', sha256: 'a1'.repeat(32), bytes: 10 }]
          : base.subject.data,
    },
    digest: {
      algorithm: 'sha256',
      canonicalization: 'RFC8785',
      value: `${gate}`
        .toLowerCase()
        .padEnd(64, '7')
        .replace(/[^0-9a-f]/g, 'e'),
    },
  })
}

/** Registers a candidate with its card, attaches passing G0, G1 and G5 evidence (with reports), and promotes it. */
export async function release(registry: Registry, model: string, c: Candidate): Promise<string> {
  const sha = (await digestFile(c.model)).sha256
  const v = await registry.register({
    model,
    version: c.version,
    modelFile: c.model,
    owner: OWNER,
    files: [{ name: 'MODEL_CARD.md', path: c.card }],
    actor: ACTOR,
  })
  expect(v).toMatchObject({ draft: true, modelDigest: sha, state: 'validation' })
  for (const gate of ['G0', 'G1', 'G5'] as const)
    await registry.attachEvidence(
      { model, version: c.version },
      evidenceFor(gate, sha),
      gate === 'G1' ? { markdown: `# ${gate}\n` } : {},
    )
  await registry.promote({ model, version: c.version }, ACTOR, 'G5 passed')
  return sha
}

export interface ReadBack {
  champion: { version: string; tags: Record<string, string> }
  modelTags: Record<string, string>
  versions: Record<
    string,
    {
      tags: Record<string, string>
      aliases: string[]
      source: string
      runId: string
      files: Record<string, string>
    }
  >
}

/** MLflow's own Python client (MlflowClient, mlflow.artifacts) reads back what modelgate wrote. */
export function readBack(uri: string, model: string, env: Record<string, string> = {}): ReadBack {
  const out = execFileSync(
    MLFLOW_PYTHON,
    [join(import.meta.dirname, 'mlflow_readback.py'), uri, model],
    {
      encoding: 'utf8',
      env: { ...process.env, ...env, MLFLOW_ENABLE_ASYNC_LOGGING: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  return JSON.parse(out.trim().split('\n').at(-1)!) as ReadBack
}
