import type { Payload, TaskConfig } from 'payload'

import { CONTENT_SLUGS } from '../../collections/slugs'
import { publishIfDue } from './service'

/**
 * Finds every item whose scheduled time has come and publishes it. Scheduled state and time live on
 * the item itself, so nothing is lost in a restart: the next run after start-up catches up.
 */
export const publishDue = async (payload: Payload, now = new Date()): Promise<number> => {
  let published = 0
  for (const collection of CONTENT_SLUGS) {
    const { docs } = await payload.find({
      collection,
      draft: true,
      where: { and: [{ workflowState: { equals: 'scheduled' } }, { publishAt: { less_than_equal: now.toISOString() } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { workflowState: true },
    })
    for (const doc of docs) if ((await publishIfDue(payload, collection, doc.id, now)) === 'published') published += 1
  }
  return published
}

/** Every 10 seconds: well inside the promise that a scheduled item is live within 60 s of its time. */
export const PUBLISH_DUE_CRON = '*/10 * * * * *'
export const WORKFLOW_QUEUE = 'workflow'

export const publishDueTask: TaskConfig<{ input: Record<string, never>; output: { published: number } }> = {
  slug: 'publishDue',
  label: 'Publish scheduled items that are due',
  retries: 0,
  schedule: [{ cron: PUBLISH_DUE_CRON, queue: WORKFLOW_QUEUE }],
  outputSchema: [{ name: 'published', type: 'number', required: true }],
  handler: async ({ req }) => ({ output: { published: await publishDue(req.payload) } }),
}
