/** Earlier name of the GitHub API stand-in; see github-api-standin.ts. */
export * from './github-api-standin.js'
