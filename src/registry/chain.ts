import { canonicalize, sha256Hex } from '../contract/canonical-json.js'
import type { EvidenceRecord, GateId, GateStatus } from '../contract/types.js'
import { verifyEvidenceRecord } from './evidence.js'

/**
 * The release chain, checked without I/O: the G5 gate (which judges it before
 * promoting), `modelgate verify` (offline, after the fact) and `modelgate
 * rollback` (before returning to a version) call the same functions on the
 * files a version holds. Each link yields one verdict.
 *
 * The chain of a released version:
 *   modelgate-version.json  names the model file and its sha256 (written by `modelgate candidate`)
 *   <model file>            recomputed: must have that sha256
 *   <GATE>.evidence.json    schema-valid, digest recomputed over its canonical JSON
 *   subject of each gate    the model sha256 it names is the version's
 *   data                    one data file path has one digest across the gates
 *   G2 report.manifest      each listed file the version holds has that digest; its model entry is the version's model
 *   G3                      its approvals are inside its digest; it must pass
 *   G5 report.chain         names the digest of each G0..G4 evidence held (see `chainReferences`)
 *   G5 report.version       holds modelgate-version.json as G5 read it (see `releaseReport`)
 *   <GATE>.md, .html        re-rendered from the evidence and compared (when the same modelgate wrote them)
 */

export const VERSION_FILE = 'modelgate-version.json'
export const MANIFEST_FILE = 'manifest.json'
/** Gates whose evidence G5 requires, in order; G4 may be declared not required by ssot/. */
export const CHAIN_GATES = ['G0', 'G1', 'G2', 'G3', 'G4'] as const satisfies readonly GateId[]

/** What `modelgate candidate` writes beside the model: the anchor of the chain. */
export interface VersionDescriptor {
  schemaVersion: 1
  model: string
  version: string
  /** File name of the model inside the version. */
  modelFile: string
  modelDigest: string
  owner: { name: string; email?: string; github?: string }
  registeredAt: string
}

/** One reference of G5's `report.chain`: what G5 judged, so later edits to any evidence show. */
export interface ChainReference {
  gate: GateId
  required: boolean
  /** The evidence digest G5 read, or null when the gate is not required and there was none. */
  digest: string | null
  status: GateStatus | null
  modelDigest: string | null
}

/** A file of a version, its bytes digested by the caller; `text` for JSON, markdown and HTML files. */
export interface BundleFile {
  name: string
  sha256: string
  bytes: number
  text?: string
}

type LinkStatus = 'pass' | 'fail' | 'skipped'

export interface LinkVerdict {
  link: string
  status: LinkStatus
  message: string
  expected?: string
  found?: string
}

export interface ChainOptions {
  /**
   * The renderings the evidence writer may have produced for a gate's reports
   * (with and without the run link); undefined when this build cannot
   * reproduce them (another modelgate version). Omitted: reports are not checked.
   */
  render?: (evidence: EvidenceRecord) => { markdown: string; html: string }[] | undefined
  /** Digests a registry recorded for the files (local index, release asset digests): each must match. */
  recorded?: { name: string; sha256: string }[]
  /** Data files available to recompute (path as in the evidence subject → sha256). */
  data?: Map<string, string>
  /** Require G5 (a released version); false for a candidate. */
  requireG5?: boolean
}

/** The references G5 records in `report.chain` for the evidence it judged. */
export function chainReferences(
  records: Partial<Record<GateId, EvidenceRecord>>,
  required: readonly GateId[] = CHAIN_GATES,
): ChainReference[] {
  return CHAIN_GATES.map((gate) => {
    const r = records[gate]
    return {
      gate,
      required: required.includes(gate),
      digest: r?.digest.value ?? null,
      status: r?.status ?? null,
      modelDigest: r?.subject.model?.sha256 ?? null,
    }
  })
}

/**
 * What G5 records in its evidence `report` about the release it judged, so
 * that `modelgate verify` can tie every file back to it: `chain` (the
 * evidence digests of G0..G4) and `version` (modelgate-version.json).
 */
export function releaseReport(
  records: Partial<Record<GateId, EvidenceRecord>>,
  descriptor: VersionDescriptor,
  required: readonly GateId[] = CHAIN_GATES,
): { chain: ChainReference[]; version: VersionDescriptor } {
  return { chain: chainReferences(records, required), version: descriptor }
}

const pass = (link: string, message: string): LinkVerdict => ({ link, status: 'pass', message })
const fail = (link: string, message: string, expected?: string, found?: string): LinkVerdict => ({
  link,
  status: 'fail',
  message,
  ...(expected !== undefined ? { expected } : {}),
  ...(found !== undefined ? { found } : {}),
})

function parseJson(file: BundleFile): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(file.text ?? '') }
  } catch (error) {
    return { ok: false, error: (error as Error).message }
  }
}

/** Reads the evidence files of a bundle: verified records by gate, and one verdict per file. */
function readEvidenceSet(files: BundleFile[]): {
  records: Partial<Record<GateId, EvidenceRecord>>
  verdicts: LinkVerdict[]
} {
  const records: Partial<Record<GateId, EvidenceRecord>> = {}
  const verdicts: LinkVerdict[] = []
  for (const f of files.filter((x) => x.name.endsWith('.evidence.json'))) {
    const link = `evidence ${f.name}`
    const parsed = parseJson(f)
    if (!parsed.ok) {
      verdicts.push(fail(link, 'not JSON', 'an evidence record', parsed.error))
      continue
    }
    const check = verifyEvidenceRecord(parsed.value, f.name)
    if (!check.ok) {
      verdicts.push(fail(link, check.problems.join('; ')))
      continue
    }
    const gate = check.record.gate
    if (`${gate}.evidence.json` !== f.name) {
      verdicts.push(fail(link, 'the file holds the evidence of another gate', f.name, gate))
      continue
    }
    records[gate] = check.record
    verdicts.push(
      pass(link, `${gate} ${check.record.status}, digest ${check.record.digest.value} recomputed`),
    )
  }
  return { records, verdicts }
}

/** Every evidence names the same model digest (gates that judge no model are skipped), and data paths agree. */
function checkSubjects(
  records: Partial<Record<GateId, EvidenceRecord>>,
  modelDigest: string,
  data?: Map<string, string>,
): LinkVerdict[] {
  const out: LinkVerdict[] = []
  const seen = new Map<string, { sha256: string; gate: string }>()
  for (const [gate, r] of Object.entries(records)) {
    const m = r.subject.model
    if (!m)
      out.push({ link: `subject ${gate}`, status: 'skipped', message: 'judges no model file' })
    else if (m.sha256 !== modelDigest)
      out.push(
        fail(`subject ${gate}`, 'the evidence is about another model', modelDigest, m.sha256),
      )
    else out.push(pass(`subject ${gate}`, `model ${m.sha256}`))
    for (const d of r.subject.data) {
      const link = `data ${d.path}`
      const before = seen.get(d.path)
      if (before && before.sha256 !== d.sha256)
        out.push(
          fail(link, `${gate} judged other bytes than ${before.gate}`, before.sha256, d.sha256),
        )
      else if (!before) {
        seen.set(d.path, { sha256: d.sha256, gate })
        const actual = data?.get(d.path)
        if (actual === undefined)
          out.push({
            link,
            status: 'skipped',
            message: `${gate} recorded ${d.sha256}; give the folder that holds it (--workspace DIR) to recompute`,
          })
        else if (actual !== d.sha256)
          out.push(fail(link, 'the data file changed', d.sha256, actual))
        else out.push(pass(link, `recomputed ${actual}`))
      }
    }
  }
  return out
}

interface ManifestEntryLike {
  path: string
  role: string
  sha256: string
}

/** G2's manifest against the files the version holds (matched by file name), and its model entry against the version's model. */
export function checkManifest(
  g2: EvidenceRecord | undefined,
  files: BundleFile[],
  modelDigest: string,
): LinkVerdict[] {
  if (!g2) return [fail('manifest', 'no G2 evidence, so no manifest', 'G2.evidence.json')]
  const manifest = g2.report.manifest as ManifestEntryLike[] | undefined
  if (!Array.isArray(manifest) || manifest.length === 0)
    return [fail('manifest', 'G2 recorded no manifest', 'report.manifest in G2.evidence.json')]
  const out: LinkVerdict[] = []
  const model = manifest.find((m) => m.role === 'model')
  out.push(
    model?.sha256 === modelDigest
      ? pass('manifest model', `G2 signed the model ${modelDigest}`)
      : fail(
          'manifest model',
          'G2 signed another model',
          modelDigest,
          model?.sha256 ?? 'no model entry',
        ),
  )
  const byName = new Map(files.map((f) => [f.name, f]))
  for (const m of manifest) {
    const name = m.path.split('/').at(-1)!
    const held = byName.get(name)
    if (!held) continue
    out.push(
      held.sha256 === m.sha256
        ? pass(`manifest ${m.path}`, `${name} recomputed ${held.sha256}`)
        : fail(
            `manifest ${m.path}`,
            `${name} is not the file G2 vouched for`,
            m.sha256,
            held.sha256,
          ),
    )
  }
  const copy = byName.get(MANIFEST_FILE)
  if (copy) {
    const parsed = parseJson(copy)
    const same = parsed.ok && canonicalize(parsed.value) === canonicalize(manifest)
    out.push(
      same
        ? pass(`manifest ${MANIFEST_FILE}`, 'equals the manifest inside the G2 evidence')
        : fail(`manifest ${MANIFEST_FILE}`, 'differs from the manifest inside the G2 evidence'),
    )
  }
  return out
}

/** G5's references to G0..G4 against the evidence held; each required gate passed. */
function checkG5Chain(records: Partial<Record<GateId, EvidenceRecord>>): LinkVerdict[] {
  const g5 = records.G5
  if (!g5)
    return [fail('chain G5', 'no G5 evidence: the version was never released', 'G5.evidence.json')]
  if (g5.status !== 'pass') return [fail('chain G5', 'G5 did not pass', 'pass', g5.status)]
  const refs = g5.report.chain as ChainReference[] | undefined
  if (!Array.isArray(refs))
    return [fail('chain G5', 'G5 names no chain', 'report.chain in G5.evidence.json')]
  const out: LinkVerdict[] = []
  for (const gate of CHAIN_GATES) {
    const ref = refs.find((r) => r.gate === gate)
    const held = records[gate]
    const link = `chain G5 -> ${gate}`
    if (!ref) out.push(fail(link, `G5 does not reference ${gate}`))
    else if (!ref.required && ref.digest === null)
      out.push({ link, status: 'skipped', message: `${gate} not required by ssot/ when G5 ran` })
    else if (!held)
      out.push(
        fail(
          link,
          `G5 judged ${gate} evidence this version does not hold`,
          `${gate}.evidence.json`,
        ),
      )
    else if (held.digest.value !== ref.digest)
      out.push(
        fail(
          link,
          `the ${gate} evidence is not the one G5 judged`,
          String(ref.digest),
          held.digest.value,
        ),
      )
    else if (held.status !== 'pass')
      out.push(fail(link, `${gate} did not pass`, 'pass', held.status))
    else out.push(pass(link, `digest ${held.digest.value}`))
  }
  return out
}

/** G3's approvals: inside the G3 digest (checked with the evidence); here: it passed and names approvals. */
function checkApprovals(records: Partial<Record<GateId, EvidenceRecord>>): LinkVerdict[] {
  const g3 = records.G3
  if (!g3) return [fail('approvals', 'no G3 evidence', 'G3.evidence.json')]
  if (g3.status !== 'pass') return [fail('approvals', 'G3 did not pass', 'pass', g3.status)]
  const approvals = g3.report.approvals
  const n = Array.isArray(approvals) ? approvals.length : undefined
  return [
    pass(
      'approvals',
      `G3 passed${n !== undefined ? ` with ${n} approvals` : ''}, covered by its digest`,
    ),
  ]
}

/** Every link of a version's chain, from its files. */
export function verifyChain(files: BundleFile[], options: ChainOptions = {}): LinkVerdict[] {
  const out: LinkVerdict[] = []
  const byName = new Map(files.map((f) => [f.name, f]))
  for (const r of options.recorded ?? []) {
    const f = byName.get(r.name)
    if (!f)
      out.push(
        fail(
          `file ${r.name}`,
          'the registry lists a file the version no longer holds',
          r.sha256,
          'no file',
        ),
      )
    else if (f.sha256 !== r.sha256)
      out.push(
        fail(
          `file ${r.name}`,
          'the file differs from what the registry recorded',
          r.sha256,
          f.sha256,
        ),
      )
  }
  const vfile = byName.get(VERSION_FILE)
  const parsed = vfile ? parseJson(vfile) : undefined
  const descriptor = parsed?.ok ? (parsed.value as VersionDescriptor) : undefined
  if (
    !descriptor ||
    typeof descriptor.modelDigest !== 'string' ||
    typeof descriptor.modelFile !== 'string'
  ) {
    out.push(
      fail(
        'version',
        `${VERSION_FILE} is missing or unreadable`,
        'the file modelgate candidate writes',
      ),
    )
    return out
  }
  out.push(
    pass('version', `${descriptor.model} ${descriptor.version}, model ${descriptor.modelDigest}`),
  )
  const model = byName.get(descriptor.modelFile)
  out.push(
    !model
      ? fail('model', 'the model file is missing', descriptor.modelFile)
      : model.sha256 === descriptor.modelDigest
        ? pass('model', `${model.name} recomputed ${model.sha256}`)
        : fail('model', `${model.name} changed`, descriptor.modelDigest, model.sha256),
  )
  const { records, verdicts } = readEvidenceSet(files)
  out.push(...verdicts)
  out.push(...checkSubjects(records, descriptor.modelDigest, options.data))
  out.push(...checkManifest(records.G2, files, descriptor.modelDigest))
  if (options.requireG5 !== false || records.G5) {
    out.push(...checkApprovals(records))
    out.push(...checkG5Chain(records))
  }
  if (records.G5)
    out.push(
      canonicalize(records.G5.report.version ?? null) === canonicalize(descriptor)
        ? pass('version G5', `${VERSION_FILE} is the one G5 released`)
        : fail(
            'version G5',
            `${VERSION_FILE} differs from the one G5 released`,
            'report.version in G5.evidence.json',
          ),
    )
  // Every file the version held when G5 judged it (its subject), still there with those bytes: a deletion shows.
  for (const a of records.G5?.subject.artifacts ?? []) {
    const name = a.path.slice(a.path.indexOf('/') + 1)
    const f = byName.get(name)
    if (!f || f.sha256 !== a.sha256)
      out.push(
        fail(`release file ${name}`, 'not the file G5 released', a.sha256, f?.sha256 ?? 'no file'),
      )
  }
  if (options.render) out.push(...checkReports(files, records, options.render))
  return out
}

function checkReports(
  files: BundleFile[],
  records: Partial<Record<GateId, EvidenceRecord>>,
  render: NonNullable<ChainOptions['render']>,
): LinkVerdict[] {
  const out: LinkVerdict[] = []
  for (const f of files) {
    const m = /^(.+)\.(md|html)$/.exec(f.name)
    if (!m || f.name === 'MODEL_CARD.md') continue
    const record = records[m[1] as GateId]
    const link = `report ${f.name}`
    if (!record) {
      if (files.some((x) => x.name === `${m[1]}.evidence.json`))
        out.push(fail(link, 'its evidence does not verify'))
      continue
    }
    const rendered = render(record)
    if (!rendered) {
      out.push({
        link,
        status: 'skipped',
        message: `written by modelgate ${record.tool.version}; not re-rendered`,
      })
      continue
    }
    const candidates = rendered.map((r) => (m[2] === 'md' ? r.markdown : r.html))
    out.push(
      candidates.includes(f.text ?? '')
        ? pass(link, 're-rendered from the evidence: identical')
        : fail(
            link,
            'differs from a rendering of its evidence',
            sha256Hex(candidates[0] ?? ''),
            f.sha256,
          ),
    )
  }
  return out
}

/** The verdict of a whole chain: 0 every link passes or is skipped, 1 some link fails. */
export function chainExitCode(verdicts: LinkVerdict[]): 0 | 1 {
  return verdicts.some((v) => v.status === 'fail') ? 1 : 0
}
