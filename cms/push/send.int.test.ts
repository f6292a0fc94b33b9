import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPushService } from '../../tests/helpers/pushService'
import { newVapidKeys, sendPush } from './send'

/**
 * Sending to a local push service over HTTPS (a self-signed certificate this process trusts through
 * NODE_EXTRA_CA_CERTS, as the web-push library allows nothing else): the message arrives encrypted
 * for the subscription and decrypts to the notification, signed with the City's VAPID key, urgent
 * when it is an emergency; a subscription the browser dropped answers 410 and is reported gone.
 */
let service: Awaited<ReturnType<typeof startPushService>>
const vapid = { subject: 'mailto:alerts@city.example', ...newVapidKeys() }

beforeAll(async () => {
  service = await startPushService()
})
afterAll(() => service?.close())

const alert = {
  title: 'Avis d’ébullition de l’eau',
  body: 'Faites bouillir l’eau du robinet une minute.',
  url: 'https://maplebay.example/fr/urgences/avis-ebullition/',
  tag: 'alert:urn-civic-42',
  urgent: true,
  language: 'fr' as const,
}

describe('sending a push message', () => {
  it('arrives encrypted for the subscription, decrypts to the notification, VAPID-signed and urgent', async () => {
    const browser = service.subscribe()
    const result = await sendPush(browser, alert, vapid)
    expect(result).toEqual({ outcome: 'delivered', status: 201, message: null })
    const got = service.received.at(-1)!
    expect(got.subscription).toBe(browser.id)
    expect(got.payload).toEqual(alert)
    expect(got.headers['content-encoding']).toBe('aes128gcm')
    expect(got.headers.urgency).toBe('high')
    expect(got.headers.topic).toBe('alerturn-civic-42')
    expect(String(got.headers.authorization)).toMatch(
      new RegExp(`^vapid t=[\\w-]+\\.[\\w-]+\\.[\\w-]+, k=${vapid.publicKey}$`),
    )
  })

  it('reports a subscription the browser dropped (410) as gone, and an unreachable service as retry', async () => {
    const browser = service.subscribe()
    service.unsubscribe(browser.id)
    expect(await sendPush(browser, alert, vapid)).toMatchObject({ outcome: 'gone', status: 410 })
    const nowhere = { ...browser, endpoint: 'https://127.0.0.1:1/push/x' }
    expect(await sendPush(nowhere, alert, vapid, 2000)).toMatchObject({
      outcome: 'retry',
      status: null,
    })
  })
})
