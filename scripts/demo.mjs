#!/usr/bin/env node
// `npm run demo`: runs every gate this version implements on the template's
// real example (NOAA weather via vega-datasets) with the bundled CLI, exactly
// as a user would, and writes the reports to reports/demo/.
import { spawnSync } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
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

// G2 on the template as committed: its signatures were made by a throwaway
// key that template/scripts/sign-release.sh deleted, and ssot/security.json
// holds the public half.
runs.push({ gate: 'G2', args: ['--ssot', 'ssot'] })

// And as a team without cosign re-signs it: a new throwaway P-256 key (never
// committed), its public half in ssot/keys/release.pub, `modelgate sign` over
// every releaseMaterial entry, then G2 again (reports in reports/demo/g2-resigned/).
const g2 = join(out, 'g2-workspace')
rmSync(g2, { recursive: true, force: true })
for (const part of ['ssot', 'data', 'models', 'MODEL_CARD.md', 'signatures'])
  cpSync(join(template, part), join(g2, part), { recursive: true })
const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
const keyFile = join(out, 'demo-release.pem')
writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }))
writeFileSync(
  join(g2, 'ssot', 'keys', 'release.pub'),
  publicKey.export({ type: 'spki', format: 'pem' }),
)
for (const { path, signature } of JSON.parse(
  readFileSync(join(g2, 'ssot', 'security.json'), 'utf8'),
).releaseMaterial) {
  const r = spawnSync(
    process.execPath,
    [join(root, 'dist', 'cli.js'), 'sign', '--key', keyFile, '--output', signature, path],
    { cwd: g2, encoding: 'utf8' },
  )
  if (r.status !== 0) throw new Error(`demo: signing ${path} failed: ${r.stderr}`)
}
rmSync(keyFile)
runs.push({
  gate: 'G2',
  label: 'G2 (re-signed)',
  args: ['--ssot', 'ssot'],
  cwd: g2,
  out: join(out, 'g2-resigned'),
})

// The model registry, in a local folder: the template's version becomes a
// candidate first, and each gate run on the template attaches its evidence.
const registry = join(out, 'registry')
rmSync(registry, { recursive: true, force: true })
const candidate = spawnSync(
  process.execPath,
  [join(root, 'dist', 'cli.js'), 'candidate', '--ssot', 'ssot', '--registry', registry],
  { cwd: template, encoding: 'utf8' },
)
process.stdout.write(candidate.stdout)
if (candidate.status !== 0) {
  process.stderr.write(candidate.stderr)
  process.exit(2)
}
for (const r of runs) if (!r.cwd) r.args.push('--registry', registry, '--attach')

let worst = 0
for (const { gate, label, args, cwd, out: reports } of runs) {
  const r = spawnSync(
    process.execPath,
    [join(root, 'dist', 'cli.js'), gate, ...args, '--out', reports ?? out, '--format', 'json'],
    { cwd: cwd ?? template, encoding: 'utf8' },
  )
  let evidence
  try {
    evidence = JSON.parse(r.stdout)
  } catch {
    process.stderr.write(r.stderr)
    console.error(`demo: ${gate} printed no evidence (exit ${r.status})`)
    process.exit(2)
  }
  console.log(
    `${label ?? gate} ${evidence.gateName}: ${evidence.status} (exit ${r.status}) — ${evidence.summary}`,
  )
  worst = Math.max(worst, r.status ?? 2)
}
// Every link of the candidate's chain so far (G3 to G5 come next), offline.
const verify = spawnSync(
  process.execPath,
  [join(root, 'dist', 'cli.js'), 'verify', '--ssot', 'ssot', '--registry', registry],
  { cwd: template, encoding: 'utf8' },
)
process.stdout.write(`\nmodelgate verify --registry ${registry}\n${verify.stdout}`)
worst = Math.max(worst, verify.status ?? 2)
console.log(`\nReports: ${out}/<GATE>.md, <GATE>.html and <GATE>.evidence.json`)
process.exit(worst)
