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
  /** Local registry folder (candidate, rollback, verify, --attach; G5 releases from it). */
  registry?: string
  /** Attach the gate's evidence to the candidate in --registry. */
  attach: boolean
  /** rollback: the version to return to. */
  to?: string
  /** rollback: why. */
  reason?: string
  /** verify: one version of the registry (default: every version). */
  modelVersion?: string
  /** shadow-replay: the candidate (shadow) and production models, and the recorded requests. */
  candidate?: string
  production?: string
  requests?: string
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
  '--registry',
  '--to',
  '--reason',
  '--model-version',
  '--candidate',
  '--production',
  '--requests',
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
    attach: false,
    dryRun: false,
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
        case '--candidate':
          args.candidate = value
          break
        case '--production':
          args.production = value
          break
        case '--requests':
          args.requests = value
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
                   [--approvals SIGNOFF.json] [--registry DIR]
  modelgate sign --key PRIVATE_KEY.pem [--output FILE.sig] FILE
  modelgate inspect-model FILE.onnx
  modelgate candidate --registry DIR [--ssot DIR]
  modelgate rollback --registry DIR --reason TEXT [--to VERSION] [--ssot DIR] [--out DIR]
  modelgate verify (FOLDER | --registry DIR [--model-version V]) [--ssot DIR] [--format text|json]
  modelgate shadow-replay --candidate A.onnx --production B.onnx --requests FILE
                   --out LOG.csv [--ssot DIR] [--option timestamp-column=COL]
  modelgate init [DIR]
  modelgate setup --repo OWNER/NAME [--ssot DIR] [--dry-run]
  modelgate --help | --version

Gates: G0 (Data Quality), G1 (Model Performance), G2 (Security Review),
G3 (OT/QA Approval), G4 (Shadow Validation), G5 (Production Release), and
drift. A gate that cannot judge reports status "error" (exit 2); it never passes.

drift compares a current window (--data current=FILE) with the reference
(paths.reference in ssot/model.json, or --data reference=FILE): per feature,
the target when the window has it, and the predictions when --model is given,
with Evidently's default tests unless ssot/drift.json says otherwise. Exit 1
on dataset drift.

init writes the template repository (workflows, ssot/, example data and
model, README) into DIR, never over a file that exists, with the workflows
pinned to this version. setup configures a GitHub repository for it (token
from GH_TOKEN or GITHUB_TOKEN): environments ot-qa, production and signing
with reviewers from ssot/approvals.json, a ruleset requiring the gates'
checks and code-owner review, labels, and the MODELGATE_TRUSTED_KEYS
variable. --dry-run prints every API call instead.

inspect-model prints a model's inputs and outputs (what ssot/model.json maps)
and runs one all-zeros row when every input is numeric.

candidate registers the version of ssot/model.json in the registry (the
model, the model card, modelgate-version.json); a gate run with
--registry DIR --attach then attaches its evidence and reports to it.
rollback returns production to a version that passed G5 (default: the one
before), after verifying its files and chain; it writes rollback evidence.
verify recomputes every digest of a release's chain and prints one verdict
per link (exit 0 all pass, 1 a link fails, 2 nothing to verify).
shadow-replay runs recorded requests through both models and writes the
shadow log G4 judges (options: timestamp-column, start and rows-per-day,
request-id-column, latency=off, batch-size).

Writes DIR/<GATE>.evidence.json, DIR/<GATE>.md and DIR/<GATE>.html, and
prints the report: plain text for a terminal (colour on a TTY unless NO_COLOR
is set), GitHub's markdown with --format markdown, the evidence with --format json.

Options:
  --ssot DIR            governance folder (default: ssot)
  --data [ROLE=]FILE    a data file; repeat for several (training, holdout...).
                        Without --data, G0 uses the paths in ssot/model.json.
                        G4: shadow=LOG (default paths.log in ssot/shadow.json).
  --model FILE          model file (default: paths.model in ssot/model.json)
  --baseline-model FILE model to compare against (G1), production model (G4)
  --out DIR             report folder (default: reports)
  --format text|markdown|json  what to print on stdout (default: text)
  --fail-on fail|warn   warn: warnings also fail the run (default: fail)
  --option KEY=VALUE    gate option, e.g. max-violations=50, bootstrap=1000
  --workspace DIR       folder that every path must stay inside (default: .)
  --approvals FILE      G3: a sign-off file (ssot/schemas/signoff.schema.json)
                        with the approvals to judge against ssot/approvals.json
  --registry DIR|mlflow a local registry folder, or mlflow (MLFLOW_TRACKING_URI);
                        G5 releases the candidate in it, G1 reads a champion baseline
  --attach              after the gate, attach its evidence to the candidate
  --to VERSION          rollback: version to return to
  --reason TEXT         rollback: why (recorded in the history)
  --model-version V     verify: one version of the registry

Exit codes: 0 pass, 1 fail, 2 error (the gate could not judge).
`
