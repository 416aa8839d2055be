import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openMlflowRegistry } from '../../src/registry/mlflow/index.js'
import {
  mlflowAvailable,
  postgresAvailable,
  startMlflowServer,
  startPostgres,
  type MlflowServer,
} from '../support/mlflow-server.js'
import { ACTOR, candidate, readBack, release } from './mlflow-story.js'

const enabled =
  mlflowAvailable('the MLflow PostgreSQL test') && postgresAvailable('the MLflow PostgreSQL test')

// The seed's production set-up: the tracking server on a PostgreSQL backend store.
describe.skipIf(!enabled)(
  'the MLflow registry on a server with a PostgreSQL backend store',
  { timeout: 300_000 },
  () => {
    let postgres: { uri: string; stop(): void } | undefined
    let server: MlflowServer | undefined
    beforeAll(async () => {
      postgres = await startPostgres()
      server = await startMlflowServer({ backendStoreUri: postgres.uri })
    })
    afterAll(async () => {
      await server?.stop()
      postgres?.stop()
    })

    it('registers, promotes and rolls back; MlflowClient reads the champion and the evidence back', async () => {
      const registry = openMlflowRegistry({ trackingUri: server!.uri, env: {} })
      const model = 'plant-temp-pg'
      const sha1 = await release(registry, model, candidate('1.0.0', 'linear_tensor.onnx'))
      await release(registry, model, candidate('1.1.0', 'sqrt_tensor.onnx'))
      await registry.rollback({ model, version: '1.0.0' }, ACTOR, 'incident 7')
      const seen = readBack(server!.uri, model)
      expect(seen.champion).toMatchObject({
        version: '1',
        tags: { 'modelgate.version': '1.0.0', 'modelgate.model_digest': sha1 },
      })
      const v1 = seen.versions['1']!
      expect(v1.files['model.onnx']).toBe(sha1)
      for (const f of (await registry.version({ model, version: '1.0.0' }))!.files)
        expect(v1.files[f.name], f.name).toBe(f.sha256)
      expect((await registry.history(model)).map((e) => e.kind)).toEqual([
        'register',
        'promote',
        'register',
        'promote',
        'rollback',
      ])
    })
  },
)
