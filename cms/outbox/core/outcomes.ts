import type { Outcome } from './types'

/** The columns an outcome other than "sent" changes; every store writes the same. */
export const rowChange = (outcome: Exclude<Outcome, { kind: 'sent' }>): Record<string, unknown> => {
  switch (outcome.kind) {
    case 'retry':
      return {
        status: 'queued',
        attempts: outcome.attempts,
        nextAttemptAt: outcome.nextAttemptAt.toISOString(),
        lastError: outcome.error,
      }
    case 'failed':
    case 'skipped':
      return { status: outcome.kind, attempts: outcome.attempts, lastError: outcome.error }
    case 'released':
      return { status: 'queued' }
  }
}
