import type { ApprovalJudgement } from './judge.js'
import { SOURCE_LABEL, type Author, type CollectedApprovals } from './types.js'

/** A report table, as src/report renders them (every cell escaped there). */
export interface ApprovalTable {
  title: string
  columns: string[]
  rows: (string | number | null)[][]
}

/**
 * The sign-off tables a reader of the PR comment needs at a glance: each
 * role with its count and who is missing, who signed for which role, and
 * every decision that did not count with the reason.
 */
export function approvalTables(j: ApprovalJudgement, c: CollectedApprovals): ApprovalTable[] {
  const tables: ApprovalTable[] = [
    {
      title: `Sign-off by role (source: ${SOURCE_LABEL[c.source]})`,
      columns: ['role', 'approvals', 'needed', 'approved by', 'still missing', 'members'],
      rows: j.roles.map((r) => [
        r.role,
        r.counted,
        r.needed,
        r.who.join(', '),
        r.counted >= r.needed ? '' : `${r.role}: ${r.counted} of ${r.needed}`,
        r.members.join(', '),
      ]),
    },
  ]
  if (j.counted.length > 0)
    tables.push({
      title: 'Approvals that count',
      columns: ['login', 'user id', 'role', 'source', 'environment', 'commit', 'when', 'comment'],
      rows: j.counted.map((a) => [
        a.login,
        a.userId,
        a.alsoListedIn.length ? `${a.role} (also listed in ${a.alsoListedIn.join(', ')})` : a.role,
        a.source,
        a.environment,
        a.commit,
        a.at,
        a.comment,
      ]),
    })
  if (j.notCounted.length > 0)
    tables.push({
      title: 'Not counted',
      columns: ['login', 'state', 'source', 'reason', 'comment'],
      rows: j.notCounted.map((a) => [a.login, a.state, a.source, a.reason, a.comment]),
    })
  return tables
}

/** The evidence's record of the sign-off: who counted, who did not and why, who authored. */
export function approvalRecord(
  j: ApprovalJudgement,
  c: CollectedApprovals,
  extra: Record<string, unknown>,
): Record<string, unknown> {
  return {
    source: c.source,
    tried: c.tried,
    ...(c.file ? { file: c.file } : {}),
    pullRequest: c.pullRequest ?? null,
    reviewCommit: c.reviewCommit ?? null,
    ...extra,
    roles: j.roles,
    counted: j.counted,
    notCounted: j.notCounted,
    authors: c.authors.map((a: Author) => ({
      login: a.login ?? null,
      name: a.name ?? null,
      email: a.email ?? null,
      because: a.because,
    })),
    authorsUnknown: c.authorsUnknown ?? null,
  }
}
