import { logProgress, terminalProgress, type ProgressSink } from '../io/progress.js'

/** What the CLI reads and writes, injected so that tests capture it. */
export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
  env: NodeJS.ProcessEnv
  /** True when stdout is a terminal: the text report is coloured unless NO_COLOR is set. */
  stdoutIsTTY?: boolean
  /** True when stderr is a terminal: long reads show one progress line there, updated in place. */
  stderrIsTTY?: boolean
}

/** Colour for the text report: only on a terminal, and never when NO_COLOR is set to anything (no-color.org). */
export function wantsColor(io: CliIo): boolean {
  return io.stdoutIsTTY === true && !io.env.NO_COLOR
}

/** Where progress goes: a live line on a terminal's stderr, a line every 10% in Actions, else nowhere. */
export function progressSinkFor(io: CliIo): ProgressSink | undefined {
  if (io.stderrIsTTY) return terminalProgress({ write: io.stderr })
  if (io.env.GITHUB_ACTIONS === 'true') return logProgress({ write: io.stderr })
  return undefined
}
