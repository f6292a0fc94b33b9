import { createHash } from 'node:crypto'

/**
 * An app's `Idempotency-Key` header: the same report posted again with the same key (after a
 * dropped connection, a timeout, a crash of either side) gets the first answer back instead of
 * becoming a second request. Keys are the app's to choose (a UUID is best), kept a day per API key.
 */

/** How long a key's first answer is kept: an app retries in minutes, a queued phone in hours. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000

export type IdempotencyKey = { ok: true; key: string | null } | { ok: false; message: string }

const VISIBLE_ASCII = /^[\x21-\x7e]{1,255}$/

/** The header as sent: none, a key (bare or as a quoted string), or a clear refusal. */
export const readIdempotencyKey = (header: string | null): IdempotencyKey => {
  if (header === null) return { ok: true, key: null }
  const trimmed = header.trim()
  // The IETF draft writes the key as a structured-field string ("…"); many clients send it bare.
  const value = /^"[^"\\]*"$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed
  if (!VISIBLE_ASCII.test(value))
    return {
      ok: false,
      message:
        'The Idempotency-Key header must be 1 to 255 visible ASCII characters (a UUID is best).',
    }
  return { ok: true, key: value }
}

/** The receipt's key: per API client (two apps may pick the same key), hashed to a fixed length. */
export const receiptKeyFor = (clientId: number | string, key: string) =>
  `open311:${clientId}:${createHash('sha256').update(key).digest('base64url')}`
