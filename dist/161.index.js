export const id = 161;
export const ids = [161];
export const modules = {

/***/ 98161:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   APPROVALS_PERMISSION: () => (/* binding */ APPROVALS_PERMISSION),
/* harmony export */   githubApprovalsSource: () => (/* binding */ githubApprovalsSource)
/* harmony export */ });
/* harmony import */ var _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68081);
/* harmony import */ var _permissions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45101);


/** What each approval read needs in the job's `permissions:` (and teams, in the token). */
const APPROVALS_PERMISSION = {
    runApprovals: 'actions: read',
    reviews: 'pull-requests: read',
    commits: 'contents: read',
    teams: 'organization members: read (a token other than GITHUB_TOKEN)',
};
/**
 * Approvals from GitHub's REST API: the run's environment approvals
 * (`GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals`), else the
 * reviews of the pull request the commit belongs to; the model's authors
 * from the pull request's author and the latest commits that changed each
 * author path. Every failed read is an InputError naming the permission.
 */
function githubApprovalsSource(gh, run) {
    const { owner, repo } = run;
    return {
        kind: 'github',
        async collect(request) {
            const tried = [];
            const fromRun = await readRunApprovals(gh, run);
            const relevant = fromRun.filter((a) => a.environments?.some((e) => request.environments.includes(e)));
            if (fromRun.length > 0 && relevant.length === 0) {
                const waited = [...new Set(fromRun.flatMap((a) => a.environments ?? []))];
                throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
                    ...request.environmentsPointer,
                    message: `Run ${run.runId} never waited on ${request.environments.join(' or ')}: its environment approvals are for ${waited.join(', ')}`,
                    expected: `the environment(s) of the sign-off jobs (their environment:), ${request.environments.join(', ')}`,
                    found: waited.join(', '),
                });
            }
            tried.push({
                source: 'environment',
                found: fromRun.length > 0
                    ? `${relevant.length} decisions for ${request.environments.join(', ')} on run ${run.runId}`
                    : `no environment approvals on run ${run.runId} (no job of this run waited on an environment with required reviewers)`,
            });
            const pr = await findPullRequest(gh, run);
            const authors = [];
            let reviews = [];
            if (pr) {
                if (pr.author)
                    authors.push({ login: pr.author, because: `the author of pull request #${pr.number}` });
                reviews = await readReviews(gh, owner, repo, pr.number);
                tried.push({
                    source: 'pull-request',
                    found: `${reviews.length} reviews on pull request #${pr.number} (head ${pr.headSha.slice(0, 7)})`,
                });
            }
            else
                tried.push({ source: 'pull-request', found: `no pull request for commit ${run.sha}` });
            for (const p of request.authorPaths)
                authors.push(...(await commitAuthors(gh, run, p.path, request.authorCommits)));
            const useRun = relevant.length > 0 || !pr || reviews.length === 0;
            return {
                source: useRun ? 'environment' : 'pull-request',
                tried,
                approvals: useRun ? fromRun : reviews,
                ...(pr ? { pullRequest: pr.number } : {}),
                ...(!useRun && pr ? { reviewCommit: judgedHead(run, pr) } : {}),
                authors,
                ...(run.triggeringActor ? { actors: [run.triggeringActor] } : {}),
            };
        },
        async teamMembers(org, slug) {
            try {
                const members = await gh.paginate(gh.rest.teams.listMembersInOrg, {
                    org,
                    team_slug: slug,
                    per_page: 100,
                });
                return members.map((m) => m.login);
            }
            catch (error) {
                throw apiError(error, `GET /orgs/${org}/teams/${slug}/members`, APPROVALS_PERMISSION.teams);
            }
        },
    };
}
async function readRunApprovals(gh, run) {
    try {
        const { data } = await gh.rest.actions.getReviewsForRun({
            owner: run.owner,
            repo: run.repo,
            run_id: run.runId,
        });
        return data.map((a) => ({
            login: a.user.login,
            userId: a.user.id,
            bot: a.user.type === 'Bot' || a.user.login.endsWith('[bot]'),
            state: a.state === 'approved' ? 'approved' : a.state === 'rejected' ? 'rejected' : 'pending',
            source: 'environment',
            environments: a.environments.map((e) => e.name ?? ''),
            commit: run.sha,
            comment: a.comment,
        }));
    }
    catch (error) {
        throw apiError(error, `GET /repos/${run.owner}/${run.repo}/actions/runs/${run.runId}/approvals`, APPROVALS_PERMISSION.runApprovals);
    }
}
/**
 * The commit a review must have approved: the head the event named, else the
 * pull request's head when the run judges that head or its merge; else the
 * run's own commit (the pull request moved on: its approvals are of other code).
 */
function judgedHead(run, pr) {
    if (run.pullRequestHead)
        return run.pullRequestHead;
    return pr.headSha === run.sha || pr.mergeCommitSha === run.sha ? pr.headSha : run.sha;
}
/** The event's pull request, else the one the run's commit belongs to (a merge on the default branch). */
async function findPullRequest(gh, run) {
    const what = `pull request of commit ${run.sha}`;
    try {
        let number = run.pullRequest;
        if (number === undefined) {
            const { data } = await gh.rest.repos.listPullRequestsAssociatedWithCommit({
                owner: run.owner,
                repo: run.repo,
                commit_sha: run.sha,
            });
            // Only a pull request whose head or merge is this commit: one that merely contains it approved other code.
            const pick = data.find((p) => p.merge_commit_sha === run.sha || p.head.sha === run.sha);
            if (!pick)
                return undefined;
            number = pick.number;
        }
        const { data: pr } = await gh.rest.pulls.get({
            owner: run.owner,
            repo: run.repo,
            pull_number: number,
        });
        return {
            number: pr.number,
            headSha: pr.head.sha,
            ...(pr.merge_commit_sha ? { mergeCommitSha: pr.merge_commit_sha } : {}),
            ...(pr.user ? { author: pr.user.login } : {}),
        };
    }
    catch (error) {
        throw apiError(error, `GET the ${what}`, APPROVALS_PERMISSION.reviews);
    }
}
const REVIEW_STATE = {
    APPROVED: 'approved',
    CHANGES_REQUESTED: 'changes_requested',
    COMMENTED: 'commented',
    DISMISSED: 'dismissed',
    PENDING: 'pending',
};
async function readReviews(gh, owner, repo, pull) {
    try {
        const reviews = await gh.paginate(gh.rest.pulls.listReviews, {
            owner,
            repo,
            pull_number: pull,
            per_page: 100,
        });
        return reviews.flatMap((r) => r.user
            ? [
                {
                    login: r.user.login,
                    userId: r.user.id,
                    bot: r.user.type === 'Bot' || r.user.login.endsWith('[bot]'),
                    state: REVIEW_STATE[r.state] ?? 'commented',
                    source: 'pull-request',
                    ...(r.commit_id ? { commit: r.commit_id } : {}),
                    ...(r.submitted_at ? { at: r.submitted_at } : {}),
                    comment: r.body,
                },
            ]
            : []);
    }
    catch (error) {
        throw apiError(error, `GET /repos/${owner}/${repo}/pulls/${pull}/reviews`, APPROVALS_PERMISSION.reviews);
    }
}
async function commitAuthors(gh, run, path, count) {
    try {
        const { data } = await gh.rest.repos.listCommits({
            owner: run.owner,
            repo: run.repo,
            sha: run.sha,
            path,
            per_page: count,
        });
        return data.slice(0, count).map((c) => ({
            ...(c.author?.login ? { login: c.author.login } : {}),
            ...(c.commit.author?.name ? { name: c.commit.author.name } : {}),
            ...(c.commit.author?.email ? { email: c.commit.author.email } : {}),
            because: `commit ${c.sha.slice(0, 7)} changed ${path}`,
        }));
    }
    catch (error) {
        throw apiError(error, `GET /repos/${run.owner}/${run.repo}/commits?path=${path}`, APPROVALS_PERMISSION.commits);
    }
}
/** A failed read, as an error that names the permission the job needs. */
function apiError(error, what, permission) {
    const e = error;
    const found = `HTTP ${e.status ?? '?'}: ${e.message ?? String(error)}`;
    if (e.status === 403 && (0,_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .isPermissionError */ .gj)(error))
        return new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            message: `${what} was refused: the token lacks ${permission}`,
            expected: `permissions: ${permission} for the job (and github-token set)`,
            found,
        });
    if (e.status === 404)
        return new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
            message: `${what} answered 404: not found, or hidden from a token without ${permission}`,
            expected: `the repository, run and token of this workflow, with ${permission}`,
            found,
        });
    return new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
        message: `${what} failed`,
        expected: 'an answer from the GitHub API',
        found,
    });
}


/***/ }),

/***/ 45101:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $h: () => (/* binding */ PublishWarnings),
/* harmony export */   gj: () => (/* binding */ isPermissionError)
/* harmony export */ });
/* unused harmony exports REQUIRED_PERMISSION, permissionWarning */
/** What each publishing feature needs in the workflow's `permissions:` block. */
const REQUIRED_PERMISSION = {
    comment: 'pull-requests: write',
    checkRun: 'checks: write',
};
/**
 * A 403 that means the token lacks a permission, as GitHub words it for
 * GITHUB_TOKEN ("Resource not accessible by integration") and fine-grained
 * tokens ("... by personal access token"). Rate-limit 403s are not.
 */
function isPermissionError(error) {
    const e = error;
    if (e?.status !== 403)
        return false;
    const message = e.message ?? '';
    return (!/rate limit/i.test(message) &&
        (/not accessible by/i.test(message) || /permission/i.test(message) || message === ''));
}
/**
 * What to do about a missing permission. On a pull request from a fork the
 * token is read-only whatever the workflow's `permissions:` say, so the
 * warning also names what does help there: a follow-up workflow on
 * `workflow_run`, which runs in the base repository with its own token.
 */
function permissionWarning(feature, what) {
    return (`modelgate could not ${what}: the token lacks permission. In a job of this repository, add \`permissions: ${REQUIRED_PERMISSION[feature]}\` to enable it. ` +
        `On a pull request from a fork the token is read-only whatever the workflow asks; publish from a follow-up workflow triggered by \`workflow_run\` instead ` +
        `(see "Pull requests from forks" in modelgate's docs/publishing.md). The gate's verdict, summary and evidence artifact are unaffected.`);
}
/**
 * Collects publishing warnings, saying each missing permission once however
 * many requests it made fail (a read-only token fails every write alike).
 */
class PublishWarnings {
    list = [];
    seen = new Set();
    /** Records why `what` failed; a permission problem is explained once per feature. */
    add(what, error, feature) {
        if (feature && isPermissionError(error)) {
            if (this.seen.has(feature))
                return;
            this.seen.add(feature);
            this.list.push(permissionWarning(feature, what));
            return;
        }
        const e = error;
        this.list.push(`modelgate could not ${what}${e?.status ? ` (HTTP ${e.status})` : ''}: ${e?.message ?? String(error)}`);
    }
}


/***/ })

};
