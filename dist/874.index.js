export const id = 874;
export const ids = [874];
export const modules = {

/***/ 66874:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openCliRegistry: () => (/* binding */ openCliRegistry),
/* harmony export */   verifyRegistryVersion: () => (/* binding */ verifyRegistryVersion)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _contract_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68081);
/* harmony import */ var _registry_local_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59970);
/* harmony import */ var _registry_mlflow_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(28193);
/* harmony import */ var _verify_verify_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(87826);







/**
 * The registry `--registry` names: `mlflow` for the MLflow tracking server at
 * MLFLOW_TRACKING_URI (with MLFLOW_TRACKING_TOKEN or
 * MLFLOW_TRACKING_USERNAME/PASSWORD), any other value a local registry folder
 * (`./mlflow` for a folder of that name).
 */
function openCliRegistry(args, io, command) {
    if (!args.registry)
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz({
            message: `${command} needs a registry`,
            expected: '--registry DIR (a local registry folder; created on first use) or --registry mlflow (MLFLOW_TRACKING_URI)',
            found: 'no --registry',
        });
    if (args.registry === 'mlflow')
        return (0,_registry_mlflow_index_js__WEBPACK_IMPORTED_MODULE_5__.openMlflowRegistry)({ env: io.env });
    return new _registry_local_js__WEBPACK_IMPORTED_MODULE_4__/* .LocalRegistry */ .p({ root: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, args.registry) });
}
/** Verifies a held version: in place for a local folder, else downloaded to a temporary folder first. */
async function verifyRegistryVersion(registry, version, options) {
    if (registry instanceof _registry_local_js__WEBPACK_IMPORTED_MODULE_4__/* .LocalRegistry */ .p)
        return (0,_verify_verify_js__WEBPACK_IMPORTED_MODULE_6__/* .verifyLocalVersion */ .hY)(registry, version, options);
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'modelgate-verify-'));
    try {
        for (const f of version.files)
            await registry.download(version, f.name, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, f.name));
        return await (0,_verify_verify_js__WEBPACK_IMPORTED_MODULE_6__/* .verifyFolder */ .Mh)(dir, { ...options, recorded: version.files });
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 75653:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bo: () => (/* binding */ readBundle),
/* harmony export */   hm: () => (/* binding */ verifyHeldVersion),
/* harmony export */   vf: () => (/* binding */ renderingsOf)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _contract_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68081);
/* harmony import */ var _io_file_digest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69227);
/* harmony import */ var _report_html_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57808);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(70862);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(28009);
/* harmony import */ var _chain_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(14044);









/** Files read as text for the chain: evidence and manifests, reports. Models are only digested. */
const TEXT = /\.(json|md|html)$/;
const TEXT_LIMIT = 32 << 20;
/** Every regular file of a version's folder (downloaded release assets, or a local registry version), digested. */
async function readBundle(dir) {
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
    }
    catch (error) {
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz({
            file: dir,
            message: 'Cannot read the release folder',
            expected: 'a folder holding a release (its assets downloaded) or a local registry version',
            found: error.code ?? 'an unreadable folder',
        });
    }
    const files = [];
    for (const e of entries.filter((x) => x.isFile()).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, e.name);
        const { sha256, bytes } = await (0,_io_file_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .digestFile */ .TM)(path);
        const file = { name: e.name, sha256, bytes };
        if (TEXT.test(e.name) && bytes <= TEXT_LIMIT)
            file.text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
        files.push(file);
    }
    return files;
}
/** The renderings `writeReportFiles` produces (CLI without a run link, the Action with one), when this build wrote them. */
function renderingsOf(evidence) {
    if (evidence.tool.version !== _version_js__WEBPACK_IMPORTED_MODULE_8__/* .TOOL_VERSION */ .w)
        return undefined;
    const c = evidence.context;
    const runUrl = c.serverUrl && c.repository && c.runId
        ? `${c.serverUrl}/${c.repository}/actions/runs/${c.runId}`
        : undefined;
    const options = runUrl ? [{}, { runUrl }] : [{}];
    return options.map((o) => ({
        markdown: (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .renderMarkdown */ .G)(evidence, o),
        html: (0,_report_html_js__WEBPACK_IMPORTED_MODULE_5__/* .renderHtml */ .K)(evidence, o),
    }));
}
/**
 * Downloads every file a version holds into a temporary folder and checks
 * its chain there, against the digests the registry recorded too (rollback's
 * check of its target; `verify` on a remote registry).
 */
async function verifyHeldVersion(registry, version, options = {}) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'modelgate-verify-'));
    try {
        for (const f of version.files)
            await registry.download(version, f.name, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, f.name));
        return (0,_chain_js__WEBPACK_IMPORTED_MODULE_7__/* .verifyChain */ .H5)(await readBundle(dir), {
            ...options,
            render: renderingsOf,
            recorded: version.files,
        });
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 59970:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ LocalRegistry)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68081);
/* harmony import */ var _io_file_digest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69227);
/* harmony import */ var _evidence_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58568);
/* harmony import */ var _lifecycle_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3937);






class LocalRegistry {
    kind = 'local';
    root;
    now;
    constructor(options) {
        this.root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(options.root);
        this.now = options.now ?? (() => new Date());
    }
    indexPath(model) {
        (0,_lifecycle_js__WEBPACK_IMPORTED_MODULE_5__/* .assertName */ .I1)('model', model, 'registry');
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, model, 'registry.json');
    }
    versionDir(ref) {
        (0,_lifecycle_js__WEBPACK_IMPORTED_MODULE_5__/* .assertName */ .I1)('version', ref.version, 'registry');
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, ref.model, 'versions', ref.version);
    }
    async load(model) {
        const path = this.indexPath(model);
        let text;
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return { schemaVersion: 1, model, versions: [], history: [] };
            throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
                file: path,
                message: 'Cannot read the registry index',
                expected: 'a readable registry.json',
                found: error.code ?? 'an unreadable file',
            });
        }
        try {
            const index = JSON.parse(text);
            if (index.schemaVersion !== 1 ||
                !Array.isArray(index.versions) ||
                !Array.isArray(index.history))
                throw new Error('not a modelgate registry index (schemaVersion 1)');
            return index;
        }
        catch (error) {
            throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
                file: path,
                message: 'The registry index is damaged',
                expected: 'registry.json written by modelgate',
                found: error.message,
            });
        }
    }
    async save(index) {
        const path = this.indexPath(index.model);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, index.model), { recursive: true });
        const tmp = `${path}.${process.pid}.tmp`;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(tmp, `${JSON.stringify(index, null, 2)}\n`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, path);
    }
    find(index, ref) {
        const v = index.versions.find((x) => x.version === ref.version);
        if (!v)
            throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
                file: this.indexPath(ref.model),
                message: `${ref.model} ${ref.version} is not in the registry`,
                expected: `a registered version (${index.versions.map((x) => x.version).join(', ') || 'none yet'}); run modelgate candidate first`,
                found: `version ${ref.version}`,
            });
        return v;
    }
    event(e) {
        return { ...e, at: this.now().toISOString() };
    }
    async register(input) {
        (0,_lifecycle_js__WEBPACK_IMPORTED_MODULE_5__/* .assertName */ .I1)('model', input.model, 'ssot/model.json');
        (0,_lifecycle_js__WEBPACK_IMPORTED_MODULE_5__/* .assertName */ .I1)('version', input.version, 'ssot/model.json');
        const index = await this.load(input.model);
        const { sha256 } = await (0,_io_file_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .digestFile */ .TM)(input.modelFile);
        const existing = index.versions.find((v) => v.version === input.version);
        if (existing && (!existing.draft || existing.modelDigest !== sha256))
            throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
                file: this.indexPath(input.model),
                message: `${input.model} ${input.version} is already registered${existing.draft ? ' with another model file' : ' and published'}`,
                expected: existing.draft
                    ? `the model with sha256 ${existing.modelDigest}, or a new version in ssot/model.json`
                    : 'a new version in ssot/model.json (a published version never changes)',
                found: existing.draft
                    ? `a model with sha256 ${sha256}`
                    : `version ${input.version} in state ${existing.state}`,
            });
        if (!existing) {
            const version = {
                model: input.model,
                version: input.version,
                modelDigest: sha256,
                state: _lifecycle_js__WEBPACK_IMPORTED_MODULE_5__/* .CANDIDATE_STATE */ .EJ,
                draft: true,
                files: [],
                url: this.versionDir(input),
                createdAt: this.now().toISOString(),
                owner: input.owner,
            };
            index.versions.push(version);
            index.history.push(this.event({ kind: 'register', version: input.version, actor: input.actor }));
            await this.save(index);
        }
        await this.attachFile(input, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(input.modelFile), input.modelFile);
        for (const f of input.files ?? [])
            await this.attachFile(input, f.name, f.path);
        return (await this.version(input));
    }
    async attachFile(ref, name, absolutePath) {
        const index = await this.load(ref.model);
        const v = this.find(index, ref);
        if (!v.draft)
            throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
                file: name,
                message: `${ref.model} ${ref.version} is published; its files cannot change`,
                expected: 'a draft (candidate) version',
                found: `a published version in state ${v.state}`,
            });
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(name) !== name || name.startsWith('.') || name === '')
            throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
                file: name,
                message: 'A registry file name must be a plain file name',
                expected: 'a name without folders, not starting with "."',
                found: JSON.stringify(name),
            });
        const dir = this.versionDir(ref);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
        const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
        const tmp = `${target}.${process.pid}.tmp`;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.copyFile)(absolutePath, tmp);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, target);
        const { sha256, bytes } = await (0,_io_file_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .digestFile */ .TM)(target);
        const stored = { name, sha256, bytes };
        v.files = [...v.files.filter((f) => f.name !== name), stored];
        await this.save(index);
        return stored;
    }
    async attachEvidence(ref, evidence, reports) {
        const names = (0,_evidence_js__WEBPACK_IMPORTED_MODULE_4__/* .evidenceFileNames */ .q)(evidence.gate);
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, ref.model, '.staging');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
        const write = async (name, text) => {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, text);
            try {
                return await this.attachFile(ref, name, path);
            }
            finally {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(path, { force: true });
            }
        };
        const stored = await write(names.evidence, `${JSON.stringify(evidence, null, 2)}\n`);
        if (reports?.markdown !== undefined)
            await write(names.markdown, reports.markdown);
        if (reports?.html !== undefined)
            await write(names.html, reports.html);
        return stored;
    }
    async readEvidence(ref, gate) {
        const index = await this.load(ref.model);
        const v = this.find(index, ref);
        const name = (0,_evidence_js__WEBPACK_IMPORTED_MODULE_4__/* .evidenceFileNames */ .q)(gate).evidence;
        if (!v.files.some((f) => f.name === name))
            return undefined;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.versionDir(ref), name);
        try {
            return JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8'));
        }
        catch (error) {
            throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
                file: path,
                message: `The ${gate} evidence held by ${ref.model} ${ref.version} cannot be read`,
                expected: 'an evidence record (JSON)',
                found: error.message,
            });
        }
    }
    async download(ref, name, toPath) {
        const index = await this.load(ref.model);
        const v = this.find(index, ref);
        const held = v.files.find((f) => f.name === name);
        if (!held)
            throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
                file: name,
                message: `${ref.model} ${ref.version} holds no file named ${name}`,
                expected: v.files.map((f) => f.name).join(', ') || 'a held file',
                found: name,
            });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.copyFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.versionDir(ref), name), toPath);
        const { sha256, bytes } = await (0,_io_file_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .digestFile */ .TM)(toPath);
        return { name, sha256, bytes };
    }
    async version(ref) {
        const index = await this.load(ref.model);
        const v = index.versions.find((x) => x.version === ref.version);
        return v ? publicVersion(v) : undefined;
    }
    async versions(model) {
        return (await this.load(model)).versions.map(publicVersion);
    }
    async promote(ref, actor, reason) {
        const g5 = await this.readEvidence(ref, 'G5');
        const index = await this.load(ref.model);
        const v = this.find(index, ref);
        (0,_lifecycle_js__WEBPACK_IMPORTED_MODULE_5__/* .assertPromotable */ .OP)(v, g5, this.indexPath(ref.model));
        const previous = index.production;
        if (previous !== undefined) {
            const p = index.versions.find((x) => x.version === previous);
            if (p)
                p.state = _lifecycle_js__WEBPACK_IMPORTED_MODULE_5__/* .REPLACED_STATE */ .BD;
        }
        v.state = 'production';
        v.draft = false;
        index.production = v.version;
        index.history.push(this.event({ kind: 'promote', version: v.version, previousVersion: previous, actor, reason }));
        await this.save(index);
    }
    async rollback(ref, actor, reason) {
        const index = await this.load(ref.model);
        const target = this.find(index, ref);
        (0,_lifecycle_js__WEBPACK_IMPORTED_MODULE_5__/* .assertRollbackTarget */ .ou)(target, index.production, index.history, this.indexPath(ref.model));
        const bad = index.versions.find((x) => x.version === index.production);
        if (bad)
            bad.state = 'rolled-back';
        target.state = 'production';
        const previous = index.production;
        index.production = target.version;
        index.history.push(this.event({
            kind: 'rollback',
            version: target.version,
            previousVersion: previous,
            actor,
            reason,
        }));
        await this.save(index);
    }
    async setState(ref, state, actor, reason) {
        const index = await this.load(ref.model);
        const v = this.find(index, ref);
        (0,_lifecycle_js__WEBPACK_IMPORTED_MODULE_5__/* .assertStateChange */ .ML)(v, state, this.indexPath(ref.model));
        v.state = state;
        index.history.push(this.event({ kind: 'state', version: v.version, state, actor, reason }));
        await this.save(index);
    }
    async setFrozen(ref, frozen, actor, reason) {
        const index = await this.load(ref.model);
        const v = this.find(index, ref);
        const at = this.now().toISOString();
        if (frozen)
            v.frozen = { at, reason, ...(actor.runUrl ? { runUrl: actor.runUrl } : {}) };
        else
            delete v.frozen;
        index.history.push({
            kind: frozen ? 'freeze' : 'unfreeze',
            version: v.version,
            at,
            actor,
            reason,
        });
        await this.save(index);
    }
    async production(model) {
        const index = await this.load(model);
        const v = index.versions.find((x) => x.version === index.production);
        return v ? publicVersion(v) : undefined;
    }
    async history(model) {
        return (await this.load(model)).history;
    }
    /** The folder that holds a version's files (for `modelgate verify`). */
    folderOf(ref) {
        return this.versionDir(ref);
    }
}
function publicVersion(v) {
    const { owner: _owner, ...rest } = v;
    return structuredClone(rest);
}


/***/ }),

/***/ 87826:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K2: () => (/* binding */ formatVerdicts),
/* harmony export */   Mh: () => (/* binding */ verifyFolder),
/* harmony export */   hY: () => (/* binding */ verifyLocalVersion)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _io_file_digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69227);
/* harmony import */ var _registry_chain_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14044);
/* harmony import */ var _registry_bundle_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75653);




/** Data files named by the evidence subjects, digested where they exist under `dataRoot`. */
async function dataDigests(files, dataRoot) {
    const out = new Map();
    if (!dataRoot)
        return out;
    for (const f of files.filter((x) => x.name.endsWith('.evidence.json') && x.text)) {
        let record;
        try {
            record = JSON.parse(f.text);
        }
        catch {
            continue;
        }
        for (const d of record.subject?.data ?? []) {
            if (out.has(d.path) || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(d.path) || d.path.split('/').includes('..'))
                continue;
            try {
                out.set(d.path, (await (0,_io_file_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .digestFile */ .TM)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(dataRoot, d.path))).sha256);
            }
            catch {
                // Not available here: the link is reported as skipped.
            }
        }
    }
    return out;
}
async function verifyFolder(dir, options = {}) {
    const files = await (0,_registry_bundle_js__WEBPACK_IMPORTED_MODULE_3__/* .readBundle */ .Bo)(dir);
    return (0,_registry_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .verifyChain */ .H5)(files, {
        render: _registry_bundle_js__WEBPACK_IMPORTED_MODULE_3__/* .renderingsOf */ .vf,
        data: await dataDigests(files, options.dataRoot),
        ...(options.recorded ? { recorded: options.recorded } : {}),
        ...(options.requireG5 !== undefined ? { requireG5: options.requireG5 } : {}),
    });
}
/** Verifies one version held by a local registry, against the digests its index recorded too. */
async function verifyLocalVersion(registry, version, options = {}) {
    return verifyFolder(registry.folderOf(version), { ...options, recorded: version.files });
}
/** One line per link: `PASS  link: message (expected X, found Y)`. */
function formatVerdicts(verdicts) {
    return verdicts
        .map((v) => {
        const tail = v.expected !== undefined || v.found !== undefined
            ? ` (expected ${v.expected ?? '?'}, found ${v.found ?? '?'})`
            : '';
        return `${v.status.toUpperCase().padEnd(7)} ${v.link}: ${v.message}${tail}\n`;
    })
        .join('');
}


/***/ })

};
