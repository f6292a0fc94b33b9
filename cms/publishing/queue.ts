import type { Payload } from 'payload'

export const SITE_QUEUE = 'site'
export const BUILD_TASK = 'buildSite'
/** Changes within this window share one build (ten publishes in a second give one build). */
const COALESCE_MS = 1000

/**
 * Asks for a site build. If one is already waiting to start it covers this change too, so nothing is
 * queued; a build already running does not count (it read the content before this change).
 */
export const requestSiteBuild = async (
  payload: Payload,
  reason: string,
): Promise<'queued' | 'already-queued'> => {
  const waiting = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: BUILD_TASK } },
        { processing: { not_equals: true } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (waiting.totalDocs > 0) return 'already-queued'
  await payload.jobs.queue({
    task: BUILD_TASK,
    input: { reason },
    queue: SITE_QUEUE,
    waitUntil: new Date(Date.now() + COALESCE_MS),
  })
  return 'queued'
}
