import type { GitHubStandin, RouteRequest } from './github-api-standin.js'

/**
 * What the template's workflows ask of GitHub through `gh` (the stand-in in
 * gh-standin/), added to the API stand-in: workflow dispatches, pull
 * requests and their labels. Responses are GitHub's own examples with this
 * request's values, validated like every other response.
 */
type Json = Record<string, unknown>

export interface Dispatch {
  workflow: string
  ref: string
  inputs: Record<string, string>
}
export interface OpenedPull {
  number: number
  head: string
  base: string
  title: string
  body: string
  labels: string[]
}
export interface WorkflowRoutes {
  dispatches: Dispatch[]
  pulls: OpenedPull[]
}

const example = (req: RouteRequest, status: string): Json => {
  const content = (
    (req.op.spec.responses as Json)[status] as {
      content: Record<string, { examples: Record<string, { value: unknown }> }>
    }
  ).content['application/json']!.examples
  return structuredClone(Object.values(content)[0]!.value) as Json
}

export function addWorkflowRoutes(gh: GitHubStandin): WorkflowRoutes {
  const state: WorkflowRoutes = { dispatches: [], pulls: [] }
  gh.routes.set('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', (req) => {
    state.dispatches.push({
      workflow: req.params.workflow_id!,
      ref: String(req.body?.ref),
      inputs: (req.body?.inputs ?? {}) as Record<string, string>,
    })
    return { status: 204 }
  })
  gh.routes.set('POST /repos/{owner}/{repo}/pulls', (req) => {
    const number = 100 + state.pulls.length
    state.pulls.push({
      number,
      head: String(req.body?.head),
      base: String(req.body?.base),
      title: String(req.body?.title),
      body: String(req.body?.body ?? ''),
      labels: [],
    })
    const pr = example(req, '201')
    const { owner, repo } = req.params
    return {
      status: 201,
      body: {
        ...pr,
        // The example's team lacks the `type` its own schema requires.
        requested_teams: [],
        number,
        title: req.body?.title,
        url: `https://api.github.com/repos/${owner}/${repo}/pulls/${number}`,
        html_url: `https://github.com/${owner}/${repo}/pull/${number}`,
      },
    }
  })
  gh.routes.set('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', (req) => {
    const pr = state.pulls.find((p) => p.number === Number(req.params.issue_number))
    const labels = ((req.body?.labels ?? []) as string[]).map(String)
    pr?.labels.push(...labels)
    return {
      status: 200,
      body: labels.map((name, i) => ({
        id: 7000 + i,
        node_id: 'LA_kwDOAAA',
        url: `https://api.github.com/repos/${req.params.owner}/${req.params.repo}/labels/${encodeURIComponent(name)}`,
        name,
        description: null,
        color: 'ededed',
        default: false,
      })),
    }
  })
  return state
}
