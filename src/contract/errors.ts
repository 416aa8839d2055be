import type { GateProblem } from './types.js'

/**
 * A problem with the user's input or configuration. The gate reports it as
 * status `error` with exit code 2; it is never shown as a stack trace.
 * Every instance names where (file, line or JSON pointer), what was expected
 * and what was found, whenever those are known.
 */
export class InputError extends Error {
  readonly problem: GateProblem

  constructor(problem: GateProblem) {
    super(formatProblem(problem))
    this.name = 'InputError'
    this.problem = problem
  }
}

/** Collects several problems (lazy validation, like pandera) and reports them together. */
export class InputErrors extends Error {
  readonly problems: GateProblem[]

  constructor(problems: GateProblem[]) {
    super(problems.map(formatProblem).join('\n'))
    this.name = 'InputErrors'
    this.problems = problems
  }
}

/** `file:line (pointer): message. Expected X, found Y.` */
export function formatProblem(p: GateProblem): string {
  let where = p.file ?? ''
  if (p.line !== undefined) where += `:${p.line}`
  if (p.pointer !== undefined && p.pointer !== '') where += `${where ? ' ' : ''}at ${p.pointer}`
  let text = where ? `${where}: ${p.message}` : p.message
  if (p.expected !== undefined) text += `. Expected ${p.expected}`
  if (p.found !== undefined) text += `${p.expected !== undefined ? ',' : '.'} found ${p.found}`
  return text
}

/** Turns anything thrown into problems; unknown errors keep their message but never their stack. */
export function toProblems(error: unknown): GateProblem[] {
  if (error instanceof InputError) return [error.problem]
  if (error instanceof InputErrors) return error.problems
  if (error instanceof Error) return [{ message: `Internal error: ${error.message}` }]
  return [{ message: `Internal error: ${String(error)}` }]
}
