import {
  createHash,
  createPrivateKey,
  createPublicKey,
  createSign,
  createVerify,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { InputError } from '../contract/errors.js'
import type { GateProblem } from '../contract/types.js'
import { forEachChunk } from '../io/file-digest.js'
import { unreadableFile } from '../io/file-errors.js'

export type SignatureAlgorithm = 'ecdsa-p256-sha256' | 'ed25519'

/**
 * Key-based blob signatures, offline:
 * - ecdsa-p256-sha256 is what `cosign sign-blob --key` writes: the base64 of
 *   a DER-encoded ECDSA P-256 signature over the SHA-256 of the file. It is
 *   verified while the file streams through SHA-256, so any size works;
 * - ed25519 is a base64 Ed25519 signature over the file's bytes (Ed25519
 *   hashes internally; `openssl pkeyutl -sign -rawin` makes one). Pure EdDSA
 *   needs the whole message at once, so it is limited to ED25519_MAX_BYTES.
 */

/** The most Node reads into one buffer (2 GiB - 1 byte): the largest file an Ed25519 signature can cover here. */
const ED25519_MAX_BYTES = 2 ** 31 - 1

/** Where a key or signature came from, for errors: a file, and a JSON pointer when it sits inside one. */
export type Where = Pick<GateProblem, 'file' | 'pointer'>

/**
 * Parses a PEM public key and checks it fits the algorithm; names the curve it
 * found otherwise. A private key is an error that says it must not be in the
 * repository; the key itself is never printed.
 */
export function parsePublicKey(
  pem: string,
  algorithm: SignatureAlgorithm,
  where: Where,
): KeyObject {
  const labels = [...pem.matchAll(/-----BEGIN ([A-Z0-9 ]+)-----/g)].map((m) => m[1]!)
  if (labels.some((l) => l.includes('PRIVATE KEY'))) {
    throw new InputError({
      ...where,
      message:
        'This is a private key: a private key must never be committed to the repository. Remove it (and from the git history), rotate the key, and give the public key here (openssl pkey -in key.pem -pubout)',
      expected: 'a "-----BEGIN PUBLIC KEY-----" block',
      found: `a "-----BEGIN ${labels.find((l) => l.includes('PRIVATE KEY'))}-----" block (not shown)`,
    })
  }
  if (labels.length > 0 && labels[0] !== 'PUBLIC KEY') {
    throw new InputError({
      ...where,
      message: 'Not a PEM public key',
      expected: 'a "-----BEGIN PUBLIC KEY-----" block (SubjectPublicKeyInfo)',
      found: `a "-----BEGIN ${labels[0]}-----" block`,
    })
  }
  let key: KeyObject
  try {
    key = createPublicKey(pem)
  } catch (error) {
    throw new InputError({
      ...where,
      message: 'Not a PEM public key',
      expected: 'a "-----BEGIN PUBLIC KEY-----" block (SubjectPublicKeyInfo)',
      found: (error as Error).message.split('\n')[0] ?? 'unreadable key',
    })
  }
  checkKeyType(key, algorithm, where)
  return key
}

/** `sha256:<hex>` of the key's DER SubjectPublicKeyInfo: `openssl pkey -pubin -in key.pub -outform DER | sha256sum`. */
export function keyFingerprint(key: KeyObject): string {
  const spki = (key.type === 'private' ? createPublicKey(key) : key).export({
    type: 'spki',
    format: 'der',
  })
  return `sha256:${createHash('sha256').update(spki).digest('hex')}`
}

function checkKeyType(key: KeyObject, algorithm: SignatureAlgorithm, where: Where): void {
  const type = key.asymmetricKeyType
  const curve = key.asymmetricKeyDetails?.namedCurve
  if (algorithm === 'ed25519' && type !== 'ed25519')
    throw new InputError({
      ...where,
      message: 'The key does not match its algorithm',
      expected: 'an Ed25519 key',
      found: curve ? `${type} on ${curve}` : String(type),
    })
  if (algorithm === 'ecdsa-p256-sha256' && !(type === 'ec' && curve === 'prime256v1')) {
    throw new InputError({
      ...where,
      message: 'The key does not match its algorithm',
      expected: 'an ECDSA key on P-256 (prime256v1)',
      found: curve ? `${type} on ${curve}` : String(type),
    })
  }
}

/** Decodes a signature file: base64 text, whitespace allowed; empty or non-base64 is an error. */
export function decodeSignature(text: string, where: string): Buffer {
  const clean = text.replace(/\s+/g, '')
  if (clean === '')
    throw new InputError({
      file: where,
      message: 'The signature file is empty',
      expected: 'a base64 signature',
      found: 'an empty file',
    })
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(clean) || clean.length % 4 === 1) {
    throw new InputError({
      file: where,
      message: 'The signature is not base64',
      expected: 'a base64 signature (as cosign sign-blob writes)',
      found: JSON.stringify(clean.slice(0, 24)),
    })
  }
  return Buffer.from(clean, 'base64')
}

/** True when `sig` is a DER ECDSA-Sig-Value: SEQUENCE { INTEGER r, INTEGER s }, nothing after it. */
function isDerEcdsa(sig: Buffer): boolean {
  if (sig.length < 8 || sig[0] !== 0x30 || sig[1]! >= 0x80 || sig[1]! + 2 !== sig.length)
    return false
  let at = 2
  for (let i = 0; i < 2; i++) {
    if (sig[at] !== 0x02) return false
    const len = sig[at + 1]!
    if (len === 0 || len >= 0x80 || at + 2 + len > sig.length) return false
    at += 2 + len
  }
  return at === sig.length
}

/**
 * A P-256 signature must be DER. A 64-byte value that is not DER is the raw
 * r||s form (IEEE P1363, what WebCrypto and some HSMs write): an encoding
 * error, not a bad signature. Other lengths are left to verification, which
 * fails them (a truncated signature, for example).
 */
export function assertSignatureEncoding(
  sig: Buffer,
  algorithm: SignatureAlgorithm,
  where: Where,
): void {
  if (algorithm === 'ecdsa-p256-sha256' && sig.length === 64 && !isDerEcdsa(sig)) {
    throw new InputError({
      ...where,
      message: 'The ECDSA signature is raw r||s, expected DER (as cosign writes)',
      expected: 'a DER ECDSA signature (openssl dgst -sha256 -sign, cosign sign-blob)',
      found: '64 bytes of raw r||s (IEEE P1363)',
    })
  }
}

/** True when `signature` signs `data` under `key`. A malformed or truncated signature is simply invalid. */
export function verifyBlob(
  data: Buffer,
  signature: Buffer,
  key: KeyObject,
  algorithm: SignatureAlgorithm,
): boolean {
  try {
    return algorithm === 'ed25519'
      ? verify(null, data, key, signature)
      : verify('sha256', data, key, signature)
  } catch {
    return false
  }
}

export interface FileVerification {
  valid: boolean
  sha256: string
  bytes: number
}

/**
 * Verifies a signature over a file and digests it in the same read, so the
 * digest the manifest records is the one the signature covers. P-256 streams
 * (any size); Ed25519 reads the file whole, up to ED25519_MAX_BYTES.
 */
export async function verifyFileSignature(
  absolute: string,
  display: string,
  signature: Buffer,
  key: KeyObject,
  algorithm: SignatureAlgorithm,
): Promise<FileVerification> {
  const hash = createHash('sha256')
  try {
    if (algorithm === 'ed25519') {
      const data = await readWhole(absolute, display)
      hash.update(data)
      return {
        valid: verifyBlob(data, signature, key, algorithm),
        sha256: hash.digest('hex'),
        bytes: data.length,
      }
    }
    const verifier = createVerify('sha256')
    const bytes = await forEachChunk(absolute, (chunk) => {
      verifier.update(chunk)
      hash.update(chunk)
    })
    let valid: boolean
    try {
      valid = verifier.verify(key, signature)
    } catch {
      valid = false
    }
    return { valid, sha256: hash.digest('hex'), bytes }
  } catch (error) {
    if (error instanceof InputError) throw error
    throw unreadableFile(error, display, 'a file to verify')
  }
}

/** Reads a file for Ed25519, refusing files over the limit with an error that names it. */
async function readWhole(absolute: string, display: string): Promise<Buffer> {
  const { size } = await stat(absolute)
  if (size > ED25519_MAX_BYTES) {
    throw new InputError({
      file: display,
      message: `Too large for an ed25519 signature: Ed25519 (pure EdDSA) signs the whole file in one piece, and modelgate reads at most ${ED25519_MAX_BYTES} bytes (2 GiB - 1) at once. Sign large files with an ecdsa-p256-sha256 key (cosign) or an OpenSSF model-signing bundle`,
      expected: `at most ${ED25519_MAX_BYTES} bytes`,
      found: `${size} bytes`,
    })
  }
  return readFile(absolute)
}

/** Signs a file like `cosign sign-blob --key` (P-256, streamed) or with Ed25519; returns the base64 signature and the key's fingerprint. */
export async function signFile(
  absolute: string,
  display: string,
  privateKeyPem: string,
  keyFile: string,
): Promise<{ signature: string; algorithm: SignatureAlgorithm; fingerprint: string }> {
  let key: KeyObject
  try {
    key = createPrivateKey(privateKeyPem)
  } catch (error) {
    throw new InputError({
      file: keyFile,
      message: 'Not a PEM private key',
      expected: 'an unencrypted PEM private key (PKCS#8 or SEC1)',
      found: (error as Error).message.split('\n')[0] ?? 'unreadable key',
    })
  }
  const fingerprint = keyFingerprint(key)
  try {
    if (key.asymmetricKeyType === 'ed25519')
      return {
        signature: sign(null, await readWhole(absolute, display), key).toString('base64'),
        algorithm: 'ed25519',
        fingerprint,
      }
    checkKeyType(key, 'ecdsa-p256-sha256', { file: keyFile })
    const signer = createSign('sha256')
    await forEachChunk(absolute, (chunk) => signer.update(chunk))
    return {
      signature: signer.sign(key).toString('base64'),
      algorithm: 'ecdsa-p256-sha256',
      fingerprint,
    }
  } catch (error) {
    if (error instanceof InputError) throw error
    throw unreadableFile(error, display, 'the file to sign')
  }
}
