import type { Gate, GateContext } from '../../engine/gate.js'
import { decideStatus, describeCounts } from '../../engine/outcome.js'
import type { GateOutcome } from '../../contract/types.js'
import { readGateApprovals } from '../../approvals/read.js'
import { approvalRecord, approvalTables } from '../../approvals/report.js'
import type { CollectedApprovals } from '../../approvals/types.js'

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
    const model = await ctx.ssot.model()
    const modelPath = ctx.inputs.model
      ? ctx.workspace.resolve(ctx.inputs.model, 'model')
      : ctx.ssot.resolveRepoPath(model.paths.model, 'model')
    const subject = await ctx.describeFile(modelPath, 'model')
    const { policy, collected, judged } = await readGateApprovals({
      gate: 'G3',
      ssot: ctx.ssot,
      workspace: ctx.workspace,
      source: ctx.services.approvals,
      model,
      modelPath,
      modelSha256: subject.sha256,
      actor: ctx.run.actor,
    })
    const missing = judged.roles.filter((r) => r.counted < r.needed)
    return {
      status: decideStatus(judged.checks, 0),
      summary: `${judged.tally} from ${describeSource(collected, ctx.run.runId)}${missing.length ? `; missing ${missing.map((r) => `${r.role}: ${r.counted} of ${r.needed}`).join(', ')}` : ''}; ${describeCounts(judged.checks)}`,
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

function describeSource(c: CollectedApprovals, runId: string | undefined): string {
  if (c.source === 'file') return `sign-off file ${c.file ?? ''}`.trim()
  if (c.source === 'environment') return `environment approvals of run ${runId ?? '?'}`
  return `reviews of pull request #${c.pullRequest ?? '?'}`
}
