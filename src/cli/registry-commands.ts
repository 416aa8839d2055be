import { resolve } from 'node:path'
import { InputError } from '../contract/errors.js'
import type { Actor } from '../contract/registry.js'
import type { EvidenceRecord } from '../contract/types.js'
import { buildEvidence } from '../engine/evidence.js'
import { runContextFromEnv } from '../engine/run-context.js'
import { exitCodeFor } from '../engine/run-gate.js'
import { Workspace } from '../io/workspace.js'
import { writeReportFiles, type ReportFiles } from '../report/files.js'
import { attachGateEvidence, registerCandidate } from '../registry/candidate.js'
import { chainExitCode, type LinkVerdict } from '../registry/chain.js'
import { releaseTag } from '../registry/lifecycle.js'
import { rollbackModel } from '../registry/rollback.js'
import { Ssot } from '../ssot/ssot.js'
import { formatVerdicts, verifyFolder } from '../verify/verify.js'
import type { CliArgs } from './args.js'
import type { CliIo } from './io.js'
import { printReport } from './print-report.js'
import { openCliRegistry, verifyRegistryVersion } from './registry-open.js'

const registryOf = openCliRegistry

function actorOf(io: CliIo): Actor {
  const c = runContextFromEnv(io.env)
  const login = c.actor ?? io.env.USER ?? io.env.USERNAME
  const runUrl =
    c.serverUrl && c.repository && c.runId
      ? `${c.serverUrl}/${c.repository}/actions/runs/${c.runId}`
      : undefined
  return {
    ...(login ? { login } : {}),
    ...(c.runId ? { runId: c.runId } : {}),
    ...(runUrl ? { runUrl } : {}),
  }
}

/** `modelgate candidate | rollback | verify` against a local registry folder. */
export async function runRegistryCommand(args: CliArgs, io: CliIo): Promise<number> {
  const workspaceRoot = resolve(io.cwd, args.workspace ?? '.')
  // verify recomputes data digests only in a folder named explicitly: a checkout's data may have moved on since.
  const dataRoot = args.workspace !== undefined ? workspaceRoot : undefined
  if (args.command === 'candidate') {
    const registry = registryOf(args, io, 'candidate')
    const { version } = await registerCandidate({
      registry,
      workspaceRoot,
      ssotPath: args.ssot,
      actor: actorOf(io),
    })
    io.stdout(
      `${releaseTag(version.model, version.version)} candidate (${version.state}), model sha256 ${version.modelDigest}\n` +
        version.files.map((f) => `  ${f.name}  ${f.sha256}  ${f.bytes} bytes\n`).join(''),
    )
    return 0
  }
  if (args.command === 'rollback') return rollbackCommand(args, io, workspaceRoot)
  return verifyCommand(args, io, workspaceRoot, dataRoot)
}

async function rollbackCommand(args: CliArgs, io: CliIo, workspaceRoot: string): Promise<number> {
  const registry = registryOf(args, io, 'rollback')
  const model = await new Ssot(new Workspace(workspaceRoot), args.ssot).model()
  const started = new Date()
  const { outcome, moved } = await rollbackModel({
    registry,
    model: model.name,
    ...(args.to ? { to: args.to } : {}),
    reason: args.reason ?? '',
    actor: actorOf(io),
  })
  const evidence = buildEvidence(
    'rollback',
    outcome,
    runContextFromEnv(io.env),
    started,
    new Date(),
  )
  const files = await writeReportFiles(evidence, resolve(io.cwd, args.out))
  printReport(evidence, args.format, files, workspaceRoot, io)
  if (moved)
    io.stderr(`modelgate: production is ${moved.toTag} (model sha256 ${moved.to.modelDigest})\n`)
  return exitCodeFor(evidence.status)
}

async function verifyCommand(
  args: CliArgs,
  io: CliIo,
  workspaceRoot: string,
  dataRoot: string | undefined,
): Promise<number> {
  const groups: { title: string; verdicts: LinkVerdict[] }[] = []
  if (args.rest[0] !== undefined) {
    const folder = resolve(io.cwd, args.rest[0])
    groups.push({
      title: args.rest[0],
      verdicts: await verifyFolder(folder, dataRoot ? { dataRoot } : {}),
    })
  } else {
    const registry = registryOf(args, io, 'verify')
    const model = await new Ssot(new Workspace(workspaceRoot), args.ssot).model()
    const versions = (await registry.versions(model.name)).filter(
      (v) => args.modelVersion === undefined || v.version === args.modelVersion,
    )
    if (versions.length === 0)
      throw new InputError({
        file: args.registry,
        message: `Nothing to verify for ${model.name}`,
        expected: args.modelVersion
          ? `version ${args.modelVersion} in the registry`
          : 'a registered version',
        found: 'no such version',
      })
    for (const v of versions)
      groups.push({
        title: `${releaseTag(v.model, v.version)} (${v.draft ? 'candidate' : v.state})`,
        verdicts: await verifyRegistryVersion(registry, v, {
          ...(dataRoot ? { dataRoot } : {}),
          requireG5: !v.draft,
        }),
      })
  }
  if (args.format === 'json') io.stdout(`${JSON.stringify(groups, null, 2)}\n`)
  else
    for (const g of groups) {
      const failed = g.verdicts.filter((v) => v.status === 'fail').length
      io.stdout(
        `${g.title}: ${failed === 0 ? 'verified' : `${failed} failing link${failed === 1 ? '' : 's'}`}\n${formatVerdicts(g.verdicts)}`,
      )
    }
  return Math.max(...groups.map((g) => chainExitCode(g.verdicts)))
}

/** After a gate run with --attach: its evidence and reports go to the candidate of ssot/model.json. */
export async function attachToCandidate(
  args: CliArgs,
  io: CliIo,
  evidence: EvidenceRecord,
  files: ReportFiles,
): Promise<void> {
  const registry = registryOf(args, io, '--attach')
  const stored = await attachGateEvidence({
    registry,
    workspaceRoot: resolve(io.cwd, args.workspace ?? '.'),
    ssotPath: args.ssot,
    evidence,
    files,
  })
  io.stderr(
    `modelgate: attached ${stored.map((f) => f.name).join(', ')} to the candidate in ${args.registry}\n`,
  )
}
