export const id = 911;
export const ids = [911];
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
