export const id = 327;
export const ids = [327];
export const modules = {

/***/ 76327:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g5: () => (/* binding */ g5)
});

// EXTERNAL MODULE: ./build/src/contract/errors.js
var errors = __webpack_require__(68081);
// EXTERNAL MODULE: ./build/src/engine/outcome.js
var outcome = __webpack_require__(36576);
// EXTERNAL MODULE: ./build/src/approvals/read.js + 3 modules
var read = __webpack_require__(63360);
;// CONCATENATED MODULE: ./build/src/gates/g5/approval.js

/**
 * `G5.approval`: the Release Manager's approval, read and judged as G3 reads
 * approvals (src/approvals: the same roles file, ssot/approvals.json
 * gates.G5): the quorum of release managers for the `production`
 * environment, no rejection, separation of duties (not an author of the
 * model, not the run's actor, no bot) and, with g5DistinctFromG3, nobody who
 * approved G3 (read from G3's verified evidence). The approvals judge's own
 * checks are kept in `details.checks`.
 */
async function judgeApproval(ctx, modelDigest, links, modelAbsolute) {
    const file = ctx.ssot.display('approvals.json');
    // G3's approvers are kept out only when the policy says so (read once here; readGateApprovals names a missing file).
    const distinct = ctx.ssot.has('approvals.json') &&
        (await ctx.ssot.approvals()).gates.G5?.g5DistinctFromG3 === true;
    const { judged, policy } = await (0,read/* readGateApprovals */.U)({
        gate: 'G5',
        ssot: ctx.ssot,
        workspace: ctx.workspace,
        source: ctx.services.approvals,
        model: await ctx.ssot.model(),
        modelPath: modelAbsolute,
        modelSha256: modelDigest,
        actor: ctx.run.actor,
        ...(distinct ? { excluded: g3Approvers(links) } : {}),
    });
    // Without valid G3 evidence its approvers are unknown: the chain fails on it already, so this is a fail too, not an error.
    const noG3 = !links.find((l) => l.gate === 'G3')?.valid;
    const checks = judged.checks.map((c) => noG3 && c.status === 'error' && c.id === 'G5.sod.distinct-from-g3'
        ? { ...c, status: 'fail' }
        : c);
    // A sign-off file is self-declared: when G5 accepts none, it accepts no G3 judged on one either.
    const g3 = links.find((l) => l.gate === 'G3')?.valid;
    const g3Source = g3?.report.approvals?.source;
    if (g3Source === 'file' && !policy.allowFileSource)
        checks.push({
            id: 'G5.approvals.g3-source',
            rule: 'source',
            value: 'file',
            status: 'fail',
            severity: 'block',
            message: `G3 was judged on a sign-off file, and ${file} /gates/G5/allowFileSource is not true: G3 must read the environment approvals or the pull request's reviews`,
            source: { file, pointer: '/gates/G5/allowFileSource' },
        });
    const bad = checks.filter((c) => c.status === 'fail' || c.status === 'error');
    const status = checks.some((c) => c.status === 'error') ? 'error' : bad.length ? 'fail' : 'pass';
    return {
        id: 'G5.approval',
        rule: 'release-manager',
        value: judged.tally,
        status,
        severity: 'block',
        message: bad.length
            ? `The Release Manager's approval does not count: ${[...bad, ...checks.filter((c) => c.status === 'warn')].map((c) => `${c.id}: ${c.message ?? c.status}`).join('; ')}`
            : `Approved by ${judged.counted.map((a) => `${a.login} (${a.role})`).join(', ')}; ${judged.tally}`,
        source: { file, pointer: '/gates/G5' },
        details: {
            checks: checks.map((c) => ({ id: c.id, status: c.status, message: c.message ?? '' })),
            counted: judged.counted.map((a) => a.login),
            notCounted: judged.notCounted.map((a) => ({
                login: a.login,
                rule: a.rule,
                reason: a.reason,
            })),
        },
    };
}
/** Who approved G3, from its verified evidence (`report.approvals.counted`). */
function g3Approvers(links) {
    const g3 = links.find((l) => l.gate === 'G3')?.valid;
    if (!g3)
        return { unknown: 'no valid G3 evidence to read its approvers from' };
    const counted = g3.report.approvals?.counted;
    if (!Array.isArray(counted))
        return { unknown: 'the G3 evidence records no approvers' };
    return {
        logins: counted.flatMap((a) => (typeof a.login === 'string' ? [a.login] : [])),
        because: `G3 evidence ${g3.digest.value.slice(0, 12)}…`,
    };
}

// EXTERNAL MODULE: ./build/src/registry/chain.js
var chain = __webpack_require__(14044);
// EXTERNAL MODULE: ./build/src/engine/evidence.js + 2 modules
var evidence = __webpack_require__(40910);
;// CONCATENATED MODULE: ./build/src/gates/g5/chain.js


/**
 * `G5.evidence.<GATE>`: the gate's evidence exists, validates against
 * evidence.schema.json with its digest recomputed, says `pass`, and names
 * the model digest of the version being released. Every reason it fails is
 * listed. G4 may be skipped only when ssot/release.json says so explicitly.
 */
function judgeEvidence(held, modelDigest, policy, policyFile) {
    const base = {
        id: `G5.evidence.${held.gate}`,
        rule: 'evidence',
        variable: held.gate,
        severity: 'block',
        source: { file: held.file },
    };
    if (!held.record) {
        if (held.gate === 'G4' && !policy.requireG4)
            return {
                check: {
                    ...base,
                    value: 'absent',
                    status: 'skipped',
                    message: `No G4 evidence, and ${policyFile} marks G4 not required (requireG4 false): ${policy.requireG4Reason ?? ''}`,
                    source: { file: policyFile, pointer: '/requireG4' },
                },
                link: held,
            };
        return {
            check: {
                ...base,
                value: 'absent',
                status: 'fail',
                message: `No ${held.gate} evidence held by the release (expected ${held.file})${held.gate === 'G4' ? `; ${policyFile} requires G4 (set requireG4 false with a requireG4Reason to release without shadow validation)` : ''}`,
            },
            link: held,
        };
    }
    const invalid = (0,evidence/* verifyEvidence */.Jm)(held.record, held.file);
    if (invalid.length > 0)
        return {
            check: {
                ...base,
                value: 'does not verify',
                status: 'fail',
                message: `The ${held.gate} evidence does not verify: ${invalid.join('; ')}`,
            },
            link: held,
        };
    const record = held.record;
    const reasons = [];
    if (record.gate !== held.gate)
        reasons.push(`it is the evidence of ${record.gate}`);
    if (record.status !== 'pass')
        reasons.push(`its status is ${record.status}, not pass`);
    const judged = record.subject.model?.sha256;
    if (judged === undefined)
        reasons.push('it names no model digest');
    else if (judged !== modelDigest)
        reasons.push(`it judged model sha256 ${judged}, not the released ${modelDigest}`);
    return {
        check: {
            ...base,
            value: reasons.length ? 'refused' : 'pass',
            status: reasons.length ? 'fail' : 'pass',
            message: reasons.length
                ? `The ${held.gate} evidence cannot be released: ${reasons.join('; ')}`
                : `${held.gate} passed for model sha256 ${modelDigest} (evidence digest ${record.digest.value})`,
            details: { evidenceDigest: record.digest.value, status: record.status },
        },
        link: reasons.length
            ? { ...held, valid: record }
            : { ...held, valid: record, verified: record },
    };
}
/**
 * `G5.age.<GATE>`: the evidence finished no more than maxEvidenceAgeDays
 * before G5's clock (and not in its future). Judged only on verified links.
 */
function judgeAge(link, now, policy, policyFile) {
    const record = link.verified;
    if (!record)
        return undefined;
    const finished = Date.parse(record.timing.finishedAt);
    const days = (now.getTime() - finished) / 86_400_000;
    const base = {
        id: `G5.age.${link.gate}`,
        rule: 'max-evidence-age',
        variable: link.gate,
        operator: '<=',
        threshold: policy.maxEvidenceAgeDays,
        unit: 'days',
        severity: 'block',
        source: { file: policyFile, pointer: '/maxEvidenceAgeDays' },
    };
    if (!Number.isFinite(finished))
        return {
            ...base,
            value: null,
            status: 'fail',
            message: `${link.gate} evidence has no readable finishedAt`,
        };
    const rounded = Math.round(days * 100) / 100;
    if (days < -5 / 1440)
        return {
            ...base,
            value: rounded,
            status: 'fail',
            message: `${link.gate} evidence finished at ${record.timing.finishedAt}, after G5's clock (${now.toISOString()})`,
        };
    const stale = days > policy.maxEvidenceAgeDays;
    return {
        ...base,
        value: rounded,
        status: stale ? 'fail' : 'pass',
        message: stale
            ? `${link.gate} evidence is stale: ${rounded} days old (finished ${record.timing.finishedAt}), over the limit of ${policy.maxEvidenceAgeDays} days`
            : `${link.gate} evidence is ${rounded} days old`,
    };
}
/**
 * `G5.data`: one data file path has one digest across the verified evidence
 * (as `modelgate verify` checks the released chain): G1 cannot have been
 * measured on other bytes of the holdout than G0 validated.
 */
function judgeData(links) {
    const seen = new Map();
    const clashes = [];
    for (const link of links)
        for (const d of link.verified?.subject.data ?? []) {
            const before = seen.get(d.path);
            if (!before)
                seen.set(d.path, { sha256: d.sha256, gate: link.gate });
            else if (before.sha256 !== d.sha256)
                clashes.push(`${d.path}: ${before.gate} judged ${before.sha256}, ${link.gate} judged ${d.sha256}`);
        }
    return {
        id: 'G5.data',
        rule: 'same-data',
        value: clashes.length ? 'differs' : seen.size,
        status: clashes.length ? 'fail' : seen.size ? 'pass' : 'skipped',
        severity: 'block',
        message: clashes.length
            ? `The gates judged different bytes under one data path: ${clashes.join('; ')}`
            : seen.size
                ? `${seen.size} data file${seen.size === 1 ? '' : 's'}, one digest each across the gates`
                : 'the evidence names no data files',
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./build/src/io/byte-source.js
var byte_source = __webpack_require__(15406);
// EXTERNAL MODULE: ./build/src/io/zip-reader.js
var zip_reader = __webpack_require__(45);
;// CONCATENATED MODULE: ./build/src/gates/g5/artifact-zip.js




/** `sha256:<hex>` of bytes, in the form GitHub reports artifact digests. */
function artifactDigest(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}
/** Largest evidence file read out of an artifact. */
const MAX_EVIDENCE_BYTES = 64 * 1024 * 1024;
/**
 * The `<GATE>.evidence.json` a modelgate evidence artifact holds (the
 * artifact holds the evidence, its markdown and its HTML report, side by
 * side), or undefined when it holds none or cannot be read.
 */
function evidenceInArtifact(zip, gate) {
    try {
        const source = (0,byte_source/* bufferSource */.kq)(zip);
        const end = (0,zip_reader/* findEndRecords */.XM)(source);
        if (end?.zipfile === undefined)
            return undefined;
        const dir = (0,zip_reader/* readZipDirectory */.x5)(source, end.zipfile, 64);
        const name = `${gate}.evidence.json`;
        const entry = dir.entries.find((e) => !e.problem && (e.name === name || e.name.endsWith(`/${name}`)));
        if (!entry || entry.compressedSize > MAX_EVIDENCE_BYTES)
            return undefined;
        const raw = zip.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
        const data = entry.method === 0
            ? Buffer.from(raw)
            : entry.method === 8
                ? (0,external_node_zlib_.inflateRawSync)(raw, { maxOutputLength: MAX_EVIDENCE_BYTES })
                : undefined;
        return data?.toString('utf8');
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./build/src/gates/g5/origin.js

/** An evidence artifact holds one evidence record and two reports; anything far larger is not one. */
const MAX_ARTIFACT_BYTES = 256 * 1024 * 1024;
const checkBase = (link, file) => ({
    id: `G5.origin.${link.gate}`,
    rule: 'trusted-origin',
    variable: link.gate,
    severity: 'block',
    source: { file },
});
/**
 * `G5.origin.<GATE>` outside Actions: the evidence was read from the local
 * registry, and the check says so (there is no workflow run to verify).
 */
function localOrigin(link, registryKind, where) {
    const base = checkBase(link, link.file);
    if (registryKind !== 'local')
        return {
            ...base,
            value: registryKind,
            status: 'error',
            message: `Outside GitHub Actions G5 trusts only evidence read from a local registry, and this one is ${registryKind}`,
        };
    return {
        ...base,
        value: 'local-registry',
        status: 'pass',
        message: `Local release: the ${link.gate} evidence was read from the local registry (${where}); no workflow run to verify`,
        details: { origin: 'local-registry', evidenceMode: link.verified?.context.mode ?? null },
    };
}
/**
 * The workflow file of a run's `path`: GitHub answers `<file>@<ref>`, and
 * sometimes `<owner>/<repo>/<file>@<ref>`; a prefix naming another repository
 * is kept, so it never matches a trusted file of this one.
 */
function workflowFile(path, repository) {
    const file = path.replace(/@[^@]*$/, '');
    return repository && file.startsWith(`${repository}/`) ? file.slice(repository.length + 1) : file;
}
/** What is wrong with a workflow run as the origin of evidence (none: trusted). */
function runProblems(run, evidence, rules, defaultBranch) {
    const problems = [];
    const repo = rules.run.repository;
    if (run.repository !== repo)
        problems.push(`run ${run.id} belongs to ${run.repository}, not ${repo}`);
    if (run.headRepository !== repo)
        problems.push(`run ${run.id} ran code from ${run.headRepository ?? 'an unknown repository'} (a fork), not ${repo}`);
    if (run.event === 'pull_request_target')
        problems.push(`run ${run.id} was triggered by pull_request_target`);
    const file = workflowFile(run.path, repo);
    if (!rules.policy.trustedWorkflows.includes(file))
        problems.push(`run ${run.id} ran ${file}, not a trusted workflow (${rules.policy.trustedWorkflows.join(', ')} in ${rules.policyFile})`);
    const branch = run.headBranch ?? '';
    // Not the release tag: the release is a draft, so the tag does not exist yet, and a run's
    // head_branch cannot tell a tag from a branch given its name. Only refs the policy names.
    const refs = [defaultBranch, ...(rules.policy.releaseRefs ?? [])];
    const onRef = refs.some((r) => r.endsWith('*') ? branch.startsWith(r.slice(0, -1)) : branch === r);
    if (!onRef)
        problems.push(`run ${run.id} ran on ${branch ? `"${branch}"` : 'no branch'}, not the default branch (${defaultBranch}) or a releaseRefs entry of ${rules.policyFile}`);
    if (evidence.context.sha && run.headSha !== evidence.context.sha)
        problems.push(`run ${run.id} ran commit ${run.headSha}, the evidence names ${evidence.context.sha}`);
    return problems;
}
/**
 * The artifact of the run that carries this evidence: named
 * `modelgate-<gate>-<model digest, 12 hex>-…` (src/publish/github/artifact.ts),
 * its zip's digest equal to the one GitHub recorded, and holding an evidence
 * file whose digest is the registry's. Returns the problems found (none: trusted).
 */
async function artifactProblems(runs, evidence, rules) {
    const runId = evidence.context.runId;
    const prefix = `modelgate-${evidence.gate}-${rules.modelDigest.slice(0, 12)}-`;
    const candidates = (await runs.artifacts(runId)).filter((a) => a.name.startsWith(prefix));
    if (candidates.length === 0)
        return { problems: [`run ${runId} uploaded no artifact named ${prefix}…`] };
    const problems = [];
    for (const artifact of candidates) {
        if (artifact.expired) {
            problems.push(`artifact ${artifact.name} (${artifact.id}) has expired`);
            continue;
        }
        if (artifact.sizeInBytes > MAX_ARTIFACT_BYTES) {
            problems.push(`artifact ${artifact.name} (${artifact.id}) is ${artifact.sizeInBytes} bytes, over the ${MAX_ARTIFACT_BYTES} G5 downloads`);
            continue;
        }
        if (!artifact.digest) {
            problems.push(`GitHub records no digest for artifact ${artifact.name} (${artifact.id})`);
            continue;
        }
        const zip = await runs.downloadArtifact(artifact.id);
        const computed = artifactDigest(zip);
        if (computed !== artifact.digest) {
            problems.push(`artifact ${artifact.name} (${artifact.id}) has digest ${computed}, GitHub recorded ${artifact.digest}`);
            continue;
        }
        const text = evidenceInArtifact(zip, evidence.gate);
        let digest;
        try {
            digest = text === undefined ? undefined : JSON.parse(text).digest?.value;
        }
        catch {
            digest = undefined;
        }
        if (digest === evidence.digest.value)
            return { problems: [], artifact };
        problems.push(`artifact ${artifact.name} (${artifact.id}) holds ${text === undefined ? `no readable ${evidence.gate}.evidence.json` : `evidence with digest ${String(digest)}`}, not the released ${evidence.digest.value}`);
    }
    return { problems };
}
/**
 * `G5.origin.<GATE>` in Actions: the evidence was judged in a workflow run of
 * this repository that exists, ran a trusted workflow file on the default
 * branch or a releaseRefs entry (not a fork, not pull_request_target), and its
 * artifact has the digest GitHub reports and holds this very evidence.
 */
async function actionsOrigin(link, runs, rules, defaultBranch) {
    const evidence = link.verified;
    if (!evidence)
        return undefined;
    const base = checkBase(link, link.file);
    const c = evidence.context;
    const refuse = (value, message, details = {}) => ({
        ...base,
        value,
        status: 'fail',
        message,
        details,
    });
    if (c.mode !== 'actions' || !c.runId)
        return refuse('no workflow run', `The ${link.gate} evidence was judged in a ${c.mode} run, not in a workflow run of ${rules.run.repository}`);
    if (c.repository !== rules.run.repository)
        return refuse('another repository', `The ${link.gate} evidence was judged for ${String(c.repository)}, not ${rules.run.repository}`);
    const run = await runs.run(c.runId);
    if (!run)
        return refuse('no such run', `Workflow run ${c.runId} named by the ${link.gate} evidence does not exist in ${rules.run.repository}`);
    const details = { runId: run.id, runUrl: run.htmlUrl, workflow: run.path, event: run.event };
    const problems = runProblems(run, evidence, rules, await defaultBranch());
    if (problems.length > 0)
        return refuse('untrusted run', `The ${link.gate} evidence is not from a trusted run: ${problems.join('; ')}`, details);
    const found = await artifactProblems(runs, evidence, rules);
    if (found.problems.length > 0)
        return refuse('untrusted artifact', `The ${link.gate} evidence does not match an artifact of run ${run.id}: ${found.problems.join('; ')}`, details);
    return {
        ...base,
        value: 'workflow-run',
        status: 'pass',
        message: `${link.gate} judged in run ${run.id} (${workflowFile(run.path, rules.run.repository)}, ${run.event} on ${run.headBranch ?? '?'}); artifact ${found.artifact.name} matches GitHub's digest ${found.artifact.digest}`,
        details: { ...details, artifactId: found.artifact.id, artifactDigest: found.artifact.digest },
    };
}

;// CONCATENATED MODULE: ./build/src/gates/g5/policy.js

/** The release policy; G5 cannot judge without one (there is no default age limit or trusted workflow). */
async function loadReleasePolicy(ssot) {
    if (!ssot.has('release.json'))
        throw new errors/* InputError */.dz({
            file: ssot.display('release.json'),
            message: 'G5 needs the release policy',
            expected: 'ssot/release.json with maxEvidenceAgeDays, requireG4, risk and trustedWorkflows (see ssot/schemas/release.schema.json)',
            found: 'no such file',
        });
    return ssot.json('release.json', 'release');
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/src/io/file-digest.js
var file_digest = __webpack_require__(69227);
;// CONCATENATED MODULE: ./build/src/gates/g5/release-files.js





/** The manifest of a verified G2 evidence record, or undefined when it carries none. */
function g2Manifest(link) {
    const manifest = link?.verified?.report.manifest;
    if (!Array.isArray(manifest))
        return undefined;
    return manifest.filter((m) => !!m &&
        typeof m.path === 'string' &&
        typeof m.sha256 === 'string' &&
        typeof m.role === 'string');
}
/** The file of the release an entry of the manifest names: the same file name (as verify matches them). */
function heldFileFor(version, entry) {
    return version.files.find((f) => f.name === (0,external_node_path_.basename)(entry.path));
}
/**
 * `G5.manifest`: the release holds `modelgate-version.json` (the anchor
 * `modelgate candidate` wrote) naming the version's model digest; every file
 * the release holds that G2's manifest lists (and the manifest copy
 * `manifest.json`) is downloaded and hashed again, then
 * judged by the same link checks `modelgate verify` runs
 * (src/registry/chain.ts checkManifest): each must have the digest G2 signed
 * off, and G2's model entry must be the version's model. The release must
 * also hold the model and the model card. Catches a file swapped after G2.
 */
async function judgeManifest(registry, ref, version, g2) {
    const base = {
        id: 'G5.manifest',
        rule: 'g2-manifest',
        severity: 'block',
        source: { file: g2?.file ?? 'G2.evidence.json', pointer: '/report/manifest' },
    };
    const manifest = g2Manifest(g2);
    if (!g2?.verified || !manifest)
        return {
            check: {
                ...base,
                value: null,
                status: 'fail',
                message: g2?.verified
                    ? 'The G2 evidence carries no digest manifest'
                    : 'No verified G2 evidence, so no manifest to check the release against',
            },
        };
    const problems = [];
    for (const role of ['model', 'model-card']) {
        const entry = manifest.find((m) => m.role === role);
        if (entry && !heldFileFor(version, entry))
            problems.push(`the release holds no ${role} ${(0,external_node_path_.basename)(entry.path)}`);
    }
    const names = new Set(manifest.map((m) => (0,external_node_path_.basename)(m.path)));
    names.add(chain/* MANIFEST_FILE */.h1);
    names.add(chain/* VERSION_FILE */.mf);
    const bundle = [];
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'modelgate-g5-'));
    try {
        for (const [i, held] of version.files.filter((f) => names.has(f.name)).entries()) {
            const copy = (0,external_node_path_.join)(dir, String(i));
            await registry.download(ref, held.name, copy);
            const { sha256, bytes } = await (0,file_digest/* digestFile */.TM)(copy);
            bundle.push({
                name: held.name,
                sha256,
                bytes,
                ...(held.name === chain/* MANIFEST_FILE */.h1 || held.name === chain/* VERSION_FILE */.mf
                    ? { text: await (0,promises_.readFile)(copy, 'utf8') }
                    : {}),
            });
        }
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
    const descriptor = versionDescriptor(bundle, version.modelDigest, problems);
    // The anchor's model file is the one a deploy ships: it must be the judged model (verify's `model` link).
    const shipped = descriptor
        ? (bundle.find((f) => f.name === descriptor.modelFile) ??
            version.files.find((f) => f.name === descriptor.modelFile))
        : undefined;
    if (descriptor && shipped?.sha256 !== version.modelDigest)
        problems.push(`${chain/* VERSION_FILE */.mf} names model file ${descriptor.modelFile}, ${shipped ? `of sha256 ${shipped.sha256}` : 'which the release does not hold'}, not the model ${version.modelDigest}`);
    const verdicts = (0,chain/* checkManifest */.K7)(g2.verified, bundle, version.modelDigest);
    for (const v of verdicts.filter((x) => x.status === 'fail'))
        problems.push(`${v.link}: ${v.message}${v.expected !== undefined ? ` (G2: ${v.expected}, found ${v.found ?? '?'})` : ''}`);
    return {
        check: {
            ...base,
            value: problems.length ? 'changed' : 'unchanged',
            status: problems.length ? 'fail' : 'pass',
            message: problems.length
                ? `The release does not match G2's manifest: ${problems.join('; ')}`
                : `${bundle.length} released files hashed again match G2's manifest`,
            details: { files: bundle.map((f) => [f.name, f.sha256]) },
        },
        ...(descriptor ? { descriptor } : {}),
    };
}
/** modelgate-version.json of the release, when it holds one that names the version's model digest; else a problem. */
function versionDescriptor(bundle, modelDigest, problems) {
    const file = bundle.find((f) => f.name === chain/* VERSION_FILE */.mf);
    if (!file) {
        problems.push(`the release holds no ${chain/* VERSION_FILE */.mf} (modelgate candidate writes it)`);
        return undefined;
    }
    let descriptor;
    try {
        descriptor = JSON.parse(file.text ?? '');
    }
    catch {
        descriptor = undefined;
    }
    if (descriptor?.modelDigest !== modelDigest) {
        problems.push(`${chain/* VERSION_FILE */.mf} names model ${String(descriptor?.modelDigest)}, the version's is ${modelDigest}`);
        return undefined;
    }
    return descriptor;
}

;// CONCATENATED MODULE: ./build/src/gates/g5/readiness.js

/** `G5.owner`: the lifecycle seed's rule, no owner, no production. */
function judgeOwner(model, modelFile) {
    const owner = model.owner;
    const named = owner?.name?.trim() && (owner.email?.trim() || owner.github?.trim());
    return {
        id: 'G5.owner',
        rule: 'owner',
        value: named ? `${owner.name.trim()}` : null,
        status: named ? 'pass' : 'fail',
        severity: 'block',
        message: named
            ? `Owner: ${owner.name.trim()}`
            : 'The model has no owner with a name and an e-mail or GitHub login: no owner, no production',
        source: { file: modelFile, pointer: '/owner' },
    };
}
/** `G5.model-card`: model.json names a model card, G2 signed it, and the release holds it. */
function judgeModelCard(model, modelFile, version, g2) {
    const base = {
        id: 'G5.model-card',
        rule: 'model-card',
        severity: 'block',
        source: { file: modelFile, pointer: '/paths/modelCard' },
    };
    const path = model.paths.modelCard;
    if (!path)
        return {
            ...base,
            value: null,
            status: 'fail',
            message: 'model.json names no model card (paths.modelCard)',
        };
    const entry = g2Manifest(g2)?.find((m) => m.role === 'model-card');
    if (!entry)
        return {
            ...base,
            value: path,
            status: 'fail',
            message: `G2's manifest lists no model card (${path})`,
        };
    const held = heldFileFor(version, entry);
    return held
        ? {
            ...base,
            value: held.name,
            status: 'pass',
            message: `The release holds the model card ${held.name}`,
        }
        : {
            ...base,
            value: path,
            status: 'fail',
            message: `The release holds no model card (${entry.path})`,
        };
}
/**
 * `G5.risk`: no risk of the register is open (a status in openStatuses) with
 * a blocking impact and an empty mitigation, per ssot/release.json. A
 * missing register fails: no register is no evidence that risks were weighed.
 */
function judgeRisks(risks, registerFile, policy, policyFile) {
    const base = {
        id: 'G5.risk',
        rule: 'open-high-risk',
        operator: '<=',
        threshold: 0,
        severity: 'block',
        source: { file: registerFile },
    };
    if (!risks)
        return {
            ...base,
            value: null,
            status: 'fail',
            message: `No risk register (${registerFile}): G5 needs one to show no blocking risk is open`,
        };
    const blocking = risks.filter((r) => policy.risk.blockingImpacts.includes(r.impact) &&
        policy.risk.openStatuses.includes(r.status) &&
        r.mitigation.trim() === '');
    const first = blocking[0];
    return {
        ...base,
        value: blocking.length,
        status: blocking.length ? 'fail' : 'pass',
        message: blocking.length
            ? `${blocking.length} open risk${blocking.length > 1 ? 's' : ''} with ${policy.risk.blockingImpacts.join('/')} impact and no mitigation: ${blocking.map((r) => `${r.id} (line ${r.line}, ${r.impact}, owner ${r.owner})`).join(', ')}`
            : `No open risk with ${policy.risk.blockingImpacts.join('/')} impact lacks a mitigation (rule in ${policyFile} /risk)`,
        ...(first ? { source: { file: registerFile, line: first.line } } : {}),
    };
}
/**
 * `G5.freeze`: no drift freeze is open on a version this release does not
 * replace. The release replaces the version in production; a freeze on it
 * is lifted by the release. A frozen candidate, or another serving version
 * that is frozen, blocks. Rolled-back and retired versions do not serve.
 */
function judgeFreeze(versions, candidate, production) {
    const open = versions.filter((v) => v.frozen &&
        v.version !== production?.version &&
        v.state !== 'rolled-back' &&
        v.state !== 'retirement');
    const replaced = production?.frozen ? production : undefined;
    return {
        id: 'G5.freeze',
        rule: 'drift-freeze',
        value: open.length,
        operator: '<=',
        threshold: 0,
        status: open.length ? 'fail' : 'pass',
        severity: 'block',
        message: open.length
            ? `A drift freeze is open on ${open.map((v) => `${v.model} ${v.version}${v.version === candidate.version ? ' (this candidate)' : ''} since ${v.frozen.at}: ${v.frozen.reason}`).join('; ')}`
            : replaced
                ? `The freeze on ${replaced.version} (in production) is lifted by this release, which replaces it`
                : 'No drift freeze is open',
    };
}

// EXTERNAL MODULE: ./build/src/registry/lifecycle.js
var lifecycle = __webpack_require__(3937);
;// CONCATENATED MODULE: ./build/src/gates/g5/report.js

/** The release tag of a version: `<model name>-v<version>`, as every registry backend names it. */
function releaseTag(ref) {
    return (0,lifecycle/* releaseTag */.aF)(ref.model, ref.version);
}
function releaseReport(ref, version, production, publishedUrl) {
    return {
        model: ref.model,
        version: ref.version,
        tag: releaseTag(ref),
        modelDigest: version.modelDigest,
        previousVersion: production?.version ?? null,
        previousTag: production ? releaseTag(production) : null,
        url: publishedUrl ?? version.url ?? null,
    };
}
/** The checklist as a table: one row per named check. */
function checklistTable(checks) {
    return {
        title: 'Release checklist',
        columns: ['check', 'status', 'value', 'why'],
        rows: checks.map((c) => [
            c.id,
            c.status,
            c.value === null ? '' : String(c.value),
            c.message ?? '',
        ]),
    };
}
/** The release record of a G5 evidence report, when it carries a well-formed one. */
function readReleaseRecord(report) {
    const r = report.release;
    return r &&
        typeof r.tag === 'string' &&
        typeof r.model === 'string' &&
        typeof r.version === 'string'
        ? r
        : undefined;
}

// EXTERNAL MODULE: ./build/src/report/html.js + 1 modules
var html = __webpack_require__(57808);
// EXTERNAL MODULE: ./build/src/report/markdown.js + 1 modules
var markdown = __webpack_require__(70862);
;// CONCATENATED MODULE: ./build/src/gates/g5/promote.js



/**
 * After a pass: attach the G5 evidence and its checklist reports to the
 * candidate while it is still a draft (published releases are immutable),
 * then publish it and move the production pointer. The registry records the
 * version it replaces in the promotion's history (the rollback target).
 */
async function promoteRelease(registry, evidence, actor) {
    const release = readReleaseRecord(evidence.report);
    if (!release)
        throw new Error('G5 evidence without a release record');
    const ref = { model: release.model, version: release.version };
    await registry.attachEvidence(ref, evidence, {
        markdown: (0,markdown/* renderMarkdown */.G)(evidence),
        html: (0,html/* renderHtml */.K)(evidence),
    });
    await registry.promote(ref, actor, `G5 passed (evidence ${evidence.digest.value})${release.previousVersion ? `; replaces ${release.previousVersion}, the rollback target` : ''}`);
}

;// CONCATENATED MODULE: ./build/src/gates/g5/index.js











/**
 * G5 Production Release: judges the release checklist of the candidate named
 * by ssot/model.json (name and version) in the model registry. Each item is
 * one named check: the evidence of G0 to G4 (present, verified, passed, same
 * model digest), its trusted origin and age, the release files against G2's
 * manifest, owner, model card, risk register, the Release Manager's approval
 * and drift freezes. On pass (after the evidence is built) it attaches its
 * evidence to the candidate and promotes it; on fail it touches nothing.
 */
const g5 = {
    id: 'G5',
    options: {},
    async run(ctx) {
        const registry = needRegistry(ctx);
        const policy = await loadReleasePolicy(ctx.ssot);
        const policyFile = ctx.ssot.display('release.json');
        const model = await ctx.ssot.model();
        const modelFile = ctx.ssot.display('model.json');
        if (!model.version)
            throw new errors/* InputError */.dz({
                file: modelFile,
                pointer: '/version',
                message: 'G5 releases one version, and model.json names none',
                expected: 'a version, e.g. "1.0.0" (the release tag is <name>-v<version>)',
                found: 'no version',
            });
        const ref = { model: model.name, version: model.version };
        const tag = releaseTag(ref);
        const version = await registry.version(ref);
        if (!version)
            throw new errors/* InputError */.dz({
                message: `No candidate ${tag} in the ${registry.kind} registry`,
                expected: `a draft release ${tag} registered by modelgate candidate (the candidate step), holding the evidence of G0 to G4`,
                found: 'no such version',
            });
        if (!version.draft)
            throw new errors/* InputError */.dz({
                message: `Release ${tag} is already published (state ${version.state}): a version is released once`,
                expected: `a new version in ${modelFile} /version, released through a new chain from G0`,
                found: `published release ${tag}`,
            });
        const production = await registry.production(model.name);
        const checks = [];
        // The chain: evidence of G0 to G4, verified and about this model digest, fresh
        const links = [];
        for (const gate of chain/* CHAIN_GATES */.nF) {
            const file = `${tag}/${gate}.evidence.json`;
            const record = await registry.readEvidence(ref, gate);
            const judged = judgeEvidence({ gate, file, record }, version.modelDigest, policy, policyFile);
            checks.push(judged.check);
            links.push(judged.link);
        }
        // Trusted origins
        const rules = {
            run: ctx.run,
            policy,
            policyFile,
            releaseTag: tag,
            modelDigest: version.modelDigest,
        };
        checks.push(...(await originChecks(ctx, registry, links, rules, version.url ?? registry.kind)));
        for (const link of links) {
            const age = judgeAge(link, ctx.now(), policy, policyFile);
            if (age)
                checks.push(age);
        }
        checks.push(judgeData(links));
        // The release itself
        const g2 = links.find((l) => l.gate === 'G2');
        const manifest = await judgeManifest(registry, ref, version, g2);
        checks.push(manifest.check);
        checks.push(judgeOwner(model, modelFile));
        checks.push(judgeModelCard(model, modelFile, version, g2));
        const registerFile = ctx.ssot.display('risk_register.csv');
        checks.push(judgeRisks(ctx.ssot.has('risk_register.csv') ? await ctx.ssot.risks() : undefined, registerFile, policy, policyFile));
        checks.push(await judgeApproval(ctx, version.modelDigest, links, ctx.ssot.resolveRepoPath(model.paths.model, 'model', '/paths/model')));
        checks.push(judgeFreeze(await registry.versions(model.name), version, production));
        const status = (0,outcome/* decideStatus */.x7)(checks, 0);
        const judged = Object.fromEntries(links.flatMap((l) => (l.verified ? [[l.gate, l.verified]] : [])));
        const heldModel = version.files.find((f) => f.sha256 === version.modelDigest);
        const required = chain/* CHAIN_GATES */.nF.filter((g) => g !== 'G4' || policy.requireG4);
        return {
            status,
            summary: `${status === 'pass' ? `Release ${tag} approved` : `Release ${tag} refused`}${production ? (status === 'pass' ? ` (replaces ${production.version} in production)` : ` (${production.version} stays in production)`) : ''}; ${(0,outcome/* describeCounts */.wv)(checks)}`,
            subject: {
                model: {
                    role: 'model',
                    path: `${tag}/${heldModel?.name ?? 'model'}`,
                    sha256: version.modelDigest,
                    bytes: heldModel?.bytes ?? 0,
                },
                data: [],
                artifacts: version.files.map((f) => ({
                    role: 'release-file',
                    path: `${tag}/${f.name}`,
                    sha256: f.sha256,
                    bytes: f.bytes,
                })),
            },
            checks,
            problems: [],
            report: {
                release: releaseReport(ref, version, production, publishedUrl(registry, ctx, tag)),
                // What G5 judged, by digest, and the version anchor: modelgate verify and rollback check the release against them.
                ...(manifest.descriptor
                    ? (0,chain/* releaseReport */.Ax)(judged, manifest.descriptor, required)
                    : { chain: (0,chain/* chainReferences */.KQ)(judged, required) }),
                tables: [checklistTable(checks)],
            },
        };
    },
    async afterPass(evidence, ctx) {
        await promoteRelease(needRegistry(ctx), evidence, actorOf(ctx));
    },
};
/** GitHub's page of a published release; a draft's URL changes when it is published. */
function publishedUrl(registry, ctx, tag) {
    const { serverUrl, repository } = ctx.run;
    return registry.kind === 'github' && serverUrl && repository
        ? `${serverUrl}/${repository}/releases/tag/${encodeURIComponent(tag)}`
        : undefined;
}
function needRegistry(ctx) {
    const registry = ctx.services.registry;
    if (!registry)
        throw new errors/* InputError */.dz({
            message: 'G5 needs the model registry that holds the candidate',
            expected: 'a registry: the registry input in the Action (GitHub Releases), --registry DIR in the CLI',
            found: 'no registry',
        });
    return registry;
}
function actorOf(ctx) {
    const r = ctx.run;
    return {
        ...(r.actor ? { login: r.actor } : {}),
        ...(r.runId ? { runId: r.runId } : {}),
        ...(r.serverUrl && r.repository && r.runId
            ? { runUrl: `${r.serverUrl}/${r.repository}/actions/runs/${r.runId}` }
            : {}),
    };
}
/** `G5.origin.<GATE>` for each verified link: the local registry outside Actions, the workflow run and its artifact in Actions. */
async function originChecks(ctx, registry, links, rules, where) {
    const verified = links.filter((l) => l.verified);
    if (ctx.run.mode !== 'actions')
        return verified.map((l) => localOrigin(l, registry.kind, where));
    const runs = ctx.services.workflowRuns;
    if (!runs)
        throw new errors/* InputError */.dz({
            message: 'G5 in GitHub Actions verifies where each evidence came from through the REST API, and has no client',
            expected: 'the github-token input (with permissions actions: read)',
            found: 'no token',
        });
    let branch;
    const defaultBranch = () => (branch ??= runs.defaultBranch());
    const checks = [];
    for (const link of verified) {
        const check = await actionsOrigin(link, runs, rules, defaultBranch);
        if (check)
            checks.push(check);
    }
    return checks;
}


/***/ }),

/***/ 15406:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _n: () => (/* binding */ FileSource),
/* harmony export */   kq: () => (/* binding */ bufferSource),
/* harmony export */   qq: () => (/* binding */ windowSource)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);

function bufferSource(data) {
    return {
        size: data.length,
        read: (offset, length) => data.subarray(offset, Math.min(data.length, offset + length)),
    };
}
/** The bytes [start, start + size) of `source`, as a source of their own. */
function windowSource(source, start, size) {
    const end = Math.min(source.size, start + size);
    return {
        size: Math.max(0, end - start),
        read: (offset, length) => source.read(start + offset, Math.max(0, Math.min(length, end - start - offset))),
    };
}
/** A file opened for reading by ranges; close it when done. */
class FileSource {
    size;
    /** Bytes read from the file so far: what a scan really touched, however large the file. */
    bytesRead = 0;
    fd;
    constructor(path) {
        this.fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
        this.size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(this.fd).size;
    }
    read(offset, length) {
        if (this.fd === undefined)
            throw new Error('read after close');
        const n = Math.max(0, Math.min(length, this.size - offset));
        const out = Buffer.allocUnsafe(n);
        let done = 0;
        while (done < n) {
            const got = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(this.fd, out, done, n - done, offset + done);
            if (got === 0)
                break;
            done += got;
        }
        this.bytesRead += done;
        return out.subarray(0, done);
    }
    close() {
        if (this.fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
        this.fd = undefined;
    }
}


/***/ }),

/***/ 45:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B$: () => (/* binding */ ZipLimitError),
/* harmony export */   Is: () => (/* binding */ unsafeEntryName),
/* harmony export */   PA: () => (/* binding */ ZipFormatError),
/* harmony export */   XM: () => (/* binding */ findEndRecords),
/* harmony export */   x5: () => (/* binding */ readZipDirectory)
/* harmony export */ });
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);

/** A zip that cannot be read: names what is wrong and where. */
class ZipFormatError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ZipFormatError';
    }
}
/** The archive has more entries than the caller allows: as its end record declares (checked before the directory is read), or as its directory really holds. */
class ZipLimitError extends ZipFormatError {
    count;
    declared;
    constructor(count, declared, limit) {
        super(declared
            ? `the archive declares ${count} entries, over the limit of ${limit}`
            : `the archive holds more than ${limit} entries (its directory goes on past entry ${count})`);
        this.count = count;
        this.declared = declared;
        this.name = 'ZipLimitError';
    }
}
const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** The central directory is read into memory; larger ones are refused. */
const MAX_DIRECTORY_BYTES = 256 * 1024 * 1024;
/** The bytes 0x80-0xFF of code page 437, which zipfile uses for names not flagged as UTF-8. */
const CP437_HIGH = 'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';
const view = (b) => new DataView(b.buffer, b.byteOffset, b.byteLength);
const u64 = (v, at) => {
    const n = v.getBigUint64(at, true);
    if (n > BigInt(Number.MAX_SAFE_INTEGER))
        throw new ZipFormatError(`a ZIP64 value of ${n} bytes`);
    return Number(n);
};
const utf8 = new TextDecoder('utf-8');
function cp437(b) {
    let out = '';
    for (const c of b)
        out += c < 0x80 ? String.fromCharCode(c) : CP437_HIGH[c - 0x80];
    return out;
}
const decodeName = (raw, flags) => flags & 0x800 ? utf8.decode(raw) : cp437(raw);
/**
 * Where the end-of-central-directory records are, or undefined when there is
 * none. zipfile's pick comes first; `others` are records another reader
 * picks instead, which can describe a different set of files.
 */
function findEndRecords(source) {
    if (source.size < EOCD_SIZE)
        return undefined;
    const tailStart = Math.max(0, source.size - MAX_COMMENT - EOCD_SIZE);
    const tail = source.read(tailStart, source.size - tailStart);
    const tv = view(tail);
    const signature = (i) => tail[i] === 0x50 && tail[i + 1] === 0x4b && tail[i + 2] === 0x05 && tail[i + 3] === 0x06;
    let zipfile;
    const last = tail.length - EOCD_SIZE;
    if (signature(last) && tv.getUint16(last + 20, true) === 0)
        zipfile = last;
    else {
        // rfind: the last signature wherever it is; too close to the end to hold a record, and zipfile finds no zip.
        for (let i = tail.length - 4; i >= 0; i--) {
            if (!signature(i))
                continue;
            if (i <= last)
                zipfile = i;
            break;
        }
    }
    const others = [];
    let lenient = false;
    for (let i = last; i >= 0; i--) {
        if (!signature(i))
            continue;
        const end = i + EOCD_SIZE + tv.getUint16(i + 20, true);
        if (end === tail.length || (!lenient && end <= tail.length)) {
            if (i !== zipfile && !others.includes(tailStart + i))
                others.push(tailStart + i);
        }
        if (end <= tail.length)
            lenient = true;
    }
    if (zipfile === undefined && others.length === 0)
        return undefined;
    return { zipfile: zipfile === undefined ? undefined : tailStart + zipfile, others };
}
/**
 * Reads the central directory the end record at `at` describes (ZIP64
 * included), as zipfile does. Throws ZipFormatError when zipfile would
 * refuse the archive, and ZipLimitError when the archive declares, or its
 * directory holds, more than `maxEntries` entries.
 */
function readZipDirectory(source, at, maxEntries = Number.MAX_SAFE_INTEGER) {
    const record = source.read(at, EOCD_SIZE);
    if (record.length < EOCD_SIZE || view(record).getUint32(0, true) !== EOCD)
        throw new ZipFormatError(`no end-of-central-directory record at byte ${at}`);
    const rv = view(record);
    let thisDisk = rv.getUint16(8, true);
    let total = rv.getUint16(10, true);
    let cdSize = rv.getUint32(12, true);
    let cdOffset = rv.getUint32(16, true);
    let zip64Bytes = 0;
    if (at >= 20) {
        const locator = view(source.read(at - 20, 20));
        if (locator.getUint32(0, true) === EOCD64_LOCATOR) {
            if (locator.getUint32(4, true) !== 0 || locator.getUint32(16, true) > 1)
                throw new ZipFormatError('an archive that spans several disks');
            // The ZIP64 end record is read right before its locator; without one there, zipfile keeps the plain end record.
            const record64 = at >= 76 ? source.read(at - 76, 56) : new Uint8Array(0);
            if (record64.length === 56 && view(record64).getUint32(0, true) === EOCD64) {
                const v = view(record64);
                thisDisk = u64(v, 24);
                total = u64(v, 32);
                cdSize = u64(v, 40);
                cdOffset = u64(v, 48);
                zip64Bytes = 76;
            }
        }
    }
    if (total > maxEntries)
        throw new ZipLimitError(total, true, maxEntries);
    if (cdSize > MAX_DIRECTORY_BYTES)
        throw new ZipFormatError(`a central directory of ${cdSize} bytes (more than ${MAX_DIRECTORY_BYTES})`);
    const prefix = at - cdSize - cdOffset - zip64Bytes;
    const startDir = cdOffset + prefix;
    if (startDir < 0)
        throw new ZipFormatError(`the central directory (offset ${cdOffset}, ${cdSize} bytes) does not fit before its end record`);
    const cd = source.read(startDir, cdSize);
    const cv = view(cd);
    const entries = [];
    for (let p = 0; p < cdSize;) {
        const i = entries.length;
        if (p + 46 > cd.length)
            throw new ZipFormatError(`the central directory is truncated at entry ${i}`);
        if (cv.getUint32(p, true) !== CENTRAL)
            throw new ZipFormatError(`corrupt central directory at entry ${i}`);
        if (i >= maxEntries)
            throw new ZipLimitError(i, false, maxEntries);
        const flags = cv.getUint16(p + 8, true);
        const nameLength = cv.getUint16(p + 28, true);
        const extraLength = cv.getUint16(p + 30, true);
        const commentLength = cv.getUint16(p + 32, true);
        // Like zipfile's reads from the directory's bytes, a name or extra field that runs past them is cut short.
        const rawName = cd.subarray(p + 46, p + 46 + nameLength);
        const extra = cd.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength);
        let compressedSize = cv.getUint32(p + 20, true);
        let size = cv.getUint32(p + 24, true);
        let local = cv.getUint32(p + 42, true);
        const fullName = decodeName(rawName, flags);
        const otherNames = [];
        const ev = view(extra);
        for (let e = 0; e + 4 <= extra.length;) {
            const id = ev.getUint16(e, true);
            const len = ev.getUint16(e + 2, true);
            if (e + 4 + len > extra.length)
                throw new ZipFormatError(`entry ${i}: corrupt extra field 0x${id.toString(16).padStart(4, '0')}`);
            if (id === 0x0001) {
                // ZIP64 extended information: the 8-byte values of the fields set to 0xFFFFFFFF, in this order.
                let q = e + 4;
                const next = () => {
                    if (q + 8 > e + 4 + len)
                        throw new ZipFormatError(`entry ${i}: a corrupt ZIP64 extra field`);
                    q += 8;
                    return u64(ev, q - 8);
                };
                if (size === 0xffffffff)
                    size = next();
                if (compressedSize === 0xffffffff)
                    compressedSize = next();
                if (local === 0xffffffff)
                    local = next();
            }
            else if (id === 0x7075 &&
                len >= 5 &&
                ev.getUint8(e + 4) === 1 &&
                ev.getUint32(e + 5, true) === (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.crc32)(rawName)) {
                const unicode = extra.subarray(e + 9, e + 4 + len);
                if (unicode.length)
                    otherNames.push(utf8.decode(unicode));
            }
            e += 4 + len;
        }
        const nul = fullName.indexOf('\0');
        const name = nul < 0 ? fullName : fullName.slice(0, nul);
        if (nul >= 0)
            otherNames.push(fullName);
        const entry = {
            name,
            otherNames: otherNames.filter((n) => n !== name),
            method: cv.getUint16(p + 10, true),
            flags,
            compressedSize,
            size,
            dataStart: 0,
        };
        readLocalHeader(source, entry, local + prefix, fullName);
        entries.push(entry);
        p += 46 + nameLength + extraLength + commentLength;
    }
    return { entries, prefix, declared: { thisDisk, total } };
}
/** Finds an entry's data past its local header, as ZipFile.open does, or says why it cannot. */
function readLocalHeader(source, entry, at, directoryName) {
    const header = at >= 0 ? source.read(at, 30) : new Uint8Array(0);
    if (header.length < 30 || view(header).getUint32(0, true) !== LOCAL) {
        entry.problem = `no local header at byte ${at}, where the directory puts it`;
        return;
    }
    const hv = view(header);
    const nameLength = hv.getUint16(26, true);
    entry.dataStart = at + 30 + nameLength + hv.getUint16(28, true);
    const localName = decodeName(source.read(at + 30, nameLength), hv.getUint16(6, true));
    if (localName !== directoryName)
        entry.localName = localName;
}
/** Why an entry name could write or read outside the folder it is extracted into, or undefined. */
function unsafeEntryName(name) {
    if (name.includes('\\'))
        return 'a backslash (a Windows path separator)';
    if (/^[A-Za-z]:/.test(name))
        return 'a drive letter';
    if (name.startsWith('/'))
        return 'an absolute path';
    if (name.split('/').includes('..'))
        return 'a ".." component';
    if (name.includes('\0'))
        return 'a NUL byte';
    return undefined;
}


/***/ })

};
