import { InputError } from '../contract/errors.js'

/** The InputError for a file that cannot be opened or read: names the file, what was expected and what was found. */
export function unreadableFile(error: unknown, display: string, expected: string): InputError {
  const code = (error as NodeJS.ErrnoException).code
  return new InputError({
    file: display,
    message:
      code === 'ENOENT' ? 'File not found' : `Cannot read the file (${code ?? 'unknown error'})`,
    expected,
    found:
      code === 'ENOENT' ? 'no file at this path' : code === 'EISDIR' ? 'a directory' : String(code),
  })
}
