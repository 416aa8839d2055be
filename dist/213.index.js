export const id = 213;
export const ids = [213];
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

/***/ 14213:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateFileParallel: () => (/* binding */ validateFileParallel)
/* harmony export */ });
/* harmony import */ var _csv_byte_csv_reader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51111);
/* harmony import */ var _csv_range_workers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58348);
/* harmony import */ var _profile_bottom_k_sample_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58487);
/* harmony import */ var _table_validator_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17994);




/** Each thread keeps one validator for all the chunks it reads; the violations go back per chunk. */
(0,_csv_range_workers_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRangeTask */ .sG)('G0', async (job, scope) => {
    let validator = scope.validator;
    if (!validator) {
        validator = new _table_validator_js__WEBPACK_IMPORTED_MODULE_2__/* .TableValidator */ .B(job.params.schema, job.display, job.params.role);
        validator.onHeader(job.header, 1);
        validator.shareSampleBars(new BigInt64Array(job.params.bars));
        scope.validator = validator;
    }
    const v = validator;
    const summary = await (0,_csv_byte_csv_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .readCsvFile */ .FU)(job.absolute, {
        displayPath: job.display,
        range: { ...job.range, header: job.header },
        scanLine: (buf, from, limit, line, offset) => v.scanLine(buf, from, limit, line, offset),
    }, () => { }, (rec) => v.onRecord(rec));
    return { result: v.takeChunk(), rows: summary.rows, lines: summary.nextLine };
}, (scope) => scope.validator?.partial());
/**
 * Validates a file in chunks on up to `threads` threads, and hashes it on
 * whichever thread is free first; returns undefined when G0 must read it
 * sequentially.
 */
async function validateFileParallel(absolute, display, role, schema, threads, options = {}) {
    if (schema.dataset.unique.length > 0)
        return undefined;
    const run = await (0,_csv_range_workers_js__WEBPACK_IMPORTED_MODULE_1__/* .runRangeTask */ .W3)('G0', absolute, display, threads, { role, schema, bars: (0,_profile_bottom_k_sample_js__WEBPACK_IMPORTED_MODULE_3__/* .sharedBars */ .yV)(schema.columns.length) }, { ...options, digest: true });
    if (!run?.digest)
        return undefined;
    const fresh = new _table_validator_js__WEBPACK_IMPORTED_MODULE_2__/* .TableValidator */ .B(schema, display, role);
    if (fresh.onHeader(run.header, 1) !== undefined)
        return undefined;
    // The calling thread's validator already holds what it read: the others' merge into it.
    const validator = run.scope?.validator ?? fresh;
    let rows = 0;
    for (const part of run.parts) {
        validator.absorbChunk(part.result, part.firstLine);
        rows += part.rows;
    }
    for (const partial of run.threads)
        if (partial)
            validator.absorb(partial);
    const threadsUsed = run.threads.length + (run.scope ? 1 : 0);
    return {
        table: validator.finish(),
        summary: {
            header: run.header,
            rows,
            bytes: run.bytes,
            hadBom: run.hadBom,
            lineEnding: 'lf',
            nextLine: run.nextLine,
        },
        reader: `${run.parts.length} chunks on ${threadsUsed} thread${threadsUsed === 1 ? '' : 's'}`,
        digest: run.digest,
    };
}


/***/ }),

/***/ 17994:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* reexport */ CELL_RULES),
  B: () => (/* binding */ TableValidator)
});

// EXTERNAL MODULE: ./build/src/csv/byte-csv-reader.js + 1 modules
var byte_csv_reader = __webpack_require__(51111);
// EXTERNAL MODULE: ./build/src/profile/bottom-k-sample.js
var bottom_k_sample = __webpack_require__(58487);
// EXTERNAL MODULE: ./build/src/csv/number-parse.js
var number_parse = __webpack_require__(57503);
// EXTERNAL MODULE: ./build/src/stats/quantile.js
var quantile = __webpack_require__(38260);
;// CONCATENATED MODULE: ./build/src/profile/column-profile.js



/**
 * Streaming per-column statistics with memory that does not grow with the
 * file: Welford's mean and variance, min and max, a reproducible uniform sample
 * for quantiles (exact while the column has no more values than the
 * sample holds), and category counts up to a cap. The profile goes into
 * the evidence, and the drift check reuses it as its reference.
 */
const MAX_TRACKED_CATEGORIES = 10_000;
const TOP_CATEGORIES = 20;
const EMPTY_MOMENTS = { n: 0, mean: 0, m2: 0 };
/** Adds `b` to `a` (in place): `b` holds the values that come after `a`'s. */
function mergeMoments(a, b) {
    if (b.n === 0)
        return;
    const n = a.n + b.n;
    const d = b.mean - a.mean;
    a.mean += (d * b.n) / n;
    a.m2 += b.m2 + (d * d * a.n * b.n) / n;
    a.n = n;
}
class NumericProfile {
    count = 0;
    missing = 0;
    min = Number.POSITIVE_INFINITY;
    max = Number.NEGATIVE_INFINITY;
    moments = { ...EMPTY_MOMENTS };
    sample = new bottom_k_sample/* BottomKSample */.ho();
    /** Adds value `x` of a record whose sampling priority is `priority` (see samplePriority). */
    add(x, priority) {
        this.count++;
        if (x < this.min)
            this.min = x;
        if (x > this.max)
            this.max = x;
        const m = this.moments;
        const n = ++m.n;
        const d = x - m.mean;
        m.mean += d / n;
        m.m2 += d * (x - m.mean);
        this.sample.add(x, priority);
    }
    /**
     * Adds `n` values and their sampling priorities in bulk (the validator's
     * fast path). The block's moments come from the two-pass algorithm (the
     * block mean, then the sum of squared deviations from it, with the
     * usual correction term), which needs no division per value and is at
     * least as accurate as Welford's update; they merge into the running
     * moments with Chan's formula.
     */
    addBlock(xs, ps, n) {
        if (n === 0)
            return;
        const sample = this.sample;
        sample.syncBar();
        let lo = this.min;
        let hi = this.max;
        let sum = 0;
        for (let i = 0; i < n; i++) {
            const x = xs[i];
            sum += x;
            if (x < lo)
                lo = x;
            if (x > hi)
                hi = x;
            sample.add(x, ps[i]);
        }
        const mean = sum / n;
        let dev = 0;
        let sq = 0;
        for (let i = 0; i < n; i++) {
            const d = xs[i] - mean;
            dev += d;
            sq += d * d;
        }
        this.min = lo;
        this.max = hi;
        this.count += n;
        mergeMoments(this.moments, { n, mean: mean + dev / n, m2: Math.max(0, sq - (dev * dev) / n) });
    }
    /** Shares the sample's bar with the other threads reading this column (BottomKSample.shareBar). */
    shareSampleBar(shared, slot) {
        this.sample.shareBar(shared, slot);
    }
    /** The moments of the values added since the last call (one chunk of a file), and starts afresh. */
    takeMoments() {
        const taken = this.moments;
        this.moments = { ...EMPTY_MOMENTS };
        return taken;
    }
    /** Adds the next chunk's moments, in file order. */
    absorbMoments(m) {
        mergeMoments(this.moments, m);
    }
    /** Everything needed to merge this profile into another (for workers over byte ranges). */
    state() {
        return {
            count: this.count,
            missing: this.missing,
            min: this.min,
            max: this.max,
            moments: this.moments,
            ...this.sample.state(),
        };
    }
    /**
     * Merges another part of the same column: counts add, extremes combine,
     * the samples merge exactly (see BottomKSample), and the moments merge
     * as the next part's.
     */
    absorb(other) {
        this.missing += other.missing;
        this.count += other.count;
        this.min = Math.min(this.min, other.min);
        this.max = Math.max(this.max, other.max);
        mergeMoments(this.moments, other.moments);
        this.sample.absorb(other.sample, other.priorities);
    }
    finish(file, column, type, unit) {
        const base = {
            file,
            column,
            type,
            ...(unit !== undefined ? { unit } : {}),
            count: this.count,
            missing: this.missing,
        };
        if (this.count === 0)
            return base;
        const sample = this.sample.sorted();
        const q = (p) => (0,quantile/* quantileSorted */.Z)(sample, p);
        const sketchSize = Math.min(512, sample.length);
        const sketch = [];
        for (let i = 0; i < sketchSize; i++)
            sketch.push(q(sketchSize === 1 ? 0.5 : i / (sketchSize - 1)));
        return {
            ...base,
            min: this.min,
            max: this.max,
            mean: this.moments.mean,
            std: this.moments.n > 1 ? Math.sqrt(this.moments.m2 / (this.moments.n - 1)) : 0,
            quantiles: {
                p01: q(0.01),
                p05: q(0.05),
                p25: q(0.25),
                p50: q(0.5),
                p75: q(0.75),
                p95: q(0.95),
                p99: q(0.99),
            },
            quantilesApproximate: this.count > bottom_k_sample/* RESERVOIR_SIZE */.Mu,
            sketch,
        };
    }
}
class CategoricalProfile {
    count = 0;
    missing = 0;
    counts = new Map();
    capped = false;
    add(text) {
        this.addMany(text, 1);
    }
    /** Adds `n` cells of the same value. */
    addMany(text, n) {
        this.count += n;
        const value = text.length > MAX_CATEGORY_CHARS ? clipCategory(text) : text;
        const c = this.counts.get(value);
        if (c !== undefined)
            this.counts.set(value, c + n);
        else if (this.counts.size < MAX_TRACKED_CATEGORIES)
            this.counts.set(value, n);
        else
            this.capped = true;
    }
    state() {
        return {
            count: this.count,
            missing: this.missing,
            counts: [...this.counts],
            capped: this.capped,
        };
    }
    absorb(other) {
        this.missing += other.missing;
        this.count += other.count;
        this.capped ||= other.capped;
        for (const [value, c] of other.counts) {
            const mine = this.counts.get(value);
            if (mine !== undefined)
                this.counts.set(value, mine + c);
            else if (this.counts.size < MAX_TRACKED_CATEGORIES)
                this.counts.set(value, c);
            else
                this.capped = true;
        }
    }
    finish(file, column, type, unit) {
        const top = [...this.counts.entries()]
            .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
            .slice(0, TOP_CATEGORIES)
            .map(([value, count]) => ({ value, count }));
        return {
            file,
            column,
            type,
            ...(unit !== undefined ? { unit } : {}),
            count: this.count,
            missing: this.missing,
            top,
            distinct: this.counts.size,
            ...(this.capped ? { distinctCapped: true } : {}),
        };
    }
}
/** Categories longer than this are counted, and shown, by a clipped form (memory and evidence stay bounded). */
const MAX_CATEGORY_CHARS = 200;
/**
 * The first MAX_CATEGORY_CHARS characters, the length, and a 53-bit hash of
 * the whole value, so that long values that share a prefix still count apart.
 */
function clipCategory(text) {
    let h1 = 0xdeadbeef;
    let h2 = 0x41c6ce57;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        h1 = Math.imul(h1 ^ c, 2654435761);
        h2 = Math.imul(h2 ^ c, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    const hash = (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
    // Do not cut a surrogate pair in half.
    const end = MAX_CATEGORY_CHARS - (/[\uD800-\uDBFF]/.test(text[MAX_CATEGORY_CHARS - 1]) ? 1 : 0);
    return `${text.slice(0, end)}… (${text.length} characters, #${hash})`;
}

;// CONCATENATED MODULE: ./build/src/gates/g0/dates.js
/** The date and date-time formats of a data schema (RFC 3339 full-date and date-time), checked as the calendar has them. */
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
function validDay(y, m, d) {
    if (m < 1 || m > 12 || d < 1)
        return false;
    const days = [
        31,
        (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28,
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    return d <= days[m - 1];
}
function isDate(text) {
    const m = DATE_RE.exec(text);
    return m !== null && validDay(Number(m[1]), Number(m[2]), Number(m[3]));
}
function isDateTime(text) {
    const m = DATE_TIME_RE.exec(text);
    return (m !== null &&
        validDay(Number(m[1]), Number(m[2]), Number(m[3])) &&
        Number(m[4]) < 24 &&
        Number(m[5]) < 60 &&
        Number(m[6]) < 61);
}

;// CONCATENATED MODULE: ./build/src/gates/g0/table-results.js
const CELL_RULES = [
    'null',
    'type',
    'minimum',
    'maximum',
    'exclusiveMinimum',
    'exclusiveMaximum',
    'enum',
    'pattern',
    'minLength',
    'maxLength',
    'format',
];
const R = Object.fromEntries(CELL_RULES.map((r, i) => [r, i]));

;// CONCATENATED MODULE: ./build/src/gates/g0/column-checkers.js





/** Rows whose passing numeric values are queued before their statistics are added in bulk. */
const BLOCK_ROWS = 4096;
const LF = 10;
const CR = 13;
const COMMA = 44;
const MINUS = 45;
const DOT = 46;
const ZERO = 48;
/** Exact powers of ten: a decimal of at most 15 digits divided by one of these is correctly rounded. */
const POW10 = [
    1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];
/** Detects null tokens in a cell without decoding it; a table of first bytes rules most cells out at once. */
class NullMatcher {
    tokens;
    /** 1 for each byte that starts a non-empty null token. */
    firstBytes = new Uint8Array(256);
    emptyIsNull;
    /** True when a null token starts like a plain decimal (`-999`, `0`, `.`): the fast path must then look. */
    numericRisk;
    constructor(nullValues) {
        this.emptyIsNull = nullValues.includes('');
        this.tokens = nullValues.filter((v) => v !== '').map((v) => Buffer.from(v, 'utf8'));
        for (const t of this.tokens)
            this.firstBytes[t[0]] = 1;
        this.numericRisk = this.tokens.some((t) => t[0] === MINUS || t[0] === DOT || (t[0] >= ZERO && t[0] <= ZERO + 9));
    }
    isNull(buf, s, e) {
        if (s === e)
            return this.emptyIsNull;
        if (this.firstBytes[buf[s]] === 0)
            return false;
        const len = e - s;
        for (const token of this.tokens) {
            if (token.length !== len)
                continue;
            let k = 0;
            while (k < len && buf[s + k] === token[k])
                k++;
            if (k === len)
                return true;
        }
        return false;
    }
}
/** Shared bookkeeping of the two column checkers. */
class ColumnChecker {
    rules;
    index;
    nulls;
    table;
    counts = new Array(CELL_RULES.length).fill(0);
    checked = 0;
    missing = 0;
    constructor(rules, index, nulls, table) {
        this.rules = rules;
        this.index = index;
        this.nulls = nulls;
        this.table = table;
    }
    partial() {
        return {
            counts: [...this.counts],
            checked: this.checked,
            missing: this.missing,
            stats: this.statsState(),
        };
    }
    absorb(p) {
        p.counts.forEach((n, i) => (this.counts[i] += n));
        this.checked += p.checked;
        this.missing += p.missing;
        this.absorbStats(p.stats);
    }
    /** Handles a null cell; returns true when the cell was null. */
    nullCell(rec, s, e) {
        if (!this.nulls.isNull(rec.buf, s, e))
            return false;
        this.missing++;
        if (!this.rules.nullable)
            this.fail(R.null, rec, 'missing value in a column that is not nullable');
        return true;
    }
    fail(rule, rec, message) {
        this.counts[rule]++;
        this.table.recordViolation(rec, this.index, this.rules.name, CELL_RULES[rule], message);
    }
}
/**
 * Numbers and integers, parsed straight from the bytes. Bounds are copied
 * into fixed fields (infinite when absent) so the hot loop sees one shape.
 */
class NumericChecker extends ColumnChecker {
    stats;
    integer;
    min;
    max;
    xmin;
    xmax;
    allowed;
    // passes() in two comparisons for most columns: the inclusive form of all four bounds, and
    // whether an integer or enum rule remains to be looked at (a short enum as a list to scan).
    lo;
    hi;
    plain;
    allowedList;
    // Values that passed every rule on the fast path, with their sampling priorities, waiting for flush().
    pendingX = new Float64Array(BLOCK_ROWS);
    pendingP = new Float64Array(BLOCK_ROWS);
    pending = 0;
    constructor(rules, index, nulls, table) {
        super(rules, index, nulls, table);
        this.stats = new NumericProfile();
        this.integer = rules.type === 'integer';
        this.min = rules.minimum ?? Number.NEGATIVE_INFINITY;
        this.max = rules.maximum ?? Number.POSITIVE_INFINITY;
        this.xmin = rules.exclusiveMinimum ?? Number.NEGATIVE_INFINITY;
        this.xmax = rules.exclusiveMaximum ?? Number.POSITIVE_INFINITY;
        this.allowed = rules.enumNumbers ?? null;
        this.lo = Math.max(this.min, this.xmin === Number.NEGATIVE_INFINITY ? this.xmin : nextUp(this.xmin));
        this.hi = Math.min(this.max, this.xmax === Number.POSITIVE_INFINITY ? this.xmax : -nextUp(-this.xmax));
        this.plain = !this.integer && this.allowed === null;
        this.allowedList =
            this.allowed !== null && this.allowed.size <= 16 ? Float64Array.from(this.allowed) : null;
    }
    check(rec) {
        const i = this.index;
        const s = rec.start[i];
        const e = rec.end[i];
        if (this.nullCell(rec, s, e))
            return;
        this.checked++;
        const x = (0,number_parse/* parseNumberBytes */.oX)(rec.buf, s, e);
        if (x !== x) {
            this.fail(R.type, rec, number_parse/* parseFailure */.mH === number_parse/* DECIMAL_COMMA */.Ki
                ? "decimal comma: use '.' as the decimal separator"
                : `not a number (expected ${this.rules.type})`);
            return;
        }
        this.checkValue(x, rec);
    }
    /**
     * The rules after a cell has parsed as `x` (the fast path in
     * TableValidator.scanLine parses plain decimals itself and calls this).
     */
    accept(x, rec) {
        this.checked++;
        this.checkValue(x, rec);
    }
    /** True when `x` satisfies every value rule of the column: the fast path then only queues it (defer). */
    passes(x) {
        return x >= this.lo && x <= this.hi && (this.plain || this.passesRules(x));
    }
    passesRules(x) {
        if (this.integer && Math.floor(x) !== x)
            return false;
        const list = this.allowedList;
        if (list !== null) {
            for (let i = 0; i < list.length; i++)
                if (list[i] === x)
                    return true;
            return false;
        }
        return this.allowed === null || this.allowed.has(x);
    }
    /** Queues a value that passes every rule (see passes); its count and statistics are added by flush(). */
    defer(x, priority) {
        this.pendingX[this.pending] = x;
        this.pendingP[this.pending++] = priority;
    }
    /** Adds the queued values to the counts and statistics in one pass. */
    flush() {
        if (this.pending === 0)
            return;
        this.checked += this.pending;
        this.stats.addBlock(this.pendingX, this.pendingP, this.pending);
        this.pending = 0;
    }
    checkValue(x, rec) {
        if (this.integer && !Number.isInteger(x)) {
            this.fail(R.type, rec, 'not an integer');
            return;
        }
        this.stats.add(x, this.table.rowPriority);
        if (x < this.min)
            this.fail(R.minimum, rec, `below the minimum ${this.min}${unit(this.rules)}`);
        if (x > this.max)
            this.fail(R.maximum, rec, `above the maximum ${this.max}${unit(this.rules)}`);
        if (x <= this.xmin)
            this.fail(R.exclusiveMinimum, rec, `not above ${this.xmin}${unit(this.rules)}`);
        if (x >= this.xmax)
            this.fail(R.exclusiveMaximum, rec, `not below ${this.xmax}${unit(this.rules)}`);
        if (this.allowed !== null && !this.allowed.has(x))
            this.fail(R.enum, rec, `not one of ${[...this.allowed].join(', ')}`);
    }
    profile(file) {
        this.stats.missing = this.missing;
        return this.stats.finish(file, this.rules.name, this.rules.type, this.rules.unit);
    }
    statsState() {
        return this.stats.state();
    }
    takeMoments() {
        return this.stats.takeMoments();
    }
    /** Shares the column's sampling bar with the other threads of a range run (see BottomKSample.shareBar). */
    shareSampleBar(shared, slot) {
        this.stats.shareSampleBar(shared, slot);
    }
    absorbMoments(m) {
        this.stats.absorbMoments(m);
    }
    absorbStats(state) {
        this.stats.absorb(state);
    }
}
const TEXT_CACHE_SLOTS = 256;
const TEXT_CACHE_MAX_BYTES = 64;
/**
 * Strings and booleans. A cell is decoded and judged once per distinct
 * value: a small cache keyed by the cell's bytes holds the recent values'
 * verdicts, so a categorical column costs a hash and a byte comparison per cell.
 */
class TextChecker extends ColumnChecker {
    stats = new CategoricalProfile();
    cacheBytes = new Array(TEXT_CACHE_SLOTS);
    cacheVerdicts = new Array(TEXT_CACHE_SLOTS);
    check(rec) {
        const i = this.index;
        const s = rec.start[i];
        const e = rec.end[i];
        if (this.nullCell(rec, s, e))
            return;
        this.checked++;
        let verdict;
        if (e - s <= TEXT_CACHE_MAX_BYTES && rec.escaped[i] === 0) {
            verdict = this.cached(rec.buf, s, e);
        }
        else {
            verdict = this.judge((0,byte_csv_reader/* fieldText */.gF)(rec, i));
            if (verdict.key !== null)
                this.stats.add(verdict.key);
        }
        if (verdict.key === null) {
            this.fail(R.type, rec, 'not a boolean (expected true or false)');
            return;
        }
        const failures = verdict.failures;
        for (let f = 0; f < failures.length; f++)
            this.fail(failures[f][0], rec, failures[f][1]);
    }
    cached(buf, s, e) {
        const length = e - s;
        let h = 0x811c9dc5 ^ length;
        for (let k = s; k < e; k++)
            h = Math.imul(h ^ buf[k], 0x01000193);
        const slot = (h ^ (h >>> 15)) & (TEXT_CACHE_SLOTS - 1);
        const bytes = this.cacheBytes[slot];
        if (bytes !== undefined && bytes.length === length) {
            let k = 0;
            while (k < length && bytes[k] === buf[s + k])
                k++;
            if (k === length) {
                const hit = this.cacheVerdicts[slot];
                hit.pending++;
                return hit;
            }
        }
        const evicted = this.cacheVerdicts[slot];
        if (evicted !== undefined)
            this.flushCount(evicted);
        const verdict = this.judge(buf.toString('utf8', s, e));
        // The first cell of a value is added at once (so that the profile's cap on categories keeps
        // the same ones as cell-by-cell adding); the next ones are counted on the verdict.
        if (verdict.key !== null)
            this.stats.add(verdict.key);
        this.cacheBytes[slot] = Buffer.from(buf.subarray(s, e));
        this.cacheVerdicts[slot] = verdict;
        return verdict;
    }
    /** Adds the cells counted on the cached verdicts to the profile. */
    flushCounts() {
        for (const verdict of this.cacheVerdicts)
            if (verdict !== undefined)
                this.flushCount(verdict);
    }
    flushCount(verdict) {
        if (verdict.key !== null && verdict.pending > 0)
            this.stats.addMany(verdict.key, verdict.pending);
        verdict.pending = 0;
    }
    judge(text) {
        const r = this.rules;
        if (r.type === 'boolean') {
            const lower = text.trim().toLowerCase();
            if (lower !== 'true' && lower !== 'false')
                return { key: null, failures: [], pending: 0 };
            // Booleans are compared lower-cased, with surrounding spaces ignored, like the type check.
            return { key: lower, failures: this.failures(lower), pending: 0 };
        }
        return { key: text, failures: this.failures(text), pending: 0 };
    }
    failures(text) {
        const r = this.rules;
        const out = [];
        if (r.enumStrings !== undefined && !r.enumStrings.has(text))
            out.push([
                R.enum,
                `not one of ${[...r.enumStrings].map((v) => JSON.stringify(v)).join(', ')}`,
            ]);
        if (r.pattern !== undefined && !r.pattern.test(text))
            out.push([R.pattern, `does not match the pattern ${r.pattern.source}`]);
        if (r.minLength !== undefined || r.maxLength !== undefined) {
            const length = [...text].length;
            if (r.minLength !== undefined && length < r.minLength)
                out.push([R.minLength, `shorter than ${r.minLength} characters`]);
            if (r.maxLength !== undefined && length > r.maxLength)
                out.push([R.maxLength, `longer than ${r.maxLength} characters`]);
        }
        if (r.format !== undefined && !(r.format === 'date' ? isDate(text) : isDateTime(text))) {
            out.push([
                R.format,
                r.format === 'date' ? 'not a calendar date (YYYY-MM-DD)' : 'not an RFC 3339 date-time',
            ]);
        }
        return out;
    }
    profile(file) {
        this.flushCounts();
        this.stats.missing = this.missing;
        return this.stats.finish(file, this.rules.name, this.rules.type, this.rules.unit);
    }
    statsState() {
        this.flushCounts();
        return this.stats.state();
    }
    absorbStats(state) {
        this.stats.absorb(state);
    }
}
function unit(r) {
    return r.unit ? ` ${r.unit}` : '';
}
/**
 * The least double above `x`: `y > x` is `y >= nextUp(x)` for every double
 * `y`, which lets an exclusive bound join an inclusive one.
 */
function nextUp(x) {
    if (Number.isNaN(x) || x === Number.POSITIVE_INFINITY)
        return x;
    if (x === Number.NEGATIVE_INFINITY)
        return -Number.MAX_VALUE;
    if (x === 0)
        return Number.MIN_VALUE;
    const bits = new BigInt64Array(new Float64Array([x]).buffer);
    bits[0] = bits[0] + (x > 0 ? 1n : -1n);
    return new Float64Array(bits.buffer)[0];
}

;// CONCATENATED MODULE: ./build/src/gates/g0/table-validator.js




/**
 * Checks one CSV table against a compiled data schema, record by record, and
 * keeps exact counts per rule plus the first N violations. It does no I/O:
 * a CSV reader feeds it `header()` and `record()` calls.
 */
const MAX_VALUE_CHARS = 200;
class TableValidator {
    schema;
    file;
    role;
    header = [];
    headerLine = 1;
    checkers = [];
    missingColumns = [];
    extraColumns = [];
    rows = 0;
    raggedRows = 0;
    violations = [];
    totalViolations = 0;
    keyIndexes = [];
    keySets = [];
    duplicates;
    nulls;
    // The fast path (scanLine): per header column, 1 when a numeric checker reads it;
    // per checker, its numeric form or null; the numeric checkers; scratch space for one record.
    numericAt = new Uint8Array(0);
    numericCheckers = [];
    numericByChecker = [];
    blockRows = 0;
    values = new Float64Array(0);
    parsed = new Uint8Array(0);
    lineRec = {
        buf: Buffer.alloc(0),
        start: new Int32Array(0),
        end: new Int32Array(0),
        escaped: new Uint8Array(0),
        count: 0,
        line: 0,
        offset: 0,
    };
    /** The sampling priority of the record being checked (see samplePriority). */
    rowPriority = 0;
    constructor(schema, file, role) {
        this.schema = schema;
        this.file = file;
        this.role = role;
        this.duplicates = schema.dataset.unique.map(() => 0);
        this.nulls = new NullMatcher(schema.dataset.nullValues);
    }
    /** Returns the problem text when the header itself is unusable (duplicate names). */
    onHeader(header, line) {
        this.header = header;
        this.headerLine = line;
        if (header.every((name) => name.trim() === ''))
            return 'the header line is blank (expected the column names)';
        if (header.some((name) => name.includes('\r')))
            return 'a column name contains a carriage return: the file seems to end its lines with CR alone (classic Mac); save it with LF or CRLF line endings';
        const seen = new Map();
        for (const [i, name] of header.entries()) {
            if (name.trim() === '')
                return `column ${i + 1} has no name`;
            if (seen.has(name))
                return `duplicate column name "${name}" (columns ${seen.get(name) + 1} and ${i + 1})`;
            seen.set(name, i);
        }
        const byName = new Map(header.map((name, i) => [name, i]));
        for (const rules of this.schema.columns) {
            const index = byName.get(rules.name);
            if (index === undefined) {
                if (rules.required)
                    this.missingColumns.push(rules.name);
                continue;
            }
            const numeric = rules.type === 'number' || rules.type === 'integer';
            this.checkers.push(numeric
                ? new NumericChecker(rules, index, this.nulls, this)
                : new TextChecker(rules, index, this.nulls, this));
        }
        const known = new Set(this.schema.columns.map((c) => c.name));
        this.extraColumns = header.filter((name) => !known.has(name));
        this.keyIndexes = this.schema.dataset.unique.map((key) => key.map((name) => byName.get(name) ?? -1));
        for (let k = 0; k < this.keyIndexes.length; k++)
            this.keySets.push(new Set());
        const n = header.length;
        this.numericAt = new Uint8Array(n);
        this.numericByChecker = this.checkers.map((c) => (c instanceof NumericChecker ? c : null));
        this.numericCheckers = this.checkers.filter((c) => c instanceof NumericChecker);
        for (const c of this.checkers)
            if (c instanceof NumericChecker)
                this.numericAt[c.index] = 1;
        this.values = new Float64Array(n);
        this.parsed = new Uint8Array(n);
        this.lineRec = {
            buf: Buffer.alloc(0),
            start: new Int32Array(n),
            end: new Int32Array(n),
            escaped: new Uint8Array(n),
            count: n,
            line: 0,
            offset: 0,
        };
        return undefined;
    }
    onRecord(rec) {
        this.rows++;
        if (rec.count !== this.header.length) {
            this.raggedRows++;
            this.recordRagged(rec);
            return;
        }
        this.checkCells(rec);
    }
    /**
     * The fast path for quote-free records (see CsvReadOptions.scanLine): from
     * `buf[from]`, one pass over the bytes finds the fields and the record's
     * end, and parses plain decimals (`-12.5`: at most 9 integer and 9
     * fraction digits, 15 in all, no exponent, no spaces, not starting like a
     * null token), which are exact with one division, so the value is the one
     * Number() gives. A value that passes every rule of its column is queued
     * for bulk statistics; every other cell goes through its checker's general
     * path. Returns the position of the record's LF; or -1, having counted
     * nothing, for a record it leaves to onRecord: one with the wrong number of
     * fields, or that does not end before `limit`.
     */
    scanLine(buf, from, limit, line, offset) {
        const rec = this.lineRec;
        const start = rec.start;
        const end = rec.end;
        const numericAt = this.numericAt;
        const values = this.values;
        const parsed = this.parsed;
        const nullStart = this.nulls.firstBytes;
        const numericNullRisk = this.nulls.numericRisk;
        const last = numericAt.length - 1;
        if (last < 0)
            return -1;
        let i = from;
        let lineEnd = -1;
        for (let k = 0; k <= last; k++) {
            start[k] = i;
            if (numericAt[k] === 1) {
                // buf[limit] is a quote (see CsvReadOptions.scanLine): the scans for a sign, digits and a
                // dot stop there by themselves. Integer and fraction digits accumulate as int32 (at most
                // 9 of each, 15 in all), so that the value is one exact integer divided by one exact
                // power of ten.
                const negative = buf[i] === MINUS;
                if (negative)
                    i++;
                const intStart = i;
                let whole = 0;
                let c = buf[i] - ZERO;
                while (c >>> 0 <= 9) {
                    whole = (whole * 10 + c) | 0;
                    c = buf[++i] - ZERO;
                }
                const intDigits = i - intStart;
                let fraction = 0;
                let fracDigits = 0;
                if (c === DOT - ZERO) {
                    const fracStart = ++i;
                    c = buf[i] - ZERO;
                    while (c >>> 0 <= 9) {
                        fraction = (fraction * 10 + c) | 0;
                        c = buf[++i] - ZERO;
                    }
                    fracDigits = i - fracStart;
                }
                const after = c + ZERO;
                if (intDigits + fracDigits > 0 &&
                    intDigits <= 9 &&
                    fracDigits <= 9 &&
                    intDigits + fracDigits <= 15 &&
                    i < limit &&
                    (after === COMMA || after === LF || (after === CR && buf[i + 1] === LF)) &&
                    (!numericNullRisk || nullStart[buf[start[k]]] === 0)) {
                    const x = fracDigits === 0 ? whole : (whole * POW10[fracDigits] + fraction) / POW10[fracDigits];
                    values[k] = negative ? -x : x;
                    parsed[k] = 1;
                    if (after === CR)
                        i++; // CRLF: the record ends at the LF
                }
                else {
                    while (i < limit && buf[i] !== COMMA && buf[i] !== LF)
                        i++;
                    parsed[k] = 0;
                }
            }
            else {
                while (i < limit && buf[i] !== COMMA && buf[i] !== LF)
                    i++;
            }
            if (i >= limit)
                return -1; // the record does not end before limit
            if (k < last) {
                if (buf[i] !== COMMA)
                    return -1; // too few fields
                end[k] = i++;
            }
            else {
                if (buf[i] !== LF)
                    return -1; // too many fields
                lineEnd = i;
                end[k] = i > from && buf[i - 1] === CR ? i - 1 : i;
            }
        }
        rec.buf = buf;
        rec.line = line;
        rec.offset = offset;
        this.rows++;
        const priority = (0,bottom_k_sample/* samplePriority */.xX)(offset);
        this.rowPriority = priority;
        // In schema order (violations of one row are listed in that order on every path): a parsed
        // value that passes every rule is only queued; anything else takes its checker's general path.
        const checkers = this.checkers;
        const numeric = this.numericByChecker;
        for (let c = 0; c < checkers.length; c++) {
            const checker = numeric[c];
            if (checker === null) {
                checkers[c].check(rec);
                continue;
            }
            const k = checker.index;
            if (parsed[k] === 1) {
                const x = values[k];
                if (checker.passes(x))
                    checker.defer(x, priority);
                else
                    checker.accept(x, rec);
            }
            else {
                checker.check(rec);
            }
        }
        if (this.keyIndexes.length > 0)
            this.checkKeys(rec);
        if (++this.blockRows === BLOCK_ROWS)
            this.flush();
        return lineEnd;
    }
    /**
     * Shares the numeric columns' sampling bars with the other threads
     * validating the same file: slot i of `shared` for the i-th numeric column
     * (see BottomKSample.shareBar). Call after onHeader.
     */
    shareSampleBars(shared) {
        this.numericCheckers.forEach((c, i) => c.shareSampleBar(shared, i));
    }
    /** Adds the numeric values queued by the fast path to their columns' counts and statistics. */
    flush() {
        for (const c of this.numericCheckers)
            c.flush();
        this.blockRows = 0;
    }
    checkCells(rec) {
        this.rowPriority = (0,bottom_k_sample/* samplePriority */.xX)(rec.offset);
        const checkers = this.checkers;
        for (let c = 0; c < checkers.length; c++)
            checkers[c].check(rec);
        if (this.keyIndexes.length > 0)
            this.checkKeys(rec);
    }
    checkKeys(rec) {
        for (let k = 0; k < this.keyIndexes.length; k++) {
            const idx = this.keyIndexes[k];
            if (idx.includes(-1))
                continue;
            let key = '';
            for (const i of idx)
                key += `${(0,byte_csv_reader/* fieldText */.gF)(rec, i)}\u0000`;
            const set = this.keySets[k];
            if (set.has(key)) {
                this.duplicates[k]++;
                this.addViolation(rec.line, this.schema.dataset.unique[k].join('+'), key.slice(0, -1).split('\u0000').join(', '), 'unique', 'duplicate key');
            }
            else {
                set.add(key);
            }
        }
    }
    /** @internal Called by column checkers. */
    recordViolation(rec, index, column, rule, message) {
        this.totalViolations++;
        if (this.violations.length < this.schema.dataset.maxReportedViolations) {
            const value = (0,byte_csv_reader/* fieldText */.gF)(rec, index);
            this.violations.push({
                file: this.file,
                line: rec.line,
                column,
                value: clip(value),
                rule,
                message,
            });
        }
    }
    recordRagged(rec) {
        this.addViolation(rec.line, '*', `${rec.count} fields`, 'field_count', `expected ${this.header.length} fields, found ${rec.count}`);
    }
    addViolation(line, column, value, rule, message) {
        this.totalViolations++;
        if (this.violations.length < this.schema.dataset.maxReportedViolations) {
            this.violations.push({ file: this.file, line, column, value: clip(value), rule, message });
        }
    }
    /**
     * Counts and statistics so far, for merging. The unique-key sets are not
     * included: G0 reads byte ranges only when the schema has no unique keys.
     */
    partial() {
        this.flush();
        return {
            rows: this.rows,
            raggedRows: this.raggedRows,
            columns: this.checkers.map((c) => c.partial()),
        };
    }
    /**
     * Adds another thread's counts and statistics, which merge exactly in any
     * order (counts, extremes, samples); moments come per chunk (absorbChunk).
     */
    absorb(p) {
        this.rows += p.rows;
        this.raggedRows += p.raggedRows;
        p.columns.forEach((c, i) => this.checkers[i].absorb(c));
    }
    /** What the chunk read since the last call adds in file order (see ChunkResult), and starts the next chunk. */
    takeChunk() {
        this.flush();
        const taken = {
            violations: this.violations,
            totalViolations: this.totalViolations,
            moments: this.checkers.map((c) => (c instanceof NumericChecker ? c.takeMoments() : null)),
        };
        this.violations = [];
        this.totalViolations = 0;
        return taken;
    }
    /** Adds the next chunk, in file order: the first N violations overall are kept, with `lineOffset` added to their lines. */
    absorbChunk(part, lineOffset) {
        this.totalViolations += part.totalViolations;
        for (const v of part.violations) {
            if (this.violations.length >= this.schema.dataset.maxReportedViolations)
                break;
            this.violations.push({ ...v, line: v.line + lineOffset });
        }
        part.moments.forEach((m, i) => {
            const c = this.checkers[i];
            if (m && c instanceof NumericChecker)
                c.absorbMoments(m);
        });
    }
    finish() {
        this.flush();
        return {
            file: this.file,
            role: this.role,
            rows: this.rows,
            header: this.header,
            headerLine: this.headerLine,
            columns: this.checkers.map((c) => ({
                rules: c.rules,
                counts: c.counts,
                checked: c.checked,
                missing: c.missing,
                profile: c.profile(this.file),
            })),
            missingColumns: this.missingColumns,
            extraColumns: this.extraColumns,
            raggedRows: this.raggedRows,
            duplicates: this.duplicates,
            violations: this.violations,
            totalViolations: this.totalViolations,
        };
    }
}
function clip(value) {
    return value.length > MAX_VALUE_CHARS ? `${value.slice(0, MAX_VALUE_CHARS - 1)}…` : value;
}


/***/ }),

/***/ 58487:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mu: () => (/* binding */ RESERVOIR_SIZE),
/* harmony export */   ho: () => (/* binding */ BottomKSample),
/* harmony export */   xX: () => (/* binding */ samplePriority),
/* harmony export */   yV: () => (/* binding */ sharedBars)
/* harmony export */ });
/**
 * The reproducible uniform sample behind a column's quantiles: bottom-k
 * sampling by a priority that depends on a record's position only, so that
 * any cutting of a file into byte ranges, on any number of threads, gives
 * the same sample.
 */
const RESERVOIR_SIZE = 16_384;
/** MurmurHash3's 32-bit finalizer: a bijection that spreads nearby integers uniformly. */
function fmix32(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
/**
 * The sampling priority of the record that starts at byte `offset` of the
 * file: 32 hashed bits, then the offset's low 21 bits, which break ties the
 * same way in every run. It is computed once per record and shared by the
 * record's columns, so every column samples the same rows.
 */
function samplePriority(offset) {
    const lo = offset >>> 0;
    const hi = (offset - lo) / 4294967296;
    return fmix32(lo ^ Math.imul(hi, 0x9e3779b1) ^ PRIORITY_SEED) * 2097152 + (lo & 0x1fffff);
}
const PRIORITY_SEED = 0x2545f491;
/**
 * Bars for `count` samples to share (BottomKSample.shareBar) across threads,
 * each above every priority to begin with (priorities are below 2^53).
 */
function sharedBars(count) {
    const bars = new SharedArrayBuffer(Math.max(1, count) * BigInt64Array.BYTES_PER_ELEMENT);
    new BigInt64Array(bars).fill(2n ** 53n);
    return bars;
}
/**
 * A uniform sample of at most RESERVOIR_SIZE values without replacement, by
 * bottom-k sampling: every value carries the pseudo-random priority of its
 * record (samplePriority), and the sample is the values with the smallest
 * priorities. Because a priority depends on the record's position only, the
 * sample is the same however the file is cut into byte ranges: the union of
 * the parts' samples, cut back to the smallest priorities, is the sample of
 * the whole. Candidates collect in a buffer twice the sample size; when it is
 * full, a selection keeps the smallest half and raises the bar for new values.
 */
class BottomKSample {
    values = new Float64Array(2 * RESERVOIR_SIZE);
    priorities = new Float64Array(2 * RESERVOIR_SIZE);
    size = 0;
    /** Values with a priority at or above this can no longer enter the sample. */
    bar = Number.POSITIVE_INFINITY;
    /** The bar shared with the other threads that sample this column (see shareBar). */
    shared;
    slot = 0;
    /**
     * Shares the bar with the other threads that sample the same column of the
     * same file, in `shared[slot]` (see sharedBars). A
     * thread's bar is the largest priority among RESERVOIR_SIZE values it
     * holds, so a value at or above it cannot be among the smallest of the
     * whole file, in any thread: with the lowest bar any thread has
     * published, each thread drops such values at once instead of filling a
     * sample of its own first. The merged sample is the same either way.
     */
    shareBar(shared, slot) {
        this.shared = shared;
        this.slot = slot;
    }
    /** Lowers the bar to the lowest one published (see shareBar); cheap enough to call once per block. */
    syncBar() {
        if (this.shared === undefined)
            return;
        const published = Number(Atomics.load(this.shared, this.slot));
        if (published < this.bar)
            this.bar = published;
    }
    publishBar() {
        const shared = this.shared;
        if (shared === undefined || this.bar === Number.POSITIVE_INFINITY)
            return;
        const bar = BigInt(this.bar);
        for (;;) {
            const current = Atomics.load(shared, this.slot);
            if (current <= bar || Atomics.compareExchange(shared, this.slot, current, bar) === current)
                return;
        }
    }
    /** Adds `x` with priority `p` (see samplePriority). */
    add(x, p) {
        if (p < this.bar)
            this.offer(x, p);
    }
    offer(x, p) {
        if (p >= this.bar)
            return;
        const i = this.size++;
        this.values[i] = x;
        this.priorities[i] = p;
        if (this.size === this.values.length)
            this.shrink();
    }
    /** Keeps the RESERVOIR_SIZE smallest priorities (quickselect on both arrays). */
    shrink() {
        const k = RESERVOIR_SIZE;
        if (this.size <= k)
            return;
        const v = this.values;
        const pr = this.priorities;
        let lo = 0;
        let hi = this.size - 1;
        while (lo < hi) {
            const pivot = pr[(lo + hi) >>> 1];
            let i = lo;
            let j = hi;
            while (i <= j) {
                while (pr[i] < pivot)
                    i++;
                while (pr[j] > pivot)
                    j--;
                if (i <= j) {
                    const tp = pr[i];
                    pr[i] = pr[j];
                    pr[j] = tp;
                    const tv = v[i];
                    v[i] = v[j];
                    v[j] = tv;
                    i++;
                    j--;
                }
            }
            if (k - 1 <= j)
                hi = j;
            else if (k - 1 >= i)
                lo = i;
            else
                break;
        }
        let max = Number.NEGATIVE_INFINITY;
        for (let i = 0; i < k; i++)
            if (pr[i] > max)
                max = pr[i];
        this.size = k;
        if (max < this.bar)
            this.bar = max;
        this.publishBar();
        this.syncBar();
    }
    /** The sample and its priorities (for merging). */
    state() {
        this.shrink();
        return {
            sample: this.values.slice(0, this.size),
            priorities: this.priorities.slice(0, this.size),
        };
    }
    absorb(sample, priorities) {
        for (let i = 0; i < sample.length; i++)
            this.offer(sample[i], priorities[i]);
        this.shrink();
    }
    /** The sample, ascending. */
    sorted() {
        this.shrink();
        return this.values.slice(0, this.size).sort();
    }
}


/***/ }),

/***/ 38260:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ quantile),
/* harmony export */   Z: () => (/* binding */ quantileSorted)
/* harmony export */ });
/**
 * Quantiles by linear interpolation between order statistics (numpy's and
 * pandas' default), shared by the G0 profile, G1 latency percentiles and the
 * bootstrap intervals.
 */
/** Quantile p in [0, 1] of an ascending sample; NaN for an empty one. */
function quantileSorted(sorted, p) {
    const n = sorted.length;
    if (n === 0)
        return Number.NaN;
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, n - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
/** Quantile p of an unsorted sample (sorts a copy). */
function quantile(values, p) {
    return quantileSorted(Float64Array.from(values).sort(), p);
}


/***/ })

};
