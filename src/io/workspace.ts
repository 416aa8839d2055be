import { relative, resolve, sep } from 'node:path'
import { InputError } from '../contract/errors.js'
import { isInside, realOrSelf } from './paths.js'

/** Where a path was written, when it comes from a file (e.g. ssot/model.json at /paths/model). */
export interface PathSource {
  file: string
  pointer: string
}

/**
 * The folder a run may read from: GITHUB_WORKSPACE in Actions, the current
 * directory locally. Every user-supplied path is resolved against it and must
 * stay inside it, symbolic links included.
 */
export class Workspace {
  readonly root: string

  constructor(root: string) {
    this.root = resolve(root)
  }

  /**
   * Resolves `userPath` (relative to `base`, itself inside the workspace) and
   * refuses anything that escapes the workspace, such as `../../etc/passwd`,
   * naming `source` when the path was read from a file.
   */
  resolve(userPath: string, what: string, base: string = this.root, source?: PathSource): string {
    const absolute = resolve(base, userPath)
    if (!this.contains(absolute) || !this.contains(realOrSelf(absolute))) {
      throw new InputError({
        ...source,
        message: `The ${what} path leaves the workspace`,
        expected: `a path inside ${this.root}`,
        found: JSON.stringify(userPath),
      })
    }
    return absolute
  }

  /** Workspace-relative path with forward slashes, for reports and evidence. */
  display(absolute: string): string {
    const rel = relative(this.root, absolute)
    return rel === '' ? '.' : rel.split(sep).join('/')
  }

  private contains(absolute: string): boolean {
    return isInside(realOrSelf(this.root), absolute) || isInside(this.root, absolute)
  }
}
