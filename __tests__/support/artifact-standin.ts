import { spawn, type ChildProcess } from 'node:child_process'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { createServer as netServer, type AddressInfo } from 'node:net'
import { join } from 'node:path'
import { BlobSASPermissions, BlobServiceClient, generateBlobSASQueryParameters, StorageSharedKeyCredential } from '@azure/storage-blob'
import { zipEntries, zipEntryData } from '../../src/io/zip-reader.js'
import { REPO } from './action-runner.js'

/**
 * The artifact backend of a GitHub runner, on this machine: the Azurite blob
 * emulator (from npm) holds the blobs, and a small results-service stand-in
 * answers the Twirp JSON calls of @actions/artifact (CreateArtifact returns a
 * SAS upload URL into Azurite, FinalizeArtifact records size and hash). The
 * real client uploads to it, and tests read the blob back.
 */

// Azurite's documented development account.
const ACCOUNT = 'devstoreaccount1'
const KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
const CONTAINER = 'actions-results'

export interface FinalizedArtifact {
  id: number
  name: string
  size: number
  hash: string
  runBackendId: string
  jobBackendId: string
  expiresAt?: string
}

export interface ArtifactStandin {
  /** Environment the runner gives a job: ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN. */
  env: Record<string, string>
  artifacts: FinalizedArtifact[]
  /** The uploaded zip's entries, read back from Azurite. */
  download(name: string): Promise<Map<string, Buffer>>
  stop(): Promise<void>
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = netServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo
      s.close(() => resolve(port))
    })
  })
}

function base64url(value: object | string): string {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url')
}

export async function startArtifactStandin(): Promise<ArtifactStandin> {
  const blobPort = await freePort()
  const azurite: ChildProcess = spawn(process.execPath, [join(REPO, 'node_modules', 'azurite', 'dist', 'src', 'blob', 'main.js'), '--blobHost', '127.0.0.1', '--blobPort', String(blobPort), '--inMemoryPersistence', '--skipApiVersionCheck', '--loose', '--silent', '--disableProductStyleUrl', '--disableTelemetry'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    cwd: REPO,
  })
  const blobEndpoint = `http://127.0.0.1:${blobPort}/${ACCOUNT}`
  const credential = new StorageSharedKeyCredential(ACCOUNT, KEY)
  const service = new BlobServiceClient(blobEndpoint, credential)
  const container = service.getContainerClient(CONTAINER)
  for (let attempt = 0; ; attempt++) {
    try {
      await container.createIfNotExists()
      break
    } catch (error) {
      if (attempt > 100) throw error
      await new Promise((r) => setTimeout(r, 100))
    }
  }

  const artifacts: FinalizedArtifact[] = []
  const expiries = new Map<string, string>()
  const blobName = (run: string, job: string, name: string) => `${run}/${job}/${name}.zip`
  const http = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const reply = (status: number, body: object) => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(body))
      }
      if (!/^Bearer .+\..+\..*$/.test(req.headers.authorization ?? '')) return reply(401, { code: 'unauthenticated', msg: 'missing runtime token' })
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>
      const run = String(body.workflowRunBackendId ?? body.workflow_run_backend_id ?? '')
      const job = String(body.workflowJobRunBackendId ?? body.workflow_job_run_backend_id ?? '')
      const name = String(body.name ?? '')
      if (!run || !job || !name) return reply(400, { code: 'invalid_argument', msg: 'backend ids and name are required' })
      if (req.url === '/twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact') {
        const expires = body.expiresAt ?? body.expires_at
        if (expires) expiries.set(name, String(expires))
        const sas = generateBlobSASQueryParameters({ containerName: CONTAINER, blobName: blobName(run, job, name), permissions: BlobSASPermissions.parse('cw'), expiresOn: new Date(Date.now() + 3600_000) }, credential)
        return reply(200, { ok: true, signedUploadUrl: `${blobEndpoint}/${CONTAINER}/${blobName(run, job, name)}?${sas.toString()}` })
      }
      if (req.url === '/twirp/github.actions.results.api.v1.ArtifactService/FinalizeArtifact') {
        const a: FinalizedArtifact = { id: 9000 + artifacts.length, name, size: Number(body.size), hash: String(body.hash ?? ''), runBackendId: run, jobBackendId: job, ...(expiries.has(name) ? { expiresAt: expiries.get(name)! } : {}) }
        artifacts.push(a)
        return reply(200, { ok: true, artifactId: String(a.id) })
      }
      return reply(404, { code: 'bad_route', msg: `no handler for ${req.url}` })
    })
  })
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
  const resultsUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}/`
  const token = `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url({ scp: 'Actions.ExampleScope Actions.Results:run-backend-1:job-backend-1' })}.c2lnbmF0dXJl`

  return {
    env: { ACTIONS_RESULTS_URL: resultsUrl, ACTIONS_RUNTIME_TOKEN: token },
    artifacts,
    async download(name: string) {
      const a = artifacts.find((x) => x.name === name)
      if (!a) throw new Error(`no artifact ${name}`)
      const data = await container.getBlobClient(blobName(a.runBackendId, a.jobBackendId, name)).downloadToBuffer()
      return unzip(data)
    },
    async stop() {
      await new Promise<void>((resolve) => http.close(() => resolve()))
      azurite.kill()
    },
  }
}

/** Reads a zip's entries (the artifact client uploads one zip). */
export function unzip(zip: Buffer): Map<string, Buffer> {
  const entries = zipEntries(zip)
  if (!entries) throw new Error('not a zip file')
  return new Map(entries.filter((e) => !e.name.endsWith('/')).map((e) => [e.name, zipEntryData(zip, e)]))
}
