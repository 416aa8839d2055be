import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { InputError } from '../contract/errors.js'
import type { ModelVersion, Registry } from '../contract/registry.js'
import type { LinkVerdict } from '../registry/chain.js'
import { LocalRegistry } from '../registry/local.js'
import { openMlflowRegistry } from '../registry/mlflow/index.js'
import { verifyFolder, verifyLocalVersion, type VerifyOptions } from '../verify/verify.js'
import type { CliArgs } from './args.js'
import type { CliIo } from './io.js'

/**
 * The registry `--registry` names: `mlflow` for the MLflow tracking server at
 * MLFLOW_TRACKING_URI (with MLFLOW_TRACKING_TOKEN or
 * MLFLOW_TRACKING_USERNAME/PASSWORD), any other value a local registry folder
 * (`./mlflow` for a folder of that name).
 */
export function openCliRegistry(args: CliArgs, io: CliIo, command: string): Registry {
  if (!args.registry)
    throw new InputError({
      message: `${command} needs a registry`,
      expected:
        '--registry DIR (a local registry folder; created on first use) or --registry mlflow (MLFLOW_TRACKING_URI)',
      found: 'no --registry',
    })
  if (args.registry === 'mlflow') return openMlflowRegistry({ env: io.env })
  return new LocalRegistry({ root: resolve(io.cwd, args.registry) })
}

/** Verifies a held version: in place for a local folder, else downloaded to a temporary folder first. */
export async function verifyRegistryVersion(
  registry: Registry,
  version: ModelVersion,
  options: Omit<VerifyOptions, 'recorded'>,
): Promise<LinkVerdict[]> {
  if (registry instanceof LocalRegistry) return verifyLocalVersion(registry, version, options)
  const dir = await mkdtemp(join(tmpdir(), 'modelgate-verify-'))
  try {
    for (const f of version.files) await registry.download(version, f.name, join(dir, f.name))
    return await verifyFolder(dir, { ...options, recorded: version.files })
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
