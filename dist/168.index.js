export const id = 168;
export const ids = [168];
export const modules = {

/***/ 14044:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ax: () => (/* binding */ releaseReport),
/* harmony export */   H5: () => (/* binding */ verifyChain),
/* harmony export */   K7: () => (/* binding */ checkManifest),
/* harmony export */   KQ: () => (/* binding */ chainReferences),
/* harmony export */   h1: () => (/* binding */ MANIFEST_FILE),
/* harmony export */   mf: () => (/* binding */ VERSION_FILE),
/* harmony export */   nF: () => (/* binding */ CHAIN_GATES),
/* harmony export */   r0: () => (/* binding */ chainExitCode)
/* harmony export */ });
/* harmony import */ var _contract_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99525);
/* harmony import */ var _evidence_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58568);


/**
 * The release chain, checked without I/O: the G5 gate (which judges it before
 * promoting), `modelgate verify` (offline, after the fact) and `modelgate
 * rollback` (before returning to a version) call the same functions on the
 * files a version holds. Each link yields one verdict.
 *
 * The chain of a released version:
 *   modelgate-version.json  names the model file and its sha256 (written by `modelgate candidate`)
 *   <model file>            recomputed: must have that sha256
 *   <GATE>.evidence.json    schema-valid, digest recomputed over its canonical JSON
 *   subject of each gate    the model sha256 it names is the version's
 *   data                    one data file path has one digest across the gates
 *   G2 report.manifest      each listed file the version holds has that digest; its model entry is the version's model
 *   G3                      its approvals are inside its digest; it must pass
 *   G5 report.chain         names the digest of each G0..G4 evidence held (see `chainReferences`)
 *   G5 report.version       holds modelgate-version.json as G5 read it (see `releaseReport`)
 *   <GATE>.md, .html        re-rendered from the evidence and compared (when the same modelgate wrote them)
 */
const VERSION_FILE = 'modelgate-version.json';
const MANIFEST_FILE = 'manifest.json';
/** Gates whose evidence G5 requires, in order; G4 may be declared not required by ssot/. */
const CHAIN_GATES = ['G0', 'G1', 'G2', 'G3', 'G4'];
/** The references G5 records in `report.chain` for the evidence it judged. */
function chainReferences(records, required = CHAIN_GATES) {
    return CHAIN_GATES.map((gate) => {
        const r = records[gate];
        return {
            gate,
            required: required.includes(gate),
            digest: r?.digest.value ?? null,
            status: r?.status ?? null,
            modelDigest: r?.subject.model?.sha256 ?? null,
        };
    });
}
/**
 * What G5 records in its evidence `report` about the release it judged, so
 * that `modelgate verify` can tie every file back to it: `chain` (the
 * evidence digests of G0..G4) and `version` (modelgate-version.json).
 */
function releaseReport(records, descriptor, required = CHAIN_GATES) {
    return { chain: chainReferences(records, required), version: descriptor };
}
const pass = (link, message) => ({ link, status: 'pass', message });
const fail = (link, message, expected, found) => ({
    link,
    status: 'fail',
    message,
    ...(expected !== undefined ? { expected } : {}),
    ...(found !== undefined ? { found } : {}),
});
function parseJson(file) {
    try {
        return { ok: true, value: JSON.parse(file.text ?? '') };
    }
    catch (error) {
        return { ok: false, error: error.message };
    }
}
/** Reads the evidence files of a bundle: verified records by gate, and one verdict per file. */
function readEvidenceSet(files) {
    const records = {};
    const verdicts = [];
    for (const f of files.filter((x) => x.name.endsWith('.evidence.json'))) {
        const link = `evidence ${f.name}`;
        const parsed = parseJson(f);
        if (!parsed.ok) {
            verdicts.push(fail(link, 'not JSON', 'an evidence record', parsed.error));
            continue;
        }
        const check = (0,_evidence_js__WEBPACK_IMPORTED_MODULE_1__/* .verifyEvidenceRecord */ .e)(parsed.value, f.name);
        if (!check.ok) {
            verdicts.push(fail(link, check.problems.join('; ')));
            continue;
        }
        const gate = check.record.gate;
        if (`${gate}.evidence.json` !== f.name) {
            verdicts.push(fail(link, 'the file holds the evidence of another gate', f.name, gate));
            continue;
        }
        records[gate] = check.record;
        verdicts.push(pass(link, `${gate} ${check.record.status}, digest ${check.record.digest.value} recomputed`));
    }
    return { records, verdicts };
}
/** Every evidence names the same model digest (gates that judge no model are skipped), and data paths agree. */
function checkSubjects(records, modelDigest, data) {
    const out = [];
    const seen = new Map();
    for (const [gate, r] of Object.entries(records)) {
        const m = r.subject.model;
        if (!m)
            out.push({ link: `subject ${gate}`, status: 'skipped', message: 'judges no model file' });
        else if (m.sha256 !== modelDigest)
            out.push(fail(`subject ${gate}`, 'the evidence is about another model', modelDigest, m.sha256));
        else
            out.push(pass(`subject ${gate}`, `model ${m.sha256}`));
        for (const d of r.subject.data) {
            const link = `data ${d.path}`;
            const before = seen.get(d.path);
            if (before && before.sha256 !== d.sha256)
                out.push(fail(link, `${gate} judged other bytes than ${before.gate}`, before.sha256, d.sha256));
            else if (!before) {
                seen.set(d.path, { sha256: d.sha256, gate });
                const actual = data?.get(d.path);
                if (actual === undefined)
                    out.push({
                        link,
                        status: 'skipped',
                        message: `${gate} recorded ${d.sha256}; give the folder that holds it (--workspace DIR) to recompute`,
                    });
                else if (actual !== d.sha256)
                    out.push(fail(link, 'the data file changed', d.sha256, actual));
                else
                    out.push(pass(link, `recomputed ${actual}`));
            }
        }
    }
    return out;
}
/** G2's manifest against the files the version holds (matched by file name), and its model entry against the version's model. */
function checkManifest(g2, files, modelDigest) {
    if (!g2)
        return [fail('manifest', 'no G2 evidence, so no manifest', 'G2.evidence.json')];
    const manifest = g2.report.manifest;
    if (!Array.isArray(manifest) || manifest.length === 0)
        return [fail('manifest', 'G2 recorded no manifest', 'report.manifest in G2.evidence.json')];
    const out = [];
    const model = manifest.find((m) => m.role === 'model');
    out.push(model?.sha256 === modelDigest
        ? pass('manifest model', `G2 signed the model ${modelDigest}`)
        : fail('manifest model', 'G2 signed another model', modelDigest, model?.sha256 ?? 'no model entry'));
    const byName = new Map(files.map((f) => [f.name, f]));
    for (const m of manifest) {
        const name = m.path.split('/').at(-1);
        const held = byName.get(name);
        if (!held)
            continue;
        out.push(held.sha256 === m.sha256
            ? pass(`manifest ${m.path}`, `${name} recomputed ${held.sha256}`)
            : fail(`manifest ${m.path}`, `${name} is not the file G2 vouched for`, m.sha256, held.sha256));
    }
    const copy = byName.get(MANIFEST_FILE);
    if (copy) {
        const parsed = parseJson(copy);
        const same = parsed.ok && (0,_contract_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalize */ .d)(parsed.value) === (0,_contract_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalize */ .d)(manifest);
        out.push(same
            ? pass(`manifest ${MANIFEST_FILE}`, 'equals the manifest inside the G2 evidence')
            : fail(`manifest ${MANIFEST_FILE}`, 'differs from the manifest inside the G2 evidence'));
    }
    return out;
}
/** G5's references to G0..G4 against the evidence held; each required gate passed. */
function checkG5Chain(records) {
    const g5 = records.G5;
    if (!g5)
        return [fail('chain G5', 'no G5 evidence: the version was never released', 'G5.evidence.json')];
    if (g5.status !== 'pass')
        return [fail('chain G5', 'G5 did not pass', 'pass', g5.status)];
    const refs = g5.report.chain;
    if (!Array.isArray(refs))
        return [fail('chain G5', 'G5 names no chain', 'report.chain in G5.evidence.json')];
    const out = [];
    for (const gate of CHAIN_GATES) {
        const ref = refs.find((r) => r.gate === gate);
        const held = records[gate];
        const link = `chain G5 -> ${gate}`;
        if (!ref)
            out.push(fail(link, `G5 does not reference ${gate}`));
        else if (!ref.required && ref.digest === null)
            out.push({ link, status: 'skipped', message: `${gate} not required by ssot/ when G5 ran` });
        else if (!held)
            out.push(fail(link, `G5 judged ${gate} evidence this version does not hold`, `${gate}.evidence.json`));
        else if (held.digest.value !== ref.digest)
            out.push(fail(link, `the ${gate} evidence is not the one G5 judged`, String(ref.digest), held.digest.value));
        else if (held.status !== 'pass')
            out.push(fail(link, `${gate} did not pass`, 'pass', held.status));
        else
            out.push(pass(link, `digest ${held.digest.value}`));
    }
    return out;
}
/** G3's approvals: inside the G3 digest (checked with the evidence); here: it passed and names approvals. */
function checkApprovals(records) {
    const g3 = records.G3;
    if (!g3)
        return [fail('approvals', 'no G3 evidence', 'G3.evidence.json')];
    if (g3.status !== 'pass')
        return [fail('approvals', 'G3 did not pass', 'pass', g3.status)];
    const approvals = g3.report.approvals;
    const n = Array.isArray(approvals) ? approvals.length : undefined;
    return [
        pass('approvals', `G3 passed${n !== undefined ? ` with ${n} approvals` : ''}, covered by its digest`),
    ];
}
/** Every link of a version's chain, from its files. */
function verifyChain(files, options = {}) {
    const out = [];
    const byName = new Map(files.map((f) => [f.name, f]));
    for (const r of options.recorded ?? []) {
        const f = byName.get(r.name);
        if (!f)
            out.push(fail(`file ${r.name}`, 'the registry lists a file the version no longer holds', r.sha256, 'no file'));
        else if (f.sha256 !== r.sha256)
            out.push(fail(`file ${r.name}`, 'the file differs from what the registry recorded', r.sha256, f.sha256));
    }
    const vfile = byName.get(VERSION_FILE);
    const parsed = vfile ? parseJson(vfile) : undefined;
    const descriptor = parsed?.ok ? parsed.value : undefined;
    if (!descriptor ||
        typeof descriptor.modelDigest !== 'string' ||
        typeof descriptor.modelFile !== 'string') {
        out.push(fail('version', `${VERSION_FILE} is missing or unreadable`, 'the file modelgate candidate writes'));
        return out;
    }
    out.push(pass('version', `${descriptor.model} ${descriptor.version}, model ${descriptor.modelDigest}`));
    const model = byName.get(descriptor.modelFile);
    out.push(!model
        ? fail('model', 'the model file is missing', descriptor.modelFile)
        : model.sha256 === descriptor.modelDigest
            ? pass('model', `${model.name} recomputed ${model.sha256}`)
            : fail('model', `${model.name} changed`, descriptor.modelDigest, model.sha256));
    const { records, verdicts } = readEvidenceSet(files);
    out.push(...verdicts);
    out.push(...checkSubjects(records, descriptor.modelDigest, options.data));
    out.push(...checkManifest(records.G2, files, descriptor.modelDigest));
    if (options.requireG5 !== false || records.G5) {
        out.push(...checkApprovals(records));
        out.push(...checkG5Chain(records));
    }
    if (records.G5)
        out.push((0,_contract_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalize */ .d)(records.G5.report.version ?? null) === (0,_contract_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalize */ .d)(descriptor)
            ? pass('version G5', `${VERSION_FILE} is the one G5 released`)
            : fail('version G5', `${VERSION_FILE} differs from the one G5 released`, 'report.version in G5.evidence.json'));
    // Every file the version held when G5 judged it (its subject), still there with those bytes: a deletion shows.
    for (const a of records.G5?.subject.artifacts ?? []) {
        const name = a.path.slice(a.path.indexOf('/') + 1);
        const f = byName.get(name);
        if (!f || f.sha256 !== a.sha256)
            out.push(fail(`release file ${name}`, 'not the file G5 released', a.sha256, f?.sha256 ?? 'no file'));
    }
    if (options.render)
        out.push(...checkReports(files, records, options.render));
    return out;
}
function checkReports(files, records, render) {
    const out = [];
    for (const f of files) {
        const m = /^(.+)\.(md|html)$/.exec(f.name);
        if (!m || f.name === 'MODEL_CARD.md')
            continue;
        const record = records[m[1]];
        const link = `report ${f.name}`;
        if (!record) {
            if (files.some((x) => x.name === `${m[1]}.evidence.json`))
                out.push(fail(link, 'its evidence does not verify'));
            continue;
        }
        const rendered = render(record);
        if (!rendered) {
            out.push({
                link,
                status: 'skipped',
                message: `written by modelgate ${record.tool.version}; not re-rendered`,
            });
            continue;
        }
        const candidates = rendered.map((r) => (m[2] === 'md' ? r.markdown : r.html));
        out.push(candidates.includes(f.text ?? '')
            ? pass(link, 're-rendered from the evidence: identical')
            : fail(link, 'differs from a rendering of its evidence', (0,_contract_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .f)(candidates[0] ?? ''), f.sha256));
    }
    return out;
}
/** The verdict of a whole chain: 0 every link passes or is skipped, 1 some link fails. */
function chainExitCode(verdicts) {
    return verdicts.some((v) => v.status === 'fail') ? 1 : 0;
}


/***/ }),

/***/ 58568:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ verifyEvidenceRecord),
/* harmony export */   q: () => (/* binding */ evidenceFileNames)
/* harmony export */ });
/* harmony import */ var _engine_evidence_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40910);

/**
 * Verifies evidence read back from a registry before anything trusts it:
 * valid against evidence.schema.json and its digest recomputed over its
 * canonical JSON (engine/evidence.ts `verifyEvidence`, the same check
 * publish-evidence runs). A registry hands evidence back parsed but
 * unverified; every caller passes it through here first.
 */
function verifyEvidenceRecord(record, display = 'evidence') {
    const problems = (0,_engine_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyEvidence */ .Jm)(record, display);
    return problems.length === 0
        ? { ok: true, record: record, problems: [] }
        : { ok: false, problems };
}
/** File names of a gate's evidence and reports inside a version (the names `writeReportFiles` uses). */
function evidenceFileNames(gate) {
    return { evidence: `${gate}.evidence.json`, markdown: `${gate}.md`, html: `${gate}.html` };
}


/***/ }),

/***/ 3937:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BD: () => (/* binding */ REPLACED_STATE),
/* harmony export */   EJ: () => (/* binding */ CANDIDATE_STATE),
/* harmony export */   I1: () => (/* binding */ assertName),
/* harmony export */   ML: () => (/* binding */ assertStateChange),
/* harmony export */   OP: () => (/* binding */ assertPromotable),
/* harmony export */   aF: () => (/* binding */ releaseTag),
/* harmony export */   dV: () => (/* binding */ defaultRollbackTarget),
/* harmony export */   ou: () => (/* binding */ assertRollbackTarget)
/* harmony export */ });
/* unused harmony export productionAt */
/* harmony import */ var _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68081);

/**
 * The lifecycle rules every backend enforces, in one place, so that the local
 * folder, GitHub Releases and MLflow refuse the same transitions with the
 * same words:
 * - nothing enters `production` except `promote` (after a G5 pass on the same
 *   model digest) or `rollback` (to a version that was promoted once);
 * - a `rolled-back` version is never promoted or rolled back to again: it
 *   needs a new chain from G0 under a new version;
 * - `setState` never reaches `production` and never leaves `rolled-back`
 *   except for `retirement`.
 */
/** Model and version names become folder names and tag names: keep them plain. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/;
function assertName(kind, value, where) {
    if (!NAME.test(value) || value.includes('..'))
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            file: where,
            pointer: kind === 'model' ? '/name' : '/version',
            message: `The ${kind} name cannot name a registry entry`,
            expected: 'letters, digits, ".", "_", "+" or "-", starting with a letter or digit, no ".."',
            found: JSON.stringify(value),
        });
}
/** The first state of a registered version: it is going through the gates. */
const CANDIDATE_STATE = 'validation';
/** State given to the version that production moved away from by a promotion. */
const REPLACED_STATE = 'retirement';
function assertStateChange(version, to, where) {
    const name = `${version.model} ${version.version}`;
    if (to === 'production')
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            file: where,
            message: `${name} cannot be set to production by a state change`,
            expected: 'promotion through G5 (modelgate g5) or a rollback (modelgate rollback)',
            found: `a state change from ${version.state} to production`,
        });
    if (to === 'rolled-back')
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            file: where,
            message: `${name} cannot be marked rolled-back by a state change`,
            expected: 'a rollback away from it (modelgate rollback)',
            found: `a state change from ${version.state} to rolled-back`,
        });
    if (version.state === 'rolled-back' && to !== 'retirement')
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            file: where,
            message: `${name} was rolled back; it can only be retired`,
            expected: 'retirement, or a new version through G0 to G5',
            found: `a state change to ${to}`,
        });
    if (version.state === 'production')
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            file: where,
            message: `${name} is in production; it leaves production only by a promotion of another version or a rollback`,
            expected: 'modelgate g5 on another version, or modelgate rollback',
            found: `a state change to ${to}`,
        });
}
/** The checks before `promote`: a G5 pass on this very model digest, and a version that may still enter production. */
function assertPromotable(version, g5, where) {
    const name = `${version.model} ${version.version}`;
    if (version.state === 'rolled-back')
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            file: where,
            message: `${name} was rolled back and cannot be promoted again`,
            expected: 'a new version with a new chain from G0',
            found: 'state rolled-back',
        });
    if (version.state === 'retirement' || version.state === 'production')
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            file: where,
            message: `${name} cannot be promoted from state ${version.state}`,
            expected: 'a candidate (validation or pre-production)',
            found: `state ${version.state}`,
        });
    if (!g5)
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            file: where,
            message: `${name} has no G5 evidence; nothing enters production without G5`,
            expected: 'G5.evidence.json attached to the candidate with status pass',
            found: 'no G5 evidence',
        });
    if (g5.status !== 'pass')
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            file: where,
            message: `${name}: G5 did not pass`,
            expected: 'G5 status pass',
            found: `G5 status ${g5.status}`,
        });
    const digest = g5.subject.model?.sha256;
    if (digest !== version.modelDigest)
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            file: where,
            message: `${name}: the G5 evidence is about another model`,
            expected: `model sha256 ${version.modelDigest}`,
            found: digest ? `model sha256 ${digest}` : 'no model in the G5 subject',
        });
}
/** Whether a version was ever promoted (that is, once passed G5), read from the history. */
function everPromoted(history, version) {
    return history.some((e) => e.kind === 'promote' && e.version === version);
}
/** The checks before `rollback`: the target was promoted once, is not production now and was not rolled back. */
function assertRollbackTarget(target, production, history, where) {
    const name = `${target.model} ${target.version}`;
    if (!everPromoted(history, target.version))
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            file: where,
            message: `${name} never passed G5; a rollback only returns to a version that was in production`,
            expected: `a version promoted before (${promotedVersions(history).join(', ') || 'none yet'})`,
            found: `${target.version}, never promoted`,
        });
    if (target.state === 'rolled-back')
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            file: where,
            message: `${name} was rolled back before; it cannot return to production`,
            expected: 'another version that passed G5',
            found: 'state rolled-back',
        });
    if (production === target.version)
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            file: where,
            message: `${name} is already in production`,
            expected: 'an earlier version than the one in production',
            found: `${target.version} in production`,
        });
    if (production === undefined)
        throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            file: where,
            message: `${target.model} has no version in production to roll back from`,
            expected: 'a model with a version in production',
            found: 'no production version',
        });
}
function promotedVersions(history) {
    return [...new Set(history.filter((e) => e.kind === 'promote').map((e) => e.version))];
}
/**
 * The version a rollback returns to by default: the most recent version that
 * was promoted before the current one, is not the current one and was not
 * rolled back.
 */
function defaultRollbackTarget(versions, production, history) {
    const states = new Map(versions.map((v) => [v.version, v.state]));
    const promoted = history.filter((e) => e.kind === 'promote').map((e) => e.version);
    for (let i = promoted.length - 1; i >= 0; i--) {
        const v = promoted[i];
        if (v !== production && states.get(v) !== 'rolled-back' && states.has(v))
            return v;
    }
    return undefined;
}
/** The version in production at a given instant, replayed from the history (oldest first). */
function productionAt(history, at) {
    const t = new Date(at).getTime();
    let current;
    for (const e of history) {
        if (new Date(e.at).getTime() > t)
            break;
        if (e.kind === 'promote' || e.kind === 'rollback')
            current = e.version;
    }
    return current;
}
/** The release tag of a version: `<model>-v<version>` (the GitHub release; the same name everywhere). */
function releaseTag(model, version) {
    return `${model}-v${version}`;
}


/***/ })

};
