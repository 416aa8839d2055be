export const id = 805;
export const ids = [805];
export const modules = {

/***/ 49935:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ parseOptions),
/* harmony export */   Rm: () => (/* binding */ parseDataInputs),
/* harmony export */   XV: () => (/* binding */ parseFailOn),
/* harmony export */   mr: () => (/* binding */ parseGateId)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72993);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97813);



/** Parses a gate id, case-insensitively for G0..G5. */
function parseGateId(raw) {
    const value = raw.trim();
    const id = (/^g[0-5]$/i.test(value) ? value.toUpperCase() : value);
    if (!_types_js__WEBPACK_IMPORTED_MODULE_2__/* .GATE_IDS */ .$.includes(id)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ message: 'Unknown gate', expected: `one of ${_types_js__WEBPACK_IMPORTED_MODULE_2__/* .GATE_IDS */ .$.join(', ')}`, found: JSON.stringify(raw) });
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
        return { role, path };
    });
}
/** Parses `key=value` gate options. */
function parseOptions(values) {
    const options = {};
    for (const raw of values.map((v) => v.trim()).filter((v) => v !== '')) {
        const i = raw.indexOf('=');
        if (i <= 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ message: 'Invalid gate option', expected: 'key=value', found: JSON.stringify(raw) });
        options[raw.slice(0, i).trim()] = raw.slice(i + 1).trim();
    }
    return options;
}
function parseFailOn(raw) {
    const v = (raw ?? '').trim() || 'fail';
    if (v !== 'fail' && v !== 'warn')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ message: 'Invalid fail-on', expected: 'fail or warn', found: JSON.stringify(raw) });
    return v;
}


/***/ }),

/***/ 45419:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ runContextFromEnv)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);

/** The run context from the Actions runner's environment, or `local` outside Actions. */
function runContextFromEnv(env = process.env) {
    if (env.GITHUB_ACTIONS !== 'true')
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
    const pr = pullRequestNumber(env.GITHUB_EVENT_PATH);
    if (pr !== undefined)
        ctx.pullRequest = pr;
    return ctx;
}
function pullRequestNumber(eventPath) {
    if (!eventPath)
        return undefined;
    try {
        const event = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(eventPath, 'utf8'));
        const n = event.pull_request?.number;
        return typeof n === 'number' && Number.isInteger(n) ? n : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 85351:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ exitCodeFor),
  i: () => (/* binding */ runGate)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./build/src/io/file-digest.js


/** Streams a file through sha256; returns the hex digest and the byte count. */
async function digestFile(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let bytes = 0;
    for await (const chunk of (0,external_node_fs_.createReadStream)(path)) {
        hash.update(chunk);
        bytes += chunk.length;
    }
    return { sha256: hash.digest('hex'), bytes };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/src/engine/errors.js
var errors = __webpack_require__(72993);
;// CONCATENATED MODULE: ./build/src/io/workspace.js



/**
 * The folder a run may read from: GITHUB_WORKSPACE in Actions, the current
 * directory locally. Every user-supplied path is resolved against it and must
 * stay inside it, symbolic links included.
 */
class Workspace {
    root;
    constructor(root) {
        this.root = (0,external_node_path_.resolve)(root);
    }
    /**
     * Resolves `userPath` (relative to `base`, itself inside the workspace) and
     * refuses anything that escapes the workspace, such as `../../etc/passwd`.
     */
    resolve(userPath, what, base = this.root) {
        const absolute = (0,external_node_path_.resolve)(base, userPath);
        if (!this.contains(absolute) || !this.contains(realOrSelf(absolute))) {
            throw new errors/* InputError */.dz({
                message: `The ${what} path leaves the workspace`,
                expected: `a path inside ${this.root}`,
                found: JSON.stringify(userPath),
            });
        }
        return absolute;
    }
    /** Workspace-relative path with forward slashes, for reports and evidence. */
    display(absolute) {
        const rel = (0,external_node_path_.relative)(this.root, absolute);
        return rel === '' ? '.' : rel.split(external_node_path_.sep).join('/');
    }
    contains(absolute) {
        const rel = (0,external_node_path_.relative)(realOrSelf(this.root), absolute);
        const relPlain = (0,external_node_path_.relative)(this.root, absolute);
        const inside = (r) => r === '' || (!r.startsWith('..') && !(0,external_node_path_.isAbsolute)(r));
        return inside(rel) || inside(relPlain);
    }
}
/** The real path when the file exists (following links), else the path itself. */
function realOrSelf(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return path;
    }
}

// EXTERNAL MODULE: ./build/src/csv/byte-csv-reader.js
var byte_csv_reader = __webpack_require__(38215);
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

// EXTERNAL MODULE: ./build/src/gates/g0/data-schema.js
var data_schema = __webpack_require__(66056);
// EXTERNAL MODULE: ./build/src/gates/g0/table-validator.js + 1 modules
var table_validator = __webpack_require__(1253);
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
        message: t.missingColumns.length ? `${t.file} lacks ${t.missingColumns.join(', ')}` : `${t.file} has every required column`,
        source: { ...source, pointer: '/required' },
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
        message: t.raggedRows ? `${t.raggedRows} rows of ${t.file} do not have ${t.header.length} fields` : `every row of ${t.file} has ${t.header.length} fields`,
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
            message: present ? `${dups} duplicate keys` : `key columns missing from ${t.file}; reported by required_columns`,
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
    const src = (key) => ({ file: schemaFile, pointer: key ? `${r.pointer}/${key}` : r.pointer });
    const total = col.checked + col.missing;
    const count = (rule) => col.counts[table_validator/* CELL_RULES */.Nk.indexOf(rule)] ?? 0;
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
            message: r.nullable ? 'nullable column' : `${count('null')} missing values; the column is not nullable`,
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
        valueCheck('enum', { message: `allowed: ${[...(r.enumStrings ?? r.enumNumbers ?? [])].join(', ')}` });
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

// EXTERNAL MODULE: ./build/src/csv/range-workers.js
var range_workers = __webpack_require__(16449);
// EXTERNAL MODULE: ./build/src/gates/g0/parallel.js
var g0_parallel = __webpack_require__(14213);
;// CONCATENATED MODULE: ./build/src/gates/g0/index.js








/** G0 Data Quality: every data file against `ssot/data_schema.json`. */
const g0 = {
    id: 'G0',
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
            // Hash the file while it is validated: both read it, neither waits for the other.
            const digest = ctx.describeFile(absolute, input.role);
            digest.catch(() => { });
            const parallel = await (0,g0_parallel.validateFileParallel)(absolute, display, input.role, schema, threads);
            const { table, summary } = parallel ?? (await validateFile(absolute, display, input.role, schema));
            tables.push(table);
            data.push({ ...(await digest), rows: table.rows });
            files.push({ file: display, role: input.role, rows: table.rows, bytes: summary.bytes, bom: summary.hadBom, lineEnding: summary.lineEnding, reader: parallel ? `parallel, ${threads} threads` : 'sequential' });
        }
        const checks = judgeTables(tables, schema);
        const status = decideStatus(checks, 0);
        const totalViolations = tables.reduce((n, t) => n + t.totalViolations, 0);
        const rows = tables.reduce((n, t) => n + t.rows, 0);
        return {
            status,
            summary: `${tables.length} file${tables.length > 1 ? 's' : ''}, ${rows.toLocaleString('en-US')} rows, ${totalViolations.toLocaleString('en-US')} violations; ${describeCounts(checks)}`,
            subject: { data, artifacts: [] },
            checks,
            problems: [],
            report: {
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
    const validator = new table_validator/* TableValidator */.B1(schema, display, role);
    const summary = await (0,byte_csv_reader/* readCsvFile */.FU)(absolute, { displayPath: display, onLine: (buf, from, to, line, offset) => validator.onLine(buf, from, to, line, offset) }, (header, line) => {
        const problem = validator.onHeader(header, line);
        if (problem)
            throw new errors/* InputError */.dz({ file: display, line, message: 'Unusable header', expected: 'unique column names', found: problem });
    }, (rec) => validator.onRecord(rec));
    return { table: validator.finish(), summary };
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
        .map((role) => ({ role, path: ctx.ssot.resolveRepoPath(paths[role], `${role} data`) }));
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
            c.counts.forEach((n, i) => add(`${c.rules.name}.${table_validator/* CELL_RULES */.Nk[i]}`, n));
    }
    return counts;
}
function parseCount(raw, name) {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0)
        throw new errors/* InputError */.dz({ message: `Invalid option ${name}`, expected: 'a whole number >= 0', found: JSON.stringify(raw) });
    return n;
}

// EXTERNAL MODULE: ./build/src/stats/quantile.js
var quantile = __webpack_require__(38260);
;// CONCATENATED MODULE: ./build/src/gates/g1/bootstrap.js

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
/**
 * Default resample count: 1000, reduced for large holdouts so that the work
 * (rows × resamples) stays near 2·10^8 per KPI, never below 100.
 */
function defaultResampleCount(n) {
    return Math.max(100, Math.min(1000, Math.floor(2e8 / Math.max(1, n))));
}

;// CONCATENATED MODULE: ./build/src/gates/g1/metrics.js

const EPS = 2.220446049250313e-16;
function size(n, idx) {
    return idx ? idx.length : n;
}
// ---------- regression ----------
function mae(y, p, idx) {
    const n = size(y.length, idx);
    let s = 0;
    for (let k = 0; k < n; k++) {
        const i = idx ? idx[k] : k;
        s += Math.abs(y[i] - p[i]);
    }
    return s / n;
}
function rmse(y, p, idx) {
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
function mape(y, p, idx) {
    const n = size(y.length, idx);
    let s = 0;
    for (let k = 0; k < n; k++) {
        const i = idx ? idx[k] : k;
        s += Math.abs(y[i] - p[i]) / Math.max(Math.abs(y[i]), EPS);
    }
    return s / n;
}
/** R² with sklearn's force_finite rule: a constant target gives 1 for a perfect fit, else 0. */
function r2(y, p, idx) {
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
/** Mean error, prediction minus actual: positive means the model over-predicts. */
function bias(y, p, idx) {
    const n = size(y.length, idx);
    let s = 0;
    for (let k = 0; k < n; k++) {
        const i = idx ? idx[k] : k;
        s += p[i] - y[i];
    }
    return s / n;
}
function maxError(y, p, idx) {
    const n = size(y.length, idx);
    let m = 0;
    for (let k = 0; k < n; k++) {
        const i = idx ? idx[k] : k;
        m = Math.max(m, Math.abs(y[i] - p[i]));
    }
    return m;
}
/** Fraction of rows whose actual value lies in [lower, upper] (both ends inclusive). */
function coverage(y, lower, upper, idx) {
    const n = size(y.length, idx);
    let c = 0;
    for (let k = 0; k < n; k++) {
        const i = idx ? idx[k] : k;
        if (y[i] >= lower[i] && y[i] <= upper[i])
            c++;
    }
    return c / n;
}
function intervalWidth(lower, upper, idx) {
    const n = size(lower.length, idx);
    let s = 0;
    for (let k = 0; k < n; k++) {
        const i = idx ? idx[k] : k;
        s += upper[i] - lower[i];
    }
    return s / n;
}
// ---------- classification (labels are class indexes 0..K-1) ----------
function confusionMatrix(y, pred, k, idx) {
    const m = Array.from({ length: k }, () => new Array(k).fill(0));
    const n = size(y.length, idx);
    for (let j = 0; j < n; j++) {
        const i = idx ? idx[j] : j;
        m[y[i]][pred[i]]++;
    }
    return m;
}
function accuracy(y, pred, idx) {
    const n = size(y.length, idx);
    let c = 0;
    for (let j = 0; j < n; j++) {
        const i = idx ? idx[j] : j;
        if (y[i] === pred[i])
            c++;
    }
    return c / n;
}
/** Mean recall over the classes that occur in the labels (sklearn drops classes with no support). */
function balancedAccuracy(y, pred, k, idx) {
    const m = confusionMatrix(y, pred, k, idx);
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
 * Precision, recall and F1 as sklearn computes them with zero_division=0:
 * binary is for the positive class (index 1); macro and weighted average over
 * all K declared classes (sklearn's `labels=range(K)`), weighted by support.
 */
function prf(metric, average, y, pred, k, idx) {
    const m = confusionMatrix(y, pred, k, idx);
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
    let w = 0;
    for (let c = 0; c < k; c++) {
        const weight = average === 'macro' ? 1 : m[c].reduce((a, b) => a + b, 0);
        s += weight * perClass(c);
        w += weight;
    }
    return w === 0 ? 0 : s / w;
}
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
function rocAuc(positive, score, idx) {
    const { pos, neg } = splitSorted(positive, score, idx);
    if (pos.length === 0 || neg.length === 0)
        throw singleClass('ROC AUC');
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
/** One-vs-rest ROC AUC averaged over classes (sklearn multi_class="ovr", average="macro"). */
function rocAucOvr(y, proba, idx) {
    let s = 0;
    for (let c = 0; c < proba.length; c++)
        s += rocAuc(indicator(y, c), proba[c], idx);
    return s / proba.length;
}
/**
 * Average precision as sklearn defines it: AP = Σ_k (R_k − R_{k−1}) · P_k over
 * the distinct score thresholds in decreasing order (a step function, not the
 * trapezoid). Tied scores enter together.
 */
function averagePrecision(positive, score, idx) {
    const { pos, neg } = splitSorted(positive, score, idx);
    if (pos.length === 0)
        throw singleClass('average precision');
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
/** sklearn's log_loss: probabilities clipped to [eps, 1 − eps] (float64 eps), natural log, mean. */
function logLoss(y, proba, idx) {
    const n = size(y.length, idx);
    let s = 0;
    for (let j = 0; j < n; j++) {
        const i = idx ? idx[j] : j;
        const p = Math.min(Math.max(proba[y[i]][i], EPS), 1 - EPS);
        s -= Math.log(p);
    }
    return s / n;
}
/** sklearn's brier_score_loss: mean squared distance to the one-hot label; halved for two classes. */
function brier(y, proba, idx) {
    const n = size(y.length, idx);
    const k = proba.length;
    let s = 0;
    for (let j = 0; j < n; j++) {
        const i = idx ? idx[j] : j;
        for (let c = 0; c < k; c++) {
            const d = (y[i] === c ? 1 : 0) - proba[c][i];
            s += d * d;
        }
    }
    return (k < 3 ? 0.5 : 1) * (s / n);
}
/**
 * Expected calibration error with `bins` equal-width bins on [0, 1]. Binary:
 * the positive-class probability against the positive rate. Multiclass: the
 * top-label confidence against accuracy. ECE = Σ_b (n_b / n)·|acc_b − conf_b|;
 * a probability of exactly 1 falls in the last bin.
 */
function ece(y, proba, bins = 10, idx) {
    const n = size(y.length, idx);
    const count = new Float64Array(bins);
    const conf = new Float64Array(bins);
    const hit = new Float64Array(bins);
    const binary = proba.length === 2;
    for (let j = 0; j < n; j++) {
        const i = idx ? idx[j] : j;
        let p;
        let correct;
        if (binary) {
            p = proba[1][i];
            correct = y[i] === 1 ? 1 : 0;
        }
        else {
            let best = 0;
            for (let c = 1; c < proba.length; c++)
                if (proba[c][i] > proba[best][i])
                    best = c;
            p = proba[best][i];
            correct = y[i] === best ? 1 : 0;
        }
        const b = Math.min(bins - 1, Math.floor(p * bins));
        count[b]++;
        conf[b] += p;
        hit[b] += correct;
    }
    let e = 0;
    for (let b = 0; b < bins; b++)
        if (count[b] > 0)
            e += (count[b] / n) * Math.abs(hit[b] / count[b] - conf[b] / count[b]);
    return e;
}
/** Per-bin mean probability and observed frequency, for the calibration chart. */
function calibrationCurve(y, proba, bins = 10) {
    const count = new Float64Array(bins);
    const conf = new Float64Array(bins);
    const hit = new Float64Array(bins);
    for (let i = 0; i < y.length; i++) {
        const p = proba[proba.length === 2 ? 1 : 0][i];
        const b = Math.min(bins - 1, Math.floor(p * bins));
        count[b]++;
        conf[b] += p;
        hit[b] += y[i] === (proba.length === 2 ? 1 : 0) ? 1 : 0;
    }
    const out = [];
    for (let b = 0; b < bins; b++)
        if (count[b] > 0)
            out.push([conf[b] / count[b], hit[b] / count[b]]);
    return out;
}
function indicator(y, c) {
    const out = new Uint8Array(y.length);
    for (let i = 0; i < y.length; i++)
        out[i] = y[i] === c ? 1 : 0;
    return out;
}
/** Class with the highest probability; ties go to the lowest index (numpy argmax). */
function argmax(proba, n) {
    const out = new Int32Array(n);
    for (let i = 0; i < n; i++) {
        let best = 0;
        for (let c = 1; c < proba.length; c++)
            if (proba[c][i] > proba[best][i])
                best = c;
        out[i] = best;
    }
    return out;
}
function singleClass(metric) {
    return new errors/* InputError */.dz({ message: `${metric} is undefined: the holdout labels contain a single class`, expected: 'both positive and negative labels in the holdout', found: 'one class only' });
}

;// CONCATENATED MODULE: ./build/src/gates/g1/kpis.js

const REG = ['regression'];
const CLS = ['binary', 'multiclass'];
const BIN = ['binary'];
const MULTI = ['multiclass'];
const ALL = ['regression', 'binary', 'multiclass'];
const kpis_prf = (metric, average) => (d, idx) => prf(metric, average, d.labels, d.predictedClass, d.probabilities?.length ?? classCount(d), idx);
function classCount(d) {
    let k = 0;
    for (let i = 0; i < d.n; i++)
        k = Math.max(k, d.labels[i] + 1, d.predictedClass[i] + 1);
    return k;
}
/** The KPI names kpi_acceptance.csv may use for G1, and how each is computed. */
const KPIS = [
    { name: 'mae', tasks: REG, better: 'lower', unit: 'target', compute: (d, i) => mae(d.y, d.prediction, i) },
    { name: 'rmse', tasks: REG, better: 'lower', unit: 'target', compute: (d, i) => rmse(d.y, d.prediction, i) },
    { name: 'mape', tasks: REG, better: 'lower', unit: 'ratio', compute: (d, i) => mape(d.y, d.prediction, i) },
    { name: 'r2', tasks: REG, better: 'higher', unit: 'none', compute: (d, i) => r2(d.y, d.prediction, i) },
    { name: 'bias', tasks: REG, better: 'lower', unit: 'target', compute: (d, i) => bias(d.y, d.prediction, i) },
    { name: 'abs_bias', tasks: REG, better: 'lower', unit: 'target', compute: (d, i) => Math.abs(bias(d.y, d.prediction, i)) },
    { name: 'max_error', tasks: REG, better: 'lower', unit: 'target', compute: (d, i) => maxError(d.y, d.prediction, i) },
    { name: 'coverage', tasks: REG, better: 'higher', unit: 'ratio', needs: 'intervals', compute: (d, i) => coverage(d.y, d.lower, d.upper, i) },
    { name: 'interval_width', tasks: REG, better: 'lower', unit: 'target', needs: 'intervals', compute: (d, i) => intervalWidth(d.lower, d.upper, i) },
    { name: 'accuracy', tasks: CLS, better: 'higher', unit: 'ratio', compute: (d, i) => accuracy(d.labels, d.predictedClass, i) },
    { name: 'balanced_accuracy', tasks: CLS, better: 'higher', unit: 'ratio', compute: (d, i) => balancedAccuracy(d.labels, d.predictedClass, d.probabilities?.length ?? classCount(d), i) },
    { name: 'precision', tasks: BIN, better: 'higher', unit: 'ratio', compute: kpis_prf('precision', 'binary') },
    { name: 'recall', tasks: BIN, better: 'higher', unit: 'ratio', compute: kpis_prf('recall', 'binary') },
    { name: 'f1', tasks: BIN, better: 'higher', unit: 'ratio', compute: kpis_prf('f1', 'binary') },
    { name: 'precision_macro', tasks: CLS, better: 'higher', unit: 'ratio', compute: kpis_prf('precision', 'macro') },
    { name: 'recall_macro', tasks: CLS, better: 'higher', unit: 'ratio', compute: kpis_prf('recall', 'macro') },
    { name: 'f1_macro', tasks: CLS, better: 'higher', unit: 'ratio', compute: kpis_prf('f1', 'macro') },
    { name: 'precision_weighted', tasks: CLS, better: 'higher', unit: 'ratio', compute: kpis_prf('precision', 'weighted') },
    { name: 'recall_weighted', tasks: CLS, better: 'higher', unit: 'ratio', compute: kpis_prf('recall', 'weighted') },
    { name: 'f1_weighted', tasks: CLS, better: 'higher', unit: 'ratio', compute: kpis_prf('f1', 'weighted') },
    { name: 'roc_auc', tasks: BIN, better: 'higher', unit: 'ratio', needs: 'probabilities', compute: (d, i) => rocAuc(indicator(d.labels, 1), d.probabilities[1], i) },
    { name: 'roc_auc_ovr', tasks: MULTI, better: 'higher', unit: 'ratio', needs: 'probabilities', compute: (d, i) => rocAucOvr(d.labels, d.probabilities, i) },
    { name: 'average_precision', tasks: BIN, better: 'higher', unit: 'ratio', needs: 'probabilities', compute: (d, i) => averagePrecision(indicator(d.labels, 1), d.probabilities[1], i) },
    { name: 'log_loss', tasks: CLS, better: 'lower', unit: 'none', needs: 'probabilities', compute: (d, i) => logLoss(d.labels, d.probabilities, i) },
    { name: 'brier', tasks: CLS, better: 'lower', unit: 'none', needs: 'probabilities', compute: (d, i) => brier(d.labels, d.probabilities, i) },
    { name: 'ece', tasks: CLS, better: 'lower', unit: 'ratio', needs: 'probabilities', compute: (d, i) => ece(d.labels, d.probabilities, d.eceBins, i) },
    { name: 'latency_p50_ms', tasks: ALL, better: 'lower', unit: 'ms' },
    { name: 'latency_p95_ms', tasks: ALL, better: 'lower', unit: 'ms' },
    { name: 'latency_p99_ms', tasks: ALL, better: 'lower', unit: 'ms' },
    { name: 'throughput_rows_per_s', tasks: ALL, better: 'higher', unit: 'rows/s' },
];
const SLICE_PREFIX = 'slice_gap_';
/** Finds a KPI by name; `slice_gap_<kpi>` is the largest difference of that KPI between slices. */
function findKpi(name) {
    if (name.startsWith(SLICE_PREFIX)) {
        const base = KPIS.find((k) => k.name === name.slice(SLICE_PREFIX.length) && k.compute);
        return base ? { def: { ...base, name, better: 'lower', unit: base.unit === 'none' ? 'none' : base.unit }, sliceGap: true } : undefined;
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
    }
}

;// CONCATENATED MODULE: ./build/src/gates/g1/acceptance.js

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
function resolveRule(rule, target, targetUnit, task) {
    const found = findKpi(rule.kpi);
    if (!found)
        return { error: `G1 cannot compute KPI "${rule.kpi}"; see docs/metrics.md for the KPI names` };
    const { def } = found;
    if (!def.tasks.includes(task))
        return { error: `KPI "${rule.kpi}" does not apply to a ${task} model (it applies to ${def.tasks.join(', ')})` };
    const modelLevel = def.unit === 'ms' || def.unit === 'rows/s';
    if (!modelLevel && rule.variable !== target)
        return { error: `KPI "${rule.kpi}" is about variable "${rule.variable}", but the model predicts "${target}"` };
    if (modelLevel && rule.variable !== '')
        return { error: `KPI "${rule.kpi}" is about the model, not a variable; leave variable empty (found "${rule.variable}")` };
    const units = acceptedUnits(def, targetUnit);
    if (!units.includes(rule.unit)) {
        return { error: `unit "${rule.unit}" does not match KPI "${rule.kpi}" on "${rule.variable || 'the model'}", whose unit is ${units.map((u) => (u === '' ? 'empty' : `"${u}"`)).join(' or ')}` };
    }
    return { def };
}
/**
 * Turns the rules of kpi_acceptance.csv into checks: one value check per rule
 * (the point estimate, or with `bound=ci` the pessimistic end of the
 * interval), plus a change check per change threshold, which is `skipped`
 * with a reason when there is no baseline.
 */
function judgeRules(input) {
    const checks = [];
    for (const rule of input.rules) {
        const source = { file: rule.file, line: rule.line };
        const base = { rule: rule.kpi, variable: rule.variable, unit: rule.unit, severity: rule.severity, source };
        const id = `G1.L${rule.line}.${rule.kpi}${rule.variable ? `.${rule.variable}` : ''}`;
        const resolved = resolveRule(rule, input.target, input.targetUnit, input.task);
        if ('error' in resolved) {
            checks.push({ ...base, id, value: null, operator: rule.operator, threshold: rule.threshold, status: 'error', message: resolved.error });
            continue;
        }
        const k = key(rule.kpi, rule.variable);
        const measured = input.candidate.get(k);
        if (!measured) {
            checks.push({ ...base, id, value: null, operator: rule.operator, threshold: rule.threshold, status: 'error', message: input.reasons.get(k) ?? `KPI "${rule.kpi}" could not be computed` });
            continue;
        }
        const lowerIsBetter = rule.operator === '<' || rule.operator === '<=';
        let judged = measured.value;
        let note = '';
        if (rule.bound === 'ci') {
            if (!measured.ci) {
                checks.push({ ...base, id, value: measured.value, operator: rule.operator, threshold: rule.threshold, status: 'error', message: `bound=ci needs a bootstrap interval, which KPI "${rule.kpi}" does not have` });
                continue;
            }
            judged = lowerIsBetter ? measured.ci[1] : measured.ci[0];
            note = `judged on the ${lowerIsBetter ? 'upper' : 'lower'} end of the ${Math.round(rule.confidence * 100)}% CI`;
        }
        const comparison = input.baseline?.get(k);
        checks.push({
            ...base,
            id,
            value: measured.value,
            operator: rule.operator,
            threshold: rule.threshold,
            status: outcome(compare(judged, rule.operator, rule.threshold), rule.severity),
            ...(note || rule.notes ? { message: [note, rule.notes].filter(Boolean).join('; ') } : {}),
            details: {
                ...(measured.ci ? { ci: measured.ci, confidence: rule.confidence } : {}),
                ...(rule.bound === 'ci' ? { judged } : {}),
                ...(comparison ? { baseline: comparison.baseline, delta: comparison.delta, ...(comparison.deltaCi ? { deltaCi: comparison.deltaCi } : {}) } : {}),
            },
        });
        for (const kind of ['abs', 'rel']) {
            const limit = kind === 'abs' ? rule.maxAbsDegradation : rule.maxRelDegradation;
            if (limit === undefined)
                continue;
            const changeId = `${id}.${kind}_change`;
            const changeBase = { ...base, id: changeId, rule: `${rule.kpi}_${kind}_degradation`, unit: kind === 'abs' ? rule.unit : 'ratio' };
            if (!input.hasBaseline || !comparison) {
                checks.push({
                    ...changeBase,
                    value: null,
                    operator: '<=',
                    threshold: limit,
                    status: 'skipped',
                    message: input.hasBaseline
                        ? `the baseline model has no value for ${rule.kpi}`
                        : 'no baseline model was given, so this change threshold was not evaluated (give baseline-model, or paths.baseline in ssot/model.json)',
                });
                continue;
            }
            // Degradation in the KPI's "worse" direction, from the rule's operator.
            const degradation = lowerIsBetter ? comparison.delta : -comparison.delta;
            const value = kind === 'abs' ? degradation : comparison.baseline === 0 ? (degradation > 0 ? Number.POSITIVE_INFINITY : 0) : degradation / Math.abs(comparison.baseline);
            checks.push({
                ...changeBase,
                value: Number.isFinite(value) ? value : null,
                operator: '<=',
                threshold: limit,
                status: outcome(value <= limit, rule.severity),
                message: `${rule.kpi} ${formatSigned(comparison.delta)} against the baseline (${lowerIsBetter ? 'lower' : 'higher'} is better)`,
                details: { candidate: measured.value, baseline: comparison.baseline, delta: comparison.delta, ...(comparison.deltaCi ? { deltaCi: comparison.deltaCi } : {}) },
            });
        }
    }
    return checks;
}
function outcome(ok, severity) {
    return ok ? 'pass' : severity === 'warn' ? 'warn' : 'fail';
}
function formatSigned(x) {
    return `${x >= 0 ? '+' : ''}${Number(x.toPrecision(4))}`;
}

;// CONCATENATED MODULE: ./build/src/gates/g1/evaluate.js






/** KPIs shown in the report even when no rule names them. */
const REPORTED = {
    regression: ['mae', 'rmse', 'mape', 'r2', 'bias', 'max_error', 'coverage', 'interval_width'],
    binary: ['accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'average_precision', 'log_loss', 'brier', 'ece'],
    multiclass: ['accuracy', 'balanced_accuracy', 'f1_macro', 'f1_weighted', 'roc_auc_ovr', 'log_loss', 'brier', 'ece'],
};
function evalData(input, p) {
    const classification = input.task !== 'regression';
    return {
        task: input.task,
        n: input.rows,
        y: input.y,
        labels: input.labels,
        prediction: p.prediction,
        predictedClass: classification ? (p.probabilities ? argmax(p.probabilities, input.rows) : Int32Array.from(p.prediction)) : new Int32Array(0),
        ...(p.probabilities ? { probabilities: p.probabilities } : {}),
        ...(p.lower ? { lower: p.lower } : {}),
        ...(p.upper ? { upper: p.upper } : {}),
        eceBins: input.eceBins,
    };
}
/** Checks classifier probabilities: inside [0, 1] and summing to 1 per row. */
function validateProbabilities(p, file) {
    const proba = p.probabilities;
    if (!proba)
        return;
    const n = p.prediction.length;
    for (let i = 0; i < n; i++) {
        let sum = 0;
        for (let c = 0; c < proba.length; c++) {
            const v = proba[c][i];
            if (v < -1e-6 || v > 1 + 1e-6)
                throw new errors/* InputError */.dz({ file, message: `Probability of class ${c} is outside [0, 1] on holdout row ${i + 1}`, expected: 'probabilities in [0, 1]', found: String(v) });
            sum += v;
        }
        if (Math.abs(sum - 1) > 1e-3)
            throw new errors/* InputError */.dz({ file, message: `Class probabilities do not sum to 1 on holdout row ${i + 1}`, expected: 'a sum of 1 (within 0.001)', found: String(sum) });
    }
}
/** Pure G1 evaluation: metrics, bootstrap intervals, baseline deltas, slices, and the checks of every rule. */
function evaluateG1(input) {
    const cand = evalData(input, input.candidate);
    const base = input.baseline ? evalData(input, input.baseline) : undefined;
    const wanted = new Map();
    for (const name of REPORTED[input.task]) {
        const found = findKpi(name);
        wanted.set(key(name, input.target), { ...found, variable: input.target });
    }
    for (const rule of input.rules) {
        const r = resolveRule(rule, input.target, input.targetUnit, input.task);
        if ('def' in r)
            wanted.set(key(rule.kpi, rule.variable), { ...findKpi(rule.kpi), variable: rule.variable });
    }
    const reasons = new Map();
    const candidate = new Map();
    const baseline = new Map();
    const bootstrapped = [];
    const baseValues = new Map();
    const pointValue = (def, d, k, who) => {
        if (def.needs === 'intervals' && (!d.lower || !d.upper)) {
            reasons.set(k, `the ${who} has no prediction-interval outputs (outputs.lower and outputs.upper in ssot/model.json)`);
            return undefined;
        }
        if (def.needs === 'probabilities' && !d.probabilities) {
            reasons.set(k, `the ${who} has no probabilities output (outputs.probabilities in ssot/model.json)`);
            return undefined;
        }
        try {
            return def.compute(d);
        }
        catch (error) {
            reasons.set(k, error instanceof errors/* InputError */.dz ? error.problem.message : error.message);
            return undefined;
        }
    };
    for (const [k, { def, sliceGap }] of wanted) {
        if (sliceGap) {
            const gap = sliceGapValue(def, cand, input.slices, reasons, k);
            if (gap)
                candidate.set(k, { value: gap.gap });
            if (gap && base) {
                const b = sliceGapValue(def, base, input.slices, new Map(), k);
                if (b)
                    baseline.set(k, { baseline: b.gap, delta: gap.gap - b.gap });
            }
            continue;
        }
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
        const v = pointValue(def, cand, k, 'candidate model');
        if (v === undefined)
            continue;
        candidate.set(k, { value: v });
        bootstrapped.push({ k, def });
        if (base) {
            const bv = pointValue(def, base, `${k}|baseline`, 'baseline model');
            if (bv !== undefined) {
                baseValues.set(k, bv);
                baseline.set(k, { baseline: bv, delta: v - bv });
            }
        }
    }
    // Paired bootstrap: every KPI of both models on the same resamples.
    const samples = new Map(bootstrapped.map(({ k }) => [k, { c: new Float64Array(input.resamples), d: new Float64Array(input.resamples) }]));
    if (input.resamples > 0) {
        forEachResample(input.rows, input.resamples, input.seed, (idx, b) => {
            for (const { k, def } of bootstrapped) {
                const s = samples.get(k);
                const cv = safe(() => def.compute(cand, idx));
                s.c[b] = cv;
                s.d[b] = base && baseValues.has(k) ? cv - safe(() => def.compute(base, idx)) : Number.NaN;
            }
        });
    }
    const confidenceFor = (k) => input.rules.find((r) => key(r.kpi, r.variable) === k)?.confidence ?? 0.95;
    for (const { k } of bootstrapped) {
        const s = samples.get(k);
        const conf = confidenceFor(k);
        if (input.resamples > 0 && s.c.some(Number.isFinite))
            candidate.get(k).ci = percentileInterval(s.c, conf);
        const cmp = baseline.get(k);
        if (cmp && input.resamples > 0 && s.d.some(Number.isFinite))
            cmp.deltaCi = percentileInterval(s.d, conf);
    }
    const checks = judgeRules({
        rules: input.rules,
        target: input.target,
        ...(input.targetUnit !== undefined ? { targetUnit: input.targetUnit } : {}),
        task: input.task,
        candidate,
        baseline,
        reasons,
        hasBaseline: input.baseline !== undefined,
    });
    return { checks, report: buildReport(input, cand, candidate, baseline, reasons) };
}
function safe(f) {
    try {
        return f();
    }
    catch {
        return Number.NaN;
    }
}
function operational(name, ops) {
    switch (name) {
        case 'latency_p50_ms':
            return (0,quantile/* quantile */.Y)(ops.latencyMs, 0.5);
        case 'latency_p95_ms':
            return (0,quantile/* quantile */.Y)(ops.latencyMs, 0.95);
        case 'latency_p99_ms':
            return (0,quantile/* quantile */.Y)(ops.latencyMs, 0.99);
        case 'throughput_rows_per_s':
            return ops.throughput.rowsPerSecond;
        default:
            return undefined;
    }
}
/** Largest difference of a KPI between the values of any slice column (the bias audit). */
function sliceGapValue(def, d, slices, reasons, k) {
    if (slices.size === 0) {
        reasons.set(k, 'no slice columns: list them in slices in ssot/model.json');
        return undefined;
    }
    let gap = 0;
    const perSlice = [];
    for (const [column, values] of slices) {
        const groups = new Map();
        values.forEach((v, i) => {
            const g = groups.get(v);
            if (g)
                g.push(i);
            else
                groups.set(v, [i]);
        });
        let lo = Number.POSITIVE_INFINITY;
        let hi = Number.NEGATIVE_INFINITY;
        for (const [value, rows] of groups) {
            const v = safe(() => def.compute(d, Int32Array.from(rows)));
            perSlice.push({ column, value, rows: rows.length, kpi: v });
            if (!Number.isFinite(v))
                continue;
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (hi >= lo)
            gap = Math.max(gap, hi - lo);
    }
    return { gap, perSlice };
}
function buildReport(input, cand, candidate, baseline, reasons) {
    const metrics = {};
    for (const [k, m] of candidate)
        metrics[k.replace('|', ':')] = { value: m.value, ...(m.ci ? { ci: m.ci } : {}) };
    const tables = [];
    tables.push({
        title: 'Metrics on the holdout',
        columns: ['kpi', 'variable', 'candidate', 'CI low', 'CI high', 'baseline', 'delta', 'delta CI low', 'delta CI high'],
        rows: [...candidate].map(([k, m]) => {
            const [kpi, variable] = k.split('|');
            const b = baseline.get(k);
            return [kpi, variable, m.value, m.ci?.[0] ?? null, m.ci?.[1] ?? null, b?.baseline ?? null, b?.delta ?? null, b?.deltaCi?.[0] ?? null, b?.deltaCi?.[1] ?? null];
        }),
    });
    if (reasons.size > 0)
        tables.push({ title: 'Not computed', columns: ['kpi', 'reason'], rows: [...reasons].map(([k, r]) => [k.replace(/\|.*$/, ''), r]) });
    const sliceDef = findKpi(input.task === 'regression' ? 'mae' : 'accuracy').def;
    for (const [column, values] of input.slices) {
        const groups = new Map();
        values.forEach((v, i) => (groups.get(v) ?? groups.set(v, []).get(v)).push(i));
        tables.push({
            title: `Slices by ${column} (${sliceDef.name})`,
            columns: [column, 'rows', sliceDef.name],
            rows: [...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([value, rows]) => [value, rows.length, safe(() => sliceDef.compute(cand, Int32Array.from(rows)))]),
        });
    }
    if (input.task !== 'regression') {
        const k = input.classes?.length ?? 2;
        const cm = Array.from({ length: k }, () => new Array(k).fill(0));
        for (let i = 0; i < cand.n; i++)
            cm[cand.labels[i]][cand.predictedClass[i]]++;
        tables.push({ title: 'Confusion matrix (rows: actual, columns: predicted)', columns: ['actual \\ predicted', ...(input.classes ?? [])], rows: cm.map((row, c) => [input.classes?.[c] ?? String(c), ...row]) });
    }
    const ops = input.operations?.candidate;
    return {
        task: input.task,
        rows: input.rows,
        metrics,
        bootstrap: { method: 'paired percentile bootstrap (mulberry32 stream)', resamples: input.resamples, seed: input.seed },
        ...(ops
            ? {
                operations: {
                    method: `single-row latency: ${ops.warmup} untimed warm-up calls, then ${ops.latencyMs.length} timed InferenceSession.run calls of one row each, cycling through the holdout, timed with performance.now() around run(); throughput: best of 3 runs of one batch of ${ops.throughput.batchRows} rows`,
                    latencyMs: { p50: (0,quantile/* quantile */.Y)(ops.latencyMs, 0.5), p95: (0,quantile/* quantile */.Y)(ops.latencyMs, 0.95), p99: (0,quantile/* quantile */.Y)(ops.latencyMs, 0.99), calls: ops.latencyMs.length },
                    throughputRowsPerSecond: ops.throughput.rowsPerSecond,
                },
            }
            : {}),
        tables,
        charts: charts(input, cand),
    };
}
function charts(input, d) {
    const n = d.n;
    const stride = Math.max(1, Math.ceil(n / 2000));
    if (input.task === 'regression') {
        const points = [];
        for (let i = 0; i < n; i += stride)
            points.push([d.y[i], d.prediction[i]]);
        const residuals = new Float64Array(n);
        for (let i = 0; i < n; i++)
            residuals[i] = d.prediction[i] - d.y[i];
        const out = [
            { id: 'predicted-vs-actual', title: 'Predicted vs actual', kind: 'scatter', xLabel: `actual ${input.target}${input.targetUnit ? ` (${input.targetUnit})` : ''}`, yLabel: 'predicted', series: [{ name: 'candidate', points }], reference: { kind: 'diagonal' } },
            { id: 'residuals', title: 'Residuals (predicted − actual)', kind: 'histogram', xLabel: `residual${input.targetUnit ? ` (${input.targetUnit})` : ''}`, yLabel: 'rows', series: [{ name: 'candidate', points: histogram(residuals, 30) }] },
        ];
        if (d.lower && d.upper) {
            // Coverage per decile of the prediction: where the interval is too narrow.
            const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => d.prediction[a] - d.prediction[b]);
            const pts = [];
            for (let q = 0; q < 10; q++) {
                const part = order.slice(Math.floor((q * n) / 10), Math.floor(((q + 1) * n) / 10));
                if (part.length === 0)
                    continue;
                const inside = part.filter((i) => d.y[i] >= d.lower[i] && d.y[i] <= d.upper[i]).length;
                pts.push([q + 1, inside / part.length]);
            }
            out.push({ id: 'coverage', title: 'Interval coverage by prediction decile', kind: 'bar', xLabel: 'decile of the prediction', yLabel: 'coverage', series: [{ name: 'coverage', points: pts }], reference: { kind: 'hline', value: 0.9 } });
        }
        return out;
    }
    if (!d.probabilities)
        return [];
    return [{ id: 'calibration', title: 'Calibration', kind: 'line', xLabel: 'mean predicted probability', yLabel: 'observed frequency', series: [{ name: 'candidate', points: calibrationCurve(d.labels, d.probabilities) }], reference: { kind: 'diagonal' } }];
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

// EXTERNAL MODULE: ./build/src/gates/g1/holdout.js
var g1_holdout = __webpack_require__(89320);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./build/src/io/file-errors.js
var file_errors = __webpack_require__(24480);
// EXTERNAL MODULE: ./build/src/onnx/runtime-loader.js
var runtime_loader = __webpack_require__(73817);
;// CONCATENATED MODULE: ./build/src/gates/g1/onnx-runner.js




const TYPE_NAMES = { float32: 'float32', float64: 'float64', int64: 'int64', string: 'string' };
/**
 * The ONNX model adapter for G1: loads a model with onnxruntime-node, checks
 * that its inputs and outputs match ssot/model.json, and runs it in batches.
 * Every mismatch is an InputError naming the model file, what model.json
 * expects and what the model has.
 */
class LoadedModel {
    ort;
    session;
    display;
    io;
    constructor(ort, session, display, io) {
        this.ort = ort;
        this.session = session;
        this.display = display;
        this.io = io;
    }
    static async open(path, display, io) {
        const ort = await (0,runtime_loader/* loadOnnxRuntime */.J)();
        let bytes;
        try {
            bytes = await (0,promises_.readFile)(path);
        }
        catch (error) {
            throw (0,file_errors/* unreadableFile */._)(error, display, 'an ONNX model file');
        }
        if (bytes.length === 0)
            throw new errors/* InputError */.dz({ file: display, message: 'The model file is empty', expected: 'an ONNX model (protobuf ModelProto)', found: '0 bytes' });
        let session;
        try {
            // Load from the path, not the bytes, so onnxruntime resolves external data next to the model.
            session = await ort.InferenceSession.create(path, { graphOptimizationLevel: 'all', logSeverityLevel: 3 });
        }
        catch (error) {
            const message = error.message.split('\n')[0] ?? String(error);
            if (/external|\.data|model_path|GetExternalDataInfo|TensorProtoToTensor/i.test(message) && /No such file|not exist|cannot|fail/i.test(message)) {
                throw new errors/* InputError */.dz({ file: display, message: 'The model needs external data files that are missing', expected: 'the external data files next to the model (or a model saved with its weights inside)', found: message });
            }
            throw new errors/* InputError */.dz({ file: display, message: 'onnxruntime could not load the model (corrupt, truncated or not ONNX)', expected: 'a valid ONNX model', found: message });
        }
        const model = new LoadedModel(ort, session, display, io);
        try {
            model.checkSignature();
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
    checkSignature() {
        const { features, input, outputs } = this.io;
        const meta = new Map(this.session.inputMetadata.map((m) => [m.name, m]));
        const names = [...meta.keys()];
        if (input.layout === 'per-feature') {
            const missing = features.filter((f) => !meta.has(f.name)).map((f) => f.name);
            const extra = names.filter((n) => !features.some((f) => f.name === n));
            if (missing.length || extra.length) {
                throw new errors/* InputError */.dz({ file: this.display, message: 'The model inputs do not match the features in ssot/model.json (input.layout per-feature)', expected: `inputs ${features.map((f) => f.name).join(', ')}`, found: `inputs ${names.join(', ')}` });
            }
            for (const f of features) {
                const m = meta.get(f.name);
                if (!m.isTensor)
                    throw new errors/* InputError */.dz({ file: this.display, message: `Input "${f.name}" is not a tensor`, expected: 'a tensor input', found: 'a non-tensor input' });
                if (m.type !== TYPE_NAMES[f.dtype])
                    throw new errors/* InputError */.dz({ file: this.display, message: `Input "${f.name}" has another type than model.json declares`, expected: f.dtype, found: m.type });
                const width = m.shape[1];
                if (m.shape.length !== 2 || (typeof width === 'number' && width !== 1)) {
                    throw new errors/* InputError */.dz({ file: this.display, message: `Input "${f.name}" has an unexpected shape`, expected: '[N, 1]', found: `[${m.shape.join(', ')}]` });
                }
            }
        }
        else {
            const m = meta.get(input.name);
            if (!m)
                throw new errors/* InputError */.dz({ file: this.display, message: `The model has no input "${input.name}" (input.name in ssot/model.json)`, expected: input.name, found: `inputs ${names.join(', ')}` });
            if (names.length !== 1)
                throw new errors/* InputError */.dz({ file: this.display, message: 'input.layout tensor needs a model with one input', expected: '1 input', found: `${names.length} inputs: ${names.join(', ')}` });
            if (!m.isTensor)
                throw new errors/* InputError */.dz({ file: this.display, message: `Input "${input.name}" is not a tensor`, expected: 'a tensor', found: 'a non-tensor input' });
            const dtypes = new Set(features.map((f) => f.dtype));
            if (dtypes.size !== 1 || !dtypes.has(m.type)) {
                throw new errors/* InputError */.dz({ file: this.display, message: `Input "${input.name}" type does not match the feature dtypes`, expected: `every feature of type ${m.type}`, found: [...dtypes].join(', ') });
            }
            const width = m.shape[1];
            if (m.shape.length !== 2 || (typeof width === 'number' && width !== features.length)) {
                throw new errors/* InputError */.dz({ file: this.display, message: `Input "${input.name}" has another width than the ${features.length} features in ssot/model.json`, expected: `[N, ${features.length}]`, found: `[${m.shape.join(', ')}]` });
            }
        }
        const outMeta = new Map(this.session.outputMetadata.map((m) => [m.name, m]));
        for (const [role, name] of Object.entries(outputs)) {
            if (name === undefined)
                continue;
            const m = outMeta.get(name);
            if (!m)
                throw new errors/* InputError */.dz({ file: this.display, message: `The model has no output "${name}" (outputs.${role} in ssot/model.json)`, expected: name, found: `outputs ${[...outMeta.keys()].join(', ')}` });
            if (!m.isTensor) {
                throw new errors/* InputError */.dz({
                    file: this.display,
                    message: `Output "${name}" is not a tensor (a scikit-learn ZipMap?)`,
                    expected: "a tensor output: export the classifier with skl2onnx options={id(model): {'zipmap': False}}",
                    found: 'a sequence or map output',
                });
            }
        }
    }
    /** Runs the model over `rows` rows in batches; checks every output for NaN and infinity. */
    async predict(columns, rows, batchSize = 65_536) {
        for (const f of this.io.features) {
            if (!columns.has(f.name))
                throw new errors/* InputError */.dz({ file: this.display, message: `No data for feature "${f.name}"`, expected: `a column "${f.name}"`, found: 'no such column' });
        }
        const out = { prediction: new Float64Array(rows) };
        const k = this.io.classes?.length ?? 0;
        if (this.io.outputs.probabilities)
            out.probabilities = Array.from({ length: k }, () => new Float64Array(rows));
        if (this.io.outputs.lower)
            out.lower = new Float64Array(rows);
        if (this.io.outputs.upper)
            out.upper = new Float64Array(rows);
        for (let start = 0; start < rows; start += batchSize) {
            const end = Math.min(rows, start + batchSize);
            const result = await this.session.run(this.feeds(columns, start, end));
            this.copyOutput(result, 'prediction', out.prediction, start, end);
            if (out.lower)
                this.copyOutput(result, 'lower', out.lower, start, end);
            if (out.upper)
                this.copyOutput(result, 'upper', out.upper, start, end);
            if (out.probabilities)
                this.copyProbabilities(result, out.probabilities, start, end);
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
            await this.session.run(feeds);
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
            await this.session.run(feeds);
            best = Math.min(best, performance.now() - t0);
        }
        return { rowsPerSecond: n / (Math.max(best, 1e-6) / 1000), batchRows: n };
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
        return { [input.name]: makeTensor(this.ort, features[0].dtype, features.map((f) => columns.get(f.name)), start, end) };
    }
    copyOutput(result, role, into, start, end) {
        const name = this.io.outputs[role];
        const t = result[name];
        const data = t.data;
        const n = end - start;
        if (data.length !== n) {
            throw new errors/* InputError */.dz({ file: this.display, message: `Output "${name}" has ${data.length / n} values per row`, expected: '1 value per row ([N] or [N, 1])', found: `shape [${t.dims.join(', ')}]` });
        }
        for (let i = 0; i < n; i++) {
            const v = Number(data[i]);
            if (!Number.isFinite(v))
                this.nonFinite(name, start + i, v);
            into[start + i] = v;
        }
    }
    copyProbabilities(result, into, start, end) {
        const name = this.io.outputs.probabilities;
        const t = result[name];
        const data = t.data;
        const n = end - start;
        const k = into.length;
        if (data.length !== n * k) {
            throw new errors/* InputError */.dz({ file: this.display, message: `Output "${name}" does not have one probability per class`, expected: `shape [N, ${k}] for classes ${this.io.classes?.join(', ')}`, found: `shape [${t.dims.join(', ')}]` });
        }
        for (let i = 0; i < n; i++) {
            for (let c = 0; c < k; c++) {
                const v = data[i * k + c];
                if (!Number.isFinite(v))
                    this.nonFinite(name, start + i, v);
                into[c][start + i] = v;
            }
        }
    }
    nonFinite(output, row, value) {
        throw new errors/* InputError */.dz({ file: this.display, message: `Output "${output}" is ${value} for holdout row ${row + 1}`, expected: 'finite numbers in every model output', found: String(value) });
    }
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
    return dtype === 'float32' ? new ort.Tensor('float32', data, dims) : new ort.Tensor('float64', data, dims);
}

;// CONCATENATED MODULE: ./build/src/gates/g1/index.js







/**
 * G1 Model Performance: run the candidate (and the baseline, when there is
 * one) on the holdout with onnxruntime, then judge ssot/kpi_acceptance.csv.
 */
const g1 = {
    id: 'G1',
    async run(ctx) {
        const model = await ctx.ssot.model();
        const rules = (await ctx.ssot.kpiRules()).filter((r) => r.gate === 'G1');
        if (rules.length === 0) {
            throw new errors/* InputError */.dz({ file: ctx.ssot.display('kpi_acceptance.csv'), message: 'No G1 rules: G1 has nothing to judge', expected: 'at least one row with gate=G1', found: 'none' });
        }
        const options = parseOptions(ctx.inputs.options);
        const holdoutInput = ctx.inputs.data.find((d) => d.role === 'holdout') ?? ctx.inputs.data[0];
        const holdoutPath = holdoutInput
            ? ctx.workspace.resolve(holdoutInput.path, 'holdout data')
            : model.paths.holdout
                ? ctx.ssot.resolveRepoPath(model.paths.holdout, 'holdout data')
                : undefined;
        if (!holdoutPath)
            throw new errors/* InputError */.dz({ message: 'G1 has no holdout data', expected: '--data holdout=FILE, the data input, or paths.holdout in ssot/model.json', found: 'none' });
        const modelPath = ctx.inputs.model ? ctx.workspace.resolve(ctx.inputs.model, 'model') : ctx.ssot.resolveRepoPath(model.paths.model, 'model');
        const baselinePath = ctx.inputs.baselineModel
            ? ctx.workspace.resolve(ctx.inputs.baselineModel, 'baseline model')
            : model.paths.baseline
                ? ctx.ssot.resolveRepoPath(model.paths.baseline, 'baseline model')
                : undefined;
        const holdoutDisplay = ctx.workspace.display(holdoutPath);
        // Hash the holdout while it is read.
        const holdoutDigest = ctx.describeFile(holdoutPath, 'holdout');
        holdoutDigest.catch(() => { });
        const t0 = performance.now();
        const holdout = await (0,g1_holdout.readHoldout)(holdoutPath, holdoutDisplay, model, (0,range_workers/* threadCount */.Cc)(ctx.inputs.options.threads));
        const t1 = performance.now();
        const io = { features: model.features, input: model.input, outputs: model.outputs, task: model.task, ...(model.classes ? { classes: model.classes } : {}) };
        const candidate = await runModel(modelPath, ctx.workspace.display(modelPath), io, holdout, options);
        const baseline = baselinePath ? await runModel(baselinePath, ctx.workspace.display(baselinePath), io, holdout, options) : undefined;
        const t2 = performance.now();
        const resamples = options.bootstrap ?? defaultResampleCount(holdout.rows);
        const { checks, report } = evaluateG1({
            task: model.task,
            target: model.target.name,
            ...(model.target.unit !== undefined ? { targetUnit: model.target.unit } : {}),
            ...(model.classes ? { classes: model.classes } : {}),
            rules,
            rows: holdout.rows,
            y: holdout.y,
            labels: holdout.labels,
            slices: holdout.slices,
            candidate: candidate.predictions,
            ...(baseline ? { baseline: baseline.predictions } : {}),
            operations: { candidate: candidate.operations, ...(baseline ? { baseline: baseline.operations } : {}) },
            resamples,
            seed: options.seed,
            eceBins: options.eceBins,
        });
        const t3 = performance.now();
        const stages = { readMs: t1 - t0, inferenceMs: candidate.inferenceMs + (baseline?.inferenceMs ?? 0), operationsMs: candidate.operationsMs + (baseline?.operationsMs ?? 0), metricsMs: t3 - t2 };
        const subjectModel = await ctx.describeFile(modelPath, 'model');
        const artifacts = baselinePath ? [await ctx.describeFile(baselinePath, 'baseline-model')] : [];
        const status = decideStatus(checks, 0);
        return {
            status,
            summary: `${model.name} on ${holdout.rows.toLocaleString('en-US')} holdout rows${baseline ? ' against the baseline' : ', no baseline'}; ${describeCounts(checks)}`,
            subject: { model: subjectModel, data: [{ ...(await holdoutDigest), rows: holdout.rows }], artifacts },
            checks,
            problems: [],
            report: { ...report, stages, model: { name: model.name, version: model.version ?? null, owner: model.owner, stage: model.stage }, baseline: baselinePath ? ctx.workspace.display(baselinePath) : null },
        };
    },
};
function parseOptions(raw) {
    const int = (name, fallback, min, max) => {
        const v = raw[name];
        if (v === undefined)
            return fallback;
        const n = Number(v);
        if (!Number.isInteger(n) || n < min || n > max)
            throw new errors/* InputError */.dz({ message: `Invalid option ${name}`, expected: `a whole number from ${min} to ${max}`, found: JSON.stringify(v) });
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
    };
}
async function runModel(path, display, io, holdout, options) {
    const model = await LoadedModel.open(path, display, io);
    try {
        const t0 = performance.now();
        const predictions = await model.predict(holdout.features, holdout.rows, options.batchSize);
        const inferenceMs = performance.now() - t0;
        validateProbabilities(predictions, display);
        const t1 = performance.now();
        const latencyMs = await model.measureLatency(holdout.features, holdout.rows, options.warmup, options.latencyCalls);
        const throughput = await model.measureThroughput(holdout.features, holdout.rows, options.batchSize, 3);
        const operations = { latencyMs, warmup: options.warmup, throughput };
        return { predictions, operations, inferenceMs, operationsMs: performance.now() - t1 };
    }
    finally {
        await model.close();
    }
}

;// CONCATENATED MODULE: ./build/src/ssot/json-file.js



/** Reads and parses a JSON file; syntax errors name the line and column. */
async function readJsonFile(absolute, display) {
    let text;
    try {
        text = await (0,promises_.readFile)(absolute, 'utf8');
    }
    catch (error) {
        throw (0,file_errors/* unreadableFile */._)(error, display, 'a JSON file');
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
        const found = body.trim() === '' ? 'an empty file' : JSON.stringify(body.slice(offset, offset + 20) || 'end of file');
        throw new errors/* InputError */.dz({
            file: display,
            line,
            message: `Not valid JSON (column ${column}: ${message.replace(/ in JSON at position.*$/, '').replace(/^.*?: /, '')})`,
            expected: 'valid JSON',
            found,
        });
    }
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./build/src/io/zip-reader.js

/**
 * Reads a zip's central directory (no ZIP64). Returns undefined when there is
 * no end-of-central-directory record; throws on a corrupt directory.
 */
function zipEntries(zip) {
    let eocd = zip.length - 22;
    while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50)
        eocd--;
    if (eocd < 0)
        return undefined;
    const count = zip.readUInt16LE(eocd + 10);
    let p = zip.readUInt32LE(eocd + 16);
    const out = [];
    for (let i = 0; i < count; i++) {
        if (p + 46 > zip.length || zip.readUInt32LE(p) !== 0x02014b50)
            throw new Error(`corrupt central directory at entry ${i}`);
        const nameLength = zip.readUInt16LE(p + 28);
        const local = zip.readUInt32LE(p + 42);
        if (local + 30 > zip.length)
            throw new Error(`entry ${i} points past the end of the archive`);
        out.push({
            name: zip.toString('utf8', p + 46, p + 46 + nameLength),
            method: zip.readUInt16LE(p + 10),
            compressedSize: zip.readUInt32LE(p + 20),
            size: zip.readUInt32LE(p + 24),
            dataStart: local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28),
        });
        p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
    }
    return out;
}
/** An entry's bytes, inflating at most `maxOutput` bytes (a zip bomb stops there with an error). */
function zipEntryData(zip, entry, maxOutput = 2 ** 31 - 1) {
    const raw = zip.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    return entry.method === 8 ? (0,external_node_zlib_.inflateRawSync)(raw, { maxOutputLength: maxOutput }) : Buffer.from(raw);
}

;// CONCATENATED MODULE: ./build/src/gates/g2/pickle-scan.js
/**
 * A pickle opcode scanner (protocols 0 to 5) that finds every global a
 * pickle would import, without executing it: GLOBAL and INST name the
 * module and attribute inline; STACK_GLOBAL takes them from the two strings
 * on top of the stack, which may come from the memo (the trick scanners that
 * only read GLOBAL miss). Strings are tracked through the stack and memo;
 * other values are placeholders. Nested pickle.loads calls are reported as
 * the dangerous global they are.
 */
/** Modules and callables that give code execution, file or network access when unpickled (modelscan's and picklescan's lists). */
const DANGEROUS_MODULES = new Set(['os', 'posix', 'nt', 'subprocess', 'sys', 'socket', 'runpy', 'shutil', 'pty', 'commands', 'webbrowser', 'httplib', 'http.client', 'requests', 'aiohttp', 'urllib', 'urllib.request', 'ftplib', 'smtplib', 'telnetlib', 'asyncio', 'multiprocessing', 'ctypes', 'code', 'codeop', 'importlib', 'pickle', '_pickle', 'cPickle', 'dill', 'marshal', 'shelve', 'tempfile', 'pip', 'venv', 'bdb', 'pdb', 'profile', 'cProfile', 'timeit', 'signal', 'threading', '_thread', 'operator', 'functools', 'torch.hub', 'numpy.testing._private.utils', 'distutils', 'setuptools']);
const DANGEROUS_BUILTINS = new Set(['eval', 'exec', 'execfile', 'compile', 'open', 'file', 'getattr', 'setattr', 'delattr', '__import__', 'breakpoint', 'input', 'globals', 'locals', 'vars', 'apply']);
/** Globals that legitimate scikit-learn, numpy and PyTorch pickles import. */
const SAFE_PREFIXES = ['numpy.', 'sklearn.', 'scipy.', 'joblib.numpy_pickle.', 'collections.', 'torch._utils', 'torch.', 'pandas.', 'lightgbm.', 'xgboost.', 'copyreg._reconstructor', 'datetime.', 'decimal.'];
const SAFE_EXACT = new Set(['numpy.core.multiarray._reconstruct', 'numpy._core.multiarray._reconstruct', 'numpy.dtype', 'numpy.ndarray', 'collections.OrderedDict', 'builtins.slice', 'builtins.set', 'builtins.frozenset', 'builtins.complex', 'builtins.bytearray', '__builtin__.set', 'copyreg._reconstructor', 'builtins.object']);
function classifyGlobal(module, name) {
    const full = `${module}.${name}`;
    const root = module.split('.')[0];
    if (module === 'builtins' || module === '__builtin__' || module === '__builtins__')
        return DANGEROUS_BUILTINS.has(name) ? 'critical' : SAFE_EXACT.has(full) ? 'safe' : 'unknown';
    if (DANGEROUS_MODULES.has(module) || DANGEROUS_MODULES.has(root))
        return 'critical';
    if (SAFE_EXACT.has(full) || SAFE_PREFIXES.some((p) => full.startsWith(p)))
        return 'safe';
    return 'unknown';
}
const MARK = Symbol('mark');
const JOBLIB_WRAPPER = 'joblib.numpy_pickle.NumpyArrayWrapper';
/** Bytes per element of a numpy dtype string such as f8, i4, u1, c16, U10 (UTF-32) or S5; undefined for objects. */
function itemSize(descr) {
    const m = /^[<>|=]?([a-zA-Z])(\d+)$/.exec(descr);
    if (!m || m[1] === 'O')
        return undefined;
    return m[1] === 'U' ? 4 * Number(m[2]) : Number(m[2]);
}
function scanPickle(data) {
    const globals = [];
    try {
        scanStream(data, 0, globals, 0);
        return { globals };
    }
    catch (error) {
        return { globals, error: error.message };
    }
}
/**
 * Scans one pickle stream starting at `start`; returns the offset after its
 * STOP. joblib writes numpy arrays as raw bytes (or, for object arrays, a
 * nested pickle) right after a NumpyArrayWrapper's BUILD: those are skipped
 * or scanned in turn, so the rest of the stream is still read.
 */
function scanStream(data, start, globals, depth) {
    if (depth > 32)
        throw new Error('pickles nested more than 32 deep');
    const stack = [];
    const memo = new Map();
    let p = start;
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const need = (n) => {
        if (p + n > data.length)
            throw new Error(`truncated at byte ${p}`);
    };
    const line = () => {
        const end = data.indexOf(10, p);
        if (end < 0)
            throw new Error(`unterminated text argument at byte ${p}`);
        const s = Buffer.from(data.subarray(p, end)).toString('latin1');
        p = end + 1;
        return s;
    };
    const text = (n) => {
        need(n);
        const s = Buffer.from(data.subarray(p, p + n)).toString('utf8');
        p += n;
        return s;
    };
    const skip = (n) => {
        need(n);
        p += n;
    };
    const u8 = () => (need(1), data[p++]);
    const u16 = () => (need(2), (p += 2), view.getUint16(p - 2, true));
    const u32 = () => (need(4), (p += 4), view.getUint32(p - 4, true));
    const i32 = () => (need(4), (p += 4), view.getInt32(p - 4, true));
    const u64 = () => (need(8), (p += 8), Number(view.getBigUint64(p - 8, true)));
    const longBytes = (n) => {
        need(n);
        let v = 0n;
        for (let k = n - 1; k >= 0; k--)
            v = (v << 8n) | BigInt(data[p + k]);
        if (n > 0 && data[p + n - 1] & 0x80)
            v -= 1n << BigInt(8 * n);
        p += n;
        return Number(v);
    };
    const pop = () => (stack.length ? stack.pop() : null);
    const top = () => stack[stack.length - 1] ?? null;
    const popMark = () => {
        const i = stack.lastIndexOf(MARK);
        if (i < 0)
            throw new Error(`no MARK on the stack at byte ${p}`);
        return stack.splice(i).slice(1);
    };
    const addGlobal = (module, name, at) => {
        globals.push({ module, name, offset: at, risk: classifyGlobal(module, name) });
        stack.push({ global: `${module}.${name}` });
    };
    const nameOf = (x) => (x && typeof x === 'object' && 'global' in x ? x.global : '?');
    const setItems = (target, items) => {
        if (target && typeof target === 'object' && 'dict' in target)
            for (let k = 0; k + 1 < items.length; k += 2)
                target.dict.set(String(items[k]), items[k + 1]);
    };
    /** After the BUILD of a joblib NumpyArrayWrapper: skip its raw array bytes, or scan its nested pickle. */
    const joblibArray = (wrapper) => {
        const state = wrapper.state && typeof wrapper.state === 'object' && 'dict' in wrapper.state ? wrapper.state.dict : undefined;
        const shape = state?.get('shape');
        const dtype = state?.get('dtype');
        const descr = dtype && typeof dtype === 'object' && 'cls' in dtype && Array.isArray(dtype.args) ? dtype.args[0] : undefined;
        if (!Array.isArray(shape) || !shape.every((d) => typeof d === 'number') || typeof descr !== 'string')
            throw new Error(`a joblib array at byte ${p} without a readable shape and dtype`);
        const size = itemSize(descr);
        if (size === undefined) {
            p = scanStream(data, p, globals, depth + 1);
            return;
        }
        const alignment = state?.get('numpy_array_alignment_bytes');
        if (typeof alignment === 'number')
            skip(u8());
        skip(shape.reduce((a, b) => a * b, 1) * size);
    };
    for (;;) {
        if (p >= data.length)
            throw new Error('no STOP opcode');
        const at = p;
        const op = String.fromCharCode(data[p++]);
        switch (op) {
            case '.': // STOP
                return p;
            case '\x80':
                u8();
                break; // PROTO
            case '\x95':
                u64();
                break; // FRAME
            case 'c': {
                const module = line();
                const name = line();
                addGlobal(module, name, at);
                break;
            } // GLOBAL
            case 'i': {
                const module = line();
                const name = line();
                popMark();
                addGlobal(module, name, at);
                stack.push({ cls: nameOf(pop()), args: null });
                break;
            } // INST
            case '\x93': {
                const name = pop();
                const module = pop();
                addGlobal(typeof module === 'string' ? module : '?', typeof name === 'string' ? name : '?', at);
                break;
            } // STACK_GLOBAL
            case 'V':
                stack.push(line());
                break; // UNICODE
            case 'S':
                stack.push(line().replace(/^['"]|['"]$/g, ''));
                break; // STRING
            case 'X':
                stack.push(text(u32()));
                break; // BINUNICODE
            case '\x8c':
                stack.push(text(u8()));
                break; // SHORT_BINUNICODE
            case '\x8d':
                stack.push(text(u64()));
                break; // BINUNICODE8
            case 'T':
                stack.push(text(u32()));
                break; // BINSTRING
            case 'U':
                stack.push(text(u8()));
                break; // SHORT_BINSTRING
            case 'B':
                skip(u32());
                stack.push(null);
                break; // BINBYTES
            case 'C':
                skip(u8());
                stack.push(null);
                break; // SHORT_BINBYTES
            case '\x8e':
                skip(u64());
                stack.push(null);
                break; // BINBYTES8
            case '\x96':
                skip(u64());
                stack.push(null);
                break; // BYTEARRAY8
            case 'I': {
                const v = line();
                stack.push(v === '00' ? false : v === '01' ? true : Number(v));
                break;
            } // INT
            case 'L':
                stack.push(Number(line().replace(/L$/, '')));
                break; // LONG
            case 'F':
                stack.push(Number(line()));
                break; // FLOAT
            case 'J':
                stack.push(i32());
                break; // BININT
            case 'K':
                stack.push(u8());
                break; // BININT1
            case 'M':
                stack.push(u16());
                break; // BININT2
            case 'G':
                skip(8);
                stack.push(null);
                break; // BINFLOAT
            case '\x8a':
                stack.push(longBytes(u8()));
                break; // LONG1
            case '\x8b':
                stack.push(longBytes(u32()));
                break; // LONG4
            case 'N':
                stack.push(null);
                break; // NONE
            case '\x88':
                stack.push(true);
                break; // NEWTRUE
            case '\x89':
                stack.push(false);
                break; // NEWFALSE
            case ')':
            case ']':
                stack.push([]);
                break; // EMPTY_TUPLE, EMPTY_LIST
            case '}':
                stack.push({ dict: new Map() });
                break; // EMPTY_DICT
            case '\x8f':
                stack.push(null);
                break; // EMPTY_SET
            case '(':
                stack.push(MARK);
                break; // MARK
            case 't':
            case 'l':
                stack.push(popMark());
                break; // TUPLE, LIST
            case 'd': {
                const items = popMark();
                const d = { dict: new Map() };
                setItems(d, items);
                stack.push(d);
                break;
            } // DICT
            case '\x91':
                popMark();
                stack.push(null);
                break; // FROZENSET
            case 'e': {
                const items = popMark();
                const list = top();
                if (Array.isArray(list))
                    list.push(...items);
                break;
            } // APPENDS
            case 'u': {
                const items = popMark();
                setItems(top(), items);
                break;
            } // SETITEMS
            case '\x90':
                popMark();
                break; // ADDITEMS
            case 'o': {
                const items = popMark();
                stack.push({ cls: nameOf(items[0] ?? null), args: items.slice(1) });
                break;
            } // OBJ
            case '0':
                pop();
                break; // POP
            case '1':
                popMark();
                break; // POP_MARK
            case '2':
                stack.push(top());
                break; // DUP
            case '\x85':
                stack.push([pop()]);
                break; // TUPLE1
            case '\x86': {
                const b = pop();
                const a = pop();
                stack.push([a, b]);
                break;
            } // TUPLE2
            case '\x87': {
                const c2 = pop();
                const b = pop();
                const a = pop();
                stack.push([a, b, c2]);
                break;
            } // TUPLE3
            case 'a': {
                const v = pop();
                const list = top();
                if (Array.isArray(list))
                    list.push(v);
                break;
            } // APPEND
            case 's': {
                const v = pop();
                const k = pop();
                setItems(top(), [k, v]);
                break;
            } // SETITEM
            case 'b': { // BUILD
                const state = pop();
                const obj = top();
                if (obj && typeof obj === 'object' && 'cls' in obj) {
                    obj.state = state;
                    if (obj.cls === JOBLIB_WRAPPER)
                        joblibArray(obj);
                }
                break;
            }
            case 'R': {
                const args = pop();
                const fn = pop();
                stack.push({ cls: nameOf(fn), args });
                break;
            } // REDUCE
            case '\x81': {
                const args = pop();
                const cls = pop();
                stack.push({ cls: nameOf(cls), args });
                break;
            } // NEWOBJ
            case '\x92': {
                pop();
                const args = pop();
                const cls = pop();
                stack.push({ cls: nameOf(cls), args });
                break;
            } // NEWOBJ_EX
            case 'P':
                line();
                stack.push(null);
                break; // PERSID
            case 'Q':
                pop();
                stack.push(null);
                break; // BINPERSID
            case 'p':
                memo.set(Number(line()), top());
                break; // PUT
            case 'q':
                memo.set(u8(), top());
                break; // BINPUT
            case 'r':
                memo.set(u32(), top());
                break; // LONG_BINPUT
            case '\x94':
                memo.set(memo.size, top());
                break; // MEMOIZE
            case 'g':
                stack.push(memo.get(Number(line())) ?? null);
                break; // GET
            case 'h':
                stack.push(memo.get(u8()) ?? null);
                break; // BINGET
            case 'j':
                stack.push(memo.get(u32()) ?? null);
                break; // LONG_BINGET
            case '\x82':
            case '\x83':
            case '\x84': { // EXT1, EXT2, EXT4: the copyreg extension registry
                skip(op === '\x82' ? 1 : op === '\x83' ? 2 : 4);
                globals.push({ module: 'copyreg', name: 'extension', offset: at, risk: 'unknown' });
                stack.push(null);
                break;
            }
            case '\x97':
                stack.push(null);
                break; // NEXT_BUFFER
            case '\x98': break; // READONLY_BUFFER
            default:
                throw new Error(`unknown opcode 0x${op.charCodeAt(0).toString(16)} at byte ${at}`);
        }
    }
}

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan.js




const DEFAULT_SCAN_POLICY = { forbidPickle: false, allowedOnnxDomains: ['', 'ai.onnx', 'ai.onnx.ml'], maxArchiveEntries: 10_000, maxUncompressedBytes: 4 * 1024 ** 3 };
/** Scans one file's bytes; `externalSize` reports the size of a file next to the model (undefined when missing). */
function scanModelFile(file, data, policy, externalSize) {
    const lower = file.toLowerCase();
    if (data.length >= 4 && data.readUInt32LE(0) === 0x04034b50)
        return scanZip(file, data, policy);
    if (lower.endsWith('.onnx'))
        return scanOnnx(file, data, policy, externalSize);
    if (/\.(pkl|pickle|joblib|pt|pth|bin)$/.test(lower) || data[0] === 0x80 || data[0] === 0x1f) {
        if (policy.forbidPickle)
            return { file, format: 'pickle', scanned: true, findings: [{ severity: 'critical', message: 'pickle model formats are forbidden by ssot/security.json (modelScan.forbidPickle)' }] };
        return pickleResult(file, data, 'pickle', policy.maxUncompressedBytes);
    }
    return { file, format: 'unknown', scanned: false, reason: 'not a model format G2 scans (ONNX, pickle, joblib or PyTorch zip)', findings: [] };
}
/** joblib's compressed files: gzip and zlib are unpacked (within the size limit); lzma, xz and lz4 are not. */
function unpackJoblib(data, limit) {
    const cap = Math.min(limit, 2 ** 31 - 1);
    try {
        if (data[0] === 0x1f && data[1] === 0x8b)
            return (0,external_node_zlib_.gunzipSync)(data, { maxOutputLength: cap });
        if (data[0] === 0x78 && [0x01, 0x5e, 0x9c, 0xda].includes(data[1]))
            return (0,external_node_zlib_.inflateSync)(data, { maxOutputLength: cap });
    }
    catch (error) {
        return `the compressed stream could not be unpacked within ${cap} bytes (${error.message})`;
    }
    if (data[0] === 0xfd && data.subarray(1, 6).toString('latin1') === '7zXZ\x00')
        return 'an xz-compressed joblib file, which G2 does not unpack';
    if (data[0] === 0x5d && data[1] === 0x00)
        return 'an lzma-compressed joblib file, which G2 does not unpack';
    if (data.readUInt32LE(0) === 0x184d2204)
        return 'an lz4-compressed joblib file, which G2 does not unpack';
    return data;
}
function pickleResult(file, raw, format, limit = DEFAULT_SCAN_POLICY.maxUncompressedBytes) {
    const data = unpackJoblib(raw, limit);
    if (typeof data === 'string')
        return { file, format, scanned: false, reason: data, findings: [] };
    const scan = scanPickle(data);
    if (scan.error)
        return { file, format, scanned: false, reason: `the pickle stream could not be parsed (${scan.error})`, findings: [], globals: scan.globals };
    const findings = scan.globals
        .filter((g) => g.risk !== 'safe')
        .map((g) => ({ severity: g.risk === 'critical' ? 'critical' : 'medium', message: `${g.risk === 'critical' ? 'dangerous' : 'unknown'} global ${g.module}.${g.name} imported at byte ${g.offset}` }));
    return { file, format, scanned: true, findings, globals: scan.globals };
}
/** Iterates the fields of a protobuf message in buf[start, end). */
function* fields(buf, start, end) {
    let p = start;
    const varint = () => {
        let v = 0;
        let mul = 1;
        for (let i = 0; i < 10; i++) {
            if (p >= end)
                throw new Error('truncated varint');
            const b = buf[p++];
            v += (b & 0x7f) * mul;
            if (b < 0x80)
                return v;
            mul *= 128;
        }
        throw new Error('varint too long');
    };
    while (p < end) {
        const key = varint();
        const no = Math.floor(key / 8);
        const wire = key & 7;
        if (wire === 0)
            yield { no, wire, start: p, end: p, varint: varint() };
        else if (wire === 2) {
            const len = varint();
            if (p + len > end)
                throw new Error('field runs past the end of the message');
            yield { no, wire, start: p, end: p + len, varint: len };
            p += len;
        }
        else if (wire === 1)
            p += 8;
        else if (wire === 5)
            p += 4;
        else
            throw new Error(`unsupported wire type ${wire}`);
    }
}
function scanOnnx(file, data, policy, externalSize) {
    const findings = [];
    try {
        const domains = new Set();
        let graph;
        for (const f of fields(data, 0, data.length)) {
            if (f.no === 8 && f.wire === 2)
                for (const g of fields(data, f.start, f.end))
                    if (g.no === 1 && g.wire === 2)
                        domains.add(data.toString('utf8', g.start, g.end));
            if (f.no === 7 && f.wire === 2)
                graph = f;
        }
        if (!graph)
            return { file, format: 'onnx', scanned: false, reason: 'no graph in the ModelProto (not an ONNX model?)', findings };
        for (const f of fields(data, graph.start, graph.end)) {
            if (f.no === 1 && f.wire === 2) {
                for (const g of fields(data, f.start, f.end))
                    if (g.no === 7 && g.wire === 2)
                        domains.add(data.toString('utf8', g.start, g.end));
            }
            if (f.no === 5 && f.wire === 2) {
                const entries = new Map();
                for (const g of fields(data, f.start, f.end)) {
                    if (g.no !== 13 || g.wire !== 2)
                        continue;
                    let key = '';
                    let value = '';
                    for (const h of fields(data, g.start, g.end)) {
                        if (h.no === 1)
                            key = data.toString('utf8', h.start, h.end);
                        if (h.no === 2)
                            value = data.toString('utf8', h.start, h.end);
                    }
                    entries.set(key, value);
                }
                const location = entries.get('location');
                if (location === undefined)
                    continue;
                const clean = (0,external_node_path_.normalize)(location);
                if ((0,external_node_path_.isAbsolute)(location) || clean.startsWith('..')) {
                    findings.push({ severity: 'critical', message: `external data path "${location}" leaves the model's folder` });
                    continue;
                }
                const size = externalSize(clean);
                const need = Number(entries.get('offset') ?? 0) + Number(entries.get('length') ?? 0);
                if (size === undefined)
                    findings.push({ severity: 'high', message: `external data file "${location}" is missing` });
                else if (entries.has('length') && need > size)
                    findings.push({ severity: 'high', message: `external data "${location}" declares bytes up to ${need}, but the file has ${size}` });
            }
        }
        for (const d of domains)
            if (!policy.allowedOnnxDomains.includes(d))
                findings.push({ severity: 'high', message: `custom operator domain "${d}" is not allowed (modelScan.allowedOnnxDomains)` });
        return { file, format: 'onnx', scanned: true, findings };
    }
    catch (error) {
        return { file, format: 'onnx', scanned: false, reason: `not parseable as ONNX protobuf (${error.message})`, findings };
    }
}
// ---------- zip archives (PyTorch) ----------
function scanZip(file, zip, policy) {
    const findings = [];
    let entries;
    try {
        entries = zipEntries(zip);
    }
    catch (error) {
        return { file, format: 'pytorch-zip', scanned: false, reason: error.message, findings };
    }
    if (!entries)
        return { file, format: 'pytorch-zip', scanned: false, reason: 'a zip without its end-of-central-directory record', findings };
    if (entries.length > policy.maxArchiveEntries)
        return { file, format: 'pytorch-zip', scanned: true, findings: [{ severity: 'high', message: `the archive has ${entries.length} entries, over the limit of ${policy.maxArchiveEntries} (modelScan.maxArchiveEntries)` }] };
    const total = entries.reduce((n, e) => n + e.size, 0);
    if (total > policy.maxUncompressedBytes)
        return { file, format: 'pytorch-zip', scanned: true, findings: [{ severity: 'high', message: `the archive expands past ${policy.maxUncompressedBytes} bytes (modelScan.maxUncompressedBytes): a zip bomb?` }] };
    const globals = [];
    let pickles = 0;
    for (const entry of entries) {
        if (/\.(zip|pt|pth)$/i.test(entry.name))
            findings.push({ severity: 'high', message: `nested archive "${entry.name}" inside a model archive` });
        if (!/\.pkl$/.test(entry.name))
            continue;
        let body;
        try {
            // The declared sizes can lie: inflation itself is capped too.
            body = zipEntryData(zip, entry, Math.min(policy.maxUncompressedBytes, 2 ** 31 - 1));
        }
        catch (error) {
            return { file, format: 'pytorch-zip', scanned: true, findings: [{ severity: 'high', message: `entry "${entry.name}" cannot be inflated within the limits: ${error.message}` }] };
        }
        const inner = pickleResult(`${file}:${entry.name}`, body, 'pytorch-zip');
        if (!inner.scanned)
            return { ...inner, file };
        pickles++;
        globals.push(...(inner.globals ?? []));
        findings.push(...inner.findings.map((f) => ({ ...f, message: `${entry.name}: ${f.message}` })));
    }
    if (pickles === 0)
        return { file, format: 'pytorch-zip', scanned: false, reason: 'a zip archive without a data.pkl: not a PyTorch model G2 can scan', findings };
    if (policy.forbidPickle)
        findings.push({ severity: 'critical', message: 'pickle model formats are forbidden by ssot/security.json (modelScan.forbidPickle)' });
    return { file, format: 'pytorch-zip', scanned: true, findings, globals };
}

// EXTERNAL MODULE: ./build/src/gates/g2/signatures.js
var g2_signatures = __webpack_require__(73355);
;// CONCATENATED MODULE: ./build/src/gates/g2/oms.js





/** DSSE v1 pre-authentication encoding. */
function pae(payloadType, payload) {
    const type = Buffer.from(payloadType, 'utf8');
    return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `), type, Buffer.from(` ${payload.length} `), payload]);
}
function verifyOmsBundle(bundleText, bundleFile, modelDir, key, algorithm, options) {
    const fail = (pointer, expected, found) => new errors/* InputError */.dz({ file: bundleFile, pointer, message: 'Not an OpenSSF model-signing bundle', expected, found: found === undefined ? 'nothing' : JSON.stringify(found).slice(0, 80) });
    let bundle;
    try {
        bundle = JSON.parse(bundleText);
    }
    catch (error) {
        throw new errors/* InputError */.dz({ file: bundleFile, message: 'The signature bundle is not JSON', expected: 'a Sigstore bundle (JSON)', found: error.message });
    }
    if (typeof bundle.mediaType !== 'string' || !bundle.mediaType.startsWith('application/vnd.dev.sigstore.bundle'))
        throw fail('/mediaType', 'application/vnd.dev.sigstore.bundle.v0.3+json', bundle.mediaType);
    const envelope = bundle.dsseEnvelope;
    if (!envelope || typeof envelope.payload !== 'string' || typeof envelope.payloadType !== 'string')
        throw fail('/dsseEnvelope', 'a DSSE envelope with payload and payloadType', envelope);
    const signatures = envelope.signatures;
    if (!Array.isArray(signatures) || typeof signatures[0]?.sig !== 'string')
        throw fail('/dsseEnvelope/signatures/0/sig', 'a base64 signature', signatures);
    const payload = Buffer.from(envelope.payload, 'base64');
    const signatureValid = (0,g2_signatures/* verifyBlob */.tB)(pae(envelope.payloadType, payload), Buffer.from(signatures[0].sig, 'base64'), key, algorithm);
    let statement;
    try {
        statement = JSON.parse(payload.toString('utf8'));
    }
    catch {
        throw fail('/dsseEnvelope/payload', 'a base64 in-toto statement (JSON)', envelope.payload.slice(0, 40));
    }
    if (statement._type !== 'https://in-toto.io/Statement/v1')
        throw fail('/dsseEnvelope/payload/_type', 'https://in-toto.io/Statement/v1', statement._type);
    const predicate = statement.predicate;
    const resources = predicate?.resources;
    if (!Array.isArray(resources))
        throw fail('/dsseEnvelope/payload/predicate/resources', 'the list of signed files', resources);
    const subject = statement.subject?.[0]?.digest?.sha256;
    const root = (0,external_node_crypto_.createHash)('sha256');
    for (const r of resources)
        root.update(Buffer.from(r.digest, 'hex'));
    const subjectDigestValid = subject === root.digest('hex');
    const signedIgnores = predicate?.serialization?.ignore_paths ?? [];
    const ignored = (path) => [...signedIgnores, ...options.ignore].some((p) => path === p || path.startsWith(`${p.replace(/\/$/, '')}/`));
    const onDisk = new Map();
    for (const path of listFiles(modelDir)) {
        if (ignored(path))
            continue;
        onDisk.set(path, (0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(modelDir, path))).digest('hex'));
    }
    const missing = [];
    const changed = [];
    for (const r of resources) {
        if (r.algorithm !== 'sha256')
            throw fail('/dsseEnvelope/payload/predicate/resources', 'sha256 file digests', r.algorithm);
        const actual = onDisk.get(r.name);
        if (actual === undefined)
            missing.push(r.name);
        else if (actual !== r.digest)
            changed.push(r.name);
        onDisk.delete(r.name);
    }
    const extra = options.allowExtraFiles ? [] : [...onDisk.keys()];
    return { signatureValid, missing, changed, extra, subjectDigestValid, files: resources.length };
}
/** Every regular file under `dir`, as POSIX paths relative to it; symbolic links are not followed. */
function listFiles(dir) {
    const out = [];
    const walk = (d) => {
        for (const entry of (0,external_node_fs_.readdirSync)(d, { withFileTypes: true })) {
            const full = (0,external_node_path_.join)(d, entry.name);
            if (entry.isDirectory())
                walk(full);
            else if (entry.isFile() && (0,external_node_fs_.statSync)(full).isFile())
                out.push((0,external_node_path_.relative)(dir, full).split(external_node_path_.sep).join('/'));
        }
    };
    walk(dir);
    return out.sort();
}

;// CONCATENATED MODULE: ./build/src/gates/g2/vulnerabilities.js

const SEVERITY_RANK = { unknown: -1, low: 1, medium: 2, high: 3, critical: 4 };
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
function bad(file, pointer, expected, found) {
    return new errors/* InputError */.dz({ file, pointer, message: 'The vulnerability report does not have the structure of its format', expected, found: found === undefined ? 'nothing' : JSON.stringify(found).slice(0, 60) });
}
/** Recognises a scanner report by its shape; an unknown shape is an error that lists the formats modelgate reads. */
function detectFormat(report, file) {
    if (isObject(report)) {
        if (report.auditReportVersion === 2)
            return 'npm-audit-v2';
        if (Array.isArray(report.dependencies) && ('fixes' in report || report.dependencies.every((d) => isObject(d) && 'vulns' in d)))
            return 'pip-audit';
        if (Array.isArray(report.results) && report.results.every((r) => isObject(r) && 'packages' in r))
            return 'osv-scanner';
        if (report.version === '2.1.0' && Array.isArray(report.runs))
            return 'sarif-2.1.0';
    }
    throw new errors/* InputError */.dz({
        file,
        message: 'Unrecognised vulnerability report',
        expected: 'npm audit --json (auditReportVersion 2), pip-audit -f json, OSV-Scanner JSON, or SARIF 2.1.0',
        found: isObject(report) ? `an object with keys ${Object.keys(report).slice(0, 6).join(', ')}` : Array.isArray(report) ? 'an array' : typeof report,
    });
}
function severityOf(raw) {
    const s = String(raw ?? '').toLowerCase();
    if (s === 'critical')
        return 'critical';
    if (s === 'high')
        return 'high';
    if (s === 'moderate' || s === 'medium')
        return 'medium';
    if (s === 'low')
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
/**
 * Parses a report into findings. `unaudited` lists dependencies the scanner
 * skipped (pip-audit's skip_reason, for example when its advisory source is
 * unreachable): a report that audited nothing must not read as "no findings".
 */
function parseReport(report, file) {
    const format = detectFormat(report, file);
    const source = `${file} (${format})`;
    const r = report;
    const findings = [];
    const unaudited = [];
    switch (format) {
        case 'npm-audit-v2': {
            if (!isObject(r.vulnerabilities))
                throw bad(file, '/vulnerabilities', 'an object keyed by package', r.vulnerabilities);
            for (const [name, v] of Object.entries(r.vulnerabilities)) {
                if (!isObject(v) || !Array.isArray(v.via))
                    throw bad(file, `/vulnerabilities/${name}/via`, 'an array of advisories or package names', isObject(v) ? v.via : v);
                for (const via of v.via) {
                    if (!isObject(via))
                        continue; // a package name: the advisory is reported under that package
                    const url = String(via.url ?? '');
                    const id = /GHSA-[\w-]+/.exec(url)?.[0] ?? String(via.source ?? url);
                    const fix = isObject(v.fixAvailable) ? [`${String(v.fixAvailable.name)}@${String(v.fixAvailable.version)}`] : [];
                    findings.push({ id, aliases: [], package: String(via.name ?? name), version: String(via.range ?? v.range ?? ''), fixedVersions: fix, severity: severityOf(via.severity), title: String(via.title ?? ''), source });
                }
            }
            break;
        }
        case 'pip-audit': {
            ;
            r.dependencies.forEach((d, i) => {
                if (!isObject(d) || typeof d.name !== 'string')
                    throw bad(file, `/dependencies/${i}/name`, 'a package name', isObject(d) ? d.name : d);
                if (typeof d.skip_reason === 'string')
                    unaudited.push(`${d.name}: ${d.skip_reason}`);
                const vulns = d.vulns ?? [];
                if (!Array.isArray(vulns))
                    throw bad(file, `/dependencies/${i}/vulns`, 'an array', vulns);
                for (const v of vulns) {
                    findings.push({ id: String(v.id), aliases: v.aliases ?? [], package: d.name, version: String(d.version ?? ''), fixedVersions: v.fix_versions ?? [], severity: 'unknown', title: String(v.description ?? '').slice(0, 200), source });
                }
            });
            break;
        }
        case 'osv-scanner': {
            ;
            r.results.forEach((result, i) => {
                if (!Array.isArray(result.packages))
                    throw bad(file, `/results/${i}/packages`, 'an array', result.packages);
                for (const p of result.packages) {
                    const pkg = (p.package ?? {});
                    const groups = p.groups ?? [];
                    for (const v of p.vulnerabilities ?? []) {
                        const group = groups.find((g) => g.ids.includes(String(v.id)));
                        const score = Number(group?.max_severity);
                        const dbSeverity = severityOf(v.database_specific?.severity);
                        findings.push({ id: String(v.id), aliases: v.aliases ?? [], package: String(pkg.name ?? ''), version: String(pkg.version ?? ''), fixedVersions: [], severity: Number.isFinite(score) && score > 0 ? severityFromScore(score) : dbSeverity, title: String(v.summary ?? ''), source });
                    }
                }
            });
            break;
        }
        case 'sarif-2.1.0': {
            ;
            r.runs.forEach((run, i) => {
                const driver = (run.tool?.driver ?? {});
                if (typeof driver.name !== 'string')
                    throw bad(file, `/runs/${i}/tool/driver/name`, 'the tool name', driver.name);
                const rules = new Map((driver.rules ?? []).map((rule) => [String(rule.id), rule]));
                for (const res of run.results ?? []) {
                    const rule = rules.get(String(res.ruleId)) ?? {};
                    const props = (rule.properties ?? {});
                    const score = Number(props['security-severity']);
                    const level = String(res.level ?? rule.defaultConfiguration?.level ?? 'warning');
                    const severity = Number.isFinite(score) ? severityFromScore(score) : level === 'error' ? 'high' : level === 'warning' ? 'medium' : level === 'note' ? 'low' : 'unknown';
                    const text = String(res.message?.text ?? '');
                    findings.push({ id: String(res.ruleId ?? 'unknown-rule'), aliases: [], package: /Package: ([^\s]+)/.exec(text)?.[1] ?? '', version: /Installed Version: ([^\s]+)/.exec(text)?.[1] ?? '', fixedVersions: (/Fixed Version: ([^\s]+)/.exec(text)?.[1] ?? '').split(',').filter(Boolean), severity, title: String(rule.shortDescription?.text ?? text.split('\n')[0] ?? '').slice(0, 200), source: `${file} (SARIF from ${driver.name})` });
                }
            });
            break;
        }
    }
    return { format, findings, unaudited };
}
/** Applies the policy: severity bands, the rule for unrated findings, and the allowlist (whose expired entries fail). */
function judgeFindings(findings, policy, today) {
    const limit = policy.maxSeverity === 'none' ? 0 : SEVERITY_RANK[policy.maxSeverity];
    return findings.map((f) => {
        const effective = f.severity === 'unknown' ? (policy.unknownSeverity === 'ignore' ? 'ignored' : policy.unknownSeverity) : f.severity;
        const entry = policy.allowlist.find((a) => a.id === f.id || f.aliases.includes(a.id));
        const over = effective !== 'ignored' && SEVERITY_RANK[effective] > limit;
        if (!over)
            return { ...f, effectiveSeverity: effective, allowed: 'within policy', blocking: false };
        if (entry && entry.expires >= today)
            return { ...f, effectiveSeverity: effective, allowed: 'allowlisted', blocking: false, allowEntry: entry };
        if (entry)
            return { ...f, effectiveSeverity: effective, allowed: 'expired', blocking: true, allowEntry: entry };
        return { ...f, effectiveSeverity: effective, allowed: 'no', blocking: true };
    });
}

;// CONCATENATED MODULE: ./build/src/gates/g2/index.js











/**
 * G2 Security Review: signatures over every piece of release material, the
 * team's vulnerability reports against the SSOT policy, and model files
 * scanned without loading them. The evidence carries a digest manifest of
 * the release material, bound to the model digest, for G5 and rollback.
 */
const g2 = {
    id: 'G2',
    async run(ctx) {
        const config = await ctx.ssot.json('security.json', 'security');
        const securityFile = ctx.ssot.display('security.json');
        const read = async (path, what) => {
            const absolute = ctx.ssot.resolveRepoPath(path, what);
            try {
                return { absolute, display: ctx.workspace.display(absolute), data: await (0,promises_.readFile)(absolute) };
            }
            catch (error) {
                throw (0,file_errors/* unreadableFile */._)(error, ctx.workspace.display(absolute), what);
            }
        };
        const checks = [];
        const artifacts = [];
        // Keys
        const keys = new Map();
        for (const [i, k] of config.keys.entries()) {
            const pem = k.publicKey ?? (await read(k.publicKeyPath, `public key ${k.id}`)).data.toString('utf8');
            keys.set(k.id, { key: (0,g2_signatures/* parsePublicKey */.ee)(pem, k.algorithm, `${securityFile} at /keys/${i}`), algorithm: k.algorithm });
        }
        // Signatures and the manifest
        const manifest = [];
        for (const [i, m] of (config.releaseMaterial ?? []).entries()) {
            const key = keys.get(m.keyId);
            if (!key)
                throw new errors/* InputError */.dz({ file: securityFile, pointer: `/releaseMaterial/${i}/keyId`, message: 'Unknown key id', expected: `one of ${[...keys.keys()].join(', ')}`, found: JSON.stringify(m.keyId) });
            const file = await read(m.path, `release material listed at /releaseMaterial/${i}`);
            const described = await ctx.describeFile(file.absolute, m.role ?? 'release-material');
            artifacts.push(described);
            manifest.push({ path: described.path, role: described.role, sha256: described.sha256, bytes: described.bytes, keyId: m.keyId });
            let sigText;
            try {
                sigText = (await read(m.signature, `signature of ${m.path}`)).data.toString('utf8');
            }
            catch (error) {
                if (error.problem?.message !== 'File not found')
                    throw error;
                checks.push({ id: `G2.signature.${described.path}`, rule: 'signature', variable: described.path, value: false, status: 'fail', severity: 'block', message: `no signature file ${m.signature}`, source: { file: securityFile, pointer: `/releaseMaterial/${i}` } });
                continue;
            }
            const signature = (0,g2_signatures/* decodeSignature */.xd)(sigText, ctx.workspace.display(ctx.ssot.resolveRepoPath(m.signature, 'signature')));
            const ok = (0,g2_signatures/* verifyBlob */.tB)(file.data, signature, key.key, key.algorithm);
            checks.push({
                id: `G2.signature.${described.path}`,
                rule: 'signature',
                variable: described.path,
                value: ok,
                status: ok ? 'pass' : 'fail',
                severity: 'block',
                message: ok ? `valid ${key.algorithm} signature by key ${m.keyId}` : `the signature does not verify with key ${m.keyId} (${key.algorithm}): the file changed, or it was signed for another file or with another key`,
                source: { file: securityFile, pointer: `/releaseMaterial/${i}` },
                details: { sha256: described.sha256, keyId: m.keyId },
            });
        }
        // Coverage: the model and its model card must be signed, one way or the other.
        const model = await ctx.ssot.model().catch(() => undefined);
        const mustSign = [model?.paths.model, model?.paths.modelCard].filter((p) => p !== undefined).map((p) => ctx.workspace.display(ctx.ssot.resolveRepoPath(p, 'release material')));
        const omsFolders = (config.modelSignatures ?? []).map((o) => `${ctx.workspace.display(ctx.ssot.resolveRepoPath(o.modelPath, 'signed model folder'))}/`);
        const uncovered = mustSign.filter((p) => !manifest.some((m) => m.path === p) && !omsFolders.some((f) => p.startsWith(f)));
        if (mustSign.length > 0) {
            checks.push({
                id: 'G2.release_material.coverage',
                rule: 'release_material_coverage',
                value: uncovered.length,
                operator: '<=',
                threshold: 0,
                unit: 'files',
                status: uncovered.length ? 'fail' : 'pass',
                severity: 'block',
                message: uncovered.length ? `not signed: ${uncovered.join(', ')} (list them in releaseMaterial or cover them with a modelSignatures bundle)` : `the model and model card are signed (${mustSign.join(', ')})`,
                source: { file: securityFile, pointer: '/releaseMaterial' },
            });
        }
        // OpenSSF model signing bundles
        for (const [i, o] of (config.modelSignatures ?? []).entries()) {
            const key = keys.get(o.keyId);
            if (!key)
                throw new errors/* InputError */.dz({ file: securityFile, pointer: `/modelSignatures/${i}/keyId`, message: 'Unknown key id', expected: `one of ${[...keys.keys()].join(', ')}`, found: JSON.stringify(o.keyId) });
            const bundle = await read(o.bundle, `OMS bundle listed at /modelSignatures/${i}`);
            const modelDir = ctx.ssot.resolveRepoPath(o.modelPath, 'signed model folder');
            const insideBundle = (0,external_node_path_.relative)(modelDir, bundle.absolute);
            const ignore = [...(o.ignore ?? []), ...(insideBundle.startsWith('..') ? [] : [insideBundle.split(external_node_path_.sep).join('/')])];
            const r = verifyOmsBundle(bundle.data.toString('utf8'), bundle.display, modelDir, key.key, key.algorithm, { ignore, allowExtraFiles: o.allowExtraFiles ?? false });
            artifacts.push(await ctx.describeFile(bundle.absolute, 'oms-bundle'));
            const problems = [
                ...(r.signatureValid ? [] : [`the envelope signature does not verify with key ${o.keyId}`]),
                ...(r.subjectDigestValid ? [] : ['the subject digest does not match the listed files']),
                ...r.missing.map((f) => `missing ${f}`),
                ...r.changed.map((f) => `changed ${f}`),
                ...r.extra.map((f) => `extra ${f} (not signed; list it in ignore or set allowExtraFiles)`),
            ];
            checks.push({
                id: `G2.oms.${i}`,
                rule: 'oms_signature',
                variable: ctx.workspace.display(modelDir),
                value: problems.length === 0,
                status: problems.length === 0 ? 'pass' : 'fail',
                severity: 'block',
                message: problems.length === 0 ? `OMS bundle verified: ${r.files} files, key ${o.keyId}` : problems.join('; '),
                source: { file: securityFile, pointer: `/modelSignatures/${i}` },
                details: { files: r.files, missing: r.missing, changed: r.changed, extra: r.extra },
            });
        }
        // Vulnerabilities
        const v = config.vulnerabilities ?? {};
        const policy = { maxSeverity: v.maxSeverity ?? 'medium', unknownSeverity: v.unknownSeverity ?? 'high', allowlist: v.allowlist ?? [] };
        const today = new Date().toISOString().slice(0, 10);
        let judged = [];
        const unaudited = [];
        for (const path of v.reports ?? []) {
            const report = await read(path, 'vulnerability report');
            const parsed = parseReport(parseJsonText(report.data.toString('utf8'), report.display), report.display);
            const findings = parsed.findings;
            unaudited.push(...parsed.unaudited.map((u) => `${report.display}: ${u}`));
            artifacts.push(await ctx.describeFile(report.absolute, 'vulnerability-report'));
            judged = judged.concat(judgeFindings(findings, policy, today));
        }
        if ((v.reports ?? []).length > 0) {
            const blocking = judged.filter((f) => f.blocking);
            checks.push({ id: 'G2.vulnerabilities.max_severity', rule: 'max_severity', value: blocking.length, operator: '<=', threshold: 0, unit: 'findings', status: blocking.length ? 'fail' : 'pass', severity: 'block', message: blocking.length ? `${blocking.length} findings above ${policy.maxSeverity} without a valid allowlist entry: ${blocking.slice(0, 5).map((f) => `${f.id} (${f.effectiveSeverity}, ${f.package})`).join(', ')}` : `no finding above ${policy.maxSeverity} outside the allowlist (${judged.length} findings in all)`, source: { file: securityFile, pointer: '/vulnerabilities/maxSeverity' } });
            checks.push({ id: 'G2.vulnerabilities.audited', rule: 'dependencies_audited', value: unaudited.length, operator: '<=', threshold: 0, unit: 'dependencies', status: unaudited.length ? 'fail' : 'pass', severity: 'block', message: unaudited.length ? `the scanner skipped ${unaudited.length} dependencies, so "no findings" would mean nothing: ${unaudited.slice(0, 3).join('; ')}` : 'every dependency in the reports was audited' });
            const unknown = judged.filter((f) => f.severity === 'unknown').length;
            if (unknown)
                checks.push({ id: 'G2.vulnerabilities.unknown_severity', rule: 'unknown_severity', value: unknown, unit: 'findings', status: 'pass', severity: 'block', message: `${unknown} findings have no severity; rated ${policy.unknownSeverity} (vulnerabilities.unknownSeverity)`, source: { file: securityFile, pointer: '/vulnerabilities/unknownSeverity' } });
        }
        const expired = policy.allowlist.filter((a) => a.expires < today);
        if (policy.allowlist.length > 0) {
            checks.push({ id: 'G2.vulnerabilities.allowlist_expiry', rule: 'allowlist_expiry', value: expired.length, operator: '<=', threshold: 0, unit: 'entries', status: expired.length ? 'fail' : 'pass', severity: 'block', message: expired.length ? `expired allowlist entries: ${expired.map((a) => `${a.id} (expired ${a.expires}, owner ${a.owner})`).join(', ')}` : 'every allowlist entry is current', source: { file: securityFile, pointer: '/vulnerabilities/allowlist' } });
        }
        // Model files
        const scanPolicy = { ...DEFAULT_SCAN_POLICY, ...config.modelScan };
        const modelPaths = new Set();
        if (ctx.inputs.model)
            modelPaths.add(ctx.workspace.resolve(ctx.inputs.model, 'model'));
        else if (model)
            modelPaths.add(ctx.ssot.resolveRepoPath(model.paths.model, 'model'));
        for (const m of config.releaseMaterial ?? [])
            if (/\.(onnx|pkl|pickle|joblib|pt|pth|bin)$/i.test(m.path))
                modelPaths.add(ctx.ssot.resolveRepoPath(m.path, 'release material'));
        const scans = [];
        for (const absolute of modelPaths) {
            const display = ctx.workspace.display(absolute);
            let data;
            try {
                data = await (0,promises_.readFile)(absolute);
            }
            catch (error) {
                throw (0,file_errors/* unreadableFile */._)(error, display, 'a model file');
            }
            // Only called for locations inside the model's folder: the scan flags the others first.
            const externalSize = (location) => {
                try {
                    return (0,external_node_fs_.statSync)((0,external_node_path_.join)((0,external_node_path_.dirname)(absolute), location)).size;
                }
                catch {
                    return undefined;
                }
            };
            const scan = scanModelFile(display, data, scanPolicy, externalSize);
            scans.push(scan);
            const worst = scan.findings.some((f) => f.severity === 'critical' || f.severity === 'high') ? 'fail' : scan.findings.length ? 'warn' : 'pass';
            checks.push({
                id: `G2.model_scan.${display}`,
                rule: 'model_scan',
                variable: display,
                value: scan.scanned ? scan.findings.length : null,
                operator: '<=',
                threshold: 0,
                unit: 'findings',
                status: scan.scanned ? (worst === 'warn' ? 'warn' : worst) : 'fail',
                severity: 'block',
                message: scan.scanned ? (scan.findings.length ? scan.findings.map((f) => `${f.severity}: ${f.message}`).join('; ') : `${scan.format}: no issues`) : `not scanned: ${scan.reason}`,
            });
        }
        const subjectModel = ctx.inputs.model ? ctx.workspace.resolve(ctx.inputs.model, 'model') : model ? ctx.ssot.resolveRepoPath(model.paths.model, 'model') : undefined;
        const status = decideStatus(checks, 0);
        return {
            status,
            summary: `${manifest.length} signed artifacts, ${judged.length} vulnerability findings, ${scans.filter((s) => s.scanned).length} of ${scans.length} model files scanned; ${describeCounts(checks)}`,
            subject: { ...(subjectModel ? { model: await ctx.describeFile(subjectModel, 'model') } : {}), data: [], artifacts },
            checks,
            problems: [],
            report: {
                ...(model ? { model: { name: model.name, version: model.version ?? null } } : {}),
                manifest,
                tables: [
                    { title: 'Release manifest', columns: ['path', 'role', 'sha256', 'bytes', 'key'], rows: manifest.map((m) => [m.path, m.role, m.sha256, m.bytes, m.keyId]) },
                    { title: 'Vulnerability findings', columns: ['id', 'severity', 'rated', 'package', 'version', 'fixed in', 'allowlist', 'source'], rows: judged.map((f) => [f.id, f.severity, f.effectiveSeverity, f.package, f.version, f.fixedVersions.join(', '), f.allowed, f.source]) },
                    { title: 'Model files', columns: ['file', 'format', 'scanned', 'findings'], rows: scans.map((s) => [s.file, s.format, s.scanned ? 'yes' : `no: ${s.reason}`, s.findings.map((f) => `${f.severity}: ${f.message}`).join('; ') || 'none']) },
                ],
            },
        };
    },
};

;// CONCATENATED MODULE: ./build/src/gates/registry.js



/** Gates that have landed in this version. Any other id is reported as not available, never passed. */
const GATES = {
    G0: g0,
    G1: g1,
    G2: g2,
};
function findGate(id) {
    return GATES[id];
}

// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 9 modules
var sync = __webpack_require__(25175);
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
        records = (0,sync/* parse */.qg)(text, { bom: true, info: true, skip_empty_lines: true, trim: true });
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
        throw new errors/* InputError */.dz({ file: display, line: 1, message: 'The table is empty', expected: `a header: ${required.join(',')}`, found: 'nothing' });
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
        throw new errors/* InputError */.dz({ file: display, line: first.info.lines, message: `Duplicate column "${dup}"`, expected: 'unique column names', found: `"${dup}" twice` });
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

// EXTERNAL MODULE: ./build/src/engine/types.js
var types = __webpack_require__(97813);
;// CONCATENATED MODULE: ./build/src/ssot/kpi.js


const KPI_COLUMNS = ['gate', 'kpi', 'variable', 'operator', 'threshold', 'unit', 'severity', 'notes'];
const KPI_OPTIONAL_COLUMNS = ['max_abs_degradation', 'max_rel_degradation', 'bound', 'confidence'];
const kpi_GATES = new Set(['G0', 'G1', 'G2', 'G3', 'G4', 'G5', 'drift']);
/** Parses and validates every row, collecting all problems before failing (lazy validation). */
function parseKpiTable(table) {
    const problems = [];
    const rules = [];
    for (const { line, values: v } of table.rows) {
        const at = (column, expected, found, message) => problems.push({ file: table.file, line, message: `${message} (column "${column}")`, expected, found });
        const gate = v.gate ?? '';
        if (!kpi_GATES.has(gate))
            at('gate', `one of ${[...kpi_GATES].join(', ')}`, JSON.stringify(gate), 'Unknown gate');
        const kpi = v.kpi ?? '';
        if (!/^[a-z][a-z0-9_]*$/.test(kpi))
            at('kpi', 'a KPI name in snake_case, e.g. mae', JSON.stringify(kpi), 'Invalid KPI name');
        const operator = v.operator ?? '';
        if (!types/* OPERATORS */.w.includes(operator)) {
            at('operator', `one of ${types/* OPERATORS */.w.join(' ')}`, JSON.stringify(operator), 'Unknown operator');
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

const RISK_COLUMNS = ['id', 'risk', 'likelihood', 'impact', 'mitigation', 'owner', 'status'];
const LEVELS = ['low', 'medium', 'high', 'critical'];
const STATUSES = ['open', 'mitigated', 'accepted', 'closed'];
/** Validates `ssot/risk_register.csv`: unique ids, known levels and statuses, an owner for every risk. */
function parseRiskRegister(table) {
    const problems = [];
    const ids = new Map();
    const risks = table.rows.map(({ line, values: v }) => {
        const bad = (column, expected) => problems.push({ file: table.file, line, message: `Invalid ${column}`, expected, found: JSON.stringify(v[column] ?? '') });
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

// EXTERNAL MODULE: ./build/src/ssot/schema-registry.js + 5 modules
var schema_registry = __webpack_require__(99667);
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
    /** Workspace-relative display path of a file inside ssot/. */
    display(name) {
        return this.workspace.display((0,external_node_path_.join)(this.dir, name));
    }
    /** Resolves a path written in an SSOT file (relative to the repository root), inside the workspace. */
    resolveRepoPath(path, what) {
        return this.workspace.resolve(path, what, this.repoRoot);
    }
    model() {
        return this.once('model.json', async () => {
            const data = await readJsonFile((0,external_node_path_.join)(this.dir, 'model.json'), this.display('model.json'));
            return (0,schema_registry/* assertValid */.pP)('model', data, this.display('model.json'));
        });
    }
    /** The raw data schema; G0 compiles and validates it (see gates/g0/data-schema.ts). */
    dataSchema() {
        return this.once('data_schema.json', () => readJsonFile((0,external_node_path_.join)(this.dir, 'data_schema.json'), this.display('data_schema.json')));
    }
    kpiRules() {
        return this.once('kpi_acceptance.csv', async () => parseKpiTable(await readCsvTable((0,external_node_path_.join)(this.dir, 'kpi_acceptance.csv'), this.display('kpi_acceptance.csv'), KPI_COLUMNS, KPI_OPTIONAL_COLUMNS)));
    }
    risks() {
        return this.once('risk_register.csv', async () => parseRiskRegister(await readCsvTable((0,external_node_path_.join)(this.dir, 'risk_register.csv'), this.display('risk_register.csv'), RISK_COLUMNS)));
    }
    /**
     * Validates every contract file that exists in ssot/, collecting all
     * problems, so a broken SSOT stops every gate with a clear error instead of
     * being discovered by whichever gate reads the file later.
     */
    async validateAll() {
        const checks = [
            ['model.json', () => this.model()],
            ['data_schema.json', async () => (0,data_schema/* compileDataSchema */.p)(await this.dataSchema(), this.display('data_schema.json'))],
            ['kpi_acceptance.csv', () => this.kpiRules()],
            ['risk_register.csv', () => this.risks()],
            ['security.json', () => this.json('security.json', 'security')],
        ];
        const problems = [];
        if (!(0,external_node_fs_.existsSync)(this.dir)) {
            throw new errors/* InputError */.dz({ file: this.workspace.display(this.dir), message: 'The ssot folder does not exist', expected: 'a folder with model.json, data_schema.json, kpi_acceptance.csv...', found: 'no such folder' });
        }
        for (const [name, load] of checks) {
            if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(this.dir, name)))
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
        return this.once(name, async () => (0,schema_registry/* assertValid */.pP)(schema, await readJsonFile((0,external_node_path_.join)(this.dir, name), this.display(name)), this.display(name)));
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

// EXTERNAL MODULE: ./build/src/version.js
var version = __webpack_require__(28009);
;// CONCATENATED MODULE: ./build/src/engine/canonical-json.js

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
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}

;// CONCATENATED MODULE: ./build/ssot/gates.json
const gates_namespaceObject = /*#__PURE__*/JSON.parse('{"VF":[{"id":"G0","name":"Data Quality","validates":"Input data meets the schema, ranges and dataset rules in ssot/data_schema.json","evidence":"Data validation report with per-column profile","responsible":"Data Engineer","trigger":"pull_request"},{"id":"G1","name":"Model Performance","validates":"Offline KPIs on the holdout set meet ssot/kpi_acceptance.csv, and the model is no worse than the baseline","evidence":"Evaluation report against the holdout set","responsible":"ML Engineer","trigger":"pull_request"},{"id":"G2","name":"Security Review","validates":"Release artifacts are signed, dependencies have no disallowed vulnerabilities, and model files are safe to load","evidence":"Scan report, signature verification and digest manifest","responsible":"Security","trigger":"pull_request"},{"id":"G3","name":"OT/QA Approval","validates":"Functional and process validation, signed off by OT and QA with separation of duties","evidence":"Documented sign-off","responsible":"OT Lead and QA","trigger":"environment approval"},{"id":"G4","name":"Shadow Validation","validates":"The shadow model compared with production over N days","evidence":"Shadow report","responsible":"Ops and ML","trigger":"release workflow"},{"id":"G5","name":"Production Release","validates":"Every earlier gate passed for the same model digest in trusted runs","evidence":"Release checklist","responsible":"Release Manager","trigger":"production environment"},{"id":"drift","name":"Drift Check","validates":"Recent production data against the training reference","evidence":"Drift report","responsible":"Ops and ML","trigger":"schedule"},{"id":"rollback","name":"Rollback","validates":"The last approved release is intact and can be redeployed","evidence":"Rollback record and RCA issue","responsible":"Release Manager","trigger":"workflow_dispatch"}]}');
;// CONCATENATED MODULE: ./build/src/engine/catalogue.js

const catalogue_GATES = gates_namespaceObject.VF;
function gateInfo(id) {
    const info = catalogue_GATES.find((g) => g.id === id);
    if (!info)
        throw new Error(`Gate ${id} is missing from ssot/gates.json`);
    return info;
}

;// CONCATENATED MODULE: ./build/src/engine/evidence.js




const EVIDENCE_SCHEMA_ID = 'https://modelgate.dev/schemas/evidence.schema.json';
/** Digest of an evidence record: sha256 over the RFC 8785 canonical JSON of the record without `digest`. */
function evidenceDigest(record) {
    const { digest: _digest, ...rest } = record;
    return sha256Hex(canonicalize(rest));
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
        timing: { startedAt: started.toISOString(), finishedAt: finished.toISOString(), durationMs: finished.getTime() - started.getTime() },
        tool: { name: 'modelgate', version: version/* TOOL_VERSION */.w },
    };
    // Round-trip through JSON so that undefined members and non-finite numbers cannot change the digest later.
    const plain = JSON.parse(JSON.stringify(unsigned, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v)));
    const record = { ...plain, digest: { algorithm: 'sha256', canonicalization: 'RFC8785', value: evidenceDigest(plain) } };
    return (0,schema_registry/* assertValid */.pP)('evidence', record, `${gate}.evidence.json`);
}
/** Checks a record read back from disk: schema and digest. Returns the problems found. */
function verifyEvidence(record, file) {
    try {
        const r = assertValid('evidence', record, file);
        const expected = evidenceDigest(r);
        return expected === r.digest.value ? [] : [`${file}: digest mismatch (recorded ${r.digest.value}, computed ${expected})`];
    }
    catch (error) {
        return [error.message];
    }
}

;// CONCATENATED MODULE: ./build/src/engine/run-gate.js






/**
 * Runs one gate and returns its validated evidence. Whatever goes wrong, the
 * result is an evidence record: a bad input becomes status `error` with the
 * problem named, never an exception and never a pass.
 */
async function runGate(gate, inputs, options) {
    const now = options.now ?? (() => new Date());
    const started = now();
    let outcome;
    try {
        const impl = findGate(gate);
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
            const workspace = new Workspace(options.workspaceRoot);
            const ssot = new Ssot(workspace, inputs.ssot);
            await ssot.validateAll();
            const context = {
                inputs,
                workspace,
                ssot,
                async describeFile(absolutePath, role, rows) {
                    const { sha256, bytes } = await digestFile(absolutePath);
                    return { role, path: workspace.display(absolutePath), sha256, bytes, ...(rows !== undefined ? { rows } : {}) };
                },
            };
            outcome = await impl.run(context);
        }
    }
    catch (error) {
        outcome = errorOutcome((0,errors/* toProblems */.ek)(error));
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
    if (options.failOn === 'warn' && outcome.status === 'pass' && outcome.checks.some((c) => c.status === 'warn')) {
        outcome = { ...outcome, status: 'fail', summary: `${outcome.summary} (fail-on: warn turns warnings into a failure)` };
    }
    return buildEvidence(gate, outcome, options.context, started, now());
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

/***/ 97813:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ GATE_IDS),
/* harmony export */   w: () => (/* binding */ OPERATORS)
/* harmony export */ });
/**
 * The evidence contract shared by every gate. `ssot/schemas/evidence.schema.json`
 * is the normative description; these types mirror it and the evidence writer
 * validates every record against the schema before it is written.
 */
const GATE_IDS = ['G0', 'G1', 'G2', 'G3', 'G4', 'G5', 'drift', 'rollback'];
const OPERATORS = ['<', '<=', '>', '>='];


/***/ }),

/***/ 73355:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pk: () => (/* binding */ signBlob),
/* harmony export */   ee: () => (/* binding */ parsePublicKey),
/* harmony export */   tB: () => (/* binding */ verifyBlob),
/* harmony export */   xd: () => (/* binding */ decodeSignature)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72993);


/**
 * Key-based blob signatures, offline:
 * - ecdsa-p256-sha256 is what `cosign sign-blob --key` writes: the base64 of
 *   a DER-encoded ECDSA P-256 signature over the SHA-256 of the file;
 * - ed25519 is a base64 Ed25519 signature over the file's bytes (Ed25519
 *   hashes internally; `openssl pkeyutl -sign -rawin` makes one).
 */
/** Parses a PEM public key and checks it fits the algorithm; names the curve it found otherwise. */
function parsePublicKey(pem, algorithm, where) {
    let key;
    try {
        key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(pem);
    }
    catch (error) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file: where, message: 'Not a PEM public key', expected: 'a "-----BEGIN PUBLIC KEY-----" block (SubjectPublicKeyInfo)', found: error.message.split('\n')[0] ?? 'unreadable key' });
    }
    checkKeyType(key, algorithm, where);
    return key;
}
function checkKeyType(key, algorithm, where) {
    const type = key.asymmetricKeyType;
    const curve = key.asymmetricKeyDetails?.namedCurve;
    if (algorithm === 'ed25519' && type !== 'ed25519')
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file: where, message: 'The key does not match its algorithm', expected: 'an Ed25519 key', found: curve ? `${type} on ${curve}` : String(type) });
    if (algorithm === 'ecdsa-p256-sha256' && !(type === 'ec' && curve === 'prime256v1')) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file: where, message: 'The key does not match its algorithm', expected: 'an ECDSA key on P-256 (prime256v1)', found: curve ? `${type} on ${curve}` : String(type) });
    }
}
/** Decodes a signature file: base64 text, whitespace allowed; empty or non-base64 is an error. */
function decodeSignature(text, where) {
    const clean = text.replace(/\s+/g, '');
    if (clean === '')
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file: where, message: 'The signature file is empty', expected: 'a base64 signature', found: 'an empty file' });
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(clean) || clean.length % 4 === 1) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file: where, message: 'The signature is not base64', expected: 'a base64 signature (as cosign sign-blob writes)', found: JSON.stringify(clean.slice(0, 24)) });
    }
    return Buffer.from(clean, 'base64');
}
/** True when `signature` signs `data` under `key`. A malformed or truncated signature is simply invalid. */
function verifyBlob(data, signature, key, algorithm) {
    try {
        return algorithm === 'ed25519' ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(null, data, key, signature) : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)('sha256', data, key, signature);
    }
    catch {
        return false;
    }
}
/** Signs like `cosign sign-blob --key` (P-256) or with Ed25519; returns the base64 signature. */
function signBlob(data, privateKeyPem, where) {
    let key;
    try {
        key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)(privateKeyPem);
    }
    catch (error) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file: where, message: 'Not a PEM private key', expected: 'an unencrypted PEM private key (PKCS#8 or SEC1)', found: error.message.split('\n')[0] ?? 'unreadable key' });
    }
    if (key.asymmetricKeyType === 'ed25519')
        return { signature: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)(null, data, key).toString('base64'), algorithm: 'ed25519' };
    checkKeyType(key, 'ecdsa-p256-sha256', where);
    return { signature: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)('sha256', data, key).toString('base64'), algorithm: 'ecdsa-p256-sha256' };
}


/***/ }),

/***/ 26183:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ writeReportFiles)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/src/engine/errors.js
var errors = __webpack_require__(72993);
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
    const series = chart.series.map((s) => ({ ...s, points: s.points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y)) }));
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
    if (bars)
        y0 = 0;
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
    const ref = chart.reference;
    if (ref?.kind === 'diagonal')
        parts.push(`<line x1="${px(x0)}" y1="${py(y0)}" x2="${px(x1)}" y2="${py(y1)}" class="ref"/>`);
    else if (ref?.kind === 'hline')
        parts.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${py(ref.value)}" y2="${py(ref.value)}" class="ref"/>`);
    else if (ref?.kind === 'vline')
        parts.push(`<line x1="${px(ref.value)}" x2="${px(ref.value)}" y1="${M.top}" y2="${H - M.bottom}" class="ref"/>`);
    series.forEach((s, i) => {
        const color = COLORS[i % COLORS.length];
        if (chart.kind === 'scatter') {
            for (const [x, y] of s.points)
                parts.push(`<circle cx="${px(x).toFixed(1)}" cy="${py(y).toFixed(1)}" r="2" fill="${color}" fill-opacity="0.6"/>`);
        }
        else if (chart.kind === 'line') {
            const d = s.points.map(([x, y], k) => `${k ? 'L' : 'M'}${px(x).toFixed(1)},${py(y).toFixed(1)}`).join('');
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
        ...['repository', 'sha', 'ref', 'event', 'workflow', 'runId', 'runAttempt', 'actor'].filter((k) => ctx[k]).map((k) => [k, String(ctx[k])]),
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
            const top = (p.top ?? []).slice(0, 5).map((t) => `${t.value} (${t.count})`).join(', ');
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
    const subjects = [...(e.subject.model ? [e.subject.model] : []), ...e.subject.data, ...e.subject.artifacts];
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

// EXTERNAL MODULE: ./build/src/report/markdown.js
var markdown = __webpack_require__(70075);
;// CONCATENATED MODULE: ./build/src/io/report-files.js




/**
 * Writes `<GATE>.evidence.json`, `<GATE>.md` and `<GATE>.html` into `outDir`.
 * Each file is written to a temporary name and renamed, so a crash never
 * leaves a half-written evidence file behind.
 */
async function writeReportFiles(evidence, outDir, options = {}) {
    await (0,promises_.mkdir)(outDir, { recursive: true });
    const files = {
        evidence: (0,external_node_path_.join)(outDir, `${evidence.gate}.evidence.json`),
        markdown: (0,external_node_path_.join)(outDir, `${evidence.gate}.md`),
        html: (0,external_node_path_.join)(outDir, `${evidence.gate}.html`),
    };
    await atomicWrite(files.evidence, `${JSON.stringify(evidence, null, 2)}\n`);
    await atomicWrite(files.markdown, (0,markdown/* renderMarkdown */.G)(evidence, options));
    await atomicWrite(files.html, renderHtml(evidence, options));
    return files;
}
async function atomicWrite(path, content) {
    const tmp = `${path}.tmp-${process.pid}`;
    await (0,promises_.writeFile)(tmp, content, 'utf8');
    await (0,promises_.rename)(tmp, path);
}


/***/ }),

/***/ 73817:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ loadOnnxRuntime)
/* harmony export */ });
/* unused harmony export SUPPORTED_ORT_PLATFORMS */
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72993);

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
        return Promise.reject(new _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            message: 'ONNX inference is not available on this runner',
            expected: `a runner on ${SUPPORTED_ORT_PLATFORMS.join(' or ')} (for example ubuntu-latest or ubuntu-24.04-arm)`,
            found: key,
        }));
    }
    cached ??= __webpack_require__.e(/* import() */ 701).then(__webpack_require__.t.bind(__webpack_require__, 30701, 19)).then((m) => (m.default ?? m));
    return cached;
}


/***/ }),

/***/ 96209:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D9: () => (/* binding */ markdownCode),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/**
 * Escaping for untrusted text (data values, file names, branch names, config)
 * placed into GitHub-flavoured markdown or HTML. Nothing that passes through
 * these functions can notify a user, open a tag or break a table.
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
/**
 * For inline markdown, including table cells and `<details>` bodies:
 * - HTML is entity-escaped, so no tag can open or close;
 * - markdown punctuation is backslash-escaped;
 * - `@` becomes `@\u200b` (a zero-width space after it) so mentions never notify,
 *   and `#` likewise so issue references do not link;
 * - `|` is escaped for tables and newlines are folded to spaces.
 */
function escapeMarkdown(value) {
    return escapeHtml(value)
        .replace(/\r\n|\r|\n/g, ' ')
        .replace(/[\\`*_{}[\]()!|~]/g, (c) => `\\${c}`)
        .replace(/@/g, '@\u200b')
        .replace(/#/g, '#\u200b')
        .replace(/^([-+>=])/u, '\\$1');
}
/** Inline code for untrusted text: backticks inside are neutralised. */
function markdownCode(value) {
    const text = String(value ?? '').replace(/\r\n|\r|\n/g, ' ').replace(/`/g, 'ˋ');
    return `<code>${escapeHtml(text).replace(/@/g, '@\u200b')}</code>`;
}
/** Truncates text to `max` characters, adding an ellipsis. */
function truncate(value, max) {
    return value.length <= max ? value : `${value.slice(0, Math.max(0, max - 1))}…`;
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
/** Number formatting shared by the markdown and HTML reports: 4 significant digits, integers in full. */
function formatValue(value) {
    if (value === null || value === undefined)
        return '—';
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            return String(value);
        if (Number.isInteger(value))
            return value.toLocaleString('en-US');
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
    if (typeof d.baseline === 'number')
        parts.push(`baseline ${formatValue(d.baseline)}`);
    if (typeof d.delta === 'number')
        parts.push(`Δ ${d.delta >= 0 ? '+' : ''}${formatValue(d.delta)}`);
    const deltaCi = d.deltaCi;
    if (Array.isArray(deltaCi) && deltaCi.length === 2)
        parts.push(`Δ CI [${formatValue(deltaCi[0])}, ${formatValue(deltaCi[1])}]`);
    return parts.join('; ');
}
const CHAIN = ['G0', 'G1', 'G2', 'G3', 'G4', 'G5'];
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
    return checks.map((c, i) => ({ c, i })).sort((a, b) => rank[a.c.status] - rank[b.c.status] || a.i - b.i).map(({ c }) => c);
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

/***/ 70075:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ renderMarkdown)
/* harmony export */ });
/* unused harmony export mermaidChain */
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72993);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96209);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45845);



const DEFAULT_MAX = 65_000;
/**
 * The markdown report of any gate: headline, checks, problems, G0
 * violations and profile, extra tables, the G0-G5 chain as Mermaid, links
 * and digests. Every value from data, files or config is escaped. When the
 * body would exceed `maxLength`, sections are dropped from the least
 * important up, and a pointer to the full report in the artifact is kept.
 */
function renderMarkdown(evidence, options = {}) {
    const max = options.maxLength ?? DEFAULT_MAX;
    const sections = buildSections(evidence, options);
    const pointer = `\n> Report shortened to fit. Full report in the artifact${options.artifactUrl ? `: ${options.artifactUrl}` : ' (evidence JSON and HTML report)'}.\n`;
    // Drop optional sections from the least important until the body fits.
    const order = ['profile', 'tables', 'violations', 'chain', 'subject', 'checks'];
    let kept = sections;
    let text = join(kept);
    for (const name of order) {
        if (text.length <= max)
            return text;
        kept = kept.filter((s) => s.name !== name);
        text = join(kept) + pointer;
    }
    if (text.length > max)
        text = `${text.slice(0, Math.max(0, max - pointer.length - 1))}${pointer}`;
    return text;
}
function join(sections) {
    return sections.map((s) => s.text).join('\n');
}
function buildSections(e, options) {
    const sections = [];
    const head = [];
    if (options.marker)
        head.push(options.marker);
    head.push(`## ${_format_js__WEBPACK_IMPORTED_MODULE_2__/* .STATUS_ICON */ .tW[e.status]} ${e.gate} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(e.gateName)}: ${e.status.toUpperCase()}`, '', (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(e.summary), '');
    const links = [];
    if (options.runUrl)
        links.push(`[workflow run](${options.runUrl})`);
    if (options.artifactUrl)
        links.push(`[evidence artifact](${options.artifactUrl})`);
    links.push(`evidence digest ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownCode */ .D9)(e.digest.value.slice(0, 16))}`);
    head.push(links.join(' · '), '');
    sections.push({ name: 'head', text: head.join('\n') });
    if (e.problems.length > 0) {
        const lines = ['### Problems', '', 'The gate could not judge. Fix these and run it again:', ''];
        for (const p of e.problems)
            lines.push(`- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)((0,_engine_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblem */ .Vw)(p))}`);
        sections.push({ name: 'problems', text: `${lines.join('\n')}\n` });
    }
    if (e.checks.length > 0) {
        const ordered = (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .orderChecks */ .gg)(e.checks);
        const attention = ordered.filter((c) => c.status !== 'pass');
        const passing = ordered.filter((c) => c.status === 'pass');
        const lines = ['### Checks', ''];
        if (attention.length > 0)
            lines.push(...checksTable(attention), '');
        if (passing.length > 0)
            lines.push(`<details><summary>${passing.length} passing checks</summary>`, '', ...checksTable(passing), '', '</details>', '');
        sections.push({ name: 'checks', text: lines.join('\n') });
    }
    const violations = e.report.violations ?? [];
    if (violations.length > 0) {
        const total = Number(e.report.totalViolations ?? violations.length);
        const lines = [`### Violations (first ${violations.length} of ${total.toLocaleString('en-US')})`, '', '| file | line | column | value | rule | message |', '|---|---|---|---|---|---|'];
        for (const v of violations) {
            lines.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(v.file)} | ${v.line} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(v.column)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownCode */ .D9)(v.value)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(v.rule)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(v.message)} |`);
        }
        const counts = Object.entries(e.report.violationCounts ?? {});
        if (counts.length > 0) {
            lines.push('', '| rule | violations |', '|---|---|');
            for (const [rule, n] of counts.sort((a, b) => b[1] - a[1]))
                lines.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(rule)} | ${n.toLocaleString('en-US')} |`);
        }
        sections.push({ name: 'violations', text: `${lines.join('\n')}\n` });
    }
    for (const t of (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .extraTables */ .Cg)(e)) {
        const lines = [`### ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(t.title)}`, '', `| ${t.columns.map(_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV).join(' | ')} |`, `|${t.columns.map(() => '---').join('|')}|`];
        for (const row of t.rows)
            lines.push(`| ${row.map((v) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)((0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatValue */ .Fl)(v))).join(' | ')} |`);
        sections.push({ name: 'tables', text: `${lines.join('\n')}\n` });
    }
    const profile = e.report.profile ?? [];
    if (profile.length > 0) {
        const lines = ['<details><summary>Column profile</summary>', '', '| file | column | unit | count | missing | min | p50 | max | mean | std | top values |', '|---|---|---|---|---|---|---|---|---|---|---|'];
        for (const p of profile) {
            const top = (p.top ?? []).slice(0, 5).map((t) => `${t.value} (${t.count})`).join(', ');
            lines.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(p.file)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(p.column)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(p.unit ?? '')} | ${p.count} | ${p.missing} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatValue */ .Fl)(p.min)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatValue */ .Fl)(p.quantiles?.p50)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatValue */ .Fl)(p.max)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatValue */ .Fl)(p.mean)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatValue */ .Fl)(p.std)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(top)} |`);
        }
        lines.push('', '</details>');
        sections.push({ name: 'profile', text: `${lines.join('\n')}\n` });
    }
    sections.push({ name: 'chain', text: mermaidChain(e, options.chain) });
    const subjects = [...(e.subject.model ? [e.subject.model] : []), ...e.subject.data, ...e.subject.artifacts];
    if (subjects.length > 0) {
        const lines = ['<details><summary>Subject digests</summary>', '', '| role | path | sha256 | bytes | rows |', '|---|---|---|---|---|'];
        for (const s of subjects)
            lines.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(s.role)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownCode */ .D9)(s.path)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownCode */ .D9)(s.sha256)} | ${s.bytes} | ${s.rows ?? ''} |`);
        lines.push('', '</details>');
        sections.push({ name: 'subject', text: `${lines.join('\n')}\n` });
    }
    sections.push({ name: 'footer', text: `<sub>modelgate ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(e.tool.version)} · ${e.timing.finishedAt}</sub>\n` });
    return sections;
}
/** One table row per check; the check id (without the gate prefix) says which file, column or KPI it is about. */
function checksTable(checks) {
    const lines = ['| | check | value | threshold | unit | severity | details |', '|---|---|---|---|---|---|---|'];
    for (const c of checks) {
        const details = [(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDetails */ .SE)(c), c.message ?? ''].filter(Boolean).join('; ');
        lines.push(`| ${_format_js__WEBPACK_IMPORTED_MODULE_2__/* .STATUS_ICON */ .tW[c.status]} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)((0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .checkLabel */ .v8)(c))} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)((0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatValue */ .Fl)(c.value))} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)((0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatThreshold */ .B6)(c))} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(c.unit ?? '')} | ${c.severity} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(details)} |`);
    }
    return lines;
}
/** A Mermaid flowchart of G0..G5, each node coloured by the status known for this model. */
function mermaidChain(e, known) {
    const status = (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .chainStatus */ .Qf)(e, known);
    const lines = ['```mermaid', 'flowchart LR'];
    lines.push(`  ${_format_js__WEBPACK_IMPORTED_MODULE_2__/* .CHAIN */ .S5.map((g) => `${g}["${g} ${status[g]}"]`).join(' --> ')}`);
    lines.push('  classDef pass fill:#2da44e,color:#fff', '  classDef fail fill:#cf222e,color:#fff', '  classDef error fill:#bc4c00,color:#fff', '  classDef pending fill:#afb8c1,color:#000');
    for (const g of _format_js__WEBPACK_IMPORTED_MODULE_2__/* .CHAIN */ .S5)
        lines.push(`  class ${g} ${status[g]}`);
    lines.push('```', '');
    return lines.join('\n');
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
