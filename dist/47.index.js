export const id = 47;
export const ids = [47,428];
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
        const impl = options.gates(gate);
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

/***/ 3428:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readTable: () => (/* binding */ readTable)
/* harmony export */ });
/* harmony import */ var _csv_byte_csv_reader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51111);
/* harmony import */ var _csv_number_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57503);
/* harmony import */ var _csv_range_workers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58348);
/* harmony import */ var _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68081);
/* harmony import */ var _ssot_data_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51083);





const NULLS = new Set(_ssot_data_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_NULL_VALUES */ .L);
const COMMA = 44;
const QUOTE = 34;
/**
 * Reads the named columns of a CSV with the byte reader, in worker threads
 * for large quote-free files. A column the file lacks, or a cell that is
 * neither a number nor a null token in a numeric column, is an InputError
 * naming the file, the line and the cell.
 */
async function readTable(absolute, display, role, columns, threads) {
    const spec = { columns, role };
    const run = await (0,_csv_range_workers_js__WEBPACK_IMPORTED_MODULE_1__/* .runRangeTask */ .W3)('drift-table', absolute, display, threads, spec, { digest: true });
    let header;
    let parts;
    if (run) {
        header = run.header;
        parts = run.parts.map((p) => p.result);
    }
    else {
        const part = await readPart(absolute, display, spec);
        header = part.header;
        parts = [part];
    }
    const rows = parts.reduce((n, p) => n + p.rows, 0);
    const numeric = new Map();
    parts[0].numericNames.forEach((name, i) => {
        const out = new Float64Array(rows);
        let at = 0;
        for (const p of parts) {
            out.set(p.numeric[i], at);
            at += p.numeric[i].length;
        }
        numeric.set(name, out);
    });
    const text = new Map();
    parts[0].textNames.forEach((name, i) => text.set(name, parts.flatMap((p) => p.text[i])));
    return { header, rows, numeric, text, ...(run?.digest ? { digest: run.digest } : {}) };
}
(0,_csv_range_workers_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRangeTask */ .sG)('drift-table', async (job) => {
    const part = await readPart(job.absolute, job.display, job.params, {
        ...job.range,
        header: job.header,
    });
    return { result: part, rows: part.rows, lines: part.nextLine };
});
async function readPart(absolute, display, spec, range) {
    const numeric = [];
    const text = [];
    let header = [];
    const mapColumns = (h, line) => {
        header = h;
        for (const c of spec.columns) {
            const index = h.indexOf(c.name);
            if (index < 0)
                throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
                    file: display,
                    line,
                    message: `The ${spec.role} data has no column "${c.name}"`,
                    expected: `a column "${c.name}" (a model feature, compared between the reference and the current window)`,
                    found: `columns ${h.join(', ')}`,
                });
            if (c.kind === 'number')
                numeric.push({ name: c.name, index, values: new GrowableF64() });
            else
                text.push({ name: c.name, index, values: [] });
        }
    };
    if (range)
        mapColumns(range.header, 1);
    let rows = 0;
    // Fast path for plain lines: split on commas once and parse only the wanted
    // cells; a line with a quote, the wrong field count, or a cell that is not
    // a number goes to the record path below, which reports it.
    let slots;
    const scratch = new Float64Array(spec.columns.length);
    const texts = [];
    const onLine = (buf, from, to) => {
        if (!slots) {
            const width = range ? range.header.length : header.length;
            slots = new Int32Array(width).fill(-1);
            numeric.forEach((c, k) => (slots[c.index] = k));
            text.forEach((c, k) => (slots[c.index] = numeric.length + k));
        }
        let field = 0;
        let start = from;
        texts.length = 0;
        for (let i = from; i <= to; i++) {
            const b = i < to ? buf[i] : COMMA;
            if (b === QUOTE)
                return false;
            if (b !== COMMA)
                continue;
            if (field >= slots.length)
                return false;
            const slot = slots[field];
            if (slot >= 0) {
                if (slot < numeric.length) {
                    const v = (0,_csv_number_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseNumberBytes */ .oX)(buf, start, i);
                    if (Number.isNaN(v))
                        return false;
                    scratch[slot] = v;
                }
                else {
                    const raw = buf.toString('utf8', start, i);
                    texts[slot - numeric.length] = NULLS.has(raw) ? null : raw;
                }
            }
            field++;
            start = i + 1;
        }
        if (field !== slots.length)
            return false;
        for (let k = 0; k < numeric.length; k++)
            numeric[k].values.push(scratch[k]);
        for (let k = 0; k < text.length; k++)
            text[k].values.push(texts[k]);
        rows++;
        return true;
    };
    const summary = await (0,_csv_byte_csv_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .readCsvFile */ .FU)(absolute, { displayPath: display, onLine, ...(range ? { range } : {}) }, mapColumns, (rec) => {
        rows++;
        const width = range ? range.header.length : header.length;
        if (rec.count !== width)
            throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
                file: display,
                line: rec.line,
                message: `A row of the ${spec.role} data has ${rec.count} fields`,
                expected: `${width} fields, as in the header`,
                found: `${rec.count}`,
            });
        for (const c of numeric) {
            const v = (0,_csv_number_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseNumberBytes */ .oX)(rec.buf, rec.start[c.index], rec.end[c.index]);
            if (!Number.isNaN(v)) {
                c.values.push(v);
                continue;
            }
            const raw = (0,_csv_byte_csv_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldText */ .gF)(rec, c.index);
            if (NULLS.has(raw.trim())) {
                c.values.push(Number.NaN);
                continue;
            }
            throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
                file: display,
                line: rec.line,
                message: `Column "${c.name}" of the ${spec.role} data is not a number`,
                expected: `a number, or a missing value (${_ssot_data_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_NULL_VALUES */ .L.map((s) => JSON.stringify(s)).join(', ')})`,
                found: JSON.stringify(raw),
            });
        }
        for (const c of text) {
            const raw = (0,_csv_byte_csv_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldText */ .gF)(rec, c.index);
            c.values.push(NULLS.has(raw) ? null : raw);
        }
    });
    return {
        header: range ? range.header : header.length ? header : summary.header,
        rows,
        numericNames: numeric.map((c) => c.name),
        numeric: numeric.map((c) => c.values.toArray()),
        textNames: text.map((c) => c.name),
        text: text.map((c) => c.values),
        nextLine: summary.nextLine,
    };
}
/** A Float64Array that doubles when full: no boxed numbers for million-row windows. */
class GrowableF64 {
    data = new Float64Array(1024);
    length = 0;
    push(v) {
        if (this.length === this.data.length) {
            const bigger = new Float64Array(this.data.length * 2);
            bigger.set(this.data);
            this.data = bigger;
        }
        this.data[this.length++] = v;
    }
    toArray() {
        return this.data.slice(0, this.length);
    }
}


/***/ }),

/***/ 95911:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readHoldout: () => (/* binding */ readHoldout)
});

// EXTERNAL MODULE: ./build/src/csv/byte-csv-reader.js + 1 modules
var byte_csv_reader = __webpack_require__(51111);
// EXTERNAL MODULE: ./build/src/csv/range-workers.js + 2 modules
var range_workers = __webpack_require__(58348);
// EXTERNAL MODULE: ./build/src/contract/errors.js
var errors = __webpack_require__(68081);
// EXTERNAL MODULE: ./build/src/ssot/data-schema.js
var data_schema = __webpack_require__(51083);
// EXTERNAL MODULE: ./build/src/csv/number-parse.js
var number_parse = __webpack_require__(57503);
// EXTERNAL MODULE: ./build/src/onnx/class-map.js
var class_map = __webpack_require__(1334);
;// CONCATENATED MODULE: ./build/src/gates/g1/holdout-line.js
/**
 * The fast path of the holdout reader (CsvReadOptions.onLine) for the common
 * holdout: numeric features, and a label matched by its bytes or numeric
 * regression targets; no text features, slices or weights. One pass over a
 * quote-free record finds its fields and parses plain decimals (`-12.5`: at
 * most 9 integer and 9 fraction digits, 15 in all, no exponent, no spaces),
 * which are exact with one division, so each value is the one
 * parseNumberBytes (and Number()) gives; G0's TableValidator.onLine parses
 * the same way. A record with anything else (another number form, a null
 * token, a label that is not a class name, the wrong field count) is left
 * untouched to the general path, which pushes or reports it as before.
 */
const COMMA = 44;
const MINUS = 45;
const DOT = 46;
const ZERO = 48;
const POW10 = Float64Array.from({ length: 16 }, (_, i) => 10 ** i);
const UNUSED = 0;
const NUMBER = 1;
const INTEGER = 2;
const LABEL = 3;
/** The class index whose name has exactly the bytes `buf[s, e)`, or -1. */
function matchBytes(buf, s, e, classes) {
    const len = e - s;
    for (let c = 0; c < classes.length; c++) {
        const name = classes[c];
        if (name.length !== len)
            continue;
        let k = 0;
        while (k < len && buf[s + k] === name[k])
            k++;
        if (k === len)
            return c;
    }
    return -1;
}
/** The fast path for these columns, or undefined when a field would play two parts. */
function holdoutLine(cols) {
    const { width, numeric, targets, target: label, classBytes, labels } = cols;
    const kinds = new Uint8Array(width);
    const claim = (index, kind) => {
        if (kinds[index] !== UNUSED && kinds[index] !== kind)
            return false;
        kinds[index] = kind;
        return true;
    };
    for (const c of numeric)
        if (!claim(c.index, c.int ? INTEGER : NUMBER))
            return undefined;
    for (const t of targets)
        if (!claim(t.index, NUMBER))
            return undefined;
    if (label >= 0 && !claim(label, LABEL))
        return undefined;
    const values = new Float64Array(width);
    const last = width - 1;
    return (buf, from, to) => {
        let i = from;
        let labelStart = 0;
        let labelEnd = 0;
        for (let k = 0; k <= last; k++) {
            const kind = kinds[k];
            if (kind === NUMBER || kind === INTEGER) {
                const negative = i < to && buf[i] === MINUS;
                if (negative)
                    i++;
                const intStart = i;
                let whole = 0;
                while (i < to) {
                    const c = buf[i] - ZERO;
                    if (c >>> 0 > 9)
                        break;
                    whole = (whole * 10 + c) | 0;
                    i++;
                }
                const intDigits = i - intStart;
                let fraction = 0;
                let fracDigits = 0;
                if (i < to && buf[i] === DOT) {
                    const fracStart = ++i;
                    while (i < to) {
                        const c = buf[i] - ZERO;
                        if (c >>> 0 > 9)
                            break;
                        fraction = (fraction * 10 + c) | 0;
                        i++;
                    }
                    fracDigits = i - fracStart;
                }
                if (intDigits + fracDigits === 0 ||
                    intDigits > 9 ||
                    fracDigits > 9 ||
                    intDigits + fracDigits > 15 ||
                    (i !== to && buf[i] !== COMMA))
                    return false;
                const x = fracDigits === 0 ? whole : (whole * POW10[fracDigits] + fraction) / POW10[fracDigits];
                if (kind === INTEGER && !Number.isInteger(x))
                    return false;
                values[k] = negative ? -x : x;
            }
            else {
                const s = i;
                while (i < to && buf[i] !== COMMA)
                    i++;
                if (kind === LABEL) {
                    labelStart = s;
                    labelEnd = i;
                }
            }
            if (k < last) {
                if (i === to)
                    return false; // too few fields
                i++;
            }
            else if (i !== to) {
                return false; // too many fields
            }
        }
        let cls = -1;
        if (label >= 0) {
            cls = matchBytes(buf, labelStart, labelEnd, classBytes);
            if (cls < 0)
                return false;
        }
        for (let c = 0; c < numeric.length; c++) {
            const col = numeric[c];
            col.values.push(values[col.index]);
        }
        for (let t = 0; t < targets.length; t++) {
            const col = targets[t];
            col.values.push(values[col.index]);
        }
        if (cls >= 0)
            labels.push(cls);
        return true;
    };
}

;// CONCATENATED MODULE: ./build/src/gates/g1/holdout.js







const NULLS = new Set(data_schema/* DEFAULT_NULL_VALUES */.L);
/**
 * Reads the holdout CSV with the byte reader. Numeric features become
 * Float64Array (missing = NaN, which tree models treat as missing); the label
 * must be present and valid on every row, since a KPI over a partial label
 * set would be silently wrong.
 */
async function readHoldout(absolute, display, model, threads, options = {}) {
    const run = await (0,range_workers/* runRangeTask */.W3)('holdout', absolute, display, threads, model, { ...options, digest: true });
    const parts = run ? run.parts.map((p) => p.result) : [await readPart(absolute, display, model)];
    const rows = parts.reduce((n, p) => n + p.rows, 0);
    if (rows === 0)
        throw new errors/* InputError */.dz({
            file: display,
            message: 'The holdout has no data rows',
            expected: 'at least one row to evaluate the model on',
            found: 'a header only',
        });
    const weights = model.weight !== undefined
        ? concat(parts.map((p) => p.weights), (n) => new Float64Array(n))
        : undefined;
    const slices = new Map(parts[0].sliceNames.map((name, i) => [name, parts.flatMap((p) => p.slices[i])]));
    if (weights)
        checkWeightSums(weights, model.weight, slices, display);
    const features = new Map();
    parts[0].numericNames.forEach((name, i) => features.set(name, concat(parts.map((p) => p.numeric[i]), (n) => new Float64Array(n))));
    parts[0].textNames.forEach((name, i) => features.set(name, parts.flatMap((p) => p.text[i])));
    return {
        rows,
        features,
        y: parts[0].y.map((_, t) => concat(parts.map((p) => p.y[t]), (n) => new Float64Array(n))),
        labels: concat(parts.map((p) => p.labels), (n) => new Int32Array(n)),
        slices,
        ...(weights ? { weights } : {}),
        ...(run?.digest ? { digest: run.digest } : {}),
    };
}
/**
 * A weighted metric divides by the summed weight of its rows: weights that
 * sum to 0 over the holdout, or over the rows of one slice value, leave every
 * metric there undefined. Each is an error naming the column (and the slice),
 * never NaN.
 */
function checkWeightSums(weights, column, slices, display) {
    let total = 0;
    for (const v of weights)
        total += v;
    if (!(total > 0)) {
        throw new errors/* InputError */.dz({
            file: display,
            message: `Every sample weight in column "${column}" is 0, so no weighted metric is defined`,
            expected: 'at least one row with a positive weight',
            found: `${weights.length} rows, all with weight 0`,
        });
    }
    for (const [name, values] of slices) {
        const sums = new Map();
        values.forEach((v, i) => {
            const s = sums.get(v);
            if (s) {
                s.sum += weights[i];
                s.rows++;
            }
            else
                sums.set(v, { sum: weights[i], rows: 1, first: i });
        });
        for (const [value, s] of sums) {
            if (s.sum > 0)
                continue;
            throw new errors/* InputError */.dz({
                file: display,
                message: `Slice ${name}=${JSON.stringify(value)} has ${s.rows} row${s.rows > 1 ? 's' : ''} (the first is data row ${s.first + 1}), all with sample weight 0 in column "${column}": every weighted metric on that slice would divide by zero`,
                expected: `a positive total weight in every value of slice column "${name}" (give those rows a weight, or drop them from the holdout)`,
                found: `total weight 0 over ${s.rows} row${s.rows > 1 ? 's' : ''}`,
            });
        }
    }
}
(0,range_workers/* defineRangeTask */.sG)('holdout', async (job) => {
    const part = await readPart(job.absolute, job.display, job.params, {
        ...job.range,
        header: job.header,
    });
    return { result: part, rows: part.rows, lines: part.nextLine };
});
/** Joins the parts' typed arrays in file order. */
function concat(arrays, make) {
    const out = make(arrays.reduce((n, a) => n + a.length, 0));
    let at = 0;
    for (const a of arrays) {
        out.set(a, at);
        at += a.length;
    }
    return out;
}
async function readPart(absolute, display, model, range) {
    const numeric = [];
    const text = [];
    const slices = [];
    const targets = [];
    let target = -1;
    let weight = -1;
    const weights = model.weight !== undefined ? new GrowableF64() : undefined;
    const labels = [];
    const classes = new class_map/* ClassMap */.D(model.classes ?? []);
    const classBytes = classes.names.map((c) => Buffer.from(c, 'utf8'));
    const regression = model.task === 'regression';
    let fast;
    const mapColumns = (header, line) => {
        const col = (name, what) => {
            const i = header.indexOf(name);
            if (i < 0)
                throw new errors/* InputError */.dz({
                    file: display,
                    line,
                    message: `The holdout has no ${what} column "${name}"`,
                    expected: `a column "${name}"`,
                    found: `columns ${header.join(', ')}`,
                });
            return i;
        };
        for (const f of model.features) {
            if (f.dtype === 'string')
                text.push({ name: f.name, index: col(f.name, 'feature'), values: [] });
            else
                numeric.push({
                    name: f.name,
                    index: col(f.name, 'feature'),
                    values: new GrowableF64(),
                    int: f.dtype === 'int64',
                });
        }
        if (regression)
            for (const t of model.targets)
                targets.push({ name: t.name, index: col(t.column, 'target'), values: new GrowableF64() });
        else
            target = col(model.targets[0].column, 'label');
        for (const s of model.slices)
            slices.push({ name: s, index: col(s, 'slice'), values: [] });
        if (model.weight !== undefined)
            weight = col(model.weight, 'sample weight');
        // The common holdout (numbers and a label or targets) takes the one-pass path (holdout-line.ts).
        if (text.length + slices.length === 0 && !weights)
            fast = holdoutLine({ width: header.length, numeric, targets, target, classBytes, labels });
    };
    if (range)
        mapColumns(range.header, 1);
    const summary = await (0,byte_csv_reader/* readCsvFile */.FU)(absolute, {
        displayPath: display,
        ...(range ? { range } : {}),
        onLine: (buf, from, to, line, offset) => fast?.(buf, from, to, line, offset) === true,
    }, mapColumns, (rec) => {
        for (const c of numeric) {
            // Parse first; decode the cell only when it is not a number (a null token or bad text).
            const v = (0,number_parse/* parseNumberBytes */.oX)(rec.buf, rec.start[c.index], rec.end[c.index]);
            if (!Number.isNaN(v) && (!c.int || Number.isInteger(v))) {
                c.values.push(v);
                continue;
            }
            const raw = (0,byte_csv_reader/* fieldText */.gF)(rec, c.index);
            if (NULLS.has(raw) && !c.int) {
                c.values.push(Number.NaN);
                continue;
            }
            if (NULLS.has(raw))
                throw new errors/* InputError */.dz({
                    file: display,
                    line: rec.line,
                    message: `Missing value in int64 feature "${c.name}"`,
                    expected: 'an integer',
                    found: JSON.stringify(raw),
                });
            throw new errors/* InputError */.dz({
                file: display,
                line: rec.line,
                message: `Feature "${c.name}" is not ${c.int ? 'an integer' : 'a number'}`,
                expected: c.int ? 'an integer' : 'a number',
                found: JSON.stringify(raw),
            });
        }
        if (weights)
            weights.push(readWeight(rec, weight, model.weight, display));
        for (const c of text)
            c.values.push((0,byte_csv_reader/* fieldText */.gF)(rec, c.index));
        for (const s of slices)
            s.values.push((0,byte_csv_reader/* fieldText */.gF)(rec, s.index));
        if (regression) {
            for (const t of targets) {
                const v = (0,number_parse/* parseNumberBytes */.oX)(rec.buf, rec.start[t.index], rec.end[t.index]);
                if (!Number.isFinite(v)) {
                    const raw = (0,byte_csv_reader/* fieldText */.gF)(rec, t.index);
                    const what = Number.isNaN(v)
                        ? 'is missing or not a number'
                        : 'is not a finite number (it overflows a 64-bit float)';
                    throw new errors/* InputError */.dz({
                        file: display,
                        line: rec.line,
                        message: `Target "${t.name}" ${what}`,
                        expected: 'a finite number on every holdout row',
                        found: JSON.stringify(raw),
                    });
                }
                t.values.push(v);
            }
        }
        else {
            // Compare bytes with the class names first; decode only what does not match one.
            const c0 = matchBytes(rec.buf, rec.start[target], rec.end[target], classBytes);
            if (c0 >= 0) {
                labels.push(c0);
                return;
            }
            const raw = (0,byte_csv_reader/* fieldText */.gF)(rec, target);
            const c = classes.ofCell(raw);
            if (c < 0) {
                throw new errors/* InputError */.dz({
                    file: display,
                    line: rec.line,
                    message: `Label "${model.targets[0].name}" is not one of the model's classes`,
                    expected: `one of ${classes.describe()} (labels by value, as in ssot/model.json classes)`,
                    found: JSON.stringify(raw),
                });
            }
            labels.push(c);
        }
    });
    return {
        rows: regression ? (targets[0]?.values.length ?? 0) : labels.length,
        numericNames: numeric.map((c) => c.name),
        numeric: numeric.map((c) => c.values.toArray()),
        textNames: text.map((c) => c.name),
        text: text.map((c) => c.values),
        sliceNames: slices.map((c) => c.name),
        slices: slices.map((c) => c.values),
        y: targets.map((t) => t.values.toArray()),
        labels: Int32Array.from(labels),
        ...(weights ? { weights: weights.toArray() } : {}),
        nextLine: summary.nextLine,
    };
}
/** One row's sample weight: a finite number, at least 0. Anything else names the line, the column and the cell. */
function readWeight(rec, index, column, display) {
    const v = (0,number_parse/* parseNumberBytes */.oX)(rec.buf, rec.start[index], rec.end[index]);
    if (Number.isFinite(v) && v >= 0)
        return v;
    const raw = (0,byte_csv_reader/* fieldText */.gF)(rec, index);
    const problem = (message) => new errors/* InputError */.dz({
        file: display,
        line: rec.line,
        message: `Sample weight "${column}" ${message}`,
        expected: 'a finite number >= 0 on every holdout row',
        found: JSON.stringify(raw),
    });
    if (raw.trim() === '')
        throw problem('is empty');
    if (/^\s*[+-]?(nan|inf|infinity)\s*$/i.test(raw))
        throw problem('is not a finite number');
    if (NULLS.has(raw))
        throw problem('is missing');
    if (Number.isNaN(v))
        throw problem('is not a number');
    if (!Number.isFinite(v))
        throw problem('is not a finite number (it overflows a 64-bit float)');
    throw problem('is negative');
}
/** A Float64Array that doubles when full: no boxed numbers for million-row holdouts. */
class GrowableF64 {
    data = new Float64Array(1024);
    length = 0;
    push(v) {
        if (this.length === this.data.length) {
            const bigger = new Float64Array(this.data.length * 2);
            bigger.set(this.data);
            this.data = bigger;
        }
        this.data[this.length++] = v;
    }
    toArray() {
        return this.data.slice(0, this.length);
    }
}


/***/ }),

/***/ 21088:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ unknownVariables),
/* harmony export */   I: () => (/* binding */ logSpec)
/* harmony export */ });
const VARIABLE_ROLES = [
    'production',
    'shadow',
    'productionLower',
    'productionUpper',
    'shadowLower',
    'shadowUpper',
    'truth',
];
/** The default column of a variable's role: production_V, shadow_V_lower, actual_V... */
function defaultColumn(variable, role) {
    switch (role) {
        case 'production':
            return `production_${variable}`;
        case 'shadow':
            return `shadow_${variable}`;
        case 'productionLower':
            return `production_${variable}_lower`;
        case 'productionUpper':
            return `production_${variable}_upper`;
        case 'shadowLower':
            return `shadow_${variable}_lower`;
        case 'shadowUpper':
            return `shadow_${variable}_upper`;
        case 'truth':
            return `actual_${variable}`;
    }
}
/** The log columns of every model variable, defaults applied. */
function logSpec(config, configFile, task, variables, classes) {
    const c = config.columns ?? {};
    const col = (key, fallback) => c[key] !== undefined ? { name: c[key], pointer: `/columns/${key}` } : { name: fallback };
    return {
        task,
        ...(classes ? { classes } : {}),
        configFile,
        timestamp: col('timestamp', 'timestamp'),
        requestId: col('requestId', 'request_id'),
        error: col('error', 'shadow_error'),
        shadowLatency: col('shadowLatency', 'shadow_latency_ms'),
        productionLatency: col('productionLatency', 'production_latency_ms'),
        variables: variables.map((name) => {
            const given = c.variables?.[name] ?? {};
            const entry = { name };
            for (const role of VARIABLE_ROLES) {
                const named = given[role];
                entry[role] =
                    named !== undefined
                        ? { name: named, pointer: `/columns/variables/${escapeToken(name)}/${role}` }
                        : { name: defaultColumn(name, role) };
            }
            return entry;
        }),
    };
}
/** Variables that shadow.json configures but the model does not have: a typo that would go unnoticed. */
function unknownVariables(config, variables) {
    return Object.keys(config.columns?.variables ?? {}).filter((v) => !variables.includes(v));
}
function escapeToken(token) {
    return token.replace(/~/g, '~0').replace(/\//g, '~1');
}


/***/ }),

/***/ 39665:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ findGate)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./build/src/csv/byte-csv-reader.js + 1 modules
var byte_csv_reader = __webpack_require__(51111);
// EXTERNAL MODULE: ./build/src/contract/errors.js
var errors = __webpack_require__(68081);
;// CONCATENATED MODULE: ./build/src/engine/outcome.js
/**
 * The verdict rule shared by every gate: any problem or any check in `error`
 * makes the gate `error` (it could not judge); otherwise any blocking failure
 * makes it `fail`. Warnings and skipped checks never fail a gate on their own.
 */
function decideStatus(checks, problemCount) {
    if (problemCount > 0 || checks.some((c) => c.status === 'error'))
        return 'error';
    if (checks.some((c) => c.status === 'fail'))
        return 'fail';
    return 'pass';
}
/** Counts checks by status, for summaries. */
function countChecks(checks) {
    const counts = { pass: 0, fail: 0, warn: 0, skipped: 0, error: 0 };
    for (const c of checks)
        counts[c.status]++;
    return counts;
}
/** "12 checks: 10 passed, 1 failed, 1 warning". */
function describeCounts(checks) {
    const c = countChecks(checks);
    const parts = [`${c.pass} passed`];
    if (c.fail)
        parts.push(`${c.fail} failed`);
    if (c.warn)
        parts.push(`${c.warn} warning${c.warn > 1 ? 's' : ''}`);
    if (c.error)
        parts.push(`${c.error} could not be computed`);
    if (c.skipped)
        parts.push(`${c.skipped} skipped`);
    return `${checks.length} checks: ${parts.join(', ')}`;
}

// EXTERNAL MODULE: ./build/src/ssot/data-schema.js
var data_schema = __webpack_require__(51083);
// EXTERNAL MODULE: ./build/src/gates/g0/table-validator.js + 5 modules
var table_validator = __webpack_require__(87774);
;// CONCATENATED MODULE: ./build/src/gates/g0/judge.js

/**
 * Turns validated tables into checks: one per rule and column per file, with
 * exact counts. Value rules honour `mostly` (the fraction of non-missing
 * values that must pass); range rules report the observed extreme in the
 * column's unit so the table reads "max 35.6 °C <= 45 °C".
 */
function judgeTables(tables, schema) {
    const checks = [];
    for (const t of tables)
        checks.push(...judgeTable(t, schema));
    return checks;
}
function judge_status(ok, severity) {
    return ok ? 'pass' : severity === 'warn' ? 'warn' : 'fail';
}
function judgeTable(t, schema) {
    const checks = [];
    const id = (suffix) => `G0.${t.role}.${suffix}`;
    const source = { file: schema.file };
    const ds = schema.dataset;
    checks.push({
        id: id('rows.min'),
        rule: 'min_rows',
        value: t.rows,
        operator: '>=',
        threshold: ds.minRows,
        unit: 'rows',
        status: judge_status(t.rows >= ds.minRows, 'block'),
        severity: 'block',
        message: `${t.file}: ${t.rows} data rows`,
        source: { ...source, pointer: '/x-dataset/minRows' },
    });
    if (ds.maxRows !== undefined) {
        checks.push({
            id: id('rows.max'),
            rule: 'max_rows',
            value: t.rows,
            operator: '<=',
            threshold: ds.maxRows,
            unit: 'rows',
            status: judge_status(t.rows <= ds.maxRows, 'block'),
            severity: 'block',
            message: `${t.file}: ${t.rows} data rows`,
            source: { ...source, pointer: '/x-dataset/maxRows' },
        });
    }
    checks.push({
        id: id('columns.missing'),
        rule: 'required_columns',
        value: t.missingColumns.length,
        operator: '<=',
        threshold: 0,
        unit: 'columns',
        status: judge_status(t.missingColumns.length === 0, 'block'),
        severity: 'block',
        message: t.missingColumns.length
            ? `${t.file} lacks ${t.missingColumns.join(', ')}`
            : `${t.file} has every required column`,
        source: { ...source, pointer: '/required' },
    });
    // With no required column, a file could hold none of the schema's columns and pass having checked nothing.
    const known = t.columns.length;
    checks.push({
        id: id('columns.known'),
        rule: 'schema_columns_present',
        value: known,
        operator: '>=',
        threshold: 1,
        unit: 'columns',
        status: judge_status(known >= 1, 'block'),
        severity: 'block',
        message: known
            ? `${known} of ${schema.columns.length} schema columns are in ${t.file}`
            : `none of the ${schema.columns.length} schema columns is in ${t.file}: nothing could be validated`,
        source: { ...source, pointer: '/properties' },
    });
    checks.push({
        id: id('columns.extra'),
        rule: 'extra_columns',
        value: t.extraColumns.length,
        ...(ds.allowExtraColumns ? {} : { operator: '<=', threshold: 0 }),
        unit: 'columns',
        status: ds.allowExtraColumns ? 'pass' : judge_status(t.extraColumns.length === 0, 'block'),
        severity: 'block',
        message: t.extraColumns.length
            ? `${t.file} has columns the schema does not define: ${t.extraColumns.join(', ')}${ds.allowExtraColumns ? ' (allowed by x-dataset.allowExtraColumns)' : ''}`
            : `${t.file} has no extra columns`,
        source: { ...source, pointer: '/x-dataset/allowExtraColumns' },
    });
    checks.push({
        id: id('structure.field_count'),
        rule: 'field_count',
        value: t.raggedRows,
        operator: '<=',
        threshold: 0,
        unit: 'rows',
        status: judge_status(t.raggedRows === 0, 'block'),
        severity: 'block',
        message: t.raggedRows
            ? `${t.raggedRows} rows of ${t.file} do not have ${t.header.length} fields`
            : `every row of ${t.file} has ${t.header.length} fields`,
    });
    ds.unique.forEach((key, k) => {
        const present = key.every((c) => t.header.includes(c));
        const dups = t.duplicates[k] ?? 0;
        checks.push({
            id: id(`unique.${key.join('+')}`),
            rule: 'unique',
            variable: key.join('+'),
            value: present ? dups : null,
            operator: '<=',
            threshold: 0,
            unit: 'rows',
            status: present ? judge_status(dups === 0, 'block') : 'skipped',
            severity: 'block',
            message: present
                ? `${dups} duplicate keys`
                : `key columns missing from ${t.file}; reported by required_columns`,
            source: { ...source, pointer: `/x-dataset/unique/${k}` },
        });
    });
    for (const col of t.columns)
        checks.push(...judgeColumn(col, id, schema.file));
    return checks;
}
function judgeColumn(col, id, schemaFile) {
    const r = col.rules;
    const checks = [];
    const src = (key) => ({
        file: schemaFile,
        pointer: key ? `${r.pointer}/${key}` : r.pointer,
    });
    const total = col.checked + col.missing;
    const count = (rule) => col.counts[table_validator/* CELL_RULES */.N.indexOf(rule)] ?? 0;
    const base = { variable: r.name, severity: r.severity };
    if (r.maxMissingRatio !== undefined) {
        const ratio = total === 0 ? 0 : col.missing / total;
        checks.push({
            ...base,
            id: id(`${r.name}.missing_ratio`),
            rule: 'missing_ratio',
            value: ratio,
            operator: '<=',
            threshold: r.maxMissingRatio,
            unit: 'ratio',
            status: judge_status(ratio <= r.maxMissingRatio, r.severity),
            details: { missing: col.missing, rows: total },
            source: src('x-max-missing-ratio'),
        });
    }
    if (!r.nullable || count('null') > 0) {
        checks.push({
            ...base,
            id: id(`${r.name}.not_null`),
            rule: 'not_null',
            value: count('null'),
            operator: '<=',
            threshold: 0,
            unit: 'rows',
            status: judge_status(count('null') === 0, r.severity),
            message: r.nullable
                ? 'nullable column'
                : `${count('null')} missing values; the column is not nullable`,
            source: src('type'),
        });
    }
    // Value rules: the fraction of non-missing values that pass must reach `mostly`.
    const allowed = Math.floor(col.checked * (1 - r.mostly) + 1e-9);
    const valueCheck = (rule, extra) => {
        const failures = count(rule);
        const passRatio = col.checked === 0 ? 1 : (col.checked - failures) / col.checked;
        checks.push({
            ...base,
            id: id(`${r.name}.${rule}`),
            rule,
            value: failures,
            operator: '<=',
            threshold: allowed,
            unit: 'rows',
            status: judge_status(failures <= allowed, r.severity),
            details: { failures, checked: col.checked, passRatio, mostly: r.mostly },
            source: src(rule === 'type' ? 'type' : rule),
            ...extra,
        });
    };
    valueCheck('type', { message: `values must be ${r.type}` });
    const p = col.profile;
    const range = (rule, op, observed) => {
        const bound = r[rule];
        if (bound === undefined)
            return;
        valueCheck(rule, {
            value: observed ?? null,
            operator: op,
            threshold: bound,
            ...(r.unit !== undefined ? { unit: r.unit } : { unit: '' }),
            message: `${count(rule)} of ${col.checked} values outside the bound (observed ${rule.includes('inimum') ? 'min' : 'max'} ${observed ?? 'n/a'})`,
        });
    };
    range('minimum', '>=', p.min);
    range('maximum', '<=', p.max);
    range('exclusiveMinimum', '>', p.min);
    range('exclusiveMaximum', '<', p.max);
    if (r.enumStrings || r.enumNumbers)
        valueCheck('enum', {
            message: `allowed: ${[...(r.enumStrings ?? r.enumNumbers ?? [])].join(', ')}`,
        });
    if (r.pattern)
        valueCheck('pattern', { message: `pattern ${r.pattern.source}` });
    if (r.minLength !== undefined)
        valueCheck('minLength', {});
    if (r.maxLength !== undefined)
        valueCheck('maxLength', {});
    if (r.format !== undefined)
        valueCheck('format', { message: `format ${r.format}` });
    return checks;
}

// EXTERNAL MODULE: ./build/src/csv/range-workers.js + 2 modules
var range_workers = __webpack_require__(58348);
// EXTERNAL MODULE: ./build/src/gates/g0/parallel.js
var g0_parallel = __webpack_require__(14213);
// EXTERNAL MODULE: ./build/src/contract/digits.js
var digits = __webpack_require__(70020);
;// CONCATENATED MODULE: ./build/src/gates/g0/index.js










/** G0 Data Quality: every data file against `ssot/data_schema.json`. */
const g0 = {
    id: 'G0',
    options: {
        'max-violations': 'how many violations the report lists (the counts are always exact); overrides x-dataset.maxReportedViolations',
        threads: 'threads that read large CSV files (default: the available cores, at most 8); MODELGATE_THREADS also sets it',
    },
    async run(ctx) {
        const rawSchema = await ctx.ssot.dataSchema();
        const schema = (0,data_schema/* compileDataSchema */.p)(rawSchema, ctx.ssot.display('data_schema.json'));
        const threads = (0,range_workers/* threadCount */.Cc)(ctx.inputs.options.threads);
        const inputs = await dataInputs(ctx);
        const maxViolations = ctx.inputs.options['max-violations'];
        if (maxViolations !== undefined)
            schema.dataset.maxReportedViolations = parseCount(maxViolations, 'max-violations');
        const tables = [];
        const data = [];
        const files = [];
        for (const input of inputs) {
            const absolute = ctx.workspace.resolve(input.path, `${input.role} data`);
            const display = ctx.workspace.display(absolute);
            // A large file is hashed by one of the threads that validate it; else beside the sequential read.
            const parallel = await (0,g0_parallel.validateFileParallel)(absolute, display, input.role, schema, threads);
            const digest = ctx.describeFile(absolute, input.role, undefined, parallel?.digest);
            digest.catch(() => { });
            const { table, summary } = parallel ?? (await validateFile(absolute, display, input.role, schema));
            tables.push(table);
            data.push({ ...(await digest), rows: table.rows });
            files.push({
                file: display,
                role: input.role,
                rows: table.rows,
                bytes: summary.bytes,
                bom: summary.hadBom,
                lineEnding: summary.lineEnding,
                reader: parallel?.reader ?? 'sequential',
            });
        }
        const binding = await modelBinding(ctx);
        const checks = judgeTables(tables, schema);
        const status = decideStatus(checks, 0);
        const totalViolations = tables.reduce((n, t) => n + t.totalViolations, 0);
        const rows = tables.reduce((n, t) => n + t.rows, 0);
        return {
            status,
            summary: `${tables.length} file${tables.length > 1 ? 's' : ''}, ${(0,digits/* groupDigits */.K)(rows)} rows, ${(0,digits/* groupDigits */.K)(totalViolations)} violations; ${describeCounts(checks)}`,
            subject: { ...(binding.subject ? { model: binding.subject } : {}), data, artifacts: [] },
            checks,
            problems: [],
            report: {
                ...(binding.model ? { model: binding.model } : {}),
                files,
                profile: tables.flatMap((t) => t.columns.map((c) => c.profile)),
                violations: tables.flatMap((t) => t.violations),
                violationCounts: violationCounts(tables),
                totalViolations,
                maxReportedViolations: schema.dataset.maxReportedViolations,
            },
        };
    },
};
/** Validates one CSV file; structural errors become InputErrors naming the file and line. */
async function validateFile(absolute, display, role, schema) {
    const validator = new table_validator/* TableValidator */.B(schema, display, role);
    const summary = await (0,byte_csv_reader/* readCsvFile */.FU)(absolute, {
        displayPath: display,
        scanLine: (buf, from, limit, line, offset) => validator.scanLine(buf, from, limit, line, offset),
    }, (header, line) => {
        const problem = validator.onHeader(header, line);
        if (problem)
            throw new errors/* InputError */.dz({
                file: display,
                line,
                message: 'Unusable header',
                expected: 'a header line of unique, non-empty column names',
                found: problem,
            });
    }, (rec) => validator.onRecord(rec));
    return { table: validator.finish(), summary };
}
/**
 * The model this data is for, from ssot/model.json when there is one: its
 * name, and the digest of its file when the file exists, so that the release
 * chain (G0 to G5) binds this verdict to a model. G0 does not judge the model.
 */
async function modelBinding(ctx) {
    if (!ctx.ssot.has('model.json'))
        return {};
    const model = await ctx.ssot.model();
    const path = ctx.ssot.resolveRepoPath(model.paths.model, 'model', '/paths/model');
    const subject = (0,external_node_fs_.existsSync)(path) ? await ctx.describeFile(path, 'model') : undefined;
    return {
        model: {
            name: model.name,
            version: model.version ?? null,
            owner: model.owner,
            stage: model.stage,
        },
        ...(subject ? { subject } : {}),
    };
}
/** Data files from the inputs, or else the training, holdout and reference paths of ssot/model.json. */
async function dataInputs(ctx) {
    if (ctx.inputs.data.length > 0)
        return ctx.inputs.data;
    let paths = {};
    try {
        paths = (await ctx.ssot.model()).paths;
    }
    catch {
        // No usable model.json: the data must come from the inputs.
    }
    const fromModel = ['training', 'reference', 'holdout']
        .filter((role) => paths[role] !== undefined)
        .map((role) => ({
        role,
        path: ctx.ssot.resolveRepoPath(paths[role], `${role} data`, `/paths/${role}`),
    }));
    const unique = fromModel.filter((d, i) => fromModel.findIndex((e) => e.path === d.path) === i);
    if (unique.length === 0) {
        throw new errors/* InputError */.dz({
            message: 'G0 has no data to validate',
            expected: 'one or more data files (--data FILE, the `data` input, or paths.training/holdout/reference in ssot/model.json)',
            found: 'none',
        });
    }
    return unique;
}
function violationCounts(tables) {
    const counts = {};
    for (const t of tables) {
        const add = (rule, n) => {
            if (n > 0)
                counts[`${t.role}:${rule}`] = (counts[`${t.role}:${rule}`] ?? 0) + n;
        };
        add('field_count', t.raggedRows);
        t.duplicates.forEach((n, k) => add(`unique[${k}]`, n));
        for (const c of t.columns)
            c.counts.forEach((n, i) => add(`${c.rules.name}.${table_validator/* CELL_RULES */.N[i]}`, n));
    }
    return counts;
}
function parseCount(raw, name) {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0)
        throw new errors/* InputError */.dz({
            message: `Invalid option ${name}`,
            expected: 'a whole number >= 0',
            found: JSON.stringify(raw),
        });
    return n;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./build/src/ssot/model-config.js
var model_config = __webpack_require__(79861);
// EXTERNAL MODULE: ./build/src/stats/quantile.js
var quantile = __webpack_require__(38260);
;// CONCATENATED MODULE: ./build/src/stats/bootstrap.js

/**
 * Seeded, reproducible nonparametric bootstrap. Each resample draws n row
 * numbers with replacement from a mulberry32 stream, so the same seed gives
 * the same intervals on every machine. Candidate and baseline are evaluated
 * on the same resamples (a paired bootstrap), so a delta's interval reflects
 * only the difference between the models, not the holdout's own noise twice.
 */
function mulberry32(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/**
 * Calls `visit` with each of `count` resamples of n row numbers. One buffer
 * is reused, so memory stays at n integers whatever the count; callers
 * evaluate every KPI of both models inside `visit`, on the same resample.
 */
function forEachResample(n, count, seed, visit) {
    const random = mulberry32(seed);
    const idx = new Int32Array(n);
    for (let b = 0; b < count; b++) {
        for (let i = 0; i < n; i++)
            idx[i] = Math.floor(random() * n);
        visit(idx, b);
    }
}
/** Percentile interval [lo, hi] at `confidence` (numpy-style linear interpolation). */
function percentileInterval(values, confidence) {
    const finite = Float64Array.from(values.filter((v) => Number.isFinite(v))).sort();
    const alpha = (1 - confidence) / 2;
    return [(0,quantile/* quantileSorted */.Z)(finite, alpha), (0,quantile/* quantileSorted */.Z)(finite, 1 - alpha)];
}
/** The most resamples without a value (NaN) an interval may leave out: beyond it the interval describes another population. */
const MAX_DROPPED_SHARE = 0.05;
/**
 * The percentile interval of bootstrap replicates at `confidence`, counting
 * the replicates without a value (a resample where the KPI is undefined, such
 * as AUC on a resample with one class). Up to MAX_DROPPED_SHARE of them are
 * left out and counted; beyond that no interval is given, with the reason,
 * because the remaining resamples are no longer a sample of the holdout.
 */
function bootstrapInterval(samples, confidence) {
    const total = samples.length;
    let dropped = 0;
    for (const v of samples)
        if (!Number.isFinite(v))
            dropped++;
    if (total === 0)
        return { reason: 'no bootstrap resamples were drawn', dropped, total };
    if (dropped > MAX_DROPPED_SHARE * total) {
        return {
            reason: `no bootstrap interval: ${dropped} of ${total} resamples had no value (more than ${MAX_DROPPED_SHARE * 100}%), e.g. a resample with a single class`,
            dropped,
            total,
        };
    }
    return { ci: percentileInterval(samples, confidence), dropped, total };
}
/**
 * Default resample count: 1000, reduced for large holdouts so that the work
 * (rows × resamples) stays near 2·10^8 per KPI, never below 100.
 */
function defaultResampleCount(n) {
    return Math.max(100, Math.min(1000, Math.floor(2e8 / Math.max(1, n))));
}

// EXTERNAL MODULE: ./build/src/onnx/model-io.js
var model_io = __webpack_require__(59637);
;// CONCATENATED MODULE: ./build/src/metrics/common.js

const EPS = 2.220446049250313e-16;
/** Machine epsilon of the probability output's dtype (numpy's finfo(dtype).eps): log loss clips with it. */
const DTYPE_EPS = { float32: 2 ** -23, float64: 2 ** -52 };
function size(n, idx) {
    return idx ? idx.length : n;
}
/** A weighted mean over rows whose weights sum to 0 divides by zero, so that is an error, never NaN. */
function zeroTotalWeight(what, rows) {
    return new errors/* InputError */.dz({
        message: `${what} is undefined: the sample weights of these ${rows} rows sum to 0`,
        expected: 'rows with a positive total sample weight',
        found: `${rows} rows, every weight 0`,
    });
}
/** Σ w·f(i) / Σ w over the rows, in one pass: scikit-learn's `_average(values, weights=sample_weight)`. */
function weightedMean(w, idx, what, f) {
    const n = size(w.length, idx);
    let s = 0;
    let total = 0;
    for (let k = 0; k < n; k++) {
        const i = idx ? idx[k] : k;
        const wi = w[i];
        total += wi;
        // A row of weight 0 adds nothing (and its term is not evaluated, so 0·∞ cannot make NaN).
        if (wi !== 0)
            s += wi * f(i);
    }
    if (!(total > 0))
        throw zeroTotalWeight(what, n);
    return s / total;
}
function zeroWeightClass(metric, cls, rows) {
    return new errors/* InputError */.dz({
        message: `${metric} is undefined: the ${rows} ${cls} rows carry a total sample weight of 0`,
        expected: `a positive total weight of the ${cls} rows`,
        found: `${rows} ${cls} rows, every weight 0`,
    });
}
function singleClass(metric, only, rows) {
    return new errors/* InputError */.dz({
        message: `${metric} is undefined: the labels contain a single class (${rows} ${only} rows, no ${only === 'positive' ? 'negative' : 'positive'} one)`,
        expected: 'both positive and negative labels',
        found: `one class only`,
    });
}

;// CONCATENATED MODULE: ./build/src/metrics/regression.js

/** Regression metrics: errors, R², bias and prediction intervals, as scikit-learn defines them. */
function mae(y, p, idx, w) {
    if (w)
        return weightedMean(w, idx, 'MAE', (i) => Math.abs(y[i] - p[i]));
    const n = size(y.length, idx);
    let s = 0;
    for (let k = 0; k < n; k++) {
        const i = idx ? idx[k] : k;
        s += Math.abs(y[i] - p[i]);
    }
    return s / n;
}
function rmse(y, p, idx, w) {
    if (w)
        return Math.sqrt(weightedMean(w, idx, 'RMSE', (i) => (y[i] - p[i]) ** 2));
    const n = size(y.length, idx);
    let s = 0;
    for (let k = 0; k < n; k++) {
        const i = idx ? idx[k] : k;
        const d = y[i] - p[i];
        s += d * d;
    }
    return Math.sqrt(s / n);
}
/** sklearn's mean_absolute_percentage_error: |y - p| / max(|y|, eps), as a fraction (not %). */
function mape(y, p, idx, w) {
    if (w)
        return weightedMean(w, idx, 'MAPE', (i) => Math.abs(y[i] - p[i]) / Math.max(Math.abs(y[i]), EPS));
    const n = size(y.length, idx);
    let s = 0;
    for (let k = 0; k < n; k++) {
        const i = idx ? idx[k] : k;
        s += Math.abs(y[i] - p[i]) / Math.max(Math.abs(y[i]), EPS);
    }
    return s / n;
}
/**
 * R² with sklearn's force_finite rule: a constant target gives 1 for a perfect fit, else 0.
 * Weighted: 1 − Σw(y − p)² / Σw(y − ȳ_w)², ȳ_w the weighted mean of y.
 */
function r2(y, p, idx, w) {
    if (w)
        return r2Weighted(y, p, idx, w);
    const n = size(y.length, idx);
    let mean = 0;
    for (let k = 0; k < n; k++)
        mean += y[idx ? idx[k] : k];
    mean /= n;
    let res = 0;
    let tot = 0;
    for (let k = 0; k < n; k++) {
        const i = idx ? idx[k] : k;
        const d = y[i] - p[i];
        const t = y[i] - mean;
        res += d * d;
        tot += t * t;
    }
    if (tot === 0)
        return res === 0 ? 1 : 0;
    return 1 - res / tot;
}
function r2Weighted(y, p, idx, w) {
    const n = size(y.length, idx);
    // The weighted mean, shifted by the first value: exact for a constant target, whose R² then follows the force_finite rule.
    const first = y[idx ? idx[0] : 0];
    const mean = first + weightedMean(w, idx, 'R²', (i) => y[i] - first);
    let res = 0;
    let tot = 0;
    for (let k = 0; k < n; k++) {
        const i = idx ? idx[k] : k;
        const d = y[i] - p[i];
        const t = y[i] - mean;
        res += w[i] * d * d;
        tot += w[i] * t * t;
    }
    if (tot === 0)
        return res === 0 ? 1 : 0;
    return 1 - res / tot;
}
/** Mean error, prediction minus actual: positive means the model over-predicts. */
function bias(y, p, idx, w) {
    if (w)
        return weightedMean(w, idx, 'Mean error', (i) => p[i] - y[i]);
    const n = size(y.length, idx);
    let s = 0;
    for (let k = 0; k < n; k++) {
        const i = idx ? idx[k] : k;
        s += p[i] - y[i];
    }
    return s / n;
}
/** Largest absolute error over the rows. Unweighted even on a weighted holdout: scikit-learn's max_error takes no sample_weight. */
function maxError(y, p, idx) {
    const n = size(y.length, idx);
    let m = 0;
    for (let k = 0; k < n; k++) {
        const i = idx ? idx[k] : k;
        m = Math.max(m, Math.abs(y[i] - p[i]));
    }
    return m;
}
/** Fraction of rows (weighted: of the weight) whose actual value lies in [lower, upper] (both ends inclusive). */
function coverage(y, lower, upper, idx, w) {
    if (w)
        return weightedMean(w, idx, 'Coverage', (i) => y[i] >= lower[i] && y[i] <= upper[i] ? 1 : 0);
    const n = size(y.length, idx);
    let c = 0;
    for (let k = 0; k < n; k++) {
        const i = idx ? idx[k] : k;
        if (y[i] >= lower[i] && y[i] <= upper[i])
            c++;
    }
    return c / n;
}
function intervalWidth(lower, upper, idx, w) {
    if (w)
        return weightedMean(w, idx, 'Mean interval width', (i) => upper[i] - lower[i]);
    const n = size(lower.length, idx);
    let s = 0;
    for (let k = 0; k < n; k++) {
        const i = idx ? idx[k] : k;
        s += upper[i] - lower[i];
    }
    return s / n;
}

;// CONCATENATED MODULE: ./build/src/metrics/classification.js

/** Classification metrics on class indexes 0..K-1: the confusion matrix and what is read off it (accuracy, precision, recall, F1). */
/** Row counts, or with weights the summed weight, of each (actual, predicted) pair (sklearn's confusion_matrix with sample_weight). */
function confusionMatrix(y, pred, k, idx, w) {
    const m = Array.from({ length: k }, () => new Array(k).fill(0));
    const n = size(y.length, idx);
    if (w) {
        for (let j = 0; j < n; j++) {
            const i = idx ? idx[j] : j;
            m[y[i]][pred[i]] += w[i];
        }
        return m;
    }
    for (let j = 0; j < n; j++) {
        const i = idx ? idx[j] : j;
        m[y[i]][pred[i]]++;
    }
    return m;
}
function accuracy(y, pred, idx, w) {
    if (w)
        return weightedMean(w, idx, 'Accuracy', (i) => (y[i] === pred[i] ? 1 : 0));
    const n = size(y.length, idx);
    let c = 0;
    for (let j = 0; j < n; j++) {
        const i = idx ? idx[j] : j;
        if (y[i] === pred[i])
            c++;
    }
    return c / n;
}
/**
 * Mean recall over the classes that occur in the labels (sklearn drops classes
 * with no support). Weighted: recalls from the weighted confusion matrix, and a
 * class whose rows all weigh 0 has no support.
 */
function balancedAccuracy(y, pred, k, idx, w) {
    const m = w
        ? weightedConfusion(y, pred, k, idx, w, 'Balanced accuracy').m
        : confusionMatrix(y, pred, k, idx);
    let s = 0;
    let classes = 0;
    for (let c = 0; c < k; c++) {
        const support = m[c].reduce((a, b) => a + b, 0);
        if (support === 0)
            continue;
        s += m[c][c] / support;
        classes++;
    }
    return s / classes;
}
/**
 * Precision, recall and F1 as sklearn computes them with zero_division=0 and
 * its default `labels`: binary is for the positive class (index 1); macro and
 * weighted average over the classes present in y ∪ pred (sklearn's
 * unique_labels(y_true, y_pred)), so a declared class that neither occurs nor
 * is predicted does not pull the macro mean down; weighted uses each class's
 * support in y.
 * Weighted: tp, fp and fn are summed weights, `weighted` uses each class's
 * summed weight in y, and the classes averaged over are still those present
 * in y ∪ pred (a class whose rows all weigh 0 counts, with its 0/0 = 0 score,
 * as sklearn's unique_labels does not look at weights).
 */
function prf(metric, average, y, pred, k, idx, w) {
    const weighted = w
        ? weightedConfusion(y, pred, k, idx, w, metric === 'f1' ? 'F1' : metric === 'precision' ? 'Precision' : 'Recall')
        : undefined;
    const m = weighted ? weighted.m : confusionMatrix(y, pred, k, idx);
    const present = weighted?.present;
    const perClass = (c) => {
        const tp = m[c][c];
        let fp = 0;
        let fn = 0;
        for (let o = 0; o < k; o++) {
            if (o === c)
                continue;
            fp += m[o][c];
            fn += m[c][o];
        }
        const denom = metric === 'precision' ? tp + fp : metric === 'recall' ? tp + fn : 2 * tp + fp + fn;
        if (denom === 0)
            return 0;
        return (metric === 'f1' ? 2 * tp : tp) / denom;
    };
    if (average === 'binary')
        return perClass(1);
    let s = 0;
    let sum = 0;
    for (let c = 0; c < k; c++) {
        const support = m[c].reduce((a, b) => a + b, 0);
        let predicted = 0;
        for (let o = 0; o < k; o++)
            predicted += m[o][c];
        if (present ? !present[c] : support === 0 && predicted === 0)
            continue;
        const weight = average === 'macro' ? 1 : support;
        s += weight * perClass(c);
        sum += weight;
    }
    return sum === 0 ? 0 : s / sum;
}
/**
 * One pass over the rows: the weighted confusion matrix, which classes occur
 * among the labels or the predictions whatever their weights (sklearn's
 * unique_labels), and an error when the weights sum to 0.
 */
function weightedConfusion(y, pred, k, idx, w, what) {
    const flat = new Float64Array(k * k);
    const present = new Uint8Array(k);
    const n = size(y.length, idx);
    let total = 0;
    for (let j = 0; j < n; j++) {
        const i = idx ? idx[j] : j;
        const a = y[i];
        const b = pred[i];
        present[a] = 1;
        present[b] = 1;
        flat[a * k + b] += w[i];
        total += w[i];
    }
    if (!(total > 0))
        throw zeroTotalWeight(what, n);
    return {
        m: Array.from({ length: k }, (_, a) => Array.from(flat.subarray(a * k, (a + 1) * k))),
        present,
    };
}
function indicator(y, c) {
    const out = new Uint8Array(y.length);
    for (let i = 0; i < y.length; i++)
        out[i] = y[i] === c ? 1 : 0;
    return out;
}
/** The class with the highest probability on row `i`; ties go to the lowest index (numpy argmax). */
function topClass(proba, i) {
    let best = 0;
    for (let c = 1; c < proba.length; c++)
        if (proba[c][i] > proba[best][i])
            best = c;
    return best;
}
/** `topClass` of every row. */
function argmax(proba, n) {
    const out = new Int32Array(n);
    for (let i = 0; i < n; i++)
        out[i] = topClass(proba, i);
    return out;
}

;// CONCATENATED MODULE: ./build/src/metrics/ranking.js



/** Ranking metrics on scores: ROC AUC (binary and one-vs-rest) and average precision, weighted or not. */
/** The last full-holdout split, so AUC and AP on the same scores sort them once. */
let lastSplit;
/** The scores of positive and negative rows, each sorted ascending (native typed-array sorts). */
function splitSorted(positive, score, idx) {
    if (!idx && lastSplit && lastSplit.score === score && sameLabels(lastSplit.positive, positive))
        return lastSplit;
    const split = computeSplit(positive, score, idx);
    if (!idx)
        lastSplit = { positive, score, ...split };
    return split;
}
function sameLabels(a, b) {
    if (a === b)
        return true;
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}
function computeSplit(positive, score, idx) {
    const n = size(score.length, idx);
    let nPos = 0;
    for (let k = 0; k < n; k++)
        if (positive[idx ? idx[k] : k])
            nPos++;
    const pos = new Float64Array(nPos);
    const neg = new Float64Array(n - nPos);
    let p = 0;
    let q = 0;
    for (let k = 0; k < n; k++) {
        const i = idx ? idx[k] : k;
        if (positive[i])
            pos[p++] = score[i];
        else
            neg[q++] = score[i];
    }
    return { pos: pos.sort(), neg: neg.sort() };
}
/**
 * Binary ROC AUC as the Mann-Whitney statistic: the share of (positive,
 * negative) pairs where the positive scores higher, counting ties as one
 * half. That is the trapezoidal area under sklearn's ROC curve, where tied
 * scores form one diagonal step. Undefined with a single class.
 */
function rocAuc(positive, score, idx, w) {
    if (w)
        return rocAucWeighted(positive, score, idx, w);
    const { pos, neg } = splitSorted(positive, score, idx);
    if (pos.length === 0 || neg.length === 0)
        throw singleClass('ROC AUC', pos.length === 0 ? 'negative' : 'positive', pos.length + neg.length);
    let below = 0; // negatives with a lower score than the current positive
    let upTo = 0; // negatives with a score <= the current positive
    let wins = 0;
    for (const s of pos) {
        while (below < neg.length && neg[below] < s)
            below++;
        if (upTo < below)
            upTo = below;
        while (upTo < neg.length && neg[upTo] <= s)
            upTo++;
        wins += below + (upTo - below) / 2;
    }
    return wins / (pos.length * neg.length);
}
/**
 * One-vs-rest ROC AUC averaged over the declared classes (sklearn
 * multi_class="ovr", average="macro", labels=classes). Each class needs rows
 * of its own and rows of other classes; sklearn raises otherwise, and so does
 * G1, naming the class. `names` label the classes in that message.
 */
function rocAucOvr(y, proba, idx, names, w) {
    const n = size(y.length, idx);
    const count = new Float64Array(proba.length);
    for (let j = 0; j < n; j++)
        count[y[idx ? idx[j] : j]]++;
    const name = (c) => (names?.[c] !== undefined ? JSON.stringify(names[c]) : `#${c}`);
    const absent = [...count.keys()].filter((c) => count[c] === 0);
    if (absent.length > 0) {
        throw new errors/* InputError */.dz({
            message: `one-vs-rest ROC AUC is undefined: class${absent.length > 1 ? 'es' : ''} ${absent.map(name).join(', ')} never occur${absent.length > 1 ? '' : 's'} in the holdout labels, so ${absent.length > 1 ? 'their' : 'its'} one-vs-rest curve has no positive rows`,
            expected: `every declared class among the labels (${proba.length} classes)`,
            found: `${proba.length - absent.length} of ${proba.length} classes`,
        });
    }
    if (w) {
        // A class present only on rows of weight 0 has no weighted positives: its curve is undefined (sklearn: NaN).
        const mass = new Float64Array(proba.length);
        for (let j = 0; j < n; j++) {
            const i = idx ? idx[j] : j;
            mass[y[i]] += w[i];
        }
        const total = mass.reduce((a, b) => a + b, 0);
        const weightless = [...mass.keys()].filter((c) => !(mass[c] > 0) || !(total - mass[c] > 0));
        if (weightless.length > 0) {
            throw new errors/* InputError */.dz({
                message: `one-vs-rest ROC AUC is undefined: the rows of class${weightless.length > 1 ? 'es' : ''} ${weightless.map(name).join(', ')} (or of all the other classes) carry a total sample weight of 0, so the one-vs-rest curve has no weighted positive (or negative) rows`,
                expected: 'a positive total weight for every declared class and for the rest',
                found: weightless.map((c) => `${name(c)}: ${mass[c]} of ${total}`).join(', '),
            });
        }
    }
    let s = 0;
    for (let c = 0; c < proba.length; c++)
        s += rocAuc(indicator(y, c), proba[c], idx, w);
    return s / proba.length;
}
/**
 * The row sums scikit-learn accepts as probabilities, with sums taken in the
 * output's dtype:
 * - log_loss (and brier_score_loss, through the same validation) warns
 *   "y_prob values do not sum to one" unless |sum − 1| ≤ 1e-8 + sqrt(eps)
 *   (array_api_extra.isclose with rtol = sqrt(finfo(dtype).eps), atol = 1e-8);
 *   G1 makes that an error, since such rows are not probabilities;
 * - roc_auc_score(multi_class="ovr") raises unless np.allclose(1, sum):
 *   |1 − sum| ≤ 1e-8 + 1e-5 · |sum|.
 * Each returns the first offending row (0-based) with its sum, or undefined.
 */
function firstBadRowSum(proba, dtype, rule) {
    const n = proba[0]?.length ?? 0;
    const f32 = dtype === 'float32';
    const tol = Math.sqrt(DTYPE_EPS[dtype]);
    for (let i = 0; i < n; i++) {
        let sum = 0;
        for (let c = 0; c < proba.length; c++)
            sum = f32 ? Math.fround(sum + proba[c][i]) : sum + proba[c][i];
        const ok = rule === 'log_loss'
            ? Math.abs(sum - 1) <= 1e-8 + tol
            : Math.abs(1 - sum) <= 1e-8 + 1e-5 * Math.abs(sum);
        if (!ok)
            return {
                row: i,
                sum,
                tolerance: rule === 'log_loss'
                    ? `|sum − 1| ≤ 1e-8 + sqrt(eps of ${dtype}) = ${(1e-8 + tol).toPrecision(3)}`
                    : '|sum − 1| ≤ 1e-8 + 1e-5·sum (numpy allclose)',
            };
    }
    return undefined;
}
/**
 * Average precision as sklearn defines it: AP = Σ_k (R_k − R_{k−1}) · P_k over
 * the distinct score thresholds in decreasing order (a step function, not the
 * trapezoid). Tied scores enter together.
 */
function averagePrecision(positive, score, idx, w) {
    if (w)
        return averagePrecisionWeighted(positive, score, idx, w);
    const { pos, neg } = splitSorted(positive, score, idx);
    if (pos.length === 0)
        throw new errors/* InputError */.dz({
            message: 'average precision is undefined: no holdout row has the positive class',
            expected: 'at least one positive label',
            found: `${neg.length} negative rows only`,
        });
    let i = pos.length - 1;
    let j = neg.length - 1;
    let tp = 0;
    let fp = 0;
    let prevRecall = 0;
    let ap = 0;
    while (i >= 0) {
        const t = Math.max(pos[i], j >= 0 ? neg[j] : Number.NEGATIVE_INFINITY);
        while (i >= 0 && pos[i] === t) {
            tp++;
            i--;
        }
        while (j >= 0 && neg[j] === t) {
            fp++;
            j--;
        }
        const recall = tp / pos.length;
        ap += (recall - prevRecall) * (tp / (tp + fp));
        prevRecall = recall;
    }
    return ap;
}
/** Row numbers sorted by ascending score, computed once per score array (the weighted AUC and AP walk it). */
const ascending = new WeakMap();
function ascendingOrder(score) {
    let order = ascending.get(score);
    if (!order) {
        order = new Int32Array(score.length);
        for (let i = 0; i < order.length; i++)
            order[i] = i;
        order.sort((a, b) => score[a] - score[b]);
        ascending.set(score, order);
    }
    return order;
}
/**
 * The weighted positive and negative mass of each distinct score, in
 * ascending score order (tied scores form one group), with the totals and
 * the row counts of each class. Rows of weight 0 add no mass, as scikit-learn
 * drops them before building its curves; they still count as rows of their
 * class, as in sklearn's single-class check.
 */
function weightedGroups(positive, score, idx, w) {
    const order = ascendingOrder(score);
    const drawn = idx ? rowCounts(idx, w.length) : undefined;
    const pos = new Float64Array(order.length);
    const neg = new Float64Array(order.length);
    let g = -1;
    let last = Number.NaN;
    let totalPos = 0;
    let totalNeg = 0;
    let nPos = 0;
    let nNeg = 0;
    for (let k = 0; k < order.length; k++) {
        const i = order[k];
        const times = drawn ? drawn[i] : 1;
        if (times === 0)
            continue;
        if (positive[i])
            nPos += times;
        else
            nNeg += times;
        // The row's sample weight, times the number of times the resample drew it.
        const wi = w[i] * times;
        if (wi === 0)
            continue;
        if (score[i] !== last) {
            g++;
            last = score[i];
        }
        if (positive[i]) {
            pos[g] += wi;
            totalPos += wi;
        }
        else {
            neg[g] += wi;
            totalNeg += wi;
        }
    }
    return { pos, neg, groups: g + 1, totalPos, totalNeg, nPos, nNeg };
}
/** How many times each row occurs in `idx`. */
function rowCounts(idx, n) {
    const out = new Uint32Array(n);
    for (let k = 0; k < idx.length; k++)
        out[idx[k]]++;
    return out;
}
/**
 * Weighted binary ROC AUC: Σ over (positive, negative) pairs of w₊·w₋ (1 when
 * the positive scores higher, ½ when tied) / (W₊·W₋), which is the trapezoidal
 * area under sklearn's ROC curve on weighted cumulative counts.
 */
function rocAucWeighted(positive, score, idx, w) {
    const { pos, neg, groups, totalPos, totalNeg, nPos, nNeg } = weightedGroups(positive, score, idx, w);
    if (nPos === 0 || nNeg === 0)
        throw singleClass('ROC AUC', nPos === 0 ? 'negative' : 'positive', nPos + nNeg);
    if (!(totalPos > 0) || !(totalNeg > 0))
        throw zeroWeightClass('ROC AUC', totalPos > 0 ? 'negative' : 'positive', totalPos > 0 ? nNeg : nPos);
    let below = 0;
    let wins = 0;
    for (let g = 0; g < groups; g++) {
        wins += pos[g] * (below + neg[g] / 2);
        below += neg[g];
    }
    return wins / (totalPos * totalNeg);
}
/**
 * Weighted average precision: Σ_k (R_k − R_{k−1})·P_k over the distinct
 * scores of rows with a positive weight, in decreasing order, with
 * P_k = TP_k / (TP_k + FP_k) and R_k = TP_k / W₊ on summed weights.
 */
function averagePrecisionWeighted(positive, score, idx, w) {
    const { pos, neg, groups, totalPos, nPos, nNeg } = weightedGroups(positive, score, idx, w);
    if (nPos === 0)
        throw new errors/* InputError */.dz({
            message: 'average precision is undefined: no holdout row has the positive class',
            expected: 'at least one positive label',
            found: `${nNeg} negative rows only`,
        });
    if (!(totalPos > 0))
        throw zeroWeightClass('average precision', 'positive', nPos);
    let tp = 0;
    let fp = 0;
    let prevRecall = 0;
    let ap = 0;
    for (let g = groups - 1; g >= 0; g--) {
        tp += pos[g];
        fp += neg[g];
        const recall = tp / totalPos;
        ap += (recall - prevRecall) * (tp / (tp + fp));
        prevRecall = recall;
    }
    return ap;
}

;// CONCATENATED MODULE: ./build/src/metrics/calibration.js


/** Metrics on predicted probabilities: log loss, Brier score, and calibration (reliability bins, ECE, the calibration curve). */
/**
 * sklearn's log_loss: probabilities clipped to [eps, 1 − eps] with eps the
 * machine epsilon of the probability output's dtype (float32: 2^-23, float64:
 * 2^-52), natural log, mean (weighted: Σw·loss / Σw). Logs and mean are taken in float64.
 */
function logLoss(y, proba, idx, eps = EPS, w) {
    if (w)
        return weightedMean(w, idx, 'Log loss', (i) => -Math.log(Math.min(Math.max(proba[y[i]][i], eps), 1 - eps)));
    const n = size(y.length, idx);
    let s = 0;
    for (let j = 0; j < n; j++) {
        const i = idx ? idx[j] : j;
        const p = Math.min(Math.max(proba[y[i]][i], eps), 1 - eps);
        s -= Math.log(p);
    }
    return s / n;
}
/**
 * sklearn's brier_score_loss. Two classes: mean((p_1 − [y = 1])²) on the
 * positive column, i.e. brier_score_loss(y, proba[:, 1], pos_label=classes[1])
 * (the same as the halved two-column form when the columns sum to exactly 1;
 * float32 columns need not). More classes: mean over rows of
 * Σ_c (p_c − [y = c])² on all columns. Weighted: the weighted mean of the same per-row loss.
 */
function brier(y, proba, idx, w) {
    const n = size(y.length, idx);
    const k = proba.length;
    if (w) {
        if (k === 2)
            return weightedMean(w, idx, 'Brier score', (i) => ((y[i] === 1 ? 1 : 0) - proba[1][i]) ** 2);
        return weightedMean(w, idx, 'Brier score', (i) => {
            let r = 0;
            for (let c = 0; c < k; c++)
                r += ((y[i] === c ? 1 : 0) - proba[c][i]) ** 2;
            return r;
        });
    }
    let s = 0;
    if (k === 2) {
        const p1 = proba[1];
        for (let j = 0; j < n; j++) {
            const i = idx ? idx[j] : j;
            const d = (y[i] === 1 ? 1 : 0) - p1[i];
            s += d * d;
        }
        return s / n;
    }
    for (let j = 0; j < n; j++) {
        const i = idx ? idx[j] : j;
        for (let c = 0; c < k; c++) {
            const d = (y[i] === c ? 1 : 0) - proba[c][i];
            s += d * d;
        }
    }
    return s / n;
}
/**
 * The bins of expected calibration error and of the reliability diagram
 * (one binning for both): `bins` equal-width bins on [0, 1], a probability of
 * exactly 1 in the last bin. Binary: each row's positive-class probability,
 * correct when the label is the positive class. Multiclass: each row's
 * top-label confidence (its largest probability, ties to the lowest class),
 * correct when that class is the label. Per bin: the row count, the summed
 * confidence and the number of correct rows; with weights, the bin's mass
 * (summed weight), and confidence and correct rows summed with each row's weight.
 */
function reliabilityBins(y, proba, bins = 10, idx, w) {
    const n = size(y.length, idx);
    const count = new Float64Array(bins);
    const confidence = new Float64Array(bins);
    const correct = new Float64Array(bins);
    const binary = proba.length === 2;
    for (let j = 0; j < n; j++) {
        const i = idx ? idx[j] : j;
        let p;
        let hit;
        if (binary) {
            p = proba[1][i];
            hit = y[i] === 1 ? 1 : 0;
        }
        else {
            const best = topClass(proba, i);
            p = proba[best][i];
            hit = y[i] === best ? 1 : 0;
        }
        const b = Math.min(bins - 1, Math.floor(p * bins));
        if (w) {
            const wi = w[i];
            count[b] += wi;
            confidence[b] += wi * p;
            correct[b] += wi * hit;
            continue;
        }
        count[b]++;
        confidence[b] += p;
        correct[b] += hit;
    }
    return { count, confidence, correct };
}
/**
 * Expected calibration error: ECE = Σ_b (n_b / n)·|accuracy_b − confidence_b| over the bins of `reliabilityBins`.
 * Weighted: n_b is the bin's weight mass and n the total weight; a bin whose rows all weigh 0 is empty.
 */
function ece(y, proba, bins = 10, idx, w) {
    const { count, confidence, correct } = reliabilityBins(y, proba, bins, idx, w);
    // Weighted: the total weight is the bins' summed mass, so the rows are not walked again.
    const n = w ? count.reduce((a, b) => a + b, 0) : size(y.length, idx);
    if (w && !(n > 0))
        throw zeroTotalWeight('ECE', size(y.length, idx));
    let e = 0;
    for (let b = 0; b < bins; b++)
        if (count[b] > 0)
            e += (count[b] / n) * Math.abs(correct[b] / count[b] - confidence[b] / count[b]);
    return e;
}
/**
 * The reliability diagram ECE summarises: for each non-empty bin of
 * `reliabilityBins`, [mean confidence, share of correct rows] (weighted: of the bin's weight).
 */
function calibrationCurve(y, proba, bins = 10, w) {
    const { count, confidence, correct } = reliabilityBins(y, proba, bins, undefined, w);
    const out = [];
    for (let b = 0; b < bins; b++)
        if (count[b] > 0)
            out.push([confidence[b] / count[b], correct[b] / count[b]]);
    return out;
}

;// CONCATENATED MODULE: ./build/src/metrics/index.js
/**
 * G1 metrics, defined to match scikit-learn 1.9 (see docs/metrics.md and the
 * parity tests), one module per kind: regression, classification, ranking
 * and calibration, over the shared index and weight conventions of common.ts.
 */






;// CONCATENATED MODULE: ./build/src/acceptance/kpis.js

const REG = ['regression'];
const CLS = ['binary', 'multiclass'];
const BIN = ['binary'];
const MULTI = ['multiclass'];
const ALL = ['regression', 'binary', 'multiclass'];
const kpis_prf = (metric, average) => (d, idx) => prf(metric, average, d.labels, d.predictedClass, d.classes.length, idx, d.weights);
/** The KPI names kpi_acceptance.csv may use for G1, and how each is computed. */
const KPIS = [
    {
        name: 'mae',
        tasks: REG,
        better: 'lower',
        unit: 'target',
        compute: (d, i) => mae(d.y, d.prediction, i, d.weights),
    },
    {
        name: 'rmse',
        tasks: REG,
        better: 'lower',
        unit: 'target',
        compute: (d, i) => rmse(d.y, d.prediction, i, d.weights),
    },
    {
        name: 'mape',
        tasks: REG,
        better: 'lower',
        unit: 'ratio',
        compute: (d, i) => mape(d.y, d.prediction, i, d.weights),
    },
    {
        name: 'r2',
        tasks: REG,
        better: 'higher',
        unit: 'none',
        compute: (d, i) => r2(d.y, d.prediction, i, d.weights),
    },
    {
        name: 'bias',
        tasks: REG,
        better: 'lower',
        unit: 'target',
        compute: (d, i) => bias(d.y, d.prediction, i, d.weights),
    },
    {
        name: 'abs_bias',
        tasks: REG,
        better: 'lower',
        unit: 'target',
        compute: (d, i) => Math.abs(bias(d.y, d.prediction, i, d.weights)),
    },
    {
        name: 'max_error',
        tasks: REG,
        better: 'lower',
        unit: 'target',
        compute: (d, i) => maxError(d.y, d.prediction, i),
    },
    {
        name: 'coverage',
        tasks: REG,
        better: 'higher',
        unit: 'ratio',
        needs: 'intervals',
        compute: (d, i) => coverage(d.y, d.lower, d.upper, i, d.weights),
    },
    {
        name: 'interval_width',
        tasks: REG,
        better: 'lower',
        unit: 'target',
        needs: 'intervals',
        compute: (d, i) => intervalWidth(d.lower, d.upper, i, d.weights),
    },
    {
        name: 'accuracy',
        tasks: CLS,
        better: 'higher',
        unit: 'ratio',
        compute: (d, i) => accuracy(d.labels, d.predictedClass, i, d.weights),
    },
    {
        name: 'balanced_accuracy',
        tasks: CLS,
        better: 'higher',
        unit: 'ratio',
        compute: (d, i) => balancedAccuracy(d.labels, d.predictedClass, d.classes.length, i, d.weights),
    },
    {
        name: 'precision',
        tasks: BIN,
        better: 'higher',
        unit: 'ratio',
        compute: kpis_prf('precision', 'binary'),
    },
    { name: 'recall', tasks: BIN, better: 'higher', unit: 'ratio', compute: kpis_prf('recall', 'binary') },
    { name: 'f1', tasks: BIN, better: 'higher', unit: 'ratio', compute: kpis_prf('f1', 'binary') },
    {
        name: 'precision_macro',
        tasks: CLS,
        better: 'higher',
        unit: 'ratio',
        compute: kpis_prf('precision', 'macro'),
    },
    {
        name: 'recall_macro',
        tasks: CLS,
        better: 'higher',
        unit: 'ratio',
        compute: kpis_prf('recall', 'macro'),
    },
    { name: 'f1_macro', tasks: CLS, better: 'higher', unit: 'ratio', compute: kpis_prf('f1', 'macro') },
    {
        name: 'precision_weighted',
        tasks: CLS,
        better: 'higher',
        unit: 'ratio',
        compute: kpis_prf('precision', 'weighted'),
    },
    {
        name: 'recall_weighted',
        tasks: CLS,
        better: 'higher',
        unit: 'ratio',
        compute: kpis_prf('recall', 'weighted'),
    },
    {
        name: 'f1_weighted',
        tasks: CLS,
        better: 'higher',
        unit: 'ratio',
        compute: kpis_prf('f1', 'weighted'),
    },
    {
        name: 'roc_auc',
        tasks: BIN,
        better: 'higher',
        unit: 'ratio',
        needs: 'probabilities',
        compute: (d, i) => rocAuc(indicator(d.labels, 1), d.probabilities[1], i, d.weights),
    },
    {
        name: 'roc_auc_ovr',
        tasks: MULTI,
        better: 'higher',
        unit: 'ratio',
        needs: 'probabilities',
        compute: (d, i) => rocAucOvr(d.labels, d.probabilities, i, d.classes, d.weights),
    },
    {
        name: 'average_precision',
        tasks: BIN,
        better: 'higher',
        unit: 'ratio',
        needs: 'probabilities',
        compute: (d, i) => averagePrecision(indicator(d.labels, 1), d.probabilities[1], i, d.weights),
    },
    {
        name: 'log_loss',
        tasks: CLS,
        better: 'lower',
        unit: 'none',
        needs: 'probabilities',
        compute: (d, i) => logLoss(d.labels, d.probabilities, i, d.probabilityEps, d.weights),
    },
    {
        name: 'brier',
        tasks: CLS,
        better: 'lower',
        unit: 'none',
        needs: 'probabilities',
        compute: (d, i) => brier(d.labels, d.probabilities, i, d.weights),
    },
    {
        name: 'ece',
        tasks: CLS,
        better: 'lower',
        unit: 'ratio',
        needs: 'probabilities',
        compute: (d, i) => ece(d.labels, d.probabilities, d.eceBins, i, d.weights),
    },
    // Operational: G1 measures them on the runner; G4 reads them from the shadow log's latency columns.
    { name: 'latency_p50_ms', tasks: ALL, better: 'lower', unit: 'ms' },
    { name: 'latency_p95_ms', tasks: ALL, better: 'lower', unit: 'ms' },
    { name: 'latency_p99_ms', tasks: ALL, better: 'lower', unit: 'ms' },
    { name: 'throughput_rows_per_s', tasks: ALL, better: 'higher', unit: 'rows/s', gates: ['G1'] },
    // Shadow (G4) only: the shadow against production on every logged row, and the log itself.
    {
        name: 'mean_abs_diff',
        tasks: REG,
        better: 'lower',
        unit: 'target',
        needs: 'production',
        gates: ['G4'],
        compute: (d, i) => mae(d.production, d.prediction, i),
    },
    {
        name: 'agreement',
        tasks: CLS,
        better: 'higher',
        unit: 'ratio',
        needs: 'production',
        gates: ['G4'],
        compute: (d, i) => accuracy(d.productionClass, d.predictedClass, i),
    },
    { name: 'error_rate', tasks: ALL, better: 'lower', unit: 'ratio', scope: 'model', gates: ['G4'] },
    { name: 'days_covered', tasks: ALL, better: 'higher', unit: 'days', gates: ['G4'] },
];
/** The gates that may judge a KPI. */
function kpiGates(def) {
    return def.gates ?? ['G1', 'G4'];
}
const SLICE_PREFIX = 'slice_gap_';
/** Finds a KPI by name; `slice_gap_<kpi>` is the largest difference of that KPI between slices. */
function findKpi(name) {
    if (name.startsWith(SLICE_PREFIX)) {
        const base = KPIS.find((k) => k.name === name.slice(SLICE_PREFIX.length) && k.compute);
        // A gap is in the base KPI's unit, and smaller is better whichever way the KPI points.
        return base ? { def: { ...base, name, better: 'lower' }, sliceGap: true } : undefined;
    }
    const def = KPIS.find((k) => k.name === name);
    return def ? { def, sliceGap: false } : undefined;
}
/** The units a rule may state for a KPI. */
function acceptedUnits(def, targetUnit) {
    switch (def.unit) {
        case 'target':
            return targetUnit ? [targetUnit] : [''];
        case 'ratio':
            return ['ratio', ''];
        case 'none':
            return [''];
        case 'ms':
            return ['ms'];
        case 'rows/s':
            return ['rows/s'];
        case 'days':
            return ['days'];
    }
}

;// CONCATENATED MODULE: ./build/src/acceptance/change-checks.js
/**
 * The change checks of one rule: one per change threshold it sets
 * (max_abs_degradation, max_rel_degradation), judged on the degradation
 * against the baseline (with `bound=ci`, the pessimistic end of the
 * interval of the delta), `skipped` with a reason when there is no baseline.
 */
function changeChecks(c) {
    const checks = [];
    const { comparison } = c;
    for (const kind of ['abs', 'rel']) {
        const limit = kind === 'abs' ? c.rule.maxAbsDegradation : c.rule.maxRelDegradation;
        if (limit === undefined)
            continue;
        const changeId = `${c.id}.${kind}_change`;
        const changeBase = {
            ...c.base,
            id: changeId,
            rule: `${c.rule.kpi}_${kind}_degradation`,
            unit: kind === 'abs' ? c.rule.unit : 'ratio',
        };
        if (!c.hasBaseline || !comparison) {
            const why = c.baselineWhy;
            checks.push({
                ...changeBase,
                value: null,
                operator: '<=',
                threshold: limit,
                status: 'skipped',
                message: c.hasBaseline
                    ? `${c.baselineName} model has no value for ${c.rule.kpi}${why ? `: ${why}` : ''}`
                    : 'no baseline model was given, so this change threshold was not evaluated (give baseline-model, or paths.baseline in ssot/model.json)',
            });
            continue;
        }
        // Degradation in the KPI's "worse" direction, from the rule's operator.
        const degradation = (delta) => (c.lowerIsBetter ? delta : -delta);
        const relative = (d) => kind === 'abs'
            ? d
            : comparison.baseline === 0
                ? d > 0
                    ? Number.POSITIVE_INFINITY
                    : 0
                : d / Math.abs(comparison.baseline);
        const value = relative(degradation(comparison.delta));
        let judgedChange = value;
        const changeNotes = [
            `${c.rule.kpi} ${formatSigned(comparison.delta)} against ${c.baselineName} (${c.lowerIsBetter ? 'lower' : 'higher'} is better)`,
        ];
        if (c.rule.bound === 'ci') {
            if (!c.deltaCi) {
                const why = c.deltaInterval && 'reason' in c.deltaInterval
                    ? c.deltaInterval.reason
                    : c.resamples === 0
                        ? 'the bootstrap is off (bootstrap=0)'
                        : 'the delta has no bootstrap interval';
                checks.push({
                    ...changeBase,
                    value: Number.isFinite(value) ? value : null,
                    operator: '<=',
                    threshold: limit,
                    status: 'error',
                    message: `${c.at}: bound=ci needs a bootstrap interval of the delta: ${why}`,
                });
                continue;
            }
            // The worst degradation inside the interval: its upper end for lower-is-better KPIs, its lower end otherwise.
            judgedChange = relative(degradation(c.lowerIsBetter ? c.deltaCi[1] : c.deltaCi[0]));
            changeNotes.push(`judged on the pessimistic end of the ${percent(c.rule.confidence)} CI of the delta`);
        }
        if (c.deltaInterval)
            changeNotes.push(...describeDropped(`the ${c.rule.kpi} delta`, c.deltaInterval));
        checks.push({
            ...changeBase,
            value: Number.isFinite(value) ? value : null,
            operator: '<=',
            threshold: limit,
            status: outcome(judgedChange <= limit, c.rule.severity),
            message: changeNotes.join('; '),
            details: {
                candidate: c.candidate,
                baseline: comparison.baseline,
                delta: comparison.delta,
                ...(c.deltaCi ? { deltaCi: c.deltaCi, confidence: c.rule.confidence } : {}),
                ...(c.rule.bound === 'ci'
                    ? { judged: Number.isFinite(judgedChange) ? judgedChange : null }
                    : {}),
            },
        });
    }
    return checks;
}
function describeDropped(what, r) {
    if (r.dropped === 0)
        return [];
    if ('reason' in r)
        return [r.reason];
    return [
        `${r.dropped} of ${r.total} bootstrap resamples had no ${what} value and were left out of the interval`,
    ];
}
function percent(confidence) {
    return `${Number((confidence * 100).toPrecision(4))}%`;
}
function outcome(ok, severity) {
    return ok ? 'pass' : severity === 'warn' ? 'warn' : 'fail';
}
function formatSigned(x) {
    return `${x >= 0 ? '+' : ''}${Number(x.toPrecision(4))}`;
}

;// CONCATENATED MODULE: ./build/src/acceptance/rules.js



const key = (kpi, variable) => `${kpi}|${variable}`;
function compare(value, op, threshold) {
    switch (op) {
        case '<':
            return value < threshold;
        case '<=':
            return value <= threshold;
        case '>':
            return value > threshold;
        case '>=':
            return value >= threshold;
    }
}
/** Validates one G1 rule against what G1 can compute; returns the KPI or an error message. */
function resolveRule(rule, variables, task, gate = 'G1') {
    const found = findKpi(rule.kpi);
    if (!found)
        return {
            error: `${gate} cannot compute KPI "${rule.kpi}"; see docs/metrics.md for the KPI names`,
        };
    const { def } = found;
    const gates = kpiGates(def);
    if (!gates.includes(gate) || (found.sliceGap && gate !== 'G1'))
        return {
            error: `KPI "${rule.kpi}" is not judged by ${gate} (it is a ${found.sliceGap ? 'G1' : gates.join(', ')} KPI)`,
        };
    if (!def.tasks.includes(task))
        return {
            error: `KPI "${rule.kpi}" does not apply to a ${task} model (it applies to ${def.tasks.join(', ')})`,
        };
    const modelLevel = def.unit === 'ms' || def.unit === 'rows/s' || def.unit === 'days' || def.scope === 'model';
    const variable = variables.find((v) => v.name === rule.variable);
    if (!modelLevel && !variable) {
        const names = variables.map((v) => `"${v.name}"`).join(', ');
        return {
            error: `KPI "${rule.kpi}" is about variable "${rule.variable}", but the model predicts ${variables.length === 1 ? names : `the variables ${names}`}`,
        };
    }
    if (modelLevel && rule.variable !== '')
        return {
            error: `KPI "${rule.kpi}" is about the model, not a variable; leave variable empty (found "${rule.variable}")`,
        };
    const units = acceptedUnits(def, variable?.unit);
    if (!units.includes(rule.unit)) {
        return {
            error: `unit "${rule.unit}" does not match KPI "${rule.kpi}" on "${rule.variable || 'the model'}", whose unit is ${units.map((u) => (u === '' ? 'empty' : `"${u}"`)).join(' or ')}`,
        };
    }
    if (def.unit === 'ratio') {
        const outside = (x) => x < 0 || x > 1;
        const hint = (x) => x > 1 && x <= 100 ? ` (${x} looks like a percentage: write ${x / 100})` : '';
        if (outside(rule.threshold))
            return {
                error: `threshold ${rule.threshold} is outside [0, 1], but ${rule.kpi} is a ratio, a fraction where 0.9 means 90%${hint(rule.threshold)}`,
            };
        if (rule.maxAbsDegradation !== undefined && outside(rule.maxAbsDegradation)) {
            return {
                error: `max_abs_degradation ${rule.maxAbsDegradation} is outside [0, 1], but ${rule.kpi} is a ratio, a fraction where 0.05 means 5 points${hint(rule.maxAbsDegradation)}`,
            };
        }
    }
    return { def };
}
/**
 * Turns the rules of kpi_acceptance.csv into checks: one value check per rule
 * (the point estimate, or with `bound=ci` the pessimistic end of the rule's
 * own bootstrap interval), plus a change check per change threshold (with
 * `bound=ci`, the pessimistic end of the paired-bootstrap interval of the
 * delta), which is `skipped` with a reason when there is no baseline.
 * A rule G1 cannot judge is an `error` check whose message starts with the
 * rule's file and line.
 */
function judgeRules(input) {
    const checks = [];
    for (const rule of input.rules) {
        const source = { file: rule.file, line: rule.line };
        const at = `${rule.file}:${rule.line}`;
        const base = {
            rule: rule.kpi,
            variable: rule.variable,
            unit: rule.unit,
            severity: rule.severity,
            source,
        };
        const gate = input.gate ?? 'G1';
        const baselineName = input.baselineName ?? 'the baseline';
        const id = `${gate}.L${rule.line}.${rule.kpi}${rule.variable ? `.${rule.variable}` : ''}`;
        const resolved = resolveRule(rule, input.variables, input.task, gate);
        if ('error' in resolved) {
            checks.push({
                ...base,
                id,
                value: null,
                operator: rule.operator,
                threshold: rule.threshold,
                status: 'error',
                message: `${at}: ${resolved.error}`,
            });
            continue;
        }
        const k = key(rule.kpi, rule.variable);
        const measured = input.candidate.get(k);
        if (!measured) {
            checks.push({
                ...base,
                id,
                value: null,
                operator: rule.operator,
                threshold: rule.threshold,
                status: 'error',
                message: `${at}: ${input.reasons.get(k) ?? `KPI "${rule.kpi}" could not be computed`}`,
            });
            continue;
        }
        const lowerIsBetter = rule.operator === '<' || rule.operator === '<=';
        const interval = measured.samples
            ? bootstrapInterval(measured.samples, rule.confidence)
            : undefined;
        const ci = interval && 'ci' in interval ? interval.ci : undefined;
        const bootstrapNotes = interval ? describeDropped(rule.kpi, interval) : [];
        let judged = measured.value;
        const notes = [];
        if (rule.bound === 'ci') {
            if (!ci) {
                const why = interval && 'reason' in interval
                    ? interval.reason
                    : input.resamples === 0
                        ? 'the bootstrap is off (bootstrap=0)'
                        : `KPI "${rule.kpi}" has no bootstrap interval`;
                checks.push({
                    ...base,
                    id,
                    value: measured.value,
                    operator: rule.operator,
                    threshold: rule.threshold,
                    status: 'error',
                    message: `${at}: bound=ci needs a bootstrap interval: ${why}`,
                });
                continue;
            }
            judged = lowerIsBetter ? ci[1] : ci[0];
            notes.push(`judged on the ${lowerIsBetter ? 'upper' : 'lower'} end of the ${percent(rule.confidence)} CI`);
        }
        notes.push(...bootstrapNotes);
        if (measured.note)
            notes.push(measured.note);
        if (rule.notes)
            notes.push(rule.notes);
        const comparison = input.baseline?.get(k);
        // The paired-bootstrap interval of candidate − baseline at the rule's confidence: in the value check's details and the change checks.
        const deltaInterval = comparison?.samples
            ? bootstrapInterval(comparison.samples, rule.confidence)
            : undefined;
        const deltaCi = deltaInterval && 'ci' in deltaInterval ? deltaInterval.ci : undefined;
        checks.push({
            ...base,
            id,
            value: measured.value,
            operator: rule.operator,
            threshold: rule.threshold,
            status: outcome(compare(judged, rule.operator, rule.threshold), rule.severity),
            ...(notes.length ? { message: notes.join('; ') } : {}),
            details: {
                ...(ci ? { ci, confidence: rule.confidence } : {}),
                ...(interval && interval.dropped > 0
                    ? { droppedResamples: interval.dropped, resamples: interval.total }
                    : {}),
                ...(rule.bound === 'ci' ? { judged } : {}),
                ...(comparison ? { baseline: comparison.baseline, delta: comparison.delta } : {}),
                ...(deltaCi ? { deltaCi } : {}),
                ...measured.details,
            },
        });
        checks.push(...changeChecks({
            rule,
            id,
            at,
            base,
            lowerIsBetter,
            candidate: measured.value,
            comparison,
            deltaInterval,
            deltaCi,
            hasBaseline: input.hasBaseline,
            baselineWhy: input.baselineReasons?.get(k),
            baselineName,
            resamples: input.resamples,
        }));
    }
    return checks;
}

;// CONCATENATED MODULE: ./build/src/acceptance/operations.js

/** The operational KPIs, computed in one place for the checks and the report (percentiles by linear interpolation). */
function operationalKpis(ops) {
    return {
        latency_p50_ms: (0,quantile/* quantile */.Y)(ops.latencyMs, 0.5),
        latency_p95_ms: (0,quantile/* quantile */.Y)(ops.latencyMs, 0.95),
        latency_p99_ms: (0,quantile/* quantile */.Y)(ops.latencyMs, 0.99),
        throughput_rows_per_s: ops.throughput.rowsPerSecond,
    };
}

;// CONCATENATED MODULE: ./build/src/acceptance/slices.js

/** The groups of each slice column, by value in ascending order. */
function sliceGroups(slices) {
    const out = new Map();
    for (const [column, values] of slices) {
        const rows = new Map();
        values.forEach((v, i) => (rows.get(v) ?? rows.set(v, []).get(v)).push(i));
        out.set(column, [...rows]
            .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
            .map(([value, r]) => ({ column, value, rows: Int32Array.from(r) })));
    }
    return out;
}
/** The KPI on each group of one slice column; a group where it is undefined gets the reason instead. */
function kpiPerSlice(def, d, groups) {
    return groups.map((g) => {
        const base = { column: g.column, value: g.value, rows: g.rows.length };
        try {
            const v = def.compute(d, g.rows);
            return Number.isFinite(v)
                ? { ...base, kpi: v }
                : { ...base, kpi: null, error: `the value is ${v}` };
        }
        catch (error) {
            return {
                ...base,
                kpi: null,
                error: error instanceof errors/* InputError */.dz ? error.problem.message : error.message,
            };
        }
    });
}
/** The largest difference of a KPI between the slices of any slice column, or why it cannot be judged. */
function sliceGap(def, d, groups) {
    if (groups.size === 0)
        return { reason: 'no slice columns: list them in slices in ssot/model.json', perSlice: [] };
    const perSlice = [];
    const problems = [];
    let best;
    for (const [column, list] of groups) {
        const values = kpiPerSlice(def, d, list);
        perSlice.push(...values);
        if (list.length < 2) {
            problems.push(`slice column "${column}" has a single value in the holdout (${JSON.stringify(list[0]?.value ?? '')}), so there is no gap to measure`);
            continue;
        }
        const failed = values.filter((v) => v.kpi === null);
        for (const f of failed.slice(0, 5))
            problems.push(`slice ${column}=${JSON.stringify(f.value)} (${f.rows} rows): ${f.error}`);
        if (failed.length > 5)
            problems.push(`and ${failed.length - 5} more slices of "${column}"`);
        if (failed.length > 0)
            continue;
        let lowest = values[0];
        let highest = values[0];
        for (const v of values) {
            if (v.kpi < lowest.kpi)
                lowest = v;
            if (v.kpi > highest.kpi)
                highest = v;
        }
        const gap = highest.kpi - lowest.kpi;
        if (!best || gap > best.gap)
            best = { gap, column, lowest, highest };
    }
    if (problems.length > 0)
        return {
            reason: `${def.name} cannot be judged: it needs a value on every slice, and ${problems.join('; ')}`,
            perSlice,
        };
    return { ...best, perSlice };
}

;// CONCATENATED MODULE: ./build/src/gates/g1/report.js






/** The confidence of the intervals in the report's tables (each check carries its own rule's). */
const REPORT_CONFIDENCE = 0.95;
const split = (k) => k.split('|');
/**
 * The G1 report payload: metrics with 95% intervals and baseline deltas, what
 * could not be computed and why, the slices (every KPI per slice, and which
 * slices define each gap), the confusion matrix, and how latency, throughput
 * and the bootstrap were measured. Everything a human reads is a table in
 * `tables`, which the markdown and HTML reports render.
 */
function buildReport(r) {
    const { input, candidate, baseline, reasons } = r;
    const metrics = {};
    const tables = [];
    const dropped = {};
    const rows = [...candidate].map(([k, m]) => {
        const [kpi, variable] = split(k);
        const b = baseline.get(k);
        const ci = m.samples ? bootstrapInterval(m.samples, REPORT_CONFIDENCE) : undefined;
        const dci = b?.samples ? bootstrapInterval(b.samples, REPORT_CONFIDENCE) : undefined;
        if (ci && ci.dropped > 0)
            dropped[k.replace('|', ':')] = ci.dropped;
        metrics[k.replace('|', ':')] = {
            value: m.value,
            ...(ci && 'ci' in ci ? { ci: ci.ci } : {}),
            ...(ci && ci.dropped > 0 ? { droppedResamples: ci.dropped } : {}),
        };
        const notes = [
            m.note,
            ci && ci.dropped > 0
                ? 'reason' in ci
                    ? ci.reason
                    : `${ci.dropped} of ${ci.total} resamples without a value left out`
                : undefined,
        ].filter(Boolean);
        return [
            kpi,
            variable,
            m.value,
            ci && 'ci' in ci ? ci.ci[0] : null,
            ci && 'ci' in ci ? ci.ci[1] : null,
            b?.baseline ?? null,
            b?.delta ?? null,
            dci && 'ci' in dci ? dci.ci[0] : null,
            dci && 'ci' in dci ? dci.ci[1] : null,
            notes.join('; '),
        ];
    });
    tables.push({
        title: 'Metrics on the holdout',
        columns: [
            'kpi',
            'variable',
            'candidate',
            '95% CI low',
            '95% CI high',
            'baseline',
            'delta',
            'delta 95% CI low',
            'delta 95% CI high',
            'note',
        ],
        rows,
    });
    if (reasons.size > 0)
        tables.push({
            title: 'Not computed',
            columns: ['kpi', 'variable', 'reason'],
            rows: [...reasons].map(([k, reason]) => [...split(k), reason]),
        });
    tables.push(...sliceTables(r));
    if (input.task !== 'regression') {
        const d = r.cand.get(input.variables[0].name);
        const names = input.classes ?? [];
        const cm = confusionMatrix(d.labels, d.predictedClass, names.length, undefined, d.weights);
        const weighted = input.weights
            ? `, summed sample weights of column ${JSON.stringify(input.weights.column)}`
            : '';
        tables.push({
            title: `Confusion matrix${weighted} (rows: actual, columns: predicted)`,
            columns: ['actual \\ predicted', ...names],
            rows: cm.map((row, c) => [names[c] ?? String(c), ...row]),
        });
    }
    const weights = input.weights ? weightSummary(input.weights) : null;
    tables.push(methodTable(input, dropped, weights));
    const ops = input.operations?.candidate;
    const measured = ops ? operationalKpis(ops) : undefined;
    return {
        task: input.task,
        rows: input.rows,
        variables: input.variables.map((v) => v.name),
        metrics,
        sampleWeights: weights,
        bootstrap: {
            method: `paired percentile bootstrap (mulberry32 stream)${input.weights ? '; each resampled row carries its sample weight' : ''}`,
            resamples: input.resamples,
            seed: input.seed,
            tableConfidence: REPORT_CONFIDENCE,
            maxDroppedShare: MAX_DROPPED_SHARE,
            droppedResamples: dropped,
        },
        ...(ops && measured
            ? {
                operations: {
                    method: latencyMethod(ops),
                    throughputMethod: throughputMethod(ops),
                    latencyMs: {
                        p50: measured.latency_p50_ms,
                        p95: measured.latency_p95_ms,
                        p99: measured.latency_p99_ms,
                        calls: ops.latencyMs.length,
                        warmup: ops.warmup,
                    },
                    throughputRowsPerSecond: measured.throughput_rows_per_s,
                    throughputBatchRows: ops.throughput.batchRows,
                    intraOpThreads: ops.intraOpThreads,
                    logicalCpus: ops.logicalCpus,
                },
            }
            : {}),
        tables,
        charts: charts(input, r.cand),
    };
}
function weightSummary(weights) {
    let total = 0;
    let zeros = 0;
    for (const v of weights.values) {
        total += v;
        if (v === 0)
            zeros++;
    }
    return {
        column: weights.column,
        totalWeight: total,
        zeroWeightRows: zeros,
        unweighted: ['max_error', 'latency', 'throughput'],
    };
}
function latencyMethod(ops) {
    return `${ops.warmup} untimed warm-up calls, then ${ops.latencyMs.length} timed InferenceSession.run calls with a batch of 1 row each, cycling through the holdout rows, timed with performance.now() around run(); percentiles by linear interpolation`;
}
function throughputMethod(ops) {
    return `rows per second of one InferenceSession.run call on a batch of ${(0,digits/* groupDigits */.K)(ops.throughput.batchRows)} rows (the first rows of the holdout, up to batch-size ${(0,digits/* groupDigits */.K)(ops.batchSize)}), best of ${ops.throughput.repeats} runs`;
}
/** How the numbers were measured, for the report (the evidence JSON holds the same facts as fields). */
function methodTable(input, dropped, w) {
    const rows = [];
    if (w) {
        rows.push([
            'sample weights',
            `every metric is weighted by holdout column ${JSON.stringify(w.column)} (total weight ${Number(w.totalWeight.toPrecision(6))}; ${(0,digits/* groupDigits */.K)(w.zeroWeightRows)} of ${(0,digits/* groupDigits */.K)(input.rows)} rows weigh 0), as scikit-learn weights it with sample_weight; ${input.task === 'regression' ? "max_error is unweighted (scikit-learn's takes no weights), and so are latency and throughput" : 'latency and throughput are unweighted'}. Slices use the weights of their rows${input.task === 'regression' ? '' : '; the confusion matrix sums weights'}.`,
        ]);
    }
    const confidences = [...new Set(input.rules.map((r) => r.confidence))].sort();
    if (input.resamples > 0) {
        const drops = Object.entries(dropped);
        rows.push([
            'bootstrap intervals',
            `paired percentile bootstrap: ${(0,digits/* groupDigits */.K)(input.resamples)} resamples of ${(0,digits/* groupDigits */.K)(input.rows)} rows drawn with replacement from a mulberry32 stream seeded with ${input.seed}${input.weights ? ', each drawn row carrying its sample weight (a row drawn twice counts twice)' : ''}; candidate and baseline on the same resamples; percentiles by linear interpolation; each check at the confidence of its rule (${confidences.map((c) => `${c * 100}%`).join(', ') || '95%'}), the tables at 95%. ` +
                (drops.length === 0
                    ? 'Every resample gave every KPI a value.'
                    : `Resamples without a value (e.g. one class only) are left out and counted, up to ${MAX_DROPPED_SHARE * 100}% (beyond that no interval is given): ${drops.map(([k, n]) => `${k} ${n}`).join(', ')}.`),
        ]);
    }
    else
        rows.push([
            'bootstrap intervals',
            'off (bootstrap=0): no confidence intervals; bound=ci rules are errors',
        ]);
    const ops = input.operations?.candidate;
    if (ops) {
        rows.push(['single-row latency', latencyMethod(ops)]);
        rows.push(['throughput', throughputMethod(ops)]);
        rows.push([
            'inference',
            `holdout predicted in batches of ${(0,digits/* groupDigits */.K)(ops.batchSize)} rows; onnxruntime-node, CPU execution provider, graph optimization "all", sequential execution`,
        ]);
        rows.push([
            'threads',
            `onnxruntime intra-op threads: ${ops.intraOpThreads > 0 ? ops.intraOpThreads : 'onnxruntime default (0: one per physical core)'}; this runner has ${ops.logicalCpus} logical CPUs. Latency and throughput depend on the runner: set thresholds for its class`,
        ]);
    }
    if (input.task !== 'regression') {
        const dtype = input.candidate.probabilityDtype;
        if (dtype)
            rows.push([
                'probabilities',
                `${dtype} output; log loss clips to [eps, 1 − eps] with eps = ${dtype === 'float32' ? '2^-23 (float32)' : '2^-52 (float64)'}, as scikit-learn does for that dtype; ECE with ${input.eceBins} equal-width bins`,
            ]);
    }
    return { title: 'How this was measured', columns: ['what', 'method'], rows };
}
/**
 * Per slice column (and variable): every KPI the report shows, plus the base
 * KPI of every slice_gap rule, on each slice; then one row per slice gap with
 * the slices that define it (or why it could not be judged).
 */
function sliceTables(r) {
    const { input, groups } = r;
    const tables = [];
    if (groups.size === 0)
        return tables;
    const gapRows = [];
    for (const [k, gap] of r.sliceGaps) {
        const [kpi, variable] = split(k);
        if ('reason' in gap)
            gapRows.push([kpi, variable, null, null, null, null, null, null, gap.reason]);
        else
            gapRows.push([
                kpi,
                variable,
                gap.gap,
                gap.column,
                gap.lowest.value,
                gap.lowest.kpi,
                gap.highest.value,
                gap.highest.kpi,
                '',
            ]);
    }
    if (gapRows.length > 0)
        tables.push({
            title: 'Slice gaps (largest difference between the slices of a column)',
            columns: [
                'kpi',
                'variable',
                'gap',
                'slice column',
                'lowest slice',
                'its value',
                'highest slice',
                'its value',
                'not judged because',
            ],
            rows: gapRows,
        });
    for (const v of input.variables) {
        const d = r.cand.get(v.name);
        const defs = [];
        const add = (def) => {
            if (def?.compute && !defs.some((x) => x.name === def.name))
                defs.push(def);
        };
        for (const [k, w] of r.wanted) {
            if (w.variable !== v.name)
                continue;
            if (w.sliceGap)
                add(findKpi(w.def.name.replace(/^slice_gap_/, ''))?.def);
            else if (r.candidate.has(k))
                add(w.def);
        }
        if (defs.length === 0)
            continue;
        for (const [column, list] of groups) {
            const perKpi = defs.map((def) => kpiPerSlice(def, d, list));
            tables.push({
                title: `Slices by ${column}${input.variables.length > 1 || input.task !== 'regression' ? `: ${v.name}` : ''}`,
                columns: [
                    column,
                    'rows',
                    ...(d.weights ? ['weight'] : []),
                    ...defs.map((def) => def.name),
                    'not computed',
                ],
                rows: list.map((g, i) => [
                    g.value,
                    g.rows.length,
                    ...(d.weights ? [sumOf(d.weights, g.rows)] : []),
                    ...perKpi.map((values) => values[i].kpi),
                    perKpi
                        .map((values, j) => (values[i].error ? `${defs[j].name}: ${values[i].error}` : ''))
                        .filter(Boolean)
                        .join('; '),
                ]),
            });
        }
    }
    return tables;
}
function sumOf(w, rows) {
    let s = 0;
    for (const i of rows)
        s += w[i];
    return s;
}
function charts(input, data) {
    if (input.task !== 'regression') {
        const d = data.get(input.variables[0].name);
        if (!d.probabilities)
            return [];
        // The reliability diagram of ECE's own bins: the same confidence (positive-class probability, or top-label confidence) and bins.
        const binary = d.probabilities.length === 2;
        const positive = JSON.stringify(input.classes?.[1] ?? '1');
        return [
            {
                id: 'calibration',
                title: `Reliability diagram (the ${input.eceBins} equal-width bins of ECE)`,
                kind: 'line',
                xLabel: binary ? `mean predicted probability of ${positive}` : 'mean top-label confidence',
                yLabel: binary ? `observed frequency of ${positive}` : 'accuracy of the top label',
                series: [
                    {
                        name: 'candidate',
                        points: calibrationCurve(d.labels, d.probabilities, input.eceBins, d.weights),
                    },
                ],
                reference: { kind: 'diagonal' },
            },
        ];
    }
    const out = [];
    const several = input.variables.length > 1;
    for (const v of input.variables) {
        const d = data.get(v.name);
        const suffix = several ? `-${v.name}` : '';
        const about = several ? `: ${v.name}` : '';
        const unit = v.unit ? ` (${v.unit})` : '';
        const n = d.n;
        const stride = Math.max(1, Math.ceil(n / 2000));
        const points = [];
        for (let i = 0; i < n; i += stride)
            points.push([d.y[i], d.prediction[i]]);
        const residuals = new Float64Array(n);
        for (let i = 0; i < n; i++)
            residuals[i] = d.prediction[i] - d.y[i];
        out.push({
            id: `predicted-vs-actual${suffix}`,
            title: `Predicted vs actual${about}`,
            kind: 'scatter',
            xLabel: `actual ${v.name}${unit}`,
            yLabel: 'predicted',
            series: [{ name: 'candidate', points }],
            reference: { kind: 'diagonal' },
        }, {
            id: `residuals${suffix}`,
            title: `Residuals (predicted − actual)${about}`,
            kind: 'histogram',
            xLabel: `residual${unit}`,
            yLabel: 'rows',
            series: [{ name: 'candidate', points: histogram(residuals, 30) }],
        });
        if (d.lower && d.upper) {
            // Coverage per decile of the prediction: where the interval is too narrow.
            const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => d.prediction[a] - d.prediction[b]);
            const pts = [];
            for (let q = 0; q < 10; q++) {
                const part = order.slice(Math.floor((q * n) / 10), Math.floor(((q + 1) * n) / 10));
                if (part.length === 0)
                    continue;
                // Weighted like the coverage KPI: the share of the decile's weight inside the interval.
                const weightOf = (i) => (d.weights ? d.weights[i] : 1);
                const mass = part.reduce((s, i) => s + weightOf(i), 0);
                if (!(mass > 0))
                    continue;
                const inside = part.reduce((s, i) => s + (d.y[i] >= d.lower[i] && d.y[i] <= d.upper[i] ? weightOf(i) : 0), 0);
                pts.push([q + 1, inside / mass]);
            }
            // The reference line is the coverage KPI's threshold from ssot/kpi_acceptance.csv, when there is one.
            const rule = input.rules.find((r) => r.kpi === 'coverage' && (r.variable === '' || r.variable === v.name));
            out.push({
                id: `coverage${suffix}`,
                title: `Interval coverage by prediction decile${about}`,
                kind: 'bar',
                xLabel: 'decile of the prediction',
                yLabel: 'coverage',
                series: [{ name: 'coverage', points: pts }],
                ...(rule ? { reference: { kind: 'hline', value: rule.threshold } } : {}),
            });
        }
    }
    return out;
}
function histogram(values, bins) {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const v of values) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
    }
    if (!(hi > lo))
        return [[lo, values.length]];
    const width = (hi - lo) / bins;
    const counts = new Array(bins).fill(0);
    for (const v of values)
        counts[Math.min(bins - 1, Math.floor((v - lo) / width))]++;
    return counts.map((c, b) => [lo + (b + 0.5) * width, c]);
}

;// CONCATENATED MODULE: ./build/src/gates/g1/measures.js


/** A slice-gap KPI `k` (the largest gap of `def` between the slices in `groups`) on the candidate model `c` and the baseline `b`. */
function measureSliceGap(k, def, c, b, groups, out) {
    const missing = missingOutputs(def, c, 'candidate model');
    if (missing) {
        out.reasons.set(k, missing);
        return;
    }
    const gap = sliceGap(def, c, groups);
    out.sliceGaps.set(k, gap);
    if ('reason' in gap) {
        out.reasons.set(k, gap.reason);
        return;
    }
    const fmt = (s) => `${JSON.stringify(s.value)} ${Number(s.kpi.toPrecision(4))}`;
    out.candidate.set(k, {
        value: gap.gap,
        note: `largest gap in ${gap.column}: ${fmt(gap.lowest)} (lowest) vs ${fmt(gap.highest)} (highest)`,
        details: {
            sliceColumn: gap.column,
            lowest: { value: gap.lowest.value, kpi: gap.lowest.kpi, rows: gap.lowest.rows },
            highest: { value: gap.highest.value, kpi: gap.highest.kpi, rows: gap.highest.rows },
            slices: gap.perSlice.map((s) => ({
                column: s.column,
                value: s.value,
                rows: s.rows,
                kpi: s.kpi,
            })),
        },
    });
    if (b) {
        const bm = missingOutputs(def, b, 'baseline model');
        const bg = bm ? { reason: bm } : sliceGap(def, b, groups);
        if ('gap' in bg)
            out.baseline.set(k, { baseline: bg.gap, delta: gap.gap - bg.gap });
        else
            out.baselineReasons.set(k, bg.reason);
    }
}
/**
 * Paired bootstrap: every KPI of both models on the same resamples; a
 * resample where a KPI is undefined gives NaN, counted later. The
 * replicates go into the candidate's measures and the baseline comparisons.
 */
function pairedBootstrap(input, bootstrapped, out) {
    if (input.resamples === 0 || bootstrapped.length === 0)
        return;
    const samples = new Map(bootstrapped.map(({ k, b }) => [
        k,
        {
            c: new Float64Array(input.resamples),
            d: b ? new Float64Array(input.resamples) : undefined,
        },
    ]));
    forEachResample(input.rows, input.resamples, input.seed, (idx, r) => {
        for (const { k, def, c, b } of bootstrapped) {
            const s = samples.get(k);
            const cv = safe(() => def.compute(c, idx));
            s.c[r] = cv;
            if (s.d)
                s.d[r] = cv - safe(() => def.compute(b, idx));
        }
    });
    for (const { k } of bootstrapped) {
        const s = samples.get(k);
        out.candidate.get(k).samples = s.c;
        const cmp = out.baseline.get(k);
        if (cmp && s.d)
            cmp.samples = s.d;
    }
}
/** Why a model cannot give KPI `def` (it lacks the interval or probability outputs it needs), or undefined. */
function missingOutputs(def, d, who) {
    if (def.needs === 'intervals' && (!d.lower || !d.upper))
        return `the ${who} has no prediction-interval outputs for this variable (outputs.lower and outputs.upper, or lower and upper of the target, in ssot/model.json)`;
    if (def.needs === 'probabilities' && !d.probabilities)
        return `the ${who} has no probabilities output (outputs.probabilities in ssot/model.json)`;
    return undefined;
}
/** A bootstrap replicate: NaN where the KPI is undefined on the resample. */
function safe(f) {
    try {
        return f();
    }
    catch {
        return Number.NaN;
    }
}

;// CONCATENATED MODULE: ./build/src/gates/g1/evaluate.js








/** KPIs shown in the report even when no rule names them. */
const REPORTED = {
    regression: ['mae', 'rmse', 'mape', 'r2', 'bias', 'max_error', 'coverage', 'interval_width'],
    binary: [
        'accuracy',
        'balanced_accuracy',
        'precision',
        'recall',
        'f1',
        'roc_auc',
        'average_precision',
        'log_loss',
        'brier',
        'ece',
    ],
    multiclass: [
        'accuracy',
        'balanced_accuracy',
        'f1_macro',
        'f1_weighted',
        'roc_auc_ovr',
        'log_loss',
        'brier',
        'ece',
    ],
};
function evalData(input, p) {
    const out = new Map();
    const empty = {
        y: new Float64Array(0),
        prediction: new Float64Array(0),
        labels: new Int32Array(0),
        predictedClass: new Int32Array(0),
        classes: [],
    };
    const common = {
        task: input.task,
        n: input.rows,
        eceBins: input.eceBins,
        probabilityEps: DTYPE_EPS[p.probabilityDtype ?? 'float64'],
        ...(input.weights ? { weights: input.weights.values } : {}),
    };
    if (input.task === 'regression') {
        input.variables.forEach((v, i) => {
            const t = p.targets[i];
            out.set(v.name, {
                ...empty,
                ...common,
                y: input.y[i],
                prediction: t.prediction,
                ...(t.lower && t.upper ? { lower: t.lower, upper: t.upper } : {}),
            });
        });
    }
    else {
        out.set(input.variables[0].name, {
            ...empty,
            ...common,
            labels: input.labels,
            predictedClass: p.predictedClass,
            classes: input.classes ?? [],
            ...(p.probabilities ? { probabilities: p.probabilities } : {}),
        });
    }
    return out;
}
/**
 * Checks classifier probabilities as scikit-learn does before log_loss and
 * brier_score_loss: every value in [0, 1] (sklearn raises otherwise), and every
 * row summing to 1 within 1e-8 + sqrt(eps) of the output's dtype (sklearn
 * warns "do not sum to one"; G1 stops, since such rows are not probabilities).
 */
function validateProbabilities(p, file) {
    const proba = p.probabilities;
    if (!proba || proba.length === 0)
        return;
    const n = proba[0].length;
    for (let c = 0; c < proba.length; c++) {
        const col = proba[c];
        for (let i = 0; i < n; i++) {
            const v = col[i];
            if (v < 0 || v > 1)
                throw new errors/* InputError */.dz({
                    file,
                    message: `Probability of class #${c} is outside [0, 1] on holdout row ${i + 1}`,
                    expected: 'probabilities in [0, 1]',
                    found: String(v),
                });
        }
    }
    const dtype = p.probabilityDtype ?? 'float64';
    const bad = firstBadRowSum(proba, dtype, 'log_loss');
    if (bad)
        throw new errors/* InputError */.dz({
            file,
            message: `Class probabilities do not sum to 1 on holdout row ${bad.row + 1}`,
            expected: `a row sum of 1 (scikit-learn's rule for ${dtype}: ${bad.tolerance})`,
            found: String(bad.sum),
        });
}
/**
 * Checks prediction intervals: on every row the lower bound is at most the
 * upper one. Crossed bounds (usually lower and upper swapped in
 * ssot/model.json) would give a negative interval_width that passes any
 * `<=` threshold and a coverage of nearly 0, so they stop the gate, naming
 * the first row, its values and how many rows cross. `targets` names the
 * variables in `p.targets` order.
 */
function validateIntervals(p, targets, file) {
    p.targets.forEach((t, v) => {
        const { lower, upper } = t;
        if (!lower || !upper)
            return;
        let first = -1;
        let crossed = 0;
        for (let i = 0; i < lower.length; i++) {
            if (lower[i] > upper[i]) {
                if (first < 0)
                    first = i;
                crossed++;
            }
        }
        if (first < 0)
            return;
        const name = targets[v]?.name ?? `#${v}`;
        throw new errors/* InputError */.dz({
            file,
            message: `The interval bounds of "${name}" cross on holdout row ${first + 1}${crossed > 1 ? ` (and ${crossed - 1} more of ${lower.length} rows)` : ''}: lower ${lower[first]} is above upper ${upper[first]}`,
            expected: 'lower <= upper on every row (are lower and upper swapped in ssot/model.json?)',
            found: `lower ${lower[first]}, upper ${upper[first]}`,
        });
    });
}
/** A KPI precondition on the whole holdout, beyond what `compute` checks; returns why it cannot be computed. */
function precheck(def, d, dtype) {
    if (def.name === 'roc_auc_ovr' && d.probabilities) {
        const bad = firstBadRowSum(d.probabilities, dtype, 'roc_auc_ovr');
        if (bad)
            return `one-vs-rest ROC AUC needs probabilities that sum to 1 on every row (scikit-learn raises otherwise: ${bad.tolerance}); holdout row ${bad.row + 1} sums to ${bad.sum}`;
    }
    return undefined;
}
/** Notes that qualify a KPI's value (said with every check of it and in the report). */
function valueNote(def, d, variable) {
    if (def.name === 'mape') {
        let zeros = 0;
        for (const v of d.y)
            if (v === 0)
                zeros++;
        if (zeros > 0)
            return `${variable} is 0 on ${zeros} of ${d.n} holdout rows: MAPE divides by max(|y|, 2.2e-16) as scikit-learn defines it, so those rows dominate it and MAPE is not meaningful here (use mae or rmse)`;
    }
    return undefined;
}
/** Pure G1 evaluation: metrics, bootstrap replicates, baseline deltas, slices, and the checks of every rule. */
function evaluateG1(input) {
    const cand = evalData(input, input.candidate);
    const base = input.baseline ? evalData(input, input.baseline) : undefined;
    const groups = sliceGroups(input.slices);
    const wanted = new Map();
    for (const v of input.variables) {
        const d = cand.get(v.name);
        for (const name of REPORTED[input.task]) {
            const found = findKpi(name);
            // Shown by default only when the model has the outputs they need; a rule naming one still gets an error.
            if (found.def.needs === 'intervals' && !d.lower)
                continue;
            if (found.def.needs === 'probabilities' && !d.probabilities)
                continue;
            wanted.set(key(name, v.name), { ...found, variable: v.name });
        }
    }
    for (const rule of input.rules) {
        const r = resolveRule(rule, input.variables, input.task);
        if ('def' in r)
            wanted.set(key(rule.kpi, rule.variable), { ...findKpi(rule.kpi), variable: rule.variable });
    }
    const reasons = new Map();
    const baselineReasons = new Map();
    const candidate = new Map();
    const baseline = new Map();
    const bootstrapped = [];
    const dtypeOf = (who) => (who === 'candidate' ? input.candidate : input.baseline)?.probabilityDtype ?? 'float64';
    /** The KPI's point value on one model, or undefined with the reason in `into`. */
    const pointValue = (def, d, k, who, into) => {
        const missing = missingOutputs(def, d, `${who} model`);
        if (missing) {
            into.set(k, missing);
            return undefined;
        }
        const pre = precheck(def, d, dtypeOf(who));
        if (pre) {
            into.set(k, pre);
            return undefined;
        }
        try {
            const v = def.compute(d);
            if (Number.isFinite(v))
                return v;
            into.set(k, `${def.name} is ${v} on the holdout`);
        }
        catch (error) {
            into.set(k, error instanceof errors/* InputError */.dz ? error.problem.message : error.message);
        }
        return undefined;
    };
    const sliceGaps = new Map();
    for (const [k, { def, sliceGap: isGap, variable }] of wanted) {
        if (!def.compute) {
            const ops = input.operations;
            const v = ops ? operational(def.name, ops.candidate) : undefined;
            if (v === undefined)
                reasons.set(k, 'operational KPIs need the model to be run (they are measured by the gate, not read from data)');
            else
                candidate.set(k, { value: v });
            const bv = ops?.baseline ? operational(def.name, ops.baseline) : undefined;
            if (v !== undefined && bv !== undefined)
                baseline.set(k, { baseline: bv, delta: v - bv });
            continue;
        }
        const c = cand.get(variable);
        const b = base?.get(variable);
        if (isGap) {
            measureSliceGap(k, def, c, b, groups, {
                candidate,
                baseline,
                reasons,
                baselineReasons,
                sliceGaps,
            });
            continue;
        }
        const v = pointValue(def, c, k, 'candidate', reasons);
        if (v === undefined)
            continue;
        const note = valueNote(def, c, variable);
        candidate.set(k, { value: v, ...(note ? { note } : {}) });
        const bv = b ? pointValue(def, b, k, 'baseline', baselineReasons) : undefined;
        if (bv !== undefined)
            baseline.set(k, { baseline: bv, delta: v - bv });
        bootstrapped.push({ k, def, c, ...(bv !== undefined ? { b: b } : {}) });
    }
    pairedBootstrap(input, bootstrapped, { candidate, baseline });
    const checks = judgeRules({
        rules: input.rules,
        variables: input.variables,
        task: input.task,
        candidate,
        baseline,
        reasons,
        baselineReasons,
        hasBaseline: input.baseline !== undefined,
        resamples: input.resamples,
    });
    return {
        checks,
        report: buildReport({ input, cand, candidate, baseline, reasons, groups, wanted, sliceGaps }),
    };
}
function operational(name, ops) {
    const kpis = operationalKpis(ops);
    return kpis[name];
}

// EXTERNAL MODULE: ./build/src/gates/g1/holdout.js + 1 modules
var g1_holdout = __webpack_require__(95911);
// EXTERNAL MODULE: ./build/src/onnx/runner.js + 3 modules
var runner = __webpack_require__(52731);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./build/src/registry/model-uri.js

function isModelUri(text) {
    return text.startsWith('models:/');
}
function parseModelUri(uri, where = {}) {
    const m = /^models:\/([^@/]+)(?:@([^/]+)|\/([^/@]+))$/.exec(uri);
    const fail = (found) => new errors/* InputError */.dz({
        ...where,
        message: 'A registry model URI names a model and the champion alias or a version',
        expected: 'models:/<name>@champion or models:/<name>/<version>',
        found,
    });
    if (!m)
        throw fail(JSON.stringify(uri));
    if (m[2] !== undefined && m[2] !== 'champion')
        throw fail(`the alias ${JSON.stringify(m[2])} (modelgate keeps only champion, the production pointer)`);
    return {
        uri,
        model: m[1],
        ...(m[2] !== undefined ? { alias: 'champion' } : { version: m[3] }),
    };
}
/**
 * Downloads the model file of a registry version to `toPath`: the file whose
 * digest is the version's model digest, checked again after the download.
 */
async function fetchRegistryModel(registry, ref, toPath, where = {}) {
    const version = ref.alias
        ? await registry.production(ref.model)
        : await registry.version({ model: ref.model, version: ref.version });
    if (!version)
        throw new errors/* InputError */.dz({
            ...where,
            message: ref.alias
                ? `The ${registry.kind} registry has no version of ${ref.model} in production`
                : `The ${registry.kind} registry has no version ${ref.version} of ${ref.model}`,
            expected: ref.alias
                ? 'a model promoted by G5 (or no baseline until the first release)'
                : 'a registered version',
            found: ref.uri,
        });
    const held = version.files.find((f) => f.sha256 === version.modelDigest);
    if (!version.modelDigest || !held)
        throw new errors/* InputError */.dz({
            ...where,
            message: `${ref.uri} is ${ref.model} ${version.version}, which holds no model file that modelgate registered`,
            expected: 'a version registered by modelgate (its model file and digest)',
            found: version.files.map((f) => f.name).join(', ') || 'no files',
        });
    const file = await registry.download(version, held.name, toPath);
    if (file.sha256 !== version.modelDigest)
        throw new errors/* InputError */.dz({
            ...where,
            message: `The model file of ${ref.uri} does not match its registered digest`,
            expected: `sha256 ${version.modelDigest}`,
            found: `sha256 ${file.sha256}`,
        });
    return { version, file };
}

;// CONCATENATED MODULE: ./build/src/gates/g1/baseline.js





/** Resolves (without fetching) the baseline named by the inputs or model.json. */
function baselineRef(ctx, configured) {
    if (ctx.inputs.baselineModel)
        return { kind: 'file', path: ctx.workspace.resolve(ctx.inputs.baselineModel, 'baseline model') };
    if (configured === undefined)
        return undefined;
    const where = { file: ctx.ssot.display('model.json'), pointer: '/paths/baseline' };
    if (isModelUri(configured)) {
        const uri = parseModelUri(configured, where);
        if (!ctx.services.registry)
            throw new errors/* InputError */.dz({
                ...where,
                message: `The baseline ${configured} is in a model registry, and no registry is configured`,
                expected: 'the registry input (e.g. registry: mlflow with MLFLOW_TRACKING_URI), or a baseline model file',
                found: 'no registry',
            });
        return { kind: 'registry', uri };
    }
    return {
        kind: 'file',
        path: ctx.ssot.resolveRepoPath(configured, 'baseline model'),
    };
}
/** Makes the baseline a local file: as is, or downloaded from the registry into a temporary folder. */
async function openBaseline(ctx, ref) {
    if (ref.kind === 'file') {
        const display = ctx.workspace.display(ref.path);
        return {
            path: ref.path,
            display,
            subject: () => ctx.describeFile(ref.path, 'baseline-model'),
            close: async () => { },
        };
    }
    const registry = ctx.services.registry;
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'modelgate-baseline-'));
    const close = () => (0,promises_.rm)(dir, { recursive: true, force: true });
    try {
        const path = (0,external_node_path_.join)(dir, 'baseline.onnx');
        const { version, file } = await fetchRegistryModel(registry, ref.uri, path, {
            file: ctx.ssot.display('model.json'),
            pointer: '/paths/baseline',
        });
        return {
            path,
            display: ref.uri.uri,
            subject: async () => ({
                role: 'baseline-model',
                path: ref.uri.uri,
                sha256: file.sha256,
                bytes: file.bytes,
            }),
            registry: {
                kind: registry.kind,
                model: version.model,
                version: version.version,
                ...(version.url ? { url: version.url } : {}),
            },
            close,
        };
    }
    catch (error) {
        await close();
        throw error;
    }
}

;// CONCATENATED MODULE: ./build/src/gates/g1/index.js












/**
 * G1 Model Performance: run the candidate (and the baseline, when there is
 * one) on the holdout with onnxruntime, then judge ssot/kpi_acceptance.csv.
 */
const g1 = {
    id: 'G1',
    options: {
        bootstrap: 'bootstrap resamples for confidence intervals (0 turns intervals off; default depends on the holdout size)',
        seed: 'seed of the bootstrap resampling (default 20240101)',
        'ece-bins': 'bins of the expected calibration error (default 10)',
        'latency-calls': 'timed single-row calls for the latency percentiles (default 200)',
        warmup: 'untimed calls before the latency is measured (default 20)',
        'batch-size': 'rows per inference batch (default 65536)',
        'inference-threads': "onnxruntime's intra-op threads (0: its default)",
        threads: 'threads that read a large holdout CSV (default: the available cores, at most 8)',
    },
    async run(ctx) {
        const model = await ctx.ssot.model();
        const rules = (await ctx.ssot.kpiRules()).filter((r) => r.gate === 'G1');
        if (rules.length === 0) {
            throw new errors/* InputError */.dz({
                file: ctx.ssot.display('kpi_acceptance.csv'),
                message: 'No G1 rules: G1 has nothing to judge',
                expected: 'at least one row with gate=G1',
                found: 'none',
            });
        }
        const options = parseOptions(ctx.inputs.options);
        const modelFile = ctx.ssot.display('model.json');
        const targets = (0,model_config/* resolveTargets */.h5)(model, modelFile);
        const classes = (0,model_config/* classNames */.xW)(model, modelFile);
        const weight = (0,model_config/* weightColumn */.Xu)(model, targets, modelFile);
        const holdoutInput = pickHoldout(ctx.inputs.data);
        const holdoutPath = holdoutInput
            ? ctx.workspace.resolve(holdoutInput.path, 'holdout data')
            : model.paths.holdout
                ? ctx.ssot.resolveRepoPath(model.paths.holdout, 'holdout data')
                : undefined;
        if (!holdoutPath)
            throw new errors/* InputError */.dz({
                message: 'G1 has no holdout data',
                expected: '--data holdout=FILE, the data input, or paths.holdout in ssot/model.json',
                found: 'none',
            });
        const modelPath = ctx.inputs.model
            ? ctx.workspace.resolve(ctx.inputs.model, 'model')
            : ctx.ssot.resolveRepoPath(model.paths.model, 'model');
        const baselineSource = baselineRef(ctx, model.paths.baseline);
        const holdoutDisplay = ctx.workspace.display(holdoutPath);
        const t0 = performance.now();
        const holdout = await (0,g1_holdout.readHoldout)(holdoutPath, holdoutDisplay, {
            task: model.task,
            features: model.features,
            slices: model.slices ?? [],
            targets: targets.map((t) => ({ name: t.name, column: t.column })),
            ...(classes ? { classes } : {}),
            ...(weight !== undefined ? { weight } : {}),
        }, (0,range_workers/* threadCount */.Cc)(ctx.inputs.options.threads));
        // A large holdout was hashed by one of the threads that read it; a small one is hashed now.
        const holdoutDigest = ctx.describeFile(holdoutPath, 'holdout', undefined, holdout.digest);
        holdoutDigest.catch(() => { });
        const t1 = performance.now();
        const io = (0,model_io/* modelIoFor */.T)(model, targets, classes);
        const candidate = await runModel(modelPath, ctx.workspace.display(modelPath), io, holdout, options);
        const base = baselineSource ? await openBaseline(ctx, baselineSource) : undefined;
        const baseline = base
            ? await runModel(base.path, base.display, io, holdout, options).finally(base.close)
            : undefined;
        const t2 = performance.now();
        const resamples = options.bootstrap ?? defaultResampleCount(holdout.rows);
        const { checks, report } = evaluateG1({
            task: model.task,
            variables: targets.map((t) => ({
                name: t.name,
                ...(t.unit !== undefined ? { unit: t.unit } : {}),
            })),
            ...(classes ? { classes } : {}),
            rules,
            rows: holdout.rows,
            y: holdout.y,
            labels: holdout.labels,
            slices: holdout.slices,
            ...(weight !== undefined && holdout.weights
                ? { weights: { column: weight, values: holdout.weights } }
                : {}),
            candidate: candidate.predictions,
            ...(baseline ? { baseline: baseline.predictions } : {}),
            operations: {
                candidate: candidate.operations,
                ...(baseline ? { baseline: baseline.operations } : {}),
            },
            resamples,
            seed: options.seed,
            eceBins: options.eceBins,
        });
        const t3 = performance.now();
        const stages = {
            readMs: t1 - t0,
            inferenceMs: candidate.inferenceMs + (baseline?.inferenceMs ?? 0),
            operationsMs: candidate.operationsMs + (baseline?.operationsMs ?? 0),
            metricsMs: t3 - t2,
        };
        const subjectModel = await ctx.describeFile(modelPath, 'model');
        const artifacts = base ? [await base.subject()] : [];
        const status = decideStatus(checks, 0);
        return {
            status,
            summary: `${model.name} on ${(0,digits/* groupDigits */.K)(holdout.rows)} holdout rows${weight !== undefined ? ` weighted by column ${JSON.stringify(weight)}` : ''}${baseline ? ' against the baseline' : ', no baseline'}; ${describeCounts(checks)}`,
            subject: {
                model: subjectModel,
                data: [
                    {
                        ...(await holdoutDigest),
                        rows: holdout.rows,
                        ...(weight !== undefined ? { weightColumn: weight } : {}),
                    },
                ],
                artifacts,
            },
            checks,
            problems: [],
            report: {
                ...report,
                stages,
                model: {
                    name: model.name,
                    version: model.version ?? null,
                    owner: model.owner,
                    stage: model.stage,
                },
                baseline: base?.display ?? null,
                ...(base?.registry ? { baselineRegistry: base.registry } : {}),
            },
        };
    },
};
/**
 * The holdout among the data inputs: the one with role `holdout`
 * (`holdout=FILE`, or a bare path named holdout.csv), or else a single path
 * given without a role. Anything else is refused rather than guessed: a
 * `training=FILE` judged as the holdout would measure the model on the rows
 * it learnt from.
 */
function pickHoldout(data) {
    if (data.length === 0)
        return undefined;
    const given = data.map((d) => (d.explicitRole ? `${d.role}=${d.path}` : d.path)).join(', ');
    const holdouts = data.filter((d) => d.role === 'holdout' || /^holdout_\d+$/.test(d.role));
    if (holdouts.length > 1) {
        throw new errors/* InputError */.dz({
            message: `G1 evaluates one holdout, and the data input names ${holdouts.length}`,
            expected: 'one holdout=FILE',
            found: holdouts.map((d) => d.path).join(', '),
        });
    }
    if (holdouts.length === 1)
        return holdouts[0];
    if (data.length === 1 && !data[0].explicitRole)
        return data[0];
    throw new errors/* InputError */.dz({
        message: 'G1 evaluates the model on the holdout, and the data input names no holdout',
        expected: 'holdout=FILE, or a single file path without a role (G1 never evaluates on a file given another role, such as training)',
        found: given,
    });
}
function parseOptions(raw) {
    const int = (name, fallback, min, max) => {
        const v = raw[name];
        if (v === undefined)
            return fallback;
        const n = Number(v);
        if (!Number.isInteger(n) || n < min || n > max)
            throw new errors/* InputError */.dz({
                message: `Invalid option ${name}`,
                expected: `a whole number from ${min} to ${max}`,
                found: JSON.stringify(v),
            });
        return n;
    };
    const bootstrap = int('bootstrap', undefined, 0, 100_000);
    return {
        ...(bootstrap !== undefined ? { bootstrap } : {}),
        seed: int('seed', 20240101, 0, 2 ** 32 - 1),
        eceBins: int('ece-bins', 10, 2, 1000),
        latencyCalls: int('latency-calls', 200, 10, 100_000),
        warmup: int('warmup', 20, 0, 10_000),
        batchSize: int('batch-size', 65_536, 1, 10_000_000),
        intraOpThreads: int('inference-threads', 0, 0, 1024),
    };
}
async function runModel(path, display, io, holdout, options) {
    const model = await runner/* LoadedModel */.D.open(path, display, io, {
        intraOpThreads: options.intraOpThreads,
    });
    try {
        const t0 = performance.now();
        const predictions = await model.predict(holdout.features, holdout.rows, options.batchSize);
        const inferenceMs = performance.now() - t0;
        validateProbabilities(predictions, display);
        validateIntervals(predictions, io.targets, display);
        const t1 = performance.now();
        const latencyMs = await model.measureLatency(holdout.features, holdout.rows, options.warmup, options.latencyCalls);
        const throughput = await model.measureThroughput(holdout.features, holdout.rows, options.batchSize, 3);
        const operations = {
            latencyMs,
            warmup: options.warmup,
            throughput,
            intraOpThreads: options.intraOpThreads,
            batchSize: options.batchSize,
            logicalCpus: (0,external_node_os_.availableParallelism)(),
        };
        return { predictions, operations, inferenceMs, operationsMs: performance.now() - t1 };
    }
    finally {
        await model.close();
    }
}

// EXTERNAL MODULE: ./build/src/io/file-errors.js
var file_errors = __webpack_require__(24480);
// EXTERNAL MODULE: ./build/src/io/paths.js
var paths = __webpack_require__(20874);
;// CONCATENATED MODULE: ./build/src/io/folder-files.js



/**
 * Every entry under `dir`, sorted by path: the one folder walk G2 uses for
 * signatures, coverage and scanning, with one link policy. Folders are
 * descended into; a symbolic link (to a file or a folder) is an entry of its
 * own, reported with its target and never followed, so nothing outside the
 * folder is ever read through it. `skip` leaves out a relative path, and
 * everything under it, before it is read.
 */
async function listFolder(dir, skip = () => false) {
    const root = await (0,promises_.realpath)(dir);
    const out = [];
    const walk = async (folder) => {
        for (const entry of await (0,promises_.readdir)(folder, { withFileTypes: true })) {
            const absolute = (0,external_node_path_.join)(folder, entry.name);
            const path = (0,external_node_path_.relative)(dir, absolute).split(external_node_path_.sep).join('/');
            if (skip(path))
                continue;
            if (entry.isSymbolicLink()) {
                const resolved = await (0,promises_.realpath)(absolute).catch(() => undefined);
                out.push({
                    path,
                    absolute,
                    kind: 'symlink',
                    link: {
                        target: await (0,promises_.readlink)(absolute),
                        inside: resolved !== undefined && (0,paths/* isInside */.F)(root, resolved),
                        dangling: resolved === undefined,
                    },
                });
            }
            else if (entry.isDirectory())
                await walk(absolute);
            else
                out.push({ path, absolute, kind: entry.isFile() ? 'file' : 'other' });
        }
    };
    await walk(dir);
    return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

;// CONCATENATED MODULE: ./build/src/gates/g2/signing/coverage.js



/** Manifest roles, in the order the manifest lists them. */
const ROLE_ORDER = [
    'model',
    'declared-model',
    'model-card',
    'ssot',
    'model-file',
    'artifact',
];
/**
 * The release material G2 requires, from model.json and the ssot/ folder:
 * the subject model (the model input, else paths.model), paths.model when
 * the input names another file, paths.modelCard, and every file under ssot/
 * except the signature files and OMS bundles security.json names.
 */
async function requiredMaterial(ctx, model, subjectModel, signatureFiles) {
    const modelJson = ctx.ssot.display('model.json');
    if (!model.paths.modelCard) {
        throw new errors/* InputError */.dz({
            file: modelJson,
            pointer: '/paths',
            message: 'G2 needs the model card: it is release material, and must be signed',
            expected: 'paths.modelCard (for example "MODEL_CARD.md")',
            found: 'no paths.modelCard',
        });
    }
    const required = [];
    const add = (absolute, role, because) => {
        if (!required.some((r) => r.absolute === absolute))
            required.push({ absolute, path: ctx.workspace.display(absolute), role, because });
    };
    const declared = ctx.ssot.resolveRepoPath(model.paths.model, 'model');
    add(subjectModel, 'model', subjectModel === declared ? `paths.model in ${modelJson}` : 'the model input (--model)');
    add(declared, 'declared-model', `paths.model in ${modelJson}`);
    add(ctx.ssot.resolveRepoPath(model.paths.modelCard, 'model card'), 'model-card', `paths.modelCard in ${modelJson}`);
    let entries;
    try {
        entries = await listFolder(ctx.ssot.dir, (path) => signatureFiles.has((0,external_node_path_.join)(ctx.ssot.dir, path)));
    }
    catch (error) {
        throw new errors/* InputError */.dz({
            file: ctx.workspace.display(ctx.ssot.dir),
            message: 'Cannot list the ssot folder',
            expected: 'a readable folder',
            found: error.code ?? String(error),
        });
    }
    for (const e of entries)
        if (e.kind === 'file')
            add(e.absolute, 'ssot', 'it is part of the SSOT snapshot');
    const unsignable = entries.flatMap((e) => e.link
        ? [
            `${ctx.ssot.display(e.path)} (a symbolic link to ${e.link.target}; links are not followed, put the file itself there)`,
        ]
        : e.kind === 'other'
            ? [`${ctx.ssot.display(e.path)} (not a regular file)`]
            : []);
    return { required, unsignable };
}
/**
 * Coverage by digest: each required file must be vouched for, at its own
 * path, by a verified signature or OMS bundle whose digest is the file's
 * digest now. Never by folder prefix.
 */
function coverageCheck(material, vouched, securityFile) {
    const byPath = new Map(vouched.map((v) => [v.absolute, v]));
    const uncovered = [
        ...material.required
            .filter((r) => !byPath.has(r.absolute))
            .map((r) => `${r.path} (${r.role}, required by ${r.because})`),
        ...material.unsignable,
    ];
    return {
        id: 'G2.release_material.coverage',
        rule: 'release_material_coverage',
        value: uncovered.length,
        operator: '<=',
        threshold: 0,
        unit: 'files',
        status: uncovered.length ? 'fail' : 'pass',
        severity: 'block',
        message: uncovered.length
            ? `not covered by a verified signature: ${uncovered.join(', ')}. Sign each one (releaseMaterial) or cover it with an OMS bundle (modelSignatures)`
            : `the model, the model card and the SSOT snapshot are signed: ${material.required.length} files, each by a verified signature over its current digest`,
        source: { file: securityFile, pointer: '/releaseMaterial' },
        details: {
            required: material.required.map((r) => ({ path: r.path, role: r.role })),
            uncovered,
        },
    };
}
/**
 * The evidence subject is the model the signatures cover: the model input
 * (or paths.model) must be vouched for, with the digest the subject records.
 */
function subjectModelCheck(subject, vouched, viaInput) {
    const v = vouched.find((x) => x.path === subject.path);
    const signedModels = vouched
        .filter((x) => /\.(onnx|pkl|pickle|joblib|pt|pth|bin|safetensors|gguf|h5|keras|pb|tflite)$/i.test(x.path))
        .map((x) => x.path);
    const ok = v !== undefined && v.sha256 === subject.sha256;
    const from = viaInput ? 'the model input (--model)' : 'paths.model';
    return {
        id: 'G2.subject_model',
        rule: 'subject_model_signed',
        variable: subject.path,
        value: ok,
        status: ok ? 'pass' : 'fail',
        severity: 'block',
        message: ok
            ? `the evidence subject ${subject.path} (${from}) is the signed model (sha256 ${subject.sha256.slice(0, 12)}..., ${v.method === 'oms' ? 'OMS bundle' : 'signature'} ${v.signature})`
            : v
                ? `${subject.path} changed while G2 read it: signed digest ${v.sha256}, now ${subject.sha256}`
                : `${from} ${subject.path} is not covered by a verified signature, so G2 cannot vouch for it${signedModels.length ? ` (signed model files: ${signedModels.join(', ')})` : ''}`,
        details: { sha256: subject.sha256, ...(v ? { signedBy: v.signature, keyId: v.keyId } : {}) },
    };
}

// EXTERNAL MODULE: ./build/src/signing/signatures.js
var signing_signatures = __webpack_require__(83682);
;// CONCATENATED MODULE: ./build/src/signing/keys.js


/** The gate option (and Action input) that pins the trusted keys by fingerprint. */
const TRUSTED_KEYS_OPTION = 'trusted-keys';
/**
 * Parses `trusted-keys`: fingerprints separated by commas, spaces or new
 * lines, each `sha256:<64 hex>` or the bare hex. Empty or absent: no pinning.
 */
function parseTrustedKeys(raw) {
    const items = (raw ?? '').split(/[\s,]+/).filter((s) => s !== '');
    if (items.length === 0)
        return undefined;
    const pins = new Set();
    for (const item of items) {
        const m = /^(?:sha256:)?([0-9a-fA-F]{64})$/.exec(item);
        if (!m) {
            throw new errors/* InputError */.dz({
                message: `Invalid ${TRUSTED_KEYS_OPTION}`,
                expected: 'key fingerprints "sha256:<64 hex digits>" (sha256 of the DER public key: openssl pkey -pubin -in key.pub -outform DER | sha256sum)',
                found: JSON.stringify(item.length > 80 ? `${item.slice(0, 77)}...` : item),
            });
        }
        pins.add(`sha256:${m[1].toLowerCase()}`);
    }
    return pins;
}
/** Loads every key; `readKeyFile` reads a publicKeyPath (relative to the repository root). */
async function loadKeys(keys, securityFile, pins, readKeyFile) {
    const loaded = new Map();
    for (const [i, k] of keys.entries()) {
        if (loaded.has(k.id))
            throw new errors/* InputError */.dz({
                file: securityFile,
                pointer: `/keys/${i}/id`,
                message: 'Duplicate key id',
                expected: 'a key id used once',
                found: JSON.stringify(k.id),
            });
        let key;
        if (k.publicKey !== undefined) {
            key = (0,signing_signatures/* parsePublicKey */.ee)(k.publicKey, k.algorithm, {
                file: securityFile,
                pointer: `/keys/${i}/publicKey`,
            });
        }
        else {
            const file = await readKeyFile(k.publicKeyPath, `public key ${k.id}`);
            key = (0,signing_signatures/* parsePublicKey */.ee)(file.text, k.algorithm, { file: file.display });
        }
        const fingerprint = (0,signing_signatures/* keyFingerprint */.yy)(key);
        loaded.set(k.id, {
            id: k.id,
            algorithm: k.algorithm,
            key,
            fingerprint,
            trusted: pins === undefined || pins.has(fingerprint),
        });
    }
    return loaded;
}
/** Looks up a key id; an unknown id is an error at its pointer. */
function keyFor(keys, id, securityFile, pointer) {
    const key = keys.get(id);
    if (!key)
        throw new errors/* InputError */.dz({
            file: securityFile,
            pointer,
            message: 'Unknown key id',
            expected: `one of ${[...keys.keys()].join(', ')}`,
            found: JSON.stringify(id),
        });
    return key;
}
/** Why a verified signature still does not count: its key is not pinned by trusted-keys. */
function untrustedReason(key) {
    return `key ${key.id} (${key.fingerprint}) is not among the workflow's ${TRUSTED_KEYS_OPTION}, so its signatures do not count`;
}
/**
 * One check for the trust root: with `trusted-keys` set, every signature must
 * come from a pinned key; without it the keys are whatever ssot/security.json
 * says, which a pull request can change, and the check says so.
 */
function trustedKeysCheck(keys, pins, usedKeyIds, securityFile) {
    const base = {
        id: 'G2.trusted_keys',
        rule: 'trusted_keys',
        severity: 'block',
        source: { file: securityFile, pointer: '/keys' },
    };
    const all = [...keys.values()].map((k) => ({
        id: k.id,
        fingerprint: k.fingerprint,
        trusted: k.trusted,
        used: usedKeyIds.has(k.id),
    }));
    if (!pins) {
        return {
            ...base,
            value: null,
            status: 'skipped',
            message: `${TRUSTED_KEYS_OPTION} is not set: the keys are the ones ${securityFile} lists, and a pull request can replace them. Pin them in the workflow (${[...keys.values()].map((k) => k.fingerprint).join(', ')})`,
            details: { keys: all },
        };
    }
    const untrusted = all.filter((k) => k.used && !k.trusted);
    return {
        ...base,
        value: untrusted.length,
        operator: '<=',
        threshold: 0,
        unit: 'keys',
        status: untrusted.length ? 'fail' : 'pass',
        message: untrusted.length
            ? `signatures by keys that ${TRUSTED_KEYS_OPTION} does not pin: ${untrusted.map((k) => `${k.id} (${k.fingerprint})`).join(', ')}`
            : `every signature is by a key pinned by ${TRUSTED_KEYS_OPTION} (${[...pins].length} pinned)`,
        details: { keys: all, pinned: [...pins] },
    };
}

;// CONCATENATED MODULE: ./build/src/gates/g2/signing/manifest.js

/** The manifest: every vouched file once (the first signature that vouches for it), model first. */
function buildManifest(vouched, required) {
    const roles = new Map(required.map((r) => [r.absolute, r.role]));
    const seen = new Set();
    const entries = [];
    for (const v of vouched) {
        if (seen.has(v.absolute))
            continue;
        seen.add(v.absolute);
        const role = roles.get(v.absolute) ?? v.configRole ?? (v.method === 'oms' ? 'model-file' : 'artifact');
        entries.push({
            path: v.path,
            role,
            sha256: v.sha256,
            bytes: v.bytes,
            keyId: v.keyId,
            keyFingerprint: v.keyFingerprint,
            signature: v.signature,
            method: v.method,
        });
    }
    const rank = (role) => {
        const i = ROLE_ORDER.indexOf(role);
        return i === -1 ? ROLE_ORDER.length : i;
    };
    return entries.sort((a, b) => rank(a.role) - rank(b.role) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

// EXTERNAL MODULE: ./build/src/io/byte-source.js
var byte_source = __webpack_require__(15406);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./build/src/io/byte-stream.js


/** The bytes [start, end) of a random-access source, read in chunks (a small first one, then 1 MiB). */
function sourceChunks(source, start = 0, end = source.size) {
    let at = start;
    let size = 64 * 1024;
    return {
        next: async () => {
            if (at >= end)
                return undefined;
            const chunk = source.read(at, Math.min(size, end - at));
            size = 1024 * 1024;
            if (chunk.length === 0) {
                at = end;
                return undefined;
            }
            at += chunk.length;
            return chunk;
        },
        skip: (n) => {
            const k = Math.max(0, Math.min(n, end - at));
            at += k;
            return k;
        },
    };
}
/** The inflated bytes were more than the limit allows (a zip bomb, or a limit set too low). */
class InflateLimitError extends Error {
    limit;
    constructor(limit) {
        super(`expands past ${limit} bytes`);
        this.limit = limit;
        this.name = 'InflateLimitError';
    }
}
/**
 * Inflates `input` as it is read (raw deflate for zip entries, gzip or zlib
 * for joblib files), counting the bytes really produced against `budget`:
 * declared sizes are never trusted, and inflation stops at the limit.
 */
function inflateChunks(input, format, budget) {
    const inflater = format === 'raw' ? (0,external_node_zlib_.createInflateRaw)() : format === 'gzip' ? (0,external_node_zlib_.createGunzip)() : (0,external_node_zlib_.createInflate)();
    const feed = external_node_stream_.Readable.from((async function* () {
        for (;;) {
            const chunk = await input.next();
            if (!chunk)
                return;
            yield chunk;
        }
    })());
    // Errors reach the consumer through the iterator below.
    (0,external_node_stream_.pipeline)(feed, inflater, () => { });
    const iterator = inflater[Symbol.asyncIterator]();
    const close = () => {
        feed.destroy();
        inflater.destroy();
        input.close?.();
    };
    return {
        next: async () => {
            const r = await iterator.next();
            if (r.done)
                return undefined;
            budget.used += r.value.length;
            if (budget.used > budget.limit) {
                close();
                throw new InflateLimitError(budget.limit);
            }
            return r.value;
        },
        close,
    };
}
/** Passes `input` through, keeping its last `keep` bytes: the end of a stream that can only be read once. */
function keepTail(input, keep) {
    let kept = [];
    let size = 0;
    return {
        next: async () => {
            const chunk = await input.next();
            if (chunk) {
                kept.push(chunk);
                size += chunk.length;
                while (kept.length > 1 && size - kept[0].length >= keep)
                    size -= kept.shift().length;
            }
            return chunk;
        },
        close: () => input.close?.(),
        tail: () => {
            const all = Buffer.concat(kept);
            kept = [all];
            return all.subarray(Math.max(0, all.length - keep));
        },
    };
}
const EMPTY = new Uint8Array(0);
/**
 * A sequential reader over chunks, for parsers that must not hold a whole
 * file: `ensure` buffers what the next step needs, `skip` steps over large
 * payloads without reading them when the source can seek.
 */
class ByteStream {
    chunks;
    buf = EMPTY;
    pos = 0;
    /** Bytes dropped before buf[0]. */
    dropped = 0;
    ended = false;
    constructor(chunks) {
        this.chunks = chunks;
    }
    /** Bytes consumed so far. */
    get offset() {
        return this.dropped + this.pos;
    }
    get available() {
        return this.buf.length - this.pos;
    }
    /** Buffers at least `n` bytes; false when the stream ends first. */
    async ensure(n) {
        while (this.buf.length - this.pos < n) {
            if (this.ended)
                return false;
            const chunk = await this.chunks.next();
            if (!chunk) {
                this.ended = true;
                return false;
            }
            if (chunk.length === 0)
                continue;
            const rest = this.buf.length - this.pos;
            if (rest === 0) {
                this.dropped += this.buf.length;
                this.buf = chunk;
            }
            else {
                const merged = new Uint8Array(rest + chunk.length);
                merged.set(this.buf.subarray(this.pos));
                merged.set(chunk, rest);
                this.dropped += this.pos;
                this.buf = merged;
            }
            this.pos = 0;
        }
        return true;
    }
    /** The next byte; call ensure first. */
    u8() {
        return this.buf[this.pos++];
    }
    /** The next `n` bytes (a view that stays valid); call ensure first. */
    take(n) {
        const out = this.buf.subarray(this.pos, this.pos + n);
        this.pos += n;
        return out;
    }
    /** Looks at the next `n` bytes without consuming them (fewer at the end). */
    async peek(n) {
        await this.ensure(n);
        return this.buf.subarray(this.pos, this.pos + n);
    }
    /** Steps over `n` bytes; false when the stream ends first. */
    async skip(n) {
        const inBuffer = Math.min(n, this.buf.length - this.pos);
        this.pos += inBuffer;
        let left = n - inBuffer;
        if (left === 0)
            return true;
        this.dropped += this.buf.length;
        this.buf = EMPTY;
        this.pos = 0;
        if (this.chunks.skip) {
            const k = this.chunks.skip(left);
            this.dropped += k;
            left -= k;
            if (left > 0)
                this.ended = true;
            return left === 0;
        }
        while (left > 0) {
            const chunk = await this.chunks.next();
            if (!chunk) {
                this.ended = true;
                return false;
            }
            if (chunk.length <= left) {
                this.dropped += chunk.length;
                left -= chunk.length;
            }
            else {
                this.buf = chunk;
                this.pos = left;
                left = 0;
            }
        }
        return true;
    }
    /** The next line when it is already buffered (the fast path of `line`), else undefined without consuming anything. */
    lineNow() {
        const i = this.buf.indexOf(10, this.pos);
        if (i < 0)
            return undefined;
        const out = this.buf.subarray(this.pos, i);
        this.pos = i + 1;
        return out;
    }
    /**
     * Hands the bytes up to the next newline to `visit`, piece by piece (the
     * newline is consumed, not handed over), holding no more than one chunk
     * at a time: a line of any length is read in bounded memory. The pieces
     * are views that stay valid. False when the stream ends first.
     */
    async streamLine(visit) {
        for (;;) {
            const i = this.buf.indexOf(10, this.pos);
            if (i >= 0) {
                visit(this.buf.subarray(this.pos, i));
                this.pos = i + 1;
                return true;
            }
            if (this.pos < this.buf.length)
                visit(this.buf.subarray(this.pos));
            this.pos = this.buf.length;
            // Nothing is left buffered, so the next chunk replaces the buffer rather than growing it.
            if (!(await this.ensure(1)))
                return false;
        }
    }
    async atEnd() {
        return !(await this.ensure(1));
    }
    close() {
        this.chunks.close?.();
    }
}

;// CONCATENATED MODULE: ./build/src/io/zip-reader.js

/** A zip that cannot be read: names what is wrong and where. */
class ZipFormatError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ZipFormatError';
    }
}
/** The archive has more entries than the caller allows: as its end record declares (checked before the directory is read), or as its directory really holds. */
class ZipLimitError extends ZipFormatError {
    count;
    declared;
    constructor(count, declared, limit) {
        super(declared
            ? `the archive declares ${count} entries, over the limit of ${limit}`
            : `the archive holds more than ${limit} entries (its directory goes on past entry ${count})`);
        this.count = count;
        this.declared = declared;
        this.name = 'ZipLimitError';
    }
}
const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** The central directory is read into memory; larger ones are refused. */
const MAX_DIRECTORY_BYTES = 256 * 1024 * 1024;
/** The bytes 0x80-0xFF of code page 437, which zipfile uses for names not flagged as UTF-8. */
const CP437_HIGH = 'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';
const view = (b) => new DataView(b.buffer, b.byteOffset, b.byteLength);
const u64 = (v, at) => {
    const n = v.getBigUint64(at, true);
    if (n > BigInt(Number.MAX_SAFE_INTEGER))
        throw new ZipFormatError(`a ZIP64 value of ${n} bytes`);
    return Number(n);
};
const utf8 = new TextDecoder('utf-8');
function cp437(b) {
    let out = '';
    for (const c of b)
        out += c < 0x80 ? String.fromCharCode(c) : CP437_HIGH[c - 0x80];
    return out;
}
const decodeName = (raw, flags) => flags & 0x800 ? utf8.decode(raw) : cp437(raw);
/**
 * Where the end-of-central-directory records are, or undefined when there is
 * none. zipfile's pick comes first; `others` are records another reader
 * picks instead, which can describe a different set of files.
 */
function findEndRecords(source) {
    if (source.size < EOCD_SIZE)
        return undefined;
    const tailStart = Math.max(0, source.size - MAX_COMMENT - EOCD_SIZE);
    const tail = source.read(tailStart, source.size - tailStart);
    const tv = view(tail);
    const signature = (i) => tail[i] === 0x50 && tail[i + 1] === 0x4b && tail[i + 2] === 0x05 && tail[i + 3] === 0x06;
    let zipfile;
    const last = tail.length - EOCD_SIZE;
    if (signature(last) && tv.getUint16(last + 20, true) === 0)
        zipfile = last;
    else {
        // rfind: the last signature wherever it is; too close to the end to hold a record, and zipfile finds no zip.
        for (let i = tail.length - 4; i >= 0; i--) {
            if (!signature(i))
                continue;
            if (i <= last)
                zipfile = i;
            break;
        }
    }
    const others = [];
    let lenient = false;
    for (let i = last; i >= 0; i--) {
        if (!signature(i))
            continue;
        const end = i + EOCD_SIZE + tv.getUint16(i + 20, true);
        if (end === tail.length || (!lenient && end <= tail.length)) {
            if (i !== zipfile && !others.includes(tailStart + i))
                others.push(tailStart + i);
        }
        if (end <= tail.length)
            lenient = true;
    }
    if (zipfile === undefined && others.length === 0)
        return undefined;
    return { zipfile: zipfile === undefined ? undefined : tailStart + zipfile, others };
}
/**
 * Reads the central directory the end record at `at` describes (ZIP64
 * included), as zipfile does. Throws ZipFormatError when zipfile would
 * refuse the archive, and ZipLimitError when the archive declares, or its
 * directory holds, more than `maxEntries` entries.
 */
function readZipDirectory(source, at, maxEntries = Number.MAX_SAFE_INTEGER) {
    const record = source.read(at, EOCD_SIZE);
    if (record.length < EOCD_SIZE || view(record).getUint32(0, true) !== EOCD)
        throw new ZipFormatError(`no end-of-central-directory record at byte ${at}`);
    const rv = view(record);
    let thisDisk = rv.getUint16(8, true);
    let total = rv.getUint16(10, true);
    let cdSize = rv.getUint32(12, true);
    let cdOffset = rv.getUint32(16, true);
    let zip64Bytes = 0;
    if (at >= 20) {
        const locator = view(source.read(at - 20, 20));
        if (locator.getUint32(0, true) === EOCD64_LOCATOR) {
            if (locator.getUint32(4, true) !== 0 || locator.getUint32(16, true) > 1)
                throw new ZipFormatError('an archive that spans several disks');
            // The ZIP64 end record is read right before its locator; without one there, zipfile keeps the plain end record.
            const record64 = at >= 76 ? source.read(at - 76, 56) : new Uint8Array(0);
            if (record64.length === 56 && view(record64).getUint32(0, true) === EOCD64) {
                const v = view(record64);
                thisDisk = u64(v, 24);
                total = u64(v, 32);
                cdSize = u64(v, 40);
                cdOffset = u64(v, 48);
                zip64Bytes = 76;
            }
        }
    }
    if (total > maxEntries)
        throw new ZipLimitError(total, true, maxEntries);
    if (cdSize > MAX_DIRECTORY_BYTES)
        throw new ZipFormatError(`a central directory of ${cdSize} bytes (more than ${MAX_DIRECTORY_BYTES})`);
    const prefix = at - cdSize - cdOffset - zip64Bytes;
    const startDir = cdOffset + prefix;
    if (startDir < 0)
        throw new ZipFormatError(`the central directory (offset ${cdOffset}, ${cdSize} bytes) does not fit before its end record`);
    const cd = source.read(startDir, cdSize);
    const cv = view(cd);
    const entries = [];
    for (let p = 0; p < cdSize;) {
        const i = entries.length;
        if (p + 46 > cd.length)
            throw new ZipFormatError(`the central directory is truncated at entry ${i}`);
        if (cv.getUint32(p, true) !== CENTRAL)
            throw new ZipFormatError(`corrupt central directory at entry ${i}`);
        if (i >= maxEntries)
            throw new ZipLimitError(i, false, maxEntries);
        const flags = cv.getUint16(p + 8, true);
        const nameLength = cv.getUint16(p + 28, true);
        const extraLength = cv.getUint16(p + 30, true);
        const commentLength = cv.getUint16(p + 32, true);
        // Like zipfile's reads from the directory's bytes, a name or extra field that runs past them is cut short.
        const rawName = cd.subarray(p + 46, p + 46 + nameLength);
        const extra = cd.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength);
        let compressedSize = cv.getUint32(p + 20, true);
        let size = cv.getUint32(p + 24, true);
        let local = cv.getUint32(p + 42, true);
        const fullName = decodeName(rawName, flags);
        const otherNames = [];
        const ev = view(extra);
        for (let e = 0; e + 4 <= extra.length;) {
            const id = ev.getUint16(e, true);
            const len = ev.getUint16(e + 2, true);
            if (e + 4 + len > extra.length)
                throw new ZipFormatError(`entry ${i}: corrupt extra field 0x${id.toString(16).padStart(4, '0')}`);
            if (id === 0x0001) {
                // ZIP64 extended information: the 8-byte values of the fields set to 0xFFFFFFFF, in this order.
                let q = e + 4;
                const next = () => {
                    if (q + 8 > e + 4 + len)
                        throw new ZipFormatError(`entry ${i}: a corrupt ZIP64 extra field`);
                    q += 8;
                    return u64(ev, q - 8);
                };
                if (size === 0xffffffff)
                    size = next();
                if (compressedSize === 0xffffffff)
                    compressedSize = next();
                if (local === 0xffffffff)
                    local = next();
            }
            else if (id === 0x7075 &&
                len >= 5 &&
                ev.getUint8(e + 4) === 1 &&
                ev.getUint32(e + 5, true) === (0,external_node_zlib_.crc32)(rawName)) {
                const unicode = extra.subarray(e + 9, e + 4 + len);
                if (unicode.length)
                    otherNames.push(utf8.decode(unicode));
            }
            e += 4 + len;
        }
        const nul = fullName.indexOf('\0');
        const name = nul < 0 ? fullName : fullName.slice(0, nul);
        if (nul >= 0)
            otherNames.push(fullName);
        const entry = {
            name,
            otherNames: otherNames.filter((n) => n !== name),
            method: cv.getUint16(p + 10, true),
            flags,
            compressedSize,
            size,
            dataStart: 0,
        };
        readLocalHeader(source, entry, local + prefix, fullName);
        entries.push(entry);
        p += 46 + nameLength + extraLength + commentLength;
    }
    return { entries, prefix, declared: { thisDisk, total } };
}
/** Finds an entry's data past its local header, as ZipFile.open does, or says why it cannot. */
function readLocalHeader(source, entry, at, directoryName) {
    const header = at >= 0 ? source.read(at, 30) : new Uint8Array(0);
    if (header.length < 30 || view(header).getUint32(0, true) !== LOCAL) {
        entry.problem = `no local header at byte ${at}, where the directory puts it`;
        return;
    }
    const hv = view(header);
    const nameLength = hv.getUint16(26, true);
    entry.dataStart = at + 30 + nameLength + hv.getUint16(28, true);
    const localName = decodeName(source.read(at + 30, nameLength), hv.getUint16(6, true));
    if (localName !== directoryName)
        entry.localName = localName;
}
/** Why an entry name could write or read outside the folder it is extracted into, or undefined. */
function unsafeEntryName(name) {
    if (name.includes('\\'))
        return 'a backslash (a Windows path separator)';
    if (/^[A-Za-z]:/.test(name))
        return 'a drive letter';
    if (name.startsWith('/'))
        return 'an absolute path';
    if (name.split('/').includes('..'))
        return 'a ".." component';
    if (name.includes('\0'))
        return 'a NUL byte';
    return undefined;
}

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/compressed.js

/** A compressed archive inside an archive must be unpacked to be read by ranges; larger ones are not. */
const MAX_MATERIALIZED = 64 * 1024 * 1024;
/** A ByteStream's remaining bytes as chunks (to inflate a compressed stream inside another). */
function remaining(stream) {
    return {
        next: async () => ((await stream.ensure(1)) ? stream.take(stream.available) : undefined),
        close: () => stream.close(),
    };
}
/** Inflates a gzip, zlib or joblib zfile wrapper as it is read and scans what is inside. */
async function scanCompressed(ctx, part, input, kind, depth) {
    const inner = new ByteStream(inflateChunks(input, kind, ctx.budget));
    try {
        const format = await ctx.nested.stream(ctx, part, inner, depth + 1);
        await inner.skip(Number.MAX_SAFE_INTEGER);
        return format === 'pickle' || format === 'joblib' ? 'joblib' : `${kind}:${format}`;
    }
    catch (error) {
        if (error instanceof InflateLimitError)
            ctx.finding(part, 'high', `the ${kind} stream expands past ${error.limit} bytes (modelScan.maxUncompressedBytes): a decompression bomb?`);
        else
            ctx.notScanned(part, `the ${kind} stream could not be inflated (${error.message})`);
        return kind;
    }
    finally {
        inner.close();
    }
}
/** Reads a whole stream into memory, up to `limit` bytes; undefined when it is longer. */
async function materialize(stream, limit) {
    const chunks = [];
    let total = 0;
    while (await stream.ensure(1)) {
        const c = stream.take(stream.available);
        total += c.length;
        if (total > limit)
            return undefined;
        chunks.push(c);
    }
    return Buffer.concat(chunks);
}

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/archives.js




/** Zip archives: every directory a reader may pick, every entry by its own content, a zip at the end of other content. */
const MAX_ARCHIVE_NESTING = 3;
/** The bytes at the end of a file in which zipfile looks for an end record: a 64 KiB comment and the record. */
const EOCD_SEARCH = 65535 + 22;
const ZIP_FORMATS = new Set(['zip', 'pytorch-zip', 'numpy-zip']);
/** The directory of the first end record that leads to one with entries, or undefined (four bytes of data can look like an end record). */
function trailingDirectory(ctx, source) {
    const records = findEndRecords(source);
    for (const at of records ? [records.zipfile, ...records.others] : []) {
        if (at === undefined)
            continue;
        try {
            const dir = readZipDirectory(source, at, ctx.policy.maxArchiveEntries - ctx.entries);
            if (dir.entries.length)
                return { at, prefix: dir.prefix };
        }
        catch (error) {
            if (error instanceof ZipLimitError)
                return { at, prefix: 0 };
            if (!(error instanceof ZipFormatError))
                throw error;
        }
    }
    return undefined;
}
/**
 * A zip at the end of content whose first bytes are something else (a
 * pickle, an array, text): zipfile opens it all the same, so its entries are
 * scanned. Bytes G2 does not recognise before a zip are a zip with a prefix
 * (a self-extracting layout): the file is judged as that zip.
 */
async function scanTrailingZip(ctx, part, source, depth, format, unscanned) {
    if (ZIP_FORMATS.has(format))
        return format;
    const dir = trailingDirectory(ctx, source);
    if (!dir)
        return format;
    if (depth > 0)
        ctx.finding('', 'high', `nested archive "${part}" inside a model archive`);
    if (format === 'unknown') {
        ctx.unscanned.splice(unscanned);
        return scanZip(ctx, part, source, depth);
    }
    ctx.finding(part, 'medium', `this ${format} content also holds a zip archive (from byte ${dir.prefix}, its end record at byte ${dir.at}), which zipfile opens whatever the first bytes are: its entries were scanned`);
    await scanZip(ctx, `${part ? `${part} > ` : ''}zip from byte ${dir.prefix}`, source, depth, true);
    return format;
}
/** The zip entry flags zipfile refuses to read without more than the archive: a password, or a patch base. */
function unreadableFlags(flags) {
    if (flags & 0x40)
        return 'strong encryption (flag bit 6), which zipfile refuses';
    if (flags & 0x01)
        return 'an encrypted entry (flag bit 0): zipfile needs its password, and G2 cannot read it';
    if (flags & 0x20)
        return 'compressed patched data (flag bit 5), which zipfile refuses';
    return undefined;
}
/**
 * Scans every entry of a zip by its content, within the entry, size and
 * nesting limits. The directory zipfile reads is scanned, and so is any
 * other directory another reader would pick (a second end record): readers
 * that disagree on which files an archive holds are how a payload hides.
 */
async function scanZip(ctx, part, source, depth, embedded = false) {
    if (depth >= MAX_ARCHIVE_NESTING) {
        ctx.finding(part, 'high', `archives nested more than ${MAX_ARCHIVE_NESTING} deep`);
        ctx.notScanned(part, `archives nested more than ${MAX_ARCHIVE_NESTING} deep are not opened`);
        return 'zip';
    }
    const records = findEndRecords(source);
    if (!records) {
        ctx.notScanned(part, 'a zip local header without an end-of-central-directory record');
        return 'zip';
    }
    const read = readDirectories(ctx, part, source, records);
    if (!read || read.length === 0)
        return 'zip';
    const entries = collectEntries(ctx, part, read, records, embedded);
    ctx.entries += entries.length;
    const counts = judgeEntryNames(ctx, part, entries);
    const torch = entries.some((e) => /(^|\/)data\.pkl$/.test(e.name));
    const storages = await scanEntries(ctx, part, source, entries, counts, torch, depth);
    if (storages)
        ctx.part(part, `${storages} tensor storages (data)`);
    return torch
        ? 'pytorch-zip'
        : entries.length > 0 && entries.every((e) => e.name.endsWith('.npy'))
            ? 'numpy-zip'
            : 'zip';
}
/**
 * Reads the directory of each end record (the one zipfile picks and any
 * other): undefined when one holds more entries than the limit allows.
 */
function readDirectories(ctx, part, source, records) {
    const read = [];
    for (const at of [records.zipfile, ...records.others]) {
        if (at === undefined)
            continue;
        try {
            read.push({
                at,
                dir: readZipDirectory(source, at, ctx.policy.maxArchiveEntries - ctx.entries),
            });
        }
        catch (error) {
            if (error instanceof ZipLimitError) {
                const around = ctx.entries ? ` (${ctx.entries} more in the archives around it)` : '';
                ctx.finding(part, 'high', `${error.declared ? `the archive declares ${error.count} entries` : `the archive holds more than ${ctx.policy.maxArchiveEntries - ctx.entries} entries`}${around}, over the limit of ${ctx.policy.maxArchiveEntries} (modelScan.maxArchiveEntries)`);
                return undefined;
            }
            if (!(error instanceof ZipFormatError))
                throw error;
            if (at === records.zipfile)
                ctx.notScanned(part, `the zip directory cannot be read: ${error.message}`);
            else
                ctx.part(part, `the end record at byte ${at}, which some zip readers pick, leads to no readable directory (${error.message})`);
        }
    }
    return read;
}
/**
 * The entries of every directory read, each once, with findings on
 * directories readers disagree about (end records, declared counts, offsets).
 */
function collectEntries(ctx, part, read, records, embedded) {
    if (records.zipfile === undefined)
        ctx.finding(part, 'high', `zipfile finds no end record here, but other zip readers do (at byte ${read[0].at})`);
    if (read.length > 1)
        ctx.finding(part, 'high', `${read.length} end-of-central-directory records (at bytes ${read.map((r) => r.at).join(', ')}) lead to different directories: zip readers disagree on which files the archive holds (every directory was scanned)`);
    const entries = [];
    const seen = new Set();
    for (const { dir } of read) {
        const { thisDisk, total } = dir.declared;
        if (total !== dir.entries.length || thisDisk !== total) {
            ctx.finding(part, 'high', `the end record declares ${total === thisDisk ? total : `${thisDisk} (this disk) and ${total} (in total)`} entries, but its central directory holds ${dir.entries.length}: readers that go by the count and readers that read the directory to its end (Python's zipfile) see different files (all ${dir.entries.length} were scanned)`);
        }
        if (dir.prefix !== 0 && !embedded)
            ctx.finding(part, 'medium', dir.prefix > 0
                ? `a zip archive behind ${dir.prefix} bytes of something else`
                : `the archive's offsets point ${-dir.prefix} bytes past where its directory is: zipfile shifts them back, readers that trust them read other bytes`);
        for (const e of dir.entries) {
            const key = `${e.dataStart}:${e.compressedSize}:${e.method}:${e.name}:${e.problem ?? ''}`;
            if (!seen.has(key))
                entries.push(e);
            seen.add(key);
        }
    }
    return entries;
}
/** Findings on entry names: duplicates, names that leave the folder, names readers disagree on. Returns how many entries bear each name. */
function judgeEntryNames(ctx, part, entries) {
    const counts = new Map();
    for (const e of entries)
        counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
    for (const [name, n] of counts)
        if (n > 1)
            ctx.finding(part, 'medium', `entry "${name}" appears ${n} times: readers disagree on which copy they load (every copy was scanned)`);
    for (const e of entries) {
        for (const name of [e.name, ...e.otherNames]) {
            const unsafe = unsafeEntryName(name);
            if (unsafe)
                ctx.finding(part, 'high', `entry name "${name}" has ${unsafe}: extracted, it lands outside the target folder`);
        }
        if (e.otherNames.length)
            ctx.finding(part, 'medium', `entry "${e.name}" is also named ${e.otherNames.map((n) => `"${n}"`).join(', ')} by some readers: readers disagree on its name`);
        if (e.localName !== undefined)
            ctx.finding(part, 'medium', `entry "${e.name}" is named "${e.localName}" in its local header: readers disagree on its name`);
    }
    return counts;
}
/**
 * Scans each entry by its content, pickles first: in a PyTorch archive
 * (`torch`), the entries their persistent ids name are raw tensor storages,
 * counted and stepped over. Returns how many were.
 */
async function scanEntries(ctx, part, source, entries, counts, torch, depth) {
    // Pickles first: their persistent ids say which entries are raw tensor storages.
    const ordered = [
        ...entries.filter((e) => e.name.endsWith('.pkl')),
        ...entries.filter((e) => !e.name.endsWith('.pkl')),
    ];
    const storageNames = new Set();
    let storages = 0;
    for (const e of ordered) {
        const entryPart = part ? `${part} > ${e.name}` : e.name;
        if (e.problem) {
            ctx.notScanned(entryPart, `zipfile cannot open it: ${e.problem}`);
            continue;
        }
        if (e.name.endsWith('/') && e.size === 0 && e.compressedSize === 0)
            continue;
        const flagged = unreadableFlags(e.flags);
        if (flagged) {
            ctx.notScanned(entryPart, flagged);
            continue;
        }
        // Only an entry a persistent id names is a tensor storage, and only when no reader could take another entry for it.
        if (torch &&
            storageNames.has(e.name) &&
            counts.get(e.name) === 1 &&
            !e.otherNames.length &&
            e.localName === undefined) {
            storages++;
            continue;
        }
        if (e.dataStart + e.compressedSize > source.size)
            ctx.finding(entryPart, 'medium', `the entry runs ${e.dataStart + e.compressedSize - source.size} bytes past the end of the archive (what is there was scanned)`);
        const refsBefore = ctx.storages.length;
        await scanEntry(ctx, entryPart, source, e, depth);
        const dir = e.name.includes('/') ? e.name.slice(0, e.name.lastIndexOf('/') + 1) : '';
        const stem = e.name.slice(dir.length).replace(/\.pkl$/, '');
        for (const ref of ctx.storages.slice(refsBefore)) {
            storageNames.add(`${dir}data/${ref.key}`);
            storageNames.add(`${dir}${stem}/${ref.key}`);
        }
    }
    return storages;
}
async function scanEntry(ctx, part, source, e, depth) {
    const data = (0,byte_source/* windowSource */.qq)(source, e.dataStart, e.compressedSize);
    if (e.method === 0) {
        if (e.size !== e.compressedSize)
            ctx.finding(part, 'medium', `a stored entry that declares ${e.size} bytes but holds ${e.compressedSize}`);
        await ctx.nested.source(ctx, part, data, depth + 1, e.name);
        return;
    }
    if (e.method !== 8) {
        ctx.notScanned(part, `compression method ${e.method}, which G2 does not unpack`);
        return;
    }
    if (ctx.limitHit) {
        ctx.notScanned(part, 'not inflated: the inflation limit was already reached');
        return;
    }
    const inflated = keepTail(inflateChunks(sourceChunks(data), 'raw', ctx.budget), EOCD_SEARCH);
    const stream = new ByteStream(inflated);
    try {
        const unscanned = ctx.unscanned.length;
        const format = await ctx.nested.stream(ctx, part, stream, depth + 1);
        // Inflate the rest too: the limit holds for what the entry really expands to, whatever it declares.
        await stream.skip(Number.MAX_SAFE_INTEGER);
        if (stream.offset !== e.size)
            ctx.finding(part, 'medium', `declares ${e.size} bytes uncompressed but inflates to ${stream.offset}`);
        // A zip at its end: the entry is inflated again, into memory, to be read by ranges.
        if (!ZIP_FORMATS.has(format) && findEndRecords((0,byte_source/* bufferSource */.kq)(inflated.tail()))) {
            const whole = await materialize(new ByteStream(inflateChunks(sourceChunks(data), 'raw', ctx.budget)), MAX_MATERIALIZED);
            if (whole)
                await scanTrailingZip(ctx, part, (0,byte_source/* bufferSource */.kq)(whole), depth + 1, format, unscanned);
            else
                ctx.notScanned(part, `an entry that may end in a zip archive, larger than ${MAX_MATERIALIZED} bytes inflated`);
        }
    }
    catch (error) {
        if (error instanceof InflateLimitError) {
            ctx.limitHit = true;
            ctx.finding(part, 'high', `the archive expands past ${error.limit} bytes (modelScan.maxUncompressedBytes): a zip bomb?`);
            ctx.notScanned(part, `inflation stopped at the limit of ${error.limit} bytes`);
        }
        else
            ctx.notScanned(part, `the deflated data could not be inflated (${error.message})`);
    }
    finally {
        stream.close();
    }
}

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/python-literal.js
/**
 * Python literals as ast.literal_eval reads them (CPython 3.11), for the
 * header of a numpy .npy file, which numpy parses with literal_eval: dicts,
 * sets, lists, tuples (with or without parentheses), str and bytes (every
 * prefix and quote style, escapes, implicit concatenation), ints (every
 * base, underscores, one sign), True, False and None, with Python's
 * comments, line joining and blank-line rules. Floats, complex numbers and
 * \N{name} escapes are outside the subset: they are reported as
 * unsupported, not guessed.
 */
class LiteralError extends Error {
    kind;
    constructor(kind, message) {
        super(message);
        this.kind = kind;
    }
}
const SIMPLE_ESCAPES = {
    '\\': '\\',
    "'": "'",
    '"': '"',
    a: '\x07',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
};
const isDigit = (c) => c !== undefined && c >= '0' && c <= '9';
const isNameStart = (c) => c !== undefined && /[A-Za-z_]/.test(c);
const isNameChar = (c) => c !== undefined && /[A-Za-z0-9_]/.test(c);
const syntax = (message) => new LiteralError('syntax', message);
/** Splits the text into tokens, applying Python's rules for comments, line joining, blank lines and indentation. */
function tokenize(text, options) {
    if (text.includes('\0'))
        throw syntax('source code cannot contain null bytes');
    const tokens = [];
    let depth = 0;
    let i = 0;
    let lineStart = true;
    let ended = false;
    while (i < text.length) {
        const c = text[i];
        if (lineStart && depth === 0) {
            // A line's indentation only matters when the line holds something; a blank or comment line is skipped.
            let j = i;
            while (text[j] === ' ' || text[j] === '\t' || text[j] === '\f')
                j++;
            const indented = /[ \t]/.test(text.slice(i, j));
            const next = text[j];
            if (next === undefined) {
                if (indented && i > 0)
                    throw new LiteralError('syntax', 'unexpected indent');
                break;
            }
            if (next !== '\n' && next !== '#' && indented && i > 0)
                throw new LiteralError('syntax', 'unexpected indent');
            i = j;
            lineStart = false;
            continue;
        }
        if (c === ' ' || c === '\t' || c === '\f') {
            i++;
            continue;
        }
        if (c === '#') {
            while (i < text.length && text[i] !== '\n')
                i++;
            continue;
        }
        if (c === '\\' && text[i + 1] === '\n') {
            i += 2;
            if (i >= text.length)
                throw syntax('unexpected end of text after a line continuation');
            continue;
        }
        if (c === '\n') {
            i++;
            if (depth === 0) {
                if (tokens.length)
                    ended = true;
                lineStart = true;
            }
            continue;
        }
        if (ended)
            throw syntax(`more after the expression at character ${i}`);
        const at = i;
        if ('([{'.includes(c))
            depth++;
        if (')]}'.includes(c))
            depth = Math.max(0, depth - 1);
        if ('()[]{},:+-'.includes(c)) {
            tokens.push({ k: 'op', v: c, at });
            i++;
            continue;
        }
        if (isDigit(c) || (c === '.' && isDigit(text[i + 1]))) {
            const m = /^(0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|0(?:_?0)*|[1-9](?:_?[0-9])*)/.exec(text.slice(i));
            const rest = text.slice(i + (m?.[0].length ?? 0));
            if (!m || /^[.eEjJ]/.test(rest) || (m[0] === '0' && isDigit(rest[0]))) {
                if (/^[0-9]*[.eEjJ]|^\./.test(text.slice(i)))
                    throw new LiteralError('unsupported', `a float or complex number at character ${i}, which a numpy header never holds`);
                throw syntax(`an invalid number at character ${i}`);
            }
            const digits = m[0].replace(/_/g, '');
            const v = /^0[oO]/.test(digits) ? BigInt(`0o${digits.slice(2)}`) : BigInt(digits);
            i += m[0].length;
            tokens.push({ k: 'num', v, at });
            if (options.py2Longs) {
                let j = i;
                while (text[j] === ' ' || text[j] === '\t' || text[j] === '\f')
                    j++;
                if (text[j] === 'L' && !isNameChar(text[j + 1]))
                    i = j + 1;
            }
            if (isNameChar(text[i]))
                throw syntax(`an invalid number at character ${at}`);
            continue;
        }
        if (isNameStart(c)) {
            let j = i;
            while (isNameChar(text[j]))
                j++;
            const word = text.slice(i, j);
            if (text[j] === "'" || text[j] === '"') {
                const prefix = word.toLowerCase();
                if (!['r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf'].includes(prefix))
                    throw syntax(`an invalid string prefix ${word}`);
                if (prefix.includes('f'))
                    throw new LiteralError('value', 'an f-string is not a literal');
                i = j;
                tokens.push(readString(text, at, i, prefix.includes('r'), prefix.includes('b'), (end) => (i = end)));
                continue;
            }
            tokens.push({ k: 'name', v: word, at });
            i = j;
            continue;
        }
        if (c === "'" || c === '"') {
            tokens.push(readString(text, at, i, false, false, (end) => (i = end)));
            continue;
        }
        throw syntax(`unexpected character ${JSON.stringify(c)} at character ${i}`);
    }
    tokens.push({ k: 'end', at: text.length });
    return tokens;
}
/** A string literal starting at its quote (`q`), with its prefix already read; `done` receives the offset after it. */
function readString(text, at, q, raw, bytes, done) {
    const quote = text[q];
    const triple = text.slice(q, q + 3) === quote.repeat(3);
    let i = q + (triple ? 3 : 1);
    let v = '';
    for (;;) {
        if (i >= text.length)
            throw syntax(`an unterminated string at character ${at}`);
        const c = text[i];
        if (triple ? text.slice(i, i + 3) === quote.repeat(3) : c === quote) {
            i += triple ? 3 : 1;
            break;
        }
        if (!triple && c === '\n')
            throw syntax(`an unterminated string at character ${at}`);
        if (bytes && c.charCodeAt(0) > 0x7f)
            throw syntax('bytes can only contain ASCII literal characters');
        if (c !== '\\') {
            v += c;
            i++;
            continue;
        }
        const e = text[i + 1];
        if (e === undefined)
            throw syntax(`an unterminated string at character ${at}`);
        if (raw) {
            // A raw string keeps its backslashes; one still stops a quote from ending the string.
            v += c + e;
            i += 2;
            continue;
        }
        if (e === '\n') {
            i += 2;
            continue;
        }
        if (SIMPLE_ESCAPES[e] !== undefined) {
            v += SIMPLE_ESCAPES[e];
            i += 2;
        }
        else if (e >= '0' && e <= '7') {
            const m = /^[0-7]{1,3}/.exec(text.slice(i + 1))[0];
            const code = parseInt(m, 8);
            if (bytes && code > 0xff)
                throw new LiteralError('unsupported', 'an octal escape over \\377 in bytes');
            v += String.fromCharCode(code);
            i += 1 + m.length;
        }
        else if (e === 'x' || (!bytes && (e === 'u' || e === 'U'))) {
            const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
            const hex = text.slice(i + 2, i + 2 + n);
            if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex))
                throw syntax(`a truncated \\${e} escape at character ${i}`);
            const code = parseInt(hex, 16);
            if (code > 0x10ffff)
                throw syntax(`an illegal Unicode character at character ${i}`);
            v += String.fromCodePoint(code);
            i += 2 + n;
        }
        else if (e === 'N' && !bytes) {
            throw new LiteralError('unsupported', 'a \\N{name} escape');
        }
        else {
            v += c + e;
            i += 2;
        }
    }
    done(i);
    return { k: 'str', bytes, v, at };
}
/** Whether a value can be a dict key or set item (Python hashes it). */
function hashable(v) {
    if (v.t === 'list' || v.t === 'dict' || v.t === 'set')
        return false;
    return v.t !== 'tuple' || v.items.every(hashable);
}
/** Python's equality for hashable literals (True == 1, False == 0). */
function python_literal_key(v) {
    switch (v.t) {
        case 'str':
            return `s${v.v}`;
        case 'bytes':
            return `b${v.v}`;
        case 'int':
            return `i${v.v}`;
        case 'bool':
            return `i${v.v ? 1 : 0}`;
        case 'none':
            return 'n';
        case 'tuple':
            return `t(${v.items.map(python_literal_key).join(',')})`;
        default:
            return '?';
    }
}
function parseTokens(tokens) {
    let p = 0;
    const peek = () => tokens[p];
    const isOp = (v) => {
        const t = peek();
        return t.k === 'op' && t.v === v;
    };
    const expect = (v) => {
        if (!isOp(v))
            throw syntax(`expected "${v}" at character ${peek().at}`);
        p++;
    };
    /** expr (',' expr)* [','] until `close`; returns the items and whether a comma was seen. */
    const sequence = (close) => {
        const items = [];
        let comma = false;
        while (!(close ? isOp(close) : peek().k === 'end')) {
            items.push(expr());
            if (!isOp(','))
                break;
            p++;
            comma = true;
        }
        return { items, comma };
    };
    const expr = () => {
        if (isOp('+') || isOp('-')) {
            const negative = peek().k === 'op' && peek().v === '-';
            p++;
            // Python parses any number of signs; literal_eval takes one, before a number.
            if (isOp('+') || isOp('-')) {
                expr();
                throw new LiteralError('value', 'more than one sign');
            }
            const operand = atom();
            if (operand.t !== 'int' && operand.t !== 'bool')
                throw new LiteralError('value', 'a sign before something that is not a number');
            if (operand.t === 'bool')
                throw new LiteralError('value', 'a sign before True or False');
            return { t: 'int', v: negative ? -operand.v : operand.v };
        }
        return atom();
    };
    const atom = () => {
        const t = peek();
        if (t.k === 'num') {
            p++;
            return { t: 'int', v: t.v };
        }
        if (t.k === 'str') {
            let v = '';
            const bytes = t.bytes;
            while (peek().k === 'str') {
                const s = peek();
                if (s.bytes !== bytes)
                    throw syntax('cannot mix bytes and nonbytes literals');
                v += s.v;
                p++;
            }
            return bytes ? { t: 'bytes', v } : { t: 'str', v };
        }
        if (t.k === 'name') {
            p++;
            if (t.v === 'True' || t.v === 'False')
                return { t: 'bool', v: t.v === 'True' };
            if (t.v === 'None')
                return { t: 'none' };
            throw new LiteralError('value', `the name ${t.v} is not a literal`);
        }
        if (t.k === 'op' && t.v === '(') {
            p++;
            if (isOp(')')) {
                p++;
                return { t: 'tuple', items: [] };
            }
            const { items, comma } = sequence(')');
            expect(')');
            return comma ? { t: 'tuple', items } : items[0];
        }
        if (t.k === 'op' && t.v === '[') {
            p++;
            const { items } = sequence(']');
            expect(']');
            return { t: 'list', items };
        }
        if (t.k === 'op' && t.v === '{') {
            p++;
            if (isOp('}')) {
                p++;
                return { t: 'dict', entries: [] };
            }
            const first = expr();
            if (isOp(':')) {
                const pairs = [];
                let k = first;
                for (;;) {
                    expect(':');
                    pairs.push([k, expr()]);
                    if (!isOp(','))
                        break;
                    p++;
                    if (isOp('}'))
                        break;
                    k = expr();
                }
                expect('}');
                const entries = new Map();
                for (const [k2, v] of pairs) {
                    if (!hashable(k2))
                        throw new LiteralError('type', 'an unhashable dict key');
                    const seen = entries.get(python_literal_key(k2));
                    if (seen)
                        seen[1] = v;
                    else
                        entries.set(python_literal_key(k2), [k2, v]);
                }
                return { t: 'dict', entries: [...entries.values()] };
            }
            const items = [first];
            while (isOp(',')) {
                p++;
                if (isOp('}'))
                    break;
                items.push(expr());
            }
            expect('}');
            if (!items.every(hashable))
                throw new LiteralError('type', 'an unhashable set item');
            return { t: 'set', items };
        }
        throw syntax(`unexpected ${t.k === 'end' ? 'end of text' : `"${t.v}"`} at character ${t.at}`);
    };
    const { items, comma } = sequence(undefined);
    if (items.length === 0)
        throw syntax('no expression');
    if (peek().k !== 'end')
        throw syntax(`more after the expression at character ${peek().at}`);
    return comma ? { t: 'tuple', items } : items[0];
}
/** Parses `text` as ast.literal_eval would, or says why it cannot. */
function parsePythonLiteral(text, options = {}) {
    try {
        // literal_eval strips leading spaces and tabs itself; Python reads \r\n and \r as newlines.
        return {
            value: parseTokens(tokenize(text.replace(/^[ \t]+/, '').replace(/\r\n?/g, '\n'), options)),
        };
    }
    catch (error) {
        if (!(error instanceof LiteralError))
            throw error;
        return { error: { kind: error.kind, message: error.message } };
    }
}

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/npy-header.js

const KEYS = ['descr', 'fortran_order', 'shape'];
/**
 * Whether a dtype string numpy.dtype() reads holds Python objects: any
 * field of a comma string ("i4, O"), after an optional sub-array shape
 * ("(2,)O", "2O") and byte order, that is O (with its item size), object,
 * object_ or StringDType's T.
 */
function dtypeStringHasObject(s) {
    return s
        .split(',')
        .some((field) => /^\s*(\([\d,\s]*\)|\d+)?\s*([<>|=]?(O\d*|T)|object_?)\s*$/.test(field));
}
/** descr_to_dtype's walk: a string, a (dtype, shape) tuple, or fields (name, dtype[, shape]); undefined when numpy cannot make a dtype of it. */
function descrHasObject(d) {
    if (d.t === 'str')
        return dtypeStringHasObject(d.v);
    if (d.t === 'tuple')
        return d.items.length ? descrHasObject(d.items[0]) : undefined;
    // Anything else is iterated as a list of fields, as descr_to_dtype does (a dict by its keys).
    const fields = d.t === 'list' || d.t === 'set'
        ? d.items
        : d.t === 'dict'
            ? d.entries.map(([k]) => k)
            : undefined;
    if (!fields)
        return undefined;
    let objects = false;
    for (const field of fields) {
        const parts = field.t === 'tuple' || field.t === 'list'
            ? field.items
            : field.t === 'str'
                ? [...field.v].map((v) => ({ t: 'str', v }))
                : undefined;
        if (!parts || (parts.length !== 2 && parts.length !== 3))
            return undefined;
        const inner = descrHasObject(parts[1]);
        if (inner === undefined)
            return undefined;
        objects ||= inner;
    }
    return objects;
}
/** Judges an .npy header (already decoded: latin1 for versions 1 and 2, UTF-8 for 3) the way numpy reads it. */
function judgeNpyHeader(text, major) {
    let parsed = parsePythonLiteral(text);
    if ('error' in parsed && parsed.error.kind === 'syntax' && major <= 2)
        parsed = parsePythonLiteral(text, { py2Longs: true });
    if ('error' in parsed) {
        return parsed.error.kind === 'unsupported'
            ? { kind: 'unreadable', reason: parsed.error.message }
            : { kind: 'refused', reason: `the header is not a Python literal (${parsed.error.message})` };
    }
    const d = parsed.value;
    if (d.t !== 'dict')
        return { kind: 'refused', reason: 'the header is not a dict' };
    const keys = d.entries.map(([k]) => (k.t === 'str' ? k.v : undefined));
    if (keys.length !== KEYS.length || !KEYS.every((k) => keys.includes(k)))
        return {
            kind: 'refused',
            reason: 'the header does not hold exactly the keys descr, fortran_order and shape',
        };
    const get = (name) => d.entries.find(([k]) => k.t === 'str' && k.v === name)[1];
    const shape = get('shape');
    if (shape.t !== 'tuple' || !shape.items.every((x) => x.t === 'int' || x.t === 'bool'))
        return { kind: 'refused', reason: 'shape is not a tuple of ints' };
    if (get('fortran_order').t !== 'bool')
        return { kind: 'refused', reason: 'fortran_order is not a bool' };
    const objects = descrHasObject(get('descr'));
    if (objects === undefined)
        return { kind: 'refused', reason: 'descr is not a dtype description' };
    return { kind: 'array', objects };
}

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/pickle-text-args.js
/**
 * The text arguments of INT, LONG, FLOAT, GET and PUT, as CPython's
 * unpicklers read them. pickle.load, torch.load and numpy.load use the C
 * unpickler (Modules/_pickle.c); joblib uses pickle.py's. They disagree:
 * the C one reads INT with strtol(s, &end, 0) before PyLong_FromString, so
 * `I010` is octal 8 where int('010', 0) raises, and it reads every argument
 * as a C string, so a NUL ends it (`I1\0junk` is 1). A scanner that stops
 * where one unpickler stops lets the other run what follows, so an argument
 * is accepted when either unpickler accepts it, with the C unpickler's value.
 * `line` is the argument without its newline.
 */
/** Py_ISSPACE, and isspace in the C locale. */
const isSpace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\v' || c === '\f' || c === '\r';
const LONG_MAX = (1n << 63n) - 1n;
/** sys.int_info.default_max_str_digits: PyLong_FromString refuses longer decimal numbers. */
const MAX_STR_DIGITS = 4300;
/** The C string _pickle.c hands to strtol and PyLong_FromString: the line up to its first NUL. */
function cString(line) {
    const nul = line.indexOf(0);
    return Buffer.from(line.buffer, line.byteOffset, nul < 0 ? line.length : nul).toString('latin1');
}
function digitValue(c) {
    if (c === undefined)
        return 99;
    const code = c.charCodeAt(0);
    if (code >= 0x30 && code <= 0x39)
        return code - 0x30;
    if (code >= 0x61 && code <= 0x7a)
        return code - 0x61 + 10;
    if (code >= 0x41 && code <= 0x5a)
        return code - 0x41 + 10;
    return 99;
}
/** glibc's strtol(s, &end, 0) for a 64-bit long: the value, where parsing stopped, and whether it overflowed. */
function strtol(s) {
    let i = 0;
    while (isSpace(s[i]))
        i++;
    let negative = false;
    if (s[i] === '+' || s[i] === '-')
        negative = s[i++] === '-';
    let base = 10;
    if (s[i] === '0' && (s[i + 1] === 'x' || s[i + 1] === 'X') && digitValue(s[i + 2]) < 16) {
        base = 16;
        i += 2;
    }
    else if (s[i] === '0')
        base = 8;
    const start = i;
    let value = 0n;
    let overflow = false;
    // Past LONG_MAX the value no longer matters, only where the digits end: a line of millions of digits is read in linear time.
    for (; digitValue(s[i]) < base; i++) {
        if (overflow)
            continue;
        value = value * BigInt(base) + BigInt(digitValue(s[i]));
        overflow = negative ? value > LONG_MAX + 1n : value > LONG_MAX;
    }
    if (i === start)
        return { value: 0n, end: 0, overflow: false };
    return { value: negative ? -value : value, end: i, overflow };
}
/** PyLong_FromString(s, NULL, base) for base 0 or 10 (Objects/longobject.c); undefined where it raises. */
function pyLongFromString(s, base0) {
    let i = 0;
    while (i < s.length && isSpace(s[i]))
        i++;
    let negative = false;
    if (s[i] === '+')
        i++;
    else if (s[i] === '-') {
        negative = true;
        i++;
    }
    let base = 10;
    let zeroOnly = false;
    if (base0) {
        const x = s[i + 1];
        if (s[i] !== '0')
            base = 10;
        else if (x === 'x' || x === 'X')
            base = 16;
        else if (x === 'o' || x === 'O')
            base = 8;
        else if (x === 'b' || x === 'B')
            base = 2;
        // "Old" C-style octal, now invalid: only zeros pass.
        else
            zeroOnly = true;
        if (base !== 10) {
            i += 2;
            if (s[i] === '_')
                i++;
        }
    }
    if (s[i] === '_')
        return undefined;
    const start = i;
    let digits = 0;
    let nonZero = false;
    let prev = '';
    while (i < s.length && (digitValue(s[i]) < base || s[i] === '_')) {
        if (s[i] === '_') {
            if (prev === '_')
                return undefined;
        }
        else {
            digits++;
            nonZero ||= s[i] !== '0';
        }
        prev = s[i];
        i++;
    }
    if (prev === '_' || digits === 0)
        return undefined;
    if (base === 10 && digits > MAX_STR_DIGITS)
        return undefined;
    if (zeroOnly && nonZero)
        return undefined;
    const end = i;
    while (i < s.length && isSpace(s[i]))
        i++;
    if (i !== s.length)
        return undefined;
    // One conversion of the whole literal (linear for the power-of-two bases; decimals are at most 4300 digits).
    const literal = s.slice(start, end).replaceAll('_', '');
    const value = BigInt(`${base === 16 ? '0x' : base === 8 ? '0o' : base === 2 ? '0b' : ''}${literal}`);
    return negative ? -value : value;
}
/** INT (load_int): strtol first, then PyLong_FromString; a two-character 0 or 1 is a bool. Undefined where both unpicklers raise. */
function intArgument(line) {
    if (line.length === 0)
        return undefined;
    const s = cString(line);
    const r = strtol(s);
    if (!r.overflow && r.end === s.length)
        return { value: r.value, bool: line.length === 2 && (r.value === 0n || r.value === 1n) };
    const value = pyLongFromString(s, true);
    return value === undefined ? undefined : { value, bool: false };
}
/** LONG (load_long): a final L is dropped, then PyLong_FromString. */
function longArgument(line) {
    if (line.length === 0)
        return undefined;
    const cut = line[line.length - 1] === 0x4c ? line.subarray(0, line.length - 1) : line;
    return pyLongFromString(cString(cut), true);
}
/** GET and PUT (load_get, load_put): PyLong_FromString in base 10 (pickle.py's memo takes any int; PUT refuses a negative one). */
function memoArgument(line) {
    if (line.length === 0)
        return undefined;
    return pyLongFromString(cString(line), false);
}
/** The prefix of `s` that PyOS_string_to_double reads (no leading space, no underscores), and whether it overflows. */
function doublePrefix(s) {
    const m = /^[+-]?(?:((?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)|inf(?:inity)?|nan)/i.exec(s);
    if (!m)
        return undefined;
    return {
        length: m[0].length,
        overflow: m[1] !== undefined && !Number.isFinite(Number.parseFloat(m[0])),
    };
}
/** FLOAT: the C unpickler reads the C string with PyOS_string_to_double (no spaces, overflow refused); pickle.py calls float() (spaces and underscores allowed). */
function floatArgument(line) {
    if (line.length === 0)
        return false;
    const c = cString(line);
    const parsed = doublePrefix(c);
    if (parsed && !parsed.overflow && parsed.length === c.length)
        return true;
    const text = Buffer.from(line.buffer, line.byteOffset, line.length).toString('latin1');
    if (text.includes('\0'))
        return false;
    let cleaned = text;
    if (text.includes('_')) {
        let prev = '';
        cleaned = '';
        for (const ch of text) {
            const digit = ch >= '0' && ch <= '9';
            if (ch === '_') {
                if (!(prev >= '0' && prev <= '9'))
                    return false;
            }
            else {
                if (prev === '_' && !digit)
                    return false;
                cleaned += ch;
            }
            prev = ch;
        }
        if (prev === '_')
            return false;
    }
    let a = 0;
    let b = cleaned.length;
    while (a < b && isSpace(cleaned[a]))
        a++;
    while (b - 1 > a && isSpace(cleaned[b - 1]))
        b--;
    const inner = cleaned.slice(a, b);
    return doublePrefix(inner)?.length === inner.length;
}
/** The value of an ASCII hex digit byte, or -1 for anything else (the end of the input included). */
const hexDigit = (c) => c === undefined
    ? -1
    : c >= 0x30 && c <= 0x39
        ? c - 0x30
        : c >= 0x61 && c <= 0x66
            ? c - 0x57
            : c >= 0x41 && c <= 0x46
                ? c - 0x37
                : -1;
/**
 * Whether a STRING argument (the whole line: quotes and escapes) is one the
 * unpicklers load, judged piece by piece so that an argument of any length
 * is checked without being held. Both unpicklers strip the outer quotes
 * (the same quote, ' or ", at both ends of a line of two bytes or more) and
 * decode the rest with codecs.escape_decode, whose only failures are a
 * trailing backslash and a \x without two hex digits.
 */
class StringArgumentCheck {
    length = 0;
    first = -1;
    last = -1;
    /** 0: plain; 1: after a backslash; 2, 3: after \x, waiting for its first or second hex digit. */
    state = 0;
    /** The last byte was read as the character of an escape (so it was not the end of the content). */
    lastEscaped = false;
    error;
    feed(piece) {
        if (piece.length === 0)
            return;
        let i = 0;
        if (this.length === 0) {
            this.first = piece[0];
            i = 1;
        }
        this.length += piece.length;
        this.last = piece[piece.length - 1];
        while (i < piece.length && this.error === undefined) {
            if (this.state === 0) {
                const j = piece.indexOf(0x5c, i);
                if (j < 0) {
                    this.lastEscaped = false;
                    return;
                }
                this.state = 1;
                this.lastEscaped = false;
                i = j + 1;
                continue;
            }
            const c = piece[i++];
            if (this.state === 1) {
                this.lastEscaped = true;
                this.state = c === 0x78 ? 2 : 0;
            }
            else {
                this.lastEscaped = false;
                if (hexDigit(c) < 0)
                    this.error = 'invalid \\x escape';
                this.state = this.state === 2 ? 3 : 0;
            }
        }
    }
    /** Why the unpicklers refuse the argument, or undefined when they load it. */
    finish() {
        const q = this.first;
        if (this.length < 2 || this.last !== q || (q !== 0x22 && q !== 0x27))
            return 'it must be quoted';
        // The closing quote was fed too: it ends the content unless it was the escaped character of a trailing backslash.
        if (this.error)
            return this.error;
        if (this.state !== 0)
            return 'invalid \\x escape';
        if (this.lastEscaped)
            return 'Trailing \\ in string';
        return undefined;
    }
}
/**
 * Whether a UNICODE argument decodes with raw-unicode-escape, judged piece
 * by piece: an odd run of backslashes before u or U starts an escape that
 * needs 4 or 8 hex digits, and a \U escape must name a code point.
 */
class UnicodeArgumentCheck {
    oddSlashes = false;
    hexLeft = 0;
    wide = false;
    code = 0;
    error;
    feed(piece) {
        let i = 0;
        while (i < piece.length && this.error === undefined) {
            if (this.hexLeft === 0 && !this.oddSlashes) {
                const j = piece.indexOf(0x5c, i);
                if (j < 0)
                    return;
                this.oddSlashes = true;
                i = j + 1;
                continue;
            }
            const c = piece[i++];
            if (this.hexLeft > 0) {
                const d = hexDigit(c);
                if (d < 0) {
                    this.error = `truncated \\${this.wide ? 'UXXXXXXXX' : 'uXXXX'} escape`;
                    return;
                }
                this.code = this.code * 16 + d;
                if (--this.hexLeft === 0 && this.code > 0x10ffff)
                    this.error = '\\Uxxxxxxxx out of range';
            }
            else if (c === 0x5c)
                this.oddSlashes = !this.oddSlashes;
            else {
                if (this.oddSlashes && (c === 0x75 || c === 0x55)) {
                    this.wide = c === 0x55;
                    this.hexLeft = this.wide ? 8 : 4;
                    this.code = 0;
                }
                this.oddSlashes = false;
            }
        }
    }
    /** Why raw-unicode-escape refuses the argument, or undefined when it decodes. */
    finish() {
        return (this.error ??
            (this.hexLeft > 0 ? `truncated \\${this.wide ? 'UXXXXXXXX' : 'uXXXX'} escape` : undefined));
    }
}

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/pickle-values.js
/** What one scan collects, across every pickle of a file (nested ones included). */
class PickleLog {
    globals = new Map();
    storages = [];
    addGlobal(g) {
        const seen = this.globals.get(g.path);
        if (seen)
            seen.count++;
        else
            this.globals.set(g.path, { ...g, count: 1 });
    }
    /** Records that loading runs the global `path` (or may, when it is only handed to a call). */
    markCalled(path, op, at, passed) {
        const g = this.globals.get(path);
        if (g && (!g.called || (g.called.passed && !passed)))
            g.called = { op, at, passed };
    }
}
class PickleError extends Error {
}
const NONE = { t: 'none' };
const FLOAT = { t: 'float' };
const OPAQUE = { t: 'opaque' };
const BYTES = { t: 'bytes' };
/** Longer strings are stepped over, not kept. */
const MAX_STRING = 64 * 1024;
/**
 * Text arguments whose content the scan needs (GLOBAL and INST names, the
 * numbers of INT, LONG, FLOAT, GET and PUT) are kept up to this length;
 * longer ones stop the scan. Python writes them a few bytes long (int()
 * itself refuses decimals of more than 4300 digits), but its unpicklers
 * read lines of any length. STRING, UNICODE and PERSID arguments have no
 * limit: they are judged as they stream past.
 */
const MAX_KEPT_LINE = 64 * 1024 * 1024;
/** Container items kept per container (enough for shapes, dtypes and persistent ids). */
const MAX_ITEMS = 1024;
const MAX_NESTING = 32;
/** The kind of a value: str, int, or its tag. */
const kind = (v) => typeof v === 'string' ? 'str' : typeof v === 'number' ? 'int' : v.t;
const LONGSTR = { t: 'longstr' };
const BOOL = { t: 'bool' };
/** An int: a number when a double holds it exactly. */
const pickle_values_int = (v) => v >= -BigInt(Number.MAX_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(v)
    : { t: 'bigint', v };
const asNumber = (v) => typeof v === 'number' && v >= 0 ? v : undefined;
const asString = (v) => typeof v === 'string' ? v : undefined;
/** The object form of a value (containers, globals, call results), or undefined for strings and ints. */
const asObject = (v) => v !== undefined && typeof v === 'object' ? v : undefined;

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/pickle-codecs.js


/** How Python decodes the bytes of pickle arguments: the codecs of STRING, UNICODE, GLOBAL and INST, and LONG1/LONG4's integers. */
const pickle_codecs_utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');
const latin1 = (b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
/** UTF-8 as Python's 'surrogatepass' decodes it; undecodable text is kept with replacement characters (the scan goes on where Python might stop). */
const decodeUtf8 = (b) => {
    try {
        return pickle_codecs_utf8.decode(b);
    }
    catch {
        return utf8Lenient.decode(b);
    }
};
/** codecs.escape_decode, as Python applies it to a STRING argument. */
function escapeDecode(s) {
    const out = [];
    const simple = {
        0x5c: 0x5c,
        0x27: 0x27,
        0x22: 0x22,
        0x62: 8,
        0x66: 12,
        0x74: 9,
        0x6e: 10,
        0x72: 13,
        0x76: 11,
        0x61: 7,
    };
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (c !== 0x5c) {
            out.push(c);
            continue;
        }
        if (++i >= s.length)
            throw new PickleError('Trailing \\ in string');
        const e = s[i];
        if (e === 0x0a)
            continue;
        if (simple[e] !== undefined)
            out.push(simple[e]);
        else if (e >= 0x30 && e <= 0x37) {
            let v = e - 0x30;
            for (let k = 0; k < 2 && i + 1 < s.length && s[i + 1] >= 0x30 && s[i + 1] <= 0x37; k++)
                v = v * 8 + (s[++i] - 0x30);
            out.push(v & 0xff);
        }
        else if (e === 0x78) {
            const h1 = hexDigit(s[i + 1]);
            const h2 = hexDigit(s[i + 2]);
            if (h1 < 0 || h2 < 0)
                throw new PickleError(`invalid \\x escape at position ${i - 1}`);
            out.push(h1 * 16 + h2);
            i += 2;
        }
        else
            out.push(0x5c, e);
    }
    return Uint8Array.from(out);
}
/** The raw-unicode-escape codec, as Python applies it to a UNICODE argument. */
function rawUnicodeEscapeDecode(s) {
    let out = '';
    for (let i = 0; i < s.length;) {
        if (s[i] !== 0x5c) {
            out += String.fromCharCode(s[i++]);
            continue;
        }
        const start = i;
        while (i < s.length && s[i] === 0x5c)
            i++;
        const slashes = i - start;
        if (slashes % 2 === 0 || i >= s.length || (s[i] !== 0x75 && s[i] !== 0x55)) {
            out += '\\'.repeat(slashes);
            continue;
        }
        out += '\\'.repeat(slashes - 1);
        const count = s[i] === 0x75 ? 4 : 8;
        i++;
        let code = 0;
        for (let k = 0; k < count; k++, i++) {
            const d = hexDigit(s[i]);
            if (d < 0)
                throw new PickleError(`truncated \\${count === 4 ? 'uXXXX' : 'UXXXXXXXX'} escape`);
            code = code * 16 + d;
        }
        if (code > 0x10ffff)
            throw new PickleError('\\Uxxxxxxxx out of range');
        out += String.fromCodePoint(code);
    }
    return out;
}
/** GLOBAL's arguments: Python decodes them as strict UTF-8 and stops on anything else. */
function strictUtf8(b, at) {
    try {
        return pickle_codecs_utf8.decode(b);
    }
    catch {
        throw new PickleError(`GLOBAL at byte ${at} names a module or attribute that is not UTF-8`);
    }
}
/** INST's arguments: ASCII only. */
function ascii(b, at) {
    if (b.some((c) => c > 0x7f))
        throw new PickleError(`INST at byte ${at} names a module or class that is not ASCII`);
    return latin1(b);
}
/** Little-endian two's complement (LONG1, LONG4). */
function decodeLong(b) {
    let v = 0n;
    for (let k = b.length - 1; k >= 0; k--)
        v = (v << 8n) | BigInt(b[k]);
    if (b.length > 0 && b[b.length - 1] & 0x80)
        v -= 1n << BigInt(8 * b.length);
    return v;
}

// EXTERNAL MODULE: ./build/src/report/escape.js
var report_escape = __webpack_require__(96209);
;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/compat-pickle.js
/**
 * Python's own renaming of Python 2 names when it unpickles a protocol 0-2
 * stream with fix_imports (the default): CPython's Lib/_compat_pickle.py,
 * IMPORT_MAPPING and NAME_MAPPING (2 -> 3 direction), copied verbatim from
 * CPython 3.11. The scanner judges a global under the name Python would
 * really import, so `urllib2.urlopen` is judged as `urllib.request.urlopen`
 * and `__builtin__.eval` as `builtins.eval`. A test compares these tables
 * with the live `_compat_pickle` module.
 */
const IMPORT_MAPPING = new Map([
    ['__builtin__', 'builtins'],
    ['copy_reg', 'copyreg'],
    ['Queue', 'queue'],
    ['SocketServer', 'socketserver'],
    ['ConfigParser', 'configparser'],
    ['repr', 'reprlib'],
    ['tkFileDialog', 'tkinter.filedialog'],
    ['tkSimpleDialog', 'tkinter.simpledialog'],
    ['tkColorChooser', 'tkinter.colorchooser'],
    ['tkCommonDialog', 'tkinter.commondialog'],
    ['Dialog', 'tkinter.dialog'],
    ['Tkdnd', 'tkinter.dnd'],
    ['tkFont', 'tkinter.font'],
    ['tkMessageBox', 'tkinter.messagebox'],
    ['ScrolledText', 'tkinter.scrolledtext'],
    ['Tkconstants', 'tkinter.constants'],
    ['Tix', 'tkinter.tix'],
    ['ttk', 'tkinter.ttk'],
    ['Tkinter', 'tkinter'],
    ['markupbase', '_markupbase'],
    ['_winreg', 'winreg'],
    ['thread', '_thread'],
    ['dummy_thread', '_dummy_thread'],
    ['dbhash', 'dbm.bsd'],
    ['dumbdbm', 'dbm.dumb'],
    ['dbm', 'dbm.ndbm'],
    ['gdbm', 'dbm.gnu'],
    ['xmlrpclib', 'xmlrpc.client'],
    ['SimpleXMLRPCServer', 'xmlrpc.server'],
    ['httplib', 'http.client'],
    ['htmlentitydefs', 'html.entities'],
    ['HTMLParser', 'html.parser'],
    ['Cookie', 'http.cookies'],
    ['cookielib', 'http.cookiejar'],
    ['BaseHTTPServer', 'http.server'],
    ['test.test_support', 'test.support'],
    ['commands', 'subprocess'],
    ['urlparse', 'urllib.parse'],
    ['robotparser', 'urllib.robotparser'],
    ['urllib2', 'urllib.request'],
    ['anydbm', 'dbm'],
    ['_abcoll', 'collections.abc'],
    ['cPickle', 'pickle'],
    ['_elementtree', 'xml.etree.ElementTree'],
    ['FileDialog', 'tkinter.filedialog'],
    ['SimpleDialog', 'tkinter.simpledialog'],
    ['DocXMLRPCServer', 'xmlrpc.server'],
    ['SimpleHTTPServer', 'http.server'],
    ['CGIHTTPServer', 'http.server'],
    ['UserDict', 'collections'],
    ['UserList', 'collections'],
    ['UserString', 'collections'],
    ['whichdb', 'dbm'],
    ['StringIO', 'io'],
    ['cStringIO', 'io'],
]);
/** Keyed by 'module name' (one space). */
const NAME_MAPPING = new Map([
    ['__builtin__ xrange', ['builtins', 'range']],
    ['__builtin__ reduce', ['functools', 'reduce']],
    ['__builtin__ intern', ['sys', 'intern']],
    ['__builtin__ unichr', ['builtins', 'chr']],
    ['__builtin__ unicode', ['builtins', 'str']],
    ['__builtin__ long', ['builtins', 'int']],
    ['itertools izip', ['builtins', 'zip']],
    ['itertools imap', ['builtins', 'map']],
    ['itertools ifilter', ['builtins', 'filter']],
    ['itertools ifilterfalse', ['itertools', 'filterfalse']],
    ['itertools izip_longest', ['itertools', 'zip_longest']],
    ['UserDict IterableUserDict', ['collections', 'UserDict']],
    ['UserList UserList', ['collections', 'UserList']],
    ['UserString UserString', ['collections', 'UserString']],
    ['whichdb whichdb', ['dbm', 'whichdb']],
    ['_socket fromfd', ['socket', 'fromfd']],
    ['_multiprocessing Connection', ['multiprocessing.connection', 'Connection']],
    ['multiprocessing.process Process', ['multiprocessing.context', 'Process']],
    ['multiprocessing.forking Popen', ['multiprocessing.popen_fork', 'Popen']],
    ['urllib ContentTooShortError', ['urllib.error', 'ContentTooShortError']],
    ['urllib getproxies', ['urllib.request', 'getproxies']],
    ['urllib pathname2url', ['urllib.request', 'pathname2url']],
    ['urllib quote_plus', ['urllib.parse', 'quote_plus']],
    ['urllib quote', ['urllib.parse', 'quote']],
    ['urllib unquote_plus', ['urllib.parse', 'unquote_plus']],
    ['urllib unquote', ['urllib.parse', 'unquote']],
    ['urllib url2pathname', ['urllib.request', 'url2pathname']],
    ['urllib urlcleanup', ['urllib.request', 'urlcleanup']],
    ['urllib urlencode', ['urllib.parse', 'urlencode']],
    ['urllib urlopen', ['urllib.request', 'urlopen']],
    ['urllib urlretrieve', ['urllib.request', 'urlretrieve']],
    ['urllib2 HTTPError', ['urllib.error', 'HTTPError']],
    ['urllib2 URLError', ['urllib.error', 'URLError']],
    ['exceptions ArithmeticError', ['builtins', 'ArithmeticError']],
    ['exceptions AssertionError', ['builtins', 'AssertionError']],
    ['exceptions AttributeError', ['builtins', 'AttributeError']],
    ['exceptions BaseException', ['builtins', 'BaseException']],
    ['exceptions BufferError', ['builtins', 'BufferError']],
    ['exceptions BytesWarning', ['builtins', 'BytesWarning']],
    ['exceptions DeprecationWarning', ['builtins', 'DeprecationWarning']],
    ['exceptions EOFError', ['builtins', 'EOFError']],
    ['exceptions EnvironmentError', ['builtins', 'EnvironmentError']],
    ['exceptions Exception', ['builtins', 'Exception']],
    ['exceptions FloatingPointError', ['builtins', 'FloatingPointError']],
    ['exceptions FutureWarning', ['builtins', 'FutureWarning']],
    ['exceptions GeneratorExit', ['builtins', 'GeneratorExit']],
    ['exceptions IOError', ['builtins', 'IOError']],
    ['exceptions ImportError', ['builtins', 'ImportError']],
    ['exceptions ImportWarning', ['builtins', 'ImportWarning']],
    ['exceptions IndentationError', ['builtins', 'IndentationError']],
    ['exceptions IndexError', ['builtins', 'IndexError']],
    ['exceptions KeyError', ['builtins', 'KeyError']],
    ['exceptions KeyboardInterrupt', ['builtins', 'KeyboardInterrupt']],
    ['exceptions LookupError', ['builtins', 'LookupError']],
    ['exceptions MemoryError', ['builtins', 'MemoryError']],
    ['exceptions NameError', ['builtins', 'NameError']],
    ['exceptions NotImplementedError', ['builtins', 'NotImplementedError']],
    ['exceptions OSError', ['builtins', 'OSError']],
    ['exceptions OverflowError', ['builtins', 'OverflowError']],
    ['exceptions PendingDeprecationWarning', ['builtins', 'PendingDeprecationWarning']],
    ['exceptions ReferenceError', ['builtins', 'ReferenceError']],
    ['exceptions RuntimeError', ['builtins', 'RuntimeError']],
    ['exceptions RuntimeWarning', ['builtins', 'RuntimeWarning']],
    ['exceptions StopIteration', ['builtins', 'StopIteration']],
    ['exceptions SyntaxError', ['builtins', 'SyntaxError']],
    ['exceptions SyntaxWarning', ['builtins', 'SyntaxWarning']],
    ['exceptions SystemError', ['builtins', 'SystemError']],
    ['exceptions SystemExit', ['builtins', 'SystemExit']],
    ['exceptions TabError', ['builtins', 'TabError']],
    ['exceptions TypeError', ['builtins', 'TypeError']],
    ['exceptions UnboundLocalError', ['builtins', 'UnboundLocalError']],
    ['exceptions UnicodeDecodeError', ['builtins', 'UnicodeDecodeError']],
    ['exceptions UnicodeEncodeError', ['builtins', 'UnicodeEncodeError']],
    ['exceptions UnicodeError', ['builtins', 'UnicodeError']],
    ['exceptions UnicodeTranslateError', ['builtins', 'UnicodeTranslateError']],
    ['exceptions UnicodeWarning', ['builtins', 'UnicodeWarning']],
    ['exceptions UserWarning', ['builtins', 'UserWarning']],
    ['exceptions ValueError', ['builtins', 'ValueError']],
    ['exceptions Warning', ['builtins', 'Warning']],
    ['exceptions ZeroDivisionError', ['builtins', 'ZeroDivisionError']],
    ['multiprocessing AuthenticationError', ['multiprocessing.context', 'AuthenticationError']],
    ['multiprocessing BufferTooShort', ['multiprocessing.context', 'BufferTooShort']],
    ['multiprocessing ProcessError', ['multiprocessing.context', 'ProcessError']],
    ['multiprocessing TimeoutError', ['multiprocessing.context', 'TimeoutError']],
    ['__builtin__ basestring', ['builtins', 'str']],
    ['exceptions StandardError', ['builtins', 'Exception']],
    ['UserDict UserDict', ['collections', 'UserDict']],
    ['socket _socketobject', ['socket', 'SocketType']],
]);
/** The module and name an unpickler with fix_imports imports for a Python 2 global (protocol < 3). */
function fixImports(module, name) {
    const mapped = NAME_MAPPING.get(`${module} ${name}`);
    if (mapped)
        return [mapped[0], mapped[1]];
    const moduleMapped = IMPORT_MAPPING.get(module);
    return moduleMapped === undefined ? [module, name] : [moduleMapped, name];
}

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/pickle-allowlist.json
const pickle_allowlist_namespaceObject = /*#__PURE__*/JSON.parse('{"sC":{"builtins.object":"python","builtins.set":"python","builtins.frozenset":"python","builtins.slice":"python","builtins.complex":"python","builtins.bytearray":"python","builtins.bytes":"python","builtins.range":"python","builtins.int":"python","builtins.float":"python","builtins.str":"python","builtins.list":"python","builtins.dict":"python","builtins.tuple":"python","builtins.bool":"python","copyreg._reconstructor":"python","copyreg.__newobj__":"python","copyreg.__newobj_ex__":"python","_codecs.encode":"python","collections.OrderedDict":"python","collections.Counter":"python","collections.defaultdict":"python","collections.deque":"python","datetime.datetime":"python","datetime.date":"python","datetime.time":"python","datetime.timedelta":"python","datetime.timezone":"python","decimal.Decimal":"python","fractions.Fraction":"python","uuid.UUID":"python","uuid.SafeUUID":"python","numpy.ndarray":"numpy","numpy.dtype":"numpy","numpy.core.multiarray._reconstruct":"numpy","numpy.core.multiarray.scalar":"numpy","numpy.core.numeric._frombuffer":"numpy","numpy._core.multiarray._reconstruct":"numpy","numpy._core.multiarray.scalar":"numpy","numpy._core.numeric._frombuffer":"numpy","numpy.ma.core._mareconstruct":"numpy","numpy.ma.core.MaskedArray":"numpy","numpy.matrixlib.defmatrix.matrix":"numpy","numpy.bool_":"numpy","numpy.bool":"numpy","numpy.int8":"numpy","numpy.int16":"numpy","numpy.int32":"numpy","numpy.int64":"numpy","numpy.uint8":"numpy","numpy.uint16":"numpy","numpy.uint32":"numpy","numpy.uint64":"numpy","numpy.float16":"numpy","numpy.float32":"numpy","numpy.float64":"numpy","numpy.longdouble":"numpy","numpy.complex64":"numpy","numpy.complex128":"numpy","numpy.clongdouble":"numpy","numpy.object_":"numpy","numpy.str_":"numpy","numpy.bytes_":"numpy","numpy.void":"numpy","numpy.datetime64":"numpy","numpy.timedelta64":"numpy","numpy.intc":"numpy","numpy.uintc":"numpy","numpy.intp":"numpy","numpy.uintp":"numpy","numpy.longlong":"numpy","numpy.ulonglong":"numpy","numpy.short":"numpy","numpy.ushort":"numpy","numpy.byte":"numpy","numpy.ubyte":"numpy","numpy.half":"numpy","numpy.single":"numpy","numpy.double":"numpy","numpy.csingle":"numpy","numpy.cdouble":"numpy","numpy.int_":"numpy","numpy.uint":"numpy","numpy.float_":"numpy","numpy.complex_":"numpy","numpy.unicode_":"numpy","numpy.string_":"numpy","numpy.dtypes.BoolDType":"numpy","numpy.dtypes.Int8DType":"numpy","numpy.dtypes.Int16DType":"numpy","numpy.dtypes.Int32DType":"numpy","numpy.dtypes.Int64DType":"numpy","numpy.dtypes.UInt8DType":"numpy","numpy.dtypes.UInt16DType":"numpy","numpy.dtypes.UInt32DType":"numpy","numpy.dtypes.UInt64DType":"numpy","numpy.dtypes.Float16DType":"numpy","numpy.dtypes.Float32DType":"numpy","numpy.dtypes.Float64DType":"numpy","numpy.dtypes.LongDoubleDType":"numpy","numpy.dtypes.Complex64DType":"numpy","numpy.dtypes.Complex128DType":"numpy","numpy.dtypes.CLongDoubleDType":"numpy","numpy.dtypes.ObjectDType":"numpy","numpy.dtypes.BytesDType":"numpy","numpy.dtypes.StrDType":"numpy","numpy.dtypes.VoidDType":"numpy","numpy.dtypes.DateTime64DType":"numpy","numpy.dtypes.TimeDelta64DType":"numpy","numpy.random.__RandomState_ctor":"numpy","numpy.random._pickle.__randomstate_ctor":"numpy","numpy.random._pickle.__generator_ctor":"numpy","numpy.random._pickle.__bit_generator_ctor":"numpy","numpy.random.mtrand.RandomState":"numpy","numpy.random._generator.Generator":"numpy","numpy.random._mt19937.MT19937":"numpy","numpy.random._pcg64.PCG64":"numpy","numpy.random._pcg64.PCG64DXSM":"numpy","numpy.random._philox.Philox":"numpy","numpy.random._sfc64.SFC64":"numpy","numpy.random.bit_generator.SeedSequence":"numpy","numpy.random.bit_generator.__pyx_unpickle_SeedSequence":"numpy","numpy.random._bit_generator.SeedSequence":"numpy","numpy.random._bit_generator.__pyx_unpickle_SeedSequence":"numpy","joblib.numpy_pickle.NumpyArrayWrapper":"joblib","pandas.DataFrame":"pandas","pandas.Series":"pandas","pandas.Index":"pandas","pandas.RangeIndex":"pandas","pandas.Categorical":"pandas","pandas.CategoricalDtype":"pandas","pandas.StringDtype":"pandas","pandas.Timestamp":"pandas","pandas.Timedelta":"pandas","pandas.arrays.StringArray":"pandas","pandas.core.frame.DataFrame":"pandas","pandas.core.series.Series":"pandas","pandas.core.indexes.base.Index":"pandas","pandas.core.indexes.base._new_Index":"pandas","pandas.core.indexes.range.RangeIndex":"pandas","pandas.core.internals.managers.BlockManager":"pandas","pandas.core.internals.managers.SingleBlockManager":"pandas","pandas.core.arrays.categorical.Categorical":"pandas","pandas.core.dtypes.dtypes.CategoricalDtype":"pandas","pandas._libs.internals._unpickle_block":"pandas","pandas._libs.arrays.__pyx_unpickle_NDArrayBacked":"pandas","pandas._libs.tslibs.timestamps._unpickle_timestamp":"pandas","pandas._libs.tslibs.timedeltas._timedelta_unpickle":"pandas","scipy.sparse._csr.csr_matrix":"scipy","scipy.sparse._csr.csr_array":"scipy","scipy.sparse.csr.csr_matrix":"scipy","scipy.sparse._csc.csc_matrix":"scipy","scipy.sparse._csc.csc_array":"scipy","scipy.sparse.csc.csc_matrix":"scipy","scipy.sparse._coo.coo_matrix":"scipy","scipy.sparse._coo.coo_array":"scipy","scipy.sparse.coo.coo_matrix":"scipy","torch.Size":"torch","torch.Tensor":"torch","torch.device":"torch","torch.nn.parameter.Parameter":"torch","torch.nn.parameter.Buffer":"torch","torch.serialization._get_layout":"torch","torch._tensor._rebuild_from_type_v2":"torch","torch._utils._rebuild_tensor":"torch","torch._utils._rebuild_tensor_v2":"torch","torch._utils._rebuild_tensor_v3":"torch","torch._utils._rebuild_parameter":"torch","torch._utils._rebuild_parameter_with_state":"torch","torch._utils._rebuild_qtensor":"torch","torch._utils._rebuild_sparse_tensor":"torch","torch._utils._rebuild_meta_tensor_no_storage":"torch","torch._utils._rebuild_wrapper_subclass":"torch","torch._utils._rebuild_device_tensor_from_numpy":"torch","torch._utils._rebuild_device_tensor_from_cpu_tensor":"torch","torch._utils._rebuild_nested_tensor":"torch","torch.storage.TypedStorage":"torch","torch.storage.UntypedStorage":"torch","torch.DoubleStorage":"torch","torch.FloatStorage":"torch","torch.HalfStorage":"torch","torch.LongStorage":"torch","torch.IntStorage":"torch","torch.ShortStorage":"torch","torch.CharStorage":"torch","torch.ByteStorage":"torch","torch.BoolStorage":"torch","torch.BFloat16Storage":"torch","torch.ComplexDoubleStorage":"torch","torch.ComplexFloatStorage":"torch","torch.QUInt8Storage":"torch","torch.QInt8Storage":"torch","torch.QInt32Storage":"torch","torch.QUInt4x2Storage":"torch","torch.QUInt2x4Storage":"torch","torch.UntypedStorage":"torch","torch.DoubleTensor":"torch","torch.cuda.DoubleTensor":"torch","torch.FloatTensor":"torch","torch.cuda.FloatTensor":"torch","torch.HalfTensor":"torch","torch.cuda.HalfTensor":"torch","torch.BFloat16Tensor":"torch","torch.cuda.BFloat16Tensor":"torch","torch.LongTensor":"torch","torch.cuda.LongTensor":"torch","torch.IntTensor":"torch","torch.cuda.IntTensor":"torch","torch.ShortTensor":"torch","torch.cuda.ShortTensor":"torch","torch.CharTensor":"torch","torch.cuda.CharTensor":"torch","torch.ByteTensor":"torch","torch.cuda.ByteTensor":"torch","torch.BoolTensor":"torch","torch.cuda.BoolTensor":"torch","torch.ComplexDoubleTensor":"torch","torch.cuda.ComplexDoubleTensor":"torch","torch.ComplexFloatTensor":"torch","torch.cuda.ComplexFloatTensor":"torch","torch.float32":"torch","torch.float64":"torch","torch.float16":"torch","torch.bfloat16":"torch","torch.complex32":"torch","torch.complex64":"torch","torch.complex128":"torch","torch.uint8":"torch","torch.int8":"torch","torch.int16":"torch","torch.int32":"torch","torch.int64":"torch","torch.bool":"torch","torch.qint8":"torch","torch.quint8":"torch","torch.qint32":"torch","torch.quint4x2":"torch","torch.quint2x4":"torch","torch.float8_e5m2":"torch","torch.float8_e4m3fn":"torch","torch.float8_e5m2fnuz":"torch","torch.float8_e4m3fnuz":"torch","torch.float8_e8m0fnu":"torch","torch.float4_e2m1fn_x2":"torch","torch.uint16":"torch","torch.uint32":"torch","torch.uint64":"torch","torch.bits8":"torch","torch.bits16":"torch","torch.bits1x8":"torch","torch.bits2x4":"torch","torch.bits4x2":"torch","torch.uint1":"torch","torch.int1":"torch","torch.uint2":"torch","torch.int2":"torch","torch.uint3":"torch","torch.int3":"torch","torch.uint4":"torch","torch.int4":"torch","torch.uint5":"torch","torch.int5":"torch","torch.uint6":"torch","torch.int6":"torch","torch.uint7":"torch","torch.int7":"torch","torch.per_tensor_affine":"torch","torch.per_tensor_symmetric":"torch","torch.per_channel_affine":"torch","torch.per_channel_symmetric":"torch","torch.per_channel_affine_float_qparams":"torch"}}');
;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/pickle-denylist.json
const pickle_denylist_namespaceObject = /*#__PURE__*/JSON.parse('{"Ot":{"commands":"runs operating-system commands","code":"evaluates or compiles Python code","attributes":"reaches arbitrary attributes or builds calls to them","imports":"imports or loads code","loaders":"loads another serialized object the scanner cannot see","network":"opens network connections","files":"reads or writes files","threads":"starts threads or handles signals"},"$e":{"os":"commands","posix":"commands","nt":"commands","subprocess":"commands","_posixsubprocess":"commands","pty":"commands","commands":"commands","popen2":"commands","platform":"commands","_osx_support":"commands","_aix_support":"commands","_pyrepl":"commands","uuid":"commands","imaplib.IMAP4_stream":"commands","pydoc":"commands","webbrowser":"commands","antigravity":"commands","asyncio":"commands","multiprocessing":"commands","_multiprocessing":"commands","concurrent.futures":"commands","torch.multiprocessing":"commands","builtins.eval":"code","builtins.exec":"code","builtins.execfile":"code","builtins.compile":"code","builtins.breakpoint":"code","builtins.input":"code","builtins.help":"code","runpy":"code","code":"code","codeop":"code","types.CodeType":"code","types.FunctionType":"code","types.LambdaType":"code","marshal":"code","trace":"code","timeit":"code","profile":"code","cProfile":"code","_lsprof":"code","pdb":"code","bdb":"code","doctest":"code","unittest":"code","idlelib":"code","lib2to3":"code","test":"code","tkinter":"code","_tkinter":"code","turtle":"code","numpy.testing":"code","numpy.f2py":"code","numpy.distutils":"code","pandas.eval":"code","pandas.core.computation":"code","torch.jit.unsupported_tensor_ops":"code","torch._inductor":"code","torch._dynamo":"code","torch.fx.experimental.symbolic_shapes":"code","torch.utils.bottleneck":"code","torch.utils.collect_env":"code","sklearn.utils._testing":"code","yaml.load":"code","yaml.load_all":"code","yaml.unsafe_load":"code","yaml.unsafe_load_all":"code","yaml.full_load":"code","yaml.full_load_all":"code","yaml.constructor":"code","jsonpickle":"code","builtins.getattr":"attributes","builtins.setattr":"attributes","builtins.delattr":"attributes","builtins.globals":"attributes","builtins.locals":"attributes","builtins.vars":"attributes","builtins.apply":"attributes","operator.attrgetter":"attributes","operator.itemgetter":"attributes","operator.methodcaller":"attributes","operator.call":"attributes","_operator.attrgetter":"attributes","_operator.itemgetter":"attributes","_operator.methodcaller":"attributes","_operator.call":"attributes","functools.partialmethod":"attributes","functools.reduce":"attributes","_functools.reduce":"attributes","gc":"attributes","copyreg":"attributes","sys":"attributes","importlib":"imports","imp":"imports","pkgutil":"imports","zipimport":"imports","site":"imports","ctypes":"imports","_ctypes":"imports","cffi":"imports","distutils":"imports","setuptools":"imports","pkg_resources":"imports","ensurepip":"imports","pip":"imports","venv":"imports","numpy.ctypeslib":"imports","torch.utils.cpp_extension":"imports","torch.package":"imports","torch.ops.load_library":"imports","torch.classes.load_library":"imports","torch.hub":"imports","torch.utils._config_module":"imports","torch.utils.data.datapipes.utils.decoder":"imports","keras.models.load_model":"imports","keras.saving":"imports","tensorflow.keras.models.load_model":"imports","pickle":"loaders","_pickle":"loaders","cPickle":"loaders","dill":"loaders","cloudpickle":"loaders","shelve":"loaders","joblib.load":"loaders","joblib.numpy_pickle.load":"loaders","joblib.numpy_pickle.load_temporary_memmap":"loaders","joblib.externals":"loaders","joblib.parallel":"loaders","joblib.Parallel":"loaders","joblib.memory":"loaders","joblib.Memory":"loaders","torch.load":"loaders","torch.serialization":"loaders","torch.jit.load":"loaders","torch.storage._load_from_bytes":"loaders","torch.distributed":"loaders","numpy.load":"loaders","numpy.lib.npyio":"loaders","numpy.lib._npyio_impl":"loaders","pandas.read_pickle":"loaders","pandas.io":"loaders","socket":"network","_socket":"network","ssl":"network","http.client":"network","http.server":"network","httplib":"network","urllib.request":"network","urllib.urlopen":"network","urllib.urlretrieve":"network","urllib2":"network","urllib3":"network","requests":"network","httpx":"network","aiohttp":"network","ftplib":"network","smtplib":"network","smtpd":"network","telnetlib":"network","poplib":"network","imaplib":"network","nntplib":"network","xmlrpc":"network","socketserver":"network","asyncore":"network","asynchat":"network","numpy.lib._datasource":"network","numpy.DataSource":"network","builtins.open":"files","builtins.file":"files","io.open":"files","io.open_code":"files","io.FileIO":"files","_io.open":"files","_io.open_code":"files","_io.FileIO":"files","codecs":"files","_codecs":"files","fileinput":"files","tempfile":"files","shutil":"files","pathlib":"files","mmap":"files","dbm":"files","sqlite3":"files","zipfile":"files","tarfile":"files","gzip.open":"files","gzip.GzipFile":"files","bz2.open":"files","bz2.BZ2File":"files","lzma.open":"files","lzma.LZMAFile":"files","logging.FileHandler":"files","logging.handlers":"files","logging.config":"files","numpy.memmap":"files","numpy.core.memmap":"files","numpy._core.memmap":"files","numpy.save":"files","numpy.savez":"files","numpy.savez_compressed":"files","numpy.savetxt":"files","numpy.fromfile":"files","numpy.loadtxt":"files","numpy.genfromtxt":"files","threading":"threads","_thread":"threads","signal":"threads","_signal":"threads","atexit":"threads","sched":"threads"},"_4":["os","posix","nt","sys","subprocess","posixsubprocess","builtins","builtin","importlib","imp","pickle","cPickle","dill","cloudpickle","marshal","ctypes","runpy","pty","shutil","socket","commands","multiprocessing","webbrowser","pydoc","pdb","bdb","timeit","cProfile","codeop","pip"],"Db":["eval","exec","execfile","compile","system","popen","popen2","popen3","popen4","Popen","getoutput","getstatusoutput","check_output","check_call","fork","forkpty","fork_exec","posix_spawn","posix_spawnp","execl","execle","execlp","execlpe","execv","execve","execvp","execvpe","spawnl","spawnle","spawnlp","spawnlpe","spawnv","spawnve","spawnvp","spawnvpe","runcode","runsource","runstring","run_path","run_module","_run_code","_run_module_code","execWrapper","load_inline","pipepager","tempfilepager","_read_output","_get_command_stdout","_syscmd_file","import_module","load_source","load_module","load_dynamic","load_library","LoadLibrary","resolve_name","locate","getattr","setattr","delattr","attrgetter","methodcaller","globals","locals","breakpoint","load","loads","load_model","read_pickle","unsafe_load","full_load"]}');
;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/sklearn-globals.json
const sklearn_globals_namespaceObject = /*#__PURE__*/JSON.parse('{"Ac":["sklearn.calibration.CalibratedClassifierCV","sklearn.cluster._affinity_propagation.AffinityPropagation","sklearn.cluster._agglomerative.AgglomerativeClustering","sklearn.cluster._agglomerative.FeatureAgglomeration","sklearn.cluster._bicluster.SpectralBiclustering","sklearn.cluster._bicluster.SpectralCoclustering","sklearn.cluster._birch.Birch","sklearn.cluster._bisect_k_means.BisectingKMeans","sklearn.cluster._dbscan.DBSCAN","sklearn.cluster._hdbscan.hdbscan.HDBSCAN","sklearn.cluster._kmeans.KMeans","sklearn.cluster._kmeans.MiniBatchKMeans","sklearn.cluster._mean_shift.MeanShift","sklearn.cluster._optics.OPTICS","sklearn.cluster._spectral.SpectralClustering","sklearn.compose._column_transformer.ColumnTransformer","sklearn.compose._target.TransformedTargetRegressor","sklearn.covariance._elliptic_envelope.EllipticEnvelope","sklearn.covariance._empirical_covariance.EmpiricalCovariance","sklearn.covariance._graph_lasso.GraphicalLasso","sklearn.covariance._graph_lasso.GraphicalLassoCV","sklearn.covariance._robust_covariance.MinCovDet","sklearn.covariance._shrunk_covariance.LedoitWolf","sklearn.covariance._shrunk_covariance.OAS","sklearn.covariance._shrunk_covariance.ShrunkCovariance","sklearn.cross_decomposition._pls.CCA","sklearn.cross_decomposition._pls.PLSCanonical","sklearn.cross_decomposition._pls.PLSRegression","sklearn.cross_decomposition._pls.PLSSVD","sklearn.decomposition._dict_learning.DictionaryLearning","sklearn.decomposition._dict_learning.MiniBatchDictionaryLearning","sklearn.decomposition._dict_learning.SparseCoder","sklearn.decomposition._factor_analysis.FactorAnalysis","sklearn.decomposition._fastica.FastICA","sklearn.decomposition._incremental_pca.IncrementalPCA","sklearn.decomposition._kernel_pca.KernelPCA","sklearn.decomposition._lda.LatentDirichletAllocation","sklearn.decomposition._nmf.MiniBatchNMF","sklearn.decomposition._nmf.NMF","sklearn.decomposition._pca.PCA","sklearn.decomposition._sparse_pca.MiniBatchSparsePCA","sklearn.decomposition._sparse_pca.SparsePCA","sklearn.decomposition._truncated_svd.TruncatedSVD","sklearn.discriminant_analysis.LinearDiscriminantAnalysis","sklearn.discriminant_analysis.QuadraticDiscriminantAnalysis","sklearn.dummy.DummyClassifier","sklearn.dummy.DummyRegressor","sklearn.ensemble._bagging.BaggingClassifier","sklearn.ensemble._bagging.BaggingRegressor","sklearn.ensemble._forest.ExtraTreesClassifier","sklearn.ensemble._forest.ExtraTreesRegressor","sklearn.ensemble._forest.RandomForestClassifier","sklearn.ensemble._forest.RandomForestRegressor","sklearn.ensemble._forest.RandomTreesEmbedding","sklearn.ensemble._gb.GradientBoostingClassifier","sklearn.ensemble._gb.GradientBoostingRegressor","sklearn.ensemble._hist_gradient_boosting.gradient_boosting.HistGradientBoostingClassifier","sklearn.ensemble._hist_gradient_boosting.gradient_boosting.HistGradientBoostingRegressor","sklearn.ensemble._iforest.IsolationForest","sklearn.ensemble._stacking.StackingClassifier","sklearn.ensemble._stacking.StackingRegressor","sklearn.ensemble._voting.VotingClassifier","sklearn.ensemble._voting.VotingRegressor","sklearn.ensemble._weight_boosting.AdaBoostClassifier","sklearn.ensemble._weight_boosting.AdaBoostRegressor","sklearn.feature_extraction._dict_vectorizer.DictVectorizer","sklearn.feature_extraction._hash.FeatureHasher","sklearn.feature_extraction.image.PatchExtractor","sklearn.feature_extraction.text.CountVectorizer","sklearn.feature_extraction.text.HashingVectorizer","sklearn.feature_extraction.text.TfidfTransformer","sklearn.feature_extraction.text.TfidfVectorizer","sklearn.feature_selection._from_model.SelectFromModel","sklearn.feature_selection._rfe.RFE","sklearn.feature_selection._rfe.RFECV","sklearn.feature_selection._sequential.SequentialFeatureSelector","sklearn.feature_selection._univariate_selection.GenericUnivariateSelect","sklearn.feature_selection._univariate_selection.SelectFdr","sklearn.feature_selection._univariate_selection.SelectFpr","sklearn.feature_selection._univariate_selection.SelectFwe","sklearn.feature_selection._univariate_selection.SelectKBest","sklearn.feature_selection._univariate_selection.SelectPercentile","sklearn.feature_selection._variance_threshold.VarianceThreshold","sklearn.frozen._frozen.FrozenEstimator","sklearn.gaussian_process._gpc.GaussianProcessClassifier","sklearn.gaussian_process._gpr.GaussianProcessRegressor","sklearn.impute._base.MissingIndicator","sklearn.impute._base.SimpleImputer","sklearn.impute._iterative.IterativeImputer","sklearn.impute._knn.KNNImputer","sklearn.isotonic.IsotonicRegression","sklearn.kernel_approximation.AdditiveChi2Sampler","sklearn.kernel_approximation.Nystroem","sklearn.kernel_approximation.PolynomialCountSketch","sklearn.kernel_approximation.RBFSampler","sklearn.kernel_approximation.SkewedChi2Sampler","sklearn.kernel_ridge.KernelRidge","sklearn.linear_model._base.LinearRegression","sklearn.linear_model._bayes.ARDRegression","sklearn.linear_model._bayes.BayesianRidge","sklearn.linear_model._coordinate_descent.ElasticNet","sklearn.linear_model._coordinate_descent.ElasticNetCV","sklearn.linear_model._coordinate_descent.Lasso","sklearn.linear_model._coordinate_descent.LassoCV","sklearn.linear_model._coordinate_descent.MultiTaskElasticNet","sklearn.linear_model._coordinate_descent.MultiTaskElasticNetCV","sklearn.linear_model._coordinate_descent.MultiTaskLasso","sklearn.linear_model._coordinate_descent.MultiTaskLassoCV","sklearn.linear_model._glm.glm.GammaRegressor","sklearn.linear_model._glm.glm.PoissonRegressor","sklearn.linear_model._glm.glm.TweedieRegressor","sklearn.linear_model._huber.HuberRegressor","sklearn.linear_model._least_angle.Lars","sklearn.linear_model._least_angle.LarsCV","sklearn.linear_model._least_angle.LassoLars","sklearn.linear_model._least_angle.LassoLarsCV","sklearn.linear_model._least_angle.LassoLarsIC","sklearn.linear_model._logistic.LogisticRegression","sklearn.linear_model._logistic.LogisticRegressionCV","sklearn.linear_model._omp.OrthogonalMatchingPursuit","sklearn.linear_model._omp.OrthogonalMatchingPursuitCV","sklearn.linear_model._passive_aggressive.PassiveAggressiveClassifier","sklearn.linear_model._passive_aggressive.PassiveAggressiveRegressor","sklearn.linear_model._perceptron.Perceptron","sklearn.linear_model._quantile.QuantileRegressor","sklearn.linear_model._ransac.RANSACRegressor","sklearn.linear_model._ridge.Ridge","sklearn.linear_model._ridge.RidgeCV","sklearn.linear_model._ridge.RidgeClassifier","sklearn.linear_model._ridge.RidgeClassifierCV","sklearn.linear_model._stochastic_gradient.SGDClassifier","sklearn.linear_model._stochastic_gradient.SGDOneClassSVM","sklearn.linear_model._stochastic_gradient.SGDRegressor","sklearn.linear_model._theil_sen.TheilSenRegressor","sklearn.manifold._classical_mds.ClassicalMDS","sklearn.manifold._isomap.Isomap","sklearn.manifold._locally_linear.LocallyLinearEmbedding","sklearn.manifold._mds.MDS","sklearn.manifold._spectral_embedding.SpectralEmbedding","sklearn.manifold._t_sne.TSNE","sklearn.mixture._bayesian_mixture.BayesianGaussianMixture","sklearn.mixture._gaussian_mixture.GaussianMixture","sklearn.model_selection._classification_threshold.FixedThresholdClassifier","sklearn.model_selection._classification_threshold.TunedThresholdClassifierCV","sklearn.model_selection._search.GridSearchCV","sklearn.model_selection._search.RandomizedSearchCV","sklearn.model_selection._search_successive_halving.HalvingGridSearchCV","sklearn.model_selection._search_successive_halving.HalvingRandomSearchCV","sklearn.multiclass.OneVsOneClassifier","sklearn.multiclass.OneVsRestClassifier","sklearn.multiclass.OutputCodeClassifier","sklearn.multioutput.ClassifierChain","sklearn.multioutput.MultiOutputClassifier","sklearn.multioutput.MultiOutputRegressor","sklearn.multioutput.RegressorChain","sklearn.naive_bayes.BernoulliNB","sklearn.naive_bayes.CategoricalNB","sklearn.naive_bayes.ComplementNB","sklearn.naive_bayes.GaussianNB","sklearn.naive_bayes.MultinomialNB","sklearn.neighbors._classification.KNeighborsClassifier","sklearn.neighbors._classification.RadiusNeighborsClassifier","sklearn.neighbors._graph.KNeighborsTransformer","sklearn.neighbors._graph.RadiusNeighborsTransformer","sklearn.neighbors._kde.KernelDensity","sklearn.neighbors._lof.LocalOutlierFactor","sklearn.neighbors._nca.NeighborhoodComponentsAnalysis","sklearn.neighbors._nearest_centroid.NearestCentroid","sklearn.neighbors._regression.KNeighborsRegressor","sklearn.neighbors._regression.RadiusNeighborsRegressor","sklearn.neighbors._unsupervised.NearestNeighbors","sklearn.neural_network._multilayer_perceptron.MLPClassifier","sklearn.neural_network._multilayer_perceptron.MLPRegressor","sklearn.neural_network._rbm.BernoulliRBM","sklearn.pipeline.FeatureUnion","sklearn.pipeline.Pipeline","sklearn.preprocessing._data.Binarizer","sklearn.preprocessing._data.KernelCenterer","sklearn.preprocessing._data.MaxAbsScaler","sklearn.preprocessing._data.MinMaxScaler","sklearn.preprocessing._data.Normalizer","sklearn.preprocessing._data.PowerTransformer","sklearn.preprocessing._data.QuantileTransformer","sklearn.preprocessing._data.RobustScaler","sklearn.preprocessing._data.StandardScaler","sklearn.preprocessing._discretization.KBinsDiscretizer","sklearn.preprocessing._encoders.OneHotEncoder","sklearn.preprocessing._encoders.OrdinalEncoder","sklearn.preprocessing._function_transformer.FunctionTransformer","sklearn.preprocessing._label.LabelBinarizer","sklearn.preprocessing._label.LabelEncoder","sklearn.preprocessing._label.MultiLabelBinarizer","sklearn.preprocessing._polynomial.PolynomialFeatures","sklearn.preprocessing._polynomial.SplineTransformer","sklearn.preprocessing._target_encoder.TargetEncoder","sklearn.random_projection.GaussianRandomProjection","sklearn.random_projection.SparseRandomProjection","sklearn.semi_supervised._label_propagation.LabelPropagation","sklearn.semi_supervised._label_propagation.LabelSpreading","sklearn.semi_supervised._self_training.SelfTrainingClassifier","sklearn.svm._classes.LinearSVC","sklearn.svm._classes.LinearSVR","sklearn.svm._classes.NuSVC","sklearn.svm._classes.NuSVR","sklearn.svm._classes.OneClassSVM","sklearn.svm._classes.SVC","sklearn.svm._classes.SVR","sklearn.tree._classes.DecisionTreeClassifier","sklearn.tree._classes.DecisionTreeRegressor","sklearn.tree._classes.ExtraTreeClassifier","sklearn.tree._classes.ExtraTreeRegressor"],"yz":["_codecs.encode","builtins.bytes","builtins.dict","builtins.object","builtins.slice","builtins.str","builtins.str.split","builtins.tuple","copyreg._reconstructor","functools.partial","numpy._core.multiarray._reconstruct","numpy._core.multiarray.scalar","numpy._core.numeric._frombuffer","numpy.dtype","numpy.float64","numpy.int64","numpy.ma.MaskedArray","numpy.ma.core._mareconstruct","numpy.mean","numpy.ndarray","numpy.number","numpy.random._mt19937.MT19937","numpy.random._pcg64.PCG64","numpy.random._pickle.__bit_generator_ctor","numpy.random._pickle.__generator_ctor","numpy.random._pickle.__randomstate_ctor","numpy.random.bit_generator.SeedSequence","numpy.random.bit_generator.__pyx_unpickle_SeedSequence","scipy._lib.array_api_compat.numpy._aliases.asarray","scipy.interpolate._bsplines.BSpline","scipy.sparse._csr.csr_matrix","sklearn._loss._loss.CyAbsoluteError","sklearn._loss._loss.CyExponentialLoss","sklearn._loss._loss.CyHalfBinomialLoss","sklearn._loss._loss.CyHalfGammaLoss","sklearn._loss._loss.CyHalfMultinomialLoss","sklearn._loss._loss.CyHalfPoissonLoss","sklearn._loss._loss.CyHalfSquaredError","sklearn._loss._loss.CyHalfTweedieLoss","sklearn._loss._loss.CyHalfTweedieLossIdentity","sklearn._loss._loss.CyHuberLoss","sklearn._loss._loss.CyPinballLoss","sklearn._loss._loss.__pyx_unpickle_CyHalfMultinomialLoss","sklearn._loss.link.HalfLogitLink","sklearn._loss.link.IdentityLink","sklearn._loss.link.Interval","sklearn._loss.link.LogLink","sklearn._loss.link.LogitLink","sklearn._loss.link.MultinomialLogit","sklearn._loss.loss.AbsoluteError","sklearn._loss.loss.ExponentialLoss","sklearn._loss.loss.HalfBinomialLoss","sklearn._loss.loss.HalfGammaLoss","sklearn._loss.loss.HalfMultinomialLoss","sklearn._loss.loss.HalfPoissonLoss","sklearn._loss.loss.HalfSquaredError","sklearn._loss.loss.HalfTweedieLoss","sklearn._loss.loss.HalfTweedieLossIdentity","sklearn._loss.loss.HuberLoss","sklearn._loss.loss.PinballLoss","sklearn.calibration._CalibratedClassifier","sklearn.calibration._SigmoidCalibration","sklearn.calibration._TemperatureScaling","sklearn.cluster._birch._CFNode","sklearn.cluster._birch._CFSubcluster","sklearn.cluster._bisect_k_means._BisectingTree","sklearn.cluster._kmeans._kmeans_single_elkan","sklearn.cluster._kmeans._kmeans_single_lloyd","sklearn.compose._column_transformer.make_column_selector","sklearn.ensemble._hist_gradient_boosting.binning._BinMapper","sklearn.ensemble._hist_gradient_boosting.predictor.TreePredictor","sklearn.feature_selection._univariate_selection.f_classif","sklearn.gaussian_process._gpc._BinaryGaussianProcessClassifierLaplace","sklearn.gaussian_process.kernels.CompoundKernel","sklearn.gaussian_process.kernels.ConstantKernel","sklearn.gaussian_process.kernels.DotProduct","sklearn.gaussian_process.kernels.ExpSineSquared","sklearn.gaussian_process.kernels.Exponentiation","sklearn.gaussian_process.kernels.Matern","sklearn.gaussian_process.kernels.PairwiseKernel","sklearn.gaussian_process.kernels.Product","sklearn.gaussian_process.kernels.RBF","sklearn.gaussian_process.kernels.RationalQuadratic","sklearn.gaussian_process.kernels.Sum","sklearn.gaussian_process.kernels.WhiteKernel","sklearn.impute._iterative._ImputerTriplet","sklearn.linear_model._sgd_fast.EpsilonInsensitive","sklearn.linear_model._sgd_fast.Hinge","sklearn.linear_model._sgd_fast.ModifiedHuber","sklearn.linear_model._sgd_fast.SquaredEpsilonInsensitive","sklearn.linear_model._sgd_fast.SquaredHinge","sklearn.metrics._classification.accuracy_score","sklearn.metrics._classification.balanced_accuracy_score","sklearn.metrics._classification.brier_score_loss","sklearn.metrics._classification.d2_brier_score","sklearn.metrics._classification.d2_log_loss_score","sklearn.metrics._classification.f1_score","sklearn.metrics._classification.jaccard_score","sklearn.metrics._classification.log_loss","sklearn.metrics._classification.matthews_corrcoef","sklearn.metrics._classification.precision_score","sklearn.metrics._classification.recall_score","sklearn.metrics._dist_metrics.BrayCurtisDistance64","sklearn.metrics._dist_metrics.CanberraDistance64","sklearn.metrics._dist_metrics.ChebyshevDistance64","sklearn.metrics._dist_metrics.DiceDistance64","sklearn.metrics._dist_metrics.EuclideanDistance64","sklearn.metrics._dist_metrics.HammingDistance64","sklearn.metrics._dist_metrics.JaccardDistance64","sklearn.metrics._dist_metrics.ManhattanDistance64","sklearn.metrics._dist_metrics.RogersTanimotoDistance64","sklearn.metrics._dist_metrics.RussellRaoDistance64","sklearn.metrics._dist_metrics.SokalMichenerDistance64","sklearn.metrics._dist_metrics.SokalSneathDistance64","sklearn.metrics._dist_metrics.newObj","sklearn.metrics._ranking.average_precision_score","sklearn.metrics._ranking.roc_auc_score","sklearn.metrics._ranking.top_k_accuracy_score","sklearn.metrics._regression.d2_absolute_error_score","sklearn.metrics._regression.explained_variance_score","sklearn.metrics._regression.max_error","sklearn.metrics._regression.mean_absolute_error","sklearn.metrics._regression.mean_absolute_percentage_error","sklearn.metrics._regression.mean_gamma_deviance","sklearn.metrics._regression.mean_poisson_deviance","sklearn.metrics._regression.mean_squared_error","sklearn.metrics._regression.mean_squared_log_error","sklearn.metrics._regression.median_absolute_error","sklearn.metrics._regression.r2_score","sklearn.metrics._regression.root_mean_squared_error","sklearn.metrics._regression.root_mean_squared_log_error","sklearn.metrics._scorer._CurveScorer","sklearn.metrics._scorer._PassthroughScorer","sklearn.metrics._scorer._Scorer","sklearn.metrics._scorer.negative_likelihood_ratio","sklearn.metrics._scorer.positive_likelihood_ratio","sklearn.metrics.cluster._supervised.adjusted_mutual_info_score","sklearn.metrics.cluster._supervised.adjusted_rand_score","sklearn.metrics.cluster._supervised.completeness_score","sklearn.metrics.cluster._supervised.fowlkes_mallows_score","sklearn.metrics.cluster._supervised.homogeneity_score","sklearn.metrics.cluster._supervised.mutual_info_score","sklearn.metrics.cluster._supervised.normalized_mutual_info_score","sklearn.metrics.cluster._supervised.rand_score","sklearn.metrics.cluster._supervised.v_measure_score","sklearn.model_selection._split.KFold","sklearn.model_selection._split.StratifiedKFold","sklearn.multiclass._ConstantPredictor","sklearn.neighbors._ball_tree.BallTree","sklearn.neighbors._ball_tree.newObj","sklearn.neighbors._kd_tree.KDTree","sklearn.neighbors._kd_tree.newObj","sklearn.neural_network._stochastic_optimizers.AdamOptimizer","sklearn.neural_network._stochastic_optimizers.SGDOptimizer","sklearn.tree._tree.Tree","sklearn.utils._bunch.Bunch","sklearn.utils._metadata_requests.MetadataRequest","sklearn.utils._metadata_requests.MethodMetadataRequest","sklearn.utils.validation.check_array"],"xV":["_codecs.encode","builtins.bytes","builtins.complex","builtins.dict","builtins.object","builtins.slice","copyreg._reconstructor","datetime.timedelta","datetime.timezone","numpy._core._internal._convert_to_stringdtype_kwargs","numpy._core.multiarray._reconstruct","numpy._core.multiarray.scalar","numpy._core.numeric._frombuffer","numpy.dtype","numpy.ma.MaskedArray","numpy.ma.core._mareconstruct","numpy.ndarray","pandas.BooleanDtype","pandas.Categorical","pandas.CategoricalDtype","pandas.CategoricalIndex","pandas.DataFrame","pandas.DatetimeIndex","pandas.DatetimeTZDtype","pandas.Float32Dtype","pandas.Float64Dtype","pandas.Index","pandas.Int16Dtype","pandas.Int32Dtype","pandas.Int64Dtype","pandas.Int8Dtype","pandas.Interval","pandas.IntervalDtype","pandas.IntervalIndex","pandas.MultiIndex","pandas.NA","pandas.Period","pandas.PeriodDtype","pandas.PeriodIndex","pandas.RangeIndex","pandas.Series","pandas.SparseDtype","pandas.StringDtype","pandas.TimedeltaIndex","pandas.UInt16Dtype","pandas.UInt32Dtype","pandas.UInt64Dtype","pandas.UInt8Dtype","pandas._libs.arrays.__pyx_unpickle_NDArrayBacked","pandas._libs.internals._unpickle_block","pandas._libs.interval.__pyx_unpickle_IntervalMixin","pandas._libs.sparse.IntIndex","pandas._libs.tslibs.nattype._nat_unpickle","pandas._libs.tslibs.offsets.Day","pandas._libs.tslibs.offsets.Hour","pandas._libs.tslibs.offsets.MonthEnd","pandas._libs.tslibs.timedeltas._timedelta_unpickle","pandas._libs.tslibs.timestamps._unpickle_timestamp","pandas.arrays.BooleanArray","pandas.arrays.DatetimeArray","pandas.arrays.FloatingArray","pandas.arrays.IntegerArray","pandas.arrays.IntervalArray","pandas.arrays.PeriodArray","pandas.arrays.SparseArray","pandas.arrays.StringArray","pandas.arrays.TimedeltaArray","pandas.core.indexes.base._new_Index","pandas.core.indexes.datetimes._new_DatetimeIndex","pandas.core.indexes.interval._new_IntervalIndex","pandas.core.indexes.timedeltas._new_TimedeltaIndex","pandas.core.internals.managers.BlockManager","pandas.core.internals.managers.SingleBlockManager","scipy.sparse._bsr.bsr_array","scipy.sparse._bsr.bsr_matrix","scipy.sparse._coo.coo_array","scipy.sparse._coo.coo_matrix","scipy.sparse._csc.csc_array","scipy.sparse._csc.csc_matrix","scipy.sparse._csr.csr_array","scipy.sparse._csr.csr_matrix","scipy.sparse._dia.dia_array","scipy.sparse._dia.dia_matrix","scipy.sparse._dok.dok_array","scipy.sparse._dok.dok_matrix","scipy.sparse._lil.lil_array","scipy.sparse._lil.lil_matrix","zoneinfo.ZoneInfo","zoneinfo.ZoneInfo._unpickle"]}');
;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/pickle-globals.js




const { /* reasons */ "Ot": reasons, /* denylist */ "$e": denylist, /* moduleAttributes */ "_4": moduleAttributes, /* dangerousNames */ "Db": dangerousNames } = pickle_denylist_namespaceObject;
const { /* allowlist */ "sC": allowlist } = pickle_allowlist_namespaceObject;
/** A path is dangerous when it equals one of these or lies under one (`os` covers `os.system` and `os.path.join`): pickle-denylist.json, one entry per line with its reason. */
const DENYLIST = new Map(Object.entries(denylist).map(([path, why]) => {
    const reason = reasons[why];
    // A typo in the data file must not turn an entry off.
    if (!reason)
        throw new Error(`pickle-denylist.json: ${path} names no reason of "reasons": ${why}`);
    return [path, reason];
}));
// Python 2 names and the builtins module under its other spellings.
for (const [path, reason] of [...DENYLIST])
    if (path.startsWith('builtins.'))
        for (const alias of ['__builtin__', '__builtins__'])
            DENYLIST.set(`${alias}${path.slice('builtins'.length)}`, reason);
/** Components in the longest denylist path: a longer run of components cannot be on it, so the lookups below stop there (a path of thousands of components stays linear). */
const DENYLIST_DEPTH = Math.max(...[...DENYLIST.keys()].map((p) => p.split('.').length));
/** Module names that, reached as an attribute anywhere in a path (`sklearn.os`, `collections._sys`), give the same access as importing them. */
const MODULE_ATTRIBUTES = new Set(moduleAttributes);
/** Attribute names whose presence anywhere in a global's path means running code, commands or another loader. */
const DANGEROUS_NAMES = new Set(dangerousNames);
/** Exact globals that benign scikit-learn, joblib, numpy, pandas and PyTorch state_dict pickles import: pickle-allowlist.json. */
const ALLOWLIST = new Set(Object.keys(allowlist));
/** The scikit-learn globals of the ml-class tier, generated (make_sklearn_globals.py): estimators and what benign pickles of them import. */
const ML_GLOBALS = new Set([...sklearn_globals_namespaceObject.Ac, ...sklearn_globals_namespaceObject.yz]);
/** The globals benign pickles of pandas, scipy.sparse and numpy objects import, generated the same way: known, beside the hand-written ALLOWLIST (which also keeps older versions' paths). */
const DATA_GLOBALS = new Set(sklearn_globals_namespaceObject.xV);
const IDENTIFIER = /^[\p{L}_][\p{L}\p{N}_]*$/u;
/** True when `name` is one Python identifier (no dots). */
const isIdentifier = (name) => IDENTIFIER.test(name);
/** True when Python could import `module`: dotted identifiers (anything else fails before any code runs). */
function importableModule(module) {
    return module.split('.').every((c) => IDENTIFIER.test(c));
}
/**
 * Why the global `module`.`name` is dangerous, or undefined. The whole path
 * and each of its prefixes are looked up in the denylist; each attribute
 * component (the module part is imported as real modules, the name part is
 * resolved with getattr) is checked for modules reached as attributes,
 * dunder internals and dangerous callable names.
 */
function dangerIn(module, name) {
    const path = `${module}.${name}`;
    if (ALLOWLIST.has(path))
        return undefined;
    const parts = path.split('.');
    for (let k = 1; k <= Math.min(parts.length, DENYLIST_DEPTH); k++) {
        const prefix = parts.slice(0, k).join('.');
        const reason = DENYLIST.get(prefix);
        if (reason)
            return `${prefix} ${reason}`;
    }
    if (/^pandas\.read_/.test(path))
        return 'pandas readers open files and URLs, and read_pickle unpickles';
    const attributes = name.split('.');
    for (const part of attributes) {
        const bare = part.replace(/^_+|_+$/g, '');
        if (MODULE_ATTRIBUTES.has(bare))
            return `reaches the ${bare} module through the attribute ${part}`;
        if (/^__\w*__$/.test(part))
            return `reaches Python internals through ${part}`;
        if (DANGEROUS_NAMES.has(part))
            return `calls ${part}, which runs code, commands or another loader`;
    }
    // An attribute used as a namespace names a module some module imported: `sklearn` + `logging.FileHandler` is logging's.
    for (let j = 0; j < attributes.length - 1; j++) {
        for (let k = j + 1; k <= Math.min(attributes.length, j + DENYLIST_DEPTH); k++) {
            const reached = attributes.slice(j, k).join('.');
            const reason = DENYLIST.get(reached);
            if (reason)
                return `reaches ${reached} through the attribute path ${name} (${reached} ${reason})`;
        }
    }
    return undefined;
}
/**
 * Judges a global the way Python resolves it: `proto` is the protocol the
 * stream declared (0 without a PROTO opcode). Under protocol 0 to 2 Python 2
 * names are renamed first; both the renamed and the written name are
 * checked against the denylist, since a loader may turn fix_imports off.
 * `allowed` is the team's list of reviewed globals.
 */
function judgeGlobal(module, name, proto, allowed = new Set()) {
    const [m, n] = proto < 3 ? fixImports(module, name) : [module, name];
    const path = `${m}.${n}`;
    for (const [cm, cn] of m === module && n === name
        ? [[m, n]]
        : [
            [m, n],
            [module, name],
        ]) {
        const reason = dangerIn(cm, cn);
        if (reason)
            return { tier: 'dangerous', path, module: m, name: n, reason };
    }
    const tier = ALLOWLIST.has(path) || DATA_GLOBALS.has(path)
        ? 'known'
        : allowed.has(path)
            ? 'allowed'
            : ML_GLOBALS.has(path)
                ? 'ml-class'
                : 'unknown';
    return { tier, path, module: m, name: n };
}

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/pickle-machine.js




const JOBLIB_WRAPPER = 'joblib.numpy_pickle.NumpyArrayWrapper';
const isGlobal = (v, path) => typeof v === 'object' && v.t === 'global' && v.path === path;
/**
 * A joblib NumpyArrayWrapper, as joblib's unpickler sees it after BUILD. At
 * protocol 2 and up the pickle makes it with NEWOBJ (the class is the
 * callable); at protocols 0 and 1, object.__reduce_ex__ writes
 * copyreg._reconstructor(NumpyArrayWrapper, object, None). Only that exact
 * form counts: any other callable, or _reconstructor given another class or
 * base, is not the wrapper, and the bytes after its BUILD stay opcodes.
 */
function isJoblibWrapper(obj) {
    if (obj.cls === JOBLIB_WRAPPER)
        return true;
    if (obj.cls !== 'copyreg._reconstructor' ||
        typeof obj.args !== 'object' ||
        obj.args.t !== 'tuple')
        return false;
    const [cls, base, state] = obj.args.items;
    return (obj.args.items.length === 3 &&
        isGlobal(cls, JOBLIB_WRAPPER) &&
        isGlobal(base, 'builtins.object') &&
        kind(state) === 'none');
}
/** builtins.getattr as judgeGlobal resolves it: its imports are reported by how they are used (see `lookup`). */
const GETATTR = 'builtins.getattr';
/** functools.partial under the names a pickle can import it by: calling a partial calls the function it holds. */
const PARTIAL = new Set(['functools.partial', '_functools.partial']);
/** Bytes per element of a numpy dtype string such as f8, i4, u1, c16, U10 (UTF-32), S5, V16; undefined for objects and unknown kinds. */
function itemSize(descr) {
    const m = /^[<>|=]?([biufcmMUSV])(\d+)$/.exec(descr);
    if (!m)
        return undefined;
    return m[1] === 'U' ? 4 * Number(m[2]) : Number(m[2]);
}
/**
 * The state of one unpickling, as CPython's Unpickler keeps it: the stack,
 * the mark stack (metastack), the memo and the protocol, with the readers
 * of opcode arguments and what loading does with globals (imports, calls,
 * lookups, mutations). The opcodes themselves are in pickle-dispatch.ts and the files it names.
 */
class PickleMachine {
    s;
    options;
    log;
    depth;
    scanNested;
    stack = [];
    metastack = [];
    /** Imports of builtins.getattr not reported yet, with what reporting one records. */
    getattrs = new Map();
    memo = new Map();
    proto = 0;
    result;
    constructor(s, options, log, depth, scanNested) {
        this.s = s;
        this.options = options;
        this.log = log;
        this.depth = depth;
        this.scanNested = scanNested;
        this.result = {
            start: s.offset,
            end: s.offset,
            complete: false,
            acted: false,
            value: undefined,
            joblibArrays: 0,
            joblibObjectArrays: 0,
            opcodes: 0,
        };
    }
    fail = (message) => {
        throw new PickleError(message);
    };
    need = async (n) => {
        if (!(await this.s.ensure(n)))
            this.fail(`the stream ends in the middle of an opcode at byte ${this.s.offset}`);
    };
    // Fixed-size arguments are read synchronously: the loop keeps 16 bytes buffered ahead of each opcode.
    bytes = (n) => {
        if (this.s.available < n)
            this.fail(`the stream ends in the middle of an opcode at byte ${this.s.offset}`);
        return this.s.take(n);
    };
    u8 = () => this.bytes(1)[0];
    le = (n) => {
        const b = this.bytes(n);
        let v = 0;
        for (let k = n - 1; k >= 0; k--)
            v = v * 256 + b[k];
        return v;
    };
    i32 = () => {
        const v = this.le(4);
        return v >= 2 ** 31 ? v - 2 ** 32 : v;
    };
    u64 = () => {
        const v = this.le(8);
        if (v > Number.MAX_SAFE_INTEGER)
            this.fail(`a length of ${v} bytes at byte ${this.s.offset - 8}`);
        return v;
    };
    /** Streams a text argument (its line, without the newline) to `visit`; returns its length. `what` names the opcode in errors. */
    streamArgument = async (what, at, visit) => {
        let length = 0;
        const now = this.s.lineNow();
        if (now !== undefined) {
            visit(now);
            return now.length;
        }
        const complete = await this.s.streamLine((piece) => {
            length += piece.length;
            visit(piece);
        });
        if (!complete)
            this.fail(`the stream ends inside the text argument of ${what} at byte ${at} (no newline)`);
        return length;
    };
    /** A text argument whose content the scan needs (a name, a number), up to MAX_KEPT_LINE bytes. */
    keptArgument = async (what, at) => {
        const pieces = [];
        let kept = 0;
        const length = await this.streamArgument(what, at, (piece) => {
            kept += piece.length;
            if (kept <= MAX_KEPT_LINE)
                pieces.push(piece);
        });
        if (length > MAX_KEPT_LINE)
            this.fail(`the text argument of ${what} at byte ${at} is ${length} bytes long: G2 reads names and numbers of up to ${MAX_KEPT_LINE} bytes`);
        return pieces.length === 1 ? pieces[0] : Buffer.concat(pieces);
    };
    /** A STRING or UNICODE argument: checked as it streams past, decoded when it is short enough to keep. */
    stringArgument = async (what, at, check, decode) => {
        const pieces = [];
        let kept = 0;
        const length = await this.streamArgument(what, at, (piece) => {
            check.feed(piece);
            kept += piece.length;
            if (kept <= MAX_STRING + 2)
                pieces.push(piece);
        });
        const error = check.finish();
        if (error)
            this.fail(`the ${what} argument at byte ${at}: ${error}`);
        return length <= MAX_STRING + 2
            ? decode(pieces.length === 1 ? pieces[0] : Buffer.concat(pieces))
            : LONGSTR;
    };
    /** A text argument's line, and how it reads: `what` names the opcode in the error. */
    textArgument = async (what, at, read) => {
        const line = await this.keptArgument(what, at);
        const v = read(line);
        if (v === undefined)
            this.fail(`${what} argument ${JSON.stringify(latin1(line).slice(0, 40))} at byte ${at} is not a number either unpickler reads`);
        return v;
    };
    slowText = async (n, decode) => {
        if (n <= MAX_STRING) {
            await this.need(n);
            return decode(this.s.take(n));
        }
        if (!(await this.s.skip(n)))
            this.fail(`the stream ends inside a string of ${n} bytes`);
        return LONGSTR;
    };
    /** A short string payload that is already buffered (the fast path of slowText), else undefined. */
    textNow = (n, decode) => n <= MAX_STRING && this.s.available >= n ? decode(this.s.take(n)) : undefined;
    slowPayload = async (n, v) => {
        if (!(await this.s.skip(n)))
            this.fail(`the stream ends inside a payload of ${n} bytes`);
        return v;
    };
    /** Steps over a payload that is already buffered (the fast path of slowPayload), else undefined. */
    payloadNow = (n, v) => {
        if (this.s.available < n)
            return undefined;
        this.s.take(n);
        return v;
    };
    // Through a function: `stack` is read after the arguments are evaluated (popMark replaces it).
    push = (v) => {
        this.stack.push(v);
    };
    /** Takes a value off the stack for any use but a REDUCE's callable: a getattr import used that way is reported. */
    pop = () => {
        const v = this.stack.length
            ? this.stack.pop()
            : this.fail(`stack underflow at byte ${this.s.offset - 1}`);
        if (this.getattrs.size && typeof v === 'object')
            this.escape(v);
        return v;
    };
    top = () => this.stack.length
        ? this.stack[this.stack.length - 1]
        : this.fail(`stack underflow at byte ${this.s.offset - 1}`);
    popMark = () => {
        const items = this.stack;
        const outer = this.metastack.pop();
        if (!outer)
            this.fail(`no MARK on the stack at byte ${this.s.offset - 1}`);
        this.stack = outer;
        if (this.getattrs.size)
            for (const v of items)
                this.escape(v);
        return items;
    };
    capped = (items) => items.length > MAX_ITEMS ? items.slice(0, MAX_ITEMS) : items;
    addGlobal = (module, name, at) => {
        if (!importableModule(module))
            this.fail(`global ${JSON.stringify((0,report_escape/* truncate */.xv)(module, 300))}.${JSON.stringify((0,report_escape/* truncate */.xv)(name, 300))} at byte ${at}: Python cannot import a module by that name`);
        const judged = judgeGlobal(module, name, this.proto, this.options.allowed);
        const entry = {
            module,
            name,
            path: judged.path,
            tier: judged.tier,
            ...(judged.reason ? { reason: judged.reason } : {}),
            offset: at,
        };
        const value = {
            t: 'global',
            path: judged.path,
            module: judged.module,
            name: judged.name,
        };
        this.result.acted = true;
        if (judged.path === GETATTR && judged.tier === 'dangerous')
            this.getattrs.set(value, entry);
        else
            this.log.addGlobal(entry);
        return value;
    };
    /** A getattr import put to any use but a lookup judged as a known, ML or allowed global: it is reported (once). */
    escape = (v) => {
        const entry = this.getattrs.get(v);
        if (!entry)
            return;
        this.getattrs.delete(v);
        this.log.addGlobal(entry);
    };
    /**
     * A REDUCE or INST calling an imported getattr. getattr(G, 'name'), with G a global (or
     * such a lookup) and 'name' an identifier written in the pickle, reaches
     * exactly what the dotted global G.name reaches (find_class resolves a
     * dotted name with getattr, component by component), so it is judged as
     * that global: a bound method such as zoneinfo.ZoneInfo._unpickle or
     * str.split. When that global is known, an ML class or allowed, getattr
     * is not reported for this use and the result is that global; any other
     * use reports getattr itself (critical), as does a lookup of anything else.
     */
    lookup = (fn, args, op, at) => {
        const a = asObject(args);
        const [target, attr] = a?.t === 'tuple' && a.items.length === 2 ? a.items : [];
        const g = asObject(target);
        if (g?.t === 'global' &&
            g.module !== undefined &&
            g.name !== undefined &&
            typeof attr === 'string' &&
            isIdentifier(attr)) {
            const judged = judgeGlobal(g.module, `${g.name}.${attr}`, 4, this.options.allowed);
            this.log.addGlobal({
                module: judged.module,
                name: judged.name,
                path: judged.path,
                tier: judged.tier,
                ...(judged.reason ? { reason: `${judged.reason} (reached by getattr at byte ${at})` } : {}),
                offset: at,
            });
            if (judged.tier !== 'dangerous' && judged.tier !== 'unknown')
                return { t: 'global', path: judged.path, module: judged.module, name: judged.name };
        }
        this.escape(fn);
        return this.call(fn, args, op, at);
    };
    /** Records something that is dangerous whatever it imports (a computed import, a rewritten module). */
    flag = (path, reason, at) => {
        this.log.addGlobal({ module: '?', name: '?', path, tier: 'dangerous', reason, offset: at });
        this.result.acted = true;
    };
    /** BUILD, SETITEM(S), APPEND(S) and ADDITEMS on an imported object itself (not on an instance) rewrite a module, a class or a shared dict. */
    mutates = (target, op, at) => {
        if (typeof target === 'object' && target.t === 'global')
            this.flag(`<${op} on ${target.path}>`, `${op} changes the imported object ${target.path} itself (a module, class or shared object), which can redirect later imports`, at);
    };
    /** The class or function a value was made by calling, when it was an imported global. */
    maker = (v) => typeof v === 'object' && v.t === 'obj' ? v.cls : undefined;
    /**
     * A functools.partial object, made by calling the class or by copyreg
     * building one: its BUILD (partial.__setstate__) replaces the function,
     * arguments and keywords it calls when it is called.
     */
    isPartial = (v) => {
        if (typeof v !== 'object' || v.t !== 'obj')
            return false;
        if (v.cls !== undefined && PARTIAL.has(v.cls))
            return true;
        const args = asObject(v.args);
        const first = args?.t === 'tuple' ? asObject(args.items[0]) : undefined;
        return first?.t === 'global' && PARTIAL.has(first.path);
    };
    /**
     * A call while loading: the callable runs, and a global handed to it (in
     * its arguments, or inside their tuples, lists and dicts) may be run by it,
     * as copyreg._reconstructor runs the class it is given.
     */
    call = (callable, args, op, at, kwargs) => {
        if (typeof callable === 'object' && callable.t === 'global')
            this.log.markCalled(callable.path, op, at, false);
        const walk = (v, level) => {
            if (v === undefined || typeof v !== 'object' || level > 3)
                return;
            if (v.t === 'global')
                this.log.markCalled(v.path, op, at, true);
            else if (v.t === 'tuple' || v.t === 'list')
                for (const x of v.items)
                    walk(x, level + 1);
            else if (v.t === 'dict')
                for (const x of v.entries)
                    walk(x, level + 1);
        };
        walk(args, 0);
        walk(kwargs, 0);
        return {
            t: 'obj',
            cls: typeof callable === 'object' && callable.t === 'global' ? callable.path : undefined,
            args,
        };
    };
    /** BUILD, APPEND(S), SETITEM(S) and ADDITEMS call methods of the object they change (__setstate__, extend, __setitem__, add). */
    usesMethods = (target, op, at) => {
        const cls = this.maker(target);
        if (cls)
            this.log.markCalled(cls, op, at, false);
    };
    setItems = (target, items) => {
        if (typeof target === 'object' && target.t === 'dict')
            for (let k = 0; k + 1 < items.length && target.entries.length < 2 * MAX_ITEMS; k += 2)
                target.entries.push(items[k], items[k + 1]);
    };
    /** After the BUILD of a joblib NumpyArrayWrapper: step over its raw bytes, or scan its nested pickle. */
    joblibArray = async (wrapper) => {
        const dict = asObject(wrapper.state);
        const state = dict?.t === 'dict'
            ? new Map(dict.entries.flatMap((k, i) => i % 2 ? [] : [[asString(k), dict.entries[i + 1]]]))
            : undefined;
        const shape = asObject(state?.get('shape'));
        const dtype = asObject(state?.get('dtype'));
        const args = dtype?.t === 'obj' ? asObject(dtype.args) : undefined;
        const dstate = dtype?.t === 'obj' ? asObject(dtype.state) : undefined;
        const descr = args?.t === 'tuple' ? asString(args.items[0]) : undefined;
        const flags = dstate?.t === 'tuple' ? asNumber(dstate.items[7]) : undefined;
        const dims = shape?.t === 'tuple' ? shape.items.map(asNumber) : undefined;
        if (!dims || dims.some((d) => d === undefined) || descr === undefined)
            this.fail(`a joblib array at byte ${this.s.offset} without a readable shape and dtype`);
        if (descr.replace(/^[<>|=]/, '').startsWith('O') || (flags !== undefined && flags & 1)) {
            if (this.depth >= MAX_NESTING)
                this.fail(`pickles nested more than ${MAX_NESTING} deep`);
            const inner = await this.scanNested(this.s, this.options, this.log, this.depth + 1);
            this.result.joblibArrays += inner.joblibArrays;
            this.result.joblibObjectArrays += inner.joblibObjectArrays + 1;
            if (!inner.complete)
                this.fail(`the object array's nested pickle at byte ${inner.start}: ${inner.error}`);
            return;
        }
        const size = itemSize(descr);
        if (size === undefined)
            this.fail(`a joblib array at byte ${this.s.offset} with dtype ${JSON.stringify(descr)}, whose item size the scanner does not know`);
        const alignment = state?.get('numpy_array_alignment_bytes');
        if (alignment !== undefined && kind(alignment) !== 'none')
            await this.slowPayload(this.u8(), OPAQUE);
        const count = dims.reduce((a, b) => a * b, 1);
        if (!Number.isSafeInteger(count * size))
            this.fail(`a joblib array at byte ${this.s.offset} declares ${count} items`);
        await this.slowPayload(count * size, OPAQUE);
        this.result.joblibArrays++;
    };
}

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/pickle-opcodes.js
/**
 * The pickle opcodes of protocols 0 to 5 by name, as CPython's pickle.py
 * names them (the byte values of Lib/pickle.py and Modules/_pickle.c).
 */
const OP = {
    MARK: 0x28,
    EMPTY_TUPLE: 0x29,
    STOP: 0x2e,
    POP: 0x30,
    POP_MARK: 0x31,
    DUP: 0x32,
    BINBYTES: 0x42,
    SHORT_BINBYTES: 0x43,
    FLOAT: 0x46,
    BINFLOAT: 0x47,
    INT: 0x49,
    BININT: 0x4a,
    BININT1: 0x4b,
    LONG: 0x4c,
    BININT2: 0x4d,
    NONE: 0x4e,
    PERSID: 0x50,
    BINPERSID: 0x51,
    REDUCE: 0x52,
    STRING: 0x53,
    BINSTRING: 0x54,
    SHORT_BINSTRING: 0x55,
    UNICODE: 0x56,
    BINUNICODE: 0x58,
    EMPTY_LIST: 0x5d,
    APPEND: 0x61,
    BUILD: 0x62,
    GLOBAL: 0x63,
    DICT: 0x64,
    APPENDS: 0x65,
    GET: 0x67,
    BINGET: 0x68,
    INST: 0x69,
    LONG_BINGET: 0x6a,
    LIST: 0x6c,
    OBJ: 0x6f,
    PUT: 0x70,
    BINPUT: 0x71,
    LONG_BINPUT: 0x72,
    SETITEM: 0x73,
    TUPLE: 0x74,
    SETITEMS: 0x75,
    EMPTY_DICT: 0x7d,
    PROTO: 0x80,
    NEWOBJ: 0x81,
    EXT1: 0x82,
    EXT2: 0x83,
    EXT4: 0x84,
    TUPLE1: 0x85,
    TUPLE2: 0x86,
    TUPLE3: 0x87,
    NEWTRUE: 0x88,
    NEWFALSE: 0x89,
    LONG1: 0x8a,
    LONG4: 0x8b,
    SHORT_BINUNICODE: 0x8c,
    BINUNICODE8: 0x8d,
    BINBYTES8: 0x8e,
    EMPTY_SET: 0x8f,
    ADDITEMS: 0x90,
    FROZENSET: 0x91,
    NEWOBJ_EX: 0x92,
    STACK_GLOBAL: 0x93,
    MEMOIZE: 0x94,
    FRAME: 0x95,
    BYTEARRAY8: 0x96,
    NEXT_BUFFER: 0x97,
    READONLY_BUFFER: 0x98,
};

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/pickle-load-objects.js




/**
 * The opcodes that import, call and build objects, and refer to objects
 * outside the pickle (extensions, persistent ids): what a pickle runs.
 * Each is named after CPython's `load_*` method of the same opcode.
 */
/**
 * Values Python rejects as STACK_GLOBAL operands ("STACK_GLOBAL requires str").
 * An imported global is not among them: a module attribute can be a string.
 */
const NOT_STR = new Set([
    'bytes',
    'int',
    'bigint',
    'float',
    'none',
    'bool',
    'set',
    'frozenset',
    'tuple',
    'list',
    'dict',
]);
async function loadGlobal(m, at) {
    const module = strictUtf8(await m.keptArgument('GLOBAL', at), at);
    const name = strictUtf8(await m.keptArgument('GLOBAL', at), at);
    m.push(m.addGlobal(module, name, at));
}
function loadStackGlobal(m, at) {
    const name = m.pop();
    const module = m.pop();
    if (NOT_STR.has(kind(module)) || NOT_STR.has(kind(name)))
        m.fail(`STACK_GLOBAL at byte ${at} requires str operands`);
    const moduleName = asString(module);
    const attribute = asString(name);
    if (moduleName !== undefined && attribute !== undefined)
        m.push(m.addGlobal(moduleName, attribute, at));
    else {
        const long = (v) => kind(v) === 'longstr';
        const why = long(module) || long(name)
            ? 'a string too long to judge'
            : 'a value computed while loading (a call result or an imported attribute), not a string written in the pickle';
        m.flag('<computed>', `STACK_GLOBAL takes its module or name from ${why}: nobody can tell what it imports`, at);
        m.push({ t: 'global', path: '<computed>' });
    }
}
/** C's unpickler looks for the mark first, the Python one imports first; the import is recorded either way. */
async function loadInst(m, at) {
    const module = ascii(await m.keptArgument('INST', at), at);
    const name = ascii(await m.keptArgument('INST', at), at);
    const cls = m.addGlobal(module, name, at);
    const args = { t: 'tuple', items: m.capped(m.popMark()) };
    // INST calls what it imports with the marked items (klass(*args)): getattr there is a lookup too.
    m.push(m.getattrs.has(cls) ? m.lookup(cls, args, 'INST', at) : m.call(cls, args, 'INST', at));
}
function loadObj(m, at) {
    const items = m.popMark();
    if (items.length === 0)
        m.fail(`OBJ without a class at byte ${at}`);
    m.push(m.call(items[0], { t: 'tuple', items: m.capped(items.slice(1)) }, 'OBJ', at));
}
function loadReduce(m, at) {
    const args = m.pop();
    const fn = m.stack.length ? m.stack.pop() : m.pop();
    m.push(m.getattrs.has(fn) ? m.lookup(fn, args, 'REDUCE', at) : m.call(fn, args, 'REDUCE', at));
}
function loadNewobj(m, at) {
    const args = m.pop();
    m.push(m.call(m.pop(), args, 'NEWOBJ', at));
}
function loadNewobjEx(m, at) {
    const kwargs = m.pop();
    const args = m.pop();
    m.push(m.call(m.pop(), args, 'NEWOBJ_EX', at, kwargs));
}
async function loadBuild(m, at) {
    const state = m.pop();
    // partial.__setstate__ takes the function it will call: the globals in its state are handed to a call.
    if (m.isPartial(m.top()))
        m.call(OPAQUE, state, 'BUILD', at);
    const obj = m.top();
    m.mutates(obj, 'BUILD', at);
    m.usesMethods(obj, 'BUILD', at);
    if (typeof obj === 'object' && obj.t === 'obj') {
        obj.state = state;
        if (m.options.joblib && isJoblibWrapper(obj)) {
            m.stack.pop();
            await m.joblibArray(obj);
            m.push(OPAQUE);
        }
    }
}
function loadExt(m, at, op) {
    const code = m.le(op === OP.EXT1 ? 1 : op === OP.EXT2 ? 2 : 4);
    m.flag(`<extension ${code}>`, `EXT imports whatever copyreg's extension registry holds for code ${code} when the pickle is loaded (stock Python has none): the scanner cannot see it`, at);
    m.push({ t: 'global', path: `<extension ${code}>` });
}
async function loadPersid(m, at) {
    let isAscii = true;
    await m.streamArgument('PERSID', at, (piece) => {
        isAscii &&= !piece.some((b) => b > 0x7f);
    });
    if (!m.options.persistentLoad)
        m.fail(`a persistent id at byte ${at}, which Python's default unpickler refuses`);
    if (!isAscii)
        m.fail(`a persistent id at byte ${at} that is not ASCII`);
    m.push(OPAQUE);
}
function loadBinpersid(m, at) {
    const pid = m.pop();
    if (!m.options.persistentLoad)
        m.fail(`a persistent id at byte ${at}, which Python's default unpickler refuses`);
    const tuple = asObject(pid);
    if (tuple?.t === 'tuple' && asString(tuple.items[0]) === 'storage') {
        const key = tuple.items[2];
        const type = asObject(tuple.items[1]);
        m.log.storages.push({
            key: asString(key) ?? String(asNumber(key)),
            storageType: type?.t === 'global' ? type.path : undefined,
            numel: asNumber(tuple.items[4]),
        });
    }
    m.push(OPAQUE);
}
/** The handlers of the opcodes that import, call and build. */
const OBJECT_OPCODES = [
    [OP.GLOBAL, loadGlobal],
    [OP.STACK_GLOBAL, loadStackGlobal],
    [OP.INST, loadInst],
    [OP.OBJ, loadObj],
    [OP.REDUCE, loadReduce],
    [OP.NEWOBJ, loadNewobj],
    [OP.NEWOBJ_EX, loadNewobjEx],
    [OP.BUILD, loadBuild],
    [OP.EXT1, loadExt],
    [OP.EXT2, loadExt],
    [OP.EXT4, loadExt],
    [OP.PERSID, loadPersid],
    [OP.BINPERSID, loadBinpersid],
];

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/pickle-load-data.js




/**
 * The opcodes that push data (strings, bytes, numbers, containers) and
 * move it between the stack, the mark stack and the memo. Each is named
 * after CPython's `load_*` method of the same opcode; a handler that reads
 * a streamed argument is async, the others return at once.
 */
async function loadUnicode(m, at) {
    m.push(await m.stringArgument('UNICODE', at, new UnicodeArgumentCheck(), rawUnicodeEscapeDecode));
}
async function loadString(m, at) {
    m.push(await m.stringArgument('STRING', at, new StringArgumentCheck(), (l) => latin1(escapeDecode(l.subarray(1, l.length - 1)))));
}
async function loadBinunicode(m) {
    const n = m.le(4);
    m.push(m.textNow(n, decodeUtf8) ?? (await m.slowText(n, decodeUtf8)));
}
async function loadShortBinunicode(m) {
    const n = m.u8();
    m.push(m.textNow(n, decodeUtf8) ?? (await m.slowText(n, decodeUtf8)));
}
async function loadBinunicode8(m) {
    const n = m.u64();
    m.push(m.textNow(n, decodeUtf8) ?? (await m.slowText(n, decodeUtf8)));
}
async function loadBinstring(m, at) {
    const n = m.i32();
    if (n < 0)
        m.fail(`BINSTRING with a negative length at byte ${at}`);
    m.push(m.textNow(n, latin1) ?? (await m.slowText(n, latin1)));
}
async function loadShortBinstring(m) {
    const n = m.u8();
    m.push(m.textNow(n, latin1) ?? (await m.slowText(n, latin1)));
}
async function loadBinbytes(m) {
    const n = m.le(4);
    m.push(m.payloadNow(n, BYTES) ?? (await m.slowPayload(n, BYTES)));
}
async function loadShortBinbytes(m) {
    const n = m.u8();
    m.push(m.payloadNow(n, BYTES) ?? (await m.slowPayload(n, BYTES)));
}
async function loadBinbytes8(m) {
    const n = m.u64();
    m.push(m.payloadNow(n, BYTES) ?? (await m.slowPayload(n, BYTES)));
}
async function loadBytearray8(m) {
    const n = m.u64();
    m.push(m.payloadNow(n, OPAQUE) ?? (await m.slowPayload(n, OPAQUE)));
}
async function loadInt(m, at) {
    const v = await m.textArgument('INT', at, intArgument);
    m.push(v.bool ? BOOL : pickle_values_int(v.value));
}
async function loadLong(m, at) {
    m.push(pickle_values_int(await m.textArgument('LONG', at, longArgument)));
}
async function loadFloat(m, at) {
    await m.textArgument('FLOAT', at, (line) => (floatArgument(line) ? true : undefined));
    m.push(FLOAT);
}
function loadBinint(m) {
    m.push(m.i32());
}
function loadBinint1(m) {
    m.push(m.u8());
}
function loadBinint2(m) {
    m.push(m.le(2));
}
function loadBinfloat(m) {
    m.bytes(8);
    m.push(FLOAT);
}
async function loadLongBinary(m, at, op) {
    const n = op === OP.LONG1 ? m.u8() : m.i32();
    if (n < 0)
        m.fail(`LONG4 with a negative length at byte ${at}`);
    if (n <= 64 && m.s.available < n)
        await m.need(n);
    m.push(n <= 64 ? pickle_values_int(decodeLong(m.bytes(n))) : await m.slowPayload(n, { t: 'bigint', v: undefined }));
}
function loadNone(m) {
    m.push(NONE);
}
function loadBool(m) {
    m.push(BOOL);
}
function loadEmptyTuple(m) {
    m.push({ t: 'tuple', items: [] });
}
function loadEmptyList(m) {
    m.push({ t: 'list', items: [] });
}
function loadEmptyDict(m) {
    m.push({ t: 'dict', entries: [] });
}
function loadEmptySet(m) {
    m.push({ t: 'set' });
}
function loadMark(m) {
    m.metastack.push(m.stack);
    m.stack = [];
}
function loadTuple(m) {
    m.push({ t: 'tuple', items: m.capped(m.popMark()) });
}
function loadList(m) {
    m.push({ t: 'list', items: m.capped(m.popMark()) });
}
function loadDict(m, at) {
    const items = m.popMark();
    if (items.length % 2)
        m.fail(`odd number of items for DICT at byte ${at}`);
    const d = { t: 'dict', entries: [] };
    m.setItems(d, items);
    m.push(d);
}
function loadFrozenset(m) {
    m.popMark();
    m.push({ t: 'frozenset' });
}
function loadTuple1(m) {
    m.push({ t: 'tuple', items: [m.pop()] });
}
function loadTuple2(m) {
    const b = m.pop();
    m.push({ t: 'tuple', items: [m.pop(), b] });
}
function loadTuple3(m) {
    const c = m.pop();
    const b = m.pop();
    m.push({ t: 'tuple', items: [m.pop(), b, c] });
}
function loadAppend(m, at) {
    const v = m.pop();
    const list = m.top();
    m.mutates(list, 'APPEND', at);
    m.usesMethods(list, 'APPEND', at);
    if (typeof list === 'object' && list.t === 'list' && list.items.length < MAX_ITEMS)
        list.items.push(v);
}
function loadAppends(m, at) {
    const items = m.popMark();
    const list = m.top();
    m.mutates(list, 'APPENDS', at);
    m.usesMethods(list, 'APPENDS', at);
    if (typeof list === 'object' && list.t === 'list')
        list.items.push(...items.slice(0, Math.max(0, MAX_ITEMS - list.items.length)));
}
function loadSetitem(m, at) {
    const v = m.pop();
    const k = m.pop();
    m.mutates(m.top(), 'SETITEM', at);
    m.usesMethods(m.top(), 'SETITEM', at);
    m.setItems(m.top(), [k, v]);
}
function loadSetitems(m, at) {
    const items = m.popMark();
    if (items.length % 2)
        m.fail(`odd number of items for SETITEMS at byte ${at}`);
    m.mutates(m.top(), 'SETITEMS', at);
    m.usesMethods(m.top(), 'SETITEMS', at);
    m.setItems(m.top(), items);
}
function loadAdditems(m, at) {
    m.popMark();
    m.mutates(m.top(), 'ADDITEMS', at);
    m.usesMethods(m.top(), 'ADDITEMS', at);
}
function loadPop(m) {
    if (m.stack.length)
        m.stack.pop();
    else
        m.popMark();
}
function loadPopMark(m) {
    m.popMark();
}
function loadDup(m) {
    m.push(m.top());
}
async function loadGet(m, at) {
    const i = Number(await m.textArgument('GET', at, memoArgument));
    m.push(m.memo.has(i)
        ? m.memo.get(i)
        : m.fail(`GET of memo ${i}, which was never stored, at byte ${at}`));
}
function loadBinget(m, at, op) {
    const i = op === OP.BINGET ? m.u8() : m.le(4);
    m.push(m.memo.has(i)
        ? m.memo.get(i)
        : m.fail(`GET of memo ${i}, which was never stored, at byte ${at}`));
}
async function loadPut(m, at) {
    const i = Number(await m.textArgument('PUT', at, memoArgument));
    if (i < 0)
        m.fail(`negative PUT argument at byte ${at}`);
    m.memo.set(i, m.top());
}
function loadBinput(m) {
    m.memo.set(m.u8(), m.top());
}
function loadLongBinput(m) {
    m.memo.set(m.le(4), m.top());
}
function loadMemoize(m) {
    m.memo.set(m.memo.size, m.top());
}
/** Out-of-band data the loader supplies. */
function loadNextBuffer(m) {
    m.push(OPAQUE);
}
function loadReadonlyBuffer(m) {
    m.top();
}
/** The handlers of the opcodes that push and move data. */
const DATA_OPCODES = [
    [OP.UNICODE, loadUnicode],
    [OP.STRING, loadString],
    [OP.BINUNICODE, loadBinunicode],
    [OP.SHORT_BINUNICODE, loadShortBinunicode],
    [OP.BINUNICODE8, loadBinunicode8],
    [OP.BINSTRING, loadBinstring],
    [OP.SHORT_BINSTRING, loadShortBinstring],
    [OP.BINBYTES, loadBinbytes],
    [OP.SHORT_BINBYTES, loadShortBinbytes],
    [OP.BINBYTES8, loadBinbytes8],
    [OP.BYTEARRAY8, loadBytearray8],
    [OP.INT, loadInt],
    [OP.LONG, loadLong],
    [OP.FLOAT, loadFloat],
    [OP.BININT, loadBinint],
    [OP.BININT1, loadBinint1],
    [OP.BININT2, loadBinint2],
    [OP.BINFLOAT, loadBinfloat],
    [OP.LONG1, loadLongBinary],
    [OP.LONG4, loadLongBinary],
    [OP.NONE, loadNone],
    [OP.NEWTRUE, loadBool],
    [OP.NEWFALSE, loadBool],
    [OP.EMPTY_TUPLE, loadEmptyTuple],
    [OP.EMPTY_LIST, loadEmptyList],
    [OP.EMPTY_DICT, loadEmptyDict],
    [OP.EMPTY_SET, loadEmptySet],
    [OP.MARK, loadMark],
    [OP.TUPLE, loadTuple],
    [OP.LIST, loadList],
    [OP.DICT, loadDict],
    [OP.FROZENSET, loadFrozenset],
    [OP.TUPLE1, loadTuple1],
    [OP.TUPLE2, loadTuple2],
    [OP.TUPLE3, loadTuple3],
    [OP.APPEND, loadAppend],
    [OP.APPENDS, loadAppends],
    [OP.SETITEM, loadSetitem],
    [OP.SETITEMS, loadSetitems],
    [OP.ADDITEMS, loadAdditems],
    [OP.POP, loadPop],
    [OP.POP_MARK, loadPopMark],
    [OP.DUP, loadDup],
    [OP.GET, loadGet],
    [OP.BINGET, loadBinget],
    [OP.LONG_BINGET, loadBinget],
    [OP.PUT, loadPut],
    [OP.BINPUT, loadBinput],
    [OP.LONG_BINPUT, loadLongBinput],
    [OP.MEMOIZE, loadMemoize],
    [OP.NEXT_BUFFER, loadNextBuffer],
    [OP.READONLY_BUFFER, loadReadonlyBuffer],
];

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/pickle-dispatch.js



/**
 * The dispatch table, as pickle.py's `dispatch`: the handler of each opcode
 * byte. The handlers are grouped by what they do: the stream's framing
 * here, objects (pickle-load-objects.ts) and data (pickle-load-data.ts).
 */
function loadStop(m) {
    m.result.value = m.pop();
    m.result.complete = true;
    m.result.end = m.s.offset;
}
function loadProto(m, at) {
    m.proto = m.u8();
    if (m.proto > 5)
        m.fail(`unsupported pickle protocol ${m.proto} at byte ${at}`);
}
function loadFrame(m) {
    m.u64();
}
/** The handlers of the opcodes that frame the stream. */
const FRAMING_OPCODES = [
    [OP.STOP, loadStop],
    [OP.PROTO, loadProto],
    [OP.FRAME, loadFrame],
];
/** The handler of each opcode byte; undefined for bytes that are no opcode. */
const DISPATCH = (() => {
    const table = new Array(256).fill(undefined);
    for (const [op, handler] of [...FRAMING_OPCODES, ...OBJECT_OPCODES, ...DATA_OPCODES]) {
        if (table[op])
            throw new Error(`opcode 0x${op.toString(16)} has two handlers`);
        table[op] = handler;
    }
    return table;
})();

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/pickle-scan.js



/**
 * A pickle opcode machine (protocols 0 to 5) that finds every global a
 * pickle would import, without executing anything. It follows Python's own
 * unpickler closely enough to see what Python sees:
 *
 * - the stack and the mark stack behave like CPython's, so an operand can
 *   only be where Python would find it, and the stream stops where Python
 *   would stop (a missing memo entry, a stack underflow, a bad argument);
 * - strings are decoded as Python decodes them (STRING's repr escapes,
 *   UNICODE's raw-unicode-escape, UTF-8 for the binary forms), and followed
 *   through the stack and the memo into STACK_GLOBAL;
 * - a STACK_GLOBAL whose operands are not strings written in the pickle
 *   (a string computed by a call) is reported: nobody can tell what it imports;
 * - globals are judged by the dotted path Python resolves (pickle-globals.ts);
 * - getattr(G, 'name') on a global G with a written identifier is judged as
 *   the dotted global G.name it reaches (a pickled bound method); any other
 *   use of getattr is reported as getattr (see `lookup`);
 * - the function a functools.partial holds is handed to a call, also when
 *   a BUILD (partial.__setstate__) swaps it in;
 * - joblib's NumpyArrayWrapper is followed: the raw array bytes after its
 *   BUILD are stepped over, and object arrays (a nested pickle) are scanned.
 *
 * The reader is a ByteStream, so payloads (bytes, arrays) are skipped
 * without being held in memory.
 */
/**
 * Scans one pickle stream from the stream's current position to its STOP.
 * Never throws: a stream Python could not load either ends with `error`.
 */
async function scanPickle(s, options, log, depth = 0) {
    const m = new PickleMachine(s, options, log, depth, scanPickle);
    const result = m.result;
    try {
        for (;;) {
            const at = s.offset;
            if (s.available < 16)
                await s.ensure(16);
            if (s.available === 0)
                m.fail(`the stream ends at byte ${at} without a STOP opcode`);
            const op = s.u8();
            const load = DISPATCH[op];
            if (!load)
                m.fail(`unknown opcode 0x${op.toString(16).padStart(2, '0')} at byte ${at}`);
            // Most opcodes are done at once; only those that stream an argument return a promise.
            const pending = load(m, at, op);
            if (pending)
                await pending;
            if (result.complete)
                return result;
            result.opcodes++;
        }
    }
    catch (error) {
        // Only the stream's own faults end it here; a source that fails (an inflation limit, an I/O error) is the caller's to report.
        if (!(error instanceof PickleError))
            throw error;
        result.error = error.message;
        result.end = s.offset;
        return result;
    }
}

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/text.js




/** The bytes of content read to tell text from binary. */
const TEXT_PREFIX = 1024 * 1024;
/** The control characters text may hold: tab, line feed, vertical tab, form feed, carriage return, escape (terminal colours). */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b]);
/** A character text may hold: not a control character other than TEXT_CONTROLS (nor DEL), except a DOS end-of-file mark (0x1a) as the very last one. */
const textChar = (c, last) => (c >= 0x20 && c !== 0x7f) || TEXT_CONTROLS.has(c) || (c === 0x1a && last);
/**
 * Text, by its first bytes (`complete` when they are the whole content):
 * - UTF-8 (a BOM allowed);
 * - UTF-16 with a byte order mark (FF FE or FE FF), well-formed (no lone surrogate);
 * - otherwise a single-byte encoding such as Latin-1 or Windows-1252 (an
 *   Excel CSV export): any byte from 0x80 to 0xFF.
 * In every case no NUL and no control character other than TEXT_CONTROLS,
 * a DOS end-of-file mark (0x1a) being allowed as the last character.
 */
function isText(b, complete) {
    if (b.length === 0)
        return false;
    const bom16 = b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff));
    if (bom16) {
        const even = b.subarray(0, b.length - (b.length % 2));
        if (complete && even.length !== b.length)
            return false;
        let text;
        try {
            text = new TextDecoder(b[0] === 0xff ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(even, { stream: !complete });
        }
        catch {
            return false;
        }
        for (let i = 0; i < text.length; i++)
            if (!textChar(text.charCodeAt(i), complete && i === text.length - 1))
                return false;
        return true;
    }
    for (let i = 0; i < b.length; i++)
        if (!textChar(b[i], complete && i === b.length - 1))
            return false;
    // Not UTF-8: every byte is still a character of a single-byte encoding.
    return true;
}
/**
 * Content that reads as text (its first TEXT_PREFIX bytes, `prefix`) and
 * is no pickle that imports anything (`notPickle`, the stream scan's
 * result): text, unless pickle.load carries out some of its opcodes.
 */
async function scanText(ctx, part, prefix, notPickle) {
    // Text is only text when pickle.load refuses its very first opcode: past that, it is a stream the unpickler runs.
    // (The stream scan also resolved persistent ids, as PyTorch does; pickle.load refuses them.)
    const r = notPickle.opcodes === 0
        ? notPickle
        : await scanPickle(new ByteStream(sourceChunks((0,byte_source/* bufferSource */.kq)(prefix))), ctx.pickleOptions(false, false), new PickleLog());
    if (r.opcodes === 0) {
        ctx.part(part, 'text: not executable, nothing to scan');
        return 'text';
    }
    ctx.executable = true;
    ctx.part(part, `read by pickle.load, ${r.opcodes} opcode${r.opcodes === 1 ? '' : 's'} run, then the unpickler stops (${r.error}) before anything is imported`);
    return 'pickle';
}

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/npy.js




/**
 * A numpy .npy array: plain data, unless its dtype holds Python objects,
 * which numpy writes as a pickle after the header. The header is judged as
 * numpy judges it (npy-header.ts); whatever it says, the bytes after it are
 * also read as a pickle, and scanned when they are one.
 */
async function scanNpy(ctx, part, stream) {
    const head = await stream.peek(12);
    const major = head[6];
    const minor = head[7];
    let header;
    if (head.length < 10 || minor !== 0 || (major !== 1 && major !== 2 && major !== 3)) {
        header = {
            kind: 'refused',
            reason: `format version ${major ?? '?'}.${minor ?? '?'}, which numpy does not read`,
        };
        await stream.skip(8);
    }
    else {
        const v = new DataView(head.buffer, head.byteOffset, head.byteLength);
        const headerLength = major === 1 ? v.getUint16(8, true) : v.getUint32(8, true);
        await stream.skip(major === 1 ? 10 : 12);
        if (headerLength > TEXT_PREFIX) {
            header = {
                kind: 'unreadable',
                reason: `a header of ${headerLength} bytes (G2 reads at most ${TEXT_PREFIX})`,
            };
            await stream.skip(headerLength);
        }
        else if (!(await stream.ensure(headerLength))) {
            header = { kind: 'refused', reason: 'the file ends inside its header' };
        }
        else {
            const raw = stream.take(headerLength);
            const text = major === 3 ? decodeStrictUtf8(raw) : Buffer.from(raw).toString('latin1');
            header =
                text === undefined
                    ? { kind: 'refused', reason: 'a version 3.0 header that is not UTF-8' }
                    : judgeNpyHeader(text, major);
        }
    }
    const log = new PickleLog();
    const r = await scanPickle(stream, ctx.pickleOptions(false, false), log);
    const objects = header.kind === 'array' && header.objects;
    const pickle = r.complete || r.acted;
    if (objects || pickle) {
        ctx.executable = true;
        ctx.markPickled();
        ctx.report(part, log);
    }
    if (objects) {
        if (!r.complete)
            ctx.notScanned(part, `the object array's pickle (from byte ${r.start}) could not be read to its end: ${r.error ?? 'it is not a pickle'}`);
        else
            ctx.part(part, 'numpy object array: its pickle was scanned');
        return 'numpy';
    }
    if (pickle) {
        const why = header.kind === 'array'
            ? 'its dtype holds no Python objects, so numpy reads them as raw data'
            : 'numpy refuses its header';
        ctx.finding(part, 'high', `the bytes after the numpy header (from byte ${r.start}) are a pickle, though ${why}: a file made to be read two ways`);
        if (!r.complete)
            ctx.notScanned(part, `the pickle after the header could not be read to its end: ${r.error}`);
    }
    if (header.kind === 'unreadable')
        ctx.notScanned(part, `a numpy header G2 cannot read: ${header.reason}`);
    else if (header.kind === 'refused')
        ctx.part(part, `numpy refuses this file (${header.reason}): it loads nothing`);
    else if (!pickle)
        ctx.part(part, 'numpy array without Python objects: not executable, nothing to scan');
    return 'numpy';
}
const npy_strictUtf8 = new TextDecoder('utf-8', { fatal: true });
function decodeStrictUtf8(b) {
    try {
        return npy_strictUtf8.decode(b);
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./build/src/onnx/protobuf.js
var protobuf = __webpack_require__(38746);
;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/onnx-scan.js

/** Bits per element of each TensorProto.DataType (4 and 2 for the packed sub-byte types); STRING and unknown types have no fixed size. */
const ELEMENT_BITS = {
    1: 32,
    2: 8,
    3: 8,
    4: 16,
    5: 16,
    6: 32,
    7: 64,
    9: 8,
    10: 16,
    11: 64,
    12: 32,
    13: 64,
    14: 64,
    15: 128,
    16: 16,
    17: 8,
    18: 8,
    19: 8,
    20: 8,
    21: 4,
    22: 4,
    23: 4,
    24: 8,
    25: 2,
    26: 2,
};
const MAX_GRAPH_NESTING = 64;
/** Why an external data location could leave the model's folder, or undefined. */
function escapes(location) {
    if (location === '')
        return 'is empty';
    if (/^[A-Za-z]:/.test(location) || location.startsWith('/') || location.startsWith('\\'))
        return 'is absolute';
    if (location.split(/[\\/]/).includes('..'))
        return 'climbs out with ".."';
    if (location.includes('\0'))
        return 'holds a NUL byte';
    return undefined;
}
function scanOnnx(source, allowedDomains, external) {
    const walk = new OnnxWalk(source, external);
    const error = walk.readModel(source.size);
    if (error !== undefined)
        return { ...walk.result, error };
    walk.judgeDomains(allowedDomains);
    return walk.result;
}
/** One walk over a model's protobuf: the tensors, graphs and operator domains it finds, and the findings so far. */
class OnnxWalk {
    external;
    r;
    result = { isOnnx: false, findings: [], tensors: 0, graphs: 0, references: [] };
    seen = new Set();
    /** The operators of each domain nodes use. */
    nodeDomains = new Map();
    importDomains = new Set();
    localFunctions = new Set();
    functionDomains = new Set();
    constructor(source, external) {
        this.external = external;
        this.r = new protobuf/* ProtoReader */.i(source);
    }
    add(severity, message) {
        if (this.seen.has(message) || this.result.findings.length >= 200)
            return;
        this.seen.add(message);
        this.result.findings.push({ severity, message });
    }
    /** Reads the ModelProto's fields: the main graph, opset imports, local functions, training graphs. Returns why it is no ONNX model, or undefined. */
    readModel(size) {
        try {
            let graphs = 0;
            let ir = false;
            for (const f of this.r.fields(0, size)) {
                if (f.no === 1 && f.wire === 0)
                    ir = true;
                else if (f.no === 7 && f.wire === 2) {
                    graphs++;
                    this.graph(f, 0, 'the main graph');
                }
                else if (f.no === 8 && f.wire === 2) {
                    for (const g of this.r.fields(f.start, f.end))
                        if (g.no === 1 && g.wire === 2)
                            this.importDomains.add(this.r.text(g.start, g.end));
                }
                else if (f.no === 25 && f.wire === 2) {
                    let name = '';
                    let domain = '';
                    const nodes = [];
                    for (const g of this.r.fields(f.start, f.end)) {
                        if (g.no === 1 && g.wire === 2)
                            name = this.r.text(g.start, g.end);
                        else if (g.no === 10 && g.wire === 2)
                            domain = this.r.text(g.start, g.end);
                        else if (g.no === 7 && g.wire === 2)
                            nodes.push(g);
                    }
                    this.localFunctions.add(`${domain}\u0000${name}`);
                    this.functionDomains.add(domain);
                    for (const n of nodes)
                        this.node(n, 1, `local function ${domain ? `${domain}.` : ''}${name}`);
                }
                else if (f.no === 20 && f.wire === 2) {
                    for (const g of this.r.fields(f.start, f.end))
                        if ((g.no === 1 || g.no === 2) && g.wire === 2)
                            this.graph(g, 1, 'a training graph');
                }
            }
            if (!ir || graphs === 0)
                return 'no ir_version and graph: not an ONNX ModelProto';
            this.result.isOnnx = true;
            return undefined;
        }
        catch (error) {
            if (!(error instanceof protobuf/* ProtoError */.p))
                throw error;
            return `not parseable as ONNX protobuf (${error.message})`;
        }
    }
    /** Findings on the operator domains nodes use and the model imports, outside the allowed ones. */
    judgeDomains(allowedDomains) {
        for (const [domain, ops] of this.nodeDomains) {
            const custom = [...ops].filter((op) => !this.localFunctions.has(`${domain}\u0000${op}`));
            if (custom.length && !allowedDomains.includes(domain))
                this.add('high', `custom operator domain "${domain}" is not allowed (modelScan.allowedOnnxDomains): ${custom.slice(0, 5).join(', ')}`);
        }
        for (const domain of this.importDomains)
            if (!allowedDomains.includes(domain) &&
                !this.functionDomains.has(domain) &&
                !this.nodeDomains.has(domain))
                this.add('high', `custom operator domain "${domain}" is not allowed (modelScan.allowedOnnxDomains)`);
    }
    tensor(f, where) {
        this.result.tensors++;
        let dims = [];
        let dataType = 0;
        let name = '';
        let location;
        const entries = new Map();
        for (const g of this.r.fields(f.start, f.end)) {
            if (g.no === 1)
                dims = dims.concat(this.r.varints(g));
            else if (g.no === 2 && g.wire === 0)
                dataType = g.varint;
            else if (g.no === 8 && g.wire === 2)
                name = this.r.text(g.start, g.end);
            else if (g.no === 14 && g.wire === 0)
                location = g.varint;
            else if (g.no === 13 && g.wire === 2) {
                let key = '';
                let value = '';
                for (const h of this.r.fields(g.start, g.end)) {
                    if (h.no === 1 && h.wire === 2)
                        key = this.r.text(h.start, h.end);
                    if (h.no === 2 && h.wire === 2)
                        value = this.r.text(h.start, h.end);
                }
                entries.set(key, value);
            }
        }
        const label = `tensor "${name}" (${where})`;
        const loc = entries.get('location');
        if (loc === undefined) {
            if (location === 1)
                this.add('high', `${label} declares external data without a location`);
            return;
        }
        const bad = escapes(loc);
        if (bad)
            return this.add('critical', `external data path "${loc}" of ${label} ${bad}: it leaves the model's folder`);
        const number = (key) => {
            const v = entries.get(key);
            if (v === undefined)
                return undefined;
            return /^\d+$/.test(v) && Number.isSafeInteger(Number(v)) ? Number(v) : null;
        };
        const offset = number('offset');
        const length = number('length');
        if (offset === null || length === null)
            return this.add('high', `${label} declares an external data offset or length that is not a whole number (${entries.get('offset') ?? ''} / ${entries.get('length') ?? ''})`);
        const bits = ELEMENT_BITS[dataType];
        const count = dims.reduce((a, b) => a * b, 1);
        const expected = bits === undefined ? undefined : Math.ceil((count * bits) / 8);
        if (length !== undefined && expected !== undefined && length !== expected)
            this.add('high', `${label} declares ${length} bytes of external data, but its dims [${dims.join(', ')}] and data type ${dataType} need ${expected}`);
        const file = this.external(loc);
        if (!file)
            return this.add('high', `external data file "${loc}" is missing`);
        if (file.outside)
            return this.add('critical', `external data file "${loc}" of ${label} resolves outside the model's folder through a symbolic link`);
        const want = length ?? expected;
        if (want === undefined)
            return this.add('medium', `${label}: the size of its external data cannot be checked (data type ${dataType} without a fixed size and no declared length)`);
        const need = (offset ?? 0) + want;
        if (need > file.size)
            return this.add('high', `external data "${loc}" of ${label} needs bytes up to ${need}, but the file has ${file.size}`);
        // Only now is it this tensor's bytes: the caller may call the file tensor data when its tensors account for all of it.
        let ref = this.result.references.find((known) => known.location === loc);
        if (!ref)
            this.result.references.push((ref = { location: loc, ranges: [] }));
        ref.ranges.push({ offset: offset ?? 0, length: want });
    }
    sparse(f, where) {
        for (const g of this.r.fields(f.start, f.end))
            if ((g.no === 1 || g.no === 2) && g.wire === 2)
                this.tensor(g, where);
    }
    node(f, depth, where) {
        let domain = '';
        let op = '';
        const attributes = [];
        for (const g of this.r.fields(f.start, f.end)) {
            if (g.no === 7 && g.wire === 2)
                domain = this.r.text(g.start, g.end);
            else if (g.no === 4 && g.wire === 2)
                op = this.r.text(g.start, g.end);
            else if (g.no === 5 && g.wire === 2)
                attributes.push(g);
        }
        if (!this.nodeDomains.has(domain))
            this.nodeDomains.set(domain, new Set());
        this.nodeDomains.get(domain).add(op);
        const at = `${where}${op ? ` ${op} node` : ''}`;
        for (const a of attributes) {
            for (const h of this.r.fields(a.start, a.end)) {
                if (h.wire !== 2)
                    continue;
                if (h.no === 5 || h.no === 10)
                    this.tensor(h, `attribute of ${at}`);
                else if (h.no === 22 || h.no === 23)
                    this.sparse(h, `sparse attribute of ${at}`);
                else if (h.no === 6 || h.no === 11)
                    this.graph(h, depth + 1, `subgraph of ${at}`);
            }
        }
    }
    graph(f, depth, where) {
        if (depth > MAX_GRAPH_NESTING)
            throw new protobuf/* ProtoError */.p(`graphs nested more than ${MAX_GRAPH_NESTING} deep`);
        this.result.graphs++;
        for (const g of this.r.fields(f.start, f.end)) {
            if (g.wire !== 2)
                continue;
            if (g.no === 1)
                this.node(g, depth, where);
            else if (g.no === 5)
                this.tensor(g, `initializer of ${where}`);
            else if (g.no === 15)
                this.sparse(g, `sparse initializer of ${where}`);
        }
    }
}

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/scan-context.js

/**
 * A global's name as findings and the report show it: pickles may write
 * names of many megabytes (the scan reads names of up to 64 MiB), and the
 * evidence must not carry them whole.
 */
function shownName(name) {
    return (0,report_escape/* truncate */.xv)(name, 300);
}
const DEFAULT_SCAN_POLICY = {
    forbidPickle: false,
    allowedOnnxDomains: ['', 'ai.onnx', 'ai.onnx.ml'],
    maxArchiveEntries: 10_000,
    maxUncompressedBytes: 4 * 1024 ** 3,
    unscannable: 'fail',
    allowedGlobals: [],
};
const MAX_LISTED = 200;
/** Names from inside a file (globals, entry names) can hold control characters; they are shown escaped, never raw. */
function printable(text) {
    let out = '';
    for (const c of text) {
        const code = c.codePointAt(0);
        if (code < 0x20 || (code >= 0x7f && code <= 0x9f))
            out += `\\x${code.toString(16).padStart(2, '0')}`;
        else if (code === 0x2028 || code === 0x2029)
            out += `\\u${code.toString(16)}`;
        else
            out += c;
    }
    return out;
}
/** What one file's scan collects, part by part. */
class Scan {
    policy;
    external;
    nested;
    findings = [];
    unscanned = [];
    parts = [];
    globals = [];
    storages = [];
    references = [];
    budget;
    allowed;
    /** Pickle readings of any kind: one Python loads, one it cannot (after PROTO), an object array, a polyglot. Above 0, the file holds a pickle. */
    readings = 0;
    /** Pickle readings Python cannot load (PROTO, then a stop before any import); `readings` counts them too. */
    unloadable = 0;
    executable = false;
    entries = 0;
    limitHit = false;
    constructor(policy, external, nested) {
        this.policy = policy;
        this.external = external;
        this.nested = nested;
        this.budget = { limit: policy.maxUncompressedBytes, used: 0 };
        this.allowed = new Set(policy.allowedGlobals);
    }
    /** How to read a pickle here: following joblib's arrays or not, resolving persistent ids (as PyTorch does) or not. */
    pickleOptions(joblib, persistentLoad) {
        return { joblib, persistentLoad, allowed: this.allowed };
    }
    finding(part, severity, message) {
        const text = printable(part ? `${part}: ${message}` : message);
        if (this.findings.length < MAX_LISTED && !this.findings.some((f) => f.message === text))
            this.findings.push({ severity, message: text });
    }
    /** Records that the file holds a pickle (`unloadable`: one Python cannot load). */
    markPickled(unloadable = false) {
        this.readings++;
        if (unloadable)
            this.unloadable++;
    }
    notScanned(part, reason) {
        if (this.unscanned.length < MAX_LISTED)
            this.unscanned.push(printable(part ? `${part}: ${reason}` : reason));
    }
    part(part, what) {
        if (this.parts.length < MAX_LISTED)
            this.parts.push(printable(part ? `${part}: ${what}` : what));
    }
    /**
     * Turns a pickle log into findings: dangerous globals are critical; an
     * unknown global is high when loading calls it (or hands it to a call),
     * since code nobody reviewed then runs, and medium when it is only imported.
     */
    report(part, log) {
        for (const g of log.globals.values()) {
            this.globals.push(g);
            const written = g.path.startsWith('<') || g.path === `${g.module}.${g.name}`
                ? ''
                : ` (written as ${shownName(`${g.module}.${g.name}`)})`;
            const path = shownName(g.path);
            const times = g.count > 1 ? `, ${g.count} times` : '';
            if (g.tier === 'dangerous')
                this.finding(part, 'critical', `dangerous global ${path}${written} at byte ${g.offset}${times}: ${g.reason}`);
            else if (g.tier === 'unknown' && g.called) {
                const how = g.called.passed
                    ? `handed to a call (${g.called.op} at byte ${g.called.at}), which may call it`
                    : `called while loading (${g.called.op} at byte ${g.called.at})`;
                this.finding(part, 'high', `unknown global ${path}${written} at byte ${g.offset}${times}, ${how}: not on the list of known ML globals; once reviewed, list it in modelScan.allowedGlobals`);
            }
            else if (g.tier === 'unknown')
                this.finding(part, 'medium', `unknown global ${path}${written} at byte ${g.offset}${times}: imported but never called; not on the list of known ML globals`);
        }
        this.storages.push(...log.storages);
    }
}

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/pickles.js




/** Pickle streams in a file: one after the other, joblib's arrays, legacy torch.save files, and pickles hidden in other formats. */
const TORCH_MAGIC = 0x1950a86a20f9469cfc6cn;
/** Element sizes of the storage types a legacy torch.save file names. */
const STORAGE_BYTES = {
    ...Object.fromEntries(Object.entries({
        Double: 8,
        Float: 4,
        Half: 2,
        Long: 8,
        Int: 4,
        Short: 2,
        Char: 1,
        Byte: 1,
        Bool: 1,
        BFloat16: 2,
        ComplexDouble: 16,
        ComplexFloat: 8,
        QUInt8: 1,
        QInt8: 1,
        QInt32: 4,
        QUInt4x2: 1,
        QUInt2x4: 1,
        Untyped: 1,
    }).map(([k, v]) => [`torch.${k}Storage`, v])),
    'torch.storage.UntypedStorage': 1,
};
const isTorchMagic = (v) => asObject(v)?.t === 'bigint' && v.v === TORCH_MAGIC;
/**
 * Scans every pickle in the stream, one after the other, until the bytes stop
 * being a pickle. A legacy torch.save file (magic number, protocol version,
 * system info, the payload, the storage keys, then raw storages) is parsed
 * for what it is: the raw storages are stepped over by their declared sizes
 * and anything after them is scanned too. Returns undefined when the stream
 * is not a pickle at all.
 */
async function scanPickles(ctx, part, stream, restart) {
    const log = new PickleLog();
    const head = await stream.peek(2);
    let r = await scanPickle(stream, ctx.pickleOptions(true, true), log);
    if (!r.complete && !r.acted) {
        // Starts like a pickle (PROTO 0-5) but Python cannot load it: name the reason rather than calling it unknown.
        if (head[0] !== 0x80 || head[1] > 5)
            return { notPickle: r };
        ctx.executable = true;
        ctx.markPickled(true);
        ctx.notScanned(part, `a pickle that Python cannot load either: ${r.error}`);
        return { format: 'pickle' };
    }
    ctx.executable = true;
    ctx.markPickled();
    let legacy = r.complete && isTorchMagic(r.value);
    let count = 0;
    let joblibArrays = 0;
    let objectArrays = 0;
    let payloadStorages = 0;
    let trailing;
    for (;;) {
        joblibArrays += r.joblibArrays;
        objectArrays += r.joblibObjectArrays;
        if (!r.complete) {
            ctx.notScanned(part, `pickle ${count + 1} (from byte ${r.start}) could not be read to its end: ${r.error}`);
            break;
        }
        count++;
        if (legacy) {
            if ((count === 2 && r.value !== 1001) || (count === 3 && asObject(r.value)?.t !== 'dict'))
                legacy = false;
            if (count === 3)
                payloadStorages = log.storages.length;
            if (count === 5) {
                const list = asObject(r.value);
                const keys = list?.t === 'list' ? list.items.map(asString) : undefined;
                if (!keys || keys.some((k) => k === undefined))
                    legacy = false;
                else {
                    const problem = await skipStorages(stream, keys, log.storages.slice(payloadStorages));
                    if (problem) {
                        ctx.notScanned(part, `the legacy PyTorch storages could not be stepped over: ${problem}`);
                        break;
                    }
                    ctx.part(part, `${keys.length} tensor storages (data)`);
                }
            }
        }
        if (await stream.atEnd())
            break;
        const at = stream.offset;
        r = await scanPickle(stream, ctx.pickleOptions(!legacy, true), log);
        if (!r.complete && !r.acted) {
            trailing = at;
            break;
        }
    }
    const format = legacy && count >= 5 ? 'pytorch-legacy' : joblibArrays + objectArrays > 0 ? 'joblib' : 'pickle';
    ctx.report(part, log);
    ctx.part(part, `${format}: ${count} pickle stream${count === 1 ? '' : 's'}${joblibArrays ? `, ${joblibArrays} joblib arrays stepped over` : ''}${objectArrays ? `, ${objectArrays} joblib object arrays scanned` : ''}`);
    if (trailing !== undefined)
        ctx.finding(part, 'medium', `the bytes from byte ${trailing} on, after the last pickle, are not a pickle: no standard loader reads them, and the scanner did not judge them`);
    // pickle.load (rather than joblib.load) would read joblib's raw array bytes as opcodes: judge that reading too.
    if (joblibArrays > 0 && restart) {
        const plain = new PickleLog();
        const s = restart();
        try {
            await scanPickle(s, ctx.pickleOptions(false, false), plain);
        }
        finally {
            s.close();
        }
        // Only named dangerous imports: raw array bytes read as opcodes can pop call results into a STACK_GLOBAL by chance.
        for (const [path, g] of plain.globals)
            if (g.tier === 'dangerous' && !path.startsWith('<') && !log.globals.has(path))
                ctx.finding(part, 'critical', `read with pickle.load instead of joblib.load, the array bytes import the dangerous global ${path} at byte ${g.offset}: ${g.reason}`);
    }
    return { format };
}
/** Steps over a legacy torch.save file's raw storages: each is an 8-byte element count and its bytes. */
async function skipStorages(stream, keys, refs) {
    const types = new Map();
    for (const ref of refs)
        if (!types.has(ref.key))
            types.set(ref.key, ref.storageType);
    for (const key of keys) {
        const type = types.get(key);
        const size = type === undefined ? undefined : STORAGE_BYTES[type];
        if (size === undefined)
            return `storage "${key}" has ${type ? `type ${type}, whose element size is unknown` : 'no persistent id in the payload'}`;
        if (!(await stream.ensure(8)))
            return `the file ends before storage "${key}"`;
        const raw = stream.take(8);
        const numel = Number(new DataView(raw.buffer, raw.byteOffset, 8).getBigUint64(0, true));
        if (!Number.isSafeInteger(numel * size) || !(await stream.skip(numel * size)))
            return `the file ends inside storage "${key}" (${numel} elements of ${size} bytes)`;
    }
    return undefined;
}
/**
 * The file's first bytes read as pickle.load would read them. For a file that
 * is something else (a zip, an npy array, safetensors), any import this
 * reaches means the file is also a pickle: a polyglot built to pass one
 * loader's checks and run in another.
 */
async function probeAsPickle(ctx, part, source, what) {
    const log = new PickleLog();
    const s = new ByteStream(sourceChunks(source));
    try {
        const r = await scanPickle(s, ctx.pickleOptions(false, false), log);
        if (!r.acted)
            return;
    }
    finally {
        s.close();
    }
    ctx.executable = true;
    ctx.markPickled();
    for (const g of log.globals.values()) {
        if (g.tier === 'dangerous')
            ctx.finding(part, 'critical', `this ${what} also unpickles (read by pickle.load): dangerous global ${shownName(g.path)} at byte ${g.offset}: ${g.reason}`);
        else
            ctx.finding(part, 'high', `this ${what} also unpickles (read by pickle.load), importing ${shownName(g.path)} at byte ${g.offset}: a file that is two formats at once`);
    }
}

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/sniff.js
/** Safetensors headers longer than this are not read. */
const MAX_SAFETENSORS_HEADER = 100 * 1024 * 1024;
/**
 * Recognises a format by its first bytes (the magic numbers joblib, numpy,
 * zip and friends write). `size` is the content's size when it is known (a
 * file, a stored entry); a stream's is not (an inflated entry), and then a
 * safetensors header must at least fit the limit G2 reads.
 */
function sniff(h, size) {
    const at = (i, ...bytes) => bytes.every((b, k) => h[i + k] === b);
    if (at(0, 0x50, 0x4b, 0x03, 0x04) || at(0, 0x50, 0x4b, 0x05, 0x06))
        return 'zip';
    if (at(0, 0x1f, 0x8b))
        return 'gzip';
    if (h[0] === 0x78 && h.length > 1 && ((h[0] << 8) | h[1]) % 31 === 0)
        return 'zlib';
    if (at(0, 0x5a, 0x46) &&
        /^0x[0-9a-f]+L? *$/i.test(Buffer.from(h.subarray(2, 21)).toString('latin1')))
        return 'zfile';
    if (at(0, 0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00))
        return 'xz';
    if (at(0, 0x5d, 0x00, 0x00))
        return 'lzma';
    if (at(0, 0x42, 0x5a, 0x68) &&
        h[3] >= 0x31 &&
        h[3] <= 0x39 &&
        at(4, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59))
        return 'bz2';
    if (at(0, 0x04, 0x22, 0x4d, 0x18))
        return 'lz4';
    if (at(0, 0x28, 0xb5, 0x2f, 0xfd))
        return 'zstd';
    if (at(0, 0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59))
        return 'npy';
    if (at(257, 0x75, 0x73, 0x74, 0x61, 0x72))
        return 'tar';
    if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) ||
        at(0, 0xff, 0xd8, 0xff) ||
        at(0, 0x47, 0x49, 0x46, 0x38) ||
        (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)))
        return 'image';
    if ((size === undefined || size >= 10) && h.length >= 9 && h[8] === 0x7b) {
        const n = Number(new DataView(h.buffer, h.byteOffset, 8).getBigUint64(0, true));
        if (n >= 2 && (size === undefined ? n <= MAX_SAFETENSORS_HEADER : 8 + n <= size))
            return 'safetensors';
    }
    return undefined;
}
/** Compressors G2 does not unpack (joblib, pandas and others write files with them). */
const COMPRESSORS = new Set(['xz', 'lzma', 'bz2', 'lz4', 'zstd']);

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/safetensors.js

/**
 * A safetensors header (JSON) followed by raw tensor bytes: data. Undefined,
 * with nothing consumed, when the header is not a JSON object: the content
 * is then something else that happens to look like one.
 */
async function scanSafetensors(ctx, part, stream) {
    const head = await stream.peek(8);
    const n = Number(new DataView(head.buffer, head.byteOffset, 8).getBigUint64(0, true));
    if (n > MAX_SAFETENSORS_HEADER) {
        ctx.notScanned(part, `a safetensors header of ${n} bytes (more than ${MAX_SAFETENSORS_HEADER})`);
        return 'safetensors';
    }
    const bytes = await stream.peek(8 + n);
    if (bytes.length < 8 + n)
        return undefined;
    let header;
    try {
        header = JSON.parse(Buffer.from(bytes.subarray(8)).toString('utf8'));
    }
    catch {
        return undefined;
    }
    if (!header || typeof header !== 'object' || Array.isArray(header))
        return undefined;
    await stream.skip(8 + n);
    const tensors = Object.keys(header).filter((k) => k !== '__metadata__').length;
    ctx.part(part, `safetensors: ${tensors} tensors, not executable, nothing to scan`);
    return 'safetensors';
}

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/model-scan.js












/**
 * Model-file safety without loading anything. A file's format is recognised
 * by its content, not its name: pickles (and joblib's arrays and compressed
 * wrappers), PyTorch zip and legacy files, zip and numpy archives, numpy
 * arrays, ONNX, safetensors, text. Every pickle stream in a file is scanned
 * (pickle-scan.ts, pickles.ts), every zip entry is judged by its own content within the
 * SSOT's limits, and a file's first bytes are also read the way pickle.load
 * would read them, so a file that is both (say) a zip and a pickle is caught.
 *
 * Plain data (text, safetensors, numeric arrays, images, tensor storages) is
 * reported as "not executable, nothing to scan". Anything the scanner cannot
 * judge is named with the reason, and the file is not "scanned": "no issues"
 * is only said of files whose every executable byte was judged.
 */
/** Scans content that can only be read front to back (an inflated stream), or any source through its stream. */
async function scanStream(ctx, part, stream, depth, restart, size) {
    const head = await stream.peek(512);
    if (head.length === 0) {
        ctx.part(part, 'empty: nothing to scan');
        return 'empty';
    }
    const kind = sniff(head, size);
    if (kind === 'npy')
        return scanNpy(ctx, part, stream);
    if (kind === 'gzip' || kind === 'zlib')
        return scanCompressed(ctx, part, remaining(stream), kind, depth);
    if (kind && COMPRESSORS.has(kind)) {
        ctx.notScanned(part, `${kind}-compressed content, which G2 cannot unpack`);
        return kind;
    }
    if (kind === 'zip') {
        const whole = await materialize(stream, MAX_MATERIALIZED);
        if (!whole) {
            ctx.finding('', 'high', `nested archive "${part}" inside a model archive`);
            ctx.notScanned(part, `a compressed archive larger than ${MAX_MATERIALIZED} bytes inside another`);
            return 'zip';
        }
        return scanSource(ctx, part, (0,byte_source/* bufferSource */.kq)(whole), depth, part);
    }
    if (kind === 'safetensors') {
        const format = await scanSafetensors(ctx, part, stream);
        if (format)
            return format;
        // Not safetensors after all: judged as whatever else it is (a pickle, text, or nothing G2 knows).
    }
    const prefix = await stream.peek(TEXT_PREFIX);
    const textual = isText(prefix, prefix.length < TEXT_PREFIX);
    const pickled = await scanPickles(ctx, part, stream, restart);
    if ('format' in pickled)
        return pickled.format;
    if (textual)
        return scanText(ctx, part, prefix, pickled.notPickle);
    if (kind === 'image' || kind === 'tar') {
        if (kind === 'image')
            ctx.part(part, 'image: not executable, nothing to scan');
        else
            ctx.notScanned(part, "a tar archive (PyTorch's pre-1.0 format), which G2 does not unpack");
        return kind;
    }
    ctx.notScanned(part, 'not a format G2 recognises (pickle, joblib, PyTorch, numpy, ONNX, safetensors, zip, text)');
    return 'unknown';
}
/**
 * Scans content that can be read by ranges: a file, or a stored zip entry.
 * Whatever its first bytes, a zip at its end is opened too: zipfile finds a
 * zip by its end record, so a zip appended to a pickle (or anything) loads.
 */
async function scanSource(ctx, part, source, depth, name) {
    if (source.size === 0) {
        ctx.part(part, 'empty: nothing to scan');
        return 'empty';
    }
    const head = source.read(0, 512);
    const kind = sniff(head, source.size);
    const unscanned = ctx.unscanned.length;
    const format = await scanByContent(ctx, part, source, depth, name, head, kind);
    return kind === 'zip' ? format : scanTrailingZip(ctx, part, source, depth, format, unscanned);
}
/** Scans content that can be read by ranges by what its first bytes are. */
async function scanByContent(ctx, part, source, depth, name, head, kind) {
    const restart = () => new ByteStream(sourceChunks(source));
    if (!kind && (head[0] === 0x08 || /\.onnx$/i.test(name))) {
        const onnx = scanOnnx(source, ctx.policy.allowedOnnxDomains, ctx.external);
        if (onnx.isOnnx || /\.onnx$/i.test(name)) {
            await probeAsPickle(ctx, part, source, 'ONNX model');
            ctx.executable = true;
            for (const f of onnx.findings)
                ctx.finding(part, f.severity, f.message);
            if (depth === 0)
                ctx.references.push(...onnx.references);
            if (onnx.isOnnx)
                ctx.part(part, `onnx: ${onnx.graphs} graphs, ${onnx.tensors} tensors checked`);
            else
                ctx.notScanned(part, onnx.error ?? 'not an ONNX model');
            return 'onnx';
        }
    }
    if (!kind || kind === 'image' || kind === 'tar')
        return scanStream(ctx, part, restart(), depth, restart, source.size);
    await probeAsPickle(ctx, part, source, kind === 'npy' ? 'numpy array' : `${kind} file`);
    switch (kind) {
        case 'zip':
            if (depth > 0)
                ctx.finding('', 'high', `nested archive "${part}" inside a model archive`);
            return scanZip(ctx, part, source, depth);
        case 'gzip':
        case 'zlib':
            return scanCompressed(ctx, part, sourceChunks(source), kind, depth);
        case 'zfile':
            // joblib before 0.9.3: "ZF", the length in hex padded to 19 bytes, then zlib.
            return scanCompressed(ctx, part, sourceChunks(source, 21), 'zlib', depth);
        case 'safetensors': {
            const format = await scanSafetensors(ctx, part, restart());
            return format ?? scanStream(ctx, part, restart(), depth, restart, source.size);
        }
        default:
            return scanStream(ctx, part, restart(), depth, restart, source.size);
    }
}
const NESTED = { source: scanSource, stream: scanStream };
/**
 * Scans one file (or buffer) by its content. `file` is the name shown in
 * findings; `external` answers for ONNX external data locations.
 */
async function scanModelFile(file, input, policy, external = () => undefined) {
    const source = input instanceof Uint8Array ? (0,byte_source/* bufferSource */.kq)(input) : input;
    const ctx = new Scan(policy, external, NESTED);
    let format = 'unknown';
    try {
        format = await scanSource(ctx, '', source, 0, file);
    }
    catch (error) {
        ctx.notScanned('', `the scan stopped: ${error.message}`);
    }
    const unloadablePickleOnly = format === 'pickle' &&
        ctx.readings === 1 &&
        ctx.unloadable === 1 &&
        ctx.findings.length === 0 &&
        ctx.unscanned.length === 1 &&
        ctx.globals.length === 0;
    if (policy.forbidPickle && ctx.readings > 0)
        ctx.findings.unshift({
            severity: 'critical',
            message: 'pickle model formats are forbidden by ssot/security.json (modelScan.forbidPickle), and this file holds a pickle',
        });
    return {
        file,
        format,
        scanned: ctx.unscanned.length === 0,
        executable: ctx.executable,
        ...(ctx.unscanned.length ? { reason: ctx.unscanned.join('; ') } : {}),
        findings: ctx.findings,
        globals: ctx.globals,
        parts: ctx.parts,
        ...(ctx.references.length ? { references: ctx.references } : {}),
        ...(unloadablePickleOnly ? { unloadablePickleOnly: true } : {}),
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./build/src/io/file-digest.js
var file_digest = __webpack_require__(69227);
;// CONCATENATED MODULE: ./build/src/signing/oms.js







/**
 * OpenSSF model signing (OMS), key-based, offline: a Sigstore bundle (v0.3)
 * whose DSSE envelope carries an in-toto statement. The statement's
 * predicate lists every model file with its sha256, and its subject digest
 * is the sha256 of those digests concatenated in order. G2 verifies the
 * envelope signature over the DSSE pre-authentication encoding, then hashes
 * the model folder (or the single model file) again, streaming, and compares
 * file by file.
 */
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const OMS_PREDICATE_TYPE = 'https://model_signing/signature/v1.0';
/** DSSE v1 pre-authentication encoding. */
function pae(payloadType, payload) {
    const type = Buffer.from(payloadType, 'utf8');
    return Buffer.concat([
        Buffer.from(`DSSEv1 ${type.length} `),
        type,
        Buffer.from(` ${payload.length} `),
        payload,
    ]);
}
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** Parses the bundle and checks the envelope; pure. Structural problems are errors with a JSON pointer. */
function readOmsBundle(bundleText, bundleFile, key, algorithm) {
    const fail = bundleError(bundleFile);
    const envelope = readEnvelope(bundleText, bundleFile, algorithm, fail);
    const signatureValid = (0,signing_signatures/* verifyBlob */.tB)(pae(envelope.payloadType, envelope.payload), envelope.sig, key, algorithm);
    const { resources, ignorePaths, subjectDigest } = readStatement(envelope, fail);
    const root = (0,external_node_crypto_.createHash)('sha256');
    for (const r of resources)
        root.update(Buffer.from(r.digest, 'hex'));
    return {
        resources,
        signedIgnores: ignorePaths,
        signatureValid,
        subjectDigestValid: subjectDigest === root.digest('hex'),
    };
}
function bundleError(bundleFile) {
    return (pointer, expected, found, message = 'Not an OpenSSF model-signing bundle') => new errors/* InputError */.dz({
        file: bundleFile,
        pointer,
        message,
        expected,
        found: found === undefined ? 'nothing' : JSON.stringify(found).slice(0, 80),
    });
}
/** The Sigstore bundle's DSSE envelope: its in-toto payload and its one signature, decoded. */
function readEnvelope(bundleText, bundleFile, algorithm, fail) {
    let bundle;
    try {
        bundle = JSON.parse(bundleText);
    }
    catch (error) {
        throw new errors/* InputError */.dz({
            file: bundleFile,
            message: 'The signature bundle is not JSON',
            expected: 'a Sigstore bundle (JSON)',
            found: error.message,
        });
    }
    if (!isObject(bundle))
        throw fail('', 'a Sigstore bundle (a JSON object)', bundle);
    if (typeof bundle.mediaType !== 'string' ||
        !bundle.mediaType.startsWith('application/vnd.dev.sigstore.bundle'))
        throw fail('/mediaType', 'application/vnd.dev.sigstore.bundle.v0.3+json', bundle.mediaType);
    const envelope = bundle.dsseEnvelope;
    if (!isObject(envelope) ||
        typeof envelope.payload !== 'string' ||
        typeof envelope.payloadType !== 'string')
        throw fail('/dsseEnvelope', 'a DSSE envelope with payload and payloadType', envelope);
    if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE)
        throw fail('/dsseEnvelope/payloadType', IN_TOTO_PAYLOAD_TYPE, envelope.payloadType, 'The DSSE payload is not an in-toto statement');
    const signatures = envelope.signatures;
    if (!Array.isArray(signatures) ||
        signatures.length !== 1 ||
        !isObject(signatures[0]) ||
        typeof signatures[0].sig !== 'string') {
        throw fail('/dsseEnvelope/signatures', 'exactly one signature with a base64 "sig" (a Sigstore bundle carries one)', signatures);
    }
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(envelope.payload) ||
        !/^[A-Za-z0-9+/]+={0,2}$/.test(signatures[0].sig))
        throw fail('/dsseEnvelope', 'base64 payload and signature', 'text that is not base64');
    const payload = Buffer.from(envelope.payload, 'base64');
    const sig = Buffer.from(signatures[0].sig, 'base64');
    (0,signing_signatures/* assertSignatureEncoding */.su)(sig, algorithm, {
        file: bundleFile,
        pointer: '/dsseEnvelope/signatures/0/sig',
    });
    return { payloadType: envelope.payloadType, payload, payloadText: envelope.payload, sig };
}
/** The in-toto statement of the envelope: the subject digest, and the signed files with their digests. */
function readStatement(envelope, fail) {
    let statement;
    try {
        statement = JSON.parse(envelope.payload.toString('utf8'));
    }
    catch {
        throw fail('/dsseEnvelope/payload', 'a base64 in-toto statement (JSON)', envelope.payloadText.slice(0, 40));
    }
    const at = (p) => `/dsseEnvelope/payload${p}`;
    if (!isObject(statement))
        throw fail(at(''), 'an in-toto statement (a JSON object)', statement);
    if (statement._type !== 'https://in-toto.io/Statement/v1')
        throw fail(at('/_type'), 'https://in-toto.io/Statement/v1', statement._type);
    if (statement.predicateType !== OMS_PREDICATE_TYPE) {
        throw fail(at('/predicateType'), `${OMS_PREDICATE_TYPE} (model-signing 1.x; re-sign bundles made by model-signing 0.x)`, statement.predicateType, 'Not an OpenSSF model-signing statement');
    }
    const subjects = statement.subject;
    if (!Array.isArray(subjects) ||
        subjects.length !== 1 ||
        !isObject(subjects[0]) ||
        !isObject(subjects[0].digest) ||
        typeof subjects[0].digest.sha256 !== 'string') {
        throw fail(at('/subject'), 'one subject with a sha256 digest', subjects);
    }
    const predicate = statement.predicate;
    if (!isObject(predicate))
        throw fail(at('/predicate'), 'the model-signing predicate', predicate);
    const serialization = predicate.serialization;
    if (!isObject(serialization))
        throw fail(at('/predicate/serialization'), 'the serialization description', serialization);
    if (serialization.method !== 'files')
        throw fail(at('/predicate/serialization/method'), '"files" (per-file digests; sharded serialization is not supported)', serialization.method, 'Unsupported model-signing serialization');
    if (serialization.hash_type !== 'sha256')
        throw fail(at('/predicate/serialization/hash_type'), 'sha256', serialization.hash_type, 'Unsupported model-signing hash');
    const ignorePaths = serialization.ignore_paths ?? [];
    if (!Array.isArray(ignorePaths) || !ignorePaths.every((p) => typeof p === 'string'))
        throw fail(at('/predicate/serialization/ignore_paths'), 'an array of paths', ignorePaths);
    const raw = predicate.resources;
    if (!Array.isArray(raw))
        throw fail(at('/predicate/resources'), 'the list of signed files', raw);
    const resources = raw.map((r, i) => {
        if (!isObject(r) ||
            typeof r.name !== 'string' ||
            typeof r.digest !== 'string' ||
            !/^[0-9a-f]{64}$/.test(r.digest))
            throw fail(at(`/predicate/resources/${i}`), 'a name and a sha256 hex digest', r);
        if (r.algorithm !== 'sha256')
            throw fail(at(`/predicate/resources/${i}/algorithm`), 'sha256', r.algorithm, 'Unsupported model-signing hash');
        return { name: r.name, digest: r.digest };
    });
    return {
        resources,
        ignorePaths: ignorePaths,
        subjectDigest: subjects[0].digest.sha256,
    };
}
/**
 * Verifies a bundle against the model on disk. `modelPath` is the signed
 * folder, or the single signed file (model-signing names it "."). Symbolic
 * links are never followed: model-signing refuses them unless signed with
 * --allow_symlinks, and a link's target can change while the folder does not.
 */
async function verifyOmsBundle(bundleText, bundleFile, modelPath, modelDisplay, key, algorithm, options) {
    const statement = readOmsBundle(bundleText, bundleFile, key, algorithm);
    const names = statement.resources.map((r) => r.name);
    const singleFileBundle = names.length === 1 && names[0] === '.';
    let kind;
    try {
        const s = await (0,promises_.lstat)(modelPath);
        kind = s.isSymbolicLink() ? 'link' : s.isDirectory() ? 'folder' : 'file';
    }
    catch (error) {
        throw (0,file_errors/* unreadableFile */._)(error, modelDisplay, 'the signed model folder or file (modelPath)');
    }
    const base = {
        signatureValid: statement.signatureValid,
        subjectDigestValid: statement.subjectDigestValid,
        missing: [],
        changed: [],
        extra: [],
        special: [],
        verified: [],
        files: names.length,
    };
    if (kind === 'link')
        return { ...base, links: [{ path: '.', target: await (0,promises_.readlink)(modelPath) }] };
    if (kind === 'file' && !singleFileBundle) {
        throw new errors/* InputError */.dz({
            ...options.modelPathSource,
            message: 'modelPath is a file, but the bundle signs a folder',
            expected: 'the folder the bundle was made for',
            found: `${modelDisplay}, a file (the bundle lists ${names.slice(0, 3).join(', ')}${names.length > 3 ? '...' : ''})`,
        });
    }
    if (kind === 'folder' && singleFileBundle) {
        throw new errors/* InputError */.dz({
            ...options.modelPathSource,
            message: 'modelPath is a folder, but the bundle signs a single file',
            expected: 'the file the bundle was made for',
            found: `${modelDisplay}, a folder`,
        });
    }
    const onDisk = new Map();
    let links = [];
    let special = [];
    if (kind === 'file') {
        onDisk.set('.', await digest(modelPath, modelDisplay));
    }
    else {
        const ignores = [...statement.signedIgnores, ...options.ignore].map((p) => p.replace(/^\.\//, '').replace(/\/+$/, ''));
        const ignored = (path) => ignores.some((p) => path === p || path.startsWith(`${p}/`));
        const entries = await listFolder(modelPath, ignored);
        links = entries.flatMap((e) => (e.link ? [{ path: e.path, target: e.link.target }] : []));
        special = entries.filter((e) => e.kind === 'other').map((e) => e.path);
        for (const e of entries)
            if (e.kind === 'file')
                onDisk.set(e.path, await digest(e.absolute, `${modelDisplay}/${e.path}`));
    }
    const missing = [];
    const changed = [];
    const verified = [];
    for (const r of statement.resources) {
        const actual = onDisk.get(r.name);
        if (actual === undefined)
            missing.push(r.name);
        else if (actual.sha256 !== r.digest)
            changed.push(r.name);
        else
            verified.push({ name: r.name, ...actual });
        onDisk.delete(r.name);
    }
    const extra = options.allowExtraFiles ? [] : [...onDisk.keys()];
    return { ...base, missing, changed, extra, links, special, verified };
}
async function digest(absolute, display) {
    try {
        return await (0,file_digest/* digestFile */.TM)(absolute);
    }
    catch (error) {
        throw (0,file_errors/* unreadableFile */._)(error, display, 'a file of the signed model');
    }
}

;// CONCATENATED MODULE: ./build/src/gates/g2/signing/release-signatures.js








/**
 * Verifies every cosign-style signature (releaseMaterial) and every OMS
 * bundle (modelSignatures). A check per signature; only signatures that
 * verify with a trusted key vouch for files.
 */
async function verifySignatures(ctx, material, bundles, keys, securityFile) {
    const out = {
        checks: [],
        vouched: [],
        usedKeyIds: new Set(),
        signatureFiles: new Set(),
        bundles: [],
    };
    for (const [i, m] of material.entries())
        await verifyMaterial(ctx, m, i, keys, securityFile, out);
    for (const [i, o] of bundles.entries())
        await verifyBundle(ctx, o, i, keys, securityFile, out);
    return out;
}
/** One file of releaseMaterial (at index `i`) and its detached signature: a check, and the file vouched for when it verifies with a trusted key. */
async function verifyMaterial(ctx, m, i, keys, securityFile, out) {
    const source = { file: securityFile, pointer: `/releaseMaterial/${i}` };
    const key = keyFor(keys, m.keyId, securityFile, `/releaseMaterial/${i}/keyId`);
    out.usedKeyIds.add(key.id);
    const absolute = ctx.ssot.resolveRepoPath(m.path, `release material at /releaseMaterial/${i}`);
    const path = ctx.workspace.display(absolute);
    let isFile;
    try {
        isFile = (await (0,promises_.stat)(absolute)).isFile();
    }
    catch (error) {
        throw (0,file_errors/* unreadableFile */._)(error, path, `release material listed at /releaseMaterial/${i}`);
    }
    if (!isFile)
        throw new errors/* InputError */.dz({
            file: path,
            message: 'Release material must be a file',
            expected: `a file (sign a folder with an OMS bundle in modelSignatures)`,
            found: 'a folder or special file',
        });
    const sigAbsolute = ctx.ssot.resolveRepoPath(m.signature, `signature at /releaseMaterial/${i}/signature`);
    const sigPath = ctx.workspace.display(sigAbsolute);
    out.signatureFiles.add(sigAbsolute);
    const id = `G2.signature.${path}`;
    let sigText;
    try {
        sigText = await (0,promises_.readFile)(sigAbsolute, 'utf8');
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw (0,file_errors/* unreadableFile */._)(error, sigPath, `the signature of ${path}`);
        out.checks.push({
            id,
            rule: 'signature',
            variable: path,
            value: false,
            status: 'fail',
            severity: 'block',
            message: `no signature file ${sigPath}`,
            source,
        });
        return;
    }
    const signature = (0,signing_signatures/* decodeSignature */.xd)(sigText, sigPath);
    (0,signing_signatures/* assertSignatureEncoding */.su)(signature, key.algorithm, { file: sigPath });
    const r = await (0,signing_signatures/* verifyFileSignature */.YP)(absolute, path, signature, key.key, key.algorithm);
    const ok = r.valid && key.trusted;
    out.checks.push({
        id,
        rule: 'signature',
        variable: path,
        value: ok,
        status: ok ? 'pass' : 'fail',
        severity: 'block',
        message: !r.valid
            ? `the signature does not verify with key ${key.id} (${key.algorithm}): the file changed, or it was signed for another file or with another key`
            : key.trusted
                ? `valid ${key.algorithm} signature by key ${key.id}`
                : `valid signature, but ${untrustedReason(key)}`,
        source,
        details: {
            sha256: r.sha256,
            bytes: r.bytes,
            keyId: key.id,
            keyFingerprint: key.fingerprint,
            signature: sigPath,
        },
    });
    if (ok)
        out.vouched.push({
            absolute,
            path,
            sha256: r.sha256,
            bytes: r.bytes,
            keyId: key.id,
            keyFingerprint: key.fingerprint,
            signature: sigPath,
            method: 'signature',
            ...(m.role ? { configRole: m.role } : {}),
        });
}
/** One OMS bundle of modelSignatures (at index `i`) over a model folder: a check, and each file it lists vouched for when the envelope verifies with a trusted key. */
async function verifyBundle(ctx, o, i, keys, securityFile, out) {
    const source = { file: securityFile, pointer: `/modelSignatures/${i}` };
    const key = keyFor(keys, o.keyId, securityFile, `/modelSignatures/${i}/keyId`);
    out.usedKeyIds.add(key.id);
    const bundleAbsolute = ctx.ssot.resolveRepoPath(o.bundle, `OMS bundle at /modelSignatures/${i}/bundle`);
    const bundlePath = ctx.workspace.display(bundleAbsolute);
    let text;
    try {
        text = await (0,promises_.readFile)(bundleAbsolute, 'utf8');
    }
    catch (error) {
        throw (0,file_errors/* unreadableFile */._)(error, bundlePath, `OMS bundle listed at /modelSignatures/${i}`);
    }
    out.signatureFiles.add(bundleAbsolute);
    out.bundles.push(bundleAbsolute);
    const modelAbsolute = ctx.ssot.resolveRepoPath(o.modelPath, `signed model at /modelSignatures/${i}/modelPath`);
    const modelPath = ctx.workspace.display(modelAbsolute);
    // The bundle itself may sit in the signed folder: it cannot sign itself.
    const ignore = [
        ...(o.ignore ?? []),
        ...(bundleAbsolute !== modelAbsolute && (0,paths/* isInside */.F)(modelAbsolute, bundleAbsolute)
            ? [(0,external_node_path_.relative)(modelAbsolute, bundleAbsolute).split(external_node_path_.sep).join('/')]
            : []),
    ];
    const r = await verifyOmsBundle(text, bundlePath, modelAbsolute, modelPath, key.key, key.algorithm, {
        ignore,
        allowExtraFiles: o.allowExtraFiles ?? false,
        modelPathSource: { file: securityFile, pointer: `/modelSignatures/${i}/modelPath` },
    });
    const envelopeOk = r.signatureValid && r.subjectDigestValid && key.trusted;
    const problems = [
        ...(r.signatureValid ? [] : [`the envelope signature does not verify with key ${key.id}`]),
        ...(r.signatureValid && !key.trusted ? [`valid signature, but ${untrustedReason(key)}`] : []),
        ...(r.subjectDigestValid ? [] : ['the subject digest does not match the listed files']),
        ...r.links.map((l) => `symbolic link ${l.path} -> ${l.target} (links are not followed; model-signing refuses them too; put the file itself in the folder)`),
        ...r.special.map((f) => `${f} is not a regular file`),
        ...r.missing.map((f) => `missing ${f}`),
        ...r.changed.map((f) => `changed ${f}`),
        ...r.extra.map((f) => `extra ${f} (not signed; list it in ignore or set allowExtraFiles)`),
    ];
    out.checks.push({
        id: `G2.oms.${modelPath}`,
        rule: 'oms_signature',
        variable: modelPath,
        value: problems.length === 0,
        status: problems.length === 0 ? 'pass' : 'fail',
        severity: 'block',
        message: problems.length === 0
            ? `OMS bundle verified: ${r.files} files, key ${key.id}`
            : problems.join('; '),
        source,
        details: {
            files: r.files,
            missing: r.missing,
            changed: r.changed,
            extra: r.extra,
            links: r.links,
            bundle: bundlePath,
            keyId: key.id,
            keyFingerprint: key.fingerprint,
        },
    });
    if (!envelopeOk)
        return;
    for (const f of r.verified) {
        const absolute = f.name === '.' ? modelAbsolute : (0,external_node_path_.join)(modelAbsolute, f.name);
        out.vouched.push({
            absolute,
            path: ctx.workspace.display(absolute),
            sha256: f.sha256,
            bytes: f.bytes,
            keyId: key.id,
            keyFingerprint: key.fingerprint,
            signature: bundlePath,
            method: 'oms',
        });
    }
}

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/scan-files.js







/** The scan targets, each file once (by real path), in a stable order. */
async function scanTargets(model, material, folders, display) {
    const out = [];
    const seen = new Set();
    const add = (t) => {
        // A missing file keeps its own path: it is reported when it is opened.
        const key = t.link ? t.absolute : (0,paths/* realOrSelf */.e)(t.absolute);
        if (seen.has(key))
            return;
        seen.add(key);
        out.push(t);
    };
    add({ absolute: model, display: display(model), origin: 'model' });
    for (const m of material)
        add({ absolute: m, display: display(m), origin: 'release material' });
    for (const folder of folders) {
        // A bundle may sign a single file (model-signing names it "."): then that file is the target.
        if (isFile(folder)) {
            add({ absolute: folder, display: display(folder), origin: 'signed file' });
            continue;
        }
        let entries;
        try {
            entries = await listFolder(folder);
        }
        catch (error) {
            throw (0,file_errors/* unreadableFile */._)(error, display(folder), 'the signed model folder (modelSignatures[].modelPath)');
        }
        const origin = `signed folder ${display(folder)}/`;
        for (const e of entries)
            add({
                absolute: e.absolute,
                display: display(e.absolute),
                origin,
                ...(e.link ? { link: e.link } : {}),
                ...(e.kind === 'other' ? { special: true } : {}),
            });
    }
    return out;
}
function isFolder(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
function isFile(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path).isFile();
    }
    catch {
        return false;
    }
}
/** ONNX external data next to the model: its size, and whether it resolves outside the model's folder. */
function externalLookup(model) {
    const base = (0,external_node_path_.dirname)(model);
    return (location) => {
        try {
            const real = (0,external_node_fs_.realpathSync)((0,external_node_path_.join)(base, location));
            return { size: (0,external_node_fs_.statSync)(real).size, outside: !(0,paths/* isInside */.F)((0,external_node_fs_.realpathSync)(base), real) };
        }
        catch {
            return undefined;
        }
    };
}
/** Scans one target, reading the file by ranges (files over 2 GiB included). */
async function scanTarget(t, policy) {
    const base = { file: t.display, globals: [], parts: [] };
    const target = printable(t.link?.target ?? '');
    if (t.link) {
        if (t.link.dangling)
            return {
                ...base,
                format: 'symlink',
                scanned: false,
                executable: false,
                reason: `a symbolic link to "${target}", which does not exist`,
                findings: [],
            };
        if (!t.link.inside)
            return {
                ...base,
                format: 'symlink',
                scanned: false,
                executable: false,
                reason: `a symbolic link to "${target}" outside the folder, not followed`,
                findings: [
                    {
                        severity: 'critical',
                        message: `symbolic link to "${target}" leaves the ${t.origin}: a loader would read a file that is neither signed nor scanned`,
                    },
                ],
            };
        return {
            ...base,
            format: 'symlink',
            scanned: true,
            executable: false,
            findings: [],
            parts: [
                `symbolic link to "${target}" inside the folder (its target is scanned at its own path)`,
            ],
        };
    }
    if (t.special)
        return {
            ...base,
            format: 'special',
            scanned: false,
            executable: false,
            reason: 'not a regular file (a FIFO, a socket or a device)',
            findings: [],
        };
    if (isFolder(t.absolute))
        return {
            ...base,
            format: 'folder',
            scanned: false,
            executable: false,
            reason: `"${printable(t.display)}" is a folder, not a file (G2 scans the files of a folder only when an OMS signature covers it, in modelSignatures)`,
            findings: [],
        };
    let source;
    try {
        source = new byte_source/* FileSource */._n(t.absolute);
    }
    catch (error) {
        throw (0,file_errors/* unreadableFile */._)(error, t.display, `a file to scan (${t.origin})`);
    }
    try {
        return await scanModelFile(t.display, source, policy, externalLookup(t.absolute));
    }
    finally {
        source.close();
    }
}
/**
 * Scans every target. A file a scanned ONNX model names as its external
 * data is then reported as what it is, tensor bytes, rather than as a
 * format nobody recognises, but only when it is inside that model's folder
 * (links resolved) and the tensors account for every byte of it (gaps may
 * only be zero padding): a file that merely shares a name with a tensor's
 * location, or holds more than the tensors, stays "not scanned". Tensor
 * bytes can begin like a pickle (an int64 640 is 80 02 ...): a file whose
 * only reading as a pickle is one Python cannot load, with nothing found
 * and nothing else left unjudged, is relabelled the same way (and so is not
 * a pickle for forbidPickle either). A pickle Python loads, or one that
 * imports anything, keeps its findings whatever a tensor names.
 */
async function scanAll(targets, policy) {
    const scans = [];
    for (const t of targets)
        scans.push(await scanTarget(t, policy));
    const named = new Map();
    for (const [i, s] of scans.entries()) {
        const folder = (0,external_node_path_.dirname)(targets[i].absolute);
        for (const ref of s.references ?? []) {
            const real = (0,paths/* realOrSelf */.e)((0,external_node_path_.join)(folder, ref.location));
            if (!(0,paths/* isInside */.F)((0,paths/* realOrSelf */.e)(folder), real))
                continue;
            const entry = named.get(real) ?? { model: s.file, ranges: [] };
            entry.ranges.push(...ref.ranges);
            named.set(real, entry);
        }
    }
    return scans.map((s, i) => {
        const t = targets[i];
        const ref = named.get((0,paths/* realOrSelf */.e)(t.absolute));
        const unrecognised = s.format === 'unknown' && !s.findings.length;
        if (!ref ||
            s.scanned ||
            !(unrecognised || s.unloadablePickleOnly) ||
            t.link ||
            !onlyTensorBytes(t.absolute, ref.ranges))
            return s;
        return {
            file: s.file,
            format: 'onnx-external-data',
            scanned: true,
            executable: false,
            findings: [],
            globals: [],
            parts: [
                `tensor bytes that ${ref.model} keeps as external data: not executable, nothing to scan`,
            ],
        };
    });
}
/** True when the ranges cover the file, every byte between or after them being zero (alignment padding). */
function onlyTensorBytes(absolute, ranges) {
    let source;
    try {
        source = new byte_source/* FileSource */._n(absolute);
    }
    catch {
        return false;
    }
    try {
        const zeros = (from, to) => {
            for (let at = from; at < to; at += 1 << 20)
                if (source.read(at, Math.min(1 << 20, to - at)).some((b) => b !== 0))
                    return false;
            return true;
        };
        let covered = 0;
        for (const r of [...ranges].sort((a, b) => a.offset - b.offset)) {
            if (r.offset > covered && !zeros(covered, r.offset))
                return false;
            covered = Math.max(covered, r.offset + r.length);
        }
        return zeros(covered, source.size);
    }
    finally {
        source.close();
    }
}
/** The evidence check for one scanned file. */
function scanCheck(scan, policy, origin) {
    const blocking = scan.findings.some((f) => f.severity === 'critical' || f.severity === 'high');
    const status = blocking
        ? 'fail'
        : !scan.scanned
            ? policy.unscannable
            : scan.findings.length
                ? 'warn'
                : 'pass';
    const listed = scan.findings.slice(0, 10).map((f) => `${f.severity}: ${f.message}`);
    const findings = scan.findings.length > 10
        ? [...listed, `and ${scan.findings.length - 10} more (see details)`]
        : listed;
    const message = !scan.scanned
        ? [`not scanned: ${scan.reason}`, ...findings].join('; ')
        : findings.length
            ? `${scan.format}: ${findings.join('; ')}`
            : scan.executable
                ? `${scan.format}: no issues`
                : `${scan.format}: not executable, nothing to scan`;
    return {
        id: `G2.model_scan.${scan.file}`,
        rule: 'model_scan',
        variable: scan.file,
        value: scan.scanned ? scan.findings.length : null,
        operator: '<=',
        threshold: 0,
        unit: 'findings',
        status,
        severity: status === 'warn' ? 'warn' : 'block',
        message,
        details: {
            origin,
            format: scan.format,
            scanned: scan.scanned,
            executable: scan.executable,
            ...(scan.findings.length > 10 ? { findings: scan.findings } : {}),
            ...(scan.parts.length ? { parts: scan.parts.slice(0, 50) } : {}),
            ...(scan.globals.length
                ? {
                    globals: scan.globals
                        .slice(0, 100)
                        .map((g) => ({ path: shownName(g.path), tier: g.tier, count: g.count })),
                }
                : {}),
        },
    };
}
/** "3 of 4 files scanned (1 plain data), 1 not scanned: a.bin" for the gate summary. */
function scanSummary(scans) {
    const scanned = scans.filter((s) => s.scanned);
    const data = scanned.filter((s) => !s.executable).length;
    const missed = scans.filter((s) => !s.scanned).map((s) => s.file);
    return `${scanned.length} of ${scans.length} files scanned${data ? ` (${data} plain data)` : ''}${missed.length ? `, not scanned: ${missed.slice(0, 5).join(', ')}${missed.length > 5 ? ', ...' : ''}` : ''}`;
}
/** The report's "Model files" table. */
function scanTable(scans) {
    return {
        title: 'Model files',
        columns: ['file', 'format', 'scanned', 'findings'],
        rows: scans.map((s) => [
            s.file,
            s.format,
            s.scanned ? (s.executable ? 'yes' : 'data only') : `no: ${s.reason}`,
            s.findings.map((f) => `${f.severity}: ${f.message}`).join('; ') || 'none',
        ]),
    };
}

// EXTERNAL MODULE: ./build/src/ssot/json-file.js
var json_file = __webpack_require__(96732);
// EXTERNAL MODULE: ./node_modules/ajv-draft-04/dist/index.js
var dist = __webpack_require__(70905);
;// CONCATENATED MODULE: ./build/ssot/schemas/vulnerability-reports/npm-audit-v2.schema.json
const npm_audit_v2_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/vulnerability-reports/npm-audit-v2.schema.json","title":"npm audit --json, report version 2 (npm 7 and later): the parts modelgate reads","type":"object","required":["auditReportVersion","vulnerabilities"],"properties":{"auditReportVersion":{"const":2},"vulnerabilities":{"type":"object","additionalProperties":{"$ref":"#/$defs/vulnerability"}},"metadata":{"type":"object"}},"$defs":{"severity":{"enum":["info","low","moderate","high","critical"]},"vulnerability":{"type":"object","required":["name","severity","via"],"properties":{"name":{"type":"string","minLength":1},"severity":{"$ref":"#/$defs/severity"},"isDirect":{"type":"boolean"},"via":{"type":"array","items":{"anyOf":[{"type":"string","minLength":1},{"$ref":"#/$defs/advisory"}]}},"effects":{"type":"array","items":{"type":"string"}},"range":{"type":"string"},"nodes":{"type":"array","items":{"type":"string"}},"fixAvailable":{"anyOf":[{"type":"boolean"},{"type":"object","required":["name","version"],"properties":{"name":{"type":"string"},"version":{"type":"string"},"isSemVerMajor":{"type":"boolean"}}}]}}},"advisory":{"type":"object","required":["source","name","title","url","severity"],"properties":{"source":{"type":"integer"},"name":{"type":"string","minLength":1},"dependency":{"type":"string"},"title":{"type":"string"},"url":{"type":"string"},"severity":{"$ref":"#/$defs/severity"},"cwe":{"type":"array","items":{"type":"string"}},"cvss":{"type":"object"},"range":{"type":"string"}}}}}');
;// CONCATENATED MODULE: ./build/ssot/schemas/vulnerability-reports/osv-scanner.schema.json
const osv_scanner_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/vulnerability-reports/osv-scanner.schema.json","title":"osv-scanner --format json: the parts modelgate reads (vulnerabilities are OSV records, https://ossf.github.io/osv-schema/)","type":"object","required":["results"],"properties":{"results":{"type":"array","items":{"$ref":"#/$defs/result"}}},"$defs":{"result":{"type":"object","required":["packages"],"properties":{"source":{"type":"object","properties":{"path":{"type":"string"},"type":{"type":"string"}}},"packages":{"type":"array","items":{"$ref":"#/$defs/package"}}}},"package":{"type":"object","required":["package"],"properties":{"package":{"type":"object","required":["name"],"properties":{"name":{"type":"string","minLength":1},"version":{"type":"string"},"ecosystem":{"type":"string"}}},"vulnerabilities":{"type":"array","items":{"$ref":"#/$defs/osv"}},"groups":{"type":"array","items":{"$ref":"#/$defs/group"}}}},"group":{"type":"object","required":["ids"],"properties":{"ids":{"type":"array","minItems":1,"items":{"type":"string"}},"aliases":{"type":"array","items":{"type":"string"}},"max_severity":{"type":"string"}}},"osv":{"type":"object","required":["id"],"properties":{"id":{"type":"string","minLength":1},"aliases":{"type":"array","items":{"type":"string"}},"summary":{"type":"string"},"details":{"type":"string"},"severity":{"type":"array","items":{"type":"object","required":["type","score"],"properties":{"type":{"type":"string"},"score":{"type":"string"}}}},"affected":{"type":"array","items":{"$ref":"#/$defs/affected"}},"database_specific":{"type":"object"}}},"affected":{"type":"object","properties":{"package":{"type":"object","properties":{"name":{"type":"string"},"ecosystem":{"type":"string"},"purl":{"type":"string"}}},"ranges":{"type":"array","items":{"$ref":"#/$defs/range"}},"versions":{"type":"array","items":{"type":"string"}}}},"range":{"type":"object","required":["type","events"],"properties":{"type":{"enum":["SEMVER","ECOSYSTEM","GIT"]},"events":{"type":"array","items":{"type":"object","minProperties":1,"properties":{"introduced":{"type":"string"},"fixed":{"type":"string"},"last_affected":{"type":"string"},"limit":{"type":"string"}}}}}}}}');
;// CONCATENATED MODULE: ./build/ssot/schemas/vulnerability-reports/pip-audit.schema.json
const pip_audit_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/vulnerability-reports/pip-audit.schema.json","title":"pip-audit -f json: the parts modelgate reads","type":"object","required":["dependencies"],"properties":{"dependencies":{"type":"array","items":{"$ref":"#/$defs/dependency"}},"fixes":{"type":"array"}},"$defs":{"dependency":{"type":"object","required":["name"],"properties":{"name":{"type":"string","minLength":1},"version":{"type":"string"},"vulns":{"type":"array","items":{"$ref":"#/$defs/vulnerability"}},"skip_reason":{"type":"string"}},"anyOf":[{"required":["vulns"]},{"required":["skip_reason"]}]},"vulnerability":{"type":"object","required":["id"],"properties":{"id":{"type":"string","minLength":1},"fix_versions":{"type":"array","items":{"type":"string"}},"aliases":{"type":"array","items":{"type":"string"}},"description":{"type":"string"}}}}}');
;// CONCATENATED MODULE: ./build/ssot/schemas/vulnerability-reports/sarif-2.1.0-rtm.5.json
const sarif_2_1_0_rtm_5_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-04/schema#","title":"Static Analysis Results Format (SARIF) Version 2.1.0-rtm.5 JSON Schema","id":"https://raw.githubusercontent.com/schemastore/schemastore/master/src/schemas/json/sarif-2.1.0-rtm.5.json","description":"Static Analysis Results Format (SARIF) Version 2.1.0-rtm.5 JSON Schema: a standard format for the output of static analysis tools.","additionalProperties":false,"type":"object","properties":{"$schema":{"description":"The URI of the JSON schema corresponding to the version.","type":"string","format":"uri"},"version":{"description":"The SARIF format version of this log file.","enum":["2.1.0"]},"runs":{"description":"The set of runs contained in this log file.","type":"array","minItems":0,"uniqueItems":false,"items":{"$ref":"#/definitions/run"}},"inlineExternalProperties":{"description":"References to external property files that share data between runs.","type":"array","minItems":0,"uniqueItems":true,"items":{"$ref":"#/definitions/externalProperties"}},"properties":{"description":"Key/value pairs that provide additional information about the log file.","$ref":"#/definitions/propertyBag"}},"required":["version","runs"],"definitions":{"address":{"description":"A physical or virtual address, or a range of addresses, in an \'addressable region\' (memory or a binary file).","additionalProperties":false,"type":"object","properties":{"absoluteAddress":{"description":"The address expressed as a byte offset from the start of the addressable region.","type":"integer","minimum":-1,"default":-1},"relativeAddress":{"description":"The address expressed as a byte offset from the absolute address of the top-most parent object.","type":"integer"},"length":{"description":"The number of bytes in this range of addresses.","type":"integer"},"kind":{"description":"An open-ended string that identifies the address kind. \'data\', \'function\', \'header\',\'instruction\', \'module\', \'page\', \'section\', \'segment\', \'stack\', \'stackFrame\', \'table\' are well-known values.","type":"string"},"name":{"description":"A name that is associated with the address, e.g., \'.text\'.","type":"string"},"fullyQualifiedName":{"description":"A human-readable fully qualified name that is associated with the address.","type":"string"},"offsetFromParent":{"description":"The byte offset of this address from the absolute or relative address of the parent object.","type":"integer"},"index":{"description":"The index within run.addresses of the cached object for this address.","type":"integer","default":-1,"minimum":-1},"parentIndex":{"description":"The index within run.addresses of the parent object.","type":"integer","default":-1,"minimum":-1},"properties":{"description":"Key/value pairs that provide additional information about the address.","$ref":"#/definitions/propertyBag"}}},"artifact":{"description":"A single artifact. In some cases, this artifact might be nested within another artifact.","additionalProperties":false,"type":"object","properties":{"description":{"description":"A short description of the artifact.","$ref":"#/definitions/message"},"location":{"description":"The location of the artifact.","$ref":"#/definitions/artifactLocation"},"parentIndex":{"description":"Identifies the index of the immediate parent of the artifact, if this artifact is nested.","type":"integer","default":-1,"minimum":-1},"offset":{"description":"The offset in bytes of the artifact within its containing artifact.","type":"integer","minimum":0},"length":{"description":"The length of the artifact in bytes.","type":"integer","default":-1,"minimum":-1},"roles":{"description":"The role or roles played by the artifact in the analysis.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"enum":["analysisTarget","attachment","responseFile","resultFile","standardStream","tracedFile","unmodified","modified","added","deleted","renamed","uncontrolled","driver","extension","translation","taxonomy","policy","referencedOnCommandLine","memoryContents","directory","userSpecifiedConfiguration","toolSpecifiedConfiguration","debugOutputFile"]}},"mimeType":{"description":"The MIME type (RFC 2045) of the artifact.","type":"string","pattern":"[^/]+/.+"},"contents":{"description":"The contents of the artifact.","$ref":"#/definitions/artifactContent"},"encoding":{"description":"Specifies the encoding for an artifact object that refers to a text file.","type":"string"},"sourceLanguage":{"description":"Specifies the source language for any artifact object that refers to a text file that contains source code.","type":"string"},"hashes":{"description":"A dictionary, each of whose keys is the name of a hash function and each of whose values is the hashed value of the artifact produced by the specified hash function.","type":"object","additionalProperties":{"type":"string"}},"lastModifiedTimeUtc":{"description":"The Coordinated Universal Time (UTC) date and time at which the artifact was most recently modified. See \\"Date/time properties\\" in the SARIF spec for the required format.","type":"string","format":"date-time"},"properties":{"description":"Key/value pairs that provide additional information about the artifact.","$ref":"#/definitions/propertyBag"}}},"artifactChange":{"description":"A change to a single artifact.","additionalProperties":false,"type":"object","properties":{"artifactLocation":{"description":"The location of the artifact to change.","$ref":"#/definitions/artifactLocation"},"replacements":{"description":"An array of replacement objects, each of which represents the replacement of a single region in a single artifact specified by \'artifactLocation\'.","type":"array","minItems":1,"uniqueItems":false,"items":{"$ref":"#/definitions/replacement"}},"properties":{"description":"Key/value pairs that provide additional information about the change.","$ref":"#/definitions/propertyBag"}},"required":["artifactLocation","replacements"]},"artifactContent":{"description":"Represents the contents of an artifact.","type":"object","additionalProperties":false,"properties":{"text":{"description":"UTF-8-encoded content from a text artifact.","type":"string"},"binary":{"description":"MIME Base64-encoded content from a binary artifact, or from a text artifact in its original encoding.","type":"string"},"rendered":{"description":"An alternate rendered representation of the artifact (e.g., a decompiled representation of a binary region).","$ref":"#/definitions/multiformatMessageString"},"properties":{"description":"Key/value pairs that provide additional information about the artifact content.","$ref":"#/definitions/propertyBag"}}},"artifactLocation":{"description":"Specifies the location of an artifact.","additionalProperties":false,"type":"object","properties":{"uri":{"description":"A string containing a valid relative or absolute URI.","type":"string","format":"uri-reference"},"uriBaseId":{"description":"A string which indirectly specifies the absolute URI with respect to which a relative URI in the \\"uri\\" property is interpreted.","type":"string"},"index":{"description":"The index within the run artifacts array of the artifact object associated with the artifact location.","type":"integer","default":-1,"minimum":-1},"description":{"description":"A short description of the artifact location.","$ref":"#/definitions/message"},"properties":{"description":"Key/value pairs that provide additional information about the artifact location.","$ref":"#/definitions/propertyBag"}}},"attachment":{"description":"An artifact relevant to a result.","type":"object","additionalProperties":false,"properties":{"description":{"description":"A message describing the role played by the attachment.","$ref":"#/definitions/message"},"artifactLocation":{"description":"The location of the attachment.","$ref":"#/definitions/artifactLocation"},"regions":{"description":"An array of regions of interest within the attachment.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/region"}},"rectangles":{"description":"An array of rectangles specifying areas of interest within the image.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/rectangle"}},"properties":{"description":"Key/value pairs that provide additional information about the attachment.","$ref":"#/definitions/propertyBag"}},"required":["artifactLocation"]},"codeFlow":{"description":"A set of threadFlows which together describe a pattern of code execution relevant to detecting a result.","additionalProperties":false,"type":"object","properties":{"message":{"description":"A message relevant to the code flow.","$ref":"#/definitions/message"},"threadFlows":{"description":"An array of one or more unique threadFlow objects, each of which describes the progress of a program through a thread of execution.","type":"array","minItems":1,"uniqueItems":false,"items":{"$ref":"#/definitions/threadFlow"}},"properties":{"description":"Key/value pairs that provide additional information about the code flow.","$ref":"#/definitions/propertyBag"}},"required":["threadFlows"]},"configurationOverride":{"description":"Information about how a specific rule or notification was reconfigured at runtime.","type":"object","additionalProperties":false,"properties":{"configuration":{"description":"Specifies how the rule or notification was configured during the scan.","$ref":"#/definitions/reportingConfiguration"},"descriptor":{"description":"A reference used to locate the descriptor whose configuration was overridden.","$ref":"#/definitions/reportingDescriptorReference"},"properties":{"description":"Key/value pairs that provide additional information about the configuration override.","$ref":"#/definitions/propertyBag"}},"required":["configuration","descriptor"]},"conversion":{"description":"Describes how a converter transformed the output of a static analysis tool from the analysis tool\'s native output format into the SARIF format.","additionalProperties":false,"type":"object","properties":{"tool":{"description":"A tool object that describes the converter.","$ref":"#/definitions/tool"},"invocation":{"description":"An invocation object that describes the invocation of the converter.","$ref":"#/definitions/invocation"},"analysisToolLogFiles":{"description":"The locations of the analysis tool\'s per-run log files.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/artifactLocation"}},"properties":{"description":"Key/value pairs that provide additional information about the conversion.","$ref":"#/definitions/propertyBag"}},"required":["tool"]},"edge":{"description":"Represents a directed edge in a graph.","type":"object","additionalProperties":false,"properties":{"id":{"description":"A string that uniquely identifies the edge within its graph.","type":"string"},"label":{"description":"A short description of the edge.","$ref":"#/definitions/message"},"sourceNodeId":{"description":"Identifies the source node (the node at which the edge starts).","type":"string"},"targetNodeId":{"description":"Identifies the target node (the node at which the edge ends).","type":"string"},"properties":{"description":"Key/value pairs that provide additional information about the edge.","$ref":"#/definitions/propertyBag"}},"required":["id","sourceNodeId","targetNodeId"]},"edgeTraversal":{"description":"Represents the traversal of a single edge during a graph traversal.","type":"object","additionalProperties":false,"properties":{"edgeId":{"description":"Identifies the edge being traversed.","type":"string"},"message":{"description":"A message to display to the user as the edge is traversed.","$ref":"#/definitions/message"},"finalState":{"description":"The values of relevant expressions after the edge has been traversed.","type":"object","additionalProperties":{"$ref":"#/definitions/multiformatMessageString"}},"stepOverEdgeCount":{"description":"The number of edge traversals necessary to return from a nested graph.","type":"integer","minimum":0},"properties":{"description":"Key/value pairs that provide additional information about the edge traversal.","$ref":"#/definitions/propertyBag"}},"required":["edgeId"]},"exception":{"description":"Describes a runtime exception encountered during the execution of an analysis tool.","type":"object","additionalProperties":false,"properties":{"kind":{"type":"string","description":"A string that identifies the kind of exception, for example, the fully qualified type name of an object that was thrown, or the symbolic name of a signal."},"message":{"description":"A message that describes the exception.","type":"string"},"stack":{"description":"The sequence of function calls leading to the exception.","$ref":"#/definitions/stack"},"innerExceptions":{"description":"An array of exception objects each of which is considered a cause of this exception.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/exception"}},"properties":{"description":"Key/value pairs that provide additional information about the exception.","$ref":"#/definitions/propertyBag"}}},"externalProperties":{"description":"The top-level element of an external property file.","type":"object","additionalProperties":false,"properties":{"schema":{"description":"The URI of the JSON schema corresponding to the version of the external property file format.","type":"string","format":"uri"},"version":{"description":"The SARIF format version of this external properties object.","enum":["2.1.0"]},"guid":{"description":"A stable, unique identifier for this external properties object, in the form of a GUID.","type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"},"runGuid":{"description":"A stable, unique identifier for the run associated with this external properties object, in the form of a GUID.","type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"},"conversion":{"description":"A conversion object that will be merged with a separate run.","$ref":"#/definitions/conversion"},"graphs":{"description":"An array of graph objects that will be merged with a separate run.","type":"array","minItems":0,"default":[],"uniqueItems":true,"items":{"$ref":"#/definitions/graph"}},"externalizedProperties":{"description":"Key/value pairs that provide additional information that will be merged with a separate run.","$ref":"#/definitions/propertyBag"},"artifacts":{"description":"An array of artifact objects that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":true,"items":{"$ref":"#/definitions/artifact"}},"invocations":{"description":"Describes the invocation of the analysis tool that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/invocation"}},"logicalLocations":{"description":"An array of logical locations such as namespaces, types or functions that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/logicalLocation"}},"threadFlowLocations":{"description":"An array of threadFlowLocation objects that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/threadFlowLocation"}},"results":{"description":"An array of result objects that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/result"}},"taxonomies":{"description":"Tool taxonomies that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/toolComponent"}},"driver":{"description":"The analysis tool object that will be merged with a separate run.","$ref":"#/definitions/toolComponent"},"extensions":{"description":"Tool extensions that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/toolComponent"}},"policies":{"description":"Tool policies that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/toolComponent"}},"translations":{"description":"Tool translations that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/toolComponent"}},"addresses":{"description":"Addresses that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/address"}},"webRequests":{"description":"Requests that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/webRequest"}},"webResponses":{"description":"Responses that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/webResponse"}},"properties":{"description":"Key/value pairs that provide additional information about the external properties.","$ref":"#/definitions/propertyBag"}}},"externalPropertyFileReference":{"description":"Contains information that enables a SARIF consumer to locate the external property file that contains the value of an externalized property associated with the run.","type":"object","additionalProperties":false,"properties":{"location":{"description":"The location of the external property file.","$ref":"#/definitions/artifactLocation"},"guid":{"description":"A stable, unique identifier for the external property file in the form of a GUID.","type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"},"itemCount":{"description":"A non-negative integer specifying the number of items contained in the external property file.","type":"integer","default":-1,"minimum":-1},"properties":{"description":"Key/value pairs that provide additional information about the external property file.","$ref":"#/definitions/propertyBag"}},"anyOf":[{"required":["location"]},{"required":["guid"]}]},"externalPropertyFileReferences":{"description":"References to external property files that should be inlined with the content of a root log file.","additionalProperties":false,"type":"object","properties":{"conversion":{"description":"An external property file containing a run.conversion object to be merged with the root log file.","$ref":"#/definitions/externalPropertyFileReference"},"graphs":{"description":"An array of external property files containing a run.graphs object to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"externalizedProperties":{"description":"An external property file containing a run.properties object to be merged with the root log file.","$ref":"#/definitions/externalPropertyFileReference"},"artifacts":{"description":"An array of external property files containing run.artifacts arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"invocations":{"description":"An array of external property files containing run.invocations arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"logicalLocations":{"description":"An array of external property files containing run.logicalLocations arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"threadFlowLocations":{"description":"An array of external property files containing run.threadFlowLocations arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"results":{"description":"An array of external property files containing run.results arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"taxonomies":{"description":"An array of external property files containing run.taxonomies arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"addresses":{"description":"An array of external property files containing run.addresses arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"driver":{"description":"An external property file containing a run.driver object to be merged with the root log file.","$ref":"#/definitions/externalPropertyFileReference"},"extensions":{"description":"An array of external property files containing run.extensions arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"policies":{"description":"An array of external property files containing run.policies arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"translations":{"description":"An array of external property files containing run.translations arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"webRequests":{"description":"An array of external property files containing run.requests arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"webResponses":{"description":"An array of external property files containing run.responses arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"properties":{"description":"Key/value pairs that provide additional information about the external property files.","$ref":"#/definitions/propertyBag"}}},"fix":{"description":"A proposed fix for the problem represented by a result object. A fix specifies a set of artifacts to modify. For each artifact, it specifies a set of bytes to remove, and provides a set of new bytes to replace them.","additionalProperties":false,"type":"object","properties":{"description":{"description":"A message that describes the proposed fix, enabling viewers to present the proposed change to an end user.","$ref":"#/definitions/message"},"artifactChanges":{"description":"One or more artifact changes that comprise a fix for a result.","type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/definitions/artifactChange"}},"properties":{"description":"Key/value pairs that provide additional information about the fix.","$ref":"#/definitions/propertyBag"}},"required":["artifactChanges"]},"graph":{"description":"A network of nodes and directed edges that describes some aspect of the structure of the code (for example, a call graph).","type":"object","additionalProperties":false,"properties":{"description":{"description":"A description of the graph.","$ref":"#/definitions/message"},"nodes":{"description":"An array of node objects representing the nodes of the graph.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/node"}},"edges":{"description":"An array of edge objects representing the edges of the graph.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/edge"}},"properties":{"description":"Key/value pairs that provide additional information about the graph.","$ref":"#/definitions/propertyBag"}}},"graphTraversal":{"description":"Represents a path through a graph.","type":"object","additionalProperties":false,"properties":{"runGraphIndex":{"description":"The index within the run.graphs to be associated with the result.","type":"integer","default":-1,"minimum":-1},"resultGraphIndex":{"description":"The index within the result.graphs to be associated with the result.","type":"integer","default":-1,"minimum":-1},"description":{"description":"A description of this graph traversal.","$ref":"#/definitions/message"},"initialState":{"description":"Values of relevant expressions at the start of the graph traversal that may change during graph traversal.","type":"object","additionalProperties":{"$ref":"#/definitions/multiformatMessageString"}},"immutableState":{"description":"Values of relevant expressions at the start of the graph traversal that remain constant for the graph traversal.","type":"object","additionalProperties":{"$ref":"#/definitions/multiformatMessageString"}},"edgeTraversals":{"description":"The sequences of edges traversed by this graph traversal.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/edgeTraversal"}},"properties":{"description":"Key/value pairs that provide additional information about the graph traversal.","$ref":"#/definitions/propertyBag"}},"oneOf":[{"required":["runGraphIndex"]},{"required":["resultGraphIndex"]}]},"invocation":{"description":"The runtime environment of the analysis tool run.","additionalProperties":false,"type":"object","properties":{"commandLine":{"description":"The command line used to invoke the tool.","type":"string"},"arguments":{"description":"An array of strings, containing in order the command line arguments passed to the tool from the operating system.","type":"array","minItems":0,"uniqueItems":false,"items":{"type":"string"}},"responseFiles":{"description":"The locations of any response files specified on the tool\'s command line.","type":"array","minItems":0,"uniqueItems":true,"items":{"$ref":"#/definitions/artifactLocation"}},"startTimeUtc":{"description":"The Coordinated Universal Time (UTC) date and time at which the invocation started. See \\"Date/time properties\\" in the SARIF spec for the required format.","type":"string","format":"date-time"},"endTimeUtc":{"description":"The Coordinated Universal Time (UTC) date and time at which the invocation ended. See \\"Date/time properties\\" in the SARIF spec for the required format.","type":"string","format":"date-time"},"exitCode":{"description":"The process exit code.","type":"integer"},"ruleConfigurationOverrides":{"description":"An array of configurationOverride objects that describe rules related runtime overrides.","type":"array","minItems":0,"default":[],"uniqueItems":true,"items":{"$ref":"#/definitions/configurationOverride"}},"notificationConfigurationOverrides":{"description":"An array of configurationOverride objects that describe notifications related runtime overrides.","type":"array","minItems":0,"default":[],"uniqueItems":true,"items":{"$ref":"#/definitions/configurationOverride"}},"toolExecutionNotifications":{"description":"A list of runtime conditions detected by the tool during the analysis.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/notification"}},"toolConfigurationNotifications":{"description":"A list of conditions detected by the tool that are relevant to the tool\'s configuration.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/notification"}},"exitCodeDescription":{"description":"The reason for the process exit.","type":"string"},"exitSignalName":{"description":"The name of the signal that caused the process to exit.","type":"string"},"exitSignalNumber":{"description":"The numeric value of the signal that caused the process to exit.","type":"integer"},"processStartFailureMessage":{"description":"The reason given by the operating system that the process failed to start.","type":"string"},"executionSuccessful":{"description":"Specifies whether the tool\'s execution completed successfully.","type":"boolean"},"machine":{"description":"The machine on which the invocation occurred.","type":"string"},"account":{"description":"The account under which the invocation occurred.","type":"string"},"processId":{"description":"The id of the process in which the invocation occurred.","type":"integer"},"executableLocation":{"description":"An absolute URI specifying the location of the executable that was invoked.","$ref":"#/definitions/artifactLocation"},"workingDirectory":{"description":"The working directory for the invocation.","$ref":"#/definitions/artifactLocation"},"environmentVariables":{"description":"The environment variables associated with the analysis tool process, expressed as key/value pairs.","type":"object","additionalProperties":{"type":"string"}},"stdin":{"description":"A file containing the standard input stream to the process that was invoked.","$ref":"#/definitions/artifactLocation"},"stdout":{"description":"A file containing the standard output stream from the process that was invoked.","$ref":"#/definitions/artifactLocation"},"stderr":{"description":"A file containing the standard error stream from the process that was invoked.","$ref":"#/definitions/artifactLocation"},"stdoutStderr":{"description":"A file containing the interleaved standard output and standard error stream from the process that was invoked.","$ref":"#/definitions/artifactLocation"},"properties":{"description":"Key/value pairs that provide additional information about the invocation.","$ref":"#/definitions/propertyBag"}},"required":["executionSuccessful"]},"location":{"description":"A location within a programming artifact.","additionalProperties":false,"type":"object","properties":{"id":{"description":"Value that distinguishes this location from all other locations within a single result object.","type":"integer","minimum":-1,"default":-1},"physicalLocation":{"description":"Identifies the artifact and region.","$ref":"#/definitions/physicalLocation"},"logicalLocations":{"description":"The logical locations associated with the result.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/logicalLocation"}},"message":{"description":"A message relevant to the location.","$ref":"#/definitions/message"},"annotations":{"description":"A set of regions relevant to the location.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/region"}},"relationships":{"description":"An array of objects that describe relationships between this location and others.","type":"array","default":[],"minItems":0,"uniqueItems":true,"items":{"$ref":"#/definitions/locationRelationship"}},"properties":{"description":"Key/value pairs that provide additional information about the location.","$ref":"#/definitions/propertyBag"}}},"locationRelationship":{"description":"Information about the relation of one location to another.","type":"object","additionalProperties":false,"properties":{"target":{"description":"A reference to the related location.","type":"integer","minimum":0},"kinds":{"description":"A set of distinct strings that categorize the relationship. Well-known kinds include \'includes\', \'isIncludedBy\' and \'relevant\'.","type":"array","default":["relevant"],"uniqueItems":true,"items":{"type":"string"}},"description":{"description":"A description of the location relationship.","$ref":"#/definitions/message"},"properties":{"description":"Key/value pairs that provide additional information about the location relationship.","$ref":"#/definitions/propertyBag"}},"required":["target"]},"logicalLocation":{"description":"A logical location of a construct that produced a result.","additionalProperties":false,"type":"object","properties":{"name":{"description":"Identifies the construct in which the result occurred. For example, this property might contain the name of a class or a method.","type":"string"},"index":{"description":"The index within the logical locations array.","type":"integer","default":-1,"minimum":-1},"fullyQualifiedName":{"description":"The human-readable fully qualified name of the logical location.","type":"string"},"decoratedName":{"description":"The machine-readable name for the logical location, such as a mangled function name provided by a C++ compiler that encodes calling convention, return type and other details along with the function name.","type":"string"},"parentIndex":{"description":"Identifies the index of the immediate parent of the construct in which the result was detected. For example, this property might point to a logical location that represents the namespace that holds a type.","type":"integer","default":-1,"minimum":-1},"kind":{"description":"The type of construct this logical location component refers to. Should be one of \'function\', \'member\', \'module\', \'namespace\', \'parameter\', \'resource\', \'returnType\', \'type\', \'variable\', \'object\', \'array\', \'property\', \'value\', \'element\', \'text\', \'attribute\', \'comment\', \'declaration\', \'dtd\' or \'processingInstruction\', if any of those accurately describe the construct.","type":"string"},"properties":{"description":"Key/value pairs that provide additional information about the logical location.","$ref":"#/definitions/propertyBag"}}},"message":{"description":"Encapsulates a message intended to be read by the end user.","type":"object","additionalProperties":false,"properties":{"text":{"description":"A plain text message string.","type":"string"},"markdown":{"description":"A Markdown message string.","type":"string"},"id":{"description":"The identifier for this message.","type":"string"},"arguments":{"description":"An array of strings to substitute into the message string.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"type":"string"}},"properties":{"description":"Key/value pairs that provide additional information about the message.","$ref":"#/definitions/propertyBag"}},"anyOf":[{"required":["text"]},{"required":["id"]}]},"multiformatMessageString":{"description":"A message string or message format string rendered in multiple formats.","type":"object","additionalProperties":false,"properties":{"text":{"description":"A plain text message string or format string.","type":"string"},"markdown":{"description":"A Markdown message string or format string.","type":"string"},"properties":{"description":"Key/value pairs that provide additional information about the message.","$ref":"#/definitions/propertyBag"}},"required":["text"]},"node":{"description":"Represents a node in a graph.","type":"object","additionalProperties":false,"properties":{"id":{"description":"A string that uniquely identifies the node within its graph.","type":"string"},"label":{"description":"A short description of the node.","$ref":"#/definitions/message"},"location":{"description":"A code location associated with the node.","$ref":"#/definitions/location"},"children":{"description":"Array of child nodes.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/node"}},"properties":{"description":"Key/value pairs that provide additional information about the node.","$ref":"#/definitions/propertyBag"}},"required":["id"]},"notification":{"description":"Describes a condition relevant to the tool itself, as opposed to being relevant to a target being analyzed by the tool.","type":"object","additionalProperties":false,"properties":{"locations":{"description":"The locations relevant to this notification.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/location"}},"message":{"description":"A message that describes the condition that was encountered.","$ref":"#/definitions/message"},"level":{"description":"A value specifying the severity level of the notification.","default":"warning","enum":["none","note","warning","error"]},"threadId":{"description":"The thread identifier of the code that generated the notification.","type":"integer"},"timeUtc":{"description":"The Coordinated Universal Time (UTC) date and time at which the analysis tool generated the notification.","type":"string","format":"date-time"},"exception":{"description":"The runtime exception, if any, relevant to this notification.","$ref":"#/definitions/exception"},"descriptor":{"description":"A reference used to locate the descriptor relevant to this notification.","$ref":"#/definitions/reportingDescriptorReference"},"associatedRule":{"description":"A reference used to locate the rule descriptor associated with this notification.","$ref":"#/definitions/reportingDescriptorReference"},"properties":{"description":"Key/value pairs that provide additional information about the notification.","$ref":"#/definitions/propertyBag"}},"required":["message"]},"physicalLocation":{"description":"A physical location relevant to a result. Specifies a reference to a programming artifact together with a range of bytes or characters within that artifact.","additionalProperties":false,"type":"object","properties":{"address":{"description":"The address of the location.","$ref":"#/definitions/address"},"artifactLocation":{"description":"The location of the artifact.","$ref":"#/definitions/artifactLocation"},"region":{"description":"Specifies a portion of the artifact.","$ref":"#/definitions/region"},"contextRegion":{"description":"Specifies a portion of the artifact that encloses the region. Allows a viewer to display additional context around the region.","$ref":"#/definitions/region"},"properties":{"description":"Key/value pairs that provide additional information about the physical location.","$ref":"#/definitions/propertyBag"}},"anyOf":[{"required":["address"]},{"required":["artifactLocation"]}]},"propertyBag":{"description":"Key/value pairs that provide additional information about the object.","type":"object","additionalProperties":true,"properties":{"tags":{"description":"A set of distinct strings that provide additional information.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"type":"string"}}}},"rectangle":{"description":"An area within an image.","additionalProperties":false,"type":"object","properties":{"top":{"description":"The Y coordinate of the top edge of the rectangle, measured in the image\'s natural units.","type":"number"},"left":{"description":"The X coordinate of the left edge of the rectangle, measured in the image\'s natural units.","type":"number"},"bottom":{"description":"The Y coordinate of the bottom edge of the rectangle, measured in the image\'s natural units.","type":"number"},"right":{"description":"The X coordinate of the right edge of the rectangle, measured in the image\'s natural units.","type":"number"},"message":{"description":"A message relevant to the rectangle.","$ref":"#/definitions/message"},"properties":{"description":"Key/value pairs that provide additional information about the rectangle.","$ref":"#/definitions/propertyBag"}}},"region":{"description":"A region within an artifact where a result was detected.","additionalProperties":false,"type":"object","properties":{"startLine":{"description":"The line number of the first character in the region.","type":"integer","minimum":1},"startColumn":{"description":"The column number of the first character in the region.","type":"integer","minimum":1},"endLine":{"description":"The line number of the last character in the region.","type":"integer","minimum":1},"endColumn":{"description":"The column number of the character following the end of the region.","type":"integer","minimum":1},"charOffset":{"description":"The zero-based offset from the beginning of the artifact of the first character in the region.","type":"integer","default":-1,"minimum":-1},"charLength":{"description":"The length of the region in characters.","type":"integer","minimum":0},"byteOffset":{"description":"The zero-based offset from the beginning of the artifact of the first byte in the region.","type":"integer","default":-1,"minimum":-1},"byteLength":{"description":"The length of the region in bytes.","type":"integer","minimum":0},"snippet":{"description":"The portion of the artifact contents within the specified region.","$ref":"#/definitions/artifactContent"},"message":{"description":"A message relevant to the region.","$ref":"#/definitions/message"},"sourceLanguage":{"description":"Specifies the source language, if any, of the portion of the artifact specified by the region object.","type":"string"},"properties":{"description":"Key/value pairs that provide additional information about the region.","$ref":"#/definitions/propertyBag"}}},"replacement":{"description":"The replacement of a single region of an artifact.","additionalProperties":false,"type":"object","properties":{"deletedRegion":{"description":"The region of the artifact to delete.","$ref":"#/definitions/region"},"insertedContent":{"description":"The content to insert at the location specified by the \'deletedRegion\' property.","$ref":"#/definitions/artifactContent"},"properties":{"description":"Key/value pairs that provide additional information about the replacement.","$ref":"#/definitions/propertyBag"}},"required":["deletedRegion"]},"reportingDescriptor":{"description":"Metadata that describes a specific report produced by the tool, as part of the analysis it provides or its runtime reporting.","additionalProperties":false,"type":"object","properties":{"id":{"description":"A stable, opaque identifier for the report.","type":"string"},"deprecatedIds":{"description":"An array of stable, opaque identifiers by which this report was known in some previous version of the analysis tool.","type":"array","minItems":0,"uniqueItems":true,"items":{"type":"string"}},"guid":{"description":"A unique identifier for the reporting descriptor in the form of a GUID.","type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"},"deprecatedGuids":{"description":"An array of unique identifies in the form of a GUID by which this report was known in some previous version of the analysis tool.","type":"array","minItems":0,"uniqueItems":true,"items":{"type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"}},"name":{"description":"A report identifier that is understandable to an end user.","type":"string"},"deprecatedNames":{"description":"An array of readable identifiers by which this report was known in some previous version of the analysis tool.","type":"array","minItems":0,"uniqueItems":true,"items":{"type":"string"}},"shortDescription":{"description":"A concise description of the report. Should be a single sentence that is understandable when visible space is limited to a single line of text.","$ref":"#/definitions/multiformatMessageString"},"fullDescription":{"description":"A description of the report. Should, as far as possible, provide details sufficient to enable resolution of any problem indicated by the result.","$ref":"#/definitions/multiformatMessageString"},"messageStrings":{"description":"A set of name/value pairs with arbitrary names. Each value is a multiformatMessageString object, which holds message strings in plain text and (optionally) Markdown format. The strings can include placeholders, which can be used to construct a message in combination with an arbitrary number of additional string arguments.","type":"object","additionalProperties":{"$ref":"#/definitions/multiformatMessageString"}},"defaultConfiguration":{"description":"Default reporting configuration information.","$ref":"#/definitions/reportingConfiguration"},"helpUri":{"description":"A URI where the primary documentation for the report can be found.","type":"string","format":"uri"},"help":{"description":"Provides the primary documentation for the report, useful when there is no online documentation.","$ref":"#/definitions/multiformatMessageString"},"relationships":{"description":"An array of objects that describe relationships between this reporting descriptor and others.","type":"array","default":[],"minItems":0,"uniqueItems":true,"items":{"$ref":"#/definitions/reportingDescriptorRelationship"}},"properties":{"description":"Key/value pairs that provide additional information about the report.","$ref":"#/definitions/propertyBag"}},"required":["id"]},"reportingConfiguration":{"description":"Information about a rule or notification that can be configured at runtime.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Specifies whether the report may be produced during the scan.","type":"boolean","default":true},"level":{"description":"Specifies the failure level for the report.","default":"warning","enum":["none","note","warning","error"]},"rank":{"description":"Specifies the relative priority of the report. Used for analysis output only.","type":"number","default":-1,"minimum":-1,"maximum":100},"parameters":{"description":"Contains configuration information specific to a report.","$ref":"#/definitions/propertyBag"},"properties":{"description":"Key/value pairs that provide additional information about the reporting configuration.","$ref":"#/definitions/propertyBag"}}},"reportingDescriptorReference":{"description":"Information about how to locate a relevant reporting descriptor.","type":"object","additionalProperties":false,"properties":{"id":{"description":"The id of the descriptor.","type":"string"},"index":{"description":"The index into an array of descriptors in toolComponent.ruleDescriptors, toolComponent.notificationDescriptors, or toolComponent.taxonomyDescriptors, depending on context.","type":"integer","default":-1,"minimum":-1},"guid":{"description":"A guid that uniquely identifies the descriptor.","type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"},"toolComponent":{"description":"A reference used to locate the toolComponent associated with the descriptor.","$ref":"#/definitions/toolComponentReference"},"properties":{"description":"Key/value pairs that provide additional information about the reporting descriptor reference.","$ref":"#/definitions/propertyBag"}},"anyOf":[{"required":["index"]},{"required":["guid"]},{"required":["id"]}]},"reportingDescriptorRelationship":{"description":"Information about the relation of one reporting descriptor to another.","type":"object","additionalProperties":false,"properties":{"target":{"description":"A reference to the related reporting descriptor.","$ref":"#/definitions/reportingDescriptorReference"},"kinds":{"description":"A set of distinct strings that categorize the relationship. Well-known kinds include \'canPrecede\', \'canFollow\', \'willPrecede\', \'willFollow\', \'superset\', \'subset\', \'equal\', \'disjoint\', \'relevant\', and \'incomparable\'.","type":"array","default":["relevant"],"uniqueItems":true,"items":{"type":"string"}},"description":{"description":"A description of the reporting descriptor relationship.","$ref":"#/definitions/message"},"properties":{"description":"Key/value pairs that provide additional information about the reporting descriptor reference.","$ref":"#/definitions/propertyBag"}},"required":["target"]},"result":{"description":"A result produced by an analysis tool.","additionalProperties":false,"type":"object","properties":{"ruleId":{"description":"The stable, unique identifier of the rule, if any, to which this result is relevant.","type":"string"},"ruleIndex":{"description":"The index within the tool component rules array of the rule object associated with this result.","type":"integer","default":-1,"minimum":-1},"rule":{"description":"A reference used to locate the rule descriptor relevant to this result.","$ref":"#/definitions/reportingDescriptorReference"},"kind":{"description":"A value that categorizes results by evaluation state.","default":"fail","enum":["notApplicable","pass","fail","review","open","informational"]},"level":{"description":"A value specifying the severity level of the result.","default":"warning","enum":["none","note","warning","error"]},"message":{"description":"A message that describes the result. The first sentence of the message only will be displayed when visible space is limited.","$ref":"#/definitions/message"},"analysisTarget":{"description":"Identifies the artifact that the analysis tool was instructed to scan. This need not be the same as the artifact where the result actually occurred.","$ref":"#/definitions/artifactLocation"},"locations":{"description":"The set of locations where the result was detected. Specify only one location unless the problem indicated by the result can only be corrected by making a change at every specified location.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/location"}},"guid":{"description":"A stable, unique identifier for the result in the form of a GUID.","type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"},"correlationGuid":{"description":"A stable, unique identifier for the equivalence class of logically identical results to which this result belongs, in the form of a GUID.","type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"},"occurrenceCount":{"description":"A positive integer specifying the number of times this logically unique result was observed in this run.","type":"integer","minimum":1},"partialFingerprints":{"description":"A set of strings that contribute to the stable, unique identity of the result.","type":"object","additionalProperties":{"type":"string"}},"fingerprints":{"description":"A set of strings each of which individually defines a stable, unique identity for the result.","type":"object","additionalProperties":{"type":"string"}},"stacks":{"description":"An array of \'stack\' objects relevant to the result.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/stack"}},"codeFlows":{"description":"An array of \'codeFlow\' objects relevant to the result.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/codeFlow"}},"graphs":{"description":"An array of zero or more unique graph objects associated with the result.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/graph"}},"graphTraversals":{"description":"An array of one or more unique \'graphTraversal\' objects.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/graphTraversal"}},"relatedLocations":{"description":"A set of locations relevant to this result.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/location"}},"suppressions":{"description":"A set of suppressions relevant to this result.","type":"array","minItems":0,"uniqueItems":true,"items":{"$ref":"#/definitions/suppression"}},"baselineState":{"description":"The state of a result relative to a baseline of a previous run.","enum":["new","unchanged","updated","absent"]},"rank":{"description":"A number representing the priority or importance of the result.","type":"number","default":-1,"minimum":-1,"maximum":100},"attachments":{"description":"A set of artifacts relevant to the result.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/attachment"}},"hostedViewerUri":{"description":"An absolute URI at which the result can be viewed.","type":"string","format":"uri"},"workItemUris":{"description":"The URIs of the work items associated with this result.","type":"array","minItems":0,"uniqueItems":true,"items":{"type":"string","format":"uri"}},"provenance":{"description":"Information about how and when the result was detected.","$ref":"#/definitions/resultProvenance"},"fixes":{"description":"An array of \'fix\' objects, each of which represents a proposed fix to the problem indicated by the result.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/fix"}},"taxa":{"description":"An array of references to taxonomy reporting descriptors that are applicable to the result.","type":"array","default":[],"minItems":0,"uniqueItems":true,"items":{"$ref":"#/definitions/reportingDescriptorReference"}},"webRequest":{"description":"A web request associated with this result.","$ref":"#/definitions/webRequest"},"webResponse":{"description":"A web response associated with this result.","$ref":"#/definitions/webResponse"},"properties":{"description":"Key/value pairs that provide additional information about the result.","$ref":"#/definitions/propertyBag"}},"required":["message"]},"resultProvenance":{"description":"Contains information about how and when a result was detected.","additionalProperties":false,"type":"object","properties":{"firstDetectionTimeUtc":{"description":"The Coordinated Universal Time (UTC) date and time at which the result was first detected. See \\"Date/time properties\\" in the SARIF spec for the required format.","type":"string","format":"date-time"},"lastDetectionTimeUtc":{"description":"The Coordinated Universal Time (UTC) date and time at which the result was most recently detected. See \\"Date/time properties\\" in the SARIF spec for the required format.","type":"string","format":"date-time"},"firstDetectionRunGuid":{"description":"A GUID-valued string equal to the automationDetails.guid property of the run in which the result was first detected.","type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"},"lastDetectionRunGuid":{"description":"A GUID-valued string equal to the automationDetails.guid property of the run in which the result was most recently detected.","type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"},"invocationIndex":{"description":"The index within the run.invocations array of the invocation object which describes the tool invocation that detected the result.","type":"integer","default":-1,"minimum":-1},"conversionSources":{"description":"An array of physicalLocation objects which specify the portions of an analysis tool\'s output that a converter transformed into the result.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/physicalLocation"}},"properties":{"description":"Key/value pairs that provide additional information about the result.","$ref":"#/definitions/propertyBag"}}},"run":{"description":"Describes a single run of an analysis tool, and contains the reported output of that run.","additionalProperties":false,"type":"object","properties":{"tool":{"description":"Information about the tool or tool pipeline that generated the results in this run. A run can only contain results produced by a single tool or tool pipeline. A run can aggregate results from multiple log files, as long as context around the tool run (tool command-line arguments and the like) is identical for all aggregated files.","$ref":"#/definitions/tool"},"invocations":{"description":"Describes the invocation of the analysis tool.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/invocation"}},"conversion":{"description":"A conversion object that describes how a converter transformed an analysis tool\'s native reporting format into the SARIF format.","$ref":"#/definitions/conversion"},"language":{"description":"The language of the messages emitted into the log file during this run (expressed as an ISO 639-1 two-letter lowercase culture code) and an optional region (expressed as an ISO 3166-1 two-letter uppercase subculture code associated with a country or region). The casing is recommended but not required (in order for this data to conform to RFC5646).","type":"string","default":"en-US","pattern":"^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$"},"versionControlProvenance":{"description":"Specifies the revision in version control of the artifacts that were scanned.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/versionControlDetails"}},"originalUriBaseIds":{"description":"The artifact location specified by each uriBaseId symbol on the machine where the tool originally ran.","type":"object","additionalProperties":{"$ref":"#/definitions/artifactLocation"}},"artifacts":{"description":"An array of artifact objects relevant to the run.","type":"array","minItems":0,"uniqueItems":true,"items":{"$ref":"#/definitions/artifact"}},"logicalLocations":{"description":"An array of logical locations such as namespaces, types or functions.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/logicalLocation"}},"graphs":{"description":"An array of zero or more unique graph objects associated with the run.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/graph"}},"results":{"description":"The set of results contained in an SARIF log. The results array can be omitted when a run is solely exporting rules metadata. It must be present (but may be empty) if a log file represents an actual scan.","type":"array","minItems":0,"uniqueItems":false,"items":{"$ref":"#/definitions/result"}},"automationDetails":{"description":"Automation details that describe this run.","$ref":"#/definitions/runAutomationDetails"},"runAggregates":{"description":"Automation details that describe the aggregate of runs to which this run belongs.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/runAutomationDetails"}},"baselineGuid":{"description":"The \'guid\' property of a previous SARIF \'run\' that comprises the baseline that was used to compute result \'baselineState\' properties for the run.","type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"},"redactionTokens":{"description":"An array of strings used to replace sensitive information in a redaction-aware property.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"type":"string"}},"defaultEncoding":{"description":"Specifies the default encoding for any artifact object that refers to a text file.","type":"string"},"defaultSourceLanguage":{"description":"Specifies the default source language for any artifact object that refers to a text file that contains source code.","type":"string"},"newlineSequences":{"description":"An ordered list of character sequences that were treated as line breaks when computing region information for the run.","type":"array","minItems":1,"uniqueItems":true,"default":["\\r\\n","\\n"],"items":{"type":"string"}},"columnKind":{"description":"Specifies the unit in which the tool measures columns.","enum":["utf16CodeUnits","unicodeCodePoints"]},"externalPropertyFileReferences":{"description":"References to external property files that should be inlined with the content of a root log file.","$ref":"#/definitions/externalPropertyFileReferences"},"threadFlowLocations":{"description":"An array of threadFlowLocation objects cached at run level.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/threadFlowLocation"}},"taxonomies":{"description":"An array of toolComponent objects relevant to a taxonomy in which results are categorized.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/toolComponent"}},"addresses":{"description":"Addresses associated with this run instance, if any.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/address"}},"translations":{"description":"The set of available translations of the localized data provided by the tool.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/toolComponent"}},"policies":{"description":"Contains configurations that may potentially override both reportingDescriptor.defaultConfiguration (the tool\'s default severities) and invocation.configurationOverrides (severities established at run-time from the command line).","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/toolComponent"}},"webRequests":{"description":"An array of request objects cached at run level.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/webRequest"}},"webResponses":{"description":"An array of response objects cached at run level.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/webResponse"}},"specialLocations":{"description":"A specialLocations object that defines locations of special significance to SARIF consumers.","$ref":"#/definitions/specialLocations"},"properties":{"description":"Key/value pairs that provide additional information about the run.","$ref":"#/definitions/propertyBag"}},"required":["tool"]},"runAutomationDetails":{"description":"Information that describes a run\'s identity and role within an engineering system process.","additionalProperties":false,"type":"object","properties":{"description":{"description":"A description of the identity and role played within the engineering system by this object\'s containing run object.","$ref":"#/definitions/message"},"id":{"description":"A hierarchical string that uniquely identifies this object\'s containing run object.","type":"string"},"guid":{"description":"A stable, unique identifier for this object\'s containing run object in the form of a GUID.","type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"},"correlationGuid":{"description":"A stable, unique identifier for the equivalence class of runs to which this object\'s containing run object belongs in the form of a GUID.","type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"},"properties":{"description":"Key/value pairs that provide additional information about the run automation details.","$ref":"#/definitions/propertyBag"}}},"specialLocations":{"description":"Defines locations of special significance to SARIF consumers.","type":"object","additionalProperties":false,"properties":{"displayBase":{"description":"Provides a suggestion to SARIF consumers to display file paths relative to the specified location.","$ref":"#/definitions/artifactLocation"},"properties":{"description":"Key/value pairs that provide additional information about the special locations.","$ref":"#/definitions/propertyBag"}}},"stack":{"description":"A call stack that is relevant to a result.","additionalProperties":false,"type":"object","properties":{"message":{"description":"A message relevant to this call stack.","$ref":"#/definitions/message"},"frames":{"description":"An array of stack frames that represents a sequence of calls, rendered in reverse chronological order, that comprise the call stack.","type":"array","minItems":0,"uniqueItems":false,"items":{"$ref":"#/definitions/stackFrame"}},"properties":{"description":"Key/value pairs that provide additional information about the stack.","$ref":"#/definitions/propertyBag"}},"required":["frames"]},"stackFrame":{"description":"A function call within a stack trace.","additionalProperties":false,"type":"object","properties":{"location":{"description":"The location to which this stack frame refers.","$ref":"#/definitions/location"},"module":{"description":"The name of the module that contains the code of this stack frame.","type":"string"},"threadId":{"description":"The thread identifier of the stack frame.","type":"integer"},"parameters":{"description":"The parameters of the call that is executing.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"type":"string","default":[]}},"properties":{"description":"Key/value pairs that provide additional information about the stack frame.","$ref":"#/definitions/propertyBag"}}},"suppression":{"description":"A suppression that is relevant to a result.","additionalProperties":false,"type":"object","properties":{"guid":{"description":"A stable, unique identifier for the suppression in the form of a GUID.","type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"},"kind":{"description":"A string that indicates where the suppression is persisted.","enum":["inSource","external"]},"status":{"description":"A string that indicates the review status of the suppression.","enum":["accepted","underReview","rejected"]},"justification":{"description":"A string representing the justification for the suppression.","type":"string"},"location":{"description":"Identifies the location associated with the suppression.","$ref":"#/definitions/location"},"properties":{"description":"Key/value pairs that provide additional information about the suppression.","$ref":"#/definitions/propertyBag"}},"required":["kind"]},"threadFlow":{"description":"Describes a sequence of code locations that specify a path through a single thread of execution such as an operating system or fiber.","type":"object","additionalProperties":false,"properties":{"id":{"description":"An string that uniquely identifies the threadFlow within the codeFlow in which it occurs.","type":"string"},"message":{"description":"A message relevant to the thread flow.","$ref":"#/definitions/message"},"initialState":{"description":"Values of relevant expressions at the start of the thread flow that may change during thread flow execution.","type":"object","additionalProperties":{"$ref":"#/definitions/multiformatMessageString"}},"immutableState":{"description":"Values of relevant expressions at the start of the thread flow that remain constant.","type":"object","additionalProperties":{"$ref":"#/definitions/multiformatMessageString"}},"locations":{"description":"A temporally ordered array of \'threadFlowLocation\' objects, each of which describes a location visited by the tool while producing the result.","type":"array","minItems":1,"uniqueItems":false,"items":{"$ref":"#/definitions/threadFlowLocation"}},"properties":{"description":"Key/value pairs that provide additional information about the thread flow.","$ref":"#/definitions/propertyBag"}},"required":["locations"]},"threadFlowLocation":{"description":"A location visited by an analysis tool while simulating or monitoring the execution of a program.","additionalProperties":false,"type":"object","properties":{"index":{"description":"The index within the run threadFlowLocations array.","type":"integer","default":-1,"minimum":-1},"location":{"description":"The code location.","$ref":"#/definitions/location"},"stack":{"description":"The call stack leading to this location.","$ref":"#/definitions/stack"},"kinds":{"description":"A set of distinct strings that categorize the thread flow location. Well-known kinds include \'acquire\', \'release\', \'enter\', \'exit\', \'call\', \'return\', \'branch\', \'implicit\', \'false\', \'true\', \'caution\', \'danger\', \'unknown\', \'unreachable\', \'taint\', \'function\', \'handler\', \'lock\', \'memory\', \'resource\', \'scope\' and \'value\'.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"type":"string"}},"taxa":{"description":"An array of references to rule or taxonomy reporting descriptors that are applicable to the thread flow location.","type":"array","default":[],"minItems":0,"uniqueItems":true,"items":{"$ref":"#/definitions/reportingDescriptorReference"}},"module":{"description":"The name of the module that contains the code that is executing.","type":"string"},"state":{"description":"A dictionary, each of whose keys specifies a variable or expression, the associated value of which represents the variable or expression value. For an annotation of kind \'continuation\', for example, this dictionary might hold the current assumed values of a set of global variables.","type":"object","additionalProperties":{"$ref":"#/definitions/multiformatMessageString"}},"nestingLevel":{"description":"An integer representing a containment hierarchy within the thread flow.","type":"integer","minimum":0},"executionOrder":{"description":"An integer representing the temporal order in which execution reached this location.","type":"integer","default":-1,"minimum":-1},"executionTimeUtc":{"description":"The Coordinated Universal Time (UTC) date and time at which this location was executed.","type":"string","format":"date-time"},"importance":{"description":"Specifies the importance of this location in understanding the code flow in which it occurs. The order from most to least important is \\"essential\\", \\"important\\", \\"unimportant\\". Default: \\"important\\".","enum":["important","essential","unimportant"],"default":"important"},"webRequest":{"description":"A web request associated with this thread flow location.","$ref":"#/definitions/webRequest"},"webResponse":{"description":"A web response associated with this thread flow location.","$ref":"#/definitions/webResponse"},"properties":{"description":"Key/value pairs that provide additional information about the threadflow location.","$ref":"#/definitions/propertyBag"}}},"tool":{"description":"The analysis tool that was run.","additionalProperties":false,"type":"object","properties":{"driver":{"description":"The analysis tool that was run.","$ref":"#/definitions/toolComponent"},"extensions":{"description":"Tool extensions that contributed to or reconfigured the analysis tool that was run.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/toolComponent"}},"properties":{"description":"Key/value pairs that provide additional information about the tool.","$ref":"#/definitions/propertyBag"}},"required":["driver"]},"toolComponent":{"description":"A component, such as a plug-in or the driver, of the analysis tool that was run.","additionalProperties":false,"type":"object","properties":{"guid":{"description":"A unique identifier for the tool component in the form of a GUID.","type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"},"name":{"description":"The name of the tool component.","type":"string"},"organization":{"description":"The organization or company that produced the tool component.","type":"string"},"product":{"description":"A product suite to which the tool component belongs.","type":"string"},"productSuite":{"description":"A localizable string containing the name of the suite of products to which the tool component belongs.","type":"string"},"shortDescription":{"description":"A brief description of the tool component.","$ref":"#/definitions/multiformatMessageString"},"fullDescription":{"description":"A comprehensive description of the tool component.","$ref":"#/definitions/multiformatMessageString"},"fullName":{"description":"The name of the tool component along with its version and any other useful identifying information, such as its locale.","type":"string"},"version":{"description":"The tool component version, in whatever format the component natively provides.","type":"string"},"semanticVersion":{"description":"The tool component version in the format specified by Semantic Versioning 2.0.","type":"string"},"dottedQuadFileVersion":{"description":"The binary version of the tool component\'s primary executable file expressed as four non-negative integers separated by a period (for operating systems that express file versions in this way).","type":"string","pattern":"[0-9]+(\\\\.[0-9]+){3}"},"releaseDateUtc":{"description":"A string specifying the UTC date (and optionally, the time) of the component\'s release.","type":"string"},"downloadUri":{"description":"The absolute URI from which the tool component can be downloaded.","type":"string","format":"uri"},"informationUri":{"description":"The absolute URI at which information about this version of the tool component can be found.","type":"string","format":"uri"},"globalMessageStrings":{"description":"A dictionary, each of whose keys is a resource identifier and each of whose values is a multiformatMessageString object, which holds message strings in plain text and (optionally) Markdown format. The strings can include placeholders, which can be used to construct a message in combination with an arbitrary number of additional string arguments.","type":"object","additionalProperties":{"$ref":"#/definitions/multiformatMessageString"}},"notifications":{"description":"An array of reportingDescriptor objects relevant to the notifications related to the configuration and runtime execution of the tool component.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/reportingDescriptor"}},"rules":{"description":"An array of reportingDescriptor objects relevant to the analysis performed by the tool component.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/reportingDescriptor"}},"taxa":{"description":"An array of reportingDescriptor objects relevant to the definitions of both standalone and tool-defined taxonomies.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/reportingDescriptor"}},"locations":{"description":"An array of the artifactLocation objects associated with the tool component.","type":"array","minItems":0,"default":[],"items":{"$ref":"#/definitions/artifactLocation"}},"language":{"description":"The language of the messages emitted into the log file during this run (expressed as an ISO 639-1 two-letter lowercase language code) and an optional region (expressed as an ISO 3166-1 two-letter uppercase subculture code associated with a country or region). The casing is recommended but not required (in order for this data to conform to RFC5646).","type":"string","default":"en-US","pattern":"^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$"},"contents":{"description":"The kinds of data contained in this object.","type":"array","uniqueItems":true,"default":["localizedData","nonLocalizedData"],"items":{"enum":["localizedData","nonLocalizedData"]}},"isComprehensive":{"description":"Specifies whether this object contains a complete definition of the localizable and/or non-localizable data for this component, as opposed to including only data that is relevant to the results persisted to this log file.","type":"boolean","default":false},"localizedDataSemanticVersion":{"description":"The semantic version of the localized strings defined in this component; maintained by components that provide translations.","type":"string"},"minimumRequiredLocalizedDataSemanticVersion":{"description":"The minimum value of localizedDataSemanticVersion required in translations consumed by this component; used by components that consume translations.","type":"string"},"associatedComponent":{"description":"The component which is strongly associated with this component. For a translation, this refers to the component which has been translated. For an extension, this is the driver that provides the extension\'s plugin model.","$ref":"#/definitions/toolComponentReference"},"translationMetadata":{"description":"Translation metadata, required for a translation, not populated by other component types.","$ref":"#/definitions/translationMetadata"},"supportedTaxonomies":{"description":"An array of toolComponentReference objects to declare the taxonomies supported by the tool component.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/toolComponentReference"}},"properties":{"description":"Key/value pairs that provide additional information about the tool component.","$ref":"#/definitions/propertyBag"}},"required":["name"]},"toolComponentReference":{"description":"Identifies a particular toolComponent object, either the driver or an extension.","type":"object","additionalProperties":false,"properties":{"name":{"description":"The \'name\' property of the referenced toolComponent.","type":"string"},"index":{"description":"An index into the referenced toolComponent in tool.extensions.","type":"integer","default":-1,"minimum":-1},"guid":{"description":"The \'guid\' property of the referenced toolComponent.","type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"},"properties":{"description":"Key/value pairs that provide additional information about the toolComponentReference.","$ref":"#/definitions/propertyBag"}}},"translationMetadata":{"description":"Provides additional metadata related to translation.","type":"object","additionalProperties":false,"properties":{"name":{"description":"The name associated with the translation metadata.","type":"string"},"fullName":{"description":"The full name associated with the translation metadata.","type":"string"},"shortDescription":{"description":"A brief description of the translation metadata.","$ref":"#/definitions/multiformatMessageString"},"fullDescription":{"description":"A comprehensive description of the translation metadata.","$ref":"#/definitions/multiformatMessageString"},"downloadUri":{"description":"The absolute URI from which the translation metadata can be downloaded.","type":"string","format":"uri"},"informationUri":{"description":"The absolute URI from which information related to the translation metadata can be downloaded.","type":"string","format":"uri"},"properties":{"description":"Key/value pairs that provide additional information about the translation metadata.","$ref":"#/definitions/propertyBag"}},"required":["name"]},"versionControlDetails":{"description":"Specifies the information necessary to retrieve a desired revision from a version control system.","type":"object","additionalProperties":false,"properties":{"repositoryUri":{"description":"The absolute URI of the repository.","type":"string","format":"uri"},"revisionId":{"description":"A string that uniquely and permanently identifies the revision within the repository.","type":"string"},"branch":{"description":"The name of a branch containing the revision.","type":"string"},"revisionTag":{"description":"A tag that has been applied to the revision.","type":"string"},"asOfTimeUtc":{"description":"A Coordinated Universal Time (UTC) date and time that can be used to synchronize an enlistment to the state of the repository at that time.","type":"string","format":"date-time"},"mappedTo":{"description":"The location in the local file system to which the root of the repository was mapped at the time of the analysis.","$ref":"#/definitions/artifactLocation"},"properties":{"description":"Key/value pairs that provide additional information about the version control details.","$ref":"#/definitions/propertyBag"}},"required":["repositoryUri"]},"webRequest":{"description":"Describes an HTTP request.","type":"object","additionalProperties":false,"properties":{"index":{"description":"The index within the run.webRequests array of the request object associated with this result.","type":"integer","default":-1,"minimum":-1},"protocol":{"description":"The request protocol. Example: \'http\'.","type":"string"},"version":{"description":"The request version. Example: \'1.1\'.","type":"string"},"target":{"description":"The target of the request.","type":"string"},"method":{"description":"The HTTP method. Well-known values are \'GET\', \'PUT\', \'POST\', \'DELETE\', \'PATCH\', \'HEAD\', \'OPTIONS\', \'TRACE\', \'CONNECT\'.","type":"string"},"headers":{"description":"The request headers.","type":"object","additionalProperties":{"type":"string"}},"parameters":{"description":"The request parameters.","type":"object","additionalProperties":{"type":"string"}},"body":{"description":"The body of the request.","$ref":"#/definitions/artifactContent"},"properties":{"description":"Key/value pairs that provide additional information about the request.","$ref":"#/definitions/propertyBag"}}},"webResponse":{"description":"Describes the response to an HTTP request.","type":"object","additionalProperties":false,"properties":{"index":{"description":"The index within the run.webResponses array of the response object associated with this result.","type":"integer","default":-1,"minimum":-1},"protocol":{"description":"The response protocol. Example: \'http\'.","type":"string"},"version":{"description":"The response version. Example: \'1.1\'.","type":"string"},"statusCode":{"description":"The response status code. Example: 451.","type":"integer"},"reasonPhrase":{"description":"The response reason. Example: \'Not found\'.","type":"string"},"headers":{"description":"The response headers.","type":"object","additionalProperties":{"type":"string"}},"body":{"description":"The body of the response.","$ref":"#/definitions/artifactContent"},"noResponseReceived":{"description":"Specifies whether a response was received from the server.","type":"boolean","default":false},"properties":{"description":"Key/value pairs that provide additional information about the response.","$ref":"#/definitions/propertyBag"}}}}}');
// EXTERNAL MODULE: ./build/src/ssot/schema-registry.js + 12 modules
var schema_registry = __webpack_require__(7506);
;// CONCATENATED MODULE: ./build/src/gates/g2/vulnerabilities/report-schemas.js







/** At most this many schema problems are reported per file. */
const MAX_PROBLEMS = 20;
const compiled = new Map();
function validator(format) {
    let fn = compiled.get(format);
    if (!fn) {
        if (format === 'sarif-2.1.0') {
            // The official schema has one pattern that is not valid with the `u` flag; formats are informative here.
            const ajv = new dist["default"]({
                strict: false,
                allErrors: true,
                validateFormats: false,
                unicodeRegExp: false,
            });
            fn = ajv.compile(sarif_2_1_0_rtm_5_namespaceObject);
        }
        else {
            fn = (0,schema_registry/* getAjv */.qD)().compile(format === 'npm-audit-v2'
                ? npm_audit_v2_schema_namespaceObject
                : format === 'pip-audit'
                    ? pip_audit_schema_namespaceObject
                    : osv_scanner_schema_namespaceObject);
        }
        compiled.set(format, fn);
    }
    return fn;
}
/** Throws every schema problem (file and JSON pointer each) when the report breaks its format's schema. */
function assertReportValid(format, report, file) {
    const fn = validator(format);
    if (fn(report))
        return;
    const problems = (0,schema_registry/* describeAjvErrors */.mq)(fn.errors ?? [], report, file, fn.schema).map((p) => ({
        ...p,
        message: `Not a valid ${format} report: ${p.message}`,
    }));
    throw new errors/* InputErrors */.G(problems.slice(0, MAX_PROBLEMS));
}

;// CONCATENATED MODULE: ./build/src/gates/g2/vulnerabilities/reports.js


const SEVERITY_RANK = {
    unknown: -1,
    low: 1,
    medium: 2,
    high: 3,
    critical: 4,
};
const reports_isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const strings = (v) => Array.isArray(v) ? v.filter((s) => typeof s === 'string') : [];
const unique = (values) => [...new Set(values.filter((v) => v !== ''))];
/** Advisory ids: CVE, GHSA, PYSEC, GO, RUSTSEC, OSV and the like. Grype's SARIF rule ids append the package (CVE-2021-1234-requests). */
const VULN_ID = /(CVE-\d{4}-\d{4,}|GHSA(?:-[23456789cfghjmpqrvwx]{4}){3}|PYSEC-\d{4}-\d+|GO-\d{4}-\d+|RUSTSEC-\d{4}-\d+|OSV-\d{4}-\d+)/i;
/**
 * Recognises a scanner report by its top-level properties; the format's
 * schema then checks the rest. An unknown shape is an error that lists the
 * formats modelgate reads.
 */
function detectFormat(report, file) {
    if (reports_isObject(report)) {
        if ('auditReportVersion' in report)
            return 'npm-audit-v2';
        if ('runs' in report && 'version' in report)
            return 'sarif-2.1.0';
        if ('dependencies' in report)
            return 'pip-audit';
        if ('results' in report)
            return 'osv-scanner';
    }
    throw new errors/* InputError */.dz({
        file,
        message: 'Unrecognised vulnerability report',
        expected: 'npm audit --json (auditReportVersion 2), pip-audit -f json, OSV-Scanner JSON, or SARIF 2.1.0',
        found: reports_isObject(report)
            ? `an object with keys ${Object.keys(report).slice(0, 6).join(', ')}`
            : Array.isArray(report)
                ? 'an array'
                : typeof report,
    });
}
/** npm's levels are info, low, moderate, high, critical: info is rated low. */
function severityOf(raw) {
    const s = String(raw ?? '').toLowerCase();
    if (s === 'critical')
        return 'critical';
    if (s === 'high')
        return 'high';
    if (s === 'moderate' || s === 'medium')
        return 'medium';
    if (s === 'low' || s === 'info')
        return 'low';
    return 'unknown';
}
/** CVSS score to band, as GitHub rates SARIF `security-severity`. */
function severityFromScore(score) {
    if (!(score > 0))
        return 'unknown';
    if (score >= 9)
        return 'critical';
    if (score >= 7)
        return 'high';
    if (score >= 4)
        return 'medium';
    return 'low';
}
/** Validates a report against its format's schema, then reads its findings. */
function parseReport(report, file) {
    const format = detectFormat(report, file);
    assertReportValid(format, report, file);
    const source = `${file} (${format})`;
    const r = report;
    switch (format) {
        case 'npm-audit-v2':
            return { format, findings: parseNpmAudit(r, source), unaudited: [] };
        case 'pip-audit':
            return { format, ...parsePipAudit(r, source) };
        case 'osv-scanner':
            return { format, findings: parseOsvScanner(r, source), unaudited: [] };
        case 'sarif-2.1.0':
            return { format, findings: parseSarif(r, file), unaudited: [] };
    }
}
function parseNpmAudit(r, source) {
    const findings = [];
    for (const [name, v] of Object.entries(r.vulnerabilities)) {
        const fix = v.fixAvailable;
        const fixedVersions = reports_isObject(fix)
            ? [`${String(fix.name)}@${String(fix.version)}${fix.isSemVerMajor ? ' (semver-major)' : ''}`]
            : fix === true
                ? ['npm audit fix']
                : [];
        for (const via of v.via) {
            if (!reports_isObject(via))
                continue; // a package name: the advisory is reported under that package
            const url = String(via.url ?? '');
            const ghsa = VULN_ID.exec(url)?.[0];
            findings.push({
                id: ghsa ?? `npm-advisory-${String(via.source)}`,
                aliases: ghsa ? [`npm-advisory-${String(via.source)}`] : [],
                package: String(via.name ?? name),
                version: String(via.range ?? v.range ?? ''),
                fixedVersions,
                severity: severityOf(via.severity),
                title: String(via.title ?? ''),
                source,
            });
        }
    }
    return findings;
}
function parsePipAudit(r, source) {
    const findings = [];
    const unaudited = [];
    for (const d of r.dependencies) {
        if (typeof d.skip_reason === 'string')
            unaudited.push(`${String(d.name)}: ${d.skip_reason}`);
        for (const v of d.vulns ?? []) {
            findings.push({
                id: String(v.id),
                aliases: strings(v.aliases),
                package: String(d.name),
                version: String(d.version ?? ''),
                fixedVersions: strings(v.fix_versions),
                severity: 'unknown',
                title: String(v.description ?? '').slice(0, 200),
                source,
            });
        }
    }
    return { findings, unaudited };
}
/** PyPI-style name normalisation, so "Pillow" matches "pillow" and "ruamel_yaml" matches "ruamel.yaml". */
const normaliseName = (name) => name.toLowerCase().replace(/[-_.]+/g, '-');
function parseOsvScanner(r, source) {
    const findings = [];
    for (const result of r.results) {
        for (const p of result.packages) {
            const pkg = p.package;
            const groups = p.groups ??
                [];
            for (const v of p.vulnerabilities ?? []) {
                const id = String(v.id);
                const group = groups.find((g) => g.ids.includes(id));
                const score = Number(group?.max_severity);
                const dbSeverity = severityOf(v.database_specific?.severity);
                // The fixed versions of this package: affected[].ranges[].events[].fixed.
                const affected = (v.affected ?? []).filter((a) => {
                    const ap = a.package;
                    return (!ap ||
                        ((ap.name === undefined ||
                            normaliseName(String(ap.name)) === normaliseName(String(pkg.name))) &&
                            (ap.ecosystem === undefined ||
                                pkg.ecosystem === undefined ||
                                ap.ecosystem === pkg.ecosystem)));
                });
                const fixed = affected.flatMap((a) => (a.ranges ?? []).flatMap((range) => range.events.map((e) => (typeof e.fixed === 'string' ? e.fixed : ''))));
                findings.push({
                    id,
                    aliases: unique([...strings(v.aliases), ...(group?.aliases ?? [])]).filter((a) => a !== id),
                    package: String(pkg.name),
                    version: String(pkg.version ?? ''),
                    fixedVersions: unique(fixed),
                    severity: Number.isFinite(score) && score > 0 ? severityFromScore(score) : dbSeverity,
                    title: String(v.summary ?? ''),
                    source,
                });
            }
        }
    }
    return findings;
}
/** name and version from a package URL (pkg:type/namespace/name@version?qualifiers#subpath). */
function fromPurl(purl) {
    const m = /^pkg:([^/]+)\/(.+?)(?:@([^?#]*))?(?:[?#].*)?$/.exec(purl);
    if (!m)
        return undefined;
    const parts = m[2].split('/').map((s) => decodeURIComponent(s));
    const name = m[1] === 'npm' && parts.length > 1 ? parts.slice(-2).join('/') : parts[parts.length - 1];
    return { name, version: m[3] ? decodeURIComponent(m[3]) : '' };
}
/** "Label: value" from a scanner's text (Trivy's message, Grype's help), up to the end of the line. */
function field(text, label) {
    const m = new RegExp(`(?:^|\\n)\\s*${label.source}:[ \\t]*([^\\n]*)`, 'i').exec(text);
    const value = m?.[1]?.trim();
    return value ? value : undefined;
}
/**
 * SARIF 2.1.0 (Trivy, Grype, CodeQL...). Rules are looked up in the driver
 * and in tool.extensions (CodeQL --sarif-group-rules-by-pack), by ruleIndex,
 * rule.index with rule.toolComponent, or id. Severity comes from the rule's
 * `security-severity` (a CVSS score), else the result's level. Results whose
 * kind is not "fail", or with an accepted suppression, are reported as
 * suppressed, not as findings.
 */
function parseSarif(r, file) {
    const findings = [];
    const bad = (pointer, expected, found) => new errors/* InputError */.dz({
        file,
        pointer,
        message: 'The SARIF result does not resolve to a rule',
        expected,
        found: JSON.stringify(found) ?? 'nothing',
    });
    for (const [i, run] of r.runs.entries()) {
        const tool = run.tool;
        const driver = tool.driver;
        const extensions = tool.extensions ?? [];
        const components = [driver, ...extensions];
        const rulesOf = (c) => c.rules ?? [];
        const source = `${file} (SARIF from ${String(driver.name)})`;
        for (const [j, res] of (run.results ?? []).entries()) {
            const at = `/runs/${i}/results/${j}`;
            const ref = res.rule;
            let component = driver;
            const tc = ref?.toolComponent;
            if (tc) {
                if (typeof tc.index === 'number' && tc.index >= 0) {
                    const ext = extensions[tc.index];
                    if (!ext)
                        throw bad(`${at}/rule/toolComponent/index`, `an index into runs/${i}/tool/extensions (${extensions.length} entries)`, tc.index);
                    component = ext;
                }
                else if (tc.guid !== undefined || tc.name !== undefined) {
                    const found = components.find((c) => (tc.guid !== undefined && c.guid === tc.guid) ||
                        (tc.guid === undefined && c.name === tc.name));
                    if (!found)
                        throw bad(`${at}/rule/toolComponent`, 'the name or guid of the driver or an extension', tc.guid ?? tc.name);
                    component = found;
                }
            }
            const index = typeof ref?.index === 'number' && ref.index >= 0
                ? ref.index
                : typeof res.ruleIndex === 'number' && res.ruleIndex >= 0
                    ? res.ruleIndex
                    : undefined;
            let rule;
            if (index !== undefined) {
                rule = rulesOf(component)[index];
                if (!rule)
                    throw bad(ref?.index !== undefined ? `${at}/rule/index` : `${at}/ruleIndex`, `an index into the rules of ${String(component.name)} (${rulesOf(component).length} rules)`, index);
            }
            const ruleId = res.ruleId ??
                ref?.id ??
                rule?.id;
            if (ruleId === undefined)
                throw bad(at, 'a result that names its rule (ruleId, ruleIndex or rule)', 'none of them');
            if (!rule) {
                const byId = (id) => rulesOf(component).find((x) => x.id === id) ??
                    components.flatMap(rulesOf).find((x) => x.id === id);
                // A hierarchical id ("CA2101/1") names a sub-rule of its first component.
                rule = byId(ruleId) ?? byId(ruleId.split('/')[0]);
            }
            const props = (rule?.properties ?? {});
            const resultProps = (res.properties ?? {});
            const score = Number(props['security-severity'] ?? resultProps['security-severity']);
            const level = String(res.level ?? rule?.defaultConfiguration?.level ?? 'warning');
            const severity = Number.isFinite(score) && score > 0
                ? severityFromScore(score)
                : level === 'error'
                    ? 'high'
                    : level === 'warning'
                        ? 'medium'
                        : level === 'note'
                            ? 'low'
                            : 'unknown';
            const message = String(res.message?.text ?? '');
            const help = String(rule?.help?.text ?? '');
            // Package and version: Grype's purls property first, then the "Package:" lines Trivy and Grype write.
            const purl = strings(props.purls)[0] ?? strings(resultProps.purls)[0];
            const fromProps = purl ? fromPurl(purl) : undefined;
            const fixed = field(message, /Fix(?:ed)? Version/) ?? field(help, /Fix(?:ed)? Version/) ?? '';
            const vulnId = VULN_ID.exec(ruleId)?.[0];
            const kind = String(res.kind ?? 'fail');
            const suppressions = Array.isArray(res.suppressions) ? res.suppressions : [];
            // As the SARIF SDK reads them: suppressed unless one suppression is under review or rejected (an absent status counts as accepted).
            const suppressedBy = suppressions.length > 0 &&
                suppressions.every((s) => s.status === undefined || s.status === 'accepted')
                ? suppressions[0]
                : undefined;
            findings.push({
                id: vulnId ?? ruleId,
                aliases: vulnId && vulnId !== ruleId ? [ruleId] : [],
                package: fromProps?.name ?? field(message, /Package/) ?? field(help, /Package/) ?? '',
                version: fromProps?.version ?? field(message, /Installed Version/) ?? field(help, /Version/) ?? '',
                fixedVersions: fixed
                    .split(',')
                    .map((s) => s.trim())
                    .filter(Boolean),
                severity,
                title: String(rule?.shortDescription?.text ?? message.split('\n')[0] ?? '').slice(0, 200),
                source,
                ...(kind !== 'fail'
                    ? { suppressed: `kind "${kind}": not a failure` }
                    : suppressedBy
                        ? {
                            suppressed: `suppressed in the report (${String(suppressedBy.kind ?? 'external')}${suppressedBy.justification ? `: ${String(suppressedBy.justification).slice(0, 120)}` : ''})`,
                        }
                        : {}),
            });
        }
    }
    return findings;
}
/** True when an allowlist entry names the finding: its id or one of its aliases (CVE for a GHSA, and so on), case-insensitively. */
function allowEntryFor(f, allowlist) {
    const names = new Set([f.id, ...f.aliases].map((s) => s.toUpperCase()));
    return allowlist.find((a) => names.has(a.id.toUpperCase()));
}
/** Applies the policy: severity bands, the rule for unrated findings, and the allowlist (an entry is valid through its expiry date). */
function judgeFindings(findings, policy, today) {
    const limit = policy.maxSeverity === 'none' ? 0 : SEVERITY_RANK[policy.maxSeverity];
    return findings.map((f) => {
        const effective = f.severity === 'unknown'
            ? policy.unknownSeverity === 'ignore'
                ? 'ignored'
                : policy.unknownSeverity
            : f.severity;
        if (f.suppressed)
            return { ...f, effectiveSeverity: effective, allowed: 'suppressed', blocking: false };
        const entry = allowEntryFor(f, policy.allowlist);
        const over = effective !== 'ignored' && SEVERITY_RANK[effective] > limit;
        if (!over)
            return { ...f, effectiveSeverity: effective, allowed: 'within policy', blocking: false };
        if (entry && entry.expires >= today)
            return {
                ...f,
                effectiveSeverity: effective,
                allowed: 'allowlisted',
                blocking: false,
                allowEntry: entry,
            };
        if (entry)
            return {
                ...f,
                effectiveSeverity: effective,
                allowed: 'expired',
                blocking: true,
                allowEntry: entry,
            };
        return { ...f, effectiveSeverity: effective, allowed: 'no', blocking: true };
    });
}
/** Throws for an expiry that is not a real calendar date (2025-02-30), naming its JSON pointer. */
function assertCalendarDates(allowlist, file, pointer) {
    for (const [i, a] of allowlist.entries()) {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(a.expires);
        const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
        if (!d || d.toISOString().slice(0, 10) !== a.expires) {
            throw new errors/* InputError */.dz({
                file,
                pointer: `${pointer}/${i}/expires`,
                message: 'Not a calendar date',
                expected: 'a real date YYYY-MM-DD (the entry is valid through that day, UTC)',
                found: JSON.stringify(a.expires),
            });
        }
    }
}

;// CONCATENATED MODULE: ./build/src/gates/g2/vulnerabilities/checks.js




/**
 * Reads the team's scanner reports and judges them against the SSOT policy:
 * the highest allowed severity, the rating of unrated findings, and the
 * allowlist (whose expired entries fail).
 */
async function judgeVulnerabilities(ctx, v, securityFile, today) {
    const policy = {
        maxSeverity: v.maxSeverity ?? 'medium',
        unknownSeverity: v.unknownSeverity ?? 'high',
        allowlist: v.allowlist ?? [],
    };
    assertCalendarDates(policy.allowlist, securityFile, '/vulnerabilities/allowlist');
    const checks = [];
    const reports = [];
    let judged = [];
    const unaudited = [];
    for (const path of v.reports ?? []) {
        const absolute = ctx.ssot.resolveRepoPath(path, 'vulnerability report');
        const display = ctx.workspace.display(absolute);
        let text;
        try {
            text = await (0,promises_.readFile)(absolute, 'utf8');
        }
        catch (error) {
            throw (0,file_errors/* unreadableFile */._)(error, display, 'a vulnerability report');
        }
        const parsed = parseReport((0,json_file/* parseJsonText */.l)(text, display), display);
        unaudited.push(...parsed.unaudited.map((u) => `${display}: ${u}`));
        reports.push(await ctx.describeFile(absolute, 'vulnerability-report'));
        judged = judged.concat(judgeFindings(parsed.findings, policy, today));
    }
    if ((v.reports ?? []).length > 0) {
        const blocking = judged.filter((f) => f.blocking);
        const counted = judged.filter((f) => f.allowed !== 'suppressed');
        const suppressed = judged.length - counted.length;
        const suppressedNote = suppressed
            ? `; ${suppressed} more the reports mark as not failures or suppressed`
            : '';
        checks.push({
            id: 'G2.vulnerabilities.max_severity',
            rule: 'max_severity',
            value: blocking.length,
            operator: '<=',
            threshold: 0,
            unit: 'findings',
            status: blocking.length ? 'fail' : 'pass',
            severity: 'block',
            message: blocking.length
                ? `${blocking.length} findings above ${policy.maxSeverity} without a valid allowlist entry: ${blocking
                    .slice(0, 5)
                    .map((f) => `${f.id} (${f.effectiveSeverity}, ${f.package || 'no package'})`)
                    .join(', ')}${suppressedNote}`
                : `no finding above ${policy.maxSeverity} outside the allowlist (${counted.length} findings in all${suppressedNote})`,
            source: { file: securityFile, pointer: '/vulnerabilities/maxSeverity' },
            details: { findings: counted.length, suppressed },
        });
        checks.push({
            id: 'G2.vulnerabilities.audited',
            rule: 'dependencies_audited',
            value: unaudited.length,
            operator: '<=',
            threshold: 0,
            unit: 'dependencies',
            status: unaudited.length ? 'fail' : 'pass',
            severity: 'block',
            message: unaudited.length
                ? `the scanner skipped ${unaudited.length} dependencies, so "no findings" would mean nothing: ${unaudited.slice(0, 3).join('; ')}`
                : 'every dependency in the reports was audited',
        });
        const unknown = counted.filter((f) => f.severity === 'unknown').length;
        if (unknown)
            checks.push({
                id: 'G2.vulnerabilities.unknown_severity',
                rule: 'unknown_severity',
                value: unknown,
                unit: 'findings',
                status: 'pass',
                severity: 'block',
                message: `${unknown} findings have no severity; rated ${policy.unknownSeverity} (vulnerabilities.unknownSeverity)`,
                source: { file: securityFile, pointer: '/vulnerabilities/unknownSeverity' },
            });
    }
    const expired = policy.allowlist.filter((a) => a.expires < today);
    if (policy.allowlist.length > 0) {
        checks.push({
            id: 'G2.vulnerabilities.allowlist_expiry',
            rule: 'allowlist_expiry',
            value: expired.length,
            operator: '<=',
            threshold: 0,
            unit: 'entries',
            status: expired.length ? 'fail' : 'pass',
            severity: 'block',
            message: expired.length
                ? `expired allowlist entries: ${expired.map((a) => `${a.id} (expired ${a.expires}, owner ${a.owner})`).join(', ')}`
                : 'every allowlist entry is current',
            source: { file: securityFile, pointer: '/vulnerabilities/allowlist' },
        });
    }
    return { checks, judged, reports };
}
/** The report's findings table: ids, severity, package, fixed version and allowlist status. */
function findingsTable(judged) {
    return {
        title: 'Vulnerability findings',
        columns: ['id', 'severity', 'rated', 'package', 'version', 'fixed in', 'allowlist', 'source'],
        rows: judged.map((f) => [
            f.id,
            f.severity,
            f.effectiveSeverity,
            f.package,
            f.version,
            f.fixedVersions.join(', '),
            f.suppressed ? `suppressed: ${f.suppressed}` : f.allowed,
            f.source,
        ]),
    };
}

;// CONCATENATED MODULE: ./build/src/gates/g2/index.js










/**
 * G2 Security Review: signatures over every piece of release material (the
 * model, the model card, the SSOT snapshot), the team's vulnerability reports
 * against the SSOT policy, and model files scanned without loading them. The
 * evidence subject is the signed model, and the evidence carries a digest
 * manifest of what the signatures vouch for, for G5 and rollback.
 */
const g2 = {
    id: 'G2',
    options: {
        [TRUSTED_KEYS_OPTION]: 'fingerprints (sha256:<hex> of the DER public key) of the keys in ssot/security.json whose signatures count; the trusted-keys input sets it',
    },
    async run(ctx) {
        const config = await ctx.ssot.json('security.json', 'security');
        const securityFile = ctx.ssot.display('security.json');
        const model = await ctx.ssot.model();
        const checks = [];
        // Keys, pinned by the workflow's trusted-keys when it sets them
        const pins = parseTrustedKeys(ctx.inputs.options[TRUSTED_KEYS_OPTION]);
        const keys = await loadKeys(config.keys, securityFile, pins, async (path, what) => {
            const absolute = ctx.ssot.resolveRepoPath(path, what);
            const display = ctx.workspace.display(absolute);
            try {
                return { text: await (0,promises_.readFile)(absolute, 'utf8'), display };
            }
            catch (error) {
                throw (0,file_errors/* unreadableFile */._)(error, display, `a PEM ${what}`);
            }
        });
        // Signatures and OMS bundles; only verified ones by trusted keys vouch for files
        const signed = await verifySignatures(ctx, config.releaseMaterial ?? [], config.modelSignatures ?? [], keys, securityFile);
        checks.push(...signed.checks);
        // Coverage: the subject model, the model card and the SSOT snapshot, by digest
        const subjectModel = ctx.inputs.model
            ? ctx.workspace.resolve(ctx.inputs.model, 'model')
            : ctx.ssot.resolveRepoPath(model.paths.model, 'model');
        const subject = await ctx.describeFile(subjectModel, 'model');
        const material = await requiredMaterial(ctx, model, subjectModel, signed.signatureFiles);
        checks.push(coverageCheck(material, signed.vouched, securityFile));
        checks.push(subjectModelCheck(subject, signed.vouched, ctx.inputs.model !== undefined));
        checks.push(trustedKeysCheck(keys, pins, signed.usedKeyIds, securityFile));
        const manifest = buildManifest(signed.vouched, material.required);
        // Vulnerabilities
        const vulns = await judgeVulnerabilities(ctx, config.vulnerabilities ?? {}, securityFile, new Date().toISOString().slice(0, 10));
        checks.push(...vulns.checks);
        // Model files: the model, all release material and every file of each OMS-signed folder, recognised by content.
        const scanPolicy = { ...DEFAULT_SCAN_POLICY, ...config.modelScan };
        const targets = await scanTargets(subjectModel, (config.releaseMaterial ?? []).map((m) => ctx.ssot.resolveRepoPath(m.path, 'release material')), (config.modelSignatures ?? []).map((o) => ctx.ssot.resolveRepoPath(o.modelPath, 'signed model folder')), (absolute) => ctx.workspace.display(absolute));
        const scans = await scanAll(targets, scanPolicy);
        for (const [i, scan] of scans.entries())
            checks.push(scanCheck(scan, scanPolicy, targets[i].origin));
        const status = decideStatus(checks, 0);
        const artifacts = [
            ...manifest.map((m) => ({ role: m.role, path: m.path, sha256: m.sha256, bytes: m.bytes })),
            ...(await Promise.all(signed.bundles.map((b) => ctx.describeFile(b, 'oms-bundle')))),
            ...vulns.reports,
        ];
        return {
            status,
            summary: `${manifest.length} signed artifacts, ${vulns.judged.filter((f) => !f.suppressed).length} vulnerability findings, ${scanSummary(scans)}; ${describeCounts(checks)}`,
            subject: { model: subject, data: [], artifacts },
            checks,
            problems: [],
            report: {
                model: { name: model.name, version: model.version ?? null },
                manifest,
                tables: [
                    {
                        title: 'Release manifest',
                        columns: ['path', 'role', 'sha256', 'bytes', 'key', 'signed by'],
                        rows: manifest.map((m) => [
                            m.path,
                            m.role,
                            m.sha256,
                            m.bytes,
                            `${m.keyId} (${m.keyFingerprint})`,
                            m.signature,
                        ]),
                    },
                    findingsTable(vulns.judged),
                    scanTable(scans),
                ],
            },
        };
    },
};

;// CONCATENATED MODULE: ./build/src/approvals/config.js

const DEFAULT_AUTHOR_COMMITS = 3;
/** `team:ORG/SLUG` -> [org, slug]. */
function teamOf(member) {
    const m = /^team:([^/]+)\/(.+)$/.exec(member);
    return m ? [m[1], m[2]] : undefined;
}
const normaliseLogin = (login) => login.toLowerCase();
/**
 * The policy of one gate: its section must exist, every role its quorum
 * names must be defined with members, teams must resolve, and no quorum may
 * exceed its role's members. Every problem at once, each with its pointer.
 */
async function gatePolicy(config, gate, file, source) {
    const section = config.gates[gate];
    if (!section)
        throw new errors/* InputError */.dz({
            file,
            pointer: '/gates',
            message: `No ${gate} section: ${gate} has no roles to judge`,
            expected: `gates.${gate} with environments and quorum`,
            found: `sections for ${Object.keys(config.gates).join(', ') || 'no gate'}`,
        });
    const problems = [];
    const roles = [];
    for (const [role, needed] of Object.entries(section.quorum)) {
        const pointer = `/gates/${gate}/quorum/${role.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        const defined = config.roles[role];
        if (!defined) {
            problems.push({
                file,
                pointer,
                message: `${gate} needs approvals from role "${role}", which roles does not define`,
                expected: `one of ${Object.keys(config.roles).join(', ')}`,
                found: JSON.stringify(role),
            });
            continue;
        }
        const rolePointer = `/roles/${role}/members`;
        if (defined.members.length === 0) {
            problems.push({
                file,
                pointer: rolePointer,
                message: `Role "${role}" has no members: nobody could approve for it`,
                expected: 'at least one GitHub login or team:ORG/SLUG',
                found: 'an empty list',
            });
            continue;
        }
        const members = new Set();
        for (const [i, member] of defined.members.entries()) {
            const team = teamOf(member);
            if (!team) {
                members.add(normaliseLogin(member));
                continue;
            }
            if (!source) {
                problems.push(teamProblem(file, `${rolePointer}/${i}`, member, 'no approval source'));
                continue;
            }
            try {
                for (const login of await source.teamMembers(team[0], team[1]))
                    members.add(normaliseLogin(login));
            }
            catch (error) {
                const why = (0,errors/* toProblems */.ek)(error)[0]?.message ?? String(error);
                problems.push(teamProblem(file, `${rolePointer}/${i}`, member, why));
            }
        }
        if (members.size < needed)
            problems.push({
                file,
                pointer,
                message: `Role "${role}" needs ${needed} distinct approvals but has ${members.size} member${members.size === 1 ? '' : 's'}: the quorum can never be met`,
                expected: `a quorum of at most ${members.size}, or more members`,
                found: String(needed),
            });
        roles.push({ role, members: [...members], listed: defined.members, needed });
    }
    if (problems.length > 0)
        throw new errors/* InputErrors */.G(problems);
    return {
        gate,
        environments: section.environments,
        roles,
        allowFileSource: section.allowFileSource ?? gate === 'G3',
        distinctFromG3: gate === 'G5' && config.gates.G5?.g5DistinctFromG3 === true,
        authorCommits: config.separationOfDuties?.authorCommits ?? DEFAULT_AUTHOR_COMMITS,
        authorPaths: config.separationOfDuties?.authorPaths ?? [],
        file,
    };
}
function teamProblem(file, pointer, team, why) {
    return {
        file,
        pointer,
        message: `Cannot resolve ${team}: ${why}. Resolving a team needs a token with the organization permission members: read, which GITHUB_TOKEN does not have; give the github-token input a token that has it, or list the team's logins`,
        expected: "the team's members",
        found: 'none read',
    };
}

;// CONCATENATED MODULE: ./build/src/approvals/normalise.js

const DECISIVE = new Set([
    'approved',
    'rejected',
    'changes_requested',
    'dismissed',
]);
/**
 * One decision per person: their latest decisive one (as GitHub counts
 * reviews: a later comment does not undo an approval, a later "changes
 * requested" or a dismissal does). For environment approvals of one run, a
 * rejection by a person outweighs their approval of another environment.
 * A person who only commented keeps their latest comment (reported, never
 * counted).
 */
function latestPerPerson(approvals) {
    const byLogin = new Map();
    const time = (a) => (a.at ? Date.parse(a.at) : Number.NaN);
    for (const a of approvals) {
        const key = normaliseLogin(a.login);
        const seen = byLogin.get(key);
        if (!seen) {
            byLogin.set(key, a);
            continue;
        }
        const decisive = DECISIVE.has(a.state);
        const seenDecisive = DECISIVE.has(seen.state);
        if (decisive !== seenDecisive) {
            if (decisive)
                byLogin.set(key, a);
            continue;
        }
        if (a.source === 'environment' && seen.state === 'rejected')
            continue;
        if (a.source === 'environment' && a.state === 'rejected') {
            byLogin.set(key, a);
            continue;
        }
        const [ta, ts] = [time(a), time(seen)];
        // Later wins; without times, the later entry in the source's own order.
        if (Number.isNaN(ta) || Number.isNaN(ts) || ta >= ts)
            byLogin.set(key, a);
    }
    return [...byLogin.values()];
}
/** The login a GitHub no-reply address stands for (`123+login@users.noreply.github.com`). */
function noreplyLogin(email) {
    const m = /^(?:\d+\+)?([A-Za-z0-9-]+)@users\.noreply\.github\.com$/i.exec(email ?? '');
    return m ? m[1] : undefined;
}
/** The authorships that make `approval`'s person an author, with what matched. */
function authorMatches(approval, authors) {
    const login = normaliseLogin(approval.login);
    const email = approval.email?.toLowerCase();
    const out = [];
    for (const a of authors) {
        const how = a.login && normaliseLogin(a.login) === login
            ? `login ${a.login}`
            : email && a.email && a.email.toLowerCase() === email
                ? `e-mail ${a.email}`
                : noreplyLogin(a.email)?.toLowerCase() === login
                    ? `no-reply e-mail ${a.email}`
                    : a.name && a.name.toLowerCase() === login
                        ? `author name ${a.name}`
                        : undefined;
        const entry = `${a.because} (same ${how})`;
        if (how && !out.includes(entry))
            out.push(entry);
    }
    return out;
}
/** Short commit for messages. */
const normalise_short = (sha) => (sha ? sha.slice(0, 7) : 'unknown');

;// CONCATENATED MODULE: ./build/src/approvals/types.js
/**
 * Approvals: who signed off a release, from where, and the people who may
 * not. Shared by G3 (OT/QA Approval) and G5 (the Release Manager's
 * approval), which read approvals the same way and judge them with the same
 * functions (src/approvals/judge.ts).
 */
const SOURCE_LABEL = {
    environment: "the run's environment approvals",
    'pull-request': "the pull request's reviews",
    file: 'a sign-off file',
};

;// CONCATENATED MODULE: ./build/src/approvals/judge.js



/**
 * Judges approvals against a gate's policy: each person's latest decision,
 * set aside with a reason when it cannot count (not approved, a bot, another
 * environment, a stale commit, not in a role, an author, the run's actor, a
 * G3 approver at G5), then people matched to role slots so that each counts
 * for one role only and the quorum is met whenever the people allow it.
 * Pure: the same approvals always give the same checks.
 */
function judgeApprovals(input) {
    const { policy, collected } = input;
    const rolesOf = (login) => policy.roles.filter((r) => r.members.includes(normaliseLogin(login))).map((r) => r.role);
    const notCounted = [];
    const setAside = (a, rule, reason) => notCounted.push({
        login: a.login,
        userId: a.userId ?? null,
        state: a.state,
        source: a.source,
        rule,
        reason,
        comment: a.comment,
    });
    const rejections = [];
    const eligible = [];
    const sod = { author: [], actor: [], bot: [], 'distinct-from-g3': [] };
    for (const a of latestPerPerson(collected.approvals)) {
        const roles = rolesOf(a.login);
        const why = whyNotCounted(a, roles, input);
        if (!why) {
            eligible.push({ a, roles });
            continue;
        }
        setAside(a, why.rule, why.reason);
        if (why.rule === 'rejected' && roles.length > 0 && !a.bot)
            rejections.push({ a, roles });
        sod[why.rule]?.push(a.login);
    }
    const assigned = assignRoles(eligible.map((e) => e.roles), policy.roles.map((r) => [r.role, r.needed]));
    const counted = eligible.map((e, i) => ({
        login: e.a.login,
        userId: e.a.userId ?? null,
        role: assigned[i],
        alsoListedIn: e.roles.filter((r) => r !== assigned[i]),
        source: e.a.source,
        environment: e.a.environments?.find((x) => policy.environments.includes(x)) ?? null,
        commit: e.a.commit ?? null,
        at: e.a.at ?? null,
        comment: e.a.comment,
    }));
    const roles = policy.roles.map((r) => {
        const who = counted.filter((c) => c.role === r.role).map((c) => c.login);
        return { role: r.role, counted: who.length, needed: r.needed, who, members: r.listed };
    });
    const tally = roles.map((r) => `${r.role} ${r.counted} of ${r.needed}`).join(', ');
    const checks = buildChecks(input, roles, counted, rejections, sod);
    return { checks, counted, notCounted, roles, tally };
}
function buildChecks(input, roles, counted, rejections, sod) {
    const { policy } = input;
    const g = policy.gate;
    const checks = [
        sourceCheck(g, input.collected, policy.allowFileSource),
        ...roles.map((r) => quorumCheck(g, r, policy.file)),
        {
            id: `${g}.approvals.rejections`,
            rule: 'no-rejection',
            value: rejections.length,
            operator: '<=',
            threshold: 0,
            status: rejections.length > 0 ? 'fail' : 'pass',
            severity: 'block',
            message: rejections.length > 0
                ? rejections
                    .map(({ a, roles: rs }) => `${a.login} (${rs.join(', ')}) ${a.state === 'rejected' ? 'rejected' : 'requested changes'}${a.comment ? `: "${a.comment}"` : ' without a comment'}`)
                    .join('; ')
                : 'no member of a role rejected',
        },
        sodCheck(g, 'not-author', sod.author, input.collected.authorsUnknown, 'author of the model', `authors: ${[...new Set(input.collected.authors.map((x) => x.login ?? x.name ?? x.email))].join(', ') || 'none found'}`),
        sodCheck(g, 'not-actor', sod.actor, 'unknown' in input.actor && !input.collected.actors?.length ? input.actor.unknown : undefined, 'triggering actor', `actor: ${['login' in input.actor ? input.actor.login : '', ...(input.collected.actors ?? [])].filter(Boolean).join(', ') || 'unknown'}`),
        onePersonOneRole(g, counted),
        sodCheck(g, 'no-bots', sod.bot, undefined, 'bot', ''),
    ];
    if (policy.distinctFromG3)
        checks.push(input.excluded && 'logins' in input.excluded
            ? sodCheck(g, 'distinct-from-g3', sod['distinct-from-g3'], undefined, 'G3 approver', `G3 approvers: ${input.excluded.logins.join(', ') || 'none'}`)
            : {
                id: `${g}.sod.distinct-from-g3`,
                rule: 'distinct-from-g3',
                value: null,
                status: 'error',
                severity: 'block',
                message: `g5DistinctFromG3 is set, and G3's approvers are unknown: ${input.excluded && 'unknown' in input.excluded ? input.excluded.unknown : 'no G3 evidence given'}`,
                source: { file: policy.file, pointer: '/gates/G5/g5DistinctFromG3' },
            });
    return checks;
}
/** Why an approval does not count (the first rule it breaks), or undefined when it counts. */
function whyNotCounted(a, roles, input) {
    const { policy, collected } = input;
    const g = policy.gate;
    // Decisions about another environment or gate are not this gate's, approvals and rejections alike.
    const envs = a.environments;
    if (envs && envs.length > 0 && !envs.some((e) => policy.environments.includes(e)))
        return {
            rule: 'environment',
            reason: `${a.state.replace('_', ' ')} for environment ${envs.join(', ')}, not ${policy.environments.join(' or ')}`,
        };
    if (a.gate && a.gate !== g)
        return { rule: 'gate', reason: `${a.state.replace('_', ' ')} for ${a.gate}, not ${g}` };
    if (a.state === 'rejected' || a.state === 'changes_requested') {
        const what = a.state === 'rejected' ? 'rejected' : 'requested changes';
        return {
            rule: 'rejected',
            reason: roles.length > 0 && !a.bot
                ? `${what} (${roles.join(', ')})`
                : `${what}, but ${a.bot ? 'is a bot' : 'is not a member of any role'}`,
        };
    }
    if (a.state !== 'approved')
        return { rule: 'state', reason: `${a.state.replace('_', ' ')}: not an approval` };
    if (a.bot || normaliseLogin(a.login).endsWith('[bot]'))
        return { rule: 'bot', reason: 'a bot account: bots never count' };
    if (a.source === 'pull-request' && collected.reviewCommit && a.commit !== collected.reviewCommit)
        return {
            rule: 'stale',
            reason: `stale: approved commit ${normalise_short(a.commit)}, not the judged head ${normalise_short(collected.reviewCommit)}`,
        };
    if (a.model && a.model !== input.modelSha256)
        return {
            rule: 'stale',
            reason: `approved model ${a.model.slice(0, 19)}…, not the judged ${input.modelSha256.slice(0, 19)}…`,
        };
    if (roles.length === 0)
        return {
            rule: 'not-member',
            reason: `not a member of ${policy.roles.map((r) => r.role).join(' or ')}`,
        };
    const authored = authorMatches(a, collected.authors);
    if (authored.length > 0)
        return { rule: 'author', reason: `an author of the model: ${authored.join('; ')}` };
    const actors = [
        ...('login' in input.actor ? [input.actor.login] : []),
        ...(collected.actors ?? []),
    ];
    if (actors.some((x) => normaliseLogin(x) === normaliseLogin(a.login)))
        return { rule: 'actor', reason: 'triggered this run: the actor never approves their own run' };
    if (input.excluded &&
        'logins' in input.excluded &&
        input.excluded.logins.some((l) => normaliseLogin(l) === normaliseLogin(a.login)))
        return {
            rule: 'distinct-from-g3',
            reason: `approved G3 (${input.excluded.because}): G5 needs someone else`,
        };
    return undefined;
}
function sourceCheck(g, collected, allowFile) {
    const refused = collected.source === 'file' && !allowFile;
    return {
        id: `${g}.approvals.source`,
        rule: 'source',
        value: collected.source,
        status: refused ? 'fail' : 'pass',
        severity: 'block',
        message: refused
            ? `${g} does not accept a sign-off file (allowFileSource is false): approvals must come from GitHub`
            : `approvals read from ${SOURCE_LABEL[collected.source]}${collected.file ? ` ${collected.file}` : ''}`,
        details: { tried: collected.tried },
    };
}
function quorumCheck(g, r, file) {
    const missing = r.needed - r.counted;
    return {
        id: `${g}.quorum.${r.role}`,
        rule: 'quorum',
        variable: r.role,
        value: r.counted,
        operator: '>=',
        threshold: r.needed,
        status: missing > 0 ? 'fail' : 'pass',
        severity: 'block',
        message: `${r.role}: ${r.counted} of ${r.needed}${r.who.length ? ` (${r.who.join(', ')})` : ''}${missing > 0 ? `; missing ${missing} approval${missing > 1 ? 's' : ''} from ${r.members.join(', ')}` : ''}`,
        source: { file, pointer: `/gates/${g}/quorum/${r.role}` },
    };
}
function sodCheck(g, rule, who, unknown, what, facts) {
    if (unknown !== undefined && who.length === 0)
        return {
            id: `${g}.sod.${rule}`,
            rule,
            value: null,
            status: 'skipped',
            severity: 'block',
            message: `not checked: ${unknown}${facts ? ` (${facts})` : ''}`,
        };
    return {
        id: `${g}.sod.${rule}`,
        rule,
        value: who.length,
        operator: '<=',
        threshold: 0,
        // The approval is set aside (never counted); the quorum decides the verdict, this makes the attempt visible.
        status: who.length > 0 ? 'warn' : 'pass',
        severity: who.length > 0 ? 'warn' : 'block',
        message: who.length > 0
            ? `not counted, as ${what}: ${who.join(', ')}`
            : `no ${what} among the approvers${facts ? ` (${facts})` : ''}`,
    };
}
function onePersonOneRole(g, counted) {
    const several = counted.filter((c) => c.alsoListedIn.length > 0);
    return {
        id: `${g}.sod.one-role-per-person`,
        rule: 'one-role-per-person',
        value: several.length,
        status: 'pass',
        severity: 'block',
        message: several.length > 0
            ? several
                .map((c) => `${c.login} counts for ${c.role} only (also listed in ${c.alsoListedIn.join(', ')})`)
                .join('; ')
            : 'each approver counts for one role',
    };
}
/**
 * Assigns each person one of their roles so that as many quorum slots as
 * possible are filled (maximum bipartite matching, augmenting paths); people
 * left over count for their first role, beyond its quorum.
 */
function assignRoles(people, quorum) {
    const slots = quorum.flatMap(([role, n]) => Array.from({ length: n }, () => role));
    const holder = new Array(slots.length).fill(-1);
    const tryAssign = (p, seen) => {
        for (let s = 0; s < slots.length; s++) {
            if (seen[s] || !people[p].includes(slots[s]))
                continue;
            seen[s] = true;
            if (holder[s] === -1 || tryAssign(holder[s], seen)) {
                holder[s] = p;
                return true;
            }
        }
        return false;
    };
    for (let p = 0; p < people.length; p++)
        tryAssign(p, new Array(slots.length).fill(false));
    const out = people.map((roles) => roles[0]);
    holder.forEach((p, s) => {
        if (p >= 0)
            out[p] = slots[s];
    });
    return out;
}

;// CONCATENATED MODULE: ./build/src/approvals/read.js



/**
 * Reads and judges one gate's approvals, as G3 does and G5 does for the
 * Release Manager: ssot/approvals.json (its section for `gate`, teams
 * resolved), the approvals from the source, the model's authors (the
 * source's, plus the owner in ssot/model.json), then the quorum and
 * separation-of-duties checks.
 */
async function readGateApprovals(input) {
    const { gate, ssot } = input;
    const file = ssot.display('approvals.json');
    if (!ssot.has('approvals.json'))
        throw new errors/* InputError */.dz({
            file,
            message: `${gate} needs ssot/approvals.json: the roles that sign off, and how many of each`,
            expected: `ssot/approvals.json with roles and gates.${gate} (see template/ssot/approvals.json)`,
            found: 'no such file',
        });
    const config = await ssot.approvals();
    if (!input.source)
        throw new errors/* InputError */.dz({
            message: `${gate} has no approvals to read`,
            expected: 'a sign-off file (--approvals FILE on the CLI, or the approvals input), or the Action in a workflow run (it reads the run approvals and pull-request reviews with github-token)',
            found: 'neither',
        });
    const policy = await gatePolicy(config, gate, file, input.source);
    const collected = await input.source.collect(approvalsRequest(input, policy));
    const owner = ownerAsAuthor(input.model, ssot.display('model.json'));
    if (owner)
        collected.authors.push(owner);
    const judged = judgeApprovals({
        policy,
        collected,
        actor: input.actor
            ? { login: input.actor }
            : { unknown: 'no triggering actor: a local run (GITHUB_ACTOR is not set)' },
        modelSha256: `sha256:${input.modelSha256}`,
        ...(input.excluded ? { excluded: input.excluded } : {}),
    });
    return { policy, collected, judged };
}
/**
 * What a gate asks its source for: the environments, and the paths whose
 * latest commits name the model's authors (the model file, ssot/ and any
 * authorPaths), relative to the workspace and absolute for git.
 */
function approvalsRequest(input, policy) {
    const { ssot } = input;
    const paths = [
        input.modelPath,
        ssot.dir,
        ...policy.authorPaths.map((p, i) => ssot.resolveRepoPath(p, 'author path', `/separationOfDuties/authorPaths/${i}`, 'approvals.json')),
    ];
    return {
        gate: policy.gate,
        environments: policy.environments,
        authorPaths: [...new Set(paths)].map((absolute) => ({
            path: input.workspace.display(absolute),
            absolute,
        })),
        repoRoot: ssot.repoRoot,
        authorCommits: policy.authorCommits,
        modelSha256: `sha256:${input.modelSha256}`,
        environmentsPointer: { file: policy.file, pointer: `/gates/${policy.gate}/environments` },
    };
}
/** The model's owner (ssot/model.json owner.github, owner.email) is its author: they never approve it. */
function ownerAsAuthor(model, modelFile) {
    const owner = model.owner;
    if (!owner.github && !owner.email)
        return undefined;
    return {
        ...(owner.github ? { login: owner.github } : {}),
        ...(owner.email ? { email: owner.email } : {}),
        because: `the model's owner in ${modelFile}`,
    };
}

;// CONCATENATED MODULE: ./build/src/approvals/report.js

/**
 * The sign-off tables a reader of the PR comment needs at a glance: each
 * role with its count and who is missing, who signed for which role, and
 * every decision that did not count with the reason.
 */
function approvalTables(j, c) {
    const tables = [
        {
            title: `Sign-off by role (source: ${SOURCE_LABEL[c.source]})`,
            columns: ['role', 'approvals', 'needed', 'approved by', 'still missing', 'members'],
            rows: j.roles.map((r) => [
                r.role,
                r.counted,
                r.needed,
                r.who.join(', '),
                r.counted >= r.needed ? '' : `${r.role}: ${r.counted} of ${r.needed}`,
                r.members.join(', '),
            ]),
        },
    ];
    if (j.counted.length > 0)
        tables.push({
            title: 'Approvals that count',
            columns: ['login', 'user id', 'role', 'source', 'environment', 'commit', 'when', 'comment'],
            rows: j.counted.map((a) => [
                a.login,
                a.userId,
                a.alsoListedIn.length ? `${a.role} (also listed in ${a.alsoListedIn.join(', ')})` : a.role,
                a.source,
                a.environment,
                a.commit,
                a.at,
                a.comment,
            ]),
        });
    if (j.notCounted.length > 0)
        tables.push({
            title: 'Not counted',
            columns: ['login', 'state', 'source', 'reason', 'comment'],
            rows: j.notCounted.map((a) => [a.login, a.state, a.source, a.reason, a.comment]),
        });
    return tables;
}
/** The evidence's record of the sign-off: who counted, who did not and why, who authored. */
function approvalRecord(j, c, extra) {
    return {
        source: c.source,
        tried: c.tried,
        ...(c.file ? { file: c.file } : {}),
        pullRequest: c.pullRequest ?? null,
        reviewCommit: c.reviewCommit ?? null,
        ...extra,
        roles: j.roles,
        counted: j.counted,
        notCounted: j.notCounted,
        authors: c.authors.map((a) => ({
            login: a.login ?? null,
            name: a.name ?? null,
            email: a.email ?? null,
            because: a.because,
        })),
        authorsUnknown: c.authorsUnknown ?? null,
    };
}

;// CONCATENATED MODULE: ./build/src/gates/g3/index.js



/**
 * G3 OT/QA Approval: the documented sign-off. Reads who approved (the run's
 * environment approvals, else the pull request's reviews, or a sign-off
 * file) and judges it against ssot/approvals.json: every role's quorum of
 * distinct people, no rejection by a role member, and separation of duties
 * (no author of the model, not the run's actor, no bot, one role per
 * person). The subject is the model's digest, as at G0 to G2.
 */
const g3 = {
    id: 'G3',
    options: {},
    async run(ctx) {
        const model = await ctx.ssot.model();
        const modelPath = ctx.inputs.model
            ? ctx.workspace.resolve(ctx.inputs.model, 'model')
            : ctx.ssot.resolveRepoPath(model.paths.model, 'model');
        const subject = await ctx.describeFile(modelPath, 'model');
        const { policy, collected, judged } = await readGateApprovals({
            gate: 'G3',
            ssot: ctx.ssot,
            workspace: ctx.workspace,
            source: ctx.services.approvals,
            model,
            modelPath,
            modelSha256: subject.sha256,
            actor: ctx.run.actor,
        });
        const missing = judged.roles.filter((r) => r.counted < r.needed);
        return {
            status: decideStatus(judged.checks, 0),
            summary: `${judged.tally} from ${describeSource(collected, ctx.run.runId)}${missing.length ? `; missing ${missing.map((r) => `${r.role}: ${r.counted} of ${r.needed}`).join(', ')}` : ''}; ${describeCounts(judged.checks)}`,
            subject: { model: subject, data: [], artifacts: [] },
            checks: judged.checks,
            problems: [],
            report: {
                model: { name: model.name, version: model.version ?? null, owner: model.owner },
                approvals: approvalRecord(judged, collected, {
                    environments: policy.environments,
                    runId: ctx.run.runId ?? null,
                    commit: ctx.run.sha ?? null,
                    actor: ctx.run.actor ?? null,
                }),
                tables: approvalTables(judged, collected),
            },
        };
    },
};
function describeSource(c, runId) {
    if (c.source === 'file')
        return `sign-off file ${c.file ?? ''}`.trim();
    if (c.source === 'environment')
        return `environment approvals of run ${runId ?? '?'}`;
    return `reviews of pull request #${c.pullRequest ?? '?'}`;
}

;// CONCATENATED MODULE: ./build/src/gates/drift/config.js
/** Evidently's default thresholds: p-values at 0.05, distances at 0.1. */
const DEFAULT_THRESHOLD = {
    ks: 0.05,
    chisquare: 0.05,
    z: 0.05,
    wasserstein: 0.1,
    jensenshannon: 0.1,
    psi: 0.1,
};
/** Tests that return a p-value (drift when small) rather than a distance (drift when large). */
const P_VALUE_TESTS = new Set(['ks', 'chisquare', 'z']);
const DEFAULT_DATASET_SHARE = 0.5;
const DEFAULT_CONSECUTIVE_RUNS = 3;
/** ssot/drift.json when there is one, else Evidently's defaults (an empty config). */
async function loadDriftConfig(ssot) {
    return ssot.has('drift.json') ? ssot.json('drift.json', 'drift') : {};
}

;// CONCATENATED MODULE: ./build/src/drift-tests/binning.js
/**
 * The distributions Evidently's Jensen-Shannon and PSI tests compare
 * (evidently's get_binned_data): for a numeric column whose reference has
 * more than 20 distinct values, the shares in equal-width bins over both
 * samples (numpy's 'sturges' edges); otherwise the share of each value.
 */
/** numpy.histogram_bin_edges(values, bins='sturges') over two sorted samples taken together. */
function sturgesEdges(a, b) {
    const size = a.length + b.length;
    const lo = Math.min(a[0], b[0]);
    const hi = Math.max(a[a.length - 1], b[b.length - 1]);
    let first = lo;
    let last = hi;
    if (first === last) {
        first -= 0.5;
        last += 0.5;
    }
    const width = (hi - lo) / (Math.log2(size) + 1);
    const bins = width ? Math.ceil((last - first) / width) : 1;
    const edges = new Float64Array(bins + 1);
    const step = (last - first) / bins;
    for (let i = 0; i < bins; i++)
        edges[i] = i * step + first;
    edges[bins] = last;
    return edges;
}
/** Values of a sorted sample below x (searchsorted side='left'), or at most x (side='right'). */
function searchSorted(values, x, right) {
    let lo = 0;
    let hi = values.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (right ? values[mid] <= x : values[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** numpy.histogram(values, edges)[0] for a sorted sample: the last bin includes its right edge. */
function histogramSorted(values, edges) {
    const bins = edges.length - 1;
    const out = new Float64Array(bins);
    let prev = searchSorted(values, edges[0], false);
    for (let i = 0; i < bins; i++) {
        const at = searchSorted(values, edges[i + 1], i === bins - 1);
        out[i] = at - prev;
        prev = at;
    }
    return out;
}
/** Distinct values of a sorted sample, counted. */
function countSorted(values) {
    const counts = new Map();
    let k = 0;
    while (k < values.length) {
        const v = values[k];
        let e = k + 1;
        while (e < values.length && values[e] === v)
            e++;
        counts.set(String(v), e - k);
        k = e;
    }
    return { counts, total: values.length };
}
/** Number of distinct values in a sorted sample, counted up to `cap` + 1. */
function distinctSorted(values, cap = Infinity) {
    let n = 0;
    for (let k = 0; k < values.length && n <= cap; k++)
        if (k === 0 || values[k] !== values[k - 1])
            n++;
    return n;
}
/** Shares of every category seen in either sample, each sample over its own total. */
function categoryShares(reference, current) {
    const keys = [...new Set([...reference.counts.keys(), ...current.counts.keys()])];
    return {
        reference: Float64Array.from(keys, (k) => (reference.counts.get(k) ?? 0) / reference.total),
        current: Float64Array.from(keys, (k) => (current.counts.get(k) ?? 0) / current.total),
        labels: keys,
    };
}
/** Evidently's binning of two sorted numeric samples (see the file comment). */
function binNumeric(reference, current) {
    if (distinctSorted(reference, 20) > 20) {
        const edges = sturgesEdges(reference, current);
        const r = histogramSorted(reference, edges);
        const c = histogramSorted(current, edges);
        for (let i = 0; i < r.length; i++) {
            r[i] = r[i] / reference.length;
            c[i] = c[i] / current.length;
        }
        return { reference: r, current: c, labels: Array.from(edges) };
    }
    return categoryShares(countSorted(reference), countSorted(current));
}
/**
 * Evidently's fill of empty bins before PSI: a zero share becomes a millionth
 * of the smallest non-zero share when that is at most 1e-4, else 1e-4.
 */
function fillZeroes(shares) {
    let min = Infinity;
    for (const s of shares)
        if (s !== 0 && s < min)
            min = s;
    const fill = min <= 0.0001 ? min / 1e6 : 0.0001;
    return shares.map((s) => (s === 0 ? fill : s));
}

;// CONCATENATED MODULE: ./build/src/drift-tests/special.js
/**
 * Special functions the drift tests need for p-values: the log-gamma
 * function, the regularized upper incomplete gamma function (the chi-square
 * survival function) and the normal survival function. Double precision,
 * accurate to about 1e-14 relative in the ranges the tests use.
 */
const LANCZOS_G = 7;
const LANCZOS = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7,
];
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
/** log Γ(x) for x > 0 (Lanczos below 10, Stirling's series above). */
function logGamma(x) {
    if (x < 0.5)
        return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    if (x >= 10) {
        const r = 1 / x;
        const r2 = r * r;
        const series = r *
            (1 / 12 -
                r2 * (1 / 360 - r2 * (1 / 1260 - r2 * (1 / 1680 - r2 * (1 / 1188 - r2 * (691 / 360360))))));
        return (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + series;
    }
    const z = x - 1;
    let a = LANCZOS[0];
    const t = z + LANCZOS_G + 0.5;
    for (let i = 1; i < LANCZOS.length; i++)
        a += LANCZOS[i] / (z + i);
    return HALF_LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
const special_EPS = 1e-16;
const MAX_ITER = 100_000;
/** The regularized lower incomplete gamma P(a, x) by its series (x < a + 1). */
function lowerSeries(a, x) {
    let sum = 1 / a;
    let term = sum;
    for (let n = 1; n < MAX_ITER; n++) {
        term *= x / (a + n);
        sum += term;
        if (Math.abs(term) < Math.abs(sum) * special_EPS)
            break;
    }
    return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
}
/** The regularized upper incomplete gamma Q(a, x) by its continued fraction (x >= a + 1), Lentz's method. */
function upperFraction(a, x) {
    const tiny = 1e-300;
    let b = x + 1 - a;
    let c = 1 / tiny;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < MAX_ITER; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = b + an / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < special_EPS)
            break;
    }
    return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}
/** Q(a, x) = Γ(a, x) / Γ(a), the upper tail; 1 at x <= 0. */
function gammaQ(a, x) {
    if (!(x > 0))
        return 1;
    if (x === Infinity)
        return 0;
    return x < a + 1 ? 1 - lowerSeries(a, x) : upperFraction(a, x);
}
/** The chi-square survival function with `df` degrees of freedom (scipy.stats.chi2.sf). */
function chiSquareSf(statistic, df) {
    if (Number.isNaN(statistic))
        return Number.NaN;
    return gammaQ(df / 2, statistic / 2);
}
/** The standard normal CDF (scipy.stats.norm.cdf), through erfc = Q(1/2, z²/2). */
function normalCdf(z) {
    if (Number.isNaN(z))
        return Number.NaN;
    const upper = 0.5 * gammaQ(0.5, (z * z) / 2);
    return z >= 0 ? 1 - upper : upper;
}

;// CONCATENATED MODULE: ./build/src/drift-tests/chi-square.js

/**
 * Evidently's chi-square drift test: scipy.stats.chisquare of the current
 * counts against the reference proportions scaled to the current size, over
 * every category seen in either sample. A category the reference never saw
 * has an expected count of 0, which makes the statistic infinite and the
 * p-value 0, as in scipy.
 */
function chiSquareTest(reference, current) {
    const keys = new Set([...reference.counts.keys(), ...current.counts.keys()]);
    const scale = current.total / reference.total;
    let statistic = 0;
    for (const k of keys) {
        const observed = current.counts.get(k) ?? 0;
        const expected = (reference.counts.get(k) ?? 0) * scale;
        const d = observed - expected;
        statistic += (d * d) / expected;
    }
    const df = keys.size - 1;
    return { statistic, pValue: df > 0 ? chiSquareSf(statistic, df) : Number.NaN, df };
}

;// CONCATENATED MODULE: ./build/src/drift-tests/jensen-shannon.js
/**
 * The Jensen-Shannon distance between two distributions given as shares of
 * the same bins (scipy.spatial.distance.jensenshannon, base 2 as Evidently
 * uses it): each is normalized to sum 1, then sqrt of the mean of the two
 * relative entropies to their midpoint. 0 for equal distributions, 1 for
 * disjoint ones.
 */
function jensenShannonDistance(p, q, base = 2) {
    let sp = 0;
    let sq = 0;
    for (let i = 0; i < p.length; i++) {
        sp += p[i];
        sq += q[i];
    }
    let js = 0;
    for (let i = 0; i < p.length; i++) {
        const a = p[i] / sp;
        const b = q[i] / sq;
        const m = (a + b) / 2;
        js += relEntr(a, m) + relEntr(b, m);
    }
    js /= Math.log(base);
    return Math.sqrt(js / 2);
}
/** scipy.special.rel_entr: x·log(x/y), 0 when x is 0. */
function relEntr(x, y) {
    if (x > 0 && y > 0)
        return x * Math.log(x / y);
    if (x === 0 && y >= 0)
        return 0;
    return Infinity;
}

;// CONCATENATED MODULE: ./build/src/drift-tests/kolmogorov.js

/**
 * The survival function of the two-sided one-sample Kolmogorov-Smirnov
 * statistic D_n (scipy.stats.kstwo.sf), which scipy's ks_2samp uses as its
 * asymptotic p-value with n = round(m·n / (m + n)). The branches follow
 * Simard and L'Ecuyer (2011) as scipy does: Ruben-Gambino at the ends, twice
 * the one-sided Smirnov tail for large n·x², the Durbin matrix (Marsaglia,
 * Tsang and Wang) for small x, and the Pelz-Good expansion otherwise.
 */
function kolmogorovSf(n, x) {
    if (!Number.isInteger(n) || n <= 0 || Number.isNaN(x))
        return Number.NaN;
    if (x >= 1)
        return 0;
    if (x <= 0)
        return 1;
    const t = n * x;
    if (t <= 1) {
        if (t <= 0.5)
            return 1;
        const cdf = n <= 140 ? productCdf(n, t) : Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
        return clip(1 - cdf);
    }
    if (t >= n - 1)
        return clip(2 * (1 - x) ** n);
    if (x >= 0.5)
        return clip(2 * smirnovSf(n, x));
    const nx2 = t * x;
    if (n <= 140) {
        // scipy uses Pomeranz's recursion for 0.754693 < n·x² <= 4; the Durbin matrix is exact there too.
        if (nx2 <= 4)
            return clip(1 - durbinCdf(n, x));
        return clip(2 * smirnovSf(n, x));
    }
    if (nx2 >= 370)
        return 0;
    if (nx2 >= 2.2)
        return clip(2 * smirnovSf(n, x));
    let cdf;
    if (nx2 >= 18)
        cdf = 1;
    else if (n <= 100_000 && n * x ** 1.5 <= 1.4)
        cdf = durbinCdf(n, x);
    else
        cdf = pelzGoodCdf(n, x);
    return clip(1 - cdf);
}
const clip = (p) => Math.min(1, Math.max(0, p));
function productCdf(n, t) {
    let p = 1;
    for (let i = 1; i <= n; i++)
        p *= i * (1 / n) * (2 * t - 1);
    return p;
}
const STIRLING = [
    -0.029550653594771242, 0.00641025641025641, -0.0019175269175269176, 0.0008417508417508417,
    -0.0005952380952380953, 0.0007936507936507937, -0.002777777777777778, 0.08333333333333333,
];
/** log(n! / n^n) by Stirling's series. */
function logFactorialOverPower(n) {
    const rn = 1 / n;
    let poly = 0;
    for (const c of STIRLING)
        poly = poly * (rn / n) + c;
    return Math.log(n) / 2 - n + Math.log(2 * Math.PI) / 2 + rn * poly;
}
const E128 = 2 ** 128;
const EM128 = 2 ** -128;
/** Pr(D_n <= d) by the Durbin matrix, the power computed by squaring with rescaling (Marsaglia, Tsang, Wang 2003). */
function durbinCdf(n, d) {
    if (d >= 1)
        return 1;
    const nd = n * d;
    if (nd <= 0.5)
        return 0;
    const k = Math.ceil(nd);
    const h = k - nd;
    const m = 2 * k - 1;
    const v = new Float64Array(m);
    const w = new Float64Array(m);
    let fac = 1;
    for (let j = 1; j <= m; j++) {
        w[j - 1] = fac;
        fac /= j;
        v[j - 1] = (1 - h ** j) * fac;
    }
    const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
    v[m - 1] = (1 + tt) * fac;
    let H = new Float64Array(m * m);
    for (let i = 1; i < m; i++)
        for (let r = i - 1; r < m; r++)
            H[r * m + i] = w[r - i + 1];
    for (let r = 0; r < m; r++)
        H[r * m] = v[r];
    for (let c = 0; c < m; c++)
        H[(m - 1) * m + c] = v[m - 1 - c];
    let P = new Float64Array(m * m);
    for (let i = 0; i < m; i++)
        P[i * m + i] = 1;
    let nn = n;
    let expnt = 0;
    let hExpnt = 0;
    while (nn > 0) {
        if (nn % 2) {
            P = matmul(P, H, m);
            expnt += hExpnt;
        }
        H = matmul(H, H, m);
        hExpnt *= 2;
        if (Math.abs(H[(k - 1) * m + k - 1]) > E128) {
            for (let i = 0; i < H.length; i++)
                H[i] /= E128;
            hExpnt += 128;
        }
        nn = Math.floor(nn / 2);
    }
    let p = P[(k - 1) * m + k - 1];
    for (let i = 1; i <= n; i++) {
        p = (i * p) / n;
        if (Math.abs(p) < EM128) {
            p *= E128;
            expnt -= 128;
        }
    }
    if (expnt !== 0)
        p *= 2 ** expnt;
    return clip(p);
}
function matmul(a, b, m) {
    const out = new Float64Array(m * m);
    for (let i = 0; i < m; i++)
        for (let k = 0; k < m; k++) {
            const aik = a[i * m + k];
            if (aik === 0)
                continue;
            for (let j = 0; j < m; j++)
                out[i * m + j] += aik * b[k * m + j];
        }
    return out;
}
const PI2 = Math.PI ** 2;
const PI4 = Math.PI ** 4;
const PI6 = Math.PI ** 6;
const SQRT2PI = Math.sqrt(2 * Math.PI);
/** Pr(D_n <= x) by the Pelz-Good expansion in 1/sqrt(n). */
function pelzGoodCdf(n, x) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const z = Math.sqrt(n) * x;
    const z2 = z * z;
    const z3 = z2 * z;
    const z4 = z2 * z2;
    const z6 = z4 * z2;
    const qlog = -PI2 / 8 / z2;
    if (qlog < -708)
        return 0;
    let q = Math.exp(qlog);
    const k1a = -z2;
    const k1b = PI2 / 4;
    const k2a = 6 * z6 + 2 * z4;
    const k2b = ((2 * z4 - 5 * z2) * PI2) / 4;
    const k2c = (PI4 * (1 - 2 * z2)) / 16;
    const k3d = (PI6 * (5 - 30 * z2)) / 64;
    const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16;
    const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4;
    const k3a = -30 * z6 - 90 * z ** 8;
    const K = [0, 0, 0, 0];
    const maxk = Math.ceil((16 * z) / Math.PI);
    for (let k = maxk; k > 0; k--) {
        const m = 2 * k - 1;
        const m2 = m * m;
        const m4 = m2 * m2;
        const m6 = m4 * m2;
        const qp = q ** (8 * k);
        const coeffs = [
            1,
            k1a + k1b * m2,
            k2a + k2b * m2 + k2c * m4,
            k3a + k3b * m2 + k3c * m4 + k3d * m6,
        ];
        for (let i = 0; i < 4; i++)
            K[i] = K[i] * qp + coeffs[i];
    }
    const div = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
    for (let i = 0; i < 4; i++)
        K[i] = (K[i] * q * SQRT2PI) / div[i];
    q = Math.exp(-PI2 / 2 / z2);
    let k2extra = 0;
    let k3extra = 0;
    const sqrt3z = Math.sqrt(3) * z;
    for (let k = maxk; k > 0; k--) {
        const k2 = k * k;
        const qp = q ** k2;
        k2extra += k2 * qp;
        const kpi = Math.PI * k;
        k3extra += (sqrt3z + kpi) * (sqrt3z - kpi) * k2 * qp;
    }
    K[2] = K[2] + (k2extra * PI2 * SQRT2PI) / (-36 * z3);
    K[3] = K[3] + (k3extra * PI2 * SQRT2PI) / (216 * z6);
    let sum = 0;
    for (let i = 0; i < 4; i++)
        sum += K[i] / n ** (i / 2);
    return sum;
}
const MIN_LOG = -708.3964185322641;
/**
 * The one-sided Smirnov tail Pr(D+_n > x) (scipy.special.smirnov), by the
 * Birnbaum-Tingey sum with each term in logs, stopping once the rest cannot
 * change the sum; above n = 10^6 the same approximation as scipy.
 */
function smirnovSf(n, x) {
    if (!(n > 0 && x >= 0 && x <= 1))
        return Number.NaN;
    if (n === 1)
        return 1 - x;
    if (x === 0)
        return 1;
    if (x === 1)
        return 0;
    const nx = n * x;
    const nxfl = Math.floor(nx);
    const alpha = nx - nxfl;
    if (nxfl === 0 || (nxfl === 1 && alpha === 0))
        return clip(1 - x * (1 + x) ** (n - 1));
    if (-2 * n * x * x < MIN_LOG)
        return 0;
    if (nxfl >= n - 1)
        return clip((1 - x) ** n);
    if (n > 1_000_000) {
        const logp = -((6 * n * x + 1) ** 2) / 18 / n;
        return clip(logp < -Math.LN2 ? Math.exp(logp) : -Math.expm1(logp));
    }
    let last = n - nxfl - (alpha === 0 ? 0 : 1);
    if (alpha === 0)
        last -= 1;
    const nTerms = last + 1;
    const logN1 = logGamma(n + 1);
    // The v = 0 term is (1 - x)^n / x; the sum is multiplied by x at the end.
    let sum = Math.exp(n * Math.log1p(-x)) / x;
    for (let v = 1; v < nTerms; v++) {
        const logC = logN1 - logGamma(v + 1) - logGamma(n - v + 1);
        const a = x + v / n;
        const log = logC + (n - v) * Math.log1p(-a) + (v - 1) * Math.log(a);
        const term = Math.exp(log);
        sum += term;
        if (term !== 0 && 4 * (nTerms - v) * term < Number.EPSILON * sum && v !== nTerms - 1)
            break;
        if (term === 0 && v > n / 2)
            break;
    }
    return clip(x * sum);
}

;// CONCATENATED MODULE: ./build/src/drift-tests/ks.js

/** scipy's ks_2samp(method='auto') is exact while both samples have at most this many values. */
const KS_MAX_EXACT_N = 10_000;
/**
 * The two-sample Kolmogorov-Smirnov test, two-sided, as scipy.stats.ks_2samp
 * with method='auto': the statistic by one merge walk over both sorted
 * samples, the exact p-value when neither has more than 10 000 values, else
 * the asymptotic one. Both arrays must be sorted ascending, without NaN.
 */
function ksTwoSample(a, b) {
    const n1 = a.length;
    const n2 = b.length;
    if (n1 === 0 || n2 === 0)
        throw new RangeError('ks_2samp needs two non-empty samples');
    let d = ksStatistic(a, b);
    const g = gcd(n1, n2);
    if (Math.max(n1, n2) <= KS_MAX_EXACT_N) {
        const lcm = (n1 / g) * n2;
        const h = roundHalfEven(d * lcm);
        d = h / lcm;
        if (h === 0)
            return { statistic: d, pValue: 1, method: 'exact' };
        const p = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInside(n1, n2, g, h);
        if (p >= 0 && p <= 1)
            return { statistic: d, pValue: p, method: 'exact' };
    }
    const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
    const en = (m * n) / (m + n);
    return { statistic: d, pValue: kolmogorovSf(roundHalfEven(en), d), method: 'asymp' };
}
/** The largest distance between the two empirical CDFs, compared after every distinct value. */
function ksStatistic(a, b) {
    const n1 = a.length;
    const n2 = b.length;
    let i = 0;
    let j = 0;
    let max = 0;
    let min = 0;
    while (i < n1 || j < n2) {
        const v = i < n1 && (j >= n2 || a[i] <= b[j]) ? a[i] : b[j];
        while (i < n1 && a[i] <= v)
            i++;
        while (j < n2 && b[j] <= v)
            j++;
        const diff = i / n1 - j / n2;
        if (diff > max)
            max = diff;
        else if (diff < min)
            min = diff;
    }
    const minS = Math.min(1, Math.max(0, -min));
    return minS > max ? minS : max;
}
function gcd(a, b) {
    while (b)
        [a, b] = [b, a % b];
    return a;
}
/** numpy's round: halves to even. */
function roundHalfEven(x) {
    const r = Math.round(x);
    return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
/** Pr(D_{n,n} >= h/n), a Horner-like alternating sum (scipy's _compute_prob_outside_square). */
function probOutsideSquare(n, h) {
    let P = 0;
    for (let k = Math.floor(n / h); k >= 0; k--) {
        let p1 = 1;
        for (let j = 0; j < h; j++)
            p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
        P = p1 * (1 - P);
    }
    return 2 * P;
}
/**
 * The share of lattice paths from (0,0) to (m,n) that leave the band
 * |x/m - y/n| < h/lcm: Hodges' inside method, computing 1 - p directly
 * (Viehmann 2021), one sliding column at a time.
 */
function outerProbInside(m0, n0, g, h) {
    const [m, n] = m0 >= n0 ? [m0, n0] : [n0, m0];
    const mg = m / g;
    const ng = n / g;
    let minj = 0;
    let maxj = Math.min(Math.ceil(h / mg), n + 1);
    let curlen = maxj - minj;
    const lenA = Math.min(2 * maxj + 2, n + 1);
    const A = new Float64Array(lenA).fill(1);
    A.fill(0, minj, maxj);
    for (let i = 1; i <= m; i++) {
        const lastminj = minj;
        const lastlen = curlen;
        minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
        maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
        if (maxj <= minj)
            return 1;
        let val = minj === 0 ? 0 : 1;
        for (let jj = 0; jj < maxj - minj; jj++) {
            const j = jj + minj;
            val = (A[jj + minj - lastminj] * i + val * j) / (i + j);
            A[jj] = val;
        }
        curlen = maxj - minj;
        if (lastlen > curlen)
            A.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
    }
    return A[maxj - minj - 1];
}

;// CONCATENATED MODULE: ./build/src/drift-tests/psi.js

/**
 * The population stability index of two distributions over the same bins,
 * as Evidently computes it: empty bins filled first (see fillZeroes), then
 * Σ (ref - cur) · ln(ref / cur). 0.1 is Evidently's drift threshold.
 */
function populationStabilityIndex(reference, current) {
    const r = fillZeroes(reference);
    const c = fillZeroes(current);
    let psi = 0;
    for (let i = 0; i < r.length; i++)
        psi += (r[i] - c[i]) * Math.log(r[i] / c[i]);
    return psi;
}

;// CONCATENATED MODULE: ./build/src/drift-tests/wasserstein.js
/**
 * The first Wasserstein distance between two samples (scipy.stats.
 * wasserstein_distance): the area between their empirical CDFs, by one merge
 * walk over both sorted samples. Both arrays sorted ascending, without NaN.
 */
function wassersteinSorted(u, v) {
    const nu = u.length;
    const nv = v.length;
    if (nu === 0 || nv === 0)
        throw new RangeError('wasserstein_distance needs two non-empty samples');
    let i = 0;
    let j = 0;
    let sum = 0;
    // The CDFs after the current value; the area up to the next value is |F_u - F_v| · gap.
    let x = u[0] <= v[0] ? u[0] : v[0];
    while (i < nu || j < nv) {
        while (i < nu && u[i] <= x)
            i++;
        while (j < nv && v[j] <= x)
            j++;
        if (i === nu && j === nv)
            break;
        const next = i < nu && (j >= nv || u[i] <= v[j]) ? u[i] : v[j];
        sum += Math.abs(i / nu - j / nv) * (next - x);
        x = next;
    }
    return sum;
}
/** The population standard deviation (numpy's np.std, ddof=0), two-pass. */
function populationStdDev(values) {
    const n = values.length;
    if (n === 0)
        return Number.NaN;
    let mean = 0;
    for (let k = 0; k < n; k++)
        mean += values[k];
    mean /= n;
    let ss = 0;
    for (let k = 0; k < n; k++) {
        const d = values[k] - mean;
        ss += d * d;
    }
    return Math.sqrt(ss / n);
}
/**
 * Evidently's normed Wasserstein distance: the distance divided by the
 * reference's standard deviation (at least 0.001), so that 0.1 means a tenth
 * of a standard deviation whatever the unit.
 */
function wassersteinNormed(reference, current) {
    const norm = Math.max(populationStdDev(reference), 0.001);
    return wassersteinSorted(reference, current) / norm;
}

;// CONCATENATED MODULE: ./build/src/drift-tests/z-test.js

/**
 * Evidently's two-proportion z-test for a column with at most two values
 * (its default below 1000 reference rows): the share of the first value in
 * sorted order in each sample, a pooled standard error, and the two-sided
 * p-value 2·(1 - Φ(|z|)). Two samples holding the same single value give 1.
 */
function zTest(reference, current) {
    const rKeys = [...reference.counts.keys()];
    const cKeys = [...current.counts.keys()];
    if (rKeys.length === 1 && cKeys.length === 1 && rKeys[0] === cKeys[0])
        return { statistic: 0, pValue: 1 };
    const first = [...new Set([...rKeys, ...cKeys])].sort(compareKeys)[0];
    const n1 = reference.total;
    const n2 = current.total;
    const p1 = (n1 - (reference.counts.get(first) ?? 0)) / n1;
    const p2 = (n2 - (current.counts.get(first) ?? 0)) / n2;
    const P = (p1 * n1 + p2 * n2) / (n1 + n2);
    const z = (p1 - p2) / Math.sqrt(P * (1 - P) * (1 / n1 + 1 / n2));
    return { statistic: z, pValue: 2 * (1 - normalCdf(Math.abs(z))) };
}
/** Sorted as Python sorts the keys: numbers by value, text by code point. */
function compareKeys(a, b) {
    const x = Number(a);
    const y = Number(b);
    if (a !== '' && b !== '' && !Number.isNaN(x) && !Number.isNaN(y))
        return x - y;
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./build/src/gates/drift/sort.js
/**
 * The finite values of a column, sorted ascending: missing (NaN) and
 * infinite values are left out, as Evidently drops them before its tests.
 * Large columns are sorted by an LSD radix sort on the IEEE-754 bits (four
 * 16-bit digits, skipping digits that every value shares), which is several
 * times faster than a comparison sort on a million values; -0 sorts before 0.
 */
function sortFinite(values) {
    let n = 0;
    for (let i = 0; i < values.length; i++)
        if (Number.isFinite(values[i]))
            n++;
    const out = new Float64Array(n);
    if (n === values.length)
        out.set(values);
    else {
        let k = 0;
        for (let i = 0; i < values.length; i++) {
            const v = values[i];
            if (Number.isFinite(v))
                out[k++] = v;
        }
    }
    return n < RADIX_MIN ? out.sort() : radixSort(out);
}
const RADIX_MIN = 4096;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** Sorts in place (and returns) a Float64Array without NaN. */
function radixSort(data) {
    const n = data.length;
    const words = new Uint32Array(data.buffer, data.byteOffset, n * 2);
    const [loAt, hiAt] = LITTLE_ENDIAN ? [0, 1] : [1, 0];
    let lo = new Uint32Array(n);
    let hi = new Uint32Array(n);
    // Order-preserving keys: flip every bit of negatives, only the sign bit of the rest.
    for (let i = 0; i < n; i++) {
        const h = words[2 * i + hiAt];
        const l = words[2 * i + loAt];
        const neg = h >>> 31;
        hi[i] = neg ? ~h >>> 0 : (h | 0x80000000) >>> 0;
        lo[i] = neg ? ~l >>> 0 : l;
    }
    let lo2 = new Uint32Array(n);
    let hi2 = new Uint32Array(n);
    // All four digit histograms in one read pass.
    const counts = new Uint32Array(4 * 65536);
    for (let i = 0; i < n; i++) {
        const l = lo[i];
        const h = hi[i];
        counts[l & 0xffff]++;
        counts[65536 + (l >>> 16)]++;
        counts[131072 + (h & 0xffff)]++;
        counts[196608 + (h >>> 16)]++;
    }
    for (let pass = 0; pass < 4; pass++) {
        const base = pass * 65536;
        const shift = (pass % 2) * 16;
        const first = ((pass < 2 ? lo[0] : hi[0]) >>> shift) & 0xffff;
        if (counts[base + first] === n)
            continue; // every value shares this digit
        let sum = 0;
        for (let d = 0; d < 65536; d++) {
            const c = counts[base + d];
            counts[base + d] = sum;
            sum += c;
        }
        const src = pass < 2 ? lo : hi;
        for (let i = 0; i < n; i++) {
            const at = counts[base + ((src[i] >>> shift) & 0xffff)]++;
            lo2[at] = lo[i];
            hi2[at] = hi[i];
        }
        ;
        [lo, lo2] = [lo2, lo];
        [hi, hi2] = [hi2, hi];
    }
    for (let i = 0; i < n; i++) {
        const h = hi[i];
        const neg = !(h >>> 31);
        words[2 * i + hiAt] = neg ? ~h >>> 0 : h & 0x7fffffff;
        words[2 * i + loAt] = neg ? ~lo[i] >>> 0 : lo[i];
    }
    return data;
}

;// CONCATENATED MODULE: ./build/src/gates/drift/judge.js









/** Evidently's size limit: at most this many reference values, p-value tests; above, distances. */
const SMALL_REFERENCE_ROWS = 1000;
/**
 * Compares one column as Evidently does: missing values left out, then the
 * configured test or the default one (numeric with more than 5 distinct
 * values: KS up to 1000 reference rows, normed Wasserstein above; otherwise
 * chi-square, or the z-test for two values, up to 1000 rows, and
 * Jensen-Shannon above). Throws a RangeError when a sample has no values.
 */
function compareColumn(values, setting = {}) {
    if (values.kind === 'num') {
        const ref = sortFinite(values.reference);
        const cur = sortFinite(values.current);
        if (ref.length === 0 || cur.length === 0)
            throw new RangeError(emptyMessage(ref.length));
        const distinct = distinctUnion(ref, cur);
        const test = setting.test ??
            (ref.length <= SMALL_REFERENCE_ROWS
                ? distinct <= 5
                    ? distinct > 2
                        ? 'chisquare'
                        : 'z'
                    : 'ks'
                : distinct <= 5
                    ? 'jensenshannon'
                    : 'wasserstein');
        const counts = () => [countSorted(ref), countSorted(cur)];
        const base = {
            kind: 'num',
            referenceRows: ref.length,
            currentRows: cur.length,
            referenceMissing: values.reference.length - ref.length,
            currentMissing: values.current.length - cur.length,
            distinct,
            referenceMean: mean(ref),
            currentMean: mean(cur),
            referenceStd: populationStdDev(ref),
            distribution: binNumeric(ref, cur),
        };
        return finish(base, test, setting, () => {
            switch (test) {
                case 'ks': {
                    const r = ksTwoSample(ref, cur);
                    return { score: r.pValue, statistic: r.statistic };
                }
                case 'wasserstein':
                    // wassersteinNormed, with the standard deviation already computed.
                    return { score: wassersteinSorted(ref, cur) / Math.max(base.referenceStd, 0.001) };
                case 'jensenshannon':
                case 'psi': {
                    const b = base.distribution;
                    return {
                        score: test === 'psi'
                            ? populationStabilityIndex(b.reference, b.current)
                            : jensenShannonDistance(b.reference, b.current),
                    };
                }
                default:
                    return categoricalScore(test, ...counts());
            }
        });
    }
    const ref = countValues(values.reference);
    const cur = countValues(values.current);
    if (ref.total === 0 || cur.total === 0)
        throw new RangeError(emptyMessage(ref.total));
    const distinct = new Set([...ref.counts.keys(), ...cur.counts.keys()]).size;
    const test = setting.test ??
        (ref.total <= SMALL_REFERENCE_ROWS ? (distinct > 2 ? 'chisquare' : 'z') : 'jensenshannon');
    if (test === 'ks' || test === 'wasserstein')
        throw new RangeError(`${test} compares numbers, and this column holds text`);
    const base = {
        kind: 'cat',
        referenceRows: ref.total,
        currentRows: cur.total,
        referenceMissing: values.reference.length - ref.total,
        currentMissing: values.current.length - cur.total,
        distinct,
        distribution: categoryShares(ref, cur),
    };
    return finish(base, test, setting, () => categoricalScore(test, ref, cur));
}
function emptyMessage(referenceValues) {
    return `no values to compare in the ${referenceValues === 0 ? 'reference' : 'current window'} (every value is missing)`;
}
function finish(base, test, setting, compute) {
    const threshold = setting.threshold ?? DEFAULT_THRESHOLD[test];
    const { score, statistic } = compute();
    return {
        ...base,
        test,
        configured: setting.test !== undefined,
        threshold,
        score,
        ...(statistic !== undefined ? { statistic } : {}),
        drifted: isDrift(test, score, threshold),
    };
}
/** KS drifts at p <= threshold, chi-square and z at p < threshold (as in Evidently), distances at >= threshold. */
function isDrift(test, score, threshold) {
    if (Number.isNaN(score))
        return false;
    if (test === 'ks')
        return score <= threshold;
    if (P_VALUE_TESTS.has(test))
        return score < threshold;
    return score >= threshold;
}
function categoricalScore(test, ref, cur) {
    if (test === 'chisquare') {
        const r = chiSquareTest(ref, cur);
        // A single category on both sides has nothing to test: no drift, as scipy's p-value of 1 (0 degrees of freedom) would say.
        return r.df === 0 ? { score: 1, statistic: 0 } : { score: r.pValue, statistic: r.statistic };
    }
    if (test === 'z') {
        const r = zTest(ref, cur);
        return { score: r.pValue, statistic: r.statistic };
    }
    const s = categoryShares(ref, cur);
    return {
        score: test === 'psi'
            ? populationStabilityIndex(s.reference, s.current)
            : jensenShannonDistance(s.reference, s.current),
    };
}
function countValues(values) {
    const counts = new Map();
    let total = 0;
    for (const v of values) {
        if (v === null)
            continue;
        counts.set(v, (counts.get(v) ?? 0) + 1);
        total++;
    }
    return { counts, total };
}
function mean(values) {
    let s = 0;
    for (let i = 0; i < values.length; i++)
        s += values[i];
    return s / values.length;
}
/** Largest count of distinct values reported: enough for every rule (5 and 20), cheap on a million rows. */
const DISTINCT_CAP = 1000;
/** Distinct values over two sorted arrays, by a merge walk that stops past DISTINCT_CAP. */
function distinctUnion(a, b) {
    let i = 0;
    let j = 0;
    let n = 0;
    while ((i < a.length || j < b.length) && n <= DISTINCT_CAP) {
        const v = i < a.length && (j >= b.length || a[i] <= b[j]) ? a[i] : b[j];
        while (i < a.length && a[i] === v)
            i++;
        while (j < b.length && b[j] === v)
            j++;
        n++;
    }
    return n;
}

;// CONCATENATED MODULE: ./build/src/gates/drift/predictions.js



/**
 * The model's predictions on the reference and on the current window, as
 * columns to compare: one numeric column per regression target
 * (`prediction`, or `prediction.<target>` for several), or the predicted
 * class (categorical) for a classifier.
 */
async function predictBoth(path, display, model, targets, ref, cur) {
    const classes = (0,model_config/* classNames */.xW)(model, display);
    const loaded = await runner/* LoadedModel */.D.open(path, display, (0,model_io/* modelIoFor */.T)(model, targets, classes), {
        intraOpThreads: 0,
    });
    try {
        const a = await loaded.predict(features(model, ref), ref.rows);
        const b = await loaded.predict(features(model, cur), cur.rows);
        if (model.task === 'regression')
            return targets.map((t, i) => ({
                name: targets.length > 1 ? `prediction.${t.name}` : 'prediction',
                values: {
                    kind: 'num',
                    reference: a.targets[i].prediction,
                    current: b.targets[i].prediction,
                },
            }));
        const label = (p) => Array.from(p, (c) => String(classes?.[c] ?? c));
        return [
            {
                name: 'prediction',
                values: {
                    kind: 'cat',
                    reference: label(a.predictedClass),
                    current: label(b.predictedClass),
                },
            },
        ];
    }
    finally {
        await loaded.close();
    }
}
function features(model, table) {
    const out = new Map();
    for (const f of model.features) {
        const n = table.numeric.get(f.name);
        out.set(f.name, n ?? table.text.get(f.name).map((v) => v ?? ''));
    }
    return out;
}

;// CONCATENATED MODULE: ./build/src/gates/drift/report.js

const TEST_NAMES = {
    ks: 'K-S p-value',
    wasserstein: 'Wasserstein distance (normed)',
    chisquare: 'chi-square p-value',
    z: 'Z-test p-value',
    jensenshannon: 'Jensen-Shannon distance',
    psi: 'PSI',
};
/** The pass condition a check states: p-values above (KS) or at least (chi-square, z) the threshold, distances below it. */
function passOperator(test) {
    if (test === 'ks')
        return '>';
    return P_VALUE_TESTS.has(test) ? '>=' : '<';
}
const round = (x, digits = 6) => x === undefined || !Number.isFinite(x) ? null : Number(x.toPrecision(digits));
/** One check per compared column: a drifted column is a warning; the dataset verdict is the blocking check. */
function columnCheck(c) {
    const what = c.role === 'feature' ? 'Feature' : c.role === 'target' ? 'Target' : 'Prediction';
    return {
        id: `drift.${c.role}.${c.name}`,
        rule: c.test,
        variable: c.name,
        value: round(c.score, 12),
        operator: passOperator(c.test),
        threshold: c.threshold,
        status: c.drifted ? 'warn' : 'pass',
        severity: 'warn',
        message: `${what} ${c.name}: ${TEST_NAMES[c.test]} ${round(c.score, 4)} (${c.drifted ? 'drift' : 'no drift'} at ${c.threshold}; ${c.configured ? 'test set in ssot/drift.json' : defaultReason(c)})`,
        details: {
            role: c.role,
            kind: c.kind,
            ...(c.statistic !== undefined ? { statistic: round(c.statistic, 12) } : {}),
            referenceRows: c.referenceRows,
            currentRows: c.currentRows,
            referenceMissing: c.referenceMissing,
            currentMissing: c.currentMissing,
            distinct: c.distinct,
        },
    };
}
function defaultReason(c) {
    const size = c.referenceRows <= 1000 ? '<= 1000' : '> 1000';
    const type = c.kind === 'num' && c.distinct > 5
        ? 'numeric, > 5 distinct values'
        : 'categorical or <= 5 values';
    return `default for ${type}, ${size} reference values`;
}
/** The per-column table of the report. */
function columnTable(columns) {
    return {
        title: 'Drift per column',
        columns: [
            'column',
            'role',
            'type',
            'test',
            'score',
            'threshold',
            'drift',
            'reference values',
            'current values',
            'reference mean',
            'current mean',
        ],
        rows: columns.map((c) => [
            c.name,
            c.role,
            c.kind === 'num' ? 'numeric' : 'categorical',
            TEST_NAMES[c.test],
            round(c.score, 4),
            c.threshold,
            c.drifted ? 'DRIFT' : 'no',
            c.referenceRows,
            c.currentRows,
            round(c.referenceMean, 4),
            round(c.currentMean, 4),
        ]),
    };
}
/** A small distribution chart (reference against current shares) per drifted column. */
function driftCharts(columns) {
    return columns
        .filter((c) => c.drifted)
        .map((c) => {
        const d = c.distribution;
        const numericBins = typeof d.labels[0] === 'number' && d.labels.length === d.reference.length + 1;
        const x = (i) => numericBins ? (d.labels[i] + d.labels[i + 1]) / 2 : i + 1;
        const series = (name, shares) => ({
            name,
            points: Array.from(shares, (s, i) => [x(i), round(s, 6) ?? 0]),
        });
        return {
            id: `drift-${c.role}-${c.name}`,
            title: `${c.name}: ${TEST_NAMES[c.test]} ${round(c.score, 3)}`,
            kind: numericBins ? 'histogram' : 'bar',
            xLabel: numericBins
                ? c.name
                : `${c.name} (${d.labels
                    .slice(0, 8)
                    .map((l, i) => `${i + 1}=${l}`)
                    .join(', ')}${d.labels.length > 8 ? ', ...' : ''})`,
            yLabel: 'share of rows',
            series: [series('reference', d.reference), series('current', d.current)],
        };
    });
}

// EXTERNAL MODULE: ./build/src/gates/drift/window.js
var drift_window = __webpack_require__(3428);
;// CONCATENATED MODULE: ./build/src/gates/drift/index.js












/**
 * Drift monitoring: the current window (`--data current=FILE`) against the
 * reference (`paths.reference` in ssot/model.json), per feature with
 * Evidently's tests and defaults unless ssot/drift.json says otherwise, plus
 * the target when the window has it and the model's predictions when a model
 * is given. Fails (exit 1) on dataset drift: at least `datasetDriftShare` of
 * the features drift.
 */
const drift = {
    id: 'drift',
    options: {
        threads: 'threads that read large CSV files (default: the available cores, at most 8); MODELGATE_THREADS also sets it',
        freeze: 'true: on dataset drift, freeze the production version (in the registry when there is one, else the output frozen=true); overrides freeze in ssot/drift.json',
    },
    async run(ctx) {
        const model = await ctx.ssot.model();
        const config = await loadDriftConfig(ctx.ssot);
        const threads = (0,range_workers/* threadCount */.Cc)(ctx.inputs.options.threads);
        const { reference, current } = dataFiles(ctx, model);
        const refDisplay = ctx.workspace.display(reference);
        const curDisplay = ctx.workspace.display(current);
        const [refHeader, curHeader] = [
            await readHeader(reference, refDisplay),
            await readHeader(current, curDisplay),
        ];
        checkColumns(refHeader, curHeader, curDisplay, config);
        const ignored = (name) => config.columns?.[name]?.ignore === true;
        const features = model.features.filter((f) => !ignored(f.name));
        // Nothing compared is no verdict: "no drift" over zero features would pass by default.
        if (features.length === 0)
            throw new errors/* InputError */.dz({
                file: ctx.ssot.display('drift.json'),
                pointer: '/columns',
                message: 'drift.json ignores every feature of the model: no feature would be compared',
                expected: 'at least one feature of ssot/model.json without ignore: true',
                found: `ignored: ${model.features.map((f) => f.name).join(', ')}`,
            });
        const targets = (0,model_config/* resolveTargets */.h5)(model, ctx.ssot.display('model.json'));
        const targetColumns = targets
            .map((t) => t.column)
            .filter((c) => curHeader.includes(c) && refHeader.includes(c) && !ignored(c));
        const textTarget = model.task !== 'regression';
        const specs = [
            ...model.features.map((f) => ({ name: f.name, kind: f.dtype === 'string' ? 'text' : 'number' })),
            ...targetColumns.map((name) => ({ name, kind: textTarget ? 'text' : 'number' })),
        ];
        const t0 = performance.now();
        const ref = await (0,drift_window.readTable)(reference, refDisplay, 'reference', specs, threads);
        const cur = await (0,drift_window.readTable)(current, curDisplay, 'current', specs, threads);
        // Large files were hashed by one of the threads that read them; small ones are hashed now.
        const digests = [
            ctx.describeFile(reference, 'reference', undefined, ref.digest),
            ctx.describeFile(current, 'current', undefined, cur.digest),
        ];
        for (const d of digests)
            d.catch(() => { });
        if (cur.rows === 0)
            throw noRows(curDisplay, 'current window');
        if (ref.rows === 0)
            throw noRows(refDisplay, 'reference');
        const t1 = performance.now();
        const { verdicts, checks, compare } = comparer(ctx, config);
        for (const f of features)
            compare(f.name, 'feature', columnValues(f.name, ref, cur));
        for (const c of targetColumns)
            compare(c, 'target', columnValues(c, ref, cur));
        let modelSubject;
        if (ctx.inputs.model) {
            const modelPath = ctx.workspace.resolve(ctx.inputs.model, 'model');
            modelSubject = await ctx.describeFile(modelPath, 'model');
            const predicted = await predictBoth(modelPath, ctx.workspace.display(modelPath), model, targets, ref, cur);
            for (const p of predicted)
                if (!ignored(p.name))
                    compare(p.name, 'prediction', p.values);
        }
        const t2 = performance.now();
        const featureVerdicts = verdicts.filter((v) => v.role === 'feature');
        const drifted = featureVerdicts.filter((v) => v.drifted);
        const share = featureVerdicts.length ? drifted.length / featureVerdicts.length : 0;
        const shareThreshold = config.datasetDriftShare ?? DEFAULT_DATASET_SHARE;
        const datasetDrift = featureVerdicts.length > 0 && share >= shareThreshold;
        checks.push(datasetCheck(featureVerdicts.length, drifted, share, shareThreshold));
        const freeze = parseFreeze(ctx.inputs.options.freeze) ?? config.freeze ?? false;
        const frozenVersion = datasetDrift && freeze ? await freezeProduction(ctx, model.name) : undefined;
        const otherDrift = verdicts
            .filter((v) => v.role !== 'feature' && v.drifted)
            .map((v) => (v.name === v.role ? v.role : `${v.role} ${v.name}`));
        const status = decideStatus(checks, 0);
        return {
            status,
            summary: `${model.name}: ${datasetDrift ? 'dataset drift' : 'no dataset drift'}, ${drifted.length} of ${featureVerdicts.length} features drift${otherDrift.length ? `; ${otherDrift.join(', ')} drift` : ''} (${(0,digits/* groupDigits */.K)(cur.rows)} current rows against ${(0,digits/* groupDigits */.K)(ref.rows)} reference rows)`,
            subject: {
                ...(modelSubject ? { model: modelSubject } : {}),
                data: [
                    { ...(await digests[0]), rows: ref.rows },
                    { ...(await digests[1]), rows: cur.rows },
                ],
                artifacts: [],
            },
            checks,
            problems: [],
            report: {
                model: {
                    name: model.name,
                    version: model.version ?? null,
                    owner: model.owner,
                    stage: model.stage,
                },
                drift: {
                    datasetDrift,
                    share,
                    shareThreshold,
                    driftedFeatures: drifted.map((v) => v.name),
                    drifted: verdicts.filter((v) => v.drifted).map((v) => ({ name: v.name, role: v.role })),
                    reference: { file: refDisplay, rows: ref.rows },
                    current: { file: curDisplay, rows: cur.rows },
                },
                alert: alertSettings(config, freeze, frozenVersion),
                stages: { readMs: t1 - t0, testsMs: t2 - t1 },
                tables: [columnTable(verdicts)],
                charts: driftCharts(verdicts),
            },
        };
    },
};
/** Compares columns into verdicts and checks; a column that cannot be judged becomes an error check. */
function comparer(ctx, config) {
    const verdicts = [];
    const checks = [];
    const compare = (name, role, values) => {
        const setting = { ...(config.test ? { test: config.test } : {}), ...config.columns?.[name] };
        try {
            const v = { name, role, ...compareColumn(values, setting) };
            verdicts.push(v);
            checks.push(columnCheck(v));
        }
        catch (error) {
            if (!(error instanceof RangeError))
                throw error;
            // A test that does not fit the column was set in drift.json; missing values were not.
            const source = setting.test !== undefined
                ? {
                    file: ctx.ssot.display('drift.json'),
                    pointer: config.columns?.[name]?.test
                        ? `/columns/${(0,schema_registry/* escapePointer */.lZ)(name)}/test`
                        : '/test',
                }
                : undefined;
            checks.push(unjudgedCheck(name, role, error.message, source));
        }
    };
    return { verdicts, checks, compare };
}
/** The blocking check: the dataset drifts when at least `threshold` of the features drift. */
function datasetCheck(features, drifted, share, threshold) {
    const fail = features > 0 && share >= threshold;
    return {
        id: 'drift.dataset.share',
        rule: 'drifted_share',
        value: share,
        operator: '<',
        threshold,
        status: fail ? 'fail' : 'pass',
        severity: 'block',
        message: `${drifted.length} of ${features} features drift${drifted.length ? ` (${drifted.map((v) => v.name).join(', ')})` : ''}; the dataset drifts at a share of ${threshold} or more`,
        details: { driftedFeatures: drifted.map((v) => v.name), features },
    };
}
/** What the Action's alert step needs from this run (report.alert). */
function alertSettings(config, freeze, frozenVersion) {
    return {
        freeze,
        ...(frozenVersion ? { frozenVersion } : {}),
        ...(config.retrain
            ? {
                retrain: {
                    workflow: config.retrain.workflow,
                    ...(config.retrain.ref ? { ref: config.retrain.ref } : {}),
                    consecutiveRuns: config.retrain.consecutiveRuns ?? DEFAULT_CONSECUTIVE_RUNS,
                },
            }
            : {}),
    };
}
/** The reference (reference=FILE, else paths.reference) and the current window (current=FILE, or one path without a role). */
function dataFiles(ctx, model) {
    const data = ctx.inputs.data;
    const byRole = (role) => data.filter((d) => d.role === role);
    const refInput = byRole('reference');
    const curInputs = byRole('current');
    if (curInputs.length === 0 && data.length === 1 && !data[0].explicitRole)
        curInputs.push(data[0]);
    if (curInputs.length !== 1 || refInput.length > 1)
        throw new errors/* InputError */.dz({
            message: curInputs.length === 0
                ? 'drift compares a current window with the reference, and no current window was given'
                : 'drift compares one current window with one reference',
            expected: '--data current=FILE (the `data` input), and the reference in paths.reference of ssot/model.json or --data reference=FILE',
            found: data.length
                ? data.map((d) => (d.explicitRole ? `${d.role}=${d.path}` : d.path)).join(', ')
                : 'no data',
        });
    const current = ctx.workspace.resolve(curInputs[0].path, 'current window');
    if (refInput.length === 1)
        return { reference: ctx.workspace.resolve(refInput[0].path, 'reference data'), current };
    if (!model.paths.reference)
        throw new errors/* InputError */.dz({
            file: ctx.ssot.display('model.json'),
            pointer: '/paths/reference',
            message: 'drift has no reference data',
            expected: 'paths.reference in ssot/model.json (the data the model was trained on), or --data reference=FILE',
            found: 'none',
        });
    return {
        reference: ctx.ssot.resolveRepoPath(model.paths.reference, 'reference data', '/paths/reference'),
        current,
    };
}
const HEADER_READ = Symbol('header read');
/** The header of a CSV, without reading its rows. */
async function readHeader(absolute, display) {
    let header = [];
    try {
        await (0,byte_csv_reader/* readCsvFile */.FU)(absolute, { displayPath: display }, (h) => {
            header = h;
            throw HEADER_READ;
        }, () => { });
    }
    catch (error) {
        if (error !== HEADER_READ)
            throw error;
    }
    return header;
}
/** A window column the reference lacks means the data changed shape: an error, unless drift.json lists it in ignoreColumns. */
function checkColumns(refHeader, curHeader, curDisplay, config) {
    const extra = curHeader.filter((c) => !refHeader.includes(c) && !config.ignoreColumns?.includes(c));
    if (extra.length > 0)
        throw new errors/* InputError */.dz({
            file: curDisplay,
            line: 1,
            message: `The current window has ${extra.length === 1 ? 'a column' : 'columns'} that the reference lacks: ${extra.map((c) => JSON.stringify(c)).join(', ')}`,
            expected: `the reference's columns (${refHeader.join(', ')}), or the column in ignoreColumns of ssot/drift.json`,
            found: `columns ${curHeader.join(', ')}`,
        });
}
function columnValues(name, ref, cur) {
    const r = ref.numeric.get(name);
    if (r)
        return { kind: 'num', reference: r, current: cur.numeric.get(name) };
    return { kind: 'cat', reference: ref.text.get(name), current: cur.text.get(name) };
}
function noRows(display, what) {
    return new errors/* InputError */.dz({
        file: display,
        message: `The ${what} has no data rows`,
        expected: 'at least one row to compare',
        found: 'a header only',
    });
}
/** A column that cannot be judged (no values, or a test that does not fit its type): an error check, never a pass. */
function unjudgedCheck(name, role, message, source) {
    return {
        id: `drift.${role}.${name}`,
        rule: 'drift',
        variable: name,
        value: null,
        status: 'error',
        severity: 'block',
        message: `${role} ${name}: ${message}`,
        ...(source ? { source } : {}),
    };
}
function parseFreeze(raw) {
    if (raw === undefined)
        return undefined;
    if (raw === 'true' || raw === 'false')
        return raw === 'true';
    throw new errors/* InputError */.dz({
        message: 'Invalid option freeze',
        expected: 'true or false',
        found: JSON.stringify(raw),
    });
}
/**
 * Freezes the production version in the registry, when the run was given
 * one (it keeps serving; its recommendations are held until a person
 * unfreezes it). Returns the version, or undefined without a registry or a
 * production version (the Action then sets the output frozen=true).
 */
async function freezeProduction(ctx, model) {
    const registry = ctx.services.registry;
    if (!registry)
        return undefined;
    const production = await registry.production(model);
    if (!production)
        return undefined;
    if (!production.frozen) {
        const r = ctx.run;
        const runUrl = r.serverUrl && r.repository && r.runId
            ? `${r.serverUrl}/${r.repository}/actions/runs/${r.runId}`
            : undefined;
        await registry.setFrozen({ model: production.model, version: production.version }, true, {
            ...(r.actor ? { login: r.actor } : {}),
            ...(r.runId ? { runId: r.runId } : {}),
            ...(runUrl ? { runUrl } : {}),
        }, 'dataset drift (modelgate drift)');
    }
    return production.version;
}

;// CONCATENATED MODULE: ./build/src/gates/g5/approval.js

/**
 * `G5.approval`: the Release Manager's approval, read and judged as G3 reads
 * approvals (src/approvals: the same roles file, ssot/approvals.json
 * gates.G5): the quorum of release managers for the `production`
 * environment, no rejection, separation of duties (not an author of the
 * model, not the run's actor, no bot) and, with g5DistinctFromG3, nobody who
 * approved G3 (read from G3's verified evidence). The approvals judge's own
 * checks are kept in `details.checks`.
 */
async function judgeApproval(ctx, modelDigest, links, modelAbsolute) {
    const file = ctx.ssot.display('approvals.json');
    // G3's approvers are kept out only when the policy says so (read once here; readGateApprovals names a missing file).
    const distinct = ctx.ssot.has('approvals.json') &&
        (await ctx.ssot.approvals()).gates.G5?.g5DistinctFromG3 === true;
    const { judged, policy } = await readGateApprovals({
        gate: 'G5',
        ssot: ctx.ssot,
        workspace: ctx.workspace,
        source: ctx.services.approvals,
        model: await ctx.ssot.model(),
        modelPath: modelAbsolute,
        modelSha256: modelDigest,
        actor: ctx.run.actor,
        ...(distinct ? { excluded: g3Approvers(links) } : {}),
    });
    // Without valid G3 evidence its approvers are unknown: the chain fails on it already, so this is a fail too, not an error.
    const noG3 = !links.find((l) => l.gate === 'G3')?.valid;
    const checks = judged.checks.map((c) => noG3 && c.status === 'error' && c.id === 'G5.sod.distinct-from-g3'
        ? { ...c, status: 'fail' }
        : c);
    // A sign-off file is self-declared: when G5 accepts none, it accepts no G3 judged on one either.
    const g3 = links.find((l) => l.gate === 'G3')?.valid;
    const g3Source = g3?.report.approvals?.source;
    if (g3Source === 'file' && !policy.allowFileSource)
        checks.push({
            id: 'G5.approvals.g3-source',
            rule: 'source',
            value: 'file',
            status: 'fail',
            severity: 'block',
            message: `G3 was judged on a sign-off file, and ${file} /gates/G5/allowFileSource is not true: G3 must read the environment approvals or the pull request's reviews`,
            source: { file, pointer: '/gates/G5/allowFileSource' },
        });
    const bad = checks.filter((c) => c.status === 'fail' || c.status === 'error');
    const status = checks.some((c) => c.status === 'error') ? 'error' : bad.length ? 'fail' : 'pass';
    return {
        id: 'G5.approval',
        rule: 'release-manager',
        value: judged.tally,
        status,
        severity: 'block',
        message: bad.length
            ? `The Release Manager's approval does not count: ${[...bad, ...checks.filter((c) => c.status === 'warn')].map((c) => `${c.id}: ${c.message ?? c.status}`).join('; ')}`
            : `Approved by ${judged.counted.map((a) => `${a.login} (${a.role})`).join(', ')}; ${judged.tally}`,
        source: { file, pointer: '/gates/G5' },
        details: {
            checks: checks.map((c) => ({ id: c.id, status: c.status, message: c.message ?? '' })),
            counted: judged.counted.map((a) => a.login),
            notCounted: judged.notCounted.map((a) => ({
                login: a.login,
                rule: a.rule,
                reason: a.reason,
            })),
        },
    };
}
/** Who approved G3, from its verified evidence (`report.approvals.counted`). */
function g3Approvers(links) {
    const g3 = links.find((l) => l.gate === 'G3')?.valid;
    if (!g3)
        return { unknown: 'no valid G3 evidence to read its approvers from' };
    const counted = g3.report.approvals?.counted;
    if (!Array.isArray(counted))
        return { unknown: 'the G3 evidence records no approvers' };
    return {
        logins: counted.flatMap((a) => (typeof a.login === 'string' ? [a.login] : [])),
        because: `G3 evidence ${g3.digest.value.slice(0, 12)}…`,
    };
}

// EXTERNAL MODULE: ./build/src/registry/chain.js
var chain = __webpack_require__(14044);
// EXTERNAL MODULE: ./build/src/engine/evidence.js + 2 modules
var evidence = __webpack_require__(40910);
;// CONCATENATED MODULE: ./build/src/gates/g5/chain.js


/**
 * `G5.evidence.<GATE>`: the gate's evidence exists, validates against
 * evidence.schema.json with its digest recomputed, says `pass`, and names
 * the model digest of the version being released. Every reason it fails is
 * listed. G4 may be skipped only when ssot/release.json says so explicitly.
 */
function judgeEvidence(held, modelDigest, policy, policyFile) {
    const base = {
        id: `G5.evidence.${held.gate}`,
        rule: 'evidence',
        variable: held.gate,
        severity: 'block',
        source: { file: held.file },
    };
    if (!held.record) {
        if (held.gate === 'G4' && !policy.requireG4)
            return {
                check: {
                    ...base,
                    value: 'absent',
                    status: 'skipped',
                    message: `No G4 evidence, and ${policyFile} marks G4 not required (requireG4 false): ${policy.requireG4Reason ?? ''}`,
                    source: { file: policyFile, pointer: '/requireG4' },
                },
                link: held,
            };
        return {
            check: {
                ...base,
                value: 'absent',
                status: 'fail',
                message: `No ${held.gate} evidence held by the release (expected ${held.file})${held.gate === 'G4' ? `; ${policyFile} requires G4 (set requireG4 false with a requireG4Reason to release without shadow validation)` : ''}`,
            },
            link: held,
        };
    }
    const invalid = (0,evidence/* verifyEvidence */.Jm)(held.record, held.file);
    if (invalid.length > 0)
        return {
            check: {
                ...base,
                value: 'does not verify',
                status: 'fail',
                message: `The ${held.gate} evidence does not verify: ${invalid.join('; ')}`,
            },
            link: held,
        };
    const record = held.record;
    const reasons = [];
    if (record.gate !== held.gate)
        reasons.push(`it is the evidence of ${record.gate}`);
    if (record.status !== 'pass')
        reasons.push(`its status is ${record.status}, not pass`);
    const judged = record.subject.model?.sha256;
    if (judged === undefined)
        reasons.push('it names no model digest');
    else if (judged !== modelDigest)
        reasons.push(`it judged model sha256 ${judged}, not the released ${modelDigest}`);
    return {
        check: {
            ...base,
            value: reasons.length ? 'refused' : 'pass',
            status: reasons.length ? 'fail' : 'pass',
            message: reasons.length
                ? `The ${held.gate} evidence cannot be released: ${reasons.join('; ')}`
                : `${held.gate} passed for model sha256 ${modelDigest} (evidence digest ${record.digest.value})`,
            details: { evidenceDigest: record.digest.value, status: record.status },
        },
        link: reasons.length
            ? { ...held, valid: record }
            : { ...held, valid: record, verified: record },
    };
}
/**
 * `G5.age.<GATE>`: the evidence finished no more than maxEvidenceAgeDays
 * before G5's clock (and not in its future). Judged only on verified links.
 */
function judgeAge(link, now, policy, policyFile) {
    const record = link.verified;
    if (!record)
        return undefined;
    const finished = Date.parse(record.timing.finishedAt);
    const days = (now.getTime() - finished) / 86_400_000;
    const base = {
        id: `G5.age.${link.gate}`,
        rule: 'max-evidence-age',
        variable: link.gate,
        operator: '<=',
        threshold: policy.maxEvidenceAgeDays,
        unit: 'days',
        severity: 'block',
        source: { file: policyFile, pointer: '/maxEvidenceAgeDays' },
    };
    if (!Number.isFinite(finished))
        return {
            ...base,
            value: null,
            status: 'fail',
            message: `${link.gate} evidence has no readable finishedAt`,
        };
    const rounded = Math.round(days * 100) / 100;
    if (days < -5 / 1440)
        return {
            ...base,
            value: rounded,
            status: 'fail',
            message: `${link.gate} evidence finished at ${record.timing.finishedAt}, after G5's clock (${now.toISOString()})`,
        };
    const stale = days > policy.maxEvidenceAgeDays;
    return {
        ...base,
        value: rounded,
        status: stale ? 'fail' : 'pass',
        message: stale
            ? `${link.gate} evidence is stale: ${rounded} days old (finished ${record.timing.finishedAt}), over the limit of ${policy.maxEvidenceAgeDays} days`
            : `${link.gate} evidence is ${rounded} days old`,
    };
}
/**
 * `G5.data`: one data file path has one digest across the verified evidence
 * (as `modelgate verify` checks the released chain): G1 cannot have been
 * measured on other bytes of the holdout than G0 validated.
 */
function judgeData(links) {
    const seen = new Map();
    const clashes = [];
    for (const link of links)
        for (const d of link.verified?.subject.data ?? []) {
            const before = seen.get(d.path);
            if (!before)
                seen.set(d.path, { sha256: d.sha256, gate: link.gate });
            else if (before.sha256 !== d.sha256)
                clashes.push(`${d.path}: ${before.gate} judged ${before.sha256}, ${link.gate} judged ${d.sha256}`);
        }
    return {
        id: 'G5.data',
        rule: 'same-data',
        value: clashes.length ? 'differs' : seen.size,
        status: clashes.length ? 'fail' : seen.size ? 'pass' : 'skipped',
        severity: 'block',
        message: clashes.length
            ? `The gates judged different bytes under one data path: ${clashes.join('; ')}`
            : seen.size
                ? `${seen.size} data file${seen.size === 1 ? '' : 's'}, one digest each across the gates`
                : 'the evidence names no data files',
    };
}

;// CONCATENATED MODULE: ./build/src/gates/g5/artifact-zip.js




/** `sha256:<hex>` of bytes, in the form GitHub reports artifact digests. */
function artifactDigest(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}
/** Largest evidence file read out of an artifact. */
const MAX_EVIDENCE_BYTES = 64 * 1024 * 1024;
/**
 * The `<GATE>.evidence.json` a modelgate evidence artifact holds (the
 * artifact holds the evidence, its markdown and its HTML report, side by
 * side), or undefined when it holds none or cannot be read.
 */
function evidenceInArtifact(zip, gate) {
    try {
        const source = (0,byte_source/* bufferSource */.kq)(zip);
        const end = findEndRecords(source);
        if (end?.zipfile === undefined)
            return undefined;
        const dir = readZipDirectory(source, end.zipfile, 64);
        const name = `${gate}.evidence.json`;
        const entry = dir.entries.find((e) => !e.problem && (e.name === name || e.name.endsWith(`/${name}`)));
        if (!entry || entry.compressedSize > MAX_EVIDENCE_BYTES)
            return undefined;
        const raw = zip.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
        const data = entry.method === 0
            ? Buffer.from(raw)
            : entry.method === 8
                ? (0,external_node_zlib_.inflateRawSync)(raw, { maxOutputLength: MAX_EVIDENCE_BYTES })
                : undefined;
        return data?.toString('utf8');
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./build/src/gates/g5/origin.js

/** An evidence artifact holds one evidence record and two reports; anything far larger is not one. */
const MAX_ARTIFACT_BYTES = 256 * 1024 * 1024;
const checkBase = (link, file) => ({
    id: `G5.origin.${link.gate}`,
    rule: 'trusted-origin',
    variable: link.gate,
    severity: 'block',
    source: { file },
});
/**
 * `G5.origin.<GATE>` outside Actions: the evidence was read from the local
 * registry, and the check says so (there is no workflow run to verify).
 */
function localOrigin(link, registryKind, where) {
    const base = checkBase(link, link.file);
    if (registryKind !== 'local')
        return {
            ...base,
            value: registryKind,
            status: 'error',
            message: `Outside GitHub Actions G5 trusts only evidence read from a local registry, and this one is ${registryKind}`,
        };
    return {
        ...base,
        value: 'local-registry',
        status: 'pass',
        message: `Local release: the ${link.gate} evidence was read from the local registry (${where}); no workflow run to verify`,
        details: { origin: 'local-registry', evidenceMode: link.verified?.context.mode ?? null },
    };
}
/**
 * The workflow file of a run's `path`: GitHub answers `<file>@<ref>`, and
 * sometimes `<owner>/<repo>/<file>@<ref>`; a prefix naming another repository
 * is kept, so it never matches a trusted file of this one.
 */
function workflowFile(path, repository) {
    const file = path.replace(/@[^@]*$/, '');
    return repository && file.startsWith(`${repository}/`) ? file.slice(repository.length + 1) : file;
}
/** What is wrong with a workflow run as the origin of evidence (none: trusted). */
function runProblems(run, evidence, rules, defaultBranch) {
    const problems = [];
    const repo = rules.run.repository;
    if (run.repository !== repo)
        problems.push(`run ${run.id} belongs to ${run.repository}, not ${repo}`);
    if (run.headRepository !== repo)
        problems.push(`run ${run.id} ran code from ${run.headRepository ?? 'an unknown repository'} (a fork), not ${repo}`);
    if (run.event === 'pull_request_target')
        problems.push(`run ${run.id} was triggered by pull_request_target`);
    const file = workflowFile(run.path, repo);
    if (!rules.policy.trustedWorkflows.includes(file))
        problems.push(`run ${run.id} ran ${file}, not a trusted workflow (${rules.policy.trustedWorkflows.join(', ')} in ${rules.policyFile})`);
    const branch = run.headBranch ?? '';
    // Not the release tag: the release is a draft, so the tag does not exist yet, and a run's
    // head_branch cannot tell a tag from a branch given its name. Only refs the policy names.
    const refs = [defaultBranch, ...(rules.policy.releaseRefs ?? [])];
    const onRef = refs.some((r) => r.endsWith('*') ? branch.startsWith(r.slice(0, -1)) : branch === r);
    if (!onRef)
        problems.push(`run ${run.id} ran on ${branch ? `"${branch}"` : 'no branch'}, not the default branch (${defaultBranch}) or a releaseRefs entry of ${rules.policyFile}`);
    if (evidence.context.sha && run.headSha !== evidence.context.sha)
        problems.push(`run ${run.id} ran commit ${run.headSha}, the evidence names ${evidence.context.sha}`);
    return problems;
}
/**
 * The artifact of the run that carries this evidence: named
 * `modelgate-<gate>-<model digest, 12 hex>-…` (src/publish/github/artifact.ts),
 * its zip's digest equal to the one GitHub recorded, and holding an evidence
 * file whose digest is the registry's. Returns the problems found (none: trusted).
 */
async function artifactProblems(runs, evidence, rules) {
    const runId = evidence.context.runId;
    const prefix = `modelgate-${evidence.gate}-${rules.modelDigest.slice(0, 12)}-`;
    const candidates = (await runs.artifacts(runId)).filter((a) => a.name.startsWith(prefix));
    if (candidates.length === 0)
        return { problems: [`run ${runId} uploaded no artifact named ${prefix}…`] };
    const problems = [];
    for (const artifact of candidates) {
        if (artifact.expired) {
            problems.push(`artifact ${artifact.name} (${artifact.id}) has expired`);
            continue;
        }
        if (artifact.sizeInBytes > MAX_ARTIFACT_BYTES) {
            problems.push(`artifact ${artifact.name} (${artifact.id}) is ${artifact.sizeInBytes} bytes, over the ${MAX_ARTIFACT_BYTES} G5 downloads`);
            continue;
        }
        if (!artifact.digest) {
            problems.push(`GitHub records no digest for artifact ${artifact.name} (${artifact.id})`);
            continue;
        }
        const zip = await runs.downloadArtifact(artifact.id);
        const computed = artifactDigest(zip);
        if (computed !== artifact.digest) {
            problems.push(`artifact ${artifact.name} (${artifact.id}) has digest ${computed}, GitHub recorded ${artifact.digest}`);
            continue;
        }
        const text = evidenceInArtifact(zip, evidence.gate);
        let digest;
        try {
            digest = text === undefined ? undefined : JSON.parse(text).digest?.value;
        }
        catch {
            digest = undefined;
        }
        if (digest === evidence.digest.value)
            return { problems: [], artifact };
        problems.push(`artifact ${artifact.name} (${artifact.id}) holds ${text === undefined ? `no readable ${evidence.gate}.evidence.json` : `evidence with digest ${String(digest)}`}, not the released ${evidence.digest.value}`);
    }
    return { problems };
}
/**
 * `G5.origin.<GATE>` in Actions: the evidence was judged in a workflow run of
 * this repository that exists, ran a trusted workflow file on the default
 * branch or a releaseRefs entry (not a fork, not pull_request_target), and its
 * artifact has the digest GitHub reports and holds this very evidence.
 */
async function actionsOrigin(link, runs, rules, defaultBranch) {
    const evidence = link.verified;
    if (!evidence)
        return undefined;
    const base = checkBase(link, link.file);
    const c = evidence.context;
    const refuse = (value, message, details = {}) => ({
        ...base,
        value,
        status: 'fail',
        message,
        details,
    });
    if (c.mode !== 'actions' || !c.runId)
        return refuse('no workflow run', `The ${link.gate} evidence was judged in a ${c.mode} run, not in a workflow run of ${rules.run.repository}`);
    if (c.repository !== rules.run.repository)
        return refuse('another repository', `The ${link.gate} evidence was judged for ${String(c.repository)}, not ${rules.run.repository}`);
    const run = await runs.run(c.runId);
    if (!run)
        return refuse('no such run', `Workflow run ${c.runId} named by the ${link.gate} evidence does not exist in ${rules.run.repository}`);
    const details = { runId: run.id, runUrl: run.htmlUrl, workflow: run.path, event: run.event };
    const problems = runProblems(run, evidence, rules, await defaultBranch());
    if (problems.length > 0)
        return refuse('untrusted run', `The ${link.gate} evidence is not from a trusted run: ${problems.join('; ')}`, details);
    const found = await artifactProblems(runs, evidence, rules);
    if (found.problems.length > 0)
        return refuse('untrusted artifact', `The ${link.gate} evidence does not match an artifact of run ${run.id}: ${found.problems.join('; ')}`, details);
    return {
        ...base,
        value: 'workflow-run',
        status: 'pass',
        message: `${link.gate} judged in run ${run.id} (${workflowFile(run.path, rules.run.repository)}, ${run.event} on ${run.headBranch ?? '?'}); artifact ${found.artifact.name} matches GitHub's digest ${found.artifact.digest}`,
        details: { ...details, artifactId: found.artifact.id, artifactDigest: found.artifact.digest },
    };
}

;// CONCATENATED MODULE: ./build/src/gates/g5/policy.js

/** The release policy; G5 cannot judge without one (there is no default age limit or trusted workflow). */
async function loadReleasePolicy(ssot) {
    if (!ssot.has('release.json'))
        throw new errors/* InputError */.dz({
            file: ssot.display('release.json'),
            message: 'G5 needs the release policy',
            expected: 'ssot/release.json with maxEvidenceAgeDays, requireG4, risk and trustedWorkflows (see ssot/schemas/release.schema.json)',
            found: 'no such file',
        });
    return ssot.json('release.json', 'release');
}

;// CONCATENATED MODULE: ./build/src/gates/g5/release-files.js





/** The manifest of a verified G2 evidence record, or undefined when it carries none. */
function g2Manifest(link) {
    const manifest = link?.verified?.report.manifest;
    if (!Array.isArray(manifest))
        return undefined;
    return manifest.filter((m) => !!m &&
        typeof m.path === 'string' &&
        typeof m.sha256 === 'string' &&
        typeof m.role === 'string');
}
/** The file of the release an entry of the manifest names: the same file name (as verify matches them). */
function heldFileFor(version, entry) {
    return version.files.find((f) => f.name === (0,external_node_path_.basename)(entry.path));
}
/**
 * `G5.manifest`: the release holds `modelgate-version.json` (the anchor
 * `modelgate candidate` wrote) naming the version's model digest; every file
 * the release holds that G2's manifest lists (and the manifest copy
 * `manifest.json`) is downloaded and hashed again, then
 * judged by the same link checks `modelgate verify` runs
 * (src/registry/chain.ts checkManifest): each must have the digest G2 signed
 * off, and G2's model entry must be the version's model. The release must
 * also hold the model and the model card. Catches a file swapped after G2.
 */
async function judgeManifest(registry, ref, version, g2) {
    const base = {
        id: 'G5.manifest',
        rule: 'g2-manifest',
        severity: 'block',
        source: { file: g2?.file ?? 'G2.evidence.json', pointer: '/report/manifest' },
    };
    const manifest = g2Manifest(g2);
    if (!g2?.verified || !manifest)
        return {
            check: {
                ...base,
                value: null,
                status: 'fail',
                message: g2?.verified
                    ? 'The G2 evidence carries no digest manifest'
                    : 'No verified G2 evidence, so no manifest to check the release against',
            },
        };
    const problems = [];
    for (const role of ['model', 'model-card']) {
        const entry = manifest.find((m) => m.role === role);
        if (entry && !heldFileFor(version, entry))
            problems.push(`the release holds no ${role} ${(0,external_node_path_.basename)(entry.path)}`);
    }
    const names = new Set(manifest.map((m) => (0,external_node_path_.basename)(m.path)));
    names.add(chain/* MANIFEST_FILE */.h1);
    names.add(chain/* VERSION_FILE */.mf);
    const bundle = [];
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'modelgate-g5-'));
    try {
        for (const [i, held] of version.files.filter((f) => names.has(f.name)).entries()) {
            const copy = (0,external_node_path_.join)(dir, String(i));
            await registry.download(ref, held.name, copy);
            const { sha256, bytes } = await (0,file_digest/* digestFile */.TM)(copy);
            bundle.push({
                name: held.name,
                sha256,
                bytes,
                ...(held.name === chain/* MANIFEST_FILE */.h1 || held.name === chain/* VERSION_FILE */.mf
                    ? { text: await (0,promises_.readFile)(copy, 'utf8') }
                    : {}),
            });
        }
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
    const descriptor = versionDescriptor(bundle, version.modelDigest, problems);
    // The anchor's model file is the one a deploy ships: it must be the judged model (verify's `model` link).
    const shipped = descriptor
        ? (bundle.find((f) => f.name === descriptor.modelFile) ??
            version.files.find((f) => f.name === descriptor.modelFile))
        : undefined;
    if (descriptor && shipped?.sha256 !== version.modelDigest)
        problems.push(`${chain/* VERSION_FILE */.mf} names model file ${descriptor.modelFile}, ${shipped ? `of sha256 ${shipped.sha256}` : 'which the release does not hold'}, not the model ${version.modelDigest}`);
    const verdicts = (0,chain/* checkManifest */.K7)(g2.verified, bundle, version.modelDigest);
    for (const v of verdicts.filter((x) => x.status === 'fail'))
        problems.push(`${v.link}: ${v.message}${v.expected !== undefined ? ` (G2: ${v.expected}, found ${v.found ?? '?'})` : ''}`);
    return {
        check: {
            ...base,
            value: problems.length ? 'changed' : 'unchanged',
            status: problems.length ? 'fail' : 'pass',
            message: problems.length
                ? `The release does not match G2's manifest: ${problems.join('; ')}`
                : `${bundle.length} released files hashed again match G2's manifest`,
            details: { files: bundle.map((f) => [f.name, f.sha256]) },
        },
        ...(descriptor ? { descriptor } : {}),
    };
}
/** modelgate-version.json of the release, when it holds one that names the version's model digest; else a problem. */
function versionDescriptor(bundle, modelDigest, problems) {
    const file = bundle.find((f) => f.name === chain/* VERSION_FILE */.mf);
    if (!file) {
        problems.push(`the release holds no ${chain/* VERSION_FILE */.mf} (modelgate candidate writes it)`);
        return undefined;
    }
    let descriptor;
    try {
        descriptor = JSON.parse(file.text ?? '');
    }
    catch {
        descriptor = undefined;
    }
    if (descriptor?.modelDigest !== modelDigest) {
        problems.push(`${chain/* VERSION_FILE */.mf} names model ${String(descriptor?.modelDigest)}, the version's is ${modelDigest}`);
        return undefined;
    }
    return descriptor;
}

;// CONCATENATED MODULE: ./build/src/gates/g5/readiness.js

/** `G5.owner`: the lifecycle seed's rule, no owner, no production. */
function judgeOwner(model, modelFile) {
    const owner = model.owner;
    const named = owner?.name?.trim() && (owner.email?.trim() || owner.github?.trim());
    return {
        id: 'G5.owner',
        rule: 'owner',
        value: named ? `${owner.name.trim()}` : null,
        status: named ? 'pass' : 'fail',
        severity: 'block',
        message: named
            ? `Owner: ${owner.name.trim()}`
            : 'The model has no owner with a name and an e-mail or GitHub login: no owner, no production',
        source: { file: modelFile, pointer: '/owner' },
    };
}
/** `G5.model-card`: model.json names a model card, G2 signed it, and the release holds it. */
function judgeModelCard(model, modelFile, version, g2) {
    const base = {
        id: 'G5.model-card',
        rule: 'model-card',
        severity: 'block',
        source: { file: modelFile, pointer: '/paths/modelCard' },
    };
    const path = model.paths.modelCard;
    if (!path)
        return {
            ...base,
            value: null,
            status: 'fail',
            message: 'model.json names no model card (paths.modelCard)',
        };
    const entry = g2Manifest(g2)?.find((m) => m.role === 'model-card');
    if (!entry)
        return {
            ...base,
            value: path,
            status: 'fail',
            message: `G2's manifest lists no model card (${path})`,
        };
    const held = heldFileFor(version, entry);
    return held
        ? {
            ...base,
            value: held.name,
            status: 'pass',
            message: `The release holds the model card ${held.name}`,
        }
        : {
            ...base,
            value: path,
            status: 'fail',
            message: `The release holds no model card (${entry.path})`,
        };
}
/**
 * `G5.risk`: no risk of the register is open (a status in openStatuses) with
 * a blocking impact and an empty mitigation, per ssot/release.json. A
 * missing register fails: no register is no evidence that risks were weighed.
 */
function judgeRisks(risks, registerFile, policy, policyFile) {
    const base = {
        id: 'G5.risk',
        rule: 'open-high-risk',
        operator: '<=',
        threshold: 0,
        severity: 'block',
        source: { file: registerFile },
    };
    if (!risks)
        return {
            ...base,
            value: null,
            status: 'fail',
            message: `No risk register (${registerFile}): G5 needs one to show no blocking risk is open`,
        };
    const blocking = risks.filter((r) => policy.risk.blockingImpacts.includes(r.impact) &&
        policy.risk.openStatuses.includes(r.status) &&
        r.mitigation.trim() === '');
    const first = blocking[0];
    return {
        ...base,
        value: blocking.length,
        status: blocking.length ? 'fail' : 'pass',
        message: blocking.length
            ? `${blocking.length} open risk${blocking.length > 1 ? 's' : ''} with ${policy.risk.blockingImpacts.join('/')} impact and no mitigation: ${blocking.map((r) => `${r.id} (line ${r.line}, ${r.impact}, owner ${r.owner})`).join(', ')}`
            : `No open risk with ${policy.risk.blockingImpacts.join('/')} impact lacks a mitigation (rule in ${policyFile} /risk)`,
        ...(first ? { source: { file: registerFile, line: first.line } } : {}),
    };
}
/**
 * `G5.freeze`: no drift freeze is open on a version this release does not
 * replace. The release replaces the version in production; a freeze on it
 * is lifted by the release. A frozen candidate, or another serving version
 * that is frozen, blocks. Rolled-back and retired versions do not serve.
 */
function judgeFreeze(versions, candidate, production) {
    const open = versions.filter((v) => v.frozen &&
        v.version !== production?.version &&
        v.state !== 'rolled-back' &&
        v.state !== 'retirement');
    const replaced = production?.frozen ? production : undefined;
    return {
        id: 'G5.freeze',
        rule: 'drift-freeze',
        value: open.length,
        operator: '<=',
        threshold: 0,
        status: open.length ? 'fail' : 'pass',
        severity: 'block',
        message: open.length
            ? `A drift freeze is open on ${open.map((v) => `${v.model} ${v.version}${v.version === candidate.version ? ' (this candidate)' : ''} since ${v.frozen.at}: ${v.frozen.reason}`).join('; ')}`
            : replaced
                ? `The freeze on ${replaced.version} (in production) is lifted by this release, which replaces it`
                : 'No drift freeze is open',
    };
}

// EXTERNAL MODULE: ./build/src/registry/lifecycle.js
var lifecycle = __webpack_require__(3937);
;// CONCATENATED MODULE: ./build/src/gates/g5/report.js

/** The release tag of a version: `<model name>-v<version>`, as every registry backend names it. */
function releaseTag(ref) {
    return (0,lifecycle/* releaseTag */.aF)(ref.model, ref.version);
}
function releaseReport(ref, version, production, publishedUrl) {
    return {
        model: ref.model,
        version: ref.version,
        tag: releaseTag(ref),
        modelDigest: version.modelDigest,
        previousVersion: production?.version ?? null,
        previousTag: production ? releaseTag(production) : null,
        url: publishedUrl ?? version.url ?? null,
    };
}
/** The checklist as a table: one row per named check. */
function checklistTable(checks) {
    return {
        title: 'Release checklist',
        columns: ['check', 'status', 'value', 'why'],
        rows: checks.map((c) => [
            c.id,
            c.status,
            c.value === null ? '' : String(c.value),
            c.message ?? '',
        ]),
    };
}
/** The release record of a G5 evidence report, when it carries a well-formed one. */
function readReleaseRecord(report) {
    const r = report.release;
    return r &&
        typeof r.tag === 'string' &&
        typeof r.model === 'string' &&
        typeof r.version === 'string'
        ? r
        : undefined;
}

// EXTERNAL MODULE: ./build/src/report/html.js + 1 modules
var html = __webpack_require__(57808);
// EXTERNAL MODULE: ./build/src/report/markdown.js + 1 modules
var markdown = __webpack_require__(70862);
;// CONCATENATED MODULE: ./build/src/gates/g5/promote.js



/**
 * After a pass: attach the G5 evidence and its checklist reports to the
 * candidate while it is still a draft (published releases are immutable),
 * then publish it and move the production pointer. The registry records the
 * version it replaces in the promotion's history (the rollback target).
 */
async function promoteRelease(registry, evidence, actor) {
    const release = readReleaseRecord(evidence.report);
    if (!release)
        throw new Error('G5 evidence without a release record');
    const ref = { model: release.model, version: release.version };
    await registry.attachEvidence(ref, evidence, {
        markdown: (0,markdown/* renderMarkdown */.G)(evidence),
        html: (0,html/* renderHtml */.K)(evidence),
    });
    await registry.promote(ref, actor, `G5 passed (evidence ${evidence.digest.value})${release.previousVersion ? `; replaces ${release.previousVersion}, the rollback target` : ''}`);
}

;// CONCATENATED MODULE: ./build/src/gates/g5/index.js











/**
 * G5 Production Release: judges the release checklist of the candidate named
 * by ssot/model.json (name and version) in the model registry. Each item is
 * one named check: the evidence of G0 to G4 (present, verified, passed, same
 * model digest), its trusted origin and age, the release files against G2's
 * manifest, owner, model card, risk register, the Release Manager's approval
 * and drift freezes. On pass (after the evidence is built) it attaches its
 * evidence to the candidate and promotes it; on fail it touches nothing.
 */
const g5 = {
    id: 'G5',
    options: {},
    async run(ctx) {
        const registry = needRegistry(ctx);
        const policy = await loadReleasePolicy(ctx.ssot);
        const policyFile = ctx.ssot.display('release.json');
        const model = await ctx.ssot.model();
        const modelFile = ctx.ssot.display('model.json');
        if (!model.version)
            throw new errors/* InputError */.dz({
                file: modelFile,
                pointer: '/version',
                message: 'G5 releases one version, and model.json names none',
                expected: 'a version, e.g. "1.0.0" (the release tag is <name>-v<version>)',
                found: 'no version',
            });
        const ref = { model: model.name, version: model.version };
        const tag = releaseTag(ref);
        const version = await registry.version(ref);
        if (!version)
            throw new errors/* InputError */.dz({
                message: `No candidate ${tag} in the ${registry.kind} registry`,
                expected: `a draft release ${tag} registered by modelgate candidate (the candidate step), holding the evidence of G0 to G4`,
                found: 'no such version',
            });
        if (!version.draft)
            throw new errors/* InputError */.dz({
                message: `Release ${tag} is already published (state ${version.state}): a version is released once`,
                expected: `a new version in ${modelFile} /version, released through a new chain from G0`,
                found: `published release ${tag}`,
            });
        const production = await registry.production(model.name);
        const checks = [];
        // The chain: evidence of G0 to G4, verified and about this model digest, fresh
        const links = [];
        for (const gate of chain/* CHAIN_GATES */.nF) {
            const file = `${tag}/${gate}.evidence.json`;
            const record = await registry.readEvidence(ref, gate);
            const judged = judgeEvidence({ gate, file, record }, version.modelDigest, policy, policyFile);
            checks.push(judged.check);
            links.push(judged.link);
        }
        // Trusted origins
        const rules = {
            run: ctx.run,
            policy,
            policyFile,
            releaseTag: tag,
            modelDigest: version.modelDigest,
        };
        checks.push(...(await originChecks(ctx, registry, links, rules, version.url ?? registry.kind)));
        for (const link of links) {
            const age = judgeAge(link, ctx.now(), policy, policyFile);
            if (age)
                checks.push(age);
        }
        checks.push(judgeData(links));
        // The release itself
        const g2 = links.find((l) => l.gate === 'G2');
        const manifest = await judgeManifest(registry, ref, version, g2);
        checks.push(manifest.check);
        checks.push(judgeOwner(model, modelFile));
        checks.push(judgeModelCard(model, modelFile, version, g2));
        const registerFile = ctx.ssot.display('risk_register.csv');
        checks.push(judgeRisks(ctx.ssot.has('risk_register.csv') ? await ctx.ssot.risks() : undefined, registerFile, policy, policyFile));
        checks.push(await judgeApproval(ctx, version.modelDigest, links, ctx.ssot.resolveRepoPath(model.paths.model, 'model', '/paths/model')));
        checks.push(judgeFreeze(await registry.versions(model.name), version, production));
        const status = decideStatus(checks, 0);
        const judged = Object.fromEntries(links.flatMap((l) => (l.verified ? [[l.gate, l.verified]] : [])));
        const heldModel = version.files.find((f) => f.sha256 === version.modelDigest);
        const required = chain/* CHAIN_GATES */.nF.filter((g) => g !== 'G4' || policy.requireG4);
        return {
            status,
            summary: `${status === 'pass' ? `Release ${tag} approved` : `Release ${tag} refused`}${production ? (status === 'pass' ? ` (replaces ${production.version} in production)` : ` (${production.version} stays in production)`) : ''}; ${describeCounts(checks)}`,
            subject: {
                model: {
                    role: 'model',
                    path: `${tag}/${heldModel?.name ?? 'model'}`,
                    sha256: version.modelDigest,
                    bytes: heldModel?.bytes ?? 0,
                },
                data: [],
                artifacts: version.files.map((f) => ({
                    role: 'release-file',
                    path: `${tag}/${f.name}`,
                    sha256: f.sha256,
                    bytes: f.bytes,
                })),
            },
            checks,
            problems: [],
            report: {
                release: releaseReport(ref, version, production, publishedUrl(registry, ctx, tag)),
                // What G5 judged, by digest, and the version anchor: modelgate verify and rollback check the release against them.
                ...(manifest.descriptor
                    ? (0,chain/* releaseReport */.Ax)(judged, manifest.descriptor, required)
                    : { chain: (0,chain/* chainReferences */.KQ)(judged, required) }),
                tables: [checklistTable(checks)],
            },
        };
    },
    async afterPass(evidence, ctx) {
        await promoteRelease(needRegistry(ctx), evidence, actorOf(ctx));
    },
};
/** GitHub's page of a published release; a draft's URL changes when it is published. */
function publishedUrl(registry, ctx, tag) {
    const { serverUrl, repository } = ctx.run;
    return registry.kind === 'github' && serverUrl && repository
        ? `${serverUrl}/${repository}/releases/tag/${encodeURIComponent(tag)}`
        : undefined;
}
function needRegistry(ctx) {
    const registry = ctx.services.registry;
    if (!registry)
        throw new errors/* InputError */.dz({
            message: 'G5 needs the model registry that holds the candidate',
            expected: 'a registry: the registry input in the Action (GitHub Releases), --registry DIR in the CLI',
            found: 'no registry',
        });
    return registry;
}
function actorOf(ctx) {
    const r = ctx.run;
    return {
        ...(r.actor ? { login: r.actor } : {}),
        ...(r.runId ? { runId: r.runId } : {}),
        ...(r.serverUrl && r.repository && r.runId
            ? { runUrl: `${r.serverUrl}/${r.repository}/actions/runs/${r.runId}` }
            : {}),
    };
}
/** `G5.origin.<GATE>` for each verified link: the local registry outside Actions, the workflow run and its artifact in Actions. */
async function originChecks(ctx, registry, links, rules, where) {
    const verified = links.filter((l) => l.verified);
    if (ctx.run.mode !== 'actions')
        return verified.map((l) => localOrigin(l, registry.kind, where));
    const runs = ctx.services.workflowRuns;
    if (!runs)
        throw new errors/* InputError */.dz({
            message: 'G5 in GitHub Actions verifies where each evidence came from through the REST API, and has no client',
            expected: 'the github-token input (with permissions actions: read)',
            found: 'no token',
        });
    let branch;
    const defaultBranch = () => (branch ??= runs.defaultBranch());
    const checks = [];
    for (const link of verified) {
        const check = await actionsOrigin(link, runs, rules, defaultBranch);
        if (check)
            checks.push(check);
    }
    return checks;
}

// EXTERNAL MODULE: ./build/src/gates/g4/config.js
var g4_config = __webpack_require__(21088);
// EXTERNAL MODULE: ./build/src/gates/g4/log.js + 1 modules
var g4_log = __webpack_require__(31147);
// EXTERNAL MODULE: ./build/src/gates/g4/timestamp.js
var timestamp = __webpack_require__(83156);
;// CONCATENATED MODULE: ./build/src/gates/g4/coverage.js

/**
 * The coverage of the shadow period: the log's rows per distinct UTC day, in
 * day order, and how many days have at least `minRowsPerDay` rows (the days
 * that count towards N). Days need not be consecutive: a day without traffic
 * simply does not count. Days after `today` (a UTC day number, from the
 * gate's clock) never count, so a log cannot cover the period ahead of time.
 */
function coverageOfPeriod(log, minRowsPerDay, today = Number.POSITIVE_INFINITY) {
    const byDay = new Map();
    for (let i = 0; i < log.rows; i++) {
        const d = log.day[i];
        const c = byDay.get(d);
        if (c) {
            c.rows++;
            c.failed += log.failed[i];
        }
        else
            byDay.set(d, { rows: 1, failed: log.failed[i] });
    }
    const perDay = [...byDay]
        .sort((a, b) => a[0] - b[0])
        .map(([day, c]) => ({
        day,
        label: (0,timestamp/* dayLabel */.nt)(day),
        ...c,
        counts: c.rows >= minRowsPerDay && day <= today,
        future: day > today,
    }));
    const qualifying = perDay.filter((d) => d.counts).length;
    const futureDays = perDay.filter((d) => d.future).length;
    return {
        perDay,
        qualifying,
        shortDays: perDay.length - qualifying - futureDays,
        futureDays,
        ...(perDay.length > 0 ? { first: perDay[0].label, last: perDay.at(-1).label } : {}),
    };
}

;// CONCATENATED MODULE: ./build/src/gates/g4/evaluate.js







/**
 * Pure G4 evaluation. The coverage of the period is always checked (N days
 * from ssot/shadow.json, whatever kpi_acceptance.csv says); every G4 rule is
 * then judged with the shared machinery of G1: truth KPIs (mae, coverage,
 * accuracy...) on the rows that have ground truth, for the shadow and for
 * production on the same rows with a paired bootstrap; agreement KPIs
 * (mean_abs_diff, agreement) on every row the shadow served; error_rate,
 * latency percentiles and days_covered from the log. A KPI without rows to
 * compute it on (no ground truth yet) fails, naming what is missing.
 */
function evaluateG4(input) {
    const { log } = input;
    const coverage = coverageOfPeriod(log, input.minRowsPerDay, input.today);
    const served = rowsWhere(log.rows, (i) => log.failed[i] === 0);
    const servedSets = new Map();
    const truth = new Map();
    input.log.variables.forEach((v, k) => {
        const name = input.variables[k].name;
        servedSets.set(name, rowSet(input, k, served, 'production'));
        const t = v.truth
            ? rowsWhere(log.rows, (i) => log.failed[i] === 0 && !Number.isNaN(v.truth[i]))
            : new Int32Array(0);
        truth.set(name, rowSet(input, k, t, 'truth'));
    });
    const shadow = new Map();
    const production = new Map();
    const reasons = new Map();
    const productionReasons = new Map();
    const noData = new Set();
    const rowsOf = new Map();
    const boot = [];
    for (const rule of input.rules) {
        const r = resolveRule(rule, input.variables, input.task, 'G4');
        if ('error' in r)
            continue;
        const k = key(rule.kpi, rule.variable);
        if (shadow.has(k) || reasons.has(k))
            continue;
        const def = findKpi(rule.kpi).def;
        if (!def.compute) {
            const op = evaluate_operational(def.name, input, coverage);
            if ('reason' in op)
                reasons.set(k, op.reason);
            else {
                shadow.set(k, { value: op.shadow, ...(op.note ? { note: op.note } : {}) });
                rowsOf.set(k, op.rows);
                if (op.production !== undefined)
                    production.set(k, { baseline: op.production, delta: op.shadow - op.production });
                else
                    productionReasons.set(k, op.productionReason ?? 'not in the log');
            }
            continue;
        }
        const set = (def.needs === 'production' ? servedSets : truth).get(rule.variable);
        rowsOf.set(k, set.rows.length);
        if (set.rows.length === 0) {
            noData.add(k);
            reasons.set(k, missingRows(def, input, rule.variable));
            continue;
        }
        const missing = missingColumns(def, set, rule.variable);
        if (missing) {
            reasons.set(k, missing);
            continue;
        }
        const sv = value(def, set.shadow, set.rows);
        if (typeof sv === 'string') {
            reasons.set(k, sv);
            continue;
        }
        shadow.set(k, { value: sv });
        if (def.needs === 'production') {
            productionReasons.set(k, 'an agreement KPI compares the shadow with production itself');
            boot.push({ k, def, set });
            continue;
        }
        const pv = def.needs === 'intervals' && !set.production.lower
            ? `the shadow log has no interval bounds of ${rule.variable} for the production model (production_${rule.variable}_lower/_upper)`
            : value(def, set.production, set.rows);
        if (typeof pv === 'string')
            productionReasons.set(k, pv);
        else
            production.set(k, { baseline: pv, delta: sv - pv });
        boot.push({ k, def, set });
    }
    // Paired bootstrap over each KPI's own rows: both models on the same resamples, one draw per row set.
    if (input.resamples > 0) {
        // Row sets with the same rows (often every row, for truth and agreement KPIs alike) share one draw.
        const bySet = new Map();
        for (const b of boot) {
            const id = b.set.rows.length === log.rows ? 'all' : b.set.rows;
            bySet.set(id, [...(bySet.get(id) ?? []), b]);
        }
        for (const [id, list] of bySet) {
            const rows = list[0].set.rows;
            const n = rows.length;
            const mapped = id === 'all' ? undefined : new Int32Array(n);
            const counts = new Int32Array(n);
            const sorted = new Int32Array(n);
            const s = list.map(() => new Float64Array(input.resamples));
            const d = list.map(({ k }) => production.has(k) ? new Float64Array(input.resamples) : undefined);
            forEachResample(n, input.resamples, input.seed, (idx, r) => {
                // The same multiset of rows in ascending order: the KPIs then read the log's arrays in order.
                evaluate_ascending(idx, counts, sorted);
                if (mapped)
                    for (let j = 0; j < n; j++)
                        mapped[j] = rows[sorted[j]];
                const at = mapped ?? sorted;
                list.forEach(({ def, set }, q) => {
                    const sv = evaluate_safe(() => def.compute(set.shadow, at));
                    s[q][r] = sv;
                    if (d[q])
                        d[q][r] = sv - evaluate_safe(() => def.compute(set.production, at));
                });
            });
            list.forEach(({ k }, q) => {
                shadow.get(k).samples = s[q];
                const cmp = production.get(k);
                if (cmp && d[q])
                    cmp.samples = d[q];
            });
        }
    }
    const judged = judgeRules({
        rules: input.rules,
        variables: input.variables,
        task: input.task,
        candidate: shadow,
        baseline: production,
        reasons,
        baselineReasons: productionReasons,
        hasBaseline: true,
        resamples: input.resamples,
        gate: 'G4',
        baselineName: 'production',
    });
    // No rows to judge on is a missing input, not a broken configuration: the rule fails and says what is missing.
    for (const c of judged) {
        const k = key(c.rule, c.variable ?? '');
        if (c.status === 'error' && noData.has(k))
            c.status = c.severity === 'warn' ? 'warn' : 'fail';
        if (c.details && 'baseline' in c.details)
            c.details.baselineName = 'production';
    }
    return {
        checks: [evaluate_coverageCheck(coverage, input), ...judged],
        coverage,
        shadow,
        production,
        reasons,
        rowsOf,
        served: servedSets,
        truth,
    };
}
function evaluate_coverageCheck(c, input) {
    const ok = c.qualifying >= input.days;
    const rowsText = `${input.minRowsPerDay} row${input.minRowsPerDay > 1 ? 's' : ''}`;
    const span = c.first !== undefined ? ` (log from ${c.first} to ${c.last})` : '';
    const short = c.shortDays > 0 ? `; ${c.shortDays} more day${c.shortDays > 1 ? 's' : ''} had fewer rows` : '';
    const future = c.futureDays > 0
        ? `; ${c.futureDays} day${c.futureDays > 1 ? 's are' : ' is'} after today (UTC) and never count${c.futureDays > 1 ? '' : 's'}`
        : '';
    return {
        id: 'G4.coverage.days',
        rule: 'days_covered',
        value: c.qualifying,
        operator: '>=',
        threshold: input.days,
        unit: 'days',
        status: ok ? 'pass' : 'fail',
        severity: 'block',
        message: ok
            ? `${c.qualifying} days with at least ${rowsText} (UTC), ${input.days} required${span}${short}${future}`
            : `${c.qualifying} of ${input.days} days with at least ${rowsText} (UTC)${span}${short}${future}: the shadow must run ${input.days - c.qualifying} more day${input.days - c.qualifying > 1 ? 's' : ''} before G4 can pass`,
        source: { file: input.configFile, pointer: '/days' },
        details: {
            days: c.qualifying,
            required: input.days,
            minRowsPerDay: input.minRowsPerDay,
            ...(c.futureDays > 0 ? { futureDays: c.futureDays } : {}),
        },
    };
}
/** KPIs read from the log rather than computed on predictions. */
function evaluate_operational(name, input, coverage) {
    const { log } = input;
    if (name === 'days_covered')
        return {
            shadow: coverage.qualifying,
            rows: log.rows,
            productionReason: "the coverage is the log's, not a model's",
        };
    if (name === 'error_rate') {
        if (!log.hasErrorColumn)
            return {
                reason: 'the shadow log has no error column (shadow_error, or columns.error in ssot/shadow.json)',
            };
        let failed = 0;
        for (const f of log.failed)
            failed += f;
        return {
            shadow: failed / log.rows,
            rows: log.rows,
            productionReason: 'the log records the errors of the shadow only',
        };
    }
    const m = /^latency_p(\d+)_ms$/.exec(name);
    if (m) {
        const p = Number(m[1]) / 100;
        if (!log.shadowLatency)
            return {
                reason: 'the shadow log has no shadow latency column (shadow_latency_ms, or columns.shadowLatency in ssot/shadow.json)',
            };
        const s = finite(log.shadowLatency);
        if (s.length === 0)
            return { reason: 'the shadow latency column is empty on every row' };
        const pr = log.productionLatency ? finite(log.productionLatency) : undefined;
        return {
            shadow: (0,quantile/* quantile */.Y)(s, p),
            rows: s.length,
            ...(pr && pr.length > 0
                ? { production: (0,quantile/* quantile */.Y)(pr, p) }
                : { productionReason: 'the log has no production latency' }),
            note: `from the log's ${(0,digits/* groupDigits */.K)(s.length)} shadow latencies`,
        };
    }
    return { reason: `KPI "${name}" is not measured by G4` };
}
function finite(values) {
    return Float64Array.from(values.filter((v) => Number.isFinite(v)));
}
function missingRows(def, input, variable) {
    if (def.needs === 'production')
        return `no row to compare: the shadow model failed on all ${(0,digits/* groupDigits */.K)(input.log.rows)} rows of the log`;
    const v = input.log.variables.find((x) => x.name === variable);
    return v?.truth
        ? `no ground truth yet: none of the ${(0,digits/* groupDigits */.K)(input.log.rows)} rows where the shadow served has a value of ${variable} (ground truth often arrives days later; G4 judges ${def.name} once it has)`
        : `the shadow log has no ground-truth column for ${variable} (actual_${variable}, or columns.variables.${variable}.truth in ssot/shadow.json), so ${def.name} cannot be measured`;
}
function missingColumns(def, set, variable) {
    if (def.needs === 'intervals' && !set.shadow.lower)
        return `the shadow log has no interval bounds of ${variable} for the shadow model (shadow_${variable}_lower and shadow_${variable}_upper)`;
    if (def.needs === 'probabilities')
        return 'the shadow log holds predicted labels, not probabilities: G4 cannot judge probability KPIs';
    return undefined;
}
function value(def, d, rows) {
    try {
        const v = def.compute(d, rows);
        return Number.isFinite(v) ? v : `${def.name} is ${v} on the log`;
    }
    catch (error) {
        return error instanceof errors/* InputError */.dz ? error.problem.message : error.message;
    }
}
/** Writes the indexes of `idx` (each in [0, n)) into `out` in ascending order (a counting sort). */
function evaluate_ascending(idx, counts, out) {
    counts.fill(0);
    for (let j = 0; j < idx.length; j++)
        counts[idx[j]]++;
    let k = 0;
    for (let i = 0; i < counts.length; i++)
        for (let c = counts[i]; c > 0; c--)
            out[k++] = i;
}
function evaluate_safe(f) {
    try {
        return f();
    }
    catch {
        return Number.NaN;
    }
}
function rowsWhere(n, keep) {
    const out = new Int32Array(n);
    let k = 0;
    for (let i = 0; i < n; i++)
        if (keep(i))
            out[k++] = i;
    return out.slice(0, k);
}
/** Both models' EvalData for variable k over the log's full arrays; KPIs are computed on `rows` (indexes into them). */
function rowSet(input, k, rows, kind) {
    const v = input.log.variables[k];
    const n = input.log.rows;
    const truth = v.truth ?? new Float64Array(n).fill(Number.NaN);
    const common = {
        task: input.task,
        n: rows.length,
        eceBins: input.eceBins,
        probabilityEps: 2.220446049250313e-16,
        classes: input.classes ?? [],
    };
    const regression = input.task === 'regression';
    const labels = regression ? new Int32Array(0) : toClass(truth);
    const make = (who) => {
        const prediction = v[who];
        const lower = who === 'shadow' ? v.shadowLower : v.productionLower;
        const upper = who === 'shadow' ? v.shadowUpper : v.productionUpper;
        return {
            ...common,
            y: regression ? truth : new Float64Array(0),
            prediction: regression ? prediction : new Float64Array(0),
            ...(regression && lower && upper ? { lower, upper } : {}),
            labels,
            predictedClass: regression ? new Int32Array(0) : toClass(prediction),
            ...(kind === 'production'
                ? regression
                    ? { production: v.production }
                    : { productionClass: toClass(v.production) }
                : {}),
        };
    };
    return { rows, shadow: make('shadow'), production: make('production') };
}
function toClass(values) {
    const out = new Int32Array(values.length);
    for (let i = 0; i < values.length; i++)
        out[i] = Number.isNaN(values[i]) ? -1 : values[i];
    return out;
}

;// CONCATENATED MODULE: ./build/src/gates/g4/report.js



const CONFIDENCE = 0.95;
/** Per day and variable: the agreement KPI on the rows served that day, and both models' truth KPI on the rows with ground truth. */
const DAILY = {
    regression: {
        agreement: 'mean_abs_diff',
        truth: 'mae',
        agreementLabel: 'mean |shadow − production|',
    },
    classification: { agreement: 'agreement', truth: 'accuracy', agreementLabel: 'agreement' },
};
/**
 * The G4 report: the shadow period (days, rows, errors, ground truth), every
 * measured KPI of the shadow against production on the same rows (with the
 * 95% paired-bootstrap interval of the difference), a per-day table and a
 * per-day chart, so a person sees whether the shadow got worse over the period.
 */
function buildG4Report(input, e) {
    const tables = [];
    const { log } = input;
    let failed = 0;
    for (const f of log.failed)
        failed += f;
    const truthRows = Object.fromEntries([...e.truth].map(([v, s]) => [v, s.rows.length]));
    tables.push({
        title: 'Shadow period',
        columns: ['item', 'value'],
        rows: [
            ['days required (N, UTC)', input.days],
            ['rows a day needs to count', input.minRowsPerDay],
            ['days that count', e.coverage.qualifying],
            ['days with fewer rows', e.coverage.shortDays],
            ['days after today (never count)', e.coverage.futureDays],
            ['first day', e.coverage.first ?? null],
            ['last day', e.coverage.last ?? null],
            ['rows', log.rows],
            ['rows where the shadow failed', failed],
            ...Object.entries(truthRows).map(([v, n]) => [
                `rows with ground truth of ${v} (shadow served)`,
                n,
            ]),
            ['optional columns found', log.present.join(', ') || 'none'],
        ],
    });
    const kpiRows = [...e.shadow].map(([k, m]) => {
        const [kpi, variable] = k.split('|');
        const p = e.production.get(k);
        const dci = p?.samples ? bootstrapInterval(p.samples, CONFIDENCE) : undefined;
        return [
            kpi,
            variable || null,
            e.rowsOf.get(k) ?? null,
            m.value,
            p?.baseline ?? null,
            p?.delta ?? null,
            dci && 'ci' in dci ? `[${fmt(dci.ci[0])}, ${fmt(dci.ci[1])}]` : null,
        ];
    });
    if (kpiRows.length > 0)
        tables.push({
            title: 'Shadow against production (same rows)',
            columns: [
                'kpi',
                'variable',
                'rows',
                'shadow',
                'production',
                'difference',
                '95% CI of the difference',
            ],
            rows: kpiRows,
        });
    if (e.reasons.size > 0)
        tables.push({
            title: 'Not measured',
            columns: ['kpi', 'variable', 'why'],
            rows: [...e.reasons].map(([k, why]) => {
                const [kpi, variable] = k.split('|');
                return [kpi, variable || null, why];
            }),
        });
    const daily = dailyTable(input, e);
    tables.push(daily.table);
    return {
        period: {
            days: input.days,
            minRowsPerDay: input.minRowsPerDay,
            qualifyingDays: e.coverage.qualifying,
            first: e.coverage.first ?? null,
            last: e.coverage.last ?? null,
            rows: log.rows,
            failedRows: failed,
            truthRows,
        },
        perDay: daily.perDay,
        tables,
        charts: daily.charts,
    };
}
function dailyTable(input, e) {
    const kind = DAILY[input.task === 'regression' ? 'regression' : 'classification'];
    const agreement = findKpi(kind.agreement).def;
    const truthKpi = findKpi(kind.truth).def;
    const days = e.coverage.perDay;
    const index = new Map(days.map((d, i) => [d.day, i]));
    const groups = (set) => {
        const lists = days.map(() => []);
        for (const r of set.rows)
            lists[index.get(input.log.day[r])].push(r);
        return lists.map((l) => Int32Array.from(l));
    };
    const latency = (values) => {
        if (!values)
            return days.map(() => null);
        const lists = days.map(() => []);
        for (let i = 0; i < input.log.rows; i++)
            if (Number.isFinite(values[i]))
                lists[index.get(input.log.day[i])].push(values[i]);
        return lists.map((l) => (l.length ? (0,quantile/* quantile */.Y)(Float64Array.from(l), 0.99) : null));
    };
    const at = (f) => {
        try {
            const v = f();
            return Number.isFinite(v) ? v : null;
        }
        catch {
            return null;
        }
    };
    const perVariable = input.variables.map((v) => {
        const served = e.served.get(v.name);
        const truth = e.truth.get(v.name);
        const sg = groups(served);
        const tg = groups(truth);
        return {
            name: v.name,
            unit: v.unit,
            agreement: sg.map((g) => (g.length ? at(() => agreement.compute(served.shadow, g)) : null)),
            truthRows: tg.map((g) => g.length),
            shadow: tg.map((g) => (g.length ? at(() => truthKpi.compute(truth.shadow, g)) : null)),
            production: tg.map((g) => g.length ? at(() => truthKpi.compute(truth.production, g)) : null),
        };
    });
    const shadowP99 = latency(input.log.shadowLatency);
    const productionP99 = latency(input.log.productionLatency);
    const several = perVariable.length > 1;
    const columns = ['day', 'rows', 'counts towards N', 'shadow errors'];
    for (const v of perVariable) {
        const s = several ? ` ${v.name}` : '';
        columns.push(`${kind.agreementLabel}${s}`, `rows with truth${s}`, `shadow ${kind.truth}${s}`, `production ${kind.truth}${s}`);
    }
    columns.push('shadow latency p99 ms', 'production latency p99 ms');
    const rows = days.map((d, i) => {
        const row = [
            d.label,
            d.rows,
            d.counts ? 'yes' : d.future ? 'no: after today' : 'no',
            d.failed,
        ];
        for (const v of perVariable)
            row.push(v.agreement[i], v.truthRows[i], v.shadow[i], v.production[i]);
        row.push(shadowP99[i], productionP99[i]);
        return row;
    });
    const perDay = days.map((d, i) => ({
        day: d.label,
        rows: d.rows,
        counts: d.counts,
        failed: d.failed,
        variables: Object.fromEntries(perVariable.map((v) => [
            v.name,
            {
                [kind.agreement]: v.agreement[i],
                truthRows: v.truthRows[i],
                shadow: v.shadow[i],
                production: v.production[i],
            },
        ])),
        shadowLatencyP99: shadowP99[i],
        productionLatencyP99: productionP99[i],
    }));
    const first = days[0]?.day ?? 0;
    const x = (i) => days[i].day - first + 1;
    const series = (name, values) => ({
        name,
        points: values.flatMap((v, i) => (v === null ? [] : [[x(i), v]])),
    });
    const charts = perVariable.map((v) => ({
        id: `shadow-daily-${v.name}`,
        title: `Per day${several ? `: ${v.name}` : ''}: shadow and production ${truthKpi.name} against ground truth, and ${kind.agreementLabel}`,
        kind: 'line',
        xLabel: `day of the shadow period (1 = ${days[0]?.label ?? '-'}, UTC)`,
        yLabel: `${truthKpi.name}${truthKpi.unit === 'target' && v.unit ? ` (${v.unit})` : ''}`,
        series: [
            series(`shadow ${truthKpi.name}`, v.shadow),
            series(`production ${truthKpi.name}`, v.production),
            series(kind.agreementLabel, v.agreement),
        ],
    }));
    return {
        table: { title: 'Per day (UTC)', columns, rows },
        perDay,
        charts,
    };
}
function fmt(x) {
    return String(Number(x.toPrecision(4)));
}

;// CONCATENATED MODULE: ./build/src/gates/g4/index.js











/**
 * G4 Shadow Validation: judge the log of a candidate that ran beside
 * production (or a replay of recorded traffic through both) over N days,
 * against ssot/shadow.json and the G4 rows of ssot/kpi_acceptance.csv.
 */
const g4 = {
    id: 'G4',
    options: {
        bootstrap: 'bootstrap resamples for confidence intervals (0 turns intervals off; default depends on the rows)',
        seed: 'seed of the bootstrap resampling (default 20240101)',
        threads: 'threads that read a large shadow log (default: the available cores, at most 8)',
    },
    async run(ctx) {
        const model = await ctx.ssot.model();
        const configName = 'shadow.json';
        const configFile = ctx.ssot.display(configName);
        if (!ctx.ssot.has(configName))
            throw new errors/* InputError */.dz({
                file: configFile,
                message: 'G4 needs the shadow settings, and ssot/shadow.json does not exist',
                expected: 'ssot/shadow.json with at least {"days": N} (schema: ssot/schemas/shadow.schema.json)',
                found: 'no such file',
            });
        const config = await ctx.ssot.json(configName, 'shadow');
        const rules = (await ctx.ssot.kpiRules()).filter((r) => r.gate === 'G4');
        if (rules.length === 0)
            throw new errors/* InputError */.dz({
                file: ctx.ssot.display('kpi_acceptance.csv'),
                message: 'No G4 rules: G4 has nothing to judge beyond the days covered',
                expected: 'at least one row with gate=G4 (e.g. mae against ground truth, mean_abs_diff)',
                found: 'none',
            });
        const options = g4_parseOptions(ctx.inputs.options);
        const modelFile = ctx.ssot.display('model.json');
        const targets = (0,model_config/* resolveTargets */.h5)(model, modelFile);
        const classes = (0,model_config/* classNames */.xW)(model, modelFile);
        const names = targets.map((t) => t.name);
        const unknown = (0,g4_config/* unknownVariables */.A)(config, names);
        if (unknown.length > 0)
            throw new errors/* InputError */.dz({
                file: configFile,
                pointer: `/columns/variables/${unknown[0].replace(/~/g, '~0').replace(/\//g, '~1')}`,
                message: `ssot/shadow.json names columns of variable "${unknown[0]}", which the model does not predict`,
                expected: `one of ${names.map((n) => JSON.stringify(n)).join(', ')} (the targets of ssot/model.json)`,
                found: JSON.stringify(unknown[0]),
            });
        const logInput = pickLog(ctx.inputs.data);
        const logPath = logInput
            ? ctx.workspace.resolve(logInput.path, 'shadow log')
            : config.paths?.log
                ? ctx.ssot.resolveRepoPath(config.paths.log, 'shadow log', '/paths/log', configName)
                : undefined;
        if (!logPath)
            throw new errors/* InputError */.dz({
                message: 'G4 has no shadow log',
                expected: '--data shadow=FILE, the data input, or paths.log in ssot/shadow.json',
                found: 'none',
            });
        const modelPath = ctx.inputs.model
            ? ctx.workspace.resolve(ctx.inputs.model, 'model')
            : ctx.ssot.resolveRepoPath(model.paths.model, 'model');
        const productionPath = ctx.inputs.baselineModel
            ? ctx.workspace.resolve(ctx.inputs.baselineModel, 'production model')
            : config.paths?.production
                ? ctx.ssot.resolveRepoPath(config.paths.production, 'production model', '/paths/production', configName)
                : undefined;
        if (!productionPath)
            throw new errors/* InputError */.dz({
                file: configFile,
                message: "G4 binds its verdict to the production model's digest, and no production model is given",
                expected: 'the baseline-model input (--baseline-model FILE) or paths.production in ssot/shadow.json',
                found: 'none',
            });
        const logDisplay = ctx.workspace.display(logPath);
        const spec = (0,g4_config/* logSpec */.I)(config, configFile, model.task, names, classes);
        const t0 = performance.now();
        const log = await (0,g4_log.readShadowLog)(logPath, logDisplay, spec, (0,range_workers/* threadCount */.Cc)(options.threads)).catch((error) => {
            // A missing or unreadable log is the user's to fix: say which file, never an internal error.
            if (error?.code)
                throw (0,file_errors/* unreadableFile */._)(error, logDisplay, 'the shadow log (CSV or JSON Lines)');
            throw error;
        });
        // A large log was hashed by one of the threads that read it; a small one is hashed now.
        const logDigest = ctx.describeFile(logPath, 'shadow-log', undefined, log.digest);
        logDigest.catch(() => { });
        const t1 = performance.now();
        const input = {
            task: model.task,
            variables: targets.map((t) => ({
                name: t.name,
                ...(t.unit !== undefined ? { unit: t.unit } : {}),
            })),
            ...(classes ? { classes } : {}),
            rules,
            log,
            days: config.days,
            minRowsPerDay: config.minRowsPerDay ?? 1,
            configFile,
            today: Math.floor(ctx.now().getTime() / 86_400_000),
            resamples: options.bootstrap ?? defaultResampleCount(log.rows),
            seed: options.seed,
            eceBins: 10,
        };
        const evaluation = evaluateG4(input);
        const report = buildG4Report(input, evaluation);
        const t2 = performance.now();
        const checks = evaluation.checks;
        const subjectModel = await ctx.describeFile(modelPath, 'model');
        const production = await ctx.describeFile(productionPath, 'production-model');
        const status = decideStatus(checks, 0);
        const c = evaluation.coverage;
        return {
            status,
            summary: `${model.name} in shadow beside production: ${c.qualifying >= config.days ? `${c.qualifying} days covered (${config.days} required)` : `${c.qualifying} of ${config.days} days`}, ${(0,digits/* groupDigits */.K)(log.rows)} logged requests; ${describeCounts(checks)}`,
            subject: {
                model: subjectModel,
                data: [],
                artifacts: [production, { ...(await logDigest), rows: log.rows }],
            },
            checks,
            problems: [],
            report: {
                ...report,
                stages: { readMs: t1 - t0, metricsMs: t2 - t1 },
                bootstrap: { resamples: input.resamples, seed: input.seed },
                model: {
                    name: model.name,
                    version: model.version ?? null,
                    owner: model.owner,
                    stage: model.stage,
                },
                production: ctx.workspace.display(productionPath),
                log: logDisplay,
            },
        };
    },
};
/**
 * The shadow log among the data inputs: the one with role `shadow` or `log`
 * (`shadow=FILE`), or a single path given without a role. Anything else is
 * refused rather than guessed.
 */
function pickLog(data) {
    if (data.length === 0)
        return undefined;
    const logs = data.filter((d) => /^(shadow|log|shadow_log|shadow-log)(_\d+)?$/.test(d.role));
    if (logs.length === 1)
        return logs[0];
    if (logs.length === 0 && data.length === 1 && !data[0].explicitRole)
        return data[0];
    throw new errors/* InputError */.dz({
        message: logs.length > 1
            ? `G4 judges one shadow log, and the data input names ${logs.length}`
            : 'G4 judges a shadow log, and the data input names none',
        expected: 'shadow=FILE, or a single file path without a role',
        found: data.map((d) => (d.explicitRole ? `${d.role}=${d.path}` : d.path)).join(', '),
    });
}
function g4_parseOptions(raw) {
    const int = (name, min, max) => {
        const v = raw[name];
        if (v === undefined)
            return undefined;
        const n = Number(v);
        if (!Number.isInteger(n) || n < min || n > max)
            throw new errors/* InputError */.dz({
                message: `Invalid option ${name}`,
                expected: `a whole number from ${min} to ${max}`,
                found: JSON.stringify(v),
            });
        return n;
    };
    const bootstrap = int('bootstrap', 0, 100_000);
    return {
        ...(bootstrap !== undefined ? { bootstrap } : {}),
        seed: int('seed', 0, 2 ** 32 - 1) ?? 20240101,
        ...(raw.threads !== undefined ? { threads: raw.threads } : {}),
    };
}

;// CONCATENATED MODULE: ./build/src/gates/table.js







/** Gates that have landed in this version. Any other id is reported as not available, never passed. */
const GATES = {
    G0: g0,
    G1: g1,
    G2: g2,
    G3: g3,
    drift: drift,
    G5: g5,
    G4: g4,
};
function findGate(id) {
    return GATES[id];
}


/***/ }),

/***/ 15406:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _n: () => (/* binding */ FileSource),
/* harmony export */   kq: () => (/* binding */ bufferSource),
/* harmony export */   qq: () => (/* binding */ windowSource)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);

function bufferSource(data) {
    return {
        size: data.length,
        read: (offset, length) => data.subarray(offset, Math.min(data.length, offset + length)),
    };
}
/** The bytes [start, start + size) of `source`, as a source of their own. */
function windowSource(source, start, size) {
    const end = Math.min(source.size, start + size);
    return {
        size: Math.max(0, end - start),
        read: (offset, length) => source.read(start + offset, Math.max(0, Math.min(length, end - start - offset))),
    };
}
/** A file opened for reading by ranges; close it when done. */
class FileSource {
    size;
    /** Bytes read from the file so far: what a scan really touched, however large the file. */
    bytesRead = 0;
    fd;
    constructor(path) {
        this.fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
        this.size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(this.fd).size;
    }
    read(offset, length) {
        if (this.fd === undefined)
            throw new Error('read after close');
        const n = Math.max(0, Math.min(length, this.size - offset));
        const out = Buffer.allocUnsafe(n);
        let done = 0;
        while (done < n) {
            const got = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(this.fd, out, done, n - done, offset + done);
            if (got === 0)
                break;
            done += got;
        }
        this.bytesRead += done;
        return out.subarray(0, done);
    }
    close() {
        if (this.fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
        this.fd = undefined;
    }
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

/***/ 59637:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ modelIoFor)
/* harmony export */ });
/* harmony import */ var _class_map_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1334);

/** How a model.json maps a model's inputs and outputs, with its targets and declared classes. */
function modelIoFor(model, targets, classes) {
    return {
        features: model.features,
        input: model.input,
        outputs: model.outputs,
        task: model.task,
        targets,
        ...(classes ? { classes: new _class_map_js__WEBPACK_IMPORTED_MODULE_0__/* .ClassMap */ .D(classes) } : {}),
    };
}


/***/ }),

/***/ 38746:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ ProtoReader),
/* harmony export */   p: () => (/* binding */ ProtoError)
/* harmony export */ });
/** A malformed or truncated message; the message says where. */
class ProtoError extends Error {
}
/** Reads protobuf fields from a byte source through a small cache. */
class ProtoReader {
    source;
    cacheStart = 0;
    cache = new Uint8Array(0);
    constructor(source) {
        this.source = source;
    }
    byte(at) {
        if (at < this.cacheStart || at >= this.cacheStart + this.cache.length) {
            this.cacheStart = at;
            this.cache = this.source.read(at, 64 * 1024);
            if (this.cache.length === 0)
                throw new ProtoError(`truncated at byte ${at}`);
        }
        return this.cache[at - this.cacheStart];
    }
    /** A length-delimited field (or any range) as UTF-8 text; strings over 1 MiB are refused. */
    text(start, end) {
        if (end - start > 1024 * 1024)
            throw new ProtoError(`a string of ${end - start} bytes at byte ${start}`);
        return Buffer.from(this.source.read(start, end - start)).toString('utf8');
    }
    /** The bytes of a range (bounded by the caller). */
    bytes(start, end) {
        return this.source.read(start, end - start);
    }
    /** The varint at `p`, read no further than `end`: its value (exact up to 2^53) and the offset past it. */
    varint(p, end) {
        let value = 0;
        let mul = 1;
        for (let i = 0; i < 10; i++) {
            if (p >= end)
                throw new ProtoError(`truncated varint at byte ${p}`);
            const b = this.byte(p++);
            value += (b & 0x7f) * mul;
            if (b < 0x80)
                return { value, next: p };
            mul *= 128;
        }
        throw new ProtoError(`varint too long at byte ${p}`);
    }
    /** Iterates the fields of the message in [start, end). Throws ProtoError on a truncated or malformed message. */
    *fields(start, end) {
        let p = start;
        const varint = () => {
            const r = this.varint(p, end);
            p = r.next;
            return r.value;
        };
        while (p < end) {
            const key = varint();
            const no = Math.floor(key / 8);
            const wire = key % 8;
            if (no === 0)
                throw new ProtoError(`field number 0 at byte ${p}`);
            if (wire === 0) {
                const at = p;
                const value = varint();
                yield { no, wire, start: at, end: p, varint: value };
            }
            else if (wire === 2) {
                const len = varint();
                if (p + len > end)
                    throw new ProtoError(`field ${no} runs past the end of its message at byte ${p}`);
                yield { no, wire, start: p, end: p + len, varint: len };
                p += len;
            }
            else if (wire === 1)
                p += 8;
            else if (wire === 5)
                p += 4;
            else
                throw new ProtoError(`unsupported wire type ${wire} at byte ${p}`);
            if (p > end)
                throw new ProtoError(`field ${no} runs past the end of its message`);
        }
    }
    /** The values of a repeated varint field occurrence: one varint (wire type 0) or a packed run (wire type 2). */
    varints(f) {
        if (f.wire === 0)
            return [f.varint];
        const out = [];
        for (let p = f.start; p < f.end;) {
            const r = this.varint(p, f.end);
            out.push(r.value);
            p = r.next;
        }
        return out;
    }
    /** The values of a repeated int64 field occurrence, signed (protobuf int64: two's complement in 10 bytes when negative). */
    int64s(f) {
        if (f.wire !== 0 && f.wire !== 2)
            return [];
        const out = [];
        for (let p = f.start; p < f.end;) {
            let v = 0n;
            let shift = 0n;
            for (;;) {
                if (p >= f.end || shift >= 70n)
                    throw new ProtoError(`truncated varint at byte ${p}`);
                const b = this.byte(p++);
                v |= BigInt(b & 0x7f) << shift;
                shift += 7n;
                if (b < 0x80)
                    break;
            }
            out.push(BigInt.asIntN(64, v));
        }
        return out;
    }
}


/***/ }),

/***/ 52731:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ LoadedModel)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./build/src/contract/errors.js
var errors = __webpack_require__(68081);
// EXTERNAL MODULE: ./build/src/io/file-errors.js
var file_errors = __webpack_require__(24480);
// EXTERNAL MODULE: ./build/src/onnx/runtime-loader.js
var runtime_loader = __webpack_require__(73817);
// EXTERNAL MODULE: ./build/src/io/byte-source.js
var byte_source = __webpack_require__(15406);
// EXTERNAL MODULE: ./build/src/onnx/protobuf.js
var protobuf = __webpack_require__(38746);
;// CONCATENATED MODULE: ./build/src/onnx/class-labels.js


const CLASSIFIERS = new Set(['LinearClassifier', 'TreeEnsembleClassifier', 'SVMClassifier']);
const LABEL_ATTRIBUTES = ['classlabels_strings', 'classlabels_int64s', 'classlabels_ints'];
/** Operators whose first input carries the same classes, in the same order, as their output. */
const ORDER_KEEPING = new Set([
    'Identity',
    'Cast',
    'CastLike',
    'Reshape',
    'Flatten',
    'Squeeze',
    'Unsqueeze',
    'Normalizer',
    'Softmax',
    'Clip',
]);
/** Parses the graph once; `labelsOf(output)` then walks back from each output. Throws when the bytes are not an ONNX ModelProto. */
function classLabelReader(buf) {
    const r = new protobuf/* ProtoReader */.i((0,byte_source/* bufferSource */.kq)(buf));
    let graph;
    for (const f of r.fields(0, buf.length))
        if (f.no === 7 && f.wire === 2)
            graph = f;
    if (!graph)
        throw new Error('no graph in the ModelProto');
    const producer = new Map();
    const initializers = new Map();
    for (const f of r.fields(graph.start, graph.end)) {
        if (f.wire !== 2)
            continue;
        if (f.no === 1) {
            const node = parseNode(r, f);
            for (const o of node.outputs)
                producer.set(o, node);
        }
        else if (f.no === 5) {
            for (const g of r.fields(f.start, f.end))
                if (g.no === 8 && g.wire === 2)
                    initializers.set(r.text(g.start, g.end), f);
        }
    }
    return {
        labelsOf(output) {
            let name = output;
            for (let step = 0; step < 64; step++) {
                const node = producer.get(name);
                if (!node)
                    return undefined;
                if (CLASSIFIERS.has(node.opType)) {
                    for (const attribute of LABEL_ATTRIBUTES) {
                        const occurrences = node.attributes.get(attribute);
                        if (!occurrences)
                            continue;
                        const labels = attributeLabels(r, occurrences);
                        if (labels.length > 0)
                            return { source: `${node.opType} node "${node.name}" (${attribute})`, labels };
                    }
                    return undefined;
                }
                if (node.opType === 'ArrayFeatureExtractor') {
                    const tensor = initializers.get(node.inputs[0] ?? '');
                    const labels = tensor ? tensorLabels(r, tensor) : undefined;
                    return labels
                        ? {
                            source: `ArrayFeatureExtractor node "${node.name}" over initializer "${node.inputs[0]}"`,
                            labels,
                        }
                        : undefined;
                }
                if (!ORDER_KEEPING.has(node.opType) || !node.inputs[0])
                    return undefined;
                name = node.inputs[0];
            }
            return undefined;
        },
    };
}
function parseNode(r, f) {
    const node = { name: '', opType: '', inputs: [], outputs: [], attributes: new Map() };
    for (const g of r.fields(f.start, f.end)) {
        if (g.wire !== 2)
            continue;
        if (g.no === 1)
            node.inputs.push(r.text(g.start, g.end));
        else if (g.no === 2)
            node.outputs.push(r.text(g.start, g.end));
        else if (g.no === 3)
            node.name = r.text(g.start, g.end);
        else if (g.no === 4)
            node.opType = r.text(g.start, g.end);
        else if (g.no === 5) {
            let attrName = '';
            const values = [];
            for (const h of r.fields(g.start, g.end)) {
                if (h.no === 1 && h.wire === 2)
                    attrName = r.text(h.start, h.end);
                // AttributeProto: ints = 8 (packed or not), strings = 9.
                else if (h.no === 8 || h.no === 9)
                    values.push(h);
            }
            node.attributes.set(attrName, values);
        }
    }
    return node;
}
function attributeLabels(r, values) {
    const out = [];
    for (const v of values) {
        if (v.no === 9 && v.wire === 2)
            out.push(r.text(v.start, v.end));
        else if (v.no === 8)
            out.push(...r.int64s(v).map(String));
    }
    return out;
}
/** A string, int64 or int32 TensorProto's values as text; undefined for other types or external data. */
function tensorLabels(r, tensor) {
    let type = 0;
    const strings = [];
    const ints = [];
    let raw;
    for (const g of r.fields(tensor.start, tensor.end)) {
        if (g.no === 2 && g.wire === 0)
            type = g.varint;
        else if (g.no === 6 && g.wire === 2)
            strings.push(r.text(g.start, g.end));
        else if (g.no === 5 || g.no === 7)
            ints.push(...r.int64s(g).map(String));
        else if (g.no === 9 && g.wire === 2)
            raw = g;
    }
    // TensorProto.DataType: 6 INT32, 7 INT64, 8 STRING.
    if (type === 8)
        return strings;
    if (type === 7 || type === 6) {
        if (ints.length > 0 || !raw)
            return ints;
        const width = type === 7 ? 8 : 4;
        const bytes = Buffer.from(r.bytes(raw.start, raw.end));
        const out = [];
        for (let p = 0; p + width <= bytes.length; p += width)
            out.push(String(width === 8 ? bytes.readBigInt64LE(p) : bytes.readInt32LE(p)));
        return out;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./build/src/onnx/model-signature.js


const TYPE_NAMES = {
    float32: 'float32',
    float64: 'float64',
    int64: 'int64',
    string: 'string',
};
const ROLES = ['prediction', 'lower', 'upper'];
/** Checks the model's inputs and mapped outputs (`fetches`); returns the element type of its probabilities output. */
function checkSignature(session, io, display, fetches) {
    let probabilityDtype = 'float64';
    const { features, input } = io;
    const meta = new Map(session.inputMetadata.map((m) => [m.name, m]));
    const names = [...meta.keys()];
    if (input.layout === 'per-feature') {
        const missing = features.filter((f) => !meta.has(f.name)).map((f) => f.name);
        const extra = names.filter((n) => !features.some((f) => f.name === n));
        if (missing.length || extra.length) {
            throw new errors/* InputError */.dz({
                file: display,
                message: 'The model inputs do not match the features in ssot/model.json (input.layout per-feature)',
                expected: `inputs ${features.map((f) => f.name).join(', ')}`,
                found: `inputs ${names.join(', ')}`,
            });
        }
        for (const f of features) {
            const m = meta.get(f.name);
            if (!m.isTensor)
                throw new errors/* InputError */.dz({
                    file: display,
                    message: `Input "${f.name}" is not a tensor`,
                    expected: 'a tensor input',
                    found: 'a non-tensor input',
                });
            if (m.type !== TYPE_NAMES[f.dtype])
                throw new errors/* InputError */.dz({
                    file: display,
                    message: `Input "${f.name}" has another type than model.json declares`,
                    expected: f.dtype,
                    found: m.type,
                });
            const width = m.shape[1];
            if (m.shape.length !== 2 || (typeof width === 'number' && width !== 1)) {
                throw new errors/* InputError */.dz({
                    file: display,
                    message: `Input "${f.name}" has an unexpected shape`,
                    expected: '[N, 1]',
                    found: `[${m.shape.join(', ')}]`,
                });
            }
        }
    }
    else {
        const m = meta.get(input.name);
        if (!m)
            throw new errors/* InputError */.dz({
                file: display,
                message: `The model has no input "${input.name}" (input.name in ssot/model.json)`,
                expected: input.name,
                found: `inputs ${names.join(', ')}`,
            });
        if (names.length !== 1)
            throw new errors/* InputError */.dz({
                file: display,
                message: 'input.layout tensor needs a model with one input',
                expected: '1 input',
                found: `${names.length} inputs: ${names.join(', ')}`,
            });
        if (!m.isTensor)
            throw new errors/* InputError */.dz({
                file: display,
                message: `Input "${input.name}" is not a tensor`,
                expected: 'a tensor',
                found: 'a non-tensor input',
            });
        const dtypes = new Set(features.map((f) => f.dtype));
        if (dtypes.size !== 1 || !dtypes.has(m.type)) {
            throw new errors/* InputError */.dz({
                file: display,
                message: `Input "${input.name}" type does not match the feature dtypes`,
                expected: `every feature of type ${m.type}`,
                found: [...dtypes].join(', '),
            });
        }
        const width = m.shape[1];
        if (m.shape.length !== 2 || (typeof width === 'number' && width !== features.length)) {
            throw new errors/* InputError */.dz({
                file: display,
                message: `Input "${input.name}" has another width than the ${features.length} features in ssot/model.json`,
                expected: `[N, ${features.length}]`,
                found: `[${m.shape.join(', ')}]`,
            });
        }
    }
    const outMeta = new Map(session.outputMetadata.map((m) => [m.name, m]));
    for (const name of fetches) {
        const m = outMeta.get(name);
        if (!m)
            throw new errors/* InputError */.dz({
                file: display,
                message: `The model has no output "${name}" (${roleOf(io, name)} in ssot/model.json)`,
                expected: name,
                found: `outputs ${[...outMeta.keys()].join(', ')}`,
            });
        if (!m.isTensor) {
            throw new errors/* InputError */.dz({
                file: display,
                message: `Output "${name}" is not a tensor (a scikit-learn ZipMap?)`,
                expected: "a tensor output: export the classifier with skl2onnx options={id(model): {'zipmap': False}}",
                found: 'a sequence or map output',
            });
        }
        if (name === io.outputs.probabilities && io.task !== 'regression') {
            if (m.type !== 'float32' && m.type !== 'float64')
                throw new errors/* InputError */.dz({
                    file: display,
                    message: `Output "${name}" (outputs.probabilities) is not floating point`,
                    expected: 'float32 or float64 probabilities',
                    found: m.type,
                });
            probabilityDtype = m.type;
        }
    }
    return probabilityDtype;
}
/** Where model.json maps an output, for messages. */
function roleOf(io, name) {
    if (io.task !== 'regression')
        return name === io.outputs.probabilities ? 'outputs.probabilities' : 'outputs.prediction';
    for (const t of io.targets)
        for (const role of ROLES)
            if (t[role]?.output === name)
                return `the ${role} output of target "${t.name}"`;
    return 'outputs';
}
/**
 * A classifier graph declares the order of its classes (classlabels_* of
 * its ai.onnx.ml classifier operator, or the labels an ArrayFeatureExtractor
 * maps to). When that order is not model.json's, every probability column
 * would be read as the wrong class, so the gate stops.
 */
function checkDeclaredClasses(bytes, io, display) {
    const classes = io.classes;
    if (!classes || io.task === 'regression')
        return;
    let reader;
    try {
        reader = classLabelReader(bytes);
    }
    catch {
        // onnxruntime loaded the file, so it is ONNX; a graph this reader cannot walk declares nothing it can check.
        return;
    }
    for (const output of [io.outputs.prediction, io.outputs.probabilities]) {
        if (!output)
            continue;
        const declared = reader.labelsOf(output);
        if (!declared)
            continue;
        const same = declared.labels.length === classes.size &&
            declared.labels.every((l, i) => l === classes.names[i]);
        if (same)
            continue;
        const sameSet = declared.labels.length === classes.size &&
            declared.labels.every((l) => classes.names.includes(l));
        throw new errors/* InputError */.dz({
            file: display,
            message: sameSet
                ? `The model orders its classes differently from classes in ssot/model.json: probability columns and labels would be read as the wrong class`
                : `The model's class labels are not the classes in ssot/model.json`,
            expected: `classes ${classes.describe()} (ssot/model.json /classes, in the order of the probability columns)`,
            found: `${declared.labels.map((l) => JSON.stringify(l)).join(', ')} in ${declared.source}, behind output "${output}"`,
        });
    }
}

;// CONCATENATED MODULE: ./build/src/onnx/tensors.js

function copyColumn(display, result, ref, rule, into, start, end) {
    const t = result[ref.output];
    const data = t.data;
    const n = end - start;
    const width = data.length / n;
    if (!Number.isInteger(width) ||
        (rule?.width !== undefined && width !== rule.width) ||
        ref.index >= width) {
        const expected = rule?.width !== undefined
            ? `${rule.width} value${rule.width > 1 ? 's' : ''} per row, one per target that reads it (${rule.readers.join(', ')}); give an index in ssot/model.json to pick columns`
            : `at least ${ref.index + 1} values per row (index ${ref.index} in ssot/model.json)`;
        throw new errors/* InputError */.dz({
            file: display,
            message: `Output "${ref.output}" has ${Number.isInteger(width) ? width : data.length / n} values per row`,
            expected,
            found: `shape [${t.dims.join(', ')}]`,
        });
    }
    for (let i = 0; i < n; i++) {
        const v = Number(data[i * width + ref.index]);
        if (!Number.isFinite(v))
            nonFinite(display, ref.output, start + i, v);
        into[start + i] = v;
    }
}
/** The label output, mapped by value through the declared classes; an unknown label names its row. */
function copyLabels(display, io, result, into, start, end) {
    const name = io.outputs.prediction;
    const classes = io.classes;
    const t = result[name];
    const data = t.data;
    const n = end - start;
    if (data.length !== n) {
        throw new errors/* InputError */.dz({
            file: display,
            message: `Output "${name}" (outputs.prediction) has ${data.length / n} values per row`,
            expected: 'one predicted label per row ([N] or [N, 1])',
            found: `shape [${t.dims.join(', ')}]`,
        });
    }
    for (let i = 0; i < n; i++) {
        const v = data[i];
        const c = classes.ofOutput(v);
        if (c < 0) {
            throw new errors/* InputError */.dz({
                file: display,
                message: `The label output "${name}" predicts ${typeof v === 'string' ? JSON.stringify(v) : String(v)} for holdout row ${start + i + 1}, which is not one of the classes in ssot/model.json`,
                expected: `one of ${classes.describe()} (the label values, not class indexes)`,
                found: typeof v === 'string' ? JSON.stringify(v) : `${String(v)} (${t.type})`,
            });
        }
        into[start + i] = c;
    }
}
function copyProbabilities(display, io, result, into, start, end) {
    const name = io.outputs.probabilities;
    const t = result[name];
    const data = t.data;
    const n = end - start;
    const k = into.length;
    if (data.length !== n * k) {
        throw new errors/* InputError */.dz({
            file: display,
            message: `Output "${name}" does not have one probability per class`,
            expected: `shape [N, ${k}] for classes ${io.classes?.describe()}`,
            found: `shape [${t.dims.join(', ')}]`,
        });
    }
    for (let i = 0; i < n; i++) {
        for (let c = 0; c < k; c++) {
            const v = data[i * k + c];
            if (!Number.isFinite(v))
                nonFinite(display, name, start + i, v);
            into[c][start + i] = v;
        }
    }
}
function nonFinite(display, output, row, value) {
    throw new errors/* InputError */.dz({
        file: display,
        message: `Output "${output}" is ${value} for holdout row ${row + 1}`,
        expected: 'finite numbers in every model output',
        found: String(value),
    });
}
/**
 * A [rows, columns] tensor of rows [start, end) of the given columns, in
 * row-major order. Plain loops per dtype: this runs for every batch and
 * every single-row latency call.
 */
function makeTensor(ort, dtype, cols, start, end) {
    const n = end - start;
    const width = cols.length;
    const dims = [n, width];
    if (dtype === 'string') {
        const data = new Array(n * width);
        cols.forEach((col, j) => {
            for (let i = 0; i < n; i++)
                data[i * width + j] = String(col[start + i] ?? '');
        });
        return new ort.Tensor('string', data, dims);
    }
    const numeric = cols;
    if (dtype === 'int64') {
        const data = new BigInt64Array(n * width);
        numeric.forEach((col, j) => {
            for (let i = 0; i < n; i++)
                data[i * width + j] = BigInt(Math.trunc(col[start + i]));
        });
        return new ort.Tensor('int64', data, dims);
    }
    const data = dtype === 'float32' ? new Float32Array(n * width) : new Float64Array(n * width);
    if (width === 1)
        data.set(numeric[0].subarray(start, end));
    else {
        for (let j = 0; j < width; j++) {
            const col = numeric[j];
            for (let i = 0, o = j; i < n; i++, o += width)
                data[o] = col[start + i];
        }
    }
    return dtype === 'float32'
        ? new ort.Tensor('float32', data, dims)
        : new ort.Tensor('float64', data, dims);
}

;// CONCATENATED MODULE: ./build/src/onnx/runner.js






/**
 * The ONNX model adapter for G1: loads a model with onnxruntime-node, checks
 * that its inputs and outputs match ssot/model.json (and, where the graph
 * declares class labels, that they are model.json's classes in the same
 * order), and runs it in batches, fetching only the outputs model.json maps.
 * Every mismatch is an InputError naming the model file, what model.json
 * expects and what the model has.
 */
class LoadedModel {
    ort;
    session;
    display;
    io;
    /** The outputs model.json maps: the only ones fetched, so unmapped non-tensor outputs (a ZipMap) never run. */
    fetches;
    probabilityDtype = 'float64';
    constructor(ort, session, display, io) {
        this.ort = ort;
        this.session = session;
        this.display = display;
        this.io = io;
        const names = new Set();
        if (io.task === 'regression') {
            for (const t of io.targets)
                for (const role of ROLES)
                    if (t[role])
                        names.add(t[role].output);
        }
        else {
            names.add(io.outputs.prediction);
            if (io.outputs.probabilities)
                names.add(io.outputs.probabilities);
        }
        this.fetches = [...names];
    }
    static async open(path, display, io, settings = { intraOpThreads: 0 }) {
        const ort = await (0,runtime_loader/* loadOnnxRuntime */.J)();
        let bytes;
        try {
            bytes = await (0,promises_.readFile)(path);
        }
        catch (error) {
            throw (0,file_errors/* unreadableFile */._)(error, display, 'an ONNX model file');
        }
        if (bytes.length === 0)
            throw new errors/* InputError */.dz({
                file: display,
                message: 'The model file is empty',
                expected: 'an ONNX model (protobuf ModelProto)',
                found: '0 bytes',
            });
        let session;
        try {
            // Load from the path, not the bytes, so onnxruntime resolves external data next to the model.
            session = await ort.InferenceSession.create(path, {
                graphOptimizationLevel: 'all',
                logSeverityLevel: 3,
                ...(settings.intraOpThreads > 0 ? { intraOpNumThreads: settings.intraOpThreads } : {}),
            });
        }
        catch (error) {
            const message = error.message.split('\n')[0] ?? String(error);
            if (/external|\.data|model_path|GetExternalDataInfo|TensorProtoToTensor/i.test(message) &&
                /No such file|not exist|cannot|fail/i.test(message)) {
                throw new errors/* InputError */.dz({
                    file: display,
                    message: 'The model needs external data files that are missing',
                    expected: 'the external data files next to the model (or a model saved with its weights inside)',
                    found: message,
                });
            }
            throw new errors/* InputError */.dz({
                file: display,
                message: 'onnxruntime could not load the model (corrupt, truncated or not ONNX)',
                expected: 'a valid ONNX model',
                found: message,
            });
        }
        const model = new LoadedModel(ort, session, display, io);
        try {
            model.probabilityDtype = checkSignature(session, io, display, model.fetches);
            checkDeclaredClasses(bytes, io, display);
        }
        catch (error) {
            await session.release();
            throw error;
        }
        return model;
    }
    get inputNames() {
        return this.session.inputNames;
    }
    get outputNames() {
        return this.session.outputNames;
    }
    /** Runs the model over `rows` rows in batches; checks every output for NaN, infinity and unknown labels. */
    async predict(columns, rows, batchSize = 65_536) {
        for (const f of this.io.features) {
            if (!columns.has(f.name))
                throw new errors/* InputError */.dz({
                    file: this.display,
                    message: `No data for feature "${f.name}"`,
                    expected: `a column "${f.name}"`,
                    found: 'no such column',
                });
        }
        const regression = this.io.task === 'regression';
        const out = { targets: [] };
        if (regression) {
            for (const t of this.io.targets)
                out.targets.push({
                    prediction: new Float64Array(rows),
                    ...(t.lower && t.upper
                        ? { lower: new Float64Array(rows), upper: new Float64Array(rows) }
                        : {}),
                });
        }
        else {
            out.predictedClass = new Int32Array(rows);
            if (this.io.outputs.probabilities) {
                out.probabilities = Array.from({ length: this.io.classes?.size ?? 0 }, () => new Float64Array(rows));
                out.probabilityDtype = this.probabilityDtype;
            }
        }
        const widths = this.expectedWidths();
        for (let start = 0; start < rows; start += batchSize) {
            const end = Math.min(rows, start + batchSize);
            const result = await this.session.run(this.feeds(columns, start, end), this.fetches);
            if (regression) {
                this.io.targets.forEach((t, i) => {
                    for (const role of ROLES) {
                        const ref = t[role];
                        const into = out.targets[i][role];
                        if (ref && into)
                            copyColumn(this.display, result, ref, widths.get(ref.output), into, start, end);
                    }
                });
            }
            else {
                copyLabels(this.display, this.io, result, out.predictedClass, start, end);
                if (out.probabilities)
                    copyProbabilities(this.display, this.io, result, out.probabilities, start, end);
            }
        }
        return out;
    }
    /** Single-row latency: `warmup` untimed calls, then `calls` timed ones cycling through the rows. */
    async measureLatency(columns, rows, warmup, calls) {
        const samples = new Float64Array(calls);
        for (let i = 0; i < warmup + calls; i++) {
            const row = i % rows;
            const feeds = this.feeds(columns, row, row + 1);
            const t0 = performance.now();
            await this.session.run(feeds, this.fetches);
            const t1 = performance.now();
            if (i >= warmup)
                samples[i - warmup] = t1 - t0;
        }
        return samples;
    }
    /** Rows per second for one batch of up to `batchSize` rows, best of `repeats` runs. */
    async measureThroughput(columns, rows, batchSize, repeats) {
        const n = Math.min(rows, batchSize);
        const feeds = this.feeds(columns, 0, n);
        let best = Number.POSITIVE_INFINITY;
        for (let r = 0; r < repeats; r++) {
            const t0 = performance.now();
            await this.session.run(feeds, this.fetches);
            best = Math.min(best, performance.now() - t0);
        }
        return { rowsPerSecond: n / (Math.max(best, 1e-6) / 1000), batchRows: n, repeats };
    }
    async close() {
        await this.session.release();
    }
    feeds(columns, start, end) {
        const { features, input } = this.io;
        if (input.layout === 'per-feature') {
            const feeds = {};
            for (const f of features)
                feeds[f.name] = makeTensor(this.ort, f.dtype, [columns.get(f.name)], start, end);
            return feeds;
        }
        return {
            [input.name]: makeTensor(this.ort, features[0].dtype, features.map((f) => columns.get(f.name)), start, end),
        };
    }
    /**
     * Values per row each regression output must have: when model.json gives no
     * column index for an output, one per target that reads it (so an [N, 2]
     * output read by one target is an error, not a silent first column).
     */
    expectedWidths() {
        const out = new Map();
        for (const t of this.io.targets) {
            for (const role of ROLES) {
                const ref = t[role];
                if (!ref)
                    continue;
                const entry = out.get(ref.output) ?? { readers: [], explicit: false };
                entry.readers.push(`${t.name} (${role})`);
                entry.explicit ||= ref.explicit;
                out.set(ref.output, entry);
            }
        }
        for (const entry of out.values())
            if (!entry.explicit)
                entry.width = entry.readers.length;
        return out;
    }
}


/***/ }),

/***/ 73817:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ loadOnnxRuntime)
/* harmony export */ });
/* unused harmony export SUPPORTED_ORT_PLATFORMS */
/* harmony import */ var _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68081);

/** Platforms for which `dist/` carries the native onnxruntime binding. */
const SUPPORTED_ORT_PLATFORMS = ['linux-x64', 'linux-arm64'];
let cached;
/**
 * Loads onnxruntime-node on first use only, so gates without a model never pay
 * for the 45 MB native library. On platforms the bundle does not carry, the
 * gate fails with a clear message instead of a missing-module stack trace.
 */
function loadOnnxRuntime(platform = process.platform, arch = process.arch) {
    const key = `${platform}-${arch}`;
    if (!SUPPORTED_ORT_PLATFORMS.includes(key)) {
        return Promise.reject(new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            message: 'ONNX inference is not available on this runner',
            expected: `a runner on ${SUPPORTED_ORT_PLATFORMS.join(' or ')} (for example ubuntu-latest or ubuntu-24.04-arm)`,
            found: key,
        }));
    }
    cached ??= __webpack_require__.e(/* import() */ 701).then(__webpack_require__.t.bind(__webpack_require__, 30701, 19)).then((m) => (m.default ?? m));
    return cached;
}


/***/ }),

/***/ 14044:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ax: () => (/* binding */ releaseReport),
/* harmony export */   H5: () => (/* binding */ verifyChain),
/* harmony export */   K7: () => (/* binding */ checkManifest),
/* harmony export */   KQ: () => (/* binding */ chainReferences),
/* harmony export */   h1: () => (/* binding */ MANIFEST_FILE),
/* harmony export */   mf: () => (/* binding */ VERSION_FILE),
/* harmony export */   nF: () => (/* binding */ CHAIN_GATES),
/* harmony export */   r0: () => (/* binding */ chainExitCode)
/* harmony export */ });
/* harmony import */ var _contract_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99525);
/* harmony import */ var _evidence_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58568);


/**
 * The release chain, checked without I/O: the G5 gate (which judges it before
 * promoting), `modelgate verify` (offline, after the fact) and `modelgate
 * rollback` (before returning to a version) call the same functions on the
 * files a version holds. Each link yields one verdict.
 *
 * The chain of a released version:
 *   modelgate-version.json  names the model file and its sha256 (written by `modelgate candidate`)
 *   <model file>            recomputed: must have that sha256
 *   <GATE>.evidence.json    schema-valid, digest recomputed over its canonical JSON
 *   subject of each gate    the model sha256 it names is the version's
 *   data                    one data file path has one digest across the gates
 *   G2 report.manifest      each listed file the version holds has that digest; its model entry is the version's model
 *   G3                      its approvals are inside its digest; it must pass
 *   G5 report.chain         names the digest of each G0..G4 evidence held (see `chainReferences`)
 *   G5 report.version       holds modelgate-version.json as G5 read it (see `releaseReport`)
 *   <GATE>.md, .html        re-rendered from the evidence and compared (when the same modelgate wrote them)
 */
const VERSION_FILE = 'modelgate-version.json';
const MANIFEST_FILE = 'manifest.json';
/** Gates whose evidence G5 requires, in order; G4 may be declared not required by ssot/. */
const CHAIN_GATES = ['G0', 'G1', 'G2', 'G3', 'G4'];
/** The references G5 records in `report.chain` for the evidence it judged. */
function chainReferences(records, required = CHAIN_GATES) {
    return CHAIN_GATES.map((gate) => {
        const r = records[gate];
        return {
            gate,
            required: required.includes(gate),
            digest: r?.digest.value ?? null,
            status: r?.status ?? null,
            modelDigest: r?.subject.model?.sha256 ?? null,
        };
    });
}
/**
 * What G5 records in its evidence `report` about the release it judged, so
 * that `modelgate verify` can tie every file back to it: `chain` (the
 * evidence digests of G0..G4) and `version` (modelgate-version.json).
 */
function releaseReport(records, descriptor, required = CHAIN_GATES) {
    return { chain: chainReferences(records, required), version: descriptor };
}
const pass = (link, message) => ({ link, status: 'pass', message });
const fail = (link, message, expected, found) => ({
    link,
    status: 'fail',
    message,
    ...(expected !== undefined ? { expected } : {}),
    ...(found !== undefined ? { found } : {}),
});
function parseJson(file) {
    try {
        return { ok: true, value: JSON.parse(file.text ?? '') };
    }
    catch (error) {
        return { ok: false, error: error.message };
    }
}
/** Reads the evidence files of a bundle: verified records by gate, and one verdict per file. */
function readEvidenceSet(files) {
    const records = {};
    const verdicts = [];
    for (const f of files.filter((x) => x.name.endsWith('.evidence.json'))) {
        const link = `evidence ${f.name}`;
        const parsed = parseJson(f);
        if (!parsed.ok) {
            verdicts.push(fail(link, 'not JSON', 'an evidence record', parsed.error));
            continue;
        }
        const check = (0,_evidence_js__WEBPACK_IMPORTED_MODULE_1__/* .verifyEvidenceRecord */ .e)(parsed.value, f.name);
        if (!check.ok) {
            verdicts.push(fail(link, check.problems.join('; ')));
            continue;
        }
        const gate = check.record.gate;
        if (`${gate}.evidence.json` !== f.name) {
            verdicts.push(fail(link, 'the file holds the evidence of another gate', f.name, gate));
            continue;
        }
        records[gate] = check.record;
        verdicts.push(pass(link, `${gate} ${check.record.status}, digest ${check.record.digest.value} recomputed`));
    }
    return { records, verdicts };
}
/** Every evidence names the same model digest (gates that judge no model are skipped), and data paths agree. */
function checkSubjects(records, modelDigest, data) {
    const out = [];
    const seen = new Map();
    for (const [gate, r] of Object.entries(records)) {
        const m = r.subject.model;
        if (!m)
            out.push({ link: `subject ${gate}`, status: 'skipped', message: 'judges no model file' });
        else if (m.sha256 !== modelDigest)
            out.push(fail(`subject ${gate}`, 'the evidence is about another model', modelDigest, m.sha256));
        else
            out.push(pass(`subject ${gate}`, `model ${m.sha256}`));
        for (const d of r.subject.data) {
            const link = `data ${d.path}`;
            const before = seen.get(d.path);
            if (before && before.sha256 !== d.sha256)
                out.push(fail(link, `${gate} judged other bytes than ${before.gate}`, before.sha256, d.sha256));
            else if (!before) {
                seen.set(d.path, { sha256: d.sha256, gate });
                const actual = data?.get(d.path);
                if (actual === undefined)
                    out.push({
                        link,
                        status: 'skipped',
                        message: `${gate} recorded ${d.sha256}; give the folder that holds it (--workspace DIR) to recompute`,
                    });
                else if (actual !== d.sha256)
                    out.push(fail(link, 'the data file changed', d.sha256, actual));
                else
                    out.push(pass(link, `recomputed ${actual}`));
            }
        }
    }
    return out;
}
/** G2's manifest against the files the version holds (matched by file name), and its model entry against the version's model. */
function checkManifest(g2, files, modelDigest) {
    if (!g2)
        return [fail('manifest', 'no G2 evidence, so no manifest', 'G2.evidence.json')];
    const manifest = g2.report.manifest;
    if (!Array.isArray(manifest) || manifest.length === 0)
        return [fail('manifest', 'G2 recorded no manifest', 'report.manifest in G2.evidence.json')];
    const out = [];
    const model = manifest.find((m) => m.role === 'model');
    out.push(model?.sha256 === modelDigest
        ? pass('manifest model', `G2 signed the model ${modelDigest}`)
        : fail('manifest model', 'G2 signed another model', modelDigest, model?.sha256 ?? 'no model entry'));
    const byName = new Map(files.map((f) => [f.name, f]));
    for (const m of manifest) {
        const name = m.path.split('/').at(-1);
        const held = byName.get(name);
        if (!held)
            continue;
        out.push(held.sha256 === m.sha256
            ? pass(`manifest ${m.path}`, `${name} recomputed ${held.sha256}`)
            : fail(`manifest ${m.path}`, `${name} is not the file G2 vouched for`, m.sha256, held.sha256));
    }
    const copy = byName.get(MANIFEST_FILE);
    if (copy) {
        const parsed = parseJson(copy);
        const same = parsed.ok && (0,_contract_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalize */ .d)(parsed.value) === (0,_contract_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalize */ .d)(manifest);
        out.push(same
            ? pass(`manifest ${MANIFEST_FILE}`, 'equals the manifest inside the G2 evidence')
            : fail(`manifest ${MANIFEST_FILE}`, 'differs from the manifest inside the G2 evidence'));
    }
    return out;
}
/** G5's references to G0..G4 against the evidence held; each required gate passed. */
function checkG5Chain(records) {
    const g5 = records.G5;
    if (!g5)
        return [fail('chain G5', 'no G5 evidence: the version was never released', 'G5.evidence.json')];
    if (g5.status !== 'pass')
        return [fail('chain G5', 'G5 did not pass', 'pass', g5.status)];
    const refs = g5.report.chain;
    if (!Array.isArray(refs))
        return [fail('chain G5', 'G5 names no chain', 'report.chain in G5.evidence.json')];
    const out = [];
    for (const gate of CHAIN_GATES) {
        const ref = refs.find((r) => r.gate === gate);
        const held = records[gate];
        const link = `chain G5 -> ${gate}`;
        if (!ref)
            out.push(fail(link, `G5 does not reference ${gate}`));
        else if (!ref.required && ref.digest === null)
            out.push({ link, status: 'skipped', message: `${gate} not required by ssot/ when G5 ran` });
        else if (!held)
            out.push(fail(link, `G5 judged ${gate} evidence this version does not hold`, `${gate}.evidence.json`));
        else if (held.digest.value !== ref.digest)
            out.push(fail(link, `the ${gate} evidence is not the one G5 judged`, String(ref.digest), held.digest.value));
        else if (held.status !== 'pass')
            out.push(fail(link, `${gate} did not pass`, 'pass', held.status));
        else
            out.push(pass(link, `digest ${held.digest.value}`));
    }
    return out;
}
/** G3's approvals: inside the G3 digest (checked with the evidence); here: it passed and names approvals. */
function checkApprovals(records) {
    const g3 = records.G3;
    if (!g3)
        return [fail('approvals', 'no G3 evidence', 'G3.evidence.json')];
    if (g3.status !== 'pass')
        return [fail('approvals', 'G3 did not pass', 'pass', g3.status)];
    const approvals = g3.report.approvals;
    const n = Array.isArray(approvals) ? approvals.length : undefined;
    return [
        pass('approvals', `G3 passed${n !== undefined ? ` with ${n} approvals` : ''}, covered by its digest`),
    ];
}
/** Every link of a version's chain, from its files. */
function verifyChain(files, options = {}) {
    const out = [];
    const byName = new Map(files.map((f) => [f.name, f]));
    for (const r of options.recorded ?? []) {
        const f = byName.get(r.name);
        if (!f)
            out.push(fail(`file ${r.name}`, 'the registry lists a file the version no longer holds', r.sha256, 'no file'));
        else if (f.sha256 !== r.sha256)
            out.push(fail(`file ${r.name}`, 'the file differs from what the registry recorded', r.sha256, f.sha256));
    }
    const vfile = byName.get(VERSION_FILE);
    const parsed = vfile ? parseJson(vfile) : undefined;
    const descriptor = parsed?.ok ? parsed.value : undefined;
    if (!descriptor ||
        typeof descriptor.modelDigest !== 'string' ||
        typeof descriptor.modelFile !== 'string') {
        out.push(fail('version', `${VERSION_FILE} is missing or unreadable`, 'the file modelgate candidate writes'));
        return out;
    }
    out.push(pass('version', `${descriptor.model} ${descriptor.version}, model ${descriptor.modelDigest}`));
    const model = byName.get(descriptor.modelFile);
    out.push(!model
        ? fail('model', 'the model file is missing', descriptor.modelFile)
        : model.sha256 === descriptor.modelDigest
            ? pass('model', `${model.name} recomputed ${model.sha256}`)
            : fail('model', `${model.name} changed`, descriptor.modelDigest, model.sha256));
    const { records, verdicts } = readEvidenceSet(files);
    out.push(...verdicts);
    out.push(...checkSubjects(records, descriptor.modelDigest, options.data));
    out.push(...checkManifest(records.G2, files, descriptor.modelDigest));
    if (options.requireG5 !== false || records.G5) {
        out.push(...checkApprovals(records));
        out.push(...checkG5Chain(records));
    }
    if (records.G5)
        out.push((0,_contract_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalize */ .d)(records.G5.report.version ?? null) === (0,_contract_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalize */ .d)(descriptor)
            ? pass('version G5', `${VERSION_FILE} is the one G5 released`)
            : fail('version G5', `${VERSION_FILE} differs from the one G5 released`, 'report.version in G5.evidence.json'));
    // Every file the version held when G5 judged it (its subject), still there with those bytes: a deletion shows.
    for (const a of records.G5?.subject.artifacts ?? []) {
        const name = a.path.slice(a.path.indexOf('/') + 1);
        const f = byName.get(name);
        if (!f || f.sha256 !== a.sha256)
            out.push(fail(`release file ${name}`, 'not the file G5 released', a.sha256, f?.sha256 ?? 'no file'));
    }
    if (options.render)
        out.push(...checkReports(files, records, options.render));
    return out;
}
function checkReports(files, records, render) {
    const out = [];
    for (const f of files) {
        const m = /^(.+)\.(md|html)$/.exec(f.name);
        if (!m || f.name === 'MODEL_CARD.md')
            continue;
        const record = records[m[1]];
        const link = `report ${f.name}`;
        if (!record) {
            if (files.some((x) => x.name === `${m[1]}.evidence.json`))
                out.push(fail(link, 'its evidence does not verify'));
            continue;
        }
        const rendered = render(record);
        if (!rendered) {
            out.push({
                link,
                status: 'skipped',
                message: `written by modelgate ${record.tool.version}; not re-rendered`,
            });
            continue;
        }
        const candidates = rendered.map((r) => (m[2] === 'md' ? r.markdown : r.html));
        out.push(candidates.includes(f.text ?? '')
            ? pass(link, 're-rendered from the evidence: identical')
            : fail(link, 'differs from a rendering of its evidence', (0,_contract_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .f)(candidates[0] ?? ''), f.sha256));
    }
    return out;
}
/** The verdict of a whole chain: 0 every link passes or is skipped, 1 some link fails. */
function chainExitCode(verdicts) {
    return verdicts.some((v) => v.status === 'fail') ? 1 : 0;
}


/***/ }),

/***/ 58568:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ verifyEvidenceRecord),
/* harmony export */   q: () => (/* binding */ evidenceFileNames)
/* harmony export */ });
/* harmony import */ var _engine_evidence_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40910);

/**
 * Verifies evidence read back from a registry before anything trusts it:
 * valid against evidence.schema.json and its digest recomputed over its
 * canonical JSON (engine/evidence.ts `verifyEvidence`, the same check
 * publish-evidence runs). A registry hands evidence back parsed but
 * unverified; every caller passes it through here first.
 */
function verifyEvidenceRecord(record, display = 'evidence') {
    const problems = (0,_engine_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyEvidence */ .Jm)(record, display);
    return problems.length === 0
        ? { ok: true, record: record, problems: [] }
        : { ok: false, problems };
}
/** File names of a gate's evidence and reports inside a version (the names `writeReportFiles` uses). */
function evidenceFileNames(gate) {
    return { evidence: `${gate}.evidence.json`, markdown: `${gate}.md`, html: `${gate}.html` };
}


/***/ }),

/***/ 3937:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BD: () => (/* binding */ REPLACED_STATE),
/* harmony export */   EJ: () => (/* binding */ CANDIDATE_STATE),
/* harmony export */   I1: () => (/* binding */ assertName),
/* harmony export */   ML: () => (/* binding */ assertStateChange),
/* harmony export */   OP: () => (/* binding */ assertPromotable),
/* harmony export */   aF: () => (/* binding */ releaseTag),
/* harmony export */   dV: () => (/* binding */ defaultRollbackTarget),
/* harmony export */   ou: () => (/* binding */ assertRollbackTarget)
/* harmony export */ });
/* unused harmony export productionAt */
/* harmony import */ var _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68081);

/**
 * The lifecycle rules every backend enforces, in one place, so that the local
 * folder, GitHub Releases and MLflow refuse the same transitions with the
 * same words:
 * - nothing enters `production` except `promote` (after a G5 pass on the same
 *   model digest) or `rollback` (to a version that was promoted once);
 * - a `rolled-back` version is never promoted or rolled back to again: it
 *   needs a new chain from G0 under a new version;
 * - `setState` never reaches `production` and never leaves `rolled-back`
 *   except for `retirement`.
 */
/** Model and version names become folder names and tag names: keep them plain. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/;
function assertName(kind, value, where) {
    if (!NAME.test(value) || value.includes('..'))
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            file: where,
            pointer: kind === 'model' ? '/name' : '/version',
            message: `The ${kind} name cannot name a registry entry`,
            expected: 'letters, digits, ".", "_", "+" or "-", starting with a letter or digit, no ".."',
            found: JSON.stringify(value),
        });
}
/** The first state of a registered version: it is going through the gates. */
const CANDIDATE_STATE = 'validation';
/** State given to the version that production moved away from by a promotion. */
const REPLACED_STATE = 'retirement';
function assertStateChange(version, to, where) {
    const name = `${version.model} ${version.version}`;
    if (to === 'production')
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            file: where,
            message: `${name} cannot be set to production by a state change`,
            expected: 'promotion through G5 (modelgate g5) or a rollback (modelgate rollback)',
            found: `a state change from ${version.state} to production`,
        });
    if (to === 'rolled-back')
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            file: where,
            message: `${name} cannot be marked rolled-back by a state change`,
            expected: 'a rollback away from it (modelgate rollback)',
            found: `a state change from ${version.state} to rolled-back`,
        });
    if (version.state === 'rolled-back' && to !== 'retirement')
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            file: where,
            message: `${name} was rolled back; it can only be retired`,
            expected: 'retirement, or a new version through G0 to G5',
            found: `a state change to ${to}`,
        });
    if (version.state === 'production')
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            file: where,
            message: `${name} is in production; it leaves production only by a promotion of another version or a rollback`,
            expected: 'modelgate g5 on another version, or modelgate rollback',
            found: `a state change to ${to}`,
        });
}
/** The checks before `promote`: a G5 pass on this very model digest, and a version that may still enter production. */
function assertPromotable(version, g5, where) {
    const name = `${version.model} ${version.version}`;
    if (version.state === 'rolled-back')
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            file: where,
            message: `${name} was rolled back and cannot be promoted again`,
            expected: 'a new version with a new chain from G0',
            found: 'state rolled-back',
        });
    if (version.state === 'retirement' || version.state === 'production')
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            file: where,
            message: `${name} cannot be promoted from state ${version.state}`,
            expected: 'a candidate (validation or pre-production)',
            found: `state ${version.state}`,
        });
    if (!g5)
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            file: where,
            message: `${name} has no G5 evidence; nothing enters production without G5`,
            expected: 'G5.evidence.json attached to the candidate with status pass',
            found: 'no G5 evidence',
        });
    if (g5.status !== 'pass')
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            file: where,
            message: `${name}: G5 did not pass`,
            expected: 'G5 status pass',
            found: `G5 status ${g5.status}`,
        });
    const digest = g5.subject.model?.sha256;
    if (digest !== version.modelDigest)
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            file: where,
            message: `${name}: the G5 evidence is about another model`,
            expected: `model sha256 ${version.modelDigest}`,
            found: digest ? `model sha256 ${digest}` : 'no model in the G5 subject',
        });
}
/** Whether a version was ever promoted (that is, once passed G5), read from the history. */
function everPromoted(history, version) {
    return history.some((e) => e.kind === 'promote' && e.version === version);
}
/** The checks before `rollback`: the target was promoted once, is not production now and was not rolled back. */
function assertRollbackTarget(target, production, history, where) {
    const name = `${target.model} ${target.version}`;
    if (!everPromoted(history, target.version))
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            file: where,
            message: `${name} never passed G5; a rollback only returns to a version that was in production`,
            expected: `a version promoted before (${promotedVersions(history).join(', ') || 'none yet'})`,
            found: `${target.version}, never promoted`,
        });
    if (target.state === 'rolled-back')
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            file: where,
            message: `${name} was rolled back before; it cannot return to production`,
            expected: 'another version that passed G5',
            found: 'state rolled-back',
        });
    if (production === target.version)
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            file: where,
            message: `${name} is already in production`,
            expected: 'an earlier version than the one in production',
            found: `${target.version} in production`,
        });
    if (production === undefined)
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            file: where,
            message: `${target.model} has no version in production to roll back from`,
            expected: 'a model with a version in production',
            found: 'no production version',
        });
}
function promotedVersions(history) {
    return [...new Set(history.filter((e) => e.kind === 'promote').map((e) => e.version))];
}
/**
 * The version a rollback returns to by default: the most recent version that
 * was promoted before the current one, is not the current one and was not
 * rolled back.
 */
function defaultRollbackTarget(versions, production, history) {
    const states = new Map(versions.map((v) => [v.version, v.state]));
    const promoted = history.filter((e) => e.kind === 'promote').map((e) => e.version);
    for (let i = promoted.length - 1; i >= 0; i--) {
        const v = promoted[i];
        if (v !== production && states.get(v) !== 'rolled-back' && states.has(v))
            return v;
    }
    return undefined;
}
/** The version in production at a given instant, replayed from the history (oldest first). */
function productionAt(history, at) {
    const t = new Date(at).getTime();
    let current;
    for (const e of history) {
        if (new Date(e.at).getTime() > t)
            break;
        if (e.kind === 'promote' || e.kind === 'rollback')
            current = e.version;
    }
    return current;
}
/** The release tag of a version: `<model>-v<version>` (the GitHub release; the same name everywhere). */
function releaseTag(model, version) {
    return `${model}-v${version}`;
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

/***/ 79861:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xu: () => (/* binding */ weightColumn),
/* harmony export */   h5: () => (/* binding */ resolveTargets),
/* harmony export */   xW: () => (/* binding */ classNames)
/* harmony export */ });
/* harmony import */ var _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68081);

/**
 * The model's output variables. Regression: `targets` (each one a variable),
 * or the single `target` read from `outputs.prediction`/`lower`/`upper`.
 * A target's output defaults to the matching `outputs` entry, and its column
 * in that output defaults to its position among the targets that read the
 * same output. Classification: the one `target`, the label column.
 */
function resolveTargets(model, file) {
    const problem = (pointer, message, expected, found) => new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file, pointer, message, expected, found });
    if (model.target && model.targets)
        throw problem('/targets', 'model.json gives both target and targets', 'either target (one variable) or targets (several)', 'both');
    if (model.targets && model.task !== 'regression')
        throw problem('/targets', `A ${model.task} model has one label column`, 'target: { "name": <label column> }', `targets with ${model.targets.length} entries`);
    const list = model.targets ??
        (model.target
            ? [
                {
                    ...model.target,
                    ...(model.outputs.lower ? { lower: model.outputs.lower } : {}),
                    ...(model.outputs.upper ? { upper: model.outputs.upper } : {}),
                },
            ]
            : undefined);
    if (!list || list.length === 0)
        throw problem('', 'model.json names no target', 'target (one variable) or targets (regression with several output variables)', 'neither');
    const pointer = (i, key) => model.targets
        ? `/targets/${i}/${key}`
        : key === 'prediction'
            ? '/outputs/prediction'
            : `/outputs/${key}`;
    const used = new Map();
    const ref = (value, fallback, role) => {
        const output = value === undefined ? fallback : typeof value === 'string' ? value : value.output;
        if (output === undefined)
            return undefined;
        const given = typeof value === 'object' ? value.index : undefined;
        const position = used.get(`${role}|${output}`) ?? 0;
        used.set(`${role}|${output}`, position + 1);
        return { output, index: given ?? position, explicit: given !== undefined };
    };
    const seen = new Map();
    const columns = new Map();
    const resolved = list.map((t, i) => {
        if (seen.has(t.name))
            throw problem(`/targets/${i}/name`, `Two targets are named "${t.name}"`, 'a distinct variable name per target', `"${t.name}" at /targets/${seen.get(t.name)} and /targets/${i}`);
        seen.set(t.name, i);
        const prediction = ref(t.prediction, model.outputs.prediction, 'prediction');
        const key = `${prediction.output}[${prediction.index}]`;
        if (columns.has(key))
            throw problem(pointer(i, 'prediction'), `Targets "${columns.get(key)}" and "${t.name}" read the same output column`, 'one output column per target', key);
        columns.set(key, t.name);
        const lower = ref(t.lower, model.targets ? model.outputs.lower : undefined, 'lower');
        const upper = ref(t.upper, model.targets ? model.outputs.upper : undefined, 'upper');
        if ((lower === undefined) !== (upper === undefined)) {
            throw problem(pointer(i, lower ? 'upper' : 'lower'), `Target "${t.name}" has a ${lower ? 'lower' : 'upper'} interval bound without the other`, 'both lower and upper, or neither', `only ${lower ? 'lower' : 'upper'}`);
        }
        return {
            name: t.name,
            column: t.column ?? t.name,
            ...(t.unit !== undefined ? { unit: t.unit } : {}),
            prediction,
            ...(lower && upper ? { lower, upper } : {}),
        };
    });
    // Default columns count per role, so one output serving two roles (lower and upper in one [N, 2]) needs explicit indexes.
    const roles = new Map();
    resolved.forEach((t) => {
        for (const role of ['prediction', 'lower', 'upper']) {
            const r = t[role];
            if (!r)
                continue;
            const entry = roles.get(r.output) ?? { roles: new Set(), implicit: false };
            entry.roles.add(role);
            entry.implicit ||= !r.explicit;
            roles.set(r.output, entry);
        }
    });
    for (const [output, entry] of roles) {
        if (entry.roles.size > 1 && entry.implicit) {
            throw problem(model.targets ? '/targets' : '/outputs', `Output "${output}" serves as ${[...entry.roles].join(' and ')}`, 'an explicit { "output", "index" } for each use of an output that serves several roles', 'a column chosen by default');
        }
    }
    return resolved;
}
/** The declared classes as the text they are matched by (`1` and `"1"` are the same class); refuses duplicates. */
function classNames(model, file) {
    if (!model.classes)
        return undefined;
    const names = model.classes.map(String);
    const first = new Map();
    names.forEach((name, i) => {
        if (first.has(name))
            throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
                file,
                pointer: `/classes/${i}`,
                message: `Class ${JSON.stringify(model.classes[i])} is declared twice`,
                expected: 'distinct class labels',
                found: `the same label at /classes/${first.get(name)} and /classes/${i}`,
            });
        first.set(name, i);
    });
    return names;
}
/**
 * The holdout column of sample weights, or undefined when the holdout is
 * unweighted. A weight column that is also a feature, a target or the label
 * column would feed one value into two roles, which is always a mistake.
 */
function weightColumn(model, targets, file) {
    const column = model.weight;
    if (column === undefined)
        return undefined;
    const role = model.features.some((f) => f.name === column)
        ? 'a feature'
        : targets.some((t) => t.column === column)
            ? model.task === 'regression'
                ? 'a target'
                : 'the label'
            : undefined;
    if (role)
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            file,
            pointer: '/weight',
            message: `The sample weight column "${column}" is ${role} column`,
            expected: 'a holdout column of its own for the sample weights',
            found: `"${column}", ${role}`,
        });
    return column;
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
