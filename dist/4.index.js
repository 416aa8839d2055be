export const id = 4;
export const ids = [4];
export const modules = {

/***/ 35393:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ workspaceJsonLocator)
/* harmony export */ });
/* unused harmony export jsonPointerLine */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);


/**
 * Finds the line of an RFC 6901 JSON pointer in a JSON text, so findings
 * that carry a pointer (G2 on ssot/security.json, SSOT schema problems) can
 * be annotated at the right line. An object member is found at the line of
 * its key, an array element at the line where it starts. A pointer that
 * goes further than the document resolves to its deepest existing parent.
 * Returns undefined when the text is not JSON or the pointer is malformed.
 */
function jsonPointerLine(text, pointer) {
    if (pointer !== '' && !pointer.startsWith('/'))
        return undefined;
    const segments = pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    try {
        JSON.parse(text.slice(bom));
        const s = new Scanner(text);
        s.pos = bom;
        s.space();
        let anchor = s.pos;
        for (const segment of segments) {
            const found = s.descend(segment);
            if (found === undefined)
                break;
            anchor = found;
        }
        let line = 1;
        for (let i = 0; i < anchor; i++)
            if (text.charCodeAt(i) === 10)
                line++;
        return line;
    }
    catch {
        return undefined;
    }
}
class Scanner {
    text;
    pos = 0;
    constructor(text) {
        this.text = text;
    }
    space() {
        while (this.pos < this.text.length && ' \t\r\n'.includes(this.text[this.pos]))
            this.pos++;
    }
    expect(c) {
        this.space();
        if (this.text[this.pos] !== c)
            throw new Error(`expected ${c} at ${this.pos}`);
        this.pos++;
    }
    /** Reads a string literal at the cursor and returns its value. */
    string() {
        this.space();
        const start = this.pos;
        if (this.text[this.pos] !== '"')
            throw new Error(`expected a string at ${this.pos}`);
        this.pos++;
        while (this.pos < this.text.length && this.text[this.pos] !== '"')
            this.pos += this.text[this.pos] === '\\' ? 2 : 1;
        this.pos++;
        return JSON.parse(this.text.slice(start, this.pos));
    }
    /** Skips the value at the cursor. */
    skip() {
        this.space();
        const c = this.text[this.pos];
        if (c === '"') {
            this.string();
        }
        else if (c === '{' || c === '[') {
            const close = c === '{' ? '}' : ']';
            this.pos++;
            this.space();
            if (this.text[this.pos] === close) {
                this.pos++;
                return;
            }
            for (;;) {
                if (c === '{') {
                    this.string();
                    this.expect(':');
                }
                this.skip();
                this.space();
                const next = this.text[this.pos++];
                if (next === close)
                    return;
                if (next !== ',')
                    throw new Error(`expected , or ${close} at ${this.pos - 1}`);
            }
        }
        else {
            const m = /^(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(this.text.slice(this.pos, this.pos + 400));
            if (!m)
                throw new Error(`unexpected ${c} at ${this.pos}`);
            this.pos += m[0].length;
        }
    }
    /**
     * With the cursor on an object or array, moves it onto the member or
     * element named by `segment` and returns the offset to report for it (the
     * key of a member, the start of an element); undefined when there is none.
     */
    descend(segment) {
        this.space();
        const c = this.text[this.pos];
        if (c !== '{' && c !== '[')
            return undefined;
        const index = c === '[' ? (/^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : -1) : 0;
        if (index < 0)
            return undefined;
        this.pos++;
        this.space();
        if (this.text[this.pos] === (c === '{' ? '}' : ']'))
            return undefined;
        for (let i = 0;; i++) {
            this.space();
            const at = this.pos;
            if (c === '{') {
                const key = this.string();
                this.expect(':');
                this.space();
                if (key === segment)
                    return at;
            }
            else if (i === index) {
                return at;
            }
            this.skip();
            this.space();
            const next = this.text[this.pos++];
            if (next !== ',')
                return undefined;
        }
    }
}
/**
 * A locator for JSON files of the checkout: the line of `pointer` in the
 * workspace file `path`, each file read once; undefined for other files, or
 * when the file or the pointer cannot be found.
 */
function workspaceJsonLocator(workspace) {
    const texts = new Map();
    return (path, pointer) => {
        if (!/\.json$/i.test(path))
            return undefined;
        if (!texts.has(path)) {
            let text;
            try {
                text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(workspace, path), 'utf8');
            }
            catch {
                text = undefined;
            }
            texts.set(path, text);
        }
        const text = texts.get(path);
        return text === undefined ? undefined : jsonPointerLine(text, pointer);
    };
}


/***/ }),

/***/ 19004:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/src/engine/errors.js
var errors = __webpack_require__(72993);
// EXTERNAL MODULE: ./build/src/engine/inputs.js
var inputs = __webpack_require__(49935);
;// CONCATENATED MODULE: ./build/src/action/input-helper.js



/** The inputs from the runner's environment (INPUT_<NAME>, read by @actions/core from process.env). */
function getActionInputs() {
    const model = core/* getInput */.V4('model');
    const baselineModel = core/* getInput */.V4('baseline-model');
    const retention = core/* getInput */.V4('retention-days');
    let retentionDays;
    if (retention !== '') {
        retentionDays = Number(retention);
        if (!Number.isInteger(retentionDays) || retentionDays < 1 || retentionDays > 90) {
            throw new errors/* InputError */.dz({ message: 'Invalid input retention-days', expected: 'a whole number of days from 1 to 90', found: JSON.stringify(retention) });
        }
    }
    const options = (0,inputs/* parseOptions */.Ac)(core/* getMultilineInput */.q3('options'));
    // G2: key fingerprints that pin which keys of ssot/security.json count (a pull request can edit that file).
    const trustedKeys = core/* getMultilineInput */.q3('trusted-keys').join(',');
    if (trustedKeys !== '') {
        if (options['trusted-keys'] !== undefined)
            throw new errors/* InputError */.dz({ message: 'trusted-keys is given twice', expected: 'the trusted-keys input or a trusted-keys option, not both', found: 'both' });
        options['trusted-keys'] = trustedKeys;
    }
    const publishEvidence = core/* getInput */.V4('publish-evidence');
    if (publishEvidence) {
        // Publishing judges nothing: inputs that only change a verdict would be silently ignored.
        const judging = ['data', 'model', 'baseline-model', 'options', 'trusted-keys'].filter((name) => core/* getInput */.V4(name) !== '');
        if (judging.length > 0)
            throw new errors/* InputError */.dz({ message: 'publish-evidence publishes a verdict another job reached; it does not judge', expected: 'no judging inputs (data, model, baseline-model, options, trusted-keys) next to publish-evidence', found: judging.join(', ') });
    }
    return {
        gate: (0,inputs/* parseGateId */.mr)(core/* getInput */.V4('gate', { required: true })),
        gateInputs: {
            ssot: core/* getInput */.V4('ssot') || 'ssot',
            data: (0,inputs/* parseDataInputs */.Rm)(core/* getMultilineInput */.q3('data')),
            ...(model ? { model } : {}),
            ...(baselineModel ? { baselineModel } : {}),
            options,
        },
        failOn: (0,inputs/* parseFailOn */.XV)(core/* getInput */.V4('fail-on')),
        githubToken: core/* getInput */.V4('github-token'),
        reportDir: core/* getInput */.V4('report-dir') || `${process.env.RUNNER_TEMP ?? '.'}/modelgate`,
        comment: booleanInput('comment', true),
        checkRun: booleanInput('check-run', true),
        artifact: booleanInput('artifact', true),
        ...(retentionDays !== undefined ? { retentionDays } : {}),
        ...(publishEvidence ? { publishEvidence } : {}),
    };
}
function booleanInput(name, fallback) {
    const raw = core/* getInput */.V4(name).trim().toLowerCase();
    if (raw === '')
        return fallback;
    if (raw === 'true')
        return true;
    if (raw === 'false')
        return false;
    throw new errors/* InputError */.dz({ message: `Invalid input ${name}`, expected: 'true or false', found: JSON.stringify(raw) });
}

;// CONCATENATED MODULE: ./build/src/action/outputs.js

/** Sets every output the action.yml declares; ids that were not produced are set to ''. */
function setGateOutputs(evidence, files, published) {
    core/* setOutput */.uH('status', evidence.status);
    core/* setOutput */.uH('passed', String(evidence.status === 'pass'));
    core/* setOutput */.uH('evidence-path', files.evidence);
    core/* setOutput */.uH('evidence-digest', evidence.digest.value);
    core/* setOutput */.uH('report-path', files.markdown);
    core/* setOutput */.uH('html-report-path', files.html);
    core/* setOutput */.uH('comment-url', published.commentUrl ?? '');
    core/* setOutput */.uH('check-run-id', published.checkRunId !== undefined ? String(published.checkRunId) : '');
    core/* setOutput */.uH('artifact-id', published.artifactId !== undefined ? String(published.artifactId) : '');
}
/**
 * Outputs for a run that ends in error before its evidence files exist (bad
 * Action inputs, or a report folder that cannot be written): every declared
 * output is set, the digest too when there is evidence.
 */
function setErrorOutputs(evidence) {
    core/* setOutput */.uH('status', 'error');
    core/* setOutput */.uH('passed', 'false');
    for (const name of ['evidence-path', 'report-path', 'html-report-path', 'comment-url', 'check-run-id', 'artifact-id'])
        core/* setOutput */.uH(name, '');
    core/* setOutput */.uH('evidence-digest', evidence?.digest.value ?? '');
}

// EXTERNAL MODULE: ./build/src/engine/run-context.js
var run_context = __webpack_require__(45419);
// EXTERNAL MODULE: ./build/src/engine/run-gate.js + 51 modules
var run_gate = __webpack_require__(15351);
// EXTERNAL MODULE: ./build/src/io/json-pointer-line.js
var json_pointer_line = __webpack_require__(35393);
// EXTERNAL MODULE: ./build/src/io/report-files.js + 2 modules
var report_files = __webpack_require__(26183);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./build/src/engine/evidence.js + 3 modules
var engine_evidence = __webpack_require__(89772);
;// CONCATENATED MODULE: ./build/src/publish/evidence-to-publish.js



/**
 * Reads evidence that another job judged (publish-evidence), for publishing
 * without judging. Nothing is published unless it passes every check:
 * - valid against evidence.schema.json, with a digest that matches its
 *   content (so a changed verdict or check is caught);
 * - about the gate this step names;
 * - judged in GitHub Actions, for this repository, on the commit this run is
 *   about (a workflow_run follow-up: the triggering run's head commit), so a
 *   verdict on another commit never lands on this one.
 * Every problem is an InputError naming the file, what was expected and
 * what was found.
 */
async function loadEvidenceToPublish(path, display, want) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new errors/* InputError */.dz({ file: display, message: 'Cannot read the evidence to publish', expected: "the evidence file the judging job wrote (its evidence-path, downloaded from that job's artifact)", found: code === 'ENOENT' ? 'no such file' : (code ?? 'an unreadable file') });
    }
    let record;
    try {
        record = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* InputError */.dz({ file: display, message: 'The evidence to publish is not JSON', expected: 'an evidence record (JSON)', found: error.message });
    }
    const invalid = (0,engine_evidence/* verifyEvidence */.Jm)(record, display);
    if (invalid.length > 0) {
        throw new errors/* InputErrors */.G(invalid.map((message) => ({ file: display, message: `Refusing to publish evidence that does not verify: ${message}`, expected: 'evidence valid against evidence.schema.json whose digest matches its content' })));
    }
    const evidence = record;
    const problems = [];
    const c = evidence.context;
    if (evidence.gate !== want.gate)
        problems.push({ file: display, message: 'The evidence is for another gate', expected: want.gate, found: evidence.gate });
    if (c.mode !== 'actions')
        problems.push({ file: display, message: 'The evidence was not judged in GitHub Actions', expected: 'evidence from a job of this workflow run', found: `a ${c.mode} run` });
    else {
        if (c.repository !== want.repository)
            problems.push({ file: display, message: 'The evidence was judged for another repository', expected: want.repository, found: String(c.repository) });
        if (c.sha !== want.sha)
            problems.push({ file: display, message: 'The evidence was judged on another commit', expected: `commit ${want.sha}, the one this run is about`, found: `commit ${String(c.sha)}` });
    }
    if (problems.length > 0)
        throw new errors/* InputErrors */.G(problems.map((p) => ({ ...p, message: `Refusing to publish: ${p.message}` })));
    return evidence;
}

// EXTERNAL MODULE: ./build/src/report/markdown.js
var markdown = __webpack_require__(70075);
;// CONCATENATED MODULE: ./build/src/main.js











/** Job summaries accept up to 1 MiB (bytes, not characters); leave room for the links after it. */
const SUMMARY_BYTES = 1_000_000;
/**
 * The Action's entry: judge (or, with publish-evidence, take the verified
 * verdict of another job), write the evidence files first, then publish.
 * Publishing can degrade (read-only tokens, API errors) but never changes the
 * verdict, and the exit code always reflects the gate: 0 pass, 1 fail, 2 error.
 *
 * It reads the runner's environment, process.env, throughout: @actions/core
 * reads the inputs from it and writes the outputs, the job summary and the
 * workflow commands through it, so no other environment could be honoured.
 */
async function run() {
    try {
        return await judgeAndPublish();
    }
    catch (error) {
        // Nothing above should throw; if something does, it is still an error verdict, never a stack trace.
        return stopBeforeEvidence(error, 'modelgate stopped on an internal error: see the errors above');
    }
}
async function judgeAndPublish() {
    let inputs;
    try {
        inputs = getActionInputs();
    }
    catch (error) {
        return stopBeforeEvidence(error, 'modelgate could not start: see the errors above');
    }
    const context = (0,run_context/* runContextFromEnv */.w)(process.env);
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    let evidence;
    if (inputs.publishEvidence) {
        // Publish what another job judged: nothing is published unless it verifies.
        try {
            evidence = await evidenceToPublish(inputs.publishEvidence, inputs.gate, context, workspace);
        }
        catch (error) {
            return stopBeforeEvidence(error, `modelgate did not publish ${inputs.publishEvidence}: see the errors above`);
        }
        core/* info */.pq(`Publishing the ${evidence.gate} evidence of job ${evidence.context.job ?? '?'} (run ${evidence.context.runId ?? '?'}, commit ${evidence.context.sha ?? '?'}, digest ${evidence.digest.value}): ${evidence.status}.`);
    }
    else {
        evidence = await (0,run_gate/* runGate */.i)(inputs.gate, inputs.gateInputs, { workspaceRoot: workspace, context, failOn: inputs.failOn });
    }
    let files;
    try {
        files = await (0,report_files/* writeReportFiles */.t)(evidence, inputs.reportDir, runUrlOption(evidence));
    }
    catch (error) {
        // The evidence exists but could not be stored: keep it in the job summary, and do not call it a verdict.
        for (const p of (0,errors/* toProblems */.ek)(error))
            core/* error */.z3((0,errors/* formatProblem */.Vw)(p));
        await writeJobSummary(evidence, {});
        setErrorOutputs(evidence);
        core/* setFailed */.C1(`${evidence.gate} ${evidence.gateName}: error. The evidence (${evidence.status}) could not be written to report-dir; it is in the job summary.`);
        return 2;
    }
    let published = {};
    try {
        // Evidence judged in another job names files this job has not checked out: annotate them without looking.
        published = await publish(evidence, files, inputs, workspace, inputs.publishEvidence !== undefined);
    }
    catch (error) {
        core/* warning */.$e(`Publishing to GitHub failed; the verdict and the evidence files are unaffected: ${error.message}`);
    }
    setGateOutputs(evidence, files, published);
    await writeJobSummary(evidence, published);
    const locate = (0,json_pointer_line/* workspaceJsonLocator */.C)(workspace);
    for (const p of evidence.problems)
        core/* error */.z3((0,errors/* formatProblem */.Vw)(p), annotationFor(p, locate));
    const code = (0,run_gate/* exitCodeFor */.R)(evidence.status);
    if (code !== 0)
        core/* setFailed */.C1(`${evidence.gate} ${evidence.gateName}: ${evidence.status}. ${evidence.summary}`);
    else
        core/* info */.pq(`${evidence.gate} ${evidence.gateName}: pass. ${evidence.summary}`);
    return code;
}
/** Bad inputs, or evidence that cannot be published: errors, every output set, exit code 2, nothing published. */
function stopBeforeEvidence(error, message) {
    for (const p of (0,errors/* toProblems */.ek)(error))
        core/* error */.z3((0,errors/* formatProblem */.Vw)(p));
    setErrorOutputs();
    core/* setFailed */.C1(message);
    return 2;
}
/** The evidence file another job wrote, verified for this run (see publish/evidence-to-publish.ts). */
async function evidenceToPublish(path, gate, context, workspace) {
    if (context.mode !== 'actions' || !context.repository || !context.sha) {
        throw new errors/* InputError */.dz({ message: 'publish-evidence publishes to GitHub from a workflow run', expected: 'GitHub Actions (GITHUB_ACTIONS, GITHUB_REPOSITORY, GITHUB_SHA, GITHUB_RUN_ID and GITHUB_EVENT_NAME set)', found: 'no workflow run' });
    }
    const absolute = (0,external_node_path_.resolve)(workspace, path);
    return loadEvidenceToPublish(absolute, path, { gate, repository: context.repository, sha: context.sha });
}
async function publish(evidence, files, inputs, workspace, annotateAnyPath) {
    // Loaded only here: the GitHub and artifact clients are most of the bundle.
    const [{ publishEvidence }, { contextFromEnv }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(117), __webpack_require__.e(123)]).then(__webpack_require__.bind(__webpack_require__, 59123)), __webpack_require__.e(/* import() */ 326).then(__webpack_require__.bind(__webpack_require__, 32326))]);
    const ctx = contextFromEnv(process.env);
    if (!ctx) {
        core/* notice */.lm('Not publishing to GitHub: GITHUB_REPOSITORY is not set.');
        return {};
    }
    const result = await publishEvidence(evidence, { token: inputs.githubToken, comment: inputs.comment, checkRun: inputs.checkRun, artifact: inputs.artifact, ...(inputs.retentionDays ? { retentionDays: inputs.retentionDays } : {}), files, workspace, annotateAnyPath }, ctx);
    for (const n of result.notices)
        core/* notice */.lm(n);
    // Each warning once: a read-only token fails the same way for every request.
    for (const w of new Set(result.warnings))
        core/* warning */.$e(w);
    return { ...(result.commentUrl ? { commentUrl: result.commentUrl } : {}), ...(result.checkRunId !== undefined ? { checkRunId: result.checkRunId } : {}), ...(result.artifactId !== undefined ? { artifactId: result.artifactId } : {}) };
}
function runUrlOption(evidence) {
    const c = evidence.context;
    return c.serverUrl && c.repository && c.runId ? { runUrl: `${c.serverUrl}/${c.repository}/actions/runs/${c.runId}` } : {};
}
async function writeJobSummary(evidence, published) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    const body = (0,markdown/* renderMarkdown */.Gc)(evidence, { maxBytes: SUMMARY_BYTES, ...runUrlOption(evidence) });
    const links = published.commentUrl ? `\n\nPR comment: ${published.commentUrl}\n` : '';
    await core/* summary */.z.addRaw(body + links, true).write();
}
/** Where a problem points, for the annotation: its line, or the line of its JSON pointer in a JSON file of the checkout. */
function annotationFor(p, locate) {
    const line = p.line ?? (p.file && p.pointer !== undefined ? locate(p.file, p.pointer) : undefined);
    return { ...(p.file ? { file: p.file } : {}), ...(line ? { startLine: line } : {}) };
}


/***/ })

};
