import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InputError } from '../../contract/errors.js'
import type { SubjectFile } from '../../contract/types.js'
import type { GateContext } from '../../engine/gate.js'
import {
  fetchRegistryModel,
  isModelUri,
  parseModelUri,
  type ModelUri,
} from '../../registry/model-uri.js'

/**
 * G1's baseline: a file (`--baseline-model`, or `paths.baseline` in
 * model.json), or the model in production fetched from the registry
 * (`paths.baseline: "models:/<name>@champion"`, TFMA's latest blessed model),
 * downloaded to a temporary file for the run and recorded in the evidence by
 * its URI, registry version and digest.
 */
export type BaselineRef = { kind: 'file'; path: string } | { kind: 'registry'; uri: ModelUri }

export interface OpenBaseline {
  path: string
  display: string
  subject(): Promise<SubjectFile>
  /** For a registry baseline: which version it was. */
  registry?: { kind: string; model: string; version: string; url?: string }
  close(): Promise<void>
}

/** Resolves (without fetching) the baseline named by the inputs or model.json. */
export function baselineRef(
  ctx: GateContext,
  configured: string | undefined,
): BaselineRef | undefined {
  if (ctx.inputs.baselineModel)
    return { kind: 'file', path: ctx.workspace.resolve(ctx.inputs.baselineModel, 'baseline model') }
  if (configured === undefined) return undefined
  const where = { file: ctx.ssot.display('model.json'), pointer: '/paths/baseline' }
  if (isModelUri(configured)) {
    const uri = parseModelUri(configured, where)
    if (!ctx.services.registry)
      throw new InputError({
        ...where,
        message: `The baseline ${configured} is in a model registry, and no registry is configured`,
        expected:
          'the registry input (e.g. registry: mlflow with MLFLOW_TRACKING_URI), or a baseline model file',
        found: 'no registry',
      })
    return { kind: 'registry', uri }
  }
  return {
    kind: 'file',
    path: ctx.ssot.resolveRepoPath(configured, 'baseline model'),
  }
}

/** Makes the baseline a local file: as is, or downloaded from the registry into a temporary folder. */
export async function openBaseline(ctx: GateContext, ref: BaselineRef): Promise<OpenBaseline> {
  if (ref.kind === 'file') {
    const display = ctx.workspace.display(ref.path)
    return {
      path: ref.path,
      display,
      subject: () => ctx.describeFile(ref.path, 'baseline-model'),
      close: async () => {},
    }
  }
  const registry = ctx.services.registry!
  const dir = await mkdtemp(join(tmpdir(), 'modelgate-baseline-'))
  const close = () => rm(dir, { recursive: true, force: true })
  try {
    const path = join(dir, 'baseline.onnx')
    const { version, file } = await fetchRegistryModel(registry, ref.uri, path, {
      file: ctx.ssot.display('model.json'),
      pointer: '/paths/baseline',
    })
    return {
      path,
      display: ref.uri.uri,
      subject: async () => ({
        role: 'baseline-model',
        path: ref.uri.uri,
        sha256: file.sha256,
        bytes: file.bytes,
      }),
      registry: {
        kind: registry.kind,
        model: version.model,
        version: version.version,
        ...(version.url ? { url: version.url } : {}),
      },
      close,
    }
  } catch (error) {
    await close()
    throw error
  }
}
