import type { Payload, PayloadRequest } from 'payload'

import { queueMessage } from '../email'
import { currentSettings } from '../settings'
import type { Email } from './core/emails'
import { messageIdFor } from './core/reference'

/**
 * The desk's mail goes out through the outbox (a request never waits on the mail server), from the
 * desk's own address so the customer's reply comes back to it, with a Message-ID carrying the case
 * reference and the thread's earlier ids so mail clients group the conversation.
 */
export const queueCaseMail = async (
  payload: Payload,
  args: {
    key: string
    to: string
    reference: string
    part: string
    email: Email
    /** Message-IDs of the thread so far, oldest first (the last is the one replied to). */
    thread?: string[]
    /** Queued with the request's transaction, when there is one. */
    req?: PayloadRequest
  },
) => {
  const settings = currentSettings()
  const messageId = messageIdFor(
    args.reference,
    args.part,
    settings.inbound.domain,
    settings.payloadSecret,
  )
  const thread = (args.thread ?? []).filter(Boolean).slice(-20)
  await queueMessage(
    payload,
    {
      from: `"${settings.cityName.replace(/"/g, '')}" <${settings.inbound.address}>`,
      to: [args.to],
      replyTo: settings.inbound.address,
      subject: args.email.subject,
      text: args.email.text,
      messageId,
      ...(thread.length ? { inReplyTo: thread[thread.length - 1], references: thread } : {}),
      headers: { 'Auto-Submitted': args.part === 'ack' ? 'auto-replied' : 'no' },
    },
    { key: args.key, req: args.req },
  )
  return messageId
}
