import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { EvidenceRecord } from '../../src/contract/types.js'
import type { GitHubContext } from '../../src/github/context.js'

/** A small, well-formed evidence record for publishing tests; override what a test is about. */
export function makeEvidence(overrides: Partial<EvidenceRecord> = {}): EvidenceRecord {
  return {
    $schema: 'https://modelgate.dev/schemas/evidence.schema.json',
    schemaVersion: 1,
    gate: 'G1',
    gateName: 'Model Performance',
    status: 'fail',
    summary: '1 of 2 KPIs failed',
    subject: {
      model: {
        role: 'model',
        path: 'models/model.onnx',
        sha256: 'ab12cd34ef56'.padEnd(64, '0'),
        bytes: 1234,
      },
      data: [
        {
          role: 'holdout',
          path: 'data/holdout.csv',
          sha256: '9f'.repeat(32),
          bytes: 999,
          rows: 10,
        },
      ],
      artifacts: [],
    },
    checks: [
      {
        id: 'G1.kpi.2',
        rule: 'mae',
        variable: 'temp_max',
        value: 3.4,
        operator: '<=',
        threshold: 3,
        unit: '°C',
        status: 'fail',
        severity: 'block',
        source: { file: 'ssot/kpi_acceptance.csv', line: 2 },
      },
      {
        id: 'G1.kpi.3',
        rule: 'coverage',
        variable: 'temp_max',
        value: 0.93,
        operator: '>=',
        threshold: 0.9,
        status: 'pass',
        severity: 'block',
        source: { file: 'ssot/kpi_acceptance.csv', line: 3 },
      },
    ],
    problems: [],
    report: { model: { name: 'seattle-temp-max', version: '1.0.0' } },
    context: {
      mode: 'actions',
      repository: 'acme/plant-models',
      sha: 'a'.repeat(40),
      runId: '77',
      serverUrl: 'https://github.com',
    },
    timing: {
      startedAt: '2026-11-22T10:00:00.000Z',
      finishedAt: '2026-11-22T10:00:02.000Z',
      durationMs: 2000,
    },
    tool: { name: 'modelgate', version: '0.1.0' },
    digest: { algorithm: 'sha256', canonicalization: 'RFC8785', value: 'c0ffee'.padEnd(64, '1') },
    ...overrides,
  }
}

export const PR_HEAD = 'b'.repeat(40)
export const MERGE_SHA = 'a'.repeat(40)

/** What @actions/github's context holds for a pull_request event (GITHUB_SHA is the merge commit). */
export function prContext(number = 12): GitHubContext {
  return {
    repo: { owner: 'acme', repo: 'plant-models' },
    sha: MERGE_SHA,
    eventName: 'pull_request',
    runId: 77,
    serverUrl: 'https://github.com',
    payload: {
      action: 'synchronize',
      number,
      pull_request: { number, head: { sha: PR_HEAD, ref: 'feature/x' } },
    },
  }
}

/**
 * A workflow_run follow-up of a pull_request run, as GitHub sends it for a
 * fork: no pull_requests listed, the head in the fork owner's repository.
 * GITHUB_SHA is the default branch's head.
 */
export function workflowRunContext(
  run: {
    event?: string
    headOwner?: string
    pullRequests?: { number: number; head: { sha: string } }[]
  } = {},
): GitHubContext {
  return {
    repo: { owner: 'acme', repo: 'plant-models' },
    sha: MERGE_SHA,
    eventName: 'workflow_run',
    runId: 79,
    serverUrl: 'https://github.com',
    payload: {
      action: 'completed',
      workflow_run: {
        event: run.event ?? 'pull_request',
        head_sha: PR_HEAD,
        head_branch: 'feature/x',
        head_repository: { owner: { login: run.headOwner ?? 'forker' } },
        pull_requests: run.pullRequests ?? [],
      },
    },
  }
}

export function pushContext(): GitHubContext {
  return {
    repo: { owner: 'acme', repo: 'plant-models' },
    sha: MERGE_SHA,
    eventName: 'push',
    runId: 78,
    serverUrl: 'https://github.com',
    payload: { ref: 'refs/heads/main' },
  }
}

/** A workspace with the SSOT file the checks point at, and the evidence files written as the caller would. */
export function writeWorkspace(
  evidence: EvidenceRecord,
  extra: Record<string, string> = {},
): { workspace: string; files: { evidence: string; markdown: string; html: string } } {
  const workspace = mkdtempSync(join(tmpdir(), 'mg-publish-'))
  const write = (rel: string, text: string) => {
    const path = join(workspace, rel)
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, text)
  }
  write(
    'ssot/kpi_acceptance.csv',
    'gate,kpi,variable,operator,threshold,unit,severity,notes\nG1,mae,temp_max,<=,3,°C,block,\nG1,coverage,temp_max,>=,0.9,,block,\n',
  )
  for (const [rel, text] of Object.entries(extra)) write(rel, text)
  const files = {
    evidence: join(workspace, 'out', `${evidence.gate}.evidence.json`),
    markdown: join(workspace, 'out', `${evidence.gate}.md`),
    html: join(workspace, 'out', `${evidence.gate}.html`),
  }
  write(`out/${evidence.gate}.evidence.json`, `${JSON.stringify(evidence, null, 2)}\n`)
  write(`out/${evidence.gate}.md`, `# ${evidence.gate}\n`)
  write(`out/${evidence.gate}.html`, `<!doctype html><title>${evidence.gate}</title>`)
  return { workspace, files }
}
