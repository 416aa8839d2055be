export const id = 448;
export const ids = [448];
export const modules = {

/***/ 9510:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DA: () => (/* binding */ kpiGates),
/* harmony export */   De: () => (/* binding */ acceptedUnits),
/* harmony export */   OS: () => (/* binding */ findKpi)
/* harmony export */ });
/* unused harmony export KPIS */
/* harmony import */ var _metrics_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53291);

const REG = ['regression'];
const CLS = ['binary', 'multiclass'];
const BIN = ['binary'];
const MULTI = ['multiclass'];
const ALL = ['regression', 'binary', 'multiclass'];
const prf = (metric, average) => (d, idx) => _metrics_index_js__WEBPACK_IMPORTED_MODULE_0__/* .prf */ .Hu(metric, average, d.labels, d.predictedClass, d.classes.length, idx, d.weights);
/** The KPI names kpi_acceptance.csv may use for G1, and how each is computed. */
const KPIS = [
    {
        name: 'mae',
        tasks: REG,
        better: 'lower',
        unit: 'target',
        compute: (d, i) => _metrics_index_js__WEBPACK_IMPORTED_MODULE_0__/* .mae */ .M0(d.y, d.prediction, i, d.weights),
    },
    {
        name: 'rmse',
        tasks: REG,
        better: 'lower',
        unit: 'target',
        compute: (d, i) => _metrics_index_js__WEBPACK_IMPORTED_MODULE_0__/* .rmse */ .Yd(d.y, d.prediction, i, d.weights),
    },
    {
        name: 'mape',
        tasks: REG,
        better: 'lower',
        unit: 'ratio',
        compute: (d, i) => _metrics_index_js__WEBPACK_IMPORTED_MODULE_0__/* .mape */ .Mn(d.y, d.prediction, i, d.weights),
    },
    {
        name: 'r2',
        tasks: REG,
        better: 'higher',
        unit: 'none',
        compute: (d, i) => _metrics_index_js__WEBPACK_IMPORTED_MODULE_0__.r2(d.y, d.prediction, i, d.weights),
    },
    {
        name: 'bias',
        tasks: REG,
        better: 'lower',
        unit: 'target',
        compute: (d, i) => _metrics_index_js__WEBPACK_IMPORTED_MODULE_0__/* .bias */ .K0(d.y, d.prediction, i, d.weights),
    },
    {
        name: 'abs_bias',
        tasks: REG,
        better: 'lower',
        unit: 'target',
        compute: (d, i) => Math.abs(_metrics_index_js__WEBPACK_IMPORTED_MODULE_0__/* .bias */ .K0(d.y, d.prediction, i, d.weights)),
    },
    {
        name: 'max_error',
        tasks: REG,
        better: 'lower',
        unit: 'target',
        compute: (d, i) => _metrics_index_js__WEBPACK_IMPORTED_MODULE_0__/* .maxError */ .N4(d.y, d.prediction, i),
    },
    {
        name: 'coverage',
        tasks: REG,
        better: 'higher',
        unit: 'ratio',
        needs: 'intervals',
        compute: (d, i) => _metrics_index_js__WEBPACK_IMPORTED_MODULE_0__/* .coverage */ .vk(d.y, d.lower, d.upper, i, d.weights),
    },
    {
        name: 'interval_width',
        tasks: REG,
        better: 'lower',
        unit: 'target',
        needs: 'intervals',
        compute: (d, i) => _metrics_index_js__WEBPACK_IMPORTED_MODULE_0__/* .intervalWidth */ .kd(d.lower, d.upper, i, d.weights),
    },
    {
        name: 'accuracy',
        tasks: CLS,
        better: 'higher',
        unit: 'ratio',
        compute: (d, i) => _metrics_index_js__WEBPACK_IMPORTED_MODULE_0__/* .accuracy */ .y2(d.labels, d.predictedClass, i, d.weights),
    },
    {
        name: 'balanced_accuracy',
        tasks: CLS,
        better: 'higher',
        unit: 'ratio',
        compute: (d, i) => _metrics_index_js__WEBPACK_IMPORTED_MODULE_0__/* .balancedAccuracy */ .q2(d.labels, d.predictedClass, d.classes.length, i, d.weights),
    },
    {
        name: 'precision',
        tasks: BIN,
        better: 'higher',
        unit: 'ratio',
        compute: prf('precision', 'binary'),
    },
    { name: 'recall', tasks: BIN, better: 'higher', unit: 'ratio', compute: prf('recall', 'binary') },
    { name: 'f1', tasks: BIN, better: 'higher', unit: 'ratio', compute: prf('f1', 'binary') },
    {
        name: 'precision_macro',
        tasks: CLS,
        better: 'higher',
        unit: 'ratio',
        compute: prf('precision', 'macro'),
    },
    {
        name: 'recall_macro',
        tasks: CLS,
        better: 'higher',
        unit: 'ratio',
        compute: prf('recall', 'macro'),
    },
    { name: 'f1_macro', tasks: CLS, better: 'higher', unit: 'ratio', compute: prf('f1', 'macro') },
    {
        name: 'precision_weighted',
        tasks: CLS,
        better: 'higher',
        unit: 'ratio',
        compute: prf('precision', 'weighted'),
    },
    {
        name: 'recall_weighted',
        tasks: CLS,
        better: 'higher',
        unit: 'ratio',
        compute: prf('recall', 'weighted'),
    },
    {
        name: 'f1_weighted',
        tasks: CLS,
        better: 'higher',
        unit: 'ratio',
        compute: prf('f1', 'weighted'),
    },
    {
        name: 'roc_auc',
        tasks: BIN,
        better: 'higher',
        unit: 'ratio',
        needs: 'probabilities',
        compute: (d, i) => _metrics_index_js__WEBPACK_IMPORTED_MODULE_0__/* .rocAuc */ .om(_metrics_index_js__WEBPACK_IMPORTED_MODULE_0__/* .indicator */ .q3(d.labels, 1), d.probabilities[1], i, d.weights),
    },
    {
        name: 'roc_auc_ovr',
        tasks: MULTI,
        better: 'higher',
        unit: 'ratio',
        needs: 'probabilities',
        compute: (d, i) => _metrics_index_js__WEBPACK_IMPORTED_MODULE_0__/* .rocAucOvr */ .bK(d.labels, d.probabilities, i, d.classes, d.weights),
    },
    {
        name: 'average_precision',
        tasks: BIN,
        better: 'higher',
        unit: 'ratio',
        needs: 'probabilities',
        compute: (d, i) => _metrics_index_js__WEBPACK_IMPORTED_MODULE_0__/* .averagePrecision */ .cF(_metrics_index_js__WEBPACK_IMPORTED_MODULE_0__/* .indicator */ .q3(d.labels, 1), d.probabilities[1], i, d.weights),
    },
    {
        name: 'log_loss',
        tasks: CLS,
        better: 'lower',
        unit: 'none',
        needs: 'probabilities',
        compute: (d, i) => _metrics_index_js__WEBPACK_IMPORTED_MODULE_0__/* .logLoss */ ._1(d.labels, d.probabilities, i, d.probabilityEps, d.weights),
    },
    {
        name: 'brier',
        tasks: CLS,
        better: 'lower',
        unit: 'none',
        needs: 'probabilities',
        compute: (d, i) => _metrics_index_js__WEBPACK_IMPORTED_MODULE_0__/* .brier */ .ru(d.labels, d.probabilities, i, d.weights),
    },
    {
        name: 'ece',
        tasks: CLS,
        better: 'lower',
        unit: 'ratio',
        needs: 'probabilities',
        compute: (d, i) => _metrics_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ece */ .SG(d.labels, d.probabilities, d.eceBins, i, d.weights),
    },
    // Operational: G1 measures them on the runner; G4 reads them from the shadow log's latency columns.
    { name: 'latency_p50_ms', tasks: ALL, better: 'lower', unit: 'ms' },
    { name: 'latency_p95_ms', tasks: ALL, better: 'lower', unit: 'ms' },
    { name: 'latency_p99_ms', tasks: ALL, better: 'lower', unit: 'ms' },
    { name: 'throughput_rows_per_s', tasks: ALL, better: 'higher', unit: 'rows/s', gates: ['G1'] },
    // Shadow (G4) only: the shadow against production on every logged row, and the log itself.
    {
        name: 'mean_abs_diff',
        tasks: REG,
        better: 'lower',
        unit: 'target',
        needs: 'production',
        gates: ['G4'],
        compute: (d, i) => _metrics_index_js__WEBPACK_IMPORTED_MODULE_0__/* .mae */ .M0(d.production, d.prediction, i),
    },
    {
        name: 'agreement',
        tasks: CLS,
        better: 'higher',
        unit: 'ratio',
        needs: 'production',
        gates: ['G4'],
        compute: (d, i) => _metrics_index_js__WEBPACK_IMPORTED_MODULE_0__/* .accuracy */ .y2(d.productionClass, d.predictedClass, i),
    },
    { name: 'error_rate', tasks: ALL, better: 'lower', unit: 'ratio', scope: 'model', gates: ['G4'] },
    { name: 'days_covered', tasks: ALL, better: 'higher', unit: 'days', gates: ['G4'] },
];
/** The gates that may judge a KPI. */
function kpiGates(def) {
    return def.gates ?? ['G1', 'G4'];
}
const SLICE_PREFIX = 'slice_gap_';
/** Finds a KPI by name; `slice_gap_<kpi>` is the largest difference of that KPI between slices. */
function findKpi(name) {
    if (name.startsWith(SLICE_PREFIX)) {
        const base = KPIS.find((k) => k.name === name.slice(SLICE_PREFIX.length) && k.compute);
        // A gap is in the base KPI's unit, and smaller is better whichever way the KPI points.
        return base ? { def: { ...base, name, better: 'lower' }, sliceGap: true } : undefined;
    }
    const def = KPIS.find((k) => k.name === name);
    return def ? { def, sliceGap: false } : undefined;
}
/** The units a rule may state for a KPI. */
function acceptedUnits(def, targetUnit) {
    switch (def.unit) {
        case 'target':
            return targetUnit ? [targetUnit] : [''];
        case 'ratio':
            return ['ratio', ''];
        case 'none':
            return [''];
        case 'ms':
            return ['ms'];
        case 'rows/s':
            return ['rows/s'];
        case 'days':
            return ['days'];
    }
}


/***/ }),

/***/ 28785:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T_: () => (/* binding */ judgeRules),
  Eb: () => (/* binding */ key),
  rj: () => (/* binding */ resolveRule)
});

// UNUSED EXPORTS: compare

// EXTERNAL MODULE: ./build/src/stats/bootstrap.js
var bootstrap = __webpack_require__(14727);
// EXTERNAL MODULE: ./build/src/acceptance/kpis.js
var kpis = __webpack_require__(9510);
;// CONCATENATED MODULE: ./build/src/acceptance/change-checks.js
/**
 * The change checks of one rule: one per change threshold it sets
 * (max_abs_degradation, max_rel_degradation), judged on the degradation
 * against the baseline (with `bound=ci`, the pessimistic end of the
 * interval of the delta), `skipped` with a reason when there is no baseline.
 */
function changeChecks(c) {
    const checks = [];
    const { comparison } = c;
    for (const kind of ['abs', 'rel']) {
        const limit = kind === 'abs' ? c.rule.maxAbsDegradation : c.rule.maxRelDegradation;
        if (limit === undefined)
            continue;
        const changeId = `${c.id}.${kind}_change`;
        const changeBase = {
            ...c.base,
            id: changeId,
            rule: `${c.rule.kpi}_${kind}_degradation`,
            unit: kind === 'abs' ? c.rule.unit : 'ratio',
        };
        if (!c.hasBaseline || !comparison) {
            const why = c.baselineWhy;
            checks.push({
                ...changeBase,
                value: null,
                operator: '<=',
                threshold: limit,
                status: 'skipped',
                message: c.hasBaseline
                    ? `${c.baselineName} model has no value for ${c.rule.kpi}${why ? `: ${why}` : ''}`
                    : 'no baseline model was given, so this change threshold was not evaluated (give baseline-model, or paths.baseline in ssot/model.json)',
            });
            continue;
        }
        // Degradation in the KPI's "worse" direction, from the rule's operator.
        const degradation = (delta) => (c.lowerIsBetter ? delta : -delta);
        const relative = (d) => kind === 'abs'
            ? d
            : comparison.baseline === 0
                ? d > 0
                    ? Number.POSITIVE_INFINITY
                    : 0
                : d / Math.abs(comparison.baseline);
        const value = relative(degradation(comparison.delta));
        let judgedChange = value;
        const changeNotes = [
            `${c.rule.kpi} ${formatSigned(comparison.delta)} against ${c.baselineName} (${c.lowerIsBetter ? 'lower' : 'higher'} is better)`,
        ];
        if (c.rule.bound === 'ci') {
            if (!c.deltaCi) {
                const why = c.deltaInterval && 'reason' in c.deltaInterval
                    ? c.deltaInterval.reason
                    : c.resamples === 0
                        ? 'the bootstrap is off (bootstrap=0)'
                        : 'the delta has no bootstrap interval';
                checks.push({
                    ...changeBase,
                    value: Number.isFinite(value) ? value : null,
                    operator: '<=',
                    threshold: limit,
                    status: 'error',
                    message: `${c.at}: bound=ci needs a bootstrap interval of the delta: ${why}`,
                });
                continue;
            }
            // The worst degradation inside the interval: its upper end for lower-is-better KPIs, its lower end otherwise.
            judgedChange = relative(degradation(c.lowerIsBetter ? c.deltaCi[1] : c.deltaCi[0]));
            changeNotes.push(`judged on the pessimistic end of the ${percent(c.rule.confidence)} CI of the delta`);
        }
        if (c.deltaInterval)
            changeNotes.push(...describeDropped(`the ${c.rule.kpi} delta`, c.deltaInterval));
        checks.push({
            ...changeBase,
            value: Number.isFinite(value) ? value : null,
            operator: '<=',
            threshold: limit,
            status: outcome(judgedChange <= limit, c.rule.severity),
            message: changeNotes.join('; '),
            details: {
                candidate: c.candidate,
                baseline: comparison.baseline,
                delta: comparison.delta,
                ...(c.deltaCi ? { deltaCi: c.deltaCi, confidence: c.rule.confidence } : {}),
                ...(c.rule.bound === 'ci'
                    ? { judged: Number.isFinite(judgedChange) ? judgedChange : null }
                    : {}),
            },
        });
    }
    return checks;
}
function describeDropped(what, r) {
    if (r.dropped === 0)
        return [];
    if ('reason' in r)
        return [r.reason];
    return [
        `${r.dropped} of ${r.total} bootstrap resamples had no ${what} value and were left out of the interval`,
    ];
}
function percent(confidence) {
    return `${Number((confidence * 100).toPrecision(4))}%`;
}
function outcome(ok, severity) {
    return ok ? 'pass' : severity === 'warn' ? 'warn' : 'fail';
}
function formatSigned(x) {
    return `${x >= 0 ? '+' : ''}${Number(x.toPrecision(4))}`;
}

;// CONCATENATED MODULE: ./build/src/acceptance/rules.js



const key = (kpi, variable) => `${kpi}|${variable}`;
function compare(value, op, threshold) {
    switch (op) {
        case '<':
            return value < threshold;
        case '<=':
            return value <= threshold;
        case '>':
            return value > threshold;
        case '>=':
            return value >= threshold;
    }
}
/** Validates one G1 rule against what G1 can compute; returns the KPI or an error message. */
function resolveRule(rule, variables, task, gate = 'G1') {
    const found = (0,kpis/* findKpi */.OS)(rule.kpi);
    if (!found)
        return {
            error: `${gate} cannot compute KPI "${rule.kpi}"; see docs/metrics.md for the KPI names`,
        };
    const { def } = found;
    const gates = (0,kpis/* kpiGates */.DA)(def);
    if (!gates.includes(gate) || (found.sliceGap && gate !== 'G1'))
        return {
            error: `KPI "${rule.kpi}" is not judged by ${gate} (it is a ${found.sliceGap ? 'G1' : gates.join(', ')} KPI)`,
        };
    if (!def.tasks.includes(task))
        return {
            error: `KPI "${rule.kpi}" does not apply to a ${task} model (it applies to ${def.tasks.join(', ')})`,
        };
    const modelLevel = def.unit === 'ms' || def.unit === 'rows/s' || def.unit === 'days' || def.scope === 'model';
    const variable = variables.find((v) => v.name === rule.variable);
    if (!modelLevel && !variable) {
        const names = variables.map((v) => `"${v.name}"`).join(', ');
        return {
            error: `KPI "${rule.kpi}" is about variable "${rule.variable}", but the model predicts ${variables.length === 1 ? names : `the variables ${names}`}`,
        };
    }
    if (modelLevel && rule.variable !== '')
        return {
            error: `KPI "${rule.kpi}" is about the model, not a variable; leave variable empty (found "${rule.variable}")`,
        };
    const units = (0,kpis/* acceptedUnits */.De)(def, variable?.unit);
    if (!units.includes(rule.unit)) {
        return {
            error: `unit "${rule.unit}" does not match KPI "${rule.kpi}" on "${rule.variable || 'the model'}", whose unit is ${units.map((u) => (u === '' ? 'empty' : `"${u}"`)).join(' or ')}`,
        };
    }
    if (def.unit === 'ratio') {
        const outside = (x) => x < 0 || x > 1;
        const hint = (x) => x > 1 && x <= 100 ? ` (${x} looks like a percentage: write ${x / 100})` : '';
        if (outside(rule.threshold))
            return {
                error: `threshold ${rule.threshold} is outside [0, 1], but ${rule.kpi} is a ratio, a fraction where 0.9 means 90%${hint(rule.threshold)}`,
            };
        if (rule.maxAbsDegradation !== undefined && outside(rule.maxAbsDegradation)) {
            return {
                error: `max_abs_degradation ${rule.maxAbsDegradation} is outside [0, 1], but ${rule.kpi} is a ratio, a fraction where 0.05 means 5 points${hint(rule.maxAbsDegradation)}`,
            };
        }
    }
    return { def };
}
/**
 * Turns the rules of kpi_acceptance.csv into checks: one value check per rule
 * (the point estimate, or with `bound=ci` the pessimistic end of the rule's
 * own bootstrap interval), plus a change check per change threshold (with
 * `bound=ci`, the pessimistic end of the paired-bootstrap interval of the
 * delta), which is `skipped` with a reason when there is no baseline.
 * A rule G1 cannot judge is an `error` check whose message starts with the
 * rule's file and line.
 */
function judgeRules(input) {
    const checks = [];
    for (const rule of input.rules) {
        const source = { file: rule.file, line: rule.line };
        const at = `${rule.file}:${rule.line}`;
        const base = {
            rule: rule.kpi,
            variable: rule.variable,
            unit: rule.unit,
            severity: rule.severity,
            source,
        };
        const gate = input.gate ?? 'G1';
        const baselineName = input.baselineName ?? 'the baseline';
        const id = `${gate}.L${rule.line}.${rule.kpi}${rule.variable ? `.${rule.variable}` : ''}`;
        const resolved = resolveRule(rule, input.variables, input.task, gate);
        if ('error' in resolved) {
            checks.push({
                ...base,
                id,
                value: null,
                operator: rule.operator,
                threshold: rule.threshold,
                status: 'error',
                message: `${at}: ${resolved.error}`,
            });
            continue;
        }
        const k = key(rule.kpi, rule.variable);
        const measured = input.candidate.get(k);
        if (!measured) {
            checks.push({
                ...base,
                id,
                value: null,
                operator: rule.operator,
                threshold: rule.threshold,
                status: 'error',
                message: `${at}: ${input.reasons.get(k) ?? `KPI "${rule.kpi}" could not be computed`}`,
            });
            continue;
        }
        const lowerIsBetter = rule.operator === '<' || rule.operator === '<=';
        const interval = measured.samples
            ? (0,bootstrap/* bootstrapInterval */.kd)(measured.samples, rule.confidence)
            : undefined;
        const ci = interval && 'ci' in interval ? interval.ci : undefined;
        const bootstrapNotes = interval ? describeDropped(rule.kpi, interval) : [];
        let judged = measured.value;
        const notes = [];
        if (rule.bound === 'ci') {
            if (!ci) {
                const why = interval && 'reason' in interval
                    ? interval.reason
                    : input.resamples === 0
                        ? 'the bootstrap is off (bootstrap=0)'
                        : `KPI "${rule.kpi}" has no bootstrap interval`;
                checks.push({
                    ...base,
                    id,
                    value: measured.value,
                    operator: rule.operator,
                    threshold: rule.threshold,
                    status: 'error',
                    message: `${at}: bound=ci needs a bootstrap interval: ${why}`,
                });
                continue;
            }
            judged = lowerIsBetter ? ci[1] : ci[0];
            notes.push(`judged on the ${lowerIsBetter ? 'upper' : 'lower'} end of the ${percent(rule.confidence)} CI`);
        }
        notes.push(...bootstrapNotes);
        if (measured.note)
            notes.push(measured.note);
        if (rule.notes)
            notes.push(rule.notes);
        const comparison = input.baseline?.get(k);
        // The paired-bootstrap interval of candidate − baseline at the rule's confidence: in the value check's details and the change checks.
        const deltaInterval = comparison?.samples
            ? (0,bootstrap/* bootstrapInterval */.kd)(comparison.samples, rule.confidence)
            : undefined;
        const deltaCi = deltaInterval && 'ci' in deltaInterval ? deltaInterval.ci : undefined;
        checks.push({
            ...base,
            id,
            value: measured.value,
            operator: rule.operator,
            threshold: rule.threshold,
            status: outcome(compare(judged, rule.operator, rule.threshold), rule.severity),
            ...(notes.length ? { message: notes.join('; ') } : {}),
            details: {
                ...(ci ? { ci, confidence: rule.confidence } : {}),
                ...(interval && interval.dropped > 0
                    ? { droppedResamples: interval.dropped, resamples: interval.total }
                    : {}),
                ...(rule.bound === 'ci' ? { judged } : {}),
                ...(comparison ? { baseline: comparison.baseline, delta: comparison.delta } : {}),
                ...(deltaCi ? { deltaCi } : {}),
                ...measured.details,
            },
        });
        checks.push(...changeChecks({
            rule,
            id,
            at,
            base,
            lowerIsBetter,
            candidate: measured.value,
            comparison,
            deltaInterval,
            deltaCi,
            hasBaseline: input.hasBaseline,
            baselineWhy: input.baselineReasons?.get(k),
            baselineName,
            resamples: input.resamples,
        }));
    }
    return checks;
}


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

/***/ 53291:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qR: () => (/* reexport */ DTYPE_EPS),
  y2: () => (/* reexport */ accuracy),
  cF: () => (/* reexport */ averagePrecision),
  q2: () => (/* reexport */ balancedAccuracy),
  K0: () => (/* reexport */ bias),
  ru: () => (/* reexport */ brier),
  eT: () => (/* reexport */ calibrationCurve),
  gM: () => (/* reexport */ confusionMatrix),
  vk: () => (/* reexport */ coverage),
  SG: () => (/* reexport */ ece),
  Bb: () => (/* reexport */ firstBadRowSum),
  q3: () => (/* reexport */ indicator),
  kd: () => (/* reexport */ intervalWidth),
  _1: () => (/* reexport */ logLoss),
  M0: () => (/* reexport */ mae),
  Mn: () => (/* reexport */ mape),
  N4: () => (/* reexport */ maxError),
  Hu: () => (/* reexport */ prf),
  r2: () => (/* reexport */ r2),
  Yd: () => (/* reexport */ rmse),
  om: () => (/* reexport */ rocAuc),
  bK: () => (/* reexport */ rocAucOvr)
});

// UNUSED EXPORTS: argmax, reliabilityBins, topClass

// EXTERNAL MODULE: ./build/src/contract/errors.js
var errors = __webpack_require__(68081);
;// CONCATENATED MODULE: ./build/src/metrics/common.js

const EPS = 2.220446049250313e-16;
/** Machine epsilon of the probability output's dtype (numpy's finfo(dtype).eps): log loss clips with it. */
const DTYPE_EPS = { float32: 2 ** -23, float64: 2 ** -52 };
function size(n, idx) {
    return idx ? idx.length : n;
}
/** A weighted mean over rows whose weights sum to 0 divides by zero, so that is an error, never NaN. */
function zeroTotalWeight(what, rows) {
    return new errors/* InputError */.dz({
        message: `${what} is undefined: the sample weights of these ${rows} rows sum to 0`,
        expected: 'rows with a positive total sample weight',
        found: `${rows} rows, every weight 0`,
    });
}
/** Σ w·f(i) / Σ w over the rows, in one pass: scikit-learn's `_average(values, weights=sample_weight)`. */
function weightedMean(w, idx, what, f) {
    const n = size(w.length, idx);
    let s = 0;
    let total = 0;
    for (let k = 0; k < n; k++) {
        const i = idx ? idx[k] : k;
        const wi = w[i];
        total += wi;
        // A row of weight 0 adds nothing (and its term is not evaluated, so 0·∞ cannot make NaN).
        if (wi !== 0)
            s += wi * f(i);
    }
    if (!(total > 0))
        throw zeroTotalWeight(what, n);
    return s / total;
}
function zeroWeightClass(metric, cls, rows) {
    return new errors/* InputError */.dz({
        message: `${metric} is undefined: the ${rows} ${cls} rows carry a total sample weight of 0`,
        expected: `a positive total weight of the ${cls} rows`,
        found: `${rows} ${cls} rows, every weight 0`,
    });
}
function singleClass(metric, only, rows) {
    return new errors/* InputError */.dz({
        message: `${metric} is undefined: the labels contain a single class (${rows} ${only} rows, no ${only === 'positive' ? 'negative' : 'positive'} one)`,
        expected: 'both positive and negative labels',
        found: `one class only`,
    });
}

;// CONCATENATED MODULE: ./build/src/metrics/regression.js

/** Regression metrics: errors, R², bias and prediction intervals, as scikit-learn defines them. */
function mae(y, p, idx, w) {
    if (w)
        return weightedMean(w, idx, 'MAE', (i) => Math.abs(y[i] - p[i]));
    const n = size(y.length, idx);
    let s = 0;
    for (let k = 0; k < n; k++) {
        const i = idx ? idx[k] : k;
        s += Math.abs(y[i] - p[i]);
    }
    return s / n;
}
function rmse(y, p, idx, w) {
    if (w)
        return Math.sqrt(weightedMean(w, idx, 'RMSE', (i) => (y[i] - p[i]) ** 2));
    const n = size(y.length, idx);
    let s = 0;
    for (let k = 0; k < n; k++) {
        const i = idx ? idx[k] : k;
        const d = y[i] - p[i];
        s += d * d;
    }
    return Math.sqrt(s / n);
}
/** sklearn's mean_absolute_percentage_error: |y - p| / max(|y|, eps), as a fraction (not %). */
function mape(y, p, idx, w) {
    if (w)
        return weightedMean(w, idx, 'MAPE', (i) => Math.abs(y[i] - p[i]) / Math.max(Math.abs(y[i]), EPS));
    const n = size(y.length, idx);
    let s = 0;
    for (let k = 0; k < n; k++) {
        const i = idx ? idx[k] : k;
        s += Math.abs(y[i] - p[i]) / Math.max(Math.abs(y[i]), EPS);
    }
    return s / n;
}
/**
 * R² with sklearn's force_finite rule: a constant target gives 1 for a perfect fit, else 0.
 * Weighted: 1 − Σw(y − p)² / Σw(y − ȳ_w)², ȳ_w the weighted mean of y.
 */
function r2(y, p, idx, w) {
    if (w)
        return r2Weighted(y, p, idx, w);
    const n = size(y.length, idx);
    let mean = 0;
    for (let k = 0; k < n; k++)
        mean += y[idx ? idx[k] : k];
    mean /= n;
    let res = 0;
    let tot = 0;
    for (let k = 0; k < n; k++) {
        const i = idx ? idx[k] : k;
        const d = y[i] - p[i];
        const t = y[i] - mean;
        res += d * d;
        tot += t * t;
    }
    if (tot === 0)
        return res === 0 ? 1 : 0;
    return 1 - res / tot;
}
function r2Weighted(y, p, idx, w) {
    const n = size(y.length, idx);
    // The weighted mean, shifted by the first value: exact for a constant target, whose R² then follows the force_finite rule.
    const first = y[idx ? idx[0] : 0];
    const mean = first + weightedMean(w, idx, 'R²', (i) => y[i] - first);
    let res = 0;
    let tot = 0;
    for (let k = 0; k < n; k++) {
        const i = idx ? idx[k] : k;
        const d = y[i] - p[i];
        const t = y[i] - mean;
        res += w[i] * d * d;
        tot += w[i] * t * t;
    }
    if (tot === 0)
        return res === 0 ? 1 : 0;
    return 1 - res / tot;
}
/** Mean error, prediction minus actual: positive means the model over-predicts. */
function bias(y, p, idx, w) {
    if (w)
        return weightedMean(w, idx, 'Mean error', (i) => p[i] - y[i]);
    const n = size(y.length, idx);
    let s = 0;
    for (let k = 0; k < n; k++) {
        const i = idx ? idx[k] : k;
        s += p[i] - y[i];
    }
    return s / n;
}
/** Largest absolute error over the rows. Unweighted even on a weighted holdout: scikit-learn's max_error takes no sample_weight. */
function maxError(y, p, idx) {
    const n = size(y.length, idx);
    let m = 0;
    for (let k = 0; k < n; k++) {
        const i = idx ? idx[k] : k;
        m = Math.max(m, Math.abs(y[i] - p[i]));
    }
    return m;
}
/** Fraction of rows (weighted: of the weight) whose actual value lies in [lower, upper] (both ends inclusive). */
function coverage(y, lower, upper, idx, w) {
    if (w)
        return weightedMean(w, idx, 'Coverage', (i) => y[i] >= lower[i] && y[i] <= upper[i] ? 1 : 0);
    const n = size(y.length, idx);
    let c = 0;
    for (let k = 0; k < n; k++) {
        const i = idx ? idx[k] : k;
        if (y[i] >= lower[i] && y[i] <= upper[i])
            c++;
    }
    return c / n;
}
function intervalWidth(lower, upper, idx, w) {
    if (w)
        return weightedMean(w, idx, 'Mean interval width', (i) => upper[i] - lower[i]);
    const n = size(lower.length, idx);
    let s = 0;
    for (let k = 0; k < n; k++) {
        const i = idx ? idx[k] : k;
        s += upper[i] - lower[i];
    }
    return s / n;
}

;// CONCATENATED MODULE: ./build/src/metrics/classification.js

/** Classification metrics on class indexes 0..K-1: the confusion matrix and what is read off it (accuracy, precision, recall, F1). */
/** Row counts, or with weights the summed weight, of each (actual, predicted) pair (sklearn's confusion_matrix with sample_weight). */
function confusionMatrix(y, pred, k, idx, w) {
    const m = Array.from({ length: k }, () => new Array(k).fill(0));
    const n = size(y.length, idx);
    if (w) {
        for (let j = 0; j < n; j++) {
            const i = idx ? idx[j] : j;
            m[y[i]][pred[i]] += w[i];
        }
        return m;
    }
    for (let j = 0; j < n; j++) {
        const i = idx ? idx[j] : j;
        m[y[i]][pred[i]]++;
    }
    return m;
}
function accuracy(y, pred, idx, w) {
    if (w)
        return weightedMean(w, idx, 'Accuracy', (i) => (y[i] === pred[i] ? 1 : 0));
    const n = size(y.length, idx);
    let c = 0;
    for (let j = 0; j < n; j++) {
        const i = idx ? idx[j] : j;
        if (y[i] === pred[i])
            c++;
    }
    return c / n;
}
/**
 * Mean recall over the classes that occur in the labels (sklearn drops classes
 * with no support). Weighted: recalls from the weighted confusion matrix, and a
 * class whose rows all weigh 0 has no support.
 */
function balancedAccuracy(y, pred, k, idx, w) {
    const m = w
        ? weightedConfusion(y, pred, k, idx, w, 'Balanced accuracy').m
        : confusionMatrix(y, pred, k, idx);
    let s = 0;
    let classes = 0;
    for (let c = 0; c < k; c++) {
        const support = m[c].reduce((a, b) => a + b, 0);
        if (support === 0)
            continue;
        s += m[c][c] / support;
        classes++;
    }
    return s / classes;
}
/**
 * Precision, recall and F1 as sklearn computes them with zero_division=0 and
 * its default `labels`: binary is for the positive class (index 1); macro and
 * weighted average over the classes present in y ∪ pred (sklearn's
 * unique_labels(y_true, y_pred)), so a declared class that neither occurs nor
 * is predicted does not pull the macro mean down; weighted uses each class's
 * support in y.
 * Weighted: tp, fp and fn are summed weights, `weighted` uses each class's
 * summed weight in y, and the classes averaged over are still those present
 * in y ∪ pred (a class whose rows all weigh 0 counts, with its 0/0 = 0 score,
 * as sklearn's unique_labels does not look at weights).
 */
function prf(metric, average, y, pred, k, idx, w) {
    const weighted = w
        ? weightedConfusion(y, pred, k, idx, w, metric === 'f1' ? 'F1' : metric === 'precision' ? 'Precision' : 'Recall')
        : undefined;
    const m = weighted ? weighted.m : confusionMatrix(y, pred, k, idx);
    const present = weighted?.present;
    const perClass = (c) => {
        const tp = m[c][c];
        let fp = 0;
        let fn = 0;
        for (let o = 0; o < k; o++) {
            if (o === c)
                continue;
            fp += m[o][c];
            fn += m[c][o];
        }
        const denom = metric === 'precision' ? tp + fp : metric === 'recall' ? tp + fn : 2 * tp + fp + fn;
        if (denom === 0)
            return 0;
        return (metric === 'f1' ? 2 * tp : tp) / denom;
    };
    if (average === 'binary')
        return perClass(1);
    let s = 0;
    let sum = 0;
    for (let c = 0; c < k; c++) {
        const support = m[c].reduce((a, b) => a + b, 0);
        let predicted = 0;
        for (let o = 0; o < k; o++)
            predicted += m[o][c];
        if (present ? !present[c] : support === 0 && predicted === 0)
            continue;
        const weight = average === 'macro' ? 1 : support;
        s += weight * perClass(c);
        sum += weight;
    }
    return sum === 0 ? 0 : s / sum;
}
/**
 * One pass over the rows: the weighted confusion matrix, which classes occur
 * among the labels or the predictions whatever their weights (sklearn's
 * unique_labels), and an error when the weights sum to 0.
 */
function weightedConfusion(y, pred, k, idx, w, what) {
    const flat = new Float64Array(k * k);
    const present = new Uint8Array(k);
    const n = size(y.length, idx);
    let total = 0;
    for (let j = 0; j < n; j++) {
        const i = idx ? idx[j] : j;
        const a = y[i];
        const b = pred[i];
        present[a] = 1;
        present[b] = 1;
        flat[a * k + b] += w[i];
        total += w[i];
    }
    if (!(total > 0))
        throw zeroTotalWeight(what, n);
    return {
        m: Array.from({ length: k }, (_, a) => Array.from(flat.subarray(a * k, (a + 1) * k))),
        present,
    };
}
function indicator(y, c) {
    const out = new Uint8Array(y.length);
    for (let i = 0; i < y.length; i++)
        out[i] = y[i] === c ? 1 : 0;
    return out;
}
/** The class with the highest probability on row `i`; ties go to the lowest index (numpy argmax). */
function topClass(proba, i) {
    let best = 0;
    for (let c = 1; c < proba.length; c++)
        if (proba[c][i] > proba[best][i])
            best = c;
    return best;
}
/** `topClass` of every row. */
function argmax(proba, n) {
    const out = new Int32Array(n);
    for (let i = 0; i < n; i++)
        out[i] = topClass(proba, i);
    return out;
}

;// CONCATENATED MODULE: ./build/src/metrics/ranking.js



/** Ranking metrics on scores: ROC AUC (binary and one-vs-rest) and average precision, weighted or not. */
/** The last full-holdout split, so AUC and AP on the same scores sort them once. */
let lastSplit;
/** The scores of positive and negative rows, each sorted ascending (native typed-array sorts). */
function splitSorted(positive, score, idx) {
    if (!idx && lastSplit && lastSplit.score === score && sameLabels(lastSplit.positive, positive))
        return lastSplit;
    const split = computeSplit(positive, score, idx);
    if (!idx)
        lastSplit = { positive, score, ...split };
    return split;
}
function sameLabels(a, b) {
    if (a === b)
        return true;
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}
function computeSplit(positive, score, idx) {
    const n = size(score.length, idx);
    let nPos = 0;
    for (let k = 0; k < n; k++)
        if (positive[idx ? idx[k] : k])
            nPos++;
    const pos = new Float64Array(nPos);
    const neg = new Float64Array(n - nPos);
    let p = 0;
    let q = 0;
    for (let k = 0; k < n; k++) {
        const i = idx ? idx[k] : k;
        if (positive[i])
            pos[p++] = score[i];
        else
            neg[q++] = score[i];
    }
    return { pos: pos.sort(), neg: neg.sort() };
}
/**
 * Binary ROC AUC as the Mann-Whitney statistic: the share of (positive,
 * negative) pairs where the positive scores higher, counting ties as one
 * half. That is the trapezoidal area under sklearn's ROC curve, where tied
 * scores form one diagonal step. Undefined with a single class.
 */
function rocAuc(positive, score, idx, w) {
    if (w)
        return rocAucWeighted(positive, score, idx, w);
    const { pos, neg } = splitSorted(positive, score, idx);
    if (pos.length === 0 || neg.length === 0)
        throw singleClass('ROC AUC', pos.length === 0 ? 'negative' : 'positive', pos.length + neg.length);
    let below = 0; // negatives with a lower score than the current positive
    let upTo = 0; // negatives with a score <= the current positive
    let wins = 0;
    for (const s of pos) {
        while (below < neg.length && neg[below] < s)
            below++;
        if (upTo < below)
            upTo = below;
        while (upTo < neg.length && neg[upTo] <= s)
            upTo++;
        wins += below + (upTo - below) / 2;
    }
    return wins / (pos.length * neg.length);
}
/**
 * One-vs-rest ROC AUC averaged over the declared classes (sklearn
 * multi_class="ovr", average="macro", labels=classes). Each class needs rows
 * of its own and rows of other classes; sklearn raises otherwise, and so does
 * G1, naming the class. `names` label the classes in that message.
 */
function rocAucOvr(y, proba, idx, names, w) {
    const n = size(y.length, idx);
    const count = new Float64Array(proba.length);
    for (let j = 0; j < n; j++)
        count[y[idx ? idx[j] : j]]++;
    const name = (c) => (names?.[c] !== undefined ? JSON.stringify(names[c]) : `#${c}`);
    const absent = [...count.keys()].filter((c) => count[c] === 0);
    if (absent.length > 0) {
        throw new errors/* InputError */.dz({
            message: `one-vs-rest ROC AUC is undefined: class${absent.length > 1 ? 'es' : ''} ${absent.map(name).join(', ')} never occur${absent.length > 1 ? '' : 's'} in the holdout labels, so ${absent.length > 1 ? 'their' : 'its'} one-vs-rest curve has no positive rows`,
            expected: `every declared class among the labels (${proba.length} classes)`,
            found: `${proba.length - absent.length} of ${proba.length} classes`,
        });
    }
    if (w) {
        // A class present only on rows of weight 0 has no weighted positives: its curve is undefined (sklearn: NaN).
        const mass = new Float64Array(proba.length);
        for (let j = 0; j < n; j++) {
            const i = idx ? idx[j] : j;
            mass[y[i]] += w[i];
        }
        const total = mass.reduce((a, b) => a + b, 0);
        const weightless = [...mass.keys()].filter((c) => !(mass[c] > 0) || !(total - mass[c] > 0));
        if (weightless.length > 0) {
            throw new errors/* InputError */.dz({
                message: `one-vs-rest ROC AUC is undefined: the rows of class${weightless.length > 1 ? 'es' : ''} ${weightless.map(name).join(', ')} (or of all the other classes) carry a total sample weight of 0, so the one-vs-rest curve has no weighted positive (or negative) rows`,
                expected: 'a positive total weight for every declared class and for the rest',
                found: weightless.map((c) => `${name(c)}: ${mass[c]} of ${total}`).join(', '),
            });
        }
    }
    let s = 0;
    for (let c = 0; c < proba.length; c++)
        s += rocAuc(indicator(y, c), proba[c], idx, w);
    return s / proba.length;
}
/**
 * The row sums scikit-learn accepts as probabilities, with sums taken in the
 * output's dtype:
 * - log_loss (and brier_score_loss, through the same validation) warns
 *   "y_prob values do not sum to one" unless |sum − 1| ≤ 1e-8 + sqrt(eps)
 *   (array_api_extra.isclose with rtol = sqrt(finfo(dtype).eps), atol = 1e-8);
 *   G1 makes that an error, since such rows are not probabilities;
 * - roc_auc_score(multi_class="ovr") raises unless np.allclose(1, sum):
 *   |1 − sum| ≤ 1e-8 + 1e-5 · |sum|.
 * Each returns the first offending row (0-based) with its sum, or undefined.
 */
function firstBadRowSum(proba, dtype, rule) {
    const n = proba[0]?.length ?? 0;
    const f32 = dtype === 'float32';
    const tol = Math.sqrt(DTYPE_EPS[dtype]);
    for (let i = 0; i < n; i++) {
        let sum = 0;
        for (let c = 0; c < proba.length; c++)
            sum = f32 ? Math.fround(sum + proba[c][i]) : sum + proba[c][i];
        const ok = rule === 'log_loss'
            ? Math.abs(sum - 1) <= 1e-8 + tol
            : Math.abs(1 - sum) <= 1e-8 + 1e-5 * Math.abs(sum);
        if (!ok)
            return {
                row: i,
                sum,
                tolerance: rule === 'log_loss'
                    ? `|sum − 1| ≤ 1e-8 + sqrt(eps of ${dtype}) = ${(1e-8 + tol).toPrecision(3)}`
                    : '|sum − 1| ≤ 1e-8 + 1e-5·sum (numpy allclose)',
            };
    }
    return undefined;
}
/**
 * Average precision as sklearn defines it: AP = Σ_k (R_k − R_{k−1}) · P_k over
 * the distinct score thresholds in decreasing order (a step function, not the
 * trapezoid). Tied scores enter together.
 */
function averagePrecision(positive, score, idx, w) {
    if (w)
        return averagePrecisionWeighted(positive, score, idx, w);
    const { pos, neg } = splitSorted(positive, score, idx);
    if (pos.length === 0)
        throw new errors/* InputError */.dz({
            message: 'average precision is undefined: no holdout row has the positive class',
            expected: 'at least one positive label',
            found: `${neg.length} negative rows only`,
        });
    let i = pos.length - 1;
    let j = neg.length - 1;
    let tp = 0;
    let fp = 0;
    let prevRecall = 0;
    let ap = 0;
    while (i >= 0) {
        const t = Math.max(pos[i], j >= 0 ? neg[j] : Number.NEGATIVE_INFINITY);
        while (i >= 0 && pos[i] === t) {
            tp++;
            i--;
        }
        while (j >= 0 && neg[j] === t) {
            fp++;
            j--;
        }
        const recall = tp / pos.length;
        ap += (recall - prevRecall) * (tp / (tp + fp));
        prevRecall = recall;
    }
    return ap;
}
/** Row numbers sorted by ascending score, computed once per score array (the weighted AUC and AP walk it). */
const ascending = new WeakMap();
function ascendingOrder(score) {
    let order = ascending.get(score);
    if (!order) {
        order = new Int32Array(score.length);
        for (let i = 0; i < order.length; i++)
            order[i] = i;
        order.sort((a, b) => score[a] - score[b]);
        ascending.set(score, order);
    }
    return order;
}
/**
 * The weighted positive and negative mass of each distinct score, in
 * ascending score order (tied scores form one group), with the totals and
 * the row counts of each class. Rows of weight 0 add no mass, as scikit-learn
 * drops them before building its curves; they still count as rows of their
 * class, as in sklearn's single-class check.
 */
function weightedGroups(positive, score, idx, w) {
    const order = ascendingOrder(score);
    const drawn = idx ? rowCounts(idx, w.length) : undefined;
    const pos = new Float64Array(order.length);
    const neg = new Float64Array(order.length);
    let g = -1;
    let last = Number.NaN;
    let totalPos = 0;
    let totalNeg = 0;
    let nPos = 0;
    let nNeg = 0;
    for (let k = 0; k < order.length; k++) {
        const i = order[k];
        const times = drawn ? drawn[i] : 1;
        if (times === 0)
            continue;
        if (positive[i])
            nPos += times;
        else
            nNeg += times;
        // The row's sample weight, times the number of times the resample drew it.
        const wi = w[i] * times;
        if (wi === 0)
            continue;
        if (score[i] !== last) {
            g++;
            last = score[i];
        }
        if (positive[i]) {
            pos[g] += wi;
            totalPos += wi;
        }
        else {
            neg[g] += wi;
            totalNeg += wi;
        }
    }
    return { pos, neg, groups: g + 1, totalPos, totalNeg, nPos, nNeg };
}
/** How many times each row occurs in `idx`. */
function rowCounts(idx, n) {
    const out = new Uint32Array(n);
    for (let k = 0; k < idx.length; k++)
        out[idx[k]]++;
    return out;
}
/**
 * Weighted binary ROC AUC: Σ over (positive, negative) pairs of w₊·w₋ (1 when
 * the positive scores higher, ½ when tied) / (W₊·W₋), which is the trapezoidal
 * area under sklearn's ROC curve on weighted cumulative counts.
 */
function rocAucWeighted(positive, score, idx, w) {
    const { pos, neg, groups, totalPos, totalNeg, nPos, nNeg } = weightedGroups(positive, score, idx, w);
    if (nPos === 0 || nNeg === 0)
        throw singleClass('ROC AUC', nPos === 0 ? 'negative' : 'positive', nPos + nNeg);
    if (!(totalPos > 0) || !(totalNeg > 0))
        throw zeroWeightClass('ROC AUC', totalPos > 0 ? 'negative' : 'positive', totalPos > 0 ? nNeg : nPos);
    let below = 0;
    let wins = 0;
    for (let g = 0; g < groups; g++) {
        wins += pos[g] * (below + neg[g] / 2);
        below += neg[g];
    }
    return wins / (totalPos * totalNeg);
}
/**
 * Weighted average precision: Σ_k (R_k − R_{k−1})·P_k over the distinct
 * scores of rows with a positive weight, in decreasing order, with
 * P_k = TP_k / (TP_k + FP_k) and R_k = TP_k / W₊ on summed weights.
 */
function averagePrecisionWeighted(positive, score, idx, w) {
    const { pos, neg, groups, totalPos, nPos, nNeg } = weightedGroups(positive, score, idx, w);
    if (nPos === 0)
        throw new errors/* InputError */.dz({
            message: 'average precision is undefined: no holdout row has the positive class',
            expected: 'at least one positive label',
            found: `${nNeg} negative rows only`,
        });
    if (!(totalPos > 0))
        throw zeroWeightClass('average precision', 'positive', nPos);
    let tp = 0;
    let fp = 0;
    let prevRecall = 0;
    let ap = 0;
    for (let g = groups - 1; g >= 0; g--) {
        tp += pos[g];
        fp += neg[g];
        const recall = tp / totalPos;
        ap += (recall - prevRecall) * (tp / (tp + fp));
        prevRecall = recall;
    }
    return ap;
}

;// CONCATENATED MODULE: ./build/src/metrics/calibration.js


/** Metrics on predicted probabilities: log loss, Brier score, and calibration (reliability bins, ECE, the calibration curve). */
/**
 * sklearn's log_loss: probabilities clipped to [eps, 1 − eps] with eps the
 * machine epsilon of the probability output's dtype (float32: 2^-23, float64:
 * 2^-52), natural log, mean (weighted: Σw·loss / Σw). Logs and mean are taken in float64.
 */
function logLoss(y, proba, idx, eps = EPS, w) {
    if (w)
        return weightedMean(w, idx, 'Log loss', (i) => -Math.log(Math.min(Math.max(proba[y[i]][i], eps), 1 - eps)));
    const n = size(y.length, idx);
    let s = 0;
    for (let j = 0; j < n; j++) {
        const i = idx ? idx[j] : j;
        const p = Math.min(Math.max(proba[y[i]][i], eps), 1 - eps);
        s -= Math.log(p);
    }
    return s / n;
}
/**
 * sklearn's brier_score_loss. Two classes: mean((p_1 − [y = 1])²) on the
 * positive column, i.e. brier_score_loss(y, proba[:, 1], pos_label=classes[1])
 * (the same as the halved two-column form when the columns sum to exactly 1;
 * float32 columns need not). More classes: mean over rows of
 * Σ_c (p_c − [y = c])² on all columns. Weighted: the weighted mean of the same per-row loss.
 */
function brier(y, proba, idx, w) {
    const n = size(y.length, idx);
    const k = proba.length;
    if (w) {
        if (k === 2)
            return weightedMean(w, idx, 'Brier score', (i) => ((y[i] === 1 ? 1 : 0) - proba[1][i]) ** 2);
        return weightedMean(w, idx, 'Brier score', (i) => {
            let r = 0;
            for (let c = 0; c < k; c++)
                r += ((y[i] === c ? 1 : 0) - proba[c][i]) ** 2;
            return r;
        });
    }
    let s = 0;
    if (k === 2) {
        const p1 = proba[1];
        for (let j = 0; j < n; j++) {
            const i = idx ? idx[j] : j;
            const d = (y[i] === 1 ? 1 : 0) - p1[i];
            s += d * d;
        }
        return s / n;
    }
    for (let j = 0; j < n; j++) {
        const i = idx ? idx[j] : j;
        for (let c = 0; c < k; c++) {
            const d = (y[i] === c ? 1 : 0) - proba[c][i];
            s += d * d;
        }
    }
    return s / n;
}
/**
 * The bins of expected calibration error and of the reliability diagram
 * (one binning for both): `bins` equal-width bins on [0, 1], a probability of
 * exactly 1 in the last bin. Binary: each row's positive-class probability,
 * correct when the label is the positive class. Multiclass: each row's
 * top-label confidence (its largest probability, ties to the lowest class),
 * correct when that class is the label. Per bin: the row count, the summed
 * confidence and the number of correct rows; with weights, the bin's mass
 * (summed weight), and confidence and correct rows summed with each row's weight.
 */
function reliabilityBins(y, proba, bins = 10, idx, w) {
    const n = size(y.length, idx);
    const count = new Float64Array(bins);
    const confidence = new Float64Array(bins);
    const correct = new Float64Array(bins);
    const binary = proba.length === 2;
    for (let j = 0; j < n; j++) {
        const i = idx ? idx[j] : j;
        let p;
        let hit;
        if (binary) {
            p = proba[1][i];
            hit = y[i] === 1 ? 1 : 0;
        }
        else {
            const best = topClass(proba, i);
            p = proba[best][i];
            hit = y[i] === best ? 1 : 0;
        }
        const b = Math.min(bins - 1, Math.floor(p * bins));
        if (w) {
            const wi = w[i];
            count[b] += wi;
            confidence[b] += wi * p;
            correct[b] += wi * hit;
            continue;
        }
        count[b]++;
        confidence[b] += p;
        correct[b] += hit;
    }
    return { count, confidence, correct };
}
/**
 * Expected calibration error: ECE = Σ_b (n_b / n)·|accuracy_b − confidence_b| over the bins of `reliabilityBins`.
 * Weighted: n_b is the bin's weight mass and n the total weight; a bin whose rows all weigh 0 is empty.
 */
function ece(y, proba, bins = 10, idx, w) {
    const { count, confidence, correct } = reliabilityBins(y, proba, bins, idx, w);
    // Weighted: the total weight is the bins' summed mass, so the rows are not walked again.
    const n = w ? count.reduce((a, b) => a + b, 0) : size(y.length, idx);
    if (w && !(n > 0))
        throw zeroTotalWeight('ECE', size(y.length, idx));
    let e = 0;
    for (let b = 0; b < bins; b++)
        if (count[b] > 0)
            e += (count[b] / n) * Math.abs(correct[b] / count[b] - confidence[b] / count[b]);
    return e;
}
/**
 * The reliability diagram ECE summarises: for each non-empty bin of
 * `reliabilityBins`, [mean confidence, share of correct rows] (weighted: of the bin's weight).
 */
function calibrationCurve(y, proba, bins = 10, w) {
    const { count, confidence, correct } = reliabilityBins(y, proba, bins, undefined, w);
    const out = [];
    for (let b = 0; b < bins; b++)
        if (count[b] > 0)
            out.push([confidence[b] / count[b], correct[b] / count[b]]);
    return out;
}

;// CONCATENATED MODULE: ./build/src/metrics/index.js
/**
 * G1 metrics, defined to match scikit-learn 1.9 (see docs/metrics.md and the
 * parity tests), one module per kind: regression, classification, ranking
 * and calibration, over the shared index and weight conventions of common.ts.
 */







/***/ }),

/***/ 14727:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ defaultResampleCount),
/* harmony export */   kd: () => (/* binding */ bootstrapInterval),
/* harmony export */   sl: () => (/* binding */ MAX_DROPPED_SHARE),
/* harmony export */   uf: () => (/* binding */ forEachResample)
/* harmony export */ });
/* unused harmony exports mulberry32, percentileInterval */
/* harmony import */ var _quantile_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38260);

/**
 * Seeded, reproducible nonparametric bootstrap. Each resample draws n row
 * numbers with replacement from a mulberry32 stream, so the same seed gives
 * the same intervals on every machine. Candidate and baseline are evaluated
 * on the same resamples (a paired bootstrap), so a delta's interval reflects
 * only the difference between the models, not the holdout's own noise twice.
 */
function mulberry32(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/**
 * Calls `visit` with each of `count` resamples of n row numbers. One buffer
 * is reused, so memory stays at n integers whatever the count; callers
 * evaluate every KPI of both models inside `visit`, on the same resample.
 */
function forEachResample(n, count, seed, visit) {
    const random = mulberry32(seed);
    const idx = new Int32Array(n);
    for (let b = 0; b < count; b++) {
        for (let i = 0; i < n; i++)
            idx[i] = Math.floor(random() * n);
        visit(idx, b);
    }
}
/** Percentile interval [lo, hi] at `confidence` (numpy-style linear interpolation). */
function percentileInterval(values, confidence) {
    const finite = Float64Array.from(values.filter((v) => Number.isFinite(v))).sort();
    const alpha = (1 - confidence) / 2;
    return [(0,_quantile_js__WEBPACK_IMPORTED_MODULE_0__/* .quantileSorted */ .Z)(finite, alpha), (0,_quantile_js__WEBPACK_IMPORTED_MODULE_0__/* .quantileSorted */ .Z)(finite, 1 - alpha)];
}
/** The most resamples without a value (NaN) an interval may leave out: beyond it the interval describes another population. */
const MAX_DROPPED_SHARE = 0.05;
/**
 * The percentile interval of bootstrap replicates at `confidence`, counting
 * the replicates without a value (a resample where the KPI is undefined, such
 * as AUC on a resample with one class). Up to MAX_DROPPED_SHARE of them are
 * left out and counted; beyond that no interval is given, with the reason,
 * because the remaining resamples are no longer a sample of the holdout.
 */
function bootstrapInterval(samples, confidence) {
    const total = samples.length;
    let dropped = 0;
    for (const v of samples)
        if (!Number.isFinite(v))
            dropped++;
    if (total === 0)
        return { reason: 'no bootstrap resamples were drawn', dropped, total };
    if (dropped > MAX_DROPPED_SHARE * total) {
        return {
            reason: `no bootstrap interval: ${dropped} of ${total} resamples had no value (more than ${MAX_DROPPED_SHARE * 100}%), e.g. a resample with a single class`,
            dropped,
            total,
        };
    }
    return { ci: percentileInterval(samples, confidence), dropped, total };
}
/**
 * Default resample count: 1000, reduced for large holdouts so that the work
 * (rows × resamples) stays near 2·10^8 per KPI, never below 100.
 */
function defaultResampleCount(n) {
    return Math.max(100, Math.min(1000, Math.floor(2e8 / Math.max(1, n))));
}


/***/ }),

/***/ 38260:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ quantile),
/* harmony export */   Z: () => (/* binding */ quantileSorted)
/* harmony export */ });
/**
 * Quantiles by linear interpolation between order statistics (numpy's and
 * pandas' default), shared by the G0 profile, G1 latency percentiles and the
 * bootstrap intervals.
 */
/** Quantile p in [0, 1] of an ascending sample; NaN for an empty one. */
function quantileSorted(sorted, p) {
    const n = sorted.length;
    if (n === 0)
        return Number.NaN;
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, n - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
/** Quantile p of an unsorted sample (sorts a copy). */
function quantile(values, p) {
    return quantileSorted(Float64Array.from(values).sort(), p);
}


/***/ })

};
