import { describe, expect, it } from 'vitest'

import {
  formToken,
  formTokenValid,
  hashOf,
  isSecretShape,
  linkState,
  newSecret,
  sessionCookie,
  sessionFrom,
  sessionValid,
} from './core'

const now = new Date('2026-12-08T15:00:00Z')
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000).toISOString()

describe('the resident page’s link and session', () => {
  it('secrets are 256 random bits, never twice the same, stored as a hash', () => {
    const a = newSecret()
    const b = newSecret()
    expect(isSecretShape(a)).toBe(true)
    expect(a).not.toBe(b)
    expect(hashOf(a)).toMatch(/^[0-9a-f]{64}$/)
    expect(hashOf(a)).not.toContain(a)
    expect(isSecretShape('short')).toBe(false)
    expect(isSecretShape(`${a}'; drop`)).toBe(false)
  })

  it('a link works once, within its 30 minutes', () => {
    expect(linkState({ expiresAt: later(30) }, now)).toBe('valid')
    expect(linkState({ expiresAt: later(30), usedAt: later(-1) }, now)).toBe('used')
    expect(linkState({ expiresAt: later(0) }, now)).toBe('expired')
    expect(linkState(null, now)).toBe('unknown')
  })

  it('a session lasts until its end', () => {
    expect(sessionValid({ sessionExpiresAt: later(1) }, now)).toBe(true)
    expect(sessionValid({ sessionExpiresAt: later(-1) }, now)).toBe(false)
    expect(sessionValid({ sessionExpiresAt: null }, now)).toBe(false)
    expect(sessionValid(null, now)).toBe(false)
  })

  it('forms carry the session’s own token', () => {
    const session = newSecret()
    const token = formToken('secret', session)
    expect(formTokenValid('secret', session, token)).toBe(true)
    expect(formTokenValid('secret', newSecret(), token)).toBe(false)
    expect(formTokenValid('other', session, token)).toBe(false)
    expect(formTokenValid('secret', session, undefined)).toBe(false)
    expect(formTokenValid('secret', session, `${token}x`)).toBe(false)
  })

  it('the cookie is the page’s only, hidden from scripts; only a secret’s shape is read back', () => {
    const value = newSecret()
    expect(sessionCookie(value, true, 43_200)).toBe(
      `civic_my=${value}; Path=/api/my; HttpOnly; SameSite=Lax; Max-Age=43200; Secure`,
    )
    expect(sessionCookie(value, false, 0)).not.toContain('Secure')
    expect(sessionFrom(`a=1; civic_my=${value}; b=2`)).toBe(value)
    expect(sessionFrom('civic_my=../../etc')).toBeNull()
    expect(sessionFrom(null)).toBeNull()
  })
})
