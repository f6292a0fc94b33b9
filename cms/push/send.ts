import type { Agent } from 'node:https'

import webpush from 'web-push'

import {
  type PushNotification,
  pushOutcome,
  type PushOutcome,
  pushPayload,
} from './core/notification'

/**
 * One push message to one browser subscription, encrypted for it (RFC 8291) and signed with the
 * City's VAPID keys, through the `web-push` library (always over TLS). Emergency messages ask the
 * push service for high urgency; each replaces an older one with the same topic on a device that
 * was offline. Only the outbox calls this.
 */

export type PushSubscriptionJson = { endpoint: string; keys: { p256dh: string; auth: string } }
export type Vapid = { subject: string; publicKey: string; privateKey: string }

export type PushResult = { outcome: PushOutcome; status: number | null; message: string | null }

/** Push topics are at most 32 URL-safe characters. */
const topicOf = (tag: string) => tag.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 32) || undefined

export const sendPush = async (
  subscription: PushSubscriptionJson,
  notification: PushNotification,
  vapid: Vapid,
  timeoutMs = 10_000,
  /** A keep-alive agent the outbox shares, so thousands of messages do not each open a TLS session. */
  agent?: Agent,
): Promise<PushResult> => {
  try {
    const answer = await webpush.sendNotification(subscription, pushPayload(notification), {
      vapidDetails: vapid,
      TTL: notification.urgent ? 6 * 3600 : 24 * 3600,
      urgency: notification.urgent ? 'high' : 'normal',
      topic: topicOf(notification.tag),
      timeout: timeoutMs,
      ...(agent ? { agent } : {}),
    })
    return { outcome: pushOutcome(answer.statusCode), status: answer.statusCode, message: null }
  } catch (error) {
    const status = (error as { statusCode?: number }).statusCode ?? null
    return { outcome: pushOutcome(status), status, message: (error as Error).message }
  }
}

export const newVapidKeys = () => webpush.generateVAPIDKeys()
