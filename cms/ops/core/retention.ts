/**
 * What the retention sweep removes, as rules over time: pure, so the cut-offs are tested without a
 * database. Each rule names its rows by indexed fields only, so a year of them is removed in small
 * batches without scanning a table.
 */

/** The periods (cms/settings/retention.ts reads them from the environment). */
export type RetentionPeriods = {
  deliveryDays: number
  rateLimitHours: number
  machineryDays: number
}

export type RetentionKind =
  | 'deliveries'
  | 'rateLimitHits'
  | 'intakeReceipts'
  | 'failedJobs'
  | 'buildRequests'
  | 'leases'
  | 'watches'

export type Condition =
  | { field: string; before: string }
  | { field: string; in: string[] }
  | { field: string; equals: boolean }
  /** The row has no value here. */
  | { field: string; missing: true }
  /** The row has no value here, or one not in `values`. */
  | { field: string; noneOrNotIn: (string | number)[] }

export type RetentionRule = { kind: RetentionKind; collection: string; where: Condition[] }

const HOUR = 3_600_000
const DAY = 24 * HOUR
const ago = (now: Date, ms: number) => new Date(now.getTime() - ms).toISOString()

/** A ward watch never confirmed: its link expires after 7 days (cms/email/core/tokens.ts). */
const UNCONFIRMED_WATCH_DAYS = 7

/** A delivery that ended: sent, failed for good, or skipped (the recipient stopped meanwhile). */
export const ENDED_DELIVERIES = ['sent', 'failed', 'skipped']

/**
 * The rules as of `now`. `unfinishedSends` are the sends still going: their rows stay whatever
 * their age, since a send's totals are counted from them until it is done.
 */
export const retentionRules = (
  settings: RetentionPeriods,
  now: Date,
  unfinishedSends: (string | number)[],
): RetentionRule[] => {
  const machinery = ago(now, settings.machineryDays * DAY)
  return [
    {
      kind: 'deliveries',
      collection: 'deliveries',
      where: [
        { field: 'status', in: ENDED_DELIVERIES },
        { field: 'updatedAt', before: ago(now, settings.deliveryDays * DAY) },
        { field: 'send', noneOrNotIn: unfinishedSends },
      ],
    },
    {
      kind: 'rateLimitHits',
      collection: 'rate-limit-hits',
      where: [{ field: 'at', before: ago(now, settings.rateLimitHours * HOUR) }],
    },
    {
      kind: 'intakeReceipts',
      collection: 'intake-receipts',
      where: [{ field: 'expiresAt', before: now.toISOString() }],
    },
    {
      kind: 'failedJobs',
      collection: 'payload-jobs',
      where: [
        { field: 'hasError', equals: true },
        { field: 'updatedAt', before: machinery },
      ],
    },
    {
      kind: 'buildRequests',
      collection: 'site-build-requests',
      where: [{ field: 'requestedAt', before: machinery }],
    },
    {
      kind: 'leases',
      collection: 'process-leases',
      where: [{ field: 'expiresAt', before: machinery }],
    },
    // Personal data that serves nobody: a watch whose link was never opened, or one stopped.
    {
      kind: 'watches',
      collection: 'watches',
      where: [
        { field: 'confirmedAt', missing: true },
        { field: 'createdAt', before: ago(now, UNCONFIRMED_WATCH_DAYS * DAY) },
      ],
    },
    {
      kind: 'watches',
      collection: 'watches',
      where: [{ field: 'stoppedAt', before: machinery }],
    },
  ]
}

/** A rule's conditions in Payload's query language. */
export const whereOf = (conditions: Condition[]) => ({
  and: conditions.map((condition) => {
    if ('before' in condition) return { [condition.field]: { less_than: condition.before } }
    if ('in' in condition) return { [condition.field]: { in: condition.in } }
    if ('equals' in condition) return { [condition.field]: { equals: condition.equals } }
    if ('missing' in condition) return { [condition.field]: { exists: false } }
    if (condition.noneOrNotIn.length === 0) return {}
    return {
      or: [
        { [condition.field]: { exists: false } },
        { [condition.field]: { not_in: condition.noneOrNotIn } },
      ],
    }
  }),
})
