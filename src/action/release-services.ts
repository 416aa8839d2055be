import type { GateServices } from '../engine/gate.js'
import type { GateId, RunContext } from '../contract/types.js'

/**
 * The adapters G5 needs in a workflow run that this entry builds: the REST
 * client over this repository's workflow runs and artifacts (its
 * trusted-origin checks, `permissions: actions: read`). Loaded only for G5,
 * so other gates' bundles stay as they were. The registry and the approvals
 * source are wired by their own modules.
 */
export async function releaseServices(
  gate: GateId,
  context: RunContext,
  token: string,
): Promise<GateServices> {
  if (gate !== 'G5' || context.mode !== 'actions' || !context.repository || !token) return {}
  const [{ createGitHubClient }, { workflowRunsOverRest }] = await Promise.all([
    import('../github/octokit.js'),
    import('../github/workflow-runs.js'),
  ])
  const client = createGitHubClient(token, { log: () => {} })
  return { workflowRuns: workflowRunsOverRest(client, context.repository) }
}
