import { afterEach, describe, expect, it } from 'vitest'
import { readFileSync, rmSync } from 'node:fs'
import type { EvidenceRecord } from '../../../src/contract/types.js'
import {
  AUTHOR,
  NOW,
  REF,
  RELEASE_MANAGER,
  TAG,
  approval,
  releaseWorld,
  type ReleaseWorld,
} from './release-fixture.js'

const worlds: ReleaseWorld[] = []
async function world(...args: Parameters<typeof releaseWorld>) {
  const w = await releaseWorld(...args)
  worlds.push(w)
  return w
}
afterEach(() => {
  for (const w of worlds.splice(0)) rmSync(w.root, { recursive: true, force: true })
})

const failing = (e: EvidenceRecord) => e.checks.filter((c) => c.status === 'fail').map((c) => c.id)
const check = (e: EvidenceRecord, id: string) => e.checks.find((c) => c.id === id)

/**
 * Each row is a way to get a model into production without earning it; G5
 * must refuse each one, name the check that caught it, and touch nothing.
 */
const BYPASSES: {
  name: string
  caughtBy: string
  message: RegExp
  act: (w: ReleaseWorld) => Promise<void> | void
}[] = [
  {
    name: 'the model swapped in the release after G2',
    caughtBy: 'G5.manifest',
    message: /m\.onnx is not the file G2 vouched for \(G2: [0-9a-f]{64}, found [0-9a-f]{64}\)/,
    act: (w) => w.registry.put(REF, 'm.onnx', 'a different model'),
  },
  {
    name: 'the model card swapped after G2',
    caughtBy: 'G5.manifest',
    message: /MODEL_CARD\.md is not the file G2 vouched for/,
    act: (w) => w.registry.put(REF, 'MODEL_CARD.md', '# a rosier card\n'),
  },
  {
    name: 'a version anchor (modelgate-version.json) naming another model',
    caughtBy: 'G5.manifest',
    message: /modelgate-version\.json names model 0{64}, the version's is/,
    act: (w) =>
      w.registry.put(
        REF,
        'modelgate-version.json',
        JSON.stringify({ modelDigest: '0'.repeat(64) }),
      ),
  },
  {
    name: 'a version anchor pointing at another model file (the deploy step would ship it)',
    caughtBy: 'G5.manifest',
    message: /modelgate-version\.json names model file evil\.onnx/,
    act: (w) => {
      const held = w.registry.entries.get(`${REF.model}@${REF.version}`)!.bytes
      const anchor = JSON.parse(held.get('modelgate-version.json')!.toString('utf8'))
      w.registry.put(REF, 'evil.onnx', 'an unvetted model')
      w.registry.put(
        REF,
        'modelgate-version.json',
        JSON.stringify({ ...anchor, modelFile: 'evil.onnx' }),
      )
    },
  },
  {
    name: 'evidence of another model digest',
    caughtBy: 'G5.evidence.G1',
    message: /judged model sha256 0{64}, not the released/,
    act: async (w) => void (await w.attach('G1', { modelDigest: '0'.repeat(64) })),
  },
  {
    name: 'G1 judged other holdout data than G0 validated (same path, other bytes)',
    caughtBy: 'G5.data',
    message: /data\/holdout\.csv: G0 judged a{64}, G1 judged b{64}/,
    act: async (w) => {
      const holdout = (sha256: string) => [
        { role: 'holdout', path: 'data/holdout.csv', sha256, bytes: 10 },
      ]
      await w.attach('G0', { data: holdout('a'.repeat(64)) })
      await w.attach('G1', { data: holdout('b'.repeat(64)) })
    },
  },
  {
    name: 'stale evidence',
    caughtBy: 'G5.age.G0',
    message: /G0 evidence is stale: 40 days old .* over the limit of 30 days/,
    act: async (w) =>
      void (await w.attach('G0', { finished: new Date(NOW.getTime() - 40 * 86_400_000) })),
  },
  {
    name: 'an evidence file edited after its digest (a failed G1 turned into a pass)',
    caughtBy: 'G5.evidence.G1',
    message: /does not verify: .*digest mismatch/,
    act: async (w) => {
      const failed = w.evidence('G1', { status: 'fail' })
      w.registry.put(REF, 'G1.evidence.json', JSON.stringify({ ...failed, status: 'pass' }))
    },
  },
  {
    name: 'evidence of a failed gate',
    caughtBy: 'G5.evidence.G3',
    message: /its status is fail, not pass/,
    act: async (w) => void (await w.attach('G3', { status: 'fail' })),
  },
  {
    name: 'evidence of one gate filed as another',
    caughtBy: 'G5.evidence.G2',
    message: /it is the evidence of G1/,
    act: (w) => w.registry.put(REF, 'G2.evidence.json', JSON.stringify(w.evidence('G1'))),
  },
  {
    name: 'missing G4 evidence while ssot/release.json requires G4',
    caughtBy: 'G5.evidence.G4',
    message: /No G4 evidence held by the release .*requires G4/,
    act: (w) =>
      void w.registry.entries.get(`${REF.model}@${REF.version}`)!.bytes.delete('G4.evidence.json'),
  },
  {
    name: 'an open high-impact risk without mitigation',
    caughtBy: 'G5.risk',
    message: /1 open risk with high\/critical impact and no mitigation: R9 \(line 4, high/,
    act: (w) =>
      w.write(
        'ssot/risk_register.csv',
        'id,risk,likelihood,impact,mitigation,owner,status\nR1,a,low,low,,x,open\nR2,b,low,medium,,x,open\nR9,Unvalidated sensor,medium,high,,ops,open\n',
      ),
  },
  {
    name: 'an owner with a blank name',
    caughtBy: 'G5.owner',
    message: /no owner, no production/,
    act: (w) => {
      const path = `${w.root}/ssot/model.json`
      const m = JSON.parse(readFileSync(path, 'utf8'))
      w.write('ssot/model.json', JSON.stringify({ ...m, owner: { name: '  ', email: 'x@y.z' } }))
    },
  },
  {
    name: 'a drift freeze open on another serving version',
    caughtBy: 'G5.freeze',
    message: /drift freeze is open on temp-max 1\.1\.0 \(this candidate\)/,
    act: (w) => w.registry.setFrozen(REF, true, {}, 'PSI 0.4 on temp_min'),
  },
  {
    name: 'self-approval: the Release Manager who approves is the model’s author',
    caughtBy: 'G5.approval',
    message: /G5\.sod\.not-author: not counted, as author of the model: ana-ml/,
    act: (w) => void w.approvals.splice(0, 1, approval(AUTHOR)),
  },
  {
    name: 'self-approval: the Release Manager approves the run they triggered',
    caughtBy: 'G5.approval',
    message: /G5\.sod\.not-actor/,
    act: () => undefined,
  },
  {
    name: 'the Release Manager also approved G3',
    caughtBy: 'G5.approval',
    message: /G5\.sod\.distinct-from-g3: .*luis-ot/,
    act: (w) => void w.approvals.splice(0, 1, approval('luis-ot')),
  },
  {
    name: 'G3 judged on a self-declared sign-off file while approvals.json refuses files at G5',
    caughtBy: 'G5.approval',
    message: /G5\.approvals\.g3-source: G3 was judged on a sign-off file/,
    act: async (w) =>
      void (await w.attach('G3', {
        report: { approvals: { source: 'file', counted: [{ login: 'luis-ot' }] } },
      })),
  },
  {
    name: 'no approval at all',
    caughtBy: 'G5.approval',
    message: /G5\.quorum\.release-manager: .*0 of 1/,
    act: (w) => void w.approvals.splice(0),
  },
  {
    name: 'an approval of another environment',
    caughtBy: 'G5.approval',
    message: /G5\.quorum\.release-manager/,
    act: (w) =>
      void w.approvals.splice(0, 1, approval(RELEASE_MANAGER, { environments: ['staging'] })),
  },
]

describe('G5 refuses every bypass, names it, and touches nothing', () => {
  it.each(BYPASSES)('$name: caught by $caughtBy', async ({ name, caughtBy, message, act }) => {
    const w = await world()
    await act(w)
    w.registry.writes.length = 0
    // The row about the run's actor: the Release Manager triggered the release run and approved it.
    const actor = name.includes('they triggered') ? RELEASE_MANAGER : 'merge-bot-user'
    const e = await w.runG5({ context: { mode: 'local', actor } })
    expect(e.status).toBe('fail')
    expect(failing(e)).toContain(caughtBy)
    expect(check(e, caughtBy)!.message).toMatch(message)
    expect(w.registry.writes).toEqual([])
    expect((await w.registry.version(REF))!.draft).toBe(true)
  })

  it('a model.json without an owner is an error before any check (the schema requires one)', async () => {
    const w = await world()
    const m = JSON.parse(readFileSync(`${w.root}/ssot/model.json`, 'utf8'))
    delete m.owner
    w.write('ssot/model.json', JSON.stringify(m))
    const e = await w.runG5()
    expect(e.status).toBe('error')
    expect(e.problems[0]).toMatchObject({
      file: 'ssot/model.json',
      message: 'Missing required property "owner"',
    })
    expect(w.registry.writes).toEqual([])
  })
})

describe('a release that earned it', () => {
  it('passes, attaches its evidence to the draft, then publishes it and moves production', async () => {
    const w = await world()
    w.registry.entries.set('temp-max@1.0.0', {
      version: {
        ...(await w.registry.version(REF))!,
        version: '1.0.0',
        draft: false,
        state: 'production',
      },
      bytes: new Map(),
    })
    w.registry.productionOf.set(REF.model, '1.0.0')
    const e = await w.runG5({ context: { mode: 'local', actor: 'merge-bot-user' } })
    expect(failing(e)).toEqual([])
    expect(e.status).toBe('pass')
    expect(check(e, 'G5.approval')!.message).toMatch(/^Approved by rita-rm \(release-manager\)/)
    // The evidence goes in while the release is a draft; publishing comes last.
    expect(w.registry.writes).toEqual(['evidence temp-max@1.1.0 G5', 'promote temp-max@1.1.0'])
    expect(await w.registry.readEvidence(REF, 'G5')).toEqual(e)
    expect((await w.registry.production(REF.model))!.version).toBe('1.1.0')
    expect(w.registry.events.at(-1)).toMatchObject({
      kind: 'promote',
      version: '1.1.0',
      previousVersion: '1.0.0',
    })
    expect(e.report.release).toMatchObject({
      tag: TAG,
      previousTag: 'temp-max-v1.0.0',
      modelDigest: w.modelDigest,
    })
    expect(e.report.chain).toEqual(
      ['G0', 'G1', 'G2', 'G3', 'G4'].map((gate) => ({
        gate,
        required: true,
        digest: expect.stringMatching(/^[0-9a-f]{64}$/),
        status: 'pass',
        modelDigest: w.modelDigest,
      })),
    )
  })

  it('a promotion that fails after the pass is an error, not a pass', async () => {
    const w = await world()
    w.registry.promote = () => Promise.reject(new Error('GitHub answered 502'))
    const e = await w.runG5({ context: { mode: 'local', actor: 'merge-bot-user' } })
    expect(e.status).toBe('error')
    expect(e.problems[0]!.message).toMatch(
      /^G5 passed, but acting on it failed: Internal error: GitHub answered 502/,
    )
  })
})

describe('the checklist', () => {
  it('names one check per item, in order', async () => {
    const w = await world()
    const e = await w.runG5()
    expect(e.checks.map((c) => c.id)).toEqual([
      ...['G0', 'G1', 'G2', 'G3', 'G4'].map((g) => `G5.evidence.${g}`),
      ...['G0', 'G1', 'G2', 'G3', 'G4'].map((g) => `G5.origin.${g}`),
      ...['G0', 'G1', 'G2', 'G3', 'G4'].map((g) => `G5.age.${g}`),
      'G5.data',
      'G5.manifest',
      'G5.owner',
      'G5.model-card',
      'G5.risk',
      'G5.approval',
      'G5.freeze',
    ])
    expect(check(e, 'G5.origin.G1')).toMatchObject({
      status: 'pass',
      value: 'local-registry',
      message: expect.stringMatching(
        /^Local release: the G1 evidence was read from the local registry/,
      ),
    })
    expect(e.report.release).toEqual({
      model: REF.model,
      version: REF.version,
      tag: TAG,
      modelDigest: w.modelDigest,
      previousVersion: null,
      previousTag: null,
      url: 'memory://temp-max/1.1.0',
    })
  })

  it('without G4 evidence, releases only when ssot/release.json says G4 is not required, and says so', async () => {
    const w = await world()
    w.registry.entries.get(`${REF.model}@${REF.version}`)!.bytes.delete('G4.evidence.json')
    const policy = JSON.parse(readFileSync(`${w.root}/ssot/release.json`, 'utf8'))
    w.write('ssot/release.json', JSON.stringify({ ...policy, requireG4: false }))
    const noReason = await w.runG5()
    expect(noReason.status).toBe('error')
    expect(noReason.problems[0]).toMatchObject({
      file: 'ssot/release.json',
      message: 'Missing required property "requireG4Reason" (required when requireG4 is false)',
    })
    w.write(
      'ssot/release.json',
      JSON.stringify({
        ...policy,
        requireG4: false,
        requireG4Reason: 'no production model to shadow yet',
      }),
    )
    const e = await w.runG5()
    expect(check(e, 'G5.evidence.G4')).toMatchObject({
      status: 'skipped',
      message: expect.stringMatching(/marks G4 not required .*no production model to shadow yet/),
    })
  })

  it('a freeze on the production version this release replaces does not block it', async () => {
    const w = await world()
    w.registry.entries.set('temp-max@1.0.0', {
      version: {
        ...(await w.registry.version(REF))!,
        version: '1.0.0',
        draft: false,
        state: 'production',
        frozen: { at: NOW.toISOString(), reason: 'drift' },
      },
      bytes: new Map(),
    })
    w.registry.productionOf.set(REF.model, '1.0.0')
    const e = await w.runG5()
    expect(check(e, 'G5.freeze')).toMatchObject({
      status: 'pass',
      message: expect.stringMatching(/lifted by this release/),
    })
    expect(e.report.release).toMatchObject({
      previousVersion: '1.0.0',
      previousTag: 'temp-max-v1.0.0',
    })
  })
})

describe('what G5 cannot judge is an error, never a pass', () => {
  it.each([
    [
      'no registry',
      (w: ReleaseWorld) => w.runG5({ services: { registry: undefined } }),
      /G5 needs the model registry/,
    ],
    [
      'no release policy',
      (w: ReleaseWorld) => {
        rmSync(`${w.root}/ssot/release.json`)
        return w.runG5()
      },
      /G5 needs the release policy/,
    ],
    [
      'a version already released',
      async (w: ReleaseWorld) => {
        await w.registry.promote(REF, {})
        return w.runG5()
      },
      /Release temp-max-v1\.1\.0 is already published/,
    ],
    [
      'no candidate for the version in model.json',
      (w: ReleaseWorld) => {
        w.registry.entries.clear()
        return w.runG5()
      },
      /No candidate temp-max-v1\.1\.0 in the local registry/,
    ],
  ])('%s', async (_name, run, message) => {
    const w = await world()
    const e = await run(w)
    expect(e.status).toBe('error')
    expect(e.problems[0]!.message).toMatch(message)
  })
})
