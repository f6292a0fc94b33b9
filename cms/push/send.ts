import type { Agent } from 'node:https'

import webpush from 'web-push'

import { OUTBOUND_REFUSED } from '../http'

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

/**
 * The VAPID Authorization header is a JWT signed per push service (its origin): made once and
 * reused for 11 of its 12 hours, instead of one ECDSA signature per message (10,000 an alert).
 */
const VAPID_LIFETIME_S = 12 * 3600
const headerCache = new Map<string, { value: string; renewAt: number }>()
const vapidAuthorization = (endpoint: string, vapid: Vapid) => {
  const audience = new URL(endpoint).origin
  const key = `${audience} ${vapid.publicKey} ${vapid.subject}`
  const cached = headerCache.get(key)
  if (cached && cached.renewAt > Date.now()) return cached.value
  const expires = Math.floor(Date.now() / 1000) + VAPID_LIFETIME_S
  const { Authorization } = webpush.getVapidHeaders(
    audience,
    vapid.subject,
    vapid.publicKey,
    vapid.privateKey,
    'aes128gcm',
    expires,
  )
  headerCache.set(key, {
    value: Authorization,
    renewAt: Date.now() + (VAPID_LIFETIME_S - 3600) * 1000,
  })
  return Authorization
}

/** Push topics are at most 32 URL-safe characters. */
const topicOf = (tag: string) => tag.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 32) || undefined

export const sendPush = async (
  subscription: PushSubscriptionJson,
  notification: PushNotification,
  vapid: Vapid,
  timeoutMs = 10_000,
  /**
   * A keep-alive agent the outbox shares, so thousands of messages do not each open a TLS session.
   */
  agent?: Agent,
): Promise<PushResult> => {
  try {
    const answer = await webpush.sendNotification(subscription, pushPayload(notification), {
      // Signed here, once per push service and hour (see vapidAuthorization), not per message; the
      // library's own signing stays off (no vapidDetails, none set globally).
      headers: { Authorization: vapidAuthorization(subscription.endpoint, vapid) },
      TTL: notification.urgent ? 6 * 3600 : 24 * 3600,
      urgency: notification.urgent ? 'high' : 'normal',
      topic: topicOf(notification.tag),
      timeout: timeoutMs,
      ...(agent ? { agent } : {}),
    })
    return { outcome: pushOutcome(answer.statusCode), status: answer.statusCode, message: null }
  } catch (error) {
    const message = (error as Error).message
    // The address the name resolved to is not one the City sends to: no retry will change that.
    if ((error as { code?: string }).code === OUTBOUND_REFUSED)
      return { outcome: 'failed', status: null, message }
    const status = (error as { statusCode?: number }).statusCode ?? null
    return { outcome: pushOutcome(status), status, message }
  }
}

export const newVapidKeys = () => webpush.generateVAPIDKeys()
