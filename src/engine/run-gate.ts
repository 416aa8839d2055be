import { digestFile } from '../io/file-digest.js'
import { unreadableFile } from '../io/file-errors.js'
import { Workspace } from '../io/workspace.js'
import { Ssot } from '../ssot/ssot.js'
import { InputErrors, toProblems } from '../contract/errors.js'
import { buildEvidence } from './evidence.js'
import type { Gate, GateContext, GateInputs, GateServices } from './gate.js'
import type { FailOn } from './inputs.js'
import type { EvidenceRecord, GateId, GateOutcome, RunContext } from '../contract/types.js'

/**
 * Finds the implementation of a gate id (loading it, when the table loads
 * gates on demand); the entry wires in the gate table (src/gates/table.ts).
 */
export type GateLookup = (id: GateId) => Gate | undefined | Promise<Gate | undefined>

export interface RunGateOptions {
  /** The gates this build implements: any other id reports `error`, never a pass. */
  gates: GateLookup
  /** Adapters for the gates that need them (the model registry, approval sources). */
  services?: GateServices
  workspaceRoot: string
  context: RunContext
  now?: () => Date
  /** `warn`: a check that ends in `warn` fails the run as well. */
  failOn?: FailOn
}

/**
 * Runs one gate and returns its validated evidence. Whatever goes wrong, the
 * result is an evidence record: a bad input becomes status `error` with the
 * problem named, never an exception and never a pass.
 */
export async function runGate(
  gate: GateId,
  inputs: GateInputs,
  options: RunGateOptions,
): Promise<EvidenceRecord> {
  const now = options.now ?? (() => new Date())
  const started = now()
  let outcome: GateOutcome
  let after: ((evidence: EvidenceRecord) => Promise<void>) | undefined
  try {
    const impl = await options.gates(gate)
    if (!impl) {
      outcome = errorOutcome([
        {
          message: `Gate ${gate} is not available in this version of modelgate`,
          expected: 'a gate this version implements',
          found: gate,
        },
      ])
    } else {
      checkOptionNames(impl, inputs.options)
      const workspace = new Workspace(options.workspaceRoot)
      const ssot = new Ssot(workspace, inputs.ssot)
      await ssot.validateAll()
      const context: GateContext = {
        inputs,
        workspace,
        ssot,
        run: options.context,
        now,
        services: options.services ?? {},
        async describeFile(absolutePath, role, rows, known) {
          const path = workspace.display(absolutePath)
          const { sha256, bytes } =
            known ??
            (await digestFile(absolutePath).catch((error: unknown) => {
              throw unreadableFile(error, path, `a readable ${role} file`)
            }))
          return { role, path, sha256, bytes, ...(rows !== undefined ? { rows } : {}) }
        },
      }
      outcome = await impl.run(context)
      if (impl.afterPass) after = (evidence) => impl.afterPass!(evidence, context)
    }
  } catch (error) {
    outcome = errorOutcome(toProblems(error))
  }
  if (outcome.status === 'error' && outcome.problems.length === 0) {
    // Checks that could not be computed are the reason the gate could not judge: list them as problems too.
    outcome = {
      ...outcome,
      problems: outcome.checks
        .filter((c) => c.status === 'error')
        .map((c) => ({
          message: `${c.id}: ${c.message ?? 'could not be computed'}`,
          ...(c.source?.file ? { file: c.source.file } : {}),
          ...(c.source?.line ? { line: c.source.line } : {}),
          ...(c.source?.pointer ? { pointer: c.source.pointer } : {}),
        })),
    }
  }
  if (
    options.failOn === 'warn' &&
    outcome.status === 'pass' &&
    outcome.checks.some((c) => c.status === 'warn')
  ) {
    outcome = {
      ...outcome,
      status: 'fail',
      summary: `${outcome.summary} (fail-on: warn turns warnings into a failure)`,
    }
  }
  const evidence = buildEvidence(gate, outcome, options.context, started, now())
  if (evidence.status !== 'pass' || !after) return evidence
  try {
    await after(evidence)
    return evidence
  } catch (error) {
    // The verdict stands in the checks; what it was to do did not happen, so the run cannot be a pass.
    const problems = toProblems(error).map((p) => ({
      ...p,
      message: `${gate} passed, but acting on it failed: ${p.message}`,
    }))
    return buildEvidence(
      gate,
      {
        ...outcome,
        status: 'error',
        summary: `${outcome.summary}; then: ${problems[0]!.message}`,
        problems,
      },
      options.context,
      started,
      now(),
    )
  }
}

/** Refuses option keys the gate does not read, suggesting the nearest known one. */
function checkOptionNames(gate: Gate, given: Record<string, string>): void {
  const known = Object.keys(gate.options)
  const problems = Object.keys(given)
    .filter((key) => !Object.hasOwn(gate.options, key))
    .map((key) => {
      const near = known.filter((k) => editDistance(k, key) <= 2)
      return {
        message: `Unknown option "${key}" for ${gate.id}${near.length ? ` (did you mean ${near.map((k) => `"${k}"`).join(' or ')}?)` : ''}`,
        expected: known.length ? `one of ${known.join(', ')}` : 'no options',
        found: JSON.stringify(`${key}=${given[key]}`),
      }
    })
  if (problems.length > 0) throw new InputErrors(problems)
}

/** Levenshtein distance (short strings). */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++)
      row.push(
        Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)),
      )
    prev = row
  }
  return prev[b.length]!
}

function errorOutcome(problems: GateOutcome['problems']): GateOutcome {
  const first = problems[0]
  return {
    status: 'error',
    summary: `Could not judge: ${first ? first.message : 'unknown error'}${problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : ''}`,
    subject: { data: [], artifacts: [] },
    checks: [],
    problems,
    report: {},
  }
}

/** Exit code convention shared by the CLI and the Action: 0 pass, 1 fail, 2 error. */
export function exitCodeFor(status: EvidenceRecord['status']): 0 | 1 | 2 {
  return status === 'pass' ? 0 : status === 'fail' ? 1 : 2
}
