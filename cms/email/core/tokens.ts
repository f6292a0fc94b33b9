import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * A confirmation link is good for 7 days (the rule); after that the person subscribes
 * again.
 */
export const CONFIRM_TTL_MS = 7 * 24 * 60 * 60 * 1000

/**
 * 32 random bytes: unguessable. Only its hash is stored, so a database leak reveals no working
 * link.
 */
export const newConfirmToken = (): string => randomBytes(32).toString('base64url')

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex')

/**
 * The unsubscribe and manage token in every email: `{subscriberId}.{version}.{HMAC}`. Verifiable
 * without storing it; bumping the subscriber's token version invalidates every link already sent.
 */
const mac = (secret: string, id: string, version: number) =>
  createHmac('sha256', secret).update(`subscriber:${id}:${version}`).digest('base64url')

export const subscriberToken = (secret: string, id: number | string, version: number): string =>
  `${id}.${version}.${mac(secret, String(id), version)}`

export const readSubscriberToken = (
  secret: string,
  token: unknown,
): { id: string; version: number } | null => {
  if (typeof token !== 'string') return null
  const match = /^([A-Za-z0-9]{1,40})\.(\d{1,9})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!match) return null
  const [, id, versionText, given] = match
  const expected = Buffer.from(mac(secret, id!, Number(versionText)))
  const actual = Buffer.from(given!)
  return expected.length === actual.length && timingSafeEqual(expected, actual)
    ? { id: id!, version: Number(versionText) }
    : null
}
