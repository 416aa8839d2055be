export const id = 320;
export const ids = [320,717];
export const modules = {

/***/ 66056:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ DEFAULT_NULL_VALUES),
/* harmony export */   p: () => (/* binding */ compileDataSchema)
/* harmony export */ });
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72993);
/* harmony import */ var _ssot_schema_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99667);


/** Null tokens when the schema does not set `x-dataset.nullValues`. */
const DEFAULT_NULL_VALUES = ['', 'NA', 'NaN', 'null'];
function compileDataSchema(raw, file) {
    const ajv = (0,_ssot_schema_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .getAjv */ .qD)();
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputErrors */ .G([{ file, pointer: '/', message: 'The data schema must be a JSON object', expected: 'a JSON Schema object', found: Array.isArray(raw) ? 'an array' : typeof raw }]);
    }
    if (!ajv.validateSchema(raw)) {
        const problems = (0,_ssot_schema_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .describeAjvErrors */ .mq)(ajv.errors ?? [], raw, file).map((p) => ({ ...p, message: `Not a valid JSON Schema (draft 2020-12): ${p.message}` }));
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputErrors */ .G(problems);
    }
    const schema = (0,_ssot_schema_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .assertValid */ .pP)('data_schema', raw, file);
    const ds = schema['x-dataset'] ?? {};
    const problems = [];
    const required = new Set(schema.required ?? []);
    for (const name of required) {
        if (!(name in schema.properties)) {
            problems.push({ file, pointer: '/required', message: `Required column "${name}" has no entry in properties`, expected: `properties/${name}`, found: 'no such property' });
        }
    }
    const columns = [];
    for (const [name, col] of Object.entries(schema.properties)) {
        const pointer = `/properties/${(0,_ssot_schema_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .escapePointer */ .lZ)(name)}`;
        const types = Array.isArray(col.type) ? col.type : [col.type];
        const nonNull = types.filter((t) => t !== 'null');
        if (nonNull.length === 0) {
            problems.push({ file, pointer: `${pointer}/type`, message: 'A column needs a value type besides null', expected: 'number, integer, string or boolean', found: JSON.stringify(col.type) });
            continue;
        }
        // With several types, the most permissive one decides how a cell is read.
        const type = nonNull.includes('string') ? 'string' : nonNull.includes('number') ? 'number' : nonNull.includes('integer') ? 'integer' : 'boolean';
        const numeric = type === 'number' || type === 'integer';
        const rules = {
            name,
            pointer,
            type,
            nullable: types.includes('null'),
            required: required.has(name),
            mostly: col['x-mostly'] ?? ds.mostly ?? 1,
            severity: col['x-severity'] ?? 'block',
        };
        const bound = (key) => {
            const v = col[key];
            if (v === undefined)
                return;
            if (!numeric) {
                problems.push({ file, pointer: `${pointer}/${key}`, message: `"${key}" only applies to numeric columns`, expected: 'type number or integer', found: `type ${type}` });
                return;
            }
            rules[key] = v;
        };
        bound('minimum');
        bound('maximum');
        bound('exclusiveMinimum');
        bound('exclusiveMaximum');
        const lo = rules.minimum ?? rules.exclusiveMinimum;
        const hi = rules.maximum ?? rules.exclusiveMaximum;
        if (lo !== undefined && hi !== undefined && lo > hi) {
            problems.push({ file, pointer, message: 'The lower bound is above the upper bound', expected: `a lower bound <= ${hi}`, found: String(lo) });
        }
        if (col.enum) {
            // A cell is compared with enum members of the column's own type: "1" in a string column is not 1.
            const want = numeric ? 'number' : type;
            const index = col.enum.findIndex((v) => v !== null && typeof v !== want);
            if (index >= 0) {
                problems.push({ file, pointer: `${pointer}/enum/${index}`, message: 'Enum values must match the column type', expected: `${want === 'number' ? 'numbers' : `${want}s`} (the column is of type ${type})`, found: JSON.stringify(col.enum[index]) });
            }
            if (numeric)
                rules.enumNumbers = new Set(col.enum.filter((v) => typeof v === 'number'));
            else
                rules.enumStrings = new Set(col.enum.filter((v) => typeof v === want).map(String));
        }
        // Text rules on a column that is not read as text would never be checked: refuse them.
        for (const key of ['pattern', 'minLength', 'maxLength', 'format']) {
            if (col[key] !== undefined && type !== 'string') {
                problems.push({ file, pointer: `${pointer}/${key}`, message: `"${key}" only applies to string columns`, expected: 'type string', found: `type ${type}` });
            }
        }
        if (col.pattern !== undefined) {
            try {
                rules.pattern = new RegExp(col.pattern, 'u');
            }
            catch (error) {
                problems.push({ file, pointer: `${pointer}/pattern`, message: 'Invalid regular expression', expected: 'an ECMA-262 regular expression', found: `${JSON.stringify(col.pattern)} (${error.message})` });
            }
        }
        if (col.minLength !== undefined)
            rules.minLength = col.minLength;
        if (col.maxLength !== undefined)
            rules.maxLength = col.maxLength;
        if (col.format !== undefined)
            rules.format = col.format;
        if (col['x-unit'] !== undefined)
            rules.unit = col['x-unit'];
        const missing = col['x-max-missing-ratio'] ?? ds.maxMissingRatio;
        if (missing !== undefined)
            rules.maxMissingRatio = missing;
        columns.push(rules);
    }
    const unique = ds.unique ?? [];
    unique.forEach((key, i) => {
        key.forEach((name, j) => {
            if (!(name in schema.properties)) {
                problems.push({ file, pointer: `/x-dataset/unique/${i}/${j}`, message: `Unique key column "${name}" is not in properties`, expected: 'a column defined in properties', found: JSON.stringify(name) });
            }
        });
    });
    if (ds.minRows !== undefined && ds.maxRows !== undefined && ds.minRows > ds.maxRows) {
        problems.push({ file, pointer: '/x-dataset/minRows', message: 'minRows is above maxRows', expected: `at most ${ds.maxRows}`, found: String(ds.minRows) });
    }
    if (problems.length > 0)
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputErrors */ .G(problems);
    return {
        file,
        columns,
        dataset: {
            minRows: ds.minRows ?? 1,
            ...(ds.maxRows !== undefined ? { maxRows: ds.maxRows } : {}),
            unique,
            allowExtraColumns: ds.allowExtraColumns ?? schema.additionalProperties ?? false,
            nullValues: ds.nullValues ?? DEFAULT_NULL_VALUES,
            maxReportedViolations: ds.maxReportedViolations ?? 100,
        },
    };
}


/***/ }),

/***/ 68717:
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
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
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

/***/ 6624:
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


/***/ }),

/***/ 89320:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readHoldout: () => (/* binding */ readHoldout)
/* harmony export */ });
/* harmony import */ var _csv_byte_csv_reader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38215);
/* harmony import */ var _csv_range_workers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16449);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72993);
/* harmony import */ var _g0_data_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66056);
/* harmony import */ var _g0_number_parse_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(68717);
/* harmony import */ var _class_map_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6624);






const NULLS = new Set(_g0_data_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_NULL_VALUES */ .L);
/**
 * Reads the holdout CSV with the byte reader. Numeric features become
 * Float64Array (missing = NaN, which tree models treat as missing); the label
 * must be present and valid on every row, since a KPI over a partial label
 * set would be silently wrong.
 */
async function readHoldout(absolute, display, model, threads, options = {}) {
    const run = await (0,_csv_range_workers_js__WEBPACK_IMPORTED_MODULE_1__/* .runRangeTask */ .W3)('holdout', absolute, display, threads, model, options);
    const parts = run ? run.parts.map((p) => p.result) : [await readPart(absolute, display, model)];
    const rows = parts.reduce((n, p) => n + p.rows, 0);
    if (rows === 0)
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({ file: display, message: 'The holdout has no data rows', expected: 'at least one row to evaluate the model on', found: 'a header only' });
    const weights = model.weight !== undefined ? concat(parts.map((p) => p.weights), (n) => new Float64Array(n)) : undefined;
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
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({ file: display, message: `Every sample weight in column "${column}" is 0, so no weighted metric is defined`, expected: 'at least one row with a positive weight', found: `${weights.length} rows, all with weight 0` });
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
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
                file: display,
                message: `Slice ${name}=${JSON.stringify(value)} has ${s.rows} row${s.rows > 1 ? 's' : ''} (the first is data row ${s.first + 1}), all with sample weight 0 in column "${column}": every weighted metric on that slice would divide by zero`,
                expected: `a positive total weight in every value of slice column "${name}" (give those rows a weight, or drop them from the holdout)`,
                found: `total weight 0 over ${s.rows} row${s.rows > 1 ? 's' : ''}`,
            });
        }
    }
}
(0,_csv_range_workers_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRangeTask */ .sG)('holdout', async (job) => {
    const part = await readPart(job.absolute, job.display, job.params, { ...job.range, header: job.header });
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
    const classes = new _class_map_js__WEBPACK_IMPORTED_MODULE_4__/* .ClassMap */ .D(model.classes ?? []);
    const classBytes = classes.names.map((c) => Buffer.from(c, 'utf8'));
    const regression = model.task === 'regression';
    const mapColumns = (header, line) => {
        const col = (name, what) => {
            const i = header.indexOf(name);
            if (i < 0)
                throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({ file: display, line, message: `The holdout has no ${what} column "${name}"`, expected: `a column "${name}"`, found: `columns ${header.join(', ')}` });
            return i;
        };
        for (const f of model.features) {
            if (f.dtype === 'string')
                text.push({ name: f.name, index: col(f.name, 'feature'), values: [] });
            else
                numeric.push({ name: f.name, index: col(f.name, 'feature'), values: new GrowableF64(), int: f.dtype === 'int64' });
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
    };
    if (range)
        mapColumns(range.header, 1);
    const summary = await (0,_csv_byte_csv_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .readCsvFile */ .FU)(absolute, { displayPath: display, ...(range ? { range } : {}) }, mapColumns, (rec) => {
        for (const c of numeric) {
            // Parse first; decode the cell only when it is not a number (a null token or bad text).
            const v = (0,_g0_number_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .parseNumberBytes */ .oX)(rec.buf, rec.start[c.index], rec.end[c.index]);
            if (!Number.isNaN(v) && (!c.int || Number.isInteger(v))) {
                c.values.push(v);
                continue;
            }
            const raw = (0,_csv_byte_csv_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldText */ .gF)(rec, c.index);
            if (NULLS.has(raw) && !c.int) {
                c.values.push(Number.NaN);
                continue;
            }
            if (NULLS.has(raw))
                throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({ file: display, line: rec.line, message: `Missing value in int64 feature "${c.name}"`, expected: 'an integer', found: JSON.stringify(raw) });
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({ file: display, line: rec.line, message: `Feature "${c.name}" is not ${c.int ? 'an integer' : 'a number'}`, expected: c.int ? 'an integer' : 'a number', found: JSON.stringify(raw) });
        }
        if (weights)
            weights.push(readWeight(rec, weight, model.weight, display));
        for (const c of text)
            c.values.push((0,_csv_byte_csv_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldText */ .gF)(rec, c.index));
        for (const s of slices)
            s.values.push((0,_csv_byte_csv_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldText */ .gF)(rec, s.index));
        if (regression) {
            for (const t of targets) {
                const v = (0,_g0_number_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .parseNumberBytes */ .oX)(rec.buf, rec.start[t.index], rec.end[t.index]);
                if (!Number.isFinite(v)) {
                    const raw = (0,_csv_byte_csv_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldText */ .gF)(rec, t.index);
                    const what = Number.isNaN(v) ? 'is missing or not a number' : 'is not a finite number (it overflows a 64-bit float)';
                    throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({ file: display, line: rec.line, message: `Target "${t.name}" ${what}`, expected: 'a finite number on every holdout row', found: JSON.stringify(raw) });
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
            const raw = (0,_csv_byte_csv_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldText */ .gF)(rec, target);
            const c = classes.ofCell(raw);
            if (c < 0) {
                throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({ file: display, line: rec.line, message: `Label "${model.targets[0].name}" is not one of the model's classes`, expected: `one of ${classes.describe()} (labels by value, as in ssot/model.json classes)`, found: JSON.stringify(raw) });
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
    const v = (0,_g0_number_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .parseNumberBytes */ .oX)(rec.buf, rec.start[index], rec.end[index]);
    if (Number.isFinite(v) && v >= 0)
        return v;
    const raw = (0,_csv_byte_csv_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldText */ .gF)(rec, index);
    const problem = (message) => new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({ file: display, line: rec.line, message: `Sample weight "${column}" ${message}`, expected: 'a finite number >= 0 on every holdout row', found: JSON.stringify(raw) });
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
/** Index of the class whose UTF-8 bytes equal buf[s, e), or -1. */
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


/***/ }),

/***/ 99667:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pP: () => (/* binding */ assertValid),
  mq: () => (/* binding */ describeAjvErrors),
  lZ: () => (/* binding */ escapePointer),
  qD: () => (/* binding */ getAjv)
});

// UNUSED EXPORTS: describeValue

// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(52210);
;// CONCATENATED MODULE: ./build/ssot/schemas/data_schema.schema.json
const data_schema_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/data_schema.schema.json","title":"modelgate ssot/data_schema.json","description":"A JSON Schema (draft 2020-12) for one data row, restricted to the keywords that G0 enforces on CSV columns, plus x-unit, x-mostly, x-severity and x-dataset. Unknown keywords are rejected so that no rule is ever silently ignored.","type":"object","required":["type","properties"],"additionalProperties":false,"properties":{"$schema":{"type":"string"},"$id":{"type":"string"},"title":{"type":"string"},"description":{"type":"string"},"$comment":{"type":"string"},"type":{"const":"object"},"required":{"type":"array","items":{"type":"string"},"uniqueItems":true},"additionalProperties":{"type":"boolean","description":"false forbids columns that are not in properties (same as x-dataset.allowExtraColumns = false)."},"properties":{"type":"object","minProperties":1,"additionalProperties":{"$ref":"#/$defs/column"}},"x-dataset":{"$ref":"#/$defs/dataset"}},"$defs":{"scalarType":{"enum":["number","integer","string","boolean"]},"column":{"type":"object","required":["type"],"additionalProperties":false,"properties":{"type":{"description":"Column type; include \\"null\\" to allow missing values.","oneOf":[{"$ref":"#/$defs/scalarType"},{"type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["number","integer","string","boolean","null"]}}]},"title":{"type":"string"},"description":{"type":"string"},"$comment":{"type":"string"},"minimum":{"type":"number"},"maximum":{"type":"number"},"exclusiveMinimum":{"type":"number"},"exclusiveMaximum":{"type":"number"},"enum":{"type":"array","minItems":1,"items":{"type":["string","number","boolean","null"]}},"pattern":{"type":"string"},"minLength":{"type":"integer","minimum":0},"maxLength":{"type":"integer","minimum":0},"format":{"enum":["date","date-time"]},"x-unit":{"type":"string","description":"Unit of the values, carried into reports and KPI unit checks."},"x-mostly":{"type":"number","exclusiveMinimum":0,"maximum":1,"description":"Fraction of non-missing values that must satisfy this column\'s value rules (Great Expectations\' mostly)."},"x-severity":{"enum":["block","warn"]},"x-max-missing-ratio":{"type":"number","minimum":0,"maximum":1}}},"dataset":{"type":"object","additionalProperties":false,"properties":{"minRows":{"type":"integer","minimum":0},"maxRows":{"type":"integer","minimum":1},"maxMissingRatio":{"type":"number","minimum":0,"maximum":1,"description":"Default largest missing ratio for every column; a column\'s x-max-missing-ratio overrides it."},"unique":{"type":"array","description":"Key column sets whose combined values must be unique.","items":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string"}}},"allowExtraColumns":{"type":"boolean"},"mostly":{"type":"number","exclusiveMinimum":0,"maximum":1},"nullValues":{"type":"array","items":{"type":"string"},"uniqueItems":true},"maxReportedViolations":{"type":"integer","minimum":0,"maximum":100000}}}}}');
;// CONCATENATED MODULE: ./build/ssot/schemas/evidence.schema.json
const evidence_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/evidence.schema.json","title":"modelgate evidence record","description":"One gate run\'s verdict and everything needed to check it. `digest.value` is the sha256 of the RFC 8785 canonical JSON of the record without its `digest` member.","type":"object","required":["$schema","schemaVersion","gate","gateName","status","summary","subject","checks","problems","report","context","timing","tool","digest"],"additionalProperties":false,"properties":{"$schema":{"const":"https://modelgate.dev/schemas/evidence.schema.json"},"schemaVersion":{"const":1},"gate":{"enum":["G0","G1","G2","G3","G4","G5","drift","rollback"]},"gateName":{"type":"string","minLength":1},"status":{"enum":["pass","fail","error"]},"summary":{"type":"string"},"subject":{"type":"object","required":["data","artifacts"],"additionalProperties":false,"properties":{"model":{"$ref":"#/$defs/subjectFile"},"data":{"type":"array","items":{"$ref":"#/$defs/subjectFile"}},"artifacts":{"type":"array","items":{"$ref":"#/$defs/subjectFile"}}}},"checks":{"type":"array","items":{"$ref":"#/$defs/check"}},"problems":{"type":"array","items":{"$ref":"#/$defs/problem"}},"report":{"type":"object"},"context":{"description":"The run that produced the evidence. In GitHub Actions it must name the repository, commit, run and event, so that the evidence traces back to its run.","type":"object","required":["mode"],"if":{"properties":{"mode":{"const":"actions"}}},"then":{"required":["repository","sha","runId","event"]},"additionalProperties":false,"properties":{"mode":{"enum":["actions","local"]},"repository":{"type":"string"},"sha":{"type":"string"},"ref":{"type":"string"},"runId":{"type":"string"},"runAttempt":{"type":"string"},"workflow":{"type":"string"},"job":{"type":"string"},"actor":{"type":"string"},"event":{"type":"string"},"serverUrl":{"type":"string"},"pullRequest":{"type":"integer"}}},"timing":{"type":"object","required":["startedAt","finishedAt","durationMs"],"additionalProperties":false,"properties":{"startedAt":{"type":"string","format":"date-time"},"finishedAt":{"type":"string","format":"date-time"},"durationMs":{"type":"number","minimum":0}}},"tool":{"type":"object","required":["name","version"],"additionalProperties":false,"properties":{"name":{"const":"modelgate"},"version":{"type":"string"}}},"digest":{"type":"object","required":["algorithm","canonicalization","value"],"additionalProperties":false,"properties":{"algorithm":{"const":"sha256"},"canonicalization":{"const":"RFC8785"},"value":{"type":"string","pattern":"^[0-9a-f]{64}$"}}}},"allOf":[{"if":{"properties":{"status":{"const":"error"}}},"then":{"properties":{"problems":{"type":"array","minItems":1}}}}],"$defs":{"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"subjectFile":{"type":"object","required":["role","path","sha256","bytes"],"additionalProperties":false,"properties":{"role":{"type":"string","minLength":1},"path":{"type":"string","minLength":1},"sha256":{"$ref":"#/$defs/sha256"},"bytes":{"type":"integer","minimum":0},"rows":{"type":"integer","minimum":0},"weightColumn":{"type":"string","minLength":1,"description":"The column of this data file whose values weighted every row (G1\'s holdout with `weight` in ssot/model.json)."}}},"check":{"type":"object","required":["id","rule","value","status","severity"],"additionalProperties":false,"properties":{"id":{"type":"string","minLength":1},"rule":{"type":"string","minLength":1},"variable":{"type":"string"},"value":{"type":["number","string","boolean","null"]},"operator":{"enum":["<","<=",">",">="]},"threshold":{"type":["number","string","null"]},"unit":{"type":"string"},"status":{"enum":["pass","fail","warn","skipped","error"]},"severity":{"enum":["block","warn"]},"message":{"type":"string"},"source":{"type":"object","required":["file"],"additionalProperties":false,"properties":{"file":{"type":"string"},"line":{"type":"integer","minimum":1},"column":{"type":"string"},"pointer":{"type":"string"}}},"details":{"type":"object"}},"allOf":[{"if":{"properties":{"status":{"const":"skipped"}}},"then":{"required":["message"]}}]},"problem":{"type":"object","required":["message"],"additionalProperties":false,"properties":{"message":{"type":"string","minLength":1},"file":{"type":"string"},"line":{"type":"integer","minimum":1},"pointer":{"type":"string"},"expected":{"type":"string"},"found":{"type":"string"}}}}}');
;// CONCATENATED MODULE: ./build/ssot/schemas/gates.schema.json
const gates_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/gates.schema.json","title":"modelgate gate catalogue","type":"object","required":["flow","gates"],"additionalProperties":false,"properties":{"$schema":{"type":"string"},"flow":{"type":"array","items":{"type":"string"},"minItems":1},"sendBackOnFailure":{"type":"array","items":{"type":"string"}},"gates":{"type":"array","minItems":1,"items":{"type":"object","required":["id","name","validates","evidence","responsible","trigger"],"additionalProperties":false,"properties":{"id":{"enum":["G0","G1","G2","G3","G4","G5","drift","rollback"]},"name":{"type":"string","minLength":1},"validates":{"type":"string","minLength":1},"evidence":{"type":"string","minLength":1},"responsible":{"type":"string","minLength":1},"trigger":{"type":"string","minLength":1}}}}}}');
;// CONCATENATED MODULE: ./build/ssot/schemas/model.schema.json
const model_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/model.schema.json","title":"modelgate ssot/model.json","description":"The model under governance: who owns it, what it predicts, how its ONNX inputs and outputs map to data, and where its files are. Paths are relative to the repository root (the folder that contains ssot/).","type":"object","required":["name","owner","stage","task","features","input","outputs","paths"],"additionalProperties":false,"properties":{"$schema":{"type":"string"},"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$","description":"Model name: letters, digits, dot, dash and underscore."},"version":{"type":"string","minLength":1},"description":{"type":"string"},"owner":{"description":"Every production model MUST have an explicit owner.","type":"object","required":["name","email"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1},"email":{"type":"string","pattern":"^[^@\\\\s]+@[^@\\\\s]+$"},"github":{"type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$"}}},"stage":{"enum":["exploration","validation","pre-production","production","monitoring","retirement"]},"task":{"enum":["regression","binary","multiclass"]},"features":{"type":"array","minItems":1,"description":"Model inputs, in the order the model expects them.","items":{"type":"object","required":["name","dtype"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1},"dtype":{"enum":["float32","float64","int64","string"]},"unit":{"type":"string"}}}},"target":{"description":"The variable the model predicts: the regression target or the classification label column. A regression model with several output variables uses targets instead.","type":"object","required":["name"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1},"unit":{"type":"string"}}},"targets":{"description":"Regression with several output variables: one entry per variable, each mapped to a holdout column and to an ONNX output (or one column of an [N, k] output). kpi_acceptance.csv names the variable in its variable column.","type":"array","minItems":1,"items":{"type":"object","required":["name"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1,"description":"Variable name, as kpi_acceptance.csv writes it."},"column":{"type":"string","minLength":1,"description":"Holdout column with the actual values (default: name)."},"unit":{"type":"string"},"prediction":{"$ref":"#/$defs/outputRef","description":"Default: outputs.prediction, at the target\'s position among the targets that read that output."},"lower":{"$ref":"#/$defs/outputRef","description":"Prediction-interval lower bound. Default: outputs.lower, positioned as for prediction."},"upper":{"$ref":"#/$defs/outputRef","description":"Prediction-interval upper bound. Default: outputs.upper, positioned as for prediction."}}}},"weight":{"type":"string","minLength":1,"description":"Holdout column with each row\'s sample weight (a finite number >= 0; the weights must not all be 0, overall or within a slice value). G1 then computes every metric that scikit-learn weights with sample_weight as sklearn does (max_error stays unweighted). Not a feature, target or label column."},"classes":{"description":"Class labels in the order of the probability columns (a scikit-learn classifier\'s classes_). Matched by value against the model\'s label output and the holdout\'s label column: strings for string labels, integers (or their text) for integer labels.","type":"array","items":{"type":["string","integer"],"minLength":1},"minItems":2,"uniqueItems":true},"input":{"oneOf":[{"type":"object","required":["layout","name"],"additionalProperties":false,"properties":{"layout":{"const":"tensor"},"name":{"type":"string","minLength":1}}},{"type":"object","required":["layout"],"additionalProperties":false,"properties":{"layout":{"const":"per-feature"}}}]},"outputs":{"type":"object","required":["prediction"],"additionalProperties":false,"properties":{"prediction":{"type":"string","minLength":1},"probabilities":{"type":"string","minLength":1},"lower":{"type":"string","minLength":1},"upper":{"type":"string","minLength":1}}},"paths":{"type":"object","required":["model"],"additionalProperties":false,"properties":{"model":{"type":"string","minLength":1},"baseline":{"type":"string","minLength":1},"holdout":{"type":"string","minLength":1},"reference":{"type":"string","minLength":1},"training":{"type":"string","minLength":1},"modelCard":{"type":"string","minLength":1}}},"slices":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true}},"$defs":{"outputRef":{"oneOf":[{"type":"string","minLength":1,"description":"An output name."},{"type":"object","required":["output"],"additionalProperties":false,"properties":{"output":{"type":"string","minLength":1},"index":{"type":"integer","minimum":0,"description":"Column of an [N, k] output, from 0."}}}]}},"allOf":[{"anyOf":[{"required":["target"]},{"required":["targets"]}]},{"if":{"properties":{"task":{"enum":["binary","multiclass"]}}},"then":{"required":["classes","target"]}}]}');
;// CONCATENATED MODULE: ./build/ssot/schemas/security.schema.json
const security_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/security.schema.json","title":"modelgate ssot/security.json","description":"G2 Security Review: signing keys, the release material that must be signed, vulnerability policy and model-file safety rules. Paths are relative to the repository root.","type":"object","required":["keys"],"additionalProperties":false,"properties":{"$schema":{"type":"string"},"keys":{"type":"array","minItems":1,"items":{"type":"object","required":["id","algorithm"],"additionalProperties":false,"properties":{"id":{"type":"string","pattern":"^[A-Za-z0-9._-]{1,64}$"},"algorithm":{"enum":["ecdsa-p256-sha256","ed25519"],"description":"ecdsa-p256-sha256: what `cosign sign-blob --key` produces (base64 DER ECDSA over the file\'s SHA-256). ed25519: a base64 Ed25519 signature over the file\'s bytes."},"publicKey":{"type":"string","pattern":"(^|\\\\n)-----BEGIN [A-Z0-9 ]+-----","description":"An inline PEM public key (\\"-----BEGIN PUBLIC KEY-----\\"); lines before the block are allowed, as Node reads them."},"publicKeyPath":{"type":"string","minLength":1,"description":"Path of a PEM public key file (cosign.pub or openssl pkey -pubout), relative to the repository root."}},"oneOf":[{"required":["publicKey"]},{"required":["publicKeyPath"]}]},"description":"Public keys that may sign release material. Keep private keys out of the repository: a PEM private key here is an error. The Action\'s trusted-keys input pins which of these keys count, by fingerprint (sha256 of the DER public key), because a pull request can edit this file."},"releaseMaterial":{"type":"array","description":"Files signed one by one (cosign sign-blob, openssl, modelgate sign). G2 requires the model (paths.model and the model input), the model card (paths.modelCard) and every file of the ssot/ folder (the SSOT snapshot, this file included; signature files and bundles named here are left out) to be covered, here or by a modelSignatures bundle, by a signature over the file\'s current digest.","items":{"type":"object","required":["path","signature","keyId"],"additionalProperties":false,"properties":{"path":{"type":"string","minLength":1,"description":"The signed file, relative to the repository root."},"role":{"type":"string","description":"Manifest role for files other than the model, model card and SSOT (whose roles G2 derives). Default artifact."},"signature":{"type":"string","minLength":1,"description":"Path of the base64 signature file (cosign\'s .sig)."},"keyId":{"type":"string"}}}},"vulnerabilities":{"type":"object","additionalProperties":false,"properties":{"reports":{"type":"array","items":{"type":"string","minLength":1},"description":"Scanner outputs: npm audit --json (v2), pip-audit -f json, OSV-Scanner JSON or SARIF 2.1.0; the format is recognised automatically."},"maxSeverity":{"enum":["none","low","medium","high","critical"],"description":"Highest severity allowed without an allowlist entry. none: any finding fails."},"unknownSeverity":{"enum":["critical","high","medium","low","ignore"],"description":"How to rate findings without a severity (pip-audit gives none). Default high."},"allowlist":{"type":"array","items":{"type":"object","required":["id","justification","owner","expires"],"additionalProperties":false,"properties":{"id":{"type":"string","minLength":1},"justification":{"type":"string","minLength":10},"owner":{"type":"string","minLength":1},"expires":{"type":"string","pattern":"^\\\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\\\d|3[01])$","description":"Last day the entry is valid (YYYY-MM-DD, UTC); it must be a real calendar date. An expired entry fails the gate."}}}}}},"modelScan":{"type":"object","additionalProperties":false,"description":"Model-file safety: every file of the model, the release material and each OMS-signed folder is recognised by its content and scanned without being loaded.","properties":{"forbidPickle":{"type":"boolean"},"allowedOnnxDomains":{"type":"array","items":{"type":"string"}},"maxArchiveEntries":{"type":"integer","minimum":1},"maxUncompressedBytes":{"type":"integer","minimum":1,"description":"Bytes one file may inflate to (deflated zip entries, gzip and zlib joblib files), counted as they are produced; inflation stops at the limit and the file fails. Default 4294967296."},"unscannable":{"enum":["fail","warn"],"description":"The status of a file G2 cannot judge (a format it does not parse, an xz- or bz2-compressed joblib file, an encrypted entry, a dangling link). fail (the default) blocks the gate; warn lets it pass with a warning. Either way the file is named as not scanned and the gate never says it has no issues."},"allowedGlobals":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*(\\\\.[A-Za-z_][A-Za-z0-9_]*)+$"},"description":"The team\'s reviewed exceptions: pickle globals it has read and accepts, typically its own classes and functions, as the exact dotted path Python resolves (module and attribute, such as mycompany.features.Scaler). An unknown global is a high finding when loading calls it and a medium one when the pickle only imports it; a listed one is neither. Nothing here can allow a global on the denylist."}}},"modelSignatures":{"type":"array","description":"OpenSSF model-signing (OMS) bundles made with a key (model_signing sign key): the envelope signature is checked and every file of the model folder is hashed again. The files a verified bundle lists count as signed release material, at their digests.","items":{"type":"object","required":["bundle","modelPath","keyId"],"additionalProperties":false,"properties":{"bundle":{"type":"string","minLength":1},"modelPath":{"type":"string","minLength":1,"description":"The signed model folder, or the single signed file (model-signing accepts both). Symbolic links inside are never followed: each one fails the bundle."},"keyId":{"type":"string"},"ignore":{"type":"array","items":{"type":"string"},"description":"Paths inside the model folder left out of the comparison (the bundle itself always is)."},"allowExtraFiles":{"type":"boolean","description":"Accept files the signature does not list (default false)."}}}}},"anyOf":[{"required":["releaseMaterial"]},{"required":["modelSignatures"]}]}');
// EXTERNAL MODULE: ./build/src/engine/errors.js
var errors = __webpack_require__(72993);
;// CONCATENATED MODULE: ./build/src/ssot/schema-registry.js







/** JSON Schemas shipped in the repository's root `ssot/schemas/`, by short name. */
const SCHEMAS = {
    model: model_schema_namespaceObject,
    data_schema: data_schema_schema_namespaceObject,
    evidence: evidence_schema_namespaceObject,
    gates: gates_schema_namespaceObject,
    security: security_schema_namespaceObject,
};
let ajv;
const compiled = new Map();
/** One Ajv instance for all shipped schemas; `validateSchema` checks user schemas against draft 2020-12. */
function getAjv() {
    if (!ajv) {
        ajv = new _2020.Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, validateFormats: false });
        // Annotation keywords that shipped schemas use.
        ajv.addKeyword({ keyword: 'x-unit' });
    }
    return ajv;
}
function validator(name) {
    let fn = compiled.get(name);
    if (!fn) {
        const schema = SCHEMAS[name];
        if (!schema)
            throw new Error(`Unknown schema ${name}`);
        fn = getAjv().compile(schema);
        compiled.set(name, fn);
    }
    return fn;
}
/** Validates `data` against a shipped schema; throws every problem at once, each with its JSON pointer. */
function assertValid(name, data, file) {
    const fn = validator(name);
    if (fn(data))
        return data;
    throw new errors/* InputErrors */.G(describeAjvErrors(fn.errors ?? [], data, file));
}
/** Turns Ajv errors into problems with pointer, expected and found. */
function describeAjvErrors(errors, data, file) {
    // With oneOf/anyOf, Ajv reports every branch; keep the most specific (deepest) errors first.
    const problems = [];
    const seen = new Set();
    for (const e of errors) {
        if (e.keyword === 'if' || e.keyword === 'oneOf' || e.keyword === 'anyOf')
            continue;
        const p = ajvErrorToProblem(e, data, file);
        const key = `${p.pointer}|${p.expected}|${p.found}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        problems.push(p);
    }
    if (problems.length === 0 && errors[0])
        problems.push(ajvErrorToProblem(errors[0], data, file));
    return problems;
}
function ajvErrorToProblem(e, data, file) {
    const pointer = e.instancePath || '/';
    const found = describeValue(valueAt(data, e.instancePath));
    const params = e.params;
    switch (e.keyword) {
        case 'required':
            return {
                file,
                pointer,
                message: `Missing required property "${String(params.missingProperty)}"`,
                expected: `property "${String(params.missingProperty)}"`,
                found: 'no such property',
            };
        case 'additionalProperties':
            return {
                file,
                pointer: `${e.instancePath}/${escapePointer(String(params.additionalProperty))}`,
                message: `Unknown property "${String(params.additionalProperty)}"`,
                expected: 'only the properties the schema defines',
                found: `"${String(params.additionalProperty)}"`,
            };
        case 'enum':
            return {
                file,
                pointer,
                message: 'Value not allowed',
                expected: `one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`,
                found,
            };
        case 'const':
            return { file, pointer, message: 'Value not allowed', expected: JSON.stringify(params.allowedValue), found };
        case 'type':
            return { file, pointer, message: 'Wrong type', expected: String(params.type), found };
        default:
            return { file, pointer, message: `Schema rule "${e.keyword}" failed`, expected: e.message ?? e.keyword, found };
    }
}
function escapePointer(token) {
    return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
function valueAt(data, pointer) {
    if (!pointer)
        return data;
    let cur = data;
    for (const raw of pointer.slice(1).split('/')) {
        const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (cur === null || typeof cur !== 'object')
            return undefined;
        cur = cur[key];
    }
    return cur;
}
/** Short, readable description of a JSON value for "found". */
function describeValue(value) {
    if (value === undefined)
        return 'nothing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return `an array of ${value.length} items`;
    if (typeof value === 'object')
        return 'an object';
    const text = JSON.stringify(value);
    return `${typeof value} ${text.length > 60 ? `${text.slice(0, 57)}...` : text}`;
}


/***/ })

};
