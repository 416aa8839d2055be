import * as core from '@actions/core'
import { formatProblem, toProblems } from '../contract/errors.js'
import type { GateServices } from '../engine/gate.js'
import type { GateId, RunContext } from '../contract/types.js'

/**
 * The adapters G5 needs in a workflow run, beside the approvals source: the
 * model registry the `registry` input names (GitHub Releases by default),
 * which holds the candidate it releases, and the REST client over this
 * repository's workflow runs and artifacts for its trusted-origin checks
 * (`permissions: actions: read`). Loaded only for G5. A registry that cannot
 * be opened is reported, and G5 then says it has none (error, never a pass).
 */
export async function releaseServices(
  gate: GateId,
  context: RunContext,
  token: string,
): Promise<GateServices> {
  if (gate !== 'G5' || context.mode !== 'actions' || !context.repository) return {}
  const services: GateServices = {}
  try {
    const { registryFromInputs } = await import('./registry-action.js')
    const registry = await registryFromInputs('github')
    if (registry) services.registry = registry
  } catch (error) {
    for (const p of toProblems(error)) core.error(`registry: ${formatProblem(p)}`)
  }
  if (!token) return services
  const [{ createGitHubClient }, { workflowRunsOverRest }] = await Promise.all([
    import('../github/octokit.js'),
    import('../github/workflow-runs.js'),
  ])
  const client = createGitHubClient(token, { log: (m) => core.info(m) })
  return { ...services, workflowRuns: workflowRunsOverRest(client, context.repository) }
}
