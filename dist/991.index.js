export const id = 991;
export const ids = [991];
export const modules = {

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


/***/ }),

/***/ 27991:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   workflowRunsOverRest: () => (/* binding */ workflowRunsOverRest)
/* harmony export */ });
/* harmony import */ var _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68081);
/* harmony import */ var _permissions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45101);


/** What G5's origin checks need in the workflow's `permissions:` block. */
const WORKFLOW_RUNS_PERMISSION = 'actions: read';
/**
 * WorkflowRuns over the REST API: `GET /repos/{o}/{r}`, `GET .../actions/runs/{id}`,
 * `GET .../actions/runs/{id}/artifacts` and the artifact's zip. A missing
 * permission is an InputError naming the `permissions:` line that grants it.
 */
function workflowRunsOverRest(client, repository) {
    const [owner, repo] = repository.split('/');
    const denied = (error, what) => {
        if ((0,_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .isPermissionError */ .gj)(error))
            throw new _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({
                message: `G5 cannot read ${what}: the token lacks permission`,
                expected: `\`permissions: ${WORKFLOW_RUNS_PERMISSION}\` (and contents: read) on the G5 job`,
                found: 'HTTP 403',
            });
        throw error;
    };
    return {
        repository,
        async defaultBranch() {
            const { data } = await client.rest.repos
                .get({ owner, repo })
                .catch((e) => denied(e, `repository ${repository}`));
            return data.default_branch;
        },
        async run(runId) {
            const id = Number(runId);
            if (!Number.isSafeInteger(id) || id <= 0)
                return undefined;
            try {
                const { data } = await client.rest.actions.getWorkflowRun({ owner, repo, run_id: id });
                return {
                    id: data.id,
                    path: data.path,
                    event: data.event,
                    headBranch: data.head_branch,
                    headSha: data.head_sha,
                    repository: data.repository.full_name,
                    headRepository: data.head_repository?.full_name ?? null,
                    htmlUrl: data.html_url,
                };
            }
            catch (error) {
                if (error.status === 404)
                    return undefined;
                return denied(error, `workflow run ${runId}`);
            }
        },
        async artifacts(runId) {
            try {
                const all = await client.paginate(client.rest.actions.listWorkflowRunArtifacts, {
                    owner,
                    repo,
                    run_id: Number(runId),
                    per_page: 100,
                });
                return all.map((a) => ({
                    id: a.id,
                    name: a.name,
                    digest: a.digest ?? null,
                    expired: a.expired,
                    sizeInBytes: a.size_in_bytes,
                }));
            }
            catch (error) {
                if (error.status === 404)
                    return [];
                return denied(error, `the artifacts of run ${runId}`);
            }
        },
        async downloadArtifact(artifactId) {
            const { data } = await client.rest.actions
                .downloadArtifact({ owner, repo, artifact_id: artifactId, archive_format: 'zip' })
                .catch((e) => denied(e, `artifact ${artifactId}`));
            return new Uint8Array(data);
        },
    };
}


/***/ })

};
