import type { Payload } from 'payload'

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
  topic: string
  priority: number
  notBefore?: string | null
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
export const queueItem = async (payload: Payload, collection: ContentSlug, item: Item) => {
  if (collection === KB_ARTICLES) return null
  if (collection === PUBLICATIONS && item.audience !== 'public') return null
  const key = sendKeyOf(collection, item)
  const existing = (await payload.db.findOne({
    collection: SENDS,
    where: { key: { equals: key } },
  })) as Send | null
  if (existing && existing.status !== 'queueing') return null
  const send = existing ?? (await createSend(payload, collection, item, key))
  if (!send) return null
  return fillSend(payload, send)
}

const createSend = async (
  payload: Payload,
  collection: EmailedSlug,
  item: Item,
  key: string,
): Promise<Send | null> => {
  const embargo =
    collection === MEDIA_RELEASES && item.embargoUntil ? new Date(String(item.embargoUntil)) : null
  const notBefore = embargo && embargo.getTime() > Date.now() ? embargo : new Date()
  const data: Omit<SendRow, 'id' | 'createdAt' | 'updatedAt'> = {
    key,
    itemCollection: collection,
    itemId: String(item.id),
    itemUid: String(item.uid ?? item.id),
    itemTitle: String(item.title ?? ''),
    topic: TOPIC_OF[collection],
    priority: collection === EMERGENCY_BULLETINS ? EMERGENCY_PRIORITY : NORMAL_PRIORITY,
    status: 'queueing',
    notBefore: notBefore.toISOString(),
    startedAt: new Date().toISOString(),
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

/**
 * Who a send reaches on a channel: its subscribers of the topic (confirmed ones, where it
 * confirms).
 */
export const recipientsOf = async (payload: Payload, channel: ChannelName, topic: string) => {
  const { collection, confirmedOnly: confirmed } = channelNamed(channel).recipients
  const { docs } = await payload.db.find({
    collection,
    where: {
      and: [
        ...(confirmed ? [{ status: { equals: 'confirmed' } }] : []),
        { topics: { contains: topic } },
      ],
    },
    select: { id: true },
    pagination: false,
    limit: 0,
  })
  return docs.map((doc) => doc.id)
}

/** The row key: one delivery per send, channel and recipient (email's keys predate channels). */
const deliveryKey = (send: Send, channel: ChannelName, id: number | string) =>
  channel === 'email' ? `${send.id}:${id}` : `${send.id}:${channel}:${id}`

/** Inserts the deliveries a send lacks on every channel (idempotent), then marks it ready. */
const fillSend = async (payload: Payload, send: Send) => {
  const notBefore = send.notBefore ? new Date(send.notBefore) : new Date()
  let inserted = 0
  for (const { name: channel } of registeredChannels()) {
    const ids = await recipientsOf(payload, channel, send.topic)
    inserted += await payloadOutboxStore(payload).insert(
      ids.map((id) => ({
        key: deliveryKey(send, channel, id),
        channel,
        send: send.id,
        subscriber: id,
        priority: send.priority,
        nextAttemptAt: notBefore,
      })),
    )
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
  return { send: send.id, recipients: total, inserted }
}

/** Finishes sends whose queueing a stopped process left half done. */
export const resumeQueueing = async (payload: Payload): Promise<number> => {
  const { docs } = await payload.db.find<Send>({
    collection: SENDS,
    where: { status: { equals: 'queueing' } },
    pagination: false,
    limit: 0,
  })
  for (const send of docs) await fillSend(payload, send)
  return docs.length
}
