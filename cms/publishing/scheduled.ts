import type { Payload } from 'payload'

import { MEDIA_RELEASES, SITE_STATUS } from '../core/slugs'
import { type ScheduledStep, requestSiteBuild, resumeStrandedBuilds } from '../coordination'
import { letWaitingSendsGo } from './task'

/** After a failed site build, how long before the 5-second job asks for another by itself. */
export const SITE_RETRY_MS = 60_000

/**
 * A media release whose embargo lifted since the live site's content was read must appear now: the
 * public filter already shows it through the API, the static site needs a build.
 */
const rebuildForLiftedEmbargoes = async (payload: Payload, now = new Date()): Promise<boolean> => {
  const status = await payload.findGlobal({ slug: SITE_STATUS, overrideAccess: true })
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
 * A build that failed (the output folder not writable, a disk full, a template error) is tried
 * again every minute until one succeeds, with nobody having to publish something: the live site
 * stays as it was meanwhile, and the admin shows the failure.
 */
const retryFailedSiteBuild = async (payload: Payload, now = new Date()): Promise<boolean> => {
  const status = await payload.findGlobal({ slug: SITE_STATUS, overrideAccess: true, depth: 0 })
  if (status.state !== 'failed' || !status.lastAttemptAt) return false
  if (now.getTime() - new Date(status.lastAttemptAt).getTime() < SITE_RETRY_MS) return false
  return (await requestSiteBuild(payload, 'retry after a failed build')) === 'queued'
}

/** Publishing's part of the 5-second pass: lifted embargoes, then failed or stranded builds. */
export const embargoScheduledStep: ScheduledStep = {
  name: 'embargo',
  report: 'embargoLifted',
  output: 'checkbox',
  fallback: false,
  run: (payload, now) => rebuildForLiftedEmbargoes(payload, now),
}

export const siteScheduledStep: ScheduledStep = {
  name: 'site',
  report: 'siteRetried',
  output: 'checkbox',
  fallback: false,
  run: async (payload, now) =>
    (await retryFailedSiteBuild(payload, now)) || (await resumeStrandedBuilds(payload, now)),
}

/**
 * Messages waiting for the site (cms/outbox/siteWait.ts) whose pages the live site holds: the
 * build's own process lets them go as its pages go live; this catches a build whose process died
 * or failed to, and clears the mark of those whose wait ended.
 */
export const sendsAfterSiteStep: ScheduledStep = {
  name: 'messages after the site',
  report: 'sendsLetGo',
  fallback: 0,
  run: async (payload, now) => {
    const status = await payload.findGlobal({ slug: SITE_STATUS, overrideAccess: true, depth: 0 })
    const readAt = status.lastSnapshotAt ? new Date(status.lastSnapshotAt) : new Date(0)
    return letWaitingSendsGo(payload, readAt, now)
  },
}
