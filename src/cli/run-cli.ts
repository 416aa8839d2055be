import { resolve } from 'node:path'
import { formatProblem, InputError, toProblems } from '../contract/errors.js'
import { parseDataInputs, parseFailOn, parseGateId, parseOptions } from '../engine/inputs.js'
import { runContextFromEnv } from '../engine/run-context.js'
import { exitCodeFor, runGate } from '../engine/run-gate.js'
import { writeReportFiles, type ReportFiles } from '../report/files.js'
import { TOOL_VERSION } from '../version.js'
import { progressSinkFor, type CliIo } from './io.js'
import { printReport } from './print-report.js'
import { setProgressSink } from '../io/progress.js'
import { HELP, parseCliArgs } from './args.js'
import { findGate } from '../gates/table.js'
import type { GateServices } from '../engine/gate.js'

const defaultIo = (): CliIo => ({
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
})

/** The local CLI: same engine and evidence as the Action, reports written to a folder. Returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo = defaultIo()): Promise<number> {
  const previousProgress = setProgressSink(progressSinkFor(io))
  try {
    return await runCommand(argv, io)
  } finally {
    setProgressSink(previousProgress)
  }
}

async function runCommand(argv: readonly string[], io: CliIo): Promise<number> {
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
    if (args.command === 'init') {
      const { runInitCommand } = await import('./init-command.js')
      return await runInitCommand(args, io)
    }
    if (args.command === 'setup') {
      const { runSetupCommand } = await import('./setup-command.js')
      return await runSetupCommand(args, io)
    }
    if (args.command === 'inspect-model') {
      const { runInspectCommand } = await import('./inspect-command.js')
      return await runInspectCommand(args, io)
    }
    if (['candidate', 'rollback', 'verify'].includes(args.command)) {
      const { runRegistryCommand } = await import('./registry-commands.js')
      return await runRegistryCommand(args, io)
    }
    if (args.command === 'shadow-replay') {
      const { runShadowReplayCommand } = await import('./shadow-replay-command.js')
      return await runShadowReplayCommand(args, io)
    }
    const gate = parseGateId(args.command)
    const workspaceRoot = resolve(io.cwd, args.workspace ?? '.')
    const services: GateServices = {}
    if (args.approvals !== undefined && gate !== 'G3' && gate !== 'G5')
      throw new InputError({
        message: `--approvals is read by G3 and G5, not by ${gate}`,
        expected: 'G3 or G5 with --approvals, or no --approvals',
        found: `${gate} --approvals ${args.approvals}`,
      })
    if (args.approvals !== undefined) {
      const { fileApprovalsSource } = await import('../approvals/file-source.js')
      services.approvals = fileApprovalsSource(resolve(io.cwd, args.approvals), args.approvals)
    }
    // The registry --registry names: G5 releases from it, G1 reads a models:/<name>@champion baseline.
    if (args.registry !== undefined)
      services.registry = (await import('./registry-open.js')).openCliRegistry(
        args,
        io,
        args.command,
      )
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
        services,
        workspaceRoot,
        context: runContextFromEnv(io.env),
        failOn: parseFailOn(args.failOn),
      },
    )
    let files: ReportFiles | undefined
    let writeError: unknown
    try {
      files = await writeReportFiles(evidence, resolve(io.cwd, args.out))
    } catch (error) {
      writeError = error
    }
    // The report goes to stdout even when the folder cannot be written: a verdict is never lost.
    printReport(evidence, args.format, files, workspaceRoot, io)
    if (writeError !== undefined) {
      for (const p of toProblems(writeError)) io.stderr(`modelgate: error: ${formatProblem(p)}\n`)
      return 2
    }
    // G5 attaches its own evidence before it publishes the release.
    if (args.attach && files && evidence.gate !== 'G5') {
      const { attachToCandidate } = await import('./registry-commands.js')
      await attachToCandidate(args, io, evidence, files)
    }
    return exitCodeFor(evidence.status)
  } catch (error) {
    for (const p of toProblems(error)) io.stderr(`modelgate: error: ${formatProblem(p)}\n`)
    return 2
  }
}
