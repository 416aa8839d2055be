import { InputError } from '../contract/errors.js'
import { readJsonFile } from '../ssot/json-file.js'
import { assertValid } from '../ssot/schema-registry.js'
import { gitAuthors } from './git-authors.js'
import type { Approval, ApprovalsRequest, ApprovalsSource, CollectedApprovals } from './types.js'

/** A sign-off file, as validated by ssot/schemas/signoff.schema.json. */
export interface SignoffFile {
  description?: string
  approvals: {
    login: string
    userId?: number
    email?: string
    type?: 'User' | 'Bot'
    state: 'approved' | 'rejected'
    gate?: 'G3' | 'G5'
    environment?: string
    at?: string
    comment?: string
    model?: string
  }[]
}

/** Parses a sign-off file's content into approvals (source `file`). */
export function parseSignoff(data: unknown, display: string): Approval[] {
  const file = assertValid<SignoffFile>('signoff', data, display)
  return file.approvals.map((a) => ({
    login: a.login,
    ...(a.userId !== undefined ? { userId: a.userId } : {}),
    bot: a.type === 'Bot' || a.login.endsWith('[bot]'),
    state: a.state,
    source: 'file' as const,
    ...(a.environment !== undefined ? { environments: [a.environment] } : {}),
    ...(a.gate !== undefined ? { gate: a.gate } : {}),
    ...(a.at !== undefined ? { at: a.at } : {}),
    ...(a.model !== undefined ? { model: a.model } : {}),
    ...(a.email !== undefined ? { email: a.email } : {}),
    comment: a.comment ?? '',
  }))
}

/**
 * Approvals from a sign-off file (the CLI's --approvals FILE, the Action's
 * approvals input); the model's authors from `git log` where the
 * repository is. Teams cannot be resolved without GitHub.
 */
export function fileApprovalsSource(absolute: string, display: string): ApprovalsSource {
  return {
    kind: 'file',
    async collect(request: ApprovalsRequest): Promise<CollectedApprovals> {
      const approvals = parseSignoff(await readJsonFile(absolute, display), display)
      const git = await gitAuthors(request.repoRoot, request.authorPaths, request.authorCommits)
      return {
        source: 'file',
        tried: [{ source: 'file', found: `${approvals.length} entries in ${display}` }],
        approvals,
        authors: git.authors,
        ...(git.unknown !== undefined ? { authorsUnknown: git.unknown } : {}),
        file: display,
      }
    },
    teamMembers(org: string, slug: string): Promise<string[]> {
      return Promise.reject(
        new InputError({
          message: `a sign-off file cannot resolve team:${org}/${slug} (there is no GitHub token locally)`,
        }),
      )
    },
  }
}
