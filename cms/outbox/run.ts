import type { Payload, TaskConfig } from 'payload'

import { SENDS } from '../core/slugs'
import { acquireLease, isClosing, releaseLease, renewLease } from '../coordination'
import { currentSettings, runsBackgroundWork } from '../settings'
import { type Channel, registeredChannels } from './channel'
import { ALL_CHANNELS, type BroadcastChannel, CHANNELS, type ChannelName } from './core/types'
import { resumeQueueing } from './enqueue'
import { sendCounts } from './sendCounts'
import { payloadOutboxStore } from './store'
import { runOutbox, type WorkerReport } from './worker'

/**
 * The jobs queue the outbox runs on. Its name is stored in the jobs table's rows (and predates the
 * other channels), so it stays `email`.
 */
export const OUTBOX_QUEUE = 'email'
/**
 * Every 2 seconds: the outbox's poll where no kick reached it (a web process queued, a worker
 * sends).
 */
export const OUTBOX_CRON = '*/2 * * * * *'
/** A jobs-queue run sends for up to 50 s, then yields; the next run (2 s later) continues. */
const RUN_BUDGET_MS = 50_000

const running: Partial<Record<ChannelName, Promise<WorkerReport>>> = {}
const NOTHING: WorkerReport = { sent: 0, retried: 0, failed: 0, skipped: 0, released: 0 }

type Progress = {
  total: number
  sent: number
  failed: number
  skipped: number
  queued: number
  retrying: number
}

/** Refreshes each send's counters from its deliveries, and closes sends with nothing left to do. */
const updateSendProgress = async (payload: Payload) => {
  const { docs } = await payload.db.find({
    collection: SENDS,
    where: { status: { equals: 'sending' } },
    pagination: false,
    limit: 0,
  })
  for (const send of docs) {
    const counts = await sendCounts(payload, send.id)
    const byChannel = {} as Record<BroadcastChannel, Progress>
    for (const channel of CHANNELS) {
      const { sent, failed, skipped, queued, sending, retrying } = counts[channel]
      const total = sent + failed + skipped + queued + sending
      byChannel[channel] = { total, sent, failed, skipped, queued: queued + sending, retrying }
    }
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

/**
 * One refresh at a time in this process, however many channels finish together, and at most one
 * waiting behind it: the three channels' runs each asked for one every 2 s, and while a storm's
 * counts took longer than that the queue of refreshes only grew.
 */
let refreshing: Promise<void> = Promise.resolve()
let waiting: Promise<void> | null = null
const refreshSendProgress = (payload: Payload) => {
  if (waiting) return waiting
  const next = refreshing
    .catch(() => undefined)
    .then(() => {
      waiting = null
      return updateSendProgress(payload)
    })
  waiting = next
  refreshing = next
  return next
}

/** Resolves when no outbox run is in progress in this process (a clean shutdown waits for it). */
export const outboxIdle = async () => {
  // A run may start while another is awaited (a kick, a jobs tick): wait until none is left.
  while (ALL_CHANNELS.some((name) => running[name]))
    await Promise.all(ALL_CHANNELS.map((name) => running[name]?.catch(() => undefined)))
}

type RunOptions = {
  budgetMs?: number
  retryScale?: number
  concurrency?: number
  now?: () => Date
  workerId?: string
}

/** One channel's run in this process, once at a time per channel. */
const runChannel = (payload: Payload, channel: Channel, options: RunOptions) => {
  const already = running[channel.name]
  if (already) return already
  // The rows stay queued for the next process.
  if (isClosing(payload)) return Promise.resolve(NOTHING)
  const settings = currentSettings()
  const claim = channel.claim(settings)
  const exclusive = claim.exclusive
  const run = (async (): Promise<WorkerReport> => {
    if (exclusive && !(await acquireLease(payload, exclusive.lease, exclusive.ms))) return NOTHING
    // Renewed every quarter while sending; a process that dies holds it at most `ms`.
    const renew = exclusive
      ? setInterval(
          () => void renewLease(payload, exclusive.lease, exclusive.ms).catch(() => undefined),
          exclusive.ms / 4,
        )
      : null
    renew?.unref?.()
    try {
      await resumeQueueing(payload)
      const report = await runOutbox({
        ...channel.deliver(payload, settings),
        channel: channel.name,
        classify: channel.classify,
        health: channel.health,
        perSecond: claim.perSecond ?? undefined,
        flushEvery: claim.flushEvery,
        store: payloadOutboxStore(payload),
        leaseMs: settings.outboxLeaseMs,
        workerId: options.workerId,
        deadline: Date.now() + (options.budgetMs ?? RUN_BUDGET_MS),
        retryScale: options.retryScale,
        now: options.now,
        concurrency: options.concurrency ?? claim.concurrency,
      })
      await refreshSendProgress(payload)
      // One line per run that did something: with several workers, each says its share.
      if (report.sent + report.failed > 0)
        payload.logger.info(
          `Outbox (${channel.name}): ${report.sent} sent, ${report.failed} failed by this process.`,
        )
      channel.afterRun?.()
      return report
    } finally {
      if (renew) clearInterval(renew)
      if (exclusive) await releaseLease(payload, exclusive.lease).catch(() => undefined)
    }
  })().finally(() => {
    running[channel.name] = undefined
  })
  running[channel.name] = run
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
    registeredChannels().map((channel) => runChannel(payload, channel, options)),
  )
  return reports.reduce<WorkerReport>(
    (sum, report) => ({
      sent: sum.sent + report.sent,
      retried: sum.retried + report.retried,
      failed: sum.failed + report.failed,
      skipped: sum.skipped + report.skipped,
      released: sum.released + report.released,
    }),
    NOTHING,
  )
}

/**
 * Starts an outbox run now, without waiting for it (urgent messages must not wait for the next jobs
 * tick), in processes that run background work; a web-only process leaves it to the workers'
 * 2-second poll. A channel already running claims the new rows at its next batch, most urgent
 * first.
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

/** The jobs-queue task; its slug is stored in the jobs table, so it keeps its first name. */
export const outboxTask: TaskConfig<{
  input: Record<string, never>
  output: { sent: number; failed: number }
}> = {
  slug: 'sendEmail',
  label: 'Send queued email, push and text messages',
  retries: 0,
  schedule: [{ cron: OUTBOX_CRON, queue: OUTBOX_QUEUE }],
  outputSchema: [
    { name: 'sent', type: 'number', required: true },
    { name: 'failed', type: 'number', required: true },
  ],
  handler: async ({ req }) => {
    const report = await sendOutbox(req.payload)
    return { output: { sent: report.sent, failed: report.failed } }
  },
}
