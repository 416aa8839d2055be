import { createPublicKey } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { InputError } from '../contract/errors.js'
import { createGitHubClient, type ClientOptions } from '../github/octokit.js'
import { unreadableFile } from '../io/file-errors.js'
import { keyFingerprint } from '../signing/signatures.js'
import { readJsonFile } from '../ssot/json-file.js'
import { environmentReviewers, type EnvironmentReviewers } from '../setup/approvals.js'
import { applyPlan, type RestApi } from '../setup/apply.js'
import { makePlan } from '../setup/plan.js'
import type { CliArgs } from './args.js'
import type { CliIo } from './io.js'

/** A RestApi over Octokit (retries and rate limits handled there); a 404 read is `undefined`. */
export function octokitApi(token: string, options: ClientOptions): RestApi {
  const client = createGitHubClient(token, options)
  return {
    async get(path) {
      try {
        return (await client.request(`GET ${path}`)).data
      } catch (error) {
        if ((error as { status?: number }).status === 404) return undefined
        throw error
      }
    },
    async write(method, path, body) {
      return (await client.request(`${method} ${path}`, { data: body })).data
    },
  }
}

/** The fingerprints of the keys ssot/security.json lists (paths relative to the repository root). */
async function trustedKeys(ssotDir: string, display: string): Promise<string[]> {
  const file = join(ssotDir, 'security.json')
  if (!existsSync(file)) return []
  const doc = (await readJsonFile(file, `${display}/security.json`)) as {
    keys?: { publicKeyPath?: string }[]
  }
  const out: string[] = []
  for (const [i, key] of (doc.keys ?? []).entries()) {
    if (typeof key.publicKeyPath !== 'string')
      throw new InputError({
        file: `${display}/security.json`,
        pointer: `/keys/${i}/publicKeyPath`,
        message: 'A key without its public key file',
        expected: 'a path such as ssot/keys/release.pub',
        found: JSON.stringify(key.publicKeyPath),
      })
    let pem: string
    try {
      pem = await readFile(join(dirname(ssotDir), key.publicKeyPath), 'utf8')
    } catch (error) {
      throw unreadableFile(error, key.publicKeyPath, 'a PEM public key')
    }
    out.push(keyFingerprint(createPublicKey(pem)))
  }
  return [...new Set(out)]
}

async function reviewers(
  ssotDir: string,
  display: string,
  io: CliIo,
): Promise<EnvironmentReviewers> {
  const file = join(ssotDir, 'approvals.json')
  if (!existsSync(file)) {
    io.stderr(
      `modelgate: warning: ${display}/approvals.json not found: the environments get no required reviewers, and G3 fails until approvals exist\n`,
    )
    return {}
  }
  return environmentReviewers(
    await readJsonFile(file, `${display}/approvals.json`),
    `${display}/approvals.json`,
  )
}

/**
 * `modelgate setup --repo OWNER/NAME [--ssot DIR] [--dry-run]`: environments,
 * ruleset, labels and the trusted-keys variable for the template's workflows.
 * Token from GH_TOKEN or GITHUB_TOKEN (a dry run works without one).
 */
export async function runSetupCommand(
  args: CliArgs,
  io: CliIo,
  clientOptions: Partial<ClientOptions> = {},
): Promise<number> {
  const m = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/.exec(args.repo ?? '')
  if (!m)
    throw new InputError({
      message: 'setup needs the repository',
      expected: 'modelgate setup --repo OWNER/NAME [--dry-run]',
      found: args.repo === undefined ? 'no --repo' : JSON.stringify(args.repo),
    })
  const token = io.env.GH_TOKEN || io.env.GITHUB_TOKEN || ''
  if (!token && !args.dryRun)
    throw new InputError({
      message: 'setup needs a token with administration rights on the repository',
      expected: 'GH_TOKEN or GITHUB_TOKEN set (or --dry-run to see the plan)',
      found: 'neither',
    })
  const ssotDir = resolve(io.cwd, args.ssot)
  const plan = makePlan(
    await reviewers(ssotDir, args.ssot, io),
    await trustedKeys(ssotDir, args.ssot),
  )
  const api = token
    ? octokitApi(token, {
        log: (message) => io.stderr(`modelgate: ${message}\n`),
        ...(io.env.GITHUB_API_URL ? { baseUrl: io.env.GITHUB_API_URL } : {}),
        ...clientOptions,
      })
    : undefined
  io.stdout(
    `modelgate setup ${m[1]}/${m[2]}${args.dryRun ? ' (dry run: nothing is changed)' : ''}\n`,
  )
  let report
  try {
    report = await applyPlan({ owner: m[1]!, name: m[2]! }, plan, api, args.dryRun, (line) =>
      io.stdout(`${line}\n`),
    )
  } catch (error) {
    const e = error as {
      status?: number
      message?: string
      request?: { method?: string; url?: string }
    }
    if (e.status === undefined) throw error
    throw new InputError({
      message: `GitHub refused ${e.request ? `${e.request.method} ${e.request.url}` : 'a request'}`,
      expected:
        'a token with administration rights on the repository (and the users and teams of ssot/approvals.json)',
      found: `${e.status} ${e.message}`,
    })
  }
  const changes = report.created + report.updated
  io.stdout(
    changes === 0 && report.limits.length === 0
      ? `Nothing to change: ${report.unchanged} item(s) already as modelgate needs them.\n`
      : `${args.dryRun ? 'Would create' : 'Created'} ${report.created}, ${args.dryRun ? 'would update' : 'updated'} ${report.updated}, ${report.unchanged} unchanged.\n`,
  )
  for (const limit of report.limits) io.stdout(`Plan limit: ${limit}\n`)
  io.stdout(
    'Still yours to do: the signing key as an environment secret (gh secret set MODELGATE_SIGNING_KEY --env signing < release.pem).\n',
  )
  return 0
}
