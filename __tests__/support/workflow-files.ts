import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { REPO } from './action-runner.js'

/** A workflow users copy or CI runs: a file, or a ```yaml block of a markdown file that has `jobs:`. */
export interface WorkflowSource {
  /** Where it is: a path, or `FILE line N` for a markdown block. */
  where: string
  text: string
}

/** The workflows of the repository, the template, the README and the docs. */
export function allWorkflows(): WorkflowSource[] {
  const out: WorkflowSource[] = []
  for (const dir of ['.github/workflows', 'template/.github/workflows'])
    for (const f of readdirSync(join(REPO, dir)).filter((n) => /\.ya?ml$/.test(n)))
      out.push({ where: `${dir}/${f}`, text: readFileSync(join(REPO, dir, f), 'utf8') })
  const docs = [
    'README.md',
    ...readdirSync(join(REPO, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ]
  for (const file of docs) {
    const text = readFileSync(join(REPO, file), 'utf8')
    for (const m of text.matchAll(/```ya?ml\n([\s\S]*?)```/g))
      if (/^jobs:/m.test(m[1]!))
        out.push({
          where: `${file} line ${text.slice(0, m.index).split('\n').length}`,
          text: m[1]!,
        })
  }
  return out
}
