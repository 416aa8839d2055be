import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow,
} from '@actions/workflow-parser'
import { afterAll, describe, expect, it } from 'vitest'
import { allWorkflows } from '../support/workflow-files.js'

/**
 * Every workflow (the repository's, the template's, the README's and the docs') is read by
 * GitHub's own parser (@actions/workflow-parser, what the Actions service and the VS Code
 * extension use) and by actionlint, built from its Go module by .ci/run
 * (`go install github.com/rhysd/actionlint/cmd/actionlint@v1.7.12` into a cached GOBIN).
 */
const workflows = allWorkflows()

/** actionlint: $MODELGATE_ACTIONLINT, the GOBIN .ci/run fills, or PATH. */
function findActionlint(): string | undefined {
  const candidates = [
    process.env.MODELGATE_ACTIONLINT,
    join(
      process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'),
      'modelgate',
      'gobin',
      'actionlint',
    ),
  ].filter((p): p is string => !!p)
  for (const c of candidates) if (existsSync(c)) return c
  const onPath = spawnSync('actionlint', ['-version'], { encoding: 'utf8' })
  return onPath.status === 0 ? 'actionlint' : undefined
}
const actionlint = findActionlint()

describe('workflows as GitHub reads them', () => {
  it('finds the template, repository and docs workflows', () => {
    expect(workflows.filter((w) => w.where.startsWith('template/')).length).toBe(6)
    expect(workflows.filter((w) => w.where.startsWith('.github/')).length).toBeGreaterThanOrEqual(2)
    expect(workflows.filter((w) => /\.md line/.test(w.where)).length).toBeGreaterThanOrEqual(2)
  })

  it.each(workflows.map((w) => [w.where, w] as const))(
    '%s parses with @actions/workflow-parser',
    async (_where, w) => {
      const parsed = parseWorkflow(
        { name: 'workflow.yml', content: w.text },
        new NoOperationTraceWriter(),
      )
      expect(parsed.context.errors.getErrors().map((e) => e.message)).toEqual([])
      const template = await convertWorkflowTemplate(parsed.context, parsed.value!)
      expect(template.errors ?? []).toEqual([])
      expect(template.jobs.length).toBeGreaterThan(0)
    },
  )

  it('reports a broken workflow with its place (the check can fail)', () => {
    const parsed = parseWorkflow(
      {
        name: 'bad.yml',
        content:
          'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo ${{ foo( }}\n',
      },
      new NoOperationTraceWriter(),
    )
    expect(parsed.context.errors.getErrors()[0]?.message).toMatch(/bad\.yml \(Line: 6/)
  })
})

// In CI and `npm run test:all` actionlint must be there (.ci/setup.sh and ci.yml build it).
describe.runIf(actionlint !== undefined || process.env.CI || process.env.MODELGATE_REQUIRE_ALL)(
  'actionlint v1.7.12',
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-actionlint-'))
    afterAll(() => rmSync(dir, { recursive: true, force: true }))

    it('is installed', () => {
      expect(actionlint, 'actionlint is missing: .ci/run builds it with go install').toBeDefined()
      const v = spawnSync(actionlint!, ['-version'], { encoding: 'utf8' })
      expect(v.stdout.split('\n')[0]).toBe('v1.7.12')
    })

    it('passes every workflow', () => {
      const files = workflows.map((w, i) => {
        const file = join(
          dir,
          `${String(i).padStart(2, '0')}-${w.where.replace(/[^\w.-]+/g, '_')}.yml`,
        )
        writeFileSync(file, w.text)
        return file
      })
      const r = spawnSync(actionlint!, ['-no-color', '-oneline', ...files], { encoding: 'utf8' })
      expect(r.stdout + r.stderr).toBe('')
      expect(r.status).toBe(0)
    })

    it('fails a broken workflow', () => {
      const bad = join(dir, 'bad.yml')
      writeFileSync(
        bad,
        'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    needs: nowhere\n    steps:\n      - run: echo hi\n',
      )
      const r = spawnSync(actionlint!, ['-no-color', '-oneline', bad], { encoding: 'utf8' })
      expect(r.status).toBe(1)
      expect(r.stdout).toMatch(
        /job "a" needs job "nowhere" which does not exist in this workflow \[job-needs\]/,
      )
    })
  },
)
