import type { Payload } from 'payload'
import type { Transporter } from 'nodemailer'

import { SUBSCRIBERS } from '../core/slugs'
import type { ItemContent } from '../outbox/core/item'
import type { ClaimedDelivery } from '../outbox/core/types'
import { batchRecipients, sendReader, skipReason, type Deliver } from '../outbox'
import type { Settings } from '../settings'
import { splitMailbox } from '../core/text/emailAddress'
import { itemEmail } from './core/templates'
import { subscriberToken } from './core/tokens'
import type { QueuedMessage } from './queue'
import { type Language } from '../../site/lib/i18n'

export type Subscriber = {
  id: number | string
  email: string
  status: string
  topics?: string[]
  language?: Language
  tokenVersion?: number
}

/** The links in every email: one-click unsubscribe (RFC 8058) and the manage page, by token. */
export const subscriberLinks = (
  cmsUrl: string,
  secret: string,
  subscriber: Pick<Subscriber, 'id' | 'tokenVersion'>,
) => {
  const token = subscriberToken(secret, subscriber.id, subscriber.tokenVersion ?? 1)
  return {
    token,
    unsubscribe: `${cmsUrl}/api/subscriptions/unsubscribe?token=${encodeURIComponent(token)}`,
    manage: `${cmsUrl}/api/subscriptions/manage?token=${encodeURIComponent(token)}`,
  }
}

/** Everything nodemailer needs for one subscriber's copy of an item's email. */
export const composeItemMessage = (args: {
  settings: Settings
  secret: string
  subscriber: Subscriber
  language: Language
  content: ItemContent
  messageId: string
}) => {
  const { settings, subscriber, language, content, messageId } = args
  const from = splitMailbox(settings.mailFrom)
  const domain = from.address.split('@')[1] ?? 'localhost'
  const sender = {
    cityName: from.name || 'City Communications',
    postalAddress: settings.mailPostalAddress,
  }
  const links = subscriberLinks(settings.cmsUrl, args.secret, subscriber)
  const parts = itemEmail({
    language,
    item: content,
    manageUrl: links.manage,
    unsubscribeUrl: links.unsubscribe,
    sender,
  })
  return {
    from: settings.mailFrom,
    to: subscriber.email,
    subject: parts.subject,
    text: parts.text,
    html: parts.html,
    messageId,
    list: {
      unsubscribe: [
        [
          links.unsubscribe,
          `mailto:unsubscribe@${domain}?subject=${encodeURIComponent(`unsubscribe ${links.token}`)}`,
        ],
      ],
    },
    headers: {
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'Auto-Submitted': 'auto-generated',
      ...urgency(Boolean(content.emergency)).headers,
    },
  }
}

/**
 * How an emergency email says it is urgent: `Importance: high` (RFC 2156) and `X-Priority: 1`,
 * which mail clients show. Not nodemailer's `priority: 'high'`: it adds `X-MSMail-Priority`, an
 * Outlook Express header that spam filters expect with its companion `X-MimeOLE` (SpamAssassin's
 * MISSING_MIMEOLE rule) and that no current client needs. Normal mail carries none of them.
 */
const urgency = (emergency: boolean): { headers: Record<string, string> } =>
  emergency ? { headers: { 'X-Priority': '1 (Highest)', Importance: 'high' } } : { headers: {} }

/**
 * The outbox's delivery step on Payload: reads the send and subscriber, renders the email in the
 * subscriber's language, hands it to SMTP with a Message-ID fixed per delivery (a resend after a
 * crash carries the same one). A subscriber who left since the send was queued is skipped.
 */
export const payloadDeliver = (
  payload: Payload,
  settings: Settings,
  transporter: Transporter,
): Deliver => {
  const { sendOf, itemOf } = sendReader(payload, settings.siteUrl)
  const domain = splitMailbox(settings.mailFrom).address.split('@')[1] ?? 'localhost'

  const subscribers = batchRecipients<Subscriber>(payload, SUBSCRIBERS)

  const deliver: Deliver = async (delivery: ClaimedDelivery) => {
    if (delivery.message) {
      const messageId =
        (delivery.message as QueuedMessage).messageId ??
        `<${delivery.key.replace(/[^\w.-]/g, '.')}.${delivery.id}@${domain}>`
      const info = await transporter.sendMail({
        from: settings.mailFrom,
        ...(delivery.message as QueuedMessage),
        messageId,
      })
      return { messageId: String((info as { messageId?: string }).messageId ?? messageId) }
    }
    if (delivery.send === null || delivery.subscriber === null)
      return { skipped: 'neither a message nor a send and subscriber' }
    const [s, subscriber] = await Promise.all([
      sendOf(delivery.send),
      subscribers.get(delivery.subscriber),
    ])
    const reason = skipReason(s, subscriber, 'confirmed')
    if (reason || !s || !subscriber) return { skipped: reason ?? 'nothing to send' }
    const language: Language = subscriber.language === 'fr' ? 'fr' : 'en'
    const content = await itemOf(s, language)
    if (!content) return { skipped: 'the item is no longer live, or was deleted' }
    const messageId = `<${`${s.key}.${delivery.id}`.replace(/[^\w.-]/g, '.')}@${domain}>`
    const info = await transporter.sendMail(
      composeItemMessage({
        settings,
        secret: payload.secret,
        subscriber,
        language,
        content,
        messageId,
      }),
    )
    return { messageId: String((info as { messageId?: string }).messageId ?? messageId) }
  }
  deliver.prepare = subscribers.load
  return deliver
}
