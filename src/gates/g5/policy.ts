import { InputError } from '../../contract/errors.js'
import type { Ssot } from '../../ssot/ssot.js'

/** `ssot/release.json`, as validated by `ssot/schemas/release.schema.json`. */
export interface ReleasePolicy {
  maxEvidenceAgeDays: number
  requireG4: boolean
  requireG4Reason?: string
  risk: { blockingImpacts: string[]; openStatuses: string[] }
  trustedWorkflows: string[]
  releaseRefs?: string[]
}

/** The release policy; G5 cannot judge without one (there is no default age limit or trusted workflow). */
export async function loadReleasePolicy(ssot: Ssot): Promise<ReleasePolicy> {
  if (!ssot.has('release.json'))
    throw new InputError({
      file: ssot.display('release.json'),
      message: 'G5 needs the release policy',
      expected:
        'ssot/release.json with maxEvidenceAgeDays, requireG4, risk and trustedWorkflows (see ssot/schemas/release.schema.json)',
      found: 'no such file',
    })
  return ssot.json<ReleasePolicy>('release.json', 'release')
}
