import type { KeyObject } from 'node:crypto'
import { InputError } from '../contract/errors.js'
import type { Check } from '../contract/types.js'
import { keyFingerprint, parsePublicKey, type SignatureAlgorithm } from './signatures.js'

/** A public key from ssot/security.json, with its fingerprint and whether the workflow pins it. */
export interface ReleaseKey {
  id: string
  algorithm: SignatureAlgorithm
  key: KeyObject
  /** `sha256:<hex>` of the DER SubjectPublicKeyInfo. */
  fingerprint: string
  /** False only when `trusted-keys` is set and does not list this key. */
  trusted: boolean
}

export interface KeyConfig {
  id: string
  algorithm: SignatureAlgorithm
  publicKey?: string
  publicKeyPath?: string
}

/** The gate option (and Action input) that pins the trusted keys by fingerprint. */
export const TRUSTED_KEYS_OPTION = 'trusted-keys'

/**
 * Parses `trusted-keys`: fingerprints separated by commas, spaces or new
 * lines, each `sha256:<64 hex>` or the bare hex. Empty or absent: no pinning.
 */
export function parseTrustedKeys(raw: string | undefined): Set<string> | undefined {
  const items = (raw ?? '').split(/[\s,]+/).filter((s) => s !== '')
  if (items.length === 0) return undefined
  const pins = new Set<string>()
  for (const item of items) {
    const m = /^(?:sha256:)?([0-9a-fA-F]{64})$/.exec(item)
    if (!m) {
      throw new InputError({
        message: `Invalid ${TRUSTED_KEYS_OPTION}`,
        expected:
          'key fingerprints "sha256:<64 hex digits>" (sha256 of the DER public key: openssl pkey -pubin -in key.pub -outform DER | sha256sum)',
        found: JSON.stringify(item.length > 80 ? `${item.slice(0, 77)}...` : item),
      })
    }
    pins.add(`sha256:${m[1]!.toLowerCase()}`)
  }
  return pins
}

/** Loads every key; `readKeyFile` reads a publicKeyPath (relative to the repository root). */
export async function loadKeys(
  keys: KeyConfig[],
  securityFile: string,
  pins: Set<string> | undefined,
  readKeyFile: (path: string, what: string) => Promise<{ text: string; display: string }>,
): Promise<Map<string, ReleaseKey>> {
  const loaded = new Map<string, ReleaseKey>()
  for (const [i, k] of keys.entries()) {
    if (loaded.has(k.id))
      throw new InputError({
        file: securityFile,
        pointer: `/keys/${i}/id`,
        message: 'Duplicate key id',
        expected: 'a key id used once',
        found: JSON.stringify(k.id),
      })
    let key: KeyObject
    if (k.publicKey !== undefined) {
      key = parsePublicKey(k.publicKey, k.algorithm, {
        file: securityFile,
        pointer: `/keys/${i}/publicKey`,
      })
    } else {
      const file = await readKeyFile(k.publicKeyPath!, `public key ${k.id}`)
      key = parsePublicKey(file.text, k.algorithm, { file: file.display })
    }
    const fingerprint = keyFingerprint(key)
    loaded.set(k.id, {
      id: k.id,
      algorithm: k.algorithm,
      key,
      fingerprint,
      trusted: pins === undefined || pins.has(fingerprint),
    })
  }
  return loaded
}

/** Looks up a key id; an unknown id is an error at its pointer. */
export function keyFor(
  keys: Map<string, ReleaseKey>,
  id: string,
  securityFile: string,
  pointer: string,
): ReleaseKey {
  const key = keys.get(id)
  if (!key)
    throw new InputError({
      file: securityFile,
      pointer,
      message: 'Unknown key id',
      expected: `one of ${[...keys.keys()].join(', ')}`,
      found: JSON.stringify(id),
    })
  return key
}

/** Why a verified signature still does not count: its key is not pinned by trusted-keys. */
export function untrustedReason(key: ReleaseKey): string {
  return `key ${key.id} (${key.fingerprint}) is not among the workflow's ${TRUSTED_KEYS_OPTION}, so its signatures do not count`
}

/**
 * One check for the trust root: with `trusted-keys` set, every signature must
 * come from a pinned key; without it the keys are whatever ssot/security.json
 * says, which a pull request can change, and the check says so.
 */
export function trustedKeysCheck(
  keys: Map<string, ReleaseKey>,
  pins: Set<string> | undefined,
  usedKeyIds: Set<string>,
  securityFile: string,
): Check {
  const base = {
    id: 'G2.trusted_keys',
    rule: 'trusted_keys',
    severity: 'block' as const,
    source: { file: securityFile, pointer: '/keys' },
  }
  const all = [...keys.values()].map((k) => ({
    id: k.id,
    fingerprint: k.fingerprint,
    trusted: k.trusted,
    used: usedKeyIds.has(k.id),
  }))
  if (!pins) {
    return {
      ...base,
      value: null,
      status: 'skipped',
      message: `${TRUSTED_KEYS_OPTION} is not set: the keys are the ones ${securityFile} lists, and a pull request can replace them. Pin them in the workflow (${[...keys.values()].map((k) => k.fingerprint).join(', ')})`,
      details: { keys: all },
    }
  }
  const untrusted = all.filter((k) => k.used && !k.trusted)
  return {
    ...base,
    value: untrusted.length,
    operator: '<=',
    threshold: 0,
    unit: 'keys',
    status: untrusted.length ? 'fail' : 'pass',
    message: untrusted.length
      ? `signatures by keys that ${TRUSTED_KEYS_OPTION} does not pin: ${untrusted.map((k) => `${k.id} (${k.fingerprint})`).join(', ')}`
      : `every signature is by a key pinned by ${TRUSTED_KEYS_OPTION} (${[...pins].length} pinned)`,
    details: { keys: all, pinned: [...pins] },
  }
}
