#!/usr/bin/env node
// `npm run demo`: runs every gate this version implements on the template's
// real example (NOAA weather via vega-datasets) with the bundled CLI, exactly
// as a user would, and writes the reports to reports/demo/.
import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const template = join(root, 'template')
const out = join(root, 'reports', 'demo')
mkdirSync(out, { recursive: true })

const runs = [
  { gate: 'G0', args: ['--ssot', 'ssot'] },
  // G1 compares models/temp_max.onnx with models/temp_max_baseline.onnx (paths.baseline).
  { gate: 'G1', args: ['--ssot', 'ssot'] },
]

let worst = 0
for (const { gate, args } of runs) {
  const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), gate, ...args, '--out', out, '--format', 'json'], { cwd: template, encoding: 'utf8' })
  let evidence
  try {
    evidence = JSON.parse(r.stdout)
  } catch {
    process.stderr.write(r.stderr)
    console.error(`demo: ${gate} printed no evidence (exit ${r.status})`)
    process.exit(2)
  }
  console.log(`${gate} ${evidence.gateName}: ${evidence.status} (exit ${r.status}) — ${evidence.summary}`)
  worst = Math.max(worst, r.status ?? 2)
}
console.log(`\nReports: ${out}/<GATE>.md, <GATE>.html and <GATE>.evidence.json`)
process.exit(worst)
