import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readTable } from '../../../src/gates/drift/window.js'
import { seededRandom } from '../../support/random.js'

describe("the drift window reader's in-scan number parsing", () => {
  it('gives the double Number() gives for every cell, on the fast path and off it', async () => {
    const random = seededRandom(4242)
    const cell = (): string => {
      const r = random()
      const digits = (n: number) =>
        Array.from({ length: n }, () => Math.floor(random() * 10)).join('')
      if (r < 0.3)
        return `${random() < 0.5 ? '-' : ''}${digits(1 + Math.floor(random() * 8))}.${digits(Math.floor(random() * 9))}`
      if (r < 0.4) return `${digits(10)}.${digits(10)}` // over 15 digits
      if (r < 0.5) return `${(random() - 0.5) * 1e6}e${Math.floor(random() * 40) - 20}`
      if (r < 0.6)
        return ['-0', '+3', '.5', '5.', '007', '-0.0', ' 12 ', '1e3'][Math.floor(random() * 8)]!
      if (r < 0.7) return `0.${'0'.repeat(Math.floor(random() * 25))}${digits(3)}`
      return String((random() - 0.5) * 10 ** Math.floor(random() * 10))
    }
    const rows = Array.from({ length: 5000 }, () => [cell(), cell(), 'txt'])
    const dir = mkdtempSync(join(tmpdir(), 'mg-window-'))
    const file = join(dir, 'w.csv')
    writeFileSync(file, `a,b,c\n${rows.map((r) => r.join(',')).join('\n')}\n`)
    const t = await readTable(
      file,
      'w.csv',
      'current',
      [
        { name: 'a', kind: 'number' },
        { name: 'b', kind: 'number' },
        { name: 'c', kind: 'text' },
      ],
      1,
    )
    expect(t.rows).toBe(rows.length)
    rows.forEach((r, i) => {
      expect(Object.is(t.numeric.get('a')![i], Number(r[0])), `${r[0]}`).toBe(true)
      expect(Object.is(t.numeric.get('b')![i], Number(r[1])), `${r[1]}`).toBe(true)
    })
    expect(t.text.get('c')!.every((v) => v === 'txt')).toBe(true)
  })
})
