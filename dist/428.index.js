export const id = 428;
export const ids = [428];
export const modules = {

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
