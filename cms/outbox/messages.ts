import { randomUUID } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import type { Id } from '../core/relationId'
import { afterCommit, drizzleOf } from '../db'
import { NORMAL_PRIORITY } from './core/priority'
import type { ChannelName, OutboxMessage } from './core/types'
import { kickOutbox } from './run'
import { payloadOutboxStore } from './store'

/**
 * Queues one message on a channel and returns at once: the row is the promise, the channel's worker
 * sends it (now, in the background, and again after any failure until it goes). `key` makes
 * queueing idempotent; `recipient` names a recipient row when the channel has one (a push
 * subscription). Inside a transaction (`req`), the row is written with it and the worker is woken
 * once it commits.
 */
export const queueDelivery = async (
  payload: Payload,
  channel: ChannelName,
  message: OutboxMessage,
  options: { key?: string; priority?: number; recipient?: Id | null; req?: PayloadRequest } = {},
) => {
  const key = options.key ?? `${channel === 'email' ? 'message' : channel}:${randomUUID()}`
  const store = payloadOutboxStore(payload, await drizzleOf(payload, options.req))
  await store.insert([
    {
      key,
      channel,
      send: null,
      subscriber: options.recipient ?? null,
      message,
      priority: options.priority ?? NORMAL_PRIORITY,
      nextAttemptAt: new Date(),
    },
  ])
  if (options.req) await afterCommit(options.req, async () => kickOutbox(payload))
  else kickOutbox(payload)
  return { key }
}
