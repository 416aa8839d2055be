export const id = 97;
export const ids = [97,636];
export const modules = {

/***/ 64636:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86856);



/**
 * Octokit with the maintained retry and throttling plugins: 5xx responses
 * are retried with backoff (3 times), and primary (429, or 403 with no
 * remaining quota) and secondary rate limits wait for the time GitHub asks
 * for, when that is short enough, before retrying.
 */
function createGitHubClient(token, options) {
    const limit = options.rateLimitRetries ?? 2;
    const maxWait = options.maxRateLimitWaitS ?? 120;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const again = retryCount < limit && retryAfter <= maxWait;
        options.log(`GitHub ${kind} rate limit on ${request.method} ${request.url}; ${again ? `retrying in ${retryAfter} s` : 'giving up'}`);
        return again;
    };
    const pacing = options.writeSpacingMs === undefined
        ? {}
        : { write: pacer(options.writeSpacingMs), notifications: pacer(options.writeSpacingMs) };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
        // 429 is a rate limit: the throttling plugin waits for the reset GitHub names instead of a blind backoff.
        retry: {
            retryAfterBaseValue: options.backoffMs ?? 1000,
            doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
        },
        throttle: {
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
            retryAfterBaseValue: options.rateLimitUnitMs ?? 1000,
            ...pacing,
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
}
/**
 * The part of a Bottleneck group the throttling plugin uses for write
 * spacing (`group.key(id).schedule(options, fn, ...args)`): runs jobs one at
 * a time, at least `spacingMs` apart. Used only when the spacing is chosen
 * explicitly; the plugin's own groups apply otherwise.
 */
function pacer(spacingMs) {
    let last = Promise.resolve();
    let lastAt = 0;
    const limiter = {
        schedule(_options, fn, ...args) {
            const run = last.then(async () => {
                const wait = lastAt + spacingMs - Date.now();
                if (wait > 0)
                    await new Promise((r) => setTimeout(r, wait));
                lastAt = Date.now();
                return fn(...args);
            });
            last = run.then(() => undefined, () => undefined);
            return run;
        },
    };
    // The plugin's option type is Bottleneck.Group; this object has the one method it calls.
    return { key: () => limiter };
}


/***/ }),

/***/ 12097:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  alertDrift: () => (/* binding */ alertDrift)
});

// EXTERNAL MODULE: ./build/src/github/octokit.js
var octokit = __webpack_require__(64636);
// EXTERNAL MODULE: ./build/src/report/escape.js
var report_escape = __webpack_require__(96209);
;// CONCATENATED MODULE: ./build/src/publish/github/drift-state.js
const DRIFT_LABEL = 'modelgate:drift';
const FROZEN_LABEL = 'modelgate:frozen';
const MARKER = /<!-- modelgate:drift model=([A-Za-z0-9_-]*) state=([A-Za-z0-9_-]*) -->/;
const b64 = (text) => Buffer.from(text, 'utf8').toString('base64url');
const unb64 = (text) => Buffer.from(text, 'base64url').toString('utf8');
function marker(model, state) {
    return `<!-- modelgate:drift model=${b64(model)} state=${b64(JSON.stringify(state))} -->`;
}
/** The model and episode state an issue body carries, or undefined when it has no (valid) marker. */
function readMarker(body) {
    const m = MARKER.exec(body ?? '');
    if (!m)
        return undefined;
    try {
        const state = JSON.parse(unb64(m[2]));
        if (state?.v !== 1 || typeof state.consecutive !== 'number')
            return undefined;
        return { model: unb64(m[1]), state };
    }
    catch {
        return undefined;
    }
}
/** The verdict a run states: which columns drift, in a stable order. */
function verdictOf(evidence) {
    const drift = evidence.report.drift;
    const columns = (drift?.drifted ?? [])
        .map((d) => d.role === 'feature' ? d.name : d.role === d.name ? d.role : `${d.role} ${d.name}`)
        .sort();
    const drifted = evidence.status === 'fail';
    return { drifted, columns, verdict: drifted ? `drift: ${columns.join(', ')}` : 'no drift' };
}
/**
 * What one scheduled run does, from its verdict and the open issue's state
 * (none when there is no open issue): open an issue when drift starts,
 * update it in place while it lasts (a comment only when the drifted columns
 * change), dispatch retraining once the episode reached K drifted runs in a
 * row (once per episode), and close it with a comment when drift ends.
 */
function planAlert(run, open, settings) {
    if (!open) {
        if (!run.drifted)
            return { issue: 'none', dispatch: false, freeze: false, state: fresh(run, 0) };
        const state = fresh(run, 1);
        const dispatch = settings.retrainAfter !== undefined && settings.retrainAfter <= 1;
        state.dispatched = dispatch;
        state.frozen = settings.freeze;
        return { issue: 'create', dispatch, freeze: settings.freeze, state };
    }
    if (!run.drifted) {
        return {
            issue: 'close',
            comment: `Drift ended: ${run.verdict} in run ${run.runId}, after ${open.consecutive} drifted run${open.consecutive === 1 ? '' : 's'} since ${open.since}. Closing.`,
            dispatch: false,
            freeze: false,
            state: { ...open, verdict: run.verdict, consecutive: 0, lastRun: run.runId },
        };
    }
    const again = open.lastRun === run.runId;
    const consecutive = again ? open.consecutive : open.consecutive + 1;
    const dispatch = settings.retrainAfter !== undefined && !open.dispatched && consecutive >= settings.retrainAfter;
    const freeze = settings.freeze && !open.frozen;
    const changed = run.verdict !== open.verdict;
    const notes = [
        ...(changed ? [`The verdict changed: ${run.verdict} (was ${open.verdict}).`] : []),
        ...(dispatch
            ? [`Drift persisted for ${consecutive} runs in a row: retraining dispatched.`]
            : []),
        ...(freeze ? ['The production version is frozen.'] : []),
    ];
    return {
        issue: 'update',
        ...(notes.length ? { comment: notes.join(' ') } : {}),
        dispatch,
        freeze,
        state: {
            ...open,
            verdict: run.verdict,
            consecutive,
            dispatched: open.dispatched || dispatch,
            frozen: open.frozen || freeze,
            lastRun: run.runId,
        },
    };
}
function fresh(run, consecutive) {
    return {
        v: 1,
        verdict: run.verdict,
        consecutive,
        dispatched: false,
        frozen: false,
        since: run.now,
        lastRun: run.runId,
    };
}

;// CONCATENATED MODULE: ./build/src/publish/github/drift-alert.js



const ISSUE_BODY_LIMIT = 60_000;
/**
 * The scheduled drift alert (the rollback seed's steps 1 and 2: alert, then
 * freeze): one open issue per model with the label `modelgate:drift`, found
 * again by the hidden marker in its body, updated in place on every run; a
 * comment only when the verdict changes; closed with a comment when drift
 * ends. After K drifted runs in a row it dispatches the retrain workflow,
 * once per episode (the episode's state lives in the marker). Needs
 * `issues: write`, and `actions: write` for the dispatch.
 */
async function alertDrift(evidence, ctx, opts) {
    const result = { frozen: false, dispatched: false, notices: [], warnings: [] };
    if (evidence.gate !== 'drift' || evidence.status === 'error') {
        result.notices.push('No drift alert: the drift check could not judge (status error); the alert issue is left as it was.');
        return result;
    }
    const gh = (0,octokit.createGitHubClient)(opts.token, {
        ...opts.client,
        ...(opts.apiUrl ? { baseUrl: opts.apiUrl } : {}),
        log: (m) => result.notices.push(m),
    });
    const { owner, repo } = ctx.repo;
    const model = modelName(evidence);
    const settings = (evidence.report.alert ?? { freeze: false });
    const run = verdictOf(evidence);
    const open = await findIssue(gh, owner, repo, model);
    const plan = planAlert({
        drifted: run.drifted,
        verdict: run.verdict,
        runId: `${ctx.runId}`,
        now: (opts.now ?? new Date()).toISOString().slice(0, 10),
    }, open?.state, {
        freeze: settings.freeze,
        ...(settings.retrain ? { retrainAfter: settings.retrain.consecutiveRuns } : {}),
    });
    if (plan.dispatch && settings.retrain) {
        const ref = settings.retrain.ref ?? opts.ref;
        if (!ref) {
            result.warnings.push('Retraining not dispatched: no ref to run it on (retrain.ref in ssot/drift.json).');
            plan.state.dispatched = false;
        }
        else {
            await gh.rest.actions.createWorkflowDispatch({
                owner,
                repo,
                workflow_id: /^\d+$/.test(settings.retrain.workflow)
                    ? Number(settings.retrain.workflow)
                    : settings.retrain.workflow,
                ref,
                inputs: { reason: `drift: ${run.columns.join(', ')}`.slice(0, 1000), model },
            });
            result.dispatched = true;
        }
    }
    const runUrl = `${ctx.serverUrl}/${owner}/${repo}/actions/runs/${ctx.runId}`;
    const body = issueBody(evidence, model, plan.state, settings, runUrl);
    const frozenByLabel = plan.state.frozen && run.drifted && settings.frozenVersion === undefined;
    result.frozen = plan.state.frozen && run.drifted;
    if (plan.issue === 'create') {
        const { data } = await gh.rest.issues.create({
            owner,
            repo,
            title: `Drift: ${model}`,
            body,
            labels: frozenByLabel ? [DRIFT_LABEL, FROZEN_LABEL] : [DRIFT_LABEL],
        });
        result.issueNumber = data.number;
        result.issueUrl = data.html_url;
    }
    else if (open && plan.issue !== 'none') {
        const labels = new Set(open.labels);
        if (frozenByLabel)
            labels.add(FROZEN_LABEL);
        if (plan.issue === 'close')
            labels.delete(FROZEN_LABEL);
        if (plan.comment)
            await gh.rest.issues.createComment({
                owner,
                repo,
                issue_number: open.number,
                body: `${(0,report_escape/* escapeMarkdown */.FV)(plan.comment)} ([run](${runUrl}))`,
            });
        await gh.rest.issues.update({
            owner,
            repo,
            issue_number: open.number,
            body,
            labels: [...labels],
            ...(plan.issue === 'close'
                ? { state: 'closed', state_reason: 'completed' }
                : {}),
        });
        result.issueNumber = open.number;
        result.issueUrl = open.url;
    }
    return result;
}
function modelName(evidence) {
    const m = evidence.report.model;
    return typeof m?.name === 'string' ? m.name : 'model';
}
/** The open alert issue of this model: labelled modelgate:drift, with this model's marker. */
async function findIssue(gh, owner, repo, model) {
    const issues = await gh.paginate(gh.rest.issues.listForRepo, {
        owner,
        repo,
        state: 'open',
        labels: DRIFT_LABEL,
        per_page: 100,
    });
    for (const issue of issues) {
        if (issue.pull_request)
            continue;
        const m = readMarker(issue.body);
        if (!m || m.model !== model)
            continue;
        return {
            number: issue.number,
            url: issue.html_url,
            labels: issue.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
            state: m.state,
        };
    }
    return undefined;
}
function issueBody(evidence, model, state, settings, runUrl) {
    const drifting = evidence.status === 'fail';
    const table = evidence.report.tables?.[0];
    const rows = (table?.rows ?? []).map((r) => `| ${(0,report_escape/* markdownCode */.D9)(r[0])} | ${(0,report_escape/* escapeMarkdown */.FV)(r[1])} | ${(0,report_escape/* escapeMarkdown */.FV)(r[3])} | ${(0,report_escape/* escapeMarkdown */.FV)(r[4])} | ${(0,report_escape/* escapeMarkdown */.FV)(r[5])} | ${r[6] === 'DRIFT' ? '**drift**' : 'no'} |`);
    const retrain = settings.retrain
        ? state.dispatched
            ? `dispatched (${(0,report_escape/* markdownCode */.D9)(settings.retrain.workflow)})`
            : `after ${settings.retrain.consecutiveRuns} drifted runs in a row (${(0,report_escape/* markdownCode */.D9)(settings.retrain.workflow)})`
        : 'not configured (retrain in ssot/drift.json)';
    const lines = [
        `## ${drifting ? 'Data drift' : 'Drift ended'}: ${(0,report_escape/* escapeMarkdown */.FV)(model)}`,
        '',
        (0,report_escape/* escapeMarkdown */.FV)(evidence.summary),
        '',
        `- Drifted runs in a row: **${state.consecutive}** (episode since ${(0,report_escape/* escapeMarkdown */.FV)(state.since)}); last run: [${(0,report_escape/* escapeMarkdown */.FV)(evidence.context.runId ?? 'run')}](${runUrl})`,
        `- Freeze: ${state.frozen ? (settings.frozenVersion ? `version ${(0,report_escape/* markdownCode */.D9)(settings.frozenVersion)} frozen in the registry` : 'frozen (output `frozen=true`, label `modelgate:frozen`)') : settings.freeze ? 'not yet' : 'off'}`,
        `- Retraining: ${retrain}`,
        '',
        '| column | role | test | score | threshold | drift |',
        '|---|---|---|---|---|---|',
        ...rows,
        '',
        'This issue is updated in place by each scheduled `modelgate drift` run and closed when drift ends.',
    ];
    const text = (0,report_escape/* cutMarkdown */.G$)(lines.join('\n'), ISSUE_BODY_LIMIT, '\n\n(table shortened)');
    return `${text}\n\n${marker(model, state)}\n`;
}


/***/ })

};
