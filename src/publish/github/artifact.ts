import { DefaultArtifactClient } from '@actions/artifact'
import { createHash } from 'node:crypto'
import { dirname } from 'node:path'
import type { EvidenceRecord } from '../../engine/types.js'

export interface EvidenceFiles {
  evidence: string
  markdown: string
  html: string
}

/**
 * The artifact name later gates and releases look for: `modelgate-<gate>-`
 * and the first 12 hex digits of the subject's digest. That is the model's
 * sha256 when the gate judged a model. Otherwise (G0 judges data) it is the
 * sha256 of the judged files' sha256 values, sorted and joined by newlines,
 * so two jobs of one gate on different data never collide in a run (the
 * results service refuses a second artifact of the same name). With no file
 * at all (a gate that could not judge) it is the evidence digest.
 */
export function artifactName(evidence: Pick<EvidenceRecord, 'gate' | 'subject' | 'digest'>): string {
  return `modelgate-${evidence.gate}-${subjectDigest(evidence).slice(0, 12)}`
}

export function subjectDigest(evidence: Pick<EvidenceRecord, 'subject' | 'digest'>): string {
  const { model, data, artifacts } = evidence.subject
  if (model) return model.sha256
  const files = [...new Set([...data, ...artifacts].map((f) => f.sha256))].sort()
  if (files.length === 0) return evidence.digest.value
  return createHash('sha256').update(files.join('\n')).digest('hex')
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
