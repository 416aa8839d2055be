export const id = 555;
export const ids = [555];
export const modules = {

/***/ 62555:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runSignCommand: () => (/* binding */ runSignCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68081);
/* harmony import */ var _io_file_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24480);
/* harmony import */ var _signing_signatures_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83682);





/**
 * `modelgate sign --key KEY.pem [--output FILE.sig] FILE`: a signature G2
 * verifies, for teams without cosign. With a P-256 key the output is what
 * `cosign sign-blob --key` writes (base64 DER ECDSA over SHA-256, the file
 * streamed, so any size); with an Ed25519 key, a base64 Ed25519 signature over
 * the file (files up to 2 GiB - 1). It prints the key's fingerprint, the value
 * the Action's `trusted-keys` input pins.
 */
async function runSignCommand(args, io) {
    const file = args.rest[0];
    if (!file || !args.key)
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
            message: 'sign needs a private key and a file',
            expected: 'modelgate sign --key KEY.pem [--output FILE.sig] FILE',
            found: !file ? 'no file' : 'no --key',
        });
    let pem;
    try {
        pem = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, args.key), 'utf8');
    }
    catch (error) {
        throw (0,_io_file_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .unreadableFile */ ._)(error, args.key, 'a PEM private key');
    }
    const { signature, algorithm, fingerprint } = await (0,_signing_signatures_js__WEBPACK_IMPORTED_MODULE_4__/* .signFile */ .Wr)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, file), file, pem, args.key);
    const output = args.output ?? `${file}.sig`;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, output), `${signature}\n`);
    }
    catch (error) {
        const code = error.code ?? 'unknown error';
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
            file: output,
            message: `Cannot write the signature (${code})`,
            expected: 'a writable path (its folder must exist)',
            found: code === 'ENOENT' ? 'no such folder' : code,
        });
    }
    io.stderr(`modelgate: signed ${file} (${algorithm}, key ${fingerprint}) -> ${output}\n`);
    return 0;
}


/***/ })

};
