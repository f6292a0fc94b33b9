import type { Payload, Where } from 'payload'

import { addressesWithin, loadWards } from '../addresses'
import { alertAreaOf, type StoredArea } from '../addresses/core/alertArea'
import { type AlertArea, isCityWide, wardsTouched } from '../addresses/core/targeting'

import {
  type ContentSlug,
  DELIVERIES,
  EMERGENCY_BULLETINS,
  KB_ARTICLES,
  MEDIA_RELEASES,
  PUBLICATIONS,
  SENDS,
} from '../core/slugs'
import type { Send as SendRow } from '../payload-types'
import { type EmailedSlug, TOPIC_OF } from './content'
import { payloadOutboxStore } from './store'
import { nextHandOff } from './handOffs'
import { releaseIfShown } from './siteWait'
import { siteWaitEnd } from './core/siteWait'
import { currentSettings, runsBackgroundWork } from '../settings'

import { channelNamed, registeredChannels } from './channel'
import { EMERGENCY_PRIORITY, NORMAL_PRIORITY } from './core/priority'
import type { ChannelName } from './core/types'

/** What queueing needs of an item; every content type's document has it. */
type Item = {
  id: number | string
  uid?: string | null
  title?: string | null
  audience?: string | null
  embargoUntil?: string | null
}
type Send = {
  id: number | string
  key: string
  itemCollection: string
  itemId: string
  topic: string
  priority: number
  notBefore?: string | null
  waitsForSiteUntil?: string | null
  startedAt?: string | null
  status: string
}

/**
 * The send's key: one per item and first publication, from the item's permanent `uid` (never a row
 * id alone, which a deleted item can hand to the next one on some databases).
 */
const sendKeyOf = (collection: ContentSlug, item: Item) =>
  `${collection}:${String(item.uid ?? item.id)}`

/**
 * Queues the alerts for an item that just went live for the first time: one send, and one delivery
 * per subscriber of its topic on each registered channel (email, push, SMS). A second call for the
 * same item does nothing (unique send key), so republishing a correction does not alert everyone
 * again. Internal publications and knowledge-base answers are never sent out; an embargoed release
 * waits for its embargo.
 *
 * Resumable rather than transactional (SQLite's adapter runs without transactions): the send is
 * written first as "queueing", its deliveries are inserted under a unique key per subscriber, and
 * only then is it marked "sending". A process that dies in between leaves a "queueing" send, which
 * the next outbox run (in any process) finishes with `resumeQueueing`; inserting twice inserts
 * nothing twice.
 */
export const queueItem = async (
  payload: Payload,
  collection: ContentSlug,
  item: Item,
  change: ItemChange | null = null,
  /** Called once a channel's first rows are written (the caller wakes the outbox). */
  onRows?: () => void,
) => {
  // Taken before anything is awaited: the item is live by now, and a site build asked for after
  // the publication reads the CMS later than this, however long the send takes to write. The
  // send's start is this moment, so that build lets its messages go (siteWait.ts).
  const liveBy = new Date()
  if (collection === KB_ARTICLES) return null
  if (collection === PUBLICATIONS && item.audience !== 'public') return null
  const first = sendKeyOf(collection, item)
  const key = change ? `${first}:update:${change.number}` : first
  const existing = (await payload.db.findOne({
    collection: SENDS,
    where: { key: { equals: key } },
  })) as Send | null
  if (existing && existing.status !== 'queueing') return null
  const send = existing ?? (await createSend(payload, collection, item, key, change, liveBy))
  if (!send) return null
  return fillSend(payload, send, onRows)
}

/**
 * A major change of a live item (its change note with `notify`): queued like a first publication,
 * under a key of its own (the note's number), so each note is sent once.
 */
export type ItemChange = { number: number; note: string; noteFr: string | null }

const createSend = async (
  payload: Payload,
  collection: EmailedSlug,
  item: Item,
  key: string,
  change: ItemChange | null,
  liveBy: Date,
): Promise<Send | null> => {
  const embargo =
    collection === MEDIA_RELEASES && item.embargoUntil ? new Date(String(item.embargoUntil)) : null
  const notBefore = embargo && embargo > liveBy ? embargo : liveBy
  const priority = collection === EMERGENCY_BULLETINS ? EMERGENCY_PRIORITY : NORMAL_PRIORITY
  const waitsUntil = siteWaitEnd(priority, notBefore, currentSettings().sendWaitsForSiteMs)
  const data: Omit<SendRow, 'id' | 'createdAt' | 'updatedAt'> = {
    key,
    itemCollection: collection,
    itemId: String(item.id),
    itemUid: String(item.uid ?? item.id),
    itemTitle: String(item.title ?? ''),
    changeNote: change?.note ?? null,
    changeNoteFr: change?.noteFr ?? null,
    topic: TOPIC_OF[collection],
    priority,
    status: 'queueing',
    notBefore: notBefore.toISOString(),
    waitsForSiteUntil: waitsUntil?.toISOString() ?? null,
    startedAt: liveBy.toISOString(),
    total: 0,
    sent: 0,
    failed: 0,
  }
  try {
    return await payload.create({
      collection: SENDS,
      data: data,
      overrideAccess: true,
      depth: 0,
    })
  } catch (error) {
    // Another process queued the same item a moment ago (unique key): theirs stands.
    if (await payload.db.findOne({ collection: SENDS, where: { key: { equals: key } } }))
      return null
    throw error
  }
}

/** Takes items as they are published (rows from before digests have no value). */
const atOnce: Where = {
  or: [{ frequency: { equals: 'immediate' } }, { frequency: { exists: false } }],
}

/** Ids a query lists at once (SQLite allows 32,766 parameters a statement). */
const IN_LIST = 5000

/** Everywhere, or rows written before a place could be chosen (no value). */
const notPlaced: Where = { or: [{ area: { not_equals: 'mine' } }, { area: { exists: false } }] }

/**
 * Who a send reaches on a channel: its subscribers of the topic (confirmed ones, where it
 * confirms). With an alert's area, those who asked for alerts where they are (`area: mine`) only
 * when it touches their address or wards; everyone else as before.
 */
export const recipientsOf = async (
  payload: Payload,
  channel: ChannelName,
  topic: string,
  area: AlertArea | null = null,
) => {
  const recipients = channelNamed(channel).recipients
  if (!recipients) return []
  const { collection, confirmedOnly: confirmed, digests } = recipients
  const subscribed: Where[] = [
    ...(confirmed ? [{ status: { equals: 'confirmed' } }] : []),
    { topics: { contains: topic } },
    ...(digests && topic !== 'emergency' ? [atOnce] : []),
  ]
  const everyone = !area || isCityWide(area)
  const { docs } = await payload.db.find({
    collection,
    where: { and: [...subscribed, ...(everyone ? [] : [notPlaced])] },
    select: { id: true },
    pagination: false,
    limit: 0,
  })
  const ids = docs.map((doc) => doc.id)
  if (everyone) return ids
  // Those who asked for alerts where they are: at an address the area holds, or in a ward it
  // touches. Two indexed reads of ids, however many subscribers the city has.
  const wards = await loadWards(payload)
  const shapes = new Map(wards.map((ward) => [ward.number, ward.geometry]))
  const mine: Where[] = [...subscribed, { area: { equals: 'mine' } }]
  const pick = async (where: Where) =>
    (
      await payload.db.find({
        collection,
        where: { and: [...mine, where] },
        select: { id: true },
        pagination: false,
        limit: 0,
      })
    ).docs.map((doc) => doc.id)
  const reached = new Set<number | string>()
  const inside = await addressesWithin(payload, area, shapes)
  for (let from = 0; from < inside.length; from += IN_LIST)
    for (const id of await pick({ address: { in: inside.slice(from, from + IN_LIST) } }))
      reached.add(id)
  const touched = wardsTouched(area, shapes)
  if (touched.length) for (const id of await pick({ wards: { in: touched } })) reached.add(id)
  ids.push(...reached)
  return ids
}

/**
 * The ground an item's messages are for: a bulletin's areas; a release's or publication's wards
 * (written for those wards); none (the whole city) for anything else or an item that names none.
 */
export const alertAreaOfItem = async (
  payload: Payload,
  collection: string,
  id: number | string,
): Promise<AlertArea | null> => {
  if (collection === MEDIA_RELEASES || collection === PUBLICATIONS) {
    const doc = await payload.db.findOne<{ id: number | string; wards?: unknown[] | null }>({
      collection,
      where: { id: { equals: id } },
    })
    const wards = (doc?.wards ?? []).map(Number).filter(Number.isInteger)
    return wards.length ? { polygons: [], circles: [], wards } : null
  }
  if (collection !== EMERGENCY_BULLETINS) return null
  const doc = await payload.db.findOne<{ id: number | string; areas?: StoredArea[] | null }>({
    collection,
    where: { id: { equals: id } },
  })
  return doc ? alertAreaOf(doc.areas) : null
}

/** The row key: one delivery per send, channel and recipient (email's keys predate channels). */
const deliveryKey = (send: Send, channel: ChannelName, id: number | string) =>
  channel === 'email' ? `${send.id}:${id}` : `${send.id}:${channel}:${id}`

/** Inserts the deliveries a send lacks on every channel (idempotent), then marks it ready. */
/** Sends this process is filling now. */
const filling = new Set<string>()

const fillSend = async (payload: Payload, send: Send, onRows?: () => void) => {
  filling.add(String(send.id))
  try {
    return await fillSendNow(payload, send, onRows)
  } finally {
    filling.delete(String(send.id))
  }
}

const fillSendNow = async (payload: Payload, send: Send, onRows?: () => void) => {
  const waitsForSite = Boolean(send.waitsForSiteUntil)
  // Rows of a send waiting for the site are due when the wait ends; the build that puts its page
  // live makes them due sooner (siteWait.ts).
  const notBefore = new Date(send.waitsForSiteUntil ?? send.notBefore ?? Date.now())
  let inserted = 0
  // An urgent send whose outbox this process woke waits once, after its first rows, for the first
  // hand-off (handOffs.ts), at most HEAD_START_MS: its first message goes out before the rest.
  let headStart =
    Boolean(onRows) && send.priority === EMERGENCY_PRIORITY && runsBackgroundWork(currentSettings())
  const area = await alertAreaOfItem(payload, send.itemCollection, send.itemId)
  for (const { name: channel, recipients } of registeredChannels()) {
    if (!recipients) continue
    const ids = await recipientsOf(payload, channel, send.topic, area)
    // A first small batch, then the rest: the channel's worker may start on the first (it claims
    // rows, not sends) while the others are written.
    for (let from = 0; from < ids.length; from = from === 0 ? FIRST_ROWS : from + ROWS) {
      inserted += await payloadOutboxStore(payload).insert(
        ids.slice(from, from === 0 ? FIRST_ROWS : from + ROWS).map((id) => ({
          key: deliveryKey(send, channel, id),
          channel,
          send: send.id,
          subscriber: id,
          priority: send.priority,
          nextAttemptAt: notBefore,
        })),
      )
      if (from !== 0) continue
      onRows?.()
      if (headStart && ids.length > FIRST_ROWS) {
        headStart = false
        await nextHandOff(HEAD_START_MS)
      }
    }
  }
  const total = (
    await payload.db.count({ collection: DELIVERIES, where: { send: { equals: send.id } } })
  ).totalDocs
  await payload.update({
    collection: SENDS,
    id: send.id,
    data: { total, status: 'sending' },
    overrideAccess: true,
    depth: 0,
  })
  // The build may have put the page live while the rows were written: those written after its
  // release are made due here.
  if (waitsForSite) await releaseIfShown(payload, send.id)
  return { send: send.id, recipients: total, inserted }
}

/** Rows in the first insert of each channel, then in each of the next. */
const FIRST_ROWS = 200
/** The longest an urgent send's other rows wait for its first message to be handed over. */
const HEAD_START_MS = 500
const ROWS = 5000

/** Finishes sends whose queueing a stopped process left half done. */
export const resumeQueueing = async (payload: Payload): Promise<number> => {
  const { docs } = await payload.db.find<Send>({
    collection: SENDS,
    where: { status: { equals: 'queueing' } },
    pagination: false,
    limit: 0,
  })
  // A send this process is filling now is not left half done: filling it again beside itself
  // would hold the worker back from the first messages (bench/targeting.ts).
  const left = docs.filter((send) => !filling.has(String(send.id)))
  for (const send of left) await fillSend(payload, send)
  return left.length
}
