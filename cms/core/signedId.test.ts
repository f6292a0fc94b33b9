import { describe, expect, it } from 'vitest'

import { readSignedId, signedId } from './signedId'

describe('a signed id', () => {
  const secret = 'a-secret-long-enough-for-the-test'

  it('reads back the id it signed, for its purpose only', () => {
    const token = signedId(secret, 'survey311', 42)
    expect(token).toMatch(/^42\.[\w-]{43}$/)
    expect(readSignedId(secret, 'survey311', token)).toBe('42')
    expect(readSignedId(secret, 'still-fixed', token)).toBeNull()
    expect(readSignedId('another-secret-entirely-for-the-test', 'survey311', token)).toBeNull()
  })

  it('refuses another id under the same signature, and anything malformed', () => {
    const token = signedId(secret, 'survey311', 42)
    expect(readSignedId(secret, 'survey311', token.replace(/^42/, '43'))).toBeNull()
    for (const bad of [undefined, 42, '', '42', '42.', `42.${'a'.repeat(42)}`, '../x.y'])
      expect(readSignedId(secret, 'survey311', bad)).toBeNull()
  })
})
