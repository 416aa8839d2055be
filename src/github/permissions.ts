/** What each publishing feature needs in the workflow's `permissions:` block. */
export const REQUIRED_PERMISSION = {
  comment: 'pull-requests: write',
  checkRun: 'checks: write',
} as const

export type PermissionFeature = keyof typeof REQUIRED_PERMISSION

/**
 * A 403 that means the token lacks a permission, as GitHub words it for
 * GITHUB_TOKEN ("Resource not accessible by integration") and fine-grained
 * tokens ("... by personal access token"). Rate-limit 403s are not.
 */
export function isPermissionError(error: unknown): boolean {
  const e = error as { status?: number; message?: string }
  if (e?.status !== 403) return false
  const message = e.message ?? ''
  return (
    !/rate limit/i.test(message) &&
    (/not accessible by/i.test(message) || /permission/i.test(message) || message === '')
  )
}

/**
 * What to do about a missing permission. On a pull request from a fork the
 * token is read-only whatever the workflow's `permissions:` say, so the
 * warning also names what does help there: a follow-up workflow on
 * `workflow_run`, which runs in the base repository with its own token.
 */
export function permissionWarning(feature: PermissionFeature, what: string): string {
  return (
    `modelgate could not ${what}: the token lacks permission. In a job of this repository, add \`permissions: ${REQUIRED_PERMISSION[feature]}\` to enable it. ` +
    `On a pull request from a fork the token is read-only whatever the workflow asks; publish from a follow-up workflow triggered by \`workflow_run\` instead ` +
    `(see "Pull requests from forks" in modelgate's docs/publishing.md). The gate's verdict, summary and evidence artifact are unaffected.`
  )
}

/**
 * Collects publishing warnings, saying each missing permission once however
 * many requests it made fail (a read-only token fails every write alike).
 */
export class PublishWarnings {
  readonly list: string[] = []
  private readonly seen = new Set<PermissionFeature>()

  /** Records why `what` failed; a permission problem is explained once per feature. */
  add(what: string, error: unknown, feature?: PermissionFeature): void {
    if (feature && isPermissionError(error)) {
      if (this.seen.has(feature)) return
      this.seen.add(feature)
      this.list.push(permissionWarning(feature, what))
      return
    }
    const e = error as { status?: number; message?: string }
    this.list.push(
      `modelgate could not ${what}${e?.status ? ` (HTTP ${e.status})` : ''}: ${e?.message ?? String(error)}`,
    )
  }
}
