export const id = 785;
export const ids = [785];
export const modules = {

/***/ 63360:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ readGateApprovals)
});

// EXTERNAL MODULE: ./build/src/contract/errors.js
var errors = __webpack_require__(68081);
;// CONCATENATED MODULE: ./build/src/approvals/config.js

const DEFAULT_AUTHOR_COMMITS = 3;
/** `team:ORG/SLUG` -> [org, slug]. */
function teamOf(member) {
    const m = /^team:([^/]+)\/(.+)$/.exec(member);
    return m ? [m[1], m[2]] : undefined;
}
const normaliseLogin = (login) => login.toLowerCase();
/**
 * The policy of one gate: its section must exist, every role its quorum
 * names must be defined with members, teams must resolve, and no quorum may
 * exceed its role's members. Every problem at once, each with its pointer.
 */
async function gatePolicy(config, gate, file, source) {
    const section = config.gates[gate];
    if (!section)
        throw new errors/* InputError */.dz({
            file,
            pointer: '/gates',
            message: `No ${gate} section: ${gate} has no roles to judge`,
            expected: `gates.${gate} with environments and quorum`,
            found: `sections for ${Object.keys(config.gates).join(', ') || 'no gate'}`,
        });
    const problems = [];
    const roles = [];
    for (const [role, needed] of Object.entries(section.quorum)) {
        const pointer = `/gates/${gate}/quorum/${role.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        const defined = config.roles[role];
        if (!defined) {
            problems.push({
                file,
                pointer,
                message: `${gate} needs approvals from role "${role}", which roles does not define`,
                expected: `one of ${Object.keys(config.roles).join(', ')}`,
                found: JSON.stringify(role),
            });
            continue;
        }
        const rolePointer = `/roles/${role}/members`;
        if (defined.members.length === 0) {
            problems.push({
                file,
                pointer: rolePointer,
                message: `Role "${role}" has no members: nobody could approve for it`,
                expected: 'at least one GitHub login or team:ORG/SLUG',
                found: 'an empty list',
            });
            continue;
        }
        const members = new Set();
        for (const [i, member] of defined.members.entries()) {
            const team = teamOf(member);
            if (!team) {
                members.add(normaliseLogin(member));
                continue;
            }
            if (!source) {
                problems.push(teamProblem(file, `${rolePointer}/${i}`, member, 'no approval source'));
                continue;
            }
            try {
                for (const login of await source.teamMembers(team[0], team[1]))
                    members.add(normaliseLogin(login));
            }
            catch (error) {
                const why = (0,errors/* toProblems */.ek)(error)[0]?.message ?? String(error);
                problems.push(teamProblem(file, `${rolePointer}/${i}`, member, why));
            }
        }
        if (members.size < needed)
            problems.push({
                file,
                pointer,
                message: `Role "${role}" needs ${needed} distinct approvals but has ${members.size} member${members.size === 1 ? '' : 's'}: the quorum can never be met`,
                expected: `a quorum of at most ${members.size}, or more members`,
                found: String(needed),
            });
        roles.push({ role, members: [...members], listed: defined.members, needed });
    }
    if (problems.length > 0)
        throw new errors/* InputErrors */.G(problems);
    return {
        gate,
        environments: section.environments,
        roles,
        allowFileSource: section.allowFileSource ?? gate === 'G3',
        distinctFromG3: gate === 'G5' && config.gates.G5?.g5DistinctFromG3 === true,
        authorCommits: config.separationOfDuties?.authorCommits ?? DEFAULT_AUTHOR_COMMITS,
        authorPaths: config.separationOfDuties?.authorPaths ?? [],
        file,
    };
}
function teamProblem(file, pointer, team, why) {
    return {
        file,
        pointer,
        message: `Cannot resolve ${team}: ${why}. Resolving a team needs a token with the organization permission members: read, which GITHUB_TOKEN does not have; give the github-token input a token that has it, or list the team's logins`,
        expected: "the team's members",
        found: 'none read',
    };
}

;// CONCATENATED MODULE: ./build/src/approvals/normalise.js

const DECISIVE = new Set([
    'approved',
    'rejected',
    'changes_requested',
    'dismissed',
]);
/**
 * One decision per person: their latest decisive one (as GitHub counts
 * reviews: a later comment does not undo an approval, a later "changes
 * requested" or a dismissal does). For environment approvals of one run, a
 * rejection by a person outweighs their approval of another environment.
 * A person who only commented keeps their latest comment (reported, never
 * counted).
 */
function latestPerPerson(approvals) {
    const byLogin = new Map();
    const time = (a) => (a.at ? Date.parse(a.at) : Number.NaN);
    for (const a of approvals) {
        const key = normaliseLogin(a.login);
        const seen = byLogin.get(key);
        if (!seen) {
            byLogin.set(key, a);
            continue;
        }
        const decisive = DECISIVE.has(a.state);
        const seenDecisive = DECISIVE.has(seen.state);
        if (decisive !== seenDecisive) {
            if (decisive)
                byLogin.set(key, a);
            continue;
        }
        if (a.source === 'environment' && seen.state === 'rejected')
            continue;
        if (a.source === 'environment' && a.state === 'rejected') {
            byLogin.set(key, a);
            continue;
        }
        const [ta, ts] = [time(a), time(seen)];
        // Later wins; without times, the later entry in the source's own order.
        if (Number.isNaN(ta) || Number.isNaN(ts) || ta >= ts)
            byLogin.set(key, a);
    }
    return [...byLogin.values()];
}
/** The login a GitHub no-reply address stands for (`123+login@users.noreply.github.com`). */
function noreplyLogin(email) {
    const m = /^(?:\d+\+)?([A-Za-z0-9-]+)@users\.noreply\.github\.com$/i.exec(email ?? '');
    return m ? m[1] : undefined;
}
/** The authorships that make `approval`'s person an author, with what matched. */
function authorMatches(approval, authors) {
    const login = normaliseLogin(approval.login);
    const email = approval.email?.toLowerCase();
    const out = [];
    for (const a of authors) {
        const how = a.login && normaliseLogin(a.login) === login
            ? `login ${a.login}`
            : email && a.email && a.email.toLowerCase() === email
                ? `e-mail ${a.email}`
                : noreplyLogin(a.email)?.toLowerCase() === login
                    ? `no-reply e-mail ${a.email}`
                    : a.name && a.name.toLowerCase() === login
                        ? `author name ${a.name}`
                        : undefined;
        const entry = `${a.because} (same ${how})`;
        if (how && !out.includes(entry))
            out.push(entry);
    }
    return out;
}
/** Short commit for messages. */
const normalise_short = (sha) => (sha ? sha.slice(0, 7) : 'unknown');

// EXTERNAL MODULE: ./build/src/approvals/types.js
var types = __webpack_require__(77279);
;// CONCATENATED MODULE: ./build/src/approvals/judge.js



/**
 * Judges approvals against a gate's policy: each person's latest decision,
 * set aside with a reason when it cannot count (not approved, a bot, another
 * environment, a stale commit, not in a role, an author, the run's actor, a
 * G3 approver at G5), then people matched to role slots so that each counts
 * for one role only and the quorum is met whenever the people allow it.
 * Pure: the same approvals always give the same checks.
 */
function judgeApprovals(input) {
    const { policy, collected } = input;
    const rolesOf = (login) => policy.roles.filter((r) => r.members.includes(normaliseLogin(login))).map((r) => r.role);
    const notCounted = [];
    const setAside = (a, rule, reason) => notCounted.push({
        login: a.login,
        userId: a.userId ?? null,
        state: a.state,
        source: a.source,
        rule,
        reason,
        comment: a.comment,
    });
    const rejections = [];
    const eligible = [];
    const sod = { author: [], actor: [], bot: [], 'distinct-from-g3': [] };
    for (const a of latestPerPerson(collected.approvals)) {
        const roles = rolesOf(a.login);
        const why = whyNotCounted(a, roles, input);
        if (!why) {
            eligible.push({ a, roles });
            continue;
        }
        setAside(a, why.rule, why.reason);
        if (why.rule === 'rejected' && roles.length > 0 && !a.bot)
            rejections.push({ a, roles });
        sod[why.rule]?.push(a.login);
    }
    const assigned = assignRoles(eligible.map((e) => e.roles), policy.roles.map((r) => [r.role, r.needed]));
    const counted = eligible.map((e, i) => ({
        login: e.a.login,
        userId: e.a.userId ?? null,
        role: assigned[i],
        alsoListedIn: e.roles.filter((r) => r !== assigned[i]),
        source: e.a.source,
        environment: e.a.environments?.find((x) => policy.environments.includes(x)) ?? null,
        commit: e.a.commit ?? null,
        at: e.a.at ?? null,
        comment: e.a.comment,
    }));
    const roles = policy.roles.map((r) => {
        const who = counted.filter((c) => c.role === r.role).map((c) => c.login);
        return { role: r.role, counted: who.length, needed: r.needed, who, members: r.listed };
    });
    const tally = roles.map((r) => `${r.role} ${r.counted} of ${r.needed}`).join(', ');
    const checks = buildChecks(input, roles, counted, rejections, sod);
    return { checks, counted, notCounted, roles, tally };
}
function buildChecks(input, roles, counted, rejections, sod) {
    const { policy } = input;
    const g = policy.gate;
    const checks = [
        sourceCheck(g, input.collected, policy.allowFileSource),
        ...roles.map((r) => quorumCheck(g, r, policy.file)),
        {
            id: `${g}.approvals.rejections`,
            rule: 'no-rejection',
            value: rejections.length,
            operator: '<=',
            threshold: 0,
            status: rejections.length > 0 ? 'fail' : 'pass',
            severity: 'block',
            message: rejections.length > 0
                ? rejections
                    .map(({ a, roles: rs }) => `${a.login} (${rs.join(', ')}) ${a.state === 'rejected' ? 'rejected' : 'requested changes'}${a.comment ? `: "${a.comment}"` : ' without a comment'}`)
                    .join('; ')
                : 'no member of a role rejected',
        },
        sodCheck(g, 'not-author', sod.author, input.collected.authorsUnknown, 'author of the model', `authors: ${[...new Set(input.collected.authors.map((x) => x.login ?? x.name ?? x.email))].join(', ') || 'none found'}`),
        sodCheck(g, 'not-actor', sod.actor, 'unknown' in input.actor && !input.collected.actors?.length ? input.actor.unknown : undefined, 'triggering actor', `actor: ${['login' in input.actor ? input.actor.login : '', ...(input.collected.actors ?? [])].filter(Boolean).join(', ') || 'unknown'}`),
        onePersonOneRole(g, counted),
        sodCheck(g, 'no-bots', sod.bot, undefined, 'bot', ''),
    ];
    if (policy.distinctFromG3)
        checks.push(input.excluded && 'logins' in input.excluded
            ? sodCheck(g, 'distinct-from-g3', sod['distinct-from-g3'], undefined, 'G3 approver', `G3 approvers: ${input.excluded.logins.join(', ') || 'none'}`)
            : {
                id: `${g}.sod.distinct-from-g3`,
                rule: 'distinct-from-g3',
                value: null,
                status: 'error',
                severity: 'block',
                message: `g5DistinctFromG3 is set, and G3's approvers are unknown: ${input.excluded && 'unknown' in input.excluded ? input.excluded.unknown : 'no G3 evidence given'}`,
                source: { file: policy.file, pointer: '/gates/G5/g5DistinctFromG3' },
            });
    return checks;
}
/** Why an approval does not count (the first rule it breaks), or undefined when it counts. */
function whyNotCounted(a, roles, input) {
    const { policy, collected } = input;
    const g = policy.gate;
    // Decisions about another environment or gate are not this gate's, approvals and rejections alike.
    const envs = a.environments;
    if (envs && envs.length > 0 && !envs.some((e) => policy.environments.includes(e)))
        return {
            rule: 'environment',
            reason: `${a.state.replace('_', ' ')} for environment ${envs.join(', ')}, not ${policy.environments.join(' or ')}`,
        };
    if (a.gate && a.gate !== g)
        return { rule: 'gate', reason: `${a.state.replace('_', ' ')} for ${a.gate}, not ${g}` };
    if (a.state === 'rejected' || a.state === 'changes_requested') {
        const what = a.state === 'rejected' ? 'rejected' : 'requested changes';
        return {
            rule: 'rejected',
            reason: roles.length > 0 && !a.bot
                ? `${what} (${roles.join(', ')})`
                : `${what}, but ${a.bot ? 'is a bot' : 'is not a member of any role'}`,
        };
    }
    if (a.state !== 'approved')
        return { rule: 'state', reason: `${a.state.replace('_', ' ')}: not an approval` };
    if (a.bot || normaliseLogin(a.login).endsWith('[bot]'))
        return { rule: 'bot', reason: 'a bot account: bots never count' };
    if (a.source === 'pull-request' && collected.reviewCommit && a.commit !== collected.reviewCommit)
        return {
            rule: 'stale',
            reason: `stale: approved commit ${normalise_short(a.commit)}, not the judged head ${normalise_short(collected.reviewCommit)}`,
        };
    if (a.model && a.model !== input.modelSha256)
        return {
            rule: 'stale',
            reason: `approved model ${a.model.slice(0, 19)}…, not the judged ${input.modelSha256.slice(0, 19)}…`,
        };
    if (roles.length === 0)
        return {
            rule: 'not-member',
            reason: `not a member of ${policy.roles.map((r) => r.role).join(' or ')}`,
        };
    const authored = authorMatches(a, collected.authors);
    if (authored.length > 0)
        return { rule: 'author', reason: `an author of the model: ${authored.join('; ')}` };
    const actors = [
        ...('login' in input.actor ? [input.actor.login] : []),
        ...(collected.actors ?? []),
    ];
    if (actors.some((x) => normaliseLogin(x) === normaliseLogin(a.login)))
        return { rule: 'actor', reason: 'triggered this run: the actor never approves their own run' };
    if (input.excluded &&
        'logins' in input.excluded &&
        input.excluded.logins.some((l) => normaliseLogin(l) === normaliseLogin(a.login)))
        return {
            rule: 'distinct-from-g3',
            reason: `approved G3 (${input.excluded.because}): G5 needs someone else`,
        };
    return undefined;
}
function sourceCheck(g, collected, allowFile) {
    const refused = collected.source === 'file' && !allowFile;
    return {
        id: `${g}.approvals.source`,
        rule: 'source',
        value: collected.source,
        status: refused ? 'fail' : 'pass',
        severity: 'block',
        message: refused
            ? `${g} does not accept a sign-off file (allowFileSource is false): approvals must come from GitHub`
            : `approvals read from ${types/* SOURCE_LABEL */.R[collected.source]}${collected.file ? ` ${collected.file}` : ''}`,
        details: { tried: collected.tried },
    };
}
function quorumCheck(g, r, file) {
    const missing = r.needed - r.counted;
    return {
        id: `${g}.quorum.${r.role}`,
        rule: 'quorum',
        variable: r.role,
        value: r.counted,
        operator: '>=',
        threshold: r.needed,
        status: missing > 0 ? 'fail' : 'pass',
        severity: 'block',
        message: `${r.role}: ${r.counted} of ${r.needed}${r.who.length ? ` (${r.who.join(', ')})` : ''}${missing > 0 ? `; missing ${missing} approval${missing > 1 ? 's' : ''} from ${r.members.join(', ')}` : ''}`,
        source: { file, pointer: `/gates/${g}/quorum/${r.role}` },
    };
}
function sodCheck(g, rule, who, unknown, what, facts) {
    if (unknown !== undefined && who.length === 0)
        return {
            id: `${g}.sod.${rule}`,
            rule,
            value: null,
            status: 'skipped',
            severity: 'block',
            message: `not checked: ${unknown}${facts ? ` (${facts})` : ''}`,
        };
    return {
        id: `${g}.sod.${rule}`,
        rule,
        value: who.length,
        operator: '<=',
        threshold: 0,
        // The approval is set aside (never counted); the quorum decides the verdict, this makes the attempt visible.
        status: who.length > 0 ? 'warn' : 'pass',
        severity: who.length > 0 ? 'warn' : 'block',
        message: who.length > 0
            ? `not counted, as ${what}: ${who.join(', ')}`
            : `no ${what} among the approvers${facts ? ` (${facts})` : ''}`,
    };
}
function onePersonOneRole(g, counted) {
    const several = counted.filter((c) => c.alsoListedIn.length > 0);
    return {
        id: `${g}.sod.one-role-per-person`,
        rule: 'one-role-per-person',
        value: several.length,
        status: 'pass',
        severity: 'block',
        message: several.length > 0
            ? several
                .map((c) => `${c.login} counts for ${c.role} only (also listed in ${c.alsoListedIn.join(', ')})`)
                .join('; ')
            : 'each approver counts for one role',
    };
}
/**
 * Assigns each person one of their roles so that as many quorum slots as
 * possible are filled (maximum bipartite matching, augmenting paths); people
 * left over count for their first role, beyond its quorum.
 */
function assignRoles(people, quorum) {
    const slots = quorum.flatMap(([role, n]) => Array.from({ length: n }, () => role));
    const holder = new Array(slots.length).fill(-1);
    const tryAssign = (p, seen) => {
        for (let s = 0; s < slots.length; s++) {
            if (seen[s] || !people[p].includes(slots[s]))
                continue;
            seen[s] = true;
            if (holder[s] === -1 || tryAssign(holder[s], seen)) {
                holder[s] = p;
                return true;
            }
        }
        return false;
    };
    for (let p = 0; p < people.length; p++)
        tryAssign(p, new Array(slots.length).fill(false));
    const out = people.map((roles) => roles[0]);
    holder.forEach((p, s) => {
        if (p >= 0)
            out[p] = slots[s];
    });
    return out;
}

;// CONCATENATED MODULE: ./build/src/approvals/read.js



/**
 * Reads and judges one gate's approvals, as G3 does and G5 does for the
 * Release Manager: ssot/approvals.json (its section for `gate`, teams
 * resolved), the approvals from the source, the model's authors (the
 * source's, plus the owner in ssot/model.json), then the quorum and
 * separation-of-duties checks.
 */
async function readGateApprovals(input) {
    const { gate, ssot } = input;
    const file = ssot.display('approvals.json');
    if (!ssot.has('approvals.json'))
        throw new errors/* InputError */.dz({
            file,
            message: `${gate} needs ssot/approvals.json: the roles that sign off, and how many of each`,
            expected: `ssot/approvals.json with roles and gates.${gate} (see template/ssot/approvals.json)`,
            found: 'no such file',
        });
    const config = await ssot.approvals();
    if (!input.source)
        throw new errors/* InputError */.dz({
            message: `${gate} has no approvals to read`,
            expected: 'a sign-off file (--approvals FILE on the CLI, or the approvals input), or the Action in a workflow run (it reads the run approvals and pull-request reviews with github-token)',
            found: 'neither',
        });
    const policy = await gatePolicy(config, gate, file, input.source);
    const collected = await input.source.collect(approvalsRequest(input, policy));
    const owner = ownerAsAuthor(input.model, ssot.display('model.json'));
    if (owner)
        collected.authors.push(owner);
    const judged = judgeApprovals({
        policy,
        collected,
        actor: input.actor
            ? { login: input.actor }
            : { unknown: 'no triggering actor: a local run (GITHUB_ACTOR is not set)' },
        modelSha256: `sha256:${input.modelSha256}`,
        ...(input.excluded ? { excluded: input.excluded } : {}),
    });
    return { policy, collected, judged };
}
/**
 * What a gate asks its source for: the environments, and the paths whose
 * latest commits name the model's authors (the model file, ssot/ and any
 * authorPaths), relative to the workspace and absolute for git.
 */
function approvalsRequest(input, policy) {
    const { ssot } = input;
    const paths = [
        input.modelPath,
        ssot.dir,
        ...policy.authorPaths.map((p, i) => ssot.resolveRepoPath(p, 'author path', `/separationOfDuties/authorPaths/${i}`, 'approvals.json')),
    ];
    return {
        gate: policy.gate,
        environments: policy.environments,
        authorPaths: [...new Set(paths)].map((absolute) => ({
            path: input.workspace.display(absolute),
            absolute,
        })),
        repoRoot: ssot.repoRoot,
        authorCommits: policy.authorCommits,
        modelSha256: `sha256:${input.modelSha256}`,
        environmentsPointer: { file: policy.file, pointer: `/gates/${policy.gate}/environments` },
    };
}
/** The model's owner (ssot/model.json owner.github, owner.email) is its author: they never approve it. */
function ownerAsAuthor(model, modelFile) {
    const owner = model.owner;
    if (!owner.github && !owner.email)
        return undefined;
    return {
        ...(owner.github ? { login: owner.github } : {}),
        ...(owner.email ? { email: owner.email } : {}),
        because: `the model's owner in ${modelFile}`,
    };
}


/***/ }),

/***/ 77279:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ SOURCE_LABEL)
/* harmony export */ });
/**
 * Approvals: who signed off a release, from where, and the people who may
 * not. Shared by G3 (OT/QA Approval) and G5 (the Release Manager's
 * approval), which read approvals the same way and judge them with the same
 * functions (src/approvals/judge.ts).
 */
const SOURCE_LABEL = {
    environment: "the run's environment approvals",
    'pull-request': "the pull request's reviews",
    file: 'a sign-off file',
};


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


/***/ })

};
