export const id = 586;
export const ids = [586,636];
export const modules = {

/***/ 22586:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  attachAfterGate: () => (/* binding */ attachAfterGate),
  gateServicesFromInputs: () => (/* binding */ gateServicesFromInputs),
  registryFromInputs: () => (/* binding */ registryFromInputs),
  runRegistryAction: () => (/* binding */ runRegistryAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: ./build/src/contract/errors.js
var errors = __webpack_require__(68081);
// EXTERNAL MODULE: ./build/src/engine/evidence.js + 2 modules
var engine_evidence = __webpack_require__(40910);
// EXTERNAL MODULE: ./build/src/engine/run-context.js
var run_context = __webpack_require__(45419);
// EXTERNAL MODULE: ./build/src/engine/run-gate.js
var run_gate = __webpack_require__(15557);
// EXTERNAL MODULE: ./build/src/github/octokit.js
var octokit = __webpack_require__(64636);
// EXTERNAL MODULE: ./build/src/io/workspace.js
var workspace = __webpack_require__(86363);
// EXTERNAL MODULE: ./build/src/report/files.js
var report_files = __webpack_require__(34127);
// EXTERNAL MODULE: ./build/src/report/markdown.js + 1 modules
var markdown = __webpack_require__(70862);
// EXTERNAL MODULE: ./build/src/registry/candidate.js
var candidate = __webpack_require__(63432);
// EXTERNAL MODULE: ./build/src/github/permissions.js
var permissions = __webpack_require__(45101);
// EXTERNAL MODULE: ./build/src/report/escape.js
var report_escape = __webpack_require__(96209);
// EXTERNAL MODULE: ./build/src/registry/github/rest.js
var rest = __webpack_require__(407);
;// CONCATENATED MODULE: ./build/src/registry/github/incident.js



const INCIDENT_LABEL = 'modelgate:incident';
/** A GitHub login: only such a value is written as a mention. */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
/** One incident per model and rolled-back version: the marker that finds it again. */
const incidentMarker = (model, fromVersion) => `<!-- modelgate:incident model=${encodeURIComponent(model)} from=${encodeURIComponent(fromVersion)} -->`;
const incident_link = (text, url) => url && /^https?:\/\//.test(url)
    ? `[${(0,report_escape/* escapeMarkdown */.FV)(text)}](${encodeURI(url)})`
    : (0,report_escape/* markdownCode */.D9)(text);
/** The issue body: the seed's rollback steps (alert, freeze, rollback, RCA, fix from G0) for this incident. */
function incidentBody(d, note) {
    return [
        incidentMarker(d.model, d.fromVersion),
        `## Incident: ${(0,report_escape/* escapeMarkdown */.FV)(d.model)} rolled back from ${(0,report_escape/* markdownCode */.D9)(d.fromVersion)} to ${(0,report_escape/* markdownCode */.D9)(d.toVersion)}`,
        '',
        `**Reason:** ${(0,report_escape/* escapeMarkdown */.FV)(d.reason)}`,
        `**Rolled back by:** ${(0,report_escape/* escapeMarkdown */.FV)(d.actor ?? 'unknown')}${d.runUrl ? ` in ${incident_link('this run', d.runUrl)}` : ''}`,
        `**Owner:** ${d.ownerLogin && LOGIN.test(d.ownerLogin) ? `@${d.ownerLogin}` : 'not set in ssot/model.json (owner.github)'}`,
        ...(note ? ['', `> ${(0,report_escape/* escapeMarkdown */.FV)(note)}`] : []),
        '',
        '| | release | model sha256 |',
        '| --- | --- | --- |',
        `| rolled back (bad) | ${incident_link(d.fromTag, d.fromUrl)} | see its modelgate-version.json |`,
        `| in production now | ${incident_link(d.toTag, d.toUrl)} | ${(0,report_escape/* markdownCode */.D9)(d.modelDigest)} |`,
        '',
        `Rollback evidence digest: ${(0,report_escape/* markdownCode */.D9)(d.evidenceDigest)} (the \`rollback\` evidence artifact of the run). Check either release offline with \`modelgate verify\`.`,
        '',
        '### Steps (governance runbook)',
        '',
        `- [x] **1. Alert**: degradation reported: ${(0,report_escape/* escapeMarkdown */.FV)(d.reason)}`,
        `- [ ] **2. Freeze**: automatic recommendations of ${(0,report_escape/* markdownCode */.D9)(d.fromVersion)} frozen (drift freeze recorded in the registry)`,
        `- [x] **3. Rollback**: production moved to ${(0,report_escape/* markdownCode */.D9)(d.toVersion)}, the last version approved by G5; deploy the \`rolled-back-to\` release`,
        '- [ ] **4. RCA**: document the root cause here: what changed (data, model, code, environment), why no gate caught it, which gate or KPI must change',
        `- [ ] **5. Fix**: a new version through G0 to G5; ${(0,report_escape/* markdownCode */.D9)(d.fromVersion)} is \`rolled-back\` and can never be promoted again`,
        '',
    ].join('\n');
}
/**
 * Opens the root-cause issue of a rollback, once per incident: an open issue
 * labelled `modelgate:incident` whose body carries this model and version's
 * marker gets a comment instead. Assigned to the model's owner; if GitHub
 * refuses the assignee, the issue is opened unassigned and says so. Never
 * throws: the rollback is done whatever happens here.
 */
async function openIncident(client, owner, repo, d) {
    const warnings = [];
    const marker = incidentMarker(d.model, d.fromVersion);
    try {
        const open = await client.paginate(client.rest.issues.listForRepo, {
            owner,
            repo,
            labels: INCIDENT_LABEL,
            state: 'open',
            per_page: 100,
        });
        const existing = open.find((i) => (i.body ?? '').includes(marker));
        if (existing) {
            await client.rest.issues.createComment({
                owner,
                repo,
                issue_number: existing.number,
                body: `Rolled back again: ${(0,report_escape/* escapeMarkdown */.FV)(d.reason)} (production: ${(0,report_escape/* markdownCode */.D9)(d.toVersion)}${d.runUrl ? `, ${incident_link('run', d.runUrl)}` : ''}).`,
            });
            return { url: existing.html_url, number: existing.number, created: false, warnings };
        }
        await client.rest.issues
            .createLabel({
            owner,
            repo,
            name: INCIDENT_LABEL,
            color: 'b60205',
            description: 'Production rollback: root-cause analysis',
        })
            .catch((error) => {
            if (error.status !== 422)
                throw error;
        });
        const title = `Incident: ${d.model} rolled back from ${d.fromVersion} to ${d.toVersion}`;
        const create = (assignees, note) => client.rest.issues.create({
            owner,
            repo,
            title,
            body: incidentBody(d, note),
            labels: [INCIDENT_LABEL],
            assignees,
        });
        let issue;
        try {
            issue = (await create(d.ownerLogin && LOGIN.test(d.ownerLogin) ? [d.ownerLogin] : [])).data;
        }
        catch (error) {
            if (error.status !== 422 || !d.ownerLogin)
                throw error;
            const note = `GitHub refused to assign the owner ${d.ownerLogin} (not a collaborator?): assign someone by hand.`;
            warnings.push(note);
            issue = (await create([], note)).data;
        }
        return { url: issue.html_url, number: issue.number, created: true, warnings };
    }
    catch (error) {
        warnings.push((0,permissions/* isPermissionError */.gj)(error)
            ? `modelgate could not open the incident issue: the token lacks permission. Add \`permissions: ${rest/* REGISTRY_PERMISSION */.O.incident}\` to the rollback job. The rollback itself is done.`
            : `modelgate could not open the incident issue: ${error.message}. The rollback itself is done.`);
        return { created: false, warnings };
    }
}

// EXTERNAL MODULE: ./build/src/registry/lifecycle.js
var lifecycle = __webpack_require__(3937);
// EXTERNAL MODULE: ./build/src/registry/local.js
var local = __webpack_require__(59970);
;// CONCATENATED MODULE: ./build/src/registry/open.js


const REGISTRY_KINDS = ['local', 'github', 'mlflow'];
/** Opens the registry the user named. One line per backend. */
async function openRegistry(options) {
    const where = options.source ?? 'registry';
    switch (options.kind) {
        case 'local':
            return new local/* LocalRegistry */.p({
                root: required(options.path, where, 'a folder path'),
                now: options.now,
            });
        case 'github':
            return (await __webpack_require__.e(/* import() */ 767).then(__webpack_require__.bind(__webpack_require__, 69767))).openGitHubRegistry(required(options.github, where, 'a GitHub token and repository'), options.now);
        case 'mlflow':
            return (await __webpack_require__.e(/* import() */ 193).then(__webpack_require__.bind(__webpack_require__, 28193))).openMlflowRegistry({
                ...options.mlflow,
                now: options.now,
            });
        default:
            throw new errors/* InputError */.dz({
                file: where,
                message: 'Unknown registry kind',
                expected: REGISTRY_KINDS.join(', '),
                found: JSON.stringify(options.kind),
            });
    }
}
/** Reads a registry kind from a flag or input value, refusing anything else by name. */
function parseRegistryKind(value, where) {
    if (REGISTRY_KINDS.includes(value))
        return value;
    throw new errors/* InputError */.dz({
        file: where,
        message: 'Unknown registry kind',
        expected: REGISTRY_KINDS.join(', '),
        found: JSON.stringify(value),
    });
}
function required(value, where, what) {
    if (value === undefined || value === '')
        throw new errors/* InputError */.dz({
            file: where,
            message: `This registry needs ${what}`,
            expected: what,
            found: 'nothing',
        });
    return value;
}

// EXTERNAL MODULE: ./build/src/registry/rollback.js
var rollback = __webpack_require__(28837);
// EXTERNAL MODULE: ./build/src/ssot/ssot.js + 3 modules
var ssot = __webpack_require__(37775);
// EXTERNAL MODULE: ./build/src/action/outputs.js
var outputs = __webpack_require__(3406);
;// CONCATENATED MODULE: ./build/src/action/registry-action.js
















/** The registry the Action inputs name: `registry` (github by default) and `registry-path`. */
async function registryFromInputs(fallback) {
    const raw = core/* getInput */.V4('registry').trim();
    if (raw === '' && !fallback)
        return undefined;
    const kind = parseRegistryKind(raw || fallback, 'input registry');
    const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
    const token = core/* getInput */.V4('github-token');
    return openRegistry({
        kind,
        source: 'input registry',
        path: core/* getInput */.V4('registry-path') || undefined,
        ...(kind === 'github'
            ? {
                github: {
                    client: (0,octokit.createGitHubClient)(requireToken(token), {
                        ...(process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}),
                        log: (m) => core/* info */.pq(m),
                    }),
                    owner: requirePart(owner),
                    repo: requirePart(repo),
                    ...(process.env.GITHUB_SHA ? { targetCommitish: process.env.GITHUB_SHA } : {}),
                },
            }
            : {}),
    });
}
/**
 * What the gates may read from the registry (G1's `models:/<name>@champion`
 * baseline): the registry the `registry` input names, if any. A registry that
 * cannot be opened is logged and left out; a gate that needs it then says so.
 */
async function gateServicesFromInputs() {
    try {
        const registry = await registryFromInputs(undefined);
        return registry ? { registry } : {};
    }
    catch (error) {
        for (const p of (0,errors/* toProblems */.ek)(error))
            core/* error */.z3(`registry: ${(0,errors/* formatProblem */.Vw)(p)}`);
        return {};
    }
}
function requireToken(token) {
    if (!token)
        throw new errors/* InputError */.dz({
            message: 'The GitHub registry needs a token',
            expected: 'input github-token (default: github.token) with `permissions: contents: write`',
            found: 'no token',
        });
    return token;
}
function requirePart(part) {
    if (!part)
        throw new errors/* InputError */.dz({
            message: 'The GitHub registry needs the repository',
            expected: 'GITHUB_REPOSITORY (owner/name), as in every workflow run',
            found: 'none',
        });
    return part;
}
function actorFromEnv() {
    const c = (0,run_context/* runContextFromEnv */.w)(process.env);
    const runUrl = c.serverUrl && c.repository && c.runId
        ? `${c.serverUrl}/${c.repository}/actions/runs/${c.runId}`
        : undefined;
    return {
        ...(c.actor ? { login: c.actor } : {}),
        ...(c.runId ? { runId: c.runId } : {}),
        ...(runUrl ? { runUrl } : {}),
    };
}
/** `gate: candidate` and `gate: rollback`: commands beside the gates. Returns the exit code. */
async function runRegistryAction(command) {
    try {
        return command === 'candidate' ? await registry_action_candidate() : await registry_action_rollback();
    }
    catch (error) {
        for (const p of (0,errors/* toProblems */.ek)(error))
            core/* error */.z3((0,errors/* formatProblem */.Vw)(p));
        (0,outputs/* setErrorOutputs */.$)();
        core/* setFailed */.C1(`modelgate ${command}: error, see the errors above`);
        return 2;
    }
}
const workspaceRoot = () => process.env.GITHUB_WORKSPACE ?? process.cwd();
const ssotInput = () => core/* getInput */.V4('ssot') || 'ssot';
async function registry_action_candidate() {
    const registry = (await registryFromInputs('github'));
    const { version } = await (0,candidate/* registerCandidate */.d)({
        registry,
        workspaceRoot: workspaceRoot(),
        ssotPath: ssotInput(),
        actor: actorFromEnv(),
    });
    const tag = (0,lifecycle/* releaseTag */.aF)(version.model, version.version);
    core/* setOutput */.uH('status', 'pass');
    core/* setOutput */.uH('passed', 'true');
    core/* setOutput */.uH('candidate-tag', tag);
    core/* setOutput */.uH('release-tag', tag);
    core/* setOutput */.uH('release-url', version.url ?? '');
    core/* setOutput */.uH('model-digest', version.modelDigest);
    core/* info */.pq(`Candidate ${tag} (${version.state}), model sha256 ${version.modelDigest}: ${version.files.map((f) => f.name).join(', ')}`);
    return 0;
}
async function registry_action_rollback() {
    const registry = (await registryFromInputs('github'));
    const config = await new ssot/* Ssot */.Q(new workspace/* Workspace */.a(workspaceRoot()), ssotInput()).model();
    const context = (0,run_context/* runContextFromEnv */.w)(process.env);
    const started = new Date();
    const actor = actorFromEnv();
    const to = core/* getInput */.V4('to').trim();
    const { outcome, moved } = await (0,rollback/* rollbackModel */.U)({
        registry,
        model: config.name,
        ...(to ? { to } : {}),
        reason: core/* getInput */.V4('reason'),
        actor,
    });
    // The evidence digest the incident names is known only once built: build, open the issue, then record its URL.
    let evidence = (0,engine_evidence/* buildEvidence */.KX)('rollback', outcome, context, started, new Date());
    let incidentUrl = '';
    if (moved && registry.kind === 'github') {
        const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '/').split('/');
        const client = (0,octokit.createGitHubClient)(core/* getInput */.V4('github-token'), {
            ...(process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}),
            log: (m) => core/* info */.pq(m),
        });
        const incident = await openIncident(client, owner, repo, {
            model: config.name,
            fromVersion: moved.from.version,
            toVersion: moved.to.version,
            fromTag: moved.fromTag,
            toTag: moved.toTag,
            ...(moved.from.url ? { fromUrl: moved.from.url } : {}),
            ...(moved.to.url ? { toUrl: moved.to.url } : {}),
            reason: core/* getInput */.V4('reason'),
            ...(actor.login ? { actor: actor.login } : {}),
            ...(actor.runUrl ? { runUrl: actor.runUrl } : {}),
            modelDigest: moved.to.modelDigest,
            evidenceDigest: evidence.digest.value,
            ...(config.owner.github ? { ownerLogin: config.owner.github } : {}),
        });
        for (const w of incident.warnings)
            core/* warning */.$e(w);
        incidentUrl = incident.url ?? '';
        if (incident.url) {
            outcome.report.incident = {
                url: incident.url,
                number: incident.number,
                created: incident.created,
            };
            evidence = (0,engine_evidence/* buildEvidence */.KX)('rollback', outcome, context, started, new Date());
        }
    }
    const files = await (0,report_files/* writeReportFiles */.t)(evidence, core/* getInput */.V4('report-dir') || `${process.env.RUNNER_TEMP ?? '.'}/modelgate`);
    (0,outputs/* setGateOutputs */.m)(evidence, files, {});
    core/* setOutput */.uH('rolled-back-to', moved?.toTag ?? '');
    core/* setOutput */.uH('rolled-back-from', moved?.fromTag ?? '');
    core/* setOutput */.uH('rolled-back-model-digest', moved?.to.modelDigest ?? '');
    core/* setOutput */.uH('release-tag', moved?.toTag ?? '');
    core/* setOutput */.uH('release-url', moved?.to.url ?? '');
    core/* setOutput */.uH('model-digest', moved?.to.modelDigest ?? '');
    core/* setOutput */.uH('incident-url', incidentUrl);
    if (process.env.GITHUB_STEP_SUMMARY)
        await core/* summary */.z.addRaw((0,markdown/* renderMarkdown */.G)(evidence), true).write();
    for (const p of evidence.problems)
        core/* error */.z3((0,errors/* formatProblem */.Vw)(p));
    const code = (0,run_gate/* exitCodeFor */.R)(evidence.status);
    if (code !== 0)
        core/* setFailed */.C1(`rollback: ${evidence.status}. ${evidence.summary}`);
    else
        core/* info */.pq(evidence.summary);
    return code;
}
/** `registry-attach: true`: after a gate wrote its files, attach them to the candidate. Returns false on failure (reported). */
async function attachAfterGate(evidence, files) {
    const raw = core/* getInput */.V4('registry-attach').trim().toLowerCase();
    if (raw === '' || raw === 'false')
        return true;
    try {
        if (raw !== 'true')
            throw new errors/* InputError */.dz({
                message: 'Invalid input registry-attach',
                expected: 'true or false',
                found: JSON.stringify(raw),
            });
        const registry = (await registryFromInputs('github'));
        const stored = await (0,candidate/* attachGateEvidence */.q)({
            registry,
            workspaceRoot: workspaceRoot(),
            ssotPath: ssotInput(),
            evidence,
            files,
        });
        core/* info */.pq(`Attached ${stored.map((f) => f.name).join(', ')} to the candidate.`);
        return true;
    }
    catch (error) {
        for (const p of (0,errors/* toProblems */.ek)(error))
            core/* error */.z3(`registry-attach: ${(0,errors/* formatProblem */.Vw)(p)}`);
        return false;
    }
}


/***/ }),

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

/***/ 45101:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $h: () => (/* binding */ PublishWarnings),
/* harmony export */   gj: () => (/* binding */ isPermissionError)
/* harmony export */ });
/* unused harmony exports REQUIRED_PERMISSION, permissionWarning */
/** What each publishing feature needs in the workflow's `permissions:` block. */
const REQUIRED_PERMISSION = {
    comment: 'pull-requests: write',
    checkRun: 'checks: write',
};
/**
 * A 403 that means the token lacks a permission, as GitHub words it for
 * GITHUB_TOKEN ("Resource not accessible by integration") and fine-grained
 * tokens ("... by personal access token"). Rate-limit 403s are not.
 */
function isPermissionError(error) {
    const e = error;
    if (e?.status !== 403)
        return false;
    const message = e.message ?? '';
    return (!/rate limit/i.test(message) &&
        (/not accessible by/i.test(message) || /permission/i.test(message) || message === ''));
}
/**
 * What to do about a missing permission. On a pull request from a fork the
 * token is read-only whatever the workflow's `permissions:` say, so the
 * warning also names what does help there: a follow-up workflow on
 * `workflow_run`, which runs in the base repository with its own token.
 */
function permissionWarning(feature, what) {
    return (`modelgate could not ${what}: the token lacks permission. In a job of this repository, add \`permissions: ${REQUIRED_PERMISSION[feature]}\` to enable it. ` +
        `On a pull request from a fork the token is read-only whatever the workflow asks; publish from a follow-up workflow triggered by \`workflow_run\` instead ` +
        `(see "Pull requests from forks" in modelgate's docs/publishing.md). The gate's verdict, summary and evidence artifact are unaffected.`);
}
/**
 * Collects publishing warnings, saying each missing permission once however
 * many requests it made fail (a read-only token fails every write alike).
 */
class PublishWarnings {
    list = [];
    seen = new Set();
    /** Records why `what` failed; a permission problem is explained once per feature. */
    add(what, error, feature) {
        if (feature && isPermissionError(error)) {
            if (this.seen.has(feature))
                return;
            this.seen.add(feature);
            this.list.push(permissionWarning(feature, what));
            return;
        }
        const e = error;
        this.list.push(`modelgate could not ${what}${e?.status ? ` (HTTP ${e.status})` : ''}: ${e?.message ?? String(error)}`);
    }
}


/***/ }),

/***/ 98152:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   At: () => (/* binding */ ledgerTag),
/* harmony export */   Hg: () => (/* binding */ emptyLedger),
/* harmony export */   VF: () => (/* binding */ productionRef),
/* harmony export */   h8: () => (/* binding */ parseLedger),
/* harmony export */   wP: () => (/* binding */ renderLedger)
/* harmony export */ });
/* harmony import */ var _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68081);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96209);


const OPEN = '<!-- modelgate:ledger';
const CLOSE = '-->';
/** GitHub's limit on a release body. */
const RELEASE_BODY_LIMIT = 125_000;
const ledgerTag = (model) => `${model}-registry`;
const productionRef = (model) => `tags/${model}-production`;
function emptyLedger(model) {
    return { schemaVersion: 1, model, versions: [], history: [] };
}
/** Reads the ledger back from a release body. */
function parseLedger(body, where) {
    const text = body ?? '';
    const start = text.lastIndexOf(OPEN);
    const end = start < 0 ? -1 : text.indexOf(CLOSE, start);
    if (start < 0 || end < 0)
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            file: where,
            message: 'The registry release holds no modelgate ledger',
            expected: `a body ending in "${OPEN} {...} ${CLOSE}" (written by modelgate)`,
            found: 'a body without it (edited by hand?)',
        });
    try {
        const ledger = JSON.parse(text.slice(start + OPEN.length, end));
        if (ledger.schemaVersion !== 1 ||
            !Array.isArray(ledger.versions) ||
            !Array.isArray(ledger.history))
            throw new Error('not a schemaVersion 1 ledger');
        return ledger;
    }
    catch (error) {
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            file: where,
            message: 'The registry ledger is damaged',
            expected: 'the JSON modelgate wrote',
            found: error.message,
        });
    }
}
const cell = (v) => (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(v ?? '');
/** The release body: a readable page, then the JSON (with `>` escaped so it cannot close the comment). */
function renderLedger(ledger, versionUrl) {
    const lines = [
        `# ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(ledger.model)}: model registry`,
        '',
        ledger.production
            ? `**In production:** ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownCode */ .D9)(ledger.production)}${link(versionUrl(ledger.production))}`
            : '**In production:** none yet',
        '',
        'Maintained by modelgate: every promotion (G5), rollback, state change and freeze. Do not edit the JSON at the end.',
        '',
        '## Versions',
        '',
        '| version | state | frozen | model sha256 | owner | registered |',
        '| --- | --- | --- | --- | --- | --- |',
        ...ledger.versions.map((v) => `| ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownCode */ .D9)(v.version)}${link(versionUrl(v.version))} | ${cell(v.draft ? `${v.state} (candidate)` : v.state)} | ${v.frozen ? cell(`since ${v.frozen.at}: ${v.frozen.reason}`) : ''} | ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownCode */ .D9)(v.modelDigest.slice(0, 12))} | ${cell(v.owner)} | ${cell(v.createdAt)} |`),
        '',
        '## History (which version was in production when)',
        '',
        '| at | event | version | previous | by | run | reason |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        ...ledger.history.map((e) => `| ${cell(e.at)} | ${cell(e.kind === 'state' ? `state: ${e.state}` : e.kind)} | ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownCode */ .D9)(e.version)} | ${e.previousVersion ? (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownCode */ .D9)(e.previousVersion) : ''} | ${cell(e.actor.login ?? '')} | ${e.actor.runUrl ? `[run](${encodeURI(e.actor.runUrl)})` : cell(e.actor.runId ?? '')} | ${cell(e.reason ?? '')} |`),
        '',
    ];
    const json = JSON.stringify(ledger).replace(/>/g, '\\u003e');
    const body = `${lines.join('\n')}\n${OPEN}\n${json}\n${CLOSE}\n`;
    if (body.length > RELEASE_BODY_LIMIT)
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            message: `The registry ledger of ${ledger.model} outgrew a release body`,
            expected: `at most ${RELEASE_BODY_LIMIT} characters`,
            found: `${body.length} characters (${ledger.history.length} history entries)`,
        });
    return body;
}
function link(url) {
    return url && /^https?:\/\//.test(url) ? ` ([release](${encodeURI(url)}))` : '';
}


/***/ }),

/***/ 407:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ REGISTRY_PERMISSION),
/* harmony export */   b: () => (/* binding */ RestReleases)
/* harmony export */ });
/* harmony import */ var _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68081);
/* harmony import */ var _github_permissions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45101);
/* harmony import */ var _ledger_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98152);



/** What each registry feature needs in the workflow's `permissions:` block. */
const REGISTRY_PERMISSION = {
    releases: 'contents: write',
    incident: 'issues: write',
};
/** Turns a refused request into an InputError naming the `permissions:` line it needs. */
async function withPermission(what, permission, call) {
    try {
        return await call();
    }
    catch (error) {
        if ((0,_github_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .isPermissionError */ .gj)(error))
            throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
                message: `modelgate could not ${what}: the token lacks permission`,
                expected: `\`permissions: ${permission}\` in the job (GITHUB_TOKEN), or a token that has it`,
                found: `HTTP 403: ${error.message}`,
            });
        const e = error;
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            message: `modelgate could not ${what}`,
            expected: 'a successful GitHub API call',
            found: `${e.status ? `HTTP ${e.status}: ` : ''}${e.message ?? String(error)}`,
        });
    }
}
/** The REST calls of the Releases registry, each with the permission it needs named on failure. */
class RestReleases {
    client;
    owner;
    repo;
    targetCommitish;
    perm = REGISTRY_PERMISSION.releases;
    /** The releases as last listed, kept up to date by this instance's own writes (one run writes alone: see README). */
    cache;
    constructor(client, owner, repo, targetCommitish) {
        this.client = client;
        this.owner = owner;
        this.repo = repo;
        this.targetCommitish = targetCommitish;
    }
    get where() {
        return { owner: this.owner, repo: this.repo };
    }
    /** Every release, drafts included (GET /releases/tags/{tag} does not see drafts). */
    async listReleases() {
        this.cache ??= (await withPermission('list the releases', this.perm, () => this.client.paginate(this.client.rest.repos.listReleases, { ...this.where, per_page: 100 })));
        return this.cache;
    }
    remember(release) {
        if (this.cache)
            this.cache = [release, ...this.cache.filter((r) => r.id !== release.id)];
        return release;
    }
    async findRelease(tag) {
        return (await this.listReleases()).find((r) => r.tag_name === tag);
    }
    async createRelease(input) {
        const { data } = await withPermission(`create the release ${input.tag_name}`, this.perm, () => this.client.rest.repos.createRelease({
            ...this.where,
            ...input,
            ...(this.targetCommitish ? { target_commitish: this.targetCommitish } : {}),
        }));
        return this.remember(data);
    }
    async updateRelease(id, patch) {
        const { data } = await withPermission('update a release', this.perm, () => this.client.rest.repos.updateRelease({ ...this.where, release_id: id, ...patch }));
        return this.remember(data);
    }
    /** Uploads to the release's own upload_url (the uploads host; GHES-safe). */
    async uploadAsset(release, name, data) {
        const { data: asset } = await withPermission(`upload ${name} to ${release.tag_name}`, this.perm, () => this.client.request({
            method: 'POST',
            url: release.upload_url,
            name,
            data,
            headers: { 'content-type': 'application/octet-stream', 'content-length': data.length },
        }));
        const uploaded = asset;
        this.remember({
            ...release,
            assets: [...release.assets.filter((a) => a.name !== name), uploaded],
        });
        return uploaded;
    }
    async deleteAsset(id) {
        await withPermission('replace a release asset', this.perm, () => this.client.rest.repos.deleteReleaseAsset({ ...this.where, asset_id: id }));
        const holder = this.cache?.find((r) => r.assets.some((a) => a.id === id));
        if (holder)
            this.remember({ ...holder, assets: holder.assets.filter((a) => a.id !== id) });
    }
    async downloadAsset(id) {
        const { data } = await withPermission('download a release asset', this.perm, () => this.client.rest.repos.getReleaseAsset({
            ...this.where,
            asset_id: id,
            headers: { accept: 'application/octet-stream' },
        }));
        return Buffer.from(data);
    }
    /** Points `refs/tags/<model>-production` at the commit of a release's tag (created, or moved with force). */
    async moveProductionRef(model, tag) {
        const { data } = await withPermission(`read the tag ${tag}`, this.perm, () => this.client.rest.git.getRef({ ...this.where, ref: `tags/${tag}` }));
        const sha = data.object.sha;
        const ref = (0,_ledger_js__WEBPACK_IMPORTED_MODULE_2__/* .productionRef */ .VF)(model);
        const exists = await this.client.rest.git
            .getRef({ ...this.where, ref })
            .then(() => true)
            .catch((error) => {
            if (error.status === 404)
                return false;
            throw error;
        });
        await withPermission(`move refs/${ref}`, this.perm, async () => {
            if (exists)
                await this.client.rest.git.updateRef({ ...this.where, ref, sha, force: true });
            else
                await this.client.rest.git.createRef({ ...this.where, ref: `refs/${ref}`, sha });
        });
    }
}


/***/ })

};
