import type { Payload, PayloadRequest } from 'payload'

import { queueDelivery } from '../outbox'

/** One text message as the outbox keeps it: the number (E.164) and the words, already fitted. */
export type QueuedSms = {
  to: string
  body: string
  /** An answer to the person's own STOP: the one text a stopped number still gets. */
  evenIfStopped?: boolean
}

/** Queues one text; the SMS worker sends it in the background at the gateway's rate. */
export const queueText = (
  payload: Payload,
  text: QueuedSms,
  /** `req`: queued in the caller's transaction (kept or dropped with what it tells). */
  options: { key?: string; priority?: number; req?: PayloadRequest } = {},
) => queueDelivery(payload, 'sms', text, options)
