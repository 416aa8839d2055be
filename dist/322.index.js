export const id = 322;
export const ids = [322,636,438];
export const modules = {

/***/ 93438:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   contextFromEnv: () => (/* binding */ contextFromEnv),
/* harmony export */   findTriggeringPullRequest: () => (/* binding */ findTriggeringPullRequest),
/* harmony export */   isPullRequestRun: () => (/* binding */ isPullRequestRun),
/* harmony export */   pullRequestOf: () => (/* binding */ pullRequestOf),
/* harmony export */   runUrlOf: () => (/* binding */ runUrlOf),
/* harmony export */   triggeringRunOf: () => (/* binding */ triggeringRunOf)
/* harmony export */ });
/* harmony import */ var _engine_run_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45419);

/**
 * The context @actions/github would build, from the runner's environment and
 * event file (read here rather than through its module-level singleton, so
 * that the caller's environment is the one used); undefined outside a
 * repository.
 */
function contextFromEnv(env) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
        return undefined;
    return {
        repo: { owner, repo },
        sha: env.GITHUB_SHA ?? '',
        eventName: env.GITHUB_EVENT_NAME ?? 'unknown',
        runId: Number(env.GITHUB_RUN_ID ?? 0),
        serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
        payload: (0,_engine_run_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readEventPayload */ .N)(env.GITHUB_EVENT_PATH),
    };
}
/** The pull request an event is about, from its payload; undefined for push, schedule, dispatch... */
function pullRequestOf(ctx) {
    const pr = ctx.payload.pull_request;
    if (!pr || typeof pr.number !== 'number' || typeof pr.head?.sha !== 'string')
        return undefined;
    return { number: pr.number, headSha: pr.head.sha };
}
function runUrlOf(ctx) {
    return `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/actions/runs/${ctx.runId}`;
}
/** The triggering run of a `workflow_run` event, from its payload; undefined for other events. */
function triggeringRunOf(ctx) {
    const run = ctx.payload.workflow_run;
    if (ctx.eventName !== 'workflow_run' ||
        !run ||
        typeof run.event !== 'string' ||
        typeof run.head_sha !== 'string')
        return undefined;
    const owner = run.head_repository?.owner?.login;
    return {
        event: run.event,
        headSha: run.head_sha,
        ...(typeof run.head_branch === 'string' ? { headBranch: run.head_branch } : {}),
        ...(typeof owner === 'string' ? { headOwner: owner } : {}),
        pullRequests: (run.pull_requests ?? []).flatMap((p) => typeof p.number === 'number' && typeof p.head?.sha === 'string'
            ? [{ number: p.number, headSha: p.head.sha }]
            : []),
    };
}
/** Whether a workflow_run follow-up judges a pull request (and so should comment on it). */
function isPullRequestRun(run) {
    return run !== undefined && (run.event === 'pull_request' || run.event === 'pull_request_target');
}
/**
 * The open pull request a `workflow_run` follow-up is about. GitHub lists it
 * on the run for branches of this repository, but not for forks; then it is
 * looked up by the fork owner and branch (`GET /pulls?head=owner:branch`),
 * keeping only a pull request whose head is still the judged commit.
 */
async function findTriggeringPullRequest(gh, ctx, run) {
    const listed = run.pullRequests.find((p) => p.headSha === run.headSha);
    if (listed)
        return listed;
    if (!run.headOwner || !run.headBranch)
        return undefined;
    const { data } = await gh.rest.pulls.list({
        owner: ctx.repo.owner,
        repo: ctx.repo.repo,
        state: 'open',
        head: `${run.headOwner}:${run.headBranch}`,
        per_page: 10,
    });
    const pr = data.find((p) => p.head.sha === run.headSha);
    return pr ? { number: pr.number, headSha: pr.head.sha } : undefined;
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

/***/ 43322:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishEvidence: () => (/* binding */ publishEvidence)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/src/report/format.js
var format = __webpack_require__(45845);
// EXTERNAL MODULE: ./build/src/report/markdown.js + 1 modules
var markdown = __webpack_require__(70862);
// EXTERNAL MODULE: ./build/src/io/json-pointer-line.js
var json_pointer_line = __webpack_require__(35393);
// EXTERNAL MODULE: ./node_modules/@actions/artifact/lib/artifact.js + 314 modules
var artifact = __webpack_require__(6630);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./build/src/publish/github/artifact.js



/**
 * The artifact name, unique per gate and subject and computable from the
 * judged files: `modelgate-<gate>-<model>-<files>`, where `<model>` is the
 * first 12 hex digits of the model's sha256 (`none` when the gate judged no
 * model) and `<files>` the first 12 hex digits of the sha256 of every other
 * judged file's sha256 (data, baseline model, signatures, reports), sorted,
 * de-duplicated and joined by `\n` (the sha256 of the empty string when
 * there is none). Two jobs of one gate on the same model but different data
 * in one workflow run get two names (the results service refuses a second
 * artifact of the same name), and a later gate or a rollback that knows the
 * model digest finds every artifact of a gate by the prefix
 * `modelgate-<gate>-<model>-`. A gate that judged no file at all is named
 * `modelgate-<gate>-none-` and its evidence digest.
 */
function artifactName(evidence) {
    const { model, data, artifacts } = evidence.subject;
    const others = [...new Set([...data, ...artifacts].map((f) => f.sha256))].sort();
    const files = !model && others.length === 0
        ? evidence.digest.value
        : (0,external_node_crypto_.createHash)('sha256').update(others.join('\n')).digest('hex');
    return `modelgate-${evidence.gate}-${model ? model.sha256.slice(0, 12) : 'none'}-${files.slice(0, 12)}`;
}
/** Uploads the evidence JSON, markdown and HTML report with the official artifact client. */
async function uploadEvidenceArtifact(evidence, files, retentionDays) {
    const name = artifactName(evidence);
    const client = new artifact/* DefaultArtifactClient */.t9();
    const { id } = await client.uploadArtifact(name, [files.evidence, files.markdown, files.html], commonDir(files), retentionDays ? { retentionDays } : {});
    if (id === undefined)
        throw new Error('the artifact service returned no artifact id');
    return { id, name };
}
/** The deepest folder holding all three files (they are normally side by side). */
function commonDir(files) {
    const dirs = [files.evidence, files.markdown, files.html].map((f) => (0,external_node_path_.dirname)(f).split(/[\\/]/));
    const first = dirs[0];
    let n = first.length;
    for (const d of dirs) {
        let i = 0;
        while (i < n && d[i] === first[i])
            i++;
        n = i;
    }
    return first.slice(0, n).join('/') || '/';
}

// EXTERNAL MODULE: ./build/src/report/escape.js
var report_escape = __webpack_require__(96209);
;// CONCATENATED MODULE: ./build/src/publish/github/check-run.js


/** GitHub accepts at most 50 annotations per request, and 65,535 bytes (UTF-8) per summary or text. */
const ANNOTATIONS_PER_REQUEST = 50;
const OUTPUT_LIMIT = 65_535;
/** A bound on annotations per run, so a file with a million bad rows cannot make a million requests. */
const MAX_ANNOTATIONS = 1000;
/** The stable check name branch protection can require, e.g. "modelgate / G1 Model Performance". */
function checkRunName(evidence) {
    return `modelgate / ${evidence.gate} ${evidence.gateName}`;
}
/** `error` means the gate could not judge: never a success. */
function conclusionFor(status) {
    return status === 'pass' ? 'success' : 'failure';
}
function checkRunTitle(evidence) {
    const head = evidence.status === 'error'
        ? 'error: could not judge'
        : evidence.status === 'pass'
            ? 'passed'
            : 'failed';
    return (0,report_escape/* truncate */.xv)(`${head}. ${evidence.summary}`, 1000);
}
/** A path GitHub can annotate: relative, inside the repository. */
function repoPath(path) {
    const p = (0,external_node_path_.normalize)(path).replace(/\\/g, '/');
    return (0,external_node_path_.isAbsolute)(p) || p === '..' || p.startsWith('../') ? undefined : p;
}
/**
 * Annotations: failing and warning checks at the line that declares them
 * (their row in ssot/kpi_acceptance.csv, or the line a JSON pointer names in
 * ssot/security.json), problems at the line that stopped the gate, then G0
 * data violations at their CSV line. Only for files that are part of the
 * repository (`inRepository`).
 */
function annotationsFor(evidence, inRepository, locate = () => undefined) {
    const out = [];
    const at = (file, line, pointer) => {
        const path = file ? repoPath(file) : undefined;
        if (!path || !inRepository(path))
            return undefined;
        const l = line && line > 0 ? line : pointer !== undefined ? locate(path, pointer) : undefined;
        return l ? { path, line: l } : undefined;
    };
    for (const c of evidence.checks) {
        if (c.status !== 'fail' && c.status !== 'warn' && c.status !== 'error')
            continue;
        const where = at(c.source?.file, c.source?.line, c.source?.pointer);
        if (!where)
            continue;
        const measured = c.value !== null && c.operator
            ? ` Value ${String(c.value)}${c.unit ? ` ${c.unit}` : ''}, required ${c.operator} ${String(c.threshold)}.`
            : '';
        out.push({
            path: where.path,
            start_line: where.line,
            end_line: where.line,
            annotation_level: c.status === 'warn' ? 'warning' : 'failure',
            title: (0,report_escape/* truncate */.xv)(`${evidence.gate} ${c.rule}${c.variable ? ` (${c.variable})` : ''}: ${c.status}`, 255),
            message: (0,report_escape/* truncate */.xv)(`${c.message ?? ''}${measured}`.trim() || c.id, 4000),
        });
    }
    for (const p of evidence.problems) {
        const where = at(p.file, p.line, p.pointer);
        if (where)
            out.push({
                path: where.path,
                start_line: where.line,
                end_line: where.line,
                annotation_level: 'failure',
                title: `${evidence.gate} could not judge`,
                message: (0,report_escape/* truncate */.xv)(`${p.pointer ? `At ${p.pointer}: ` : ''}${p.message}${p.expected ? `. Expected ${p.expected}` : ''}${p.found ? `, found ${p.found}` : ''}`, 4000),
            });
    }
    for (const v of evidence.report.violations ?? []) {
        const where = at(v.file, v.line, undefined);
        if (where)
            out.push({
                path: where.path,
                start_line: where.line,
                end_line: where.line,
                annotation_level: 'failure',
                title: (0,report_escape/* truncate */.xv)(`${v.column}: ${v.rule}`, 255),
                message: (0,report_escape/* truncate */.xv)(`${v.message} (value ${JSON.stringify(v.value)})`, 4000),
            });
    }
    return out.slice(0, MAX_ANNOTATIONS);
}
function batches(items, size = ANNOTATIONS_PER_REQUEST) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}
function checkRunOutput(run, annotations = []) {
    return {
        title: run.title,
        summary: (0,report_escape/* truncateBytes */.QY)(run.summary, OUTPUT_LIMIT),
        ...(run.text ? { text: (0,report_escape/* truncateBytes */.QY)(run.text, OUTPUT_LIMIT) } : {}),
        ...(annotations.length > 0 ? { annotations } : {}),
    };
}
/** Creates the completed check run with the first 50 annotations and adds the rest in updates of 50. */
async function publishCheckRun(gh, run) {
    const [first = [], ...rest] = batches(run.annotations);
    const { data } = await gh.rest.checks.create({
        owner: run.owner,
        repo: run.repo,
        name: run.name,
        head_sha: run.headSha,
        status: 'completed',
        conclusion: run.conclusion,
        completed_at: new Date().toISOString(),
        ...(run.detailsUrl ? { details_url: run.detailsUrl } : {}),
        output: checkRunOutput(run, first),
    });
    for (const batch of rest) {
        await gh.rest.checks.update({
            owner: run.owner,
            repo: run.repo,
            check_run_id: data.id,
            output: checkRunOutput(run, batch),
        });
    }
    const app = data.app?.slug ? { id: data.app.id, slug: data.app.slug } : undefined;
    return { id: data.id, ...(app ? { app } : {}) };
}
/** Replaces a check run's title, summary and text; its annotations stay. */
async function updateCheckRunOutput(gh, run, id) {
    await gh.rest.checks.update({
        owner: run.owner,
        repo: run.repo,
        check_run_id: id,
        output: checkRunOutput(run),
    });
}

// EXTERNAL MODULE: ./build/src/contract/types.js
var types = __webpack_require__(28005);
;// CONCATENATED MODULE: ./build/src/publish/github/comment-body.js



/** GitHub rejects issue comments longer than this many characters. */
const COMMENT_LIMIT = 65_536;
/** The model a gate judged, by the name in ssot/model.json (`report.model.name`); undefined when the evidence names none. */
function knownModelName(evidence) {
    const name = evidence.report.model?.name;
    return typeof name === 'string' && name ? name : undefined;
}
/** The model name to show: the known name, or `default`. */
function modelNameOf(evidence) {
    return knownModelName(evidence) ?? 'default';
}
/**
 * Percent-encodes a model name for the marker: letters, digits and `._~-`
 * stay, every other UTF-8 byte becomes `%XX` (so `%` itself is encoded).
 * Injective, so `a b` and `a_b` get different markers, and inert inside an
 * HTML comment (no `>`, no spaces).
 */
function encodeMarkerName(name) {
    return [...new TextEncoder().encode(name)]
        .map((b) => /[A-Za-z0-9._~-]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)
        .join('');
}
/**
 * Hidden marker of the sticky comment: one comment per gate and model.
 * Without a model name (G0 with no ssot/model.json) the marker names the gate only.
 */
function commentMarker(gate, modelName) {
    return modelName === undefined
        ? `<!-- modelgate:${gate} -->`
        : `<!-- modelgate:${gate}:${encodeMarkerName(modelName)} -->`;
}
/**
 * A second hidden line records the verdict and the commit it was judged on,
 * so the next gate's comment on the same pull request can colour the chain.
 */
function statusTag(status, sha) {
    return `<!-- modelgate-status:${status}:${sha.replace(/[^0-9a-f]/gi, '')} -->`;
}
const MARKER_RE = /^<!-- modelgate:([A-Za-z0-9]+)(?::([A-Za-z0-9._~%-]*))? -->$/;
const STATUS_RE = /^<!-- modelgate-status:(pass|fail|error):([0-9a-f]*) -->$/;
/** The first two lines of a body: where a modelgate comment keeps its marker and its status tag. */
function headLines(body) {
    const first = body.indexOf('\n');
    if (first < 0)
        return [body, ''];
    const second = body.indexOf('\n', first + 1);
    return [body.slice(0, first), body.slice(first + 1, second < 0 ? undefined : second)];
}
/**
 * The gate, model name and status a modelgate comment records: the marker
 * must be its first line and the status tag its second, as `commentBody`
 * writes them. Tags quoted anywhere else (a reply citing a modelgate
 * comment, another bot's message) are not a modelgate comment.
 */
function parseCommentTags(body) {
    const [line1, line2] = headLines(body);
    const m = MARKER_RE.exec(line1);
    const s = STATUS_RE.exec(line2);
    if (!m || !s || !types/* GATE_IDS */.$I.includes(m[1]))
        return undefined;
    let model;
    if (m[2] !== undefined) {
        try {
            model = decodeURIComponent(m[2]);
        }
        catch {
            return undefined;
        }
    }
    return {
        gate: m[1],
        ...(model !== undefined ? { model } : {}),
        status: s[1],
        sha: s[2],
    };
}
/** Whether `body` is the sticky comment `marker` names: the marker on its first line, a status tag on its second. */
function isStickyComment(body, marker) {
    const [line1, line2] = headLines(body);
    return line1 === marker && STATUS_RE.test(line2);
}
/**
 * Gate statuses known from this identity's earlier modelgate comments on the
 * pull request, judged on the same commit, joined by model name when it is
 * known: a comment for the same model counts; a comment that names no model
 * (G0 without ssot/model.json) counts for every model; and a gate without a
 * model name takes another gate's status only when one model was judged.
 * Later comments win over earlier ones for the same gate.
 */
function chainFromComments(bodies, modelName, sha) {
    const byGate = new Map();
    for (const body of bodies) {
        const t = parseCommentTags(body);
        if (!t || t.sha !== sha)
            continue;
        const entry = byGate.get(t.gate) ?? { models: new Map() };
        if (t.model === undefined)
            entry.unnamed = t.status;
        else {
            entry.models.set(t.model, t.status);
            if (t.model === modelName)
                entry.exact = t.status;
        }
        byGate.set(t.gate, entry);
    }
    const chain = {};
    for (const [gate, e] of byGate) {
        const only = modelName === undefined && e.models.size === 1 ? [...e.models.values()][0] : undefined;
        const status = e.exact ?? only ?? (modelName === undefined && e.models.size > 1 ? undefined : e.unnamed);
        if (status)
            chain[gate] = status;
    }
    return chain;
}
/** Pointer appended when a body had to be cut. */
function truncationPointer(artifactUrl) {
    return `\n\n> Comment shortened to fit GitHub's limit. Full report in the artifact${artifactUrl ? `: ${artifactUrl}` : ' (evidence JSON, markdown and HTML report)'}.\n`;
}
/**
 * The sticky comment: markers, then the markdown report (headline verdict
 * with the model name, failing checks, Mermaid chain, links, digests, then
 * the longer tables), kept under the limit by the renderer's shortening. A
 * body still too long is cut here as a last resort, with a pointer to the
 * full report.
 */
function commentBody(evidence, o) {
    const limit = o.limit ?? COMMENT_LIMIT;
    const head = `${commentMarker(evidence.gate, knownModelName(evidence))}\n${statusTag(evidence.status, o.sha)}\n`;
    const chain = { ...o.chain, [evidence.gate]: evidence.status };
    const report = (0,markdown/* renderMarkdown */.G)(evidence, {
        maxLength: limit - head.length - 1,
        chain,
        ...(o.runUrl ? { runUrl: o.runUrl } : {}),
        ...(o.artifactUrl ? { artifactUrl: o.artifactUrl } : {}),
    });
    return fitBody(head + report, limit, o.artifactUrl);
}
/** Cuts `body` to `limit` characters (code points, tags and references never split), ending with the pointer. */
function fitBody(body, limit, artifactUrl) {
    return (0,report_escape/* cutMarkdown */.G$)(body, limit, truncationPointer(artifactUrl));
}

// EXTERNAL MODULE: ./build/src/github/context.js
var context = __webpack_require__(93438);
// EXTERNAL MODULE: ./build/src/github/octokit.js
var octokit = __webpack_require__(64636);
// EXTERNAL MODULE: ./build/src/github/permissions.js
var permissions = __webpack_require__(45101);
;// CONCATENATED MODULE: ./build/src/publish/github/sticky-comment.js

/** The author of a comment as the REST API describes it (`user` and `performed_via_github_app`). */
function authorOf(user, app) {
    if (!user)
        return undefined;
    return {
        userId: user.id,
        login: user.login,
        bot: user.type === 'Bot',
        ...(app ? { appId: app.id } : {}),
    };
}
/** One key per author: the App a comment was made through when GitHub names one, else the account. */
function authorKey(a) {
    return a.appId !== undefined ? `app:${a.appId}` : `user:${a.userId}`;
}
/**
 * Whether the token's proved identity wrote a comment. A user: the same
 * account id, not acting through an App. An App: a bot account acting
 * through that App, or (when GitHub names no App) the App's own bot account
 * `<slug>[bot]`, a login no person can register.
 */
function writtenBy(author, identity) {
    if (!author || !identity)
        return false;
    if (identity.kind === 'user')
        return author.appId === undefined && author.userId === identity.id;
    return (author.bot &&
        (author.appId !== undefined
            ? author.appId === identity.id
            : author.login === `${identity.slug}[bot]`));
}
/** The token's user from GET /user; undefined for an installation token, which gets 403 (or 401) there. */
async function userIdentity(gh) {
    try {
        const { data } = await gh.rest.users.getAuthenticated();
        return { kind: 'user', id: data.id, login: data.login };
    }
    catch (error) {
        const status = error.status;
        if (status === 403 || status === 401)
            return undefined;
        throw error;
    }
}
/** Every comment on the issue or pull request with its author, oldest first, across all pages (100 per request). */
async function listComments(gh, t) {
    const all = [];
    for await (const page of gh.paginate.iterator(gh.rest.issues.listComments, {
        owner: t.owner,
        repo: t.repo,
        issue_number: t.issueNumber,
        per_page: 100,
    })) {
        for (const c of page.data) {
            const author = authorOf(c.user, c.performed_via_github_app);
            all.push({
                id: c.id,
                body: c.body ?? '',
                createdAt: c.created_at,
                ...(author ? { author } : {}),
            });
        }
    }
    return all.sort((a, b) => (a.createdAt ?? '').localeCompare(b.createdAt ?? '') || a.id - b.id);
}
/**
 * Writes the sticky comment `marker` names (marker on the first line, status
 * tag on the second; see `isStickyComment`):
 * - the newest such comment the token's identity provably wrote is updated
 *   in place, and older ones by the same author are deleted;
 * - when no such comment can be proved ours (none yet, or an installation
 *   token whose App is not known), a new one is created; GitHub's answer
 *   names its author, so older copies by that author are then deleted, and
 *   the body is rendered again with that author's comments (and updated
 *   once if it changed).
 * `render` receives the comments the writer provably wrote (the chain of
 * gates comes from them). A comment by any other author, person or App, is
 * never edited or deleted, whatever its first lines say.
 */
async function upsertStickyComment(gh, t, marker, render, comments, identity, onDeleteError = () => { }) {
    const sticky = comments.filter((c) => isStickyComment(c.body, marker));
    const proven = sticky.filter((c) => writtenBy(c.author, identity)).at(-1);
    const byAuthor = (key) => comments.filter((c) => key !== undefined && c.author !== undefined && authorKey(c.author) === key);
    let written;
    if (proven) {
        const key = authorKey(proven.author);
        const { data } = await gh.rest.issues.updateComment({
            owner: t.owner,
            repo: t.repo,
            comment_id: proven.id,
            body: render(byAuthor(key)),
        });
        written = { id: data.id, url: data.html_url, created: false, key };
    }
    else {
        const body = render(comments.filter((c) => writtenBy(c.author, identity)));
        const { data } = await gh.rest.issues.createComment({
            owner: t.owner,
            repo: t.repo,
            issue_number: t.issueNumber,
            body,
        });
        const author = authorOf(data.user, data.performed_via_github_app);
        const key = author ? authorKey(author) : undefined;
        written = { id: data.id, url: data.html_url, created: true, key };
        const again = render(byAuthor(key));
        if (again !== body)
            await gh.rest.issues.updateComment({
                owner: t.owner,
                repo: t.repo,
                comment_id: data.id,
                body: again,
            });
    }
    const deleted = [];
    for (const old of sticky) {
        if (old.id === written.id ||
            written.key === undefined ||
            !old.author ||
            authorKey(old.author) !== written.key)
            continue;
        try {
            await gh.rest.issues.deleteComment({ owner: t.owner, repo: t.repo, comment_id: old.id });
            deleted.push(old.id);
        }
        catch (error) {
            onDeleteError(old.id, error);
        }
    }
    return { id: written.id, url: written.url, created: written.created, deleted };
}

;// CONCATENATED MODULE: ./build/src/publish/github/publish.js












/**
 * Publishes a gate's evidence: the artifact first (the comment and check
 * link to it), then, on a pull request, reads the comments and who the
 * token is (GET /user), then the check run (whose App proves who an
 * installation token is), then the sticky PR comment. The chain of gates
 * comes only from comments the token provably wrote. The evidence files are
 * already on disk; every GitHub failure becomes a warning, and publishing
 * never changes the verdict.
 */
async function publishEvidence(evidence, opts, ctx) {
    const warnings = new permissions/* PublishWarnings */.$h();
    const notices = [];
    const result = { warnings: warnings.list, notices };
    const { owner, repo } = ctx.repo;
    const runUrl = (0,context.runUrlOf)(ctx);
    let pr = (0,context.pullRequestOf)(ctx);
    if (opts.artifact) {
        try {
            const { id, name } = await uploadEvidenceArtifact(evidence, opts.files, opts.retentionDays);
            result.artifactId = id;
            result.artifactName = name;
        }
        catch (error) {
            warnings.add('upload the evidence artifact', error);
        }
    }
    const artifactUrl = result.artifactId !== undefined ? `${runUrl}/artifacts/${result.artifactId}` : undefined;
    const links = { runUrl, ...(artifactUrl ? { artifactUrl } : {}) };
    // A workflow_run follow-up (fork pull requests) judges the triggering run's commit and comments on its pull request.
    const triggering = (0,context.triggeringRunOf)(ctx);
    const findPr = !pr && (0,context.isPullRequestRun)(triggering);
    if (opts.comment && !pr && !findPr)
        notices.push(`No PR comment: the ${ctx.eventName} event is not about a pull request.`);
    if (!opts.checkRun && !(opts.comment && (pr || findPr)))
        return result;
    if (!opts.token) {
        warnings.add('publish to GitHub', new Error('no GitHub token was given (input github-token)'));
        return result;
    }
    const gh = (0,octokit.createGitHubClient)(opts.token, {
        ...opts.client,
        ...(opts.apiUrl ? { baseUrl: opts.apiUrl } : {}),
        log: (m) => notices.push(m),
    });
    const modelName = knownModelName(evidence);
    if (findPr) {
        try {
            pr = await (0,context.findTriggeringPullRequest)(gh, ctx, triggering);
            if (!pr && opts.comment)
                notices.push(`No PR comment: no open pull request has ${triggering.headSha} as its head any more.`);
        }
        catch (error) {
            warnings.add('find the pull request of the triggering run', error);
        }
    }
    const wantComment = opts.comment && pr !== undefined;
    const headSha = pr?.headSha ?? triggering?.headSha ?? ctx.sha;
    // The PR's comments and who the token is, read once: they colour the chain in the check run and in the comment.
    let comments;
    let identity;
    if (wantComment && pr) {
        try {
            comments = await listComments(gh, { owner, repo, issueNumber: pr.number });
            identity = await userIdentity(gh);
        }
        catch (error) {
            comments = undefined;
            warnings.add('read the pull request comments', error, 'comment');
        }
    }
    // Only comments the token provably wrote count: any other author could write the tags.
    const chainOf = (own) => ({
        ...(pr
            ? chainFromComments(own.map((c) => c.body), modelName, pr.headSha)
            : {}),
        ...opts.chain,
        [evidence.gate]: evidence.status,
    });
    const chainFor = (who) => chainOf((comments ?? []).filter((c) => writtenBy(c.author, who)));
    const chain = chainFor(identity);
    if (opts.checkRun)
        identity = await publishCheckRunOf({
            gh,
            evidence,
            opts,
            owner,
            repo,
            headSha,
            runUrl,
            artifactUrl,
            links,
            chain,
            comments,
            identity,
            chainFor,
            warnings,
            result,
        });
    if (wantComment && pr && comments) {
        try {
            const comment = await upsertStickyComment(gh, { owner, repo, issueNumber: pr.number }, commentMarker(evidence.gate, modelName), (own) => commentBody(evidence, { sha: pr.headSha, ...links, chain: chainOf(own) }), comments, identity, (id, error) => notices.push(`Could not delete an older copy of the ${evidence.gate} comment for model ${modelNameOf(evidence)} (comment ${id}): ${error.message}`));
            result.commentUrl = comment.url;
        }
        catch (error) {
            warnings.add('write the PR comment', error, 'comment');
        }
    }
    return result;
}
/**
 * Creates the check run with the chain as the PR's comments show it. An
 * installation token cannot ask who it is, but the check run it created
 * names its App: the chain is then read again from that App's comments, and
 * the check run's summary updated. Returns the token's identity, as far as it is known.
 */
async function publishCheckRunOf(p) {
    const { gh, evidence, opts, owner, repo, headSha, runUrl, artifactUrl, links } = p;
    let chain = p.chain;
    let identity = p.identity;
    const workspace = opts.workspace ?? process.env.GITHUB_WORKSPACE ?? process.cwd();
    const output = () => ({
        owner,
        repo,
        title: checkRunTitle(evidence),
        summary: (0,markdown/* renderMarkdown */.G)(evidence, { maxBytes: OUTPUT_LIMIT, ...links, chain }),
        text: (0,markdown/* renderDetails */.P)(evidence, {
            maxBytes: OUTPUT_LIMIT,
            ...(artifactUrl ? { artifactUrl } : {}),
        }),
    });
    let created;
    try {
        created = await publishCheckRun(gh, {
            ...output(),
            headSha,
            name: checkRunName(evidence),
            conclusion: conclusionFor(evidence.status),
            annotations: opts.annotateAnyPath
                ? annotationsFor(evidence, () => true)
                : annotationsFor(evidence, (path) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(workspace, path)), (0,json_pointer_line/* workspaceJsonLocator */.C)(workspace)),
            detailsUrl: runUrl,
        });
        p.result.checkRunId = created.id;
    }
    catch (error) {
        p.warnings.add('create the check run', error, 'checkRun');
    }
    // An installation token cannot ask who it is (GET /user answers 403); the check run it just created names its App.
    if (created?.app && p.identity === undefined && p.comments) {
        identity = { kind: 'app', ...created.app };
        const proven = p.chainFor(identity);
        if (format/* CHAIN */.S5.some((g) => proven[g] !== chain[g])) {
            chain = proven;
            try {
                await updateCheckRunOutput(gh, output(), created.id);
            }
            catch (error) {
                p.warnings.add('update the check run summary', error, 'checkRun');
            }
        }
    }
    return identity;
}


/***/ })

};
