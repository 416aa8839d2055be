import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { pinWorkflowVersion } from '../../src/cli/init-command.js'
import { runCli } from '../../src/cli/run-cli.js'
import { TOOL_VERSION } from '../../src/version.js'
import { REPO } from '../support/action-runner.js'

function capture(cwd: string) {
  const out = { stdout: '', stderr: '' }
  return {
    out,
    io: {
      stdout: (t: string) => (out.stdout += t),
      stderr: (t: string) => (out.stderr += t),
      cwd,
      env: {},
    },
  }
}

const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort()

describe('modelgate init', () => {
  it('writes the whole template into a new folder, workflows pinned to this version', async () => {
    const root = mkdtempSync(join(tmpdir(), 'mg-init-'))
    const { io, out } = capture(root)
    expect(await runCli(['init', 'my-model'], io)).toBe(0)
    const target = join(root, 'my-model')
    expect(files(target)).toEqual(files(join(REPO, 'template')))
    const release = readFileSync(join(target, '.github/workflows/release.yml'), 'utf8')
    expect(release).toContain(`uses: modelgate/modelgate@v${TOOL_VERSION}`)
    expect(release).not.toMatch(/modelgate\/modelgate@v1\b/)
    expect(readFileSync(join(target, '.github/workflows/shadow.yml'), 'utf8')).toMatch(
      new RegExp(`^  MODELGATE_VERSION: v${TOOL_VERSION.replace(/\./g, '\\.')}$`, 'm'),
    )
    // Everything else byte for byte: the signatures must still verify.
    expect(readFileSync(join(target, 'models/temp_max.onnx'))).toEqual(
      readFileSync(join(REPO, 'template/models/temp_max.onnx')),
    )
    expect(out.stdout).toMatch(/wrote \d+ file\(s\)/)
    expect(out.stdout).not.toMatch(/skipped/)
  })

  it('never overwrites: an existing repository keeps its files, and the skipped ones are listed', async () => {
    const root = mkdtempSync(join(tmpdir(), 'mg-init-'))
    mkdirSync(join(root, 'ssot'))
    writeFileSync(join(root, 'ssot/model.json'), '{"mine": true}\n')
    writeFileSync(join(root, 'README.md'), '# my project\n')
    const { io, out } = capture(root)
    expect(await runCli(['init'], io)).toBe(0)
    expect(readFileSync(join(root, 'ssot/model.json'), 'utf8')).toBe('{"mine": true}\n')
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toBe('# my project\n')
    expect(out.stdout).toMatch(
      /skipped 2 file\(s\) that exist[^\n]*\n {2}README\.md\n {2}ssot\/model\.json\n/,
    )
    // A second run writes nothing.
    const again = capture(root)
    expect(await runCli(['init'], again.io)).toBe(0)
    expect(again.out.stdout).toMatch(/wrote 0 file\(s\)/)
  })

  it('refuses a file as the target, and two folders', async () => {
    const root = mkdtempSync(join(tmpdir(), 'mg-init-'))
    writeFileSync(join(root, 'afile'), '')
    const { io, out } = capture(root)
    expect(await runCli(['init', 'afile'], io)).toBe(2)
    expect(out.stderr).toMatch(
      /afile: init writes into a folder\. Expected a new or existing folder, found a file/,
    )
    expect(await runCli(['init', 'a', 'b'], io)).toBe(2)
    expect(out.stderr).toMatch(/init takes one folder/)
  })

  it('pins only modelgate references', () => {
    expect(
      pinWorkflowVersion(
        '      - uses: modelgate/modelgate@v1\n      - uses: actions/checkout@v5\n  MODELGATE_VERSION: v1\n',
        'v9.9.9',
      ),
    ).toBe(
      '      - uses: modelgate/modelgate@v9.9.9\n      - uses: actions/checkout@v5\n  MODELGATE_VERSION: v9.9.9\n',
    )
  })

  it('works from the bundle: node dist/cli.js init copies the template shipped in dist/', () => {
    const root = mkdtempSync(join(tmpdir(), 'mg-init-'))
    const r = spawnSync(process.execPath, [join(REPO, 'dist', 'cli.js'), 'init', 'repo'], {
      cwd: root,
      encoding: 'utf8',
    })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(files(join(root, 'repo'))).toEqual(files(join(REPO, 'template')))
    // The new user's next step, from the bundle too: the plan, call by call, with no token.
    const plan = spawnSync(
      process.execPath,
      [join(REPO, 'dist', 'cli.js'), 'setup', '--repo', 'me/my-model', '--dry-run'],
      { cwd: join(root, 'repo'), encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } },
    )
    expect(plan.status, plan.stderr).toBe(0)
    expect(plan.stdout).toMatch(/^modelgate setup me\/my-model \(dry run: nothing is changed\)\n/)
    expect(plan.stdout).toMatch(
      /^\+ environment production .*: PUT \/repos\/me\/my-model\/environments\/production /m,
    )
    expect(plan.stdout).toMatch(
      /^\+ ruleset "modelgate gates" .*: POST \/repos\/me\/my-model\/rulesets /m,
    )
    expect(plan.stdout).toMatch(/^\+ variable MODELGATE_TRUSTED_KEYS = sha256:[0-9a-f]{64}: POST /m)
    expect(plan.stdout).toMatch(/^Would create \d+, would update 0, 0 unchanged\.$/m)
  })
})
