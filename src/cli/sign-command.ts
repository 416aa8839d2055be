import { readFile, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { InputError } from '../contract/errors.js'
import { unreadableFile } from '../io/file-errors.js'
import { signFile } from '../signing/signatures.js'
import type { CliArgs } from './args.js'
import type { CliIo } from './io.js'

/**
 * `modelgate sign --key KEY.pem [--output FILE.sig] FILE`: a signature G2
 * verifies, for teams without cosign. With a P-256 key the output is what
 * `cosign sign-blob --key` writes (base64 DER ECDSA over SHA-256, the file
 * streamed, so any size); with an Ed25519 key, a base64 Ed25519 signature over
 * the file (files up to 2 GiB - 1). It prints the key's fingerprint, the value
 * the Action's `trusted-keys` input pins.
 */
export async function runSignCommand(args: CliArgs, io: CliIo): Promise<number> {
  const file = args.rest[0]
  if (!file || !args.key)
    throw new InputError({
      message: 'sign needs a private key and a file',
      expected: 'modelgate sign --key KEY.pem [--output FILE.sig] FILE',
      found: !file ? 'no file' : 'no --key',
    })
  let pem: string
  try {
    pem = await readFile(resolve(io.cwd, args.key), 'utf8')
  } catch (error) {
    throw unreadableFile(error, args.key, 'a PEM private key')
  }
  const { signature, algorithm, fingerprint } = await signFile(
    resolve(io.cwd, file),
    file,
    pem,
    args.key,
  )
  const output = args.output ?? `${file}.sig`
  try {
    await writeFile(resolve(io.cwd, output), `${signature}\n`)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error'
    throw new InputError({
      file: output,
      message: `Cannot write the signature (${code})`,
      expected: 'a writable path (its folder must exist)',
      found: code === 'ENOENT' ? 'no such folder' : code,
    })
  }
  io.stderr(`modelgate: signed ${file} (${algorithm}, key ${fingerprint}) -> ${output}\n`)
  return 0
}
