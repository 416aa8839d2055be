import { ROLE_ORDER, type RequiredFile } from './coverage.js'
import type { Vouched } from './release-signatures.js'

/**
 * One file of the release, as G2 vouches for it: G5 and rollback check that
 * what they ship has this digest. Roles: `model` (the evidence subject),
 * `declared-model` (paths.model when the model input named another file),
 * `model-card`, `ssot` (the SSOT snapshot), `model-file` (other files of an
 * OMS-signed folder), else the releaseMaterial entry's role or `artifact`.
 */
export type ManifestEntry = Omit<Vouched, 'absolute' | 'configRole'> & { role: string }

/** The manifest: every vouched file once (the first signature that vouches for it), model first. */
export function buildManifest(vouched: Vouched[], required: RequiredFile[]): ManifestEntry[] {
  const roles = new Map(required.map((r) => [r.absolute, r.role as string]))
  const seen = new Set<string>()
  const entries: ManifestEntry[] = []
  for (const v of vouched) {
    if (seen.has(v.absolute)) continue
    seen.add(v.absolute)
    const role =
      roles.get(v.absolute) ?? v.configRole ?? (v.method === 'oms' ? 'model-file' : 'artifact')
    entries.push({
      path: v.path,
      role,
      sha256: v.sha256,
      bytes: v.bytes,
      keyId: v.keyId,
      keyFingerprint: v.keyFingerprint,
      signature: v.signature,
      method: v.method,
    })
  }
  const rank = (role: string) => {
    const i = (ROLE_ORDER as readonly string[]).indexOf(role)
    return i === -1 ? ROLE_ORDER.length : i
  }
  return entries.sort(
    (a, b) => rank(a.role) - rank(b.role) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  )
}
