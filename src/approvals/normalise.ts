import { normaliseLogin } from './config.js'
import type { Approval, Author } from './types.js'

const DECISIVE = new Set<Approval['state']>([
  'approved',
  'rejected',
  'changes_requested',
  'dismissed',
])

/**
 * One decision per person: their latest decisive one (as GitHub counts
 * reviews: a later comment does not undo an approval, a later "changes
 * requested" or a dismissal does). For environment approvals of one run, a
 * rejection by a person outweighs their approval of another environment.
 * A person who only commented keeps their latest comment (reported, never
 * counted).
 */
export function latestPerPerson(approvals: readonly Approval[]): Approval[] {
  const byLogin = new Map<string, Approval>()
  const time = (a: Approval) => (a.at ? Date.parse(a.at) : Number.NaN)
  for (const a of approvals) {
    const key = normaliseLogin(a.login)
    const seen = byLogin.get(key)
    if (!seen) {
      byLogin.set(key, a)
      continue
    }
    const decisive = DECISIVE.has(a.state)
    const seenDecisive = DECISIVE.has(seen.state)
    if (decisive !== seenDecisive) {
      if (decisive) byLogin.set(key, a)
      continue
    }
    if (a.source === 'environment' && seen.state === 'rejected') continue
    if (a.source === 'environment' && a.state === 'rejected') {
      byLogin.set(key, a)
      continue
    }
    const [ta, ts] = [time(a), time(seen)]
    // Later wins; without times, the later entry in the source's own order.
    if (Number.isNaN(ta) || Number.isNaN(ts) || ta >= ts) byLogin.set(key, a)
  }
  return [...byLogin.values()]
}

/** The login a GitHub no-reply address stands for (`123+login@users.noreply.github.com`). */
export function noreplyLogin(email: string | undefined): string | undefined {
  const m = /^(?:\d+\+)?([A-Za-z0-9-]+)@users\.noreply\.github\.com$/i.exec(email ?? '')
  return m ? m[1] : undefined
}

/** The authorships that make `approval`'s person an author, with what matched. */
export function authorMatches(approval: Approval, authors: readonly Author[]): string[] {
  const login = normaliseLogin(approval.login)
  const email = approval.email?.toLowerCase()
  const out: string[] = []
  for (const a of authors) {
    const how =
      a.login && normaliseLogin(a.login) === login
        ? `login ${a.login}`
        : email && a.email && a.email.toLowerCase() === email
          ? `e-mail ${a.email}`
          : noreplyLogin(a.email)?.toLowerCase() === login
            ? `no-reply e-mail ${a.email}`
            : a.name && a.name.toLowerCase() === login
              ? `author name ${a.name}`
              : undefined
    const entry = `${a.because} (same ${how})`
    if (how && !out.includes(entry)) out.push(entry)
  }
  return out
}

/** Short commit for messages. */
export const short = (sha: string | undefined) => (sha ? sha.slice(0, 7) : 'unknown')
