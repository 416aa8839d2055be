import { DefaultArtifactClient } from '@actions/artifact'
import { dirname } from 'node:path'
import type { EvidenceRecord } from '../../engine/types.js'

export interface EvidenceFiles {
  evidence: string
  markdown: string
  html: string
}

/**
 * The artifact name later gates and releases look for: the gate and the
 * first 12 hex digits of the model digest, or `nomodel` when the gate judged
 * no model (G0 judges data).
 */
export function artifactName(evidence: Pick<EvidenceRecord, 'gate' | 'subject'>): string {
  const sha = evidence.subject.model?.sha256
  return `modelgate-${evidence.gate}-${sha ? sha.slice(0, 12) : 'nomodel'}`
}

/** Uploads the evidence JSON, markdown and HTML report with the official artifact client. */
export async function uploadEvidenceArtifact(evidence: EvidenceRecord, files: EvidenceFiles, retentionDays?: number): Promise<{ id: number; name: string }> {
  const name = artifactName(evidence)
  const client = new DefaultArtifactClient()
  const { id } = await client.uploadArtifact(name, [files.evidence, files.markdown, files.html], commonDir(files), retentionDays ? { retentionDays } : {})
  if (id === undefined) throw new Error('the artifact service returned no artifact id')
  return { id, name }
}

/** The deepest folder holding all three files (they are normally side by side). */
function commonDir(files: EvidenceFiles): string {
  const dirs = [files.evidence, files.markdown, files.html].map((f) => dirname(f).split(/[\\/]/))
  const first = dirs[0]!
  let n = first.length
  for (const d of dirs) {
    let i = 0
    while (i < n && d[i] === first[i]) i++
    n = i
  }
  return first.slice(0, n).join('/') || '/'
}
