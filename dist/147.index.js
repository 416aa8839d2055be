export const id = 147;
export const ids = [147];
export const modules = {

/***/ 57503:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ki: () => (/* binding */ DECIMAL_COMMA),
/* harmony export */   mH: () => (/* binding */ parseFailure),
/* harmony export */   oX: () => (/* binding */ parseNumberBytes)
/* harmony export */ });
/* unused harmony export NOT_A_NUMBER */
/**
 * Numeric casting rule for CSV cells, the same for every gate:
 * - surrounding spaces and tabs are ignored (` 12 ` is 12, as pandas and Python do);
 * - the grammar is `[+-]digits[.digits][(e|E)[+-]digits]`, with digits optional on one
 *   side of the point (`.5`, `5.`), so `1e3` is 1000;
 * - a decimal comma (`1,5`) is rejected with its own message: the delimiter is a comma;
 * - `NaN`, `Infinity`, hex and anything else are not numbers (null tokens such as
 *   `NaN` are handled before this, by the schema's `nullValues`).
 * The result is correctly rounded: exactly what `Number()` returns for the same text.
 */
const NOT_A_NUMBER = 1;
const DECIMAL_COMMA = 2;
/** Exact powers of ten representable in a double. */
const POW10 = [
    1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17,
    1e18, 1e19, 1e20, 1e21, 1e22,
];
/** Why the last `parseNumberBytes` call returned NaN (0 when it succeeded). */
let parseFailure = 0;
/**
 * Parses `buf[s, e)` as a number. Returns NaN and sets `parseFailure` when the
 * text does not follow the rule above. Fast path (Clinger): up to 15
 * significant digits with a decimal exponent within ±22 is exact with one
 * multiplication or division; anything else falls back to `Number()`.
 */
function parseNumberBytes(buf, s, e) {
    while (s < e && (buf[s] === 32 || buf[s] === 9))
        s++;
    while (e > s && (buf[e - 1] === 32 || buf[e - 1] === 9))
        e--;
    const begin = s;
    let negative = false;
    if (s < e && (buf[s] === 45 || buf[s] === 43)) {
        negative = buf[s] === 45;
        s++;
    }
    let mantissa = 0;
    let sig = 0;
    let exp10 = 0;
    let digits = 0;
    let c;
    while (s < e) {
        c = buf[s] - 48;
        if (c < 0 || c > 9)
            break;
        if (sig > 0 || c !== 0) {
            if (sig < 19)
                mantissa = mantissa * 10 + c;
            else
                exp10++;
            sig++;
        }
        digits++;
        s++;
    }
    if (s < e && buf[s] === 46) {
        s++;
        while (s < e) {
            c = buf[s] - 48;
            if (c < 0 || c > 9)
                break;
            if (sig > 0 || c !== 0) {
                if (sig < 19) {
                    mantissa = mantissa * 10 + c;
                    exp10--;
                }
                sig++;
            }
            else {
                exp10--;
            }
            digits++;
            s++;
        }
    }
    else if (s < e && buf[s] === 44) {
        parseFailure = DECIMAL_COMMA;
        return Number.NaN;
    }
    if (digits === 0) {
        parseFailure = NOT_A_NUMBER;
        return Number.NaN;
    }
    if (s < e && (buf[s] === 101 || buf[s] === 69)) {
        s++;
        let expNegative = false;
        if (s < e && (buf[s] === 45 || buf[s] === 43)) {
            expNegative = buf[s] === 45;
            s++;
        }
        let expDigits = 0;
        let exp = 0;
        while (s < e) {
            c = buf[s] - 48;
            if (c < 0 || c > 9)
                break;
            if (exp < 100000)
                exp = exp * 10 + c;
            expDigits++;
            s++;
        }
        if (expDigits === 0) {
            parseFailure = NOT_A_NUMBER;
            return Number.NaN;
        }
        exp10 += expNegative ? -exp : exp;
    }
    if (s !== e) {
        parseFailure = buf[s] === 44 ? DECIMAL_COMMA : NOT_A_NUMBER;
        return Number.NaN;
    }
    parseFailure = 0;
    let value;
    if (sig <= 15 && exp10 >= -22 && exp10 <= 22) {
        value = exp10 < 0 ? mantissa / POW10[-exp10] : mantissa * POW10[exp10];
    }
    else if (sig === 0) {
        value = 0;
    }
    else {
        value = Math.abs(Number(String.fromCharCode(...buf.subarray(begin, e))));
    }
    return negative ? -value : value;
}


/***/ }),

/***/ 31147:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readShadowLog: () => (/* binding */ readShadowLog)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(80481);
// EXTERNAL MODULE: ./build/src/csv/byte-csv-reader.js + 1 modules
var byte_csv_reader = __webpack_require__(51111);
// EXTERNAL MODULE: ./build/src/csv/range-workers.js + 2 modules
var range_workers = __webpack_require__(58348);
// EXTERNAL MODULE: ./build/src/csv/number-parse.js
var number_parse = __webpack_require__(57503);
// EXTERNAL MODULE: ./build/src/contract/errors.js
var errors = __webpack_require__(68081);
// EXTERNAL MODULE: ./build/src/io/file-errors.js
var file_errors = __webpack_require__(24480);
// EXTERNAL MODULE: ./build/src/onnx/class-map.js
var class_map = __webpack_require__(1334);
// EXTERNAL MODULE: ./build/src/ssot/data-schema.js
var data_schema = __webpack_require__(51083);
// EXTERNAL MODULE: ./build/src/gates/g4/timestamp.js
var timestamp = __webpack_require__(83156);
;// CONCATENATED MODULE: ./build/src/gates/g4/log-rows.js




const NULLS = new Set(data_schema/* DEFAULT_NULL_VALUES */.L);
/**
 * Collects the log's rows, checking each cell as it comes. The columns are
 * located once from the header: the timestamp, request id and both models'
 * predictions are required; the ground truth, interval bounds, latencies and
 * error column are optional, unless ssot/shadow.json names them.
 */
class LogRows {
    spec;
    file;
    day = new Grow(Int32Array);
    line = new Grow(Int32Array);
    failed = new Grow(Uint8Array);
    requestIds = [];
    timestamp;
    requestId;
    error;
    shadowLatency;
    productionLatency;
    variables;
    /** Every variable column as [role, column], flattened once for the per-row loop. */
    cells;
    classes;
    present = [];
    constructor(spec, file, header, headerLine = 1) {
        this.spec = spec;
        this.file = file;
        const find = (c, what, required) => {
            const i = header.indexOf(c.name);
            if (i >= 0 || (!required && c.pointer === undefined)) {
                if (i >= 0 && !required)
                    this.present.push(c.name);
                return i;
            }
            throw new errors/* InputError */.dz({
                file,
                line: headerLine,
                message: `The shadow log has no column "${c.name}" (${what})`,
                expected: `a column "${c.name}"${c.pointer !== undefined ? `, as ${spec.configFile} names it at ${c.pointer}` : ` (the default name; ${spec.configFile} /columns can name another)`}`,
                found: `columns ${header.map((h) => JSON.stringify(h)).join(', ') || 'none'}`,
            });
        };
        const bound = (c, what, required) => {
            const index = find(c, what, required);
            return index < 0 ? undefined : { index, what, values: new Grow(Float64Array) };
        };
        this.timestamp = find(spec.timestamp, 'the time each request was served', true);
        this.requestId = find(spec.requestId, 'the id of each request', true);
        this.error = find(spec.error, "the shadow model's error", false);
        this.shadowLatency = bound(spec.shadowLatency, "the shadow model's latency in ms", false);
        this.productionLatency = bound(spec.productionLatency, "the production model's latency in ms", false);
        if (spec.task !== 'regression')
            this.classes = new class_map/* ClassMap */.D(spec.classes ?? []);
        this.variables = spec.variables.map((v) => {
            const columns = {
                production: bound(v.production, `the production model's prediction of ${v.name}`, true),
                shadow: bound(v.shadow, `the shadow model's prediction of ${v.name}`, true),
            };
            const optional = (role, what) => {
                const b = bound(v[role], what, false);
                if (b)
                    columns[role] = b;
            };
            optional('truth', `the ground truth of ${v.name}`);
            if (spec.task === 'regression') {
                for (const who of ['production', 'shadow']) {
                    const lower = `${who}Lower`;
                    const upper = `${who}Upper`;
                    optional(lower, `the ${who} model's lower interval bound of ${v.name}`);
                    optional(upper, `the ${who} model's upper interval bound of ${v.name}`);
                    if ((columns[lower] === undefined) !== (columns[upper] === undefined)) {
                        const missing = columns[lower] ? v[upper] : v[lower];
                        throw new errors/* InputError */.dz({
                            file,
                            line: headerLine,
                            message: `The shadow log has one interval bound of ${v.name} for the ${who} model without the other`,
                            expected: `both "${v[lower].name}" and "${v[upper].name}", or neither`,
                            found: `no column "${missing.name}"`,
                        });
                    }
                }
            }
            return { name: v.name, columns };
        });
        this.cells = this.variables.flatMap((v) => Object.entries(v.columns));
    }
    add(cells, line) {
        const problem = (message, expected, found) => new errors/* InputError */.dz({ file: this.file, line, message, expected, found });
        const stamp = cells.text(this.timestamp);
        const at = (0,timestamp/* parseTimestamp */.EH)(stamp);
        if (Number.isNaN(at))
            throw problem(`Unparsable timestamp in column "${this.spec.timestamp.name}"`, 'an RFC 3339 date-time (2015-01-31T12:00:00Z; without an offset it is UTC) or a date (2015-01-31)', JSON.stringify(stamp));
        const id = cells.text(this.requestId).trim();
        if (NULLS.has(id))
            throw problem(`Missing request id in column "${this.spec.requestId.name}"`, 'a unique id on every row', JSON.stringify(id));
        const failed = this.error >= 0 && !NULLS.has(cells.text(this.error).trim());
        this.day.push((0,timestamp/* utcDay */.dA)(at));
        this.line.push(line);
        this.failed.push(failed ? 1 : 0);
        this.requestIds.push(id);
        for (const [role, b] of this.cells) {
            // The shadow's own outputs may be empty on a row where it failed; ground truth may always be empty.
            const mayBeEmpty = role === 'truth' || (failed && role.startsWith('shadow'));
            b.values.push(this.value(cells, b, mayBeEmpty, role, problem));
        }
        for (const b of [this.shadowLatency, this.productionLatency]) {
            if (!b)
                continue;
            const ms = cells.number(b.index);
            if (Number.isFinite(ms) && ms >= 0)
                b.values.push(ms);
            else if (NULLS.has(cells.text(b.index).trim()))
                b.values.push(Number.NaN);
            else
                throw problem(`Invalid latency in column "${header(this.spec, b)}"`, 'a number of milliseconds >= 0, or an empty cell', JSON.stringify(cells.text(b.index)));
        }
    }
    value(cells, b, mayBeEmpty, role, problem) {
        const isClass = this.classes !== undefined && (role === 'production' || role === 'shadow' || role === 'truth');
        if (!isClass) {
            const v = cells.number(b.index);
            if (Number.isFinite(v))
                return v;
        }
        const raw = cells.text(b.index);
        if (NULLS.has(raw.trim())) {
            if (mayBeEmpty)
                return Number.NaN;
            throw problem(`Missing ${b.what}`, role === 'shadow' || role.startsWith('shadow')
                ? 'a value on every row where the shadow model did not fail (a failed row has a non-empty error column)'
                : 'a value on every row', JSON.stringify(raw));
        }
        if (isClass) {
            const c = this.classes.ofCell(raw);
            if (c >= 0)
                return c;
            throw problem(`${capitalize(b.what)} is not one of the model's classes`, `one of ${this.classes.describe()} (ssot/model.json classes)`, JSON.stringify(raw));
        }
        throw problem(`${capitalize(b.what)} is not a number`, 'a finite number', JSON.stringify(raw));
    }
    finish() {
        const lat = (b) => b?.values.toArray();
        const shadowLatency = lat(this.shadowLatency);
        const productionLatency = lat(this.productionLatency);
        return {
            rows: this.line.length,
            day: this.day.toArray(),
            line: this.line.toArray(),
            failed: this.failed.toArray(),
            requestIds: this.requestIds,
            variables: this.variables.map((v) => {
                const out = { name: v.name };
                for (const [role, b] of Object.entries(v.columns))
                    out[role] = b.values.toArray();
                return out;
            }),
            ...(shadowLatency ? { shadowLatency } : {}),
            ...(productionLatency ? { productionLatency } : {}),
            present: this.present,
            hasErrorColumn: this.error >= 0,
        };
    }
}
function header(spec, b) {
    return b.what.includes('shadow') ? spec.shadowLatency.name : spec.productionLatency.name;
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/** A typed array that doubles when full. */
class Grow {
    Make;
    data;
    length = 0;
    constructor(Make) {
        this.Make = Make;
        this.data = new Make(1024);
    }
    push(v) {
        if (this.length === this.data.length) {
            const bigger = new this.Make(this.data.length * 2);
            bigger.set(this.data);
            this.data = bigger;
        }
        this.data[this.length++] = v;
    }
    toArray() {
        return this.data.slice(0, this.length);
    }
}

;// CONCATENATED MODULE: ./build/src/gates/g4/log.js








/**
 * Reads a shadow log: CSV with the byte reader (in worker threads for a large,
 * quote-free file), or JSON Lines (`.jsonl`, `.ndjson`: one object per line,
 * keys as column names, null for an empty cell). Every problem names the file
 * and line: an unparsable timestamp, a missing column, a prediction that is
 * not a number or not a class, a duplicate request id.
 */
async function readShadowLog(absolute, display, spec, threads, options = {}) {
    let parts;
    let digest;
    if (/\.(jsonl|ndjson)$/i.test(absolute)) {
        parts = [{ part: await readJsonLines(absolute, display, spec), firstLine: 0 }];
    }
    else {
        const run = await (0,range_workers/* runRangeTask */.W3)('shadow-log', absolute, display, threads, spec, { ...options, digest: true });
        digest = run?.digest;
        parts = run
            ? run.parts.map((p) => ({ part: p.result, firstLine: p.firstLine }))
            : [{ part: await readCsvPart(absolute, display, spec), firstLine: 0 }];
    }
    const log = mergeParts(parts, display);
    return digest ? { ...log, digest } : log;
}
(0,range_workers/* defineRangeTask */.sG)('shadow-log', async (job) => {
    const part = await readCsvPart(job.absolute, job.display, job.params, {
        ...job.range,
        header: job.header,
    });
    return { result: part, rows: part.rows, lines: part.nextLine };
});
async function readCsvPart(absolute, display, spec, range) {
    let rows;
    let width = 0;
    const onHeader = (header) => {
        width = header.length;
        rows = new LogRows(spec, display, header);
    };
    if (range)
        onHeader(range.header);
    const cells = {
        text: (i) => (0,byte_csv_reader/* fieldText */.gF)(cells.rec, i),
        number: (i) => (0,number_parse/* parseNumberBytes */.oX)(cells.rec.buf, cells.rec.start[i], cells.rec.end[i]),
    };
    const summary = await (0,byte_csv_reader/* readCsvFile */.FU)(absolute, { displayPath: display, ...(range ? { range } : {}) }, onHeader, (rec) => {
        if (rec.count !== width)
            throw new errors/* InputError */.dz({
                file: display,
                line: rec.line,
                message: `The row has ${rec.count} field${rec.count === 1 ? '' : 's'} and the header ${width}`,
                expected: `${width} fields, as in the header`,
                found: `${rec.count}`,
            });
        cells.rec = rec;
        rows.add(cells, rec.line);
    });
    return { ...rows.finish(), nextLine: summary.nextLine };
}
async function readJsonLines(absolute, display, spec) {
    const stream = (0,external_node_fs_.createReadStream)(absolute);
    const opened = new Promise((resolve, reject) => {
        stream.once('open', () => resolve());
        stream.once('error', reject);
    });
    try {
        await opened;
    }
    catch (error) {
        throw (0,file_errors/* unreadableFile */._)(error, display, 'a readable JSON Lines file');
    }
    let rows;
    let keys = [];
    let line = 0;
    let current = {};
    const value = (i) => current[keys[i]];
    const cells = {
        text: (i) => {
            const v = value(i);
            return v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);
        },
        number: (i) => {
            const v = value(i);
            if (typeof v === 'number')
                return v;
            if (typeof v !== 'string')
                return Number.NaN;
            const bytes = Buffer.from(v, 'utf8');
            return (0,number_parse/* parseNumberBytes */.oX)(bytes, 0, bytes.length);
        },
    };
    for await (const text of (0,external_node_readline_.createInterface)({ input: stream, crlfDelay: Infinity })) {
        line++;
        if (text.trim() === '')
            continue;
        let parsed;
        try {
            parsed = JSON.parse(text);
        }
        catch (error) {
            throw new errors/* InputError */.dz({
                file: display,
                line,
                message: 'The line is not valid JSON',
                expected: 'one JSON object per line',
                found: error.message,
            });
        }
        if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
            throw new errors/* InputError */.dz({
                file: display,
                line,
                message: 'The line is not a JSON object',
                expected: 'one JSON object per line',
                found: Array.isArray(parsed) ? 'an array' : String(parsed),
            });
        current = parsed;
        if (!rows) {
            // The first object's keys are the columns; a later row may leave optional ones out (empty cells).
            keys = Object.keys(current);
            rows = new LogRows(spec, display, keys, line);
        }
        rows.add(cells, line);
    }
    if (!rows)
        throw new errors/* InputError */.dz({
            file: display,
            message: 'The shadow log is empty',
            expected: 'one JSON object per line',
            found: line === 0 ? '0 lines' : 'only blank lines',
        });
    return rows.finish();
}
function mergeParts(parts, display) {
    const rows = parts.reduce((n, p) => n + p.part.rows, 0);
    if (rows === 0)
        throw new errors/* InputError */.dz({
            file: display,
            message: 'The shadow log has no rows',
            expected: 'one row per request served during the shadow period',
            found: 'a header only',
        });
    const first = parts[0].part;
    const f64 = (get) => concat(parts.map((p) => get(p.part)), Float64Array);
    const line = new Int32Array(rows);
    let at = 0;
    for (const { part, firstLine } of parts)
        for (let i = 0; i < part.rows; i++)
            line[at++] = part.line[i] + firstLine;
    // Request ids must be unique: a request logged twice (a log appended twice) would count twice.
    const seen = new Map();
    at = 0;
    for (const { part } of parts) {
        for (const id of part.requestIds) {
            const before = seen.get(id);
            if (before !== undefined)
                throw new errors/* InputError */.dz({
                    file: display,
                    line: line[at],
                    message: `Request id ${JSON.stringify(id)} is logged twice (first at line ${line[before]})`,
                    expected: 'one row per request (unique request ids)',
                    found: `a second row for ${JSON.stringify(id)}`,
                });
            seen.set(id, at++);
        }
    }
    return {
        rows,
        day: concat(parts.map((p) => p.part.day), Int32Array),
        line,
        failed: concat(parts.map((p) => p.part.failed), Uint8Array),
        variables: first.variables.map((v, k) => {
            const out = {
                name: v.name,
                production: f64((p) => p.variables[k].production),
                shadow: f64((p) => p.variables[k].shadow),
            };
            for (const role of OPTIONAL_ROLES)
                if (v[role])
                    out[role] = f64((p) => p.variables[k][role]);
            return out;
        }),
        ...(first.shadowLatency ? { shadowLatency: f64((p) => p.shadowLatency) } : {}),
        ...(first.productionLatency ? { productionLatency: f64((p) => p.productionLatency) } : {}),
        present: first.present,
        hasErrorColumn: first.hasErrorColumn,
    };
}
const OPTIONAL_ROLES = [
    'truth',
    'productionLower',
    'productionUpper',
    'shadowLower',
    'shadowUpper',
];
function concat(arrays, Make) {
    const out = new Make(arrays.reduce((n, a) => n + a.length, 0));
    let at = 0;
    for (const a of arrays) {
        out.set(a, at);
        at += a.length;
    }
    return out;
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


/***/ }),

/***/ 1334:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ ClassMap)
/* harmony export */ });
/**
 * Class labels by value. A classifier's label output holds label values, not
 * class indexes: skl2onnx emits the training labels themselves ("no"/"yes",
 * or 1/2/3), so G1 maps them, and the holdout's label column, through the
 * classes declared in ssot/model.json (in the order of the probability
 * columns) to class indexes 0..K-1. `1` and `"1"` are the same label: labels
 * are compared by their text, and a numeric cell ("1.0") also matches an
 * integer class (1) by value.
 */
class ClassMap {
    names;
    byText;
    byNumber = new Map();
    byBigInt = new Map();
    constructor(names) {
        this.names = names;
        this.byText = new Map(names.map((n, i) => [n, i]));
        names.forEach((n, i) => {
            if (!/^[+-]?\d+$/.test(n))
                return;
            this.byNumber.set(Number(n), i);
            this.byBigInt.set(BigInt(n), i);
        });
    }
    get size() {
        return this.names.length;
    }
    /** Index of a value from the model's label output, or -1 when it is not a declared class. */
    ofOutput(value) {
        if (typeof value === 'string')
            return this.byText.get(value) ?? -1;
        if (typeof value === 'bigint')
            return this.byBigInt.get(value) ?? -1;
        return this.byNumber.get(value) ?? this.byText.get(String(value)) ?? -1;
    }
    /** Index of a holdout cell: its exact text, else its numeric value for integer classes; -1 when unknown. */
    ofCell(text) {
        const exact = this.byText.get(text);
        if (exact !== undefined)
            return exact;
        if (this.byNumber.size === 0)
            return -1;
        const trimmed = text.trim();
        if (trimmed === '' || !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed))
            return -1;
        return this.byNumber.get(Number(trimmed)) ?? -1;
    }
    /** The declared classes, for messages: `"no", "yes"`. */
    describe() {
        return this.names.map((n) => JSON.stringify(n)).join(', ');
    }
}


/***/ })

};
