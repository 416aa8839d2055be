import type { ByteSource } from '../../../io/byte-source.js'
import type { ByteStream, InflateBudget } from '../../../io/byte-stream.js'
import { truncate } from '../../../report/escape.js'
import type { ExternalLookup, ExternalReference } from './onnx-scan.js'
import type { PickleGlobal, PickleLog, PickleOptions, StorageRef } from './pickle-values.js'

/**
 * A global's name as findings and the report show it: pickles may write
 * names of many megabytes (the scan reads names of up to 64 MiB), and the
 * evidence must not carry them whole.
 */
export function shownName(name: string): string {
  return truncate(name, 300)
}

export interface ScanPolicy {
  forbidPickle: boolean
  allowedOnnxDomains: string[]
  maxArchiveEntries: number
  /** Bytes a file may inflate to (zip entries, gzip and zlib wrappers), counted as they are produced. */
  maxUncompressedBytes: number
  /** The status of a file (or part) the scanner could not judge. */
  unscannable: 'fail' | 'warn'
  /** Globals the team reviewed and accepts (its own classes), as exact dotted paths; never one on the denylist. */
  allowedGlobals: string[]
}

export const DEFAULT_SCAN_POLICY: ScanPolicy = {
  forbidPickle: false,
  allowedOnnxDomains: ['', 'ai.onnx', 'ai.onnx.ml'],
  maxArchiveEntries: 10_000,
  maxUncompressedBytes: 4 * 1024 ** 3,
  unscannable: 'fail',
  allowedGlobals: [],
}

export interface ScanFinding {
  severity: 'critical' | 'high' | 'medium'
  message: string
}

export interface FileScan {
  file: string
  /** What the file is: pickle, joblib, pytorch-zip, pytorch-legacy, numpy, numpy-zip, zip, onnx, safetensors, text, image, empty, symlink, unknown. */
  format: string
  /** Every part a loader could execute was judged. */
  scanned: boolean
  /** The file holds something a loader executes or interprets (a pickle, an ONNX graph); false for plain data. */
  executable: boolean
  /** Why (part of) the file was not scanned. */
  reason?: string
  findings: ScanFinding[]
  globals: PickleGlobal[]
  /** What was found inside, part by part (zip entries, pickle streams, storages). */
  parts: string[]
  /** Files an ONNX model keeps its external data in (relative to the model's folder), with the ranges its tensors take. */
  references?: ExternalReference[]
  /**
   * The file's only reading as a pickle is one Python cannot load (PROTO,
   * then a stop before any import), and nothing else was found or left
   * unjudged: bytes that merely start like a pickle, such as tensor data.
   */
  unloadablePickleOnly?: true
}

const MAX_LISTED = 200

/** Names from inside a file (globals, entry names) can hold control characters; they are shown escaped, never raw. */
export function printable(text: string): string {
  let out = ''
  for (const c of text) {
    const code = c.codePointAt(0)!
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f))
      out += `\\x${code.toString(16).padStart(2, '0')}`
    else if (code === 0x2028 || code === 0x2029) out += `\\u${code.toString(16)}`
    else out += c
  }
  return out
}

/**
 * How content inside content is scanned (an archive's entries, an inflated
 * stream): model-scan.ts hands its own two entry points in, so that the
 * format modules that meet nested content do not import it back.
 */
export interface NestedScans {
  /** Content read by ranges: a file, a stored entry, an archive unpacked into memory. */
  source(ctx: Scan, part: string, source: ByteSource, depth: number, name: string): Promise<string>
  /** Content read front to back (an inflated stream); `restart` reads it again from its start. */
  stream(
    ctx: Scan,
    part: string,
    stream: ByteStream,
    depth: number,
    restart?: () => ByteStream,
    size?: number,
  ): Promise<string>
}

/** What one file's scan collects, part by part. */
export class Scan {
  readonly findings: ScanFinding[] = []
  readonly unscanned: string[] = []
  readonly parts: string[] = []
  readonly globals: PickleGlobal[] = []
  readonly storages: StorageRef[] = []
  readonly references: ExternalReference[] = []
  readonly budget: InflateBudget
  private readonly allowed: ReadonlySet<string>
  /** Pickle readings of any kind: one Python loads, one it cannot (after PROTO), an object array, a polyglot. Above 0, the file holds a pickle. */
  readings = 0
  /** Pickle readings Python cannot load (PROTO, then a stop before any import); `readings` counts them too. */
  unloadable = 0
  executable = false
  entries = 0
  limitHit = false

  constructor(
    readonly policy: ScanPolicy,
    readonly external: ExternalLookup,
    readonly nested: NestedScans,
  ) {
    this.budget = { limit: policy.maxUncompressedBytes, used: 0 }
    this.allowed = new Set(policy.allowedGlobals)
  }

  /** How to read a pickle here: following joblib's arrays or not, resolving persistent ids (as PyTorch does) or not. */
  pickleOptions(joblib: boolean, persistentLoad: boolean): PickleOptions {
    return { joblib, persistentLoad, allowed: this.allowed }
  }

  finding(part: string, severity: ScanFinding['severity'], message: string): void {
    const text = printable(part ? `${part}: ${message}` : message)
    if (this.findings.length < MAX_LISTED && !this.findings.some((f) => f.message === text))
      this.findings.push({ severity, message: text })
  }

  /** Records that the file holds a pickle (`unloadable`: one Python cannot load). */
  markPickled(unloadable = false): void {
    this.readings++
    if (unloadable) this.unloadable++
  }

  notScanned(part: string, reason: string): void {
    if (this.unscanned.length < MAX_LISTED)
      this.unscanned.push(printable(part ? `${part}: ${reason}` : reason))
  }

  part(part: string, what: string): void {
    if (this.parts.length < MAX_LISTED) this.parts.push(printable(part ? `${part}: ${what}` : what))
  }

  /**
   * Turns a pickle log into findings: dangerous globals are critical; an
   * unknown global is high when loading calls it (or hands it to a call),
   * since code nobody reviewed then runs, and medium when it is only imported.
   */
  report(part: string, log: PickleLog): void {
    for (const g of log.globals.values()) {
      this.globals.push(g)
      const written =
        g.path.startsWith('<') || g.path === `${g.module}.${g.name}`
          ? ''
          : ` (written as ${shownName(`${g.module}.${g.name}`)})`
      const path = shownName(g.path)
      const times = g.count > 1 ? `, ${g.count} times` : ''
      if (g.tier === 'dangerous')
        this.finding(
          part,
          'critical',
          `dangerous global ${path}${written} at byte ${g.offset}${times}: ${g.reason}`,
        )
      else if (g.tier === 'unknown' && g.called) {
        const how = g.called.passed
          ? `handed to a call (${g.called.op} at byte ${g.called.at}), which may call it`
          : `called while loading (${g.called.op} at byte ${g.called.at})`
        this.finding(
          part,
          'high',
          `unknown global ${path}${written} at byte ${g.offset}${times}, ${how}: not on the list of known ML globals; once reviewed, list it in modelScan.allowedGlobals`,
        )
      } else if (g.tier === 'unknown')
        this.finding(
          part,
          'medium',
          `unknown global ${path}${written} at byte ${g.offset}${times}: imported but never called; not on the list of known ML globals`,
        )
    }
    this.storages.push(...log.storages)
  }
}
