import { existsSync, statSync } from 'node:fs'
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { InputError } from '../contract/errors.js'
import { TOOL_VERSION } from '../version.js'
import type { CliArgs } from './args.js'
import type { CliIo } from './io.js'

/** The Action's repository, as the template's workflows name it. */
export const ACTION_REPOSITORY = 'modelgate/modelgate'

/**
 * Where the template is: `dist/template/` beside the bundle (scripts/package.mjs
 * copies it there), or the repository's `template/` when running from source.
 */
export function templateRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url))
  const candidates = [join(here, 'template'), join(here, '..', '..', 'template')]
  const found = candidates.find((c) => existsSync(join(c, '.github', 'workflows', 'gates.yml')))
  if (!found)
    throw new InputError({
      message: 'The template is not where this modelgate expects it',
      expected: `a template folder at ${candidates.join(' or ')}`,
      found: 'none (a broken install: reinstall modelgate)',
    })
  return found
}

/**
 * Points a workflow's `uses: modelgate/modelgate@REF` steps, and the
 * `MODELGATE_VERSION` its CLI checkouts use, at one version of this Action.
 */
export function pinWorkflowVersion(text: string, ref: string): string {
  return text
    .replace(
      /(uses:\s*)modelgate\/modelgate@[\w.-]+/g,
      (_m, head: string) => `${head}${ACTION_REPOSITORY}@${ref}`,
    )
    .replace(/^(\s*MODELGATE_VERSION:\s*)\S+/gm, (_m, head: string) => `${head}${ref}`)
}

async function listFiles(root: string, dir = root): Promise<string[]> {
  const out: string[] = []
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, e.name)
    if (e.isDirectory()) out.push(...(await listFiles(root, path)))
    else if (e.isFile()) out.push(relative(root, path).split(sep).join('/'))
  }
  return out.sort()
}

export interface InitResult {
  written: string[]
  skipped: string[]
}

/** Copies the template into `target`, never over a file that exists; workflows pinned to `ref`. */
export async function initRepository(
  target: string,
  ref: string,
  source = templateRoot(),
): Promise<InitResult> {
  if (existsSync(target) && !statSync(target).isDirectory())
    throw new InputError({
      file: target,
      message: 'init writes into a folder',
      expected: 'a new or existing folder',
      found: 'a file',
    })
  const result: InitResult = { written: [], skipped: [] }
  for (const file of await listFiles(source)) {
    const to = join(target, file)
    if (existsSync(to)) {
      result.skipped.push(file)
      continue
    }
    await mkdir(dirname(to), { recursive: true })
    if (/^\.github\/workflows\/[^/]+\.ya?ml$/.test(file))
      await writeFile(to, pinWorkflowVersion(await readFile(join(source, file), 'utf8'), ref), {
        flag: 'wx',
      })
    else await copyFile(join(source, file), to)
    result.written.push(file)
  }
  return result
}

/** `modelgate init [DIR]`: the template repository into DIR (default: the current folder). */
export async function runInitCommand(args: CliArgs, io: CliIo): Promise<number> {
  if (args.rest.length > 1)
    throw new InputError({
      message: 'init takes one folder',
      expected: 'modelgate init [DIR]',
      found: args.rest.join(' '),
    })
  const target = resolve(io.cwd, args.rest[0] ?? '.')
  const ref = `v${TOOL_VERSION}`
  const { written, skipped } = await initRepository(target, ref)
  io.stdout(
    `modelgate: wrote ${written.length} file(s) into ${target} (workflows use ${ACTION_REPOSITORY}@${ref})\n`,
  )
  if (skipped.length > 0) {
    io.stdout(`modelgate: skipped ${skipped.length} file(s) that exist (left as they are):\n`)
    for (const f of skipped) io.stdout(`  ${f}\n`)
  }
  io.stdout(
    `Next: read README.md there, then \`npx modelgate setup --repo OWNER/NAME --dry-run\`.\n`,
  )
  return 0
}
