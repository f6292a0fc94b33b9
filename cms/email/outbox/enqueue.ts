import type { Payload } from 'payload'

import { type ContentSlug, EMERGENCY_BULLETINS, MEDIA_RELEASES, PUBLICATIONS, SENDS, SUBSCRIBERS } from '../../../collections/slugs'
import { TOPIC_OF } from './content'
import { payloadOutboxStore } from './store'

/** Emergency messages are claimed before anything else in the outbox. */
export const EMERGENCY_PRIORITY = 0
export const NORMAL_PRIORITY = 1

/**
 * Queues the email for an item that just went live for the first time: one send, and one delivery per
 * confirmed subscriber of its topic. A second call for the same item does nothing (unique send key), so
 * republishing a correction does not email everyone again. Internal publications are never emailed;
 * an embargoed release waits for its embargo.
 */
export const queueItemEmail = async (payload: Payload, collection: ContentSlug, item: Record<string, unknown> & { id: number | string }) => {
  if (collection === PUBLICATIONS && item.audience !== 'public') return null
  const key = `${collection}:${item.id}`
  if (await payload.db.findOne({ collection: SENDS, where: { key: { equals: key } } })) return null
  const topic = TOPIC_OF[collection]
  const embargo = collection === MEDIA_RELEASES && item.embargoUntil ? new Date(String(item.embargoUntil)) : null
  const notBefore = embargo && embargo.getTime() > Date.now() ? embargo : new Date()
  const priority = collection === EMERGENCY_BULLETINS ? EMERGENCY_PRIORITY : NORMAL_PRIORITY
  const send = await payload.create({
    collection: SENDS,
    data: { key, itemCollection: collection, itemId: String(item.id), itemTitle: String(item.title ?? ''), topic, priority, status: 'sending', notBefore: notBefore.toISOString(), startedAt: new Date().toISOString(), total: 0, sent: 0, failed: 0 },
    overrideAccess: true,
    depth: 0,
  })
  const { docs } = await payload.db.find({
    collection: SUBSCRIBERS,
    where: { and: [{ status: { equals: 'confirmed' } }, { topics: { contains: topic } }] },
    pagination: false,
    limit: 0,
  })
  const inserted = await payloadOutboxStore(payload).insert(
    docs.map((subscriber) => ({ key: `${send.id}:${subscriber.id}`, send: send.id, subscriber: subscriber.id, priority, nextAttemptAt: notBefore })),
  )
  await payload.update({ collection: SENDS, id: send.id, data: { total: inserted }, overrideAccess: true, depth: 0 })
  return { send: send.id, recipients: inserted }
}
