import { InputError } from '../contract/errors.js'
import type { ArtifactInfo, WorkflowRunInfo, WorkflowRuns } from '../contract/workflow-runs.js'
import type { GitHubClient } from './octokit.js'
import { isPermissionError } from './permissions.js'

/** What G5's origin checks need in the workflow's `permissions:` block. */
const WORKFLOW_RUNS_PERMISSION = 'actions: read'

/**
 * WorkflowRuns over the REST API: `GET /repos/{o}/{r}`, `GET .../actions/runs/{id}`,
 * `GET .../actions/runs/{id}/artifacts` and the artifact's zip. A missing
 * permission is an InputError naming the `permissions:` line that grants it.
 */
export function workflowRunsOverRest(client: GitHubClient, repository: string): WorkflowRuns {
  const [owner, repo] = repository.split('/') as [string, string]
  const denied = (error: unknown, what: string): never => {
    if (isPermissionError(error))
      throw new InputError({
        message: `G5 cannot read ${what}: the token lacks permission`,
        expected: `\`permissions: ${WORKFLOW_RUNS_PERMISSION}\` (and contents: read) on the G5 job`,
        found: 'HTTP 403',
      })
    throw error
  }
  return {
    repository,
    async defaultBranch() {
      const { data } = await client.rest.repos
        .get({ owner, repo })
        .catch((e: unknown) => denied(e, `repository ${repository}`))
      return data.default_branch
    },
    async run(runId): Promise<WorkflowRunInfo | undefined> {
      const id = Number(runId)
      if (!Number.isSafeInteger(id) || id <= 0) return undefined
      try {
        const { data } = await client.rest.actions.getWorkflowRun({ owner, repo, run_id: id })
        return {
          id: data.id,
          path: data.path,
          event: data.event,
          headBranch: data.head_branch,
          headSha: data.head_sha,
          repository: data.repository.full_name,
          headRepository: data.head_repository?.full_name ?? null,
          htmlUrl: data.html_url,
        }
      } catch (error) {
        if ((error as { status?: number }).status === 404) return undefined
        return denied(error, `workflow run ${runId}`)
      }
    },
    async artifacts(runId): Promise<ArtifactInfo[]> {
      try {
        const all = await client.paginate(client.rest.actions.listWorkflowRunArtifacts, {
          owner,
          repo,
          run_id: Number(runId),
          per_page: 100,
        })
        return all.map((a) => ({
          id: a.id,
          name: a.name,
          digest: a.digest ?? null,
          expired: a.expired,
          sizeInBytes: a.size_in_bytes,
        }))
      } catch (error) {
        if ((error as { status?: number }).status === 404) return []
        return denied(error, `the artifacts of run ${runId}`)
      }
    },
    async downloadArtifact(artifactId) {
      const { data } = await client.rest.actions
        .downloadArtifact({ owner, repo, artifact_id: artifactId, archive_format: 'zip' })
        .catch((e: unknown) => denied(e, `artifact ${artifactId}`))
      return new Uint8Array(data as ArrayBuffer)
    },
  }
}
