import { formatProblem } from '../contract/errors.js'
import type { EvidenceRecord } from '../contract/types.js'
import { workspaceJsonLocator } from '../io/json-pointer-line.js'
import type { ReportFiles } from '../report/files.js'
import { renderMarkdown } from '../report/markdown.js'
import { renderText } from '../report/text.js'
import { wantsColor, type CliIo } from './io.js'

/**
 * Prints the verdict. Text (a terminal's default) carries everything on
 * stdout; with markdown or JSON on stdout (for a file or a pipe), the
 * problems, the verdict and the evidence path go to stderr. JSON problems
 * pointing into a JSON file get the line they are on.
 */
export function printReport(
  evidence: EvidenceRecord,
  format: 'text' | 'markdown' | 'json',
  files: ReportFiles | undefined,
  workspaceRoot: string,
  io: CliIo,
): void {
  const locate = workspaceJsonLocator(workspaceRoot)
  const problems = evidence.problems.map((p) => {
    const line =
      p.line ?? (p.file && p.pointer !== undefined ? locate(p.file, p.pointer) : undefined)
    return line !== undefined ? { ...p, line } : p
  })
  if (format === 'text') {
    io.stdout(
      renderText({ ...evidence, problems }, { color: wantsColor(io), ...(files ? { files } : {}) }),
    )
    return
  }
  io.stdout(format === 'json' ? `${JSON.stringify(evidence, null, 2)}\n` : renderMarkdown(evidence))
  for (const p of problems) io.stderr(`modelgate: error: ${formatProblem(p)}\n`)
  io.stderr(`modelgate: ${evidence.gate} ${evidence.status}: ${evidence.summary}\n`)
  if (files) io.stderr(`modelgate: evidence ${files.evidence} (sha256 ${evidence.digest.value})\n`)
}
