import type { ModelVersion, VersionRef } from '../../contract/registry.js'
import type { Check } from '../../contract/types.js'
import { releaseTag as tagOf } from '../../registry/lifecycle.js'

/** The release tag of a version: `<model name>-v<version>`, as every registry backend names it. */
export function releaseTag(ref: VersionRef): string {
  return tagOf(ref.model, ref.version)
}

/** What the deploy step needs, recorded in the evidence (`report.release`) and set as Action outputs. */
export interface ReleaseRecord {
  model: string
  version: string
  tag: string
  modelDigest: string
  /** The version in production before this release: the rollback target. */
  previousVersion: string | null
  previousTag: string | null
  /** The release's page once published (GitHub: <server>/<repo>/releases/tag/<tag>); the version's own URL otherwise. */
  url: string | null
}

export function releaseReport(
  ref: VersionRef,
  version: ModelVersion,
  production: ModelVersion | undefined,
  publishedUrl?: string,
): ReleaseRecord {
  return {
    model: ref.model,
    version: ref.version,
    tag: releaseTag(ref),
    modelDigest: version.modelDigest,
    previousVersion: production?.version ?? null,
    previousTag: production ? releaseTag(production) : null,
    url: publishedUrl ?? version.url ?? null,
  }
}

/** The checklist as a table: one row per named check. */
export function checklistTable(checks: Check[]) {
  return {
    title: 'Release checklist',
    columns: ['check', 'status', 'value', 'why'],
    rows: checks.map((c) => [
      c.id,
      c.status,
      c.value === null ? '' : String(c.value),
      c.message ?? '',
    ]),
  }
}

/** The release record of a G5 evidence report, when it carries a well-formed one. */
export function readReleaseRecord(report: Record<string, unknown>): ReleaseRecord | undefined {
  const r = report.release as Partial<ReleaseRecord> | undefined
  return r &&
    typeof r.tag === 'string' &&
    typeof r.model === 'string' &&
    typeof r.version === 'string'
    ? (r as ReleaseRecord)
    : undefined
}
