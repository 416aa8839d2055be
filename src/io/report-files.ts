import { mkdir, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { EvidenceRecord } from '../engine/types.js'
import { renderHtml } from '../report/html.js'
import { renderMarkdown } from '../report/markdown.js'

export interface ReportFiles {
  evidence: string
  markdown: string
  html: string
}

/**
 * Writes `<GATE>.evidence.json`, `<GATE>.md` and `<GATE>.html` into `outDir`.
 * Each file is written to a temporary name and renamed, so a crash never
 * leaves a half-written evidence file behind.
 */
export async function writeReportFiles(evidence: EvidenceRecord, outDir: string, options: { runUrl?: string } = {}): Promise<ReportFiles> {
  await mkdir(outDir, { recursive: true })
  const files: ReportFiles = {
    evidence: join(outDir, `${evidence.gate}.evidence.json`),
    markdown: join(outDir, `${evidence.gate}.md`),
    html: join(outDir, `${evidence.gate}.html`),
  }
  await atomicWrite(files.evidence, `${JSON.stringify(evidence, null, 2)}\n`)
  await atomicWrite(files.markdown, renderMarkdown(evidence, options))
  await atomicWrite(files.html, renderHtml(evidence, options))
  return files
}

async function atomicWrite(path: string, content: string): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}`
  await writeFile(tmp, content, 'utf8')
  await rename(tmp, path)
}
