import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LocalRegistry } from '../../src/registry/local.js'
import { sha256Hex } from '../../src/contract/canonical-json.js'
import type { EvidenceRecord } from '../../src/contract/types.js'
import { chainExitCode, verifyChain, type BundleFile } from '../../src/registry/chain.js'
import { readBundle, renderingsOf } from '../../src/registry/bundle.js'
import { verifyLocalVersion } from '../../src/verify/verify.js'
import { makeWorkspace, releaseVersion } from './release-fixture.js'

let dir: string
let registry: LocalRegistry
const at = new Date('2026-11-20T10:00:00Z')
const actor = { login: 'ana-ml' }
const ref = { model: 'seattle-ny-temp-max', version: '1.0.0' }

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mg-verify-'))
  registry = new LocalRegistry({ root: join(dir, 'registry'), now: () => at })
  const ws = makeWorkspace(join(dir, 'ws'), '1.0.0', 'onnx bytes of 1.0.0')
  await releaseVersion(registry, ws, { mode: 'local' }, at, actor)
  await registry.promote(ref, actor)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('modelgate verify', () => {
  it('passes every link of an intact release, one verdict per link', async () => {
    const v = (await registry.version(ref))!
    const verdicts = await verifyLocalVersion(registry, v, { dataRoot: join(dir, 'ws') })
    const failed = verdicts.filter((x) => x.status === 'fail')
    expect(failed).toEqual([])
    const links = verdicts.map((x) => x.link)
    for (const l of [
      'version',
      'model',
      'evidence G0.evidence.json',
      'subject G5',
      'data data/holdout.csv',
      'manifest model',
      'manifest models/temp_max.onnx',
      'manifest MODEL_CARD.md',
      'manifest manifest.json',
      'approvals',
      'chain G5 -> G0',
      'chain G5 -> G4',
      'report G5.html',
      'report G1.md',
    ])
      expect(links).toContain(l)
    expect(verdicts.find((x) => x.link === 'data data/holdout.csv')?.status).toBe('pass')
  })

  it('detects a file of the released version deleted from the bundle (the model card, the manifest copy)', async () => {
    const bundle = await readBundle(registry.folderOf(ref))
    for (const name of ['MODEL_CARD.md', 'manifest.json']) {
      expect(bundle.some((f) => f.name === name)).toBe(true)
      const verdicts = verifyChain(bundle.filter((f) => f.name !== name))
      expect(chainExitCode(verdicts), name).toBe(1)
      expect(verdicts.find((v) => v.status === 'fail')?.link).toBe(`release file ${name}`)
    }
  })

  it('detects every single-byte flip and every single JSON field change across the bundle', async () => {
    // The bundle as a downloaded release is checked: the files only, no registry digests.
    const bundle = await readBundle(registry.folderOf(ref))
    const memo = new Map<string, ReturnType<typeof renderingsOf>>()
    const render = (e: EvidenceRecord) => {
      if (!memo.has(e.digest.value)) memo.set(e.digest.value, renderingsOf(e))
      return memo.get(e.digest.value)
    }
    expect(chainExitCode(verifyChain(bundle, { render }))).toBe(0)
    let mutations = 0
    const missed: string[] = []
    const check = (index: number, bytes: Buffer, label: string) => {
      mutations++
      const f = bundle[index]!
      const mutated: BundleFile = {
        name: f.name,
        sha256: sha256Hex(bytes),
        bytes: bytes.length,
        ...(f.text !== undefined ? { text: bytes.toString('utf8') } : {}),
      }
      const files = bundle.map((x, i) => (i === index ? mutated : x))
      if (chainExitCode(verifyChain(files, { render })) === 0) missed.push(label)
    }
    const folder = registry.folderOf(ref)
    for (const [index, f] of bundle.entries()) {
      const original = readFileSync(join(folder, f.name))
      // Every byte of small files, about 150 spread positions of larger ones.
      const step = Math.max(1, Math.floor(original.length / 150))
      for (let i = 0; i < original.length; i += step) {
        const mutated = Buffer.from(original)
        mutated[i] = mutated[i]! ^ 0x01
        check(index, mutated, `${f.name} byte ${i}`)
      }
      if (f.name.endsWith('.json'))
        for (const pointer of leaves(JSON.parse(original.toString('utf8')))) {
          const value = JSON.parse(original.toString('utf8'))
          mutateLeaf(value, pointer)
          check(
            index,
            Buffer.from(JSON.stringify(value, null, 2)),
            `${f.name} ${pointer.join('/')}`,
          )
        }
    }
    expect(missed).toEqual([])
    expect(mutations).toBeGreaterThan(2000)
  })
})

type Path = (string | number)[]
function leaves(value: unknown, path: Path = []): Path[] {
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) =>
      leaves(v, [...path, Array.isArray(value) ? Number(k) : k]),
    )
  return [path]
}
function mutateLeaf(root: unknown, path: Path): void {
  let node = root as Record<string | number, unknown>
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>
  const key = path.at(-1)!
  const v = node[key]
  node[key] =
    typeof v === 'string'
      ? `${v}x`
      : typeof v === 'number'
        ? v + 1
        : typeof v === 'boolean'
          ? !v
          : v === null
            ? 0
            : 'changed'
}
