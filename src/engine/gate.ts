import type { Ssot } from '../ssot/ssot.js'
import type { Workspace } from '../io/workspace.js'
import type { FileDigest } from '../io/file-digest.js'
import type { Registry } from '../contract/registry.js'
import type { WorkflowRuns } from '../contract/workflow-runs.js'
import type { ApprovalsSource } from '../approvals/types.js'
import type {
  EvidenceRecord,
  GateId,
  GateOutcome,
  RunContext,
  SubjectFile,
} from '../contract/types.js'

/** A data file given to a gate, with the role it plays (training, holdout, reference, current...). */
export interface DataInput {
  role: string
  path: string
  /** True when the user named the role (`ROLE=PATH`); a bare `PATH` takes its role from the file name. */
  explicitRole?: boolean
}

/** Everything a gate may be asked to judge, gathered from Action inputs or CLI flags. */
export interface GateInputs {
  ssot: string
  data: DataInput[]
  model?: string
  baselineModel?: string
  /** Gate-specific options (`key=value`), e.g. `max-violations=50`. */
  options: Record<string, string>
}

/**
 * Adapters a gate may need beyond files, wired in by the entry (Action or
 * CLI): each is optional, and a gate that needs one it was not given reports
 * `error` naming the input that provides it.
 */
export interface GateServices {
  /** The model registry (GitHub Releases, a local folder, MLflow). */
  registry?: Registry
  /** The workflow runs and artifacts of this repository (G5's trusted-origin checks in Actions). */
  workflowRuns?: WorkflowRuns
  /**
   * Who approved (G3, G5): the GitHub REST API in the Action, a sign-off file
   * from the CLI's --approvals FILE or the Action's approvals input.
   */
  approvals?: ApprovalsSource
}

/** What the runner hands to a gate: configuration and adapters, no ambient I/O. */
export interface GateContext {
  inputs: GateInputs
  workspace: Workspace
  ssot: Ssot
  /** Where and by whom the gate runs (repository, commit, run id, actor, event). */
  run: RunContext
  /** The clock: gates that judge ages and days read it, never Date.now(). */
  now: () => Date
  services: GateServices
  /**
   * Hashes a file for the evidence subject; `known` is a digest already
   * taken of it (a range run hashes the file it reads), not read again.
   */
  describeFile(
    absolutePath: string,
    role: string,
    rows?: number,
    known?: FileDigest,
  ): Promise<SubjectFile>
}

/**
 * A gate: typed inputs in, an outcome out. Each gate lives in its own folder
 * under `src/gates/`; its judging logic is pure, and it reaches files only
 * through the adapters in the context.
 */
export interface Gate {
  id: GateId
  /**
   * The options the gate reads (`key=value` from the `options` input or
   * `--option`), each with a one-line description. Any other key is refused
   * before the gate runs, so a misspelt option never goes unnoticed.
   */
  options: Readonly<Record<string, string>>
  run(context: GateContext): Promise<GateOutcome>
  /**
   * Acts on a pass once the evidence is built and digested (G5: attach it to
   * the candidate and publish). If it throws, the run ends in `error` with
   * the problem named; it never runs for a fail or an error.
   */
  afterPass?(evidence: EvidenceRecord, context: GateContext): Promise<void>
}
