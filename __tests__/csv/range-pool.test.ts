import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { closeRangeWorkers, defineRangeTask, runRangeTask } from '../../src/csv/range-workers.js'
import { validateFileParallel } from '../../src/gates/g0/parallel.js'
import { compileDataSchema } from '../../src/ssot/data-schema.js'

/** Worker threads that fail, started from stand-in entries (MODELGATE_WORKER_ENTRY). */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'range-workers')
const schema = () =>
  compileDataSchema(
    { type: 'object', properties: { x: { type: 'number', minimum: 0 }, s: { type: 'string' } } },
    'schema.json',
  )
const file = (() => {
  const path = join(mkdtempSync(join(tmpdir(), 'mg-pool-')), 'data.csv')
  const rows = Array.from({ length: 20_000 }, (_, i) => `${i % 7 === 0 ? -i : i},s${i % 5}`)
  writeFileSync(path, `x,s\n${rows.join('\n')}\n`)
  return path
})()
const small = { chunkBytes: 8192, minBytes: 1 }
/** A range task that takes its time over each chunk, so that a worker surely boots meanwhile. */
async function slowMain() {
  await new Promise((resolve) => setTimeout(resolve, 25))
  return { result: null, rows: 0, lines: 0 }
}

describe('range runs when a worker fails', () => {
  const saved = process.env.MODELGATE_WORKER_ENTRY
  afterEach(async () => {
    // Each case starts its own workers: none left over from another stand-in entry.
    await closeRangeWorkers()
    if (saved === undefined) delete process.env.MODELGATE_WORKER_ENTRY
    else process.env.MODELGATE_WORKER_ENTRY = saved
  })

  it('goes on without a worker that dies while it boots, with the same result as one thread', async () => {
    const alone = await validateFileParallel(file, 'data.csv', 'd', schema(), 1, small)
    process.env.MODELGATE_WORKER_ENTRY = join(FIXTURES, 'crash-at-load.mjs')
    const run = await validateFileParallel(file, 'data.csv', 'd', schema(), 3, small)
    expect(run).toBeDefined()
    expect(run!.reader).toMatch(/ chunks on 1 thread$/)
    expect(run!.table).toEqual(alone!.table)
    expect(run!.digest).toEqual(alone!.digest)
    // And when it dies in the middle of a run (the main thread slow enough for that): the run
    // goes on without it, to the last chunk.
    defineRangeTask('slow-main', slowMain)
    const slow = await runRangeTask('slow-main', file, 'data.csv', 2, {}, small)
    expect(slow?.parts.length).toBeGreaterThan(20)
  })

  it('gives up (the caller reads sequentially) when a worker dies holding a chunk', async () => {
    // The main thread takes its time over each chunk, so that the worker surely boots and joins.
    defineRangeTask('slow-main', slowMain)
    process.env.MODELGATE_WORKER_ENTRY = join(FIXTURES, 'die-in-run.mjs')
    const run = await runRangeTask('slow-main', file, 'data.csv', 2, {}, { ...small, digest: true })
    expect(run).toBeUndefined()
    // Without the dying worker, the same run completes on the main thread.
    delete process.env.MODELGATE_WORKER_ENTRY
    const alone = await runRangeTask('slow-main', file, 'data.csv', 2, {}, small)
    expect(alone?.parts.length).toBeGreaterThan(20)
  })
})
