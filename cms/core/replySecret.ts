import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The reply secret of a case or a 311 request: an HMAC of its reference under the server's secret,
 * so it needs no storage and nobody without the secret can make one. It rides in the Message-IDs
 * of the City's mail about it; a reply proves it answers that mail by quoting one of them
 * (In-Reply-To, References). A reference in a subject, or an id without the secret, proves nothing.
 */
export const replyToken = (reference: string, secret: string): string =>
  createHmac('sha256', secret).update(`reply:${reference}`).digest('hex').slice(0, 24)

/** Compares two secrets (tokens, keyed hashes) in constant time. */
export const sameSecret = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b))

/** `<C-2026-000123.ack.3f9c…@city.example>`: reference, part, secret, the City's domain. */
export const threadMessageId = (
  reference: string,
  part: string,
  domain: string,
  secret: string,
): string =>
  `<${reference}.${part.replace(/[^A-Za-z0-9-]/g, '')}.${replyToken(reference, secret)}@${domain}>`

/**
 * The first reference (matching `reference`, e.g. /C-\d{4}-\d{6,}/) among Message-IDs of ours
 * whose reply secret is right, or null.
 */
export const provenReferenceIn = (
  ids: readonly string[],
  domain: string,
  secret: string,
  reference: RegExp,
): string | null => {
  const shape = new RegExp(
    `^<?(${reference.source})\\.(?:[A-Za-z0-9-]*\\.)?([0-9a-f]{24})@([^>]+)>?$`,
  )
  for (const id of ids) {
    const match = shape.exec(id.trim())
    if (!match) continue
    const [ref, token, host] = [match[1]!, match.at(-2)!, match.at(-1)!]
    if (host.toLowerCase() !== domain.toLowerCase()) continue
    if (sameSecret(token, replyToken(ref, secret))) return ref
  }
  return null
}
