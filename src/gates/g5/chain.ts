import type { Check, EvidenceRecord } from '../../contract/types.js'
import { verifyEvidence } from '../../engine/evidence.js'
import { CHAIN_GATES } from '../../registry/chain.js'
import type { ReleasePolicy } from './policy.js'

/** The gates whose evidence a release needs, in flow order (shared with verify and rollback). */
type ChainGate = (typeof CHAIN_GATES)[number]

/** One gate's evidence as the registry holds it (parsed, not yet trusted). */
export interface HeldEvidence {
  gate: ChainGate
  /** Where it was read from, for messages: `<tag>/<GATE>.evidence.json`. */
  file: string
  record: EvidenceRecord | undefined
}

/** A link G5 may build on: present, valid, digest recomputed, passed, about the released model. */
export interface ChainLink extends HeldEvidence {
  /** Set when the evidence is valid (schema and digest recomputed), whatever it says. */
  valid?: EvidenceRecord
  /** Set when it is also a link G5 builds on (right gate, passed, this model), so the other checks may read it. */
  verified?: EvidenceRecord
}

/**
 * `G5.evidence.<GATE>`: the gate's evidence exists, validates against
 * evidence.schema.json with its digest recomputed, says `pass`, and names
 * the model digest of the version being released. Every reason it fails is
 * listed. G4 may be skipped only when ssot/release.json says so explicitly.
 */
export function judgeEvidence(
  held: HeldEvidence,
  modelDigest: string,
  policy: ReleasePolicy,
  policyFile: string,
): { check: Check; link: ChainLink } {
  const base = {
    id: `G5.evidence.${held.gate}`,
    rule: 'evidence',
    variable: held.gate,
    severity: 'block' as const,
    source: { file: held.file },
  }
  if (!held.record) {
    if (held.gate === 'G4' && !policy.requireG4)
      return {
        check: {
          ...base,
          value: 'absent',
          status: 'skipped',
          message: `No G4 evidence, and ${policyFile} marks G4 not required (requireG4 false): ${policy.requireG4Reason ?? ''}`,
          source: { file: policyFile, pointer: '/requireG4' },
        },
        link: held,
      }
    return {
      check: {
        ...base,
        value: 'absent',
        status: 'fail',
        message: `No ${held.gate} evidence held by the release (expected ${held.file})${held.gate === 'G4' ? `; ${policyFile} requires G4 (set requireG4 false with a requireG4Reason to release without shadow validation)` : ''}`,
      },
      link: held,
    }
  }
  const invalid = verifyEvidence(held.record, held.file)
  if (invalid.length > 0)
    return {
      check: {
        ...base,
        value: 'does not verify',
        status: 'fail',
        message: `The ${held.gate} evidence does not verify: ${invalid.join('; ')}`,
      },
      link: held,
    }
  const record = held.record
  const reasons: string[] = []
  if (record.gate !== held.gate) reasons.push(`it is the evidence of ${record.gate}`)
  if (record.status !== 'pass') reasons.push(`its status is ${record.status}, not pass`)
  const judged = record.subject.model?.sha256
  if (judged === undefined) reasons.push('it names no model digest')
  else if (judged !== modelDigest)
    reasons.push(`it judged model sha256 ${judged}, not the released ${modelDigest}`)
  return {
    check: {
      ...base,
      value: reasons.length ? 'refused' : 'pass',
      status: reasons.length ? 'fail' : 'pass',
      message: reasons.length
        ? `The ${held.gate} evidence cannot be released: ${reasons.join('; ')}`
        : `${held.gate} passed for model sha256 ${modelDigest} (evidence digest ${record.digest.value})`,
      details: { evidenceDigest: record.digest.value, status: record.status },
    },
    link: reasons.length
      ? { ...held, valid: record }
      : { ...held, valid: record, verified: record },
  }
}

/**
 * `G5.age.<GATE>`: the evidence finished no more than maxEvidenceAgeDays
 * before G5's clock (and not in its future). Judged only on verified links.
 */
export function judgeAge(
  link: ChainLink,
  now: Date,
  policy: ReleasePolicy,
  policyFile: string,
): Check | undefined {
  const record = link.verified
  if (!record) return undefined
  const finished = Date.parse(record.timing.finishedAt)
  const days = (now.getTime() - finished) / 86_400_000
  const base = {
    id: `G5.age.${link.gate}`,
    rule: 'max-evidence-age',
    variable: link.gate,
    operator: '<=' as const,
    threshold: policy.maxEvidenceAgeDays,
    unit: 'days',
    severity: 'block' as const,
    source: { file: policyFile, pointer: '/maxEvidenceAgeDays' },
  }
  if (!Number.isFinite(finished))
    return {
      ...base,
      value: null,
      status: 'fail',
      message: `${link.gate} evidence has no readable finishedAt`,
    }
  const rounded = Math.round(days * 100) / 100
  if (days < -5 / 1440)
    return {
      ...base,
      value: rounded,
      status: 'fail',
      message: `${link.gate} evidence finished at ${record.timing.finishedAt}, after G5's clock (${now.toISOString()})`,
    }
  const stale = days > policy.maxEvidenceAgeDays
  return {
    ...base,
    value: rounded,
    status: stale ? 'fail' : 'pass',
    message: stale
      ? `${link.gate} evidence is stale: ${rounded} days old (finished ${record.timing.finishedAt}), over the limit of ${policy.maxEvidenceAgeDays} days`
      : `${link.gate} evidence is ${rounded} days old`,
  }
}

/**
 * `G5.data`: one data file path has one digest across the verified evidence
 * (as `modelgate verify` checks the released chain): G1 cannot have been
 * measured on other bytes of the holdout than G0 validated.
 */
export function judgeData(links: ChainLink[]): Check {
  const seen = new Map<string, { sha256: string; gate: string }>()
  const clashes: string[] = []
  for (const link of links)
    for (const d of link.verified?.subject.data ?? []) {
      const before = seen.get(d.path)
      if (!before) seen.set(d.path, { sha256: d.sha256, gate: link.gate })
      else if (before.sha256 !== d.sha256)
        clashes.push(
          `${d.path}: ${before.gate} judged ${before.sha256}, ${link.gate} judged ${d.sha256}`,
        )
    }
  return {
    id: 'G5.data',
    rule: 'same-data',
    value: clashes.length ? 'differs' : seen.size,
    status: clashes.length ? 'fail' : seen.size ? 'pass' : 'skipped',
    severity: 'block',
    message: clashes.length
      ? `The gates judged different bytes under one data path: ${clashes.join('; ')}`
      : seen.size
        ? `${seen.size} data file${seen.size === 1 ? '' : 's'}, one digest each across the gates`
        : 'the evidence names no data files',
  }
}
