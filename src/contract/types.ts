/**
 * The evidence contract shared by every gate. `ssot/schemas/evidence.schema.json`
 * is the normative description; these types mirror it and the evidence writer
 * validates every record against the schema before it is written.
 */

/**
 * The one list of gates. The release chain in its order, then the commands
 * that write evidence of their own. Everything else derives from these: the
 * catalogue (ssot/gates.json), the JSON Schemas' enums and the report's chain
 * are checked against them by __tests__/contract/gate-list.test.ts.
 */
export const CHAIN_GATES = ['G0', 'G1', 'G2', 'G3', 'G4', 'G5'] as const
export const EVIDENCE_COMMANDS = ['drift', 'rollback'] as const
export const GATE_IDS = [...CHAIN_GATES, ...EVIDENCE_COMMANDS] as const
/** The gates a row of ssot/kpi_acceptance.csv may name: every one that judges numbers. */
export const KPI_GATES: readonly GateId[] = [...CHAIN_GATES, 'drift']
export type GateId = (typeof GATE_IDS)[number]

/** `error` means the gate could not judge (bad input or config). It is never a pass. */
export type GateStatus = 'pass' | 'fail' | 'error'

/**
 * Per-rule status. `warn` is a failed rule whose severity is `warn`; `skipped`
 * always carries a reason in `message`; `error` is a rule that could not be
 * computed (and makes the gate `error`).
 */
export type CheckStatus = 'pass' | 'fail' | 'warn' | 'skipped' | 'error'

export type Severity = 'block' | 'warn'

export const OPERATORS = ['<', '<=', '>', '>='] as const
export type Operator = (typeof OPERATORS)[number]

/** Where a finding comes from, for annotations and clear errors. Lines are 1-based. */
export interface SourceLocation {
  file: string
  line?: number
  column?: string
  /** RFC 6901 JSON pointer, for JSON inputs. */
  pointer?: string
}

export interface Check {
  /** Stable rule id, e.g. `G0.schema.temp_max.maximum` or `G1.kpi.3`. */
  id: string
  /** The KPI or rule name, e.g. `maximum`, `mae`, `signature`. */
  rule: string
  /** Column or variable the rule is about, when it has one. */
  variable?: string
  value: number | string | boolean | null
  operator?: Operator
  threshold?: number | string | null
  unit?: string
  status: CheckStatus
  severity: Severity
  /** Human explanation: why it failed, why it was skipped. */
  message?: string
  /** Where the rule is declared (e.g. its line in kpi_acceptance.csv). */
  source?: SourceLocation
  /** Gate-specific numbers: confidence interval, baseline delta, counts. */
  details?: Record<string, unknown>
}

export interface SubjectFile {
  /** What the file is for this gate: `training`, `holdout`, `model`, `baseline-model`, `signature`... */
  role: string
  /** Path relative to the workspace, with forward slashes. */
  path: string
  sha256: string
  bytes: number
  rows?: number
  /** The column whose values weighted every row (G1's weighted holdout). */
  weightColumn?: string
}

export interface Subject {
  model?: SubjectFile
  data: SubjectFile[]
  /** Any other file the gate judged (baseline model, signatures, scan reports). */
  artifacts: SubjectFile[]
}

/** A problem that stopped the gate from judging. Always names where and what. */
export interface GateProblem {
  message: string
  file?: string
  line?: number
  pointer?: string
  expected?: string
  found?: string
}

export interface RunContext {
  /** `actions` when running in GitHub Actions, `local` for the CLI. */
  mode: 'actions' | 'local'
  repository?: string
  sha?: string
  ref?: string
  runId?: string
  runAttempt?: string
  workflow?: string
  job?: string
  actor?: string
  event?: string
  serverUrl?: string
  pullRequest?: number
}

export interface Timing {
  startedAt: string
  finishedAt: string
  durationMs: number
}

export interface EvidenceRecord {
  $schema: string
  schemaVersion: 1
  gate: GateId
  gateName: string
  status: GateStatus
  /** One-line verdict for headlines. */
  summary: string
  subject: Subject
  checks: Check[]
  problems: GateProblem[]
  /** Gate-specific report payload (G0: profile and violations; G1: metrics...). */
  report: Record<string, unknown>
  context: RunContext
  timing: Timing
  tool: { name: 'modelgate'; version: string }
  digest: { algorithm: 'sha256'; canonicalization: 'RFC8785'; value: string }
}

export type UnsignedEvidence = Omit<EvidenceRecord, 'digest'>

/** What pure gate logic returns: the runner adds context, timing, tool and digest. */
export interface GateOutcome {
  status: GateStatus
  summary: string
  subject: Subject
  checks: Check[]
  problems: GateProblem[]
  report: Record<string, unknown>
}
