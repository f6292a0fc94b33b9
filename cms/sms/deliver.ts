import { randomUUID } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { SMS_SUBSCRIBERS } from '../core/slugs'
import type { Settings } from '../settings'
import type { Language as Language } from '../../site/lib/i18n'
import { DeliveryFailure } from '../outbox/core/failure'
import type { ClaimedDelivery } from '../outbox/core/types'
import { batchRecipients, sendReader, skipReason, type Deliver } from '../outbox'
import { alertShortPath } from '../../site/lib/shortLinks'
import { erasedPlace } from '../addresses'
import { itemSms } from './core/itemText'
import { sendSms, type SmsSendResult, UNSUBSCRIBED_CODE } from './gateway'
import type { QueuedSms } from './queue'
import type { SmsSubscriber } from '../payload-types'

export type SmsSubscriberRow = SmsSubscriber

/**
 * Without SMS_GATEWAY_URL each text becomes a file under `outboxDir/sms` (as email becomes .eml
 * files), so nothing outside a configured deployment can text a real phone.
 */
const toFile = async (settings: Settings, to: string, body: string): Promise<SmsSendResult> => {
  const folder = path.join(settings.outboxDir, 'sms')
  await mkdir(folder, { recursive: true })
  const id = `file-${randomUUID()}`
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  await writeFile(path.join(folder, `${stamp}-${id}.txt`), `To: ${to}\n\n${body}\n`)
  return { ok: true, id }
}

/**
 * The outbox's SMS step: the alert fitted to two segments in the subscriber's language, or a single
 * text (a confirmation code, a keyword's answer, a 311 update), through the gateway. A number that
 * replied STOP gets nothing more, except the one confirmation of its STOP. The gateway's "this
 * number unsubscribed" (21610) marks it so here too.
 */
export const smsDeliver = (payload: Payload, settings: Settings): Deliver => {
  const { sendOf, itemOf } = sendReader(payload, settings.siteUrl)
  const subscribers = batchRecipients<SmsSubscriberRow>(payload, SMS_SUBSCRIBERS)
  const config = settings.sms.gatewayUrl
    ? {
        url: settings.sms.gatewayUrl,
        accountSid: settings.sms.accountSid,
        authToken: settings.sms.authToken,
        from: settings.sms.from,
      }
    : null

  const byPhone = async (phone: string) =>
    (await payload.db.findOne({
      collection: SMS_SUBSCRIBERS,
      where: { phone: { equals: phone } },
    })) as SmsSubscriberRow | null

  const textFor = async (
    delivery: ClaimedDelivery,
  ): Promise<{ to: string; body: string } | string> => {
    if (delivery.message) {
      const message = delivery.message as QueuedSms
      if (!message.evenIfStopped) {
        const known = await byPhone(message.to)
        if (known?.status === 'unsubscribed') return 'the number replied STOP'
      }
      return { to: message.to, body: message.body }
    }
    if (delivery.send === null || delivery.subscriber === null) return 'nothing to send'
    const [send, subscriber] = await Promise.all([
      sendOf(delivery.send),
      subscribers.get(delivery.subscriber),
    ])
    const reason = skipReason(send, subscriber, 'confirmed')
    if (reason || !send || !subscriber) return reason ?? 'nothing to send'
    const language: Language = subscriber.language === 'fr' ? 'fr' : 'en'
    const content = await itemOf(send, language)
    if (!content) return 'the item is no longer live, or was deleted'
    // An alert links to its short address (its page was written with the alert, by the fast path).
    const url =
      content.emergency && content.uid
        ? `${settings.siteUrl}${alertShortPath(content.uid, language)}`
        : content.url
    return {
      to: subscriber.phone,
      body: itemSms({ ...content, url }, language, settings.cityName).text,
    }
  }

  const deliver: Deliver = async (delivery) => {
    const text = await textFor(delivery)
    if (typeof text === 'string') return { skipped: text }
    const result = config
      ? await sendSms(config, text.to, text.body, delivery.key)
      : await toFile(settings, text.to, text.body)
    if (result.ok) return { messageId: `sms:${result.id ?? 'sent'}` }
    if (result.code === UNSUBSCRIBED_CODE) {
      await payload.update({
        collection: SMS_SUBSCRIBERS,
        where: { phone: { equals: text.to } },
        data: {
          status: 'unsubscribed',
          unsubscribedAt: new Date().toISOString(),
          unsubscribedBy: 'the gateway: the number had replied STOP to it',
          ...erasedPlace(),
        },
        overrideAccess: true,
        depth: 0,
      })
    }
    throw new DeliveryFailure({
      kind: result.permanent ? 'permanent' : 'temporary',
      code: result.status,
      // No answer, a 429 or a 5xx is the gateway's trouble: the batch waits for it, uncharged.
      scope:
        !result.permanent && (result.status === null || result.status >= 429)
          ? 'server'
          : 'recipient',
      message: result.message,
    })
  }
  deliver.prepare = subscribers.load
  return deliver
}
