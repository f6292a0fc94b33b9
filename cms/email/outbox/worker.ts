import { classifyFailure, type Failure, nextAttemptAt } from '../smtpErrors'
import type { ClaimedDelivery, OutboxStore } from './store'

export type DeliverResult = { messageId: string } | { skipped: string }
export type Deliver = ((delivery: ClaimedDelivery) => Promise<DeliverResult>) & {
  /** Optional: load what a whole batch needs in one go (subscribers, items) before sending it. */
  prepare?: (batch: ClaimedDelivery[]) => Promise<void>
}

export type WorkerOptions = {
  store: OutboxStore
  deliver: Deliver
  /** Called when a delivery fails for good (a 5xx): the subscriber's bounce count goes up. */
  onPermanentFailure?: (delivery: ClaimedDelivery, failure: Failure) => Promise<void>
  now?: () => Date
  batchSize?: number
  concurrency?: number
  /** Shrinks retry waits (tests); 1 in production. */
  retryScale?: number
  /** Stop after this time even if work remains (a jobs-queue run must end); the next run continues. */
  deadline?: number
  /** Requeue rows a stopped worker left in "sending" first (once per process: see the guarantee). */
  recover?: boolean
}

export type WorkerReport = { sent: number; retried: number; failed: number; skipped: number; requeued: number }

/**
 * Sends what the outbox holds, most urgent first (priority 0 = emergency, claimed before anything else
 * at every batch). Each delivery is claimed ("sending"), handed to SMTP, then marked "sent" with its
 * Message-ID. The guarantee: nothing is lost, and nothing is sent twice except in one window — SMTP
 * accepted a message but the process died before writing "sent". On restart such rows (at most
 * `concurrency` of them) are requeued and sent again with the same Message-ID, which receiving systems
 * use to recognise a repeat. One worker per database (the CMS server's jobs queue runs it).
 */
export const runOutbox = async (options: WorkerOptions): Promise<WorkerReport> => {
  const { store, deliver } = options
  const now = options.now ?? (() => new Date())
  const batchSize = options.batchSize ?? 50
  const concurrency = options.concurrency ?? 10
  const report: WorkerReport = { sent: 0, retried: 0, failed: 0, skipped: 0, requeued: 0 }
  if (options.recover) report.requeued = await store.requeueInterrupted()

  const handle = async (delivery: ClaimedDelivery) => {
    const attempts = delivery.attempts + 1
    try {
      const result = await deliver(delivery)
      if ('skipped' in result) {
        await store.markFinal(delivery.id, 'skipped', attempts, result.skipped)
        report.skipped += 1
        return
      }
      await store.markSent(delivery.id, result.messageId, now(), attempts)
      report.sent += 1
    } catch (error) {
      const failure = classifyFailure(error)
      const retryAt = failure.kind === 'temporary' ? nextAttemptAt(attempts, now().getTime(), options.retryScale ?? 1) : null
      if (retryAt !== null) {
        await store.markRetry(delivery.id, attempts, new Date(retryAt), failure.message)
        report.retried += 1
        return
      }
      await store.markFinal(delivery.id, 'failed', attempts, failure.message)
      report.failed += 1
      if (failure.kind === 'permanent') await options.onPermanentFailure?.(delivery, failure)
    }
  }

  while (options.deadline === undefined || Date.now() < options.deadline) {
    const batch = await store.claim(batchSize, now())
    if (batch.length === 0) break
    await deliver.prepare?.(batch)
    let next = 0
    const lane = async () => {
      while (next < batch.length) await handle(batch[next++]!)
    }
    await Promise.all(Array.from({ length: Math.min(concurrency, batch.length) }, lane))
  }
  return report
}

