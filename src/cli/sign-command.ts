import { readFile, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { InputError } from '../engine/errors.js'
import { unreadableFile } from '../io/file-errors.js'
import { signBlob } from '../gates/g2/signatures.js'
import type { CliArgs } from './args.js'
import type { CliIo } from './run-cli.js'

/**
 * `modelgate sign --key KEY.pem [--output FILE.sig] FILE`: a signature G2
 * verifies, for teams without cosign. With a P-256 key the output is what
 * `cosign sign-blob --key` writes (base64 DER ECDSA over SHA-256); with an
 * Ed25519 key, a base64 Ed25519 signature over the file.
 */
export async function runSignCommand(args: CliArgs, io: CliIo): Promise<number> {
  const file = args.rest[0]
  if (!file || !args.key) throw new InputError({ message: 'sign needs a private key and a file', expected: 'modelgate sign --key KEY.pem [--output FILE.sig] FILE', found: !file ? 'no file' : 'no --key' })
  const read = async (path: string, what: string) => {
    try {
      return await readFile(resolve(io.cwd, path))
    } catch (error) {
      throw unreadableFile(error, path, what)
    }
  }
  const { signature, algorithm } = signBlob(await read(file, 'the file to sign'), (await read(args.key, 'a PEM private key')).toString('utf8'), args.key)
  const output = args.output ?? `${file}.sig`
  await writeFile(resolve(io.cwd, output), `${signature}\n`)
  io.stderr(`modelgate: signed ${file} (${algorithm}) -> ${output}\n`)
  return 0
}
