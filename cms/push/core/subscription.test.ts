import { describe, expect, it } from 'vitest'

import { hostRules } from '../../core/url/outboundUrl'
import { checkSubscription, endpointOf } from './subscription'

// The hostile endpoints are tried in cms/core/url/outboundUrl.test.ts, the one URL reader's table.
const ALLOWED = [
  ...hostRules(['fcm.googleapis.com', '.push.apple.com'], false),
  ...hostRules(['127.0.0.1:8443'], true),
]
const p256dh = Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 7)]).toString('base64url')
const auth = Buffer.alloc(16, 9).toString('base64url')
const good = { endpoint: 'https://fcm.googleapis.com/fcm/send/abc123', keys: { p256dh, auth } }

describe('checkSubscription', () => {
  it('takes what a browser gives', () => {
    expect(checkSubscription(good, ALLOWED)).toEqual({
      ok: true,
      value: { endpoint: good.endpoint, p256dh, auth },
    })
  })

  it.each([
    ['no endpoint', { keys: good.keys }, 'subscription.endpoint'],
    ['http', { ...good, endpoint: 'http://fcm.googleapis.com/x' }, 'subscription.endpoint'],
    [
      'an unknown host',
      { ...good, endpoint: 'https://internal.city.example/x' },
      'subscription.endpoint',
    ],
    [
      'credentials in it',
      { ...good, endpoint: 'https://a:b@fcm.googleapis.com/x' },
      'subscription.endpoint',
    ],
    [
      'too long',
      { ...good, endpoint: `https://fcm.googleapis.com/${'a'.repeat(1000)}` },
      'subscription.endpoint',
    ],
    ['no keys', { endpoint: good.endpoint }, 'subscription.keys.p256dh'],
    ['a short key', { ...good, keys: { p256dh: auth, auth } }, 'subscription.keys.p256dh'],
    [
      'a compressed key',
      {
        ...good,
        keys: {
          p256dh: Buffer.concat([Buffer.from([2]), Buffer.alloc(64)]).toString('base64url'),
          auth,
        },
      },
      'subscription.keys.p256dh',
    ],
    ['not base64url', { ...good, keys: { p256dh: '<script>', auth } }, 'subscription.keys.p256dh'],
    ['a long auth', { ...good, keys: { p256dh, auth: p256dh } }, 'subscription.keys.auth'],
  ])('refuses %s, naming the field', (_label, input, field) => {
    const result = checkSubscription(input, ALLOWED)
    expect(result.ok).toBe(false)
    expect(result).toMatchObject({ field })
  })

  it('reads the same subscription sent as JSON text (a form field); text that is not JSON names the endpoint', () => {
    expect(checkSubscription(JSON.stringify(good), ALLOWED)).toEqual({
      ok: true,
      value: { endpoint: good.endpoint, p256dh, auth },
    })
    expect(checkSubscription('{not json', ALLOWED)).toMatchObject({
      ok: false,
      field: 'subscription.endpoint',
    })
  })

  it('accepts padded base64 and stores it unpadded', () => {
    const padded = { ...good, keys: { p256dh: `${p256dh}=`, auth: `${auth}==` } }
    expect(checkSubscription(padded, ALLOWED)).toMatchObject({ ok: true, value: { p256dh, auth } })
  })
})

describe('endpointOf (to unsubscribe)', () => {
  it('finds the stored, normalised form however the endpoint is given', () => {
    const stored = 'https://fcm.googleapis.com/fcm/send/abc'
    expect(endpointOf('https://FCM.googleapis.com:443/fcm/send/abc')).toBe(stored)
    expect(endpointOf(JSON.stringify({ endpoint: stored }))).toBe(stored)
    expect(endpointOf({ endpoint: stored })).toBe(stored)
    expect(endpointOf('{not json')).toBeNull()
    expect(endpointOf({ endpoint: 42 })).toBeNull()
  })
})
