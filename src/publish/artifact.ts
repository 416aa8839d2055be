import { DefaultArtifactClient } from '@actions/artifact'
import { dirname } from 'node:path'
import type { EvidenceRecord } from '../engine/types.js'
import type { ReportFiles } from '../io/report-files.js'

/**
 * The artifact name later gates and releases look for: the gate and the
 * first 12 hex digits of the model digest (or of the first data file when
 * the gate judged no model).
 */
export function artifactName(evidence: EvidenceRecord): string {
  const subject = evidence.subject.model ?? evidence.subject.data[0]
  return `modelgate-${evidence.gate}-${subject ? subject.sha256.slice(0, 12) : 'nosubject'}`
}

/** Uploads the evidence, markdown and HTML report with the official artifact client. */
export async function uploadEvidenceArtifact(evidence: EvidenceRecord, files: ReportFiles, retentionDays?: number): Promise<{ id: number; name: string }> {
  const name = artifactName(evidence)
  const client = new DefaultArtifactClient()
  const { id } = await client.uploadArtifact(name, [files.evidence, files.markdown, files.html], dirname(files.evidence), retentionDays ? { retentionDays } : {})
  if (id === undefined) throw new Error('the artifact service returned no artifact id')
  return { id, name }
}
