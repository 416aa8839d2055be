export const id = 197;
export const ids = [197];
export const modules = {

/***/ 90197:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishEvidence: () => (/* binding */ publish_publishEvidence)
});

// UNUSED EXPORTS: commentMarker

// EXTERNAL MODULE: ./build/src/engine/types.js
var types = __webpack_require__(97813);
// EXTERNAL MODULE: ./build/src/report/markdown.js
var markdown = __webpack_require__(70075);
;// CONCATENATED MODULE: ./build/src/publish/github/comment-body.js


/** GitHub rejects issue comments longer than this many characters. */
const COMMENT_LIMIT = 65_536;
/** The model a gate judged, by the name in ssot/model.json; `default` when the evidence names none. */
function comment_body_modelNameOf(evidence) {
    const name = evidence.report.model?.name;
    return typeof name === 'string' && name ? name : 'default';
}
/** Safe inside an HTML comment and a regular expression: no `>`, no spaces. */
function markerSafe(name) {
    return name.replace(/[^A-Za-z0-9._-]/g, '_').replace(/-{2,}/g, '-');
}
/** Hidden marker of the sticky comment: one comment per gate and model. */
function commentMarker(gate, modelName) {
    return `<!-- modelgate:${gate}:${markerSafe(modelName)} -->`;
}
/**
 * A second hidden line records the verdict and the commit it was judged on,
 * so the next gate's comment on the same pull request can colour the chain.
 */
function statusTag(status, sha) {
    return `<!-- modelgate-status:${status}:${sha.replace(/[^0-9a-f]/gi, '')} -->`;
}
const MARKER_RE = /<!-- modelgate:([A-Za-z0-9]+):([A-Za-z0-9._-]+) -->/;
const STATUS_RE = /<!-- modelgate-status:(pass|fail|error):([0-9a-f]*) -->/;
/**
 * Gate statuses known from this identity's earlier modelgate comments on the
 * pull request: same model name, judged on the same commit.
 */
function chainFromComments(bodies, modelName, sha) {
    const chain = {};
    for (const body of bodies) {
        const m = MARKER_RE.exec(body);
        const s = STATUS_RE.exec(body);
        if (!m || !s || m[2] !== markerSafe(modelName) || s[2] !== sha)
            continue;
        const gate = m[1];
        if (types/* GATE_IDS */.$.includes(gate))
            chain[gate] = s[1];
    }
    return chain;
}
/** Pointer appended when a body had to be cut. */
function truncationPointer(artifactUrl) {
    return `\n\n> Comment shortened to fit GitHub's limit. Full report in the artifact${artifactUrl ? `: ${artifactUrl}` : ' (evidence JSON, markdown and HTML report)'}.\n`;
}
/**
 * The sticky comment: markers, then the markdown report (headline verdict,
 * checks or violations, Mermaid chain, links, digests), kept under the
 * limit. The renderer shortens by sections first; if the text is still too
 * long it is cut here, with a pointer to the full report.
 */
function commentBody(evidence, o) {
    const limit = o.limit ?? COMMENT_LIMIT;
    const head = `${commentMarker(evidence.gate, comment_body_modelNameOf(evidence))}\n${statusTag(evidence.status, o.sha)}\n`;
    const chain = { ...o.chain, [evidence.gate]: evidence.status };
    const report = (0,markdown/* renderMarkdown */.G)(evidence, {
        maxLength: limit - head.length - 1,
        chain,
        ...(o.runUrl ? { runUrl: o.runUrl } : {}),
        ...(o.artifactUrl ? { artifactUrl: o.artifactUrl } : {}),
    });
    return fitBody(head + report, limit, o.artifactUrl);
}
/** Cuts `body` to `limit` characters (code points never split), ending with the pointer. */
function fitBody(body, limit, artifactUrl) {
    if (body.length <= limit)
        return body;
    const pointer = truncationPointer(artifactUrl);
    let cut = body.slice(0, Math.max(0, limit - pointer.length));
    if (/[\uD800-\uDBFF]$/.test(cut))
        cut = cut.slice(0, -1);
    // Do not leave a half-open HTML tag or entity behind.
    cut = cut.replace(/<[^>]*$/, '').replace(/&[#A-Za-z0-9]*$/, '');
    return cut + pointer;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/artifact/lib/artifact.js + 314 modules
var artifact = __webpack_require__(6630);
;// CONCATENATED MODULE: ./build/src/publish/github/artifact.js


/**
 * The artifact name later gates and releases look for: the gate and the
 * first 12 hex digits of the model digest, or `nomodel` when the gate judged
 * no model (G0 judges data).
 */
function artifactName(evidence) {
    const sha = evidence.subject.model?.sha256;
    return `modelgate-${evidence.gate}-${sha ? sha.slice(0, 12) : 'nomodel'}`;
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


/** GitHub accepts at most 50 annotations per request, and 65,535 characters per summary or text. */
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
    const head = evidence.status === 'error' ? 'error: could not judge' : evidence.status === 'pass' ? 'passed' : 'failed';
    return (0,report_escape/* truncate */.xv)(`${head}. ${evidence.summary}`, 1000);
}
/** A path GitHub can annotate: relative, inside the repository. */
function repoPath(path) {
    const p = (0,external_node_path_.normalize)(path).replace(/\\/g, '/');
    return (0,external_node_path_.isAbsolute)(p) || p === '..' || p.startsWith('../') ? undefined : p;
}
/**
 * Annotations: failing and warning checks at the line that declares them
 * (their row in ssot/kpi_acceptance.csv, for example), problems at the line
 * that stopped the gate, then G0 data violations at their CSV line. Only for
 * files that are part of the repository (`inRepository`).
 */
function annotationsFor(evidence, inRepository) {
    const out = [];
    const at = (file, line) => {
        const path = file && line && line > 0 ? repoPath(file) : undefined;
        return path && inRepository(path) ? path : undefined;
    };
    for (const c of evidence.checks) {
        if (c.status !== 'fail' && c.status !== 'warn' && c.status !== 'error')
            continue;
        const path = at(c.source?.file, c.source?.line);
        if (!path)
            continue;
        const measured = c.value !== null && c.operator ? ` Value ${String(c.value)}${c.unit ? ` ${c.unit}` : ''}, required ${c.operator} ${String(c.threshold)}.` : '';
        out.push({
            path,
            start_line: c.source.line,
            end_line: c.source.line,
            annotation_level: c.status === 'warn' ? 'warning' : 'failure',
            title: (0,report_escape/* truncate */.xv)(`${evidence.gate} ${c.rule}${c.variable ? ` (${c.variable})` : ''}: ${c.status}`, 255),
            message: (0,report_escape/* truncate */.xv)(`${c.message ?? ''}${measured}`.trim() || c.id, 4000),
        });
    }
    for (const p of evidence.problems) {
        const path = at(p.file, p.line);
        if (path)
            out.push({ path, start_line: p.line, end_line: p.line, annotation_level: 'failure', title: `${evidence.gate} could not judge`, message: (0,report_escape/* truncate */.xv)(`${p.message}${p.expected ? `. Expected ${p.expected}` : ''}${p.found ? `, found ${p.found}` : ''}`, 4000) });
    }
    for (const v of evidence.report.violations ?? []) {
        const path = at(v.file, v.line);
        if (path)
            out.push({ path, start_line: v.line, end_line: v.line, annotation_level: 'failure', title: (0,report_escape/* truncate */.xv)(`${v.column}: ${v.rule}`, 255), message: (0,report_escape/* truncate */.xv)(`${v.message} (value ${JSON.stringify(v.value)})`, 4000) });
    }
    return out.slice(0, MAX_ANNOTATIONS);
}
function batches(items, size = ANNOTATIONS_PER_REQUEST) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}
/** Creates the completed check run with the first 50 annotations and adds the rest in updates of 50. */
async function publishCheckRun(gh, run) {
    const output = (annotations) => ({
        title: run.title,
        summary: (0,report_escape/* truncate */.xv)(run.summary, OUTPUT_LIMIT),
        ...(run.text ? { text: (0,report_escape/* truncate */.xv)(run.text, OUTPUT_LIMIT) } : {}),
        ...(annotations.length > 0 ? { annotations } : {}),
    });
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
        output: output(first),
    });
    for (const batch of rest) {
        await gh.rest.checks.update({ owner: run.owner, repo: run.repo, check_run_id: data.id, output: output(batch) });
    }
    return data.id;
}

;// CONCATENATED MODULE: ./build/src/publish/github/context.js
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

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
;// CONCATENATED MODULE: ./build/src/publish/github/octokit.js



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
    const pacing = options.writeSpacingMs === undefined ? {} : { write: pacer(options.writeSpacingMs), notifications: pacer(options.writeSpacingMs) };
    return (0,github/* getOctokit */.Q)(token, {
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
        // 429 is a rate limit: the throttling plugin waits for the reset GitHub names instead of a blind backoff.
        retry: { retryAfterBaseValue: options.backoffMs ?? 1000, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
        throttle: {
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
            retryAfterBaseValue: options.rateLimitUnitMs ?? 1000,
            ...pacing,
        },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
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

;// CONCATENATED MODULE: ./build/src/publish/github/permissions.js
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
    return !/rate limit/i.test(message) && (/not accessible by/i.test(message) || /permission/i.test(message) || message === '');
}
function permissionWarning(feature, what) {
    return `modelgate could not ${what}: the token lacks permission (fork pull requests get a read-only token). Add \`permissions: ${REQUIRED_PERMISSION[feature]}\` to the job to enable it. The gate's verdict, summary and evidence are unaffected.`;
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

;// CONCATENATED MODULE: ./build/src/publish/github/sticky-comment.js
/** The login GITHUB_TOKEN acts as; GET /user answers 403 for it. */
const ACTIONS_BOT = 'github-actions[bot]';
/** Who the token acts as: its user for a personal token, the Actions bot for GITHUB_TOKEN. */
async function tokenLogin(gh) {
    try {
        const { data } = await gh.rest.users.getAuthenticated();
        return data.login;
    }
    catch (error) {
        const status = error.status;
        if (status === 403 || status === 401)
            return ACTIONS_BOT;
        throw error;
    }
}
/** Every comment on the issue or pull request written by `login`, across all pages. */
async function listOwnComments(gh, t, login) {
    const own = [];
    for await (const page of gh.paginate.iterator(gh.rest.issues.listComments, { owner: t.owner, repo: t.repo, issue_number: t.issueNumber, per_page: 100 })) {
        for (const c of page.data)
            if (c.user?.login === login)
                own.push({ id: c.id, body: c.body ?? '' });
    }
    return own;
}
/**
 * Creates the comment, or updates in place the earlier one that carries
 * `marker` AND was written by the token's own identity (a user pasting the
 * marker cannot hijack it). `render` receives this identity's comments, so
 * the body can reflect what earlier gates reported.
 */
async function upsertStickyComment(gh, t, marker, render) {
    const self = await tokenLogin(gh);
    const own = await listOwnComments(gh, t, self);
    const existing = own.find((c) => c.body.includes(marker));
    const body = render(own);
    if (existing) {
        const { data } = await gh.rest.issues.updateComment({ owner: t.owner, repo: t.repo, comment_id: existing.id, body });
        return { id: data.id, url: data.html_url, created: false };
    }
    const { data } = await gh.rest.issues.createComment({ owner: t.owner, repo: t.repo, issue_number: t.issueNumber, body });
    return { id: data.id, url: data.html_url, created: true };
}

;// CONCATENATED MODULE: ./build/src/publish/github/publish.js










/**
 * Publishes a gate's evidence: the artifact first (the comment and check
 * link to it), then the check run, then the sticky PR comment. The evidence
 * files are already on disk; every GitHub failure becomes a warning, and
 * publishing never changes the verdict.
 */
async function publishEvidence(evidence, opts, ctx) {
    const warnings = new PublishWarnings();
    const notices = [];
    const result = { warnings: warnings.list, notices };
    const { owner, repo } = ctx.repo;
    const runUrl = runUrlOf(ctx);
    const pr = pullRequestOf(ctx);
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
    const wantComment = opts.comment && pr !== undefined;
    if (opts.comment && !pr)
        notices.push(`No PR comment: the ${ctx.eventName} event is not about a pull request.`);
    if (!opts.checkRun && !wantComment)
        return result;
    if (!opts.token) {
        warnings.add('publish to GitHub', new Error('no GitHub token was given (input github-token)'));
        return result;
    }
    const gh = createGitHubClient(opts.token, { ...opts.client, ...(opts.apiUrl ? { baseUrl: opts.apiUrl } : {}), log: (m) => notices.push(m) });
    if (opts.checkRun) {
        const workspace = opts.workspace ?? process.env.GITHUB_WORKSPACE ?? process.cwd();
        try {
            result.checkRunId = await publishCheckRun(gh, {
                owner,
                repo,
                headSha: pr?.headSha ?? ctx.sha,
                name: checkRunName(evidence),
                conclusion: conclusionFor(evidence.status),
                title: checkRunTitle(evidence),
                summary: (0,markdown/* renderMarkdown */.G)(evidence, { maxLength: OUTPUT_LIMIT, ...links, ...(opts.chain ? { chain: { ...opts.chain, [evidence.gate]: evidence.status } } : {}) }),
                annotations: annotationsFor(evidence, (path) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(workspace, path))),
                detailsUrl: runUrl,
            });
        }
        catch (error) {
            warnings.add('create the check run', error, 'checkRun');
        }
    }
    if (wantComment) {
        const modelName = comment_body_modelNameOf(evidence);
        try {
            const comment = await upsertStickyComment(gh, { owner, repo, issueNumber: pr.number }, commentMarker(evidence.gate, modelName), (own) => commentBody(evidence, {
                sha: pr.headSha,
                ...links,
                chain: { ...chainFromComments(own.map((c) => c.body), modelName, pr.headSha), ...opts.chain },
            }));
            result.commentUrl = comment.url;
        }
        catch (error) {
            warnings.add('write the PR comment', error, 'comment');
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./build/src/publish/publish.js


function publish_commentMarker(evidence) {
    return marker(evidence.gate, modelNameOf(evidence));
}
async function publish_publishEvidence(evidence, files, opts, ctx) {
    const { backoffMs, ...rest } = opts;
    return publishEvidence(evidence, { ...rest, files, ...(backoffMs !== undefined ? { client: { backoffMs } } : {}) }, {
        repo: { owner: ctx.owner, repo: ctx.repo },
        sha: ctx.sha,
        eventName: ctx.eventName,
        runId: Number(ctx.runId),
        serverUrl: ctx.serverUrl,
        payload: ctx.pullRequest ? { pull_request: { number: ctx.pullRequest.number, head: { sha: ctx.pullRequest.headSha } } } : {},
    });
}


/***/ })

};
