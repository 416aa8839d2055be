import type { GitHubClient } from '../../github/octokit.js'
import { isPermissionError } from '../../github/permissions.js'
import { escapeMarkdown, markdownCode } from '../../report/escape.js'
import { REGISTRY_PERMISSION } from './rest.js'

export const INCIDENT_LABEL = 'modelgate:incident'
/** A GitHub login: only such a value is written as a mention. */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/

export interface IncidentDetails {
  model: string
  fromVersion: string
  toVersion: string
  fromTag: string
  toTag: string
  fromUrl?: string
  toUrl?: string
  reason: string
  actor?: string
  runUrl?: string
  modelDigest: string
  evidenceDigest: string
  /** GitHub login of the model's owner (model.json owner.github). */
  ownerLogin?: string
}

export interface IncidentResult {
  url?: string
  number?: number
  created: boolean
  warnings: string[]
}

/** One incident per model and rolled-back version: the marker that finds it again. */
export const incidentMarker = (model: string, fromVersion: string) =>
  `<!-- modelgate:incident model=${encodeURIComponent(model)} from=${encodeURIComponent(fromVersion)} -->`

const link = (text: string, url: string | undefined) =>
  url && /^https?:\/\//.test(url)
    ? `[${escapeMarkdown(text)}](${encodeURI(url)})`
    : markdownCode(text)

/** The issue body: the seed's rollback steps (alert, freeze, rollback, RCA, fix from G0) for this incident. */
export function incidentBody(d: IncidentDetails, note?: string): string {
  return [
    incidentMarker(d.model, d.fromVersion),
    `## Incident: ${escapeMarkdown(d.model)} rolled back from ${markdownCode(d.fromVersion)} to ${markdownCode(d.toVersion)}`,
    '',
    `**Reason:** ${escapeMarkdown(d.reason)}`,
    `**Rolled back by:** ${escapeMarkdown(d.actor ?? 'unknown')}${d.runUrl ? ` in ${link('this run', d.runUrl)}` : ''}`,
    `**Owner:** ${d.ownerLogin && LOGIN.test(d.ownerLogin) ? `@${d.ownerLogin}` : 'not set in ssot/model.json (owner.github)'}`,
    ...(note ? ['', `> ${escapeMarkdown(note)}`] : []),
    '',
    '| | release | model sha256 |',
    '| --- | --- | --- |',
    `| rolled back (bad) | ${link(d.fromTag, d.fromUrl)} | see its modelgate-version.json |`,
    `| in production now | ${link(d.toTag, d.toUrl)} | ${markdownCode(d.modelDigest)} |`,
    '',
    `Rollback evidence digest: ${markdownCode(d.evidenceDigest)} (the \`rollback\` evidence artifact of the run). Check either release offline with \`modelgate verify\`.`,
    '',
    '### Steps (governance runbook)',
    '',
    `- [x] **1. Alert**: degradation reported: ${escapeMarkdown(d.reason)}`,
    `- [ ] **2. Freeze**: automatic recommendations of ${markdownCode(d.fromVersion)} frozen (drift freeze recorded in the registry)`,
    `- [x] **3. Rollback**: production moved to ${markdownCode(d.toVersion)}, the last version approved by G5; deploy the \`rolled-back-to\` release`,
    '- [ ] **4. RCA**: document the root cause here: what changed (data, model, code, environment), why no gate caught it, which gate or KPI must change',
    `- [ ] **5. Fix**: a new version through G0 to G5; ${markdownCode(d.fromVersion)} is \`rolled-back\` and can never be promoted again`,
    '',
  ].join('\n')
}

/**
 * Opens the root-cause issue of a rollback, once per incident: an open issue
 * labelled `modelgate:incident` whose body carries this model and version's
 * marker gets a comment instead. Assigned to the model's owner; if GitHub
 * refuses the assignee, the issue is opened unassigned and says so. Never
 * throws: the rollback is done whatever happens here.
 */
export async function openIncident(
  client: GitHubClient,
  owner: string,
  repo: string,
  d: IncidentDetails,
): Promise<IncidentResult> {
  const warnings: string[] = []
  const marker = incidentMarker(d.model, d.fromVersion)
  try {
    const open = await client.paginate(client.rest.issues.listForRepo, {
      owner,
      repo,
      labels: INCIDENT_LABEL,
      state: 'open',
      per_page: 100,
    })
    const existing = open.find((i) => (i.body ?? '').includes(marker))
    if (existing) {
      await client.rest.issues.createComment({
        owner,
        repo,
        issue_number: existing.number,
        body: `Rolled back again: ${escapeMarkdown(d.reason)} (production: ${markdownCode(d.toVersion)}${d.runUrl ? `, ${link('run', d.runUrl)}` : ''}).`,
      })
      return { url: existing.html_url, number: existing.number, created: false, warnings }
    }
    await client.rest.issues
      .createLabel({
        owner,
        repo,
        name: INCIDENT_LABEL,
        color: 'b60205',
        description: 'Production rollback: root-cause analysis',
      })
      .catch((error: { status?: number }) => {
        if (error.status !== 422) throw error
      })
    const title = `Incident: ${d.model} rolled back from ${d.fromVersion} to ${d.toVersion}`
    const create = (assignees: string[], note?: string) =>
      client.rest.issues.create({
        owner,
        repo,
        title,
        body: incidentBody(d, note),
        labels: [INCIDENT_LABEL],
        assignees,
      })
    let issue
    try {
      issue = (await create(d.ownerLogin && LOGIN.test(d.ownerLogin) ? [d.ownerLogin] : [])).data
    } catch (error) {
      if ((error as { status?: number }).status !== 422 || !d.ownerLogin) throw error
      const note = `GitHub refused to assign the owner ${d.ownerLogin} (not a collaborator?): assign someone by hand.`
      warnings.push(note)
      issue = (await create([], note)).data
    }
    return { url: issue.html_url, number: issue.number, created: true, warnings }
  } catch (error) {
    warnings.push(
      isPermissionError(error)
        ? `modelgate could not open the incident issue: the token lacks permission. Add \`permissions: ${REGISTRY_PERMISSION.incident}\` to the rollback job. The rollback itself is done.`
        : `modelgate could not open the incident issue: ${(error as Error).message}. The rollback itself is done.`,
    )
    return { created: false, warnings }
  }
}
