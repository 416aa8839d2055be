/** What the CLI reads and writes, injected so that tests capture it. */
export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
  env: NodeJS.ProcessEnv
  /** True when stdout is a terminal: the text report is coloured unless NO_COLOR is set. */
  stdoutIsTTY?: boolean
}

/** Colour for the text report: only on a terminal, and never when NO_COLOR is set to anything (no-color.org). */
export function wantsColor(io: CliIo): boolean {
  return io.stdoutIsTTY === true && !io.env.NO_COLOR
}
