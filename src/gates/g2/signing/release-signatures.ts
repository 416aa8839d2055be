import { readFile, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { InputError } from '../../../contract/errors.js'
import type { GateContext } from '../../../engine/gate.js'
import type { Check } from '../../../contract/types.js'
import { unreadableFile } from '../../../io/file-errors.js'
import { isInside } from '../../../io/paths.js'
import { keyFor, untrustedReason, type ReleaseKey } from '../../../signing/keys.js'
import { verifyOmsBundle } from '../../../signing/oms.js'
import {
  assertSignatureEncoding,
  decodeSignature,
  verifyFileSignature,
} from '../../../signing/signatures.js'

/** A file a verified signature by a trusted key vouches for, with the digest it vouches for. */
export interface Vouched {
  absolute: string
  /** Workspace-relative path. */
  path: string
  sha256: string
  bytes: number
  keyId: string
  keyFingerprint: string
  /** The signature file or OMS bundle that vouches for it. */
  signature: string
  method: 'signature' | 'oms'
  /** The role releaseMaterial gives it, if any. */
  configRole?: string
}

export interface ReleaseMaterialConfig {
  path: string
  role?: string
  signature: string
  keyId: string
}

export interface ModelSignatureConfig {
  bundle: string
  modelPath: string
  keyId: string
  ignore?: string[]
  allowExtraFiles?: boolean
}

export interface SignatureResults {
  checks: Check[]
  vouched: Vouched[]
  /** Key ids that signed something (verified or not). */
  usedKeyIds: Set<string>
  /** Files read as signatures or bundles: never part of the SSOT snapshot. */
  signatureFiles: Set<string>
  /** OMS bundles, for the evidence subject. */
  bundles: string[]
}

/**
 * Verifies every cosign-style signature (releaseMaterial) and every OMS
 * bundle (modelSignatures). A check per signature; only signatures that
 * verify with a trusted key vouch for files.
 */
export async function verifySignatures(
  ctx: GateContext,
  material: ReleaseMaterialConfig[],
  bundles: ModelSignatureConfig[],
  keys: Map<string, ReleaseKey>,
  securityFile: string,
): Promise<SignatureResults> {
  const out: SignatureResults = {
    checks: [],
    vouched: [],
    usedKeyIds: new Set(),
    signatureFiles: new Set(),
    bundles: [],
  }
  for (const [i, m] of material.entries()) await verifyMaterial(ctx, m, i, keys, securityFile, out)
  for (const [i, o] of bundles.entries()) await verifyBundle(ctx, o, i, keys, securityFile, out)
  return out
}

/** One file of releaseMaterial (at index `i`) and its detached signature: a check, and the file vouched for when it verifies with a trusted key. */
async function verifyMaterial(
  ctx: GateContext,
  m: ReleaseMaterialConfig,
  i: number,
  keys: Map<string, ReleaseKey>,
  securityFile: string,
  out: SignatureResults,
): Promise<void> {
  const source = { file: securityFile, pointer: `/releaseMaterial/${i}` }
  const key = keyFor(keys, m.keyId, securityFile, `/releaseMaterial/${i}/keyId`)
  out.usedKeyIds.add(key.id)
  const absolute = ctx.ssot.resolveRepoPath(m.path, `release material at /releaseMaterial/${i}`)
  const path = ctx.workspace.display(absolute)
  let isFile: boolean
  try {
    isFile = (await stat(absolute)).isFile()
  } catch (error) {
    throw unreadableFile(error, path, `release material listed at /releaseMaterial/${i}`)
  }
  if (!isFile)
    throw new InputError({
      file: path,
      message: 'Release material must be a file',
      expected: `a file (sign a folder with an OMS bundle in modelSignatures)`,
      found: 'a folder or special file',
    })
  const sigAbsolute = ctx.ssot.resolveRepoPath(
    m.signature,
    `signature at /releaseMaterial/${i}/signature`,
  )
  const sigPath = ctx.workspace.display(sigAbsolute)
  out.signatureFiles.add(sigAbsolute)
  const id = `G2.signature.${path}`
  let sigText: string
  try {
    sigText = await readFile(sigAbsolute, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      throw unreadableFile(error, sigPath, `the signature of ${path}`)
    out.checks.push({
      id,
      rule: 'signature',
      variable: path,
      value: false,
      status: 'fail',
      severity: 'block',
      message: `no signature file ${sigPath}`,
      source,
    })
    return
  }
  const signature = decodeSignature(sigText, sigPath)
  assertSignatureEncoding(signature, key.algorithm, { file: sigPath })
  const r = await verifyFileSignature(absolute, path, signature, key.key, key.algorithm)
  const ok = r.valid && key.trusted
  out.checks.push({
    id,
    rule: 'signature',
    variable: path,
    value: ok,
    status: ok ? 'pass' : 'fail',
    severity: 'block',
    message: !r.valid
      ? `the signature does not verify with key ${key.id} (${key.algorithm}): the file changed, or it was signed for another file or with another key`
      : key.trusted
        ? `valid ${key.algorithm} signature by key ${key.id}`
        : `valid signature, but ${untrustedReason(key)}`,
    source,
    details: {
      sha256: r.sha256,
      bytes: r.bytes,
      keyId: key.id,
      keyFingerprint: key.fingerprint,
      signature: sigPath,
    },
  })
  if (ok)
    out.vouched.push({
      absolute,
      path,
      sha256: r.sha256,
      bytes: r.bytes,
      keyId: key.id,
      keyFingerprint: key.fingerprint,
      signature: sigPath,
      method: 'signature',
      ...(m.role ? { configRole: m.role } : {}),
    })
}

/** One OMS bundle of modelSignatures (at index `i`) over a model folder: a check, and each file it lists vouched for when the envelope verifies with a trusted key. */
async function verifyBundle(
  ctx: GateContext,
  o: ModelSignatureConfig,
  i: number,
  keys: Map<string, ReleaseKey>,
  securityFile: string,
  out: SignatureResults,
): Promise<void> {
  const source = { file: securityFile, pointer: `/modelSignatures/${i}` }
  const key = keyFor(keys, o.keyId, securityFile, `/modelSignatures/${i}/keyId`)
  out.usedKeyIds.add(key.id)
  const bundleAbsolute = ctx.ssot.resolveRepoPath(
    o.bundle,
    `OMS bundle at /modelSignatures/${i}/bundle`,
  )
  const bundlePath = ctx.workspace.display(bundleAbsolute)
  let text: string
  try {
    text = await readFile(bundleAbsolute, 'utf8')
  } catch (error) {
    throw unreadableFile(error, bundlePath, `OMS bundle listed at /modelSignatures/${i}`)
  }
  out.signatureFiles.add(bundleAbsolute)
  out.bundles.push(bundleAbsolute)
  const modelAbsolute = ctx.ssot.resolveRepoPath(
    o.modelPath,
    `signed model at /modelSignatures/${i}/modelPath`,
  )
  const modelPath = ctx.workspace.display(modelAbsolute)
  // The bundle itself may sit in the signed folder: it cannot sign itself.
  const ignore = [
    ...(o.ignore ?? []),
    ...(bundleAbsolute !== modelAbsolute && isInside(modelAbsolute, bundleAbsolute)
      ? [relative(modelAbsolute, bundleAbsolute).split(sep).join('/')]
      : []),
  ]
  const r = await verifyOmsBundle(
    text,
    bundlePath,
    modelAbsolute,
    modelPath,
    key.key,
    key.algorithm,
    {
      ignore,
      allowExtraFiles: o.allowExtraFiles ?? false,
      modelPathSource: { file: securityFile, pointer: `/modelSignatures/${i}/modelPath` },
    },
  )
  const envelopeOk = r.signatureValid && r.subjectDigestValid && key.trusted
  const problems = [
    ...(r.signatureValid ? [] : [`the envelope signature does not verify with key ${key.id}`]),
    ...(r.signatureValid && !key.trusted ? [`valid signature, but ${untrustedReason(key)}`] : []),
    ...(r.subjectDigestValid ? [] : ['the subject digest does not match the listed files']),
    ...r.links.map(
      (l) =>
        `symbolic link ${l.path} -> ${l.target} (links are not followed; model-signing refuses them too; put the file itself in the folder)`,
    ),
    ...r.special.map((f) => `${f} is not a regular file`),
    ...r.missing.map((f) => `missing ${f}`),
    ...r.changed.map((f) => `changed ${f}`),
    ...r.extra.map((f) => `extra ${f} (not signed; list it in ignore or set allowExtraFiles)`),
  ]
  out.checks.push({
    id: `G2.oms.${modelPath}`,
    rule: 'oms_signature',
    variable: modelPath,
    value: problems.length === 0,
    status: problems.length === 0 ? 'pass' : 'fail',
    severity: 'block',
    message:
      problems.length === 0
        ? `OMS bundle verified: ${r.files} files, key ${key.id}`
        : problems.join('; '),
    source,
    details: {
      files: r.files,
      missing: r.missing,
      changed: r.changed,
      extra: r.extra,
      links: r.links,
      bundle: bundlePath,
      keyId: key.id,
      keyFingerprint: key.fingerprint,
    },
  })
  if (!envelopeOk) return
  for (const f of r.verified) {
    const absolute = f.name === '.' ? modelAbsolute : join(modelAbsolute, f.name)
    out.vouched.push({
      absolute,
      path: ctx.workspace.display(absolute),
      sha256: f.sha256,
      bytes: f.bytes,
      keyId: key.id,
      keyFingerprint: key.fingerprint,
      signature: bundlePath,
      method: 'oms',
    })
  }
}
