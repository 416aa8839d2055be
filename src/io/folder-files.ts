import { readdir, readlink, realpath } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { isInside } from './paths.js'

/**
 * One thing found in a folder: a regular file, a symbolic link, or something
 * else (a FIFO, a socket, a device).
 */
export interface FolderEntry {
  /** POSIX path relative to the folder. */
  path: string
  absolute: string
  kind: 'file' | 'symlink' | 'other'
  /** For links: what the link says, whether it resolves inside the folder, and whether it resolves at all. */
  link?: { target: string; inside: boolean; dangling: boolean }
}

/**
 * Every entry under `dir`, sorted by path: the one folder walk G2 uses for
 * signatures, coverage and scanning, with one link policy. Folders are
 * descended into; a symbolic link (to a file or a folder) is an entry of its
 * own, reported with its target and never followed, so nothing outside the
 * folder is ever read through it. `skip` leaves out a relative path, and
 * everything under it, before it is read.
 */
export async function listFolder(
  dir: string,
  skip: (path: string) => boolean = () => false,
): Promise<FolderEntry[]> {
  const root = await realpath(dir)
  const out: FolderEntry[] = []
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const absolute = join(folder, entry.name)
      const path = relative(dir, absolute).split(sep).join('/')
      if (skip(path)) continue
      if (entry.isSymbolicLink()) {
        const resolved = await realpath(absolute).catch(() => undefined)
        out.push({
          path,
          absolute,
          kind: 'symlink',
          link: {
            target: await readlink(absolute),
            inside: resolved !== undefined && isInside(root, resolved),
            dangling: resolved === undefined,
          },
        })
      } else if (entry.isDirectory()) await walk(absolute)
      else out.push({ path, absolute, kind: entry.isFile() ? 'file' : 'other' })
    }
  }
  await walk(dir)
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}
