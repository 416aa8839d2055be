import { createPublicKey } from 'node:crypto'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { keyFingerprint } from '../../src/signing/signatures.js'
import { REPO } from '../support/action-runner.js'
import { startArtifactStandin, type ArtifactStandin } from '../support/artifact-standin.js'
import { startGitHubStandin, type GitHubStandin } from '../support/github-api-standin.js'
import { evaluateExpression, orderJobs, runWorkflow } from '../support/workflow-harness.js'

/**
 * The template's gates.yml, played by the workflow harness on a pull_request event: GitHub's parser
 * reads it, jobs run in `needs:` order, each modelgate step is `node dist/index.js` with its
 * `with:` inputs, against the GitHub API and artifact stand-ins.
 */
const WORKFLOWS = join(REPO, 'template', '.github', 'workflows')
const HEAD = 'c'.repeat(40)
/** The fingerprint of the template's release key, as `modelgate setup` pins it in MODELGATE_TRUSTED_KEYS. */
const TEMPLATE_KEYS = keyFingerprint(
  createPublicKey(readFileSync(join(REPO, 'template', 'ssot', 'keys', 'release.pub'))),
)

let gh: GitHubStandin
let artifacts: ArtifactStandin
const roots: string[] = []
beforeAll(async () => {
  gh = await startGitHubStandin()
  artifacts = await startArtifactStandin()
}, 60_000)
afterAll(async () => {
  await gh?.stop()
  await artifacts?.stop()
  for (const r of roots) rmSync(r, { recursive: true, force: true })
})

describe('the workflow harness', () => {
  it('evaluates expressions as GitHub does', () => {
    const ctx = {
      github: { event: { pull_request: { number: 7 } }, ref: 'refs/heads/x' },
      inputs: {},
    }
    expect(
      evaluateExpression(
        "format('gates-{0}', github.event.pull_request.number || github.ref)",
        ctx,
      ),
    ).toBe('gates-7')
    expect(
      evaluateExpression("github.event_name == 'push' || inputs.stage == 'candidate'", ctx),
    ).toBe(false)
    expect(
      evaluateExpression('success() && always()', ctx, { success: false, failure: true }),
    ).toBe(false)
    expect(evaluateExpression('failure()', ctx, { success: false, failure: true })).toBe(true)
  })

  it('orders jobs by needs and refuses a cycle', () => {
    expect(
      orderJobs([
        { id: 'c', needs: ['a', 'b'] },
        { id: 'b', needs: ['a'] },
        { id: 'a', needs: [] },
      ]),
    ).toEqual(['a', 'b', 'c'])
    expect(() =>
      orderJobs([
        { id: 'a', needs: ['b'] },
        { id: 'b', needs: ['a'] },
      ]),
    ).toThrow(/cycle/)
  })
})

describe('template gates.yml on a pull request, played from dist/', () => {
  it('runs G0, G1 and G2 in order: three passing jobs, each with its check run, sticky comment and artifact', async () => {
    const run = await runWorkflow({
      workflow: join(WORKFLOWS, 'gates.yml'),
      event: {
        name: 'pull_request',
        payload: {
          action: 'synchronize',
          number: 7,
          pull_request: { number: 7, head: { sha: HEAD, ref: 'retrain/1' } },
        },
      },
      source: join(REPO, 'template'),
      sha: 'm'.repeat(40).replace(/m/g, 'd'),
      ref: 'refs/pull/7/merge',
      vars: { MODELGATE_TRUSTED_KEYS: TEMPLATE_KEYS },
      env: { GITHUB_API_URL: gh.url, ...artifacts.newRun() },
    })
    roots.push(run.root)
    expect(run.order).toEqual(['g0-data-quality', 'g1-model-performance', 'g2-security-review'])
    for (const id of run.order) {
      const job = run.jobs[id]!
      const gate = job.steps.find((s) => s.kind === 'modelgate')!
      expect(gate.outputs.status, `${id}: ${gate.log.slice(-2000)}`).toBe('pass')
      expect(job.result).toBe('success')
      expect(job.steps.map((s) => s.kind)).toEqual(['stand-in', 'modelgate'])
    }
    // The with: inputs reached the action, expressions evaluated (vars.MODELGATE_TRUSTED_KEYS), defaults filled in.
    const g2 = run.jobs['g2-security-review']!.steps[1]!
    expect(g2.inputs).toMatchObject({
      gate: 'G2',
      'trusted-keys': TEMPLATE_KEYS,
      ssot: 'ssot',
      'github-token': 'ghs_harness_token',
    })
    expect(run.jobs['g1-model-performance']!.steps[1]!.inputs!.options).toBe('bootstrap=1000\n')
    expect(gh.checkRuns.map((c) => [c.name, c.head_sha, c.conclusion])).toEqual([
      ['modelgate / G0 Data Quality', HEAD, 'success'],
      ['modelgate / G1 Model Performance', HEAD, 'success'],
      ['modelgate / G2 Security Review', HEAD, 'success'],
    ])
    expect(gh.comments.filter((c) => c.issue === 7)).toHaveLength(3)
    expect(artifacts.artifacts.map((a) => a.name.split('-')[1])).toEqual(['G0', 'G1', 'G2'])
    expect(gh.violations).toEqual([])
    expect(artifacts.violations).toEqual([])
  })

  it('runs the same on workflow_dispatch (retrain.yml dispatches it on its branch): check runs on the branch head, no comment', async () => {
    const before = { checks: gh.checkRuns.length, comments: gh.comments.length }
    const head = 'e'.repeat(40)
    const run = await runWorkflow({
      workflow: join(WORKFLOWS, 'gates.yml'),
      event: {
        name: 'workflow_dispatch',
        payload: { ref: 'refs/heads/retrain/4242', inputs: {} },
        inputs: {},
      },
      source: join(REPO, 'template'),
      sha: head,
      ref: 'refs/heads/retrain/4242',
      vars: { MODELGATE_TRUSTED_KEYS: TEMPLATE_KEYS },
      env: { GITHUB_API_URL: gh.url, ...artifacts.newRun() },
    })
    roots.push(run.root)
    expect(run.order.map((j) => run.jobs[j]!.result)).toEqual(['success', 'success', 'success'])
    expect(
      gh.checkRuns.slice(before.checks).map((c) => [c.name, c.head_sha, c.conclusion]),
    ).toEqual([
      ['modelgate / G0 Data Quality', head, 'success'],
      ['modelgate / G1 Model Performance', head, 'success'],
      ['modelgate / G2 Security Review', head, 'success'],
    ])
    expect(gh.comments.length).toBe(before.comments)
    expect(gh.violations).toEqual([])
  })

  it('stops the chain when a gate fails: G0 on a broken data file fails its job, G1 and G2 are skipped', async () => {
    const { cpSync, mkdtempSync, writeFileSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const source = mkdtempSync(join(tmpdir(), 'mg-broken-'))
    roots.push(source)
    cpSync(join(REPO, 'template'), source, { recursive: true })
    const holdout = join(source, 'data', 'holdout.csv')
    writeFileSync(
      holdout,
      readFileSync(holdout, 'utf8').replace(
        /^Seattle,2015-01-01,0\.0,5\.6,/m,
        'Seattle,2015-01-01,-40.0,5.6,',
      ),
    )
    const run = await runWorkflow({
      workflow: join(WORKFLOWS, 'gates.yml'),
      event: {
        name: 'pull_request',
        payload: { number: 8, pull_request: { number: 8, head: { sha: HEAD, ref: 'x' } } },
      },
      source,
      vars: { MODELGATE_TRUSTED_KEYS: TEMPLATE_KEYS },
      env: { GITHUB_API_URL: gh.url, ...artifacts.newRun() },
    })
    roots.push(run.root)
    expect(run.jobs['g0-data-quality']!.result).toBe('failure')
    expect(run.jobs['g0-data-quality']!.steps[1]!.outputs.status).toBe('fail')
    expect(run.jobs['g1-model-performance']!.result).toBe('skipped')
    expect(run.jobs['g2-security-review']!.result).toBe('skipped')
  })
})
