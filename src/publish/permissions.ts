/** A 403 that means the token lacks a permission (not a rate limit). */
export function isPermissionError(error: unknown): boolean {
  const e = error as { status?: number; message?: string }
  return e.status === 403 && !/rate limit/i.test(e.message ?? '')
}

/** What to add to the workflow for each publishing feature. */
export const REQUIRED_PERMISSION = {
  comment: 'pull-requests: write',
  checkRun: 'checks: write',
} as const

export function permissionWarning(feature: keyof typeof REQUIRED_PERMISSION, what: string): string {
  return `modelgate could not ${what}: the token lacks permission (fork pull requests get a read-only token). Add \`permissions: ${REQUIRED_PERMISSION[feature]}\` to the job to enable it. The gate's verdict, summary and evidence are unaffected.`
}
