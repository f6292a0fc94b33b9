import type { Payload, Where } from 'payload'

import { distanceMetres } from '../addresses/core/geo'
import { readReceipt, receiveOnce, type ScheduledStep } from '../coordination'
import { formatDay } from '../core/businessDays'
import { relationId } from '../core/relationId'
import { SERVICE_REQUESTS, WATCHES } from '../core/slugs'
import { digestDue, type DigestPeriod } from '../email/core/digest'
import type { Watch } from '../payload-types'
import { currentSettings } from '../settings'
import type { Language } from '../../site/lib/i18n'
import { loadServices } from './catalogue'
import { type DigestLine, watchDigest } from './core/watch'
import { send, serviceName } from './tracking'
import { areaOf, watchStopUrl } from './watches'

/**
 * Ward watch's daily email: at 07:00 City time, each confirmed watch gets the reports opened and
 * closed in its place during the day before, in its language; a watch with nothing gets nothing.
 * The day's reports are read once (public fields only) and matched to each watch in memory; each
 * email is queued under a key of the day and the watch, and a receipt marks the day done, so a
 * crash or a second worker sends nobody two.
 */

const DAY_MS = 86_400_000
const PAGE = 500
/**
 * A pass queues for at most this long, then the next pass (5 seconds on) goes on after the last
 * watch it queued: 5,000 watchers take about 20 s on 2 cores, which must not hold the scheduled
 * pass (alerts, publishing) that long.
 */
const PASS_BUDGET_MS = 2_000

/** Where this process stopped in a morning's watchers: the next pass starts after it. */
let progress: { key: string; after: number | string | null } | null = null

type Report = {
  reference: string
  serviceCode: string
  addressLabel?: string | null
  lat?: number | null
  long?: number | null
  ward?: unknown
}

const reportsIn = async (payload: Payload, field: 'requestedAt' | 'closedAt', p: DigestPeriod) => {
  const where: Where[] = [
    { [field]: { greater_than_equal: p.since.toISOString() } },
    { [field]: { less_than: p.dueAt.toISOString() } },
  ]
  // A closing as a duplicate is not news: the request it joined is the one that gets fixed.
  if (field === 'closedAt') where.push({ closingReason: { not_equals: 'duplicate' } })
  const { docs } = await payload.find({
    collection: SERVICE_REQUESTS,
    where: { and: where },
    sort: field,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: {
      reference: true,
      serviceCode: true,
      addressLabel: true,
      lat: true,
      long: true,
      ward: true,
    },
  })
  return docs as Report[]
}

const covers = (watch: Watch, report: Report) => {
  if (watch.ward != null) return String(relationId(report.ward)) === String(relationId(watch.ward))
  if (watch.lat == null || watch.long == null || report.lat == null || report.long == null)
    return false
  const centre = { lat: watch.lat, long: watch.long }
  return distanceMetres(centre, { lat: report.lat, long: report.long }) <= (watch.radius ?? 0)
}

/**
 * Queues one day's digests, watch by watch in id order after `after`, until `deadline`; answers
 * how many it queued, whether every watch was seen, and the last one seen.
 */
const queueDay = async (
  payload: Payload,
  period: DigestPeriod,
  after: number | string | null,
  deadline: number,
) => {
  const opened = await reportsIn(payload, 'requestedAt', period)
  const closed = await reportsIn(payload, 'closedAt', period)
  if (opened.length === 0 && closed.length === 0) return { queued: 0, finished: true, after }
  const services = new Map((await loadServices(payload, false)).map((s) => [s.code, s]))
  const settings = currentSettings()
  const day = period.key.slice('daily:'.length)
  let queued = 0
  for (let cursor = after; ;) {
    const { docs } = await payload.find({
      collection: WATCHES,
      where: {
        and: [
          { confirmedAt: { exists: true } },
          { confirmedAt: { less_than: period.dueAt.toISOString() } },
          { stoppedAt: { exists: false } },
          ...(cursor === null ? [] : [{ id: { greater_than: cursor } }]),
        ],
      },
      sort: 'id',
      limit: PAGE,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    if (docs.length === 0) return { queued, finished: true, after: cursor }
    for (const watch of docs) {
      // At least one watch a pass, however long the day's reports took to read: always progress.
      if (cursor !== after && Date.now() > deadline)
        return { queued, finished: false, after: cursor }
      cursor = watch.id
      const language: Language = watch.language === 'fr' ? 'fr' : 'en'
      const line = (report: Report): DigestLine => {
        const service = services.get(report.serviceCode)
        return {
          reference: report.reference,
          service: service ? serviceName(service, language) : report.serviceCode,
          address: report.addressLabel ?? null,
        }
      }
      const events = watch.events ?? []
      const stopUrl = watchStopUrl(payload.secret, watch.id)
      const email = watchDigest({
        language,
        area: areaOf(watch, language),
        day: formatDay(period.dueAt, language),
        opened: events.includes('new') ? opened.filter((r) => covers(watch, r)).map(line) : [],
        closed: events.includes('closed') ? closed.filter((r) => covers(watch, r)).map(line) : [],
        mapUrl: `${settings.cmsUrl}/api/service-requests/map${language === 'fr' ? '?lang=fr' : ''}`,
        stopUrl,
        cityName: settings.cityName,
      })
      if (!email) continue
      await send(
        payload,
        watch.email,
        {
          ...email,
          headers: {
            'List-Unsubscribe': `<${stopUrl}>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
            'Auto-Submitted': 'auto-generated',
          },
        },
        `watch:${day}:${watch.id}`,
        { reference: `watch-${watch.id}`, part: day },
      )
      queued += 1
    }
  }
}

/**
 * The day's digests once 07:00 has passed, a pass's budget at a time, then a receipt marks the day
 * done (one per day, whichever process finishes); answers how many this call queued. A watch
 * whose digest is queued again (a crash, another process) is held once by its outbox key.
 */
export const queueWatchDigests = async (
  payload: Payload,
  now = new Date(),
  budgetMs = PASS_BUDGET_MS,
) => {
  const period = digestDue('daily', now)
  const marker = `watch-digest:${period.key}`
  if (await readReceipt(payload, marker)) return 0
  const after = progress?.key === period.key ? progress.after : null
  const day = await queueDay(payload, period, after, Date.now() + budgetMs)
  if (!day.finished) {
    progress = { key: period.key, after: day.after }
    return day.queued
  }
  progress = null
  await receiveOnce(payload, marker, { ttlMs: 9 * DAY_MS, scope: 'digest', now })
  return day.queued
}

export const watchDigestsScheduledStep: ScheduledStep = {
  name: '311 ward watch',
  report: 'watchDigests',
  fallback: 0,
  run: (payload, now) => queueWatchDigests(payload, now),
}
