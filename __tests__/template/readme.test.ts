import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO } from '../support/action-runner.js'

/** The READMEs a team reads first: the flow picture and the links to every template workflow stay true. */
const workflows = readdirSync(join(REPO, 'template/.github/workflows')).filter((f) =>
  f.endsWith('.yml'),
)
const links = (file: string) =>
  [...readFileSync(join(REPO, file), 'utf8').matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)]
    .map((m) => m[1]!)
    .filter((l) => !/^[a-z]+:/.test(l))

describe('the READMEs', () => {
  it('root README: one Mermaid picture of the whole flow, and a link to each template workflow', () => {
    const text = readFileSync(join(REPO, 'README.md'), 'utf8')
    const mermaid = [...text.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]!)
    const steps = ['G0', 'G3', 'G4', 'G5', 'drift', 'retrain', 'rollback', 'verify']
    expect(mermaid.some((m) => steps.every((s) => m.includes(s)))).toBe(true)
    for (const w of workflows)
      expect(links('README.md'), w).toContain(`template/.github/workflows/${w}`)
  })

  it('template README: a link to each workflow, and every relative link resolves', () => {
    for (const w of workflows)
      expect(links('template/README.md'), w).toContain(`.github/workflows/${w}`)
    for (const file of ['README.md', 'template/README.md'])
      for (const l of links(file))
        expect(existsSync(join(REPO, dirname(file), l)), `${file}: ${l}`).toBe(true)
  })
})
