/**
 * Approvals: who signed off a release, from where, and the people who may
 * not. Shared by G3 (OT/QA Approval) and G5 (the Release Manager's
 * approval), which read approvals the same way and judge them with the same
 * functions (src/approvals/judge.ts).
 */

/** ssot/approvals.json, as validated by ssot/schemas/approvals.schema.json. */
export interface ApprovalsConfig {
  roles: Record<string, { description?: string; members: string[] }>
  gates: { G3?: GateApprovalConfig; G5?: GateApprovalConfig & { g5DistinctFromG3?: boolean } }
  separationOfDuties?: { authorCommits?: number; authorPaths?: string[] }
}

export interface GateApprovalConfig {
  environments: string[]
  quorum: Record<string, number>
  allowFileSource?: boolean
}

export type ApprovalGate = 'G3' | 'G5'

/** Where approvals came from, strongest first. */
export type ApprovalSourceKind = 'environment' | 'pull-request' | 'file'

export const SOURCE_LABEL: Record<ApprovalSourceKind, string> = {
  environment: "the run's environment approvals",
  'pull-request': "the pull request's reviews",
  file: 'a sign-off file',
}

/**
 * One decision by one person, normalised from any source. Environment
 * approvals say `approved` or `rejected`; reviews also `changes_requested`,
 * `commented` and `dismissed`.
 */
export interface Approval {
  login: string
  userId?: number
  /** True for bot accounts (`type: Bot`, or a `[bot]` login). */
  bot: boolean
  state: 'approved' | 'rejected' | 'changes_requested' | 'commented' | 'dismissed' | 'pending'
  source: ApprovalSourceKind
  environments?: string[]
  /** The commit a review approved (reviews), or the run's commit (environment approvals). */
  commit?: string
  /** The model digest (`sha256:<hex>`) a sign-off file names. */
  model?: string
  /** Which gate the approval is for, when the source says (sign-off files). */
  gate?: ApprovalGate
  at?: string
  comment: string
  /** A commit e-mail the source gives (sign-off files), to match local git authors. */
  email?: string
}

/** Someone who made the model: they may not approve it. */
export interface Author {
  login?: string
  name?: string
  email?: string
  /** Why they are an author: "pull request #12", "commit 1a2b3c4 changed models/m.onnx"... */
  because: string
}

/** What a gate asks a source for. */
export interface ApprovalsRequest {
  gate: ApprovalGate
  environments: string[]
  /** The model file and ssot/ (and any authorPaths), relative to the repository root, and absolute for git. */
  authorPaths: { path: string; absolute: string }[]
  /** The folder git runs in (the repository holding ssot/). */
  repoRoot: string
  /** Latest commits per path whose authors count. */
  authorCommits: number
  /** The model's digest (`sha256:<hex>`), for sign-off files that name one. */
  modelSha256: string
  /** The file and pointer to name when the environments do not match what the run waited on. */
  environmentsPointer: { file: string; pointer: string }
}

/** What a source found. */
export interface CollectedApprovals {
  /** The source used: the strongest that held any decision. */
  source: ApprovalSourceKind
  /** Each source tried, and what it gave, for the report. */
  tried: { source: ApprovalSourceKind; found: string }[]
  approvals: Approval[]
  /** The commit a review must have approved (the pull request's head); undefined for other sources. */
  reviewCommit?: string
  pullRequest?: number
  /** The model's authors the source found. */
  authors: Author[]
  /** Why some authors may be missing (no git repository...): the check is then skipped, with that reason, unless an author approved. */
  authorsUnknown?: string
  /** The sign-off file, when the source is one. */
  file?: string
  /** More people who started the run (a re-run's triggering actor), besides RunContext.actor. */
  actors?: string[]
}

/**
 * An approval source (the GitHub REST API in Actions, a sign-off file
 * locally), injected through GateServices. Both throw InputError when they
 * cannot answer (a missing permission, a malformed file), naming what is missing.
 */
export interface ApprovalsSource {
  readonly kind: 'github' | 'file'
  collect(request: ApprovalsRequest): Promise<CollectedApprovals>
  /** The logins of team ORG/SLUG; throws InputError when the token cannot read them. */
  teamMembers(org: string, slug: string): Promise<string[]>
}
