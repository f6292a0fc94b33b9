import { type Failure, failureMessage, isNetworkError } from '../../outbox/core/failure'

/**
 * What an SMTP failure means for the outbox (RFC 5321 section 4.2.1): a 5xx is the receiving server
 * refusing this message for good; a 4xx is worth another try; 421 is the server closing (its
 * trouble, not the message's); no answer at all is read as any channel's network failure.
 */
export const classifySmtpFailure = (error: unknown): Failure => {
  const responseCode = (error as { responseCode?: unknown } | null)?.responseCode
  const code = typeof responseCode === 'number' ? responseCode : null
  const message = failureMessage(error)
  if (code === 421) return { kind: 'temporary', code, message, scope: 'server' }
  if (code !== null && code >= 500 && code < 600)
    return { kind: 'permanent', code, message, scope: 'recipient' }
  if (code !== null && code >= 400) return { kind: 'temporary', code, message, scope: 'recipient' }
  return { kind: 'temporary', code: isNetworkError(error) ? null : code, message, scope: 'server' }
}

/**
 * Permanent failures an address may have before we stop writing to it (mailbox gone, domain dead).
 */
export const BOUNCE_THRESHOLD = 3
