import type { ModelVersion } from '../../contract/registry.js'
import type { Check } from '../../contract/types.js'
import type { ModelConfig } from '../../ssot/model-config.js'
import type { Risk } from '../../ssot/risk-register.js'
import type { ReleasePolicy } from './policy.js'
import { g2Manifest, heldFileFor } from './release-files.js'
import type { ChainLink } from './chain.js'

/** `G5.owner`: the lifecycle seed's rule, no owner, no production. */
export function judgeOwner(model: ModelConfig, modelFile: string): Check {
  const owner = model.owner as Partial<ModelConfig['owner']> | undefined
  const named = owner?.name?.trim() && (owner.email?.trim() || owner.github?.trim())
  return {
    id: 'G5.owner',
    rule: 'owner',
    value: named ? `${owner!.name!.trim()}` : null,
    status: named ? 'pass' : 'fail',
    severity: 'block',
    message: named
      ? `Owner: ${owner!.name!.trim()}`
      : 'The model has no owner with a name and an e-mail or GitHub login: no owner, no production',
    source: { file: modelFile, pointer: '/owner' },
  }
}

/** `G5.model-card`: model.json names a model card, G2 signed it, and the release holds it. */
export function judgeModelCard(
  model: ModelConfig,
  modelFile: string,
  version: ModelVersion,
  g2: ChainLink | undefined,
): Check {
  const base = {
    id: 'G5.model-card',
    rule: 'model-card',
    severity: 'block' as const,
    source: { file: modelFile, pointer: '/paths/modelCard' },
  }
  const path = model.paths.modelCard
  if (!path)
    return {
      ...base,
      value: null,
      status: 'fail',
      message: 'model.json names no model card (paths.modelCard)',
    }
  const entry = g2Manifest(g2)?.find((m) => m.role === 'model-card')
  if (!entry)
    return {
      ...base,
      value: path,
      status: 'fail',
      message: `G2's manifest lists no model card (${path})`,
    }
  const held = heldFileFor(version, entry)
  return held
    ? {
        ...base,
        value: held.name,
        status: 'pass',
        message: `The release holds the model card ${held.name}`,
      }
    : {
        ...base,
        value: path,
        status: 'fail',
        message: `The release holds no model card (${entry.path})`,
      }
}

/**
 * `G5.risk`: no risk of the register is open (a status in openStatuses) with
 * a blocking impact and an empty mitigation, per ssot/release.json. A
 * missing register fails: no register is no evidence that risks were weighed.
 */
export function judgeRisks(
  risks: Risk[] | undefined,
  registerFile: string,
  policy: ReleasePolicy,
  policyFile: string,
): Check {
  const base = {
    id: 'G5.risk',
    rule: 'open-high-risk',
    operator: '<=' as const,
    threshold: 0,
    severity: 'block' as const,
    source: { file: registerFile },
  }
  if (!risks)
    return {
      ...base,
      value: null,
      status: 'fail',
      message: `No risk register (${registerFile}): G5 needs one to show no blocking risk is open`,
    }
  const blocking = risks.filter(
    (r) =>
      policy.risk.blockingImpacts.includes(r.impact) &&
      policy.risk.openStatuses.includes(r.status) &&
      r.mitigation.trim() === '',
  )
  const first = blocking[0]
  return {
    ...base,
    value: blocking.length,
    status: blocking.length ? 'fail' : 'pass',
    message: blocking.length
      ? `${blocking.length} open risk${blocking.length > 1 ? 's' : ''} with ${policy.risk.blockingImpacts.join('/')} impact and no mitigation: ${blocking.map((r) => `${r.id} (line ${r.line}, ${r.impact}, owner ${r.owner})`).join(', ')}`
      : `No open risk with ${policy.risk.blockingImpacts.join('/')} impact lacks a mitigation (rule in ${policyFile} /risk)`,
    ...(first ? { source: { file: registerFile, line: first.line } } : {}),
  }
}

/**
 * `G5.freeze`: no drift freeze is open on a version this release does not
 * replace. The release replaces the version in production; a freeze on it
 * is lifted by the release. A frozen candidate, or another serving version
 * that is frozen, blocks. Rolled-back and retired versions do not serve.
 */
export function judgeFreeze(
  versions: ModelVersion[],
  candidate: ModelVersion,
  production: ModelVersion | undefined,
): Check {
  const open = versions.filter(
    (v) =>
      v.frozen &&
      v.version !== production?.version &&
      v.state !== 'rolled-back' &&
      v.state !== 'retirement',
  )
  const replaced = production?.frozen ? production : undefined
  return {
    id: 'G5.freeze',
    rule: 'drift-freeze',
    value: open.length,
    operator: '<=',
    threshold: 0,
    status: open.length ? 'fail' : 'pass',
    severity: 'block',
    message: open.length
      ? `A drift freeze is open on ${open.map((v) => `${v.model} ${v.version}${v.version === candidate.version ? ' (this candidate)' : ''} since ${v.frozen!.at}: ${v.frozen!.reason}`).join('; ')}`
      : replaced
        ? `The freeze on ${replaced.version} (in production) is lifted by this release, which replaces it`
        : 'No drift freeze is open',
  }
}
