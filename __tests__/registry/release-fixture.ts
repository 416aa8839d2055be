import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { sha256Hex } from '../../src/contract/canonical-json.js'
import type { Actor, Registry } from '../../src/contract/registry.js'
import type { EvidenceRecord, GateId, RunContext, SubjectFile } from '../../src/contract/types.js'
import { buildEvidence } from '../../src/engine/evidence.js'
import { writeReportFiles } from '../../src/report/files.js'
import { attachGateEvidence, registerCandidate } from '../../src/registry/candidate.js'
import { releaseReport, VERSION_FILE, type VersionDescriptor } from '../../src/registry/chain.js'

const TEMPLATE = join(import.meta.dirname, '..', '..', 'template')

/** A workspace with the template's ssot/model.json at `version`, its own model bytes and the template's data. */
export function makeWorkspace(dir: string, version: string, modelBytes: string): string {
  cpSync(join(TEMPLATE, 'ssot'), join(dir, 'ssot'), { recursive: true })
  mkdirSync(join(dir, 'models'), { recursive: true })
  const model = JSON.parse(readFileSync(join(TEMPLATE, 'ssot', 'model.json'), 'utf8'))
  model.version = version
  writeFileSync(join(dir, 'ssot', 'model.json'), JSON.stringify(model, null, 2))
  writeFileSync(join(dir, 'models', 'temp_max.onnx'), modelBytes)
  writeFileSync(join(dir, 'MODEL_CARD.md'), `# Model card ${version}\n`)
  cpSync(join(TEMPLATE, 'data'), join(dir, 'data'), { recursive: true })
  return dir
}

function fileOf(dir: string, path: string, role: string): SubjectFile {
  const bytes = readFileSync(join(dir, path))
  return { role, path, sha256: sha256Hex(bytes), bytes: bytes.length }
}

/** Evidence of one gate as the real gates shape their subjects (G2's manifest, G3's approvals, G5's chain). */
export function gateEvidence(
  dir: string,
  gate: GateId,
  context: RunContext,
  at: Date,
  extra: {
    chain?: Partial<Record<GateId, EvidenceRecord>>
    descriptor?: VersionDescriptor
    status?: 'pass' | 'fail'
    /** G5: the files the version held when G5 judged it (as the real G5's subject). */
    artifacts?: SubjectFile[]
  } = {},
): EvidenceRecord {
  const model = fileOf(dir, 'models/temp_max.onnx', 'model')
  const card = fileOf(dir, 'MODEL_CARD.md', 'model-card')
  const data = gate === 'G0' || gate === 'G1' ? [fileOf(dir, 'data/holdout.csv', 'holdout')] : []
  const report: Record<string, unknown> =
    gate === 'G2'
      ? { manifest: [model, card].map((f) => ({ ...f, keyId: 'release', method: 'cosign' })) }
      : gate === 'G3'
        ? { approvals: [{ login: 'qa-lead', role: 'QA', at: at.toISOString() }] }
        : gate === 'G5'
          ? releaseReport(extra.chain ?? {}, extra.descriptor!)
          : {}
  return buildEvidence(
    gate,
    {
      status: extra.status ?? 'pass',
      summary: `${gate} ok`,
      subject: { ...(gate === 'G0' ? {} : { model }), data, artifacts: extra.artifacts ?? [] },
      checks: [],
      problems: [],
      report,
    },
    context,
    at,
    at,
  )
}

/**
 * Candidate + G0..G5 attached (G5 referencing G0..G4): a version ready to
 * promote. Evidence the version already holds (a real gate run with
 * --attach) is kept and referenced.
 */
export async function releaseVersion(
  registry: Registry,
  dir: string,
  context: RunContext,
  at: Date,
  actor: Actor,
  options: { skipG5?: boolean } = {},
): Promise<Partial<Record<GateId, EvidenceRecord>>> {
  const { version } = await registerCandidate({
    registry,
    workspaceRoot: dir,
    ssotPath: 'ssot',
    actor,
    now: () => at,
  })
  const descriptorPath = join(dir, 'downloaded-version.json')
  await registry.download(version, VERSION_FILE, descriptorPath)
  const descriptor = JSON.parse(readFileSync(descriptorPath, 'utf8')) as VersionDescriptor
  const records: Partial<Record<GateId, EvidenceRecord>> = {}
  const gates: GateId[] = ['G0', 'G1', 'G2', 'G3', 'G4', ...(options.skipG5 ? [] : ['G5' as const])]
  for (const gate of gates) {
    const held = await registry.readEvidence(version, gate)
    if (held) {
      records[gate] = held
      continue
    }
    const held5 = gate === 'G5' ? (await registry.version(version))!.files : []
    const artifacts = held5.map((f) => ({
      role: 'release-file',
      path: `${version.model}-v${version.version}/${f.name}`,
      sha256: f.sha256,
      bytes: f.bytes,
    }))
    const e = gateEvidence(dir, gate, context, at, { chain: records, descriptor, artifacts })
    records[gate] = e
    const files = await writeReportFiles(e, join(dir, 'reports'))
    await attachGateEvidence({ registry, workspaceRoot: dir, ssotPath: 'ssot', evidence: e, files })
  }
  return records
}
