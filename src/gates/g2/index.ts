import { readFile } from 'node:fs/promises'
import { relative, sep } from 'node:path'
import { InputError } from '../../engine/errors.js'
import type { Gate, GateContext } from '../../engine/gate.js'
import { decideStatus, describeCounts } from '../../engine/outcome.js'
import type { Check, GateOutcome, SubjectFile } from '../../engine/types.js'
import { unreadableFile } from '../../io/file-errors.js'
import { parseJsonText } from '../../ssot/json-file.js'
import { DEFAULT_SCAN_POLICY, type ScanPolicy } from './model-scan.js'
import { verifyOmsBundle } from './oms.js'
import { scanAll, scanCheck, scanSummary, scanTable, scanTargets } from './scan-files.js'
import { decodeSignature, parsePublicKey, verifyBlob, type SignatureAlgorithm } from './signatures.js'
import { judgeFindings, parseReport, type AllowEntry, type JudgedFinding, type VulnPolicy } from './vulnerabilities.js'

/** ssot/security.json, as validated by ssot/schemas/security.schema.json. */
export interface SecurityConfig {
  keys: { id: string; algorithm: SignatureAlgorithm; publicKey?: string; publicKeyPath?: string }[]
  releaseMaterial?: { path: string; role?: string; signature: string; keyId: string }[]
  modelSignatures?: { bundle: string; modelPath: string; keyId: string; ignore?: string[]; allowExtraFiles?: boolean }[]
  vulnerabilities?: { reports?: string[]; maxSeverity?: VulnPolicy['maxSeverity']; unknownSeverity?: VulnPolicy['unknownSeverity']; allowlist?: AllowEntry[] }
  modelScan?: Partial<ScanPolicy>
}

/**
 * G2 Security Review: signatures over every piece of release material, the
 * team's vulnerability reports against the SSOT policy, and model files
 * scanned without loading them. The evidence carries a digest manifest of
 * the release material, bound to the model digest, for G5 and rollback.
 */
export const g2: Gate = {
  id: 'G2',
  async run(ctx: GateContext): Promise<GateOutcome> {
    const config = await ctx.ssot.json<SecurityConfig>('security.json', 'security')
    const securityFile = ctx.ssot.display('security.json')
    const read = async (path: string, what: string) => {
      const absolute = ctx.ssot.resolveRepoPath(path, what)
      try {
        return { absolute, display: ctx.workspace.display(absolute), data: await readFile(absolute) }
      } catch (error) {
        throw unreadableFile(error, ctx.workspace.display(absolute), what)
      }
    }
    const checks: Check[] = []
    const artifacts: SubjectFile[] = []

    // Keys
    const keys = new Map<string, { key: ReturnType<typeof parsePublicKey>; algorithm: SignatureAlgorithm }>()
    for (const [i, k] of config.keys.entries()) {
      const pem = k.publicKey ?? (await read(k.publicKeyPath!, `public key ${k.id}`)).data.toString('utf8')
      keys.set(k.id, { key: parsePublicKey(pem, k.algorithm, `${securityFile} at /keys/${i}`), algorithm: k.algorithm })
    }

    // Signatures and the manifest
    const manifest: { path: string; role: string; sha256: string; bytes: number; keyId: string }[] = []
    for (const [i, m] of (config.releaseMaterial ?? []).entries()) {
      const key = keys.get(m.keyId)
      if (!key) throw new InputError({ file: securityFile, pointer: `/releaseMaterial/${i}/keyId`, message: 'Unknown key id', expected: `one of ${[...keys.keys()].join(', ')}`, found: JSON.stringify(m.keyId) })
      const file = await read(m.path, `release material listed at /releaseMaterial/${i}`)
      const described = await ctx.describeFile(file.absolute, m.role ?? 'release-material')
      artifacts.push(described)
      manifest.push({ path: described.path, role: described.role, sha256: described.sha256, bytes: described.bytes, keyId: m.keyId })
      let sigText: string
      try {
        sigText = (await read(m.signature, `signature of ${m.path}`)).data.toString('utf8')
      } catch (error) {
        if ((error as InputError).problem?.message !== 'File not found') throw error
        checks.push({ id: `G2.signature.${described.path}`, rule: 'signature', variable: described.path, value: false, status: 'fail', severity: 'block', message: `no signature file ${m.signature}`, source: { file: securityFile, pointer: `/releaseMaterial/${i}` } })
        continue
      }
      const signature = decodeSignature(sigText, ctx.workspace.display(ctx.ssot.resolveRepoPath(m.signature, 'signature')))
      const ok = verifyBlob(file.data, signature, key.key, key.algorithm)
      checks.push({
        id: `G2.signature.${described.path}`,
        rule: 'signature',
        variable: described.path,
        value: ok,
        status: ok ? 'pass' : 'fail',
        severity: 'block',
        message: ok ? `valid ${key.algorithm} signature by key ${m.keyId}` : `the signature does not verify with key ${m.keyId} (${key.algorithm}): the file changed, or it was signed for another file or with another key`,
        source: { file: securityFile, pointer: `/releaseMaterial/${i}` },
        details: { sha256: described.sha256, keyId: m.keyId },
      })
    }

    // Coverage: the model and its model card must be signed, one way or the other.
    const model = await ctx.ssot.model().catch(() => undefined)
    const mustSign = [model?.paths.model, model?.paths.modelCard].filter((p): p is string => p !== undefined).map((p) => ctx.workspace.display(ctx.ssot.resolveRepoPath(p, 'release material')))
    const omsFolders = (config.modelSignatures ?? []).map((o) => `${ctx.workspace.display(ctx.ssot.resolveRepoPath(o.modelPath, 'signed model folder'))}/`)
    const uncovered = mustSign.filter((p) => !manifest.some((m) => m.path === p) && !omsFolders.some((f) => p.startsWith(f)))
    if (mustSign.length > 0) {
      checks.push({
        id: 'G2.release_material.coverage',
        rule: 'release_material_coverage',
        value: uncovered.length,
        operator: '<=',
        threshold: 0,
        unit: 'files',
        status: uncovered.length ? 'fail' : 'pass',
        severity: 'block',
        message: uncovered.length ? `not signed: ${uncovered.join(', ')} (list them in releaseMaterial or cover them with a modelSignatures bundle)` : `the model and model card are signed (${mustSign.join(', ')})`,
        source: { file: securityFile, pointer: '/releaseMaterial' },
      })
    }

    // OpenSSF model signing bundles
    for (const [i, o] of (config.modelSignatures ?? []).entries()) {
      const key = keys.get(o.keyId)
      if (!key) throw new InputError({ file: securityFile, pointer: `/modelSignatures/${i}/keyId`, message: 'Unknown key id', expected: `one of ${[...keys.keys()].join(', ')}`, found: JSON.stringify(o.keyId) })
      const bundle = await read(o.bundle, `OMS bundle listed at /modelSignatures/${i}`)
      const modelDir = ctx.ssot.resolveRepoPath(o.modelPath, 'signed model folder')
      const insideBundle = relative(modelDir, bundle.absolute)
      const ignore = [...(o.ignore ?? []), ...(insideBundle.startsWith('..') ? [] : [insideBundle.split(sep).join('/')])]
      const r = verifyOmsBundle(bundle.data.toString('utf8'), bundle.display, modelDir, key.key, key.algorithm, { ignore, allowExtraFiles: o.allowExtraFiles ?? false })
      artifacts.push(await ctx.describeFile(bundle.absolute, 'oms-bundle'))
      const problems = [
        ...(r.signatureValid ? [] : [`the envelope signature does not verify with key ${o.keyId}`]),
        ...(r.subjectDigestValid ? [] : ['the subject digest does not match the listed files']),
        ...r.missing.map((f) => `missing ${f}`),
        ...r.changed.map((f) => `changed ${f}`),
        ...r.extra.map((f) => `extra ${f} (not signed; list it in ignore or set allowExtraFiles)`),
      ]
      checks.push({
        id: `G2.oms.${i}`,
        rule: 'oms_signature',
        variable: ctx.workspace.display(modelDir),
        value: problems.length === 0,
        status: problems.length === 0 ? 'pass' : 'fail',
        severity: 'block',
        message: problems.length === 0 ? `OMS bundle verified: ${r.files} files, key ${o.keyId}` : problems.join('; '),
        source: { file: securityFile, pointer: `/modelSignatures/${i}` },
        details: { files: r.files, missing: r.missing, changed: r.changed, extra: r.extra },
      })
    }

    // Vulnerabilities
    const v = config.vulnerabilities ?? {}
    const policy: VulnPolicy = { maxSeverity: v.maxSeverity ?? 'medium', unknownSeverity: v.unknownSeverity ?? 'high', allowlist: v.allowlist ?? [] }
    const today = new Date().toISOString().slice(0, 10)
    let judged: JudgedFinding[] = []
    const unaudited: string[] = []
    for (const path of v.reports ?? []) {
      const report = await read(path, 'vulnerability report')
      const parsed = parseReport(parseJsonText(report.data.toString('utf8'), report.display), report.display)
      const findings = parsed.findings
      unaudited.push(...parsed.unaudited.map((u) => `${report.display}: ${u}`))
      artifacts.push(await ctx.describeFile(report.absolute, 'vulnerability-report'))
      judged = judged.concat(judgeFindings(findings, policy, today))
    }
    if ((v.reports ?? []).length > 0) {
      const blocking = judged.filter((f) => f.blocking)
      checks.push({ id: 'G2.vulnerabilities.max_severity', rule: 'max_severity', value: blocking.length, operator: '<=', threshold: 0, unit: 'findings', status: blocking.length ? 'fail' : 'pass', severity: 'block', message: blocking.length ? `${blocking.length} findings above ${policy.maxSeverity} without a valid allowlist entry: ${blocking.slice(0, 5).map((f) => `${f.id} (${f.effectiveSeverity}, ${f.package})`).join(', ')}` : `no finding above ${policy.maxSeverity} outside the allowlist (${judged.length} findings in all)`, source: { file: securityFile, pointer: '/vulnerabilities/maxSeverity' } })
      checks.push({ id: 'G2.vulnerabilities.audited', rule: 'dependencies_audited', value: unaudited.length, operator: '<=', threshold: 0, unit: 'dependencies', status: unaudited.length ? 'fail' : 'pass', severity: 'block', message: unaudited.length ? `the scanner skipped ${unaudited.length} dependencies, so "no findings" would mean nothing: ${unaudited.slice(0, 3).join('; ')}` : 'every dependency in the reports was audited' })
      const unknown = judged.filter((f) => f.severity === 'unknown').length
      if (unknown) checks.push({ id: 'G2.vulnerabilities.unknown_severity', rule: 'unknown_severity', value: unknown, unit: 'findings', status: 'pass', severity: 'block', message: `${unknown} findings have no severity; rated ${policy.unknownSeverity} (vulnerabilities.unknownSeverity)`, source: { file: securityFile, pointer: '/vulnerabilities/unknownSeverity' } })
    }
    const expired = policy.allowlist.filter((a) => a.expires < today)
    if (policy.allowlist.length > 0) {
      checks.push({ id: 'G2.vulnerabilities.allowlist_expiry', rule: 'allowlist_expiry', value: expired.length, operator: '<=', threshold: 0, unit: 'entries', status: expired.length ? 'fail' : 'pass', severity: 'block', message: expired.length ? `expired allowlist entries: ${expired.map((a) => `${a.id} (expired ${a.expires}, owner ${a.owner})`).join(', ')}` : 'every allowlist entry is current', source: { file: securityFile, pointer: '/vulnerabilities/allowlist' } })
    }

    // Model files: the model, all release material and every file of each OMS-signed folder, recognised by content.
    const scanPolicy: ScanPolicy = { ...DEFAULT_SCAN_POLICY, ...config.modelScan }
    const modelFile = ctx.inputs.model ? ctx.workspace.resolve(ctx.inputs.model, 'model') : model ? ctx.ssot.resolveRepoPath(model.paths.model, 'model') : undefined
    const targets = scanTargets(
      modelFile,
      (config.releaseMaterial ?? []).map((m) => ctx.ssot.resolveRepoPath(m.path, 'release material')),
      (config.modelSignatures ?? []).map((o) => ctx.ssot.resolveRepoPath(o.modelPath, 'signed model folder')),
      (absolute) => ctx.workspace.display(absolute),
    )
    const scans = await scanAll(targets, scanPolicy)
    for (const [i, scan] of scans.entries()) checks.push(scanCheck(scan, scanPolicy, targets[i]!.origin))
    const subjectModel = ctx.inputs.model ? ctx.workspace.resolve(ctx.inputs.model, 'model') : model ? ctx.ssot.resolveRepoPath(model.paths.model, 'model') : undefined
    const status = decideStatus(checks, 0)
    return {
      status,
      summary: `${manifest.length} signed artifacts, ${judged.length} vulnerability findings, ${scanSummary(scans)}; ${describeCounts(checks)}`,
      subject: { ...(subjectModel ? { model: await ctx.describeFile(subjectModel, 'model') } : {}), data: [], artifacts },
      checks,
      problems: [],
      report: {
        ...(model ? { model: { name: model.name, version: model.version ?? null } } : {}),
        manifest,
        tables: [
          { title: 'Release manifest', columns: ['path', 'role', 'sha256', 'bytes', 'key'], rows: manifest.map((m) => [m.path, m.role, m.sha256, m.bytes, m.keyId]) },
          { title: 'Vulnerability findings', columns: ['id', 'severity', 'rated', 'package', 'version', 'fixed in', 'allowlist', 'source'], rows: judged.map((f) => [f.id, f.severity, f.effectiveSeverity, f.package, f.version, f.fixedVersions.join(', '), f.allowed, f.source]) },
          scanTable(scans),
        ],
      },
    }
  },
}
