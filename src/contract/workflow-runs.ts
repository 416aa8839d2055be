/**
 * What G5 asks GitHub about the runs that produced the evidence it releases:
 * the run (which workflow file, event, branch, repository and head
 * repository) and the artifacts it uploaded, with the digest GitHub recorded
 * at upload. One adapter over the REST API (src/github/workflow-runs.ts);
 * tests point it at the API stand-in.
 */

export interface WorkflowRunInfo {
  id: number
  /** The workflow file, `.github/workflows/<name>.yml` (GitHub may append `@<ref>`). */
  path: string
  /** The event that triggered the run: push, pull_request, pull_request_target, workflow_dispatch... */
  event: string
  headBranch: string | null
  headSha: string
  /** `owner/name` of the repository the run belongs to. */
  repository: string
  /** `owner/name` of the repository the head commit came from: another one means a fork. */
  headRepository: string | null
  htmlUrl: string
}

export interface ArtifactInfo {
  id: number
  name: string
  /** `sha256:<hex>` of the artifact's zip, as GitHub recorded it at upload; null for artifacts uploaded without one. */
  digest: string | null
  expired: boolean
  sizeInBytes: number
}

export interface WorkflowRuns {
  /** `owner/name` the adapter reads. */
  readonly repository: string
  /** The repository's default branch. */
  defaultBranch(): Promise<string>
  /** The run with this id in this repository, or undefined when there is none (404). */
  run(runId: string): Promise<WorkflowRunInfo | undefined>
  /** Every artifact the run uploaded. */
  artifacts(runId: string): Promise<ArtifactInfo[]>
  /** The artifact's zip, as GitHub serves it. */
  downloadArtifact(artifactId: number): Promise<Uint8Array>
}
