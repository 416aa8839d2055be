export const id = 351;
export const ids = [351,636];
export const modules = {

/***/ 21351:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSetupCommand: () => (/* binding */ runSetupCommand)
});

// UNUSED EXPORTS: octokitApi

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/src/contract/errors.js
var errors = __webpack_require__(68081);
// EXTERNAL MODULE: ./build/src/github/octokit.js
var octokit = __webpack_require__(64636);
// EXTERNAL MODULE: ./build/src/io/file-errors.js
var file_errors = __webpack_require__(24480);
// EXTERNAL MODULE: ./build/src/signing/signatures.js
var signatures = __webpack_require__(83682);
// EXTERNAL MODULE: ./build/src/ssot/json-file.js
var json_file = __webpack_require__(96732);
;// CONCATENATED MODULE: ./build/src/setup/approvals.js

/** The environments of the template's workflows, when there is no ssot/approvals.json. */
const DEFAULT_ENVIRONMENTS = ['ot-signoff', 'qa-signoff', 'production', 'signing'];
const SIGNING_ENVIRONMENT = 'signing';
const SIGNING_ROLE = 'security';
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const TEAM = /^team:([A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9][A-Za-z0-9._-]*)$/;
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** The reviewers per environment; every mistake reported at once, with its JSON pointer. */
function environmentReviewers(doc, file) {
    const problems = [];
    const bad = (pointer, message, expected, found) => problems.push({ file, pointer, message, expected, found: JSON.stringify(found) ?? 'nothing' });
    if (!isObject(doc))
        throw new errors/* InputError */.dz({
            file,
            message: 'Not an object',
            expected: '{ "roles": ..., "gates": ... }',
            found: JSON.stringify(doc),
        });
    if (!isObject(doc.roles))
        bad('/roles', 'No roles', 'an object of role -> { "members": [...] }', doc.roles);
    const members = new Map();
    for (const [role, spec] of Object.entries(isObject(doc.roles) ? doc.roles : {})) {
        const list = isObject(spec) ? spec.members : undefined;
        if (!Array.isArray(list)) {
            bad(`/roles/${role}/members`, 'A role lists its members', 'an array of logins or team:ORG/SLUG', list);
            continue;
        }
        const out = [];
        list.forEach((m, i) => {
            const team = typeof m === 'string' ? TEAM.exec(m) : null;
            if (team)
                out.push({ type: 'Team', name: team[1] });
            else if (typeof m === 'string' && LOGIN.test(m))
                out.push({ type: 'User', name: m });
            else
                bad(`/roles/${role}/members/${i}`, 'Not a member', 'a GitHub login or team:ORG/TEAM-SLUG', m);
        });
        members.set(role, out);
    }
    if (!isObject(doc.gates))
        bad('/gates', 'No gates', 'an object with G3 and G5', doc.gates);
    const out = {};
    const add = (env, reviewers) => {
        const list = (out[env] ??= []);
        for (const r of reviewers)
            if (!list.some((x) => x.type === r.type && x.name === r.name))
                list.push(r);
    };
    for (const [gate, spec] of Object.entries(isObject(doc.gates) ? doc.gates : {})) {
        const envs = isObject(spec) ? spec.environments : undefined;
        const quorum = isObject(spec) && isObject(spec.quorum) ? Object.keys(spec.quorum) : [];
        if (!Array.isArray(envs) || envs.some((e) => typeof e !== 'string' || e === '')) {
            bad(`/gates/${gate}/environments`, 'A gate lists its environments', 'an array of environment names', envs);
            continue;
        }
        quorum.forEach((role) => {
            if (!members.has(role))
                bad(`/gates/${gate}/quorum/${role}`, 'Unknown role', `one of ${[...members.keys()].join(', ')}`, role);
        });
        for (const env of envs) {
            const own = quorum.filter((role) => env.split('-')[0] === role.split('-')[0]);
            add(env, (own.length > 0 ? own : quorum).flatMap((role) => members.get(role) ?? []));
        }
    }
    add(SIGNING_ENVIRONMENT, members.get(SIGNING_ROLE) ?? []);
    for (const [env, list] of Object.entries(out))
        if (list.length > 6)
            bad('/roles', `Too many reviewers for environment ${env} (GitHub allows 6 users or teams)`, 'at most 6 (put the people in a team)', list.length);
    if (problems.length > 0)
        throw new errors/* InputErrors */.G(problems);
    return out;
}

;// CONCATENATED MODULE: ./build/src/setup/apply.js
const enc = encodeURIComponent;
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const sorted = (xs) => [...xs].sort();
/** GitHub's message of a failed request, and whether it is about what the plan allows. */
function failure(error) {
    const e = error;
    const message = e.response?.data?.message ?? e.message ?? String(error);
    const status = e.status ?? 0;
    return {
        status,
        message,
        planLimit: (status === 403 || status === 404 || status === 422) &&
            /upgrade|plan|not available|enterprise|pro or make this repository public/i.test(message),
    };
}
const REVIEWERS_LIMIT = 'Required reviewers on environments in a private repository need GitHub Enterprise (on Free, Pro and Team they work in public repositories only). ' +
    'Without them nobody approves the sign-off and production jobs through GitHub, and G3 finds no approvals: it fails, never passes. ' +
    "G3 falls back to the pull request's reviews (run it on the pull request: each OT Lead and QA approves its final head), or to a sign-off file (the `approvals` input, `modelgate G3 --approvals FILE`) when ssot/approvals.json allows it (allowFileSource).";
const RULESET_LIMIT = 'Rulesets and branch protection in a private repository need GitHub Pro, Team or Enterprise: the gates still run and report, but nothing blocks a merge that fails them. Make the checks required once the plan allows it.';
function session(repo, api, dryRun, log) {
    const base = `/repos/${enc(repo.owner)}/${enc(repo.name)}`;
    const report = { created: 0, updated: 0, unchanged: 0, limits: [] };
    const read = async (path) => {
        if (!api) {
            log(`  GET ${path}`);
            return undefined;
        }
        return (await api.get(path));
    };
    /** One write: printed in a dry run, made otherwise; a plan limit becomes a note, not a failure. */
    const write = async (kind, what, method, path, body, limit) => {
        const sign = kind === 'create' ? '+' : '~';
        if (dryRun || !api) {
            log(`${sign} ${what}: ${method} ${path} ${JSON.stringify(body)}`);
        }
        else {
            try {
                await api.write(method, path, body);
                log(`${sign} ${what}: ${kind === 'create' ? 'created' : 'updated'}`);
            }
            catch (error) {
                const f = failure(error);
                if (!f.planLimit || !limit)
                    throw error;
                log(`! ${what}: not available (${f.status} ${f.message})`);
                report.limits.push(limit);
                return;
            }
        }
        report[kind === 'create' ? 'created' : 'updated']++;
    };
    const unchanged = (what) => {
        log(`= ${what}: unchanged`);
        report.unchanged++;
    };
    return { base, api, dryRun, log, report, read, write, unchanged };
}
async function applyEnvironments(s, plan) {
    const { base, api, log, read, write, unchanged } = s;
    // Reviewer ids: GitHub's environments take ids, ssot/approvals.json names people and teams.
    const ids = new Map();
    const idOf = async (r) => {
        const key = `${r.type}:${r.name}`;
        if (!ids.has(key)) {
            const [org, slug] = r.name.split('/');
            const path = r.type === 'User' ? `/users/${enc(r.name)}` : `/orgs/${enc(org)}/teams/${enc(slug)}`;
            const found = await read(path);
            if (api && !found)
                throw Object.assign(new Error(`${r.type === 'User' ? 'user' : 'team'} ${r.name} (ssot/approvals.json) not found`), { status: 404 });
            ids.set(key, found?.id ?? `<id of ${r.name}>`);
        }
        return ids.get(key);
    };
    // Lists, not single reads: GitHub answers a missing environment or variable with a 404 its description does not list.
    const environments = ((await read(`${base}/environments?per_page=100`))?.environments ??
        []);
    for (const env of plan.environments) {
        const reviewers = await Promise.all(env.reviewers.map(async (r) => ({ type: r.type, id: await idOf(r) })));
        const body = {
            wait_timer: 0,
            prevent_self_review: reviewers.length > 0,
            reviewers,
            deployment_branch_policy: { protected_branches: true, custom_branch_policies: false },
        };
        const path = `${base}/environments/${enc(env.name)}`;
        const current = environments.find((e) => e.name === env.name);
        const what = `environment ${env.name} (${env.reviewers.map((r) => r.name).join(', ') || 'no reviewers'})`;
        if (env.reviewers.length === 0)
            log(`  note: environment ${env.name} gets no required reviewers (none in ssot/approvals.json)`);
        if (current) {
            const rule = (current.protection_rules ?? []).find((r) => r.type === 'required_reviewers');
            const have = sorted((rule?.reviewers ?? []).map((r) => `${String(r.type)}:${String(r.reviewer?.id)}`));
            const want = sorted(reviewers.map((r) => `${r.type}:${r.id}`));
            const policy = current.deployment_branch_policy;
            if (same(have, want) &&
                (reviewers.length === 0 || rule?.prevent_self_review === true) &&
                policy?.protected_branches === true &&
                policy.custom_branch_policies === false) {
                unchanged(what);
                continue;
            }
        }
        await write(current ? 'update' : 'create', what, 'PUT', path, body, REVIEWERS_LIMIT);
    }
}
async function applyRuleset(s, plan) {
    const { base, read, write, unchanged } = s;
    // The ruleset: the gates' checks and a code owner's review before a merge to the default branch.
    const rulesets = (await read(`${base}/rulesets`)) ?? [];
    const existing = rulesets.find((r) => r.name === plan.ruleset.name);
    const full = existing ? await read(`${base}/rulesets/${String(existing.id)}`) : undefined;
    if (full && rulesetMatches(full, plan.ruleset))
        unchanged(`ruleset "${String(plan.ruleset.name)}"`);
    else
        await write(full ? 'update' : 'create', `ruleset "${String(plan.ruleset.name)}" (checks ${requiredChecks(plan.ruleset).join(', ')}; code-owner review)`, full ? 'PUT' : 'POST', full ? `${base}/rulesets/${String(existing.id)}` : `${base}/rulesets`, plan.ruleset, RULESET_LIMIT);
}
async function applyLabels(s, plan) {
    const { base, read, write, unchanged } = s;
    const labels = (await read(`${base}/labels?per_page=100`)) ?? [];
    for (const label of plan.labels) {
        const path = `${base}/labels/${enc(label.name)}`;
        const current = labels.find((l) => l.name === label.name);
        if (current && current.color === label.color && current.description === label.description)
            unchanged(`label ${label.name}`);
        else if (current)
            await write('update', `label ${label.name}`, 'PATCH', path, {
                color: label.color,
                description: label.description,
            });
        else
            await write('create', `label ${label.name}`, 'POST', `${base}/labels`, label);
    }
}
async function applyVariable(s, plan) {
    const { base, log, read, write, unchanged } = s;
    const v = plan.variable;
    if (!v.value)
        log(`  note: no keys in ssot/security.json: variable ${v.name} not set (G2 then trusts every key security.json lists, and says so)`);
    else {
        const path = `${base}/actions/variables/${enc(v.name)}`;
        const variables = (await read(`${base}/actions/variables?per_page=30`))?.variables;
        const current = (variables ?? []).find((x) => x.name === v.name);
        if (current?.value === v.value)
            unchanged(`variable ${v.name}`);
        else if (current)
            await write('update', `variable ${v.name} = ${v.value}`, 'PATCH', path, v);
        else
            await write('create', `variable ${v.name} = ${v.value}`, 'POST', `${base}/actions/variables`, v);
    }
}
/**
 * Brings a repository to the plan: reads what exists, writes only what
 * differs (a second run writes nothing). With `dryRun` nothing is written:
 * each write is printed with its body; with no `api` at all (no token),
 * every read is printed too and everything is planned as new.
 */
async function applyPlan(repo, plan, api, dryRun, log) {
    const s = session(repo, api, dryRun, log);
    const { base, read, report } = s;
    const repository = await read(base);
    if (api && !repository)
        throw Object.assign(new Error(`${repo.owner}/${repo.name} not found (or the token cannot see it)`), { status: 404 });
    const isPrivate = repository?.private === true;
    if (!api)
        log(`  (no token: every call is listed; run with GH_TOKEN set to compare with what exists)`);
    await applyEnvironments(s, plan);
    await applyRuleset(s, plan);
    await applyLabels(s, plan);
    await applyVariable(s, plan);
    // A dry run cannot ask GitHub what the plan allows: it says what may be refused.
    if (dryRun && (isPrivate || !api))
        report.limits.push(`${isPrivate ? 'This repository is private' : 'If the repository is private'}: on Free, Pro or Team some of this is refused. ${REVIEWERS_LIMIT} ${RULESET_LIMIT}`);
    return report;
}
function requiredChecks(ruleset) {
    const rule = (ruleset.rules ?? []).find((r) => r.type === 'required_status_checks');
    return (rule?.parameters?.required_status_checks ?? []).map((c) => String(c.context));
}
/** Whether GitHub's ruleset holds every rule and parameter of ours (GitHub adds fields of its own). */
function rulesetMatches(current, wanted) {
    if (current.enforcement !== wanted.enforcement || current.target !== wanted.target)
        return false;
    if (!same(current.conditions, wanted.conditions))
        return false;
    const rules = (current.rules ?? []);
    return (wanted.rules ?? []).every((w) => {
        const c = rules.find((r) => r.type === w.type);
        if (!c)
            return false;
        const cp = (c.parameters ?? {});
        return Object.entries((w.parameters ?? {})).every(([k, v]) => k === 'required_status_checks'
            ? same(sorted((cp[k] ?? []).map((x) => `${String(x.context)}@${String(x.integration_id)}`)), sorted(v.map((x) => `${String(x.context)}@${String(x.integration_id)}`)))
            : same(cp[k], v));
    });
}

;// CONCATENATED MODULE: ./build/src/setup/plan.js

/**
 * What a repository needs for the template's workflows, as data: the
 * environments with their reviewers, the ruleset, the labels and the
 * variable. Pure: setup's adapter (apply.ts) compares each with what GitHub
 * has and writes only the differences.
 */
/** The check runs the gates create on a pull request (src/publish/github/check-run.ts names them). */
const REQUIRED_CHECKS = [
    'modelgate / G0 Data Quality',
    'modelgate / G1 Model Performance',
    'modelgate / G2 Security Review',
];
const RULESET_NAME = 'modelgate gates';
const TRUSTED_KEYS_VARIABLE = 'MODELGATE_TRUSTED_KEYS';
const LABELS = [
    {
        name: 'modelgate:drift',
        color: 'd93f0b',
        description: 'Drift on a production model (drift.yml)',
    },
    {
        name: 'modelgate:frozen',
        color: '5319e7',
        description: 'Production version frozen after drift',
    },
    { name: 'modelgate:retrain', color: '0e8a16', description: 'Pull request opened by retrain.yml' },
    {
        name: 'modelgate:rollback',
        color: 'b60205',
        description: 'Rollback and its root-cause analysis (rollback.yml)',
    },
];
/** The GitHub Actions app: the required checks must come from it (a check of the same name by another app does not count). */
const ACTIONS_APP_ID = 15368;
function rulesetBody() {
    return {
        name: RULESET_NAME,
        target: 'branch',
        enforcement: 'active',
        conditions: { ref_name: { include: ['~DEFAULT_BRANCH'], exclude: [] } },
        rules: [
            {
                type: 'pull_request',
                parameters: {
                    required_approving_review_count: 1,
                    require_code_owner_review: true,
                    dismiss_stale_reviews_on_push: true,
                    require_last_push_approval: true,
                    required_review_thread_resolution: false,
                },
            },
            {
                type: 'required_status_checks',
                parameters: {
                    strict_required_status_checks_policy: false,
                    required_status_checks: REQUIRED_CHECKS.map((context) => ({
                        context,
                        integration_id: ACTIONS_APP_ID,
                    })),
                },
            },
        ],
    };
}
function makePlan(reviewers, trustedKeys) {
    return {
        environments: (Object.keys(reviewers).length > 0
            ? Object.keys(reviewers)
            : DEFAULT_ENVIRONMENTS).map((name) => ({ name, reviewers: reviewers[name] ?? [] })),
        ruleset: rulesetBody(),
        labels: LABELS,
        variable: { name: TRUSTED_KEYS_VARIABLE, value: trustedKeys.join(',') },
    };
}

;// CONCATENATED MODULE: ./build/src/cli/setup-command.js












/** A RestApi over Octokit (retries and rate limits handled there); a 404 read is `undefined`. */
function octokitApi(token, options) {
    const client = (0,octokit.createGitHubClient)(token, options);
    return {
        async get(path) {
            try {
                return (await client.request(`GET ${path}`)).data;
            }
            catch (error) {
                if (error.status === 404)
                    return undefined;
                throw error;
            }
        },
        async write(method, path, body) {
            return (await client.request(`${method} ${path}`, { data: body })).data;
        },
    };
}
/** The fingerprints of the keys ssot/security.json lists (paths relative to the repository root). */
async function trustedKeys(ssotDir, display) {
    const file = (0,external_node_path_.join)(ssotDir, 'security.json');
    if (!(0,external_node_fs_.existsSync)(file))
        return [];
    const doc = (await (0,json_file/* readJsonFile */.J)(file, `${display}/security.json`));
    const out = [];
    for (const [i, key] of (doc.keys ?? []).entries()) {
        if (typeof key.publicKeyPath !== 'string')
            throw new errors/* InputError */.dz({
                file: `${display}/security.json`,
                pointer: `/keys/${i}/publicKeyPath`,
                message: 'A key without its public key file',
                expected: 'a path such as ssot/keys/release.pub',
                found: JSON.stringify(key.publicKeyPath),
            });
        let pem;
        try {
            pem = await (0,promises_.readFile)((0,external_node_path_.join)((0,external_node_path_.dirname)(ssotDir), key.publicKeyPath), 'utf8');
        }
        catch (error) {
            throw (0,file_errors/* unreadableFile */._)(error, key.publicKeyPath, 'a PEM public key');
        }
        out.push((0,signatures/* keyFingerprint */.yy)((0,external_node_crypto_.createPublicKey)(pem)));
    }
    return [...new Set(out)];
}
async function reviewers(ssotDir, display, io) {
    const file = (0,external_node_path_.join)(ssotDir, 'approvals.json');
    if (!(0,external_node_fs_.existsSync)(file)) {
        io.stderr(`modelgate: warning: ${display}/approvals.json not found: the environments get no required reviewers, and G3 fails until approvals exist\n`);
        return {};
    }
    return environmentReviewers(await (0,json_file/* readJsonFile */.J)(file, `${display}/approvals.json`), `${display}/approvals.json`);
}
/**
 * `modelgate setup --repo OWNER/NAME [--ssot DIR] [--dry-run]`: environments,
 * ruleset, labels and the trusted-keys variable for the template's workflows.
 * Token from GH_TOKEN or GITHUB_TOKEN (a dry run works without one).
 */
async function runSetupCommand(args, io, clientOptions = {}) {
    const m = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/.exec(args.repo ?? '');
    if (!m)
        throw new errors/* InputError */.dz({
            message: 'setup needs the repository',
            expected: 'modelgate setup --repo OWNER/NAME [--dry-run]',
            found: args.repo === undefined ? 'no --repo' : JSON.stringify(args.repo),
        });
    const token = io.env.GH_TOKEN || io.env.GITHUB_TOKEN || '';
    if (!token && !args.dryRun)
        throw new errors/* InputError */.dz({
            message: 'setup needs a token with administration rights on the repository',
            expected: 'GH_TOKEN or GITHUB_TOKEN set (or --dry-run to see the plan)',
            found: 'neither',
        });
    const ssotDir = (0,external_node_path_.resolve)(io.cwd, args.ssot);
    const plan = makePlan(await reviewers(ssotDir, args.ssot, io), await trustedKeys(ssotDir, args.ssot));
    const api = token
        ? octokitApi(token, {
            log: (message) => io.stderr(`modelgate: ${message}\n`),
            ...(io.env.GITHUB_API_URL ? { baseUrl: io.env.GITHUB_API_URL } : {}),
            ...clientOptions,
        })
        : undefined;
    io.stdout(`modelgate setup ${m[1]}/${m[2]}${args.dryRun ? ' (dry run: nothing is changed)' : ''}\n`);
    let report;
    try {
        report = await applyPlan({ owner: m[1], name: m[2] }, plan, api, args.dryRun, (line) => io.stdout(`${line}\n`));
    }
    catch (error) {
        const e = error;
        if (e.status === undefined)
            throw error;
        throw new errors/* InputError */.dz({
            message: `GitHub refused ${e.request ? `${e.request.method} ${e.request.url}` : 'a request'}`,
            expected: 'a token with administration rights on the repository (and the users and teams of ssot/approvals.json)',
            found: `${e.status} ${e.message}`,
        });
    }
    const changes = report.created + report.updated;
    io.stdout(changes === 0 && report.limits.length === 0
        ? `Nothing to change: ${report.unchanged} item(s) already as modelgate needs them.\n`
        : `${args.dryRun ? 'Would create' : 'Created'} ${report.created}, ${args.dryRun ? 'would update' : 'updated'} ${report.updated}, ${report.unchanged} unchanged.\n`);
    for (const limit of report.limits)
        io.stdout(`Plan limit: ${limit}\n`);
    io.stdout('Still yours to do: the signing key as an environment secret (gh secret set MODELGATE_SIGNING_KEY --env signing < release.pem).\n');
    return 0;
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

/***/ 83682:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wr: () => (/* binding */ signFile),
/* harmony export */   YP: () => (/* binding */ verifyFileSignature),
/* harmony export */   ee: () => (/* binding */ parsePublicKey),
/* harmony export */   su: () => (/* binding */ assertSignatureEncoding),
/* harmony export */   tB: () => (/* binding */ verifyBlob),
/* harmony export */   xd: () => (/* binding */ decodeSignature),
/* harmony export */   yy: () => (/* binding */ keyFingerprint)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68081);
/* harmony import */ var _io_file_digest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69227);
/* harmony import */ var _io_file_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24480);





/**
 * Key-based blob signatures, offline:
 * - ecdsa-p256-sha256 is what `cosign sign-blob --key` writes: the base64 of
 *   a DER-encoded ECDSA P-256 signature over the SHA-256 of the file. It is
 *   verified while the file streams through SHA-256, so any size works;
 * - ed25519 is a base64 Ed25519 signature over the file's bytes (Ed25519
 *   hashes internally; `openssl pkeyutl -sign -rawin` makes one). Pure EdDSA
 *   needs the whole message at once, so it is limited to ED25519_MAX_BYTES.
 */
/** The most Node reads into one buffer (2 GiB - 1 byte): the largest file an Ed25519 signature can cover here. */
const ED25519_MAX_BYTES = 2 ** 31 - 1;
/**
 * Parses a PEM public key and checks it fits the algorithm; names the curve it
 * found otherwise. A private key is an error that says it must not be in the
 * repository; the key itself is never printed.
 */
function parsePublicKey(pem, algorithm, where) {
    const labels = [...pem.matchAll(/-----BEGIN ([A-Z0-9 ]+)-----/g)].map((m) => m[1]);
    if (labels.some((l) => l.includes('PRIVATE KEY'))) {
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
            ...where,
            message: 'This is a private key: a private key must never be committed to the repository. Remove it (and from the git history), rotate the key, and give the public key here (openssl pkey -in key.pem -pubout)',
            expected: 'a "-----BEGIN PUBLIC KEY-----" block',
            found: `a "-----BEGIN ${labels.find((l) => l.includes('PRIVATE KEY'))}-----" block (not shown)`,
        });
    }
    if (labels.length > 0 && labels[0] !== 'PUBLIC KEY') {
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
            ...where,
            message: 'Not a PEM public key',
            expected: 'a "-----BEGIN PUBLIC KEY-----" block (SubjectPublicKeyInfo)',
            found: `a "-----BEGIN ${labels[0]}-----" block`,
        });
    }
    let key;
    try {
        key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(pem);
    }
    catch (error) {
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
            ...where,
            message: 'Not a PEM public key',
            expected: 'a "-----BEGIN PUBLIC KEY-----" block (SubjectPublicKeyInfo)',
            found: error.message.split('\n')[0] ?? 'unreadable key',
        });
    }
    checkKeyType(key, algorithm, where);
    return key;
}
/** `sha256:<hex>` of the key's DER SubjectPublicKeyInfo: `openssl pkey -pubin -in key.pub -outform DER | sha256sum`. */
function keyFingerprint(key) {
    const spki = (key.type === 'private' ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key) : key).export({
        type: 'spki',
        format: 'der',
    });
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(spki).digest('hex')}`;
}
function checkKeyType(key, algorithm, where) {
    const type = key.asymmetricKeyType;
    const curve = key.asymmetricKeyDetails?.namedCurve;
    if (algorithm === 'ed25519' && type !== 'ed25519')
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
            ...where,
            message: 'The key does not match its algorithm',
            expected: 'an Ed25519 key',
            found: curve ? `${type} on ${curve}` : String(type),
        });
    if (algorithm === 'ecdsa-p256-sha256' && !(type === 'ec' && curve === 'prime256v1')) {
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
            ...where,
            message: 'The key does not match its algorithm',
            expected: 'an ECDSA key on P-256 (prime256v1)',
            found: curve ? `${type} on ${curve}` : String(type),
        });
    }
}
/** Decodes a signature file: base64 text, whitespace allowed; empty or non-base64 is an error. */
function decodeSignature(text, where) {
    const clean = text.replace(/\s+/g, '');
    if (clean === '')
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
            file: where,
            message: 'The signature file is empty',
            expected: 'a base64 signature',
            found: 'an empty file',
        });
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(clean) || clean.length % 4 === 1) {
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
            file: where,
            message: 'The signature is not base64',
            expected: 'a base64 signature (as cosign sign-blob writes)',
            found: JSON.stringify(clean.slice(0, 24)),
        });
    }
    return Buffer.from(clean, 'base64');
}
/** True when `sig` is a DER ECDSA-Sig-Value: SEQUENCE { INTEGER r, INTEGER s }, nothing after it. */
function isDerEcdsa(sig) {
    if (sig.length < 8 || sig[0] !== 0x30 || sig[1] >= 0x80 || sig[1] + 2 !== sig.length)
        return false;
    let at = 2;
    for (let i = 0; i < 2; i++) {
        if (sig[at] !== 0x02)
            return false;
        const len = sig[at + 1];
        if (len === 0 || len >= 0x80 || at + 2 + len > sig.length)
            return false;
        at += 2 + len;
    }
    return at === sig.length;
}
/**
 * A P-256 signature must be DER. A 64-byte value that is not DER is the raw
 * r||s form (IEEE P1363, what WebCrypto and some HSMs write): an encoding
 * error, not a bad signature. Other lengths are left to verification, which
 * fails them (a truncated signature, for example).
 */
function assertSignatureEncoding(sig, algorithm, where) {
    if (algorithm === 'ecdsa-p256-sha256' && sig.length === 64 && !isDerEcdsa(sig)) {
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
            ...where,
            message: 'The ECDSA signature is raw r||s, expected DER (as cosign writes)',
            expected: 'a DER ECDSA signature (openssl dgst -sha256 -sign, cosign sign-blob)',
            found: '64 bytes of raw r||s (IEEE P1363)',
        });
    }
}
/** True when `signature` signs `data` under `key`. A malformed or truncated signature is simply invalid. */
function verifyBlob(data, signature, key, algorithm) {
    try {
        return algorithm === 'ed25519'
            ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(null, data, key, signature)
            : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)('sha256', data, key, signature);
    }
    catch {
        return false;
    }
}
/**
 * Verifies a signature over a file and digests it in the same read, so the
 * digest the manifest records is the one the signature covers. P-256 streams
 * (any size); Ed25519 reads the file whole, up to ED25519_MAX_BYTES.
 */
async function verifyFileSignature(absolute, display, signature, key, algorithm) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    try {
        if (algorithm === 'ed25519') {
            const data = await readWhole(absolute, display);
            hash.update(data);
            return {
                valid: verifyBlob(data, signature, key, algorithm),
                sha256: hash.digest('hex'),
                bytes: data.length,
            };
        }
        const verifier = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createVerify)('sha256');
        const bytes = await (0,_io_file_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .forEachChunk */ .q$)(absolute, (chunk) => {
            verifier.update(chunk);
            hash.update(chunk);
        });
        let valid;
        try {
            valid = verifier.verify(key, signature);
        }
        catch {
            valid = false;
        }
        return { valid, sha256: hash.digest('hex'), bytes };
    }
    catch (error) {
        if (error instanceof _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz)
            throw error;
        throw (0,_io_file_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .unreadableFile */ ._)(error, display, 'a file to verify');
    }
}
/** Reads a file for Ed25519, refusing files over the limit with an error that names it. */
async function readWhole(absolute, display) {
    const { size } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(absolute);
    if (size > ED25519_MAX_BYTES) {
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
            file: display,
            message: `Too large for an ed25519 signature: Ed25519 (pure EdDSA) signs the whole file in one piece, and modelgate reads at most ${ED25519_MAX_BYTES} bytes (2 GiB - 1) at once. Sign large files with an ecdsa-p256-sha256 key (cosign) or an OpenSSF model-signing bundle`,
            expected: `at most ${ED25519_MAX_BYTES} bytes`,
            found: `${size} bytes`,
        });
    }
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(absolute);
}
/** Signs a file like `cosign sign-blob --key` (P-256, streamed) or with Ed25519; returns the base64 signature and the key's fingerprint. */
async function signFile(absolute, display, privateKeyPem, keyFile) {
    let key;
    try {
        key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)(privateKeyPem);
    }
    catch (error) {
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
            file: keyFile,
            message: 'Not a PEM private key',
            expected: 'an unencrypted PEM private key (PKCS#8 or SEC1)',
            found: error.message.split('\n')[0] ?? 'unreadable key',
        });
    }
    const fingerprint = keyFingerprint(key);
    try {
        if (key.asymmetricKeyType === 'ed25519')
            return {
                signature: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)(null, await readWhole(absolute, display), key).toString('base64'),
                algorithm: 'ed25519',
                fingerprint,
            };
        checkKeyType(key, 'ecdsa-p256-sha256', { file: keyFile });
        const signer = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createSign)('sha256');
        await (0,_io_file_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .forEachChunk */ .q$)(absolute, (chunk) => signer.update(chunk));
        return {
            signature: signer.sign(key).toString('base64'),
            algorithm: 'ecdsa-p256-sha256',
            fingerprint,
        };
    }
    catch (error) {
        if (error instanceof _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz)
            throw error;
        throw (0,_io_file_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .unreadableFile */ ._)(error, display, 'the file to sign');
    }
}


/***/ })

};
