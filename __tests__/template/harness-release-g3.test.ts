import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { REPO } from '../support/action-runner.js'
import { startGitHubStandin, type GitHubStandin } from '../support/github-api-standin.js'
import { runWorkflow, type WorkflowRun } from '../support/workflow-harness.js'

/**
 * release.yml's sign-off part on the merged commit, from dist/: the ot-signoff and qa-signoff jobs
 * wait behind their environments (the reviewers' decisions are served by the API stand-in, as
 * GitHub's GET .../actions/runs/{id}/approvals lists them), then G3 judges them. The candidate job
 * before them needs the registry, which this build does not have yet: the harness takes it as run
 * (`given`). G5 and the deploy hook belong to the promote stage, so a push skips them.
 */
const MERGE = 'b'.repeat(40)
const RUN_ID = 7001

let gh: GitHubStandin
const roots: string[] = []
beforeAll(async () => {
  gh = await startGitHubStandin()
}, 60_000)
afterAll(async () => {
  await gh?.stop()
  for (const r of roots) rmSync(r, { recursive: true, force: true })
})
beforeEach(() => {
  gh.reset()
  // The pull request the push merged (G3 finds it by the merge commit, and its author never approves).
  gh.pulls.push({
    number: 12,
    headOwner: 'acme',
    headRef: 'model-v2',
    headSha: 'c'.repeat(40),
    state: 'closed',
    author: 'ana-ml',
    mergeCommitSha: MERGE,
  })
})

const play = async (reviewers: Record<string, string>): Promise<WorkflowRun> => {
  const run = await runWorkflow({
    workflow: join(REPO, 'template/.github/workflows/release.yml'),
    event: { name: 'push', payload: { ref: 'refs/heads/main', after: MERGE } },
    source: join(REPO, 'template'),
    sha: MERGE,
    runId: RUN_ID,
    actor: 'ana-ml',
    env: { GITHUB_API_URL: gh.url },
    given: {
      candidate: { result: 'success', outputs: { 'release-tag': 'seattle-ny-temp-max-v1.0.0' } },
    },
    onEnvironment: (_job, environment) => {
      const login = reviewers[environment]
      if (login)
        gh.runApprovals.push({
          run: RUN_ID,
          login,
          state: 'approved',
          environments: [environment],
          comment: `${environment} ok`,
        })
    },
  })
  roots.push(run.root)
  return run
}

describe('template release.yml: the sign-offs and G3 on the merged commit', () => {
  it('OT Lead and QA approve their environments: G3 passes on their approvals', async () => {
    const run = await play({ 'ot-signoff': 'luis-ot', 'qa-signoff': 'carla-qa' })
    expect(run.order).toEqual([
      'candidate',
      'ot-signoff',
      'qa-signoff',
      'g3-approval',
      'g5-release',
      'deploy',
    ])
    expect(run.jobs['ot-signoff']).toMatchObject({ result: 'success', environment: 'ot-signoff' })
    expect(run.jobs['qa-signoff']).toMatchObject({ result: 'success', environment: 'qa-signoff' })
    const g3 = run.jobs['g3-approval']!.steps.find((s) => s.kind === 'modelgate')!
    expect(g3.outputs.status, g3.log.slice(-3000)).toBe('pass')
    const evidence = JSON.parse(readFileSync(g3.outputs['evidence-path']!, 'utf8'))
    expect(evidence.report.approvals).toMatchObject({
      source: 'environment',
      runId: String(RUN_ID),
      pullRequest: 12,
    })
    expect(evidence.report.approvals.counted.map((c: { login: string }) => c.login)).toEqual([
      'luis-ot',
      'carla-qa',
    ])
    // A push runs the candidate stage only: G5 and the deploy hook wait for stage=promote.
    expect(run.jobs['g5-release']!.result).toBe('skipped')
    expect(run.jobs.deploy!.result).toBe('skipped')
    expect(gh.violations).toEqual([])
  })

  it('without QA, G3 fails its job and names the missing role', async () => {
    const run = await play({ 'ot-signoff': 'luis-ot' })
    const g3 = run.jobs['g3-approval']!.steps.find((s) => s.kind === 'modelgate')!
    expect(g3.outputs.status).toBe('fail')
    expect(run.jobs['g3-approval']!.result).toBe('failure')
    expect(g3.log).toContain('qa: 0 of 1')
  })
})
