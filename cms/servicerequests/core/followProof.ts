import { createHmac, randomInt } from 'node:crypto'

import { sameSecret } from '../../core/replySecret'

/**
 * Following a request needs proof that the contact is the follower's own: a link mailed to an
 * email address, a code texted to a phone (a browser's push subscription is its own proof, since
 * only that browser holds it). Until then nothing is sent to the contact but the one message that
 * asks for the proof.
 */

/** A texted code is good this long, */
export const CODE_TTL_MS = 15 * 60 * 1000
/** and for this many tries: then a new one must be asked for. */
export const MAX_CODE_ATTEMPTS = 5

/** Six digits, leading zeros kept. */
export const newCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0')

/** What is stored: the code bound to the follower it was sent for, under the server's secret. */
export const codeHash = (code: string, followerId: number | string, secret: string) =>
  createHmac('sha256', secret).update(`311-follow:${followerId}:${code}`).digest('base64url')

export type StoredCode = {
  codeHash?: string | null
  codeExpiresAt?: string | null
  codeAttempts?: number | null
}

export type CodeCheck =
  { ok: true } | { ok: false; reason: 'none' | 'expired' | 'spent' | 'wrong'; attemptsLeft: number }

/** Checks a typed code against what was stored (the caller counts the attempt either way). */
export const checkCode = (
  typed: unknown,
  stored: StoredCode,
  followerId: number | string,
  secret: string,
  now = new Date(),
): CodeCheck => {
  const attempts = stored.codeAttempts ?? 0
  const left = Math.max(0, MAX_CODE_ATTEMPTS - attempts - 1)
  if (!stored.codeHash || !stored.codeExpiresAt)
    return { ok: false, reason: 'none', attemptsLeft: 0 }
  if (attempts >= MAX_CODE_ATTEMPTS) return { ok: false, reason: 'spent', attemptsLeft: 0 }
  if (new Date(stored.codeExpiresAt).getTime() <= now.getTime())
    return { ok: false, reason: 'expired', attemptsLeft: 0 }
  const digits = typeof typed === 'string' ? typed.replace(/\s+/g, '') : ''
  if (!/^\d{6}$/.test(digits) || !sameSecret(codeHash(digits, followerId, secret), stored.codeHash))
    return { ok: false, reason: 'wrong', attemptsLeft: left }
  return { ok: true }
}
