export const id = 16;
export const ids = [16];
export const modules = {

/***/ 32016:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   attachToCandidate: () => (/* binding */ attachToCandidate),
/* harmony export */   runRegistryCommand: () => (/* binding */ runRegistryCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _contract_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68081);
/* harmony import */ var _engine_evidence_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40910);
/* harmony import */ var _engine_run_context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45419);
/* harmony import */ var _engine_run_gate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(15557);
/* harmony import */ var _io_workspace_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(86363);
/* harmony import */ var _report_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(34127);
/* harmony import */ var _registry_candidate_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(63432);
/* harmony import */ var _registry_chain_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(14044);
/* harmony import */ var _registry_lifecycle_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3937);
/* harmony import */ var _registry_rollback_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(28837);
/* harmony import */ var _ssot_ssot_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(37775);
/* harmony import */ var _verify_verify_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(87826);
/* harmony import */ var _print_report_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(90471);
/* harmony import */ var _registry_open_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(66874);















const registryOf = _registry_open_js__WEBPACK_IMPORTED_MODULE_14__.openCliRegistry;
function actorOf(io) {
    const c = (0,_engine_run_context_js__WEBPACK_IMPORTED_MODULE_3__/* .runContextFromEnv */ .w)(io.env);
    const login = c.actor ?? io.env.USER ?? io.env.USERNAME;
    const runUrl = c.serverUrl && c.repository && c.runId
        ? `${c.serverUrl}/${c.repository}/actions/runs/${c.runId}`
        : undefined;
    return {
        ...(login ? { login } : {}),
        ...(c.runId ? { runId: c.runId } : {}),
        ...(runUrl ? { runUrl } : {}),
    };
}
/** `modelgate candidate | rollback | verify` against a local registry folder. */
async function runRegistryCommand(args, io) {
    const workspaceRoot = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, args.workspace ?? '.');
    // verify recomputes data digests only in a folder named explicitly: a checkout's data may have moved on since.
    const dataRoot = args.workspace !== undefined ? workspaceRoot : undefined;
    if (args.command === 'candidate') {
        const registry = registryOf(args, io, 'candidate');
        const { version } = await (0,_registry_candidate_js__WEBPACK_IMPORTED_MODULE_7__/* .registerCandidate */ .d)({
            registry,
            workspaceRoot,
            ssotPath: args.ssot,
            actor: actorOf(io),
        });
        io.stdout(`${(0,_registry_lifecycle_js__WEBPACK_IMPORTED_MODULE_9__/* .releaseTag */ .aF)(version.model, version.version)} candidate (${version.state}), model sha256 ${version.modelDigest}\n` +
            version.files.map((f) => `  ${f.name}  ${f.sha256}  ${f.bytes} bytes\n`).join(''));
        return 0;
    }
    if (args.command === 'rollback')
        return rollbackCommand(args, io, workspaceRoot);
    return verifyCommand(args, io, workspaceRoot, dataRoot);
}
async function rollbackCommand(args, io, workspaceRoot) {
    const registry = registryOf(args, io, 'rollback');
    const model = await new _ssot_ssot_js__WEBPACK_IMPORTED_MODULE_11__/* .Ssot */ .Q(new _io_workspace_js__WEBPACK_IMPORTED_MODULE_5__/* .Workspace */ .a(workspaceRoot), args.ssot).model();
    const started = new Date();
    const { outcome, moved } = await (0,_registry_rollback_js__WEBPACK_IMPORTED_MODULE_10__/* .rollbackModel */ .U)({
        registry,
        model: model.name,
        ...(args.to ? { to: args.to } : {}),
        reason: args.reason ?? '',
        actor: actorOf(io),
    });
    const evidence = (0,_engine_evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .buildEvidence */ .KX)('rollback', outcome, (0,_engine_run_context_js__WEBPACK_IMPORTED_MODULE_3__/* .runContextFromEnv */ .w)(io.env), started, new Date());
    const files = await (0,_report_files_js__WEBPACK_IMPORTED_MODULE_6__/* .writeReportFiles */ .t)(evidence, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, args.out));
    (0,_print_report_js__WEBPACK_IMPORTED_MODULE_13__/* .printReport */ .Y)(evidence, args.format, files, workspaceRoot, io);
    if (moved)
        io.stderr(`modelgate: production is ${moved.toTag} (model sha256 ${moved.to.modelDigest})\n`);
    return (0,_engine_run_gate_js__WEBPACK_IMPORTED_MODULE_4__/* .exitCodeFor */ .R)(evidence.status);
}
async function verifyCommand(args, io, workspaceRoot, dataRoot) {
    const groups = [];
    if (args.rest[0] !== undefined) {
        const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, args.rest[0]);
        groups.push({
            title: args.rest[0],
            verdicts: await (0,_verify_verify_js__WEBPACK_IMPORTED_MODULE_12__/* .verifyFolder */ .Mh)(folder, dataRoot ? { dataRoot } : {}),
        });
    }
    else {
        const registry = registryOf(args, io, 'verify');
        const model = await new _ssot_ssot_js__WEBPACK_IMPORTED_MODULE_11__/* .Ssot */ .Q(new _io_workspace_js__WEBPACK_IMPORTED_MODULE_5__/* .Workspace */ .a(workspaceRoot), args.ssot).model();
        const versions = (await registry.versions(model.name)).filter((v) => args.modelVersion === undefined || v.version === args.modelVersion);
        if (versions.length === 0)
            throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
                file: args.registry,
                message: `Nothing to verify for ${model.name}`,
                expected: args.modelVersion
                    ? `version ${args.modelVersion} in the registry`
                    : 'a registered version',
                found: 'no such version',
            });
        for (const v of versions)
            groups.push({
                title: `${(0,_registry_lifecycle_js__WEBPACK_IMPORTED_MODULE_9__/* .releaseTag */ .aF)(v.model, v.version)} (${v.draft ? 'candidate' : v.state})`,
                verdicts: await (0,_registry_open_js__WEBPACK_IMPORTED_MODULE_14__.verifyRegistryVersion)(registry, v, {
                    ...(dataRoot ? { dataRoot } : {}),
                    requireG5: !v.draft,
                }),
            });
    }
    if (args.format === 'json')
        io.stdout(`${JSON.stringify(groups, null, 2)}\n`);
    else
        for (const g of groups) {
            const failed = g.verdicts.filter((v) => v.status === 'fail').length;
            io.stdout(`${g.title}: ${failed === 0 ? 'verified' : `${failed} failing link${failed === 1 ? '' : 's'}`}\n${(0,_verify_verify_js__WEBPACK_IMPORTED_MODULE_12__/* .formatVerdicts */ .K2)(g.verdicts)}`);
        }
    return Math.max(...groups.map((g) => (0,_registry_chain_js__WEBPACK_IMPORTED_MODULE_8__/* .chainExitCode */ .r0)(g.verdicts)));
}
/** After a gate run with --attach: its evidence and reports go to the candidate of ssot/model.json. */
async function attachToCandidate(args, io, evidence, files) {
    const registry = registryOf(args, io, '--attach');
    const stored = await (0,_registry_candidate_js__WEBPACK_IMPORTED_MODULE_7__/* .attachGateEvidence */ .q)({
        registry,
        workspaceRoot: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, args.workspace ?? '.'),
        ssotPath: args.ssot,
        evidence,
        files,
    });
    io.stderr(`modelgate: attached ${stored.map((f) => f.name).join(', ')} to the candidate in ${args.registry}\n`);
}


/***/ }),

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
