export const id = 503;
export const ids = [503];
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


/***/ })

};
