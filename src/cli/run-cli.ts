import { resolve } from 'node:path'
import { formatProblem, toProblems } from '../contract/errors.js'
import { parseDataInputs, parseFailOn, parseGateId, parseOptions } from '../engine/inputs.js'
import { runContextFromEnv } from '../engine/run-context.js'
import { exitCodeFor, runGate } from '../engine/run-gate.js'
import { writeReportFiles } from '../report/files.js'
import { renderMarkdown } from '../report/markdown.js'
import { TOOL_VERSION } from '../version.js'
import type { CliIo } from './io.js'
import { HELP, parseCliArgs } from './args.js'
import { findGate } from '../gates/table.js'

const defaultIo = (): CliIo => ({
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  env: process.env,
})

/** The local CLI: same engine and evidence as the Action, reports written to a folder. Returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo = defaultIo()): Promise<number> {
  try {
    const args = parseCliArgs(argv)
    if (args.version) {
      io.stdout(`modelgate ${TOOL_VERSION}\n`)
      return 0
    }
    if (args.help || !args.command) {
      io.stdout(HELP)
      return args.help ? 0 : 2
    }
    if (args.command === 'sign') {
      const { runSignCommand } = await import('./sign-command.js')
      return await runSignCommand(args, io)
    }
    if (args.command === 'inspect-model') {
      const { runInspectCommand } = await import('./inspect-command.js')
      return await runInspectCommand(args, io)
    }
    if (['candidate', 'rollback', 'verify'].includes(args.command)) {
      const { runRegistryCommand } = await import('./registry-commands.js')
      return await runRegistryCommand(args, io)
    }
    const gate = parseGateId(args.command)
    const workspaceRoot = resolve(io.cwd, args.workspace ?? '.')
    const evidence = await runGate(
      gate,
      {
        ssot: args.ssot,
        data: parseDataInputs(args.data),
        ...(args.model !== undefined ? { model: args.model } : {}),
        ...(args.baselineModel !== undefined ? { baselineModel: args.baselineModel } : {}),
        options: parseOptions(args.options),
      },
      {
        gates: findGate,
        workspaceRoot,
        context: runContextFromEnv(io.env),
        failOn: parseFailOn(args.failOn),
        // G1's models:/<name>@champion baseline reads the registry --registry names.
        ...(args.registry
          ? {
              services: {
                registry: (await import('./registry-open.js')).openCliRegistry(
                  args,
                  io,
                  args.command,
                ),
              },
            }
          : {}),
      },
    )
    // The report goes to stdout even when the folder cannot be written: a verdict is never lost.
    io.stdout(
      args.format === 'json' ? `${JSON.stringify(evidence, null, 2)}\n` : renderMarkdown(evidence),
    )
    for (const p of evidence.problems) io.stderr(`modelgate: error: ${formatProblem(p)}\n`)
    io.stderr(`modelgate: ${evidence.gate} ${evidence.status}: ${evidence.summary}\n`)
    const files = await writeReportFiles(evidence, resolve(io.cwd, args.out))
    io.stderr(`modelgate: evidence ${files.evidence} (sha256 ${evidence.digest.value})\n`)
    if (args.attach) {
      const { attachToCandidate } = await import('./registry-commands.js')
      await attachToCandidate(args, io, evidence, files)
    }
    return exitCodeFor(evidence.status)
  } catch (error) {
    for (const p of toProblems(error)) io.stderr(`modelgate: error: ${formatProblem(p)}\n`)
    return 2
  }
}
