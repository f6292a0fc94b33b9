import { createHash } from 'node:crypto'

/**
 * An app's `Idempotency-Key`: the same report posted again with the same key (after a dropped
 * connection, a timeout, a crash of either side, a phone that queued it offline) gets the first
 * answer back instead of becoming a second request. Keys are the app's to choose (a UUID is best),
 * kept a day per API key (Open311) or in one public scope (the City's app, keyless apps).
 */

/** How long a key's first answer is kept: an app retries in minutes, a queued phone in hours. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000

export type IdempotencyKey = { ok: true; key: string | null } | { ok: false; message: string }

const VISIBLE_ASCII = /^[\x21-\x7e]{1,255}$/

/**
 * The key as sent (the header, or a form field where a browser on another origin avoids a
 * preflight): none, a key (bare or as a quoted string), or a clear refusal naming `name`.
 */
export const readIdempotencyKey = (
  header: unknown,
  name = 'The Idempotency-Key header',
): IdempotencyKey => {
  if (header === null || header === undefined) return { ok: true, key: null }
  if (typeof header !== 'string') return { ok: false, message: `${name} must be text.` }
  const trimmed = header.trim()
  // The IETF draft writes the key as a structured-field string ("…"); many clients send it bare.
  const value = /^"[^"\\]*"$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed
  if (!VISIBLE_ASCII.test(value))
    return {
      ok: false,
      message: `${name} must be 1 to 255 visible ASCII characters (a UUID is best).`,
    }
  return { ok: true, key: value }
}

/**
 * The receipt's key: per scope (two API clients may pick the same key; `open311:{client}` or
 * `public`), hashed to a fixed length.
 */
export const receiptKeyFor = (scope: string, key: string) =>
  `${scope}:${createHash('sha256').update(key).digest('base64url')}`
