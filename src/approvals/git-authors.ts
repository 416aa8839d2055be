import { spawn } from 'node:child_process'
import type { Author } from './types.js'

/**
 * The authors of the latest `count` commits that changed each path, from
 * `git log` in `repoRoot`. When git cannot tell (not a repository, git not
 * installed), the reason, so that the separation-of-duties check says it
 * was skipped instead of passing.
 */
export async function gitAuthors(
  repoRoot: string,
  paths: readonly { path: string; absolute: string }[],
  count: number,
): Promise<{ authors: Author[]; unknown?: string }> {
  const authors: Author[] = []
  for (const p of paths) {
    const r = await git(repoRoot, [
      'log',
      `-n${count}`,
      '--format=%H%x09%an%x09%ae',
      '--',
      p.absolute,
    ])
    if (r.code !== 0) {
      const why = r.stderr.trim().split('\n')[0] || `git exited with ${r.code}`
      return {
        authors,
        unknown: /not a git repository/i.test(why)
          ? `${repoRoot} is not a git repository, so the model's authors are unknown (git: ${why})`
          : `git log could not list the authors of ${p.path}: ${why}`,
      }
    }
    for (const line of r.stdout.split('\n')) {
      const [sha, name, email] = line.split('\t')
      if (!sha || name === undefined) continue
      authors.push({
        name,
        ...(email ? { email } : {}),
        because: `commit ${sha.slice(0, 7)} changed ${p.path}`,
      })
    }
  }
  return { authors }
}

function git(
  cwd: string,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    let stdout = ''
    let stderr = ''
    let child
    try {
      child = spawn('git', ['-C', cwd, ...args], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
      })
    } catch (error) {
      resolve({ code: 127, stdout, stderr: (error as Error).message })
      return
    }
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')))
    child.on('error', (error) =>
      resolve({ code: 127, stdout, stderr: `git is not available: ${error.message}` }),
    )
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }))
  })
}
