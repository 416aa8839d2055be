import { readFile } from 'node:fs/promises'
import { InputError } from '../contract/errors.js'
import { unreadableFile } from '../io/file-errors.js'

/** Reads and parses a JSON file; syntax errors name the line and column. */
export async function readJsonFile(absolute: string, display: string): Promise<unknown> {
  let text: string
  try {
    text = await readFile(absolute, 'utf8')
  } catch (error) {
    throw unreadableFile(error, display, 'a JSON file')
  }
  return parseJsonText(text, display)
}

export function parseJsonText(text: string, display: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  try {
    return JSON.parse(body)
  } catch (error) {
    const message = (error as Error).message
    const position = /position (\d+)/.exec(message)
    const offset = position ? Number(position[1]) : body.length
    const before = body.slice(0, offset)
    const line = before.split('\n').length
    const column = offset - before.lastIndexOf('\n')
    const found =
      body.trim() === ''
        ? 'an empty file'
        : JSON.stringify(body.slice(offset, offset + 20) || 'end of file')
    throw new InputError({
      file: display,
      line,
      message: `Not valid JSON (column ${column}: ${message.replace(/ in JSON at position.*$/, '').replace(/^.*?: /, '')})`,
      expected: 'valid JSON',
      found,
    })
  }
}
