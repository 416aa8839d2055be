import { InputError } from '../../contract/errors.js'
import type { Registry } from '../../contract/registry.js'
import type { GitHubClient } from '../../github/octokit.js'

/** The GitHub Releases registry (see README "Model registry"). */
export function openGitHubRegistry(
  _options: { client: GitHubClient; owner: string; repo: string; serverUrl?: string },
  _now?: () => Date,
): Registry {
  throw new InputError({
    message: 'The GitHub Releases registry is being built',
    expected: 'registry local',
    found: 'github',
  })
}
