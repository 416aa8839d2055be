import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Approval, ApprovalsSource } from '../../../src/approvals/types.js'
import type { Registry, VersionRef } from '../../../src/contract/registry.js'
import type {
  EvidenceRecord,
  GateId,
  GateOutcome,
  RunContext,
  SubjectFile,
} from '../../../src/contract/types.js'
import type { GateServices } from '../../../src/engine/gate.js'
import { buildEvidence } from '../../../src/engine/evidence.js'
import { runGate } from '../../../src/engine/run-gate.js'
import { findGate } from '../../../src/gates/table.js'
import { MemoryRegistry } from '../../support/memory-registry.js'

export const NOW = new Date('2026-12-01T12:00:00Z')
export const MODEL = 'temp-max'
export const REF: VersionRef = { model: MODEL, version: '1.1.0' }
export const TAG = `${MODEL}-v1.1.0`
export const REPOSITORY = 'acme/models'
export const RELEASE_MANAGER = 'rita-rm'
export const AUTHOR = 'ana-ml'

const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex')

export const RISKS = `id,risk,likelihood,impact,mitigation,owner,status
R1,Sensor outage,medium,high,G0 blocks missing values,data-eng,mitigated
R2,Seasonal drift,high,medium,,ml-team,open
`

export const POLICY = {
  $schema: 'https://modelgate.dev/schemas/release.schema.json',
  maxEvidenceAgeDays: 30,
  requireG4: true,
  risk: { blockingImpacts: ['high', 'critical'], openStatuses: ['open'] },
  trustedWorkflows: ['.github/workflows/release.yml'],
}

export const APPROVALS = {
  $schema: 'https://modelgate.dev/schemas/approvals.schema.json',
  roles: {
    'ot-lead': { members: ['luis-ot'] },
    qa: { members: ['carla-qa'] },
    'release-manager': { members: [RELEASE_MANAGER, AUTHOR, 'luis-ot'] },
  },
  gates: {
    G3: { environments: ['ot-qa'], quorum: { 'ot-lead': 1, qa: 1 } },
    G5: { environments: ['production'], quorum: { 'release-manager': 1 }, g5DistinctFromG3: true },
  },
}

/** An environment approval of the `production` environment by `login`. */
export const approval = (login: string, over: Partial<Approval> = {}): Approval => ({
  login,
  bot: false,
  state: 'approved',
  source: 'environment',
  environments: ['production'],
  comment: '',
  ...over,
})

export interface ReleaseWorld {
  root: string
  /** What the approvals double answers: the Release Manager's approval by default. */
  approvals: Approval[]
  registry: MemoryRegistry
  modelDigest: string
  /** Writes a file of the workspace (relative path). */
  write(path: string, text: string): void
  /** Builds a gate's evidence about the released model (or what the test overrides) and attaches it. */
  attach(gate: GateId, over?: EvidenceOverride): Promise<EvidenceRecord>
  evidence(gate: GateId, over?: EvidenceOverride): EvidenceRecord
  runG5(options?: { context?: RunContext; services?: GateServices }): Promise<EvidenceRecord>
}

export interface EvidenceOverride {
  status?: GateOutcome['status']
  modelDigest?: string
  finished?: Date
  context?: RunContext
  report?: Record<string, unknown>
  /** The data files the gate judged (none by default). */
  data?: SubjectFile[]
}

/** The workspace G5 runs in (ssot/, the model, its card) and a registry holding candidate 1.1.0 with passing G0 to G4. */
export async function releaseWorld(
  options: { withEvidence?: boolean; context?: RunContext } = {},
): Promise<ReleaseWorld> {
  const root = mkdtempSync(join(tmpdir(), 'mg-g5-'))
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  const model = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../template/ssot/model.json'), 'utf8'),
  ) as Record<string, unknown>
  write(
    'ssot/model.json',
    JSON.stringify({
      ...model,
      name: MODEL,
      version: REF.version,
      owner: { name: 'Ana Pérez', email: 'ana@example.com', github: AUTHOR },
      paths: { model: 'models/m.onnx', modelCard: 'MODEL_CARD.md' },
    }),
  )
  write('ssot/release.json', JSON.stringify(POLICY))
  write('ssot/risk_register.csv', RISKS)
  write('ssot/approvals.json', JSON.stringify(APPROVALS))
  write('models/m.onnx', 'the model bytes v1.1.0')
  write('MODEL_CARD.md', '# Model card\n')
  const registry = new MemoryRegistry()
  registry.now = () => NOW.toISOString()
  await registry.register({
    ...REF,
    modelFile: join(root, 'models/m.onnx'),
    owner: 'Ana Pérez',
    files: [{ name: 'MODEL_CARD.md', path: join(root, 'MODEL_CARD.md') }],
    actor: { login: AUTHOR },
  })
  const modelDigest = sha(readFileSync(join(root, 'models/m.onnx')))
  // The anchor `modelgate candidate` writes beside the model.
  registry.put(
    REF,
    'modelgate-version.json',
    JSON.stringify({
      schemaVersion: 1,
      ...REF,
      modelFile: 'm.onnx',
      modelDigest,
      owner: { name: 'Ana Pérez', email: 'ana@example.com' },
      registeredAt: NOW.toISOString(),
    }),
  )
  const card = readFileSync(join(root, 'MODEL_CARD.md'))
  const baseContext = options.context ?? { mode: 'local' }
  const evidence = (gate: GateId, over: EvidenceOverride = {}): EvidenceRecord => {
    const digest = over.modelDigest ?? modelDigest
    const finished = over.finished ?? new Date(NOW.getTime() - 86_400_000)
    const report =
      over.report ??
      (gate === 'G3'
        ? { approvals: { counted: [{ login: 'luis-ot' }, { login: 'carla-qa' }] } }
        : gate === 'G2'
          ? {
              manifest: [
                { path: 'models/m.onnx', role: 'model', sha256: digest, bytes: 22 },
                {
                  path: 'MODEL_CARD.md',
                  role: 'model-card',
                  sha256: sha(card),
                  bytes: card.length,
                },
              ],
            }
          : {})
    return buildEvidence(
      gate,
      {
        status: over.status ?? 'pass',
        summary: `${gate} ok`,
        subject: {
          model: { role: 'model', path: 'models/m.onnx', sha256: digest, bytes: 22 },
          data: over.data ?? [],
          artifacts: [],
        },
        checks: [],
        problems: [],
        report,
      },
      over.context ?? baseContext,
      new Date(finished.getTime() - 1000),
      finished,
    )
  }
  const approvals: Approval[] = [approval(RELEASE_MANAGER)]
  const approvalsSource: ApprovalsSource = {
    kind: 'github',
    collect: async () => ({
      source: 'environment',
      tried: [{ source: 'environment', found: `${approvals.length} approvals` }],
      approvals: structuredClone(approvals),
      authors: [],
    }),
    teamMembers: async () => [],
  }
  const world: ReleaseWorld = {
    root,
    approvals,
    registry,
    modelDigest,
    write,
    evidence,
    async attach(gate, over) {
      const e = evidence(gate, over)
      registry.put(REF, `${gate}.evidence.json`, JSON.stringify(e, null, 2))
      return e
    },
    runG5: ({ context, services } = {}) =>
      runGate(
        'G5',
        { ssot: 'ssot', data: [], options: {} },
        {
          gates: findGate,
          workspaceRoot: root,
          context: context ?? { mode: 'local' },
          now: () => NOW,
          services: { registry: registry as Registry, approvals: approvalsSource, ...services },
        },
      ),
  }
  if (options.withEvidence !== false)
    for (const gate of ['G0', 'G1', 'G2', 'G3', 'G4'] as const) await world.attach(gate)
  registry.writes.length = 0
  return world
}
