export const id = 187;
export const ids = [187];
export const modules = {

/***/ 21088:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ unknownVariables),
/* harmony export */   I: () => (/* binding */ logSpec)
/* harmony export */ });
const VARIABLE_ROLES = [
    'production',
    'shadow',
    'productionLower',
    'productionUpper',
    'shadowLower',
    'shadowUpper',
    'truth',
];
/** The default column of a variable's role: production_V, shadow_V_lower, actual_V... */
function defaultColumn(variable, role) {
    switch (role) {
        case 'production':
            return `production_${variable}`;
        case 'shadow':
            return `shadow_${variable}`;
        case 'productionLower':
            return `production_${variable}_lower`;
        case 'productionUpper':
            return `production_${variable}_upper`;
        case 'shadowLower':
            return `shadow_${variable}_lower`;
        case 'shadowUpper':
            return `shadow_${variable}_upper`;
        case 'truth':
            return `actual_${variable}`;
    }
}
/** The log columns of every model variable, defaults applied. */
function logSpec(config, configFile, task, variables, classes) {
    const c = config.columns ?? {};
    const col = (key, fallback) => c[key] !== undefined ? { name: c[key], pointer: `/columns/${key}` } : { name: fallback };
    return {
        task,
        ...(classes ? { classes } : {}),
        configFile,
        timestamp: col('timestamp', 'timestamp'),
        requestId: col('requestId', 'request_id'),
        error: col('error', 'shadow_error'),
        shadowLatency: col('shadowLatency', 'shadow_latency_ms'),
        productionLatency: col('productionLatency', 'production_latency_ms'),
        variables: variables.map((name) => {
            const given = c.variables?.[name] ?? {};
            const entry = { name };
            for (const role of VARIABLE_ROLES) {
                const named = given[role];
                entry[role] =
                    named !== undefined
                        ? { name: named, pointer: `/columns/variables/${escapeToken(name)}/${role}` }
                        : { name: defaultColumn(name, role) };
            }
            return entry;
        }),
    };
}
/** Variables that shadow.json configures but the model does not have: a typo that would go unnoticed. */
function unknownVariables(config, variables) {
    return Object.keys(config.columns?.variables ?? {}).filter((v) => !variables.includes(v));
}
function escapeToken(token) {
    return token.replace(/~/g, '~0').replace(/\//g, '~1');
}


/***/ }),

/***/ 91187:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g4: () => (/* binding */ g4)
});

// EXTERNAL MODULE: ./build/src/io/file-errors.js
var file_errors = __webpack_require__(24480);
// EXTERNAL MODULE: ./build/src/csv/range-workers.js + 2 modules
var range_workers = __webpack_require__(58348);
// EXTERNAL MODULE: ./build/src/contract/errors.js
var errors = __webpack_require__(68081);
// EXTERNAL MODULE: ./build/src/engine/outcome.js
var outcome = __webpack_require__(36576);
// EXTERNAL MODULE: ./build/src/ssot/model-config.js
var model_config = __webpack_require__(79861);
// EXTERNAL MODULE: ./build/src/stats/bootstrap.js
var bootstrap = __webpack_require__(14727);
// EXTERNAL MODULE: ./build/src/gates/g4/config.js
var g4_config = __webpack_require__(21088);
// EXTERNAL MODULE: ./build/src/gates/g4/log.js + 1 modules
var g4_log = __webpack_require__(31147);
// EXTERNAL MODULE: ./build/src/acceptance/rules.js + 1 modules
var rules = __webpack_require__(28785);
// EXTERNAL MODULE: ./build/src/acceptance/kpis.js
var kpis = __webpack_require__(9510);
// EXTERNAL MODULE: ./build/src/stats/quantile.js
var quantile = __webpack_require__(38260);
// EXTERNAL MODULE: ./build/src/gates/g4/timestamp.js
var timestamp = __webpack_require__(83156);
;// CONCATENATED MODULE: ./build/src/gates/g4/coverage.js

/**
 * The coverage of the shadow period: the log's rows per distinct UTC day, in
 * day order, and how many days have at least `minRowsPerDay` rows (the days
 * that count towards N). Days need not be consecutive: a day without traffic
 * simply does not count. Days after `today` (a UTC day number, from the
 * gate's clock) never count, so a log cannot cover the period ahead of time.
 */
function coverageOfPeriod(log, minRowsPerDay, today = Number.POSITIVE_INFINITY) {
    const byDay = new Map();
    for (let i = 0; i < log.rows; i++) {
        const d = log.day[i];
        const c = byDay.get(d);
        if (c) {
            c.rows++;
            c.failed += log.failed[i];
        }
        else
            byDay.set(d, { rows: 1, failed: log.failed[i] });
    }
    const perDay = [...byDay]
        .sort((a, b) => a[0] - b[0])
        .map(([day, c]) => ({
        day,
        label: (0,timestamp/* dayLabel */.nt)(day),
        ...c,
        counts: c.rows >= minRowsPerDay && day <= today,
        future: day > today,
    }));
    const qualifying = perDay.filter((d) => d.counts).length;
    const futureDays = perDay.filter((d) => d.future).length;
    return {
        perDay,
        qualifying,
        shortDays: perDay.length - qualifying - futureDays,
        futureDays,
        ...(perDay.length > 0 ? { first: perDay[0].label, last: perDay.at(-1).label } : {}),
    };
}

// EXTERNAL MODULE: ./build/src/contract/digits.js
var digits = __webpack_require__(70020);
;// CONCATENATED MODULE: ./build/src/gates/g4/evaluate.js







/**
 * Pure G4 evaluation. The coverage of the period is always checked (N days
 * from ssot/shadow.json, whatever kpi_acceptance.csv says); every G4 rule is
 * then judged with the shared machinery of G1: truth KPIs (mae, coverage,
 * accuracy...) on the rows that have ground truth, for the shadow and for
 * production on the same rows with a paired bootstrap; agreement KPIs
 * (mean_abs_diff, agreement) on every row the shadow served; error_rate,
 * latency percentiles and days_covered from the log. A KPI without rows to
 * compute it on (no ground truth yet) fails, naming what is missing.
 */
function evaluateG4(input) {
    const { log } = input;
    const coverage = coverageOfPeriod(log, input.minRowsPerDay, input.today);
    const served = rowsWhere(log.rows, (i) => log.failed[i] === 0);
    const servedSets = new Map();
    const truth = new Map();
    input.log.variables.forEach((v, k) => {
        const name = input.variables[k].name;
        servedSets.set(name, rowSet(input, k, served, 'production'));
        const t = v.truth
            ? rowsWhere(log.rows, (i) => log.failed[i] === 0 && !Number.isNaN(v.truth[i]))
            : new Int32Array(0);
        truth.set(name, rowSet(input, k, t, 'truth'));
    });
    const shadow = new Map();
    const production = new Map();
    const reasons = new Map();
    const productionReasons = new Map();
    const noData = new Set();
    const rowsOf = new Map();
    const boot = [];
    for (const rule of input.rules) {
        const r = (0,rules/* resolveRule */.rj)(rule, input.variables, input.task, 'G4');
        if ('error' in r)
            continue;
        const k = (0,rules/* key */.Eb)(rule.kpi, rule.variable);
        if (shadow.has(k) || reasons.has(k))
            continue;
        const def = (0,kpis/* findKpi */.OS)(rule.kpi).def;
        if (!def.compute) {
            const op = operational(def.name, input, coverage);
            if ('reason' in op)
                reasons.set(k, op.reason);
            else {
                shadow.set(k, { value: op.shadow, ...(op.note ? { note: op.note } : {}) });
                rowsOf.set(k, op.rows);
                if (op.production !== undefined)
                    production.set(k, { baseline: op.production, delta: op.shadow - op.production });
                else
                    productionReasons.set(k, op.productionReason ?? 'not in the log');
            }
            continue;
        }
        const set = (def.needs === 'production' ? servedSets : truth).get(rule.variable);
        rowsOf.set(k, set.rows.length);
        if (set.rows.length === 0) {
            noData.add(k);
            reasons.set(k, missingRows(def, input, rule.variable));
            continue;
        }
        const missing = missingColumns(def, set, rule.variable);
        if (missing) {
            reasons.set(k, missing);
            continue;
        }
        const sv = value(def, set.shadow, set.rows);
        if (typeof sv === 'string') {
            reasons.set(k, sv);
            continue;
        }
        shadow.set(k, { value: sv });
        if (def.needs === 'production') {
            productionReasons.set(k, 'an agreement KPI compares the shadow with production itself');
            boot.push({ k, def, set });
            continue;
        }
        const pv = def.needs === 'intervals' && !set.production.lower
            ? `the shadow log has no interval bounds of ${rule.variable} for the production model (production_${rule.variable}_lower/_upper)`
            : value(def, set.production, set.rows);
        if (typeof pv === 'string')
            productionReasons.set(k, pv);
        else
            production.set(k, { baseline: pv, delta: sv - pv });
        boot.push({ k, def, set });
    }
    // Paired bootstrap over each KPI's own rows: both models on the same resamples, one draw per row set.
    if (input.resamples > 0) {
        // Row sets with the same rows (often every row, for truth and agreement KPIs alike) share one draw.
        const bySet = new Map();
        for (const b of boot) {
            const id = b.set.rows.length === log.rows ? 'all' : b.set.rows;
            bySet.set(id, [...(bySet.get(id) ?? []), b]);
        }
        for (const [id, list] of bySet) {
            const rows = list[0].set.rows;
            const n = rows.length;
            const mapped = id === 'all' ? undefined : new Int32Array(n);
            const counts = new Int32Array(n);
            const sorted = new Int32Array(n);
            const s = list.map(() => new Float64Array(input.resamples));
            const d = list.map(({ k }) => production.has(k) ? new Float64Array(input.resamples) : undefined);
            (0,bootstrap/* forEachResample */.uf)(n, input.resamples, input.seed, (idx, r) => {
                // The same multiset of rows in ascending order: the KPIs then read the log's arrays in order.
                ascending(idx, counts, sorted);
                if (mapped)
                    for (let j = 0; j < n; j++)
                        mapped[j] = rows[sorted[j]];
                const at = mapped ?? sorted;
                list.forEach(({ def, set }, q) => {
                    const sv = safe(() => def.compute(set.shadow, at));
                    s[q][r] = sv;
                    if (d[q])
                        d[q][r] = sv - safe(() => def.compute(set.production, at));
                });
            });
            list.forEach(({ k }, q) => {
                shadow.get(k).samples = s[q];
                const cmp = production.get(k);
                if (cmp && d[q])
                    cmp.samples = d[q];
            });
        }
    }
    const judged = (0,rules/* judgeRules */.T_)({
        rules: input.rules,
        variables: input.variables,
        task: input.task,
        candidate: shadow,
        baseline: production,
        reasons,
        baselineReasons: productionReasons,
        hasBaseline: true,
        resamples: input.resamples,
        gate: 'G4',
        baselineName: 'production',
    });
    // No rows to judge on is a missing input, not a broken configuration: the rule fails and says what is missing.
    for (const c of judged) {
        const k = (0,rules/* key */.Eb)(c.rule, c.variable ?? '');
        if (c.status === 'error' && noData.has(k))
            c.status = c.severity === 'warn' ? 'warn' : 'fail';
        if (c.details && 'baseline' in c.details)
            c.details.baselineName = 'production';
    }
    return {
        checks: [coverageCheck(coverage, input), ...judged],
        coverage,
        shadow,
        production,
        reasons,
        rowsOf,
        served: servedSets,
        truth,
    };
}
function coverageCheck(c, input) {
    const ok = c.qualifying >= input.days;
    const rowsText = `${input.minRowsPerDay} row${input.minRowsPerDay > 1 ? 's' : ''}`;
    const span = c.first !== undefined ? ` (log from ${c.first} to ${c.last})` : '';
    const short = c.shortDays > 0 ? `; ${c.shortDays} more day${c.shortDays > 1 ? 's' : ''} had fewer rows` : '';
    const future = c.futureDays > 0
        ? `; ${c.futureDays} day${c.futureDays > 1 ? 's are' : ' is'} after today (UTC) and never count${c.futureDays > 1 ? '' : 's'}`
        : '';
    return {
        id: 'G4.coverage.days',
        rule: 'days_covered',
        value: c.qualifying,
        operator: '>=',
        threshold: input.days,
        unit: 'days',
        status: ok ? 'pass' : 'fail',
        severity: 'block',
        message: ok
            ? `${c.qualifying} days with at least ${rowsText} (UTC), ${input.days} required${span}${short}${future}`
            : `${c.qualifying} of ${input.days} days with at least ${rowsText} (UTC)${span}${short}${future}: the shadow must run ${input.days - c.qualifying} more day${input.days - c.qualifying > 1 ? 's' : ''} before G4 can pass`,
        source: { file: input.configFile, pointer: '/days' },
        details: {
            days: c.qualifying,
            required: input.days,
            minRowsPerDay: input.minRowsPerDay,
            ...(c.futureDays > 0 ? { futureDays: c.futureDays } : {}),
        },
    };
}
/** KPIs read from the log rather than computed on predictions. */
function operational(name, input, coverage) {
    const { log } = input;
    if (name === 'days_covered')
        return {
            shadow: coverage.qualifying,
            rows: log.rows,
            productionReason: "the coverage is the log's, not a model's",
        };
    if (name === 'error_rate') {
        if (!log.hasErrorColumn)
            return {
                reason: 'the shadow log has no error column (shadow_error, or columns.error in ssot/shadow.json)',
            };
        let failed = 0;
        for (const f of log.failed)
            failed += f;
        return {
            shadow: failed / log.rows,
            rows: log.rows,
            productionReason: 'the log records the errors of the shadow only',
        };
    }
    const m = /^latency_p(\d+)_ms$/.exec(name);
    if (m) {
        const p = Number(m[1]) / 100;
        if (!log.shadowLatency)
            return {
                reason: 'the shadow log has no shadow latency column (shadow_latency_ms, or columns.shadowLatency in ssot/shadow.json)',
            };
        const s = finite(log.shadowLatency);
        if (s.length === 0)
            return { reason: 'the shadow latency column is empty on every row' };
        const pr = log.productionLatency ? finite(log.productionLatency) : undefined;
        return {
            shadow: (0,quantile/* quantile */.Y)(s, p),
            rows: s.length,
            ...(pr && pr.length > 0
                ? { production: (0,quantile/* quantile */.Y)(pr, p) }
                : { productionReason: 'the log has no production latency' }),
            note: `from the log's ${(0,digits/* groupDigits */.K)(s.length)} shadow latencies`,
        };
    }
    return { reason: `KPI "${name}" is not measured by G4` };
}
function finite(values) {
    return Float64Array.from(values.filter((v) => Number.isFinite(v)));
}
function missingRows(def, input, variable) {
    if (def.needs === 'production')
        return `no row to compare: the shadow model failed on all ${(0,digits/* groupDigits */.K)(input.log.rows)} rows of the log`;
    const v = input.log.variables.find((x) => x.name === variable);
    return v?.truth
        ? `no ground truth yet: none of the ${(0,digits/* groupDigits */.K)(input.log.rows)} rows where the shadow served has a value of ${variable} (ground truth often arrives days later; G4 judges ${def.name} once it has)`
        : `the shadow log has no ground-truth column for ${variable} (actual_${variable}, or columns.variables.${variable}.truth in ssot/shadow.json), so ${def.name} cannot be measured`;
}
function missingColumns(def, set, variable) {
    if (def.needs === 'intervals' && !set.shadow.lower)
        return `the shadow log has no interval bounds of ${variable} for the shadow model (shadow_${variable}_lower and shadow_${variable}_upper)`;
    if (def.needs === 'probabilities')
        return 'the shadow log holds predicted labels, not probabilities: G4 cannot judge probability KPIs';
    return undefined;
}
function value(def, d, rows) {
    try {
        const v = def.compute(d, rows);
        return Number.isFinite(v) ? v : `${def.name} is ${v} on the log`;
    }
    catch (error) {
        return error instanceof errors/* InputError */.dz ? error.problem.message : error.message;
    }
}
/** Writes the indexes of `idx` (each in [0, n)) into `out` in ascending order (a counting sort). */
function ascending(idx, counts, out) {
    counts.fill(0);
    for (let j = 0; j < idx.length; j++)
        counts[idx[j]]++;
    let k = 0;
    for (let i = 0; i < counts.length; i++)
        for (let c = counts[i]; c > 0; c--)
            out[k++] = i;
}
function safe(f) {
    try {
        return f();
    }
    catch {
        return Number.NaN;
    }
}
function rowsWhere(n, keep) {
    const out = new Int32Array(n);
    let k = 0;
    for (let i = 0; i < n; i++)
        if (keep(i))
            out[k++] = i;
    return out.slice(0, k);
}
/** Both models' EvalData for variable k over the log's full arrays; KPIs are computed on `rows` (indexes into them). */
function rowSet(input, k, rows, kind) {
    const v = input.log.variables[k];
    const n = input.log.rows;
    const truth = v.truth ?? new Float64Array(n).fill(Number.NaN);
    const common = {
        task: input.task,
        n: rows.length,
        eceBins: input.eceBins,
        probabilityEps: 2.220446049250313e-16,
        classes: input.classes ?? [],
    };
    const regression = input.task === 'regression';
    const labels = regression ? new Int32Array(0) : toClass(truth);
    const make = (who) => {
        const prediction = v[who];
        const lower = who === 'shadow' ? v.shadowLower : v.productionLower;
        const upper = who === 'shadow' ? v.shadowUpper : v.productionUpper;
        return {
            ...common,
            y: regression ? truth : new Float64Array(0),
            prediction: regression ? prediction : new Float64Array(0),
            ...(regression && lower && upper ? { lower, upper } : {}),
            labels,
            predictedClass: regression ? new Int32Array(0) : toClass(prediction),
            ...(kind === 'production'
                ? regression
                    ? { production: v.production }
                    : { productionClass: toClass(v.production) }
                : {}),
        };
    };
    return { rows, shadow: make('shadow'), production: make('production') };
}
function toClass(values) {
    const out = new Int32Array(values.length);
    for (let i = 0; i < values.length; i++)
        out[i] = Number.isNaN(values[i]) ? -1 : values[i];
    return out;
}

;// CONCATENATED MODULE: ./build/src/gates/g4/report.js



const CONFIDENCE = 0.95;
/** Per day and variable: the agreement KPI on the rows served that day, and both models' truth KPI on the rows with ground truth. */
const DAILY = {
    regression: {
        agreement: 'mean_abs_diff',
        truth: 'mae',
        agreementLabel: 'mean |shadow − production|',
    },
    classification: { agreement: 'agreement', truth: 'accuracy', agreementLabel: 'agreement' },
};
/**
 * The G4 report: the shadow period (days, rows, errors, ground truth), every
 * measured KPI of the shadow against production on the same rows (with the
 * 95% paired-bootstrap interval of the difference), a per-day table and a
 * per-day chart, so a person sees whether the shadow got worse over the period.
 */
function buildG4Report(input, e) {
    const tables = [];
    const { log } = input;
    let failed = 0;
    for (const f of log.failed)
        failed += f;
    const truthRows = Object.fromEntries([...e.truth].map(([v, s]) => [v, s.rows.length]));
    tables.push({
        title: 'Shadow period',
        columns: ['item', 'value'],
        rows: [
            ['days required (N, UTC)', input.days],
            ['rows a day needs to count', input.minRowsPerDay],
            ['days that count', e.coverage.qualifying],
            ['days with fewer rows', e.coverage.shortDays],
            ['days after today (never count)', e.coverage.futureDays],
            ['first day', e.coverage.first ?? null],
            ['last day', e.coverage.last ?? null],
            ['rows', log.rows],
            ['rows where the shadow failed', failed],
            ...Object.entries(truthRows).map(([v, n]) => [
                `rows with ground truth of ${v} (shadow served)`,
                n,
            ]),
            ['optional columns found', log.present.join(', ') || 'none'],
        ],
    });
    const kpiRows = [...e.shadow].map(([k, m]) => {
        const [kpi, variable] = k.split('|');
        const p = e.production.get(k);
        const dci = p?.samples ? (0,bootstrap/* bootstrapInterval */.kd)(p.samples, CONFIDENCE) : undefined;
        return [
            kpi,
            variable || null,
            e.rowsOf.get(k) ?? null,
            m.value,
            p?.baseline ?? null,
            p?.delta ?? null,
            dci && 'ci' in dci ? `[${fmt(dci.ci[0])}, ${fmt(dci.ci[1])}]` : null,
        ];
    });
    if (kpiRows.length > 0)
        tables.push({
            title: 'Shadow against production (same rows)',
            columns: [
                'kpi',
                'variable',
                'rows',
                'shadow',
                'production',
                'difference',
                '95% CI of the difference',
            ],
            rows: kpiRows,
        });
    if (e.reasons.size > 0)
        tables.push({
            title: 'Not measured',
            columns: ['kpi', 'variable', 'why'],
            rows: [...e.reasons].map(([k, why]) => {
                const [kpi, variable] = k.split('|');
                return [kpi, variable || null, why];
            }),
        });
    const daily = dailyTable(input, e);
    tables.push(daily.table);
    return {
        period: {
            days: input.days,
            minRowsPerDay: input.minRowsPerDay,
            qualifyingDays: e.coverage.qualifying,
            first: e.coverage.first ?? null,
            last: e.coverage.last ?? null,
            rows: log.rows,
            failedRows: failed,
            truthRows,
        },
        perDay: daily.perDay,
        tables,
        charts: daily.charts,
    };
}
function dailyTable(input, e) {
    const kind = DAILY[input.task === 'regression' ? 'regression' : 'classification'];
    const agreement = (0,kpis/* findKpi */.OS)(kind.agreement).def;
    const truthKpi = (0,kpis/* findKpi */.OS)(kind.truth).def;
    const days = e.coverage.perDay;
    const index = new Map(days.map((d, i) => [d.day, i]));
    const groups = (set) => {
        const lists = days.map(() => []);
        for (const r of set.rows)
            lists[index.get(input.log.day[r])].push(r);
        return lists.map((l) => Int32Array.from(l));
    };
    const latency = (values) => {
        if (!values)
            return days.map(() => null);
        const lists = days.map(() => []);
        for (let i = 0; i < input.log.rows; i++)
            if (Number.isFinite(values[i]))
                lists[index.get(input.log.day[i])].push(values[i]);
        return lists.map((l) => (l.length ? (0,quantile/* quantile */.Y)(Float64Array.from(l), 0.99) : null));
    };
    const at = (f) => {
        try {
            const v = f();
            return Number.isFinite(v) ? v : null;
        }
        catch {
            return null;
        }
    };
    const perVariable = input.variables.map((v) => {
        const served = e.served.get(v.name);
        const truth = e.truth.get(v.name);
        const sg = groups(served);
        const tg = groups(truth);
        return {
            name: v.name,
            unit: v.unit,
            agreement: sg.map((g) => (g.length ? at(() => agreement.compute(served.shadow, g)) : null)),
            truthRows: tg.map((g) => g.length),
            shadow: tg.map((g) => (g.length ? at(() => truthKpi.compute(truth.shadow, g)) : null)),
            production: tg.map((g) => g.length ? at(() => truthKpi.compute(truth.production, g)) : null),
        };
    });
    const shadowP99 = latency(input.log.shadowLatency);
    const productionP99 = latency(input.log.productionLatency);
    const several = perVariable.length > 1;
    const columns = ['day', 'rows', 'counts towards N', 'shadow errors'];
    for (const v of perVariable) {
        const s = several ? ` ${v.name}` : '';
        columns.push(`${kind.agreementLabel}${s}`, `rows with truth${s}`, `shadow ${kind.truth}${s}`, `production ${kind.truth}${s}`);
    }
    columns.push('shadow latency p99 ms', 'production latency p99 ms');
    const rows = days.map((d, i) => {
        const row = [
            d.label,
            d.rows,
            d.counts ? 'yes' : d.future ? 'no: after today' : 'no',
            d.failed,
        ];
        for (const v of perVariable)
            row.push(v.agreement[i], v.truthRows[i], v.shadow[i], v.production[i]);
        row.push(shadowP99[i], productionP99[i]);
        return row;
    });
    const perDay = days.map((d, i) => ({
        day: d.label,
        rows: d.rows,
        counts: d.counts,
        failed: d.failed,
        variables: Object.fromEntries(perVariable.map((v) => [
            v.name,
            {
                [kind.agreement]: v.agreement[i],
                truthRows: v.truthRows[i],
                shadow: v.shadow[i],
                production: v.production[i],
            },
        ])),
        shadowLatencyP99: shadowP99[i],
        productionLatencyP99: productionP99[i],
    }));
    const first = days[0]?.day ?? 0;
    const x = (i) => days[i].day - first + 1;
    const series = (name, values) => ({
        name,
        points: values.flatMap((v, i) => (v === null ? [] : [[x(i), v]])),
    });
    const charts = perVariable.map((v) => ({
        id: `shadow-daily-${v.name}`,
        title: `Per day${several ? `: ${v.name}` : ''}: shadow and production ${truthKpi.name} against ground truth, and ${kind.agreementLabel}`,
        kind: 'line',
        xLabel: `day of the shadow period (1 = ${days[0]?.label ?? '-'}, UTC)`,
        yLabel: `${truthKpi.name}${truthKpi.unit === 'target' && v.unit ? ` (${v.unit})` : ''}`,
        series: [
            series(`shadow ${truthKpi.name}`, v.shadow),
            series(`production ${truthKpi.name}`, v.production),
            series(kind.agreementLabel, v.agreement),
        ],
    }));
    return {
        table: { title: 'Per day (UTC)', columns, rows },
        perDay,
        charts,
    };
}
function fmt(x) {
    return String(Number(x.toPrecision(4)));
}

;// CONCATENATED MODULE: ./build/src/gates/g4/index.js











/**
 * G4 Shadow Validation: judge the log of a candidate that ran beside
 * production (or a replay of recorded traffic through both) over N days,
 * against ssot/shadow.json and the G4 rows of ssot/kpi_acceptance.csv.
 */
const g4 = {
    id: 'G4',
    options: {
        bootstrap: 'bootstrap resamples for confidence intervals (0 turns intervals off; default depends on the rows)',
        seed: 'seed of the bootstrap resampling (default 20240101)',
        threads: 'threads that read a large shadow log (default: the available cores, at most 8)',
    },
    async run(ctx) {
        const model = await ctx.ssot.model();
        const configName = 'shadow.json';
        const configFile = ctx.ssot.display(configName);
        if (!ctx.ssot.has(configName))
            throw new errors/* InputError */.dz({
                file: configFile,
                message: 'G4 needs the shadow settings, and ssot/shadow.json does not exist',
                expected: 'ssot/shadow.json with at least {"days": N} (schema: ssot/schemas/shadow.schema.json)',
                found: 'no such file',
            });
        const config = await ctx.ssot.json(configName, 'shadow');
        const rules = (await ctx.ssot.kpiRules()).filter((r) => r.gate === 'G4');
        if (rules.length === 0)
            throw new errors/* InputError */.dz({
                file: ctx.ssot.display('kpi_acceptance.csv'),
                message: 'No G4 rules: G4 has nothing to judge beyond the days covered',
                expected: 'at least one row with gate=G4 (e.g. mae against ground truth, mean_abs_diff)',
                found: 'none',
            });
        const options = parseOptions(ctx.inputs.options);
        const modelFile = ctx.ssot.display('model.json');
        const targets = (0,model_config/* resolveTargets */.h5)(model, modelFile);
        const classes = (0,model_config/* classNames */.xW)(model, modelFile);
        const names = targets.map((t) => t.name);
        const unknown = (0,g4_config/* unknownVariables */.A)(config, names);
        if (unknown.length > 0)
            throw new errors/* InputError */.dz({
                file: configFile,
                pointer: `/columns/variables/${unknown[0].replace(/~/g, '~0').replace(/\//g, '~1')}`,
                message: `ssot/shadow.json names columns of variable "${unknown[0]}", which the model does not predict`,
                expected: `one of ${names.map((n) => JSON.stringify(n)).join(', ')} (the targets of ssot/model.json)`,
                found: JSON.stringify(unknown[0]),
            });
        const logInput = pickLog(ctx.inputs.data);
        const logPath = logInput
            ? ctx.workspace.resolve(logInput.path, 'shadow log')
            : config.paths?.log
                ? ctx.ssot.resolveRepoPath(config.paths.log, 'shadow log', '/paths/log', configName)
                : undefined;
        if (!logPath)
            throw new errors/* InputError */.dz({
                message: 'G4 has no shadow log',
                expected: '--data shadow=FILE, the data input, or paths.log in ssot/shadow.json',
                found: 'none',
            });
        const modelPath = ctx.inputs.model
            ? ctx.workspace.resolve(ctx.inputs.model, 'model')
            : ctx.ssot.resolveRepoPath(model.paths.model, 'model');
        const productionPath = ctx.inputs.baselineModel
            ? ctx.workspace.resolve(ctx.inputs.baselineModel, 'production model')
            : config.paths?.production
                ? ctx.ssot.resolveRepoPath(config.paths.production, 'production model', '/paths/production', configName)
                : undefined;
        if (!productionPath)
            throw new errors/* InputError */.dz({
                file: configFile,
                message: "G4 binds its verdict to the production model's digest, and no production model is given",
                expected: 'the baseline-model input (--baseline-model FILE) or paths.production in ssot/shadow.json',
                found: 'none',
            });
        const logDisplay = ctx.workspace.display(logPath);
        const spec = (0,g4_config/* logSpec */.I)(config, configFile, model.task, names, classes);
        const t0 = performance.now();
        const log = await (0,g4_log.readShadowLog)(logPath, logDisplay, spec, (0,range_workers/* threadCount */.Cc)(options.threads)).catch((error) => {
            // A missing or unreadable log is the user's to fix: say which file, never an internal error.
            if (error?.code)
                throw (0,file_errors/* unreadableFile */._)(error, logDisplay, 'the shadow log (CSV or JSON Lines)');
            throw error;
        });
        // A large log was hashed by one of the threads that read it; a small one is hashed now.
        const logDigest = ctx.describeFile(logPath, 'shadow-log', undefined, log.digest);
        logDigest.catch(() => { });
        const t1 = performance.now();
        const input = {
            task: model.task,
            variables: targets.map((t) => ({
                name: t.name,
                ...(t.unit !== undefined ? { unit: t.unit } : {}),
            })),
            ...(classes ? { classes } : {}),
            rules,
            log,
            days: config.days,
            minRowsPerDay: config.minRowsPerDay ?? 1,
            configFile,
            today: Math.floor(ctx.now().getTime() / 86_400_000),
            resamples: options.bootstrap ?? (0,bootstrap/* defaultResampleCount */.a)(log.rows),
            seed: options.seed,
            eceBins: 10,
        };
        const evaluation = evaluateG4(input);
        const report = buildG4Report(input, evaluation);
        const t2 = performance.now();
        const checks = evaluation.checks;
        const subjectModel = await ctx.describeFile(modelPath, 'model');
        const production = await ctx.describeFile(productionPath, 'production-model');
        const status = (0,outcome/* decideStatus */.x7)(checks, 0);
        const c = evaluation.coverage;
        return {
            status,
            summary: `${model.name} in shadow beside production: ${c.qualifying >= config.days ? `${c.qualifying} days covered (${config.days} required)` : `${c.qualifying} of ${config.days} days`}, ${(0,digits/* groupDigits */.K)(log.rows)} logged requests; ${(0,outcome/* describeCounts */.wv)(checks)}`,
            subject: {
                model: subjectModel,
                data: [],
                artifacts: [production, { ...(await logDigest), rows: log.rows }],
            },
            checks,
            problems: [],
            report: {
                ...report,
                stages: { readMs: t1 - t0, metricsMs: t2 - t1 },
                bootstrap: { resamples: input.resamples, seed: input.seed },
                model: {
                    name: model.name,
                    version: model.version ?? null,
                    owner: model.owner,
                    stage: model.stage,
                },
                production: ctx.workspace.display(productionPath),
                log: logDisplay,
            },
        };
    },
};
/**
 * The shadow log among the data inputs: the one with role `shadow` or `log`
 * (`shadow=FILE`), or a single path given without a role. Anything else is
 * refused rather than guessed.
 */
function pickLog(data) {
    if (data.length === 0)
        return undefined;
    const logs = data.filter((d) => /^(shadow|log|shadow_log|shadow-log)(_\d+)?$/.test(d.role));
    if (logs.length === 1)
        return logs[0];
    if (logs.length === 0 && data.length === 1 && !data[0].explicitRole)
        return data[0];
    throw new errors/* InputError */.dz({
        message: logs.length > 1
            ? `G4 judges one shadow log, and the data input names ${logs.length}`
            : 'G4 judges a shadow log, and the data input names none',
        expected: 'shadow=FILE, or a single file path without a role',
        found: data.map((d) => (d.explicitRole ? `${d.role}=${d.path}` : d.path)).join(', '),
    });
}
function parseOptions(raw) {
    const int = (name, min, max) => {
        const v = raw[name];
        if (v === undefined)
            return undefined;
        const n = Number(v);
        if (!Number.isInteger(n) || n < min || n > max)
            throw new errors/* InputError */.dz({
                message: `Invalid option ${name}`,
                expected: `a whole number from ${min} to ${max}`,
                found: JSON.stringify(v),
            });
        return n;
    };
    const bootstrap = int('bootstrap', 0, 100_000);
    return {
        ...(bootstrap !== undefined ? { bootstrap } : {}),
        seed: int('seed', 0, 2 ** 32 - 1) ?? 20240101,
        ...(raw.threads !== undefined ? { threads: raw.threads } : {}),
    };
}


/***/ }),

/***/ 79861:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xu: () => (/* binding */ weightColumn),
/* harmony export */   h5: () => (/* binding */ resolveTargets),
/* harmony export */   xW: () => (/* binding */ classNames)
/* harmony export */ });
/* harmony import */ var _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68081);

/**
 * The model's output variables. Regression: `targets` (each one a variable),
 * or the single `target` read from `outputs.prediction`/`lower`/`upper`.
 * A target's output defaults to the matching `outputs` entry, and its column
 * in that output defaults to its position among the targets that read the
 * same output. Classification: the one `target`, the label column.
 */
function resolveTargets(model, file) {
    const problem = (pointer, message, expected, found) => new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file, pointer, message, expected, found });
    if (model.target && model.targets)
        throw problem('/targets', 'model.json gives both target and targets', 'either target (one variable) or targets (several)', 'both');
    if (model.targets && model.task !== 'regression')
        throw problem('/targets', `A ${model.task} model has one label column`, 'target: { "name": <label column> }', `targets with ${model.targets.length} entries`);
    const list = model.targets ??
        (model.target
            ? [
                {
                    ...model.target,
                    ...(model.outputs.lower ? { lower: model.outputs.lower } : {}),
                    ...(model.outputs.upper ? { upper: model.outputs.upper } : {}),
                },
            ]
            : undefined);
    if (!list || list.length === 0)
        throw problem('', 'model.json names no target', 'target (one variable) or targets (regression with several output variables)', 'neither');
    const pointer = (i, key) => model.targets
        ? `/targets/${i}/${key}`
        : key === 'prediction'
            ? '/outputs/prediction'
            : `/outputs/${key}`;
    const used = new Map();
    const ref = (value, fallback, role) => {
        const output = value === undefined ? fallback : typeof value === 'string' ? value : value.output;
        if (output === undefined)
            return undefined;
        const given = typeof value === 'object' ? value.index : undefined;
        const position = used.get(`${role}|${output}`) ?? 0;
        used.set(`${role}|${output}`, position + 1);
        return { output, index: given ?? position, explicit: given !== undefined };
    };
    const seen = new Map();
    const columns = new Map();
    const resolved = list.map((t, i) => {
        if (seen.has(t.name))
            throw problem(`/targets/${i}/name`, `Two targets are named "${t.name}"`, 'a distinct variable name per target', `"${t.name}" at /targets/${seen.get(t.name)} and /targets/${i}`);
        seen.set(t.name, i);
        const prediction = ref(t.prediction, model.outputs.prediction, 'prediction');
        const key = `${prediction.output}[${prediction.index}]`;
        if (columns.has(key))
            throw problem(pointer(i, 'prediction'), `Targets "${columns.get(key)}" and "${t.name}" read the same output column`, 'one output column per target', key);
        columns.set(key, t.name);
        const lower = ref(t.lower, model.targets ? model.outputs.lower : undefined, 'lower');
        const upper = ref(t.upper, model.targets ? model.outputs.upper : undefined, 'upper');
        if ((lower === undefined) !== (upper === undefined)) {
            throw problem(pointer(i, lower ? 'upper' : 'lower'), `Target "${t.name}" has a ${lower ? 'lower' : 'upper'} interval bound without the other`, 'both lower and upper, or neither', `only ${lower ? 'lower' : 'upper'}`);
        }
        return {
            name: t.name,
            column: t.column ?? t.name,
            ...(t.unit !== undefined ? { unit: t.unit } : {}),
            prediction,
            ...(lower && upper ? { lower, upper } : {}),
        };
    });
    // Default columns count per role, so one output serving two roles (lower and upper in one [N, 2]) needs explicit indexes.
    const roles = new Map();
    resolved.forEach((t) => {
        for (const role of ['prediction', 'lower', 'upper']) {
            const r = t[role];
            if (!r)
                continue;
            const entry = roles.get(r.output) ?? { roles: new Set(), implicit: false };
            entry.roles.add(role);
            entry.implicit ||= !r.explicit;
            roles.set(r.output, entry);
        }
    });
    for (const [output, entry] of roles) {
        if (entry.roles.size > 1 && entry.implicit) {
            throw problem(model.targets ? '/targets' : '/outputs', `Output "${output}" serves as ${[...entry.roles].join(' and ')}`, 'an explicit { "output", "index" } for each use of an output that serves several roles', 'a column chosen by default');
        }
    }
    return resolved;
}
/** The declared classes as the text they are matched by (`1` and `"1"` are the same class); refuses duplicates. */
function classNames(model, file) {
    if (!model.classes)
        return undefined;
    const names = model.classes.map(String);
    const first = new Map();
    names.forEach((name, i) => {
        if (first.has(name))
            throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
                file,
                pointer: `/classes/${i}`,
                message: `Class ${JSON.stringify(model.classes[i])} is declared twice`,
                expected: 'distinct class labels',
                found: `the same label at /classes/${first.get(name)} and /classes/${i}`,
            });
        first.set(name, i);
    });
    return names;
}
/**
 * The holdout column of sample weights, or undefined when the holdout is
 * unweighted. A weight column that is also a feature, a target or the label
 * column would feed one value into two roles, which is always a mistake.
 */
function weightColumn(model, targets, file) {
    const column = model.weight;
    if (column === undefined)
        return undefined;
    const role = model.features.some((f) => f.name === column)
        ? 'a feature'
        : targets.some((t) => t.column === column)
            ? model.task === 'regression'
                ? 'a target'
                : 'the label'
            : undefined;
    if (role)
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            file,
            pointer: '/weight',
            message: `The sample weight column "${column}" is ${role} column`,
            expected: 'a holdout column of its own for the sample weights',
            found: `"${column}", ${role}`,
        });
    return column;
}


/***/ })

};
