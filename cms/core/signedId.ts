import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * A record's id signed for one purpose (a survey link, a "still fixed?" link): nobody can guess or
 * forge the link of another record, or use one purpose's link for another, and nothing is stored.
 */
const mac = (secret: string, purpose: string, id: string) =>
  createHmac('sha256', secret).update(`${purpose}:${id}`).digest('base64url')

export const signedId = (secret: string, purpose: string, id: number | string) =>
  `${id}.${mac(secret, purpose, String(id))}`

/** The id a signed token names, or null when it was not signed for this purpose. */
export const readSignedId = (secret: string, purpose: string, token: unknown): string | null => {
  if (typeof token !== 'string') return null
  const match = /^([A-Za-z0-9]{1,40})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!match) return null
  const expected = Buffer.from(mac(secret, purpose, match[1]!))
  const given = Buffer.from(match[2]!)
  return expected.length === given.length && timingSafeEqual(expected, given) ? match[1]! : null
}
