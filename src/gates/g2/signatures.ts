import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto'
import { InputError } from '../../engine/errors.js'

export type SignatureAlgorithm = 'ecdsa-p256-sha256' | 'ed25519'

/**
 * Key-based blob signatures, offline:
 * - ecdsa-p256-sha256 is what `cosign sign-blob --key` writes: the base64 of
 *   a DER-encoded ECDSA P-256 signature over the SHA-256 of the file;
 * - ed25519 is a base64 Ed25519 signature over the file's bytes (Ed25519
 *   hashes internally; `openssl pkeyutl -sign -rawin` makes one).
 */

/** Parses a PEM public key and checks it fits the algorithm; names the curve it found otherwise. */
export function parsePublicKey(pem: string, algorithm: SignatureAlgorithm, where: string): KeyObject {
  let key: KeyObject
  try {
    key = createPublicKey(pem)
  } catch (error) {
    throw new InputError({ file: where, message: 'Not a PEM public key', expected: 'a "-----BEGIN PUBLIC KEY-----" block (SubjectPublicKeyInfo)', found: (error as Error).message.split('\n')[0] ?? 'unreadable key' })
  }
  checkKeyType(key, algorithm, where)
  return key
}

function checkKeyType(key: KeyObject, algorithm: SignatureAlgorithm, where: string): void {
  const type = key.asymmetricKeyType
  const curve = key.asymmetricKeyDetails?.namedCurve
  if (algorithm === 'ed25519' && type !== 'ed25519') throw new InputError({ file: where, message: 'The key does not match its algorithm', expected: 'an Ed25519 key', found: curve ? `${type} on ${curve}` : String(type) })
  if (algorithm === 'ecdsa-p256-sha256' && !(type === 'ec' && curve === 'prime256v1')) {
    throw new InputError({ file: where, message: 'The key does not match its algorithm', expected: 'an ECDSA key on P-256 (prime256v1)', found: curve ? `${type} on ${curve}` : String(type) })
  }
}

/** Decodes a signature file: base64 text, whitespace allowed; empty or non-base64 is an error. */
export function decodeSignature(text: string, where: string): Buffer {
  const clean = text.replace(/\s+/g, '')
  if (clean === '') throw new InputError({ file: where, message: 'The signature file is empty', expected: 'a base64 signature', found: 'an empty file' })
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(clean) || clean.length % 4 === 1) {
    throw new InputError({ file: where, message: 'The signature is not base64', expected: 'a base64 signature (as cosign sign-blob writes)', found: JSON.stringify(clean.slice(0, 24)) })
  }
  return Buffer.from(clean, 'base64')
}

/** True when `signature` signs `data` under `key`. A malformed or truncated signature is simply invalid. */
export function verifyBlob(data: Buffer, signature: Buffer, key: KeyObject, algorithm: SignatureAlgorithm): boolean {
  try {
    return algorithm === 'ed25519' ? verify(null, data, key, signature) : verify('sha256', data, key, signature)
  } catch {
    return false
  }
}

/** Signs like `cosign sign-blob --key` (P-256) or with Ed25519; returns the base64 signature. */
export function signBlob(data: Buffer, privateKeyPem: string, where: string): { signature: string; algorithm: SignatureAlgorithm } {
  let key: KeyObject
  try {
    key = createPrivateKey(privateKeyPem)
  } catch (error) {
    throw new InputError({ file: where, message: 'Not a PEM private key', expected: 'an unencrypted PEM private key (PKCS#8 or SEC1)', found: (error as Error).message.split('\n')[0] ?? 'unreadable key' })
  }
  if (key.asymmetricKeyType === 'ed25519') return { signature: sign(null, data, key).toString('base64'), algorithm: 'ed25519' }
  checkKeyType(key, 'ecdsa-p256-sha256', where)
  return { signature: sign('sha256', data, key).toString('base64'), algorithm: 'ecdsa-p256-sha256' }
}
