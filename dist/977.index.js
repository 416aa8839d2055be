export const id = 977;
export const ids = [977];
export const modules = {

/***/ 67977:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./build/src/engine/errors.js
var errors = __webpack_require__(72993);
// EXTERNAL MODULE: ./build/src/engine/inputs.js
var inputs = __webpack_require__(49935);
;// CONCATENATED MODULE: ./build/src/action/input-helper.js



function getActionInputs(env = process.env) {
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
    return {
        gate: (0,inputs/* parseGateId */.mr)(core/* getInput */.V4('gate', { required: true })),
        gateInputs: {
            ssot: core/* getInput */.V4('ssot') || 'ssot',
            data: (0,inputs/* parseDataInputs */.Rm)(core/* getMultilineInput */.q3('data')),
            ...(model ? { model } : {}),
            ...(baselineModel ? { baselineModel } : {}),
            options: (0,inputs/* parseOptions */.Ac)(core/* getMultilineInput */.q3('options')),
        },
        failOn: (0,inputs/* parseFailOn */.XV)(core/* getInput */.V4('fail-on')),
        githubToken: core/* getInput */.V4('github-token'),
        reportDir: core/* getInput */.V4('report-dir') || `${env.RUNNER_TEMP ?? '.'}/modelgate`,
        comment: booleanInput('comment', true),
        checkRun: booleanInput('check-run', true),
        artifact: booleanInput('artifact', true),
        ...(retentionDays !== undefined ? { retentionDays } : {}),
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
/** Outputs for a run that could not even start a gate (bad action inputs). */
function setErrorOutputs() {
    core/* setOutput */.uH('status', 'error');
    core/* setOutput */.uH('passed', 'false');
}

// EXTERNAL MODULE: ./build/src/engine/run-context.js
var run_context = __webpack_require__(45419);
// EXTERNAL MODULE: ./build/src/engine/run-gate.js + 28 modules
var run_gate = __webpack_require__(85351);
// EXTERNAL MODULE: ./build/src/io/report-files.js + 2 modules
var report_files = __webpack_require__(26183);
// EXTERNAL MODULE: ./build/src/report/markdown.js
var markdown = __webpack_require__(70075);
;// CONCATENATED MODULE: ./build/src/main.js









/** Job summaries accept up to 1 MiB; stay well below it. */
const SUMMARY_LIMIT = 900_000;
/**
 * The Action's entry: judge, write the evidence files first, then publish.
 * Publishing can degrade (read-only tokens, API errors) but never changes the
 * verdict, and the exit code always reflects the gate: 0 pass, 1 fail, 2 error.
 */
async function run(env = process.env) {
    let inputs;
    try {
        inputs = getActionInputs(env);
    }
    catch (error) {
        for (const p of (0,errors/* toProblems */.ek)(error))
            core/* error */.z3((0,errors/* formatProblem */.Vw)(p));
        setErrorOutputs();
        core/* setFailed */.C1('modelgate could not start: see the errors above');
        return 2;
    }
    const context = (0,run_context/* runContextFromEnv */.w)(env);
    const evidence = await (0,run_gate/* runGate */.i)(inputs.gate, inputs.gateInputs, {
        workspaceRoot: env.GITHUB_WORKSPACE ?? process.cwd(),
        context,
        failOn: inputs.failOn,
    });
    const files = await (0,report_files/* writeReportFiles */.t)(evidence, inputs.reportDir, runUrlOption(evidence));
    let published = {};
    try {
        published = await publish(evidence, files, inputs, env);
    }
    catch (error) {
        core/* warning */.$e(`Publishing to GitHub failed; the verdict and the evidence files are unaffected: ${error.message}`);
    }
    setGateOutputs(evidence, files, published);
    await writeJobSummary(evidence, published);
    for (const p of evidence.problems)
        core/* error */.z3((0,errors/* formatProblem */.Vw)(p), annotationFor(p));
    const code = (0,run_gate/* exitCodeFor */.R)(evidence.status);
    if (code !== 0)
        core/* setFailed */.C1(`${evidence.gate} ${evidence.gateName}: ${evidence.status}. ${evidence.summary}`);
    else
        core/* info */.pq(`${evidence.gate} ${evidence.gateName}: pass. ${evidence.summary}`);
    return code;
}
async function publish(evidence, files, inputs, env) {
    const ctx = publishContext(env);
    if (!ctx) {
        core/* notice */.lm('Not publishing to GitHub: GITHUB_REPOSITORY is not set.');
        return {};
    }
    // Loaded only here: the GitHub and artifact clients are most of the bundle.
    const { publishEvidence } = await Promise.all(/* import() */[__webpack_require__.e(117), __webpack_require__.e(197)]).then(__webpack_require__.bind(__webpack_require__, 90197));
    const result = await publishEvidence(evidence, files, { token: inputs.githubToken, comment: inputs.comment, checkRun: inputs.checkRun, artifact: inputs.artifact, ...(inputs.retentionDays ? { retentionDays: inputs.retentionDays } : {}), workspace: env.GITHUB_WORKSPACE ?? process.cwd() }, ctx);
    for (const n of result.notices)
        core/* info */.pq(n);
    // Each warning once: a read-only token fails the same way for every request.
    for (const w of new Set(result.warnings))
        core/* warning */.$e(w);
    return { ...(result.commentUrl ? { commentUrl: result.commentUrl } : {}), ...(result.checkRunId !== undefined ? { checkRunId: result.checkRunId } : {}), ...(result.artifactId !== undefined ? { artifactId: result.artifactId } : {}) };
}
/** Repository, commit, run and pull request from the runner's environment and event payload. */
function publishContext(env) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
        return undefined;
    let pullRequest;
    try {
        const event = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH ?? '', 'utf8'));
        const pr = event.pull_request;
        if (pr?.number && pr.head?.sha)
            pullRequest = { number: pr.number, headSha: pr.head.sha };
    }
    catch {
        // No event payload: not a pull request.
    }
    return {
        eventName: env.GITHUB_EVENT_NAME ?? 'unknown',
        owner,
        repo,
        sha: env.GITHUB_SHA ?? '',
        runId: env.GITHUB_RUN_ID ?? '0',
        serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
        ...(pullRequest ? { pullRequest } : {}),
    };
}
function runUrlOption(evidence) {
    const c = evidence.context;
    return c.serverUrl && c.repository && c.runId ? { runUrl: `${c.serverUrl}/${c.repository}/actions/runs/${c.runId}` } : {};
}
async function writeJobSummary(evidence, published) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    const body = (0,markdown/* renderMarkdown */.G)(evidence, { maxLength: SUMMARY_LIMIT, ...runUrlOption(evidence) });
    const links = published.commentUrl ? `\n\nPR comment: ${published.commentUrl}\n` : '';
    await core/* summary */.z.addRaw(body + links, true).write();
}
function annotationFor(p) {
    return { ...(p.file ? { file: p.file } : {}), ...(p.line ? { startLine: p.line } : {}) };
}


/***/ })

};
