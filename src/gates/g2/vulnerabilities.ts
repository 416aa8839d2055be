import { InputError } from '../../engine/errors.js'

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'unknown'
export const SEVERITY_RANK: Record<Severity, number> = { unknown: -1, low: 1, medium: 2, high: 3, critical: 4 }

/** One vulnerability finding, whatever scanner reported it. */
export interface Finding {
  id: string
  aliases: string[]
  package: string
  version: string
  fixedVersions: string[]
  severity: Severity
  title: string
  /** Report file and scanner format. */
  source: string
}

export type ReportFormat = 'npm-audit-v2' | 'pip-audit' | 'osv-scanner' | 'sarif-2.1.0'

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v)

function bad(file: string, pointer: string, expected: string, found: unknown): InputError {
  return new InputError({ file, pointer, message: 'The vulnerability report does not have the structure of its format', expected, found: found === undefined ? 'nothing' : JSON.stringify(found).slice(0, 60) })
}

/** Recognises a scanner report by its shape; an unknown shape is an error that lists the formats modelgate reads. */
export function detectFormat(report: unknown, file: string): ReportFormat {
  if (isObject(report)) {
    if (report.auditReportVersion === 2) return 'npm-audit-v2'
    if (Array.isArray(report.dependencies) && ('fixes' in report || report.dependencies.every((d) => isObject(d) && 'vulns' in d))) return 'pip-audit'
    if (Array.isArray(report.results) && report.results.every((r) => isObject(r) && 'packages' in r)) return 'osv-scanner'
    if (report.version === '2.1.0' && Array.isArray(report.runs)) return 'sarif-2.1.0'
  }
  throw new InputError({
    file,
    message: 'Unrecognised vulnerability report',
    expected: 'npm audit --json (auditReportVersion 2), pip-audit -f json, OSV-Scanner JSON, or SARIF 2.1.0',
    found: isObject(report) ? `an object with keys ${Object.keys(report).slice(0, 6).join(', ')}` : Array.isArray(report) ? 'an array' : typeof report,
  })
}

function severityOf(raw: unknown): Severity {
  const s = String(raw ?? '').toLowerCase()
  if (s === 'critical') return 'critical'
  if (s === 'high') return 'high'
  if (s === 'moderate' || s === 'medium') return 'medium'
  if (s === 'low') return 'low'
  return 'unknown'
}

/** CVSS score to band, as GitHub rates SARIF `security-severity`. */
export function severityFromScore(score: number): Severity {
  if (!(score > 0)) return 'unknown'
  if (score >= 9) return 'critical'
  if (score >= 7) return 'high'
  if (score >= 4) return 'medium'
  return 'low'
}

/**
 * Parses a report into findings. `unaudited` lists dependencies the scanner
 * skipped (pip-audit's skip_reason, for example when its advisory source is
 * unreachable): a report that audited nothing must not read as "no findings".
 */
export function parseReport(report: unknown, file: string): { format: ReportFormat; findings: Finding[]; unaudited: string[] } {
  const format = detectFormat(report, file)
  const source = `${file} (${format})`
  const r = report as Json
  const findings: Finding[] = []
  const unaudited: string[] = []
  switch (format) {
    case 'npm-audit-v2': {
      if (!isObject(r.vulnerabilities)) throw bad(file, '/vulnerabilities', 'an object keyed by package', r.vulnerabilities)
      for (const [name, v] of Object.entries(r.vulnerabilities)) {
        if (!isObject(v) || !Array.isArray(v.via)) throw bad(file, `/vulnerabilities/${name}/via`, 'an array of advisories or package names', isObject(v) ? v.via : v)
        for (const via of v.via) {
          if (!isObject(via)) continue // a package name: the advisory is reported under that package
          const url = String(via.url ?? '')
          const id = /GHSA-[\w-]+/.exec(url)?.[0] ?? String(via.source ?? url)
          const fix = isObject(v.fixAvailable) ? [`${String(v.fixAvailable.name)}@${String(v.fixAvailable.version)}`] : []
          findings.push({ id, aliases: [], package: String(via.name ?? name), version: String(via.range ?? v.range ?? ''), fixedVersions: fix, severity: severityOf(via.severity), title: String(via.title ?? ''), source })
        }
      }
      break
    }
    case 'pip-audit': {
      ;(r.dependencies as unknown[]).forEach((d, i) => {
        if (!isObject(d) || typeof d.name !== 'string') throw bad(file, `/dependencies/${i}/name`, 'a package name', isObject(d) ? d.name : d)
        if (typeof d.skip_reason === 'string') unaudited.push(`${d.name}: ${d.skip_reason}`)
        const vulns = d.vulns ?? []
        if (!Array.isArray(vulns)) throw bad(file, `/dependencies/${i}/vulns`, 'an array', vulns)
        for (const v of vulns as Json[]) {
          findings.push({ id: String(v.id), aliases: (v.aliases as string[] | undefined) ?? [], package: d.name, version: String(d.version ?? ''), fixedVersions: (v.fix_versions as string[] | undefined) ?? [], severity: 'unknown', title: String(v.description ?? '').slice(0, 200), source })
        }
      })
      break
    }
    case 'osv-scanner': {
      ;(r.results as Json[]).forEach((result, i) => {
        if (!Array.isArray(result.packages)) throw bad(file, `/results/${i}/packages`, 'an array', result.packages)
        for (const p of result.packages as Json[]) {
          const pkg = (p.package ?? {}) as Json
          const groups = (p.groups as { ids: string[]; max_severity?: string }[] | undefined) ?? []
          for (const v of (p.vulnerabilities as Json[] | undefined) ?? []) {
            const group = groups.find((g) => g.ids.includes(String(v.id)))
            const score = Number(group?.max_severity)
            const dbSeverity = severityOf((v.database_specific as Json | undefined)?.severity)
            findings.push({ id: String(v.id), aliases: (v.aliases as string[] | undefined) ?? [], package: String(pkg.name ?? ''), version: String(pkg.version ?? ''), fixedVersions: [], severity: Number.isFinite(score) && score > 0 ? severityFromScore(score) : dbSeverity, title: String(v.summary ?? ''), source })
          }
        }
      })
      break
    }
    case 'sarif-2.1.0': {
      ;(r.runs as Json[]).forEach((run, i) => {
        const driver = ((run.tool as Json | undefined)?.driver ?? {}) as Json
        if (typeof driver.name !== 'string') throw bad(file, `/runs/${i}/tool/driver/name`, 'the tool name', driver.name)
        const rules = new Map(((driver.rules as Json[] | undefined) ?? []).map((rule) => [String(rule.id), rule]))
        for (const res of (run.results as Json[] | undefined) ?? []) {
          const rule = rules.get(String(res.ruleId)) ?? {}
          const props = (rule.properties ?? {}) as Json
          const score = Number(props['security-severity'])
          const level = String(res.level ?? (rule.defaultConfiguration as Json | undefined)?.level ?? 'warning')
          const severity = Number.isFinite(score) ? severityFromScore(score) : level === 'error' ? 'high' : level === 'warning' ? 'medium' : level === 'note' ? 'low' : 'unknown'
          const text = String((res.message as Json | undefined)?.text ?? '')
          findings.push({ id: String(res.ruleId ?? 'unknown-rule'), aliases: [], package: /Package: ([^\s]+)/.exec(text)?.[1] ?? '', version: /Installed Version: ([^\s]+)/.exec(text)?.[1] ?? '', fixedVersions: (/Fixed Version: ([^\s]+)/.exec(text)?.[1] ?? '').split(',').filter(Boolean), severity, title: String((rule.shortDescription as Json | undefined)?.text ?? text.split('\n')[0] ?? '').slice(0, 200), source: `${file} (SARIF from ${driver.name})` })
        }
      })
      break
    }
  }
  return { format, findings, unaudited }
}

export interface AllowEntry {
  id: string
  justification: string
  owner: string
  expires: string
}

export interface VulnPolicy {
  maxSeverity: 'none' | 'low' | 'medium' | 'high' | 'critical'
  unknownSeverity: 'critical' | 'high' | 'medium' | 'low' | 'ignore'
  allowlist: AllowEntry[]
}

export interface JudgedFinding extends Finding {
  effectiveSeverity: Severity | 'ignored'
  allowed: 'no' | 'allowlisted' | 'expired' | 'within policy'
  blocking: boolean
  allowEntry?: AllowEntry
}

/** Applies the policy: severity bands, the rule for unrated findings, and the allowlist (whose expired entries fail). */
export function judgeFindings(findings: Finding[], policy: VulnPolicy, today: string): JudgedFinding[] {
  const limit = policy.maxSeverity === 'none' ? 0 : SEVERITY_RANK[policy.maxSeverity]
  return findings.map((f) => {
    const effective: Severity | 'ignored' = f.severity === 'unknown' ? (policy.unknownSeverity === 'ignore' ? 'ignored' : policy.unknownSeverity) : f.severity
    const entry = policy.allowlist.find((a) => a.id === f.id || f.aliases.includes(a.id))
    const over = effective !== 'ignored' && SEVERITY_RANK[effective] > limit
    if (!over) return { ...f, effectiveSeverity: effective, allowed: 'within policy', blocking: false }
    if (entry && entry.expires >= today) return { ...f, effectiveSeverity: effective, allowed: 'allowlisted', blocking: false, allowEntry: entry }
    if (entry) return { ...f, effectiveSeverity: effective, allowed: 'expired', blocking: true, allowEntry: entry }
    return { ...f, effectiveSeverity: effective, allowed: 'no', blocking: true }
  })
}
