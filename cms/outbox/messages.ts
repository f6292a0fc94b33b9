import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

import type { Id } from '../core/relationId'
import { NORMAL_PRIORITY } from './core/priority'
import type { ChannelName, OutboxMessage } from './core/types'
import { kickOutbox } from './run'
import { payloadOutboxStore } from './store'

/**
 * Queues one message on a channel and returns at once: the row is the promise, the channel's worker
 * sends it (now, in the background, and again after any failure until it goes). `key` makes
 * queueing idempotent; `recipient` names a recipient row when the channel has one (a push
 * subscription).
 */
export const queueDelivery = async (
  payload: Payload,
  channel: ChannelName,
  message: OutboxMessage,
  options: { key?: string; priority?: number; recipient?: Id | null } = {},
) => {
  const key = options.key ?? `${channel === 'email' ? 'message' : channel}:${randomUUID()}`
  await payloadOutboxStore(payload).insert([
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
  kickOutbox(payload)
  return { key }
}
