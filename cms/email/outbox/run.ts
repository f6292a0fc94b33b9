import type { Payload, TaskConfig } from 'payload'

import { DELIVERIES, SENDS } from '../../core/slugs'
import { acquireLease, releaseLease, renewLease } from '../../coordination/leases'
import { pushDeliver } from '../../push/deliver'
import { currentSettings, runsBackgroundWork, type Settings } from '../../settings'
import { smsDeliver } from '../../sms/deliver'
import { classifyChannelFailure } from './core/channelFailure'
import { CHANNELS, type Channel } from './core/types'
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
/** Texts go from one process at a time (this lease), so the gateway's rate holds across processes. */
const SMS_LEASE = 'outbox:sms'
/** Held at most this long by a process that died (renewed every quarter while sending). */
const smsLeaseMs = (settings: Settings) => Math.min(settings.outboxLeaseMs, 15_000)

const running: Partial<Record<Channel, Promise<WorkerReport>>> = {}

/** This process's view of the mail server (the health endpoint and the admin show it). */
export const mailHealth = createMailHealth()
/** …and of the SMS gateway (one gateway: its outage holds every text until a probe gets through). */
export const smsHealth = createMailHealth()

/** Refreshes each send's counters from its deliveries, and closes sends with nothing left to do. */
const updateSendProgress = async (payload: Payload) => {
  const { docs } = await payload.db.find({
    collection: SENDS,
    where: { status: { equals: 'sending' } },
    pagination: false,
    limit: 0,
  })
  for (const send of docs) {
    const count = async (channel: Channel, status: string, retrying = false) =>
      (
        await payload.db.count({
          collection: DELIVERIES,
          where: {
            and: [
              { send: { equals: send.id } },
              { channel: { equals: channel } },
              { status: { equals: status } },
              ...(retrying ? [{ attempts: { greater_than: 0 } }] : []),
            ],
          },
        })
      ).totalDocs
    const byChannel = Object.fromEntries(
      await Promise.all(
        CHANNELS.map(async (channel) => {
          const [sent, failed, skipped, queued, sending, retrying] = await Promise.all([
            count(channel, 'sent'),
            count(channel, 'failed'),
            count(channel, 'skipped'),
            count(channel, 'queued'),
            count(channel, 'sending'),
            count(channel, 'queued', true),
          ])
          const total = sent + failed + skipped + queued + sending
          return [channel, { total, sent, failed, skipped, queued: queued + sending, retrying }]
        }),
      ),
    ) as Record<Channel, { sent: number; failed: number; queued: number }>
    const sum = (key: 'sent' | 'failed' | 'queued') =>
      CHANNELS.reduce((n, channel) => n + byChannel[channel][key], 0)
    const done = sum('queued') === 0
    // On the adapter, with no hooks and no transaction of its own: the three channels' runs refresh
    // the same sends, and a transaction holding a row while waiting for a pooled connection could
    // wait on one that waits on it.
    await payload.db.updateOne({
      collection: SENDS,
      id: send.id,
      data: {
        sent: sum('sent'),
        failed: sum('failed'),
        byChannel,
        ...(done ? { status: 'done' as const, finishedAt: new Date().toISOString() } : {}),
      },
      returning: false,
    })
  }
}

/** One refresh at a time in this process, however many channels finish together. */
let refreshing: Promise<void> = Promise.resolve()
const refreshSendProgress = (payload: Payload) =>
  (refreshing = refreshing.catch(() => undefined).then(() => updateSendProgress(payload)))

/** Resolves when no outbox run is in progress in this process (a clean shutdown waits for it). */
export const outboxIdle = async () => {
  // A run may start while another is awaited (a kick, a jobs tick): wait until none is left.
  while (CHANNELS.some((channel) => running[channel]))
    await Promise.all(CHANNELS.map((channel) => running[channel]?.catch(() => undefined)))
}

type RunOptions = {
  budgetMs?: number
  retryScale?: number
  concurrency?: number
  now?: () => Date
  workerId?: string
}

/** What each channel's worker needs: how to deliver, how to read its errors, its pace. */
const channelWorker = (payload: Payload, settings: Settings, channel: Channel) => {
  switch (channel) {
    case 'email':
      return {
        deliver: payloadDeliver(payload, settings, outboxTransporter(settings)),
        onPermanentFailure: recordBounce(payload),
        health: mailHealth,
      }
    case 'push':
      // Push services are many (one per browser vendor): one failing says nothing of the others.
      return {
        deliver: pushDeliver(payload, settings),
        classify: classifyChannelFailure,
        perSecond: settings.push.perSecond,
        concurrency: 50,
      }
    case 'sms':
      return {
        deliver: smsDeliver(payload, settings),
        classify: classifyChannelFailure,
        health: smsHealth,
        perSecond: settings.sms.perSecond,
        concurrency: 50,
        // Outcomes in small groups: a crash hands over again at most the texts in flight and the
        // last group (the gateway drops those it already took, by their Idempotency-Key).
        flushEvery: 10,
      }
  }
}

/** One channel's run in this process, once at a time per channel. */
const runChannel = (payload: Payload, channel: Channel, options: RunOptions) => {
  const already = running[channel]
  if (already) return already
  const settings = currentSettings()
  const run = (async (): Promise<WorkerReport> => {
    if (channel === 'sms' && !(await acquireLease(payload, SMS_LEASE, smsLeaseMs(settings))))
      return { sent: 0, retried: 0, failed: 0, skipped: 0, released: 0 }
    try {
      await resumeQueueing(payload)
      const worker = channelWorker(payload, settings, channel)
      const renew =
        channel === 'sms'
          ? setInterval(
              () =>
                void renewLease(payload, SMS_LEASE, smsLeaseMs(settings)).catch(() => undefined),
              smsLeaseMs(settings) / 4,
            )
          : null
      renew?.unref?.()
      const report = await runOutbox({
        ...worker,
        channel,
        store: payloadOutboxStore(payload),
        leaseMs: settings.outboxLeaseMs,
        workerId: options.workerId,
        deadline: Date.now() + (options.budgetMs ?? RUN_BUDGET_MS),
        retryScale: options.retryScale,
        now: options.now,
        concurrency: options.concurrency ?? worker.concurrency,
      }).finally(() => renew && clearInterval(renew))
      await refreshSendProgress(payload)
      // One line per run that did something: with several workers, each says its share.
      if (report.sent + report.failed > 0)
        payload.logger.info(
          `Outbox (${channel}): ${report.sent} sent, ${report.failed} failed by this process.`,
        )
      // A pool that lost its server is dropped: the next run connects afresh.
      if (channel === 'email' && mailHealth.snapshot().state === 'degraded')
        closeOutboxTransporter()
      return report
    } finally {
      if (channel === 'sms') await releaseLease(payload, SMS_LEASE).catch(() => undefined)
    }
  })().finally(() => {
    running[channel] = undefined
  })
  running[channel] = run
  return run
}

/**
 * Runs the outbox in this process on every channel at once, each channel once at a time (other
 * processes may run theirs on the same database: claims are exclusive; texts go from one process at
 * a time). Each run first finishes any send whose queueing a stopped process left half done; rows a
 * stopped worker held come back when its lease expires (see worker.ts). Answers the runs' sum.
 */
export const sendOutbox = async (
  payload: Payload,
  options: RunOptions = {},
): Promise<WorkerReport> => {
  const reports = await Promise.all(
    CHANNELS.map((channel) => runChannel(payload, channel, options)),
  )
  return reports.reduce((sum, report) => ({
    sent: sum.sent + report.sent,
    retried: sum.retried + report.retried,
    failed: sum.failed + report.failed,
    skipped: sum.skipped + report.skipped,
    released: sum.released + report.released,
  }))
}

/**
 * Starts an outbox run now, without waiting for it (urgent messages must not wait for the next jobs
 * tick), in processes that run background work; a web-only process leaves it to the workers' 2-second
 * poll. A channel already running claims the new rows at its next batch, most urgent first.
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
  label: 'Send queued email, push and text messages',
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
