import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { request as httpRequest, type IncomingMessage, type RequestOptions } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { pipeline } from 'node:stream/promises'
import { InputError } from '../../contract/errors.js'

/**
 * A small client for MLflow's REST API (`/api/2.0/mlflow/...`) and its
 * artifact proxy (`/api/2.0/mlflow-artifacts/artifacts/...`), over node:http
 * so that files stream both ways with a known Content-Length, as MLflow's own
 * Python client sends them. Every failure a user can act on becomes an
 * InputError that names the tracking URI (without credentials) and, for 401
 * and 403, the variables that carry them. Secrets never appear in a message.
 */

/** Where the server is and who we are: from the tracking-uri input or MLFLOW_TRACKING_URI, plus the standard auth variables. */
export interface MlflowConnection {
  /** The tracking URI, e.g. `http://127.0.0.1:5000`. */
  trackingUri: string
  /** `MLFLOW_TRACKING_TOKEN`: sent as a Bearer token. */
  token?: string
  /** `MLFLOW_TRACKING_USERNAME` / `MLFLOW_TRACKING_PASSWORD`: sent as HTTP Basic. */
  username?: string
  password?: string
  /** Per-request timeout in milliseconds (default 60 s; uploads of large files reset it on progress). */
  timeoutMs?: number
}

/** An error answer from MLflow: its HTTP status and `error_code`, for callers that expect some (not found). */
export class MlflowApiError extends InputError {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    message: string,
    found: string,
  ) {
    super({ message, found })
    this.name = 'MlflowApiError'
  }
}

/** The tracking URI as it may be shown: any user:password@ removed, no trailing slash. */
export function displayUri(uri: string): string {
  try {
    const u = new URL(uri)
    u.username = ''
    u.password = ''
    return u.toString().replace(/\/+$/, '')
  } catch {
    return '(an invalid URI)'
  }
}

type Body = { json: unknown } | { file: string } | undefined

export class MlflowClient {
  private readonly base: URL
  private readonly shown: string
  private readonly authHeader: string | undefined

  constructor(private readonly connection: MlflowConnection) {
    let base: URL
    try {
      base = new URL(connection.trackingUri)
    } catch {
      throw new InputError({
        message: 'The MLflow tracking URI is not a URL',
        expected: 'http(s)://host:port of an MLflow tracking server (MLFLOW_TRACKING_URI)',
        found: JSON.stringify(connection.trackingUri.replace(/\/\/[^@/]*@/, '//***@')),
      })
    }
    if (base.protocol !== 'http:' && base.protocol !== 'https:')
      throw new InputError({
        message: 'modelgate talks to an MLflow tracking server over HTTP',
        expected:
          'MLFLOW_TRACKING_URI as http(s)://host:port (a local path or databricks is not a server)',
        found: `a ${base.protocol.replace(/:$/, '')} URI`,
      })
    let username = connection.username
    let password = connection.password
    if (base.username || base.password) {
      username ??= decodeURIComponent(base.username)
      password ??= decodeURIComponent(base.password)
      base.username = ''
      base.password = ''
    }
    this.base = base
    this.shown = displayUri(base.toString())
    if (connection.token) this.authHeader = `Bearer ${connection.token}`
    else if (username !== undefined && password !== undefined)
      this.authHeader = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`
  }

  /** The tracking URI without credentials, for messages and links. */
  get uri(): string {
    return this.shown
  }

  get(api: string, query: Record<string, string | number | undefined> = {}): Promise<unknown> {
    return this.call('GET', this.apiPath(api, query), undefined)
  }

  post(api: string, json: unknown): Promise<unknown> {
    return this.call('POST', this.apiPath(api), { json })
  }

  patch(api: string, json: unknown): Promise<unknown> {
    return this.call('PATCH', this.apiPath(api), { json })
  }

  delete(api: string, json: unknown): Promise<unknown> {
    return this.call('DELETE', this.apiPath(api), { json })
  }

  /** Uploads a local file to the artifact proxy at `path` (relative to the artifact root). */
  async putArtifact(path: string, file: string): Promise<void> {
    await this.call('PUT', this.artifactPath(path), { file })
  }

  /** Streams an artifact into `toPath`, hashing it on the way; returns its sha256 and size. */
  async getArtifact(path: string, toPath: string): Promise<{ sha256: string; bytes: number }> {
    const response = await this.send('GET', this.artifactPath(path), undefined)
    if (response.statusCode !== 200) await this.fail(response, 'GET', path)
    const hash = createHash('sha256')
    let bytes = 0
    response.on('data', (chunk: Buffer) => {
      hash.update(chunk)
      bytes += chunk.length
    })
    await pipeline(response, createWriteStream(toPath))
    return { sha256: hash.digest('hex'), bytes }
  }

  /** Reads a small artifact (evidence) into memory. */
  async readArtifact(path: string): Promise<Buffer> {
    const response = await this.send('GET', this.artifactPath(path), undefined)
    if (response.statusCode !== 200) await this.fail(response, 'GET', path)
    return readAll(response)
  }

  private apiPath(api: string, query: Record<string, string | number | undefined> = {}): string {
    const params = new URLSearchParams()
    for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, String(v))
    const q = params.toString()
    return `/api/2.0/mlflow/${api}${q ? `?${q}` : ''}`
  }

  private artifactPath(path: string): string {
    const encoded = path
      .split('/')
      .filter((p) => p !== '')
      .map(encodeURIComponent)
      .join('/')
    return `/api/2.0/mlflow-artifacts/artifacts/${encoded}`
  }

  private async call(method: string, path: string, body: Body): Promise<unknown> {
    const response = await this.send(method, path, body)
    if (response.statusCode! < 200 || response.statusCode! >= 300)
      await this.fail(response, method, path)
    const text = (await readAll(response)).toString('utf8')
    if (text.trim() === '') return {}
    try {
      return JSON.parse(text)
    } catch {
      return {}
    }
  }

  private async send(method: string, path: string, body: Body): Promise<IncomingMessage> {
    const basePath = this.base.pathname.replace(/\/+$/, '')
    const headers: Record<string, string | number> = { accept: 'application/json' }
    if (this.authHeader) headers.authorization = this.authHeader
    let payload: Buffer | undefined
    if (body && 'json' in body) {
      payload = Buffer.from(JSON.stringify(body.json))
      headers['content-type'] = 'application/json'
      headers['content-length'] = payload.length
    } else if (body && 'file' in body) {
      headers['content-type'] = 'application/octet-stream'
      headers['content-length'] = (await stat(body.file)).size
    }
    const options: RequestOptions = {
      method,
      protocol: this.base.protocol,
      hostname: this.base.hostname,
      port: this.base.port || undefined,
      path: `${basePath}${path}`,
      headers,
    }
    const timeoutMs = this.connection.timeoutMs ?? 60_000
    for (let attempt = 1; ; attempt++) {
      try {
        return await new Promise<IncomingMessage>((resolve, reject) => {
          const req = (this.base.protocol === 'https:' ? httpsRequest : httpRequest)(
            options,
            resolve,
          )
          req.setTimeout(timeoutMs, () =>
            req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })),
          )
          req.on('error', (error: NodeJS.ErrnoException) =>
            reject(Object.assign(error, { reusedSocket: req.reusedSocket })),
          )
          if (body && 'file' in body) {
            const source = createReadStream(body.file, { highWaterMark: 1 << 20 })
            source.on('error', (error) => req.destroy(error))
            source.pipe(req)
          } else req.end(payload)
        })
      } catch (error) {
        // A kept-alive connection the server closed just as we reused it: the request never
        // reached the server, so sending it again on a fresh connection is safe (Node's advice).
        const e = error as NodeJS.ErrnoException & { reusedSocket?: boolean }
        if (attempt < 3 && e.reusedSocket && (e.code === 'ECONNRESET' || e.code === 'EPIPE'))
          continue
        throw this.unreachable(e)
      }
    }
  }

  private unreachable(error: NodeJS.ErrnoException): InputError {
    if (error instanceof InputError) return error
    return new InputError({
      message: `Cannot reach the MLflow tracking server at ${this.shown}`,
      expected:
        'a running MLflow server at MLFLOW_TRACKING_URI (or the tracking-uri input), e.g. `mlflow server --host 127.0.0.1 --port 5000`',
      found: error.code ?? error.message,
    })
  }

  private async fail(response: IncomingMessage, method: string, path: string): Promise<never> {
    const status = response.statusCode ?? 0
    const text = (await readAll(response)).toString('utf8')
    let errorCode = ''
    let detail = text.trim().slice(0, 300)
    try {
      const parsed = JSON.parse(text) as { error_code?: string; message?: string }
      errorCode = parsed.error_code ?? ''
      detail = parsed.message ?? detail
    } catch {
      /* not JSON: keep the text */
    }
    const what = `${method} ${path.replace(/\?.*$/, '')}`
    if (status === 401)
      throw new MlflowApiError(
        status,
        errorCode || 'UNAUTHENTICATED',
        `MLflow at ${this.shown} asks for credentials (401) on ${what}`,
        `${this.credentialSource()}; set MLFLOW_TRACKING_TOKEN, or MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD`,
      )
    if (status === 403)
      throw new MlflowApiError(
        status,
        errorCode || 'PERMISSION_DENIED',
        this.authHeader
          ? `MLflow at ${this.shown} refuses ${what} (403): the identity in ${this.credentialSource()} lacks permission${detail ? ` (${detail})` : ''}`
          : `MLflow at ${this.shown} refuses ${what} (403) to a request without credentials${detail ? ` (${detail})` : ''}`,
        this.authHeader
          ? 'grant that user the permission on the experiment or registered model, or use other credentials'
          : 'set MLFLOW_TRACKING_TOKEN, or MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD',
      )
    throw new MlflowApiError(
      status,
      errorCode,
      `MLflow at ${this.shown} answered ${status}${errorCode ? ` ${errorCode}` : ''} to ${what}`,
      detail || '(no message)',
    )
  }

  /** Names (never values) of the variables that carried the credentials. */
  private credentialSource(): string {
    if (this.connection.token) return 'MLFLOW_TRACKING_TOKEN'
    if (this.authHeader) return 'MLFLOW_TRACKING_USERNAME/MLFLOW_TRACKING_PASSWORD'
    return 'no credentials (neither MLFLOW_TRACKING_TOKEN nor MLFLOW_TRACKING_USERNAME/MLFLOW_TRACKING_PASSWORD is set)'
  }
}

async function readAll(stream: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}
