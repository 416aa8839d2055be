import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bufferSource } from '../../src/io/byte-source.js'
import { findEndRecords, readZipDirectory, ZipFormatError } from '../../src/io/zip-reader.js'
import { PYTHON, pythonHas } from '../support/python.js'

/** G2's zip reader against Python's own zipfile, on crafted archives (zip_cases.py makes them and records what zipfile lists). */
const hasPython = pythonHas(['zipfile'], "the comparison with Python's zipfile")
const cases: { case: string; zip: string; names?: string[]; error?: string }[] = hasPython
  ? JSON.parse(
      execFileSync(PYTHON, [join(import.meta.dirname, 'zip_cases.py')], { encoding: 'utf8' }),
    )
  : []

describe.skipIf(!hasPython)('the zip reader lists what Python zipfile lists', () => {
  it('has the cases', () => expect(cases.length).toBeGreaterThan(10))

  it.each(cases.map((c) => [c.case, c] as const))('%s', (_, c) => {
    const source = bufferSource(Buffer.from(c.zip, 'base64'))
    const read = () => {
      const at = findEndRecords(source)?.zipfile
      if (at === undefined) throw new ZipFormatError('zipfile finds no end record')
      return readZipDirectory(source, at).entries.map((e) => e.name)
    }
    if (c.names) expect(read()).toEqual(c.names)
    else expect(read, c.error).toThrow(ZipFormatError)
  })

  it('names the other end records readers pick: the last one whose comment fits, when zipfile finds none', () => {
    const c = cases.find((x) => x.case === 'a signature too close to the end')!
    const records = findEndRecords(bufferSource(Buffer.from(c.zip, 'base64')))
    expect(records?.zipfile).toBeUndefined()
    expect(records?.others).toHaveLength(1)
  })
})
