import { InputError } from '../../contract/errors.js'
import { MlflowApiError, type MlflowClient } from './client.js'
import { assertOwner } from './refusals.js'
import type { MlflowModelVersion, MlflowTag } from './tags.js'

/**
 * The MLflow objects modelgate uses, one REST call each: registered models,
 * model versions, aliases, the experiment and runs that hold artifacts.
 * No registry logic here (that is registry.ts): only the wire shapes.
 */

export interface MlflowRegisteredModel {
  name: string
  tags?: MlflowTag[]
  aliases?: { alias: string; version: string }[]
}

interface MlflowRun {
  info: { run_id: string; artifact_uri: string; experiment_id: string }
}

const notFound = (error: unknown): boolean =>
  error instanceof MlflowApiError &&
  (error.errorCode === 'RESOURCE_DOES_NOT_EXIST' || error.status === 404)

const alreadyExists = (error: unknown): boolean =>
  error instanceof MlflowApiError && error.errorCode === 'RESOURCE_ALREADY_EXISTS'

/** MLflow's filter syntax quotes strings with single quotes; a quote inside is doubled as in SQL. */
const quote = (s: string): string => `'${s.replace(/'/g, "''")}'`

export class MlflowStore {
  constructor(readonly client: MlflowClient) {}

  async registeredModel(name: string): Promise<MlflowRegisteredModel | undefined> {
    try {
      const r = (await this.client.get('registered-models/get', { name })) as {
        registered_model: MlflowRegisteredModel
      }
      return r.registered_model
    } catch (error) {
      if (notFound(error)) return undefined
      throw error
    }
  }

  async createRegisteredModel(
    name: string,
    tags: MlflowTag[],
    description: string,
  ): Promise<MlflowRegisteredModel | undefined> {
    try {
      const r = (await this.client.post('registered-models/create', {
        name,
        tags,
        description,
      })) as { registered_model?: MlflowRegisteredModel }
      return r.registered_model ?? { name, tags }
    } catch (error) {
      // Created by someone else in between: read theirs, whose owner the caller checks.
      if (!alreadyExists(error)) throw error
      return this.registeredModel(name)
    }
  }

  /** The registered model, created with its owner when absent; one held by another owner is refused. */
  async ensureRegisteredModel(name: string, owner: string): Promise<void> {
    const rm =
      (await this.registeredModel(name)) ??
      (await this.createRegisteredModel(
        name,
        [{ key: 'owner', value: owner }],
        'Registered by modelgate: versions, gate evidence and the champion alias.',
      ))
    const held = rm?.tags?.find((t) => t.key === 'owner')?.value
    assertOwner(name, held, owner)
    if (held === undefined) await this.setModelTag(name, 'owner', owner)
  }

  setModelTag(name: string, key: string, value: string) {
    return this.client.post('registered-models/set-tag', { name, key, value })
  }

  setVersionTag(name: string, version: string, key: string, value: string) {
    return this.client.post('model-versions/set-tag', { name, version, key, value })
  }

  /** Several tags of one version: MLflow has no batch call, so they go out side by side. */
  async setVersionTags(name: string, version: string, tags: Record<string, string>) {
    await Promise.all(
      Object.entries(tags).map(([key, value]) => this.setVersionTag(name, version, key, value)),
    )
  }

  async modelVersion(name: string, version: string): Promise<MlflowModelVersion | undefined> {
    try {
      const r = (await this.client.get('model-versions/get', { name, version })) as {
        model_version: MlflowModelVersion
      }
      return r.model_version
    } catch (error) {
      if (notFound(error)) return undefined
      throw error
    }
  }

  /** Every version of a registered model, oldest first (paged through). */
  async modelVersions(name: string): Promise<MlflowModelVersion[]> {
    const all: MlflowModelVersion[] = []
    let pageToken: string | undefined
    do {
      const r = (await this.client.get('model-versions/search', {
        filter: `name=${quote(name)}`,
        max_results: 1000,
        page_token: pageToken,
      })) as { model_versions?: MlflowModelVersion[]; next_page_token?: string }
      all.push(...(r.model_versions ?? []))
      pageToken = r.next_page_token || undefined
    } while (pageToken)
    return all.filter((v) => v.name === name).sort((a, b) => Number(a.version) - Number(b.version))
  }

  async createModelVersion(input: {
    name: string
    source: string
    runId: string
    runLink?: string
    tags: MlflowTag[]
    description: string
  }): Promise<MlflowModelVersion> {
    const r = (await this.client.post('model-versions/create', {
      name: input.name,
      source: input.source,
      run_id: input.runId,
      ...(input.runLink ? { run_link: input.runLink } : {}),
      tags: input.tags,
      description: input.description,
    })) as { model_version: MlflowModelVersion }
    return r.model_version
  }

  setAlias(name: string, alias: string, version: string) {
    return this.client.post('registered-models/alias', { name, alias, version })
  }

  /** The experiment that holds modelgate's runs, created when absent. */
  async experimentId(name: string): Promise<string> {
    const get = async () => {
      try {
        const r = (await this.client.get('experiments/get-by-name', {
          experiment_name: name,
        })) as { experiment: { experiment_id: string; lifecycle_stage?: string } }
        return r.experiment
      } catch (error) {
        if (notFound(error)) return undefined
        throw error
      }
    }
    let experiment = await get()
    if (!experiment) {
      try {
        const r = (await this.client.post('experiments/create', { name })) as {
          experiment_id: string
        }
        return r.experiment_id
      } catch (error) {
        if (!alreadyExists(error)) throw error
        experiment = await get()
      }
    }
    if (!experiment)
      throw new InputError({ message: `MLflow has no experiment ${JSON.stringify(name)}` })
    if (experiment.lifecycle_stage === 'deleted')
      throw new InputError({
        message: `The MLflow experiment ${JSON.stringify(name)} is deleted`,
        expected: 'restore it (mlflow experiments restore) or name another experiment',
        found: 'lifecycle_stage deleted',
      })
    return experiment.experiment_id
  }

  async createRun(input: {
    experimentId: string
    runName: string
    startTime: number
    tags: MlflowTag[]
  }): Promise<{ runId: string; artifactUri: string }> {
    const r = (await this.client.post('runs/create', {
      experiment_id: input.experimentId,
      run_name: input.runName,
      start_time: input.startTime,
      tags: input.tags,
    })) as { run: MlflowRun }
    return { runId: r.run.info.run_id, artifactUri: r.run.info.artifact_uri }
  }

  async runArtifactUri(runId: string): Promise<string> {
    const r = (await this.client.get('runs/get', { run_id: runId })) as { run: MlflowRun }
    return r.run.info.artifact_uri
  }

  finishRun(runId: string, endTime: number) {
    return this.client.post('runs/update', { run_id: runId, status: 'FINISHED', end_time: endTime })
  }
}

/**
 * The path under the artifact proxy for a run's artifact URI
 * (`mlflow-artifacts:/1/<run>/artifacts`, or with a host). A run whose
 * artifacts the server does not proxy cannot be written without the
 * storage's own credentials, which modelgate does not take.
 */
export function proxiedArtifactRoot(artifactUri: string, server: string): string {
  const m = /^mlflow-artifacts:(?:\/\/[^/]*)?\/*(.*)$/.exec(artifactUri)
  if (m) return m[1]!.replace(/\/+$/, '')
  throw new InputError({
    message: `The MLflow server at ${server} does not proxy artifacts: the run stores them at a ${artifactUri.split(':')[0]} location modelgate cannot write`,
    expected:
      'a server started with --serve-artifacts (the default) and --artifacts-destination, so that runs get mlflow-artifacts:/ URIs; or an experiment created with such an artifact location',
    found: artifactUri.replace(/\/\/[^@/]*@/, '//***@'),
  })
}
