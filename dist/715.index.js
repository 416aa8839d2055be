export const id = 715;
export const ids = [715];
export const modules = {

/***/ 36576:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   wv: () => (/* binding */ describeCounts),
/* harmony export */   x7: () => (/* binding */ decideStatus)
/* harmony export */ });
/* unused harmony export countChecks */
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


/***/ }),

/***/ 44715:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g0: () => (/* binding */ g0),
  validateFile: () => (/* binding */ validateFile)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./build/src/csv/byte-csv-reader.js + 1 modules
var byte_csv_reader = __webpack_require__(51111);
// EXTERNAL MODULE: ./build/src/contract/errors.js
var errors = __webpack_require__(68081);
// EXTERNAL MODULE: ./build/src/engine/outcome.js
var outcome = __webpack_require__(36576);
// EXTERNAL MODULE: ./build/src/ssot/data-schema.js
var data_schema = __webpack_require__(51083);
// EXTERNAL MODULE: ./build/src/gates/g0/table-validator.js + 4 modules
var table_validator = __webpack_require__(17994);
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
        const status = (0,outcome/* decideStatus */.x7)(checks, 0);
        const totalViolations = tables.reduce((n, t) => n + t.totalViolations, 0);
        const rows = tables.reduce((n, t) => n + t.rows, 0);
        return {
            status,
            summary: `${tables.length} file${tables.length > 1 ? 's' : ''}, ${(0,digits/* groupDigits */.K)(rows)} rows, ${(0,digits/* groupDigits */.K)(totalViolations)} violations; ${(0,outcome/* describeCounts */.wv)(checks)}`,
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


/***/ })

};
