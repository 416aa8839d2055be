import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Finds the line of an RFC 6901 JSON pointer in a JSON text, so findings
 * that carry a pointer (G2 on ssot/security.json, SSOT schema problems) can
 * be annotated at the right line. An object member is found at the line of
 * its key, an array element at the line where it starts. A pointer that
 * goes further than the document resolves to its deepest existing parent.
 * Returns undefined when the text is not JSON or the pointer is malformed.
 */
export function jsonPointerLine(text: string, pointer: string): number | undefined {
  if (pointer !== '' && !pointer.startsWith('/')) return undefined
  const segments =
    pointer === ''
      ? []
      : pointer
          .slice(1)
          .split('/')
          .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0
  try {
    JSON.parse(text.slice(bom))
    const s = new Scanner(text)
    s.pos = bom
    s.space()
    let anchor = s.pos
    for (const segment of segments) {
      const found = s.descend(segment)
      if (found === undefined) break
      anchor = found
    }
    let line = 1
    for (let i = 0; i < anchor; i++) if (text.charCodeAt(i) === 10) line++
    return line
  } catch {
    return undefined
  }
}

class Scanner {
  pos = 0
  constructor(private readonly text: string) {}

  space(): void {
    while (this.pos < this.text.length && ' \t\r\n'.includes(this.text[this.pos]!)) this.pos++
  }

  expect(c: string): void {
    this.space()
    if (this.text[this.pos] !== c) throw new Error(`expected ${c} at ${this.pos}`)
    this.pos++
  }

  /** Reads a string literal at the cursor and returns its value. */
  string(): string {
    this.space()
    const start = this.pos
    if (this.text[this.pos] !== '"') throw new Error(`expected a string at ${this.pos}`)
    this.pos++
    while (this.pos < this.text.length && this.text[this.pos] !== '"')
      this.pos += this.text[this.pos] === '\\' ? 2 : 1
    this.pos++
    return JSON.parse(this.text.slice(start, this.pos)) as string
  }

  /** Skips the value at the cursor. */
  skip(): void {
    this.space()
    const c = this.text[this.pos]
    if (c === '"') {
      this.string()
    } else if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']'
      this.pos++
      this.space()
      if (this.text[this.pos] === close) {
        this.pos++
        return
      }
      for (;;) {
        if (c === '{') {
          this.string()
          this.expect(':')
        }
        this.skip()
        this.space()
        const next = this.text[this.pos++]
        if (next === close) return
        if (next !== ',') throw new Error(`expected , or ${close} at ${this.pos - 1}`)
      }
    } else {
      const m = /^(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
        this.text.slice(this.pos, this.pos + 400),
      )
      if (!m) throw new Error(`unexpected ${c} at ${this.pos}`)
      this.pos += m[0].length
    }
  }

  /**
   * With the cursor on an object or array, moves it onto the member or
   * element named by `segment` and returns the offset to report for it (the
   * key of a member, the start of an element); undefined when there is none.
   */
  descend(segment: string): number | undefined {
    this.space()
    const c = this.text[this.pos]
    if (c !== '{' && c !== '[') return undefined
    const index = c === '[' ? (/^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : -1) : 0
    if (index < 0) return undefined
    this.pos++
    this.space()
    if (this.text[this.pos] === (c === '{' ? '}' : ']')) return undefined
    for (let i = 0; ; i++) {
      this.space()
      const at = this.pos
      if (c === '{') {
        const key = this.string()
        this.expect(':')
        this.space()
        if (key === segment) return at
      } else if (i === index) {
        return at
      }
      this.skip()
      this.space()
      const next = this.text[this.pos++]
      if (next !== ',') return undefined
    }
  }
}

/**
 * A locator for JSON files of the checkout: the line of `pointer` in the
 * workspace file `path`, each file read once; undefined for other files, or
 * when the file or the pointer cannot be found.
 */
export function workspaceJsonLocator(
  workspace: string,
): (path: string, pointer: string) => number | undefined {
  const texts = new Map<string, string | undefined>()
  return (path, pointer) => {
    if (!/\.json$/i.test(path)) return undefined
    if (!texts.has(path)) {
      let text: string | undefined
      try {
        text = readFileSync(join(workspace, path), 'utf8')
      } catch {
        text = undefined
      }
      texts.set(path, text)
    }
    const text = texts.get(path)
    return text === undefined ? undefined : jsonPointerLine(text, pointer)
  }
}
