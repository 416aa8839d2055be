import { describe, expect, it } from 'vitest'
import { jsonPointerLine } from '../../src/io/json-pointer-line.js'

const SECURITY = `{
  "$schema": "https://modelgate.dev/schemas/security.schema.json",
  "keys": [
    { "id": "release", "algorithm": "ecdsa-p256-sha256", "publicKeyPath": "keys/release.pub" }
  ],
  "releaseMaterial": [
    {
      "path": "models/temp_max.onnx",
      "signature": "models/temp_max.onnx.sig",
      "keyId": "release"
    },
    { "path": "MODEL_CARD.md", "signature": "MODEL_CARD.md.sig", "keyId": "release" },
    {"path": "a/b", "note": "a \\"quoted\\" [value] {with} brackets,", "keyId": "release"}
  ],
  "vulnerabilities": {
    "reports": [],
    "maxSeverity": "medium",
    "a/b": { "m~n": 1 },
    "allowlist": []
  }
}
`

describe('JSON pointer to line', () => {
  it('finds members at their key and elements where they start', () => {
    expect(jsonPointerLine(SECURITY, '')).toBe(1)
    expect(jsonPointerLine(SECURITY, '/keys')).toBe(3)
    expect(jsonPointerLine(SECURITY, '/keys/0/algorithm')).toBe(4)
    expect(jsonPointerLine(SECURITY, '/releaseMaterial')).toBe(6)
    expect(jsonPointerLine(SECURITY, '/releaseMaterial/0')).toBe(7)
    expect(jsonPointerLine(SECURITY, '/releaseMaterial/0/keyId')).toBe(10)
    expect(jsonPointerLine(SECURITY, '/releaseMaterial/1')).toBe(12)
    expect(jsonPointerLine(SECURITY, '/releaseMaterial/2/keyId')).toBe(13)
    expect(jsonPointerLine(SECURITY, '/vulnerabilities/maxSeverity')).toBe(17)
    expect(jsonPointerLine(SECURITY, '/vulnerabilities/allowlist')).toBe(19)
  })

  it('unescapes ~1 and ~0, and falls back to the deepest existing parent', () => {
    expect(jsonPointerLine(SECURITY, '/vulnerabilities/a~1b/m~0n')).toBe(18)
    expect(jsonPointerLine(SECURITY, '/releaseMaterial/7/keyId')).toBe(6)
    expect(jsonPointerLine(SECURITY, '/releaseMaterial/0/missing')).toBe(7)
    expect(jsonPointerLine(SECURITY, '/releaseMaterial/x')).toBe(6)
    expect(jsonPointerLine(SECURITY, '/keys/0/id/deeper')).toBe(4)
  })

  it('handles a byte order mark, CRLF and one-line documents, and refuses what is not JSON', () => {
    expect(jsonPointerLine('\ufeff{\r\n  "a": 1,\r\n  "b": [1, 2]\r\n}', '/b/1')).toBe(3)
    expect(jsonPointerLine('{"a":{"b":[true,null,{"c":-1.5e3}]}}', '/a/b/2/c')).toBe(1)
    expect(jsonPointerLine('{"a": tru', '/a')).toBeUndefined()
    expect(jsonPointerLine('{"a": 1}', 'a')).toBeUndefined()
  })
})
