import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { DISPATCH } from '../../../src/gates/g2/model-scan/pickle-dispatch.js'
import { OP } from '../../../src/gates/g2/model-scan/pickle-opcodes.js'
import { PYTHON, pythonHas } from '../../support/python.js'

/** The opcode names and bytes as CPython's own pickletools lists them (protocols 0 to 5). */
function cpythonOpcodes(): Record<string, number> {
  const r = spawnSync(
    PYTHON,
    [
      '-c',
      "import json, pickletools; print(json.dumps({o.name: ord(o.code.encode('latin1')) for o in pickletools.opcodes}))",
    ],
    { encoding: 'utf8' },
  )
  expect(r.status, r.stderr).toBe(0)
  return JSON.parse(r.stdout) as Record<string, number>
}

describe('the pickle dispatch table', () => {
  it.skipIf(!pythonHas(['pickletools'], 'the pickle opcode table test'))(
    "names every opcode as CPython's pickletools does, with the same byte",
    () => {
      expect({ ...OP }).toEqual(cpythonOpcodes())
    },
  )

  it('has a handler for every opcode and for no other byte', () => {
    const opcodes = new Set<number>(Object.values(OP))
    const handled = DISPATCH.flatMap((h, byte) => (h ? [byte] : []))
    expect(handled).toEqual([...opcodes].sort((a, b) => a - b))
  })
})
