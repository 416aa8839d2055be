import { InputError } from '../contract/errors.js'
import type { Workspace } from '../io/workspace.js'
import type { ModelConfig } from '../ssot/model-config.js'
import type { Ssot } from '../ssot/ssot.js'
import { gatePolicy, type GateApprovalPolicy } from './config.js'
import { judgeApprovals, type ApprovalJudgement, type JudgeInput } from './judge.js'
import type {
  ApprovalGate,
  ApprovalsConfig,
  ApprovalsRequest,
  ApprovalsSource,
  Author,
  CollectedApprovals,
} from './types.js'

export interface GateApprovalsInput {
  gate: ApprovalGate
  ssot: Ssot
  workspace: Workspace
  /** The source the entry wired in (GateServices.approvals). */
  source: ApprovalsSource | undefined
  model: ModelConfig
  /** Absolute path of the judged model file, and its sha256 (hex). */
  modelPath: string
  modelSha256: string
  /** The run's triggering actor (RunContext.actor); undefined on a local run. */
  actor: string | undefined
  /** G5 with g5DistinctFromG3: the G3 approvers (from G3's evidence), or why they are unknown. */
  excluded?: JudgeInput['excluded']
}

export interface GateApprovals {
  policy: GateApprovalPolicy
  collected: CollectedApprovals
  judged: ApprovalJudgement
}

/**
 * Reads and judges one gate's approvals, as G3 does and G5 does for the
 * Release Manager: ssot/approvals.json (its section for `gate`, teams
 * resolved), the approvals from the source, the model's authors (the
 * source's, plus the owner in ssot/model.json), then the quorum and
 * separation-of-duties checks.
 */
export async function readGateApprovals(input: GateApprovalsInput): Promise<GateApprovals> {
  const { gate, ssot } = input
  const file = ssot.display('approvals.json')
  if (!ssot.has('approvals.json'))
    throw new InputError({
      file,
      message: `${gate} needs ssot/approvals.json: the roles that sign off, and how many of each`,
      expected: `ssot/approvals.json with roles and gates.${gate} (see template/ssot/approvals.json)`,
      found: 'no such file',
    })
  const config = await ssot.approvals<ApprovalsConfig>()
  if (!input.source)
    throw new InputError({
      message: `${gate} has no approvals to read`,
      expected:
        'a sign-off file (--approvals FILE on the CLI, or the approvals input), or the Action in a workflow run (it reads the run approvals and pull-request reviews with github-token)',
      found: 'neither',
    })
  const policy = await gatePolicy(config, gate, file, input.source)
  const collected = await input.source.collect(approvalsRequest(input, policy))
  const owner = ownerAsAuthor(input.model, ssot.display('model.json'))
  if (owner) collected.authors.push(owner)
  const judged = judgeApprovals({
    policy,
    collected,
    actor: input.actor
      ? { login: input.actor }
      : { unknown: 'no triggering actor: a local run (GITHUB_ACTOR is not set)' },
    modelSha256: `sha256:${input.modelSha256}`,
    ...(input.excluded ? { excluded: input.excluded } : {}),
  })
  return { policy, collected, judged }
}

/**
 * What a gate asks its source for: the environments, and the paths whose
 * latest commits name the model's authors (the model file, ssot/ and any
 * authorPaths), relative to the workspace and absolute for git.
 */
function approvalsRequest(input: GateApprovalsInput, policy: GateApprovalPolicy): ApprovalsRequest {
  const { ssot } = input
  const paths = [
    input.modelPath,
    ssot.dir,
    ...policy.authorPaths.map((p, i) =>
      ssot.resolveRepoPath(
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
      path: input.workspace.display(absolute),
      absolute,
    })),
    repoRoot: ssot.repoRoot,
    authorCommits: policy.authorCommits,
    modelSha256: `sha256:${input.modelSha256}`,
    environmentsPointer: { file: policy.file, pointer: `/gates/${policy.gate}/environments` },
  }
}

/** The model's owner (ssot/model.json owner.github, owner.email) is its author: they never approve it. */
function ownerAsAuthor(model: ModelConfig, modelFile: string): Author | undefined {
  const owner = model.owner
  if (!owner.github && !owner.email) return undefined
  return {
    ...(owner.github ? { login: owner.github } : {}),
    ...(owner.email ? { email: owner.email } : {}),
    because: `the model's owner in ${modelFile}`,
  }
}
