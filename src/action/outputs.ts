import * as core from '@actions/core'
import type { EvidenceRecord } from '../contract/types.js'
import type { ReportFiles } from '../report/files.js'

export interface PublishedIds {
  commentUrl?: string
  checkRunId?: number
  artifactId?: number
}

/** Sets every output the action.yml declares; ids that were not produced are set to ''. */
export function setGateOutputs(
  evidence: EvidenceRecord,
  files: ReportFiles,
  published: PublishedIds,
): void {
  core.setOutput('status', evidence.status)
  core.setOutput('passed', String(evidence.status === 'pass'))
  core.setOutput('evidence-path', files.evidence)
  core.setOutput('evidence-digest', evidence.digest.value)
  core.setOutput('report-path', files.markdown)
  core.setOutput('html-report-path', files.html)
  core.setOutput('comment-url', published.commentUrl ?? '')
  core.setOutput(
    'check-run-id',
    published.checkRunId !== undefined ? String(published.checkRunId) : '',
  )
  core.setOutput(
    'artifact-id',
    published.artifactId !== undefined ? String(published.artifactId) : '',
  )
  setReleaseOutputs(evidence)
}

/**
 * G5's outputs for the deploy step, set only when G5 passed (and so
 * published the release): the release's tag and page, the model digest to
 * deploy, and the tag of the version it replaced (the rollback target).
 * Empty for any other gate or verdict, so a deploy step never picks up a
 * refused release.
 */
function setReleaseOutputs(evidence?: EvidenceRecord): void {
  const release =
    evidence?.gate === 'G5' && evidence.status === 'pass'
      ? (evidence.report.release as Record<string, unknown> | undefined)
      : undefined
  const text = (key: string) => (typeof release?.[key] === 'string' ? release[key] : '')
  core.setOutput('release-url', text('url'))
  core.setOutput('release-tag', text('tag'))
  core.setOutput('model-digest', text('modelDigest'))
  core.setOutput('previous-release-tag', text('previousTag'))
}

/**
 * Outputs for a run that ends in error before its evidence files exist (bad
 * Action inputs, or a report folder that cannot be written): every declared
 * output is set, the digest too when there is evidence.
 */
export function setErrorOutputs(evidence?: EvidenceRecord): void {
  core.setOutput('status', 'error')
  core.setOutput('passed', 'false')
  for (const name of [
    'evidence-path',
    'report-path',
    'html-report-path',
    'comment-url',
    'check-run-id',
    'artifact-id',
  ])
    core.setOutput(name, '')
  core.setOutput('evidence-digest', evidence?.digest.value ?? '')
  setReleaseOutputs()
}
