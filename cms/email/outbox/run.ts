import type { Payload, TaskConfig } from 'payload'

import { DELIVERIES, SENDS } from '../../core/slugs'
import { currentSettings, runsBackgroundWork } from '../../settings'
import { recordBounce } from './bounces'
import { payloadDeliver } from './deliver'
import { resumeQueueing } from './enqueue'
import { payloadOutboxStore } from './store'
import { createMailHealth } from './core/mailHealth'
import { closeOutboxTransporter, outboxTransporter } from './transport'
import { runOutbox, type WorkerReport } from './worker'

export const EMAIL_QUEUE = 'email'
/** A jobs-queue run sends for up to 50 s, then yields; the next run (2 s later) continues. */
const RUN_BUDGET_MS = 50_000

let running: Promise<WorkerReport> | null = null

/** This process's view of the mail server (the health endpoint and the admin show it). */
export const mailHealth = createMailHealth()

/** Refreshes each send's counters from its deliveries, and closes sends with nothing left to do. */
const updateSendProgress = async (payload: Payload) => {
  const { docs } = await payload.db.find({
    collection: SENDS,
    where: { status: { equals: 'sending' } },
    pagination: false,
    limit: 0,
  })
  for (const send of docs) {
    const count = async (status: string) =>
      (
        await payload.db.count({
          collection: DELIVERIES,
          where: { and: [{ send: { equals: send.id } }, { status: { equals: status } }] },
        })
      ).totalDocs
    const [sent, failed, queued, sending] = await Promise.all(
      ['sent', 'failed', 'queued', 'sending'].map(count),
    )
    const done = queued === 0 && sending === 0
    await payload.update({
      collection: SENDS,
      id: send.id,
      data: {
        sent,
        failed,
        ...(done ? { status: 'done' as const, finishedAt: new Date().toISOString() } : {}),
      },
      overrideAccess: true,
      depth: 0,
    })
  }
}

/** Resolves when no outbox run is in progress in this process (a clean shutdown waits for it). */
export const outboxIdle = async () => {
  await running?.catch(() => undefined)
}

/**
 * Runs the outbox worker in this process, once at a time (other processes may run theirs on the same
 * database: claims are exclusive). Each run first finishes any send whose queueing a stopped process
 * left half done; rows a stopped worker held come back when its lease expires (see worker.ts).
 */
export const sendOutbox = async (
  payload: Payload,
  options: {
    budgetMs?: number
    retryScale?: number
    concurrency?: number
    now?: () => Date
    workerId?: string
  } = {},
): Promise<WorkerReport> => {
  if (running) return running
  const settings = currentSettings()
  running = (async () => {
    const transporter = outboxTransporter(settings)
    try {
      await resumeQueueing(payload)
      const report = await runOutbox({
        store: payloadOutboxStore(payload),
        deliver: payloadDeliver(payload, settings, transporter),
        onPermanentFailure: recordBounce(payload),
        leaseMs: settings.outboxLeaseMs,
        health: mailHealth,
        workerId: options.workerId,
        deadline: Date.now() + (options.budgetMs ?? RUN_BUDGET_MS),
        retryScale: options.retryScale,
        now: options.now,
        concurrency: options.concurrency,
      })
      await updateSendProgress(payload)
      // One line per run that did something: with several workers, each says its share.
      if (report.sent + report.failed > 0)
        payload.logger.info(`Outbox: ${report.sent} sent, ${report.failed} failed by this process.`)
      // A pool that lost its server is dropped: the next run connects afresh.
      if (mailHealth.snapshot().state === 'degraded') closeOutboxTransporter()
      return report
    } finally {
      running = null
    }
  })()
  return running
}

/**
 * Starts an outbox run now, without waiting for it (urgent mail must not wait for the next jobs tick),
 * in processes that run background work; a web-only process leaves it to the workers' 2-second poll.
 */
export const kickOutbox = (payload: Payload) => {
  if (!runsBackgroundWork(currentSettings())) return
  void sendOutbox(payload).catch((error) =>
    payload.logger.error({
      err: error,
      msg: 'The outbox run failed; the jobs queue tries again in 2 s.',
    }),
  )
}

export const sendEmailTask: TaskConfig<{
  input: Record<string, never>
  output: { sent: number; failed: number }
}> = {
  slug: 'sendEmail',
  label: 'Send queued email',
  retries: 0,
  schedule: [{ cron: '*/2 * * * * *', queue: EMAIL_QUEUE }],
  outputSchema: [
    { name: 'sent', type: 'number', required: true },
    { name: 'failed', type: 'number', required: true },
  ],
  handler: async ({ req }) => {
    const report = await sendOutbox(req.payload)
    return { output: { sent: report.sent, failed: report.failed } }
  },
}
