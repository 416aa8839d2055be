export const id = 587;
export const ids = [587];
export const modules = {

/***/ 93587:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runShadowReplayCommand: () => (/* binding */ runShadowReplayCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./build/src/contract/errors.js
var errors = __webpack_require__(68081);
// EXTERNAL MODULE: ./build/src/io/workspace.js
var io_workspace = __webpack_require__(86363);
// EXTERNAL MODULE: ./build/src/onnx/model-io.js
var model_io = __webpack_require__(59637);
// EXTERNAL MODULE: ./build/src/onnx/runner.js + 3 modules
var runner = __webpack_require__(52731);
// EXTERNAL MODULE: ./build/src/ssot/model-config.js
var model_config = __webpack_require__(79861);
// EXTERNAL MODULE: ./build/src/ssot/ssot.js + 3 modules
var ssot_ssot = __webpack_require__(37775);
// EXTERNAL MODULE: ./build/src/gates/g4/config.js
var g4_config = __webpack_require__(21088);
// EXTERNAL MODULE: ./build/src/csv/byte-csv-reader.js + 1 modules
var byte_csv_reader = __webpack_require__(51111);
// EXTERNAL MODULE: ./build/src/csv/number-parse.js
var number_parse = __webpack_require__(57503);
// EXTERNAL MODULE: ./build/src/ssot/data-schema.js
var data_schema = __webpack_require__(51083);
// EXTERNAL MODULE: ./build/src/gates/g4/timestamp.js
var timestamp = __webpack_require__(83156);
;// CONCATENATED MODULE: ./build/src/gates/g4/replay.js





/**
 * Replay of recorded requests through two models (`modelgate shadow-replay`):
 * the requests file is read once, each request gets a timestamp and an id,
 * and the log is written in the shadow-log format G4 reads, in time order.
 */
const NULLS = new Set(data_schema/* DEFAULT_NULL_VALUES */.L);
const DAY_MS = 86_400_000;
/**
 * Reads recorded requests: the model's features (numbers, NaN for a missing
 * value; text), the timestamp column or the replay's own clock, an optional
 * id column, and the ground truth when the requests carry the target column.
 * A date without a time (2015-01-31) places the day's requests evenly over
 * that UTC day, in file order.
 */
async function readRequests(absolute, display, spec) {
    const numeric = [];
    const text = [];
    const truth = [];
    let stampIndex = -1;
    let idIndex = -1;
    const stamps = [];
    const dateOnly = [];
    const ids = [];
    const onHeader = (header, line) => {
        const col = (name, what) => {
            const i = header.indexOf(name);
            if (i < 0)
                throw new errors/* InputError */.dz({
                    file: display,
                    line,
                    message: `The requests have no ${what} column "${name}"`,
                    expected: `a column "${name}"`,
                    found: `columns ${header.map((h) => JSON.stringify(h)).join(', ')}`,
                });
            return i;
        };
        for (const f of spec.features) {
            if (f.dtype === 'string')
                text.push({ name: f.name, index: col(f.name, 'feature'), values: [] });
            else
                numeric.push({
                    name: f.name,
                    index: col(f.name, 'feature'),
                    values: [],
                    int: f.dtype === 'int64',
                });
        }
        for (const t of spec.targets)
            truth.push({ index: header.indexOf(t.column), values: [] });
        if ('column' in spec.clock)
            stampIndex = col(spec.clock.column, 'timestamp');
        if (spec.idColumn !== undefined)
            idIndex = col(spec.idColumn, 'request id');
    };
    let width = 0;
    await (0,byte_csv_reader/* readCsvFile */.FU)(absolute, { displayPath: display }, (header, line) => {
        width = header.length;
        onHeader(header, line);
    }, (rec) => {
        const problem = (message, expected, found) => new errors/* InputError */.dz({ file: display, line: rec.line, message, expected, found });
        if (rec.count !== width)
            throw problem(`The row has ${rec.count} fields and the header ${width}`, `${width} fields`, `${rec.count}`);
        for (const c of numeric) {
            const v = (0,number_parse/* parseNumberBytes */.oX)(rec.buf, rec.start[c.index], rec.end[c.index]);
            if (Number.isFinite(v) && (!c.int || Number.isInteger(v))) {
                c.values.push(v);
                continue;
            }
            const raw = (0,byte_csv_reader/* fieldText */.gF)(rec, c.index);
            if (NULLS.has(raw.trim()) && !c.int)
                c.values.push(Number.NaN);
            else
                throw problem(`Feature "${c.name}" is not ${c.int ? 'an integer' : 'a number'}`, c.int ? 'an integer' : 'a number, or an empty cell for a missing value', JSON.stringify(raw));
        }
        for (const c of text)
            c.values.push((0,byte_csv_reader/* fieldText */.gF)(rec, c.index));
        for (const t of truth)
            t.values.push(t.index < 0 ? '' : (0,byte_csv_reader/* fieldText */.gF)(rec, t.index).trim());
        if (stampIndex >= 0) {
            const raw = (0,byte_csv_reader/* fieldText */.gF)(rec, stampIndex);
            const at = (0,timestamp/* parseTimestamp */.EH)(raw);
            if (Number.isNaN(at))
                throw problem('Unparsable timestamp', 'an RFC 3339 date-time or a date (2015-01-31)', JSON.stringify(raw));
            stamps.push(at);
            dateOnly.push(/^\s*\d{4}-\d{2}-\d{2}\s*$/.test(raw));
        }
        if (idIndex >= 0) {
            const id = (0,byte_csv_reader/* fieldText */.gF)(rec, idIndex).trim();
            if (id === '')
                throw problem('Missing request id', 'a request id on every row', '""');
            ids.push(id);
        }
        else
            ids.push(`req-${String(rec.line - 1).padStart(7, '0')}`);
    });
    const rows = ids.length;
    if (rows === 0)
        throw new errors/* InputError */.dz({
            file: display,
            message: 'The requests file has no rows',
            expected: 'one row per recorded request',
            found: 'a header only',
        });
    const features = new Map();
    for (const c of numeric)
        features.set(c.name, Float64Array.from(c.values));
    for (const c of text)
        features.set(c.name, c.values);
    return {
        rows,
        features,
        at: schedule(rows, spec.clock, stamps, dateOnly),
        ids,
        truth: truth.map((t) => (t.index < 0 ? undefined : t.values)),
    };
}
/** The time of each request: its timestamp, a date spread over its day, or K requests a day from the start date. */
function schedule(rows, clock, stamps, dateOnly) {
    const at = new Float64Array(rows);
    if ('rowsPerDay' in clock) {
        const start = (0,timestamp/* utcDay */.dA)((0,timestamp/* parseTimestamp */.EH)(clock.start));
        for (let i = 0; i < rows; i++) {
            const k = i % clock.rowsPerDay;
            at[i] =
                (start + Math.floor(i / clock.rowsPerDay)) * DAY_MS +
                    Math.floor((k * DAY_MS) / clock.rowsPerDay);
        }
        return at;
    }
    const perDay = new Map();
    for (let i = 0; i < rows; i++)
        if (dateOnly[i])
            perDay.set(stamps[i], (perDay.get(stamps[i]) ?? 0) + 1);
    const seen = new Map();
    for (let i = 0; i < rows; i++) {
        if (!dateOnly[i]) {
            at[i] = stamps[i];
            continue;
        }
        const k = seen.get(stamps[i]) ?? 0;
        seen.set(stamps[i], k + 1);
        at[i] = stamps[i] + Math.floor((k * DAY_MS) / perDay.get(stamps[i]));
    }
    return at;
}
/**
 * The shadow log: timestamp, request id, both models' predictions (and
 * interval bounds), the ground truth when the requests had it, both latencies
 * and the shadow error column, named as ssot/shadow.json names them, in time
 * order. CSV, or JSON Lines (one object per request, null for an empty cell).
 */
function shadowLog(format, spec, requests, production, shadow, classes) {
    const columns = [spec.timestamp.name, spec.requestId.name];
    const regression = spec.task === 'regression';
    const bounds = (r, k) => regression && r.predictions.targets[k]?.lower !== undefined;
    spec.variables.forEach((v, k) => {
        columns.push(v.production.name, v.shadow.name);
        if (bounds(production, k))
            columns.push(v.productionLower.name, v.productionUpper.name);
        if (bounds(shadow, k))
            columns.push(v.shadowLower.name, v.shadowUpper.name);
        if (requests.truth[k])
            columns.push(v.truth.name);
    });
    columns.push(spec.productionLatency.name, spec.shadowLatency.name, spec.error.name);
    const label = (p, i) => classes?.[p.predictedClass[i]] ?? null;
    const truth = (cell) => {
        if (cell === '' || NULLS.has(cell))
            return null;
        const n = Number(cell);
        return regression && cell.trim() !== '' && Number.isFinite(n) ? n : cell;
    };
    const lines = format === 'csv' ? [columns.map(csvCell).join(',')] : [];
    // In time order, as traffic is logged (stable: requests at the same instant keep their file order).
    const order = Array.from({ length: requests.rows }, (_, i) => i).sort((a, b) => requests.at[a] - requests.at[b] || a - b);
    for (const i of order) {
        const cells = [
            new Date(requests.at[i]).toISOString(),
            requests.ids[i],
        ];
        spec.variables.forEach((_, k) => {
            const pt = production.predictions.targets[k];
            const st = shadow.predictions.targets[k];
            if (regression) {
                cells.push(pt.prediction[i], st.prediction[i]);
                if (bounds(production, k))
                    cells.push(pt.lower[i], pt.upper[i]);
                if (bounds(shadow, k))
                    cells.push(st.lower[i], st.upper[i]);
            }
            else
                cells.push(label(production.predictions, i), label(shadow.predictions, i));
            const t = requests.truth[k];
            if (t)
                cells.push(format === 'csv' ? t[i] : truth(t[i]));
        });
        const ms = (r) => (r.latencyMs ? Number(r.latencyMs[i].toFixed(4)) : null);
        cells.push(ms(production), ms(shadow), null);
        lines.push(format === 'csv'
            ? cells.map((c) => csvCell(c === null ? '' : String(c))).join(',')
            : JSON.stringify(Object.fromEntries(columns.map((c, q) => [c, cells[q]]))));
    }
    return `${lines.join('\n')}\n`;
}
function csvCell(value) {
    return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

// EXTERNAL MODULE: ./build/src/engine/inputs.js
var inputs = __webpack_require__(49935);
// EXTERNAL MODULE: ./build/src/contract/digits.js
var digits = __webpack_require__(70020);
;// CONCATENATED MODULE: ./build/src/cli/shadow-replay-command.js













const USAGE = 'modelgate shadow-replay --candidate A.onnx --production B.onnx --requests FILE --out LOG.csv|LOG.jsonl [--ssot DIR] [--option timestamp-column=COL | --option start=YYYY-MM-DD --option rows-per-day=K] [--option request-id-column=COL] [--option latency=off] [--option batch-size=N]';
const OPTIONS = [
    'timestamp-column',
    'start',
    'rows-per-day',
    'request-id-column',
    'latency',
    'batch-size',
];
/**
 * `modelgate shadow-replay`: runs recorded requests through the production
 * model and the candidate (the shadow) with onnxruntime, as ssot/model.json
 * maps them, and writes the shadow log G4 judges (columns as
 * ssot/shadow.json names them). Each request is also run alone and timed,
 * for the latency columns (`latency=off` leaves them empty).
 */
async function runShadowReplayCommand(args, io) {
    if (!args.candidate ||
        !args.production ||
        !args.requests ||
        !/\.(csv|jsonl|ndjson)$/i.test(args.out))
        throw new errors/* InputError */.dz({
            message: 'shadow-replay needs two models, the requests and the log to write',
            expected: USAGE,
            found: !args.candidate
                ? 'no --candidate'
                : !args.production
                    ? 'no --production'
                    : !args.requests
                        ? 'no --requests'
                        : `--out ${JSON.stringify(args.out)} (the log is a .csv, .jsonl or .ndjson file)`,
        });
    const options = (0,inputs/* parseOptions */.Ac)(args.options);
    for (const k of Object.keys(options))
        if (!OPTIONS.includes(k))
            throw new errors/* InputError */.dz({
                message: `Unknown shadow-replay option ${JSON.stringify(k)}`,
                expected: `one of ${OPTIONS.join(', ')}`,
                found: k,
            });
    const workspace = new io_workspace/* Workspace */.a(io.cwd);
    const ssot = new ssot_ssot/* Ssot */.Q(workspace, args.ssot);
    const model = await ssot.model();
    const modelFile = ssot.display('model.json');
    const targets = (0,model_config/* resolveTargets */.h5)(model, modelFile);
    const classes = (0,model_config/* classNames */.xW)(model, modelFile);
    const config = ssot.has('shadow.json')
        ? await ssot.json('shadow.json', 'shadow')
        : { days: 1 };
    const spec = (0,g4_config/* logSpec */.I)(config, ssot.display('shadow.json'), model.task, targets.map((t) => t.name), classes);
    const requestsPath = workspace.resolve(args.requests, 'requests');
    const requests = await readRequests(requestsPath, workspace.display(requestsPath), {
        features: model.features,
        targets,
        clock: clockOf(options),
        ...(options['request-id-column'] ? { idColumn: options['request-id-column'] } : {}),
    });
    const io_ = (0,model_io/* modelIoFor */.T)(model, targets, classes);
    const latency = (options.latency ?? 'on') !== 'off';
    const batch = Number(options['batch-size'] ?? 65_536);
    if (!Number.isInteger(batch) || batch < 1)
        throw new errors/* InputError */.dz({
            message: 'Invalid option batch-size',
            expected: 'a whole number >= 1',
            found: JSON.stringify(options['batch-size']),
        });
    const run = async (path) => {
        const absolute = workspace.resolve(path, 'model');
        const m = await runner/* LoadedModel */.D.open(absolute, workspace.display(absolute), io_);
        try {
            const predictions = await m.predict(requests.features, requests.rows, batch);
            // One request at a time, in order, after the batch run warmed the session: each row's own latency.
            const latencyMs = latency
                ? await m.measureLatency(requests.features, requests.rows, 0, requests.rows)
                : undefined;
            return { predictions, ...(latencyMs ? { latencyMs } : {}) };
        }
        finally {
            await m.close();
        }
    };
    const production = await run(args.production);
    const shadow = await run(args.candidate);
    const out = workspace.resolve(args.out, 'shadow log');
    const dir = out.slice(0, Math.max(out.lastIndexOf('/'), 0));
    if (dir && !(0,external_node_fs_.existsSync)(dir))
        throw new errors/* InputError */.dz({
            file: args.out,
            message: 'Cannot write the shadow log: its folder does not exist',
            expected: 'an existing folder',
            found: 'no such folder',
        });
    const format = /\.csv$/i.test(out) ? 'csv' : 'jsonl';
    await (0,promises_.writeFile)(out, shadowLog(format, spec, requests, production, shadow, classes)).catch((error) => {
        throw new errors/* InputError */.dz({
            file: args.out,
            message: `Cannot write the shadow log (${error.code ?? error.message})`,
            expected: 'a writable file path (not a folder)',
            found: error.code === 'EISDIR' ? 'a folder' : (error.code ?? 'an unwritable path'),
        });
    });
    const days = new Set(Array.from(requests.at, (t) => Math.floor(t / 86_400_000))).size;
    io.stderr(`modelgate: replayed ${(0,digits/* groupDigits */.K)(requests.rows)} requests over ${days} UTC days through ${args.production} (production) and ${args.candidate} (shadow) -> ${workspace.display(out)}\n`);
    return 0;
}
function clockOf(options) {
    const column = options['timestamp-column'];
    const start = options.start;
    const perDay = options['rows-per-day'];
    if (column !== undefined && (start !== undefined || perDay !== undefined))
        throw new errors/* InputError */.dz({
            message: 'shadow-replay takes its timestamps from a column or from its own clock, not both',
            expected: 'timestamp-column=COL, or start=YYYY-MM-DD with rows-per-day=K',
            found: 'both',
        });
    if (column !== undefined)
        return { column };
    if (start === undefined && perDay === undefined)
        return { column: 'timestamp' };
    const k = Number(perDay);
    if (start === undefined || Number.isNaN((0,timestamp/* parseTimestamp */.EH)(start)) || !Number.isInteger(k) || k < 1)
        throw new errors/* InputError */.dz({
            message: 'Invalid replay clock',
            expected: 'start=YYYY-MM-DD and rows-per-day=K (a whole number >= 1)',
            found: `start=${JSON.stringify(start ?? '')}, rows-per-day=${JSON.stringify(perDay ?? '')}`,
        });
    return { start, rowsPerDay: k };
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

/***/ 83156:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ parseTimestamp),
/* harmony export */   dA: () => (/* binding */ utcDay),
/* harmony export */   nt: () => (/* binding */ dayLabel)
/* harmony export */ });
/**
 * Timestamps of the shadow log: RFC 3339 date-times (`2015-01-31T12:00:00Z`,
 * `2015-01-31 12:00:00.123+01:00`), read as UTC when they carry no offset,
 * and plain dates (`2015-01-31`, the whole UTC day). A shadow day is the UTC
 * calendar day of the instant.
 */
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?([Zz]|[+-]\d{2}:?\d{2})?)?$/;
const DAY_MS = 86_400_000;
/** Milliseconds since the epoch (UTC), or NaN when the text is not such a timestamp or names an impossible date. */
function parseTimestamp(raw) {
    const m = PATTERN.exec(raw.trim());
    if (!m)
        return Number.NaN;
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    const h = m[4] === undefined ? 0 : Number(m[4]);
    const mi = m[5] === undefined ? 0 : Number(m[5]);
    const s = m[6] === undefined ? 0 : Number(m[6]);
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo))
        return Number.NaN;
    if (h > 23 || mi > 59 || s > 60)
        return Number.NaN;
    const fraction = m[7] ? Number(`0.${m[7]}`) * 1000 : 0;
    let offset = 0;
    const zone = m[8];
    if (zone && zone !== 'Z' && zone !== 'z') {
        const digits = zone.replace(':', '');
        const oh = Number(digits.slice(1, 3));
        const om = Number(digits.slice(3, 5));
        if (oh > 23 || om > 59)
            return Number.NaN;
        offset = (zone[0] === '-' ? -1 : 1) * (oh * 60 + om) * 60_000;
    }
    const at = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59)) + fraction - offset;
    // Date.UTC maps years 0-99 to 1900-1999; such logs are mistakes, refused rather than shifted.
    return y < 1970 || y > 9999 ? Number.NaN : at;
}
/** The UTC day number (days since 1970-01-01) of an instant. */
function utcDay(ms) {
    return Math.floor(ms / DAY_MS);
}
/** `2015-01-31` for a UTC day number. */
function dayLabel(day) {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysInMonth(year, month) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return month === 2 && leap ? 29 : DAYS[month - 1];
}


/***/ })

};
