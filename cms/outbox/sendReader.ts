import type { CollectionSlug, Payload } from 'payload'

import { isContentSlug, SENDS } from '../core/slugs'
import type { Language as Language } from '../../site/lib/i18n'
import type { ItemContent } from './core/item'
import { itemContent } from './content'
import type { ClaimedDelivery } from './core/types'
import type { Send } from '../payload-types'

export type SendRow = Send

/**
 * What a channel's delivery step reads about a broadcast, once per run whatever the number of
 * recipients: the send, and its item as it is live now in each language. `itemOf` answers null (the
 * delivery is then skipped) when the item is no longer live or its row now holds another item.
 */
export const sendReader = (payload: Payload, siteUrl: string) => {
  const sends = new Map<string, Promise<SendRow | null>>()
  const items = new Map<string, Promise<ItemContent | null>>()
  const sendOf = (id: number | string) => {
    if (!sends.has(String(id)))
      sends.set(
        String(id),
        payload.db.findOne<SendRow>({ collection: SENDS, where: { id: { equals: id } } }),
      )
    return sends.get(String(id))!
  }
  const itemOf = async (send: SendRow, language: Language) => {
    const key = `${send.id}:${language}`
    if (!items.has(key))
      items.set(
        key,
        isContentSlug(send.itemCollection)
          ? itemContent(payload, send.itemCollection, send.itemId, language, siteUrl)
          : Promise.resolve(null),
      )
    const item = await items.get(key)!
    // The row may now hold another item (a restore or an import can reuse ids): never send it in
    // this send's name.
    if (item && send.itemUid && item.uid && send.itemUid !== item.uid) return null
    if (!item || !send.changeNote) return item
    return { ...item, change: (language === 'fr' && send.changeNoteFr) || send.changeNote }
  }
  return { sendOf, itemOf }
}

/** Why a broadcast delivery cannot go to this recipient now, or null when it can. */
export const skipReason = (
  send: SendRow | null,
  recipient: { status?: string | null; topics?: string[] | null } | null,
  /** The status a recipient must have (push subscriptions have none: they exist or not). */
  active?: string,
): string | null => {
  if (!send) return 'the send no longer exists'
  if (!recipient) return 'the recipient is gone'
  if (active !== undefined && recipient.status !== active)
    return `the recipient is ${recipient.status}`
  if (!(recipient.topics ?? []).includes(send.topic)) return `no longer subscribed to ${send.topic}`
  return null
}

/**
 * The recipients of the batch being sent, read in one query when it is claimed rather than one per
 * message (`load` as `Deliver.prepare`), with a single read for one that is not in it.
 */
export const batchRecipients = <Row extends { id: number | string }>(
  payload: Payload,
  collection: CollectionSlug,
) => {
  let batch = new Map<string, Row>()
  return {
    load: async (claimed: ClaimedDelivery[]) => {
      const ids = claimed.flatMap((d) => (d.subscriber === null ? [] : [d.subscriber]))
      if (ids.length === 0) return
      const { docs } = await payload.db.find<Row>({
        collection,
        where: { id: { in: ids } },
        pagination: false,
        limit: 0,
      })
      batch = new Map(docs.map((doc) => [String(doc.id), doc]))
    },
    get: async (id: number | string): Promise<Row | null> =>
      batch.get(String(id)) ??
      ((await payload.db.findOne({ collection, where: { id: { equals: id } } })) as Row | null),
  }
}
