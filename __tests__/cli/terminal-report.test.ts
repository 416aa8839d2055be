import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run-cli.js'

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'g0')
const REPO = join(import.meta.dirname, '..', '..')
const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

function workspace(csv: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-tty-'))
  dirs.push(dir)
  cpSync(FIXTURE, dir, { recursive: true })
  writeFileSync(join(dir, 'data', 'x.csv'), csv)
  return dir
}

const GOOD = 'id,city,temp,date\n1,Oslo,12.5,2024-01-01\n2,Lima,30,2024-06-01\n'
const BAD = 'id,city,temp,date\n1,Rome,99,2024-01-01\n'
/** A city name carrying a terminal escape (clear screen) and markup. */
const HOSTILE = 'id,city,temp,date\n1,\u001b[2J<b>x</b>,99,2024-01-01\n'

async function run(csv: string, env: Record<string, string> = {}, extra: string[] = []) {
  const dir = workspace(csv)
  let stdout = ''
  let stderr = ''
  const code = await runCli(
    ['G0', '--ssot', 'ssot', '--data', 'data/x.csv', '--out', 'out', ...extra],
    {
      cwd: dir,
      env,
      stdoutIsTTY: true,
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
    },
  )
  return { code, stdout, stderr, dir }
}

/** What a terminal must never be shown: HTML entities and tags, Mermaid, markdown tables. */
function expectPlainText(text: string) {
  expect(text).not.toMatch(/&#?\w+;/)
  expect(text).not.toMatch(/<\/?[a-z][^>]*>/i)
  expect(text).not.toMatch(/mermaid|flowchart|```/)
  expect(text).not.toMatch(/^\|.*\|$/m)
}

// eslint-disable-next-line no-control-regex
const stripColour = (t: string) => t.replace(/\u001b\[[0-9;]*m/g, '')

describe('the CLI on a terminal prints plain text', () => {
  it('a pass: the verdict first, then where the reports are', async () => {
    const r = await run(GOOD)
    expect(r.code).toBe(0)
    const text = stripColour(r.stdout)
    expect(text.split('\n')[0]).toBe('G0 Data Quality: PASS')
    expect(text).toMatch(
      /Reports\n {2}markdown +.*out\/G0\.md\n {2}html +.*out\/G0\.html\n {2}evidence +.*out\/G0\.evidence\.json {2}\(sha256 [0-9a-f]{64}\)/,
    )
    expectPlainText(text)
    expect(r.stdout).toContain('\u001b[32mPASS\u001b[0m')
  })

  it('a fail: failing checks as aligned lines with value and threshold', async () => {
    const r = await run(BAD)
    expect(r.code).toBe(1)
    const text = stripColour(r.stdout)
    expect(text.split('\n')[0]).toBe('G0 Data Quality: FAIL')
    const rows = text.split('\n').filter((l) => /^ {2}(FAIL|WARN) /.test(l))
    expect(rows.length).toBeGreaterThan(0)
    // Aligned: every row's second column starts at the same place.
    const starts = new Set(rows.map((l) => l.slice(2).search(/ {2}\S/)))
    expect(starts.size).toBe(1)
    expectPlainText(text)
  })

  it('an error: the problem with its file, line and pointer, no stack', async () => {
    const dir = workspace(GOOD)
    writeFileSync(
      join(dir, 'ssot', 'data_schema.json'),
      '{\n  "type": "object",\n  "properties": { "id": { "type": 42 } }\n}\n',
    )
    let stdout = ''
    const code = await runCli(['G0', '--ssot', 'ssot', '--data', 'data/x.csv', '--out', 'out'], {
      cwd: dir,
      env: {},
      stdoutIsTTY: true,
      stdout: (t) => (stdout += t),
      stderr: () => {},
    })
    expect(code).toBe(2)
    const text = stripColour(stdout)
    expect(text.split('\n')[0]).toBe('G0 Data Quality: ERROR')
    expect(text).toMatch(/ERROR {2}ssot\/data_schema\.json:3 at \/properties\/id\/type: /)
    expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/)
    expectPlainText(text)
  })

  it('NO_COLOR turns colour off; a pipe gets none either', async () => {
    expect((await run(GOOD, { NO_COLOR: '1' })).stdout).not.toContain('\u001b[')
  })

  it('data values cannot drive the terminal: escapes are shown, not sent', async () => {
    const r = await run(HOSTILE, {}, ['--option', 'max-violations=5'])
    expect(r.code).toBe(1)
    const text = stripColour(r.stdout)
    expect(text).not.toContain('\u001b[2J')
    // The value is shown as written, its escape made visible: a terminal prints markup as text.
    expect(text).toMatch(/(\\u001b|\\x1b)\[2J<b>x<\/b>/)
    expectPlainText(text.replace(/(\\u001b|\\x1b)\[2J<b>x<\/b>/g, ''))
  })

  it('--format markdown still prints the GitHub form, --format json the evidence', async () => {
    const md = await run(BAD, {}, ['--format', 'markdown'])
    expect(md.stdout).toMatch(/^\| /m)
    const json = await run(GOOD, {}, ['--format', 'json'])
    expect(JSON.parse(json.stdout).status).toBe('pass')
  })
})

describe('dist/cli.js under a real pseudo-terminal', () => {
  it('prints the coloured text report (script(1) gives it a TTY)', () => {
    const dir = workspace(BAD)
    const cmd = `${process.execPath} ${join(REPO, 'dist', 'cli.js')} G0 --ssot ssot --data data/x.csv --out out`
    const r = spawnSync('script', ['-qec', cmd, '/dev/null'], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', TERM: 'xterm' },
    })
    expect(r.status).toBe(1)
    expect(r.stdout).toContain('\u001b[31mFAIL\u001b[0m')
    const text = stripColour(r.stdout).replace(/\r\n/g, '\n')
    expect(text).toMatch(/^G0 Data Quality: FAIL/)
    expectPlainText(text)
  })
})
