import { InputError } from '../contract/errors.js'

export interface CliArgs {
  command: string
  ssot: string
  data: string[]
  model?: string
  baselineModel?: string
  out: string
  /** What stdout gets: the terminal report (text), GitHub's markdown, or the evidence JSON. */
  format: 'text' | 'markdown' | 'json'
  failOn?: string
  options: string[]
  workspace?: string
  help: boolean
  version: boolean
  /** Positional arguments after the command (used by `sign`). */
  rest: string[]
  key?: string
  output?: string
  /** setup: OWNER/NAME of the repository to configure. */
  repo?: string
  /** setup: print each API call instead of making it. */
  dryRun: boolean
  /** A sign-off file (G3, G5): approvals recorded outside GitHub. */
  approvals?: string
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
  '--repo',
  '--approvals',
])

/** Parses `modelgate <COMMAND> [flags]`; unknown flags and missing values are errors. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = {
    command: '',
    ssot: 'ssot',
    data: [],
    out: 'reports',
    format: 'text',
    options: [],
    help: false,
    version: false,
    rest: [],
    dryRun: false,
  }
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!
    if (raw === '--help' || raw === '-h') {
      args.help = true
      continue
    }
    if (raw === '--dry-run') {
      args.dryRun = true
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
        case '--repo':
          args.repo = value
          break
        case '--approvals':
          args.approvals = value
          break
        case '--format':
          if (!['text', 'markdown', 'md', 'json'].includes(value))
            throw new InputError({
              message: 'Invalid --format',
              expected: 'text, markdown (or md) or json',
              found: JSON.stringify(value),
            })
          args.format = value === 'md' ? 'markdown' : (value as CliArgs['format'])
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
                   [--baseline-model FILE] --out DIR [--format text|markdown|json]
                   [--fail-on fail|warn] [--option KEY=VALUE]...
                   [--approvals SIGNOFF.json]
  modelgate sign --key PRIVATE_KEY.pem [--output FILE.sig] FILE
  modelgate inspect-model FILE.onnx
  modelgate init [DIR]
  modelgate setup --repo OWNER/NAME [--ssot DIR] [--dry-run]
  modelgate --help | --version

Gates: G0 (Data Quality), G1 (Model Performance), G2 (Security Review),
G3 (OT/QA Approval), G4, G5, drift, rollback. Gates that this version does not implement
report status "error"; they never pass.

init writes the template repository (workflows, ssot/, example data and
model, README) into DIR, never over a file that exists, with the workflows
pinned to this version. setup configures a GitHub repository for it (token
from GH_TOKEN or GITHUB_TOKEN): environments ot-qa, production and signing
with reviewers from ssot/approvals.json, a ruleset requiring the gates'
checks and code-owner review, labels, and the MODELGATE_TRUSTED_KEYS
variable. --dry-run prints every API call instead.

inspect-model prints a model's inputs and outputs (what ssot/model.json maps)
and runs one all-zeros row when every input is numeric.

Writes DIR/<GATE>.evidence.json, DIR/<GATE>.md and DIR/<GATE>.html, and
prints the report: plain text for a terminal (colour on a TTY unless NO_COLOR
is set), GitHub's markdown with --format markdown, the evidence with --format json.

Options:
  --ssot DIR            governance folder (default: ssot)
  --data [ROLE=]FILE    a data file; repeat for several (training, holdout...).
                        Without --data, G0 uses the paths in ssot/model.json.
  --model FILE          model file (default: paths.model in ssot/model.json)
  --baseline-model FILE model to compare against (G1)
  --out DIR             report folder (default: reports)
  --format text|markdown|json  what to print on stdout (default: text)
  --fail-on fail|warn   warn: warnings also fail the run (default: fail)
  --option KEY=VALUE    gate option, e.g. max-violations=50, bootstrap=1000
  --workspace DIR       folder that every path must stay inside (default: .)
  --approvals FILE      G3: a sign-off file (ssot/schemas/signoff.schema.json)
                        with the approvals to judge against ssot/approvals.json

Exit codes: 0 pass, 1 fail, 2 error (the gate could not judge).
`
