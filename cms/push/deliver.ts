import type { Agent } from 'node:https'

import type { Payload } from 'payload'

import { PUSH_SUBSCRIPTIONS } from '../core/slugs'
import { type HostRule, readOutboundUrl } from '../core/url/outboundUrl'
import { outboundAgent } from '../http'
import type { Settings } from '../settings'
import { strings, type Language } from '../../site/lib/i18n'
import { DeliveryFailure } from '../outbox/core/failure'
import type { ItemContent } from '../outbox/core/item'
import type { ClaimedDelivery } from '../outbox/core/types'
import { batchRecipients, sendReader, skipReason, type Deliver } from '../outbox'
import type { PushNotification } from './core/notification'
import type { QueuedPush } from './queue'
import { vapidKeys } from './keys'
import { sendPush } from './send'
import type { PushSubscription } from '../payload-types'

export type PushSubscriptionRow = PushSubscription

/**
 * One TLS connection pool per process to all push services (the bench sends 10,000 through it),
 * each connection checked and pinned to a public address unless the operator named the host.
 */
const agents = new WeakMap<readonly HostRule[], Agent>()
const agentFor = (rules: readonly HostRule[]) => {
  const agent = agents.get(rules) ?? outboundAgent(rules)
  agents.set(rules, agent)
  return agent
}

/**
 * An item as a notification: the headline, what to do (or the summary), its page in the language.
 */
export const itemNotification = (
  content: ItemContent,
  tag: string,
  language: Language,
): PushNotification => ({
  title: content.change ? strings(language).change.updatedTitle(content.title) : content.title,
  body: content.change || (content.emergency && content.instruction) || content.summary,
  url: content.url,
  tag,
  urgent: Boolean(content.emergency),
  language,
})

/**
 * The outbox's push step: reads the send, the subscription and the item in the subscriber's
 * language, and hands the encrypted message to the browser's push service. The service's answer
 * decides: delivered; gone (404, 410: the browser ended the subscription, which is deleted at
 * once); worth another try (429, 5xx, no answer); or refused for good.
 */
export const pushDeliver = (payload: Payload, settings: Settings): Deliver => {
  const { sendOf, itemOf } = sendReader(payload, settings.siteUrl)
  const subscriptions = batchRecipients<PushSubscriptionRow>(payload, PUSH_SUBSCRIPTIONS)

  const notificationFor = async (
    delivery: ClaimedDelivery,
    subscription: PushSubscriptionRow,
  ): Promise<PushNotification | string> => {
    const language: Language = subscription.language === 'fr' ? 'fr' : 'en'
    if (delivery.message) return { ...(delivery.message as QueuedPush) }
    const send = delivery.send === null ? null : await sendOf(delivery.send)
    const reason = skipReason(send, subscription)
    if (reason || !send) return reason ?? 'nothing to send'
    const content = await itemOf(send, language)
    if (!content) return 'the item is no longer live, or was deleted'
    return itemNotification(content, send.key, language)
  }

  const deliver: Deliver = async (delivery) => {
    if (delivery.subscriber === null) return { skipped: 'no subscription' }
    const subscription = await subscriptions.get(delivery.subscriber)
    if (!subscription) return { skipped: 'the browser unsubscribed' }
    const found = await notificationFor(delivery, subscription)
    if (typeof found === 'string') return { skipped: found }
    const notification = { ...found, id: delivery.key }
    // Read again as it is sent: a row stored before the reader refused hostile hosts, or under
    // other rules, is never sent to; it can never become sendable, so it goes.
    const target = readOutboundUrl(subscription.endpoint, settings.push.serviceRules)
    if (!target.ok) {
      await payload.db.deleteOne({
        collection: PUSH_SUBSCRIPTIONS,
        where: { id: { equals: subscription.id } },
      })
      return { skipped: `endpoint refused (${target.message}): subscription removed` }
    }
    const result = await sendPush(
      {
        endpoint: target.value.url,
        keys: { p256dh: subscription.p256dh, auth: subscription.auth },
      },
      notification,
      await vapidKeys(payload, settings),
      10_000,
      agentFor(settings.push.serviceRules),
    )
    const service = new URL(target.value.url).host
    switch (result.outcome) {
      case 'delivered':
        return { messageId: `push:${service}:${result.status}` }
      case 'gone':
        await payload.db.deleteOne({
          collection: PUSH_SUBSCRIPTIONS,
          where: { id: { equals: subscription.id } },
        })
        return { skipped: `the push service said ${result.status}: subscription removed` }
      case 'retry':
      case 'failed':
        throw new DeliveryFailure({
          kind: result.outcome === 'retry' ? 'temporary' : 'permanent',
          code: result.status,
          // Each subscription has its own push service: one failing says nothing of the others.
          scope: 'recipient',
          message: `${service}: ${result.status ?? 'no answer'} ${result.message ?? ''}`.trim(),
        })
    }
  }
  deliver.prepare = subscriptions.load
  return deliver
}
