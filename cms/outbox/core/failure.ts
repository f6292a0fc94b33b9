/**
 * How a delivery failed, as every channel reports it to the outbox worker. `kind`: temporary (try
 * again later) or permanent (this message will never go). `scope` says whose fault it is: `server`
 * when the channel's gateway could not be reached, did not answer or said it is going away (no
 * message could go, so none is charged an attempt and the outbox waits for it, see
 * gatewayHealth.ts); `recipient` when the gateway answered about this one message.
 */
export type Failure = {
  kind: 'temporary' | 'permanent'
  code: number | null
  message: string
  scope: 'server' | 'recipient'
}

/** Node's and the mail library's codes for a peer that could not be reached or stopped talking. */
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

/** The first line of an error's message, short enough for a row and a log line. */
export const failureMessage = (error: unknown): string => {
  const e = (error ?? {}) as { message?: unknown }
  return String(e.message ?? error)
    .split('\n')[0]!
    .slice(0, 500)
}

/**
 * A thrown error that no channel classed: the gateway's trouble, temporary (a network code says so,
 * and for anything unknown retrying is safer than dropping an emergency message).
 */
export const classifyThrown = (error: unknown): Failure => ({
  kind: 'temporary',
  code: null,
  message: failureMessage(error),
  scope: 'server',
})

/**
 * Whether an error carries a network code (the peer unreachable or silent), not a protocol answer.
 */
export const isNetworkError = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && TEMPORARY_NETWORK.has(code)
}

/**
 * A channel's delivery step says how it failed by throwing this, already classed; the worker then
 * retries it later, gives it up, or (the whole gateway down) leaves the batch queued until a probe
 * gets through.
 */
export class DeliveryFailure extends Error {
  readonly failure: Failure
  constructor(failure: Failure) {
    super(failure.message)
    this.name = 'DeliveryFailure'
    this.failure = failure
  }
}

/** A channel's classifier for what it throws: its own DeliveryFailure, else `fallback`. */
export const classifiedBy =
  (fallback: (error: unknown) => Failure) =>
  (error: unknown): Failure =>
    error instanceof DeliveryFailure ? error.failure : fallback(error)

/**
 * Waits between attempts: 30 s, 2 min, 10 min, 30 min, 1 h, then every 2 h, up to 10 attempts
 * (about 12 hours).
 */
const RETRY_DELAYS_MS = [
  30_000, 120_000, 600_000, 1_800_000, 3_600_000, 7_200_000, 7_200_000, 7_200_000, 7_200_000,
]
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1

/**
 * When to try again after `attempts` failed tries, or null to give up. `scale` shortens waits in
 * tests.
 */
export const nextAttemptAt = (attempts: number, now: number, scale = 1): number | null =>
  attempts >= MAX_ATTEMPTS
    ? null
    : now + RETRY_DELAYS_MS[Math.min(attempts, RETRY_DELAYS_MS.length) - 1]! * scale
