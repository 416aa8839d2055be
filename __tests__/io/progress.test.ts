import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { progressSinkFor } from '../../src/cli/io.js'
import { readCsvFile } from '../../src/csv/byte-csv-reader.js'
import { readHoldout } from '../../src/gates/g1/holdout.js'
import {
  logProgress,
  progressLine,
  setProgressSink,
  terminalProgress,
  type ProgressUpdate,
} from '../../src/io/progress.js'

/** A clock the test moves by hand. */
function clock(start = 0) {
  let t = start
  return { now: () => t, advance: (ms: number) => (t += ms) }
}

describe('progress on a terminal', () => {
  it('shows nothing for work that ends within two seconds', () => {
    const c = clock()
    let out = ''
    const sink = terminalProgress({ write: (t) => (out += t), now: c.now })
    sink.update({ label: 'a.csv', done: 10, total: 100 })
    c.advance(1500)
    sink.update({ label: 'a.csv', done: 90, total: 100 })
    sink.end('a.csv')
    expect(out).toBe('')
  })

  it('then one line rewritten in place: bytes of total, rows, rate, time left; cleared at the end', () => {
    const c = clock()
    let out = ''
    const sink = terminalProgress({ write: (t) => (out += t), now: c.now })
    sink.update({ label: 'data/big.csv', done: 0, total: 4e9, rows: 0 })
    c.advance(2000)
    sink.update({ label: 'data/big.csv', done: 1e9, total: 4e9, rows: 2_500_000 })
    c.advance(50) // too soon for another frame
    sink.update({ label: 'data/big.csv', done: 1.1e9, total: 4e9, rows: 2_700_000 })
    c.advance(1000)
    sink.update({ label: 'data/big.csv', done: 2e9, total: 4e9, rows: 5_000_000 })
    sink.end('data/big.csv')
    expect(out.split('\r\u001b[2K')).toEqual([
      '',
      'data/big.csv  1.0 GB of 4.0 GB (25%)  2.5M rows  500.0 MB/s  about 6 s left',
      'data/big.csv  2.0 GB of 4.0 GB (50%)  5.0M rows  655.7 MB/s  about 4 s left',
      '',
    ])
  })

  it('a file name cannot drive the terminal', () => {
    expect(progressLine({ label: 'a\u001b[2Jb.csv', done: 1, total: 2 }, 1)).toMatch(
      /^a\?\[2Jb\.csv /,
    )
  })
})

describe('progress in the Actions log', () => {
  it('one plain line at each new tenth, none before two seconds', () => {
    const c = clock()
    const lines: string[] = []
    const sink = logProgress({ write: (t) => lines.push(t), now: c.now })
    const up = (done: number) => sink.update({ label: 'm.onnx', done, total: 100 })
    up(5)
    c.advance(2500)
    up(12)
    up(15)
    up(34)
    up(100)
    expect(lines.map((l) => l.split('  ')[1])).toEqual([
      '12 B of 100 B (12%)',
      '34 B of 100 B (34%)',
      '100 B of 100 B (100%)',
    ])
    expect(lines.every((l) => l.endsWith('\n') && !l.includes('\r'))).toBe(true)
  })
})

describe('where progress goes', () => {
  it('a terminal stderr gets the live line, Actions the log lines, a pipe nothing', () => {
    const io = { stdout: () => {}, stderr: () => {}, cwd: '.', env: {} }
    expect(progressSinkFor({ ...io, stderrIsTTY: true })).toBeDefined()
    expect(progressSinkFor({ ...io, env: { GITHUB_ACTIONS: 'true' } })).toBeDefined()
    expect(progressSinkFor(io)).toBeUndefined()
  })
})

describe('the CSV range reader reports as it goes', () => {
  const dirs: string[] = []
  afterEach(() => {
    setProgressSink(undefined)
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
  })

  it('every chunk adds its bytes and rows, ending at the whole file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-progress-'))
    dirs.push(dir)
    const path = join(dir, 'holdout.csv')
    const text = `x,y\n${Array.from({ length: 5000 }, (_, i) => `${i},${i * 2}`).join('\n')}\n`
    writeFileSync(path, text)
    const updates: ProgressUpdate[] = []
    const ended: string[] = []
    setProgressSink({ update: (p) => updates.push(p), end: (l) => ended.push(l) })
    await readHoldout(
      path,
      'data/holdout.csv',
      {
        task: 'regression',
        features: [{ name: 'x', dtype: 'float32' }],
        slices: [],
        targets: [{ name: 'y', column: 'y' }],
      },
      2,
      { mode: 'in-process', chunkBytes: 4096, minBytes: 1 },
    )
    expect(updates.length).toBeGreaterThan(5)
    expect(updates.every((u) => u.label === 'data/holdout.csv')).toBe(true)
    const done = updates.map((u) => u.done)
    expect(done).toEqual([...done].sort((a, b) => a - b))
    expect(updates.at(-1)).toMatchObject({ rows: 5000 })
    expect(updates.at(-1)!.done).toBe(updates.at(-1)!.total)
    expect(ended).toContain('data/holdout.csv')
  })

  it('a whole-file read (a quoted CSV, read without ranges) reports its bytes too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-progress-'))
    dirs.push(dir)
    const path = join(dir, 'quoted.csv')
    writeFileSync(
      path,
      `a,b\n${Array.from({ length: 3000 }, (_, i) => `"x,${i}",${i}`).join('\n')}\n`,
    )
    const updates: ProgressUpdate[] = []
    const ended: string[] = []
    setProgressSink({ update: (p) => updates.push(p), end: (l) => ended.push(l) })
    await readCsvFile(
      path,
      { displayPath: 'data/quoted.csv', chunkSize: 4096 },
      () => {},
      () => {},
    )
    expect(updates.length).toBeGreaterThan(5)
    expect(updates.at(-1)!.done).toBe(updates.at(-1)!.total)
    expect(ended).toEqual(['data/quoted.csv'])
  })
})
