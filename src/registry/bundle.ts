import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InputError } from '../contract/errors.js'
import type { ModelVersion, Registry } from '../contract/registry.js'
import type { EvidenceRecord } from '../contract/types.js'
import { digestFile } from '../io/file-digest.js'
import { renderHtml } from '../report/html.js'
import { renderMarkdown } from '../report/markdown.js'
import { TOOL_VERSION } from '../version.js'
import { verifyChain, type BundleFile, type ChainOptions, type LinkVerdict } from './chain.js'

/** Files read as text for the chain: evidence and manifests, reports. Models are only digested. */
const TEXT = /\.(json|md|html)$/
const TEXT_LIMIT = 32 << 20

/** Every regular file of a version's folder (downloaded release assets, or a local registry version), digested. */
export async function readBundle(dir: string): Promise<BundleFile[]> {
  let entries
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch (error) {
    throw new InputError({
      file: dir,
      message: 'Cannot read the release folder',
      expected: 'a folder holding a release (its assets downloaded) or a local registry version',
      found: (error as NodeJS.ErrnoException).code ?? 'an unreadable folder',
    })
  }
  const files: BundleFile[] = []
  for (const e of entries.filter((x) => x.isFile()).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, e.name)
    const { sha256, bytes } = await digestFile(path)
    const file: BundleFile = { name: e.name, sha256, bytes }
    if (TEXT.test(e.name) && bytes <= TEXT_LIMIT) file.text = await readFile(path, 'utf8')
    files.push(file)
  }
  return files
}

/** The renderings `writeReportFiles` produces (CLI without a run link, the Action with one), when this build wrote them. */
export function renderingsOf(
  evidence: EvidenceRecord,
): { markdown: string; html: string }[] | undefined {
  if (evidence.tool.version !== TOOL_VERSION) return undefined
  const c = evidence.context
  const runUrl =
    c.serverUrl && c.repository && c.runId
      ? `${c.serverUrl}/${c.repository}/actions/runs/${c.runId}`
      : undefined
  const options = runUrl ? [{}, { runUrl }] : [{}]
  return options.map((o) => ({
    markdown: renderMarkdown(evidence, o),
    html: renderHtml(evidence, o),
  }))
}

/**
 * Downloads every file a version holds into a temporary folder and checks
 * its chain there, against the digests the registry recorded too (rollback's
 * check of its target; `verify` on a remote registry).
 */
export async function verifyHeldVersion(
  registry: Registry,
  version: ModelVersion,
  options: Omit<ChainOptions, 'recorded' | 'render'> = {},
): Promise<LinkVerdict[]> {
  const dir = await mkdtemp(join(tmpdir(), 'modelgate-verify-'))
  try {
    for (const f of version.files) await registry.download(version, f.name, join(dir, f.name))
    return verifyChain(await readBundle(dir), {
      ...options,
      render: renderingsOf,
      recorded: version.files,
    })
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
