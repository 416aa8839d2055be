// The release story of `npm run demo`, locally with the bundled CLI and no GitHub:
// version 1.0.0 through G0, G1, G2 -> candidate in a local registry (each gate's
// evidence attached) -> G3 -> shadow-replay + G4 -> G5 (published, production);
// then version 1.1.0 through the same chain -> G5; then a rollback to 1.0.0 and
// `modelgate verify` on the registry (both versions). Reports in reports/demo/release/.
import { spawnSync } from 'node:child_process'
import { createHash, generateKeyPairSync } from 'node:crypto'
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const template = join(root, 'template')
const cliJs = join(root, 'dist', 'cli.js')
const out = join(root, 'reports', 'demo', 'release')

const cli = (args, cwd) => spawnSync(process.execPath, [cliJs, ...args], { cwd, encoding: 'utf8' })

/**
 * A copy of the template at `version`, ready for a local release. Two edits to
 * signed files, so the copy is re-signed with a throwaway P-256 key (never kept)
 * and that key is pinned (`--option trusted-keys=...`) for G2:
 * - ssot/model.json gets `version` (a second version needs a new version number);
 * - ssot/approvals.json gets `gates.G5.allowFileSource: true`. The template keeps
 *   the secure default (false): in Actions the Release Manager approves the
 *   `production` environment and G5 reads that approval from GitHub. A local demo
 *   has no GitHub, so the only way to show G5's approval check is a sign-off file
 *   naming the release-manager member; this copy, and only this copy, accepts it.
 */
function releaseWorkspace(version) {
  const ws = join(out, `v${version}`)
  rmSync(ws, { recursive: true, force: true })
  for (const part of ['ssot', 'data', 'models', 'MODEL_CARD.md', 'signatures', 'approvals'])
    cpSync(join(template, part), join(ws, part), { recursive: true })
  const edit = (file, change) => {
    const json = JSON.parse(readFileSync(join(ws, file), 'utf8'))
    change(json)
    writeFileSync(join(ws, file), `${JSON.stringify(json, null, 2)}\n`)
    return json
  }
  edit('ssot/model.json', (m) => (m.version = version))
  const approvals = edit('ssot/approvals.json', (a) => (a.gates.G5.allowFileSource = true))
  const releaseManager = approvals.roles['release-manager'].members[0]
  writeFileSync(
    join(ws, 'approvals', 'release-manager.json'),
    `${JSON.stringify(
      {
        approvals: [
          {
            login: releaseManager,
            state: 'approved',
            gate: 'G5',
            environment: 'production',
            at: new Date().toISOString(),
            comment: `Demo: release of ${version} approved from a sign-off file (local registry).`,
          },
        ],
      },
      null,
      2,
    )}\n`,
  )
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
  const keyFile = join(out, `demo-release-${version}.pem`)
  writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }))
  writeFileSync(
    join(ws, 'ssot', 'keys', 'release.pub'),
    publicKey.export({ type: 'spki', format: 'pem' }),
  )
  try {
    for (const { path, signature } of JSON.parse(
      readFileSync(join(ws, 'ssot', 'security.json'), 'utf8'),
    ).releaseMaterial) {
      const r = cli(['sign', '--key', keyFile, '--output', signature, path], ws)
      if (r.status !== 0) throw new Error(`demo: signing ${path} of ${version} failed: ${r.stderr}`)
    }
  } finally {
    rmSync(keyFile)
  }
  const pin = `sha256:${createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')}`
  return { ws, pin, releaseManager }
}

/** One gate run, printed as the other demo steps; returns 0 when the exit is the expected one. */
function gate(label, args, cwd, reports, expectExit = 0) {
  const r = cli([...args, '--out', reports, '--format', 'json'], cwd)
  let evidence
  try {
    evidence = JSON.parse(r.stdout)
  } catch {
    process.stderr.write(r.stderr)
    console.error(`demo: ${label} printed no evidence (exit ${r.status})`)
    return 2
  }
  const attached = /attached/.test(r.stderr) ? ' [attached]' : ''
  console.log(
    `${label} ${evidence.gateName}: ${evidence.status} (exit ${r.status})${attached} — ${evidence.summary}`,
  )
  if (r.status === expectExit) return 0
  process.stderr.write(r.stderr)
  return r.status ?? 2
}

/** A command whose text output is the point (candidate, rollback, verify). */
function command(label, args, cwd, file, pick = (lines) => lines.at(-1)) {
  const r = cli(args, cwd)
  const text = r.stdout + r.stderr
  if (file) writeFileSync(file, text)
  const gist = text.split('\n').filter((l) => l.trim())
  console.log(`${label}: exit ${r.status} — ${file ? `${pick(gist)} (${file})` : gist[0]}`)
  return r.status ?? 2
}

/** G0 to G5 for one version, each attaching its evidence to the candidate in `registry`. */
function chain(version, registry) {
  const { ws, pin, releaseManager } = releaseWorkspace(version)
  const reports = join(out, `reports-${version}`)
  const at = ['--ssot', 'ssot', '--registry', registry]
  let worst = 0
  const run = (label, args) =>
    (worst = Math.max(worst, gate(`${label} ${version}`, args, ws, reports)))
  // The draft (candidate) first, so that each gate attaches its evidence as it passes.
  worst = Math.max(worst, command(`candidate ${version}`, ['candidate', ...at], ws))
  run('G0', ['G0', ...at, '--attach'])
  run('G1', ['G1', ...at, '--attach'])
  run('G2', ['G2', ...at, '--attach', '--option', `trusted-keys=${pin}`])
  run('G3', ['G3', ...at, '--attach', '--approvals', 'approvals/signoff.example.json'])
  mkdirSync(join(ws, 'shadow'), { recursive: true })
  const replay = cli(
    [
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
    ws,
  )
  if (replay.status !== 0)
    throw new Error(`demo: shadow-replay of ${version} failed: ${replay.stderr}`)
  run('G4', ['G4', ...at, '--attach'])
  console.log(
    `G5 ${version}: Release Manager ${releaseManager} signs off in approvals/release-manager.json`,
  )
  run('G5', ['G5', ...at, '--approvals', 'approvals/release-manager.json'])
  return { ws, reports, worst }
}

/** The whole release story; returns the worst unexpected exit code (0 when all behaved). */
export function releaseStory() {
  rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  const registry = join(out, 'registry')
  console.log(`\nRelease story (local registry ${registry})`)
  const v1 = chain('1.0.0', registry)
  const v2 = chain('1.1.0', registry)
  let worst = Math.max(v1.worst, v2.worst)
  worst = Math.max(
    worst,
    command(
      'rollback to 1.0.0',
      [
        'rollback',
        '--ssot',
        'ssot',
        '--registry',
        registry,
        '--to',
        '1.0.0',
        '--reason',
        'demo: MAE of 1.1.0 doubled on the night shift',
        '--out',
        join(out, 'rollback'),
      ],
      v2.ws,
      join(out, 'rollback.txt'),
    ),
  )
  const verifyFile = join(out, 'verify.txt')
  worst = Math.max(
    worst,
    command(
      'verify',
      ['verify', '--ssot', 'ssot', '--registry', registry, '--workspace', '.'],
      v1.ws,
      verifyFile,
      (lines) =>
        `${lines.filter((l) => /^PASS/.test(l)).length} links PASS, ${lines.filter((l) => /^FAIL/.test(l)).length} FAIL`,
    ),
  )
  const verdicts = readFileSync(verifyFile, 'utf8')
    .split('\n')
    .filter((l) => /^\S+-v\d/.test(l))
  for (const v of verdicts) console.log(`  ${v}`)
  console.log(
    `Release reports: ${v1.reports}/ and ${v2.reports}/ (G0..G5 .md, .html, .evidence.json)`,
  )
  console.log(`Rollback report: ${join(out, 'rollback')}/rollback.md; verify: ${verifyFile}`)
  console.log(`Registry: ${registry}/<model>/registry.json and versions/<version>/`)
  return worst
}
