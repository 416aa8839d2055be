export const id = 900;
export const ids = [900];
export const modules = {

/***/ 99525:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ canonicalize),
/* harmony export */   f: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);

/**
 * JSON Canonicalization Scheme (RFC 8785): object members sorted by UTF-16
 * code units, no insignificant white space, numbers in ECMAScript's shortest
 * round-trip form (which is what `JSON.stringify` produces for finite numbers),
 * strings escaped as `JSON.stringify` does (which matches RFC 8785 §3.2.2.2).
 */
function canonicalize(value) {
    if (value === null)
        return 'null';
    switch (typeof value) {
        case 'boolean':
            return value ? 'true' : 'false';
        case 'number':
            if (!Number.isFinite(value))
                throw new TypeError(`RFC 8785 cannot represent ${value}`);
            return JSON.stringify(value);
        case 'string':
            return JSON.stringify(value);
        case 'object': {
            if (Array.isArray(value))
                return `[${value.map((v) => canonicalize(v === undefined ? null : v)).join(',')}]`;
            const entries = Object.entries(value).filter(([, v]) => v !== undefined);
            // Default sort compares UTF-16 code units, exactly as RFC 8785 requires.
            entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
            return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalize(v)}`).join(',')}}`;
        }
        default:
            throw new TypeError(`RFC 8785 cannot represent a value of type ${typeof value}`);
    }
}
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}


/***/ }),

/***/ 70020:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ groupDigits)
/* harmony export */ });
/**
 * An integer with thousands separators (`1,000,000`), as
 * `toLocaleString('en-US')` writes it, without that call's first-use cost:
 * loading ICU's locale data takes about 10 ms, a visible share of a fast
 * gate's run. Numbers that are not safe integers go to toLocaleString.
 */
function groupDigits(n) {
    if (!Number.isSafeInteger(n) || Object.is(n, -0))
        return n.toLocaleString('en-US');
    const digits = String(Math.abs(n));
    let out = '';
    for (let i = 0; i < digits.length; i++) {
        if (i > 0 && (digits.length - i) % 3 === 0)
            out += ',';
        out += digits[i];
    }
    return n < 0 ? `-${out}` : out;
}


/***/ }),

/***/ 28005:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ GATE_IDS),
/* harmony export */   WZ: () => (/* binding */ KPI_GATES),
/* harmony export */   nF: () => (/* binding */ CHAIN_GATES),
/* harmony export */   we: () => (/* binding */ OPERATORS)
/* harmony export */ });
/* unused harmony export EVIDENCE_COMMANDS */
/**
 * The evidence contract shared by every gate. `ssot/schemas/evidence.schema.json`
 * is the normative description; these types mirror it and the evidence writer
 * validates every record against the schema before it is written.
 */
/**
 * The one list of gates. The release chain in its order, then the commands
 * that write evidence of their own. Everything else derives from these: the
 * catalogue (ssot/gates.json), the JSON Schemas' enums and the report's chain
 * are checked against them by __tests__/contract/gate-list.test.ts.
 */
const CHAIN_GATES = ['G0', 'G1', 'G2', 'G3', 'G4', 'G5'];
const EVIDENCE_COMMANDS = ['drift', 'rollback'];
const GATE_IDS = [...CHAIN_GATES, ...EVIDENCE_COMMANDS];
/** The gates a row of ssot/kpi_acceptance.csv may name: every one that judges numbers. */
const KPI_GATES = [...CHAIN_GATES, 'drift'];
const OPERATORS = ['<', '<=', '>', '>='];


/***/ }),

/***/ 40910:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  KX: () => (/* binding */ buildEvidence),
  Jm: () => (/* binding */ verifyEvidence)
});

// UNUSED EXPORTS: EVIDENCE_SCHEMA_ID, evidenceDigest

// EXTERNAL MODULE: ./build/src/ssot/schema-registry.js + 12 modules
var schema_registry = __webpack_require__(7506);
// EXTERNAL MODULE: ./build/src/version.js
var version = __webpack_require__(28009);
// EXTERNAL MODULE: ./build/src/contract/canonical-json.js
var canonical_json = __webpack_require__(99525);
;// CONCATENATED MODULE: ./build/ssot/gates.json
const gates_namespaceObject = /*#__PURE__*/JSON.parse('{"VF":[{"id":"G0","name":"Data Quality","validates":"Input data meets the schema, ranges and dataset rules in ssot/data_schema.json","evidence":"Data validation report with per-column profile","responsible":"Data Engineer","trigger":"pull_request"},{"id":"G1","name":"Model Performance","validates":"Offline KPIs on the holdout set meet ssot/kpi_acceptance.csv, and the model is no worse than the baseline","evidence":"Evaluation report against the holdout set","responsible":"ML Engineer","trigger":"pull_request"},{"id":"G2","name":"Security Review","validates":"Release artifacts are signed, dependencies have no disallowed vulnerabilities, and model files are safe to load","evidence":"Scan report, signature verification and digest manifest","responsible":"Security","trigger":"pull_request"},{"id":"G3","name":"OT/QA Approval","validates":"Functional and process validation, signed off by OT and QA: each role\'s quorum of distinct people in ssot/approvals.json, from the run\'s environment approvals or the pull request\'s reviews, with separation of duties (no author, not the triggering actor, no bot, one role per person)","evidence":"Documented sign-off","responsible":"OT Lead and QA","trigger":"environment approval"},{"id":"G4","name":"Shadow Validation","validates":"The shadow model compared with production over N days","evidence":"Shadow report","responsible":"Ops and ML","trigger":"release workflow"},{"id":"G5","name":"Production Release","validates":"Every earlier gate passed for the same model digest in trusted runs","evidence":"Release checklist","responsible":"Release Manager","trigger":"production environment"},{"id":"drift","name":"Drift Check","validates":"Recent production data against the training reference","evidence":"Drift report","responsible":"Ops and ML","trigger":"schedule"},{"id":"rollback","name":"Rollback","validates":"The last approved release is intact and can be redeployed","evidence":"Rollback record and RCA issue","responsible":"Release Manager","trigger":"workflow_dispatch"}]}');
;// CONCATENATED MODULE: ./build/src/engine/catalogue.js

const GATES = gates_namespaceObject.VF;
function gateInfo(id) {
    const info = GATES.find((g) => g.id === id);
    if (!info)
        throw new Error(`Gate ${id} is missing from ssot/gates.json`);
    return info;
}

;// CONCATENATED MODULE: ./build/src/engine/evidence.js




const EVIDENCE_SCHEMA_ID = 'https://modelgate.dev/schemas/evidence.schema.json';
/** Digest of an evidence record: sha256 over the RFC 8785 canonical JSON of the record without `digest`. */
function evidenceDigest(record) {
    const { digest: _digest, ...rest } = record;
    return (0,canonical_json/* sha256Hex */.f)((0,canonical_json/* canonicalize */.d)(rest));
}
/** Assembles, digests and schema-validates the evidence for one gate run. */
function buildEvidence(gate, outcome, context, started, finished) {
    const unsigned = {
        $schema: EVIDENCE_SCHEMA_ID,
        schemaVersion: 1,
        gate,
        gateName: gateInfo(gate).name,
        status: outcome.status,
        summary: outcome.summary,
        subject: outcome.subject,
        checks: outcome.checks,
        problems: outcome.problems,
        report: outcome.report,
        context,
        timing: {
            startedAt: started.toISOString(),
            finishedAt: finished.toISOString(),
            durationMs: finished.getTime() - started.getTime(),
        },
        tool: { name: 'modelgate', version: version/* TOOL_VERSION */.w },
    };
    // Round-trip through JSON so that undefined members and non-finite numbers cannot change the digest later.
    const plain = JSON.parse(JSON.stringify(unsigned, (_k, v) => typeof v === 'number' && !Number.isFinite(v) ? null : v));
    const record = {
        ...plain,
        digest: { algorithm: 'sha256', canonicalization: 'RFC8785', value: evidenceDigest(plain) },
    };
    return (0,schema_registry/* assertValid */.pP)('evidence', record, `${gate}.evidence.json`);
}
/** Checks a record read back from disk: schema and digest. Returns the problems found. */
function verifyEvidence(record, file) {
    try {
        const r = (0,schema_registry/* assertValid */.pP)('evidence', record, file);
        const expected = evidenceDigest(r);
        return expected === r.digest.value
            ? []
            : [`${file}: digest mismatch (recorded ${r.digest.value}, computed ${expected})`];
    }
    catch (error) {
        return [error.message];
    }
}


/***/ }),

/***/ 49935:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ parseOptions),
/* harmony export */   Rm: () => (/* binding */ parseDataInputs),
/* harmony export */   XV: () => (/* binding */ parseFailOn),
/* harmony export */   mr: () => (/* binding */ parseGateId)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _contract_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68081);
/* harmony import */ var _contract_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28005);



/** Parses a gate id, case-insensitively for G0..G5. */
function parseGateId(raw) {
    const value = raw.trim();
    const id = (/^g[0-5]$/i.test(value) ? value.toUpperCase() : value);
    if (!_contract_types_js__WEBPACK_IMPORTED_MODULE_2__/* .GATE_IDS */ .$I.includes(id)) {
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
            message: 'Unknown gate',
            expected: `one of ${_contract_types_js__WEBPACK_IMPORTED_MODULE_2__/* .GATE_IDS */ .$I.join(', ')}`,
            found: JSON.stringify(raw),
        });
    }
    return id;
}
/**
 * Parses data arguments: `ROLE=PATH` or a bare `PATH` (its role is the file
 * name without extension). Roles are unique: a repeated role gets a suffix.
 */
function parseDataInputs(values) {
    const seen = new Map();
    return values
        .map((v) => v.trim())
        .filter((v) => v !== '')
        .map((value) => {
        const m = /^([A-Za-z][A-Za-z0-9_-]{0,39})=(.+)$/.exec(value);
        const path = m ? m[2] : value;
        let role = m ? m[1] : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(path, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.extname)(path)).replace(/[^A-Za-z0-9_-]/g, '_') || 'data';
        const n = (seen.get(role) ?? 0) + 1;
        seen.set(role, n);
        if (n > 1)
            role = `${role}_${n}`;
        return { role, path, explicitRole: m !== null };
    });
}
/** Parses `key=value` gate options. */
function parseOptions(values) {
    const options = {};
    for (const raw of values.map((v) => v.trim()).filter((v) => v !== '')) {
        const i = raw.indexOf('=');
        if (i <= 0)
            throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
                message: 'Invalid gate option',
                expected: 'key=value',
                found: JSON.stringify(raw),
            });
        options[raw.slice(0, i).trim()] = raw.slice(i + 1).trim();
    }
    return options;
}
function parseFailOn(raw) {
    const v = (raw ?? '').trim() || 'fail';
    if (v !== 'fail' && v !== 'warn')
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
            message: 'Invalid fail-on',
            expected: 'fail or warn',
            found: JSON.stringify(raw),
        });
    return v;
}


/***/ }),

/***/ 45419:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ readEventPayload),
/* harmony export */   w: () => (/* binding */ runContextFromEnv)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);

/** The run context from the Actions runner's environment, or `local` outside Actions. */
function runContextFromEnv(env = process.env) {
    // `actions` only with what makes the evidence traceable to a run (the evidence schema requires it).
    if (env.GITHUB_ACTIONS !== 'true' ||
        !env.GITHUB_REPOSITORY ||
        !env.GITHUB_SHA ||
        !env.GITHUB_RUN_ID ||
        !env.GITHUB_EVENT_NAME)
        return { mode: 'local' };
    const ctx = { mode: 'actions' };
    const set = (key, value) => {
        if (value)
            ctx[key] = value;
    };
    set('repository', env.GITHUB_REPOSITORY);
    set('sha', env.GITHUB_SHA);
    set('ref', env.GITHUB_REF);
    set('runId', env.GITHUB_RUN_ID);
    set('runAttempt', env.GITHUB_RUN_ATTEMPT);
    set('workflow', env.GITHUB_WORKFLOW);
    set('job', env.GITHUB_JOB);
    set('actor', env.GITHUB_ACTOR);
    set('event', env.GITHUB_EVENT_NAME);
    set('serverUrl', env.GITHUB_SERVER_URL);
    const event = readEventPayload(env.GITHUB_EVENT_PATH);
    const pr = event.pull_request?.number;
    if (typeof pr === 'number' && Number.isInteger(pr))
        ctx.pullRequest = pr;
    // A workflow_run follow-up (fork pull requests) judges the triggering run's commit, not the default branch's.
    const run = event.workflow_run;
    if (env.GITHUB_EVENT_NAME === 'workflow_run' &&
        run &&
        typeof run.head_sha === 'string' &&
        run.head_sha) {
        ctx.sha = run.head_sha;
        if (typeof run.head_branch === 'string' && run.head_branch)
            ctx.ref = `refs/heads/${run.head_branch}`;
        // Only a listed pull request whose head is the judged commit, as publishing picks the one to comment on.
        const listed = run.pull_requests?.find((p) => p.head?.sha === run.head_sha)?.number;
        if (typeof listed === 'number' && Number.isInteger(listed))
            ctx.pullRequest = listed;
    }
    return ctx;
}
/** The runner's event payload (GITHUB_EVENT_PATH), or {} when there is none or it cannot be read. */
function readEventPayload(eventPath) {
    if (!eventPath)
        return {};
    try {
        const event = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(eventPath, 'utf8'));
        return event !== null && typeof event === 'object' && !Array.isArray(event)
            ? event
            : {};
    }
    catch {
        return {};
    }
}


/***/ }),

/***/ 15557:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ exitCodeFor),
/* harmony export */   i: () => (/* binding */ runGate)
/* harmony export */ });
/* harmony import */ var _io_file_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69227);
/* harmony import */ var _io_file_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24480);
/* harmony import */ var _io_workspace_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86363);
/* harmony import */ var _ssot_ssot_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37775);
/* harmony import */ var _contract_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68081);
/* harmony import */ var _evidence_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40910);






/**
 * Runs one gate and returns its validated evidence. Whatever goes wrong, the
 * result is an evidence record: a bad input becomes status `error` with the
 * problem named, never an exception and never a pass.
 */
async function runGate(gate, inputs, options) {
    const now = options.now ?? (() => new Date());
    const started = now();
    let outcome;
    let after;
    try {
        const impl = await options.gates(gate);
        if (!impl) {
            outcome = errorOutcome([
                {
                    message: `Gate ${gate} is not available in this version of modelgate`,
                    expected: 'a gate this version implements',
                    found: gate,
                },
            ]);
        }
        else {
            checkOptionNames(impl, inputs.options);
            const workspace = new _io_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .Workspace */ .a(options.workspaceRoot);
            const ssot = new _ssot_ssot_js__WEBPACK_IMPORTED_MODULE_3__/* .Ssot */ .Q(workspace, inputs.ssot);
            await ssot.validateAll();
            const context = {
                inputs,
                workspace,
                ssot,
                run: options.context,
                now,
                services: options.services ?? {},
                async describeFile(absolutePath, role, rows, known) {
                    const path = workspace.display(absolutePath);
                    const { sha256, bytes } = known ??
                        (await (0,_io_file_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .digestFile */ .TM)(absolutePath).catch((error) => {
                            throw (0,_io_file_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .unreadableFile */ ._)(error, path, `a readable ${role} file`);
                        }));
                    return { role, path, sha256, bytes, ...(rows !== undefined ? { rows } : {}) };
                },
            };
            outcome = await impl.run(context);
            if (impl.afterPass)
                after = (evidence) => impl.afterPass(evidence, context);
        }
    }
    catch (error) {
        outcome = errorOutcome((0,_contract_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .toProblems */ .ek)(error));
    }
    if (outcome.status === 'error' && outcome.problems.length === 0) {
        // Checks that could not be computed are the reason the gate could not judge: list them as problems too.
        outcome = {
            ...outcome,
            problems: outcome.checks
                .filter((c) => c.status === 'error')
                .map((c) => ({
                message: `${c.id}: ${c.message ?? 'could not be computed'}`,
                ...(c.source?.file ? { file: c.source.file } : {}),
                ...(c.source?.line ? { line: c.source.line } : {}),
                ...(c.source?.pointer ? { pointer: c.source.pointer } : {}),
            })),
        };
    }
    if (options.failOn === 'warn' &&
        outcome.status === 'pass' &&
        outcome.checks.some((c) => c.status === 'warn')) {
        outcome = {
            ...outcome,
            status: 'fail',
            summary: `${outcome.summary} (fail-on: warn turns warnings into a failure)`,
        };
    }
    const evidence = (0,_evidence_js__WEBPACK_IMPORTED_MODULE_5__/* .buildEvidence */ .KX)(gate, outcome, options.context, started, now());
    if (evidence.status !== 'pass' || !after)
        return evidence;
    try {
        await after(evidence);
        return evidence;
    }
    catch (error) {
        // The verdict stands in the checks; what it was to do did not happen, so the run cannot be a pass.
        const problems = (0,_contract_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .toProblems */ .ek)(error).map((p) => ({
            ...p,
            message: `${gate} passed, but acting on it failed: ${p.message}`,
        }));
        return (0,_evidence_js__WEBPACK_IMPORTED_MODULE_5__/* .buildEvidence */ .KX)(gate, {
            ...outcome,
            status: 'error',
            summary: `${outcome.summary}; then: ${problems[0].message}`,
            problems,
        }, options.context, started, now());
    }
}
/** Refuses option keys the gate does not read, suggesting the nearest known one. */
function checkOptionNames(gate, given) {
    const known = Object.keys(gate.options);
    const problems = Object.keys(given)
        .filter((key) => !Object.hasOwn(gate.options, key))
        .map((key) => {
        const near = known.filter((k) => editDistance(k, key) <= 2);
        return {
            message: `Unknown option "${key}" for ${gate.id}${near.length ? ` (did you mean ${near.map((k) => `"${k}"`).join(' or ')}?)` : ''}`,
            expected: known.length ? `one of ${known.join(', ')}` : 'no options',
            found: JSON.stringify(`${key}=${given[key]}`),
        };
    });
    if (problems.length > 0)
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputErrors */ .G(problems);
}
/** Levenshtein distance (short strings). */
function editDistance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++)
            row.push(Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
        prev = row;
    }
    return prev[b.length];
}
function errorOutcome(problems) {
    const first = problems[0];
    return {
        status: 'error',
        summary: `Could not judge: ${first ? first.message : 'unknown error'}${problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : ''}`,
        subject: { data: [], artifacts: [] },
        checks: [],
        problems,
        report: {},
    };
}
/** Exit code convention shared by the CLI and the Action: 0 pass, 1 fail, 2 error. */
function exitCodeFor(status) {
    return status === 'pass' ? 0 : status === 'fail' ? 1 : 2;
}


/***/ }),

/***/ 26434:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ findGate)
/* harmony export */ });
/**
 * Gates that have landed in this version, each loaded when a run asks for
 * it: a run of one gate does not load (or evaluate) the others' modules.
 * Any other id is reported as not available, never passed.
 */
const GATES = {
    G0: async () => (await Promise.all(/* import() */[__webpack_require__.e(213), __webpack_require__.e(715)]).then(__webpack_require__.bind(__webpack_require__, 44715))).g0,
    G1: async () => (await Promise.all(/* import() */[__webpack_require__.e(553), __webpack_require__.e(448), __webpack_require__.e(933)]).then(__webpack_require__.bind(__webpack_require__, 2933))).g1,
    G2: async () => (await __webpack_require__.e(/* import() */ 432).then(__webpack_require__.bind(__webpack_require__, 8432))).g2,
    G3: async () => (await Promise.all(/* import() */[__webpack_require__.e(785), __webpack_require__.e(628)]).then(__webpack_require__.bind(__webpack_require__, 20628))).g3,
    drift: async () => (await Promise.all(/* import() */[__webpack_require__.e(553), __webpack_require__.e(846)]).then(__webpack_require__.bind(__webpack_require__, 75846))).drift,
    G5: async () => (await Promise.all(/* import() */[__webpack_require__.e(168), __webpack_require__.e(785), __webpack_require__.e(327)]).then(__webpack_require__.bind(__webpack_require__, 76327))).g5,
    G4: async () => (await Promise.all(/* import() */[__webpack_require__.e(448), __webpack_require__.e(147), __webpack_require__.e(187)]).then(__webpack_require__.bind(__webpack_require__, 91187))).g4,
};
async function findGate(id) {
    return GATES[id]?.();
}


/***/ }),

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
    const segments = pointer === ''
        ? []
        : pointer
            .slice(1)
            .split('/')
            .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
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

/***/ 20874:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ isInside),
/* harmony export */   e: () => (/* binding */ realOrSelf)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);


/** True when `path` is `dir` or lies under it, comparing the paths as given (resolve links with realOrSelf first where they matter). */
function isInside(dir, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(dir, path);
    return rel === '' || (!rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
/** The real path when the file exists (following links), else the path itself. */
function realOrSelf(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path);
    }
    catch {
        return path;
    }
}


/***/ }),

/***/ 86363:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ Workspace)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _contract_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68081);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20874);



/**
 * The folder a run may read from: GITHUB_WORKSPACE in Actions, the current
 * directory locally. Every user-supplied path is resolved against it and must
 * stay inside it, symbolic links included.
 */
class Workspace {
    root;
    constructor(root) {
        this.root = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(root);
    }
    /**
     * Resolves `userPath` (relative to `base`, itself inside the workspace) and
     * refuses anything that escapes the workspace, such as `../../etc/passwd`,
     * naming `source` when the path was read from a file.
     */
    resolve(userPath, what, base = this.root, source) {
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(base, userPath);
        if (!this.contains(absolute) || !this.contains((0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .realOrSelf */ .e)(absolute))) {
            throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
                ...source,
                message: `The ${what} path leaves the workspace`,
                expected: `a path inside ${this.root}`,
                found: JSON.stringify(userPath),
            });
        }
        return absolute;
    }
    /** Workspace-relative path with forward slashes, for reports and evidence. */
    display(absolute) {
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(this.root, absolute);
        return rel === '' ? '.' : rel.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
    }
    contains(absolute) {
        return (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .F)((0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .realOrSelf */ .e)(this.root), absolute) || (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .F)(this.root, absolute);
    }
}


/***/ }),

/***/ 96209:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D9: () => (/* binding */ markdownCode),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   G$: () => (/* binding */ cutMarkdown),
/* harmony export */   QY: () => (/* binding */ truncateBytes),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/* unused harmony export codePointPrefix */
/**
 * Escaping for untrusted text (data values, file names, branch names, config)
 * placed into GitHub-flavoured markdown or HTML. Nothing that passes through
 * these functions can notify a user, link an issue, open a tag, start a link,
 * image, emphasis or code span, or break a table, list, heading or
 * `<details>` block. `__tests__/report/markdown-gfm.test.ts` proves it with
 * cmark-gfm, GitHub's own parser.
 */
const HTML_ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
/** For HTML text nodes and attribute values. */
function escapeHtml(value) {
    return String(value ?? '').replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}
/** Zero-width space: breaks a mention, reference or autolink without changing what a reader sees. */
const ZWSP = '\u200b';
/**
 * Characters with a meaning in GitHub markdown or HTML, written as numeric
 * character references. A character reference is literal text in CommonMark
 * (it never opens emphasis, a link or a code span) and in HTML alike, so the
 * same escaping holds in table cells, list items, headings, inline `<code>`
 * and `<details>`/`<summary>` HTML blocks. `|` as a reference cannot split a
 * table cell; `\` as one cannot escape what follows; `$` cannot open math.
 */
const SPECIAL = /[&<>"'\\`*[\]|~$]/g;
const ref = (c) => `&#${c.codePointAt(0)};`;
const WORD = /[\p{L}\p{N}]/u;
/**
 * For markdown text in any context the reports use:
 * - markdown and HTML punctuation becomes character references;
 * - `_` too, unless it sits between two letters or digits (`temp_max`),
 *   where CommonMark cannot read it as emphasis;
 * - `@`, `#` and `GH-` get a zero-width space after them, so mentions never
 *   notify and issue references never link (GitHub finds those in the
 *   rendered text, where references are already decoded);
 * - `://` and `www.` get one too, so bare URLs and domains do not autolink
 *   (and `@` breaking covers e-mail addresses);
 * - line breaks fold to spaces, and a leading character that could start a
 *   block inside a list item (a space, the `-` or `+` of a list marker or
 *   thematic break, the `.` or `)` of `1. `) is a reference.
 */
function escapeMarkdown(value) {
    const text = String(value ?? '').replace(/\r\n|\r|\n/g, ' ');
    let out = '';
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '_')
            out += WORD.test(text[i - 1] ?? '') && WORD.test(text[i + 1] ?? '') ? c : ref(c);
        else if (c === '@' || c === '#')
            out += c + ZWSP;
        else
            out += c.replace(SPECIAL, ref);
    }
    return out
        .replace(/\b(gh)-(?=\d)/gi, `$1-${ZWSP}`)
        .replace(/:\/\//g, `:${ZWSP}//`)
        .replace(/\b(www)\./gi, `$1${ZWSP}.`)
        .replace(/^(\s|[-+](?=\s|-|$))/, (_m, c) => ref(c))
        .replace(/^(\d{1,9})([.)])(?=\s|$)/, (_m, d, p) => d + ref(p));
}
/** Inline code for untrusted text: the same escaping inside `<code>`, so nothing can close it early. */
function markdownCode(value) {
    return `<code>${escapeMarkdown(value)}</code>`;
}
/** UTF-8 length of one code point (a lone surrogate is written as U+FFFD: 3 bytes). */
function utf8Length(codePoint) {
    return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}
/**
 * The longest prefix of `text` made of whole code points that has at most
 * `maxUnits` UTF-16 code units (what String.length and GitHub's character
 * limits count) and at most `maxBytes` UTF-8 bytes. A surrogate pair is
 * never split. The one cutting rule behind `cutMarkdown`, `truncateBytes`
 * and `truncate`.
 */
function codePointPrefix(text, maxUnits, maxBytes = Number.POSITIVE_INFINITY) {
    if (text.length <= maxUnits &&
        (maxBytes === Number.POSITIVE_INFINITY || Buffer.byteLength(text, 'utf8') <= maxBytes))
        return text;
    let units = 0;
    let bytes = 0;
    for (const ch of text) {
        const b = utf8Length(ch.codePointAt(0));
        if (units + ch.length > maxUnits || bytes + b > maxBytes)
            break;
        units += ch.length;
        bytes += b;
    }
    return text.slice(0, units);
}
/**
 * Cuts markdown to at most `limit` characters (and `maxBytes` UTF-8 bytes,
 * when given) ending with `tail`: never in the middle of a surrogate pair,
 * an HTML tag or a character reference.
 */
function cutMarkdown(body, limit, tail, maxBytes) {
    const bytes = maxBytes === undefined ? Number.POSITIVE_INFINITY : maxBytes;
    if (codePointPrefix(body, limit, bytes) === body)
        return body;
    const cut = codePointPrefix(body, Math.max(0, limit - tail.length), Math.max(0, bytes - Buffer.byteLength(tail, 'utf8')));
    return codePointPrefix(cut.replace(/<[^>]*$/, '').replace(/&[#A-Za-z0-9]*$/, '') + tail, limit, bytes);
}
/** Shortens plain text to `maxBytes` UTF-8 bytes, ending with an ellipsis; code points are never split. */
function truncateBytes(value, maxBytes) {
    if (Buffer.byteLength(value, 'utf8') <= maxBytes)
        return value;
    return `${codePointPrefix(value, Number.POSITIVE_INFINITY, Math.max(0, maxBytes - 3))}…`;
}
/** Shortens text to `max` characters (UTF-16 units), ending with an ellipsis; code points are never split. */
function truncate(value, max) {
    return value.length <= max ? value : `${codePointPrefix(value, Math.max(0, max - 1))}…`;
}


/***/ }),

/***/ 34127:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ writeReportFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68081);
/* harmony import */ var _html_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57808);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70862);





/**
 * Writes `<GATE>.evidence.json`, `<GATE>.md` and `<GATE>.html` into `outDir`.
 * Each file is written to a temporary name and renamed, so a crash never
 * leaves a half-written evidence file behind. A folder that cannot be
 * created or written is an InputError naming it; the caller still has the
 * evidence in hand to print.
 */
async function writeReportFiles(evidence, outDir, options = {}) {
    const files = {
        evidence: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(outDir, `${evidence.gate}.evidence.json`),
        markdown: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(outDir, `${evidence.gate}.md`),
        html: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(outDir, `${evidence.gate}.html`),
    };
    try {
        await makeDirectory(outDir);
        await atomicWrite(files.evidence, `${JSON.stringify(evidence, null, 2)}\n`);
        await atomicWrite(files.markdown, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .renderMarkdown */ .G)(evidence, options));
        await atomicWrite(files.html, (0,_html_js__WEBPACK_IMPORTED_MODULE_3__/* .renderHtml */ .K)(evidence, options));
    }
    catch (error) {
        if (error instanceof _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz)
            throw error;
        const e = error;
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
            file: outDir,
            message: 'Cannot write the report files',
            expected: 'a folder that modelgate can create and write',
            found: `${e.code ?? 'an error'}${e.path ? ` at ${e.path}` : ''}`,
        });
    }
    return files;
}
/**
 * `mkdir -p`, one level at a time. Node's recursive mkdir loops forever under
 * /proc (where mkdir answers ENOENT for a parent that exists), so the
 * missing folders are found first and created from the top.
 */
async function makeDirectory(dir) {
    const missing = [];
    for (let d = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir);; d = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(d)) {
        try {
            if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(d)).isDirectory())
                break;
            throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
                file: dir,
                message: 'Cannot write the report files',
                expected: 'a folder',
                found: `a file at ${d}`,
            });
        }
        catch (error) {
            const code = error.code;
            // ENOTDIR: a file further up the path; the walk up finds and names it.
            if (code !== 'ENOENT' && code !== 'ENOTDIR')
                throw error;
            if (code === 'ENOENT')
                missing.push(d);
            if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(d) === d)
                break;
        }
    }
    for (const d of missing.reverse()) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(d).catch((error) => {
            if (error.code !== 'EEXIST')
                throw error;
        });
    }
}
async function atomicWrite(path, content) {
    const tmp = `${path}.tmp-${process.pid}`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(tmp, content, 'utf8');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, path);
}


/***/ }),

/***/ 45845:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B6: () => (/* binding */ formatThreshold),
/* harmony export */   Cg: () => (/* binding */ extraTables),
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   Qf: () => (/* binding */ chainStatus),
/* harmony export */   S5: () => (/* binding */ CHAIN),
/* harmony export */   SE: () => (/* binding */ formatDetails),
/* harmony export */   gg: () => (/* binding */ orderChecks),
/* harmony export */   tW: () => (/* binding */ STATUS_ICON),
/* harmony export */   v8: () => (/* binding */ checkLabel)
/* harmony export */ });
/* harmony import */ var _contract_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28005);
/* harmony import */ var _contract_digits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70020);


/** Number formatting shared by the markdown and HTML reports: 4 significant digits, integers in full. */
function formatValue(value) {
    if (value === null || value === undefined)
        return '—';
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            return String(value);
        if (Number.isInteger(value))
            return (0,_contract_digits_js__WEBPACK_IMPORTED_MODULE_1__/* .groupDigits */ .K)(value);
        const abs = Math.abs(value);
        if (abs !== 0 && (abs < 1e-3 || abs >= 1e7))
            return value.toExponential(3);
        return String(Number(value.toPrecision(4)));
    }
    return String(value);
}
const STATUS_ICON = {
    pass: '✅',
    fail: '❌',
    error: '⚠️',
    warn: '🟡',
    skipped: '⏭️',
    pending: '⏳',
};
/** Threshold cell: "<= 45 °C". */
function formatThreshold(c) {
    if (c.operator === undefined || c.threshold === undefined || c.threshold === null)
        return '—';
    return `${c.operator} ${formatValue(c.threshold)}`;
}
/** Confidence interval and baseline delta, from a check's details, as plain text. */
function formatDetails(c) {
    const d = c.details ?? {};
    const parts = [];
    const ci = d.ci;
    if (Array.isArray(ci) && ci.length === 2)
        parts.push(`CI [${formatValue(ci[0])}, ${formatValue(ci[1])}]`);
    // G4 compares with production: its checks name what their baseline is.
    const baselineName = typeof d.baselineName === 'string' ? d.baselineName : 'baseline';
    if (typeof d.baseline === 'number')
        parts.push(`${baselineName} ${formatValue(d.baseline)}`);
    if (typeof d.delta === 'number')
        parts.push(`Δ ${d.delta >= 0 ? '+' : ''}${formatValue(d.delta)}`);
    const deltaCi = d.deltaCi;
    if (Array.isArray(deltaCi) && deltaCi.length === 2)
        parts.push(`Δ CI [${formatValue(deltaCi[0])}, ${formatValue(deltaCi[1])}]`);
    return parts.join('; ');
}
const CHAIN = _contract_types_js__WEBPACK_IMPORTED_MODULE_0__/* .CHAIN_GATES */ .nF;
/** The G0..G5 statuses known for this model: the current gate from its evidence, the rest as given or pending. */
function chainStatus(evidence, known = {}) {
    const out = {};
    for (const g of CHAIN)
        out[g] = known[g] ?? 'pending';
    if (CHAIN.includes(evidence.gate))
        out[evidence.gate] = evidence.status;
    return out;
}
/** Orders checks for display: blocking failures first, then errors, warnings, and the rest in their order. */
function orderChecks(checks) {
    const rank = { fail: 0, error: 1, warn: 2, skipped: 3, pass: 4 };
    return checks
        .map((c, i) => ({ c, i }))
        .sort((a, b) => rank[a.c.status] - rank[b.c.status] || a.i - b.i)
        .map(({ c }) => c);
}
function extraTables(evidence) {
    const t = evidence.report.tables;
    return Array.isArray(t) ? t : [];
}
/** What a check is about, from its id without the gate prefix: `training.temp_max.maximum`, `kpi.mae.temp_max`. */
function checkLabel(c) {
    const i = c.id.indexOf('.');
    return i > 0 ? c.id.slice(i + 1) : c.id;
}


/***/ }),

/***/ 57808:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K: () => (/* binding */ renderHtml)
});

// EXTERNAL MODULE: ./build/src/contract/errors.js
var errors = __webpack_require__(68081);
// EXTERNAL MODULE: ./build/src/report/escape.js
var report_escape = __webpack_require__(96209);
// EXTERNAL MODULE: ./build/src/report/format.js
var format = __webpack_require__(45845);
;// CONCATENATED MODULE: ./build/src/report/svg-charts.js


const W = 480;
const H = 320;
const M = { left: 64, right: 16, top: 36, bottom: 48 };
const COLORS = ['#0969da', '#cf222e', '#1a7f37', '#8250df', '#bc4c00'];
/** Round tick steps (1, 2, 5 × 10^k) covering [lo, hi] with about `count` ticks. */
function niceTicks(lo, hi, count = 5) {
    if (!Number.isFinite(lo) || !Number.isFinite(hi))
        return [];
    if (lo === hi)
        return [lo];
    const raw = (hi - lo) / Math.max(1, count);
    const mag = 10 ** Math.floor(Math.log10(raw));
    const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
    const ticks = [];
    for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step)
        ticks.push(Number(t.toPrecision(12)));
    return ticks;
}
function extent(values) {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const v of values) {
        if (v < lo)
            lo = v;
        if (v > hi)
            hi = v;
    }
    if (lo === Number.POSITIVE_INFINITY)
        return [0, 1];
    if (lo === hi)
        return [lo - 1, hi + 1];
    const pad = (hi - lo) * 0.04;
    return [lo - pad, hi + pad];
}
/** Renders one chart as a standalone `<svg>` element; NaN and infinite points are skipped. */
function renderChart(chart) {
    const series = chart.series.map((s) => ({
        ...s,
        points: s.points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y)),
    }));
    const xs = series.flatMap((s) => s.points.map((p) => p[0]));
    const ys = series.flatMap((s) => s.points.map((p) => p[1]));
    const bars = chart.kind === 'histogram' || chart.kind === 'bar';
    if (bars)
        ys.push(0);
    let [x0, x1] = extent(xs);
    let [y0, y1] = extent(ys);
    if (chart.reference?.kind === 'diagonal') {
        x0 = y0 = Math.min(x0, y0);
        x1 = y1 = Math.max(x1, y1);
    }
    if (bars) {
        y0 = 0;
        // Half a bar of room on each side, so the outer bars stay inside the axes.
        const sorted = [...new Set(xs)].sort((a, b) => a - b);
        const step = sorted.length > 1 ? Math.min(...sorted.slice(1).map((x, k) => x - sorted[k])) : 1;
        x0 = Math.min(x0, (sorted[0] ?? 0) - step / 2);
        x1 = Math.max(x1, (sorted.at(-1) ?? 1) + step / 2);
    }
    const px = (x) => M.left + ((x - x0) / (x1 - x0)) * (W - M.left - M.right);
    const py = (y) => H - M.bottom - ((y - y0) / (y1 - y0)) * (H - M.top - M.bottom);
    const parts = [];
    parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${(0,report_escape/* escapeHtml */.ZD)(chart.title)}" class="chart">`);
    parts.push(`<text x="${W / 2}" y="20" text-anchor="middle" class="chart-title">${(0,report_escape/* escapeHtml */.ZD)(chart.title)}</text>`);
    for (const t of niceTicks(y0, y1)) {
        const y = py(t).toFixed(1);
        parts.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${y}" y2="${y}" class="grid"/><text x="${M.left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle" class="tick">${(0,report_escape/* escapeHtml */.ZD)((0,format/* formatValue */.Fl)(t))}</text>`);
    }
    for (const t of niceTicks(x0, x1)) {
        const x = px(t).toFixed(1);
        parts.push(`<line x1="${x}" x2="${x}" y1="${H - M.bottom}" y2="${H - M.bottom + 4}" class="axis"/><text x="${x}" y="${H - M.bottom + 16}" text-anchor="middle" class="tick">${(0,report_escape/* escapeHtml */.ZD)((0,format/* formatValue */.Fl)(t))}</text>`);
    }
    parts.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${H - M.bottom}" y2="${H - M.bottom}" class="axis"/><line x1="${M.left}" x2="${M.left}" y1="${M.top}" y2="${H - M.bottom}" class="axis"/>`);
    parts.push(`<text x="${(M.left + W - M.right) / 2}" y="${H - 8}" text-anchor="middle" class="label">${(0,report_escape/* escapeHtml */.ZD)(chart.xLabel)}</text>`);
    parts.push(`<text transform="translate(14 ${(M.top + H - M.bottom) / 2}) rotate(-90)" text-anchor="middle" class="label">${(0,report_escape/* escapeHtml */.ZD)(chart.yLabel)}</text>`);
    series.forEach((s, i) => {
        const color = COLORS[i % COLORS.length];
        if (chart.kind === 'scatter') {
            for (const [x, y] of s.points)
                parts.push(`<circle cx="${px(x).toFixed(1)}" cy="${py(y).toFixed(1)}" r="2" fill="${color}" fill-opacity="0.6"/>`);
        }
        else if (chart.kind === 'line') {
            const d = s.points
                .map(([x, y], k) => `${k ? 'L' : 'M'}${px(x).toFixed(1)},${py(y).toFixed(1)}`)
                .join('');
            if (d)
                parts.push(`<path d="${d}" fill="none" stroke="${color}" stroke-width="2"/>`);
        }
        else {
            const sorted = [...s.points].sort((a, b) => a[0] - b[0]);
            const gap = sorted.length > 1 ? Math.min(...sorted.slice(1).map((p, k) => p[0] - sorted[k][0])) : 1;
            const width = Math.max(1, ((px(x0 + gap) - px(x0)) * 0.9) / chart.series.length);
            for (const [x, y] of sorted) {
                parts.push(`<rect x="${(px(x) - (width * chart.series.length) / 2 + i * width).toFixed(1)}" y="${py(y).toFixed(1)}" width="${width.toFixed(1)}" height="${Math.max(0, py(0) - py(y)).toFixed(1)}" fill="${color}"/>`);
            }
        }
    });
    // The reference line last, so bars never hide it.
    const ref = chart.reference;
    if (ref?.kind === 'diagonal')
        parts.push(`<line x1="${px(x0)}" y1="${py(y0)}" x2="${px(x1)}" y2="${py(y1)}" class="ref"/>`);
    else if (ref?.kind === 'hline')
        parts.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${py(ref.value)}" y2="${py(ref.value)}" class="ref"/>`);
    else if (ref?.kind === 'vline')
        parts.push(`<line x1="${px(ref.value)}" x2="${px(ref.value)}" y1="${M.top}" y2="${H - M.bottom}" class="ref"/>`);
    if (series.length > 1) {
        series.forEach((s, i) => parts.push(`<text x="${W - M.right}" y="${M.top + 12 * i}" text-anchor="end" class="legend" fill="${COLORS[i % COLORS.length]}">${(0,report_escape/* escapeHtml */.ZD)(s.name)}</text>`));
    }
    if (xs.length === 0)
        parts.push(`<text x="${W / 2}" y="${H / 2}" text-anchor="middle" class="label">no data</text>`);
    parts.push('</svg>');
    return parts.join('');
}

;// CONCATENATED MODULE: ./build/src/report/html.js




const CSS = `
:root{--pass:#1a7f37;--fail:#cf222e;--error:#bc4c00;--warn:#9a6700;--muted:#57606a;--line:#d0d7de}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1f2328;background:#fff}
main{max-width:1100px;margin:0 auto;padding:24px}
header{border-left:8px solid var(--status);padding:8px 16px;margin-bottom:16px;background:#f6f8fa}
h1{margin:0;font-size:22px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
.summary{margin:4px 0 0;color:var(--muted)}
table{border-collapse:collapse;width:100%;margin:8px 0;font-size:13px}
th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f6f8fa}td.num{text-align:right;font-variant-numeric:tabular-nums}
tr.fail td:first-child{border-left:4px solid var(--fail)}tr.error td:first-child{border-left:4px solid var(--error)}
tr.warn td:first-child{border-left:4px solid var(--warn)}tr.pass td:first-child{border-left:4px solid var(--pass)}
code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace;background:#f6f8fa;padding:1px 4px;border-radius:4px;word-break:break-all}
.chain{display:flex;gap:6px;margin:8px 0}.chain span{padding:4px 10px;border-radius:12px;color:#fff;font-weight:600}
.s-pass{background:var(--pass)}.s-fail{background:var(--fail)}.s-error{background:var(--error)}.s-pending{background:#afb8c1;color:#1f2328!important}
.charts{display:flex;flex-wrap:wrap;gap:16px}
svg.chart{border:1px solid var(--line);border-radius:6px;background:#fff}
svg .grid{stroke:#eaeef2}svg .axis{stroke:#57606a}svg .ref{stroke:#57606a;stroke-dasharray:4 3}
svg text{font:11px system-ui,sans-serif;fill:#1f2328}svg .chart-title{font-size:13px;font-weight:600}svg .tick{fill:#57606a}
.problems li{margin:4px 0}
footer{margin-top:32px;color:var(--muted);font-size:12px}
@media print{main{max-width:none;padding:0}header{background:none}svg.chart{break-inside:avoid}}
`;
const STATUS_COLOR = { pass: 'var(--pass)', fail: 'var(--fail)', error: 'var(--error)' };
/**
 * A self-contained HTML report for any gate: inline CSS and SVG, no scripts,
 * fonts or remote resources, and a Content-Security-Policy that forbids them,
 * so it opens offline on an air-gapped plant network.
 */
function renderHtml(e, options = {}) {
    const h = report_escape/* escapeHtml */.ZD;
    const out = [];
    out.push('<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">');
    out.push(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    out.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
    out.push(`<title>${h(`${e.gate} ${e.gateName}: ${e.status}`)}</title>`, `<style>${CSS}</style>`, '</head>', '<body>', '<main>');
    out.push(`<header style="--status:${STATUS_COLOR[e.status]}"><h1>${h(e.gate)} ${h(e.gateName)}: ${h(e.status.toUpperCase())}</h1><p class="summary">${h(e.summary)}</p></header>`);
    const chain = (0,format/* chainStatus */.Qf)(e);
    out.push(`<div class="chain" aria-label="release chain">${format/* CHAIN */.S5.map((g) => `<span class="s-${chain[g]}">${h(g)} ${h(chain[g])}</span>`).join('')}</div>`);
    const ctx = e.context;
    const ctxRows = [
        ['mode', ctx.mode],
        ...['repository', 'sha', 'ref', 'event', 'workflow', 'runId', 'runAttempt', 'actor']
            .filter((k) => ctx[k])
            .map((k) => [k, String(ctx[k])]),
        ['started', e.timing.startedAt],
        ['duration', `${(0,format/* formatValue */.Fl)(e.timing.durationMs)} ms`],
        ['tool', `${e.tool.name} ${e.tool.version}`],
        ['evidence digest', e.digest.value],
    ];
    out.push('<h2>Run</h2><table>');
    for (const [k, v] of ctxRows)
        out.push(`<tr><th>${h(k)}</th><td>${k === 'evidence digest' || k === 'sha' ? `<code>${h(v)}</code>` : h(v)}</td></tr>`);
    if (options.runUrl)
        out.push(`<tr><th>run</th><td>${h(options.runUrl)}</td></tr>`);
    out.push('</table>');
    if (e.problems.length > 0) {
        out.push('<h2>Problems</h2><p>The gate could not judge. Fix these and run it again:</p><ul class="problems">');
        for (const p of e.problems)
            out.push(`<li>${h((0,errors/* formatProblem */.Vw)(p))}</li>`);
        out.push('</ul>');
    }
    if (e.checks.length > 0) {
        out.push('<h2>Checks</h2><table><thead><tr><th>status</th><th>check</th><th>value</th><th>threshold</th><th>unit</th><th>severity</th><th>details</th></tr></thead><tbody>');
        for (const c of (0,format/* orderChecks */.gg)(e.checks)) {
            const details = [(0,format/* formatDetails */.SE)(c), c.message ?? ''].filter(Boolean).join('; ');
            out.push(`<tr class="${c.status}"><td>${h(c.status)}</td><td>${h((0,format/* checkLabel */.v8)(c))}</td><td class="num">${h((0,format/* formatValue */.Fl)(c.value))}</td><td class="num">${h((0,format/* formatThreshold */.B6)(c))}</td><td>${h(c.unit ?? '')}</td><td>${h(c.severity)}</td><td>${h(details)}</td></tr>`);
        }
        out.push('</tbody></table>');
    }
    const charts = e.report.charts ?? [];
    if (charts.length > 0) {
        out.push('<h2>Charts</h2><div class="charts">');
        for (const c of charts)
            out.push(renderChart(c));
        out.push('</div>');
    }
    const violations = e.report.violations ?? [];
    if (violations.length > 0) {
        out.push(`<h2>Violations (first ${violations.length} of ${h((0,format/* formatValue */.Fl)(e.report.totalViolations ?? violations.length))})</h2>`);
        out.push('<table><thead><tr><th>file</th><th>line</th><th>column</th><th>value</th><th>rule</th><th>message</th></tr></thead><tbody>');
        for (const v of violations)
            out.push(`<tr><td>${h(v.file)}</td><td class="num">${v.line}</td><td>${h(v.column)}</td><td><code>${h(v.value)}</code></td><td>${h(v.rule)}</td><td>${h(v.message)}</td></tr>`);
        out.push('</tbody></table>');
    }
    const profile = e.report.profile ?? [];
    if (profile.length > 0) {
        out.push('<h2>Column profile</h2><table><thead><tr><th>file</th><th>column</th><th>type</th><th>unit</th><th>count</th><th>missing</th><th>min</th><th>p05</th><th>p50</th><th>p95</th><th>max</th><th>mean</th><th>std</th><th>top values</th></tr></thead><tbody>');
        for (const p of profile) {
            const top = (p.top ?? [])
                .slice(0, 5)
                .map((t) => `${t.value} (${t.count})`)
                .join(', ');
            const n = (v) => `<td class="num">${h((0,format/* formatValue */.Fl)(v))}</td>`;
            out.push(`<tr><td>${h(p.file)}</td><td>${h(p.column)}</td><td>${h(p.type)}</td><td>${h(p.unit ?? '')}</td>${n(p.count)}${n(p.missing)}${n(p.min)}${n(p.quantiles?.p05)}${n(p.quantiles?.p50)}${n(p.quantiles?.p95)}${n(p.max)}${n(p.mean)}${n(p.std)}<td>${h(top)}</td></tr>`);
        }
        out.push('</tbody></table>');
    }
    for (const t of (0,format/* extraTables */.Cg)(e)) {
        out.push(`<h2>${h(t.title)}</h2><table><thead><tr>${t.columns.map((c) => `<th>${h(c)}</th>`).join('')}</tr></thead><tbody>`);
        for (const row of t.rows)
            out.push(`<tr>${row.map((v) => `<td${typeof v === 'number' ? ' class="num"' : ''}>${h((0,format/* formatValue */.Fl)(v))}</td>`).join('')}</tr>`);
        out.push('</tbody></table>');
    }
    const subjects = [
        ...(e.subject.model ? [e.subject.model] : []),
        ...e.subject.data,
        ...e.subject.artifacts,
    ];
    if (subjects.length > 0) {
        out.push('<h2>Subject</h2><table><thead><tr><th>role</th><th>path</th><th>sha256</th><th>bytes</th><th>rows</th></tr></thead><tbody>');
        for (const s of subjects)
            out.push(`<tr><td>${h(s.role)}</td><td><code>${h(s.path)}</code></td><td><code>${h(s.sha256)}</code></td><td class="num">${s.bytes}</td><td class="num">${s.rows ?? ''}</td></tr>`);
        out.push('</tbody></table>');
    }
    out.push(`<footer>Generated by modelgate ${h(e.tool.version)} at ${h(e.timing.finishedAt)}. The evidence JSON beside this file is the record of truth; its digest is shown above.</footer>`);
    out.push('</main>', '</body>', '</html>', '');
    return out.join('\n');
}


/***/ }),

/***/ 70862:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P: () => (/* binding */ renderDetails),
  G: () => (/* binding */ renderMarkdown)
});

// EXTERNAL MODULE: ./build/src/report/escape.js
var report_escape = __webpack_require__(96209);
// EXTERNAL MODULE: ./build/src/report/format.js
var format = __webpack_require__(45845);
// EXTERNAL MODULE: ./build/src/contract/errors.js
var errors = __webpack_require__(68081);
// EXTERNAL MODULE: ./build/src/contract/digits.js
var digits = __webpack_require__(70020);
;// CONCATENATED MODULE: ./build/src/report/markdown-parts.js




/** "… and 12 more violations: see the full report in the artifact." */
function moreNote(artifactUrl) {
    return (what) => (n) => `… and ${(0,digits/* groupDigits */.K)(n)} more ${what}: see the full report in the ${artifactUrl ? `[evidence artifact](${artifactUrl})` : 'evidence artifact'}.`;
}
/** A table of the first `cap` rows; when rows were left out, a line after it says how many. */
function table(head, rows, cap, row, more) {
    const lines = rows.length > 0 && cap > 0 ? [...head, ...rows.slice(0, cap).map(row)] : [];
    if (rows.length > cap)
        lines.push(...(lines.length > 0 ? [''] : []), more(rows.length - cap));
    return lines;
}
const CHECK_HEAD = [
    '| | check | value | threshold | unit | severity | details |',
    '|---|---|---|---|---|---|---|',
];
/** One table row per check; the check id (without the gate prefix) says which file, column or KPI it is about. */
function checkRow(c) {
    const details = [(0,format/* formatDetails */.SE)(c), c.message ?? ''].filter(Boolean).join('; ');
    return `| ${format/* STATUS_ICON */.tW[c.status]} | ${(0,report_escape/* escapeMarkdown */.FV)((0,format/* checkLabel */.v8)(c))} | ${(0,report_escape/* escapeMarkdown */.FV)((0,format/* formatValue */.Fl)(c.value))} | ${(0,report_escape/* escapeMarkdown */.FV)((0,format/* formatThreshold */.B6)(c))} | ${(0,report_escape/* escapeMarkdown */.FV)(c.unit ?? '')} | ${(0,report_escape/* escapeMarkdown */.FV)(c.severity)} | ${(0,report_escape/* escapeMarkdown */.FV)(details)} |`;
}
/** The model a report is about, from `report.model` (G1, G2, and G0 when ssot/model.json names one). */
function modelLabel(e) {
    const m = e.report.model;
    if (typeof m?.name !== 'string' || m.name === '')
        return undefined;
    return `model ${(0,report_escape/* markdownCode */.D9)(m.name)}${typeof m.version === 'string' && m.version ? ` version ${(0,report_escape/* markdownCode */.D9)(m.version)}` : ''}`;
}
/** The parts of the full report, most important first (renderMarkdown shortens them from the other end). */
function reportParts(e, options) {
    const more = moreNote(options.artifactUrl);
    return [
        ...headParts(e, options),
        ...problemParts(e, more),
        ...checkParts(e, more),
        ...violationParts(e, more),
        ...tableParts(e, more),
        ...profileParts(e, more),
        fixed('chain', mermaidChain(e, options.chain)),
        ...subjectParts(e, more),
        ...footerParts(e),
    ];
}
/** A part that is never shortened. */
const fixed = (name, text) => ({ name, rows: 0, min: 0, render: () => text });
/** The headline: verdict, summary, model, links and the evidence digest. */
function headParts(e, options) {
    const parts = [];
    const head = [
        `## ${format/* STATUS_ICON */.tW[e.status]} ${e.gate} ${(0,report_escape/* escapeMarkdown */.FV)(e.gateName)}: ${e.status.toUpperCase()}`,
        '',
        (0,report_escape/* escapeMarkdown */.FV)(e.summary),
        '',
    ];
    const links = [];
    const model = modelLabel(e);
    if (model)
        links.push(model);
    if (options.runUrl)
        links.push(`[workflow run](${options.runUrl})`);
    if (options.artifactUrl)
        links.push(`[evidence artifact](${options.artifactUrl})`);
    links.push(`evidence digest ${(0,report_escape/* markdownCode */.D9)(e.digest.value.slice(0, 16))}`);
    head.push(links.join(' · '), '');
    parts.push(fixed('head', head.join('\n')));
    return parts;
}
/** What kept the gate from judging. */
function problemParts(e, more) {
    const parts = [];
    if (e.problems.length > 0) {
        const problems = e.problems;
        parts.push({
            name: 'problems',
            rows: problems.length,
            min: 3,
            render: (cap) => {
                const lines = [
                    '### Problems',
                    '',
                    'The gate could not judge. Fix these and run it again:',
                    '',
                ];
                for (const p of problems.slice(0, cap))
                    lines.push(`- ${(0,report_escape/* escapeMarkdown */.FV)((0,errors/* formatProblem */.Vw)(p))}`);
                if (problems.length > cap)
                    lines.push('', more('problems')(problems.length - cap));
                return `${lines.join('\n')}\n`;
            },
        });
    }
    return parts;
}
/** The checks that need attention, then the passing ones (folded). */
function checkParts(e, more) {
    const parts = [];
    if (e.checks.length > 0) {
        const ordered = (0,format/* orderChecks */.gg)(e.checks);
        const attention = ordered.filter((c) => c.status !== 'pass');
        const passing = ordered.filter((c) => c.status === 'pass');
        parts.push({
            name: 'attention',
            rows: attention.length,
            min: 3,
            render: (cap) => [
                '### Checks',
                '',
                ...(attention.length > 0
                    ? [
                        ...table(CHECK_HEAD, attention, cap, checkRow, more('checks that need attention')),
                        '',
                    ]
                    : []),
            ].join('\n'),
        });
        if (passing.length > 0) {
            parts.push({
                name: 'passing',
                rows: passing.length,
                min: 0,
                render: (cap) => [
                    `<details><summary>${(0,digits/* groupDigits */.K)(passing.length)} passing checks</summary>`,
                    '',
                    ...table(CHECK_HEAD, passing, cap, checkRow, more('passing checks')),
                    '',
                    '</details>',
                    '',
                ].join('\n'),
            });
        }
    }
    return parts;
}
/** The gate's extra tables. */
function tableParts(e, more) {
    const parts = [];
    for (const t of (0,format/* extraTables */.Cg)(e)) {
        const head = [
            `| ${t.columns.map(report_escape/* escapeMarkdown */.FV).join(' | ')} |`,
            `|${t.columns.map(() => '---').join('|')}|`,
        ];
        const row = (r) => `| ${t.columns.map((_c, i) => (0,report_escape/* escapeMarkdown */.FV)((0,format/* formatValue */.Fl)(r[i]))).join(' | ')} |`;
        parts.push({
            name: 'tables',
            rows: t.rows.length,
            min: 0,
            render: (cap) => [
                `### ${(0,report_escape/* escapeMarkdown */.FV)(t.title)}`,
                '',
                ...table(head, t.rows, cap, row, more('rows')),
                '',
            ].join('\n'),
        });
    }
    return parts;
}
/** G0's column profile (folded). */
function profileParts(e, more) {
    const parts = [];
    const profile = e.report.profile ?? [];
    if (profile.length > 0) {
        const head = [
            '| file | column | unit | count | missing | min | p50 | max | mean | std | top values |',
            '|---|---|---|---|---|---|---|---|---|---|---|',
        ];
        const row = (p) => {
            const top = (p.top ?? [])
                .slice(0, 5)
                .map((t) => `${t.value} (${t.count})`)
                .join(', ');
            const n = (v) => (0,report_escape/* escapeMarkdown */.FV)((0,format/* formatValue */.Fl)(v));
            return `| ${(0,report_escape/* escapeMarkdown */.FV)(p.file)} | ${(0,report_escape/* escapeMarkdown */.FV)(p.column)} | ${(0,report_escape/* escapeMarkdown */.FV)(p.unit ?? '')} | ${n(p.count)} | ${n(p.missing)} | ${n(p.min)} | ${n(p.quantiles?.p50)} | ${n(p.max)} | ${n(p.mean)} | ${n(p.std)} | ${(0,report_escape/* escapeMarkdown */.FV)(top)} |`;
        };
        parts.push({
            name: 'profile',
            rows: profile.length,
            min: 0,
            render: (cap) => [
                '<details><summary>Column profile</summary>',
                '',
                ...table(head, profile, cap, row, more('columns')),
                '',
                '</details>',
                '',
            ].join('\n'),
        });
    }
    return parts;
}
/** The digests of the files judged (folded). */
function subjectParts(e, more) {
    const parts = [];
    const subjects = [
        ...(e.subject.model ? [e.subject.model] : []),
        ...e.subject.data,
        ...e.subject.artifacts,
    ];
    if (subjects.length > 0) {
        const head = ['| role | path | sha256 | bytes | rows |', '|---|---|---|---|---|'];
        const row = (s) => `| ${(0,report_escape/* escapeMarkdown */.FV)(s.role)} | ${(0,report_escape/* markdownCode */.D9)(s.path)} | ${(0,report_escape/* markdownCode */.D9)(s.sha256)} | ${s.bytes} | ${s.rows ?? ''} |`;
        parts.push({
            name: 'subject',
            rows: subjects.length,
            min: 3,
            render: (cap) => [
                '<details><summary>Subject digests</summary>',
                '',
                ...table(head, subjects, cap, row, more('files')),
                '',
                '</details>',
                '',
            ].join('\n'),
        });
    }
    return parts;
}
/** The tool version, ref, commit and time. */
function footerParts(e) {
    const parts = [];
    const where = [
        e.context.ref ? `ref ${(0,report_escape/* markdownCode */.D9)(e.context.ref)}` : '',
        e.context.sha ? `commit ${(0,report_escape/* markdownCode */.D9)(e.context.sha.slice(0, 12))}` : '',
    ]
        .filter(Boolean)
        .join(' ');
    parts.push(fixed('footer', `<sub>modelgate ${(0,report_escape/* escapeMarkdown */.FV)(e.tool.version)}${where ? ` · ${where}` : ''} · ${(0,report_escape/* escapeMarkdown */.FV)(e.timing.finishedAt)}</sub>\n`));
    return parts;
}
function violationParts(e, more) {
    const parts = [];
    const violations = e.report.violations ?? [];
    if (violations.length > 0) {
        const total = Number(e.report.totalViolations ?? violations.length);
        const head = ['| file | line | column | value | rule | message |', '|---|---|---|---|---|---|'];
        const row = (v) => `| ${(0,report_escape/* escapeMarkdown */.FV)(v.file)} | ${v.line} | ${(0,report_escape/* escapeMarkdown */.FV)(v.column)} | ${(0,report_escape/* markdownCode */.D9)(v.value)} | ${(0,report_escape/* escapeMarkdown */.FV)(v.rule)} | ${(0,report_escape/* escapeMarkdown */.FV)(v.message)} |`;
        parts.push({
            name: 'violations',
            rows: violations.length,
            min: 0,
            render: (cap) => [
                `### Violations (first ${(0,digits/* groupDigits */.K)(violations.length)} of ${(0,digits/* groupDigits */.K)(total)})`,
                '',
                ...table(head, violations, cap, row, more('violations')),
                '',
            ].join('\n'),
        });
    }
    const counts = Object.entries(e.report.violationCounts ?? {}).sort((a, b) => b[1] - a[1]);
    if (counts.length > 0) {
        const head = ['| rule | violations |', '|---|---|'];
        const row = ([rule, n]) => `| ${(0,report_escape/* escapeMarkdown */.FV)(rule)} | ${(0,digits/* groupDigits */.K)(n)} |`;
        parts.push({
            name: 'violation-counts',
            rows: counts.length,
            min: 0,
            render: (cap) => [...table(head, counts, cap, row, more('rules')), ''].join('\n'),
        });
    }
    return parts;
}
/** A Mermaid flowchart of G0..G5, each node coloured by the status known for this model. */
function mermaidChain(e, known) {
    const status = (0,format/* chainStatus */.Qf)(e, known);
    const lines = ['```mermaid', 'flowchart LR'];
    lines.push(`  ${format/* CHAIN */.S5.map((g) => `${g}["${g} ${status[g]}"]`).join(' --> ')}`);
    lines.push('  classDef pass fill:#2da44e,color:#fff', '  classDef fail fill:#cf222e,color:#fff', '  classDef error fill:#bc4c00,color:#fff', '  classDef pending fill:#afb8c1,color:#000');
    for (const g of format/* CHAIN */.S5)
        lines.push(`  class ${g} ${status[g]}`);
    lines.push('```', '');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./build/src/report/markdown.js



/** Row caps tried in turn, each applied to the parts from the least important up. */
const LEVELS = [1000, 300, 100, 30, 10, 3, 0];
/**
 * The markdown report of any gate: headline (verdict, summary, model,
 * links, evidence digest), problems, the checks that failed or warned,
 * passing checks, G0 violations and profile, extra tables, the G0-G5 chain
 * as Mermaid, subject digests. Every value from data, files or config is
 * escaped.
 *
 * Past `maxLength`, the least important content is shortened first, row by
 * row: the profile, extra tables, violation counts, passing checks, then
 * violations, each to its first N rows with a pointer to the artifact. The
 * headline, the chain, the links and the model digest are never dropped;
 * problems and failing checks are shortened only when nothing else is left.
 */
function renderMarkdown(evidence, options = {}) {
    const parts = reportParts(evidence, options);
    return fitParts(parts, [
        'profile',
        'tables',
        'violation-counts',
        'passing',
        'violations',
        'subject',
        'problems',
        'attention',
    ], options);
}
/**
 * The detail of a check run (its `text`): every check in one table, then the
 * violations and their counts, shortened the same way to `maxLength`.
 */
function renderDetails(evidence, options = {}) {
    const more = moreNote(options.artifactUrl);
    const parts = [];
    if (evidence.checks.length > 0) {
        const all = (0,format/* orderChecks */.gg)(evidence.checks);
        parts.push({
            name: 'checks',
            rows: all.length,
            min: 3,
            render: (cap) => ['### All checks', '', ...table(CHECK_HEAD, all, cap, checkRow, more('checks')), ''].join('\n'),
        });
    }
    parts.push(...violationParts(evidence, more));
    if (parts.length === 0)
        parts.push({ name: 'none', rows: 0, min: 0, render: () => 'No checks.\n' });
    return fitParts(parts, ['violation-counts', 'violations', 'checks'], options, '');
}
/** Shortens the parts in `order` until the report fits, then joins them. */
function fitParts(parts, order, options, notice = shortenedNotice(options.artifactUrl)) {
    const max = options.maxLength ?? Number.POSITIVE_INFINITY;
    const fits = (t) => t.length <= max &&
        (options.maxBytes === undefined || Buffer.byteLength(t, 'utf8') <= options.maxBytes);
    // Caps only go down, so each part is rendered again only when its own cap changes.
    const caps = new Map(parts.map((p) => [p, p.rows]));
    const rendered = new Map(parts.map((p) => [p, p.render(p.rows)]));
    const join = (shortened) => {
        const texts = parts.map((p) => rendered.get(p));
        if (shortened && notice)
            texts.splice(1, 0, notice);
        return texts.join('\n');
    };
    let body = join(false);
    if (fits(body))
        return body;
    for (const level of LEVELS) {
        for (const name of order) {
            for (const p of parts) {
                if (p.name !== name)
                    continue;
                const cap = Math.max(level, p.min);
                if (caps.get(p) <= cap)
                    continue;
                caps.set(p, cap);
                rendered.set(p, p.render(cap));
                body = join(true);
                if (fits(body))
                    return body;
            }
        }
    }
    // Still too long (a headline or summary longer than the limit): cut, ending with the notice.
    return (0,report_escape/* cutMarkdown */.G$)(join(false), Math.min(max, options.maxBytes ?? max), `\n\n${notice}`, options.maxBytes);
}
function shortenedNotice(artifactUrl) {
    return `> Report shortened to fit GitHub's size limit: long tables show their first rows. Full report in the artifact${artifactUrl ? `: [evidence artifact](${artifactUrl})` : ' (evidence JSON, markdown and HTML report)'}.\n`;
}


/***/ }),

/***/ 96732:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ readJsonFile),
/* harmony export */   l: () => (/* binding */ parseJsonText)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _contract_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68081);
/* harmony import */ var _io_file_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24480);



/** Reads and parses a JSON file; syntax errors name the line and column. */
async function readJsonFile(absolute, display) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(absolute, 'utf8');
    }
    catch (error) {
        throw (0,_io_file_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .unreadableFile */ ._)(error, display, 'a JSON file');
    }
    return parseJsonText(text, display);
}
function parseJsonText(text, display) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    try {
        return JSON.parse(body);
    }
    catch (error) {
        const message = error.message;
        const position = /position (\d+)/.exec(message);
        const offset = position ? Number(position[1]) : body.length;
        const before = body.slice(0, offset);
        const line = before.split('\n').length;
        const column = offset - before.lastIndexOf('\n');
        const found = body.trim() === ''
            ? 'an empty file'
            : JSON.stringify(body.slice(offset, offset + 20) || 'end of file');
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
            file: display,
            line,
            message: `Not valid JSON (column ${column}: ${message.replace(/ in JSON at position.*$/, '').replace(/^.*?: /, '')})`,
            expected: 'valid JSON',
            found,
        });
    }
}


/***/ }),

/***/ 37775:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ Ssot)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/src/contract/errors.js
var errors = __webpack_require__(68081);
// EXTERNAL MODULE: ./build/src/ssot/data-schema.js
var data_schema = __webpack_require__(51083);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 9 modules
var sync = __webpack_require__(25175);
// EXTERNAL MODULE: ./build/src/io/file-errors.js
var file_errors = __webpack_require__(24480);
;// CONCATENATED MODULE: ./build/src/ssot/csv-table.js




/**
 * Reads an SSOT CSV table with csv-parse and checks its header: every column
 * in `required` must be present, and no column outside `required` and
 * `optional` may appear (a typo in a column name would otherwise be ignored).
 */
async function readCsvTable(absolute, display, required, optional = []) {
    let text;
    try {
        text = await (0,promises_.readFile)(absolute, 'utf8');
    }
    catch (error) {
        throw (0,file_errors/* unreadableFile */._)(error, display, 'a CSV file');
    }
    let records;
    try {
        records = (0,sync/* parse */.qg)(text, {
            bom: true,
            info: true,
            skip_empty_lines: true,
            trim: true,
        });
    }
    catch (error) {
        const e = error;
        throw new errors/* InputError */.dz({
            file: display,
            line: e.lines,
            message: `Not a valid CSV table: ${e.message.replace(/^[^:]*:\s*/, '')}`,
            expected: 'RFC 4180 CSV with the same number of fields on every line',
            found: 'a malformed line',
        });
    }
    const first = records[0];
    if (!first) {
        throw new errors/* InputError */.dz({
            file: display,
            line: 1,
            message: 'The table is empty',
            expected: `a header: ${required.join(',')}`,
            found: 'nothing',
        });
    }
    const header = first.record;
    const missing = required.filter((c) => !header.includes(c));
    if (missing.length > 0) {
        throw new errors/* InputError */.dz({
            file: display,
            line: first.info.lines,
            message: `Missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
            expected: `header with ${required.join(',')}`,
            found: header.join(','),
        });
    }
    const known = new Set([...required, ...optional]);
    const unknown = header.filter((c) => !known.has(c));
    if (unknown.length > 0) {
        throw new errors/* InputError */.dz({
            file: display,
            line: first.info.lines,
            message: `Unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`,
            expected: `columns among ${[...known].join(', ')}`,
            found: unknown.join(', '),
        });
    }
    const dup = header.find((c, i) => header.indexOf(c) !== i);
    if (dup !== undefined) {
        throw new errors/* InputError */.dz({
            file: display,
            line: first.info.lines,
            message: `Duplicate column "${dup}"`,
            expected: 'unique column names',
            found: `"${dup}" twice`,
        });
    }
    const rows = records.slice(1).map(({ record, info }) => {
        const values = {};
        header.forEach((name, i) => {
            values[name] = record[i] ?? '';
        });
        return { line: info.lines, values };
    });
    return { file: display, header, rows };
}

// EXTERNAL MODULE: ./build/src/ssot/json-file.js
var json_file = __webpack_require__(96732);
// EXTERNAL MODULE: ./build/src/contract/types.js
var types = __webpack_require__(28005);
;// CONCATENATED MODULE: ./build/src/ssot/kpi.js


const KPI_COLUMNS = [
    'gate',
    'kpi',
    'variable',
    'operator',
    'threshold',
    'unit',
    'severity',
    'notes',
];
const KPI_OPTIONAL_COLUMNS = [
    'max_abs_degradation',
    'max_rel_degradation',
    'bound',
    'confidence',
];
const GATES = new Set(types/* KPI_GATES */.WZ);
/** Parses and validates every row, collecting all problems before failing (lazy validation). */
function parseKpiTable(table) {
    const problems = [];
    const rules = [];
    for (const { line, values: v } of table.rows) {
        const at = (column, expected, found, message) => problems.push({
            file: table.file,
            line,
            message: `${message} (column "${column}")`,
            expected,
            found,
        });
        const gate = v.gate ?? '';
        if (!GATES.has(gate))
            at('gate', `one of ${[...GATES].join(', ')}`, JSON.stringify(gate), 'Unknown gate');
        const kpi = v.kpi ?? '';
        if (!/^[a-z][a-z0-9_]*$/.test(kpi))
            at('kpi', 'a KPI name in snake_case, e.g. mae', JSON.stringify(kpi), 'Invalid KPI name');
        const operator = v.operator ?? '';
        if (!types/* OPERATORS */.we.includes(operator)) {
            at('operator', `one of ${types/* OPERATORS */.we.join(' ')}`, JSON.stringify(operator), 'Unknown operator');
        }
        const threshold = strictNumber(v.threshold ?? '');
        if (threshold === undefined)
            at('threshold', 'a number such as 0.9 or 1.5e-3', JSON.stringify(v.threshold ?? ''), 'Threshold is not a number');
        const severity = v.severity ?? '';
        if (severity !== 'block' && severity !== 'warn')
            at('severity', 'block or warn', JSON.stringify(severity), 'Unknown severity');
        const optionalNumber = (column, min, max) => {
            const raw = v[column] ?? '';
            if (raw === '')
                return undefined;
            const n = strictNumber(raw);
            if (n === undefined || n < min || n > max) {
                at(column, `a number from ${min} to ${max}`, JSON.stringify(raw), 'Invalid value');
                return undefined;
            }
            return n;
        };
        const maxAbsDegradation = optionalNumber('max_abs_degradation', 0, Number.MAX_VALUE);
        const maxRelDegradation = optionalNumber('max_rel_degradation', 0, 1e6);
        const confidence = optionalNumber('confidence', 0.5, 0.999) ?? 0.95;
        const bound = v.bound ?? '';
        if (bound !== '' && bound !== 'point' && bound !== 'ci')
            at('bound', 'point or ci', JSON.stringify(bound), 'Unknown bound');
        rules.push({
            gate,
            kpi,
            variable: v.variable ?? '',
            operator: operator,
            threshold: threshold ?? Number.NaN,
            unit: v.unit ?? '',
            severity: severity,
            notes: v.notes ?? '',
            line,
            file: table.file,
            ...(maxAbsDegradation !== undefined ? { maxAbsDegradation } : {}),
            ...(maxRelDegradation !== undefined ? { maxRelDegradation } : {}),
            bound: bound === 'ci' ? 'ci' : 'point',
            confidence,
        });
    }
    if (problems.length > 0)
        throw new errors/* InputErrors */.G(problems);
    return rules;
}
/** A finite number in plain decimal or exponent notation; nothing else (no `1,5`, no `NaN`). */
function strictNumber(raw) {
    const text = raw.trim();
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text))
        return undefined;
    const n = Number(text);
    return Number.isFinite(n) ? n : undefined;
}

;// CONCATENATED MODULE: ./build/src/ssot/risk-register.js

const RISK_COLUMNS = [
    'id',
    'risk',
    'likelihood',
    'impact',
    'mitigation',
    'owner',
    'status',
];
const LEVELS = ['low', 'medium', 'high', 'critical'];
const STATUSES = ['open', 'mitigated', 'accepted', 'closed'];
/** Validates `ssot/risk_register.csv`: unique ids, known levels and statuses, an owner for every risk. */
function parseRiskRegister(table) {
    const problems = [];
    const ids = new Map();
    const risks = table.rows.map(({ line, values: v }) => {
        const bad = (column, expected) => problems.push({
            file: table.file,
            line,
            message: `Invalid ${column}`,
            expected,
            found: JSON.stringify(v[column] ?? ''),
        });
        if (!v.id)
            bad('id', 'a non-empty id');
        else if (ids.has(v.id))
            bad('id', `an id not already used on line ${ids.get(v.id)}`);
        else
            ids.set(v.id, line);
        if (!LEVELS.includes(v.likelihood ?? ''))
            bad('likelihood', LEVELS.join(', '));
        if (!LEVELS.includes(v.impact ?? ''))
            bad('impact', LEVELS.join(', '));
        if (!STATUSES.includes(v.status ?? ''))
            bad('status', STATUSES.join(', '));
        if (!v.owner)
            bad('owner', 'the person or team that owns the risk');
        return {
            id: v.id ?? '',
            risk: v.risk ?? '',
            likelihood: v.likelihood ?? '',
            impact: v.impact ?? '',
            mitigation: v.mitigation ?? '',
            owner: v.owner ?? '',
            status: v.status ?? '',
            line,
        };
    });
    if (problems.length > 0)
        throw new errors/* InputErrors */.G(problems);
    return risks;
}

// EXTERNAL MODULE: ./build/src/ssot/schema-registry.js + 12 modules
var schema_registry = __webpack_require__(7506);
;// CONCATENATED MODULE: ./build/src/ssot/ssot.js









/**
 * The user's `ssot/` folder. Files are loaded on demand, each validated once,
 * so a gate reads only what it needs and every error names its file.
 */
class Ssot {
    workspace;
    /** Absolute path of the ssot folder. */
    dir;
    /** The folder that contains `ssot/`: paths inside model.json are relative to it. */
    repoRoot;
    cache = new Map();
    constructor(workspace, ssotPath) {
        this.workspace = workspace;
        this.dir = workspace.resolve(ssotPath, 'ssot');
        this.repoRoot = (0,external_node_path_.dirname)(this.dir);
    }
    /** True when ssot/ holds `name`. */
    has(name) {
        return (0,external_node_fs_.existsSync)((0,external_node_path_.join)(this.dir, name));
    }
    /** Workspace-relative display path of a file inside ssot/. */
    display(name) {
        return this.workspace.display((0,external_node_path_.join)(this.dir, name));
    }
    /**
     * Resolves a path written in an SSOT file (relative to the repository root),
     * inside the workspace; `pointer` says where in `file` (default model.json) it was written.
     */
    resolveRepoPath(path, what, pointer, file = 'model.json') {
        return this.workspace.resolve(path, what, this.repoRoot, pointer !== undefined ? { file: this.display(file), pointer } : undefined);
    }
    model() {
        return this.once('model.json', async () => {
            const data = await (0,json_file/* readJsonFile */.J)((0,external_node_path_.join)(this.dir, 'model.json'), this.display('model.json'));
            return (0,schema_registry/* assertValid */.pP)('model', data, this.display('model.json'));
        });
    }
    /** The raw data schema; G0 compiles and validates it (see gates/g0/data-schema.ts). */
    dataSchema() {
        return this.once('data_schema.json', () => (0,json_file/* readJsonFile */.J)((0,external_node_path_.join)(this.dir, 'data_schema.json'), this.display('data_schema.json')));
    }
    kpiRules() {
        return this.once('kpi_acceptance.csv', async () => parseKpiTable(await readCsvTable((0,external_node_path_.join)(this.dir, 'kpi_acceptance.csv'), this.display('kpi_acceptance.csv'), KPI_COLUMNS, KPI_OPTIONAL_COLUMNS)));
    }
    risks() {
        return this.once('risk_register.csv', async () => parseRiskRegister(await readCsvTable((0,external_node_path_.join)(this.dir, 'risk_register.csv'), this.display('risk_register.csv'), RISK_COLUMNS)));
    }
    /**
     * ssot/approvals.json: the roles and, per gate (G3, G5), the environments,
     * quorum and separation-of-duties policy (src/approvals/config.ts checks
     * what the schema cannot: roles named in a quorum exist, quorums can be met).
     */
    approvals() {
        return this.json('approvals.json', 'approvals');
    }
    /**
     * Validates every contract file that exists in ssot/, collecting all
     * problems, so a broken SSOT stops every gate with a clear error instead of
     * being discovered by whichever gate reads the file later.
     */
    async validateAll() {
        const checks = [
            ['model.json', () => this.model()],
            [
                'data_schema.json',
                async () => (0,data_schema/* compileDataSchema */.p)(await this.dataSchema(), this.display('data_schema.json')),
            ],
            ['kpi_acceptance.csv', () => this.kpiRules()],
            ['risk_register.csv', () => this.risks()],
            ['security.json', () => this.json('security.json', 'security')],
            ['release.json', () => this.json('release.json', 'release')],
            ['approvals.json', () => this.approvals()],
            ['drift.json', () => this.json('drift.json', 'drift')],
            ['shadow.json', () => this.json('shadow.json', 'shadow')],
        ];
        const problems = [];
        if (!(0,external_node_fs_.existsSync)(this.dir)) {
            throw new errors/* InputError */.dz({
                file: this.workspace.display(this.dir),
                message: 'The ssot folder does not exist',
                expected: 'a folder with model.json, data_schema.json, kpi_acceptance.csv...',
                found: 'no such folder',
            });
        }
        for (const [name, load] of checks) {
            if (!this.has(name))
                continue;
            try {
                await load();
            }
            catch (error) {
                problems.push(...(0,errors/* toProblems */.ek)(error));
            }
        }
        if (problems.length > 0)
            throw new errors/* InputErrors */.G(problems);
    }
    /** Any other JSON file in ssot/, validated against a registered schema. */
    json(name, schema) {
        return this.once(name, async () => (0,schema_registry/* assertValid */.pP)(schema, await (0,json_file/* readJsonFile */.J)((0,external_node_path_.join)(this.dir, name), this.display(name)), this.display(name)));
    }
    once(key, load) {
        let p = this.cache.get(key);
        if (!p) {
            p = load();
            this.cache.set(key, p);
        }
        return p;
    }
}


/***/ }),

/***/ 28009:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
/** The tool version written into every evidence record; a test keeps it equal to package.json. */
const TOOL_VERSION = '0.1.0';


/***/ })

};
