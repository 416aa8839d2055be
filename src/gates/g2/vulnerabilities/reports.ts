import { InputError } from '../../../contract/errors.js'
import { assertReportValid, type ReportFormat } from './report-schemas.js'

type Severity = 'critical' | 'high' | 'medium' | 'low' | 'unknown'
const SEVERITY_RANK: Record<Severity, number> = {
  unknown: -1,
  low: 1,
  medium: 2,
  high: 3,
  critical: 4,
}

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
  /** Why the report itself says this is not a finding (SARIF kind other than fail, an accepted suppression). */
  suppressed?: string
}

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v)
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []
const unique = (values: string[]) => [...new Set(values.filter((v) => v !== ''))]

/** Advisory ids: CVE, GHSA, PYSEC, GO, RUSTSEC, OSV and the like. Grype's SARIF rule ids append the package (CVE-2021-1234-requests). */
const VULN_ID =
  /(CVE-\d{4}-\d{4,}|GHSA(?:-[23456789cfghjmpqrvwx]{4}){3}|PYSEC-\d{4}-\d+|GO-\d{4}-\d+|RUSTSEC-\d{4}-\d+|OSV-\d{4}-\d+)/i

/**
 * Recognises a scanner report by its top-level properties; the format's
 * schema then checks the rest. An unknown shape is an error that lists the
 * formats modelgate reads.
 */
function detectFormat(report: unknown, file: string): ReportFormat {
  if (isObject(report)) {
    if ('auditReportVersion' in report) return 'npm-audit-v2'
    if ('runs' in report && 'version' in report) return 'sarif-2.1.0'
    if ('dependencies' in report) return 'pip-audit'
    if ('results' in report) return 'osv-scanner'
  }
  throw new InputError({
    file,
    message: 'Unrecognised vulnerability report',
    expected:
      'npm audit --json (auditReportVersion 2), pip-audit -f json, OSV-Scanner JSON, or SARIF 2.1.0',
    found: isObject(report)
      ? `an object with keys ${Object.keys(report).slice(0, 6).join(', ')}`
      : Array.isArray(report)
        ? 'an array'
        : typeof report,
  })
}

/** npm's levels are info, low, moderate, high, critical: info is rated low. */
function severityOf(raw: unknown): Severity {
  const s = String(raw ?? '').toLowerCase()
  if (s === 'critical') return 'critical'
  if (s === 'high') return 'high'
  if (s === 'moderate' || s === 'medium') return 'medium'
  if (s === 'low' || s === 'info') return 'low'
  return 'unknown'
}

/** CVSS score to band, as GitHub rates SARIF `security-severity`. */
function severityFromScore(score: number): Severity {
  if (!(score > 0)) return 'unknown'
  if (score >= 9) return 'critical'
  if (score >= 7) return 'high'
  if (score >= 4) return 'medium'
  return 'low'
}

export interface ParsedReport {
  format: ReportFormat
  /** Findings, including those the report itself suppresses (see Finding.suppressed). */
  findings: Finding[]
  /** Dependencies the scanner skipped (pip-audit's skip_reason): a report that audited nothing must not read as "no findings". */
  unaudited: string[]
}

/** Validates a report against its format's schema, then reads its findings. */
export function parseReport(report: unknown, file: string): ParsedReport {
  const format = detectFormat(report, file)
  assertReportValid(format, report, file)
  const source = `${file} (${format})`
  const r = report as Json
  switch (format) {
    case 'npm-audit-v2':
      return { format, findings: parseNpmAudit(r, source), unaudited: [] }
    case 'pip-audit':
      return { format, ...parsePipAudit(r, source) }
    case 'osv-scanner':
      return { format, findings: parseOsvScanner(r, source), unaudited: [] }
    case 'sarif-2.1.0':
      return { format, findings: parseSarif(r, file), unaudited: [] }
  }
}

function parseNpmAudit(r: Json, source: string): Finding[] {
  const findings: Finding[] = []
  for (const [name, v] of Object.entries(r.vulnerabilities as Record<string, Json>)) {
    const fix = v.fixAvailable
    const fixedVersions = isObject(fix)
      ? [`${String(fix.name)}@${String(fix.version)}${fix.isSemVerMajor ? ' (semver-major)' : ''}`]
      : fix === true
        ? ['npm audit fix']
        : []
    for (const via of v.via as unknown[]) {
      if (!isObject(via)) continue // a package name: the advisory is reported under that package
      const url = String(via.url ?? '')
      const ghsa = VULN_ID.exec(url)?.[0]
      findings.push({
        id: ghsa ?? `npm-advisory-${String(via.source)}`,
        aliases: ghsa ? [`npm-advisory-${String(via.source)}`] : [],
        package: String(via.name ?? name),
        version: String(via.range ?? v.range ?? ''),
        fixedVersions,
        severity: severityOf(via.severity),
        title: String(via.title ?? ''),
        source,
      })
    }
  }
  return findings
}

function parsePipAudit(r: Json, source: string): { findings: Finding[]; unaudited: string[] } {
  const findings: Finding[] = []
  const unaudited: string[] = []
  for (const d of r.dependencies as Json[]) {
    if (typeof d.skip_reason === 'string') unaudited.push(`${String(d.name)}: ${d.skip_reason}`)
    for (const v of (d.vulns as Json[] | undefined) ?? []) {
      findings.push({
        id: String(v.id),
        aliases: strings(v.aliases),
        package: String(d.name),
        version: String(d.version ?? ''),
        fixedVersions: strings(v.fix_versions),
        severity: 'unknown',
        title: String(v.description ?? '').slice(0, 200),
        source,
      })
    }
  }
  return { findings, unaudited }
}

/** PyPI-style name normalisation, so "Pillow" matches "pillow" and "ruamel_yaml" matches "ruamel.yaml". */
const normaliseName = (name: string) => name.toLowerCase().replace(/[-_.]+/g, '-')

function parseOsvScanner(r: Json, source: string): Finding[] {
  const findings: Finding[] = []
  for (const result of r.results as Json[]) {
    for (const p of result.packages as Json[]) {
      const pkg = p.package as Json
      const groups =
        (p.groups as { ids: string[]; aliases?: string[]; max_severity?: string }[] | undefined) ??
        []
      for (const v of (p.vulnerabilities as Json[] | undefined) ?? []) {
        const id = String(v.id)
        const group = groups.find((g) => g.ids.includes(id))
        const score = Number(group?.max_severity)
        const dbSeverity = severityOf((v.database_specific as Json | undefined)?.severity)
        // The fixed versions of this package: affected[].ranges[].events[].fixed.
        const affected = ((v.affected as Json[] | undefined) ?? []).filter((a) => {
          const ap = a.package as Json | undefined
          return (
            !ap ||
            ((ap.name === undefined ||
              normaliseName(String(ap.name)) === normaliseName(String(pkg.name))) &&
              (ap.ecosystem === undefined ||
                pkg.ecosystem === undefined ||
                ap.ecosystem === pkg.ecosystem))
          )
        })
        const fixed = affected.flatMap((a) =>
          ((a.ranges as Json[] | undefined) ?? []).flatMap((range) =>
            (range.events as Json[]).map((e) => (typeof e.fixed === 'string' ? e.fixed : '')),
          ),
        )
        findings.push({
          id,
          aliases: unique([...strings(v.aliases), ...(group?.aliases ?? [])]).filter(
            (a) => a !== id,
          ),
          package: String(pkg.name),
          version: String(pkg.version ?? ''),
          fixedVersions: unique(fixed),
          severity: Number.isFinite(score) && score > 0 ? severityFromScore(score) : dbSeverity,
          title: String(v.summary ?? ''),
          source,
        })
      }
    }
  }
  return findings
}

/** name and version from a package URL (pkg:type/namespace/name@version?qualifiers#subpath). */
function fromPurl(purl: string): { name: string; version: string } | undefined {
  const m = /^pkg:([^/]+)\/(.+?)(?:@([^?#]*))?(?:[?#].*)?$/.exec(purl)
  if (!m) return undefined
  const parts = m[2]!.split('/').map((s) => decodeURIComponent(s))
  const name =
    m[1] === 'npm' && parts.length > 1 ? parts.slice(-2).join('/') : parts[parts.length - 1]!
  return { name, version: m[3] ? decodeURIComponent(m[3]) : '' }
}

/** "Label: value" from a scanner's text (Trivy's message, Grype's help), up to the end of the line. */
function field(text: string, label: RegExp): string | undefined {
  const m = new RegExp(`(?:^|\\n)\\s*${label.source}:[ \\t]*([^\\n]*)`, 'i').exec(text)
  const value = m?.[1]?.trim()
  return value ? value : undefined
}

/**
 * SARIF 2.1.0 (Trivy, Grype, CodeQL...). Rules are looked up in the driver
 * and in tool.extensions (CodeQL --sarif-group-rules-by-pack), by ruleIndex,
 * rule.index with rule.toolComponent, or id. Severity comes from the rule's
 * `security-severity` (a CVSS score), else the result's level. Results whose
 * kind is not "fail", or with an accepted suppression, are reported as
 * suppressed, not as findings.
 */
function parseSarif(r: Json, file: string): Finding[] {
  const findings: Finding[] = []
  const bad = (pointer: string, expected: string, found: unknown) =>
    new InputError({
      file,
      pointer,
      message: 'The SARIF result does not resolve to a rule',
      expected,
      found: JSON.stringify(found) ?? 'nothing',
    })
  for (const [i, run] of (r.runs as Json[]).entries()) {
    const tool = run.tool as Json
    const driver = tool.driver as Json
    const extensions = (tool.extensions as Json[] | undefined) ?? []
    const components = [driver, ...extensions]
    const rulesOf = (c: Json) => (c.rules as Json[] | undefined) ?? []
    const source = `${file} (SARIF from ${String(driver.name)})`
    for (const [j, res] of ((run.results as Json[] | undefined) ?? []).entries()) {
      const at = `/runs/${i}/results/${j}`
      const ref = res.rule as Json | undefined
      let component = driver
      const tc = ref?.toolComponent as Json | undefined
      if (tc) {
        if (typeof tc.index === 'number' && tc.index >= 0) {
          const ext = extensions[tc.index]
          if (!ext)
            throw bad(
              `${at}/rule/toolComponent/index`,
              `an index into runs/${i}/tool/extensions (${extensions.length} entries)`,
              tc.index,
            )
          component = ext
        } else if (tc.guid !== undefined || tc.name !== undefined) {
          const found = components.find(
            (c) =>
              (tc.guid !== undefined && c.guid === tc.guid) ||
              (tc.guid === undefined && c.name === tc.name),
          )
          if (!found)
            throw bad(
              `${at}/rule/toolComponent`,
              'the name or guid of the driver or an extension',
              tc.guid ?? tc.name,
            )
          component = found
        }
      }
      const index =
        typeof ref?.index === 'number' && ref.index >= 0
          ? ref.index
          : typeof res.ruleIndex === 'number' && res.ruleIndex >= 0
            ? res.ruleIndex
            : undefined
      let rule: Json | undefined
      if (index !== undefined) {
        rule = rulesOf(component)[index]
        if (!rule)
          throw bad(
            ref?.index !== undefined ? `${at}/rule/index` : `${at}/ruleIndex`,
            `an index into the rules of ${String(component.name)} (${rulesOf(component).length} rules)`,
            index,
          )
      }
      const ruleId =
        (res.ruleId as string | undefined) ??
        (ref?.id as string | undefined) ??
        (rule?.id as string | undefined)
      if (ruleId === undefined)
        throw bad(at, 'a result that names its rule (ruleId, ruleIndex or rule)', 'none of them')
      if (!rule) {
        const byId = (id: string) =>
          rulesOf(component).find((x) => x.id === id) ??
          components.flatMap(rulesOf).find((x) => x.id === id)
        // A hierarchical id ("CA2101/1") names a sub-rule of its first component.
        rule = byId(ruleId) ?? byId(ruleId.split('/')[0]!)
      }
      const props = (rule?.properties ?? {}) as Json
      const resultProps = (res.properties ?? {}) as Json
      const score = Number(props['security-severity'] ?? resultProps['security-severity'])
      const level = String(
        res.level ?? (rule?.defaultConfiguration as Json | undefined)?.level ?? 'warning',
      )
      const severity: Severity =
        Number.isFinite(score) && score > 0
          ? severityFromScore(score)
          : level === 'error'
            ? 'high'
            : level === 'warning'
              ? 'medium'
              : level === 'note'
                ? 'low'
                : 'unknown'
      const message = String((res.message as Json | undefined)?.text ?? '')
      const help = String((rule?.help as Json | undefined)?.text ?? '')
      // Package and version: Grype's purls property first, then the "Package:" lines Trivy and Grype write.
      const purl = strings(props.purls)[0] ?? strings(resultProps.purls)[0]
      const fromProps = purl ? fromPurl(purl) : undefined
      const fixed = field(message, /Fix(?:ed)? Version/) ?? field(help, /Fix(?:ed)? Version/) ?? ''
      const vulnId = VULN_ID.exec(ruleId)?.[0]
      const kind = String(res.kind ?? 'fail')
      const suppressions = Array.isArray(res.suppressions) ? (res.suppressions as Json[]) : []
      // As the SARIF SDK reads them: suppressed unless one suppression is under review or rejected (an absent status counts as accepted).
      const suppressedBy =
        suppressions.length > 0 &&
        suppressions.every((s) => s.status === undefined || s.status === 'accepted')
          ? suppressions[0]!
          : undefined
      findings.push({
        id: vulnId ?? ruleId,
        aliases: vulnId && vulnId !== ruleId ? [ruleId] : [],
        package: fromProps?.name ?? field(message, /Package/) ?? field(help, /Package/) ?? '',
        version:
          fromProps?.version ?? field(message, /Installed Version/) ?? field(help, /Version/) ?? '',
        fixedVersions: fixed
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
        severity,
        title: String(
          (rule?.shortDescription as Json | undefined)?.text ?? message.split('\n')[0] ?? '',
        ).slice(0, 200),
        source,
        ...(kind !== 'fail'
          ? { suppressed: `kind "${kind}": not a failure` }
          : suppressedBy
            ? {
                suppressed: `suppressed in the report (${String(suppressedBy.kind ?? 'external')}${suppressedBy.justification ? `: ${String(suppressedBy.justification).slice(0, 120)}` : ''})`,
              }
            : {}),
      })
    }
  }
  return findings
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
  allowed: 'no' | 'allowlisted' | 'expired' | 'within policy' | 'suppressed'
  blocking: boolean
  allowEntry?: AllowEntry
}

/** True when an allowlist entry names the finding: its id or one of its aliases (CVE for a GHSA, and so on), case-insensitively. */
function allowEntryFor(f: Finding, allowlist: AllowEntry[]): AllowEntry | undefined {
  const names = new Set([f.id, ...f.aliases].map((s) => s.toUpperCase()))
  return allowlist.find((a) => names.has(a.id.toUpperCase()))
}

/** Applies the policy: severity bands, the rule for unrated findings, and the allowlist (an entry is valid through its expiry date). */
export function judgeFindings(
  findings: Finding[],
  policy: VulnPolicy,
  today: string,
): JudgedFinding[] {
  const limit = policy.maxSeverity === 'none' ? 0 : SEVERITY_RANK[policy.maxSeverity]
  return findings.map((f) => {
    const effective: Severity | 'ignored' =
      f.severity === 'unknown'
        ? policy.unknownSeverity === 'ignore'
          ? 'ignored'
          : policy.unknownSeverity
        : f.severity
    if (f.suppressed)
      return { ...f, effectiveSeverity: effective, allowed: 'suppressed', blocking: false }
    const entry = allowEntryFor(f, policy.allowlist)
    const over = effective !== 'ignored' && SEVERITY_RANK[effective] > limit
    if (!over)
      return { ...f, effectiveSeverity: effective, allowed: 'within policy', blocking: false }
    if (entry && entry.expires >= today)
      return {
        ...f,
        effectiveSeverity: effective,
        allowed: 'allowlisted',
        blocking: false,
        allowEntry: entry,
      }
    if (entry)
      return {
        ...f,
        effectiveSeverity: effective,
        allowed: 'expired',
        blocking: true,
        allowEntry: entry,
      }
    return { ...f, effectiveSeverity: effective, allowed: 'no', blocking: true }
  })
}

/** Throws for an expiry that is not a real calendar date (2025-02-30), naming its JSON pointer. */
export function assertCalendarDates(allowlist: AllowEntry[], file: string, pointer: string): void {
  for (const [i, a] of allowlist.entries()) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(a.expires)
    const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined
    if (!d || d.toISOString().slice(0, 10) !== a.expires) {
      throw new InputError({
        file,
        pointer: `${pointer}/${i}/expires`,
        message: 'Not a calendar date',
        expected: 'a real date YYYY-MM-DD (the entry is valid through that day, UTC)',
        found: JSON.stringify(a.expires),
      })
    }
  }
}
