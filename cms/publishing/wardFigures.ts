import type { Payload } from 'payload'

import { paced, type ScheduledStep, requestSiteBuild } from '../coordination'
import { SERVICE_REQUESTS, SITE_STATUS, WARDS } from '../core/slugs'

/**
 * The ward pages and their RSS of new 311 reports show the requests as of the last build. Builds
 * follow publishing, so on a quiet week for content the figures would age: every 30 minutes, if a
 * request changed since the last snapshot was read, a build is asked for (the incremental build
 * then renders only the ward pages and their feeds, whose inputs changed).
 */
const EVERY_MS = 30 * 60 * 1000

/** Asks for a build when 311 changed since the last snapshot; answers whether it asked. */
export const refreshWardFigures = async (payload: Payload): Promise<boolean> => {
  const status = await payload.findGlobal({ slug: SITE_STATUS, overrideAccess: true, depth: 0 })
  if (!status.lastSnapshotAt) return false
  const { totalDocs: wards } = await payload.count({ collection: WARDS, overrideAccess: true })
  if (wards === 0) return false
  const { totalDocs: changed } = await payload.count({
    collection: SERVICE_REQUESTS,
    where: { updatedAt: { greater_than: status.lastSnapshotAt } },
    overrideAccess: true,
  })
  if (changed === 0) return false
  await requestSiteBuild(payload, '311 figures of the ward pages and feeds')
  return true
}

export const wardFiguresScheduledStep: ScheduledStep = {
  name: 'ward figures',
  report: 'wardFiguresRefreshed',
  fallback: null,
  // The first look is 30 minutes after the process starts: a start builds the site anyway.
  run: paced(EVERY_MS, (payload) => refreshWardFigures(payload), { firstAfterStart: true }),
}
