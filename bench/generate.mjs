// Writes the G0/G1 benchmark CSV: ROWS rows x 12 columns (10 numeric, one
// categorical, one integer label), about 100 bytes a row, seeded.
import { createWriteStream } from 'node:fs'

export async function generateCsv(path, rows, seed = 12345) {
  let a = seed >>> 0
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const cats = ['alpha', 'beta', 'gamma', 'delta', 'epsilon']
  const out = createWriteStream(path)
  const header = [...Array.from({ length: 10 }, (_, i) => `x${i}`), 'category', 'label'].join(',')
  out.write(`${header}\n`)
  let chunk = ''
  for (let r = 0; r < rows; r++) {
    let line = ''
    let score = 0
    for (let i = 0; i < 10; i++) {
      const x = (random() * 2 - 1) * 100
      score += i % 2 === 0 ? x : -x * 0.5
      line += `${x.toFixed(4)},`
    }
    line += `${cats[Math.floor(random() * cats.length)]},${score > 0 ? 1 : 0}\n`
    chunk += line
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise((r) => out.once('drain', r))
      chunk = ''
    }
  }
  out.write(chunk)
  await new Promise((resolve, reject) => out.end((e) => (e ? reject(e) : resolve())))
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await generateCsv(process.argv[2], Number(process.argv[3] ?? 1_000_000))
}
