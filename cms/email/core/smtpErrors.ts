/**
 * What to do when a send fails. SMTP 4xx and network errors are temporary: try again later. 5xx means
 * the receiving server refused this message for good (RFC 5321 section 4.2.1). Unknown errors are
 * treated as temporary: retrying is safer than dropping an emergency message.
 */
export type Failure = {
  kind: 'temporary' | 'permanent'
  code: number | null
  message: string
  scope: 'server' | 'recipient'
}

const TEMPORARY_NETWORK = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ESOCKET',
  'ECONNECTION',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'EDNS',
  'EPROTOCOL',
  'EAUTH',
])

/**
 * `scope` says whose fault it is: `server` when the mail server could not be reached, did not speak,
 * dropped the connection or said it is shutting down (421): no message could go, so none is charged an
 * attempt and the outbox waits for the server (mailHealth.ts). `recipient` when the server answered
 * about this message (a 4xx or 5xx at RCPT or DATA).
 */
export const classifyFailure = (error: unknown): Failure => {
  const e = (error ?? {}) as { responseCode?: unknown; code?: unknown; message?: unknown }
  const message = String(e.message ?? error)
    .split('\n')[0]!
    .slice(0, 500)
  const code = typeof e.responseCode === 'number' ? e.responseCode : null
  if (code === 421) return { kind: 'temporary', code, message, scope: 'server' }
  if (code !== null && code >= 500 && code < 600)
    return { kind: 'permanent', code, message, scope: 'recipient' }
  if (code !== null && code >= 400) return { kind: 'temporary', code, message, scope: 'recipient' }
  if (typeof e.code === 'string' && TEMPORARY_NETWORK.has(e.code))
    return { kind: 'temporary', code: null, message, scope: 'server' }
  return { kind: 'temporary', code, message, scope: 'server' }
}

/** Waits between attempts: 30 s, 2 min, 10 min, 30 min, 1 h, then every 2 h, up to 10 attempts (about 12 hours). */
const RETRY_DELAYS_MS = [
  30_000, 120_000, 600_000, 1_800_000, 3_600_000, 7_200_000, 7_200_000, 7_200_000, 7_200_000,
]
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1

/** When to try again after `attempts` failed tries, or null to give up. `scale` shortens waits in tests. */
export const nextAttemptAt = (attempts: number, now: number, scale = 1): number | null =>
  attempts >= MAX_ATTEMPTS
    ? null
    : now + RETRY_DELAYS_MS[Math.min(attempts, RETRY_DELAYS_MS.length) - 1]! * scale

/** Permanent failures an address may have before we stop writing to it (mailbox gone, domain dead). */
export const BOUNCE_THRESHOLD = 3
