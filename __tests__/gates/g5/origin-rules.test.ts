import { describe, expect, it } from 'vitest'
import type { EvidenceRecord } from '../../../src/contract/types.js'
import type { WorkflowRunInfo } from '../../../src/contract/workflow-runs.js'
import { runProblems, workflowFile, type OriginRules } from '../../../src/gates/g5/origin.js'
import { POLICY } from './release-fixture.js'

const REPO = 'acme/models'
const RULES: OriginRules = {
  run: { mode: 'actions', repository: REPO },
  policy: { ...POLICY, releaseRefs: ['release/*'] },
  policyFile: 'ssot/release.json',
  releaseTag: 'temp-max-v1.1.0',
  modelDigest: 'a'.repeat(64),
}
const RUN: WorkflowRunInfo = {
  id: 7,
  path: '.github/workflows/release.yml@main',
  event: 'push',
  headBranch: 'main',
  headSha: 'c'.repeat(40),
  repository: REPO,
  headRepository: REPO,
  htmlUrl: 'https://github.com/acme/models/actions/runs/7',
}
const EVIDENCE = { context: { mode: 'actions', sha: 'c'.repeat(40) } } as EvidenceRecord

describe('which workflow runs G5 trusts', () => {
  it.each([
    ['.github/workflows/release.yml@refs/heads/main', '.github/workflows/release.yml'],
    ['acme/models/.github/workflows/release.yml@main', '.github/workflows/release.yml'],
    // A workflow file of another repository keeps its prefix, so it never matches a trusted one.
    [
      'mallory/models/.github/workflows/release.yml@main',
      'mallory/models/.github/workflows/release.yml',
    ],
  ])('reads the workflow file of %s', (path, file) => expect(workflowFile(path, REPO)).toBe(file))

  it.each([
    ['the default branch', {}, []],
    ['a release branch matched by release/*', { headBranch: 'release/1.1' }, []],
    // The release is a draft while G5 judges it, so its tag does not exist yet: a run "on" it ran on a
    // branch anyone with push access can create under that name, with an edited workflow file.
    [
      'a branch named like the release tag',
      { headBranch: 'temp-max-v1.1.0' },
      [/ran on "temp-max-v1\.1\.0", not the default branch/],
    ],
    ['another branch', { headBranch: 'releases' }, [/ran on "releases"/]],
    [
      'a reusable workflow of another repository',
      { path: 'mallory/models/.github/workflows/release.yml@main' },
      [/not a trusted workflow/],
    ],
    [
      'a run of another repository',
      { repository: 'mallory/models', headRepository: 'mallory/models' },
      [/belongs to mallory\/models/, /a fork/],
    ],
    [
      'pull_request_target on the default branch',
      { event: 'pull_request_target' },
      [/pull_request_target/],
    ],
  ] as [string, Partial<WorkflowRunInfo>, RegExp[]][])('%s', (_name, over, problems) => {
    const found = runProblems({ ...RUN, ...over }, EVIDENCE, RULES, 'main')
    expect(found).toHaveLength(problems.length)
    problems.forEach((p, i) => expect(found[i]).toMatch(p))
  })
})
