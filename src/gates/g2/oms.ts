import { createHash, type KeyObject } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { InputError } from '../../engine/errors.js'
import { verifyBlob, type SignatureAlgorithm } from './signatures.js'

/**
 * OpenSSF model signing (OMS), key-based, offline: a Sigstore bundle (v0.3)
 * whose DSSE envelope carries an in-toto statement. The statement's
 * predicate lists every model file with its sha256, and its subject digest
 * is the sha256 of those digests concatenated in order. G2 verifies the
 * envelope signature over the DSSE pre-authentication encoding, then hashes
 * the model folder again and compares file by file.
 */

export interface OmsOptions {
  /** Extra paths (files or folders, relative to the model folder) left out of the comparison. */
  ignore: string[]
  /** Files in the folder that the signature does not list: allowed, or a failure. */
  allowExtraFiles: boolean
}

export interface OmsResult {
  signatureValid: boolean
  missing: string[]
  changed: string[]
  extra: string[]
  subjectDigestValid: boolean
  files: number
}

/** DSSE v1 pre-authentication encoding. */
export function pae(payloadType: string, payload: Buffer): Buffer {
  const type = Buffer.from(payloadType, 'utf8')
  return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `), type, Buffer.from(` ${payload.length} `), payload])
}

type Json = Record<string, unknown>

export function verifyOmsBundle(bundleText: string, bundleFile: string, modelDir: string, key: KeyObject, algorithm: SignatureAlgorithm, options: OmsOptions): OmsResult {
  const fail = (pointer: string, expected: string, found: unknown) =>
    new InputError({ file: bundleFile, pointer, message: 'Not an OpenSSF model-signing bundle', expected, found: found === undefined ? 'nothing' : JSON.stringify(found).slice(0, 80) })
  let bundle: Json
  try {
    bundle = JSON.parse(bundleText) as Json
  } catch (error) {
    throw new InputError({ file: bundleFile, message: 'The signature bundle is not JSON', expected: 'a Sigstore bundle (JSON)', found: (error as Error).message })
  }
  if (typeof bundle.mediaType !== 'string' || !bundle.mediaType.startsWith('application/vnd.dev.sigstore.bundle')) throw fail('/mediaType', 'application/vnd.dev.sigstore.bundle.v0.3+json', bundle.mediaType)
  const envelope = bundle.dsseEnvelope as Json | undefined
  if (!envelope || typeof envelope.payload !== 'string' || typeof envelope.payloadType !== 'string') throw fail('/dsseEnvelope', 'a DSSE envelope with payload and payloadType', envelope)
  const signatures = envelope.signatures as { sig?: string }[] | undefined
  if (!Array.isArray(signatures) || typeof signatures[0]?.sig !== 'string') throw fail('/dsseEnvelope/signatures/0/sig', 'a base64 signature', signatures)
  const payload = Buffer.from(envelope.payload, 'base64')
  const signatureValid = verifyBlob(pae(envelope.payloadType, payload), Buffer.from(signatures[0].sig, 'base64'), key, algorithm)

  let statement: Json
  try {
    statement = JSON.parse(payload.toString('utf8')) as Json
  } catch {
    throw fail('/dsseEnvelope/payload', 'a base64 in-toto statement (JSON)', envelope.payload.slice(0, 40))
  }
  if (statement._type !== 'https://in-toto.io/Statement/v1') throw fail('/dsseEnvelope/payload/_type', 'https://in-toto.io/Statement/v1', statement._type)
  const predicate = statement.predicate as Json | undefined
  const resources = predicate?.resources as { name: string; algorithm: string; digest: string }[] | undefined
  if (!Array.isArray(resources)) throw fail('/dsseEnvelope/payload/predicate/resources', 'the list of signed files', resources)
  const subject = (statement.subject as { digest?: { sha256?: string } }[] | undefined)?.[0]?.digest?.sha256

  const root = createHash('sha256')
  for (const r of resources) root.update(Buffer.from(r.digest, 'hex'))
  const subjectDigestValid = subject === root.digest('hex')

  const signedIgnores = ((predicate?.serialization as Json | undefined)?.ignore_paths as string[] | undefined) ?? []
  const ignored = (path: string) => [...signedIgnores, ...options.ignore].some((p) => path === p || path.startsWith(`${p.replace(/\/$/, '')}/`))
  const onDisk = new Map<string, string>()
  for (const path of listFiles(modelDir)) {
    if (ignored(path)) continue
    onDisk.set(path, createHash('sha256').update(readFileSync(join(modelDir, path))).digest('hex'))
  }
  const missing: string[] = []
  const changed: string[] = []
  for (const r of resources) {
    if (r.algorithm !== 'sha256') throw fail('/dsseEnvelope/payload/predicate/resources', 'sha256 file digests', r.algorithm)
    const actual = onDisk.get(r.name)
    if (actual === undefined) missing.push(r.name)
    else if (actual !== r.digest) changed.push(r.name)
    onDisk.delete(r.name)
  }
  const extra = options.allowExtraFiles ? [] : [...onDisk.keys()]
  return { signatureValid, missing, changed, extra, subjectDigestValid, files: resources.length }
}

/** Every regular file under `dir`, as POSIX paths relative to it; symbolic links are not followed. */
function listFiles(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.isFile() && statSync(full).isFile()) out.push(relative(dir, full).split(sep).join('/'))
    }
  }
  walk(dir)
  return out.sort()
}
