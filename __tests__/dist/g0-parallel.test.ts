import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { generateCsv } from '../../bench/generate.mjs'
import { REPO } from '../support/action-runner.js'

/** G0's worker threads only run from the bundle, so this test drives dist/cli.js. */
const dir = mkdtempSync(join(tmpdir(), 'mg-par-'))
const ROWS = 120_000 // about 11 MB: above the 8 MB parallel threshold

function g0(file: string, threads: number, ssot = join(REPO, 'bench', 'ssot-g0')) {
  const r = spawnSync(process.execPath, [join(REPO, 'dist', 'cli.js'), 'G0', '--ssot', ssot, '--data', `bench=${file}`, '--out', join(dir, `out-${threads}`), '--format', 'json', '--workspace', '/', '--option', 'max-violations=20'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, MODELGATE_THREADS: String(threads) },
  })
  expect([0, 1]).toContain(r.status)
  return JSON.parse(r.stdout)
}

function comparable(e: { checks: { id: string; value: unknown; status: string }[]; report: Record<string, unknown> }) {
  return {
    checks: e.checks.map((c) => [c.id, c.value, c.status]),
    violations: e.report.violations,
    counts: e.report.violationCounts,
    total: e.report.totalViolations,
    profile: (e.report.profile as Record<string, number>[]).map((p) => [p.column, p.count, p.missing, p.min, p.max, p.distinct]),
  }
}

describe('G0 over chunks of a large file, on any number of threads', () => {
  let plain = ''
  let quoted = ''
  beforeAll(async () => {
    const clean = join(dir, 'clean.csv')
    await generateCsv(clean, ROWS, 99)
    const lines = readFileSync(clean, 'utf8').split('\n')
    // Violations at known lines, spread over both halves of the file.
    for (const at of [5, 777, 60_001, 60_002, 119_990]) lines[at - 1] = lines[at - 1]!.replace(/^[^,]+/, '250.5')
    lines[90_000 - 1] = lines[90_000 - 1]!.replace(/,(alpha|beta|gamma|delta|epsilon),/, ',omega,')
    lines[100_000 - 1] = `${lines[100_000 - 1]},extra`
    plain = join(dir, 'plain.csv')
    writeFileSync(plain, lines.join('\n'))
    lines[50_000 - 1] = lines[50_000 - 1]!.replace(/,(alpha|beta|gamma|delta|epsilon),/, ',"beta",')
    quoted = join(dir, 'quoted.csv')
    writeFileSync(quoted, lines.join('\n'))
  })

  it('gives the same evidence, to the last digit, on 1, 2 and 3 threads', () => {
    const one = g0(plain, 1)
    const two = g0(plain, 2)
    const three = g0(plain, 3)
    expect(one.status).toBe('fail')
    expect(one.report.files[0].reader).toMatch(/^3 chunks on 1 thread$/)
    expect(two.report.files[0].reader).toMatch(/^3 chunks on [12] threads?$/)
    // The digest comes from one of the threads that read the chunks: it must be the file's.
    const sha256 = createHash('sha256').update(readFileSync(plain)).digest('hex')
    for (const e of [one, two, three]) expect(e.subject.data[0]).toMatchObject({ sha256, bytes: statSync(plain).size, rows: 120_000 })
    expect(comparable(two)).toEqual(comparable(one))
    expect(comparable(three)).toEqual(comparable(one))
    expect(one.report.violations.map((v: { line: number }) => v.line)).toEqual([5, 777, 60_001, 60_002, 90_000, 100_000, 119_990])
    // Means, standard deviations, quantiles and samples: identical, not merely close.
    expect(two.report.profile).toEqual(one.report.profile)
    expect(three.report.profile).toEqual(one.report.profile)
    expect(one.checks).toEqual(two.checks)
  })

  it('agrees with the sequential reader on counts, and to 1e-12 on moments', () => {
    const chunked = g0(plain, 2)
    // A unique key sends G0 to its sequential path (every key in one place): the statistics must agree.
    const sequential = g0(plain, 2, join(REPO, '__tests__', 'fixtures', 'g0', 'ssot-unique-bench'))
    expect(sequential.report.files[0].reader).toBe('sequential')
    chunked.report.profile.forEach((p: { column: string; count: number; min?: number; max?: number; mean?: number; std?: number }, i: number) => {
      const q = sequential.report.profile[i]
      expect([q.column, q.count, q.min, q.max]).toEqual([p.column, p.count, p.min, p.max])
      if (p.mean !== undefined) {
        expect(Math.abs(q.mean - p.mean)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(p.mean)))
        expect(Math.abs(q.std - p.std!)).toBeLessThanOrEqual(1e-12 * p.std!)
      }
    })
  })

  it('falls back to the sequential reader when a range holds a quote', () => {
    const one = g0(quoted, 1)
    const two = g0(quoted, 2)
    expect(two.report.files[0].reader).toBe('sequential')
    expect(comparable(two)).toEqual(comparable(one))
    // The digest of a run that fell back is taken beside the sequential read instead.
    const sha256 = createHash('sha256').update(readFileSync(quoted)).digest('hex')
    expect(two.subject.data[0].sha256).toBe(sha256)
  })
})
