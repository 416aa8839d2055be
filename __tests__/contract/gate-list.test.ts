import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CHAIN_GATES, GATE_IDS } from '../../src/contract/types.js'
import { GATES } from '../../src/engine/catalogue.js'
import { CHAIN } from '../../src/report/format.js'

const ROOT = join(import.meta.dirname, '..', '..')
const json = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'))

/** The list of gates is written once (src/contract/types.ts); every other place must agree with it. */
describe('one list of gates', () => {
  it('the catalogue ssot/gates.json names every gate once, in the list order', () => {
    expect(GATES.map((g) => g.id)).toEqual([...GATE_IDS])
  })

  it("the catalogue's flow runs through the chain in order", () => {
    const flow = (json('ssot/gates.json').flow as string[]).filter((s) =>
      (GATE_IDS as readonly string[]).includes(s),
    )
    expect(flow).toEqual([...CHAIN_GATES])
  })

  it("the evidence and catalogue schemas' enums are the list", () => {
    expect(json('ssot/schemas/evidence.schema.json').properties.gate.enum).toEqual([...GATE_IDS])
    expect(
      json('ssot/schemas/gates.schema.json').properties.gates.items.properties.id.enum,
    ).toEqual([...GATE_IDS])
  })

  it("the report's chain is the release chain", () => {
    expect(CHAIN).toEqual([...CHAIN_GATES])
  })
})
