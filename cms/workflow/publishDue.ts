import type { Payload, TaskConfig, Where } from 'payload'

import { SITE_STATUS } from '../../collections/SiteStatus'
import { CONTENT_SLUGS, type ContentSlug, MEDIA_RELEASES } from '../../collections/slugs'
import { refreshIfAlertsChanged } from '../publishing/emergencyFastPath'
import { requestSiteBuild } from '../publishing/queue'
import { archiveIfDue, publishIfDue } from './service'

/**
 * Runs `act` on every item of every content type that `where` selects (in its latest version when
 * `draft`), and counts the items `act` changed.
 */
const actOnEach = async (
  payload: Payload,
  query: { where: Where; draft: boolean },
  act: (collection: ContentSlug, id: number | string) => Promise<boolean>,
): Promise<number> => {
  let changed = 0
  for (const collection of CONTENT_SLUGS) {
    const { docs } = await payload.find({ collection, ...query, pagination: false, depth: 0, overrideAccess: true, select: { workflowState: true } })
    for (const doc of docs) if (await act(collection, doc.id)) changed += 1
  }
  return changed
}

/**
 * Finds every item whose scheduled time has come and publishes it. Scheduled state and time live on
 * the item itself, so nothing is lost in a restart: the next run after start-up catches up.
 */
export const publishDue = (payload: Payload, now = new Date()): Promise<number> =>
  actOnEach(
    payload,
    { draft: true, where: { and: [{ workflowState: { equals: 'scheduled' } }, { publishAt: { less_than_equal: now.toISOString() } }] } },
    async (collection, id) => (await publishIfDue(payload, collection, id, now)) === 'published',
  )

/** Archives every live item whose take-down time has come. */
export const archiveDue = (payload: Payload, now = new Date()): Promise<number> =>
  actOnEach(
    payload,
    { draft: false, where: { and: [{ _status: { equals: 'published' } }, { unpublishAt: { less_than_equal: now.toISOString() } }] } },
    async (collection, id) => (await archiveIfDue(payload, collection, id, now)) === 'archived',
  )

/**
 * A media release whose embargo lifted since the live site's content was read must appear now: the
 * public filter already shows it through the API, the static site needs a build.
 */
export const rebuildForLiftedEmbargoes = async (payload: Payload, now = new Date()): Promise<boolean> => {
  const status = (await payload.findGlobal({ slug: SITE_STATUS as never, overrideAccess: true })) as { lastSnapshotAt?: string | null }
  if (!status.lastSnapshotAt) return false
  const lifted = await payload.count({
    collection: MEDIA_RELEASES,
    where: { and: [{ _status: { equals: 'published' } }, { embargoUntil: { greater_than: status.lastSnapshotAt } }, { embargoUntil: { less_than_equal: now.toISOString() } }] },
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

export const publishDueTask: TaskConfig<{ input: Record<string, never>; output: { published: number; archived: number; embargoLifted: boolean; alertsChanged: boolean } }> = {
  slug: 'publishDue',
  label: 'Publish scheduled items and take down expired ones',
  retries: 0,
  schedule: [{ cron: PUBLISH_DUE_CRON, queue: WORKFLOW_QUEUE }],
  outputSchema: [
    { name: 'published', type: 'number', required: true },
    { name: 'archived', type: 'number', required: true },
    { name: 'embargoLifted', type: 'checkbox', required: true },
    { name: 'alertsChanged', type: 'checkbox', required: true },
  ],
  handler: async ({ req }) => ({
    output: {
      published: await publishDue(req.payload),
      archived: await archiveDue(req.payload),
      embargoLifted: await rebuildForLiftedEmbargoes(req.payload),
      alertsChanged: await refreshIfAlertsChanged(req.payload),
    },
  }),
}
