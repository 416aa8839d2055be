import { bufferSource, type ByteSource } from '../../../io/byte-source.js'
import { ByteStream, sourceChunks } from '../../../io/byte-stream.js'
import { scanTrailingZip, scanZip } from './archives.js'
import { materialize, MAX_MATERIALIZED, remaining, scanCompressed } from './compressed.js'
import { scanNpy } from './npy.js'
import { scanOnnx, type ExternalLookup } from './onnx-scan.js'
import { probeAsPickle, scanPickles } from './pickles.js'
import { scanSafetensors } from './safetensors.js'
import { Scan, type FileScan, type ScanPolicy } from './scan-context.js'
import { COMPRESSORS, sniff, type Kind } from './sniff.js'
import { isText, scanText, TEXT_PREFIX } from './text.js'

export type { ExternalLookup } from './onnx-scan.js'
export {
  DEFAULT_SCAN_POLICY,
  printable,
  shownName,
  type FileScan,
  type ScanPolicy,
} from './scan-context.js'

/**
 * Model-file safety without loading anything. A file's format is recognised
 * by its content, not its name: pickles (and joblib's arrays and compressed
 * wrappers), PyTorch zip and legacy files, zip and numpy archives, numpy
 * arrays, ONNX, safetensors, text. Every pickle stream in a file is scanned
 * (pickle-scan.ts, pickles.ts), every zip entry is judged by its own content within the
 * SSOT's limits, and a file's first bytes are also read the way pickle.load
 * would read them, so a file that is both (say) a zip and a pickle is caught.
 *
 * Plain data (text, safetensors, numeric arrays, images, tensor storages) is
 * reported as "not executable, nothing to scan". Anything the scanner cannot
 * judge is named with the reason, and the file is not "scanned": "no issues"
 * is only said of files whose every executable byte was judged.
 */
/** Scans content that can only be read front to back (an inflated stream), or any source through its stream. */
async function scanStream(
  ctx: Scan,
  part: string,
  stream: ByteStream,
  depth: number,
  restart?: () => ByteStream,
  size?: number,
): Promise<string> {
  const head = await stream.peek(512)
  if (head.length === 0) {
    ctx.part(part, 'empty: nothing to scan')
    return 'empty'
  }
  const kind = sniff(head, size)
  if (kind === 'npy') return scanNpy(ctx, part, stream)
  if (kind === 'gzip' || kind === 'zlib')
    return scanCompressed(ctx, part, remaining(stream), kind, depth)
  if (kind && COMPRESSORS.has(kind)) {
    ctx.notScanned(part, `${kind}-compressed content, which G2 cannot unpack`)
    return kind
  }
  if (kind === 'zip') {
    const whole = await materialize(stream, MAX_MATERIALIZED)
    if (!whole) {
      ctx.finding('', 'high', `nested archive "${part}" inside a model archive`)
      ctx.notScanned(
        part,
        `a compressed archive larger than ${MAX_MATERIALIZED} bytes inside another`,
      )
      return 'zip'
    }
    return scanSource(ctx, part, bufferSource(whole), depth, part)
  }
  if (kind === 'safetensors') {
    const format = await scanSafetensors(ctx, part, stream)
    if (format) return format
    // Not safetensors after all: judged as whatever else it is (a pickle, text, or nothing G2 knows).
  }
  const prefix = await stream.peek(TEXT_PREFIX)
  const textual = isText(prefix, prefix.length < TEXT_PREFIX)
  const pickled = await scanPickles(ctx, part, stream, restart)
  if ('format' in pickled) return pickled.format
  if (textual) return scanText(ctx, part, prefix, pickled.notPickle)
  if (kind === 'image' || kind === 'tar') {
    if (kind === 'image') ctx.part(part, 'image: not executable, nothing to scan')
    else ctx.notScanned(part, "a tar archive (PyTorch's pre-1.0 format), which G2 does not unpack")
    return kind
  }
  ctx.notScanned(
    part,
    'not a format G2 recognises (pickle, joblib, PyTorch, numpy, ONNX, safetensors, zip, text)',
  )
  return 'unknown'
}

/**
 * Scans content that can be read by ranges: a file, or a stored zip entry.
 * Whatever its first bytes, a zip at its end is opened too: zipfile finds a
 * zip by its end record, so a zip appended to a pickle (or anything) loads.
 */
async function scanSource(
  ctx: Scan,
  part: string,
  source: ByteSource,
  depth: number,
  name: string,
): Promise<string> {
  if (source.size === 0) {
    ctx.part(part, 'empty: nothing to scan')
    return 'empty'
  }
  const head = source.read(0, 512)
  const kind = sniff(head, source.size)
  const unscanned = ctx.unscanned.length
  const format = await scanByContent(ctx, part, source, depth, name, head, kind)
  return kind === 'zip' ? format : scanTrailingZip(ctx, part, source, depth, format, unscanned)
}

/** Scans content that can be read by ranges by what its first bytes are. */
async function scanByContent(
  ctx: Scan,
  part: string,
  source: ByteSource,
  depth: number,
  name: string,
  head: Uint8Array,
  kind: Kind | undefined,
): Promise<string> {
  const restart = () => new ByteStream(sourceChunks(source))
  if (!kind && (head[0] === 0x08 || /\.onnx$/i.test(name))) {
    const onnx = scanOnnx(source, ctx.policy.allowedOnnxDomains, ctx.external)
    if (onnx.isOnnx || /\.onnx$/i.test(name)) {
      await probeAsPickle(ctx, part, source, 'ONNX model')
      ctx.executable = true
      for (const f of onnx.findings) ctx.finding(part, f.severity, f.message)
      if (depth === 0) ctx.references.push(...onnx.references)
      if (onnx.isOnnx)
        ctx.part(part, `onnx: ${onnx.graphs} graphs, ${onnx.tensors} tensors checked`)
      else ctx.notScanned(part, onnx.error ?? 'not an ONNX model')
      return 'onnx'
    }
  }
  if (!kind || kind === 'image' || kind === 'tar')
    return scanStream(ctx, part, restart(), depth, restart, source.size)
  await probeAsPickle(ctx, part, source, kind === 'npy' ? 'numpy array' : `${kind} file`)
  switch (kind) {
    case 'zip':
      if (depth > 0) ctx.finding('', 'high', `nested archive "${part}" inside a model archive`)
      return scanZip(ctx, part, source, depth)
    case 'gzip':
    case 'zlib':
      return scanCompressed(ctx, part, sourceChunks(source), kind, depth)
    case 'zfile':
      // joblib before 0.9.3: "ZF", the length in hex padded to 19 bytes, then zlib.
      return scanCompressed(ctx, part, sourceChunks(source, 21), 'zlib', depth)
    case 'safetensors': {
      const format = await scanSafetensors(ctx, part, restart())
      return format ?? scanStream(ctx, part, restart(), depth, restart, source.size)
    }
    default:
      return scanStream(ctx, part, restart(), depth, restart, source.size)
  }
}

const NESTED = { source: scanSource, stream: scanStream }

/**
 * Scans one file (or buffer) by its content. `file` is the name shown in
 * findings; `external` answers for ONNX external data locations.
 */
export async function scanModelFile(
  file: string,
  input: ByteSource | Uint8Array,
  policy: ScanPolicy,
  external: ExternalLookup = () => undefined,
): Promise<FileScan> {
  const source = input instanceof Uint8Array ? bufferSource(input) : input
  const ctx = new Scan(policy, external, NESTED)
  let format = 'unknown'
  try {
    format = await scanSource(ctx, '', source, 0, file)
  } catch (error) {
    ctx.notScanned('', `the scan stopped: ${(error as Error).message}`)
  }
  const unloadablePickleOnly =
    format === 'pickle' &&
    ctx.readings === 1 &&
    ctx.unloadable === 1 &&
    ctx.findings.length === 0 &&
    ctx.unscanned.length === 1 &&
    ctx.globals.length === 0
  if (policy.forbidPickle && ctx.readings > 0)
    ctx.findings.unshift({
      severity: 'critical',
      message:
        'pickle model formats are forbidden by ssot/security.json (modelScan.forbidPickle), and this file holds a pickle',
    })
  return {
    file,
    format,
    scanned: ctx.unscanned.length === 0,
    executable: ctx.executable,
    ...(ctx.unscanned.length ? { reason: ctx.unscanned.join('; ') } : {}),
    findings: ctx.findings,
    globals: ctx.globals,
    parts: ctx.parts,
    ...(ctx.references.length ? { references: ctx.references } : {}),
    ...(unloadablePickleOnly ? { unloadablePickleOnly: true as const } : {}),
  }
}
