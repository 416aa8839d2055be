export const id = 193;
export const ids = [193];
export const modules = {

/***/ 28193:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MlflowClient: () => (/* reexport */ MlflowClient),
  MlflowRegistry: () => (/* reexport */ MlflowRegistry),
  displayUri: () => (/* reexport */ displayUri),
  openMlflowRegistry: () => (/* binding */ openMlflowRegistry)
});

// EXTERNAL MODULE: ./build/src/contract/errors.js
var errors = __webpack_require__(68081);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./build/src/registry/mlflow/client.js







/** An error answer from MLflow: its HTTP status and `error_code`, for callers that expect some (not found). */
class MlflowApiError extends errors/* InputError */.dz {
    status;
    errorCode;
    constructor(status, errorCode, message, found) {
        super({ message, found });
        this.status = status;
        this.errorCode = errorCode;
        this.name = 'MlflowApiError';
    }
}
/** The tracking URI as it may be shown: any user:password@ removed, no trailing slash. */
function displayUri(uri) {
    try {
        const u = new URL(uri);
        u.username = '';
        u.password = '';
        return u.toString().replace(/\/+$/, '');
    }
    catch {
        return '(an invalid URI)';
    }
}
class MlflowClient {
    connection;
    base;
    shown;
    authHeader;
    constructor(connection) {
        this.connection = connection;
        let base;
        try {
            base = new URL(connection.trackingUri);
        }
        catch {
            throw new errors/* InputError */.dz({
                message: 'The MLflow tracking URI is not a URL',
                expected: 'http(s)://host:port of an MLflow tracking server (MLFLOW_TRACKING_URI)',
                found: JSON.stringify(connection.trackingUri.replace(/\/\/[^@/]*@/, '//***@')),
            });
        }
        if (base.protocol !== 'http:' && base.protocol !== 'https:')
            throw new errors/* InputError */.dz({
                message: 'modelgate talks to an MLflow tracking server over HTTP',
                expected: 'MLFLOW_TRACKING_URI as http(s)://host:port (a local path or databricks is not a server)',
                found: `a ${base.protocol.replace(/:$/, '')} URI`,
            });
        let username = connection.username;
        let password = connection.password;
        if (base.username || base.password) {
            username ??= decodeURIComponent(base.username);
            password ??= decodeURIComponent(base.password);
            base.username = '';
            base.password = '';
        }
        this.base = base;
        this.shown = displayUri(base.toString());
        if (connection.token)
            this.authHeader = `Bearer ${connection.token}`;
        else if (username !== undefined && password !== undefined)
            this.authHeader = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
    }
    /** The tracking URI without credentials, for messages and links. */
    get uri() {
        return this.shown;
    }
    get(api, query = {}) {
        return this.call('GET', this.apiPath(api, query), undefined);
    }
    post(api, json) {
        return this.call('POST', this.apiPath(api), { json });
    }
    patch(api, json) {
        return this.call('PATCH', this.apiPath(api), { json });
    }
    delete(api, json) {
        return this.call('DELETE', this.apiPath(api), { json });
    }
    /** Uploads a local file to the artifact proxy at `path` (relative to the artifact root). */
    async putArtifact(path, file) {
        await this.call('PUT', this.artifactPath(path), { file });
    }
    /** Streams an artifact into `toPath`, hashing it on the way; returns its sha256 and size. */
    async getArtifact(path, toPath) {
        const response = await this.send('GET', this.artifactPath(path), undefined);
        if (response.statusCode !== 200)
            await this.fail(response, 'GET', path);
        const hash = (0,external_node_crypto_.createHash)('sha256');
        let bytes = 0;
        response.on('data', (chunk) => {
            hash.update(chunk);
            bytes += chunk.length;
        });
        await (0,external_node_stream_promises_.pipeline)(response, (0,external_node_fs_.createWriteStream)(toPath));
        return { sha256: hash.digest('hex'), bytes };
    }
    /** Reads a small artifact (evidence) into memory. */
    async readArtifact(path) {
        const response = await this.send('GET', this.artifactPath(path), undefined);
        if (response.statusCode !== 200)
            await this.fail(response, 'GET', path);
        return readAll(response);
    }
    apiPath(api, query = {}) {
        const params = new URLSearchParams();
        for (const [k, v] of Object.entries(query))
            if (v !== undefined)
                params.set(k, String(v));
        const q = params.toString();
        return `/api/2.0/mlflow/${api}${q ? `?${q}` : ''}`;
    }
    artifactPath(path) {
        const encoded = path
            .split('/')
            .filter((p) => p !== '')
            .map(encodeURIComponent)
            .join('/');
        return `/api/2.0/mlflow-artifacts/artifacts/${encoded}`;
    }
    async call(method, path, body) {
        const response = await this.send(method, path, body);
        if (response.statusCode < 200 || response.statusCode >= 300)
            await this.fail(response, method, path);
        const text = (await readAll(response)).toString('utf8');
        if (text.trim() === '')
            return {};
        try {
            return JSON.parse(text);
        }
        catch {
            return {};
        }
    }
    async send(method, path, body) {
        const basePath = this.base.pathname.replace(/\/+$/, '');
        const headers = { accept: 'application/json' };
        if (this.authHeader)
            headers.authorization = this.authHeader;
        let payload;
        if (body && 'json' in body) {
            payload = Buffer.from(JSON.stringify(body.json));
            headers['content-type'] = 'application/json';
            headers['content-length'] = payload.length;
        }
        else if (body && 'file' in body) {
            headers['content-type'] = 'application/octet-stream';
            headers['content-length'] = (await (0,promises_.stat)(body.file)).size;
        }
        const options = {
            method,
            protocol: this.base.protocol,
            hostname: this.base.hostname,
            port: this.base.port || undefined,
            path: `${basePath}${path}`,
            headers,
        };
        const timeoutMs = this.connection.timeoutMs ?? 60_000;
        for (let attempt = 1;; attempt++) {
            try {
                return await new Promise((resolve, reject) => {
                    const req = (this.base.protocol === 'https:' ? external_node_https_.request : external_node_http_.request)(options, resolve);
                    req.setTimeout(timeoutMs, () => req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
                    req.on('error', (error) => reject(Object.assign(error, { reusedSocket: req.reusedSocket })));
                    if (body && 'file' in body) {
                        const source = (0,external_node_fs_.createReadStream)(body.file, { highWaterMark: 1 << 20 });
                        source.on('error', (error) => req.destroy(error));
                        source.pipe(req);
                    }
                    else
                        req.end(payload);
                });
            }
            catch (error) {
                // A kept-alive connection the server closed just as we reused it: the request never
                // reached the server, so sending it again on a fresh connection is safe (Node's advice).
                const e = error;
                if (attempt < 3 && e.reusedSocket && (e.code === 'ECONNRESET' || e.code === 'EPIPE'))
                    continue;
                throw this.unreachable(e);
            }
        }
    }
    unreachable(error) {
        if (error instanceof errors/* InputError */.dz)
            return error;
        return new errors/* InputError */.dz({
            message: `Cannot reach the MLflow tracking server at ${this.shown}`,
            expected: 'a running MLflow server at MLFLOW_TRACKING_URI (or the tracking-uri input), e.g. `mlflow server --host 127.0.0.1 --port 5000`',
            found: error.code ?? error.message,
        });
    }
    async fail(response, method, path) {
        const status = response.statusCode ?? 0;
        const text = (await readAll(response)).toString('utf8');
        let errorCode = '';
        let detail = text.trim().slice(0, 300);
        try {
            const parsed = JSON.parse(text);
            errorCode = parsed.error_code ?? '';
            detail = parsed.message ?? detail;
        }
        catch {
            /* not JSON: keep the text */
        }
        const what = `${method} ${path.replace(/\?.*$/, '')}`;
        if (status === 401)
            throw new MlflowApiError(status, errorCode || 'UNAUTHENTICATED', `MLflow at ${this.shown} asks for credentials (401) on ${what}`, `${this.credentialSource()}; set MLFLOW_TRACKING_TOKEN, or MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD`);
        if (status === 403)
            throw new MlflowApiError(status, errorCode || 'PERMISSION_DENIED', this.authHeader
                ? `MLflow at ${this.shown} refuses ${what} (403): the identity in ${this.credentialSource()} lacks permission${detail ? ` (${detail})` : ''}`
                : `MLflow at ${this.shown} refuses ${what} (403) to a request without credentials${detail ? ` (${detail})` : ''}`, this.authHeader
                ? 'grant that user the permission on the experiment or registered model, or use other credentials'
                : 'set MLFLOW_TRACKING_TOKEN, or MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD');
        throw new MlflowApiError(status, errorCode, `MLflow at ${this.shown} answered ${status}${errorCode ? ` ${errorCode}` : ''} to ${what}`, detail || '(no message)');
    }
    /** Names (never values) of the variables that carried the credentials. */
    credentialSource() {
        if (this.connection.token)
            return 'MLFLOW_TRACKING_TOKEN';
        if (this.authHeader)
            return 'MLFLOW_TRACKING_USERNAME/MLFLOW_TRACKING_PASSWORD';
        return 'no credentials (neither MLFLOW_TRACKING_TOKEN nor MLFLOW_TRACKING_USERNAME/MLFLOW_TRACKING_PASSWORD is set)';
    }
}
async function readAll(stream) {
    const chunks = [];
    for await (const chunk of stream)
        chunks.push(chunk);
    return Buffer.concat(chunks);
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/src/io/file-digest.js
var file_digest = __webpack_require__(69227);
// EXTERNAL MODULE: ./build/src/registry/lifecycle.js
var lifecycle = __webpack_require__(3937);
;// CONCATENATED MODULE: ./build/src/contract/registry.js
/**
 * The model registry: where model versions, their files and their gate
 * evidence live, and which version is in production. One interface, several
 * backends: a local folder (CLI, demo, tests), GitHub Releases (the default in
 * Actions) and MLflow (aliases and tags). Gates and commands reach a registry
 * only through this interface; each backend translates it to its own storage.
 *
 * Kept deliberately small: every backend must be able to implement each call
 * with the storage it has (a release and its assets; an MLflow model version,
 * its tags, its artifacts and the `champion` alias).
 */
/** Lifecycle states from the lifecycle seed, plus `rolled-back`. */
const LIFECYCLE_STATES = [
    'exploration',
    'validation',
    'pre-production',
    'production',
    'monitoring',
    'retirement',
    'rolled-back',
];

;// CONCATENATED MODULE: ./build/src/registry/mlflow/tags.js


/**
 * How modelgate's registry maps onto MLflow's: pure translation between the
 * `Registry` types and MLflow's tags, no I/O. Everything is a tag, so any
 * MLflow user (UI, MlflowClient) reads the same facts modelgate does.
 *
 * Model version tags:
 *   modelgate.version        the version from model.json (MLflow numbers its own)
 *   modelgate.model_digest   sha256 of the registered model file
 *   modelgate.lifecycle      lifecycle state (seed 004)
 *   modelgate.frozen         "true" / "false" (drift freeze), with
 *   modelgate.frozen_at / modelgate.frozen_reason / modelgate.frozen_run_url
 *   modelgate.promoted_at    set by the first promotion: the version is no longer a draft
 *   modelgate.file.<name>    {"sha256","bytes"} of each artifact held
 *   modelgate.<GATE>.status / .evidence_digest / .run_url   per gate
 *   dataset, env, purpose, owner   the seed's tags (002)
 * Registered model tags:
 *   owner                      the model's owner; another owner is refused
 *   modelgate.history.<key>    one JSON history event each; keys sort oldest first
 */
const TAG = {
    version: 'modelgate.version',
    digest: 'modelgate.model_digest',
    lifecycle: 'modelgate.lifecycle',
    frozen: 'modelgate.frozen',
    frozenAt: 'modelgate.frozen_at',
    frozenReason: 'modelgate.frozen_reason',
    frozenRunUrl: 'modelgate.frozen_run_url',
    promotedAt: 'modelgate.promoted_at',
    filePrefix: 'modelgate.file.',
    historyPrefix: 'modelgate.history.',
    owner: 'owner',
    dataset: 'dataset',
    env: 'env',
    purpose: 'purpose',
};
const gateTag = (gate, what) => `modelgate.${gate}.${what}`;
function tagMap(tags) {
    return new Map((tags ?? []).map((t) => [t.key, t.value]));
}
/**
 * File names an artifact may have: one path segment, characters MLflow
 * accepts in a tag key, no `..`.
 */
function checkFileName(name) {
    if (!/^[\w.\- ]{1,200}$/.test(name) || name === '.' || name === '..')
        throw new errors/* InputError */.dz({
            message: 'A registry file name must be one plain file name',
            expected: 'letters, digits, `_`, `-`, `.` and spaces, no folders (e.g. G1.evidence.json)',
            found: JSON.stringify(name),
        });
}
function fileTag(file) {
    return {
        key: `${TAG.filePrefix}${file.name}`,
        value: JSON.stringify({ sha256: file.sha256, bytes: file.bytes }),
    };
}
function filesOf(tags) {
    const files = [];
    for (const [key, value] of tags) {
        if (!key.startsWith(TAG.filePrefix))
            continue;
        try {
            const v = JSON.parse(value);
            if (typeof v.sha256 === 'string' && typeof v.bytes === 'number')
                files.push({ name: key.slice(TAG.filePrefix.length), sha256: v.sha256, bytes: v.bytes });
        }
        catch {
            /* a hand-edited tag that is not ours: not a held file */
        }
    }
    return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
function lifecycleOf(value, champion) {
    if (value && LIFECYCLE_STATES.includes(value))
        return value;
    return champion ? 'production' : 'validation';
}
/** True when modelgate registered the version (it carries modelgate's own tags). */
function isModelgateVersion(mv) {
    const tags = tagMap(mv.tags);
    return tags.has(TAG.version) && tags.has(TAG.digest);
}
/**
 * The `Registry` view of an MLflow model version. A version modelgate did not
 * register keeps MLflow's number as its version and has no digest.
 */
function toModelVersion(mv, options) {
    const tags = tagMap(mv.tags);
    const frozen = tags.get(TAG.frozen) === 'true';
    const runUrl = tags.get(TAG.frozenRunUrl);
    const created = Number(mv.creation_timestamp ?? 0);
    return {
        model: mv.name,
        version: tags.get(TAG.version) ?? mv.version,
        modelDigest: tags.get(TAG.digest) ?? '',
        state: lifecycleOf(tags.get(TAG.lifecycle), options.champion),
        draft: !tags.has(TAG.promotedAt) && !options.champion,
        ...(frozen
            ? {
                frozen: {
                    at: tags.get(TAG.frozenAt) ?? '',
                    reason: tags.get(TAG.frozenReason) ?? '',
                    ...(runUrl ? { runUrl } : {}),
                },
            }
            : {}),
        files: filesOf(tags),
        url: options.url,
        createdAt: new Date(Number.isFinite(created) ? created : 0).toISOString(),
    };
}
/** The run that produced a piece of evidence, as a link, when it ran in Actions. */
function evidenceRunUrl(evidence) {
    const c = evidence.context;
    if (!c.runId || !c.repository)
        return undefined;
    return `${c.serverUrl ?? 'https://github.com'}/${c.repository}/actions/runs/${c.runId}`;
}
/**
 * The seed's `dataset` tag: `role=sha256` for every data file judged,
 * merged with what earlier gates recorded (a later gate replaces a role).
 */
function mergeDatasetTag(existing, evidence) {
    const entries = new Map();
    for (const part of (existing ?? '').split(/,\s*/)) {
        const eq = part.indexOf('=');
        if (eq > 0)
            entries.set(part.slice(0, eq), part.slice(eq + 1));
    }
    for (const d of evidence.subject.data)
        entries.set(d.role, `sha256:${d.sha256}`);
    return [...entries].map(([role, digest]) => `${role}=${digest}`).join(', ');
}
/** A history event as a registered-model tag; `seq` orders events written in the same millisecond. */
function historyTag(event, seq, random) {
    const ms = Date.parse(event.at);
    const stamp = String(Number.isFinite(ms) ? ms : 0).padStart(15, '0');
    return {
        key: `${TAG.historyPrefix}${stamp}.${String(seq).padStart(6, '0')}.${random}`,
        value: JSON.stringify(event),
    };
}
/** The history events held in a registered model's tags, oldest first. */
function historyFromTags(tags) {
    return (tags ?? [])
        .filter((t) => t.key.startsWith(TAG.historyPrefix))
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
        .flatMap((t) => {
        try {
            const e = JSON.parse(t.value);
            return typeof e.kind === 'string' && typeof e.version === 'string' ? [e] : [];
        }
        catch {
            return [];
        }
    });
}
/** The MLflow version number holding the production alias. */
function championOf(rm, alias) {
    return rm.aliases?.find((a) => a.alias === alias)?.version;
}
/** The modelgate version of an MLflow version (MLflow's number for one modelgate did not register). */
function refOf(mv) {
    return tagMap(mv.tags).get(TAG.version) ?? mv.version;
}

;// CONCATENATED MODULE: ./build/src/registry/mlflow/refusals.js


/** The MLflow backend's own refusals (the lifecycle ones are shared: ../lifecycle.ts). Pure. */
/** A version registered again: only the same model file, while still an unpromoted candidate. */
function assertSameDraft(existing, ref, sha256) {
    const tags = tagMap(existing.tags);
    const draft = !tags.has(TAG.promotedAt);
    if (draft && tags.get(TAG.digest) === sha256)
        return;
    throw new errors/* InputError */.dz({
        message: `${ref.model} ${ref.version} is already registered in MLflow (model version ${existing.version})`,
        expected: 'a new version in model.json, or the same model file while the version is an unpromoted candidate',
        found: draft
            ? `a candidate of another model file (sha256 ${tags.get(TAG.digest) ?? 'unknown'})`
            : 'a version already promoted',
    });
}
/**
 * A rollback returns only to a version modelgate released: its G5 passed and
 * its G5 evidence is held. A version registered or aliased by hand in MLflow
 * has neither, and is refused.
 */
function assertReleasedByModelgate(mv, model) {
    const tags = tagMap(mv.tags);
    const status = tags.get(gateTag('G5', 'status'));
    if (isModelgateVersion(mv) && status === 'pass' && tags.has(`${TAG.filePrefix}G5.evidence.json`))
        return;
    throw new errors/* InputError */.dz({
        message: `Refusing to roll ${model} back to MLflow model version ${mv.version}: it has no modelgate G5 evidence`,
        expected: `a version released by modelgate (tags ${gateTag('G5', 'status')}=pass and ${TAG.filePrefix}G5.evidence.json)`,
        found: isModelgateVersion(mv)
            ? `${gateTag('G5', 'status')}=${status ?? '(absent)'}`
            : 'a model version modelgate did not register',
    });
}
/** A registered model another owner holds (its `owner` tag) is not modelgate's to change. */
function assertOwner(name, held, owner) {
    if (held === undefined || held === owner)
        return;
    throw new errors/* InputError */.dz({
        message: `The MLflow registered model ${name} is held by another owner`,
        expected: `owner ${JSON.stringify(owner)} (ssot/model.json)`,
        found: `owner tag ${JSON.stringify(held)}`,
    });
}
/** The files of a promoted version are fixed. */
function releasedFile(ref, name, held, found) {
    return new errors/* InputError */.dz({
        message: `${ref.model} ${ref.version} is released: its file ${name} cannot be replaced`,
        expected: `the file as released (sha256 ${held ?? 'unknown'})`,
        found: `sha256 ${found}`,
    });
}

;// CONCATENATED MODULE: ./build/src/registry/mlflow/store.js



const notFound = (error) => error instanceof MlflowApiError &&
    (error.errorCode === 'RESOURCE_DOES_NOT_EXIST' || error.status === 404);
const alreadyExists = (error) => error instanceof MlflowApiError && error.errorCode === 'RESOURCE_ALREADY_EXISTS';
/** MLflow's filter syntax quotes strings with single quotes; a quote inside is doubled as in SQL. */
const quote = (s) => `'${s.replace(/'/g, "''")}'`;
class MlflowStore {
    client;
    constructor(client) {
        this.client = client;
    }
    async registeredModel(name) {
        try {
            const r = (await this.client.get('registered-models/get', { name }));
            return r.registered_model;
        }
        catch (error) {
            if (notFound(error))
                return undefined;
            throw error;
        }
    }
    async createRegisteredModel(name, tags, description) {
        try {
            const r = (await this.client.post('registered-models/create', {
                name,
                tags,
                description,
            }));
            return r.registered_model ?? { name, tags };
        }
        catch (error) {
            // Created by someone else in between: read theirs, whose owner the caller checks.
            if (!alreadyExists(error))
                throw error;
            return this.registeredModel(name);
        }
    }
    /** The registered model, created with its owner when absent; one held by another owner is refused. */
    async ensureRegisteredModel(name, owner) {
        const rm = (await this.registeredModel(name)) ??
            (await this.createRegisteredModel(name, [{ key: 'owner', value: owner }], 'Registered by modelgate: versions, gate evidence and the champion alias.'));
        const held = rm?.tags?.find((t) => t.key === 'owner')?.value;
        assertOwner(name, held, owner);
        if (held === undefined)
            await this.setModelTag(name, 'owner', owner);
    }
    setModelTag(name, key, value) {
        return this.client.post('registered-models/set-tag', { name, key, value });
    }
    setVersionTag(name, version, key, value) {
        return this.client.post('model-versions/set-tag', { name, version, key, value });
    }
    /** Several tags of one version: MLflow has no batch call, so they go out side by side. */
    async setVersionTags(name, version, tags) {
        await Promise.all(Object.entries(tags).map(([key, value]) => this.setVersionTag(name, version, key, value)));
    }
    async modelVersion(name, version) {
        try {
            const r = (await this.client.get('model-versions/get', { name, version }));
            return r.model_version;
        }
        catch (error) {
            if (notFound(error))
                return undefined;
            throw error;
        }
    }
    /** Every version of a registered model, oldest first (paged through). */
    async modelVersions(name) {
        const all = [];
        let pageToken;
        do {
            const r = (await this.client.get('model-versions/search', {
                filter: `name=${quote(name)}`,
                max_results: 1000,
                page_token: pageToken,
            }));
            all.push(...(r.model_versions ?? []));
            pageToken = r.next_page_token || undefined;
        } while (pageToken);
        return all.filter((v) => v.name === name).sort((a, b) => Number(a.version) - Number(b.version));
    }
    async createModelVersion(input) {
        const r = (await this.client.post('model-versions/create', {
            name: input.name,
            source: input.source,
            run_id: input.runId,
            ...(input.runLink ? { run_link: input.runLink } : {}),
            tags: input.tags,
            description: input.description,
        }));
        return r.model_version;
    }
    setAlias(name, alias, version) {
        return this.client.post('registered-models/alias', { name, alias, version });
    }
    /** The experiment that holds modelgate's runs, created when absent. */
    async experimentId(name) {
        const get = async () => {
            try {
                const r = (await this.client.get('experiments/get-by-name', {
                    experiment_name: name,
                }));
                return r.experiment;
            }
            catch (error) {
                if (notFound(error))
                    return undefined;
                throw error;
            }
        };
        let experiment = await get();
        if (!experiment) {
            try {
                const r = (await this.client.post('experiments/create', { name }));
                return r.experiment_id;
            }
            catch (error) {
                if (!alreadyExists(error))
                    throw error;
                experiment = await get();
            }
        }
        if (!experiment)
            throw new errors/* InputError */.dz({ message: `MLflow has no experiment ${JSON.stringify(name)}` });
        if (experiment.lifecycle_stage === 'deleted')
            throw new errors/* InputError */.dz({
                message: `The MLflow experiment ${JSON.stringify(name)} is deleted`,
                expected: 'restore it (mlflow experiments restore) or name another experiment',
                found: 'lifecycle_stage deleted',
            });
        return experiment.experiment_id;
    }
    async createRun(input) {
        const r = (await this.client.post('runs/create', {
            experiment_id: input.experimentId,
            run_name: input.runName,
            start_time: input.startTime,
            tags: input.tags,
        }));
        return { runId: r.run.info.run_id, artifactUri: r.run.info.artifact_uri };
    }
    async runArtifactUri(runId) {
        const r = (await this.client.get('runs/get', { run_id: runId }));
        return r.run.info.artifact_uri;
    }
    finishRun(runId, endTime) {
        return this.client.post('runs/update', { run_id: runId, status: 'FINISHED', end_time: endTime });
    }
}
/**
 * The path under the artifact proxy for a run's artifact URI
 * (`mlflow-artifacts:/1/<run>/artifacts`, or with a host). A run whose
 * artifacts the server does not proxy cannot be written without the
 * storage's own credentials, which modelgate does not take.
 */
function proxiedArtifactRoot(artifactUri, server) {
    const m = /^mlflow-artifacts:(?:\/\/[^/]*)?\/*(.*)$/.exec(artifactUri);
    if (m)
        return m[1].replace(/\/+$/, '');
    throw new errors/* InputError */.dz({
        message: `The MLflow server at ${server} does not proxy artifacts: the run stores them at a ${artifactUri.split(':')[0]} location modelgate cannot write`,
        expected: 'a server started with --serve-artifacts (the default) and --artifacts-destination, so that runs get mlflow-artifacts:/ URIs; or an experiment created with such an artifact location',
        found: artifactUri.replace(/\/\/[^@/]*@/, '//***@'),
    });
}

;// CONCATENATED MODULE: ./build/src/registry/mlflow/registry.js










/**
 * The `Registry` on an MLflow Model Registry. A modelgate version is an MLflow
 * model version whose source is the artifact folder of its own run (experiment
 * `modelgate`); the files live there through the server's artifact proxy, and
 * every fact is a tag (see tags.ts). Production is the `champion` alias;
 * stages are never used. The history is one registered-model tag per event,
 * so it survives the alias moving.
 */
class MlflowRegistry {
    client;
    settings;
    kind = 'mlflow';
    store;
    alias;
    now;
    seq = 0;
    /** A run's artifact root never changes: looked up once per run. */
    roots = new Map();
    constructor(client, settings = {}) {
        this.client = client;
        this.settings = settings;
        this.store = new MlflowStore(client);
        this.alias = settings.alias ?? 'champion';
        this.now = settings.now ?? (() => new Date());
    }
    async register(input) {
        (0,lifecycle/* assertName */.I1)('model', input.model, 'ssot/model.json');
        (0,lifecycle/* assertName */.I1)('version', input.version, 'ssot/model.json');
        const modelName = (0,external_node_path_.basename)(input.modelFile);
        checkFileName(modelName);
        for (const f of input.files ?? [])
            checkFileName(f.name);
        // Independent first steps side by side: hash the model while MLflow answers.
        const [digest, , existing] = await Promise.all([
            (0,file_digest/* digestFile */.TM)(input.modelFile),
            this.store.ensureRegisteredModel(input.model, input.owner),
            this.find(input),
        ]);
        if (existing) {
            assertSameDraft(existing, input, digest.sha256);
            for (const f of input.files ?? [])
                await this.attachFile(input, f.name, f.path);
            return (await this.version(input));
        }
        const at = this.now();
        const experimentId = await this.store.experimentId(this.settings.experiment ?? 'modelgate');
        const seedTags = [
            { key: TAG.owner, value: input.owner },
            { key: TAG.env, value: this.settings.envTag ?? 'staging' },
            { key: TAG.purpose, value: this.settings.purpose ?? 'modelgate release candidate' },
        ];
        const run = await this.store.createRun({
            experimentId,
            runName: `${input.model}-${input.version}`,
            startTime: at.getTime(),
            tags: [
                ...seedTags,
                { key: TAG.version, value: input.version },
                { key: TAG.digest, value: digest.sha256 },
                ...(input.actor.runUrl ? [{ key: 'modelgate.run_url', value: input.actor.runUrl }] : []),
            ],
        });
        const root = proxiedArtifactRoot(run.artifactUri, this.client.uri);
        this.roots.set(run.runId, root);
        const files = [await this.upload(root, modelName, input.modelFile, digest)];
        for (const f of input.files ?? [])
            files.push(await this.upload(root, f.name, f.path));
        const mv = await this.store.createModelVersion({
            name: input.model,
            source: run.artifactUri,
            runId: run.runId,
            ...(input.actor.runUrl ? { runLink: input.actor.runUrl } : {}),
            description: `modelgate candidate ${input.version}`,
            tags: [
                ...seedTags,
                { key: TAG.version, value: input.version },
                { key: TAG.digest, value: digest.sha256 },
                { key: TAG.lifecycle, value: lifecycle/* CANDIDATE_STATE */.EJ },
                { key: TAG.frozen, value: 'false' },
                ...files.map(fileTag),
            ],
        });
        await Promise.all([
            this.store.finishRun(run.runId, this.now().getTime()),
            this.record(input.model, { kind: 'register', version: input.version, actor: input.actor }),
        ]);
        // A version just created holds no alias.
        return this.view(mv, undefined);
    }
    async attachFile(ref, name, absolutePath) {
        checkFileName(name);
        return this.attachTo(await this.need(ref), name, absolutePath);
    }
    /** attachFile on a version already looked up (one lookup for several files). */
    async attachTo(mv, name, absolutePath) {
        const tags = tagMap(mv.tags);
        const held = tags.get(`${TAG.filePrefix}${name}`);
        const digest = await (0,file_digest/* digestFile */.TM)(absolutePath);
        if (held) {
            const old = JSON.parse(held);
            if (old.sha256 === digest.sha256)
                return { name, ...digest };
            if (tags.has(TAG.promotedAt))
                throw releasedFile({ model: mv.name, version: refOf(mv) }, name, old.sha256, digest.sha256);
        }
        const root = await this.artifactRoot(mv);
        const stored = await this.upload(root, name, absolutePath, digest);
        const tag = fileTag(stored);
        await this.store.setVersionTag(mv.name, mv.version, tag.key, tag.value);
        return stored;
    }
    async attachEvidence(ref, evidence, reports = {}) {
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'modelgate-mlflow-'));
        try {
            const mv = await this.need(ref);
            const files = [
                [`${evidence.gate}.evidence.json`, `${JSON.stringify(evidence, null, 2)}\n`],
                [`${evidence.gate}.md`, reports.markdown],
                [`${evidence.gate}.html`, reports.html],
            ].filter((f) => f[1] !== undefined);
            await Promise.all(files.map(([name, text]) => (0,promises_.writeFile)((0,external_node_path_.join)(dir, name), text)));
            const [stored] = await Promise.all(files.map(([name]) => this.attachTo(mv, name, (0,external_node_path_.join)(dir, name))));
            const runUrl = evidenceRunUrl(evidence);
            const tags = {
                [gateTag(evidence.gate, 'status')]: evidence.status,
                [gateTag(evidence.gate, 'evidence_digest')]: `sha256:${evidence.digest.value}`,
                ...(runUrl ? { [gateTag(evidence.gate, 'run_url')]: runUrl } : {}),
            };
            if (evidence.subject.data.length > 0)
                tags[TAG.dataset] = mergeDatasetTag(tagMap(mv.tags).get(TAG.dataset), evidence);
            await this.store.setVersionTags(mv.name, mv.version, tags);
            return stored;
        }
        finally {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        }
    }
    async readEvidence(ref, gate) {
        return this.evidenceOf(await this.find(ref), ref, gate);
    }
    async evidenceOf(mv, ref, gate) {
        if (!mv || !tagMap(mv.tags).has(`${TAG.filePrefix}${gate}.evidence.json`))
            return undefined;
        const root = await this.artifactRoot(mv);
        const bytes = await this.client.readArtifact(`${root}/${gate}.evidence.json`);
        try {
            return JSON.parse(bytes.toString('utf8'));
        }
        catch {
            throw new errors/* InputError */.dz({
                message: `The ${gate} evidence of ${ref.model} ${ref.version} in MLflow is not JSON`,
                file: `${gate}.evidence.json`,
            });
        }
    }
    async download(ref, name, toPath) {
        checkFileName(name);
        const mv = await this.need(ref);
        const held = tagMap(mv.tags).get(`${TAG.filePrefix}${name}`);
        if (!held)
            throw new errors/* InputError */.dz({
                message: `${ref.model} ${ref.version} holds no file ${name} in MLflow`,
                expected: name,
                found: toModelVersion(mv, { champion: false, url: '' })
                    .files.map((f) => f.name)
                    .join(', ') || 'no modelgate files',
            });
        const expected = JSON.parse(held);
        const got = await this.client.getArtifact(`${await this.artifactRoot(mv)}/${name}`, toPath);
        if (got.sha256 !== expected.sha256)
            throw new errors/* InputError */.dz({
                message: `${name} of ${ref.model} ${ref.version} changed in MLflow's artifact store since modelgate stored it`,
                expected: `sha256 ${expected.sha256}`,
                found: `sha256 ${got.sha256}`,
            });
        return { name, ...got };
    }
    async version(ref) {
        const mv = await this.find(ref);
        return mv ? this.view(mv, await this.championNumber(ref.model)) : undefined;
    }
    async versions(model) {
        const rm = await this.store.registeredModel(model);
        if (!rm)
            return [];
        const champion = championOf(rm, this.alias);
        return (await this.store.modelVersions(model)).map((mv) => this.view(mv, champion));
    }
    async promote(ref, actor, reason) {
        const [mv, previous] = await Promise.all([this.need(ref), this.championVersion(ref.model)]);
        (0,lifecycle/* assertPromotable */.OP)(this.view(mv, previous?.version), await this.evidenceOf(mv, ref, 'G5'), this.where(ref.model));
        await this.store.setVersionTags(mv.name, mv.version, {
            ...(tagMap(mv.tags).has(TAG.promotedAt)
                ? {}
                : { [TAG.promotedAt]: this.now().toISOString() }),
            [TAG.lifecycle]: 'production',
            [TAG.env]: 'production',
        });
        await this.store.setAlias(mv.name, this.alias, mv.version);
        await Promise.all([
            previous && previous.version !== mv.version
                ? this.store.setVersionTags(previous.name, previous.version, {
                    [TAG.lifecycle]: lifecycle/* REPLACED_STATE */.BD,
                    [TAG.env]: this.settings.envTag ?? 'staging',
                })
                : undefined,
            this.record(ref.model, {
                kind: 'promote',
                version: ref.version,
                ...(previous && previous.version !== mv.version
                    ? { previousVersion: refOf(previous) }
                    : {}),
                actor,
                ...(reason ? { reason } : {}),
            }),
        ]);
    }
    async rollback(ref, actor, reason) {
        const mv = await this.need(ref);
        assertReleasedByModelgate(mv, ref.model);
        const previous = await this.championVersion(ref.model);
        (0,lifecycle/* assertRollbackTarget */.ou)(this.view(mv, previous?.version), previous ? refOf(previous) : undefined, await this.history(ref.model), this.where(ref.model));
        await this.store.setVersionTags(mv.name, mv.version, {
            [TAG.lifecycle]: 'production',
            [TAG.env]: 'production',
        });
        await this.store.setAlias(mv.name, this.alias, mv.version);
        if (previous)
            await this.store.setVersionTags(previous.name, previous.version, {
                [TAG.lifecycle]: 'rolled-back',
                [TAG.env]: this.settings.envTag ?? 'staging',
            });
        await this.record(ref.model, {
            kind: 'rollback',
            version: ref.version,
            ...(previous ? { previousVersion: refOf(previous) } : {}),
            actor,
            reason,
        });
    }
    async setState(ref, state, actor, reason) {
        const mv = await this.need(ref);
        (0,lifecycle/* assertStateChange */.ML)(this.view(mv, await this.championNumber(ref.model)), state, this.where(ref.model));
        await this.store.setVersionTag(mv.name, mv.version, TAG.lifecycle, state);
        await this.record(ref.model, {
            kind: 'state',
            version: ref.version,
            state,
            actor,
            ...(reason ? { reason } : {}),
        });
    }
    async setFrozen(ref, frozen, actor, reason) {
        const mv = await this.need(ref);
        const at = this.now().toISOString();
        await this.store.setVersionTags(mv.name, mv.version, {
            [TAG.frozen]: String(frozen),
            [TAG.frozenAt]: at,
            [TAG.frozenReason]: reason,
            [TAG.frozenRunUrl]: actor.runUrl ?? '',
        });
        await this.record(ref.model, {
            kind: frozen ? 'freeze' : 'unfreeze',
            version: ref.version,
            actor,
            reason,
        });
    }
    async production(model) {
        const mv = await this.championVersion(model);
        return mv ? this.view(mv, mv.version) : undefined;
    }
    async history(model) {
        return historyFromTags((await this.store.registeredModel(model))?.tags);
    }
    /** The MLflow version holding a modelgate version: by its tag, or by MLflow's number for one modelgate did not register. */
    async find(ref) {
        const all = await this.store.modelVersions(ref.model);
        return (all.find((v) => tagMap(v.tags).get(TAG.version) === ref.version) ??
            all.find((v) => v.version === ref.version && !tagMap(v.tags).has(TAG.version)));
    }
    async need(ref) {
        const mv = await this.find(ref);
        if (!mv)
            throw new errors/* InputError */.dz({
                message: `MLflow at ${this.client.uri} has no version ${ref.version} of ${ref.model}`,
                expected: 'a version registered by modelgate (tag modelgate.version)',
                found: 'none',
            });
        return mv;
    }
    /** Where a refusal happened, for its message: the server and the registered model. */
    where(model) {
        return `MLflow ${this.client.uri} registered model ${model}`;
    }
    async championNumber(model) {
        const rm = await this.store.registeredModel(model);
        return rm ? championOf(rm, this.alias) : undefined;
    }
    async championVersion(model) {
        const number = await this.championNumber(model);
        return number ? this.store.modelVersion(model, number) : undefined;
    }
    view(mv, champion) {
        const url = `${this.client.uri}/#/models/${encodeURIComponent(mv.name)}/versions/${mv.version}`;
        return toModelVersion(mv, { champion: champion === mv.version, url });
    }
    async artifactRoot(mv) {
        if (!mv.run_id)
            throw new errors/* InputError */.dz({
                message: `MLflow model version ${mv.version} of ${mv.name} has no run to hold files`,
                expected: 'a version registered by modelgate',
                found: `source ${mv.source ?? '(none)'}`,
            });
        let root = this.roots.get(mv.run_id);
        if (root === undefined) {
            root = proxiedArtifactRoot(await this.store.runArtifactUri(mv.run_id), this.client.uri);
            this.roots.set(mv.run_id, root);
        }
        return root;
    }
    /** Uploads a file; `digest` when the caller already hashed it (a large model is read once). */
    async upload(root, name, path, digest) {
        const d = digest ?? (await (0,file_digest/* digestFile */.TM)(path));
        await this.client.putArtifact(`${root}/${name}`, path);
        return { name, ...d };
    }
    async record(model, event) {
        const full = { ...event, at: this.now().toISOString() };
        const tag = historyTag(full, this.seq++, (0,external_node_crypto_.randomBytes)(3).toString('hex'));
        await this.store.setModelTag(model, tag.key, tag.value);
    }
}

;// CONCATENATED MODULE: ./build/src/registry/mlflow/index.js





/**
 * Opens the MLflow backend of the registry with MLflow's standard variables:
 * MLFLOW_TRACKING_URI, and MLFLOW_TRACKING_TOKEN (Bearer) or
 * MLFLOW_TRACKING_USERNAME with MLFLOW_TRACKING_PASSWORD (Basic). Nothing is
 * contacted until the first call.
 */
function openMlflowRegistry(options = {}) {
    const env = options.env ?? process.env;
    const trackingUri = options.trackingUri || env.MLFLOW_TRACKING_URI;
    if (!trackingUri)
        throw new errors/* InputError */.dz({
            message: 'The MLflow registry needs the tracking server',
            expected: 'MLFLOW_TRACKING_URI (or the tracking-uri input), e.g. http://127.0.0.1:5000',
            found: 'neither',
        });
    const username = env.MLFLOW_TRACKING_USERNAME || undefined;
    const password = env.MLFLOW_TRACKING_PASSWORD || undefined;
    if ((username === undefined) !== (password === undefined))
        throw new errors/* InputError */.dz({
            message: 'MLflow basic authentication needs both variables',
            expected: 'MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD',
            found: username === undefined ? 'only MLFLOW_TRACKING_PASSWORD' : 'only MLFLOW_TRACKING_USERNAME',
        });
    const client = new MlflowClient({
        trackingUri,
        ...(options.token || env.MLFLOW_TRACKING_TOKEN
            ? { token: options.token || env.MLFLOW_TRACKING_TOKEN }
            : {}),
        ...(username !== undefined ? { username, password: password } : {}),
        ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    });
    const { now, ...settings } = options;
    return new MlflowRegistry(client, { ...settings, ...(now ? { now } : {}) });
}


/***/ })

};
