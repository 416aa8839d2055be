import type { Actor, Registry } from '../../contract/registry.js'
import type { EvidenceRecord } from '../../contract/types.js'
import { renderHtml } from '../../report/html.js'
import { renderMarkdown } from '../../report/markdown.js'
import { readReleaseRecord } from './report.js'

/**
 * After a pass: attach the G5 evidence and its checklist reports to the
 * candidate while it is still a draft (published releases are immutable),
 * then publish it and move the production pointer. The registry records the
 * version it replaces in the promotion's history (the rollback target).
 */
export async function promoteRelease(
  registry: Registry,
  evidence: EvidenceRecord,
  actor: Actor,
): Promise<void> {
  const release = readReleaseRecord(evidence.report)
  if (!release) throw new Error('G5 evidence without a release record')
  const ref = { model: release.model, version: release.version }
  await registry.attachEvidence(ref, evidence, {
    markdown: renderMarkdown(evidence),
    html: renderHtml(evidence),
  })
  await registry.promote(
    ref,
    actor,
    `G5 passed (evidence ${evidence.digest.value})${release.previousVersion ? `; replaces ${release.previousVersion}, the rollback target` : ''}`,
  )
}
