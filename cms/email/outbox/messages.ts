import { randomUUID } from 'node:crypto'

import type { Payload, SendEmailOptions } from 'payload'

import { EMERGENCY_PRIORITY, NORMAL_PRIORITY } from './core/priority'
import { kickOutbox } from './run'
import type { QueuedMessage, QueuedPush, QueuedSms } from './core/types'
import { payloadOutboxStore } from './store'

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
 * Queues one email and returns at once: the row is the promise, the outbox worker sends it (now, in
 * the background, and again after any failure until it goes). `key` makes queueing idempotent.
 */
export const queueMessage = async (
  payload: Payload,
  message: QueuedMessage,
  options: { key?: string; priority?: number } = {},
) => {
  if (message.to.length === 0) throw new Error('A queued email needs at least one recipient.')
  const { [PRIORITY_HEADER]: urgent, ...headers } = message.headers ?? {}
  const stored: QueuedMessage = { ...message, headers }
  const priority =
    options.priority ?? (urgent === 'emergency' ? EMERGENCY_PRIORITY : NORMAL_PRIORITY)
  const key = options.key ?? `message:${randomUUID()}`
  await payloadOutboxStore(payload).insert([
    { key, send: null, subscriber: null, message: stored, priority, nextAttemptAt: new Date() },
  ])
  kickOutbox(payload)
  return { key }
}

/**
 * Queues one text (`sms`) or one push notification to a subscription (`push`), the same way: a row
 * now, sent by the channel's worker in the background and retried until it goes.
 */
export const queueChannelMessage = async (
  payload: Payload,
  ...[channel, message, options]:
    | ['sms', QueuedSms, { key?: string; priority?: number }?]
    | ['push', QueuedPush & { subscription: number | string }, { key?: string; priority?: number }?]
) => {
  const key = options?.key ?? `${channel}:${randomUUID()}`
  const { subscription, ...push } =
    channel === 'push' ? message : { subscription: null, ...message }
  await payloadOutboxStore(payload).insert([
    {
      key,
      channel,
      send: null,
      subscriber: subscription,
      message: push,
      priority: options?.priority ?? NORMAL_PRIORITY,
      nextAttemptAt: new Date(),
    },
  ])
  kickOutbox(payload)
  return { key }
}
