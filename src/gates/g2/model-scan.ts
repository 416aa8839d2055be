import { isAbsolute, normalize } from 'node:path'
import { gunzipSync, inflateSync } from 'node:zlib'
import { zipEntries, zipEntryData } from '../../io/zip-reader.js'
import { fields, type Field } from '../../onnx/protobuf.js'
import { scanPickle, type PickleGlobal } from './pickle-scan.js'

/**
 * Model-file safety without loading any model: ONNX files are read as
 * protobuf (external-data paths, operator domains, declared sizes), pickles
 * by their opcodes, and PyTorch zip archives entry by entry under size and
 * count limits. A file G2 cannot parse is reported as skipped, by name and
 * reason: "no issues" is only said of files that were really scanned.
 */

export interface ScanPolicy {
  forbidPickle: boolean
  allowedOnnxDomains: string[]
  maxArchiveEntries: number
  maxUncompressedBytes: number
}

export const DEFAULT_SCAN_POLICY: ScanPolicy = { forbidPickle: false, allowedOnnxDomains: ['', 'ai.onnx', 'ai.onnx.ml'], maxArchiveEntries: 10_000, maxUncompressedBytes: 4 * 1024 ** 3 }

export interface ScanFinding {
  severity: 'critical' | 'high' | 'medium'
  message: string
}

export interface FileScan {
  file: string
  format: 'onnx' | 'pickle' | 'pytorch-zip' | 'unknown'
  scanned: boolean
  reason?: string
  findings: ScanFinding[]
  globals?: PickleGlobal[]
}

/** Scans one file's bytes; `externalSize` reports the size of a file next to the model (undefined when missing). */
export function scanModelFile(file: string, data: Buffer, policy: ScanPolicy, externalSize: (location: string) => number | undefined): FileScan {
  const lower = file.toLowerCase()
  if (data.length >= 4 && data.readUInt32LE(0) === 0x04034b50) return scanZip(file, data, policy)
  if (lower.endsWith('.onnx')) return scanOnnx(file, data, policy, externalSize)
  if (/\.(pkl|pickle|joblib|pt|pth|bin)$/.test(lower) || data[0] === 0x80 || data[0] === 0x1f) {
    if (policy.forbidPickle) return { file, format: 'pickle', scanned: true, findings: [{ severity: 'critical', message: 'pickle model formats are forbidden by ssot/security.json (modelScan.forbidPickle)' }] }
    return pickleResult(file, data, 'pickle', policy.maxUncompressedBytes)
  }
  return { file, format: 'unknown', scanned: false, reason: 'not a model format G2 scans (ONNX, pickle, joblib or PyTorch zip)', findings: [] }
}

/** joblib's compressed files: gzip and zlib are unpacked (within the size limit); lzma, xz and lz4 are not. */
function unpackJoblib(data: Buffer, limit: number): Buffer | string {
  const cap = Math.min(limit, 2 ** 31 - 1)
  try {
    if (data[0] === 0x1f && data[1] === 0x8b) return gunzipSync(data, { maxOutputLength: cap })
    if (data[0] === 0x78 && [0x01, 0x5e, 0x9c, 0xda].includes(data[1]!)) return inflateSync(data, { maxOutputLength: cap })
  } catch (error) {
    return `the compressed stream could not be unpacked within ${cap} bytes (${(error as Error).message})`
  }
  if (data[0] === 0xfd && data.subarray(1, 6).toString('latin1') === '7zXZ\x00') return 'an xz-compressed joblib file, which G2 does not unpack'
  if (data[0] === 0x5d && data[1] === 0x00) return 'an lzma-compressed joblib file, which G2 does not unpack'
  if (data.readUInt32LE(0) === 0x184d2204) return 'an lz4-compressed joblib file, which G2 does not unpack'
  return data
}

function pickleResult(file: string, raw: Buffer, format: FileScan['format'], limit = DEFAULT_SCAN_POLICY.maxUncompressedBytes): FileScan {
  const data = unpackJoblib(raw, limit)
  if (typeof data === 'string') return { file, format, scanned: false, reason: data, findings: [] }
  const scan = scanPickle(data)
  if (scan.error) return { file, format, scanned: false, reason: `the pickle stream could not be parsed (${scan.error})`, findings: [], globals: scan.globals }
  const findings: ScanFinding[] = scan.globals
    .filter((g) => g.risk !== 'safe')
    .map((g) => ({ severity: g.risk === 'critical' ? 'critical' : 'medium', message: `${g.risk === 'critical' ? 'dangerous' : 'unknown'} global ${g.module}.${g.name} imported at byte ${g.offset}` }))
  return { file, format, scanned: true, findings, globals: scan.globals }
}

// ---------- ONNX, read as protobuf ----------

function scanOnnx(file: string, data: Buffer, policy: ScanPolicy, externalSize: (location: string) => number | undefined): FileScan {
  const findings: ScanFinding[] = []
  try {
    const domains = new Set<string>()
    let graph: Field | undefined
    for (const f of fields(data, 0, data.length)) {
      if (f.no === 8 && f.wire === 2) for (const g of fields(data, f.start, f.end)) if (g.no === 1 && g.wire === 2) domains.add(data.toString('utf8', g.start, g.end))
      if (f.no === 7 && f.wire === 2) graph = f
    }
    if (!graph) return { file, format: 'onnx', scanned: false, reason: 'no graph in the ModelProto (not an ONNX model?)', findings }
    for (const f of fields(data, graph.start, graph.end)) {
      if (f.no === 1 && f.wire === 2) {
        for (const g of fields(data, f.start, f.end)) if (g.no === 7 && g.wire === 2) domains.add(data.toString('utf8', g.start, g.end))
      }
      if (f.no === 5 && f.wire === 2) {
        const entries = new Map<string, string>()
        for (const g of fields(data, f.start, f.end)) {
          if (g.no !== 13 || g.wire !== 2) continue
          let key = ''
          let value = ''
          for (const h of fields(data, g.start, g.end)) {
            if (h.no === 1) key = data.toString('utf8', h.start, h.end)
            if (h.no === 2) value = data.toString('utf8', h.start, h.end)
          }
          entries.set(key, value)
        }
        const location = entries.get('location')
        if (location === undefined) continue
        const clean = normalize(location)
        if (isAbsolute(location) || clean.startsWith('..')) {
          findings.push({ severity: 'critical', message: `external data path "${location}" leaves the model's folder` })
          continue
        }
        const size = externalSize(clean)
        const need = Number(entries.get('offset') ?? 0) + Number(entries.get('length') ?? 0)
        if (size === undefined) findings.push({ severity: 'high', message: `external data file "${location}" is missing` })
        else if (entries.has('length') && need > size) findings.push({ severity: 'high', message: `external data "${location}" declares bytes up to ${need}, but the file has ${size}` })
      }
    }
    for (const d of domains) if (!policy.allowedOnnxDomains.includes(d)) findings.push({ severity: 'high', message: `custom operator domain "${d}" is not allowed (modelScan.allowedOnnxDomains)` })
    return { file, format: 'onnx', scanned: true, findings }
  } catch (error) {
    return { file, format: 'onnx', scanned: false, reason: `not parseable as ONNX protobuf (${(error as Error).message})`, findings }
  }
}

// ---------- zip archives (PyTorch) ----------

function scanZip(file: string, zip: Buffer, policy: ScanPolicy): FileScan {
  const findings: ScanFinding[] = []
  let entries
  try {
    entries = zipEntries(zip)
  } catch (error) {
    return { file, format: 'pytorch-zip', scanned: false, reason: (error as Error).message, findings }
  }
  if (!entries) return { file, format: 'pytorch-zip', scanned: false, reason: 'a zip without its end-of-central-directory record', findings }
  if (entries.length > policy.maxArchiveEntries) return { file, format: 'pytorch-zip', scanned: true, findings: [{ severity: 'high', message: `the archive has ${entries.length} entries, over the limit of ${policy.maxArchiveEntries} (modelScan.maxArchiveEntries)` }] }
  const total = entries.reduce((n, e) => n + e.size, 0)
  if (total > policy.maxUncompressedBytes) return { file, format: 'pytorch-zip', scanned: true, findings: [{ severity: 'high', message: `the archive expands past ${policy.maxUncompressedBytes} bytes (modelScan.maxUncompressedBytes): a zip bomb?` }] }
  const globals: PickleGlobal[] = []
  let pickles = 0
  for (const entry of entries) {
    if (/\.(zip|pt|pth)$/i.test(entry.name)) findings.push({ severity: 'high', message: `nested archive "${entry.name}" inside a model archive` })
    if (!/\.pkl$/.test(entry.name)) continue
    let body: Buffer
    try {
      // The declared sizes can lie: inflation itself is capped too.
      body = zipEntryData(zip, entry, Math.min(policy.maxUncompressedBytes, 2 ** 31 - 1))
    } catch (error) {
      return { file, format: 'pytorch-zip', scanned: true, findings: [{ severity: 'high', message: `entry "${entry.name}" cannot be inflated within the limits: ${(error as Error).message}` }] }
    }
    const inner = pickleResult(`${file}:${entry.name}`, body, 'pytorch-zip')
    if (!inner.scanned) return { ...inner, file }
    pickles++
    globals.push(...(inner.globals ?? []))
    findings.push(...inner.findings.map((f) => ({ ...f, message: `${entry.name}: ${f.message}` })))
  }
  if (pickles === 0) return { file, format: 'pytorch-zip', scanned: false, reason: 'a zip archive without a data.pkl: not a PyTorch model G2 can scan', findings }
  if (policy.forbidPickle) findings.push({ severity: 'critical', message: 'pickle model formats are forbidden by ssot/security.json (modelScan.forbidPickle)' })
  return { file, format: 'pytorch-zip', scanned: true, findings, globals }
}
