import { describe, expect, it } from 'vitest'

import { alertShortCode, alertShortPath } from './shortLinks'

describe('alert short links', () => {
  it('six hex digits of the uid; French adds f', () => {
    const uid = '3F9C2A7B-1111-4222-8333-444455556666'
    expect(alertShortCode(uid)).toBe('3f9c2a')
    expect(alertShortPath(uid, 'en')).toBe('/a/3f9c2a/')
    expect(alertShortPath(uid, 'fr')).toBe('/a/3f9c2af/')
  })

  it('dashes early in the uid do not shorten the code', () => {
    expect(alertShortCode('ab-cd-ef-12')).toBe('abcdef')
  })
})
