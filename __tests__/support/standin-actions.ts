import { createHash } from 'node:crypto'

/**
 * Workflow runs and their artifacts for the GitHub API stand-in
 * (github-api-standin.ts): GET a repository, a run, a run's artifacts, and
 * an artifact's zip (a 302 to a blob URL on the stand-in, as GitHub
 * redirects to its blob storage). Responses start from GitHub's own
 * examples in @octokit/openapi, with this state's values, so they validate
 * against the description.
 */

type Json = Record<string, unknown>

/** A workflow run as G5 asks about it. */
export interface StandinRun {
  id: number
  /** Workflow file: `.github/workflows/release.yml` (GitHub answers `<path>@<ref>`). */
  path: string
  event: string
  headBranch: string
  headSha: string
  /** `owner/name` the head commit came from; another repository is a fork. Defaults to the repository. */
  headRepository?: string
}

/** An artifact of a run: its zip bytes; its digest is theirs unless the test says otherwise. */
export interface StandinArtifact {
  id: number
  runId: number
  name: string
  zip: Buffer
  /** What GitHub reports; defaults to sha256 of zip. `null` as for upload-artifact v3. */
  digest?: string | null
  expired?: boolean
}

export interface ActionsState {
  runs: StandinRun[]
  artifacts: StandinArtifact[]
  defaultBranch: string
}

export const BLOB_PREFIX = '/_blobs/artifacts/'

type Reply = { status: number; body?: unknown; headers?: Record<string, string> }

function example(spec: Json): Json {
  const responses = spec.responses as Record<
    string,
    { content: Record<string, { examples: Record<string, { value: Json }> }> }
  >
  return structuredClone(
    Object.values(responses['200']!.content['application/json']!.examples)[0]!.value,
  )
}

const notFound = {
  status: 404,
  body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' },
}

function repoJson(base: Json, fullName: string): Json {
  const [owner, name] = fullName.split('/') as [string, string]
  return {
    ...base,
    name,
    full_name: fullName,
    owner: { ...(base.owner as Json), login: owner },
    html_url: `https://github.com/${fullName}`,
    url: `https://api.github.com/repos/${fullName}`,
  }
}

/** The stand-in's answer to the operations this module serves, or undefined for any other. */
export function handleActions(
  key: string,
  spec: Json,
  params: Record<string, string>,
  state: ActionsState,
  serverUrl: string,
): Reply | undefined {
  const { owner = '', repo = '' } = params
  const full = `${owner}/${repo}`
  switch (key) {
    case 'GET /repos/{owner}/{repo}': {
      // GitHub's example lacks `language`, which its schema requires; `parent` and `source` describe forks.
      const { parent: _p, source: _s, ...body } = repoJson(example(spec), full)
      return {
        status: 200,
        body: { ...body, language: null, default_branch: state.defaultBranch, fork: false },
      }
    }
    case 'GET /repos/{owner}/{repo}/actions/runs/{run_id}': {
      const run = state.runs.find((r) => r.id === Number(params.run_id))
      if (!run) return notFound
      const body = example(spec)
      return {
        status: 200,
        body: {
          ...body,
          id: run.id,
          path: `${run.path}@${run.headBranch}`,
          event: run.event,
          head_branch: run.headBranch,
          head_sha: run.headSha,
          html_url: `https://github.com/${full}/actions/runs/${run.id}`,
          url: `https://api.github.com/repos/${full}/actions/runs/${run.id}`,
          repository: repoJson(body.repository as Json, full),
          head_repository: repoJson(body.head_repository as Json, run.headRepository ?? full),
        },
      }
    }
    case 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts': {
      const run = state.runs.find((r) => r.id === Number(params.run_id))
      if (!run) return notFound
      const base = (example(spec).artifacts as Json[])[0]!
      const artifacts = state.artifacts
        .filter((a) => a.runId === run.id)
        .map((a) => ({
          ...base,
          id: a.id,
          name: a.name,
          size_in_bytes: a.zip.length,
          url: `https://api.github.com/repos/${full}/actions/artifacts/${a.id}`,
          archive_download_url: `https://api.github.com/repos/${full}/actions/artifacts/${a.id}/zip`,
          expired: a.expired ?? false,
          digest:
            a.digest === undefined
              ? `sha256:${createHash('sha256').update(a.zip).digest('hex')}`
              : a.digest,
          workflow_run: {
            id: run.id,
            repository_id: 1296269,
            head_repository_id: 1296269,
            head_branch: run.headBranch,
            head_sha: run.headSha,
          },
        }))
      return { status: 200, body: { total_count: artifacts.length, artifacts } }
    }
    case 'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}': {
      const a = state.artifacts.find((x) => x.id === Number(params.artifact_id))
      if (!a) return notFound
      if (a.expired)
        return {
          status: 410,
          body: {
            message: 'Artifact has expired',
            documentation_url: 'https://docs.github.com/rest',
            status: '410',
          },
        }
      return { status: 302, headers: { location: `${serverUrl}${BLOB_PREFIX}${a.id}.zip` } }
    }
    default:
      return undefined
  }
}

/** The blob the artifact download redirects to (outside the REST API, so outside its description). */
export function artifactBlob(pathname: string, state: ActionsState): Buffer | undefined {
  if (!pathname.startsWith(BLOB_PREFIX)) return undefined
  const id = Number(pathname.slice(BLOB_PREFIX.length).replace(/\.zip$/, ''))
  return state.artifacts.find((a) => a.id === id)?.zip
}
