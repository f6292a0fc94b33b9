import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * A resident's own page: the one-time link and the session it opens. The link carries 256 random
 * bits (it cannot be guessed), is stored only as a hash, works once and for 30 minutes; opening it
 * starts a session of 12 hours in that browser (a cookie holding another random value, also stored
 * hashed). Forms on the page carry a token derived from the session (a page from elsewhere cannot
 * post them). Pure but for the randomness.
 */

export const LINK_MINUTES = 30
export const SESSION_HOURS = 12
export const SESSION_COOKIE = 'civic_my'

export const newSecret = () => randomBytes(32).toString('base64url')
export const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex')

/** Whether a text has the shape of one of our secrets (checked before any lookup). */
export const isSecretShape = (value: unknown): value is string =>
  typeof value === 'string' && /^[\w-]{43}$/.test(value)

export type LinkRow = { expiresAt: string; usedAt?: string | null }

/** A link opens a page only unused and within its 30 minutes. */
export const linkState = (
  row: LinkRow | null,
  now: Date,
): 'valid' | 'used' | 'expired' | 'unknown' =>
  !row
    ? 'unknown'
    : row.usedAt
      ? 'used'
      : new Date(row.expiresAt).getTime() <= now.getTime()
        ? 'expired'
        : 'valid'

export const sessionValid = (row: { sessionExpiresAt?: string | null } | null, now: Date) =>
  Boolean(row?.sessionExpiresAt && new Date(row.sessionExpiresAt).getTime() > now.getTime())

/** The forms' token: the session's own, so it is worthless to a page that does not hold it. */
export const formToken = (secret: string, session: string) =>
  createHmac('sha256', secret).update(`my-page:${session}`).digest('base64url')

export const formTokenValid = (secret: string, session: string, given: unknown) => {
  if (typeof given !== 'string') return false
  const expected = Buffer.from(formToken(secret, session))
  const actual = Buffer.from(given)
  return expected.length === actual.length && timingSafeEqual(expected, actual)
}

/** The session cookie: only for the page's own paths, never readable by scripts. */
export const sessionCookie = (value: string, secure: boolean, maxAgeSeconds: number) =>
  [
    `${SESSION_COOKIE}=${value}`,
    'Path=/api/my',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${maxAgeSeconds}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ')

/** The session value a request's cookies carry, if any. */
export const sessionFrom = (cookieHeader: string | null): string | null => {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=')
    if (name === SESSION_COOKIE) {
      const value = rest.join('=')
      return isSecretShape(value) ? value : null
    }
  }
  return null
}

/** A signed-in resident: their session, the address it opens and the page's language. */
export type MySession = {
  session: string
  email: string
  language: 'en' | 'fr'
  id: number | string
}
