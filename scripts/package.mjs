#!/usr/bin/env node
// Builds dist/: tsc output bundled by @vercel/ncc, plus the onnxruntime native
// runtime for linux x64 and arm64 so that the Action runs with no node_modules.
//
// Why the extra steps: onnxruntime-node loads its binding with
//   require(`../bin/napi-v6/${process.platform}/${process.arch}/onnxruntime_binding.node`)
// which ncc cannot follow, so a plain bundle fails at run time with
// "Cannot find module '../bin/napi-v6/linux/x64/onnxruntime_binding.node'".
// We rewrite that one expression to a path inside dist/ and copy the binding
// and libonnxruntime.so.1 there. The rewrite must match exactly once, or the
// build fails: an onnxruntime upgrade that changes the loader is caught here.
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(root, 'package.json'))
const dist = join(root, 'dist')
const build = join(root, 'build')
const ORT_PLATFORMS = [
  ['linux', 'x64'],
  ['linux', 'arm64'],
]

function run(cmd, args) {
  execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] })
}

rmSync(build, { recursive: true, force: true })
rmSync(dist, { recursive: true, force: true })
run(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'])
// The shipped JSON Schemas as Ajv standalone code, so that no run compiles them at start-up.
run(process.execPath, [join(root, 'scripts', 'precompile-schemas.mjs')])
run(process.execPath, [
  require.resolve('@vercel/ncc/dist/ncc/cli.js'),
  'build',
  join('build', 'src', 'index.js'),
  '-o',
  'dist',
  '--license',
  'licenses.txt',
  '--quiet',
  '--target',
  'es2023',
])

// Point onnxruntime's binding require at dist/ort/.
const pattern = '`../bin/napi-v6/${process.platform}/${process.arch}/onnxruntime_binding.node`'
const replacement = '`./ort/napi-v6/${process.platform}/${process.arch}/onnxruntime_binding.node`'
const bundles = readdirSync(dist).filter((f) => f.endsWith('.js'))
let patched = 0
for (const file of bundles) {
  const path = join(dist, file)
  const text = readFileSync(path, 'utf8')
  const count = text.split(pattern).length - 1
  if (count > 0) {
    writeFileSync(path, text.split(pattern).join(replacement))
    patched += count
  }
}
if (patched !== 1) {
  console.error(
    `package: expected exactly one onnxruntime binding require in dist/, found ${patched}`,
  )
  process.exit(1)
}
const ortBin = join(dirname(require.resolve('onnxruntime-node/package.json')), 'bin', 'napi-v6')
for (const [platform, arch] of ORT_PLATFORMS) {
  const from = join(ortBin, platform, arch)
  const to = join(dist, 'ort', 'napi-v6', platform, arch)
  mkdirSync(to, { recursive: true })
  for (const name of ['onnxruntime_binding.node', 'libonnxruntime.so.1']) {
    if (!existsSync(join(from, name))) {
      console.error(`package: ${join(from, name)} is missing; reinstall onnxruntime-node`)
      process.exit(1)
    }
    copyFileSync(join(from, name), join(to, name))
  }
}

// `modelgate init` copies the template repository from beside the bundle.
cpSync(join(root, 'template'), join(dist, 'template'), { recursive: true })

// dist/ must be ESM even where no package.json of ours is around it.
writeFileSync(join(dist, 'package.json'), `${JSON.stringify({ type: 'module' }, null, 2)}\n`)
// The CLI caches V8's compiled code between runs (Node's module compile cache, in the user's
// cache folder; NODE_COMPILE_CACHE moves it, NODE_DISABLE_COMPILE_CACHE=1 turns it off): a run
// otherwise spends tens of milliseconds compiling the bundle's chunks again. The Action does
// not: each job starts on a fresh machine, where a cache would only cost its writing.
writeFileSync(
  join(dist, 'cli.js'),
  `#!/usr/bin/env node
// The modelgate CLI: the same engine as the Action (dist/index.js).
import module from 'node:module'
import { homedir } from 'node:os'
import { join } from 'node:path'

try {
  module.enableCompileCache?.(
    process.env.NODE_COMPILE_CACHE ||
      join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'modelgate', 'node-compile-cache'),
  )
} catch {
  // No cache (a read-only home, say): the CLI runs the same, only slower to start.
}
const { runCli } = await import('./index.js')

process.exitCode = await runCli(process.argv.slice(2))
`,
)
chmodSync(join(dist, 'cli.js'), 0o755)
rmSync(build, { recursive: true, force: true })
console.log('package: dist/ written')
