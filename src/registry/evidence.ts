import { verifyEvidence } from '../engine/evidence.js'
import type { EvidenceRecord } from '../contract/types.js'

export type EvidenceCheck =
  { ok: true; record: EvidenceRecord; problems: [] } | { ok: false; problems: string[] }

/**
 * Verifies evidence read back from a registry before anything trusts it:
 * valid against evidence.schema.json and its digest recomputed over its
 * canonical JSON (engine/evidence.ts `verifyEvidence`, the same check
 * publish-evidence runs). A registry hands evidence back parsed but
 * unverified; every caller passes it through here first.
 */
export function verifyEvidenceRecord(record: unknown, display = 'evidence'): EvidenceCheck {
  const problems = verifyEvidence(record, display)
  return problems.length === 0
    ? { ok: true, record: record as EvidenceRecord, problems: [] }
    : { ok: false, problems }
}

/** File names of a gate's evidence and reports inside a version (the names `writeReportFiles` uses). */
export function evidenceFileNames(gate: string): {
  evidence: string
  markdown: string
  html: string
} {
  return { evidence: `${gate}.evidence.json`, markdown: `${gate}.md`, html: `${gate}.html` }
}
