export const id = 908;
export const ids = [908];
export const modules = {

/***/ 29908:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runInitCommand: () => (/* binding */ runInitCommand)
/* harmony export */ });
/* unused harmony exports ACTION_REPOSITORY, templateRoot, pinWorkflowVersion, initRepository */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73136);
/* harmony import */ var _contract_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68081);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(28009);






/** The Action's repository, as the template's workflows name it. */
const ACTION_REPOSITORY = 'modelgate/modelgate';
/**
 * Where the template is: `dist/template/` beside the bundle (scripts/package.mjs
 * copies it there), or the repository's `template/` when running from source.
 */
function templateRoot() {
    const here = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url));
    const candidates = [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(here, 'template'), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(here, '..', '..', 'template')];
    const found = candidates.find((c) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(c, '.github', 'workflows', 'gates.yml')));
    if (!found)
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz({
            message: 'The template is not where this modelgate expects it',
            expected: `a template folder at ${candidates.join(' or ')}`,
            found: 'none (a broken install: reinstall modelgate)',
        });
    return found;
}
/**
 * Points a workflow's `uses: modelgate/modelgate@REF` steps, and the
 * `MODELGATE_VERSION` its CLI checkouts use, at one version of this Action.
 */
function pinWorkflowVersion(text, ref) {
    return text
        .replace(/(uses:\s*)modelgate\/modelgate@[\w.-]+/g, (_m, head) => `${head}${ACTION_REPOSITORY}@${ref}`)
        .replace(/^(\s*MODELGATE_VERSION:\s*)\S+/gm, (_m, head) => `${head}${ref}`);
}
async function listFiles(root, dir = root) {
    const out = [];
    for (const e of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir, { withFileTypes: true })) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, e.name);
        if (e.isDirectory())
            out.push(...(await listFiles(root, path)));
        else if (e.isFile())
            out.push((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, path).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/'));
    }
    return out.sort();
}
/** Copies the template into `target`, never over a file that exists; workflows pinned to `ref`. */
async function initRepository(target, ref, source = templateRoot()) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target) && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(target).isDirectory())
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz({
            file: target,
            message: 'init writes into a folder',
            expected: 'a new or existing folder',
            found: 'a file',
        });
    const result = { written: [], skipped: [] };
    for (const file of await listFiles(source)) {
        const to = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(target, file);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(to)) {
            result.skipped.push(file);
            continue;
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(to), { recursive: true });
        if (/^\.github\/workflows\/[^/]+\.ya?ml$/.test(file))
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(to, pinWorkflowVersion(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(source, file), 'utf8'), ref), {
                flag: 'wx',
            });
        else
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(source, file), to);
        result.written.push(file);
    }
    return result;
}
/** `modelgate init [DIR]`: the template repository into DIR (default: the current folder). */
async function runInitCommand(args, io) {
    if (args.rest.length > 1)
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz({
            message: 'init takes one folder',
            expected: 'modelgate init [DIR]',
            found: args.rest.join(' '),
        });
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, args.rest[0] ?? '.');
    const ref = `v${_version_js__WEBPACK_IMPORTED_MODULE_5__/* .TOOL_VERSION */ .w}`;
    const { written, skipped } = await initRepository(target, ref);
    io.stdout(`modelgate: wrote ${written.length} file(s) into ${target} (workflows use ${ACTION_REPOSITORY}@${ref})\n`);
    if (skipped.length > 0) {
        io.stdout(`modelgate: skipped ${skipped.length} file(s) that exist (left as they are):\n`);
        for (const f of skipped)
            io.stdout(`  ${f}\n`);
    }
    io.stdout(`Next: read README.md there, then \`npx modelgate setup --repo OWNER/NAME --dry-run\`.\n`);
    return 0;
}


/***/ })

};
