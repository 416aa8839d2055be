import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createGitHubClient } from '../../src/github/octokit.js'
import { openIncident, type IncidentDetails } from '../../src/registry/github/incident.js'
import { startGitHubStandin, type GitHubStandin } from '../support/github-api-standin.js'

let gh: GitHubStandin
beforeAll(async () => {
  gh = await startGitHubStandin()
}, 60_000)
afterEach(() => {
  expect(gh.violations).toEqual([])
  gh.reset()
})
afterAll(async () => {
  await gh.stop()
})

const client = () =>
  createGitHubClient('ghs_test', {
    baseUrl: gh.url,
    writeSpacingMs: 0,
    backoffMs: 5,
    log: () => {},
  })
const details: IncidentDetails = {
  model: 'temp',
  fromVersion: '1.1.0',
  toVersion: '1.0.0',
  fromTag: 'temp-v1.1.0',
  toTag: 'temp-v1.0.0',
  toUrl: 'https://github.com/acme/m/releases/tag/temp-v1.0.0',
  reason: 'MAE doubled <script>alert(1)</script> @everyone',
  actor: 'ops',
  modelDigest: 'a'.repeat(64),
  evidenceDigest: 'b'.repeat(64),
  ownerLogin: 'ana-ml',
}

describe('the rollback incident issue', () => {
  it('is opened once per model and bad version, then commented on', async () => {
    gh.registry.assignable = ['ana-ml']
    const first = await openIncident(client(), 'acme', 'm', details)
    expect(first).toMatchObject({ created: true, number: 1, warnings: [] })
    const second = await openIncident(client(), 'acme', 'm', { ...details, reason: 'again' })
    expect(second).toMatchObject({ created: false, number: 1 })
    expect(gh.registry.issues).toHaveLength(1)
    expect(gh.comments.map((c) => c.issue)).toEqual([1])
    // Untrusted text cannot inject HTML or mention anyone; the owner is mentioned.
    const body = gh.registry.issues[0]!.body
    expect(body).not.toContain('<script>')
    expect(body).not.toContain('@everyone')
    expect(body).toContain('@ana-ml')
    // Another bad version is another incident.
    await openIncident(client(), 'acme', 'm', { ...details, fromVersion: '1.2.0' })
    expect(gh.registry.issues).toHaveLength(2)
  })

  it('opens it unassigned when GitHub refuses the owner, and warns without throwing on a read-only token', async () => {
    const r = await openIncident(client(), 'acme', 'm', details)
    expect(r.created).toBe(true)
    expect(r.warnings[0]).toMatch(/refused to assign the owner ana-ml/)
    expect(gh.registry.issues[0]!.assignees).toEqual([])
    gh.reset()
    gh.inject('POST', '/repos/{owner}/{repo}/issues', 'read-only', 3)
    const denied = await openIncident(client(), 'acme', 'm', details)
    expect(denied.created).toBe(false)
    expect(denied.warnings[0]).toMatch(/permissions: issues: write/)
  })
})
