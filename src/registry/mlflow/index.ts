import { InputError } from '../../contract/errors.js'
import type { Registry } from '../../contract/registry.js'
import { MlflowClient } from './client.js'
import { MlflowRegistry, type MlflowRegistrySettings } from './registry.js'

export { MlflowRegistry } from './registry.js'
export { MlflowClient, displayUri } from './client.js'

export interface MlflowRegistryOptions extends Omit<MlflowRegistrySettings, 'now'> {
  now?: (() => Date) | undefined
  /** The tracking URI (the `tracking-uri` input or `--tracking-uri`); defaults to MLFLOW_TRACKING_URI. */
  trackingUri?: string
  /** A token given directly (e.g. an Action input); else MLFLOW_TRACKING_TOKEN. */
  token?: string
  /** Where the MLFLOW_* variables are read (default `process.env`). */
  env?: Readonly<Record<string, string | undefined>>
  timeoutMs?: number
}

/**
 * Opens the MLflow backend of the registry with MLflow's standard variables:
 * MLFLOW_TRACKING_URI, and MLFLOW_TRACKING_TOKEN (Bearer) or
 * MLFLOW_TRACKING_USERNAME with MLFLOW_TRACKING_PASSWORD (Basic). Nothing is
 * contacted until the first call.
 */
export function openMlflowRegistry(options: MlflowRegistryOptions = {}): Registry {
  const env = options.env ?? process.env
  const trackingUri = options.trackingUri || env.MLFLOW_TRACKING_URI
  if (!trackingUri)
    throw new InputError({
      message: 'The MLflow registry needs the tracking server',
      expected: 'MLFLOW_TRACKING_URI (or the tracking-uri input), e.g. http://127.0.0.1:5000',
      found: 'neither',
    })
  const username = env.MLFLOW_TRACKING_USERNAME || undefined
  const password = env.MLFLOW_TRACKING_PASSWORD || undefined
  if ((username === undefined) !== (password === undefined))
    throw new InputError({
      message: 'MLflow basic authentication needs both variables',
      expected: 'MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD',
      found:
        username === undefined ? 'only MLFLOW_TRACKING_PASSWORD' : 'only MLFLOW_TRACKING_USERNAME',
    })
  const client = new MlflowClient({
    trackingUri,
    ...(options.token || env.MLFLOW_TRACKING_TOKEN
      ? { token: options.token || env.MLFLOW_TRACKING_TOKEN }
      : {}),
    ...(username !== undefined ? { username, password: password! } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
  })
  const { now, ...settings } = options
  return new MlflowRegistry(client, { ...settings, ...(now ? { now } : {}) })
}
