export const id = 636;
export const ids = [636];
export const modules = {

/***/ 64636:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86856);



/**
 * Octokit with the maintained retry and throttling plugins: 5xx responses
 * are retried with backoff (3 times), and primary (429, or 403 with no
 * remaining quota) and secondary rate limits wait for the time GitHub asks
 * for, when that is short enough, before retrying.
 */
function createGitHubClient(token, options) {
    const limit = options.rateLimitRetries ?? 2;
    const maxWait = options.maxRateLimitWaitS ?? 120;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const again = retryCount < limit && retryAfter <= maxWait;
        options.log(`GitHub ${kind} rate limit on ${request.method} ${request.url}; ${again ? `retrying in ${retryAfter} s` : 'giving up'}`);
        return again;
    };
    const pacing = options.writeSpacingMs === undefined
        ? {}
        : { write: pacer(options.writeSpacingMs), notifications: pacer(options.writeSpacingMs) };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
        // 429 is a rate limit: the throttling plugin waits for the reset GitHub names instead of a blind backoff.
        retry: {
            retryAfterBaseValue: options.backoffMs ?? 1000,
            doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
        },
        throttle: {
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
            retryAfterBaseValue: options.rateLimitUnitMs ?? 1000,
            ...pacing,
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
}
/**
 * The part of a Bottleneck group the throttling plugin uses for write
 * spacing (`group.key(id).schedule(options, fn, ...args)`): runs jobs one at
 * a time, at least `spacingMs` apart. Used only when the spacing is chosen
 * explicitly; the plugin's own groups apply otherwise.
 */
function pacer(spacingMs) {
    let last = Promise.resolve();
    let lastAt = 0;
    const limiter = {
        schedule(_options, fn, ...args) {
            const run = last.then(async () => {
                const wait = lastAt + spacingMs - Date.now();
                if (wait > 0)
                    await new Promise((r) => setTimeout(r, wait));
                lastAt = Date.now();
                return fn(...args);
            });
            last = run.then(() => undefined, () => undefined);
            return run;
        },
    };
    // The plugin's option type is Bottleneck.Group; this object has the one method it calls.
    return { key: () => limiter };
}


/***/ })

};
