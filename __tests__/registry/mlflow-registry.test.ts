import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { InputError } from '../../src/contract/errors.js'
import { sha256Hex } from '../../src/contract/canonical-json.js'
import type { Registry } from '../../src/contract/registry.js'
import { digestFile } from '../../src/io/file-digest.js'
import { openMlflowRegistry } from '../../src/registry/mlflow/index.js'
import {
  freePort,
  mlflowAvailable,
  startMlflowServer,
  type MlflowServer,
} from '../support/mlflow-server.js'
import {
  ACTOR,
  OWNER,
  candidate,
  evidenceFor,
  readBack,
  release,
  removeAfter,
  tempDir,
} from './mlflow-story.js'
import { runGate } from '../../src/engine/run-gate.js'
import { findGate } from '../../src/gates/table.js'
import type { EvidenceRecord } from '../../src/contract/types.js'
import { runCli } from '../../src/cli/run-cli.js'
import { makeRunnerFolder, runActionAsync } from '../support/action-runner.js'
import { makeWorkspace, releaseVersion } from './release-fixture.js'
import { writeFileSync, readdirSync } from 'node:fs'
import { editModel, errorText, find, REPO, templateWorkspace } from '../gates/g1/workspace.js'

const enabled = mlflowAvailable('the MLflow registry tests')

/** G1 on a copy of the template, fast settings, with the registry given to the gate. */
function g1(dir: string, registry?: Registry): Promise<EvidenceRecord> {
  return runGate(
    'G1',
    { ssot: 'ssot', data: [], options: { bootstrap: '50', 'latency-calls': '10', warmup: '0' } },
    {
      gates: findGate,
      workspaceRoot: dir,
      context: { mode: 'local' },
      ...(registry ? { services: { registry } } : {}),
    },
  )
}

const championBaseline = (uri = 'models:/seattle-ny-temp-max@champion') =>
  removeAfter(
    templateWorkspace((dir) =>
      editModel(dir, (m) => {
        ;(m.paths as Record<string, string>).baseline = uri
      }),
    ),
  )

describe('G1 with the champion as baseline, without a registry', () => {
  it('says which input is missing, and refuses other aliases', async () => {
    const e = await g1(championBaseline())
    expect(e.status).toBe('error')
    expect(errorText(e)).toMatch(
      /ssot\/model.json .*The baseline models:\/seattle-ny-temp-max@champion is in a model registry, and no registry is configured.*registry: mlflow/,
    )
    expect(e.problems[0]).toMatchObject({ pointer: '/paths/baseline' })
    const staging = await g1(championBaseline('models:/seattle-ny-temp-max@staging'))
    expect(errorText(staging)).toMatch(/the alias "staging" \(modelgate keeps only champion/)
  })
})

/** The error a call rejects with, as the user reads it. */
async function failure(p: Promise<unknown>): Promise<string> {
  try {
    await p
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as Error).message
  }
  throw new Error('expected the call to fail')
}

// A real server answers in milliseconds; on a loaded CI machine each call can take a second.
describe.skipIf(!enabled)(
  'the MLflow registry against a real mlflow server (SQLite, basic auth)',
  { timeout: 300_000 },
  () => {
    let server: MlflowServer
    let registry: Registry
    let auth: Record<string, string>
    beforeAll(async () => {
      server = await startMlflowServer({ auth: true })
      auth = { MLFLOW_TRACKING_USERNAME: 'admin', MLFLOW_TRACKING_PASSWORD: server.admin!.password }
      registry = openMlflowRegistry({ trackingUri: server.uri, env: auth })
    })
    afterAll(async () => server?.stop())

    it("registers, promotes with the champion alias, rolls back, and MLflow's own client reads the same", async () => {
      const model = 'plant-temp'
      const v1 = candidate('1.0.0', 'linear_tensor.onnx')
      const v2 = candidate('1.1.0', 'sqrt_tensor.onnx')
      const sha1 = await release(registry, model, v1)
      expect((await registry.production(model))?.version).toBe('1.0.0')
      const sha2 = await release(registry, model, v2)
      const prod = await registry.production(model)
      expect(prod).toMatchObject({
        version: '1.1.0',
        modelDigest: sha2,
        draft: false,
        state: 'production',
      })
      expect(prod!.url).toMatch(new RegExp(`^${server.uri}/#/models/plant-temp/versions/2$`))
      await registry.setFrozen({ model, version: '1.1.0' }, true, ACTOR, 'drift on temp_min')
      await registry.rollback({ model, version: '1.0.0' }, ACTOR, 'MAE doubled in production')
      // The shared lifecycle rules hold here too: production is left only by promotion or rollback.
      expect(
        await failure(registry.setState({ model, version: '1.0.0' }, 'monitoring', ACTOR)),
      ).toMatch(/plant-temp 1.0.0 is in production/)
      expect((await registry.production(model))?.version).toBe('1.0.0')

      const versions = await registry.versions(model)
      expect(versions.map((v) => [v.version, v.state, v.draft])).toEqual([
        ['1.0.0', 'production', false],
        ['1.1.0', 'rolled-back', false],
      ])
      expect(versions[1]!.frozen).toMatchObject({
        reason: 'drift on temp_min',
        runUrl: ACTOR.runUrl,
      })
      expect(versions[0]!.files.map((f) => f.name)).toEqual([
        'G0.evidence.json',
        'G1.evidence.json',
        'G1.md',
        'G5.evidence.json',
        'MODEL_CARD.md',
        'model.onnx',
      ])
      const history = await registry.history(model)
      expect(history.map((e) => [e.kind, e.version, e.previousVersion ?? null])).toEqual([
        ['register', '1.0.0', null],
        ['promote', '1.0.0', null],
        ['register', '1.1.0', null],
        ['promote', '1.1.0', '1.0.0'],
        ['freeze', '1.1.0', null],
        ['rollback', '1.0.0', '1.1.0'],
      ])
      expect(history[5]).toMatchObject({ reason: 'MAE doubled in production', actor: ACTOR })
      const g5 = await registry.readEvidence({ model, version: '1.0.0' }, 'G5')
      expect(g5).toEqual(evidenceFor('G5', sha1))
      expect(await registry.readEvidence({ model, version: '1.0.0' }, 'G3')).toBeUndefined()

      // Another MLflow user, through MLflow's own Python client.
      const seen = readBack(server.uri, model, auth)
      expect(seen.champion.version).toBe('1')
      expect(seen.champion.tags).toMatchObject({
        'modelgate.version': '1.0.0',
        'modelgate.model_digest': sha1,
        'modelgate.lifecycle': 'production',
        'modelgate.G5.status': 'pass',
        'modelgate.G5.evidence_digest': `sha256:${g5!.digest.value}`,
        'modelgate.G5.run_url': 'https://github.com/acme/plant-models/actions/runs/77',
        owner: OWNER,
        env: 'production',
        purpose: 'modelgate release candidate',
        'modelgate.frozen': 'false',
        dataset: `training=sha256:${'a1'.repeat(32)}, holdout=sha256:${'9f'.repeat(32)}`,
      })
      expect(seen.versions['2']!.tags).toMatchObject({
        'modelgate.lifecycle': 'rolled-back',
        'modelgate.frozen': 'true',
        env: 'staging',
      })
      expect(seen.versions['1']!.aliases).toEqual(['champion'])
      expect(seen.versions['2']!.aliases).toEqual([])
      expect(seen.modelTags.owner).toBe(OWNER)
      expect(
        Object.keys(seen.modelTags).filter((k) => k.startsWith('modelgate.history.')),
      ).toHaveLength(6)
      for (const [number, c, sha] of [
        ['1', v1, sha1],
        ['2', v2, sha2],
      ] as const) {
        const files = seen.versions[number]!.files
        expect(files['model.onnx']).toBe(sha)
        expect(files['MODEL_CARD.md']).toBe((await digestFile(c.card)).sha256)
        // Every file's digest as MLflow serves it equals the digest modelgate recorded in its tag.
        for (const f of (await registry.versions(model))[Number(number) - 1]!.files)
          expect(files[f.name], f.name).toBe(f.sha256)
        expect(seen.versions[number]!.source).toMatch(/^mlflow-artifacts:\/.*\/artifacts$/)
      }

      // The champion comes back down intact.
      const out = join(v1.dir, 'champion.onnx')
      await registry.download({ model, version: '1.0.0' }, 'model.onnx', out)
      expect(readFileSync(out)).toEqual(readFileSync(v1.model))
    })

    it('refuses what a user must fix: a re-registered version, another owner, a released file, a hand-made champion', async () => {
      const model = 'refusals'
      const c = candidate('2.0.0', 'linear_tensor.onnx')
      await registry.register({
        model,
        version: '2.0.0',
        modelFile: c.model,
        owner: OWNER,
        actor: ACTOR,
      })
      // The same draft again is fine; another file under the same version is not.
      await registry.register({
        model,
        version: '2.0.0',
        modelFile: c.model,
        owner: OWNER,
        actor: ACTOR,
      })
      const other = candidate('2.0.0', 'sqrt_tensor.onnx')
      expect(
        await failure(
          registry.register({
            model,
            version: '2.0.0',
            modelFile: other.model,
            owner: OWNER,
            actor: ACTOR,
          }),
        ),
      ).toMatch(/refusals 2.0.0 is already registered in MLflow.*candidate of another model file/)
      expect(
        await failure(
          registry.register({
            model,
            version: '2.0.1',
            modelFile: other.model,
            owner: 'someone-else',
            actor: ACTOR,
          }),
        ),
      ).toMatch(/registered model refusals is held by another owner.*"someone-else".*"ana-ml"/)

      await registry.attachEvidence({ model, version: '2.0.0' }, evidenceFor('G5', 'f'.repeat(64)))
      expect(await failure(registry.promote({ model, version: '2.0.0' }, ACTOR))).toMatch(
        /refusals 2.0.0: the G5 evidence is about another model/,
      )
      const sha = (await digestFile(c.model)).sha256
      await registry.attachEvidence({ model, version: '2.0.0' }, evidenceFor('G5', sha))
      await registry.promote({ model, version: '2.0.0' }, ACTOR)
      expect(
        await failure(registry.attachFile({ model, version: '2.0.0' }, 'model.onnx', other.model)),
      ).toMatch(/refusals 2.0.0 is released: its file model.onnx cannot be replaced/)
      expect(
        await failure(registry.attachFile({ model, version: '2.0.0' }, '../x', other.model)),
      ).toMatch(/one plain file name/)
      expect(await failure(registry.rollback({ model, version: '2.0.0' }, ACTOR, 'again'))).toMatch(
        /refusals 2.0.0 is already in production/,
      )

      // A version made by hand in MLflow (no modelgate evidence), aliased by hand: no rollback to it.
      const api = async (path: string, body: unknown) => {
        const r = await fetch(`${server.uri}/api/2.0/mlflow/${path}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Basic ${Buffer.from(`admin:${server.admin!.password}`).toString('base64')}`,
          },
          body: JSON.stringify(body),
        })
        expect(r.status, await r.clone().text()).toBe(200)
        return r.json()
      }
      const run = (await api('runs/create', { experiment_id: '0', start_time: 1 })) as {
        run: { info: { run_id: string; artifact_uri: string } }
      }
      await api('model-versions/create', {
        name: model,
        source: run.run.info.artifact_uri,
        run_id: run.run.info.run_id,
      })
      await api('registered-models/alias', { name: model, alias: 'champion', version: '2' })
      const prod = await registry.production(model)
      expect(prod).toMatchObject({ version: '2', modelDigest: '', files: [] })
      expect(await failure(registry.rollback({ model, version: '2' }, ACTOR, 'hand-made'))).toMatch(
        /Refusing to roll refusals back to MLflow model version 2: it has no modelgate G5 evidence.*did not register/,
      )
      // The refusal changed nothing.
      expect((await registry.production(model))?.version).toBe('2')
      expect(
        await failure(registry.download({ model, version: '9.9.9' }, 'model.onnx', '/tmp/x')),
      ).toMatch(/has no version 9.9.9 of refusals/)
    })

    it('G1 fetches the champion as its baseline and records its digest', async () => {
      const model = 'seattle-ny-temp-max'
      const champion = join(REPO, 'template', 'models', 'temp_max_baseline.onnx')
      await registry.register({
        model,
        version: '0.9.0',
        modelFile: champion,
        owner: OWNER,
        actor: ACTOR,
      })
      const sha = (await digestFile(champion)).sha256
      await registry.attachEvidence({ model, version: '0.9.0' }, evidenceFor('G5', sha))
      await registry.promote({ model, version: '0.9.0' }, ACTOR)
      const viaRegistry = await g1(championBaseline(), registry)
      expect(viaRegistry.status, errorText(viaRegistry)).toBe('pass')
      expect(viaRegistry.subject.artifacts).toEqual([
        {
          role: 'baseline-model',
          path: 'models:/seattle-ny-temp-max@champion',
          sha256: sha,
          bytes: readFileSync(champion).length,
        },
      ])
      expect(viaRegistry.report.baselineRegistry).toMatchObject({
        kind: 'mlflow',
        model,
        version: '0.9.0',
      })
      // The same numbers as the same model given as a file.
      const viaFile = await g1(removeAfter(templateWorkspace()))
      for (const id of ['G1.L2.mae.temp_max', 'G1.L2.mae.temp_max.rel_change'])
        expect(find(viaRegistry, id).details, id).toEqual(find(viaFile, id).details)
      // No champion yet: the gate says so rather than judging without a baseline.
      const none = await g1(championBaseline('models:/nothing-released@champion'), registry)
      expect(errorText(none)).toMatch(/has no version of nothing-released in production/)
    })

    it('runs the release story from the CLI with --registry mlflow: candidate, G0 --attach, G5, rollback, verify', async () => {
      const MODEL = 'seattle-ny-temp-max-cli'
      const env = { USER: 'ana-ml', MLFLOW_TRACKING_URI: server.uri, ...auth }
      const cli = async (cwd: string, ...argv: string[]) => {
        let stdout = ''
        let stderr = ''
        const code = await runCli(argv, {
          stdout: (t) => void (stdout += t),
          stderr: (t) => void (stderr += t),
          cwd,
          env,
        })
        return { code, stdout, stderr }
      }
      const dir = tempDir('mg-mlflow-cli-')
      const named = (ws: string) =>
        editModel(ws, (m) => {
          m.name = MODEL
        })
      const ws1 = makeWorkspace(join(dir, 'v1'), '1.0.0', 'model one')
      named(ws1)
      const c = await cli(ws1, 'candidate', '--registry', 'mlflow')
      expect(c.stderr).toBe('')
      expect(c.stdout).toMatch(/seattle-ny-temp-max-cli-v1\.0\.0 candidate \(validation\)/)
      const g0 = await cli(ws1, 'G0', '--registry', 'mlflow', '--attach', '--out', 'reports')
      expect(g0.stderr).toMatch(/attached G0\.evidence\.json/)
      const reg = openMlflowRegistry({ trackingUri: server.uri, env: auth })
      await releaseVersion(reg, ws1, { mode: 'local' }, new Date(), { login: 'ana-ml' })
      await reg.promote({ model: MODEL, version: '1.0.0' }, { login: 'release-manager' })
      const ws2 = makeWorkspace(join(dir, 'v2'), '1.1.0', 'model two')
      named(ws2)
      await releaseVersion(reg, ws2, { mode: 'local' }, new Date(), { login: 'ana-ml' })
      await reg.promote({ model: MODEL, version: '1.1.0' }, { login: 'release-manager' })

      const rb = await cli(
        ws2,
        'rollback',
        '--registry',
        'mlflow',
        '--reason',
        'MAE doubled',
        '--out',
        'rb',
      )
      expect(rb.stderr).toMatch(/production is seattle-ny-temp-max-cli-v1\.0\.0/)
      expect(rb.code).toBe(0)
      expect((await reg.production(MODEL))?.version).toBe('1.0.0')
      expect((await reg.version({ model: MODEL, version: '1.1.0' }))?.state).toBe('rolled-back')

      const v = await cli(ws1, 'verify', '--registry', 'mlflow')
      expect(v.stdout).toMatch(/seattle-ny-temp-max-cli-v1\.0\.0 \(production\): verified/)
      expect(v.stdout).toMatch(/seattle-ny-temp-max-cli-v1\.1\.0 \(rolled-back\): verified/)
      expect(v.code).toBe(0)
      // A card edited behind MLflow's back, in the artifact store: verify refuses it and names it.
      const held = (await reg.version({ model: MODEL, version: '1.0.0' }))!
      const card = findFile(join(server.dir, 'artifacts'), 'MODEL_CARD.md', held.files)
      writeFileSync(card, 'edited\n')
      const bad = await cli(ws1, 'verify', '--registry', 'mlflow', '--model-version', '1.0.0')
      expect(bad.code).not.toBe(0)
      expect(bad.stdout + bad.stderr).toMatch(/MODEL_CARD\.md/)
    })

    it('dist/index.js as the runner runs it: gate candidate with registry mlflow, then G1 against the champion', async () => {
      const MODEL = 'seattle-ny-temp-max-dist'
      const folder = makeRunnerFolder({
        ssot: 'template/ssot',
        data: 'template/data',
        models: 'template/models',
        'MODEL_CARD.md': 'template/MODEL_CARD.md',
      })
      removeAfter(folder.root)
      editModel(folder.workspace, (m) => {
        m.name = MODEL
      })
      const env = { MLFLOW_TRACKING_URI: server.uri, ...auth }
      const run = (inputs: Record<string, string>) =>
        runActionAsync(
          folder,
          {
            comment: 'false',
            'check-run': 'false',
            artifact: 'false',
            registry: 'mlflow',
            ...inputs,
          },
          { eventName: 'workflow_dispatch', env },
        )
      const c = await run({ gate: 'candidate' })
      expect(c.code, c.stdout + c.stderr).toBe(0)
      expect(c.stdout + c.stderr).not.toContain(server.admin!.password)
      const reg = openMlflowRegistry({ trackingUri: server.uri, env: auth })
      await releaseVersion(reg, folder.workspace, { mode: 'local' }, new Date(), {
        login: 'ana-ml',
      })
      await reg.promote({ model: MODEL, version: '1.0.0' }, { login: 'release-manager' })

      // The next change is judged against the model now in production.
      editModel(folder.workspace, (m) => {
        ;(m.paths as Record<string, string>).baseline = `models:/${MODEL}@champion`
      })
      const g1 = await run({ gate: 'G1', options: 'bootstrap=50\nlatency-calls=10' })
      const evidence = JSON.parse(
        readFileSync(g1.outputs['evidence-path']!, 'utf8'),
      ) as EvidenceRecord
      expect(evidence.status, g1.stdout).not.toBe('error')
      const champion = (await reg.production(MODEL))!
      expect(evidence.subject.artifacts).toContainEqual(
        expect.objectContaining({
          role: 'baseline-model',
          path: `models:/${MODEL}@champion`,
          sha256: champion.modelDigest,
        }),
      )
      expect(JSON.stringify(evidence)).not.toContain(server.admin!.password)
    })

    it('names the URI when the server is unreachable, and the variables on 401 and 403, never the secrets', async () => {
      const port = await freePort()
      const down = openMlflowRegistry({
        env: { MLFLOW_TRACKING_URI: `http://127.0.0.1:${port}`, ...auth },
      })
      expect(await failure(down.versions('x'))).toMatch(
        new RegExp(
          `Cannot reach the MLflow tracking server at http://127.0.0.1:${port}.*MLFLOW_TRACKING_URI.*ECONNREFUSED`,
        ),
      )

      const anonymous = openMlflowRegistry({ trackingUri: server.uri, env: {} })
      expect(await failure(anonymous.versions('plant-temp'))).toMatch(
        /asks for credentials \(401\).*neither MLFLOW_TRACKING_TOKEN nor MLFLOW_TRACKING_USERNAME\/MLFLOW_TRACKING_PASSWORD is set/,
      )
      const wrong = openMlflowRegistry({
        trackingUri: server.uri,
        env: { MLFLOW_TRACKING_USERNAME: 'admin', MLFLOW_TRACKING_PASSWORD: 'hunter2-wrong' },
      })
      const msg401 = await failure(wrong.versions('plant-temp'))
      expect(msg401).toMatch(/401.*MLFLOW_TRACKING_USERNAME\/MLFLOW_TRACKING_PASSWORD/)
      expect(msg401).not.toContain('hunter2')

      // A user with MLflow's default READ permission may read but not register.
      const create = await fetch(`${server.uri}/api/2.0/mlflow/users/create`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Basic ${Buffer.from(`admin:${server.admin!.password}`).toString('base64')}`,
        },
        body: JSON.stringify({ username: 'reader', password: 'reader-secret-pw-123' }),
      })
      expect(create.status, await create.text()).toBe(200)
      const reader = openMlflowRegistry({
        trackingUri: server.uri,
        env: {
          MLFLOW_TRACKING_USERNAME: 'reader',
          MLFLOW_TRACKING_PASSWORD: 'reader-secret-pw-123',
        },
      })
      expect((await reader.production('plant-temp'))?.version).toBe('1.0.0')
      const c = candidate('3.0.0', 'linear_tensor.onnx')
      const msg403 = await failure(
        reader.register({
          model: 'plant-temp',
          version: '3.0.0',
          modelFile: c.model,
          owner: OWNER,
          actor: ACTOR,
        }),
      )
      expect(msg403).toMatch(
        /refuses .* \(403\): the identity in MLFLOW_TRACKING_USERNAME\/MLFLOW_TRACKING_PASSWORD lacks permission/,
      )
      expect(msg403).not.toContain('reader-secret')

      // Credentials in the URI are used but never shown.
      const inUri = openMlflowRegistry({
        trackingUri: server.uri.replace('//', `//admin:${server.admin!.password}@`),
        env: {},
      })
      expect((await inUri.production('plant-temp'))?.version).toBe('1.0.0')
      expect(
        await failure(Promise.resolve().then(() => openMlflowRegistry({ env: {} }).versions('x'))),
      ).toMatch(/MLFLOW_TRACKING_URI/)
      expect(
        await failure(
          Promise.resolve().then(() =>
            openMlflowRegistry({
              trackingUri: server.uri,
              env: { MLFLOW_TRACKING_USERNAME: 'admin' },
            }),
          ),
        ),
      ).toMatch(/needs both variables.*only MLFLOW_TRACKING_USERNAME/)
    })
  },
)

/** The artifact-store copy of a held file (the one whose bytes match the digest MLflow's tag recorded). */
function findFile(root: string, name: string, files: { name: string; sha256: string }[]): string {
  const want = files.find((f) => f.name === name)!.sha256
  const walk = (d: string): string | undefined => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name)
      if (e.isDirectory()) {
        const found = walk(p)
        if (found) return found
      } else if (e.name === name && sha256Hex(readFileSync(p)) === want) return p
    }
    return undefined
  }
  const found = walk(root)
  if (!found) throw new Error(`no ${name} in ${root}`)
  return found
}
