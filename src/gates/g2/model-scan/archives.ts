import { bufferSource, windowSource, type ByteSource } from '../../../io/byte-source.js'
import {
  ByteStream,
  InflateLimitError,
  inflateChunks,
  keepTail,
  sourceChunks,
} from '../../../io/byte-stream.js'
import {
  findEndRecords,
  readZipDirectory,
  unsafeEntryName,
  ZipFormatError,
  ZipLimitError,
  type ZipDirectory,
  type ZipEntry,
} from '../../../io/zip-reader.js'
import { materialize, MAX_MATERIALIZED } from './compressed.js'
import type { Scan } from './scan-context.js'

/** Zip archives: every directory a reader may pick, every entry by its own content, a zip at the end of other content. */

const MAX_ARCHIVE_NESTING = 3
/** The bytes at the end of a file in which zipfile looks for an end record: a 64 KiB comment and the record. */
const EOCD_SEARCH = 65535 + 22

/** The end records of a zip: the one zipfile picks, and the others other readers may pick. */
type EndRecords = NonNullable<ReturnType<typeof findEndRecords>>

const ZIP_FORMATS = new Set(['zip', 'pytorch-zip', 'numpy-zip'])

/** The directory of the first end record that leads to one with entries, or undefined (four bytes of data can look like an end record). */
function trailingDirectory(
  ctx: Scan,
  source: ByteSource,
): { at: number; prefix: number } | undefined {
  const records = findEndRecords(source)
  for (const at of records ? [records.zipfile, ...records.others] : []) {
    if (at === undefined) continue
    try {
      const dir = readZipDirectory(source, at, ctx.policy.maxArchiveEntries - ctx.entries)
      if (dir.entries.length) return { at, prefix: dir.prefix }
    } catch (error) {
      if (error instanceof ZipLimitError) return { at, prefix: 0 }
      if (!(error instanceof ZipFormatError)) throw error
    }
  }
  return undefined
}

/**
 * A zip at the end of content whose first bytes are something else (a
 * pickle, an array, text): zipfile opens it all the same, so its entries are
 * scanned. Bytes G2 does not recognise before a zip are a zip with a prefix
 * (a self-extracting layout): the file is judged as that zip.
 */
export async function scanTrailingZip(
  ctx: Scan,
  part: string,
  source: ByteSource,
  depth: number,
  format: string,
  unscanned: number,
): Promise<string> {
  if (ZIP_FORMATS.has(format)) return format
  const dir = trailingDirectory(ctx, source)
  if (!dir) return format
  if (depth > 0) ctx.finding('', 'high', `nested archive "${part}" inside a model archive`)
  if (format === 'unknown') {
    ctx.unscanned.splice(unscanned)
    return scanZip(ctx, part, source, depth)
  }
  ctx.finding(
    part,
    'medium',
    `this ${format} content also holds a zip archive (from byte ${dir.prefix}, its end record at byte ${dir.at}), which zipfile opens whatever the first bytes are: its entries were scanned`,
  )
  await scanZip(ctx, `${part ? `${part} > ` : ''}zip from byte ${dir.prefix}`, source, depth, true)
  return format
}

/** The zip entry flags zipfile refuses to read without more than the archive: a password, or a patch base. */
function unreadableFlags(flags: number): string | undefined {
  if (flags & 0x40) return 'strong encryption (flag bit 6), which zipfile refuses'
  if (flags & 0x01)
    return 'an encrypted entry (flag bit 0): zipfile needs its password, and G2 cannot read it'
  if (flags & 0x20) return 'compressed patched data (flag bit 5), which zipfile refuses'
  return undefined
}

/**
 * Scans every entry of a zip by its content, within the entry, size and
 * nesting limits. The directory zipfile reads is scanned, and so is any
 * other directory another reader would pick (a second end record): readers
 * that disagree on which files an archive holds are how a payload hides.
 */
export async function scanZip(
  ctx: Scan,
  part: string,
  source: ByteSource,
  depth: number,
  embedded = false,
): Promise<string> {
  if (depth >= MAX_ARCHIVE_NESTING) {
    ctx.finding(part, 'high', `archives nested more than ${MAX_ARCHIVE_NESTING} deep`)
    ctx.notScanned(part, `archives nested more than ${MAX_ARCHIVE_NESTING} deep are not opened`)
    return 'zip'
  }
  const records = findEndRecords(source)
  if (!records) {
    ctx.notScanned(part, 'a zip local header without an end-of-central-directory record')
    return 'zip'
  }
  const read = readDirectories(ctx, part, source, records)
  if (!read || read.length === 0) return 'zip'
  const entries = collectEntries(ctx, part, read, records, embedded)
  ctx.entries += entries.length
  const counts = judgeEntryNames(ctx, part, entries)
  const torch = entries.some((e) => /(^|\/)data\.pkl$/.test(e.name))
  const storages = await scanEntries(ctx, part, source, entries, counts, torch, depth)
  if (storages) ctx.part(part, `${storages} tensor storages (data)`)
  return torch
    ? 'pytorch-zip'
    : entries.length > 0 && entries.every((e) => e.name.endsWith('.npy'))
      ? 'numpy-zip'
      : 'zip'
}

/**
 * Reads the directory of each end record (the one zipfile picks and any
 * other): undefined when one holds more entries than the limit allows.
 */
function readDirectories(
  ctx: Scan,
  part: string,
  source: ByteSource,
  records: EndRecords,
): { at: number; dir: ZipDirectory }[] | undefined {
  const read: { at: number; dir: ZipDirectory }[] = []
  for (const at of [records.zipfile, ...records.others]) {
    if (at === undefined) continue
    try {
      read.push({
        at,
        dir: readZipDirectory(source, at, ctx.policy.maxArchiveEntries - ctx.entries),
      })
    } catch (error) {
      if (error instanceof ZipLimitError) {
        const around = ctx.entries ? ` (${ctx.entries} more in the archives around it)` : ''
        ctx.finding(
          part,
          'high',
          `${error.declared ? `the archive declares ${error.count} entries` : `the archive holds more than ${ctx.policy.maxArchiveEntries - ctx.entries} entries`}${around}, over the limit of ${ctx.policy.maxArchiveEntries} (modelScan.maxArchiveEntries)`,
        )
        return undefined
      }
      if (!(error instanceof ZipFormatError)) throw error
      if (at === records.zipfile)
        ctx.notScanned(part, `the zip directory cannot be read: ${error.message}`)
      else
        ctx.part(
          part,
          `the end record at byte ${at}, which some zip readers pick, leads to no readable directory (${error.message})`,
        )
    }
  }
  return read
}

/**
 * The entries of every directory read, each once, with findings on
 * directories readers disagree about (end records, declared counts, offsets).
 */
function collectEntries(
  ctx: Scan,
  part: string,
  read: { at: number; dir: ZipDirectory }[],
  records: EndRecords,
  embedded: boolean,
): ZipEntry[] {
  if (records.zipfile === undefined)
    ctx.finding(
      part,
      'high',
      `zipfile finds no end record here, but other zip readers do (at byte ${read[0]!.at})`,
    )
  if (read.length > 1)
    ctx.finding(
      part,
      'high',
      `${read.length} end-of-central-directory records (at bytes ${read.map((r) => r.at).join(', ')}) lead to different directories: zip readers disagree on which files the archive holds (every directory was scanned)`,
    )
  const entries: ZipEntry[] = []
  const seen = new Set<string>()
  for (const { dir } of read) {
    const { thisDisk, total } = dir.declared
    if (total !== dir.entries.length || thisDisk !== total) {
      ctx.finding(
        part,
        'high',
        `the end record declares ${total === thisDisk ? total : `${thisDisk} (this disk) and ${total} (in total)`} entries, but its central directory holds ${dir.entries.length}: readers that go by the count and readers that read the directory to its end (Python's zipfile) see different files (all ${dir.entries.length} were scanned)`,
      )
    }
    if (dir.prefix !== 0 && !embedded)
      ctx.finding(
        part,
        'medium',
        dir.prefix > 0
          ? `a zip archive behind ${dir.prefix} bytes of something else`
          : `the archive's offsets point ${-dir.prefix} bytes past where its directory is: zipfile shifts them back, readers that trust them read other bytes`,
      )
    for (const e of dir.entries) {
      const key = `${e.dataStart}:${e.compressedSize}:${e.method}:${e.name}:${e.problem ?? ''}`
      if (!seen.has(key)) entries.push(e)
      seen.add(key)
    }
  }
  return entries
}

/** Findings on entry names: duplicates, names that leave the folder, names readers disagree on. Returns how many entries bear each name. */
function judgeEntryNames(ctx: Scan, part: string, entries: ZipEntry[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const e of entries) counts.set(e.name, (counts.get(e.name) ?? 0) + 1)
  for (const [name, n] of counts)
    if (n > 1)
      ctx.finding(
        part,
        'medium',
        `entry "${name}" appears ${n} times: readers disagree on which copy they load (every copy was scanned)`,
      )
  for (const e of entries) {
    for (const name of [e.name, ...e.otherNames]) {
      const unsafe = unsafeEntryName(name)
      if (unsafe)
        ctx.finding(
          part,
          'high',
          `entry name "${name}" has ${unsafe}: extracted, it lands outside the target folder`,
        )
    }
    if (e.otherNames.length)
      ctx.finding(
        part,
        'medium',
        `entry "${e.name}" is also named ${e.otherNames.map((n) => `"${n}"`).join(', ')} by some readers: readers disagree on its name`,
      )
    if (e.localName !== undefined)
      ctx.finding(
        part,
        'medium',
        `entry "${e.name}" is named "${e.localName}" in its local header: readers disagree on its name`,
      )
  }
  return counts
}

/**
 * Scans each entry by its content, pickles first: in a PyTorch archive
 * (`torch`), the entries their persistent ids name are raw tensor storages,
 * counted and stepped over. Returns how many were.
 */
async function scanEntries(
  ctx: Scan,
  part: string,
  source: ByteSource,
  entries: ZipEntry[],
  counts: Map<string, number>,
  torch: boolean,
  depth: number,
): Promise<number> {
  // Pickles first: their persistent ids say which entries are raw tensor storages.
  const ordered = [
    ...entries.filter((e) => e.name.endsWith('.pkl')),
    ...entries.filter((e) => !e.name.endsWith('.pkl')),
  ]
  const storageNames = new Set<string>()
  let storages = 0
  for (const e of ordered) {
    const entryPart = part ? `${part} > ${e.name}` : e.name
    if (e.problem) {
      ctx.notScanned(entryPart, `zipfile cannot open it: ${e.problem}`)
      continue
    }
    if (e.name.endsWith('/') && e.size === 0 && e.compressedSize === 0) continue
    const flagged = unreadableFlags(e.flags)
    if (flagged) {
      ctx.notScanned(entryPart, flagged)
      continue
    }
    // Only an entry a persistent id names is a tensor storage, and only when no reader could take another entry for it.
    if (
      torch &&
      storageNames.has(e.name) &&
      counts.get(e.name) === 1 &&
      !e.otherNames.length &&
      e.localName === undefined
    ) {
      storages++
      continue
    }
    if (e.dataStart + e.compressedSize > source.size)
      ctx.finding(
        entryPart,
        'medium',
        `the entry runs ${e.dataStart + e.compressedSize - source.size} bytes past the end of the archive (what is there was scanned)`,
      )
    const refsBefore = ctx.storages.length
    await scanEntry(ctx, entryPart, source, e, depth)
    const dir = e.name.includes('/') ? e.name.slice(0, e.name.lastIndexOf('/') + 1) : ''
    const stem = e.name.slice(dir.length).replace(/\.pkl$/, '')
    for (const ref of ctx.storages.slice(refsBefore)) {
      storageNames.add(`${dir}data/${ref.key}`)
      storageNames.add(`${dir}${stem}/${ref.key}`)
    }
  }
  return storages
}

async function scanEntry(
  ctx: Scan,
  part: string,
  source: ByteSource,
  e: ZipEntry,
  depth: number,
): Promise<void> {
  const data = windowSource(source, e.dataStart, e.compressedSize)
  if (e.method === 0) {
    if (e.size !== e.compressedSize)
      ctx.finding(
        part,
        'medium',
        `a stored entry that declares ${e.size} bytes but holds ${e.compressedSize}`,
      )
    await ctx.nested.source(ctx, part, data, depth + 1, e.name)
    return
  }
  if (e.method !== 8) {
    ctx.notScanned(part, `compression method ${e.method}, which G2 does not unpack`)
    return
  }
  if (ctx.limitHit) {
    ctx.notScanned(part, 'not inflated: the inflation limit was already reached')
    return
  }
  const inflated = keepTail(inflateChunks(sourceChunks(data), 'raw', ctx.budget), EOCD_SEARCH)
  const stream = new ByteStream(inflated)
  try {
    const unscanned = ctx.unscanned.length
    const format = await ctx.nested.stream(ctx, part, stream, depth + 1)
    // Inflate the rest too: the limit holds for what the entry really expands to, whatever it declares.
    await stream.skip(Number.MAX_SAFE_INTEGER)
    if (stream.offset !== e.size)
      ctx.finding(
        part,
        'medium',
        `declares ${e.size} bytes uncompressed but inflates to ${stream.offset}`,
      )
    // A zip at its end: the entry is inflated again, into memory, to be read by ranges.
    if (!ZIP_FORMATS.has(format) && findEndRecords(bufferSource(inflated.tail()))) {
      const whole = await materialize(
        new ByteStream(inflateChunks(sourceChunks(data), 'raw', ctx.budget)),
        MAX_MATERIALIZED,
      )
      if (whole) await scanTrailingZip(ctx, part, bufferSource(whole), depth + 1, format, unscanned)
      else
        ctx.notScanned(
          part,
          `an entry that may end in a zip archive, larger than ${MAX_MATERIALIZED} bytes inflated`,
        )
    }
  } catch (error) {
    if (error instanceof InflateLimitError) {
      ctx.limitHit = true
      ctx.finding(
        part,
        'high',
        `the archive expands past ${error.limit} bytes (modelScan.maxUncompressedBytes): a zip bomb?`,
      )
      ctx.notScanned(part, `inflation stopped at the limit of ${error.limit} bytes`)
    } else
      ctx.notScanned(part, `the deflated data could not be inflated (${(error as Error).message})`)
  } finally {
    stream.close()
  }
}
