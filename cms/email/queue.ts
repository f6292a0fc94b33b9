import type { Payload, PayloadRequest, SendEmailOptions } from 'payload'

import { EMERGENCY_PRIORITY, NORMAL_PRIORITY } from '../outbox/core/priority'
import { queueDelivery } from '../outbox'

/** One email as the outbox keeps it until it is sent: addresses as text, already rendered. */
export type QueuedMessage = {
  from?: string
  to: string[]
  cc?: string[]
  replyTo?: string
  subject: string
  text?: string
  html?: string
  headers?: Record<string, string>
  /**
   * Set by a sender that threads its mail (the desk: the case reference is in it); else derived
   * from the row.
   */
  messageId?: string
  inReplyTo?: string
  references?: string[]
}

/** A header a caller sets to put its message first (staff notices of an urgent publish). */
export const PRIORITY_HEADER = 'X-Civic-Priority'

type AddressLike =
  | string
  | { name?: string; address: string }
  | (string | { name?: string; address: string })[]
  | undefined
  | null

const addresses = (value: AddressLike): string[] =>
  [value ?? []].flat().flatMap((entry) =>
    typeof entry === 'string'
      ? entry
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean)
      : entry?.address
        ? [entry.name ? `"${entry.name.replace(/"/g, '')}" <${entry.address}>` : entry.address]
        : [],
  )

/** Payload's (nodemailer's) send options as the outbox stores them. */
export const toQueuedMessage = (options: SendEmailOptions): QueuedMessage => {
  const headers = Object.fromEntries(
    Object.entries((options.headers as Record<string, unknown> | undefined) ?? {}).map(
      ([name, value]) => [name, String(value)],
    ),
  )
  return {
    ...(options.from ? { from: addresses(options.from as AddressLike)[0] } : {}),
    to: addresses(options.to as AddressLike),
    ...(options.cc ? { cc: addresses(options.cc as AddressLike) } : {}),
    ...(options.replyTo ? { replyTo: addresses(options.replyTo as AddressLike)[0] } : {}),
    subject: String(options.subject ?? ''),
    ...(typeof options.text === 'string' ? { text: options.text } : {}),
    ...(typeof options.html === 'string' ? { html: options.html } : {}),
    ...(Object.keys(headers).length ? { headers } : {}),
  }
}

/**
 * Queues one email and returns at once: the row is the promise, the outbox's email worker sends it
 * (now, in the background, and again after any failure until it goes). `key` makes queueing
 * idempotent; the priority header (or `priority`) puts it before normal mail. With `req`, the row
 * is part of the request's transaction.
 */
export const queueMessage = async (
  payload: Payload,
  message: QueuedMessage,
  options: { key?: string; priority?: number; req?: PayloadRequest } = {},
) => {
  if (message.to.length === 0) throw new Error('A queued email needs at least one recipient.')
  const { [PRIORITY_HEADER]: urgent, ...headers } = message.headers ?? {}
  const stored: QueuedMessage = { ...message, headers }
  const priority =
    options.priority ?? (urgent === 'emergency' ? EMERGENCY_PRIORITY : NORMAL_PRIORITY)
  return queueDelivery(payload, 'email', stored, { key: options.key, priority, req: options.req })
}
