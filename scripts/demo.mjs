#!/usr/bin/env node
// `npm run demo`: runs every gate this version implements on the template's
// real example (NOAA weather via vega-datasets) with the bundled CLI, exactly
// as a user would, and writes the reports to reports/demo/. The release story
// (candidate, G0 to G5 attached, a second version, rollback, verify) is in
// scripts/demo-release.mjs, reports in reports/demo/release/.
import { spawnSync } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { releaseStory } from './demo-release.mjs'

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

// G3 OT/QA Approval from the template's example sign-off file: the OT Lead and
// QA approvals judged against ssot/approvals.json (roles, quorum, separation of
// duties); in Actions, G3 reads the run's environment approvals instead.
runs.push({
  gate: 'G3',
  args: ['--ssot', 'ssot', '--approvals', 'approvals/signoff.example.json'],
})

// Drift monitoring on the template's weather data (reports in
// reports/demo/drift-season/ and reports/demo/drift-year/): summer 2014 as the
// reference, against winter 2015 (a season change: drift, exit 1 expected) and
// against summer 2015 (the same season a year later: no dataset drift,
// though one feature and the target still drift, see the README).
const driftDir = join(out, 'drift-workspace')
rmSync(driftDir, { recursive: true, force: true })
for (const part of ['ssot', 'data', 'models'])
  cpSync(join(template, part), join(driftDir, part), { recursive: true })
const weatherRows = (file, pattern) => {
  const lines = readFileSync(join(template, 'data', file), 'utf8')
    .trim()
    .split('\n')
  return `${[lines[0], ...lines.slice(1).filter((l) => pattern.test(l.split(',')[1]))].join('\n')}\n`
}
writeFileSync(join(driftDir, 'data', 'summer-2014.csv'), weatherRows('train.csv', /^2014-0[678]-/))
writeFileSync(
  join(driftDir, 'data', 'winter-2015.csv'),
  weatherRows('holdout.csv', /^\d{4}-(12|01|02)-/),
)
writeFileSync(
  join(driftDir, 'data', 'summer-2015.csv'),
  weatherRows('holdout.csv', /^2015-0[678]-/),
)
for (const [label, current, expectExit] of [
  ['drift (season change)', 'winter-2015', 1],
  ['drift (same season, next year)', 'summer-2015', 0],
])
  runs.push({
    gate: 'drift',
    label,
    args: [
      '--ssot',
      'ssot',
      '--data',
      'reference=data/summer-2014.csv',
      '--data',
      `current=data/${current}.csv`,
      '--model',
      'models/temp_max.onnx',
    ],
    cwd: driftDir,
    out: join(out, expectExit ? 'drift-season' : 'drift-year'),
    expectExit,
  })
// G4 Shadow Validation: the 2015 weather rows replayed as one day of traffic
// per date through production (the linear baseline) and the candidate (the
// shadow), with `modelgate shadow-replay`, in a copy of the template
// (reports/demo/g4-workspace); then G4 judges the log over N = 14 UTC days
// (ssot/shadow.json). The same log cut to its first 3 days must fail with
// "3 of 14 days" (reports in reports/demo/g4-3-days/).
const g4 = join(out, 'g4-workspace')
rmSync(g4, { recursive: true, force: true })
for (const part of ['ssot', 'data', 'models'])
  cpSync(join(template, part), join(g4, part), { recursive: true })
mkdirSync(join(g4, 'shadow'))
const replay = spawnSync(
  process.execPath,
  [
    join(root, 'dist', 'cli.js'),
    'shadow-replay',
    '--candidate',
    'models/temp_max.onnx',
    '--production',
    'models/temp_max_baseline.onnx',
    '--requests',
    'data/holdout.csv',
    '--option',
    'timestamp-column=date',
    '--out',
    'shadow/shadow_log.csv',
  ],
  { cwd: g4, encoding: 'utf8' },
)
if (replay.status !== 0) throw new Error(`demo: shadow-replay failed: ${replay.stderr}`)
process.stdout.write(replay.stderr.replace(/^modelgate: /, 'shadow-replay: '))
runs.push({ gate: 'G4', args: ['--ssot', 'ssot'], cwd: g4 })
const shadowLog = readFileSync(join(g4, 'shadow', 'shadow_log.csv'), 'utf8').split('\n')
writeFileSync(join(g4, 'shadow', 'first_3_days.csv'), `${shadowLog.slice(0, 7).join('\n')}\n`)
const short = spawnSync(
  process.execPath,
  [
    join(root, 'dist', 'cli.js'),
    'G4',
    '--ssot',
    'ssot',
    '--data',
    'shadow=shadow/first_3_days.csv',
    '--out',
    join(out, 'g4-3-days'),
    '--format',
    'json',
  ],
  { cwd: g4, encoding: 'utf8' },
)
const shortEvidence = JSON.parse(short.stdout)
if (short.status !== 1 || !/3 of 14 days/.test(shortEvidence.summary))
  throw new Error(
    `demo: G4 on 3 days of shadow traffic must fail with "3 of 14 days": ${short.stderr}`,
  )
console.log(
  `G4 (first 3 days only) ${shortEvidence.gateName}: ${shortEvidence.status} (exit ${short.status}, as expected) — ${shortEvidence.summary}`,
)

let worst = 0
for (const { gate, label, args, cwd, out: reports, expectExit } of runs) {
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
  // A run whose verdict is the point of the step (the season change drifts) counts as expected.
  worst = Math.max(worst, expectExit !== undefined && r.status === expectExit ? 0 : (r.status ?? 2))
}
worst = Math.max(worst, releaseStory())
// A new team's first steps: `modelgate init` (the template repository, workflows pinned to this
// version) and `modelgate setup --dry-run` (what it would create on GitHub; no token, no network).
const adopted = join(out, 'my-model')
rmSync(adopted, { recursive: true, force: true })
for (const args of [
  ['init', adopted],
  ['setup', '--repo', 'me/my-model', '--dry-run'],
]) {
  const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), ...args], {
    cwd: args[0] === 'init' ? out : adopted,
    encoding: 'utf8',
    env: { ...process.env, GH_TOKEN: '', GITHUB_TOKEN: '' },
  })
  writeFileSync(join(out, `${args[0]}.txt`), r.stdout + r.stderr)
  const gist = r.stdout.split('\n').find((l) => /^(modelgate: wrote|Would create|Nothing)/.test(l))
  console.log(`${args[0]}: exit ${r.status} — ${gist ?? r.stderr.trim()}`)
  worst = Math.max(worst, r.status ?? 2)
}
console.log(`Template repository: ${adopted} (setup plan: ${join(out, 'setup.txt')})`)
console.log(`\nReports: ${out}/<GATE>.md, <GATE>.html and <GATE>.evidence.json`)
process.exit(worst)
