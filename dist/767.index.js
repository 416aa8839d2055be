export const id = 767;
export const ids = [767];
export const modules = {

/***/ 69767:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubRegistry: () => (/* binding */ GitHubRegistry),
/* harmony export */   openGitHubRegistry: () => (/* binding */ openGitHubRegistry)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _contract_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68081);
/* harmony import */ var _io_file_digest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69227);
/* harmony import */ var _evidence_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(58568);
/* harmony import */ var _lifecycle_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3937);
/* harmony import */ var _rest_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(407);
/* harmony import */ var _ledger_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(98152);









/**
 * The registry on GitHub Releases (README "Model registry"):
 * - one version = one release tagged `<model>-v<version>`, a draft while it
 *   is a candidate: the model, the model card, modelgate-version.json and
 *   each gate's evidence are its assets, uploaded while it is a draft
 *   (immutable releases accept none after publishing); G5's promote
 *   publishes it and makes it "latest";
 * - the ledger of each model (states, production pointer, history) is the
 *   body of a published pre-release `<model>-registry` (see ledger.ts);
 * - `refs/tags/<model>-production` follows production: a ref a deploy
 *   script can fetch without modelgate.
 * A file's recorded digest is the one GitHub computed for the asset.
 */
class GitHubRegistry {
    now;
    kind = 'github';
    rest;
    constructor(options, now = () => new Date()) {
        this.now = now;
        this.rest = new _rest_js__WEBPACK_IMPORTED_MODULE_7__/* .RestReleases */ .b(options.client, options.owner, options.repo, options.targetCommitish);
    }
    event(e) {
        return { ...e, at: this.now().toISOString() };
    }
    async ledger(model) {
        (0,_lifecycle_js__WEBPACK_IMPORTED_MODULE_6__/* .assertName */ .I1)('model', model, 'registry');
        const release = await this.rest.findRelease((0,_ledger_js__WEBPACK_IMPORTED_MODULE_8__/* .ledgerTag */ .At)(model));
        if (!release)
            return { ledger: (0,_ledger_js__WEBPACK_IMPORTED_MODULE_8__/* .emptyLedger */ .Hg)(model) };
        return { ledger: (0,_ledger_js__WEBPACK_IMPORTED_MODULE_8__/* .parseLedger */ .h8)(release.body, release.html_url), release };
    }
    async saveLedger(ledger, release) {
        const releases = await this.rest.listReleases();
        const urls = new Map(releases.map((r) => [r.tag_name, r.html_url]));
        const body = (0,_ledger_js__WEBPACK_IMPORTED_MODULE_8__/* .renderLedger */ .wP)(ledger, (v) => urls.get((0,_lifecycle_js__WEBPACK_IMPORTED_MODULE_6__/* .releaseTag */ .aF)(ledger.model, v)));
        if (release)
            await this.rest.updateRelease(release.id, { body });
        else
            await this.rest.createRelease({
                tag_name: (0,_ledger_js__WEBPACK_IMPORTED_MODULE_8__/* .ledgerTag */ .At)(ledger.model),
                name: `${ledger.model} registry`,
                body,
                draft: false,
                prerelease: true,
                make_latest: 'false',
            });
    }
    async versionRelease(ref) {
        (0,_lifecycle_js__WEBPACK_IMPORTED_MODULE_6__/* .assertName */ .I1)('version', ref.version, 'registry');
        return this.rest.findRelease((0,_lifecycle_js__WEBPACK_IMPORTED_MODULE_6__/* .releaseTag */ .aF)(ref.model, ref.version));
    }
    async requireRelease(ref) {
        const r = await this.versionRelease(ref);
        if (!r)
            throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz({
                message: `${ref.model} ${ref.version} has no release ${(0,_lifecycle_js__WEBPACK_IMPORTED_MODULE_6__/* .releaseTag */ .aF)(ref.model, ref.version)}`,
                expected: 'a candidate registered with modelgate candidate (gate: candidate)',
                found: 'no such release',
            });
        return r;
    }
    toVersion(entry, model, release) {
        return {
            model,
            version: entry.version,
            modelDigest: entry.modelDigest,
            state: entry.state,
            draft: release ? release.draft : entry.draft,
            ...(entry.frozen ? { frozen: entry.frozen } : {}),
            files: (release?.assets ?? []).map((a) => ({
                name: a.name,
                sha256: (a.digest ?? '').replace(/^sha256:/, ''),
                bytes: a.size,
            })),
            ...(release ? { url: release.html_url } : {}),
            createdAt: entry.createdAt,
        };
    }
    entry(ledger, ref) {
        const e = ledger.versions.find((v) => v.version === ref.version);
        if (!e)
            throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz({
                message: `${ref.model} ${ref.version} is not in the registry ledger ${(0,_ledger_js__WEBPACK_IMPORTED_MODULE_8__/* .ledgerTag */ .At)(ref.model)}`,
                expected: `a registered version (${ledger.versions.map((v) => v.version).join(', ') || 'none yet'})`,
                found: `version ${ref.version}`,
            });
        return e;
    }
    async register(input) {
        (0,_lifecycle_js__WEBPACK_IMPORTED_MODULE_6__/* .assertName */ .I1)('model', input.model, 'ssot/model.json');
        (0,_lifecycle_js__WEBPACK_IMPORTED_MODULE_6__/* .assertName */ .I1)('version', input.version, 'ssot/model.json');
        const tag = (0,_lifecycle_js__WEBPACK_IMPORTED_MODULE_6__/* .releaseTag */ .aF)(input.model, input.version);
        const { sha256 } = await (0,_io_file_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .digestFile */ .TM)(input.modelFile);
        const { ledger, release: ledgerRelease } = await this.ledger(input.model);
        const existing = await this.versionRelease(input);
        const entry = ledger.versions.find((v) => v.version === input.version);
        if (existing && !existing.draft)
            throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz({
                message: `Release ${tag} is already published; a published version never changes`,
                expected: 'a new version in ssot/model.json',
                found: `a published release ${existing.html_url}`,
            });
        if (existing && entry && entry.modelDigest !== sha256)
            throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz({
                message: `${input.model} ${input.version} is already a candidate with another model file`,
                expected: `the model with sha256 ${entry.modelDigest}, or a new version in ssot/model.json`,
                found: `a model with sha256 ${sha256}`,
            });
        if (!existing)
            await this.rest.createRelease({
                tag_name: tag,
                name: `${input.model} ${input.version}`,
                body: `Candidate ${input.version} of ${input.model}, model sha256 \`${sha256}\`. Gate evidence is attached as the gates pass; G5 publishes it.`,
                draft: true,
                prerelease: false,
            });
        if (!existing && entry && entry.draft && entry.modelDigest !== sha256) {
            // The draft was deleted by hand: the new candidate starts over with this model.
            entry.modelDigest = sha256;
            ledger.history.push(this.event({ kind: 'register', version: input.version, actor: input.actor }));
            await this.saveLedger(ledger, ledgerRelease);
        }
        if (!entry) {
            ledger.versions.push({
                version: input.version,
                modelDigest: sha256,
                state: _lifecycle_js__WEBPACK_IMPORTED_MODULE_6__/* .CANDIDATE_STATE */ .EJ,
                draft: true,
                owner: input.owner,
                createdAt: this.now().toISOString(),
            });
            ledger.history.push(this.event({ kind: 'register', version: input.version, actor: input.actor }));
            await this.saveLedger(ledger, ledgerRelease);
        }
        await this.attachFile(input, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(input.modelFile), input.modelFile);
        for (const f of input.files ?? [])
            await this.attachFile(input, f.name, f.path);
        return (await this.version(input));
    }
    async attachFile(ref, name, absolutePath) {
        const release = await this.requireRelease(ref);
        if (!release.draft)
            throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz({
                file: name,
                message: `Release ${release.tag_name} is published; its assets cannot change`,
                expected: 'a draft (candidate) release',
                found: `a published release ${release.html_url}`,
            });
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(name) !== name || name.startsWith('.') || name === '')
            throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz({
                file: name,
                message: 'A release asset name must be a plain file name',
                expected: 'a name without folders, not starting with "."',
                found: JSON.stringify(name),
            });
        const { sha256, bytes } = await (0,_io_file_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .digestFile */ .TM)(absolutePath);
        const old = release.assets.find((a) => a.name === name);
        if (old)
            await this.rest.deleteAsset(old.id);
        const asset = await this.rest.uploadAsset(release, name, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(absolutePath));
        const reported = (asset.digest ?? '').replace(/^sha256:/, '');
        if (reported && reported !== sha256)
            throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz({
                file: name,
                message: `GitHub recorded another digest for the uploaded ${name}`,
                expected: sha256,
                found: reported,
            });
        return { name, sha256, bytes };
    }
    async attachEvidence(ref, evidence, reports) {
        const names = (0,_evidence_js__WEBPACK_IMPORTED_MODULE_5__/* .evidenceFileNames */ .q)(evidence.gate);
        const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'modelgate-attach-'));
        try {
            const write = async (name, text) => {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name), text);
                return this.attachFile(ref, name, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name));
            };
            const stored = await write(names.evidence, `${JSON.stringify(evidence, null, 2)}\n`);
            if (reports?.markdown !== undefined)
                await write(names.markdown, reports.markdown);
            if (reports?.html !== undefined)
                await write(names.html, reports.html);
            return stored;
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
        }
    }
    async readEvidence(ref, gate) {
        const release = await this.requireRelease(ref);
        const asset = release.assets.find((a) => a.name === (0,_evidence_js__WEBPACK_IMPORTED_MODULE_5__/* .evidenceFileNames */ .q)(gate).evidence);
        if (!asset)
            return undefined;
        const bytes = await this.rest.downloadAsset(asset.id);
        try {
            return JSON.parse(bytes.toString('utf8'));
        }
        catch (error) {
            throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz({
                file: `${release.tag_name}/${asset.name}`,
                message: `The ${gate} evidence of ${release.tag_name} cannot be read`,
                expected: 'an evidence record (JSON)',
                found: error.message,
            });
        }
    }
    async download(ref, name, toPath) {
        const release = await this.requireRelease(ref);
        const asset = release.assets.find((a) => a.name === name);
        if (!asset)
            throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz({
                file: name,
                message: `Release ${release.tag_name} has no asset ${name}`,
                expected: release.assets.map((a) => a.name).join(', ') || 'an asset',
                found: name,
            });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(toPath, await this.rest.downloadAsset(asset.id));
        const { sha256, bytes } = await (0,_io_file_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .digestFile */ .TM)(toPath);
        return { name, sha256, bytes };
    }
    async version(ref) {
        const { ledger } = await this.ledger(ref.model);
        const entry = ledger.versions.find((v) => v.version === ref.version);
        return entry ? this.toVersion(entry, ref.model, await this.versionRelease(ref)) : undefined;
    }
    async versions(model) {
        const { ledger } = await this.ledger(model);
        const releases = new Map((await this.rest.listReleases()).map((r) => [r.tag_name, r]));
        return ledger.versions.map((e) => this.toVersion(e, model, releases.get((0,_lifecycle_js__WEBPACK_IMPORTED_MODULE_6__/* .releaseTag */ .aF)(model, e.version))));
    }
    async promote(ref, actor, reason) {
        const g5 = await this.readEvidence(ref, 'G5');
        const { ledger, release: ledgerRelease } = await this.ledger(ref.model);
        const entry = this.entry(ledger, ref);
        (0,_lifecycle_js__WEBPACK_IMPORTED_MODULE_6__/* .assertPromotable */ .OP)(this.toVersion(entry, ref.model, undefined), g5, (0,_ledger_js__WEBPACK_IMPORTED_MODULE_8__/* .ledgerTag */ .At)(ref.model));
        const release = await this.requireRelease(ref);
        if (release.draft)
            await this.rest.updateRelease(release.id, { draft: false, make_latest: 'true' });
        const previous = ledger.production;
        const p = ledger.versions.find((v) => v.version === previous);
        if (p)
            p.state = _lifecycle_js__WEBPACK_IMPORTED_MODULE_6__/* .REPLACED_STATE */ .BD;
        entry.state = 'production';
        entry.draft = false;
        ledger.production = entry.version;
        ledger.history.push(this.event({
            kind: 'promote',
            version: entry.version,
            previousVersion: previous,
            actor,
            reason,
        }));
        await this.saveLedger(ledger, ledgerRelease);
        await this.rest.moveProductionRef(ref.model, (0,_lifecycle_js__WEBPACK_IMPORTED_MODULE_6__/* .releaseTag */ .aF)(ref.model, ref.version));
    }
    async rollback(ref, actor, reason) {
        const { ledger, release: ledgerRelease } = await this.ledger(ref.model);
        const target = this.entry(ledger, ref);
        (0,_lifecycle_js__WEBPACK_IMPORTED_MODULE_6__/* .assertRollbackTarget */ .ou)(this.toVersion(target, ref.model, undefined), ledger.production, ledger.history, (0,_ledger_js__WEBPACK_IMPORTED_MODULE_8__/* .ledgerTag */ .At)(ref.model));
        const previous = ledger.production;
        const bad = ledger.versions.find((v) => v.version === previous);
        if (bad)
            bad.state = 'rolled-back';
        target.state = 'production';
        ledger.production = target.version;
        ledger.history.push(this.event({
            kind: 'rollback',
            version: target.version,
            previousVersion: previous,
            actor,
            reason,
        }));
        await this.saveLedger(ledger, ledgerRelease);
        const release = await this.requireRelease(ref);
        await this.rest.updateRelease(release.id, { make_latest: 'true' });
        await this.rest.moveProductionRef(ref.model, release.tag_name);
    }
    async setState(ref, state, actor, reason) {
        const { ledger, release } = await this.ledger(ref.model);
        const entry = this.entry(ledger, ref);
        (0,_lifecycle_js__WEBPACK_IMPORTED_MODULE_6__/* .assertStateChange */ .ML)(this.toVersion(entry, ref.model, undefined), state, (0,_ledger_js__WEBPACK_IMPORTED_MODULE_8__/* .ledgerTag */ .At)(ref.model));
        entry.state = state;
        ledger.history.push(this.event({ kind: 'state', version: entry.version, state, actor, reason }));
        await this.saveLedger(ledger, release);
    }
    async setFrozen(ref, frozen, actor, reason) {
        const { ledger, release } = await this.ledger(ref.model);
        const entry = this.entry(ledger, ref);
        const at = this.now().toISOString();
        if (frozen)
            entry.frozen = { at, reason, ...(actor.runUrl ? { runUrl: actor.runUrl } : {}) };
        else
            delete entry.frozen;
        ledger.history.push({
            kind: frozen ? 'freeze' : 'unfreeze',
            version: entry.version,
            at,
            actor,
            reason,
        });
        await this.saveLedger(ledger, release);
    }
    async production(model) {
        const { ledger } = await this.ledger(model);
        return ledger.production ? this.version({ model, version: ledger.production }) : undefined;
    }
    async history(model) {
        return (await this.ledger(model)).ledger.history;
    }
}
/** The GitHub Releases registry (see README "Model registry"). */
function openGitHubRegistry(options, now) {
    return new GitHubRegistry(options, now);
}


/***/ })

};
