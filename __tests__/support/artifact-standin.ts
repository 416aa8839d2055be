import { spawn, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { createServer as netServer, type AddressInfo } from 'node:net'
import { join } from 'node:path'
import { inflateRawSync } from 'node:zlib'
import {
  BlobSASPermissions,
  BlobServiceClient,
  generateBlobSASQueryParameters,
  StorageSharedKeyCredential,
} from '@azure/storage-blob'
import { bufferSource } from '../../src/io/byte-source.js'
import { findEndRecords, readZipDirectory } from '../../src/io/zip-reader.js'
import { REPO } from './action-runner.js'

/**
 * The artifact backend of a GitHub runner, on this machine: the Azurite blob
 * emulator (from npm) holds the blobs, and a results-service stand-in answers
 * the Twirp JSON calls @actions/artifact makes on upload (CreateArtifact
 * returns a SAS-signed upload URL into Azurite, FinalizeArtifact records size
 * and hash and returns the artifact id). The real client uploads to it, and
 * tests read the blob back.
 *
 * Like the real service, it refuses a second artifact with the same name in
 * one workflow run: CreateArtifact answers 409 Conflict, "an artifact with
 * this name already exists on the workflow run" (which the client reports as
 * a non-retryable error).
 *
 * Start: `const art = await startArtifactStandin()`, then give the uploading
 * process `art.env` (ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN, as the
 * runner does) or, for another workflow run, `art.newRun()`'s; stop with
 * `await art.stop()` (closes the service, kills Azurite).
 */

// Azurite's documented development account.
const ACCOUNT = 'devstoreaccount1'
const KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
const CONTAINER = 'actions-results'
const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/'

/** The backend ids the runtime token carries, as a runner's does (UUIDs). */
export const RUN_BACKEND_ID = '5b1b4a3a-6b0e-4c9e-9f3e-2f5b7c1d0a11'
export const JOB_BACKEND_ID = '8d2f6c4e-1a7b-4f0d-b3c5-9e8a7d6c5b22'

export interface FinalizedArtifact {
  id: number
  name: string
  size: number
  hash: string
  runBackendId: string
  jobBackendId: string
  mimeType?: string
  expiresAt?: string
}

export interface RunnerEnv {
  ACTIONS_RESULTS_URL: string
  ACTIONS_RUNTIME_TOKEN: string
}

export interface ArtifactStandin {
  /** The results service's base URL. */
  url: string
  /** Azurite's blob endpoint for the development account. */
  blobUrl: string
  /** Environment the runner gives a job of the first workflow run: ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN. */
  env: RunnerEnv
  /** The environment of a job in a new workflow run (a new run backend id in the runtime token). */
  newRun(): RunnerEnv
  artifacts: FinalizedArtifact[]
  /** CreateArtifact calls refused because the run already had an artifact of that name. */
  conflicts: { name: string; runBackendId: string }[]
  /** Twirp requests that did not match the results service's messages. */
  violations: string[]
  /** The uploaded zip, read back from Azurite. */
  downloadZip(name: string): Promise<Buffer>
  /** The uploaded zip's entries, read back from Azurite. */
  download(name: string): Promise<Map<string, Buffer>>
  stop(): Promise<void>
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = netServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo
      s.close(() => resolve(port))
    })
    s.on('error', reject)
  })
}

function base64url(value: object | string): string {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString(
    'base64url',
  )
}

/** node_modules/.bin/azurite-blob, run with this Node (the .bin shim would take whatever `node` is first on PATH). */
function azuriteBlobMain(): string {
  const pkg = JSON.parse(
    readFileSync(join(REPO, 'node_modules', 'azurite', 'package.json'), 'utf8'),
  ) as { bin: Record<string, string> }
  return join(REPO, 'node_modules', 'azurite', pkg.bin['azurite-blob']!)
}

/** The fields of each Twirp request message (the client sends protobuf field names), and their JSON types. */
const MESSAGES: Record<string, Record<string, 'string' | 'number' | 'int64'>> = {
  CreateArtifact: {
    workflow_run_backend_id: 'string',
    workflow_job_run_backend_id: 'string',
    name: 'string',
    expires_at: 'string',
    version: 'number',
    mime_type: 'string',
  },
  FinalizeArtifact: {
    workflow_run_backend_id: 'string',
    workflow_job_run_backend_id: 'string',
    name: 'string',
    size: 'int64',
    hash: 'string',
  },
}

export async function startArtifactStandin(): Promise<ArtifactStandin> {
  const blobPort = await freePort()
  const azurite: ChildProcess = spawn(
    process.execPath,
    [
      azuriteBlobMain(),
      '--silent',
      '--inMemoryPersistence',
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      String(blobPort),
      '--skipApiVersionCheck',
      '--loose',
      '--disableProductStyleUrl',
      '--disableTelemetry',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], cwd: REPO },
  )
  let azuriteErr = ''
  azurite.stderr!.on('data', (d: Buffer) => (azuriteErr += d.toString('utf8')))
  const blobUrl = `http://127.0.0.1:${blobPort}/${ACCOUNT}`
  const credential = new StorageSharedKeyCredential(ACCOUNT, KEY)
  const container = new BlobServiceClient(blobUrl, credential).getContainerClient(CONTAINER)
  for (let attempt = 0; ; attempt++) {
    try {
      await container.createIfNotExists()
      break
    } catch (error) {
      if (attempt > 150 || azurite.exitCode !== null) {
        azurite.kill()
        throw new Error(`Azurite did not start: ${azuriteErr || (error as Error).message}`, {
          cause: error,
        })
      }
      await new Promise((r) => setTimeout(r, 100))
    }
  }

  const artifacts: FinalizedArtifact[] = []
  const violations: string[] = []
  const conflicts: { name: string; runBackendId: string }[] = []
  /** Workflow runs whose runtime tokens this service issued, by run backend id. */
  const runs = new Set<string>([RUN_BACKEND_ID])
  /** Artifacts created per run and name (finalized or not). */
  const created = new Map<string, { expiresAt?: string; mimeType?: string }>()
  const key = (run: string, name: string) => `${run}/${name}`
  const blobName = (run: string, job: string, name: string) => `${run}/${job}/${name}.zip`

  const http = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const reply = (status: number, body: object) => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(body))
      }
      const method = (req.url ?? '').startsWith(SERVICE)
        ? (req.url ?? '').slice(SERVICE.length)
        : ''
      const fields = MESSAGES[method]
      if (req.method !== 'POST' || !fields)
        return reply(404, { code: 'bad_route', msg: `no handler for ${req.method} ${req.url}` })
      if (!/^Bearer [\w-]+\.[\w-]+\.[\w-]*$/.test(req.headers.authorization ?? ''))
        return reply(401, { code: 'unauthenticated', msg: 'missing runtime token' })
      if (!/^application\/json/.test(req.headers['content-type'] ?? ''))
        violations.push(`${method}: content-type ${req.headers['content-type']}`)
      let body: Record<string, unknown>
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>
      } catch {
        return reply(400, { code: 'malformed', msg: 'body is not JSON' })
      }
      for (const [k, v] of Object.entries(body)) {
        const type = fields[k]
        if (!type) violations.push(`${method}: unknown field ${k}`)
        else if (type === 'int64' ? !(typeof v === 'string' && /^\d+$/.test(v)) : typeof v !== type)
          violations.push(`${method}: ${k} is ${JSON.stringify(v)}, expected ${type}`)
      }
      const run = String(body.workflow_run_backend_id ?? '')
      const job = String(body.workflow_job_run_backend_id ?? '')
      const name = String(body.name ?? '')
      if (!runs.has(run) || job !== JOB_BACKEND_ID || !name)
        return reply(400, {
          code: 'invalid_argument',
          msg: 'backend ids from the runtime token and a name are required',
        })
      if (method === 'CreateArtifact') {
        if (body.version !== 7) violations.push(`CreateArtifact: version ${String(body.version)}`)
        if (created.has(key(run, name))) {
          conflicts.push({ name, runBackendId: run })
          return reply(409, {
            code: 'already_exists',
            msg: 'an artifact with this name already exists on the workflow run',
          })
        }
        created.set(key(run, name), {
          ...(typeof body.expires_at === 'string' ? { expiresAt: body.expires_at } : {}),
          ...(typeof body.mime_type === 'string' ? { mimeType: body.mime_type } : {}),
        })
        const sas = generateBlobSASQueryParameters(
          {
            containerName: CONTAINER,
            blobName: blobName(run, job, name),
            permissions: BlobSASPermissions.parse('cw'),
            expiresOn: new Date(Date.now() + 3600_000),
          },
          credential,
        )
        return reply(200, {
          ok: true,
          signed_upload_url: `${blobUrl}/${CONTAINER}/${blobName(run, job, name)}?${sas.toString()}`,
        })
      }
      const meta = created.get(key(run, name))
      if (!meta) return reply(404, { code: 'not_found', msg: `artifact ${name} was not created` })
      const a: FinalizedArtifact = {
        id: 9000 + artifacts.length,
        name,
        size: Number(body.size),
        hash: String(body.hash ?? ''),
        runBackendId: run,
        jobBackendId: job,
        ...meta,
      }
      artifacts.push(a)
      return reply(200, { ok: true, artifact_id: String(a.id) })
    })
  })
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/`
  const envFor = (run: string): RunnerEnv => ({
    ACTIONS_RESULTS_URL: url,
    ACTIONS_RUNTIME_TOKEN: `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url({ scp: `Actions.ExampleScope Actions.Results:${run}:${JOB_BACKEND_ID}`, exp: Math.floor(Date.now() / 1000) + 3600 })}.c2lnbmF0dXJl`,
  })

  const downloadZip = async (name: string) => {
    const a = artifacts.findLast((x) => x.name === name)
    if (!a) throw new Error(`no artifact ${name}`)
    return container
      .getBlobClient(blobName(a.runBackendId, a.jobBackendId, name))
      .downloadToBuffer()
  }
  return {
    url,
    blobUrl,
    env: envFor(RUN_BACKEND_ID),
    newRun() {
      const run = randomUUID()
      runs.add(run)
      return envFor(run)
    },
    artifacts,
    conflicts,
    violations,
    downloadZip,
    download: async (name: string) => unzip(await downloadZip(name)),
    async stop() {
      http.closeAllConnections()
      await new Promise<void>((resolve) => http.close(() => resolve()))
      if (azurite.exitCode === null) {
        const exited = new Promise<void>((resolve) => azurite.once('exit', () => resolve()))
        azurite.kill()
        await exited
      }
    },
  }
}

/** Reads a zip's file entries (the artifact client uploads one zip), with G2's own zip reader. */
export function unzip(zip: Buffer): Map<string, Buffer> {
  const at = findEndRecords(bufferSource(zip))?.zipfile
  if (at === undefined) throw new Error('not a zip file')
  const dir = readZipDirectory(bufferSource(zip), at)
  const data = (e: (typeof dir.entries)[number]) => {
    const raw = zip.subarray(e.dataStart, e.dataStart + e.compressedSize)
    if (e.method === 0) return Buffer.from(raw)
    if (e.method === 8) return inflateRawSync(raw)
    throw new Error(`zip entry ${e.name}: compression method ${e.method}`)
  }
  return new Map(dir.entries.filter((e) => !e.name.endsWith('/')).map((e) => [e.name, data(e)]))
}
