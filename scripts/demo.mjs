#!/usr/bin/env node
// `npm run demo`: runs every gate this version implements on the template's
// real example (NOAA weather via vega-datasets) with the bundled CLI, exactly
// as a user would, and writes the reports to reports/demo/.
import { spawnSync } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
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

// G2 needs signed release material: make a throwaway P-256 key (the demo
// never commits a private key), sign with `modelgate sign` as a team without
// cosign would, and describe the keys and material in ssot/security.json.
const g2 = join(out, 'g2-workspace')
rmSync(g2, { recursive: true, force: true })
for (const part of ['ssot', 'data', 'models', 'MODEL_CARD.md']) cpSync(join(template, part), join(g2, part), { recursive: true })
mkdirSync(join(g2, 'keys'), { recursive: true })
const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
writeFileSync(join(g2, 'keys', 'demo-release.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }))
writeFileSync(join(g2, 'keys', 'demo-release.pub'), publicKey.export({ type: 'spki', format: 'pem' }))
const material = ['models/temp_max.onnx', 'MODEL_CARD.md', 'ssot/model.json', 'ssot/kpi_acceptance.csv', 'ssot/data_schema.json']
for (const path of material) {
  const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'sign', '--key', 'keys/demo-release.pem', path], { cwd: g2, encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`demo: signing ${path} failed: ${r.stderr}`)
}
writeFileSync(
  join(g2, 'ssot', 'security.json'),
  `${JSON.stringify({ keys: [{ id: 'demo-release', algorithm: 'ecdsa-p256-sha256', publicKeyPath: 'keys/demo-release.pub' }], releaseMaterial: material.map((path) => ({ path, signature: `${path}.sig`, keyId: 'demo-release' })) }, null, 2)}\n`,
)
runs.push({ gate: 'G2', args: ['--ssot', 'ssot'], cwd: g2 })

let worst = 0
for (const { gate, args, cwd } of runs) {
  const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), gate, ...args, '--out', out, '--format', 'json'], { cwd: cwd ?? template, encoding: 'utf8' })
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
