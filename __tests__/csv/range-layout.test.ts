import { describe, expect, it } from 'vitest'
import { chunkOffsets } from '../../src/csv/range-workers.js'

describe('chunkOffsets', () => {
  it('cuts chunks of about the chunk size, and the last quarter four times finer', () => {
    const mb = 1 << 20
    const offsets = chunkOffsets(92 * mb, 4 * mb)
    // 23 chunks: 18 of 4 MiB, then the last 5 cut in four (20 of 1 MiB).
    expect(offsets.length + 1).toBe(18 + 20)
    const sizes = [...offsets, 92 * mb].map((o, i) => o - (i === 0 ? 0 : offsets[i - 1]!))
    expect(sizes.slice(0, 18).every((s) => Math.abs(s - 4 * mb) < mb)).toBe(true)
    expect(sizes.slice(18).every((s) => Math.abs(s - mb) < mb / 4)).toBe(true)
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b))
  })

  it('depends on the size only, and keeps two chunks at least, uncut below four', () => {
    expect(chunkOffsets(10, 100)).toEqual([5])
    expect(chunkOffsets(300, 100)).toEqual([100, 200])
    expect(chunkOffsets(400, 100)).toEqual([100, 200, 300, 325, 350, 375])
    expect(chunkOffsets(12_345_678, 1 << 20)).toEqual(chunkOffsets(12_345_678, 1 << 20))
  })
})

describe('which workers an entry starts early', () => {
  it('reads the command and the threads option from a CLI line and from Action inputs', async () => {
    const { cliThreads, actionThreads } = await import('../../src/range-tasks.js')
    expect(cliThreads(['G0', '--data', 'a.csv', '--option', 'threads=3'])).toEqual({
      command: 'G0',
      threads: '3',
    })
    expect(cliThreads(['--option=threads=1', 'drift'])).toEqual({ command: 'drift', threads: '1' })
    expect(cliThreads(['G3', '--approvals', 'a.json'])).toEqual({
      command: undefined,
      threads: undefined,
    })
    expect(
      actionThreads({ INPUT_GATE: ' G1 ', INPUT_OPTIONS: 'bootstrap=100\n threads=2 \n' }),
    ).toEqual({ command: 'G1', threads: '2' })
    expect(actionThreads({})).toEqual({ command: undefined, threads: undefined })
    // Names an object literal inherits are not commands.
    expect(cliThreads(['toString', 'constructor']).command).toBeUndefined()
  })
})
