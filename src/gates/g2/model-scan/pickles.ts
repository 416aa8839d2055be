import type { ByteSource } from '../../../io/byte-source.js'
import { ByteStream, sourceChunks } from '../../../io/byte-stream.js'
import { shownName, type Scan } from './scan-context.js'
import { scanPickle } from './pickle-scan.js'
import {
  asObject,
  asString,
  PickleLog,
  type PickleResult,
  type StorageRef,
  type Value,
} from './pickle-values.js'

/** Pickle streams in a file: one after the other, joblib's arrays, legacy torch.save files, and pickles hidden in other formats. */

const TORCH_MAGIC = 0x1950a86a20f9469cfc6cn
/** Element sizes of the storage types a legacy torch.save file names. */
const STORAGE_BYTES: Record<string, number> = {
  ...Object.fromEntries(
    Object.entries({
      Double: 8,
      Float: 4,
      Half: 2,
      Long: 8,
      Int: 4,
      Short: 2,
      Char: 1,
      Byte: 1,
      Bool: 1,
      BFloat16: 2,
      ComplexDouble: 16,
      ComplexFloat: 8,
      QUInt8: 1,
      QInt8: 1,
      QInt32: 4,
      QUInt4x2: 1,
      QUInt2x4: 1,
      Untyped: 1,
    }).map(([k, v]) => [`torch.${k}Storage`, v]),
  ),
  'torch.storage.UntypedStorage': 1,
}

const isTorchMagic = (v: Value | undefined) =>
  asObject(v)?.t === 'bigint' && (v as { v: bigint }).v === TORCH_MAGIC

/**
 * Scans every pickle in the stream, one after the other, until the bytes stop
 * being a pickle. A legacy torch.save file (magic number, protocol version,
 * system info, the payload, the storage keys, then raw storages) is parsed
 * for what it is: the raw storages are stepped over by their declared sizes
 * and anything after them is scanned too. Returns undefined when the stream
 * is not a pickle at all.
 */
export async function scanPickles(
  ctx: Scan,
  part: string,
  stream: ByteStream,
  restart?: () => ByteStream,
): Promise<{ format: string } | { notPickle: PickleResult }> {
  const log = new PickleLog()
  const head = await stream.peek(2)
  let r: PickleResult = await scanPickle(stream, ctx.pickleOptions(true, true), log)
  if (!r.complete && !r.acted) {
    // Starts like a pickle (PROTO 0-5) but Python cannot load it: name the reason rather than calling it unknown.
    if (head[0] !== 0x80 || head[1]! > 5) return { notPickle: r }
    ctx.executable = true
    ctx.markPickled(true)
    ctx.notScanned(part, `a pickle that Python cannot load either: ${r.error}`)
    return { format: 'pickle' }
  }
  ctx.executable = true
  ctx.markPickled()
  let legacy = r.complete && isTorchMagic(r.value)
  let count = 0
  let joblibArrays = 0
  let objectArrays = 0
  let payloadStorages = 0
  let trailing: number | undefined
  for (;;) {
    joblibArrays += r.joblibArrays
    objectArrays += r.joblibObjectArrays
    if (!r.complete) {
      ctx.notScanned(
        part,
        `pickle ${count + 1} (from byte ${r.start}) could not be read to its end: ${r.error}`,
      )
      break
    }
    count++
    if (legacy) {
      if ((count === 2 && r.value !== 1001) || (count === 3 && asObject(r.value)?.t !== 'dict'))
        legacy = false
      if (count === 3) payloadStorages = log.storages.length
      if (count === 5) {
        const list = asObject(r.value)
        const keys = list?.t === 'list' ? list.items.map(asString) : undefined
        if (!keys || keys.some((k) => k === undefined)) legacy = false
        else {
          const problem = await skipStorages(
            stream,
            keys as string[],
            log.storages.slice(payloadStorages),
          )
          if (problem) {
            ctx.notScanned(
              part,
              `the legacy PyTorch storages could not be stepped over: ${problem}`,
            )
            break
          }
          ctx.part(part, `${keys.length} tensor storages (data)`)
        }
      }
    }
    if (await stream.atEnd()) break
    const at = stream.offset
    r = await scanPickle(stream, ctx.pickleOptions(!legacy, true), log)
    if (!r.complete && !r.acted) {
      trailing = at
      break
    }
  }
  const format =
    legacy && count >= 5 ? 'pytorch-legacy' : joblibArrays + objectArrays > 0 ? 'joblib' : 'pickle'
  ctx.report(part, log)
  ctx.part(
    part,
    `${format}: ${count} pickle stream${count === 1 ? '' : 's'}${joblibArrays ? `, ${joblibArrays} joblib arrays stepped over` : ''}${objectArrays ? `, ${objectArrays} joblib object arrays scanned` : ''}`,
  )
  if (trailing !== undefined)
    ctx.finding(
      part,
      'medium',
      `the bytes from byte ${trailing} on, after the last pickle, are not a pickle: no standard loader reads them, and the scanner did not judge them`,
    )
  // pickle.load (rather than joblib.load) would read joblib's raw array bytes as opcodes: judge that reading too.
  if (joblibArrays > 0 && restart) {
    const plain = new PickleLog()
    const s = restart()
    try {
      await scanPickle(s, ctx.pickleOptions(false, false), plain)
    } finally {
      s.close()
    }
    // Only named dangerous imports: raw array bytes read as opcodes can pop call results into a STACK_GLOBAL by chance.
    for (const [path, g] of plain.globals)
      if (g.tier === 'dangerous' && !path.startsWith('<') && !log.globals.has(path))
        ctx.finding(
          part,
          'critical',
          `read with pickle.load instead of joblib.load, the array bytes import the dangerous global ${path} at byte ${g.offset}: ${g.reason}`,
        )
  }
  return { format }
}

/** Steps over a legacy torch.save file's raw storages: each is an 8-byte element count and its bytes. */
async function skipStorages(
  stream: ByteStream,
  keys: string[],
  refs: StorageRef[],
): Promise<string | undefined> {
  const types = new Map<string, string | undefined>()
  for (const ref of refs) if (!types.has(ref.key)) types.set(ref.key, ref.storageType)
  for (const key of keys) {
    const type = types.get(key)
    const size = type === undefined ? undefined : STORAGE_BYTES[type]
    if (size === undefined)
      return `storage "${key}" has ${type ? `type ${type}, whose element size is unknown` : 'no persistent id in the payload'}`
    if (!(await stream.ensure(8))) return `the file ends before storage "${key}"`
    const raw = stream.take(8)
    const numel = Number(new DataView(raw.buffer, raw.byteOffset, 8).getBigUint64(0, true))
    if (!Number.isSafeInteger(numel * size) || !(await stream.skip(numel * size)))
      return `the file ends inside storage "${key}" (${numel} elements of ${size} bytes)`
  }
  return undefined
}

/**
 * The file's first bytes read as pickle.load would read them. For a file that
 * is something else (a zip, an npy array, safetensors), any import this
 * reaches means the file is also a pickle: a polyglot built to pass one
 * loader's checks and run in another.
 */
export async function probeAsPickle(
  ctx: Scan,
  part: string,
  source: ByteSource,
  what: string,
): Promise<void> {
  const log = new PickleLog()
  const s = new ByteStream(sourceChunks(source))
  try {
    const r = await scanPickle(s, ctx.pickleOptions(false, false), log)
    if (!r.acted) return
  } finally {
    s.close()
  }
  ctx.executable = true
  ctx.markPickled()
  for (const g of log.globals.values()) {
    if (g.tier === 'dangerous')
      ctx.finding(
        part,
        'critical',
        `this ${what} also unpickles (read by pickle.load): dangerous global ${shownName(g.path)} at byte ${g.offset}: ${g.reason}`,
      )
    else
      ctx.finding(
        part,
        'high',
        `this ${what} also unpickles (read by pickle.load), importing ${shownName(g.path)} at byte ${g.offset}: a file that is two formats at once`,
      )
  }
}
