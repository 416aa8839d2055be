import { InputError } from '../../contract/errors.js'
import type { HistoryEvent, LifecycleState, ModelVersion } from '../../contract/registry.js'
import { escapeMarkdown, markdownCode } from '../../report/escape.js'

/**
 * The registry ledger of one model on GitHub: the body of a published
 * pre-release tagged `<model>-registry` (never "latest"). Its body is what a
 * person reads on the Releases page (production now, every version's state,
 * the history table) and ends with the same facts as JSON inside an HTML
 * comment, which modelgate reads back. Release notes stay editable on
 * immutable releases, unlike assets, which is why the ledger lives there.
 */
export interface LedgerVersion {
  version: string
  modelDigest: string
  state: LifecycleState
  draft: boolean
  owner: string
  createdAt: string
  frozen?: ModelVersion['frozen']
}

export interface Ledger {
  schemaVersion: 1
  model: string
  production?: string
  versions: LedgerVersion[]
  history: HistoryEvent[]
}

const OPEN = '<!-- modelgate:ledger'
const CLOSE = '-->'
/** GitHub's limit on a release body. */
export const RELEASE_BODY_LIMIT = 125_000

export const ledgerTag = (model: string) => `${model}-registry`
export const productionRef = (model: string) => `tags/${model}-production`

export function emptyLedger(model: string): Ledger {
  return { schemaVersion: 1, model, versions: [], history: [] }
}

/** Reads the ledger back from a release body. */
export function parseLedger(body: string | null | undefined, where: string): Ledger {
  const text = body ?? ''
  const start = text.lastIndexOf(OPEN)
  const end = start < 0 ? -1 : text.indexOf(CLOSE, start)
  if (start < 0 || end < 0)
    throw new InputError({
      file: where,
      message: 'The registry release holds no modelgate ledger',
      expected: `a body ending in "${OPEN} {...} ${CLOSE}" (written by modelgate)`,
      found: 'a body without it (edited by hand?)',
    })
  try {
    const ledger = JSON.parse(text.slice(start + OPEN.length, end)) as Ledger
    if (
      ledger.schemaVersion !== 1 ||
      !Array.isArray(ledger.versions) ||
      !Array.isArray(ledger.history)
    )
      throw new Error('not a schemaVersion 1 ledger')
    return ledger
  } catch (error) {
    throw new InputError({
      file: where,
      message: 'The registry ledger is damaged',
      expected: 'the JSON modelgate wrote',
      found: (error as Error).message,
    })
  }
}

const cell = (v: unknown) => escapeMarkdown(v ?? '')

/** The release body: a readable page, then the JSON (with `>` escaped so it cannot close the comment). */
export function renderLedger(
  ledger: Ledger,
  versionUrl: (version: string) => string | undefined,
): string {
  const lines = [
    `# ${escapeMarkdown(ledger.model)}: model registry`,
    '',
    ledger.production
      ? `**In production:** ${markdownCode(ledger.production)}${link(versionUrl(ledger.production))}`
      : '**In production:** none yet',
    '',
    'Maintained by modelgate: every promotion (G5), rollback, state change and freeze. Do not edit the JSON at the end.',
    '',
    '## Versions',
    '',
    '| version | state | frozen | model sha256 | owner | registered |',
    '| --- | --- | --- | --- | --- | --- |',
    ...ledger.versions.map(
      (v) =>
        `| ${markdownCode(v.version)}${link(versionUrl(v.version))} | ${cell(v.draft ? `${v.state} (candidate)` : v.state)} | ${v.frozen ? cell(`since ${v.frozen.at}: ${v.frozen.reason}`) : ''} | ${markdownCode(v.modelDigest.slice(0, 12))} | ${cell(v.owner)} | ${cell(v.createdAt)} |`,
    ),
    '',
    '## History (which version was in production when)',
    '',
    '| at | event | version | previous | by | run | reason |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...ledger.history.map(
      (e) =>
        `| ${cell(e.at)} | ${cell(e.kind === 'state' ? `state: ${e.state}` : e.kind)} | ${markdownCode(e.version)} | ${e.previousVersion ? markdownCode(e.previousVersion) : ''} | ${cell(e.actor.login ?? '')} | ${e.actor.runUrl ? `[run](${encodeURI(e.actor.runUrl)})` : cell(e.actor.runId ?? '')} | ${cell(e.reason ?? '')} |`,
    ),
    '',
  ]
  const json = JSON.stringify(ledger).replace(/>/g, '\\u003e')
  const body = `${lines.join('\n')}\n${OPEN}\n${json}\n${CLOSE}\n`
  if (body.length > RELEASE_BODY_LIMIT)
    throw new InputError({
      message: `The registry ledger of ${ledger.model} outgrew a release body`,
      expected: `at most ${RELEASE_BODY_LIMIT} characters`,
      found: `${body.length} characters (${ledger.history.length} history entries)`,
    })
  return body
}

function link(url: string | undefined): string {
  return url && /^https?:\/\//.test(url) ? ` ([release](${encodeURI(url)}))` : ''
}
