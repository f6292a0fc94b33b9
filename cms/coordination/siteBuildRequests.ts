import type { Payload } from 'payload'

import { SITE_BUILD_REQUESTS } from '../core/slugs'
import { isClosing } from './closing'
import { shouldRunJobs } from './jobsRunner'
import { leaseHeld } from './leases'

/**
 * Site builds as every domain asks for them: a request row (the durable part) and a job that wakes
 * the builder. Publishing builds (cms/publishing/task.ts); anything the public sees asks here, so
 * no domain needs publishing to ask.
 */
export const SITE_QUEUE = 'site'
export const BUILD_TASK = 'buildSite'
export const SITE_BUILD_LEASE = 'site-build'
/** Changes within this window share one build (ten publishes in a second give one build). */
const COALESCE_MS = 1000

/** Queues a job to build, unless one is already waiting to start (it will see every request). */
const wakeBuilder = async (
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
  startWhenDue(payload)
  return 'queued'
}

/**
 * Where this process runs the jobs queue, the build starts as soon as its coalescing second is
 * over, not at the queue's next 2-second poll (up to 2 s of a publish's way to the public). The
 * poll stays the net: it starts the job if this does not.
 */
const startWhenDue = (payload: Payload) => {
  if (payload.crons.length === 0) return
  setTimeout(() => {
    void (async () => {
      if (!isClosing(payload) && (await shouldRunJobs(payload)))
        await payload.jobs.run({ queue: SITE_QUEUE, limit: 1 })
    })().catch((error: unknown) =>
      payload.logger.error({
        err: error,
        msg: 'The site build could not start at once; the jobs queue starts it within 2 s.',
      }),
    )
  }, COALESCE_MS + 50).unref()
}

/**
 * Asks for a site build: records the request (the durable part: whoever holds the build lease
 * builds until no request is left) and wakes a builder. Two processes may both queue a job; the
 * lease makes the second find nothing left to do.
 */
export const requestSiteBuild = async (
  payload: Payload,
  reason: string,
): Promise<'queued' | 'already-queued'> => {
  await payload.db.create({
    collection: SITE_BUILD_REQUESTS,
    data: { reason: reason.slice(0, 500), requestedAt: new Date().toISOString() },
  })
  return wakeBuilder(payload, reason)
}

export type BuildRequest = { id: number | string; reason: string; requestedAt: string }

export const pendingBuildRequests = async (payload: Payload): Promise<BuildRequest[]> =>
  (
    await payload.db.find<BuildRequest>({
      collection: SITE_BUILD_REQUESTS,
      sort: 'requestedAt',
      pagination: false,
      limit: 0,
    })
  ).docs

export const clearBuildRequests = async (payload: Payload, requests: BuildRequest[]) => {
  if (requests.length === 0) return
  await payload.db.deleteMany({
    collection: SITE_BUILD_REQUESTS,
    where: { id: { in: requests.map((r) => r.id) } },
  })
}

/** How long a request may wait with nobody building before the 5-second job wakes a builder. */
const STRANDED_MS = 10_000

/**
 * A builder that died mid-build leaves its requests behind; when its lease has expired, the next
 * scheduled pass wakes another builder. Answers whether it did.
 */
export const resumeStrandedBuilds = async (
  payload: Payload,
  now = new Date(),
): Promise<boolean> => {
  const { docs } = await payload.db.find<BuildRequest>({
    collection: SITE_BUILD_REQUESTS,
    where: { requestedAt: { less_than: new Date(now.getTime() - STRANDED_MS).toISOString() } },
    sort: 'requestedAt',
    limit: 1,
  })
  if (docs.length === 0 || (await leaseHeld(payload, SITE_BUILD_LEASE))) return false
  return (await wakeBuilder(payload, 'resume a build nobody finished')) === 'queued'
}
