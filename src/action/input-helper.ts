import * as core from '@actions/core'
import type { GateInputs } from '../engine/gate.js'
import { InputError } from '../contract/errors.js'
import {
  parseDataInputs,
  parseFailOn,
  parseGateId,
  parseOptions,
  type FailOn,
} from '../engine/inputs.js'
import type { GateId } from '../contract/types.js'

/** Every Action input, read and checked in one place (as actions/checkout does). */
export interface ActionInputs {
  gate: GateId
  gateInputs: GateInputs
  failOn: FailOn
  githubToken: string
  reportDir: string
  comment: boolean
  checkRun: boolean
  artifact: boolean
  retentionDays?: number
  /** Publish this evidence file, judged by another job, instead of running the gate. */
  publishEvidence?: string
  /** G3/G5: a sign-off file to judge instead of GitHub's approvals. */
  approvals?: string
}

/** The inputs from the runner's environment (INPUT_<NAME>, read by @actions/core from process.env). */
export function getActionInputs(): ActionInputs {
  const model = core.getInput('model')
  const baselineModel = core.getInput('baseline-model')
  const retention = core.getInput('retention-days')
  let retentionDays: number | undefined
  if (retention !== '') {
    retentionDays = Number(retention)
    if (!Number.isInteger(retentionDays) || retentionDays < 1 || retentionDays > 90) {
      throw new InputError({
        message: 'Invalid input retention-days',
        expected: 'a whole number of days from 1 to 90',
        found: JSON.stringify(retention),
      })
    }
  }
  const options = parseOptions(core.getMultilineInput('options'))
  // G2: key fingerprints that pin which keys of ssot/security.json count (a pull request can edit that file).
  const trustedKeys = core.getMultilineInput('trusted-keys').join(',')
  if (trustedKeys !== '') {
    if (options['trusted-keys'] !== undefined)
      throw new InputError({
        message: 'trusted-keys is given twice',
        expected: 'the trusted-keys input or a trusted-keys option, not both',
        found: 'both',
      })
    options['trusted-keys'] = trustedKeys
  }
  const publishEvidence = core.getInput('publish-evidence')
  if (publishEvidence) {
    // Publishing judges nothing: inputs that only change a verdict would be silently ignored.
    const judging = [
      'data',
      'model',
      'baseline-model',
      'options',
      'trusted-keys',
      'approvals',
    ].filter((name) => core.getInput(name) !== '')
    if (judging.length > 0)
      throw new InputError({
        message: 'publish-evidence publishes a verdict another job reached; it does not judge',
        expected:
          'no judging inputs (data, model, baseline-model, options, trusted-keys, approvals) next to publish-evidence',
        found: judging.join(', '),
      })
  }
  const gate = parseGateId(core.getInput('gate', { required: true }))
  const approvals = core.getInput('approvals')
  if (approvals && gate !== 'G3' && gate !== 'G5')
    throw new InputError({
      message: `The approvals input is read by G3 and G5, not by ${gate}`,
      expected: 'gate G3 or G5 with approvals, or no approvals input',
      found: `gate ${gate}, approvals ${approvals}`,
    })
  return {
    gate,
    gateInputs: {
      ssot: core.getInput('ssot') || 'ssot',
      data: parseDataInputs(core.getMultilineInput('data')),
      ...(model ? { model } : {}),
      ...(baselineModel ? { baselineModel } : {}),
      options,
    },
    failOn: parseFailOn(core.getInput('fail-on')),
    githubToken: core.getInput('github-token'),
    reportDir: core.getInput('report-dir') || `${process.env.RUNNER_TEMP ?? '.'}/modelgate`,
    comment: booleanInput('comment', true),
    checkRun: booleanInput('check-run', true),
    artifact: booleanInput('artifact', true),
    ...(retentionDays !== undefined ? { retentionDays } : {}),
    ...(publishEvidence ? { publishEvidence } : {}),
    ...(approvals ? { approvals } : {}),
  }
}

function booleanInput(name: string, fallback: boolean): boolean {
  const raw = core.getInput(name).trim().toLowerCase()
  if (raw === '') return fallback
  if (raw === 'true') return true
  if (raw === 'false') return false
  throw new InputError({
    message: `Invalid input ${name}`,
    expected: 'true or false',
    found: JSON.stringify(raw),
  })
}
