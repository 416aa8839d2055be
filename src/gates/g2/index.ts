import { readFile } from 'node:fs/promises'
import type { Gate, GateContext } from '../../engine/gate.js'
import { decideStatus, describeCounts } from '../../engine/outcome.js'
import type { Check, GateOutcome, SubjectFile } from '../../contract/types.js'
import { unreadableFile } from '../../io/file-errors.js'
import { coverageCheck, requiredMaterial, subjectModelCheck } from './signing/coverage.js'
import {
  loadKeys,
  parseTrustedKeys,
  trustedKeysCheck,
  TRUSTED_KEYS_OPTION,
  type KeyConfig,
} from '../../signing/keys.js'
import { buildManifest } from './signing/manifest.js'
import { DEFAULT_SCAN_POLICY, type ScanPolicy } from './model-scan/model-scan.js'
import {
  verifySignatures,
  type ModelSignatureConfig,
  type ReleaseMaterialConfig,
} from './signing/release-signatures.js'
import { scanAll, scanCheck, scanSummary, scanTable, scanTargets } from './model-scan/scan-files.js'
import {
  findingsTable,
  judgeVulnerabilities,
  type VulnerabilityConfig,
} from './vulnerabilities/checks.js'

/** ssot/security.json, as validated by ssot/schemas/security.schema.json. */
interface SecurityConfig {
  keys: KeyConfig[]
  releaseMaterial?: ReleaseMaterialConfig[]
  modelSignatures?: ModelSignatureConfig[]
  vulnerabilities?: VulnerabilityConfig
  modelScan?: Partial<ScanPolicy>
}

/**
 * G2 Security Review: signatures over every piece of release material (the
 * model, the model card, the SSOT snapshot), the team's vulnerability reports
 * against the SSOT policy, and model files scanned without loading them. The
 * evidence subject is the signed model, and the evidence carries a digest
 * manifest of what the signatures vouch for, for G5 and rollback.
 */
export const g2: Gate = {
  id: 'G2',
  options: {
    [TRUSTED_KEYS_OPTION]:
      'fingerprints (sha256:<hex> of the DER public key) of the keys in ssot/security.json whose signatures count; the trusted-keys input sets it',
  },
  async run(ctx: GateContext): Promise<GateOutcome> {
    const config = await ctx.ssot.json<SecurityConfig>('security.json', 'security')
    const securityFile = ctx.ssot.display('security.json')
    const model = await ctx.ssot.model()
    const checks: Check[] = []

    // Keys, pinned by the workflow's trusted-keys when it sets them
    const pins = parseTrustedKeys(ctx.inputs.options[TRUSTED_KEYS_OPTION])
    const keys = await loadKeys(config.keys, securityFile, pins, async (path, what) => {
      const absolute = ctx.ssot.resolveRepoPath(path, what)
      const display = ctx.workspace.display(absolute)
      try {
        return { text: await readFile(absolute, 'utf8'), display }
      } catch (error) {
        throw unreadableFile(error, display, `a PEM ${what}`)
      }
    })

    // Signatures and OMS bundles; only verified ones by trusted keys vouch for files
    const signed = await verifySignatures(
      ctx,
      config.releaseMaterial ?? [],
      config.modelSignatures ?? [],
      keys,
      securityFile,
    )
    checks.push(...signed.checks)

    // Coverage: the subject model, the model card and the SSOT snapshot, by digest
    const subjectModel = ctx.inputs.model
      ? ctx.workspace.resolve(ctx.inputs.model, 'model')
      : ctx.ssot.resolveRepoPath(model.paths.model, 'model')
    const subject = await ctx.describeFile(subjectModel, 'model')
    const material = await requiredMaterial(ctx, model, subjectModel, signed.signatureFiles)
    checks.push(coverageCheck(material, signed.vouched, securityFile))
    checks.push(subjectModelCheck(subject, signed.vouched, ctx.inputs.model !== undefined))
    checks.push(trustedKeysCheck(keys, pins, signed.usedKeyIds, securityFile))
    const manifest = buildManifest(signed.vouched, material.required)

    // Vulnerabilities
    const vulns = await judgeVulnerabilities(
      ctx,
      config.vulnerabilities ?? {},
      securityFile,
      new Date().toISOString().slice(0, 10),
    )
    checks.push(...vulns.checks)

    // Model files: the model, all release material and every file of each OMS-signed folder, recognised by content.
    const scanPolicy: ScanPolicy = { ...DEFAULT_SCAN_POLICY, ...config.modelScan }
    const targets = await scanTargets(
      subjectModel,
      (config.releaseMaterial ?? []).map((m) =>
        ctx.ssot.resolveRepoPath(m.path, 'release material'),
      ),
      (config.modelSignatures ?? []).map((o) =>
        ctx.ssot.resolveRepoPath(o.modelPath, 'signed model folder'),
      ),
      (absolute) => ctx.workspace.display(absolute),
    )
    const scans = await scanAll(targets, scanPolicy)
    for (const [i, scan] of scans.entries())
      checks.push(scanCheck(scan, scanPolicy, targets[i]!.origin))
    const status = decideStatus(checks, 0)
    const artifacts: SubjectFile[] = [
      ...manifest.map((m) => ({ role: m.role, path: m.path, sha256: m.sha256, bytes: m.bytes })),
      ...(await Promise.all(signed.bundles.map((b) => ctx.describeFile(b, 'oms-bundle')))),
      ...vulns.reports,
    ]
    return {
      status,
      summary: `${manifest.length} signed artifacts, ${vulns.judged.filter((f) => !f.suppressed).length} vulnerability findings, ${scanSummary(scans)}; ${describeCounts(checks)}`,
      subject: { model: subject, data: [], artifacts },
      checks,
      problems: [],
      report: {
        model: { name: model.name, version: model.version ?? null },
        manifest,
        tables: [
          {
            title: 'Release manifest',
            columns: ['path', 'role', 'sha256', 'bytes', 'key', 'signed by'],
            rows: manifest.map((m) => [
              m.path,
              m.role,
              m.sha256,
              m.bytes,
              `${m.keyId} (${m.keyFingerprint})`,
              m.signature,
            ]),
          },
          findingsTable(vulns.judged),
          scanTable(scans),
        ],
      },
    }
  },
}
