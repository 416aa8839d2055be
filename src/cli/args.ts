import { InputError } from '../contract/errors.js'

export interface CliArgs {
  command: string
  ssot: string
  data: string[]
  model?: string
  baselineModel?: string
  out: string
  format: 'md' | 'json'
  failOn?: string
  options: string[]
  workspace?: string
  help: boolean
  version: boolean
  /** Positional arguments after the command (used by `sign`). */
  rest: string[]
  key?: string
  output?: string
  /** Local registry folder (candidate, rollback, verify, --attach). */
  registry?: string
  /** Attach the gate's evidence to the candidate in --registry. */
  attach: boolean
  /** rollback: the version to return to. */
  to?: string
  /** rollback: why. */
  reason?: string
  /** verify: one version of the registry (default: every version). */
  modelVersion?: string
}

const VALUE_FLAGS = new Set([
  '--ssot',
  '--data',
  '--model',
  '--baseline-model',
  '--out',
  '--format',
  '--fail-on',
  '--option',
  '--workspace',
  '--key',
  '--output',
  '--registry',
  '--to',
  '--reason',
  '--model-version',
])

/** Parses `modelgate <COMMAND> [flags]`; unknown flags and missing values are errors. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = {
    command: '',
    ssot: 'ssot',
    data: [],
    out: 'reports',
    format: 'md',
    options: [],
    help: false,
    version: false,
    rest: [],
    attach: false,
  }
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!
    if (raw === '--help' || raw === '-h') {
      args.help = true
      continue
    }
    if (raw === '--attach') {
      args.attach = true
      continue
    }
    if (raw === '--version' || raw === '-v') {
      args.version = true
      continue
    }
    const eq = raw.indexOf('=')
    const flag = raw.startsWith('--') && eq > 0 ? raw.slice(0, eq) : raw
    if (raw.startsWith('-')) {
      if (!VALUE_FLAGS.has(flag))
        throw new InputError({
          message: 'Unknown option',
          expected: `one of ${[...VALUE_FLAGS].join(', ')}, --help`,
          found: raw,
        })
      let value: string
      if (flag !== raw) value = raw.slice(eq + 1)
      else {
        const next = argv[++i]
        if (next === undefined)
          throw new InputError({
            message: `Option ${flag} needs a value`,
            expected: `${flag} VALUE`,
            found: 'end of arguments',
          })
        value = next
      }
      switch (flag) {
        case '--ssot':
          args.ssot = value
          break
        case '--data':
          args.data.push(value)
          break
        case '--model':
          args.model = value
          break
        case '--baseline-model':
          args.baselineModel = value
          break
        case '--out':
          args.out = value
          break
        case '--fail-on':
          args.failOn = value
          break
        case '--option':
          args.options.push(value)
          break
        case '--workspace':
          args.workspace = value
          break
        case '--key':
          args.key = value
          break
        case '--output':
          args.output = value
          break
        case '--registry':
          args.registry = value
          break
        case '--to':
          args.to = value
          break
        case '--reason':
          args.reason = value
          break
        case '--model-version':
          args.modelVersion = value
          break
        case '--format':
          if (value !== 'md' && value !== 'json')
            throw new InputError({
              message: 'Invalid --format',
              expected: 'md or json',
              found: JSON.stringify(value),
            })
          args.format = value
          break
      }
      continue
    }
    if (!args.command) args.command = raw
    else args.rest.push(raw)
  }
  return args
}

export const HELP = `modelgate: ML release gates with verifiable evidence

Usage:
  modelgate <GATE> --ssot DIR [--data [ROLE=]FILE]... [--model FILE]
                   [--baseline-model FILE] --out DIR [--format md|json]
                   [--fail-on fail|warn] [--option KEY=VALUE]...
  modelgate sign --key PRIVATE_KEY.pem [--output FILE.sig] FILE
  modelgate inspect-model FILE.onnx
  modelgate candidate --registry DIR [--ssot DIR]
  modelgate rollback --registry DIR --reason TEXT [--to VERSION] [--ssot DIR] [--out DIR]
  modelgate verify (FOLDER | --registry DIR [--model-version V]) [--ssot DIR] [--format md|json]
  modelgate --help | --version

Gates: G0 (Data Quality), G1 (Model Performance), G2 (Security Review),
G3, G4, G5, drift, rollback. Gates that this version does not implement
report status "error"; they never pass.

inspect-model prints a model's inputs and outputs (what ssot/model.json maps)
and runs one all-zeros row when every input is numeric.

candidate registers the version of ssot/model.json in the registry (the
model, the model card, modelgate-version.json); a gate run with
--registry DIR --attach then attaches its evidence and reports to it.
rollback returns production to a version that passed G5 (default: the one
before), after verifying its files and chain; it writes rollback evidence.
verify recomputes every digest of a release's chain and prints one verdict
per link (exit 0 all pass, 1 a link fails, 2 nothing to verify).

Writes DIR/<GATE>.evidence.json, DIR/<GATE>.md and DIR/<GATE>.html, and
prints the report (markdown, or the evidence with --format json).

Options:
  --ssot DIR            governance folder (default: ssot)
  --data [ROLE=]FILE    a data file; repeat for several (training, holdout...).
                        Without --data, G0 uses the paths in ssot/model.json.
  --model FILE          model file (default: paths.model in ssot/model.json)
  --baseline-model FILE model to compare against (G1)
  --out DIR             report folder (default: reports)
  --format md|json      what to print on stdout (default: md)
  --fail-on fail|warn   warn: warnings also fail the run (default: fail)
  --option KEY=VALUE    gate option, e.g. max-violations=50, bootstrap=1000
  --workspace DIR       folder that every path must stay inside (default: .)
  --registry DIR        local model registry folder
  --attach              after the gate, attach its evidence to the candidate
  --to VERSION          rollback: version to return to
  --reason TEXT         rollback: why (recorded in the history)
  --model-version V     verify: one version of the registry

Exit codes: 0 pass, 1 fail, 2 error (the gate could not judge).
`
