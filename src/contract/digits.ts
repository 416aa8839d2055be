/**
 * An integer with thousands separators (`1,000,000`), as
 * `toLocaleString('en-US')` writes it, without that call's first-use cost:
 * loading ICU's locale data takes about 10 ms, a visible share of a fast
 * gate's run. Numbers that are not safe integers go to toLocaleString.
 */
export function groupDigits(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString('en-US')
  const digits = String(Math.abs(n))
  let out = ''
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ','
    out += digits[i]
  }
  return n < 0 ? `-${out}` : out
}
