import { readdir, readlink } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'

/** What a folder holds, as POSIX paths relative to it, sorted; symbolic links are listed, never followed. */
export interface FolderListing {
  files: string[]
  links: { path: string; target: string }[]
  /** Sockets, pipes, devices: neither files nor folders. */
  special: string[]
}

/** Walks `dir`; `skip` leaves out a relative path (and everything under it) before it is even read. */
export async function listFolder(dir: string, skip: (path: string) => boolean = () => false): Promise<FolderListing> {
  const listing: FolderListing = { files: [], links: [], special: [] }
  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true })
    for (const entry of entries) {
      const full = join(folder, entry.name)
      const path = relative(dir, full).split(sep).join('/')
      if (skip(path)) continue
      if (entry.isSymbolicLink()) listing.links.push({ path, target: await readlink(full) })
      else if (entry.isDirectory()) await walk(full)
      else if (entry.isFile()) listing.files.push(path)
      else listing.special.push(path)
    }
  }
  await walk(dir)
  listing.files.sort()
  listing.links.sort((a, b) => (a.path < b.path ? -1 : 1))
  listing.special.sort()
  return listing
}
