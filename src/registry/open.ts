import { InputError } from '../contract/errors.js'
import type { Registry } from '../contract/registry.js'
import type { GitHubClient } from '../github/octokit.js'
import { LocalRegistry } from './local.js'

const REGISTRY_KINDS = ['local', 'github', 'mlflow'] as const
export type RegistryKind = (typeof REGISTRY_KINDS)[number]

/**
 * Everything a backend may need, gathered from CLI flags (`--registry DIR`)
 * or Action inputs (`registry`, `registry-path`). Each backend reads only its
 * own part.
 */
export interface OpenRegistryOptions {
  kind: RegistryKind
  /** local: the registry folder. */
  path?: string
  /** github: an authenticated client and the repository whose releases hold the registry. */
  github?: { client: GitHubClient; owner: string; repo: string; serverUrl?: string }
  /** mlflow: the tracking server (read by the MLflow backend). */
  mlflow?: { trackingUri?: string; token?: string }
  /** Where the choice came from, for error messages: `--registry`, `registry input`. */
  source?: string
  now?: () => Date
}

/** Opens the registry the user named. One line per backend. */
export async function openRegistry(options: OpenRegistryOptions): Promise<Registry> {
  const where = options.source ?? 'registry'
  switch (options.kind) {
    case 'local':
      return new LocalRegistry({
        root: required(options.path, where, 'a folder path'),
        now: options.now,
      })
    case 'github':
      return (await import('./github/releases.js')).openGitHubRegistry(
        required(options.github, where, 'a GitHub token and repository'),
        options.now,
      )
    case 'mlflow':
      return (await import('./mlflow/index.js')).openMlflowRegistry({
        ...options.mlflow,
        now: options.now,
      })
    default:
      throw new InputError({
        file: where,
        message: 'Unknown registry kind',
        expected: REGISTRY_KINDS.join(', '),
        found: JSON.stringify(options.kind),
      })
  }
}

/** Reads a registry kind from a flag or input value, refusing anything else by name. */
export function parseRegistryKind(value: string, where: string): RegistryKind {
  if ((REGISTRY_KINDS as readonly string[]).includes(value)) return value as RegistryKind
  throw new InputError({
    file: where,
    message: 'Unknown registry kind',
    expected: REGISTRY_KINDS.join(', '),
    found: JSON.stringify(value),
  })
}

function required<T>(value: T | undefined, where: string, what: string): T {
  if (value === undefined || value === '')
    throw new InputError({
      file: where,
      message: `This registry needs ${what}`,
      expected: what,
      found: 'nothing',
    })
  return value
}
