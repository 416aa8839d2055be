import { InputError } from '../contract/errors.js'

/** The onnxruntime-node module, typed by its own declarations. */
export type OnnxRuntime = typeof import('onnxruntime-node')

/** Platforms for which `dist/` carries the native onnxruntime binding. */
export const SUPPORTED_ORT_PLATFORMS = ['linux-x64', 'linux-arm64'] as const

let cached: Promise<OnnxRuntime> | undefined

/**
 * Loads onnxruntime-node on first use only, so gates without a model never pay
 * for the 45 MB native library. On platforms the bundle does not carry, the
 * gate fails with a clear message instead of a missing-module stack trace.
 */
export function loadOnnxRuntime(
  platform: string = process.platform,
  arch: string = process.arch,
): Promise<OnnxRuntime> {
  const key = `${platform}-${arch}`
  if (!(SUPPORTED_ORT_PLATFORMS as readonly string[]).includes(key)) {
    return Promise.reject(
      new InputError({
        message: 'ONNX inference is not available on this runner',
        expected: `a runner on ${SUPPORTED_ORT_PLATFORMS.join(' or ')} (for example ubuntu-latest or ubuntu-24.04-arm)`,
        found: key,
      }),
    )
  }
  cached ??= import('onnxruntime-node').then(
    (m) => ((m as { default?: OnnxRuntime }).default ?? m) as OnnxRuntime,
  )
  return cached
}
