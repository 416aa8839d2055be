import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../../src/cli/run-cli.js'

const TEMPLATE = join(import.meta.dirname, '..', '..', '..', 'template')

async function cli(args: string[], cwd: string) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {
    cwd,
    env: {},
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  })
  return { code, stdout, stderr }
}

describe('modelgate G3 from the CLI, with a sign-off file', () => {
  it('passes the template with its example sign-off, and says where the approvals came from', async () => {
    const out = mkdtempSync(join(tmpdir(), 'mg-g3-'))
    const r = await cli(
      ['G3', '--ssot', 'ssot', '--approvals', 'approvals/signoff.example.json', '--out', out],
      TEMPLATE,
    )
    expect(r.code, r.stderr + r.stdout).toBe(0)
    const evidence = JSON.parse(readFileSync(join(out, 'G3.evidence.json'), 'utf8'))
    expect(evidence.status).toBe('pass')
    expect(evidence.subject.model.path).toBe('models/temp_max.onnx')
    expect(evidence.report.approvals.source).toBe('file')
    expect(
      evidence.report.approvals.counted.map(
        (c: { login: string; role: string }) => `${c.login}:${c.role}`,
      ),
    ).toEqual(['luis-ot:ot-lead', 'carla-qa:qa'])
    // The template is in a git repository: the authors come from git log.
    expect(evidence.checks.find((c: { id: string }) => c.id === 'G3.sod.not-author').status).toBe(
      'pass',
    )
    expect(r.stdout).toContain('Sign-off by role')
  })

  it('outside a git repository, the author check is skipped with its reason (never a silent pass), and the owner still cannot approve', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-g3-'))
    for (const part of ['ssot', 'models'])
      cpSync(join(TEMPLATE, part), join(dir, part), { recursive: true })
    writeFileSync(
      join(dir, 'signoff.json'),
      JSON.stringify({
        approvals: [
          { login: 'ana-ml', state: 'approved', comment: 'my own model' },
          { login: 'carla-qa', state: 'approved' },
        ],
      }),
    )
    const r = await cli(
      ['G3', '--ssot', 'ssot', '--approvals', 'signoff.json', '--out', 'out'],
      dir,
    )
    expect(r.code).toBe(1)
    const evidence = JSON.parse(readFileSync(join(dir, 'out', 'G3.evidence.json'), 'utf8'))
    const notAuthor = evidence.checks.find((c: { id: string }) => c.id === 'G3.sod.not-author')
    expect(notAuthor.status).toBe('skipped')
    expect(notAuthor.message).toMatch(/not a git repository/)
    expect(evidence.report.approvals.notCounted[0]).toMatchObject({
      login: 'ana-ml',
      rule: 'not-member',
    })
    expect(evidence.summary).toContain('ot-lead: 0 of 1')
  })
})
