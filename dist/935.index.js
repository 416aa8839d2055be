export const id = 935;
export const ids = [935];
export const modules = {

/***/ 48935:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/src/engine/errors.js
var errors = __webpack_require__(72993);
// EXTERNAL MODULE: ./build/src/engine/inputs.js
var inputs = __webpack_require__(49935);
// EXTERNAL MODULE: ./build/src/engine/run-context.js
var run_context = __webpack_require__(45419);
// EXTERNAL MODULE: ./build/src/engine/run-gate.js + 51 modules
var run_gate = __webpack_require__(15351);
// EXTERNAL MODULE: ./build/src/io/report-files.js + 2 modules
var report_files = __webpack_require__(26183);
// EXTERNAL MODULE: ./build/src/report/markdown.js
var markdown = __webpack_require__(70075);
// EXTERNAL MODULE: ./build/src/version.js
var version = __webpack_require__(28009);
;// CONCATENATED MODULE: ./build/src/cli/args.js

const VALUE_FLAGS = new Set(['--ssot', '--data', '--model', '--baseline-model', '--out', '--format', '--fail-on', '--option', '--workspace', '--key', '--output']);
/** Parses `modelgate <COMMAND> [flags]`; unknown flags and missing values are errors. */
function parseCliArgs(argv) {
    const args = { command: '', ssot: 'ssot', data: [], out: 'reports', format: 'md', options: [], help: false, version: false, rest: [] };
    for (let i = 0; i < argv.length; i++) {
        const raw = argv[i];
        if (raw === '--help' || raw === '-h') {
            args.help = true;
            continue;
        }
        if (raw === '--version' || raw === '-v') {
            args.version = true;
            continue;
        }
        const eq = raw.indexOf('=');
        const flag = raw.startsWith('--') && eq > 0 ? raw.slice(0, eq) : raw;
        if (raw.startsWith('-')) {
            if (!VALUE_FLAGS.has(flag))
                throw new errors/* InputError */.dz({ message: 'Unknown option', expected: `one of ${[...VALUE_FLAGS].join(', ')}, --help`, found: raw });
            let value;
            if (flag !== raw)
                value = raw.slice(eq + 1);
            else {
                const next = argv[++i];
                if (next === undefined)
                    throw new errors/* InputError */.dz({ message: `Option ${flag} needs a value`, expected: `${flag} VALUE`, found: 'end of arguments' });
                value = next;
            }
            switch (flag) {
                case '--ssot':
                    args.ssot = value;
                    break;
                case '--data':
                    args.data.push(value);
                    break;
                case '--model':
                    args.model = value;
                    break;
                case '--baseline-model':
                    args.baselineModel = value;
                    break;
                case '--out':
                    args.out = value;
                    break;
                case '--fail-on':
                    args.failOn = value;
                    break;
                case '--option':
                    args.options.push(value);
                    break;
                case '--workspace':
                    args.workspace = value;
                    break;
                case '--key':
                    args.key = value;
                    break;
                case '--output':
                    args.output = value;
                    break;
                case '--format':
                    if (value !== 'md' && value !== 'json')
                        throw new errors/* InputError */.dz({ message: 'Invalid --format', expected: 'md or json', found: JSON.stringify(value) });
                    args.format = value;
                    break;
            }
            continue;
        }
        if (!args.command)
            args.command = raw;
        else
            args.rest.push(raw);
    }
    return args;
}
const HELP = `modelgate: ML release gates with verifiable evidence

Usage:
  modelgate <GATE> --ssot DIR [--data [ROLE=]FILE]... [--model FILE]
                   [--baseline-model FILE] --out DIR [--format md|json]
                   [--fail-on fail|warn] [--option KEY=VALUE]...
  modelgate sign --key PRIVATE_KEY.pem [--output FILE.sig] FILE
  modelgate inspect-model FILE.onnx
  modelgate --help | --version

Gates: G0 (Data Quality), G1 (Model Performance), G2 (Security Review),
G3, G4, G5, drift, rollback. Gates that this version does not implement
report status "error"; they never pass.

inspect-model prints a model's inputs and outputs (what ssot/model.json maps)
and runs one all-zeros row when every input is numeric.

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

Exit codes: 0 pass, 1 fail, 2 error (the gate could not judge).
`;

;// CONCATENATED MODULE: ./build/src/cli/run-cli.js









const defaultIo = () => ({
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
});
/** The local CLI: same engine and evidence as the Action, reports written to a folder. Returns the exit code. */
async function runCli(argv, io = defaultIo()) {
    try {
        const args = parseCliArgs(argv);
        if (args.version) {
            io.stdout(`modelgate ${version/* TOOL_VERSION */.w}\n`);
            return 0;
        }
        if (args.help || !args.command) {
            io.stdout(HELP);
            return args.help ? 0 : 2;
        }
        if (args.command === 'sign') {
            const { runSignCommand } = await __webpack_require__.e(/* import() */ 555).then(__webpack_require__.bind(__webpack_require__, 62555));
            return await runSignCommand(args, io);
        }
        if (args.command === 'inspect-model') {
            const { runInspectCommand } = await __webpack_require__.e(/* import() */ 872).then(__webpack_require__.bind(__webpack_require__, 61872));
            return await runInspectCommand(args, io);
        }
        const gate = (0,inputs/* parseGateId */.mr)(args.command);
        const workspaceRoot = (0,external_node_path_.resolve)(io.cwd, args.workspace ?? '.');
        const evidence = await (0,run_gate/* runGate */.i)(gate, {
            ssot: args.ssot,
            data: (0,inputs/* parseDataInputs */.Rm)(args.data),
            ...(args.model !== undefined ? { model: args.model } : {}),
            ...(args.baselineModel !== undefined ? { baselineModel: args.baselineModel } : {}),
            options: (0,inputs/* parseOptions */.Ac)(args.options),
        }, { workspaceRoot, context: (0,run_context/* runContextFromEnv */.w)(io.env), failOn: (0,inputs/* parseFailOn */.XV)(args.failOn) });
        // The report goes to stdout even when the folder cannot be written: a verdict is never lost.
        io.stdout(args.format === 'json' ? `${JSON.stringify(evidence, null, 2)}\n` : (0,markdown/* renderMarkdown */.Gc)(evidence));
        for (const p of evidence.problems)
            io.stderr(`modelgate: error: ${(0,errors/* formatProblem */.Vw)(p)}\n`);
        io.stderr(`modelgate: ${evidence.gate} ${evidence.status}: ${evidence.summary}\n`);
        const files = await (0,report_files/* writeReportFiles */.t)(evidence, (0,external_node_path_.resolve)(io.cwd, args.out));
        io.stderr(`modelgate: evidence ${files.evidence} (sha256 ${evidence.digest.value})\n`);
        return (0,run_gate/* exitCodeFor */.R)(evidence.status);
    }
    catch (error) {
        for (const p of (0,errors/* toProblems */.ek)(error))
            io.stderr(`modelgate: error: ${(0,errors/* formatProblem */.Vw)(p)}\n`);
        return 2;
    }
}


/***/ })

};
