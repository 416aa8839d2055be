import { describe, expect, it } from 'vitest'
import type { GateApprovalPolicy } from '../../src/approvals/config.js'
import { assignRoles, judgeApprovals, type JudgeInput } from '../../src/approvals/judge.js'
import { parseSignoff } from '../../src/approvals/file-source.js'
import type { Approval, CollectedApprovals } from '../../src/approvals/types.js'

const MODEL = `sha256:${'1'.repeat(64)}`
const HEAD = 'b'.repeat(40)
const policy = (over: Partial<GateApprovalPolicy> = {}): GateApprovalPolicy => ({
  gate: 'G3',
  environments: ['ot-signoff', 'qa-signoff'],
  roles: [
    {
      role: 'ot-lead',
      members: ['luis-ot', 'marta-ops', 'ana-ml'],
      listed: ['luis-ot', 'marta-ops', 'ana-ml'],
      needed: 1,
    },
    {
      role: 'qa',
      members: ['carla-qa', 'marta-ops'],
      listed: ['carla-qa', 'marta-ops'],
      needed: 1,
    },
  ],
  allowFileSource: true,
  distinctFromG3: false,
  authorCommits: 3,
  authorPaths: [],
  file: 'ssot/approvals.json',
  ...over,
})
const approve = (login: string, over: Partial<Approval> = {}): Approval => ({
  login,
  bot: false,
  state: 'approved',
  source: 'environment',
  environments: [login.endsWith('qa') ? 'qa-signoff' : 'ot-signoff'],
  comment: '',
  ...over,
})
const collected = (
  approvals: Approval[],
  over: Partial<CollectedApprovals> = {},
): CollectedApprovals => ({
  source: 'environment',
  tried: [],
  approvals,
  authors: [{ login: 'ana-ml', because: 'the author of pull request #12' }],
  ...over,
})
const judge = (
  approvals: Approval[],
  over: Partial<JudgeInput> = {},
  c: Partial<CollectedApprovals> = {},
) =>
  judgeApprovals({
    policy: policy(),
    collected: collected(approvals, c),
    actor: { login: 'octocat' },
    modelSha256: MODEL,
    ...over,
  })
const status = (j: ReturnType<typeof judge>, id: string) =>
  j.checks.find((c) => c.id === `G3.${id}`)?.status

describe('judgeApprovals: one row per case of the issue', () => {
  const many = Array.from({ length: 150 }, (_, i) =>
    approve(`reviewer-${i % 9}`, {
      source: 'pull-request',
      state: 'commented',
      commit: HEAD,
      at: `2026-03-01T10:${String(i % 60).padStart(2, '0')}:00Z`,
    }),
  )
  const rows: [
    string,
    Approval[],
    Partial<JudgeInput>,
    Partial<CollectedApprovals>,
    string,
    Record<string, string>,
  ][] = [
    [
      'quorum met',
      [approve('luis-ot'), approve('carla-qa')],
      {},
      {},
      'ot-lead 1 of 1, qa 1 of 1',
      { 'quorum.qa': 'pass', 'sod.not-author': 'pass' },
    ],
    [
      'QA missing',
      [approve('luis-ot')],
      {},
      {},
      'ot-lead 1 of 1, qa 0 of 1',
      { 'quorum.qa': 'fail' },
    ],
    [
      'a rejection',
      [approve('luis-ot'), approve('carla-qa', { state: 'rejected', comment: 'no' })],
      {},
      {},
      'ot-lead 1 of 1, qa 0 of 1',
      { 'approvals.rejections': 'fail' },
    ],
    [
      'the author approving their own model',
      [approve('ana-ml'), approve('carla-qa')],
      {},
      {},
      'ot-lead 0 of 1, qa 1 of 1',
      { 'sod.not-author': 'warn', 'quorum.ot-lead': 'fail' },
    ],
    [
      'the triggering actor approving',
      [approve('luis-ot'), approve('carla-qa')],
      { actor: { login: 'carla-qa' } },
      {},
      'ot-lead 1 of 1, qa 0 of 1',
      { 'sod.not-actor': 'warn' },
    ],
    [
      'one person in two roles, alone',
      [approve('marta-ops')],
      {},
      {},
      'ot-lead 1 of 1, qa 0 of 1',
      { 'sod.one-role-per-person': 'pass' },
    ],
    [
      'one person in two roles, placed where needed',
      [approve('marta-ops'), approve('luis-ot')],
      {},
      {},
      'ot-lead 1 of 1, qa 1 of 1',
      {},
    ],
    [
      'a bot',
      [approve('luis-ot'), approve('carla-qa', { bot: true })],
      {},
      {},
      'ot-lead 1 of 1, qa 0 of 1',
      { 'sod.no-bots': 'warn' },
    ],
    [
      'a [bot] login',
      [approve('luis-ot'), approve('dependabot[bot]')],
      {},
      {},
      'ot-lead 1 of 1, qa 0 of 1',
      { 'sod.no-bots': 'warn' },
    ],
    [
      'a stale review on an older commit',
      [
        approve('luis-ot', { source: 'pull-request', commit: 'c'.repeat(40) }),
        approve('carla-qa', { source: 'pull-request', commit: HEAD }),
      ],
      {},
      { source: 'pull-request', reviewCommit: HEAD },
      'ot-lead 0 of 1, qa 1 of 1',
      { 'quorum.ot-lead': 'fail' },
    ],
    [
      '150 reviews: the latest decision of each person',
      [
        ...many,
        approve('luis-ot', { source: 'pull-request', commit: HEAD, at: '2026-03-02T09:00:00Z' }),
        approve('luis-ot', {
          source: 'pull-request',
          state: 'commented',
          commit: HEAD,
          at: '2026-03-02T10:00:00Z',
        }),
        approve('carla-qa', { source: 'pull-request', commit: HEAD, at: '2026-03-02T09:00:00Z' }),
        approve('carla-qa', {
          source: 'pull-request',
          state: 'changes_requested',
          commit: HEAD,
          at: '2026-03-02T11:00:00Z',
        }),
      ],
      {},
      { source: 'pull-request', reviewCommit: HEAD },
      'ot-lead 1 of 1, qa 0 of 1',
      { 'approvals.rejections': 'fail' },
    ],
    [
      'another environment',
      [approve('luis-ot', { environments: ['staging'] }), approve('carla-qa')],
      {},
      {},
      'ot-lead 0 of 1, qa 1 of 1',
      {},
    ],
    [
      "a rejection for another environment is not this gate's",
      [
        approve('luis-ot'),
        approve('carla-qa'),
        approve('marta-ops', { state: 'rejected', environments: ['staging'] }),
      ],
      {},
      {},
      'ot-lead 1 of 1, qa 1 of 1',
      { 'approvals.rejections': 'pass' },
    ],
    [
      'a sign-off of another model',
      [
        approve('luis-ot', { source: 'file', model: `sha256:${'2'.repeat(64)}` }),
        approve('carla-qa', { source: 'file' }),
      ],
      {},
      { source: 'file' },
      'ot-lead 0 of 1, qa 1 of 1',
      { 'approvals.source': 'pass' },
    ],
    [
      'a local run: the actor check is skipped with its reason',
      [approve('luis-ot'), approve('carla-qa')],
      { actor: { unknown: 'a local run' } },
      {},
      'ot-lead 1 of 1, qa 1 of 1',
      { 'sod.not-actor': 'skipped' },
    ],
    [
      'authors unknown: skipped, never a silent pass',
      [approve('luis-ot'), approve('carla-qa')],
      {},
      { authors: [], authorsUnknown: 'not a git repository' },
      'ot-lead 1 of 1, qa 1 of 1',
      { 'sod.not-author': 'skipped' },
    ],
    [
      'an author found by a no-reply e-mail',
      [approve('luis-ot'), approve('carla-qa')],
      {},
      {
        authors: [
          {
            email: '9+Luis-OT@users.noreply.github.com',
            because: 'commit 1234567 changed models/m.onnx',
          },
        ],
      },
      'ot-lead 0 of 1, qa 1 of 1',
      { 'sod.not-author': 'warn' },
    ],
    [
      'a [bot] login in other letter case, not marked a bot by its source, never counts',
      [approve('luis-ot'), approve('Release-QA[BOT]', { environments: ['qa-signoff'] })],
      {
        policy: policy({
          roles: [
            { role: 'ot-lead', members: ['luis-ot'], listed: ['luis-ot'], needed: 1 },
            { role: 'qa', members: ['release-qa[bot]'], listed: ['release-qa[bot]'], needed: 1 },
          ],
        }),
      },
      {},
      'ot-lead 1 of 1, qa 0 of 1',
      { 'sod.no-bots': 'warn' },
    ],
    [
      'the pull request author under another letter case, in two roles, also as the actor: never counts',
      [approve('ANA-ML'), approve('Marta-Ops', { environments: ['qa-signoff'] })],
      { actor: { login: 'marta-OPS' } },
      {},
      'ot-lead 0 of 1, qa 0 of 1',
      { 'sod.not-author': 'warn', 'sod.not-actor': 'warn' },
    ],
  ]
  it.each(rows)('%s', (_name, approvals, over, c, tally, statuses) => {
    const j = judge(approvals, over, c)
    expect(j.tally).toBe(tally)
    for (const [id, s] of Object.entries(statuses)) expect(status(j, id), id).toBe(s)
    // Every approval is either counted or set aside with a reason; a person appears once.
    const people = new Set(approvals.map((a) => a.login.toLowerCase()))
    expect(j.counted.length + j.notCounted.length).toBe(people.size)
    for (const n of j.notCounted) expect(n.reason).not.toBe('')
  })

  it('names the rejecting member and their comment', () => {
    const j = judge([approve('carla-qa', { state: 'rejected', comment: 'Plan QA-114 failed' })])
    expect(j.checks.find((c) => c.id === 'G3.approvals.rejections')?.message).toBe(
      'carla-qa (qa) rejected: "Plan QA-114 failed"',
    )
  })

  it('G5: refuses a sign-off file unless allowed, and keeps G3 approvers out when g5DistinctFromG3 is set', () => {
    const g5 = policy({
      gate: 'G5',
      environments: ['production'],
      roles: [
        {
          role: 'release-manager',
          members: ['rosa-rm', 'luis-ot'],
          listed: ['rosa-rm', 'luis-ot'],
          needed: 1,
        },
      ],
      allowFileSource: false,
      distinctFromG3: true,
    })
    const j = judgeApprovals({
      policy: g5,
      collected: collected([approve('luis-ot', { source: 'file', environments: ['production'] })], {
        source: 'file',
      }),
      actor: { login: 'octocat' },
      modelSha256: MODEL,
      excluded: { logins: ['Luis-OT'], because: 'G3 evidence of run 41' },
    })
    expect(j.checks.find((c) => c.id === 'G5.approvals.source')?.status).toBe('fail')
    expect(j.checks.find((c) => c.id === 'G5.sod.distinct-from-g3')?.status).toBe('warn')
    expect(j.tally).toBe('release-manager 0 of 1')
    const unknown = judgeApprovals({
      policy: g5,
      collected: collected([]),
      actor: { login: 'x' },
      modelSha256: MODEL,
    })
    expect(unknown.checks.find((c) => c.id === 'G5.sod.distinct-from-g3')?.status).toBe('error')
  })
})

describe('assignRoles', () => {
  it('fills as many quorum slots as the people allow, one role per person', () => {
    expect(
      assignRoles(
        [['a', 'b'], ['a']],
        [
          ['a', 1],
          ['b', 1],
        ],
      ),
    ).toEqual(['b', 'a'])
    expect(
      assignRoles(
        [['a', 'b'], ['a', 'b'], ['b']],
        [
          ['a', 1],
          ['b', 2],
        ],
      ),
    ).toEqual(['a', 'b', 'b'])
    expect(assignRoles([['a'], ['a']], [['a', 1]])).toEqual(['a', 'a'])
  })
})

describe('parseSignoff', () => {
  it('reads a sign-off file into approvals of source file; bots by type or login', () => {
    const a = parseSignoff(
      {
        approvals: [
          { login: 'x', state: 'approved', type: 'Bot' },
          { login: 'y[bot]', state: 'rejected', environment: 'qa', gate: 'G3', comment: 'c' },
        ],
      },
      'f.json',
    )
    expect(a).toEqual([
      { login: 'x', bot: true, state: 'approved', source: 'file', comment: '' },
      {
        login: 'y[bot]',
        bot: true,
        state: 'rejected',
        source: 'file',
        environments: ['qa'],
        gate: 'G3',
        comment: 'c',
      },
    ])
  })
})
