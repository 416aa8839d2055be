export const id = 628;
export const ids = [628];
export const modules = {

/***/ 20628:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g3: () => (/* binding */ g3)
});

// EXTERNAL MODULE: ./build/src/engine/outcome.js
var outcome = __webpack_require__(36576);
// EXTERNAL MODULE: ./build/src/approvals/read.js + 3 modules
var read = __webpack_require__(63360);
// EXTERNAL MODULE: ./build/src/approvals/types.js
var types = __webpack_require__(77279);
;// CONCATENATED MODULE: ./build/src/approvals/report.js

/**
 * The sign-off tables a reader of the PR comment needs at a glance: each
 * role with its count and who is missing, who signed for which role, and
 * every decision that did not count with the reason.
 */
function approvalTables(j, c) {
    const tables = [
        {
            title: `Sign-off by role (source: ${types/* SOURCE_LABEL */.R[c.source]})`,
            columns: ['role', 'approvals', 'needed', 'approved by', 'still missing', 'members'],
            rows: j.roles.map((r) => [
                r.role,
                r.counted,
                r.needed,
                r.who.join(', '),
                r.counted >= r.needed ? '' : `${r.role}: ${r.counted} of ${r.needed}`,
                r.members.join(', '),
            ]),
        },
    ];
    if (j.counted.length > 0)
        tables.push({
            title: 'Approvals that count',
            columns: ['login', 'user id', 'role', 'source', 'environment', 'commit', 'when', 'comment'],
            rows: j.counted.map((a) => [
                a.login,
                a.userId,
                a.alsoListedIn.length ? `${a.role} (also listed in ${a.alsoListedIn.join(', ')})` : a.role,
                a.source,
                a.environment,
                a.commit,
                a.at,
                a.comment,
            ]),
        });
    if (j.notCounted.length > 0)
        tables.push({
            title: 'Not counted',
            columns: ['login', 'state', 'source', 'reason', 'comment'],
            rows: j.notCounted.map((a) => [a.login, a.state, a.source, a.reason, a.comment]),
        });
    return tables;
}
/** The evidence's record of the sign-off: who counted, who did not and why, who authored. */
function approvalRecord(j, c, extra) {
    return {
        source: c.source,
        tried: c.tried,
        ...(c.file ? { file: c.file } : {}),
        pullRequest: c.pullRequest ?? null,
        reviewCommit: c.reviewCommit ?? null,
        ...extra,
        roles: j.roles,
        counted: j.counted,
        notCounted: j.notCounted,
        authors: c.authors.map((a) => ({
            login: a.login ?? null,
            name: a.name ?? null,
            email: a.email ?? null,
            because: a.because,
        })),
        authorsUnknown: c.authorsUnknown ?? null,
    };
}

;// CONCATENATED MODULE: ./build/src/gates/g3/index.js



/**
 * G3 OT/QA Approval: the documented sign-off. Reads who approved (the run's
 * environment approvals, else the pull request's reviews, or a sign-off
 * file) and judges it against ssot/approvals.json: every role's quorum of
 * distinct people, no rejection by a role member, and separation of duties
 * (no author of the model, not the run's actor, no bot, one role per
 * person). The subject is the model's digest, as at G0 to G2.
 */
const g3 = {
    id: 'G3',
    options: {},
    async run(ctx) {
        const model = await ctx.ssot.model();
        const modelPath = ctx.inputs.model
            ? ctx.workspace.resolve(ctx.inputs.model, 'model')
            : ctx.ssot.resolveRepoPath(model.paths.model, 'model');
        const subject = await ctx.describeFile(modelPath, 'model');
        const { policy, collected, judged } = await (0,read/* readGateApprovals */.U)({
            gate: 'G3',
            ssot: ctx.ssot,
            workspace: ctx.workspace,
            source: ctx.services.approvals,
            model,
            modelPath,
            modelSha256: subject.sha256,
            actor: ctx.run.actor,
        });
        const missing = judged.roles.filter((r) => r.counted < r.needed);
        return {
            status: (0,outcome/* decideStatus */.x7)(judged.checks, 0),
            summary: `${judged.tally} from ${describeSource(collected, ctx.run.runId)}${missing.length ? `; missing ${missing.map((r) => `${r.role}: ${r.counted} of ${r.needed}`).join(', ')}` : ''}; ${(0,outcome/* describeCounts */.wv)(judged.checks)}`,
            subject: { model: subject, data: [], artifacts: [] },
            checks: judged.checks,
            problems: [],
            report: {
                model: { name: model.name, version: model.version ?? null, owner: model.owner },
                approvals: approvalRecord(judged, collected, {
                    environments: policy.environments,
                    runId: ctx.run.runId ?? null,
                    commit: ctx.run.sha ?? null,
                    actor: ctx.run.actor ?? null,
                }),
                tables: approvalTables(judged, collected),
            },
        };
    },
};
function describeSource(c, runId) {
    if (c.source === 'file')
        return `sign-off file ${c.file ?? ''}`.trim();
    if (c.source === 'environment')
        return `environment approvals of run ${runId ?? '?'}`;
    return `reviews of pull request #${c.pullRequest ?? '?'}`;
}


/***/ })

};
