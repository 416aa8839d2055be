export const id = 935;
export const ids = [935];
export const modules = {

/***/ 68510:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ progressSinkFor),
/* harmony export */   z: () => (/* binding */ wantsColor)
/* harmony export */ });
/* harmony import */ var _io_progress_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67463);

/** Colour for the text report: only on a terminal, and never when NO_COLOR is set to anything (no-color.org). */
function wantsColor(io) {
    return io.stdoutIsTTY === true && !io.env.NO_COLOR;
}
/** Where progress goes: a live line on a terminal's stderr, a line every 10% in Actions, else nowhere. */
function progressSinkFor(io) {
    if (io.stderrIsTTY)
        return (0,_io_progress_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalProgress */ .e3)({ write: io.stderr });
    if (io.env.GITHUB_ACTIONS === 'true')
        return (0,_io_progress_js__WEBPACK_IMPORTED_MODULE_0__/* .logProgress */ .sc)({ write: io.stderr });
    return undefined;
}


/***/ }),

/***/ 90471:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ printReport)
});

// EXTERNAL MODULE: ./build/src/contract/errors.js
var errors = __webpack_require__(68081);
// EXTERNAL MODULE: ./build/src/io/json-pointer-line.js
var json_pointer_line = __webpack_require__(35393);
// EXTERNAL MODULE: ./build/src/report/markdown.js + 1 modules
var markdown = __webpack_require__(70862);
// EXTERNAL MODULE: ./build/src/report/format.js
var format = __webpack_require__(45845);
;// CONCATENATED MODULE: ./build/src/report/text.js


const SGR = {
    pass: '32',
    fail: '31',
    error: '35',
    warn: '33',
    skipped: '2',
    dim: '2',
    bold: '1',
};
function renderText(evidence, options = {}) {
    const paint = (style, text) => options.color ? `\u001b[${SGR[style]}m${text}\u001b[0m` : text;
    const out = [];
    out.push(`${paint('bold', `${evidence.gate} ${evidence.gateName}:`)} ${paint(evidence.status, evidence.status.toUpperCase())}`);
    out.push(`  ${plain(evidence.summary)}`);
    const subject = subjectRows(evidence);
    if (subject.length > 0)
        out.push('', ...table(subject).map((l) => `  ${l}`));
    if (evidence.problems.length > 0) {
        out.push('', paint('bold', 'Problems'));
        for (const p of evidence.problems)
            out.push(`  ${paint('error', 'ERROR')}  ${plain((0,errors/* formatProblem */.Vw)(p))}`);
    }
    const ordered = (0,format/* orderChecks */.gg)(evidence.checks);
    const attention = ordered.filter((c) => c.status !== 'pass' && c.status !== 'skipped');
    const limit = options.maxChecks ?? 20;
    // A short list is shown whole when nothing needs attention (a passing G1 shows its KPI values);
    // otherwise what needs attention, the rest counted.
    const whole = attention.length === 0 && evidence.checks.length <= limit;
    const listed = whole ? ordered : attention;
    const shown = listed.slice(0, limit);
    if (shown.length > 0) {
        out.push('', paint('bold', shown.length === attention.length ? 'Checks that need attention' : 'Checks'));
        const rows = shown.map((c) => checkRow(c));
        // Status words are ASCII: colour the padded first column after alignment.
        const statusWidth = Math.max(...rows.map((r) => r[0].length));
        table(rows).forEach((line, i) => {
            out.push(`  ${paint(shown[i].status, line.slice(0, statusWidth))}${line.slice(statusWidth)}`);
        });
        const more = listed.length - shown.length;
        if (more > 0)
            out.push(`  ... and ${more} more in the full report`);
    }
    out.push(...violationLines(evidence, paint));
    out.push(...extraTableLines(evidence, paint));
    const passed = evidence.checks.filter((c) => c.status === 'pass').length;
    const skipped = evidence.checks.filter((c) => c.status === 'skipped').length;
    if (evidence.checks.length > 0)
        out.push('', `  ${paint('pass', `${passed} passed`)}, ${attention.length} need attention${skipped ? `, ${skipped} skipped` : ''} (of ${evidence.checks.length} checks)`);
    if (options.files) {
        out.push('', paint('bold', 'Reports'));
        out.push(...table([
            ['markdown', options.files.markdown],
            ['html', options.files.html],
            ['evidence', `${options.files.evidence}  (sha256 ${evidence.digest.value})`],
        ]).map((l) => `  ${l}`));
    }
    return `${out.join('\n')}\n`;
}
/** The first data values that broke a rule (G0), each at its file and line. */
function violationLines(evidence, paint) {
    const violations = (evidence.report.violations ?? []);
    if (!Array.isArray(violations) || violations.length === 0)
        return [];
    const shown = violations.slice(0, 10);
    const rows = shown.map((v) => [
        `${plain(v.file)}:${v.line}`,
        plain(v.column),
        plain(JSON.stringify(v.value)),
        plain(v.rule),
        plain(v.message),
    ]);
    return [
        '',
        paint('bold', 'Values that broke a rule'),
        ...table(rows).map((l) => `  ${l}`),
        ...(violations.length > shown.length
            ? [`  ... and ${violations.length - shown.length} more in the full report`]
            : []),
    ];
}
/** The gate's own tables (G1's per-slice KPIs, G3's sign-off by role...), each to its first rows. */
function extraTableLines(evidence, paint) {
    const out = [];
    for (const t of (0,format/* extraTables */.Cg)(evidence)) {
        const rows = t.rows.slice(0, 15).map((r) => r.map((cell) => plain((0,format/* formatValue */.Fl)(cell))));
        out.push('', paint('bold', plain(t.title)), ...table([t.columns.map(plain), ...rows]).map((l) => `  ${l}`));
        if (t.rows.length > rows.length)
            out.push(`  ... and ${t.rows.length - rows.length} more rows in the full report`);
    }
    return out;
}
/** One check as columns: status, rule, variable, value, threshold, severity, details. */
function checkRow(c) {
    const value = `${(0,format/* formatValue */.Fl)(c.value)}${c.unit ? ` ${c.unit}` : ''}`;
    const threshold = (0,format/* formatThreshold */.B6)(c);
    const detail = [(0,format/* formatDetails */.SE)(c), c.message].filter(Boolean).join('; ');
    return [
        c.status.toUpperCase(),
        plain((0,format/* checkLabel */.v8)(c)),
        plain(c.variable ?? ''),
        plain(value),
        threshold === '—' ? '' : `must be ${plain(threshold)}`,
        c.severity,
        plain(detail),
    ];
}
function subjectRows(evidence) {
    const row = (f, label) => [
        label,
        plain(f.path),
        `sha256 ${f.sha256.slice(0, 12)}`,
        f.rows !== undefined ? `${(0,format/* formatValue */.Fl)(f.rows)} rows` : '',
    ];
    const { model, data, artifacts } = evidence.subject;
    return [
        ...(model ? [row(model, 'model')] : []),
        ...data.map((f) => row(f, plain(f.role))),
        ...artifacts.slice(0, 5).map((f) => row(f, plain(f.role))),
    ];
}
/** Pads columns to a common width; empty trailing cells are dropped. */
function table(rows) {
    const widths = [];
    for (const r of rows)
        r.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, width(cell))));
    return rows.map((r) => {
        const last = r.reduce((k, cell, i) => (cell ? i : k), 0);
        return r
            .slice(0, last + 1)
            .map((cell, i) => (i === last ? cell : cell + ' '.repeat(widths[i] - width(cell))))
            .join('  ');
    });
}
const width = (text) => [...text].length;
/** C0, DEL and C1 control characters (built from code points, so the source holds none). */
const CONTROL = new RegExp(`[${String.fromCharCode(0)}-\\x1f\\x7f-\\x9f]`, 'g');
/**
 * Text from data made safe for a terminal: control characters (C0, DEL and
 * C1, so also ESC and every escape sequence) are shown as `\xNN` instead of acting.
 */
function plain(text) {
    return text.replace(CONTROL, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

// EXTERNAL MODULE: ./build/src/cli/io.js
var cli_io = __webpack_require__(68510);
;// CONCATENATED MODULE: ./build/src/cli/print-report.js





/**
 * Prints the verdict. Text (a terminal's default) carries everything on
 * stdout; with markdown or JSON on stdout (for a file or a pipe), the
 * problems, the verdict and the evidence path go to stderr. JSON problems
 * pointing into a JSON file get the line they are on.
 */
function printReport(evidence, format, files, workspaceRoot, io) {
    const locate = (0,json_pointer_line/* workspaceJsonLocator */.C)(workspaceRoot);
    const problems = evidence.problems.map((p) => {
        const line = p.line ?? (p.file && p.pointer !== undefined ? locate(p.file, p.pointer) : undefined);
        return line !== undefined ? { ...p, line } : p;
    });
    if (format === 'text') {
        io.stdout(renderText({ ...evidence, problems }, { color: (0,cli_io/* wantsColor */.z)(io), ...(files ? { files } : {}) }));
        return;
    }
    io.stdout(format === 'json' ? `${JSON.stringify(evidence, null, 2)}\n` : (0,markdown/* renderMarkdown */.G)(evidence));
    for (const p of problems)
        io.stderr(`modelgate: error: ${(0,errors/* formatProblem */.Vw)(p)}\n`);
    io.stderr(`modelgate: ${evidence.gate} ${evidence.status}: ${evidence.summary}\n`);
    if (files)
        io.stderr(`modelgate: evidence ${files.evidence} (sha256 ${evidence.digest.value})\n`);
}


/***/ }),

/***/ 48935:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/src/contract/errors.js
var errors = __webpack_require__(68081);
// EXTERNAL MODULE: ./build/src/engine/inputs.js
var inputs = __webpack_require__(49935);
// EXTERNAL MODULE: ./build/src/engine/run-context.js
var run_context = __webpack_require__(45419);
// EXTERNAL MODULE: ./build/src/engine/run-gate.js
var run_gate = __webpack_require__(15557);
// EXTERNAL MODULE: ./build/src/report/files.js
var report_files = __webpack_require__(34127);
// EXTERNAL MODULE: ./build/src/version.js
var version = __webpack_require__(28009);
// EXTERNAL MODULE: ./build/src/cli/io.js
var cli_io = __webpack_require__(68510);
// EXTERNAL MODULE: ./build/src/cli/print-report.js + 1 modules
var print_report = __webpack_require__(90471);
// EXTERNAL MODULE: ./build/src/io/progress.js
var progress = __webpack_require__(67463);
;// CONCATENATED MODULE: ./build/src/cli/args.js

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
]);
/** Parses `modelgate <COMMAND> [flags]`; unknown flags and missing values are errors. */
function parseCliArgs(argv) {
    const args = {
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
    };
    for (let i = 0; i < argv.length; i++) {
        const raw = argv[i];
        if (raw === '--help' || raw === '-h') {
            args.help = true;
            continue;
        }
        if (raw === '--attach') {
            args.attach = true;
            continue;
        }
        if (raw === '--dry-run') {
            args.dryRun = true;
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
                throw new errors/* InputError */.dz({
                    message: 'Unknown option',
                    expected: `one of ${[...VALUE_FLAGS].join(', ')}, --help`,
                    found: raw,
                });
            let value;
            if (flag !== raw)
                value = raw.slice(eq + 1);
            else {
                const next = argv[++i];
                if (next === undefined)
                    throw new errors/* InputError */.dz({
                        message: `Option ${flag} needs a value`,
                        expected: `${flag} VALUE`,
                        found: 'end of arguments',
                    });
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
                case '--repo':
                    args.repo = value;
                    break;
                case '--approvals':
                    args.approvals = value;
                    break;
                case '--registry':
                    args.registry = value;
                    break;
                case '--to':
                    args.to = value;
                    break;
                case '--reason':
                    args.reason = value;
                    break;
                case '--model-version':
                    args.modelVersion = value;
                    break;
                case '--candidate':
                    args.candidate = value;
                    break;
                case '--production':
                    args.production = value;
                    break;
                case '--requests':
                    args.requests = value;
                    break;
                case '--format':
                    if (!['text', 'markdown', 'md', 'json'].includes(value))
                        throw new errors/* InputError */.dz({
                            message: 'Invalid --format',
                            expected: 'text, markdown (or md) or json',
                            found: JSON.stringify(value),
                        });
                    args.format = value === 'md' ? 'markdown' : value;
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
`;

// EXTERNAL MODULE: ./build/src/gates/table.js
var table = __webpack_require__(26434);
;// CONCATENATED MODULE: ./build/src/cli/run-cli.js












const defaultIo = () => ({
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
});
/** The local CLI: same engine and evidence as the Action, reports written to a folder. Returns the exit code. */
async function runCli(argv, io = defaultIo()) {
    const previousProgress = (0,progress/* setProgressSink */.tJ)((0,cli_io/* progressSinkFor */.g)(io));
    try {
        return await runCommand(argv, io);
    }
    finally {
        (0,progress/* setProgressSink */.tJ)(previousProgress);
    }
}
async function runCommand(argv, io) {
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
        if (args.command === 'init') {
            const { runInitCommand } = await __webpack_require__.e(/* import() */ 908).then(__webpack_require__.bind(__webpack_require__, 29908));
            return await runInitCommand(args, io);
        }
        if (args.command === 'setup') {
            const { runSetupCommand } = await Promise.all(/* import() */[__webpack_require__.e(392), __webpack_require__.e(119), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 21351));
            return await runSetupCommand(args, io);
        }
        if (args.command === 'inspect-model') {
            const { runInspectCommand } = await __webpack_require__.e(/* import() */ 872).then(__webpack_require__.bind(__webpack_require__, 61872));
            return await runInspectCommand(args, io);
        }
        if (['candidate', 'rollback', 'verify'].includes(args.command)) {
            const { runRegistryCommand } = await Promise.all(/* import() */[__webpack_require__.e(168), __webpack_require__.e(193), __webpack_require__.e(231), __webpack_require__.e(16)]).then(__webpack_require__.bind(__webpack_require__, 32016));
            return await runRegistryCommand(args, io);
        }
        if (args.command === 'shadow-replay') {
            const { runShadowReplayCommand } = await Promise.all(/* import() */[__webpack_require__.e(553), __webpack_require__.e(587)]).then(__webpack_require__.bind(__webpack_require__, 93587));
            return await runShadowReplayCommand(args, io);
        }
        const gate = (0,inputs/* parseGateId */.mr)(args.command);
        const workspaceRoot = (0,external_node_path_.resolve)(io.cwd, args.workspace ?? '.');
        const services = {};
        if (args.approvals !== undefined && gate !== 'G3' && gate !== 'G5')
            throw new errors/* InputError */.dz({
                message: `--approvals is read by G3 and G5, not by ${gate}`,
                expected: 'G3 or G5 with --approvals, or no --approvals',
                found: `${gate} --approvals ${args.approvals}`,
            });
        if (args.approvals !== undefined) {
            const { fileApprovalsSource } = await __webpack_require__.e(/* import() */ 457).then(__webpack_require__.bind(__webpack_require__, 14457));
            services.approvals = fileApprovalsSource((0,external_node_path_.resolve)(io.cwd, args.approvals), args.approvals);
        }
        // The registry --registry names: G5 releases from it, G1 reads a models:/<name>@champion baseline.
        if (args.registry !== undefined)
            services.registry = (await Promise.all(/* import() */[__webpack_require__.e(168), __webpack_require__.e(193), __webpack_require__.e(874)]).then(__webpack_require__.bind(__webpack_require__, 66874))).openCliRegistry(args, io, args.command);
        const evidence = await (0,run_gate/* runGate */.i)(gate, {
            ssot: args.ssot,
            data: (0,inputs/* parseDataInputs */.Rm)(args.data),
            ...(args.model !== undefined ? { model: args.model } : {}),
            ...(args.baselineModel !== undefined ? { baselineModel: args.baselineModel } : {}),
            options: (0,inputs/* parseOptions */.Ac)(args.options),
        }, {
            gates: table/* findGate */.Z,
            services,
            workspaceRoot,
            context: (0,run_context/* runContextFromEnv */.w)(io.env),
            failOn: (0,inputs/* parseFailOn */.XV)(args.failOn),
        });
        let files;
        let writeError;
        try {
            files = await (0,report_files/* writeReportFiles */.t)(evidence, (0,external_node_path_.resolve)(io.cwd, args.out));
        }
        catch (error) {
            writeError = error;
        }
        // The report goes to stdout even when the folder cannot be written: a verdict is never lost.
        (0,print_report/* printReport */.Y)(evidence, args.format, files, workspaceRoot, io);
        if (writeError !== undefined) {
            for (const p of (0,errors/* toProblems */.ek)(writeError))
                io.stderr(`modelgate: error: ${(0,errors/* formatProblem */.Vw)(p)}\n`);
            return 2;
        }
        // G5 attaches its own evidence before it publishes the release.
        if (args.attach && files && evidence.gate !== 'G5') {
            const { attachToCandidate } = await Promise.all(/* import() */[__webpack_require__.e(168), __webpack_require__.e(193), __webpack_require__.e(231), __webpack_require__.e(16)]).then(__webpack_require__.bind(__webpack_require__, 32016));
            await attachToCandidate(args, io, evidence, files);
        }
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
