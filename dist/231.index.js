export const id = 231;
export const ids = [231];
export const modules = {

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

/***/ 63432:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ registerCandidate),
/* harmony export */   q: () => (/* binding */ attachGateEvidence)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _contract_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68081);
/* harmony import */ var _io_file_digest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69227);
/* harmony import */ var _io_workspace_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(86363);
/* harmony import */ var _ssot_ssot_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(37775);
/* harmony import */ var _chain_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(14044);








/** The version `ssot/model.json` names; a registry needs both a name and a version. */
async function versionFromSsot(workspaceRoot, ssotPath) {
    const ssot = new _ssot_ssot_js__WEBPACK_IMPORTED_MODULE_6__/* .Ssot */ .Q(new _io_workspace_js__WEBPACK_IMPORTED_MODULE_5__/* .Workspace */ .a(workspaceRoot), ssotPath);
    const config = await ssot.model();
    if (!config.version)
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz({
            file: ssot.display('model.json'),
            pointer: '/version',
            message: 'A registry version needs a version in model.json',
            expected: 'a version such as "1.2.0" (the release tag becomes <name>-v<version>)',
            found: 'no version',
        });
    return { ref: { model: config.name, version: config.version }, config, ssot };
}
/**
 * `modelgate candidate`: registers the version of `ssot/model.json` as a
 * candidate (a draft release) holding the model, the model card and
 * `modelgate-version.json`, the anchor of the chain (model file name, sha256,
 * owner). Each gate's evidence is attached to it afterwards (`--attach`).
 */
async function registerCandidate(options) {
    const { ref, config, ssot } = await versionFromSsot(options.workspaceRoot, options.ssotPath);
    const modelFile = ssot.resolveRepoPath(config.paths.model, 'model', '/paths/model');
    const cardPath = config.paths.modelCard
        ? ssot.resolveRepoPath(config.paths.modelCard, 'model card', '/paths/modelCard')
        : undefined;
    let digest;
    try {
        digest = (await (0,_io_file_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .digestFile */ .TM)(modelFile)).sha256;
    }
    catch (error) {
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz({
            file: ssot.display('model.json'),
            pointer: '/paths/model',
            message: 'Cannot read the model file',
            expected: `a model file at ${config.paths.model}`,
            found: error.code ?? 'an unreadable file',
        });
    }
    const descriptor = {
        schemaVersion: 1,
        model: ref.model,
        version: ref.version,
        modelFile: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(modelFile),
        modelDigest: digest,
        owner: config.owner,
        registeredAt: (options.now ?? (() => new Date()))().toISOString(),
    };
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'modelgate-candidate-'));
    try {
        const descriptorPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, _chain_js__WEBPACK_IMPORTED_MODULE_7__/* .VERSION_FILE */ .mf);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(descriptorPath, `${JSON.stringify(descriptor, null, 2)}\n`);
        const files = [{ name: _chain_js__WEBPACK_IMPORTED_MODULE_7__/* .VERSION_FILE */ .mf, path: descriptorPath }];
        if (cardPath)
            files.push({ name: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(cardPath), path: cardPath });
        const existing = await options.registry.version(ref);
        if (existing?.draft &&
            existing.modelDigest === digest &&
            existing.files.some((f) => f.name === _chain_js__WEBPACK_IMPORTED_MODULE_7__/* .VERSION_FILE */ .mf))
            // Re-running the candidate job keeps the first descriptor (its registeredAt).
            files.shift();
        const version = await options.registry.register({
            ...ref,
            modelFile,
            owner: config.owner.github ?? config.owner.name,
            files,
            actor: options.actor,
        });
        return { version, descriptor };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    }
}
/**
 * Attaches a gate's evidence (and its markdown and HTML reports) to the
 * candidate of `ssot/model.json`, after the gate wrote them. Refuses evidence
 * about another model than the candidate's. G2's manifest is also attached as
 * `manifest.json`, readable without modelgate.
 */
async function attachGateEvidence(options) {
    const { ref } = await versionFromSsot(options.workspaceRoot, options.ssotPath);
    const version = await options.registry.version(ref);
    if (!version)
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz({
            message: `${ref.model} ${ref.version} has no candidate in the registry to attach ${options.evidence.gate} to`,
            expected: 'modelgate candidate (Action: gate: candidate) run before the gates',
            found: 'no such version',
        });
    const subject = options.evidence.subject.model?.sha256;
    if (subject !== undefined && subject !== version.modelDigest)
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz({
            file: options.files.evidence,
            pointer: '/subject/model/sha256',
            message: `The ${options.evidence.gate} evidence is about another model than candidate ${ref.model} ${ref.version}`,
            expected: version.modelDigest,
            found: subject,
        });
    const [markdown, html] = await Promise.all([
        (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(options.files.markdown, 'utf8'),
        (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(options.files.html, 'utf8'),
    ]);
    const stored = [await options.registry.attachEvidence(ref, options.evidence, { markdown, html })];
    const manifest = options.evidence.report.manifest;
    if (options.evidence.gate === 'G2' && Array.isArray(manifest)) {
        const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'modelgate-manifest-'));
        try {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, _chain_js__WEBPACK_IMPORTED_MODULE_7__/* .MANIFEST_FILE */ .h1);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, `${JSON.stringify(manifest, null, 2)}\n`);
            stored.push(await options.registry.attachFile(ref, _chain_js__WEBPACK_IMPORTED_MODULE_7__/* .MANIFEST_FILE */ .h1, path));
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
        }
    }
    return stored;
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

/***/ 28837:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ rollbackModel)
/* harmony export */ });
/* harmony import */ var _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68081);
/* harmony import */ var _bundle_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75653);
/* harmony import */ var _chain_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14044);
/* harmony import */ var _lifecycle_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3937);




/**
 * `modelgate rollback`: returns production to a version that passed G5.
 * 1. the target is eligible (promoted once, not rolled back, not production now);
 * 2. its files and chain verify (the digests the registry recorded, each
 *    evidence digest, the manifest, G5's references: `verifyHeldVersion`);
 * 3. the registry moves the pointer and marks the bad version rolled-back,
 *    recording reason, actor and run in the history.
 * Never throws: problems are an `error` outcome, an unsafe target a `fail`
 * with one check per failing link; nothing moves unless every link passes.
 */
async function rollbackModel(request) {
    try {
        return await rollback(request);
    }
    catch (error) {
        return {
            outcome: {
                status: 'error',
                summary: `Rollback of ${request.model} not done: ${(0,_contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .toProblems */ .ek)(error)[0]?.message ?? 'error'}`,
                subject: { data: [], artifacts: [] },
                checks: [],
                problems: (0,_contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .toProblems */ .ek)(error),
                report: { model: request.model, reason: request.reason },
            },
        };
    }
}
async function rollback(request) {
    const { registry, model } = request;
    if (request.reason.trim() === '')
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            message: 'A rollback needs a reason',
            expected: 'reason (Action input) or --reason "..." (CLI): what went wrong in production',
            found: 'no reason',
        });
    const [production, versions, history] = await Promise.all([
        registry.production(model),
        registry.versions(model),
        registry.history(model),
    ]);
    if (!production)
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            message: `${model} has no version in production to roll back from`,
            expected: 'a model promoted by G5 before',
            found: versions.length
                ? `versions ${versions.map((v) => v.version).join(', ')}, none in production`
                : 'no versions',
        });
    const to = request.to || (0,_lifecycle_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultRollbackTarget */ .dV)(versions, production.version, history);
    if (!to)
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            message: `${model} has no earlier version that passed G5 to roll back to`,
            expected: 'a version promoted before the one in production',
            found: `only ${production.version}`,
        });
    const target = versions.find((v) => v.version === to);
    const checks = [];
    const base = { model, from: production.version, to, reason: request.reason };
    const failed = (summary, verdicts = []) => ({
        outcome: {
            status: 'fail',
            summary,
            subject: { ...(target ? { model: modelSubject(target) } : {}), data: [], artifacts: [] },
            checks,
            problems: [],
            report: { ...base, verdicts },
        },
    });
    if (!target)
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            message: `${model} ${to} is not in the registry`,
            expected: versions.map((v) => v.version).join(', ') || 'a registered version',
            found: to,
        });
    try {
        (0,_lifecycle_js__WEBPACK_IMPORTED_MODULE_3__/* .assertRollbackTarget */ .ou)(target, production.version, history, 'registry');
        checks.push(check('rollback.target', 'eligible', true, 'pass', `${to} was promoted through G5 before`));
    }
    catch (error) {
        const message = (0,_contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .toProblems */ .ek)(error)[0].message;
        checks.push(check('rollback.target', 'eligible', false, 'fail', message));
        return failed(`Refused: ${message}`);
    }
    const verdicts = await (0,_bundle_js__WEBPACK_IMPORTED_MODULE_1__/* .verifyHeldVersion */ .hm)(registry, target);
    for (const v of verdicts)
        checks.push(check(`rollback.verify.${v.link}`, 'chain', v.status !== 'fail', v.status, `${v.message}${v.expected !== undefined ? ` (expected ${v.expected}, found ${v.found ?? '?'})` : ''}`));
    const bad = verdicts.filter((v) => v.status === 'fail');
    if (bad.length > 0)
        return failed(`Refused: ${model} ${to} does not verify (${bad.length} failing link${bad.length === 1 ? '' : 's'}: ${bad
            .slice(0, 3)
            .map((v) => v.link)
            .join(', ')})`, verdicts);
    await registry.rollback({ model, version: to }, request.actor, request.reason);
    const after = (await registry.version({ model, version: to })) ?? target;
    checks.push(check('rollback.pointer', 'production', to, 'pass', `production moved from ${production.version} to ${to}; ${production.version} is rolled-back`));
    const fromTag = (0,_lifecycle_js__WEBPACK_IMPORTED_MODULE_3__/* .releaseTag */ .aF)(model, production.version);
    const toTag = (0,_lifecycle_js__WEBPACK_IMPORTED_MODULE_3__/* .releaseTag */ .aF)(model, to);
    return {
        outcome: {
            status: 'pass',
            summary: `Production of ${model} rolled back from ${fromTag} to ${toTag}: ${request.reason}`,
            subject: {
                model: modelSubject(after),
                data: [],
                artifacts: [{ ...modelSubject(production), role: 'rolled-back-model' }],
            },
            checks,
            problems: [],
            report: {
                ...base,
                fromTag,
                toTag,
                toUrl: after.url ?? null,
                fromUrl: production.url ?? null,
                modelDigest: after.modelDigest,
                actor: request.actor,
                verdicts,
            },
        },
        moved: { from: production, to: after, fromTag, toTag },
    };
}
function modelSubject(v) {
    const file = v.files.find((f) => f.sha256 === v.modelDigest && f.name !== _chain_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION_FILE */ .mf);
    return {
        role: 'model',
        path: `${(0,_lifecycle_js__WEBPACK_IMPORTED_MODULE_3__/* .releaseTag */ .aF)(v.model, v.version)}/${file?.name ?? 'model'}`,
        sha256: v.modelDigest,
        bytes: file?.bytes ?? 0,
    };
}
function check(id, rule, value, status, message) {
    return { id, rule, value, status, severity: 'block', message };
}


/***/ })

};
