export const id = 553;
export const ids = [553];
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

/***/ 15406:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _n: () => (/* binding */ FileSource),
/* harmony export */   kq: () => (/* binding */ bufferSource),
/* harmony export */   qq: () => (/* binding */ windowSource)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);

function bufferSource(data) {
    return {
        size: data.length,
        read: (offset, length) => data.subarray(offset, Math.min(data.length, offset + length)),
    };
}
/** The bytes [start, start + size) of `source`, as a source of their own. */
function windowSource(source, start, size) {
    const end = Math.min(source.size, start + size);
    return {
        size: Math.max(0, end - start),
        read: (offset, length) => source.read(start + offset, Math.max(0, Math.min(length, end - start - offset))),
    };
}
/** A file opened for reading by ranges; close it when done. */
class FileSource {
    size;
    /** Bytes read from the file so far: what a scan really touched, however large the file. */
    bytesRead = 0;
    fd;
    constructor(path) {
        this.fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
        this.size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(this.fd).size;
    }
    read(offset, length) {
        if (this.fd === undefined)
            throw new Error('read after close');
        const n = Math.max(0, Math.min(length, this.size - offset));
        const out = Buffer.allocUnsafe(n);
        let done = 0;
        while (done < n) {
            const got = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(this.fd, out, done, n - done, offset + done);
            if (got === 0)
                break;
            done += got;
        }
        this.bytesRead += done;
        return out.subarray(0, done);
    }
    close() {
        if (this.fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
        this.fd = undefined;
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


/***/ }),

/***/ 59637:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ modelIoFor)
/* harmony export */ });
/* harmony import */ var _class_map_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1334);

/** How a model.json maps a model's inputs and outputs, with its targets and declared classes. */
function modelIoFor(model, targets, classes) {
    return {
        features: model.features,
        input: model.input,
        outputs: model.outputs,
        task: model.task,
        targets,
        ...(classes ? { classes: new _class_map_js__WEBPACK_IMPORTED_MODULE_0__/* .ClassMap */ .D(classes) } : {}),
    };
}


/***/ }),

/***/ 38746:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ ProtoReader),
/* harmony export */   p: () => (/* binding */ ProtoError)
/* harmony export */ });
/** A malformed or truncated message; the message says where. */
class ProtoError extends Error {
}
/** Reads protobuf fields from a byte source through a small cache. */
class ProtoReader {
    source;
    cacheStart = 0;
    cache = new Uint8Array(0);
    constructor(source) {
        this.source = source;
    }
    byte(at) {
        if (at < this.cacheStart || at >= this.cacheStart + this.cache.length) {
            this.cacheStart = at;
            this.cache = this.source.read(at, 64 * 1024);
            if (this.cache.length === 0)
                throw new ProtoError(`truncated at byte ${at}`);
        }
        return this.cache[at - this.cacheStart];
    }
    /** A length-delimited field (or any range) as UTF-8 text; strings over 1 MiB are refused. */
    text(start, end) {
        if (end - start > 1024 * 1024)
            throw new ProtoError(`a string of ${end - start} bytes at byte ${start}`);
        return Buffer.from(this.source.read(start, end - start)).toString('utf8');
    }
    /** The bytes of a range (bounded by the caller). */
    bytes(start, end) {
        return this.source.read(start, end - start);
    }
    /** The varint at `p`, read no further than `end`: its value (exact up to 2^53) and the offset past it. */
    varint(p, end) {
        let value = 0;
        let mul = 1;
        for (let i = 0; i < 10; i++) {
            if (p >= end)
                throw new ProtoError(`truncated varint at byte ${p}`);
            const b = this.byte(p++);
            value += (b & 0x7f) * mul;
            if (b < 0x80)
                return { value, next: p };
            mul *= 128;
        }
        throw new ProtoError(`varint too long at byte ${p}`);
    }
    /** Iterates the fields of the message in [start, end). Throws ProtoError on a truncated or malformed message. */
    *fields(start, end) {
        let p = start;
        const varint = () => {
            const r = this.varint(p, end);
            p = r.next;
            return r.value;
        };
        while (p < end) {
            const key = varint();
            const no = Math.floor(key / 8);
            const wire = key % 8;
            if (no === 0)
                throw new ProtoError(`field number 0 at byte ${p}`);
            if (wire === 0) {
                const at = p;
                const value = varint();
                yield { no, wire, start: at, end: p, varint: value };
            }
            else if (wire === 2) {
                const len = varint();
                if (p + len > end)
                    throw new ProtoError(`field ${no} runs past the end of its message at byte ${p}`);
                yield { no, wire, start: p, end: p + len, varint: len };
                p += len;
            }
            else if (wire === 1)
                p += 8;
            else if (wire === 5)
                p += 4;
            else
                throw new ProtoError(`unsupported wire type ${wire} at byte ${p}`);
            if (p > end)
                throw new ProtoError(`field ${no} runs past the end of its message`);
        }
    }
    /** The values of a repeated varint field occurrence: one varint (wire type 0) or a packed run (wire type 2). */
    varints(f) {
        if (f.wire === 0)
            return [f.varint];
        const out = [];
        for (let p = f.start; p < f.end;) {
            const r = this.varint(p, f.end);
            out.push(r.value);
            p = r.next;
        }
        return out;
    }
    /** The values of a repeated int64 field occurrence, signed (protobuf int64: two's complement in 10 bytes when negative). */
    int64s(f) {
        if (f.wire !== 0 && f.wire !== 2)
            return [];
        const out = [];
        for (let p = f.start; p < f.end;) {
            let v = 0n;
            let shift = 0n;
            for (;;) {
                if (p >= f.end || shift >= 70n)
                    throw new ProtoError(`truncated varint at byte ${p}`);
                const b = this.byte(p++);
                v |= BigInt(b & 0x7f) << shift;
                shift += 7n;
                if (b < 0x80)
                    break;
            }
            out.push(BigInt.asIntN(64, v));
        }
        return out;
    }
}


/***/ }),

/***/ 52731:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ LoadedModel)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./build/src/contract/errors.js
var errors = __webpack_require__(68081);
// EXTERNAL MODULE: ./build/src/io/file-errors.js
var file_errors = __webpack_require__(24480);
// EXTERNAL MODULE: ./build/src/onnx/runtime-loader.js
var runtime_loader = __webpack_require__(73817);
// EXTERNAL MODULE: ./build/src/io/byte-source.js
var byte_source = __webpack_require__(15406);
// EXTERNAL MODULE: ./build/src/onnx/protobuf.js
var protobuf = __webpack_require__(38746);
;// CONCATENATED MODULE: ./build/src/onnx/class-labels.js


const CLASSIFIERS = new Set(['LinearClassifier', 'TreeEnsembleClassifier', 'SVMClassifier']);
const LABEL_ATTRIBUTES = ['classlabels_strings', 'classlabels_int64s', 'classlabels_ints'];
/** Operators whose first input carries the same classes, in the same order, as their output. */
const ORDER_KEEPING = new Set([
    'Identity',
    'Cast',
    'CastLike',
    'Reshape',
    'Flatten',
    'Squeeze',
    'Unsqueeze',
    'Normalizer',
    'Softmax',
    'Clip',
]);
/** Parses the graph once; `labelsOf(output)` then walks back from each output. Throws when the bytes are not an ONNX ModelProto. */
function classLabelReader(buf) {
    const r = new protobuf/* ProtoReader */.i((0,byte_source/* bufferSource */.kq)(buf));
    let graph;
    for (const f of r.fields(0, buf.length))
        if (f.no === 7 && f.wire === 2)
            graph = f;
    if (!graph)
        throw new Error('no graph in the ModelProto');
    const producer = new Map();
    const initializers = new Map();
    for (const f of r.fields(graph.start, graph.end)) {
        if (f.wire !== 2)
            continue;
        if (f.no === 1) {
            const node = parseNode(r, f);
            for (const o of node.outputs)
                producer.set(o, node);
        }
        else if (f.no === 5) {
            for (const g of r.fields(f.start, f.end))
                if (g.no === 8 && g.wire === 2)
                    initializers.set(r.text(g.start, g.end), f);
        }
    }
    return {
        labelsOf(output) {
            let name = output;
            for (let step = 0; step < 64; step++) {
                const node = producer.get(name);
                if (!node)
                    return undefined;
                if (CLASSIFIERS.has(node.opType)) {
                    for (const attribute of LABEL_ATTRIBUTES) {
                        const occurrences = node.attributes.get(attribute);
                        if (!occurrences)
                            continue;
                        const labels = attributeLabels(r, occurrences);
                        if (labels.length > 0)
                            return { source: `${node.opType} node "${node.name}" (${attribute})`, labels };
                    }
                    return undefined;
                }
                if (node.opType === 'ArrayFeatureExtractor') {
                    const tensor = initializers.get(node.inputs[0] ?? '');
                    const labels = tensor ? tensorLabels(r, tensor) : undefined;
                    return labels
                        ? {
                            source: `ArrayFeatureExtractor node "${node.name}" over initializer "${node.inputs[0]}"`,
                            labels,
                        }
                        : undefined;
                }
                if (!ORDER_KEEPING.has(node.opType) || !node.inputs[0])
                    return undefined;
                name = node.inputs[0];
            }
            return undefined;
        },
    };
}
function parseNode(r, f) {
    const node = { name: '', opType: '', inputs: [], outputs: [], attributes: new Map() };
    for (const g of r.fields(f.start, f.end)) {
        if (g.wire !== 2)
            continue;
        if (g.no === 1)
            node.inputs.push(r.text(g.start, g.end));
        else if (g.no === 2)
            node.outputs.push(r.text(g.start, g.end));
        else if (g.no === 3)
            node.name = r.text(g.start, g.end);
        else if (g.no === 4)
            node.opType = r.text(g.start, g.end);
        else if (g.no === 5) {
            let attrName = '';
            const values = [];
            for (const h of r.fields(g.start, g.end)) {
                if (h.no === 1 && h.wire === 2)
                    attrName = r.text(h.start, h.end);
                // AttributeProto: ints = 8 (packed or not), strings = 9.
                else if (h.no === 8 || h.no === 9)
                    values.push(h);
            }
            node.attributes.set(attrName, values);
        }
    }
    return node;
}
function attributeLabels(r, values) {
    const out = [];
    for (const v of values) {
        if (v.no === 9 && v.wire === 2)
            out.push(r.text(v.start, v.end));
        else if (v.no === 8)
            out.push(...r.int64s(v).map(String));
    }
    return out;
}
/** A string, int64 or int32 TensorProto's values as text; undefined for other types or external data. */
function tensorLabels(r, tensor) {
    let type = 0;
    const strings = [];
    const ints = [];
    let raw;
    for (const g of r.fields(tensor.start, tensor.end)) {
        if (g.no === 2 && g.wire === 0)
            type = g.varint;
        else if (g.no === 6 && g.wire === 2)
            strings.push(r.text(g.start, g.end));
        else if (g.no === 5 || g.no === 7)
            ints.push(...r.int64s(g).map(String));
        else if (g.no === 9 && g.wire === 2)
            raw = g;
    }
    // TensorProto.DataType: 6 INT32, 7 INT64, 8 STRING.
    if (type === 8)
        return strings;
    if (type === 7 || type === 6) {
        if (ints.length > 0 || !raw)
            return ints;
        const width = type === 7 ? 8 : 4;
        const bytes = Buffer.from(r.bytes(raw.start, raw.end));
        const out = [];
        for (let p = 0; p + width <= bytes.length; p += width)
            out.push(String(width === 8 ? bytes.readBigInt64LE(p) : bytes.readInt32LE(p)));
        return out;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./build/src/onnx/model-signature.js


const TYPE_NAMES = {
    float32: 'float32',
    float64: 'float64',
    int64: 'int64',
    string: 'string',
};
const ROLES = ['prediction', 'lower', 'upper'];
/** Checks the model's inputs and mapped outputs (`fetches`); returns the element type of its probabilities output. */
function checkSignature(session, io, display, fetches) {
    let probabilityDtype = 'float64';
    const { features, input } = io;
    const meta = new Map(session.inputMetadata.map((m) => [m.name, m]));
    const names = [...meta.keys()];
    if (input.layout === 'per-feature') {
        const missing = features.filter((f) => !meta.has(f.name)).map((f) => f.name);
        const extra = names.filter((n) => !features.some((f) => f.name === n));
        if (missing.length || extra.length) {
            throw new errors/* InputError */.dz({
                file: display,
                message: 'The model inputs do not match the features in ssot/model.json (input.layout per-feature)',
                expected: `inputs ${features.map((f) => f.name).join(', ')}`,
                found: `inputs ${names.join(', ')}`,
            });
        }
        for (const f of features) {
            const m = meta.get(f.name);
            if (!m.isTensor)
                throw new errors/* InputError */.dz({
                    file: display,
                    message: `Input "${f.name}" is not a tensor`,
                    expected: 'a tensor input',
                    found: 'a non-tensor input',
                });
            if (m.type !== TYPE_NAMES[f.dtype])
                throw new errors/* InputError */.dz({
                    file: display,
                    message: `Input "${f.name}" has another type than model.json declares`,
                    expected: f.dtype,
                    found: m.type,
                });
            const width = m.shape[1];
            if (m.shape.length !== 2 || (typeof width === 'number' && width !== 1)) {
                throw new errors/* InputError */.dz({
                    file: display,
                    message: `Input "${f.name}" has an unexpected shape`,
                    expected: '[N, 1]',
                    found: `[${m.shape.join(', ')}]`,
                });
            }
        }
    }
    else {
        const m = meta.get(input.name);
        if (!m)
            throw new errors/* InputError */.dz({
                file: display,
                message: `The model has no input "${input.name}" (input.name in ssot/model.json)`,
                expected: input.name,
                found: `inputs ${names.join(', ')}`,
            });
        if (names.length !== 1)
            throw new errors/* InputError */.dz({
                file: display,
                message: 'input.layout tensor needs a model with one input',
                expected: '1 input',
                found: `${names.length} inputs: ${names.join(', ')}`,
            });
        if (!m.isTensor)
            throw new errors/* InputError */.dz({
                file: display,
                message: `Input "${input.name}" is not a tensor`,
                expected: 'a tensor',
                found: 'a non-tensor input',
            });
        const dtypes = new Set(features.map((f) => f.dtype));
        if (dtypes.size !== 1 || !dtypes.has(m.type)) {
            throw new errors/* InputError */.dz({
                file: display,
                message: `Input "${input.name}" type does not match the feature dtypes`,
                expected: `every feature of type ${m.type}`,
                found: [...dtypes].join(', '),
            });
        }
        const width = m.shape[1];
        if (m.shape.length !== 2 || (typeof width === 'number' && width !== features.length)) {
            throw new errors/* InputError */.dz({
                file: display,
                message: `Input "${input.name}" has another width than the ${features.length} features in ssot/model.json`,
                expected: `[N, ${features.length}]`,
                found: `[${m.shape.join(', ')}]`,
            });
        }
    }
    const outMeta = new Map(session.outputMetadata.map((m) => [m.name, m]));
    for (const name of fetches) {
        const m = outMeta.get(name);
        if (!m)
            throw new errors/* InputError */.dz({
                file: display,
                message: `The model has no output "${name}" (${roleOf(io, name)} in ssot/model.json)`,
                expected: name,
                found: `outputs ${[...outMeta.keys()].join(', ')}`,
            });
        if (!m.isTensor) {
            throw new errors/* InputError */.dz({
                file: display,
                message: `Output "${name}" is not a tensor (a scikit-learn ZipMap?)`,
                expected: "a tensor output: export the classifier with skl2onnx options={id(model): {'zipmap': False}}",
                found: 'a sequence or map output',
            });
        }
        if (name === io.outputs.probabilities && io.task !== 'regression') {
            if (m.type !== 'float32' && m.type !== 'float64')
                throw new errors/* InputError */.dz({
                    file: display,
                    message: `Output "${name}" (outputs.probabilities) is not floating point`,
                    expected: 'float32 or float64 probabilities',
                    found: m.type,
                });
            probabilityDtype = m.type;
        }
    }
    return probabilityDtype;
}
/** Where model.json maps an output, for messages. */
function roleOf(io, name) {
    if (io.task !== 'regression')
        return name === io.outputs.probabilities ? 'outputs.probabilities' : 'outputs.prediction';
    for (const t of io.targets)
        for (const role of ROLES)
            if (t[role]?.output === name)
                return `the ${role} output of target "${t.name}"`;
    return 'outputs';
}
/**
 * A classifier graph declares the order of its classes (classlabels_* of
 * its ai.onnx.ml classifier operator, or the labels an ArrayFeatureExtractor
 * maps to). When that order is not model.json's, every probability column
 * would be read as the wrong class, so the gate stops.
 */
function checkDeclaredClasses(bytes, io, display) {
    const classes = io.classes;
    if (!classes || io.task === 'regression')
        return;
    let reader;
    try {
        reader = classLabelReader(bytes);
    }
    catch {
        // onnxruntime loaded the file, so it is ONNX; a graph this reader cannot walk declares nothing it can check.
        return;
    }
    for (const output of [io.outputs.prediction, io.outputs.probabilities]) {
        if (!output)
            continue;
        const declared = reader.labelsOf(output);
        if (!declared)
            continue;
        const same = declared.labels.length === classes.size &&
            declared.labels.every((l, i) => l === classes.names[i]);
        if (same)
            continue;
        const sameSet = declared.labels.length === classes.size &&
            declared.labels.every((l) => classes.names.includes(l));
        throw new errors/* InputError */.dz({
            file: display,
            message: sameSet
                ? `The model orders its classes differently from classes in ssot/model.json: probability columns and labels would be read as the wrong class`
                : `The model's class labels are not the classes in ssot/model.json`,
            expected: `classes ${classes.describe()} (ssot/model.json /classes, in the order of the probability columns)`,
            found: `${declared.labels.map((l) => JSON.stringify(l)).join(', ')} in ${declared.source}, behind output "${output}"`,
        });
    }
}

;// CONCATENATED MODULE: ./build/src/onnx/tensors.js

function copyColumn(display, result, ref, rule, into, start, end) {
    const t = result[ref.output];
    const data = t.data;
    const n = end - start;
    const width = data.length / n;
    if (!Number.isInteger(width) ||
        (rule?.width !== undefined && width !== rule.width) ||
        ref.index >= width) {
        const expected = rule?.width !== undefined
            ? `${rule.width} value${rule.width > 1 ? 's' : ''} per row, one per target that reads it (${rule.readers.join(', ')}); give an index in ssot/model.json to pick columns`
            : `at least ${ref.index + 1} values per row (index ${ref.index} in ssot/model.json)`;
        throw new errors/* InputError */.dz({
            file: display,
            message: `Output "${ref.output}" has ${Number.isInteger(width) ? width : data.length / n} values per row`,
            expected,
            found: `shape [${t.dims.join(', ')}]`,
        });
    }
    for (let i = 0; i < n; i++) {
        const v = Number(data[i * width + ref.index]);
        if (!Number.isFinite(v))
            nonFinite(display, ref.output, start + i, v);
        into[start + i] = v;
    }
}
/** The label output, mapped by value through the declared classes; an unknown label names its row. */
function copyLabels(display, io, result, into, start, end) {
    const name = io.outputs.prediction;
    const classes = io.classes;
    const t = result[name];
    const data = t.data;
    const n = end - start;
    if (data.length !== n) {
        throw new errors/* InputError */.dz({
            file: display,
            message: `Output "${name}" (outputs.prediction) has ${data.length / n} values per row`,
            expected: 'one predicted label per row ([N] or [N, 1])',
            found: `shape [${t.dims.join(', ')}]`,
        });
    }
    for (let i = 0; i < n; i++) {
        const v = data[i];
        const c = classes.ofOutput(v);
        if (c < 0) {
            throw new errors/* InputError */.dz({
                file: display,
                message: `The label output "${name}" predicts ${typeof v === 'string' ? JSON.stringify(v) : String(v)} for holdout row ${start + i + 1}, which is not one of the classes in ssot/model.json`,
                expected: `one of ${classes.describe()} (the label values, not class indexes)`,
                found: typeof v === 'string' ? JSON.stringify(v) : `${String(v)} (${t.type})`,
            });
        }
        into[start + i] = c;
    }
}
function copyProbabilities(display, io, result, into, start, end) {
    const name = io.outputs.probabilities;
    const t = result[name];
    const data = t.data;
    const n = end - start;
    const k = into.length;
    if (data.length !== n * k) {
        throw new errors/* InputError */.dz({
            file: display,
            message: `Output "${name}" does not have one probability per class`,
            expected: `shape [N, ${k}] for classes ${io.classes?.describe()}`,
            found: `shape [${t.dims.join(', ')}]`,
        });
    }
    for (let i = 0; i < n; i++) {
        for (let c = 0; c < k; c++) {
            const v = data[i * k + c];
            if (!Number.isFinite(v))
                nonFinite(display, name, start + i, v);
            into[c][start + i] = v;
        }
    }
}
function nonFinite(display, output, row, value) {
    throw new errors/* InputError */.dz({
        file: display,
        message: `Output "${output}" is ${value} for holdout row ${row + 1}`,
        expected: 'finite numbers in every model output',
        found: String(value),
    });
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
    return dtype === 'float32'
        ? new ort.Tensor('float32', data, dims)
        : new ort.Tensor('float64', data, dims);
}

;// CONCATENATED MODULE: ./build/src/onnx/runner.js






/**
 * The ONNX model adapter for G1: loads a model with onnxruntime-node, checks
 * that its inputs and outputs match ssot/model.json (and, where the graph
 * declares class labels, that they are model.json's classes in the same
 * order), and runs it in batches, fetching only the outputs model.json maps.
 * Every mismatch is an InputError naming the model file, what model.json
 * expects and what the model has.
 */
class LoadedModel {
    ort;
    session;
    display;
    io;
    /** The outputs model.json maps: the only ones fetched, so unmapped non-tensor outputs (a ZipMap) never run. */
    fetches;
    probabilityDtype = 'float64';
    constructor(ort, session, display, io) {
        this.ort = ort;
        this.session = session;
        this.display = display;
        this.io = io;
        const names = new Set();
        if (io.task === 'regression') {
            for (const t of io.targets)
                for (const role of ROLES)
                    if (t[role])
                        names.add(t[role].output);
        }
        else {
            names.add(io.outputs.prediction);
            if (io.outputs.probabilities)
                names.add(io.outputs.probabilities);
        }
        this.fetches = [...names];
    }
    static async open(path, display, io, settings = { intraOpThreads: 0 }) {
        const ort = await (0,runtime_loader/* loadOnnxRuntime */.J)();
        let bytes;
        try {
            bytes = await (0,promises_.readFile)(path);
        }
        catch (error) {
            throw (0,file_errors/* unreadableFile */._)(error, display, 'an ONNX model file');
        }
        if (bytes.length === 0)
            throw new errors/* InputError */.dz({
                file: display,
                message: 'The model file is empty',
                expected: 'an ONNX model (protobuf ModelProto)',
                found: '0 bytes',
            });
        let session;
        try {
            // Load from the path, not the bytes, so onnxruntime resolves external data next to the model.
            session = await ort.InferenceSession.create(path, {
                graphOptimizationLevel: 'all',
                logSeverityLevel: 3,
                ...(settings.intraOpThreads > 0 ? { intraOpNumThreads: settings.intraOpThreads } : {}),
            });
        }
        catch (error) {
            const message = error.message.split('\n')[0] ?? String(error);
            if (/external|\.data|model_path|GetExternalDataInfo|TensorProtoToTensor/i.test(message) &&
                /No such file|not exist|cannot|fail/i.test(message)) {
                throw new errors/* InputError */.dz({
                    file: display,
                    message: 'The model needs external data files that are missing',
                    expected: 'the external data files next to the model (or a model saved with its weights inside)',
                    found: message,
                });
            }
            throw new errors/* InputError */.dz({
                file: display,
                message: 'onnxruntime could not load the model (corrupt, truncated or not ONNX)',
                expected: 'a valid ONNX model',
                found: message,
            });
        }
        const model = new LoadedModel(ort, session, display, io);
        try {
            model.probabilityDtype = checkSignature(session, io, display, model.fetches);
            checkDeclaredClasses(bytes, io, display);
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
    /** Runs the model over `rows` rows in batches; checks every output for NaN, infinity and unknown labels. */
    async predict(columns, rows, batchSize = 65_536) {
        for (const f of this.io.features) {
            if (!columns.has(f.name))
                throw new errors/* InputError */.dz({
                    file: this.display,
                    message: `No data for feature "${f.name}"`,
                    expected: `a column "${f.name}"`,
                    found: 'no such column',
                });
        }
        const regression = this.io.task === 'regression';
        const out = { targets: [] };
        if (regression) {
            for (const t of this.io.targets)
                out.targets.push({
                    prediction: new Float64Array(rows),
                    ...(t.lower && t.upper
                        ? { lower: new Float64Array(rows), upper: new Float64Array(rows) }
                        : {}),
                });
        }
        else {
            out.predictedClass = new Int32Array(rows);
            if (this.io.outputs.probabilities) {
                out.probabilities = Array.from({ length: this.io.classes?.size ?? 0 }, () => new Float64Array(rows));
                out.probabilityDtype = this.probabilityDtype;
            }
        }
        const widths = this.expectedWidths();
        for (let start = 0; start < rows; start += batchSize) {
            const end = Math.min(rows, start + batchSize);
            const result = await this.session.run(this.feeds(columns, start, end), this.fetches);
            if (regression) {
                this.io.targets.forEach((t, i) => {
                    for (const role of ROLES) {
                        const ref = t[role];
                        const into = out.targets[i][role];
                        if (ref && into)
                            copyColumn(this.display, result, ref, widths.get(ref.output), into, start, end);
                    }
                });
            }
            else {
                copyLabels(this.display, this.io, result, out.predictedClass, start, end);
                if (out.probabilities)
                    copyProbabilities(this.display, this.io, result, out.probabilities, start, end);
            }
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
            await this.session.run(feeds, this.fetches);
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
            await this.session.run(feeds, this.fetches);
            best = Math.min(best, performance.now() - t0);
        }
        return { rowsPerSecond: n / (Math.max(best, 1e-6) / 1000), batchRows: n, repeats };
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
        return {
            [input.name]: makeTensor(this.ort, features[0].dtype, features.map((f) => columns.get(f.name)), start, end),
        };
    }
    /**
     * Values per row each regression output must have: when model.json gives no
     * column index for an output, one per target that reads it (so an [N, 2]
     * output read by one target is an error, not a silent first column).
     */
    expectedWidths() {
        const out = new Map();
        for (const t of this.io.targets) {
            for (const role of ROLES) {
                const ref = t[role];
                if (!ref)
                    continue;
                const entry = out.get(ref.output) ?? { readers: [], explicit: false };
                entry.readers.push(`${t.name} (${role})`);
                entry.explicit ||= ref.explicit;
                out.set(ref.output, entry);
            }
        }
        for (const entry of out.values())
            if (!entry.explicit)
                entry.width = entry.readers.length;
        return out;
    }
}


/***/ }),

/***/ 73817:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ loadOnnxRuntime)
/* harmony export */ });
/* unused harmony export SUPPORTED_ORT_PLATFORMS */
/* harmony import */ var _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68081);

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
        return Promise.reject(new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            message: 'ONNX inference is not available on this runner',
            expected: `a runner on ${SUPPORTED_ORT_PLATFORMS.join(' or ')} (for example ubuntu-latest or ubuntu-24.04-arm)`,
            found: key,
        }));
    }
    cached ??= __webpack_require__.e(/* import() */ 701).then(__webpack_require__.t.bind(__webpack_require__, 30701, 19)).then((m) => (m.default ?? m));
    return cached;
}


/***/ }),

/***/ 79861:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xu: () => (/* binding */ weightColumn),
/* harmony export */   h5: () => (/* binding */ resolveTargets),
/* harmony export */   xW: () => (/* binding */ classNames)
/* harmony export */ });
/* harmony import */ var _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68081);

/**
 * The model's output variables. Regression: `targets` (each one a variable),
 * or the single `target` read from `outputs.prediction`/`lower`/`upper`.
 * A target's output defaults to the matching `outputs` entry, and its column
 * in that output defaults to its position among the targets that read the
 * same output. Classification: the one `target`, the label column.
 */
function resolveTargets(model, file) {
    const problem = (pointer, message, expected, found) => new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file, pointer, message, expected, found });
    if (model.target && model.targets)
        throw problem('/targets', 'model.json gives both target and targets', 'either target (one variable) or targets (several)', 'both');
    if (model.targets && model.task !== 'regression')
        throw problem('/targets', `A ${model.task} model has one label column`, 'target: { "name": <label column> }', `targets with ${model.targets.length} entries`);
    const list = model.targets ??
        (model.target
            ? [
                {
                    ...model.target,
                    ...(model.outputs.lower ? { lower: model.outputs.lower } : {}),
                    ...(model.outputs.upper ? { upper: model.outputs.upper } : {}),
                },
            ]
            : undefined);
    if (!list || list.length === 0)
        throw problem('', 'model.json names no target', 'target (one variable) or targets (regression with several output variables)', 'neither');
    const pointer = (i, key) => model.targets
        ? `/targets/${i}/${key}`
        : key === 'prediction'
            ? '/outputs/prediction'
            : `/outputs/${key}`;
    const used = new Map();
    const ref = (value, fallback, role) => {
        const output = value === undefined ? fallback : typeof value === 'string' ? value : value.output;
        if (output === undefined)
            return undefined;
        const given = typeof value === 'object' ? value.index : undefined;
        const position = used.get(`${role}|${output}`) ?? 0;
        used.set(`${role}|${output}`, position + 1);
        return { output, index: given ?? position, explicit: given !== undefined };
    };
    const seen = new Map();
    const columns = new Map();
    const resolved = list.map((t, i) => {
        if (seen.has(t.name))
            throw problem(`/targets/${i}/name`, `Two targets are named "${t.name}"`, 'a distinct variable name per target', `"${t.name}" at /targets/${seen.get(t.name)} and /targets/${i}`);
        seen.set(t.name, i);
        const prediction = ref(t.prediction, model.outputs.prediction, 'prediction');
        const key = `${prediction.output}[${prediction.index}]`;
        if (columns.has(key))
            throw problem(pointer(i, 'prediction'), `Targets "${columns.get(key)}" and "${t.name}" read the same output column`, 'one output column per target', key);
        columns.set(key, t.name);
        const lower = ref(t.lower, model.targets ? model.outputs.lower : undefined, 'lower');
        const upper = ref(t.upper, model.targets ? model.outputs.upper : undefined, 'upper');
        if ((lower === undefined) !== (upper === undefined)) {
            throw problem(pointer(i, lower ? 'upper' : 'lower'), `Target "${t.name}" has a ${lower ? 'lower' : 'upper'} interval bound without the other`, 'both lower and upper, or neither', `only ${lower ? 'lower' : 'upper'}`);
        }
        return {
            name: t.name,
            column: t.column ?? t.name,
            ...(t.unit !== undefined ? { unit: t.unit } : {}),
            prediction,
            ...(lower && upper ? { lower, upper } : {}),
        };
    });
    // Default columns count per role, so one output serving two roles (lower and upper in one [N, 2]) needs explicit indexes.
    const roles = new Map();
    resolved.forEach((t) => {
        for (const role of ['prediction', 'lower', 'upper']) {
            const r = t[role];
            if (!r)
                continue;
            const entry = roles.get(r.output) ?? { roles: new Set(), implicit: false };
            entry.roles.add(role);
            entry.implicit ||= !r.explicit;
            roles.set(r.output, entry);
        }
    });
    for (const [output, entry] of roles) {
        if (entry.roles.size > 1 && entry.implicit) {
            throw problem(model.targets ? '/targets' : '/outputs', `Output "${output}" serves as ${[...entry.roles].join(' and ')}`, 'an explicit { "output", "index" } for each use of an output that serves several roles', 'a column chosen by default');
        }
    }
    return resolved;
}
/** The declared classes as the text they are matched by (`1` and `"1"` are the same class); refuses duplicates. */
function classNames(model, file) {
    if (!model.classes)
        return undefined;
    const names = model.classes.map(String);
    const first = new Map();
    names.forEach((name, i) => {
        if (first.has(name))
            throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
                file,
                pointer: `/classes/${i}`,
                message: `Class ${JSON.stringify(model.classes[i])} is declared twice`,
                expected: 'distinct class labels',
                found: `the same label at /classes/${first.get(name)} and /classes/${i}`,
            });
        first.set(name, i);
    });
    return names;
}
/**
 * The holdout column of sample weights, or undefined when the holdout is
 * unweighted. A weight column that is also a feature, a target or the label
 * column would feed one value into two roles, which is always a mistake.
 */
function weightColumn(model, targets, file) {
    const column = model.weight;
    if (column === undefined)
        return undefined;
    const role = model.features.some((f) => f.name === column)
        ? 'a feature'
        : targets.some((t) => t.column === column)
            ? model.task === 'regression'
                ? 'a target'
                : 'the label'
            : undefined;
    if (role)
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            file,
            pointer: '/weight',
            message: `The sample weight column "${column}" is ${role} column`,
            expected: 'a holdout column of its own for the sample weights',
            found: `"${column}", ${role}`,
        });
    return column;
}


/***/ })

};
