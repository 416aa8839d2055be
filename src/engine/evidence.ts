import { assertValid } from '../ssot/schema-registry.js'
import { TOOL_VERSION } from '../version.js'
import { canonicalize, sha256Hex } from '../contract/canonical-json.js'
import { gateInfo } from './catalogue.js'
import type {
  EvidenceRecord,
  GateId,
  GateOutcome,
  RunContext,
  UnsignedEvidence,
} from '../contract/types.js'

export const EVIDENCE_SCHEMA_ID = 'https://modelgate.dev/schemas/evidence.schema.json'

/** Digest of an evidence record: sha256 over the RFC 8785 canonical JSON of the record without `digest`. */
export function evidenceDigest(record: UnsignedEvidence | EvidenceRecord): string {
  const { digest: _digest, ...rest } = record as EvidenceRecord
  return sha256Hex(canonicalize(rest))
}

/** Assembles, digests and schema-validates the evidence for one gate run. */
export function buildEvidence(
  gate: GateId,
  outcome: GateOutcome,
  context: RunContext,
  started: Date,
  finished: Date,
): EvidenceRecord {
  const unsigned: UnsignedEvidence = {
    $schema: EVIDENCE_SCHEMA_ID,
    schemaVersion: 1,
    gate,
    gateName: gateInfo(gate).name,
    status: outcome.status,
    summary: outcome.summary,
    subject: outcome.subject,
    checks: outcome.checks,
    problems: outcome.problems,
    report: outcome.report,
    context,
    timing: {
      startedAt: started.toISOString(),
      finishedAt: finished.toISOString(),
      durationMs: finished.getTime() - started.getTime(),
    },
    tool: { name: 'modelgate', version: TOOL_VERSION },
  }
  // Round-trip through JSON so that undefined members and non-finite numbers cannot change the digest later.
  const plain = JSON.parse(
    JSON.stringify(unsigned, (_k, v: unknown) =>
      typeof v === 'number' && !Number.isFinite(v) ? null : v,
    ),
  ) as UnsignedEvidence
  const record: EvidenceRecord = {
    ...plain,
    digest: { algorithm: 'sha256', canonicalization: 'RFC8785', value: evidenceDigest(plain) },
  }
  return assertValid<EvidenceRecord>('evidence', record, `${gate}.evidence.json`)
}

/** Checks a record read back from disk: schema and digest. Returns the problems found. */
export function verifyEvidence(record: unknown, file: string): string[] {
  try {
    const r = assertValid<EvidenceRecord>('evidence', record, file)
    const expected = evidenceDigest(r)
    return expected === r.digest.value
      ? []
      : [`${file}: digest mismatch (recorded ${r.digest.value}, computed ${expected})`]
  } catch (error) {
    return [(error as Error).message]
  }
}
