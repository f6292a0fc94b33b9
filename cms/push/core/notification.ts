import { type Language } from '../../../site/lib/i18n'
/**
 * What a Web Push notification carries: the alert's title and a short body in the subscriber's
 * language, the page it opens, and a tag so a newer message about the same alert replaces the older
 * one on the screen. Push services take about 4 KB of encrypted payload; the JSON is kept under
 * MAX_PAYLOAD_BYTES by shortening the body at a word, never the address.
 */
export type PushNotification = {
  title: string
  body: string
  url: string
  tag: string
  /** Emergency alerts stay on screen until the person acts (`requireInteraction`). */
  urgent: boolean
  language: Language
  /**
   * This message's own id (the outbox row's key): the service worker shows an id once, so a message
   * a crashed worker sends again does not notify twice.
   */
  id?: string
}

/** Room for the encryption's own bytes (about 100) under the 4,096 the services accept. */
export const MAX_PAYLOAD_BYTES = 3000

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8')

export const pushPayload = (notification: PushNotification): string => {
  const base = { ...notification, title: notification.title.slice(0, 200) }
  if (bytes(base) <= MAX_PAYLOAD_BYTES) return JSON.stringify(base)
  const words = notification.body.split(/\s+/)
  for (let n = words.length - 1; n > 0; n -= 1) {
    const candidate = { ...base, body: `${words.slice(0, n).join(' ')}…` }
    if (bytes(candidate) <= MAX_PAYLOAD_BYTES) return JSON.stringify(candidate)
  }
  return JSON.stringify({ ...base, body: '' })
}

/**
 * What a push service's answer means for the subscription: 201 delivered; 404 and 410 the browser
 * unsubscribed or the subscription expired (remove it); 413 the payload is too large (a bug, not
 * the subscriber's); 429 and 5xx, try again later; any other 4xx will not improve by retrying.
 */
export type PushOutcome = 'delivered' | 'gone' | 'retry' | 'failed'

export const pushOutcome = (status: number | null): PushOutcome => {
  if (status === null) return 'retry'
  if (status >= 200 && status < 300) return 'delivered'
  if (status === 404 || status === 410) return 'gone'
  if (status === 429 || status >= 500 || status === 408) return 'retry'
  return 'failed'
}
