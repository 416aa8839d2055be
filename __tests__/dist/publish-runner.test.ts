import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { artifactName } from '../../src/publish/github/artifact.js'
import { startArtifactStandin, type ArtifactStandin } from '../support/artifact-standin.js'
import { makeRunnerFolder, runActionAsync } from '../support/action-runner.js'
import { startGitHubStandin, type GitHubStandin } from '../support/github-api-standin.js'

/** node dist/index.js on a pull_request event, publishing over HTTP to the GitHub and artifact stand-ins. */
let gh: GitHubStandin
let artifacts: ArtifactStandin
const folder = makeRunnerFolder({ ssot: 'template/ssot', data: 'template/data', models: 'template/models' })
const event = { action: 'synchronize', number: 7, pull_request: { number: 7, head: { sha: 'c'.repeat(40), ref: 'feature/@octocat-<b>x</b>' } } }

beforeAll(async () => {
  gh = await startGitHubStandin()
  artifacts = await startArtifactStandin()
}, 60_000)

afterAll(async () => {
  await gh?.stop()
  await artifacts?.stop()
})

/** Each call is a new workflow run (its own run id and runtime token): a run refuses an artifact name twice. */
let runId = 4242
const run = (inputs: Record<string, string>, opts: { event?: unknown; eventName?: string } = {}) =>
  runActionAsync(folder, { 'github-token': 'ghs_runner_token', ...inputs }, { event: opts.event ?? event, eventName: opts.eventName ?? 'pull_request', env: { GITHUB_API_URL: gh.url, GITHUB_RUN_ID: String(++runId), ...artifacts.newRun() } })

/** Neither stand-in saw a request GitHub or the results service would refuse, nor a repeated artifact name. */
function expectNoViolations(): void {
  expect(gh.violations).toEqual([])
  expect(artifacts.violations).toEqual([])
  expect(artifacts.conflicts).toEqual([])
}

describe('dist/index.js publishing on a pull_request event', () => {
  it('leaves one comment after three runs, a check run and an artifact equal to the evidence', async () => {
    let last
    for (let i = 0; i < 3; i++) {
      last = await run({ gate: 'G1', options: 'bootstrap=100\nlatency-calls=20' })
      expect(last.code, last.stdout).toBe(0)
    }
    const r = last!
    expect(gh.violations).toEqual([])
    expect(gh.comments).toHaveLength(1)
    expect(gh.comments[0]!.body).toContain('<!-- modelgate:G1:seattle-ny-temp-max -->')
    expect(r.outputs['comment-url']).toMatch(/issuecomment-\d+$/)
    expect(gh.checkRuns).toHaveLength(3)
    expect(gh.checkRuns[2]).toMatchObject({ name: 'modelgate / G1 Model Performance', head_sha: 'c'.repeat(40), conclusion: 'success' })
    expect(r.outputs['check-run-id']).toBe(String(gh.checkRuns[2]!.id))
    const artifact = artifacts.artifacts.at(-1)!
    expect(r.outputs['artifact-id']).toBe(String(artifact.id))
    expect(r.summary).toContain('G1 Model Performance')
    const entries = await artifacts.download(artifact.name)
    expect(entries.get('G1.evidence.json')!.equals(readFileSync(r.outputs['evidence-path']!))).toBe(true)
    // The full report in the artifact, and the check run's detail.
    expect(entries.get('G1.md')!.toString('utf8')).toBe(readFileSync(r.outputs['report-path']!, 'utf8'))
    expect(gh.checkRuns[2]!.output.text).toContain('### All checks')
    expect(gh.comments[0]!.body).toContain('model <code>seattle-ny-temp-max</code>')
    expectNoViolations()
  }, 120_000)

  it('annotates a failing KPI at its line in ssot/kpi_acceptance.csv and fails the step', async () => {
    // The runner folder is shared by this file's tests: put the KPI back whatever happens.
    const path = `${folder.workspace}/ssot/kpi_acceptance.csv`
    const original = readFileSync(path, 'utf8')
    writeFileSync(path, original.replace('G1,mae,temp_max,<=,3.0', 'G1,mae,temp_max,<=,1.0'))
    try {
      const r = await run({ gate: 'G1', options: 'bootstrap=100\nlatency-calls=20' })
      expect(r.code).toBe(1)
      const check = gh.checkRuns.at(-1)!
      expect(check.conclusion).toBe('failure')
      expect(check.annotations).toContainEqual(expect.objectContaining({ path: 'ssot/kpi_acceptance.csv', start_line: 2, annotation_level: 'failure' }))
      expectNoViolations()
    } finally {
      writeFileSync(path, original)
    }
  }, 60_000)

  it('puts G0 into the G1 chain on the same pull request, and names G0 artifacts by their data', async () => {
    gh.comments.length = 0
    const g0 = await run({ gate: 'G0' })
    expect(g0.code, g0.stdout).toBe(0)
    const g1 = await run({ gate: 'G1', options: 'bootstrap=100\nlatency-calls=20' })
    expect(g1.code, g1.stdout).toBe(0)
    const body = gh.comments.find((c) => c.body.startsWith('<!-- modelgate:G1:'))!.body
    expect(body).toContain('class G0 pass')
    expect(body).toContain('class G1 pass')
    const names = artifacts.artifacts.slice(-2).map((a) => a.name)
    // Each artifact is named from its own evidence: the gate, the model G0 found in ssot/model.json, the judged data.
    const g0Evidence = JSON.parse(readFileSync(g0.outputs['evidence-path']!, 'utf8'))
    const g1Evidence = JSON.parse(readFileSync(g1.outputs['evidence-path']!, 'utf8'))
    expect(names).toEqual([artifactName(g0Evidence), artifactName(g1Evidence)])
    const model = g1Evidence.subject.model.sha256.slice(0, 12)
    expect(g0Evidence.subject.model.sha256).toBe(g1Evidence.subject.model.sha256)
    expect(names[0]!.startsWith(`modelgate-G0-${model}-`)).toBe(true)
    expect(names[1]!.startsWith(`modelgate-G1-${model}-`)).toBe(true)
    expectNoViolations()
  }, 120_000)

  it('skips the comment on push with a notice, not an info line', async () => {
    const r = await run({ gate: 'G0', 'check-run': 'false' }, { event: { ref: 'refs/heads/main' }, eventName: 'push' })
    expect(r.code, r.stdout).toBe(0)
    expect(r.stdout).toContain('::notice::No PR comment: the push event is not about a pull request.')
    expectNoViolations()
  }, 60_000)

  it('still judges with a read-only token: one warning per feature, exit code from the gate', async () => {
    const denied = { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' }, times: 100 }
    gh.faults.push({ ...denied, method: 'POST', template: '/repos/{owner}/{repo}/check-runs' }, { ...denied, method: 'POST', template: '/repos/{owner}/{repo}/issues/{issue_number}/comments' }, { ...denied, method: 'PATCH', template: '/repos/{owner}/{repo}/issues/comments/{comment_id}' })
    const r = await run({ gate: 'G0', data: 'data/holdout.csv' })
    expect(r.code, r.stdout).toBe(0)
    expect(r.outputs.status).toBe('pass')
    expect(r.stdout.match(/permissions: checks: write/g)).toHaveLength(1)
    expect(r.stdout.match(/permissions: pull-requests: write/g)).toHaveLength(1)
    // The artifact is uploaded with the token's lack of rights: the one named after this evidence, holding it byte for byte.
    const artifact = artifacts.artifacts.at(-1)!
    expect(r.outputs['artifact-id']).toBe(String(artifact.id))
    const evidence = readFileSync(r.outputs['evidence-path']!)
    expect(artifact.name).toBe(artifactName(JSON.parse(evidence.toString('utf8'))))
    expect((await artifacts.download(artifact.name)).get('G0.evidence.json')!.equals(evidence)).toBe(true)
    expect(r.stdout).toContain('workflow_run')
    expectNoViolations()
    gh.faults.length = 0
  }, 60_000)
})

describe('the fork follow-up: a judge job without write access, then a publish job that never checks out the fork', () => {
  const HEAD = 'f'.repeat(40)
  const followUp = (headSha = HEAD) => ({ action: 'completed', workflow_run: { event: 'pull_request', head_sha: headSha, head_branch: 'fix/holdout', head_repository: { full_name: 'forker/plant-models', owner: { login: 'forker' } }, pull_requests: [] } })
  // The fork's checkout (the judge job), with a KPI it fails, and the publish job's empty workspace.
  const fork = makeRunnerFolder({ ssot: 'template/ssot', data: 'template/data', models: 'template/models' })
  const kpis = join(fork.workspace, 'ssot', 'kpi_acceptance.csv')
  writeFileSync(kpis, readFileSync(kpis, 'utf8').replace('G1,mae,temp_max,<=,3.0', 'G1,mae,temp_max,<=,1.0'))
  const publisher = makeRunnerFolder({})
  const runEnv = () => ({ GITHUB_API_URL: gh.url, GITHUB_RUN_ID: '5151', ...runArtifacts })
  let runArtifacts: ReturnType<ArtifactStandin['newRun']>
  let judged: string

  /** The publish job: the judged evidence downloaded to judged/G1.evidence.json, modelgate in publish-evidence mode. */
  const publish = (evidence: string, inputs: Record<string, string> = {}, headSha = HEAD) => {
    mkdirSync(join(publisher.workspace, 'judged'), { recursive: true })
    writeFileSync(join(publisher.workspace, 'judged', 'G1.evidence.json'), evidence)
    return runActionAsync(publisher, { 'github-token': 'ghs_runner_token', gate: 'G1', 'publish-evidence': 'judged/G1.evidence.json', ...inputs }, { event: followUp(headSha), eventName: 'workflow_run', env: runEnv() })
  }
  const published = () => ({ checkRuns: gh.checkRuns.length, comments: gh.comments.length, writes: gh.requests.filter((r) => r.method !== 'GET').length, artifacts: artifacts.artifacts.length })

  beforeAll(async () => {
    gh.pulls.push({ number: 31, headOwner: 'forker', headRef: 'fix/holdout', headSha: HEAD, state: 'open' })
    runArtifacts = artifacts.newRun()
    const before = gh.requests.length
    // The judge job: contents: read, no comment, check run or artifact from modelgate.
    const judge = await runActionAsync(fork, { 'github-token': 'ghs_read_only', gate: 'G1', options: 'bootstrap=100\nlatency-calls=20', comment: 'false', 'check-run': 'false', artifact: 'false' }, { event: followUp(), eventName: 'workflow_run', env: runEnv() })
    expect(judge.code, judge.stdout).toBe(1)
    expect(gh.requests.length).toBe(before)
    judged = readFileSync(judge.outputs['evidence-path']!, 'utf8')
    expect(JSON.parse(judged).context).toMatchObject({ sha: HEAD, event: 'workflow_run', repository: 'acme/plant-models' })
  }, 120_000)

  it('publishes the verified verdict: check run on the fork head with annotations, the comment on its pull request, the artifact', async () => {
    const r = await publish(judged)
    // The exit code is the judged verdict.
    expect(r.code, r.stdout).toBe(1)
    expect(r.outputs.status).toBe('fail')
    const evidence = JSON.parse(judged)
    expect(r.outputs['evidence-digest']).toBe(evidence.digest.value)
    const check = gh.checkRuns.at(-1)!
    expect(check).toMatchObject({ name: 'modelgate / G1 Model Performance', head_sha: HEAD, conclusion: 'failure' })
    // The KPI file is not in this job's workspace, yet the annotation points at its line.
    expect(check.annotations).toContainEqual(expect.objectContaining({ path: 'ssot/kpi_acceptance.csv', start_line: 2, annotation_level: 'failure' }))
    const comment = gh.comments.find((c) => c.issue === 31)!
    expect(comment.body.startsWith(`<!-- modelgate:G1:seattle-ny-temp-max -->\n<!-- modelgate-status:fail:${HEAD} -->`)).toBe(true)
    expect(r.outputs['comment-url']).toMatch(/\/pull\/31#issuecomment-\d+$/)
    const artifact = artifacts.artifacts.at(-1)!
    expect(artifact.name).toBe(artifactName(evidence))
    expect(r.outputs['artifact-id']).toBe(String(artifact.id))
    expect((await artifacts.download(artifact.name)).get('G1.evidence.json')!.toString('utf8')).toBe(judged)
    expect(r.summary).toContain('G1 Model Performance')
    expectNoViolations()
  }, 60_000)

  it('refuses evidence whose verdict was changed after judging (digest), and publishes nothing', async () => {
    const before = published()
    const forged = judged.replace('"status": "fail"', '"status": "pass"')
    expect(forged).not.toBe(judged)
    const r = await publish(forged)
    expect(r.code).toBe(2)
    expect(r.outputs.status).toBe('error')
    expect(r.stdout).toMatch(/::error::judged\/G1\.evidence\.json: Refusing to publish evidence that does not verify: judged\/G1\.evidence\.json: digest mismatch/)
    expect(published()).toEqual(before)
  }, 60_000)

  it('refuses evidence judged on another commit, for another gate, or not evidence at all, and publishes nothing', async () => {
    const before = published()
    const other = await publish(judged, {}, 'e'.repeat(40))
    expect(other.code).toBe(2)
    expect(other.stdout).toContain(`Refusing to publish: The evidence was judged on another commit. Expected commit ${'e'.repeat(40)}, the one this run is about, found commit ${HEAD}`)
    const gate = await publish(judged, { gate: 'G0' })
    expect(gate.code).toBe(2)
    expect(gate.stdout).toContain('Refusing to publish: The evidence is for another gate. Expected G0, found G1')
    const schema = await publish(JSON.stringify({ ...JSON.parse(judged), status: 'maybe' }))
    expect(schema.code).toBe(2)
    expect(schema.stdout).toMatch(/Refusing to publish evidence that does not verify: .*status/)
    const notJson = await publish('{"gate": "G1", ')
    expect(notJson.stdout).toContain('judged/G1.evidence.json: The evidence to publish is not JSON')
    const judging = await publish(judged, { options: 'bootstrap=10' })
    expect(judging.code).toBe(2)
    expect(judging.stdout).toContain('publish-evidence publishes a verdict another job reached; it does not judge')
    expect(published()).toEqual(before)
    expectNoViolations()
  }, 120_000)
})
