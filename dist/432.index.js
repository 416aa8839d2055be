export const id = 432;
export const ids = [432];
export const modules = {

/***/ 70905:
/***/ ((module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
const core_1 = __webpack_require__(63893);
const draft4_1 = __webpack_require__(43309);
const discriminator_1 = __webpack_require__(28886);
const draft4MetaSchema = __webpack_require__(86337);
const META_SUPPORT_DATA = ["/properties"];
const META_SCHEMA_ID = "http://json-schema.org/draft-04/schema";
class Ajv extends core_1.default {
    constructor(opts = {}) {
        super({
            ...opts,
            schemaId: "id",
        });
    }
    _addVocabularies() {
        super._addVocabularies();
        draft4_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
            this.addKeyword(discriminator_1.default);
    }
    _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
            return;
        const metaSchema = this.opts.$data
            ? this.$dataMetaSchema(draft4MetaSchema, META_SUPPORT_DATA)
            : draft4MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
    }
    defaultMeta() {
        return (this.opts.defaultMeta =
            super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : undefined));
    }
}
module.exports = exports = Ajv;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = Ajv;
var core_2 = __webpack_require__(63893);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return core_2.KeywordCxt; } }));
var core_3 = __webpack_require__(63893);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return core_3._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return core_3.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return core_3.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return core_3.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return core_3.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return core_3.CodeGen; } }));
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 57243:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const ref_1 = __webpack_require__(92996);
const core = [
    "$schema",
    "id",
    "$defs",
    { keyword: "$comment" },
    "definitions",
    ref_1.default,
];
exports["default"] = core;
//# sourceMappingURL=core.js.map

/***/ }),

/***/ 43309:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const core_1 = __webpack_require__(57243);
const validation_1 = __webpack_require__(34376);
const applicator_1 = __webpack_require__(28775);
const format_1 = __webpack_require__(72601);
const metadataVocabulary = ["title", "description", "default"];
const draft4Vocabularies = [
    core_1.default,
    validation_1.default,
    applicator_1.default(),
    format_1.default,
    metadataVocabulary,
];
exports["default"] = draft4Vocabularies;
//# sourceMappingURL=draft4.js.map

/***/ }),

/***/ 34376:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const limitNumber_1 = __webpack_require__(4430);
const limitNumberExclusive_1 = __webpack_require__(78600);
const multipleOf_1 = __webpack_require__(18132);
const limitLength_1 = __webpack_require__(46962);
const pattern_1 = __webpack_require__(96023);
const limitProperties_1 = __webpack_require__(895);
const required_1 = __webpack_require__(94504);
const limitItems_1 = __webpack_require__(36296);
const uniqueItems_1 = __webpack_require__(65132);
const const_1 = __webpack_require__(98026);
const enum_1 = __webpack_require__(93200);
const validation = [
    // number
    limitNumber_1.default,
    limitNumberExclusive_1.default,
    multipleOf_1.default,
    // string
    limitLength_1.default,
    pattern_1.default,
    // object
    limitProperties_1.default,
    required_1.default,
    // array
    limitItems_1.default,
    uniqueItems_1.default,
    // any
    { keyword: "type", schemaType: ["string", "array"] },
    { keyword: "nullable", schemaType: "boolean" },
    const_1.default,
    enum_1.default,
];
exports["default"] = validation;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 4430:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const core_1 = __webpack_require__(63893);
const codegen_1 = __webpack_require__(81436);
const ops = codegen_1.operators;
const KWDs = {
    maximum: {
        exclusive: "exclusiveMaximum",
        ops: [
            { okStr: "<=", ok: ops.LTE, fail: ops.GT },
            { okStr: "<", ok: ops.LT, fail: ops.GTE },
        ],
    },
    minimum: {
        exclusive: "exclusiveMinimum",
        ops: [
            { okStr: ">=", ok: ops.GTE, fail: ops.LT },
            { okStr: ">", ok: ops.GT, fail: ops.LTE },
        ],
    },
};
const error = {
    message: (cxt) => core_1.str `must be ${kwdOp(cxt).okStr} ${cxt.schemaCode}`,
    params: (cxt) => core_1._ `{comparison: ${kwdOp(cxt).okStr}, limit: ${cxt.schemaCode}}`,
};
const def = {
    keyword: Object.keys(KWDs),
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { data, schemaCode } = cxt;
        cxt.fail$data(core_1._ `${data} ${kwdOp(cxt).fail} ${schemaCode} || isNaN(${data})`);
    },
};
function kwdOp(cxt) {
    var _a;
    const keyword = cxt.keyword;
    const opsIdx = ((_a = cxt.parentSchema) === null || _a === void 0 ? void 0 : _a[KWDs[keyword].exclusive]) ? 1 : 0;
    return KWDs[keyword].ops[opsIdx];
}
exports["default"] = def;
//# sourceMappingURL=limitNumber.js.map

/***/ }),

/***/ 78600:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const KWDs = {
    exclusiveMaximum: "maximum",
    exclusiveMinimum: "minimum",
};
const def = {
    keyword: Object.keys(KWDs),
    type: "number",
    schemaType: "boolean",
    code({ keyword, parentSchema }) {
        const limitKwd = KWDs[keyword];
        if (parentSchema[limitKwd] === undefined) {
            throw new Error(`${keyword} can only be used with ${limitKwd}`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=limitNumberExclusive.js.map

/***/ }),

/***/ 36576:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   wv: () => (/* binding */ describeCounts),
/* harmony export */   x7: () => (/* binding */ decideStatus)
/* harmony export */ });
/* unused harmony export countChecks */
/**
 * The verdict rule shared by every gate: any problem or any check in `error`
 * makes the gate `error` (it could not judge); otherwise any blocking failure
 * makes it `fail`. Warnings and skipped checks never fail a gate on their own.
 */
function decideStatus(checks, problemCount) {
    if (problemCount > 0 || checks.some((c) => c.status === 'error'))
        return 'error';
    if (checks.some((c) => c.status === 'fail'))
        return 'fail';
    return 'pass';
}
/** Counts checks by status, for summaries. */
function countChecks(checks) {
    const counts = { pass: 0, fail: 0, warn: 0, skipped: 0, error: 0 };
    for (const c of checks)
        counts[c.status]++;
    return counts;
}
/** "12 checks: 10 passed, 1 failed, 1 warning". */
function describeCounts(checks) {
    const c = countChecks(checks);
    const parts = [`${c.pass} passed`];
    if (c.fail)
        parts.push(`${c.fail} failed`);
    if (c.warn)
        parts.push(`${c.warn} warning${c.warn > 1 ? 's' : ''}`);
    if (c.error)
        parts.push(`${c.error} could not be computed`);
    if (c.skipped)
        parts.push(`${c.skipped} skipped`);
    return `${checks.length} checks: ${parts.join(', ')}`;
}


/***/ }),

/***/ 8432:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g2: () => (/* binding */ g2)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./build/src/engine/outcome.js
var outcome = __webpack_require__(36576);
// EXTERNAL MODULE: ./build/src/io/file-errors.js
var file_errors = __webpack_require__(24480);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/src/contract/errors.js
var errors = __webpack_require__(68081);
// EXTERNAL MODULE: ./build/src/io/paths.js
var paths = __webpack_require__(20874);
;// CONCATENATED MODULE: ./build/src/io/folder-files.js



/**
 * Every entry under `dir`, sorted by path: the one folder walk G2 uses for
 * signatures, coverage and scanning, with one link policy. Folders are
 * descended into; a symbolic link (to a file or a folder) is an entry of its
 * own, reported with its target and never followed, so nothing outside the
 * folder is ever read through it. `skip` leaves out a relative path, and
 * everything under it, before it is read.
 */
async function listFolder(dir, skip = () => false) {
    const root = await (0,promises_.realpath)(dir);
    const out = [];
    const walk = async (folder) => {
        for (const entry of await (0,promises_.readdir)(folder, { withFileTypes: true })) {
            const absolute = (0,external_node_path_.join)(folder, entry.name);
            const path = (0,external_node_path_.relative)(dir, absolute).split(external_node_path_.sep).join('/');
            if (skip(path))
                continue;
            if (entry.isSymbolicLink()) {
                const resolved = await (0,promises_.realpath)(absolute).catch(() => undefined);
                out.push({
                    path,
                    absolute,
                    kind: 'symlink',
                    link: {
                        target: await (0,promises_.readlink)(absolute),
                        inside: resolved !== undefined && (0,paths/* isInside */.F)(root, resolved),
                        dangling: resolved === undefined,
                    },
                });
            }
            else if (entry.isDirectory())
                await walk(absolute);
            else
                out.push({ path, absolute, kind: entry.isFile() ? 'file' : 'other' });
        }
    };
    await walk(dir);
    return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

;// CONCATENATED MODULE: ./build/src/gates/g2/signing/coverage.js



/** Manifest roles, in the order the manifest lists them. */
const ROLE_ORDER = [
    'model',
    'declared-model',
    'model-card',
    'ssot',
    'model-file',
    'artifact',
];
/**
 * The release material G2 requires, from model.json and the ssot/ folder:
 * the subject model (the model input, else paths.model), paths.model when
 * the input names another file, paths.modelCard, and every file under ssot/
 * except the signature files and OMS bundles security.json names.
 */
async function requiredMaterial(ctx, model, subjectModel, signatureFiles) {
    const modelJson = ctx.ssot.display('model.json');
    if (!model.paths.modelCard) {
        throw new errors/* InputError */.dz({
            file: modelJson,
            pointer: '/paths',
            message: 'G2 needs the model card: it is release material, and must be signed',
            expected: 'paths.modelCard (for example "MODEL_CARD.md")',
            found: 'no paths.modelCard',
        });
    }
    const required = [];
    const add = (absolute, role, because) => {
        if (!required.some((r) => r.absolute === absolute))
            required.push({ absolute, path: ctx.workspace.display(absolute), role, because });
    };
    const declared = ctx.ssot.resolveRepoPath(model.paths.model, 'model');
    add(subjectModel, 'model', subjectModel === declared ? `paths.model in ${modelJson}` : 'the model input (--model)');
    add(declared, 'declared-model', `paths.model in ${modelJson}`);
    add(ctx.ssot.resolveRepoPath(model.paths.modelCard, 'model card'), 'model-card', `paths.modelCard in ${modelJson}`);
    let entries;
    try {
        entries = await listFolder(ctx.ssot.dir, (path) => signatureFiles.has((0,external_node_path_.join)(ctx.ssot.dir, path)));
    }
    catch (error) {
        throw new errors/* InputError */.dz({
            file: ctx.workspace.display(ctx.ssot.dir),
            message: 'Cannot list the ssot folder',
            expected: 'a readable folder',
            found: error.code ?? String(error),
        });
    }
    for (const e of entries)
        if (e.kind === 'file')
            add(e.absolute, 'ssot', 'it is part of the SSOT snapshot');
    const unsignable = entries.flatMap((e) => e.link
        ? [
            `${ctx.ssot.display(e.path)} (a symbolic link to ${e.link.target}; links are not followed, put the file itself there)`,
        ]
        : e.kind === 'other'
            ? [`${ctx.ssot.display(e.path)} (not a regular file)`]
            : []);
    return { required, unsignable };
}
/**
 * Coverage by digest: each required file must be vouched for, at its own
 * path, by a verified signature or OMS bundle whose digest is the file's
 * digest now. Never by folder prefix.
 */
function coverageCheck(material, vouched, securityFile) {
    const byPath = new Map(vouched.map((v) => [v.absolute, v]));
    const uncovered = [
        ...material.required
            .filter((r) => !byPath.has(r.absolute))
            .map((r) => `${r.path} (${r.role}, required by ${r.because})`),
        ...material.unsignable,
    ];
    return {
        id: 'G2.release_material.coverage',
        rule: 'release_material_coverage',
        value: uncovered.length,
        operator: '<=',
        threshold: 0,
        unit: 'files',
        status: uncovered.length ? 'fail' : 'pass',
        severity: 'block',
        message: uncovered.length
            ? `not covered by a verified signature: ${uncovered.join(', ')}. Sign each one (releaseMaterial) or cover it with an OMS bundle (modelSignatures)`
            : `the model, the model card and the SSOT snapshot are signed: ${material.required.length} files, each by a verified signature over its current digest`,
        source: { file: securityFile, pointer: '/releaseMaterial' },
        details: {
            required: material.required.map((r) => ({ path: r.path, role: r.role })),
            uncovered,
        },
    };
}
/**
 * The evidence subject is the model the signatures cover: the model input
 * (or paths.model) must be vouched for, with the digest the subject records.
 */
function subjectModelCheck(subject, vouched, viaInput) {
    const v = vouched.find((x) => x.path === subject.path);
    const signedModels = vouched
        .filter((x) => /\.(onnx|pkl|pickle|joblib|pt|pth|bin|safetensors|gguf|h5|keras|pb|tflite)$/i.test(x.path))
        .map((x) => x.path);
    const ok = v !== undefined && v.sha256 === subject.sha256;
    const from = viaInput ? 'the model input (--model)' : 'paths.model';
    return {
        id: 'G2.subject_model',
        rule: 'subject_model_signed',
        variable: subject.path,
        value: ok,
        status: ok ? 'pass' : 'fail',
        severity: 'block',
        message: ok
            ? `the evidence subject ${subject.path} (${from}) is the signed model (sha256 ${subject.sha256.slice(0, 12)}..., ${v.method === 'oms' ? 'OMS bundle' : 'signature'} ${v.signature})`
            : v
                ? `${subject.path} changed while G2 read it: signed digest ${v.sha256}, now ${subject.sha256}`
                : `${from} ${subject.path} is not covered by a verified signature, so G2 cannot vouch for it${signedModels.length ? ` (signed model files: ${signedModels.join(', ')})` : ''}`,
        details: { sha256: subject.sha256, ...(v ? { signedBy: v.signature, keyId: v.keyId } : {}) },
    };
}

// EXTERNAL MODULE: ./build/src/signing/signatures.js
var signing_signatures = __webpack_require__(83682);
;// CONCATENATED MODULE: ./build/src/signing/keys.js


/** The gate option (and Action input) that pins the trusted keys by fingerprint. */
const TRUSTED_KEYS_OPTION = 'trusted-keys';
/**
 * Parses `trusted-keys`: fingerprints separated by commas, spaces or new
 * lines, each `sha256:<64 hex>` or the bare hex. Empty or absent: no pinning.
 */
function parseTrustedKeys(raw) {
    const items = (raw ?? '').split(/[\s,]+/).filter((s) => s !== '');
    if (items.length === 0)
        return undefined;
    const pins = new Set();
    for (const item of items) {
        const m = /^(?:sha256:)?([0-9a-fA-F]{64})$/.exec(item);
        if (!m) {
            throw new errors/* InputError */.dz({
                message: `Invalid ${TRUSTED_KEYS_OPTION}`,
                expected: 'key fingerprints "sha256:<64 hex digits>" (sha256 of the DER public key: openssl pkey -pubin -in key.pub -outform DER | sha256sum)',
                found: JSON.stringify(item.length > 80 ? `${item.slice(0, 77)}...` : item),
            });
        }
        pins.add(`sha256:${m[1].toLowerCase()}`);
    }
    return pins;
}
/** Loads every key; `readKeyFile` reads a publicKeyPath (relative to the repository root). */
async function loadKeys(keys, securityFile, pins, readKeyFile) {
    const loaded = new Map();
    for (const [i, k] of keys.entries()) {
        if (loaded.has(k.id))
            throw new errors/* InputError */.dz({
                file: securityFile,
                pointer: `/keys/${i}/id`,
                message: 'Duplicate key id',
                expected: 'a key id used once',
                found: JSON.stringify(k.id),
            });
        let key;
        if (k.publicKey !== undefined) {
            key = (0,signing_signatures/* parsePublicKey */.ee)(k.publicKey, k.algorithm, {
                file: securityFile,
                pointer: `/keys/${i}/publicKey`,
            });
        }
        else {
            const file = await readKeyFile(k.publicKeyPath, `public key ${k.id}`);
            key = (0,signing_signatures/* parsePublicKey */.ee)(file.text, k.algorithm, { file: file.display });
        }
        const fingerprint = (0,signing_signatures/* keyFingerprint */.yy)(key);
        loaded.set(k.id, {
            id: k.id,
            algorithm: k.algorithm,
            key,
            fingerprint,
            trusted: pins === undefined || pins.has(fingerprint),
        });
    }
    return loaded;
}
/** Looks up a key id; an unknown id is an error at its pointer. */
function keyFor(keys, id, securityFile, pointer) {
    const key = keys.get(id);
    if (!key)
        throw new errors/* InputError */.dz({
            file: securityFile,
            pointer,
            message: 'Unknown key id',
            expected: `one of ${[...keys.keys()].join(', ')}`,
            found: JSON.stringify(id),
        });
    return key;
}
/** Why a verified signature still does not count: its key is not pinned by trusted-keys. */
function untrustedReason(key) {
    return `key ${key.id} (${key.fingerprint}) is not among the workflow's ${TRUSTED_KEYS_OPTION}, so its signatures do not count`;
}
/**
 * One check for the trust root: with `trusted-keys` set, every signature must
 * come from a pinned key; without it the keys are whatever ssot/security.json
 * says, which a pull request can change, and the check says so.
 */
function trustedKeysCheck(keys, pins, usedKeyIds, securityFile) {
    const base = {
        id: 'G2.trusted_keys',
        rule: 'trusted_keys',
        severity: 'block',
        source: { file: securityFile, pointer: '/keys' },
    };
    const all = [...keys.values()].map((k) => ({
        id: k.id,
        fingerprint: k.fingerprint,
        trusted: k.trusted,
        used: usedKeyIds.has(k.id),
    }));
    if (!pins) {
        return {
            ...base,
            value: null,
            status: 'skipped',
            message: `${TRUSTED_KEYS_OPTION} is not set: the keys are the ones ${securityFile} lists, and a pull request can replace them. Pin them in the workflow (${[...keys.values()].map((k) => k.fingerprint).join(', ')})`,
            details: { keys: all },
        };
    }
    const untrusted = all.filter((k) => k.used && !k.trusted);
    return {
        ...base,
        value: untrusted.length,
        operator: '<=',
        threshold: 0,
        unit: 'keys',
        status: untrusted.length ? 'fail' : 'pass',
        message: untrusted.length
            ? `signatures by keys that ${TRUSTED_KEYS_OPTION} does not pin: ${untrusted.map((k) => `${k.id} (${k.fingerprint})`).join(', ')}`
            : `every signature is by a key pinned by ${TRUSTED_KEYS_OPTION} (${[...pins].length} pinned)`,
        details: { keys: all, pinned: [...pins] },
    };
}

;// CONCATENATED MODULE: ./build/src/gates/g2/signing/manifest.js

/** The manifest: every vouched file once (the first signature that vouches for it), model first. */
function buildManifest(vouched, required) {
    const roles = new Map(required.map((r) => [r.absolute, r.role]));
    const seen = new Set();
    const entries = [];
    for (const v of vouched) {
        if (seen.has(v.absolute))
            continue;
        seen.add(v.absolute);
        const role = roles.get(v.absolute) ?? v.configRole ?? (v.method === 'oms' ? 'model-file' : 'artifact');
        entries.push({
            path: v.path,
            role,
            sha256: v.sha256,
            bytes: v.bytes,
            keyId: v.keyId,
            keyFingerprint: v.keyFingerprint,
            signature: v.signature,
            method: v.method,
        });
    }
    const rank = (role) => {
        const i = ROLE_ORDER.indexOf(role);
        return i === -1 ? ROLE_ORDER.length : i;
    };
    return entries.sort((a, b) => rank(a.role) - rank(b.role) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

// EXTERNAL MODULE: ./build/src/io/byte-source.js
var byte_source = __webpack_require__(15406);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./build/src/io/byte-stream.js


/** The bytes [start, end) of a random-access source, read in chunks (a small first one, then 1 MiB). */
function sourceChunks(source, start = 0, end = source.size) {
    let at = start;
    let size = 64 * 1024;
    return {
        next: async () => {
            if (at >= end)
                return undefined;
            const chunk = source.read(at, Math.min(size, end - at));
            size = 1024 * 1024;
            if (chunk.length === 0) {
                at = end;
                return undefined;
            }
            at += chunk.length;
            return chunk;
        },
        skip: (n) => {
            const k = Math.max(0, Math.min(n, end - at));
            at += k;
            return k;
        },
    };
}
/** The inflated bytes were more than the limit allows (a zip bomb, or a limit set too low). */
class InflateLimitError extends Error {
    limit;
    constructor(limit) {
        super(`expands past ${limit} bytes`);
        this.limit = limit;
        this.name = 'InflateLimitError';
    }
}
/**
 * Inflates `input` as it is read (raw deflate for zip entries, gzip or zlib
 * for joblib files), counting the bytes really produced against `budget`:
 * declared sizes are never trusted, and inflation stops at the limit.
 */
function inflateChunks(input, format, budget) {
    const inflater = format === 'raw' ? (0,external_node_zlib_.createInflateRaw)() : format === 'gzip' ? (0,external_node_zlib_.createGunzip)() : (0,external_node_zlib_.createInflate)();
    const feed = external_node_stream_.Readable.from((async function* () {
        for (;;) {
            const chunk = await input.next();
            if (!chunk)
                return;
            yield chunk;
        }
    })());
    // Errors reach the consumer through the iterator below.
    (0,external_node_stream_.pipeline)(feed, inflater, () => { });
    const iterator = inflater[Symbol.asyncIterator]();
    const close = () => {
        feed.destroy();
        inflater.destroy();
        input.close?.();
    };
    return {
        next: async () => {
            const r = await iterator.next();
            if (r.done)
                return undefined;
            budget.used += r.value.length;
            if (budget.used > budget.limit) {
                close();
                throw new InflateLimitError(budget.limit);
            }
            return r.value;
        },
        close,
    };
}
/** Passes `input` through, keeping its last `keep` bytes: the end of a stream that can only be read once. */
function keepTail(input, keep) {
    let kept = [];
    let size = 0;
    return {
        next: async () => {
            const chunk = await input.next();
            if (chunk) {
                kept.push(chunk);
                size += chunk.length;
                while (kept.length > 1 && size - kept[0].length >= keep)
                    size -= kept.shift().length;
            }
            return chunk;
        },
        close: () => input.close?.(),
        tail: () => {
            const all = Buffer.concat(kept);
            kept = [all];
            return all.subarray(Math.max(0, all.length - keep));
        },
    };
}
const EMPTY = new Uint8Array(0);
/**
 * A sequential reader over chunks, for parsers that must not hold a whole
 * file: `ensure` buffers what the next step needs, `skip` steps over large
 * payloads without reading them when the source can seek.
 */
class ByteStream {
    chunks;
    buf = EMPTY;
    pos = 0;
    /** Bytes dropped before buf[0]. */
    dropped = 0;
    ended = false;
    constructor(chunks) {
        this.chunks = chunks;
    }
    /** Bytes consumed so far. */
    get offset() {
        return this.dropped + this.pos;
    }
    get available() {
        return this.buf.length - this.pos;
    }
    /** Buffers at least `n` bytes; false when the stream ends first. */
    async ensure(n) {
        while (this.buf.length - this.pos < n) {
            if (this.ended)
                return false;
            const chunk = await this.chunks.next();
            if (!chunk) {
                this.ended = true;
                return false;
            }
            if (chunk.length === 0)
                continue;
            const rest = this.buf.length - this.pos;
            if (rest === 0) {
                this.dropped += this.buf.length;
                this.buf = chunk;
            }
            else {
                const merged = new Uint8Array(rest + chunk.length);
                merged.set(this.buf.subarray(this.pos));
                merged.set(chunk, rest);
                this.dropped += this.pos;
                this.buf = merged;
            }
            this.pos = 0;
        }
        return true;
    }
    /** The next byte; call ensure first. */
    u8() {
        return this.buf[this.pos++];
    }
    /** The next `n` bytes (a view that stays valid); call ensure first. */
    take(n) {
        const out = this.buf.subarray(this.pos, this.pos + n);
        this.pos += n;
        return out;
    }
    /** Looks at the next `n` bytes without consuming them (fewer at the end). */
    async peek(n) {
        await this.ensure(n);
        return this.buf.subarray(this.pos, this.pos + n);
    }
    /** Steps over `n` bytes; false when the stream ends first. */
    async skip(n) {
        const inBuffer = Math.min(n, this.buf.length - this.pos);
        this.pos += inBuffer;
        let left = n - inBuffer;
        if (left === 0)
            return true;
        this.dropped += this.buf.length;
        this.buf = EMPTY;
        this.pos = 0;
        if (this.chunks.skip) {
            const k = this.chunks.skip(left);
            this.dropped += k;
            left -= k;
            if (left > 0)
                this.ended = true;
            return left === 0;
        }
        while (left > 0) {
            const chunk = await this.chunks.next();
            if (!chunk) {
                this.ended = true;
                return false;
            }
            if (chunk.length <= left) {
                this.dropped += chunk.length;
                left -= chunk.length;
            }
            else {
                this.buf = chunk;
                this.pos = left;
                left = 0;
            }
        }
        return true;
    }
    /** The next line when it is already buffered (the fast path of `line`), else undefined without consuming anything. */
    lineNow() {
        const i = this.buf.indexOf(10, this.pos);
        if (i < 0)
            return undefined;
        const out = this.buf.subarray(this.pos, i);
        this.pos = i + 1;
        return out;
    }
    /**
     * Hands the bytes up to the next newline to `visit`, piece by piece (the
     * newline is consumed, not handed over), holding no more than one chunk
     * at a time: a line of any length is read in bounded memory. The pieces
     * are views that stay valid. False when the stream ends first.
     */
    async streamLine(visit) {
        for (;;) {
            const i = this.buf.indexOf(10, this.pos);
            if (i >= 0) {
                visit(this.buf.subarray(this.pos, i));
                this.pos = i + 1;
                return true;
            }
            if (this.pos < this.buf.length)
                visit(this.buf.subarray(this.pos));
            this.pos = this.buf.length;
            // Nothing is left buffered, so the next chunk replaces the buffer rather than growing it.
            if (!(await this.ensure(1)))
                return false;
        }
    }
    async atEnd() {
        return !(await this.ensure(1));
    }
    close() {
        this.chunks.close?.();
    }
}

// EXTERNAL MODULE: ./build/src/io/zip-reader.js
var zip_reader = __webpack_require__(45);
;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/compressed.js

/** A compressed archive inside an archive must be unpacked to be read by ranges; larger ones are not. */
const MAX_MATERIALIZED = 64 * 1024 * 1024;
/** A ByteStream's remaining bytes as chunks (to inflate a compressed stream inside another). */
function remaining(stream) {
    return {
        next: async () => ((await stream.ensure(1)) ? stream.take(stream.available) : undefined),
        close: () => stream.close(),
    };
}
/** Inflates a gzip, zlib or joblib zfile wrapper as it is read and scans what is inside. */
async function scanCompressed(ctx, part, input, kind, depth) {
    const inner = new ByteStream(inflateChunks(input, kind, ctx.budget));
    try {
        const format = await ctx.nested.stream(ctx, part, inner, depth + 1);
        await inner.skip(Number.MAX_SAFE_INTEGER);
        return format === 'pickle' || format === 'joblib' ? 'joblib' : `${kind}:${format}`;
    }
    catch (error) {
        if (error instanceof InflateLimitError)
            ctx.finding(part, 'high', `the ${kind} stream expands past ${error.limit} bytes (modelScan.maxUncompressedBytes): a decompression bomb?`);
        else
            ctx.notScanned(part, `the ${kind} stream could not be inflated (${error.message})`);
        return kind;
    }
    finally {
        inner.close();
    }
}
/** Reads a whole stream into memory, up to `limit` bytes; undefined when it is longer. */
async function materialize(stream, limit) {
    const chunks = [];
    let total = 0;
    while (await stream.ensure(1)) {
        const c = stream.take(stream.available);
        total += c.length;
        if (total > limit)
            return undefined;
        chunks.push(c);
    }
    return Buffer.concat(chunks);
}

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/archives.js




/** Zip archives: every directory a reader may pick, every entry by its own content, a zip at the end of other content. */
const MAX_ARCHIVE_NESTING = 3;
/** The bytes at the end of a file in which zipfile looks for an end record: a 64 KiB comment and the record. */
const EOCD_SEARCH = 65535 + 22;
const ZIP_FORMATS = new Set(['zip', 'pytorch-zip', 'numpy-zip']);
/** The directory of the first end record that leads to one with entries, or undefined (four bytes of data can look like an end record). */
function trailingDirectory(ctx, source) {
    const records = (0,zip_reader/* findEndRecords */.XM)(source);
    for (const at of records ? [records.zipfile, ...records.others] : []) {
        if (at === undefined)
            continue;
        try {
            const dir = (0,zip_reader/* readZipDirectory */.x5)(source, at, ctx.policy.maxArchiveEntries - ctx.entries);
            if (dir.entries.length)
                return { at, prefix: dir.prefix };
        }
        catch (error) {
            if (error instanceof zip_reader/* ZipLimitError */.B$)
                return { at, prefix: 0 };
            if (!(error instanceof zip_reader/* ZipFormatError */.PA))
                throw error;
        }
    }
    return undefined;
}
/**
 * A zip at the end of content whose first bytes are something else (a
 * pickle, an array, text): zipfile opens it all the same, so its entries are
 * scanned. Bytes G2 does not recognise before a zip are a zip with a prefix
 * (a self-extracting layout): the file is judged as that zip.
 */
async function scanTrailingZip(ctx, part, source, depth, format, unscanned) {
    if (ZIP_FORMATS.has(format))
        return format;
    const dir = trailingDirectory(ctx, source);
    if (!dir)
        return format;
    if (depth > 0)
        ctx.finding('', 'high', `nested archive "${part}" inside a model archive`);
    if (format === 'unknown') {
        ctx.unscanned.splice(unscanned);
        return scanZip(ctx, part, source, depth);
    }
    ctx.finding(part, 'medium', `this ${format} content also holds a zip archive (from byte ${dir.prefix}, its end record at byte ${dir.at}), which zipfile opens whatever the first bytes are: its entries were scanned`);
    await scanZip(ctx, `${part ? `${part} > ` : ''}zip from byte ${dir.prefix}`, source, depth, true);
    return format;
}
/** The zip entry flags zipfile refuses to read without more than the archive: a password, or a patch base. */
function unreadableFlags(flags) {
    if (flags & 0x40)
        return 'strong encryption (flag bit 6), which zipfile refuses';
    if (flags & 0x01)
        return 'an encrypted entry (flag bit 0): zipfile needs its password, and G2 cannot read it';
    if (flags & 0x20)
        return 'compressed patched data (flag bit 5), which zipfile refuses';
    return undefined;
}
/**
 * Scans every entry of a zip by its content, within the entry, size and
 * nesting limits. The directory zipfile reads is scanned, and so is any
 * other directory another reader would pick (a second end record): readers
 * that disagree on which files an archive holds are how a payload hides.
 */
async function scanZip(ctx, part, source, depth, embedded = false) {
    if (depth >= MAX_ARCHIVE_NESTING) {
        ctx.finding(part, 'high', `archives nested more than ${MAX_ARCHIVE_NESTING} deep`);
        ctx.notScanned(part, `archives nested more than ${MAX_ARCHIVE_NESTING} deep are not opened`);
        return 'zip';
    }
    const records = (0,zip_reader/* findEndRecords */.XM)(source);
    if (!records) {
        ctx.notScanned(part, 'a zip local header without an end-of-central-directory record');
        return 'zip';
    }
    const read = readDirectories(ctx, part, source, records);
    if (!read || read.length === 0)
        return 'zip';
    const entries = collectEntries(ctx, part, read, records, embedded);
    ctx.entries += entries.length;
    const counts = judgeEntryNames(ctx, part, entries);
    const torch = entries.some((e) => /(^|\/)data\.pkl$/.test(e.name));
    const storages = await scanEntries(ctx, part, source, entries, counts, torch, depth);
    if (storages)
        ctx.part(part, `${storages} tensor storages (data)`);
    return torch
        ? 'pytorch-zip'
        : entries.length > 0 && entries.every((e) => e.name.endsWith('.npy'))
            ? 'numpy-zip'
            : 'zip';
}
/**
 * Reads the directory of each end record (the one zipfile picks and any
 * other): undefined when one holds more entries than the limit allows.
 */
function readDirectories(ctx, part, source, records) {
    const read = [];
    for (const at of [records.zipfile, ...records.others]) {
        if (at === undefined)
            continue;
        try {
            read.push({
                at,
                dir: (0,zip_reader/* readZipDirectory */.x5)(source, at, ctx.policy.maxArchiveEntries - ctx.entries),
            });
        }
        catch (error) {
            if (error instanceof zip_reader/* ZipLimitError */.B$) {
                const around = ctx.entries ? ` (${ctx.entries} more in the archives around it)` : '';
                ctx.finding(part, 'high', `${error.declared ? `the archive declares ${error.count} entries` : `the archive holds more than ${ctx.policy.maxArchiveEntries - ctx.entries} entries`}${around}, over the limit of ${ctx.policy.maxArchiveEntries} (modelScan.maxArchiveEntries)`);
                return undefined;
            }
            if (!(error instanceof zip_reader/* ZipFormatError */.PA))
                throw error;
            if (at === records.zipfile)
                ctx.notScanned(part, `the zip directory cannot be read: ${error.message}`);
            else
                ctx.part(part, `the end record at byte ${at}, which some zip readers pick, leads to no readable directory (${error.message})`);
        }
    }
    return read;
}
/**
 * The entries of every directory read, each once, with findings on
 * directories readers disagree about (end records, declared counts, offsets).
 */
function collectEntries(ctx, part, read, records, embedded) {
    if (records.zipfile === undefined)
        ctx.finding(part, 'high', `zipfile finds no end record here, but other zip readers do (at byte ${read[0].at})`);
    if (read.length > 1)
        ctx.finding(part, 'high', `${read.length} end-of-central-directory records (at bytes ${read.map((r) => r.at).join(', ')}) lead to different directories: zip readers disagree on which files the archive holds (every directory was scanned)`);
    const entries = [];
    const seen = new Set();
    for (const { dir } of read) {
        const { thisDisk, total } = dir.declared;
        if (total !== dir.entries.length || thisDisk !== total) {
            ctx.finding(part, 'high', `the end record declares ${total === thisDisk ? total : `${thisDisk} (this disk) and ${total} (in total)`} entries, but its central directory holds ${dir.entries.length}: readers that go by the count and readers that read the directory to its end (Python's zipfile) see different files (all ${dir.entries.length} were scanned)`);
        }
        if (dir.prefix !== 0 && !embedded)
            ctx.finding(part, 'medium', dir.prefix > 0
                ? `a zip archive behind ${dir.prefix} bytes of something else`
                : `the archive's offsets point ${-dir.prefix} bytes past where its directory is: zipfile shifts them back, readers that trust them read other bytes`);
        for (const e of dir.entries) {
            const key = `${e.dataStart}:${e.compressedSize}:${e.method}:${e.name}:${e.problem ?? ''}`;
            if (!seen.has(key))
                entries.push(e);
            seen.add(key);
        }
    }
    return entries;
}
/** Findings on entry names: duplicates, names that leave the folder, names readers disagree on. Returns how many entries bear each name. */
function judgeEntryNames(ctx, part, entries) {
    const counts = new Map();
    for (const e of entries)
        counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
    for (const [name, n] of counts)
        if (n > 1)
            ctx.finding(part, 'medium', `entry "${name}" appears ${n} times: readers disagree on which copy they load (every copy was scanned)`);
    for (const e of entries) {
        for (const name of [e.name, ...e.otherNames]) {
            const unsafe = (0,zip_reader/* unsafeEntryName */.Is)(name);
            if (unsafe)
                ctx.finding(part, 'high', `entry name "${name}" has ${unsafe}: extracted, it lands outside the target folder`);
        }
        if (e.otherNames.length)
            ctx.finding(part, 'medium', `entry "${e.name}" is also named ${e.otherNames.map((n) => `"${n}"`).join(', ')} by some readers: readers disagree on its name`);
        if (e.localName !== undefined)
            ctx.finding(part, 'medium', `entry "${e.name}" is named "${e.localName}" in its local header: readers disagree on its name`);
    }
    return counts;
}
/**
 * Scans each entry by its content, pickles first: in a PyTorch archive
 * (`torch`), the entries their persistent ids name are raw tensor storages,
 * counted and stepped over. Returns how many were.
 */
async function scanEntries(ctx, part, source, entries, counts, torch, depth) {
    // Pickles first: their persistent ids say which entries are raw tensor storages.
    const ordered = [
        ...entries.filter((e) => e.name.endsWith('.pkl')),
        ...entries.filter((e) => !e.name.endsWith('.pkl')),
    ];
    const storageNames = new Set();
    let storages = 0;
    for (const e of ordered) {
        const entryPart = part ? `${part} > ${e.name}` : e.name;
        if (e.problem) {
            ctx.notScanned(entryPart, `zipfile cannot open it: ${e.problem}`);
            continue;
        }
        if (e.name.endsWith('/') && e.size === 0 && e.compressedSize === 0)
            continue;
        const flagged = unreadableFlags(e.flags);
        if (flagged) {
            ctx.notScanned(entryPart, flagged);
            continue;
        }
        // Only an entry a persistent id names is a tensor storage, and only when no reader could take another entry for it.
        if (torch &&
            storageNames.has(e.name) &&
            counts.get(e.name) === 1 &&
            !e.otherNames.length &&
            e.localName === undefined) {
            storages++;
            continue;
        }
        if (e.dataStart + e.compressedSize > source.size)
            ctx.finding(entryPart, 'medium', `the entry runs ${e.dataStart + e.compressedSize - source.size} bytes past the end of the archive (what is there was scanned)`);
        const refsBefore = ctx.storages.length;
        await scanEntry(ctx, entryPart, source, e, depth);
        const dir = e.name.includes('/') ? e.name.slice(0, e.name.lastIndexOf('/') + 1) : '';
        const stem = e.name.slice(dir.length).replace(/\.pkl$/, '');
        for (const ref of ctx.storages.slice(refsBefore)) {
            storageNames.add(`${dir}data/${ref.key}`);
            storageNames.add(`${dir}${stem}/${ref.key}`);
        }
    }
    return storages;
}
async function scanEntry(ctx, part, source, e, depth) {
    const data = (0,byte_source/* windowSource */.qq)(source, e.dataStart, e.compressedSize);
    if (e.method === 0) {
        if (e.size !== e.compressedSize)
            ctx.finding(part, 'medium', `a stored entry that declares ${e.size} bytes but holds ${e.compressedSize}`);
        await ctx.nested.source(ctx, part, data, depth + 1, e.name);
        return;
    }
    if (e.method !== 8) {
        ctx.notScanned(part, `compression method ${e.method}, which G2 does not unpack`);
        return;
    }
    if (ctx.limitHit) {
        ctx.notScanned(part, 'not inflated: the inflation limit was already reached');
        return;
    }
    const inflated = keepTail(inflateChunks(sourceChunks(data), 'raw', ctx.budget), EOCD_SEARCH);
    const stream = new ByteStream(inflated);
    try {
        const unscanned = ctx.unscanned.length;
        const format = await ctx.nested.stream(ctx, part, stream, depth + 1);
        // Inflate the rest too: the limit holds for what the entry really expands to, whatever it declares.
        await stream.skip(Number.MAX_SAFE_INTEGER);
        if (stream.offset !== e.size)
            ctx.finding(part, 'medium', `declares ${e.size} bytes uncompressed but inflates to ${stream.offset}`);
        // A zip at its end: the entry is inflated again, into memory, to be read by ranges.
        if (!ZIP_FORMATS.has(format) && (0,zip_reader/* findEndRecords */.XM)((0,byte_source/* bufferSource */.kq)(inflated.tail()))) {
            const whole = await materialize(new ByteStream(inflateChunks(sourceChunks(data), 'raw', ctx.budget)), MAX_MATERIALIZED);
            if (whole)
                await scanTrailingZip(ctx, part, (0,byte_source/* bufferSource */.kq)(whole), depth + 1, format, unscanned);
            else
                ctx.notScanned(part, `an entry that may end in a zip archive, larger than ${MAX_MATERIALIZED} bytes inflated`);
        }
    }
    catch (error) {
        if (error instanceof InflateLimitError) {
            ctx.limitHit = true;
            ctx.finding(part, 'high', `the archive expands past ${error.limit} bytes (modelScan.maxUncompressedBytes): a zip bomb?`);
            ctx.notScanned(part, `inflation stopped at the limit of ${error.limit} bytes`);
        }
        else
            ctx.notScanned(part, `the deflated data could not be inflated (${error.message})`);
    }
    finally {
        stream.close();
    }
}

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/python-literal.js
/**
 * Python literals as ast.literal_eval reads them (CPython 3.11), for the
 * header of a numpy .npy file, which numpy parses with literal_eval: dicts,
 * sets, lists, tuples (with or without parentheses), str and bytes (every
 * prefix and quote style, escapes, implicit concatenation), ints (every
 * base, underscores, one sign), True, False and None, with Python's
 * comments, line joining and blank-line rules. Floats, complex numbers and
 * \N{name} escapes are outside the subset: they are reported as
 * unsupported, not guessed.
 */
class LiteralError extends Error {
    kind;
    constructor(kind, message) {
        super(message);
        this.kind = kind;
    }
}
const SIMPLE_ESCAPES = {
    '\\': '\\',
    "'": "'",
    '"': '"',
    a: '\x07',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
};
const isDigit = (c) => c !== undefined && c >= '0' && c <= '9';
const isNameStart = (c) => c !== undefined && /[A-Za-z_]/.test(c);
const isNameChar = (c) => c !== undefined && /[A-Za-z0-9_]/.test(c);
const syntax = (message) => new LiteralError('syntax', message);
/** Splits the text into tokens, applying Python's rules for comments, line joining, blank lines and indentation. */
function tokenize(text, options) {
    if (text.includes('\0'))
        throw syntax('source code cannot contain null bytes');
    const tokens = [];
    let depth = 0;
    let i = 0;
    let lineStart = true;
    let ended = false;
    while (i < text.length) {
        const c = text[i];
        if (lineStart && depth === 0) {
            // A line's indentation only matters when the line holds something; a blank or comment line is skipped.
            let j = i;
            while (text[j] === ' ' || text[j] === '\t' || text[j] === '\f')
                j++;
            const indented = /[ \t]/.test(text.slice(i, j));
            const next = text[j];
            if (next === undefined) {
                if (indented && i > 0)
                    throw new LiteralError('syntax', 'unexpected indent');
                break;
            }
            if (next !== '\n' && next !== '#' && indented && i > 0)
                throw new LiteralError('syntax', 'unexpected indent');
            i = j;
            lineStart = false;
            continue;
        }
        if (c === ' ' || c === '\t' || c === '\f') {
            i++;
            continue;
        }
        if (c === '#') {
            while (i < text.length && text[i] !== '\n')
                i++;
            continue;
        }
        if (c === '\\' && text[i + 1] === '\n') {
            i += 2;
            if (i >= text.length)
                throw syntax('unexpected end of text after a line continuation');
            continue;
        }
        if (c === '\n') {
            i++;
            if (depth === 0) {
                if (tokens.length)
                    ended = true;
                lineStart = true;
            }
            continue;
        }
        if (ended)
            throw syntax(`more after the expression at character ${i}`);
        const at = i;
        if ('([{'.includes(c))
            depth++;
        if (')]}'.includes(c))
            depth = Math.max(0, depth - 1);
        if ('()[]{},:+-'.includes(c)) {
            tokens.push({ k: 'op', v: c, at });
            i++;
            continue;
        }
        if (isDigit(c) || (c === '.' && isDigit(text[i + 1]))) {
            const m = /^(0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|0(?:_?0)*|[1-9](?:_?[0-9])*)/.exec(text.slice(i));
            const rest = text.slice(i + (m?.[0].length ?? 0));
            if (!m || /^[.eEjJ]/.test(rest) || (m[0] === '0' && isDigit(rest[0]))) {
                if (/^[0-9]*[.eEjJ]|^\./.test(text.slice(i)))
                    throw new LiteralError('unsupported', `a float or complex number at character ${i}, which a numpy header never holds`);
                throw syntax(`an invalid number at character ${i}`);
            }
            const digits = m[0].replace(/_/g, '');
            const v = /^0[oO]/.test(digits) ? BigInt(`0o${digits.slice(2)}`) : BigInt(digits);
            i += m[0].length;
            tokens.push({ k: 'num', v, at });
            if (options.py2Longs) {
                let j = i;
                while (text[j] === ' ' || text[j] === '\t' || text[j] === '\f')
                    j++;
                if (text[j] === 'L' && !isNameChar(text[j + 1]))
                    i = j + 1;
            }
            if (isNameChar(text[i]))
                throw syntax(`an invalid number at character ${at}`);
            continue;
        }
        if (isNameStart(c)) {
            let j = i;
            while (isNameChar(text[j]))
                j++;
            const word = text.slice(i, j);
            if (text[j] === "'" || text[j] === '"') {
                const prefix = word.toLowerCase();
                if (!['r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf'].includes(prefix))
                    throw syntax(`an invalid string prefix ${word}`);
                if (prefix.includes('f'))
                    throw new LiteralError('value', 'an f-string is not a literal');
                i = j;
                tokens.push(readString(text, at, i, prefix.includes('r'), prefix.includes('b'), (end) => (i = end)));
                continue;
            }
            tokens.push({ k: 'name', v: word, at });
            i = j;
            continue;
        }
        if (c === "'" || c === '"') {
            tokens.push(readString(text, at, i, false, false, (end) => (i = end)));
            continue;
        }
        throw syntax(`unexpected character ${JSON.stringify(c)} at character ${i}`);
    }
    tokens.push({ k: 'end', at: text.length });
    return tokens;
}
/** A string literal starting at its quote (`q`), with its prefix already read; `done` receives the offset after it. */
function readString(text, at, q, raw, bytes, done) {
    const quote = text[q];
    const triple = text.slice(q, q + 3) === quote.repeat(3);
    let i = q + (triple ? 3 : 1);
    let v = '';
    for (;;) {
        if (i >= text.length)
            throw syntax(`an unterminated string at character ${at}`);
        const c = text[i];
        if (triple ? text.slice(i, i + 3) === quote.repeat(3) : c === quote) {
            i += triple ? 3 : 1;
            break;
        }
        if (!triple && c === '\n')
            throw syntax(`an unterminated string at character ${at}`);
        if (bytes && c.charCodeAt(0) > 0x7f)
            throw syntax('bytes can only contain ASCII literal characters');
        if (c !== '\\') {
            v += c;
            i++;
            continue;
        }
        const e = text[i + 1];
        if (e === undefined)
            throw syntax(`an unterminated string at character ${at}`);
        if (raw) {
            // A raw string keeps its backslashes; one still stops a quote from ending the string.
            v += c + e;
            i += 2;
            continue;
        }
        if (e === '\n') {
            i += 2;
            continue;
        }
        if (SIMPLE_ESCAPES[e] !== undefined) {
            v += SIMPLE_ESCAPES[e];
            i += 2;
        }
        else if (e >= '0' && e <= '7') {
            const m = /^[0-7]{1,3}/.exec(text.slice(i + 1))[0];
            const code = parseInt(m, 8);
            if (bytes && code > 0xff)
                throw new LiteralError('unsupported', 'an octal escape over \\377 in bytes');
            v += String.fromCharCode(code);
            i += 1 + m.length;
        }
        else if (e === 'x' || (!bytes && (e === 'u' || e === 'U'))) {
            const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
            const hex = text.slice(i + 2, i + 2 + n);
            if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex))
                throw syntax(`a truncated \\${e} escape at character ${i}`);
            const code = parseInt(hex, 16);
            if (code > 0x10ffff)
                throw syntax(`an illegal Unicode character at character ${i}`);
            v += String.fromCodePoint(code);
            i += 2 + n;
        }
        else if (e === 'N' && !bytes) {
            throw new LiteralError('unsupported', 'a \\N{name} escape');
        }
        else {
            v += c + e;
            i += 2;
        }
    }
    done(i);
    return { k: 'str', bytes, v, at };
}
/** Whether a value can be a dict key or set item (Python hashes it). */
function hashable(v) {
    if (v.t === 'list' || v.t === 'dict' || v.t === 'set')
        return false;
    return v.t !== 'tuple' || v.items.every(hashable);
}
/** Python's equality for hashable literals (True == 1, False == 0). */
function key(v) {
    switch (v.t) {
        case 'str':
            return `s${v.v}`;
        case 'bytes':
            return `b${v.v}`;
        case 'int':
            return `i${v.v}`;
        case 'bool':
            return `i${v.v ? 1 : 0}`;
        case 'none':
            return 'n';
        case 'tuple':
            return `t(${v.items.map(key).join(',')})`;
        default:
            return '?';
    }
}
function parseTokens(tokens) {
    let p = 0;
    const peek = () => tokens[p];
    const isOp = (v) => {
        const t = peek();
        return t.k === 'op' && t.v === v;
    };
    const expect = (v) => {
        if (!isOp(v))
            throw syntax(`expected "${v}" at character ${peek().at}`);
        p++;
    };
    /** expr (',' expr)* [','] until `close`; returns the items and whether a comma was seen. */
    const sequence = (close) => {
        const items = [];
        let comma = false;
        while (!(close ? isOp(close) : peek().k === 'end')) {
            items.push(expr());
            if (!isOp(','))
                break;
            p++;
            comma = true;
        }
        return { items, comma };
    };
    const expr = () => {
        if (isOp('+') || isOp('-')) {
            const negative = peek().k === 'op' && peek().v === '-';
            p++;
            // Python parses any number of signs; literal_eval takes one, before a number.
            if (isOp('+') || isOp('-')) {
                expr();
                throw new LiteralError('value', 'more than one sign');
            }
            const operand = atom();
            if (operand.t !== 'int' && operand.t !== 'bool')
                throw new LiteralError('value', 'a sign before something that is not a number');
            if (operand.t === 'bool')
                throw new LiteralError('value', 'a sign before True or False');
            return { t: 'int', v: negative ? -operand.v : operand.v };
        }
        return atom();
    };
    const atom = () => {
        const t = peek();
        if (t.k === 'num') {
            p++;
            return { t: 'int', v: t.v };
        }
        if (t.k === 'str') {
            let v = '';
            const bytes = t.bytes;
            while (peek().k === 'str') {
                const s = peek();
                if (s.bytes !== bytes)
                    throw syntax('cannot mix bytes and nonbytes literals');
                v += s.v;
                p++;
            }
            return bytes ? { t: 'bytes', v } : { t: 'str', v };
        }
        if (t.k === 'name') {
            p++;
            if (t.v === 'True' || t.v === 'False')
                return { t: 'bool', v: t.v === 'True' };
            if (t.v === 'None')
                return { t: 'none' };
            throw new LiteralError('value', `the name ${t.v} is not a literal`);
        }
        if (t.k === 'op' && t.v === '(') {
            p++;
            if (isOp(')')) {
                p++;
                return { t: 'tuple', items: [] };
            }
            const { items, comma } = sequence(')');
            expect(')');
            return comma ? { t: 'tuple', items } : items[0];
        }
        if (t.k === 'op' && t.v === '[') {
            p++;
            const { items } = sequence(']');
            expect(']');
            return { t: 'list', items };
        }
        if (t.k === 'op' && t.v === '{') {
            p++;
            if (isOp('}')) {
                p++;
                return { t: 'dict', entries: [] };
            }
            const first = expr();
            if (isOp(':')) {
                const pairs = [];
                let k = first;
                for (;;) {
                    expect(':');
                    pairs.push([k, expr()]);
                    if (!isOp(','))
                        break;
                    p++;
                    if (isOp('}'))
                        break;
                    k = expr();
                }
                expect('}');
                const entries = new Map();
                for (const [k2, v] of pairs) {
                    if (!hashable(k2))
                        throw new LiteralError('type', 'an unhashable dict key');
                    const seen = entries.get(key(k2));
                    if (seen)
                        seen[1] = v;
                    else
                        entries.set(key(k2), [k2, v]);
                }
                return { t: 'dict', entries: [...entries.values()] };
            }
            const items = [first];
            while (isOp(',')) {
                p++;
                if (isOp('}'))
                    break;
                items.push(expr());
            }
            expect('}');
            if (!items.every(hashable))
                throw new LiteralError('type', 'an unhashable set item');
            return { t: 'set', items };
        }
        throw syntax(`unexpected ${t.k === 'end' ? 'end of text' : `"${t.v}"`} at character ${t.at}`);
    };
    const { items, comma } = sequence(undefined);
    if (items.length === 0)
        throw syntax('no expression');
    if (peek().k !== 'end')
        throw syntax(`more after the expression at character ${peek().at}`);
    return comma ? { t: 'tuple', items } : items[0];
}
/** Parses `text` as ast.literal_eval would, or says why it cannot. */
function parsePythonLiteral(text, options = {}) {
    try {
        // literal_eval strips leading spaces and tabs itself; Python reads \r\n and \r as newlines.
        return {
            value: parseTokens(tokenize(text.replace(/^[ \t]+/, '').replace(/\r\n?/g, '\n'), options)),
        };
    }
    catch (error) {
        if (!(error instanceof LiteralError))
            throw error;
        return { error: { kind: error.kind, message: error.message } };
    }
}

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/npy-header.js

const KEYS = ['descr', 'fortran_order', 'shape'];
/**
 * Whether a dtype string numpy.dtype() reads holds Python objects: any
 * field of a comma string ("i4, O"), after an optional sub-array shape
 * ("(2,)O", "2O") and byte order, that is O (with its item size), object,
 * object_ or StringDType's T.
 */
function dtypeStringHasObject(s) {
    return s
        .split(',')
        .some((field) => /^\s*(\([\d,\s]*\)|\d+)?\s*([<>|=]?(O\d*|T)|object_?)\s*$/.test(field));
}
/** descr_to_dtype's walk: a string, a (dtype, shape) tuple, or fields (name, dtype[, shape]); undefined when numpy cannot make a dtype of it. */
function descrHasObject(d) {
    if (d.t === 'str')
        return dtypeStringHasObject(d.v);
    if (d.t === 'tuple')
        return d.items.length ? descrHasObject(d.items[0]) : undefined;
    // Anything else is iterated as a list of fields, as descr_to_dtype does (a dict by its keys).
    const fields = d.t === 'list' || d.t === 'set'
        ? d.items
        : d.t === 'dict'
            ? d.entries.map(([k]) => k)
            : undefined;
    if (!fields)
        return undefined;
    let objects = false;
    for (const field of fields) {
        const parts = field.t === 'tuple' || field.t === 'list'
            ? field.items
            : field.t === 'str'
                ? [...field.v].map((v) => ({ t: 'str', v }))
                : undefined;
        if (!parts || (parts.length !== 2 && parts.length !== 3))
            return undefined;
        const inner = descrHasObject(parts[1]);
        if (inner === undefined)
            return undefined;
        objects ||= inner;
    }
    return objects;
}
/** Judges an .npy header (already decoded: latin1 for versions 1 and 2, UTF-8 for 3) the way numpy reads it. */
function judgeNpyHeader(text, major) {
    let parsed = parsePythonLiteral(text);
    if ('error' in parsed && parsed.error.kind === 'syntax' && major <= 2)
        parsed = parsePythonLiteral(text, { py2Longs: true });
    if ('error' in parsed) {
        return parsed.error.kind === 'unsupported'
            ? { kind: 'unreadable', reason: parsed.error.message }
            : { kind: 'refused', reason: `the header is not a Python literal (${parsed.error.message})` };
    }
    const d = parsed.value;
    if (d.t !== 'dict')
        return { kind: 'refused', reason: 'the header is not a dict' };
    const keys = d.entries.map(([k]) => (k.t === 'str' ? k.v : undefined));
    if (keys.length !== KEYS.length || !KEYS.every((k) => keys.includes(k)))
        return {
            kind: 'refused',
            reason: 'the header does not hold exactly the keys descr, fortran_order and shape',
        };
    const get = (name) => d.entries.find(([k]) => k.t === 'str' && k.v === name)[1];
    const shape = get('shape');
    if (shape.t !== 'tuple' || !shape.items.every((x) => x.t === 'int' || x.t === 'bool'))
        return { kind: 'refused', reason: 'shape is not a tuple of ints' };
    if (get('fortran_order').t !== 'bool')
        return { kind: 'refused', reason: 'fortran_order is not a bool' };
    const objects = descrHasObject(get('descr'));
    if (objects === undefined)
        return { kind: 'refused', reason: 'descr is not a dtype description' };
    return { kind: 'array', objects };
}

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/pickle-text-args.js
/**
 * The text arguments of INT, LONG, FLOAT, GET and PUT, as CPython's
 * unpicklers read them. pickle.load, torch.load and numpy.load use the C
 * unpickler (Modules/_pickle.c); joblib uses pickle.py's. They disagree:
 * the C one reads INT with strtol(s, &end, 0) before PyLong_FromString, so
 * `I010` is octal 8 where int('010', 0) raises, and it reads every argument
 * as a C string, so a NUL ends it (`I1\0junk` is 1). A scanner that stops
 * where one unpickler stops lets the other run what follows, so an argument
 * is accepted when either unpickler accepts it, with the C unpickler's value.
 * `line` is the argument without its newline.
 */
/** Py_ISSPACE, and isspace in the C locale. */
const isSpace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\v' || c === '\f' || c === '\r';
const LONG_MAX = (1n << 63n) - 1n;
/** sys.int_info.default_max_str_digits: PyLong_FromString refuses longer decimal numbers. */
const MAX_STR_DIGITS = 4300;
/** The C string _pickle.c hands to strtol and PyLong_FromString: the line up to its first NUL. */
function cString(line) {
    const nul = line.indexOf(0);
    return Buffer.from(line.buffer, line.byteOffset, nul < 0 ? line.length : nul).toString('latin1');
}
function digitValue(c) {
    if (c === undefined)
        return 99;
    const code = c.charCodeAt(0);
    if (code >= 0x30 && code <= 0x39)
        return code - 0x30;
    if (code >= 0x61 && code <= 0x7a)
        return code - 0x61 + 10;
    if (code >= 0x41 && code <= 0x5a)
        return code - 0x41 + 10;
    return 99;
}
/** glibc's strtol(s, &end, 0) for a 64-bit long: the value, where parsing stopped, and whether it overflowed. */
function strtol(s) {
    let i = 0;
    while (isSpace(s[i]))
        i++;
    let negative = false;
    if (s[i] === '+' || s[i] === '-')
        negative = s[i++] === '-';
    let base = 10;
    if (s[i] === '0' && (s[i + 1] === 'x' || s[i + 1] === 'X') && digitValue(s[i + 2]) < 16) {
        base = 16;
        i += 2;
    }
    else if (s[i] === '0')
        base = 8;
    const start = i;
    let value = 0n;
    let overflow = false;
    // Past LONG_MAX the value no longer matters, only where the digits end: a line of millions of digits is read in linear time.
    for (; digitValue(s[i]) < base; i++) {
        if (overflow)
            continue;
        value = value * BigInt(base) + BigInt(digitValue(s[i]));
        overflow = negative ? value > LONG_MAX + 1n : value > LONG_MAX;
    }
    if (i === start)
        return { value: 0n, end: 0, overflow: false };
    return { value: negative ? -value : value, end: i, overflow };
}
/** PyLong_FromString(s, NULL, base) for base 0 or 10 (Objects/longobject.c); undefined where it raises. */
function pyLongFromString(s, base0) {
    let i = 0;
    while (i < s.length && isSpace(s[i]))
        i++;
    let negative = false;
    if (s[i] === '+')
        i++;
    else if (s[i] === '-') {
        negative = true;
        i++;
    }
    let base = 10;
    let zeroOnly = false;
    if (base0) {
        const x = s[i + 1];
        if (s[i] !== '0')
            base = 10;
        else if (x === 'x' || x === 'X')
            base = 16;
        else if (x === 'o' || x === 'O')
            base = 8;
        else if (x === 'b' || x === 'B')
            base = 2;
        // "Old" C-style octal, now invalid: only zeros pass.
        else
            zeroOnly = true;
        if (base !== 10) {
            i += 2;
            if (s[i] === '_')
                i++;
        }
    }
    if (s[i] === '_')
        return undefined;
    const start = i;
    let digits = 0;
    let nonZero = false;
    let prev = '';
    while (i < s.length && (digitValue(s[i]) < base || s[i] === '_')) {
        if (s[i] === '_') {
            if (prev === '_')
                return undefined;
        }
        else {
            digits++;
            nonZero ||= s[i] !== '0';
        }
        prev = s[i];
        i++;
    }
    if (prev === '_' || digits === 0)
        return undefined;
    if (base === 10 && digits > MAX_STR_DIGITS)
        return undefined;
    if (zeroOnly && nonZero)
        return undefined;
    const end = i;
    while (i < s.length && isSpace(s[i]))
        i++;
    if (i !== s.length)
        return undefined;
    // One conversion of the whole literal (linear for the power-of-two bases; decimals are at most 4300 digits).
    const literal = s.slice(start, end).replaceAll('_', '');
    const value = BigInt(`${base === 16 ? '0x' : base === 8 ? '0o' : base === 2 ? '0b' : ''}${literal}`);
    return negative ? -value : value;
}
/** INT (load_int): strtol first, then PyLong_FromString; a two-character 0 or 1 is a bool. Undefined where both unpicklers raise. */
function intArgument(line) {
    if (line.length === 0)
        return undefined;
    const s = cString(line);
    const r = strtol(s);
    if (!r.overflow && r.end === s.length)
        return { value: r.value, bool: line.length === 2 && (r.value === 0n || r.value === 1n) };
    const value = pyLongFromString(s, true);
    return value === undefined ? undefined : { value, bool: false };
}
/** LONG (load_long): a final L is dropped, then PyLong_FromString. */
function longArgument(line) {
    if (line.length === 0)
        return undefined;
    const cut = line[line.length - 1] === 0x4c ? line.subarray(0, line.length - 1) : line;
    return pyLongFromString(cString(cut), true);
}
/** GET and PUT (load_get, load_put): PyLong_FromString in base 10 (pickle.py's memo takes any int; PUT refuses a negative one). */
function memoArgument(line) {
    if (line.length === 0)
        return undefined;
    return pyLongFromString(cString(line), false);
}
/** The prefix of `s` that PyOS_string_to_double reads (no leading space, no underscores), and whether it overflows. */
function doublePrefix(s) {
    const m = /^[+-]?(?:((?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)|inf(?:inity)?|nan)/i.exec(s);
    if (!m)
        return undefined;
    return {
        length: m[0].length,
        overflow: m[1] !== undefined && !Number.isFinite(Number.parseFloat(m[0])),
    };
}
/** FLOAT: the C unpickler reads the C string with PyOS_string_to_double (no spaces, overflow refused); pickle.py calls float() (spaces and underscores allowed). */
function floatArgument(line) {
    if (line.length === 0)
        return false;
    const c = cString(line);
    const parsed = doublePrefix(c);
    if (parsed && !parsed.overflow && parsed.length === c.length)
        return true;
    const text = Buffer.from(line.buffer, line.byteOffset, line.length).toString('latin1');
    if (text.includes('\0'))
        return false;
    let cleaned = text;
    if (text.includes('_')) {
        let prev = '';
        cleaned = '';
        for (const ch of text) {
            const digit = ch >= '0' && ch <= '9';
            if (ch === '_') {
                if (!(prev >= '0' && prev <= '9'))
                    return false;
            }
            else {
                if (prev === '_' && !digit)
                    return false;
                cleaned += ch;
            }
            prev = ch;
        }
        if (prev === '_')
            return false;
    }
    let a = 0;
    let b = cleaned.length;
    while (a < b && isSpace(cleaned[a]))
        a++;
    while (b - 1 > a && isSpace(cleaned[b - 1]))
        b--;
    const inner = cleaned.slice(a, b);
    return doublePrefix(inner)?.length === inner.length;
}
/** The value of an ASCII hex digit byte, or -1 for anything else (the end of the input included). */
const hexDigit = (c) => c === undefined
    ? -1
    : c >= 0x30 && c <= 0x39
        ? c - 0x30
        : c >= 0x61 && c <= 0x66
            ? c - 0x57
            : c >= 0x41 && c <= 0x46
                ? c - 0x37
                : -1;
/**
 * Whether a STRING argument (the whole line: quotes and escapes) is one the
 * unpicklers load, judged piece by piece so that an argument of any length
 * is checked without being held. Both unpicklers strip the outer quotes
 * (the same quote, ' or ", at both ends of a line of two bytes or more) and
 * decode the rest with codecs.escape_decode, whose only failures are a
 * trailing backslash and a \x without two hex digits.
 */
class StringArgumentCheck {
    length = 0;
    first = -1;
    last = -1;
    /** 0: plain; 1: after a backslash; 2, 3: after \x, waiting for its first or second hex digit. */
    state = 0;
    /** The last byte was read as the character of an escape (so it was not the end of the content). */
    lastEscaped = false;
    error;
    feed(piece) {
        if (piece.length === 0)
            return;
        let i = 0;
        if (this.length === 0) {
            this.first = piece[0];
            i = 1;
        }
        this.length += piece.length;
        this.last = piece[piece.length - 1];
        while (i < piece.length && this.error === undefined) {
            if (this.state === 0) {
                const j = piece.indexOf(0x5c, i);
                if (j < 0) {
                    this.lastEscaped = false;
                    return;
                }
                this.state = 1;
                this.lastEscaped = false;
                i = j + 1;
                continue;
            }
            const c = piece[i++];
            if (this.state === 1) {
                this.lastEscaped = true;
                this.state = c === 0x78 ? 2 : 0;
            }
            else {
                this.lastEscaped = false;
                if (hexDigit(c) < 0)
                    this.error = 'invalid \\x escape';
                this.state = this.state === 2 ? 3 : 0;
            }
        }
    }
    /** Why the unpicklers refuse the argument, or undefined when they load it. */
    finish() {
        const q = this.first;
        if (this.length < 2 || this.last !== q || (q !== 0x22 && q !== 0x27))
            return 'it must be quoted';
        // The closing quote was fed too: it ends the content unless it was the escaped character of a trailing backslash.
        if (this.error)
            return this.error;
        if (this.state !== 0)
            return 'invalid \\x escape';
        if (this.lastEscaped)
            return 'Trailing \\ in string';
        return undefined;
    }
}
/**
 * Whether a UNICODE argument decodes with raw-unicode-escape, judged piece
 * by piece: an odd run of backslashes before u or U starts an escape that
 * needs 4 or 8 hex digits, and a \U escape must name a code point.
 */
class UnicodeArgumentCheck {
    oddSlashes = false;
    hexLeft = 0;
    wide = false;
    code = 0;
    error;
    feed(piece) {
        let i = 0;
        while (i < piece.length && this.error === undefined) {
            if (this.hexLeft === 0 && !this.oddSlashes) {
                const j = piece.indexOf(0x5c, i);
                if (j < 0)
                    return;
                this.oddSlashes = true;
                i = j + 1;
                continue;
            }
            const c = piece[i++];
            if (this.hexLeft > 0) {
                const d = hexDigit(c);
                if (d < 0) {
                    this.error = `truncated \\${this.wide ? 'UXXXXXXXX' : 'uXXXX'} escape`;
                    return;
                }
                this.code = this.code * 16 + d;
                if (--this.hexLeft === 0 && this.code > 0x10ffff)
                    this.error = '\\Uxxxxxxxx out of range';
            }
            else if (c === 0x5c)
                this.oddSlashes = !this.oddSlashes;
            else {
                if (this.oddSlashes && (c === 0x75 || c === 0x55)) {
                    this.wide = c === 0x55;
                    this.hexLeft = this.wide ? 8 : 4;
                    this.code = 0;
                }
                this.oddSlashes = false;
            }
        }
    }
    /** Why raw-unicode-escape refuses the argument, or undefined when it decodes. */
    finish() {
        return (this.error ??
            (this.hexLeft > 0 ? `truncated \\${this.wide ? 'UXXXXXXXX' : 'uXXXX'} escape` : undefined));
    }
}

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/pickle-values.js
/** What one scan collects, across every pickle of a file (nested ones included). */
class PickleLog {
    globals = new Map();
    storages = [];
    addGlobal(g) {
        const seen = this.globals.get(g.path);
        if (seen)
            seen.count++;
        else
            this.globals.set(g.path, { ...g, count: 1 });
    }
    /** Records that loading runs the global `path` (or may, when it is only handed to a call). */
    markCalled(path, op, at, passed) {
        const g = this.globals.get(path);
        if (g && (!g.called || (g.called.passed && !passed)))
            g.called = { op, at, passed };
    }
}
class PickleError extends Error {
}
const NONE = { t: 'none' };
const FLOAT = { t: 'float' };
const OPAQUE = { t: 'opaque' };
const BYTES = { t: 'bytes' };
/** Longer strings are stepped over, not kept. */
const MAX_STRING = 64 * 1024;
/**
 * Text arguments whose content the scan needs (GLOBAL and INST names, the
 * numbers of INT, LONG, FLOAT, GET and PUT) are kept up to this length;
 * longer ones stop the scan. Python writes them a few bytes long (int()
 * itself refuses decimals of more than 4300 digits), but its unpicklers
 * read lines of any length. STRING, UNICODE and PERSID arguments have no
 * limit: they are judged as they stream past.
 */
const MAX_KEPT_LINE = 64 * 1024 * 1024;
/** Container items kept per container (enough for shapes, dtypes and persistent ids). */
const MAX_ITEMS = 1024;
const MAX_NESTING = 32;
/** The kind of a value: str, int, or its tag. */
const kind = (v) => typeof v === 'string' ? 'str' : typeof v === 'number' ? 'int' : v.t;
const LONGSTR = { t: 'longstr' };
const BOOL = { t: 'bool' };
/** An int: a number when a double holds it exactly. */
const pickle_values_int = (v) => v >= -BigInt(Number.MAX_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(v)
    : { t: 'bigint', v };
const asNumber = (v) => typeof v === 'number' && v >= 0 ? v : undefined;
const asString = (v) => typeof v === 'string' ? v : undefined;
/** The object form of a value (containers, globals, call results), or undefined for strings and ints. */
const asObject = (v) => v !== undefined && typeof v === 'object' ? v : undefined;

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/pickle-codecs.js


/** How Python decodes the bytes of pickle arguments: the codecs of STRING, UNICODE, GLOBAL and INST, and LONG1/LONG4's integers. */
const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');
const latin1 = (b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
/** UTF-8 as Python's 'surrogatepass' decodes it; undecodable text is kept with replacement characters (the scan goes on where Python might stop). */
const decodeUtf8 = (b) => {
    try {
        return utf8.decode(b);
    }
    catch {
        return utf8Lenient.decode(b);
    }
};
/** codecs.escape_decode, as Python applies it to a STRING argument. */
function escapeDecode(s) {
    const out = [];
    const simple = {
        0x5c: 0x5c,
        0x27: 0x27,
        0x22: 0x22,
        0x62: 8,
        0x66: 12,
        0x74: 9,
        0x6e: 10,
        0x72: 13,
        0x76: 11,
        0x61: 7,
    };
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (c !== 0x5c) {
            out.push(c);
            continue;
        }
        if (++i >= s.length)
            throw new PickleError('Trailing \\ in string');
        const e = s[i];
        if (e === 0x0a)
            continue;
        if (simple[e] !== undefined)
            out.push(simple[e]);
        else if (e >= 0x30 && e <= 0x37) {
            let v = e - 0x30;
            for (let k = 0; k < 2 && i + 1 < s.length && s[i + 1] >= 0x30 && s[i + 1] <= 0x37; k++)
                v = v * 8 + (s[++i] - 0x30);
            out.push(v & 0xff);
        }
        else if (e === 0x78) {
            const h1 = hexDigit(s[i + 1]);
            const h2 = hexDigit(s[i + 2]);
            if (h1 < 0 || h2 < 0)
                throw new PickleError(`invalid \\x escape at position ${i - 1}`);
            out.push(h1 * 16 + h2);
            i += 2;
        }
        else
            out.push(0x5c, e);
    }
    return Uint8Array.from(out);
}
/** The raw-unicode-escape codec, as Python applies it to a UNICODE argument. */
function rawUnicodeEscapeDecode(s) {
    let out = '';
    for (let i = 0; i < s.length;) {
        if (s[i] !== 0x5c) {
            out += String.fromCharCode(s[i++]);
            continue;
        }
        const start = i;
        while (i < s.length && s[i] === 0x5c)
            i++;
        const slashes = i - start;
        if (slashes % 2 === 0 || i >= s.length || (s[i] !== 0x75 && s[i] !== 0x55)) {
            out += '\\'.repeat(slashes);
            continue;
        }
        out += '\\'.repeat(slashes - 1);
        const count = s[i] === 0x75 ? 4 : 8;
        i++;
        let code = 0;
        for (let k = 0; k < count; k++, i++) {
            const d = hexDigit(s[i]);
            if (d < 0)
                throw new PickleError(`truncated \\${count === 4 ? 'uXXXX' : 'UXXXXXXXX'} escape`);
            code = code * 16 + d;
        }
        if (code > 0x10ffff)
            throw new PickleError('\\Uxxxxxxxx out of range');
        out += String.fromCodePoint(code);
    }
    return out;
}
/** GLOBAL's arguments: Python decodes them as strict UTF-8 and stops on anything else. */
function strictUtf8(b, at) {
    try {
        return utf8.decode(b);
    }
    catch {
        throw new PickleError(`GLOBAL at byte ${at} names a module or attribute that is not UTF-8`);
    }
}
/** INST's arguments: ASCII only. */
function ascii(b, at) {
    if (b.some((c) => c > 0x7f))
        throw new PickleError(`INST at byte ${at} names a module or class that is not ASCII`);
    return latin1(b);
}
/** Little-endian two's complement (LONG1, LONG4). */
function decodeLong(b) {
    let v = 0n;
    for (let k = b.length - 1; k >= 0; k--)
        v = (v << 8n) | BigInt(b[k]);
    if (b.length > 0 && b[b.length - 1] & 0x80)
        v -= 1n << BigInt(8 * b.length);
    return v;
}

// EXTERNAL MODULE: ./build/src/report/escape.js
var report_escape = __webpack_require__(96209);
;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/compat-pickle.js
/**
 * Python's own renaming of Python 2 names when it unpickles a protocol 0-2
 * stream with fix_imports (the default): CPython's Lib/_compat_pickle.py,
 * IMPORT_MAPPING and NAME_MAPPING (2 -> 3 direction), copied verbatim from
 * CPython 3.11. The scanner judges a global under the name Python would
 * really import, so `urllib2.urlopen` is judged as `urllib.request.urlopen`
 * and `__builtin__.eval` as `builtins.eval`. A test compares these tables
 * with the live `_compat_pickle` module.
 */
const IMPORT_MAPPING = new Map([
    ['__builtin__', 'builtins'],
    ['copy_reg', 'copyreg'],
    ['Queue', 'queue'],
    ['SocketServer', 'socketserver'],
    ['ConfigParser', 'configparser'],
    ['repr', 'reprlib'],
    ['tkFileDialog', 'tkinter.filedialog'],
    ['tkSimpleDialog', 'tkinter.simpledialog'],
    ['tkColorChooser', 'tkinter.colorchooser'],
    ['tkCommonDialog', 'tkinter.commondialog'],
    ['Dialog', 'tkinter.dialog'],
    ['Tkdnd', 'tkinter.dnd'],
    ['tkFont', 'tkinter.font'],
    ['tkMessageBox', 'tkinter.messagebox'],
    ['ScrolledText', 'tkinter.scrolledtext'],
    ['Tkconstants', 'tkinter.constants'],
    ['Tix', 'tkinter.tix'],
    ['ttk', 'tkinter.ttk'],
    ['Tkinter', 'tkinter'],
    ['markupbase', '_markupbase'],
    ['_winreg', 'winreg'],
    ['thread', '_thread'],
    ['dummy_thread', '_dummy_thread'],
    ['dbhash', 'dbm.bsd'],
    ['dumbdbm', 'dbm.dumb'],
    ['dbm', 'dbm.ndbm'],
    ['gdbm', 'dbm.gnu'],
    ['xmlrpclib', 'xmlrpc.client'],
    ['SimpleXMLRPCServer', 'xmlrpc.server'],
    ['httplib', 'http.client'],
    ['htmlentitydefs', 'html.entities'],
    ['HTMLParser', 'html.parser'],
    ['Cookie', 'http.cookies'],
    ['cookielib', 'http.cookiejar'],
    ['BaseHTTPServer', 'http.server'],
    ['test.test_support', 'test.support'],
    ['commands', 'subprocess'],
    ['urlparse', 'urllib.parse'],
    ['robotparser', 'urllib.robotparser'],
    ['urllib2', 'urllib.request'],
    ['anydbm', 'dbm'],
    ['_abcoll', 'collections.abc'],
    ['cPickle', 'pickle'],
    ['_elementtree', 'xml.etree.ElementTree'],
    ['FileDialog', 'tkinter.filedialog'],
    ['SimpleDialog', 'tkinter.simpledialog'],
    ['DocXMLRPCServer', 'xmlrpc.server'],
    ['SimpleHTTPServer', 'http.server'],
    ['CGIHTTPServer', 'http.server'],
    ['UserDict', 'collections'],
    ['UserList', 'collections'],
    ['UserString', 'collections'],
    ['whichdb', 'dbm'],
    ['StringIO', 'io'],
    ['cStringIO', 'io'],
]);
/** Keyed by 'module name' (one space). */
const NAME_MAPPING = new Map([
    ['__builtin__ xrange', ['builtins', 'range']],
    ['__builtin__ reduce', ['functools', 'reduce']],
    ['__builtin__ intern', ['sys', 'intern']],
    ['__builtin__ unichr', ['builtins', 'chr']],
    ['__builtin__ unicode', ['builtins', 'str']],
    ['__builtin__ long', ['builtins', 'int']],
    ['itertools izip', ['builtins', 'zip']],
    ['itertools imap', ['builtins', 'map']],
    ['itertools ifilter', ['builtins', 'filter']],
    ['itertools ifilterfalse', ['itertools', 'filterfalse']],
    ['itertools izip_longest', ['itertools', 'zip_longest']],
    ['UserDict IterableUserDict', ['collections', 'UserDict']],
    ['UserList UserList', ['collections', 'UserList']],
    ['UserString UserString', ['collections', 'UserString']],
    ['whichdb whichdb', ['dbm', 'whichdb']],
    ['_socket fromfd', ['socket', 'fromfd']],
    ['_multiprocessing Connection', ['multiprocessing.connection', 'Connection']],
    ['multiprocessing.process Process', ['multiprocessing.context', 'Process']],
    ['multiprocessing.forking Popen', ['multiprocessing.popen_fork', 'Popen']],
    ['urllib ContentTooShortError', ['urllib.error', 'ContentTooShortError']],
    ['urllib getproxies', ['urllib.request', 'getproxies']],
    ['urllib pathname2url', ['urllib.request', 'pathname2url']],
    ['urllib quote_plus', ['urllib.parse', 'quote_plus']],
    ['urllib quote', ['urllib.parse', 'quote']],
    ['urllib unquote_plus', ['urllib.parse', 'unquote_plus']],
    ['urllib unquote', ['urllib.parse', 'unquote']],
    ['urllib url2pathname', ['urllib.request', 'url2pathname']],
    ['urllib urlcleanup', ['urllib.request', 'urlcleanup']],
    ['urllib urlencode', ['urllib.parse', 'urlencode']],
    ['urllib urlopen', ['urllib.request', 'urlopen']],
    ['urllib urlretrieve', ['urllib.request', 'urlretrieve']],
    ['urllib2 HTTPError', ['urllib.error', 'HTTPError']],
    ['urllib2 URLError', ['urllib.error', 'URLError']],
    ['exceptions ArithmeticError', ['builtins', 'ArithmeticError']],
    ['exceptions AssertionError', ['builtins', 'AssertionError']],
    ['exceptions AttributeError', ['builtins', 'AttributeError']],
    ['exceptions BaseException', ['builtins', 'BaseException']],
    ['exceptions BufferError', ['builtins', 'BufferError']],
    ['exceptions BytesWarning', ['builtins', 'BytesWarning']],
    ['exceptions DeprecationWarning', ['builtins', 'DeprecationWarning']],
    ['exceptions EOFError', ['builtins', 'EOFError']],
    ['exceptions EnvironmentError', ['builtins', 'EnvironmentError']],
    ['exceptions Exception', ['builtins', 'Exception']],
    ['exceptions FloatingPointError', ['builtins', 'FloatingPointError']],
    ['exceptions FutureWarning', ['builtins', 'FutureWarning']],
    ['exceptions GeneratorExit', ['builtins', 'GeneratorExit']],
    ['exceptions IOError', ['builtins', 'IOError']],
    ['exceptions ImportError', ['builtins', 'ImportError']],
    ['exceptions ImportWarning', ['builtins', 'ImportWarning']],
    ['exceptions IndentationError', ['builtins', 'IndentationError']],
    ['exceptions IndexError', ['builtins', 'IndexError']],
    ['exceptions KeyError', ['builtins', 'KeyError']],
    ['exceptions KeyboardInterrupt', ['builtins', 'KeyboardInterrupt']],
    ['exceptions LookupError', ['builtins', 'LookupError']],
    ['exceptions MemoryError', ['builtins', 'MemoryError']],
    ['exceptions NameError', ['builtins', 'NameError']],
    ['exceptions NotImplementedError', ['builtins', 'NotImplementedError']],
    ['exceptions OSError', ['builtins', 'OSError']],
    ['exceptions OverflowError', ['builtins', 'OverflowError']],
    ['exceptions PendingDeprecationWarning', ['builtins', 'PendingDeprecationWarning']],
    ['exceptions ReferenceError', ['builtins', 'ReferenceError']],
    ['exceptions RuntimeError', ['builtins', 'RuntimeError']],
    ['exceptions RuntimeWarning', ['builtins', 'RuntimeWarning']],
    ['exceptions StopIteration', ['builtins', 'StopIteration']],
    ['exceptions SyntaxError', ['builtins', 'SyntaxError']],
    ['exceptions SyntaxWarning', ['builtins', 'SyntaxWarning']],
    ['exceptions SystemError', ['builtins', 'SystemError']],
    ['exceptions SystemExit', ['builtins', 'SystemExit']],
    ['exceptions TabError', ['builtins', 'TabError']],
    ['exceptions TypeError', ['builtins', 'TypeError']],
    ['exceptions UnboundLocalError', ['builtins', 'UnboundLocalError']],
    ['exceptions UnicodeDecodeError', ['builtins', 'UnicodeDecodeError']],
    ['exceptions UnicodeEncodeError', ['builtins', 'UnicodeEncodeError']],
    ['exceptions UnicodeError', ['builtins', 'UnicodeError']],
    ['exceptions UnicodeTranslateError', ['builtins', 'UnicodeTranslateError']],
    ['exceptions UnicodeWarning', ['builtins', 'UnicodeWarning']],
    ['exceptions UserWarning', ['builtins', 'UserWarning']],
    ['exceptions ValueError', ['builtins', 'ValueError']],
    ['exceptions Warning', ['builtins', 'Warning']],
    ['exceptions ZeroDivisionError', ['builtins', 'ZeroDivisionError']],
    ['multiprocessing AuthenticationError', ['multiprocessing.context', 'AuthenticationError']],
    ['multiprocessing BufferTooShort', ['multiprocessing.context', 'BufferTooShort']],
    ['multiprocessing ProcessError', ['multiprocessing.context', 'ProcessError']],
    ['multiprocessing TimeoutError', ['multiprocessing.context', 'TimeoutError']],
    ['__builtin__ basestring', ['builtins', 'str']],
    ['exceptions StandardError', ['builtins', 'Exception']],
    ['UserDict UserDict', ['collections', 'UserDict']],
    ['socket _socketobject', ['socket', 'SocketType']],
]);
/** The module and name an unpickler with fix_imports imports for a Python 2 global (protocol < 3). */
function fixImports(module, name) {
    const mapped = NAME_MAPPING.get(`${module} ${name}`);
    if (mapped)
        return [mapped[0], mapped[1]];
    const moduleMapped = IMPORT_MAPPING.get(module);
    return moduleMapped === undefined ? [module, name] : [moduleMapped, name];
}

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/pickle-allowlist.json
const pickle_allowlist_namespaceObject = /*#__PURE__*/JSON.parse('{"sC":{"builtins.object":"python","builtins.set":"python","builtins.frozenset":"python","builtins.slice":"python","builtins.complex":"python","builtins.bytearray":"python","builtins.bytes":"python","builtins.range":"python","builtins.int":"python","builtins.float":"python","builtins.str":"python","builtins.list":"python","builtins.dict":"python","builtins.tuple":"python","builtins.bool":"python","copyreg._reconstructor":"python","copyreg.__newobj__":"python","copyreg.__newobj_ex__":"python","_codecs.encode":"python","collections.OrderedDict":"python","collections.Counter":"python","collections.defaultdict":"python","collections.deque":"python","datetime.datetime":"python","datetime.date":"python","datetime.time":"python","datetime.timedelta":"python","datetime.timezone":"python","decimal.Decimal":"python","fractions.Fraction":"python","uuid.UUID":"python","uuid.SafeUUID":"python","numpy.ndarray":"numpy","numpy.dtype":"numpy","numpy.core.multiarray._reconstruct":"numpy","numpy.core.multiarray.scalar":"numpy","numpy.core.numeric._frombuffer":"numpy","numpy._core.multiarray._reconstruct":"numpy","numpy._core.multiarray.scalar":"numpy","numpy._core.numeric._frombuffer":"numpy","numpy.ma.core._mareconstruct":"numpy","numpy.ma.core.MaskedArray":"numpy","numpy.matrixlib.defmatrix.matrix":"numpy","numpy.bool_":"numpy","numpy.bool":"numpy","numpy.int8":"numpy","numpy.int16":"numpy","numpy.int32":"numpy","numpy.int64":"numpy","numpy.uint8":"numpy","numpy.uint16":"numpy","numpy.uint32":"numpy","numpy.uint64":"numpy","numpy.float16":"numpy","numpy.float32":"numpy","numpy.float64":"numpy","numpy.longdouble":"numpy","numpy.complex64":"numpy","numpy.complex128":"numpy","numpy.clongdouble":"numpy","numpy.object_":"numpy","numpy.str_":"numpy","numpy.bytes_":"numpy","numpy.void":"numpy","numpy.datetime64":"numpy","numpy.timedelta64":"numpy","numpy.intc":"numpy","numpy.uintc":"numpy","numpy.intp":"numpy","numpy.uintp":"numpy","numpy.longlong":"numpy","numpy.ulonglong":"numpy","numpy.short":"numpy","numpy.ushort":"numpy","numpy.byte":"numpy","numpy.ubyte":"numpy","numpy.half":"numpy","numpy.single":"numpy","numpy.double":"numpy","numpy.csingle":"numpy","numpy.cdouble":"numpy","numpy.int_":"numpy","numpy.uint":"numpy","numpy.float_":"numpy","numpy.complex_":"numpy","numpy.unicode_":"numpy","numpy.string_":"numpy","numpy.dtypes.BoolDType":"numpy","numpy.dtypes.Int8DType":"numpy","numpy.dtypes.Int16DType":"numpy","numpy.dtypes.Int32DType":"numpy","numpy.dtypes.Int64DType":"numpy","numpy.dtypes.UInt8DType":"numpy","numpy.dtypes.UInt16DType":"numpy","numpy.dtypes.UInt32DType":"numpy","numpy.dtypes.UInt64DType":"numpy","numpy.dtypes.Float16DType":"numpy","numpy.dtypes.Float32DType":"numpy","numpy.dtypes.Float64DType":"numpy","numpy.dtypes.LongDoubleDType":"numpy","numpy.dtypes.Complex64DType":"numpy","numpy.dtypes.Complex128DType":"numpy","numpy.dtypes.CLongDoubleDType":"numpy","numpy.dtypes.ObjectDType":"numpy","numpy.dtypes.BytesDType":"numpy","numpy.dtypes.StrDType":"numpy","numpy.dtypes.VoidDType":"numpy","numpy.dtypes.DateTime64DType":"numpy","numpy.dtypes.TimeDelta64DType":"numpy","numpy.random.__RandomState_ctor":"numpy","numpy.random._pickle.__randomstate_ctor":"numpy","numpy.random._pickle.__generator_ctor":"numpy","numpy.random._pickle.__bit_generator_ctor":"numpy","numpy.random.mtrand.RandomState":"numpy","numpy.random._generator.Generator":"numpy","numpy.random._mt19937.MT19937":"numpy","numpy.random._pcg64.PCG64":"numpy","numpy.random._pcg64.PCG64DXSM":"numpy","numpy.random._philox.Philox":"numpy","numpy.random._sfc64.SFC64":"numpy","numpy.random.bit_generator.SeedSequence":"numpy","numpy.random.bit_generator.__pyx_unpickle_SeedSequence":"numpy","numpy.random._bit_generator.SeedSequence":"numpy","numpy.random._bit_generator.__pyx_unpickle_SeedSequence":"numpy","joblib.numpy_pickle.NumpyArrayWrapper":"joblib","pandas.DataFrame":"pandas","pandas.Series":"pandas","pandas.Index":"pandas","pandas.RangeIndex":"pandas","pandas.Categorical":"pandas","pandas.CategoricalDtype":"pandas","pandas.StringDtype":"pandas","pandas.Timestamp":"pandas","pandas.Timedelta":"pandas","pandas.arrays.StringArray":"pandas","pandas.core.frame.DataFrame":"pandas","pandas.core.series.Series":"pandas","pandas.core.indexes.base.Index":"pandas","pandas.core.indexes.base._new_Index":"pandas","pandas.core.indexes.range.RangeIndex":"pandas","pandas.core.internals.managers.BlockManager":"pandas","pandas.core.internals.managers.SingleBlockManager":"pandas","pandas.core.arrays.categorical.Categorical":"pandas","pandas.core.dtypes.dtypes.CategoricalDtype":"pandas","pandas._libs.internals._unpickle_block":"pandas","pandas._libs.arrays.__pyx_unpickle_NDArrayBacked":"pandas","pandas._libs.tslibs.timestamps._unpickle_timestamp":"pandas","pandas._libs.tslibs.timedeltas._timedelta_unpickle":"pandas","scipy.sparse._csr.csr_matrix":"scipy","scipy.sparse._csr.csr_array":"scipy","scipy.sparse.csr.csr_matrix":"scipy","scipy.sparse._csc.csc_matrix":"scipy","scipy.sparse._csc.csc_array":"scipy","scipy.sparse.csc.csc_matrix":"scipy","scipy.sparse._coo.coo_matrix":"scipy","scipy.sparse._coo.coo_array":"scipy","scipy.sparse.coo.coo_matrix":"scipy","torch.Size":"torch","torch.Tensor":"torch","torch.device":"torch","torch.nn.parameter.Parameter":"torch","torch.nn.parameter.Buffer":"torch","torch.serialization._get_layout":"torch","torch._tensor._rebuild_from_type_v2":"torch","torch._utils._rebuild_tensor":"torch","torch._utils._rebuild_tensor_v2":"torch","torch._utils._rebuild_tensor_v3":"torch","torch._utils._rebuild_parameter":"torch","torch._utils._rebuild_parameter_with_state":"torch","torch._utils._rebuild_qtensor":"torch","torch._utils._rebuild_sparse_tensor":"torch","torch._utils._rebuild_meta_tensor_no_storage":"torch","torch._utils._rebuild_wrapper_subclass":"torch","torch._utils._rebuild_device_tensor_from_numpy":"torch","torch._utils._rebuild_device_tensor_from_cpu_tensor":"torch","torch._utils._rebuild_nested_tensor":"torch","torch.storage.TypedStorage":"torch","torch.storage.UntypedStorage":"torch","torch.DoubleStorage":"torch","torch.FloatStorage":"torch","torch.HalfStorage":"torch","torch.LongStorage":"torch","torch.IntStorage":"torch","torch.ShortStorage":"torch","torch.CharStorage":"torch","torch.ByteStorage":"torch","torch.BoolStorage":"torch","torch.BFloat16Storage":"torch","torch.ComplexDoubleStorage":"torch","torch.ComplexFloatStorage":"torch","torch.QUInt8Storage":"torch","torch.QInt8Storage":"torch","torch.QInt32Storage":"torch","torch.QUInt4x2Storage":"torch","torch.QUInt2x4Storage":"torch","torch.UntypedStorage":"torch","torch.DoubleTensor":"torch","torch.cuda.DoubleTensor":"torch","torch.FloatTensor":"torch","torch.cuda.FloatTensor":"torch","torch.HalfTensor":"torch","torch.cuda.HalfTensor":"torch","torch.BFloat16Tensor":"torch","torch.cuda.BFloat16Tensor":"torch","torch.LongTensor":"torch","torch.cuda.LongTensor":"torch","torch.IntTensor":"torch","torch.cuda.IntTensor":"torch","torch.ShortTensor":"torch","torch.cuda.ShortTensor":"torch","torch.CharTensor":"torch","torch.cuda.CharTensor":"torch","torch.ByteTensor":"torch","torch.cuda.ByteTensor":"torch","torch.BoolTensor":"torch","torch.cuda.BoolTensor":"torch","torch.ComplexDoubleTensor":"torch","torch.cuda.ComplexDoubleTensor":"torch","torch.ComplexFloatTensor":"torch","torch.cuda.ComplexFloatTensor":"torch","torch.float32":"torch","torch.float64":"torch","torch.float16":"torch","torch.bfloat16":"torch","torch.complex32":"torch","torch.complex64":"torch","torch.complex128":"torch","torch.uint8":"torch","torch.int8":"torch","torch.int16":"torch","torch.int32":"torch","torch.int64":"torch","torch.bool":"torch","torch.qint8":"torch","torch.quint8":"torch","torch.qint32":"torch","torch.quint4x2":"torch","torch.quint2x4":"torch","torch.float8_e5m2":"torch","torch.float8_e4m3fn":"torch","torch.float8_e5m2fnuz":"torch","torch.float8_e4m3fnuz":"torch","torch.float8_e8m0fnu":"torch","torch.float4_e2m1fn_x2":"torch","torch.uint16":"torch","torch.uint32":"torch","torch.uint64":"torch","torch.bits8":"torch","torch.bits16":"torch","torch.bits1x8":"torch","torch.bits2x4":"torch","torch.bits4x2":"torch","torch.uint1":"torch","torch.int1":"torch","torch.uint2":"torch","torch.int2":"torch","torch.uint3":"torch","torch.int3":"torch","torch.uint4":"torch","torch.int4":"torch","torch.uint5":"torch","torch.int5":"torch","torch.uint6":"torch","torch.int6":"torch","torch.uint7":"torch","torch.int7":"torch","torch.per_tensor_affine":"torch","torch.per_tensor_symmetric":"torch","torch.per_channel_affine":"torch","torch.per_channel_symmetric":"torch","torch.per_channel_affine_float_qparams":"torch"}}');
;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/pickle-denylist.json
const pickle_denylist_namespaceObject = /*#__PURE__*/JSON.parse('{"Ot":{"commands":"runs operating-system commands","code":"evaluates or compiles Python code","attributes":"reaches arbitrary attributes or builds calls to them","imports":"imports or loads code","loaders":"loads another serialized object the scanner cannot see","network":"opens network connections","files":"reads or writes files","threads":"starts threads or handles signals"},"$e":{"os":"commands","posix":"commands","nt":"commands","subprocess":"commands","_posixsubprocess":"commands","pty":"commands","commands":"commands","popen2":"commands","platform":"commands","_osx_support":"commands","_aix_support":"commands","_pyrepl":"commands","uuid":"commands","imaplib.IMAP4_stream":"commands","pydoc":"commands","webbrowser":"commands","antigravity":"commands","asyncio":"commands","multiprocessing":"commands","_multiprocessing":"commands","concurrent.futures":"commands","torch.multiprocessing":"commands","builtins.eval":"code","builtins.exec":"code","builtins.execfile":"code","builtins.compile":"code","builtins.breakpoint":"code","builtins.input":"code","builtins.help":"code","runpy":"code","code":"code","codeop":"code","types.CodeType":"code","types.FunctionType":"code","types.LambdaType":"code","marshal":"code","trace":"code","timeit":"code","profile":"code","cProfile":"code","_lsprof":"code","pdb":"code","bdb":"code","doctest":"code","unittest":"code","idlelib":"code","lib2to3":"code","test":"code","tkinter":"code","_tkinter":"code","turtle":"code","numpy.testing":"code","numpy.f2py":"code","numpy.distutils":"code","pandas.eval":"code","pandas.core.computation":"code","torch.jit.unsupported_tensor_ops":"code","torch._inductor":"code","torch._dynamo":"code","torch.fx.experimental.symbolic_shapes":"code","torch.utils.bottleneck":"code","torch.utils.collect_env":"code","sklearn.utils._testing":"code","yaml.load":"code","yaml.load_all":"code","yaml.unsafe_load":"code","yaml.unsafe_load_all":"code","yaml.full_load":"code","yaml.full_load_all":"code","yaml.constructor":"code","jsonpickle":"code","builtins.getattr":"attributes","builtins.setattr":"attributes","builtins.delattr":"attributes","builtins.globals":"attributes","builtins.locals":"attributes","builtins.vars":"attributes","builtins.apply":"attributes","operator.attrgetter":"attributes","operator.itemgetter":"attributes","operator.methodcaller":"attributes","operator.call":"attributes","_operator.attrgetter":"attributes","_operator.itemgetter":"attributes","_operator.methodcaller":"attributes","_operator.call":"attributes","functools.partialmethod":"attributes","functools.reduce":"attributes","_functools.reduce":"attributes","gc":"attributes","copyreg":"attributes","sys":"attributes","importlib":"imports","imp":"imports","pkgutil":"imports","zipimport":"imports","site":"imports","ctypes":"imports","_ctypes":"imports","cffi":"imports","distutils":"imports","setuptools":"imports","pkg_resources":"imports","ensurepip":"imports","pip":"imports","venv":"imports","numpy.ctypeslib":"imports","torch.utils.cpp_extension":"imports","torch.package":"imports","torch.ops.load_library":"imports","torch.classes.load_library":"imports","torch.hub":"imports","torch.utils._config_module":"imports","torch.utils.data.datapipes.utils.decoder":"imports","keras.models.load_model":"imports","keras.saving":"imports","tensorflow.keras.models.load_model":"imports","pickle":"loaders","_pickle":"loaders","cPickle":"loaders","dill":"loaders","cloudpickle":"loaders","shelve":"loaders","joblib.load":"loaders","joblib.numpy_pickle.load":"loaders","joblib.numpy_pickle.load_temporary_memmap":"loaders","joblib.externals":"loaders","joblib.parallel":"loaders","joblib.Parallel":"loaders","joblib.memory":"loaders","joblib.Memory":"loaders","torch.load":"loaders","torch.serialization":"loaders","torch.jit.load":"loaders","torch.storage._load_from_bytes":"loaders","torch.distributed":"loaders","numpy.load":"loaders","numpy.lib.npyio":"loaders","numpy.lib._npyio_impl":"loaders","pandas.read_pickle":"loaders","pandas.io":"loaders","socket":"network","_socket":"network","ssl":"network","http.client":"network","http.server":"network","httplib":"network","urllib.request":"network","urllib.urlopen":"network","urllib.urlretrieve":"network","urllib2":"network","urllib3":"network","requests":"network","httpx":"network","aiohttp":"network","ftplib":"network","smtplib":"network","smtpd":"network","telnetlib":"network","poplib":"network","imaplib":"network","nntplib":"network","xmlrpc":"network","socketserver":"network","asyncore":"network","asynchat":"network","numpy.lib._datasource":"network","numpy.DataSource":"network","builtins.open":"files","builtins.file":"files","io.open":"files","io.open_code":"files","io.FileIO":"files","_io.open":"files","_io.open_code":"files","_io.FileIO":"files","codecs":"files","_codecs":"files","fileinput":"files","tempfile":"files","shutil":"files","pathlib":"files","mmap":"files","dbm":"files","sqlite3":"files","zipfile":"files","tarfile":"files","gzip.open":"files","gzip.GzipFile":"files","bz2.open":"files","bz2.BZ2File":"files","lzma.open":"files","lzma.LZMAFile":"files","logging.FileHandler":"files","logging.handlers":"files","logging.config":"files","numpy.memmap":"files","numpy.core.memmap":"files","numpy._core.memmap":"files","numpy.save":"files","numpy.savez":"files","numpy.savez_compressed":"files","numpy.savetxt":"files","numpy.fromfile":"files","numpy.loadtxt":"files","numpy.genfromtxt":"files","threading":"threads","_thread":"threads","signal":"threads","_signal":"threads","atexit":"threads","sched":"threads"},"_4":["os","posix","nt","sys","subprocess","posixsubprocess","builtins","builtin","importlib","imp","pickle","cPickle","dill","cloudpickle","marshal","ctypes","runpy","pty","shutil","socket","commands","multiprocessing","webbrowser","pydoc","pdb","bdb","timeit","cProfile","codeop","pip"],"Db":["eval","exec","execfile","compile","system","popen","popen2","popen3","popen4","Popen","getoutput","getstatusoutput","check_output","check_call","fork","forkpty","fork_exec","posix_spawn","posix_spawnp","execl","execle","execlp","execlpe","execv","execve","execvp","execvpe","spawnl","spawnle","spawnlp","spawnlpe","spawnv","spawnve","spawnvp","spawnvpe","runcode","runsource","runstring","run_path","run_module","_run_code","_run_module_code","execWrapper","load_inline","pipepager","tempfilepager","_read_output","_get_command_stdout","_syscmd_file","import_module","load_source","load_module","load_dynamic","load_library","LoadLibrary","resolve_name","locate","getattr","setattr","delattr","attrgetter","methodcaller","globals","locals","breakpoint","load","loads","load_model","read_pickle","unsafe_load","full_load"]}');
;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/sklearn-globals.json
const sklearn_globals_namespaceObject = /*#__PURE__*/JSON.parse('{"Ac":["sklearn.calibration.CalibratedClassifierCV","sklearn.cluster._affinity_propagation.AffinityPropagation","sklearn.cluster._agglomerative.AgglomerativeClustering","sklearn.cluster._agglomerative.FeatureAgglomeration","sklearn.cluster._bicluster.SpectralBiclustering","sklearn.cluster._bicluster.SpectralCoclustering","sklearn.cluster._birch.Birch","sklearn.cluster._bisect_k_means.BisectingKMeans","sklearn.cluster._dbscan.DBSCAN","sklearn.cluster._hdbscan.hdbscan.HDBSCAN","sklearn.cluster._kmeans.KMeans","sklearn.cluster._kmeans.MiniBatchKMeans","sklearn.cluster._mean_shift.MeanShift","sklearn.cluster._optics.OPTICS","sklearn.cluster._spectral.SpectralClustering","sklearn.compose._column_transformer.ColumnTransformer","sklearn.compose._target.TransformedTargetRegressor","sklearn.covariance._elliptic_envelope.EllipticEnvelope","sklearn.covariance._empirical_covariance.EmpiricalCovariance","sklearn.covariance._graph_lasso.GraphicalLasso","sklearn.covariance._graph_lasso.GraphicalLassoCV","sklearn.covariance._robust_covariance.MinCovDet","sklearn.covariance._shrunk_covariance.LedoitWolf","sklearn.covariance._shrunk_covariance.OAS","sklearn.covariance._shrunk_covariance.ShrunkCovariance","sklearn.cross_decomposition._pls.CCA","sklearn.cross_decomposition._pls.PLSCanonical","sklearn.cross_decomposition._pls.PLSRegression","sklearn.cross_decomposition._pls.PLSSVD","sklearn.decomposition._dict_learning.DictionaryLearning","sklearn.decomposition._dict_learning.MiniBatchDictionaryLearning","sklearn.decomposition._dict_learning.SparseCoder","sklearn.decomposition._factor_analysis.FactorAnalysis","sklearn.decomposition._fastica.FastICA","sklearn.decomposition._incremental_pca.IncrementalPCA","sklearn.decomposition._kernel_pca.KernelPCA","sklearn.decomposition._lda.LatentDirichletAllocation","sklearn.decomposition._nmf.MiniBatchNMF","sklearn.decomposition._nmf.NMF","sklearn.decomposition._pca.PCA","sklearn.decomposition._sparse_pca.MiniBatchSparsePCA","sklearn.decomposition._sparse_pca.SparsePCA","sklearn.decomposition._truncated_svd.TruncatedSVD","sklearn.discriminant_analysis.LinearDiscriminantAnalysis","sklearn.discriminant_analysis.QuadraticDiscriminantAnalysis","sklearn.dummy.DummyClassifier","sklearn.dummy.DummyRegressor","sklearn.ensemble._bagging.BaggingClassifier","sklearn.ensemble._bagging.BaggingRegressor","sklearn.ensemble._forest.ExtraTreesClassifier","sklearn.ensemble._forest.ExtraTreesRegressor","sklearn.ensemble._forest.RandomForestClassifier","sklearn.ensemble._forest.RandomForestRegressor","sklearn.ensemble._forest.RandomTreesEmbedding","sklearn.ensemble._gb.GradientBoostingClassifier","sklearn.ensemble._gb.GradientBoostingRegressor","sklearn.ensemble._hist_gradient_boosting.gradient_boosting.HistGradientBoostingClassifier","sklearn.ensemble._hist_gradient_boosting.gradient_boosting.HistGradientBoostingRegressor","sklearn.ensemble._iforest.IsolationForest","sklearn.ensemble._stacking.StackingClassifier","sklearn.ensemble._stacking.StackingRegressor","sklearn.ensemble._voting.VotingClassifier","sklearn.ensemble._voting.VotingRegressor","sklearn.ensemble._weight_boosting.AdaBoostClassifier","sklearn.ensemble._weight_boosting.AdaBoostRegressor","sklearn.feature_extraction._dict_vectorizer.DictVectorizer","sklearn.feature_extraction._hash.FeatureHasher","sklearn.feature_extraction.image.PatchExtractor","sklearn.feature_extraction.text.CountVectorizer","sklearn.feature_extraction.text.HashingVectorizer","sklearn.feature_extraction.text.TfidfTransformer","sklearn.feature_extraction.text.TfidfVectorizer","sklearn.feature_selection._from_model.SelectFromModel","sklearn.feature_selection._rfe.RFE","sklearn.feature_selection._rfe.RFECV","sklearn.feature_selection._sequential.SequentialFeatureSelector","sklearn.feature_selection._univariate_selection.GenericUnivariateSelect","sklearn.feature_selection._univariate_selection.SelectFdr","sklearn.feature_selection._univariate_selection.SelectFpr","sklearn.feature_selection._univariate_selection.SelectFwe","sklearn.feature_selection._univariate_selection.SelectKBest","sklearn.feature_selection._univariate_selection.SelectPercentile","sklearn.feature_selection._variance_threshold.VarianceThreshold","sklearn.frozen._frozen.FrozenEstimator","sklearn.gaussian_process._gpc.GaussianProcessClassifier","sklearn.gaussian_process._gpr.GaussianProcessRegressor","sklearn.impute._base.MissingIndicator","sklearn.impute._base.SimpleImputer","sklearn.impute._iterative.IterativeImputer","sklearn.impute._knn.KNNImputer","sklearn.isotonic.IsotonicRegression","sklearn.kernel_approximation.AdditiveChi2Sampler","sklearn.kernel_approximation.Nystroem","sklearn.kernel_approximation.PolynomialCountSketch","sklearn.kernel_approximation.RBFSampler","sklearn.kernel_approximation.SkewedChi2Sampler","sklearn.kernel_ridge.KernelRidge","sklearn.linear_model._base.LinearRegression","sklearn.linear_model._bayes.ARDRegression","sklearn.linear_model._bayes.BayesianRidge","sklearn.linear_model._coordinate_descent.ElasticNet","sklearn.linear_model._coordinate_descent.ElasticNetCV","sklearn.linear_model._coordinate_descent.Lasso","sklearn.linear_model._coordinate_descent.LassoCV","sklearn.linear_model._coordinate_descent.MultiTaskElasticNet","sklearn.linear_model._coordinate_descent.MultiTaskElasticNetCV","sklearn.linear_model._coordinate_descent.MultiTaskLasso","sklearn.linear_model._coordinate_descent.MultiTaskLassoCV","sklearn.linear_model._glm.glm.GammaRegressor","sklearn.linear_model._glm.glm.PoissonRegressor","sklearn.linear_model._glm.glm.TweedieRegressor","sklearn.linear_model._huber.HuberRegressor","sklearn.linear_model._least_angle.Lars","sklearn.linear_model._least_angle.LarsCV","sklearn.linear_model._least_angle.LassoLars","sklearn.linear_model._least_angle.LassoLarsCV","sklearn.linear_model._least_angle.LassoLarsIC","sklearn.linear_model._logistic.LogisticRegression","sklearn.linear_model._logistic.LogisticRegressionCV","sklearn.linear_model._omp.OrthogonalMatchingPursuit","sklearn.linear_model._omp.OrthogonalMatchingPursuitCV","sklearn.linear_model._passive_aggressive.PassiveAggressiveClassifier","sklearn.linear_model._passive_aggressive.PassiveAggressiveRegressor","sklearn.linear_model._perceptron.Perceptron","sklearn.linear_model._quantile.QuantileRegressor","sklearn.linear_model._ransac.RANSACRegressor","sklearn.linear_model._ridge.Ridge","sklearn.linear_model._ridge.RidgeCV","sklearn.linear_model._ridge.RidgeClassifier","sklearn.linear_model._ridge.RidgeClassifierCV","sklearn.linear_model._stochastic_gradient.SGDClassifier","sklearn.linear_model._stochastic_gradient.SGDOneClassSVM","sklearn.linear_model._stochastic_gradient.SGDRegressor","sklearn.linear_model._theil_sen.TheilSenRegressor","sklearn.manifold._classical_mds.ClassicalMDS","sklearn.manifold._isomap.Isomap","sklearn.manifold._locally_linear.LocallyLinearEmbedding","sklearn.manifold._mds.MDS","sklearn.manifold._spectral_embedding.SpectralEmbedding","sklearn.manifold._t_sne.TSNE","sklearn.mixture._bayesian_mixture.BayesianGaussianMixture","sklearn.mixture._gaussian_mixture.GaussianMixture","sklearn.model_selection._classification_threshold.FixedThresholdClassifier","sklearn.model_selection._classification_threshold.TunedThresholdClassifierCV","sklearn.model_selection._search.GridSearchCV","sklearn.model_selection._search.RandomizedSearchCV","sklearn.model_selection._search_successive_halving.HalvingGridSearchCV","sklearn.model_selection._search_successive_halving.HalvingRandomSearchCV","sklearn.multiclass.OneVsOneClassifier","sklearn.multiclass.OneVsRestClassifier","sklearn.multiclass.OutputCodeClassifier","sklearn.multioutput.ClassifierChain","sklearn.multioutput.MultiOutputClassifier","sklearn.multioutput.MultiOutputRegressor","sklearn.multioutput.RegressorChain","sklearn.naive_bayes.BernoulliNB","sklearn.naive_bayes.CategoricalNB","sklearn.naive_bayes.ComplementNB","sklearn.naive_bayes.GaussianNB","sklearn.naive_bayes.MultinomialNB","sklearn.neighbors._classification.KNeighborsClassifier","sklearn.neighbors._classification.RadiusNeighborsClassifier","sklearn.neighbors._graph.KNeighborsTransformer","sklearn.neighbors._graph.RadiusNeighborsTransformer","sklearn.neighbors._kde.KernelDensity","sklearn.neighbors._lof.LocalOutlierFactor","sklearn.neighbors._nca.NeighborhoodComponentsAnalysis","sklearn.neighbors._nearest_centroid.NearestCentroid","sklearn.neighbors._regression.KNeighborsRegressor","sklearn.neighbors._regression.RadiusNeighborsRegressor","sklearn.neighbors._unsupervised.NearestNeighbors","sklearn.neural_network._multilayer_perceptron.MLPClassifier","sklearn.neural_network._multilayer_perceptron.MLPRegressor","sklearn.neural_network._rbm.BernoulliRBM","sklearn.pipeline.FeatureUnion","sklearn.pipeline.Pipeline","sklearn.preprocessing._data.Binarizer","sklearn.preprocessing._data.KernelCenterer","sklearn.preprocessing._data.MaxAbsScaler","sklearn.preprocessing._data.MinMaxScaler","sklearn.preprocessing._data.Normalizer","sklearn.preprocessing._data.PowerTransformer","sklearn.preprocessing._data.QuantileTransformer","sklearn.preprocessing._data.RobustScaler","sklearn.preprocessing._data.StandardScaler","sklearn.preprocessing._discretization.KBinsDiscretizer","sklearn.preprocessing._encoders.OneHotEncoder","sklearn.preprocessing._encoders.OrdinalEncoder","sklearn.preprocessing._function_transformer.FunctionTransformer","sklearn.preprocessing._label.LabelBinarizer","sklearn.preprocessing._label.LabelEncoder","sklearn.preprocessing._label.MultiLabelBinarizer","sklearn.preprocessing._polynomial.PolynomialFeatures","sklearn.preprocessing._polynomial.SplineTransformer","sklearn.preprocessing._target_encoder.TargetEncoder","sklearn.random_projection.GaussianRandomProjection","sklearn.random_projection.SparseRandomProjection","sklearn.semi_supervised._label_propagation.LabelPropagation","sklearn.semi_supervised._label_propagation.LabelSpreading","sklearn.semi_supervised._self_training.SelfTrainingClassifier","sklearn.svm._classes.LinearSVC","sklearn.svm._classes.LinearSVR","sklearn.svm._classes.NuSVC","sklearn.svm._classes.NuSVR","sklearn.svm._classes.OneClassSVM","sklearn.svm._classes.SVC","sklearn.svm._classes.SVR","sklearn.tree._classes.DecisionTreeClassifier","sklearn.tree._classes.DecisionTreeRegressor","sklearn.tree._classes.ExtraTreeClassifier","sklearn.tree._classes.ExtraTreeRegressor"],"yz":["_codecs.encode","builtins.bytes","builtins.dict","builtins.object","builtins.slice","builtins.str","builtins.str.split","builtins.tuple","copyreg._reconstructor","functools.partial","numpy._core.multiarray._reconstruct","numpy._core.multiarray.scalar","numpy._core.numeric._frombuffer","numpy.dtype","numpy.float64","numpy.int64","numpy.ma.MaskedArray","numpy.ma.core._mareconstruct","numpy.mean","numpy.ndarray","numpy.number","numpy.random._mt19937.MT19937","numpy.random._pcg64.PCG64","numpy.random._pickle.__bit_generator_ctor","numpy.random._pickle.__generator_ctor","numpy.random._pickle.__randomstate_ctor","numpy.random.bit_generator.SeedSequence","numpy.random.bit_generator.__pyx_unpickle_SeedSequence","scipy._lib.array_api_compat.numpy._aliases.asarray","scipy.interpolate._bsplines.BSpline","scipy.sparse._csr.csr_matrix","sklearn._loss._loss.CyAbsoluteError","sklearn._loss._loss.CyExponentialLoss","sklearn._loss._loss.CyHalfBinomialLoss","sklearn._loss._loss.CyHalfGammaLoss","sklearn._loss._loss.CyHalfMultinomialLoss","sklearn._loss._loss.CyHalfPoissonLoss","sklearn._loss._loss.CyHalfSquaredError","sklearn._loss._loss.CyHalfTweedieLoss","sklearn._loss._loss.CyHalfTweedieLossIdentity","sklearn._loss._loss.CyHuberLoss","sklearn._loss._loss.CyPinballLoss","sklearn._loss._loss.__pyx_unpickle_CyHalfMultinomialLoss","sklearn._loss.link.HalfLogitLink","sklearn._loss.link.IdentityLink","sklearn._loss.link.Interval","sklearn._loss.link.LogLink","sklearn._loss.link.LogitLink","sklearn._loss.link.MultinomialLogit","sklearn._loss.loss.AbsoluteError","sklearn._loss.loss.ExponentialLoss","sklearn._loss.loss.HalfBinomialLoss","sklearn._loss.loss.HalfGammaLoss","sklearn._loss.loss.HalfMultinomialLoss","sklearn._loss.loss.HalfPoissonLoss","sklearn._loss.loss.HalfSquaredError","sklearn._loss.loss.HalfTweedieLoss","sklearn._loss.loss.HalfTweedieLossIdentity","sklearn._loss.loss.HuberLoss","sklearn._loss.loss.PinballLoss","sklearn.calibration._CalibratedClassifier","sklearn.calibration._SigmoidCalibration","sklearn.calibration._TemperatureScaling","sklearn.cluster._birch._CFNode","sklearn.cluster._birch._CFSubcluster","sklearn.cluster._bisect_k_means._BisectingTree","sklearn.cluster._kmeans._kmeans_single_elkan","sklearn.cluster._kmeans._kmeans_single_lloyd","sklearn.compose._column_transformer.make_column_selector","sklearn.ensemble._hist_gradient_boosting.binning._BinMapper","sklearn.ensemble._hist_gradient_boosting.predictor.TreePredictor","sklearn.feature_selection._univariate_selection.f_classif","sklearn.gaussian_process._gpc._BinaryGaussianProcessClassifierLaplace","sklearn.gaussian_process.kernels.CompoundKernel","sklearn.gaussian_process.kernels.ConstantKernel","sklearn.gaussian_process.kernels.DotProduct","sklearn.gaussian_process.kernels.ExpSineSquared","sklearn.gaussian_process.kernels.Exponentiation","sklearn.gaussian_process.kernels.Matern","sklearn.gaussian_process.kernels.PairwiseKernel","sklearn.gaussian_process.kernels.Product","sklearn.gaussian_process.kernels.RBF","sklearn.gaussian_process.kernels.RationalQuadratic","sklearn.gaussian_process.kernels.Sum","sklearn.gaussian_process.kernels.WhiteKernel","sklearn.impute._iterative._ImputerTriplet","sklearn.linear_model._sgd_fast.EpsilonInsensitive","sklearn.linear_model._sgd_fast.Hinge","sklearn.linear_model._sgd_fast.ModifiedHuber","sklearn.linear_model._sgd_fast.SquaredEpsilonInsensitive","sklearn.linear_model._sgd_fast.SquaredHinge","sklearn.metrics._classification.accuracy_score","sklearn.metrics._classification.balanced_accuracy_score","sklearn.metrics._classification.brier_score_loss","sklearn.metrics._classification.d2_brier_score","sklearn.metrics._classification.d2_log_loss_score","sklearn.metrics._classification.f1_score","sklearn.metrics._classification.jaccard_score","sklearn.metrics._classification.log_loss","sklearn.metrics._classification.matthews_corrcoef","sklearn.metrics._classification.precision_score","sklearn.metrics._classification.recall_score","sklearn.metrics._dist_metrics.BrayCurtisDistance64","sklearn.metrics._dist_metrics.CanberraDistance64","sklearn.metrics._dist_metrics.ChebyshevDistance64","sklearn.metrics._dist_metrics.DiceDistance64","sklearn.metrics._dist_metrics.EuclideanDistance64","sklearn.metrics._dist_metrics.HammingDistance64","sklearn.metrics._dist_metrics.JaccardDistance64","sklearn.metrics._dist_metrics.ManhattanDistance64","sklearn.metrics._dist_metrics.RogersTanimotoDistance64","sklearn.metrics._dist_metrics.RussellRaoDistance64","sklearn.metrics._dist_metrics.SokalMichenerDistance64","sklearn.metrics._dist_metrics.SokalSneathDistance64","sklearn.metrics._dist_metrics.newObj","sklearn.metrics._ranking.average_precision_score","sklearn.metrics._ranking.roc_auc_score","sklearn.metrics._ranking.top_k_accuracy_score","sklearn.metrics._regression.d2_absolute_error_score","sklearn.metrics._regression.explained_variance_score","sklearn.metrics._regression.max_error","sklearn.metrics._regression.mean_absolute_error","sklearn.metrics._regression.mean_absolute_percentage_error","sklearn.metrics._regression.mean_gamma_deviance","sklearn.metrics._regression.mean_poisson_deviance","sklearn.metrics._regression.mean_squared_error","sklearn.metrics._regression.mean_squared_log_error","sklearn.metrics._regression.median_absolute_error","sklearn.metrics._regression.r2_score","sklearn.metrics._regression.root_mean_squared_error","sklearn.metrics._regression.root_mean_squared_log_error","sklearn.metrics._scorer._CurveScorer","sklearn.metrics._scorer._PassthroughScorer","sklearn.metrics._scorer._Scorer","sklearn.metrics._scorer.negative_likelihood_ratio","sklearn.metrics._scorer.positive_likelihood_ratio","sklearn.metrics.cluster._supervised.adjusted_mutual_info_score","sklearn.metrics.cluster._supervised.adjusted_rand_score","sklearn.metrics.cluster._supervised.completeness_score","sklearn.metrics.cluster._supervised.fowlkes_mallows_score","sklearn.metrics.cluster._supervised.homogeneity_score","sklearn.metrics.cluster._supervised.mutual_info_score","sklearn.metrics.cluster._supervised.normalized_mutual_info_score","sklearn.metrics.cluster._supervised.rand_score","sklearn.metrics.cluster._supervised.v_measure_score","sklearn.model_selection._split.KFold","sklearn.model_selection._split.StratifiedKFold","sklearn.multiclass._ConstantPredictor","sklearn.neighbors._ball_tree.BallTree","sklearn.neighbors._ball_tree.newObj","sklearn.neighbors._kd_tree.KDTree","sklearn.neighbors._kd_tree.newObj","sklearn.neural_network._stochastic_optimizers.AdamOptimizer","sklearn.neural_network._stochastic_optimizers.SGDOptimizer","sklearn.tree._tree.Tree","sklearn.utils._bunch.Bunch","sklearn.utils._metadata_requests.MetadataRequest","sklearn.utils._metadata_requests.MethodMetadataRequest","sklearn.utils.validation.check_array"],"xV":["_codecs.encode","builtins.bytes","builtins.complex","builtins.dict","builtins.object","builtins.slice","copyreg._reconstructor","datetime.timedelta","datetime.timezone","numpy._core._internal._convert_to_stringdtype_kwargs","numpy._core.multiarray._reconstruct","numpy._core.multiarray.scalar","numpy._core.numeric._frombuffer","numpy.dtype","numpy.ma.MaskedArray","numpy.ma.core._mareconstruct","numpy.ndarray","pandas.BooleanDtype","pandas.Categorical","pandas.CategoricalDtype","pandas.CategoricalIndex","pandas.DataFrame","pandas.DatetimeIndex","pandas.DatetimeTZDtype","pandas.Float32Dtype","pandas.Float64Dtype","pandas.Index","pandas.Int16Dtype","pandas.Int32Dtype","pandas.Int64Dtype","pandas.Int8Dtype","pandas.Interval","pandas.IntervalDtype","pandas.IntervalIndex","pandas.MultiIndex","pandas.NA","pandas.Period","pandas.PeriodDtype","pandas.PeriodIndex","pandas.RangeIndex","pandas.Series","pandas.SparseDtype","pandas.StringDtype","pandas.TimedeltaIndex","pandas.UInt16Dtype","pandas.UInt32Dtype","pandas.UInt64Dtype","pandas.UInt8Dtype","pandas._libs.arrays.__pyx_unpickle_NDArrayBacked","pandas._libs.internals._unpickle_block","pandas._libs.interval.__pyx_unpickle_IntervalMixin","pandas._libs.sparse.IntIndex","pandas._libs.tslibs.nattype._nat_unpickle","pandas._libs.tslibs.offsets.Day","pandas._libs.tslibs.offsets.Hour","pandas._libs.tslibs.offsets.MonthEnd","pandas._libs.tslibs.timedeltas._timedelta_unpickle","pandas._libs.tslibs.timestamps._unpickle_timestamp","pandas.arrays.BooleanArray","pandas.arrays.DatetimeArray","pandas.arrays.FloatingArray","pandas.arrays.IntegerArray","pandas.arrays.IntervalArray","pandas.arrays.PeriodArray","pandas.arrays.SparseArray","pandas.arrays.StringArray","pandas.arrays.TimedeltaArray","pandas.core.indexes.base._new_Index","pandas.core.indexes.datetimes._new_DatetimeIndex","pandas.core.indexes.interval._new_IntervalIndex","pandas.core.indexes.timedeltas._new_TimedeltaIndex","pandas.core.internals.managers.BlockManager","pandas.core.internals.managers.SingleBlockManager","scipy.sparse._bsr.bsr_array","scipy.sparse._bsr.bsr_matrix","scipy.sparse._coo.coo_array","scipy.sparse._coo.coo_matrix","scipy.sparse._csc.csc_array","scipy.sparse._csc.csc_matrix","scipy.sparse._csr.csr_array","scipy.sparse._csr.csr_matrix","scipy.sparse._dia.dia_array","scipy.sparse._dia.dia_matrix","scipy.sparse._dok.dok_array","scipy.sparse._dok.dok_matrix","scipy.sparse._lil.lil_array","scipy.sparse._lil.lil_matrix","zoneinfo.ZoneInfo","zoneinfo.ZoneInfo._unpickle"]}');
;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/pickle-globals.js




const { /* reasons */ "Ot": reasons, /* denylist */ "$e": denylist, /* moduleAttributes */ "_4": moduleAttributes, /* dangerousNames */ "Db": dangerousNames } = pickle_denylist_namespaceObject;
const { /* allowlist */ "sC": allowlist } = pickle_allowlist_namespaceObject;
/** A path is dangerous when it equals one of these or lies under one (`os` covers `os.system` and `os.path.join`): pickle-denylist.json, one entry per line with its reason. */
const DENYLIST = new Map(Object.entries(denylist).map(([path, why]) => {
    const reason = reasons[why];
    // A typo in the data file must not turn an entry off.
    if (!reason)
        throw new Error(`pickle-denylist.json: ${path} names no reason of "reasons": ${why}`);
    return [path, reason];
}));
// Python 2 names and the builtins module under its other spellings.
for (const [path, reason] of [...DENYLIST])
    if (path.startsWith('builtins.'))
        for (const alias of ['__builtin__', '__builtins__'])
            DENYLIST.set(`${alias}${path.slice('builtins'.length)}`, reason);
/** Components in the longest denylist path: a longer run of components cannot be on it, so the lookups below stop there (a path of thousands of components stays linear). */
const DENYLIST_DEPTH = Math.max(...[...DENYLIST.keys()].map((p) => p.split('.').length));
/** Module names that, reached as an attribute anywhere in a path (`sklearn.os`, `collections._sys`), give the same access as importing them. */
const MODULE_ATTRIBUTES = new Set(moduleAttributes);
/** Attribute names whose presence anywhere in a global's path means running code, commands or another loader. */
const DANGEROUS_NAMES = new Set(dangerousNames);
/** Exact globals that benign scikit-learn, joblib, numpy, pandas and PyTorch state_dict pickles import: pickle-allowlist.json. */
const ALLOWLIST = new Set(Object.keys(allowlist));
/** The scikit-learn globals of the ml-class tier, generated (make_sklearn_globals.py): estimators and what benign pickles of them import. */
const ML_GLOBALS = new Set([...sklearn_globals_namespaceObject.Ac, ...sklearn_globals_namespaceObject.yz]);
/** The globals benign pickles of pandas, scipy.sparse and numpy objects import, generated the same way: known, beside the hand-written ALLOWLIST (which also keeps older versions' paths). */
const DATA_GLOBALS = new Set(sklearn_globals_namespaceObject.xV);
const IDENTIFIER = /^[\p{L}_][\p{L}\p{N}_]*$/u;
/** True when `name` is one Python identifier (no dots). */
const isIdentifier = (name) => IDENTIFIER.test(name);
/** True when Python could import `module`: dotted identifiers (anything else fails before any code runs). */
function importableModule(module) {
    return module.split('.').every((c) => IDENTIFIER.test(c));
}
/**
 * Why the global `module`.`name` is dangerous, or undefined. The whole path
 * and each of its prefixes are looked up in the denylist; each attribute
 * component (the module part is imported as real modules, the name part is
 * resolved with getattr) is checked for modules reached as attributes,
 * dunder internals and dangerous callable names.
 */
function dangerIn(module, name) {
    const path = `${module}.${name}`;
    if (ALLOWLIST.has(path))
        return undefined;
    const parts = path.split('.');
    for (let k = 1; k <= Math.min(parts.length, DENYLIST_DEPTH); k++) {
        const prefix = parts.slice(0, k).join('.');
        const reason = DENYLIST.get(prefix);
        if (reason)
            return `${prefix} ${reason}`;
    }
    if (/^pandas\.read_/.test(path))
        return 'pandas readers open files and URLs, and read_pickle unpickles';
    const attributes = name.split('.');
    for (const part of attributes) {
        const bare = part.replace(/^_+|_+$/g, '');
        if (MODULE_ATTRIBUTES.has(bare))
            return `reaches the ${bare} module through the attribute ${part}`;
        if (/^__\w*__$/.test(part))
            return `reaches Python internals through ${part}`;
        if (DANGEROUS_NAMES.has(part))
            return `calls ${part}, which runs code, commands or another loader`;
    }
    // An attribute used as a namespace names a module some module imported: `sklearn` + `logging.FileHandler` is logging's.
    for (let j = 0; j < attributes.length - 1; j++) {
        for (let k = j + 1; k <= Math.min(attributes.length, j + DENYLIST_DEPTH); k++) {
            const reached = attributes.slice(j, k).join('.');
            const reason = DENYLIST.get(reached);
            if (reason)
                return `reaches ${reached} through the attribute path ${name} (${reached} ${reason})`;
        }
    }
    return undefined;
}
/**
 * Judges a global the way Python resolves it: `proto` is the protocol the
 * stream declared (0 without a PROTO opcode). Under protocol 0 to 2 Python 2
 * names are renamed first; both the renamed and the written name are
 * checked against the denylist, since a loader may turn fix_imports off.
 * `allowed` is the team's list of reviewed globals.
 */
function judgeGlobal(module, name, proto, allowed = new Set()) {
    const [m, n] = proto < 3 ? fixImports(module, name) : [module, name];
    const path = `${m}.${n}`;
    for (const [cm, cn] of m === module && n === name
        ? [[m, n]]
        : [
            [m, n],
            [module, name],
        ]) {
        const reason = dangerIn(cm, cn);
        if (reason)
            return { tier: 'dangerous', path, module: m, name: n, reason };
    }
    const tier = ALLOWLIST.has(path) || DATA_GLOBALS.has(path)
        ? 'known'
        : allowed.has(path)
            ? 'allowed'
            : ML_GLOBALS.has(path)
                ? 'ml-class'
                : 'unknown';
    return { tier, path, module: m, name: n };
}

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/pickle-machine.js




const JOBLIB_WRAPPER = 'joblib.numpy_pickle.NumpyArrayWrapper';
const isGlobal = (v, path) => typeof v === 'object' && v.t === 'global' && v.path === path;
/**
 * A joblib NumpyArrayWrapper, as joblib's unpickler sees it after BUILD. At
 * protocol 2 and up the pickle makes it with NEWOBJ (the class is the
 * callable); at protocols 0 and 1, object.__reduce_ex__ writes
 * copyreg._reconstructor(NumpyArrayWrapper, object, None). Only that exact
 * form counts: any other callable, or _reconstructor given another class or
 * base, is not the wrapper, and the bytes after its BUILD stay opcodes.
 */
function isJoblibWrapper(obj) {
    if (obj.cls === JOBLIB_WRAPPER)
        return true;
    if (obj.cls !== 'copyreg._reconstructor' ||
        typeof obj.args !== 'object' ||
        obj.args.t !== 'tuple')
        return false;
    const [cls, base, state] = obj.args.items;
    return (obj.args.items.length === 3 &&
        isGlobal(cls, JOBLIB_WRAPPER) &&
        isGlobal(base, 'builtins.object') &&
        kind(state) === 'none');
}
/** builtins.getattr as judgeGlobal resolves it: its imports are reported by how they are used (see `lookup`). */
const GETATTR = 'builtins.getattr';
/** functools.partial under the names a pickle can import it by: calling a partial calls the function it holds. */
const PARTIAL = new Set(['functools.partial', '_functools.partial']);
/** Bytes per element of a numpy dtype string such as f8, i4, u1, c16, U10 (UTF-32), S5, V16; undefined for objects and unknown kinds. */
function itemSize(descr) {
    const m = /^[<>|=]?([biufcmMUSV])(\d+)$/.exec(descr);
    if (!m)
        return undefined;
    return m[1] === 'U' ? 4 * Number(m[2]) : Number(m[2]);
}
/**
 * The state of one unpickling, as CPython's Unpickler keeps it: the stack,
 * the mark stack (metastack), the memo and the protocol, with the readers
 * of opcode arguments and what loading does with globals (imports, calls,
 * lookups, mutations). The opcodes themselves are in pickle-dispatch.ts and the files it names.
 */
class PickleMachine {
    s;
    options;
    log;
    depth;
    scanNested;
    stack = [];
    metastack = [];
    /** Imports of builtins.getattr not reported yet, with what reporting one records. */
    getattrs = new Map();
    memo = new Map();
    proto = 0;
    result;
    constructor(s, options, log, depth, scanNested) {
        this.s = s;
        this.options = options;
        this.log = log;
        this.depth = depth;
        this.scanNested = scanNested;
        this.result = {
            start: s.offset,
            end: s.offset,
            complete: false,
            acted: false,
            value: undefined,
            joblibArrays: 0,
            joblibObjectArrays: 0,
            opcodes: 0,
        };
    }
    fail = (message) => {
        throw new PickleError(message);
    };
    need = async (n) => {
        if (!(await this.s.ensure(n)))
            this.fail(`the stream ends in the middle of an opcode at byte ${this.s.offset}`);
    };
    // Fixed-size arguments are read synchronously: the loop keeps 16 bytes buffered ahead of each opcode.
    bytes = (n) => {
        if (this.s.available < n)
            this.fail(`the stream ends in the middle of an opcode at byte ${this.s.offset}`);
        return this.s.take(n);
    };
    u8 = () => this.bytes(1)[0];
    le = (n) => {
        const b = this.bytes(n);
        let v = 0;
        for (let k = n - 1; k >= 0; k--)
            v = v * 256 + b[k];
        return v;
    };
    i32 = () => {
        const v = this.le(4);
        return v >= 2 ** 31 ? v - 2 ** 32 : v;
    };
    u64 = () => {
        const v = this.le(8);
        if (v > Number.MAX_SAFE_INTEGER)
            this.fail(`a length of ${v} bytes at byte ${this.s.offset - 8}`);
        return v;
    };
    /** Streams a text argument (its line, without the newline) to `visit`; returns its length. `what` names the opcode in errors. */
    streamArgument = async (what, at, visit) => {
        let length = 0;
        const now = this.s.lineNow();
        if (now !== undefined) {
            visit(now);
            return now.length;
        }
        const complete = await this.s.streamLine((piece) => {
            length += piece.length;
            visit(piece);
        });
        if (!complete)
            this.fail(`the stream ends inside the text argument of ${what} at byte ${at} (no newline)`);
        return length;
    };
    /** A text argument whose content the scan needs (a name, a number), up to MAX_KEPT_LINE bytes. */
    keptArgument = async (what, at) => {
        const pieces = [];
        let kept = 0;
        const length = await this.streamArgument(what, at, (piece) => {
            kept += piece.length;
            if (kept <= MAX_KEPT_LINE)
                pieces.push(piece);
        });
        if (length > MAX_KEPT_LINE)
            this.fail(`the text argument of ${what} at byte ${at} is ${length} bytes long: G2 reads names and numbers of up to ${MAX_KEPT_LINE} bytes`);
        return pieces.length === 1 ? pieces[0] : Buffer.concat(pieces);
    };
    /** A STRING or UNICODE argument: checked as it streams past, decoded when it is short enough to keep. */
    stringArgument = async (what, at, check, decode) => {
        const pieces = [];
        let kept = 0;
        const length = await this.streamArgument(what, at, (piece) => {
            check.feed(piece);
            kept += piece.length;
            if (kept <= MAX_STRING + 2)
                pieces.push(piece);
        });
        const error = check.finish();
        if (error)
            this.fail(`the ${what} argument at byte ${at}: ${error}`);
        return length <= MAX_STRING + 2
            ? decode(pieces.length === 1 ? pieces[0] : Buffer.concat(pieces))
            : LONGSTR;
    };
    /** A text argument's line, and how it reads: `what` names the opcode in the error. */
    textArgument = async (what, at, read) => {
        const line = await this.keptArgument(what, at);
        const v = read(line);
        if (v === undefined)
            this.fail(`${what} argument ${JSON.stringify(latin1(line).slice(0, 40))} at byte ${at} is not a number either unpickler reads`);
        return v;
    };
    slowText = async (n, decode) => {
        if (n <= MAX_STRING) {
            await this.need(n);
            return decode(this.s.take(n));
        }
        if (!(await this.s.skip(n)))
            this.fail(`the stream ends inside a string of ${n} bytes`);
        return LONGSTR;
    };
    /** A short string payload that is already buffered (the fast path of slowText), else undefined. */
    textNow = (n, decode) => n <= MAX_STRING && this.s.available >= n ? decode(this.s.take(n)) : undefined;
    slowPayload = async (n, v) => {
        if (!(await this.s.skip(n)))
            this.fail(`the stream ends inside a payload of ${n} bytes`);
        return v;
    };
    /** Steps over a payload that is already buffered (the fast path of slowPayload), else undefined. */
    payloadNow = (n, v) => {
        if (this.s.available < n)
            return undefined;
        this.s.take(n);
        return v;
    };
    // Through a function: `stack` is read after the arguments are evaluated (popMark replaces it).
    push = (v) => {
        this.stack.push(v);
    };
    /** Takes a value off the stack for any use but a REDUCE's callable: a getattr import used that way is reported. */
    pop = () => {
        const v = this.stack.length
            ? this.stack.pop()
            : this.fail(`stack underflow at byte ${this.s.offset - 1}`);
        if (this.getattrs.size && typeof v === 'object')
            this.escape(v);
        return v;
    };
    top = () => this.stack.length
        ? this.stack[this.stack.length - 1]
        : this.fail(`stack underflow at byte ${this.s.offset - 1}`);
    popMark = () => {
        const items = this.stack;
        const outer = this.metastack.pop();
        if (!outer)
            this.fail(`no MARK on the stack at byte ${this.s.offset - 1}`);
        this.stack = outer;
        if (this.getattrs.size)
            for (const v of items)
                this.escape(v);
        return items;
    };
    capped = (items) => items.length > MAX_ITEMS ? items.slice(0, MAX_ITEMS) : items;
    addGlobal = (module, name, at) => {
        if (!importableModule(module))
            this.fail(`global ${JSON.stringify((0,report_escape/* truncate */.xv)(module, 300))}.${JSON.stringify((0,report_escape/* truncate */.xv)(name, 300))} at byte ${at}: Python cannot import a module by that name`);
        const judged = judgeGlobal(module, name, this.proto, this.options.allowed);
        const entry = {
            module,
            name,
            path: judged.path,
            tier: judged.tier,
            ...(judged.reason ? { reason: judged.reason } : {}),
            offset: at,
        };
        const value = {
            t: 'global',
            path: judged.path,
            module: judged.module,
            name: judged.name,
        };
        this.result.acted = true;
        if (judged.path === GETATTR && judged.tier === 'dangerous')
            this.getattrs.set(value, entry);
        else
            this.log.addGlobal(entry);
        return value;
    };
    /** A getattr import put to any use but a lookup judged as a known, ML or allowed global: it is reported (once). */
    escape = (v) => {
        const entry = this.getattrs.get(v);
        if (!entry)
            return;
        this.getattrs.delete(v);
        this.log.addGlobal(entry);
    };
    /**
     * A REDUCE or INST calling an imported getattr. getattr(G, 'name'), with G a global (or
     * such a lookup) and 'name' an identifier written in the pickle, reaches
     * exactly what the dotted global G.name reaches (find_class resolves a
     * dotted name with getattr, component by component), so it is judged as
     * that global: a bound method such as zoneinfo.ZoneInfo._unpickle or
     * str.split. When that global is known, an ML class or allowed, getattr
     * is not reported for this use and the result is that global; any other
     * use reports getattr itself (critical), as does a lookup of anything else.
     */
    lookup = (fn, args, op, at) => {
        const a = asObject(args);
        const [target, attr] = a?.t === 'tuple' && a.items.length === 2 ? a.items : [];
        const g = asObject(target);
        if (g?.t === 'global' &&
            g.module !== undefined &&
            g.name !== undefined &&
            typeof attr === 'string' &&
            isIdentifier(attr)) {
            const judged = judgeGlobal(g.module, `${g.name}.${attr}`, 4, this.options.allowed);
            this.log.addGlobal({
                module: judged.module,
                name: judged.name,
                path: judged.path,
                tier: judged.tier,
                ...(judged.reason ? { reason: `${judged.reason} (reached by getattr at byte ${at})` } : {}),
                offset: at,
            });
            if (judged.tier !== 'dangerous' && judged.tier !== 'unknown')
                return { t: 'global', path: judged.path, module: judged.module, name: judged.name };
        }
        this.escape(fn);
        return this.call(fn, args, op, at);
    };
    /** Records something that is dangerous whatever it imports (a computed import, a rewritten module). */
    flag = (path, reason, at) => {
        this.log.addGlobal({ module: '?', name: '?', path, tier: 'dangerous', reason, offset: at });
        this.result.acted = true;
    };
    /** BUILD, SETITEM(S), APPEND(S) and ADDITEMS on an imported object itself (not on an instance) rewrite a module, a class or a shared dict. */
    mutates = (target, op, at) => {
        if (typeof target === 'object' && target.t === 'global')
            this.flag(`<${op} on ${target.path}>`, `${op} changes the imported object ${target.path} itself (a module, class or shared object), which can redirect later imports`, at);
    };
    /** The class or function a value was made by calling, when it was an imported global. */
    maker = (v) => typeof v === 'object' && v.t === 'obj' ? v.cls : undefined;
    /**
     * A functools.partial object, made by calling the class or by copyreg
     * building one: its BUILD (partial.__setstate__) replaces the function,
     * arguments and keywords it calls when it is called.
     */
    isPartial = (v) => {
        if (typeof v !== 'object' || v.t !== 'obj')
            return false;
        if (v.cls !== undefined && PARTIAL.has(v.cls))
            return true;
        const args = asObject(v.args);
        const first = args?.t === 'tuple' ? asObject(args.items[0]) : undefined;
        return first?.t === 'global' && PARTIAL.has(first.path);
    };
    /**
     * A call while loading: the callable runs, and a global handed to it (in
     * its arguments, or inside their tuples, lists and dicts) may be run by it,
     * as copyreg._reconstructor runs the class it is given.
     */
    call = (callable, args, op, at, kwargs) => {
        if (typeof callable === 'object' && callable.t === 'global')
            this.log.markCalled(callable.path, op, at, false);
        const walk = (v, level) => {
            if (v === undefined || typeof v !== 'object' || level > 3)
                return;
            if (v.t === 'global')
                this.log.markCalled(v.path, op, at, true);
            else if (v.t === 'tuple' || v.t === 'list')
                for (const x of v.items)
                    walk(x, level + 1);
            else if (v.t === 'dict')
                for (const x of v.entries)
                    walk(x, level + 1);
        };
        walk(args, 0);
        walk(kwargs, 0);
        return {
            t: 'obj',
            cls: typeof callable === 'object' && callable.t === 'global' ? callable.path : undefined,
            args,
        };
    };
    /** BUILD, APPEND(S), SETITEM(S) and ADDITEMS call methods of the object they change (__setstate__, extend, __setitem__, add). */
    usesMethods = (target, op, at) => {
        const cls = this.maker(target);
        if (cls)
            this.log.markCalled(cls, op, at, false);
    };
    setItems = (target, items) => {
        if (typeof target === 'object' && target.t === 'dict')
            for (let k = 0; k + 1 < items.length && target.entries.length < 2 * MAX_ITEMS; k += 2)
                target.entries.push(items[k], items[k + 1]);
    };
    /** After the BUILD of a joblib NumpyArrayWrapper: step over its raw bytes, or scan its nested pickle. */
    joblibArray = async (wrapper) => {
        const dict = asObject(wrapper.state);
        const state = dict?.t === 'dict'
            ? new Map(dict.entries.flatMap((k, i) => i % 2 ? [] : [[asString(k), dict.entries[i + 1]]]))
            : undefined;
        const shape = asObject(state?.get('shape'));
        const dtype = asObject(state?.get('dtype'));
        const args = dtype?.t === 'obj' ? asObject(dtype.args) : undefined;
        const dstate = dtype?.t === 'obj' ? asObject(dtype.state) : undefined;
        const descr = args?.t === 'tuple' ? asString(args.items[0]) : undefined;
        const flags = dstate?.t === 'tuple' ? asNumber(dstate.items[7]) : undefined;
        const dims = shape?.t === 'tuple' ? shape.items.map(asNumber) : undefined;
        if (!dims || dims.some((d) => d === undefined) || descr === undefined)
            this.fail(`a joblib array at byte ${this.s.offset} without a readable shape and dtype`);
        if (descr.replace(/^[<>|=]/, '').startsWith('O') || (flags !== undefined && flags & 1)) {
            if (this.depth >= MAX_NESTING)
                this.fail(`pickles nested more than ${MAX_NESTING} deep`);
            const inner = await this.scanNested(this.s, this.options, this.log, this.depth + 1);
            this.result.joblibArrays += inner.joblibArrays;
            this.result.joblibObjectArrays += inner.joblibObjectArrays + 1;
            if (!inner.complete)
                this.fail(`the object array's nested pickle at byte ${inner.start}: ${inner.error}`);
            return;
        }
        const size = itemSize(descr);
        if (size === undefined)
            this.fail(`a joblib array at byte ${this.s.offset} with dtype ${JSON.stringify(descr)}, whose item size the scanner does not know`);
        const alignment = state?.get('numpy_array_alignment_bytes');
        if (alignment !== undefined && kind(alignment) !== 'none')
            await this.slowPayload(this.u8(), OPAQUE);
        const count = dims.reduce((a, b) => a * b, 1);
        if (!Number.isSafeInteger(count * size))
            this.fail(`a joblib array at byte ${this.s.offset} declares ${count} items`);
        await this.slowPayload(count * size, OPAQUE);
        this.result.joblibArrays++;
    };
}

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/pickle-opcodes.js
/**
 * The pickle opcodes of protocols 0 to 5 by name, as CPython's pickle.py
 * names them (the byte values of Lib/pickle.py and Modules/_pickle.c).
 */
const OP = {
    MARK: 0x28,
    EMPTY_TUPLE: 0x29,
    STOP: 0x2e,
    POP: 0x30,
    POP_MARK: 0x31,
    DUP: 0x32,
    BINBYTES: 0x42,
    SHORT_BINBYTES: 0x43,
    FLOAT: 0x46,
    BINFLOAT: 0x47,
    INT: 0x49,
    BININT: 0x4a,
    BININT1: 0x4b,
    LONG: 0x4c,
    BININT2: 0x4d,
    NONE: 0x4e,
    PERSID: 0x50,
    BINPERSID: 0x51,
    REDUCE: 0x52,
    STRING: 0x53,
    BINSTRING: 0x54,
    SHORT_BINSTRING: 0x55,
    UNICODE: 0x56,
    BINUNICODE: 0x58,
    EMPTY_LIST: 0x5d,
    APPEND: 0x61,
    BUILD: 0x62,
    GLOBAL: 0x63,
    DICT: 0x64,
    APPENDS: 0x65,
    GET: 0x67,
    BINGET: 0x68,
    INST: 0x69,
    LONG_BINGET: 0x6a,
    LIST: 0x6c,
    OBJ: 0x6f,
    PUT: 0x70,
    BINPUT: 0x71,
    LONG_BINPUT: 0x72,
    SETITEM: 0x73,
    TUPLE: 0x74,
    SETITEMS: 0x75,
    EMPTY_DICT: 0x7d,
    PROTO: 0x80,
    NEWOBJ: 0x81,
    EXT1: 0x82,
    EXT2: 0x83,
    EXT4: 0x84,
    TUPLE1: 0x85,
    TUPLE2: 0x86,
    TUPLE3: 0x87,
    NEWTRUE: 0x88,
    NEWFALSE: 0x89,
    LONG1: 0x8a,
    LONG4: 0x8b,
    SHORT_BINUNICODE: 0x8c,
    BINUNICODE8: 0x8d,
    BINBYTES8: 0x8e,
    EMPTY_SET: 0x8f,
    ADDITEMS: 0x90,
    FROZENSET: 0x91,
    NEWOBJ_EX: 0x92,
    STACK_GLOBAL: 0x93,
    MEMOIZE: 0x94,
    FRAME: 0x95,
    BYTEARRAY8: 0x96,
    NEXT_BUFFER: 0x97,
    READONLY_BUFFER: 0x98,
};

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/pickle-load-objects.js




/**
 * The opcodes that import, call and build objects, and refer to objects
 * outside the pickle (extensions, persistent ids): what a pickle runs.
 * Each is named after CPython's `load_*` method of the same opcode.
 */
/**
 * Values Python rejects as STACK_GLOBAL operands ("STACK_GLOBAL requires str").
 * An imported global is not among them: a module attribute can be a string.
 */
const NOT_STR = new Set([
    'bytes',
    'int',
    'bigint',
    'float',
    'none',
    'bool',
    'set',
    'frozenset',
    'tuple',
    'list',
    'dict',
]);
async function loadGlobal(m, at) {
    const module = strictUtf8(await m.keptArgument('GLOBAL', at), at);
    const name = strictUtf8(await m.keptArgument('GLOBAL', at), at);
    m.push(m.addGlobal(module, name, at));
}
function loadStackGlobal(m, at) {
    const name = m.pop();
    const module = m.pop();
    if (NOT_STR.has(kind(module)) || NOT_STR.has(kind(name)))
        m.fail(`STACK_GLOBAL at byte ${at} requires str operands`);
    const moduleName = asString(module);
    const attribute = asString(name);
    if (moduleName !== undefined && attribute !== undefined)
        m.push(m.addGlobal(moduleName, attribute, at));
    else {
        const long = (v) => kind(v) === 'longstr';
        const why = long(module) || long(name)
            ? 'a string too long to judge'
            : 'a value computed while loading (a call result or an imported attribute), not a string written in the pickle';
        m.flag('<computed>', `STACK_GLOBAL takes its module or name from ${why}: nobody can tell what it imports`, at);
        m.push({ t: 'global', path: '<computed>' });
    }
}
/** C's unpickler looks for the mark first, the Python one imports first; the import is recorded either way. */
async function loadInst(m, at) {
    const module = ascii(await m.keptArgument('INST', at), at);
    const name = ascii(await m.keptArgument('INST', at), at);
    const cls = m.addGlobal(module, name, at);
    const args = { t: 'tuple', items: m.capped(m.popMark()) };
    // INST calls what it imports with the marked items (klass(*args)): getattr there is a lookup too.
    m.push(m.getattrs.has(cls) ? m.lookup(cls, args, 'INST', at) : m.call(cls, args, 'INST', at));
}
function loadObj(m, at) {
    const items = m.popMark();
    if (items.length === 0)
        m.fail(`OBJ without a class at byte ${at}`);
    m.push(m.call(items[0], { t: 'tuple', items: m.capped(items.slice(1)) }, 'OBJ', at));
}
function loadReduce(m, at) {
    const args = m.pop();
    const fn = m.stack.length ? m.stack.pop() : m.pop();
    m.push(m.getattrs.has(fn) ? m.lookup(fn, args, 'REDUCE', at) : m.call(fn, args, 'REDUCE', at));
}
function loadNewobj(m, at) {
    const args = m.pop();
    m.push(m.call(m.pop(), args, 'NEWOBJ', at));
}
function loadNewobjEx(m, at) {
    const kwargs = m.pop();
    const args = m.pop();
    m.push(m.call(m.pop(), args, 'NEWOBJ_EX', at, kwargs));
}
async function loadBuild(m, at) {
    const state = m.pop();
    // partial.__setstate__ takes the function it will call: the globals in its state are handed to a call.
    if (m.isPartial(m.top()))
        m.call(OPAQUE, state, 'BUILD', at);
    const obj = m.top();
    m.mutates(obj, 'BUILD', at);
    m.usesMethods(obj, 'BUILD', at);
    if (typeof obj === 'object' && obj.t === 'obj') {
        obj.state = state;
        if (m.options.joblib && isJoblibWrapper(obj)) {
            m.stack.pop();
            await m.joblibArray(obj);
            m.push(OPAQUE);
        }
    }
}
function loadExt(m, at, op) {
    const code = m.le(op === OP.EXT1 ? 1 : op === OP.EXT2 ? 2 : 4);
    m.flag(`<extension ${code}>`, `EXT imports whatever copyreg's extension registry holds for code ${code} when the pickle is loaded (stock Python has none): the scanner cannot see it`, at);
    m.push({ t: 'global', path: `<extension ${code}>` });
}
async function loadPersid(m, at) {
    let isAscii = true;
    await m.streamArgument('PERSID', at, (piece) => {
        isAscii &&= !piece.some((b) => b > 0x7f);
    });
    if (!m.options.persistentLoad)
        m.fail(`a persistent id at byte ${at}, which Python's default unpickler refuses`);
    if (!isAscii)
        m.fail(`a persistent id at byte ${at} that is not ASCII`);
    m.push(OPAQUE);
}
function loadBinpersid(m, at) {
    const pid = m.pop();
    if (!m.options.persistentLoad)
        m.fail(`a persistent id at byte ${at}, which Python's default unpickler refuses`);
    const tuple = asObject(pid);
    if (tuple?.t === 'tuple' && asString(tuple.items[0]) === 'storage') {
        const key = tuple.items[2];
        const type = asObject(tuple.items[1]);
        m.log.storages.push({
            key: asString(key) ?? String(asNumber(key)),
            storageType: type?.t === 'global' ? type.path : undefined,
            numel: asNumber(tuple.items[4]),
        });
    }
    m.push(OPAQUE);
}
/** The handlers of the opcodes that import, call and build. */
const OBJECT_OPCODES = [
    [OP.GLOBAL, loadGlobal],
    [OP.STACK_GLOBAL, loadStackGlobal],
    [OP.INST, loadInst],
    [OP.OBJ, loadObj],
    [OP.REDUCE, loadReduce],
    [OP.NEWOBJ, loadNewobj],
    [OP.NEWOBJ_EX, loadNewobjEx],
    [OP.BUILD, loadBuild],
    [OP.EXT1, loadExt],
    [OP.EXT2, loadExt],
    [OP.EXT4, loadExt],
    [OP.PERSID, loadPersid],
    [OP.BINPERSID, loadBinpersid],
];

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/pickle-load-data.js




/**
 * The opcodes that push data (strings, bytes, numbers, containers) and
 * move it between the stack, the mark stack and the memo. Each is named
 * after CPython's `load_*` method of the same opcode; a handler that reads
 * a streamed argument is async, the others return at once.
 */
async function loadUnicode(m, at) {
    m.push(await m.stringArgument('UNICODE', at, new UnicodeArgumentCheck(), rawUnicodeEscapeDecode));
}
async function loadString(m, at) {
    m.push(await m.stringArgument('STRING', at, new StringArgumentCheck(), (l) => latin1(escapeDecode(l.subarray(1, l.length - 1)))));
}
async function loadBinunicode(m) {
    const n = m.le(4);
    m.push(m.textNow(n, decodeUtf8) ?? (await m.slowText(n, decodeUtf8)));
}
async function loadShortBinunicode(m) {
    const n = m.u8();
    m.push(m.textNow(n, decodeUtf8) ?? (await m.slowText(n, decodeUtf8)));
}
async function loadBinunicode8(m) {
    const n = m.u64();
    m.push(m.textNow(n, decodeUtf8) ?? (await m.slowText(n, decodeUtf8)));
}
async function loadBinstring(m, at) {
    const n = m.i32();
    if (n < 0)
        m.fail(`BINSTRING with a negative length at byte ${at}`);
    m.push(m.textNow(n, latin1) ?? (await m.slowText(n, latin1)));
}
async function loadShortBinstring(m) {
    const n = m.u8();
    m.push(m.textNow(n, latin1) ?? (await m.slowText(n, latin1)));
}
async function loadBinbytes(m) {
    const n = m.le(4);
    m.push(m.payloadNow(n, BYTES) ?? (await m.slowPayload(n, BYTES)));
}
async function loadShortBinbytes(m) {
    const n = m.u8();
    m.push(m.payloadNow(n, BYTES) ?? (await m.slowPayload(n, BYTES)));
}
async function loadBinbytes8(m) {
    const n = m.u64();
    m.push(m.payloadNow(n, BYTES) ?? (await m.slowPayload(n, BYTES)));
}
async function loadBytearray8(m) {
    const n = m.u64();
    m.push(m.payloadNow(n, OPAQUE) ?? (await m.slowPayload(n, OPAQUE)));
}
async function loadInt(m, at) {
    const v = await m.textArgument('INT', at, intArgument);
    m.push(v.bool ? BOOL : pickle_values_int(v.value));
}
async function loadLong(m, at) {
    m.push(pickle_values_int(await m.textArgument('LONG', at, longArgument)));
}
async function loadFloat(m, at) {
    await m.textArgument('FLOAT', at, (line) => (floatArgument(line) ? true : undefined));
    m.push(FLOAT);
}
function loadBinint(m) {
    m.push(m.i32());
}
function loadBinint1(m) {
    m.push(m.u8());
}
function loadBinint2(m) {
    m.push(m.le(2));
}
function loadBinfloat(m) {
    m.bytes(8);
    m.push(FLOAT);
}
async function loadLongBinary(m, at, op) {
    const n = op === OP.LONG1 ? m.u8() : m.i32();
    if (n < 0)
        m.fail(`LONG4 with a negative length at byte ${at}`);
    if (n <= 64 && m.s.available < n)
        await m.need(n);
    m.push(n <= 64 ? pickle_values_int(decodeLong(m.bytes(n))) : await m.slowPayload(n, { t: 'bigint', v: undefined }));
}
function loadNone(m) {
    m.push(NONE);
}
function loadBool(m) {
    m.push(BOOL);
}
function loadEmptyTuple(m) {
    m.push({ t: 'tuple', items: [] });
}
function loadEmptyList(m) {
    m.push({ t: 'list', items: [] });
}
function loadEmptyDict(m) {
    m.push({ t: 'dict', entries: [] });
}
function loadEmptySet(m) {
    m.push({ t: 'set' });
}
function loadMark(m) {
    m.metastack.push(m.stack);
    m.stack = [];
}
function loadTuple(m) {
    m.push({ t: 'tuple', items: m.capped(m.popMark()) });
}
function loadList(m) {
    m.push({ t: 'list', items: m.capped(m.popMark()) });
}
function loadDict(m, at) {
    const items = m.popMark();
    if (items.length % 2)
        m.fail(`odd number of items for DICT at byte ${at}`);
    const d = { t: 'dict', entries: [] };
    m.setItems(d, items);
    m.push(d);
}
function loadFrozenset(m) {
    m.popMark();
    m.push({ t: 'frozenset' });
}
function loadTuple1(m) {
    m.push({ t: 'tuple', items: [m.pop()] });
}
function loadTuple2(m) {
    const b = m.pop();
    m.push({ t: 'tuple', items: [m.pop(), b] });
}
function loadTuple3(m) {
    const c = m.pop();
    const b = m.pop();
    m.push({ t: 'tuple', items: [m.pop(), b, c] });
}
function loadAppend(m, at) {
    const v = m.pop();
    const list = m.top();
    m.mutates(list, 'APPEND', at);
    m.usesMethods(list, 'APPEND', at);
    if (typeof list === 'object' && list.t === 'list' && list.items.length < MAX_ITEMS)
        list.items.push(v);
}
function loadAppends(m, at) {
    const items = m.popMark();
    const list = m.top();
    m.mutates(list, 'APPENDS', at);
    m.usesMethods(list, 'APPENDS', at);
    if (typeof list === 'object' && list.t === 'list')
        list.items.push(...items.slice(0, Math.max(0, MAX_ITEMS - list.items.length)));
}
function loadSetitem(m, at) {
    const v = m.pop();
    const k = m.pop();
    m.mutates(m.top(), 'SETITEM', at);
    m.usesMethods(m.top(), 'SETITEM', at);
    m.setItems(m.top(), [k, v]);
}
function loadSetitems(m, at) {
    const items = m.popMark();
    if (items.length % 2)
        m.fail(`odd number of items for SETITEMS at byte ${at}`);
    m.mutates(m.top(), 'SETITEMS', at);
    m.usesMethods(m.top(), 'SETITEMS', at);
    m.setItems(m.top(), items);
}
function loadAdditems(m, at) {
    m.popMark();
    m.mutates(m.top(), 'ADDITEMS', at);
    m.usesMethods(m.top(), 'ADDITEMS', at);
}
function loadPop(m) {
    if (m.stack.length)
        m.stack.pop();
    else
        m.popMark();
}
function loadPopMark(m) {
    m.popMark();
}
function loadDup(m) {
    m.push(m.top());
}
async function loadGet(m, at) {
    const i = Number(await m.textArgument('GET', at, memoArgument));
    m.push(m.memo.has(i)
        ? m.memo.get(i)
        : m.fail(`GET of memo ${i}, which was never stored, at byte ${at}`));
}
function loadBinget(m, at, op) {
    const i = op === OP.BINGET ? m.u8() : m.le(4);
    m.push(m.memo.has(i)
        ? m.memo.get(i)
        : m.fail(`GET of memo ${i}, which was never stored, at byte ${at}`));
}
async function loadPut(m, at) {
    const i = Number(await m.textArgument('PUT', at, memoArgument));
    if (i < 0)
        m.fail(`negative PUT argument at byte ${at}`);
    m.memo.set(i, m.top());
}
function loadBinput(m) {
    m.memo.set(m.u8(), m.top());
}
function loadLongBinput(m) {
    m.memo.set(m.le(4), m.top());
}
function loadMemoize(m) {
    m.memo.set(m.memo.size, m.top());
}
/** Out-of-band data the loader supplies. */
function loadNextBuffer(m) {
    m.push(OPAQUE);
}
function loadReadonlyBuffer(m) {
    m.top();
}
/** The handlers of the opcodes that push and move data. */
const DATA_OPCODES = [
    [OP.UNICODE, loadUnicode],
    [OP.STRING, loadString],
    [OP.BINUNICODE, loadBinunicode],
    [OP.SHORT_BINUNICODE, loadShortBinunicode],
    [OP.BINUNICODE8, loadBinunicode8],
    [OP.BINSTRING, loadBinstring],
    [OP.SHORT_BINSTRING, loadShortBinstring],
    [OP.BINBYTES, loadBinbytes],
    [OP.SHORT_BINBYTES, loadShortBinbytes],
    [OP.BINBYTES8, loadBinbytes8],
    [OP.BYTEARRAY8, loadBytearray8],
    [OP.INT, loadInt],
    [OP.LONG, loadLong],
    [OP.FLOAT, loadFloat],
    [OP.BININT, loadBinint],
    [OP.BININT1, loadBinint1],
    [OP.BININT2, loadBinint2],
    [OP.BINFLOAT, loadBinfloat],
    [OP.LONG1, loadLongBinary],
    [OP.LONG4, loadLongBinary],
    [OP.NONE, loadNone],
    [OP.NEWTRUE, loadBool],
    [OP.NEWFALSE, loadBool],
    [OP.EMPTY_TUPLE, loadEmptyTuple],
    [OP.EMPTY_LIST, loadEmptyList],
    [OP.EMPTY_DICT, loadEmptyDict],
    [OP.EMPTY_SET, loadEmptySet],
    [OP.MARK, loadMark],
    [OP.TUPLE, loadTuple],
    [OP.LIST, loadList],
    [OP.DICT, loadDict],
    [OP.FROZENSET, loadFrozenset],
    [OP.TUPLE1, loadTuple1],
    [OP.TUPLE2, loadTuple2],
    [OP.TUPLE3, loadTuple3],
    [OP.APPEND, loadAppend],
    [OP.APPENDS, loadAppends],
    [OP.SETITEM, loadSetitem],
    [OP.SETITEMS, loadSetitems],
    [OP.ADDITEMS, loadAdditems],
    [OP.POP, loadPop],
    [OP.POP_MARK, loadPopMark],
    [OP.DUP, loadDup],
    [OP.GET, loadGet],
    [OP.BINGET, loadBinget],
    [OP.LONG_BINGET, loadBinget],
    [OP.PUT, loadPut],
    [OP.BINPUT, loadBinput],
    [OP.LONG_BINPUT, loadLongBinput],
    [OP.MEMOIZE, loadMemoize],
    [OP.NEXT_BUFFER, loadNextBuffer],
    [OP.READONLY_BUFFER, loadReadonlyBuffer],
];

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/pickle-dispatch.js



/**
 * The dispatch table, as pickle.py's `dispatch`: the handler of each opcode
 * byte. The handlers are grouped by what they do: the stream's framing
 * here, objects (pickle-load-objects.ts) and data (pickle-load-data.ts).
 */
function loadStop(m) {
    m.result.value = m.pop();
    m.result.complete = true;
    m.result.end = m.s.offset;
}
function loadProto(m, at) {
    m.proto = m.u8();
    if (m.proto > 5)
        m.fail(`unsupported pickle protocol ${m.proto} at byte ${at}`);
}
function loadFrame(m) {
    m.u64();
}
/** The handlers of the opcodes that frame the stream. */
const FRAMING_OPCODES = [
    [OP.STOP, loadStop],
    [OP.PROTO, loadProto],
    [OP.FRAME, loadFrame],
];
/** The handler of each opcode byte; undefined for bytes that are no opcode. */
const DISPATCH = (() => {
    const table = new Array(256).fill(undefined);
    for (const [op, handler] of [...FRAMING_OPCODES, ...OBJECT_OPCODES, ...DATA_OPCODES]) {
        if (table[op])
            throw new Error(`opcode 0x${op.toString(16)} has two handlers`);
        table[op] = handler;
    }
    return table;
})();

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/pickle-scan.js



/**
 * A pickle opcode machine (protocols 0 to 5) that finds every global a
 * pickle would import, without executing anything. It follows Python's own
 * unpickler closely enough to see what Python sees:
 *
 * - the stack and the mark stack behave like CPython's, so an operand can
 *   only be where Python would find it, and the stream stops where Python
 *   would stop (a missing memo entry, a stack underflow, a bad argument);
 * - strings are decoded as Python decodes them (STRING's repr escapes,
 *   UNICODE's raw-unicode-escape, UTF-8 for the binary forms), and followed
 *   through the stack and the memo into STACK_GLOBAL;
 * - a STACK_GLOBAL whose operands are not strings written in the pickle
 *   (a string computed by a call) is reported: nobody can tell what it imports;
 * - globals are judged by the dotted path Python resolves (pickle-globals.ts);
 * - getattr(G, 'name') on a global G with a written identifier is judged as
 *   the dotted global G.name it reaches (a pickled bound method); any other
 *   use of getattr is reported as getattr (see `lookup`);
 * - the function a functools.partial holds is handed to a call, also when
 *   a BUILD (partial.__setstate__) swaps it in;
 * - joblib's NumpyArrayWrapper is followed: the raw array bytes after its
 *   BUILD are stepped over, and object arrays (a nested pickle) are scanned.
 *
 * The reader is a ByteStream, so payloads (bytes, arrays) are skipped
 * without being held in memory.
 */
/**
 * Scans one pickle stream from the stream's current position to its STOP.
 * Never throws: a stream Python could not load either ends with `error`.
 */
async function scanPickle(s, options, log, depth = 0) {
    const m = new PickleMachine(s, options, log, depth, scanPickle);
    const result = m.result;
    try {
        for (;;) {
            const at = s.offset;
            if (s.available < 16)
                await s.ensure(16);
            if (s.available === 0)
                m.fail(`the stream ends at byte ${at} without a STOP opcode`);
            const op = s.u8();
            const load = DISPATCH[op];
            if (!load)
                m.fail(`unknown opcode 0x${op.toString(16).padStart(2, '0')} at byte ${at}`);
            // Most opcodes are done at once; only those that stream an argument return a promise.
            const pending = load(m, at, op);
            if (pending)
                await pending;
            if (result.complete)
                return result;
            result.opcodes++;
        }
    }
    catch (error) {
        // Only the stream's own faults end it here; a source that fails (an inflation limit, an I/O error) is the caller's to report.
        if (!(error instanceof PickleError))
            throw error;
        result.error = error.message;
        result.end = s.offset;
        return result;
    }
}

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/text.js




/** The bytes of content read to tell text from binary. */
const TEXT_PREFIX = 1024 * 1024;
/** The control characters text may hold: tab, line feed, vertical tab, form feed, carriage return, escape (terminal colours). */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b]);
/** A character text may hold: not a control character other than TEXT_CONTROLS (nor DEL), except a DOS end-of-file mark (0x1a) as the very last one. */
const textChar = (c, last) => (c >= 0x20 && c !== 0x7f) || TEXT_CONTROLS.has(c) || (c === 0x1a && last);
/**
 * Text, by its first bytes (`complete` when they are the whole content):
 * - UTF-8 (a BOM allowed);
 * - UTF-16 with a byte order mark (FF FE or FE FF), well-formed (no lone surrogate);
 * - otherwise a single-byte encoding such as Latin-1 or Windows-1252 (an
 *   Excel CSV export): any byte from 0x80 to 0xFF.
 * In every case no NUL and no control character other than TEXT_CONTROLS,
 * a DOS end-of-file mark (0x1a) being allowed as the last character.
 */
function isText(b, complete) {
    if (b.length === 0)
        return false;
    const bom16 = b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff));
    if (bom16) {
        const even = b.subarray(0, b.length - (b.length % 2));
        if (complete && even.length !== b.length)
            return false;
        let text;
        try {
            text = new TextDecoder(b[0] === 0xff ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(even, { stream: !complete });
        }
        catch {
            return false;
        }
        for (let i = 0; i < text.length; i++)
            if (!textChar(text.charCodeAt(i), complete && i === text.length - 1))
                return false;
        return true;
    }
    for (let i = 0; i < b.length; i++)
        if (!textChar(b[i], complete && i === b.length - 1))
            return false;
    // Not UTF-8: every byte is still a character of a single-byte encoding.
    return true;
}
/**
 * Content that reads as text (its first TEXT_PREFIX bytes, `prefix`) and
 * is no pickle that imports anything (`notPickle`, the stream scan's
 * result): text, unless pickle.load carries out some of its opcodes.
 */
async function scanText(ctx, part, prefix, notPickle) {
    // Text is only text when pickle.load refuses its very first opcode: past that, it is a stream the unpickler runs.
    // (The stream scan also resolved persistent ids, as PyTorch does; pickle.load refuses them.)
    const r = notPickle.opcodes === 0
        ? notPickle
        : await scanPickle(new ByteStream(sourceChunks((0,byte_source/* bufferSource */.kq)(prefix))), ctx.pickleOptions(false, false), new PickleLog());
    if (r.opcodes === 0) {
        ctx.part(part, 'text: not executable, nothing to scan');
        return 'text';
    }
    ctx.executable = true;
    ctx.part(part, `read by pickle.load, ${r.opcodes} opcode${r.opcodes === 1 ? '' : 's'} run, then the unpickler stops (${r.error}) before anything is imported`);
    return 'pickle';
}

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/npy.js




/**
 * A numpy .npy array: plain data, unless its dtype holds Python objects,
 * which numpy writes as a pickle after the header. The header is judged as
 * numpy judges it (npy-header.ts); whatever it says, the bytes after it are
 * also read as a pickle, and scanned when they are one.
 */
async function scanNpy(ctx, part, stream) {
    const head = await stream.peek(12);
    const major = head[6];
    const minor = head[7];
    let header;
    if (head.length < 10 || minor !== 0 || (major !== 1 && major !== 2 && major !== 3)) {
        header = {
            kind: 'refused',
            reason: `format version ${major ?? '?'}.${minor ?? '?'}, which numpy does not read`,
        };
        await stream.skip(8);
    }
    else {
        const v = new DataView(head.buffer, head.byteOffset, head.byteLength);
        const headerLength = major === 1 ? v.getUint16(8, true) : v.getUint32(8, true);
        await stream.skip(major === 1 ? 10 : 12);
        if (headerLength > TEXT_PREFIX) {
            header = {
                kind: 'unreadable',
                reason: `a header of ${headerLength} bytes (G2 reads at most ${TEXT_PREFIX})`,
            };
            await stream.skip(headerLength);
        }
        else if (!(await stream.ensure(headerLength))) {
            header = { kind: 'refused', reason: 'the file ends inside its header' };
        }
        else {
            const raw = stream.take(headerLength);
            const text = major === 3 ? decodeStrictUtf8(raw) : Buffer.from(raw).toString('latin1');
            header =
                text === undefined
                    ? { kind: 'refused', reason: 'a version 3.0 header that is not UTF-8' }
                    : judgeNpyHeader(text, major);
        }
    }
    const log = new PickleLog();
    const r = await scanPickle(stream, ctx.pickleOptions(false, false), log);
    const objects = header.kind === 'array' && header.objects;
    const pickle = r.complete || r.acted;
    if (objects || pickle) {
        ctx.executable = true;
        ctx.markPickled();
        ctx.report(part, log);
    }
    if (objects) {
        if (!r.complete)
            ctx.notScanned(part, `the object array's pickle (from byte ${r.start}) could not be read to its end: ${r.error ?? 'it is not a pickle'}`);
        else
            ctx.part(part, 'numpy object array: its pickle was scanned');
        return 'numpy';
    }
    if (pickle) {
        const why = header.kind === 'array'
            ? 'its dtype holds no Python objects, so numpy reads them as raw data'
            : 'numpy refuses its header';
        ctx.finding(part, 'high', `the bytes after the numpy header (from byte ${r.start}) are a pickle, though ${why}: a file made to be read two ways`);
        if (!r.complete)
            ctx.notScanned(part, `the pickle after the header could not be read to its end: ${r.error}`);
    }
    if (header.kind === 'unreadable')
        ctx.notScanned(part, `a numpy header G2 cannot read: ${header.reason}`);
    else if (header.kind === 'refused')
        ctx.part(part, `numpy refuses this file (${header.reason}): it loads nothing`);
    else if (!pickle)
        ctx.part(part, 'numpy array without Python objects: not executable, nothing to scan');
    return 'numpy';
}
const npy_strictUtf8 = new TextDecoder('utf-8', { fatal: true });
function decodeStrictUtf8(b) {
    try {
        return npy_strictUtf8.decode(b);
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./build/src/onnx/protobuf.js
var protobuf = __webpack_require__(38746);
;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/onnx-scan.js

/** Bits per element of each TensorProto.DataType (4 and 2 for the packed sub-byte types); STRING and unknown types have no fixed size. */
const ELEMENT_BITS = {
    1: 32,
    2: 8,
    3: 8,
    4: 16,
    5: 16,
    6: 32,
    7: 64,
    9: 8,
    10: 16,
    11: 64,
    12: 32,
    13: 64,
    14: 64,
    15: 128,
    16: 16,
    17: 8,
    18: 8,
    19: 8,
    20: 8,
    21: 4,
    22: 4,
    23: 4,
    24: 8,
    25: 2,
    26: 2,
};
const MAX_GRAPH_NESTING = 64;
/** Why an external data location could leave the model's folder, or undefined. */
function escapes(location) {
    if (location === '')
        return 'is empty';
    if (/^[A-Za-z]:/.test(location) || location.startsWith('/') || location.startsWith('\\'))
        return 'is absolute';
    if (location.split(/[\\/]/).includes('..'))
        return 'climbs out with ".."';
    if (location.includes('\0'))
        return 'holds a NUL byte';
    return undefined;
}
function scanOnnx(source, allowedDomains, external) {
    const walk = new OnnxWalk(source, external);
    const error = walk.readModel(source.size);
    if (error !== undefined)
        return { ...walk.result, error };
    walk.judgeDomains(allowedDomains);
    return walk.result;
}
/** One walk over a model's protobuf: the tensors, graphs and operator domains it finds, and the findings so far. */
class OnnxWalk {
    external;
    r;
    result = { isOnnx: false, findings: [], tensors: 0, graphs: 0, references: [] };
    seen = new Set();
    /** The operators of each domain nodes use. */
    nodeDomains = new Map();
    importDomains = new Set();
    localFunctions = new Set();
    functionDomains = new Set();
    constructor(source, external) {
        this.external = external;
        this.r = new protobuf/* ProtoReader */.i(source);
    }
    add(severity, message) {
        if (this.seen.has(message) || this.result.findings.length >= 200)
            return;
        this.seen.add(message);
        this.result.findings.push({ severity, message });
    }
    /** Reads the ModelProto's fields: the main graph, opset imports, local functions, training graphs. Returns why it is no ONNX model, or undefined. */
    readModel(size) {
        try {
            let graphs = 0;
            let ir = false;
            for (const f of this.r.fields(0, size)) {
                if (f.no === 1 && f.wire === 0)
                    ir = true;
                else if (f.no === 7 && f.wire === 2) {
                    graphs++;
                    this.graph(f, 0, 'the main graph');
                }
                else if (f.no === 8 && f.wire === 2) {
                    for (const g of this.r.fields(f.start, f.end))
                        if (g.no === 1 && g.wire === 2)
                            this.importDomains.add(this.r.text(g.start, g.end));
                }
                else if (f.no === 25 && f.wire === 2) {
                    let name = '';
                    let domain = '';
                    const nodes = [];
                    for (const g of this.r.fields(f.start, f.end)) {
                        if (g.no === 1 && g.wire === 2)
                            name = this.r.text(g.start, g.end);
                        else if (g.no === 10 && g.wire === 2)
                            domain = this.r.text(g.start, g.end);
                        else if (g.no === 7 && g.wire === 2)
                            nodes.push(g);
                    }
                    this.localFunctions.add(`${domain}\u0000${name}`);
                    this.functionDomains.add(domain);
                    for (const n of nodes)
                        this.node(n, 1, `local function ${domain ? `${domain}.` : ''}${name}`);
                }
                else if (f.no === 20 && f.wire === 2) {
                    for (const g of this.r.fields(f.start, f.end))
                        if ((g.no === 1 || g.no === 2) && g.wire === 2)
                            this.graph(g, 1, 'a training graph');
                }
            }
            if (!ir || graphs === 0)
                return 'no ir_version and graph: not an ONNX ModelProto';
            this.result.isOnnx = true;
            return undefined;
        }
        catch (error) {
            if (!(error instanceof protobuf/* ProtoError */.p))
                throw error;
            return `not parseable as ONNX protobuf (${error.message})`;
        }
    }
    /** Findings on the operator domains nodes use and the model imports, outside the allowed ones. */
    judgeDomains(allowedDomains) {
        for (const [domain, ops] of this.nodeDomains) {
            const custom = [...ops].filter((op) => !this.localFunctions.has(`${domain}\u0000${op}`));
            if (custom.length && !allowedDomains.includes(domain))
                this.add('high', `custom operator domain "${domain}" is not allowed (modelScan.allowedOnnxDomains): ${custom.slice(0, 5).join(', ')}`);
        }
        for (const domain of this.importDomains)
            if (!allowedDomains.includes(domain) &&
                !this.functionDomains.has(domain) &&
                !this.nodeDomains.has(domain))
                this.add('high', `custom operator domain "${domain}" is not allowed (modelScan.allowedOnnxDomains)`);
    }
    tensor(f, where) {
        this.result.tensors++;
        let dims = [];
        let dataType = 0;
        let name = '';
        let location;
        const entries = new Map();
        for (const g of this.r.fields(f.start, f.end)) {
            if (g.no === 1)
                dims = dims.concat(this.r.varints(g));
            else if (g.no === 2 && g.wire === 0)
                dataType = g.varint;
            else if (g.no === 8 && g.wire === 2)
                name = this.r.text(g.start, g.end);
            else if (g.no === 14 && g.wire === 0)
                location = g.varint;
            else if (g.no === 13 && g.wire === 2) {
                let key = '';
                let value = '';
                for (const h of this.r.fields(g.start, g.end)) {
                    if (h.no === 1 && h.wire === 2)
                        key = this.r.text(h.start, h.end);
                    if (h.no === 2 && h.wire === 2)
                        value = this.r.text(h.start, h.end);
                }
                entries.set(key, value);
            }
        }
        const label = `tensor "${name}" (${where})`;
        const loc = entries.get('location');
        if (loc === undefined) {
            if (location === 1)
                this.add('high', `${label} declares external data without a location`);
            return;
        }
        const bad = escapes(loc);
        if (bad)
            return this.add('critical', `external data path "${loc}" of ${label} ${bad}: it leaves the model's folder`);
        const number = (key) => {
            const v = entries.get(key);
            if (v === undefined)
                return undefined;
            return /^\d+$/.test(v) && Number.isSafeInteger(Number(v)) ? Number(v) : null;
        };
        const offset = number('offset');
        const length = number('length');
        if (offset === null || length === null)
            return this.add('high', `${label} declares an external data offset or length that is not a whole number (${entries.get('offset') ?? ''} / ${entries.get('length') ?? ''})`);
        const bits = ELEMENT_BITS[dataType];
        const count = dims.reduce((a, b) => a * b, 1);
        const expected = bits === undefined ? undefined : Math.ceil((count * bits) / 8);
        if (length !== undefined && expected !== undefined && length !== expected)
            this.add('high', `${label} declares ${length} bytes of external data, but its dims [${dims.join(', ')}] and data type ${dataType} need ${expected}`);
        const file = this.external(loc);
        if (!file)
            return this.add('high', `external data file "${loc}" is missing`);
        if (file.outside)
            return this.add('critical', `external data file "${loc}" of ${label} resolves outside the model's folder through a symbolic link`);
        const want = length ?? expected;
        if (want === undefined)
            return this.add('medium', `${label}: the size of its external data cannot be checked (data type ${dataType} without a fixed size and no declared length)`);
        const need = (offset ?? 0) + want;
        if (need > file.size)
            return this.add('high', `external data "${loc}" of ${label} needs bytes up to ${need}, but the file has ${file.size}`);
        // Only now is it this tensor's bytes: the caller may call the file tensor data when its tensors account for all of it.
        let ref = this.result.references.find((known) => known.location === loc);
        if (!ref)
            this.result.references.push((ref = { location: loc, ranges: [] }));
        ref.ranges.push({ offset: offset ?? 0, length: want });
    }
    sparse(f, where) {
        for (const g of this.r.fields(f.start, f.end))
            if ((g.no === 1 || g.no === 2) && g.wire === 2)
                this.tensor(g, where);
    }
    node(f, depth, where) {
        let domain = '';
        let op = '';
        const attributes = [];
        for (const g of this.r.fields(f.start, f.end)) {
            if (g.no === 7 && g.wire === 2)
                domain = this.r.text(g.start, g.end);
            else if (g.no === 4 && g.wire === 2)
                op = this.r.text(g.start, g.end);
            else if (g.no === 5 && g.wire === 2)
                attributes.push(g);
        }
        if (!this.nodeDomains.has(domain))
            this.nodeDomains.set(domain, new Set());
        this.nodeDomains.get(domain).add(op);
        const at = `${where}${op ? ` ${op} node` : ''}`;
        for (const a of attributes) {
            for (const h of this.r.fields(a.start, a.end)) {
                if (h.wire !== 2)
                    continue;
                if (h.no === 5 || h.no === 10)
                    this.tensor(h, `attribute of ${at}`);
                else if (h.no === 22 || h.no === 23)
                    this.sparse(h, `sparse attribute of ${at}`);
                else if (h.no === 6 || h.no === 11)
                    this.graph(h, depth + 1, `subgraph of ${at}`);
            }
        }
    }
    graph(f, depth, where) {
        if (depth > MAX_GRAPH_NESTING)
            throw new protobuf/* ProtoError */.p(`graphs nested more than ${MAX_GRAPH_NESTING} deep`);
        this.result.graphs++;
        for (const g of this.r.fields(f.start, f.end)) {
            if (g.wire !== 2)
                continue;
            if (g.no === 1)
                this.node(g, depth, where);
            else if (g.no === 5)
                this.tensor(g, `initializer of ${where}`);
            else if (g.no === 15)
                this.sparse(g, `sparse initializer of ${where}`);
        }
    }
}

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/scan-context.js

/**
 * A global's name as findings and the report show it: pickles may write
 * names of many megabytes (the scan reads names of up to 64 MiB), and the
 * evidence must not carry them whole.
 */
function shownName(name) {
    return (0,report_escape/* truncate */.xv)(name, 300);
}
const DEFAULT_SCAN_POLICY = {
    forbidPickle: false,
    allowedOnnxDomains: ['', 'ai.onnx', 'ai.onnx.ml'],
    maxArchiveEntries: 10_000,
    maxUncompressedBytes: 4 * 1024 ** 3,
    unscannable: 'fail',
    allowedGlobals: [],
};
const MAX_LISTED = 200;
/** Names from inside a file (globals, entry names) can hold control characters; they are shown escaped, never raw. */
function printable(text) {
    let out = '';
    for (const c of text) {
        const code = c.codePointAt(0);
        if (code < 0x20 || (code >= 0x7f && code <= 0x9f))
            out += `\\x${code.toString(16).padStart(2, '0')}`;
        else if (code === 0x2028 || code === 0x2029)
            out += `\\u${code.toString(16)}`;
        else
            out += c;
    }
    return out;
}
/** What one file's scan collects, part by part. */
class Scan {
    policy;
    external;
    nested;
    findings = [];
    unscanned = [];
    parts = [];
    globals = [];
    storages = [];
    references = [];
    budget;
    allowed;
    /** Pickle readings of any kind: one Python loads, one it cannot (after PROTO), an object array, a polyglot. Above 0, the file holds a pickle. */
    readings = 0;
    /** Pickle readings Python cannot load (PROTO, then a stop before any import); `readings` counts them too. */
    unloadable = 0;
    executable = false;
    entries = 0;
    limitHit = false;
    constructor(policy, external, nested) {
        this.policy = policy;
        this.external = external;
        this.nested = nested;
        this.budget = { limit: policy.maxUncompressedBytes, used: 0 };
        this.allowed = new Set(policy.allowedGlobals);
    }
    /** How to read a pickle here: following joblib's arrays or not, resolving persistent ids (as PyTorch does) or not. */
    pickleOptions(joblib, persistentLoad) {
        return { joblib, persistentLoad, allowed: this.allowed };
    }
    finding(part, severity, message) {
        const text = printable(part ? `${part}: ${message}` : message);
        if (this.findings.length < MAX_LISTED && !this.findings.some((f) => f.message === text))
            this.findings.push({ severity, message: text });
    }
    /** Records that the file holds a pickle (`unloadable`: one Python cannot load). */
    markPickled(unloadable = false) {
        this.readings++;
        if (unloadable)
            this.unloadable++;
    }
    notScanned(part, reason) {
        if (this.unscanned.length < MAX_LISTED)
            this.unscanned.push(printable(part ? `${part}: ${reason}` : reason));
    }
    part(part, what) {
        if (this.parts.length < MAX_LISTED)
            this.parts.push(printable(part ? `${part}: ${what}` : what));
    }
    /**
     * Turns a pickle log into findings: dangerous globals are critical; an
     * unknown global is high when loading calls it (or hands it to a call),
     * since code nobody reviewed then runs, and medium when it is only imported.
     */
    report(part, log) {
        for (const g of log.globals.values()) {
            this.globals.push(g);
            const written = g.path.startsWith('<') || g.path === `${g.module}.${g.name}`
                ? ''
                : ` (written as ${shownName(`${g.module}.${g.name}`)})`;
            const path = shownName(g.path);
            const times = g.count > 1 ? `, ${g.count} times` : '';
            if (g.tier === 'dangerous')
                this.finding(part, 'critical', `dangerous global ${path}${written} at byte ${g.offset}${times}: ${g.reason}`);
            else if (g.tier === 'unknown' && g.called) {
                const how = g.called.passed
                    ? `handed to a call (${g.called.op} at byte ${g.called.at}), which may call it`
                    : `called while loading (${g.called.op} at byte ${g.called.at})`;
                this.finding(part, 'high', `unknown global ${path}${written} at byte ${g.offset}${times}, ${how}: not on the list of known ML globals; once reviewed, list it in modelScan.allowedGlobals`);
            }
            else if (g.tier === 'unknown')
                this.finding(part, 'medium', `unknown global ${path}${written} at byte ${g.offset}${times}: imported but never called; not on the list of known ML globals`);
        }
        this.storages.push(...log.storages);
    }
}

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/pickles.js




/** Pickle streams in a file: one after the other, joblib's arrays, legacy torch.save files, and pickles hidden in other formats. */
const TORCH_MAGIC = 0x1950a86a20f9469cfc6cn;
/** Element sizes of the storage types a legacy torch.save file names. */
const STORAGE_BYTES = {
    ...Object.fromEntries(Object.entries({
        Double: 8,
        Float: 4,
        Half: 2,
        Long: 8,
        Int: 4,
        Short: 2,
        Char: 1,
        Byte: 1,
        Bool: 1,
        BFloat16: 2,
        ComplexDouble: 16,
        ComplexFloat: 8,
        QUInt8: 1,
        QInt8: 1,
        QInt32: 4,
        QUInt4x2: 1,
        QUInt2x4: 1,
        Untyped: 1,
    }).map(([k, v]) => [`torch.${k}Storage`, v])),
    'torch.storage.UntypedStorage': 1,
};
const isTorchMagic = (v) => asObject(v)?.t === 'bigint' && v.v === TORCH_MAGIC;
/**
 * Scans every pickle in the stream, one after the other, until the bytes stop
 * being a pickle. A legacy torch.save file (magic number, protocol version,
 * system info, the payload, the storage keys, then raw storages) is parsed
 * for what it is: the raw storages are stepped over by their declared sizes
 * and anything after them is scanned too. Returns undefined when the stream
 * is not a pickle at all.
 */
async function scanPickles(ctx, part, stream, restart) {
    const log = new PickleLog();
    const head = await stream.peek(2);
    let r = await scanPickle(stream, ctx.pickleOptions(true, true), log);
    if (!r.complete && !r.acted) {
        // Starts like a pickle (PROTO 0-5) but Python cannot load it: name the reason rather than calling it unknown.
        if (head[0] !== 0x80 || head[1] > 5)
            return { notPickle: r };
        ctx.executable = true;
        ctx.markPickled(true);
        ctx.notScanned(part, `a pickle that Python cannot load either: ${r.error}`);
        return { format: 'pickle' };
    }
    ctx.executable = true;
    ctx.markPickled();
    let legacy = r.complete && isTorchMagic(r.value);
    let count = 0;
    let joblibArrays = 0;
    let objectArrays = 0;
    let payloadStorages = 0;
    let trailing;
    for (;;) {
        joblibArrays += r.joblibArrays;
        objectArrays += r.joblibObjectArrays;
        if (!r.complete) {
            ctx.notScanned(part, `pickle ${count + 1} (from byte ${r.start}) could not be read to its end: ${r.error}`);
            break;
        }
        count++;
        if (legacy) {
            if ((count === 2 && r.value !== 1001) || (count === 3 && asObject(r.value)?.t !== 'dict'))
                legacy = false;
            if (count === 3)
                payloadStorages = log.storages.length;
            if (count === 5) {
                const list = asObject(r.value);
                const keys = list?.t === 'list' ? list.items.map(asString) : undefined;
                if (!keys || keys.some((k) => k === undefined))
                    legacy = false;
                else {
                    const problem = await skipStorages(stream, keys, log.storages.slice(payloadStorages));
                    if (problem) {
                        ctx.notScanned(part, `the legacy PyTorch storages could not be stepped over: ${problem}`);
                        break;
                    }
                    ctx.part(part, `${keys.length} tensor storages (data)`);
                }
            }
        }
        if (await stream.atEnd())
            break;
        const at = stream.offset;
        r = await scanPickle(stream, ctx.pickleOptions(!legacy, true), log);
        if (!r.complete && !r.acted) {
            trailing = at;
            break;
        }
    }
    const format = legacy && count >= 5 ? 'pytorch-legacy' : joblibArrays + objectArrays > 0 ? 'joblib' : 'pickle';
    ctx.report(part, log);
    ctx.part(part, `${format}: ${count} pickle stream${count === 1 ? '' : 's'}${joblibArrays ? `, ${joblibArrays} joblib arrays stepped over` : ''}${objectArrays ? `, ${objectArrays} joblib object arrays scanned` : ''}`);
    if (trailing !== undefined)
        ctx.finding(part, 'medium', `the bytes from byte ${trailing} on, after the last pickle, are not a pickle: no standard loader reads them, and the scanner did not judge them`);
    // pickle.load (rather than joblib.load) would read joblib's raw array bytes as opcodes: judge that reading too.
    if (joblibArrays > 0 && restart) {
        const plain = new PickleLog();
        const s = restart();
        try {
            await scanPickle(s, ctx.pickleOptions(false, false), plain);
        }
        finally {
            s.close();
        }
        // Only named dangerous imports: raw array bytes read as opcodes can pop call results into a STACK_GLOBAL by chance.
        for (const [path, g] of plain.globals)
            if (g.tier === 'dangerous' && !path.startsWith('<') && !log.globals.has(path))
                ctx.finding(part, 'critical', `read with pickle.load instead of joblib.load, the array bytes import the dangerous global ${path} at byte ${g.offset}: ${g.reason}`);
    }
    return { format };
}
/** Steps over a legacy torch.save file's raw storages: each is an 8-byte element count and its bytes. */
async function skipStorages(stream, keys, refs) {
    const types = new Map();
    for (const ref of refs)
        if (!types.has(ref.key))
            types.set(ref.key, ref.storageType);
    for (const key of keys) {
        const type = types.get(key);
        const size = type === undefined ? undefined : STORAGE_BYTES[type];
        if (size === undefined)
            return `storage "${key}" has ${type ? `type ${type}, whose element size is unknown` : 'no persistent id in the payload'}`;
        if (!(await stream.ensure(8)))
            return `the file ends before storage "${key}"`;
        const raw = stream.take(8);
        const numel = Number(new DataView(raw.buffer, raw.byteOffset, 8).getBigUint64(0, true));
        if (!Number.isSafeInteger(numel * size) || !(await stream.skip(numel * size)))
            return `the file ends inside storage "${key}" (${numel} elements of ${size} bytes)`;
    }
    return undefined;
}
/**
 * The file's first bytes read as pickle.load would read them. For a file that
 * is something else (a zip, an npy array, safetensors), any import this
 * reaches means the file is also a pickle: a polyglot built to pass one
 * loader's checks and run in another.
 */
async function probeAsPickle(ctx, part, source, what) {
    const log = new PickleLog();
    const s = new ByteStream(sourceChunks(source));
    try {
        const r = await scanPickle(s, ctx.pickleOptions(false, false), log);
        if (!r.acted)
            return;
    }
    finally {
        s.close();
    }
    ctx.executable = true;
    ctx.markPickled();
    for (const g of log.globals.values()) {
        if (g.tier === 'dangerous')
            ctx.finding(part, 'critical', `this ${what} also unpickles (read by pickle.load): dangerous global ${shownName(g.path)} at byte ${g.offset}: ${g.reason}`);
        else
            ctx.finding(part, 'high', `this ${what} also unpickles (read by pickle.load), importing ${shownName(g.path)} at byte ${g.offset}: a file that is two formats at once`);
    }
}

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/sniff.js
/** Safetensors headers longer than this are not read. */
const MAX_SAFETENSORS_HEADER = 100 * 1024 * 1024;
/**
 * Recognises a format by its first bytes (the magic numbers joblib, numpy,
 * zip and friends write). `size` is the content's size when it is known (a
 * file, a stored entry); a stream's is not (an inflated entry), and then a
 * safetensors header must at least fit the limit G2 reads.
 */
function sniff(h, size) {
    const at = (i, ...bytes) => bytes.every((b, k) => h[i + k] === b);
    if (at(0, 0x50, 0x4b, 0x03, 0x04) || at(0, 0x50, 0x4b, 0x05, 0x06))
        return 'zip';
    if (at(0, 0x1f, 0x8b))
        return 'gzip';
    if (h[0] === 0x78 && h.length > 1 && ((h[0] << 8) | h[1]) % 31 === 0)
        return 'zlib';
    if (at(0, 0x5a, 0x46) &&
        /^0x[0-9a-f]+L? *$/i.test(Buffer.from(h.subarray(2, 21)).toString('latin1')))
        return 'zfile';
    if (at(0, 0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00))
        return 'xz';
    if (at(0, 0x5d, 0x00, 0x00))
        return 'lzma';
    if (at(0, 0x42, 0x5a, 0x68) &&
        h[3] >= 0x31 &&
        h[3] <= 0x39 &&
        at(4, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59))
        return 'bz2';
    if (at(0, 0x04, 0x22, 0x4d, 0x18))
        return 'lz4';
    if (at(0, 0x28, 0xb5, 0x2f, 0xfd))
        return 'zstd';
    if (at(0, 0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59))
        return 'npy';
    if (at(257, 0x75, 0x73, 0x74, 0x61, 0x72))
        return 'tar';
    if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) ||
        at(0, 0xff, 0xd8, 0xff) ||
        at(0, 0x47, 0x49, 0x46, 0x38) ||
        (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)))
        return 'image';
    if ((size === undefined || size >= 10) && h.length >= 9 && h[8] === 0x7b) {
        const n = Number(new DataView(h.buffer, h.byteOffset, 8).getBigUint64(0, true));
        if (n >= 2 && (size === undefined ? n <= MAX_SAFETENSORS_HEADER : 8 + n <= size))
            return 'safetensors';
    }
    return undefined;
}
/** Compressors G2 does not unpack (joblib, pandas and others write files with them). */
const COMPRESSORS = new Set(['xz', 'lzma', 'bz2', 'lz4', 'zstd']);

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/safetensors.js

/**
 * A safetensors header (JSON) followed by raw tensor bytes: data. Undefined,
 * with nothing consumed, when the header is not a JSON object: the content
 * is then something else that happens to look like one.
 */
async function scanSafetensors(ctx, part, stream) {
    const head = await stream.peek(8);
    const n = Number(new DataView(head.buffer, head.byteOffset, 8).getBigUint64(0, true));
    if (n > MAX_SAFETENSORS_HEADER) {
        ctx.notScanned(part, `a safetensors header of ${n} bytes (more than ${MAX_SAFETENSORS_HEADER})`);
        return 'safetensors';
    }
    const bytes = await stream.peek(8 + n);
    if (bytes.length < 8 + n)
        return undefined;
    let header;
    try {
        header = JSON.parse(Buffer.from(bytes.subarray(8)).toString('utf8'));
    }
    catch {
        return undefined;
    }
    if (!header || typeof header !== 'object' || Array.isArray(header))
        return undefined;
    await stream.skip(8 + n);
    const tensors = Object.keys(header).filter((k) => k !== '__metadata__').length;
    ctx.part(part, `safetensors: ${tensors} tensors, not executable, nothing to scan`);
    return 'safetensors';
}

;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/model-scan.js












/**
 * Model-file safety without loading anything. A file's format is recognised
 * by its content, not its name: pickles (and joblib's arrays and compressed
 * wrappers), PyTorch zip and legacy files, zip and numpy archives, numpy
 * arrays, ONNX, safetensors, text. Every pickle stream in a file is scanned
 * (pickle-scan.ts, pickles.ts), every zip entry is judged by its own content within the
 * SSOT's limits, and a file's first bytes are also read the way pickle.load
 * would read them, so a file that is both (say) a zip and a pickle is caught.
 *
 * Plain data (text, safetensors, numeric arrays, images, tensor storages) is
 * reported as "not executable, nothing to scan". Anything the scanner cannot
 * judge is named with the reason, and the file is not "scanned": "no issues"
 * is only said of files whose every executable byte was judged.
 */
/** Scans content that can only be read front to back (an inflated stream), or any source through its stream. */
async function scanStream(ctx, part, stream, depth, restart, size) {
    const head = await stream.peek(512);
    if (head.length === 0) {
        ctx.part(part, 'empty: nothing to scan');
        return 'empty';
    }
    const kind = sniff(head, size);
    if (kind === 'npy')
        return scanNpy(ctx, part, stream);
    if (kind === 'gzip' || kind === 'zlib')
        return scanCompressed(ctx, part, remaining(stream), kind, depth);
    if (kind && COMPRESSORS.has(kind)) {
        ctx.notScanned(part, `${kind}-compressed content, which G2 cannot unpack`);
        return kind;
    }
    if (kind === 'zip') {
        const whole = await materialize(stream, MAX_MATERIALIZED);
        if (!whole) {
            ctx.finding('', 'high', `nested archive "${part}" inside a model archive`);
            ctx.notScanned(part, `a compressed archive larger than ${MAX_MATERIALIZED} bytes inside another`);
            return 'zip';
        }
        return scanSource(ctx, part, (0,byte_source/* bufferSource */.kq)(whole), depth, part);
    }
    if (kind === 'safetensors') {
        const format = await scanSafetensors(ctx, part, stream);
        if (format)
            return format;
        // Not safetensors after all: judged as whatever else it is (a pickle, text, or nothing G2 knows).
    }
    const prefix = await stream.peek(TEXT_PREFIX);
    const textual = isText(prefix, prefix.length < TEXT_PREFIX);
    const pickled = await scanPickles(ctx, part, stream, restart);
    if ('format' in pickled)
        return pickled.format;
    if (textual)
        return scanText(ctx, part, prefix, pickled.notPickle);
    if (kind === 'image' || kind === 'tar') {
        if (kind === 'image')
            ctx.part(part, 'image: not executable, nothing to scan');
        else
            ctx.notScanned(part, "a tar archive (PyTorch's pre-1.0 format), which G2 does not unpack");
        return kind;
    }
    ctx.notScanned(part, 'not a format G2 recognises (pickle, joblib, PyTorch, numpy, ONNX, safetensors, zip, text)');
    return 'unknown';
}
/**
 * Scans content that can be read by ranges: a file, or a stored zip entry.
 * Whatever its first bytes, a zip at its end is opened too: zipfile finds a
 * zip by its end record, so a zip appended to a pickle (or anything) loads.
 */
async function scanSource(ctx, part, source, depth, name) {
    if (source.size === 0) {
        ctx.part(part, 'empty: nothing to scan');
        return 'empty';
    }
    const head = source.read(0, 512);
    const kind = sniff(head, source.size);
    const unscanned = ctx.unscanned.length;
    const format = await scanByContent(ctx, part, source, depth, name, head, kind);
    return kind === 'zip' ? format : scanTrailingZip(ctx, part, source, depth, format, unscanned);
}
/** Scans content that can be read by ranges by what its first bytes are. */
async function scanByContent(ctx, part, source, depth, name, head, kind) {
    const restart = () => new ByteStream(sourceChunks(source));
    if (!kind && (head[0] === 0x08 || /\.onnx$/i.test(name))) {
        const onnx = scanOnnx(source, ctx.policy.allowedOnnxDomains, ctx.external);
        if (onnx.isOnnx || /\.onnx$/i.test(name)) {
            await probeAsPickle(ctx, part, source, 'ONNX model');
            ctx.executable = true;
            for (const f of onnx.findings)
                ctx.finding(part, f.severity, f.message);
            if (depth === 0)
                ctx.references.push(...onnx.references);
            if (onnx.isOnnx)
                ctx.part(part, `onnx: ${onnx.graphs} graphs, ${onnx.tensors} tensors checked`);
            else
                ctx.notScanned(part, onnx.error ?? 'not an ONNX model');
            return 'onnx';
        }
    }
    if (!kind || kind === 'image' || kind === 'tar')
        return scanStream(ctx, part, restart(), depth, restart, source.size);
    await probeAsPickle(ctx, part, source, kind === 'npy' ? 'numpy array' : `${kind} file`);
    switch (kind) {
        case 'zip':
            if (depth > 0)
                ctx.finding('', 'high', `nested archive "${part}" inside a model archive`);
            return scanZip(ctx, part, source, depth);
        case 'gzip':
        case 'zlib':
            return scanCompressed(ctx, part, sourceChunks(source), kind, depth);
        case 'zfile':
            // joblib before 0.9.3: "ZF", the length in hex padded to 19 bytes, then zlib.
            return scanCompressed(ctx, part, sourceChunks(source, 21), 'zlib', depth);
        case 'safetensors': {
            const format = await scanSafetensors(ctx, part, restart());
            return format ?? scanStream(ctx, part, restart(), depth, restart, source.size);
        }
        default:
            return scanStream(ctx, part, restart(), depth, restart, source.size);
    }
}
const NESTED = { source: scanSource, stream: scanStream };
/**
 * Scans one file (or buffer) by its content. `file` is the name shown in
 * findings; `external` answers for ONNX external data locations.
 */
async function scanModelFile(file, input, policy, external = () => undefined) {
    const source = input instanceof Uint8Array ? (0,byte_source/* bufferSource */.kq)(input) : input;
    const ctx = new Scan(policy, external, NESTED);
    let format = 'unknown';
    try {
        format = await scanSource(ctx, '', source, 0, file);
    }
    catch (error) {
        ctx.notScanned('', `the scan stopped: ${error.message}`);
    }
    const unloadablePickleOnly = format === 'pickle' &&
        ctx.readings === 1 &&
        ctx.unloadable === 1 &&
        ctx.findings.length === 0 &&
        ctx.unscanned.length === 1 &&
        ctx.globals.length === 0;
    if (policy.forbidPickle && ctx.readings > 0)
        ctx.findings.unshift({
            severity: 'critical',
            message: 'pickle model formats are forbidden by ssot/security.json (modelScan.forbidPickle), and this file holds a pickle',
        });
    return {
        file,
        format,
        scanned: ctx.unscanned.length === 0,
        executable: ctx.executable,
        ...(ctx.unscanned.length ? { reason: ctx.unscanned.join('; ') } : {}),
        findings: ctx.findings,
        globals: ctx.globals,
        parts: ctx.parts,
        ...(ctx.references.length ? { references: ctx.references } : {}),
        ...(unloadablePickleOnly ? { unloadablePickleOnly: true } : {}),
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./build/src/io/file-digest.js
var file_digest = __webpack_require__(69227);
;// CONCATENATED MODULE: ./build/src/signing/oms.js







/**
 * OpenSSF model signing (OMS), key-based, offline: a Sigstore bundle (v0.3)
 * whose DSSE envelope carries an in-toto statement. The statement's
 * predicate lists every model file with its sha256, and its subject digest
 * is the sha256 of those digests concatenated in order. G2 verifies the
 * envelope signature over the DSSE pre-authentication encoding, then hashes
 * the model folder (or the single model file) again, streaming, and compares
 * file by file.
 */
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const OMS_PREDICATE_TYPE = 'https://model_signing/signature/v1.0';
/** DSSE v1 pre-authentication encoding. */
function pae(payloadType, payload) {
    const type = Buffer.from(payloadType, 'utf8');
    return Buffer.concat([
        Buffer.from(`DSSEv1 ${type.length} `),
        type,
        Buffer.from(` ${payload.length} `),
        payload,
    ]);
}
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** Parses the bundle and checks the envelope; pure. Structural problems are errors with a JSON pointer. */
function readOmsBundle(bundleText, bundleFile, key, algorithm) {
    const fail = bundleError(bundleFile);
    const envelope = readEnvelope(bundleText, bundleFile, algorithm, fail);
    const signatureValid = (0,signing_signatures/* verifyBlob */.tB)(pae(envelope.payloadType, envelope.payload), envelope.sig, key, algorithm);
    const { resources, ignorePaths, subjectDigest } = readStatement(envelope, fail);
    const root = (0,external_node_crypto_.createHash)('sha256');
    for (const r of resources)
        root.update(Buffer.from(r.digest, 'hex'));
    return {
        resources,
        signedIgnores: ignorePaths,
        signatureValid,
        subjectDigestValid: subjectDigest === root.digest('hex'),
    };
}
function bundleError(bundleFile) {
    return (pointer, expected, found, message = 'Not an OpenSSF model-signing bundle') => new errors/* InputError */.dz({
        file: bundleFile,
        pointer,
        message,
        expected,
        found: found === undefined ? 'nothing' : JSON.stringify(found).slice(0, 80),
    });
}
/** The Sigstore bundle's DSSE envelope: its in-toto payload and its one signature, decoded. */
function readEnvelope(bundleText, bundleFile, algorithm, fail) {
    let bundle;
    try {
        bundle = JSON.parse(bundleText);
    }
    catch (error) {
        throw new errors/* InputError */.dz({
            file: bundleFile,
            message: 'The signature bundle is not JSON',
            expected: 'a Sigstore bundle (JSON)',
            found: error.message,
        });
    }
    if (!isObject(bundle))
        throw fail('', 'a Sigstore bundle (a JSON object)', bundle);
    if (typeof bundle.mediaType !== 'string' ||
        !bundle.mediaType.startsWith('application/vnd.dev.sigstore.bundle'))
        throw fail('/mediaType', 'application/vnd.dev.sigstore.bundle.v0.3+json', bundle.mediaType);
    const envelope = bundle.dsseEnvelope;
    if (!isObject(envelope) ||
        typeof envelope.payload !== 'string' ||
        typeof envelope.payloadType !== 'string')
        throw fail('/dsseEnvelope', 'a DSSE envelope with payload and payloadType', envelope);
    if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE)
        throw fail('/dsseEnvelope/payloadType', IN_TOTO_PAYLOAD_TYPE, envelope.payloadType, 'The DSSE payload is not an in-toto statement');
    const signatures = envelope.signatures;
    if (!Array.isArray(signatures) ||
        signatures.length !== 1 ||
        !isObject(signatures[0]) ||
        typeof signatures[0].sig !== 'string') {
        throw fail('/dsseEnvelope/signatures', 'exactly one signature with a base64 "sig" (a Sigstore bundle carries one)', signatures);
    }
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(envelope.payload) ||
        !/^[A-Za-z0-9+/]+={0,2}$/.test(signatures[0].sig))
        throw fail('/dsseEnvelope', 'base64 payload and signature', 'text that is not base64');
    const payload = Buffer.from(envelope.payload, 'base64');
    const sig = Buffer.from(signatures[0].sig, 'base64');
    (0,signing_signatures/* assertSignatureEncoding */.su)(sig, algorithm, {
        file: bundleFile,
        pointer: '/dsseEnvelope/signatures/0/sig',
    });
    return { payloadType: envelope.payloadType, payload, payloadText: envelope.payload, sig };
}
/** The in-toto statement of the envelope: the subject digest, and the signed files with their digests. */
function readStatement(envelope, fail) {
    let statement;
    try {
        statement = JSON.parse(envelope.payload.toString('utf8'));
    }
    catch {
        throw fail('/dsseEnvelope/payload', 'a base64 in-toto statement (JSON)', envelope.payloadText.slice(0, 40));
    }
    const at = (p) => `/dsseEnvelope/payload${p}`;
    if (!isObject(statement))
        throw fail(at(''), 'an in-toto statement (a JSON object)', statement);
    if (statement._type !== 'https://in-toto.io/Statement/v1')
        throw fail(at('/_type'), 'https://in-toto.io/Statement/v1', statement._type);
    if (statement.predicateType !== OMS_PREDICATE_TYPE) {
        throw fail(at('/predicateType'), `${OMS_PREDICATE_TYPE} (model-signing 1.x; re-sign bundles made by model-signing 0.x)`, statement.predicateType, 'Not an OpenSSF model-signing statement');
    }
    const subjects = statement.subject;
    if (!Array.isArray(subjects) ||
        subjects.length !== 1 ||
        !isObject(subjects[0]) ||
        !isObject(subjects[0].digest) ||
        typeof subjects[0].digest.sha256 !== 'string') {
        throw fail(at('/subject'), 'one subject with a sha256 digest', subjects);
    }
    const predicate = statement.predicate;
    if (!isObject(predicate))
        throw fail(at('/predicate'), 'the model-signing predicate', predicate);
    const serialization = predicate.serialization;
    if (!isObject(serialization))
        throw fail(at('/predicate/serialization'), 'the serialization description', serialization);
    if (serialization.method !== 'files')
        throw fail(at('/predicate/serialization/method'), '"files" (per-file digests; sharded serialization is not supported)', serialization.method, 'Unsupported model-signing serialization');
    if (serialization.hash_type !== 'sha256')
        throw fail(at('/predicate/serialization/hash_type'), 'sha256', serialization.hash_type, 'Unsupported model-signing hash');
    const ignorePaths = serialization.ignore_paths ?? [];
    if (!Array.isArray(ignorePaths) || !ignorePaths.every((p) => typeof p === 'string'))
        throw fail(at('/predicate/serialization/ignore_paths'), 'an array of paths', ignorePaths);
    const raw = predicate.resources;
    if (!Array.isArray(raw))
        throw fail(at('/predicate/resources'), 'the list of signed files', raw);
    const resources = raw.map((r, i) => {
        if (!isObject(r) ||
            typeof r.name !== 'string' ||
            typeof r.digest !== 'string' ||
            !/^[0-9a-f]{64}$/.test(r.digest))
            throw fail(at(`/predicate/resources/${i}`), 'a name and a sha256 hex digest', r);
        if (r.algorithm !== 'sha256')
            throw fail(at(`/predicate/resources/${i}/algorithm`), 'sha256', r.algorithm, 'Unsupported model-signing hash');
        return { name: r.name, digest: r.digest };
    });
    return {
        resources,
        ignorePaths: ignorePaths,
        subjectDigest: subjects[0].digest.sha256,
    };
}
/**
 * Verifies a bundle against the model on disk. `modelPath` is the signed
 * folder, or the single signed file (model-signing names it "."). Symbolic
 * links are never followed: model-signing refuses them unless signed with
 * --allow_symlinks, and a link's target can change while the folder does not.
 */
async function verifyOmsBundle(bundleText, bundleFile, modelPath, modelDisplay, key, algorithm, options) {
    const statement = readOmsBundle(bundleText, bundleFile, key, algorithm);
    const names = statement.resources.map((r) => r.name);
    const singleFileBundle = names.length === 1 && names[0] === '.';
    let kind;
    try {
        const s = await (0,promises_.lstat)(modelPath);
        kind = s.isSymbolicLink() ? 'link' : s.isDirectory() ? 'folder' : 'file';
    }
    catch (error) {
        throw (0,file_errors/* unreadableFile */._)(error, modelDisplay, 'the signed model folder or file (modelPath)');
    }
    const base = {
        signatureValid: statement.signatureValid,
        subjectDigestValid: statement.subjectDigestValid,
        missing: [],
        changed: [],
        extra: [],
        special: [],
        verified: [],
        files: names.length,
    };
    if (kind === 'link')
        return { ...base, links: [{ path: '.', target: await (0,promises_.readlink)(modelPath) }] };
    if (kind === 'file' && !singleFileBundle) {
        throw new errors/* InputError */.dz({
            ...options.modelPathSource,
            message: 'modelPath is a file, but the bundle signs a folder',
            expected: 'the folder the bundle was made for',
            found: `${modelDisplay}, a file (the bundle lists ${names.slice(0, 3).join(', ')}${names.length > 3 ? '...' : ''})`,
        });
    }
    if (kind === 'folder' && singleFileBundle) {
        throw new errors/* InputError */.dz({
            ...options.modelPathSource,
            message: 'modelPath is a folder, but the bundle signs a single file',
            expected: 'the file the bundle was made for',
            found: `${modelDisplay}, a folder`,
        });
    }
    const onDisk = new Map();
    let links = [];
    let special = [];
    if (kind === 'file') {
        onDisk.set('.', await digest(modelPath, modelDisplay));
    }
    else {
        const ignores = [...statement.signedIgnores, ...options.ignore].map((p) => p.replace(/^\.\//, '').replace(/\/+$/, ''));
        const ignored = (path) => ignores.some((p) => path === p || path.startsWith(`${p}/`));
        const entries = await listFolder(modelPath, ignored);
        links = entries.flatMap((e) => (e.link ? [{ path: e.path, target: e.link.target }] : []));
        special = entries.filter((e) => e.kind === 'other').map((e) => e.path);
        for (const e of entries)
            if (e.kind === 'file')
                onDisk.set(e.path, await digest(e.absolute, `${modelDisplay}/${e.path}`));
    }
    const missing = [];
    const changed = [];
    const verified = [];
    for (const r of statement.resources) {
        const actual = onDisk.get(r.name);
        if (actual === undefined)
            missing.push(r.name);
        else if (actual.sha256 !== r.digest)
            changed.push(r.name);
        else
            verified.push({ name: r.name, ...actual });
        onDisk.delete(r.name);
    }
    const extra = options.allowExtraFiles ? [] : [...onDisk.keys()];
    return { ...base, missing, changed, extra, links, special, verified };
}
async function digest(absolute, display) {
    try {
        return await (0,file_digest/* digestFile */.TM)(absolute);
    }
    catch (error) {
        throw (0,file_errors/* unreadableFile */._)(error, display, 'a file of the signed model');
    }
}

;// CONCATENATED MODULE: ./build/src/gates/g2/signing/release-signatures.js








/**
 * Verifies every cosign-style signature (releaseMaterial) and every OMS
 * bundle (modelSignatures). A check per signature; only signatures that
 * verify with a trusted key vouch for files.
 */
async function verifySignatures(ctx, material, bundles, keys, securityFile) {
    const out = {
        checks: [],
        vouched: [],
        usedKeyIds: new Set(),
        signatureFiles: new Set(),
        bundles: [],
    };
    for (const [i, m] of material.entries())
        await verifyMaterial(ctx, m, i, keys, securityFile, out);
    for (const [i, o] of bundles.entries())
        await verifyBundle(ctx, o, i, keys, securityFile, out);
    return out;
}
/** One file of releaseMaterial (at index `i`) and its detached signature: a check, and the file vouched for when it verifies with a trusted key. */
async function verifyMaterial(ctx, m, i, keys, securityFile, out) {
    const source = { file: securityFile, pointer: `/releaseMaterial/${i}` };
    const key = keyFor(keys, m.keyId, securityFile, `/releaseMaterial/${i}/keyId`);
    out.usedKeyIds.add(key.id);
    const absolute = ctx.ssot.resolveRepoPath(m.path, `release material at /releaseMaterial/${i}`);
    const path = ctx.workspace.display(absolute);
    let isFile;
    try {
        isFile = (await (0,promises_.stat)(absolute)).isFile();
    }
    catch (error) {
        throw (0,file_errors/* unreadableFile */._)(error, path, `release material listed at /releaseMaterial/${i}`);
    }
    if (!isFile)
        throw new errors/* InputError */.dz({
            file: path,
            message: 'Release material must be a file',
            expected: `a file (sign a folder with an OMS bundle in modelSignatures)`,
            found: 'a folder or special file',
        });
    const sigAbsolute = ctx.ssot.resolveRepoPath(m.signature, `signature at /releaseMaterial/${i}/signature`);
    const sigPath = ctx.workspace.display(sigAbsolute);
    out.signatureFiles.add(sigAbsolute);
    const id = `G2.signature.${path}`;
    let sigText;
    try {
        sigText = await (0,promises_.readFile)(sigAbsolute, 'utf8');
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw (0,file_errors/* unreadableFile */._)(error, sigPath, `the signature of ${path}`);
        out.checks.push({
            id,
            rule: 'signature',
            variable: path,
            value: false,
            status: 'fail',
            severity: 'block',
            message: `no signature file ${sigPath}`,
            source,
        });
        return;
    }
    const signature = (0,signing_signatures/* decodeSignature */.xd)(sigText, sigPath);
    (0,signing_signatures/* assertSignatureEncoding */.su)(signature, key.algorithm, { file: sigPath });
    const r = await (0,signing_signatures/* verifyFileSignature */.YP)(absolute, path, signature, key.key, key.algorithm);
    const ok = r.valid && key.trusted;
    out.checks.push({
        id,
        rule: 'signature',
        variable: path,
        value: ok,
        status: ok ? 'pass' : 'fail',
        severity: 'block',
        message: !r.valid
            ? `the signature does not verify with key ${key.id} (${key.algorithm}): the file changed, or it was signed for another file or with another key`
            : key.trusted
                ? `valid ${key.algorithm} signature by key ${key.id}`
                : `valid signature, but ${untrustedReason(key)}`,
        source,
        details: {
            sha256: r.sha256,
            bytes: r.bytes,
            keyId: key.id,
            keyFingerprint: key.fingerprint,
            signature: sigPath,
        },
    });
    if (ok)
        out.vouched.push({
            absolute,
            path,
            sha256: r.sha256,
            bytes: r.bytes,
            keyId: key.id,
            keyFingerprint: key.fingerprint,
            signature: sigPath,
            method: 'signature',
            ...(m.role ? { configRole: m.role } : {}),
        });
}
/** One OMS bundle of modelSignatures (at index `i`) over a model folder: a check, and each file it lists vouched for when the envelope verifies with a trusted key. */
async function verifyBundle(ctx, o, i, keys, securityFile, out) {
    const source = { file: securityFile, pointer: `/modelSignatures/${i}` };
    const key = keyFor(keys, o.keyId, securityFile, `/modelSignatures/${i}/keyId`);
    out.usedKeyIds.add(key.id);
    const bundleAbsolute = ctx.ssot.resolveRepoPath(o.bundle, `OMS bundle at /modelSignatures/${i}/bundle`);
    const bundlePath = ctx.workspace.display(bundleAbsolute);
    let text;
    try {
        text = await (0,promises_.readFile)(bundleAbsolute, 'utf8');
    }
    catch (error) {
        throw (0,file_errors/* unreadableFile */._)(error, bundlePath, `OMS bundle listed at /modelSignatures/${i}`);
    }
    out.signatureFiles.add(bundleAbsolute);
    out.bundles.push(bundleAbsolute);
    const modelAbsolute = ctx.ssot.resolveRepoPath(o.modelPath, `signed model at /modelSignatures/${i}/modelPath`);
    const modelPath = ctx.workspace.display(modelAbsolute);
    // The bundle itself may sit in the signed folder: it cannot sign itself.
    const ignore = [
        ...(o.ignore ?? []),
        ...(bundleAbsolute !== modelAbsolute && (0,paths/* isInside */.F)(modelAbsolute, bundleAbsolute)
            ? [(0,external_node_path_.relative)(modelAbsolute, bundleAbsolute).split(external_node_path_.sep).join('/')]
            : []),
    ];
    const r = await verifyOmsBundle(text, bundlePath, modelAbsolute, modelPath, key.key, key.algorithm, {
        ignore,
        allowExtraFiles: o.allowExtraFiles ?? false,
        modelPathSource: { file: securityFile, pointer: `/modelSignatures/${i}/modelPath` },
    });
    const envelopeOk = r.signatureValid && r.subjectDigestValid && key.trusted;
    const problems = [
        ...(r.signatureValid ? [] : [`the envelope signature does not verify with key ${key.id}`]),
        ...(r.signatureValid && !key.trusted ? [`valid signature, but ${untrustedReason(key)}`] : []),
        ...(r.subjectDigestValid ? [] : ['the subject digest does not match the listed files']),
        ...r.links.map((l) => `symbolic link ${l.path} -> ${l.target} (links are not followed; model-signing refuses them too; put the file itself in the folder)`),
        ...r.special.map((f) => `${f} is not a regular file`),
        ...r.missing.map((f) => `missing ${f}`),
        ...r.changed.map((f) => `changed ${f}`),
        ...r.extra.map((f) => `extra ${f} (not signed; list it in ignore or set allowExtraFiles)`),
    ];
    out.checks.push({
        id: `G2.oms.${modelPath}`,
        rule: 'oms_signature',
        variable: modelPath,
        value: problems.length === 0,
        status: problems.length === 0 ? 'pass' : 'fail',
        severity: 'block',
        message: problems.length === 0
            ? `OMS bundle verified: ${r.files} files, key ${key.id}`
            : problems.join('; '),
        source,
        details: {
            files: r.files,
            missing: r.missing,
            changed: r.changed,
            extra: r.extra,
            links: r.links,
            bundle: bundlePath,
            keyId: key.id,
            keyFingerprint: key.fingerprint,
        },
    });
    if (!envelopeOk)
        return;
    for (const f of r.verified) {
        const absolute = f.name === '.' ? modelAbsolute : (0,external_node_path_.join)(modelAbsolute, f.name);
        out.vouched.push({
            absolute,
            path: ctx.workspace.display(absolute),
            sha256: f.sha256,
            bytes: f.bytes,
            keyId: key.id,
            keyFingerprint: key.fingerprint,
            signature: bundlePath,
            method: 'oms',
        });
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./build/src/gates/g2/model-scan/scan-files.js







/** The scan targets, each file once (by real path), in a stable order. */
async function scanTargets(model, material, folders, display) {
    const out = [];
    const seen = new Set();
    const add = (t) => {
        // A missing file keeps its own path: it is reported when it is opened.
        const key = t.link ? t.absolute : (0,paths/* realOrSelf */.e)(t.absolute);
        if (seen.has(key))
            return;
        seen.add(key);
        out.push(t);
    };
    add({ absolute: model, display: display(model), origin: 'model' });
    for (const m of material)
        add({ absolute: m, display: display(m), origin: 'release material' });
    for (const folder of folders) {
        // A bundle may sign a single file (model-signing names it "."): then that file is the target.
        if (isFile(folder)) {
            add({ absolute: folder, display: display(folder), origin: 'signed file' });
            continue;
        }
        let entries;
        try {
            entries = await listFolder(folder);
        }
        catch (error) {
            throw (0,file_errors/* unreadableFile */._)(error, display(folder), 'the signed model folder (modelSignatures[].modelPath)');
        }
        const origin = `signed folder ${display(folder)}/`;
        for (const e of entries)
            add({
                absolute: e.absolute,
                display: display(e.absolute),
                origin,
                ...(e.link ? { link: e.link } : {}),
                ...(e.kind === 'other' ? { special: true } : {}),
            });
    }
    return out;
}
function isFolder(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
function isFile(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path).isFile();
    }
    catch {
        return false;
    }
}
/** ONNX external data next to the model: its size, and whether it resolves outside the model's folder. */
function externalLookup(model) {
    const base = (0,external_node_path_.dirname)(model);
    return (location) => {
        try {
            const real = (0,external_node_fs_.realpathSync)((0,external_node_path_.join)(base, location));
            return { size: (0,external_node_fs_.statSync)(real).size, outside: !(0,paths/* isInside */.F)((0,external_node_fs_.realpathSync)(base), real) };
        }
        catch {
            return undefined;
        }
    };
}
/** Scans one target, reading the file by ranges (files over 2 GiB included). */
async function scanTarget(t, policy) {
    const base = { file: t.display, globals: [], parts: [] };
    const target = printable(t.link?.target ?? '');
    if (t.link) {
        if (t.link.dangling)
            return {
                ...base,
                format: 'symlink',
                scanned: false,
                executable: false,
                reason: `a symbolic link to "${target}", which does not exist`,
                findings: [],
            };
        if (!t.link.inside)
            return {
                ...base,
                format: 'symlink',
                scanned: false,
                executable: false,
                reason: `a symbolic link to "${target}" outside the folder, not followed`,
                findings: [
                    {
                        severity: 'critical',
                        message: `symbolic link to "${target}" leaves the ${t.origin}: a loader would read a file that is neither signed nor scanned`,
                    },
                ],
            };
        return {
            ...base,
            format: 'symlink',
            scanned: true,
            executable: false,
            findings: [],
            parts: [
                `symbolic link to "${target}" inside the folder (its target is scanned at its own path)`,
            ],
        };
    }
    if (t.special)
        return {
            ...base,
            format: 'special',
            scanned: false,
            executable: false,
            reason: 'not a regular file (a FIFO, a socket or a device)',
            findings: [],
        };
    if (isFolder(t.absolute))
        return {
            ...base,
            format: 'folder',
            scanned: false,
            executable: false,
            reason: `"${printable(t.display)}" is a folder, not a file (G2 scans the files of a folder only when an OMS signature covers it, in modelSignatures)`,
            findings: [],
        };
    let source;
    try {
        source = new byte_source/* FileSource */._n(t.absolute);
    }
    catch (error) {
        throw (0,file_errors/* unreadableFile */._)(error, t.display, `a file to scan (${t.origin})`);
    }
    try {
        return await scanModelFile(t.display, source, policy, externalLookup(t.absolute));
    }
    finally {
        source.close();
    }
}
/**
 * Scans every target. A file a scanned ONNX model names as its external
 * data is then reported as what it is, tensor bytes, rather than as a
 * format nobody recognises, but only when it is inside that model's folder
 * (links resolved) and the tensors account for every byte of it (gaps may
 * only be zero padding): a file that merely shares a name with a tensor's
 * location, or holds more than the tensors, stays "not scanned". Tensor
 * bytes can begin like a pickle (an int64 640 is 80 02 ...): a file whose
 * only reading as a pickle is one Python cannot load, with nothing found
 * and nothing else left unjudged, is relabelled the same way (and so is not
 * a pickle for forbidPickle either). A pickle Python loads, or one that
 * imports anything, keeps its findings whatever a tensor names.
 */
async function scanAll(targets, policy) {
    const scans = [];
    for (const t of targets)
        scans.push(await scanTarget(t, policy));
    const named = new Map();
    for (const [i, s] of scans.entries()) {
        const folder = (0,external_node_path_.dirname)(targets[i].absolute);
        for (const ref of s.references ?? []) {
            const real = (0,paths/* realOrSelf */.e)((0,external_node_path_.join)(folder, ref.location));
            if (!(0,paths/* isInside */.F)((0,paths/* realOrSelf */.e)(folder), real))
                continue;
            const entry = named.get(real) ?? { model: s.file, ranges: [] };
            entry.ranges.push(...ref.ranges);
            named.set(real, entry);
        }
    }
    return scans.map((s, i) => {
        const t = targets[i];
        const ref = named.get((0,paths/* realOrSelf */.e)(t.absolute));
        const unrecognised = s.format === 'unknown' && !s.findings.length;
        if (!ref ||
            s.scanned ||
            !(unrecognised || s.unloadablePickleOnly) ||
            t.link ||
            !onlyTensorBytes(t.absolute, ref.ranges))
            return s;
        return {
            file: s.file,
            format: 'onnx-external-data',
            scanned: true,
            executable: false,
            findings: [],
            globals: [],
            parts: [
                `tensor bytes that ${ref.model} keeps as external data: not executable, nothing to scan`,
            ],
        };
    });
}
/** True when the ranges cover the file, every byte between or after them being zero (alignment padding). */
function onlyTensorBytes(absolute, ranges) {
    let source;
    try {
        source = new byte_source/* FileSource */._n(absolute);
    }
    catch {
        return false;
    }
    try {
        const zeros = (from, to) => {
            for (let at = from; at < to; at += 1 << 20)
                if (source.read(at, Math.min(1 << 20, to - at)).some((b) => b !== 0))
                    return false;
            return true;
        };
        let covered = 0;
        for (const r of [...ranges].sort((a, b) => a.offset - b.offset)) {
            if (r.offset > covered && !zeros(covered, r.offset))
                return false;
            covered = Math.max(covered, r.offset + r.length);
        }
        return zeros(covered, source.size);
    }
    finally {
        source.close();
    }
}
/** The evidence check for one scanned file. */
function scanCheck(scan, policy, origin) {
    const blocking = scan.findings.some((f) => f.severity === 'critical' || f.severity === 'high');
    const status = blocking
        ? 'fail'
        : !scan.scanned
            ? policy.unscannable
            : scan.findings.length
                ? 'warn'
                : 'pass';
    const listed = scan.findings.slice(0, 10).map((f) => `${f.severity}: ${f.message}`);
    const findings = scan.findings.length > 10
        ? [...listed, `and ${scan.findings.length - 10} more (see details)`]
        : listed;
    const message = !scan.scanned
        ? [`not scanned: ${scan.reason}`, ...findings].join('; ')
        : findings.length
            ? `${scan.format}: ${findings.join('; ')}`
            : scan.executable
                ? `${scan.format}: no issues`
                : `${scan.format}: not executable, nothing to scan`;
    return {
        id: `G2.model_scan.${scan.file}`,
        rule: 'model_scan',
        variable: scan.file,
        value: scan.scanned ? scan.findings.length : null,
        operator: '<=',
        threshold: 0,
        unit: 'findings',
        status,
        severity: status === 'warn' ? 'warn' : 'block',
        message,
        details: {
            origin,
            format: scan.format,
            scanned: scan.scanned,
            executable: scan.executable,
            ...(scan.findings.length > 10 ? { findings: scan.findings } : {}),
            ...(scan.parts.length ? { parts: scan.parts.slice(0, 50) } : {}),
            ...(scan.globals.length
                ? {
                    globals: scan.globals
                        .slice(0, 100)
                        .map((g) => ({ path: shownName(g.path), tier: g.tier, count: g.count })),
                }
                : {}),
        },
    };
}
/** "3 of 4 files scanned (1 plain data), 1 not scanned: a.bin" for the gate summary. */
function scanSummary(scans) {
    const scanned = scans.filter((s) => s.scanned);
    const data = scanned.filter((s) => !s.executable).length;
    const missed = scans.filter((s) => !s.scanned).map((s) => s.file);
    return `${scanned.length} of ${scans.length} files scanned${data ? ` (${data} plain data)` : ''}${missed.length ? `, not scanned: ${missed.slice(0, 5).join(', ')}${missed.length > 5 ? ', ...' : ''}` : ''}`;
}
/** The report's "Model files" table. */
function scanTable(scans) {
    return {
        title: 'Model files',
        columns: ['file', 'format', 'scanned', 'findings'],
        rows: scans.map((s) => [
            s.file,
            s.format,
            s.scanned ? (s.executable ? 'yes' : 'data only') : `no: ${s.reason}`,
            s.findings.map((f) => `${f.severity}: ${f.message}`).join('; ') || 'none',
        ]),
    };
}

// EXTERNAL MODULE: ./build/src/ssot/json-file.js
var json_file = __webpack_require__(96732);
// EXTERNAL MODULE: ./node_modules/ajv-draft-04/dist/index.js
var dist = __webpack_require__(70905);
;// CONCATENATED MODULE: ./build/ssot/schemas/vulnerability-reports/npm-audit-v2.schema.json
const npm_audit_v2_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/vulnerability-reports/npm-audit-v2.schema.json","title":"npm audit --json, report version 2 (npm 7 and later): the parts modelgate reads","type":"object","required":["auditReportVersion","vulnerabilities"],"properties":{"auditReportVersion":{"const":2},"vulnerabilities":{"type":"object","additionalProperties":{"$ref":"#/$defs/vulnerability"}},"metadata":{"type":"object"}},"$defs":{"severity":{"enum":["info","low","moderate","high","critical"]},"vulnerability":{"type":"object","required":["name","severity","via"],"properties":{"name":{"type":"string","minLength":1},"severity":{"$ref":"#/$defs/severity"},"isDirect":{"type":"boolean"},"via":{"type":"array","items":{"anyOf":[{"type":"string","minLength":1},{"$ref":"#/$defs/advisory"}]}},"effects":{"type":"array","items":{"type":"string"}},"range":{"type":"string"},"nodes":{"type":"array","items":{"type":"string"}},"fixAvailable":{"anyOf":[{"type":"boolean"},{"type":"object","required":["name","version"],"properties":{"name":{"type":"string"},"version":{"type":"string"},"isSemVerMajor":{"type":"boolean"}}}]}}},"advisory":{"type":"object","required":["source","name","title","url","severity"],"properties":{"source":{"type":"integer"},"name":{"type":"string","minLength":1},"dependency":{"type":"string"},"title":{"type":"string"},"url":{"type":"string"},"severity":{"$ref":"#/$defs/severity"},"cwe":{"type":"array","items":{"type":"string"}},"cvss":{"type":"object"},"range":{"type":"string"}}}}}');
;// CONCATENATED MODULE: ./build/ssot/schemas/vulnerability-reports/osv-scanner.schema.json
const osv_scanner_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/vulnerability-reports/osv-scanner.schema.json","title":"osv-scanner --format json: the parts modelgate reads (vulnerabilities are OSV records, https://ossf.github.io/osv-schema/)","type":"object","required":["results"],"properties":{"results":{"type":"array","items":{"$ref":"#/$defs/result"}}},"$defs":{"result":{"type":"object","required":["packages"],"properties":{"source":{"type":"object","properties":{"path":{"type":"string"},"type":{"type":"string"}}},"packages":{"type":"array","items":{"$ref":"#/$defs/package"}}}},"package":{"type":"object","required":["package"],"properties":{"package":{"type":"object","required":["name"],"properties":{"name":{"type":"string","minLength":1},"version":{"type":"string"},"ecosystem":{"type":"string"}}},"vulnerabilities":{"type":"array","items":{"$ref":"#/$defs/osv"}},"groups":{"type":"array","items":{"$ref":"#/$defs/group"}}}},"group":{"type":"object","required":["ids"],"properties":{"ids":{"type":"array","minItems":1,"items":{"type":"string"}},"aliases":{"type":"array","items":{"type":"string"}},"max_severity":{"type":"string"}}},"osv":{"type":"object","required":["id"],"properties":{"id":{"type":"string","minLength":1},"aliases":{"type":"array","items":{"type":"string"}},"summary":{"type":"string"},"details":{"type":"string"},"severity":{"type":"array","items":{"type":"object","required":["type","score"],"properties":{"type":{"type":"string"},"score":{"type":"string"}}}},"affected":{"type":"array","items":{"$ref":"#/$defs/affected"}},"database_specific":{"type":"object"}}},"affected":{"type":"object","properties":{"package":{"type":"object","properties":{"name":{"type":"string"},"ecosystem":{"type":"string"},"purl":{"type":"string"}}},"ranges":{"type":"array","items":{"$ref":"#/$defs/range"}},"versions":{"type":"array","items":{"type":"string"}}}},"range":{"type":"object","required":["type","events"],"properties":{"type":{"enum":["SEMVER","ECOSYSTEM","GIT"]},"events":{"type":"array","items":{"type":"object","minProperties":1,"properties":{"introduced":{"type":"string"},"fixed":{"type":"string"},"last_affected":{"type":"string"},"limit":{"type":"string"}}}}}}}}');
;// CONCATENATED MODULE: ./build/ssot/schemas/vulnerability-reports/pip-audit.schema.json
const pip_audit_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/vulnerability-reports/pip-audit.schema.json","title":"pip-audit -f json: the parts modelgate reads","type":"object","required":["dependencies"],"properties":{"dependencies":{"type":"array","items":{"$ref":"#/$defs/dependency"}},"fixes":{"type":"array"}},"$defs":{"dependency":{"type":"object","required":["name"],"properties":{"name":{"type":"string","minLength":1},"version":{"type":"string"},"vulns":{"type":"array","items":{"$ref":"#/$defs/vulnerability"}},"skip_reason":{"type":"string"}},"anyOf":[{"required":["vulns"]},{"required":["skip_reason"]}]},"vulnerability":{"type":"object","required":["id"],"properties":{"id":{"type":"string","minLength":1},"fix_versions":{"type":"array","items":{"type":"string"}},"aliases":{"type":"array","items":{"type":"string"}},"description":{"type":"string"}}}}}');
;// CONCATENATED MODULE: ./build/ssot/schemas/vulnerability-reports/sarif-2.1.0-rtm.5.json
const sarif_2_1_0_rtm_5_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-04/schema#","title":"Static Analysis Results Format (SARIF) Version 2.1.0-rtm.5 JSON Schema","id":"https://raw.githubusercontent.com/schemastore/schemastore/master/src/schemas/json/sarif-2.1.0-rtm.5.json","description":"Static Analysis Results Format (SARIF) Version 2.1.0-rtm.5 JSON Schema: a standard format for the output of static analysis tools.","additionalProperties":false,"type":"object","properties":{"$schema":{"description":"The URI of the JSON schema corresponding to the version.","type":"string","format":"uri"},"version":{"description":"The SARIF format version of this log file.","enum":["2.1.0"]},"runs":{"description":"The set of runs contained in this log file.","type":"array","minItems":0,"uniqueItems":false,"items":{"$ref":"#/definitions/run"}},"inlineExternalProperties":{"description":"References to external property files that share data between runs.","type":"array","minItems":0,"uniqueItems":true,"items":{"$ref":"#/definitions/externalProperties"}},"properties":{"description":"Key/value pairs that provide additional information about the log file.","$ref":"#/definitions/propertyBag"}},"required":["version","runs"],"definitions":{"address":{"description":"A physical or virtual address, or a range of addresses, in an \'addressable region\' (memory or a binary file).","additionalProperties":false,"type":"object","properties":{"absoluteAddress":{"description":"The address expressed as a byte offset from the start of the addressable region.","type":"integer","minimum":-1,"default":-1},"relativeAddress":{"description":"The address expressed as a byte offset from the absolute address of the top-most parent object.","type":"integer"},"length":{"description":"The number of bytes in this range of addresses.","type":"integer"},"kind":{"description":"An open-ended string that identifies the address kind. \'data\', \'function\', \'header\',\'instruction\', \'module\', \'page\', \'section\', \'segment\', \'stack\', \'stackFrame\', \'table\' are well-known values.","type":"string"},"name":{"description":"A name that is associated with the address, e.g., \'.text\'.","type":"string"},"fullyQualifiedName":{"description":"A human-readable fully qualified name that is associated with the address.","type":"string"},"offsetFromParent":{"description":"The byte offset of this address from the absolute or relative address of the parent object.","type":"integer"},"index":{"description":"The index within run.addresses of the cached object for this address.","type":"integer","default":-1,"minimum":-1},"parentIndex":{"description":"The index within run.addresses of the parent object.","type":"integer","default":-1,"minimum":-1},"properties":{"description":"Key/value pairs that provide additional information about the address.","$ref":"#/definitions/propertyBag"}}},"artifact":{"description":"A single artifact. In some cases, this artifact might be nested within another artifact.","additionalProperties":false,"type":"object","properties":{"description":{"description":"A short description of the artifact.","$ref":"#/definitions/message"},"location":{"description":"The location of the artifact.","$ref":"#/definitions/artifactLocation"},"parentIndex":{"description":"Identifies the index of the immediate parent of the artifact, if this artifact is nested.","type":"integer","default":-1,"minimum":-1},"offset":{"description":"The offset in bytes of the artifact within its containing artifact.","type":"integer","minimum":0},"length":{"description":"The length of the artifact in bytes.","type":"integer","default":-1,"minimum":-1},"roles":{"description":"The role or roles played by the artifact in the analysis.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"enum":["analysisTarget","attachment","responseFile","resultFile","standardStream","tracedFile","unmodified","modified","added","deleted","renamed","uncontrolled","driver","extension","translation","taxonomy","policy","referencedOnCommandLine","memoryContents","directory","userSpecifiedConfiguration","toolSpecifiedConfiguration","debugOutputFile"]}},"mimeType":{"description":"The MIME type (RFC 2045) of the artifact.","type":"string","pattern":"[^/]+/.+"},"contents":{"description":"The contents of the artifact.","$ref":"#/definitions/artifactContent"},"encoding":{"description":"Specifies the encoding for an artifact object that refers to a text file.","type":"string"},"sourceLanguage":{"description":"Specifies the source language for any artifact object that refers to a text file that contains source code.","type":"string"},"hashes":{"description":"A dictionary, each of whose keys is the name of a hash function and each of whose values is the hashed value of the artifact produced by the specified hash function.","type":"object","additionalProperties":{"type":"string"}},"lastModifiedTimeUtc":{"description":"The Coordinated Universal Time (UTC) date and time at which the artifact was most recently modified. See \\"Date/time properties\\" in the SARIF spec for the required format.","type":"string","format":"date-time"},"properties":{"description":"Key/value pairs that provide additional information about the artifact.","$ref":"#/definitions/propertyBag"}}},"artifactChange":{"description":"A change to a single artifact.","additionalProperties":false,"type":"object","properties":{"artifactLocation":{"description":"The location of the artifact to change.","$ref":"#/definitions/artifactLocation"},"replacements":{"description":"An array of replacement objects, each of which represents the replacement of a single region in a single artifact specified by \'artifactLocation\'.","type":"array","minItems":1,"uniqueItems":false,"items":{"$ref":"#/definitions/replacement"}},"properties":{"description":"Key/value pairs that provide additional information about the change.","$ref":"#/definitions/propertyBag"}},"required":["artifactLocation","replacements"]},"artifactContent":{"description":"Represents the contents of an artifact.","type":"object","additionalProperties":false,"properties":{"text":{"description":"UTF-8-encoded content from a text artifact.","type":"string"},"binary":{"description":"MIME Base64-encoded content from a binary artifact, or from a text artifact in its original encoding.","type":"string"},"rendered":{"description":"An alternate rendered representation of the artifact (e.g., a decompiled representation of a binary region).","$ref":"#/definitions/multiformatMessageString"},"properties":{"description":"Key/value pairs that provide additional information about the artifact content.","$ref":"#/definitions/propertyBag"}}},"artifactLocation":{"description":"Specifies the location of an artifact.","additionalProperties":false,"type":"object","properties":{"uri":{"description":"A string containing a valid relative or absolute URI.","type":"string","format":"uri-reference"},"uriBaseId":{"description":"A string which indirectly specifies the absolute URI with respect to which a relative URI in the \\"uri\\" property is interpreted.","type":"string"},"index":{"description":"The index within the run artifacts array of the artifact object associated with the artifact location.","type":"integer","default":-1,"minimum":-1},"description":{"description":"A short description of the artifact location.","$ref":"#/definitions/message"},"properties":{"description":"Key/value pairs that provide additional information about the artifact location.","$ref":"#/definitions/propertyBag"}}},"attachment":{"description":"An artifact relevant to a result.","type":"object","additionalProperties":false,"properties":{"description":{"description":"A message describing the role played by the attachment.","$ref":"#/definitions/message"},"artifactLocation":{"description":"The location of the attachment.","$ref":"#/definitions/artifactLocation"},"regions":{"description":"An array of regions of interest within the attachment.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/region"}},"rectangles":{"description":"An array of rectangles specifying areas of interest within the image.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/rectangle"}},"properties":{"description":"Key/value pairs that provide additional information about the attachment.","$ref":"#/definitions/propertyBag"}},"required":["artifactLocation"]},"codeFlow":{"description":"A set of threadFlows which together describe a pattern of code execution relevant to detecting a result.","additionalProperties":false,"type":"object","properties":{"message":{"description":"A message relevant to the code flow.","$ref":"#/definitions/message"},"threadFlows":{"description":"An array of one or more unique threadFlow objects, each of which describes the progress of a program through a thread of execution.","type":"array","minItems":1,"uniqueItems":false,"items":{"$ref":"#/definitions/threadFlow"}},"properties":{"description":"Key/value pairs that provide additional information about the code flow.","$ref":"#/definitions/propertyBag"}},"required":["threadFlows"]},"configurationOverride":{"description":"Information about how a specific rule or notification was reconfigured at runtime.","type":"object","additionalProperties":false,"properties":{"configuration":{"description":"Specifies how the rule or notification was configured during the scan.","$ref":"#/definitions/reportingConfiguration"},"descriptor":{"description":"A reference used to locate the descriptor whose configuration was overridden.","$ref":"#/definitions/reportingDescriptorReference"},"properties":{"description":"Key/value pairs that provide additional information about the configuration override.","$ref":"#/definitions/propertyBag"}},"required":["configuration","descriptor"]},"conversion":{"description":"Describes how a converter transformed the output of a static analysis tool from the analysis tool\'s native output format into the SARIF format.","additionalProperties":false,"type":"object","properties":{"tool":{"description":"A tool object that describes the converter.","$ref":"#/definitions/tool"},"invocation":{"description":"An invocation object that describes the invocation of the converter.","$ref":"#/definitions/invocation"},"analysisToolLogFiles":{"description":"The locations of the analysis tool\'s per-run log files.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/artifactLocation"}},"properties":{"description":"Key/value pairs that provide additional information about the conversion.","$ref":"#/definitions/propertyBag"}},"required":["tool"]},"edge":{"description":"Represents a directed edge in a graph.","type":"object","additionalProperties":false,"properties":{"id":{"description":"A string that uniquely identifies the edge within its graph.","type":"string"},"label":{"description":"A short description of the edge.","$ref":"#/definitions/message"},"sourceNodeId":{"description":"Identifies the source node (the node at which the edge starts).","type":"string"},"targetNodeId":{"description":"Identifies the target node (the node at which the edge ends).","type":"string"},"properties":{"description":"Key/value pairs that provide additional information about the edge.","$ref":"#/definitions/propertyBag"}},"required":["id","sourceNodeId","targetNodeId"]},"edgeTraversal":{"description":"Represents the traversal of a single edge during a graph traversal.","type":"object","additionalProperties":false,"properties":{"edgeId":{"description":"Identifies the edge being traversed.","type":"string"},"message":{"description":"A message to display to the user as the edge is traversed.","$ref":"#/definitions/message"},"finalState":{"description":"The values of relevant expressions after the edge has been traversed.","type":"object","additionalProperties":{"$ref":"#/definitions/multiformatMessageString"}},"stepOverEdgeCount":{"description":"The number of edge traversals necessary to return from a nested graph.","type":"integer","minimum":0},"properties":{"description":"Key/value pairs that provide additional information about the edge traversal.","$ref":"#/definitions/propertyBag"}},"required":["edgeId"]},"exception":{"description":"Describes a runtime exception encountered during the execution of an analysis tool.","type":"object","additionalProperties":false,"properties":{"kind":{"type":"string","description":"A string that identifies the kind of exception, for example, the fully qualified type name of an object that was thrown, or the symbolic name of a signal."},"message":{"description":"A message that describes the exception.","type":"string"},"stack":{"description":"The sequence of function calls leading to the exception.","$ref":"#/definitions/stack"},"innerExceptions":{"description":"An array of exception objects each of which is considered a cause of this exception.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/exception"}},"properties":{"description":"Key/value pairs that provide additional information about the exception.","$ref":"#/definitions/propertyBag"}}},"externalProperties":{"description":"The top-level element of an external property file.","type":"object","additionalProperties":false,"properties":{"schema":{"description":"The URI of the JSON schema corresponding to the version of the external property file format.","type":"string","format":"uri"},"version":{"description":"The SARIF format version of this external properties object.","enum":["2.1.0"]},"guid":{"description":"A stable, unique identifier for this external properties object, in the form of a GUID.","type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"},"runGuid":{"description":"A stable, unique identifier for the run associated with this external properties object, in the form of a GUID.","type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"},"conversion":{"description":"A conversion object that will be merged with a separate run.","$ref":"#/definitions/conversion"},"graphs":{"description":"An array of graph objects that will be merged with a separate run.","type":"array","minItems":0,"default":[],"uniqueItems":true,"items":{"$ref":"#/definitions/graph"}},"externalizedProperties":{"description":"Key/value pairs that provide additional information that will be merged with a separate run.","$ref":"#/definitions/propertyBag"},"artifacts":{"description":"An array of artifact objects that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":true,"items":{"$ref":"#/definitions/artifact"}},"invocations":{"description":"Describes the invocation of the analysis tool that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/invocation"}},"logicalLocations":{"description":"An array of logical locations such as namespaces, types or functions that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/logicalLocation"}},"threadFlowLocations":{"description":"An array of threadFlowLocation objects that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/threadFlowLocation"}},"results":{"description":"An array of result objects that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/result"}},"taxonomies":{"description":"Tool taxonomies that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/toolComponent"}},"driver":{"description":"The analysis tool object that will be merged with a separate run.","$ref":"#/definitions/toolComponent"},"extensions":{"description":"Tool extensions that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/toolComponent"}},"policies":{"description":"Tool policies that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/toolComponent"}},"translations":{"description":"Tool translations that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/toolComponent"}},"addresses":{"description":"Addresses that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/address"}},"webRequests":{"description":"Requests that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/webRequest"}},"webResponses":{"description":"Responses that will be merged with a separate run.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/webResponse"}},"properties":{"description":"Key/value pairs that provide additional information about the external properties.","$ref":"#/definitions/propertyBag"}}},"externalPropertyFileReference":{"description":"Contains information that enables a SARIF consumer to locate the external property file that contains the value of an externalized property associated with the run.","type":"object","additionalProperties":false,"properties":{"location":{"description":"The location of the external property file.","$ref":"#/definitions/artifactLocation"},"guid":{"description":"A stable, unique identifier for the external property file in the form of a GUID.","type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"},"itemCount":{"description":"A non-negative integer specifying the number of items contained in the external property file.","type":"integer","default":-1,"minimum":-1},"properties":{"description":"Key/value pairs that provide additional information about the external property file.","$ref":"#/definitions/propertyBag"}},"anyOf":[{"required":["location"]},{"required":["guid"]}]},"externalPropertyFileReferences":{"description":"References to external property files that should be inlined with the content of a root log file.","additionalProperties":false,"type":"object","properties":{"conversion":{"description":"An external property file containing a run.conversion object to be merged with the root log file.","$ref":"#/definitions/externalPropertyFileReference"},"graphs":{"description":"An array of external property files containing a run.graphs object to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"externalizedProperties":{"description":"An external property file containing a run.properties object to be merged with the root log file.","$ref":"#/definitions/externalPropertyFileReference"},"artifacts":{"description":"An array of external property files containing run.artifacts arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"invocations":{"description":"An array of external property files containing run.invocations arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"logicalLocations":{"description":"An array of external property files containing run.logicalLocations arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"threadFlowLocations":{"description":"An array of external property files containing run.threadFlowLocations arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"results":{"description":"An array of external property files containing run.results arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"taxonomies":{"description":"An array of external property files containing run.taxonomies arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"addresses":{"description":"An array of external property files containing run.addresses arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"driver":{"description":"An external property file containing a run.driver object to be merged with the root log file.","$ref":"#/definitions/externalPropertyFileReference"},"extensions":{"description":"An array of external property files containing run.extensions arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"policies":{"description":"An array of external property files containing run.policies arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"translations":{"description":"An array of external property files containing run.translations arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"webRequests":{"description":"An array of external property files containing run.requests arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"webResponses":{"description":"An array of external property files containing run.responses arrays to be merged with the root log file.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/externalPropertyFileReference"}},"properties":{"description":"Key/value pairs that provide additional information about the external property files.","$ref":"#/definitions/propertyBag"}}},"fix":{"description":"A proposed fix for the problem represented by a result object. A fix specifies a set of artifacts to modify. For each artifact, it specifies a set of bytes to remove, and provides a set of new bytes to replace them.","additionalProperties":false,"type":"object","properties":{"description":{"description":"A message that describes the proposed fix, enabling viewers to present the proposed change to an end user.","$ref":"#/definitions/message"},"artifactChanges":{"description":"One or more artifact changes that comprise a fix for a result.","type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/definitions/artifactChange"}},"properties":{"description":"Key/value pairs that provide additional information about the fix.","$ref":"#/definitions/propertyBag"}},"required":["artifactChanges"]},"graph":{"description":"A network of nodes and directed edges that describes some aspect of the structure of the code (for example, a call graph).","type":"object","additionalProperties":false,"properties":{"description":{"description":"A description of the graph.","$ref":"#/definitions/message"},"nodes":{"description":"An array of node objects representing the nodes of the graph.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/node"}},"edges":{"description":"An array of edge objects representing the edges of the graph.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/edge"}},"properties":{"description":"Key/value pairs that provide additional information about the graph.","$ref":"#/definitions/propertyBag"}}},"graphTraversal":{"description":"Represents a path through a graph.","type":"object","additionalProperties":false,"properties":{"runGraphIndex":{"description":"The index within the run.graphs to be associated with the result.","type":"integer","default":-1,"minimum":-1},"resultGraphIndex":{"description":"The index within the result.graphs to be associated with the result.","type":"integer","default":-1,"minimum":-1},"description":{"description":"A description of this graph traversal.","$ref":"#/definitions/message"},"initialState":{"description":"Values of relevant expressions at the start of the graph traversal that may change during graph traversal.","type":"object","additionalProperties":{"$ref":"#/definitions/multiformatMessageString"}},"immutableState":{"description":"Values of relevant expressions at the start of the graph traversal that remain constant for the graph traversal.","type":"object","additionalProperties":{"$ref":"#/definitions/multiformatMessageString"}},"edgeTraversals":{"description":"The sequences of edges traversed by this graph traversal.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/edgeTraversal"}},"properties":{"description":"Key/value pairs that provide additional information about the graph traversal.","$ref":"#/definitions/propertyBag"}},"oneOf":[{"required":["runGraphIndex"]},{"required":["resultGraphIndex"]}]},"invocation":{"description":"The runtime environment of the analysis tool run.","additionalProperties":false,"type":"object","properties":{"commandLine":{"description":"The command line used to invoke the tool.","type":"string"},"arguments":{"description":"An array of strings, containing in order the command line arguments passed to the tool from the operating system.","type":"array","minItems":0,"uniqueItems":false,"items":{"type":"string"}},"responseFiles":{"description":"The locations of any response files specified on the tool\'s command line.","type":"array","minItems":0,"uniqueItems":true,"items":{"$ref":"#/definitions/artifactLocation"}},"startTimeUtc":{"description":"The Coordinated Universal Time (UTC) date and time at which the invocation started. See \\"Date/time properties\\" in the SARIF spec for the required format.","type":"string","format":"date-time"},"endTimeUtc":{"description":"The Coordinated Universal Time (UTC) date and time at which the invocation ended. See \\"Date/time properties\\" in the SARIF spec for the required format.","type":"string","format":"date-time"},"exitCode":{"description":"The process exit code.","type":"integer"},"ruleConfigurationOverrides":{"description":"An array of configurationOverride objects that describe rules related runtime overrides.","type":"array","minItems":0,"default":[],"uniqueItems":true,"items":{"$ref":"#/definitions/configurationOverride"}},"notificationConfigurationOverrides":{"description":"An array of configurationOverride objects that describe notifications related runtime overrides.","type":"array","minItems":0,"default":[],"uniqueItems":true,"items":{"$ref":"#/definitions/configurationOverride"}},"toolExecutionNotifications":{"description":"A list of runtime conditions detected by the tool during the analysis.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/notification"}},"toolConfigurationNotifications":{"description":"A list of conditions detected by the tool that are relevant to the tool\'s configuration.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/notification"}},"exitCodeDescription":{"description":"The reason for the process exit.","type":"string"},"exitSignalName":{"description":"The name of the signal that caused the process to exit.","type":"string"},"exitSignalNumber":{"description":"The numeric value of the signal that caused the process to exit.","type":"integer"},"processStartFailureMessage":{"description":"The reason given by the operating system that the process failed to start.","type":"string"},"executionSuccessful":{"description":"Specifies whether the tool\'s execution completed successfully.","type":"boolean"},"machine":{"description":"The machine on which the invocation occurred.","type":"string"},"account":{"description":"The account under which the invocation occurred.","type":"string"},"processId":{"description":"The id of the process in which the invocation occurred.","type":"integer"},"executableLocation":{"description":"An absolute URI specifying the location of the executable that was invoked.","$ref":"#/definitions/artifactLocation"},"workingDirectory":{"description":"The working directory for the invocation.","$ref":"#/definitions/artifactLocation"},"environmentVariables":{"description":"The environment variables associated with the analysis tool process, expressed as key/value pairs.","type":"object","additionalProperties":{"type":"string"}},"stdin":{"description":"A file containing the standard input stream to the process that was invoked.","$ref":"#/definitions/artifactLocation"},"stdout":{"description":"A file containing the standard output stream from the process that was invoked.","$ref":"#/definitions/artifactLocation"},"stderr":{"description":"A file containing the standard error stream from the process that was invoked.","$ref":"#/definitions/artifactLocation"},"stdoutStderr":{"description":"A file containing the interleaved standard output and standard error stream from the process that was invoked.","$ref":"#/definitions/artifactLocation"},"properties":{"description":"Key/value pairs that provide additional information about the invocation.","$ref":"#/definitions/propertyBag"}},"required":["executionSuccessful"]},"location":{"description":"A location within a programming artifact.","additionalProperties":false,"type":"object","properties":{"id":{"description":"Value that distinguishes this location from all other locations within a single result object.","type":"integer","minimum":-1,"default":-1},"physicalLocation":{"description":"Identifies the artifact and region.","$ref":"#/definitions/physicalLocation"},"logicalLocations":{"description":"The logical locations associated with the result.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/logicalLocation"}},"message":{"description":"A message relevant to the location.","$ref":"#/definitions/message"},"annotations":{"description":"A set of regions relevant to the location.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/region"}},"relationships":{"description":"An array of objects that describe relationships between this location and others.","type":"array","default":[],"minItems":0,"uniqueItems":true,"items":{"$ref":"#/definitions/locationRelationship"}},"properties":{"description":"Key/value pairs that provide additional information about the location.","$ref":"#/definitions/propertyBag"}}},"locationRelationship":{"description":"Information about the relation of one location to another.","type":"object","additionalProperties":false,"properties":{"target":{"description":"A reference to the related location.","type":"integer","minimum":0},"kinds":{"description":"A set of distinct strings that categorize the relationship. Well-known kinds include \'includes\', \'isIncludedBy\' and \'relevant\'.","type":"array","default":["relevant"],"uniqueItems":true,"items":{"type":"string"}},"description":{"description":"A description of the location relationship.","$ref":"#/definitions/message"},"properties":{"description":"Key/value pairs that provide additional information about the location relationship.","$ref":"#/definitions/propertyBag"}},"required":["target"]},"logicalLocation":{"description":"A logical location of a construct that produced a result.","additionalProperties":false,"type":"object","properties":{"name":{"description":"Identifies the construct in which the result occurred. For example, this property might contain the name of a class or a method.","type":"string"},"index":{"description":"The index within the logical locations array.","type":"integer","default":-1,"minimum":-1},"fullyQualifiedName":{"description":"The human-readable fully qualified name of the logical location.","type":"string"},"decoratedName":{"description":"The machine-readable name for the logical location, such as a mangled function name provided by a C++ compiler that encodes calling convention, return type and other details along with the function name.","type":"string"},"parentIndex":{"description":"Identifies the index of the immediate parent of the construct in which the result was detected. For example, this property might point to a logical location that represents the namespace that holds a type.","type":"integer","default":-1,"minimum":-1},"kind":{"description":"The type of construct this logical location component refers to. Should be one of \'function\', \'member\', \'module\', \'namespace\', \'parameter\', \'resource\', \'returnType\', \'type\', \'variable\', \'object\', \'array\', \'property\', \'value\', \'element\', \'text\', \'attribute\', \'comment\', \'declaration\', \'dtd\' or \'processingInstruction\', if any of those accurately describe the construct.","type":"string"},"properties":{"description":"Key/value pairs that provide additional information about the logical location.","$ref":"#/definitions/propertyBag"}}},"message":{"description":"Encapsulates a message intended to be read by the end user.","type":"object","additionalProperties":false,"properties":{"text":{"description":"A plain text message string.","type":"string"},"markdown":{"description":"A Markdown message string.","type":"string"},"id":{"description":"The identifier for this message.","type":"string"},"arguments":{"description":"An array of strings to substitute into the message string.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"type":"string"}},"properties":{"description":"Key/value pairs that provide additional information about the message.","$ref":"#/definitions/propertyBag"}},"anyOf":[{"required":["text"]},{"required":["id"]}]},"multiformatMessageString":{"description":"A message string or message format string rendered in multiple formats.","type":"object","additionalProperties":false,"properties":{"text":{"description":"A plain text message string or format string.","type":"string"},"markdown":{"description":"A Markdown message string or format string.","type":"string"},"properties":{"description":"Key/value pairs that provide additional information about the message.","$ref":"#/definitions/propertyBag"}},"required":["text"]},"node":{"description":"Represents a node in a graph.","type":"object","additionalProperties":false,"properties":{"id":{"description":"A string that uniquely identifies the node within its graph.","type":"string"},"label":{"description":"A short description of the node.","$ref":"#/definitions/message"},"location":{"description":"A code location associated with the node.","$ref":"#/definitions/location"},"children":{"description":"Array of child nodes.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/node"}},"properties":{"description":"Key/value pairs that provide additional information about the node.","$ref":"#/definitions/propertyBag"}},"required":["id"]},"notification":{"description":"Describes a condition relevant to the tool itself, as opposed to being relevant to a target being analyzed by the tool.","type":"object","additionalProperties":false,"properties":{"locations":{"description":"The locations relevant to this notification.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/location"}},"message":{"description":"A message that describes the condition that was encountered.","$ref":"#/definitions/message"},"level":{"description":"A value specifying the severity level of the notification.","default":"warning","enum":["none","note","warning","error"]},"threadId":{"description":"The thread identifier of the code that generated the notification.","type":"integer"},"timeUtc":{"description":"The Coordinated Universal Time (UTC) date and time at which the analysis tool generated the notification.","type":"string","format":"date-time"},"exception":{"description":"The runtime exception, if any, relevant to this notification.","$ref":"#/definitions/exception"},"descriptor":{"description":"A reference used to locate the descriptor relevant to this notification.","$ref":"#/definitions/reportingDescriptorReference"},"associatedRule":{"description":"A reference used to locate the rule descriptor associated with this notification.","$ref":"#/definitions/reportingDescriptorReference"},"properties":{"description":"Key/value pairs that provide additional information about the notification.","$ref":"#/definitions/propertyBag"}},"required":["message"]},"physicalLocation":{"description":"A physical location relevant to a result. Specifies a reference to a programming artifact together with a range of bytes or characters within that artifact.","additionalProperties":false,"type":"object","properties":{"address":{"description":"The address of the location.","$ref":"#/definitions/address"},"artifactLocation":{"description":"The location of the artifact.","$ref":"#/definitions/artifactLocation"},"region":{"description":"Specifies a portion of the artifact.","$ref":"#/definitions/region"},"contextRegion":{"description":"Specifies a portion of the artifact that encloses the region. Allows a viewer to display additional context around the region.","$ref":"#/definitions/region"},"properties":{"description":"Key/value pairs that provide additional information about the physical location.","$ref":"#/definitions/propertyBag"}},"anyOf":[{"required":["address"]},{"required":["artifactLocation"]}]},"propertyBag":{"description":"Key/value pairs that provide additional information about the object.","type":"object","additionalProperties":true,"properties":{"tags":{"description":"A set of distinct strings that provide additional information.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"type":"string"}}}},"rectangle":{"description":"An area within an image.","additionalProperties":false,"type":"object","properties":{"top":{"description":"The Y coordinate of the top edge of the rectangle, measured in the image\'s natural units.","type":"number"},"left":{"description":"The X coordinate of the left edge of the rectangle, measured in the image\'s natural units.","type":"number"},"bottom":{"description":"The Y coordinate of the bottom edge of the rectangle, measured in the image\'s natural units.","type":"number"},"right":{"description":"The X coordinate of the right edge of the rectangle, measured in the image\'s natural units.","type":"number"},"message":{"description":"A message relevant to the rectangle.","$ref":"#/definitions/message"},"properties":{"description":"Key/value pairs that provide additional information about the rectangle.","$ref":"#/definitions/propertyBag"}}},"region":{"description":"A region within an artifact where a result was detected.","additionalProperties":false,"type":"object","properties":{"startLine":{"description":"The line number of the first character in the region.","type":"integer","minimum":1},"startColumn":{"description":"The column number of the first character in the region.","type":"integer","minimum":1},"endLine":{"description":"The line number of the last character in the region.","type":"integer","minimum":1},"endColumn":{"description":"The column number of the character following the end of the region.","type":"integer","minimum":1},"charOffset":{"description":"The zero-based offset from the beginning of the artifact of the first character in the region.","type":"integer","default":-1,"minimum":-1},"charLength":{"description":"The length of the region in characters.","type":"integer","minimum":0},"byteOffset":{"description":"The zero-based offset from the beginning of the artifact of the first byte in the region.","type":"integer","default":-1,"minimum":-1},"byteLength":{"description":"The length of the region in bytes.","type":"integer","minimum":0},"snippet":{"description":"The portion of the artifact contents within the specified region.","$ref":"#/definitions/artifactContent"},"message":{"description":"A message relevant to the region.","$ref":"#/definitions/message"},"sourceLanguage":{"description":"Specifies the source language, if any, of the portion of the artifact specified by the region object.","type":"string"},"properties":{"description":"Key/value pairs that provide additional information about the region.","$ref":"#/definitions/propertyBag"}}},"replacement":{"description":"The replacement of a single region of an artifact.","additionalProperties":false,"type":"object","properties":{"deletedRegion":{"description":"The region of the artifact to delete.","$ref":"#/definitions/region"},"insertedContent":{"description":"The content to insert at the location specified by the \'deletedRegion\' property.","$ref":"#/definitions/artifactContent"},"properties":{"description":"Key/value pairs that provide additional information about the replacement.","$ref":"#/definitions/propertyBag"}},"required":["deletedRegion"]},"reportingDescriptor":{"description":"Metadata that describes a specific report produced by the tool, as part of the analysis it provides or its runtime reporting.","additionalProperties":false,"type":"object","properties":{"id":{"description":"A stable, opaque identifier for the report.","type":"string"},"deprecatedIds":{"description":"An array of stable, opaque identifiers by which this report was known in some previous version of the analysis tool.","type":"array","minItems":0,"uniqueItems":true,"items":{"type":"string"}},"guid":{"description":"A unique identifier for the reporting descriptor in the form of a GUID.","type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"},"deprecatedGuids":{"description":"An array of unique identifies in the form of a GUID by which this report was known in some previous version of the analysis tool.","type":"array","minItems":0,"uniqueItems":true,"items":{"type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"}},"name":{"description":"A report identifier that is understandable to an end user.","type":"string"},"deprecatedNames":{"description":"An array of readable identifiers by which this report was known in some previous version of the analysis tool.","type":"array","minItems":0,"uniqueItems":true,"items":{"type":"string"}},"shortDescription":{"description":"A concise description of the report. Should be a single sentence that is understandable when visible space is limited to a single line of text.","$ref":"#/definitions/multiformatMessageString"},"fullDescription":{"description":"A description of the report. Should, as far as possible, provide details sufficient to enable resolution of any problem indicated by the result.","$ref":"#/definitions/multiformatMessageString"},"messageStrings":{"description":"A set of name/value pairs with arbitrary names. Each value is a multiformatMessageString object, which holds message strings in plain text and (optionally) Markdown format. The strings can include placeholders, which can be used to construct a message in combination with an arbitrary number of additional string arguments.","type":"object","additionalProperties":{"$ref":"#/definitions/multiformatMessageString"}},"defaultConfiguration":{"description":"Default reporting configuration information.","$ref":"#/definitions/reportingConfiguration"},"helpUri":{"description":"A URI where the primary documentation for the report can be found.","type":"string","format":"uri"},"help":{"description":"Provides the primary documentation for the report, useful when there is no online documentation.","$ref":"#/definitions/multiformatMessageString"},"relationships":{"description":"An array of objects that describe relationships between this reporting descriptor and others.","type":"array","default":[],"minItems":0,"uniqueItems":true,"items":{"$ref":"#/definitions/reportingDescriptorRelationship"}},"properties":{"description":"Key/value pairs that provide additional information about the report.","$ref":"#/definitions/propertyBag"}},"required":["id"]},"reportingConfiguration":{"description":"Information about a rule or notification that can be configured at runtime.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Specifies whether the report may be produced during the scan.","type":"boolean","default":true},"level":{"description":"Specifies the failure level for the report.","default":"warning","enum":["none","note","warning","error"]},"rank":{"description":"Specifies the relative priority of the report. Used for analysis output only.","type":"number","default":-1,"minimum":-1,"maximum":100},"parameters":{"description":"Contains configuration information specific to a report.","$ref":"#/definitions/propertyBag"},"properties":{"description":"Key/value pairs that provide additional information about the reporting configuration.","$ref":"#/definitions/propertyBag"}}},"reportingDescriptorReference":{"description":"Information about how to locate a relevant reporting descriptor.","type":"object","additionalProperties":false,"properties":{"id":{"description":"The id of the descriptor.","type":"string"},"index":{"description":"The index into an array of descriptors in toolComponent.ruleDescriptors, toolComponent.notificationDescriptors, or toolComponent.taxonomyDescriptors, depending on context.","type":"integer","default":-1,"minimum":-1},"guid":{"description":"A guid that uniquely identifies the descriptor.","type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"},"toolComponent":{"description":"A reference used to locate the toolComponent associated with the descriptor.","$ref":"#/definitions/toolComponentReference"},"properties":{"description":"Key/value pairs that provide additional information about the reporting descriptor reference.","$ref":"#/definitions/propertyBag"}},"anyOf":[{"required":["index"]},{"required":["guid"]},{"required":["id"]}]},"reportingDescriptorRelationship":{"description":"Information about the relation of one reporting descriptor to another.","type":"object","additionalProperties":false,"properties":{"target":{"description":"A reference to the related reporting descriptor.","$ref":"#/definitions/reportingDescriptorReference"},"kinds":{"description":"A set of distinct strings that categorize the relationship. Well-known kinds include \'canPrecede\', \'canFollow\', \'willPrecede\', \'willFollow\', \'superset\', \'subset\', \'equal\', \'disjoint\', \'relevant\', and \'incomparable\'.","type":"array","default":["relevant"],"uniqueItems":true,"items":{"type":"string"}},"description":{"description":"A description of the reporting descriptor relationship.","$ref":"#/definitions/message"},"properties":{"description":"Key/value pairs that provide additional information about the reporting descriptor reference.","$ref":"#/definitions/propertyBag"}},"required":["target"]},"result":{"description":"A result produced by an analysis tool.","additionalProperties":false,"type":"object","properties":{"ruleId":{"description":"The stable, unique identifier of the rule, if any, to which this result is relevant.","type":"string"},"ruleIndex":{"description":"The index within the tool component rules array of the rule object associated with this result.","type":"integer","default":-1,"minimum":-1},"rule":{"description":"A reference used to locate the rule descriptor relevant to this result.","$ref":"#/definitions/reportingDescriptorReference"},"kind":{"description":"A value that categorizes results by evaluation state.","default":"fail","enum":["notApplicable","pass","fail","review","open","informational"]},"level":{"description":"A value specifying the severity level of the result.","default":"warning","enum":["none","note","warning","error"]},"message":{"description":"A message that describes the result. The first sentence of the message only will be displayed when visible space is limited.","$ref":"#/definitions/message"},"analysisTarget":{"description":"Identifies the artifact that the analysis tool was instructed to scan. This need not be the same as the artifact where the result actually occurred.","$ref":"#/definitions/artifactLocation"},"locations":{"description":"The set of locations where the result was detected. Specify only one location unless the problem indicated by the result can only be corrected by making a change at every specified location.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/location"}},"guid":{"description":"A stable, unique identifier for the result in the form of a GUID.","type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"},"correlationGuid":{"description":"A stable, unique identifier for the equivalence class of logically identical results to which this result belongs, in the form of a GUID.","type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"},"occurrenceCount":{"description":"A positive integer specifying the number of times this logically unique result was observed in this run.","type":"integer","minimum":1},"partialFingerprints":{"description":"A set of strings that contribute to the stable, unique identity of the result.","type":"object","additionalProperties":{"type":"string"}},"fingerprints":{"description":"A set of strings each of which individually defines a stable, unique identity for the result.","type":"object","additionalProperties":{"type":"string"}},"stacks":{"description":"An array of \'stack\' objects relevant to the result.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/stack"}},"codeFlows":{"description":"An array of \'codeFlow\' objects relevant to the result.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/codeFlow"}},"graphs":{"description":"An array of zero or more unique graph objects associated with the result.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/graph"}},"graphTraversals":{"description":"An array of one or more unique \'graphTraversal\' objects.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/graphTraversal"}},"relatedLocations":{"description":"A set of locations relevant to this result.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/location"}},"suppressions":{"description":"A set of suppressions relevant to this result.","type":"array","minItems":0,"uniqueItems":true,"items":{"$ref":"#/definitions/suppression"}},"baselineState":{"description":"The state of a result relative to a baseline of a previous run.","enum":["new","unchanged","updated","absent"]},"rank":{"description":"A number representing the priority or importance of the result.","type":"number","default":-1,"minimum":-1,"maximum":100},"attachments":{"description":"A set of artifacts relevant to the result.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/attachment"}},"hostedViewerUri":{"description":"An absolute URI at which the result can be viewed.","type":"string","format":"uri"},"workItemUris":{"description":"The URIs of the work items associated with this result.","type":"array","minItems":0,"uniqueItems":true,"items":{"type":"string","format":"uri"}},"provenance":{"description":"Information about how and when the result was detected.","$ref":"#/definitions/resultProvenance"},"fixes":{"description":"An array of \'fix\' objects, each of which represents a proposed fix to the problem indicated by the result.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/fix"}},"taxa":{"description":"An array of references to taxonomy reporting descriptors that are applicable to the result.","type":"array","default":[],"minItems":0,"uniqueItems":true,"items":{"$ref":"#/definitions/reportingDescriptorReference"}},"webRequest":{"description":"A web request associated with this result.","$ref":"#/definitions/webRequest"},"webResponse":{"description":"A web response associated with this result.","$ref":"#/definitions/webResponse"},"properties":{"description":"Key/value pairs that provide additional information about the result.","$ref":"#/definitions/propertyBag"}},"required":["message"]},"resultProvenance":{"description":"Contains information about how and when a result was detected.","additionalProperties":false,"type":"object","properties":{"firstDetectionTimeUtc":{"description":"The Coordinated Universal Time (UTC) date and time at which the result was first detected. See \\"Date/time properties\\" in the SARIF spec for the required format.","type":"string","format":"date-time"},"lastDetectionTimeUtc":{"description":"The Coordinated Universal Time (UTC) date and time at which the result was most recently detected. See \\"Date/time properties\\" in the SARIF spec for the required format.","type":"string","format":"date-time"},"firstDetectionRunGuid":{"description":"A GUID-valued string equal to the automationDetails.guid property of the run in which the result was first detected.","type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"},"lastDetectionRunGuid":{"description":"A GUID-valued string equal to the automationDetails.guid property of the run in which the result was most recently detected.","type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"},"invocationIndex":{"description":"The index within the run.invocations array of the invocation object which describes the tool invocation that detected the result.","type":"integer","default":-1,"minimum":-1},"conversionSources":{"description":"An array of physicalLocation objects which specify the portions of an analysis tool\'s output that a converter transformed into the result.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/physicalLocation"}},"properties":{"description":"Key/value pairs that provide additional information about the result.","$ref":"#/definitions/propertyBag"}}},"run":{"description":"Describes a single run of an analysis tool, and contains the reported output of that run.","additionalProperties":false,"type":"object","properties":{"tool":{"description":"Information about the tool or tool pipeline that generated the results in this run. A run can only contain results produced by a single tool or tool pipeline. A run can aggregate results from multiple log files, as long as context around the tool run (tool command-line arguments and the like) is identical for all aggregated files.","$ref":"#/definitions/tool"},"invocations":{"description":"Describes the invocation of the analysis tool.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/invocation"}},"conversion":{"description":"A conversion object that describes how a converter transformed an analysis tool\'s native reporting format into the SARIF format.","$ref":"#/definitions/conversion"},"language":{"description":"The language of the messages emitted into the log file during this run (expressed as an ISO 639-1 two-letter lowercase culture code) and an optional region (expressed as an ISO 3166-1 two-letter uppercase subculture code associated with a country or region). The casing is recommended but not required (in order for this data to conform to RFC5646).","type":"string","default":"en-US","pattern":"^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$"},"versionControlProvenance":{"description":"Specifies the revision in version control of the artifacts that were scanned.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/versionControlDetails"}},"originalUriBaseIds":{"description":"The artifact location specified by each uriBaseId symbol on the machine where the tool originally ran.","type":"object","additionalProperties":{"$ref":"#/definitions/artifactLocation"}},"artifacts":{"description":"An array of artifact objects relevant to the run.","type":"array","minItems":0,"uniqueItems":true,"items":{"$ref":"#/definitions/artifact"}},"logicalLocations":{"description":"An array of logical locations such as namespaces, types or functions.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/logicalLocation"}},"graphs":{"description":"An array of zero or more unique graph objects associated with the run.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/graph"}},"results":{"description":"The set of results contained in an SARIF log. The results array can be omitted when a run is solely exporting rules metadata. It must be present (but may be empty) if a log file represents an actual scan.","type":"array","minItems":0,"uniqueItems":false,"items":{"$ref":"#/definitions/result"}},"automationDetails":{"description":"Automation details that describe this run.","$ref":"#/definitions/runAutomationDetails"},"runAggregates":{"description":"Automation details that describe the aggregate of runs to which this run belongs.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/runAutomationDetails"}},"baselineGuid":{"description":"The \'guid\' property of a previous SARIF \'run\' that comprises the baseline that was used to compute result \'baselineState\' properties for the run.","type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"},"redactionTokens":{"description":"An array of strings used to replace sensitive information in a redaction-aware property.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"type":"string"}},"defaultEncoding":{"description":"Specifies the default encoding for any artifact object that refers to a text file.","type":"string"},"defaultSourceLanguage":{"description":"Specifies the default source language for any artifact object that refers to a text file that contains source code.","type":"string"},"newlineSequences":{"description":"An ordered list of character sequences that were treated as line breaks when computing region information for the run.","type":"array","minItems":1,"uniqueItems":true,"default":["\\r\\n","\\n"],"items":{"type":"string"}},"columnKind":{"description":"Specifies the unit in which the tool measures columns.","enum":["utf16CodeUnits","unicodeCodePoints"]},"externalPropertyFileReferences":{"description":"References to external property files that should be inlined with the content of a root log file.","$ref":"#/definitions/externalPropertyFileReferences"},"threadFlowLocations":{"description":"An array of threadFlowLocation objects cached at run level.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/threadFlowLocation"}},"taxonomies":{"description":"An array of toolComponent objects relevant to a taxonomy in which results are categorized.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/toolComponent"}},"addresses":{"description":"Addresses associated with this run instance, if any.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"$ref":"#/definitions/address"}},"translations":{"description":"The set of available translations of the localized data provided by the tool.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/toolComponent"}},"policies":{"description":"Contains configurations that may potentially override both reportingDescriptor.defaultConfiguration (the tool\'s default severities) and invocation.configurationOverrides (severities established at run-time from the command line).","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/toolComponent"}},"webRequests":{"description":"An array of request objects cached at run level.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/webRequest"}},"webResponses":{"description":"An array of response objects cached at run level.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/webResponse"}},"specialLocations":{"description":"A specialLocations object that defines locations of special significance to SARIF consumers.","$ref":"#/definitions/specialLocations"},"properties":{"description":"Key/value pairs that provide additional information about the run.","$ref":"#/definitions/propertyBag"}},"required":["tool"]},"runAutomationDetails":{"description":"Information that describes a run\'s identity and role within an engineering system process.","additionalProperties":false,"type":"object","properties":{"description":{"description":"A description of the identity and role played within the engineering system by this object\'s containing run object.","$ref":"#/definitions/message"},"id":{"description":"A hierarchical string that uniquely identifies this object\'s containing run object.","type":"string"},"guid":{"description":"A stable, unique identifier for this object\'s containing run object in the form of a GUID.","type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"},"correlationGuid":{"description":"A stable, unique identifier for the equivalence class of runs to which this object\'s containing run object belongs in the form of a GUID.","type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"},"properties":{"description":"Key/value pairs that provide additional information about the run automation details.","$ref":"#/definitions/propertyBag"}}},"specialLocations":{"description":"Defines locations of special significance to SARIF consumers.","type":"object","additionalProperties":false,"properties":{"displayBase":{"description":"Provides a suggestion to SARIF consumers to display file paths relative to the specified location.","$ref":"#/definitions/artifactLocation"},"properties":{"description":"Key/value pairs that provide additional information about the special locations.","$ref":"#/definitions/propertyBag"}}},"stack":{"description":"A call stack that is relevant to a result.","additionalProperties":false,"type":"object","properties":{"message":{"description":"A message relevant to this call stack.","$ref":"#/definitions/message"},"frames":{"description":"An array of stack frames that represents a sequence of calls, rendered in reverse chronological order, that comprise the call stack.","type":"array","minItems":0,"uniqueItems":false,"items":{"$ref":"#/definitions/stackFrame"}},"properties":{"description":"Key/value pairs that provide additional information about the stack.","$ref":"#/definitions/propertyBag"}},"required":["frames"]},"stackFrame":{"description":"A function call within a stack trace.","additionalProperties":false,"type":"object","properties":{"location":{"description":"The location to which this stack frame refers.","$ref":"#/definitions/location"},"module":{"description":"The name of the module that contains the code of this stack frame.","type":"string"},"threadId":{"description":"The thread identifier of the stack frame.","type":"integer"},"parameters":{"description":"The parameters of the call that is executing.","type":"array","minItems":0,"uniqueItems":false,"default":[],"items":{"type":"string","default":[]}},"properties":{"description":"Key/value pairs that provide additional information about the stack frame.","$ref":"#/definitions/propertyBag"}}},"suppression":{"description":"A suppression that is relevant to a result.","additionalProperties":false,"type":"object","properties":{"guid":{"description":"A stable, unique identifier for the suppression in the form of a GUID.","type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"},"kind":{"description":"A string that indicates where the suppression is persisted.","enum":["inSource","external"]},"status":{"description":"A string that indicates the review status of the suppression.","enum":["accepted","underReview","rejected"]},"justification":{"description":"A string representing the justification for the suppression.","type":"string"},"location":{"description":"Identifies the location associated with the suppression.","$ref":"#/definitions/location"},"properties":{"description":"Key/value pairs that provide additional information about the suppression.","$ref":"#/definitions/propertyBag"}},"required":["kind"]},"threadFlow":{"description":"Describes a sequence of code locations that specify a path through a single thread of execution such as an operating system or fiber.","type":"object","additionalProperties":false,"properties":{"id":{"description":"An string that uniquely identifies the threadFlow within the codeFlow in which it occurs.","type":"string"},"message":{"description":"A message relevant to the thread flow.","$ref":"#/definitions/message"},"initialState":{"description":"Values of relevant expressions at the start of the thread flow that may change during thread flow execution.","type":"object","additionalProperties":{"$ref":"#/definitions/multiformatMessageString"}},"immutableState":{"description":"Values of relevant expressions at the start of the thread flow that remain constant.","type":"object","additionalProperties":{"$ref":"#/definitions/multiformatMessageString"}},"locations":{"description":"A temporally ordered array of \'threadFlowLocation\' objects, each of which describes a location visited by the tool while producing the result.","type":"array","minItems":1,"uniqueItems":false,"items":{"$ref":"#/definitions/threadFlowLocation"}},"properties":{"description":"Key/value pairs that provide additional information about the thread flow.","$ref":"#/definitions/propertyBag"}},"required":["locations"]},"threadFlowLocation":{"description":"A location visited by an analysis tool while simulating or monitoring the execution of a program.","additionalProperties":false,"type":"object","properties":{"index":{"description":"The index within the run threadFlowLocations array.","type":"integer","default":-1,"minimum":-1},"location":{"description":"The code location.","$ref":"#/definitions/location"},"stack":{"description":"The call stack leading to this location.","$ref":"#/definitions/stack"},"kinds":{"description":"A set of distinct strings that categorize the thread flow location. Well-known kinds include \'acquire\', \'release\', \'enter\', \'exit\', \'call\', \'return\', \'branch\', \'implicit\', \'false\', \'true\', \'caution\', \'danger\', \'unknown\', \'unreachable\', \'taint\', \'function\', \'handler\', \'lock\', \'memory\', \'resource\', \'scope\' and \'value\'.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"type":"string"}},"taxa":{"description":"An array of references to rule or taxonomy reporting descriptors that are applicable to the thread flow location.","type":"array","default":[],"minItems":0,"uniqueItems":true,"items":{"$ref":"#/definitions/reportingDescriptorReference"}},"module":{"description":"The name of the module that contains the code that is executing.","type":"string"},"state":{"description":"A dictionary, each of whose keys specifies a variable or expression, the associated value of which represents the variable or expression value. For an annotation of kind \'continuation\', for example, this dictionary might hold the current assumed values of a set of global variables.","type":"object","additionalProperties":{"$ref":"#/definitions/multiformatMessageString"}},"nestingLevel":{"description":"An integer representing a containment hierarchy within the thread flow.","type":"integer","minimum":0},"executionOrder":{"description":"An integer representing the temporal order in which execution reached this location.","type":"integer","default":-1,"minimum":-1},"executionTimeUtc":{"description":"The Coordinated Universal Time (UTC) date and time at which this location was executed.","type":"string","format":"date-time"},"importance":{"description":"Specifies the importance of this location in understanding the code flow in which it occurs. The order from most to least important is \\"essential\\", \\"important\\", \\"unimportant\\". Default: \\"important\\".","enum":["important","essential","unimportant"],"default":"important"},"webRequest":{"description":"A web request associated with this thread flow location.","$ref":"#/definitions/webRequest"},"webResponse":{"description":"A web response associated with this thread flow location.","$ref":"#/definitions/webResponse"},"properties":{"description":"Key/value pairs that provide additional information about the threadflow location.","$ref":"#/definitions/propertyBag"}}},"tool":{"description":"The analysis tool that was run.","additionalProperties":false,"type":"object","properties":{"driver":{"description":"The analysis tool that was run.","$ref":"#/definitions/toolComponent"},"extensions":{"description":"Tool extensions that contributed to or reconfigured the analysis tool that was run.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/toolComponent"}},"properties":{"description":"Key/value pairs that provide additional information about the tool.","$ref":"#/definitions/propertyBag"}},"required":["driver"]},"toolComponent":{"description":"A component, such as a plug-in or the driver, of the analysis tool that was run.","additionalProperties":false,"type":"object","properties":{"guid":{"description":"A unique identifier for the tool component in the form of a GUID.","type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"},"name":{"description":"The name of the tool component.","type":"string"},"organization":{"description":"The organization or company that produced the tool component.","type":"string"},"product":{"description":"A product suite to which the tool component belongs.","type":"string"},"productSuite":{"description":"A localizable string containing the name of the suite of products to which the tool component belongs.","type":"string"},"shortDescription":{"description":"A brief description of the tool component.","$ref":"#/definitions/multiformatMessageString"},"fullDescription":{"description":"A comprehensive description of the tool component.","$ref":"#/definitions/multiformatMessageString"},"fullName":{"description":"The name of the tool component along with its version and any other useful identifying information, such as its locale.","type":"string"},"version":{"description":"The tool component version, in whatever format the component natively provides.","type":"string"},"semanticVersion":{"description":"The tool component version in the format specified by Semantic Versioning 2.0.","type":"string"},"dottedQuadFileVersion":{"description":"The binary version of the tool component\'s primary executable file expressed as four non-negative integers separated by a period (for operating systems that express file versions in this way).","type":"string","pattern":"[0-9]+(\\\\.[0-9]+){3}"},"releaseDateUtc":{"description":"A string specifying the UTC date (and optionally, the time) of the component\'s release.","type":"string"},"downloadUri":{"description":"The absolute URI from which the tool component can be downloaded.","type":"string","format":"uri"},"informationUri":{"description":"The absolute URI at which information about this version of the tool component can be found.","type":"string","format":"uri"},"globalMessageStrings":{"description":"A dictionary, each of whose keys is a resource identifier and each of whose values is a multiformatMessageString object, which holds message strings in plain text and (optionally) Markdown format. The strings can include placeholders, which can be used to construct a message in combination with an arbitrary number of additional string arguments.","type":"object","additionalProperties":{"$ref":"#/definitions/multiformatMessageString"}},"notifications":{"description":"An array of reportingDescriptor objects relevant to the notifications related to the configuration and runtime execution of the tool component.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/reportingDescriptor"}},"rules":{"description":"An array of reportingDescriptor objects relevant to the analysis performed by the tool component.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/reportingDescriptor"}},"taxa":{"description":"An array of reportingDescriptor objects relevant to the definitions of both standalone and tool-defined taxonomies.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/reportingDescriptor"}},"locations":{"description":"An array of the artifactLocation objects associated with the tool component.","type":"array","minItems":0,"default":[],"items":{"$ref":"#/definitions/artifactLocation"}},"language":{"description":"The language of the messages emitted into the log file during this run (expressed as an ISO 639-1 two-letter lowercase language code) and an optional region (expressed as an ISO 3166-1 two-letter uppercase subculture code associated with a country or region). The casing is recommended but not required (in order for this data to conform to RFC5646).","type":"string","default":"en-US","pattern":"^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$"},"contents":{"description":"The kinds of data contained in this object.","type":"array","uniqueItems":true,"default":["localizedData","nonLocalizedData"],"items":{"enum":["localizedData","nonLocalizedData"]}},"isComprehensive":{"description":"Specifies whether this object contains a complete definition of the localizable and/or non-localizable data for this component, as opposed to including only data that is relevant to the results persisted to this log file.","type":"boolean","default":false},"localizedDataSemanticVersion":{"description":"The semantic version of the localized strings defined in this component; maintained by components that provide translations.","type":"string"},"minimumRequiredLocalizedDataSemanticVersion":{"description":"The minimum value of localizedDataSemanticVersion required in translations consumed by this component; used by components that consume translations.","type":"string"},"associatedComponent":{"description":"The component which is strongly associated with this component. For a translation, this refers to the component which has been translated. For an extension, this is the driver that provides the extension\'s plugin model.","$ref":"#/definitions/toolComponentReference"},"translationMetadata":{"description":"Translation metadata, required for a translation, not populated by other component types.","$ref":"#/definitions/translationMetadata"},"supportedTaxonomies":{"description":"An array of toolComponentReference objects to declare the taxonomies supported by the tool component.","type":"array","minItems":0,"uniqueItems":true,"default":[],"items":{"$ref":"#/definitions/toolComponentReference"}},"properties":{"description":"Key/value pairs that provide additional information about the tool component.","$ref":"#/definitions/propertyBag"}},"required":["name"]},"toolComponentReference":{"description":"Identifies a particular toolComponent object, either the driver or an extension.","type":"object","additionalProperties":false,"properties":{"name":{"description":"The \'name\' property of the referenced toolComponent.","type":"string"},"index":{"description":"An index into the referenced toolComponent in tool.extensions.","type":"integer","default":-1,"minimum":-1},"guid":{"description":"The \'guid\' property of the referenced toolComponent.","type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"},"properties":{"description":"Key/value pairs that provide additional information about the toolComponentReference.","$ref":"#/definitions/propertyBag"}}},"translationMetadata":{"description":"Provides additional metadata related to translation.","type":"object","additionalProperties":false,"properties":{"name":{"description":"The name associated with the translation metadata.","type":"string"},"fullName":{"description":"The full name associated with the translation metadata.","type":"string"},"shortDescription":{"description":"A brief description of the translation metadata.","$ref":"#/definitions/multiformatMessageString"},"fullDescription":{"description":"A comprehensive description of the translation metadata.","$ref":"#/definitions/multiformatMessageString"},"downloadUri":{"description":"The absolute URI from which the translation metadata can be downloaded.","type":"string","format":"uri"},"informationUri":{"description":"The absolute URI from which information related to the translation metadata can be downloaded.","type":"string","format":"uri"},"properties":{"description":"Key/value pairs that provide additional information about the translation metadata.","$ref":"#/definitions/propertyBag"}},"required":["name"]},"versionControlDetails":{"description":"Specifies the information necessary to retrieve a desired revision from a version control system.","type":"object","additionalProperties":false,"properties":{"repositoryUri":{"description":"The absolute URI of the repository.","type":"string","format":"uri"},"revisionId":{"description":"A string that uniquely and permanently identifies the revision within the repository.","type":"string"},"branch":{"description":"The name of a branch containing the revision.","type":"string"},"revisionTag":{"description":"A tag that has been applied to the revision.","type":"string"},"asOfTimeUtc":{"description":"A Coordinated Universal Time (UTC) date and time that can be used to synchronize an enlistment to the state of the repository at that time.","type":"string","format":"date-time"},"mappedTo":{"description":"The location in the local file system to which the root of the repository was mapped at the time of the analysis.","$ref":"#/definitions/artifactLocation"},"properties":{"description":"Key/value pairs that provide additional information about the version control details.","$ref":"#/definitions/propertyBag"}},"required":["repositoryUri"]},"webRequest":{"description":"Describes an HTTP request.","type":"object","additionalProperties":false,"properties":{"index":{"description":"The index within the run.webRequests array of the request object associated with this result.","type":"integer","default":-1,"minimum":-1},"protocol":{"description":"The request protocol. Example: \'http\'.","type":"string"},"version":{"description":"The request version. Example: \'1.1\'.","type":"string"},"target":{"description":"The target of the request.","type":"string"},"method":{"description":"The HTTP method. Well-known values are \'GET\', \'PUT\', \'POST\', \'DELETE\', \'PATCH\', \'HEAD\', \'OPTIONS\', \'TRACE\', \'CONNECT\'.","type":"string"},"headers":{"description":"The request headers.","type":"object","additionalProperties":{"type":"string"}},"parameters":{"description":"The request parameters.","type":"object","additionalProperties":{"type":"string"}},"body":{"description":"The body of the request.","$ref":"#/definitions/artifactContent"},"properties":{"description":"Key/value pairs that provide additional information about the request.","$ref":"#/definitions/propertyBag"}}},"webResponse":{"description":"Describes the response to an HTTP request.","type":"object","additionalProperties":false,"properties":{"index":{"description":"The index within the run.webResponses array of the response object associated with this result.","type":"integer","default":-1,"minimum":-1},"protocol":{"description":"The response protocol. Example: \'http\'.","type":"string"},"version":{"description":"The response version. Example: \'1.1\'.","type":"string"},"statusCode":{"description":"The response status code. Example: 451.","type":"integer"},"reasonPhrase":{"description":"The response reason. Example: \'Not found\'.","type":"string"},"headers":{"description":"The response headers.","type":"object","additionalProperties":{"type":"string"}},"body":{"description":"The body of the response.","$ref":"#/definitions/artifactContent"},"noResponseReceived":{"description":"Specifies whether a response was received from the server.","type":"boolean","default":false},"properties":{"description":"Key/value pairs that provide additional information about the response.","$ref":"#/definitions/propertyBag"}}}}}');
// EXTERNAL MODULE: ./build/src/ssot/schema-registry.js + 12 modules
var schema_registry = __webpack_require__(7506);
;// CONCATENATED MODULE: ./build/src/gates/g2/vulnerabilities/report-schemas.js







/** At most this many schema problems are reported per file. */
const MAX_PROBLEMS = 20;
const compiled = new Map();
function validator(format) {
    let fn = compiled.get(format);
    if (!fn) {
        if (format === 'sarif-2.1.0') {
            // The official schema has one pattern that is not valid with the `u` flag; formats are informative here.
            const ajv = new dist["default"]({
                strict: false,
                allErrors: true,
                validateFormats: false,
                unicodeRegExp: false,
            });
            fn = ajv.compile(sarif_2_1_0_rtm_5_namespaceObject);
        }
        else {
            fn = (0,schema_registry/* getAjv */.qD)().compile(format === 'npm-audit-v2'
                ? npm_audit_v2_schema_namespaceObject
                : format === 'pip-audit'
                    ? pip_audit_schema_namespaceObject
                    : osv_scanner_schema_namespaceObject);
        }
        compiled.set(format, fn);
    }
    return fn;
}
/** Throws every schema problem (file and JSON pointer each) when the report breaks its format's schema. */
function assertReportValid(format, report, file) {
    const fn = validator(format);
    if (fn(report))
        return;
    const problems = (0,schema_registry/* describeAjvErrors */.mq)(fn.errors ?? [], report, file, fn.schema).map((p) => ({
        ...p,
        message: `Not a valid ${format} report: ${p.message}`,
    }));
    throw new errors/* InputErrors */.G(problems.slice(0, MAX_PROBLEMS));
}

;// CONCATENATED MODULE: ./build/src/gates/g2/vulnerabilities/reports.js


const SEVERITY_RANK = {
    unknown: -1,
    low: 1,
    medium: 2,
    high: 3,
    critical: 4,
};
const reports_isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const strings = (v) => Array.isArray(v) ? v.filter((s) => typeof s === 'string') : [];
const unique = (values) => [...new Set(values.filter((v) => v !== ''))];
/** Advisory ids: CVE, GHSA, PYSEC, GO, RUSTSEC, OSV and the like. Grype's SARIF rule ids append the package (CVE-2021-1234-requests). */
const VULN_ID = /(CVE-\d{4}-\d{4,}|GHSA(?:-[23456789cfghjmpqrvwx]{4}){3}|PYSEC-\d{4}-\d+|GO-\d{4}-\d+|RUSTSEC-\d{4}-\d+|OSV-\d{4}-\d+)/i;
/**
 * Recognises a scanner report by its top-level properties; the format's
 * schema then checks the rest. An unknown shape is an error that lists the
 * formats modelgate reads.
 */
function detectFormat(report, file) {
    if (reports_isObject(report)) {
        if ('auditReportVersion' in report)
            return 'npm-audit-v2';
        if ('runs' in report && 'version' in report)
            return 'sarif-2.1.0';
        if ('dependencies' in report)
            return 'pip-audit';
        if ('results' in report)
            return 'osv-scanner';
    }
    throw new errors/* InputError */.dz({
        file,
        message: 'Unrecognised vulnerability report',
        expected: 'npm audit --json (auditReportVersion 2), pip-audit -f json, OSV-Scanner JSON, or SARIF 2.1.0',
        found: reports_isObject(report)
            ? `an object with keys ${Object.keys(report).slice(0, 6).join(', ')}`
            : Array.isArray(report)
                ? 'an array'
                : typeof report,
    });
}
/** npm's levels are info, low, moderate, high, critical: info is rated low. */
function severityOf(raw) {
    const s = String(raw ?? '').toLowerCase();
    if (s === 'critical')
        return 'critical';
    if (s === 'high')
        return 'high';
    if (s === 'moderate' || s === 'medium')
        return 'medium';
    if (s === 'low' || s === 'info')
        return 'low';
    return 'unknown';
}
/** CVSS score to band, as GitHub rates SARIF `security-severity`. */
function severityFromScore(score) {
    if (!(score > 0))
        return 'unknown';
    if (score >= 9)
        return 'critical';
    if (score >= 7)
        return 'high';
    if (score >= 4)
        return 'medium';
    return 'low';
}
/** Validates a report against its format's schema, then reads its findings. */
function parseReport(report, file) {
    const format = detectFormat(report, file);
    assertReportValid(format, report, file);
    const source = `${file} (${format})`;
    const r = report;
    switch (format) {
        case 'npm-audit-v2':
            return { format, findings: parseNpmAudit(r, source), unaudited: [] };
        case 'pip-audit':
            return { format, ...parsePipAudit(r, source) };
        case 'osv-scanner':
            return { format, findings: parseOsvScanner(r, source), unaudited: [] };
        case 'sarif-2.1.0':
            return { format, findings: parseSarif(r, file), unaudited: [] };
    }
}
function parseNpmAudit(r, source) {
    const findings = [];
    for (const [name, v] of Object.entries(r.vulnerabilities)) {
        const fix = v.fixAvailable;
        const fixedVersions = reports_isObject(fix)
            ? [`${String(fix.name)}@${String(fix.version)}${fix.isSemVerMajor ? ' (semver-major)' : ''}`]
            : fix === true
                ? ['npm audit fix']
                : [];
        for (const via of v.via) {
            if (!reports_isObject(via))
                continue; // a package name: the advisory is reported under that package
            const url = String(via.url ?? '');
            const ghsa = VULN_ID.exec(url)?.[0];
            findings.push({
                id: ghsa ?? `npm-advisory-${String(via.source)}`,
                aliases: ghsa ? [`npm-advisory-${String(via.source)}`] : [],
                package: String(via.name ?? name),
                version: String(via.range ?? v.range ?? ''),
                fixedVersions,
                severity: severityOf(via.severity),
                title: String(via.title ?? ''),
                source,
            });
        }
    }
    return findings;
}
function parsePipAudit(r, source) {
    const findings = [];
    const unaudited = [];
    for (const d of r.dependencies) {
        if (typeof d.skip_reason === 'string')
            unaudited.push(`${String(d.name)}: ${d.skip_reason}`);
        for (const v of d.vulns ?? []) {
            findings.push({
                id: String(v.id),
                aliases: strings(v.aliases),
                package: String(d.name),
                version: String(d.version ?? ''),
                fixedVersions: strings(v.fix_versions),
                severity: 'unknown',
                title: String(v.description ?? '').slice(0, 200),
                source,
            });
        }
    }
    return { findings, unaudited };
}
/** PyPI-style name normalisation, so "Pillow" matches "pillow" and "ruamel_yaml" matches "ruamel.yaml". */
const normaliseName = (name) => name.toLowerCase().replace(/[-_.]+/g, '-');
function parseOsvScanner(r, source) {
    const findings = [];
    for (const result of r.results) {
        for (const p of result.packages) {
            const pkg = p.package;
            const groups = p.groups ??
                [];
            for (const v of p.vulnerabilities ?? []) {
                const id = String(v.id);
                const group = groups.find((g) => g.ids.includes(id));
                const score = Number(group?.max_severity);
                const dbSeverity = severityOf(v.database_specific?.severity);
                // The fixed versions of this package: affected[].ranges[].events[].fixed.
                const affected = (v.affected ?? []).filter((a) => {
                    const ap = a.package;
                    return (!ap ||
                        ((ap.name === undefined ||
                            normaliseName(String(ap.name)) === normaliseName(String(pkg.name))) &&
                            (ap.ecosystem === undefined ||
                                pkg.ecosystem === undefined ||
                                ap.ecosystem === pkg.ecosystem)));
                });
                const fixed = affected.flatMap((a) => (a.ranges ?? []).flatMap((range) => range.events.map((e) => (typeof e.fixed === 'string' ? e.fixed : ''))));
                findings.push({
                    id,
                    aliases: unique([...strings(v.aliases), ...(group?.aliases ?? [])]).filter((a) => a !== id),
                    package: String(pkg.name),
                    version: String(pkg.version ?? ''),
                    fixedVersions: unique(fixed),
                    severity: Number.isFinite(score) && score > 0 ? severityFromScore(score) : dbSeverity,
                    title: String(v.summary ?? ''),
                    source,
                });
            }
        }
    }
    return findings;
}
/** name and version from a package URL (pkg:type/namespace/name@version?qualifiers#subpath). */
function fromPurl(purl) {
    const m = /^pkg:([^/]+)\/(.+?)(?:@([^?#]*))?(?:[?#].*)?$/.exec(purl);
    if (!m)
        return undefined;
    const parts = m[2].split('/').map((s) => decodeURIComponent(s));
    const name = m[1] === 'npm' && parts.length > 1 ? parts.slice(-2).join('/') : parts[parts.length - 1];
    return { name, version: m[3] ? decodeURIComponent(m[3]) : '' };
}
/** "Label: value" from a scanner's text (Trivy's message, Grype's help), up to the end of the line. */
function field(text, label) {
    const m = new RegExp(`(?:^|\\n)\\s*${label.source}:[ \\t]*([^\\n]*)`, 'i').exec(text);
    const value = m?.[1]?.trim();
    return value ? value : undefined;
}
/**
 * SARIF 2.1.0 (Trivy, Grype, CodeQL...). Rules are looked up in the driver
 * and in tool.extensions (CodeQL --sarif-group-rules-by-pack), by ruleIndex,
 * rule.index with rule.toolComponent, or id. Severity comes from the rule's
 * `security-severity` (a CVSS score), else the result's level. Results whose
 * kind is not "fail", or with an accepted suppression, are reported as
 * suppressed, not as findings.
 */
function parseSarif(r, file) {
    const findings = [];
    const bad = (pointer, expected, found) => new errors/* InputError */.dz({
        file,
        pointer,
        message: 'The SARIF result does not resolve to a rule',
        expected,
        found: JSON.stringify(found) ?? 'nothing',
    });
    for (const [i, run] of r.runs.entries()) {
        const tool = run.tool;
        const driver = tool.driver;
        const extensions = tool.extensions ?? [];
        const components = [driver, ...extensions];
        const rulesOf = (c) => c.rules ?? [];
        const source = `${file} (SARIF from ${String(driver.name)})`;
        for (const [j, res] of (run.results ?? []).entries()) {
            const at = `/runs/${i}/results/${j}`;
            const ref = res.rule;
            let component = driver;
            const tc = ref?.toolComponent;
            if (tc) {
                if (typeof tc.index === 'number' && tc.index >= 0) {
                    const ext = extensions[tc.index];
                    if (!ext)
                        throw bad(`${at}/rule/toolComponent/index`, `an index into runs/${i}/tool/extensions (${extensions.length} entries)`, tc.index);
                    component = ext;
                }
                else if (tc.guid !== undefined || tc.name !== undefined) {
                    const found = components.find((c) => (tc.guid !== undefined && c.guid === tc.guid) ||
                        (tc.guid === undefined && c.name === tc.name));
                    if (!found)
                        throw bad(`${at}/rule/toolComponent`, 'the name or guid of the driver or an extension', tc.guid ?? tc.name);
                    component = found;
                }
            }
            const index = typeof ref?.index === 'number' && ref.index >= 0
                ? ref.index
                : typeof res.ruleIndex === 'number' && res.ruleIndex >= 0
                    ? res.ruleIndex
                    : undefined;
            let rule;
            if (index !== undefined) {
                rule = rulesOf(component)[index];
                if (!rule)
                    throw bad(ref?.index !== undefined ? `${at}/rule/index` : `${at}/ruleIndex`, `an index into the rules of ${String(component.name)} (${rulesOf(component).length} rules)`, index);
            }
            const ruleId = res.ruleId ??
                ref?.id ??
                rule?.id;
            if (ruleId === undefined)
                throw bad(at, 'a result that names its rule (ruleId, ruleIndex or rule)', 'none of them');
            if (!rule) {
                const byId = (id) => rulesOf(component).find((x) => x.id === id) ??
                    components.flatMap(rulesOf).find((x) => x.id === id);
                // A hierarchical id ("CA2101/1") names a sub-rule of its first component.
                rule = byId(ruleId) ?? byId(ruleId.split('/')[0]);
            }
            const props = (rule?.properties ?? {});
            const resultProps = (res.properties ?? {});
            const score = Number(props['security-severity'] ?? resultProps['security-severity']);
            const level = String(res.level ?? rule?.defaultConfiguration?.level ?? 'warning');
            const severity = Number.isFinite(score) && score > 0
                ? severityFromScore(score)
                : level === 'error'
                    ? 'high'
                    : level === 'warning'
                        ? 'medium'
                        : level === 'note'
                            ? 'low'
                            : 'unknown';
            const message = String(res.message?.text ?? '');
            const help = String(rule?.help?.text ?? '');
            // Package and version: Grype's purls property first, then the "Package:" lines Trivy and Grype write.
            const purl = strings(props.purls)[0] ?? strings(resultProps.purls)[0];
            const fromProps = purl ? fromPurl(purl) : undefined;
            const fixed = field(message, /Fix(?:ed)? Version/) ?? field(help, /Fix(?:ed)? Version/) ?? '';
            const vulnId = VULN_ID.exec(ruleId)?.[0];
            const kind = String(res.kind ?? 'fail');
            const suppressions = Array.isArray(res.suppressions) ? res.suppressions : [];
            // As the SARIF SDK reads them: suppressed unless one suppression is under review or rejected (an absent status counts as accepted).
            const suppressedBy = suppressions.length > 0 &&
                suppressions.every((s) => s.status === undefined || s.status === 'accepted')
                ? suppressions[0]
                : undefined;
            findings.push({
                id: vulnId ?? ruleId,
                aliases: vulnId && vulnId !== ruleId ? [ruleId] : [],
                package: fromProps?.name ?? field(message, /Package/) ?? field(help, /Package/) ?? '',
                version: fromProps?.version ?? field(message, /Installed Version/) ?? field(help, /Version/) ?? '',
                fixedVersions: fixed
                    .split(',')
                    .map((s) => s.trim())
                    .filter(Boolean),
                severity,
                title: String(rule?.shortDescription?.text ?? message.split('\n')[0] ?? '').slice(0, 200),
                source,
                ...(kind !== 'fail'
                    ? { suppressed: `kind "${kind}": not a failure` }
                    : suppressedBy
                        ? {
                            suppressed: `suppressed in the report (${String(suppressedBy.kind ?? 'external')}${suppressedBy.justification ? `: ${String(suppressedBy.justification).slice(0, 120)}` : ''})`,
                        }
                        : {}),
            });
        }
    }
    return findings;
}
/** True when an allowlist entry names the finding: its id or one of its aliases (CVE for a GHSA, and so on), case-insensitively. */
function allowEntryFor(f, allowlist) {
    const names = new Set([f.id, ...f.aliases].map((s) => s.toUpperCase()));
    return allowlist.find((a) => names.has(a.id.toUpperCase()));
}
/** Applies the policy: severity bands, the rule for unrated findings, and the allowlist (an entry is valid through its expiry date). */
function judgeFindings(findings, policy, today) {
    const limit = policy.maxSeverity === 'none' ? 0 : SEVERITY_RANK[policy.maxSeverity];
    return findings.map((f) => {
        const effective = f.severity === 'unknown'
            ? policy.unknownSeverity === 'ignore'
                ? 'ignored'
                : policy.unknownSeverity
            : f.severity;
        if (f.suppressed)
            return { ...f, effectiveSeverity: effective, allowed: 'suppressed', blocking: false };
        const entry = allowEntryFor(f, policy.allowlist);
        const over = effective !== 'ignored' && SEVERITY_RANK[effective] > limit;
        if (!over)
            return { ...f, effectiveSeverity: effective, allowed: 'within policy', blocking: false };
        if (entry && entry.expires >= today)
            return {
                ...f,
                effectiveSeverity: effective,
                allowed: 'allowlisted',
                blocking: false,
                allowEntry: entry,
            };
        if (entry)
            return {
                ...f,
                effectiveSeverity: effective,
                allowed: 'expired',
                blocking: true,
                allowEntry: entry,
            };
        return { ...f, effectiveSeverity: effective, allowed: 'no', blocking: true };
    });
}
/** Throws for an expiry that is not a real calendar date (2025-02-30), naming its JSON pointer. */
function assertCalendarDates(allowlist, file, pointer) {
    for (const [i, a] of allowlist.entries()) {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(a.expires);
        const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
        if (!d || d.toISOString().slice(0, 10) !== a.expires) {
            throw new errors/* InputError */.dz({
                file,
                pointer: `${pointer}/${i}/expires`,
                message: 'Not a calendar date',
                expected: 'a real date YYYY-MM-DD (the entry is valid through that day, UTC)',
                found: JSON.stringify(a.expires),
            });
        }
    }
}

;// CONCATENATED MODULE: ./build/src/gates/g2/vulnerabilities/checks.js




/**
 * Reads the team's scanner reports and judges them against the SSOT policy:
 * the highest allowed severity, the rating of unrated findings, and the
 * allowlist (whose expired entries fail).
 */
async function judgeVulnerabilities(ctx, v, securityFile, today) {
    const policy = {
        maxSeverity: v.maxSeverity ?? 'medium',
        unknownSeverity: v.unknownSeverity ?? 'high',
        allowlist: v.allowlist ?? [],
    };
    assertCalendarDates(policy.allowlist, securityFile, '/vulnerabilities/allowlist');
    const checks = [];
    const reports = [];
    let judged = [];
    const unaudited = [];
    for (const path of v.reports ?? []) {
        const absolute = ctx.ssot.resolveRepoPath(path, 'vulnerability report');
        const display = ctx.workspace.display(absolute);
        let text;
        try {
            text = await (0,promises_.readFile)(absolute, 'utf8');
        }
        catch (error) {
            throw (0,file_errors/* unreadableFile */._)(error, display, 'a vulnerability report');
        }
        const parsed = parseReport((0,json_file/* parseJsonText */.l)(text, display), display);
        unaudited.push(...parsed.unaudited.map((u) => `${display}: ${u}`));
        reports.push(await ctx.describeFile(absolute, 'vulnerability-report'));
        judged = judged.concat(judgeFindings(parsed.findings, policy, today));
    }
    if ((v.reports ?? []).length > 0) {
        const blocking = judged.filter((f) => f.blocking);
        const counted = judged.filter((f) => f.allowed !== 'suppressed');
        const suppressed = judged.length - counted.length;
        const suppressedNote = suppressed
            ? `; ${suppressed} more the reports mark as not failures or suppressed`
            : '';
        checks.push({
            id: 'G2.vulnerabilities.max_severity',
            rule: 'max_severity',
            value: blocking.length,
            operator: '<=',
            threshold: 0,
            unit: 'findings',
            status: blocking.length ? 'fail' : 'pass',
            severity: 'block',
            message: blocking.length
                ? `${blocking.length} findings above ${policy.maxSeverity} without a valid allowlist entry: ${blocking
                    .slice(0, 5)
                    .map((f) => `${f.id} (${f.effectiveSeverity}, ${f.package || 'no package'})`)
                    .join(', ')}${suppressedNote}`
                : `no finding above ${policy.maxSeverity} outside the allowlist (${counted.length} findings in all${suppressedNote})`,
            source: { file: securityFile, pointer: '/vulnerabilities/maxSeverity' },
            details: { findings: counted.length, suppressed },
        });
        checks.push({
            id: 'G2.vulnerabilities.audited',
            rule: 'dependencies_audited',
            value: unaudited.length,
            operator: '<=',
            threshold: 0,
            unit: 'dependencies',
            status: unaudited.length ? 'fail' : 'pass',
            severity: 'block',
            message: unaudited.length
                ? `the scanner skipped ${unaudited.length} dependencies, so "no findings" would mean nothing: ${unaudited.slice(0, 3).join('; ')}`
                : 'every dependency in the reports was audited',
        });
        const unknown = counted.filter((f) => f.severity === 'unknown').length;
        if (unknown)
            checks.push({
                id: 'G2.vulnerabilities.unknown_severity',
                rule: 'unknown_severity',
                value: unknown,
                unit: 'findings',
                status: 'pass',
                severity: 'block',
                message: `${unknown} findings have no severity; rated ${policy.unknownSeverity} (vulnerabilities.unknownSeverity)`,
                source: { file: securityFile, pointer: '/vulnerabilities/unknownSeverity' },
            });
    }
    const expired = policy.allowlist.filter((a) => a.expires < today);
    if (policy.allowlist.length > 0) {
        checks.push({
            id: 'G2.vulnerabilities.allowlist_expiry',
            rule: 'allowlist_expiry',
            value: expired.length,
            operator: '<=',
            threshold: 0,
            unit: 'entries',
            status: expired.length ? 'fail' : 'pass',
            severity: 'block',
            message: expired.length
                ? `expired allowlist entries: ${expired.map((a) => `${a.id} (expired ${a.expires}, owner ${a.owner})`).join(', ')}`
                : 'every allowlist entry is current',
            source: { file: securityFile, pointer: '/vulnerabilities/allowlist' },
        });
    }
    return { checks, judged, reports };
}
/** The report's findings table: ids, severity, package, fixed version and allowlist status. */
function findingsTable(judged) {
    return {
        title: 'Vulnerability findings',
        columns: ['id', 'severity', 'rated', 'package', 'version', 'fixed in', 'allowlist', 'source'],
        rows: judged.map((f) => [
            f.id,
            f.severity,
            f.effectiveSeverity,
            f.package,
            f.version,
            f.fixedVersions.join(', '),
            f.suppressed ? `suppressed: ${f.suppressed}` : f.allowed,
            f.source,
        ]),
    };
}

;// CONCATENATED MODULE: ./build/src/gates/g2/index.js










/**
 * G2 Security Review: signatures over every piece of release material (the
 * model, the model card, the SSOT snapshot), the team's vulnerability reports
 * against the SSOT policy, and model files scanned without loading them. The
 * evidence subject is the signed model, and the evidence carries a digest
 * manifest of what the signatures vouch for, for G5 and rollback.
 */
const g2 = {
    id: 'G2',
    options: {
        [TRUSTED_KEYS_OPTION]: 'fingerprints (sha256:<hex> of the DER public key) of the keys in ssot/security.json whose signatures count; the trusted-keys input sets it',
    },
    async run(ctx) {
        const config = await ctx.ssot.json('security.json', 'security');
        const securityFile = ctx.ssot.display('security.json');
        const model = await ctx.ssot.model();
        const checks = [];
        // Keys, pinned by the workflow's trusted-keys when it sets them
        const pins = parseTrustedKeys(ctx.inputs.options[TRUSTED_KEYS_OPTION]);
        const keys = await loadKeys(config.keys, securityFile, pins, async (path, what) => {
            const absolute = ctx.ssot.resolveRepoPath(path, what);
            const display = ctx.workspace.display(absolute);
            try {
                return { text: await (0,promises_.readFile)(absolute, 'utf8'), display };
            }
            catch (error) {
                throw (0,file_errors/* unreadableFile */._)(error, display, `a PEM ${what}`);
            }
        });
        // Signatures and OMS bundles; only verified ones by trusted keys vouch for files
        const signed = await verifySignatures(ctx, config.releaseMaterial ?? [], config.modelSignatures ?? [], keys, securityFile);
        checks.push(...signed.checks);
        // Coverage: the subject model, the model card and the SSOT snapshot, by digest
        const subjectModel = ctx.inputs.model
            ? ctx.workspace.resolve(ctx.inputs.model, 'model')
            : ctx.ssot.resolveRepoPath(model.paths.model, 'model');
        const subject = await ctx.describeFile(subjectModel, 'model');
        const material = await requiredMaterial(ctx, model, subjectModel, signed.signatureFiles);
        checks.push(coverageCheck(material, signed.vouched, securityFile));
        checks.push(subjectModelCheck(subject, signed.vouched, ctx.inputs.model !== undefined));
        checks.push(trustedKeysCheck(keys, pins, signed.usedKeyIds, securityFile));
        const manifest = buildManifest(signed.vouched, material.required);
        // Vulnerabilities
        const vulns = await judgeVulnerabilities(ctx, config.vulnerabilities ?? {}, securityFile, new Date().toISOString().slice(0, 10));
        checks.push(...vulns.checks);
        // Model files: the model, all release material and every file of each OMS-signed folder, recognised by content.
        const scanPolicy = { ...DEFAULT_SCAN_POLICY, ...config.modelScan };
        const targets = await scanTargets(subjectModel, (config.releaseMaterial ?? []).map((m) => ctx.ssot.resolveRepoPath(m.path, 'release material')), (config.modelSignatures ?? []).map((o) => ctx.ssot.resolveRepoPath(o.modelPath, 'signed model folder')), (absolute) => ctx.workspace.display(absolute));
        const scans = await scanAll(targets, scanPolicy);
        for (const [i, scan] of scans.entries())
            checks.push(scanCheck(scan, scanPolicy, targets[i].origin));
        const status = (0,outcome/* decideStatus */.x7)(checks, 0);
        const artifacts = [
            ...manifest.map((m) => ({ role: m.role, path: m.path, sha256: m.sha256, bytes: m.bytes })),
            ...(await Promise.all(signed.bundles.map((b) => ctx.describeFile(b, 'oms-bundle')))),
            ...vulns.reports,
        ];
        return {
            status,
            summary: `${manifest.length} signed artifacts, ${vulns.judged.filter((f) => !f.suppressed).length} vulnerability findings, ${scanSummary(scans)}; ${(0,outcome/* describeCounts */.wv)(checks)}`,
            subject: { model: subject, data: [], artifacts },
            checks,
            problems: [],
            report: {
                model: { name: model.name, version: model.version ?? null },
                manifest,
                tables: [
                    {
                        title: 'Release manifest',
                        columns: ['path', 'role', 'sha256', 'bytes', 'key', 'signed by'],
                        rows: manifest.map((m) => [
                            m.path,
                            m.role,
                            m.sha256,
                            m.bytes,
                            `${m.keyId} (${m.keyFingerprint})`,
                            m.signature,
                        ]),
                    },
                    findingsTable(vulns.judged),
                    scanTable(scans),
                ],
            },
        };
    },
};


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

/***/ 45:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B$: () => (/* binding */ ZipLimitError),
/* harmony export */   Is: () => (/* binding */ unsafeEntryName),
/* harmony export */   PA: () => (/* binding */ ZipFormatError),
/* harmony export */   XM: () => (/* binding */ findEndRecords),
/* harmony export */   x5: () => (/* binding */ readZipDirectory)
/* harmony export */ });
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);

/** A zip that cannot be read: names what is wrong and where. */
class ZipFormatError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ZipFormatError';
    }
}
/** The archive has more entries than the caller allows: as its end record declares (checked before the directory is read), or as its directory really holds. */
class ZipLimitError extends ZipFormatError {
    count;
    declared;
    constructor(count, declared, limit) {
        super(declared
            ? `the archive declares ${count} entries, over the limit of ${limit}`
            : `the archive holds more than ${limit} entries (its directory goes on past entry ${count})`);
        this.count = count;
        this.declared = declared;
        this.name = 'ZipLimitError';
    }
}
const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** The central directory is read into memory; larger ones are refused. */
const MAX_DIRECTORY_BYTES = 256 * 1024 * 1024;
/** The bytes 0x80-0xFF of code page 437, which zipfile uses for names not flagged as UTF-8. */
const CP437_HIGH = 'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';
const view = (b) => new DataView(b.buffer, b.byteOffset, b.byteLength);
const u64 = (v, at) => {
    const n = v.getBigUint64(at, true);
    if (n > BigInt(Number.MAX_SAFE_INTEGER))
        throw new ZipFormatError(`a ZIP64 value of ${n} bytes`);
    return Number(n);
};
const utf8 = new TextDecoder('utf-8');
function cp437(b) {
    let out = '';
    for (const c of b)
        out += c < 0x80 ? String.fromCharCode(c) : CP437_HIGH[c - 0x80];
    return out;
}
const decodeName = (raw, flags) => flags & 0x800 ? utf8.decode(raw) : cp437(raw);
/**
 * Where the end-of-central-directory records are, or undefined when there is
 * none. zipfile's pick comes first; `others` are records another reader
 * picks instead, which can describe a different set of files.
 */
function findEndRecords(source) {
    if (source.size < EOCD_SIZE)
        return undefined;
    const tailStart = Math.max(0, source.size - MAX_COMMENT - EOCD_SIZE);
    const tail = source.read(tailStart, source.size - tailStart);
    const tv = view(tail);
    const signature = (i) => tail[i] === 0x50 && tail[i + 1] === 0x4b && tail[i + 2] === 0x05 && tail[i + 3] === 0x06;
    let zipfile;
    const last = tail.length - EOCD_SIZE;
    if (signature(last) && tv.getUint16(last + 20, true) === 0)
        zipfile = last;
    else {
        // rfind: the last signature wherever it is; too close to the end to hold a record, and zipfile finds no zip.
        for (let i = tail.length - 4; i >= 0; i--) {
            if (!signature(i))
                continue;
            if (i <= last)
                zipfile = i;
            break;
        }
    }
    const others = [];
    let lenient = false;
    for (let i = last; i >= 0; i--) {
        if (!signature(i))
            continue;
        const end = i + EOCD_SIZE + tv.getUint16(i + 20, true);
        if (end === tail.length || (!lenient && end <= tail.length)) {
            if (i !== zipfile && !others.includes(tailStart + i))
                others.push(tailStart + i);
        }
        if (end <= tail.length)
            lenient = true;
    }
    if (zipfile === undefined && others.length === 0)
        return undefined;
    return { zipfile: zipfile === undefined ? undefined : tailStart + zipfile, others };
}
/**
 * Reads the central directory the end record at `at` describes (ZIP64
 * included), as zipfile does. Throws ZipFormatError when zipfile would
 * refuse the archive, and ZipLimitError when the archive declares, or its
 * directory holds, more than `maxEntries` entries.
 */
function readZipDirectory(source, at, maxEntries = Number.MAX_SAFE_INTEGER) {
    const record = source.read(at, EOCD_SIZE);
    if (record.length < EOCD_SIZE || view(record).getUint32(0, true) !== EOCD)
        throw new ZipFormatError(`no end-of-central-directory record at byte ${at}`);
    const rv = view(record);
    let thisDisk = rv.getUint16(8, true);
    let total = rv.getUint16(10, true);
    let cdSize = rv.getUint32(12, true);
    let cdOffset = rv.getUint32(16, true);
    let zip64Bytes = 0;
    if (at >= 20) {
        const locator = view(source.read(at - 20, 20));
        if (locator.getUint32(0, true) === EOCD64_LOCATOR) {
            if (locator.getUint32(4, true) !== 0 || locator.getUint32(16, true) > 1)
                throw new ZipFormatError('an archive that spans several disks');
            // The ZIP64 end record is read right before its locator; without one there, zipfile keeps the plain end record.
            const record64 = at >= 76 ? source.read(at - 76, 56) : new Uint8Array(0);
            if (record64.length === 56 && view(record64).getUint32(0, true) === EOCD64) {
                const v = view(record64);
                thisDisk = u64(v, 24);
                total = u64(v, 32);
                cdSize = u64(v, 40);
                cdOffset = u64(v, 48);
                zip64Bytes = 76;
            }
        }
    }
    if (total > maxEntries)
        throw new ZipLimitError(total, true, maxEntries);
    if (cdSize > MAX_DIRECTORY_BYTES)
        throw new ZipFormatError(`a central directory of ${cdSize} bytes (more than ${MAX_DIRECTORY_BYTES})`);
    const prefix = at - cdSize - cdOffset - zip64Bytes;
    const startDir = cdOffset + prefix;
    if (startDir < 0)
        throw new ZipFormatError(`the central directory (offset ${cdOffset}, ${cdSize} bytes) does not fit before its end record`);
    const cd = source.read(startDir, cdSize);
    const cv = view(cd);
    const entries = [];
    for (let p = 0; p < cdSize;) {
        const i = entries.length;
        if (p + 46 > cd.length)
            throw new ZipFormatError(`the central directory is truncated at entry ${i}`);
        if (cv.getUint32(p, true) !== CENTRAL)
            throw new ZipFormatError(`corrupt central directory at entry ${i}`);
        if (i >= maxEntries)
            throw new ZipLimitError(i, false, maxEntries);
        const flags = cv.getUint16(p + 8, true);
        const nameLength = cv.getUint16(p + 28, true);
        const extraLength = cv.getUint16(p + 30, true);
        const commentLength = cv.getUint16(p + 32, true);
        // Like zipfile's reads from the directory's bytes, a name or extra field that runs past them is cut short.
        const rawName = cd.subarray(p + 46, p + 46 + nameLength);
        const extra = cd.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength);
        let compressedSize = cv.getUint32(p + 20, true);
        let size = cv.getUint32(p + 24, true);
        let local = cv.getUint32(p + 42, true);
        const fullName = decodeName(rawName, flags);
        const otherNames = [];
        const ev = view(extra);
        for (let e = 0; e + 4 <= extra.length;) {
            const id = ev.getUint16(e, true);
            const len = ev.getUint16(e + 2, true);
            if (e + 4 + len > extra.length)
                throw new ZipFormatError(`entry ${i}: corrupt extra field 0x${id.toString(16).padStart(4, '0')}`);
            if (id === 0x0001) {
                // ZIP64 extended information: the 8-byte values of the fields set to 0xFFFFFFFF, in this order.
                let q = e + 4;
                const next = () => {
                    if (q + 8 > e + 4 + len)
                        throw new ZipFormatError(`entry ${i}: a corrupt ZIP64 extra field`);
                    q += 8;
                    return u64(ev, q - 8);
                };
                if (size === 0xffffffff)
                    size = next();
                if (compressedSize === 0xffffffff)
                    compressedSize = next();
                if (local === 0xffffffff)
                    local = next();
            }
            else if (id === 0x7075 &&
                len >= 5 &&
                ev.getUint8(e + 4) === 1 &&
                ev.getUint32(e + 5, true) === (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.crc32)(rawName)) {
                const unicode = extra.subarray(e + 9, e + 4 + len);
                if (unicode.length)
                    otherNames.push(utf8.decode(unicode));
            }
            e += 4 + len;
        }
        const nul = fullName.indexOf('\0');
        const name = nul < 0 ? fullName : fullName.slice(0, nul);
        if (nul >= 0)
            otherNames.push(fullName);
        const entry = {
            name,
            otherNames: otherNames.filter((n) => n !== name),
            method: cv.getUint16(p + 10, true),
            flags,
            compressedSize,
            size,
            dataStart: 0,
        };
        readLocalHeader(source, entry, local + prefix, fullName);
        entries.push(entry);
        p += 46 + nameLength + extraLength + commentLength;
    }
    return { entries, prefix, declared: { thisDisk, total } };
}
/** Finds an entry's data past its local header, as ZipFile.open does, or says why it cannot. */
function readLocalHeader(source, entry, at, directoryName) {
    const header = at >= 0 ? source.read(at, 30) : new Uint8Array(0);
    if (header.length < 30 || view(header).getUint32(0, true) !== LOCAL) {
        entry.problem = `no local header at byte ${at}, where the directory puts it`;
        return;
    }
    const hv = view(header);
    const nameLength = hv.getUint16(26, true);
    entry.dataStart = at + 30 + nameLength + hv.getUint16(28, true);
    const localName = decodeName(source.read(at + 30, nameLength), hv.getUint16(6, true));
    if (localName !== directoryName)
        entry.localName = localName;
}
/** Why an entry name could write or read outside the folder it is extracted into, or undefined. */
function unsafeEntryName(name) {
    if (name.includes('\\'))
        return 'a backslash (a Windows path separator)';
    if (/^[A-Za-z]:/.test(name))
        return 'a drive letter';
    if (name.startsWith('/'))
        return 'an absolute path';
    if (name.split('/').includes('..'))
        return 'a ".." component';
    if (name.includes('\0'))
        return 'a NUL byte';
    return undefined;
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

/***/ 83682:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wr: () => (/* binding */ signFile),
/* harmony export */   YP: () => (/* binding */ verifyFileSignature),
/* harmony export */   ee: () => (/* binding */ parsePublicKey),
/* harmony export */   su: () => (/* binding */ assertSignatureEncoding),
/* harmony export */   tB: () => (/* binding */ verifyBlob),
/* harmony export */   xd: () => (/* binding */ decodeSignature),
/* harmony export */   yy: () => (/* binding */ keyFingerprint)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68081);
/* harmony import */ var _io_file_digest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69227);
/* harmony import */ var _io_file_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24480);





/**
 * Key-based blob signatures, offline:
 * - ecdsa-p256-sha256 is what `cosign sign-blob --key` writes: the base64 of
 *   a DER-encoded ECDSA P-256 signature over the SHA-256 of the file. It is
 *   verified while the file streams through SHA-256, so any size works;
 * - ed25519 is a base64 Ed25519 signature over the file's bytes (Ed25519
 *   hashes internally; `openssl pkeyutl -sign -rawin` makes one). Pure EdDSA
 *   needs the whole message at once, so it is limited to ED25519_MAX_BYTES.
 */
/** The most Node reads into one buffer (2 GiB - 1 byte): the largest file an Ed25519 signature can cover here. */
const ED25519_MAX_BYTES = 2 ** 31 - 1;
/**
 * Parses a PEM public key and checks it fits the algorithm; names the curve it
 * found otherwise. A private key is an error that says it must not be in the
 * repository; the key itself is never printed.
 */
function parsePublicKey(pem, algorithm, where) {
    const labels = [...pem.matchAll(/-----BEGIN ([A-Z0-9 ]+)-----/g)].map((m) => m[1]);
    if (labels.some((l) => l.includes('PRIVATE KEY'))) {
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
            ...where,
            message: 'This is a private key: a private key must never be committed to the repository. Remove it (and from the git history), rotate the key, and give the public key here (openssl pkey -in key.pem -pubout)',
            expected: 'a "-----BEGIN PUBLIC KEY-----" block',
            found: `a "-----BEGIN ${labels.find((l) => l.includes('PRIVATE KEY'))}-----" block (not shown)`,
        });
    }
    if (labels.length > 0 && labels[0] !== 'PUBLIC KEY') {
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
            ...where,
            message: 'Not a PEM public key',
            expected: 'a "-----BEGIN PUBLIC KEY-----" block (SubjectPublicKeyInfo)',
            found: `a "-----BEGIN ${labels[0]}-----" block`,
        });
    }
    let key;
    try {
        key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(pem);
    }
    catch (error) {
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
            ...where,
            message: 'Not a PEM public key',
            expected: 'a "-----BEGIN PUBLIC KEY-----" block (SubjectPublicKeyInfo)',
            found: error.message.split('\n')[0] ?? 'unreadable key',
        });
    }
    checkKeyType(key, algorithm, where);
    return key;
}
/** `sha256:<hex>` of the key's DER SubjectPublicKeyInfo: `openssl pkey -pubin -in key.pub -outform DER | sha256sum`. */
function keyFingerprint(key) {
    const spki = (key.type === 'private' ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key) : key).export({
        type: 'spki',
        format: 'der',
    });
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(spki).digest('hex')}`;
}
function checkKeyType(key, algorithm, where) {
    const type = key.asymmetricKeyType;
    const curve = key.asymmetricKeyDetails?.namedCurve;
    if (algorithm === 'ed25519' && type !== 'ed25519')
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
            ...where,
            message: 'The key does not match its algorithm',
            expected: 'an Ed25519 key',
            found: curve ? `${type} on ${curve}` : String(type),
        });
    if (algorithm === 'ecdsa-p256-sha256' && !(type === 'ec' && curve === 'prime256v1')) {
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
            ...where,
            message: 'The key does not match its algorithm',
            expected: 'an ECDSA key on P-256 (prime256v1)',
            found: curve ? `${type} on ${curve}` : String(type),
        });
    }
}
/** Decodes a signature file: base64 text, whitespace allowed; empty or non-base64 is an error. */
function decodeSignature(text, where) {
    const clean = text.replace(/\s+/g, '');
    if (clean === '')
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
            file: where,
            message: 'The signature file is empty',
            expected: 'a base64 signature',
            found: 'an empty file',
        });
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(clean) || clean.length % 4 === 1) {
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
            file: where,
            message: 'The signature is not base64',
            expected: 'a base64 signature (as cosign sign-blob writes)',
            found: JSON.stringify(clean.slice(0, 24)),
        });
    }
    return Buffer.from(clean, 'base64');
}
/** True when `sig` is a DER ECDSA-Sig-Value: SEQUENCE { INTEGER r, INTEGER s }, nothing after it. */
function isDerEcdsa(sig) {
    if (sig.length < 8 || sig[0] !== 0x30 || sig[1] >= 0x80 || sig[1] + 2 !== sig.length)
        return false;
    let at = 2;
    for (let i = 0; i < 2; i++) {
        if (sig[at] !== 0x02)
            return false;
        const len = sig[at + 1];
        if (len === 0 || len >= 0x80 || at + 2 + len > sig.length)
            return false;
        at += 2 + len;
    }
    return at === sig.length;
}
/**
 * A P-256 signature must be DER. A 64-byte value that is not DER is the raw
 * r||s form (IEEE P1363, what WebCrypto and some HSMs write): an encoding
 * error, not a bad signature. Other lengths are left to verification, which
 * fails them (a truncated signature, for example).
 */
function assertSignatureEncoding(sig, algorithm, where) {
    if (algorithm === 'ecdsa-p256-sha256' && sig.length === 64 && !isDerEcdsa(sig)) {
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
            ...where,
            message: 'The ECDSA signature is raw r||s, expected DER (as cosign writes)',
            expected: 'a DER ECDSA signature (openssl dgst -sha256 -sign, cosign sign-blob)',
            found: '64 bytes of raw r||s (IEEE P1363)',
        });
    }
}
/** True when `signature` signs `data` under `key`. A malformed or truncated signature is simply invalid. */
function verifyBlob(data, signature, key, algorithm) {
    try {
        return algorithm === 'ed25519'
            ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(null, data, key, signature)
            : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)('sha256', data, key, signature);
    }
    catch {
        return false;
    }
}
/**
 * Verifies a signature over a file and digests it in the same read, so the
 * digest the manifest records is the one the signature covers. P-256 streams
 * (any size); Ed25519 reads the file whole, up to ED25519_MAX_BYTES.
 */
async function verifyFileSignature(absolute, display, signature, key, algorithm) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    try {
        if (algorithm === 'ed25519') {
            const data = await readWhole(absolute, display);
            hash.update(data);
            return {
                valid: verifyBlob(data, signature, key, algorithm),
                sha256: hash.digest('hex'),
                bytes: data.length,
            };
        }
        const verifier = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createVerify)('sha256');
        const bytes = await (0,_io_file_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .forEachChunk */ .q$)(absolute, (chunk) => {
            verifier.update(chunk);
            hash.update(chunk);
        });
        let valid;
        try {
            valid = verifier.verify(key, signature);
        }
        catch {
            valid = false;
        }
        return { valid, sha256: hash.digest('hex'), bytes };
    }
    catch (error) {
        if (error instanceof _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz)
            throw error;
        throw (0,_io_file_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .unreadableFile */ ._)(error, display, 'a file to verify');
    }
}
/** Reads a file for Ed25519, refusing files over the limit with an error that names it. */
async function readWhole(absolute, display) {
    const { size } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(absolute);
    if (size > ED25519_MAX_BYTES) {
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
            file: display,
            message: `Too large for an ed25519 signature: Ed25519 (pure EdDSA) signs the whole file in one piece, and modelgate reads at most ${ED25519_MAX_BYTES} bytes (2 GiB - 1) at once. Sign large files with an ecdsa-p256-sha256 key (cosign) or an OpenSSF model-signing bundle`,
            expected: `at most ${ED25519_MAX_BYTES} bytes`,
            found: `${size} bytes`,
        });
    }
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(absolute);
}
/** Signs a file like `cosign sign-blob --key` (P-256, streamed) or with Ed25519; returns the base64 signature and the key's fingerprint. */
async function signFile(absolute, display, privateKeyPem, keyFile) {
    let key;
    try {
        key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)(privateKeyPem);
    }
    catch (error) {
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
            file: keyFile,
            message: 'Not a PEM private key',
            expected: 'an unencrypted PEM private key (PKCS#8 or SEC1)',
            found: error.message.split('\n')[0] ?? 'unreadable key',
        });
    }
    const fingerprint = keyFingerprint(key);
    try {
        if (key.asymmetricKeyType === 'ed25519')
            return {
                signature: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)(null, await readWhole(absolute, display), key).toString('base64'),
                algorithm: 'ed25519',
                fingerprint,
            };
        checkKeyType(key, 'ecdsa-p256-sha256', { file: keyFile });
        const signer = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createSign)('sha256');
        await (0,_io_file_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .forEachChunk */ .q$)(absolute, (chunk) => signer.update(chunk));
        return {
            signature: signer.sign(key).toString('base64'),
            algorithm: 'ecdsa-p256-sha256',
            fingerprint,
        };
    }
    catch (error) {
        if (error instanceof _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz)
            throw error;
        throw (0,_io_file_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .unreadableFile */ ._)(error, display, 'the file to sign');
    }
}


/***/ }),

/***/ 86337:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"id":"http://json-schema.org/draft-04/schema#","$schema":"http://json-schema.org/draft-04/schema#","description":"Core schema meta-schema","definitions":{"schemaArray":{"type":"array","minItems":1,"items":{"$ref":"#"}},"positiveInteger":{"type":"integer","minimum":0},"positiveIntegerDefault0":{"allOf":[{"$ref":"#/definitions/positiveInteger"},{"default":0}]},"simpleTypes":{"enum":["array","boolean","integer","null","number","object","string"]},"stringArray":{"type":"array","items":{"type":"string"},"minItems":1,"uniqueItems":true}},"type":"object","properties":{"id":{"type":"string","format":"uri"},"$schema":{"type":"string","format":"uri"},"title":{"type":"string"},"description":{"type":"string"},"default":{},"multipleOf":{"type":"number","minimum":0,"exclusiveMinimum":true},"maximum":{"type":"number"},"exclusiveMaximum":{"type":"boolean","default":false},"minimum":{"type":"number"},"exclusiveMinimum":{"type":"boolean","default":false},"maxLength":{"$ref":"#/definitions/positiveInteger"},"minLength":{"$ref":"#/definitions/positiveIntegerDefault0"},"pattern":{"type":"string","format":"regex"},"additionalItems":{"anyOf":[{"type":"boolean"},{"$ref":"#"}],"default":{}},"items":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/schemaArray"}],"default":{}},"maxItems":{"$ref":"#/definitions/positiveInteger"},"minItems":{"$ref":"#/definitions/positiveIntegerDefault0"},"uniqueItems":{"type":"boolean","default":false},"maxProperties":{"$ref":"#/definitions/positiveInteger"},"minProperties":{"$ref":"#/definitions/positiveIntegerDefault0"},"required":{"$ref":"#/definitions/stringArray"},"additionalProperties":{"anyOf":[{"type":"boolean"},{"$ref":"#"}],"default":{}},"definitions":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"properties":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"patternProperties":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"dependencies":{"type":"object","additionalProperties":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/stringArray"}]}},"enum":{"type":"array","minItems":1,"uniqueItems":true},"type":{"anyOf":[{"$ref":"#/definitions/simpleTypes"},{"type":"array","items":{"$ref":"#/definitions/simpleTypes"},"minItems":1,"uniqueItems":true}]},"allOf":{"$ref":"#/definitions/schemaArray"},"anyOf":{"$ref":"#/definitions/schemaArray"},"oneOf":{"$ref":"#/definitions/schemaArray"},"not":{"$ref":"#"}},"dependencies":{"exclusiveMaximum":["maximum"],"exclusiveMinimum":["minimum"]},"default":{}}');

/***/ })

};
