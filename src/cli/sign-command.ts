import type { CliArgs } from './args.js'
import type { CliIo } from './run-cli.js'

/** `modelgate sign`: arrives with G2 (cosign-compatible blob signatures). */
export async function runSignCommand(_args: CliArgs, io: CliIo): Promise<number> {
  io.stderr('modelgate: error: the sign command is not available in this version\n')
  return 2
}
