import type { Payload } from 'payload'

import { readReceipt, receiveOnce, type ScheduledStep } from '../coordination'
import { SENDS, SUBSCRIBERS } from '../core/slugs'
import { splitMailbox } from '../core/text/emailAddress'
import type { ItemContent } from '../outbox/core/item'
import { NORMAL_PRIORITY } from '../outbox/core/priority'
import { alertAreaOfItem, sendReader } from '../outbox'
import { loadAddress, loadWards } from '../addresses'
import { type AlertArea, reaches, type WardShapes } from '../addresses/core/targeting'
import type { Send } from '../payload-types'
import { currentSettings, type Settings } from '../settings'
import { type Language } from '../../site/lib/i18n'
import { digestDue, type DigestPeriod } from './core/digest'
import { digestEmail } from './core/digestEmail'
import { subscriberLinks, type Subscriber } from './deliver'
import { queueMessage } from './queue'

const DAY_MS = 86_400_000
/** Subscribers read and queued per round: a city's digest list is read a page at a time. */
const PAGE = 500

type DigestSubscriber = Subscriber & {
  frequency?: string | null
  area?: string | null
  address?: unknown
  wards?: unknown[] | null
}

/**
 * Whether an item belongs in a subscriber's digest by place: everything for those who asked for
 * everywhere; for `area: mine`, items for the whole city and those written for a ward they are in.
 */
const forTheirPlace = async (
  payload: Payload,
  subscriber: DigestSubscriber,
  areas: (AlertArea | null)[],
  shapes: () => Promise<WardShapes>,
): Promise<boolean[]> => {
  if (subscriber.area !== 'mine' || areas.every((area) => area === null))
    return areas.map(() => true)
  const address = await loadAddress(payload, subscriber.address)
  const who = {
    point: address ? { lat: address.lat, long: address.long } : null,
    wards: (subscriber.wards ?? []).map(Number).filter(Number.isInteger),
  }
  const known = await shapes()
  return areas.map((area) => area === null || reaches(area, who, known))
}

/** What was first published on non-emergency topics in the period, oldest first. */
const publishedIn = async (payload: Payload, period: DigestPeriod) =>
  (
    await payload.db.find<Send>({
      collection: SENDS,
      where: {
        and: [
          { topic: { not_equals: 'emergency' } },
          { notBefore: { greater_than_equal: period.since.toISOString() } },
          { notBefore: { less_than: period.dueAt.toISOString() } },
        ],
      },
      sort: 'notBefore',
      pagination: false,
      limit: 0,
    })
  ).docs

/**
 * One subscriber's digest, queued under a key of the period and the subscriber: whoever queues it
 * (a second process, the same one after a crash), the outbox holds it once.
 */
const queueOne = async (
  payload: Payload,
  settings: Settings,
  frequency: 'daily' | 'weekly',
  period: DigestPeriod,
  subscriber: DigestSubscriber,
  items: ItemContent[],
) => {
  const language: Language = subscriber.language === 'fr' ? 'fr' : 'en'
  const from = splitMailbox(settings.mailFrom)
  const domain = from.address.split('@')[1] ?? 'localhost'
  const links = subscriberLinks(settings.cmsUrl, payload.secret, subscriber)
  const parts = digestEmail({
    language,
    frequency,
    items,
    manageUrl: links.manage,
    unsubscribeUrl: links.unsubscribe,
    cityName: settings.cityName,
    sender: {
      cityName: from.name || 'City Communications',
      postalAddress: settings.mailPostalAddress,
    },
  })
  await queueMessage(
    payload,
    {
      from: settings.mailFrom,
      to: [subscriber.email],
      ...parts,
      headers: {
        'List-Unsubscribe': `<${links.unsubscribe}>, <mailto:unsubscribe@${domain}?subject=${encodeURIComponent(`unsubscribe ${links.token}`)}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        'Auto-Submitted': 'auto-generated',
      },
    },
    { key: `digest:${period.key}:${subscriber.id}`, priority: NORMAL_PRIORITY },
  )
}

/** Queues one period's digests; answers how many. */
const queuePeriod = async (
  payload: Payload,
  settings: Settings,
  frequency: 'daily' | 'weekly',
  period: DigestPeriod,
) => {
  const sends = await publishedIn(payload, period)
  if (sends.length === 0) return 0
  const { itemOf } = sendReader(payload, settings.siteUrl)
  const areas = await Promise.all(
    sends.map((send) => alertAreaOfItem(payload, send.itemCollection, send.itemId)),
  )
  let wardShapes: WardShapes | null = null
  const shapes = async () =>
    (wardShapes ??= new Map((await loadWards(payload)).map((w) => [w.number, w.geometry])))
  let queued = 0
  for (let page = 1; ; page += 1) {
    const { docs, hasNextPage } = await payload.db.find<DigestSubscriber>({
      collection: SUBSCRIBERS,
      where: {
        and: [{ status: { equals: 'confirmed' } }, { frequency: { equals: frequency } }],
      },
      sort: 'id',
      limit: PAGE,
      page,
    })
    for (const subscriber of docs) {
      const language: Language = subscriber.language === 'fr' ? 'fr' : 'en'
      const placed = await forTheirPlace(payload, subscriber, areas, shapes)
      const theirs = sends.filter(
        (send, index) => placed[index] && (subscriber.topics ?? []).includes(send.topic),
      )
      // An item withdrawn since it was published is left out.
      const items = (await Promise.all(theirs.map((send) => itemOf(send, language)))).filter(
        (item): item is ItemContent => item !== null,
      )
      if (items.length === 0) continue
      await queueOne(payload, settings, frequency, period, subscriber, items)
      queued += 1
    }
    if (!hasNextPage) return queued
  }
}

/**
 * The digests due by `now`: for each frequency, the latest period whose 07:00 has passed, once. A
 * receipt marks the period done after everything is queued, so a crash half way queues the rest
 * next time (the keys keep the first half from going twice); a period without news sends nothing.
 */
export const queueDueDigests = async (
  payload: Payload,
  now = new Date(),
  settings: Settings = currentSettings(),
): Promise<number> => {
  let queued = 0
  for (const frequency of ['daily', 'weekly'] as const) {
    const period = digestDue(frequency, now)
    const marker = `digest:${period.key}`
    if (await readReceipt(payload, marker)) continue
    queued += await queuePeriod(payload, settings, frequency, period)
    await receiveOnce(payload, marker, { ttlMs: 9 * DAY_MS, scope: 'digest', now })
  }
  return queued
}

export const digestsScheduledStep: ScheduledStep = {
  name: 'digests',
  report: 'digests',
  fallback: 0,
  run: (payload, now) => queueDueDigests(payload, now),
}
