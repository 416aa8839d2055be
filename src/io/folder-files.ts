import { lstatSync, readdirSync, readlinkSync, realpathSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { isInside } from './paths.js'

/** One thing found in a folder: a regular file, a symbolic link (never followed), or something else (a FIFO, a socket, a device). */
export interface FolderEntry {
  /** POSIX path relative to the folder. */
  path: string
  absolute: string
  kind: 'file' | 'symlink' | 'other'
  /** For links: what the link says, and whether it resolves inside the folder (false when it leaves it or dangles). */
  linkTarget?: string
  inside?: boolean
  dangling?: boolean
}

/**
 * Every entry under `dir`, sorted by path. Directories are descended into;
 * symbolic links are reported, with where they resolve, but not followed
 * (a link to a folder inside is walked at its real place; a link leaving
 * the folder is the caller's to refuse).
 */
export function walkFolder(dir: string): FolderEntry[] {
  const root = realpathSync(dir)
  const out: FolderEntry[] = []
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const absolute = join(d, entry.name)
      const path = relative(dir, absolute).split(sep).join('/')
      if (entry.isDirectory()) walk(absolute)
      else if (entry.isSymbolicLink()) {
        let resolved: string | undefined
        try {
          resolved = realpathSync(absolute)
        } catch {
          resolved = undefined
        }
        out.push({ path, absolute, kind: 'symlink', linkTarget: readlinkSync(absolute), inside: resolved !== undefined && isInside(root, resolved), dangling: resolved === undefined })
      } else out.push({ path, absolute, kind: entry.isFile() && lstatSync(absolute).isFile() ? 'file' : 'other' })
    }
  }
  walk(dir)
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}
