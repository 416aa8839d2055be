export const id = 933;
export const ids = [933];
export const modules = {

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

/***/ 2933:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g1: () => (/* binding */ g1),
  pickHoldout: () => (/* binding */ pickHoldout)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./build/src/csv/range-workers.js + 2 modules
var range_workers = __webpack_require__(58348);
// EXTERNAL MODULE: ./build/src/contract/errors.js
var errors = __webpack_require__(68081);
// EXTERNAL MODULE: ./build/src/engine/outcome.js
var outcome = __webpack_require__(36576);
// EXTERNAL MODULE: ./build/src/ssot/model-config.js
var model_config = __webpack_require__(79861);
// EXTERNAL MODULE: ./build/src/stats/bootstrap.js
var bootstrap = __webpack_require__(14727);
// EXTERNAL MODULE: ./build/src/onnx/model-io.js
var model_io = __webpack_require__(59637);
// EXTERNAL MODULE: ./build/src/acceptance/rules.js + 1 modules
var rules = __webpack_require__(28785);
// EXTERNAL MODULE: ./build/src/acceptance/kpis.js
var kpis = __webpack_require__(9510);
// EXTERNAL MODULE: ./build/src/metrics/index.js + 5 modules
var src_metrics = __webpack_require__(53291);
// EXTERNAL MODULE: ./build/src/stats/quantile.js
var quantile = __webpack_require__(38260);
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

// EXTERNAL MODULE: ./build/src/contract/digits.js
var digits = __webpack_require__(70020);
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
        const ci = m.samples ? (0,bootstrap/* bootstrapInterval */.kd)(m.samples, REPORT_CONFIDENCE) : undefined;
        const dci = b?.samples ? (0,bootstrap/* bootstrapInterval */.kd)(b.samples, REPORT_CONFIDENCE) : undefined;
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
        const cm = (0,src_metrics/* confusionMatrix */.gM)(d.labels, d.predictedClass, names.length, undefined, d.weights);
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
            maxDroppedShare: bootstrap/* MAX_DROPPED_SHARE */.sl,
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
                    : `Resamples without a value (e.g. one class only) are left out and counted, up to ${bootstrap/* MAX_DROPPED_SHARE */.sl * 100}% (beyond that no interval is given): ${drops.map(([k, n]) => `${k} ${n}`).join(', ')}.`),
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
                add((0,kpis/* findKpi */.OS)(w.def.name.replace(/^slice_gap_/, ''))?.def);
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
                        points: (0,src_metrics/* calibrationCurve */.eT)(d.labels, d.probabilities, input.eceBins, d.weights),
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
    (0,bootstrap/* forEachResample */.uf)(input.rows, input.resamples, input.seed, (idx, r) => {
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
        probabilityEps: src_metrics/* DTYPE_EPS */.qR[p.probabilityDtype ?? 'float64'],
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
    const bad = (0,src_metrics/* firstBadRowSum */.Bb)(proba, dtype, 'log_loss');
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
        const bad = (0,src_metrics/* firstBadRowSum */.Bb)(d.probabilities, dtype, 'roc_auc_ovr');
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
            const found = (0,kpis/* findKpi */.OS)(name);
            // Shown by default only when the model has the outputs they need; a rule naming one still gets an error.
            if (found.def.needs === 'intervals' && !d.lower)
                continue;
            if (found.def.needs === 'probabilities' && !d.probabilities)
                continue;
            wanted.set((0,rules/* key */.Eb)(name, v.name), { ...found, variable: v.name });
        }
    }
    for (const rule of input.rules) {
        const r = (0,rules/* resolveRule */.rj)(rule, input.variables, input.task);
        if ('def' in r)
            wanted.set((0,rules/* key */.Eb)(rule.kpi, rule.variable), { ...(0,kpis/* findKpi */.OS)(rule.kpi), variable: rule.variable });
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
    const checks = (0,rules/* judgeRules */.T_)({
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
        const resamples = options.bootstrap ?? (0,bootstrap/* defaultResampleCount */.a)(holdout.rows);
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
        const status = (0,outcome/* decideStatus */.x7)(checks, 0);
        return {
            status,
            summary: `${model.name} on ${(0,digits/* groupDigits */.K)(holdout.rows)} holdout rows${weight !== undefined ? ` weighted by column ${JSON.stringify(weight)}` : ''}${baseline ? ' against the baseline' : ', no baseline'}; ${(0,outcome/* describeCounts */.wv)(checks)}`,
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


/***/ })

};
