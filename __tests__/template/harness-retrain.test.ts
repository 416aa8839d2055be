import { execFileSync, spawnSync } from 'node:child_process'
import { createPublicKey } from 'node:crypto'
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { keyFingerprint } from '../../src/signing/signatures.js'
import { makeRunnerFolder, REPO, runActionAsync } from '../support/action-runner.js'
import { startGitHubStandin, type GitHubStandin } from '../support/github-api-standin.js'
import { addWorkflowRoutes, type WorkflowRoutes } from '../support/github-workflow-routes.js'
import { PYTHON, pythonHas } from '../support/python.js'
import { runWorkflow } from '../support/workflow-harness.js'

/**
 * The template's retrain.yml, played by the workflow harness on a workflow_dispatch: train.py runs
 * for real (the Python peer), scripts/sign-release.sh signs with the key the `signing` environment
 * holds as a secret, the branch is pushed to a local bare repository, and `gh` (the stand-in in
 * __tests__/support/gh-standin, REST calls to the API stand-in) opens the pull request and
 * dispatches gates.yml on the branch. Then G2 judges the branch with the new key pinned.
 */
const hasPeers = pythonHas(['sklearn', 'skl2onnx', 'onnx'], 'the retrain workflow test')
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim()

let gh: GitHubStandin
let routes: WorkflowRoutes
const temp: string[] = []
beforeAll(async () => {
  gh = await startGitHubStandin()
  routes = addWorkflowRoutes(gh)
})
afterAll(async () => {
  await gh?.stop()
  for (const t of temp) rmSync(t, { recursive: true, force: true })
})

describe.runIf(hasPeers)('template retrain.yml from dist/', () => {
  it('trains, signs behind the signing environment, opens the pull request and dispatches the gates on its branch', async () => {
    const work = mkdtempSync(join(tmpdir(), 'mg-retrain-'))
    temp.push(work)
    // The adopting team's repository: the template on main, in a bare "GitHub" remote.
    const remote = join(work, 'remote.git')
    const seed = join(work, 'seed')
    cpSync(join(REPO, 'template'), seed, { recursive: true })
    git(seed, 'init', '-q', '-b', 'main')
    git(seed, 'add', '-A')
    git(seed, 'commit', '-qm', 'modelgate init')
    execFileSync('git', ['clone', '-q', '--bare', seed, remote])
    // The team's own release key, held only by the signing environment.
    const key = join(work, 'release.pem')
    execFileSync('openssl', ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', key])
    const fingerprint = keyFingerprint(createPublicKey(readFileSync(key)))

    const environments: string[] = []
    const run = await runWorkflow({
      workflow: join(REPO, 'template/.github/workflows/retrain.yml'),
      event: {
        name: 'workflow_dispatch',
        payload: { inputs: { reason: 'drift 7' } },
        inputs: { reason: 'drift 7' },
      },
      source: seed,
      gitRemote: remote,
      secrets: { MODELGATE_SIGNING_KEY: readFileSync(key, 'utf8') },
      env: { GITHUB_API_URL: gh.url },
      extraPath: [join(REPO, '__tests__/support/gh-standin'), dirname(PYTHON)],
      onEnvironment: (_job, name) => void environments.push(name),
    })
    temp.push(run.root)
    for (const id of ['train', 'sign', 'pull-request'])
      expect(
        run.jobs[id]!.result,
        `${id}: ${run.jobs[id]!.steps.map((s) => s.log)
          .join('\n')
          .slice(-3000)}`,
      ).toBe('success')
    expect(environments).toEqual(['signing'])

    // The branch holds the new signatures and public key, and nothing of the private key.
    const branch = 'retrain/4242'
    const files = git(remote, 'diff', '--name-only', 'main', branch).split('\n')
    expect(files).toContain('ssot/keys/release.pub')
    expect(files).toContain('signatures/models/temp_max.onnx.sig')
    expect(files.some((f) => /\.pem$/.test(f))).toBe(false)
    expect(git(remote, 'log', '-1', '--format=%s', branch)).toBe('Retrain: drift 7')

    expect(routes.pulls).toEqual([
      expect.objectContaining({
        head: branch,
        base: 'main',
        title: 'Retrain: drift 7',
        labels: ['modelgate:retrain'],
      }),
    ])
    // GITHUB_TOKEN's pull request starts no workflow: the gates are dispatched on its branch.
    expect(routes.dispatches).toEqual([{ workflow: 'gates.yml', ref: branch, inputs: {} }])
    expect(gh.violations).toEqual([])

    // G2 on the branch, with the new key pinned as setup pins it (MODELGATE_TRUSTED_KEYS), passes.
    const checkout = join(work, 'branch')
    execFileSync('git', ['clone', '-q', '--branch', branch, remote, checkout])
    const folder = makeRunnerFolder({})
    temp.push(folder.root)
    rmSync(folder.workspace, { recursive: true })
    cpSync(checkout, folder.workspace, { recursive: true })
    const g2 = await runActionAsync(
      folder,
      {
        gate: 'G2',
        'trusted-keys': fingerprint,
        comment: 'false',
        'check-run': 'false',
        artifact: 'false',
      },
      { eventName: 'workflow_dispatch' },
    )
    expect(g2.outputs.status, g2.stdout.slice(-2000)).toBe('pass')
    // And the template's old (throwaway) key no longer counts.
    expect(
      spawnSync('git', ['-C', checkout, 'show', `main:ssot/keys/release.pub`], { encoding: 'utf8' })
        .stdout,
    ).not.toBe(readFileSync(join(checkout, 'ssot/keys/release.pub'), 'utf8'))
  })
})
