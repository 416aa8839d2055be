import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, sep } from 'node:path'
import { runGate } from '../../../src/engine/run-gate.js'
import type { EvidenceRecord } from '../../../src/contract/types.js'
import { findGate } from '../../../src/gates/table.js'

export const REPO = join(import.meta.dirname, '..', '..', '..')
export const FIX = join(REPO, '__tests__', 'fixtures', 'g2')
/** The reference OMS bundles and the model folder they sign (see fixtures/g2/oms/make_oms_fixture.sh). */
const OMS = join(FIX, 'oms')

export const openssl = (...args: string[]) =>
  execFileSync('openssl', args, { stdio: ['ignore', 'pipe', 'pipe'] })

/** Every regular file under `dir`, as sorted POSIX paths relative to `base`. */
export function filesUnder(dir: string, base: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(base, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort()
}

export interface Material {
  path: string
  signature: string
  keyId: string
  role?: string
}

/**
 * Signs a file with openssl like cosign (P-256, base64 DER over SHA-256) or
 * with Ed25519; the raw signature goes to sigbin/, outside the SSOT.
 */
export function signWithOpenssl(dir: string, path: string, signature: string, keyId: string): void {
  const file = join(dir, path)
  const raw = join(dir, 'sigbin', signature.replace(/\//g, '__'))
  mkdirSync(dirname(raw), { recursive: true })
  if (keyId === 'ssot')
    openssl(
      'pkeyutl',
      '-sign',
      '-rawin',
      '-inkey',
      join(dir, 'keys', 'ed.pem'),
      '-in',
      file,
      '-out',
      raw,
    )
  else
    openssl(
      'dgst',
      '-sha256',
      '-sign',
      join(dir, 'keys', keyId === 'release' ? 'p256.pem' : `${keyId}.pem`),
      '-out',
      raw,
      file,
    )
  mkdirSync(dirname(join(dir, signature)), { recursive: true })
  writeFileSync(join(dir, signature), `${readFileSync(raw).toString('base64')}\n`)
}

/** Writes ssot/security.json, then signs every releaseMaterial entry (security.json included, if listed). */
export function writeConfigAndSign(
  dir: string,
  config: { releaseMaterial?: Material[] } & Record<string, unknown>,
): void {
  writeFileSync(join(dir, 'ssot', 'security.json'), JSON.stringify(config, null, 2))
  for (const m of config.releaseMaterial ?? []) signWithOpenssl(dir, m.path, m.signature, m.keyId)
}

export const readConfig = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'ssot', 'security.json'), 'utf8'))

/**
 * A template copy with openssl keys (P-256 "release", Ed25519 "ssot"), a
 * security.json, and signatures over the release material G2 requires: the
 * model, the model card and every file of ssot/ (model.json by the Ed25519
 * key, the rest by P-256). Signature files sit next to each file, so those in
 * ssot/ must be left out of the SSOT snapshot.
 */
export function signedWorkspace(
  options: { vulns?: object; extra?: (dir: string) => Material[] } = {},
): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-g2-'))
  for (const part of ['ssot', 'data', 'models', 'MODEL_CARD.md'])
    cpSync(join(REPO, 'template', part), join(dir, part), { recursive: true })
  mkdirSync(join(dir, 'keys'))
  mkdirSync(join(dir, 'security'))
  openssl(
    'ecparam',
    '-name',
    'prime256v1',
    '-genkey',
    '-noout',
    '-out',
    join(dir, 'keys', 'p256.pem'),
  )
  openssl(
    'ec',
    '-in',
    join(dir, 'keys', 'p256.pem'),
    '-pubout',
    '-out',
    join(dir, 'keys', 'p256.pub'),
  )
  openssl('genpkey', '-algorithm', 'ed25519', '-out', join(dir, 'keys', 'ed.pem'))
  openssl(
    'pkey',
    '-in',
    join(dir, 'keys', 'ed.pem'),
    '-pubout',
    '-out',
    join(dir, 'keys', 'ed.pub'),
  )
  for (const f of readdirSync(FIX).filter((f) => f.endsWith('.json')))
    cpSync(join(FIX, f), join(dir, 'security', f))
  const ssotFiles = [
    ...new Set([...filesUnder(join(dir, 'ssot'), dir), 'ssot/security.json']),
  ].sort()
  const paths = ['models/temp_max.onnx', 'MODEL_CARD.md', ...ssotFiles]
  const releaseMaterial: Material[] = [
    ...paths.map((path) => ({
      path,
      signature: `${path}.sig`,
      keyId: path === 'ssot/model.json' ? 'ssot' : 'release',
    })),
    ...(options.extra?.(dir) ?? []),
  ]
  writeConfigAndSign(dir, {
    keys: [
      { id: 'release', algorithm: 'ecdsa-p256-sha256', publicKeyPath: 'keys/p256.pub' },
      { id: 'ssot', algorithm: 'ed25519', publicKeyPath: 'keys/ed.pub' },
    ],
    releaseMaterial,
    ...(options.vulns ? { vulnerabilities: options.vulns } : {}),
  })
  return dir
}

/** Runs G2 in-process on a workspace. */
export const g2 = (
  dir: string,
  extra: { model?: string; options?: Record<string, string> } = {},
): Promise<EvidenceRecord> =>
  runGate(
    'G2',
    {
      ssot: 'ssot',
      data: [],
      options: extra.options ?? {},
      ...(extra.model ? { model: extra.model } : {}),
    },
    { gates: findGate, workspaceRoot: dir, context: { mode: 'local' } },
  )

export const check = (e: EvidenceRecord, id: string) => e.checks.find((c) => c.id === id)
export const problemText = (e: EvidenceRecord) =>
  e.problems
    .map(
      (p) => `${p.file ?? ''} ${p.pointer ?? ''} ${p.message} ${p.expected ?? ''} ${p.found ?? ''}`,
    )
    .join('\n')
export const failing = (e: EvidenceRecord) =>
  JSON.stringify(e.checks.filter((c) => c.status !== 'pass' && c.status !== 'skipped'))

export type OmsEntry = Record<string, unknown>

/**
 * A workspace whose model folder model/ is signed by the reference bundle
 * model.sig (key "oms"), with ssot/model.json naming model/temp_max_baseline.onnx
 * and model/MODEL_CARD.md, and the SSOT files signed one by one with a
 * P-256 key ("release").
 */
export function omsWorkspace(
  entry: OmsEntry = {},
  edit: (dir: string) => void = () => {},
  modelJson: (m: { paths: Record<string, string> }) => void = () => {},
  config: Record<string, unknown> = {},
): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-oms-'))
  mkdirSync(join(dir, 'ssot'))
  mkdirSync(join(dir, 'keys'))
  cpSync(join(OMS, 'model'), join(dir, 'model'), { recursive: true })
  for (const f of ['model.sig', 'single.sig', 'release.pub']) cpSync(join(OMS, f), join(dir, f))
  const model = JSON.parse(readFileSync(join(REPO, 'template', 'ssot', 'model.json'), 'utf8'))
  model.paths = { model: 'model/temp_max_baseline.onnx', modelCard: 'model/MODEL_CARD.md' }
  modelJson(model)
  writeFileSync(join(dir, 'ssot', 'model.json'), JSON.stringify(model))
  openssl(
    'ecparam',
    '-name',
    'prime256v1',
    '-genkey',
    '-noout',
    '-out',
    join(dir, 'keys', 'p256.pem'),
  )
  openssl(
    'ec',
    '-in',
    join(dir, 'keys', 'p256.pem'),
    '-pubout',
    '-out',
    join(dir, 'keys', 'p256.pub'),
  )
  edit(dir)
  signOms(dir, entry, [], config)
  return dir
}

/** Writes security.json (with any other `config` members) and signs the SSOT files (security.json included) with the P-256 key. */
export function signOms(
  dir: string,
  entry: OmsEntry,
  more: OmsEntry[] = [],
  config: Record<string, unknown> = {},
): void {
  const ssot = [...new Set([...filesUnder(join(dir, 'ssot'), dir), 'ssot/security.json'])].filter(
    (p) => !p.endsWith('.sig'),
  )
  writeConfigAndSign(dir, {
    keys: [
      { id: 'oms', algorithm: 'ecdsa-p256-sha256', publicKeyPath: 'release.pub' },
      { id: 'release', algorithm: 'ecdsa-p256-sha256', publicKeyPath: 'keys/p256.pub' },
    ],
    modelSignatures: [{ bundle: 'model.sig', modelPath: 'model', keyId: 'oms', ...entry }, ...more],
    releaseMaterial: ssot.map((path) => ({ path, signature: `${path}.sig`, keyId: 'release' })),
    ...config,
  })
}
