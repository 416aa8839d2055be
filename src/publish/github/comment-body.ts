import type { EvidenceRecord, GateId, GateStatus } from '../../contract/types.js'
import { GATE_IDS } from '../../contract/types.js'
import { cutMarkdown } from '../../report/escape.js'
import { renderMarkdown } from '../../report/markdown.js'

/** GitHub rejects issue comments longer than this many characters. */
export const COMMENT_LIMIT = 65_536

export type ChainStatus = Partial<Record<GateId, GateStatus | 'pending'>>

/** The model a gate judged, by the name in ssot/model.json (`report.model.name`); undefined when the evidence names none. */
export function knownModelName(evidence: EvidenceRecord): string | undefined {
  const name = (evidence.report.model as { name?: unknown } | undefined)?.name
  return typeof name === 'string' && name ? name : undefined
}

/** The model name to show: the known name, or `default`. */
export function modelNameOf(evidence: EvidenceRecord): string {
  return knownModelName(evidence) ?? 'default'
}

/**
 * Percent-encodes a model name for the marker: letters, digits and `._~-`
 * stay, every other UTF-8 byte becomes `%XX` (so `%` itself is encoded).
 * Injective, so `a b` and `a_b` get different markers, and inert inside an
 * HTML comment (no `>`, no spaces).
 */
export function encodeMarkerName(name: string): string {
  return [...new TextEncoder().encode(name)]
    .map((b) =>
      /[A-Za-z0-9._~-]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('')
}

/**
 * Hidden marker of the sticky comment: one comment per gate and model.
 * Without a model name (G0 with no ssot/model.json) the marker names the gate only.
 */
export function commentMarker(gate: GateId, modelName: string | undefined): string {
  return modelName === undefined
    ? `<!-- modelgate:${gate} -->`
    : `<!-- modelgate:${gate}:${encodeMarkerName(modelName)} -->`
}

/**
 * A second hidden line records the verdict and the commit it was judged on,
 * so the next gate's comment on the same pull request can colour the chain.
 */
export function statusTag(status: GateStatus, sha: string): string {
  return `<!-- modelgate-status:${status}:${sha.replace(/[^0-9a-f]/gi, '')} -->`
}

const MARKER_RE = /^<!-- modelgate:([A-Za-z0-9]+)(?::([A-Za-z0-9._~%-]*))? -->$/
const STATUS_RE = /^<!-- modelgate-status:(pass|fail|error):([0-9a-f]*) -->$/

/** The first two lines of a body: where a modelgate comment keeps its marker and its status tag. */
function headLines(body: string): [string, string] {
  const first = body.indexOf('\n')
  if (first < 0) return [body, '']
  const second = body.indexOf('\n', first + 1)
  return [body.slice(0, first), body.slice(first + 1, second < 0 ? undefined : second)]
}

/**
 * The gate, model name and status a modelgate comment records: the marker
 * must be its first line and the status tag its second, as `commentBody`
 * writes them. Tags quoted anywhere else (a reply citing a modelgate
 * comment, another bot's message) are not a modelgate comment.
 */
export function parseCommentTags(
  body: string,
): { gate: GateId; model?: string; status: GateStatus; sha: string } | undefined {
  const [line1, line2] = headLines(body)
  const m = MARKER_RE.exec(line1)
  const s = STATUS_RE.exec(line2)
  if (!m || !s || !(GATE_IDS as readonly string[]).includes(m[1]!)) return undefined
  let model: string | undefined
  if (m[2] !== undefined) {
    try {
      model = decodeURIComponent(m[2])
    } catch {
      return undefined
    }
  }
  return {
    gate: m[1] as GateId,
    ...(model !== undefined ? { model } : {}),
    status: s[1] as GateStatus,
    sha: s[2]!,
  }
}

/** Whether `body` is the sticky comment `marker` names: the marker on its first line, a status tag on its second. */
export function isStickyComment(body: string, marker: string): boolean {
  const [line1, line2] = headLines(body)
  return line1 === marker && STATUS_RE.test(line2)
}

/**
 * Gate statuses known from this identity's earlier modelgate comments on the
 * pull request, judged on the same commit, joined by model name when it is
 * known: a comment for the same model counts; a comment that names no model
 * (G0 without ssot/model.json) counts for every model; and a gate without a
 * model name takes another gate's status only when one model was judged.
 * Later comments win over earlier ones for the same gate.
 */
export function chainFromComments(
  bodies: string[],
  modelName: string | undefined,
  sha: string,
): ChainStatus {
  type Seen = { exact?: GateStatus; unnamed?: GateStatus; models: Map<string, GateStatus> }
  const byGate = new Map<GateId, Seen>()
  for (const body of bodies) {
    const t = parseCommentTags(body)
    if (!t || t.sha !== sha) continue
    const entry: Seen = byGate.get(t.gate) ?? { models: new Map() }
    if (t.model === undefined) entry.unnamed = t.status
    else {
      entry.models.set(t.model, t.status)
      if (t.model === modelName) entry.exact = t.status
    }
    byGate.set(t.gate, entry)
  }
  const chain: ChainStatus = {}
  for (const [gate, e] of byGate) {
    const only =
      modelName === undefined && e.models.size === 1 ? [...e.models.values()][0] : undefined
    const status =
      e.exact ?? only ?? (modelName === undefined && e.models.size > 1 ? undefined : e.unnamed)
    if (status) chain[gate] = status
  }
  return chain
}

export interface CommentBodyOptions {
  sha: string
  runUrl?: string
  artifactUrl?: string
  chain?: ChainStatus
  limit?: number
}

/** Pointer appended when a body had to be cut. */
export function truncationPointer(artifactUrl?: string): string {
  return `\n\n> Comment shortened to fit GitHub's limit. Full report in the artifact${artifactUrl ? `: ${artifactUrl}` : ' (evidence JSON, markdown and HTML report)'}.\n`
}

/**
 * The sticky comment: markers, then the markdown report (headline verdict
 * with the model name, failing checks, Mermaid chain, links, digests, then
 * the longer tables), kept under the limit by the renderer's shortening. A
 * body still too long is cut here as a last resort, with a pointer to the
 * full report.
 */
export function commentBody(evidence: EvidenceRecord, o: CommentBodyOptions): string {
  const limit = o.limit ?? COMMENT_LIMIT
  const head = `${commentMarker(evidence.gate, knownModelName(evidence))}\n${statusTag(evidence.status, o.sha)}\n`
  const chain: ChainStatus = { ...o.chain, [evidence.gate]: evidence.status }
  const report = renderMarkdown(evidence, {
    maxLength: limit - head.length - 1,
    chain,
    ...(o.runUrl ? { runUrl: o.runUrl } : {}),
    ...(o.artifactUrl ? { artifactUrl: o.artifactUrl } : {}),
  })
  return fitBody(head + report, limit, o.artifactUrl)
}

/** Cuts `body` to `limit` characters (code points, tags and references never split), ending with the pointer. */
export function fitBody(body: string, limit: number, artifactUrl?: string): string {
  return cutMarkdown(body, limit, truncationPointer(artifactUrl))
}
