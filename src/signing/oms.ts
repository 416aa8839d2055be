import { createHash, type KeyObject } from 'node:crypto'
import { lstat, readlink } from 'node:fs/promises'
import { InputError } from '../contract/errors.js'
import { digestFile } from '../io/file-digest.js'
import { unreadableFile } from '../io/file-errors.js'
import { listFolder } from '../io/folder-files.js'
import {
  assertSignatureEncoding,
  verifyBlob,
  type SignatureAlgorithm,
  type Where,
} from './signatures.js'

/**
 * OpenSSF model signing (OMS), key-based, offline: a Sigstore bundle (v0.3)
 * whose DSSE envelope carries an in-toto statement. The statement's
 * predicate lists every model file with its sha256, and its subject digest
 * is the sha256 of those digests concatenated in order. G2 verifies the
 * envelope signature over the DSSE pre-authentication encoding, then hashes
 * the model folder (or the single model file) again, streaming, and compares
 * file by file.
 */

const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json'
const OMS_PREDICATE_TYPE = 'https://model_signing/signature/v1.0'

export interface OmsOptions {
  /** Extra paths (files or folders, relative to the model folder) left out of the comparison. */
  ignore: string[]
  /** Files in the folder that the signature does not list: allowed, or a failure. */
  allowExtraFiles: boolean
  /** Where modelPath is configured, for errors about it. */
  modelPathSource: Where
}

export interface OmsResult {
  signatureValid: boolean
  subjectDigestValid: boolean
  missing: string[]
  changed: string[]
  extra: string[]
  /** Symbolic links in the signed folder: never followed, always a failure. */
  links: { path: string; target: string }[]
  /** Sockets, pipes and devices in the folder. */
  special: string[]
  /** Files whose digest on disk equals the signed one ("." for a single-file model). */
  verified: { name: string; sha256: string; bytes: number }[]
  /** Files the statement lists. */
  files: number
}

/** DSSE v1 pre-authentication encoding. */
function pae(payloadType: string, payload: Buffer): Buffer {
  const type = Buffer.from(payloadType, 'utf8')
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${type.length} `),
    type,
    Buffer.from(` ${payload.length} `),
    payload,
  ])
}

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v)

interface Statement {
  resources: { name: string; digest: string }[]
  signedIgnores: string[]
  signatureValid: boolean
  subjectDigestValid: boolean
}

/** Parses the bundle and checks the envelope; pure. Structural problems are errors with a JSON pointer. */
function readOmsBundle(
  bundleText: string,
  bundleFile: string,
  key: KeyObject,
  algorithm: SignatureAlgorithm,
): Statement {
  const fail = bundleError(bundleFile)
  const envelope = readEnvelope(bundleText, bundleFile, algorithm, fail)
  const signatureValid = verifyBlob(
    pae(envelope.payloadType, envelope.payload),
    envelope.sig,
    key,
    algorithm,
  )
  const { resources, ignorePaths, subjectDigest } = readStatement(envelope, fail)
  const root = createHash('sha256')
  for (const r of resources) root.update(Buffer.from(r.digest, 'hex'))
  return {
    resources,
    signedIgnores: ignorePaths,
    signatureValid,
    subjectDigestValid: subjectDigest === root.digest('hex'),
  }
}

/** Makes the error of a bundle that is not what model-signing writes, at a JSON pointer. */
type Fail = (pointer: string, expected: string, found: unknown, message?: string) => InputError

function bundleError(bundleFile: string): Fail {
  return (
    pointer: string,
    expected: string,
    found: unknown,
    message = 'Not an OpenSSF model-signing bundle',
  ) =>
    new InputError({
      file: bundleFile,
      pointer,
      message,
      expected,
      found: found === undefined ? 'nothing' : JSON.stringify(found).slice(0, 80),
    })
}

/** The Sigstore bundle's DSSE envelope: its in-toto payload and its one signature, decoded. */
function readEnvelope(
  bundleText: string,
  bundleFile: string,
  algorithm: SignatureAlgorithm,
  fail: Fail,
): { payloadType: string; payload: Buffer; payloadText: string; sig: Buffer } {
  let bundle: unknown
  try {
    bundle = JSON.parse(bundleText)
  } catch (error) {
    throw new InputError({
      file: bundleFile,
      message: 'The signature bundle is not JSON',
      expected: 'a Sigstore bundle (JSON)',
      found: (error as Error).message,
    })
  }
  if (!isObject(bundle)) throw fail('', 'a Sigstore bundle (a JSON object)', bundle)
  if (
    typeof bundle.mediaType !== 'string' ||
    !bundle.mediaType.startsWith('application/vnd.dev.sigstore.bundle')
  )
    throw fail('/mediaType', 'application/vnd.dev.sigstore.bundle.v0.3+json', bundle.mediaType)
  const envelope = bundle.dsseEnvelope
  if (
    !isObject(envelope) ||
    typeof envelope.payload !== 'string' ||
    typeof envelope.payloadType !== 'string'
  )
    throw fail('/dsseEnvelope', 'a DSSE envelope with payload and payloadType', envelope)
  if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE)
    throw fail(
      '/dsseEnvelope/payloadType',
      IN_TOTO_PAYLOAD_TYPE,
      envelope.payloadType,
      'The DSSE payload is not an in-toto statement',
    )
  const signatures = envelope.signatures
  if (
    !Array.isArray(signatures) ||
    signatures.length !== 1 ||
    !isObject(signatures[0]) ||
    typeof signatures[0].sig !== 'string'
  ) {
    throw fail(
      '/dsseEnvelope/signatures',
      'exactly one signature with a base64 "sig" (a Sigstore bundle carries one)',
      signatures,
    )
  }
  if (
    !/^[A-Za-z0-9+/]*={0,2}$/.test(envelope.payload) ||
    !/^[A-Za-z0-9+/]+={0,2}$/.test(signatures[0].sig)
  )
    throw fail('/dsseEnvelope', 'base64 payload and signature', 'text that is not base64')
  const payload = Buffer.from(envelope.payload, 'base64')
  const sig = Buffer.from(signatures[0].sig, 'base64')
  assertSignatureEncoding(sig, algorithm, {
    file: bundleFile,
    pointer: '/dsseEnvelope/signatures/0/sig',
  })
  return { payloadType: envelope.payloadType, payload, payloadText: envelope.payload, sig }
}

/** The in-toto statement of the envelope: the subject digest, and the signed files with their digests. */
function readStatement(
  envelope: { payload: Buffer; payloadText: string },
  fail: Fail,
): { resources: { name: string; digest: string }[]; ignorePaths: string[]; subjectDigest: string } {
  let statement: unknown
  try {
    statement = JSON.parse(envelope.payload.toString('utf8'))
  } catch {
    throw fail(
      '/dsseEnvelope/payload',
      'a base64 in-toto statement (JSON)',
      envelope.payloadText.slice(0, 40),
    )
  }
  const at = (p: string) => `/dsseEnvelope/payload${p}`
  if (!isObject(statement)) throw fail(at(''), 'an in-toto statement (a JSON object)', statement)
  if (statement._type !== 'https://in-toto.io/Statement/v1')
    throw fail(at('/_type'), 'https://in-toto.io/Statement/v1', statement._type)
  if (statement.predicateType !== OMS_PREDICATE_TYPE) {
    throw fail(
      at('/predicateType'),
      `${OMS_PREDICATE_TYPE} (model-signing 1.x; re-sign bundles made by model-signing 0.x)`,
      statement.predicateType,
      'Not an OpenSSF model-signing statement',
    )
  }
  const subjects = statement.subject
  if (
    !Array.isArray(subjects) ||
    subjects.length !== 1 ||
    !isObject(subjects[0]) ||
    !isObject(subjects[0].digest) ||
    typeof subjects[0].digest.sha256 !== 'string'
  ) {
    throw fail(at('/subject'), 'one subject with a sha256 digest', subjects)
  }
  const predicate = statement.predicate
  if (!isObject(predicate)) throw fail(at('/predicate'), 'the model-signing predicate', predicate)
  const serialization = predicate.serialization
  if (!isObject(serialization))
    throw fail(at('/predicate/serialization'), 'the serialization description', serialization)
  if (serialization.method !== 'files')
    throw fail(
      at('/predicate/serialization/method'),
      '"files" (per-file digests; sharded serialization is not supported)',
      serialization.method,
      'Unsupported model-signing serialization',
    )
  if (serialization.hash_type !== 'sha256')
    throw fail(
      at('/predicate/serialization/hash_type'),
      'sha256',
      serialization.hash_type,
      'Unsupported model-signing hash',
    )
  const ignorePaths = serialization.ignore_paths ?? []
  if (!Array.isArray(ignorePaths) || !ignorePaths.every((p) => typeof p === 'string'))
    throw fail(at('/predicate/serialization/ignore_paths'), 'an array of paths', ignorePaths)
  const raw = predicate.resources
  if (!Array.isArray(raw)) throw fail(at('/predicate/resources'), 'the list of signed files', raw)
  const resources = raw.map((r, i) => {
    if (
      !isObject(r) ||
      typeof r.name !== 'string' ||
      typeof r.digest !== 'string' ||
      !/^[0-9a-f]{64}$/.test(r.digest)
    )
      throw fail(at(`/predicate/resources/${i}`), 'a name and a sha256 hex digest', r)
    if (r.algorithm !== 'sha256')
      throw fail(
        at(`/predicate/resources/${i}/algorithm`),
        'sha256',
        r.algorithm,
        'Unsupported model-signing hash',
      )
    return { name: r.name, digest: r.digest }
  })

  return {
    resources,
    ignorePaths: ignorePaths as string[],
    subjectDigest: subjects[0].digest.sha256,
  }
}

/**
 * Verifies a bundle against the model on disk. `modelPath` is the signed
 * folder, or the single signed file (model-signing names it "."). Symbolic
 * links are never followed: model-signing refuses them unless signed with
 * --allow_symlinks, and a link's target can change while the folder does not.
 */
export async function verifyOmsBundle(
  bundleText: string,
  bundleFile: string,
  modelPath: string,
  modelDisplay: string,
  key: KeyObject,
  algorithm: SignatureAlgorithm,
  options: OmsOptions,
): Promise<OmsResult> {
  const statement = readOmsBundle(bundleText, bundleFile, key, algorithm)
  const names = statement.resources.map((r) => r.name)
  const singleFileBundle = names.length === 1 && names[0] === '.'
  let kind: 'file' | 'folder' | 'link'
  try {
    const s = await lstat(modelPath)
    kind = s.isSymbolicLink() ? 'link' : s.isDirectory() ? 'folder' : 'file'
  } catch (error) {
    throw unreadableFile(error, modelDisplay, 'the signed model folder or file (modelPath)')
  }
  const base = {
    signatureValid: statement.signatureValid,
    subjectDigestValid: statement.subjectDigestValid,
    missing: [],
    changed: [],
    extra: [],
    special: [],
    verified: [],
    files: names.length,
  }
  if (kind === 'link') return { ...base, links: [{ path: '.', target: await readlink(modelPath) }] }
  if (kind === 'file' && !singleFileBundle) {
    throw new InputError({
      ...options.modelPathSource,
      message: 'modelPath is a file, but the bundle signs a folder',
      expected: 'the folder the bundle was made for',
      found: `${modelDisplay}, a file (the bundle lists ${names.slice(0, 3).join(', ')}${names.length > 3 ? '...' : ''})`,
    })
  }
  if (kind === 'folder' && singleFileBundle) {
    throw new InputError({
      ...options.modelPathSource,
      message: 'modelPath is a folder, but the bundle signs a single file',
      expected: 'the file the bundle was made for',
      found: `${modelDisplay}, a folder`,
    })
  }

  const onDisk = new Map<string, { sha256: string; bytes: number }>()
  let links: OmsResult['links'] = []
  let special: string[] = []
  if (kind === 'file') {
    onDisk.set('.', await digest(modelPath, modelDisplay))
  } else {
    const ignores = [...statement.signedIgnores, ...options.ignore].map((p) =>
      p.replace(/^\.\//, '').replace(/\/+$/, ''),
    )
    const ignored = (path: string) => ignores.some((p) => path === p || path.startsWith(`${p}/`))
    const entries = await listFolder(modelPath, ignored)
    links = entries.flatMap((e) => (e.link ? [{ path: e.path, target: e.link.target }] : []))
    special = entries.filter((e) => e.kind === 'other').map((e) => e.path)
    for (const e of entries)
      if (e.kind === 'file')
        onDisk.set(e.path, await digest(e.absolute, `${modelDisplay}/${e.path}`))
  }
  const missing: string[] = []
  const changed: string[] = []
  const verified: OmsResult['verified'] = []
  for (const r of statement.resources) {
    const actual = onDisk.get(r.name)
    if (actual === undefined) missing.push(r.name)
    else if (actual.sha256 !== r.digest) changed.push(r.name)
    else verified.push({ name: r.name, ...actual })
    onDisk.delete(r.name)
  }
  const extra = options.allowExtraFiles ? [] : [...onDisk.keys()]
  return { ...base, missing, changed, extra, links, special, verified }
}

async function digest(
  absolute: string,
  display: string,
): Promise<{ sha256: string; bytes: number }> {
  try {
    return await digestFile(absolute)
  } catch (error) {
    throw unreadableFile(error, display, 'a file of the signed model')
  }
}
