export const id = 846;
export const ids = [846];
export const modules = {

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

/***/ 75846:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  drift: () => (/* binding */ drift)
});

// EXTERNAL MODULE: ./build/src/csv/byte-csv-reader.js + 1 modules
var byte_csv_reader = __webpack_require__(51111);
// EXTERNAL MODULE: ./build/src/csv/range-workers.js + 2 modules
var range_workers = __webpack_require__(58348);
// EXTERNAL MODULE: ./build/src/contract/errors.js
var errors = __webpack_require__(68081);
// EXTERNAL MODULE: ./build/src/engine/outcome.js
var outcome = __webpack_require__(36576);
// EXTERNAL MODULE: ./build/src/ssot/schema-registry.js + 12 modules
var schema_registry = __webpack_require__(7506);
// EXTERNAL MODULE: ./build/src/ssot/model-config.js
var model_config = __webpack_require__(79861);
;// CONCATENATED MODULE: ./build/src/gates/drift/config.js
/** Evidently's default thresholds: p-values at 0.05, distances at 0.1. */
const DEFAULT_THRESHOLD = {
    ks: 0.05,
    chisquare: 0.05,
    z: 0.05,
    wasserstein: 0.1,
    jensenshannon: 0.1,
    psi: 0.1,
};
/** Tests that return a p-value (drift when small) rather than a distance (drift when large). */
const P_VALUE_TESTS = new Set(['ks', 'chisquare', 'z']);
const DEFAULT_DATASET_SHARE = 0.5;
const DEFAULT_CONSECUTIVE_RUNS = 3;
/** ssot/drift.json when there is one, else Evidently's defaults (an empty config). */
async function loadDriftConfig(ssot) {
    return ssot.has('drift.json') ? ssot.json('drift.json', 'drift') : {};
}

;// CONCATENATED MODULE: ./build/src/drift-tests/binning.js
/**
 * The distributions Evidently's Jensen-Shannon and PSI tests compare
 * (evidently's get_binned_data): for a numeric column whose reference has
 * more than 20 distinct values, the shares in equal-width bins over both
 * samples (numpy's 'sturges' edges); otherwise the share of each value.
 */
/** numpy.histogram_bin_edges(values, bins='sturges') over two sorted samples taken together. */
function sturgesEdges(a, b) {
    const size = a.length + b.length;
    const lo = Math.min(a[0], b[0]);
    const hi = Math.max(a[a.length - 1], b[b.length - 1]);
    let first = lo;
    let last = hi;
    if (first === last) {
        first -= 0.5;
        last += 0.5;
    }
    const width = (hi - lo) / (Math.log2(size) + 1);
    const bins = width ? Math.ceil((last - first) / width) : 1;
    const edges = new Float64Array(bins + 1);
    const step = (last - first) / bins;
    for (let i = 0; i < bins; i++)
        edges[i] = i * step + first;
    edges[bins] = last;
    return edges;
}
/** Values of a sorted sample below x (searchsorted side='left'), or at most x (side='right'). */
function searchSorted(values, x, right) {
    let lo = 0;
    let hi = values.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (right ? values[mid] <= x : values[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** numpy.histogram(values, edges)[0] for a sorted sample: the last bin includes its right edge. */
function histogramSorted(values, edges) {
    const bins = edges.length - 1;
    const out = new Float64Array(bins);
    let prev = searchSorted(values, edges[0], false);
    for (let i = 0; i < bins; i++) {
        const at = searchSorted(values, edges[i + 1], i === bins - 1);
        out[i] = at - prev;
        prev = at;
    }
    return out;
}
/** Distinct values of a sorted sample, counted. */
function countSorted(values) {
    const counts = new Map();
    let k = 0;
    while (k < values.length) {
        const v = values[k];
        let e = k + 1;
        while (e < values.length && values[e] === v)
            e++;
        counts.set(String(v), e - k);
        k = e;
    }
    return { counts, total: values.length };
}
/** Number of distinct values in a sorted sample, counted up to `cap` + 1. */
function distinctSorted(values, cap = Infinity) {
    let n = 0;
    for (let k = 0; k < values.length && n <= cap; k++)
        if (k === 0 || values[k] !== values[k - 1])
            n++;
    return n;
}
/** Shares of every category seen in either sample, each sample over its own total. */
function categoryShares(reference, current) {
    const keys = [...new Set([...reference.counts.keys(), ...current.counts.keys()])];
    return {
        reference: Float64Array.from(keys, (k) => (reference.counts.get(k) ?? 0) / reference.total),
        current: Float64Array.from(keys, (k) => (current.counts.get(k) ?? 0) / current.total),
        labels: keys,
    };
}
/** Evidently's binning of two sorted numeric samples (see the file comment). */
function binNumeric(reference, current) {
    if (distinctSorted(reference, 20) > 20) {
        const edges = sturgesEdges(reference, current);
        const r = histogramSorted(reference, edges);
        const c = histogramSorted(current, edges);
        for (let i = 0; i < r.length; i++) {
            r[i] = r[i] / reference.length;
            c[i] = c[i] / current.length;
        }
        return { reference: r, current: c, labels: Array.from(edges) };
    }
    return categoryShares(countSorted(reference), countSorted(current));
}
/**
 * Evidently's fill of empty bins before PSI: a zero share becomes a millionth
 * of the smallest non-zero share when that is at most 1e-4, else 1e-4.
 */
function fillZeroes(shares) {
    let min = Infinity;
    for (const s of shares)
        if (s !== 0 && s < min)
            min = s;
    const fill = min <= 0.0001 ? min / 1e6 : 0.0001;
    return shares.map((s) => (s === 0 ? fill : s));
}

;// CONCATENATED MODULE: ./build/src/drift-tests/special.js
/**
 * Special functions the drift tests need for p-values: the log-gamma
 * function, the regularized upper incomplete gamma function (the chi-square
 * survival function) and the normal survival function. Double precision,
 * accurate to about 1e-14 relative in the ranges the tests use.
 */
const LANCZOS_G = 7;
const LANCZOS = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7,
];
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
/** log Γ(x) for x > 0 (Lanczos below 10, Stirling's series above). */
function logGamma(x) {
    if (x < 0.5)
        return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    if (x >= 10) {
        const r = 1 / x;
        const r2 = r * r;
        const series = r *
            (1 / 12 -
                r2 * (1 / 360 - r2 * (1 / 1260 - r2 * (1 / 1680 - r2 * (1 / 1188 - r2 * (691 / 360360))))));
        return (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + series;
    }
    const z = x - 1;
    let a = LANCZOS[0];
    const t = z + LANCZOS_G + 0.5;
    for (let i = 1; i < LANCZOS.length; i++)
        a += LANCZOS[i] / (z + i);
    return HALF_LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
const EPS = 1e-16;
const MAX_ITER = 100_000;
/** The regularized lower incomplete gamma P(a, x) by its series (x < a + 1). */
function lowerSeries(a, x) {
    let sum = 1 / a;
    let term = sum;
    for (let n = 1; n < MAX_ITER; n++) {
        term *= x / (a + n);
        sum += term;
        if (Math.abs(term) < Math.abs(sum) * EPS)
            break;
    }
    return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
}
/** The regularized upper incomplete gamma Q(a, x) by its continued fraction (x >= a + 1), Lentz's method. */
function upperFraction(a, x) {
    const tiny = 1e-300;
    let b = x + 1 - a;
    let c = 1 / tiny;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < MAX_ITER; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = b + an / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < EPS)
            break;
    }
    return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}
/** Q(a, x) = Γ(a, x) / Γ(a), the upper tail; 1 at x <= 0. */
function gammaQ(a, x) {
    if (!(x > 0))
        return 1;
    if (x === Infinity)
        return 0;
    return x < a + 1 ? 1 - lowerSeries(a, x) : upperFraction(a, x);
}
/** The chi-square survival function with `df` degrees of freedom (scipy.stats.chi2.sf). */
function chiSquareSf(statistic, df) {
    if (Number.isNaN(statistic))
        return Number.NaN;
    return gammaQ(df / 2, statistic / 2);
}
/** The standard normal CDF (scipy.stats.norm.cdf), through erfc = Q(1/2, z²/2). */
function normalCdf(z) {
    if (Number.isNaN(z))
        return Number.NaN;
    const upper = 0.5 * gammaQ(0.5, (z * z) / 2);
    return z >= 0 ? 1 - upper : upper;
}

;// CONCATENATED MODULE: ./build/src/drift-tests/chi-square.js

/**
 * Evidently's chi-square drift test: scipy.stats.chisquare of the current
 * counts against the reference proportions scaled to the current size, over
 * every category seen in either sample. A category the reference never saw
 * has an expected count of 0, which makes the statistic infinite and the
 * p-value 0, as in scipy.
 */
function chiSquareTest(reference, current) {
    const keys = new Set([...reference.counts.keys(), ...current.counts.keys()]);
    const scale = current.total / reference.total;
    let statistic = 0;
    for (const k of keys) {
        const observed = current.counts.get(k) ?? 0;
        const expected = (reference.counts.get(k) ?? 0) * scale;
        const d = observed - expected;
        statistic += (d * d) / expected;
    }
    const df = keys.size - 1;
    return { statistic, pValue: df > 0 ? chiSquareSf(statistic, df) : Number.NaN, df };
}

;// CONCATENATED MODULE: ./build/src/drift-tests/jensen-shannon.js
/**
 * The Jensen-Shannon distance between two distributions given as shares of
 * the same bins (scipy.spatial.distance.jensenshannon, base 2 as Evidently
 * uses it): each is normalized to sum 1, then sqrt of the mean of the two
 * relative entropies to their midpoint. 0 for equal distributions, 1 for
 * disjoint ones.
 */
function jensenShannonDistance(p, q, base = 2) {
    let sp = 0;
    let sq = 0;
    for (let i = 0; i < p.length; i++) {
        sp += p[i];
        sq += q[i];
    }
    let js = 0;
    for (let i = 0; i < p.length; i++) {
        const a = p[i] / sp;
        const b = q[i] / sq;
        const m = (a + b) / 2;
        js += relEntr(a, m) + relEntr(b, m);
    }
    js /= Math.log(base);
    return Math.sqrt(js / 2);
}
/** scipy.special.rel_entr: x·log(x/y), 0 when x is 0. */
function relEntr(x, y) {
    if (x > 0 && y > 0)
        return x * Math.log(x / y);
    if (x === 0 && y >= 0)
        return 0;
    return Infinity;
}

;// CONCATENATED MODULE: ./build/src/drift-tests/kolmogorov.js

/**
 * The survival function of the two-sided one-sample Kolmogorov-Smirnov
 * statistic D_n (scipy.stats.kstwo.sf), which scipy's ks_2samp uses as its
 * asymptotic p-value with n = round(m·n / (m + n)). The branches follow
 * Simard and L'Ecuyer (2011) as scipy does: Ruben-Gambino at the ends, twice
 * the one-sided Smirnov tail for large n·x², the Durbin matrix (Marsaglia,
 * Tsang and Wang) for small x, and the Pelz-Good expansion otherwise.
 */
function kolmogorovSf(n, x) {
    if (!Number.isInteger(n) || n <= 0 || Number.isNaN(x))
        return Number.NaN;
    if (x >= 1)
        return 0;
    if (x <= 0)
        return 1;
    const t = n * x;
    if (t <= 1) {
        if (t <= 0.5)
            return 1;
        const cdf = n <= 140 ? productCdf(n, t) : Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
        return clip(1 - cdf);
    }
    if (t >= n - 1)
        return clip(2 * (1 - x) ** n);
    if (x >= 0.5)
        return clip(2 * smirnovSf(n, x));
    const nx2 = t * x;
    if (n <= 140) {
        // scipy uses Pomeranz's recursion for 0.754693 < n·x² <= 4; the Durbin matrix is exact there too.
        if (nx2 <= 4)
            return clip(1 - durbinCdf(n, x));
        return clip(2 * smirnovSf(n, x));
    }
    if (nx2 >= 370)
        return 0;
    if (nx2 >= 2.2)
        return clip(2 * smirnovSf(n, x));
    let cdf;
    if (nx2 >= 18)
        cdf = 1;
    else if (n <= 100_000 && n * x ** 1.5 <= 1.4)
        cdf = durbinCdf(n, x);
    else
        cdf = pelzGoodCdf(n, x);
    return clip(1 - cdf);
}
const clip = (p) => Math.min(1, Math.max(0, p));
function productCdf(n, t) {
    let p = 1;
    for (let i = 1; i <= n; i++)
        p *= i * (1 / n) * (2 * t - 1);
    return p;
}
const STIRLING = [
    -0.029550653594771242, 0.00641025641025641, -0.0019175269175269176, 0.0008417508417508417,
    -0.0005952380952380953, 0.0007936507936507937, -0.002777777777777778, 0.08333333333333333,
];
/** log(n! / n^n) by Stirling's series. */
function logFactorialOverPower(n) {
    const rn = 1 / n;
    let poly = 0;
    for (const c of STIRLING)
        poly = poly * (rn / n) + c;
    return Math.log(n) / 2 - n + Math.log(2 * Math.PI) / 2 + rn * poly;
}
const E128 = 2 ** 128;
const EM128 = 2 ** -128;
/** Pr(D_n <= d) by the Durbin matrix, the power computed by squaring with rescaling (Marsaglia, Tsang, Wang 2003). */
function durbinCdf(n, d) {
    if (d >= 1)
        return 1;
    const nd = n * d;
    if (nd <= 0.5)
        return 0;
    const k = Math.ceil(nd);
    const h = k - nd;
    const m = 2 * k - 1;
    const v = new Float64Array(m);
    const w = new Float64Array(m);
    let fac = 1;
    for (let j = 1; j <= m; j++) {
        w[j - 1] = fac;
        fac /= j;
        v[j - 1] = (1 - h ** j) * fac;
    }
    const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
    v[m - 1] = (1 + tt) * fac;
    let H = new Float64Array(m * m);
    for (let i = 1; i < m; i++)
        for (let r = i - 1; r < m; r++)
            H[r * m + i] = w[r - i + 1];
    for (let r = 0; r < m; r++)
        H[r * m] = v[r];
    for (let c = 0; c < m; c++)
        H[(m - 1) * m + c] = v[m - 1 - c];
    let P = new Float64Array(m * m);
    for (let i = 0; i < m; i++)
        P[i * m + i] = 1;
    let nn = n;
    let expnt = 0;
    let hExpnt = 0;
    while (nn > 0) {
        if (nn % 2) {
            P = matmul(P, H, m);
            expnt += hExpnt;
        }
        H = matmul(H, H, m);
        hExpnt *= 2;
        if (Math.abs(H[(k - 1) * m + k - 1]) > E128) {
            for (let i = 0; i < H.length; i++)
                H[i] /= E128;
            hExpnt += 128;
        }
        nn = Math.floor(nn / 2);
    }
    let p = P[(k - 1) * m + k - 1];
    for (let i = 1; i <= n; i++) {
        p = (i * p) / n;
        if (Math.abs(p) < EM128) {
            p *= E128;
            expnt -= 128;
        }
    }
    if (expnt !== 0)
        p *= 2 ** expnt;
    return clip(p);
}
function matmul(a, b, m) {
    const out = new Float64Array(m * m);
    for (let i = 0; i < m; i++)
        for (let k = 0; k < m; k++) {
            const aik = a[i * m + k];
            if (aik === 0)
                continue;
            for (let j = 0; j < m; j++)
                out[i * m + j] += aik * b[k * m + j];
        }
    return out;
}
const PI2 = Math.PI ** 2;
const PI4 = Math.PI ** 4;
const PI6 = Math.PI ** 6;
const SQRT2PI = Math.sqrt(2 * Math.PI);
/** Pr(D_n <= x) by the Pelz-Good expansion in 1/sqrt(n). */
function pelzGoodCdf(n, x) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const z = Math.sqrt(n) * x;
    const z2 = z * z;
    const z3 = z2 * z;
    const z4 = z2 * z2;
    const z6 = z4 * z2;
    const qlog = -PI2 / 8 / z2;
    if (qlog < -708)
        return 0;
    let q = Math.exp(qlog);
    const k1a = -z2;
    const k1b = PI2 / 4;
    const k2a = 6 * z6 + 2 * z4;
    const k2b = ((2 * z4 - 5 * z2) * PI2) / 4;
    const k2c = (PI4 * (1 - 2 * z2)) / 16;
    const k3d = (PI6 * (5 - 30 * z2)) / 64;
    const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16;
    const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4;
    const k3a = -30 * z6 - 90 * z ** 8;
    const K = [0, 0, 0, 0];
    const maxk = Math.ceil((16 * z) / Math.PI);
    for (let k = maxk; k > 0; k--) {
        const m = 2 * k - 1;
        const m2 = m * m;
        const m4 = m2 * m2;
        const m6 = m4 * m2;
        const qp = q ** (8 * k);
        const coeffs = [
            1,
            k1a + k1b * m2,
            k2a + k2b * m2 + k2c * m4,
            k3a + k3b * m2 + k3c * m4 + k3d * m6,
        ];
        for (let i = 0; i < 4; i++)
            K[i] = K[i] * qp + coeffs[i];
    }
    const div = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
    for (let i = 0; i < 4; i++)
        K[i] = (K[i] * q * SQRT2PI) / div[i];
    q = Math.exp(-PI2 / 2 / z2);
    let k2extra = 0;
    let k3extra = 0;
    const sqrt3z = Math.sqrt(3) * z;
    for (let k = maxk; k > 0; k--) {
        const k2 = k * k;
        const qp = q ** k2;
        k2extra += k2 * qp;
        const kpi = Math.PI * k;
        k3extra += (sqrt3z + kpi) * (sqrt3z - kpi) * k2 * qp;
    }
    K[2] = K[2] + (k2extra * PI2 * SQRT2PI) / (-36 * z3);
    K[3] = K[3] + (k3extra * PI2 * SQRT2PI) / (216 * z6);
    let sum = 0;
    for (let i = 0; i < 4; i++)
        sum += K[i] / n ** (i / 2);
    return sum;
}
const MIN_LOG = -708.3964185322641;
/**
 * The one-sided Smirnov tail Pr(D+_n > x) (scipy.special.smirnov), by the
 * Birnbaum-Tingey sum with each term in logs, stopping once the rest cannot
 * change the sum; above n = 10^6 the same approximation as scipy.
 */
function smirnovSf(n, x) {
    if (!(n > 0 && x >= 0 && x <= 1))
        return Number.NaN;
    if (n === 1)
        return 1 - x;
    if (x === 0)
        return 1;
    if (x === 1)
        return 0;
    const nx = n * x;
    const nxfl = Math.floor(nx);
    const alpha = nx - nxfl;
    if (nxfl === 0 || (nxfl === 1 && alpha === 0))
        return clip(1 - x * (1 + x) ** (n - 1));
    if (-2 * n * x * x < MIN_LOG)
        return 0;
    if (nxfl >= n - 1)
        return clip((1 - x) ** n);
    if (n > 1_000_000) {
        const logp = -((6 * n * x + 1) ** 2) / 18 / n;
        return clip(logp < -Math.LN2 ? Math.exp(logp) : -Math.expm1(logp));
    }
    let last = n - nxfl - (alpha === 0 ? 0 : 1);
    if (alpha === 0)
        last -= 1;
    const nTerms = last + 1;
    const logN1 = logGamma(n + 1);
    // The v = 0 term is (1 - x)^n / x; the sum is multiplied by x at the end.
    let sum = Math.exp(n * Math.log1p(-x)) / x;
    for (let v = 1; v < nTerms; v++) {
        const logC = logN1 - logGamma(v + 1) - logGamma(n - v + 1);
        const a = x + v / n;
        const log = logC + (n - v) * Math.log1p(-a) + (v - 1) * Math.log(a);
        const term = Math.exp(log);
        sum += term;
        if (term !== 0 && 4 * (nTerms - v) * term < Number.EPSILON * sum && v !== nTerms - 1)
            break;
        if (term === 0 && v > n / 2)
            break;
    }
    return clip(x * sum);
}

;// CONCATENATED MODULE: ./build/src/drift-tests/ks.js

/** scipy's ks_2samp(method='auto') is exact while both samples have at most this many values. */
const KS_MAX_EXACT_N = 10_000;
/**
 * The two-sample Kolmogorov-Smirnov test, two-sided, as scipy.stats.ks_2samp
 * with method='auto': the statistic by one merge walk over both sorted
 * samples, the exact p-value when neither has more than 10 000 values, else
 * the asymptotic one. Both arrays must be sorted ascending, without NaN.
 */
function ksTwoSample(a, b) {
    const n1 = a.length;
    const n2 = b.length;
    if (n1 === 0 || n2 === 0)
        throw new RangeError('ks_2samp needs two non-empty samples');
    let d = ksStatistic(a, b);
    const g = gcd(n1, n2);
    if (Math.max(n1, n2) <= KS_MAX_EXACT_N) {
        const lcm = (n1 / g) * n2;
        const h = roundHalfEven(d * lcm);
        d = h / lcm;
        if (h === 0)
            return { statistic: d, pValue: 1, method: 'exact' };
        const p = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInside(n1, n2, g, h);
        if (p >= 0 && p <= 1)
            return { statistic: d, pValue: p, method: 'exact' };
    }
    const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
    const en = (m * n) / (m + n);
    return { statistic: d, pValue: kolmogorovSf(roundHalfEven(en), d), method: 'asymp' };
}
/** The largest distance between the two empirical CDFs, compared after every distinct value. */
function ksStatistic(a, b) {
    const n1 = a.length;
    const n2 = b.length;
    let i = 0;
    let j = 0;
    let max = 0;
    let min = 0;
    while (i < n1 || j < n2) {
        const v = i < n1 && (j >= n2 || a[i] <= b[j]) ? a[i] : b[j];
        while (i < n1 && a[i] <= v)
            i++;
        while (j < n2 && b[j] <= v)
            j++;
        const diff = i / n1 - j / n2;
        if (diff > max)
            max = diff;
        else if (diff < min)
            min = diff;
    }
    const minS = Math.min(1, Math.max(0, -min));
    return minS > max ? minS : max;
}
function gcd(a, b) {
    while (b)
        [a, b] = [b, a % b];
    return a;
}
/** numpy's round: halves to even. */
function roundHalfEven(x) {
    const r = Math.round(x);
    return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
/** Pr(D_{n,n} >= h/n), a Horner-like alternating sum (scipy's _compute_prob_outside_square). */
function probOutsideSquare(n, h) {
    let P = 0;
    for (let k = Math.floor(n / h); k >= 0; k--) {
        let p1 = 1;
        for (let j = 0; j < h; j++)
            p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
        P = p1 * (1 - P);
    }
    return 2 * P;
}
/**
 * The share of lattice paths from (0,0) to (m,n) that leave the band
 * |x/m - y/n| < h/lcm: Hodges' inside method, computing 1 - p directly
 * (Viehmann 2021), one sliding column at a time.
 */
function outerProbInside(m0, n0, g, h) {
    const [m, n] = m0 >= n0 ? [m0, n0] : [n0, m0];
    const mg = m / g;
    const ng = n / g;
    let minj = 0;
    let maxj = Math.min(Math.ceil(h / mg), n + 1);
    let curlen = maxj - minj;
    const lenA = Math.min(2 * maxj + 2, n + 1);
    const A = new Float64Array(lenA).fill(1);
    A.fill(0, minj, maxj);
    for (let i = 1; i <= m; i++) {
        const lastminj = minj;
        const lastlen = curlen;
        minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
        maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
        if (maxj <= minj)
            return 1;
        let val = minj === 0 ? 0 : 1;
        for (let jj = 0; jj < maxj - minj; jj++) {
            const j = jj + minj;
            val = (A[jj + minj - lastminj] * i + val * j) / (i + j);
            A[jj] = val;
        }
        curlen = maxj - minj;
        if (lastlen > curlen)
            A.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
    }
    return A[maxj - minj - 1];
}

;// CONCATENATED MODULE: ./build/src/drift-tests/psi.js

/**
 * The population stability index of two distributions over the same bins,
 * as Evidently computes it: empty bins filled first (see fillZeroes), then
 * Σ (ref - cur) · ln(ref / cur). 0.1 is Evidently's drift threshold.
 */
function populationStabilityIndex(reference, current) {
    const r = fillZeroes(reference);
    const c = fillZeroes(current);
    let psi = 0;
    for (let i = 0; i < r.length; i++)
        psi += (r[i] - c[i]) * Math.log(r[i] / c[i]);
    return psi;
}

;// CONCATENATED MODULE: ./build/src/drift-tests/wasserstein.js
/**
 * The first Wasserstein distance between two samples (scipy.stats.
 * wasserstein_distance): the area between their empirical CDFs, by one merge
 * walk over both sorted samples. Both arrays sorted ascending, without NaN.
 */
function wassersteinSorted(u, v) {
    const nu = u.length;
    const nv = v.length;
    if (nu === 0 || nv === 0)
        throw new RangeError('wasserstein_distance needs two non-empty samples');
    let i = 0;
    let j = 0;
    let sum = 0;
    // The CDFs after the current value; the area up to the next value is |F_u - F_v| · gap.
    let x = u[0] <= v[0] ? u[0] : v[0];
    while (i < nu || j < nv) {
        while (i < nu && u[i] <= x)
            i++;
        while (j < nv && v[j] <= x)
            j++;
        if (i === nu && j === nv)
            break;
        const next = i < nu && (j >= nv || u[i] <= v[j]) ? u[i] : v[j];
        sum += Math.abs(i / nu - j / nv) * (next - x);
        x = next;
    }
    return sum;
}
/** The population standard deviation (numpy's np.std, ddof=0), two-pass. */
function populationStdDev(values) {
    const n = values.length;
    if (n === 0)
        return Number.NaN;
    let mean = 0;
    for (let k = 0; k < n; k++)
        mean += values[k];
    mean /= n;
    let ss = 0;
    for (let k = 0; k < n; k++) {
        const d = values[k] - mean;
        ss += d * d;
    }
    return Math.sqrt(ss / n);
}
/**
 * Evidently's normed Wasserstein distance: the distance divided by the
 * reference's standard deviation (at least 0.001), so that 0.1 means a tenth
 * of a standard deviation whatever the unit.
 */
function wassersteinNormed(reference, current) {
    const norm = Math.max(populationStdDev(reference), 0.001);
    return wassersteinSorted(reference, current) / norm;
}

;// CONCATENATED MODULE: ./build/src/drift-tests/z-test.js

/**
 * Evidently's two-proportion z-test for a column with at most two values
 * (its default below 1000 reference rows): the share of the first value in
 * sorted order in each sample, a pooled standard error, and the two-sided
 * p-value 2·(1 - Φ(|z|)). Two samples holding the same single value give 1.
 */
function zTest(reference, current) {
    const rKeys = [...reference.counts.keys()];
    const cKeys = [...current.counts.keys()];
    if (rKeys.length === 1 && cKeys.length === 1 && rKeys[0] === cKeys[0])
        return { statistic: 0, pValue: 1 };
    const first = [...new Set([...rKeys, ...cKeys])].sort(compareKeys)[0];
    const n1 = reference.total;
    const n2 = current.total;
    const p1 = (n1 - (reference.counts.get(first) ?? 0)) / n1;
    const p2 = (n2 - (current.counts.get(first) ?? 0)) / n2;
    const P = (p1 * n1 + p2 * n2) / (n1 + n2);
    const z = (p1 - p2) / Math.sqrt(P * (1 - P) * (1 / n1 + 1 / n2));
    return { statistic: z, pValue: 2 * (1 - normalCdf(Math.abs(z))) };
}
/** Sorted as Python sorts the keys: numbers by value, text by code point. */
function compareKeys(a, b) {
    const x = Number(a);
    const y = Number(b);
    if (a !== '' && b !== '' && !Number.isNaN(x) && !Number.isNaN(y))
        return x - y;
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./build/src/gates/drift/sort.js
/**
 * The finite values of a column, sorted ascending: missing (NaN) and
 * infinite values are left out, as Evidently drops them before its tests.
 * Large columns are sorted by an LSD radix sort on the IEEE-754 bits (four
 * 16-bit digits, skipping digits that every value shares), which is several
 * times faster than a comparison sort on a million values; -0 sorts before 0.
 */
function sortFinite(values) {
    let n = 0;
    for (let i = 0; i < values.length; i++)
        if (Number.isFinite(values[i]))
            n++;
    const out = new Float64Array(n);
    if (n === values.length)
        out.set(values);
    else {
        let k = 0;
        for (let i = 0; i < values.length; i++) {
            const v = values[i];
            if (Number.isFinite(v))
                out[k++] = v;
        }
    }
    return n < RADIX_MIN ? out.sort() : radixSort(out);
}
const RADIX_MIN = 4096;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** Sorts in place (and returns) a Float64Array without NaN. */
function radixSort(data) {
    const n = data.length;
    const words = new Uint32Array(data.buffer, data.byteOffset, n * 2);
    const [loAt, hiAt] = LITTLE_ENDIAN ? [0, 1] : [1, 0];
    let lo = new Uint32Array(n);
    let hi = new Uint32Array(n);
    // Order-preserving keys: flip every bit of negatives, only the sign bit of the rest.
    for (let i = 0; i < n; i++) {
        const h = words[2 * i + hiAt];
        const l = words[2 * i + loAt];
        const neg = h >>> 31;
        hi[i] = neg ? ~h >>> 0 : (h | 0x80000000) >>> 0;
        lo[i] = neg ? ~l >>> 0 : l;
    }
    let lo2 = new Uint32Array(n);
    let hi2 = new Uint32Array(n);
    // All four digit histograms in one read pass.
    const counts = new Uint32Array(4 * 65536);
    for (let i = 0; i < n; i++) {
        const l = lo[i];
        const h = hi[i];
        counts[l & 0xffff]++;
        counts[65536 + (l >>> 16)]++;
        counts[131072 + (h & 0xffff)]++;
        counts[196608 + (h >>> 16)]++;
    }
    for (let pass = 0; pass < 4; pass++) {
        const base = pass * 65536;
        const shift = (pass % 2) * 16;
        const first = ((pass < 2 ? lo[0] : hi[0]) >>> shift) & 0xffff;
        if (counts[base + first] === n)
            continue; // every value shares this digit
        let sum = 0;
        for (let d = 0; d < 65536; d++) {
            const c = counts[base + d];
            counts[base + d] = sum;
            sum += c;
        }
        const src = pass < 2 ? lo : hi;
        for (let i = 0; i < n; i++) {
            const at = counts[base + ((src[i] >>> shift) & 0xffff)]++;
            lo2[at] = lo[i];
            hi2[at] = hi[i];
        }
        ;
        [lo, lo2] = [lo2, lo];
        [hi, hi2] = [hi2, hi];
    }
    for (let i = 0; i < n; i++) {
        const h = hi[i];
        const neg = !(h >>> 31);
        words[2 * i + hiAt] = neg ? ~h >>> 0 : h & 0x7fffffff;
        words[2 * i + loAt] = neg ? ~lo[i] >>> 0 : lo[i];
    }
    return data;
}

;// CONCATENATED MODULE: ./build/src/gates/drift/judge.js









/** Evidently's size limit: at most this many reference values, p-value tests; above, distances. */
const SMALL_REFERENCE_ROWS = 1000;
/**
 * Compares one column as Evidently does: missing values left out, then the
 * configured test or the default one (numeric with more than 5 distinct
 * values: KS up to 1000 reference rows, normed Wasserstein above; otherwise
 * chi-square, or the z-test for two values, up to 1000 rows, and
 * Jensen-Shannon above). Throws a RangeError when a sample has no values.
 */
function compareColumn(values, setting = {}) {
    if (values.kind === 'num') {
        const ref = sortFinite(values.reference);
        const cur = sortFinite(values.current);
        if (ref.length === 0 || cur.length === 0)
            throw new RangeError(emptyMessage(ref.length));
        const distinct = distinctUnion(ref, cur);
        const test = setting.test ??
            (ref.length <= SMALL_REFERENCE_ROWS
                ? distinct <= 5
                    ? distinct > 2
                        ? 'chisquare'
                        : 'z'
                    : 'ks'
                : distinct <= 5
                    ? 'jensenshannon'
                    : 'wasserstein');
        const counts = () => [countSorted(ref), countSorted(cur)];
        const base = {
            kind: 'num',
            referenceRows: ref.length,
            currentRows: cur.length,
            referenceMissing: values.reference.length - ref.length,
            currentMissing: values.current.length - cur.length,
            distinct,
            referenceMean: mean(ref),
            currentMean: mean(cur),
            referenceStd: populationStdDev(ref),
            distribution: binNumeric(ref, cur),
        };
        return finish(base, test, setting, () => {
            switch (test) {
                case 'ks': {
                    const r = ksTwoSample(ref, cur);
                    return { score: r.pValue, statistic: r.statistic };
                }
                case 'wasserstein':
                    // wassersteinNormed, with the standard deviation already computed.
                    return { score: wassersteinSorted(ref, cur) / Math.max(base.referenceStd, 0.001) };
                case 'jensenshannon':
                case 'psi': {
                    const b = base.distribution;
                    return {
                        score: test === 'psi'
                            ? populationStabilityIndex(b.reference, b.current)
                            : jensenShannonDistance(b.reference, b.current),
                    };
                }
                default:
                    return categoricalScore(test, ...counts());
            }
        });
    }
    const ref = countValues(values.reference);
    const cur = countValues(values.current);
    if (ref.total === 0 || cur.total === 0)
        throw new RangeError(emptyMessage(ref.total));
    const distinct = new Set([...ref.counts.keys(), ...cur.counts.keys()]).size;
    const test = setting.test ??
        (ref.total <= SMALL_REFERENCE_ROWS ? (distinct > 2 ? 'chisquare' : 'z') : 'jensenshannon');
    if (test === 'ks' || test === 'wasserstein')
        throw new RangeError(`${test} compares numbers, and this column holds text`);
    const base = {
        kind: 'cat',
        referenceRows: ref.total,
        currentRows: cur.total,
        referenceMissing: values.reference.length - ref.total,
        currentMissing: values.current.length - cur.total,
        distinct,
        distribution: categoryShares(ref, cur),
    };
    return finish(base, test, setting, () => categoricalScore(test, ref, cur));
}
function emptyMessage(referenceValues) {
    return `no values to compare in the ${referenceValues === 0 ? 'reference' : 'current window'} (every value is missing)`;
}
function finish(base, test, setting, compute) {
    const threshold = setting.threshold ?? DEFAULT_THRESHOLD[test];
    const { score, statistic } = compute();
    return {
        ...base,
        test,
        configured: setting.test !== undefined,
        threshold,
        score,
        ...(statistic !== undefined ? { statistic } : {}),
        drifted: isDrift(test, score, threshold),
    };
}
/** KS drifts at p <= threshold, chi-square and z at p < threshold (as in Evidently), distances at >= threshold. */
function isDrift(test, score, threshold) {
    if (Number.isNaN(score))
        return false;
    if (test === 'ks')
        return score <= threshold;
    if (P_VALUE_TESTS.has(test))
        return score < threshold;
    return score >= threshold;
}
function categoricalScore(test, ref, cur) {
    if (test === 'chisquare') {
        const r = chiSquareTest(ref, cur);
        // A single category on both sides has nothing to test: no drift, as scipy's p-value of 1 (0 degrees of freedom) would say.
        return r.df === 0 ? { score: 1, statistic: 0 } : { score: r.pValue, statistic: r.statistic };
    }
    if (test === 'z') {
        const r = zTest(ref, cur);
        return { score: r.pValue, statistic: r.statistic };
    }
    const s = categoryShares(ref, cur);
    return {
        score: test === 'psi'
            ? populationStabilityIndex(s.reference, s.current)
            : jensenShannonDistance(s.reference, s.current),
    };
}
function countValues(values) {
    const counts = new Map();
    let total = 0;
    for (const v of values) {
        if (v === null)
            continue;
        counts.set(v, (counts.get(v) ?? 0) + 1);
        total++;
    }
    return { counts, total };
}
function mean(values) {
    let s = 0;
    for (let i = 0; i < values.length; i++)
        s += values[i];
    return s / values.length;
}
/** Largest count of distinct values reported: enough for every rule (5 and 20), cheap on a million rows. */
const DISTINCT_CAP = 1000;
/** Distinct values over two sorted arrays, by a merge walk that stops past DISTINCT_CAP. */
function distinctUnion(a, b) {
    let i = 0;
    let j = 0;
    let n = 0;
    while ((i < a.length || j < b.length) && n <= DISTINCT_CAP) {
        const v = i < a.length && (j >= b.length || a[i] <= b[j]) ? a[i] : b[j];
        while (i < a.length && a[i] === v)
            i++;
        while (j < b.length && b[j] === v)
            j++;
        n++;
    }
    return n;
}

// EXTERNAL MODULE: ./build/src/onnx/model-io.js
var model_io = __webpack_require__(59637);
// EXTERNAL MODULE: ./build/src/onnx/runner.js + 3 modules
var runner = __webpack_require__(52731);
;// CONCATENATED MODULE: ./build/src/gates/drift/predictions.js



/**
 * The model's predictions on the reference and on the current window, as
 * columns to compare: one numeric column per regression target
 * (`prediction`, or `prediction.<target>` for several), or the predicted
 * class (categorical) for a classifier.
 */
async function predictBoth(path, display, model, targets, ref, cur) {
    const classes = (0,model_config/* classNames */.xW)(model, display);
    const loaded = await runner/* LoadedModel */.D.open(path, display, (0,model_io/* modelIoFor */.T)(model, targets, classes), {
        intraOpThreads: 0,
    });
    try {
        const a = await loaded.predict(features(model, ref), ref.rows);
        const b = await loaded.predict(features(model, cur), cur.rows);
        if (model.task === 'regression')
            return targets.map((t, i) => ({
                name: targets.length > 1 ? `prediction.${t.name}` : 'prediction',
                values: {
                    kind: 'num',
                    reference: a.targets[i].prediction,
                    current: b.targets[i].prediction,
                },
            }));
        const label = (p) => Array.from(p, (c) => String(classes?.[c] ?? c));
        return [
            {
                name: 'prediction',
                values: {
                    kind: 'cat',
                    reference: label(a.predictedClass),
                    current: label(b.predictedClass),
                },
            },
        ];
    }
    finally {
        await loaded.close();
    }
}
function features(model, table) {
    const out = new Map();
    for (const f of model.features) {
        const n = table.numeric.get(f.name);
        out.set(f.name, n ?? table.text.get(f.name).map((v) => v ?? ''));
    }
    return out;
}

;// CONCATENATED MODULE: ./build/src/gates/drift/report.js

const TEST_NAMES = {
    ks: 'K-S p-value',
    wasserstein: 'Wasserstein distance (normed)',
    chisquare: 'chi-square p-value',
    z: 'Z-test p-value',
    jensenshannon: 'Jensen-Shannon distance',
    psi: 'PSI',
};
/** The pass condition a check states: p-values above (KS) or at least (chi-square, z) the threshold, distances below it. */
function passOperator(test) {
    if (test === 'ks')
        return '>';
    return P_VALUE_TESTS.has(test) ? '>=' : '<';
}
const round = (x, digits = 6) => x === undefined || !Number.isFinite(x) ? null : Number(x.toPrecision(digits));
/** One check per compared column: a drifted column is a warning; the dataset verdict is the blocking check. */
function columnCheck(c) {
    const what = c.role === 'feature' ? 'Feature' : c.role === 'target' ? 'Target' : 'Prediction';
    return {
        id: `drift.${c.role}.${c.name}`,
        rule: c.test,
        variable: c.name,
        value: round(c.score, 12),
        operator: passOperator(c.test),
        threshold: c.threshold,
        status: c.drifted ? 'warn' : 'pass',
        severity: 'warn',
        message: `${what} ${c.name}: ${TEST_NAMES[c.test]} ${round(c.score, 4)} (${c.drifted ? 'drift' : 'no drift'} at ${c.threshold}; ${c.configured ? 'test set in ssot/drift.json' : defaultReason(c)})`,
        details: {
            role: c.role,
            kind: c.kind,
            ...(c.statistic !== undefined ? { statistic: round(c.statistic, 12) } : {}),
            referenceRows: c.referenceRows,
            currentRows: c.currentRows,
            referenceMissing: c.referenceMissing,
            currentMissing: c.currentMissing,
            distinct: c.distinct,
        },
    };
}
function defaultReason(c) {
    const size = c.referenceRows <= 1000 ? '<= 1000' : '> 1000';
    const type = c.kind === 'num' && c.distinct > 5
        ? 'numeric, > 5 distinct values'
        : 'categorical or <= 5 values';
    return `default for ${type}, ${size} reference values`;
}
/** The per-column table of the report. */
function columnTable(columns) {
    return {
        title: 'Drift per column',
        columns: [
            'column',
            'role',
            'type',
            'test',
            'score',
            'threshold',
            'drift',
            'reference values',
            'current values',
            'reference mean',
            'current mean',
        ],
        rows: columns.map((c) => [
            c.name,
            c.role,
            c.kind === 'num' ? 'numeric' : 'categorical',
            TEST_NAMES[c.test],
            round(c.score, 4),
            c.threshold,
            c.drifted ? 'DRIFT' : 'no',
            c.referenceRows,
            c.currentRows,
            round(c.referenceMean, 4),
            round(c.currentMean, 4),
        ]),
    };
}
/** A small distribution chart (reference against current shares) per drifted column. */
function driftCharts(columns) {
    return columns
        .filter((c) => c.drifted)
        .map((c) => {
        const d = c.distribution;
        const numericBins = typeof d.labels[0] === 'number' && d.labels.length === d.reference.length + 1;
        const x = (i) => numericBins ? (d.labels[i] + d.labels[i + 1]) / 2 : i + 1;
        const series = (name, shares) => ({
            name,
            points: Array.from(shares, (s, i) => [x(i), round(s, 6) ?? 0]),
        });
        return {
            id: `drift-${c.role}-${c.name}`,
            title: `${c.name}: ${TEST_NAMES[c.test]} ${round(c.score, 3)}`,
            kind: numericBins ? 'histogram' : 'bar',
            xLabel: numericBins
                ? c.name
                : `${c.name} (${d.labels
                    .slice(0, 8)
                    .map((l, i) => `${i + 1}=${l}`)
                    .join(', ')}${d.labels.length > 8 ? ', ...' : ''})`,
            yLabel: 'share of rows',
            series: [series('reference', d.reference), series('current', d.current)],
        };
    });
}

// EXTERNAL MODULE: ./build/src/gates/drift/window.js
var drift_window = __webpack_require__(3428);
// EXTERNAL MODULE: ./build/src/contract/digits.js
var digits = __webpack_require__(70020);
;// CONCATENATED MODULE: ./build/src/gates/drift/index.js












/**
 * Drift monitoring: the current window (`--data current=FILE`) against the
 * reference (`paths.reference` in ssot/model.json), per feature with
 * Evidently's tests and defaults unless ssot/drift.json says otherwise, plus
 * the target when the window has it and the model's predictions when a model
 * is given. Fails (exit 1) on dataset drift: at least `datasetDriftShare` of
 * the features drift.
 */
const drift = {
    id: 'drift',
    options: {
        threads: 'threads that read large CSV files (default: the available cores, at most 8); MODELGATE_THREADS also sets it',
        freeze: 'true: on dataset drift, freeze the production version (in the registry when there is one, else the output frozen=true); overrides freeze in ssot/drift.json',
    },
    async run(ctx) {
        const model = await ctx.ssot.model();
        const config = await loadDriftConfig(ctx.ssot);
        const threads = (0,range_workers/* threadCount */.Cc)(ctx.inputs.options.threads);
        const { reference, current } = dataFiles(ctx, model);
        const refDisplay = ctx.workspace.display(reference);
        const curDisplay = ctx.workspace.display(current);
        const [refHeader, curHeader] = [
            await readHeader(reference, refDisplay),
            await readHeader(current, curDisplay),
        ];
        checkColumns(refHeader, curHeader, curDisplay, config);
        const ignored = (name) => config.columns?.[name]?.ignore === true;
        const features = model.features.filter((f) => !ignored(f.name));
        // Nothing compared is no verdict: "no drift" over zero features would pass by default.
        if (features.length === 0)
            throw new errors/* InputError */.dz({
                file: ctx.ssot.display('drift.json'),
                pointer: '/columns',
                message: 'drift.json ignores every feature of the model: no feature would be compared',
                expected: 'at least one feature of ssot/model.json without ignore: true',
                found: `ignored: ${model.features.map((f) => f.name).join(', ')}`,
            });
        const targets = (0,model_config/* resolveTargets */.h5)(model, ctx.ssot.display('model.json'));
        const targetColumns = targets
            .map((t) => t.column)
            .filter((c) => curHeader.includes(c) && refHeader.includes(c) && !ignored(c));
        const textTarget = model.task !== 'regression';
        const specs = [
            ...model.features.map((f) => ({ name: f.name, kind: f.dtype === 'string' ? 'text' : 'number' })),
            ...targetColumns.map((name) => ({ name, kind: textTarget ? 'text' : 'number' })),
        ];
        const t0 = performance.now();
        const ref = await (0,drift_window.readTable)(reference, refDisplay, 'reference', specs, threads);
        const cur = await (0,drift_window.readTable)(current, curDisplay, 'current', specs, threads);
        // Large files were hashed by one of the threads that read them; small ones are hashed now.
        const digests = [
            ctx.describeFile(reference, 'reference', undefined, ref.digest),
            ctx.describeFile(current, 'current', undefined, cur.digest),
        ];
        for (const d of digests)
            d.catch(() => { });
        if (cur.rows === 0)
            throw noRows(curDisplay, 'current window');
        if (ref.rows === 0)
            throw noRows(refDisplay, 'reference');
        const t1 = performance.now();
        const { verdicts, checks, compare } = comparer(ctx, config);
        for (const f of features)
            compare(f.name, 'feature', columnValues(f.name, ref, cur));
        for (const c of targetColumns)
            compare(c, 'target', columnValues(c, ref, cur));
        let modelSubject;
        if (ctx.inputs.model) {
            const modelPath = ctx.workspace.resolve(ctx.inputs.model, 'model');
            modelSubject = await ctx.describeFile(modelPath, 'model');
            const predicted = await predictBoth(modelPath, ctx.workspace.display(modelPath), model, targets, ref, cur);
            for (const p of predicted)
                if (!ignored(p.name))
                    compare(p.name, 'prediction', p.values);
        }
        const t2 = performance.now();
        const featureVerdicts = verdicts.filter((v) => v.role === 'feature');
        const drifted = featureVerdicts.filter((v) => v.drifted);
        const share = featureVerdicts.length ? drifted.length / featureVerdicts.length : 0;
        const shareThreshold = config.datasetDriftShare ?? DEFAULT_DATASET_SHARE;
        const datasetDrift = featureVerdicts.length > 0 && share >= shareThreshold;
        checks.push(datasetCheck(featureVerdicts.length, drifted, share, shareThreshold));
        const freeze = parseFreeze(ctx.inputs.options.freeze) ?? config.freeze ?? false;
        const frozenVersion = datasetDrift && freeze ? await freezeProduction(ctx, model.name) : undefined;
        const otherDrift = verdicts
            .filter((v) => v.role !== 'feature' && v.drifted)
            .map((v) => (v.name === v.role ? v.role : `${v.role} ${v.name}`));
        const status = (0,outcome/* decideStatus */.x7)(checks, 0);
        return {
            status,
            summary: `${model.name}: ${datasetDrift ? 'dataset drift' : 'no dataset drift'}, ${drifted.length} of ${featureVerdicts.length} features drift${otherDrift.length ? `; ${otherDrift.join(', ')} drift` : ''} (${(0,digits/* groupDigits */.K)(cur.rows)} current rows against ${(0,digits/* groupDigits */.K)(ref.rows)} reference rows)`,
            subject: {
                ...(modelSubject ? { model: modelSubject } : {}),
                data: [
                    { ...(await digests[0]), rows: ref.rows },
                    { ...(await digests[1]), rows: cur.rows },
                ],
                artifacts: [],
            },
            checks,
            problems: [],
            report: {
                model: {
                    name: model.name,
                    version: model.version ?? null,
                    owner: model.owner,
                    stage: model.stage,
                },
                drift: {
                    datasetDrift,
                    share,
                    shareThreshold,
                    driftedFeatures: drifted.map((v) => v.name),
                    drifted: verdicts.filter((v) => v.drifted).map((v) => ({ name: v.name, role: v.role })),
                    reference: { file: refDisplay, rows: ref.rows },
                    current: { file: curDisplay, rows: cur.rows },
                },
                alert: alertSettings(config, freeze, frozenVersion),
                stages: { readMs: t1 - t0, testsMs: t2 - t1 },
                tables: [columnTable(verdicts)],
                charts: driftCharts(verdicts),
            },
        };
    },
};
/** Compares columns into verdicts and checks; a column that cannot be judged becomes an error check. */
function comparer(ctx, config) {
    const verdicts = [];
    const checks = [];
    const compare = (name, role, values) => {
        const setting = { ...(config.test ? { test: config.test } : {}), ...config.columns?.[name] };
        try {
            const v = { name, role, ...compareColumn(values, setting) };
            verdicts.push(v);
            checks.push(columnCheck(v));
        }
        catch (error) {
            if (!(error instanceof RangeError))
                throw error;
            // A test that does not fit the column was set in drift.json; missing values were not.
            const source = setting.test !== undefined
                ? {
                    file: ctx.ssot.display('drift.json'),
                    pointer: config.columns?.[name]?.test
                        ? `/columns/${(0,schema_registry/* escapePointer */.lZ)(name)}/test`
                        : '/test',
                }
                : undefined;
            checks.push(unjudgedCheck(name, role, error.message, source));
        }
    };
    return { verdicts, checks, compare };
}
/** The blocking check: the dataset drifts when at least `threshold` of the features drift. */
function datasetCheck(features, drifted, share, threshold) {
    const fail = features > 0 && share >= threshold;
    return {
        id: 'drift.dataset.share',
        rule: 'drifted_share',
        value: share,
        operator: '<',
        threshold,
        status: fail ? 'fail' : 'pass',
        severity: 'block',
        message: `${drifted.length} of ${features} features drift${drifted.length ? ` (${drifted.map((v) => v.name).join(', ')})` : ''}; the dataset drifts at a share of ${threshold} or more`,
        details: { driftedFeatures: drifted.map((v) => v.name), features },
    };
}
/** What the Action's alert step needs from this run (report.alert). */
function alertSettings(config, freeze, frozenVersion) {
    return {
        freeze,
        ...(frozenVersion ? { frozenVersion } : {}),
        ...(config.retrain
            ? {
                retrain: {
                    workflow: config.retrain.workflow,
                    ...(config.retrain.ref ? { ref: config.retrain.ref } : {}),
                    consecutiveRuns: config.retrain.consecutiveRuns ?? DEFAULT_CONSECUTIVE_RUNS,
                },
            }
            : {}),
    };
}
/** The reference (reference=FILE, else paths.reference) and the current window (current=FILE, or one path without a role). */
function dataFiles(ctx, model) {
    const data = ctx.inputs.data;
    const byRole = (role) => data.filter((d) => d.role === role);
    const refInput = byRole('reference');
    const curInputs = byRole('current');
    if (curInputs.length === 0 && data.length === 1 && !data[0].explicitRole)
        curInputs.push(data[0]);
    if (curInputs.length !== 1 || refInput.length > 1)
        throw new errors/* InputError */.dz({
            message: curInputs.length === 0
                ? 'drift compares a current window with the reference, and no current window was given'
                : 'drift compares one current window with one reference',
            expected: '--data current=FILE (the `data` input), and the reference in paths.reference of ssot/model.json or --data reference=FILE',
            found: data.length
                ? data.map((d) => (d.explicitRole ? `${d.role}=${d.path}` : d.path)).join(', ')
                : 'no data',
        });
    const current = ctx.workspace.resolve(curInputs[0].path, 'current window');
    if (refInput.length === 1)
        return { reference: ctx.workspace.resolve(refInput[0].path, 'reference data'), current };
    if (!model.paths.reference)
        throw new errors/* InputError */.dz({
            file: ctx.ssot.display('model.json'),
            pointer: '/paths/reference',
            message: 'drift has no reference data',
            expected: 'paths.reference in ssot/model.json (the data the model was trained on), or --data reference=FILE',
            found: 'none',
        });
    return {
        reference: ctx.ssot.resolveRepoPath(model.paths.reference, 'reference data', '/paths/reference'),
        current,
    };
}
const HEADER_READ = Symbol('header read');
/** The header of a CSV, without reading its rows. */
async function readHeader(absolute, display) {
    let header = [];
    try {
        await (0,byte_csv_reader/* readCsvFile */.FU)(absolute, { displayPath: display }, (h) => {
            header = h;
            throw HEADER_READ;
        }, () => { });
    }
    catch (error) {
        if (error !== HEADER_READ)
            throw error;
    }
    return header;
}
/** A window column the reference lacks means the data changed shape: an error, unless drift.json lists it in ignoreColumns. */
function checkColumns(refHeader, curHeader, curDisplay, config) {
    const extra = curHeader.filter((c) => !refHeader.includes(c) && !config.ignoreColumns?.includes(c));
    if (extra.length > 0)
        throw new errors/* InputError */.dz({
            file: curDisplay,
            line: 1,
            message: `The current window has ${extra.length === 1 ? 'a column' : 'columns'} that the reference lacks: ${extra.map((c) => JSON.stringify(c)).join(', ')}`,
            expected: `the reference's columns (${refHeader.join(', ')}), or the column in ignoreColumns of ssot/drift.json`,
            found: `columns ${curHeader.join(', ')}`,
        });
}
function columnValues(name, ref, cur) {
    const r = ref.numeric.get(name);
    if (r)
        return { kind: 'num', reference: r, current: cur.numeric.get(name) };
    return { kind: 'cat', reference: ref.text.get(name), current: cur.text.get(name) };
}
function noRows(display, what) {
    return new errors/* InputError */.dz({
        file: display,
        message: `The ${what} has no data rows`,
        expected: 'at least one row to compare',
        found: 'a header only',
    });
}
/** A column that cannot be judged (no values, or a test that does not fit its type): an error check, never a pass. */
function unjudgedCheck(name, role, message, source) {
    return {
        id: `drift.${role}.${name}`,
        rule: 'drift',
        variable: name,
        value: null,
        status: 'error',
        severity: 'block',
        message: `${role} ${name}: ${message}`,
        ...(source ? { source } : {}),
    };
}
function parseFreeze(raw) {
    if (raw === undefined)
        return undefined;
    if (raw === 'true' || raw === 'false')
        return raw === 'true';
    throw new errors/* InputError */.dz({
        message: 'Invalid option freeze',
        expected: 'true or false',
        found: JSON.stringify(raw),
    });
}
/**
 * Freezes the production version in the registry, when the run was given
 * one (it keeps serving; its recommendations are held until a person
 * unfreezes it). Returns the version, or undefined without a registry or a
 * production version (the Action then sets the output frozen=true).
 */
async function freezeProduction(ctx, model) {
    const registry = ctx.services.registry;
    if (!registry)
        return undefined;
    const production = await registry.production(model);
    if (!production)
        return undefined;
    if (!production.frozen) {
        const r = ctx.run;
        const runUrl = r.serverUrl && r.repository && r.runId
            ? `${r.serverUrl}/${r.repository}/actions/runs/${r.runId}`
            : undefined;
        await registry.setFrozen({ model: production.model, version: production.version }, true, {
            ...(r.actor ? { login: r.actor } : {}),
            ...(r.runId ? { runId: r.runId } : {}),
            ...(runUrl ? { runUrl } : {}),
        }, 'dataset drift (modelgate drift)');
    }
    return production.version;
}


/***/ }),

/***/ 3428:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readTable: () => (/* binding */ readTable)
/* harmony export */ });
/* harmony import */ var _csv_byte_csv_reader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51111);
/* harmony import */ var _csv_number_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57503);
/* harmony import */ var _csv_range_workers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58348);
/* harmony import */ var _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68081);
/* harmony import */ var _ssot_data_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51083);





const NULLS = new Set(_ssot_data_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_NULL_VALUES */ .L);
const COMMA = 44;
const QUOTE = 34;
/**
 * Reads the named columns of a CSV with the byte reader, in worker threads
 * for large quote-free files. A column the file lacks, or a cell that is
 * neither a number nor a null token in a numeric column, is an InputError
 * naming the file, the line and the cell.
 */
async function readTable(absolute, display, role, columns, threads) {
    const spec = { columns, role };
    const run = await (0,_csv_range_workers_js__WEBPACK_IMPORTED_MODULE_1__/* .runRangeTask */ .W3)('drift-table', absolute, display, threads, spec, { digest: true });
    let header;
    let parts;
    if (run) {
        header = run.header;
        parts = run.parts.map((p) => p.result);
    }
    else {
        const part = await readPart(absolute, display, spec);
        header = part.header;
        parts = [part];
    }
    const rows = parts.reduce((n, p) => n + p.rows, 0);
    const numeric = new Map();
    parts[0].numericNames.forEach((name, i) => {
        const out = new Float64Array(rows);
        let at = 0;
        for (const p of parts) {
            out.set(p.numeric[i], at);
            at += p.numeric[i].length;
        }
        numeric.set(name, out);
    });
    const text = new Map();
    parts[0].textNames.forEach((name, i) => text.set(name, parts.flatMap((p) => p.text[i])));
    return { header, rows, numeric, text, ...(run?.digest ? { digest: run.digest } : {}) };
}
(0,_csv_range_workers_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRangeTask */ .sG)('drift-table', async (job) => {
    const part = await readPart(job.absolute, job.display, job.params, {
        ...job.range,
        header: job.header,
    });
    return { result: part, rows: part.rows, lines: part.nextLine };
});
async function readPart(absolute, display, spec, range) {
    const numeric = [];
    const text = [];
    let header = [];
    const mapColumns = (h, line) => {
        header = h;
        for (const c of spec.columns) {
            const index = h.indexOf(c.name);
            if (index < 0)
                throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
                    file: display,
                    line,
                    message: `The ${spec.role} data has no column "${c.name}"`,
                    expected: `a column "${c.name}" (a model feature, compared between the reference and the current window)`,
                    found: `columns ${h.join(', ')}`,
                });
            if (c.kind === 'number')
                numeric.push({ name: c.name, index, values: new GrowableF64() });
            else
                text.push({ name: c.name, index, values: [] });
        }
    };
    if (range)
        mapColumns(range.header, 1);
    let rows = 0;
    // Fast path for plain lines: split on commas once and parse only the wanted
    // cells; a line with a quote, the wrong field count, or a cell that is not
    // a number goes to the record path below, which reports it.
    let slots;
    const scratch = new Float64Array(spec.columns.length);
    const texts = [];
    const onLine = (buf, from, to) => {
        if (!slots) {
            const width = range ? range.header.length : header.length;
            slots = new Int32Array(width).fill(-1);
            numeric.forEach((c, k) => (slots[c.index] = k));
            text.forEach((c, k) => (slots[c.index] = numeric.length + k));
        }
        let field = 0;
        let start = from;
        texts.length = 0;
        for (let i = from; i <= to; i++) {
            const b = i < to ? buf[i] : COMMA;
            if (b === QUOTE)
                return false;
            if (b !== COMMA)
                continue;
            if (field >= slots.length)
                return false;
            const slot = slots[field];
            if (slot >= 0) {
                if (slot < numeric.length) {
                    const v = (0,_csv_number_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseNumberBytes */ .oX)(buf, start, i);
                    if (Number.isNaN(v))
                        return false;
                    scratch[slot] = v;
                }
                else {
                    const raw = buf.toString('utf8', start, i);
                    texts[slot - numeric.length] = NULLS.has(raw) ? null : raw;
                }
            }
            field++;
            start = i + 1;
        }
        if (field !== slots.length)
            return false;
        for (let k = 0; k < numeric.length; k++)
            numeric[k].values.push(scratch[k]);
        for (let k = 0; k < text.length; k++)
            text[k].values.push(texts[k]);
        rows++;
        return true;
    };
    const summary = await (0,_csv_byte_csv_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .readCsvFile */ .FU)(absolute, { displayPath: display, onLine, ...(range ? { range } : {}) }, mapColumns, (rec) => {
        rows++;
        const width = range ? range.header.length : header.length;
        if (rec.count !== width)
            throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
                file: display,
                line: rec.line,
                message: `A row of the ${spec.role} data has ${rec.count} fields`,
                expected: `${width} fields, as in the header`,
                found: `${rec.count}`,
            });
        for (const c of numeric) {
            const v = (0,_csv_number_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseNumberBytes */ .oX)(rec.buf, rec.start[c.index], rec.end[c.index]);
            if (!Number.isNaN(v)) {
                c.values.push(v);
                continue;
            }
            const raw = (0,_csv_byte_csv_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldText */ .gF)(rec, c.index);
            if (NULLS.has(raw.trim())) {
                c.values.push(Number.NaN);
                continue;
            }
            throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
                file: display,
                line: rec.line,
                message: `Column "${c.name}" of the ${spec.role} data is not a number`,
                expected: `a number, or a missing value (${_ssot_data_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_NULL_VALUES */ .L.map((s) => JSON.stringify(s)).join(', ')})`,
                found: JSON.stringify(raw),
            });
        }
        for (const c of text) {
            const raw = (0,_csv_byte_csv_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldText */ .gF)(rec, c.index);
            c.values.push(NULLS.has(raw) ? null : raw);
        }
    });
    return {
        header: range ? range.header : header.length ? header : summary.header,
        rows,
        numericNames: numeric.map((c) => c.name),
        numeric: numeric.map((c) => c.values.toArray()),
        textNames: text.map((c) => c.name),
        text: text.map((c) => c.values),
        nextLine: summary.nextLine,
    };
}
/** A Float64Array that doubles when full: no boxed numbers for million-row windows. */
class GrowableF64 {
    data = new Float64Array(1024);
    length = 0;
    push(v) {
        if (this.length === this.data.length) {
            const bigger = new Float64Array(this.data.length * 2);
            bigger.set(this.data);
            this.data = bigger;
        }
        this.data[this.length++] = v;
    }
    toArray() {
        return this.data.slice(0, this.length);
    }
}


/***/ })

};
