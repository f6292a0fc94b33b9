import { describe, expect, it } from 'vitest'

import { MAX_PAYLOAD_BYTES, pushOutcome, pushPayload } from './notification'

const base = {
  title: 'Boil water advisory',
  body: 'Boil tap water for one minute before drinking.',
  url: 'https://maplebay.example/emergency/boil-water/',
  tag: 'alert:abc',
  urgent: true,
  language: 'en' as const,
}

describe('a push notification', () => {
  it('carries the title, body, page, tag, urgency and language as JSON', () => {
    expect(JSON.parse(pushPayload(base))).toEqual(base)
  })

  it('stays under the payload limit by shortening the body at a word, never the address', () => {
    const long = pushPayload({ ...base, body: 'Évitez la zone inondée près du pont. '.repeat(200) })
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES)
    const parsed = JSON.parse(long)
    expect(parsed.url).toBe(base.url)
    expect(parsed.body.endsWith('…')).toBe(true)
    expect(parsed.body.startsWith('Évitez la zone')).toBe(true)
  })
})

describe('a push service’s answer', () => {
  it('tells delivered, gone, retry and failed apart', () => {
    expect(pushOutcome(201)).toBe('delivered')
    expect(pushOutcome(404)).toBe('gone')
    expect(pushOutcome(410)).toBe('gone')
    for (const status of [429, 500, 502, 503, 408, null]) expect(pushOutcome(status)).toBe('retry')
    for (const status of [400, 401, 403, 413]) expect(pushOutcome(status)).toBe('failed')
  })
})
