export const id = 872;
export const ids = [872];
export const modules = {

/***/ 61872:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runInspectCommand: () => (/* binding */ runInspectCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _contract_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68081);
/* harmony import */ var _onnx_runtime_loader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73817);



/**
 * `modelgate inspect-model FILE`: loads an ONNX model with the bundled
 * onnxruntime, prints its inputs and outputs (what ssot/model.json must map),
 * and, when every input is a numeric tensor, runs one all-zeros row to prove
 * the model executes on this machine.
 */
async function runInspectCommand(args, io) {
    const file = args.rest[0];
    if (!file)
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
            message: 'inspect-model needs a model file',
            expected: 'modelgate inspect-model FILE.onnx',
            found: 'no file',
        });
    const ort = await (0,_onnx_runtime_loader_js__WEBPACK_IMPORTED_MODULE_2__/* .loadOnnxRuntime */ .J)();
    let session;
    try {
        session = await ort.InferenceSession.create((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, file));
    }
    catch (error) {
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
            file,
            message: 'onnxruntime could not load the model',
            expected: 'a valid ONNX model',
            found: error.message.split('\n')[0] ?? 'an error',
        });
    }
    const describe = (m) => m.isTensor
        ? { name: m.name, tensor: true, type: m.type, shape: [...m.shape] }
        : { name: m.name, tensor: false };
    const inputs = session.inputMetadata.map(describe);
    const outputs = session.outputMetadata.map(describe);
    const result = { file, inputs, outputs };
    const numeric = new Set(['float32', 'float64', 'int32', 'int64']);
    if (inputs.every((i) => i.tensor && numeric.has(i.type ?? ''))) {
        const feeds = {};
        for (const i of inputs) {
            const shape = (i.shape ?? []).map((d) => (typeof d === 'number' && d > 0 ? d : 1));
            const size = shape.reduce((a, b) => a * b, 1);
            const data = i.type === 'float32'
                ? new Float32Array(size)
                : i.type === 'float64'
                    ? new Float64Array(size)
                    : i.type === 'int32'
                        ? new Int32Array(size)
                        : new BigInt64Array(size);
            feeds[i.name] = new ort.Tensor(i.type, data, shape);
        }
        const out = await session.run(feeds);
        result.zeroRowOutputs = Object.fromEntries(Object.entries(out).map(([name, t]) => [
            name,
            Array.from(t.data, (v) => typeof v === 'bigint' ? Number(v) : v),
        ]));
    }
    await session.release();
    io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
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


/***/ })

};
