export const id = 428;
export const ids = [428];
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


/***/ })

};
