/**
 * "Still not fixed": what a resident's word does to a closed request. Within 30 days of its
 * closing, the first time, the request itself opens again (the crew's work is judged on it); later,
 * or a second time, a new request is opened and linked to it, so a request is not kept open
 * forever by one address and the new problem gets its own clock. A request closed as a duplicate
 * is followed where it was merged.
 */

export const REOPEN_DAYS = 30
const DAY_MS = 86_400_000

export type ReopenDecision =
  | { kind: 'reopen' }
  | { kind: 'new-request'; why: 'too-late' | 'reopened-before' }
  /** Open already: a comment or "me too" is what it takes. */
  | { kind: 'open' }
  | { kind: 'merged'; into: number | string }

export type ClosedRequest = {
  status: 'open' | 'closed'
  closedAt?: string | Date | null
  reopenCount?: number | null
  closingReason?: string | null
  mergedInto?: number | string | null
}

export const reopenDecision = (request: ClosedRequest, now: Date): ReopenDecision => {
  if (request.status !== 'closed') return { kind: 'open' }
  if (request.closingReason === 'duplicate' && request.mergedInto != null)
    return { kind: 'merged', into: request.mergedInto }
  if ((request.reopenCount ?? 0) > 0) return { kind: 'new-request', why: 'reopened-before' }
  const closedAt = request.closedAt ? new Date(request.closedAt).getTime() : Number.NaN
  // A closed request without a date (an import) is treated as closed long ago.
  if (!Number.isFinite(closedAt) || now.getTime() - closedAt > REOPEN_DAYS * DAY_MS)
    return { kind: 'new-request', why: 'too-late' }
  return { kind: 'reopen' }
}

/** Until when the closing email's link reopens the request itself (after, it opens a new one). */
export const reopenUntil = (closedAt: string | Date) =>
  new Date(new Date(closedAt).getTime() + REOPEN_DAYS * DAY_MS)
