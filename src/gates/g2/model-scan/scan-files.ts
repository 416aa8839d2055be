import { lstatSync, realpathSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Check } from '../../../contract/types.js'
import { FileSource } from '../../../io/byte-source.js'
import { unreadableFile } from '../../../io/file-errors.js'
import { listFolder, type FolderEntry } from '../../../io/folder-files.js'
import { isInside, realOrSelf } from '../../../io/paths.js'
import {
  printable,
  scanModelFile,
  shownName,
  type ExternalLookup,
  type FileScan,
  type ScanPolicy,
} from './model-scan.js'

/**
 * Which files G2 scans and the check each one gets: the model, every piece
 * of release material and every file of every OMS-signed folder, whatever
 * their names (the format is recognised by content). Symbolic links inside a
 * signed folder are reported and never followed; one that leaves the folder
 * fails, since a loader would read a file nobody signed or scanned.
 */

export interface ScanTarget {
  absolute: string
  display: string
  /** Why it is scanned: "model", "release material", "signed folder model/". */
  origin: string
  link?: { target: string; inside: boolean; dangling: boolean }
  /** Not a regular file (a FIFO, a socket, a device). */
  special?: boolean
}

/** The scan targets, each file once (by real path), in a stable order. */
export async function scanTargets(
  model: string,
  material: string[],
  folders: string[],
  display: (absolute: string) => string,
): Promise<ScanTarget[]> {
  const out: ScanTarget[] = []
  const seen = new Set<string>()
  const add = (t: ScanTarget) => {
    // A missing file keeps its own path: it is reported when it is opened.
    const key = t.link ? t.absolute : realOrSelf(t.absolute)
    if (seen.has(key)) return
    seen.add(key)
    out.push(t)
  }
  add({ absolute: model, display: display(model), origin: 'model' })
  for (const m of material) add({ absolute: m, display: display(m), origin: 'release material' })
  for (const folder of folders) {
    // A bundle may sign a single file (model-signing names it "."): then that file is the target.
    if (isFile(folder)) {
      add({ absolute: folder, display: display(folder), origin: 'signed file' })
      continue
    }
    let entries: FolderEntry[]
    try {
      entries = await listFolder(folder)
    } catch (error) {
      throw unreadableFile(
        error,
        display(folder),
        'the signed model folder (modelSignatures[].modelPath)',
      )
    }
    const origin = `signed folder ${display(folder)}/`
    for (const e of entries)
      add({
        absolute: e.absolute,
        display: display(e.absolute),
        origin,
        ...(e.link ? { link: e.link } : {}),
        ...(e.kind === 'other' ? { special: true } : {}),
      })
  }
  return out
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

function isFile(path: string): boolean {
  try {
    return lstatSync(path).isFile()
  } catch {
    return false
  }
}

/** ONNX external data next to the model: its size, and whether it resolves outside the model's folder. */
function externalLookup(model: string): ExternalLookup {
  const base = dirname(model)
  return (location) => {
    try {
      const real = realpathSync(join(base, location))
      return { size: statSync(real).size, outside: !isInside(realpathSync(base), real) }
    } catch {
      return undefined
    }
  }
}

/** Scans one target, reading the file by ranges (files over 2 GiB included). */
export async function scanTarget(t: ScanTarget, policy: ScanPolicy): Promise<FileScan> {
  const base = { file: t.display, globals: [], parts: [] }
  const target = printable(t.link?.target ?? '')
  if (t.link) {
    if (t.link.dangling)
      return {
        ...base,
        format: 'symlink',
        scanned: false,
        executable: false,
        reason: `a symbolic link to "${target}", which does not exist`,
        findings: [],
      }
    if (!t.link.inside)
      return {
        ...base,
        format: 'symlink',
        scanned: false,
        executable: false,
        reason: `a symbolic link to "${target}" outside the folder, not followed`,
        findings: [
          {
            severity: 'critical',
            message: `symbolic link to "${target}" leaves the ${t.origin}: a loader would read a file that is neither signed nor scanned`,
          },
        ],
      }
    return {
      ...base,
      format: 'symlink',
      scanned: true,
      executable: false,
      findings: [],
      parts: [
        `symbolic link to "${target}" inside the folder (its target is scanned at its own path)`,
      ],
    }
  }
  if (t.special)
    return {
      ...base,
      format: 'special',
      scanned: false,
      executable: false,
      reason: 'not a regular file (a FIFO, a socket or a device)',
      findings: [],
    }
  if (isFolder(t.absolute))
    return {
      ...base,
      format: 'folder',
      scanned: false,
      executable: false,
      reason: `"${printable(t.display)}" is a folder, not a file (G2 scans the files of a folder only when an OMS signature covers it, in modelSignatures)`,
      findings: [],
    }
  let source: FileSource
  try {
    source = new FileSource(t.absolute)
  } catch (error) {
    throw unreadableFile(error, t.display, `a file to scan (${t.origin})`)
  }
  try {
    return await scanModelFile(t.display, source, policy, externalLookup(t.absolute))
  } finally {
    source.close()
  }
}

/**
 * Scans every target. A file a scanned ONNX model names as its external
 * data is then reported as what it is, tensor bytes, rather than as a
 * format nobody recognises, but only when it is inside that model's folder
 * (links resolved) and the tensors account for every byte of it (gaps may
 * only be zero padding): a file that merely shares a name with a tensor's
 * location, or holds more than the tensors, stays "not scanned". Tensor
 * bytes can begin like a pickle (an int64 640 is 80 02 ...): a file whose
 * only reading as a pickle is one Python cannot load, with nothing found
 * and nothing else left unjudged, is relabelled the same way (and so is not
 * a pickle for forbidPickle either). A pickle Python loads, or one that
 * imports anything, keeps its findings whatever a tensor names.
 */
export async function scanAll(targets: ScanTarget[], policy: ScanPolicy): Promise<FileScan[]> {
  const scans: FileScan[] = []
  for (const t of targets) scans.push(await scanTarget(t, policy))
  const named = new Map<string, { model: string; ranges: { offset: number; length: number }[] }>()
  for (const [i, s] of scans.entries()) {
    const folder = dirname(targets[i]!.absolute)
    for (const ref of s.references ?? []) {
      const real = realOrSelf(join(folder, ref.location))
      if (!isInside(realOrSelf(folder), real)) continue
      const entry = named.get(real) ?? { model: s.file, ranges: [] }
      entry.ranges.push(...ref.ranges)
      named.set(real, entry)
    }
  }
  return scans.map((s, i) => {
    const t = targets[i]!
    const ref = named.get(realOrSelf(t.absolute))
    const unrecognised = s.format === 'unknown' && !s.findings.length
    if (
      !ref ||
      s.scanned ||
      !(unrecognised || s.unloadablePickleOnly) ||
      t.link ||
      !onlyTensorBytes(t.absolute, ref.ranges)
    )
      return s
    return {
      file: s.file,
      format: 'onnx-external-data',
      scanned: true,
      executable: false,
      findings: [],
      globals: [],
      parts: [
        `tensor bytes that ${ref.model} keeps as external data: not executable, nothing to scan`,
      ],
    }
  })
}

/** True when the ranges cover the file, every byte between or after them being zero (alignment padding). */
function onlyTensorBytes(absolute: string, ranges: { offset: number; length: number }[]): boolean {
  let source: FileSource
  try {
    source = new FileSource(absolute)
  } catch {
    return false
  }
  try {
    const zeros = (from: number, to: number) => {
      for (let at = from; at < to; at += 1 << 20)
        if (source.read(at, Math.min(1 << 20, to - at)).some((b) => b !== 0)) return false
      return true
    }
    let covered = 0
    for (const r of [...ranges].sort((a, b) => a.offset - b.offset)) {
      if (r.offset > covered && !zeros(covered, r.offset)) return false
      covered = Math.max(covered, r.offset + r.length)
    }
    return zeros(covered, source.size)
  } finally {
    source.close()
  }
}

/** The evidence check for one scanned file. */
export function scanCheck(scan: FileScan, policy: ScanPolicy, origin: string): Check {
  const blocking = scan.findings.some((f) => f.severity === 'critical' || f.severity === 'high')
  const status = blocking
    ? 'fail'
    : !scan.scanned
      ? policy.unscannable
      : scan.findings.length
        ? 'warn'
        : 'pass'
  const listed = scan.findings.slice(0, 10).map((f) => `${f.severity}: ${f.message}`)
  const findings =
    scan.findings.length > 10
      ? [...listed, `and ${scan.findings.length - 10} more (see details)`]
      : listed
  const message = !scan.scanned
    ? [`not scanned: ${scan.reason}`, ...findings].join('; ')
    : findings.length
      ? `${scan.format}: ${findings.join('; ')}`
      : scan.executable
        ? `${scan.format}: no issues`
        : `${scan.format}: not executable, nothing to scan`
  return {
    id: `G2.model_scan.${scan.file}`,
    rule: 'model_scan',
    variable: scan.file,
    value: scan.scanned ? scan.findings.length : null,
    operator: '<=',
    threshold: 0,
    unit: 'findings',
    status,
    severity: status === 'warn' ? 'warn' : 'block',
    message,
    details: {
      origin,
      format: scan.format,
      scanned: scan.scanned,
      executable: scan.executable,
      ...(scan.findings.length > 10 ? { findings: scan.findings } : {}),
      ...(scan.parts.length ? { parts: scan.parts.slice(0, 50) } : {}),
      ...(scan.globals.length
        ? {
            globals: scan.globals
              .slice(0, 100)
              .map((g) => ({ path: shownName(g.path), tier: g.tier, count: g.count })),
          }
        : {}),
    },
  }
}

/** "3 of 4 files scanned (1 plain data), 1 not scanned: a.bin" for the gate summary. */
export function scanSummary(scans: FileScan[]): string {
  const scanned = scans.filter((s) => s.scanned)
  const data = scanned.filter((s) => !s.executable).length
  const missed = scans.filter((s) => !s.scanned).map((s) => s.file)
  return `${scanned.length} of ${scans.length} files scanned${data ? ` (${data} plain data)` : ''}${missed.length ? `, not scanned: ${missed.slice(0, 5).join(', ')}${missed.length > 5 ? ', ...' : ''}` : ''}`
}

/** The report's "Model files" table. */
export function scanTable(scans: FileScan[]): {
  title: string
  columns: string[]
  rows: string[][]
} {
  return {
    title: 'Model files',
    columns: ['file', 'format', 'scanned', 'findings'],
    rows: scans.map((s) => [
      s.file,
      s.format,
      s.scanned ? (s.executable ? 'yes' : 'data only') : `no: ${s.reason}`,
      s.findings.map((f) => `${f.severity}: ${f.message}`).join('; ') || 'none',
    ]),
  }
}
