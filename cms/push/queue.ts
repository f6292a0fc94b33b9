import type { Payload, PayloadRequest } from 'payload'

import type { Id } from '../core/relationId'
import { queueDelivery } from '../outbox'
import type { PushNotification } from './core/notification'

/** One push message: the browser subscription it goes to is the delivery's recipient. */
export type QueuedPush = Omit<PushNotification, 'id'>

/**
 * Queues one notification to one browser subscription; the push worker sends it in the background.
 */
export const queuePush = (
  payload: Payload,
  subscription: Id,
  notification: QueuedPush,
  /** `req`: queued in the caller's transaction (kept or dropped with what it tells). */
  options: { key?: string; priority?: number; req?: PayloadRequest } = {},
) => queueDelivery(payload, 'push', notification, { ...options, recipient: subscription })
