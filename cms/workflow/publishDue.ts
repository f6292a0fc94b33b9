import { runDeskSchedule } from '../desk/schedule'
import type { Payload, TaskConfig, Where } from 'payload'

import { SITE_STATUS, CONTENT_SLUGS, type ContentSlug, MEDIA_RELEASES } from '../core/slugs'
import { queueMissedItems } from '../outbox/reconcile'
import { refreshIfAlertsChanged } from '../../emergency/fastPath'
import { remindEnglishOnlyAlerts } from '../bilingual/reminders'
import { requestSiteBuild, resumeStrandedBuilds } from '../publishing/queue'
import { withLease } from '../coordination/leases'
import { archiveIfDue, publishIfDue } from './service'

/** One scheduled step that threw: recorded, shown in the admin, and tried again at the next run. */
type ScheduledFailure = {
  step:
    'publish' | 'take-down' | 'embargo' | 'alerts' | 'site' | 'email' | 'french-reminders' | 'desk'
  collection?: string
  itemId?: string
  title?: string
  error: string
}

const messageOf = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).slice(0, 500)

/**
 * Runs `act` on every item of every content type that `where` selects (in its latest version when
 * `draft`), each on its own: an item that throws is recorded in `failures` and the rest go on.
 */
const actOnEach = async (
  payload: Payload,
  query: { where: Where; draft: boolean },
  step: ScheduledFailure['step'],
  act: (collection: ContentSlug, id: number | string) => Promise<boolean>,
  failures: ScheduledFailure[] = [],
): Promise<number> => {
  let changed = 0
  for (const collection of CONTENT_SLUGS) {
    const { docs } = await payload.find({
      collection,
      ...query,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { workflowState: true, title: true },
    })
    for (const doc of docs) {
      try {
        if (await act(collection, doc.id)) changed += 1
      } catch (error) {
        failures.push({
          step,
          collection,
          itemId: String(doc.id),
          title: String((doc as { title?: unknown }).title ?? ''),
          error: messageOf(error),
        })
        payload.logger.error({
          err: error,
          msg: `Scheduled ${step} of ${collection} ${doc.id} failed; the others go on and it is tried again in 5 s.`,
        })
      }
    }
  }
  return changed
}

/**
 * Finds every item whose scheduled time has come and publishes it. Scheduled state and time live on
 * the item itself, so nothing is lost in a restart: the next run after start-up catches up.
 */
export const publishDue = (
  payload: Payload,
  now = new Date(),
  failures?: ScheduledFailure[],
): Promise<number> =>
  actOnEach(
    payload,
    {
      draft: true,
      where: {
        and: [
          { workflowState: { equals: 'scheduled' } },
          { publishAt: { less_than_equal: now.toISOString() } },
        ],
      },
    },
    'publish',
    async (collection, id) => (await publishIfDue(payload, collection, id, now)) === 'published',
    failures,
  )

/** Archives every live item whose take-down time has come. */
export const archiveDue = (
  payload: Payload,
  now = new Date(),
  failures?: ScheduledFailure[],
): Promise<number> =>
  actOnEach(
    payload,
    {
      draft: false,
      where: {
        and: [
          { _status: { equals: 'published' } },
          { unpublishAt: { less_than_equal: now.toISOString() } },
        ],
      },
    },
    'take-down',
    async (collection, id) => (await archiveIfDue(payload, collection, id, now)) === 'archived',
    failures,
  )

/**
 * A media release whose embargo lifted since the live site's content was read must appear now: the
 * public filter already shows it through the API, the static site needs a build.
 */
const rebuildForLiftedEmbargoes = async (payload: Payload, now = new Date()): Promise<boolean> => {
  const status = (await payload.findGlobal({
    slug: SITE_STATUS,
    overrideAccess: true,
  })) as { lastSnapshotAt?: string | null }
  if (!status.lastSnapshotAt) return false
  const lifted = await payload.count({
    collection: MEDIA_RELEASES,
    where: {
      and: [
        { _status: { equals: 'published' } },
        { embargoUntil: { greater_than: status.lastSnapshotAt } },
        { embargoUntil: { less_than_equal: now.toISOString() } },
      ],
    },
    overrideAccess: true,
  })
  if (lifted.totalDocs === 0) return false
  await requestSiteBuild(payload, 'embargo lifted')
  return true
}

/**
 * Every 5 seconds: well inside the promise that a scheduled item is live within 60 s of its time, and an
 * expired alert leaves `active.json` within seconds.
 */
export const PUBLISH_DUE_CRON = '*/5 * * * * *'
export const WORKFLOW_QUEUE = 'workflow'

export const publishDueTask: TaskConfig<{
  input: Record<string, never>
  output: {
    published: number
    archived: number
    embargoLifted: boolean
    alertsChanged: boolean
    siteRetried: boolean
    emailsRecovered: number
    failures: number
  }
}> = {
  slug: 'publishDue',
  label: 'Publish scheduled items and take down expired ones',
  retries: 0,
  schedule: [{ cron: PUBLISH_DUE_CRON, queue: WORKFLOW_QUEUE }],
  outputSchema: [
    { name: 'published', type: 'number', required: true },
    { name: 'archived', type: 'number', required: true },
    { name: 'embargoLifted', type: 'checkbox', required: true },
    { name: 'alertsChanged', type: 'checkbox', required: true },
    { name: 'siteRetried', type: 'checkbox', required: true },
    { name: 'emailsRecovered', type: 'number', required: true },
    { name: 'failures', type: 'number', required: true },
  ],
  handler: async ({ req }) => {
    const pass = await withLease(req.payload, SCHEDULED_WORK_LEASE, 60_000, () =>
      runScheduledWork(req.payload),
    )
    return { output: pass.ran ? pass.result : IDLE_PASS }
  },
}

/** One process at a time does the scheduled pass, however many run the jobs queue. */
export const SCHEDULED_WORK_LEASE = 'scheduled-work'
/** What a process reports when another held the pass. */
const IDLE_PASS = {
  published: 0,
  archived: 0,
  embargoLifted: false,
  alertsChanged: false,
  siteRetried: false,
  emailsRecovered: 0,
  failures: 0,
}

/** After a failed site build, how long before the 5-second job asks for another by itself. */
export const SITE_RETRY_MS = 60_000

/**
 * A build that failed (the output folder not writable, a disk full, a template error) is tried again
 * every minute until one succeeds, with nobody having to publish something: the live site stays as it
 * was meanwhile, and the admin shows the failure.
 */
const retryFailedSiteBuild = async (payload: Payload, now = new Date()): Promise<boolean> => {
  const status = (await payload.findGlobal({
    slug: SITE_STATUS,
    overrideAccess: true,
    depth: 0,
  })) as { state?: string; lastAttemptAt?: string | null }
  if (status.state !== 'failed' || !status.lastAttemptAt) return false
  if (now.getTime() - new Date(status.lastAttemptAt).getTime() < SITE_RETRY_MS) return false
  return (await requestSiteBuild(payload, 'retry after a failed build')) === 'queued'
}

/** A step that is not per item (a site build, the alerts file): its failure is recorded the same way. */
const guarded = async <T>(
  payload: Payload,
  step: ScheduledFailure['step'],
  failures: ScheduledFailure[],
  fallback: T,
  run: () => Promise<T>,
): Promise<T> => {
  try {
    return await run()
  } catch (error) {
    failures.push({ step, error: messageOf(error) })
    payload.logger.error({ err: error, msg: `Scheduled ${step} step failed; tried again in 5 s.` })
    return fallback
  }
}

/**
 * Everything the 5-second job does, each step and each item isolated from the others: a scheduled
 * item that cannot be published stops neither the other publications, nor take-downs, embargo
 * rebuilds or alert expiries. What failed is written to the site status (shown in the admin).
 */
export const runScheduledWork = async (payload: Payload, now = new Date()) => {
  const failures: ScheduledFailure[] = []
  const published = await guarded(payload, 'publish', failures, 0, () =>
    publishDue(payload, now, failures),
  )
  const archived = await guarded(payload, 'take-down', failures, 0, () =>
    archiveDue(payload, now, failures),
  )
  const embargoLifted = await guarded(payload, 'embargo', failures, false, () =>
    rebuildForLiftedEmbargoes(payload, now),
  )
  const alertsChanged = await guarded(payload, 'alerts', failures, false, () =>
    refreshIfAlertsChanged(payload),
  )
  const siteRetried = await guarded(
    payload,
    'site',
    failures,
    false,
    async () =>
      (await retryFailedSiteBuild(payload, now)) || (await resumeStrandedBuilds(payload, now)),
  )
  const emailsRecovered = await guarded(payload, 'email', failures, 0, () =>
    queueMissedItems(payload, now),
  )
  const englishOnlyAlerts = await guarded(payload, 'french-reminders', failures, 0, () =>
    remindEnglishOnlyAlerts(payload, now),
  )
  const desk = await guarded(payload, 'desk', failures, null, () => runDeskSchedule(payload, now))
  await recordScheduledFailures(payload, failures, now)
  return {
    englishOnlyAlerts,
    desk,
    published,
    archived,
    embargoLifted,
    alertsChanged,
    siteRetried,
    emailsRecovered,
    failures: failures.length,
  }
}

/** Writes the failures to the site status when they differ from what it shows (not every 5 s). */
const recordScheduledFailures = async (
  payload: Payload,
  failures: ScheduledFailure[],
  now: Date,
) => {
  const status = (await payload.findGlobal({
    slug: SITE_STATUS,
    overrideAccess: true,
    depth: 0,
  })) as { scheduledFailures?: (ScheduledFailure & { at?: string; id?: string })[] }
  const shown = (status.scheduledFailures ?? []).map(({ step, collection, itemId, error }) => ({
    step,
    collection: collection ?? undefined,
    itemId: itemId ?? undefined,
    error,
  }))
  const next = failures.map(({ step, collection, itemId, error }) => ({
    step,
    collection,
    itemId,
    error,
  }))
  if (JSON.stringify(shown) === JSON.stringify(next)) return
  await payload.updateGlobal({
    slug: SITE_STATUS,
    data: { scheduledFailures: failures.map((f) => ({ ...f, at: now.toISOString() })) },
    overrideAccess: true,
  })
}
