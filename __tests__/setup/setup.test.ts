import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createPublicKey } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { parseCliArgs } from '../../src/cli/args.js'
import { runCli } from '../../src/cli/run-cli.js'
import { runSetupCommand } from '../../src/cli/setup-command.js'
import { keyFingerprint } from '../../src/signing/signatures.js'
import { REPO } from '../support/action-runner.js'
import { startGitHubStandin, type GitHubStandin, userId } from '../support/github-api-standin.js'
import { addSetupRoutes, type SetupState } from '../support/github-setup-routes.js'

/** ssot/approvals.json as G3 and G5 read it, with a security role for the signing environment. */
const APPROVALS = {
  roles: {
    'ot-lead': { members: ['ana-ml'] },
    qa: { members: ['qa-lee', 'team:acme/qa'] },
    'release-manager': { members: ['rm-kim'] },
    security: { members: ['sec-sam'] },
  },
  gates: {
    G3: { environments: ['ot-signoff', 'qa-signoff'], quorum: { 'ot-lead': 1, qa: 1 } },
    G5: { environments: ['production'], quorum: { 'release-manager': 1 } },
  },
}
const FINGERPRINT = keyFingerprint(
  createPublicKey(readFileSync(join(REPO, 'template/ssot/keys/release.pub'))),
)

/** A repository made by `modelgate init`, with an approvals file. */
function repository(approvals: unknown = APPROVALS): string {
  // null: no approvals file at all.
  const dir = mkdtempSync(join(tmpdir(), 'mg-setup-'))
  cpSync(join(REPO, 'template'), dir, { recursive: true })
  if (approvals === null) rmSync(join(dir, 'ssot/approvals.json'), { force: true })
  else writeFileSync(join(dir, 'ssot/approvals.json'), JSON.stringify(approvals, null, 2))
  return dir
}

function capture(cwd: string, env: NodeJS.ProcessEnv = {}) {
  const out = { stdout: '', stderr: '' }
  const io = {
    stdout: (t: string) => (out.stdout += t),
    stderr: (t: string) => (out.stderr += t),
    cwd,
    env,
  }
  return { io, out }
}

describe('modelgate setup --dry-run without a token', () => {
  it('prints every call it would make and changes nothing', async () => {
    const { io, out } = capture(repository())
    expect(await runCli(['setup', '--repo', 'acme/plant-models', '--dry-run'], io)).toBe(0)
    expect(out.stderr).toBe('')
    const lines = out.stdout.split('\n')
    expect(lines[0]).toBe('modelgate setup acme/plant-models (dry run: nothing is changed)')
    expect(lines).toContain('  GET /repos/acme/plant-models')
    expect(lines).toContain('  GET /users/ana-ml')
    expect(lines).toContain('  GET /orgs/acme/teams/qa')
    expect(lines).toContain('  GET /orgs/acme/teams/qa')
    expect(lines.some((l) => l.startsWith('+ environment ot-signoff (ana-ml): PUT'))).toBe(true)
    const put = lines.find((l) => l.startsWith('+ environment qa-signoff'))!
    expect(put).toMatch(
      /^\+ environment qa-signoff \(qa-lee, acme\/qa\): PUT \/repos\/acme\/plant-models\/environments\/qa-signoff /,
    )
    expect(JSON.parse(put.slice(put.indexOf('{')))).toEqual({
      wait_timer: 0,
      prevent_self_review: true,
      reviewers: [
        { type: 'User', id: '<id of qa-lee>' },
        { type: 'Team', id: '<id of acme/qa>' },
      ],
      deployment_branch_policy: { protected_branches: true, custom_branch_policies: false },
    })
    expect(lines.some((l) => l.startsWith('+ environment production (rm-kim)'))).toBe(true)
    expect(lines.some((l) => l.startsWith('+ environment signing (sec-sam)'))).toBe(true)
    const ruleset = lines.find((l) => l.startsWith('+ ruleset'))!
    expect(ruleset).toContain('POST /repos/acme/plant-models/rulesets')
    expect(ruleset).toContain('"require_code_owner_review":true')
    expect(ruleset).toContain('"context":"modelgate / G2 Security Review"')
    expect(lines).toContain(
      `+ variable MODELGATE_TRUSTED_KEYS = ${FINGERPRINT}: POST /repos/acme/plant-models/actions/variables {"name":"MODELGATE_TRUSTED_KEYS","value":"${FINGERPRINT}"}`,
    )
    expect(lines.filter((l) => l.startsWith('+ label'))).toHaveLength(4)
    expect(out.stdout).toMatch(/Would create 10, would update 0, 0 unchanged\./)
    expect(out.stdout).toMatch(
      /Plan limit: If the repository is private: .*GitHub Enterprise.*approvals/,
    )
  })

  it("reads the template's own ssot/approvals.json (G3's file): each sign-off environment gets its role", async () => {
    const { io, out } = capture(
      repository(JSON.parse(readFileSync(join(REPO, 'template/ssot/approvals.json'), 'utf8'))),
    )
    expect(await runCli(['setup', '--repo', 'acme/plant-models', '--dry-run'], io)).toBe(0)
    const envs = out.stdout
      .split('\n')
      .filter((l) => l.startsWith('+ environment'))
      .map((l) => l.slice(0, l.indexOf(':')))
    expect(envs).toEqual([
      '+ environment ot-signoff (luis-ot, marta-ops)',
      '+ environment qa-signoff (carla-qa, diego-qa)',
      '+ environment production (rosa-rm)',
      '+ environment signing (no reviewers)',
    ])
  })

  it('without ssot/approvals.json says the environments get no reviewers', async () => {
    const { io, out } = capture(repository(null))
    expect(await runCli(['setup', '--repo', 'acme/m', '--dry-run'], io)).toBe(0)
    expect(out.stderr).toMatch(
      /ssot\/approvals\.json not found: the environments get no required reviewers, and G3 fails/,
    )
    expect(out.stdout).toMatch(
      /\+ environment ot-signoff \(no reviewers\)[\s\S]*\+ environment signing \(no reviewers\)/,
    )
  })
})

describe('modelgate setup over the wire', () => {
  let gh: GitHubStandin
  let state: SetupState
  beforeAll(async () => {
    gh = await startGitHubStandin()
  })
  afterAll(() => gh.stop())
  beforeEach(() => {
    gh.reset()
    gh.routes.clear()
    state = addSetupRoutes(gh, {
      users: ['ana-ml', 'qa-lee', 'rm-kim', 'sec-sam'],
      teams: ['acme/qa'],
    })
  })

  const setup = async (dir: string, ...flags: string[]) => {
    const { io, out } = capture(dir, { GH_TOKEN: 'ghp_test', GITHUB_API_URL: gh.url })
    const code = await runSetupCommand(
      parseCliArgs(['setup', '--repo', 'acme/plant-models', ...flags]),
      io,
      { writeSpacingMs: 0, backoffMs: 1 },
    ).catch((e: Error) => {
      out.stderr += e.message
      return 2
    })
    return { code, ...out }
  }

  it('creates the environments, ruleset, labels and variable; a second run changes nothing and says so', async () => {
    const dir = repository()
    const first = await setup(dir)
    expect(first.stderr).toBe('')
    expect(first.code).toBe(0)
    expect(first.stdout).toMatch(/Created 10, updated 0, 0 unchanged\./)
    const otqa = state.environments.get('qa-signoff')!
    const rule = (otqa.protection_rules as Record<string, unknown>[])[0]!
    expect(rule).toMatchObject({ type: 'required_reviewers', prevent_self_review: true })
    expect(
      (rule.reviewers as { type: string; reviewer: { id: number } }[]).map((r) => [
        r.type,
        r.reviewer.id,
      ]),
    ).toEqual([
      ['User', userId('qa-lee')],
      ['Team', 9000],
    ])
    expect(otqa.deployment_branch_policy).toEqual({
      protected_branches: true,
      custom_branch_policies: false,
    })
    expect([...state.environments.keys()]).toEqual([
      'ot-signoff',
      'qa-signoff',
      'production',
      'signing',
    ])
    expect(
      (state.environments.get('production')!.protection_rules as { reviewers: unknown[] }[])[0]!
        .reviewers,
    ).toHaveLength(1)
    expect(state.rulesets).toHaveLength(1)
    expect(state.variables.get('MODELGATE_TRUSTED_KEYS')).toBe(FINGERPRINT)
    expect([...state.labels.keys()]).toEqual([
      'modelgate:drift',
      'modelgate:frozen',
      'modelgate:retrain',
      'modelgate:rollback',
    ])
    const writes = state.writes.length
    const second = await setup(dir)
    expect(second.code).toBe(0)
    expect(state.writes.length).toBe(writes)
    expect(second.stdout).toMatch(
      /Nothing to change: 10 item\(s\) already as modelgate needs them\./,
    )
    expect(gh.violations).toEqual([])
  })

  it('puts back what was changed by hand, and only that', async () => {
    const dir = repository()
    await setup(dir)
    state.labels.get('modelgate:drift')!.color = '000000'
    state.variables.set('MODELGATE_TRUSTED_KEYS', 'sha256:' + '0'.repeat(64))
    const writes = state.writes.length
    const again = await setup(dir)
    expect(again.stdout).toMatch(/~ label modelgate:drift: updated/)
    expect(again.stdout).toMatch(/~ variable MODELGATE_TRUSTED_KEYS = sha256:[0-9a-f]{64}: updated/)
    expect(again.stdout).toMatch(/Created 0, updated 2, 8 unchanged\./)
    expect(state.writes.slice(writes)).toEqual([
      'PATCH /repos/{owner}/{repo}/labels/{name}',
      'PATCH /repos/{owner}/{repo}/actions/variables/{name}',
    ])
    expect(gh.violations).toEqual([])
  })

  it('a dry run with a token reads what exists and writes nothing', async () => {
    const { code, stdout } = await setup(repository(), '--dry-run')
    expect(code).toBe(0)
    expect(state.writes).toEqual([])
    expect(stdout).toMatch(/Would create 10/)
    expect(gh.requests.every((r) => r.method === 'GET')).toBe(true)
    expect(gh.violations).toEqual([])
  })

  it('says what a private repository on the Free plan cannot have, and what G3 falls back to', async () => {
    state.repo = { private: true, plan: 'free' }
    const { code, stdout } = await setup(repository())
    expect(code).toBe(0)
    expect(stdout).toMatch(
      /! environment ot-signoff .*: not available \(422 .*billing plan supports the required reviewers/,
    )
    expect(stdout).toMatch(
      /! ruleset "modelgate gates" .*: not available \(403 Upgrade to GitHub Pro/,
    )
    expect(stdout).toMatch(
      /Plan limit: Required reviewers on environments in a private repository need GitHub Enterprise.*G3 finds no approvals: it fails, never passes.*approvals/,
    )
    expect(stdout).toMatch(
      /Plan limit: Rulesets and branch protection in a private repository need GitHub Pro/,
    )
    expect(state.labels.size).toBe(4)
    expect(gh.violations).toEqual([])
  })

  it('names an approver GitHub does not know', async () => {
    state.users.delete('rm-kim')
    const { code, stderr } = await setup(repository())
    expect(code).toBe(2)
    expect(stderr).toMatch(/user rm-kim \(ssot\/approvals\.json\) not found/)
  })
})

describe('ssot/approvals.json mistakes', () => {
  it.each([
    [
      {
        roles: { qa: { members: ['no spaces'] } },
        gates: { G3: { environments: ['ot-signoff'], quorum: { qa: 1 } } },
      },
      'ssot/approvals.json at /roles/qa/members/0: Not a member. Expected a GitHub login or team:ORG/TEAM-SLUG, found "no spaces"',
    ],
    [
      {
        roles: { qa: { members: ['a'] } },
        gates: { G3: { environments: ['x'], quorum: { boss: 1 } } },
      },
      'ssot/approvals.json at /gates/G3/quorum/boss: Unknown role. Expected one of qa, found "boss"',
    ],
    [
      { roles: { qa: { members: ['a'] } }, gates: { G3: { quorum: { qa: 1 } } } },
      'ssot/approvals.json at /gates/G3/environments: A gate lists its environments. Expected an array of environment names, found nothing',
    ],
    [
      {
        roles: { qa: { users: ['a'] } },
        gates: { G3: { environments: ['ot-signoff'], quorum: { qa: 1 } } },
      },
      'ssot/approvals.json at /roles/qa/members: A role lists its members. Expected an array of logins or team:ORG/SLUG, found nothing',
    ],
  ])('%#', async (approvals, message) => {
    const { io, out } = capture(repository(approvals))
    expect(await runCli(['setup', '--repo', 'acme/m', '--dry-run'], io)).toBe(2)
    expect(out.stderr).toContain(`modelgate: error: ${message}`)
  })

  it('needs --repo, and a token unless it is a dry run', async () => {
    const { io, out } = capture(repository())
    expect(await runCli(['setup'], io)).toBe(2)
    expect(out.stderr).toMatch(
      /setup needs the repository\. Expected modelgate setup --repo OWNER\/NAME/,
    )
    expect(await runCli(['setup', '--repo', 'acme/m'], io)).toBe(2)
    expect(out.stderr).toMatch(
      /Expected GH_TOKEN or GITHUB_TOKEN set \(or --dry-run to see the plan\), found neither/,
    )
  })
})
