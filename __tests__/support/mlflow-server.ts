import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MLFLOW_PYTHON, pythonHas } from './python.js'

/**
 * A real `mlflow server` for the registry tests: 127.0.0.1 on a free port, a
 * SQLite (or PostgreSQL) backend store and a local artifact destination in a
 * temporary folder, artifacts served by the server (`--serve-artifacts`), and
 * optionally MLflow's basic-auth app with an admin user. One per test file:
 * it takes several seconds to start.
 */
export interface MlflowServer {
  uri: string
  /** Set when started with auth: the admin's credentials. */
  admin?: { username: string; password: string }
  dir: string
  /** The server's output so far, for failure messages. */
  log(): string
  stop(): Promise<void>
}

export function mlflowAvailable(tests: string): boolean {
  return pythonHas(['mlflow'], tests, MLFLOW_PYTHON)
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port
      s.close(() => resolve(port))
    })
  })
}

export async function startMlflowServer(
  options: { auth?: boolean; backendStoreUri?: string } = {},
): Promise<MlflowServer> {
  const dir = mkdtempSync(join(tmpdir(), 'modelgate-mlflow-'))
  const port = await freePort()
  const env: Record<string, string> = { ...(process.env as Record<string, string>) }
  const args = [
    '-m',
    'mlflow',
    'server',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--backend-store-uri',
    options.backendStoreUri ?? `sqlite:///${join(dir, 'mlflow.db')}`,
    '--artifacts-destination',
    join(dir, 'artifacts'),
    '--serve-artifacts',
    '--workers',
    '1',
  ]
  let admin: MlflowServer['admin']
  if (options.auth) {
    admin = { username: 'admin', password: `pw-${process.pid}-${port}-secret` }
    const ini = join(dir, 'basic_auth.ini')
    writeFileSync(
      ini,
      [
        '[mlflow]',
        'default_permission = READ',
        `database_uri = sqlite:///${join(dir, 'auth.db')}`,
        `admin_username = ${admin.username}`,
        `admin_password = ${admin.password}`,
        'authorization_function = mlflow.server.auth:authenticate_request_basic_auth',
        // One PBKDF2 check per user a minute, not per request: the tests make many.
        'auth_cache_ttl_seconds = 60',
        '',
      ].join('\n'),
    )
    env.MLFLOW_AUTH_CONFIG_PATH = ini
    env.MLFLOW_FLASK_SERVER_SECRET_KEY = `k-${process.pid}-${port}`
    args.push('--app-name', 'basic-auth')
  }
  let output = ''
  const child: ChildProcess = spawn(MLFLOW_PYTHON, args, {
    cwd: dir,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()))
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const uri = `http://127.0.0.1:${port}`
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid!, 'SIGTERM')
      } catch {
        /* already gone */
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL')
        } catch {
          /* gone */
        }
      }, 5000)
      await exited
      clearTimeout(timer)
    }
    rmSync(dir, { recursive: true, force: true })
  }
  const deadline = Date.now() + 110_000
  for (;;) {
    if (child.exitCode !== null) {
      await stop()
      throw new Error(`mlflow server exited (${child.exitCode}):\n${output.slice(-3000)}`)
    }
    try {
      const r = await fetch(`${uri}/health`)
      if (r.status === 200) break
    } catch {
      /* not yet listening */
    }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`mlflow server did not answer /health in time:\n${output.slice(-3000)}`)
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  return { uri, dir, ...(admin ? { admin } : {}), log: () => output, stop }
}

/** Where Debian's PostgreSQL binaries are (initdb, pg_ctl), or undefined without them. */
function postgresBin(): string | undefined {
  for (const d of ['/usr/lib/postgresql'])
    if (existsSync(d)) {
      const versions = readdirSync(d).sort((a, b) => Number(b) - Number(a))
      for (const v of versions)
        if (existsSync(join(d, v, 'bin', 'initdb'))) return join(d, v, 'bin')
    }
  return undefined
}

export function postgresAvailable(tests: string): boolean {
  const ok = postgresBin() !== undefined && pythonHas(['psycopg2'], tests, MLFLOW_PYTHON)
  if (!ok && process.env.CI)
    throw new Error(`PostgreSQL (initdb) and psycopg2 are needed for ${tests} in CI`)
  return ok
}

/**
 * A throwaway PostgreSQL cluster in a temporary folder, listening only on a
 * unix socket in that folder. As root it runs as the `postgres` user
 * (initdb refuses root).
 */
export async function startPostgres(): Promise<{ uri: string; stop(): void }> {
  const bin = postgresBin()!
  const dir = mkdtempSync(join(tmpdir(), 'mgpg-'))
  const data = join(dir, 'data')
  const asRoot = process.getuid?.() === 0
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim())
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim())
    chownSync(dir, uid, gid)
  }
  const run = (cmd: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args], {
          stdio: 'pipe',
        })
      : execFileSync(join(bin, cmd), args, { stdio: 'pipe' })
  const port = await freePort()
  run('initdb', ['-D', data, '-U', 'modelgate', '--auth=trust', '-E', 'UTF8', '--no-sync'])
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'postgres.log'),
    '-o',
    `-k ${dir} -p ${port} -c listen_addresses='' -c fsync=off`,
    '-w',
    'start',
  ])
  return {
    uri: `postgresql+psycopg2://modelgate@/postgres?host=${dir}&port=${port}`,
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'])
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    },
  }
}
