export const id = 457;
export const ids = [457];
export const modules = {

/***/ 14457:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fileApprovalsSource: () => (/* binding */ fileApprovalsSource)
});

// UNUSED EXPORTS: parseSignoff

// EXTERNAL MODULE: ./build/src/contract/errors.js
var errors = __webpack_require__(68081);
// EXTERNAL MODULE: ./build/src/ssot/json-file.js
var json_file = __webpack_require__(96732);
// EXTERNAL MODULE: ./build/src/ssot/schema-registry.js + 12 modules
var schema_registry = __webpack_require__(7506);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./build/src/approvals/git-authors.js

/**
 * The authors of the latest `count` commits that changed each path, from
 * `git log` in `repoRoot`. When git cannot tell (not a repository, git not
 * installed), the reason, so that the separation-of-duties check says it
 * was skipped instead of passing.
 */
async function gitAuthors(repoRoot, paths, count) {
    const authors = [];
    for (const p of paths) {
        const r = await git(repoRoot, [
            'log',
            `-n${count}`,
            '--format=%H%x09%an%x09%ae',
            '--',
            p.absolute,
        ]);
        if (r.code !== 0) {
            const why = r.stderr.trim().split('\n')[0] || `git exited with ${r.code}`;
            return {
                authors,
                unknown: /not a git repository/i.test(why)
                    ? `${repoRoot} is not a git repository, so the model's authors are unknown (git: ${why})`
                    : `git log could not list the authors of ${p.path}: ${why}`,
            };
        }
        for (const line of r.stdout.split('\n')) {
            const [sha, name, email] = line.split('\t');
            if (!sha || name === undefined)
                continue;
            authors.push({
                name,
                ...(email ? { email } : {}),
                because: `commit ${sha.slice(0, 7)} changed ${p.path}`,
            });
        }
    }
    return { authors };
}
function git(cwd, args) {
    return new Promise((resolve) => {
        let stdout = '';
        let stderr = '';
        let child;
        try {
            child = (0,external_node_child_process_.spawn)('git', ['-C', cwd, ...args], {
                stdio: ['ignore', 'pipe', 'pipe'],
                env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
            });
        }
        catch (error) {
            resolve({ code: 127, stdout, stderr: error.message });
            return;
        }
        child.stdout.on('data', (d) => (stdout += d.toString('utf8')));
        child.stderr.on('data', (d) => (stderr += d.toString('utf8')));
        child.on('error', (error) => resolve({ code: 127, stdout, stderr: `git is not available: ${error.message}` }));
        child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
    });
}

;// CONCATENATED MODULE: ./build/src/approvals/file-source.js




/** Parses a sign-off file's content into approvals (source `file`). */
function parseSignoff(data, display) {
    const file = (0,schema_registry/* assertValid */.pP)('signoff', data, display);
    return file.approvals.map((a) => ({
        login: a.login,
        ...(a.userId !== undefined ? { userId: a.userId } : {}),
        bot: a.type === 'Bot' || a.login.endsWith('[bot]'),
        state: a.state,
        source: 'file',
        ...(a.environment !== undefined ? { environments: [a.environment] } : {}),
        ...(a.gate !== undefined ? { gate: a.gate } : {}),
        ...(a.at !== undefined ? { at: a.at } : {}),
        ...(a.model !== undefined ? { model: a.model } : {}),
        ...(a.email !== undefined ? { email: a.email } : {}),
        comment: a.comment ?? '',
    }));
}
/**
 * Approvals from a sign-off file (the CLI's --approvals FILE, the Action's
 * approvals input); the model's authors from `git log` where the
 * repository is. Teams cannot be resolved without GitHub.
 */
function fileApprovalsSource(absolute, display) {
    return {
        kind: 'file',
        async collect(request) {
            const approvals = parseSignoff(await (0,json_file/* readJsonFile */.J)(absolute, display), display);
            const git = await gitAuthors(request.repoRoot, request.authorPaths, request.authorCommits);
            return {
                source: 'file',
                tried: [{ source: 'file', found: `${approvals.length} entries in ${display}` }],
                approvals,
                authors: git.authors,
                ...(git.unknown !== undefined ? { authorsUnknown: git.unknown } : {}),
                file: display,
            };
        },
        teamMembers(org, slug) {
            return Promise.reject(new errors/* InputError */.dz({
                message: `a sign-off file cannot resolve team:${org}/${slug} (there is no GitHub token locally)`,
            }));
        },
    };
}


/***/ })

};
