import type { Id } from '../../core/relationId'

/** The outbox's data shapes and its storage interface, shared by the worker and each store. */
/**
 * A single message as a channel queues it (an email, a text, a notification), already rendered: a
 * JSON object the store keeps as it is and only its channel reads (each channel names its own
 * shape).
 */
export type OutboxMessage = { [field: string]: unknown }

/**
 * The ways the outbox reaches people. Every row has one; each channel's worker claims only its own
 * rows (an SMTP outage never holds up a text message), most urgent first on every channel.
 */
export const CHANNELS = ['email', 'push', 'sms'] as const
/** The channels a broadcast (a send) goes out on: what its counts are kept for. */
export type BroadcastChannel = (typeof CHANNELS)[number]
/**
 * Every channel, with the ones that carry single messages only: an Open311 app's callbacks
 * (signed POSTs to the app's server, retried like any delivery).
 */
export const ALL_CHANNELS = [...CHANNELS, 'callback'] as const
export type ChannelName = (typeof ALL_CHANNELS)[number]

/**
 * A broadcast delivery names its send and subscriber (an email subscriber, a push subscription or
 * an SMS subscriber, after its channel); a single message carries itself in `message`.
 */
export type NewDelivery = {
  key: string
  /** Email when absent. */
  channel?: ChannelName
  send: Id | null
  subscriber: Id | null
  message?: OutboxMessage | null
  priority: number
  nextAttemptAt: Date
}
export type ClaimedDelivery = {
  id: Id
  key: string
  channel: ChannelName
  send: Id | null
  subscriber: Id | null
  message?: OutboxMessage | null
  priority: number
  attempts: number
}

/** What became of one claimed delivery; written back in bulk by `settle`. */
export type Outcome =
  | { id: Id; kind: 'sent'; attempts: number; messageId: string; at: Date }
  | { id: Id; kind: 'retry'; attempts: number; nextAttemptAt: Date; error: string }
  | { id: Id; kind: 'failed' | 'skipped'; attempts: number; error: string }
  /** Not attempted (the worker's lease ran short): back to the queue as it was. */
  | { id: Id; kind: 'released' }

/**
 * The outbox's storage, as the worker needs it. Every operation is a statement on the adapter level
 * (no hooks: the outbox moves thousands of rows a second), and every write that changes who holds a
 * row is conditional, so several workers on one database never hold the same row (ADR 0005).
 */
export type OutboxStore = {
  /** Inserts rows whose key is new; existing keys are left alone. Returns how many went in. */
  insert(rows: NewDelivery[]): Promise<number>
  /**
   * Moves up to `limit` rows that are queued and due, or held under a lease that expired, to
   * "sending" under `worker` until `leaseUntil`, in one conditional write; returns what it won.
   * Only rows of `channel` (email when absent).
   */
  claim(
    worker: string,
    limit: number,
    now: Date,
    leaseUntil: Date,
    channel?: ChannelName,
  ): Promise<ClaimedDelivery[]>
  /** Extends the lease on the rows `worker` still holds; returns how many. */
  renew(worker: string, leaseUntil: Date): Promise<number>
  /** Writes outcomes, each only while `worker` still holds the row. */
  settle(worker: string, outcomes: Outcome[]): Promise<void>
  /**
   * Makes every queued row that waits for a retry due now: after an outage the failures were the
   * server's, and what they pushed back (an alert's first copies, say) must not wait behind the
   * rest.
   */
  retryNow(now: Date, channel?: ChannelName): Promise<number>
  /**
   * Makes a send's rows that wait for the site (queued, never tried, due later) due now, on every
   * channel, in one write; returns how many (siteWait.ts).
   */
  releaseSend(send: Id, now: Date): Promise<number>
}
