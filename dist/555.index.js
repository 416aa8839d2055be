export const id = 555;
export const ids = [555];
export const modules = {

/***/ 62555:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runSignCommand: () => (/* binding */ runSignCommand)
/* harmony export */ });
/** `modelgate sign`: arrives with G2 (cosign-compatible blob signatures). */
async function runSignCommand(_args, io) {
    io.stderr('modelgate: error: the sign command is not available in this version\n');
    return 2;
}


/***/ })

};
