export const id = 10;
export const ids = [10];
export const modules = {

/***/ 3406:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ setErrorOutputs),
/* harmony export */   m: () => (/* binding */ setGateOutputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91659);

/** Sets every output the action.yml declares; ids that were not produced are set to ''. */
function setGateOutputs(evidence, files, published) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('status', evidence.status);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('passed', String(evidence.status === 'pass'));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('evidence-path', files.evidence);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('evidence-digest', evidence.digest.value);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('report-path', files.markdown);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('html-report-path', files.html);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('comment-url', published.commentUrl ?? '');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('check-run-id', published.checkRunId !== undefined ? String(published.checkRunId) : '');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('artifact-id', published.artifactId !== undefined ? String(published.artifactId) : '');
    setReleaseOutputs(evidence);
}
/**
 * G5's outputs for the deploy step, set only when G5 passed (and so
 * published the release): the release's tag and page, the model digest to
 * deploy, and the tag of the version it replaced (the rollback target).
 * Empty for any other gate or verdict, so a deploy step never picks up a
 * refused release.
 */
function setReleaseOutputs(evidence) {
    const release = evidence?.gate === 'G5' && evidence.status === 'pass'
        ? evidence.report.release
        : undefined;
    const text = (key) => (typeof release?.[key] === 'string' ? release[key] : '');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('release-url', text('url'));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('release-tag', text('tag'));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('model-digest', text('modelDigest'));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('previous-release-tag', text('previousTag'));
}
/**
 * Outputs for a run that ends in error before its evidence files exist (bad
 * Action inputs, or a report folder that cannot be written): every declared
 * output is set, the digest too when there is evidence.
 */
function setErrorOutputs(evidence) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('status', 'error');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('passed', 'false');
    for (const name of [
        'evidence-path',
        'report-path',
        'html-report-path',
        'comment-url',
        'check-run-id',
        'artifact-id',
    ])
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, '');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('evidence-digest', evidence?.digest.value ?? '');
    setReleaseOutputs();
}


/***/ }),

/***/ 21010:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/src/contract/errors.js
var errors = __webpack_require__(68081);
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
            throw new errors/* InputError */.dz({
                message: 'Invalid input retention-days',
                expected: 'a whole number of days from 1 to 90',
                found: JSON.stringify(retention),
            });
        }
    }
    const options = (0,inputs/* parseOptions */.Ac)(core/* getMultilineInput */.q3('options'));
    // G2: key fingerprints that pin which keys of ssot/security.json count (a pull request can edit that file).
    const trustedKeys = core/* getMultilineInput */.q3('trusted-keys').join(',');
    if (trustedKeys !== '') {
        if (options['trusted-keys'] !== undefined)
            throw new errors/* InputError */.dz({
                message: 'trusted-keys is given twice',
                expected: 'the trusted-keys input or a trusted-keys option, not both',
                found: 'both',
            });
        options['trusted-keys'] = trustedKeys;
    }
    const publishEvidence = core/* getInput */.V4('publish-evidence');
    if (publishEvidence) {
        // Publishing judges nothing: inputs that only change a verdict would be silently ignored.
        const judging = [
            'data',
            'model',
            'baseline-model',
            'options',
            'trusted-keys',
            'approvals',
        ].filter((name) => core/* getInput */.V4(name) !== '');
        if (judging.length > 0)
            throw new errors/* InputError */.dz({
                message: 'publish-evidence publishes a verdict another job reached; it does not judge',
                expected: 'no judging inputs (data, model, baseline-model, options, trusted-keys, approvals) next to publish-evidence',
                found: judging.join(', '),
            });
    }
    const gate = (0,inputs/* parseGateId */.mr)(core/* getInput */.V4('gate', { required: true }));
    const approvals = core/* getInput */.V4('approvals');
    if (approvals && gate !== 'G3' && gate !== 'G5')
        throw new errors/* InputError */.dz({
            message: `The approvals input is read by G3 and G5, not by ${gate}`,
            expected: 'gate G3 or G5 with approvals, or no approvals input',
            found: `gate ${gate}, approvals ${approvals}`,
        });
    return {
        gate,
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
        ...(approvals ? { approvals } : {}),
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
    throw new errors/* InputError */.dz({
        message: `Invalid input ${name}`,
        expected: 'true or false',
        found: JSON.stringify(raw),
    });
}

// EXTERNAL MODULE: ./build/src/action/outputs.js
var outputs = __webpack_require__(3406);
// EXTERNAL MODULE: ./build/src/engine/run-context.js
var run_context = __webpack_require__(45419);
// EXTERNAL MODULE: ./build/src/engine/run-gate.js
var run_gate = __webpack_require__(15557);
// EXTERNAL MODULE: ./build/src/io/json-pointer-line.js
var json_pointer_line = __webpack_require__(35393);
// EXTERNAL MODULE: ./build/src/io/progress.js
var progress = __webpack_require__(67463);
// EXTERNAL MODULE: ./build/src/report/files.js
var report_files = __webpack_require__(34127);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./build/src/engine/evidence.js + 2 modules
var engine_evidence = __webpack_require__(40910);
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
        throw new errors/* InputError */.dz({
            file: display,
            message: 'Cannot read the evidence to publish',
            expected: "the evidence file the judging job wrote (its evidence-path, downloaded from that job's artifact)",
            found: code === 'ENOENT' ? 'no such file' : (code ?? 'an unreadable file'),
        });
    }
    let record;
    try {
        record = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* InputError */.dz({
            file: display,
            message: 'The evidence to publish is not JSON',
            expected: 'an evidence record (JSON)',
            found: error.message,
        });
    }
    const invalid = (0,engine_evidence/* verifyEvidence */.Jm)(record, display);
    if (invalid.length > 0) {
        throw new errors/* InputErrors */.G(invalid.map((message) => ({
            file: display,
            message: `Refusing to publish evidence that does not verify: ${message}`,
            expected: 'evidence valid against evidence.schema.json whose digest matches its content',
        })));
    }
    const evidence = record;
    const problems = [];
    const c = evidence.context;
    if (evidence.gate !== want.gate)
        problems.push({
            file: display,
            message: 'The evidence is for another gate',
            expected: want.gate,
            found: evidence.gate,
        });
    if (c.mode !== 'actions')
        problems.push({
            file: display,
            message: 'The evidence was not judged in GitHub Actions',
            expected: 'evidence from a job of this workflow run',
            found: `a ${c.mode} run`,
        });
    else {
        if (c.repository !== want.repository)
            problems.push({
                file: display,
                message: 'The evidence was judged for another repository',
                expected: want.repository,
                found: String(c.repository),
            });
        if (c.sha !== want.sha)
            problems.push({
                file: display,
                message: 'The evidence was judged on another commit',
                expected: `commit ${want.sha}, the one this run is about`,
                found: `commit ${String(c.sha)}`,
            });
    }
    if (problems.length > 0)
        throw new errors/* InputErrors */.G(problems.map((p) => ({ ...p, message: `Refusing to publish: ${p.message}` })));
    return evidence;
}

// EXTERNAL MODULE: ./build/src/report/markdown.js + 1 modules
var markdown = __webpack_require__(70862);
// EXTERNAL MODULE: ./build/src/gates/table.js
var table = __webpack_require__(26434);
;// CONCATENATED MODULE: ./build/src/action/release-services.js


/**
 * The adapters G5 needs in a workflow run, beside the approvals source: the
 * model registry the `registry` input names (GitHub Releases by default),
 * which holds the candidate it releases, and the REST client over this
 * repository's workflow runs and artifacts for its trusted-origin checks
 * (`permissions: actions: read`). Loaded only for G5. A registry that cannot
 * be opened is reported, and G5 then says it has none (error, never a pass).
 */
async function releaseServices(gate, context, token) {
    if (gate !== 'G5' || context.mode !== 'actions' || !context.repository)
        return {};
    const services = {};
    try {
        const { registryFromInputs } = await Promise.all(/* import() */[__webpack_require__.e(392), __webpack_require__.e(168), __webpack_require__.e(231), __webpack_require__.e(586)]).then(__webpack_require__.bind(__webpack_require__, 22586));
        const registry = await registryFromInputs('github');
        if (registry)
            services.registry = registry;
    }
    catch (error) {
        for (const p of (0,errors/* toProblems */.ek)(error))
            core/* error */.z3(`registry: ${(0,errors/* formatProblem */.Vw)(p)}`);
    }
    if (!token)
        return services;
    const [{ createGitHubClient }, { workflowRunsOverRest }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(392), __webpack_require__.e(636)]).then(__webpack_require__.bind(__webpack_require__, 64636)),
        __webpack_require__.e(/* import() */ 991).then(__webpack_require__.bind(__webpack_require__, 27991)),
    ]);
    const client = createGitHubClient(token, { log: (m) => core/* info */.pq(m) });
    return { ...services, workflowRuns: workflowRunsOverRest(client, context.repository) };
}

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
    // Long reads (large CSVs, large models) log a line every 10%: the job log has no cursor to move.
    (0,progress/* setProgressSink */.tJ)((0,progress/* logProgress */.sc)({ write: (t) => core/* info */.pq(t.trimEnd()) }));
    const command = core/* getInput */.V4('gate').trim();
    if (command === 'candidate' || command === 'rollback') {
        const { runRegistryAction } = await Promise.all(/* import() */[__webpack_require__.e(392), __webpack_require__.e(168), __webpack_require__.e(231), __webpack_require__.e(586)]).then(__webpack_require__.bind(__webpack_require__, 22586));
        return runRegistryAction(command);
    }
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
        const { gateServicesFromInputs } = await Promise.all(/* import() */[__webpack_require__.e(392), __webpack_require__.e(168), __webpack_require__.e(231), __webpack_require__.e(586)]).then(__webpack_require__.bind(__webpack_require__, 22586));
        evidence = await (0,run_gate/* runGate */.i)(inputs.gate, inputs.gateInputs, {
            gates: table/* findGate */.Z,
            services: {
                // The registry input for every gate (G1's champion baseline, drift's freeze); G5 opens its own.
                ...(inputs.gate === 'G5' ? {} : await gateServicesFromInputs()),
                ...(await approvalServices(inputs, context, workspace)),
                ...(await releaseServices(inputs.gate, context, inputs.githubToken)),
            },
            workspaceRoot: workspace,
            context,
            failOn: inputs.failOn,
        });
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
        (0,outputs/* setErrorOutputs */.$)(evidence);
        core/* setFailed */.C1(`${evidence.gate} ${evidence.gateName}: error. The evidence (${evidence.status}) could not be written to report-dir; it is in the job summary.`);
        return 2;
    }
    // registry-attach: loaded only when asked for (it brings the GitHub client).
    const attach = core/* getInput */.V4('registry-attach').trim().toLowerCase();
    // G5 attaches its own evidence to the draft before publishing it (a published release takes no more files).
    const attached = attach === '' || attach === 'false' || evidence.gate === 'G5'
        ? true
        : await (await Promise.all(/* import() */[__webpack_require__.e(392), __webpack_require__.e(168), __webpack_require__.e(231), __webpack_require__.e(586)]).then(__webpack_require__.bind(__webpack_require__, 22586))).attachAfterGate(evidence, files);
    let published = {};
    try {
        // Evidence judged in another job names files this job has not checked out: annotate them without looking.
        published = await publish(evidence, files, inputs, workspace, inputs.publishEvidence !== undefined);
    }
    catch (error) {
        core/* warning */.$e(`Publishing to GitHub failed; the verdict and the evidence files are unaffected: ${error.message}`);
    }
    (0,outputs/* setGateOutputs */.m)(evidence, files, published);
    if (evidence.gate === 'drift' && !inputs.publishEvidence)
        await driftAlert(evidence, inputs);
    await writeJobSummary(evidence, published);
    const locate = (0,json_pointer_line/* workspaceJsonLocator */.C)(workspace);
    for (const p of evidence.problems)
        core/* error */.z3((0,errors/* formatProblem */.Vw)(p), annotationFor(p, locate));
    // A requested registry-attach that failed: the candidate lacks this evidence, so the step cannot pass.
    const code = attached ? (0,run_gate/* exitCodeFor */.R)(evidence.status) : Math.max((0,run_gate/* exitCodeFor */.R)(evidence.status), 2);
    if (code !== 0)
        core/* setFailed */.C1(`${evidence.gate} ${evidence.gateName}: ${evidence.status}. ${evidence.summary}${attached ? '' : ' The evidence could not be attached to the candidate (registry-attach): see the errors above.'}`);
    else
        core/* info */.pq(`${evidence.gate} ${evidence.gateName}: pass. ${evidence.summary}`);
    return code;
}
/**
 * G3 and G5 read who approved: from the approvals input's sign-off file, or
 * else from GitHub (the run's environment approvals, the pull request's
 * reviews, the commits' authors) with github-token. Other gates get none.
 */
async function approvalServices(inputs, context, workspace) {
    if (inputs.gate !== 'G3' && inputs.gate !== 'G5')
        return {};
    if (inputs.approvals) {
        const { fileApprovalsSource } = await __webpack_require__.e(/* import() */ 457).then(__webpack_require__.bind(__webpack_require__, 14457));
        return {
            approvals: fileApprovalsSource((0,external_node_path_.resolve)(workspace, inputs.approvals), inputs.approvals),
        };
    }
    const [owner, repo] = (context.repository ?? '').split('/');
    if (context.mode !== 'actions' || !owner || !repo || !context.runId || !context.sha)
        return {};
    const [{ githubApprovalsSource }, { createGitHubClient }] = await Promise.all([
        __webpack_require__.e(/* import() */ 161).then(__webpack_require__.bind(__webpack_require__, 98161)),
        Promise.all(/* import() */[__webpack_require__.e(392), __webpack_require__.e(636)]).then(__webpack_require__.bind(__webpack_require__, 64636)),
    ]);
    const gh = createGitHubClient(inputs.githubToken, { log: (m) => core/* info */.pq(m) });
    return {
        approvals: githubApprovalsSource(gh, {
            owner,
            repo,
            runId: Number(context.runId),
            sha: context.sha,
            ...(context.pullRequest !== undefined ? { pullRequest: context.pullRequest } : {}),
            ...eventHead(),
            ...(process.env.GITHUB_TRIGGERING_ACTOR
                ? { triggeringActor: process.env.GITHUB_TRIGGERING_ACTOR }
                : {}),
        }),
    };
}
/** A pull_request event's head commit: the code its reviews must have approved. */
function eventHead() {
    const pr = (0,run_context/* readEventPayload */.N)(process.env.GITHUB_EVENT_PATH).pull_request;
    const sha = pr?.head?.sha;
    return typeof sha === 'string' && sha ? { pullRequestHead: sha } : {};
}
/** Bad inputs, or evidence that cannot be published: errors, every output set, exit code 2, nothing published. */
function stopBeforeEvidence(error, message) {
    for (const p of (0,errors/* toProblems */.ek)(error))
        core/* error */.z3((0,errors/* formatProblem */.Vw)(p));
    (0,outputs/* setErrorOutputs */.$)();
    core/* setFailed */.C1(message);
    return 2;
}
/** The evidence file another job wrote, verified for this run (see publish/evidence-to-publish.ts). */
async function evidenceToPublish(path, gate, context, workspace) {
    if (context.mode !== 'actions' || !context.repository || !context.sha) {
        throw new errors/* InputError */.dz({
            message: 'publish-evidence publishes to GitHub from a workflow run',
            expected: 'GitHub Actions (GITHUB_ACTIONS, GITHUB_REPOSITORY, GITHUB_SHA, GITHUB_RUN_ID and GITHUB_EVENT_NAME set)',
            found: 'no workflow run',
        });
    }
    const absolute = (0,external_node_path_.resolve)(workspace, path);
    return loadEvidenceToPublish(absolute, path, {
        gate,
        repository: context.repository,
        sha: context.sha,
    });
}
async function publish(evidence, files, inputs, workspace, annotateAnyPath) {
    // Loaded only here: the GitHub and artifact clients are most of the bundle.
    const [{ publishEvidence }, { contextFromEnv }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(392), __webpack_require__.e(630), __webpack_require__.e(322)]).then(__webpack_require__.bind(__webpack_require__, 43322)),
        __webpack_require__.e(/* import() */ 438).then(__webpack_require__.bind(__webpack_require__, 93438)),
    ]);
    const ctx = contextFromEnv(process.env);
    if (!ctx) {
        core/* notice */.lm('Not publishing to GitHub: GITHUB_REPOSITORY is not set.');
        return {};
    }
    const result = await publishEvidence(evidence, {
        token: inputs.githubToken,
        comment: inputs.comment,
        checkRun: inputs.checkRun,
        artifact: inputs.artifact,
        ...(inputs.retentionDays ? { retentionDays: inputs.retentionDays } : {}),
        files,
        workspace,
        annotateAnyPath,
    }, ctx);
    for (const n of result.notices)
        core/* notice */.lm(n);
    // Each warning once: a read-only token fails the same way for every request.
    for (const w of new Set(result.warnings))
        core/* warning */.$e(w);
    return {
        ...(result.commentUrl ? { commentUrl: result.commentUrl } : {}),
        ...(result.checkRunId !== undefined ? { checkRunId: result.checkRunId } : {}),
        ...(result.artifactId !== undefined ? { artifactId: result.artifactId } : {}),
    };
}
/**
 * On a scheduled (or manually dispatched) drift run, after the evidence is
 * written: the alert issue, the freeze output and the retrain dispatch (see
 * publish/github/drift-alert.ts). Like publishing, it can degrade to
 * warnings but never changes the verdict.
 */
async function driftAlert(evidence, inputs) {
    const event = process.env.GITHUB_EVENT_NAME;
    if (event !== 'schedule' && event !== 'workflow_dispatch')
        return;
    const [{ alertDrift }, { contextFromEnv }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(392), __webpack_require__.e(97)]).then(__webpack_require__.bind(__webpack_require__, 12097)),
        __webpack_require__.e(/* import() */ 438).then(__webpack_require__.bind(__webpack_require__, 93438)),
    ]);
    const ctx = contextFromEnv(process.env);
    if (!ctx || !inputs.githubToken) {
        core/* warning */.$e('No drift alert: it needs GITHUB_REPOSITORY and a github-token (permissions issues: write, actions: write).');
        return;
    }
    try {
        const result = await alertDrift(evidence, ctx, {
            token: inputs.githubToken,
            ...(process.env.GITHUB_REF_NAME ? { ref: process.env.GITHUB_REF_NAME } : {}),
        });
        for (const n of result.notices)
            core/* notice */.lm(n);
        for (const w of new Set(result.warnings))
            core/* warning */.$e(w);
        core/* setOutput */.uH('frozen', String(result.frozen));
        core/* setOutput */.uH('retrain-dispatched', String(result.dispatched));
        if (result.issueNumber !== undefined)
            core/* setOutput */.uH('drift-issue', String(result.issueNumber));
    }
    catch (error) {
        core/* warning */.$e(`The drift alert failed; the verdict and the evidence are unaffected: ${error.message}`);
    }
}
function runUrlOption(evidence) {
    const c = evidence.context;
    return c.serverUrl && c.repository && c.runId
        ? { runUrl: `${c.serverUrl}/${c.repository}/actions/runs/${c.runId}` }
        : {};
}
async function writeJobSummary(evidence, published) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    const body = (0,markdown/* renderMarkdown */.G)(evidence, { maxBytes: SUMMARY_BYTES, ...runUrlOption(evidence) });
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
