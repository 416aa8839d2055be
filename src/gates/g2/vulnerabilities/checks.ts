import { readFile } from 'node:fs/promises'
import type { GateContext } from '../../../engine/gate.js'
import type { Check, SubjectFile } from '../../../contract/types.js'
import { unreadableFile } from '../../../io/file-errors.js'
import { parseJsonText } from '../../../ssot/json-file.js'
import {
  assertCalendarDates,
  judgeFindings,
  parseReport,
  type AllowEntry,
  type JudgedFinding,
  type VulnPolicy,
} from './reports.js'

export interface VulnerabilityConfig {
  reports?: string[]
  maxSeverity?: VulnPolicy['maxSeverity']
  unknownSeverity?: VulnPolicy['unknownSeverity']
  allowlist?: AllowEntry[]
}

export interface VulnerabilityOutcome {
  checks: Check[]
  judged: JudgedFinding[]
  reports: SubjectFile[]
}

/**
 * Reads the team's scanner reports and judges them against the SSOT policy:
 * the highest allowed severity, the rating of unrated findings, and the
 * allowlist (whose expired entries fail).
 */
export async function judgeVulnerabilities(
  ctx: GateContext,
  v: VulnerabilityConfig,
  securityFile: string,
  today: string,
): Promise<VulnerabilityOutcome> {
  const policy: VulnPolicy = {
    maxSeverity: v.maxSeverity ?? 'medium',
    unknownSeverity: v.unknownSeverity ?? 'high',
    allowlist: v.allowlist ?? [],
  }
  assertCalendarDates(policy.allowlist, securityFile, '/vulnerabilities/allowlist')
  const checks: Check[] = []
  const reports: SubjectFile[] = []
  let judged: JudgedFinding[] = []
  const unaudited: string[] = []
  for (const path of v.reports ?? []) {
    const absolute = ctx.ssot.resolveRepoPath(path, 'vulnerability report')
    const display = ctx.workspace.display(absolute)
    let text: string
    try {
      text = await readFile(absolute, 'utf8')
    } catch (error) {
      throw unreadableFile(error, display, 'a vulnerability report')
    }
    const parsed = parseReport(parseJsonText(text, display), display)
    unaudited.push(...parsed.unaudited.map((u) => `${display}: ${u}`))
    reports.push(await ctx.describeFile(absolute, 'vulnerability-report'))
    judged = judged.concat(judgeFindings(parsed.findings, policy, today))
  }
  if ((v.reports ?? []).length > 0) {
    const blocking = judged.filter((f) => f.blocking)
    const counted = judged.filter((f) => f.allowed !== 'suppressed')
    const suppressed = judged.length - counted.length
    const suppressedNote = suppressed
      ? `; ${suppressed} more the reports mark as not failures or suppressed`
      : ''
    checks.push({
      id: 'G2.vulnerabilities.max_severity',
      rule: 'max_severity',
      value: blocking.length,
      operator: '<=',
      threshold: 0,
      unit: 'findings',
      status: blocking.length ? 'fail' : 'pass',
      severity: 'block',
      message: blocking.length
        ? `${blocking.length} findings above ${policy.maxSeverity} without a valid allowlist entry: ${blocking
            .slice(0, 5)
            .map((f) => `${f.id} (${f.effectiveSeverity}, ${f.package || 'no package'})`)
            .join(', ')}${suppressedNote}`
        : `no finding above ${policy.maxSeverity} outside the allowlist (${counted.length} findings in all${suppressedNote})`,
      source: { file: securityFile, pointer: '/vulnerabilities/maxSeverity' },
      details: { findings: counted.length, suppressed },
    })
    checks.push({
      id: 'G2.vulnerabilities.audited',
      rule: 'dependencies_audited',
      value: unaudited.length,
      operator: '<=',
      threshold: 0,
      unit: 'dependencies',
      status: unaudited.length ? 'fail' : 'pass',
      severity: 'block',
      message: unaudited.length
        ? `the scanner skipped ${unaudited.length} dependencies, so "no findings" would mean nothing: ${unaudited.slice(0, 3).join('; ')}`
        : 'every dependency in the reports was audited',
    })
    const unknown = counted.filter((f) => f.severity === 'unknown').length
    if (unknown)
      checks.push({
        id: 'G2.vulnerabilities.unknown_severity',
        rule: 'unknown_severity',
        value: unknown,
        unit: 'findings',
        status: 'pass',
        severity: 'block',
        message: `${unknown} findings have no severity; rated ${policy.unknownSeverity} (vulnerabilities.unknownSeverity)`,
        source: { file: securityFile, pointer: '/vulnerabilities/unknownSeverity' },
      })
  }
  const expired = policy.allowlist.filter((a) => a.expires < today)
  if (policy.allowlist.length > 0) {
    checks.push({
      id: 'G2.vulnerabilities.allowlist_expiry',
      rule: 'allowlist_expiry',
      value: expired.length,
      operator: '<=',
      threshold: 0,
      unit: 'entries',
      status: expired.length ? 'fail' : 'pass',
      severity: 'block',
      message: expired.length
        ? `expired allowlist entries: ${expired.map((a) => `${a.id} (expired ${a.expires}, owner ${a.owner})`).join(', ')}`
        : 'every allowlist entry is current',
      source: { file: securityFile, pointer: '/vulnerabilities/allowlist' },
    })
  }
  return { checks, judged, reports }
}

/** The report's findings table: ids, severity, package, fixed version and allowlist status. */
export function findingsTable(judged: JudgedFinding[]) {
  return {
    title: 'Vulnerability findings',
    columns: ['id', 'severity', 'rated', 'package', 'version', 'fixed in', 'allowlist', 'source'],
    rows: judged.map((f) => [
      f.id,
      f.severity,
      f.effectiveSeverity,
      f.package,
      f.version,
      f.fixedVersions.join(', '),
      f.suppressed ? `suppressed: ${f.suppressed}` : f.allowed,
      f.source,
    ]),
  }
}
