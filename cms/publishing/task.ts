import path from 'node:path'

import type { Payload, TaskConfig } from 'payload'

import { SITE_STATUS } from '../core/slugs'
import { cacheKeyOf } from '../instanceKeys'
import { currentSettings } from '../settings'
import { buildSite, type BuildReport } from './buildSite'
import {
  isClosing,
  withLease,
  BUILD_TASK,
  clearBuildRequests,
  pendingBuildRequests,
  SITE_BUILD_LEASE,
} from '../coordination'
import { anonymousRest } from './restClient'
import { kickOutbox, releaseSendsShownBy } from '../outbox'

/**
 * The messages that waited for pages this build read (it read the CMS after `readAt`) go now, in
 * this process at once; other processes' outbox runs find them due at their next poll.
 */
export const letWaitingSendsGo = async (payload: Payload, readAt: Date, now = new Date()) => {
  const released = await releaseSendsShownBy(payload, readAt, now)
  if (released > 0) kickOutbox(payload)
  return released
}

let running: Promise<unknown> = Promise.resolve()
let pruning: Promise<void> = Promise.resolve()
/** Builds-while-requested in flight: one may start its next build after the last one ended. */
const building = new Set<Promise<unknown>>()

/**
 * Resolves when no site build is running in this process and older builds are removed (a clean
 * shutdown waits for both).
 */
export const siteBuildsIdle = async () => {
  while (building.size) await Promise.all([...building].map((b) => b.catch(() => undefined)))
  await running.catch(() => undefined)
  await pruning
}

/**
 * Builds the public site now and records the outcome in the site-status global. Builds in one
 * process never overlap: a second request waits for the first, then builds with the newer content.
 */
export const rebuildSite = async (
  payload: Payload,
  reason: string,
  payloadInstanceCacheKey?: string,
  options: { full?: boolean } = {},
): Promise<BuildReport> => {
  const previous = running
  let release!: () => void
  running = new Promise<void>((resolve) => (release = resolve))
  await previous.catch(() => undefined)
  const settings = currentSettings()
  const attemptAt = new Date()
  try {
    const { get, download } = anonymousRest(payload, payloadInstanceCacheKey ?? cacheKeyOf(payload))
    const report = await buildSite({
      get,
      download,
      siteUrl: settings.siteUrl,
      cmsUrl: settings.cmsUrl,
      capSender: settings.capSender,
      cityName: settings.cityName,
      liveDir: settings.siteOutDir,
      buildsDir: path.join(settings.dataDir, 'site-builds'),
      bucket: settings.s3,
      full: options.full,
      now: attemptAt,
      log: (line) => payload.logger.warn(line),
      onLive: () => letWaitingSendsGo(payload, attemptAt),
    })
    pruning = Promise.all([pruning, report.pruned]).then(() => undefined)
    await payload.updateGlobal({
      slug: SITE_STATUS,
      data: {
        state: 'ok',
        lastSuccessAt: new Date().toISOString(),
        lastSnapshotAt: attemptAt.toISOString(),
        lastAttemptAt: attemptAt.toISOString(),
        lastError: null,
        pages: report.pages,
        seconds: Math.round(report.seconds * 10) / 10,
        reason,
      },
      overrideAccess: true,
    })
    payload.logger.info(
      `Public site built: ${report.pages} pages in ${report.seconds.toFixed(1)} s (${reason}).`,
    )
    return report
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    payload.logger.error(`Public site build failed; the live site is unchanged. ${message}`)
    await payload.updateGlobal({
      slug: SITE_STATUS,
      data: {
        state: 'failed',
        lastAttemptAt: attemptAt.toISOString(),
        lastError: message,
        reason,
      },
      overrideAccess: true,
    })
    throw error
  } finally {
    release()
  }
}

/** A build renews its lease every 20 s; one whose process died is taken over a minute later. */
const BUILD_LEASE_MS = 60_000

const reasonOf = (reasons: string[]) => {
  const distinct = [...new Set(reasons)]
  return distinct.length <= 2
    ? distinct.join('; ')
    : `${distinct.slice(0, 2).join('; ')} and ${distinct.length - 2} more`
}

/**
 * Builds once for every request waiting, in whichever process holds the site-build lease, then
 * again while requests arrived during the build (each follow-up covers all of them), and answers
 * the last build's report. A process that finds the lease held does nothing: the holder will see
 * its request. A failed build clears the requests it covered; the scheduled pass retries failed
 * builds.
 */
export const buildWhileRequested = (payload: Payload): Promise<BuildReport | null> => {
  const run = buildWhileRequestedNow(payload)
  building.add(run)
  return run.finally(() => building.delete(run))
}

const buildWhileRequestedNow = async (payload: Payload): Promise<BuildReport | null> => {
  let last: BuildReport | null = null
  for (;;) {
    // A closing process leaves the requests to the next one.
    if (isClosing(payload)) return last
    const outcome = await withLease(payload, SITE_BUILD_LEASE, BUILD_LEASE_MS, async () => {
      for (;;) {
        const requests = await pendingBuildRequests(payload)
        if (requests.length === 0 || isClosing(payload)) return
        try {
          last = await rebuildSite(payload, reasonOf(requests.map((r) => r.reason)))
        } finally {
          await clearBuildRequests(payload, requests)
        }
      }
    })
    // A request written after the holder's last look but before it let go would wait for the
    // scheduled pass; the holder looks once more after letting go.
    if (!outcome.ran || (await pendingBuildRequests(payload)).length === 0) return last
  }
}

export const buildSiteTask: TaskConfig<{ input: { reason?: string }; output: { pages: number } }> =
  {
    slug: BUILD_TASK,
    label: 'Build the public site',
    // A failed build is recorded and shown to staff; the scheduled pass asks for another.
    retries: 0,
    inputSchema: [{ name: 'reason', type: 'text' }],
    outputSchema: [{ name: 'pages', type: 'number', required: true }],
    handler: async ({ req }) => ({
      output: { pages: (await buildWhileRequested(req.payload))?.pages ?? 0 },
    }),
  }
