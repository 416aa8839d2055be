import type { GateContext } from '../../engine/gate.js'
import type { GateApprovalPolicy } from '../../approvals/config.js'
import type { ApprovalsRequest, Author } from '../../approvals/types.js'
import type { ModelConfig } from '../../ssot/model-config.js'

/**
 * What G3 asks its approval source for: the environments, and the paths
 * whose latest commits name the model's authors (the model file, ssot/ and
 * any authorPaths), relative to the repository and absolute for git.
 */
export function approvalsRequest(
  ctx: GateContext,
  policy: GateApprovalPolicy,
  modelPath: string,
  modelSha256: string,
): ApprovalsRequest {
  const paths = [
    modelPath,
    ctx.ssot.dir,
    ...policy.authorPaths.map((p, i) =>
      ctx.ssot.resolveRepoPath(
        p,
        'author path',
        `/separationOfDuties/authorPaths/${i}`,
        'approvals.json',
      ),
    ),
  ]
  return {
    gate: policy.gate,
    environments: policy.environments,
    authorPaths: [...new Set(paths)].map((absolute) => ({
      path: ctx.workspace.display(absolute),
      absolute,
    })),
    repoRoot: ctx.ssot.repoRoot,
    authorCommits: policy.authorCommits,
    modelSha256: `sha256:${modelSha256}`,
    environmentsPointer: { file: policy.file, pointer: `/gates/${policy.gate}/environments` },
  }
}

/** The model's owner (ssot/model.json owner.github) is its author: they never approve it. */
export function ownerAsAuthor(model: ModelConfig, modelFile: string): Author | undefined {
  const owner = model.owner as { github?: string; email?: string; name?: string }
  if (!owner.github && !owner.email) return undefined
  return {
    ...(owner.github ? { login: owner.github } : {}),
    ...(owner.email ? { email: owner.email } : {}),
    because: `the model's owner in ${modelFile}`,
  }
}
