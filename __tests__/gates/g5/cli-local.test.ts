import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/cli/run-cli.js'
import { registerCandidate } from '../../../src/registry/candidate.js'
import { verifyHeldVersion } from '../../../src/registry/bundle.js'
import { LocalRegistry } from '../../../src/registry/local.js'
import {
  APPROVALS,
  REF,
  RELEASE_MANAGER,
  releaseWorld,
  type ReleaseWorld,
} from './release-fixture.js'

/**
 * `modelgate G5 --registry DIR` on the real local registry: the candidate
 * registered as `modelgate candidate` does, G0 to G4 evidence attached, the
 * Release Manager's sign-off from a file. A pass publishes the version and
 * moves production; what G5 leaves behind verifies with the same chain
 * checks as `modelgate verify`.
 */

let w: ReleaseWorld
afterEach(() => rmSync(w.root, { recursive: true, force: true }))

async function cli(args: string[], cwd: string) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {
    cwd,
    env: {},
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  })
  return { code, stdout, stderr }
}

async function localCandidate() {
  w = await releaseWorld()
  // Sign-off files count for G5 only where the policy says so.
  w.write(
    'ssot/approvals.json',
    JSON.stringify({
      ...APPROVALS,
      gates: { ...APPROVALS.gates, G5: { ...APPROVALS.gates.G5, allowFileSource: true } },
    }),
  )
  w.write(
    'signoff.json',
    JSON.stringify({
      approvals: [
        { login: RELEASE_MANAGER, state: 'approved', gate: 'G5', environment: 'production' },
      ],
    }),
  )
  const registry = new LocalRegistry({ root: join(w.root, 'registry') })
  await registerCandidate({
    registry,
    workspaceRoot: w.root,
    ssotPath: 'ssot',
    actor: { login: 'ana-ml' },
  })
  for (const gate of ['G0', 'G1', 'G2', 'G3', 'G4'] as const)
    await registry.attachEvidence(REF, (await w.registry.readEvidence(REF, gate))!)
  return registry
}

describe('modelgate G5 --registry DIR', () => {
  it('releases the candidate from the local registry, marks the origins local, and leaves a chain verify accepts', async () => {
    const registry = await localCandidate()
    const r = await cli(
      [
        'G5',
        '--ssot',
        'ssot',
        '--registry',
        'registry',
        '--approvals',
        'signoff.json',
        '--out',
        'out',
        '--format',
        'json',
      ],
      w.root,
    )
    const evidence = JSON.parse(readFileSync(join(w.root, 'out/G5.evidence.json'), 'utf8'))
    expect(
      r.code,
      `${r.stderr}\n${JSON.stringify(
        evidence.checks.filter((c: { status: string }) => c.status !== 'pass'),
        null,
        1,
      )}`,
    ).toBe(0)
    expect(evidence.checks.find((c: { id: string }) => c.id === 'G5.origin.G2').message).toMatch(
      /^Local release: the G2 evidence was read from the local registry/,
    )
    const released = (await registry.version(REF))!
    expect(released).toMatchObject({ draft: false, state: 'production' })
    expect((await registry.production(REF.model))!.version).toBe(REF.version)
    const verdicts = await verifyHeldVersion(registry, released)
    expect(verdicts.filter((v) => v.status === 'fail')).toEqual([])
    expect(verdicts.map((v) => v.link)).toEqual(
      expect.arrayContaining(['chain G5 -> G4', 'version G5', 'report G5.md', 'report G5.html']),
    )
  })

  it('refuses a model swapped in the registry after G2, and leaves the draft as it was', async () => {
    const registry = await localCandidate()
    const held = join(w.root, 'registry', REF.model, 'versions', REF.version, 'm.onnx')
    writeFileSync(held, 'another model')
    const r = await cli(
      [
        'G5',
        '--ssot',
        'ssot',
        '--registry',
        'registry',
        '--approvals',
        'signoff.json',
        '--out',
        'out',
      ],
      w.root,
    )
    expect(r.code).toBe(1)
    const evidence = JSON.parse(readFileSync(join(w.root, 'out/G5.evidence.json'), 'utf8'))
    expect(evidence.checks.find((c: { id: string }) => c.id === 'G5.manifest')).toMatchObject({
      status: 'fail',
      message: expect.stringMatching(/m\.onnx is not the file G2 vouched for/),
    })
    expect((await registry.version(REF))!).toMatchObject({ draft: true })
    expect(await registry.readEvidence(REF, 'G5')).toBeUndefined()
  })
})
