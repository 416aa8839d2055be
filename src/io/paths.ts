import { realpathSync } from 'node:fs'
import { isAbsolute, relative } from 'node:path'

/** True when `path` is `dir` or lies under it, comparing the paths as given (resolve links with realOrSelf first where they matter). */
export function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, path)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

/** The real path when the file exists (following links), else the path itself. */
export function realOrSelf(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return path
  }
}
