import { describe, expect, it } from 'vitest'
import { annotationsFor, checkRunTitle } from '../../src/publish/github/check-run.js'
import { codePointPrefix, cutMarkdown, truncate, truncateBytes } from '../../src/report/escape.js'
import { makeEvidence } from '../support/evidence-fixture.js'
import { seededRandom } from '../support/random.js'

const EMOJI = '😀' // one code point, two UTF-16 units, four UTF-8 bytes
const bytes = (t: string) => Buffer.byteLength(t, 'utf8')
/** No lone surrogate (String.prototype.isWellFormed, which this TypeScript lib does not declare). */
const wellFormed = (t: string) =>
  !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(t)

describe('truncation never splits a code point', () => {
  it('truncate: an emoji at the cut is dropped whole (it used to leave its high surrogate)', () => {
    const t = truncate(`${'a'.repeat(253)}${EMOJI}tail`, 255)
    expect(wellFormed(t)).toBe(true)
    expect(t).toBe(`${'a'.repeat(253)}…`)
    expect(truncate(`${'a'.repeat(252)}${EMOJI}tail`, 255)).toBe(`${'a'.repeat(252)}${EMOJI}…`)
    expect(truncate('short', 255)).toBe('short')
  })

  it('the check-run title and annotation titles and messages stay well-formed at their limits', () => {
    const summary = `${'b'.repeat(990)}${EMOJI.repeat(20)}`
    const title = checkRunTitle(makeEvidence({ summary }))
    expect(title.length).toBeLessThanOrEqual(1000)
    expect(wellFormed(title)).toBe(true)
    const variable = `${'v'.repeat(226)}${EMOJI}${EMOJI}`
    const [a] = annotationsFor(
      makeEvidence({
        checks: [
          {
            id: 'G1.kpi.2',
            rule: 'mae',
            variable,
            value: 1,
            status: 'fail',
            severity: 'block',
            message: `${'m'.repeat(3998)}${EMOJI}`,
            source: { file: 'ssot/kpi_acceptance.csv', line: 2 },
          },
        ],
      }),
      () => true,
    )
    expect(a!.title.length).toBeLessThanOrEqual(255)
    expect(wellFormed(a!.title)).toBe(true)
    expect(a!.message.length).toBeLessThanOrEqual(4000)
    expect(wellFormed(a!.message)).toBe(true)
  })

  it('truncateBytes and cutMarkdown: within both limits, well-formed, and as long as they can be', () => {
    const random = seededRandom(3)
    const alphabet = ['a', 'é', '€', EMOJI, '|', '&amp;', '<b>', ' ']
    for (let k = 0; k < 300; k++) {
      const text = Array.from(
        { length: 40 + Math.floor(random() * 80) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join('')
      const maxBytes = 10 + Math.floor(random() * 200)
      const t = truncateBytes(text, maxBytes)
      expect(bytes(t)).toBeLessThanOrEqual(maxBytes)
      expect(wellFormed(t)).toBe(true)
      if (t !== text)
        expect(bytes(t.slice(0, -1) + [...text.slice(t.length - 1)][0]!) + 3).toBeGreaterThan(
          maxBytes,
        )
      const limit = 12 + Math.floor(random() * 100)
      const c = cutMarkdown(text, limit, '\n…', maxBytes + 10)
      expect(c.length).toBeLessThanOrEqual(limit)
      expect(bytes(c)).toBeLessThanOrEqual(maxBytes + 10)
      expect(wellFormed(c)).toBe(true)
      if (c !== text) {
        expect(c.endsWith('\n…')).toBe(true)
        // No half tag or half character reference before the tail.
        expect(c.slice(0, -2)).not.toMatch(/<[^>]*$|&[#A-Za-z0-9]*$/)
      }
    }
  })

  it('codePointPrefix is the longest whole-code-point prefix within the units and bytes', () => {
    expect(codePointPrefix(`ab${EMOJI}c`, 3)).toBe('ab')
    expect(codePointPrefix(`ab${EMOJI}c`, 4)).toBe(`ab${EMOJI}`)
    expect(codePointPrefix(`ab${EMOJI}c`, 10, 5)).toBe('ab')
    expect(codePointPrefix(`ab${EMOJI}c`, 10, 6)).toBe(`ab${EMOJI}`)
    expect(codePointPrefix('€€€', 10, 7)).toBe('€€')
    expect(codePointPrefix('abc', 10)).toBe('abc')
  })
})
