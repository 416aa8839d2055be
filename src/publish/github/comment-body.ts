import type { EvidenceRecord, GateId, GateStatus } from '../../engine/types.js'
import { GATE_IDS } from '../../engine/types.js'
import { renderMarkdown } from '../../report/markdown.js'

/** GitHub rejects issue comments longer than this many characters. */
export const COMMENT_LIMIT = 65_536

export type ChainStatus = Partial<Record<GateId, GateStatus | 'pending'>>

/** The model a gate judged, by the name in ssot/model.json; `default` when the evidence names none. */
export function modelNameOf(evidence: EvidenceRecord): string {
  const name = (evidence.report.model as { name?: unknown } | undefined)?.name
  return typeof name === 'string' && name ? name : 'default'
}

/** Safe inside an HTML comment and a regular expression: no `>`, no spaces. */
function markerSafe(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, '_').replace(/-{2,}/g, '-')
}

/** Hidden marker of the sticky comment: one comment per gate and model. */
export function commentMarker(gate: GateId, modelName: string): string {
  return `<!-- modelgate:${gate}:${markerSafe(modelName)} -->`
}

/**
 * A second hidden line records the verdict and the commit it was judged on,
 * so the next gate's comment on the same pull request can colour the chain.
 */
export function statusTag(status: GateStatus, sha: string): string {
  return `<!-- modelgate-status:${status}:${sha.replace(/[^0-9a-f]/gi, '')} -->`
}

const MARKER_RE = /<!-- modelgate:([A-Za-z0-9]+):([A-Za-z0-9._-]+) -->/
const STATUS_RE = /<!-- modelgate-status:(pass|fail|error):([0-9a-f]*) -->/

/**
 * Gate statuses known from this identity's earlier modelgate comments on the
 * pull request: same model name, judged on the same commit.
 */
export function chainFromComments(bodies: string[], modelName: string, sha: string): ChainStatus {
  const chain: ChainStatus = {}
  for (const body of bodies) {
    const m = MARKER_RE.exec(body)
    const s = STATUS_RE.exec(body)
    if (!m || !s || m[2] !== markerSafe(modelName) || s[2] !== sha) continue
    const gate = m[1] as GateId
    if ((GATE_IDS as readonly string[]).includes(gate)) chain[gate] = s[1] as GateStatus
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
 * The sticky comment: markers, then the markdown report (headline verdict,
 * checks or violations, Mermaid chain, links, digests), kept under the
 * limit. The renderer shortens by sections first; if the text is still too
 * long it is cut here, with a pointer to the full report.
 */
export function commentBody(evidence: EvidenceRecord, o: CommentBodyOptions): string {
  const limit = o.limit ?? COMMENT_LIMIT
  const head = `${commentMarker(evidence.gate, modelNameOf(evidence))}\n${statusTag(evidence.status, o.sha)}\n`
  const chain: ChainStatus = { ...o.chain, [evidence.gate]: evidence.status }
  const report = renderMarkdown(evidence, {
    maxLength: limit - head.length - 1,
    chain,
    ...(o.runUrl ? { runUrl: o.runUrl } : {}),
    ...(o.artifactUrl ? { artifactUrl: o.artifactUrl } : {}),
  })
  return fitBody(head + report, limit, o.artifactUrl)
}

/** Cuts `body` to `limit` characters (code points never split), ending with the pointer. */
export function fitBody(body: string, limit: number, artifactUrl?: string): string {
  if (body.length <= limit) return body
  const pointer = truncationPointer(artifactUrl)
  let cut = body.slice(0, Math.max(0, limit - pointer.length))
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1)
  // Do not leave a half-open HTML tag or entity behind.
  cut = cut.replace(/<[^>]*$/, '').replace(/&[#A-Za-z0-9]*$/, '')
  return cut + pointer
}
