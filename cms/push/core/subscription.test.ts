import { describe, expect, it } from 'vitest'

import { checkSubscription, hostAllowed } from './subscription'

const ALLOWED = ['fcm.googleapis.com', '.push.apple.com', '127.0.0.1']
const p256dh = Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 7)]).toString('base64url')
const auth = Buffer.alloc(16, 9).toString('base64url')
const good = { endpoint: 'https://fcm.googleapis.com/fcm/send/abc123', keys: { p256dh, auth } }

describe('hostAllowed', () => {
  it.each([
    ['fcm.googleapis.com', true],
    ['evil-fcm.googleapis.com', false],
    ['api.push.apple.com', true],
    ['push.apple.com', false],
    ['evilpush.apple.com', false],
    ['127.0.0.1', true],
    ['169.254.169.254', false],
  ])('%s: %s', (host, allowed) => expect(hostAllowed(host, ALLOWED)).toBe(allowed))
})

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
