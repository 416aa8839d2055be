export const id = 438;
export const ids = [438];
export const modules = {

/***/ 93438:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   contextFromEnv: () => (/* binding */ contextFromEnv),
/* harmony export */   findTriggeringPullRequest: () => (/* binding */ findTriggeringPullRequest),
/* harmony export */   isPullRequestRun: () => (/* binding */ isPullRequestRun),
/* harmony export */   pullRequestOf: () => (/* binding */ pullRequestOf),
/* harmony export */   runUrlOf: () => (/* binding */ runUrlOf),
/* harmony export */   triggeringRunOf: () => (/* binding */ triggeringRunOf)
/* harmony export */ });
/* harmony import */ var _engine_run_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45419);

/**
 * The context @actions/github would build, from the runner's environment and
 * event file (read here rather than through its module-level singleton, so
 * that the caller's environment is the one used); undefined outside a
 * repository.
 */
function contextFromEnv(env) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
        return undefined;
    return {
        repo: { owner, repo },
        sha: env.GITHUB_SHA ?? '',
        eventName: env.GITHUB_EVENT_NAME ?? 'unknown',
        runId: Number(env.GITHUB_RUN_ID ?? 0),
        serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
        payload: (0,_engine_run_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readEventPayload */ .N)(env.GITHUB_EVENT_PATH),
    };
}
/** The pull request an event is about, from its payload; undefined for push, schedule, dispatch... */
function pullRequestOf(ctx) {
    const pr = ctx.payload.pull_request;
    if (!pr || typeof pr.number !== 'number' || typeof pr.head?.sha !== 'string')
        return undefined;
    return { number: pr.number, headSha: pr.head.sha };
}
function runUrlOf(ctx) {
    return `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/actions/runs/${ctx.runId}`;
}
/** The triggering run of a `workflow_run` event, from its payload; undefined for other events. */
function triggeringRunOf(ctx) {
    const run = ctx.payload.workflow_run;
    if (ctx.eventName !== 'workflow_run' ||
        !run ||
        typeof run.event !== 'string' ||
        typeof run.head_sha !== 'string')
        return undefined;
    const owner = run.head_repository?.owner?.login;
    return {
        event: run.event,
        headSha: run.head_sha,
        ...(typeof run.head_branch === 'string' ? { headBranch: run.head_branch } : {}),
        ...(typeof owner === 'string' ? { headOwner: owner } : {}),
        pullRequests: (run.pull_requests ?? []).flatMap((p) => typeof p.number === 'number' && typeof p.head?.sha === 'string'
            ? [{ number: p.number, headSha: p.head.sha }]
            : []),
    };
}
/** Whether a workflow_run follow-up judges a pull request (and so should comment on it). */
function isPullRequestRun(run) {
    return run !== undefined && (run.event === 'pull_request' || run.event === 'pull_request_target');
}
/**
 * The open pull request a `workflow_run` follow-up is about. GitHub lists it
 * on the run for branches of this repository, but not for forks; then it is
 * looked up by the fork owner and branch (`GET /pulls?head=owner:branch`),
 * keeping only a pull request whose head is still the judged commit.
 */
async function findTriggeringPullRequest(gh, ctx, run) {
    const listed = run.pullRequests.find((p) => p.headSha === run.headSha);
    if (listed)
        return listed;
    if (!run.headOwner || !run.headBranch)
        return undefined;
    const { data } = await gh.rest.pulls.list({
        owner: ctx.repo.owner,
        repo: ctx.repo.repo,
        state: 'open',
        head: `${run.headOwner}:${run.headBranch}`,
        per_page: 10,
    });
    const pr = data.find((p) => p.head.sha === run.headSha);
    return pr ? { number: pr.number, headSha: pr.head.sha } : undefined;
}


/***/ })

};
