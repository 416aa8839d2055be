import type { Check } from '../../contract/types.js'
import type { GateContext } from '../../engine/gate.js'
import type { ChainLink } from './chain.js'

/** `G5.approval`: the Release Manager's approval (placeholder until src/approvals lands). */
export async function judgeApproval(
  _ctx: GateContext,
  _modelDigest: string,
  _links: ChainLink[],
): Promise<Check> {
  return {
    id: 'G5.approval',
    rule: 'release-manager',
    value: null,
    status: 'fail',
    severity: 'block',
    message: 'No approval source',
  }
}
