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


/***/ })

};
