import { InputError } from '../../contract/errors.js'
import type { Gate, GateContext } from '../../engine/gate.js'
import { decideStatus, describeCounts } from '../../engine/outcome.js'
import type { GateOutcome } from '../../contract/types.js'
import { gatePolicy } from '../../approvals/config.js'
import { judgeApprovals } from '../../approvals/judge.js'
import { approvalRecord, approvalTables } from '../../approvals/report.js'
import type { ApprovalsConfig } from '../../approvals/types.js'
import { approvalsRequest, ownerAsAuthor } from './request.js'

/**
 * G3 OT/QA Approval: the documented sign-off. Reads who approved (the run's
 * environment approvals, else the pull request's reviews, or a sign-off
 * file) and judges it against ssot/approvals.json: every role's quorum of
 * distinct people, no rejection by a role member, and separation of duties
 * (no author of the model, not the run's actor, no bot, one role per
 * person). The subject is the model's digest, as at G0 to G2.
 */
export const g3: Gate = {
  id: 'G3',
  options: {},
  async run(ctx: GateContext): Promise<GateOutcome> {
    const file = ctx.ssot.display('approvals.json')
    if (!ctx.ssot.has('approvals.json'))
      throw new InputError({
        file,
        message: 'G3 needs ssot/approvals.json: the roles that sign off, and how many of each',
        expected: 'ssot/approvals.json with roles and gates.G3 (see template/ssot/approvals.json)',
        found: 'no such file',
      })
    const config = await ctx.ssot.approvals<ApprovalsConfig>()
    const source = ctx.services.approvals
    if (!source)
      throw new InputError({
        message: 'G3 has no approvals to read',
        expected:
          'a sign-off file (--approvals FILE on the CLI, or the approvals input), or the Action in a workflow run (it reads the run approvals and pull-request reviews with github-token)',
        found: 'neither',
      })
    const policy = await gatePolicy(config, 'G3', file, source)
    const model = await ctx.ssot.model()
    const modelPath = ctx.inputs.model
      ? ctx.workspace.resolve(ctx.inputs.model, 'model')
      : ctx.ssot.resolveRepoPath(model.paths.model, 'model')
    const subject = await ctx.describeFile(modelPath, 'model')
    const collected = await source.collect(approvalsRequest(ctx, policy, modelPath, subject.sha256))
    const owner = ownerAsAuthor(model, ctx.ssot.display('model.json'))
    if (owner) collected.authors.push(owner)
    const judged = judgeApprovals({
      policy,
      collected,
      actor: ctx.run.actor
        ? { login: ctx.run.actor }
        : { unknown: 'no triggering actor: a local run (GITHUB_ACTOR is not set)' },
      modelSha256: `sha256:${subject.sha256}`,
    })
    const status = decideStatus(judged.checks, 0)
    const missing = judged.roles.filter((r) => r.counted < r.needed)
    return {
      status,
      summary: `${judged.tally} from ${collected.source === 'file' ? `sign-off file ${collected.file ?? ''}`.trim() : collected.source === 'environment' ? `environment approvals of run ${ctx.run.runId ?? '?'}` : `reviews of pull request #${collected.pullRequest ?? '?'}`}${missing.length ? `; missing ${missing.map((r) => `${r.role}: ${r.counted} of ${r.needed}`).join(', ')}` : ''}; ${describeCounts(judged.checks)}`,
      subject: { model: subject, data: [], artifacts: [] },
      checks: judged.checks,
      problems: [],
      report: {
        model: { name: model.name, version: model.version ?? null, owner: model.owner },
        approvals: approvalRecord(judged, collected, {
          environments: policy.environments,
          runId: ctx.run.runId ?? null,
          commit: ctx.run.sha ?? null,
          actor: ctx.run.actor ?? null,
        }),
        tables: approvalTables(judged, collected),
      },
    }
  },
}
