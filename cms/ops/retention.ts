import type { CollectionSlug, Payload, Where } from 'payload'

import type { ScheduledStep } from '../coordination'
import { SENDS } from '../core/slugs'
import { currentSettings, type RetentionSettings } from '../settings'
import { type RetentionKind, retentionRules, whereOf } from './core/retention'

/** Rows removed per statement: short enough that no write waits long behind one on SQLite. */
const BATCH = 2_000
/**
 * A pass stops after this long and the next one goes on where it stopped: the scheduled pass also
 * expires alerts and publishes what is due, which must not wait behind a year's backlog.
 */
const PASS_BUDGET_MS = 1_000
const EVERY_MS = 10 * 60 * 1000

export type PruneReport = Record<RetentionKind, number> & { complete: boolean }

/**
 * Removes what the retention settings say has served its purpose (cms/ops/core/retention.ts), in
 * batches, for at most `budgetMs`: a year's backlog is caught up over several passes without ever
 * holding the database. Answers what it removed and whether nothing is left to remove.
 */
export const pruneExpired = async (
  payload: Payload,
  options: { now?: Date; settings?: RetentionSettings; budgetMs?: number; batch?: number } = {},
): Promise<PruneReport> => {
  const now = options.now ?? new Date()
  const deadline = Date.now() + (options.budgetMs ?? PASS_BUDGET_MS)
  const batch = options.batch ?? BATCH
  const unfinished = await payload.db.find<{ id: number | string }>({
    collection: SENDS,
    where: { status: { not_equals: 'done' } },
    pagination: false,
    limit: 0,
  })
  const rules = retentionRules(
    options.settings ?? currentSettings().retention,
    now,
    unfinished.docs.map((send) => send.id),
  )
  const report = {
    deliveries: 0,
    rateLimitHits: 0,
    intakeReceipts: 0,
    failedJobs: 0,
    buildRequests: 0,
    leases: 0,
    watches: 0,
    complete: true,
  }
  for (const rule of rules) {
    const collection = rule.collection as CollectionSlug
    const where = whereOf(rule.where) as Where
    for (;;) {
      if (Date.now() > deadline) return { ...report, complete: false }
      const { docs } = await payload.db.find<{ id: number | string }>({
        collection,
        where,
        limit: batch,
        pagination: false,
        sort: 'id',
      })
      if (docs.length === 0) break
      await payload.db.deleteMany({ collection, where: { id: { in: docs.map((d) => d.id) } } })
      report[rule.kind] += docs.length
      if (docs.length < batch) break
    }
  }
  return report
}

let lastPass = 0

/**
 * The first scheduled pass after start-up, then one every 10 minutes (sooner while a backlog is
 * left), prunes what has served its purpose.
 */
export const retentionScheduledStep: ScheduledStep = {
  name: 'retention',
  report: 'rowsPruned',
  fallback: null,
  run: async (payload, now) => {
    if (now.getTime() - lastPass < EVERY_MS) return null
    const report = await pruneExpired(payload, { now })
    // A backlog is worked through a pass at a time until it is gone.
    lastPass = report.complete ? now.getTime() : 0
    const counts = Object.entries(report).filter(
      (entry): entry is [RetentionKind, number] => typeof entry[1] === 'number',
    )
    const removed = counts.filter(([, count]) => count > 0).map(([kind, n]) => `${n} ${kind}`)
    if (removed.length)
      payload.logger.info(
        `Retention: removed ${removed.join(', ')}${report.complete ? '' : ' (more next pass)'}.`,
      )
    return counts.reduce((total, [, count]) => total + count, 0)
  },
}
