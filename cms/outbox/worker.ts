import { handedOver } from './handOffs'
import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'

import { type Failure, nextAttemptAt } from './core/failure'
import type { GatewayHealth } from './core/gatewayHealth'
import { createPacer } from './core/pacer'
import type { ChannelName, ClaimedDelivery, Outcome, OutboxStore } from './core/types'

export type DeliverResult = { messageId: string } | { skipped: string }
export type Deliver = ((delivery: ClaimedDelivery) => Promise<DeliverResult>) & {
  /** Optional: load what a whole batch needs in one go (subscribers, items) before sending it. */
  prepare?: (batch: ClaimedDelivery[]) => Promise<void>
}

/** Rows claimed at once. Also the most a crash can send twice (see the guarantee below). */
export const CLAIM_BATCH = 50
/**
 * Messages in flight at once per worker (the SMTP pool has 5 connections; a few wait their turn).
 */
export const CONCURRENCY = 10
/**
 * How long a claim holds its rows. A live worker renews it every quarter of this; a worker that
 * died loses its rows to the next claim after this long, so a crash delays its batch by at most a
 * minute.
 */
const OUTBOX_LEASE_MS = 60_000

type WorkerOptions = {
  store: OutboxStore
  deliver: Deliver
  /** The channel whose rows this worker sends (email when absent). */
  channel?: ChannelName
  /** How the channel's errors read: temporary or permanent, whose fault. */
  classify: (error: unknown) => Failure
  /** At most this many messages a second are started (a gateway's rate); unlimited when absent. */
  perSecond?: number
  /** Called when a delivery fails for good (a 5xx): the subscriber's bounce count goes up. */
  onPermanentFailure?: (delivery: ClaimedDelivery, failure: Failure) => Promise<void>
  now?: () => Date
  batchSize?: number
  concurrency?: number
  /** Shrinks retry waits (tests); 1 in production. */
  retryScale?: number
  /**
   * Stop after this time even if work remains (a jobs-queue run must end); the next run continues.
   */
  deadline?: number
  /** Who holds the claimed rows; unique per process and run unless given. */
  workerId?: string
  leaseMs?: number
  /** Outcomes are written back in groups of this many (one statement for the sent ones). */
  flushEvery?: number
  /**
   * What the process knows of the channel's gateway. With it, a failure that is the gateway's
   * (unreachable, silent, a storm of refusals) charges no message an attempt: the batch goes back
   * to the queue and only one probe message tries the gateway now and then until it answers
   * (gatewayHealth.ts).
   */
  health?: GatewayHealth
}

export type WorkerReport = {
  sent: number
  retried: number
  failed: number
  skipped: number
  released: number
}

const newWorkerId = () => `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`

/**
 * Sends what the outbox holds, most urgent first (priority 0 = emergency, claimed before anything
 * else at every batch). Any number of workers may run on one database: a claim moves rows to
 * "sending" under this worker and a lease in one conditional write, so no two workers hold a row at
 * once.
 *
 * The guarantee: nothing is lost, and nothing is sent twice except in one window. Outcomes are
 * written back in groups; a worker that dies after the gateway accepted a message but before its
 * group was written leaves that row under its lease, and once the lease expires another worker
 * sends it again with the same Message-ID (which receiving systems use to recognise a repeat). That
 * is at most one claim batch per crash (CLAIM_BATCH), in practice the few in flight. A worker whose
 * lease runs short (it could not renew it) stops starting new messages and gives the rest of its
 * batch back.
 */
export const runOutbox = async (options: WorkerOptions): Promise<WorkerReport> => {
  const { store, deliver } = options
  const now = options.now ?? (() => new Date())
  const batchSize = options.batchSize ?? CLAIM_BATCH
  const concurrency = options.concurrency ?? CONCURRENCY
  const leaseMs = options.leaseMs ?? OUTBOX_LEASE_MS
  const flushEvery = options.flushEvery ?? concurrency
  const worker = options.workerId ?? newWorkerId()
  const channel = options.channel ?? 'email'
  const classify = options.classify
  const pace = createPacer(options.perSecond ?? null)
  const report: WorkerReport = { sent: 0, retried: 0, failed: 0, skipped: 0, released: 0 }

  let serverDown = false
  let recovered = false
  const outcomeOf = async (delivery: ClaimedDelivery): Promise<Outcome> => {
    const attempts = delivery.attempts + 1
    try {
      const result = await deliver(delivery)
      if ('skipped' in result)
        return { id: delivery.id, kind: 'skipped', attempts, error: result.skipped }
      if (options.health?.snapshot().state === 'degraded') recovered = true
      options.health?.succeeded(now())
      handedOver()
      return { id: delivery.id, kind: 'sent', attempts, messageId: result.messageId, at: now() }
    } catch (error) {
      const failure = classify(error)
      if (options.health?.failed(failure, now()) === 'server') {
        serverDown = true
        return { id: delivery.id, kind: 'released' }
      }
      const retryAt =
        failure.kind === 'temporary'
          ? nextAttemptAt(attempts, now().getTime(), options.retryScale ?? 1)
          : null
      if (retryAt !== null)
        return {
          id: delivery.id,
          kind: 'retry',
          attempts,
          nextAttemptAt: new Date(retryAt),
          error: failure.message,
        }
      if (failure.kind === 'permanent') await options.onPermanentFailure?.(delivery, failure)
      return { id: delivery.id, kind: 'failed', attempts, error: failure.message }
    }
  }

  const count = (outcome: Outcome) => {
    const key = (
      {
        sent: 'sent',
        retry: 'retried',
        failed: 'failed',
        skipped: 'skipped',
        released: 'released',
      } as const
    )[outcome.kind]
    report[key] += 1
  }

  while ((options.deadline === undefined || Date.now() < options.deadline) && !serverDown) {
    const decision = options.health?.decide(now()) ?? 'send'
    if (decision === 'wait') break
    const claimedAt = now().getTime()
    let leaseEnd = claimedAt + leaseMs
    const batch = await store.claim(
      worker,
      decision === 'probe' ? 1 : batchSize,
      new Date(claimedAt),
      new Date(leaseEnd),
      channel,
    )
    if (batch.length === 0) break
    const heartbeat = setInterval(() => {
      const until = now().getTime() + leaseMs
      store.renew(worker, new Date(until)).then(
        () => (leaseEnd = until),
        () => undefined,
      )
    }, leaseMs / 4)
    heartbeat.unref?.()

    let pending: Outcome[] = []
    let writing: Promise<void> = Promise.resolve()
    const flush = () => {
      const group = pending
      pending = []
      // A group that failed to write stays leased and is sent again after the lease: never lost.
      writing = writing.catch(() => undefined).then(() => store.settle(worker, group))
      return writing
    }
    try {
      await deliver.prepare?.(batch)
      let next = 0
      const lane = async () => {
        while (next < batch.length) {
          const delivery = batch[next++]!
          // Half a lease left is the margin for one message whose exchange runs to its timeouts.
          const stop = serverDown || now().getTime() > leaseEnd - leaseMs / 2
          if (!stop) await pace()
          const outcome: Outcome = stop
            ? { id: delivery.id, kind: 'released' }
            : await outcomeOf(delivery)
          count(outcome)
          pending.push(outcome)
          if (pending.length >= flushEvery) void flush().catch(() => undefined)
        }
      }
      await Promise.all(Array.from({ length: Math.min(concurrency, batch.length) }, lane))
      await flush()
    } finally {
      clearInterval(heartbeat)
    }
    if (recovered) {
      // The server is back: what the outage pushed back goes now, most urgent first (the next
      // claims).
      recovered = false
      await store.retryNow(now(), channel)
    }
  }
  return report
}
