import { DefaultArtifactClient } from '@actions/artifact'
import { createHash } from 'node:crypto'
import { dirname } from 'node:path'
import type { EvidenceRecord } from '../../contract/types.js'

export interface EvidenceFiles {
  evidence: string
  markdown: string
  html: string
}

/**
 * The artifact name, unique per gate and subject and computable from the
 * judged files: `modelgate-<gate>-<model>-<files>`, where `<model>` is the
 * first 12 hex digits of the model's sha256 (`none` when the gate judged no
 * model) and `<files>` the first 12 hex digits of the sha256 of every other
 * judged file's sha256 (data, baseline model, signatures, reports), sorted,
 * de-duplicated and joined by `\n` (the sha256 of the empty string when
 * there is none). Two jobs of one gate on the same model but different data
 * in one workflow run get two names (the results service refuses a second
 * artifact of the same name), and a later gate or a rollback that knows the
 * model digest finds every artifact of a gate by the prefix
 * `modelgate-<gate>-<model>-`. A gate that judged no file at all is named
 * `modelgate-<gate>-none-` and its evidence digest.
 */
export function artifactName(
  evidence: Pick<EvidenceRecord, 'gate' | 'subject' | 'digest'>,
): string {
  const { model, data, artifacts } = evidence.subject
  const others = [...new Set([...data, ...artifacts].map((f) => f.sha256))].sort()
  const files =
    !model && others.length === 0
      ? evidence.digest.value
      : createHash('sha256').update(others.join('\n')).digest('hex')
  return `modelgate-${evidence.gate}-${model ? model.sha256.slice(0, 12) : 'none'}-${files.slice(0, 12)}`
}

/** Uploads the evidence JSON, markdown and HTML report with the official artifact client. */
export async function uploadEvidenceArtifact(
  evidence: EvidenceRecord,
  files: EvidenceFiles,
  retentionDays?: number,
): Promise<{ id: number; name: string }> {
  const name = artifactName(evidence)
  const client = new DefaultArtifactClient()
  const { id } = await client.uploadArtifact(
    name,
    [files.evidence, files.markdown, files.html],
    commonDir(files),
    retentionDays ? { retentionDays } : {},
  )
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
