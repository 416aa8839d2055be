import { createHash } from 'node:crypto'
import { cpSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run-cli.js'
import {
  check,
  failing,
  g2,
  openssl,
  problemText,
  readConfig,
  signedWorkspace,
  signWithOpenssl,
  writeConfigAndSign,
} from '../gates/g2/signed-workspace.js'

const fingerprint = (dir: string, pub: string) =>
  `sha256:${createHash('sha256')
    .update(openssl('pkey', '-pubin', '-in', join(dir, 'keys', pub), '-outform', 'DER'))
    .digest('hex')}`
/** The base64 body of a PEM file, which must never appear in an error. */
const pemBody = (pem: string) =>
  pem
    .split('\n')
    .filter((l) => l && !l.startsWith('-----'))
    .join('')

describe('G2 keys: private keys, PEM forms, signature encodings', () => {
  it('refuses a private key given as publicKeyPath, says why, and never prints it', async () => {
    const dir = signedWorkspace()
    cpSync(join(dir, 'keys', 'p256.pem'), join(dir, 'keys', 'p256.pub'))
    const e = await g2(dir)
    expect(e.status).toBe('error')
    expect(e.problems[0]).toMatchObject({
      file: 'keys/p256.pub',
      message: expect.stringContaining(
        'This is a private key: a private key must never be committed',
      ),
    })
    const body = pemBody(readFileSync(join(dir, 'keys', 'p256.pem'), 'utf8'))
    expect(JSON.stringify(e)).not.toContain(body.slice(30, 60))
  })

  it('refuses an inline private key at its JSON pointer, and never prints it', async () => {
    const dir = signedWorkspace()
    const cfg = readConfig(dir)
    const pem = readFileSync(join(dir, 'keys', 'ed.pem'), 'utf8')
    cfg.keys[1] = { id: 'ssot', algorithm: 'ed25519', publicKey: pem }
    writeConfigAndSign(dir, cfg)
    const e = await g2(dir)
    expect(e.status).toBe('error')
    expect(e.problems[0]).toMatchObject({
      file: 'ssot/security.json',
      pointer: '/keys/1/publicKey',
      found: 'a "-----BEGIN PRIVATE KEY-----" block (not shown)',
    })
    expect(JSON.stringify(e)).not.toContain(pemBody(pem).slice(16))
  })

  it('accepts an inline public key that starts with a new line, as Node does', async () => {
    const dir = signedWorkspace()
    const cfg = readConfig(dir)
    cfg.keys[0] = {
      id: 'release',
      algorithm: 'ecdsa-p256-sha256',
      publicKey: `\n${readFileSync(join(dir, 'keys', 'p256.pub'), 'utf8')}`,
    }
    writeConfigAndSign(dir, cfg)
    const e = await g2(dir)
    expect(e.status, problemText(e) + failing(e)).toBe('pass')
  })

  it('gives status error for a raw r||s P-256 signature, saying DER is expected', async () => {
    const dir = signedWorkspace()
    // openssl writes DER; convert to the 64-byte r||s form (IEEE P1363).
    const der = readFileSync(join(dir, 'sigbin', 'models__temp_max.onnx.sig'))
    const ints: Buffer[] = []
    for (let at = 2; at < der.length;) {
      const len = der[at + 1]!
      ints.push(der.subarray(at + 2, at + 2 + len))
      at += 2 + len
    }
    const raw = Buffer.concat(
      ints.map((i) =>
        Buffer.concat([Buffer.alloc(32), i.subarray(i.length > 32 ? i.length - 32 : 0)]).subarray(
          -32,
        ),
      ),
    )
    expect(raw).toHaveLength(64)
    writeFileSync(join(dir, 'models', 'temp_max.onnx.sig'), raw.toString('base64'))
    const e = await g2(dir)
    expect(e.status).toBe('error')
    expect(e.problems[0]).toMatchObject({
      file: 'models/temp_max.onnx.sig',
      message: expect.stringContaining('raw r||s, expected DER (as cosign writes)'),
    })
  })
})

describe('G2 trusted keys (the trusted-keys input pins keys by fingerprint)', () => {
  it("passes when every signing key is pinned; the fingerprint is openssl's sha256 of the DER public key", async () => {
    const dir = signedWorkspace()
    const pins = `${fingerprint(dir, 'p256.pub')}, ${fingerprint(dir, 'ed.pub').toUpperCase().replace('SHA256:', '')}`
    const e = await g2(dir, { options: { 'trusted-keys': pins } })
    expect(e.status, failing(e)).toBe('pass')
    expect(check(e, 'G2.trusted_keys')).toMatchObject({ status: 'pass', value: 0 })
    expect((e.report.manifest as { keyFingerprint: string }[])[0]!.keyFingerprint).toBe(
      fingerprint(dir, 'p256.pub'),
    )
  })

  it('fails signatures by a key that security.json lists but the workflow does not pin (a swapped key)', async () => {
    const dir = signedWorkspace()
    const pinned = fingerprint(dir, 'p256.pub')
    // A pull request swaps the release key and signs everything again with its own.
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
    writeConfigAndSign(dir, readConfig(dir))
    const e = await g2(dir, {
      options: { 'trusted-keys': `${pinned},${fingerprint(dir, 'ed.pub')}` },
    })
    expect(e.status).toBe('fail')
    expect(check(e, 'G2.signature.models/temp_max.onnx')).toMatchObject({
      status: 'fail',
      message: expect.stringContaining('valid signature, but key release (sha256:'),
    })
    expect(check(e, 'G2.trusted_keys')).toMatchObject({ status: 'fail', value: 1 })
    expect(check(e, 'G2.release_material.coverage')!.status).toBe('fail')
    expect(e.report.manifest).toEqual([expect.objectContaining({ path: 'ssot/model.json' })])
  })

  it('gives status error for a fingerprint that is not sha256 hex', async () => {
    const e = await g2(signedWorkspace(), { options: { 'trusted-keys': 'sha256:abc' } })
    expect(e.status).toBe('error')
    expect(problemText(e)).toMatch(/Invalid trusted-keys.*"sha256:abc"/)
  })
})

describe('G2 signatures over files larger than 2 GiB', () => {
  const BIG = 2 ** 31 + 128

  /** A .npy version 1.0 header padded to 128 bytes, as numpy writes it. */
  function npyHeader(shape: string): Buffer {
    const dict = `{'descr': '<f4', 'fortran_order': False, 'shape': ${shape}, }`
    const header = `${dict}${' '.repeat(128 - 10 - dict.length - 1)}\n`
    const prefix = Buffer.from([
      0x93,
      0x4e,
      0x55,
      0x4d,
      0x50,
      0x59,
      1,
      0,
      header.length & 0xff,
      header.length >> 8,
    ])
    return Buffer.concat([prefix, Buffer.from(header, 'latin1')])
  }

  it('verifies a P-256 signature by streaming, and records the digest in the manifest', async () => {
    let expected = ''
    const dir = signedWorkspace({
      extra: (d) => {
        // A float32 numpy array of zeros (plain data, so the model scan has nothing to object to), sparse on disk.
        const path = join(d, 'data', 'weights.npy')
        writeFileSync(path, npyHeader(`(${(BIG - 128) / 4},)`))
        truncateSync(path, BIG)
        expected = openssl('dgst', '-sha256', '-r', path).toString('utf8').split(' ')[0]!
        return [
          {
            path: 'data/weights.npy',
            signature: 'data/weights.npy.sig',
            keyId: 'release',
            role: 'weights',
          },
        ]
      },
    })
    const e = await g2(dir)
    rmSync(join(dir, 'data', 'weights.npy'))
    expect(e.status, problemText(e) + failing(e)).toBe('pass')
    expect(e.report.manifest).toContainEqual(
      expect.objectContaining({
        path: 'data/weights.npy',
        role: 'weights',
        bytes: BIG,
        sha256: expected,
      }),
    )
    expect(check(e, 'G2.model_scan.data/weights.npy')).toMatchObject({
      status: 'pass',
      message: 'numpy: not executable, nothing to scan',
    })
  })

  it('refuses Ed25519 over such a file with an error that names the limit, in G2 and in modelgate sign', async () => {
    const dir = signedWorkspace()
    writeFileSync(join(dir, 'data', 'weights.dat'), '')
    truncateSync(join(dir, 'data', 'weights.dat'), BIG)
    writeFileSync(join(dir, 'data', 'weights.dat.sig'), Buffer.alloc(64, 1).toString('base64'))
    const cfg = readConfig(dir)
    cfg.releaseMaterial.push({
      path: 'data/weights.dat',
      signature: 'data/weights.dat.sig',
      keyId: 'ssot',
    })
    writeFileSync(join(dir, 'ssot', 'security.json'), JSON.stringify(cfg))
    signWithOpenssl(dir, 'ssot/security.json', 'ssot/security.json.sig', 'release')
    const e = await g2(dir)
    expect(e.status).toBe('error')
    expect(e.problems[0]).toMatchObject({
      file: 'data/weights.dat',
      message: expect.stringContaining('Ed25519 (pure EdDSA) signs the whole file in one piece'),
      expected: 'at most 2147483647 bytes',
      found: `${BIG} bytes`,
    })
    let err = ''
    const code = await runCli(['sign', '--key', 'keys/ed.pem', 'data/weights.dat'], {
      cwd: dir,
      env: {},
      stdout: () => {},
      stderr: (t) => (err += t),
    })
    rmSync(join(dir, 'data', 'weights.dat'))
    expect(code).toBe(2)
    expect(err).toContain('at most 2147483647 bytes')
  })
})
