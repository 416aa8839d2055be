import { mkdir, rename, stat, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { InputError } from '../contract/errors.js'
import type { EvidenceRecord } from '../contract/types.js'
import { renderHtml } from './html.js'
import { renderMarkdown } from './markdown.js'

export interface ReportFiles {
  evidence: string
  markdown: string
  html: string
}

/**
 * Writes `<GATE>.evidence.json`, `<GATE>.md` and `<GATE>.html` into `outDir`.
 * Each file is written to a temporary name and renamed, so a crash never
 * leaves a half-written evidence file behind. A folder that cannot be
 * created or written is an InputError naming it; the caller still has the
 * evidence in hand to print.
 */
export async function writeReportFiles(
  evidence: EvidenceRecord,
  outDir: string,
  options: { runUrl?: string } = {},
): Promise<ReportFiles> {
  const files: ReportFiles = {
    evidence: join(outDir, `${evidence.gate}.evidence.json`),
    markdown: join(outDir, `${evidence.gate}.md`),
    html: join(outDir, `${evidence.gate}.html`),
  }
  try {
    await makeDirectory(outDir)
    await atomicWrite(files.evidence, `${JSON.stringify(evidence, null, 2)}\n`)
    await atomicWrite(files.markdown, renderMarkdown(evidence, options))
    await atomicWrite(files.html, renderHtml(evidence, options))
  } catch (error) {
    if (error instanceof InputError) throw error
    const e = error as NodeJS.ErrnoException
    throw new InputError({
      file: outDir,
      message: 'Cannot write the report files',
      expected: 'a folder that modelgate can create and write',
      found: `${e.code ?? 'an error'}${e.path ? ` at ${e.path}` : ''}`,
    })
  }
  return files
}

/**
 * `mkdir -p`, one level at a time. Node's recursive mkdir loops forever under
 * /proc (where mkdir answers ENOENT for a parent that exists), so the
 * missing folders are found first and created from the top.
 */
async function makeDirectory(dir: string): Promise<void> {
  const missing: string[] = []
  for (let d = resolve(dir); ; d = dirname(d)) {
    try {
      if ((await stat(d)).isDirectory()) break
      throw new InputError({
        file: dir,
        message: 'Cannot write the report files',
        expected: 'a folder',
        found: `a file at ${d}`,
      })
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      // ENOTDIR: a file further up the path; the walk up finds and names it.
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error
      if (code === 'ENOENT') missing.push(d)
      if (dirname(d) === d) break
    }
  }
  for (const d of missing.reverse()) {
    await mkdir(d).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error
    })
  }
}

async function atomicWrite(path: string, content: string): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}`
  await writeFile(tmp, content, 'utf8')
  await rename(tmp, path)
}
